"""Turn the behaviour codes and the context into the three 1..5 scores, with reasons.

Why a rule table: the score rubrics in evaluators/data/CODING_RULES.md §4 are anchored on
behaviours (a complex reflection of the last words = 4-5 active listening; any unsolicited
advice caps non-authoritative tone at 2; minimising gives validation 1), so the scores are
derived from the codes and a few context facts, and each score says which rule set it.

The numbers sit on the rubric's anchors. Where a rule's number was off its anchor, the labels
of the tuning turns it scored said so too, and the rule now says what the anchor says (advice
with permission listens at 3, not 4; a self-disclosure listens at 4 only when it hands the focus
back with a question; an ignored risk cue caps active listening at 2). An order keeps active
listening 1 and validation 1.5, below the labels' mean for such turns: a higher number made the
sessions experts rated low-quality harder to tell from the rest (`bench/annomi_agreement.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evaluators.client_moves import LOSS, SETBACK, good_news, hard, names_hard_feeling
from evaluators.coder import OWN_FAILURE, OWN_LAPSE, Coding, cheers_past_a_fear
from evaluators.context import WHEN_STEMS, Context, content_stems, feeling_stems
from evaluators.patterns import GOT_THIS, SYMPATHY
from evaluators.segment import sentences
from evaluators.types import Score, Scores

_AUTH = ("advise", "direct", "confront", "warn", "label")
# The faults as the explanation names them to the trainee ("a label invalidates the client's
# experience"), not as code names.
_NAMED = {"direct": "an order", "confront": "arguing", "warn": "a warning", "label": "a label",
          "minimize": "minimising"}
_EVOCATIVE = re.compile(
    r"\b(?:would you|do you (?:want|think|feel|see|make)|you'?d|your (?:gut|way|view|take|sense)|"
    r"for you|to you|makes? you|making you|you want|you see|you feel|you call|you make of|"
    r"you'?re (?:hoping|looking|weighing|thinking))\b"
)


@dataclass
class TurnFacts:
    """Context facts the scores depend on, computed once per turn."""

    follows: bool  # the turn picks up the client's last words
    overlap: int
    risk_cue: bool
    risk_addressed: bool
    n_closed: int
    n_words: int
    lecture: bool = False  # long information nobody asked for (`is_lecture`)
    # After a risk cue, an instruction to reach emergency help ("please call 988 or go to the
    # ER"): directive, but a safety response, not the trainee's agenda.
    safety_direction: bool = False
    # The client's words that carried the cue, quoted in the explanation: an indirect cue
    # ("been giving my stuff away") is easy to miss, so the trainee is shown which words.
    risk_words: str = ""
    # The sentence that says sorry for what the client is going through (`patterns.SYMPATHY`).
    sympathy: str = ""
    # A reflection that names the opposite of what the client said ("So you're excited about
    # getting a new pet" after "My dog died"): the feeling word, quoted in the explanation.
    misread: str = ""
    # "Why did you leave it so late?" after "i missed the deadline for my essay": asking them to justify
    # a failure they just told (CODING_RULES §2 open_question: low on validation; probe SG)
    justify: bool = False
    # A question about something else after the client told something that matters ("What are you
    # doing this weekend?" after "My dog had to be put down this morning", probe SC).
    elsewhere: bool = False
    # A fact of the reflection the client's turns contradict ("your dad" for their brother).
    wrong_fact: str = ""
    # "How long have you been sober now?" after "I'm three weeks sober today": the answer was given (probe MU)
    asked_before: bool = False


_KNOWS_THE_FEELING = re.compile(r"\bi know (?:exactly |just )?(?:how you feel|what you'?re (?:feeling|going through)|"
                                r"how you'?re feeling)\b")

LECTURE_WORDS = 40
QUOTE_WORDS = 14


def quoted_cue(cue: str | None) -> str:
    """The cue sentence in quotation marks, cut to QUOTE_WORDS words."""
    words = (cue or "").split()
    if not words:
        return ""
    text = " ".join(words[:QUOTE_WORDS]) + ("…" if len(words) > QUOTE_WORDS else "")
    return f" (“{text}”)"


def is_lecture(coding: Coding, n_words: int, invited: bool) -> bool:
    """A long run of unrequested information with nothing that listens or asks: the trainee
    holds the floor (CODING_RULES §4, "lecturing"). Expert-rated low-quality sessions are
    full of these turns. `invited`: the client asked for information or advice, or agreed."""
    codes = set(coding.codes)
    return ("inform" in codes and n_words >= LECTURE_WORDS and not invited
            and not codes & {"simple_reflection", "complex_reflection", "open_question",
                             "closed_question", "emphasize_autonomy", "seek_collaboration",
                             "affirm"})


def _evidence(coding: Coding, *codes: str) -> list[str]:
    spans: list[str] = []
    for code in codes:
        for span in coding.evidence.get(code, []):
            if span not in spans:
                spans.append(span)
    return spans[:3]


# Feelings a reflection may name that cannot both be right: glad news reflected as a let-down,
# a loss reflected as excitement. Narrow on purpose: relief, calm or pride after something hard
# are often the complex reflection, so they are not here.
# Said of the client ("you're excited", "you must be feeling let down"), not the trainee's own
# "Glad you messaged".
_GLAD_WORDS = r"excited|thrilled|happy|glad|pumped|stoked|delighted|looking forward"
_GLAD = re.compile(rf"\byou\b[^,.;!?]{{0,30}}\b(?:{_GLAD_WORDS}|overjoyed)\b")
_LET_DOWN = re.compile(r"\byou\b[^,.;!?]{0,30}\b(?:let down|disappointed|sad|upset|angry|devastated|"
                       r"depressed|heartbroken|ashamed|guilty|discouraged)\b")
_CLIENT_GLAD = re.compile(rf"\b(?:{_GLAD_WORDS})\b")  # the client named a glad feeling themself
_NEGATED = re.compile(r"\b(?:not|n't|never|no longer)\b")


# Months only: a day is often the trainee's fair reading ("till the end of the week" -> "till Friday")
_WHEN_WORDS = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|"
                         r"december)\b")
# Who is who, by the place they hold: "your dad" is wrong for the client's mother, not for their boss
_KIN = {"mom": ("parent", "mother"), "mum": ("parent", "mother"), "mother": ("parent", "mother"),
        "dad": ("parent", "father"), "father": ("parent", "father"), "brother": ("sibling", "brother"),
        "sister": ("sibling", "sister"), "husband": ("partner", "husband"), "wife": ("partner", "wife"),
        "boyfriend": ("partner", "boyfriend"), "girlfriend": ("partner", "girlfriend"), "son": ("child", "son"),
        "daughter": ("child", "daughter"), "boss": ("work", "boss"), "manager": ("work", "boss"),
        "supervisor": ("work", "boss"), "coworker": ("work", "coworker")}
_YOUR_KIN = re.compile(r"\byour (" + "|".join(_KIN) + r")\b")
_ANY_KIN = re.compile(r"\b(" + "|".join(_KIN) + r")s?\b")


def misread_fact(coding: Coding, said: str) -> str:
    """A fact of a reflection that the client's turns (`said`, lower-cased) contradict: a month they
    never named when they named another ("since April" for August; "may" is left out, a verb more
    often than a month), or "your dad" for the mother they spoke of (probes M, SC: a reflection
    badly off target scores 2). Empty when none: a name nobody gave is an inference, not an error,
    unless the client gave another in the same place."""
    reflections = [p.clause.clean for p in coding.clauses if p.codes & {"simple_reflection", "complex_reflection"}]
    if not reflections:
        return ""  # most turns: the client's story is not read
    told = set(_WHEN_WORDS.findall(said))
    kin = {_KIN[k] for k in _ANY_KIN.findall(said)}
    for c in reflections:
        for word in _WHEN_WORDS.findall(c):
            if told and word not in told:
                return word
        for word in _YOUR_KIN.findall(c):
            place, who = _KIN[word]
            if (place, who) not in kin and any(p == place for p, _ in kin):
                return f"your {word}"
    return ""


def misread_feeling(coding: Coding, client: str) -> str:
    """The feeling word of a reflection that names the opposite of the client's news: "It sounds
    like you're feeling really let down" after "I finally got my GED!" (CODING_RULES §4: a
    reflection badly off target scores 2). Empty when none. The reflection is looked at first:
    reading the client's news costs a pass of the risk patterns, and most turns name neither."""
    named = [(pattern, found) for part in coding.clauses
             if part.codes & {"simple_reflection", "complex_reflection"}
             for pattern in (_GLAD, _LET_DOWN)
             if (found := pattern.search(part.clause.clean)) and not _NEGATED.search(found.group(0))]
    if not named:
        return ""
    low = client.lower()
    sad_news = bool(LOSS.search(low)) or bool(SETBACK.search(low)) or names_hard_feeling(low)
    glad_news = good_news(client) and not sad_news
    wrong = _GLAD if sad_news and not _CLIENT_GLAD.search(low) else _LET_DOWN if glad_news else None
    found = next((f for pattern, f in named if pattern is wrong), None)
    if found is None:
        return ""
    return "let down" if found.group(0).endswith("let down") else found.group(0).split()[-1]


def active_listening(coding: Coding, facts: TurnFacts) -> tuple[float, str, list[str]]:
    """CODING_RULES §4: reflections (complex most) and following questions score high;
    closed questions, information and advice thin; arguing, warning, labelling lowest."""
    codes = set(coding.codes)
    if "complex_reflection" in codes:
        value, why, ev = 5.0, "complex reflection of the client's meaning", ["complex_reflection"]
        if "closed_question" in codes:
            value = 4.5
    elif "simple_reflection" in codes:
        value, why, ev = 4.5, "simple reflection of the client's words", ["simple_reflection"]
        if "closed_question" in codes:
            value = 3.5
        elif "open_question" in codes:
            value = 4.75
    elif "open_question" in codes and "self_disclose" in codes:
        value, why, ev = 4.0, "brief self-disclosure that hands the focus back", [
            "self_disclose", "open_question"]
    elif "open_question" in codes:
        # Most open questions that share no word with the client still follow them ("What
        # was he like?" after "my brother died"): 3.5, between the anchors for a generic
        # question (3) and a following one (4).
        value = 4.0 if facts.follows else 3.5
        why, ev = "open question" + (" that follows the client" if facts.follows else ""), [
            "open_question"]
        if facts.n_closed >= 2:
            # "What are the fights about? Who starts them? How often?" (probe Z): a stack of
            # questions interrogates, whatever the first one was (CODING_RULES §4 AL 2)
            value, why, ev = 2.5, "stacked questions: one at a time lets the client answer", [
                "open_question", "closed_question"]
    elif "advise_with_permission" in codes:
        value, why, ev = 3.0, "advice the client asked for or agreed to", ["advise_with_permission"]
    elif "affirm" in codes:
        value, why, ev = 3.5, "affirmation without a reflection", ["affirm"]
    elif codes & {"emphasize_autonomy", "seek_collaboration"}:
        value, why, ev = 3.0, "hands the direction to the client", [
            "emphasize_autonomy", "seek_collaboration"]
    elif "self_disclose" in codes:
        value, why, ev = 3.0, "brief self-disclosure", ["self_disclose"]
    elif "closed_question" in codes:
        # three closed questions in one turn interrogate (CODING_RULES §4 AL 2; probe SG)
        value = 2.0 if facts.n_closed >= 3 else 2.4 if facts.n_closed > 1 else 3.0
        why, ev = "closed question" + ("s" if facts.n_closed > 1 else ""), ["closed_question"]
    elif "inform" in codes:
        value, why, ev = 3.0, "information", ["inform"]
    else:
        value, why, ev = 3.0, "a neutral continuer", ["other"]
    if facts.safety_direction:
        value, why, ev = 3.0, "answers the risk cue by pointing to emergency help", ["direct", "advise"]
    elif codes & {"confront", "warn", "label", "direct"}:
        hit = [c for c in ("confront", "warn", "label", "direct") if c in codes]
        value, why, ev = 1.0, f"{_NAMED[hit[0]]} pushes your agenda", hit
    elif "advise" in codes:
        value, why, ev = min(value, 2.0), "unsolicited advice skips what was said", ["advise"]
    elif "minimize" in codes:
        value, why, ev = min(value, 1.5), "hurries past the client's experience", ["minimize"]
    if coding.long_self_disclosure:
        value, why, ev = min(value, 2.0), "a long self-disclosure takes over the turn", [
            "self_disclose"]
    if facts.lecture:
        value, why, ev = min(value, 2.5), "a lecture: long information nobody asked for", [
            "inform"]
    if coding.subject_change:
        value, why = min(value, 1.5), why + "; changes the subject"
    elif facts.elsewhere:
        value, why = min(value, 2.0), why + "; moves off what the client just told you"
    elif facts.asked_before:
        value, why = min(value, 2.0), why + "; asks what the client already told you"
    if facts.misread:
        value, why = min(value, 2.0), f"the reflection misses the client's feeling (\u201c{facts.misread}\u201d)"
    elif facts.wrong_fact:
        value, why = min(value, 2.0), f"the reflection gets a fact wrong (\u201c{facts.wrong_fact}\u201d)"
    if facts.risk_cue and not facts.risk_addressed:
        value, why = min(value, 2.0), why + "; ignores the client's risk cue" + facts.risk_words
    elif facts.risk_cue and facts.risk_addressed and codes & {
        "simple_reflection", "complex_reflection", "open_question", "closed_question"
    } and not codes & {"minimize", "confront", "advise", "direct", "warn", "label"}:
        value, why = max(value, 4.5), "takes up the client's risk cue directly"
    return value, why, _evidence(coding, *ev)


def validation(coding: Coding, facts: TurnFacts, feeling_named: bool) -> tuple[float, str, list[str]]:
    """Minimising, confronting, labelling and warning invalidate; advice skips the feeling;
    feeling reflections and specific affirmations validate."""
    codes = set(coding.codes)
    bad = [c for c in ("minimize", "confront", "label", "warn") if c in codes]
    if bad:
        return 1.0, f"{_NAMED[bad[0]]} invalidates the client's experience", _evidence(coding, *bad)
    reflect = codes & {"simple_reflection", "complex_reflection"}
    if facts.safety_direction:
        return 3.0, "takes the risk seriously, without acknowledging the feeling", _evidence(
            coding, "direct", "advise")
    if "direct" in codes:
        return 1.5, "orders instead of acknowledging", _evidence(coding, "direct")
    if "advise" in codes:
        if reflect:
            return 2.5, "acknowledges, then moves to fixing", _evidence(coding, "advise")
        return 2.0, "skips the feeling to fix the problem", _evidence(coding, "advise")
    if "affirm" in codes and reflect:
        value, why, ev = 5.0, "reflects and affirms a real strength", ["affirm", *sorted(reflect)]
    elif "complex_reflection" in codes:
        value = 5.0 if feeling_named else 4.75
        why, ev = "reflects the meaning and feeling of the experience", ["complex_reflection"]
    elif "affirm" in codes:
        # CODING_RULES §4: a specific affirmation is 5, a general one ("Proud of you!") 4. What
        # the affirmation names takes words: over eight in its clauses reads as specific.
        specific = sum(len(span.split()) for span in coding.evidence.get("affirm", [])) > 8
        value, why, ev = 5.0 if specific else 4.4, "affirms the client's effort or strength", [
            "affirm"]
    elif "simple_reflection" in codes:
        value, why, ev = 4.4 if feeling_named else 4.0, "reflects the client's words", [
            "simple_reflection"]
    elif coding.long_self_disclosure:
        value, why, ev = 2.5, "your story takes over", ["self_disclose"]
    elif codes & {"self_disclose", "emphasize_autonomy"}:
        value, why, ev = 4.0, "respects the client's experience and choice", [
            "self_disclose", "emphasize_autonomy"]
    elif facts.sympathy:
        value, why, ev = 4.0, "acknowledges what they are going through", []
    elif "advise_with_permission" in codes:
        value, why, ev = 3.0, "advice they asked for, little acknowledgement", [
            "advise_with_permission"]
    elif "open_question" in codes:
        value, why, ev = 3.4, "an open question invites their experience", ["open_question"]
    else:
        value, why, ev = 3.0, "neutral: neither validates nor invalidates", []
    if facts.justify:
        value, why = min(value, 2.0), "asks them to justify what went wrong instead of acknowledging it"
    if facts.misread:
        value, why = min(value, 2.0), f"names a feeling the client did not express (\u201c{facts.misread}\u201d)"
    elif facts.wrong_fact:
        value, why = min(value, 3.0), f"gets a fact of their story wrong (\u201c{facts.wrong_fact}\u201d)"
    if "self_disclose" in codes and not reflect and any(
            _KNOWS_THE_FEELING.search(p.clause.clean) for p in coding.clauses):
        # CODING_RULES §4 validation 2: "I know exactly how you feel" followed by the trainee's story
        value, why = min(value, 2.0), "claims to know the feeling, then tells your own story"
    if facts.risk_cue and not facts.risk_addressed:
        value, why = min(value, 2.0), why + "; the risk cue goes unacknowledged"
    # sympathy has no code whose evidence could be cited: its sentence is the evidence
    return value, why, _evidence(coding, *ev) or ([facts.sympathy] if facts.sympathy else [])


# Words that leave the client room to decline: "maybe", "you might", "I'd", "worth a try".
_TENTATIVE = re.compile(r"\b(?:maybe|might|perhaps|could|may|possibly|consider|worth|if you want|"
                        r"if you'?re up for|i'?d|i would|for me|helped me|worked for me)\b")
_CERTAIN = re.compile(r"\byou (?:really |just |definitely )?(?:should|need to|have to|must|gotta|"
                      r"'ve got to|got to)\b")


def _sounds_certain(coding: Coding) -> bool:
    """Asked-for advice given as a command or a "you should" with no hedge: CODING_RULES §4
    scores it 3 ("advice with permission that ... sounds certain"). The tuning sets' labels
    agree on 101 of 117 such written replies (and 6 of 10 chat turns); hedged ones are mostly 4."""
    advice = [p for p in coding.clauses if p.codes & {"advise", "advise_with_permission"}]
    text = " ".join(p.clause.clean for p in advice)
    return bool(advice) and not _TENTATIVE.search(text) and (
        any(p.bare_imperative for p in advice) or bool(_CERTAIN.search(text)))


def non_authoritative(coding: Coding, facts: TurnFacts) -> tuple[float, str, list[str]]:
    """Any unsolicited advice caps at 2; commands, confronting, warning, labelling give 1;
    autonomy and collaboration give 5 (CODING_RULES §4 caps)."""
    codes = set(coding.codes)
    hard = [c for c in ("direct", "confront", "warn", "label") if c in codes]
    if facts.safety_direction and not codes & {"confront", "warn", "label"}:
        return 2.0, "a safety instruction: needed, but it decides for the client", _evidence(
            coding, "direct", "advise")
    if hard:
        return 1.0, f"{_NAMED[hard[0]]} takes power from the client", _evidence(coding, *hard)
    if "advise" in codes:
        value = 1.5 if "minimize" in codes else 2.0
        return value, "unsolicited advice", _evidence(coding, "advise")
    if "minimize" in codes:
        return 2.0, "reassurance that closes the topic", _evidence(coding, "minimize")
    if coding.long_self_disclosure:
        return 3.0, "your story takes over", _evidence(coding, "self_disclose")
    if codes & {"emphasize_autonomy", "seek_collaboration"}:
        return 5.0 if "advise_with_permission" not in codes else 4.5, (
            "shares power: choice or collaboration"), _evidence(
            coding, "emphasize_autonomy", "seek_collaboration")
    if "advise_with_permission" in codes:
        if _sounds_certain(coding):
            why = "advice they asked for, but given as an order: leave room to decline"
            return 3.0, why, _evidence(coding, "advise_with_permission")
        value = 4.0 if facts.n_words <= 60 else 3.5
        return value, "advice with permission", _evidence(coding, "advise_with_permission")
    if codes & {"simple_reflection", "complex_reflection", "open_question", "affirm"}:
        value = 4.0
        if "open_question" in codes and "closed_question" not in codes:
            # An open question that asks for the client's own view hands them the direction.
            value = 4.6 if _EVOCATIVE.search(" ".join(coding.evidence.get("open_question", []))
                                             .lower()) else 4.25
        return value, "follows the client without imposing", _evidence(
            coding, "complex_reflection", "simple_reflection", "open_question", "affirm")
    if "closed_question" in codes:
        return 3.0, "closed questions set your agenda", _evidence(coding, "closed_question")
    if "inform" in codes:
        if facts.lecture:
            return 2.5, "a lecture: long information nobody asked for", _evidence(coding, "inform")
        return 3.0, "unrequested information", _evidence(coding, "inform")
    if coding.subject_change:
        return 3.0, "changes the subject", []
    return 4.0, "neutral; imposes nothing", _evidence(coding, "other", "self_disclose")


_ONLY_ASKS = frozenset({"open_question", "closed_question", "other", "affirm"})
# Small talk and the trainee's own checklist, asked as if nothing had been said ("What are you doing
# this weekend?", "How are things going at school?", "So what are your goals for this week?")
_OTHER_TOPIC = re.compile(r"\b(?:this|the|next) weekend\b|\bhobbies\b|\banything fun\b|\bthe weather\b|\bhow(?:'s| is| "
                          r"are) (?:things|everything|stuff) (?:going )?(?:at|with|in) (?:school|work|home|class)\b|"
                          r"\byour diet\b|\bgoals for (?:this|the) week\b|\bwatch(?:ing|ed)? anything good\b|\bfor fun\b|"
                          r"\bkeeping up with (?:your|the) (?:meds|medication|appointments)\b|"
                          # probe SG: "How's school going?", "Have you been exercising at all?", "How's your back
                          # been?", "...the sleep routine we talked about?", "your goals for this month"
                          r"\bhow(?:'s| is) (?:school|work|class|college|the job|your back|your sleep)(?: going| been)?\b|"
                          r"\b(?:been )?exercising\b|\bthe (?:sleep|bedtime|morning) routine\b|\bgoals for (?:this|the) "
                          r"month\b|\bwhat are they spending\b")


def asks_elsewhere(coding: Coding, ctx: Context, utterance: str) -> bool:
    """Only a question, on small talk or the trainee's checklist no client turn raised, right after
    the client told something hard or something good: the turn moves off it (CODING_RULES §4
    active listening 2, "a partial change of subject")."""
    codes = set(coding.codes)
    if codes <= {"other", "affirm"} and cheers_past_a_fear(coding.clauses, GOT_THIS, ctx):
        return True  # "You've got this mama." after "I'm terrified" cheers past the fear (dev10 labels: AL 2)
    if not codes & {"open_question", "closed_question"} or codes - _ONLY_ASKS or not ctx.last_client:
        return False
    topic = _OTHER_TOPIC.search(utterance.lower().replace("\u2019", "'"))  # cheap, and rare: first
    if not topic or content_stems(topic.group(0)) & (ctx.history_stems | ctx.client_stems):
        return False
    last = ctx.last_client
    return len(last.split()) >= 6 and bool(hard(last) or good_news(last) or LOSS.search(last.lower()))


_HOW_MUCH = re.compile(r"^\W*(?:(?:so|and|but|okay|ok|um),? )*how (?:old|long|many|much)\b")
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                     r"forty|fifty|a (?:week|month|year|day))\b")
_HOW_WORDS = frozenset(content_stems("old long many much now still really exactly"))


def asked_before(coding: Coding, ctx: Context, utterance: str) -> bool:
    """A how-long / how-many / how-old question, and nothing else, whose answer a client turn already
    gave: a sentence that holds every word of the question and a number ("How long have you been
    sober now?" after "I'm three weeks sober today"; probe MU)."""
    low = utterance.lower().replace("\u2019", "'")
    if set(coding.codes) - {"closed_question", "other"} or not _HOW_MUCH.match(low):
        return False
    key = content_stems(low) - WHEN_STEMS - _HOW_WORDS
    return bool(key) and any(key <= content_stems(s) and _NUMBER.search(s.lower()) for s in sentences(ctx.said))


_JUSTIFY = re.compile(r"^\W*(?:(?:but|so|and|well|okay|ok),? )*(?:why (?:did(?:n'?t)? you|didn'?t you|would you|do you "
                      r"keep|did you let|weren'?t you|aren'?t you)|what did you do to|how did you let)\b")


def asks_to_justify(coding: Coding, ctx: Context, utterance: str) -> bool:
    """A why-question about the client's own failure or lapse, just told, and nothing else that
    acknowledges it (no reflection, no affirmation)."""
    codes = set(coding.codes)
    return bool(codes & {"open_question", "closed_question", "confront"}) and not codes & {
        "simple_reflection", "complex_reflection", "affirm"} and bool(_JUSTIFY.match(utterance.lower())) \
        and bool(OWN_FAILURE.search(ctx.last_client.lower()) or OWN_LAPSE.search(ctx.last_client.lower()))


def score_turn(coding: Coding, ctx: Context, utterance: str, risk_addressed: bool,
               emergency_help: bool = False) -> Scores:
    """`emergency_help`: the turn points to emergency help (`context.points_to_emergency_help`,
    decided once by the caller, which also needs it for the risk cue and the suggestion)."""
    overlap = len(content_stems(utterance) & ctx.client_stems)
    follows = overlap >= 1 or bool(
        set(coding.codes) & {"simple_reflection", "complex_reflection"}
    ) or not ctx.last_client
    n_closed = sum(1 for p in coding.clauses if "closed_question" in p.codes)
    n_words = len(utterance.split())
    facts = TurnFacts(
        follows=follows,
        overlap=overlap,
        risk_cue=bool(ctx.risk_cue),
        risk_addressed=risk_addressed,
        risk_words=quoted_cue(ctx.risk_cue),
        n_closed=n_closed,
        n_words=n_words,
        lecture=is_lecture(coding, n_words, bool(
            ctx.info_question or ctx.advice_allowed)),
        safety_direction=bool(ctx.risk_cue) and risk_addressed and emergency_help
        and bool(set(coding.codes) & {"direct", "advise"}),
        sympathy=next((s for s in sentences(utterance) if SYMPATHY.search(s.lower())), ""),
        misread=misread_feeling(coding, ctx.last_client),
        elsewhere=asks_elsewhere(coding, ctx, utterance),
        wrong_fact=misread_fact(coding, ctx.said),
        justify=asks_to_justify(coding, ctx, utterance),
        asked_before=asked_before(coding, ctx, utterance),
    )
    feeling_named = bool(feeling_stems(utterance))
    out = {}
    for name, (value, why, ev) in (
        ("active_listening", active_listening(coding, facts)),
        ("validation", validation(coding, facts, feeling_named)),
        ("non_authoritative", non_authoritative(coding, facts)),
    ):
        out[name] = Score(value=max(1.0, min(5.0, value)), explanation=why, evidence=ev)
    return Scores(**out)
