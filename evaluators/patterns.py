"""Compiled regular expressions for each behaviour code, applied to a cleaned clause.

Why a module of its own: the patterns are the coder's knowledge (what "advise" or
"affirm" looks like in real transcripts, per evaluators/data/CODING_RULES.md); `coder.py`
holds only the decision logic that orders and combines them. All patterns run on lower-case
text with ASCII apostrophes and leading fillers ("um", "okay so") stripped.
"""

from __future__ import annotations

import re

from evaluators.lexicon import LABEL_WORDS


def _c(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


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
YOU_BE = r"you(?:'re| are| were|'ve been| have been| been)"

# ---- questions -------------------------------------------------------------------------
AUX_START = re.compile(rf"^(?:{AUX})\s+(?:{SUBJ})\b")
AUX_ALONE = re.compile(rf"^(?:{AUX})(?:\s+(?:{SUBJ}))?\s*$")
WH_OPEN = re.compile(
    r"^(?:what|how|why|in what ways?|tell me|say more|talk (?:to me )?about|walk me through|"
    r"help me understand|describe|explain|share (?:a bit|more|with me|what|how)|"
    r"i'?m (?:curious|wondering) (?:about|what|how|why|if you could|whether you could)|"
    r"i wonder (?:what|how|why)|i'?d (?:like|love) to (?:hear|know|understand) (?:more|about|what|how|"
    r"your|a bit)|fill me in|give me (?:a sense|an idea|an example)|paint me a picture|"
    r"what else|and then what|then what)\b"
)
WH_CLOSED = re.compile(
    r"^(?:how (?:many|much|long|often|old|far|soon|come(?= you (?:didn't|don't)))|"
    r"what (?:time|year|day|date|age|kind|number|month|grade|school|street|town|city|was (?:his|her|the) name)|"
    r"when|where|who|whom|whose|which|what's (?:his|her|your|their) name|is it|"
    r"what (?:is|was) (?:his|her|your|their) name)\b"
)
CAN_YOU_OPEN = re.compile(
    r"^(?:can|could|would|will|do|did) you (?:please |maybe |just )?(?:tell|say|describe|talk|share|walk|"
    r"explain|help me understand|give me|fill me in|paint|expand|elaborate|think of|say a little)\b|"
    r"^(?:do|would) you (?:want|mind|like) to (?:tell|say|talk|share|describe|walk|explain|expand)\b|"
    r"^(?:is there|was there) (?:anything|something) (?:else )?(?:you'?d like|you want|more)\b"
)
OR_CHOICE = re.compile(r"\bor (?:not|what|no|is it|was it|did you|do you|are you|something)\b|,? or \w+")
I_WONDER = re.compile(r"^(?:i (?:was )?wonder(?:ing)?|i'?m wondering) (?:if|whether)\b")
TAG_TAIL = re.compile(
    r"(?:,|\s)\s*(?:right|yeah|huh|okay|ok|correct|no|yes|you know|isn't it|aren't you|don't you|"
    r"didn't you|wasn't it|is that right|is that correct|am i right|does that sound right|"
    r"did i get that right|have i got that right|is that it|is that fair|fair enough|"
    r"would that be fair to say|is that what you mean|you know what i mean)\s*\??\s*$"
)

# ---- reflections ------------------------------------------------------------------------
REFLECT_OPENER = re.compile(
    r"^(?:it |that |this )?(?:sounds?|seems?|looks?|feels?) (?:like|as if|as though|that)\b|"
    r"^it (?:sounds|seems|feels)\b|^(?:so )?what i'?m hearing\b|^i'?m hearing\b|"
    r"^i hear (?:that|you (?:saying|say|are|'re)|how|a lot|some|what)\b|^what you'?re saying\b|"
    r"^you'?re saying\b|^you said\b(?!.*\bbut\b)|^if i'?m (?:hearing|understanding)|"
    r"^in other words\b|^i get the (?:sense|feeling)\b|^i'?m getting (?:the sense|a sense)\b|"
    r"^i sense\b|^i imagine\b|^i can (?:imagine|see|tell|hear)\b|^i bet\b|^i guess (?:you|that)\b|"
    r"^correct me if\b|^let me see if i\b|^so (?:for you|basically|on one hand)\b|"
    r"^(?:you|it) (?:almost |kind of |sort of )?(?:sound|seem)\b"
)
MUST_BE = re.compile(
    r"\b(?:must|must've|gotta|has to|have to|would) (?:be|have been|feel|have felt|make you|"
    r"be really|be so|hurt|sting)\b|\bmust (?:be|have)\b"
)
DOUBLE_SIDED = re.compile(
    r"\bpart of you\b|\bon (?:the )?one hand\b|\bon the other(?: hand)?\b|\bat the same time\b|"
    r"\band yet\b|\bbut also\b|\bboth\b.*\band\b|\beven though\b|\bsome of you\b|"
    r"\ba side of you\b|\bone side\b|\btorn\b|\bmixed feelings\b"
)
VALIDATING = re.compile(
    r"^no wonder\b|\bmakes (?:a lot of |total |complete |perfect )?sense (?:that|you|why|given|"
    r"after|with|when|considering)\b|^of course you\b|\bunderstandabl[ey]\b|\banyone would\b|"
    r"\bwho wouldn't\b|\bit'?s okay to feel\b|\bthat'?s a (?:normal|natural|human) (?:reaction|"
    r"response|thing to feel)\b"
)
# "you" + a verb or state that describes the client's inner life or situation.
YOU_STATE = re.compile(
    r"^(?:and |but |so |because )?(?:(?:i )?(?:think|guess|sense|wonder if|bet) )?"
    r"(?:you|ya)(?:'re|'ve| are| have| were| had|'d| would| still| just| really| kind of| sort of|"
    r" almost| never| always| also| even| both| no longer| already| don't| didn't| can't| "
    r"couldn't| aren't| weren't| haven't| wouldn't| won't| do| did| can| feel| felt)*"
    r" (?!should|ought|could|might|need to|have to|had better|gotta|must|may want)"
    r"(?:\w+)"
)
YOU_STATE_VERBS = re.compile(
    r"^(?:and |but |so )?you(?:'re| are| were|'ve| have| had|'d)?(?: (?:really|just|still|kind of|"
    r"sort of|also|even|both|not|no longer|already|actually|pretty|so|very|feeling|starting to|"
    r"beginning to|been|getting|becoming))* "
    r"(?:feel|feeling|felt|think|thinking|thought|want|wanted|wanting|wish|wishing|hope|hoping|"
    r"miss|missing|care|love|hate|hated|worry|worried|worrying|wonder|wondering|fear|afraid|"
    r"scared|angry|mad|sad|upset|tired|sick|done|fed up|frustrated|stuck|lost|alone|lonely|"
    r"overwhelmed|exhausted|unsure|not sure|confused|torn|ready|not ready|hesitant|nervous|"
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
    r"kind of|sort of|a bit|a little|just|too|such|quite) )*"
    r"(?:hard|tough|difficult|rough|awful|heavy|painful|scary|frightening|exhausting|"
    r"overwhelming|a lot|lonely|confusing|frustrating|stressful|draining|brutal|unfair|"
    r"hurtful|sad|crushing|devastating|upsetting|terrifying|isolating|a struggle|a grind|"
    r"a battle|a loss|a blow|a mess|chaotic|intense|complicated|weighing|wearing|piling up|"
    r"falling apart|too much|not fair|a nightmare|hell|unbearable|impossible|nonstop|"
    r"relentless|up and down|all over the place|on you|out of control|a roller ?coaster|"
    r"a lot to (?:carry|handle|deal with|hold)|so much)\b"
)
# Fragments that echo the client ("Since March, in your car.", "Tired of it.") are checked
# by overlap in coder.py; these are the words that must not start a reflection.
NOT_REFLECTION_START = re.compile(
    r"^(?:i (?:think|believe|feel) (?:you should|that you should)|i (?:was|am|have|had|used|went|"
    r"got|remember|lost|know what|know how)|we |let's |my |me |when i|if i|i'm going|i'll|"
    r"please|thank)\b"
)

# ---- affirm -----------------------------------------------------------------------------
AFFIRM = _c(
    r"\b(?:that|it|this|which|what you did) (?:took|takes|must have taken|must've taken|must take|"
    r"shows|showed|says|took you) (?:a lot of |real |so much |some |serious |a ton of |guts|"
    r"a lot)?(?:courage|strength|guts|bravery|honesty|effort|work|commitment|determination|"
    r"heart|grit|nerve)\b",
    r"\bit takes (?:a lot of |real |some |so much )?(?:courage|strength|guts|bravery)\b",
    r"\byou (?:should|ought to|can|get to|deserve to) (?:be|feel) (?:really |very |so |pretty |"
    r"damn |real )?proud\b",
    r"\b(?:give|giving) yourself (?:some |a lot of )?credit\b",
    r"\bi'?m (?:really |so |very |truly )?(?:proud of you|impressed|inspired by)\b",
    r"\bgood (?:for you|job|work|on you)\b|\bwell done\b|\bway to go\b|\bcongrat",
    r"\b(?:nice|great|awesome|amazing) (?:job|work|effort)\b",
    r"\byou(?:'re| are) (?:(?:really|so|clearly|obviously|very|such|a|an|incredibly|pretty|"
    r"still|already) )*(?:strong|resilient|brave|courageous|determined|committed|"
    r"resourceful|dedicated|persistent|thoughtful|insightful|smart|capable|hardworking|"
    r"hard-working|survivor|fighter|good (?:mom|mother|dad|father|parent|friend|person|man|"
    r"woman)|great (?:mom|mother|dad|father|parent|friend)|loving|generous|self-aware|"
    r"honest with yourself|doing (?:great|well|a great job|really well|the work|"
    r"something hard|the best you can)|making (?:progress|real progress|changes|an effort))\b",
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
    r"going|your)|chose to|decided to (?:come|reach|call|get)|still showed up|came in|got "
    r"yourself|took (?:a|the) (?:big |brave |huge |first |hard |real )?step|pulled (?:through|"
    r"yourself))\b",
    r"\b(?:that'?s|that is|it'?s|this is|which is) (?:a |such a |an )?(?:(?:really|so|very|pretty|"
    r"truly|seriously|huge|real) )*(?:great|awesome|wonderful|amazing|impressive|fantastic|"
    r"excellent|terrific|incredible|remarkable|an accomplishment|accomplishment|"
    r"achievement|big step|huge step|real step|a strength|brave|courageous|a win|huge|"
    r"progress|admirable|no small thing|not a small thing|not nothing|a big deal)\b",
    r"\bthank you for (?:trusting|being (?:so )?(?:honest|open|brave)|opening up)\b|"
    r"\bthanks for (?:trusting|being (?:so )?(?:honest|open))\b",
    r"\bi (?:really )?(?:appreciate|admire|respect) (?:you|your|that you|how you|the way you|"
    r"how much|what)\b",
    r"\byour (?:honesty|courage|strength|commitment|determination|resilience|persistence|"
    r"insight|dedication|love for|effort|hard work|willingness)\b",
    r"\b(?:says|shows|tells me) (?:a lot|something|so much)(?: good| important)? about (?:you|who)\b",
    r"\byou (?:clearly|obviously|really) (?:care|love|want the best)\b",
    r"\b(?:the|a) (?:strength|courage|resilience|determination) (?:you|it took)\b",
)
# Generic praise used as a topic close ("Great. So next week...") is "other" (CODING_RULES).
AFFIRM_BARE = re.compile(r"^(?:great|good|awesome|nice|cool|perfect|excellent|wonderful)$")

# ---- autonomy / collaboration ------------------------------------------------------------
AUTONOMY = _c(
    r"\b(?:it'?s|that'?s|this is|it is|that is|this'?s) (?:totally |entirely |completely |really |"
    r"ultimately |all |always |still |100% |absolutely )?(?:your (?:choice|call|decision|life|"
    r"recovery|journey|body|time|pace|way)|up to you)\b",
    r"\byour (?:choice|decision|call)\b", r"\bup to you\b",
    r"\byou (?:get to|can|could|will|'ll|are the one to|'re the one to|have the right to) "
    r"(?:decide|choose|pick|make that call|call the shots)\b",
    r"\byou(?:'re| are) (?:the (?:one who|one that|expert|best judge|boss|person who knows)|in "
    r"(?:charge|control|the driver'?s seat))\b",
    r"\byou know (?:yourself|your (?:life|situation|body|family|kids|needs|own mind)|what'?s best "
    r"for you|best) (?:best|better|than)?\b",
    r"\byou know (?:your \w+ )?better than (?:i do|me|anyone)\b",
    r"\bonly you (?:can|know|get to)\b", r"\bwhatever you (?:decide|choose|think is best|want)\b",
    r"\byou don'?t have to (?:talk|say|share|decide|tell|go|answer|do|explain|if|right|today)\b",
    r"\bno pressure\b", r"\bwhen(?:ever)? you(?:'re| are| feel) ready\b",
    r"\b(?:at|in) your (?:own )?(?:pace|time|terms)\b",
    r"\btake it or leave it\b", r"\bsee what fits\b",
    r"\bif (?:it|that|any of (?:it|that)|this) (?:fits|works for you|feels right|helps|doesn'?t fit|"
    r"doesn'?t work)\b",
    r"\bmay or may not (?:fit|work|be right|apply)\b", r"\bmight not (?:fit|work for) you\b",
    r"\bwhat (?:feels|seems) right (?:to|for) you\b", r"\byou'?re free to\b",
    r"\bthat'?s (?:for you|something only you can)\b", r"\byou decide\b", r"\byour (?:own )?terms\b",
    r"\bor not\b.*\b(?:up to you|your call|totally fine)\b", r"\bno right or wrong\b",
    r"\bit'?s okay (?:not to|if you don'?t)\b", r"\bonly if you want\b", r"\bif you want to\b",
    r"\bthe choice is yours\b", r"\bchoice is (?:yours|up to you)\b",
)
PERMISSION = _c(
    r"^(?:would|will|is) it be (?:ok(?:ay)?|alright|all right|helpful|useful|cool|fine)(?: with you)? "
    r"(?:if|for me to|to)\b",
    r"^(?:is it|it is) (?:ok(?:ay)?|alright|all right|cool|fine)(?: with you)? (?:if i|for me to|to "
    r"(?:share|tell|offer|ask|give|suggest))\b",
    r"^(?:can|could|may|might) i (?:share|tell|offer|give|suggest|make|mention|ask|add|throw|run|"
    r"say|point|bring|check|read|show|talk|put|describe|explain)\b",
    r"^do you mind if i\b", r"^would you (?:mind if i|like (?:me to|to hear|some|a few|an idea|"
    r"any)|be (?:open|interested|okay|willing|up for) (?:to|in|with|hearing))\b",
    r"^(?:are you|would you be) (?:open|interested|okay with|up for) (?:to |in )?(?:hearing|some|a |"
    r"me|talking|exploring|looking)\b",
    r"^(?:do|would) you want (?:to hear|me to|some|a few|an idea|my)\b",
    r"\bif it'?s (?:ok(?:ay)?|alright|all right) with you\b", r"\bwith your permission\b",
    r"^(?:i have|i've got) (?:some|an?|a few) (?:ideas?|thoughts?|suggestions?|information|"
    r"things)\b.*\b(?:if you|would you|want)\b",
)
COLLAB = _c(
    r"\bwhat (?:do|would) you (?:make of|think (?:about|of) (?:that|this|it|those|these|the|"
    r"trying|doing|going|an? ))\b",
    r"^what do you think\b(?!.*\b(?:happened|caused|made|is going on|was going on|led)\b)",
    r"\bhow does (?:that|this|it) (?:sound|fit|feel to you|land|sit with you)\b",
    r"\bwhat would (?:be|feel) (?:most |more |the most |really )?(?:helpful|useful|right|doable|"
    r"manageable|important to talk about)\b",
    r"\b(?:we|us) (?:could|can|might|will|'ll) (?:figure|work|look|think|explore|brainstorm|come up|"
    r"talk (?:it|that|through)|go through|put our heads|make a plan|map|sort)\b",
    r"\btogether\b(?!.*\b(?:get|got|put) (?:yourself|your|it) together\b)",
    r"\blet'?s (?:figure|work|think|explore|look|brainstorm|see what|come up|take a look|talk "
    r"(?:about|through)|map|sort|put our)\b",
    r"\bwhere (?:would|should|do) (?:you|we) (?:like to |want to )?(?:start|begin|go from here)\b",
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
)

# ---- advice / direct / warn / confront ---------------------------------------------------
ADVICE_VERBS = (
    r"try|trying|consider|think about|look into|start|go|call|talk|reach|join|check|ask|write|"
    r"make|take|get|find|use|keep|stop|cut|set|put|give|see|attend|schedule|practice|focus|spend|"
    r"plan|avoid|journal|walk|exercise|read|download|contact|text|tell|let|bring|work|switch|"
    r"change|limit|reduce|quit|sign|look|do|be|come|apply|speak|meet|visit|reconnect|sit|"
    r"distract|breathe|pray|remind|lean|pick|listen|sleep|eat|drink|move|leave|throw|pour|"
    r"delete|block|hang|stay|lay|lie|show|open|share|bring|carry|tell|follow|write|join"
)
ADVISE = _c(
    r"\byou (?:really |probably |definitely |just |still |honestly |might |maybe )?"
    r"(?:should|shouldn't|should not|ought to|oughta|oughtn't)\b",
    rf"\byou (?:could|might|may|can|can always|could always|could maybe|might maybe|could also|"
    rf"can also|could just|can just|could even|could probably)(?: (?:want to|wanna|need to|"
    rf"think about|try to|start|consider|just|also|always))? (?:{ADVICE_VERBS})\b",
    r"\byou (?:might|may) (?:want|wish|need) to\b",
    r"\bwhy (?:don'?t|not) (?:you|we|try|just|give|go|call|start|talk|get)\b|^why not\b",
    r"\b(?:how|what) about (?:you )?(?:just )?(?:trying|going|calling|talking|getting|taking|joining|"
    r"making|writing|starting|using|asking|reaching|looking|setting|doing|attending|seeing|"
    r"finding|giving|telling|checking|signing|cutting|having)\b",
    r"\bwhat if you (?:just )?(?:tried|try|went|go|called|call|talked|talk|started|start|joined|"
    r"took|made|wrote|asked|told|reached|gave|stopped|cut|looked|set|found|used|spent|did)\b",
    r"^(?:have|did|do|would|could|can|will) you (?:ever |maybe |already |even |also |possibly )?"
    r"(?:tried|try|considered|consider|thought (?:about|of)|think (?:about|of)|looked into|"
    r"look into|give|gave|attempted|think it would help|be willing to (?:try|go|call|consider)|"
    r"be open to (?:trying|going|calling)|want to try|like to try)\b(?! (?:your|it)self\b)",
    r"\b(?:it|that|this) (?:might|may|could|would|will|can|'d|should) (?:really |probably |also |"
    r"maybe |definitely )?(?:help|be (?:helpful|good|a good idea|worth|useful|smart|wise|"
    r"beneficial|great|important|better|best))\b",
    r"\b(?:might|could|would|may) be (?:a )?(?:good|helpful|useful|smart|wise|worth) (?:idea|to|"
    r"for you|trying|it|thing|step|considering|looking)\b",
    r"\bi (?:would|'d|really|strongly|just|do)? ?(?:suggest|recommend|encourage|advise|urge)\b",
    r"\bmy (?:advice|suggestion|recommendation)\b",
    r"\bif i (?:were|was) you\b", r"\bwhat (?:you|i'?d) (?:need|should|ought) (?:to do )?is\b",
    r"\b(?:it'?s|it is|it would be|it'd be) (?:a )?(?:good|great|smart|wise|better|best|"
    r"important|helpful|worth it|crucial|essential|key|vital) (?:idea )?(?:to|that you|if you|"
    r"for you to)\b",
    r"\bthe (?:best|smartest|right|first) (?:thing|way|option|approach|step|move) (?:is|would be|"
    r"to|for you)\b",
    r"\bmaybe (?:just )?(?:try|you (?:could|should|can|might|need)|think about|consider|start|go|"
    r"call|look|talk|give|write|reach|get|take|check|ask|sign|find|set|join|it'?s time)\b",
    r"\b(?:some|a lot of|many|other|most) (?:people|folks|clients|peers|guys|women|men)(?: i know)? "
    r"(?:find|found|have found|say) (?:it )?(?:helpful|useful|that (?:it )?helps|it helps)\b",
    r"^(?:just |maybe |please |so )?(?:try|consider|think about)(?: (?:to|and|taking|going|"
    r"calling|writing|talking|getting|using|not|some|a|the|this|that|it|doing|making|"
    r"starting|reaching|finding|setting|asking))?\b",
    r"\byou(?:'d| would) (?:be|feel|do) (?:better|a lot better|so much better)\b",
    r"\bone (?:thing|option|idea|step) (?:you could|would be|might be|is to|to try)\b",
    r"\bhave you thought about\b",
    r"\byou know (?:that )?(?:drinking|using|smoking|weed|alcohol|drugs|pills|it|that|this) "
    r"(?:makes|make|is|are|will|can|only|just)\b",
    r"\bdon'?t you think (?:you|it|that)(?: would| should| might| could|'d)\b",
    r"\bwouldn'?t it be (?:better|good|nice|easier)\b",
    r"\bwhat (?:you|u) (?:really )?need is\b", r"\bthe (?:answer|solution|key) is\b",
    r"\bin my experience,? (?:what works|the best|you (?:have|need|should|gotta))\b",
    r"\bso what you (?:gotta|got to|have to|need to|should) do\b",
    r"\bget (?:back )?(?:to|into) (?:a meeting|meetings|treatment|rehab|detox|therapy|counseling|"
    r"a program|aa|na)\b",
)
DIRECT = _c(
    r"\byou (?:really |just |absolutely |definitely |seriously |still |both )?(?:need to|needs to|"
    r"have to|have got to|'ve got to|'ve gotta|got to|gotta|must|had better|'d better|better)"
    r"(?! (?:do with|be (?:so )?(?:hard|rough|tough|exhausting)))\b",
    r"\bi (?:want|need|expect|'m asking|am asking|'m telling|am telling) you to\b",
    r"\bi'?m going to (?:need|have) you\b", r"\bmake sure (?:you|to|that you)\b",
    r"\byou can'?t (?:keep|just|go on|continue|let|be|do|have|drink|use|skip|miss)\b",
    r"\byou(?:'re| are) (?:going to|gonna) (?:go|call|stop|start|have to|need to|get|take|do|"
    r"sign|tell|come|attend|make)\b",
    r"^let'?s (?:get you|sign you|go ahead and (?:get|sign|call|set)|make sure|have you|"
    r"start you|put you)\b",
    r"\bno more\b", r"\bit'?s time (?:for you )?to\b", r"\byou will (?:go|call|stop|do|start)\b",
    r"\bthe rule is\b", r"\bthat'?s (?:not|never) (?:an option|allowed|acceptable)\b",
    r"\byou (?:are|'re) not allowed\b", r"\b(?:and )?that'?s (?:final|an order)\b",
    r"\bi mean it\b",
)
IMPERATIVE = re.compile(
    r"^(?:just |please |now |so |and |seriously |really |honestly )?"
    r"(?:go|stop|quit|call|take|make|get|tell|do|don't|do not|never|put|give|start|keep|come|sit|"
    r"write|find|look|remember|promise|let go|throw|pour|avoid|leave|cut|be|admit|face|accept|"
    r"grow|calm|relax|breathe|focus|pick|show|ask|check|drink|eat|sleep|pray|apologize|move|"
    r"fill|sign|attend|use|hang|delete|block|reach|text|talk to|stay|lay|get rid|toss|flush|"
    r"follow|listen to|trust|forget|ignore|wake|cancel|schedule|book|join|choose|decide|"
    r"note|own|quit|snap|stand|pull|drop|walk|set|read|download|turn)\b"
)
IMPERATIVE_EXCEPT = re.compile(
    r"^(?:just |please |now |so |and )?(?:tell me|take your time|take care|take a (?:moment|"
    r"breath|second)|go on|go ahead|keep going|come on|come in|do go on|look at (?:you|that)|"
    r"be (?:gentle|kind) (?:with|to) yourself|don'?t (?:worry|be so hard|beat yourself|"
    r"feel like you have to|have to)|say more|talk (?:to me )?about|walk me through|describe|"
    r"help me|let me|let'?s|remember (?:when|that time|how you)|give yourself (?:credit|some)|"
    r"get (?:it|that)|make sense|keep in mind|stop me|feel free|never mind|go figure|"
    r"trust (?:your|yourself)|think (?:back|about (?:what|how|when|whether|a time))|pick up "
    r"where|check in|sit with|keep me posted)\b"
)
WARN = _c(
    r"\bif you (?:don'?t|do not|keep|continue|go back|start|drink|use|relapse|miss|stop taking|"
    r"skip|quit taking|violate|mess up|screw up|blow|go off|won'?t|can'?t)\b.{0,80}?\b(?:you(?:'ll|"
    r"'re going to|'re gonna| will| are going to| could| might| may|'d)|will|could|might|going "
    r"to|gonna|they'?ll|they will|they'?re going to|they'?re gonna)\b",
    r"\bor (?:else|you(?:'ll| will| could| might|'re going to|'re gonna))\b",
    r"\byou(?:'re| are|'ll| will)? (?:going to|gonna|'ll|will|could|might|may) (?:end up|lose|die|"
    r"relapse|get (?:fired|hurt|kicked|arrested|sick|violated|locked|worse|evicted|sent back|"
    r"caught)|regret|kill|hurt yourself|wind up|be sorry|overdose|od|go back (?:to jail|to "
    r"prison|inside|to the hospital)|end up (?:back|in|dead|homeless|alone))\b",
    r"\b(?:they'?re|they are|they'?ll|they will|he'?s|she'?s|he'?ll|she'?ll) (?:going to|gonna|"
    r") ?(?:violate|take (?:the kids|your kids|them)|kick you|fire you|leave you|lock you|"
    r"revoke|send you back)\b",
    r"\b(?:that'?s|it'?s|this is|that is|it is|you'?re|you are) (?:really |so |very |pretty )?"
    r"(?:dangerous|risky|a slippery slope|playing with fire|asking for trouble|headed for|"
    r"heading for|on thin ice)\b",
    r"\bbe careful\b", r"\b(?:could|can|will|might|gonna|going to) (?:kill|hurt|land) you\b",
    r"\byou(?:'re| are) (?:risking|putting .{0,30}at risk|setting yourself up)\b",
    r"\bkeep (?:this|that|it) up and\b", r"\bdon'?t come crying\b",
    r"\bthat'?s how (?:people|you|it) (?:end|start|relapse|die)\b",
    r"\bdead (?:in|within) a (?:year|month|week)\b",
    r"\bi'?m (?:worried|scared|afraid|concerned) (?:you'?ll|you will|you'?re going to|you'?re "
    r"gonna|that you'?ll|you might|you could)\b",
    r"\byou (?:don'?t|do not) want to end up\b", r"\bone more (?:time|strike|slip)\b.{0,40}\b(?:and|"
    r"you)\b",
)
CONFRONT = _c(
    r"\b(?:that'?s|that is|this is|it'?s) (?:just |really |all |only |nothing but |such )?"
    r"(?:not (?:true|right|what happened|the point|how it works|fair to)|an? (?:excuse|cop[- ]out|"
    r"lie)|excuses|ridiculous|nonsense|bs|bull|on you|your (?:own )?fault|what addicts|the "
    r"disease talking|your \w+ talking|denial|selfish|irresponsible|wrong)\b",
    r"\byou(?:'re| are) (?:just |only |really |clearly |obviously |still )?(?:making (?:excuses|"
    r"it up)|in denial|lying|kidding yourself|fooling yourself|not (?:being honest|trying|"
    r"listening|serious|taking this seriously|telling me)|blaming|avoiding|overreacting|"
    r"being (?:dramatic|ridiculous|unreasonable|selfish|difficult|defensive|stubborn|"
    r"childish|lazy|irresponsible)|the (?:problem|one who (?:chose|decided|did|messed))|"
    r"choosing (?:drugs|alcohol|to drink|to use)|playing the victim|feeling sorry for yourself|"
    r"minimizing|rationalizing|justifying|manipulating)\b",
    r"\bcome on\b", r"\byeah,? right\b", r"\bwhose fault\b", r"\byourself to blame\b",
    r"\bhow could you\b", r"\bwhat were you thinking\b",
    r"^why (?:would|did|do|didn'?t|don'?t|couldn'?t|can'?t|wouldn'?t) you (?:ever |even |just |"
    r"still )?(?:do (?:that|this|something)|think that|go back|let|pick up|drink|use|even|"
    r"bother|keep|listen|stop|tell|trust)\b(?!.*\b(?:help|sense|feel)\b)",
    r"\byou (?:said|told me|promised)\b.{0,80}\b(?:but|and now|yet|and then)\b",
    r"\blet'?s be (?:honest|real)\b", r"^be honest\b", r"\bbe honest with (?:yourself|me)\b",
    r"\bdo you (?:really |honestly )?(?:expect|think|believe) (?:me|i|anyone|that'?s)\b",
    r"\bdon'?t you (?:think|see|realize|know|get it)\b(?! (?:it would|that would|you'?d))",
    r"\byou know (?:that'?s|better|you (?:can'?t|shouldn'?t|need|have))\b",
    r"\b(?:that|it) doesn'?t (?:make (?:any )?sense|add up)\b",
    r"\bno one (?:forced|made) you\b", r"\byou did this to yourself\b",
    r"\bstop (?:making excuses|blaming|feeling sorry|whining|complaining|lying|playing)\b",
    r"^grow up\b", r"^seriously\b", r"^really\?*$", r"\bnice try\b", r"\banother excuse\b",
    r"\bsure you (?:are|will|did|can|do|were)\b", r"\beverybody'?s got (?:stress|problems)\b",
    r"\byou can'?t (?:blame|keep blaming)\b", r"\bthat went well(?: then)?\b",
    r"\bwell,? that (?:worked out|went) (?:great|well|real well)\b",
    r"\bgreat(?:,| job|\.)? (?:another|so you)\b", r"\bit'?s (?:that|your) simple\b",
    r"\bjust (?:say no|stop|don'?t drink|don'?t use|quit)\b", r"\bbut you (?:have|need|got) to see\b",
    r"\bwhat did you (?:think|expect) (?:would|was going to) happen\b",
    r"\bnobody (?:else )?(?:is|'s) (?:to blame|responsible)\b", r"\bthat'?s on you\b",
    r"\bi don'?t buy (?:it|that)\b", r"\byou (?:always|never) (?:do|say|have an excuse|listen)\b",
    r"\bagain\?\s*$", r"\bhonestly,? that'?s\b",
)

# ---- inform / self-disclose / minimize / label -------------------------------------------
INFORM = _c(
    r"\b(?:the|our|this|that|a|my) (?:program|group|clinic|center|centre|meeting|class|service|"
    r"agency|office|team|shelter|hotline|line|app|food bank|pantry|court|housing|list|waitlist|"
    r"wait list|medication|med|drug|treatment|detox|rehab|policy|form|application|insurance|"
    r"medicaid|intake|session|peer group|support group)s? (?:is|are|has|have|offers?|meets?|"
    r"runs?|provides?|starts?|can|will|includes?|covers?|takes?|opens?|closes?|works?|lasts?|"
    r"usually|typically|requires?|needs?|gives?|helps?|goes|pays?|accepts?|was|doesn'?t|"
    r"does)\b",
    r"\bthere (?:is|are|'s|'re|was|were) (?:a |an |some |also |several |many |lots of |free |"
    r"other |actually )*(?:groups?|programs?|meetings?|resources?|services?|options?|"
    r"hotlines?|lines?|support|peer|classes|medications?|treatments?|places?|apps?|shelters?|"
    r"benefits|people|number|website|clinic|counselors?|food|funding|waitlist|wait list)\b",
    r"\b(?:research|studies|evidence|data|science) (?:shows?|suggests?|says|has shown)\b",
    r"\b(?:it'?s|it is|that'?s|that is) (?:very |really |pretty |quite |super |actually |also )?"
    r"(?:common|normal|typical|usual|natural|expected) (?:for|to|in|when|with)\b",
    r"\b(?:many|a lot of|most|lots of|plenty of) (?:people|folks|peers|others) (?:who|in|with|"
    r"experience|feel|find|have|struggle|go through|report|coming|leaving|early|that)\b",
    r"\bwithdrawal\b", r"\b(?:can|may|often|usually|typically|tends? to|will) (?:cause|lead to|"
    r"increase|affect|slow|interact|take (?:a few|about|up to|some))\b",
    r"\b988\b", r"\b(?:naloxone|narcan|suboxone|methadone|buprenorphine|vivitrol|mat|"
    r"medication[- ]assisted)\b",
    r"\bi(?:'m| am) (?:a|your|the|just a) (?:peer|certified|specialist|counselor|counsellor|recovery "
    r"coach|support|mandated)\b", r"\bas (?:a|your) peer\b", r"\bmy (?:role|job) (?:is|here)\b",
    r"\bconfidential\b", r"\bwe (?:have|offer|provide|run|do|can (?:get|set|help) you)\b",
    r"\bi'?m not (?:here to|a (?:doctor|therapist|clinician|counselor))\b",
    r"\b(?:it|that|this|which) (?:means|works|happens|takes|lasts|is called|comes)\b",
    r"\bthe (?:way|reason) (?:it|that|this) works\b", r"\bactually,? (?:the|it|that|they)\b",
    r"\b(?:they|it) (?:usually|typically|normally|often|generally)\b",
    r"\b(?:is|are) (?:open|closed|free|available|drop-in|walk-in|covered)\b",
    r"\bon (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b",
    r"\b(?:a|one) (?:study|report|survey)\b", r"\bby law\b", r"\bthe (?:law|rule|policy) (?:is|says)\b",
    r"\b\d+ (?:percent|%|days|weeks|hours|mg|milligrams)\b",
)
SELF_DISCLOSE = _c(
    r"\bwhen i was (?:using|drinking|in|going through|struggling|first|younger|your age|getting|"
    r"early|locked|homeless|inside|on|at|sick|a kid|little|growing|coming|out)\b",
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
    r"\bfor me,? (?:it|what|the|i|personally|at|when)\b",
    r"\bi(?:'m| am) (?:in recovery|(?:\w+ )?(?:years?|months?|days?) (?:clean|sober))\b",
    r"\bi(?:'ve| have) been (?:clean|sober)\b", r"\bi (?:also|too) (?:had|was|felt|struggled|went)\b",
    r"\bi(?:'m| am) (?:a|also a) (?:person in recovery|survivor|person with lived)\b",
    r"\b(?:i know|i knew) (?:exactly )?(?:what|how) (?:that|it)(?:'s| is| was| feels| felt) like\b",
    r"\bwhat helped me\b", r"\bwhat worked for me\b", r"\bhelped me\b", r"\bworked for me\b",
    r"\bmy (?:first|early) (?:year|months?|days?|weeks?)\b", r"\bi (?:had|have) (?:a|my) sponsor\b",
)
MINIMIZE = _c(
    r"\bat least\b(?! (?:once|twice|\d|one|two|three|a few|a couple|some|for now|for today|"
    r"tonight|you'?re (?:here|talking)|for a))",
    r"\bdon'?t (?:you )?worry\b", r"\bno need to (?:worry|stress|feel)\b",
    r"\b(?:it'?s|that'?s|it is|that is|this is|things are) (?:really )?not (?:that|so|as) "
    r"(?:bad|big|serious|terrible|awful|hard)\b",
    r"\b(?:it'?s|that'?s) not (?:a big deal|the end of the world)\b",
    r"\bcould (?:be|have been|always be) (?:a lot )?worse\b",
    r"\b(?:everyone|everybody|we all|all of us|lots of people) (?:feels?|goes? through|has|gets|"
    r"struggles|deals|relapses|slips|has bad|has days|messes)\b",
    r"\bno big deal\b", r"\bnot (?:a|that|such a) big (?:of a )?deal\b",
    r"\byou'?ll be (?:fine|okay|ok|alright|all right|just fine|good)\b",
    r"\b(?:it|things|everything)(?:'ll| will| is going to|'s going to|'s gonna) (?:all )?(?:be "
    r"(?:fine|okay|ok|alright|all right|good)|work (?:itself )?out|get better|turn out (?:fine|"
    r"okay|ok))\b",
    r"\bcheer up\b", r"\bbright side\b", r"\blook on the\b",
    r"\bjust (?:relax|calm down|think positive|get over|let it go|move on|forget about|don'?t think|"
    r"stay positive|be positive|smile|be happy|focus on the good|ignore)\b",
    r"\bother people have it (?:worse|harder|way worse)\b", r"\boverreact",
    r"\bhappens to (?:everyone|everybody|all of us|the best of us)\b", r"\bend of the world\b",
    r"\bjust a phase\b", r"\bstop worrying\b", r"\bthink positive\b", r"\bsilver lining\b",
    r"\beverything happens for a reason\b", r"\bthat'?s (?:just )?life\b", r"\bit is what it is\b",
    r"\bbe (?:grateful|thankful)\b", r"\b(?:so much|a lot) to be (?:grateful|thankful)\b",
    r"\bget over it\b", r"\bshake it off\b", r"\bdon'?t (?:be so|get so) (?:down|upset|worked up)\b",
    r"\bit'?s (?:only|just) (?:a|one|been|temporary|a few)\b", r"\bit'?s not like\b",
    r"\bdon'?t (?:dwell|think about it)\b", r"\bit'?s all good\b", r"\bno worries\b",
    r"\byou'?re fine\b", r"\bit'?s nothing\b", r"\bnot so bad\b", r"\btoughen up\b",
    r"\bdon'?t sweat it\b", r"\bat the end of the day\b.{0,40}\bfine\b",
)
_LABELS = "|".join(re.escape(w) for w in LABEL_WORDS)
LABEL = _c(
    rf"\b(?:you(?:'re| are| were|'ve been| have been)|you seem(?: like)?|you sound like|that'?s|"
    rf"you(?:'re| are) (?:being|acting)|as|being|like|a real|typical|classic|such an?|so) "
    rf"(?:(?:an?|such an?|the|just|really|being|so|totally|clearly|obviously|a typical|"
    rf"a classic|still|kind of|basically|acting|pretty) )*(?:{_LABELS})\b",
    rf"\b(?:addicts|alcoholics|junkies|people like you|your kind)\b",
    r"\byou (?:have|might have|probably have|clearly have|obviously have|'ve got|got|suffer from|"
    r"sound like you have|may have|definitely have) (?:depression|anxiety|ptsd|bipolar|adhd|ocd|"
    r"an? (?:disorder|addiction|drinking problem|drug problem|personality disorder|mental "
    r"illness|problem with)|a personality disorder|borderline|schizophrenia|a disease)\b",
    r"\b(?:textbook|classic) (?:\w+ )?(?:depression|anxiety|ptsd|bipolar|addict\w*|codependen\w*|"
    r"denial|enabl\w*|symptoms?|behavior|borderline)\b",
    r"\bsounds like (?:depression|ptsd|bipolar|anxiety|an? (?:addiction|disorder)|addiction|"
    r"classic|textbook)\b",
    r"\byour (?:borderline|bipolar|illness|disease|addict brain|addiction) (?:talking|is talking)\b",
    r"\bthat'?s (?:the|your) (?:addict|disease|addiction|illness|borderline|bipolar|depression)\b",
    r"\bnon-?compliant\b", r"\bdrug[- ]seeking\b", r"\btreatment[- ]resistant\b", r"\bin denial\b",
    r"\bmanipulative\b", r"\ba felon\b", r"\bfrequent flyer\b",
)
SELF_LABEL_ECHO = re.compile(
    r"\b(?:call(?:ing|ed)? yourself|see yourself as|think of yourself as|you'?ve been called|"
    r"being called|they call you|they called you|labeled|labelled|the label|that label|the word|"
    r"diagnosis you|diagnosed)\b"
)

# ---- other ------------------------------------------------------------------------------
BACKCHANNEL = re.compile(
    r"^(?:mm+-?hmm+|mhm+|uh-?huh|hmm+|mm+|okay|ok|right|yeah|yes|yep|sure|wow|oh|ah|i see|gotcha|"
    r"got it|go on|go ahead|keep going|and|so|uh|um|huh|really|true|exactly|absolutely|"
    r"definitely|of course|i hear you|i understand|i get it|that makes sense|makes sense|"
    r"fair enough|alright|all right|cool|nice|interesting|i know|totally|for sure|oh no|"
    r"oh wow|oh man|man|geez|jeez|yikes|damn|sheesh|wow okay|okay okay|"
    r"please go on|i'?m listening|i'?m with you|continue|and then|uh huh)$"
)
OTHER_SOCIAL = re.compile(
    r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|welcome|nice to (?:meet|see) you|"
    r"thank(?:s| you)(?: so much| for (?:coming|sharing|being here|telling me|that|your time))?|"
    r"take care|see you|bye|goodbye|have a good|we have (?:about )?\w+ minutes|"
    r"let'?s (?:get started|begin|start|wrap|take a|pick up|move on|switch|talk about something "
    r"else|change)|we'?re (?:almost )?out of time|before we (?:start|end|wrap)|"
    r"i'?m not sure i follow|sorry|excuse me|anyway|anyways|by the way|speaking of|"
    r"on another note|changing the subject|did you see|how about (?:that|those)|what a)\b"
)
SUBJECT_CHANGE = re.compile(
    r"^(?:anyway|anyways|by the way|speaking of|on another note|changing the subject|"
    r"moving on|let'?s (?:move on|talk about something else|change the subject|switch gears)|"
    r"did you (?:see|watch|hear about) the|so,? how about (?:that|those))\b"
)
