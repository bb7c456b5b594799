"""Is a declarative clause a reflection of the client, and does it add meaning (complex)?

Why separate: reflections are the hardest code (human coders agree at kappa ~0.66). The
decision uses form (openers like "it sounds like", second-person statements about feelings
and situation, "part of you... and part of you...") and context (overlap with the client's
last words); in a listening turn an unmarked declarative about the client defaults to a weak
reflection that gives way to any other code in the turn. Complexity = an added feeling, a
metaphor, two sides, a reframe, or mostly new words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from evaluators import patterns as P
from evaluators.context import Context, content_stems, feeling_stems
from evaluators.lexicon import FELT_STATES, WEAK_FEELINGS
from evaluators.segment import Clause, words

FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b")
DEFAULT_STRENGTH = 0.5
# A restatement by form alone ("So it's a cycle.", "You take it once a day."), sharing none
# of the client's words: a reflection unless the turn asks a question.
LOOSE_STRENGTH = 0.75
_ABOUT_CLIENT = re.compile(r"\b(?:you|your|you're|you've|you'd|yourself|he|she|they|his|her|their|"
                           r"him|them|it|that|there|this)\b")
_METAPHOR = re.compile(
    r"\b(?:like a|like an|as if|as though|it'?s like|kind of like|almost like)\b|"
    r"(?:^|[.,;] ?)like (?:they|you|there|it|he|she|someone|somebody|nobody|everyone)\b|"
    r"\b(?:carrying|holding|weighing on|sitting with|stuck with|on your shoulders|by yourself|"
    r"on your own|all alone|anyway|and yet|still)\b|"
    r"\b(?:not|n't) (?:just |that |really |about )?[\w' ]{1,40}, (?:it'?s|it was|you|that'?s|more|but)\b|"
    r"\b(?:you|part of you) (?:miss|missed|missing|long for|wish)\b"
)


# "Nights sound like the hardest time for you", "Sundays seem like the worst part"
_SOUNDS_HARDEST = re.compile(r"^[\w']+(?: [\w']+)? (?:sounds?|seems?) like (?:the |a |an |such a )?(?:really )?"
                             r"(?:hardest|worst|toughest|scariest|loneliest|roughest|most)\b")
_YOU_HAVING = re.compile(r"^(?:so )?you(?:'re| are)? (?:having|getting|got|still) ")
_LIKE_IMAGE = re.compile(r"^(?:it'?s|it is|it was) (?:almost |kind of |sort of |just )?like (?:you(?:'re| are|"
                         r"'ve| have| were)?|it (?:just )?\w+s|there'?s|nobody|no one|everyone|your)\b")


def reflection_strength(c: str, clause: Clause, ctx: Context) -> float:
    """2 = clear reflection form, 1 = restates the client's words, 0.75 = a restatement by form
    alone (gives way to a question in the turn), 0.5 = an unmarked
    declarative about the client (kept only when the turn has no other code), 0 = not one."""
    if not c or P.NOT_REFLECTION_START.match(c):
        return 0
    if (
        P.REFLECT_OPENER.match(P.REFLECT_LEAD.sub("", c, count=1))
        or P.EXPERIENCE_STATE.match(c)
        or P.VALIDATING.search(c)
        or P.YOU_STATE_VERBS.match(c)
        or P.YOU_NEG_STATE.match(c)
        or P.TO_YOU.search(c)
        or P.THIRD_STATE.match(c)
        or P.OWN_REACTION.search(c)
    ):
        return 2
    if P.MUST_BE.search(c) and re.search(r"\b(?:you|your|that|it|this)\b", c):
        return 2
    if _YOU_HAVING.match(c) and feeling_stems(c) - WEAK_FEELINGS:
        return 2  # "So you're having some doubts", "you're getting so frustrated"
    if _LIKE_IMAGE.match(c) or _SOUNDS_HARDEST.match(c) or _TRAP_IMAGE.match(c) or _IMAGE_FRAGMENT.match(c):
        return 2  # "It's like you're surrounded by people and still alone with it" (an image)
    felt = _FELT_FRAGMENT.match(c)
    if felt and {felt.group(1), felt.group(2)} & FELT_STATES - WEAK_FEELINGS:
        return 2  # "Numb.", "Exhausted.", "Scared and angry." (CODING_RULES: reflections without "you")
    verdict = _FEELING_VERDICT.match(c)
    if (verdict and len(words(c)) <= 14 and feeling_stems(verdict.group(1)) - WEAK_FEELINGS) or _CLOSE_TO_HOME.match(
            c) or _WEIGHT_NAMED.match(c):
        return 2  # "Getting yelled at in front of everyone is humiliating", "That hit close to home"
    if _CONTRAST_REFRAME.search(c):
        return 2  # "So it's less about the weed itself and more about having a way to switch off"
    if _hedged_reflection(c) or _guessed_state(c):
        return 2
    if P.DOUBLE_SIDED.search(c) and (re.search(r"\byou", c) or re.match(r"^on (?:the )?one (?:hand|side)\b", c)):
        return 2
    if re.match(r"^(?:i wonder if|i'?m wondering if|maybe) (?:you|part|it|that|some)\b", c):
        return 2
    if ctx.last_client and _SITUATION_VERDICT.match(c) and not FIRST_PERSON.search(c) and (
            re.search(r"\byour\b", c) or content_stems(c) & ctx.client_stems):
        return 2  # "those nights where your brain won't shut off are rough", "holidays are rough"
    if not ctx.last_client:
        # Nothing the client said to mirror (a reply to a written post scored on its own, a
        # session's opening line): only the reflection's form above can make one.
        return 0
    if general_information(c):
        return 0
    stems = content_stems(c)
    if not stems:
        # "They don't get it." after "They don't get depression": an echo in function words.
        if _echo(c, ctx):
            return 1
        # "And there's always going to be something.": continuing the client's sentence.
        if re.search(r"\b(?:and|but|because|cause)$", clause.lead) and len(c.split()) >= 3 \
                and not FIRST_PERSON.search(c) and not clause.question_mark:
            return 1
        return 0
    if written_post(ctx.last_client) and not _SECOND_PERSON.search(c) and not (
            feeling_stems(c) - WEAK_FEELINGS) and not _gerund_echo(c, stems, ctx) and not (
            re.search(r"\bso\b", clause.lead) and clause.question_mark):
        # A reply to a long written post: sharing the post's topic words is not mirroring the
        # poster; without "you" or a feeling it tells about the topic (dev6, dev7), unless it
        # echoes the post or restates it as "So ...?" ("So a good day turns into a four day debt?").
        return 0
    if generic_reply_claim(c, ctx):
        return 0
    shared = len(stems & ctx.client_stems)
    first_person = FIRST_PERSON.search(c)
    if first_person and not re.search(r"\byou", c):
        return 0
    if re.match(r"^(?:you|your|so you)\b", c) and shared >= 1:
        return 1
    if shared >= 2 or (shared >= 1 and len(stems) <= 3):
        return 1
    if re.match(r"^(?:you|your|so you)\b", c) and len(stems) <= 3:
        return LOOSE_STRENGTH  # "You take this one once a day.": about the client, none of their words
    if first_person or P.OTHER_SOCIAL.match(c):
        return 0
    if re.search(r"\bso\b", clause.lead):  # "So it's a cycle." restates by its opener
        return LOOSE_STRENGTH
    # Default: a declarative about the client or their world, in a listening turn. A bare
    # name or a two-word remark ("Hi, Sal." / "No kidding.") is not one.
    if len(words(c)) < 3 or not _ABOUT_CLIENT.search(c) or re.match(r"^(?:we|we're|we'll|we've|let's)\b", c):
        return 0  # "We're going to talk about..." sets the agenda
    return DEFAULT_STRENGTH


# A guess at the poster's inner life: "It could be that you feel safe with your cat", "The fact
# that you talk to yourself at night tells me that you are craving connection".
_HEDGE = re.compile(
    r"\b(?:it (?:could|may|might|can) (?:also |just )?be that|(?:tells|shows|suggests to) me(?: that)?|"
    r"it appears(?: that)?|it seems(?: that)?|i suspect(?: that)?)\b"
)


_CONTRAST_REFRAME = re.compile(
    r"\b(?:less about|not so much about|not really about|not just about|not only about)\b.{2,80}?"
    r"\b(?:more about|it'?s about|but about|and about|it'?s more)\b"
)


_FINITE = re.compile(r"\b(?:is|isn'?t|are|aren'?t|was|wasn'?t|can|can'?t|will|won'?t|would|does|"
                     r"doesn'?t|do|don'?t|means?|makes?|helps?)\b")


def _gerund_echo(c: str, stems: set[str], ctx: Context) -> bool:
    """"Smelling it every single night, forty days in.", "Covering for a whole extra person
    since March...": the poster's own experience handed back as a gerund phrase (dev6)."""
    first = words(c)[:1]
    head = c.split(",")[0]  # "Switching therapists is not giving up" judges; it does not echo
    return bool(first) and first[0].endswith("ing") and len(stems & ctx.client_stems) >= 2 \
        and bool(content_stems(first[0]) & ctx.client_stems) and not _FINITE.search(head)


# A guess at how things are for the client, marked by its adverb: "Your mom probably still
# remembers the worst of it", "She's probably not rejecting you so much as running on empty".
# Not "clearly"/"obviously" (praise or sarcasm in our sets), not "probably just" (minimising).
_GUESS = re.compile(r"\b(?:probably|likely|no doubt)\b(?! just\b)")
_NOT_A_GUESS = re.compile(
    r"\b(?:should|shouldn'?t|need|needs|needed|could|can|can'?t|will|won'?t|'ll|would|try|if|"
    r"want to|might want|going to|gonna|help|helps|worth)\b|\?")


def _guessed_state(c: str) -> bool:
    """A guess at the client's inner life or their people's, hedged by an adverb (dev9: written
    replies scored with no post). Not one when it advises, predicts or asks ("You'll probably
    need to...", "It will probably help if...")."""
    return bool(_GUESS.search(c)) and bool(_SECOND_PERSON.search(c)) and not _NOT_A_GUESS.search(c) \
        and not re.match(r"^(?:i|i'm|i've|i'd|we|my)\b", c)


def _hedged_reflection(c: str) -> bool:
    """A hedged guess at the client's inner state."""
    hedge = _HEDGE.search(c)
    if not hedge:
        return False
    rest = c[hedge.end():]
    if re.match(r"(?:tells|shows|suggests to) me", hedge.group(0)) and re.search(r"\byou", rest) \
            and re.search(r"\byou", c[:hedge.start()]):
        return True  # "The fact that you feel this guilty tells me how much they mean to you"
    return any(P.YOU_STATE_VERBS.match(rest[m.start():]) or P.YOU_NEG_STATE.match(rest[m.start():])
               for m in re.finditer(r"\byou\b", rest))


_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yourself|ya|u|op)\b")
_GENERIC = re.compile(
    r"\b(?:often|usually|typically|generally|most|many|a lot of (?:people|folks|\w+s)|alot of|plenty of|"
    r"some people|(?:people|folks) (?:who|in|with|often|usually|tend)|researchers?|studies|research|"
    r"common|in general|tends? to|is where|is when|there'?s (?:also|actually) (?:a|an))\b"
)


_GENERIC_CLAIM = re.compile(
    r"\b(?:often|usually|typically|generally|normally|sometimes|always|never|typical|normal|common|"
    r"tends? to|a lot of (?:people|folks|\w+s)|(?:most|many|plenty of|some) (?:people|folks|adults|kids|"
    r"teens|parents|therapists|doctors|\w+s who)|(?:people|folks) (?:who|in|with|often|usually|tend)|"
    r"in general|researchers?|studies|research)\b"
)
_SECOND_PERSON_START = re.compile(r"^(?:so |and |but )?(?:you|your|you're|you've|you'd|you'll|yourself)\b")
# ...unless the trainee voices it as their reading of the client: "...tells me this is costing
# you a lot more than 'shy' usually does", "that sounds like...", "I know".
_READS_CLIENT = re.compile(r"\b(?:tells me|sounds|seems|must|i know|i hear|i can tell|i get)\b")


# What a service or a professional does: "Your pediatrician can talk to her privately",
# "Receptionists make a hundred of these calls a day", "Therapists hear this all the time".
_SERVICE_SUBJECT = re.compile(
    r"^(?:(?:your|a|the|most|many|some|any|a good|a decent) )?(?:(?:regular|family|school|primary care|"
    r"new) )?(?:doctors?|gps?|therapists?|counsell?ors?|pediatricians?|paediatricians?|psychiatrists?|"
    r"receptionists?|pharmacists?|nurses?|employers?|case managers?|social workers?|hospitals?|"
    r"clinics?|pharmacies|they)\b(?:'s| is| are| can| will| could| usually| often| do| does| don'?t| "
    r"hear| see| deal| make| offer| have| has)\b"
)


def service_claim(c: str, ctx: Context) -> bool:
    """In a reply to a written post, what a service or professional does informs (dev7)."""
    return (written_post(ctx.last_client) and bool(_SERVICE_SUBJECT.match(c))
            and not feeling_stems(c) - WEAK_FEELINGS and not _READS_CLIENT.search(c))


def generic_reply_claim(c: str, ctx: Context) -> bool:
    """In a reply to a long written post, how things generally go, with "you" only inside
    ("Crying by the third session usually means you've started to feel safe", "Grief doesn't
    always show up on schedule", "Lying about it is super typical at that age"): information,
    not a reflection, though it shares the post's words (dev6, dev7)."""
    return service_claim(c, ctx) or (
        written_post(ctx.last_client) and bool(_GENERIC_CLAIM.search(c))
        and not _SECOND_PERSON_START.match(c) and not _READS_CLIENT.search(c))


def general_information(c: str) -> bool:
    """A statement about how things usually are, with no word for the client and no feeling
    ("Stepfamily researchers often say it takes four to seven years", "Most banks can put a
    gambling block on debit cards now"): it shares the client's topic, not their experience,
    so it informs rather than reflects."""
    return (len(words(c)) >= 8 and bool(_GENERIC.search(c)) and not _SECOND_PERSON.search(c)
            and not FIRST_PERSON.search(c)
            and not feeling_stems(_CONDITION.sub("", c)) - WEAK_FEELINGS)


# A condition named is not a feeling felt: "a panic attack usually peaks within ten minutes".
_CONDITION = re.compile(r"\b(?:panic|anxiety) (?:attacks?|disorders?)\b")


# Conversational client turns in our sets: median 16-37 words; posts: median 59, many of dev7's
# 40-49 (50 missed those; 30 reaches into conversation and costs reflections there).
WRITTEN_POST_WORDS = 40
_SPOKEN = re.compile(r"\b(?:um+|uh+|mm+|hmm+|mhm|erm)\b")


@lru_cache(maxsize=256)
def written_post(text: str) -> bool:
    """A long client turn with none of speech's fillers: a written post, not a transcript.
    Cached: every clause of a turn asks it of the same client turn, several times."""
    return len(text.split()) >= WRITTEN_POST_WORDS and not _SPOKEN.search(text.lower())


# The client's experience given its feeling: a gerund or "that" as subject, then a copula.
_FEELING_VERDICT = re.compile(r"^(?:\w+ing\b[^.!?,]{0,60}?|that)(?:'s| is| was| must be| must have been| must'?ve "
                              r"been) (?:(?:so|really|pretty|super|such a|incredibly|deeply|just|absolutely) )*(\w+)")
# What the client lives with judged hard, in the present tense: "Divorce is so hard.", "those
# nights where your brain won't shut off after a breakup are rough" (probe W: dropped beside the
# question or the self-disclosure that followed)
_SITUATION_VERDICT = re.compile(
    r"^(?!(?:that|it|this|there|what|which|who|everything|nothing|life)\b)[\w' ]{2,70}? (?:is|are|can be|gets|get) "
    r"(?:(?:so|really|pretty|super|just|incredibly|absolutely|seriously|such) )*(?:rough|brutal|hard|tough|"
    r"exhausting|draining|scary|terrifying|lonely|a lot|awful|heavy|heartbreaking|gutting|isolating|"
    r"overwhelming|painful|frustrating|infuriating|maddening)$")
# The weight of what happened named: "that's a real loss, you built something with her over time",
# "That's a huge blow." (probe W: dropped beside the question that followed)
_WEIGHT_NAMED = re.compile(r"^(?:that'?s|that is|that was|what a) (?:such )?(?:a )?(?:real|huge|big|massive|"
                           r"terrible|hard|heavy|serious|painful) (?:loss|blow|shock|betrayal|gut punch|hit|"
                           r"setback|thing to (?:carry|lose|go through|hear))\b")
# The client's bind named as an image: "Bit of a vicious circle."
_TRAP_IMAGE = re.compile(r"^(?:(?:a )?bit of a|kind of a|sort of a|such a|quite a|a real|a) (?:vicious (?:circle|cycle)|"
                         r"catch[- ]22|double bind|trap|no-win)\b")
_CLOSE_TO_HOME = re.compile(r"^(?:that|it|this) (?:must have |must'?ve |really |probably )?(?:hit|hits) (?:really |"
                            r"so |pretty )?close to home\b|"
                            # what stayed with the client: "That stuck with you." (probe L)
                            r"^(?:that|it|this|those words|what \w+ said) (?:really |must have |must'?ve |has |"
                            r"kind of )?(?:stuck|stayed) with you\b")

# A feeling said back as a fragment: "Numb.", "Really lonely lately."; an image: "Like the rug got
# pulled out." (probe X)
_FELT_FRAGMENT = re.compile(r"^(?:(?:so|really|pretty|just|kind of|kinda|totally|completely|a bit|a little|"
                            r"still|feeling|super) )*([a-z]+)(?: (?:and|but) ([a-z]+))?(?: (?:right now|these days|"
                            r"lately|inside|all the time|too|at the same time|at once))?$")
_IMAGE_FRAGMENT = re.compile(r"^like (?:the|a|an|someone|somebody|nobody|everyone|everything|there'?s)\b(?:\W*\w+){2,11}$")

_PRONOUN_SHIFT = {"you": "i", "your": "my", "you're": "i'm", "yourself": "myself", "you've": "i've"}


def _echo(c: str, ctx: Context) -> bool:
    """Most of a short clause's words (pronouns shifted to the client's) are in the client's
    last turn: "They don't get it." / "Couldn't deal with it."."""
    toks = words(c)
    if not 2 <= len(toks) <= 8 or not ctx.last_client:
        return False
    client = set(words(ctx.last_client))
    hits = sum(1 for t in toks if _PRONOUN_SHIFT.get(t, t) in client)
    return hits / len(toks) >= 0.6


# A collecting summary lists ("the couch, the PO deadline and your brother"); a linking one ties
# what was said to something ("...and it feels like payback", "...lands different, with your dad")
_LISTED = re.compile(r"[^,.;]+,")
_LINKED = re.compile(r"\b(?:because|cause|like|same|so (?:it|that)|which|means|feels?|seems?|sounds?|both|"
                     r"now you|makes sense|no wonder|all of it|on top)\b")


def is_complex(text: str, c: str, ctx: Context, opens_turn: bool = False) -> bool:
    """Complex when the reflection adds meaning: a feeling not said, two sides, a metaphor."""
    if (P.DOUBLE_SIDED.search(c) or P.VALIDATING.search(c) or _METAPHOR.search(c)
            or P.OWN_REACTION.search(c)):
        return True
    if P.MUST_BE.search(c):
        return True
    if opens_turn and re.match(r"^(?:and|but|because|'?cause)\b", text.lower().lstrip(" .-")) \
            and not _echo(c, ctx):
        return True  # continuing the paragraph: says the next thing the client has not said
    # The facts the client gave in any turn are not added meaning: a summary that lists the last
    # three turns is simple however long it is (probe M: "You're on your cousin's couch..., your PO wants
    # an address..., and your brother's stopped picking up")
    added = feeling_stems(text) - ctx.client_feelings  # a feeling from an earlier turn links the two
    if added:
        return True
    stems = content_stems(text)
    if len(stems) >= 3:
        earlier = ctx.history_stems - ctx.client_stems
        if (earlier and len(stems - ctx.history_stems - ctx.client_stems) <= 0.3 * len(stems)
                and _LISTED.search(text) and not _LINKED.search(text.lower())):
            return False  # what earlier turns said, listed (earlier words linked to now add meaning)
        novel = len(stems - ctx.client_stems) / len(stems)
        if novel >= 0.6:
            return True
    return len(words(text)) >= 25
