"""Word lists the local coder relies on: stop words, feeling words, labels, risk responses.

Why a separate module: these lists are data that reviewers and instructors may want to read
and extend without touching the coding logic in `coder.py`.
"""

from __future__ import annotations

import re


def _wordset(text: str) -> frozenset[str]:
    """Whitespace-separated words as a set (keeps the lists readable as prose blocks)."""
    return frozenset(text.split())


STOPWORDS: frozenset[str] = _wordset(
    """a about above after again against all also am an and any are aren't as at be because
    been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each few for from further get gets getting got had
    hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
    himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just
    let's me more most mustn't my myself no nor not now of off on once only or other ought
    our ours ourselves out over own really same shan't she she'd she'll she's should
    shouldn't so some such than that that's the their theirs them themselves then there
    there's these they they'd they'll they're they've this those through to too under until
    up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
    where's which while who who's whom why why's will with won't would wouldn't you you'd
    you'll you're you've your yours yourself yourselves um uh like yeah okay ok well kind
    sort lot thing things stuff know mean guess maybe even still always never ever much
    something anything nothing everything someone anyone everyone go going gone went come
    came say said tell told make made want wanted think thought see seem seems feel felt
    feeling oh right sure yes yep mm hmm mhm gonna wanna gotta
    """
)

# Feeling and experience words: a reflection that names one adds meaning (complex) when the
# client did not say it, and is what validation is made of.
FEELINGS: frozenset[str] = _wordset(
    """afraid alone angry anxious anxiety ashamed awful betrayed bitter broken burned burnt
    calm confused crushed defeated depressed desperate devastated disappointed discouraged
    disgusted distressed down drained embarrassed empty exhausted fear fed frightened
    frustrated frustrating frustration furious grief grieving guilt guilty happy heartbroken
    helpless hopeless hopeful hurt hurts hurting insecure invisible irritated isolated jealous
    lonely lost mad miserable nervous numb overwhelmed overwhelming pain painful panic
    panicked powerless proud rejected relieved resentful sad sadness scared shame shaky shocked
    sick stressed stress stuck terrified tired torn trapped uncomfortable uneasy unheard
    unsure upset useless worn worried worry worrying worthless excited grateful glad
    confident determined motivated ambivalent conflicted uncertain hesitant reluctant
    angry annoyed bored dismissed judged ignored abandoned unsupported unappreciated
    disrespected misunderstood pressured rushed cornered blamed shut stigmatized
    humiliated regret regretful remorse lonesome loss lose losing grieve mourning heavy
    hard tough difficult rough scary exhausting draining tiring weighing burden invasive
    miss missing alone trapped cornered helpless disrespected unseen invisible heartbreaking
    doubts discouraging disappointing demoralizing humiliating upsetting infuriating
    annoying maddening brutal isolating unfair terrifying aggravating irritating
    """
)

# FEELINGS words that do not read right after "you feel ..." / "you're feeling ..." (the list
# also holds nouns and situation words: "hard", "loss", "burden", "worry").
NOT_A_FELT_STATE: frozenset[str] = frozenset({
    "anxiety", "awful", "burden", "burned", "burnt", "difficult", "down", "draining",
    "exhausting", "fear", "fed", "frustrating", "frustration", "grief", "grieve", "grieving",
    "hard", "heartbreaking", "heavy", "hurts", "hurting", "invasive", "lose", "losing", "loss",
    "miss", "missing", "mourning", "overwhelming", "pain", "painful", "panic", "regret",
    "remorse", "rough", "sadness", "scary", "shame", "shut", "stress", "tiring", "tough",
    "weighing", "worn", "worry", "worrying", "annoying", "maddening", "brutal", "isolating", "unfair",
    "terrifying", "aggravating", "irritating",
})
FELT_STATES: frozenset[str] = FEELINGS - NOT_A_FELT_STATE

# FEELINGS words that name a feeling only in some phrases: "down the street", "fed the dog",
# "shut the door" do not; "feeling down", "fed up", "shut out" do
_FELT_ONLY_IN = {
    "down": re.compile(r"\b(?:feel(?:s|ing)?|felt|i'?m|im|i am|been|so|pretty|really|kinda|"
                       r"bit|little|very) down\b(?! (?:the|to|at|on|in|there|here|from|a)\b)"),
    "fed": re.compile(r"\bfed up\b"),
    "shut": re.compile(r"\bshut (?:(?:me|him|her|us|them|my (?:brain|mind|head)|everything|it all) )?"
                       r"(?:down|out|off)\b(?! (?:the|my|a|his|her)\b)"),
    "burned": re.compile(r"\bburned out\b"),
    "burnt": re.compile(r"\bburnt out\b"),
    "worn": re.compile(r"\bworn (?:out|down|thin)\b"),
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def felt_words(text: str) -> set[str]:
    """The FEELINGS words a text uses as feelings ("I'm so down", not "down the street")."""
    low = text.lower()
    return {w for w in _WORD.findall(low) if w in FEELINGS
            and (w not in _FELT_ONLY_IN or _FELT_ONLY_IN[w].search(low))}

# Clinical or stigmatising labels (MITI "label"; peer values: person-first language).
LABEL_WORDS: tuple[str, ...] = (
    "addict", "alcoholic", "junkie", "druggie", "crackhead", "drunk", "non-compliant",
    "noncompliant", "manipulative", "codependent", "borderline", "bipolar", "schizophrenic",
    "psychotic", "crazy", "psycho", "lazy", "enabler", "resistant", "unmotivated",
    "treatment-resistant", "frequent flyer", "mentally ill", "ex-con", "ex-cons", "convict",
    "a user", "an abuser",
    "substance abuser", "drug seeking", "drug-seeking", "drug seeker", "drug-seeker", "attention seeking",
    "attention-seeking", "attention seeker", "attention-seeker", "alcoholism", "in denial", "dry drunk", "manic", "paranoid", "delusional",
    "catastrophizing", "hypervigilant", "hypervigilance", "a trauma response", "codependency",
)
# ...as one regex alternation, for every pattern that looks for a label
LABEL_ALTERNATION: str = "|".join(re.escape(w) for w in LABEL_WORDS)

# Words in a trainee turn that show the risk was noticed and taken up.
# The means a turn may ask about or help put out of reach (probe Y)
_MEANS = (r"(?:guns?|rifle|shotgun|pistol|firearm|sidearm|\.38|pills|meds|medication|morphine|insulin|knife|"
          r"knives|blades?|rope|cord|belt)")
# Asking how far a plan goes (probe V): "Have you made a plan?", "Have you thought about how or when?"
PLAN_ASKED: tuple[str, ...] = (r"\b(?:made|make|have|got) a plan\b", r"\bthought about (?:how|when|where)\b",
                               r"\bhow (?:or|and) when\b")
RISK_RESPONSE_PATTERNS: tuple[str, ...] = (
    r"\bsuicid", r"\bkill(?:ing)? yourself\b", r"\bend(?:ing)? (?:your life|it all|things|it)\b",
    r"\bhurt(?:ing)? yourself\b", r"\bharm(?:ing)? yourself\b", r"\bself[- ]?harm",
    # not "water safety", "food safety": a reply about those passes the cue over
    r"\bsafe(?:ty)?\b(?<!water safety)(?<!food safety)(?<!road safety)(?<!fire safety)", r"\bdie\b", r"\bdying\b", r"\bdead\b", r"\bnot (?:be|being) here\b",
    r"\bnot (?:want|wanting) to (?:be here|be alive|live|wake up|go on)\b",
    r"\bwake up\b", r"\bcrisis\b",  # 988, hotline, lifeline: EMERGENCY_HELP_PATTERNS below
    r"\bbetter off\b", r"\bno point\b", r"\bwhat'?s the point\b", r"\bgive up\b",
    r"\bburden\b", r"\boverdos", r"\bpills\b", r"\bthoughts? of\b", r"\bgun\b",
    r"\bdisappear", r"\bhopeless", r"\bgoodbye\b", r"\bcan'?t go on\b",
    r"\bcutting\b(?! (?:out|back|down|off|ties|corners))", r"\bcut(?:ting)? yourself\b", r"\bblades?\b", r"\bgone with (?:him|her)\b",
    r"\beasier\b", r"\bnot (?:wanting|want) to be here\b",
    # asking how far the thoughts go, and the reasons for living reflected
    r"\bhow you'?d do it\b", r"\bthoughts? (?:ever )?go (?:any )?further\b",
    r"\bkeep(?:s|ing)? you (?:here|going|alive)\b",
    # the direct question in its other textbook forms (probe set F)
    r"\btak(?:e|ing) your (?:own )?life\b", r"\byour life to end\b",
    r"\b(?:hang|hanging|shoot|shooting|drown|drowning|poison|poisoning) yourself\b",
    # the question led in by what others go through (probe set J): "some people start thinking
    # about ending their life. Is that happening for you?"
    r"\b(?:end|ending|take|taking) (?:their|one'?s) (?:own )?li(?:fe|ves)\b", r"\bkill(?:ing)? themsel(?:f|ves)\b",
    # the means at hand, asked about (probe N): "have you thought about taking it yourself?",
    # "are you thinking about using it on yourself?"
    r"\b(?:take|taking|took) (?:it|them|all of it|all of them|those|the (?:pills|tablets|morphine|meds)) "
    r"(?:all )?yourself\b", r"\b(?:use|using) (?:it|that|the gun|them) on yourself\b",
    # probe Y: "...killing him and then yourself?", "Have you cut this week?", and the means
    # asked about or put out of reach ("Where's the rifle right now?", "let your brother hold
    # onto the rifle for a while")
    r"\bkill(?:ing)?\b[^.!?]{0,25}\byourself\b", r"\bhave you (?:cut|burned|hurt)\b",
    # probe V: the wounds asked about, the means named back, how far a plan goes
    r"\bthe (?:cuts|burns|wounds)\b", r"\btak(?:e|ing) (?:all|every one|the whole bottle) of your\b|\btaking all your\b",
    *PLAN_ASKED,
    r"\b(?:thinking|thought|think) (?:about|of) (?:jumping|cutting|overdosing|hanging|shooting|drowning|"
    r"crashing|driving off|using (?:it|them))\b",
    r"\b(?:on|at|out on|near|by) the (?:balcony|bridge|roof|ledge|edge|tracks|jetty|river|lake|water)\b"
    r"[^.!?]{0,15}\b(?:right now|now|tonight)\b",
    r"\b(?:where(?:'s| is| are)|hold(?:ing)? on ?to|lock(?:ed|ing)? (?:it |them )?(?:up|away)|put(?:ting)? "
    r"(?:it |them )?away|get(?:ting)? rid of|somewhere safe|out of the house)\b[^.!?]{0,30}\b" + _MEANS + r"\b",
    r"\b" + _MEANS + r"\b[^.!?]{0,25}\b(?:right now|locked|somewhere safe|out of the house|away from you)\b",
)
# Pointing to emergency help: a response to a risk cue even when said as an instruction.
EMERGENCY_HELP_PATTERNS: tuple[str, ...] = (
    r"\b988\b", r"\bcrisis (?:line|text line|team|number|service)", r"\bhotline\b", r"\blifeline\b",
    r"\bthe (?:nearest |closest )?(?:er|a&e)\b", r"\bemergency (?:room|department|services)\b",
    r"\b(?:911|999|112|000)\b", r"\bsamaritans\b", r"\bhelpline\b", r"\btext shout\b", r"\b85258\b",
)

# Base-form verbs that open a clause without being a command: greetings and wishes with the
# "I" dropped ("Thank you", "Hope that helps", "Love that"), discourse markers ("See, ...",
# "Look, ..."), verbs of thinking ("Guess so", "Mean it"), and function words the verb
# lexicon also lists as verbs ("while", "still").
NOT_COMMANDS: frozenset[str] = _wordset(
    """thank bless hope wish love hate miss guess mean mind bet like need want suppose agree
    welcome please feel know see look say sound seem wonder figure appreciate understand
    imagine sorry bear while since till until before after because though although unless
    whether like as than then but yet even just still
    """
)

# Feeling-list words that are also ordinary words ("cut down", "hard stop").
WEAK_FEELINGS: frozenset[str] = _wordset("down hard tough rough heavy lose loss miss stuck fed shut worn sick pain")

# Verbs after "you could/might" that predict or describe rather than suggest ("you might
# notice", "you could lose", "you may feel").
PREDICTION_VERBS: frozenset[str] = _wordset(
    """be have feel get need want think know find notice see lose end say hear tell wonder miss
    love hate like expect do go come happen fall fail die regret start realize realise qualify
    owe
    """
)

# Verbs after "I'd" that react, guess or hedge rather than say what the trainee would do in the
# client's place ("I'd be pissed too", "I'd imagine...", "I'd say..."), and words that are no
# verb there ("I'd never", "I'd even").
NOT_OWN_CHOICE: frozenset[str] = _wordset(
    """be been have had like love hate prefer rather guess bet imagine think feel know hope expect
    assume agree suppose suspect doubt wonder worry say never not gladly happily hesitate end even
    always
    """
)

# Words that can be adjectives and verbs but before "the/your" read as adverbs, prepositions or
# quantifiers ("Even the best of us...", "Over the past year...", "Just the two of you").
ADVERB_FIRST: frozenset[str] = _wordset(
    """even still well right back first last most better further only just kind less more best
    worst next over up down out off through about around under after before past
    """
)

# Verbs of phones and apps the verb lexicon (lemminflect) does not know, so that "Just uninstall
# it" and "Unfollow all of them today" read as commands (dev13), not as statements.
APP_VERBS: frozenset[str] = _wordset(
    """uninstall unfollow unsubscribe unmatch unmute screenshot doomscroll
    """
)


# Past tenses after "I" that tell this conversation's moves or a view, not the writer's own story
# (`mood.own_past_story`): "I heard you", "I figured", "I skipped right past it"; and modals.
CONVERSATION_VERBS: frozenset[str] = _wordset(
    """heard thought wondered meant said asked noticed wanted figured guessed missed brushed
    jumped pushed mentioned read realized came felt saw got hoped assumed understood loved liked
    appreciated enjoyed believed suspected imagined supposed agreed forgot interrupted
    misunderstood misread overstepped rambled typed wrote posted replied responded commented
    skipped hijacked mixed deserved needed am could would should might must can will shall may
    won"""
)
