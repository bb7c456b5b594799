"""What a client's message is doing, as far as choosing a response goes: good news or a
setback, a loss, a plan or a wish, agreeing or setting a limit, rejecting a label, pushing back
on the listener, a practical question, leaving.

Why: the suggested better response (`suggest.py`) is a reflection plus a question, and the
question has to suit the moment: "What would you like to do about it?" is wrong after a death,
"What's the hardest part?" after good news, any probing question after "is now still ok?". These
are the word patterns that recognise such moments; `suggest.py` decides what to say about them.
Word lists, so they miss what they do not list (e.g. "foggy" is not among the hard words): a
miss falls back to the fault's own question.
"""

from __future__ import annotations

import re

from evaluators.lexicon import FEELINGS, LABEL_ALTERNATION, felt_words
from evaluators.risk import RISK

# Good news ("I got the job! First one in six years.") is not met with "What's the hardest
# part?" or "a lot is weighing on you": the client is asked what it means to them.
GOOD_NEWS = re.compile(
    r"[\U0001F389\U0001F973]|\b(?:proud|happy|excited|glad|grateful|relieved|amazing|awesome|great news|good news|"
    r"got the job|got in\b(?! (?:a|an|the|trouble|my|his|her|their|to see|there|here|touch)\b)|i passed|passed (?:my|the|it|a|both|all)|made it|did it(?=!)|celebrat\w*|best day|"
    # a milestone in recovery or in getting back on one's feet
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:days?|weeks?|months?|years?) "
    r"(?:sober|clean|without a (?:bet|drink|drug|cigarette|smoke|hit|drop)|today|tomorrow)\b|"
    r"(?:days?|weeks?|months?|years?|\d+)[- ]chip|got (?:approved|my (?:chip|license|ged|diploma|"
    r"kids back))|approved for|(?:got|landed) (?:a|the) (?:job|apartment|apt|place)|"
    # "I quit drinking 100 days ago today!" (probe SG)
    r"(?:days?|weeks?|months?|years?) ago today|quit (?:drinking|smoking|using|gambling|vaping|drugs)\b[^.!?]{0,20}\bago)\b",
    re.I,
)
# ...unless it was lost again ("8 months sober and I threw it away last weekend")
SETBACK = re.compile(r"\b(?:relapsed|threw it away|slipped|used again|drank|picked up|lost it|"
                     r"worst|i used(?! to\b)|used (?:last|yesterday|this|on))\b", re.I)
# What "it helps" may be about, when it is no progress ("I like it and it helps me relax")
SUBSTANCE = re.compile(r"\b(?:drink\w*|drunk|alcohol|beer|wine|vodka|pills|weed|smok\w*|vap\w*|"
                       r"gambl\w*|using|(?:get|got|getting|was|i'?m) high|pot|cigarettes?|oxy|meth|coke|heroin)\b", re.I)
# Progress the client reports ("It helps clear my head", "I feel better") is good news too
PROGRESS = re.compile(r"(?<!nothing )(?<!n't )(?<!not )\bhelp(?:s|ed)\b|\bfeel(?:ing)? (?:a (?:little|bit) )?"
                      r"better\b|\bgoing (?:well|good)\b|\b(?:it's|it has|has) been good\b", re.I)
# The client's own plan ("i might also tell my school counselor", "I'll call Monday"): asking
# what they would like to do, or what is hardest, ignores that they just said
PLAN = re.compile(
    r"(?<!afraid )(?<!terrified )(?<!scared )(?<!worried )(?<!if )(?<!says )(?<!said )(?<!how )"
    r"(?<!wish )(?<!what )(?<!where )(?<!when )(?<!why )"
    r"\b(?:i'll|ill|i will|i'm gonna|im gonna|i'm going to|im going to|i might|i could|i plan to|"
    r"i'm planning to|im planning to|i'm thinking (?:about|of)|im thinking (?:about|of))"
    r"(?: (?:just|also|probably|maybe|try to|try and|actually))* (?:call|calling|text|texting|tell|"
    r"telling|talk|talking|ask|asking|go|going|try|trying|write|writing|look|looking|start|starting|"
    r"quit|quitting|switch|switching|cut|cutting|bring|email|reach|join|sign|apply|move|moving|"
    r"visit|find|set|wait|see|take|taking|do|put|keep|get (?:help|a|some|back))\b"
    # "I'll take it", "I'll see", "I'll do that": accepting or deferring, not a plan
    r"(?! (?:it|that|this)\b[.!]*$)(?!(?<=\bsee)[.!]*$)",
    re.I,
)
# ...or named as one: "So here's my plan. I apply for the cook job..."
MY_PLAN = re.compile(r"\b(?:here'?s my plan|my plan is|the plan is|my plan:)", re.I)
# A wish ("I really just want to get back in a routine", "if somebody could help me do it"):
# it has not been like anything yet
WISH = re.compile(r"(?<!don't )(?<!dont )\bi (?:really |just |really just |would |'d |d )?(?:want|wanna|"
                  r"wish|hope)\b|\bi(?:'d| would) (?:love|like) to\b|\bif only\b|"
                  r"\bif (?:i|somebody|someone|anyone) could\b", re.I)
# The client agreeing to what was put to them ("Yeah, okay, I'm up for that.")
AGREES = re.compile(r"^\W*(?:(?:yeah|yes|ok(?:ay)?|sure|alright|all right)[,.!]*\s*)*"
                    r"(?:i'?m up for (?:that|it)|sounds good|let'?s (?:do|try) (?:it|that)|i'?m in\W*$|"
                    r"i (?:can|could) (?:do|try) that|i(?:'ll| will) give it a (?:try|go|shot)|"
                    r"worth a (?:try|shot))", re.I)
# The client setting a limit on what to talk about
BOUNDARY = re.compile(r"\b(?:don'?t|dont|do not) (?:really )?(?:want|wanna|feel like) (?:to )?(?:get(?:ting)? into|"
                      r"talk(?:ing)? about|go(?:ing)? into|discuss|get into it)\b|\bnot (?:ready|up) to "
                      r"(?:talk|get into|go into)\b|\brather not (?:talk|get into|go into|say)\b|"
                      r"\bnot (?:really )?comfortable (?:getting into|talking about|going into)\b", re.I)
# ...asked as a question: "Can we talk about something else?"
CHANGE_SUBJECT = re.compile(r"\b(?:can|could) we (?:talk about|change) (?:something else|the subject)\b",
                            re.I)
CHALLENGE = re.compile(r"\b(?:(?:that'?s|thats|it'?s|its) easy for you to say|no offen[cs]e,? but|"
                       r"you sound like (?:my|a|every|all)|you wouldn'?t understand|"
                       r"you (?:don'?t|dont) know what it'?s like)\b", re.I)
PRACTICAL = re.compile(
    r"\b(?:is (?:now|that|it|this|tomorrow|today) (?:still )?(?:ok|okay|alright|all right|fine|cool)|"
    r"(?:should|can|could) we (?:just )?(?:reschedule|move|switch|push|use|meet|do (?:it|this) "
    r"(?:on|by|over)|talk on|start later|end early)|"
    r"is there (?:a|an|any) [\w ]{1,30}? (?:open|near|nearby|around|on (?:the )?weekends?)|"
    r"do i (?:need to )?bring (?:anything|something|my|an?|the|id)\b(?! up)|do i need an? (?:id|appointment|referral)|what time (?:is|does|do)|"
    r"i (?:just )?want(?:ed)? to know if|i(?:'ll| will| might| may|'m gonna|'m going to| could) be "
    r"(?:\d+|a few|ten|fifteen|twenty|five|a little|a bit)(?: or \d+)?(?: min(?:ute)?s?)? late|"
    r"i'?m running late|"
    # confidentiality and records: answered plainly, not probed
    r"is (?:this|it|what i say) (?:chat |conversation )?(?:confidential|private)|who (?:else )?(?:sees|reads|"
    r"can see) (?:this|it|what i)|can you tell my (?:parents|mom|mum|dad|boss|po|doctor|school)|"
    r"(?:will|would|does) (?:that|this|it) go on my record|does (?:that|my age) matter|"
    r"can we do (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week) "
    r"instead|same time (?:next week|tomorrow|monday|tuesday|wednesday|thursday|friday)|can we (?:pick (?:it )?"
    r"up|move (?:it|this|monday|tuesday|wednesday|thursday|friday)|push (?:it|this)))\b", re.I)
ABOUT_THE_LISTENER = re.compile(
    # about the listener's own life or recovery ("did you ever relapse?", "are you actually a peer")
    r"\b(?:can i ask you something personal|did you (?:ever )?(?:relapse|use|drink|struggle|go through)|"
    r"have you (?:ever )?(?:relapsed|used|struggled|been (?:through|in (?:recovery|rehab|hospital)))|"
    r"are you (?:actually |really )?(?:a peer|in recovery|sober|clean)|when you say peer|how long "
    r"(?:have you been|did it take you) (?:sober|clean|in recovery|to)|do you (?:actually|really) "
    r"(?:get|know) (?:it|what)|(?:you|u) (?:actually|really) been through)\b|"
    r"(?:^|[.!?]\s*|\blol\s+)(?:so,?\s+)?(?:how (?:was|is|were) your (?:weekend|day|week|holiday|"
    r"thanksgiving|christmas|break|night)|did you (?:watch|see|catch|get (?:it|any|snow|the)|have a "
    r"good)|do you (?:have (?:kids|a dog|a cat|pets)|watch|like|follow)|are you (?:from here|married|a "
    r"\w+ fan))\b", re.I)
# Distress that comes before any practical answer ("eviction court is tomorrow. do i bring
# something?"); narrower than DIFFICULT, whose "late" and "not" are everyday words
DISTRESS = re.compile(r"\b(?:evict\w*|court|hospital\w*|arrest\w*|fired|relaps\w*|panic\w*|"
                      r"cr(?:y|ied|ying)|scared|afraid|terrified|overdos\w*|die|died|dying|kill\w*|"
                      r"hurt\w*|abus\w*|suicid\w*|drunk|(?:get|got|getting|was|i'?m) high|using|used)\b", re.I)


# The client rejecting a label or the listener's view ("I don't consider my drinking binge
# drinking", "I'm not an addict", "that's not fair")
REJECTS_LABEL = re.compile(
    rf"\b(?:i'?m|i am|im) (?:not|no) (?:an? |some |that )?(?:\w+ )?(?:{LABEL_ALTERNATION})\b|"
    r"\b(?:don'?t|dont|do not) (?:think|consider|see|call) (?:i'?m|i am|im|myself|me|my \w+|it|this|"
    rf"that)(?: (?:as|to be))? (?:an? |that |really |actually )?(?:\w+ )?(?:{LABEL_ALTERNATION}|binge \w+|"
    r"problem)\b|\b(?:don'?t|dont|do not) have (?:a|any) (?:\w+ )?problem\b|"
    r"\bthat'?s not (?:true|fair|me)\b|\byou don'?t (?:know|understand|get it)\b", re.I)
# The client closing the conversation ("ok thanks, gotta go", "Can I go now?")
CLOSING = re.compile(r"\b(?:bye|goodbye|(?:gotta|got to|have to|need to) go(?: now)?[.!]*$|"
                     r"(?:ok(?:ay)?|alright|right),? (?:i )?(?:gotta|got to|have to|need to) go\b(?! to\b)|"
                     r"i should (?:probably )?(?:go|get going)\b(?! to\b)|"
                     r"talk (?:to you )?"
                     r"later|see you (?:later|next|soon|then|monday|tuesday|wednesday|thursday|"
                     r"friday)|that's all i (?:wanted|had|got)|thanks for (?:listening|today|this|"
                     r"your time)|can i go(?: now)?\?)", re.I)
# A death or a loss is stayed with, not met with "What would you like to do about it?"
LOSS = re.compile(
    r"\b(?:died|passed away|took (?:his|her|their) own life|died by suicide|(?<!\bi )od'?d|overdosed|"
    r"(?:mom|mum|dad|mother|father|wife|husband|son|daughter|brother|sister|"
    r"grandma|grandpa|friend|he|she) passed|funeral|miscarr\w*|stillborn|killed (?:himself|herself)|put (?:him|her|"
    r"\w+) down|lost (?:my|our|the) (?:baby|mom|mum|dad|mother|father|son|daughter|wife|husband|"
    r"brother|sister|friend|best friend|partner|fianc\w*|grandma|grandpa|dog|cat))\b",
    re.I,
)
HARD_FEELINGS = FEELINGS - {"happy", "proud", "relieved", "hopeful", "excited", "grateful", "glad",
                            "calm", "confident", "determined", "motivated"}
# Something hard in what the client said: a hard feeling, a negation, trouble
DIFFICULT = re.compile(
    r"n't\b|\b(?:not|never|no|nobody|nothing|no one|cant|dont|wont|didnt|doesnt|isnt|wasnt|havent|"
    r"hasnt|couldnt|wouldnt|arent|werent|aint|have to|has to|gotta|supposed to|worst|problem\w*|"
    r"drink|drinks|addict\w*|alcohol\w*|pills|weed|smok\w*|gambl\w*|vap\w*|"
    r"trouble|relaps\w*|using|used|drunk|drinking|fight|fought|yell\w*|scream\w*|broke|evict\w*|"
    r"fired|sick|cr(?:y|ied|ying)|afraid|alone|die|died|dying|kill\w*|hate|scar\w*|struggl\w*|"
    r"kick\w* out|late|behind|owe|debt|court|hospital|arrest\w*|hurt\w*|worr\w*|stress\w*|fear\w*|"
    r"miss|missed|lost|lose|losing|wrong|bad|worse|hard|tough|difficult|sucks?|crap|shit|damn|garbage|trash|"
    r"tired|panic\w*|anxi\w*|depress\w*|cravings?|urges?|crav\w*|suicid\w*|self harm)\b",
    re.I,
)


def names_hard_feeling(text: str) -> bool:
    return bool(felt_words(text) & HARD_FEELINGS)


def distressed(text: str) -> bool:
    """A hard feeling named or distress plain in it (narrower than `hard`, whose "not" and
    "late" are everyday words): what a burden may be named for, and a practical answer waits."""
    return names_hard_feeling(text) or bool(DISTRESS.search(text))


def upbeat(text: str) -> bool:
    """Good news or progress in it ("I got my chip", "it helps"; not "I like it and it helps me
    relax" about a drink)."""
    return bool(GOOD_NEWS.search(text) or PROGRESS.search(text) and not SUBSTANCE.search(text))


def hard(text: str) -> bool:
    """Something hard in it: a hard feeling, a negation, a setback, trouble."""
    return bool(DIFFICULT.search(text) or SETBACK.search(text)) or names_hard_feeling(text)


def good_news(client_text: str) -> bool:
    low = client_text.lower()
    return (upbeat(low) and not SETBACK.search(low) and not RISK.search(low)
            and not names_hard_feeling(low))


def stance(sentence: str) -> str | None:
    """What the reflected sentence does, where that calls for its own question: the client
    sets a limit, agrees to something, rejects a label, states a plan, or wishes (and nothing
    hard is in it)."""
    if BOUNDARY.search(sentence):
        return "boundary"
    if AGREES.match(sentence):
        return "agree"
    if REJECTS_LABEL.search(sentence):
        return "disagree"
    if PLAN.search(sentence):
        return "plan"
    if WISH.search(sentence) and not hard(sentence):
        return "wish"
    return None
