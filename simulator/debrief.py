"""The end-of-session debrief: deterministic, pure functions over a session's turns.

Why pure: the app, the exports and the research report must all say the same thing about the
same session, so every number here is computed from the logged turns alone (each turn's
`TurnEvaluation` and the client state after it), with no model call and no clock. An LLM
narrative, when a capable judge is configured, is layered on top elsewhere
(`simulator/debrief_narrative.py`) and never changes these numbers.

MITI references, stated honestly:
- Reflection-to-question ratio (fair 1:1, good 2:1) and % complex reflections (fair 40%,
  good 50%) are the MITI 4.2.1 thresholds (Moyers, Manuel & Ernst, MITI 4.2.1 coding manual).
- MITI 4.2.1 sets no threshold for % open questions or for MI-adherent counts; the figures
  shown for those (50% / 70% open questions; 90% / 100% MI-adherent) are MITI 3.1.1's
  "beginning proficiency" / "competency" levels (Moyers, Martin, Manuel, Miller & Ernst, 2010).
- The thresholds were set for trained human coders on 20-minute segments; here the codes come
  from an automatic evaluator over a short practice, so they are a guide, not a grade.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

from evaluators.types import DIMENSIONS, MI_ADHERENT, MI_NON_ADHERENT, TurnEvaluation
from personas.schema import Persona
from simulator.state import ClientState
from simulator.vocabulary import (
    behavior_label,
    dimension_label,
    flag_label,
    format_score,
    score_word,
)

DEBRIEF_FORMAT_VERSION = 1
# A turn must move trust at least this much to count as a key moment.
KEY_MOMENT_MIN_DELTA = 0.02
KEY_MOMENTS_PER_KIND = 2

MITI_421 = "MITI 4.2.1 (Moyers, Manuel & Ernst)"
MITI_311 = (
    "MITI 3.1.1 (Moyers et al., 2010): beginning proficiency / competency; "
    "MITI 4.2.1 sets no threshold for this"
)

Rating = Literal["good", "fair", "below fair", "not enough data", "no threshold"]


class TurnLike(Protocol):
    """What the debrief needs from a turn (simulator.session.Turn satisfies it)."""

    index: int
    trainee: str
    evaluation: TurnEvaluation
    state: dict
    reply: str | None


# -- the typed result ---------------------------------------------------------------------
@dataclass
class DimensionSummary:
    dimension: str
    label: str
    mean: float | None
    scored_turns: int
    unscored_turns: list[int]  # turn numbers left out of the mean
    unscored_reasons: list[str]
    series: list[float | None]  # one value per turn, None where unscored


@dataclass
class TrustPoint:
    turn: int  # 0 = before the first trainee turn
    trust: float
    delta: float
    mood: str
    opened: list[str]  # titles of the story layers that opened at this turn


@dataclass
class MitiMeasure:
    key: str
    name: str
    value: float | None
    display: str
    fair: str
    good: str
    rating: Rating
    source: str


@dataclass
class MitiSummary:
    counts: dict[str, int]  # every behaviour code -> how often it was coded
    reflections: int
    questions: int
    open_questions: int
    complex_reflections: int
    mi_adherent: int
    mi_non_adherent: int
    measures: list[MitiMeasure]


@dataclass
class TalkBalance:
    trainee_words: int
    client_words: int
    trainee_share: float | None  # trainee words / all words
    avg_trainee_words: float | None


@dataclass
class KeyMoment:
    turn: int
    kind: Literal["built", "broke"]
    delta: float
    trust_after: float
    trainee_text: str
    client_reply: str | None
    what_happened: str
    better_alternative: str | None


@dataclass
class Debrief:
    session_id: str
    persona_id: str
    persona_name: str
    turns: int
    ended: bool
    dimensions: list[DimensionSummary]
    trust: list[TrustPoint]
    layers_total: int
    layers_shared: list[str]
    layers_unshared: list[str]
    miti: MitiSummary
    talk: TalkBalance
    key_moments: list[KeyMoment]
    flags: dict[str, int]
    strengths: list[str]
    practise_next: list[str]
    notes: list[str]
    evaluators: list[str] = field(default_factory=list)
    narrative: str | None = None
    # The turns each flag was raised on, so the coaching can say where ("turns 3 and 5").
    flag_turns: dict[str, list[int]] = field(default_factory=dict)
    format_version: int = DEBRIEF_FORMAT_VERSION

    # -- views --------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def to_markdown(self) -> str:
        return render_markdown(self)

    def dimension(self, key: str) -> DimensionSummary:
        return next(d for d in self.dimensions if d.dimension == key)


# -- the pieces (each usable on its own by the research report) ----------------------------
def dimension_summaries(turns: Sequence[TurnLike]) -> list[DimensionSummary]:
    """Mean and per-turn series per dimension; unscored turns are excluded, not zeroed."""
    out = []
    for dim in DIMENSIONS:
        series: list[float | None] = []
        unscored: list[int] = []
        reasons: list[str] = []
        for turn in turns:
            score = turn.evaluation.scores.get(dim)
            series.append(score.value)
            if score.value is None:
                unscored.append(turn.index)
                reason = score.unscored_reason or "no reason given"
                if reason not in reasons:
                    reasons.append(reason)
        values = [v for v in series if v is not None]
        mean = round(sum(values) / len(values), 2) if values else None
        out.append(
            DimensionSummary(
                dimension=dim, label=dimension_label(dim), mean=mean, scored_turns=len(values),
                unscored_turns=unscored, unscored_reasons=reasons, series=series,
            )
        )
    return out


def trust_series(persona: Persona, turns: Sequence[TurnLike]) -> list[TrustPoint]:
    """Trust before the first turn and after each one, with the story layers that opened."""
    initial = ClientState.initial(persona)
    points = [
        TrustPoint(0, round(initial.trust, 4), 0.0, initial.mood, _titles(persona, initial.unlocked))
    ]
    for turn in turns:
        state = turn.state or {}
        points.append(
            TrustPoint(
                turn=turn.index,
                trust=float(state.get("trust", points[-1].trust)),
                delta=float(state.get("last_delta", 0.0)),
                mood=str(state.get("mood", "")),
                opened=_titles(persona, state.get("newly_unlocked", [])),
            )
        )
    return points


def shared_layers(persona: Persona, turns: Sequence[TurnLike]) -> list[int]:
    unlocked = set(ClientState.initial(persona).unlocked)
    for turn in turns:
        unlocked.update((turn.state or {}).get("unlocked", []))
    return sorted(i for i in unlocked if 0 <= i < len(persona.story_layers))


def behavior_counts(turns: Sequence[TurnLike]) -> Counter[str]:
    return Counter(code for turn in turns for code in turn.evaluation.behaviors)


def _rate(value: float | None, fair: float, good: float) -> Rating:
    if value is None:
        return "not enough data"
    if value >= good:
        return "good"
    return "fair" if value >= fair else "below fair"


def _pct(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _pct_text(value: float | None, part: int, whole: int) -> str:
    return "–" if value is None else f"{value:.0%} ({part} of {whole})"


def miti_summary(turns: Sequence[TurnLike]) -> MitiSummary:
    """MITI-style counts and ratios, each set against its threshold where one exists."""
    counts = behavior_counts(turns)
    simple, complex_ = counts["simple_reflection"], counts["complex_reflection"]
    open_q, closed_q = counts["open_question"], counts["closed_question"]
    reflections, questions = simple + complex_, open_q + closed_q
    mia = sum(counts[c] for c in MI_ADHERENT)
    mina = sum(counts[c] for c in MI_NON_ADHERENT)

    if questions:
        rq: float | None = reflections / questions
        rq_display = f"{rq:.1f} : 1 ({_n(reflections, 'reflection')}, {_n(questions, 'question')})"
        rq_rating = _rate(rq, 1.0, 2.0)
    elif reflections:
        rq, rq_display, rq_rating = None, f"{_n(reflections, 'reflection')}, no questions", "good"
    else:
        rq, rq_display, rq_rating = None, "no reflections or questions", "not enough data"

    cr = _pct(complex_, reflections)
    oq = _pct(open_q, questions)
    adherent_share = _pct(mia, mia + mina)
    measures = [
        MitiMeasure("rq_ratio", "Reflection-to-question ratio", rq, rq_display,
                    "1 : 1", "2 : 1", rq_rating, MITI_421),
        MitiMeasure("complex_reflections", "% complex reflections", cr,
                    _pct_text(cr, complex_, reflections), "40%", "50%", _rate(cr, 0.40, 0.50), MITI_421),
        MitiMeasure("open_questions", "% open questions", oq, _pct_text(oq, open_q, questions),
                    "50%", "70%", _rate(oq, 0.50, 0.70), MITI_311),
        MitiMeasure("mi_adherent_share", "% MI-adherent (of adherent + non-adherent)",
                    adherent_share, _pct_text(adherent_share, mia, mia + mina), "90%", "100%",
                    _rate(adherent_share, 0.90, 1.0), MITI_311),
        MitiMeasure("mi_adherent", "MI-adherent: affirm, emphasise autonomy, seek collaboration",
                    float(mia), _count_text(counts, MI_ADHERENT), "–", "–", "no threshold",
                    "count; MITI 4.2.1 sets no threshold (more is better)"),
        MitiMeasure("mi_non_adherent",
                    "MI non-adherent: advise without permission, confront, direct, warn",
                    float(mina), _count_text(counts, MI_NON_ADHERENT), "–", "–", "no threshold",
                    "count; MITI 4.2.1 sets no threshold (fewer is better)"),
    ]
    return MitiSummary(
        counts=dict(sorted(counts.items())), reflections=reflections, questions=questions,
        open_questions=open_q, complex_reflections=complex_, mi_adherent=mia,
        mi_non_adherent=mina, measures=measures,
    )


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _count_text(counts: Counter[str], codes: frozenset[str]) -> str:
    total = sum(counts[c] for c in codes)
    parts = [f"{behavior_label(c).lower()} {counts[c]}" for c in sorted(codes) if counts[c]]
    return f"{total}" + (f" ({', '.join(parts)})" if parts else "")


def _words(text: str | None) -> int:
    return len((text or "").split())


def talk_balance(turns: Sequence[TurnLike], opening_line: str = "") -> TalkBalance:
    trainee = sum(_words(t.trainee) for t in turns)
    client = _words(opening_line) + sum(_words(t.reply) for t in turns)
    total = trainee + client
    return TalkBalance(
        trainee_words=trainee,
        client_words=client,
        trainee_share=round(trainee / total, 3) if total else None,
        avg_trainee_words=round(trainee / len(turns), 1) if turns else None,
    )


def _codes_text(codes: Sequence[str]) -> str:
    names = [behavior_label(c).lower() for c in dict.fromkeys(codes)]
    return ", ".join(names) if names else "no codable behaviour"


BETTER: list[tuple[frozenset[str], str]] = [
    (frozenset({"label"}), "Use their words, not a label: talk about what they are going "
     "through (\"the pills\", \"a rough patch\"), not a diagnosis."),
    (frozenset({"confront"}), "Roll with the doubt instead of arguing: reflect the part of them "
     "that is unsure (\"Part of you wonders whether…\")."),
    (frozenset({"advise", "direct", "warn"}), "Ask before offering anything and leave the choice "
     "with them: \"Would it be OK if I shared something that helped me? You know your life best.\""),
    (frozenset({"minimize"}), "Stay with how big it feels to them: \"That sounds really heavy.\""),
    (frozenset({"closed_question"}), "Open the question up: \"What has that been like for you?\""),
]
DEFAULT_BETTER = "Reflect what you heard before asking anything: \"It sounds like…\""


def _better_alternative(evaluation: TurnEvaluation) -> str:
    if evaluation.suggestion:
        return evaluation.suggestion
    codes = set(evaluation.behaviors)
    for trigger_codes, text in BETTER:
        if codes & trigger_codes:
            return text
    return DEFAULT_BETTER


def key_moments(persona: Persona, turns: Sequence[TurnLike]) -> list[KeyMoment]:
    """The turns that moved trust most each way, quoted, with what happened and what else to try."""
    def delta(turn: TurnLike) -> float:
        return float((turn.state or {}).get("last_delta", 0.0))

    built = sorted((t for t in turns if delta(t) >= KEY_MOMENT_MIN_DELTA), key=lambda t: -delta(t))
    broke = sorted((t for t in turns if delta(t) <= -KEY_MOMENT_MIN_DELTA), key=delta)
    moments = []
    for kind, chosen in (("built", built[:KEY_MOMENTS_PER_KIND]), ("broke", broke[:KEY_MOMENTS_PER_KIND])):
        for turn in chosen:
            state = turn.state or {}
            d, trust = delta(turn), float(state.get("trust", 0.0))
            codes = _codes_text(turn.evaluation.behaviors)
            if kind == "built":
                opened = _titles(persona, state.get("newly_unlocked", []))
                happened = f"You used {codes}; trust rose by {d:+.2f} to {trust:.2f}."
                if opened:
                    happened += " They opened up about " + ", ".join(f"“{t}”" for t in opened) + "."
                better = None
            else:
                happened = f"You used {codes}; trust fell by {abs(d):.2f} to {trust:.2f}."
                for name in state.get("triggered", []):
                    happened += f" It hit a nerve: {name}."
                better = _better_alternative(turn.evaluation)
            moments.append(
                KeyMoment(
                    turn=turn.index, kind=kind, delta=round(d, 4), trust_after=round(trust, 4),  # type: ignore[arg-type]
                    trainee_text=turn.trainee, client_reply=turn.reply, what_happened=happened,
                    better_alternative=better,
                )
            )
    return sorted(moments, key=lambda m: m.turn)


def flag_counts(turns: Sequence[TurnLike]) -> dict[str, int]:
    return dict(sorted(Counter(f for t in turns for f in t.evaluation.flags).items()))


def flag_turns(turns: Sequence[TurnLike]) -> dict[str, list[int]]:
    """The turn numbers each flag was raised on, in order."""
    out: dict[str, list[int]] = {}
    for t in turns:
        for f in dict.fromkeys(t.evaluation.flags):
            out.setdefault(f, []).append(t.index)
    return dict(sorted(out.items()))


def _turns_text(indices: Sequence[int]) -> str:
    """"turn 3", "turns 3 and 5", "turns 2, 4 and 7"."""
    if not indices:
        return ""
    numbers = [str(i) for i in indices]
    if len(numbers) == 1:
        return f"turn {numbers[0]}"
    return f"turns {', '.join(numbers[:-1])} and {numbers[-1]}"


# -- rule-based coaching ---------------------------------------------------------------------
def strengths(d: Debrief) -> list[str]:
    if not d.turns:
        return []
    out = []
    for dim in d.dimensions:
        if dim.mean is not None and dim.mean >= 4:
            out.append(f"{dim.label} was {score_word(dim.mean)} on average ({format_score(dim.mean)} of 5).")
    m = d.miti
    rq = _measure(m, "rq_ratio")
    if rq.rating == "good":
        out.append(
            f"You reflected more than you asked: {_n(m.reflections, 'reflection')} to "
            f"{_n(m.questions, 'question')}."
        )
    cr = _measure(m, "complex_reflections")
    if cr.rating == "good":
        out.append(f"Your reflections went beyond the words: {cr.display} were complex reflections.")
    if m.mi_adherent:
        out.append(f"You used MI-adherent moves {m.mi_adherent} time(s): {_measure(m, 'mi_adherent').display}.")
    if not m.mi_non_adherent and d.turns >= 3:
        out.append("No unsolicited advice, directing, confronting or warning: the client stayed in charge.")
    if d.layers_total and len(d.layers_shared) == d.layers_total:
        out.append(f"{d.persona_name.split()[0]} trusted you with every part of their story.")
    elif len(d.trust) > 1 and d.trust[-1].trust - d.trust[0].trust >= 0.15:
        out.append(f"Trust grew from {d.trust[0].trust:.2f} to {d.trust[-1].trust:.2f} over the conversation.")
    if d.talk.trainee_share is not None and d.talk.trainee_share <= 0.4:
        out.append(f"You let the client do most of the talking (you spoke {d.talk.trainee_share:.0%} of the words).")
    return out


def practise_next(d: Debrief) -> list[str]:
    """Two or three concrete things to practise, most important first, from the numbers."""
    if not d.turns:
        return ["Start a conversation and take a few turns: the debrief needs something to look at."]
    name = d.persona_name.split()[0]
    tips: list[str] = []
    if d.flags.get("risk_cue_missed"):
        tips.append(
            f"Respond to risk cues: {_turns_text(d.flag_turns['risk_cue_missed'])} moved past "
            "something that can signal risk (the feedback for it quotes the words). Name what you "
            "heard and ask directly, calmly, about thoughts of suicide."
        )
    m = d.miti
    if m.mi_non_adherent:
        tips.append(
            f"Hold back advice: you gave advice without permission, directed, confronted or warned "
            f"{m.mi_non_adherent} time(s). Ask first (\"Would it be OK if I shared an idea?\") or reflect instead."
        )
    rq = _measure(m, "rq_ratio")
    if rq.rating == "below fair" or (m.questions >= 2 and not m.reflections):
        tips.append(
            "Reflect more than you ask: aim for two reflections for every question. After "
            f"{name} speaks, say back what you heard before asking anything new."
        )
    cr = _measure(m, "complex_reflections")
    if cr.rating == "below fair":
        tips.append(
            "Deepen your reflections: add the feeling or meaning under the words "
            "(\"…and that leaves you feeling stuck\"), not only a repeat of them."
        )
    oq = _measure(m, "open_questions")
    if oq.rating == "below fair":
        tips.append("Swap closed questions for open ones: start with \"What…\" or \"How…\" instead of \"Do you…\".")
    scored = [dim for dim in d.dimensions if dim.mean is not None and dim.mean < 3.5]
    for dim in sorted(scored, key=lambda x: x.mean or 0):
        tips.append(DIMENSION_TIPS[dim.dimension])
    if d.talk.trainee_share is not None and d.talk.trainee_share > 0.5:
        tips.append(
            f"Talk less: you spoke {d.talk.trainee_share:.0%} of the words. Shorter turns leave room for {name}."
        )
    elif d.talk.avg_trainee_words and d.talk.avg_trainee_words > 45:
        tips.append(f"Keep turns short: yours averaged {d.talk.avg_trainee_words:.0f} words; one or two sentences is plenty.")
    if d.layers_unshared and len(tips) < 2:
        tips.append(
            f"Earn the rest of the story: {name} never got to share {len(d.layers_unshared)} part(s). "
            "Slow down, reflect feelings and affirm strengths so they feel safe to say more."
        )
    if len(tips) < 2:
        tips.append("Stretch yourself: try a persona at the next difficulty level, or practise in assessment mode.")
    if len(tips) < 2:
        tips.append("Practise complex reflections: guess at the feeling or meaning behind what they say.")
    return list(dict.fromkeys(tips))[:3]


DIMENSION_TIPS = {
    "active_listening": "Follow their words: build each turn on what the client just said, "
    "using their own words, before adding anything of yours.",
    "validation": "Validate before anything else: name the feeling you hear and say it makes "
    "sense (\"Of course that's exhausting\").",
    "non_authoritative": "Share power: offer choices, ask permission, and let them be the "
    "expert on their own life instead of telling them what to do.",
}


def _measure(m: MitiSummary, key: str) -> MitiMeasure:
    return next(x for x in m.measures if x.key == key)


def _titles(persona: Persona, indices: Sequence[int]) -> list[str]:
    return [persona.story_layers[i].label for i in indices if 0 <= i < len(persona.story_layers)]


def _notes(dims: list[DimensionSummary], turns: Sequence[TurnLike]) -> list[str]:
    notes = []
    for dim in dims:
        if dim.unscored_turns:
            turn_list = ", ".join(str(i) for i in dim.unscored_turns)
            notes.append(
                f"{dim.label} was unscored on turn(s) {turn_list} ({'; '.join(dim.unscored_reasons)}) "
                "and is left out of its average."
            )
    pending = [t.index for t in turns if t.reply is None]
    if pending:
        notes.append(f"The client never answered turn(s) {', '.join(map(str, pending))}.")
    if turns:
        notes.append(
            "Behaviours were coded automatically; MITI thresholds were set for human coders on "
            "20-minute sessions, so read them as a guide rather than a grade."
        )
    return notes


def build_debrief(
    persona: Persona,
    turns: Sequence[TurnLike],
    *,
    session_id: str = "",
    ended: bool = True,
) -> Debrief:
    """Everything the debrief says about these turns; same input, same output."""
    dims = dimension_summaries(turns)
    shared = shared_layers(persona, turns)
    evaluators = sorted({p.evaluator for t in turns for p in t.evaluation.provenance})
    debrief = Debrief(
        session_id=session_id,
        persona_id=persona.id,
        persona_name=persona.name,
        turns=len(turns),
        ended=ended,
        dimensions=dims,
        trust=trust_series(persona, turns),
        layers_total=len(persona.story_layers),
        layers_shared=_titles(persona, shared),
        layers_unshared=_titles(persona, [i for i in range(len(persona.story_layers)) if i not in shared]),
        miti=miti_summary(turns),
        talk=talk_balance(turns, persona.opening_line),
        key_moments=key_moments(persona, turns),
        flags=flag_counts(turns),
        flag_turns=flag_turns(turns),
        strengths=[],
        practise_next=[],
        notes=_notes(dims, turns),
        evaluators=evaluators,
    )
    debrief.strengths = strengths(debrief)
    debrief.practise_next = practise_next(debrief)
    return debrief


# -- Markdown ---------------------------------------------------------------------------------
def _quote(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def render_markdown(d: Debrief) -> str:
    first = d.persona_name.split()[0]
    lines = [f"# Debrief: your conversation with {d.persona_name}", ""]
    status = "ended" if d.ended else "still open"
    lines += [f"{d.turns} trainee turn(s) · session {status}" + (f" · `{d.session_id}`" if d.session_id else ""), ""]
    if d.narrative:
        lines += ["## In a few words", "", d.narrative.strip(), ""]

    lines += ["## Scores", "", "| Dimension | Average | Turns scored | Per turn |", "| --- | --- | --- | --- |"]
    for dim in d.dimensions:
        avg = "unscored" if dim.mean is None else f"{format_score(dim.mean)} ({score_word(dim.mean)})"
        per_turn = " · ".join(format_score(v) for v in dim.series) or "–"
        lines.append(f"| {dim.label} | {avg} | {dim.scored_turns} of {d.turns} | {per_turn} |")
    lines.append("")

    start, end = d.trust[0], d.trust[-1]
    peak = max(p.trust for p in d.trust)
    lines += ["## Trust", "", f"Trust started at {start.trust:.2f} and ended at {end.trust:.2f} (peak {peak:.2f}). "
              f"Parts of the story shared: {len(d.layers_shared)} of {d.layers_total}.", ""]
    for point in d.trust:
        if point.opened:
            when = "From the start" if point.turn == 0 else f"Turn {point.turn}"
            lines.append(f"- {when}: {first} was ready to talk about " + ", ".join(f"“{t}”" for t in point.opened))
    lines.append("")

    m = d.miti
    lines += ["## MITI-style summary", "", "| Measure | Fair | Good | You | Rating |", "| --- | --- | --- | --- | --- |"]
    for x in m.measures:
        lines.append(f"| {x.name} | {x.fair} | {x.good} | {x.display} | {x.rating} |")
    lines += [
        "",
        f"{_n(m.reflections, 'reflection').capitalize()} ({m.complex_reflections} complex), "
        f"{_n(m.questions, 'question')} ({m.open_questions} open). Thresholds: reflection-to-question ratio and % complex "
        f"reflections from {MITI_421}; % open questions and % MI-adherent from {MITI_311}.",
        "",
    ]

    t = d.talk
    lines += ["## Talk balance", ""]
    if t.trainee_share is None:
        lines.append("No words exchanged yet.")
    else:
        line = f"You spoke {t.trainee_words} words, {first} {t.client_words} (you: {t.trainee_share:.0%} of the words)."
        if t.avg_trainee_words is not None:
            line += f" Your turns averaged {t.avg_trainee_words:.0f} words."
        lines.append(line)
    lines.append("")

    lines += ["## Key moments", ""]
    if not d.key_moments:
        lines += ["No single turn moved trust much either way.", ""]
    for k in d.key_moments:
        verb = "built trust" if k.kind == "built" else "cost trust"
        lines += [f"### Turn {k.turn}: {verb} ({k.delta:+.2f})", "", f"> **You:** {_quote(k.trainee_text)}"]
        if k.client_reply:
            lines.append(f">\n> **{first}:** {_quote(k.client_reply)}")
        lines += ["", k.what_happened]
        if k.better_alternative:
            lines += ["", f"**Try instead:** {k.better_alternative}"]
        lines.append("")

    lines += [f"## What {first} never got to share", ""]
    lines += [f"- {title}" for title in d.layers_unshared] or [f"Nothing: {first} shared every part of their story."]
    lines.append("")

    if d.flags:
        lines += ["## Flags", ""]
        for flag, count in d.flags.items():
            label, advice = flag_label(flag)
            where = _turns_text(d.flag_turns.get(flag, []))
            count_where = f"{count}×" + (f", {where}" if where else "")
            lines.append(f"- **{label}** ({count_where}). {advice}".rstrip())
        lines.append("")

    lines += ["## Strengths", ""]
    lines += [f"- {s}" for s in d.strengths] or ["- Keep going: strengths show up as the numbers grow."]
    lines += ["", "## Practise next", ""]
    lines += [f"{i}. {tip}" for i, tip in enumerate(d.practise_next, 1)]
    lines.append("")
    if d.notes:
        lines += ["## Notes", ""] + [f"- {n}" for n in d.notes] + [""]
    return "\n".join(lines)
