"""Compiled regular expressions for each behaviour code, applied to a cleaned clause.

Why a module of its own: the patterns are the coder's knowledge (what "advise" or
"affirm" looks like in real transcripts, per evaluators/data/CODING_RULES.md); `coder.py`
holds only the decision logic that orders and combines them. All patterns run on lower-case
text with ASCII apostrophes and leading fillers ("um", "okay so") stripped.
"""

from __future__ import annotations

import re

from evaluators.gated import Alternation
from evaluators.lexicon import LABEL_ALTERNATION


def _c(*parts: str) -> Alternation:
    """One alternation of `parts`, each part tried only on text holding a word it needs."""
    return Alternation(parts)


AUX = (
    r"do|does|did|are|is|was|were|have|has|had|can|could|will|would|should|shall|may|might|"
    r"am|don't|doesn't|didn't|aren't|isn't|wasn't|weren't|haven't|hasn't|can't|couldn't|"
    r"won't|wouldn't|shouldn't"
)
SUBJ = (
    r"you|i|we|they|he|she|it|there|that|this|your|anyone|anybody|someone|somebody|things|"
    r"people|the|a|an|any|my|his|her|their|these|those|everything|anything|something|yours|"
    r"not|ya|u"
)

# ---- questions -------------------------------------------------------------------------
AUX_START = re.compile(rf"^(?:{AUX})\s+(?:{SUBJ})\b")
AUX_ALONE = re.compile(rf"^(?:{AUX})(?:\s+(?:{SUBJ}))?\s*$")
WH_OPEN = re.compile(
    r"^(?:what|how|why|in what ways?|tell me|say more|talk (?:to me )?about|walk me through|"
    r"help me understand|describe|explain|share (?:a bit|more|with me|what|how)|"
    r"i'?m (?:just |also |really |kind of |sort of )?(?:curious|wondering) (?:about|what|how|why|"
    r"if you could|whether you could)|i (?:just |also )?wonder (?:what|how|why)|"
    # "Where do you think you should go from here?", "Who do you think could support you?":
    # the client's own view, not a fact (scale questions stay closed: "where do you see
    # yourself on that scale", "where do you fall")
    r"(?:where|who) (?:do|would) you (?:think|feel like) (?!(?:\w+ ){0,3}(?:fall|rate|scale|number)\b)|i'?d (?:like|love) to (?:hear|know|understand) (?:more|about|what|how|"
    r"your|a bit)|fill me in|give me (?:a sense|an idea|an example)|paint me a picture|"
    r"what else|who else|and then what|then what|where (?:does|do|did|would|could) (?:that|this|it|you|we) "
    r"(?:leave|go(?!\W*$)|want|wanna|like|start|fit|stand|see|take))\b"
)
WH_CLOSED = re.compile(
    r"^(?!(?:where|when|who) (?:do|does|did|would|could) you (?:think|feel|see|want|imagine|hope|"
    r"guess)\b)(?:(?:about |roughly |approximately |around )?how (?:many|much|long|often|old|far|soon|"
    r"bad|severe|serious|big|tall|heavy|late|early)|"
    # a record or amount, not a view: "what's the longest you've gone without one?" (AnnoMI)
    r"what(?:'s| is| was) the (?:longest|most|least|highest|lowest|furthest)(?= you| time| amount| "
    r"number| (?:days?|hours?|weeks?|months?|years?|drinks?)\b)|"
    r"what (?:time|times|year|day|days|date|dates|age|number|month|grade|school|street|town|city|was "
    r"(?:his|her|the) name)|when|"
    r"where(?! (?:does|do|did|would|could|should) (?:that|this|it|you|we) (?:leave|go|want|wanna|like|"
    r"start|fit|stand|see|take))|who(?! else)|whom|whose|"
    r"which(?! (?:one|of (?:those|these|them)|part|piece|thing)s? (?:\w+ )?(?:feels?|sounds?|fits?|"
    r"matters?|seems?|stands?|would))|what's (?:his|her|your|their) name|is it|"
    r"what (?:is|was) (?:his|her|your|their) name)\b"
)
CAN_YOU_OPEN = re.compile(
    # ...to me: "Could you tell her / talk to the facilitator?" asks for a step, a yes or a no
    r"^(?:can|could|would|will|do|did) you (?:please |maybe |just )?(?:tell(?! (?:her|him|them|your|"
    r"one of|someone|somebody|anyone|anybody|the)\b)|"
    # "Could you say more?" asks to hear; "Would you say you drink daily?" asks for a yes or no
    r"say (?:more|a (?:bit|little)|what|how|why|something about)|describe|talk(?! to\b)|share|walk|"
    r"explain|help me understand|give me|give (?:us )?(?:an? |some )?examples?|fill me in|paint|expand|"
    r"elaborate|think of|say a little)\b|"
    # not the consent asked to a topic: "Do you want to talk about it?" is closed (probe U)
    # and a topic offered is closed too: "Do you want to talk about ways to set a boundary?" (probe T)
    # typed with "do you" dropped (probe AU): "Want to tell me what's been working instead?", "wanna tell me more?",
    # "Want to talk through what's pulling you there?"
    r"^(?:want|wanna) (?:to )?(?:tell me|say more|share|describe|walk me|explain|talk (?:through|me through)) "
    r"(?:what|how|why|more|a (?:bit|little)|about (?:what|how|why))\b|^wanna tell me more\b|"
    r"^(?:do|would) you (?:want|mind|like) to (?:tell|say|share|describe|walk|explain|expand|talk(?! about "
    r"(?!(?:what|how|why|where|when|who|which)\b)))\b(?! about (?:it|that|this)\W*$)|"
    r"^(?:do|would) you mind (?:telling|filling|sharing|talking|saying|describing|explaining|walking)\b|"
    # "Do you have a sense of what some of the doctor's concerns were?" asks for their view (AnnoMI)
    r"^do you have (?:a|any) (?:sense|feel) (?:of|for) (?:what|how|why|where)\b|"
    r"^(?:can|could|may) i ask (?:you )?(?:what|how|why)\b"
)
TAG_TAIL = re.compile(
    # not after a lone auxiliary: "Do you know?" asks; it is no "Do" with a tag
    r"(?<!^do)(?<!^does)(?<!^did)(?<!^don't)(?<!^didn't)"
    r"(?:,|\s)\s*(?:right|yeah|huh|okay|ok|correct|no|yes|you know|isn't it|aren't you|don't you|"
    r"didn't you|wasn't it|is it|was it|do you|did you|are you|were you|will you|have you|"
    r"(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|wo|should)n'?t "
    r"(?:you|it|he|she|they|we|that|there)|"
    r"is that right|is that correct|am i right|does that sound right|would you say|do you think|"
    r"would you guess|you think|do you reckon|"
    r"did i get that right|have i got that right|is that it|is that fair|fair enough|"
    r"would that be fair to say|is that what you mean|you know what i mean)\s*\??\s*$"
)

# ---- reflections ------------------------------------------------------------------------
# Coming back to the client's words (probe MU): "I keep thinking about what you said about your brother..."
# opens a reflection and tells no story of the trainee's own (coder.code_clause)
BACK_TO_THEIR_WORDS = (r"^i (?:keep|kept|'?ve been|have been) (?:thinking about|coming back to|going back to) (?:what|"
                       r"something) you (?:said|told me|mentioned)\b")
REFLECT_OPENER = re.compile(
    r"^(?:it |that |this )?(?:sounds?|seems?|looks?|feels?) (?:like|as if|as though|that)\b|"
    r"^it (?:sounds|seems|feels)\b|^(?:so )?what i'?m hearing\b|^i'?m hearing\b|"
    r"^i hear (?:that|you (?:saying|say|are|'re)|how|a lot|some|what)\b|^what you'?re saying\b|"
    r"^you'?re saying\b|^you said\b(?!.*\bbut\b)|^if i'?m (?:hearing|understanding)|"
    r"^in other words\b|^i get the (?:sense|feeling)\b|"
    # coming back to the client's words (probe MU): "I keep thinking about what you said about your brother...",
    # "I want to go back to something you said a minute ago, that..."
    + BACK_TO_THEIR_WORDS + r"|^i want(?:ed)? to (?:go|come) back to (?:something|what) you (?:said|told me|"
    r"mentioned)\b|^i want(?:ed)? to (?:go|come) back to (?:the|your|that)\b[^.!?]{0,60}\byou(?:'ve| have|'re| are| said| "
    r"told| mentioned)\b|^(?:earlier|a minute ago),? you (?:said|mentioned|told me)\b(?!.*\bbut\b)|^i'?m getting (?:the sense|a sense)\b|"
    r"^i sense\b|^i imagine\b|^i (?:think|suspect|bet|sense|guess|get the feeling)(?: that)? "
    r"(?:you|part of you|maybe you)(?:'re| are|'ve| have| feel| felt| really| might be| want| "
    r"don't| didn't| miss| wish| care| just)\b|^i'?m (?:guessing|sensing|hearing|getting)\b|^i can (?:only )?(?:imagine|see|tell|hear)\b|^i bet\b|^i guess (?:you|that)\b|"
    r"^correct me if\b|^let me see if i\b|^so (?:for you|basically|on one hand)\b|"
    r"^(?:so )?what i(?:'m)? hear(?:ing)?(?: you)?(?: say(?:ing)?)?(?: is)?\b|^i hear your\b|^i heard you say\b|"
    r"^(?:just )?to make sure (?:that )?i(?:'ve)? (?:got|get|understand)\b|^i'?m trying to understand\b|"
    r"^(?:you|it) (?:almost |kind of |sort of )?(?:sound|seem)\b|"
    # written replies: "It appears that you...", "You mentioned that..."
    r"^it appears\b|^you (?:mentioned|wrote|write|say|described|shared|posted)\b(?!.*\bbut\b)"
)
# A lead-in before the reflection proper: "From what you wrote, it sounds like...", "Reading
# your post, I can hear how tired you are.", "In addition to the fights with your parents, it
# appears that you..."
REFLECT_LEAD = re.compile(
    r"^(?:(?:from what you(?:'ve)? (?:wrote|written|said|describe|described|shared|posted|mentioned)|"
    r"reading (?:your|this) (?:post|message|story|words)|based on what you(?:'ve)? (?:wrote|"
    r"written|said|shared|described)|in your (?:post|message))[^,]{0,40}|"
    r"(?:in addition to|on top of|besides|apart from|with|given|after|despite|from|between)\b[^,]{3,70}), ?"
)
# Statements about the client's experience in the third person or as a gerund: "What you're
# going through sounds exhausting", "Your family doesn't seem to take it seriously", "Being
# the one everyone leans on is a lot".
EXPERIENCE_STATE = re.compile(
    r"^what you(?:'re| are|'ve| have|'ve been| have been)? (?:going through|describing|dealing with|"
    r"carrying|facing|been through|describe|went through|living with|feeling)\b|"
    r"^(?:your|his|her|their) [\w']+(?: [\w']+)? (?:doesn't|don't|didn't|does not|do not|never) "
    r"(?:seem|appear|sound) to\b|"
    r"^(?:your|his|her|their) [\w']+(?: [\w']+)? (?:seems?|sounds?|appears?) (?:to|like)\b|"
    r"^your (?:whole |entire )?(?:life|world|heart|mind|head|body)(?:'s| is| was| has| had| feels| "
    r"felt| got)\b|"
    r"^(?:being|having|losing|living|watching|caring|dealing|trying|feeling|going through|carrying|"
    r"waiting|raising|juggling|grieving|holding)\b[\w' ]{1,50}\b(?:is|was|can be|must be|has been|"
    r"sounds|feels) (?:(?:so|really|incredibly|such|one of the|the|a|an|truly) )*(?:a lot|hard|hardest|"
    r"tough|toughest|difficult|painful|exhausting|lonely|scary|overwhelming|heavy|brutal|draining|"
    r"isolating|heartbreaking|devastating|frustrating|discouraging|disappointing|demoralizing|"
    r"humiliating|upsetting|infuriating|confusing)\b"
)
MUST_BE = re.compile(
    r"\b(?:must|must've|gotta|has to|have to) (?:be|have been|feel|have felt|make you|"
    r"be really|be so|hurt|sting)\b|\bmust (?:be|have)\b|\bmust (?:bring up|stir up|bring back|take you "
    r"back)\b|\b(?:a big|a huge|the biggest|a large) part of what'?s (?:keeping|holding|stopping|making) you\b|"
    # "That would be so hard" guesses a feeling; "That would be a good start" does not.
    r"\bwould (?:feel|have felt|make you|hurt|sting|(?:be|have been) (?:(?:so|really|very|pretty|"
    r"incredibly|kind of|kinda|a little) )*(?:hard|tough|scary|painful|frustrating|exhausting|overwhelming|"
    r"lonely|upsetting|difficult|awful|confusing|stressful|rough|a lot|heavy|sad|frightening|infuriating|"
    r"maddening|terrifying|devastating|embarrassing|humiliating|isolating|discouraging|unsettling|"
    r"nerve-?wracking|a relief|a shock|a blow))\b"
)
DOUBLE_SIDED = re.compile(
    r"\bpart of you\b|\bon (?:the )?one (?:hand|side)\b|\bon the other(?: hand)?\b|\bat the same time\b|"
    r"\band yet\b|\bbut also\b|\bboth\b.*\band\b|\beven though\b|\bsome of you\b|"
    r"\ba side of you\b|\bone side\b|\btorn\b|\bmixed feelings\b"
)
# The writer's own imagined reaction names how hard it is for the client: "That comment from
# your dad would have gutted me", "I'd be climbing the walls too", "I can only imagine the
# relief", "That Sunday dread creeping in, I know it well" (dev7 to dev9)
OWN_REACTION = re.compile(
    r"\b(?:would(?:'ve| have)|'d have) (?:totally |completely |absolutely |honestly )?(?:gutted|"
    r"crushed|destroyed|wrecked|mortified|floored|devastated|broken|terrified|enraged|infuriated|"
    r"shattered|humiliated|flattened) me\b|"
    r"\bi'?d (?:be|have been) (?:so |absolutely |totally )?(?:climbing the walls|furious|livid|"
    r"devastated|a wreck|a mess|losing it|losing my mind|pissed|heartbroken|fuming|crushed|"
    r"gutted|raging)(?: too)?\b|"
    r"\bi can only imagine (?:the|how|what)\b|"
    r"\bi know (?:it|that|this|that feeling|the feeling) (?:so |too )?(?:well|exactly)\b"
)
VALIDATING = re.compile(
    r"(?:^|, )no wonder\b|\bmakes (?:a lot of |total |complete |perfect )?sense (?:that|you|why|given|"
    r"after|with|when|considering|(?:the|your) \w+s? (?:hit|hits|are|is|feel|feels|get|gets)\b)\b|^of course you\b|\bunderstandabl[ey]\b|\banyone would\b|"
    # "Wanting her somewhere with night staff makes total sense", "Makes total sense, the anger
    # didn't get a 30-day chip" (dev9, dev12): the client's choice or feeling, judged sensible
    r"^(?:[\w' ]{1,30}, )?\w+ing\b[\w' ]{0,60}\bmakes? (?:a lot of |total |complete |perfect |so much )?"
    r"sense\b|^makes (?:a lot of |total |complete |perfect |so much )?sense, \w+ \w+|"
    r"^(?:[\w' ]{1,30}, )?\w+ing\b[\w' ]{0,60} (?:is|was) (?:completely |totally |perfectly |so |really |"
    r"pretty )?(?:reasonable|understandable|valid|a lot)\b|"
    r"\bwould (?:\w+ ){1,2}(?:anyone|anybody)\b|"
    r"\b(?:would|'d) (?:tick|piss|put|turn|freak|wind|tee) (?:a lot of people|most people|anyone|anybody|"
    r"people|most of us) (?:off|out|up)\b|"
    # "that fear makes total sense, lots of people worry...", "it makes so much sense that you'd
    # feel exposed", "lost makes so much sense, everything changes while you're inside" (probe W)
    r"^(?:that|it|this|(?:the|that|this|your) \w+|\w+) makes? (?:a lot of |total |complete |perfect |"
    r"so much |such |complete )?sense(?:, (?!(?:try|go|call|just|maybe|but)\b)| (?:that|you|why|given|after|when|considering)\b| "
    r"to (?:be|feel|want|worry|not)\b)|"
    r"\bwho wouldn't\b|\bit(?:'?s| is) okay to feel\b|\bthat(?:'?s| is) (?:a )?(?:(?:really|very|totally|"
    r"completely|pretty) )?(?:normal|natural|human|understandable) (?:reaction|response|worry|fear|"
    r"feeling|way to feel|thing to (?:feel|worry about|want))\b"
)
# "you" + a verb or state that describes the client's inner life or situation.
YOU_STATE_VERBS = re.compile(
    r"^(?:and |but |so )?you(?:'re| are| were|'ve| have| had|'d)?(?: (?:really|just|still|kind of|"
    r"sort of|also|even|both|not|no longer|already|actually|pretty|so|very|feeling|starting to|"
    r"beginning to|been|getting|becoming))* "
    r"(?:feel|feeling|felt|think|thinking|thought|want|wanted|wanting|wish|wishing|hope|hoping|"
    r"miss|missing|care|love|hate|hated|worry|worried|worrying|wonder|wondering|fear|afraid|"
    r"scared|angry|mad|sad|upset|tired|sick|done|fed up|frustrated|stuck|lost|alone|lonely|"
    r"overwhelmed|exhausted|unsure|being|called|went|came|left|lost|tried|made|did|grieving|"
    r"hurting|mourning|suffering|burnt out|burned out|drowning|heartbroken|devastated|isolated|"
    r"not sure|confused|torn|ready|not ready|hesitant|nervous|"
    r"anxious|ashamed|embarrassed|guilty|hurt|disappointed|proud|relieved|grateful|excited|"
    r"struggling|trying|dealing|juggling|carrying|holding|stuck|caught|noticing|noticed|"
    r"realizing|realized|see|saw|know|knew|believe|believed|need|needed|like|enjoy|value|"
    r"get|got|have|had|lost|been|went|gone|going through|left|living|working|sleeping|"
    r"drinking|using|doing|looking|feel like|in a|at a|between|on your own|by yourself|"
    r"the one|someone who|somebody who|pulled|pushed|putting|taking|holding|keeping|"
    r"managing|handling|walking|running|fighting|carrying|barely|finding|starting|"
    r"learning|figuring|considering|thinking about|not)\b"
)
YOU_NEG_STATE = re.compile(
    r"^(?:and |but |so )?you (?:don't|didn't|can't|couldn't|won't|wouldn't|haven't|aren't|"
    r"weren't|never|no longer|just don't|really don't|still don't) "
    r"(?:know|want|see|like|feel|think|care|trust|have|believe|understand|get|need|remember|"
    r"recognize|mind|wanna|enjoy|sleep|eat|talk|go|expect|deserve|agree|buy|seem|have to)\b"
)
TO_YOU = re.compile(
    r"\b(?:matters?|mattered|important|means? (?:a lot|so much|everything)|meant|a big deal|"
    r"hard|scary|painful|huge|precious|valuable|everything|real) (?:to|for) you\b|"
    r"^for you\b|\byour (?:family|kids?|children|son|daughter|health|sobriety|recovery|job|"
    r"work|freedom|independence|faith|relationship|friends|mom|dad|mother|father|wife|husband|"
    r"partner|girlfriend|boyfriend|home|life|future|dog|pets?) (?:is|are|means?|mean|matters?|"
    r"comes?|was|were|has been|have been)\b"
)
THIRD_STATE = re.compile(
    r"^(?:it|that|this|things|everything|life|the (?:whole thing|situation|past|last|week|month|"
    r"year|job|house|loss|news|idea))(?:'s| is| was| has| have| are|'ve| had| seems| feels| "
    r"sounds| must| can| keeps| just| really| been| kind of| sort of| all| feel| felt| get| got)* "
    r"(?:been |felt |become |getting |gotten )?(?:(?:really|so|pretty|super|incredibly|very|"
    r"kind of|sort of|a bit|a little|just|too|such|quite|like|a|an|one|some) )*"
    r"(?:hard|tough|difficult|rough|awful|heavy|painful|scary|frightening|exhausting|"
    r"overwhelming|a lot(?! (?:fewer|less|more|better|worse|cheaper|easier|safer|of|like))|lonely|confusing|frustrating|stressful|draining|brutal|unfair|"
    r"hurtful|sad|crushing|devastating|upsetting|terrifying|isolating|annoying|maddening|infuriating|"
    r"irritating|aggravating|a struggle|a grind|"
    r"a battle|a loss|a blow|a mess|chaotic|intense|complicated|weighing|wearing|piling up|"
    r"falling apart|too much|not fair|a nightmare|hell|unbearable|impossible|nonstop|"
    r"relentless|up and down|all over the place|on you|out of control|a roller ?coaster|"
    r"a lot to (?:carry|handle|deal with|hold)|so much|infuriating|maddening|messed up|insulting|"
    r"humiliating|heartbreaking|discouraging|demoralizing|enraging|a bind|a tough spot|a hard spot)\b|"
    r"^what an? (?:(?:real|total|awful|hard|rough|tough|terrible|impossible) )?(?:bind|mess|nightmare|"
    r"week|day|year|month|load|situation|spot|position|blow)\b"
)
# Fragments that echo the client ("Since March, in your car.", "Tired of it.") are checked
# by overlap in coder.py; these are the words that must not start a reflection.
NOT_REFLECTION_START = re.compile(
    r"^(?:i (?:think|believe|feel) (?:you should|that you should)|i (?:was|am|have|had|used|went|"
    r"got|remember|lost|know what|know how)|we |let's |my |me |when i|if i|i'm going|i'll|"
    r"please|thank|"
    # good wishes and cheers close a reply; they hand nothing back (dev6, dev7)
    r"sending (?:you )?(?:a |some |big )?(?:hugs?|love|strength|good vibes|virtual)|thinking of you|"
    r"you(?:'ve)? got this|rooting for you|good luck|best of luck|hang in there|stay strong|take care|you bet$|you never know|sounds (?:like a plan|good|great)$)\b"
)

# Naming the phenomenon, or saying how common it is, informs: "There's a name for this, moral
# injury, when you're made to act against...", "it's called post-acute withdrawal", "What
# you're describing is very common in insomnia" (55 of 59 such turns in our sets are not
# reflections).
NAMES_IT = re.compile(
    r"there'?s (?:a|even a) (?:name|term|word|label) for (?:this|it|that|what)|\b(?:is|'s) (?:the|a) "
    r"(?:name|term) for (?:it|this|that)\b|\b(?:what'?s|what is|it'?s|this is|that'?s) (?:often |"
    r"sometimes |actually )?(?:called|known as)\b|"
    r"\bone of the (?:most common|biggest|classic|most talked)\b|\bis (?:a )?(?:real|recogni[sz]ed|"
    r"well-known|known|common),? (?:(?:real|recogni[sz]ed|well-known|known) )?(?:thing|phenomenon|"
    r"condition|reaction|response)\b|\b(?:is|are) (?:really |super |very |so |incredibly |pretty |"
    r"extremely |actually )?common\b")

# How things are done, told of a group ("Most banks can put a gambling block on debit cards",
# "Some shelters let you appeal a curfew write-up"): information (40 of 52 such clauses in our
# sets; the rest support advice or a label in another clause).
WHAT_SOME_DO = re.compile(
    r"^(?:(?:and|also|so|but|honestly|um|plus|tbh),? )*(?:most|many|some|a lot of|alot of|lots of|"
    r"plenty of|a few|several) (?!of you\b|people (?:here|on here|in your)\b)(?:[a-z-]+ ){0,2}[a-z]+s "
    r"(?:can|will|usually|often|let|have|offer|run|do|are|get|take|give|also|accept|don'?t|won'?t)\b|"
    # a side effect some people have: "Some people get an upset stomach the first week or two"
    r"(?:^|, |but |and )(?:some|many|most|a lot of|lots of) (?:people|folks|patients) (?:do )?(?:get|feel|notice|"
    r"experience|have) (?:an? |some |really |very |a bit |a little |mild )?(?:upset|sick|nause\w*|dizzy|"
    r"headaches?|achy|tired|drowsy|side effects?|rash\w*|cramps?|shaky|sweaty)\b")

# A right or an option the system gives the client ("You can ask for the call to be recorded",
# "you can usually ask for your advocate to sit with you"): not a reflection (11 of 11 in our
# sets; 8 inform, the rest advice). Nor is what the client's services do.
YOUR_OPTIONS = re.compile(
    r"^(?:(?:and|also|but|plus|usually|so),? )?(?:the good news is,? |luckily,? |thankfully,? )?you(?: can|'d| would| "
    r"will|'ll| usually| also) (?:always |also |"
    r"still |usually |normally |even |just )?(?:ask|request|get|call|apply|file|appeal|need|have to|bring|"
    r"sign|be (?:able|eligible|entitled|seen|called|contacted|given|discharged|referred)|take (?:one|two|a|"
    r"it|them|this)|feel a)\b|"
    # rights, what services will do, how the rules stand (probe L: "You have the right to a court
    # hearing", "They'll send you a letter", "It's hospital policy", "Under your conditions...")
    r"^(?:(?:and|also|but|plus|so),? )?you (?:have|'ve got) (?:the|a) right to\b(?! (?:be|feel|grieve|want|say no)\b)|"
    r"^(?:(?:and|also|then|so),? )?(?:they|someone|somebody|the \w+(?: \w+)?)(?:'ll| will) (?:send|call|contact|"
    r"text|email|write to|mail|ring|give) you\b|"
    r"^you(?:'re| are) being (?:discharged|referred|transferred|released|moved)\b|"
    r"^(?:it'?s|that'?s) (?:\w+ )?(?:policy|the law|protocol|procedure)\b|"
    r"^(?:under|per|as part of) your (?:conditions|probation|parole|order|terms|plan)\b|"
    r"^one of the (?:conditions|rules|requirements)\b|"
    r"^it'?s a (?:program|service|place|group|clinic|charity|fund|hotline|line) (?:at|in|on|down|that|where|called|"
    r"for|through)\b|"
    # what exists for the client: "there are a couple of emergency rental assistance programs"
    r"^there(?:'s| is| are) (?:a |an |some |a couple of |a few |several |lots of |free |also )?(?:[\w-]+ ){0,3}"
    r"(?:programs?|services?|support groups?|resources?|charities|clinics?|hotlines?|helplines?|funds?|grants?|"
    r"schemes?|windows?|waiting lists?|food banks?|benefits?)\b|"
    # what the client's services do: "Your neurologist fills out a certification form", "Your
    # doctor can walk you through it" (6 of 7), not what they said ("your doctor's saying...")
    r"^(?:(?:and|also|but|plus|usually),? )?your (?:neurologist|doctor|gp|prescriber|psychiatrist|"
    r"pharmacist|caseworker|case manager|lawyer|attorney|landlord|po|insurance|insurer|employer|school|"
    r"hr|union rep|advocate|care team|team|nurse|pediatrician|ra|dean|professor|plan|local \w+|state)\b"
    r"(?!.*\b(?:saying|says|said|thinks|told|keeps)\b)[\w' ]{0,30}?\b(?:can|will|has to|have to|"
    r"should|fills|gets|does|is required|usually|must|may|might|could)\b")

# ---- affirm -----------------------------------------------------------------------------
# "Respect for actually reading around": praise, though "respect" could open a command.
RESPECT_FOR = r"^(?:mad |huge |so much |much |major |big )?respect(?: (?:for|to you)\b|,? (?:brother|bro|man|sis|mate|dude|friend)\b|$)"
# Praise in a command's clothes ("Give yourself credit", "Keep it up"): when the clause
# affirms, it neither advises nor directs (coder.code_clause).
PRAISE_NOT_ORDER = re.compile(
    r"\bproud\b|\bcredit\b|\bkeep it up\b|^keep (?:that|it|this) going\W*$|should be doing|^(?:just )?keep doing what|\bgood about (?:that|this|it|yourself)\b|"
    + RESPECT_FOR)
# The client's plan praised (probe T): "ooh good plan", "sounds like a good idea!" (not "it's a good
# idea to see your doctor", which advises): an affirmation, and no reflection however it opens
PLAN_PRAISED = (
    r"^(?:(?:that|this|it) )?(?:'?s|is|sounds like|seems like) (?:a |such a )?(?:really |pretty |very )?(?:good|"
    r"great|awesome|excellent|brilliant) (?:idea|plan|call|move|step|start|choice)\b(?! to\b)(?!.*\?)|"
    r"^(?:a |such a )?(?:really |very )?(?:good|great|solid|smart|awesome|excellent|brilliant|nice) (?:idea|plan|call|"
    r"move|thinking|start|choice)\W*$")
PRAISES_PLAN = re.compile(PLAN_PRAISED)
AFFIRM = _c(
    # probe AF: an effort named by its gerund ("Studying for two years on top of night shifts takes a kind
    # of stubbornness", "Asking for help when you've never done it before is a big deal"), a system, the
    # right decision, grit, not giving up, done it before, went although they almost didn't
    r"^\w+ing\b[^.!?]{0,80}\btakes (?:a (?:kind|certain kind) of |real |serious )(?:stubbornness|grit|persistence|"
    r"determination|discipline|courage|strength|guts|commitment)\b",
    r"^(?:asking|telling|showing|going|making|reaching|speaking|standing|saying|calling|walking|quitting|staying|"
    r"admitting|sharing|coming|finishing|keeping|trying|signing|setting|opening)\b[^.!?]{0,80}\b(?:is|was) (?:a |"
    r"such a )?(?:really |huge |big |real )?(?:big deal|huge deal|no small thing|not nothing)\b",
    r"\b(?:that'?s|is|sounds like) (?:a |such a )?(?:really |pretty |very )?(?:solid|smart) (?:system|approach|routine|"
    r"strategy|setup|boundary)\b",
    r"\b(?:was|is|that'?s) (?:exactly |absolutely |totally )?the right (?:decision|choice)\b",
    r"\byou(?:'ve| have)? (?:already )?(?:got|have) (?:a lot of|so much|real) (?:grit|guts|determination|resilience|"
    r"fight)\b",
    r"\byou(?:'re| are) not giving up\b|^you(?:'ve| have) done (?:this|hard things|harder things) before\b",
    r"\byou almost didn'?t\b[^.!?]{0,30}\band you (?:did|went|came|called|showed|still)\b",
    # "That takes a kind of stubbornness I respect", "...a kind of patience most people don't have"
    # (probes PE, M)
    r"\b(?:that|it) takes (?:a (?:kind|certain kind) of |real |some |a lot of )?(?:patience|stubbornness|courage|guts|"
    r"strength|grit|persistence|determination|honesty)\b",
    # worth, and confidence in what the client can do (peer-support replies)
    r"\byou (?:really |truly |so |also |still )?(?:deserve|deserved) (?:friends|people|someone|a partner|"
    r"support|care|help|rest|a break|a life|to be seen|to be heard|to feel|a (?:relationship|home|job|"
    r"place|friend|family) (?:where|that|who|with))\b",
    # a solid plan, it took guts (dev2 to dev10: 19 of 19 such turns are affirmations)
    r"\b(?:that'?s|is|sounds like) (?:a |such a )?(?:really |pretty |very )?(?:solid|smart) (?:idea|plan|"
    r"way|place to start|first step|move|call|instinct)\b",
    PLAN_PRAISED,
    r"\b(?:took|takes|must have taken|must'?ve taken) (?:a lot|so much|real|a kind of|serious|some) ?"
    r"(?:guts|courage|strength|nerve|of (?:guts|courage|strength|nerve)|to (?:say|type|write|post|share|"
    r"admit|tell))\b",
    # praise of something the client did (probe Y): "That's a generous thing to do for your son",
    # "that's really sweet of you"
    r"^(?:that'?s|that was|what a) (?:(?:really|so|very|such|a really|a very) )?(?:a )?(?:generous|kind|"
    r"thoughtful|sweet|caring|selfless|loving|big-hearted|lovely) (?:thing to do|of you|move|gesture)\b",
    # the right call, not nothing, keep doing it, respect (written replies, dev9)
    r"\b(?:was|is|that'?s) (?:exactly |absolutely |totally )?the right (?:call|thing to do|move)\b",
    r"\b(?:isn'?t|is not|aren'?t|are not) nothing\b", r"^(?:just )?keep doing what you'?re doing\b",
    RESPECT_FOR,
    r"\bis (?:already )?a (?:real |big |huge |good )?step (?:toward|towards|in the right direction|"
    r"forward)\b",
    r"\byou (?:really |truly |so )?(?:deserve|deserved) (?:so much )?(?:better|more|a (?:life|break|rest|"
    r"voice)|to be (?:happy|"
    r"loved|safe|respected|treated|heard|cared)|happiness|love|respect|good things|peace|kindness|"
    r"support)\b",
    r"\byou(?:'re| are) (?:so |very |really |truly )?(?:important|worthy|valuable|enough|worth it|"
    r"loved|a good family)\b",
    r"\b(?:i know|i believe|i'?m sure|i am sure|i have (?:no doubt|faith|confidence)|i'?m "
    r"confident)(?: that)? you (?:can|will|'ll|are (?:able|capable|strong))\b",
    r"^you (?:can|will|'ll) (?:get through|make it|do (?:it|this)|overcome|beat|handle|survive|"
    r"pull through)\b",
    r"\bi see you as\b", r"\b(?:courageously|bravely)\b",
    # strengths said in typed chat and written replies (dev8)
    r"^(?:so |and )?that'?s you (?!saying|telling|asking|thinking|feeling|being hard|talking)\w+ing\b",
    r"\byou (?:really |still |also )?matter\b(?! to (?:him|her|them)\b)",
    r"\byou(?:'re| are) (?:still |really )?showing up\b",
    r"\b(?:been|being|were|are|you'?re) (?:(?:really|so|clearly|already) )*on top of (?:this|it|things|"
    r"everything)\b",
    r"\b(?:that'?s|that was|it'?s|it was) (?:a |an )?(?:(?:really|very|such a|so) )?(?:strong|brave|smart|"
    r"wise|healthy|mature|courageous|loving|caring|selfless) (?:choice|decision|move|call|step|thing to "
    r"do)\b",
    # what the client did, judged kind: "playing the volunteer so he wouldn't get scared was a
    # really loving thing to do" (dev11)
    r"\bwas (?:a |an )?(?:(?:really|very|such a|so|incredibly) )?(?:loving|caring|kind|selfless|"
    r"generous|thoughtful|brave|courageous|strong|wise|mature) (?:thing to do|choice|decision|move)\b",
    r"\bthank(?:s| you) for being (?:so )?(?:straight|honest|open|real|upfront) with me\b",
    # thanks for a hard thing done (probe AF): "Thank you for telling me the truth.", "Thanks for
    # coming in anyway." ("Thanks for coming in." alone stays `other`)
    r"^thank(?:s| you)(?: so much)? for (?:telling me the truth|your honesty|being honest)\b|"
    r"^thank(?:s| you)(?: so much)? for (?:coming(?: in)?|showing up|being here|calling|reaching out|telling me|"
    r"sticking with (?:it|this))\b[^.!?]{0,30}\b(?:anyway|anyhow|all the same)\b",
    r"\b\d+ (?:days|weeks|months|years) (?:clean|sober|off [\w ]{1,20}|in recovery)? ?(?:is|was) "
    r"(?:huge|massive|amazing|incredible|a big deal|a huge deal|no small thing|a real achievement)\b",
    r"\bspeaks? (?:well|highly|volumes) (?:of|about) you\b", r"\bputs? you ahead of\b",
    r"\b(?:a |an )?(?:completely |totally |perfectly |pretty |really |very )?(?:reasonable|healthy|valid) "
    r"(?:boundary|ask|request|thing to (?:do|want|ask(?: for)?)|choice|decision)\b",
    r"\btakes (?:a lot|alot|guts|so much)\b(?! (?:of time|longer|out of))",
    # effort named and credited: "Showing up every week while depressed takes real effort",
    # "that takes more patience than most people have", "a brave first step", "credit to you"
    # (dev7 to dev9)
    r"\b(?:takes|took) (?:real |serious |a lot of |so much |more )?(?:effort|courage|strength|patience|"
    r"guts)\b(?! (?:to (?:get|find|see)|from (?:him|her|them)))|\ba (?:brave|big|huge|real|"
    r"important) first step\b|\b(?:credit|props|kudos) to you\b|\bhalf the battle\b|"
    r"\byou(?:'re| are) doing (?:so much |way |a lot )?better than you (?:think|realize|give yourself)\b",
    r"\bthat'?s (?:you|your recovery) (?:pushing through|working|fighting|growing|healing|taking care|"
    r"taking charge|taking control|looking out for|standing up for|"
    r"showing up|standing up|doing the work)\b",
    r"\b(?:is|was) (?:so |really |incredibly |pretty |genuinely |seriously |truly |super |very |"
    r"honestly )?(?:brave|courageous|admirable|impressive|inspiring)\b(?! (?:of|for|to) (?:him|her|"
    r"them)\b)",
    r"\bsomething (?:plenty of|most|a lot of|many) (?:people|adults)\b",
    # "That shows a lot of self-awareness", "That was really honest of you", "a really meaningful
    # goal", "you did the hardest part already", "You've really stuck with it" (probe sets)
    r"\b(?:shows|took|takes) (?:a lot of |real |so much |some )?(?:self-awareness|self-control|insight|"
    r"maturity|honesty|humility|discipline|courage|guts)\b",
    r"\b(?:that|it) was (?:really |very |so |pretty )?(?:honest|brave|wise|mature|generous|kind) of you\b",
    r"\b(?:a |such a )(?:really |very |truly )?(?:meaningful|worthy|honest|brave|solid) (?:goal|thing to say|"
    r"step|plan)\b",
    r"\byou(?:'ve| have)? (?:already )?(?:got|have) a lot of (?:insight|courage|strength|heart)\b",
    r"\byou(?:'ve| have)? (?:already )?done the hardest part\b|\byou did the hardest part\b",
    r"\byou(?:'ve| have) (?:really )?stuck (?:with it|it out)\b",
    # "...shows what a caring mom you are", "you keep getting back up" (probe sets)
    # the client's plan or choice liked, said after it (probe AF): "I like that plan a lot.", "Good, that's what I
    # was hoping you'd do." ("Keep that going." after praise is part of it)
    r"^i (?:really )?(?:like|love) (?:that|this|your) (?:plan|idea|choice|decision|thinking)\b",
    r"^(?:(?:good|great|perfect|nice|awesome),? )?(?:that'?s|this is) (?:exactly )?(?:what i was hoping you(?:'?d| would) do|how it'?s supposed to go)\b",
    r"^keep (?:that|it|this) going\W*$",
    # an effort the client made against the pull of the moment (probe AF, stop 28): "You stayed calm
    # with him twice when it would've been easy to blow up", "You sat through the whole meal even with
    # every part of you wanting to run", "Even on the worst days you're still doing something for your
    # body", "You're really taking charge of your health" (not "You did everything right and it
    # still didn't matter": the verbs are the client's efforts, not what was done to them)
    r"^(?:and |but |so )?you(?:'ve| have)? (?:still |really |actually )?(?:stayed|kept|showed up|went|came|sat|"
    r"made it|got through|held|stuck|called|reached out|finished|got up|got out|walked|pushed)\b[^.!?]{0,80}"
    r"\b(?:even (?:when|though|with|on|after|while|if)\b|anyway\b|when it would(?:'ve| have) been easy)(?![^?]*\?)",
    r"^even (?:on|in|when) (?:the |your )?(?:worst|bad|hardest|roughest|low)\b[^.!?]{0,40}\byou(?:'re| are)? still\b",
    r"\byou(?:'re| are) (?:really |actually )?taking (?:charge|control|ownership) of\b",
    r"\bthat kind of (?:persistence|determination|commitment|courage|honesty|patience|stubbornness|grit)\b",
    r"^(?:that'?s|what) (?:a |such a )?(?:really |pretty |very )?(?:clever|smart|creative|resourceful|"
    r"brilliant) (?:workaround|solution|fix|idea|trick|way (?:to|of|around))\b",
    r"\bthat'?s a (?:real |beautiful |lovely |huge )?gift you (?:gave|are giving|'re giving)\b",
    r"^that'?s a (?:really |very |such a )?(?:beautiful|good|powerful|great) reason to\b",
    r"\b(?:shows|says|tells me) what an? (?:\w+ )?(?:mom|mother|dad|father|parent|person|friend|"
    r"partner|son|daughter) you are\b",
    r"\byou keep (?:getting (?:back )?up|showing up|fighting for)\b",
    r"\bone of the (?:\w+,? )*(?:kindest|bravest|most loving|best) things? you (?:can|could)\b",
    r"\bnobody can take (?:that|it|this) (?:away )?from you\b",
    r"\b(?:who you are|you) (?:isn'?t|aren'?t|are not|is not) (?:something that needs fixing|broken)\b",
    r"\byou(?:'re| are) (?:already )?doing (?:a|the) (?:hard|hardest|brave|loving|kind|right|good)"
    r"(?: and \w+)? (?:thing|part|work)\b",
    r"\bthat'?s what (?:a )?(?:good|great|loving|real|caring) (?:parent|mom|dad|friend|partner|person|"
    r"daughter|son|recovery) looks like\b",
    r"\byou (?:can|will|'ll) (?:totally |definitely )?(?:get through (?:this|it)|make it|do (?:it|this)|"
    r"beat (?:this|it)|handle (?:this|it))\W*$",
    r"\byou(?:'re| are| sound like| seem like| seem| sound) (?:(?:really|so|clearly|obviously|very|such|"
    r"a|an|incredibly|truly) )*(?:caring|kind(?! of)|compassionate|empathetic|wise|loyal|selfless|"
    r"considerate|mature|self-aware|thoughtful|good-hearted)\b",
    r"\b(?:shows|says|tells me|proves) (?:how much|that) you (?:really )?(?:care|love|want|are trying|"
    r"'re trying)\b",
    r"\byou(?:'ve| have) (?:already )?(?:done|taken) the (?:hardest|first|biggest|most important) "
    r"(?:part|step)\b",
    r"^you\b.*\bbetter than (?:most|many|a lot of) (?:people|folks|would)\b",
    r"\byou(?:'re| are) (?:so much |a lot |way )?(?:stronger|braver|smarter|more capable|tougher|more "
    r"resilient) than you (?:think|realize|know|give yourself credit for)\b",
    r"^\w+ing\b[\w' ]{0,50}\b(?:is|was) (?:already )?(?:a |an )?(?:(?:huge|big|real|major|great|"
    r"good|really good) )?(?:achievement|accomplishment|win|victory|sign|success)\b",
    r"\b(?:not (?:a lot of|many)|few) people (?:can|could|would|are able to|have the)\b",
    r"\byou must be (?:a |an )?(?:(?:very|really|so|incredibly) )*(?:strong|brave|resilient|"
    r"caring|loving|good|smart|courageous|determined)\b",
    r"\b(?:that|it|this|which|what you did) (?:took|takes|must have taken|must've taken|must take|"
    r"shows|showed|says|took you) (?:a lot of |real |so much |some |serious |a ton of |guts|"
    r"a lot)?(?:courage|strength|guts|bravery|honesty|effort|work|commitment|determination|"
    r"heart|grit|nerve)\b",
    r"\bit takes (?:a lot of |real |some |so much )?(?:courage|strength|guts|bravery)\b",
    r"\byou (?:should|ought to|can|get to|deserve to) (?:be|feel) (?:really |very |so |pretty |"
    r"damn |real )?(?:proud|good about (?:that|this|it|yourself))\b",
    r"\b(?:give|giving) yourself (?:some |a lot of |more |a little more )?credit\b",
    r"\bi'?m (?:really |so |very |truly )?(?:proud of you|impressed|inspired by)\b",
    r"\bwho (?:didn'?t|never|doesn'?t|won'?t) (?:give up|quit|stop (?:trying|fighting|showing up))\b|"
    # the client's worth named (probe X): "You're a good daughter.", "you're such a hard worker",
    # "You'd make a great nurse."
    r"^(?:(?:and|honestly|but) )?you(?:'re| are) (?:such |really )?(?:a|an) (?:really |very |so |such a )?(?:good|great|"
    r"amazing|wonderful|loving|caring|devoted|hard|brave|strong|thoughtful|kind) (?:daughter|son|mom|mum|mother|dad|"
    r"father|parent|friend|kid|person|worker|partner|wife|husband|sister|brother|grandma|grandpa|listener|"
    r"advocate|teacher)\b|\byou'?d make (?:a|an) (?:really |very )?(?:great|good|amazing|wonderful|fantastic) \w+|"
    r"\bgood (?:for you|job|work|on you|on ya)\b|\bwell done\b|\bfair play(?: to you)?\b|^nice one\b|"
    r"\byou made (?:a |the )?(?:(?:really|very|such a) )?(?:strong|good|great|smart|wise|brave|right|healthy|solid) "
    r"(?:choice|call|decision|move)\b|(?<!the )(?<!long )\bway to go\b|\bcongrat",
    r"\b(?:nice|great|awesome|amazing) (?:job|work|effort)\b",
    r"\byou(?:'re| are| were) (?:(?:really|so|clearly|obviously|very|such|a|an|incredibly|pretty|"
    r"still|already) )*(?:strong|resilient|brave|courageous|determined|committed|"
    r"resourceful|dedicated|persistent|thoughtful|insightful|smart|capable|hardworking|"
    r"hard-working|survivor|fighter|good (?:mom|mother|dad|father|parent|friend|person|man|"
    r"woman)|great (?:mom|mother|dad|father|parent|friend)|loving|generous|self-aware|"
    r"honest with yourself|doing (?:great|well|a great job|really well|the work|"
    r"something hard|the best you can)|making (?:progress|real progress|changes|an effort))\b",
    r"\byou(?:'ve| have|'re| are)(?: been)? (?:really |definitely |already )?making (?:some |real |a lot of |"
    r"big |great |good |such |huge )*(?:progress|changes|strides|an effort|headway)\b",
    r"\byou(?:'ve| have) (?:(?:really|clearly|obviously|already|also|still|actually) )*"
    r"(?:worked (?:so |really |very )?hard|come (?:a|such a|so) (?:long|far)|come so far|"
    r"made (?:a lot of |real |great |so much |some )?(?:progress|changes|strides)|"
    r"shown (?:a lot of |real |so much )?(?:courage|strength|commitment)|"
    r"(?:kept|stayed) (?:going|sober|clean|at it|showing up|committed)|"
    r"been (?:able to|sober|clean|working (?:so|really) hard)|managed to|survived|"
    r"held (?:on|it together)|got(?:ten)? through|pushed through|done (?:a lot|so much|great|"
    r"an amazing|a great|really well|the hard))\b",
    r"\byou (?:did it|did (?:a )?(?:great|good|amazing|awesome|hard|brave)|did well|managed to|"
    r"made it (?:through|to)|reached out|showed up|stood up for|stuck (?:with|to) it|kept (?:at|"
    r"going|your)|chose to(?! (?:drink|use|gamble|smoke|go back|pick up|relapse|lie|ignore|skip))|decided to (?:come|reach|call|get)|still showed up|came in|got "
    r"yourself|took (?:a|the) (?:big |brave |huge |first |hard |real )?step|pulled (?:through|"
    r"yourself))\b",
    r"\b(?:that'?s|that is|it'?s|this is|which is) (?:a |such a |an )?(?:(?:really|so|very|pretty|"
    r"truly|seriously|huge|real) )*(?:great|awesome|wonderful|amazing|impressive|fantastic|"
    r"excellent|terrific|incredible|remarkable|an accomplishment|accomplishment|"
    r"achievement|big step|huge step|real step|a strength|brave|courageous|a win|"
    # "So that's a huge stress right now?" sizes a burden; it praises nothing (AnnoMI)
    r"huge(?! (?:stress|strain|burden|worry|problem|issue|loss|shock|blow|weight|pressure|risk|concern|"
    r"mess|hassle|fear|struggle|challenge|trigger|change for you to))|"
    r"progress|admirable|no small thing|not a small thing|not nothing|a big deal|"
    r"a (?:big|real|huge|great|major) (?:change|improvement|milestone|turnaround|shift)|"
    r"(?:a |such a )?(?:good|great|smart|wise|healthy|brave) (?:decision|choice)|"
    # the client's own plan judged sound: "That's a really sensible plan" (probe L)
    r"(?:a |such a )?(?:sensible|solid|realistic|doable|workable) (?:plan|goal|idea|approach|first step))\b",
    # "thank u for telling me that, i know its not easy to say" (CODING_RULES other: thanks alone
    # is other; with the effort named it affirms)
    r"\bi (?:know|imagine|bet) (?:it|that|this)(?:'s not| is not| isn'?t| wasn'?t| was not| can'?t have been|"
    r" couldn'?t have been) (?:always |very |super |an? )?easy\b(?!,? (?:but|to (?!say|share|tell|talk|admit|"
    r"write|type|hear)\w*)\b)|"
    r"\bthank you for (?:trusting|being (?:so )?(?:honest|open|brave)|opening up)\b|"
    r"\bthanks for (?:trusting|being (?:so )?(?:honest|open))\b",
    r"\bi (?:really )?(?:appreciate|admire|respect) (?:you|your|that you|how you|the way you|"
    r"how much|what)\b",
    r"\byour (?:honesty|courage|strength|commitment|determination|resilience|persistence|"
    r"insight|dedication|love for|effort|hard work|willingness|self-awareness|awareness|maturity|"
    r"compassion|patience|kindness|openness|bravery)\b",
    r"\b(?:says|shows|tells me) (?:a lot|something|so much)(?: good| important)? about (?:you|who)\b",
    r"\byou (?:clearly|obviously|really) (?:care|love|want the best)\b",
    r"\b(?:the|a) (?:strength|courage|resilience|determination) (?:you|it took)\b",
    r"\b(?:a |such a )?(?:real|big|huge) (?:win|deal|step|accomplishment|achievement)\b(?! (?:made|at|on)\b)",
    r"(?<!time )(?<!when )(?<!if )\byou (?:actually |really |finally |still |just )?(?:did it|did that|pulled (?:it|that) off|"
    r"made it|went anyway|showed up|kept \w+ing|kept at it|followed through|got (?:the (?!text|call|message|letter|news|email|results?)|it|through))\b",
    r"\byou(?:'ve| have) been (?:(?:so|really|very|pretty|super|incredibly) )?(?:honest|open|brave|"
    r"consistent|patient|strong|steady|committed)\b",
    r"\byou (?:(?:really|have|'ve) )*worked (?:so |really |very )?hard\b",
    r"(?<!probably )(?<!likely )(?<!usually )(?<!often )"  # "...probably means you're flaring"
    # not someone's demand relayed: "Your treatment team says you have to do the IOP"
    r"\b(?:(?<!team )(?<!doctor )(?<!he )(?<!she )(?<!po )(?<!judge )(?<!officer )(?<!mom )(?<!dad )says|shows|"
    r"tells me|means) (?:that )?you(?:'re| are| really| care| want| have(?! to\b)| know)\b",
    r"^(?:that'?s|this is) (?:really |pretty |quite )?something(?: (?:else|special))?(?:$| right there| to be proud of| to feel good about)", r"\bthose count\b", r"\bthat counts\b",
    r"\ba lot of (?:trying|effort|work|courage|strength)\b", r"(?<!to be )\bproud of (?:you|yourself)\b",
    r"\b(?:that'?s|it'?s) (?:a )?(?:good|great|solid|smart|wise) (?:list|plan|call|choice|"
    r"decision|idea(?! to)|move|instinct|question|start|goal)\b",  # "it's a good idea to..." recommends
    r"\byou(?:'re| are) (?:not a|no) (?:screw-?up|failure|loser)\b",
    r"\byou (?:care|love) (?:about )?(?:them|her|him|your \w+) (?:so much|a lot|deeply)\b",
    r"\bthat took (?:something|a lot|some (?:bottle|nerve|guts|balls|courage|doing))\b", r"\bgood (?:thinking|call|catch|for you)\b",
    # a welcome is no praise ("I'm really glad you posted this", "glad you found us"); coming
    # here instead of staying alone with it is ("...glad you posted this instead of...")
    r"\bi(?:'?m| am) (?:really |so |very )?(?:glad|honored|grateful|happy) (?:you|that you)\b"
    r"(?! (?:posted|wrote in|found (?:us|this|your way)|said it here|joined)\b(?![^.?!]*\binstead of\b))",
    r"\b(?:says|shows|tells me) (?:a lot|something|so much)(?: good| important)? about (?:the kind|what|how)\b",
    r"\bsays something\b", r"(?<!decide )\bwhat (?:brave|courage|strength|recovery|commitment) (?:actually |really )?looks like\b",
    r"\bthat'?s (?:a lot of|a real|real|some real) (?:consistency|change|effort|work|progress|commitment|courage)\b",
    r"\byou (?:really )?(?:fought|worked|pushed|stood up) (?:for|through|hard)\b",
    r"\bthat'?s (?:(?:really|so|pretty|very) )?(?:smart|wise|brave|strong|so good|really good)\b",
    r"\bkeep it up\b", r"\b(?:exactly|just) what you should be doing\b",
    r"\byou (?:still |actually |even )?(?:came|showed up|went|did it|called|made it|kept going|tried|"
    r"got up|kept at it|reached out|stuck with it|said no|told (?:him|her|them)|picked up the phone)"
    r"(?: \w+){0,3} anyway\b",
    r"^look at you\b", r"\b(?:it'?s|that'?s) (?:really |so |just )?(?:good|great|wonderful|awesome|"
    r"amazing|nice|impressive|fantastic) (?:that|how) you(?:'ve| have| are|'re| did| were|'d| still| "
    r"actually| went| came| made| kept| tried| called| took| got)\b", r"\byou(?:'ve| have)? (?:(?:really|obviously|clearly) )*(?:thought|put) (?:a lot|"
    r"so much|a great deal|real thought)(?: of (?:thought|work|effort))? (?:about|into)\b", r"\byou(?:'ve| have) (?:really |clearly )?thought (?:this|it|that|about this) "
    r"through\b", r"\blucky to have (?:you|someone|somebody|a (?:mom|dad|parent|friend|mother|father))\b",
    r"\b(?:that'?s|this is) (?:exactly |just )?what you(?:'re| are) supposed to (?:do|be doing)\b",
    r"\byou(?:'re| are) (?:really )?taking (?:good )?care of yourself\b|^taking care of yourself\b",
    r"\bthat'?s (?:not|no) (?:easy|small|little)(?: thing| feat)?\b|\bnot an easy thing\b",
    r"\byou(?:'re| are) (?:really |clearly |obviously )?(?:doing (?:a )?(?:great|good|amazing|awesome|"
    r"fantastic|really good|wonderful)(?: job)?|handling (?:it|this|that) (?:really |so )?well)\b",
    r"\byou handled [\w' ]{1,30}? (?:really |so |pretty )?well\b", r"\byou did the right thing\b",
    r"\byou(?:'re| are) being (?:really |so |very )?(?:honest|open|brave|real|straight)\b",
    r"\b(?:that|it) (?:was|is) (?:a )?(?:(?:really|very|so|pretty) )?(?:smart|wise|brave|good|great|"
    r"healthy|mature|courageous) (?:move|decision|choice|call|thing to do|idea|step)\b",
    r"\b(?:it'?s|it is) clear (?:that )?(?:you|how much you)\b", r"\bi can (?:see|tell) how much you\b",
    r"\byou(?:'re| are) (?:the kind of|someone who|a person who) (?:person who )?(?:cares|keeps|doesn'?t give|"
    r"works|fights|shows)\b", r"\bnot everyone (?:would|could|can|does)\b",
    r"\ba lot of people (?:wouldn'?t|couldn'?t|don'?t) (?:have|do|even)\b",
    r"\b(?:a lot of|most|many|plenty of) people (?:can'?t|couldn'?t|wouldn'?t|don'?t|won'?t)\W*$",
    r"\byou(?:'ve| have| were| are|'re) (?:been )?(?:really |so |very |totally )?(?:honest|straight|"
    r"open|upfront) (?:with me|about)\b",
    r"\byou(?:'ve| have) tried (?:really |so |very )?hard\b", r"\byou(?:'re| are) owning\b",
    r"\b(?:i )?love (?:that|this|how you)\b", r"\byou(?:'re| are) (?:really )?(?:willing|committed|"
    r"determined|motivated) to\b", r"\byou(?:'ve| have) (?:put|given) (?:a lot of|so much|real) "
    r"(?:thought|effort|work|heart)\b", r"\byou stuck with (?:it|that|this)\b",
    r"\bthat(?:'s| is| was) (?:a )?(?:(?:really|very|so|pretty) )?(?:wonderful|fantastic|amazing|"
    r"impressive|huge|awesome|great) (?:news|step|progress|change|thing|accomplishment|idea|insight)\b",
    # naming the strength in what the client just said they did (dev4): "That's patience."
    r"^(?:and )?that'?s (?:real |true |what |just )?(?:patience|honesty|honest|strength|courage|love|commitment|"
    r"dedication|growth|maturity|wisdom|self-awareness|resilience|guts|grit|heart|"
    r"(?:a lot of|real|serious) (?:love|effort|work|strength|courage)|knowing your (?:limits?|worth)|"
    r"(?:you )?(?:taking care of|looking out for|standing up for|fighting for|showing up for) "
    r"(?:yourself|your|them|him|her|the)|you (?:fighting|looking out|showing up|taking care|"
    r"standing up|doing the work|being a)|a (?:good|great|real) (?:parent|mom|dad|friend|father|mother)|"
    r"a parent who|a big bet on yourself|a (?:mom|dad|parent|mother|father) (?:showing up|who shows up))\b",
    r"^(?:and )?(?:that|it) (?:took|takes) something\b",
    r"^(?:and )?(?:that|it|this) (?:really |still |absolutely )?(?:matters|counts|says (?:a lot|something))\W*$",
    # "That's some serious staying power." / "Leaving took so much courage." (dev5)
    r"\b(?:that'?s|that is|that was|that took|that takes|it took|it takes|took|takes)(?: (?:some|a|real|a lot of|"
    r"a whole lot of|so much|serious|such|true|a real|a ton of|big|major))* (?:staying power|strength|grit|guts|"
    r"courage|humility|heart|self-knowledge|self-awareness|problem-solving|determination|dedication|"
    r"commitment|resilience|maturity|wisdom|insight|leadership|character|integrity|persistence|"
    r"perseverance|resourcefulness|bravery|nerve|backbone|discipline|follow-through|accountability|"
    r"love|patience)\b",
    r"\byou'?re (?:such |one |a |an |one heck of a |a real )*(?:tough cookie|saint|rock|badass|beast|"
    r"force|inspiration|role model)\b",
    r"\b(?:that|this|it) was (?:really |so |pretty |honestly )?solid\b",
    r"\bnot (?:a lot of|many|everyone|everybody|most) (?:people |folks )?(?:would'?ve|would have|could'?ve|"
    r"could have|would|could)\b",
    r"\byou (?:didn'?t|never) (?:back down|give up|quit|cave|fold)\b",
    r"\byour heart (?:was|is|'s) in the right place\b", r"\bthat'?s what i'?m talking about\b",
    r"\bthat'?s no (?:joke|small thing|small feat)\b",
    r"\b(?:most|a lot of|many|plenty of) (?:people|folks|guys) (?:would'?ve|would have) (?:quit|given up|"
    r"stopped|walked|bailed|caved|run)\b|\b(?:a lot of|most|many) people put (?:that|it|this) off\b",
    r"\b(?:that|it|this) was (?:really |so |pretty |honestly )?(?:smart|wise|brave|strong|mature|"
    r"a good call|the right call|a good move|gutsy)\b",
    r"\b(?:is|was|are) (?:a ton of|a lot of|real|serious|so much) (?:effort|work|commitment|hustle)\b",
    r"\byou(?:'re| are) (?:such )?a (?:trooper|champ|rock ?star|warrior|fighter|survivor|go-getter)\b",
    r"\byou(?:'ve| have) (?:done|put in) the work\b",
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|sixty|ninety|a hundred)"
    r" (?:years?|months?|weeks?|days?)(?: clean| sober)? (?:is|are) (?:still )?(?:huge|real|big|a big deal|"
    r"no joke|something|amazing|incredible|"
    # the count stands after a slip: "97 days is still 97 days" (dev11)
    r"\d+ (?:years?|months?|weeks?|days?)$)\b",
    # probe sets G-K (stop 23): effort named without "guts" ("That must've taken a lot", "That took
    # some doing", "takes so much love"), a count that stands ("Six months is still six months",
    # "one night doesn't erase that", "Forty days isn't wasted"), a start or a step ("Two weeks is a
    # real start", "Saying it here is already a step"), "You really stuck with it"
    r"\b(?:that|it|this|which)(?: must(?:'ve| have)| really| definitely| probably)? (?:took|taken|takes) "
    r"(?:so much|a lot(?! of (?:the|my|your|his|her|their|it)\b)|some doing|real (?:guts|courage|strength|work|"
    r"effort)|guts|courage|strength|grit)\b",
    r"^\w+ing\b[^.!?]*\btakes (?:so much|a lot of|real) (?:love|strength|courage|patience|guts|commitment|heart)\b",
    r"\b(\w+ (?:years?|months?|weeks?|days?)) (?:is|are) still \1\b|\b(?:doesn'?t|does not|can'?t|won'?t) "
    r"(?:erase|undo|cancel out|wipe out) (?:that|those|it|them)\b",
    r"^(?:\w+ ){1,2}(?:days?|weeks?|months?|years?) (?:isn'?t|aren'?t|is not|are not|wasn'?t|weren'?t) "
    r"(?:wasted|nothing|lost|for nothing)\b",
    r"\b(?<!there)(?<!there )(?:is|'s) (?:already |still )?(?:a|one) (?:real |big |huge |good |great |brave |important |solid )?"
    r"(?:start|step|beginning)\b(?! (?:back|backwards|down)\b)",
    r"\byou (?:really )?(?:stuck with it|stuck to it|followed through|kept at it|didn'?t give up)\b",
    r"^that'?s(?:,? that'?s)? (?:really |real |so |very )?(?:concrete|real control|self-control)\b",
)
# Generic praise used as a topic close ("Great. So next week...") is "other" (CODING_RULES).
AFFIRM_BARE = re.compile(r"^(?:great|good|awesome|nice|cool|perfect|excellent|wonderful)$")

# ---- autonomy / collaboration ------------------------------------------------------------
# A pause or a return left to the client (probe AU): "you can always come back to it", "you can call a
# break anytime": autonomy, not advice (coder.code_clause)
LEFT_TO_THEM = (r"\byou can (?:always )?(?:come back to (?:it|that|this)|call a (?:break|time ?out)|take a break)"
                r"(?: (?:any ?time|whenever|later|if you want))?\b")
AUTONOMY = _c(
    # autonomy in other words (probe AU): "That may not fit you, though.", "That's your right.", "You get
    # a say in that.", "That's yours to figure out.", "you can always come back to it", "you can call a
    # break anytime", "Whatever you land on, I'll still be here.", "You're the only one who can decide
    # what recovery looks like for you."
    r"^(?:but |and )?(?:that|this|it) (?:might|may) (?:or may not |not )(?:be your thing|be for you|be right for you|"
    r"fit(?: you)?|work for you|suit you)\b",
    r"^(?:and )?(?:that'?s|it'?s) (?:totally |absolutely |completely )?your right\b|\byou get (?:a|the) say\b|"
    r"\b(?:that'?s|it'?s) yours to (?:figure out|work out|decide|choose)\b",
    LEFT_TO_THEM,
    r"^whatever you (?:land on|end up (?:deciding|choosing|doing)|go with|pick|choose)\b",
    r"\byou(?:'re| are) the only one who (?:can|gets to) (?:decide|say|choose|know)\b",
    # Irish "up to yourself", Spanish "tú decides" / "es tu decisión" (probe R)
    r"\bup to yourself\b|\bt[uú] decides\b|\bes tu decisi[oó]n\b",
    # "You're allowed to change your mind", "You get to decide what your sister knows" (24 of 26)
    r"(?<!how much )\byou(?:'re| are) (?:also |totally |absolutely |still |always |completely )?allowed "
    r"to\b", r"\byou get to (?:take|decide|choose|set|pick|say|go|change|do)\b",
    r"\b(?:that'?s|it'?s|this is) (?:yours|your own|all yours) to (?:decide|choose|make|call)\b",
    r"\b(?:it'?s|that'?s|this is|it is|that is|this'?s) (?:totally |entirely |completely |really |"
    r"ultimately |all |always |still |100% |absolutely )?(?:your (?:choice|call|decision|life|"
    r"recovery|journey|body|time|pace|way)|up to you)\b",
    r"\byour (?:choice|decision|call)\b", r"\bup to you\b",
    r"\byou (?:get to|can|could|will|'ll|are the one to|'re the one to|have the right to) "
    r"(?:decide|choose|pick|make that call|call the shots)\b", r"\byou (?:kinda |kind of |really )?call the shots\b",
    r"\byou(?:'re| are) (?:the (?:one (?:who|that)(?! (?:gets? stuck|ends? up|pays|carries|bears|'s left|is "
    r"left))|expert|best judge|boss|person who knows)|in (?:charge|control|the driver'?s seat))\b",
    r"\byou know (?:yourself|your (?:life|situation|body|family|kids|needs|own mind)|what'?s best "
    r"for you|best)(?: (?:best|better|than))?\b",
    r"\byou know (?:your \w+ )?better than (?:i do|me|anyone)\b",
    r"\btake what(?:'?s| is)? ?(?:useful|helpful|fits|helps|works|you need|resonates)\b(?![^.!?]*\?)",
    # "it's your relationship, you know it best", "you know your workplace better than any of us"
    r"\byou know (?:it|them|him|her|that|this|your \w+|that \w+|this \w+|the \w+) (?:best|better than "
    r"(?:anyone|anybody|me|i do|we do|any of us|we ever could))\b",
    r"\bonly you(?: and [\w' ]{1,20})? (?:can|know|get to)\b",
    r"\bwhatever you (?:decide|choose|think is best)\b",
    r"\byou (?:also |really |honestly )?(?:don'?t|do not) owe (?:anyone|anybody|them|him|her|people|your "
    r"\w+)\b", r"\byou (?:also )?(?:don'?t|do not) (?:need|have) to [\w' ]{1,40}\buntil you\b",
    r"\b(?:nobody|no one|no-one) (?:else )?gets to (?:tell you|decide|say)\b",
    r"\btake what (?:fits|helps|works|you need|resonates) and leave the rest\b",
    r"\byou don'?t have to (?:talk|say|share|decide|tell|go|answer|do|explain|if|right|today)\b",
    r"\bno pressure\b", r"\bwhen(?:ever)? you(?:'re| are| feel) ready\b",
    r"\b(?:at|in) your (?:own )?(?:pace|time|terms)\b",
    r"\btake it or leave it\b", r"\byours to (?:decide|choose|make|call)\b", r"\bsee what fits\b", r"^whatever (?:fits|works|feels right)\b",
    r"\bif (?:it|that|any of (?:it|that)|this) (?:fits|works for you|feels right|doesn'?t fit|"
    r"doesn'?t work)\b",
    # not a hedge on the writer's own reply or a test to run: "idk if this helps", "see if it helps"
    r"(?<!sure )(?<!idk )(?<!t know )(?<!dunno )(?<!see )(?<!wonder )(?<!even )"
    r"\bif (?:it|that|any of (?:it|that)|this) helps\b(?! (?:you|with|to)\b)",  # not "even if it helps you drop off"
    r"\bmay or may not (?:fit|work|be right|apply)\b", r"\bmight not (?:fit|work for) you\b",
    r"\bwhat (?:feels|seems) right (?:to|for) you\b", r"\byou'?re free to\b",
    r"\bthat'?s (?:for you|something only you can)\b", r"\byour (?:own )?terms\b",
    # not "before you decide anything", "what made you decide to start?"
    r"(?<!before )(?<!until )(?<!once )(?<!made )(?<!make )(?<!makes )(?<!did )(?<!in case )\byou decide\b",
    r"\bor not\b.*\b(?:up to you|your call|totally fine)\b", r"\bno right or wrong\b",
    r"\bit'?s okay (?:not to|if you don'?t)\b", r"\bonly if you want\b",
    r"\bif you (?:want|'d like|wish)(?: to)?\s*(?:[,.?!]|$)",
    r"\bthe choice is yours\b", r"\bchoice is (?:yours|up to you)\b",
    r"\bmight not\s*$|,\s*(?:it )?might not\b|\bor (?:it )?(?:might|may) not\b",
    r"\byou(?:'d| would) know (?:better|best|which|what|if|whether)\b",
    r"\b(?:however|whatever|if (?:it|that|this)) (?:fits|works for|feels right (?:to|for)) you\b",
    r"\bonly if (?:that|it|you|this)\b", r"\bwould you rather\b",
    r"\bi'?m not (?:you|gonna tell you|going to tell you)\b", r"\bnot (?:here )?to tell you what to\b",
    r"\bwe don'?t have to\b", r"\bunless you (?:want|bring|decide|choose|say)\b",
    r"\byou don'?t have to\b(?! (?:feel|be|worry|go through|do this alone))",
    r"\byou(?:'re| are) (?:allowed|welcome) to\b", r"\bno (?:rush|hurry)\b",
    r"^you can (?:just )?(?:listen|sit|pass|skip it|stop (?:me|any ?time)|take a break|come back to it)\b",
    r"\byou know what(?:'s| is)? (?:works|best|right|good|matters) (?:for|to) you\b",
    # the lead left to the client (probe OC): "Take it wherever you want", "you can stop whenever
    # you want", "Whatever you're comfortable with"
    r"\b(?:take (?:it|this|things)|start) wherever you(?:'d)? (?:want|like|need)\b",
    r"\byou can (?:stop|pause|take a break) (?:whenever|any ?time)\b", r"\bwhatever you(?:'re| are) comfortable\b",
    r"^take (?:all )?the time you need\b(?! to)", r"^take as (?:long|much time) as you need\b(?! to)",
)
PERMISSION = _c(
    r"^(?:would|will|is) it be (?:ok(?:ay)?|alright|all right|helpful|useful|cool|fine)(?: with you)? "
    r"(?:if|for me to|to)\b",
    r"^(?:is it|it is) (?:ok(?:ay)?|alright|all right|cool|fine)(?: with you)? (?:if i|for me to|to "
    r"(?:share|tell|offer|ask|give|suggest))\b",
    # not "Can I ask what's putting you off?", the politeness form of an open question
    r"^(?:can|could|may|might) i (?:share|tell|offer|give|suggest|make|mention|"
    r"ask(?! (?:you )?(?:what|how|why)\b)|add|throw|run|"
    r"say|point|bring|check|read|show|talk|put|describe|explain)\b",
    r"^(?:do you )?mind if (?:i|we)\b", r"^would you (?:mind if i|like (?:me to|to hear|some|a few|an idea|"
    r"a suggestion|a tip|any)|be (?:open|interested|okay|up for) (?:to|in|with|hearing)|be willing to "
    r"(?:hear|listen))\b",
    r"^(?:do you )?want (?:some|a few|a couple of?) (?:tips|ideas|suggestions)\b",
    r"^(?:are you|would you be) (?:open|interested|okay with|up for) (?:to |in )?(?:hearing|some|a |"
    r"me|talking|exploring|looking)\b",
    r"^(?:do|would) you (?:want|like) (?:to hear|me to|some|a few|an idea|my|the (?:number|info|"
    r"information|list|link|address|card|contact)|(?:their|his|her|my) (?:number|details|card|contact)|a (?:ride|"
    r"list|referral|hand))\b",
    r"^(?:want|need) (?:me to|the number|some (?:help|ideas)|to hear)\b",
    r"^would it help (?:to (?:talk|go over|look|think|hear|share|walk|brainstorm|figure|work|map|sort|sit down)\b|if (?!you\b))", r"^(?:(?:do|would) you )?want to (?:sit down|map|figure|look|work|"
    r"go over|brainstorm|make a plan|put)\b.*\btogether\b",
    r"\bif (?:it|that)'?s (?:ok(?:ay)?|alright|all right) with you\b", r"\bwith your permission\b",
    r"\bif you'?re (?:ok(?:ay)?|alright|all right|comfortable|good) with (?:it|that|this)\W*$",
    r"^(?:i can|i could) (?:give|share|tell|show|send|get) you (?:some|a|more|the|a few|any)\b.*\bif "
    r"you(?:'d)? (?:want|like|are interested)\b",
    r"^(?:i can|i could) (?:share|tell you|go over|walk you through) (?:what|how|some)\b.*\bif you(?:'d)? "
    r"(?:want|like|are interested)\b",
    r"^if you(?:'d)? (?:want|like)(?: to)?,? i (?:can|could) (?:give|share|tell|show|send|get|go over)\b",
    r"^(?:i have|i've got) (?:some|an?|a few) (?:ideas?|thoughts?|suggestions?|information|"
    r"things)\b.*\b(?:if you|would you|want)\b",
)
# Asking the client's view: seeking collaboration when it follows what the trainee offered
# (elicit after provide: "...the patch plus the gum works well. What do you think?"); after a
# reflection or on its own it is an open question (coder.code_utterance; 18 of 22 in our sets).
ASKS_VIEW = _c(
    r"\bwhat (?:do|would) you (?:make of|think (?:about|of) (?:all (?:of )?(?:that|this)|that|this|it|those|these|the|"
    r"trying|doing|going|an? ))\b",
    r"^what do you think\b(?!.*\b(?:happened|caused|made|is going on|was going on|led)\b)",
    # a fit check after options (probe sets G-K): "Would either of those fit?", "Does that seem
    # doable?", "Which of those, if any, sounds like you?", "Any of those seem doable, or none?"
    r"\b(?:would|does|do|could) (?:either|any|one) of (?:those|these|them|that) (?:\w+ )?(?:fit|work|help|"
    r"appeal|sound|seem|feel)\b|\b(?:does|would|do) (?:that|this|those|these|either|any of (?:that|those|"
    r"these)) (?:seem|sound|feel) (?:doable|workable|possible|realistic|manageable|like something)\b|"
    r"\bwhich (?:one )?of (?:those|these|them)(?:,? if any,?)? (?:sounds?|feels?|fits?|seems?) (?:like|"
    r"most|doable|right|best)\b|^any of (?:those|these|them|that) (?:seem|sound|feel)\b",
)
# The trainee's decision announced for both (probe AU): "We're going to call your sponsor right now" directs
# (`DIRECT`) and is no collaboration, however "together" it is (`COLLAB`); "We're gonna get through this" is
WE_DECIDE = r"\bwe(?:'re| are) (?:going to|gonna) (?:call|get|start|set|sign|put|book|make|have)\b(?! through)"
COLLAB = _c(
    # the client's ideas first, an offer of help, the meetings' purpose, a plan made together (probe AU):
    # "Before I throw out any ideas, what have you thought of already?", "I could help you look into a
    # few, if that'd be useful.", "what would you want these meetings to be for?", "Would you like to
    # make a plan for that together?"
    r"\bbefore i (?:throw out|share|give you|offer|suggest|jump in with) (?:any|my|some|a few)\b",
    r"^i (?:could|can) help you\b[^.!?]{0,60}\bif (?:(?:that|it)(?:'d| would)? (?:be useful|help|be helpful)|you(?:'d)? "
    r"(?:want|like))\b",
    r"\bwhat would you (?:want|like) (?:these|our|this|the) (?:meetings?|sessions?|time|conversations?|calls?) to\b",
    r"^would you like to (?:make|plan|work out|figure out|come up with|put together|map out)\b",
    # the trainee's own help offered (probe OC): "I could meet you in the lobby, if that would help"
    r"^(?:i|we) could (?:come|go|meet|drive|walk|sit|call|text|bring|ride)\b[^.!?]{0,60}\b(?:with you|you)\b"
    r"[^.!?]{0,40}\bif (?:that|it) (?:would|might) help\b",
    # "the part I'd want to think through with you" (probe S), not "the hotline will talk it through with you"
    r"\b(?:i'?d|i would|we (?:could|can)|let'?s|i want to|i'?d like to)\b(?: \w+){0,2} (?:think|talk|work) "
    r"(?:it |that |this )?through (?:together|with you)\b",
    # the focus asked for (probe U; CODING_RULES §2 seek_collaboration): "What feels most important
    # to get to in the time we've got?", "Is there anything you want to make sure we talk about?"
    r"\bmost (?:important|useful|helpful) (?:to (?:get to|talk about|focus on|cover|look at)|for us to)\b|"
    r"\banything you want to make sure we (?:talk about|cover|get to)\b",
    # an offer to share, left to the client: "Happy to DM you the list I used if that'd help?"
    # (6 of 6 in our sets)
    r"\b(?:happy|glad) to (?:dm|share|send|post|go into|walk you through|tell you|pass along)\b.*\bif "
    r"(?:(?:that|it)(?:'d| would| might)? (?:help|be useful|be helpful)|you(?:'d)? (?:want|like))|^if (?:it|that)(?:'d| would)? "
    r"(?:help|be useful|be helpful),? i (?:can|could)\b",
    r"\bhow does (?:that|this|it) (?:sound|fit|feel to you|land|sit with you)\b",
    r"\bwhat would (?:be|feel) (?:most |more |the most |really )?(?:helpful|useful|right|doable|"
    r"manageable|important to talk about)\b",
    r"\b(?:we|us) (?:could|can|might|will|'ll) (?:figure|work|look|think|explore|brainstorm|come up|"
    r"talk (?:it|that|through)|go through|put our heads|make a plan|map|sort)\b",
    # not a couple's story: "we're still together", "we got back together" (dev13)
    # nor the trainee's decision said for both: "We're going to call your sponsor right now, together" (probe AU)
    r"^(?!.*" + WE_DECIDE + r")(?:.*)"
    r"\b(?:we|us|let'?s)\b.*(?<!still )(?<!back )(?<!been )(?<!stayed )(?<!'re )(?<!are )(?<!were )"
    r"\btogether\b|\btogether\b.*\b(?:we|us)\b",
    r"\bwe can (?:just )?(?:talk|focus|start|take|go|look)\b", r"\bif you want,? we\b",
    # an offer to work it out together (probe W): "im happy to brainstorm together if you want"
    r"\bi'?m (?:happy|glad|here) to (?:brainstorm|figure|work|think|plan|look)\b.*\b(?:together|with you)\b",
    r"\b(?:we|us) (?:could|can|might) (?:talk about|start (?:with|by)|look at|go over|spend)\b",
    r"^(?:do|would) you want (?:the|their|my|some|a|to (?:talk|look|go|try|start|make))\b",
    # typed with "do you" dropped (probe T): "want to make a little study plan together",
    # "wanna do a practice run with me?"
    r"^(?:(?:do|would) you )?(?:want|wanna) (?:to )?(?:\w+ ){1,6}?(?:together|with me)\b",
    # help offered, the client to say yes or no (probes T, PE): "want me to check and get back to u",
    # "Want me to come with you to the housing office?"
    r"^(?:(?:do|would) you )?(?:want|wanna|would you like) me to (?:check|look|find|call|come|go|help|send|ask|"
    r"sit|walk|read|text|see|show)\b",
    r"\bwould it help to\b.*\btogether\b", r"\bwould it help (?:to (?:talk|go over|look|think|hear|share|walk|brainstorm|figure|work|map|sort|sit down)\b|if we\b)",
    r"\blet'?s (?:figure|work|think|explore|look|brainstorm|see what|come up|take a look|talk "
    r"(?:about )?(?:what|whatever|how|it through|that through)|map|sort|put our)\b",
    r"\bwhere (?:would|should|do) (?:you|we) (?:like (?:us |me )?to |want (?:us |me )?to )?(?:start|begin|go from here)\b",
    # the focus left to the client (probe M): "Can we go back to that?", "or would you rather talk
    # about how you're sleeping?"
    r"^(?:can|could) we (?:talk about|go back to|come back to|look at|stay with|spend (?:a )?(?:minute|bit|"
    r"little time) on) (?:that|this|it|him|her|them)\b",
    r"\bwould you rather (?:talk|start|focus|just|vent|go|look|stay|spend)\b",

    r"\bwhat (?:would|do) you (?:like|want) to (?:talk|focus|work|start|do with|get out|cover|"
    r"spend)\b",
    r"\bwhat (?:would you|do you) (?:like|want) (?:to focus|us to|me to|from (?:me|today|our))\b",
    r"\bhow can i (?:help|support|be (?:helpful|useful|of help))\b",
    r"\bwhat (?:would|do|could) you (?:want|need) from me\b",
    r"\bwhat (?:ideas|thoughts|options) do you have\b|\bwhat ideas\b",
    r"\bi'?d (?:like|love) to hear (?:your|what you)\b", r"\bwhat fits for you\b",
    r"\bwhat (?:would|might) (?:work|help) (?:best )?(?:for you)\b",
    r"\bwhat (?:do|would) you (?:want|like|need|hope) (?:to happen|to get|to see|from this|"
    r"from today|from our)\b",
    r"\bhow would you like to\b", r"\bwhat do you want to do\b",
    r"^which (?:(?:one|of (?:those|these|them)|part|thing) )?(?:do|would) you (?:want|like) to (?:talk about|"
    r"start with|look at|tackle|work on)\b",
)

# ---- advice / direct / warn / confront ---------------------------------------------------
# Verbs a sentence can open with as a command or a suggestion ("Call your sponsor.", "Seek
# help.", "Align yourself with..."). Base forms only; a following auxiliary or "of" shows the
# word is a noun subject instead ("Sleep is the big reset", "Work was hard").
IMPERATIVE_VERBS = (
    r"go|stop|quit|call|take(?! it or leave it)|make|get|tell|do|don't|do not|never|put|give|start|keep|come|sit|"
    r"write|find|look|remember|promise|let go|throw|pour|avoid|leave|cut|be|admit|face|accept|"
    r"grow|calm(?= down| yourself| your)|chill(?= out\b|,|$)|relax|breathe|focus|pick|show|ask|check|drink|eat|sleep|pray|apologize|move|"
    r"fill|sign|attend|use|hang|delete|block|reach|text|talk to|stay|lay|get rid|toss|flush|"
    r"follow|listen to|trust|forget|ignore|wake|cancel|schedule|book|join|choose|decide|"
    r"note|own|snap|stand|pull|drop|walk(?![- ]ins?\b)|set|read|download|turn|skip|"
    # (peer-support forum replies, bench/forum_agreement.py)
    r"try|seek|search|create|plan|work on|see if|see a|see someone|see what|contact|phone|email|"
    r"initiate|concentrate|align|learn|validate|explain|honou?r|picture|imagine yourself|log off|"
    r"wait|wear|release|replace|express|allow|let (?:them|him|her|people|your|yourself|it|go|"
    r"someone|others)|open up|practice|practise|spend|surround|treat yourself|journal|reconnect|"
    r"speak|remind|stick|limit|protect|distance|prioritize|prioritise|visit|google|"
    r"forgive|respect|reward|celebrate|challenge|notice|acknowledge|embrace|identify|"
    r"recognize|recognise|realize|realise|understand|send|buy|bring|share|try to|lean on|rely|"
    r"continue|maintain|establish|build|develop|reduce|increase|exercise|meditate|eat|rest|"
    r"educate|consult|discuss|communicate|approach|confront him|confront her|tackle|address|"
    r"get out|get away|move on|step back|slow down|cut off|cut back|look for|look into|"
    r"think of|think about (?:it|this|that|how you|whether|what you)|mourn|grieve|cry|vent|"
    r"report|document|record|print|save|pack|sell|quit|switch|change|fix|clean|cook|invite|"
    r"surrender|trust|believe in|love yourself|care for|look after|stand up|speak up|reach out|"
    r"have (?:a|another) (?:look|go|think|chat|read|word|listen|break|rest)|"
    # words handed over to say: "Just say no", "Then just say it plainly" (not "Say, for example")
    r"say (?=(?:it|something|no|yes|that|exactly|so|out loud|['\"])\b|['\"])"
)
ADVICE_VERBS = (
    r"try|trying|consider|think about|look into|start|go|call|talk|reach|join|check|ask|write|"
    r"make|take|get|find|use|keep|stop|cut|set|put|give|see|attend|schedule|practice|focus|spend|"
    r"plan|avoid|journal|walk|exercise|read|download|contact|text|tell|let|bring|work|switch|"
    r"change|limit|reduce|quit|sign|look|do|be|come|apply|speak|meet|visit|reconnect|sit|"
    r"distract|breathe|pray|remind|lean|pick|listen|sleep|eat|drink|move|leave|throw|pour|"
    r"delete|block|hang|stay|lay|lie|show|open|share|bring|carry|tell|follow|write|join"
)
SUBSTANCES = (
    r"alcohol|drinking|booze|beer|wine|liquor|weed|pot|marijuana|cannabis|smoking|cigarettes?|"
    r"nicotine|vaping|vapes?|sugar|soda|sweeteners|caffeine|energy drinks|pills|opioids|meth|"
    r"coke|cocaine|heroin|fentanyl|benzos|xanax|gambling|junk food|fast food|drugs|using|it|that"
)
MORE_VERBS = (
    r"pack|buy|prep|skip|swap|replace|cook|lock|hide|toss|dump|save|budget|track|count|log|note|"
    r"record|rest|wait|slow|ease|taper|split|space|add|drop|trade|join|volunteer|invite|unplug|"
    r"mute|uninstall|charge|fill|pour|hand|give|tell|bring|line up|set up|look up|sign up|"
    r"go to|talk to|check in|reach out"
)
# Before "you could/might": the modal describes rather than suggests ("where you could come in",
# "think you could do it", "so you could keep"). Shared by ADVISE and mood.modal_suggestion.
DESCRIBING_MODAL = (r"(?<!where )(?<!when )(?<!that )(?<!think )(?<!whether )(?<!what )(?<!how )"
                    r"(?<!which )(?<!if )(?<!feel )(?<!know )(?<!sure )(?<!how much )(?<!so )"
                    # the client's state or fear named: "it sounds like you might be getting ready
                    # to die", "are you feeling like you might do what it says?" (probe Y)
                    r"(?<!like )(?<!worried )(?<!afraid )(?<!scared )(?<!fear )"
                    # the pressure named: "no wonder you could scream" (probe V)
                    r"(?<!no wonder )(?<!i bet )")
# "You were hoping that I'd send you for tests" reports the client's wish; "I thought I'd start
# by..." the trainee's plan for the session: neither is "I'd send/start..." advice.
NOT_REPORTED = "".join(
    f"(?<!{verb} )(?<!{verb} that )"
    for verb in ("hoping", "hope", "hoped", "expected", "expecting", "thought", "wanted", "asked",
                 "rehearse what", "know what", "about what", "planned what")  # "i still rehearse what i'd say"
)

# asking to hear from the client, not advice: "maybe you could let me know what would help most"
TELL_ME = (r"(?:let me know|tell me|share with me|fill me in|walk me through|help me understand|"
           r"say more|describe|explain)")
# "Maybe you could let me know how it goes", "could you tell me what happened": no advice
ASKS_TO_HEAR = re.compile(rf"\byou (?:could|can|might) (?:just |also )?{TELL_ME}\b|"
                          rf"\b(?:could|can|would) you (?:just |please )?{TELL_ME}\b")
ADVISE = _c(
    # the trainee's plan for the client said with "we" (probe AU): "We should sit down and do a budget
    # this week.", "We should probably get you out of the house more." (not "We should wrap up for today")
    r"^(?:(?:so|okay|ok|honestly|i think|yeah|alright),? )*we (?:should|ought to|oughta)(?: probably| really| "
    r"definitely| maybe)? (?:get you|sign you|try|look (?:up|into)|call|find|set up|sit down and|make (?:a|you)|"
    r"book|put you|cut|start you|do a|work on your)\b",
    # the client's own action proposed as a question: "Would it help if you wrote it down first?"
    r"^would it (?:help|be worth it|make sense|be easier) if you\b",
    # "I think going to a meeting tonight might really help"
    r"^i (?:think|bet|feel like|wonder if) (?:\w+ing)\b.{0,60}\b(?:might|could|would|will|may) "
    r"(?:really |actually )?help\b",
    # a tip introduced as what works: "You know what helps, like, a pill box"
    r"^you know what (?:really )?(?:helps|helped me|works|worked for me)\b(?!\?)\W*\w",
    r"(?<!limit that )(?<!how much )(?<!what )(?<!whether )(?<!why )"
    r"\byou (?:really |probably |definitely |just |still |honestly |might |maybe )?"
    r"(?:should|shouldn't|should not|ought to|oughta|oughtn't)\b(?!'ve\b| have (?!to\b))(?! (?:be able to|have known|be ashamed|"
    r"be embarrassed|know better)\b)",
    # "you could call her" suggests; "where you could come in", "think you could do it",
    # "you might be lucky" describe.
    rf"{DESCRIBING_MODAL}\byou (?:could|might|may|could always|"
    rf"could maybe|might maybe|could also|could just|could even|could probably|can always|can try)"
    rf"(?: (?:want to|wanna|need to|think about|try to|start|consider|just|also|always))? "
    rf"(?!be (?:lucky|right|surprised|wrong|amazed|able|thinking|feeling|worried|ready|okay|ok|fine)\b"
    rf"|{TELL_ME}\b)(?:{ADVICE_VERBS})\b",
    r"(?<!where )(?<!what )(?<!how )(?<!which )(?<!whether )(?<!if )\byou (?:also |really |probably "
    r"|just )?(?:might|may) (?:also |really )?(?:want|wish|need) to\b",
    r"\bwhy (?:don'?t|not) (?:you|we|try|just|give|go|call|start|talk|get)\b(?<!why don't you)(?<!why dont you)(?<!why do not you)|\bwhy (?:don'?t|not) you\b(?! (?:want|like|feel|think|trust|believe|care|know)\b)|^why not\b",
    # "What about just letting it go to voicemail?", "How about coming to the drop-in?" (probe Z);
    # not "What about going back scares you?", which asks what part
    r"\b(?:how|what) about (?:you )?(?:just |maybe )?(?!(?:nothing|everything|something|anything|morning|"
    r"evening|spring|thing|wedding|ceiling|clothing|ring|king|sibling|darling|being)\b)[a-z]+ing\b"
    r"(?! (?:\w+ ){0,3}(?:is|are|was|were|feels?|makes?|scares?|worries|worry|bothers?|appeals?|sounds?|"
    r"seems?|do you|does it|did you|would you)\b)",
    r"\bwhat if you (?:two |guys |both |all )?(?:just )?(?:tried|try|went|go|called|call|talked|talk|started|start|joined|"
    r"took|made|wrote|asked|told|reached|gave|stopped|cut|looked|set|found|used|spent|did)\b",
    r"^(?:have|did|do|would|could|can|will) you (?:ever |maybe |already |even |also |possibly )?"
    r"(?:tried(?! (?:to )?(?:quit|stop|cut|quitting|stopping|cutting)\b| any(?:thing)?\b| for\b| before\b)|try|considered|consider|thought (?:about|of)|think (?:about|of)|looked into|"
    r"look into|give(?! (?:me|us|an? example|examples|some examples)\b)|gave|attempted|think it would help|be willing to (?:try|go|call|consider)|"
    r"be open to (?:trying|going|calling)|want to try|like to try)\b(?! (?:your|it)self\b)",

    r"(?<!and )(?<!if )\b(?:it|that|this) (?:might|may|could|would|will|can|'d|should) (?:really |probably |also |"
    r"maybe |definitely )?(?:help|be (?:helpful|good|a good idea|worth|useful|smart|wise|"
    r"beneficial|great|important|better|best)|make sense to)\b",
    r"\b(?:might|could|would|may) be (?:a )?(?:good|helpful|useful|smart|wise|worth) (?:idea|to|"
    r"for you|trying|it|thing|step|considering|looking)\b",
    r"\bi(?: would|'d| really| strongly| just| do| highly| definitely| also| personally)* (?:suggest|recommend|"
    r"encourage|advise|urge)\b",
    r"\bmy (?:advice|suggestion|recommendation)\b",
    r"\bif i (?:were|was) you\b", r"\bwhat (?:you|i'?d) (?:need|should|ought) (?:to do )?is\b",
    r"\b(?:it'?s|it is|it would be|it'd be) (?:probably |really |definitely |always )?(?:a )?(?:good|great|smart|wise|better|best|"
    r"important|helpful|worth it|crucial|essential|key|vital) (?:idea )?(?:to|if you|for you to)\b"
    r"(?! (?:you|me|him|her|them|us|meet|see|hear|have met)\b)",
    r"\b(?:it'?s|it is|it would be|it'd be) (?:probably |really |definitely |always )?(?:a (?:good|great|"
    r"smart) idea|important|better|best|crucial|essential|key|vital) that you\b",
    rf"\b(?:{SUBSTANCES}) (?:is|are|'s|'re) (?:really |very |so |pretty |just |actually |seriously )?"
    rf"(?:bad|terrible|awful|harmful|dangerous|toxic|poison|no good) (?:for|to) (?:your|you)\b",
    r"\bthe next (?:thing|step|move) (?:would be|is to|should be) (?:to )?\w+",  # not "the next step is a hearing"
    r"\bthe (?:best|smartest|right|first) (?:thing|way|option|approach|step|move) (?:is|would be|"
    r"to|for you)\b",
    r"\bthe (?:best|smartest|right|only|most important|single best) (?:thing|way|option|step|move)"
    r"(?: \w+){1,6} (?:is|would be)\b",
    rf"^(?:also |and |so |but |or )?maybe (?:next time |tonight |tomorrow |this time |this week |going forward |for now )?"
    rf"(?:just |try )?(?:{ADVICE_VERBS}|{MORE_VERBS}|{IMPERATIVE_VERBS})\b",
    # (peer-support forum replies, bench/forum_agreement.py)
    r"\brecommend (?:that )?you\b",
    r"\bi (?:find|found|have found|'ve found)(?: that)? [\w' ,-]{1,60}\b(?:helps?|helped|works?|"
    r"worked|useful|helpful|effective)\b",
    r"\b(?:it )?(?:might|may|could) be (?:the |a good )?time (?:for you )?to\b",
    r"\bnow (?:is|might be|may be) (?:probably |maybe )?(?:the |a good )?time to\b",
    r"\bwould be (?:more |much |far |a lot )?(?:beneficial|better|wiser|healthier|safer|helpful|"
    r"best) (?:for you\b[\w' ]{0,30} )?to\b",
    r"\b(?:something|one thing|another thing)(?: else)? (?:to|you (?:can|could|might|may)) "
    r"(?:think about|consider|try|keep in mind|look into|remember|do)\b",
    r"\bwhat needs to happen is\b|\bthe best (?:thing )?you can do is\b",
    r"\b(?:therapist|counselou?r|group|class|book|app|hotline|doctor|psychiatrist|specialist|coach|"
    r"sponsor|program|meeting)s?\b[\w' ]{0,40}\b(?:can|could|might|may) be (?:really |very |super |so |"
    r"incredibly )?(?:useful|helpful|worth it|a lifeline|a game changer|life-?changing)\b",
    r"^(?:\w+ )?\w+ing\b[\w' ]{0,60}\b(?:can|could|might|may|will|would) (?:really |also |actually |"
    r"honestly )?(?:help|make you feel)\b",
    # an option recommended in general terms: "Journaling is a great way to...", "It's worth
    # talking to your doctor", "Another option is to...", "Your best bet is..."
    r"^(?!that\b|this\b|it\b|which\b)[\w' ]{2,40}\b(?:is|are|can be) (?:a |an )?(?:really |very |"
    r"super |such a )?(?:great|good|helpful|useful|healthy|excellent|effective|powerful) (?:way|tool|"
    r"outlet|resource|option|first step|place to start) (?:to|for)\b(?! put it\b| say it\b| see it\b)",
    r"\b(?:it'?s|it is|it'?d be|it would be|(?:might|may|could) be) (?:really |definitely |probably |"
    r"always |also |well )?worth (?:\w+ing|a try|a shot)\b",
    # "Worth asking your doctor about a referral" (dev10, dev11)
    r"^(?:(?:also|maybe|probably|definitely|totally|so|and|but) )*(?:well )?worth \w+ing\b",
    r"\b(?:another|one|the other|a good|a better) (?:option|alternative|idea|approach|thing to try) "
    r"(?:is|would be|might be|could be) (?:to|\w+ing)\b",
    r"\byour (?:best|safest|first) (?:bet|option|move|step|course of action) (?:is|would be|might be)\b",
    # (dev13) "the healthiest move is to start saving", "You might have better luck with rooms"
    r"\bthe (?:best|healthiest|smartest|safest|wisest) (?:move|bet|step) (?:is|would be|might be) to\b",
    r"\byou(?:'d| would| might| may) (?:have|get) (?:better|more) luck\b",
    r"^\w+ing\b[\w' ]{0,40}\b(?:helps|makes a (?:big |huge |real )?difference|works wonders|goes a "
    r"long way)\b(?! me\b)",
    r"(?<!i )(?<!we )(?<!they )\bconsider (?!it\b|that\b|this\b|yourself\b)\w+ing\b",
    r"\b(?:there'?s|there is) no (?:safe|healthy|good|such thing as a safe) (?:level|amount|way|dose)\b",
    rf"\b(?:{SUBSTANCES})\b(?: \w+){{0,2}} (?:causes?|can cause|leads? to|will lead to|increases? (?:your )?"
    rf"(?:risk|chances?) of|is linked to|is (?:the )?(?:leading|number one|#1) cause)\b",
    r"\b(?:is|are|'s) (?:the )?(?:leading|number one|#1|biggest) cause of\b",
    # not a request to hear from the client: "maybe you can let me know what would help most"
    rf"\bmaybe (?:just )?(?:try|you (?:could|should|can|might|need)(?! {TELL_ME}\b)|think about|"
    r"consider|start|go|call|look|talk|give|write|reach|get|take|check|ask|sign|find|set|join|"
    r"it'?s time)\b",
    # a step suggested as a question (§2 advise): "Have you told your GP how bad the fog has got?",
    # "Is there anyone you could text right now?", "Could you talk to the facilitator one on
    # one?" (dev3, dev6 to dev9: 24 of 31 such questions carry advice in our sets)
    r"^(?:so |and |but |also )?(?:have|did) you (?:ever |already |even )?(?:told|asked|called|talked "
    r"to|spoken to|(?:reached out to|contacted)(?! (?:them|him|her|anyone|anybody|someone|somebody)\b)|mentioned|brought (?:it|this|that) up|had (?:your|a|an|it|them|those) [\w ]{0,20}"
    r"(?:checked|looked at|tested|adjusted)|(?<!ever )been to (?:a|an|the|your)|looked at)\b",
    r"^(?:so |and |but |also )?(?:are|would|will) you (?:be )?able to (?:ask|take|request|switch|talk "
    r"to|call|get|see|try|move|change|bring|reach)\b",  # "Are you able to take a leave instead?"
    r"^(?:so |and |but |also )?(?:is there|are there|do you have) (?:someone|anyone|somebody|anybody|"
    r"a \w+|another \w+|any \w+)\b[\w' ]{0,50}\b(?:you could|you can|who could|who can|you trust)\b",
    r"^(?:so |and |but |also )?(?:could|would|can)(?:n'?t)? you (?:not )?(?:maybe |possibly |even |just )?(?:talk to|"
    r"tell (?!me\b|us\b)|ask|call|reach out to|mention|be open to (?!talking about\b|me\b)|take (?!me\b|us\b)|try|"
    r"get (?:a ride|a lift|someone|somebody)|stay with|go with|"
    r"switch|avoid|keep|leave|bring|put)\b",
    # "Would it help to have an exit plan?" suggests a step; "Would it help to talk about it?" offers
    r"^(?:so |and |but )?would it help (?!.*\btogether\b)(?:to|if you) (?!(?:talk|go over|look|think|hear|share|walk|brainstorm|figure|work|map|sort|sit down)\b)\w+",
    # "A good first step is calling the number on your card"; not "That's a good first step"
    r"(?<!that's )(?<!that is )(?<!thats )\b(?:a|the|one) (?:good|great|useful|helpful|easy|simple|gentle) (?:first )?"
    r"(?:step|place to start|thing to try|way to start)(?: here)? (?:is|would be|might be|could be) (?:to \w+|\w+ing)\b",
    r"^(?:just |maybe |so |honestly,? |you could )*say (?:you'?re|you were|you have|you had|that you|it'?s|"
    r"it was|something like|your)\b",
    # "...and that's what you should do"; "You know binge drinking is actually harder on your liver
    # than a drink a day, right?" (a persuasive fact, CODING_RULES advise)
    r"\bthat'?s what you (?:should|need to|ought to|have to|gotta) do\b",
    r"^you (?:do )?know (?:that )?(?!what|how|why|yourself\b)[^?]{10,}\b(?:harder|worse|bad for|damag\w*|"
    r"hurt\w*|risk\w*|dangerous)\b[^?]*,? (?:right|yeah)\?$",
    # "I think AA would be really good for you"
    r"\b(?:would|could|might) be (?:really |so |very |super )?(?:good|great|helpful|useful) for you\b",
    # words handed to the client to use: "you could just say it was a family thing", "you can
    # tell your husband privately that..." (dev6 to dev10: 9 of 11 such clauses advise)
    r"(?:^|, |\. )(?:and |so |also |or )?you (?:could|can) (?:always |just |also |even )*(?:say (?!no\b)|"
    r"tell (?:them|him|her|people|your \w+))",
    # a course of action recommended by comparison: "Small snacks tend to work better than forcing
    # full meals", "Having some kind of plan is way better than leaving it wide open" (dev9); not
    # a rebuttal ("Thirty pounds is better than being psychotic though, right?" minimises)
    r"^(?!(?:it|that|this|you|i|things|which|there)\b)(?!.*\bthough\b)[\w' ,-]{3,80}\b(?:tends? to |usually |often "
    r"|generally )?(?:works?|goes|go|is|are) (?:(?:way|much|a lot|far|so much) )?better than\b"
    r"(?! (?:nothing|that|before|i|you)\b)",
    r"\b(?:some|a lot of|many|other|most) (?:people|folks|clients|peers|guys|women|men)(?: i know)? "
    r"(?:find|found|have found|say) (?:it )?(?:helpful|useful|that (?:it )?helps|it helps)\b",
    r"^(?:just |maybe |please |so )?(?:try|consider|think about)(?: (?:to|and|taking|going|"
    r"calling|writing|talking|getting|using|not|some|a|the|this|that|it|doing|making|"
    r"starting|reaching|finding|setting|asking))?\b",
    r"\byou(?:'d| would) (?:be|feel|do) (?:better|a lot better|so much better)\b",
    r"\bone (?:thing|option|idea|step) (?:you could|would be|might be|is to|to try)\b",
    r"\bhave you thought about\b",
    r"^\w+ing\b[\w' ]{0,40}\b(?:would|will|could|might|can) (?:really |definitely |probably |also )?"
    r"(?:help|make a (?:big |real )?difference|be (?:good|great|helpful))\b",
    # the subject dropped in speech (probe R): "Might help to give him some space", "Maybe you'd write
    # down three things you want to say"
    r"^(?:it )?(?:might|may|could|would) (?:really )?(?:help|be (?:good|worth it|worth trying)) (?:to|if)\b",
    r"^maybe you'?d (?!(?:be|have|feel|think|know|want|like|rather|say|find|need|get|see)\b)\w+",
    r"^you (?:really |definitely )?need (?:some )?(?:rest|sleep|a break|a vacation|a day off|time off|a nap)\b",
    r"^(?:a|an) (?:quick |short |little |daily |good )?(?:walk|run|swim|nap|break|call|chat|bath|journal|routine|"
    r"schedule|list|plan|meeting|class)\b[\w' ]{0,30}\b(?:would|could|might|may) (?:really |probably |also )?help\b",
    r"\bi (?:really |honestly |just |kind of |kinda )?(?:think|feel like|believe) (?:that )?you "
    r"(?:really |probably |just )?(?:need|should|have to|gotta|ought|could|might want|'d be better)\b",
    r"\byou know (?:that )?(?:drinking|using|smoking|weed|alcohol|drugs|pills|it|that|this) "
    r"(?:makes|make|is|are|will|can|only|just)\b",
    r"\bdon'?t you think (?:you|it|that)(?: would| should| might| could|'d)\b",
    r"\bwouldn'?t it be (?:better|good|nice|easier)\b",
    # a step suggested in a modal or negative question (CODING_RULES §2 closed_question: "Could you
    # talk to the facilitator?" is advise; probe Z): "Shouldn't you call her?", "Isn't it time you
    # started saying no?", "Wouldn't it help to...?", "Could you write it down first?"
    r"^(?:shouldn'?t|should not) you (?:at least |maybe |just |probably |really |also )?(?!be (?:proud|happy|"
    r"glad|allowed|grateful)\b)[a-z]+",
    r"^isn'?t it (?:about |high )?time (?:you|to|that you|for you)\b",
    r"^wouldn'?t it (?:help|make (?:more )?sense|be (?:worth|smarter|wiser|safer|a good idea))\b|"
    r"^wouldn'?t (?:you|it) be (?:better off|safer)\b",
    r"^isn'?t (?:\w+ing|it|that)\b[^?]{0,40}\b(?:the )?(?:safer|better|smarter|healthier|wiser) "
    r"(?:choice|option|bet|move|way)\b",
    r"^(?:could|can) you (?:maybe |just |perhaps |possibly |at least )?(?:write|pick|start|try|call|text|ask|bring|"
    r"leave|stay|talk to|reach out|set|put|cut|switch|stop|skip|join|go to|look into|sign up|tell (?:him|her|them)|"
    r"let (?:him|her|them))\b",
    r"\bwhat (?:you|u) (?:really )?need is\b", r"\bthe (?:answer|solution|key) is\b",
    r"\bin my experience,? (?:what works|the best|you (?:have|need|should|gotta))\b",
    r"\bso what you (?:gotta|got to|have to|need to|should) do\b",
    r"\bget (?:back )?(?:to|into) (?:a meeting|meetings|treatment|rehab|detox|therapy|counseling|"
    r"a program|aa|na)\b",
    r"\bwhat (?:a lot of|some|many|most|other) (?:people|folks|parents|guys|women|men) do\b",
    r"\b(?:some|other|a lot of|many) (?:people|folks|parents)(?: in your (?:situation|shoes|position)| like "
    r"you)? (?:start by|find it helps|find that it helps)\b",
    r"(?<!how often )(?<!how many )\b(?:some|other|a lot of|many) (?:people|folks|parents|women|men|guys)(?: here| on here| in your "
    r"(?:spot|situation|shoes|position))?(?:,? [\w' ]{1,30},)?(?: they'?(?:ll|d)| will| might| tend to)? "
    r"(?:count|switch|pick|try|use|write|keep|call|go(?! back and forth| through (?:this|that|it)\b)|set|"
    # not a side effect some people have: "Some people get an upset stomach the first week or two",
    # "some people do feel achy for a day or two" (probe L: information, not advice)
    r"do(?! better| worse| well| fine| feel| get| have| notice| experience)|make|start(?:ed)?(?! (?:thinking|feeling|wondering|having|to (?:feel|think|"
    r"wonder)))|find(?! the| this| (?:a|an) \w+ (?:is|was|are)\b)|take|get(?! out\b| nothing\b| to\b| (?:an? |some |"
    r"really |very |a bit |a little )?(?:upset|sick|ill|nause\w*|dizzy|headaches?|achy|tired|drowsy|side effects?|"
    r"rash\w*|cramps?|worse|shaky|sweaty|anxious|nervous|scared|it|that|this|them|panic\w*|stuck|angry|"
    r"overwhelmed|flashbacks?|cravings?|triggered)\b)|text|plan|print|bring|"
    r"open(?:ed)?|went|kept)\b",
    r"\b(?:if (?:it were|it was) me|in your (?:shoes|position|place)|if you want my (?:two cents|"
    r"opinion|advice|honest opinion)|my two cents(?=\W*\w))\b",
    NOT_REPORTED + r"\bi(?: would|'d) (?:probably |definitely |honestly |personally |really |just |also |still )*"
    r"(?:mention|send|push|bring|consider|book|ring|email|contact|request|insist)\b",
    NOT_REPORTED + r"\bi(?: would|'d) (?:probably |definitely |honestly |personally |really |just )*(?:listen to|"
    r"go with|call|try|talk to|start|look into|get|go to|stick with|want to(?! (?:think|talk|work) (?:\w+ )?through"
    r"\b| understand| hear| know)|wanna|go|line up|talk|let|skip|"
    r"look|wait|say|do|check|ask|focus|make|write|pick|take|find|keep|reach)\b",
    r"\bone (?:thing|idea|option) (?:\w+ ){0,5}(?:do|did|does|is|you can|to try)\b",
    r"\b(?:a |the )?(?:grief |support |peer |aa |na |smart )?(?:group|meeting|program|class|therapist|"
    r"counselor|sponsor|walk|routine|journal|app) (?:might|may|could|would) (?:really )?help\b",
    r"\bi(?:'d| would) (?:really )?think twice\b",
    r"\bwhat(?:'s| has)? (?:worked|helped) (?:for )?(?:a lot of |some |many |other )?(?:people|folks|"
    r"others|guys|women|men|me)\b.*\b(?:is|was)\b",
    r"\bwhat (?:worked|helped) was\b",
    r"\bwhat (?:\w+ ){0,2}(?:worked|helped|saved|made (?:the|a) difference) (?:(?:the )?most |best )?"
    r"(?:for (?:me|us|him|her|my \w+|our \w+)|me|us)?\b[\w' ,]{0,60}\b(?:was|is)\b",
    r"(?<!the )\bone thing (?:that )?(?:really )?(?:worked|helped|works|helps)\b",
    r"\byou know (?:that )?(?:\w+ ){1,2}(?:is|are|makes|make|can|causes|cause|messes|will|gets)\b.*\?",
    r"\b(?:has|have|needs? to|got to|gotta) (?:come|go) first\b", r"\byou(?:'re| are) gonna want to\b",
    r"\bdon'?t (?:get your hopes up|rush|forget|be afraid to)\b",
    r"\bthe (?:trick|key|thing) is (?:to|just)\b", r"\bwhat you (?:want|wanna) to do is\b",
    r"\byou (?:might|may|could) (?:have|need) to (?:think|consider|look)\b",
    # persuasion: the trainee's preferred option presented as the better bet
    r"\b(?:is|'s|are|'re|would be|'d be) (?:probably |definitely |really |usually |always )?"
    r"(?:the|a|your) (?:safer|better|best|smarter|healthier|wiser|easier) (?:bet|option|choice|way|"
    r"move|call|route|idea|plan)\b",
    r"\b(?:is|'s) (?:usually |often |probably |always )?(?:a |the )?(?:good|great|smart|safe|solid) "
    r"(?:place|way|thing) to (?:start|begin|try)\b",
    r"\byou(?:'d| would) (?:sleep|feel|do|be|look|think) (?:\w+ )?(?:fine|better|great|so much "
    r"better|clearer) if you\b",
    r"\b(?:might|could|may|would) be (?:something|worth) (?:to )?(?:ask(?:ing)?|look(?:ing)?|"
    r"try(?:ing)?|think(?:ing)?|consider(?:ing)?|bring(?:ing)? up|talk(?:ing)?)\b",
    # persuasive harm facts aimed at the client ("Weed messes with your sleep")
    rf"\b(?:{SUBSTANCES})\b(?: \w+){{0,3}} (?:mess(?:es|ing)? (?:with|up)|damages?|ruins?|wrecks?|"
    rf"screws? (?:up|with)|destroys?) (?:your|you)\b",
    rf"\b(?:{SUBSTANCES})\b(?: \w+){{0,3}} makes? you (?:crave|gain|eat more|drink more|feel worse|"
    r"sicker|more (?:anxious|depressed|tired))\b",
    r"\b(?:usually |often |tend to )?do (?:better|best|well) (?:when|if) (?:they|you|people)\b",
    # (dev5) "try not to let it get to you", "you're better off just being upfront", "he'd want you to..."
    r"\btry not to (?:let|worry|think|take|dwell|stress|beat|get)\b",
    r"\byou(?:'re| are|'d be| would be) (?:probably |honestly |really )?better off (?:just |not )?\w+ing\b",
    r"\b(?:he|she|they)(?:'d| would) (?:really )?want you to\b",
    r"\bi'?d (?:just |honestly |probably )?(?:toss|ditch|dump|throw out|get rid of|flush|delete|block)\b",
    # advice told through the trainee's own experience ("What I did was...")
    r"\bwhat i (?:did|do|learned|found|tried|ended up doing) (?:was|is|that)\b",
    # (dev13) "the only thing that ever worked was getting his doctor involved", "A men's group and
    # a lot of honesty with my wife is what turned it around"
    r"\bthe only thing that (?:ever |really |finally )?(?:worked|helped) (?:for (?:me|us|him|her) )?was "
    r"\w+ing\b",
    r"\b(?:is|was) what (?:turned (?:it|things|me) around|got (?:me|us) (?:through|off|out)|saved (?:me|us)|"
    r"helped (?:me|us) (?:most|the most))\b",
    r"\b(?:people|folks|guys|women|men|parents|members) (?:\w+ ){0,3}swear by\b",
)
DIRECT = _c(
    # not the burden regretted: "I'm so sorry that you have to carry such a great pain"
    r"(?<!sorry )(?<!sorry that )(?<!hate that )(?<!sucks that )(?<!unfair that )(?<!shame that )"
    # "you're doing what you gotta do to keep food on the table" describes; "what you need to do
    # is..." still directs
    r"(?<!doing what )(?<!do what )(?<!did what )(?<!whatever )(?<!however )(?<!wherever )"
    # nor a relative or conditional clause, nor a feeling: "there's nothing you have to do",
    # "post whenever you need to", "you already feel like you have to prove you're sick"
    r"(?<!nothing )(?<!anything )(?<!whenever )(?<!feel like )(?<!feels like )"
    r"\byou (?:really |just |absolutely |definitely |seriously |still |both |also )?(?:need to|needs to|"
    r"have to|have got to|'ve got to|'ve gotta|got to|gotta|must|had better|'d better|better)"
    r"(?! (?:do with|than\b|be (?:so )?(?:hard|rough|tough|exhausting))|(?<=must) (?:be|have been|feel|have felt|"
    r"know|'ve been)\b|(?<=must)'ve)\b",
    r"\bi (?:really |just |do |absolutely )?(?:want|need|expect|'m asking|am asking|'m telling|"
    r"am telling) you to\b",
    r"\bi'?m going to (?:need|have) you\b", r"\byou(?:'ve|'d| had) (?:got to|gotta|better)\b",
    # not the speaker's own aim of checking understanding: "I just want to make sure that you know
    # how best to take it" (AnnoMI); "I want to make sure you take it" still directs
    r"(?<!here to )(?<!job is to )(?<!role is to )(?<!want to )(?<!wanna )(?<!like to )"
    r"\bmake sure (?:you|to|that you)\b",
    r"\b(?:want to|wanna|like to) make sure (?:that )?you (?!(?:know|understand|have|got|get|are|'re)\b)",
    # not in a relative clause: "there's a piece you can't be for her" (dev11)
    r"(?<!piece )(?<!part )(?<!thing )(?<!things )(?<!stuff )(?<!someone )(?<!something )"
    # nor reported: "your mind tells you you can't do it until the fear is gone" (a reflection)
    r"(?<!tells )(?<!told )(?<!telling )(?<!says )(?<!feel like )(?<!think )(?<!believe )(?<!if )(?<!when )"
    r"\byou can'?t (?:keep|just|go on|continue|let|be|do|have|drink|use|skip|miss|think like|go back|"
    r"hang (?:out|around)|see them|talk like)\b",
    r"^you(?:'ll| will) be (?:here|there) (?:next|on|at|by|tomorrow|tonight|first)\b",
    r"\byou(?:'d| had)? best (?!believe\b)(?:\w+)\b",  # Southern "You best call your PO"  # "You will be here next Tuesday at nine."
    r"\byou(?:'re| are) (?:going to|gonna) (?:go|call|stop|start|have to|need to|get|take|do|"
    r"sign|tell|come|attend|make)\b",
    r"^let'?s (?:get you|sign you|go ahead and (?:get|sign|call|set)|make sure|have you|"
    r"start you|put you)\b",
    # the trainee's plan announced for both (probe AU): "We're going to call your sponsor right now",
    # "Okay, so here's what we'll do: you go to the food bank Tuesday...", "We'll need to set a quit
    # date then.", "Let's set an alarm on your phone right now.", "Let's not go there today.",
    # "first thing tomorrow you go to the temp agency" (not "We're gonna get through this", "We're
    # going to start with introductions", "let's set up next week")
    WE_DECIDE + r"[^.!?]{0,40}\byou(?:r)?\b",
    r"^(?:(?:okay|ok|alright|so),? )*(?:here'?s what (?:we'?ll|we'?re (?:gonna|going to)|you'?re (?:gonna|going "
    r"to)) do|what we'?re (?:gonna|going to) do is)\b",
    r"\bwe'?ll (?:need|have) to (?:set|get (?:you|your)|make (?:a|you|sure you)|call|sign|fill|find|start|cut|book|"
    r"schedule|put you|test)\b",
    r"^let'?s (?:set|call|book|schedule|write|fill|sign|make) (?!up next|a time|time)[^.!?]{0,40}\b(?:right now|"
    r"today|tonight|now|before you leave)\b(?![^?]*\b(?:if (?:that'?s|it'?s) (?:ok|okay|alright|all right)|if you (?:want|"
    r"like)|okay with you))",
    r"^let'?s not (?:go there|get into (?:that|it)|talk about (?:that|him|her|it))\b",
    r"^(?:(?:okay|ok|alright|so),? )*(?:first thing (?:tomorrow|tonight|monday|in the morning)|tomorrow morning) "
    r"you (?:go|call|get|take|hit|start|head)\b",
    r"^i'?m (?:going to|gonna) need (?:you to|it|that|your|those)\b",
    # a choice the client announced overruled (probe AU): "You can't stop now.", "Yeah, no, you're not
    # going.", "You can't kick your own son out.", "so let's just do it", "You need a routine." (not
    # "You can't stop thinking about him", a reflection)
    r"^(?:but |and |no,? )?you (?:can'?t|cannot|can not) (?:stop|quit|give up|back out|leave|drop out)(?: (?:now|yet|"
    r"on me|on us))?\W*$|\byou (?:can'?t|cannot) (?:kick|throw) (?:\w+ ){0,3}out\b",
    r"^(?:(?:yeah|okay|ok|look|no),? )*you(?:'re| are) not (?:going|leaving|doing (?:that|it|this))\W*$",
    r"^(?:so |okay,? |ok,? )?let'?s just do (?:it|this|that)\b",
    r"^(?:honestly,? |look,? |ok(?:ay)?,? )?you (?:really |just |definitely )?need (?:a|an|some|more) (?:routine|plan|"
    r"schedule|sponsor|exit plan|job|lawyer|therapist|counselor|structure|boundaries|hobby|support group|system|"
    r"budget)\b",
    r"^no more\b(?! me\b)", r"^no (?:screens|phone|phones|caffeine|coffee|alcohol|booze|texting|contact|sugar|naps|"
    r"tv|gaming)\b(?! (?:is|are|was|were|helps?|at all)\b)", r"\bit'?s time (?:for you )?to\b", r"(?<!what )\byou will (?:go|call|stop|do|start)\b",
    r"\bthe rule is\b", r"\b(?:i think )?we (?:do |really |still )?(?:need|have|got|gotta) to\b(?! figure| think| talk about what)", r"\bthat'?s (?:not|never) (?:an option|allowed|acceptable)\b",
    r"\byou (?:are|'re) not allowed\b", r"\b(?:and )?that'?s (?:final|an order)\b",
    r"\bi mean it\b",
)
_IMPERATIVE_LEAD = (
    r"(?:(?:first thing|tonight|tomorrow|today|this week|right now|when you get home|as soon as "
    r"you can|this weekend|before you leave|after this|next time)[\w ]{0,20}, ?|"
    # "Next time cash out half before you put it back in": no comma, the command follows
    r"(?:next time|from now on|for now) (?!(?:you|i|we|he|she|they|it|that|this|there)\b)|"
    # a leading condition or connective: "If transportation is a problem, call...",
    # "Please, before you think about doing this, take a deep breath."
    r"(?:please,? )?(?:(?:or|and|but|so) )?(?:if|when|whenever|whatever|wherever|however|no matter|"
    r"either way|regardless|once|before|after|until|while|as soon as|in any case|for "
    r"example|for instance|for now|in the meantime|meanwhile|instead|otherwise|secondly|"
    r"second|third|thirdly|firstly|finally|lastly|on the (?:positive|other) side|for your "
    r"[\w ]{1,20}|step \d+:?|in this case|at the same time|in the future|from now on)"
    r"\b[^,;:]{0,90}[,:] ?)?"
)
IMPERATIVE_LEAD = re.compile(r"^" + _IMPERATIVE_LEAD)
IMPERATIVE = re.compile(
    r"^" + _IMPERATIVE_LEAD +
    r"(?:just |please,? |now |so |and |or |then |also |seriously |really |honestly |simply |"
    r"definitely |first,? |gently |go ahead and )*"
    rf"(?:{IMPERATIVE_VERBS})\b"
    r"(?! (?:is|was|are|were|has|had|can|could|will|would|should|may|might|must|does|did|"
    r"seems|means|helps|makes|matters|works|comes|goes|sounds|feels|looks|gets|takes|needs|"
    r"hurts|happens|doesn't|of|'s|isn't|wasn't|and i|i)\b)"
)
IMPERATIVE_EXCEPT = re.compile(
    r"^(?:chin|cheer|buck) up\b|^never \w+ing\b|^\w+ (?:in|at|on|with|after|before) (?:the|your|a|my|his|her) \w+ (?:sounds|seems|is|was|feels|"
    r"looks|makes|must)\b|"
    r"^(?:just |please |now |so |and )?(?:forget (?:the |about )?(?:\w+ ){0,2}for a (?:sec|second|minute|moment|bit)\b|wait(?=,)|tell me|take your time|take care|look after (?:yourself|you)\b|take a (?:moment|"
    r"breath|second)|go on|go ahead(?! and)|go ahead and vent|vent(?: away)?\b|keep going|keep (?:posting|pushing|fighting|at it|it up|your head up|sharing|writing)|be well|stay safe|be safe|stay strong|take (?:good )?care|keep coming back|take what(?: (?:fits|helps|works|you need|resonates)|'?s (?:useful|helpful))|pressure to\b|come on|come in|do go on|look at (?:you|that)|"
    r"keep us (?:posted|updated|in the loop)|update us|let (?:us|me) know how|"
    r"come back (?:and|&) (?:tell|let|update) (?:us|me)|don'?t apologi[sz]e|take it (?:slow|easy)(?=\W*$)|hang in there|"
    r"be (?:gentle|kind|patient|easy) (?:with|to|on) yourself|let (?:us|me) know when|"
    # an open invitation, not an order: "Text back whenever u want", "Post whenever you need to"
    r"\w+(?: back| here)? whenever (?:you|u) (?:want|need|like|feel like)(?! without)|don'?t (?:even )?(?:think|talk)(?: about yourself)? like that|"
    r"don'?t (?:put (?:that|this|it|all that) on yourself|blame yourself)|"
    r"don'?t (?:fret|overthink)|don'?t (?:worry|be so hard|beat yourself|"
    r"feel like you have to|have to)|say more|talk (?:to me )?about|walk me through|describe|"
    r"help me|let me|let'?s|remember (?:when|that time|how you)|give yourself (?:credit|some)|"
    r"get (?:it|that)(?! done| over with| sorted| fixed| handled| finished)|make sense|keep in mind|stop me|feel free|never mind|go figure|"
    r"trust (?:your|yourself)|think (?:back|about (?:what|how|when|whether|a time))|pick up "
    r"where|check in|sit with|keep me posted|hold on|wait a (?:sec|second|minute)|"
    r"think of it (?:like|as)|"
    # a goodnight and a pace left to the client (probe OC): "ok! sleep well, talk soon", "rest up,
    # see you Monday", "Take it wherever you want", "Take all the time you need"
    r"sleep (?:well|tight)|rest (?:up|well)|drive safe|get home safe|have a (?:good|great|nice|lovely) "
    r"(?:night|one|day|weekend|evening|week)|take (?:it|this) wherever|take (?:all )?the time you need|"
    r"take as (?:long|much time) as you need)\b"
)
WARN = _c(
    # help made to hang on the client's compliance (probe AU): "I can't help you if you're not honest with me"
    r"\bi can'?t (?:help|work with) you (?:if|unless) you\b",
    # a sanction the worker would apply (probe PE): "I'd have to write it up if you asked again"
    r"\bi'?d have to (?:write (?:it|you|that) up|report (?:it|you|that)|call (?:your|the) (?:po|probation|police|"
    r"landlord))\b[^.!?]{0,30}\bif you\b",
    # "dont slack on meetings now or ull be right back where u started" (probe T)
    r"\bor (?:you'?ll|you will|you'?re gonna|you'?re going to) (?:be )?(?:right )?back (?:where you started|at square "
    r"one|to square one|at day one|in (?:jail|rehab|the hospital|detox))\b",
    # the consequence named in writing (dev11): "or you'll burn out", "You'll regret it forever
    # if...", "that's a relapse waiting to happen", "You'd be putting your sobriety at risk"
    r"\bor (?:else )?you'?ll (?:burn out|relapse|lose|regret|end up|crash|break)\b",
    r"\byou'?(?:ll|d) regret (?:it|this|that)\b", r"\b(?:a )?relapse waiting to happen\b",
    r"\byou'?d be (?:putting|risking) your (?:sobriety|recovery|health|job|life|safety|marriage|kids?)\b",
    # "Miss curfew again and no shelter will take you." / "One slip and you're back inside."
    r"^(?:miss|skip|use|drink|slip|mess up|screw up|get caught|fail|keep|go|pick up|touch|text|call|see|visit|"
    r"answer|open|leave|quit|stop|drop out|walk out)\b[^.?!]{0,60}"
    r"\band (?:you'?ll|you'?re|you will|you are|they'?ll|she'?ll|he'?ll|no \w+)\b",
    r"^one (?:more )?(?:slip|mistake|dirty test|dirty drop|strike|more time|more)\b[^.?!]{0,40}\band "
    r"(?:you|they|she|he)\b",
    # said to the client's face: "You miss one more check-in and I'm writing you up", "You fail a
    # test, you're going back in" (probe L)
    r"^you (?:miss|skip|fail|use|drink|mess up|screw up|get caught|test positive|pick up|violate|"
    r"blow)\b[^.?!]{0,60}(?:\band|,) (?:i'?m (?:writing|reporting|calling|sending|violating)|i'?ll (?:have to|"
    r"write|report|call|violate)|you'?re (?:going|gonna|back|done|out)|you'?ll (?:be|go|lose)|they'?ll|"
    r"they(?:'re| are)? (?:gonna|going to)|it'?s back)\b",
    # a sanction of the speaker's own: "If you don't go, I'll have to let social services know"
    r"\bif you (?:don'?t|do not|won'?t|keep|miss|fail|skip|use|refuse)\b.{0,60}?\bi(?:'ll| will|'m going to|'m "
    r"gonna)? (?:have to|need to|must) (?:let|tell|report|write|call|notify|inform|contact|file)\b",
    r"\bor (?:else )?you (?:lose|forfeit|get (?:kicked|dropped|removed|violated)|go back)\b",
    r"\bif you (?:don'?t|do not|won'?t|keep|miss|fail|skip|use)\b.{0,40}?\byou'?re (?:violating|in violation)\b",
    r"\byou'?(?:ll| will) be (?:right )?back (?:inside|in jail|in prison|in custody|in front of the judge)\b",
    r"\bif you (?:use|drink|relapse|slip|mess up|screw up|miss|fail)\b[^.?!]{0,30}\byou'?re (?:right )?back "
    r"(?:inside|in jail|in prison|in custody|in (?:the )?hospital|on the street)\b",
    r"\bif (?:this|that|it) keeps (?:happening|up|going)\b[^.?!]{0,40}\b(?:gonna|going to|will|'ll)\b",
    r"\b(?:or|and) (?:crash|get caught|get pulled over|relapse|overdose|od)\b[^.?!]{0,40}\byou(?:'re| are)? "
    r"(?:done|finished|screwed|dead)\b",
    r"\bif you (?:don'?t|do not|keep|continue|go back|start|drink|use|relapse|miss|stop taking|"
    r"skip|quit taking|violate|mess up|screw up|blow|go off|won'?t|can'?t)\b.{0,80}?\b(?:you(?:'ll|"
    r"'re going to|'re gonna| will| are going to| could| might| may|'d(?! rather| prefer| want))|will|could|"
    r"might|going to|gonna|they'?ll|they will|they'?re going to|they'?re gonna|"
    # "...the court won't give you the weekends back" (probe AU), not "you won't have to"
    r"(?:the court|the judge|they|your po|cps|the program|the shelter|she|he) won'?t(?! have to| need to))\b",
    r"\bor else\b|\bor you(?:'ll| will|'re going to|'re gonna| could| might) (?:end|lose|get|be "
    r"(?:back|dead|sorry)|die|regret|wind|relapse|go back)\b",
    # not turned down: "It doesn't mean you're going to relapse", "I don't think you'll lose it"
    r"(?<!n't mean )(?<!not mean )(?<!n't think )(?<!n't mean that )"
    # nor the client's own fear asked about: "Are you worried you might hurt yourself tonight?"
    r"(?<!worried )(?<!afraid )(?<!scared )(?<!fear )(?<!feel like )(?<!feeling like )"
    # ("you'll end up..." never matched: the optional "'ll" left no room for the space after it)
    r"\byou(?:(?:'re| are)? (?:going to|gonna)| will| could| might| may|'ll|'d) (?:end up|lose|die|"
    r"be (?:using|drinking|back (?:using|drinking|here|in))(?! (?:with|at|for)\b)|"
    r"relapse|get (?:fired|hurt|kicked|arrested|sick|violated|locked|worse|evicted|sent back|"
    r"caught)|regret|kill|hurt yourself|wind up|be sorry|overdose|od|go back (?:to jail|to "
    r"prison|inside|to the hospital)|end up (?:back|in|dead|homeless|alone))\b",
    # the authorities' sanction: "cps could take ur kids for that" (probe M)
    r"\b(?:cps|child services|social services|the court|the judge|your po|probation|parole|the cops|the "
    r"police) (?:could|can|will|would|might|is gonna|are gonna|is going to|are going to|'ll) (?:take|"
    r"violate|arrest|revoke|lock|remove|pull)\b",
    r"\b(?:they'?re|they are|they'?ll|they will|he'?s|she'?s|he'?ll|she'?ll) (?:going to|gonna|"
    r") ?(?:violate|take (?:the kids|your kids|them)|kick you|fire you|leave you|lock you|"
    r"revoke|send you back)\b",
    # not how others see the client: "still being treated like you're dangerous" (dev7)
    r"(?<!like )(?<!as if )(?<!as though )\b(?:that'?s|it'?s|this is|that is|it is|you'?re|you are) "
    r"(?:really |so |very |pretty )?(?:dangerous|risky|a slippery slope|playing with fire|asking for "
    r"trouble|headed for|heading for|on thin ice)\b",
    r"(?<!sense to )\bbe careful\b", r"(?<!she )(?<!he )(?<!they )(?<!someone )(?<!somebody )(?<!people )\b(?:could|can|will|might|gonna|going to) "
    r"(?:kill|hurt|land) you\b",
    r"\byou(?:'re| are) (?:risking|putting .{0,30}at risk|setting yourself up)\b",
    r"\bkeep (?:this|that|it) up and\b", r"\bdon'?t come crying\b",
    r"^keep (?:\w+ing|doing (?:this|that|it))(?: \w+){0,3},? and (?:you|your \w+|they|it|he|she)\b.{0,40}"
    r"\b(?:won'?t|lose|die|end up|regret|kill|hurt|ruin|wreck|be (?:dead|gone|back)|fail|get (?:fired|"
    r"kicked|arrested|sick|worse|violated))",
    r"\bthat'?s how (?:people|you|it) (?:end|start|relapse|die)\b",
    # probe sets G-K (stop 23): the consequence after any "if you...", said side by side ("You go to
    # that party, you're going to use"), the system's sanction, the body that won't wait
    r"\bif you\b[^.?!]{0,60}?\byou(?:'ll|'re going to|'re gonna| will| are going to| could| might)(?: \w+)? "
    r"(?:use|drink|relapse|have a (?:stroke|heart attack|seizure|fit)|crash|lose|die|end up|get (?:sick|worse|"
    r"caught|fired|arrested)|be back)\b",
    r"^you (?:go|keep|skip|miss|drink|use|stop|pick up)\b[^.?!]{0,40}, you(?:'re| are)? (?:going to|gonna|'ll|"
    r"will) (?:use|drink|relapse|crash|lose|end up|get)\b",
    r"\bif you (?:don'?t|won'?t|refuse|do not)\b[^.?!]{0,40}\bi (?:have to|'ll have to|will have to|must|"
    r"'m going to have to) (?:write|report|tell|call|notify|inform|breach|violate)\b",
    r"\b(?:that'?s|is) (?:exactly )?where you'?re (?:headed|heading|going)\b(?=[^.?!]{0,30}\bif you\b)",
    r"^(?:careful,? )?keep \w+ing\b[^.?!]{0,40}\band (?:they|you|he|she|your \w+)(?:'ll| will)\b",
    r"\b(?:your (?:liver|heart|lungs|body|kidneys|health)|the (?:disease|cancer|addiction)) (?:isn'?t|is not|"
    r"won'?t|will not) (?:going to )?wait\b",
    r"\bthat'?s (?:usually |often |exactly |always )?when (?:people|folks|most people|you) (?:slip|"
    r"relapse|use|end up|get hurt|die|od|overdose|get caught|get in trouble)\b",
    r"\byou (?:won'?t|will not|ain'?t gonna) (?:feel|be) (?:so )?(?:fine|okay|ok|good|great|alright) "
    r"(?:after|when|once|if|with)\b",
    r"\b(?:kids|children|sons|daughters|people|folks) (?:of|who|that|with) (?:\w+ ){0,4}end up\b",
    r"\bput (?:that|it|this) (?:in|on|into) your (?:chart|record|file)\b",
    r"\bif you (?:miss|skip|fail|don'?t|use|drink|relapse|test)\b.{0,60}\byou(?:'re| are) "
    r"(?:out|done|gone|finished|off)\b",
    r"\b(?:rolling the dice|playing russian roulette|a ticking time bomb)\b",
    r"\bdead (?:in|within) a (?:year|month|week)\b",
    r"\bi'?m (?:worried|scared|afraid|concerned) (?:you'?ll|you will|you'?re going to|you'?re "
    r"gonna|that you'?ll|you might|you could)\b",
    r"\byou (?:don'?t|do not) want to end up\b",
    r"\bif (?:you|your|you'?re|this|that|it|things|he|she|they)\b(?! (?:want|like|need|feel|think|"
    r"decide|ever|would|'d|wish|choose))[\w' ,]{0,60}?\b(?:you(?:'ll| will|'re going to|'re gonna| are "
    r"going| are gonna|'re going)|they(?:'ll| will|'re gonna|'re going to)) (?:crash|lose|end|get "
    r"(?:sick|worse|kicked|fired|violated|locked|arrested)|be (?:back|dead|homeless)|go back|going "
    r"back|die|relapse|wind|fall|regret|fail|pay|violate|kick|take)\b",
    r"\bdon'?t (?:blow|screw|mess|waste) (?:it|this|that)(?: up)?\b",
    r"\b(?:gonna|going to|will|'ll) go (?:in|on|into) your (?:chart|record|file)\b",
    r"\b(?:are|is) what (?:break|breaks|ruin|ruins|destroy|destroys|kill|kills|wreck|wrecks)\b",
    r"\bwhat if you (?:fall|relapse|overdose|od|die|get hurt|lose|get caught|end up)\b",
    # not asked of the past: "How did you end up back there?" (probe R)
    r"(?<!tons of people )(?<!lots of people )(?<!a lot of people )(?<!plenty of people )(?<!did you )(?<!did he )"
    r"(?<!did she )(?<!did they )(?<!did i )\bend up (?:hurting|killing|losing|back|in|dead|homeless|alone|relapsing|using)\b",
    # predictions of where the client's course leads (dev4)
    r"\bkeep going the way you'?re going\b", r"\b(?:that'?s|this is) (?:exactly |just )?how it "
    r"(?:starts|goes|sneaks up|begins)\b",
    r"\byou'?(?:ll| will|re gonna|re going to) (?:go downhill|be stuck|never see|lose (?:them|her|him|it all|"
    r"everything|your))\b",
    r"\b(?:that'?s|this is) what happens to (?:guys|people|folks|men|women|someone|somebody)\b",
    r"\b(?:it'?s|that'?s) (?:gonna|going to) be (?:\w+ )?(?:times )?worse if\b",
    r"\b(?:give it|in) (?:a few|a couple|six|three|two|a) (?:\w+ )?(?:months?|weeks?|years?),? (?:and )?"
    r"you(?:'ll| will| won'?t)\b",
    r"\bright before (?:they|you|people) (?:lose|relapse|crash|die|od)\b",
    r"\b(?:people|folks|guys) have (?:done|gotten|got) (?:time|jail|prison) for less\b",
    r"\bor i can'?t help you\b",
    r"^(?:miss|skip|keep|blow|mess|push|try)\b[^.?!]{0,50}\band (?:she|he|they|your \w+)(?:'s| is|'re| are)? "
    r"(?:gonna|going to|will|'ll)\b",
    r"^next time (?:you|it|he|she)\b(?!'?ll be (?:easier|a breeze|better|fine|okay|different|a piece of cake))"
    r"(?! (?:should|could try|might try|can try|may want|might want|want to|try)\b)", r"^then you(?:'ll)? (?:crash|relapse|end|lose|fall)\b",
    r"\b(?:big|major|huge) trigger\b",
    r"\b(?:make|makes|making) (?:everything|it|things|you|them|your \w+) (?:so much |a lot |way )?(?:worse|harder)\b",
    r"\byou'?re looking at (?:\w+ ){0,2}(?:jail|prison|time|years|months|felony|charge|violation|"
    r"warrant|revocation|relapse|damage|losing|loss|stroke|heart attack|surgery|dialysis|amputation|"
    r"death|dying|eviction|homelessness)\b", r"\bpouring gas\b",
    # not the client's own fear asked about: "What are you most afraid will happen if you go...?"
    r"(?<!afraid )(?<!scared )(?<!worried )(?<!think )(?<!fear )\b(?:gonna|going to|will|'ll) .{0,40}"
    r"\bif you (?:keep|don'?t|continue|stop|go)\b", r"\b(?:is|are) (?:a )?(?:trigger|triggers) for\b",
    r"\byou(?:'re| are) lucky (?:you|it|that|he|she)\b", r"\bred flag\b",
    r"\bthat'?s how (?:you|people|folks) (?:end up|relapse|die|lose|get (?:hurt|killed|arrested|caught|kicked|fired|sick|sent|locked|violated))\b",
    r"\b(?:could|might|will|gonna) (?:kill somebody|kill someone|hurt somebody|hurt someone)\b", r"\bone more (?:time|strike|slip)\b.{0,40}\b(?:and|"
    r"you)\b",
    # consequences foretold in written replies (dev12): "The more you say yes, the more they'll pile
    # on", "you'll be drinking by Christmas", "it's your license", "a habit that's hard to undo"
    r"\bthe more you \w+.{0,40}\bthe more (?:they|he|she|it|people|you)(?:'ll| will)\b",
    r"\byou'?(?:ll| will) be (?:drinking|using|gambling|relapsing|back (?:in|on|to|at)|broke|homeless|"
    r"single|alone) (?:by|within|before|in)\b", r"\b(?:it'?s|that'?s) your (?:license|job|kids|marriage|"
    r"sobriety|freedom) on the line\b|, it'?s your (?:license|job|career)\W*$",
    r"\b(?:habit|pattern|rut) (?:that'?s|that is|which is) (?:really |super |very )?hard to (?:undo|break)\b",
    # (dev13) "If you let this slide, he'll be on harder drugs by 18", "that's a way bigger fight",
    # "Staying will only keep you stuck", "can get you flagged in the prescription database"
    r"\bif you (?:let|ignore|leave|put off|brush off|keep)\b.{0,40}?\b(?:he|she|it)(?:'ll| will) be\b",
    r"\b(?:that'?s|it'?s|that'?ll be|it'?ll be) (?:a )?(?:way|much|lot|a lot|even|so much) (?:bigger|worse)"
    r" (?:fight|problem|mess|deal|hole|betrayal)\b",
    r"\bwill only (?:keep you|make (?:it|things|you|this)|drag (?:it|this|things) out|feed (?:it|the))\b",
    r"\b(?:can|could|will|might|would) get you (?:flagged|fired|kicked out|arrested|banned|evicted|cut off|"
    r"dropped|sued|killed)\b",
    r"\bbefore (?:it|this|that|the \w+) (?:wrecks|ruins|kills|destroys|breaks|eats|swallows) (?:you|your)\b|"
    r"\bbefore you(?:'re| are) in over your head\b|\bbefore it'?s too late\b",
    # the consequence put as a question (probe Z; CODING_RULES §2 warn, "stated or implied"): "Do you
    # want to fail out of school?", "do u want a warrant out for u??", "Are you ready to be out of a
    # job?", "You remember how you ended up on the unit last time?"
    r"^(?:do )?you (?:really )?want (?:to (?:fail|flunk|lose|end up|have a (?:stroke|heart attack|seizure|relapse)|"
    r"go back to (?:jail|prison|the hospital)|get "
    r"(?:fired|arrested|evicted|kicked out|violated|locked up|sent back)|kill (?:somebody|someone|yourself)|be "
    r"homeless|ruin|throw away|blow)|(?:the court|the judge|cps|social services|them|him|her|your \w+) to "
    r"(?:take|shut|cut|kick|fire|arrest|revoke|lock|evict|find out)|a warrant)\b",
    r"^are you (?:really )?ready to (?:be out of|lose|go back to (?:jail|prison|the hospital)|be homeless|start "
    r"over)\b",
    r"\bremember (?:how|where) you ended up\b|\bremember what happened (?:the )?last time\b",
    r"\bregret it for the rest of your life\b|\byou know what'?s (?:going to|gonna) happen if\b",
    r"\bhow long (?:do you think )?(?:you'?ll|you will|until you|before you) (?:stay|last|keep)\b[^?]{0,30}"
    r"\bwithout\b",
)
CONFRONT = _c(
    # recovery-world verdicts (probe LB): "Everybody who comes up dirty says it was cold medicine.", "So
    # you're still using, technically, just the legal version." (methadone), "Two beers is a relapse.
    # Period.", "So you relapsed. Again.", "Dirty's dirty", "kind of a loser move"
    r"\b(?:everybody|everyone|every (?:\w+ )?(?:client|guy|person|one)) who (?:comes up dirty|fails|relapses|uses|drinks|"
    r"gets caught)\b[^.!?]{0,30}\bsays?\b|\bjust the legal version\b|\bstill using,? technically\b|^(?!that |it |this )\w+(?: \w+)? (?:is|are|counts as|still "
    r"counts as) (?:a|still a) relapse[.!]*$|^(?:so )?you relapsed\W+again\W*$|\bdirty'?s dirty\b|\b(?:kind of |kinda |"
    r"such )?a loser move\b",
    # a choice left to them with a sting (probe AU; CODING_RULES emphasize_autonomy rule 3): "Your choice. I
    # just hope you make the right one."
    r"\bi (?:just |really )?hope you make the right (?:one|choice|decision|call)\b",
    # siding with the other party, hindsight and verdicts on the poster (dev12): "he's allowed to
    # move on", "this is what happens when you let a deadbeat back in", "You should never have
    # agreed", "is exactly why it's not moving", "you owe it to them", "He's your brother, you
    # only get one", "Now is not the time to make this about you", "you're being kinda cold"
    r"(?<!that )(?<!and )\b(?:he|she|they|your (?:\w+ )?\w+)(?:'s| is| are|'re) (?:also |still )?allowed to\b",
    # the other side's motive vouched for, in chat (probe M): "ur sponsor is just trying to keep u
    # accountable", "ur parents r just trying to help u"; a question asks it ("is she trying to...?")
    r"^(?:(?:honestly|tbh|i mean|well|look|bro|dude),? )*(?:he|she|they|your (?:\w+ )?\w+)(?:'s| is| are|'re) "
    r"(?:just|only|probably just|obviously|clearly) trying to (?:help|keep you|protect|look out|do (?:their|"
    r"his|her) job|get you|make sure)\b(?!.*\?$)",
    # the client's motive or honesty doubted: "why, do u have something to hide? lol"
    r"\b(?:have|got) something to hide\b",
    r"^why (?:were|was|did|would) you\b[^?]{0,60}\banyway\W*\?",
    # blame as an inference (probe PE): "so you must have been pretty out of control", "So after everything we talked about, you just went and used anyway?"
    r"\byou must have been (?:pretty |really |very |a bit )?(?:out of control|drunk|high|violent|aggressive|doing "
    r"something|asking for it)\b|\bafter everything (?:we talked about|we'?ve done|i told you)\b|\byou just went and "
    r"(?:used|drank|did it|relapsed|picked up)\b",
    # sarcasm, scoffing and name-calling (probe SC): "Well, that went great then.", "Wow, parent of the
    # year.", "Oh nice, real smooth.", "So you're a bit of a doormat, then.", "Only twice?", "but
    # yelling at kids is never okay"
    r"^that went (?:great|well|perfectly|brilliantly) then\b|\b(?:parent|mother|mom|father|dad|friend|"
    r"employee|son|daughter|husband|wife) of the year\b|\breal smooth\b|\bsmooth move\b|\byou'?re (?:a bit of |kind "
    r"of |such )?(?:a )?(?:doormat|pushover|loser|coward|drama queen|crybaby)\b|^only (?:once|twice|(?:one|two|"
    r"three|four|\d+) (?:times?|days?|hours?))\W*\?|\bis never (?:okay|ok|acceptable|alright|excusable)\b",
    # the client's thinking or doing judged by what it does to others: "Thinking like that isn't fair
    # on your family" (probe V)
    r"^(?:\w+ing|that|this)(?: like that| that way)? (?:(?:isn'?t|is not|wasn'?t) |is (?:so )?un)fair (?:on|to) "
    r"(?:your|them|him|her|the|those)\b",
    # blame in a summary, hindsight, a verdict on the client's choices (probes M, T): "so basically you
    # keep picking guys who are using", "if you'd made curfew none of this would've happened",
    # "Sleeping till noon isn't going to get you a new job", "How did you let him put everything in
    # your name?", "so u just threw away ur sobriety for a bbq lol", "so ur just gonna keep answering
    # him forever lol", "lol ur really gonna go to a bar at 5 weeks??"
    r"\byou (?:just )?keep (?:picking|choosing|falling for|dating|going for|finding) (?:the )?(?:wrong |same )?"
    r"(?:guys|men|women|girls|people|partners|ones|friends|type)\b",
    r"\bif you(?:'d| had)(?: just| only)? \w+[^,.;?]{0,50}\b(?:none of this|this wouldn'?t|this never|that "
    r"wouldn'?t)(?: would(?:'ve| have))?\b",
    r"^\w+ing\b[^,.;?]{0,40}\b(?:isn'?t|is not|won'?t|ain'?t) (?:going to |gonna )?(?:get you|fix|solve|"
    r"bring|change)\b(?!.*\b(?:feel|feeling|lonely|alone|hurt|pain)\b)",
    r"^how (?:did|could|do|can) you (?:let|allow)\b",
    r"\byou (?:just )?(?:threw|tossed|blew|pissed) (?:away )?(?:your|all|\w+ (?:days|months|years))\b[^,.;?]{0,30}"
    r"\b(?:for|over) (?:a|an|one|some)\b",
    r"^(?:lol |wow |so )*you'?re (?:just|really|seriously) (?:gonna|going to) (?:keep|go|do|let|stay|"
    r"take)\b.*(?:\bforever\b|\blol\b|\?\?)",
    # lectures, verdicts and doubt in professional talk (probe L): "Five is still too many", "There's
    # nothing to think about", "clearly not everything, or you'd have lost it", "Everybody says
    # they're clean", "I've heard that a hundred times", "That's not an accident", "Violence is
    # never the answer", "That would be a huge mistake", "you've thrown that away now"
    r"\b(?:is|are|'s) still (?:way |far )?too (?:many|much)\b",
    r"^there'?s nothing to (?:think about|discuss|decide|talk about|argue about)\b",
    r"^(?:well,? )?(?:clearly|obviously) not\b",
    r"\b(?:'cause|cause|because|cos) you (?:weren'?t|aren'?t|didn'?t|don'?t) (?:\w+ ){0,3}(?:properly|right|"
    r"correctly|hard enough)\b",
    r"\bget your act together\b|\bbeggars can'?t be choosers\b|\bscaremongering\b",
    r"^(?:but |and )?(?:everybody|everyone) says (?:that|they'?re|they)\b",
    r"\bi'?ve heard that (?:one )?(?:a (?:hundred|thousand|million)|so many|many) times\b",
    r"^(?:that'?s|that was|this is|it'?s|it was) not an? accident\b",
    r"\bis never the (?:answer|solution|way)\b",
    r"^(?:that|this|it) (?:would|will|'d|'ll) be (?:a )?(?:huge |big |massive |terrible |serious )?mistake\b",
    r"\b(?:thrown|blown|wasted|pissed) (?:that|it|all that|all of that|everything) away\b",
    r"\b(?:don'?t|doesn'?t|wouldn'?t) just (?:\w+ ){1,3}(?:for nothing|for no reason)\b|\b(?:don'?t|doesn'?t) "
    r"(?:\w+ ){1,3}(?:on|at) (?:students|people|kids|patients) for no reason\b",
    r"^i doubt (?:he|she|they|that|it|you)\b",
    r"\bthe (?:second|third|fourth|fifth|sixth|\w+th) (?:one |time )?(?:that )?you'?ve (?:missed|skipped|failed|"
    r"been late)\b",
    r"\byou (?:really )?don'?t have (?:a|any) choice (?:anymore|any more|now|here|in this)\b",
    r"\bdon'?t be (?:such )?a (?:baby|child|wimp|drama queen|sook)\b",
    # (probe N) "Actions have consequences.", "You can see how that turned out.", "Is that wise,
    # with your schizophrenia?", "Is that really a good idea?"
    r"\byour \w+ (?:isn'?t|is not|aren'?t|are not|wasn'?t) (?:exaggerating|lying|making (?:it|this|that) up|"
    r"overreacting)\b",
    r"\bit'?s for your own (?:safety|good|protection)\b|"
    r"\bno such thing as (?:just )?(?:one|a little|a couple)\b|"
    r"\bactions have consequences\b|\b(?:you can |you )?see how (?:that|it|this) (?:turned|worked) out\b",
    r"^is (?:that|this|it) (?:really )?(?:wise|smart|sensible)\b|^is (?:that|this|it) really (?:a good idea|the best idea)\b",
    # a verdict on what the client did: "thats child endangerment"
    r"^(?:that'?s|that is|this is) (?:literally |basically |straight up |legally )?(?:child (?:endangerment|abuse|"
    r"neglect)|neglect|illegal|a crime|a felony)\b",
    r"\b(?:she|he|they|your (?:\w+ )?\w+)(?:(?: isn'?t| aren'?t|(?:'s|'re| is| are) not) (?:totally |"
    r"entirely |completely |all that |really )?wrong|(?: has| have|'s got|'ve got) a (?:good |fair )?"
    r"point)\b",
    r"\b(?:is|are|'s|'re) (?:just |such |kind of |kinda |a bit of )?(?:an? )?cop[- ]?out\b",
    r"\bthis is (?:exactly )?what happens when you\b", r"\byou should(?:'ve| have| never have)\b(?! \w+ (?:me|us)\b)",
    r"\b(?:is|are|'s) exactly why\b", r"\byou owe it to (?:them|him|her|your \w+)\b",
    r"^(?:but |honestly |well )?(?:he|she)(?:'s| is) your (?:dad|mom|father|mother|brother|sister|son|"
    r"daughter|husband|wife|family)\b", r"\bmake (?:this|it|everything) about you\b",
    r"\byou(?:'re| are) being (?:a (?:bit|little) |kinda |kind of |pretty |really |so |way )?(?:cold|"
    r"harsh|unfair|petty|dramatic|selfish|ridiculous|childish|unreasonable|paranoid|naive|a baby|"
    r"crazy|controlling|obsessive|insane)\b",
    # (the tuning sets) "that's what you signed up for", "You took vows", "a promise is a promise",
    # "you're in denial", "Tbh the rheumatologist isn't wrong". Not "You knew exactly what you
    # were doing" (6 of 6 confront in the tuning sets, but it lowered heldout5)
    r"\bwhat you signed up for\b|\byou took vows\b|\ba promise is a promise\b",
    r"\b(?:in|is just|'s just|pure|classic) denial\b",
    r"\bthe (?:\w+ )?\w+ (?:isn'?t|is not|'s not) (?:totally |entirely |completely |all that |really )?wrong\b",
    # (dev13) "Your wife has every right to be frustrated", "snapping at your kids isn't okay even
    # if you're in pain", "Bro you're gaming 7 hours a night and you don't think it's that bad?"
    r"\b(?:he|she|they|your (?:\w+ )?\w+) (?:has|have) every right to (?:be )?(?:angry|upset|frustrated|"
    r"mad|annoyed|hurt|pissed|worried|scared|concerned|done)\b",
    r"\b\w+ing (?:at |on |with |to )?(?:your|the) [^.?!,]{0,25}\b(?:isn'?t|is not) (?:okay|ok|acceptable|"
    r"fair|healthy|cool)\b",
    r"(?:^|[.!?]\s+)(?!and\b|so\b)[^.?!]{8,}?\band you(?:'re| are) (?:saying|telling me|worried|"
    r"putting|blaming|complaining|surprised|upset)\b[^.?!]*\?|\band you don'?t think\b[^.?!]*\?",
    # judging the poster or arguing with their experience (dev11): "You shouldn't be yelling at a
    # 7 year old", "Wow must be nice to have the money for memory care", "Family is family.",
    # "He's still your dad at the end of the day.", "the worst thing you can do", "you're not
    # really recovered yet", "this is why girls need their moms"
    r"\byou shouldn'?t (?:be|have been) \w+ing\b", r"\bmust be nice to\b",
    r"^(?:but |honestly |well )?(?:family|blood) is (?:family|blood|thicker)\b",
    r"\b(?:he|she)(?:'s| is) still your (?:dad|mom|father|mother|brother|sister|son|daughter|"
    r"husband|wife|family)\b", r"\bthe worst thing you (?:can|could) do\b",
    r"\byou(?:'re| are) not (?:really|truly|actually) (?:recovered|sober|clean|in recovery|trying|"
    r"ready|serious)\b", r"\bthis is (?:exactly )?why (?:\w+ )?(?:need|needs|shouldn'?t)\b",
    # judging the poster in writing (dev7)
    r"\b(?:comes?|came) down to (?:willpower|discipline|effort|self-control)\b",
    r"\bthe least of (?:anyone'?s|your|our|everyone'?s) (?:problems|worries)\b",
    r"\byou don'?t get to (?:make|decide|choose|complain|act)\b",
    r"\bonly works if you (?:actually|really)\b", r"\band you know (?:that|it)\W*$",
    r"\bbecause that always (?:ends|goes|works out) well\b", r"\bclearly the problem is\b",
    r"\byou(?:'ve| have)?(?: \w+){0,2} been (?:coddling|enabling|babying|spoiling|feeding)\b",
    r"\b(?:that'?s|it'?s|is) (?:(?:just|only|basically) (?:the|your)|your) (?:addiction|disease|"
    r"alcoholism|depression|anxiety|trauma bond|illness|addict brain|ego)(?: \w+)? (?:talking|"
    r"negotiating|lying|speaking|doing)\b",
    r"(?<!none of )(?<!none of it )\b(?:that'?s|that is|this is|it'?s) (?:just |really |all |only |nothing but |such )?"
    r"(?:not (?:true|right(?! for (?:you|u)\b)|what happened|the point|how it works|fair to)|an? (?:excuse|cop[- ]out|"
    r"lie)|excuses|ridiculous|nonsense|bs|bull|on you|your (?:own )?fault|what addicts|the "
    r"disease talking|your \w+ talking|denial|selfish|irresponsible|wrong)\b",
    # (not "it's not that you're not trying, it's that the money isn't there", a reframe)
    r"(?<!not that )(?<!isn't that )(?<!if )(?<!whether )\byou(?:'re| are) (?:just |only |really |clearly |obviously |still )?(?:making (?:excuses|"
    r"it up)|in denial|lying(?! (?:awake|down|in bed|there|on|around|low|flat|still))|kidding yourself|fooling yourself|not (?:being honest|trying|"
    r"listening|serious|taking this seriously|telling me)|blaming|avoiding|overreacting|"
    r"being (?:dramatic|ridiculous|unreasonable|selfish|difficult|defensive|stubborn|"
    r"childish|lazy|irresponsible)|the (?:problem|one who (?:chose|decided|did|messed))|"
    r"choosing (?:drugs|alcohol|to drink|to use)|playing the victim|feeling sorry for yourself|"
    r"minimizing|rationalizing|justifying|manipulating)\b",
    # "Come on, ..." / "Oh come on" (not "when the lights come on")
    r"(?:^|[,.!?;] |\b(?:oh|aw|ah|man|i mean) )come on\b(?! (?:in|over|back|down|up|by|through)\b)", r"\byeah,? right\b", r"\bwhose fault\b", r"\byourself to blame\b",
    r"\bhow could you\b", r"\bwhat were you thinking\b(?! (?:about|of|when|at|in|before|during|right|just)\b)",
    r"^why (?:would|did|do|didn'?t|don'?t|couldn'?t|can'?t|wouldn'?t) you (?:ever |even |just |"
    r"still )?(?:do (?:that|this|something)|think that'?s (?:okay|ok|fine|acceptable|smart)|go back|let|pick up(?! (?:the|an?|extra|more|some|shifts?|overtime)\b)|drink|use|even|"
    r"bother|keep|listen|stop|tell|trust)\b(?!.*\b(?:help|sense|feel)\b)",
    r"\byou (?:said|told me|promised)\b.{0,80}\b(?:but|and now|yet(?!\W*$)|and then)\b",
    r"\blet'?s be (?:honest|real)\b", r"^be honest\b", r"\bbe honest with (?:yourself|me)\b",
    r"\bdo you (?:really |honestly )?(?:expect|think|believe) (?:me|i|anyone|that'?s)\b",
    r"\bdon'?t you (?:think|see|realize|know|get it)\b(?! (?:it would|that would|you'?d))",
    r"\byou know (?:that'?s|better(?! than (?:us|me|anyone|any of us|we|i|them|strangers)\b)|you (?:can'?t|"
    r"shouldn'?t|need|have))\b",
    r"\b(?:that|it) doesn'?t (?:make (?:any )?sense|add up)\b",
    r"\bno one (?:forced|made) you\b", r"\byou did this to yourself\b",
    r"\bstop (?:making excuses|blaming|feeling sorry|whining|complaining|lying|playing)\b",
    r"^grow up\b", r"\bnice try\b", r"\banother excuse\b",
    r"^(?:oh,? |yeah,? )?sure,? you (?:are|will|did|can|do|were)\b", r"\beverybody'?s got (?:stress|problems)\b",
    r"\byou can'?t (?:blame|keep blaming)\b(?! yourself)", r"\bthat went well(?: then)?\b",
    r"\bwell,? that (?:worked out|went) (?:great|well|real well)\b",
    r"\bgreat(?:,| job|\.)? (?:another|so you)\b", r"\bit'?s (?:that|your) simple\b",
    r"\bjust say no\b", r"\bbut you (?:have|need|got) to see\b",
    r"\bwhat did you (?:think|expect) (?:would|was going to) happen\b",
    r"\bnobody (?:else )?(?:is|'s) (?:to blame|responsible)\b", r"\bthat'?s on you\b",
    r"\bi don'?t buy (?:it|that)\b", r"\byou (?:always|never) (?:do|say|have an excuse|listen)\b",
    r"^(?!(?:what|how|who|where|when|which|what's|or)\b).*\bagain\?\s*$", r"\bhonestly,? that'?s\b(?! (?:up to you|your (?:call|choice|decision)|okay|ok|fine|normal|"
    r"understandable|so (?:hard|tough|valid)|a lot|huge|amazing|great|awesome)\b)",
    r"\bconvenient\b", r"(?<!own )(?<!without making )(?<!not making )(?<!no )\bexcuses?\b", r"\bevery (?:alcoholic|addict|user|junkie|drunk|one of "
    r"you|client|guy) (?:says|thinks)\b", r"\bthat'?s what (?:every|all|most) \w+ (?:say|think)",
    r"\byou(?:'re| are) (?:probably |just |only )*(?:reading (?:into|too much)|imagining|exaggerating|"
    r"making (?:a big deal|too much)|being paranoid|paranoid|too sensitive)\b",
    # not the client's verdict on themself turned down: "No, I don't think you're nuts" (dev4)
    r"^i don'?t think (?:they|that'?s|it'?s|she|he|you(?:'re| are)(?! (?:(?:being |a |an |so |that |"
    r"just |at all )*)(?:nuts|crazy|stupid|dumb|an? idiot|weak|pathetic|a failure|terrible|horrible|"
    r"selfish|lazy|broken|overreacting|dramatic|weird|a burden|too much|wrong|the problem|a bad)\b))"
    r"\b(?!.*\?)",
    r"\byou (?:made|chose) (?:the |some |bad |those |your )?(?:choices?|decisions?|bed)\b",
    r"\byou agreed to\b", r"\byou can'?t (?:expect|blame(?! yourself)|complain|have it both)\b",
    r"\byou(?:'re| are) never (?:gonna|going to)\b", r"\bnever your fault\b", r"\bunderstatement\b",
    r"^if you'?re \w+,? (?:then )?why\b", r"(?<!nothing )(?<!something )(?<!anything )\b(?:was|is|were|are) (?:just )?wrong\b",
    r"\bare you sure (?:you'?re|you are|you) not\b", r"\bgotta want it\b", r"\bwant it (?:more|bad)",
    r"(?<!for )(?<!line )(?<!on )(?<!at )\b(?:the|that'?s the|that is the) (?:second|third|fourth|fifth|\w+th) time\b(?! (?:i|we|my)\b)(?!\W*\?)",
    r"\byou still (?:went|did|chose|picked|drank|used)\b", r"\byou hurt (?:them|her|him|people|a lot)\b",
    r"\bgiving it a chance\b", r"\bwhat did you expect\b", r"\bno wonder (?:they|she|he|people)\b",
    r"\bthat'?s (?:classic|typical)\b", r"(?<!know )(?<!tell us )(?<!tell me )(?<!see )\bhow it (?:always )?goes\b", r"\bso why\b",
    # not the cleft that names which thing troubles the client: "it's just the gym setting
    # that's the problem" (probe W)
    r"(?:^|, |\b(?:and|but|so|because) )that'?s (?:the|your) (?:problem|issue)\b",
    r"(?<!\bnow )(?<!\band )(?<!\bso )\byou(?:'re| are) (?:late|always late)\b(?! (?:for|to) everything\b)",
    r"\bit'?s (?:never|always) (?:your|someone else'?s|somebody else'?s)\b",
    r"\bi don'?t (?:believe|buy) (?:you|that|it)\b", r"\bwhy (?:are|were) you (?:even )?(?:nervous|worried|upset|mad|complaining)\b",
    r"\b(?:sounds|that'?s) like (?:an? )?(?:excuse|cop-out|rationaliz)",
    r"\bwho (?:are you to|do you think you are)\b", r"\bwhat do you expect\b",
    r"\byou (?:keep|always) (?:doing|saying|making|blaming)\b",
    r"\bthat'?s (?:the|your) (?:drugs?|illness|disease|addiction|meth|alcohol|booze|\w+) talking\b",
    r"\bthat'?s (?:the|your) (?:illness|disease|addiction|drugs?|paranoia|psychosis)\b",
    r"\byou know that,? right\b", r"\brules are rules\b", r"\bdefinition of insanity\b",
    r"\b(?:addicts|alcoholics|junkies|people like you) (?:can'?t|don'?t|never|always|won'?t)\b",
    r"\byou(?:'re| are) (?:still|just|nothing but) (?:an? )?(?:addict|alcoholic|junkie|drunk)\b",
    r"\bthat'?s a (?:great|good|nice|perfect) way to (?:get|end|lose|screw|mess)\b",
    r"\bjust asking for (?:it|trouble)\b", r"\bthat'?s what happens when\b",
    r"\bif you (?:had|did|would have|'d) (?:just )?(?:listened|did what|done what|followed|stayed)\b",
    r"\btwo different things\b", r"^don'?t (?:say|talk like) that\b",
    r"\byou(?:'re| are) (?:wrong|mistaken|not (?:thinking|seeing) (?:clearly|straight))\b",
    r"\bi (?:don'?t|do not) (?:agree|think so|think that'?s (?:true|right))\b",
    r"\bi disagree\b", r"^(?:yes|yeah|sure|okay),? but (?:you|that|it'?s|drinking|using)\b",
    r"\bis that (?:really )?(?:true|the case|what happened)\?", r"\bare you (?:really|even) (?:sure|serious|trying)\b",
    r"\byou (?:brought|did) this (?:on|to) yourself\b", r"\bshould be ashamed\b",
    r"\bdon'?t you care (?:about|what)\b", r"(?<!about )(?<!shows )(?<!says )\bwhat kind of (?:a )?(?:mother|father|mom|dad|parent|person|friend|"
    r"husband|wife)\b",
    r"\byou(?:'re| are) better than (?:that|this)\b", r"\b(?:that'?s|that is|that was|it'?s|it was|you'?re being) (?:pretty |really |so |very )?(?:selfish|irresponsible|immature|reckless|childish|lazy|stupid|dumb)\b",
    r"^think about your (?:kids|children|family|wife|husband|mom|son|daughter)\b",
    r"\b(?:your|the) (?:kids|children|family) deserve (?:better|more)\b",
    r"\b(?:oh|yeah),? (?:sure|right)\b(?! (?:thing|enough))", r"\b(?:yeah|sure),? that'?(?:ll| will) work\b",
    r"\bgood luck with that\b", r"\b(?:oh|yeah|wow|real|sure),? great plan\b|, (?:great|brilliant|genius|smart) (?:plan|idea|move)\W*$", r"\bbecause that (?:worked|went) so well\b",
    r"\bthat'?s (?:worked|working) out (?:so |really )?(?:well|great) for you\b",
    r"\byou know you have a problem\b",
    # not the client's words said back: "Couldn't face it." (probe Z)
    r"(?<!n't )(?<!not )(?<!cannot )\bface it\b|(?<!did he )(?<!did she )(?<!did they )(?<!will he )\b(?:admit it|let'?s face it|be realistic)\b",
    r"^(?:the fact is|the truth is|the reality is)\b", r"\byou can'?t (?:seriously|honestly|really) (?:think|believe|expect)\b",
    r"\bthat doesn'?t sound like (?:just )?(?:a |a couple|a few|nothing|no big)\b",
    r"\byou(?:'re| are) (?:minimizing|rationalizing|deflecting|making it sound)\b",
    r"\bwho are you kidding\b", r"\bget real\b", r"(?:^|[,.!?;] |\boh )come off it\b",
    r"(?<!when )(?<!while )(?<!though )(?<!part of )\byou (?:really )?(?:should(?:n'?t)?(?:'ve| have)|could(?:'ve| have) (?:just|at least)|knew "
    r"(?:better|that|what))\b", r"^why (?:didn'?t|wouldn'?t|couldn'?t|won'?t) you (?:just )?\w+\b(?<!didn't you report)(?<!didnt you report)",
    r"^why would you\b", r"\b(?:do|did) you (?:really|honestly|seriously) (?:think|believe|expect)\b",
    r"^you (?:really|honestly|seriously) (?:think|believe|expect)\b.*\?",
    r"\b(?:it'?s|that'?s) your (?:own )?(?:responsibility|problem|choice to make the mess)\b",
    r"\bwhat did you think (?:was going to|would)\b", r"\bnobody (?:made|forced) you\b", r"(?<!if )\bi told you (?:so|not to|to|that|before|this|already|last)\b", r"\bwhat did i (?:tell|say)\b",
)

# ---- inform / self-disclose / minimize / label -------------------------------------------
# Broader confront cues (CODING_RULES "Additions (dev2)"): disagreement with the client's
# account, blame, repetition accusations, sarcasm, judgements of the client, rhetorical
# questions that disapprove. Kept as grammatical frames, not whole sentences.
# Siding with the person the client is complaining about: "Your daughter's not wrong." Only a
# confrontation when the client's last turn pushes back on that person (COMPLAINT below);
# "He's right" after "My doctor says I should start this" agrees with the client.
SIDES_WITH_CRITIC = re.compile(
    # "To be fair to her, she's probably just protective", "Staff usually know what they're
    # talking about" (written replies, dev7)
    r"^to be fair\b|^(?:honestly,? )?(?:the )?(?:staff|doctors?|nurses?|psychiatrists?|they) (?:usually |"
    r"probably |generally )?know what they'?re (?:talking about|doing)\b|"
    r"^(?:(?:honestly|tbh|i mean|well|yeah|look),? )*(?:i think )?(?:she|he|they|your (?:\w+ ){0,2}?"
    r"(?:wife|husband|daughter|son|mom|mother|dad|father|doctor|sister|brother|partner|boss|po|sponsor|"
    r"caseworker|girlfriend|boyfriend|family|kids?|parents|friends?|buddy|roommate|coworkers?|manager|"
    r"ex|teacher|prof|professor|therapist|counselor|in-laws|mil|sil|brother-in-law|sister-in-law|psych|"
    r"psychiatrist|doc|gp|nurse|probation officer|judge|counsellor|cardiologist))"
    r"(?:(?:'s| is| are|'re) (?:probably |kinda |kind of |actually |totally )?(?:not wrong|right|got a "
    r"point|has a point|making sense)|(?:isn'?t|"
    r"aren'?t) (?:totally |entirely |completely |all that |really )?wrong| (?:has|have) (?:a|got a) "
    r"point)\b(?! (?:now|there)\b)"
)
COMPLAINT = re.compile(
    r"\b(?:but|though|doesn'?t get|don'?t get|keeps? (?:saying|telling|on)|always|acts? like|thinks? i'?m|"
    r"says? i'?m|won'?t|never|blames?|on my case|nagging|judg\w*|treats? me)\b"
)

CONFRONT_MORE = _c(
    # arguing with the client's account (probes SG, OC, AF): "That's literally what jealousy is.",
    # "You're obviously not fine, or you wouldn't be here.", "two isn't going to cut it", "Binge
    # drinking on weekends is still a problem, you know.", "That's not really an answer.", "the wedding
    # isn't the priority here", "Asking staff for money is really inappropriate. You know that.",
    # "You're an adult, you can go by yourself."
    r"^that'?s (?:literally|exactly|basically|just) what (?:\w+ ){0,2}(?:is|are|means)\b|^you(?:'re| are) "
    r"obviously not\b|\b(?:isn'?t|is not|aren'?t|are not|ain'?t) (?:going to|gonna) cut it\b|\b(?:is|are) still (?:a "
    r"problem|a relapse|drinking|using)\b[^.!?]{0,20}\byou know\W*$|^that'?s not (?:really )?an answer\b|\b(?:isn'?t|is "
    r"not) the priority\b|\b(?:really |totally |completely |pretty )?inappropriate\b[^.!?]{0,30}(?:\byou know that\b|$)|"
    r"^you(?:'re| are) (?:an adult|a grown (?:man|woman|adult)|not a kid),? (?:you can|so (?:just )?(?:go|do|act))\b",
    # (probe S) "You're not giving it a fair chance", "You're being silly", "it's kind of your
    # fault for lending it to him", "crying at commercials is a little much", "you probably should
    # have checked on him" (hindsight blames; it recommends nothing)
    r"\byou(?:'re| are) not giving (?:it|them|him|her|this) a (?:fair |real )?(?:chance|shot)\b|\byou(?:'re| are) "
    r"being (?:silly|ridiculous|dramatic|childish|stupid|paranoid|unreasonable)\b|\b(?:kind of|kinda|partly|"
    r"really) your (?:own )?fault\b|\bis (?:a (?:little|bit)|kind of|kinda) much\b|\byou (?:probably |really |"
    r"definitely )?should(?:n'?t)?(?:'ve| have) (?!been\b|known\b|to\b)\w+\b",
    # arguing with the client's account, guilt about family, verdicts on the client (probe P;
    # CODING_RULES §2 confront and the Additions): "Your oxygen levels say otherwise", "Feeling
    # fine and being fine aren't the same thing", "skipping two meals a day is not 'fine'",
    # "Margaret wouldn't want you doing this to yourself", "You don't want to be that dad",
    # "That kind of thinking is exactly why you're sitting here", "People who have it under
    # control don't usually get this defensive"
    r"(?<!never )(?<!wouldn't )\bsays? otherwise\b", r"^\w+ing [\w' ]{1,25} and \w+ing [\w' ]{1,25} (?:aren'?t|are not|isn'?t|is not) "
    r"the same\b", r"^\w+ing\b[^.!?]{0,40}\b(?:is|are)(?: not|n'?t) (?:['\"])?(?:fine|normal|okay|ok|"
    r"healthy|safe)\b",
    r"\b(?:is|are|'s) still (?:\w+ ){0,2}(?:cigarettes|drinks|beers|pills|nicotine|alcohol)\b",
    r"^\w+ing your (?:kids|children|wife|husband|partner|son|daughter)\b[^.!?]{0,20}\b(?:is|are) (?:abuse|wrong|"
    r"not okay|unacceptable)\b", r"\b(?:the )?facts are (?:the )?facts\b",
    r"\bthere'?s never (?:going to be|gonna be) a (?:perfect|right|good) time\b",
    r"\b(?:disrespectful|ignorant|offensive|insulting) (?:thing )?to (?:say|call|think)\b|^(?:calling|saying|"
    r"thinking) [^.!?]{1,40}\b(?:is|'s) (?:kinda |kind of |pretty |really |a bit |so )?(?:disrespectful|ignorant|"
    r"offensive|insulting)\b",
    r"\bwouldn'?t want you (?:doing|to do) (?:this|that) to yourself\b|\byou don'?t want to be that (?:dad|mom|"
    r"parent|guy|person|kind of)\b|\b(?:kids|children) (?:remember|notice|see) (?:that stuff|everything|more "
    r"than you think)\b|\byour (?:kids|children|family) needs? (?:their|a|you)\b(?! to know\b)|"
    r"(?<!to )\bthink about (?:your|the) (?:kids|children|family)\b",
    r"\b(?:is|'s) (?:exactly |part of |precisely |probably )?(?:why|the reason) you'?re (?:sitting )?here\b|"
    r"\bmaybe there'?s a reason (?:for that|why)\b",
    r"\byou(?:'re| are)? (?:get|getting|be|being|'re being|are being)? ?(?:so |this |all )?defensive\b|\b(?:don'?t|no need "
    r"to) (?:have to )?get (?:so |this |all )?defensive\b",
    r"\bgot lucky\b[^.!?]{0,40}\b(?:didn'?t|never|haven'?t) (?:kill|hurt|hit|crash)\w*\b|\bstill refusing\b",
    r"^(?:you|ya) (?:really |totally )?(?:messed|screwed|fucked) (?:up|it up|this up)\b(?!\?)",
    r"\bif everyone (?:else )?jumped off a (?:bridge|cliff)\b",
    r"^(?:so )?you'?re (?:fine|okay|ok|cool|good) with\b[^.!?]*\?",
    # scolding and leading questions, sarcastic echoes (probe Z; CODING_RULES §2 confront and the
    # Additions on rhetorical questions): "Is that fair to your kids?", "Why on earth would you lie
    # to your PO?", "And you believed him?", "So it's everybody's fault but yours?", "You'd agree
    # that drinking is the problem here, right?"
    r"^is (?:that|it|this) (?:really )?fair (?:to|on) (?:your|the|him|her|them)\b",
    r"\b(?:why|what|how) on earth\b", r"^how is (?:\w+ing|that|this)\b[^?]{0,40}\bsupposed to\b",
    r"\bbecause that'?s (?:worked|gone|going|working) (?:out )?so well\b", r"\bis that what we'?re calling it\b",
    r"^you know how (?:\w+ ){0,3}(?:usually |always )?(?:go|goes|end|ends|turn out|turns out) for you\b",
    r"^(?:does|is) (?:that|this|it) really (?:sound|seem|look) like\b|^(?:does|is) (?:that|this|it) (?:seem |sound )?"
    r"(?:respectful|responsible|mature) (?:to you)?\W*$",
    r"^(?:are )?you sure (?:that'?s|that is|it'?s) a good idea\b", r"\bback to square one\b",
    r"^(?:so )?you'?d (?:have to )?agree (?:that )?\b", r"^(?:and )?you (?:actually |really |seriously )?believed "
    r"(?:him|her|them|that)\W*$", r"\b(?:everybody|everyone)'?s fault but (?:yours|you)\b",
    r"^you don'?t think (?:she|he|they|your \w+) (?:has|have|might have|may have) a point\b",
    # idioms of disbelief, sarcasm and guilt-tripping
    r"\bcan you (?:really )?blame (?:her|him|them|anyone|anybody|us|me)\b",
    r"\b(?:that'?s|this is|it'?s) exactly what (?:the |your )?(?:casino|addiction|disease|dealer|"
    r"bottle|drug|illness|addict)s? (?:wants?|would say|says?)\b",
    r"\bthat'?s what (?:everyone|everybody|they all|all of them) (?:says?|said)\b",  # 4 of 4
    r"\bhope (?:it|that) was worth it\b", r"\bhow'?s that (?:working|been working)(?: out)?\b(?![^?]{0,15}\bso far\b)",
    r"\bso as long as\b.{0,60}\b(?:it'?s|that'?s) (?:fine|okay|ok|alright|all right)\b",
    r"\bdon'?t (?:lie|bullshit|b\.?s\.?) (?:to )?me\b",
    r"\bhow do you think (?:that|this|it) (?:made|makes|would make) (?:her|him|them|your \w+) feel\b",
    r"\byou(?:'ve| have) been (?:using|drinking|gambling|smoking|high|lying)(?: again)?, haven'?t you\b",
    # "Two beers is still drinking", "it is still an opioid": arguing what a thing counts as,
    # not "the guy you were living with is still using"
    r"(?<!\bguy )(?<!\bhe )(?<!\bshe )(?<!\bwho )(?<!\bwith )(?<!\bfriend )(?<!\bbrother )"
    r"(?<!\bsister )(?<!\bson )(?<!\bdaughter )(?<!\bmom )(?<!\bdad )(?<!\bpartner )"
    r"(?<!\bboyfriend )(?<!\bgirlfriend )(?<!\bhusband )(?<!\bwife )(?<!\bthey )(?<!\bhe)(?<!\bshe)(?<!\bwho)"
    r"\b(?:is|are|'s) (?:still|also) (?:drinking|using|an opioid|a drug|gambling|a relapse|smoking)\b",
    r"\btechnically,? you(?:'re| are) still\b",
    # not what is done to the client: "being put in a box doesn't help" (probe LB)
    r"(?<!being put in a box )(?<!being judged )(?<!being pushed )(?<!being lectured )"
    r"\b(?:isn'?t|is not|ain'?t|won'?t|doesn'?t) (?:gonna |going to )?help(?:ing)?(?: (?:anyone|"
    r"anything|you|matters|things))?\b(?=[^?]*$)",
    # "that didn't help your case" blames; "Tried before, and it didn't help." says back (dev2)
    r"\bdidn'?t help (?:your|you|matters|anyone)\b(?=[^?]*$)",
    r"(?<!like )\bdown the drain\b(?!,? like)",
    r"\bthere'?s no (?:reason|excuse) (?:why )?you (?:shouldn'?t|can'?t|couldn'?t|wouldn'?t)\b",
    # disagreement / contradiction
    r"\bhate to break it to you\b", r"\bbold of you to\b", r"\bwhat could (?:possibly )?go wrong\b",
    r"^(?:well,? )?(?:that was|what) a (?:genius|brilliant) move\b", r"\breal (?:discipline|smooth|mature|"
    r"responsible|classy) (?:there|of you)\b", r"^(?:wow,? )?(?:what a |big )?shocker\b",
    # validation taken back: "..., but she probably had her reasons", "but getting mad won't fix anything"
    r"\b(?:she|he|they|your \w+) (?:probably|must have|might have|may have) (?:had|has|have) "
    r"(?:her|his|their) (?:own )?reasons\b", r"\bwon'?t (?:fix|solve|change) (?:anything|a thing|it|that)\b",
    r"\b(?:says|said|suggests?|would say) otherwise\b",  # "the DUI kind of says otherwise"
    r"\b(?:that'?s|that is|it'?s|what) (?:a |an |such a )?(?:really |pretty |truly )?(?:dumb|stupid|"
    r"idiotic|ridiculous|terrible|horrible) (?:idea|plan|move|decision|choice)\b",
    r"\byour (?:kids|children|son|daughter|wife|husband|partner|family|baby) (?:deserves?|don'?t "
    r"deserve|doesn'?t deserve) (?:better|to be)\b",
    r"^not (?:exactly|really) \w+ing\b[^?]*\b(?:is it|are you|huh)\b",
    r"\b(?:that'?s|that is|it'?s|it is) (?:not|no) (?:a |an )?(?:reason|excuse)\b",
    r"\bwhen you (?:actually|really|finally) (?:try|put in|do it|make an effort|bother|show up)\b",
    r"\b(?:that'?s|it'?s|this is|that is) not (?:exactly|really) (?:quitting|cutting|trying|sober|"
    r"clean|working|helping|a plan|the same)\b",
    r"\bof course you (?:can|could)\b(?!'?t\b|n'?t\b| not\b)",
    r"\bdoesn'?t mean (?:you (?:don'?t|aren'?t|can'?t|won'?t)|(?:it'?s|you'?re|that'?s) (?:okay|ok|"
    r"fine|safe|healthy|not a problem))\b",
    r"\bwon'?t make (?:it|that|this|them|the \w+|your \w+) (?:go away|disappear|better)\b",
    r"\b(?:is|are|'s|'re) (?:just|still) as bad\b|\bjust as bad\b",
    r"\b(?:is|it'?s|that'?s) (?:just )?a crutch\b", r"\btrading one \w+ for another\b",
    r"\byou(?:'re| are) (?:not|obviously not|clearly not) (?:\w+ing|doing) (?:\w+ ){0,3}(?:right|"
    r"hard enough|enough)\b",
    r"\byou don'?t get to (?:decide|say|choose|pick|call)\b",
    r"\bthe (?:real )?problem (?:is|here is) (?:that )?you\b|\byour (?:real )?problem is\b",
    r"\byou said it yourself\b|\byou (?:just )?(?:said|admitted) it yourself\b",
    # blame
    # "you know that, or you wouldn't have..." tells them what they know; "...how much you love
    # your kid, or you wouldn't be up at night writing this" affirms (dev7)
    r"\byou (?:already |probably |must |clearly )?know (?:that|it|this|better),? or you (?:wouldn'?t|"
    r"would not|'d not) (?:be|have|need|get)\b",
    r"\byou(?:'re| are) (?:failing|struggling|relapsing|stuck|back here|here again) because you(?:'re| "
    r"are)? ?(?:not|don'?t|won'?t|never|keep|refuse)\b",
    r"\byou(?:'re| are) (?:just |still |clearly |obviously )?not (?:working (?:the|your) (?:program|steps)|"
    r"doing the work|following (?:through|the plan)|putting in the work|doing enough|trying hard "
    r"enough|committed)\b",
    r"\bthat'?s what (?:they|everyone|everybody|people|you people|they all|all of them|you all) (?:all )?"
    r"(?:say|said|tell me)\b",
    r"^(?:have|did|do) you (?:even|ever even) (?:tried|try|bother|thought|think|considered|asked|"
    r"looked)\b",
    r"\bif you(?:'d)? (?:just |only )?(?:\w+ed|did|had|stopped|listened|quit|took|went|got)\b.{0,50}"
    r"\byou (?:wouldn'?t|would not|'d not|wouldn'?t have) (?:be|have|need|get|end)\b",
    r"\byou(?:'ve| have| done)? put yourself (?:in|into)\b", r"\byour own (?:fault|doing)\b",
    r"\byou(?:'re| are) the one who (?!knows?|gets? to|decides?|can|has to|'s living|lives?|gets? stuck|ends? up|"
    r"pays|carries|bears|'s left|is left|has been left)\w+",
    r"\b(?:nobody|no one|no-one)(?:'s| is)? (?:making|forcing|made|forced|holding a gun to|"
    r"twisting) (?:you|your)\b",
    r"\byou chose (?:to )?(?:drink|use|gamble|smoke|go back|pick up|relapse|do (?:it|this|that))\b",
    r"\bwhat did you (?:expect|think would happen)\b",
    # repetition accusations
    r"\b(?:that'?s|this is) what you said (?:last|before|the last|every|yesterday|too|then)\b",
    r"\byou(?:'ve| have)? (?:said|told me) that (?:before|last|every|a hundred|a million|the "
    r"last|ten)\b(?! (?:part|bit|thing|piece|one)\b)",
    # "How many times have we had this conversation?", not the fact "How many times have you called him?"
    r"\bhow many times (?:have (?!you\b)|has|do|did|are|am|is|will|must|we)\b",
    r"\bhere we go again\b", r"\bsame old (?:story|excuse|song)\b|\bsame (?:excuse|song and dance)\b|"
    r"\b(?:it'?s|that'?s) (?:the )?same (?:old )?story\b",
    # sarcasm
    r"\bthat'?s one way to\b", r"\bthat'?s a (?:great|good|nice|perfect|fantastic|real good) way to "
    r"(?:get|end up|lose|wind up|ruin|blow|screw|land|make sure)\b", r"\b(?:it'?s|it is|well,?) about time\b",
    r"^(?:oh,? )?great,? (?:so )?(?:now|another|again|back|just what)\b",
    r"\b(?:a lot|always|every time|again|awfully|conveniently)\b[^.?!]*\bhuh\?*$",
    r"\b(?:fine|okay|ok|great) then,? i guess\b", r"\bnice going\b",
    r"\bhow(?:'s| is| was| has) that (?:been )?(?:working|worked|going) (?:out )?for you\b(?! so far\b)",
    # blaming, disputing the client's account (dev4)
    r"\byou of all people\b", r"\b(?:that(?: part)?'?s|it'?s) (?:kinda |kind of |all |really )?on you\b",
    r"\bwhat else would you call (?:it|that)\b", r"\btook you long enough\b", r"\bbet that'?s a first\b",
    r"\blook at you,? (?:mr|miss|ms|mister)\b", r"^(?:oh,? )?(?:great|perfect|wonderful)\W+that'?s just (?:great|"
    r"perfect|wonderful)\b", r"\bthat'?s just (?:great|perfect|wonderful)\W*$",
    r"\byou(?:'ve| have)? been lying\b", r"\blying to (?:her|his|their|my|your) face\b",
    r"\byou keep (?:putting it on|blaming)\b", r"\bwhat part you (?:might'?ve|might have|played|had)\b",
    r"\b(?:going|working out) (?:great|really well|so well),? huh\b",
    r"\byou'?re (?:just )?enabling (?:him|her|them|it)\b",
    r"\bthat'?s (?:kind of |kinda |just |totally )?(?:the|your) (?:\w+ )?(?:illness|disease|addiction|"
    r"depression|bipolar|anxiety|trauma|ptsd) talking\b",
    r"\bfeeling sorry for (?:yourself|himself|herself|themselves)\b",
    r"\bjust think (?:for a (?:second|minute) )?about how (?:\w+ ){1,2}(?:is gonna|will|'s gonna|'ll|would) "
    r"feel\b",
    r"\bit'?s always (?:somebody|someone|something) else\b",
    r"\b(?:that'?s|this is) (?:exactly )?(?:how it starts|what happens when you (?:stop|quit|skip|don'?t))\b",
    r"\byou said (?:the )?(?:exact )?same thing\b",
    r"\bdon'?t come (?:crying|running) to me\b", r"\bare you (?:serious|kidding|for real) right now\b|\bare you kidding me\b",
    r"\bwhere does it (?:stop|end)\b", r"\b(?:guys|people|men|women|folks) like (?:that|him|her) "
    r"(?:don'?t|never|won'?t) change\b",
    r"\bif you (?:really|actually|truly) (?:cared|wanted|loved)\b",
    r"\bdoesn'?t (?:mean a thing|prove anything|prove a thing)\b",
    r"\bthat never works,? you know (?:that|it)\b",
    r"\bthat'?s not (?:love|help|support|helping|caring|being careful|careful|control),? (?:that'?s|it'?s)\b",
    r"\byou(?:'re| are) (?:lucky|fortunate) (?:if|that|they|he|she|it)\b",
    r"\byou (?:really )?knew how (?:he|she|they|it) (?:is|was|are|were|gets)\b",
    r"\bor are you just (?:assuming|guessing|making|saying|scared)\b",
    # judgements of the client or the client's action
    r"\b(?:that'?s|that is|that was|it'?s|it was|you(?:'re| are| were)(?: being)?) "
    r"(?:(?:pretty|really|so|very|just|kind of|kinda|a little|incredibly|totally|seriously|"
    r"honestly|pretty damn) )*(?:selfish|irresponsible|immature|reckless|childish|lazy|stupid|"
    r"dumb|pathetic|ridiculous|unacceptable|ungrateful|careless|vain|"
    r"a disappointment|shameful|disgusting|foolish)\b",
    r"\bwith (?:that|this|an|your) attitude\b", r"\bwith your (?:history|record|track record)\b(?!,? (?:of course|no wonder|it makes sense|it'?s no surprise|i can see why))",
    r"^you(?:'re| are) (?:a )?(?:grown (?:man|woman|adult|up)|an adult)$",
    r"\bi (?:don'?t|do not|can'?t|just don'?t|really don'?t) (?:understand|get|see) (?:why|how) you(?:'d| "
    r"would| could| keep| still| even| can)\b",
    r"\bbecause (?:it'?s|that'?s|it is) (?:true|right|the truth)\b",
    r"^(?:do|don'?t) you (?:even |not )?(?:realize|understand|know|get|see) (?:how|what|that) (?:\w+ )?"
    r"(?:dangerous|serious|bad|stupid|risky|selfish|lucky|close)\b",
    # not "do you know how much you owe?" (probe W), but "...how much you're hurting her?"
    r"^(?:do|don'?t) you (?:even |not )?(?:realize|understand|know|get|see) how much (?:[\w']+ ){0,3}?(?:hurting|scaring|"
    r"worrying|upsetting|putting|costing|damaging|damage|harm|pain|stress)\w*\b",
    r"^how would you feel if (?:you|your \w+|someone|somebody|he|she|they) (?:hit|killed|hurt|lost|died|"
    r"got hurt|found out|saw you|ended up)\b",
    r"\bthat'?s (?:exactly )?what (?:every|all|most) (?:\w+ ){0,2}(?:says?|said|tells? me)\b",
    r"\b(?:cancels? (?:that|it|this|all that|all of that) out|undoes? (?:all )?(?:that|the|your)|"
    r"defeats? the (?:whole )?purpose)\b",
    # rhetorical questions that disapprove
    r"\b(?:it|that|this)(?: \w+)? (?:doesn'?t|isn'?t|wasn'?t|won'?t|didn'?t|never|really doesn'?t)\b"
    r"[^?]*,? (?:does|is|was|will|did) (?:it|that|this)\?*$",
    r"\bthat'?s your (?:logic|excuse|reason|answer|argument|explanation)\b|\bthat'?s your plan\?",
    r"\b(?:so )?why (?:are|do|would|did|is) you (?:still|even|ever|keep)\b(?! (?:feel|think|want|"
    r"hope|wonder|believe|find|like|enjoy))",
    # probe sets G-K (stop 23): blame for a known rule, a plan mocked, a verdict on the client's
    # chances, the critic's view sided with, a saying that fixes who they are
    r"\byou did (?:get caught|break the rules|know the rules|know better|sign up for this)\b|\byou knew "
    r"(?:the rules|what you were getting into|the risks?|better|what would happen)\b",
    r"\b(?:and )?you think (?:that'?s|that is|it'?s|this is) a (?:good|smart|great) idea\b",
    r"\byou(?:'ll| will)? (?:won'?t|will never|'ll never|will not|never) (?:manage|pull off|last|stick "
    r"to) (?:that|it|this|them)\b",
    r"\b(?:so )?that (?:plan|idea) (?:really )?(?:worked out|went) (?:well|great|brilliantly|so well)\b(?!\?)",
    r"\b(?:she|he|they|your (?:\w+ )?(?:girlfriend|boyfriend|wife|husband|partner|kids?|children|son|"
    r"daughter|mom|mum|dad|family)) deserves? better than (?:that|this)\b",
    rf"\bonce an? ({LABEL_ALTERNATION}),? always an? \1\b",  # not "once a cheater..." of a partner
    r"\b(?:the (?:judge|court|doctor|po|officer)|your (?:wife|husband|doctor|po|boss|family|partner|mom|mum|"
    r"dad)|they|she|he|everyone) (?:obviously|clearly) (?:thinks?|believes?) you (?:do|are|have|did|can)\b",
)
# Insults that are not clinical labels ("You're a loser"); the coder skips them inside a
# reflection of the client's own self-talk ("you feel like you're a failure").
INSULT = re.compile(
    r"\byou(?:'re| are) (?:just )?(?:a |such a |an )(?:loser|failure|mess|joke|disgrace|"
    r"screw-?up|idiot|baby|liar|coward|hypocrite)\b"
)
# "Is that alright?" / "Does that sound okay?" after a plan or offer (not after advice).
CHECK_AGREE = re.compile(
    r"^(?:is (?:that|this)|would (?:that|this) be|does (?:that|this) (?:sound|work|feel)|(?:does )?"
    r"(?:that|this) sound|sound|how does (?:that|this) sound)(?: (?:alright|all right|okay|ok|good|"
    r"fine|like a plan))?(?: (?:with|for|to) you)?$"
)
# Short answers to the client's own question: "There is.", "It does.", "They can."
SHORT_ANSWER = re.compile(r"^(?:yes,? )?(?:there|it|they|that|you|we) (?:is|are|do|does|can|will|'s|"
                          r"did|have|has)$")
# "Sure, but...", "Yeah but...": a disagreement opener (checked on the stripped lead).
# "So it's her fault you drink?", "Oh, so it's fine because...?" (the "so" is in the lead).
RHETORICAL_SO = re.compile(
    r"^(?:it'?s|its|that'?s|that makes it) (?:\w+ )?(?:fault|fine|okay|ok|alright|all right)\b"
)
# "No, that's not it" argues, unless it answers the client's own question ("Nope, it's free").
NO_LEAD = re.compile(r"^(?:no|nope),? (?:that'?s|it'?s|you)\b")
DISAGREE_LEAD = re.compile(r"\b(?:sure|yeah|yes|right|well|no)\b[\s,]*but\b")

INFORM = _c(
    # the peer worker's role and its limits, programs and what they require, a deadline (probe PE):
    # "I can't be your therapist, but...", "that's one of the limits of my role", "I'm not your PO or a
    # caseworker", "There are fair-chance employers around here that...", "Housing First programs don't
    # require you to be sober", "Stopping suddenly can be risky with some meds", "You have ten days."
    r"^i can'?t (?:be your|lend|change your|prescribe|give you (?:money|a ride|advice on (?:your )?meds))\b|\b(?:not|"
    r"isn'?t) (?:my|part of my) (?:role|job)\b|\blimits? of (?:my|the) role\b|^i'?m not (?:your|a) (?:po|parole officer|"
    r"probation officer|caseworker|case manager|counselor|counsellor|therapist|doctor|clinician|nurse)\b",
    r"^there (?:are|is) (?:a |an |some )?(?:\w+[- ])?(?:\w+ )?(?:employers|programs|programmes|groups|services|clinics|"
    r"shelters|places|lawyers|charities|funds)\b(?:[^.!?]{0,20}\b(?:that|who|which|where|for)\b)|^(?:\w+ ){0,2}"
    r"(?:programs|programmes|shelters|clinics|services) (?:don'?t|do not|won'?t) (?:require|need|ask)\b|^stopping "
    r"(?:suddenly|cold turkey|abruptly)\b[^.!?]{0,30}\b(?:can|could|may) (?:be )?(?:risky|dangerous|cause)\b|^you "
    r"have (?:\w+ ){1,2}(?:days|weeks|months|hours)(?: to\b|\W*$)",
    # a service and what it does, a number to text (probe sets G-I): "The unemployment office on
    # Ninth Street can help you file your claim", "You can text HOME to 741741 any time, it's free"
    r"^the (?:\w+ ){0,3}(?:office|center|centre|clinic|program|programme|line|service|helpline|pantry|"
    r"bank|library|court|agency|team)\b[^.!?]{0,40}\b(?:can|will|does|offers?|runs?|has)\b",
    r"\byou can (?:text|call|dial|ring) (?:\w+ )?(?:to )?\d{3,}\b",
    # feedback from an assessment, form or test (MITI: giving information): "I see on the
    # questionnaire that you...", "You've indicated that...", "Your blood sugar is very high."
    r"\b(?:i see|i noticed|i notice|it looks like|looks like|it says|it shows|you can see)(?: here)?"
    r"(?: (?:on|from|in) (?:the|your|this|our) (?:form|questionnaire|screening|screener|survey|chart|"
    r"results?|report|records?|file|labs?|tests?|sheet|handout|worksheet))?,? (?:that )?"
    r"(?:you(?:'ve| have)? (?:marked|checked|circled|ticked|put|indicated|wrote|written|answered|"
    r"reported|scored|filled)|your (?:\w+ )?(?:levels?|results?|numbers?|scores?|a1c|"
    r"blood \w+|glucose|cholesterol|pressure|liver|tests?))\b",
    r"\b(?:on|from|in) (?:the|this|your) (?:form|questionnaire|screening|screener|survey|chart|"
    r"results|report|labs?)(?: here)?,? (?:that )?(?:it says|it looks like|you(?:'ve| have)? (?:marked|"
    r"checked|put|indicated|said|answered|reported))\b",
    r"\byou(?:'ve| have)? (?:indicated|marked|checked|circled|ticked|put down|reported) (?:that|on|"
    r"here|you)\b",
    r"(?:^(?:that )?|\bi see (?:that )?|\b(?:and|but|so|now) )your (?:\w+ )?(?:levels?|results?|numbers?|scores?|a1c|blood (?:sugar|pressure|glucose|"
    r"alcohol(?: level)?)|glucose|cholesterol|liver (?:function|enzymes|tests?)|tests?|x-rays?|"
    r"scans?|labs?) (?:is|are|was|were|came back|show|shows|showed|look|looks|looked|have|has)\b",
    r"\bwhat (?:we|they|doctors|people) call\b|\b(?:is|are) (?:what'?s )?(?:called|known as)\b|"
    r"\bwhat'?s called\b",
    r"\byou (?:wrote|put)(?: down| here| on (?:the|this) (?:form|sheet))?,? (?:that |here |you |you'|about |[\"'])",
    # services, rules and options described (dev5): "The Alzheimer's Association runs a group."
    r"\b(?:association|office|center|centre|department|clinic|agency|hospital|va|hr|county|library|"
    r"foundation|society|union|campus|shelter|pantry|hotline|unit|ward)(?: on campus| here| downtown| in town)? "
    r"(?:runs?|does|offers?|provides?|hosts?|holds?|covers?|pays?|has|have)\b",
    r"\bmost (?:states|places|clinics|programs|insurances?|insurers|landlords|employers|schools|colleges|"
    r"courts|shelters|pharmacies)\b",
    r"\byou (?:might|may|could|would|probably) (?:qualify|be eligible|be entitled)\b",
    r"\bthe way (?:the |our |their |your )?(?:[\w-]+ ){0,2}(?:rules?|process|system|policy|policies) "
    r"works?\b",
    r"\bthere'?s (?:a|an) (?:\w+ )?(?:form|waiver|exception|review form|appeal process)\b",
    r"\bmore common than\b|\b(?:is|are) actually (?:really |super |very |pretty )?common\b|"
    r"\bone in (?:two|three|four|five|six|ten|a hundred)\b",
    r"\bwe'?re (?:gonna|going to) (?:go (?:through|over)|look (?:at|over)|review)\b",
    # framing phrases that announce information: "just so you know", "the way it works"
    r"\b(?:just so you(?:'ve got| have| know)|for what it'?s worth|(?:just )?a (?:quick )?reminder that|"
    r"the way (?:it|this|that|the \w+) works|how it works (?:on our end|here)|to give you the full "
    r"picture|so you'?ve got the full picture)\b",
    r"^(?:the |your )?(?:council|court|school|clinic|landlord|gp|doctor|pharmacy|nurse|insurance|"
    r"employer)s? (?:has|have|can|will|usually|has to|have to|is required|are required|must)\b",
    r"(?<!like )(?<!feeling )\b(?:the|our|this|that|a|my) (?:program|group|clinic|center|centre|meeting|class|service|"
    r"agency|office|team|shelter|hotline|line|app|food bank|pantry|court|housing|list|waitlist|"
    r"wait list|medication|med|drug|treatment|detox|rehab|policy|form|application|insurance|"
    r"medicaid|intake|session|peer group|support group)s? (?:is|are|has|have|offers?|meets?|"
    r"runs?|provides?|starts?|can|will|includes?|covers?|takes?|opens?|closes?|works?|lasts?|"
    r"usually|typically|requires?|needs?|gives?|helps?|goes|pays?|accepts?|was|doesn'?t|"
    r"does)\b",
    r"\bthere (?:is|are|'s|'re|was|were) (?:a |an |some |also |several |many |lots of |free |"
    r"other |actually |a couple of |a few |a bunch of |two |three |a lot of |a number of |plenty of |"
    r"tons of )*(?:groups?|programs?|meetings?|resources?|services?|options?|"
    r"hotlines?|lines?|support|peer|classes|medications?|treatments?|places?|apps?|shelters?|"
    r"benefits|people|number|website|clinic|counselors?|food|funding|waitlist|wait list)\b",
    r"\b(?:research|studies|evidence|data|science) (?:shows?|suggests?|says|has shown)\b",
    r"\b(?:it'?s|it is|that'?s|that is) (?:very |really |pretty |quite |super |actually |also )?"
    r"(?:common|normal|typical|usual|natural|expected) (?:for|to|in|when|with)\b",
    r"\b(?:many|a lot of|most|lots of|plenty of) (?:people|folks|peers|others) (?:who|in|with|"
    r"experience|feel|find|have|struggle|go through|report|coming|leaving|early|that)\b",
    r"\bwithdrawal\b", r"\b(?:can|may|often|usually|typically|tends? to|will) (?:cause|lead to|"
    r"increase|affect|slow|interact|take (?:a few|about|up to|some|around|several|a couple|\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten))\b",
    r"\b(?:legally|it'?s (?:illegal|against the law)|the law (?:says|protects|requires)|by law|"
    r"ada|fmla|hipaa)\b",
    r"\b(?:doubles?|triples?|halves|raises?|lowers?) (?:your|the|their|a person'?s) (?:chances?|odds|"
    r"risk)\b",
    r"\bas (?:much|many) (?:\w+ ){0,2}as (?:a|an|one|two|\d+)\b",
    r"\b988\b", r"\b(?:naloxone|narcan|suboxone|methadone|buprenorphine|vivitrol|mat|"
    r"medication[- ]assisted)\b",
    r"\bi(?:'m| am) (?:a|your|the|just a) (?:peer|certified|specialist|counselor|counsellor|recovery "
    r"coach|support|mandated)\b", r"\bas (?:a|your) peer\b", r"\bmy (?:role|job) (?:is|here)\b",
    r"^i(?:'m| am) (?:here|trained|paid|required|not allowed|allowed|able|supposed) to\b",
    r"^i (?:don'?t|do not|can'?t|won'?t|cannot) (?:diagnose|prescribe|do (?:treatment|therapy|"
    r"diagnos\w*)|drug test|report|share what|give (?:medical|legal) advice)\b",
    r"\bconfidential\b", r"\bwe (?:have|offer|provide|run|do|can (?:get|set|help) you)\b",
    r"\bi'?m not (?:here to|a (?:doctor|therapist|clinician|counselor))\b",
    r"\bi(?:'m| am) (?:required|supposed|obligated|mandated|going to have) to (?:report|tell|let|share)\b",
    r"\b(?:it|that|this|which) (?:usually |typically |just |basically )?(?:means (?:that|you)|is called|"
    r"lasts|takes (?:about|a few|up to|around|\d))\b",
    r"\bthe (?:way|reason) (?:it|that|this) works\b", r"\bactually,? (?:the|it|that|they)\b",
    r"\b(?:they|it) (?:usually|typically|normally|often|generally)\b",
    r"\b(?:is|are) (?:open|closed|free|available|drop-in|walk-in|covered)\b",
    r"\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b",
    r"\b(?:a|one) (?:study|report|survey)\b", r"\bby law\b", r"\bthe (?:law|rule|policy) (?:is|says)\b",
    r"\b\d+ (?:percent|%|days|weeks|hours|mg|milligrams)\b",
    r"\btends? to\b", r"\b(?:people|folks) (?:often|usually|sometimes|typically|tend)\b",
    r"\b(?:they|we|the county|the state|the city|legal aid|the court|the clinic) (?:do|does|did|"
    r"has|have|'ve got|'s got|got|offer|offers|run|runs|give|gives|can|will|won'?t|don'?t|doesn'?t) "
    r"(?:a |an |the |free |some |emergency |second |two |these |this |it |that |you |them )\b",
    r"\bin (?:this|our|the) (?:state|county|city|program|building)\b",
    r"\b(?:depends on|it depends)\b", r"\b(?:first|second|third|last) (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b", r"\bon the website\b", r"\bthe number (?:is|for)\b",
    r"\b(?:aa|na|smart|refuge recovery|al-anon|nami)\b.*\b(?:is|are|meets|has)\b",
    r"\b(?:first come|no minimum|no sign-?up|sliding scale|free of charge)\b",
    r"^(?:usually|typically|normally|generally)\b",
    r"\b(?:is|are|'s) (?:usually |often |generally |typically |technically )?(?:considered|defined as|"
    r"classified as)\b", r"\bcounts as\b",
    r"\b(?:the )?(?:recommended|safe|legal|daily) (?:limit|amount|dose|guidelines?|level)\b",
    # a percentage; it starts at the first digit of a number, so a line of digits is read once,
    # not once per digit (bench/worst_case_inputs.py)
    r"\bguidelines? (?:say|says|is|are|recommend)\b", r"(?<!\d)\d+\s?%", r"\bfor free\b", r"\bwell-known\b",
    r"\b(?:they|we)(?:'ve| have)? got (?:a |an |some |free |emergency |this |that )",
    r"^(?:alcohol|drinking|nicotine|weed|marijuana|cannabis|meth|cocaine|heroin|opioids?|fentanyl|"
    r"benzos?|caffeine|smoking|vaping|exercise|sleep|stress|trauma|ptsd|depression|anxiety|"
    r"the new ones|the meds?|medications?) (?:\w+s|is|are|can|will|lowers|raises|actually)\b(?!.*\byou\b)",
    r"\bthere(?:'s| is| are) (?:actually )?(?:a few|a couple|few|several|some|lots of) (?:places|"
    r"programs|groups|options|employers|resources|ways|jobs|meetings)\b",
    r"\b(?:can|could) (?:be sealed|be expunged|take (?:about|up to|a few|\d)|pay for|help (?:with|cover))\b",
)
# Words that may open the clause in which the writer tells their own story ("So, honestly, I
# quit in 2019"): `SELF_DISCLOSE` and `mood.own_past_story` both allow them.
STORY_LEAD_WORDS = "so|and|but|honestly|oh|yeah|lol|um|ok|okay|man|ugh|same|personally|also"
SELF_DISCLOSE = _c(
    # lived experience said as such (probe PE): "As someone in recovery myself,...", "I'm just someone
    # who's been through it", "it happened for me", "I'm on Suboxone, four years now", "when my parents
    # split i refused to do the group too", "My sleep didn't come back till around week four"
    r"\bas someone (?:in recovery|who'?s been (?:there|through (?:it|this|that))|with lived experience|who has been "
    r"(?:there|through))\b|\bi'?m (?:just )?someone who'?s been (?:there|through (?:it|this|that))\b|\bit happened for me\b|"
    r"\bi'?m one of them\b|\bi'?ve lived with \w+ myself\b|^i'?m on (?:suboxone|methadone|antidepressants|lithium|"
    r"meds|medication)\b[^.!?]{0,30}\b(?:years?|months?)\b|^(?:lol |honestly,? )?when (?:my|i was|i got|we|our)\b"
    r"[^.!?]{0,40}\bi (?:refused|quit|stopped|started|went|got|had|was|felt|did|didn'?t|couldn'?t|used|drank|tried|"
    r"hated|cried|moved|lost|left)\b|^my (?:sleep|appetite|energy|mood|cravings|memory|weight)\b[^.!?]{0,40}\b(?:didn'?t|"
    r"did not|came back|took|got better)\b",
    # the writer's own past told in the negative (probe T): "lol same, i didnt say a word at my first 5
    # meetings", "church didnt help me at all lol"
    r"\bi (?:didn'?t|never|wasn'?t|couldn'?t) (?:\w+ ){1,4}(?:at|in|for|during|until|till) my (?:first|own|last)\b|"
    r"^(?:\w+ )?(?:didn'?t|never) (?:really )?(?:help|work for|do anything for|did anything for) me\b",
    # "same" and the writer's own version (probe V): "omg same, exams have me wanting to run away
    # too", "ugh same, i'm exhausted too"
    r"^same\b,? (?:(?:tbh|honestly|lol|ngl),? )?(?:i'?m|i am|i'?ve|i|my|\w+ (?:have|has|got|get) me)\b",
    # the writer's own story told in the past tense: "I tapered off klonopin in 2021...", "When my
    # cat died I took the next day off", "lol same, I rewrite texts to my landlord" (dev to dev10:
    # 175 of 182 such turns are labelled self_disclose; not the trainee's moves in this
    # conversation: "I got pushy", "I heard you", "I was wondering"). At most five lead words,
    # so a runaway "so, so, so..." is not re-read from each comma (bench/worst_case_inputs.py).
    r"(?:^|[,;] |\. )(?:(?:" + STORY_LEAD_WORDS + r"),? ){0,5}i "
    r"(?!(?:heard|thought|wondered|meant|said|asked|noticed|wanted|figured|guessed|missed|brushed|"
    r"jumped|pushed|mentioned|didn'?t mean|read|hope|realized you|came in hot|felt this|"
    # the emphatic "did" of the conversation: "I did wanna talk to you though" (AnnoMI)
    r"did (?:wanna|want|mean|say|ask|notice|hear|mention|wonder)\b|"
    r"was (?:wondering|thinking|just|going|hoping|curious|worried about you|asking|told (?:that )?(?:you|your)\b|(?:\w+ )?(?:moved|touched|"
    r"glad|happy|honou?red|struck|impressed) (?:that|by|to)\b)|"
    r"got (?:it|that|you|what|pushy|carried away|scared for you|ahead)|saw (?:your|that you|what you)|saw\W*$)\b)"
    r"(?:(?:honestly|totally|completely|literally|pretty much) )?"  # "i honestly fell apart" (probe W)
    r"(?:had|was|did|got|went|lost|spent|moved|transferred|wore|told|lent|tapered|quit|started|"
    r"stopped|left|tried|burned|cried|gained|gave|took|came|ended|found|learned|used|drank|smoked|"
    r"slept|lived|ran|fell|made|saw|felt|kept|hit|survived|waited|switched|applied|joined|dropped|"
    r"failed|broke|missed|remember|still (?:get|have(?! to)|do|rehearse|struggle))\b",
    # a peer introducing their own experience in writing: "Fellow car-luncher here", "Divorced
    # dad here, 6 years out" (a professional's "Therapist here" is not lived experience)
    r"^(?!(?:we|we'?re|i'?m|still|you|you'?re|it|that|he|she|they|right|not|around|over|out|"
    r"reaching|everyone|everything|everything'?s|nobody|no|zero|while|when|if|because|since|as|so)\b)(?!(?:an? )?(?:lpc|lcsw|lmft|therapist|counsel+or|psychologist|"
    r"psychiatrist|nurse|doctor|md|np|social worker|mod|moderator)\b)(?:[\w'-]+ ){1,3}here(?:[,:;]|$)",
    r"\bwhen i was (?:using|drinking|in|going through|struggling|first|younger|your age|getting|"
    r"early|locked|homeless|inside|on|at|sick|a kid|little|growing|coming|out)\b",
    r"\bwhen i (?:came home|got home|got out|got clean|got sober|first got|did my time|was released|"
    r"left (?:rehab|treatment|prison|jail|the hospital))\b",
    r"\bthe best thing i (?:ever )?did (?:in|for) (?:my )?(?:early )?(?:recovery|sobriety)\b",
    r"\bin my (?:own )?(?:recovery|experience|journey|life|story|addiction|past|using days|drinking "
    r"days|case|family|twenties|thirties|early|first|days)\b",
    r"\bmy (?:own )?(?:recovery|sponsor|experience with|story|journey|addiction|using|drinking|"
    r"diagnosis|therapist|kids?|son|daughter|wife|husband|ex|mom|mother|dad|father|brother|"
    r"sister|family|struggle|depression|anxiety|past|relapse|first (?:year|month|week|time|"
    r"meeting)|time (?:in|inside)|own|clean date|sobriety|bottom|parole|pO)\b",
    r"\bi(?:'ve| have) (?:been (?:there|through|in recovery|sober|clean|homeless|locked|in "
    r"(?:jail|prison|treatment|rehab|the hospital)|on (?:meds|medication))|had (?:my own|a "
    r"similar|similar|days|times|moments|to)|gone through|struggled|lived with|lived through|"
    r"experienced|felt (?:that|the same|like that|that way)|lost|relapsed|done|walked|"
    r"sat where|dealt with|battled)\b",
    r"\bi (?:used to|remember (?:when|my|being|feeling|the|how i)|went through|struggled|relapsed|"
    r"got sober|got clean|got out|was (?:homeless|an? |in (?:treatment|rehab|jail|prison|the "
    r"hospital|recovery|your)|on (?:meds|methadone|probation|parole)|locked up|diagnosed|"
    r"terrified|scared to death|so (?:angry|scared|ashamed|lost))|lost my|had (?:a|my) (?:hard|"
    r"rough|similar|own)|know (?:for me|in my)|couldn'?t even|spent (?:years|months|time)|"
    r"did (?:time|the same)|hit (?:rock )?bottom|tried (?:to quit|quitting|everything)|"
    r"almost (?:died|lost|gave))\b",
    r"\bme too\b", r"\bsame (?:here|thing happened to me|with me)\b",
    r"\bwhen i (?:stopped|quit|started|went off|got off|came off|got out|got clean|got sober|"
    r"relapsed|first got|was at my)\b", r"\bwhat i (?:did|learned|found|ended up doing) (?:was|is)\b",
    r"\bfor me,? (?:it|what|the|i|personally|at|when)\b",
    r"\bi(?:'m| am) (?:in recovery|(?:\w+ )?(?:years?|months?|days?) (?:clean|sober))\b",
    r"\bi(?:'ve| have) been (?:clean|sober)\b", r"\bi (?:also|too) (?:had|was|felt|struggled|went|hear|heard|used|drank)\b",
    r"\bi(?:'m| am) (?:a|also a) (?:person in recovery|survivor|person with lived)\b",
    r"\b(?:i know|i knew) (?:exactly )?(?:what|how) (?:that|it)(?:'s| is| was| feels| felt) like\b",
    r"\bwhat helped me\b", r"\bwhat worked for me\b", r"\bhelped me\b", r"\bworked for me\b",
    r"\bmy (?:first|early) (?:year|months?|days?|weeks?)\b", r"\bi (?:had|have) (?:a|my) sponsor\b",
    r"^i (?:(?!need\b|feed\b|heed\b)\w+ed|had|was|did|got|went|hear|have|heard|lost|spent|came|left|quit|took|felt|"
    r"used|drank|slept|lived|ran|fell|made|tried|saw|struggle|struggled)\b.*\b(?:too|also|myself|"
    r"as well|either|years|once|back then|before)\b",
    r"^i(?:'ve| have) been (?:called|told|labeled|there|in|on|through|homeless|locked)\b",
    r"\bi(?:'ve| have) (?:relapsed|had|lost|been|done|struggled) .{0,40}\b(?:times|too|before|myself)\b",
    r"\bmy own (?:lived )?experience\b", r"\blived experience\b",
    # the writer's own family went through it too: "my grandma had dementia too, it was so hard"
    r"^my (?:\w+ )?(?:grandma|grandmother|grandpa|grandfather|nana|mom|mum|mother|dad|father|brother|sister|"
    r"aunt|uncle|cousin|wife|husband|partner|son|daughter|kid|best friend|family) (?:had|was|went|did|"
    r"struggled|passed|died|battled|used|drank|got)\b.*\b(?:too|also|as well)\b",
    # the written register's short forms (dev6 to dev10, where a third of the self-disclosures
    # were missed): "Been there.", "I've been where you are with my sister", "Oh, the shower
    # battle, I know it well", "Took me 4 years to pay off 52k", "Mine calmed down around week
    # 4", "We went through this with our oldest", "When my cat died I took the next day off",
    # "What finally helped was EMDR with a guy who works with vets"
    r"^(?:(?:oh|yeah|yep|man|honestly|lol|ugh|same|been there),? )*been (?:there|where you are|"
    r"through (?:this|that|it|the same))\b",
    r"\bi(?:'ve| have|ve) been (?:exactly |right |just )?where you are\b",
    r"\bi know (?:it|that|this|the feeling|that feeling|this feeling|that one) (?:all too |so |really )?"
    r"(?:well|exactly)\b|\bi know (?:that|this|the) (?:\w+ )?feeling (?:well|exactly)\b",
    r"^(?:it )?took (?:me|us) (?:\w+ ){0,3}(?:years?|months?|weeks?|days?|a while|forever|ages|"
    r"tries|attempts|doctors)\b|\bit took me\b",
    r"^mine (?:calmed|lasted|got|went|started|stopped|took|kicked|came|wore|faded|eased)\b",
    r"\bwe went through (?:this|that|it|the same|something)\b|\bwhat (?:we|i) (?:did|ended up doing) "
    r"was\b|\bwhat (?:worked|helped) (?:for |with )?us\b",
    r"\bwhen my (?:\w+ ){0,2}(?:died|passed|passed away|left|was diagnosed|got sick)\b",
    r"^what (?:finally |really |eventually |actually )?(?:helped|worked|got me|shifted it|turned it|"
    r"cracked it|tipped me|kept me|saved me)(?: [\w']+){0,4} was\b"
    r"(?![^.]*\b(?:people|folks|others|clients|most|many)\b)",
    r"\bi(?:'m| am) (?:about |almost |nearly )?(?:\w+ )?(?:years?|months?) (?:out|in|clean|sober)\b|"
    r"\bi(?:'m| am) at (?:\w+ )?(?:years?|months?|days?) myself\b",
    r"\bi (?:have|'ve got|ve got) the same (?:diagnosis|thing|condition|problem|issue|meds?)\b",
    # forum replies (Welivita & Pu, tune half): "Same.", "I feel the same way.", "Yeah I get the
    # same problem.", "Been off heroin since December 2014.", "Struggling with finding work too."
    r"^(?:(?:yeah|yep|lol|honestly|oh),? )*same(?: here| boat)?\W*$",
    r"\bi (?:feel|felt|get|got|had|have|deal with|dealt with) (?:exactly |pretty much |kind of )?"
    r"the (?:exact )?same (?:way|thing|problem|issue|struggle|fear|worry)\b",
    r"^been (?:off|on|clean|sober|free|out|single|divorced|unemployed|in recovery)\b",
    r"^(?:struggling|dealing) with (?:[\w']+ ){1,4}(?:too|also|as well|myself)\W*$",
    r"\bi(?:'ve| have) been (?:unemployed|out of work|divorced|widowed|single|disabled|diagnosed)\b",
    # probe sets G-K (stop 23): a habit in the present tense ("lol same, i write a little script
    # before every call"), what saved the writer, "That's how I met most of my friends", "Mine
    # too!!", "My stays were rough too", "got my adhd dx at 29", a story fronted by a time clause
    # without its comma ("When mine went through I went out..."), "For what it's worth I..."
    r"^(?:(?:" + STORY_LEAD_WORDS + r"),? ){0,3}i (?:usually |always |just |also |still |literally |now )?(?:write|"
    r"set|use|keep|run|hold|carry|journal|meditate|put|listen to|count|text|walk|tell myself|do the)\b",
    r"\b(?:saved me|got me through|snaps me out|pulls me out|helps me(?! (?:understand|see|get|know|"
    r"follow|picture))|works for me)\b",
    r"\bthat'?s (?:how|what) i (?:did|do|met|got|found|learned|used|always did|ended up|had to|started|"
    r"tried|kept)\b",
    r"\bthe (?:only way|biggest thing|best thing|main thing|one thing) (?:for me|that helped me|i got "
    r"through)\b|\bi got through (?:mine|it|that|my)\b",
    r"\bmy \w+ turned out to be\b|^(?:(?:lol|yeah|honestly|oh|same),? )*got my \w+(?: \w+)? (?:at|when|"
    r"in|after)\b",
    r"^mine (?:too|as well|is the same|was the same|were the same)\b",
    r"^(?:when|after|before) (?:mine|my \w+)\b[^,.;]{0,40}\bi (?:went|got|was|had|did|felt|started|stopped|"
    r"moved|cried|slept|drank|used|quit)\b",
    r"\b(?:for|in|during) (?:about |like )?(?:the )?(?:first )?(?:\w+ ){0,2}(?:months?|years?|weeks?)\b"
    r"[^.!?]{0,40}\bi (?:felt|was|had|got|went|couldn'?t)\b",
    r"^(?:at )?my first \w+,? i\b|^my (?:\w+ )?\w+ (?:was|were) (?:\w+ )?(?:rough|hard|awful|terrible|"
    r"brutal|the worst|scary|similar|the same)(?: too| as well)\b",
    r"^(?:for what it'?s worth|if it helps),? i\b",
)
MINIMIZE = _c(
    # more comfort that hurries past (probe SC): "You'll get there", "Plenty of fish in the sea!",
    # "Honestly you're better off without her", "nobody cares as much as you think" (not "everyone
    # does it": in our sets it normalises as often as it brushes off), "that's what family does", "Kids are resilient, she'll forget about it in a week",
    # "90 days is great but the real test is the first year", "they just want what's best for you"
    # hope as a slogan (probe PE): "Your time will come!", "Of course you will! Never give up!", "Every no
    # gets you closer to a yes!", "The right place is out there!", "You won't fail"
    r"\byour (?:time|turn|day) will come\b|\b(?:of course|sure) you will\b|\bnever give up\b|\bevery no (?:gets|brings) "
    r"you closer\b|\bthe right (?:one|place|person|job|apartment) is (?:out there|coming)\b|\byou won'?t fail\b|\bis "
    r"always possible\b|"
    r"\byou'?ll get there\b|\bplenty (?:more |of )?(?:other )?fish\b|\byou'?re (?:so much |way )?better off without "
    r"(?:her|him|them)\b|\b(?:nobody|no one) "
    r"(?:cares|notices|remembers) (?:as much|that much)\b|\bthat'?s (?:just )?what (?:family|families|families) "
    r"(?:does|do)\b|\b(?:kids|children) are (?:so )?resilient\b|\b(?:she|he|they)'?ll (?:forget|get over) (?:about )?"
    r"it\b|\bbut the real (?:test|challenge|work)\b|\b(?:they|he|she|your \w+) (?:just |only )?wants? (?:what'?s best|"
    r"the best) for you\b",
    # comfort that explains the loss away (probe S): "It wasn't meant to be. God has a plan.", "He
    # won't give you more than you can handle", "It's only money", "You're being way too hard on
    # yourself"
    r"\b(?:it|this|that) (?:just )?(?:wasn'?t|was not|isn'?t) meant to be\b(?! \w+ed\b)|\bgod has a plan\b|\b(?:god|he|the "
    r"lord) (?:won'?t|will not|doesn'?t|never) give(?:s)? (?:you|us) more than\b|^(?:it'?s|that'?s) (?:only|just) "
    r"money\b|\b(?:being|are|'re) (?:\w+ )?too hard on yourself\b",
    # reassurance that argues the poster out of what they feel (dev8 to dev13): "You're not a
    # horrible person." said on its own, "you'll get used to it", "you'll laugh about this later",
    # "it gets easier", "welcome to the corporate world", "that's just how restaurants are"
    r"^(?:but |and |honestly,? |look,? |oh,? )?you(?:'re| are) (?:definitely |really |so |totally )?not "
    r"(?:a |an |being )?(?:horrible|terrible|bad|awful|broken|crazy|weak|stupid|dumb|selfish|petty|"
    r"fraud|failure|losing it|monster|ghost)(?: (?:person|mom|mum|mother|dad|father|parent|friend|"
    r"wife|husband|daughter|son|human))?(?: at all)?\W*$",
    # "u probably just need time to adjust", "you're probably overthinking it, she's probably just
    # busy", "every new mom feels like that", "You'd probably be fine" (probes T, M)
    r"^(?:you|you'?re|you are) (?:probably|prob|likely) (?:just )?(?:overthinking|overreacting|tired|"
    r"stressed|need (?:time|more time|rest|sleep|a break)|being (?:silly|paranoid|dramatic))\b",
    r"\b(?:she|he|they)(?:'s| is| are|'re) (?:probably|prob|likely) just (?:busy|tired|stressed|"
    r"distracted|swamped)\b",
    r"\bevery (?:\w+ ){0,2}(?:mom|mum|mother|parent|dad|father|person|student|new \w+) (?:feels?|goes through|"
    r"gets|has) (?:like )?(?:that|this|it)\b",
    r"^you'?d (?:probably |totally |be )?(?:be )?(?:fine|okay|ok|alright|all right)\W*$",
    r"\bfocus on the positives?\b",
    r"\b\w+s do (?:that|this) (?:everywhere|all the time)\b|\blet it roll off\b",
    r"\byou'?ll (?:get used to it|laugh about (?:this|it))\b", r"\bit gets (?:easier|better)\b",
    r"\bwelcome to (?!the (?:app|forum|group|club|sub|community|chat|page|board|team|site)\b)(?:the )?"
    r"(?:\w+ ){0,2}(?:world|dating|service|healthcare|parenthood|adulthood|nursing|retail|college|"
    r"management)\b",
    r"\bthat'?s just how (?:it works|they are|(?!it\b)\w+ (?:are|is|work|works))\b",
    # "2 lbs is literally water weight, it means nothing", "40k is nothing compared to...", "I'm sure
    # your prof doesn't think that at all", "nobody's looking at you", "You couldn't have saved
    # him", "You'll land on your feet"
    r"\b(?:it|that|this) means nothing\b|\bis nothing compared to\b",
    r"\bi'?m sure (?:he|she|they|your \w+) (?:doesn'?t|don'?t|didn'?t|won'?t|isn'?t|wasn'?t) (?:think|"
    r"mind|care|notice|blame|judge)\b",
    r"\b(?:nobody|no one|no-one)(?:'s| is) (?:looking at|judging|thinking about) you\b",
    r"\byou couldn'?t have (?:saved|stopped|prevented|changed|fixed)\b", r"\byou'?ll land on your feet\b",
    # reassurance that skips the feeling (dev4): "Families are like that, he'll come around."
    r"\b(?:kids|families|family|brothers|sisters|teenagers|teens|parents|people|guys|men|women|"
    r"bosses|everybody'?s \w+) (?:are|is) (?:just |all )?like that\b",
    r"\b(?:he|she|they|it|things)(?:'ll| will| is gonna| are gonna|'s gonna|'re gonna) (?:come around|"
    r"warm up|get over it|blow over|work (?:itself )?out|be (?:totally |completely |just )?fine)\b",
    r"\b(?:it'?s|that'?s|everything'?s) (?:gonna|going to) be (?:totally |completely |just |more than )?"
    r"(?:fine|okay|ok|alright|all right)\b",
    r"\b(?:is|are|was)n'?t (?:really |even )?that (?:much|bad|big|long|serious)\b",
    r"(?<!so )(?<!so that )\b(?:it'?s|that'?s) not personal\b", r"\bconfuses? everybody\b",
    r"\bdon'?t (?:even )?(?:sweat|stress)(?: (?:it|about it|over it))?\b",
    # not "I want to make sure you're safe tonight", "if you're safe" (probe OC)
    r"(?<!sure )(?<!if )(?<!whether )(?<!know )\byou'?re (?:totally |completely |perfectly |100% )?safe\b(?!r)",
    r"\bthe price you pay\b", r"\bstop beating yourself up\b",
    r"\b(?:it|that) was (?:just |only )one (?:day|time|slip|night|drink|mistake)\b",
    r"\byour whole life ahead\b", r"\bit only takes one\b",
    r"\bin a better place\b", r"\b(?:kids|children|people|they|she|he) (?:usually |always |totally )?bounce back\b",
    r"\b(?:won'?t|will not) (?:even )?remember (?:this|it|any of)\b",
    r"\bit'?s just (?:groceries|money|stuff|a job|a test|a number|a phase|a grade|one (?:day|night|drink|time|"
    r"slip|test)|a (?:little|small) thing)\b",
    r"\b(?:lots of|plenty of|a lot of|tons of) (?:\w+ )?(?:dads|moms|parents|people|folks|guys|kids) (?:who|that) "
    r"(?:don'?t|can'?t|never|have it (?:way )?worse)\b",
    r"\b(?:therapists|doctors|people|everybody|everyone) (?:have|has|get|gets) (?:bad days|emergencies|"
    r"problems|stuff going on) too\b",
    r"\byou'?(?:ll| will| are gonna|re gonna|re going to) (?:crush it|be fine|do great|ace it|nail it|"
    r"be totally fine)\b",
    r"\bnever (?:hurt|killed) (?:anybody|anyone|nobody|you)\b",
    r"\ba little (?:\w+ ){0,2}(?:never|won'?t|doesn'?t|can'?t) hurt\b",
    r"\b(?:i )?(?:wouldn'?t|don'?t|do not|try not to) take it (?:so )?personal(?:ly)?\b",
    r"\b(?:nobody|no one|no-one)(?:'s| is)? (?:going to|gonna|will|would) (?:care|notice|mind)\b",
    r"\byour (?:family|kids|mom|dad|wife|husband|parents|friends|daughter|son) (?:all |really |still )?"
    r"loves? you\b",
    # "At least you had good years together": the silver lining opens the clause and has a subject
    # (25 of 25 in our sets); "at least an EAP", "at least not yet", "did they at least tell you"
    # are not minimising (24 of those were)
    r"(?:^|, |\b(?:well|but|hey|oh|and|though|okay|ok)\b,? )at least (?:you|she|he|they|it|we|your|"
    r"his|her|their|this|that|what|there|the \w+ (?:is|was|are|were))\b(?!'?re (?:here|talking)\b)",
    r"\bdon'?t (?:you )?worry\b", r"\bno need to (?:worry|stress|feel)\b",
    r"\b(?:it'?s|that'?s|it is|that is|this is|things are) (?:really )?not (?:that|so|as) "
    r"(?:bad|big|serious|terrible|awful|hard)\b",
    r"\b(?:it'?s|that'?s) not (?:a big deal|the end of the world)\b",
    r"\bcould (?:be|have been|always be) (?:a lot )?worse\b",
    # not "Everybody gets notes." (a rule of the program, probe OC)
    r"\b(?:everyone|everybody|we all|all of us|lots of people) (?:feels?|goes? through|has|"
    r"gets(?! (?:notes|a |an |one |the same|their own|\d))|struggles|deals|relapses|slips|has bad|has days|messes)\b",
    r"\bno big deal\b", r"\bnot (?:a|that|such a) big (?:of a )?deal\b",
    r"\byou'?ll be (?:fine|okay|ok|alright|all right|just fine|good)\b",
    r"\b(?:it|things|everything)(?:'ll| will| is going to|'s going to|'s gonna) (?:all )?(?:be "
    r"(?:fine|okay|ok|alright|all right|good)|work (?:itself )?out|get better|turn out (?:fine|"
    r"okay|ok))\b",
    r"\b(?:cheer|chin|buck) up\b", r"\bbright side\b", r"\blook on the\b",
    r"\bjust (?:relax|calm down|think positive|get over|let it go|move on|forget about|don'?t think|"
    r"stay positive|be positive|smile|be happy|focus on the good|ignore)\b",
    r"\bother people have it (?:worse|harder|way worse)\b", r"(?<!if )(?<!whether )(?<!worried )(?<!afraid )\byou(?:'re| are) overreacting\b",
    r"\bhappens to (?:everyone|everybody|all of us|the best of us)\b", r"\bend of the world\b",
    r"\bjust a phase\b", r"\bstop worrying\b", r"\bthink positive\b", r"\bsilver lining\b",
    r"\beverything happens for a reason\b", r"\bthat'?s (?:just )?life\b", r"\bit is what it is\b",
    r"\bbe (?:grateful|thankful)\b", r"\b(?:so much|a lot) to be (?:grateful|thankful)\b",
    r"\bget over it\b", r"\bshake it off\b", r"\bdon'?t (?:be so|get so) (?:down|upset|worked up)\b",
    r"\bit'?s (?:only|just) (?:a|one|been|temporary|a few)\b(?! (?:lot|place|matter|way)\b|"
    r" (?:finger|of (?:time|the)))", r"\bit'?s not like\b",
    r"\bdon'?t (?:dwell|think about it)\b", r"\bit'?s all good\b", r"\bno worries\b",
    r"\byou'?re fine\b", r"\bit'?s nothing\b", r"\bnot so bad\b", r"\btoughen up\b",
    r"\bdon'?t sweat it\b", r"\bat the end of the day\b.{0,40}\bfine\b",
    r"\bdon'?t (?:even )?worry\b",
    r"\bdon'?t (?:even )?(?:think|talk)(?: about yourself)? like that\b|\bdon'?t (?:fret|overthink)\b", r"\byou'?ll (?:feel better|get through (?:it|this)|figure it out|"
    r"bounce back|be back on your feet|get (?:over|past) (?:it|this)|find someone|be okay|be grand|be grand so)\b",
    r"\bdon'?t be worrying\b|\bno te preocupes\b",
    r"\b(?:it|this|that|these things) (?:usually |always |will |'ll |generally )?blows? over\b",
    # brushing past (probe N): "I wouldn't read too much into it", "He's probably just trying to get
    # under your skin", "It's pretty normal in your twenties", "Lots of people your age party hard"
    r"\bi wouldn'?t (?:read too much into|worry (?:too much )?about|think too much about|take) (?:it|that|this)\b",
    r"\b(?:he'?s|she'?s|they'?re) (?:probably |prob )?just (?:trying to (?:get (?:to you|under your skin|a rise)|"
    r"scare you|mess with you)|messing with you|bluffing)\b",
    r"\b(?:it'?s|that'?s) (?:pretty |totally |completely |perfectly |super )?normal (?:in|at|for) (?:your|you)\b",
    r"^(?:lots of|a lot of|most|plenty of) (?:people|kids|guys|girls|folks) your age\b",
    r"(?<!can )(?<!could )(?<!to )\btrust me\b", r"\bjust hang in there\b", r"\bstay positive\b", r"(?<!if it )(?<!if it's )(?<!if it is )(?<!if that )(?<!whether it )\b(?:not|isn'?t|wasn'?t|ain'?t) your fault\b",
    r"\bcouldn'?t have known\b", r"\b(?:too much|so much|a lot) to live for\b",
    r"\bevery (?:parent|mom|mother|dad|father|person|family|couple|kid|teenager|one|body) "
    r"(?:yells|does|has|goes|gets|feels|struggles|fights|makes)\b",
    r"\b(?:everyone|everybody) (?:yells|fights|struggles|slips|makes mistakes|messes up|screws up)\b",
    r"\bdon'?t (?:be so|be too) hard on yourself\b", r"\bdon'?t beat yourself up\b",
    r"\b(?:isn'?t|is not|'s not|are not|aren'?t) (?:that|so|as|very|really) (?:long|bad|big|serious|"
    r"hard|scary)\b", r"\bplenty of time\b", r"\byou'?re (?:only(?! \w+ing (?:your|them)sel(?:f|ves)\b)|still young|young)\b",
    r"\bcan'?t (?:actually |really )?hurt you\b", r"\bit'?s (?:just|only) (?:adrenaline|anxiety|stress|"
    r"nerves|in your head|your brain|a feeling|a bad day|a slip|one slip|one drink|one night|words)\b",
    r"\bpart of (?:recovery|the process|life|growing up)\b", r"\bof course it matters\b",
    r"(?<!whether )(?<!if )\byou can trust (?:us|me)\b", r"\bwe'?re not like that\b", r"\b(?:'s|is) not (?:hitting|"
    r"the same|as bad)\b", r"\blook at (?:all )?(?:the|what) (?:good|positive)",
    r"\byou have (?:so much|a lot) going for you\b", r"\bit could happen to anyone\b",
    r"\blet'?s (?:not dwell|focus on the positive|stay positive)\b",
    # "Just smile", "smile more"; not "Her first smile!" (probe Y)
    r"(?<!first )(?<!a )(?<!her )(?<!his )(?<!your )(?<!their )(?<!the )\bsmile\b(?!s\b)",
    r"\bthings (?:will|'ll|are gonna|are going to) (?:look up|get better|turn around)\b",
    # the lecture a caller at risk hears (probe Y): "Suicide is a permanent solution to a temporary
    # problem. Thanksgiving will come and you'll be glad you were there."
    r"\bpermanent solution to a temporary problem\b|\byou'?ll be glad you (?:were there|stayed|waited|"
    r"held on|didn'?t)\b|\byou have so much to live for\b",
    r"\bi'?m sure (?:they|she|he|it|you|everything|things)\b(?! (?:can|could|would|have|had|did|know))",
    r"\b(?:everyone|everybody)(?:'s| is| gets| feels| has| goes) (?:nervous|scared|anxious|sad|"
    r"down|stressed|been there|got (?:problems|stuff|issues)|like that|the same|good at|going "
    r"through|a little|a bit)\b", r"\bit gets better\b",
    r"\bnothing to (?:be )?(?:scared|afraid|worried|worry about|be ashamed|be embarrassed)\b",
    r"\bdon'?t be (?:scared|afraid|sad|nervous|upset|ashamed|embarrassed|down|like that)\b",
    r"\bbetter than (?:being|having|nothing|the alternative)\b",
    r"\b(?:doesn'?t|didn'?t|probably doesn'?t|probably didn'?t) mean (?:anything|it|any harm)\b",
    r"\b(?:will|'ll) (?:just )?go away\b", r"\byou'?ve earned\b",
    r"\bdon'?t be (?:so )?dramatic\b", r"\byou'?re overthinking\b", r"\bmountain out of a molehill\b",
    r"\bprobably nothing\b", r"\b(?:it|this)(?:'ll| will) pass\b", r"\bthis too shall pass\b",
    r"\btime heals\b", r"\byou'?ll (?:get|be) over (?:it|him|her|this|them)\b", r"\byou'?re stronger than this\b",
    r"\bi'?m sure it'?s (?:fine|nothing|okay)\b", r"\bnot as bad as you think\b",
    r"\b(?:lots of|a lot of|other|plenty of) people have it (?:worse|harder)\b", r"\byou'?re lucky\b",
    r"\bjust think (?:about|of) the good\b", r"\b(?:everyone|everybody) has (?:bad|hard|off) days\b",
    # probe sets G-K (stop 23): a slip made ordinary, a stay measured against the trainee's own
    r"\bthere'?s nothing wrong with you\b", r"\byou can'?t blame yourself\b", r"\byou did (?:everything|all|the best) (?:you could|anyone could|"
    r"that you could|you can)\b",
    r"^you (?:didn'?t|did not|haven'?t|have not|never) (?:abandon|fail|ruin|let (?:\w+ )?down|screw(?:ed)? (?:it )?"
    r"up|mess(?:ed)? (?:it )?up|destroy|betray)\w*\b", r"\b(?:everyone|everybody) (?:moves|goes|grows|heals) at "
    r"(?:their|your|his|her) own pace\b",
    r"\b(?:everyone|everybody|we all) (?:forgets?|makes? mistakes|slips? up|mess(?:es)? up|screws? up|"
    r"relapses?)\b", r"\bdon'?t feel bad\b", r"\bthat'?s nothing\b(?! (?:to be|compared to what you|but)\b)",
    r"^(?:a|one|two|three|four|a few|\w+) (?:days?|weeks?|nights?|months?) (?:isn'?t|is not|'s not|aren'?t|"
    r"are not) (?:that )?(?:bad|much)\b",
)
# "You're a drunk" names a kind of person; "you were drunk when you said it" says how they were.
_LABELS = LABEL_ALTERNATION.replace("|drunk|", r"|(?<=\ba )drunk|")
LABEL = _c(
    rf"\b(?:you(?:'re| are| were|'ve been| have been| might be| may be| could be)|you seem(?: like)?|you sound(?: like)?|that'?s|"
    rf"makes? you|"
    rf"you(?:'re| are) (?:being|acting)|as|being|like|a real|typical|classic|such an?|so) "
    rf"(?:(?:an?|such an?|the|just|really|being|so|totally|clearly|obviously|a typical|"
    rf"a classic|still|kind of|kinda|a little|a bit|basically|acting|pretty|more|more like|actually|probably|"
    rf"definitely|getting|becoming|turning into|literally) )*"
    # "a gambling addict", "a functioning alcoholic" (probe SG)
    rf"(?:(?<=\ba )(?:gambling|drug|sex|porn|food|shopping|heroin|meth|crack|pill|opioid|weed|booze|"
    rf"functioning|total|complete|hopeless|raging) )?(?:{_LABELS})\b",
    r"\b(?:addicts|alcoholics|junkies|people like you|your kind|bipolars|schizophrenics|borderlines|drug[- ]seekers|"
    r"schizos?|psychos|crackheads?|tweakers?)\b",
    rf"\bfor an? (?:{_LABELS})\b", rf"\bonce an? (?:{_LABELS})\b",
    rf"\b(?:{_LABELS}) (?:people|folks|guys|types|patients|clients)\b",
    r"\byou(?:'ve got| have| might have| probably have| clearly have| obviously have| got| suffer from|"
    r" sound like you have| may have| definitely have|'ve (?:definitely|probably|clearly|obviously) got|"
    r" probably actually have| (?:probably|definitely) got) (?:depression|anxiety|ptsd|bipolar|adhd|ocd|bpd|"
    r"(?:\w+ ){1,2}disorder|"
    r"an? (?:\w+ )?(?:disorder|addiction|drinking problem|drug problem|personality disorder|mental "
    r"illness|problem with)|a personality disorder|borderline|schizophrenia|a disease)\b",
    r"\b(?:textbook|classic) (?:\w+ )?(?:depression|anxiety|ptsd|bipolar|addict\w*|codependen\w*|anger issues|ocd|narcissis\w*|"
    r"denial|enabl\w*|symptoms?|behavior|behaviour|borderline|trauma response|hypervigilan\w*|"
    r"catastrophiz\w*|paranoi\w*|psychosis)\b",
    r"^(?:that'?s |this is )?(?:classic|textbook|typical) (?:avoidance|procrastination|"
    r"manipulation|denial|enabling|codependency|addict|addiction|narcissism|borderline|\w+ "
    r"behavior)\b",
    r"\bsounds (?:more )?like (?:you (?:have|might have|got) )?(?:depression|ptsd|bipolar|anxiety|"
    r"an? (?:addiction|disorder)|addiction|classic|textbook|bpd|adhd|ocd|(?:an? )?(?:\w+ ){1,2}disorder)\b",
    # a hedged diagnosis: "Sounds like you might be depressed honestly", "it kind of sounds like you
    # might be heading into complicated grief" (dev4, dev11)
    # someone in the client's life diagnosed (probe SG; dev12 "He sounds like a textbook narcissist"):
    # "She's a narcissist, plain and simple.", "He's definitely an alcoholic."
    r"^(?:he|she|they)(?:'s| is| are|'re| sounds like| seems like)(?: (?:definitely|totally|such|clearly|obviously|"
    r"just|so|a|an|a total|a classic|a textbook|a full-on|a raging))* (?:narcissist|alcoholic|addict|junkie|"
    r"sociopath|psychopath|psycho|narcissistic)\b",
    # ...in more shapes (probe LB): "Your brother sounds schizophrenic.", "Your ex is a psycho.", "He's a
    # controlling sociopath.", "Yeah, he's got PTSD for sure.", "Your mom's crazy", "sounds like a
    # full-blown alcoholic"
    r"^(?:(?:yeah|honestly|i mean|ok|okay|look|so),? )*(?:(?:he|she|they|your (?:\w+ )?(?:brother|sister|mom|mum|"
    r"mother|dad|father|ex|husband|wife|partner|boyfriend|girlfriend|son|daughter|boss|friend|roommate|uncle|aunt|"
    r"cousin))(?:'s| is| are|'re| sounds?(?: like)?| seems?(?: like)?|'s got| has got| has)|sounds like)(?: (?:definitely|"
    r"totally|such|clearly|obviously|just|so|a|an|probably|full-blown|textbook|classic|raging|controlling|total|"
    r"complete|real))* (?:narcissist|alcoholic|addict|junkie|sociopath|psychopath|psycho|narcissistic|schizophrenic|"
    r"schizo|bipolar|manic|psychotic|crazy|borderline|ptsd|bpd)\b",
    # identity words plural or said of the client (probe LB): "Drunks don't change", "so you're a
    # cutter", "Schizoaffectives usually need meds for life", "you kinda are a chronic offender"
    r"\b(?:drunks|cutters|schizoaffectives|felons|ex-cons|junkies)\b(?! (?:anonymous|meeting)\b)|\b(?:you(?:'re| are)|"
    r"you kinda are|you kind of are|so you'?re) (?:(?:a|kinda|kind of|basically|just) )*(?:cutter|chronic offender|career "
    r"criminal)\b|\b(?:dad'?s|mom'?s|mum'?s|he'?s|she'?s) a career criminal\b",
    # the client's habit given a diagnosis (probe SG): "That's OCD, you know.", "that's anger issues"
    r"^(?:that'?s|this is|sounds like) (?:(?:just|literally|definitely|totally|basically|so|pretty) )?(?:ocd|adhd|ptsd|"
    r"anger issues|an anger problem|narcissism|bpd|disordered eating|anorexia|bulimia)\b",
    # stop 28 (probe LB): "That's what every addict says.", "exactly what denial sounds like", "That sounds
    # manic to me" (not "That sounds crazy", said of a situation), "Honestly could be depression."
    rf"\bwhat (?:every|all|most|a lot of) (?:{_LABELS})s? (?:says?|do|does|think|tell)\b",
    r"\bwhat (?:denial|addiction|(?:your |the )?disease) (?:sounds|looks|talks) like\b",
    r"\b(?:that|it|this) (?:sounds|seems|looks) (?:kind of |kinda |pretty |really |a (?:little|bit) )?(?:manic|"
    r"psychotic|paranoid|delusional|bipolar|schizophrenic|borderline)\b",
    r"\b(?:could|might|may) (?:well |just )?be (?:depression|anxiety)\b(?! (?:about|over|from|after)\b)",
    r"\battention[- ]seek(?:ing|er)\b",
    r"\b(?:sounds|seems|looks) (?:more |kind of |kinda )?like you (?:might|may|could) (?:be|have) (?:clinically "
    r"depressed|depressed|bipolar|manic|psychotic|an? (?:alcoholic|addict)|(?:heading|going|slipping) into "
    r"(?:\w+ )?(?:grief|depression|psychosis|mania|burnout))\b",
    # a diagnosis offered as the explanation (probes T, M): "sounds like ppd tbh", "That sounds like
    # postpartum depression.", "could be clinical depression honestly", "sounds like your
    # schizophrenia is acting up" (a diagnosis the client named is theirs: `_echoes_label`)
    r"\b(?:sounds|seems|looks|could be|might be|may be|probably|definitely|maybe) (?:more |kind of |kinda )?"
    r"(?:like )?(?:your |you have |you've got )?(?:(?:clinical|major|postpartum|post-partum) depression|ppd|"
    r"ptsd|bipolar|schizophrenia|psychosis|ocd|adhd|bpd|borderline|anorexia|bulimia|an eating disorder|"
    r"narcissism|a personality disorder)\b",
    r"\byour (?:borderline|bipolar|illness|disease|addict brain|addiction) (?:talking|is talking)\b",
    r"\b(?:you )?(?:might |may |probably |clearly |obviously )?(?:have|got) (?:some )?(?:anger|trust|abandonment|"
    r"commitment|mommy|daddy) issues\b",
    r"\b(?:that'?s|it'?s just) (?:just |kind of |kinda |probably |all |only )?(?:the|your) (?:addict|disease|"
    r"addiction|illness|borderline|bipolar|depression|"
    r"schizophrenia|ptsd|adhd|ocd|psychosis|mania|personality disorder)\b",
    r"\bnon-?complian", r"\bdrug[- ]seeking\b", r"\btreatment[- ]resistant\b", r"\bin denial\b",
    r"\bmanipulative\b", r"\ba felon\b", r"\bfrequent flyer\b",
)
# The same reassurance in words that validate when a reason follows ("You're not overreacting:
# being insulted about your body is hurtful"): minimising only when it is the whole turn
# ("ur not being dramatic", "you're not ranting.", "ur not the worst mom omg"; probes T, M).
REASSURED_ALONE = re.compile(
    r"^(?:but |and |honestly,? |look,? |oh,? )?you(?:'re| are) (?:definitely |really |so |totally )?not "
    r"(?:being )?(?:dramatic|overreacting|overthinking|ranting|paranoid|silly|needy|annoying|too much|"
    r"a burden|the worst(?: \w+)?)(?: at all| here| about this| about it)?\W*$")
# Generic cheer (probes AF, SG): minimising when it is all the trainee says after the client's fear or
# distress ("You're stronger than you think!" after "Overwhelmed."), a sign-off at the end of a
# longer reply otherwise. "You've got this" alone is `other` in the tuning labels (dev10), with
# active listening 2 after a fear (`GOT_THIS`, scoring.asks_elsewhere).
GOT_THIS = re.compile(r"^(?:but |and |oh,? |aw+,? |honestly,? |omg,? |hey,? )?(?:you(?:'ve| have)? got this|u got this)\b"
                      r"[^.!?]*\W*$")
GENERIC_CHEER = re.compile(
    r"^(?:but |and |oh,? |aw+,? |honestly,? |omg,? |hey,? )?(?:you(?:'re| are) "
    r"(?:so |much |way )?stronger than you (?:think|know|realize)|you(?:'re| are| r) (?:doing )?(?:so )?(?:amazing|"
    r"awesome|great|incredible)|ur doing amazing|you can do (?:anything|it|this)|you(?:'re| are) perfect(?: just)? "
    r"the way you are|you(?:'re| are) so (?:brave|strong)|(?:i'?m )?so proud of (?:you|u)|great job|good job|"
    r"keep your head up|chin up|stay positive|keep going|you(?:'re| are) such a strong (?:person|woman|man|mom|dad)|"
    r"it(?:'ll| will) happen)\b[^.!?]*\W*$")
SELF_LABEL_ECHO = re.compile(
    r"\b(?:call(?:ing|ed)? yourself|see yourself as|think of yourself as|you'?ve been called|"
    r"being called|they call you|they called you|labeled|labelled|the label|that label|the word|"
    r"diagnosis you|diagnosed|"
    # a label turned down: "No, I don't think you're crazy", "I never said you were lazy"
    r"(?:don'?t|do not|never) (?:think|believe|said|say|call(?:ed)?) (?:that )?you)\b"
)

# Third-party facts stated in the present ("The housing authority reopens the list on the
# first", "There's a navigator at the library who..."): information when mostly new words.
INFORM_GENERIC = re.compile(
    r"^(?:the|most|many|some|all|every|each|our|these|those|a lot of|lots of) (?!way you|part of "
    r"you|thing is|point is|fact)[\w' -]{1,40}? (?:\w+s|take|ask|open|close|reopen|require|cost|"
    r"pay|cover|run|meet|offer|accept|need|help|last|start|have|are|can|will|usually|typically|"
    r"often|do|don'?t)\b|"
    r"^there(?:'s| is| are)(?: also| actually)? (?:a|an|some|two|three|several|a few|this|one) "
    r"[\w' -]{1,40}?\b(?:at|in|on|who|that|which|for|through|called)\b"
)

# ---- other ------------------------------------------------------------------------------
BACKCHANNEL = re.compile(
    r"^(?:mm+-?hmm+|mhm+|uh-?huh|hmm+|mm+|okay|ok|right|yeah|yes|yep|sure|wow|oh|ah|i see|gotcha|"
    r"whoa|woah|yikes|ooh|ouch|aw+|ha|haha|take your time|no rush|go on then|i'?m here|"
    r"that'?s (?:interesting|fine|okay|ok|alright|all right|true|right|fair|understandable)|"
    r"good to know|sounds good|got you|gotcha|i got you|okay then|all good|fair|true enough|"
    r"got it|go on|go ahead(?! and)|keep going|keep (?:posting|pushing|fighting|at it|it up|your head up|sharing|writing)|be well|stay safe|be safe|stay strong|take care|and|so|uh|um|huh|really|true|exactly|absolutely|"
    r"definitely|of course|i hear you|i understand|i get it|that makes sense|makes sense|"
    r"fair enough|alright|all right|cool|nice|interesting|i know|totally|for sure|oh no|"
    r"oh wow|oh man|man|geez|jeez|yikes|damn|sheesh|wow okay|okay okay|"
    r"please go on|i'?m listening|i'?m with you|continue|and then|uh huh)$"
)
OTHER_SOCIAL = re.compile(
    r"^(?:[a-z]+, )?(?:hi|hello|hey|(?:good )?(?:morning|afternoon|evening)|welcome|nice to (?:meet|see) you|"
    r"(?:i )?appreciate (?:you|your) (?:coming|being here|time)|my name is|i'?m [a-z]+$|"
    r"(?:that )?sounds good|no kidding|fantastic|excellent|very good|good good|thank you|thanks|"
    r"thank(?:s| you)(?: so much| for (?:coming|sharing|being here|telling me|that|your time))?|"
    r"take care|see you|bye|goodbye|have a good|we have (?:about )?\w+ minutes|"
    r"(?:sleep (?:well|tight)|rest (?:up|well)|drive safe|get home safe)\b|"  # goodnights (probe OC)
    r"(?:i )?hope (?:you|your) (?:get|have|feel|sleep|rest|next|day|night|shift|week|weekend)\b|"
    # written sign-offs and good wishes (dev6)
    r"rooting for you|thinking of you|sending (?:you )?(?:so much |lots of |a lot of |alot of |a big )?"
    r"(?:strength|love|hugs?|good vibes|prayers|positive|peace|warmth|light)|best wishes|wishing you|"
    r"big (?:\(+)?hugs|hugs|here'?s to|we'?re (?:all )?here|praying for you|keep us posted|"
    r"keep posting|(?:please )?update us|good luck|best of luck|all the best|run free|rest easy|"
    r"rip|much love|love and light|be gentle with yourself|"
    # support said to the poster, not a reflection of what they said (dev6b-0177)
    r"you(?:'re| are) (?:(?:definitely|certainly|absolutely|really|so|truly|never) )?not (?:alone|the only one)|"
    r"you(?:'ve| have)? got this(?: (?:mama|man|girl|dude|friend|buddy|op|bro|sis|love|hun))?\W*$|"
    # the trainee's own apology for how the last message landed (typed chat, dev8)
    r"(?:lol )?(?:i'?m )?sorry,? (?:that|i) (?:came out|was|jumped|came in|got|went|didn'?t mean)|"
    r"that came out (?:wrong|bad|badly|judgy|harsh|preachy|weird)|i came in hot|my bad|"
    r"(?:omg |oh no |oh )?(?:i'?m|im) (?:so |really |very |so so )?sorry(?:,? (?:man|dude|bro|hon|friend|mate|"
    r"love|hun|girl|sis))?(?: to hear| about| for your loss| (?:you'?re|ur|you are) (?:dealing|going)|\W*$)|"
    r"you were (?:telling me|saying|talking) about|"
    r"good to see you|(?:so |really )?glad (?:you|u) (?:came|made it|could make it|posted|found (?:your way here|us|this sub)|messaged|wrote in)|thanks for (?:coming|being here)|"
    r"same time next week|see you next|no problem|that'?s (?:all|it) for today|we'?ll wrap|"
    r"next (?:thing|up|on (?:my|the|our) (?:list|agenda))|"
    r"let'?s (?:get started|begin|start|wrap|take a|pick up|move on|switch|talk about something "
    r"else|change)|we'?re (?:almost )?out of time|before we (?:start|end|wrap)|"
    r"i'?m not sure i follow|sorry|excuse me|anyway|anyways|by the way|speaking of|"
    r"on another note|changing the subject|did you see|how about (?:that|those)|"
    r"what a(?! (?:(?:real|total|awful|hard|rough|tough|terrible|impossible) )?(?:bind|mess|nightmare|"
    r"week|day|year|month|load|situation|spot|position|blow)\b)|"
    r"you'?re (?:very |so |most |more than )?welcome|"
    # greetings and goodbyes said in full: "It was really nice to have met you."
    r"(?:it'?s|it is|it was|it'?s been|it has been|(?:i )?(?:really )?enjoyed|really|so|very|always) "
    r"(?:(?:very|really|so|such|a|real) )*(?:nice|good|great|lovely|pleasure|a pleasure|wonderful) "
    r"(?:to |)(?:meet|see|talk|chat|speak|have met|have talked|meeting|seeing|talking|chatting)|"
    r"(?:i'?ll|we'?ll|i will|we will) (?:see|talk to) you (?:in|next|then|soon|later|on|at|again|tomorrow)|"
    r"i (?:want|wanted|just want) to (?:thank|say thank)|thank you (?:again|so much|very much))\b"
)
# Hospitality, settling in, weather and logistics: "other" whatever their grammar
# ("Have a seat.", "Do you want some coffee?", "Call if you need anything.").
SMALL_TALK = re.compile(
    r"^(?:(?:come|c'mon) (?:on )?in|(?:have|take|grab|pull up) (?:a|any) (?:seat|chair)|sit (?:down|"
    r"anywhere|wherever)(?! with| and| together| for)|long time no see|(?:no )?(?:worries,? )?glad you (?:made it|came|could make it)|"
    r"here'?s my (?:card|number)|(?:call|text) (?:me )?(?:if|whenever|anytime) you need|"
    r"(?:do you )?(?:want|need) (?:a|some) (?:water|coffee|tea|towel|tissues?|snack|drink of water|"
    r"glass of water|minute to settle)|(?:we'?ve|we have|we) got (?:about |like )?\w+ minutes|"
    r"(?:oh )?(?:man,? )?(?:yeah,? )?(?:it'?s|it is) (?:crazy|pouring|freezing|so cold|so hot|"
    r"raining|nasty|gross|wild|beautiful|nice) (?:out|outside|today)|crazy out there|"
    r"last (?:time|week|session),? you were (?:talking|telling me|saying)|"
    r"(?:the )?(?:bus|buses|traffic|parking)\b.{0,30}\b(?:always|never|late|terrible|nightmare))\b"
)
SUBJECT_CHANGE = re.compile(
    r"^(?:back to|next thing|moving on|let'?s get back to|getting back to|let'?s go back to|"
    r"anyway|anyways|by the way|speaking of|on another note|changing the subject|"
    r"moving on|let'?s (?:move on|talk about something else|change the subject|switch gears)|"
    r"did you (?:see|watch|hear about) the|so,? how about (?:that|those)|"
    # the trainee's agenda brought back over what the client just opened (probe MU): "Let's put that aside for
    # now and get back to your job search", "let's go over your housing forms", "Let's focus on your plan for
    # this week", "I did want to make sure we fill out the housing voucher today"
    r"let'?s (?:put|set) (?:that|this|it) (?:aside|to one side)|let'?s (?:go over|focus on|look at|get to|do) your "
    r"(?:plan|forms?|paperwork|housing|job search|budget|goals?|homework|application|resume|voucher)|i (?:did )?want(?:ed)? "
    r"to make sure we (?:fill out|go over|get to|do|cover|finish))\b"
)

# Sympathy for what the client is going through ("I'm so sorry about your mom", "Sorry you're
# dealing with this", "Oh hon, I'm so sorry"): no code of its own (`other`), but it accepts
# the client's experience, so validation reads it (CODING_RULES §4, validation 4). Not the
# trainee's apology for their own conduct ("Sorry I'm late", "Sorry, that came out wrong",
# "Sorry to interrupt", "sorry for asking"). Written against the tuning sets, where 32 of 35
# such turns scored no other way were labelled validation 4 or 5.
SYMPATHY = re.compile(
    r"\b(?:i'?m|i am)(?:-? i'?m)?,? (?:(?:so|really|very|truly|just),? )*sorry\b(?!,? (?:i\b|i'm\b|"
    r"i've\b|to (?:interrupt|bother|cut|keep)|for (?:the|my|being|asking|interrupting|going)|if\b|"
    r"but\b|that (?:came|was|i)\b|what\b))|"
    r"^(?:\W*(?:oh|ugh|man|hon)\W+)?sorry (?:you|about|for your|to hear|that)\b"
)
