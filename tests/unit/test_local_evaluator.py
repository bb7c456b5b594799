"""The local (rule-based) evaluator on hand-built turns, plus accuracy floors on the
labelled sets, so behaviour codes and scores cannot silently regress."""

from __future__ import annotations

import pytest

from evaluators import get_evaluator
from evaluators.accuracy import DATA_DIR, agreement_report, load_labelled, run_evaluator
from evaluators.context import build_context
from evaluators.local import LocalEvaluator, vetter
from evaluators.suggest import build_suggestion
from evaluators.suggestion_quality import suggestion_report
from evaluators.types import DIMENSIONS, Message, TurnEvaluation, TurnInput

EV = LocalEvaluator()
CLIENT = "I've been so tired lately. My boss keeps piling work on me and I can't sleep."


def run(utterance: str, client: str = CLIENT, history: list[dict] | None = None,
        risk_keywords: list[str] | None = None) -> TurnEvaluation:
    hist = history if history is not None else [{"role": "client", "text": client}]
    return EV.evaluate(
        TurnInput(history=hist, utterance=utterance, risk_keywords=risk_keywords or [])
    )


# --- every behaviour code on a hand-built turn -----------------------------------------

@pytest.mark.parametrize(
    ("utterance", "code"),
    [
        ("What's been the hardest part of that for you?", "open_question"),
        ("Tell me more about what happens at night.", "open_question"),
        ("Can you tell me more about your boss?", "open_question"),
        ("Do you drink to get to sleep?", "closed_question"),
        ("How many hours do you sleep?", "closed_question"),
        ("Is it every night or just weeknights?", "closed_question"),
        ("You're tired and you can't sleep.", "simple_reflection"),
        ("Your boss keeps piling it on.", "simple_reflection"),
        ("It sounds like you're running on empty and nobody at work sees it.",
         "complex_reflection"),
        ("So you're feeling completely worn down?", "complex_reflection"),
        ("Part of you wants to keep the job, and part of you is done with it.",
         "complex_reflection"),
        ("You should be proud of how long you've kept going.", "affirm"),
        ("That took real courage to tell your boss no.", "affirm"),
        ("It's your call, you know your life best.", "emphasize_autonomy"),
        ("Would it be okay if I shared something that helped me?", "seek_collaboration"),
        ("What would you like to focus on today?", "seek_collaboration"),
        ("Maybe you could try cutting back on caffeine.", "advise"),
        ("Have you thought about going to AA?", "advise"),
        ("You need to go to AA.", "direct"),
        ("Stop drinking coffee after noon.", "direct"),
        ("Come on, that's just an excuse.", "confront"),
        ("If you keep drinking you'll lose your kids.", "warn"),
        ("The peer group meets Wednesdays at six, and it's drop-in.", "inform"),
        ("When I was using, I couldn't sleep either.", "self_disclose"),
        ("At least you have a job.", "minimize"),
        ("Don't worry, everybody goes through that.", "minimize"),
        ("Look, you're an addict, and addicts can't have just one.", "label"),
        ("Mm-hmm.", "other"),
        ("Okay.", "other"),
    ],
)
def test_codes(utterance: str, code: str) -> None:
    assert code in run(utterance).behaviors


@pytest.mark.parametrize(
    ("utterance", "present"),
    [
        # A question in form is coded as a question *and* by its function (CODING_RULES §2.1).
        ("So you're feeling stuck?", {"closed_question", "complex_reflection"}),
        ("Have you thought about going to AA?", {"closed_question", "advise"}),
        ("Would it be okay if I shared something that helped me?",
         {"closed_question", "seek_collaboration"}),
        ("Maybe you could tell me how much you drank.", {"open_question"}),
        ("I wonder if we could look at a few options together.", {"closed_question"}),
        ("Um, yeah. And-and, w-what were the drinks?", {"closed_question"}),  # stutters
        ("What are your thoughts on that?", {"open_question"}),  # asks a view, not a fact
        ("What's your impression?", {"open_question"}),
        # the client's own view of where to go or who could help is open; a scale is not
        ("Where do you think you should go from here?", {"open_question"}),
        ("Who do you think could support you with this?", {"open_question"}),
        ("So where do you think you fall on that scale?", {"closed_question"}),
        ("I'm just wondering what your thoughts are on that.", {"open_question"}),
    ],
)
def test_question_form_carries_a_question_code(utterance: str, present: set[str]) -> None:
    codes = set(run(utterance).behaviors)
    assert present <= codes, codes
    assert "advise" not in codes or "advise" in present


@pytest.mark.parametrize(
    ("utterance", "absent"),
    [
        ("You should be proud of that.", "advise"),  # affirm, not advice
        ("Would it be okay if I shared something that helped me?", "self_disclose"),
        ("Right?", "closed_question"),  # a bare check-in prompt is not a question
        ("You know that, right?", "closed_question"),  # the statement decides the code
        ("Mm-hmm.", "simple_reflection"),
        ("Uh-huh, yeah.", "simple_reflection"),
        ("Hi, Mike. I'm Kathy. Appreciate you coming in today.", "complex_reflection"),
        ("So it sounds like-", "simple_reflection"),  # cut off mid-sentence in a transcript
        ("If you keep drinking you'll lose your kids.", "advise"),
        # modal verbs that describe are not advice
        ("If the time came, you feel pretty confident that you could go ahead and do that.", "advise"),
        ("Do you think you could go two months without drinking?", "advise"),
        ("We could set up another appointment where you could come in and talk more.", "advise"),
        ("Yeah, you might be lucky then.", "advise"),
        ("Leaving before the cake so you could keep your two months, that says a lot.", "advise"),
        ("Even though it's important to you, maybe they don't know it's important to you.", "advise"),
        # look-alikes of confrontation
        ("What went through your head when you saw the lights come on?", "confront"),
        ("Peers can come sit with you at court. Totally your call though.", "confront"),
        ("You came in and told me, when you could've just not shown up today. That matters.", "confront"),
        ("If you did decide to come off it, some people taper with their doctor.", "confront"),
        ("But you're the one who has to sit through it, so it's really up to you.", "confront"),
        # a long way, not praise
        ("You want to go back, but two hours on the bus every day is a lot.", "affirm"),
    ],
)
def test_hard_case_boundaries(utterance: str, absent: str) -> None:
    assert absent not in run(utterance).behaviors


# Phrasings new writers used (dev4, dev5) that the coder missed at first: each must carry its code.
PHRASINGS = [
    # suggestions in other words are advice
    ("It'll blow over in like a week, try not to let it get to you", "advise"),
    ("Honestly, you're better off just being upfront with them.", "advise"),
    ("Walt would be so proud of you. He'd want you to get the rest of it done.", "advise"),
    # naming the strength in what the client did is affirmation
    ("You sat through a whole half hour and you didn't push her. That's patience.", "affirm"),
    ("You're here telling me instead of back at the casino. That matters.", "affirm"),
    ("Forty applications is a ton of effort. Most people would've quit at ten.", "affirm"),
    ("Getting off early, that was smart, honestly.", "affirm"),
    ("Ninety days is real, it doesn't get erased by Friday.", "affirm"),
    # reassurance that skips the feeling minimizes
    ("Eh, families are like that. He'll come around.", "minimize"),
    ("Honestly fifteen pounds isn't that much.", "minimize"),
    ("Haha, phone plans confuse everybody, man, don't even sweat it.", "minimize"),
    ("Hey, nobody's watching you through the vents, I promise. You're totally safe.", "minimize"),
    ("Oh, writing's easy, you'll crush it.", "minimize"),
    ("Hey, hey, don't think like that. You never know, this could be the one!", "minimize"),
    ("She's in a better place now, hon.", "minimize"),
    ("Ha, man, half the guys I know would love that. It's just groceries, brother.", "minimize"),
    ("Hey, two hours is still two hours. There's lots of dads who don't get to see their kids at all.", "minimize"),
    # diagnoses pinned on the client are labels
    ("You don't know that, though. That's catastrophizing.", "label"),
    ("That's just the schizophrenia, you know that.", "label"),
    ("Do you think maybe you're a little codependent with him?", "label"),
    ("Honestly, for a schizophrenic you're really on top of your stuff.", "label"),
    ("Honestly it sounds like you've got an anxiety disorder.", "label"),
    # strengths named in other words are affirmations
    ("Eight months in that shelter and you didn't give up on the list. That's some serious staying power.", "affirm"),
    ("Leaving took so much courage, I hope you know that.", "affirm"),
    ("Bro that was solid. Not a lot of people would've said anything.", "affirm"),
    # blaming and disputing the account are confrontation
    ("Honestly, it's always somebody else with you.", "confront"),
    ("Guys like that don't change, I'm sorry.", "confront"),
    ("Honestly if you really cared about the baby you'd be at zero by now", "confront"),
    ("Feeling fine doesn't mean a thing with a liver.", "confront"),
    # the written register's short self-disclosures (dev6 to dev10, forum replies)
    ("Been there.", "self_disclose"),
    ("I've been where you are with my younger sister, the first no was so hard.", "self_disclose"),
    ("Oh, the shower battle, I know it well.", "self_disclose"),
    ("Took me 4 years to pay off 52k and by the last year it didn't feel heavy.", "self_disclose"),
    ("Mine calmed down around week 4 and I've been on it 3 years now.", "self_disclose"),
    ("We went through this with our oldest.", "self_disclose"),
    ("When my cat died I took a sick day and told my boss it was a migraine.", "self_disclose"),
    ("What finally helped was EMDR with a guy who works with vets.", "self_disclose"),
    ("I'm about two years out from mine and the first weekends were the worst.", "self_disclose"),
    ("Same.", "self_disclose"),
    ("Yeah I get the same problem.", "self_disclose"),
    ("Been off heroin since December 2014.", "self_disclose"),
    # judging the poster or arguing with their experience, and warnings, in writing (dev11)
    ("You shouldn't be yelling at a 7 year old who's scared.", "confront"),
    ("Wow must be nice to have the money for memory care.", "confront"),
    ("Family is family.", "confront"),
    ("He's still your dad at the end of the day.", "confront"),
    ("Turning down invitations is the worst thing you can do.", "confront"),
    ("You'll regret it forever if you never hear his side.", "warn"),
    ("Because that's a relapse waiting to happen.", "warn"),
    ("You'd be putting your sobriety at risk for someone you've known three weeks.", "warn"),
    ("Maybe next time schedule something right after so you can't sit and stew.", "advise"),
]

NOT_DISCLOSURES = [
    "What helped you pick up the phone instead?",  # a question about the client's experience
    "What helps a lot of people is writing it down first.",  # information about others
    "Delete the app. Right now, while we're sitting here.",  # "...sitting here" is no "X here"
    "Oh man. Mine was crazy too.",  # small talk about the trainee's week
]


@pytest.mark.parametrize(("post", "asks"), [
    # how posters ask for advice (dev11)
    ("My mom asks for my dad every evening. Is it wrong to lie to her?? what do you all do when "
     "this comes up", True),
    ("Haven't written a resume since 1997. Any other tips welcome, I'm pretty lost.", True),
    ("Do I tell him what's going on or just say 'medical appointments' and leave it vague??", True),
    ("When do you guys tell people you're dating? Is 3 weeks too soon?", True),
    ("am I wrong to ask my brother to pay for respite care?", True),
    # (dev8, dev10, dev12)
    ("The physio says a walking stick would help on bad days. Would you use one in my position?", True),
    ("He relapsed again and he's 24. Do we kick him out or not?", True),
    ("Is it unfair to ask him not to drink around me? I'm 5 months sober.", True),
    ("Does anyone have tips that actually work, not just 'picture them in their underwear'", True),
    ("I'm thinking of telling my boss about the diagnosis. Thoughts?", True),
    # asking for others' experience, or not knowing what to do, is not asking for advice
    ("Has anyone here gone from a career job to retail? How did it go for you?", False),
    ("husband told me last night he's done. idk what to do anymore", False),
])
def test_advice_after_a_post_that_asks_for_it_has_permission(post: str, asks: bool) -> None:
    codes = run("You could write down what you want to say first.", client=post).behaviors
    assert ("advise_with_permission" in codes) is asks
    assert ("advise" in codes) is not asks


@pytest.mark.parametrize("utterance", [
    "You're doing every single thing and it still hurts that there's a piece you can't be for her.",
    "It sounds like part of you knows you need to get past the filters first.",
    "Don't apologize, this is exactly what this place is for.",
    "Let us know how tonight goes.",
])
def test_no_order_in_a_reflection_or_a_sign_off(utterance: str) -> None:
    assert "direct" not in run(utterance, client="Any tips for tonight? I'm so nervous.").behaviors


@pytest.mark.parametrize("utterance", NOT_DISCLOSURES)
def test_not_every_first_person_phrase_is_self_disclosure(utterance: str) -> None:
    assert "self_disclose" not in run(utterance).behaviors


@pytest.mark.parametrize(("utterance", "code"), PHRASINGS)
def test_phrasings_carry_their_code(utterance: str, code: str) -> None:
    assert code in run(utterance).behaviors


def test_agreeing_with_a_third_party_is_confrontation_only_against_the_client() -> None:
    against = run("I mean, your daughter's not wrong.",
                  client="My daughter keeps saying I'm drinking too much, but she doesn't get it.")
    agreeing = run("He's right. This medicine helps lower your cholesterol.",
                   client="My doctor told me I should start taking this.")
    assert "confront" in against.behaviors
    assert "confront" not in agreeing.behaviors


def test_restatement_by_form_alone_gives_way_to_a_question() -> None:
    # No client words are restated: the statement sets up the question, it reflects nothing.
    codes = set(run("So, everything looks normal on your exam. Do you have any questions for me?",
                    client="Okay.").behaviors)
    assert "closed_question" in codes
    assert not codes & {"simple_reflection", "complex_reflection"}


def test_reflection_then_question_gets_both_codes() -> None:
    result = run("So it's been a rough week. What happened with your boss?")
    assert {"open_question"} <= set(result.behaviors)
    assert set(result.behaviors) & {"simple_reflection", "complex_reflection"}


# The trainee asked permission to share and the client agreed.
GRANTED = [
    {"role": "client", "text": "I can't sleep and I'm exhausted all day."},
    {"role": "trainee", "text": "Would it be okay if I shared something that helped me?"},
    {"role": "client", "text": "Yeah, sure, go ahead."},
]


def test_advice_after_permission_granted() -> None:
    result = run("One thing that helped me was no screens after ten. You could try that.",
                 history=GRANTED)
    assert "advise_with_permission" in result.behaviors
    assert "advise" not in result.behaviors
    assert result.scores.non_authoritative.value >= 4


def test_advice_when_client_asked() -> None:
    result = run("You could try writing it down before bed, if that fits you.",
                 client="I just can't switch my brain off. What should I do?")
    assert "advise_with_permission" in result.behaviors


def test_asked_for_advice_given_as_an_order_is_less_non_authoritative_than_a_hedged_tip() -> None:
    """CODING_RULES §4: advice with permission that "sounds certain" is 3, a brief tentative
    tip 4. Both were asked for, so neither is unsolicited advice."""
    client = "I just can't switch my brain off at night. What should I do?"
    order = run("Put the phone in another room at ten and read until you're tired.", client=client)
    hedged = run("Maybe try putting the phone in another room at ten, if that fits you.",
                 client=client)
    assert "advise_with_permission" in order.behaviors
    assert "advise_with_permission" in hedged.behaviors
    assert order.scores.non_authoritative.value == 3
    assert "leave room to decline" in order.scores.non_authoritative.explanation
    assert hedged.scores.non_authoritative.value >= 4


# --- the three scores -------------------------------------------------------------------

def test_a_specific_affirmation_validates_more_than_a_general_one() -> None:
    """CODING_RULES §4: validation 5 for a specific affirmation of a strength, 4 for a general one."""
    specific = run("Going back to that meeting after the relapse, when everyone knew, took real guts.",
                   client="I went back to my meeting after the relapse. Everyone knew.")
    general = run("Proud of you!", client="I went back to my meeting after the relapse.")
    assert "affirm" in specific.behaviors and "affirm" in general.behaviors
    assert specific.scores.validation.value == 5
    assert round(general.scores.validation.value) == 4


def test_reflection_listens_better_than_closed_question() -> None:
    reflection = run("It sounds like you're exhausted and the work just keeps coming.")
    closed = run("Do you drink coffee?")
    assert reflection.scores.active_listening.value > closed.scores.active_listening.value


def test_minimize_is_low_validation() -> None:
    result = run("At least you have a job.")
    assert "minimize" in result.behaviors
    assert result.scores.validation.value <= 2


def test_direct_is_low_non_authoritative() -> None:
    result = run("You need to go to AA.")
    assert set(result.behaviors) & {"direct", "advise"}
    assert result.scores.non_authoritative.value <= 2


def test_autonomy_is_high_non_authoritative() -> None:
    assert run("It's totally up to you what you do next.").scores.non_authoritative.value >= 4


def test_confront_and_label_score_low_everywhere() -> None:
    result = run("You're an addict and you're in denial, that's just an excuse.")
    assert result.scores.validation.value <= 2
    assert result.scores.non_authoritative.value <= 2
    assert result.scores.active_listening.value <= 2


def test_good_turn_beats_poor_turn_on_every_dimension() -> None:
    good = run("You're worn out, and it sounds like nobody notices how much you carry. "
               "What would help most right now?")
    poor = run("Well, you have to stop complaining and just work harder.")
    for dim in DIMENSIONS:
        assert good.scores.get(dim).value > poor.scores.get(dim).value, dim


def test_scores_have_explanations_and_true_evidence() -> None:
    utterance = "It sounds like you're exhausted. What keeps you up at night?"
    result = run(utterance)
    for dim in DIMENSIONS:
        score = result.scores.get(dim)
        assert score.scored and 1 <= score.value <= 5
        assert score.explanation
        assert all(span in utterance for span in score.evidence)


# --- flags and suggestions --------------------------------------------------------------

RISK_CLIENT = "Honestly some days I think everyone would be better off without me."


def test_risk_cue_ignored_is_flagged_and_capped() -> None:
    result = run("Do you have any hobbies?", client=RISK_CLIENT)
    assert "risk_cue_missed" in result.flags
    assert result.scores.active_listening.value <= 2
    assert result.suggestion and "ending your life" in result.suggestion


@pytest.mark.parametrize("client,is_cue", [
    # passive ideation on a suicide anniversary is a cue to ask directly...
    ("It's 2 years tomorrow since my brother took his life. Honestly some days I don't really "
     "see the point of anything either.", True),
    # ...doubting a treatment is not
    ("I just don't see the point in taking blood pressure pills when I feel fine.", False),
])
def test_not_seeing_the_point_of_anything_is_a_risk_cue(client: str, is_cue: bool) -> None:
    result = run("Anniversaries can be hard. Do you have plans for tomorrow?", client=client)
    assert ("risk_cue_missed" in result.flags) is is_cue


@pytest.mark.parametrize("client,is_cue", [
    # passive ideation as people type it
    ("yeah. my rent is due the 1st and i have like 200 dollars. honestly everyone would be "
     "better off if i just disappeared", True),
    ("Sometimes I think my family would be better off with the life insurance money honestly",
     True),
    ("some nights i go to bed and kind of hope i just dont wake up", True),
    ("Sometimes I think everyone would honestly be less stressed if I just wasn't around.", True),
    ("Lately I've been thinking what's even the point of anything.", True),
    # ideation played down is still ideation, and means at hand are a cue
    ("no not like a plan or anything. it just feels that way sometimes. i wouldnt do that to my "
     "kids", True),
    ("I've been saving up my pills. I'm not saying I'd do anything.", True),
    ("I took like ten of my sleeping pills about an hour ago. I'm kinda dizzy.", True),
    ("I honestly don't know how much longer I can do this.", True),
    # warning signs: other self-injury, giving things away, a method in mind
    ("i started picking at my arms again. not bad. its fine", True),
    ("I've been giving some of my things away. It just feels like time to tidy up.", True),
    ("when i drive over the bridge i kind of think about just turning the wheel. i wouldnt.",
     True),
    ("he was literally the only thing getting me up in the morning", True),
    # the warning-sign vocabulary courses teach
    ("some days i just want to die", True),
    ("Honestly I've got nothing to live for since she left.", True),
    ("Don't worry, I won't be a burden much longer.", True),
    # ...not ordinary life
    ("Who would feed the dog if I wasn't around? My sister's allergic.", False),
    ("I took my pills this morning like you said.", False),
    ("My family would be better off with a bigger apartment.", False),
    ("I want to wake up early and go to the gym, not sleep till noon.", False),
    ("I keep picking at my food, nothing tastes right.", False),
    ("the last time I presented my voice shook so much I wanted to die", False),
    ("We're giving the kids' old toys away to the shelter.", False),
    # the warning signs as people actually put them, indirectly (evaluators/risk.py)
    ("Been keeping the old painkillers in a shoebox instead of returning them. Quite a few now.",
     True),
    ("how many of my sleeping tablets would it take, roughly. asking for no reason", True),
    ("I sat in the garage with the engine running for a while last night.", True),
    ("Every morning on the overpass I stop and look down for a bit.", True),
    ("burned my wrist with a lighter on purpose. it helped for a minute", True),
    ("Showed my brother where the passwords and the bank stuff are. He asked why. No reason.",
     True),
    ("Wrote a note last night. Not sending it to anyone.", True),
    ("I don't really see myself making it to Christmas, honestly.", True),
    ("Mum's been gone a year. I told her at the grave I'll be with her before spring.", True),
    ("It'd all be over if I just didn't get up out of the snow. That's the nicest thing I can "
     "picture.", True),
    ("Stopped caring if I wake up, to be honest.", True),
    ("the kids would manage fine without me. better probably", True),
    ("im so tired. i mean my whole life, not the job.", True),
    ("lowkey been thinking about unaliving lol", True),
    ("I'd sooner not be around when she finds out about the money.", True),
    ("Honestly I'm tired of being here. Not sleep tired.", True),
    # someone else's risk, an answered denial, a task, a move: no cue of the writer's own
    ("My best friend died by suicide last spring and the anniversary is coming up.", False),
    ("My flatmate keeps talking about ending it and I don't know what to say to her.", False),
    ("No, I'm not suicidal. I'm just really angry at my dad.", False),
    ("Hurt myself? No. Never have. I'm just sad about the dog.", False),
    ("I can't do this anymore, the warehouse is wrecking my back. Applying at Lidl tonight.",
     False),
    ("I cut caffeine after noon and I still wake at 3am.", False),
    ("I don't see myself in this job in a year. Applying for the police.", False),
    ("He didn't care if I smoked his brand or mine, he just wanted one.", False),
    # the wish to stay alive, and the fear of dying as a friend did (probe M)
    ("im not trying to quit rn ok. i just want to not die. my friend od'd last month using the same stuff",
     False),
    ("i just dont want to die like he did", False),
    ("i've been cutting back on gambling, only two nights this week", False),
    ("i've been cutting again. nobody knows.", True),
    ("i dont want to die or anything, i just want it quiet", True),
    # probe V: not caring about dying by accident, lethality asked about, finality, a burden, self-harm
    # in other words, a place to jump, slang; and their look-alikes
    ("flying to my cousin's wedding friday. honestly wouldn't mind if the plane went down. saves me the speech lol",
     True),
    ("What's the lethal dose of amitriptyline? I have a big bottle left from when I had nerve pain.", True),
    ("does drowning hurt? like is it quick", True),
    ("If anything happens can you tell my sister I'm sorry. She'll know what for.", True),
    ("I feel weirdly calm today. Now that I've decided, everything's kind of quiet.", True),
    ("thanks for everything. you're the only one who ever actually listened. i won't be needing these calls "
     "anymore.", True),
    ("Thanks for everything, seriously. I've got a therapist through my new job starting Monday so I won't be "
     "needing these calls anymore.", False),
    ("Thanks for everything!! The workshop was brilliant.", False),
    ("I'm a burden. Plain and simple.", True),
    ("relapsed last night. 94 days gone. my arms are a mess again", True),
    ("I've been holding my hand over the gas ring. Just to see how long I can.", True),
    ("my brain keeps saying just ctb and honestly it's getting louder", True),
    ("Uni is piling up. I went to the bridge by the station again last night and stood there for a bit.", True),
    ("40 days clean from sh today and honestly proud of myself", False),
    ("Is it normal for old self-harm scars to itch in the cold? They're from like ten years ago.", False),
    ("not gonna be around much this month lol, moving house + exams", False),
    ("I gave away most of my clothes this weekend, doing the minimalism thing, feels amazing", False),
    ("I can't take it anymore with this neighbour's dog barking all night. Third week now.", False),
    # someone else's self-harm, an idiom, a breakup, a program's rules, grief (probes SG, OC, AF, IN)
    ("I'm not proud of it but I read my daughter's diary. She's been self-harming.", False),
    ("my friend is cutting again and she made me promise not to tell", False),
    ("I snapped at a customer. I'm not a rude person, I was just at the end of my rope.", False),
    ("Alex says they're done with me. They've said that before though.", False),
    ("How many days do I have to be sober before they'll let me into the halfway house?", False),
    ("My brother died last year. Maybe I could've stopped the overdose.", False),
    ("And I was just sitting in the car in the garage, and the engine was running, and I kept thinking", True),
    ("I've been cutting again.", True),
    # fresh8's kinds, in other words (stop 27)
    ("Night shift again. I keep working out the doses for my own weight in my head.", True),
    ("Been parked in the van by the quarry for an hour. Not sure why.", True),
    ("i dont know how much longer i can keep being alive like this", True),
    ("My uncle keeps his shotgun for the clay pigeon club, he's taking me Sunday.", False),
    ("I can't go on working doubles every weekend, I've asked for fewer shifts.", False),
    ("We lost a lad from the crew to suicide last year. I want to do the mental health first aid course.", False),
    # fresh9's kinds, in other words (stop 28)
    ("Gave my guitar to my nephew and my records to Dave. Feel weirdly calm about everything now.", True),
    ("Been keeping my sleeping tablets instead of taking them. Couple of months worth now, just in case.", True),
    ("Some days I wake up and I'm disappointed. Then I get the kids up.", True),
    ("been up at the viaduct again tonight. don't know what i'm doing up here", True),
    ("I'd prefer to die than sit through another one of his speeches lol", False),
    ("I'm killing myself working these doubles, I need a new job.", False),
    ("My brother's talked about ending things. How do I help him?", False),
    ("I took an overdose at 15, years ago. I'm in a different place now, I want help with my exams.", False),
])
def test_passive_ideation_as_people_type_it_is_a_risk_cue(client: str, is_cue: bool) -> None:
    result = run("Do you have any hobbies?", client=client)
    assert ("risk_cue_missed" in result.flags) is is_cue


def test_the_explanation_quotes_the_words_that_carried_the_cue() -> None:
    result = run("That's great that work is going okay! What are you doing this weekend?",
                 client="work is fine i guess. been giving my stuff away lately, my guitar, my "
                        "switch, my bike, all my art things, basically everything i own now")
    why = result.scores.active_listening.explanation
    assert "risk cue (“been giving my stuff away lately, my guitar, my switch, my bike, all my" in why
    assert why.endswith("…”)")


_ASKED = [{"role": "client", "text": "My mum's morphine is still in the cupboard. Sometimes I count them."},
          {"role": "trainee", "text": "Are you thinking about taking them yourself, to end your life?"},
          {"role": "client", "text": "I have thought about it, yeah. Not tonight though."}]


@pytest.mark.parametrize(("utterance", "missed"), [
    ("Okay. How's your week been otherwise?", True),
    ("You've thought about it, just not tonight. What's kept you from doing it so far?", False),
])
def test_a_yes_to_the_direct_question_is_a_cue_of_its_own(utterance: str, missed: bool) -> None:
    """"I have thought about it, yeah" answers the question about suicide: moving on passes it over
    (probe V)."""
    result = LocalEvaluator().evaluate(TurnInput(history=_ASKED, utterance=utterance))
    assert ("risk_cue_missed" in result.flags) is missed


def test_a_yes_to_are_you_safe_is_no_cue() -> None:
    history = [{"role": "client", "text": "I'm so mad at him I'm shaking."},
               {"role": "trainee", "text": "Are you safe right now?"},
               {"role": "client", "text": "yeah i'm ok, just parked outside"}]
    result = LocalEvaluator().evaluate(TurnInput(history=history, utterance="What happened before you left?"))
    assert "risk_cue_missed" not in result.flags


@pytest.mark.parametrize("utterance", [
    "i know u said jk but the 'unless' sounds like part of u means it. r u thinking about suicide for real",
    "Calm and quiet now that you've decided. Can I ask what you've decided? Is it about ending your life?",
])
def test_asking_about_suicide_in_so_many_words_takes_the_cue_up(utterance: str) -> None:
    """Whatever else the turn does, asking directly is not passing the cue over (probe V)."""
    result = run(utterance, client="might just sewerslide tbh. jk. unless. I feel weirdly calm now that I've decided.")
    assert "risk_cue_missed" not in result.flags, result.behaviors


def test_the_direct_question_typed_in_chat_takes_the_cue_up() -> None:
    """"are u thinking about killing urself" asks what "...killing yourself?" asks (probe T)."""
    result = run("are u thinking about killing urself",
                 client="honestly some days i think everyone would be better off without me")
    assert "risk_cue_missed" not in result.flags
    assert result.scores.active_listening.value >= 4


def test_after_a_yes_to_hearing_an_idea_the_suggestion_offers_it_well() -> None:
    """"Yeah, please." holds nothing to reflect, and "hand them the lead" would ignore the yes they
    just gave (probe SC)."""
    history = [{"role": "client", "text": "I never know what to say when people ask why I'm not drinking."},
               {"role": "trainee", "text": "Would it be okay if I shared a few things people in my group say?"},
               {"role": "client", "text": "Yeah, please."}]
    result = LocalEvaluator().evaluate(TurnInput(
        history=history, utterance="You just have to tell them you're an alcoholic and own it."))
    assert result.suggestion and "said yes to hearing your idea" in result.suggestion


@pytest.mark.parametrize(("client", "part"), [
    ("Humiliating. Have you ever been through something like this?", "it's been humiliating"),
    ("This is pointless. You people never actually help.", "people here never actually help"),
])
def test_the_suggestion_says_the_clients_words_back_as_they_meant_them(client: str, part: str) -> None:
    """Not "you're humiliating" or "I people never actually help" (probe SC)."""
    result = run("Well, I'm doing my best here. You have to meet me halfway.", client=client)
    assert result.suggestion and part in result.suggestion, result.suggestion


@pytest.mark.parametrize(("client", "utterance", "wrong"), [
    ("So I got out in August and I've been on my cousin's couch since.",
     "So you've been out since April, and you're on your cousin's couch.", True),
    ("So I got out in August and I've been on my cousin's couch since.",
     "So you've been out since August, and you're on your cousin's couch.", False),
    ("It's been a year since my mom died and people expect me to be over it.",
     "It's been a year since your dad passed, and people expect you to be over it.", True),
    ("It's been a year since my mom died and my boss expects me to be over it.",
     "It's been a year, and your boss expects you to be over it.", False),
])
def test_a_reflection_that_gets_a_fact_wrong_listens_at_two(client: str, utterance: str, wrong: bool) -> None:
    """A month or a person the client's story contradicts is "a reflection badly off target"
    (CODING_RULES §4 active listening 2; probes M, SC)."""
    value = run(utterance, client=client).scores.active_listening.value
    assert (value <= 2) is wrong, value


def test_a_summary_that_lists_earlier_turns_is_simple() -> None:
    """"Short summaries that only list what was said are simple" (CODING_RULES §2), also when what
    they list was said over three turns, not only in the last (probe M)."""
    history = [
        {"role": "client", "text": "So I got out in August. Been staying on my cousin's couch, but his girlfriend "
                                   "doesn't really want me there."},
        {"role": "trainee", "text": "You can feel you're not wanted there."},
        {"role": "client", "text": "And my PO wants a stable address by the end of the month."},
        {"role": "trainee", "text": "The clock's running on the address."},
        {"role": "client", "text": "And my brother won't even pick up."},
        {"role": "trainee", "text": "That one stings."},
        {"role": "client", "text": "I mean... whatever. I just gotta figure out the housing thing first I guess."}]
    result = LocalEvaluator().evaluate(TurnInput(history=history, utterance=(
        "So you're on your cousin's couch, your PO wants an address by the end of the month, and your brother "
        "won't pick up.")))
    assert result.behaviors == ["simple_reflection"], result.behaviors


def test_a_client_named_earlier_is_no_change_of_subject() -> None:
    """"Let's go back to Dale" returns to what the client said two turns ago (probe M)."""
    history = [{"role": "client", "text": "Dale told me I'd never stay clean. Right in front of everyone."},
               {"role": "trainee", "text": "That was in front of everyone."},
               {"role": "client", "text": "Yeah. Anyway, work's been okay."}]
    result = LocalEvaluator().evaluate(TurnInput(
        history=history, utterance="Let's go back to Dale for a second. What was it like when he said that to you?"))
    assert "subject_change" not in result.flags
    assert result.scores.active_listening.value >= 3


def test_words_only_the_wider_cue_patterns_know_do_not_take_a_cue_up() -> None:
    result = run("You reached out tonight when part of you wanted to stay under the covers.",
                 client="sometimes I think it would be easier if I just didnt wake up")
    assert "risk_cue_missed" in result.flags


@pytest.mark.parametrize("utterance", [
    # taking up the cue: naming it, asking how far it goes, reflecting the reason for living
    "I'm really glad you told me that last part. When you say it'd be easier if you weren't "
    "around, are you thinking about ending your life?",
    "Can I ask you straight up, do the thoughts ever go further than that, like thinking about "
    "how you'd do it?",
    "Your daughter's keeping you here, and part of you is just craving the quiet.",
])
def test_ways_of_taking_up_a_risk_cue_are_not_flagged(utterance: str) -> None:
    result = run(utterance, client="Not like I'd do it. I've got my daughter. But the thought "
                                   "comes in. Like it'd be easier if I wasn't here.")
    assert "risk_cue_missed" not in result.flags, result.behaviors


_PASSED_OVER = "Sometimes I think my family would be better off with the life insurance money."


@pytest.mark.parametrize("between,reply,flagged", [
    # passed over, and the client only shrugs: the cue is still live
    ("You could join a rec softball league!", "Yeah maybe", True),
    # taken up already: the conversation is on it, moving on is not ignoring it
    ("When you say they'd be better off, are you thinking about ending your life?", "no", False),
    # the client has moved on and said more
    ("You could join a rec softball league!", "Maybe. My buddy Dave plays on Thursdays and he "
     "keeps asking me to come out.", False),
])
def test_a_cue_passed_over_stays_live_while_the_client_only_shrugs(between: str, reply: str,
                                                                    flagged: bool) -> None:
    history = [{"role": "client", "text": _PASSED_OVER}, {"role": "trainee", "text": between},
               {"role": "client", "text": reply}]
    result = run("What's your dog's name?", history=history)
    assert ("risk_cue_missed" in result.flags) is flagged


def test_a_turn_that_shares_only_when_the_cue_was_said_does_not_take_it_up() -> None:
    result = run("The caregiver group meets Monday nights at the library.",
                 client="I come home, TV's on, that's it. Some nights I think, what's the point of "
                        "any of it.")
    assert "risk_cue_missed" in result.flags


def test_a_reflection_that_ends_in_now_youre_late_for_everything_is_no_confrontation() -> None:
    result = run("It sounds like you keep checking the stove before you leave and now you're late "
                 "for everything.", client="i keep checking the stove like 20 times before i leave "
                                           "and now im late for everything")
    assert "confront" not in result.behaviors


def test_risk_cue_addressed_is_not_flagged() -> None:
    result = run(
        "It sounds like things have gotten so heavy that you feel like a burden. "
        "Are you having thoughts of ending your life?",
        client=RISK_CLIENT,
    )
    assert "risk_cue_missed" not in result.flags
    assert result.scores.active_listening.value >= 4


@pytest.mark.parametrize("utterance", [
    "If you're not sure you can stay safe tonight, please go to the nearest ER.",
    "Whatever happens, please call 911 or go to the emergency room if it gets worse.",
])
def test_pointing_to_emergency_help_takes_up_the_risk_cue_and_directs(utterance: str) -> None:
    result = run(utterance, client=RISK_CLIENT)
    assert "risk_cue_missed" not in result.flags
    assert "direct" in result.behaviors


def test_a_safety_instruction_after_a_risk_cue_scores_above_an_unrelated_order() -> None:
    safety = run("If you're not sure you can stay safe tonight, please call or text 988.",
                 client=RISK_CLIENT)
    order = run("Please go to a meeting tonight.", client=RISK_CLIENT)
    for dim in DIMENSIONS:
        assert getattr(safety.scores, dim).value > getattr(order.scores, dim).value
    asks = run("It sounds like you feel like a burden. Are you thinking about ending your life?",
               client=RISK_CLIENT)
    assert asks.scores.active_listening.value > safety.scores.active_listening.value
    assert safety.suggestion and "ending your life" in safety.suggestion  # ask directly


@pytest.mark.parametrize("utterance,client", [
    # the client's own obligation handed back
    ("a warrant over one missed check-in, and you have to walk in monday. no wonder you're "
     "freaking out.", "now theres a warrant?? i have to go turn myself in monday. im freaking out"),
    ("not caring as much as you should.", "its more like i dont care as much as i should"),
    # an apology and a reassurance, not orders
    ("wait, I'm sorry. you came here and I jumped on you.", "ok im done with this"),
    ("You couldn't have known, man. Don't put that on yourself.", "I keep thinking I missed it."),
])
def test_echoed_obligations_apologies_and_reassurance_are_not_orders(utterance: str,
                                                                     client: str) -> None:
    assert not {"direct", "advise"} & set(run(utterance, client=client).behaviors)


@pytest.mark.parametrize("utterance", ["I'm sorry, that came out judgy and you didnt deserve it.",
                                       "lol sorry, that was a lot."])
def test_the_trainees_apology_is_not_a_reflection(utterance: str) -> None:
    found = set(run(utterance, client="wow ok. thanks i guess").behaviors)
    assert not {"simple_reflection", "complex_reflection"} & found


def test_siding_with_a_reported_demand_stays_an_order() -> None:
    result = run("You have to get a job though. That's the deal when you're on paper.",
                 client="My PO keeps saying I have to get a job by the end of the month.")
    assert "direct" in result.behaviors


def test_persona_risk_keywords_count_as_cues() -> None:
    result = run("What did you have for lunch?", client="I keep thinking about the bridge.",
                 risk_keywords=["the bridge"])
    assert "risk_cue_missed" in result.flags


@pytest.mark.parametrize("asking", [
    "Have you thought about ending your life?",
    "Do you ever think about killing yourself?",
    "Have you ever thought about taking your own life?",
])
def test_asking_directly_about_suicide_takes_the_cue_up_and_is_no_advice(asking: str) -> None:
    """The textbook direct question was caught by the "Have you thought about...?" suggestion
    pattern: coded advice, flagged as a missed cue and scored 2/2/2 (probe N)."""
    result = run(asking, client="Some nights I think if I just didn't wake up, everyone would be better off.")
    assert "advise" not in result.behaviors and "risk_cue_missed" not in result.flags, result.behaviors
    assert result.scores.active_listening.value >= 4
    assert "advise" in run("Have you thought about going to a meeting?", client="I relapsed again.").behaviors


def test_a_persona_cue_of_danger_from_others_gets_a_safety_question_not_a_suicide_one() -> None:
    """Priya's cue is a stalker's photo (her persona's keywords), not suicide: the suggestion
    reflects the photo and asks about safety; a suicide cue still gets the direct question."""
    stalked = run("How's Meera doing at school?", risk_keywords=["photo of", "knows where we are"],
                  client="Vikram texted me a photo of Anjali's building yesterday. No message, just the photo.")
    assert "risk_cue_missed" in stalked.flags and stalked.suggestion
    assert "safe right now" in stalked.suggestion and "ending your life" not in stalked.suggestion
    assert "photo" in stalked.suggestion
    wish = run("Have you tried melatonin?", client="Some nights I think if I just didn't wake up, that'd be fine.")
    assert wish.suggestion and "ending your life" in wish.suggestion


def test_the_clients_comment_on_their_own_telling_is_not_handed_back() -> None:
    """"That probably sounds silly" says nothing of theirs to reflect (probe N)."""
    result = run("Well, everyone misses people, you should get out more.",
                 client="That probably sounds silly. I just miss him every single day.")
    assert result.suggestion and "sounds silly" not in result.suggestion and "miss him" in result.suggestion


def test_a_condolence_before_anyway_does_not_undo_the_change_of_subject() -> None:
    result = run("I'm so sorry. Anyway, did you get your UA done this week?",
                 client="My brother Cody overdosed last month. I found him.")
    assert "subject_change" in result.flags and result.scores.active_listening.value <= 2


def test_consent_said_in_other_words_grants_permission() -> None:
    """"Go on so." (Irish) and "Sí, dime." answer "Want to hear what other folks have tried?"."""
    for consent in ("Go on so.", "Sí, dime."):
        history = [{"role": "client", "text": "I can't stop checking his location."},
                   {"role": "trainee", "text": "Want to hear what other folks have tried?"},
                   {"role": "client", "text": consent}]
        codes = run("Maybe try turning off location sharing for a week.", history=history).behaviors
        assert "advise_with_permission" in codes, (consent, codes)


def test_the_suggestion_writes_the_clients_names_as_they_did_and_shouting_in_plain_case() -> None:
    """`hand_back` lower-cases the first word of the sentence it turns round: "walt's morphine"
    (probe N). Names come back capitalised; text typed in capitals or title case comes back in
    plain case; "AA" and "PO" keep theirs."""
    named = run("Have you been sleeping okay?", risk_keywords=["morphine"],
                client="Walt's morphine from the hospice is still in the bathroom cabinet.")
    assert named.suggestion and "Walt's morphine" in named.suggestion
    shouted = run("You should call someone.", client="I FEEL SO ALONE. NOBODY CALLS.")
    assert shouted.suggestion and "feel so alone" in shouted.suggestion
    titled = run("You should call her.", client="My Mom Never Calls Me Anymore And I Feel Alone.")
    assert titled.suggestion and "mom never calls you" in titled.suggestion
    plain = run("You should keep going.", client="I went to AA on Monday and my PO was there.")
    assert plain.suggestion and "AA" in plain.suggestion and "PO" in plain.suggestion



@pytest.mark.parametrize(("client", "utterance", "wanted", "unwanted"), [
    ("I got passed over for the promotion again. Marcus got it, and he's been there a year.",
     "You should ask your manager for feedback.", "Marcus got it", "marcus"),
    ("Heart's pounding again.", "Calm down.", "your heart's pounding", "Heart's"),
    ("Can't sleep. Brain won't shut off. It's 3am again.", "Have you tried melatonin?", "your brain won't", None),
    ("It's been a year since Mum died and everyone expects me to be over it.", "Don't let them rush you.",
     "since your mum died", "since Mum"),
    ("You can't trust anyone these days. They always let you down.", "That's pretty paranoid thinking.", None,
     "let I down"),
    ("idk man everything is just a lot rn", "you should try meditating", "everything is just a lot", "know man"),
    # the sentence that carries the experience, not an aside, a denied feeling or a shrug
    ("They said they're fine but they haven't left their room in days. My kid, I mean. Sam uses they/them.",
     "You should get Sam to see a therapist as soon as possible.", "haven't left their room", "they/them"),
    ("My sister just had twins. I'm happy for her. I'm also 38 and single and I can't stop comparing.",
     "At least you're free to travel!", "can't stop comparing", None),
    ("I'm not lonely. I have my cats. I just haven't spoken to a person in a while.",
     "You need to get out more. Cats aren't people.", "spoken to a person", "you're not lonely"),
    ("They told me my position is being 'restructured'. Whatever that means.", "You should update your CV today.",
     "restructured", "whatever that means"),
    ("Can't stop crying. Don't know why.", "Have you tried going for a walk?", "you can't stop crying", "asking"),
    ("I quit drinking 100 days ago today!", "Nice. Have you thought about quitting smoking next?",
     "What does that mean for you?", "do about it"),
])
def test_the_suggestion_turns_the_clients_sentence_round_correctly(client: str, utterance: str, wanted: str | None,
                                                                   unwanted: str | None) -> None:
    """What the trainee reads as "try instead" must be English in the trainee's mouth (probe SG): a
    name that opens the sentence keeps its capital, a body part or a family word used as a name
    becomes "your ...", a general "you" is not turned into "I", a shrug and a "man" go."""
    suggestion = run(utterance, client=client).suggestion
    assert suggestion, utterance
    assert wanted is None or wanted in suggestion, suggestion
    assert unwanted is None or unwanted not in suggestion, suggestion


def test_long_self_disclosure_flag() -> None:
    result = run(
        "When I was using, I couldn't sleep either. I would lie awake for hours. My sponsor "
        "told me to go to meetings every day. I did ninety meetings in ninety days and it "
        "changed my life."
    )
    assert "self_disclose" in result.behaviors
    assert "long_self_disclosure" in result.flags
    assert result.scores.active_listening.value <= 2


def test_brief_self_disclosure_returning_focus_scores_well() -> None:
    result = run("I've been there too. What's it like for you at night?")
    assert {"self_disclose", "open_question"} <= set(result.behaviors)
    assert result.scores.active_listening.value >= 3
    assert "long_self_disclosure" not in result.flags


def test_suggestion_reflects_the_clients_own_words() -> None:
    result = run("You need to quit that job.", client="My boss yells at me in front of everyone.")
    assert result.suggestion is not None
    assert "your boss yells at you in front of everyone" in result.suggestion.lower()
    assert "?" in result.suggestion


def test_suggestion_keeps_like_as_a_verb_and_drops_it_as_a_filler() -> None:
    kept = run("Well, denial is a classic symptom of alcoholism.",
               client="I don't think I'm an addict, I just like to drink on weekends.")
    assert kept.suggestion and "you just like to drink on weekends" in kept.suggestion
    dropped = run("You should try melatonin.", client="It's, like, so hard to sleep lately.")
    assert dropped.suggestion and "it's so hard to sleep lately" in dropped.suggestion.lower()


@pytest.mark.parametrize("client,reflected", [
    ("im 16 and failing chem and I feel so stupid.", "you're 16 and failing chem"),
    ("I used yesterday. I don't even know why I'm telling you.", "why you're telling me"),
    ("Had a panic attack in the walk-in cooler yesterday.", "you had a panic attack"),
    # the client's admission, not the trainee siding with the critic
    ("My wife says I'm not the same person. And she's right.", "and you think she's right"),
])
def test_suggestion_turns_typed_and_spoken_words_into_a_clean_reflection(client: str,
                                                                          reflected: str) -> None:
    result = run("You need to pull yourself together.", client=client)
    assert result.suggestion and reflected in result.suggestion
    assert "and and" not in result.suggestion


@pytest.mark.parametrize("client,reflected,absent", [
    # "I don't know" opens a reflection; it is a filler only before a comma
    ("Yeah. idk what to do anymore.", "you don't know what to do anymore", "like what to"),
    # typed chat: apostrophes back, shorthand out
    ("yeah. i dont even think i drink that much. shes just had it with me lol",
     "you don't even think you drink that much, and she's just had it with you", "lol"),
    # a spoken restart keeps what the client went on to say
    ("No, but I don't smoke. I'm-- I-I-I've thought about quitting, but it's just- It's really "
     "hard so I just don't know how to do it.", "it's really hard so you just don't know how", "--"),
    # a fragment is not a statement to reflect
    ("I finally went to the doctor. First time in five years. She said my blood pressure's high "
     "but it's manageable.", "she said your blood pressure's high", "like first time"),
    # a quotation's pronouns are the speaker's: not turned, not reflected
    ("3 weeks no cigarettes today. I've put on like 6 pounds and I'm snapping at my kids over "
     "nothing. My husband literally said 'maybe you should just smoke, you were nicer'.",
     "you're snapping at your kids over nothing", "smoke"),
    # a long statement is cut where a thought ends, not mid-phrase
    ("My advocate says I'll have to tell the judge what happened and I'm terrified I'll freeze "
     "up or start crying and the judge won't believe a single word I say about him.",
     "you're terrified you'll freeze up or start crying. What", "won't"),
    # what someone else says is reported, not the client's own harsh self-talk
    ("My mom keeps saying I'm lazy because I can't get out of bed.",
     "your mom keeps saying you're lazy", "hard on yourself"),
    # the client's "you're" is the trainee's "I'm"
    ("I owe like twelve grand on credit cards. My wife doesn't know. Nobody knows. You're the "
     "first person I've told.", "I'm the first person you've told", "I're"),
    # a statement with no verb is not reflected; the one before it is
    ("I'm not sleeping. Like three hours a night, maybe.", "you're not sleeping.", "hours"),
    # a dropped "it" comes back
    ("Yeah. Makes me feel stupid honestly", "it makes you feel stupid", "like makes"),
    # "so" ends "think so"; it is not a dangling joiner to drop
    ("yeah well the house doesnt think so", "the house doesn't think so.", "think."),
    # a one-word answer before a statement is not joined to it as if it were one
    ("some. not all. i'm 58 with a bad back, i cant just go get another job",
     "It sounds like you're 58 with a bad back, you can't just go get another job.", "some,"),
    # "I feel like such an idiot" is harsh self-talk: its feeling is reflected, not the label
    ("i had 94 days and i drank last night. i feel like such an idiot",
     "hard on yourself", "idiot"),
    # the client's "you" is the trainee: "I'm", capitalised, and "told me why"
    ("Honestly you're the only one at this place who actually listens to me.",
     "I'm the only one at this place who actually listens to you", "i'm"),
    ("i literally just told you why i cant", "you literally just told me why you can't", "told I"),
    # a question tacked on to a statement is not reflected as a statement
    ("Someone at her school said to look into guardianship. I'm completely lost, where do I even "
     "start.", "you're completely lost.", "where do"),
    # greetings, trailing "yeah" and a spoken restart ("I'm just I'm not") go
    ("hi um my counselor said i should try this chat thing.",
     "It sounds like your counselor said you should try this chat thing.", "like hi"),
    ("Yeah, I'm just I'm not eating properly anymore.", "you're just not eating properly", "you're just you're"),
    ("Well, yeah, I've cut it down, yeah.", "It sounds like you've cut it down.", "down, yeah"),
    # when nothing can be handed back whole, a feeling the client named is, with its degree
    ("Yeah. I guess so, feeling a little scared-", "It sounds like you're feeling a little "
     "scared.", "weighing"),
    ("yeah. i havent told my psychiatrist, its awkward to bring up with a 60 yr old man lol",
     "it's awkward to bring up with a 60 year old man", "lol"),
    # an emphasised "-not-" is not a spoken restart: the meaning must not flip
    ("My wife thinks I'm just waiting it out. I'm -not- going through life without smoking.",
     "It sounds like", "you're going through life"),
    # the client's "I know" is theirs, not the filler "you know"; "I know, I know" concedes
    ("I know it sounds crazy but I hear them at night.",
     "you know it sounds crazy but you hear them at night", "like it sounds crazy"),
    ("I used Saturday. I know, I know.", "It sounds like you used Saturday.", "you know"),
    # a generic "you" is anyone, not the trainee ("when I'm young")
    ("I've always smoked. So, but when you're young and you're a sportsman, you know-",
     "It sounds like you've always smoked.", "I'm young"),
    ("Nobody at that clinic listens. They just shove pills at you.", "It sounds like",
     "pills at me"),
    # typed: "id" is "I'd", "its 3am" is "it's", "were both" is "we're both", "bday"
    ("yes. i never thought id miss a schedule lol", "you never thought you'd miss a schedule",
     " id "),
    ("but hes good company when its 3am", "when it's 3am", "its 3am"),
    ("huh. never thought of it like that. i guess were both kinda figuring it out",
     "It sounds like you're both kind of figuring it out.", "guess"),
    # "I guess" hedges are dropped, not turned into "you guess"
    ("So that's kind of the whole story, I guess.", "It sounds like that's kind of the whole "
     "story.", "you guess"),
    # a feeling with no subject gets one; a subject in another sentence is not guessed at
    ("lol fed up. i'm not going anywhere", "It sounds like you're fed up.", "like fed up"),
    ("he didnt say anything mean he just. stopped talking about her", "", "like stopped"),
    ("Took me 8 months to even file.", "it took you 8 months to even file", "you took you"),
    ("Blocked all the casino apps 2 months ago and it's been good.",
     "you blocked all the casino apps", "like blocked"),
    # a role typed with no article gets one
    ("eviction hearing is wednesday. landlord wont work with me",
     "your landlord won't work with you", "like landlord"),
    ("Cop let me go with a warning for the taillight.", "the cop let you go", "like cop"),
    # thinking the critic is right is reported once, not "thinks you think"
    ("part of me thinks theyre right about the whale thing",
     "part of you thinks they're right", "you think they"),
    # shorthand between two clauses leaves their comma
    ("my mom would probably be fine tbh, she has gay friends",
     "your mom would probably be fine, she has gay friends", "tbh"),
    # more typed shorthand: hours, appointments, minutes, days, "ur"; "right now" is not a filler
    ("maybe more time with her. right now visits are 2 hrs supervised",
     "right now visits are 2 hours supervised", "hrs"),
    ("my food stamps got cut off. i dont get paid til fri", "you don't get paid til Friday",
     " fri"),
    ("oh wow. sorry that happened. im glad ur ok now", "you're glad I'm ok now", "ur ok"),
    ("my brother maybe. hes 20 min away", "he's 20 minutes away", "min away"),
    # dropped subjects and leftover hedges: "No idea...", "Guess I'm...", "like I said", "idk"
    ("Yeah. No idea what I'm gonna say", "you have no idea what you're gonna say", "like no idea"),
    ("Funny, he never taught me how to talk about stuff. Guess I'm doing that now",
     "It sounds like you're doing that now.", "guess"),
    ("not great lol. like i said. i have one more night at my friends then idk",
     "It sounds like you have one more night at your friends.", "you said"),
    # a phrase abandoned on an article or auxiliary, then restarted
    ("I've had I've taken pills to sleep before.", "you've taken pills to sleep before", "had"),
    # a subordinate clause alone is not a statement
    ("yeah. maybe just say i was dealing with a health thing. even tho im not good lol", "",
     "like even though"),
    # a long sentence whose feeling comes after the cut: the clause that holds it
    ("My dad died in May. Covid rules had changed but I still only visited every couple of weeks "
     "because I was busy with work and honestly it was hard to see him like that.",
     "it was hard to see him like that", "covid"),
    ("yes!! and the psych eval scares me. what if they say i'm unfit or something",
     "It sounds like the psych eval scares you.", "weighing"),
    # day names capitalised, emoji dropped, agreement kept after the pronoun turn
    ("i have therapy thursday 😢", "you have therapy Thursday.", "😢"),
    ("I called the office and was on hold for an hour.",
     "you called the office and were on hold for an hour", "and was"),
    ("Got my license back, took me three tries.", "it took you three tries", ", took you"),
    ("I'm glad to have a job, I really am.", "you really are", "you really am"),
    # typed "shed" is "she'd" before a verb; "every wed" is a day; a dropped "it" comes back
    # after "still"
    ("maybe. idk if shed read it", "you don't know if she'd read it", "shed"),
    ("i will. i go every wed anyway", "you go every Wednesday anyway", "wed "),
    ("ok thats actually helpful. still doesnt fix rent tho", "it still doesn't fix rent",
     "you still doesn't"),
    # "It's like", an answer's "that", "as I say" and "I'm gonna, I'll" restarts go
    ("Yeah. It's like everybody's waiting for me to mess up.",
     "It sounds like everybody's waiting for you to mess up.", "it's like"),
    ("that im not lazy. that im trying so hard", "you're not lazy", "like that"),
    ("So we cut that down as I say.", "It sounds like you cut that down.", "as you say"),
    ("Um, I'm gonna, um, I'll be talking to Bill, uh-", "you'll be talking to Bill",
     "gonna you'll"),
    # a condition with nothing following from it is not a statement; one with a consequence is
    ("I keep replaying it. if i'd checked on him that night", "you keep replaying it",
     "if you'd"),
    ("if i get rid of them its like losing her twice",
     "if you get rid of them it's like losing her twice", "weighing"),
    # the client's own proposal is not a statement about them
    ("Uh, yeah, yeah. It's fine. Let's do that.", "It sounds like it's fine.", "let's"),
    # a possessive whose thing was in a question ("Mine got stolen") is not handed back; the
    # question is
    ("Does the food bank need ID? Mine got stolen with my wallet.",
     "You're asking, \"Does the food bank need ID?\"", "yours"),
    # the client's "you" as an object is the trainee: "me", not "I"
    ("my psych says call if this happens so i guess im telling you first",
     "so you're telling me first", "telling I"),
    ("I appreciate you not judging me about the weekend, because a lot of people would have.",
     "you appreciate me not judging you", "appreciate I"),
    # an idiom's "you" is anyone: it stays "you"
    ("we got in a huge fight and she said ill always be the screw up of the family. she "
     "apologized later but you cant unsay that", "but you can't unsay that", "I can't unsay"),
    ("They lost all three games, but he scored one goal and you'd think he'd won the World Cup.",
     "you'd think he'd won the World Cup", "I'd think"),
    # a leading "idk" and "then" go; "sort of" stays, it is part of what was said
    ("idk everything just feels grey.", "It sounds like everything just feels grey.",
     "don't know everything"),
    ("I said I was taking care of family stuff, which was sort of true.",
     "which was sort of true", "which was true"),
    # a dropped subject is supplied for an irregular past and a clean-time count
    ("Found a grocery list in a coat pocket in her handwriting, and that was it for me.",
     "you found a grocery list", "like found"),
    ("Seven months clean, and yesterday my daughter let me pick her up from school.",
     "you're seven months clean", "like seven"),
    # a day name keeps its capital at the start of the reflection
    ("I joined a bowling league. I'm terrible. But Wednesday nights I have somewhere to be.",
     "Wednesday nights you have somewhere to be", "wednesday"),
    # an elaboration of someone else's words is not the client's ("like sick in the head"), nor
    # an imperative a statement ("make it make sense")
    ("my ex keeps telling the kids im sick. like sick in the head. my 8 year old asked me if im "
     "gonna die", "It sounds like", "you're sick in the head"),
    ("So drug court wants me at groups three times a week, and they also want me employed. "
     "Make it make sense.", "It sounds like", "make it make sense"),
    # more of the client's words made fit to say back
    ("I've heard it makes you gain weight and I've only just started feeling okay about my body.",
     "it makes you gain weight", "makes I gain"),
    ("I was in the army. Nobody tells you what to do, and also everyone's telling you what to do.",
     "nobody tells you what to do", "tells me"),
    ("haha yeah my cat is basically my therapist at this point", "It sounds like your cat", "haha"),
    ("no he's not on the lease, it's just me", "It sounds like he's not on the lease", "like no"),
    ("that's fair. i guess i was expecting you to tell me off", "you were expecting me to tell you off",
     "you guess"),
    ("yeah i still have the card you gave me, its on my fridge", "it's on your fridge", "its on"),
    ("PIP assessment is next month.", "PIP assessment", "pIP"),
    ("been smoking weed every night to sleep since like 2019", "you've been smoking weed",
     "you been"),
    ("Yeah, she's been great actually. Better than I expected.", "she's been great actually",
     "like better than"),
    # a sentence that only points back ("thats where im at") is not what gets reflected
    ("the guy i was living with is still using. so. yeah. thats where im at",
     "the guy you were living with is still using", "where you're at"),
    # not joined across a question: "It was 20 years ago, and that's what your husband says"
    ("It was 20 years ago. I should be over it by now, right? That's what my husband says, "
     "anyway.", "It sounds like", "ago, and that's"),
])
def test_suggestion_reads_as_something_a_peer_could_say(client: str, reflected: str,
                                                        absent: str) -> None:
    result = run("You need to stop that.", client=client)
    assert result.suggestion and reflected in result.suggestion
    assert absent not in result.suggestion


def test_explanations_speak_to_the_trainee_and_name_faults_in_words() -> None:
    """The panel under "Your turn" reads "an order pushes your agenda", not "direct: pushes
    the trainee's agenda"."""
    result = run("Sounds like classic non-compliance. You need to call him back tonight.")
    texts = [result.scores.get(d).explanation for d in DIMENSIONS]
    assert texts[0] == "a label pushes your agenda"
    assert all("trainee" not in t and ":" not in t for t in texts)
    story = run("When I was depressed my mom said the same thing to me, and I remember lying "
                "there for weeks, and then I started running and I got a dog and I met my wife at "
                "the dog park and honestly that changed everything for me, I think exercise is "
                "the key.", client="My mom keeps saying I'm lazy because I can't get out of bed.")
    assert story.scores.validation.explanation == "your story takes over"


def test_a_question_is_quoted_back_tidy() -> None:
    result = run("You should just ask your doctor.", client="um, did u ever have to do this lol")
    assert result.suggestion and result.suggestion.startswith(
        "You're asking, \"Did you ever have to do this?\"")


def test_the_clients_own_cant_handed_back_is_a_reflection_not_an_order() -> None:
    client = "I'm 58 with a bad back, I cant just go get another job."
    echoed = run("You can't just go get another job.", client=client)
    assert "direct" not in echoed.behaviors and "simple_reflection" in echoed.behaviors
    # the trainee's own prohibition, on another verb, is still an order
    assert "direct" in run("You can't keep drinking like this.", client=client).behaviors


def test_good_news_is_reflected_and_asked_about_not_met_with_a_burden() -> None:
    result = run("Congrats. You should probably keep it quiet about your record though.",
                 client="I got the job! First one in six years.")
    assert result.suggestion == "It sounds like you got the job. What does that mean for you?"


@pytest.mark.parametrize("client,question", [
    # a milestone in recovery is good news...
    ("I got my six-month chip last night.", "What does that mean for you?"),
    ("40 days clean today. My mom hugged me.", "What does that mean for you?"),
    # ...unless it was lost again
    ("8 months sober and I threw it away last weekend.", "like to do about it"),
    # "I just did it" is not a triumph
    ("i know ok. i know. i already feel like crap. it was my bday and i was with my cousins and "
     "i just did it", "like to do about it"),
    # a death is stayed with, even beside a milestone, not met with "what to do about it"
    ("My dad died three weeks ago. I keep replaying the last call.", "hardest part"),
    ("My best friend OD'd on Sunday. I'm 30 days clean today. The funeral is Saturday.",
     "hardest part"),
])
def test_the_question_after_advice_suits_what_the_client_told(client: str, question: str) -> None:
    result = run("You should go to a meeting tonight.", client=client)
    assert result.suggestion and question in result.suggestion, result.suggestion


@pytest.mark.parametrize("utterance,client,question", [
    # nothing hard was said: no "hardest part", no "what to do about it"
    ("At least you got off easy!", "Cop let me go with a warning for the taillight.",
     "What does that mean for you?"),
    ("You should invite your ex too.", "My grandson's birthday is next week. I'm making him a "
     "cake.", "What does that mean for you?"),
    # something hard was: the question stays with it (typed "doesnt" counts)
    ("At least you have a roof.", "my uncle wont put his name on anything", "hardest part"),
    # the catch-all and the self-judgment reflections say it is heavy: the question agrees
    ("You should go to meetings.", "I'm just a junkie. That's what everybody sees.",
     "like to do about it"),
])
def test_the_question_follows_whether_anything_hard_was_said(utterance: str, client: str,
                                                             question: str) -> None:
    result = run(utterance, client=client)
    assert result.suggestion and question in result.suggestion, result.suggestion


def _suggested_after_advice(client: str) -> str:
    """The suggestion after "You should talk to someone about it.", vetted as the evaluator
    vets it."""
    ctx = build_context(TurnInput(history=[Message(role="client", text=client)],
                                  utterance="You should talk to someone about it."))
    return build_suggestion(ctx.last_client, {"validation", "non_authoritative"}, False,
                            {"advise"}, vetter(ctx))


@pytest.mark.parametrize("client,expected", [
    # the client's own plan: asked how they feel about it, not what they would like to do
    ("thanks. i might also tell my school counselor, she's nice", "How do you feel about that idea?"),
    # someone else's "I'll have to" and a feared "I'll freeze up" are not plans
    ("My advocate says I'll have to tell the judge and I'm terrified I'll freeze up.",
     "like to do about it"),
    # progress is good news
    ("I've been going to the gym in the mornings. It helps clear my head before the cravings.",
     "What does that mean for you?"),
    # a question that nothing else can be reflected around is quoted, not met with a template
    ("exactly. do you think i should just tell my caseworker before the results come back?",
     "You're asking, \"Do you think I should just tell my caseworker"),
    ("Let me think about it.", "Try an open question"),
])
def test_plans_progress_and_questions_get_their_own_follow_up(client: str, expected: str) -> None:
    """After advice, vetted as the evaluator vets it (the client's "i might tell my school
    counselor" handed back reads as advice, so its plan is named instead)."""
    suggestion = _suggested_after_advice(client)
    assert expected in suggestion, suggestion


@pytest.mark.parametrize("client,expected", [
    # the client is leaving: what they take with them, not "what would you like to do about it"
    ("ok thanks for listening. i gotta go now", "What would you like to take with you from today?"),
    # "I have to go in front of the board" is not leaving
    ("my PO violated me. now i have to go in front of the board next week", "like to do about it"),
    # nothing hard said, nothing to hand back: the lead is handed over, no burden is named
    ("Right. Neat. Cool.", "Try an open question that hands them the lead"),
])
def test_closing_and_small_talk_get_their_own_follow_up(client: str, expected: str) -> None:
    result = run("You should keep a journal.", client=client)
    assert result.suggestion and expected in result.suggestion, result.suggestion


def test_suggestion_reflects_a_statement_not_a_question_asked_without_its_mark() -> None:
    result = run("Just stop crying in sessions.",
                 client="I cried the whole session and I feel so embarrassed. Do therapists get "
                        "annoyed when clients do this")
    assert result.suggestion and "you feel so embarrassed" in result.suggestion
    assert "do therapists" not in result.suggestion.lower()


def test_a_backchannel_leaves_nothing_to_reflect_so_the_suggestion_hands_over_the_lead() -> None:
    result = run("You should go to a meeting tonight.", client="Yeah, okay.")
    assert result.suggestion and "It sounds like" not in result.suggestion
    assert "?" in result.suggestion


@pytest.mark.parametrize("utterance,question", [
    # a label argues with the client's view: ask for their view, not for solutions
    ("Well, denial is a classic symptom of alcoholism.", "want me to understand"),
    # advice: evoke the client's own ideas
    ("You should just cut down to two beers.", "like to do about it"),
    # minimising: stay with what is hard
    ("At least it's only on weekends.", "hardest part"),
])
def test_suggested_question_answers_what_went_wrong(utterance: str, question: str) -> None:
    result = run(utterance, client="I've been drinking more since the layoff, mostly on weekends.")
    assert result.suggestion and question in result.suggestion


@pytest.mark.parametrize("utterance,client,question", [
    # the client rejects a label: whatever the fault, their view is asked for first
    ("You should just cut down to two beers.",
     "I don't think I'm an addict, I just like to drink on weekends.", "want me to understand"),
    ("At least it's only on weekends.", "Well, I don't consider my drinking binge drinking.",
     "want me to understand"),
    # a wish has no hardest part
    ("At least you're trying.", "-exercising. So, I want-- I really just want to go get back in "
     "a routine.", "What would that look like for you?"),
    ("At least you have time now.", "I'd love to go back to school someday.",
     "What would that look like for you?"),
    # ...but a wish beside a fear stays with the fear
    ("You should just ask your doctor.", "I want to get assessed but I'm scared the doctor will "
     "think I'm just trying to get pills.", "like to do about it"),
    # a remark with a question tag is not a question to quote back
    ("You should wear a jumper.", "It's cold in here, huh?", "Try an open question"),
    # agreeing to what was put to them: where to start
    ("You should try the morning group.", "Yeah, okay, I'm up for that.",
     "Where would you like to start?"),
    # a relapse is not a milestone, even beside "5 months clean"
    ("You should go to a meeting.", "i used last weekend and the transitional house found out. "
     "i have til friday to leave. i was 5 months clean. i feel like garbage", "like to do about it"),
    # "down the street" is not a hard feeling: nothing hard was said
    ("You should cut back.", "-mostly. Um, I go down to the little pub down the street.",
     "What does that mean for you?"),
    # "Mom passed" is a death, not an exam passed; a drink that "helps me relax" is no progress
    ("You should see a grief counsellor.", "Mom passed in August. It's the only way I can shut "
     "my brain off.", "hardest part"),
    ("You should cut down.", "I don't want to quit drinking completely. I like it and it helps "
     "me relax.", "like to do about it"),
])
def test_the_question_suits_what_the_client_is_doing(utterance: str, client: str,
                                                     question: str) -> None:
    result = run(utterance, client=client)
    assert result.suggestion and question in result.suggestion, result.suggestion


@pytest.mark.parametrize("client,expected", [
    # pushed back on: own the miss rather than reflect "that's easy for me to say"
    ("No offense, but that's easy for you to say when you have a car and a place to live.",
     "It sounds like what I said doesn't fit where you are."),
    # a practical question or request: answer it, then hand the lead back
    ("I might be 10 or 15 minutes late next week because my bus schedule changed. Is that okay, "
     "or should we reschedule?", "Answer the practical question plainly first"),
    ("forgot we had a session today sorry is now still ok", "Answer the practical question"),
    # ...but not when something hard comes with it
    ("eviction court is tomorrow at 9. i've never been to court. do i bring something?",
     "It sounds like you've never been to court."),
    # a friendly question about the listener: a short honest answer, then back to them
    ("how was your weekend, you always ask about mine", "A short, honest answer is fine here"),
    # a limit on what to talk about is respected
    ("i dont really want to get into that today",
     "It sounds like you don't really want to get into that today. What would feel okay to talk "
     "about instead?"),
    # the client's felt experience is what gets reflected, not the fact beside it
    ("My sponsor says I have to start my count over. I get it, but it feels like the last year "
     "didn't count at all.", "it feels like the last year didn't count at all"),
    # someone else running late is no practical question
    ("long day. had my psych appt in the morning and she was running 45 min late as usual, then "
     "the benefits office, then the food bank.", "It sounds like"),
    # a plan named as one
    ("So here's my plan. I apply for the cook job at the diner, and if I get it I save for three "
     "months. Tell me if that sounds dumb.", "How do you feel about that idea?"),
    # "That's what my husband says" only points back; "like gave them names" is not joined
    ("It was 20 years ago. I should be over it by now, right? That's what my husband says, "
     "anyway.", "It sounds like it was 20 years ago."),
    ("someone at the group said they named theirs. like gave them names. i thought that was "
     "weird at first but now im thinking about it", "It sounds like you thought that was weird"),
    # a question about the listener's own recovery: a short honest answer, not "Before I answer"
    ("when you say peer do you mean you actually been through this stuff too? or is that just "
     "the job title", "A short, honest answer is fine here"),
    ("Is this chat confidential? Like properly? Who else sees it?",
     "Answer the practical question plainly first"),
    ("Can we talk about something else?", "Of course. What would you like to talk about instead?"),
    # an answer with a lift, or a question asked in frustration, is not quoted back
    ("like a 7? maybe 8 on a bad day", "Try an open question"),
    ("betting apps are everywhere. every football ad. how am i supposed to avoid it",
     "It sounds like betting apps are everywhere."),
    # leaving comes before the practical question it ends on
    ("ok i gotta go, my foods ready. same time next week?", "take with you from today"),
    # the news itself, what comes after "but", a plan: each is what gets reflected
    ("I got the job!!! Warehouse, nights, but it's full time and they didn't ask about my record.",
     "It sounds like you got the job."),
    ("I was an engineer back home. Here I clean offices. I'm grateful, I am. But some days it eats "
     "at me.", "some days it eats at you"),
    ("6 months today \U0001F389 i didnt think id make it past the first week tbh",
     "you didn't think you'd make it past the first week"),
    ("I'm going to ask the GP for a referral to the eating disorder service. I've been putting it "
     "off for a year.", "you're going to ask the GP for a referral"),
    # rescheduling and leaving, as people put them
    ("I won't be around next week, I'm going to visit my sister. Can we pick up the week after?",
     "Answer the practical question plainly first"),
    ("I should probably go, the nurse is here to check my sugar. Same time Thursday?",
     "take with you from today"),
    # milestones as people count them
    ("One year today. I haven't told anyone else yet. I wanted you to be the first.",
     "What does that mean for you?"),
    # "when you eat dinner alone" is anyone: not handed back as "when I eat"
    ("I moved here for a fresh start and I don't know a single person. Fresh starts are overrated "
     "when you eat dinner alone every night.", "you don't know a single person"),
    # a joke with a "no" in it is no burden
    ("Haha, no. Definitely not the gym type.", "Try an open question"),
    # a death by suicide is a loss: stay with it
    ("My buddy from my unit took his own life last spring. That's the third one. I keep the "
     "group chat.", "What's the hardest part of that for you?"),
    # a plan beside progress: how they feel about the plan
    ("Okay. Yeah. This helped, actually. I'm gonna try calling my brother this weekend, like I "
     "said. Maybe.", "How do you feel about that idea?"),
])
def test_moments_a_reflection_does_not_answer_get_their_own_suggestion(client: str,
                                                                         expected: str) -> None:
    suggestion = _suggested_after_advice(client)
    assert expected in suggestion, suggestion


def test_accepting_or_deferring_is_no_plan() -> None:
    for client in ("Today was actually okay. Not great. Okay. I'll take it.", "Hmm. I'll see."):
        suggestion = _suggested_after_advice(client)
        assert "idea" not in suggestion and "you'll take it" not in suggestion, suggestion


@pytest.mark.parametrize("client,expected", [
    # after a closed question the question was "What's that been like for you?": a plan or a
    # wish has not been like anything yet
    ("I'm gonna call my sponsor tonight.", "How do you feel about that idea?"),
    ("I think I could- I wish I could just sleep through the night.",
     "What would that look like for you?"),
    ("My sister moved out in March. The flat is so quiet.", "What's that been like for you?"),
    # a polite no holds nothing to reflect
    ("Um, no, no. I think I'm good.", "Try an open question"),
])
def test_the_question_after_a_closed_question_suits_a_plan_or_a_wish(client: str,
                                                                      expected: str) -> None:
    suggestion = build_suggestion(client, {"active_listening"}, False, {"closed_question"})
    assert expected in suggestion, suggestion


def test_suggestion_does_not_echo_an_order_the_client_quoted() -> None:
    result = run("You have to tell your psychiatrist today.",
                 client="I stopped taking them like two weeks ago. Don't tell my psychiatrist.")
    assert result.suggestion and "don't tell" not in result.suggestion.lower()
    assert "you stopped taking them" in result.suggestion


def test_suggestion_reflects_the_feeling_behind_a_self_label_not_the_label() -> None:
    result = run("You need to stop beating yourself up and get back to meetings.",
                 client="Third time this year. I'm such a screw-up.")
    assert result.suggestion and "screw-up" not in result.suggestion
    assert "hard on yourself" in result.suggestion


def test_safety_suggestion_does_not_repeat_self_blame_as_a_confrontation() -> None:
    result = run("Let's talk about your job search.",
                 client="I didn't get to say goodbye, and that's on me. Some days I don't want "
                        "to be here anymore.")
    assert result.suggestion and "ending your life" in result.suggestion
    assert "on you" not in result.suggestion


def test_suggestions_pass_the_evaluator_that_made_them() -> None:
    """Suggestions for the dev set's weak turns, scored in the same context, score well: a
    trainee who copies one is not marked down (bench/suggestion_quality.py: 0.989 on every
    labelled set, from 0.814 before suggestions were vetted)."""
    report = suggestion_report(EV, load_labelled(DATA_DIR / "dev.jsonl"))
    assert report["n"] >= 100
    assert report["scores_4_plus"] >= 0.95, report["worst"]
    assert report["no_unfit_code"] >= 0.99, report["worst"]


def test_no_suggestion_for_a_good_turn() -> None:
    assert run("It sounds like you're exhausted. What's that been like?").suggestion is None


# --- contract details -------------------------------------------------------------------

def test_empty_utterance_is_unscored_not_zero() -> None:
    result = run("   ")
    for dim in DIMENSIONS:
        assert result.scores.get(dim).value is None
        assert result.scores.get(dim).unscored_reason


def test_deterministic_and_registered() -> None:
    evaluator = get_evaluator("local")
    turn = TurnInput(history=[{"role": "client", "text": CLIENT}], utterance="You're tired.")
    a, b = evaluator.evaluate(turn), evaluator.evaluate(turn)
    assert a.behaviors == b.behaviors and a.score_values() == b.score_values()
    prov = a.provenance[0]
    assert prov.evaluator == "local" and prov.version and prov.latency_ms >= 0


def test_no_history_still_scores() -> None:
    result = EV.evaluate(TurnInput(utterance="Hi, what brings you in today?"))
    assert "open_question" in result.behaviors
    assert all(v is not None for v in result.score_values().values())


# --- transcript style: fillers, no punctuation, run-ons (MITI/AnnoMI-like turns) ---------

TRANSCRIPT_CLIENT = (
    "I mean, I drink, but it's not like I'm an alcoholic or anything. My wife just keeps "
    "nagging me about it and honestly it's getting old."
)
TRANSCRIPT_CASES = [("So, um, what brings you in today?","open_question"),("Mm-hmm. Yeah.","other"),
("And, uh, how many drinks would you say you have on a typical night?","closed_question"),
("So it sounds like, you know, your wife's been getting on you about the drinking, and you're kind of feeling like she's overreacting.","complex_reflection"),
("Okay. And you mentioned your doctor said something about your liver.","simple_reflection"),
("Would it be all right if I gave you some information about, um, what the guidelines say?","seek_collaboration"),
("Well, the recommended limit for men is no more than fourteen drinks a week.","inform"),
("What do you make of that?","open_question"),
("You're not really sure this is a problem.","simple_reflection"),
("On one hand you really enjoy going out with your buddies, and on the other hand you're worried about what it's doing to your health.","complex_reflection"),
("It's totally up to you what you decide to do with this.","emphasize_autonomy"),
("I think you should cut back.","advise"),
("you need to stop smoking it's killing you","direct"),
("have you thought about maybe trying the patch","advise"),
("do you smoke inside the house","closed_question"),
("tell me a little bit about what a typical day looks like for you","open_question"),
("Right, right. So, it's been kind of a tough year.","complex_reflection"),
("That's great that you've been able to cut down to three a day.","affirm"),
("I wonder if part of you is worried about what your kids think.","complex_reflection"),
("Why a five and not a two?","open_question"),
("What would it take to get you from a five to a seven?","open_question"),
("Okay, so let me see if I've got this right. You've been drinking about six beers a night, your wife is upset, and you've had a couple of blackouts, and you're starting to wonder if it's time to make a change.","complex_reflection"),
("You've already taken a big step by coming here today.","affirm"),
("Yeah. Yeah, I hear you.","other"),
("So you're saying that the stress at work is what makes you want to drink.","simple_reflection"),
("Uh-huh.","other"),
("Is that something you'd be interested in?","closed_question"),
("Some people find it helpful to keep a drink diary.","advise"),
("you could maybe try nicotine gum when the cravings hit","advise"),
("Your wife's nagging is getting old.","simple_reflection"),
("It's getting old.","simple_reflection"),
("You don't see yourself as an alcoholic.","simple_reflection"),
("How do you feel about that?","open_question"),
("What else?","open_question"),
("Okay, and what happened then","open_question"),
("So how's that been going","open_question"),
("You want her to back off.","complex_reflection"),
("And that's frustrating.","complex_reflection"),
("Sounds like it's pretty frustrating","complex_reflection"),
("I'm hearing that you feel kind of judged","complex_reflection"),
("Well, you know, drinking six beers a night is considered heavy drinking.","inform"),
("If you keep this up you're gonna end up with liver disease.","warn"),
("You're in denial.","label"),
("Good morning, how are you today?","open_question"),
("So what I'm hearing is you're not ready to quit, but you might be open to cutting back.","complex_reflection"),
("Mm. That's hard.","complex_reflection"),
("You know what I mean?","closed_question"),
("And your kids, how old are they?","closed_question"),
# a request to tell after a false start, wondering aloud, a wh-question with a full stop
("Well, I mean that's-that's, you know, tell me about when you were diagnosed.","open_question"),
("Okay. Tell us something about Donna.","open_question"),
("So I guess I'm wondering what you'd like to do next.","open_question"),
("So I was wondering if we could look at the form together.","closed_question"),
# a ruler is closed with a full stop too, as with "?" (CODING_RULES §2 closed_question)
("On a scale from 0 to 10, how confident are you that you can cut back.","closed_question"),
# courtesy and praise of a decision are not reflections
("You're very welcome.","other"),
("That's a really good decision.","affirm"),
("It sounds like you're very committed to that.","complex_reflection"),
("Okay, so you're willing to at least try it for a week.","simple_reflection"),
("Hmm. So what I hear you saying is this neighbor was supportive when you needed her.","complex_reflection"),
("So just to make sure I've got the story straight, you've seen Dr. Brown for years.","simple_reflection"),
("On the one hand, you- the drinking maybe helps with belonging.","complex_reflection"),
("Okay. Well, it was very nice to meet you. I'll see you in a month.","other"),
("Jean, it's good to see you again.","other"),
("More money, the grandkids. Anything else?","open_question"),
("Is there anything else you'd like to talk about today?","open_question"),
("Did he give you anything else for the pain?","closed_question"),
# empathic exclamations reflect; the client's own plan reflected is not advice
("Ugh, what a bind. When's your next check-in with her?","simple_reflection"),
("You must be so frustrated. Are you gonna appeal it?","complex_reflection"),
("Months of being ignored while your kid can't breathe right. You must've been furious.","complex_reflection"),
("So you're thinking you might just stop taking it.","simple_reflection"),
("Your family's acting like you should be done grieving by now.","complex_reflection"),
# feedback from a form or a test result is information (MITI), not a reflection
("So I see on the questionnaire that you marked drinking four times a week.","inform"),
("Mm-hmm. I see that your A1C is very high.","inform"),
("So, um, the Alzheimer's Association runs a caregiver group, Monday nights at the library.","inform"),
("So you wrote you're sleeping about three, four hours a night.","inform"),
("Um, most states have what's called a self-exclusion list.","inform"),
]


@pytest.mark.parametrize(("utterance", "code"), TRANSCRIPT_CASES)
def test_transcript_style_turns(utterance: str, code: str) -> None:
    codes = set(run(utterance, client=TRANSCRIPT_CLIENT).behaviors)
    if code.endswith("_reflection"):
        assert codes & {"simple_reflection", "complex_reflection"}, codes
    else:
        assert code in codes, codes
    assert len(codes) <= 3


SMOKING_CLIENT = (
    "Yeah, I've been smoking since I was like fifteen. I've tried to quit a couple times but I "
    "get so irritable, and then my kids are like, just smoke already, mom."
)
SMOKING_CASES = [
("Okay.", "other"),("Right.", "other"),("Mm-hmm, mm-hmm.","other"),("Yeah, that makes sense.","other"),
("So you've tried quitting before, and the irritability is what gets you.","simple_reflection"),
("Even your kids are telling you to smoke.","simple_reflection"),
("It's frustrating when the people you're doing it for are the ones pushing you back.","complex_reflection"),
("What was that like, when they said that?","open_question"),
("How did you manage to quit those times?","open_question"),
("And how long did you stay quit?","closed_question"),
("Did you use anything, like the patch or gum?","closed_question"),
("Have you ever used the patch?","closed_question"),
("What do you think would be different this time?","open_question"),
("Can I share some information with you about the patch?","seek_collaboration"),
("Some people find that the patch helps with the irritability.","advise"),
("You should really try the patch.","advise"),
("The patch delivers a steady dose of nicotine so the withdrawal is less intense.","inform"),
("It sounds like you really want to quit, but you're worried about how it affects your family.","complex_reflection"),
("You've already quit twice, which tells me you know how to do it.","affirm"),
("You know what works for you.","emphasize_autonomy"),
("So where does that leave you?","open_question"),
("You're not sure you want to go through that again.","simple_reflection"),
("I'm wondering what it would take for you to try again.","open_question"),
("Let's talk about what might help.","seek_collaboration"),
("Well, smoking kills, so you need to quit.","direct"),
("Tell me about the last time you tried.","open_question"),
("and um how many cigarettes a day would you say","closed_question"),
("so you're kind of stuck between wanting to quit and not wanting to be miserable","complex_reflection"),
("what's that like for you","open_question"),
("That must be really hard.","complex_reflection"),
("Okay, so let's shift gears and talk about your sleep.","other"),
("Great. And what else?","open_question"),
("If you quit, what would be the good things about it?","open_question"),
("I hear you.","other"),
("So the kids are a big part of this for you.","complex_reflection"),
("Would you be willing to try cutting down first?","advise"),
("It's up to you whether you want to set a quit date.","emphasize_autonomy"),
("That's a lot to deal with.","complex_reflection"),
]


@pytest.mark.parametrize(("utterance", "code"), SMOKING_CASES)
def test_counselling_style_turns(utterance: str, code: str) -> None:
    codes = set(run(utterance, client=SMOKING_CLIENT).behaviors)
    if code.endswith("_reflection"):
        assert codes & {"simple_reflection", "complex_reflection"}, codes
    else:
        assert code in codes, codes
    assert len(codes) <= 3


INSULIN_CLIENT = (
    "I know I'm supposed to take the insulin every night but honestly I forget half the time, "
    "and when I remember I just think, what's the point, my numbers are bad anyway."
)
INSULIN_CASES = [
("It sounds like you've kind of lost hope that it'll make a difference.","complex_reflection"),
("So remembering is one part of it, and the other part is feeling like it won't matter anyway.","complex_reflection"),
("What would help you remember?","open_question"),
("Do you keep the insulin somewhere you can see it?","closed_question"),
("Have you tried setting an alarm on your phone?","advise"),
("A lot of people set an alarm on their phone.","advise"),
("If your numbers stay this high, you could end up losing your eyesight.","warn"),
("You have to take it every night, no excuses.","direct"),
("You've been managing this for years, that's not easy.","affirm"),
("You're feeling discouraged.","complex_reflection"),
("You feel like your numbers are bad no matter what you do.","simple_reflection"),
("How often would you say you forget?","closed_question"),
("What do you know about how insulin works overnight?","open_question"),
("Would it be helpful if I explained what happens when you skip a dose?","seek_collaboration"),
("Where would you like to go from here?","open_question"),
("It's really your call how you want to handle this.","emphasize_autonomy"),
("Well, at least you remember half the time.","minimize"),
("You're being non-compliant.","label"),
("You're not lazy, you're tired.","complex_reflection"),
("Hmm.","other"),
("Okay, so, um, let's see.","other"),
("And how's your energy been?","open_question"),
("Is anyone at home helping you with it?","closed_question"),
("I'm curious what a good night looks like for you.","open_question"),
("Part of you wants to take care of this, and part of you is just exhausted by it.","complex_reflection"),
("Why do you think that is?","open_question"),
("So what I'm hearing is it's not so much forgetting as not seeing the point.","complex_reflection"),
("Taking it every night would really help your numbers.","advise"),
]


@pytest.mark.parametrize(("utterance", "code"), INSULIN_CASES)
def test_health_coaching_style_turns(utterance: str, code: str) -> None:
    codes = set(run(utterance, client=INSULIN_CLIENT).behaviors)
    if code.endswith("_reflection"):
        assert codes & {"simple_reflection", "complex_reflection"}, codes
    else:
        assert code in codes, codes
    assert len(codes) <= 3


WEDDING_CLIENT = (
    "I had a couple drinks at my brother's wedding. It was one night. I don't see why "
    "everyone's making such a big deal out of it."
)
WEDDING_CASES = [
("Come on, a couple of drinks? Your wife said you were drunk.","confront"),
("That doesn't sound like just a couple of drinks to me.","confront"),
("You're not being honest with yourself.","confront"),
("Oh sure, just one night.","confront"),
("Let's be real here, you relapsed.","confront"),
("What kind of father gets drunk at a wedding in front of his kids?","confront"),
("That was pretty selfish.","confront"),
("You know you have a problem.","confront"),
("It sounds like you feel everyone's overreacting to one night.","complex_reflection"),
("One night, and now everybody's watching you.","complex_reflection"),
("You're frustrated that one night is getting so much attention.","complex_reflection"),
("It was a wedding, it's not a big deal.","minimize"),
("Everybody slips up at weddings.","minimize"),
("Don't worry about what they think.","minimize"),
("Look on the bright side, you only had a couple.","minimize"),
("I'm sure it's fine, nobody noticed.","minimize"),
("You stayed sober for eight months before that. That's a real accomplishment.","affirm"),
("You're being really honest with me about it, and I appreciate that.","affirm"),
("It took guts to tell me that.","affirm"),
("You handled the rest of the weekend really well.","affirm"),
("You did the right thing by calling your sponsor the next morning.","affirm"),
("Eight months sober before that is seriously impressive.","affirm"),
("Leaving early to protect your sobriety was a really caring thing to do.","affirm"),
("Telling your brother the truth the next day took real courage.","affirm"),
("Calling your sponsor the next morning, that's you taking charge of this.","affirm"),
("You've already seen the pattern yourself, which is honestly half the battle.","affirm"),
("You need to tell your sponsor today.","direct"),
("Stop going to parties where there's alcohol.","direct"),
("If you keep drinking at family events, you're going to lose their trust.","warn"),
("You ever been to an AA meeting?","closed_question"),
("What happened after the wedding?","open_question"),
("How are you feeling about it now?","open_question"),
("Did anyone say anything to you?","closed_question"),
("What do you make of all the attention?","open_question"),
("Mm-hmm. Okay.","other"),
]


@pytest.mark.parametrize(("utterance", "code"), WEDDING_CASES)
def test_confront_affirm_minimize_variants(utterance: str, code: str) -> None:
    codes = set(run(utterance, client=WEDDING_CLIENT).behaviors)
    if code.endswith("_reflection"):
        assert codes & {"simple_reflection", "complex_reflection"}, codes
    else:
        assert code in codes, codes
    assert len(codes) <= 3


FORMS_CLIENT = (
    "My caseworker keeps on me about the apartment applications but I haven't done them. I just "
    "freeze up every time I open the forms."
)
FORMS_CASES = [
("Fill them out tonight, okay? No more putting it off.","direct"),
("I need you to bring those applications next week.","direct"),
("You've got to get those in by Friday.","direct"),
("Go home and do one form tonight.","direct"),
("You will do them today.","direct"),
("Don't leave here without a plan.","direct"),
("First thing tomorrow, call the housing office.","direct"),
("Promise me you'll do one.","direct"),
("You're procrastinating again, that's your ADHD.","label"),
("Classic avoidance.","label"),
("People like you always wait until the last minute.","label"),
("The housing authority reopens the waitlist on the first of the month.","inform"),
("Most applications take about twenty minutes.","inform"),
("There's a navigator at the library who helps people fill out forms.","inform"),
("I'm required to report to your caseworker whether you came in.","inform"),
("Freezing up like that is really common when something feels high stakes.","inform"),
("Sorry, I need to grab my notebook.","other"),
("Hey, how's it going?","open_question"),
("We have about fifteen minutes left.","other"),
("Thanks for coming in today.","other"),
("Let me pull up your file.","other"),
("What happens when you open the forms?","open_question"),
("Which forms are left?","closed_question"),
("Would it be okay to look at one together right now?","seek_collaboration"),
("You've opened them, and then something shuts down.","simple_reflection"),
("The forms feel like a test you're scared to fail.","complex_reflection"),
("Part of you wants the apartment and part of you dreads what the forms stir up.","complex_reflection"),
("You're tired of being on everyone's case list.","complex_reflection"),
]


@pytest.mark.parametrize(("utterance", "code"), FORMS_CASES)
def test_direct_label_inform_other_variants(utterance: str, code: str) -> None:
    codes = set(run(utterance, client=FORMS_CLIENT).behaviors)
    if code.endswith("_reflection"):
        assert codes & {"simple_reflection", "complex_reflection"}, codes
    else:
        assert code in codes, codes
    assert len(codes) <= 3


def test_unpunctuated_run_on_is_split_before_the_question() -> None:
    codes = set(run("so you feel like nobody listens to you at home what do you think would help",
                    client="Nobody listens to me at home.").behaviors)
    assert "open_question" in codes and codes & {"simple_reflection", "complex_reflection"}


def test_transcript_noise_is_ignored() -> None:
    codes = set(run("I- I think you, you're really tired of it [laughs]").behaviors)
    assert codes & {"simple_reflection", "complex_reflection"}


@pytest.mark.parametrize(
    "utterance",
    [
        "You should have called your sponsor before the wedding.",
        "Why didn't you just leave when the drinks came out?",
        "Do you really think that's going to work?",
        "Why would you go to an open bar wedding?",
    ],
)
def test_criticism_and_challenging_questions_are_confront(utterance: str) -> None:
    codes = set(run(utterance, client=WEDDING_CLIENT).behaviors)
    assert "confront" in codes
    # asked as a question, it is also a question; said as a statement, it is not
    assert bool(codes & {"open_question", "closed_question"}) == utterance.endswith("?")


# --- generalisations checked on dev2 styles (CODING_RULES "Additions (dev2)") -------------

DRINK_CLIENT = "I usually have a few drinks when I get home from work, just to take the edge off."
PACK_CLIENT = "I cut down to like half a pack. That's good, right? I mean it's better than a whole pack."


@pytest.mark.parametrize(
    ("client", "utterance", "code", "absent"),
    [
        # declarative and tagged questions that ask for something new are closed questions
        (DRINK_CLIENT, "You drink every day?", "closed_question", "complex_reflection"),
        (DRINK_CLIENT, "You're still working at the plant, right?", "closed_question", None),
        (DRINK_CLIENT, "And you drink every night, or just weekends?", "closed_question",
         "simple_reflection"),
        (DRINK_CLIENT, "how many do you have a night would you say", "closed_question",
         "open_question"),
        # ...while a rising restatement of the client's words stays a reflection
        (DRINK_CLIENT, "So it takes the edge off?", "simple_reflection", "advise"),
        # reflections without "you": elliptical, continuing the client's sentence
        ("My family keeps saying I'm lazy. They don't get depression.", "They don't get it.",
         "simple_reflection", None),
        ("I keep telling myself I'll quit when things calm down at work, but...",
         "And there's always going to be something.", "complex_reflection", None),
        # confront: disagreement, blame, sarcasm, polarity flips, incredulous echoes
        (PACK_CLIENT, "Sure, but the doctor said quit, not cut down.", "confront",
         "complex_reflection"),
        (PACK_CLIENT, "That's not exactly quitting, is it?", "confront", "affirm"),
        ("She keeps nagging me so I drink more.", "So it's her fault you drink?", "confront",
         "simple_reflection"),
        ("I was at thirty days and then I went on a bender.",
         "Oh great, so now we're back to day one.", "confront", "complex_reflection"),
        ("I don't really think it's that bad.", "It's that bad. Your liver numbers are awful.",
         "confront", None),
        ("I'm not ready to quit.", "Not ready? You've been smoking for twenty years.",
         "confront", "simple_reflection"),
        ("My son's with my mom since CPS got involved.", "Well, you put yourself in this position.",
         "confront", "simple_reflection"),
        ("I didn't go because my car broke down.", "Your car breaks down a lot, huh?",
         "confront", None),
        ("My PO makes me come here.", "Maybe if you stopped using you wouldn't be on probation.",
         "confront", None),
        # a reassurance that argues with self-criticism is minimize, not confront + affirm
        ("I keep messing everything up.", "That's not true, you've done a lot of good things.",
         "minimize", "confront"),
        # affirm: evaluative praise of what the client did
        ("I relapsed Friday and almost didn't come today.", "And you came anyway.", "affirm",
         None),
        ("I brought lunch every day this week.", "That's a big change from a few months ago.",
         "affirm", None),
        ("I don't think it's a big deal.", "So from where you sit, it doesn't seem like a big deal.",
         "complex_reflection", "affirm"),
        # information: answering the client's own question, harm facts used to persuade
        ("Does the group cost anything?", "Nope, it's free. It meets Tuesdays at six on Fifth.",
         "inform", "confront"),
        ("Weed's the only thing that helps me sleep.",
         "Weed actually messes with your sleep quality, you know.", "advise", None),
        ("I'm not ready to quit.", "Smoking causes cancer and heart disease.", "advise", None),
        # a tip the client asked for, in the imperative mood
        ("The cravings at night are the worst. Do you have any tips?",
         "Yeah, don't keep it in the house.", "advise_with_permission", "direct"),
        # small talk and hospitality are other, whatever their grammar
        ("Sorry I'm late.", "Hi, come on in. Have a seat.", "other", "closed_question"),
        ("Sorry, I'm soaked.", "Do you want a towel or some coffee?", "closed_question",
         "seek_collaboration"),
        ("Sorry I'm late.", "Morning! Come on in, grab a seat wherever.", "other", "confront"),
    ],
)
def test_dev2_generalisations(client: str, utterance: str, code: str, absent: str | None) -> None:
    codes = set(run(utterance, client=client).behaviors)
    if code.endswith("_reflection"):
        assert codes & {"simple_reflection", "complex_reflection"}, codes
    else:
        assert code in codes, codes
    if absent:
        assert absent not in codes, codes


# --- accuracy floors on the labelled sets (fast: ~1 ms per utterance) ------------------
# Floors sit a little below the measured values (bench/evaluator_accuracy.py) so that a
# regression fails; raise them when the coder improves.
# Local 0.7.1 (the score table on the rubric's anchors) raised active-listening Spearman on
# every held-out set, heldout3 0.461 -> 0.508, heldout4 0.619 -> 0.666, heldout6 0.621 -> 0.667
# (measured once); those three floors were raised.

FLOORS = {
    # dev and dev2 are also the classifier's training sets (evaluators/train_classifier.py).
    "dev": {"reflection": 0.82, "question": 0.90, "advice": 0.84, "authoritative": 0.86,
            "affirm": 0.84, "open_vs_closed": 0.89, "al_spearman": 0.78,
            "val_spearman": 0.77, "na_spearman": 0.75},
    # dev2: written in other styles (MI sessions, peer support, low-quality sessions) as an
    # independent check, then used for tuning together with dev.
    "dev2": {"reflection": 0.88, "question": 0.93, "advice": 0.83, "authoritative": 0.88,
             "affirm": 0.91, "open_vs_closed": 0.91, "al_spearman": 0.76,
             "val_spearman": 0.78, "na_spearman": 0.75},
    # dev3: 440 items written after the question-form revision (CODING_RULES §2.1), half on the
    # authoritative boundary (dev3a-*), half in transcript style (dev3b-*); measured untuned:
    # reflection 0.50 / 0.54, authoritative 0.61 / 0.40, confront 0.34 / 0.22; then tuned on.
    "dev3": {"reflection": 0.52, "question": 0.93, "advice": 0.55, "authoritative": 0.57,
             "affirm": 0.68, "open_vs_closed": 0.90, "al_spearman": 0.50,
             "val_spearman": 0.58, "na_spearman": 0.63},
    # dev4: 435 items (dev4a confront/warn, dev4b direct/advise, dev4c affirm/minimize/label and
    # spoken reflections); measured untuned: reflection 0.49, authoritative 0.62, affirm 0.62,
    # confront 0.37; then tuned on.
    "dev4": {"reflection": 0.53, "question": 0.92, "advice": 0.65, "authoritative": 0.69,
             "affirm": 0.58, "open_vs_closed": 0.89, "al_spearman": 0.64,
             "val_spearman": 0.65, "na_spearman": 0.70},
    # dev5: 451 items written after the dev4 tuning (dev5e confront/minimize/label, dev5f affirm,
    # dev5g transcript style); measured untuned: reflection 0.52, authoritative 0.60, affirm 0.48.
    "dev5": {"reflection": 0.53, "question": 0.90, "advice": 0.60, "authoritative": 0.65,
             "affirm": 0.59, "open_vs_closed": 0.88, "al_spearman": 0.52,
             "val_spearman": 0.55, "na_spearman": 0.59},
    # dev6: 686 sentences of written peer-support replies, each with the post it answers
    # (CODING_RULES §5); measured before tuning on it: reflection 0.38, question 0.89, advice
    # 0.50, authoritative 0.58, affirm 0.55.
    # After tuning on dev6 and adding the n-gram second opinion: reflection 0.59, question
    # 0.93, advice 0.79, authoritative 0.74, affirm 0.85 (floors ~0.05 below).
    "dev6": {"reflection": 0.53, "question": 0.88, "advice": 0.74, "authoritative": 0.69,
             "affirm": 0.80, "open_vs_closed": 0.91, "al_spearman": 0.45, "val_spearman": 0.50,
             "na_spearman": 0.55},
    # dev7: 710 more sentences of written peer support; measured before tuning on it:
    # reflection 0.38, question 0.93, advice 0.54, authoritative 0.49, affirm 0.66.
    # After tuning on dev7: reflection 0.47, question 0.93, advice 0.75, authoritative 0.67,
    # affirm 0.76 (floors ~0.05 below).
    "dev7": {"reflection": 0.42, "question": 0.88, "advice": 0.70, "authoritative": 0.61,
             "affirm": 0.71, "open_vs_closed": 0.84, "al_spearman": 0.45, "val_spearman": 0.47,
             "na_spearman": 0.53},
    # dev8: 664 items by four new writers, half written forum replies, half typed chat (the
    # app's own register); measured before tuning on it: reflection 0.62, question 0.95,
    # advice 0.63, authoritative 0.64, affirm 0.66, open-vs-closed 0.95 (floors ~0.05 below).
    "dev8": {"reflection": 0.57, "question": 0.90, "advice": 0.58, "authoritative": 0.59,
             "affirm": 0.61, "open_vs_closed": 0.90, "al_spearman": 0.52, "val_spearman": 0.53,
             "na_spearman": 0.55},
    # dev9: 330 sentences of written replies with no post at all (history []), scored alone as
    # MI-coded forum corpora score them; measured before tuning on it: reflection 0.61, question
    # 0.86, advice 0.65, authoritative 0.59, affirm 0.61, open-vs-closed 0.96 (floors ~0.05 below).
    "dev9": {"reflection": 0.56, "question": 0.81, "advice": 0.60, "authoritative": 0.54,
             "affirm": 0.56, "open_vs_closed": 0.91, "al_spearman": 0.42, "val_spearman": 0.51,
             "na_spearman": 0.51},
    # dev10: 691 items by four new writers, half typed chat (crisis text line, re-entry, a peer
    # mental-health app), half written replies with the post (sober parents, partner carers,
    # LGBTQ+ board, first responders, domestic-abuse survivors). Measured before tuning on it:
    # reflection 0.64, question 0.98, advice 0.79, authoritative 0.67, affirm 0.63,
    # open-vs-closed 0.97 (the coder at the start of that session: 0.64 / 0.98 / 0.76 / 0.65 /
    # 0.62 / 0.96); floors ~0.05 below.
    "dev10": {"reflection": 0.59, "question": 0.93, "advice": 0.74, "authoritative": 0.62,
              "affirm": 0.58, "open_vs_closed": 0.92, "al_spearman": 0.50, "val_spearman": 0.53,
              "na_spearman": 0.62},
    # dev11: written replies to posts that mostly ask for something (CODING_RULES §5). Before
    # tuning: advice 0.54, authoritative 0.44; after: 0.60, 0.79.
    "dev11": {"reflection": 0.61, "question": 0.93, "advice": 0.55, "authoritative": 0.74,
              "affirm": 0.47, "open_vs_closed": 0.95, "al_spearman": 0.71, "val_spearman": 0.70,
              "na_spearman": 0.64},
    # dev12: written replies that direct, warn, judge and side with others (CODING_RULES §5).
    # Before tuning: reflection 0.59, authoritative 0.52; after (with the arbiter retrained on
    # it): 0.74, 0.71.
    "dev12": {"reflection": 0.68, "question": 0.94, "advice": 0.68, "authoritative": 0.66,
              "affirm": 0.63, "open_vs_closed": 0.89, "al_spearman": 0.67, "val_spearman": 0.67,
              "na_spearman": 0.63},
    # dev13: a counselling Q&A site and Reddit-style peer replies (CODING_RULES §5). Before
    # tuning: reflection 0.75, authoritative 0.58; after (with the arbiter retrained on it):
    # 0.77, 0.77.
    "dev13": {"reflection": 0.72, "question": 0.93, "advice": 0.66, "authoritative": 0.71,
              "affirm": 0.67, "open_vs_closed": 0.93, "al_spearman": 0.64, "val_spearman": 0.64,
              "na_spearman": 0.68},
    # heldout: measured once after tuning on dev + dev2 was finished (never tuned on), minus ~0.05.
    # Local 0.5.0 (rules + learned override), measured once: reflection 0.63, question 0.83,
    # advice 0.80, authoritative 0.59, affirm 0.53, open-vs-closed 0.85.
    # Measured again after the dev4 and dev5 tuning: reflection 0.70, question 0.97, advice 0.80,
    # authoritative 0.62, affirm 0.59, open-vs-closed 0.91 (floors raised to ~0.05 below).
    # Measured again at local 0.6.0 (written replies, n-gram second opinion): reflection 0.72,
    # question 0.97, advice 0.85, authoritative 0.65, affirm 0.66 (floors ~0.05 below).
    # Local 0.6.1 (the n-gram model may drop a weakly inferred reflection): reflection 0.72 ->
    # 0.74, the other group kappas unchanged.
    "heldout": {"reflection": 0.69, "question": 0.92, "advice": 0.80, "authoritative": 0.60,
                "affirm": 0.61, "open_vs_closed": 0.86, "al_spearman": 0.63, "val_spearman": 0.67,
                "na_spearman": 0.67},
    # heldout2: 409 turns of 36 whole practice conversations (warmline, recovery centre, hospital
    # and re-entry), natural code distribution, written after the dev5 tuning and never tuned
    # on. Measured once: reflection 0.70, question 0.97, advice 0.64, authoritative 0.66,
    # affirm 0.52, open-vs-closed 0.92.
    # Measured again at local 0.6.0: reflection 0.72, question 0.97, advice 0.72,
    # authoritative 0.66, affirm 0.57 (floors ~0.05 below).
    # Local 0.6.1: reflection 0.725 -> 0.758, the other group kappas unchanged.
    "heldout2": {"reflection": 0.71, "question": 0.92, "advice": 0.67, "authoritative": 0.61,
                 "affirm": 0.52, "open_vs_closed": 0.87, "al_spearman": 0.64,
                 "val_spearman": 0.67, "na_spearman": 0.64},
    # heldout3: 360 sentences of written peer-support replies (new writers, new forums),
    # written after the dev6 tuning and never tuned on. Measured once: reflection 0.39,
    # question 0.96, advice 0.37, authoritative 0.47, affirm 0.65, open-vs-closed 0.97.
    # At the end of that stop (local 0.6.0): reflection 0.41, question 0.96, advice 0.44,
    # authoritative 0.50, affirm 0.68 (floors ~0.05 below).
    # Local 0.6.1: reflection 0.467 -> 0.494, the other group kappas unchanged; with the
    # reflection arbiter 0.629 (an ungated arbiter had been measured here before its gate to
    # written posts was fixed from the tuning sets).
    # Local 0.7.2 (dev11's rules, the arbiter retrained): reflection 0.654, authoritative 0.532.
    # Local 0.7.3 (hidden commands, dev12's verdicts and warnings, "If you want my two cents"):
    # advice 0.509, authoritative 0.587.
    "heldout3": {"reflection": 0.60, "question": 0.90, "advice": 0.45, "authoritative": 0.54,
                 "affirm": 0.63, "open_vs_closed": 0.92, "al_spearman": 0.50,
                 "val_spearman": 0.39, "na_spearman": 0.49},
    # heldout4: 324 items (written forum replies and typed chat) by two new writers, written after
    # all the tuning of the stop that added dev8 and never tuned on or read. Measured once:
    # reflection 0.70, question 0.97, advice 0.77, authoritative 0.64, affirm 0.52,
    # open-vs-closed 0.92 (floors ~0.05 below).
    # Local 0.6.1: reflection 0.713 -> 0.724, the other group kappas unchanged; with the
    # reflection arbiter 0.745 (same caveat as heldout3).
    # Local 0.7.3: authoritative 0.685.
    "heldout4": {"reflection": 0.69, "question": 0.92, "advice": 0.72, "authoritative": 0.63,
                 "affirm": 0.46, "open_vs_closed": 0.87, "al_spearman": 0.62, "val_spearman": 0.58,
                 "na_spearman": 0.54},
    # heldout5: 325 sentences of written replies with no post at all (history []), by two new
    # writers, never tuned on and its errors never read. Measured with the coder from the start
    # of the session that added it and with the coder at its end: reflection 0.53 -> 0.53,
    # question 0.89 -> 0.89, advice 0.72 -> 0.74, authoritative 0.65 -> 0.67, affirm 0.73 ->
    # 0.73, open-vs-closed 0.85 -> 0.85 (floors ~0.05 below).
    "heldout5": {"reflection": 0.48, "question": 0.83, "advice": 0.69, "authoritative": 0.61,
                 "affirm": 0.68, "open_vs_closed": 0.80, "al_spearman": 0.46, "val_spearman": 0.53,
                 "na_spearman": 0.52},
    # heldout6: 341 sentences of written replies, each with the post it answers, by two new
    # writers (forums not used before), written after this stop's other changes and never tuned
    # on or read. Measured with the coder from the start of that stop, then with the n-gram veto
    # and continuations, then with the reflection arbiter: reflection 0.634 -> 0.640 -> 0.704,
    # question 0.94, advice 0.68, authoritative 0.65, affirm 0.63, open-vs-closed 0.91
    # unchanged throughout (floors ~0.05 below).
    # Local 0.7.2: reflection 0.727, active-listening Spearman 0.696.
    # Local 0.7.3: advice 0.705, authoritative 0.681.
    "heldout6": {"reflection": 0.67, "question": 0.89, "advice": 0.65, "authoritative": 0.63,
                 "affirm": 0.58, "open_vs_closed": 0.86, "al_spearman": 0.64, "val_spearman": 0.58,
                 "na_spearman": 0.62},
}


@pytest.mark.parametrize("split", list(FLOORS))
def test_accuracy_floors(split: str) -> None:
    path = DATA_DIR / f"{split}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    items = load_labelled(path)
    preds, _ = run_evaluator(EV, items)
    report = agreement_report(items, preds)
    floors = FLOORS[split]
    for group in ("reflection", "question", "advice", "authoritative", "affirm"):
        assert report["groups"][group]["kappa"] >= floors[group], group
    assert report["open_vs_closed"]["accuracy"] >= floors["open_vs_closed"]
    for dim, key in (("active_listening", "al_spearman"), ("validation", "val_spearman"),
                     ("non_authoritative", "na_spearman")):
        assert report["scores"][dim]["spearman"] >= floors[key], dim
    low = report["low_quality"]
    if low["n_poor"]:
        for dim in DIMENSIONS:
            assert low[dim]["poor"] < low[dim]["rest"] - 0.5, dim


# --- lecturing: long information nobody asked for ------------------------------------------

LECTURE = ("The guidelines in this country say women should have no more than seven drinks a "
           "week, and research shows that drinking above that level raises the risk of liver "
           "disease, several cancers, high blood pressure, poor sleep and depression, and the "
           "risk keeps climbing the more drinks there are on a single occasion.")


def test_a_lecture_scores_below_information_the_client_asked_for() -> None:
    told = run(LECTURE, client="I usually have a glass or two of wine at night to unwind.")
    asked = run(LECTURE, client="How much is actually too much? What do the guidelines say?")
    assert "inform" in told.behaviors
    assert told.scores.non_authoritative.value < asked.scores.non_authoritative.value
    assert "lecture" in told.scores.non_authoritative.explanation
    assert told.scores.active_listening.value < 3.0


@pytest.mark.parametrize("utterance", ["wat happened?", "wut do u mean?",
                                       "wat did your sister say when you told her?"])
def test_a_typed_wh_word_still_opens_an_open_question(utterance: str) -> None:
    result = run(utterance, client="my sister found out and now shes not talking to me")
    assert "open_question" in result.behaviors and "closed_question" not in result.behaviors


@pytest.mark.parametrize(("utterance", "kind"), [
    # a number or a record asked for is a closed question, however it opens (AnnoMI's coders)
    ("So about how many drinks would you say you have over the course of a day?", "closed"),
    ("So, what's the longest you've ever gone without a cigarette?", "closed"),
    ("Did you say anything to him after?", "closed"),
    ("Would you say you drink most days?", "closed"),
    # a view or an account asked for stays open
    ("What's the most difficult part?", "open"),
    ("Could you say more about that?", "open"),
])
def test_open_or_closed_follows_what_the_question_asks_for(utterance: str, kind: str) -> None:
    codes = run(utterance, client="I drink a bit every night, more on weekends.").behaviors
    other = "open" if kind == "closed" else "closed"
    assert f"{kind}_question" in codes and f"{other}_question" not in codes, codes


@pytest.mark.parametrize("utterance", [
    "Maybe you could let me know how it goes.",
    "Whatever you decide, come back and tell us how it went.",
    "I wonder, would it be okay if we looked at all the things going on for you, and maybe you "
    "can let me know what would be the most helpful to spend some time on?",
])
def test_asking_to_hear_from_the_client_is_no_advice(utterance: str) -> None:
    codes = run(utterance, client="I don't know, there's a lot going on.").behaviors
    assert "advise" not in codes and "direct" not in codes, codes


@pytest.mark.parametrize(("client", "utterance", "authoritative"), [
    # words that only sound authoritative take no power
    ("Am I nuts for thinking about going back?", "No, I don't think you're nuts.", False),
    ("I tried the group before.", "Tried before, and it didn't help.", False),
    ("I work doubles so the kids eat.", "You're doing what you gotta do to keep food on the table.", False),
    ("I felt broken after the breakup.",
     "When I was out, I thought it meant something was wrong with me.", False),
    ("What would you do?", "Just my two cents.", False),
    ("I'm thinking of leaving him.", "What are you most afraid will happen if you go through with it?", False),
    ("They still watch me at work.",
     "Five years stable and still being treated like you're dangerous, that's awful.", False),
    ("I'm scared of the night shift.", "When it happens there's nothing you have to do.", False),
    ("Sorry for the long post.", "Post whenever you need to, that's what this place is for.", False),
    ("I keep proving I'm sick.", "You already feel like you have to prove you're sick.", False),
    ("What do I even tell her?", "No pressure to do anything with that, just putting it out there.", False),
    # ...and their authoritative neighbours still are
    ("I keep skipping my meds.", "I don't think you're trying hard enough.", True),
    ("I got fired again.", "Well that probably didn't help your case.", True),
    ("My throat hurts.", "What you really need to do is take some paracetamol and rest.", True),
    ("I'll have a few more tonight.", "If you keep drinking like this you're gonna lose your kids.", True),
    ("I ride without a helmet.", "That's dangerous.", True),
])
def test_authoritative_words_and_their_harmless_neighbours(client: str, utterance: str,
                                                           authoritative: bool) -> None:
    codes = run(utterance, client=client).behaviors
    assert bool({"advise", "direct", "confront", "warn"} & set(codes)) == authoritative, codes


@pytest.mark.parametrize(("utterance", "directs"), [
    ("He works 60 hours to keep a roof over all of you, cut him some slack.", True),
    ("Sounds like PTSD man, go get yourself diagnosed.", True),
    ("Maybe he's dealing with stuff at work, try to give him some grace.", True),
    ("I'm here, reach out whenever.", False),
    ("You're doing the right thing, keep pushing.", False),
    ("Not dumb at all, phone anxiety is ridiculously common.", False),
    ("Your natural inclination might be to isolate, stay inside and eat chips.", False),
    ("I slipped at about 11 months and did the same thing, reset the counter and stared at it.",
     False),
])
def test_a_command_after_a_comma_is_still_a_command(utterance: str, directs: bool) -> None:
    codes = set(run(utterance, client="Everything's falling apart this month.").behaviors)
    assert bool(codes & {"direct", "advise", "advise_with_permission"}) == directs, codes


@pytest.mark.parametrize("utterance", ["Sending you a hug if you want one.",
                                       "You've got this, one night at a time 💪",
                                       "Rooting for you, you want this so badly."])
def test_good_wishes_reflect_nothing(utterance: str) -> None:
    codes = run(utterance, client="My dad's surgery is Saturday and I'm terrified.").behaviors
    assert not {"simple_reflection", "complex_reflection"} & set(codes), codes


@pytest.mark.parametrize("utterance", ["That comment from your dad would have gutted me.",
                                       "Thirty four with a curfew, I'd be climbing the walls too.",
                                       "Four years of waiting, I can only imagine the relief."])
def test_the_writers_own_reaction_reflects_the_feeling(utterance: str) -> None:
    codes = run(utterance, client="My dad called me lazy in front of everyone.").behaviors
    assert "complex_reflection" in codes, codes


def test_no_pressure_is_their_choice_not_a_command() -> None:
    codes = run("No pressure to do anything with that.", client="What do I even tell her?").behaviors
    assert "emphasize_autonomy" in codes, codes


def test_maybe_you_can_tell_me_asks_an_open_question() -> None:
    codes = run("Maybe you can tell me a bit about what happened.",
                client="Things went bad with my brother at the weekend.").behaviors
    assert "open_question" in codes, codes
    assert "open_question" not in run("You can tell me whatever you're comfortable telling me.",
                                      client="I don't know where to start.").behaviors


@pytest.mark.parametrize("utterance", ["All right. Great. Have a good day.",
                                       "Well, have a good afternoon.",
                                       "Have a boring one-liner ready before Monday.",
                                       # statements that only look like questions in part
                                       "I switched jobs, and had the same dread within a month.",
                                       "I'm asking because it matters, and so do you.",
                                       "If the appeal fails you can ask for an external review, "
                                       "which is done by an independent reviewer.",
                                       "How someone reacts to that tells you a lot about them.",
                                       "Good luck Monday, come back and tell us how it went!"])
def test_a_statement_without_a_question_mark_is_no_question(utterance: str) -> None:
    codes = run(utterance, client="Thanks, that helps.").behaviors
    assert not {"open_question", "closed_question"} & set(codes), codes


def test_a_question_quoted_after_a_reporting_verb_is_handed_back_not_asked() -> None:
    """The suggestion "You're asking, "Can I drink on this medication?" ..." reflects the
    client's question; the trainee who says it has not asked a closed question."""
    result = run("You're asking, \"Can I drink on this medication?\" That matters to you. Before I "
                 "answer, what's got you thinking about it?",
                 client="Can I drink on this medication?")
    assert "closed_question" not in result.behaviors
    assert "open_question" in result.behaviors
    assert {"simple_reflection", "complex_reflection"} & set(result.behaviors)
    # a question the trainee asks outright is still a question
    assert "closed_question" in run("Can you drink on this medication?",
                                    client="I'm on new meds.").behaviors


def test_a_quoted_question_that_would_read_as_a_label_is_not_quoted() -> None:
    result = run("You should just stop drinking.",
                 client="Is that even possible or is that what alcoholics tell themselves?")
    assert result.suggestion and "alcoholics" not in result.suggestion


@pytest.mark.parametrize("utterance,absent,present", [
    # words handed to the client: advice, not the trainee's question or self-disclosure
    ("You could knock on their door tonight and say something like 'I handled that badly, I want "
     "to understand, will you tell me more when you're ready?'", "open_question", "advise"),
    ("You could ask for more structure directly, like 'can we set a couple goals and check in "
     "on them every month?'", "closed_question", "advise"),
    # someone else's words quoted: not the trainee confronting or minimising
    ("Repair matters way more than never messing up, kids learn a lot from a parent who says "
     "'I was wrong to yell and I'm sorry'.", "confront", None),
    ("I lost my dad four years ago, and I swear if one more person had said 'everything happens "
     "for a reason' to me... yeah. What do you wish people would say instead?", "minimize",
     "self_disclose"),
])
def test_words_quoted_after_a_speech_frame_are_not_the_trainees_own(
        utterance: str, absent: str, present: str | None) -> None:
    result = run(utterance, client="I yelled at my kid this morning and I feel awful.")
    assert absent not in result.behaviors, result.behaviors
    if present:
        assert present in result.behaviors, result.behaviors
    # the evidence quotes the original words, not the masked ones
    assert all("xxx" not in " ".join(s.evidence) for s in
               (result.scores.active_listening, result.scores.validation,
                result.scores.non_authoritative))


# --- the score table follows the rubric's anchors (CODING_RULES §4) -------------------------
# Each value below was off its anchor and off the labels of the tuning turns it scored
# (mean label per rule, `scoring.py`); the tests pin the anchor a trainee sees.


def test_advice_with_permission_is_engaged_but_thin_listening() -> None:
    advice = run("You could try no screens after ten.", history=GRANTED)
    assert "advise_with_permission" in advice.behaviors
    # AL anchor 3: "advice *with* permission that connects to the client's words";
    # validation 3: it neither validates nor invalidates.
    assert advice.scores.active_listening.value == 3
    assert advice.scores.validation.value == 3
    reflection = run("So the nights are long and the days are a fog.", history=GRANTED)
    assert reflection.scores.active_listening.value > advice.scores.active_listening.value


def test_self_disclosure_scores_4_only_when_it_hands_the_focus_back() -> None:
    told = run("I went through the same thing after my divorce.")
    asked = run("I went through the same thing after my divorce. What's it like for you?")
    assert "self_disclose" in told.behaviors and "open_question" not in told.behaviors
    assert told.scores.active_listening.value == 3
    assert asked.scores.active_listening.value >= 4


def test_handing_the_choice_back_is_thin_listening_but_full_power_sharing() -> None:
    result = run("It's totally up to you what you do next.")
    assert result.scores.active_listening.value == 3
    assert result.scores.non_authoritative.value == 5


def test_an_open_question_on_the_topic_in_other_words_still_follows() -> None:
    client = "It's been a year since my brother died. Everyone thinks I should be over it by now."
    result = run("What was he like?", client=client)
    assert result.behaviors == ["open_question"]
    assert round(result.scores.active_listening.value) == 4


def test_a_long_self_disclosure_is_mildly_trainee_led_not_controlling() -> None:
    result = run(
        "Oh man, when I was using I lost two jobs in a year and my wife moved out with the "
        "kids, and I'd sit in the car outside work for an hour every morning. My brother drove "
        "down from Ohio that winter and we barely talked. The whole year is a blur now, honestly. "
        "I still drive past that parking lot sometimes.")
    assert "long_self_disclosure" in result.flags
    assert result.scores.active_listening.value <= 2
    assert result.scores.non_authoritative.value == 3  # rubric: long self-disclosure, 2-3


def test_an_ignored_risk_cue_caps_active_listening_at_2() -> None:
    result = run("It sounds like work has been wearing you down for a long time.",
                 client="Work has been brutal. " + RISK_CLIENT)
    assert "risk_cue_missed" in result.flags
    assert result.scores.active_listening.value == 2


@pytest.mark.parametrize("utterance", [
    "I'm so sorry about your mom.",
    "Oh hon, I'm so sorry.",
    "Sorry you're dealing with all of this, family stuff is the worst.",
    "I'm really sorry that happened.",
])
def test_sympathy_validates(utterance: str) -> None:
    result = run(utterance, client="My mom passed last week. I keep picking up the phone to call her.")
    assert result.scores.validation.value == 4
    assert result.scores.validation.evidence
    assert all(span in utterance for span in result.scores.validation.evidence)


@pytest.mark.parametrize("utterance", [
    "Sorry I'm late, the bus didn't come.",
    "Sorry, that came out wrong.",
    "I'm sorry to interrupt, but we have ten minutes left.",
    "Sorry for asking so many questions.",
])
def test_an_apology_for_ones_own_conduct_is_not_sympathy(utterance: str) -> None:
    assert run(utterance).scores.validation.value < 4


def test_sympathy_does_not_take_up_a_risk_cue() -> None:
    result = run("I'm so sorry.", client=RISK_CLIENT)
    assert "risk_cue_missed" in result.flags
    assert result.scores.validation.value <= 2


def test_no_big_deal_plays_it_down() -> None:
    codes = run("No big deal.", client="I relapsed last night after 90 days.").behaviors
    assert "minimize" in codes and "affirm" not in codes, codes


def test_a_label_turned_down_is_no_label() -> None:
    for utterance in ("No, I don't think you're crazy.", "I never said you were lazy."):
        codes = run(utterance, client="Everyone at home thinks I'm crazy and lazy.").behaviors
        assert "label" not in codes, (utterance, codes)
    assert "label" in run("Honestly I think you're lazy.", client="I skipped it again.").behaviors


# Client lines shared by several probed turns.
_LURKER = "Long-time lurker. My mom died last month."
_RELAPSED = "I relapsed last night after 90 days."
_NINETY_DAYS = "I made it to ninety days and I still hear voices at night."
_EVICTION = "I stopped the meds and it's been rough since the eviction."

# Turns coded by CODING_RULES, each with a code it must carry and a code it must not: mostly the
# probe sets of stop 22 (spoken and typed, praise, permission, advice and warning borders).
PROBED: list[tuple[str, str, str | None, str | None]] = [
    # sympathy exclaimed is a reflection, not praise
    ("My manager yelled at me in front of everyone.", "That sounds so humiliating!",
     "complex_reflection", "affirm"),  # a feeling the client did not name
    ("I have a job interview tomorrow and I'm so anxious.", "Hang in there!", "other", "affirm"),
    ("I made it to forty days.", "Forty days!", "affirm", None),
    # a hedge on the reply, or a choice already made, is no emphasis on autonomy
    ("I failed my exam.", "idk if this helps but one bad grade doesnt define you", None,
     "emphasize_autonomy"),
    ("I finally signed up for the program.", "What made you decide to start?", "open_question",
     "emphasize_autonomy"),
    ("x", "I don't know if that fits for you.", "emphasize_autonomy", None),
    ("My mom died in March.", "You're allowed to grieve however you need to.", "emphasize_autonomy",
     "direct"),
    # diagnoses said as a verdict
    ("I ate a whole pizza again last night.", "This sounds like binge eating disorder.", "label", None),
    ("I can't sit still at work.", "Sounds like you have ADHD tbh.", "label", None),
    ("I've been up for three days and I feel amazing.", "You sound bipolar tbh.", "label", None),
    ("He dumped me after 3 years.", "Plenty of fish in the sea! You'll be over him in no time.",
     "minimize", None),
    # the client's own count said back tells them nothing new
    ("I relapsed after 97 days. Back to zero.", "97 days is still 97 days.", "affirm", "inform"),
    ("I stopped sleeping.", "Adults need about 7 hours a night.", "inform", None),
    ("I'm kind of proud I made it through the holidays.", "You should be.", "affirm", "advise"),
    ("I'll call the clinic tomorrow morning.", "Sounds like a plan.", None, "complex_reflection"),
    ("There's the housing thing, my mom, and the drinking.",
     "Which one do you want to talk about first?", "seek_collaboration", None),
    ("I got into Birch!", "Are you serious? Birch? That's so good.", "affirm", "confront"),
    ("I don't want to be like my dad.", "You don't want to end up, uh, where he ended up.", None, "warn"),
    ("I'm drinking every night.", "You don't want to end up like your dad.", "warn", None),
    ("I keep forgetting my pills.", "You know what helps, like, a pill box, the kind with the days on it.",
     "advise", None),
    ("Should I tell my parents? What would you do?", "id def talk to them before you decide", "advise_with_permission",
     None),
    ("my dad passed last night and i cant stop shaking", "u ok? 💙", "closed_question", None),
    ("I finally went to my first meeting but I left early.", "you were brave to even go.", "affirm", None),
    ("i yelled at my kids today and feel awful",
     "the fact that you feel awful shows what a caring mom you are", "affirm", None),
    ("I keep screwing up.", "No, you, you keep getting back up, that's what I see.", "affirm", None),
    ("He says I'm the problem.", "You were drunk when you said it.", None, "label"),
    ("He says I'm the problem.", "You're just a drunk like your father.", "label", None),
    ("had my first panic attack at the grocery store, thought i was dying",
     "a panic attack usually peaks within about 10 minutes", "inform", "complex_reflection"),
    ("my coworker snapped at me for no reason", "you never know what people are going through", None,
     "simple_reflection"),
    ("I noticed I was getting irritable so I left the party early.", "That shows a lot of self-awareness.",
     "affirm", None),
    ("I told my doctor the truth about my drinking.", "That was really honest of you.", "affirm", None),
    ("I want to reconnect with my brother.", "That's a really meaningful goal.", "affirm", None),
    ("I'm planning to go to the gym every morning before work.",
     "That's a great plan. What might get in the way?", "affirm", "confront"),
    ("What kind of program should I do?", "Honestly, residential is the way to go.", None, "affirm"),
    ("I'm thinking about going to the bar Friday.", "You know what happened last time you did that.", None,
     "affirm"),
    ("I won two grand on a scratcher last year.", "That big win made it feel possible.", None, "affirm"),
    ("I have an interview Monday.", "Want some tips for the interview, or...?", "seek_collaboration", None),
    ("I have an interview Monday.", "I could share what's worked for some other folks, if you want.",
     "seek_collaboration", None),
    ("I can't talk to my mom without yelling.",
     "Would it help if you wrote down what you want to say before you call her?", "advise", "open_question"),
    ("I'm sick of feeling like this.", "I think going to a meeting tonight might really help.", "advise", None),
    ("We fight about chores every night.", "What if you two tried a simple chore chart on the fridge?",
     "advise", None),
    ("I'm going to keep using, it's my life.",
     "It's your choice, but don't come crying to me when you end up back in detox.", "confront",
     "emphasize_autonomy"),
    ("I could do the group or see someone one on one.", "Whatever fits for you.", "emphasize_autonomy", None),
    ("I slipped once last week.", "It doesn't mean you're going to relapse.", None, "warn"),
    ("I hit my kid.", "You should be ashamed of yourself.", "confront", "advise"),
    ("I think I'm ready to look for work.", "What's the next step from here?", "open_question", None),
    ("I stopped my lithium because I feel fine now.",
     "You're feeling good and the meds feel unnecessary. If you stop suddenly, you could end up back in "
     "the hospital.", "complex_reflection", None),
    ("My girlfriend keeps using in front of me.", "It might make sense to stay somewhere else for a while.",
     "advise", None),
    ("I got out of prison two weeks ago and I don't know how to do anything.",
     "When I came home after four years, I didn't know how to use the new phones either.", "self_disclose", None),
    ("I feel so alone since I got sober.", "Getting my dog was honestly the best thing I did in early recovery.",
     "self_disclose", None),
    # a welcome is no affirmation; thanks for telling is (stop 21)
    (_LURKER, "Hey, I'm really glad you wrote in.", None, "affirm"),
    (_LURKER, "Welcome, I'm really glad you found us.", None, "affirm"),
    (_LURKER, "I'm really glad you posted this instead of sitting with it alone.", "affirm", None),
    (_LURKER, "I'm really glad you told me.", "affirm", None),
    # only an answering "No," is a filler; "No doubt" and "No judgment" lose their meaning without it
    (_RELAPSED, "No doubt that was hard.", None, "direct"),
    (_RELAPSED, "No matter what happens, you matter.", None, "direct"),
    (_RELAPSED, "No judgment here.", None, "self_disclose"),
    (_RELAPSED, "No one is judging you here.", None, "simple_reflection"),
    (_RELAPSED, "No worries, take your time.", None, "complex_reflection"),
    # "That's something" praises only on its own
    (_NINETY_DAYS, "That's really something!", "affirm", None),
    (_NINETY_DAYS, "Ninety days. That's something to be proud of.", "affirm", None),
    (_NINETY_DAYS, "This is something that should be brought up with a psychiatrist.", None, "affirm"),
    (_NINETY_DAYS, "This is something that is going to take some time to work through.", None, "affirm"),
    # transcribed speech: a filler set off by commas, a question dropped and restarted, an either-or
    # left hanging; the words around them are coded as if said cleanly
    (_EVICTION, "You might wanna, like, take a few deep breaths when it gets bad.", "advise", "direct"),
    (_EVICTION, "That's, you know, that's scary as a parent.", "complex_reflection", None),
    (_EVICTION, "Have you— what's that been like?", "open_question", "closed_question"),
    (_EVICTION, "Are you- how are you staying warm?", "open_question", "closed_question"),
    (_EVICTION, "Has she said what- what 'sort it out' means for her?", "closed_question", "open_question"),
    (_EVICTION, "You skipped them because of the side effects or", "closed_question", None),
    (_EVICTION, "Only you get to decide if he's in your life, Christmas or not.", None, "closed_question"),
    # the score probe's misses were codes: praise read as an order, a pseudo-cleft read as a
    # question, a fact question read as scolding, sarcasm and a validation taken back missed
    ("I told my boss no for the first time.", "Respect.", "affirm", "direct"),
    ("I lied to my sponsor about drinking.",
     "Okay, so, what I'd do is, you gotta call him tonight and just own it, you know?",
     "direct", "open_question"),
    ("I lied to my sponsor about drinking.", "What you need to do is call him.", "direct", None),
    ("My sponsor hasn't called me back in a week.", "How many times have you called him?",
     "closed_question", "confront"),
    ("I drove home after six beers.", "Well that was a genius move.", "confront", None),
    ("I skipped the gym again.", "Yeah, real discipline there.", "confront", None),
    ("My sister yelled at me in front of everyone.",
     "It makes sense you're angry, but she probably had her reasons.", "confront", None),
    # probe sets G-K (stop 23). Confront: a plain "why didn't you report it?" and "who do you
    # think could..." ask; "honestly, that's up to you" hands the choice back
    ("I didn't tell anyone for two years.", "Why didn't you report it?", "open_question", "confront"),
    ("My sister's offered to do the walks with me.", "Who do you think could back you up on the eating side?",
     "open_question", "confront"),
    ("Patch or gum, I can't decide.", "Patch, gum, or neither, honestly, that's up to you.",
     "emphasize_autonomy", "confront"),
    # the client's verdict on themself argued away is minimize, not confront
    ("My husband says I'm overreacting about his drinking. Maybe I am.", "You're not overreacting.",
     "minimize", "confront"),
    ("I yelled at my son this morning. I'm a terrible father.", "You're not a terrible father.", "minimize",
     "confront"),
    ("I forgot my tablets three times last week. I'm useless.", "You're not useless. Everyone forgets.",
     "minimize", "complex_reflection"),
    ("Humiliating. I used to donate there.", "Lots of people use the food bank, don't feel bad about it.",
     "minimize", "direct"),
    ("Being in the hospital for a week was so awful.", "A week isn't bad, I was in for three months.",
     "minimize", None),
    ("I don't have a drinking problem.", "You do have a problem.", "confront", "minimize"),
    # blame, mockery and a verdict on the client's chances
    ("It's humiliating, the tests.", "Well, you did get caught, so.", "confront", "simple_reflection"),
    ("I got kicked out of the shelter for coming back after curfew.", "Well, you knew the rules going in.",
     "confront", None),
    ("I'm going to my cousin's wedding Saturday and it's a free bar.",
     "A free bar? And you think that's a good idea?", "confront", None),
    ("I want to be off the methadone by Christmas.", "Christmas is only eight weeks away, you won't manage that.",
     "confront", None),
    ("I spent my rent money at the casino again.", "Great, so that plan worked out well.", "confront", None),
    ("I've been lying to my girlfriend about where I go.",
     "Lying is just going to hurt her more in the end. She deserves better than that.", "confront", None),
    ("I had a couple glasses of wine at dinner.", "Once a drunk, always a drunk, I guess.", "label", None),
    ("I had a couple glasses of wine at dinner.", "Once a drunk, always a drunk, I guess.", "confront", None),
    ("I'm only here because the court sent me. I don't have a drinking problem.",
     "Well, the judge obviously thinks you do, so.", "confront", "complex_reflection"),
    # warnings without "if... you'll"
    ("I'm going to my old dealer's birthday party, but I'm not gonna use.",
     "You go to that party, you're going to use.", "warn", "simple_reflection"),
    ("I stopped the blood pressure pills, I felt fine without them.",
     "If you stay off them you could have a stroke, you know that?", "warn", None),
    ("I don't see why I need to talk to you.",
     "If you don't engage, I have to write that down, and that goes to the judge.", "warn", None),
    ("I've been calling in sick a lot.", "Careful, keep calling in and they'll find a reason to let you go.",
     "warn", "direct"),
    ("If I keep going like this I'll end up losing a foot like my dad did.",
     "Yeah, well, that's exactly where you're headed if you don't sort your diet out.", "warn", None),
    ("I know the drinking's hurting my liver but I'm not ready to stop.",
     "Your liver isn't going to wait until you're ready.", "warn", "simple_reflection"),
    # reassurance is minimize, and the learned second opinion adds no reflection to it
    ("My husband says I'm overreacting about his drinking. Maybe I am.", "You're not overreacting.",
     None, "simple_reflection"),
    ("I don't know what's wrong with me.", "There's nothing wrong with you.", "minimize", "simple_reflection"),
    ("All my friends are having kids and I feel so left behind.",
     "You're not behind, everyone moves at their own pace!", "minimize", "complex_reflection"),
    ("I had to put my dad in a care home. I feel like I abandoned him.",
     "You didn't abandon him, you made sure he's safe and cared for.", "minimize", "simple_reflection"),
    ("I keep replaying whether I should have pushed for different treatment.",
     "It's not your fault. You did everything you could.", "minimize", "simple_reflection"),
    ("I keep thinking I could have saved her.", "You can't blame yourself.", "minimize", "confront"),
    # after "Yeah, please." nothing is mirrored: what follows informs; an answer to "What happens
    # if I miss..." or "Anyone know if..." informs, and its "though" counters nothing
    ("Yeah, please.", "So a unit's ten millilitres of pure alcohol, and a glass of wine is about two.", "inform",
     "complex_reflection"),
    ("Yes, that would be great.", "There's one at St. Mark's Tuesdays at seven.", "inform", "complex_reflection"),
    ("What happens if I miss my PO appointment next week?",
     "Your PO's policy is that a missed check-in gets written up.", "inform", "complex_reflection"),
    ("Anyone know if hydroxyzine is addictive?",
     "Hydroxyzine is an antihistamine, so it's not habit forming. It can make you pretty drowsy though.",
     "inform", "confront"),
    # advice: "Have you ever been to a meeting?" asks; "Would it help to have an exit plan?" and
    # "Could you take a different route" suggest; an offer to hear an idea gives none yet
    ("Everyone says I should go to AA.", "Have you ever been to a meeting?", "closed_question", "advise"),
    ("Every holiday my uncle makes racist jokes.", "Would it help to have an exit plan, like driving yourself?",
     "advise", "seek_collaboration"),
    ("I feel awful about it.", "Would it help to talk about it?", "seek_collaboration", "advise"),
    ("I have so much on this week.", "Would it help to sit down with your schedule together?",
     "seek_collaboration", "advise"),
    ("The urges are worst when I'm driving past the pub.", "Could you take a different route?", "advise", None),
    ("Everyone says I should go to AA.", "I think AA would be really good for you, personally.", "advise",
     "affirm"),
    ("I keep telling myself I'll call my sponsor and then I don't.",
     "Would you be open to hearing an idea a lot of folks in my home group use for that?",
     "seek_collaboration", "advise"),
    ("I had three drinks at the funeral, after forty days dry.",
     "A lot of people find a funeral is where it catches them.", None, "advise"),
    # the trainee's own life in the present tense, in what saved them, or asked for
    ("Does anyone else rehearse phone calls?", "lol same, i write a little script before every call",
     "self_disclose", None),
    ("I can't focus on anything.", "idk if this helps but pomodoro timers saved me in college", "self_disclose",
     None),
    ("I never speak up in meetings.", "Maybe start small, like one question per meeting? That's what I did.",
     "self_disclose", None),
    ("My anxiety is worst in the mornings.", "Mine too!! Eating something small helps me a bit.",
     "self_disclose", None),
    ("My divorce was finalized yesterday.",
     "I know exactly how you feel. When mine went through I went out and got wasted.", "self_disclose", None),
    ("Being in the hospital for a week was so awful.",
     "My stays were rough too, especially the first nights. What was the hardest part?", "self_disclose", None),
    ("I feel like I wasted so much time.", "For what it's worth I didn't get help until 50.", "self_disclose",
     None),
    ("Do you ever still want to drink?", "Sometimes, yeah. Nine years in, and a bad day can still bring it up.",
     "self_disclose", "inform"),
    ("Did you ever feel like the meds made you flat?",
     "Yeah, for about the first six months on lithium I felt like someone turned the color down.",
     "self_disclose", None),
    ("I'm so embarrassed I cried in front of you last week.",
     "I was honestly moved that you felt safe enough to do that here.", None, "self_disclose"),
    # effort, a count that stands, a start or a step
    ("I poured the rest of the vodka down the sink last night.", "That must've taken a lot.", "affirm", None),
    ("I've cut down to three nights a week.", "Wow, three nights. That took some doing.", "affirm", None),
    ("My mom doesn't recognize me anymore. I still visit every day.",
     "Visiting every day when she doesn't know who you are takes so much love.", "affirm", None),
    ("I relapsed after 6 months.", "Six months is still six months, one night doesn't erase that.", "affirm",
     None),
    ("I feel like I've wasted all that effort.", "Forty days isn't wasted.", "affirm", None),
    ("Week 2 of no drinking.", "Two weeks is a real start.", "affirm", None),
    ("I'm scared to admit it to anyone.", "Saying it here is already a step.", "affirm", None),
    ("I've taken them every day this week.", "Every single day. You really stuck with it.", "affirm", None),
    ("I'm going to quit when I turn forty.", "You've picked a date. That's really concrete.", "affirm", None),
    ("I moved into supported housing.", "In a lot of areas there's a step in between, like floating support.",
     None, "affirm"),
    ("I don't see the point of trying.", "Hey, recovery is possible! You've got this.", None, "affirm"),
    # autonomy in "you know it best", not in the client's doubt; a process word is no order
    ("I don't know if I should move in with him.", "I hear you, but it's your relationship, you know it best.",
     "emphasize_autonomy", None),
    ("Should I tell my boss?", "Honestly if it were me, I'd wait, but you know your workplace better than any of us.",
     "emphasize_autonomy", None),
    ("My marriage is a mess.", "You know your marriage better than any of us, so take what's useful here.",
     "emphasize_autonomy", "direct"),
    ("I feel silly being this upset.", "Part of you wonders if you're allowed to be this upset.",
     "complex_reflection", "emphasize_autonomy"),
    ("Not really. I just want to vent.", "Got it, vent away. What's getting to you most about the texts?",
     "open_question", "direct"),
    ("My brother died in March.", "Okay, I need you to fill out this intake form before we go any further.",
     "direct", "self_disclose"),
    # questions: a fact asked with "where", "Meaning?", a sentence that ends at "a.m."
    ("I've been to rehab twice before.", "Where did you go?", "closed_question", "open_question"),
    ("I feel off.", "Meaning?", "open_question", None),
    ("I feel off.", "Off meaning?", "open_question", "closed_question"),
    ("I can't sleep.", "So you're lying awake at three a.m. What are those nights like for you?", "open_question",
     "closed_question"),
    # the client's own word for what they are called, said back, is no label; said of them, it is
    ("They keep saying I'm treatment resistant.", "Treatment resistant. That's a heavy label to have stamped on you.",
     "complex_reflection", "label"),
    ("The nurses keep saying I'm 'non-compliant' because I don't want the injection.",
     "So they're calling it non-compliance, and from your side it's about not wanting the injection.", None,
     "label"),
    ("They keep saying I'm treatment resistant.", "Well you are kinda treatment resistant.", "label", None),
    ("I'm not an addict.", "You're an addict.", "label", None),
    ("I feel so lazy lately.", "That sounds more like depression than lazy.", "label", None),
    # a fit check after options, an offer left to the client, a plan made together
    ("My roommate eats my food.", "One thing you could try is a lockable bin. Would either of those fit?",
     "seek_collaboration", None),
    ("How do I even start looking for a therapist?",
     "A good first step is calling the number on your insurance card. Does that seem doable?", "seek_collaboration",
     None),
    ("How do I even start looking for a therapist?", "A good first step is calling the number on your card.",
     "advise_with_permission", None),
    ("I went to my first meeting.", "That's a good first step.", None, "advise"),
    ("My anxiety is wrecking my relationship.", "Happy to share what worked for me if you want, just lmk.",
     "seek_collaboration", None),
    ("I have to find a job.", "Want to map out the steps together?", "seek_collaboration", None),
    # a condolence or welcome keeps `other` beside a question, an emoji ends a typed sentence
    ("My wife wants a divorce.", "I'm really sorry man. How old are your kids?", "other", None),
    ("just got out of a psych ward stay", "Welcome back \u2764\ufe0f How are you doing today?", "open_question",
     "closed_question"),
    ("just feel really low tonight", "glad u posted \u2764\ufe0f whats going on tonight?", "other",
     "complex_reflection"),
    # orders and words handed to the client; a relayed demand is no praise
    ("My PO says I have to do 90 meetings. That's insane.", "You don't really have a choice. Just get it done.",
     "direct", None),
    ("Not really, I kind of want to figure it out myself.", "Okay but honestly, just say you're on antibiotics.",
     "advise", None),
    ("My case manager wants me in the IOP.", "Your treatment team says you have to do the IOP.", None, "affirm"),
    # the client's experience given its feeling survives the question after it
    ("My boss yells at me in front of everyone.",
     "Getting yelled at in front of everyone is humiliating. Is there an HR department you could go to?",
     "complex_reflection", None),
    ("Somebody shared about their overdose and I couldn't stop shaking.",
     "That hit really close to home. What came up for you while they were talking?", "complex_reflection", None),
    # the trainee's own technique given as the asked-for answer; a story alone is no advice
    ("How do I stop ruminating at night?", "I set a 'worry time' at like 7pm where I write it all down.",
     "advise_with_permission", None),
    ("What do you guys do when a panic attack starts in public?",
     "Cold water on my wrists. The cold snaps me out of it.", "advise_with_permission", None),
    ("How do I tell my parents?", "I came out to my parents at 23 and it was rough for about a year.", None,
     "advise_with_permission"),
    ("What do you reckon, patch or gum?", "Honestly? I'd go with both.", "advise_with_permission", "advise"),
    ("I can't stand being alone at night.",
     "Nights were the worst for me too. I started going to the 9pm meeting, and that's what you should do.",
     "advise", None),
    ("I only drink on weekends, so I don't think it's a big deal.",
     "You know binge drinking is actually harder on your liver than a drink a day, right?", "advise",
     "complex_reflection"),
    # a service and what it does, a number to text
    ("I'm in a really dark place and can't afford therapy.", "You can text HOME to 741741 any time, it's free.",
     "inform", "complex_reflection"),
    ("Twenty-two years. And they told me in a five-minute meeting.",
     "The unemployment office on Ninth Street can help you file your claim.", "inform", "complex_reflection"),
    # the client's fear said back, a guess offered as one: no warning
    ("I'm scared that if I stop drinking I won't have any mates left.", "Scared you'll lose your mates.",
     None, "warn"),
    ("I always seem to drink more when my brother's around.",
     "I wonder if there's something about being around him that makes it harder.", None, "warn"),
    ("I drink because I can't sleep, and then I can't sleep because I drank.", "Bit of a vicious circle.",
     "complex_reflection", None),
    # spoken requests to hear, put as statements (AnnoMI's tune half)
    ("Yeah.", "I'm interested in what your thoughts are, Sarah.", "open_question", None),
    ("Okay.", "So I was wondering if you can tell me a little more about that.", "open_question", None),
    ("Okay.", "I wondered if you had a minute to talk to me.", "closed_question", None),
    ("It's just overwhelming.", "Right. So where would you wanna start?", "open_question", "closed_question"),
    ("My doctor sent me here.", "Do you have a sense of what some of the doctor's concerns were?",
     "open_question", "closed_question"),
    ("My wife keeps nagging me about it.", "Do you mind if we talk about your smoking?",
     "seek_collaboration", None),
    # permission asked before a consequence: no warning yet
    ("I honestly don't care what the consequences are.",
     "Would it be okay if I share what will happen if you don't charge your battery?", "seek_collaboration",
     "warn"),
    # checking understanding is the speaker's aim, not an order; the order still directs
    ("He just phoned it in.", "I just want to make sure that you know how best to take it.", None, "direct"),
    ("He just phoned it in.", "I want to make sure you take it every single day.", "direct", None),
    # the emphatic "did" of the conversation, and what the speaker was told about the client
    ("Okay.", "Um, I did wanna talk to you though.", None, "self_disclose"),
    ("I just want my call, that's it.", "Yeah, I was told that your phone calls were taken away.", None,
     "self_disclose"),
    # a burden sized, not praise; "though," is a connective like "but"
    ("The dog has been there longer than my wife.", "So that's a huge stress right now?", None, "affirm"),
    ("I didn't want to hurt him.", "Right now, though, it feels almost too difficult to even try?",
     "complex_reflection", None),
    # typed "ur", "hes", "r" read as the words they stand for (probe M: novices in the chat)
    ("i relapsed again. im such a mess", "ur an addict", "label", None),
    ("my dad left when i was 12", "at least hes gone now", "minimize", "complex_reflection"),
    ("i feel like the worst person alive", "ur not a terrible person!!", "minimize", "simple_reflection"),
    ("i told my gf i was going out again", "ur gf kinda has a point tho", "confront", None),
    ("idk if i wanna go back to group", "thats fair, ur call", "emphasize_autonomy", None),
    ("my landlord said he'd evict me", "r u ok?", "closed_question", None),
    # a request typed with "u": the answer is advice with permission
    ("what would u do if u were me??", "honestly id get a lawyer before the hearing",
     "advise_with_permission", "advise"),
    # reassurance that argues with guilt (CODING_RULES minimize), not in a condition
    ("tomorrow is the anniversary of the accident. i was driving", "it wasnt ur fault", "minimize",
     "simple_reflection"),
    ("Please", "And ask for a waiver too if it wasn't your fault.", None, "minimize"),
    ("i yelled at my son today", "everyone yells at their kids sometimes", "minimize", None),
    # scolding, siding, doubting, a verdict and a sanction in chat (probe M)
    ("i smoked weed in the car with my kids in the back", "seriously?? with ur kids in the car?", "confront",
     "simple_reflection"),
    ("i smoked weed in the car with my kids in the back", "thats child endangerment", "confront", None),
    ("i smoked weed in the car with my kids in the back", "cps could take ur kids for that", "warn", None),
    ("my sponsor yelled at me for missing a meeting. i was sick!!",
     "ur sponsor is just trying to keep u accountable, thats their job", "confront", "complex_reflection"),
    ("are u gonna tell my PO what i say?", "why, do u have something to hide? lol", "confront", None),
    # what a comma splice hides from patterns that read a sentence from its start
    ("my dad wants to see me. idk if i even want to", "u should see him, family is family", "confront", None),
    ("my friend od'd last month", "u really should quit tho, next time it could be u", "warn", None),
    ("i got the apartment!!!", "now u gotta pay rent on time every month or u'll lose it", "warn", None),
    # the client's words said back are not a first step ordered; a first step still is
    ("i got the apartment!!! first place in my own name ever",
     "first place in ur own name, after everything u went thru to get it. what does it feel like walking in?",
     "open_question", "direct"),
    ("i got the apartment!!! first place in my own name ever", "First, call your landlord.", "direct", None),
    # a purpose clause, a dropped subject: no reassurance, no question
    ("sure i guess", "some ppl set a rule like 'i dont lend money' so its not personal", None, "minimize"),
    ("yeah pls anything", "might not fit u but thats what worked for me", None, "closed_question"),
    # the trainee's own family, and the effort of saying it named
    ("my mom didnt recognize me today", "my grandma had dementia too, it was so hard", "self_disclose", None),
    ("everyone would be better off if i just wasnt here",
     "thank u for telling me that, i know its not easy to say. are u having thoughts of ending ur life?",
     "affirm", None),
    ("x", "I know that is not easy but I'm asking to see perhaps you could get closure", None, "affirm"),
    ("i cut again last night", "how are u feeling right now, are u safe?", "closed_question", None),
    ("it weekends are the worst, i just sit in my apt and scroll",
     "it makes sense the weekends hit hardest. what do u find urself wanting on those days?",
     "complex_reflection", None),
    # a step suggested as a question names whom to contact
    ("the eviction notice came today", "have you reached out to your caseworker about the eviction?", "advise",
     None),
    ("my cousins stopped calling", "Have you reached out to them?", None, "advise"),
    # what services do, rights, rules and dosing are information, not reflections (probe L)
    ("Okay.", "So you'll take one tablet once a day, with or without food.", "inform", "complex_reflection"),
    ("I don't want to do the AA thing.", "They'll send you a letter with an appointment.", "inform",
     "complex_reflection"),
    ("Can I go to my cousin's wedding in Ohio?", "You'd need a travel permit.", "inform", "complex_reflection"),
    ("I've got an eviction notice.", "You have the right to a court hearing before they can remove you.",
     "inform", "complex_reflection"),
    ("I feel so worn down.", "You have the right to be sick and tired.", None, "inform"),
    ("I don't want to talk to the psych person.",
     "It's hospital policy, everyone who comes in with an overdose sees the psych team.", "inform",
     "complex_reflection"),
    ("I lost my job and now I can't make rent.", "So there are a couple of emergency rental assistance programs.",
     "inform", "complex_reflection"),
    ("No, never.", "Some people get an upset stomach the first week or two, and that usually settles.", "inform",
     "advise"),
    # sanctions said to the client's face
    ("I missed Tuesday.", "You miss one more check-in and I'm writing you up.", "warn", "complex_reflection"),
    ("I'm not going to the alcohol service.", "If you don't go, I'll have to let social services know.", "warn",
     None),
    ("What happens if I fail a test?", "You fail a test, you're going back in.", "warn", None),
    ("I don't know if I can do all this paperwork.",
     "You need to have all of it in by Friday, or you lose your place on the list.", "warn", None),
    # lectures, verdicts and doubt
    ("I drink two bottles at the weekend. That's normal though.", "No, that's binge drinking. That's not normal at all.",
     "confront", "simple_reflection"),
    ("I've cut down to five a day.", "Five is still too many.", "confront", "complex_reflection"),
    ("Do I have to do the test? I'm clean.", "Everybody says they're clean.", "confront", "inform"),
    ("I used once, on my birthday.", "Once. Sure. I've heard that a hundred times.", "confront", None),
    ("I didn't mean to take that many.", "You took thirty tablets. That's not an accident.", "confront", None),
    ("I got in a fight 'cause he was talking about my mom.", "Violence is never the answer.", "confront", None),
    ("I'm thinking about dropping out.", "That would be a huge mistake.", "confront", None),
    ("I've been clean for two years before this.", "Well, you've thrown that away now, haven't you.", "confront",
     "simple_reflection"),
    ("He just hates me.", "I doubt he hates you.", "confront", "simple_reflection"),
    ("I'll think about it.", "There's nothing to think about.", "confront", None),
    # greetings beside the question; an attention-getting "Hey" is none
    ("Hi.", "Hi, how are you doing today?", "other", None),
    ("I relapsed.", "Hey, there's nothing to be embarrassed about!", None, "other"),
    # the client's plan judged sound; "a long way to go" praises nothing
    ("Maybe I could cut down in the week.", "That's a really sensible plan.", "affirm", None),
    ("I've lost four kilos since January.", "Okay, but you've still got a long way to go.", None, "affirm"),
    # asking, politely or without the mark; offers and fit checks
    ("I don't want the flu jab.", "Can I ask what's putting you off?", "open_question", "seek_collaboration"),
    ("My son says I'm drinking too much.", "I'd be interested to know what you think about that, yourself.",
     "open_question", None),
    ("I've been thinking about the gastric band.", "I'm wondering whether you've talked to your GP about it.",
     "closed_question", None),
    ("I don't see why I need to take it.", "Would it be okay if I shared what can happen if you don't take it.",
     "closed_question", None),
    ("I'm here for my smear.", "I'd like to check your blood pressure while you're here, if that's okay with you.",
     "seek_collaboration", None),
    ("I've got an eviction notice.", "Legal aid does free representation. Would you like their number?",
     "seek_collaboration", None),
    # no lived experience in these; a label said of the client, not how others treat them
    ("I've been on warfarin for years, I know all this.", "Well, I still have to go through it with you.", None,
     "self_disclose"),
    ("It's just hard being out after eight years.", "Eight years is a long time, and everything's changed out here.",
     None, "self_disclose"),
    ("My grades went up this quarter.", "They really did, I saw.", None, "self_disclose"),
    ("Can I get these early?", "I'm not handing out painkillers to drug seekers.", "label", None),
    ("My doctor won't refill it.", "If a doctor treats you like a drug seeker just for asking, that's on them.",
     None, "label"),
    ("I'll try to come back next week.", "You will be here next Tuesday at nine.", "direct", None),
    ("Yeah, go on then, tell me what works for people.",
     "So one thing people find helps is having a couple of alcohol-free days in a row.",
     "advise_with_permission", None),
    # persona conversations (probe N): a warning the regex never matched ("you'll end up..."),
    # verdicts, a rhetorical doubt, a step asked, a diagnosis
    ("I stopped my lithium again.", "You'll end up right back in the hospital.", "warn", "complex_reflection"),
    ("I want to see my old friends.", "If you use, you're back inside.", "warn", "complex_reflection"),
    ("I got caught with meth.", "Actions have consequences.", "confront", None),
    ("I stopped the lithium on my own.", "You can see how that turned out.", "confront", "simple_reflection"),
    ("I'm going back to work full time.", "Is that really a good idea?", "confront", None),
    ("My car got repo'd, I can't get to group.", "Could you get a ride with somebody from your old crew?",
     "advise", None),
    ("I get the shakes every morning.", "That's alcoholism, Ray.", "label", "simple_reflection"),
    ("x", "We can talk about whatever's useful to you, or keep it light. Your call.", "seek_collaboration",
     "direct"),
    # the same things said in other Englishes (probe R)
    ("I keep skipping my UAs.", "You skip that UA, they gon' violate you", "warn", "complex_reflection"),
    ("I'm so embarrassed I relapsed.", "It ain't that bad, hon", "minimize", None),
    ("I don't want to get into my childhood.", "You don't gotta talk about nothing you don't want to",
     "emphasize_autonomy", None),
    ("I keep missing check-ins.", "You best call your PO", "direct", None),
    ("I don't know if I should go back to the group.", "Sure that's entirely up to yourself",
     "emphasize_autonomy", None),
    ("I'm terrified of the hearing.", "Ah, you'll be grand", "minimize", None),
    ("I went to my first meeting last night.", "Fair play to you", "affirm", None),
    ("I went to my first meeting last night.", "Good on ya", "affirm", None),
    ("Tengo miedo, I don't know what's gonna happen.", "No te preocupes, todo va a salir bien", "minimize", None),
    ("My wife says I drink every day. She exaggerates.", "Your wife isn't exaggerating. You drink every day.",
     "confront", None),
    ("I got kicked out of my sister's place.", "Well, you've put yourself in this spot.", "confront", None),
    ("I told him no and walked out.", "You made a really strong choice there", "affirm", None),
    ("I don't know how to tell my mom.", "You might could try writing her a letter.", "advise", None),
    ("I want to text him.", "Text him and you'll be using again by the weekend", "warn", None),
    ("I'm back at my mom's.", "How did you end up back there?", "open_question", "warn"),
    ("My cousin keeps asking me to hold stuff.", "Couldn't you just tell her no?", "advise", None),
    ("I can't sleep at all.", "A quick walk each afternoon might help a lot.", "advise", None),
    # brushing past, defending the system, a strength named, an offer not yet information (probe N)
    ("Vikram texted me a photo of the building.", "He's probably just trying to get under your skin.", "minimize",
     "complex_reflection"),
    ("Vikram texted me a photo of the building.", "I wouldn't read too much into it.", "minimize", None),
    ("blacked out twice this month lol", "It's pretty normal in your twenties.", "minimize", None),
    ("VA cut my oxycodone in half. Nobody asked me.", "It's for your own safety.", "confront", None),
    ("I wrote her every month for six years.", "That's a mom who didn't give up.", "affirm", None),
    ("I've been buying pills from a guy I know.", "Would it be alright if I told you a bit about naloxone?",
     "seek_collaboration", "inform"),
    # more of probe R: dropped subjects, verdicts, a program that exists, a strength named
    ("I keep fighting with my teenage son.", "Might help to give him some space when he get home.", "advise",
     "complex_reflection"),
    ("Go on so.", "Maybe you'd write down three things you want to say to her before you go.", "advise",
     "complex_reflection"),
    ("I didn't go to the job interview.", "Well, you done put yourself in this spot.", "confront",
     "complex_reflection"),
    ("I think I can handle just one line at the party.", "For you there's no such thing as just one line.",
     "confront", None),
    ("Can I get help with the electric bill?", "It's a program at the community center that help with light bills.",
     "inform", "complex_reflection"),
    ("I told my boss no when he asked me to go for drinks.", "That took some bottle, that did.", "affirm", None),
    ("I skipped group because it was raining.", "That's nothing but an excuse, and you know it.", "confront",
     "minimize"),
    ("I'm nervous about the court date.", "Maybe it's a good idea to bring someone with you.", "advise", "affirm"),
    ("I don't know, maybe I should make some kind of plan.", "Do you want to put a plan together with me?",
     "seek_collaboration", None),
    ("I keep hearing voices at night.", "Before, I also hear voices at night, before I find the right medicine.",
     "self_disclose", None),
    ("My caseworker before said I was non-compliant.", "That stuck with you. What was going on back then?",
     "complex_reflection", None),
    # reflection borders (probe X): a feeling said back as a fragment; worth named; rest advised
    ("I don't feel anything anymore. I go to work, I come home, I sleep.", "Numb.", "complex_reflection", None),
    ("I don't feel anything anymore. I go to work, I come home, I sleep.", "Exhausted.", "complex_reflection",
     None),
    ("My mom needs me every night now.", "You're a good daughter.", "affirm", "simple_reflection"),
    ("I'm taking a CNA class at night.", "You'd make a great nurse.", "affirm", None),
    ("I'm working doubles all week.", "You need rest.", "advise", "simple_reflection"),
    ("My sisters aren't talking again.", "siblings fight, it usually blows over", "minimize", None),
    # validation that looked like judgement (probe W): sympathy for a rejection, a reframe, sense made
    ("I didn't get into the program. Again.", "thats so disappointing", None, "confront"),
    ("Honestly, I relapsed on Friday.", "Well, that's disappointing. You were doing so well.", "confront", None),
    ("I can't pay rent again.", "so its not that youre not trying, its that the money just isnt there", None,
     "confront"),
    ("I'm scared to take the new meds.", "it makes sense to be careful with it", None, "warn"),
    ("I'm three months behind on rent.", "do you know how much youre behind?", "closed_question", "confront"),
    ("I'm staying out late again.", "Do you know how much you're hurting her?", "confront", None),
    ("I can't sleep without a drink.", "alcohol actually wrecks your sleep quality, even if it helps you drop off",
     "advise", "emphasize_autonomy"),
    ("I don't know where to start with the debt.", "im happy to brainstorm together if you want",
     "seek_collaboration", None),
    ("I think I want to quit.", "the next step would be to set a quit date.", "advise", None),
    ("My claim was denied again.", "After a denial the next step is a hearing in front of a judge.", None, "advise"),
    # a marked reflection kept beside the question after it (probe W)
    ("my therapist is retiring next month. ive seen her for six years.",
     "thats a real loss, you built something with her over time. what did you value most about working with her?",
     "complex_reflection", None),
    ("my family never listens to me.",
     "that sounds super annoying, like they never listen. what do you do when that happens?",
     "complex_reflection", None),
    # "makes sense" with its reason, a lead "fair enough", a situation judged hard: reflections
    # kept in a long turn (probe W)
    ("my therapist wants me to try an SSRI but im scared ill turn into a zombie",
     "that fear makes total sense, lots of ppl worry about losing themselves on meds. what feels like the scariest part?",
     "complex_reflection", None),
    ("I don't think I can forgive my mom for what she did when I was a kid.",
     "that makes sense, what happened to you was really serious. you dont have to forgive her, thats up to you.",
     "complex_reflection", None),
    ("honestly i dont even know why im here. my wife made me come.",
     "fair enough, its hard to show up somewhere when it wasnt your idea. you dont have to talk about anything you dont want to.",
     "complex_reflection", None),
    ("do you have any tips for sleeping? ive been up till 4 every night since the breakup",
     "ugh, those nights where your brain wont shut off after a breakup are rough. a couple things that helped me: "
     "i put my phone in the kitchen at night.", "complex_reflection", None),
    ("I've been having a hard time since my divorce was finalized.",
     "divorce is so hard. mine was finalized in 2021, and i honestly fell apart for a while. what was hardest?",
     "self_disclose", None),
    ("I've been having a hard time since my divorce was finalized.",
     "divorce is so hard. mine was finalized in 2021 and i honestly fell apart for a while. what has the hardest part been?",
     "simple_reflection", None),
    ("I know I need to exercise but I hate gyms. Everyone's staring.",
     "sounds like you do want to move more for your health, its just the gym setting thats the problem.",
     None, "confront"),
    ("I skipped breakfast again.", "That's the problem, you're skipping breakfast.", "confront", None),
    # authoritative talk inside questions, and the genuine questions beside it (probe Z)
    ("My psychiatrist upped my dose and now I feel like a zombie.", "Shouldn't you call her and tell her that?",
     "advise", None),
    ("My boss keeps piling more on me and I never say no.", "Isn't it time you started saying no?", "advise", None),
    ("The kids fight every night at dinner.", "Wouldn't it help to have them eat at different times?", "advise", None),
    ("I don't know how to tell my wife I lost the money.", "Could you write it down in a letter first?", "advise", None),
    ("I've been isolating a lot.", "How about coming to the drop-in on Thursday?", "advise", None),
    ("My mom keeps calling me at work.", "What about just letting it go to voicemail?", "advise", None),
    ("I just can't sleep.", "Have you thought about cutting out caffeine?", "advise", None),
    ("I'm thinking about going back to school.", "What about going back scares you?", None, "advise"),
    ("I stayed up all night gaming again.", "Do you want to fail out of school?", "warn", None),
    ("I keep missing my kids' visits because of work.", "Do you want the court to take away your visits completely?",
     "warn", "seek_collaboration"),
    ("I'm going to tell my boss exactly what I think of him tomorrow.", "Are you ready to be out of a job?", "warn", None),
    ("I'm thinking of going off my lithium, I feel great.", "You remember how you ended up on the unit last time?",
     "warn", "complex_reflection"),
    ("I've been drinking a bit at home after the kids go to bed.", "Is that fair to your kids?", "confront", None),
    ("So I told my PO I was at work when I wasn't.", "Why on earth would you lie to your PO?", "confront", None),
    ("I gave my brother another $500, he promised he'd pay it back.", "And you believed him?", "confront",
     "complex_reflection"),
    ("I relapsed on Saturday.", "Great, so we're back to square one?", "confront", "complex_reflection"),
    ("I drink six beers a night but it's not a problem.", "You'd agree that drinking is the problem here, right?",
     "confront", "simple_reflection"),
    ("I switched to night shifts so I can be home with the kids.", "How's that working out for you so far?", None,
     "confront"),
    ("I picked up on Friday after three months clean.",
     "What were you thinking about in the hours before you picked up?", None, "confront"),
    ("I missed my son's game again because of overtime.", "Why did you pick up the overtime?", None, "confront"),
    ("I skipped my dialysis on Tuesday, I just couldn't face it.",
     "Couldn't face it. What was the hardest part about going that day?", None, "confront"),
    ("My friend said I could stay with him, he still uses.",
     "How do you feel about living with someone who's still using?", None, "confront"),
    ("Bored is all I am lately.", "Bored is just depression for guys who won't admit it.", "confront", None),
    # arguing with the client's account, guilt about family, verdicts; and MI turns that only
    # looked authoritative (probe P)
    ("I've smoked forty years and my lungs are fine.", "Your oxygen levels from last month say otherwise, Frank.",
     "confront", "complex_reflection"),
    ("The doctor's making a big fuss over nothing. I feel fine.", "Feeling fine and being fine aren't the same thing.",
     "confront", "simple_reflection"),
    ("i'm fine. i just skip breakfast and lunch bc i'm not hungry.", "skipping two meals a day is not 'fine' hon",
     "confront", None),
    ("gaming is the only time im feeling good at something tbh.",
     "ok but 10 hours a day isn't 'feeling good at something' lol", "confront", None),
    ("Since Margaret passed, a couple of glasses of wine at night is the only thing that helps.",
     "Margaret wouldn't want you doing this to yourself.", "confront", "simple_reflection"),
    ("My kid asked why I was sleeping on a Saturday afternoon.",
     "Kids remember that stuff forever, you know. You don't want to be that dad.", "confront", None),
    ("This is stupid. I don't need counseling.", "Your attitude is part of why you're here, you know.", "confront",
     None),
    ("ok you sound exactly like my mom rn", "i'm just trying to help, you don't have to get defensive", "confront",
     "emphasize_autonomy"),
    ("my psych says weed could make my psychosis come back. but honestly it helps", "ur psych is right, u need to stop",
     "confront", None),
    ("I'm not doing that exposure therapy crap. Talking about it just makes it worse.",
     "Talking makes it worse for you, so talking isn't the move right now.", None, "warn"),
    ("That's just trading one drug for another. I want to do it actually clean.",
     "So if you can't do it completely clean, you'd rather not do it at all.", None, "warn"),
    ("That's just trading one drug for another. I want to do it actually clean.",
     "So if you can't do it completely clean, you'd rather not do it at all.", None, "direct"),
    ("I stop the blood pressure pills when I feel okay.",
     "So you take the pills when you feel bad, and skip them when you feel good.", None, "direct"),
    ("I want to do it actually clean.",
     "Part of you wants the real thing, clean all the way, and part of you remembers how fast the last detox fell apart.",
     None, "direct"),
    ("i know i know, my a1c is bad. i've heard it all.", "you know what, forget the carbs for a sec. how have you "
     "been doing, like overall?", None, "direct"),
    ("i know i know, my a1c is bad. i've heard it all.", "maybe now just isn't the time to take on a big change",
     None, "closed_question"),
    ("How do I feel? It's either the job or the program.",
     "Work or the program, and you're the one who gets stuck figuring it out.", None, "confront"),
    ("I know I should cut back on the drinking.",
     "On the one hand, Friday nights are your fun. On the other, you've been thinking you should cut back.",
     None, "advise"),
    ("I don't got an anger problem. That guy had it coming.", "Sitting in a room being told you've got a problem "
     "you don't think you have, that'd tick a lot of people off.", "complex_reflection", None),
    ("I stop the blood pressure pills when I feel okay.", "Do you want to have a stroke?", "warn", None),
    # warmline replies (probe Y): a lecture is no reflection; a noun or "never ...ing" opening a
    # sentence is no command; praise of a kindness affirms; "Ha," and "Aw," are leads
    ("I don't know if I'll make it to Thanksgiving.", "Suicide is a permanent solution to a temporary problem. "
     "Thanksgiving will come and you'll be glad you were there.", "minimize", "complex_reflection"),
    ("My shifts change every week.", "Never knowing your schedule more than a week out makes it so hard to keep up "
     "with friends.", None, "direct"),
    ("I eat lunch in my car every day just to be alone.", "Lunch in the car sounds like the only quiet part of your "
     "day.", None, "direct"),
    ("I drove my son to work all week.", "That's a generous thing to do for your son.", "affirm", None),
    ("My little brother spilled that I got fired before I could tell my mom.",
     "Ha, you're furious he spilled it. How did your mom take it?", "complex_reflection", None),
    ("I don't know where my life is going.", "Where do you feel like you're headed?", "open_question",
     "closed_question"),
    ("She finally smiled at me today.", "Her first smile! After all those sleepless nights.", None, "minimize"),
    ("I wasn't invited to the wedding.", "Aw, chin up! It's just a wedding, there'll be a hundred more.", "minimize",
     "direct"),
    # open or closed in every form (probe U)
    ("I just feel stuck. Like nothing's moving.", "Stuck?", "closed_question", None),
    ("I just feel stuck. Like nothing's moving.", "Stuck?", "simple_reflection", None),
    ("I'm just a burden to everyone.", "A burden?", "simple_reflection", None),
    ("My parents don't know I dropped out.", "I wonder if they've picked up on anything.", "closed_question", None),
    ("I haven't told anyone at work about the diagnosis.", "what about your partner, does she know?",
     "closed_question", "open_question"),
    ("I'm pretty confident I can keep going.", "How confident, out of ten?", "closed_question", "open_question"),
    ("I had a rough weekend. Stuff with my ex.", "Do you want to talk about it?", "closed_question", "open_question"),
    ("My days are really different since I stopped working.", "Talk me through what a normal day looks like now.",
     "open_question", None),
    ("I'm not sure what to talk about today.", "What feels most important to get to in the time we've got?",
     "seek_collaboration", None),
    # validation (probe S): platitudes minimise, verdicts confront, hindsight blames
    ("We lost the baby at eleven weeks.", "It wasn't meant to be. God has a plan.", "minimize", "simple_reflection"),
    ("My brother took the rent money to Vegas.", "It's only money. Family is more important.", "minimize", None),
    ("Two weeks on the meds and no change.", "You're not giving it a fair chance.", "confront", "complex_reflection"),
    ("My brother took the rent money to Vegas.",
     "I get why you're upset, but it's kind of your fault for lending it to him.", "confront", None),
    ("My roommate OD'd and I was asleep in the next room.", "you probably should have checked on him", "confront",
     "advise"),
    ("My son won't speak to me since my relapse. I broke his trust.",
     "The way you own what you did, without making excuses, that takes a lot of honesty.", "affirm", "confront"),
    ("I failed organic chem again, second time.", "Failed it again, for the second time.", None, "confront"),
    ("My ex posted pics with his new girlfriend.", "girl block him and go out with your friends tonight!!", "direct",
     "complex_reflection"),
    ("I haven't told my husband the cancer is back. I just keep doing dishes.",
     "it's almost like if you keep your hands busy you don't have to let it be real yet.", None, "emphasize_autonomy"),
    ("I can't drive on the highway since the accident. It's ridiculous.",
     "You're being way too hard on yourself. Lots of people are nervous drivers.", "minimize", None),
    # reflections kept before a question; a neutral either-or; collaboration offered (probes S, U, Y)
    ("I used to think about hurting myself in college. Now my daughter is cutting.",
     "That must bring up a lot, seeing your daughter go through something you remember. How did you find out?",
     "complex_reflection", None),
    ("I keep thinking I should leave but I can't afford it.",
     "Money's a big part of what's keeping you there. What would need to change for leaving to feel possible?",
     "complex_reflection", None),
    ("The pain's bad but honestly it's the not knowing.",
     "Is it more the pain itself, or the not knowing when it'll flare up again?", None, "confront"),
    ("I'm going to his work tomorrow to tell his boss.",
     "Going to his boss is the part I'd want to think through with you before you do it.", "seek_collaboration",
     "advise"),
    ("The meds make me gain weight and I hate how I look.",
     "That sounds really discouraging, feeling like the meds are changing how you look. What's that been like?",
     None, "inform"),
    # peer support by text chat (probe T): openers and tags that add nothing, questions typed with
    # no "?", "?!", bursts sent one line at a time, shorthand read as meant
    ("quit my job today. no regrets lol", "wait what happened", "open_question", "direct"),
    ("i asked my boss for a day off and he actually said yes", "omg how did u bring it up?!", "open_question", None),
    ("idk. i want to see everyone but ive only been sober 5 weeks",
     "ngl i went to a wedding at like 6 weeks and left after the toast. what are u thinking u might do",
     "self_disclose", "inform"),
    ("everyone says i should just get over it, its been a year since the divorce",
     "tbh a year is a long time tho", "confront", None),
    ("my dog died on saturday. she was 14", "at least she had a long life tho", "minimize", "confront"),
    ("started the new meds on monday. kinda nervous about it tbh", "any side effects yet", "closed_question", None),
    ("i quit vaping but then i get stressed", "on a scale of 1-10 how ready r u to quit", "closed_question",
     "complex_reflection"),
    ("finals are next week and i havent started studying", "want to make a little study plan together",
     "seek_collaboration", None),
    ("i got a job interview thursday!! but also lowkey freaking out",
     "want to do a practice run w me? i can throw some questions at u", "seek_collaboration", None),
    ("got the apartment!! moving in on the 15th", "oh nice where is it", "closed_question", "simple_reflection"),
    ("my ex keeps texting me at 2am and i always end up answering",
     "ngl ive been there, my ex used to do the exact same thing\nwhat goes thru ur head when his name pops up",
     "open_question", None),
    # reassurance that argues the feeling away; the client's own wish said back is no reassurance
    ("sorry for ranting. i feel like the worst mom", "ur not the worst mom omg", "minimize", "simple_reflection"),
    ("sorry for ranting", "you're not ranting.", "minimize", "simple_reflection"),
    ("i texted her twice and nothing. idk maybe im overthinking it",
     "you're probably overthinking it, she's probably just busy", "minimize", "complex_reflection"),
    ("I haven't left the house in weeks since the baby came.", "That's totally normal, every new mom feels like that.",
     "minimize", None),
    ("My boss screams at me in front of everyone.", "tbh bosses do that everywhere, u just gotta let it roll off",
     "minimize", None),
    ("I had two beers at the bbq. Not a big deal right?",
     "part of u wants it to be no big deal and part of u is checking w me bc ur not sure",
     "complex_reflection", "minimize"),
    ("He said I'm not overreacting but I think I am.",
     "You're not overreacting: being insulted about your body by someone is hurtful.", None, "minimize"),
    # a diagnosis offered as the explanation is a label, and no reflection (probes T, M)
    ("i finally told my doctor about the voices", "so ur schizophrenic?", "label", "simple_reflection"),
    ("i cant get out of bed since the baby came", "sounds like ppd tbh", "label", "complex_reflection"),
    ("i cant get out of bed since the baby came", "That sounds like postpartum depression.", "label",
     "complex_reflection"),
    ("I've been so low for months.", "could be clinical depression honestly", "label", None),
    # blame, hindsight and verdicts in a summary or a chat line (probes M, T)
    ("idk if i believe him. and im 8 months clean myself", "so basically you keep picking guys who are using",
     "confront", "complex_reflection"),
    ("ya. whatever. its always something", "well if you'd made curfew none of this would've happened",
     "confront", "complex_reflection"),
    ("I sleep till noon now. Can't make myself get up.", "Sleeping till noon isn't going to get you a new job.",
     "confront", "simple_reflection"),
    ("My credit's ruined 'cause he put everything in my name.",
     "How did you let him put everything in your name?", "confront", None),
    ("i had 2 beers at the bbq. not a big deal right", "wow so u just threw away ur sobriety for a bbq lol",
     "confront", "complex_reflection"),
    ("he texts every night and i always answer", "so ur just gonna keep answering him forever lol", "confront",
     "simple_reflection"),
    ("I work two jobs and still come home to nobody.",
     "Working two jobs isn't going to fix how lonely you feel, huh.", None, "confront"),
    ("I don't know how to start that conversation with my parents.",
     "You said you haven't told them anything yet.", "simple_reflection", "confront"),
    # the focus left to the client (probe M)
    ("The intake's Friday, the meds make me sick, and my daughter isn't talking to me.",
     "That's a lot coming at you in ten days. Where would you like us to start?", "seek_collaboration", None),
    ("The intake's Friday and the meds make me sick.", "which do you want to start with, the intake or the meds?",
     "seek_collaboration", None),
    ("The plan's due and I can't sleep.",
     "That's a lot to hold. Would it help to start with the ninety-day plan, or would you rather talk about how "
     "you're sleeping?", "seek_collaboration", "advise"),
    ("My sister keeps showing up unannounced.",
     "Do you want to talk about ways to set a boundary with her, or would you rather just vent right now?",
     "closed_question", "open_question"),
    # probe V: reflections of a risk that read as orders, reassurance reported, a doubt said back,
    # the pressure named, a diagnosis someone else made, "same" and the writer's own version
    ("Honestly if I just wasn't in the picture they'd get some peace. No more fights, no more me.",
     "no more me... that sounds like you're thinking about not being around.", None, "direct"),
    ("I feel weirdly calm today. Now that I've decided, everything's quiet.",
     "Calm and quiet now that you've decided. Can I ask what you've decided?", None, "direct"),
    ("My thighs are covered in cuts now cause no one checks there. Mum thinks I'm doing better.",
     "So you're hiding it where no one will look, while your mum thinks you're fine. That sounds lonely.",
     "complex_reflection", "minimize"),
    ("I don't know if I'm overreacting. I keep seeing marks on her arms.",
     "You're not sure if you're overreacting, and you're seeing marks on her arms.", None, "confront"),
    ("I keep the pills in my drawer.", "So it's there in case you decide to use it on yourself.", None,
     "emphasize_autonomy"),
    ("Two audits and a tribunal bundle this week.", "Two audits and a tribunal bundle, no wonder you could scream.",
     None, "advise"),
    ("My teacher thinks I might have ADHD.", "She thinks you might have ADHD. How did that land for you?", None,
     "label"),
    ("i keep replaying what i should have said", "lol same, i still rehearse what i'd say", "self_disclose",
     "advise"),
    ("exams are killing me, i want to run away", "omg same, exams have me wanting to run away too", "self_disclose",
     None),
    ("My dog is the only one who gets me.", "how big is your dog?", "closed_question", "open_question"),
    ("I think everyone would be happier if I just left.", "Thinking like that isn't fair on your family.",
     "confront", None),
    # more of probe T: one question with a "why" inside, a condolence with an emoji, autonomy with
    # "not right for you", a tip for next time, plans praised or scoffed at, told in the negative
    ("my mom found out i dropped out", "Did you tell her why you dropped out?", "closed_question", "open_question"),
    ("i relapsed last night. 3 months down the drain",
     "ugh im so sorry \U0001f494\nthat must feel crushing after working that hard for 3 months", "other", None),
    ("my therapist wants me to try a group but im terrified", "ur call tho, u dont have to go if its not right for u",
     "emphasize_autonomy", "confront"),
    ("i went to my first NA meeting and didnt say anything", "next time u should try sharing even just ur name",
     "advise", "warn"),
    ("i keep waking up at 3am", "no screens after 9 and cut the caffeine", "direct", None),
    ("does the free clinic still do walk ins?", "yep walk ins are mon wed fri til 4", None, "direct"),
    ("gonna try to walk every morning before work", "ooh good plan", "affirm", None),
    ("gonna try to walk every morning before work", "sounds like a good idea! ur call obviously", "affirm",
     "complex_reflection"),
    ("I put the rent money in the machines.", "Oh, great plan.", "confront", "affirm"),
    ("I've been guessing my insulin doses.", "Yeah guessing insulin doses, great plan.", "confront", None),
    ("i got a job interview thursday!! but also lowkey freaking out", "excited and scared at the same time",
     "complex_reflection", None),
    ("i went to my first meeting and didnt say anything", "lol same, i didnt say a word at my first 5 meetings",
     "self_disclose", None),
    ("i think im gonna try going back to church", "church didnt help me at all lol", "self_disclose", None),
    ("60 days clean today!!", "dont slack on meetings now or ull be right back where u started", "warn", None),
    ("my mom found out i dropped out and now she wont talk to me",
     "ok so what im hearing is its been two weeks and she hasnt said a word and thats really weighing on u and im "
     "wondering what u think she needs to hear from u", "open_question", None),
    # probe SC: good turns no longer read as confrontation, orders or reassurance
    ("Took me three tries to not hang up.", "What helped you stay on the line the third time?", "open_question",
     "confront"),
    ("My boss took my report and presented it as his own. I just sat there.",
     "Part of you wanted to stand up and say it was yours, and part of you knew that room wasn't safe for you.",
     "complex_reflection", "confront"),
    ("I drank again Saturday. Six weeks down the drain.", "Down the drain, like the six weeks don't count anymore.",
     None, "confront"),
    ("I said something about Dad I shouldn't have.", "Grief makes people say things they'd never say otherwise.",
     None, "confront"),
    ("I found bottles hidden in the garage and he swore he'd stopped.", "Did he admit it?", None, "confront"),
    ("Sure, go for it.", "What worked for me was bringing it up by text first. No idea if that'd suit you, though.",
     None, "confront"),
    ("I can't stop scrolling until 3am.", "You know what works for you better than I do.", None, "direct"),
    ("My roommate leaves dishes everywhere.", "Take it or leave it: some people find a shared chore chart helps.",
     None, "direct"),
    ("Do you even like doing this, or is it just a job for you?",
     "Sounds like you're wondering whether you can trust me with this.", None, "minimize"),
    ("She broke up with me over text.", "What's been going through your head since you got the text?", None,
     "affirm"),
    ("I got a denial letter. Do you know if I can appeal it?",
     "Yes, you can appeal. You have thirty days to file it in writing.", "inform", "complex_reflection"),
    # minimising, scoffing, moralising, a diagnosis in everyday words
    ("She broke up with me over text after three years.", "Honestly you're better off without her.", "minimize",
     "complex_reflection"),
    ("She broke up with me over text.", "Plenty of fish in the sea!", "minimize", None),
    ("I missed my daughter's recital.", "Kids are resilient, she'll forget about it in a week.", "minimize", None),
    ("90 days sober yesterday.", "90 days is great but the real test is the first year.", "minimize", None),
    ("Nothing I do is ever enough for my parents.", "Well, they just want what's best for you.", "minimize", None),
    ("I drank again Saturday.", "Well, that went great then.", "confront", None),
    ("I missed my daughter's recital.", "Wow, parent of the year.", "confront", None),
    ("I'm too anxious to say anything to her.", "So you're a bit of a doormat, then.", "confront",
     "simple_reflection"),
    ("I made it to the gym twice this week.", "Only twice? You should be going at least four times a week.",
     "confront", None),
    ("I yelled at my kids this morning.", "Anyone would snap after the week you've had, but yelling at kids is never "
     "okay.", "confront", None),
    ("I yelled at my kids this morning.", "Sounds like you might have anger issues.", "label", None),
    # probe PE: hope as a slogan, the worker's role, lived experience, blame laid at the client's door
    ("I've applied to thirty jobs.", "Everything happens for a reason! Your time will come!", "minimize", None),
    ("Third apartment denial this month.", "Every no gets you closer to a yes!", "minimize", "simple_reflection"),
    ("I feel like I need you to be my therapist.", "I can't be your therapist, but I can walk alongside you with this.",
     "inform", None),
    ("People like me don't get jobs.", "There are fair-chance employers around here that don't ask about records.",
     "inform", None),
    ("I only drink on weekends.", "As someone in recovery myself, I said that exact sentence for about five years. "
     "What does 'a problem' look like to you?", "self_disclose", None),
    ("People at my meeting say Suboxone isn't being clean.",
     "I'm on Suboxone, four years now, and I consider myself in recovery.", "self_disclose", None),
    ("counselor wants me to do this group", "when my parents split i refused to do the group too lol. what did ur "
     "counselor say about it?", "self_disclose", None),
    ("my mom found my vape", "whether u talk to her about it or not is up to u. im here either way",
     "emphasize_autonomy", None),
    ("my mom found my vape", "ur basically an addict already if u cant go a day without it tbh", "label",
     "complex_reflection"),
    ("I don't want to talk about what happened.", "Why don't you want to talk about it?", "open_question", "advise"),
    ("My daughter won't see me since I got out.", "Well, you did leave her for five years.", "confront",
     "complex_reflection"),
    ("i got jumped. staff said i shouldnt have been out there", "Why were you out there after dark anyway?",
     "confront", None),
    ("Can you spot me twenty bucks?", "Asking staff for money is a violation, and I'd have to write it up if you "
     "asked again.", "warn", None),
    ("Last time I went to the ER they restrained me.",
     "They only restrain people who are a danger, so you must have been pretty out of control.", "confront", None),
    ("I heard voices on the bus again today.", "Happens to us schizos, lol.", "label", None),
    # a tag that checks a detail the client never gave asks; one on what they said reflects (probe T)
    ("finally got accepted into the community college nursing program!!", "so ur starting classes in sept then yeah",
     "closed_question", "complex_reflection"),
    ("i told my sister about the drinking. she cried", "Wait, you told her in person, right?", "closed_question",
     "simple_reflection"),
    ("I start classes in September.", "So you're starting in September, right?", "simple_reflection", None),
    ("I have a few beers after work.", "You drink every day?", "closed_question", "complex_reflection"),
    # stop 27 (probes PE, M, OC, IN): a command before a comfort keeps both codes
    ("I got a letter from the housing office and I'm freaking out.", "Calm down, it's just a letter.", "direct", None),
    ("I got a letter from the housing office and I'm freaking out.", "Relax, it's probably nothing.", "direct", None),
    ("I got a letter from the housing office and I'm freaking out.", "Don't worry, it's just a letter.", "minimize",
     "direct"),
    ("I got a letter from the housing office and I'm freaking out.", "Chill, it's fine.", "direct",
     "simple_reflection"),
    # a summary in its own sentence stays a reflection when advice follows
    ("I'm on my cousin's couch but he wants me out by Friday, and my PO says I need a stable address.",
     "So the couch isn't working and the PO wants an address. Honestly you should get on the list at the Oxford "
     "House.", "simple_reflection", None),
    # goodnights and a pace left to the client are no commands
    ("ok gonna go to bed now", "ok! sleep well, talk soon", "other", "direct"),
    ("ok gonna go to bed now", "rest up, see you Monday", "other", "direct"),
    ("Sorry, I'm rambling. I know we only have so much time.", "Take it wherever you want, we've got time.",
     "emphasize_autonomy", "direct"),
    ("Sorry, I'm rambling.", "Take all the time you need.", "emphasize_autonomy", "complex_reflection"),
    # the client's own plan said back is no order
    ("Yeah, I'm gonna call the clinic tomorrow and ask about the evening group.",
     "So the plan is: call the clinic tomorrow and ask about the evening group. That's a solid plan.", "affirm",
     "direct"),
    ("I was going to introduce her to the kids this weekend.", "Don't introduce her to the kids early.", "direct",
     None),
    # offers and the limits of confidentiality are no advice and no warning
    ("I'm scared to go to that first outpatient appointment by myself.",
     "Going in alone to something new is scary. I could meet you in the lobby, if that would help. What do you "
     "think?", "seek_collaboration", "advise"),
    ("I've been drinking more since the layoff.", "Would you be open to me connecting you with Sam? He runs our "
     "recovery group.", "seek_collaboration", "advise"),
    ("Before I say anything, is this gonna get back to my PO?", "The only time I'd share anything is if someone's "
     "life was at risk, and even then I'd tell you first.", "inform", "advise"),
    ("Are you gonna tell my PO what I say in here?", "No. What you tell me stays with me. The only exceptions are if "
     "you tell me you're going to hurt yourself or someone else.", "inform", "warn"),
    ("If you keep using like this, what happens?", "If you keep using, you're going to end up back inside.",
     "warn", None),
    # what happens next, and what the rules require, told in answer to their question
    ("I've got my first parole meeting Thursday.", "They'll usually go over your conditions, check your address, "
     "and give you a schedule for check-ins.", "inform", "direct"),
    ("Can I vote now that I'm out?", "In this state, yes, once you're off parole. You just have to re-register.",
     "inform", "direct"),
    ("What's a certificate of rehabilitation? My lawyer mentioned it.", "It's a court order saying you've been "
     "rehabilitated. It can help with job licenses and some background checks.", "inform", "advise"),
    ("I've got my first parole meeting Thursday.", "She'll understand, call her.", "direct", None),
    # normalising after validating, a safety check and a program rule are no minimising
    ("idk why im even here tbh", "not being sure why you're here makes total sense, lots of people feel that way "
     "the first time.", "inform", "minimize"),
    ("I don't know if I can keep myself safe tonight.", "I want to make sure you're safe tonight. Would that be okay "
     "with you, if I bring in a crisis counselor?", None, "minimize"),
    ("Why are you writing stuff down?", "It's required. Everybody gets notes.", None, "minimize"),
    ("I relapsed again.", "Everybody slips, it's no big deal.", "minimize", None),
    # affirmations said as an effort, a system, a decision, a trait (probe AF)
    ("I failed my nursing boards. Second time.", "Studying for two years on top of night shifts takes a kind of "
     "stubbornness most people don't have.", "affirm", "inform"),
    ("I've been meal prepping on Sundays so I don't grab fast food.", "That's a solid system.", "affirm",
     "simple_reflection"),
    ("I told my dad I'm not coming home for Thanksgiving.", "That's the right decision.", "affirm", None),
    ("I emailed my professor to ask for an extension. I've never asked for help like that before.",
     "Asking for help when you've never done it before is a big deal.", "affirm", None),
    ("At 78 I signed up for the computer class at the library.", "You've got a lot of grit.", "affirm", None),
    ("I quit drinking for three years on my own once.", "You've done this before.", "affirm", None),
    ("I went to the interview even though I wanted to cancel.", "You're not giving up on this.", "affirm", None),
    ("Haven't gambled since the Super Bowl. That's 5 weeks.", "You ought to feel really good about that.", "affirm",
     "advise"),
    ("Did two tours. Been dry eleven months now.", "Eleven months. Respect, brother.", "affirm", "direct"),
    ("I ran my first 5k this morning. Walked some of it.", "Awesome!!", "affirm", "other"),
    ("I ran my first 5k this morning.", "Oh nice! What are you guys gonna do next?", None, "affirm"),
    # praise for a failure is sarcasm (probes AF, SG)
    ("I got fired for being late again.", "Wow, good job.", "confront", "affirm"),
    ("I got fired for being late again.", "Smart move.", "confront", "affirm"),
    ("lol i overslept and missed my shift again", "lol nice one", "confront", "complex_reflection"),
    ("I used again last night.", "Ugh, and you were doing so well too.", "confront", "simple_reflection"),
    ("I maxed out my credit card again on scratch cards.", "Wow, what a shock.", "confront", None),
    ("I'm going to try the diet again.", "Oh good, because that always works out.", "confront", None),
    ("I finally got the job!", "Nice one.", "affirm", "confront"),
    # diagnoses handed out, to the client or to someone in their life (probe SG; dev12's labels)
    ("I check the locks about ten times before I can leave the house.", "That's OCD, you know.", "label",
     "simple_reflection"),
    ("i spent my whole paycheck on scratch cards again lol", "Sounds like you're a gambling addict.", "label",
     "complex_reflection"),
    ("I yelled at my kids this morning and then hid in the bathroom.", "That's textbook anger issues.", "label",
     None),
    ("She reads my texts and tells me who I can see.", "She's a narcissist, plain and simple.", "label", None),
    ("My husband's drinking is getting worse. It's every night now.", "He's definitely an alcoholic.", "label",
     "simple_reflection"),
    ("I've been in bed most of the week.", "That's a lot of days in bed.", None, "label"),
    # the answer to a question typed without "?" informs (probe IN)
    ("do u know if the food pantry is open saturdays", "yeah, saturdays 9 to 12 at the church on 4th st", "inform",
     "simple_reflection"),
    ("idk why but i get super anxious before every test even when i studied", "test anxiety is super common, a lot "
     "of people get it even when they know the material", "inform", "advise"),
    # neighbours of this stop's rules that stay as they were (probes K, L, R, S)
    ("My PO says I have to do 90 meetings in 90 days. That's insane.", "It's a condition of your probation, so you "
     "don't really have a choice. Just get it done.", "direct", "simple_reflection"),
    ("Mm-hmm.", "You're being discharged with a referral to the community drug team. They'll call you within the "
     "week, and you need to answer, okay?", "direct", None),
    ("I relapsed after six months, I feel like a failure.", "Don't even trip, everybody relapse.", "minimize", "direct"),
    ("My son won't talk to me since I relapsed.", "Give it time, he'll come around. They always do.", "minimize",
     "direct"),
    # arguing with the client's account is confrontation (probes SG, OC, AF)
    ("I'm not jealous, I just don't like her hanging out with him.", "That's literally what jealousy is.", "confront",
     "simple_reflection"),
    ("I'm fine. Really. I don't need to talk about it.", "You're obviously not fine, or you wouldn't be here.",
     "confront", "simple_reflection"),
    ("I went to two meetings this week.", "Two meetings is a good start, but honestly, two isn't going to cut it.",
     "confront", "complex_reflection"),
    ("I don't have a drinking problem. I only drink on weekends.", "Binge drinking on weekends is still a problem, "
     "you know.", "confront", "complex_reflection"),
    ("k", "That's not really an answer.", "confront", "simple_reflection"),
    ("Could you lend me twenty bucks?", "Asking staff for money is really inappropriate. You know that.", "confront",
     None),
    ("I'm scared to go to that first appointment by myself.", "You're an adult, you can go by yourself.", "confront",
     "complex_reflection"),
    ("My wife checks my phone every night.", "You're a grown man and you're being treated like a kid.",
     "complex_reflection", "confront"),
    # a fact chosen to move a client who said no is advice; asked for, it informs (probe IN)
    ("Exercise just isn't my thing. I've tried.", "Studies show people who exercise regularly are less likely to "
     "relapse.", "advise", "inform"),
    ("Does exercise actually help with cravings?", "Studies show people who exercise regularly are less likely to "
     "relapse.", "inform", "advise"),
    # stop 28: an effort against the pull of the moment, praise without "you", thanks for a hard thing (probe AF)
    ("I counted to ten instead of yelling. Twice.", "You stayed calm with him twice when it would've been easy to "
     "blow up.", "affirm", "complex_reflection"),
    ("I went to the family dinner and didn't drink.", "You sat through the whole thing even with everyone pouring "
     "wine.", "affirm", None),
    ("Some days I can barely get out of bed but I still do my stretches.", "Even on the worst days you're still "
     "doing something for your body.", "affirm", None),
    ("I wanted to go to the party but I stayed home.", "You stayed home even though you wanted to go?", None,
     "affirm"),
    ("I've been checking my sugar every morning before work.", "You're really taking charge of your health.",
     "affirm", None),
    ("I called the housing office every morning for three weeks.", "That kind of persistence is what gets things "
     "done.", "affirm", None),
    ("I stopped buying lottery tickets at the gas station by my house.", "That's a clever workaround.", "affirm",
     "simple_reflection"),
    ("I told my son it wasn't his fault.", "Telling him that, that's a gift you gave him.", "affirm", None),
    ("I want to be around for the grandkids. That's why I'm doing the cardiac rehab.", "That's a beautiful reason "
     "to do something this hard.", "affirm", "complex_reflection"),
    ("I haven't told anyone this, but I was using again in March.", "Thank you for telling me. I know it's not easy "
     "to say that out loud.", "affirm", "other"),
    ("I tell everyone I'm fine but I'm not.", "Thanks for being honest. What's going on underneath the 'fine'?",
     "affirm", "other"),
    ("I almost didn't come today.", "Thanks for coming in anyway.", "affirm", "other"),
    ("Sorry I'm late.", "Thanks for coming in.", "other", "affirm"),
    # stop 28: labels handed out in more shapes, and the client's word taken up as a verdict (probe LB)
    ("I'm not an addict. I use on weekends, I pay my bills.", "That's what every addict says.", "label", None),
    ("I think I might have a drinking problem. I had six last night.", "If you're asking, you're probably an "
     "alcoholic.", "label", "complex_reflection"),
    ("The staff keep saying I'm decompensating. I'm just tired.", "You're getting psychotic again.", "label", None),
    ("I've slept two hours a night all week and I feel incredible.", "That sounds manic to me.", "label", None),
    ("My boss made me work three doubles in a row.", "That sounds crazy.", None, "label"),
    ("I've been drinking every night since the divorce.", "Drinking every night to sleep makes you an alcoholic.",
     "label", None),
    ("Like she's putting me in a box. I'm just not ready to do anything yet.", "Not ready yet is exactly what denial "
     "sounds like.", "label", "complex_reflection"),
    ("I only eat once a day now. I feel better empty.", "That's anorexia, hon.", "label", "simple_reflection"),
    ("It's like a wave hits me around three and I can't keep my eyes open.", "Honestly could be depression.",
     "label", None),
    ("Do you think I have PTSD? Be honest.", "Yeah, you've definitely got PTSD.", "label", None),
    ("ive been talking to myself out loud in the car. am i crazy", "yeah honestly that's a little crazy", "label",
     "complex_reflection"),
    ("ive been talking to myself out loud in the car. am i crazy", "You're not crazy, you're thinking out loud.",
     None, "label"),
    ("My aunt commented 'attention seeker' on my post.", "Posting it on Facebook is kind of attention-seeking "
     "though.", "label", "simple_reflection"),
    ("My aunt commented 'attention seeker' on my post.", "So she called you an attention seeker, in front of "
     "everyone.", None, "label"),
    ("My PO says I was manipulating my case manager.", "Well, asking twice can come off as manipulative.", "label",
     None),
    ("My daughter's doctor says she's 'treatment resistant.'", "Some kids are just treatment resistant, "
     "unfortunately.", "label", "inform"),
    ("My daughter's doctor says she's 'treatment resistant.'", "Treatment resistant. That's a heavy thing to hear "
     "about your kid.", None, "label"),
    ("I'm Dave and I'm an alcoholic, that's how I start every share.", "Once an alcoholic, always an alcoholic, "
     "right?", "label", None),
    # stop 28: the trainee's plan said with "we" or "let's", a choice overruled, a consequence threatened,
    # autonomy and collaboration in other words, a menu of options handed over (probe AU)
    ("I haven't paid rent in two months.", "We should sit down and do a budget this week.", "advise", None),
    ("I haven't paid rent in two months.", "We should probably wrap up for today.", None, "advise"),
    ("I'm scared I'm gonna use today.", "Okay. We're going to call your sponsor right now, together.", "direct",
     "seek_collaboration"),
    ("I'm scared I'm gonna use today.", "We're gonna get through this together.", None, "direct"),
    ("I guess I could go to the food bank.", "Okay, so here's what we'll do: you go Tuesday, I'll call about the "
     "utility assistance.", "direct", None),
    ("I want to cut back but not quit completely.", "We'll need to set a quit date then.", "direct", None),
    ("I keep forgetting my meds in the morning.", "Let's set an alarm on your phone right now.", "direct", None),
    ("I can't stop thinking about him.", "Let's not go there today.", "direct", None),
    ("My PO wants me to find a job in thirty days.", "Alright, first thing tomorrow you go to the temp agency.",
     "direct", None),
    ("I don't want to give you my PO's number.", "I'm going to need it for the file.", "direct", None),
    ("I think I want to stop coming to these sessions.", "You can't stop now. You've come too far.", "direct",
     "simple_reflection"),
    ("I keep thinking about her.", "You can't stop thinking about her.", None, "direct"),
    ("I can't sleep since I got out.", "You need a routine.", "direct", "simple_reflection"),
    ("I'm gonna go to my brother's wedding but leave before the toasts.", "Yeah, no, you're not going.", "direct",
     "complex_reflection"),
    ("I think I want to leave the program early. I feel ready.", "You're not ready.", "confront",
     "simple_reflection"),
    ("I feel like such a failure.", "You're not a failure.", None, "confront"),
    ("I'm gonna call the clinic tomorrow and ask about the evening group.", "Calling the clinic tomorrow. That's "
     "your plan.", None, "confront"),
    ("I'm gonna quit my job and day-trade.", "That's your plan?", "confront", None),
    ("What helped you?", "That might not be your thing though.", "emphasize_autonomy", "confront"),
    ("My psychiatrist wants to up my dose.", "It's your treatment. You get a say in that.", "emphasize_autonomy",
     None),
    ("not gonna do the safety plan thing", "fair. we can skip it for now. you can always come back to it",
     "emphasize_autonomy", "advise"),
    ("I don't know, maybe I'm not cut out for recovery.", "You're the only one who can decide what recovery looks "
     "like for you.", "emphasize_autonomy", "affirm"),
    ("I'm not doing the parenting class.", "That's your choice. But if you don't do it, the court won't give you "
     "the weekends back.", "warn", None),
    ("I'm just gonna stay at Marcus's for a bit.", "You stay there, you're gonna be using again in a week.", "warn",
     None),
    ("I think I want to leave the program early.", "Leave early and you'll be back here in a month.", "warn", None),
    ("It's none of your business.", "Well, I can't help you if you're not honest with me.", "warn", None),
    ("I'm going to the party Saturday. I'll just have soda.", "Your choice. I just hope you make the right one.",
     "confront", None),
    ("I think I need help but I don't know what kind.", "Some people start with a peer group, some with a "
     "counselor. What sounds like it might fit you?", "seek_collaboration", "advise"),
    ("Cravings hit hardest right after work.", "Some people change their route home, some go straight to the gym. "
     "Any of those sound like you, or something else?", "seek_collaboration", "advise"),
    ("I keep thinking I need a plan for when my brother shows up drunk.", "Would you like to make a plan for that "
     "together?", "seek_collaboration", None),
    ("I need to stop snapping at my kids.", "Before I throw out any ideas, what have you thought of already?",
     "seek_collaboration", None),
    ("I'm thinking about getting a new psychiatrist.", "I could help you look into a few, if that'd be useful.",
     "seek_collaboration", None),
    # stop 28: labels of the people in the client's life, identity words, recovery-world verdicts (probe LB)
    ("My brother hears stuff that's not there.", "Your brother sounds schizophrenic.", "label", "complex_reflection"),
    ("My ex keyed my car.", "Your ex is a psycho. Block her.", "label", None),
    ("My husband reads my texts and tracks my phone.", "He's a controlling sociopath.", "label", "simple_reflection"),
    ("My husband came back from Iraq and sleeps with a knife.", "Yeah, he's got PTSD for sure.", "label", None),
    ("My dad's bipolar, he's on lithium now.", "He's bipolar and on lithium, and you're watching how he does.", None,
     "label"),
    ("My dad calls himself a drunk.", "Drunks don't change, honestly.", "label", None),
    ("i cut because its the only thing that makes the noise stop", "so you're a cutter. how long has that been going "
     "on?", "label", None),
    ("They said my test was dirty. It was the cold medicine.", "Everybody who comes up dirty says it was cold "
     "medicine.", "confront", "simple_reflection"),
    ("I'm on methadone. Seventy milligrams, three years now.", "So you're still using, technically, just the legal "
     "version.", "confront", "complex_reflection"),
    ("I had two beers at my cousin's wedding. That's it.", "Two beers is a relapse. Period.", "confront",
     "simple_reflection"),
    ("I'm a recovering alcoholic. My daughter just started drinking at college.", "With your history, of course "
     "you're scared for her.", None, "confront"),
    ("I'm a recovering alcoholic and I want to go to the open bar wedding.", "With your history, you should know "
     "better.", "confront", None),
    ("Like she's putting me in a box. I'm just not ready yet.", "You're just not ready yet, and being put in a box "
     "doesn't help.", None, "confront"),
    # stop 28: "Want to tell me...?" asks openly; the client's words said back before a label or advice (probes AU, LB)
    ("I stopped going to NA.", "Want to tell me what's been working instead?", "open_question", "closed_question"),
    ("I stopped going to NA.", "Want to come to the group with me?", "closed_question", "open_question"),
    ("Every time I close my eyes I see the other car.", "You keep seeing it, over and over. That's PTSD.",
     "simple_reflection", None),
    ("My chest gets tight since the layoff.", "Since the layoff your chest gets tight. Have you tried box breathing "
     "when it hits?", "simple_reflection", None),
    ("I only went a week without drinking.", "A week's nothing. Call me when it's a year.", None,
     "simple_reflection"),
    # stop 28: the client's plan liked, praise with "Keep that going" (probe AF)
    ("I'm going to call my sponsor next time instead of going to the bar.", "I like that plan a lot.", "affirm",
     "other"),
    ("I decided not to go back to him. I'm at my sister's.", "Good, that's what I was hoping you'd do.", "affirm",
     None),
    ("I've been taking my meds every single day this month.", "Perfect, that's how it's supposed to go. Keep that "
     "going.", "affirm", "direct"),
    ("I'm nervous about next week.", "We'll need to talk about that next week.", None, "direct"),
    ("I keep forgetting my meds.", "Let's write it down right now so you don't forget, if that's okay?", None,
     "direct"),
]


@pytest.mark.parametrize(("client", "utterance", "wanted", "unwanted"), PROBED)
def test_probed_phrasings(client: str, utterance: str, wanted: str | None, unwanted: str | None) -> None:
    codes = run(utterance, client=client).behaviors
    assert wanted is None or wanted in codes, codes
    assert unwanted is None or unwanted not in codes, codes


def test_asked_about_their_own_life_the_trainee_answers_with_their_own_story() -> None:
    """"have u ever relapsed?": the first-person answer and what goes on with it are the
    trainee's story (self-disclosure), up to the question that hands the turn back."""
    codes = run("yeah i have, twice actually. it was rough. whats got u asking?",
                client="ok wait have u ever relapsed? be honest").behaviors
    assert "self_disclose" in codes and "open_question" in codes, codes
    assert not {"simple_reflection", "complex_reflection"} & set(codes), codes


@pytest.mark.parametrize(("client", "utterance"), [
    ("My doctor says I need to lose weight.", "And what do you, um, think about what the doctor said?"),
    ("I just feel stuck.", "I'm wondering what, um, what stuck feels like day to day."),
    ("my brother is using again and my parents keep giving him money",
     "how do you feel about your parents giving him money"),
])
def test_an_open_question_alone_is_not_also_a_reflection(client: str, utterance: str) -> None:
    """The learned second opinion sees the client's words in the question and wants to add a
    reflection; a question that only asks is coded once (MITI)."""
    codes = run(utterance, client=client).behaviors
    assert "open_question" in codes and not {"simple_reflection", "complex_reflection"} & set(codes), codes


@pytest.mark.parametrize("utterance", ["How scary that must have been.",
                                       "How disorienting, finally remembering it and being told it never happened."])
def test_how_exclaimed_is_no_question(utterance: str) -> None:
    codes = run(utterance, client="My sister says it never happened.").behaviors
    assert "open_question" not in codes and "complex_reflection" in codes, codes
    assert "open_question" in run("How are you holding up", client="My sister says it never happened.").behaviors


@pytest.mark.parametrize(("client", "utterance", "question"), [
    ("My brother keeps asking me for money.", "Have you tried just telling him no?", "closed_question"),
    ("My boyfriend hit me again.", "why are you even still with him", "open_question"),
    ("I have nobody.", "do you have anyone irl you can talk to", "closed_question"),
    ("I got served papers today.", "You got a lawyer yet", "closed_question"),
    ("Things are different since he moved in.", "Different how", "open_question"),
    ("I want to quit.", "How important is quitting to you, say, one to ten?", "closed_question"),
])
def test_a_question_in_form_is_coded_as_one(client: str, utterance: str, question: str) -> None:
    """CODING_RULES 2.1: a question carries its question code besides what it does ("no?" is
    a tag only after a comma; typed questions without "?" still ask)."""
    assert question in run(utterance, client=client).behaviors


def test_a_command_without_a_question_mark_is_not_a_question() -> None:
    for utterance in ("Do not buy off the street.", "Now is not the time to make this about you."):
        codes = run(utterance, client="I'm going to score tonight.").behaviors
        assert not {"open_question", "closed_question"} & set(codes), (utterance, codes)


@pytest.mark.parametrize(("client", "utterance"), [
    ("honestly i only drink like 6 beers a night, its not a big deal",
     "hate to break it to you but thats not normal drinking"),
    ("lost 2k gambling this weekend and my wife doesnt know", "lol bold of you to assume she won't find out"),
    ("thinking about stopping my antidepressants cold turkey", "sure, what could possibly go wrong"),
    ("I don't think I have a problem.", "Yeah, well, the DUI kind of says otherwise."),
    ("thinking about stopping my antidepressants cold turkey", "that's a really dumb idea"),
    ("i yelled at my kids today and feel awful", "your kids don't deserve to be yelled at"),
    ("I drank a little at the wedding, but it was a wedding.", "Not exactly sticking to the plan, is it?"),
    ("I spent the rent money at the casino.", "Seriously? The rent money?"),
])
def test_scolding_and_sarcasm_confront(client: str, utterance: str) -> None:
    assert "confront" in run(utterance, client=client).behaviors


def test_permission_asked_on_an_earlier_turn_in_new_words() -> None:
    for ask in ("Mind if I throw out an idea?", "Would you like a suggestion for tonight?"):
        history = [{"role": "client", "text": "I can never say no at parties."},
                   {"role": "trainee", "text": ask}, {"role": "client", "text": "Go ahead."}]
        codes = run("Maybe bring someone with you who knows you're not drinking.", history=history).behaviors
        assert "advise_with_permission" in codes and "advise" not in codes, (ask, codes)


@pytest.mark.parametrize(("client", "utterance", "question"), [
    ("I'm not sure I can keep doing this program.", "Okay, so you're having some doubts. Anything else going on?",
     "open_question"),
    ("I can't stop thinking about the money I lost.",
     "It's like it just loops, round and round in your head at night. Tell me more about what that's like.",
     "open_question"),
    ("My landlord keeps threatening to evict me.",
     "So he's, uh, he's kind of holding that over you, and you're, you know, walking on eggshells in your "
     "own place. What's that been like?", "open_question"),
    ("My doctor put me on a new antidepressant and I feel worse.",
     "Feeling worse when you were hoping for relief is so discouraging. Have you told your doctor yet?",
     "closed_question"),
    ("I keep having cravings at night.",
     "Nights sound like the hardest time for you. Have you thought about calling your sponsor then?",
     "closed_question"),
])
def test_a_marked_reflection_survives_the_question_after_it(client: str, utterance: str, question: str) -> None:
    """A reflection with a clear mark (a feeling named, an image, "sound like the hardest") is
    coded beside the question or advice that follows; only unmarked restatements give way."""
    codes = run(utterance, client=client).behaviors
    assert question in codes and {"simple_reflection", "complex_reflection"} & set(codes), codes


@pytest.mark.parametrize(("client", "ignoring"), [
    ("I have been thinking of ending my life", "How was your weekend?"),
    ("I won't be a problem for much longer", "That's good to hear!"),
    ("I don't really see a future for me", "What did your careers advisor say?"),
    ("took more of my pain meds than I should, kinda on purpose", "Did they help with the pain?"),
    ("gave my guitar to my nephew, won't need it", "Your nephew must be thrilled with the guitar!"),
])
def test_risk_cues_found_by_the_probe_set_are_flagged_when_passed_over(client: str, ignoring: str) -> None:
    """A cue put in words nobody had written yet, and a reply that echoes its everyday words
    ("guitar", "nephew") without touching what makes it a cue ("won't need it")."""
    assert "risk_cue_missed" in run(ignoring, client=client).flags


@pytest.mark.parametrize(("client", "ignoring"), [
    ("If I crashed the car on the way home tonight, I don't think I'd mind.",
     "Driving at night can be so tiring. How far is your commute?"),
    ("Honestly I don't care if I use too much next time. Maybe that'd be easier for everyone.",
     "It sounds like the cravings have been strong. What's been setting them off?"),
    ("everyone would be fine w/o me tbh", "that sounds lonely. who do u usually hang out with?"),
    ("Lost three guys from my unit to this. Some days I figure I should've been the fourth.",
     "Losing three guys from your unit is a heavy loss. Were you close with them?"),
    ("I keep thinking about the bridge on my way to work. Like how easy it would be.",
     "The commute sounds like it's been weighing on you. How long is the drive?"),
    ("I googled whether it hurts to drown.", "Were you reading up on water safety? That's good to know about."),
    ("I've been handing out my fishing gear and my guitars to the lads at the club. Tidying up loose ends.",
     "That's generous of you. Your mates at the club must be chuffed."),
    ("i said bye to my best friend last night, like a real goodbye, she doesnt know what i meant",
     "lol what did you guys do?"),
    ("I went back to cutting last week. Only on my thighs so nobody sees.", "Thanks for being honest. How's school?"),
    ("I've got the pills counted out on the shelf for when I've had enough.", "What's on your mind this week?"),
    ("took a bunch of my sertraline last night to see what would happen", "How long have you been on sertraline?"),
    ("Stood on my balcony for an hour last night just looking down", "Is it a nice view from up there?"),
    ("keep picturing myself in a coffin lately and it doesn't even scare me", "Have you been watching horror movies?"),
    ("Sometimes I think the kindest thing I could do for my family is leave for good",
     "Leaving home is a big step. Where would you go?"),
    # the reply echoes one of the cue's words in its everyday sense
    ("I am so tired. I want to rest forever.", "Rest is important. Are you getting eight hours?"),
    ("my roommate had to narcan me. Kinda wish she hadn't.",
     "Thank god your roommate was there. Do you have your own Narcan kit?"),
    ("Don't worry about me. I won't be a problem for anyone much longer.",
     "You're not a problem at all! So what's been going on this week?"),
    # a cue whose matched words are all function words: no everyday echo takes it up
    ("I don't think I'll be here for Christmas", "Oh, where will you be for Christmas?"),
])
def test_risk_cues_found_by_the_second_probe_set_are_flagged_when_passed_over(client: str, ignoring: str) -> None:
    """Probe sets F and J: passive wishes put as a shrug, a unit's losses, a method looked up,
    goodbyes without the word, and replies that echo one everyday word of the cue ("rest",
    "narcan", "problem") while passing over what makes it one."""
    assert "risk_cue_missed" in run(ignoring, client=client).flags


@pytest.mark.parametrize(("client", "ignoring"), [
    ("I honestly can't picture being alive at thirty. I'm twenty-six.",
     "Retirement talk at work can feel like a whole other language when you're twenty-six."),
    ("My therapist wants me to do a five-year plan. There's no five years for me, I know that much.",
     "Those worksheets can feel so pointless."),
    ("After everything today I keep thinking about the .38 in my nightstand. It's loaded.",
     "Sounds like today really piled up on you. What happened?"),
    ("We still have the leftover morphine from Mom's hospice in the kitchen drawer. I counted it last night.",
     "Going through her things must be so hard right now."),
    ("This morning I sat in the car with the garage door down for a while. Just sitting.",
     "Mornings alone can be really long."),
    ("I found a good family for Biscuit. I just want to know he's taken care of, whatever happens to me.",
     "It sounds like you really love Biscuit and want the best for him."),
    ("I've been paying off every last card and the car so nobody's stuck with any of it.",
     "That's really responsible, paying all that off. Good for you."),
    ("I feel like a ghost already, like I'm just haunting the place until it's official.",
     "It sounds like your family's really caught up in their own stuff."),
    ("The voice is back. It keeps telling me to go down to the lake and keep walking.",
     "When did that start again? Have you talked to your prescriber?"),
    ("Oh I'm fine now. Took a bunch of my Tylenol Saturday, threw up, slept it off. Anyway my landlord is a jerk.",
     "Landlords can be so frustrating. What's going on with the heat?"),
    ("I'm at the bar and I'm wasted. I'm gonna drive home and if I don't make it, I don't make it.",
     "Bars get so loud this time of night."),
    # fresh5: typed shorthand, learner English, a plan hinted in the past tense of someone else
    ("cant do this anymroe honestly. evryone wld be fine w/o me tbh", "what happened at work today?"),
    ("sry late reply. was up on the roof at work thinkin bout jumpin. im down now im ok", "glad ur down! hows work"),
    ("I am tired for living. Not tired for body, tired for living. You understand me?", "Is work very tiring?"),
    ("Dad shot himself at sixty, same money troubles. Lately I've caught myself thinking a lot about how he went "
     "about it.", "Money troubles run in a lot of families."),
    ("Used to think I'd beat this. Now I'm just waiting to die, and sooner the better.", "What did you used to do?"),
])
def test_risk_cues_that_name_no_suicide_word_are_flagged_when_passed_over(client: str, ignoring: str) -> None:
    """Probe Y (warmline calls): a future the caller can't see, means named by the thing, affairs
    put in order, feeling already gone, voices that command, an attempt told lightly."""
    assert "risk_cue_missed" in run(ignoring, client=client).flags


@pytest.mark.parametrize(("client", "taking_up"), [
    ("I've been paying off every last card so nobody's stuck with any of it.",
     "Getting it all clean so nobody's stuck with it... it sounds like you might be getting ready to die. "
     "Are you thinking about suicide?"),
    ("The voice is back. It keeps telling me to go down to the lake and keep walking.",
     "The voice is telling you to walk into the lake. Are you feeling like you might do what it says?"),
    ("I keep going out on the balcony, eleven floors up, and just leaning. I think about letting go of the rail.",
     "Are you out on the balcony right now?"),
    ("I cleaned Dad's old shotgun last night and sat there with it across my knees till two.",
     "Where's the shotgun right now?"),
    ("I'm gonna end it. Him, then me.", "Him, then you. Are you thinking about killing him and then yourself?"),
])
def test_asking_about_the_cue_or_the_means_takes_it_up(client: str, taking_up: str) -> None:
    """A reflection of the cue with "you might", and a question about where the means are or where
    the caller is now, take the cue up; they are not advice and raise no flag."""
    r = run(taking_up, client=client)
    assert "risk_cue_missed" not in r.flags and "advise" not in r.behaviors, (r.flags, r.behaviors)


@pytest.mark.parametrize("client", [
    "I'm so done with this job, I can't take it anymore. My manager dumped three projects on me.",
    "My therapist asked me the suicide questions like she always does and I said no, honestly, I'm good.",
    "My dad and I took his old .38 to the range Saturday. He still outshot me.",
    "There's no future for me in this industry, I'm retraining as an electrician.",
    "I don't make plans past Friday because my work schedule comes out every Friday night.",
    # a risk told as over, with where the writer is now; someone else's words (fresh5)
    "Two years ago I tried to take my own life over the debts. I'm in GA now and I'm proud.",
    "I used to think about hurting myself a lot in college. I'm 41 now, years of therapy, and I'm good.",
    "My brother's in worse debt than me and told me he can't see a way out. What do I say?",
    "Customer told me to go kill myself because his latte was lukewarm.",
    "WHEN MY TIME COMES I KNOW WHERE IM GOING. BUT THE LORD AINT DONE WITH ME YET",
])
def test_look_alikes_of_the_third_round_raise_no_flag(client: str) -> None:
    assert "risk_cue_missed" not in run("What's been the hardest part of the week?", client=client).flags


def test_knowing_exactly_how_they_feel_then_a_story_scores_low_on_validation() -> None:
    """CODING_RULES §4 validation 2: "I know exactly how you feel" followed by the trainee's story."""
    r = run("I know exactly how you feel. I lived in a group home for two years and somebody stole my radio.",
            client="My stuff got stolen at the shelter.")
    assert r.scores.validation.value <= 2, r.scores.validation
    assert run("I lived in a group home for two years too.", client="My stuff got stolen at the shelter."
               ).scores.validation.value > 2


def test_anyway_before_a_new_topic_changes_the_subject() -> None:
    r = run("Anyway, did you get your Medicaid card sorted out?", client="I keep having nightmares about the accident.")
    assert "subject_change" in r.flags and r.scores.active_listening.value <= 2, r.scores
    history = [{"role": "client", "text": "My dad left when I was nine."},
               {"role": "trainee", "text": "That's a lot to carry."}, {"role": "client", "text": "Huh. Yeah maybe"}]
    assert "subject_change" not in run("anyway. what was he like, your dad?", history=history).flags


def test_coming_back_to_an_earlier_risk_cue_takes_it_up() -> None:
    """A turn that returns to a cue from two turns back and asks directly is credited with taking
    it up (CODING_RULES §4 active listening 5), though the client has talked of other things."""
    history = [{"role": "client", "text": "Sometimes I think my family would be better off without me."},
               {"role": "trainee", "text": "That sounds really painful."},
               {"role": "client", "text": "Yeah. Anyway, my car broke down too, so that's fun."}]
    r = run("I want to come back to something you said, that your family might be better off without you. "
            "Are you having thoughts of ending your life?", history=history)
    assert r.scores.active_listening.value >= 4.5 and "risk_cue_missed" not in r.flags, r.scores
    assert "risk_cue_missed" not in run("Oh no, what happened to the car?", history=history).flags


def test_someone_else_leaving_without_goodbye_is_no_risk_cue() -> None:
    r = run("Mm-hmm.", client="And then he just left town. Didn't say goodbye to the kids.")
    assert "risk_cue_missed" not in r.flags and r.scores.active_listening.value >= 3, r.scores


@pytest.mark.parametrize(("client", "utterance"), [
    ("No point in anything anymore. Work, friends, any of it.",
     "When nothing feels like it has a point, some people start thinking about ending their life. "
     "Is that happening for you?"),
    ("I am so tired. I want to rest forever.", "You want to rest forever. Are you thinking about suicide?"),
    ("I am so tired. I want to rest forever.", "Part of you wants to rest forever."),
])
def test_asking_about_suicide_through_what_others_feel_takes_the_cue_up(client: str, utterance: str) -> None:
    """Saying how common the thought is ("some people start thinking about ending their life")
    informs; it is no advice, and it names the cue."""
    r = run(utterance, client=client)
    assert "risk_cue_missed" not in r.flags and "advise" not in r.behaviors, (r.flags, r.behaviors)


@pytest.mark.parametrize(("client", "utterance"), [
    ("I have been thinking of ending my life", "Are you thinking of taking your own life?"),
    ("i keep thinking about the rope in the garage", "Are you thinking about hanging yourself?"),
    ("i'm in sydney and i don't want to be here anymore", "Please call 000 or Lifeline right now, I'm with you."),
    ("I haven't cut in eight months. Last night I wanted to so bad.",
     "Eight months, and last night you sat with that urge and didn't act on it."),
])
def test_textbook_questions_about_suicide_take_the_cue_up(client: str, utterance: str) -> None:
    assert "risk_cue_missed" not in run(utterance, client=client).flags


@pytest.mark.parametrize("client", [
    "I've been thinking about cutting back on the meds.", "looking up how many calories are in a bagel",
    "googled how to fix a leaky tap", "I won't be around this weekend, going camping",
    "I need to end things with my girlfriend", "going to the gun range for my dad's birthday",
    "the rope swing at the lake was fun", "my meds are in a drawer up high so the kids can't reach them",
    "I hit myself in the face with the cupboard door this morning, so clumsy",
    "I'd rather not be here for this meeting, it's pointless",
    "I'm giving away most of my clothes because we're moving to a studio in Lisbon.",
    "They asked me at intake if I'd had any thoughts of suicide. I said no, and it's true, I'm just here for "
    "help with my drinking.",
    "Just got my SSDI denial letter. Should I appeal or give up and find something part time? I'm so tired "
    "of fighting.",
])
def test_everyday_words_near_risk_words_raise_no_flag(client: str) -> None:
    """Idioms, moves, appeals, and a question about risk the client reports answering no."""
    assert "risk_cue_missed" not in run("How's the rest of your week looking?", client=client).flags


def test_suggestion_hands_a_self_verdict_back_as_a_feeling() -> None:
    """"I'm just a burden" said back as "you're just a burden" would agree with it."""
    s = run("You should go for a walk.", client="What's the point anymore. I'm just a burden.").suggestion
    assert "you feel like a burden" in s and "you're just a burden" not in s, s
    s = run("You should try harder.", client="I'm just a screwup. Always have been.").suggestion
    assert "always have been" not in s.lower() and "hard on yourself" in s, s


def test_validation_taken_back_by_but_scores_low() -> None:
    r = run("It makes sense you're angry, but she probably had her reasons.",
            client="My sister yelled at me in front of everyone.")
    assert r.scores.validation.value <= 2, r.scores.validation


@pytest.mark.parametrize(("client", "utterance", "misses"), [
    ("My dog died last week.", "So you're excited about getting a new pet.", True),
    ("I finally got my GED!", "It sounds like you're feeling really let down.", True),
    ("I finally got my GED!", "You must be so proud, that took years.", False),
    ("My dog died last week.", "You must be heartbroken.", False),
    ("I relapsed after 90 days.", "You're not happy about it, I can tell.", False),
    ("I relapsed after 94 days and I hate myself.", "Glad you messaged. Now you're beating yourself up.", False),
])
def test_a_reflection_of_the_opposite_feeling_scores_low(client: str, utterance: str, misses: bool) -> None:
    """CODING_RULES §4: a reflection badly off target scores 2; the explanation names the word."""
    s = run(utterance, client=client).scores
    assert (s.active_listening.value <= 2 and s.validation.value <= 2) is misses, s
    if misses:
        assert "misses the client's feeling" in s.active_listening.explanation


@pytest.mark.parametrize(("client", "utterance", "code"), [
    ("I'm not coping. I'm really not.", "You're stronger than you think!", "minimize"),
    ("My son was arrested last night. I don't know what to do.", "You're doing amazing, you're such a strong person!",
     "minimize"),
    ("i'm scared", "u got this!!", None),
    ("Court is next tuesday and I'm terrified I'll freeze.", "You've got this!!", None),
])
def test_cheer_alone_after_a_fear_does_not_listen(client: str, utterance: str, code: str | None) -> None:
    """Generic cheer that is the whole turn after the client's fear or distress brushes past it
    (CODING_RULES §3: `minimize`); "You've got this" alone stays `other` as the tuning labels code
    it (dev10), but listens at 2. After good news the same cheer is fine (probes AF, SG)."""
    result = run(utterance, client=client)
    assert code is None or code in result.behaviors, result.behaviors
    assert result.scores.active_listening.value <= 2, result.scores
    assert result.suggestion, "a turn this weak gets a better response"
    good = run(utterance, client="I got the job!! Start Monday.")
    assert "minimize" not in good.behaviors and good.scores.active_listening.value >= 3, good


def test_three_closed_questions_in_a_row_interrogate() -> None:
    """"How many a week? Do you take anything for them? Does your boss know?" after "I've been
    having panic attacks at work": active listening 2 (CODING_RULES §4), so a suggestion follows;
    two closed questions stay just above it (probe SG)."""
    three = run("How many a week? Do you take anything for them? Does your boss know?",
                client="I've been having panic attacks at work.")
    assert three.scores.active_listening.value <= 2 and three.suggestion, three
    two = run("How many a week? Does your boss know?", client="I've been having panic attacks at work.")
    assert two.scores.active_listening.value > 2, two.scores


@pytest.mark.parametrize(("client", "utterance"), [
    ("My mom told me 'I wish I'd never had you' when I was twelve. I still hear it.", "How's school going?"),
    ("The VA lost my paperwork again. Third time. I'm so done with them.", "How's your back been?"),
])
def test_small_talk_right_after_something_hard_listens_at_2(client: str, utterance: str) -> None:
    """A question about school, work or the trainee's checklist right after the client told something
    hard moves off it (CODING_RULES §4 active listening 2, probe SG); asked about what the client
    raised, the same words follow them."""
    moved = run(utterance, client=client)
    assert moved.scores.active_listening.value <= 2 and moved.suggestion, moved.scores
    raised = run("How's your back been this week?",
                 client="My back has been killing me since the fall at work, I can barely lift my son.")
    assert raised.scores.active_listening.value > 2, raised.scores


def test_asking_them_to_justify_a_failure_they_just_told_scores_low_on_validation() -> None:
    """"Why did you leave it so late?" after "i missed the deadline for my essay" stays an open
    question (CODING_RULES §2: a plain "why" is open) but asks for a justification of something
    painful, so validation is 2 and a better response follows (probe SG). Asking what led up to it
    does not."""
    why = run("Why did you leave it so late?", client="i missed the deadline for my essay")
    assert "open_question" in why.behaviors and why.scores.validation.value <= 2 and why.suggestion, why
    led = run("What led up to it?", client="i missed the deadline for my essay")
    assert led.scores.validation.value > 2, led.scores


def test_permission_given_a_few_exchanges_back_still_covers_the_advice() -> None:
    """"would it be ok if i shared something?" / "sure go ahead" / a clarifying question and its
    answer / the idea: still advice with permission (probe MU). Once the trainee has delivered,
    or the client said no, the permission is used up."""
    asked = [{"role": "client", "text": "haven't slept more than 4 hrs a night since the layoff"},
             {"role": "trainee", "text": "would it be ok if i shared something that's helped other people?"},
             {"role": "client", "text": "sure go ahead"},
             {"role": "trainee", "text": "before i do, do you have anything by the bed right now?"},
             {"role": "client", "text": "just my phone. which probably doesn't help lol"}]
    idea = "maybe try keeping a notebook by the bed and writing the numbers down when they start"
    codes = run(idea, history=asked).behaviors
    assert "advise_with_permission" in codes and "advise" not in codes, codes
    declined = [*asked[:2], {"role": "client", "text": "no, not really"}, *asked[3:]]
    assert "advise" in run(idea, history=declined).behaviors
    delivered = [*asked[:3], {"role": "trainee", "text": "ok so one thing that helps is writing the numbers down "
                              "when they start, then putting the paper in a drawer until morning."},
                 {"role": "client", "text": "i guess. i just lie there doing rent math"}]
    assert "advise" in run(idea, history=delivered).behaviors


def test_advice_asked_for_before_a_clarifying_question_is_still_asked_for() -> None:
    """"What should I do?" / "What have you said to her so far?" / "Just mentioned it once" /
    the advice: given on request (probe MU)."""
    history = [{"role": "client", "text": "My manager keeps scheduling me on Sundays. What should I do?"},
               {"role": "trainee", "text": "What have you said to her so far?"},
               {"role": "client", "text": "Just mentioned it once in passing."}]
    codes = run("You could ask for a short sit-down with her and then put it in an email afterward.",
                history=history).behaviors
    assert "advise_with_permission" in codes and "advise" not in codes, codes


def test_coming_back_to_the_clients_earlier_words_reflects_them() -> None:
    """"I keep thinking about what you said about..." is the trainee's move in this conversation, not
    their own story; "I want to come back to the pills you've been saving" reflects (probe MU)."""
    history = [{"role": "client", "text": "He just went quiet after the funeral. Like I lost him too."},
               {"role": "trainee", "text": "How are you sleeping?"},
               {"role": "client", "text": "Not great."}]
    codes = run("I keep thinking about what you said about your brother going quiet after the funeral.",
                history=history).behaviors
    assert "self_disclose" not in codes and {"simple_reflection", "complex_reflection"} & set(codes), codes
    saving = [{"role": "client", "text": "I've been saving up my sleeping pills. Just in case."},
              {"role": "trainee", "text": "How are you sleeping without them?"},
              {"role": "client", "text": "My daughter's visiting Sunday though."}]
    codes = run("I want to come back to the sleeping pills you've been saving. Are you thinking of using them to "
                "end your life?", history=saving).behaviors
    assert {"simple_reflection", "complex_reflection"} & set(codes) and "closed_question" in codes, codes


def test_an_answer_to_a_question_asked_a_few_turns_back_informs() -> None:
    """"So about your question, the clinic on Grant does Saturday mornings" answers the client's
    question from two exchanges back (probe MU)."""
    history = [{"role": "client", "text": "Does the methadone clinic open on weekends? I work weekdays."},
               {"role": "trainee", "text": "So the hours are a big deal for you."},
               {"role": "client", "text": "Huge. If I miss work again I'm done."},
               {"role": "trainee", "text": "Your job's on the line."},
               {"role": "client", "text": "Yeah. My foreman already warned me."}]
    codes = run("So about your question, the clinic on Grant does Saturday mornings, 7 to 11, for dosing.",
                history=history).behaviors
    assert codes == ["inform"], codes


@pytest.mark.parametrize("utterance", [
    "Let's put that aside for now and get back to your job search.",
    "Okay. Let's focus on your plan for this week.",
    "Anyway, did you end up getting to the gym this week like you planned?",
])
def test_the_trainees_agenda_over_what_the_client_just_opened_changes_the_subject(utterance: str) -> None:
    result = run(utterance, client="I had a panic attack in a meeting last week. I think people noticed.")
    assert "subject_change" in result.flags
    assert result.scores.active_listening.value <= 2


def test_asking_what_the_client_already_told_listens_less() -> None:
    """"How long have you been sober now?" after "I'm three weeks sober today" (probe MU)."""
    history = [{"role": "client", "text": "I'm three weeks sober today."},
               {"role": "trainee", "text": "Three weeks! What's helped?"},
               {"role": "client", "text": "Mostly meetings. And my sister checks on me every night."}]
    assert run("How long have you been sober now?", history=history).scores.active_listening.value <= 2
    fresh = [{"role": "client", "text": "I'm sober now. Mostly meetings."}]
    assert run("How long have you been sober now?", history=fresh).scores.active_listening.value >= 3
