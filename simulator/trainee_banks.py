"""Utterance banks for the scripted simulated trainees, one list of templates per move.

Why data in its own module: researchers read and extend these lines without touching the
selection logic in `trainees.py`. A template may use `{r}` (the client's last statement
restated in the second person), `{frag}` (a few of the client's own words, quoted back) and
`{feeling}` (a feeling word the client used); a template is only chosen when its slots can be
filled from the client's last message. Ids are stable so logs say which line was used.

The lines are written to sound like real trainees at each level, not like a rubric:
skilled peers reflect and ask; novices mean well but reassure, ask yes/no questions and fix
too early; directive helpers lecture, label and tell.
"""

from __future__ import annotations

Bank = dict[str, str]  # template id -> template text

# ---- skilled -------------------------------------------------------------------------------
REFLECT: Bank = {
    "reflect.sounds": "It sounds like {r}.",
    "reflect.hearing": "What I'm hearing is that {r}.",
    "reflect.so": "So {r}, and that's been sitting heavy with you.",
    "reflect.weight": "It sounds like {r}, and that's a lot to carry on your own.",
    "reflect.part": "It sounds like {r}, and part of you is tired of holding all of it.",
    "reflect.matters": "It seems like {r}, and that really matters to you.",
    "reflect.feeling": "It sounds like {r}, and you're feeling {feeling} about it.",
    "reflect.sense": "I get the sense that {r}.",
}
REFLECT_GENERIC: Bank = {
    "reflect.generic.lot": "It sounds like there's a lot going on for you right now.",
    "reflect.generic.hard": "It sounds like this has been really hard.",
    "reflect.generic.careful": "It seems like you're still figuring out how much you want to say, and that's okay.",
    "reflect.generic.weigh": "It sounds like this has been weighing on you for a while.",
}
VALIDATE: Bank = {
    "validate.sense": "It makes sense that you'd feel that way, given that {r}.",
    "validate.wonder": "No wonder you feel {feeling}.",
    "validate.anyone": "Anyone in your shoes would feel that way.",
    "validate.understandable": "That's understandable, with everything you're carrying.",
}
OPEN_QUESTION: Bank = {
    "open.like": "What has that been like for you?",
    "open.more": "Tell me more about {frag}.",
    "open.matters": "What matters most to you about that?",
    "open.you_said": "You said \"{frag}\". What does that mean for you?",
    "open.hardest": "What's the hardest part of it for you?",
    "open.want": "What would you want to be different?",
    "open.making_sense": "How are you making sense of all that?",
    "open.helped": "What has helped you get through times like this before?",
    "open.hope": "What are you hoping for, with all of this?",
}
AFFIRM: Bank = {
    "affirm.courage": "It takes real courage to talk about this.",
    "affirm.kept_going": "You've kept going through a lot.",
    "affirm.honesty": "I appreciate your honesty with me about this.",
    "affirm.strength": "That says a lot about your strength.",
}
ASK_PERMISSION: Bank = {
    "permission.share": "Would it be okay if I shared something that's helped other people in a similar spot?",
    "permission.idea": "Can I offer an idea? You can take it or leave it.",
    "permission.mind": "Would you be open to hearing something that's worked for some folks?",
}
ADVICE_WITH_PERMISSION: Bank = {
    "permission.advice.write": "Some people find it helps to write down what they want before a big conversation, but you know your situation best. How does that sound?",
    "permission.advice.peer": "Some folks find it helps to talk with someone who's been through the same thing. It's totally your call. What do you think about that?",
    "permission.advice.small": "Some people find it helpful to pick one small thing to try this week, and see what fits for you. What would feel doable?",
}
DECLINED: Bank = {
    "permission.declined": "That's fair, we don't have to go there. What feels most important to talk about?",
}
AUTONOMY: Bank = {
    "autonomy.call": "Whatever you decide, it's your call.",
    "autonomy.pace": "We can go at your pace.",
    "autonomy.know": "You know your life better than anyone.",
}
RISK_CHECK: Bank = {
    "risk.ask": "When you say \"{frag}\", I want to make sure I understand. Are you having thoughts of ending your life?",
    "risk.safe": "I heard you say \"{frag}\", and I care about your safety. Are you thinking about suicide?",
}

# ---- novice --------------------------------------------------------------------------------
CLOSED_QUESTION: Bank = {
    "closed.doctor": "Have you talked to your doctor about that?",
    "closed.family": "Does your family know about this?",
    "closed.someone": "Do you have someone you can call when it gets bad?",
    "closed.sleep": "Are you sleeping okay?",
    "closed.recent": "Is that something that started recently?",
    "closed.trigger": "Did something happen to set that off?",
    "closed.home": "Are things okay at home?",
}
REASSURE: Bank = {
    "reassure.worry": "Don't worry, I'm sure it'll all work out.",
    "reassure.fine": "You'll be fine, honestly.",
    "reassure.everyone": "Everybody goes through rough patches like that.",
    "reassure.bright": "Try to look on the bright side.",
    "reassure.atleast": "At least you have people who care about you.",
    "reassure.notbad": "It's not that bad when you think about it.",
}
PREMATURE_ADVICE: Bank = {
    "advice.walk": "Maybe you could try going for a walk when it gets like that.",
    "advice.group": "Have you thought about joining a support group?",
    "advice.talk": "You should talk to someone about all this.",
    "advice.journal": "You could try journaling, it really helps some people.",
    "advice.routine": "It might help to get on a regular routine.",
    "advice.positive": "Maybe try to focus on the positive things in your life.",
}
NOVICE_ECHO: Bank = {
    "novice.hard": "That sounds hard.",
    "novice.okay": "Okay, I see.",
}

# ---- directive -----------------------------------------------------------------------------
DIRECT: Bank = {
    "direct.need_meds": "You need to get back on track with your treatment.",
    "direct.need_meeting": "You need to go to a meeting every single day.",
    "direct.call": "Call your doctor today and tell them everything.",
    "direct.stop_isolating": "You have to stop isolating yourself.",
    "direct.plan": "You need to make a plan and stick to it.",
    "direct.cut": "You need to cut those people out of your life.",
    "direct.focus": "Stop worrying about that. You need to focus on your recovery.",
}
LECTURE: Bank = {
    "lecture.seen": "I've seen this a hundred times: if you keep going like this, you're going to end up right back where you started.",
    "lecture.serious": "You're not taking this seriously enough, and that's dangerous.",
    "lecture.rules": "Recovery has rules, and you don't get to pick and choose which ones you follow.",
    "lecture.excuse": "You keep saying \"{frag}\", but that's just an excuse.",
}
LABEL: Bank = {
    "label.denial": "Honestly, that's classic denial.",
    "label.depression": "That's your depression talking.",
    "label.addict": "That's typical addict thinking.",
    "label.noncompliant": "People call that non-compliant, and that's what you're being.",
}
