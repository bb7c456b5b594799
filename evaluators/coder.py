"""The local MITI-style behaviour coder: codes each clause, then takes the union.

Why rules and not a model: the coder must be offline, deterministic, explainable (every code
points at the words that triggered it) and take milliseconds. The decisions follow
evaluators/data/CODING_RULES.md: function over form, a reflection phrased as a question is a
reflection, a suggestion phrased as a question is advice, backchannels alone are `other`.
Some decisions need the whole turn or the client's words: "Sure, | but the doctor said..."
(a disagreement split over two clauses), "Not ready? You've been smoking for years." (the
client's words thrown back, then a counter-statement), an answer to the client's own question
(information, not a reflection), and the client's words said back with the polarity flipped
(disagreement). Those rules run in `code_utterance` after every clause has been coded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from evaluators import patterns as P
from evaluators.context import (
    CLIENT_WORDS,
    WHEN_STEMS,
    Context,
    content_stems,
    feeling_stems,
    names_risk,
)
from evaluators.gated import Alternation
from evaluators.lexicon import LABEL_ALTERNATION, WEAK_FEELINGS
from evaluators.mood import is_command, modal_suggestion, own_choice, own_past_story
from evaluators.questions import question_type
from evaluators.reflections import (
    DEFAULT_STRENGTH,
    FIRST_PERSON,
    LOOSE_STRENGTH,
    general_information,
    generic_reply_claim,
    is_complex,
    reflection_strength,
)
from evaluators.segment import Clause, clauses, mask_quoted_speech, normalize, sentences, words
from evaluators.types import MI_NON_ADHERENT, QUESTIONS, REFLECTIONS

_SOFTENER = re.compile(r"\b(?:maybe|might|could|perhaps|possibly|consider|i think|i feel like)\b")
_OWN_VIEW = re.compile(
    r"\b(?:i|we) (?:really |just |honestly |still |do |kind of |kinda )?(?:think|want|expect|need|"
    r"believe|feel like|feel that|'d say|would say|know)\b"
)
_SARCASTIC_LEAD = re.compile(r"\b(?:oh sure|yeah right|oh right|oh great|sure sure|oh yeah sure)\b")
_ADVICE_QUESTION = re.compile(
    r"^(?:what if|why don'?t|why not|how about|what about (?:you )?(?:just |maybe )?[a-z]+ing)\b"
)
_CONDITIONAL_MUST = re.compile(
    r"\b(?:since|because|if|when|unless|while|until|cause|'cause) you (?:really |still )?(?:have|need|"
    r"got|gotta|must)(?: to)?\b"
)
_OTHERS_DEMAND = re.compile(
    r"\b(?:tell|tells|telling|told|say|says|saying|said|keep saying|keeps saying|think|thinks|"
    r"want|wants|expect|expects|making|make|made|pushing|push|insist|insists|acting like|acts like|"
    r"act like|treating you like|treat you like|treats you like)\b[^.?!]*\b(?:you )?"
    r"(?:have to|need to|should|must|got to|gotta)\b|\bwhat you (?:have|need|ought) to do\b(?! is\b)"
)
_FEEL_YOU = re.compile(
    r"\byou(?:'re| are|'ve been| have been|'d been)? (?:starting to |beginning to |keep |kept |still |sometimes )?(?:wonder|wondering|"
    r"feel|felt|feeling|'re feeling|are feeling|think|thinking|thought|believe|worry|'re worried|are worried|'re afraid|"
    r"knows|feels|thinks|wants|believes|worries|"  # "part of you knows you need to..." (dev11)
    r"'re scared|wish|want|know|realize|see|mean|said|say|'re saying)\b.*"
    r"\b(?:should|need to|have to|must|ought|got to|gotta|time to)\b"
)

# The trainee's own "you should / you need to" opens the clause: not a reflected obligation
# even if "tell ... they need to" follows ("You should tell your brothers they need to step up").
# "So you're thinking you might just stop taking it": the client's own plan, reflected.
_THINKING_OF = re.compile(r"^(?:so |and )?(?:you'?re|you are) (?:thinking|wondering|hoping|considering|"
                          r"saying|planning)\b(?! about (?:trying|going|calling|getting))")
_OWN_MODAL = re.compile(
    r"^(?:i think |honestly |maybe )?you (?:really |just |definitely |still )?(?:should|need to|have to|"
    r"must|gotta|got to|ought to|'d better|better)\b"
)

MERGE_REFLECTIONS = True
# Weak reflections (by overlap or by default) give way to these codes elsewhere in the turn.
OVERRIDES_WEAK_REFLECTION = frozenset(
    {"advise", "direct", "confront", "warn", "label", "minimize", "inform",
     "advise_with_permission"}
)


_OVERRIDES_ANSWER = frozenset(
    {"affirm", "confront", "direct", "advise", "warn", "minimize", "label", "advise_with_permission"}
)


@dataclass
class ClauseCode:
    clause: Clause
    codes: set[str] = field(default_factory=set)
    backchannel: bool = False
    subject_change: bool = False
    reflect_strength: float = 0.0
    social: bool = False
    answer: bool = False  # unmarked statement coded inform because it answers the client
    check_agree: bool = False  # "Is that alright?": collaboration or a closed check, by context
    bare_imperative: bool = False  # `direct` only from the imperative mood ("Try...", "Don't...")

    def drop_reflection(self, *also: str) -> None:
        """A later rule decided this clause is not a reflection (and not the other codes
        named): clear the codes and the strength, so no later rule reads it as one."""
        self.codes -= {"simple_reflection", "complex_reflection", *also}
        self.reflect_strength = 0


@dataclass
class Coding:
    """The codes of an utterance, with the clause texts that support each code."""

    codes: list[str]
    evidence: dict[str, list[str]]
    clauses: list[ClauseCode]
    long_self_disclosure: bool = False
    subject_change: bool = False
    self_disclosure_words: int = 0
    menu: bool = False  # options laid out and the choice handed over (`menu_offered`)

    def reflection_strengths(self) -> list[float]:
        """How strongly each clause coded as a reflection reflects
        (`reflections.reflection_strength`): the evidence the n-gram veto and the arbiter weigh."""
        return [c.reflect_strength for c in self.clauses
                if c.codes & REFLECTIONS]


def _is_generic_fact(c: str, ctx: Context) -> bool:
    """A present-tense statement about services or the world, mostly in new words."""
    if (general_information(c) or generic_reply_claim(c, ctx)) and not ctx.advice_allowed:
        return True
    if not P.INFORM_GENERIC.match(c) or feeling_stems(c) or re.search(
            r"\b(?:feel|feels|felt|feeling|seem|seems|sound|sounds|like a|as if|you|your|worst|best|part|"
            r"hardest|brutal|awful|terrible|great|good|bad|tough|hard|big part|relief)\b", c):
        return False
    if ctx.advice_allowed:
        return False  # "Some people count their drinks..." is the advice they asked for
    stems = content_stems(c)
    return bool(stems) and len(stems & ctx.client_stems) / len(stems) < 0.5


_DECL_SUBJECT = re.compile(r"^(?:you|your|he|she|they|it|it's|that|that's|this|there|his|her|their|"
                           r"we|you're|you've|you'd|he's|she's|they're)\b")
_NEW_FACT = re.compile(r"\b(?:every (?:day|night|week|morning|weekend)|daily|still|ever|much|"
                       r"anymore|at all|yet|often|usually|also|already|again|alone|by yourself|"
                       r"right now|these days|lately)\b")


def _asks_new_fact(c: str, clause: Clause, ctx: Context) -> bool:
    """A declarative or tagged question that asks for something the client has not said
    ("You drink every day?", "You've been taking it, haven't you?") is a closed question; one
    that restates the client ("So you're feeling stuck?") stays a reflection (CODING_RULES
    "Additions (dev2)")."""
    if re.search(r"\b(?:huh|you know|you know what i mean|yeah|okay|ok)\W*$", c):
        return False  # filler tags check in, they do not ask
    bare = P.TAG_TAIL.sub("", c).strip()
    if len(bare.split()) < 2 or not _DECL_SUBJECT.match(bare) or re.search(r"\bso$", clause.lead):
        return False
    if (P.REFLECT_OPENER.match(bare) or P.DOUBLE_SIDED.search(bare) or P.MUST_BE.search(bare)
            or P.VALIDATING.search(bare) or feeling_stems(bare) - WEAK_FEELINGS):
        return False
    marker = _NEW_FACT.search(bare)
    if marker and marker.group(0) not in ctx.last_client.lower():
        return True
    stems = content_stems(bare)
    return len(stems) >= 2 and len(stems - ctx.client_stems) / len(stems) >= 0.75 and bare != c


_NEG = re.compile(r"\b(?:not|no|never|don'?t|doesn'?t|didn'?t|isn'?t|aren'?t|wasn'?t|weren'?t|can'?t|"
                  r"won'?t|wouldn'?t|haven'?t|hasn'?t|nothing|nobody)\b|n't\b")
_EMPHATIC = re.compile(r"\b(?:you|it|that|this|he|she|they)(?:'s| is| are|'re| do| does| did| was| "
                       r"were| have| has| can| will)\b|\b(?:is|are|was|were) (?:never|always|not|"
                       r"still|definitely|really)\b")


# "Part of you wonders if you're allowed to be this upset": the client's doubt reflected.
_WONDERS_IF_ALLOWED = re.compile(r"\b(?:wonder\w*|not sure|unsure|doubt\w*|question\w*|asking yourself) "
                                 r"(?:if|whether) you'?(?:re| are) allowed\b")
_OFFERS_IDEA = re.compile(r"\b(?:hear(?:ing)?|share|sharing|suggest\w*|ideas?|tips?|thoughts?|"
                          r"what (?:worked|helped))\b")
_REASSURING_NO = re.compile(r"^(?:you'?re|you are|you aren'?t|you were|you weren'?t|you'?ve|you have|you "
                            r"didn'?t|you did not|you don'?t|you do not) (?:not|never|n't)?\b|^(?:it|that)(?:'s| "
                            r"is| was) not your\b|^there'?s nothing wrong with you\b")

_SOFT = frozenset({"really", "just", "so", "even", "at", "actually", "that", "very", "all", "do", "does",
                   "did", "is", "are", "am"})
_CLIENT_CLAUSE = re.compile(r"\s*(?:[,;]|\bbut\b|\band\b|\bbecause\b|\bso\b)\s*")


def _contradicts(c: str, clause: Clause, ctx: Context) -> bool:
    """The trainee says back the client's own words with the polarity flipped ("It's that
    bad." after "I don't think it's that bad"; "You do have a problem." after "I don't have a
    problem"): disagreement, not a reflection."""
    if (clause.question_mark or not ctx.last_client or ctx.info_question or "!" in clause.text
            or not _EMPHATIC.search(c) or re.search(r"\b(?:and|but|because|cause)$", clause.lead)):
        return False
    if re.search(
            r"\b(?:you|you're|you've) (?:\w+ )?(?:think|feel|felt|believe|say|said|mean|sound|seem|"
            r"wonder|want|wish|hope|worry|know)\b|\b(?:but|part of you|maybe|might|if|like)\b", c):
        return False
    toks = [CLIENT_WORDS.get(w, w) for w in words(c)]
    t_neg = bool(_NEG.search(c))
    core = [w for w in toks if not _NEG.fullmatch(w) and w not in _SOFT]
    if len(core) < 2 or len(toks) < 3:
        return False
    for sentence in sentences(ctx.last_client):
        for part in _CLIENT_CLAUSE.split(sentence.lower().replace("\u2019", "'")):
            if bool(_NEG.search(part)) == t_neg:
                continue
            ctoks = set(words(part))
            if sum(w in ctoks for w in core) / len(core) >= 0.8:
                return True
    return False


# "You feel like nobody would notice": the client's thought reflected, not the trainee's view.
_REPORTED_THOUGHT = re.compile(r"^(?:so |and )?(?:you|part of you) (?:feel|felt|think|thought|believe|"
                               r"worry|worried|fear|are afraid|'re afraid|are scared|'re scared|"
                               r"wonder)\b|^(?:so |and )?part of you (?:wants?|wishes|hopes)\b")
_SELF_TALK = re.compile(r"\b(?:feel|felt|feeling|think|thought|believe|worried|afraid|scared|like|"
                        r"call|calling|called|tell yourself|telling yourself|says?|said|mean)\b")


_AFFIRM_BLOCK = re.compile(r"\b(?:not|no|n't|if|whether|never|making|doesn't|isn't|wasn't|"
                           r"don't)\b(?:\W+\w+){0,4}\W*$")


# Good wishes and pleasantries said with "!": support, not praise of the client.
_WISH = re.compile(r"^(?:good luck|best of luck|all the best|take care|happy to help|i'?m happy to "
                   r"help|including us|no big deal|no worries|you'?re welcome|welcome|hugs|sending|"
                   r"recovery is possible|stay strong)\b")


# Sympathy exclaimed ("That sounds so stressful!", "That's so messed up!", "Hang in there!"):
# a short clause with "!" that is about the trouble, not the client's achievement.
_EXCLAIMED_FEELING = re.compile(r"^(?:(?:that|it|this) )?(?:sounds?|seems?|feels?|looks?)\b|"
                                r"^(?:that'?s|that is|this is|it'?s|how) (?:so|really|just|such)\b|"
                                r"^hang in there\b")


# Typed questions without "?" that push or scold still ask (CODING_RULES §2.1): "why are you
# even still with him", "do you have anyone irl you can talk to". With "?" the question is
# added per sentence (_voiced_questions); without it only this clear question grammar counts.
_ASKED_WITHOUT_MARK = re.compile(
    r"^(?:do|did|have|are|were|can|could|would|will|is|was) (?:you|u)\b|"
    r"^(?:why|how|what|where|when) (?:are|do|did|would|could|can|don'?t|won'?t|can'?t|were) (?:you|u)\b")
_SHOULD_BE = re.compile(r"^you (?:should|ought to) be(?: too| proud| proud too)?$")


def _informs(c: str, ctx: Context) -> bool:
    """A fact pattern, unless it is the client's own count said back ("90 days is still 90
    days" after "I relapsed after 90 days"): an echo tells the client nothing new."""
    return any(m.group(0) not in ctx.last_client.lower() for m in P.INFORM.finditer(c))


def _affirms(c: str) -> bool:
    """AFFIRM matches that are not negated or hypothetical ("it's not a big deal", "if you
    keep it up you'll...", "you want to know if one or two is a big deal")."""
    for m in P.AFFIRM.finditer(c):
        prefix = re.split(r"[,;:]", c[: m.start()])[-1]  # negation in the same phrase only
        prefix = re.sub(r"\bnot \w+ing\b", "", prefix)  # "not wanting to pressure her speaks well..."
        if m.group(0).startswith("good for") and re.search(r"\b(?:would|could|might|will|'d|'ll) be(?: \w+)?\s*$",
                                                           prefix):
            continue  # "AA would be really good for you" recommends, it does not praise
        if not _AFFIRM_BLOCK.search(prefix.replace("n't", " n't")):
            return True
    return False


def _insult(c: str) -> bool:
    """"You're a loser" is confront; "you feel like you're a failure" reflects self-talk."""
    m = P.INSULT.search(c)
    return bool(m) and not _SELF_TALK.search(c[: m.start()]) and not re.search(
        r"\bnot\s*$", c[: m.start() + m.group(0).find(" a")])


def _rhetorical_so(clause: Clause, c: str) -> bool:
    """"So it's her fault you drink?": a disapproving rhetorical question."""
    return clause.question_mark and bool(re.search(r"\bso$", clause.lead)) and bool(
        P.RHETORICAL_SO.match(c))



def _disagree_lead(clause: Clause, c: str, ctx: Context) -> bool:
    """"Sure, but the doctor said quit": a "yeah, but" opener on a statement that argues
    rather than reflects (no "part of you", no feeling, no question)."""
    if not P.DISAGREE_LEAD.search(clause.lead) or clause.question_mark:
        return False
    if P.DOUBLE_SIDED.search(c) or feeling_stems(c) - WEAK_FEELINGS or P.REFLECT_OPENER.match(c) \
            or re.match(
            r"^(?:i|i'm|i've|i'd|we|let's)\b", c):
        return False
    return not P.YOU_STATE_VERBS.match(c)


# The client's own thought or fear, handed back: "some days you think you should've gone with
# him", "you're worried you'll lose your job if you take time off".
_CLIENT_THOUGHT = (r"(?:you|part of you) (?:still |sometimes |really |don'?t |do not |didn'?t )?(?:think|"
                   r"thinks|thought|feel|feels|felt|believe|believed|keep thinking|kept thinking|wonder if|"
                   r"wondered if|tell yourself|told yourself|blame yourself)(?: that)?|"
                   r"(?:you'?re|you are) (?:so |really )?(?:worried|scared|afraid|terrified|convinced)(?: that)?")
_THOUGHT_BEFORE = re.compile(rf"\b(?:{_CLIENT_THOUGHT})\W*$")
# "...and tell her you were wrong to snap": words handed to the client to say are no verdict
# Someone else's view the trainee reports ("while your mum thinks you're fine", "She thinks you might
# have ADHD"): words in it are not the trainee's own (probe V)
_THEIR_VIEW = "thinks|believes|reckons"
_REPORTED = re.compile(r"\b(?:hearing|being told|told|tells you|telling you|they say|says|saying|"
                       rf"{_THEIR_VIEW}|suspects|"
                       r"tell (?:her|him|them|people|everyone|your \w+)|"
                       rf"feel like|feels like|feeling like|like|{_CLIENT_THOUGHT})\W*$|"
                       # how others treat the client: "If a doctor treats you like a drug seeker..."
                       r"\b(?:treats?|treated|treating|looks? at|looked at|sees?|saw) (?:you|them|us|people) "
                       r"(?:(?:like|as) (?:a|an|the|some)?)?\W*$")


# "Sounds like you're drug seeking": the trainee's own guess, not a report of others' words
_OWN_GUESS = re.compile(r"\b(?:sounds?|seems?|looks?) like\W*$")
# "...saying you're 'treatment resistant'": the words between the reporting verb and the label
_REPORTED_SUBJECT = re.compile(r"(?:\b(?:you(?:'re| are| were)?|it'?s|it is|that|he'?s|she'?s))?\W*$")


def _said_by_the_trainee(c: str, *patterns: Alternation,
                         reported: re.Pattern[str] = _REPORTED) -> bool:
    """True when a pattern matches words the trainee says in their own voice, not words they
    report: "That stings, hearing it's your fault" and "Your doctor keeps saying you're
    'treatment resistant'" reflect what the client is told."""
    for pattern in patterns:
        for m in pattern.finditer(c):
            before = _REPORTED_SUBJECT.sub("", c[: m.start()])
            if _OWN_GUESS.search(before) or not (reported.search(c[: m.start()])
                                                  or reported.search(before)):
                return True
    return False


_LABEL_WORD = re.compile(rf"\b(?:{LABEL_ALTERNATION}|non-?compliance|resistance)\b")


def _echoes_label(c: str, ctx: Context) -> bool:
    """"Treatment resistant. That's a heavy label to have stamped on you." after "They keep
    saying I'm treatment resistant": the client's own word for what they are called, said
    back (CODING_RULES label: echoing the client is a reflection). Not when the client had
    turned the word down ("I'm not an addict")."""
    client = ctx.last_client.lower()

    def echoed(m: re.Match[str], label_start: int) -> bool:
        stem = re.escape(m.group(0)[:7])
        return (m.group(0)[:7] in client and not re.search(rf"\b(?:not|never) (?:an? |that |so )?{stem}", client)
                and not _PREDICATED.search(c[: m.start()]) and not _ADOPTED.search(c[: m.start()])
                and not _ADOPTED.search(c[: label_start])
                and not c.startswith("once ", label_start)
                and not re.match(r"\W*(?:people|person|folks)\b", c[m.end():]))

    matches = list(P.LABEL.finditer(c))
    for label in matches:  # every label the patterns found must be an echo ("...like depression" is none)
        inside = [m for m in _LABEL_WORD.finditer(c) if label.start() <= m.start() < label.end()]
        if not inside or not all(echoed(m, label.start()) for m in inside):
            return False
    return bool(matches)


# The label said of the client, not echoed: "you are kinda treatment resistant", "as a bipolar
# person", "if you're an alcoholic", "you're being crazy"
_PREDICATED = re.compile(r"\b(?:you(?:'re| are| were| sound| seem)|as an?|if you'?re|like you)\b[^.,;]{0,20}$")
# The client's word taken up as the trainee's own verdict (probe LB): "yeah honestly that's a little
# crazy" after "am i crazy", "can come off as manipulative", "Some kids are just treatment
# resistant", "Once an alcoholic, always an alcoholic" (not "she said that's attention-seeking")
_ADOPTED = re.compile(
    r"^(?![^.;]*\b(?:said|says|say|called|calls|call|thinks|think|told|tells|wrote|writes|put|puts|keeps? saying|"
    r"word|label)\b)[^.;]*?(?:\b(?:that'?s|it'?s|is|are|was|were|come off as|comes off as|once an?)|^being)"
    r"(?: (?:a|an|the|just|really|so|totally|kinda|kind of|a little|a bit|honestly|definitely|probably|pretty|"
    r"literally))*\W*$")


_YOUR_MODAL = re.compile(
    r"\byou (have to|need to|got to|gotta|should|must|'?re supposed to|can'?t|cannot)\b")


def _echoes_obligation(c: str, ctx: Context) -> bool:
    """"You have to walk in Monday" after "I have to go turn myself in Monday", "not caring as
    much as you should" after "I don't care as much as I should", "you can't keep going like
    this" after "I can't keep going like this": the client's own obligation or limit handed
    back, not an order (dev8)."""
    m = _YOUR_MODAL.search(c)
    if not m:
        return False
    last = ctx.last_client.lower().replace("\u2019", "'")
    if m.group(1) in ("can't", "cant", "cannot"):
        # the client's own "I can't <verb>", same verb: "I can't keep going like this"
        verb = re.match(r"\s*(?:(?:just|even|really|ever)\s+)*(\w+)", c[m.end():])
        return bool(verb) and not re.search(r"\b(?:when|if|whenever)\s+$", c[:m.start()]) and bool(
            re.search(rf"\bi (?:just |even |really )?(?:can'?t|cannot) (?:(?:just|even|really|ever) )*"
                      rf"{re.escape(verb.group(1))}\b", last))
    if re.search(r"\b(?:though|anyway|just do|do what|too|also|as well|at it)\b", c):
        return False  # "You have to get a job though": the trainee sides with the demand
    if m.group(1) in ("should", "must") and c[m.end():].strip():
        return False  # "you should <verb>" in the trainee's mouth recommends; only a bare
        # "...as much as you should" hands the client's own words back
    own = [s for s in re.split(r"[.!?]+", last) if re.search(
        r"\bi (?:have to|need to|got to|gotta|should|must|'?m supposed to)\b", s)
        and not re.search(r"\b(?:says?|said|saying|wants?|told|tells|keeps)\b", s)]
    return bool(own) and (ctx.overlap(c[m.end():]) >= 1 or not c[m.end():].strip())


def _minimizes(c: str) -> bool:
    """A minimising phrase, unless it only leads into a command ("At least find something to
    counterbalance it", "Trust me, ditch your friends" push advice, they do not brush off) or is
    words reported ("Stop telling your wife you're fine")."""
    for m in P.MINIMIZE.finditer(c):
        if re.search(rf"\b(?:telling|tell|saying|say|said|told|{_THEIR_VIEW})(?: \w+){{0,3}} $", c[: m.start()]):
            continue  # reported words ("while your mum thinks you're fine")
        if m.group(0) in ("at least", "trust me") and re.search(r"(?:^|,)\s*$", c[: m.start()]) \
                and is_command(c[m.end():].lstrip(" ,")):
            continue
        if re.match(r"(?:everyone|everybody|we all|all of us|lots of people)\b", m.group(0)) \
                and re.search(r"\bmakes? (?:a lot of |total |complete |perfect |so much )?sense\b|\bno wonder\b|"
                              r"\bunderstandabl|\bof course\b", c[: m.start()]):
            continue  # "...makes total sense, lots of people feel that way": normalising after validating (CODING_RULES §2 minimize)
        return True
    return False


# What someone else will or usually does, a subject the verbs of a list share (probe IN): "They'll
# usually go over your conditions, check your address, and give you a schedule"
_SOMEONE_WILL = (r"^(?:they|he|she|we|the (?:judge|doctor|nurse|clinic|court|staff|officer|worker|counsell?or|"
                 r"pharmacist|team|program|landlord))(?:'ll| will| would|'d| usually| normally| typically)"
                 r"(?: (?:usually|normally|typically|probably|also|just|then|first))* ")
_THEY_WILL = re.compile(_SOMEONE_WILL + r"\w+(?: \w+){2}")
# What happens next, told (probe IN): "They'll usually go over your conditions", "The judge will ask..."
_PROCESS = re.compile(_SOMEONE_WILL + r"(?:go over|check|ask|give you|send you|explain|review|schedule|look at|want to "
                      r"see|test you|drug test|set you up|assign)\b")
_PERSUASIVE_FACT = re.compile(r"^(?:(?:but|well|actually|honestly),? )*(?:studies (?:show|say|have shown)|research (?:shows|says|"
                              r"has shown)|the research (?:shows|says)|statistically|there'?s (?:good |a lot of |strong )?evidence "
                              r"(?:that|for))\b")
_DECLINED = re.compile(r"\b(?:isn'?t|is not|not) (?:really )?(?:my thing|for me)\b|\bi (?:don'?t|do not|won'?t|will not) "
                       r"(?:want|need|do|take|go)\b|\bi'?m not (?:going|gonna|doing|taking|interested)\b|\bno way\b")
_REQUIREMENT = re.compile(r"^(?:you|u) (?:just |also |still |only |first |usually |normally )*(?:have to|need to|must|"
                          r"'?ll (?:have|need) to|will (?:have|need) to) (?:re-?register|register|sign|file|apply|fill|"
                          r"bring|show|pay|wait|be (?:off|on|over|under|at least|sober|clean)|submit|renew|present)\b|"
                          r"^(?:it|they|that|this) (?:can|could|may|might|will|does) (?:also )?help (?:with|you qualify)\b")
# the last piece of a clause after a comma, with its fillers: "Nobody cares about your teeth,
# just go", "He isn't worth it, dump him", "summer's coming, just push through" (dev3, dev6, dev7)
_AFTER_COMMA = re.compile(r",\s*(?:(?:just|and|so|then|lol|honestly|seriously|literally|now)\s+)*"
                          r"([a-z][^,]*)$")


def _command_after_comma(bare: str, ctx: Context) -> bool:
    """A command closing a clause after a comma, not an invitation or a comfort ("I'm here,
    reach out whenever", "you're doing great, keep going" are `IMPERATIVE_EXCEPT`)."""
    m = _AFTER_COMMA.search(bare)
    if not m or len(words(m.group(1))) < 2:
        return False  # "..., go." alone is often an echo or a cheer
    tail, head = m.group(1), bare[: m.start()]
    if re.search(r"\b(?:whenever|anytime|any time|if you (?:want|like|need))\b", tail):
        return False  # "I'm here, reach out whenever": an open door
    if re.match(r"^(?:so )?(?:part of you|you (?:want|wanted|need|needed|feel|felt|wish|hope))\b", head):
        return False  # "Part of you wants the real thing, clean all the way": what the client wants (probe P)
    if _THEY_WILL.match(head):
        return False  # "They'll usually go over your conditions, check your address": a list of what they do (probe IN)
    if re.search(r"\bto \w+$", head) or own_past_story(head) or re.match(
            r"^\w+ \w+ (?:is|are|was|were)\b", tail):
        # a list of verbs ("to isolate, stay inside"), a story ("I slipped, reset the counter"),
        # a noun that looks like a verb ("Not dumb at all, phone anxiety is so common")
        return False
    return (bool(P.IMPERATIVE.match(tail)) and is_command(tail, asked=ctx.advice_requested)
            and not P.IMPERATIVE_EXCEPT.match(tail) and not P.AUX_START.match(tail)
            and not P.MINIMIZE.search(tail) and not _echoes_own_plan(tail, ctx))


def _command_before_comfort(c: str) -> bool:
    """"Calm down, it's just a letter.", "Take a breath, it's probably nothing": a command, then
    the comfort that minimises; both are coded (probe PE). A comfort that is itself the command
    ("Don't worry, ...", "Just relax, ...") stays minimise only, and so do a way of looking at
    it ("Look at it this way, at least...") and a promise ("Give it another year and you won't
    feel a thing, trust me", dev12)."""
    head, comma, _ = c.partition(",")
    if re.match(r"(?:don'?t|do not|never|give it)\b", head):
        return False  # "Don't even trip, everybody relapse", "Give it time, he'll come around" (probes R, S)
    return bool(comma) and len(words(head)) <= 4 and not P.MINIMIZE.search(head) \
        and not head.startswith("look at it") and bool(P.IMPERATIVE.match(head)) \
        and is_command(head) and not P.IMPERATIVE_EXCEPT.match(head)


_OWN_PLAN = re.compile(r"\bi(?:'m| am) (?:gonna|going to|planning to)\b|\bi'?ll\b|\bi will\b|\bmy plan\b|"
                       r"\bi(?:'ve| have) decided to\b")


def _echoes_own_plan(command: str, ctx: Context) -> bool:
    """"So the plan is: call the clinic tomorrow and ask about the evening group." after "I'm
    gonna call the clinic tomorrow and ask about the evening group": the client's own plan said
    back, not an order (probe OC). Nearly every content word must be the client's."""
    stems = content_stems(command)
    return not re.match(r"(?:don'?t|do not|never)\b", command) and len(stems) >= 2 and bool(_OWN_PLAN.search(ctx.last_client.lower())) \
        and len(stems & ctx.client_stems) >= 0.75 * len(stems)


# The limits of confidentiality told (probe OC, probe IN): "The only exceptions are if you tell me
# you're going to hurt yourself", "the only time I'd share anything is if...": what the worker
# must do, not a threat about what the client does
_CONFIDENTIALITY = re.compile(r"\b(?:the only exceptions?|exceptions? (?:is|are|would be)|the only time i'?d|"
                              r"(?:stays|stay|kept) (?:with me|between us|in this room|confidential)|"
                              r"i'?d (?:have|need) to (?:share|tell someone|tell somebody|let someone know|break)|"
                              r"(?:they|she|he|i) (?:have|has|need|needs) to (?:tell|share|report)\b[^.!?]{0,40}\bif you\b)")


def _echoed_step_word(c: str, ctx: Context) -> bool:
    """"first place in ur own name, after everything..." after "first place in my own name ever":
    the client's words said back, not a first step ordered ("First, call him")."""
    m = re.match(r"^(first|then|next|now|finally) (\w+)\b", c)
    return bool(m) and f" {m.group(1)} {m.group(2)} " in f" {' '.join(words(ctx.last_client.lower()))} "


# "Well, that's disappointing." after "I relapsed on Friday" judges the client; after "I didn't get
# into the program" it is sympathy (probe W)
_DISAPPOINTING = re.compile(r"^(?:that'?s|that is|that was|it'?s|it was|you(?:'re| are| were)) (?:(?:pretty|really|so|"
                            r"very|just|kind of|kinda|a little|a bit) )*(?:disappointing|a disappointment)\b")
OWN_LAPSE = re.compile(r"\bi (?:just |kind of |kinda )?(?:relapsed|used|drank|slipped|picked up|missed|skipped|messed up|"
                        r"screwed up|lied|blew it|gave in)\b")


_ASKED_ABOUT = re.compile(r"\b(?:thought|think|thinking|considered|consider|considering) (?:about|of) (.+)")


def _asks_about_risk(c: str) -> bool:
    """What "Have you thought about...?" asks about names a risk ("...ending your life?")."""
    asked = _ASKED_ABOUT.search(c)
    return bool(asked) and names_risk(asked.group(1))


def _spliced_tail(c: str) -> str:
    """The sentence typed after a comma splice, where patterns that read a sentence from its start
    can see it: "u should see him, family is family", "u really should quit tho, next time it
    could be u" (probe M). Empty when there is no comma or only a word after it."""
    head, comma, tail = c.rpartition(", ")
    return tail if comma and len(words(tail)) >= 2 and len(words(head)) >= 2 else ""


_QUOTED_DENIED = re.compile(r"\b(?:isn'?t|is not|aren'?t|are not|not) ['\"]([^'\"]{2,40})['\"]")


def _denies_their_words(c: str, ctx: Context) -> bool:
    """"ok but 10 hours a day isn't 'feeling good at something' lol": the client's own words quoted
    back to deny them (probe P)."""
    m = _QUOTED_DENIED.search(c)
    if not m or re.search(r"\byou(?:'re| are)? not ['\"]", c):
        return False  # "You're not 'the crazy one'": the client's verdict on themself turned down
    return m.group(1).strip() in ctx.last_client.lower()


_CLAIMED_STATE = r"(?:ready|fine|okay|ok|good|done|cured|better|over it|in control|recovered|strong enough)"


def _denies_their_state(c: str, ctx: Context) -> bool:
    """"You're not ready." after "I feel ready": the client's own account of how they are
    overruled (CODING_RULES confront: disagreeing with the client's account; probe AU). Not
    "You're not a failure", which reassures."""
    m = re.match(rf"^(?:(?:but|honestly|look|no),? )*you(?:'re| are) (?:not|so not|clearly not|obviously not) "
                 rf"({_CLAIMED_STATE})\W*$", c)
    return bool(m) and bool(re.search(rf"\bi(?:'m| am| feel| think i'?m| think i am)(?: \w+)? {m.group(1)}\b",
                                      ctx.last_client.lower().replace("\u2019", "'")))


# "I keep thinking about what you said about...": the trainee's move in this conversation, said to
# come back to the client's words, is no story of their own (CODING_RULES §3; probe MU)
_BACK_TO_THEIR_WORDS = re.compile(P.BACK_TO_THEIR_WORDS)


def _own_confront(c: str) -> bool:
    return _said_by_the_trainee(c, P.CONFRONT, P.CONFRONT_MORE)


_BACK_TO = re.compile(r"^(?:back to|let'?s get back to|getting back to|let'?s go back to|going back to)\b")
def _well_you_did(clause: Clause, c: str) -> bool:
    """"Well, you did leave her for five years." / "Well, you knew going to a party with drinking was
    risky.": the client's own past laid at their door (probes PE, M)."""
    return clause.lead.endswith("well") and bool(re.match(
        r"^you (?:did|knew|chose|made|were the one|had (?:a )?choice)\b(?! (?:it|that|great|well|good|so well|your best|"
        r"what you could|everything|the right thing)\b)", c))


def _scoffed_praise(clause: Clause, c: str) -> bool:
    """"Oh, great plan." / "Wow, brilliant idea": praise said with a scoff. Plain "good plan" after
    the client's plan is an affirmation (`patterns.AFFIRM`)."""
    return bool(re.search(r"\b(?:oh|yeah|wow|sure|real)$", clause.lead) and not clause.text.endswith("!")
                and re.match(r"^(?:great|brilliant|genius|nice|smart|good) (?:plan|idea|move|thinking|one)\W*$", c))


# The client's own failure or lapse, told (probe AF, probe SG): praise after it is sarcasm
OWN_FAILURE = re.compile(r"\bi (?:just |kind of |kinda |totally |completely )?(?:relapsed|used again|drank again|slipped|"
                          r"messed up|screwed up|blew it|gave in|got (?:fired|arrested|kicked out|caught|written up|"
                          r"suspended|evicted|a dui)|overslept|failed|flunked|maxed out|crashed|lost (?:my|the|all)|"
                          r"missed (?:my|the|another|work|class|court)|spent (?:all|the|my))\b")
_PRAISE_ALONE = re.compile(r"^(?:good|great|nice|real|fine) (?:job|one|going|work|move|call)(?: there)?\W*$|^well done\W*$|"
                           r"^(?:smart|great|brilliant|genius) move\W*$|^way to go\W*$|^bravo\W*$|^(?:real |a )?proud "
                           r"moment(?: there)?\W*$|^what a (?:shock|surprise|shocker)\W*$|^(?:big )?shocker\W*$|"
                           r"^colou?r me (?:shocked|surprised)\W*$|^of course (?:you did|there was|it was|he did|she did|"
                           r"they did)\W*$|^and you were doing so well\b|^you were doing so well(?: too)?\W*$")
# Sarcasm in any context: "Oh good, because that always works out."
_SARCASTIC_LINE = re.compile(r"\bbecause that (?:always|usually) works out\b|\bwhat could (?:possibly )?go wrong\b|"
                             r"\bbecause that'?s (?:worked|working|gone) so well\b")


def _sarcasm_after_failure(c: str, ctx: Context) -> bool:
    """"Wow, good job." after "I got fired for being late again"; "Ugh, and you were doing so well
    too." after "I used again last night": praise for a failure mocks it (CODING_RULES §2 confront)."""
    bare = re.sub(r"^(?:(?:lol|lmao|haha|ha|wow|oh|ugh|well|yeah)\W+)+", "", c)
    return bool(_PRAISE_ALONE.match(bare)) and bool(OWN_FAILURE.search(ctx.last_client.lower()))


# The client's fear or distress, for cheer that brushes past it (narrower than
# `client_moves.DISTRESS`, the trouble that comes before a practical answer: "court", "using")
_FEARFUL = re.compile(r"\b(?:scared|afraid|terrified|frightened|not coping|can'?t cope|overwhelmed|don'?t know what to do|"
                      r"what if|freaking out|falling apart|can'?t do (?:this|it)|panick?(?:ing|ed)?|anxious|"
                      r"not (?:sure )?(?:i'?m )?cut out|hopeless|devastated|arrested|died|passed away|funeral|"
                      r"miscarriage|lost the baby|pushed (?:it|the hearing) (?:back|again)|too much|a failure|useless)\b")


def cheers_past_a_fear(parts: list[ClauseCode], cheer: re.Pattern[str], ctx: Context) -> bool:
    """Every spoken clause is generic cheer (`cheer`: `patterns.GENERIC_CHEER` here, `patterns.GOT_THIS`
    in scoring) and the client's last message voiced a fear: the cheer brushes past it (probes AF, SG)."""
    spoken = [p.clause.clean for p in parts if p.clause.clean]
    return bool(spoken) and all(cheer.match(c) for c in spoken) and bool(_FEARFUL.search(ctx.last_client.lower()))
_DEADLINE = re.compile(r"^you (?:have|get|'ve got) (?:\w+ ){1,2}(?:days|weeks|months|hours) to\b")
# A detail the client never gave, checked with a tag (probe T): a month or a day, how it was done
_UNGIVEN_DETAIL = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
                       r"nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"in person|by text|over text|on the phone|next week|tomorrow)\b")
_TYPED_TAG = re.compile(r"\b(?:right|yeah|yea|correct)$")
_THOUGH_END = re.compile(r"[,\s]+(?:though|tho)\W*$")


def _counter_claim(clause: Clause, c: str) -> bool:
    """"Two beers is still drinking, though." / "The 8:40 bus would've gotten you there,
    though.": a statement that ends on "though" answers the client's account with the
    trainee's counter-point. A feeling or a reflective opener makes it a two-sided
    reflection instead ("It's still hard, though")."""
    if clause.question_mark or not _THOUGH_END.search(clause.text.lower()):
        return False
    if feeling_stems(c) - WEAK_FEELINGS or P.REFLECT_OPENER.match(c) or P.DOUBLE_SIDED.search(c) \
            or P.AUTONOMY.search(c) or c.startswith("at least "):  # "Totally your call, though."
        return False  # "At least she had a long life, though" minimises; it argues nothing
    if len(words(c)) < 4 or re.match(r"^(?:you|you're|you've|i|i'm|i've|we|no idea|not sure|i don'?t know|might not)\b", c):
        return False  # "Three weeks, though." / "You haven't given up, though": strengths; "No idea
        # if that'd suit you, though": a tip held loosely
    return not _affirms(c)


# "Do it first thing tomorrow", "Do not...": "do" opening a command, not a question's auxiliary
# ("Do that many people relapse").
_DO_COMMAND = re.compile(r"do (?:not|it|that|this)\b(?! (?:many|much|kind|sort|people|you|they|he|she|"
                         r"we|i)\b)")


def code_clause(clause: Clause, ctx: Context) -> ClauseCode:
    """Codes of one clause (a thought unit). `other` is decided at utterance level."""
    c = clause.clean
    out = ClauseCode(clause)
    if not c:
        out.backchannel = True
        return out
    exclaimed = bool(P.AFFIRM_BARE.match(c)) and clause.text.rstrip().endswith("!") and clause.final_in_sentence \
        and bool(ctx.last_client) and not ctx.info_question
    if exclaimed:  # "Awesome!!" after "I ran my first 5k this morning" praises it (probe AF)
        out.codes.add("affirm")
        return out
    if P.BACKCHANNEL.match(c.rstrip("?")) or P.AFFIRM_BARE.match(c):
        out.backchannel = True
        return out
    codes = out.codes
    if P.SMALL_TALK.match(c):
        out.social = True
        return out
    social = bool(P.OTHER_SOCIAL.match(c))
    out.subject_change = bool(P.SUBJECT_CHANGE.match(c)) or bool(
        re.search(r"\b(?:anyway|anyways)\b", clause.lead)
    )
    back = _BACK_TO.match(c)
    if back and "anyway" not in clause.lead and content_stems(c[back.end():]) & ctx.history_stems:
        out.subject_change = False  # "Let's go back to Dale for a second": the client named him earlier

    if _said_by_the_trainee(c, P.LABEL) and not P.SELF_LABEL_ECHO.search(c) and not _echoes_label(c, ctx):
        codes.add("label")
    # "You're not overreacting." after "...says I'm overreacting. Maybe I am": the client's verdict
    # on themself argued away, which CODING_RULES §3 codes minimize, not a confrontation
    reassures = bool(_REASSURING_NO.match(c)) and _contradicts(c, clause, ctx)
    tail = _spliced_tail(c)
    if (_minimizes(c) and not _REPORTED_THOUGHT.match(c)) or reassures:
        codes.add("minimize")
    scoffed = _scoffed_praise(clause, c) or _sarcasm_after_failure(c, ctx) or bool(_SARCASTIC_LINE.search(c))
    if (_own_confront(c) or _SARCASTIC_LEAD.search(clause.lead) or scoffed or _well_you_did(clause, c)
            or (ctx.last_client and not ctx.info_question and _counter_claim(clause, c))  # no account to counter: informs
            or (P.SIDES_WITH_CRITIC.match(c) and bool(P.COMPLAINT.search(ctx.last_client.lower())))
            or _insult(c) or _rhetorical_so(clause, c) or _disagree_lead(clause, c, ctx)
            or (P.NO_LEAD.match(c) and not ctx.info_question)
            or ("minimize" not in codes and _contradicts(c, clause, ctx))
            or (not clause.question_mark and _own_confront(tail))
            or (_DISAPPOINTING.match(c) and OWN_LAPSE.search(ctx.last_client.lower()))
            or _denies_their_words(c, ctx) or _denies_their_state(c, ctx)):
        codes.add("confront")
        if scoffed:
            codes.discard("affirm")

    if ((_said_by_the_trainee(c, P.WARN, reported=_THOUGHT_BEFORE)
         or _said_by_the_trainee(tail, P.WARN, reported=_THOUGHT_BEFORE))
            and not _echoes_fear(c, ctx) and not _GUESSING.match(c) and not _CONFIDENTIALITY.search(c)):
        codes.add("warn")
    if _affirms(c):
        codes.add("affirm")
    if P.AUTONOMY.search(c) and not _WONDERS_IF_ALLOWED.search(c) and not re.search(
            r"\bif you\b[^,]{0,60}\byou don'?t have to\b", c):  # the client's own logic (probe S)
        codes.add("emphasize_autonomy")
    permission = bool(P.PERMISSION.search(c))
    if permission or P.COLLAB.search(c):
        codes.add("seek_collaboration")
    if (P.SELF_DISCLOSE.search(c) or own_past_story(c)) and not _BACK_TO_THEIR_WORDS.match(c) \
            and not P.SUBJECT_CHANGE.match(c):
        codes.add("self_disclose")
    if _informs(c, ctx) or P.NAMES_IT.search(c) or _CONFIDENTIALITY.search(c) or _PROCESS.match(c):
        codes.add("inform")
    own_view = bool(_OWN_VIEW.search(c))
    reflects_obligation = _echoes_obligation(c, ctx) or not _OWN_MODAL.match(c) and (
        bool(_FEEL_YOU.search(c)) or bool(_THINKING_OF.match(c))
        or (bool(_OTHERS_DEMAND.search(c)) and not own_view)
        or bool(P.REFLECT_OPENER.match(c) and re.search(r"\bfeel", c))
    )
    explicit_direct = False
    if not reflects_obligation:
        if P.ADVISE.search(c) or modal_suggestion(c) or own_choice(c):
            codes.add("advise")
        if _said_by_the_trainee(c, P.DIRECT, reported=_THOUGHT_BEFORE):
            codes.add("direct")
            explicit_direct = True
    if "advise" in codes and (clause.question_mark or P.AUX_START.match(c)) and _asks_about_risk(c):
        # "Have you thought about ending your life?" asks directly about suicide, as trainers
        # teach; it recommends nothing (probe N: it was coded advice and the cue flagged missed)
        codes.discard("advise")
    bare = P.TAG_TAIL.sub("", c).strip() if clause.question_mark else c
    command = P.IMPERATIVE_LEAD.sub("", bare, count=1)  # "If so, picture yourself..." -> the verb
    imperative = (
        is_command(bare, asked=ctx.advice_requested)
        and not (P.AUX_START.match(command) and not _DO_COMMAND.match(command))
        and not P.IMPERATIVE_EXCEPT.match(command)
        and (not clause.question_mark or bare != c)
        and "minimize" not in codes
        and not re.match(r"^don'?t be (?:scared|afraid|sad|nervous|upset|ashamed|embarrassed)", command)
        and not re.match(r"^\w+,\s*\w+ing\b", c)  # a list of nouns, not a command
        and not (len(words(c)) == 1 and c in set(words(ctx.last_client)))  # "Sleep." echoes
        and not _echoed_step_word(c, ctx)
        and not _echoes_own_plan(command, ctx)
    )
    if not imperative and not codes & {"minimize", "emphasize_autonomy"} and not clause.question_mark:
        imperative = _command_after_comma(bare, ctx)
    if not imperative and "minimize" in codes and not clause.question_mark:
        imperative = _command_before_comfort(c)
    if imperative:
        if re.match(r"^(?:just |maybe |so )?(?:try|consider)\b", command):
            codes.add("advise")
        else:
            codes.add("direct")

    if permission:
        # "Would it be okay if I share what will happen if you don't charge your battery?" asks
        # before telling: the consequence is offered, not yet warned of (AnnoMI)
        codes -= {"self_disclose", "warn"}
        if clause.question_mark:
            codes.discard("inform")  # "Would it be alright if I told you a bit about naloxone?" offers it
        if clause.question_mark and _OFFERS_IDEA.search(c):
            codes.discard("advise")  # "Would you be open to hearing an idea a lot of folks use?" offers it
        if not re.search(r"\b(?:choice|decide|decision|up to you|your call)\b", c):
            codes.discard("emphasize_autonomy")  # "...if you want" belongs to the offer
    if social:
        codes.discard("inform")  # "We have about fifteen minutes left." structures the session
    elif not codes and (P.WHAT_SOME_DO.match(c) or P.YOUR_OPTIONS.match(c)):
        codes.add("inform")  # "Most banks can put a gambling block on debit cards now"
    elif not codes and not set(clause.lead.split()) & {"so", "and", "but"} and _is_generic_fact(
            c, ctx):
        codes.add("inform")
    if ctx.info_question and P.SHORT_ANSWER.match(c):
        codes.add("inform")  # "There is." answers "Is there a group...?"
        return out
    if clause.question_mark and P.CHECK_AGREE.match(c.rstrip("?").strip()):
        out.check_agree = True
        return out
    if re.match(r"^(?:have|did) you (?:ever )?heard? (?:of|about)\b", c):
        codes.add("inform")  # "Have you heard of Suboxone?" introduces information
        permission = True
    qtype = None if permission else question_type(c, clause.question_mark, clause.final_in_sentence)
    if permission and not clause.question_mark and re.match(r"^(?:would|will|is|can|could|may|might|do you mind|"
                                                             r"would you mind)\b", c):
        # "Would it be okay if I shared what can happen if you don't take it." asks in question
        # grammar where the transcript dropped the mark (CODING_RULES §2.1)
        codes.add("closed_question")
    if qtype == "closed?":  # colloquial question without its auxiliary
        qtype = None if ctx.overlap(c) else "closed"
    if qtype is None and clause.question_mark and clause.final_in_sentence and _asks_new_fact(
            c, clause, ctx):
        qtype = "closed"  # "You drink every day?" / "You're still at the shop, right?"
    if qtype and clause.continues_question:
        qtype = None  # "What brings you in, or was it her idea?": one open question

    # --- conflict resolution inside the clause (CODING_RULES §2) ---
    if qtype and "affirm" in codes and not P.WH_OPEN.match(c):
        codes.discard("affirm")  # "Have you reached out to them?" asks, it does not affirm
    if (not qtype and clause.text.endswith("!") and len(c.split()) <= 4 and not codes and not social
            and not _WISH.match(c) and not _EXCLAIMED_FEELING.match(c)
            and not feeling_stems(c) - WEAK_FEELINGS):
        codes.add("affirm")  # "Forty days!" / "First paycheck!", not "That sounds so humiliating!"
    if _SHOULD_BE.match(c) and "proud" in ctx.last_client.lower():
        codes -= {"advise", "direct"}  # "I'm kind of proud I made it." / "You should be."
        codes.add("affirm")
    if "affirm" in codes and P.PRAISE_NOT_ORDER.search(c):
        codes.discard("advise")
        codes.discard("direct")
    if "warn" in codes:
        codes.discard("advise")
        codes.discard("direct")
        codes.discard("self_disclose")
        codes.discard("seek_collaboration")  # "Do you want the court to take your visits?" threatens
    out.bare_imperative = "direct" in codes and not explicit_direct
    if "direct" in codes and "advise" in codes:
        # An advice frame said as an imperative ("Don't get your hopes up", "Try...") stays
        # advice; a "you need to" command with a suggestion in it is direct.
        codes.discard("direct" if _SOFTENER.search(c) or not explicit_direct else "advise")
    if "confront" in codes and "affirm" in codes:
        if re.match(r"^(?:that'?s|that is|it'?s) not (?:true|right)\b", c):
            codes -= {"confront", "affirm"}  # "That's not true, you've done so much": reassurance
            codes.add("minimize")
        else:
            codes.discard("affirm")  # "That's a great way to get discharged." is sarcasm
    if _PERSUASIVE_FACT.match(c) and _DECLINED.search(ctx.last_client.lower()) and not codes & MI_NON_ADHERENT:
        # "Studies show people who exercise regularly are less likely to relapse." after "Exercise
        # just isn't my thing": a fact chosen to move them (CODING_RULES §2 advise; probe IN)
        codes.discard("inform")
        codes.add("advise")
    if ctx.info_question and not ctx.advice_requested and codes & {"advise", "direct"} and _REQUIREMENT.match(c):
        # "Can I vote now that I'm out?" / "...You just have to re-register.": what the rules
        # require, or what a thing does, in answer to their question (probe IN)
        codes -= {"advise", "direct"}
        codes.add("inform")
    if "advise" in codes or "direct" in codes or "warn" in codes:
        codes.discard("inform")
    if codes & MI_NON_ADHERENT and re.search(r"\byou don'?t have to\b", c):
        codes.discard("emphasize_autonomy")  # "you don't have to get defensive" (probe P)
    if qtype and re.match(r"^(?:what|where|when|how|why|who|which)\b", c) and not _ADVICE_QUESTION.match(c):
        codes.discard("direct")  # "Where do you need to get to?" asks about their obligations
    asks_anyway = not clause.question_mark and bool(_ASKED_WITHOUT_MARK.match(c))
    if "confront" in codes and qtype and not asks_anyway:
        qtype = None  # "why would you...?": confront here; _voiced_questions adds the question
    if qtype and not permission:
        codes.discard("inform")  # "Did they give you the trazodone?" asks, it does not inform
    if qtype == "open" and "advise" in codes and not _ADVICE_QUESTION.match(c):
        codes.discard("advise")  # "Who else could you call?" asks, it does not advise
    if "direct" in codes and _CONDITIONAL_MUST.search(c) and not P.IMPERATIVE.match(c):
        codes.discard("direct")  # "since you have to be here anyway, ..."
    if ("advise" in codes or "direct" in codes) and qtype and not asks_anyway:
        qtype = None  # "Have you thought about going to AA?": advice here, asked by _voiced_questions
    if "emphasize_autonomy" in codes and "inform" in codes:
        codes.discard("inform")
    if "advise" in codes and ctx.info_question and re.match(
            r"^(?:a lot of|lots of|most|many|plenty of) (?:people|folks) (?:do|have|bring|go|did)(?: that| it)?\W*$", c):
        codes.discard("advise")  # "Yes, you can bring your own pillow... A lot of people do.": the answer goes on
        codes.add("inform")
    if "emphasize_autonomy" in codes and "advise" in codes and re.search(P.LEFT_TO_THEM, c):
        codes.discard("advise")  # "you can always come back to it" leaves it to them (probe AU)
    if "self_disclose" in codes and "inform" in codes:
        codes.discard("inform")
    if qtype == "open":
        codes.add("open_question")
    elif qtype == "closed":
        codes.add("closed_question")

    # --- reflections: declaratives (or declaratives with "?") about the client ---
    blocking = codes & {
        "advise", "direct", "warn", "confront", "label", "affirm", "self_disclose", "inform",
        "minimize", "emphasize_autonomy", "open_question", "closed_question",
        "seek_collaboration",
    }
    if "affirm" in codes and (P.REFLECT_OPENER.match(c) or (
            "so" in clause.lead.split() and re.match(r"^(?:you|you're|you've|you'd)\b", c))):
        # "It sounds like you're really committed to that." / "So you're willing to try it.":
        # praise said as a restatement is a reflection as well
        blocking = blocking - {"affirm"}
    wonder_reflect = bool(re.match(r"^(?:i wonder if|i'?m wondering if) (?:you|part|it|that|there'?s)\b", c)) \
        and not P.CAN_YOU_OPEN.search(c[c.find("if") + 3 :])
    if wonder_reflect:
        codes.discard("closed_question")
        blocking = blocking - {"closed_question"}
    if not blocking and not social and not out.subject_change and not clause.continues_question:
        strength = reflection_strength(c, clause, ctx)
        # after a bare "Yeah, please." nothing the client said is mirrored: it delivers
        delivers = ctx.assent_only and not ctx.permission_granted  # granted: advice with permission
        answer_limit = 1 if delivers else DEFAULT_STRENGTH
        # "Yes, it's still Thursdays at seven": a yes or a no opens the answer to their question (probe SC)
        if ctx.info_question and (re.search(r"\b(?:yes|yeah|yep|yup|nope|no)$", clause.lead) or _DEADLINE.match(c)
                                  or ctx.answers_earlier_question) \
                and not feeling_stems(c) - WEAK_FEELINGS:
            answer_limit = 2  # "...You have thirty days to file it in writing."
        if (ctx.info_question or delivers) and strength <= answer_limit and not ctx.advice_requested and len(
                c.split()) >= 3 and not clause.question_mark and not FIRST_PERSON.search(c) \
                and not re.match(r"^let(?:'s| me)\b", c):
            # An answer to the client's own question gives information (CODING_RULES inform), or
            # tells the trainee's own life when that is what was asked ("Do you ever still want to
            # drink?" / "Sometimes. Nine years in, and a bad day can still bring it up.")
            codes.add("self_disclose" if ctx.asks_trainee else "inform")
            out.answer = True
            strength = 0
        out.reflect_strength = strength
        if strength:
            kind = "complex" if is_complex(clause.text, c, ctx, clause.start <= 3) else "simple"
            codes.add(f"{kind}_reflection")
    elif not social and "self_disclose" not in codes and (
        "inform" in codes and P.VALIDATING.search(c)
    ):
        codes.add("complex_reflection")
    if P.PRAISES_PLAN.match(c):
        out.drop_reflection()  # "sounds like a good idea!" praises the plan, it reflects nothing
    out.social = social
    return out


_SETBACK = re.compile(r"\b(?:back to|again|another|so much for|there goes|square one|day one|start over|"
                      r"all over)\b")
_PRAISE_WORD = re.compile(r"^(?:great|perfect|wonderful|fantastic|terrific|awesome|nice|lovely|brilliant)$")


def _thanks_before_praise(part: ClauseCode, parts: list[ClauseCode]) -> bool:
    """"Thank you for telling me. I know it's not easy to say that out loud.": thanks with the
    effort named after it is one affirmation (CODING_RULES other: thanks alone is `other`)."""
    return bool(re.match(r"^thank(?:s| you)\b", part.clause.clean)) and any(
        "affirm" in p.codes and p.clause.sentence_index == part.clause.sentence_index + 1 for p in parts)


# A menu of options, then the choice handed to the client (probe AU): "Some people start with a peer
# group, some with a counselor... What sounds like it might fit you?", "There are a few ways people do
# it: in person, a letter, or bringing someone along. Which ones, if any, feel possible?"
_MENU = re.compile(r"\b(?:some (?:people|folks|families|parents|students|guys|of them)|others|other (?:people|folks)|"
                   r"some (?:use|try|find|go|do|call|change|plan|stay|just|with|by|prefer|start)|there are (?:a few|several|a couple of|some|"
                   r"different) (?:ways|options|things|routes)|a (?:few|couple of) (?:options|ways|ideas|routes))\b")
_WHICH_FITS = re.compile(
    r"(?:\b(?:what|which)\b[^.?!]{0,40}\b(?:sounds?|feels?|seems?|fits?|could work|works|possible|doable|worth "
    r"trying|like you|right for you|might help|would help|gut)\b|\bany of (?:those|these|that|them)\b|\bdoes (?:any|anything)\b[^.?!]{0,20}\b"
    r"(?:sound|feel|seem)|\bwhat do you (?:think|make of)\b|\bor something else\b)[^.?!]*\?\s*$")


def menu_offered(utterance: str) -> bool:
    low = normalize(utterance).lower()
    menu = _MENU.findall(low)
    return bool(_WHICH_FITS.search(low)) and (len(menu) >= 2 or any(m.startswith(("there are", "a ")) for m in menu))


def _sarcastic_praise(parts: list[ClauseCode]) -> None:
    """"Oh great, so now we're back to day one.": praise words opening a setback are sarcasm."""
    for prev, part in zip(parts, parts[1:], strict=False):
        if (_PRAISE_WORD.match(prev.clause.clean) and prev.clause.sentence_index
                == part.clause.sentence_index and re.search(r"\b(?:oh|well)\b", prev.clause.lead)
                and _SETBACK.search(part.clause.clean)):
            part.drop_reflection("affirm")
            part.codes.add("confront")


def _client_share(text: str, ctx: Context) -> float:
    """The share of the words of `text` that the client's last turn holds (0 for no words)."""
    toks = words(text)
    client = set(words(ctx.last_client))
    return sum(t in client for t in toks) / len(toks) if toks else 0.0


def _incredulous_echo(parts: list[ClauseCode], ctx: Context) -> None:
    """"Not ready? You've been smoking for twenty years." / "Everybody does that? Come on.":
    the client's words thrown back as a short question, then a counter-statement = confront."""
    if len(parts) < 2 or not ctx.last_client or ctx.info_question or ctx.advice_requested:
        return
    first = parts[0]
    if (not first.clause.question_mark or not 1 <= len(words(first.clause.clean)) <= 4
            or first.clause.sentence_index != 0 or _client_share(first.clause.clean, ctx) < 0.75):
        return
    rest = [p for p in parts if p.clause.sentence_index == 1]
    if not rest or sum(len(p.clause.clean.split()) for p in rest) < 3 or any(p.clause.question_mark or p.backchannel or p.codes & {
            "affirm", "open_question", "closed_question", "emphasize_autonomy", "self_disclose",
            "inform", "seek_collaboration"} or _clear_reflection(p.clause.clean) for p in rest):
        return
    first.drop_reflection("open_question", "closed_question")
    first.codes.add("confront")
    for p in rest:
        p.drop_reflection()


def _echoes_fear(c: str, ctx: Context) -> bool:
    """"You don't want to end up where he ended up" after "I don't want to be like my dad", "Scared
    you'll lose your mates" after "I'm scared that if I stop drinking I won't have any mates left":
    the client's own fear said back, not a warning."""
    client = ctx.last_client.lower()
    claim = _WORSE_CLAIM.search(c)
    return (c.startswith(("you don't want", "you do not want")) and bool(
        re.search(r"\bi (?:don'?t|do not|really don'?t) want\b", client))) or bool(
        _FEAR_LEAD.match(c) and _FEAR.search(client)) or bool(claim and claim.group(0) in client)


# "Talking makes it worse for you" after "Talking about it just makes it worse": the client's own
# claim said back (probe P), not a consequence the trainee foretells
_WORSE_CLAIM = re.compile(r"\bmakes? (?:it|things|everything) (?:so much |a lot |way )?(?:worse|harder)\b")


_FEAR_WORDS = r"(?:scared|afraid|worried|terrified|frightened)"
_FEAR = re.compile(rf"\b{_FEAR_WORDS}\b")
_FEAR_LEAD = re.compile(rf"^(?:so |and )?(?:you'?re |you are )?(?:really |so )?{_FEAR_WORDS}\b")
# A guess at what is going on, offered as one: "I wonder if there's something about being around
# him that makes it harder" reflects; it warns of nothing.
_GUESSING = re.compile(r"^(?:i wonder|i'?m wondering|maybe|part of you|it sounds like|sounds like)\b")


_INCREDULOUS = re.compile(r"^(?:seriously|are you serious|you'?re (?:kidding|joking)(?: me)?|come on)$")


def _incredulity(parts: list[ClauseCode], ctx: Context) -> None:
    """"Seriously? The rent money?": disbelief, then the client's own words thrown back as a
    question, scolds (CODING_RULES confront). A lone "Seriously?" is a continuer."""
    if len(parts) < 2 or not ctx.last_client or not parts[0].clause.question_mark:
        return
    first, echo = parts[0], parts[1]
    if (_INCREDULOUS.match(first.clause.clean.rstrip("?")) and echo.clause.question_mark
            and 1 <= len(words(echo.clause.clean)) <= 6 and _client_share(echo.clause.clean, ctx) >= 0.6
            and not any("affirm" in p.codes for p in parts)):  # "Are you serious? Birch? That's so good."
        first.codes.add("confront")
        echo.drop_reflection()


# "yeah i have, twice actually", "I did", "Yes, I still go": the trainee's own answer opens
_OWN_ANSWER = re.compile(r"^(?:(?:yes|yeah|yep|yup|sure|honestly|sometimes|once|twice),? )*(?:i|i'?ve|i'?m|me|my)\b")
_TO_CLIENT = re.compile(r"\b(?:you|your|yours|yourself)\b")


# a greeting, not "Hey, relapse is part of recovery!" (an attention-getter): "Hey Dana", "Hey there"
_GREETING = re.compile(r"^\W*(?:(?i:hi|hello|hiya|howdy|good (?:morning|afternoon|evening))\b|(?i:hey),? (?:(?i:there)\b(?!'s|'re| is| are)|"
                       r"[A-Z][a-z]+\b(?!')))")


def _answers_about_self(parts: list[ClauseCode], ctx: Context) -> None:
    """"Have u ever relapsed?" / "yeah i have, twice actually. it was rough. whats got u asking?":
    asked about their own life, the trainee's first-person answer and the statements that go on
    with it (until one turns to the client or asks) tell their own story: self-disclosure, not
    a reflection of the client (probe M)."""
    if not ctx.asks_trainee or not parts or not _OWN_ANSWER.match(parts[0].clause.clean):
        return
    for part in parts:
        c = part.clause.clean
        if part.clause.question_mark or _TO_CLIENT.search(c) or part.codes & QUESTIONS:
            break
        part.drop_reflection("inform")
        part.codes.add("self_disclose")


def _reassurance(parts: list[ClauseCode]) -> None:
    """"That's not true, you've done a lot of good things.": arguing with the client's
    self-criticism in order to reassure is `minimize` (CODING_RULES), not confront + affirm."""
    contradicts = [p for p in parts if "confront" in p.codes and re.match(
        r"^(?:that'?s|that is|it'?s) not (?:true|right)\b", p.clause.clean)]
    praises = [p for p in parts if "affirm" in p.codes]
    if contradicts and praises and not any(
            "confront" in p.codes for p in parts if p not in contradicts):
        for p in contradicts + praises:
            p.codes -= {"confront", "affirm"}
        contradicts[0].codes.add("minimize")


def _clear_reflection(c: str) -> bool:
    return bool(P.REFLECT_OPENER.match(c) or P.VALIDATING.search(c) or P.DOUBLE_SIDED.search(c)
                or P.MUST_BE.search(c) or P.THIRD_STATE.match(c) or feeling_stems(c) - WEAK_FEELINGS
                or _YOU_FEEL.match(c))


# "You're feeling good and the meds feel unnecessary." names the client's state, whatever follows.
_YOU_FEEL = re.compile(r"^(?:so )?you(?:'re| are)? (?:feeling|feel|felt)\b")


# "no", "okay" and "yeah" are a tag only after a comma: "Have you tried telling him no?" asks.
_SOFT_TAG = re.compile(r"(?:,\s*|\s+)(?:right|huh|you know|correct|you know what i mean|"
                       r"you think|don'?t you think|do you think|would you say)\s*\?+[\"')]*$|"
                       r",\s*(?:yeah|okay|ok|no)\s*\?+[\"')]*$")
_FILLER_QUESTION = re.compile(r"^(?:\w+\W*)?(?:yeah|yes|right|okay|ok|no|huh|hmm|really|you know|"
                              r"sure|or|and|so|mm-?hmm|uh-?huh|is that right|correct)?\W*$")


def _voiced_questions(parts: list[ClauseCode]) -> None:
    """A sentence the trainee ends with "?" asks something, whatever else it does: "So you're
    not proud of finishing a bottle?" is a reflection *and* a closed question, "You don't want
    that to happen, do you?" a warning and a question. Expert coders of real transcripts
    (AnnoMI) mark these as questions; our coding rules follow them (CODING_RULES §2.1).
    A bare "Yeah?" or "Right?" prompt is a backchannel, not a question."""
    by_sentence: dict[int, list[ClauseCode]] = {}
    for part in parts:
        by_sentence.setdefault(part.clause.sentence_index, []).append(part)
    for group in by_sentence.values():
        last = group[-1]
        if not last.clause.question_mark or any(p.codes & QUESTIONS for p in group):
            continue
        if any(p.check_agree for p in group):
            continue
        if _SOFT_TAG.search(last.clause.text.lower()):
            continue  # "..., right?" checks in; the statement decides the code
        text = " ".join(p.clause.clean for p in group).strip()
        echo = any(p.codes & REFLECTIONS for p in group)
        if not text or (_FILLER_QUESTION.match(text) or len(words(text)) < 2) and not echo:
            continue  # "Stuck?" after "I just feel stuck" is an echo asked back (probe U)
        asked = next((p for p in reversed(group) if p.clause.clean), last)
        kind = question_type(asked.clause.clean.rstrip("?") + "?", True, True)
        asked.codes.add("open_question" if kind == "open" else "closed_question")
        if asked.reflect_strength < 2 and (re.search(r"\bor\b", text) or len(words(text)) <= 3 and re.search(
                r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a few|a couple|"
                r"how|much|many|every|each|per|a (?:day|week|night|month))\b", text)):
            # "One?" / "Seven a week or a day?" checks a fact or offers a choice; "A burden?" echoes
            asked.drop_reflection()


# "Could you tell me...", "Maybe you could walk me through...": a request to tell is a question.
_ASKER = (r"(?:so |and |maybe |perhaps )*(?:you could|(?<=maybe )you can|(?<=perhaps )you can|"
          r"could you|can you|would you|will you|"
          r"why don'?t you|why don'?t we|if you could|if you'?d)")
_TELL_VERB = (r"(?:just |maybe |please )?(?:start by )?(?:just )?(?:having you )?"
              r"(?:tell|telling|remind|fill|filling|walk|walking) me\b")
# "I guess I'm wondering", "So I was just wondering", "I just wonder": who is wondering.
_WONDER = (r"(?:i guess |i think |so |and )?(?:i'?m |i am |i was |i'?d be |i )?(?:just |kind of |sort of |"
           r"really |also )*(?:wondering|curious|wonder|wondered)")
_EMBEDDED_OPEN = re.compile(
    r"^(?:" + _WONDER + r",? "
    r"(?:about |what|how|why|where|when|who|which)|"
    r"(?:(?:" + _ASKER + r" )?" + _TELL_VERB + r")|"
    r"(?:i'?d (?:like|love) to|i want to|i wanna|i'?m interested to|i'?d be interested to|help me) (?:hear|know|find out|"
    r"understand|learn)\b(?:.*\b(?:about|what|how|why|where|when|more)\b)|"
    # "I'm interested in what your thoughts are", "I was wondering if you can tell me a little more
    # about that" (AnnoMI): a request to hear, put as a statement
    r"(?:i'?m |i am |i'?d be )?(?:really |very |just |also )?interested in (?:what|how|why|hearing|knowing|"
    r"your (?:thoughts|take|view|sense|ideas))\b|"
    + _WONDER + r",? (?:if|whether) you (?:can|could|would|'d|might|'d be willing to|would be willing to) "
    r"(?:tell|say|share|talk|describe|walk|explain|help me understand)\b)"
)
_EMBEDDED_CLOSED = re.compile(
    r"^" + _WONDER + r",? (?:if|whether) "
    r"(?:we|i|it would|that would|there|you'?d be|you would|you might be willing|you could|you can|you had|"
    r"you have|you'?ve got|you'?ve (?:talked|spoken|told|tried|thought|been|had|\w+ed)|they|he|she|your "
    r"\w+|anyone|anybody|someone|somebody)\b"  # "I wonder if they've picked up on anything" (probe U)
)


_TELL_ME = re.compile(r"^" + _ASKER + r" " + _TELL_VERB)
# "I mean that's, you know, tell me about when you were diagnosed": a request to tell about
# something, after a false start, is still the question of the turn.
_TELL_ABOUT = re.compile(
    r"(?:^|,\s*|\b(?:so|and|but|now|well|okay|um|uh)\s+)(?:just |maybe |please )?"
    # "come back and tell us how it went" asks for news later, not an answer now
    r"(?<!come back and )(?<!come back & )(?:tell (?:me|us)|talk me through|say (?:something |a little |a bit |some )*more)"
    r"(?: (?:a little|a bit|little|bit|more|something|some|again))* "
    r"(?:about|what|how|why|when|where|who|whether|if)\b"
)


def _embedded_questions(parts: list[ClauseCode]) -> None:
    """Questions asked as statements: "Tell me about your week", "I'm wondering what that was
    like", "Maybe you could tell me how much you drank", "I wonder if we could look at...".
    MITI codes them by function: they invite the client to answer."""
    for part in parts:
        c = part.clause.clean
        if _TELL_ME.match(c):  # "Maybe you could tell me..." asks; it advises nothing
            part.codes -= {"advise", "direct"}
        if part.codes & QUESTIONS:
            continue
        if _TELL_ABOUT.search(c):
            part.drop_reflection("direct")
            part.codes.add("open_question")
        elif part.codes & MI_NON_ADHERENT:
            continue
        elif _EMBEDDED_OPEN.match(c):
            part.drop_reflection()
            part.codes.add("open_question")
        elif _EMBEDDED_CLOSED.match(c):
            part.codes.add("closed_question")


_CUT_END = re.compile(r"(?:-|\u2014|\u2013|--)\s*[\"')]*$")
_CUT_START = re.compile(r"^\s*(?:-|\u2014|\u2013|--)")


def _cut_off_fragments(utterance: str, parts: list[ClauseCode]) -> None:
    """Transcripts split a speaker's turn where the other person cut in: "So it sounds
    like-", "-to your meals and snacks." A few words broken off like that are not a
    reflection of their own (the statement they belong to is coded where it is whole)."""
    text = utterance.strip()
    if not parts or not (_CUT_END.search(text) or _CUT_START.match(text)):
        return
    if len(words(text)) <= 6:
        for part in parts:
            part.drop_reflection()
    elif _CUT_END.search(text) and len(words(parts[-1].clause.clean)) <= 4:
        parts[-1].drop_reflection()


def _general_sentences(parts: list[ClauseCode], ctx: Context) -> None:
    """"CBT for health anxiety has good evidence behind it, and alot of therapists do it online
    now.": when a whole sentence states how things usually are, none of its clauses reflects
    on the strength of shared topic words alone; the sentence informs."""
    by_sentence: dict[int, list[ClauseCode]] = {}
    for part in parts:
        by_sentence.setdefault(part.clause.sentence_index, []).append(part)
    for group in by_sentence.values():
        weak = [p for p in group if 0 < p.reflect_strength < 2
                and not re.match(r"(?:that|this|those|these)\b", p.clause.clean)]  # "That back-and-forth..."
        if len(group) < 2 or not weak or not general_information(" ".join(p.clause.clean for p in group)):
            continue
        for part in weak:
            part.drop_reflection()
            if not ctx.advice_allowed:
                part.codes.add("inform")


# The trainee's own technique in the present tense: "I set a 'worry time' at 7pm", "The cold snaps
# me out of it" (a story of what once happened is no method handed over).
_METHOD = re.compile(r"(?:^|[.!?] )(?:\w+,? ){0,2}i (?:usually |always |just |also |still |now )?(?:set|write|use|keep|"
                     r"hold|carry|put|count|tell myself|do the(?! same)|run)\b|\b(?:snaps|pulls|helps|gets) me (?:out|through|"
                     r"back|calm)\b")
_OFFERED = re.compile(r"\bif you(?:'d| would)? (?:want|like) my (?:honest |humble )?(?:two cents|2 cents|"
                      r"opinion|take|advice|thoughts)\b")


def _summary_before_advice(part: ClauseCode, advice_sentences: set[int]) -> bool:
    """"So the couch isn't working and the PO wants an address. Honestly you should get on the
    list...": a summary in a sentence of its own, opened by "so", stays a reflection when advice
    follows in a later sentence (probe M); the advice is coded as well."""
    return (part.clause.sentence_index == 0 and part.clause.start <= 4 and bool(advice_sentences)
            and min(advice_sentences) > 0 and part.clause.lead.split()[-1:] == ["so"])


def _echo_before_verdict(part: ClauseCode, parts: list[ClauseCode], verdict_sentences: set[int],
                         others: set[str]) -> bool:
    """"You keep seeing it, over and over. That's PTSD." / "Since the layoff your chest gets tight. Have
    you tried box breathing?": the client's words said back in a first sentence of their own stay a
    reflection when a label or advice follows in a later one (CODING_RULES §1.2; probe LB)."""
    first = [p for p in parts if p.clause.sentence_index == 0]
    return (part.clause.sentence_index == 0 and part.reflect_strength >= 0.75 and bool(verdict_sentences)
            and min(verdict_sentences) > 0 and all(p.codes <= REFLECTIONS for p in first)
            and 3 <= len(words(" ".join(p.clause.clean for p in first))) <= 10
            and not any(p.clause.question_mark or re.search(r"\bnothing\b", p.clause.clean) for p in first)
            and not others - {"label", "advise", "direct", "open_question", "closed_question"})


def code_utterance(utterance: str, ctx: Context) -> Coding:
    """The codes of an utterance. Words quoted after a speech frame are masked first
    (`mask_quoted_speech`): words handed to the client ("say something like 'I handled that
    badly, will you tell me more?'") are advice, not a question and a self-disclosure. The
    evidence quotes the original words."""
    masked = mask_quoted_speech(utterance)
    if masked == utterance:
        return _code_utterance(utterance, ctx)
    coding = _code_utterance(masked, ctx)
    source, shown = normalize(masked), normalize(utterance)

    def unmask(span: str) -> str:
        at = source.find(span)
        return shown[at:at + len(span)] if at >= 0 else span

    return replace(coding, evidence={code: [unmask(s) for s in spans]
                                     for code, spans in coding.evidence.items()})


def _code_utterance(utterance: str, ctx: Context) -> Coding:
    """Union of the clause codes, with utterance-level rules (permission, autonomy, other)."""
    parts = [code_clause(cl, ctx) for cl in clauses(utterance)]
    for n, part in enumerate(parts):
        if part.codes == {"affirm"} and P.AFFIRM_BARE.match(part.clause.clean) and any(
                later.clause.question_mark for later in parts[n + 1:]):
            part.codes.clear()  # "Oh nice! What are you guys gonna do?": the exclamation leads into the question
            part.backchannel = True
    # "Try chamomile tea, and keep the room cold": an imperative continuing advice is advice.
    for prev, part in zip(parts, parts[1:], strict=False):
        if ("advise" in prev.codes and "direct" in part.codes and "advise" not in part.codes
                and prev.clause.sentence_index == part.clause.sentence_index
                and P.IMPERATIVE.match(part.clause.clean)):
            part.codes.discard("direct")
            part.codes.add("advise")
    _general_sentences(parts, ctx)
    for part in parts:
        fact = _UNGIVEN_DETAIL.search(part.clause.clean)
        if (part.codes & REFLECTIONS and fact and fact.group(0) not in ctx.said
                and (part.clause.question_mark or _TYPED_TAG.search(part.clause.clean))):
            part.drop_reflection()  # "so ur starting classes in sept then yeah": checks a fact they never gave
            part.codes.add("closed_question")
    spoken = [p for p in parts if p.clause.clean]
    if cheers_past_a_fear(parts, P.GENERIC_CHEER, ctx):
        for part in spoken:  # "You've got this!" after "I'm scared about the custody hearing" (probes AF, SG)
            part.drop_reflection("affirm", "direct", "advise")
            part.codes.add("minimize")
    if len(spoken) == 1 and P.REASSURED_ALONE.match(spoken[0].clause.clean):
        spoken[0].drop_reflection()  # "ur not being dramatic" and nothing else
        spoken[0].codes.add("minimize")
    if set().union(*(p.codes for p in parts)) & {"inform", "advise", "advise_with_permission"} or (
            ctx.advice_allowed and len(parts) > 1):
        for part in parts:  # elicit after provide (P.ASKS_VIEW)
            if P.ASKS_VIEW.search(part.clause.clean):
                part.codes.add("seek_collaboration")
    substantive = set().union(*(p.codes for p in parts)) if parts else set()
    others = substantive - {"simple_reflection", "complex_reflection"}
    advice_sentences = {p.clause.sentence_index for p in parts if p.codes & {"advise", "direct"}}
    verdict_sentences = {p.clause.sentence_index for p in parts if p.codes & {"label", "advise", "direct"}}
    for part in parts:
        weak = 0 < part.reflect_strength < 2 and not _summary_before_advice(part, advice_sentences) \
            and not _echo_before_verdict(part, parts, verdict_sentences, others)
        default = 0 < part.reflect_strength <= DEFAULT_STRENGTH
        loose = 0 < part.reflect_strength <= LOOSE_STRENGTH
        if (weak and others & OVERRIDES_WEAK_REFLECTION) or (default and others) or (
                loose and others & QUESTIONS):
            part.drop_reflection()
        if part.answer and others & _OVERRIDES_ANSWER:
            part.codes.discard("inform")
    # "Would it help to start with the ninety-day plan, or would you rather talk about how you're
    # sleeping?": two places to start offered, the choice left to the client (probe M)
    for prev, part in zip(parts, parts[1:], strict=False):
        if (part.clause.continues_question and "seek_collaboration" in part.codes
                and "advise" in prev.codes and prev.clause.sentence_index == part.clause.sentence_index):
            prev.codes.discard("advise")
            prev.codes.add("seek_collaboration")
    # "Sure, but the doctor said quit.": the filler "Sure" is its own clause, so the "yeah,
    # but" disagreement is checked across the two.
    for prev, part in zip(parts, parts[1:], strict=False):
        if (not prev.clause.clean and prev.clause.sentence_index == part.clause.sentence_index
                and re.search(r"\b(?:sure|yeah|yes|right|well|no)$", prev.clause.lead)
                and part.clause.lead.startswith("but")):
            joined = Clause(**{**part.clause.__dict__, "lead": f"{prev.clause.lead} {part.clause.lead}"})
            if _disagree_lead(joined, part.clause.clean, ctx):
                part.drop_reflection("inform")
                part.codes.add("confront")
    for prev, part in zip(parts, parts[1:], strict=False):
        if (part.clause.continues_question and prev.clause.question_mark
                and not prev.codes & {"open_question", "closed_question", "confront", "advise",
                                      "direct", "warn"}
                and re.match(r"^(?:you|your)\b", prev.clause.clean)):
            prev.drop_reflection()
            prev.codes.add("closed_question")  # "You drink every night, or just weekends?"
    for prev, part in zip(parts, parts[1:], strict=False):
        # "...we could talk about the week, and then maybe look at the plan": still "we".
        if ("seek_collaboration" in prev.codes and "advise" in part.codes
                and prev.clause.sentence_index == part.clause.sentence_index
                and re.search(r"\b(?:and|then)$", part.clause.lead)
                and re.match(r"^maybe\b", part.clause.clean)):
            part.codes.discard("advise")
    for prev, part in zip(parts, parts[1:], strict=False):
        # "So you take the pills when you feel bad, and skip them when you feel good": the verb
        # after "and" shares the "you" of a statement about the client (probe P), no command
        if ("direct" in part.codes and not part.codes & (MI_NON_ADHERENT - {"direct"})
                and prev.clause.sentence_index == part.clause.sentence_index
                and re.search(r"\b(?:and|but|then)$", part.clause.lead)
                and (re.match(r"^(?:so )?you (?!(?:should|need|have to|must|gotta|ought|better|'d better|can|could|"
                              r"might)\b)\w+", prev.clause.clean)
                     or (_THEY_WILL.match(prev.clause.clean) and not re.match(r"(?:you|u)\b", part.clause.clean)))
                and not prev.codes & MI_NON_ADHERENT):
            part.codes.discard("direct")
    for prev, part in zip(parts, parts[1:], strict=False):
        # "we can talk about whatever's useful to you, or keep it light": an option offered
        if ("direct" in part.codes and (re.search(r"\bor$", part.clause.lead) or part.clause.clean.startswith("or "))
                and re.search(r"\b(?:we|you) (?:can|could)\b", prev.clause.clean)):
            part.codes.discard("direct")
    _sarcastic_praise(parts)
    _incredulous_echo(parts, ctx)
    _incredulity(parts, ctx)
    _reassurance(parts)
    _answers_about_self(parts, ctx)
    substantive = set().union(*(p.codes for p in parts)) if parts else set()
    for part, nxt in zip(parts, parts[1:], strict=False):
        if ("emphasize_autonomy" in part.codes and nxt.codes & {"confront", "warn"}
                and "but" in nxt.clause.lead.split()):
            part.codes.discard("emphasize_autonomy")  # "It's your choice, but don't come crying to me..."
    if substantive & {"confront", "warn"}:
        for part in parts:  # "That's really irresponsible. You have kids.": not a reflection
            if part.codes & {"simple_reflection", "complex_reflection"} and not _clear_reflection(
                    part.clause.clean):
                part.drop_reflection()
    for part in parts:
        if part.check_agree:
            # "Is that alright?" after a plan or offer seeks agreement; after advice or
            # information it checks understanding (CODING_RULES closed_question).
            told = substantive & {"advise", "inform", "advise_with_permission", "direct", "warn"}
            part.codes.add("closed_question")  # asked either way (CODING_RULES §2.1)
            if not told:
                part.codes.add("seek_collaboration")
    _voiced_questions(parts)
    _embedded_questions(parts)
    _cut_off_fragments(utterance, parts)
    evidence: dict[str, list[str]] = {}
    order: list[str] = []
    for part in parts:
        for code in sorted(part.codes):
            evidence.setdefault(code, []).append(part.clause.text)
            if code not in order:
                order.append(code)

    codes = set(order)
    # "If you want my two cents, ...": advice offered on the client's terms (dev6 to dev10: 11
    # of 12 such turns are labelled advise_with_permission)
    allowed = ctx.advice_allowed or bool(_OFFERED.search(normalize(utterance).lower()))
    if allowed and "direct" in codes and all(
            p.bare_imperative for p in parts if "direct" in p.codes):
        # "Tips? Yeah, don't keep it in the house.": a requested tip in the imperative mood.
        codes.discard("direct")
        codes.add("advise")
        evidence["advise"] = evidence.get("advise", []) + evidence.pop("direct")
        for part in parts:
            if "direct" in part.codes:
                part.codes.discard("direct")
                part.codes.add("advise")
    # Advice after permission granted / requested, or framed by autonomy first -> with permission.
    if "advise" in codes:
        first_autonomy = next(
            (i for i, p in enumerate(parts) if "emphasize_autonomy" in p.codes), None
        )
        first_advice = next(i for i, p in enumerate(parts) if "advise" in p.codes)
        framed = first_autonomy is not None and first_autonomy <= first_advice
        if allowed or framed:
            codes.discard("advise")
            codes.add("advise_with_permission")
            evidence["advise_with_permission"] = evidence.pop("advise")
    elif ctx.advice_requested and "self_disclose" in codes and not codes & {
            "advise_with_permission", "direct", "warn", "open_question", "closed_question"} and _METHOD.search(
            normalize(utterance).lower()):
        # "How do I stop ruminating?" / "I set a 'worry time' at 7pm where I write it all down":
        # the trainee's own routine given as the answer to a request (CODING_RULES additions)
        codes.add("advise_with_permission")
        evidence["advise_with_permission"] = list(evidence.get("self_disclose", []))
    reflective = [p for p in parts if p.codes & {"simple_reflection", "complex_reflection"}]
    if "simple_reflection" in codes and len(reflective) >= 3 and len(
            {p.clause.sentence_index for p in reflective}) >= 2:
        # A summary that pulls several things together is complex (CODING_RULES).
        codes.discard("simple_reflection")
        codes.add("complex_reflection")
        evidence["complex_reflection"] = evidence.get("complex_reflection", []) + evidence.pop(
            "simple_reflection")
    if MERGE_REFLECTIONS and {"simple_reflection", "complex_reflection"} <= codes:
        codes.discard("simple_reflection")  # one reflective unit that adds meaning overall
        evidence["complex_reflection"] += evidence.pop("simple_reflection")
    menu = menu_offered(utterance)
    if menu and codes & {"advise", "inform"}:
        # options laid out and the choice handed over: framed by the client's autonomy
        # (CODING_RULES advise_with_permission; probe AU)
        if "advise" in codes:
            codes.discard("advise")
            codes.add("advise_with_permission")
            evidence["advise_with_permission"] = evidence.pop("advise", [])
        codes.add("seek_collaboration")
        evidence.setdefault("seek_collaboration", []).append(parts[-1].clause.text)
    # Long self-disclosure: the trainee's own story takes over the turn.
    sd_words = 0
    first_person_sentences = set()
    for part in parts:
        low = part.clause.clean
        if FIRST_PERSON.search(low) and not re.search(r"\byou", low):
            first_person_sentences.add(part.clause.sentence_index)
            sd_words += len(words(low))
    long_sd = "self_disclose" in codes and (len(first_person_sentences) >= 3 or sd_words >= 45)

    # "Anyway, did you get your Medicaid card sorted out?": the "Anyway" stands as its own clause
    # (not "anyway. what was he like, your dad?", back to what the client spoke of before)
    # ("I'm so sorry. Anyway, did you get your UA done?": a condolence first does not undo it)
    subject_change = any(p.subject_change for p in parts) or bool(
        any(not p.clause.clean and re.search(r"\b(?:anyway|anyways)\b", p.clause.lead) for p in parts)
        and not content_stems(utterance) & ctx.history_stems - WHEN_STEMS)
    # A greeting/structuring sentence standing on its own keeps `other` (CODING_RULES §1.5).
    sentence_sizes: dict[int, int] = {}
    for part in parts:
        sentence_sizes[part.clause.sentence_index] = sentence_sizes.get(
            part.clause.sentence_index, 0) + 1
    for part in parts:
        if (part.social and not part.codes and codes
                and sentence_sizes[part.clause.sentence_index] == 1
                and not _thanks_before_praise(part, parts)):
            codes.add("other")
            evidence.setdefault("other", []).append(part.clause.text)
    # "Hi, how are you doing today?", "Hiya, I'm Sam, the practice nurse": the greeting the lead
    # stripped is `other` beside the question (CODING_RULES, dev2 additions)
    if parts and codes and parts[0].clause.lead and _GREETING.match(utterance):
        codes.add("other")
        evidence.setdefault("other", []).append(parts[0].clause.text)
    if not codes:
        codes.add("other")
        evidence["other"] = [utterance.strip()[:120]]
    final = [c for c in _ORDER if c in codes]
    return Coding(
        codes=final,
        evidence=evidence,
        clauses=parts,
        long_self_disclosure=long_sd,
        subject_change=subject_change,
        self_disclosure_words=sd_words,
        menu=menu,
    )


_ORDER = (
    "simple_reflection", "complex_reflection", "open_question", "closed_question", "affirm",
    "emphasize_autonomy", "seek_collaboration", "advise_with_permission", "advise", "direct",
    "confront", "warn", "inform", "self_disclose", "minimize", "label", "other",
)
