"""What the local coder needs to know about the conversation before the trainee's turn.

Why: codes and scores depend on context (CODING_RULES.md §1): a restatement of the client's
words is a reflection, advice after the client agreed to hear it is advice *with*
permission, and a turn that ignores a risk cue must be flagged. This module computes those
facts once per turn, cheaply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from evaluators.lexicon import (
    EMERGENCY_HELP_PATTERNS,
    FEELINGS,
    PLAN_ASKED,
    RISK_RESPONSE_PATTERNS,
    STOPWORDS,
)
from evaluators.patterns import PERMISSION
from evaluators.risk import (
    RISK,
    STATED_RISK,
    answers_with_denial,
    own_risk_text,
    reported_denial,
    told_as_over,
    typed_risk_text,
)
from evaluators.segment import clauses, sentences, spell_out_typed, stem, words
from evaluators.types import TurnInput

_RISK_RESPONSE = re.compile("|".join(RISK_RESPONSE_PATTERNS + EMERGENCY_HELP_PATTERNS))
_EMERGENCY_HELP = re.compile("|".join(EMERGENCY_HELP_PATTERNS))
_ADVICE_REQUEST = re.compile(
    r"\bwhat (?:should|would|do|can|could) (?:i|you) (?:do|try|say)\b|\bwhat would you do\b|"
    # "What do you reckon, patch or gum?", "Any recommendations for books?", "What do people
    # usually do about the night-time snacking?", "What do you guys do when..." (probe sets G-I)
    r"\bwhat do you reckon\b|\bany recommendations?\b|\bwhat do (?:people|folks|others|you guys|y'?all) "
    r"(?:usually |normally |even )?do\b|"
    r"\b(?:do|would|should) (?:you think )?i (?:should|ought)\b|\bany (?:advice|ideas|suggestions|"
    r"tips)\b|\bdo you have (?:any )?(?:advice|ideas|suggestions|tips)\b|\bwhat do you (?:think|"
    r"suggest|recommend)\b.*\?|\bhow do i\b|\bhow (?:did|do) you\b.*\?|\bwhat (?:helped|worked for) "
    r"you\b|\btell me what to do\b|\btell me what (?:works|helps|worked|helped)\b|\bi need (?:some )?(?:advice|help figuring)\b|\bwhat can i do\b|"
    r"\bshould i\b|\bis there (?:anything|something) i (?:can|could|should)\b|\bwhat'?s the best\b|"
    r"\bwhere (?:do|can|should) i\b|\bi don'?t know what to do\b.*\?|\bhelp me\b.*\?|"
    # forum posts (dev6): "How do adults actually make friends??", "What do other parents do?"
    r"\bhow do (?:adults|people|you|we|other \w+|others|you guys|y'?all|you all) (?:actually |even )?"
    r"(?:make|find|get|deal|cope|handle|stop|start|tell|manage|keep|do|live with)\b|"
    r"\banything (?:that )?(?:actually )?(?:works|helps|help|work)\b|\bwhat do i (?:even )?do\b|"
    r"\bam i (?:crazy|stupid|being stupid|throwing)\b|\bwhich (?:one )?would you (?:pick|choose|go with|do)\b|"
    r"\bis (?:it|this) (?:okay|ok|worth|crazy|a good idea) to\b|\bis this worth\b|\bwould it be "
    r"(?:crazy|okay|wrong|stupid|a mistake) to\b|\bhas anyone (?:else )?(?:come off|switched|tried|"
    r"found)\b|\ba good enough reason\b|\bwhat (?:do|did) (?:we|other \w+|people|others|you) do\b|"
    r"\bam i being (?:unfair|unreasonable|selfish|dramatic)\b|\bam i an idiot\b|\bbe honest\b|"
    r"\bare there (?:other |any )?options\b|\bdo i just need to\b|\bhow (?:much|many|long|often) "
    r"(?:do|should) (?:we|i)\b|\bdoes anyone know (?:how|what|where|if)\b|"
    # how posters ask (dev11): "what do you all do when this comes up", "Any other tips welcome",
    # "Do I tell him or just say 'medical appointments'??", "When do you guys tell people?",
    # "am I wrong to ask my brother", "how did you guys make first contact". Not a request for
    # advice: asking for others' experience ("Has anyone here been through this?") and "I
    # don't know what to do" said without a question (dev3, dev8, dev10 code advice after
    # them `advise`)
    r"\bwhat (?:do|did|would) (?:you all|you guys|y'?all|all of you|everyone|folks|you lot) do\b|"
    r"\bany (?:other |more )(?:advice|ideas|suggestions|tips)\b|\b(?:advice|tips|suggestions) "
    r"(?:welcome|appreciated|please)\b|"
    r"(?:^|[.?!]\s+)(?:so |and |but )?do i (?:just )?(?:[\w']+ ){1,8}or (?:just |do i |should i )?\w+|"
    r"\b(?:when|how) (?:do|did) (?:you guys|you all|y'?all|people|others|other \w+|you) "
    r"(?:even |actually |usually )?(?:tell|meet|handle|deal|cope|talk|bring|decide|find|make|"
    r"manage|do|explain|stop|start)\b|"
    r"\bam i wrong (?:to|for)\b|"
    # (dev8, dev10, dev12) "Would you use one in my position?", "Do we kick him out or not?", "Is
    # it unfair to ask him not to drink around me?", "Does anyone have tips that actually work",
    # "Thoughts?", "What do I even put in it?"
    r"\bwould you (?:[\w']+ ){1,4}(?:in my (?:position|shoes|place)|if you were me)\b|"
    r"\bdo (?:we|i) (?:[\w']+ ){1,6}or not\b|"
    r"\bis it (?:unfair|wrong|bad|selfish|unreasonable|too much|reasonable) (?:of me )?to\b|"
    r"\b(?:does anyone|anyone|do any of you|does anybody) (?:here )?have (?:any )?(?:advice|ideas|"
    r"suggestions|tips)\b|(?:^|[.!?]\s+)(?:any )?thoughts\s*\?|"
    r"\bwhat do i (?:even )?(?:put|say|write|tell)\b|"
    # (dev13) "What should we do?", "how did you guys cut back without losing...", "how much do
    # you tell someone and when", "What do you wish someone had told you before...?"
    r"\bwhat should we do\b|"
    r"\bhow (?:do|did) (?:you guys|you all|y'?all|people|others|other \w+) (?!feel\b|know\b|think\b|"
    r"like\b|mean\b)\w+|"
    r"\bhow (?:much|many|long|often) (?:do|should) you (?:tell|wait|say|share)\b|"
    r"\bwhat do you wish (?:someone|somebody|you'?d|you had|you knew)\b"
)
_AGREE = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|sure|ok|okay|go ahead|please|i guess|i suppose|alright|all right|"
    r"fine|why not|that'?s fine|that would|i'?d like|i would|i'?m open|definitely|absolutely|"
    r"of course|mm+-?hmm|uh-?huh|sounds good|i mean,? sure|go for it|i'?m listening|shoot|"
    r"that'?d be|i could use|go on(?: then| so)?|s[ií](?:,? dime|,? claro)?|dime)\b",
    re.I,
)
# "Yeah, please." / "Yes, that would be great." / "Go on then.": an offer taken and nothing else to
# mirror, so what the trainee says next delivers (information, the offered idea). A bare "Yeah." or
# "Mm-hmm." is not one: in a spoken session the counsellor goes on reflecting what came before.
_ASSENT_WORDS = (r"(?:yes|yeah|yea|yep|sure|ok|okay|alright|all right|then|absolutely|definitely|of course|"
                 r"why not|mm+-?hmm|uh-?huh)")
_TAKES_OFFER = (r"(?:please|go on|go ahead|that would be (?:great|good|helpful|nice)|that'?d be (?:great|good|"
                r"helpful|nice)|i'?d like that|go for it|fire away)")
_ASSENT_ONLY = re.compile(rf"^\W*(?:{_ASSENT_WORDS}\W*)*{_TAKES_OFFER}(?:\W*(?:{_ASSENT_WORDS}|{_TAKES_OFFER}))*\W*$")
# "Do you ever still want to drink?", "Did you ever feel like the meds made you flat?": the
# client asks about the trainee's own life, so the answer tells it (self-disclosure).
_ASKS_TRAINEE = re.compile(
    r"\b(?:do|did|have|were|are|was) you (?:ever|still|also|yourself|personally)\b(?! (?:think|know|"
    r"notice|get what)\b)|\bhow did you (?:\w+ )?(?:deal|cope|get through|handle|stop|quit|manage|know)\b|"
    r"\bwere you (?:ever )?(?:on|in|scared|nervous|afraid)\b")
_DECLINE = re.compile(r"^\W*(?:no|nah|not really|i'?d rather not|not now|please don'?t)\b", re.I)


def content_stems(text: str) -> set[str]:
    """Stems of the content words (stop words removed) of a text."""
    return {stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2}


def feeling_stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w in FEELINGS}


@dataclass
class Context:
    """Facts about the history that coding and scoring use."""

    last_client: str = ""
    client_stems: set[str] = field(default_factory=set)  # the client's last message
    history_stems: set[str] = field(default_factory=set)  # everything the client said
    said: str = ""  # every client turn's words, lower-cased, in order (facts a reflection must not contradict)
    client_feelings: set[str] = field(default_factory=set)
    client_first_person: bool = False
    permission_granted: bool = False  # trainee asked permission last turn, client agreed
    advice_requested: bool = False  # the client's last message asks for advice
    info_question: bool = False  # the client's last message asks for information
    answers_earlier_question: bool = False  # ...or an earlier one did, and the turn says it answers it
    assent_only: bool = False  # the client's last message only says yes ("Yeah, please.")
    asks_trainee: bool = False  # the client asks about the trainee's own life ("Did you ever...?")
    risk_cue: str | None = None  # the client sentence carrying a risk cue, if any
    risk_terms: set[str] = field(default_factory=set)
    risk_answer: bool = False  # the cue is a yes or a maybe to the direct question (`_confirmed_when_asked`)

    @property
    def advice_allowed(self) -> bool:
        """Advice now counts as given with permission: the client asked for it or agreed to it."""
        return self.permission_granted or self.advice_requested

    def overlap(self, text: str) -> int:
        return len(content_stems(text) & self.client_stems)


def _find_risk(text: str, keywords: list[str]) -> str | None:
    """The sentence of `text` that carries a risk cue (the whole text if the cue spans
    sentences), or None. Someone else's risk and an answered denial do not count."""
    lowered = typed_risk_text(text.lower().replace("\u2019", "'"))
    answered = answers_with_denial(lowered)
    over = told_as_over(lowered)

    unreported = reported_denial(lowered)

    def holds_cue(low: str) -> bool:
        found = None if over else RISK.search(own_risk_text(low, answered))
        return bool(found and found.group(0) in unreported
                    or any(k.lower() in low for k in keywords if k.strip()))

    for sentence in sentences(text) or [text]:
        if holds_cue(typed_risk_text(sentence.lower().replace("\u2019", "'"))):
            return sentence
    return text if holds_cue(lowered) else None


_INFO_Q = re.compile(
    r"^(?:(?:so|and|but|okay|ok|like|um|uh|well|wait|hey)\b[\s,]*)*(?:(?:does )?any(?:one|body)(?: here)? "
    r"knows?|is it true|what(?! if)|how(?! come)|where|"
    r"when|who|which|is|are|was|were|do|does|did|can|could|will|would|should|isn'?t|aren'?t|"
    r"doesn'?t|don'?t)\b"
)
_TYPED_INFO_Q = re.compile(r"^(?:(?:so|and|ok|okay|hey|also)\b[\s,]*)*(?:do|does) (?:u|you|anyone|any1|ne1) know "
                           r"(?:if|when|where|whether|what time|how (?:much|long|many))\b[^.!]*$")
_TAG_Q = re.compile(r"(?:,|\s)\s*(?:right|yeah|correct|isn'?t it|is it|don'?t you think)\s*\?$")


# "What happens if I miss my appointment?": missing an event is no feeling.
_MISSED_EVENT = re.compile(r"\bmiss(?:ed|ing)? (?:a |an |one|the |my |two |\w+ )?(?:\w+ )?(?:appointments?|"
                           r"sessions?|doses?|class(?:es)?|meetings?|days?|check-?ins?|shifts?|payments?|"
                           r"bus|train|deadlines?|one)\b")


def _asks_information(text: str) -> bool:
    """The client asks a factual or evaluative question ("Does the group cost anything?",
    "That's good, right?"), not an emotional or rhetorical one ("Why does this always happen
    to me?", "What if I overdo it?"); answers to it are information, not reflections."""
    for sentence in sentences(text):
        low = sentence.lower().replace("\u2019", "'").strip()
        if _TYPED_INFO_Q.match(low) and not feeling_stems(low):
            return True  # "do u know if the food pantry is open saturdays" (probe IN): typed, no "?"
        if not low.endswith("?") or feeling_stems(_MISSED_EVENT.sub(" ", low)):
            continue
        if _INFO_Q.match(low) or _TAG_Q.search(low):
            return True
    return False


def build_context(turn: TurnInput) -> Context:
    last = turn.last_client_text
    ctx = Context(last_client=last)
    ctx.client_stems = content_stems(last)
    ctx.history_stems = set().union(
        *(content_stems(m.text) for m in turn.history if m.role == "client")
    )
    ctx.client_feelings = feeling_stems(last)
    ctx.said = " ".join(m.text for m in turn.history if m.role == "client").lower()
    ctx.client_first_person = bool(re.search(r"\b(?:i|i'm|i've|my|me|myself)\b", last.lower()))
    ctx.info_question = _asks_information(last)
    low = spell_out_typed(last.lower().replace("\u2019", "'"))  # "what would u do if u were me??"
    ctx.asks_trainee = any(_ASKS_TRAINEE.search(s) for s in sentences(low) if s.rstrip().endswith("?"))
    ctx.assent_only = bool(_ASSENT_ONLY.match(low))
    ctx.advice_requested = bool(_ADVICE_REQUEST.search(low))
    # Permission: the trainee's previous turn asked it and the client's reply agreed.
    hist = turn.history
    if len(hist) >= 2 and hist[-1].role == "client" and hist[-2].role == "trainee":
        asked = any(PERMISSION.search(cl.clean) for cl in clauses(hist[-2].text))
        reply = hist[-1].text.strip()
        if asked and _AGREE.search(reply) and not _DECLINE.search(reply):
            ctx.permission_granted = True
    if not ctx.advice_allowed:
        _carry_permission_forward(hist, ctx)
    if not ctx.info_question and _ANSWER_SIGNAL.match(turn.utterance.lower().replace("\u2019", "'").lstrip()):
        ctx.info_question = ctx.answers_earlier_question = _asked_earlier(hist)
    ctx.risk_cue = _find_risk(last, turn.risk_keywords)
    if ctx.risk_cue:
        ctx.risk_terms = cue_terms(ctx.risk_cue)
    elif not _confirmed_when_asked(turn, ctx):
        _carry_risk_forward(turn, ctx)
    return ctx


# What a trainee turn that delivers advice says: after one, an earlier permission or request is used up
_GIVES_ADVICE = re.compile(r"\b(?:you (?:could|should|might|can|may want to|need to|have to)|try|maybe|"
                           r"one thing|some (?:people|folks|families)|what (?:helped|worked)|i'?d|here'?s)\b")
# A request that still stands after the trainee asked something first: asked as a question, or in so
# many words ("what would you do in my shoes."), not a "be honest" or "I'd like to apply"
_ASKS_OUTRIGHT = re.compile(r"\b(?:advice|tips|ideas|suggestions|what (?:should|can|do) i do|what would you do|"
                            r"tell me what to do)\b")
_CARRY_EXCHANGES = 3  # a permission or a request stays open across this many clarifying exchanges
_CARRY_STATEMENT_WORDS = 12  # ...each a question, or a short statement beside it ("So Friday's the kickoff.")


def _exchanges_back(hist: list) -> Iterator[tuple[str, str | None]]:
    """(client turn, the trainee turn it answers) pairs, newest first, while the history alternates;
    the trainee turn is None for a client turn that opens the conversation."""
    i = len(hist) - 1
    while i >= 0 and hist[i].role == "client":
        before = hist[i - 1].text if i >= 1 and hist[i - 1].role == "trainee" else None
        yield hist[i].text.strip(), before
        if before is None:
            return
        i -= 2


def _short_or_asking(trainee: str, no_advice: bool = False) -> bool:
    """The trainee turn asks, or says little beside the question ("So Friday's the kickoff."), and,
    with `no_advice`, advises nothing: an earlier permission, request or question is still open."""
    statements = " ".join(s for s in sentences(trainee) if not s.rstrip().endswith("?"))
    return len(words(statements)) <= _CARRY_STATEMENT_WORDS and not (
        no_advice and _GIVES_ADVICE.search(statements.lower()))


def _carry_permission_forward(hist: list, ctx: Context) -> None:
    """Permission granted, or advice asked for, a few exchanges back and not yet used: the trainee
    asked a question or two first ("would it be ok if i shared something?" / "sure go ahead" /
    "before i do, do you have anything by the bed?" / "just my phone"), so the advice that
    follows is still given with permission (CODING_RULES advise_with_permission; probe MU).
    Every trainee turn since must ask or reflect without advising ("ok so the county rental line
    is open weekdays 8-5..." delivers, and uses it up)."""
    for depth, (said, trainee) in enumerate(_exchanges_back(hist)):
        if depth > _CARRY_EXCHANGES:
            return
        if depth and any(_ADVICE_REQUEST.search(low) and (low.rstrip().endswith("?") or _ASKS_OUTRIGHT.search(low))
                         for low in sentences(spell_out_typed(said.lower().replace("\u2019", "'")))):
            ctx.advice_requested = True
            return
        if trainee is None:
            return
        if any(PERMISSION.search(cl.clean) for cl in clauses(trainee)):
            if depth and _AGREE.search(said) and not _DECLINE.search(said):
                ctx.permission_granted = True
            return
        if not _short_or_asking(trainee, no_advice=True):
            return


# The trainee says they are answering ("So about your question, the clinic on Grant does Saturdays",
# "Okay, I checked: ...", "Yes, you can bring your own pillow"): the client's question may be a few turns back
_ANSWER_SIGNAL = re.compile(r"^(?:(?:so|okay|ok|alright),? )*(?:about your question|to answer your (?:earlier )?question|"
                            r"(?:you|u) asked (?:about|if|whether|earlier)|i (?:checked|looked it up|found out)\b|"
                            r"(?:yes|yeah|yep|no|nope)\b,)")


def _asked_earlier(hist: list) -> bool:
    """A client turn before the last asked for information, and every trainee turn since asked or
    said something short, so the question is still open (probe MU)."""
    for depth, (said, trainee) in enumerate(_exchanges_back(hist)):
        if depth > _CARRY_EXCHANGES + 1:
            return False
        if depth and _asks_information(said):
            return True
        if trainee is None or not _short_or_asking(trainee):
            return False
    return False


# The question asks about the wish, the intent or the plan, so a yes is a cue ("are you safe?" is
# not one: there a yes reassures)
_ASKS_INTENT = re.compile(r"\b(?:suicid\w*|kill(?:ing)? (?:your|my)self|end(?:ing)? (?:your|my) life|tak(?:e|ing) "
                          r"your (?:own )?life|(?:hurt|harm)(?:ing)? (?:your|my)self|self[- ]?harm|act(?:ing)? on "
                          r"(?:it|that|them)|want(?:ing)? to die|thoughts? of (?:dying|death|ending|hurting|"
                          r"killing))\b|" + "|".join(PLAN_ASKED))
_SAFE_NOW = re.compile(r"\b(?:are|r) you safe\b|\bsafe (?:right now|tonight|at the moment)\b|\bstay safe\b")


def asks_about_intent(utterance: str) -> bool:
    """The turn names the wish, the intent or the plan in so many words ("r u thinking about
    suicide for real", "Is it about ending your life?", "Are you safe right now?")."""
    low = typed_risk_text(spell_out_typed(utterance.lower().replace("\u2019", "'")))
    return bool(_ASKS_INTENT.search(low) or _SAFE_NOW.search(low))


# "I have thought about it, yeah. Not tonight though." / "Sometimes." / "Not really. I don't know.
# Maybe.": a yes, or no clear no, to the direct question (probe V)
_NOT_NO = re.compile(r"^(?:(?:yes|yeah|yep|yup|ya|yea|mhm|mm-?hmm|sometimes|a (?:bit|little)|kind of|kinda|"
                     r"maybe|i guess|i think so|i do|i have|i am|honestly|i don'?t know|idk|not tonight|not "
                     r"really)\b|.*\bthought about it\b)")


def _confirmed_when_asked(turn: TurnInput, ctx: Context) -> bool:
    """The client's last message answers the trainee's direct question about suicide or
    self-harm with a yes or a maybe: the cue is that answer, and a turn takes it up by staying
    with it: names it, or echoes the answer and asks what keeps them from acting on it."""
    hist = turn.history
    if len(hist) < 2 or hist[-1].role != "client" or hist[-2].role != "trainee":
        return False
    asked = hist[-2].text.lower().replace("\u2019", "'")
    answer = spell_out_typed(hist[-1].text.lower().replace("\u2019", "'")).strip()
    if "?" not in asked or answers_with_denial(answer) or not _NOT_NO.match(answer):
        return False
    # the question names the risk, or asks about the cue the client gave just before ("I think
    # about jumping in front of the train" / "Are you thinking of acting on it?")
    if not _ASKS_INTENT.search(asked) and not (len(hist) >= 3 and hist[-3].role == "client"
                                               and _find_risk(hist[-3].text, turn.risk_keywords)):
        return False
    ctx.risk_cue, ctx.risk_terms, ctx.risk_answer = hist[-1].text, cue_terms(answer), True
    return True


# When the cue was said is not what it says: a turn about "Monday nights at the library"
# does not take up "Some nights I think, what's the point of any of it."
WHEN_STEMS = frozenset(content_stems(
    "night nights day days morning mornings evening evenings week weeks time times sometimes "
    "lately today tonight honestly really"))


def cue_terms(cue: str) -> set[str]:
    """The words of a risk cue that a turn taking it up would echo."""
    return content_stems(cue) - WHEN_STEMS


_SHRUG_WORDS = 4  # "Yeah maybe", "ok", "idk i guess": a reply that moves nothing on


def _carry_risk_forward(turn: TurnInput, ctx: Context) -> None:
    """A cue the trainee passed over stays live while the client only shrugs: "some nights i
    hope i dont wake up" / "You could join a softball league!" / "Yeah maybe" still calls for
    asking about it. Once the client says more, or a trainee turn took the cue up, it is not
    carried (the conversation has moved, or is already on it), except for a turn that comes
    back to it: that one is credited with taking it up."""
    hist = turn.history
    client_turns = [i for i, m in enumerate(hist) if m.role == "client"]
    if len(client_turns) < 2:
        return
    shrug = len(hist[client_turns[-1]].text.split()) <= _SHRUG_WORDS
    if not shrug and not names_risk(turn.utterance.lower().replace("\u2019", "'")):
        return  # only a turn that names the cue can come back to it; most turns need no search
    for before in reversed(client_turns[-3:-1] if not shrug else client_turns[-2:-1]):
        cue = _find_risk(hist[before].text, turn.risk_keywords)
        if not cue:
            continue
        probe = Context(risk_cue=cue, risk_terms=cue_terms(cue))
        if any(m.role == "trainee" and risk_addressed(m.text, probe) for m in hist[before + 1:]):
            return  # already taken up
        # after a shrug the cue is still live; after more talk it counts only for a turn that
        # comes back to it ("I want to come back to something you said a minute ago, that your
        # family might be better off without you. Are you having thoughts of ending your life?")
        if shrug or not points_to_emergency_help(turn.utterance):
            ctx.risk_cue, ctx.risk_terms = cue, probe.risk_terms
        return


def names_risk(low: str) -> bool:
    """The turn (lower-cased) names a risk or asks about it ("...are you having thoughts of ending
    your life?"), typed shorthand read as meant ("are u thinking about killing urself")."""
    low = typed_risk_text(spell_out_typed(low))
    return bool(_RISK_RESPONSE.search(low) or STATED_RISK.search(_AS_CLIENT.sub(_as_client, low)))


def points_to_emergency_help(utterance: str) -> bool:
    """"Please call 988 or go to the nearest ER": a safety response, even as an instruction."""
    return bool(_EMERGENCY_HELP.search(utterance.lower()))


# The trainee's words in the client's mouth, so "are you thinking of ending your life" meets the
# client-side patterns ("ending my life"); a bare replace of "you" made "yourself" "irself".
CLIENT_WORDS = {"you": "i", "your": "my", "you're": "i'm", "yourself": "myself", "you've": "i've",
                "you'd": "i'd", "you'll": "i'll"}
_AS_CLIENT = re.compile(r"\b(?:yourself|your|you're|you've|you'd|you'll|you)\b")


def _as_client(m: re.Match[str]) -> str:
    return CLIENT_WORDS[m.group(0)]


def risk_addressed(utterance: str, ctx: Context) -> bool:
    """The turn takes up the risk cue: names it, asks about safety, or reflects its words."""
    low = utterance.lower().replace("\u2019", "'")
    if names_risk(low):
        return True
    if ctx.risk_answer:  # "You've thought about it, just not tonight. What's kept you from doing it?"
        return bool(_STRUGGLE.search(low) or _STAYS_WITH_IT.search(low))
    needed = min(2, max(1, len(ctx.risk_terms) - 1))
    echoed = content_stems(utterance) & ctx.risk_terms
    core = _cue_core(ctx.risk_cue or "")
    # the echo must touch the words that carry the cue, or name the struggle: "Your nephew must
    # be thrilled with the guitar!" echoes "gave my guitar to my nephew, won't need it" and passes
    # the cue over; "Eight months, and last night you sat with that urge" takes it up. Where the
    # cue's words are two or more, one of them is not enough: "Rest is important" passes "I want
    # to rest forever" over, "Thank god your roommate was there. Do you have your own Narcan
    # kit?" passes "she had to narcan me. Kinda wish she hadn't" over.
    if len(echoed) < needed:
        return False
    return (bool(core) and len(echoed & core) >= min(2, len(core))) or bool(_STRUGGLE.search(low))


_STAYS_WITH_IT = re.compile(r"\b(?:thought|thinking|thoughts) (?:about|of) (?:it|that|this|them)\b")
_STRUGGLE = re.compile(r"\b(?:urges?|act(?:ed)? on (?:it|that|them)|(?:kept|keeps|stopped|stops) you from|held on|resist\w*|sat with|got through|"
                       r"made it through|scary|scared|pain|hurting|dark|heavy|frightening|"
                       r"(?:goes|going|go) through your mind)\b")


def _cue_core(cue: str) -> set[str]:
    """The content words of the part of the cue sentence a risk pattern matched."""
    found = RISK.search(cue.lower().replace("\u2019", "'"))
    return cue_terms(found.group(0)) if found else set()
