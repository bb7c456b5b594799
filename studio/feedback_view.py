"""The feedback panel and trust meter as HTML: scores in colour *and* words, codes as names.

Pure functions of a turn's evaluation and state, so they are unit-tested without Gradio.
Every piece of user or model text is HTML-escaped here; Gradio renders the result as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from evaluators.types import DIMENSIONS, MI_ADHERENT, MI_NON_ADHERENT, REFLECTIONS, TurnEvaluation
from personas.schema import Persona
from simulator.session import Turn
from simulator.vocabulary import (
    behavior_label,
    dimension_label,
    flag_label,
    format_score,
    score_level,
    score_word,
)

HELPFUL = MI_ADHERENT | REFLECTIONS | {"open_question", "advise_with_permission"}
UNHELPFUL = MI_NON_ADHERENT | {"label", "minimize"}

FEEDBACK_PLACEHOLDER = (
    '<div class="pp-panel pp-muted">Feedback on each of your turns appears here: '
    "active listening, validation and a non-authoritative tone, scored 1 to 5.</div>"
)
HIDDEN_NOTICE = (
    '<div class="pp-panel pp-muted" role="status"><strong>Assessment mode.</strong> '
    "Feedback and the client's trust are hidden until the debrief.</div>"
)


def behavior_kind(code: str) -> str:
    if code in HELPFUL:
        return "good"
    return "bad" if code in UNHELPFUL else "neutral"


def score_badge(dimension: str, value: float | None, explanation: str = "", reason: str | None = None) -> str:
    label = escape(dimension_label(dimension))
    if value is None:
        why = escape(reason or "not scored")
        return (
            f'<div class="pp-score pp-l0"><span class="pp-score-num" aria-hidden="true">–</span>'
            f'<span class="pp-score-name">{label}</span><span class="pp-score-word">unscored</span>'
            f'<div class="pp-score-why">{why}</div></div>'
        )
    level = score_level(value)
    return (
        f'<div class="pp-score pp-l{level}"><span class="pp-score-num">{format_score(value)}</span>'
        f'<span class="pp-score-name">{label}</span>'
        f'<span class="pp-score-word">{escape(score_word(value))}</span>'
        + (f'<div class="pp-score-why">{escape(explanation)}</div>' if explanation else "")
        + "</div>"
    )


def behavior_tags(codes: Sequence[str]) -> str:
    if not codes:
        return '<span class="pp-muted">nothing codable</span>'
    return " ".join(
        f'<span class="pp-tag pp-tag-{behavior_kind(c)}">{escape(behavior_label(c))}</span>'
        for c in dict.fromkeys(codes)
    )


def evidence_items(evaluation: TurnEvaluation) -> list[str]:
    spans: list[str] = []
    for dim in DIMENSIONS:
        for span in evaluation.scores.get(dim).evidence:
            span = span.strip()
            if span and span not in spans:
                spans.append(span)
    return spans


def render_feedback(turn: Turn | None, earlier: Sequence[Turn] = ()) -> str:
    """The panel for the latest turn, with a compact line per earlier turn below it."""
    if turn is None:
        return FEEDBACK_PLACEHOLDER
    ev = turn.evaluation
    parts = [f'<div class="pp-panel pp-feedback" aria-live="polite"><h3>Your turn {turn.index}</h3>']
    parts.append('<div class="pp-scores">')
    for dim in DIMENSIONS:
        s = ev.scores.get(dim)
        parts.append(score_badge(dim, s.value, s.explanation, s.unscored_reason))
    parts.append("</div>")
    for flag in ev.flags:
        label, advice = flag_label(flag)
        parts.append(
            f'<div class="pp-flag" role="alert"><strong>⚠ {escape(label)}.</strong> {escape(advice)}</div>'
        )
    parts.append(f'<div class="pp-row"><span class="pp-key">What you did</span> {behavior_tags(ev.behaviors)}</div>')
    spans = evidence_items(ev)
    if spans:
        quoted = "".join(f"<li>“{escape(s)}”</li>" for s in spans[:3])
        parts.append(f'<div class="pp-row"><span class="pp-key">Evidence</span><ul class="pp-evidence">{quoted}</ul></div>')
    if ev.suggestion:
        parts.append(f'<div class="pp-suggest"><strong>Try instead:</strong> {escape(ev.suggestion)}</div>')
    if earlier:
        parts.append(render_turn_strip(earlier))
    parts.append("</div>")
    return "".join(parts)


def render_turn_strip(turns: Sequence[Turn]) -> str:
    """Earlier turns, newest first: turn number and the three scores as small coloured chips."""
    rows = []
    for t in reversed(turns):
        chips = "".join(
            f'<span class="pp-chip pp-l{0 if v is None else score_level(v)}" '
            f'title="{escape(dimension_label(d))}: {escape(score_word(v))}">{format_score(v)}</span>'
            for d, v in t.evaluation.score_values().items()
        )
        rows.append(f'<li><span class="pp-key">Turn {t.index}</span>{chips}</li>')
    return (
        '<details class="pp-earlier"><summary>Earlier turns (listening · validation · tone)</summary>'
        f'<ul>{"".join(rows)}</ul></details>'
    )


def render_trust(persona: Persona, state: dict, detail: bool = False) -> str:
    """The trust meter, mood and story progress; `detail` (instructors) lists each layer."""
    trust = float(state.get("trust", persona.initial_trust))
    pct = round(trust * 100)
    delta = float(state.get("last_delta", 0.0))
    arrow = ""
    if abs(delta) >= 0.005:
        arrow = f' <span class="pp-delta {"pp-up" if delta > 0 else "pp-down"}">{"▲" if delta > 0 else "▼"} {delta:+.2f}</span>'
    unlocked = list(state.get("unlocked", []))
    total = len(persona.story_layers)
    mood = escape(str(state.get("mood", "")))
    parts = [
        '<div class="pp-panel pp-trust">',
        f'<div class="pp-trust-head"><span>Trust</span><span><strong>{pct}%</strong> · {mood}{arrow}</span></div>',
        f'<div class="pp-meter" role="meter" aria-label="Client trust" aria-valuemin="0" '
        f'aria-valuemax="100" aria-valuenow="{pct}"><div class="pp-meter-fill" style="width:{pct}%"></div></div>',
        f'<div class="pp-story">Parts of their story shared: <strong>{len(unlocked)} of {total}</strong></div>',
    ]
    for name in state.get("triggered", []):
        parts.append(f'<div class="pp-nerve">That hit a nerve: {escape(name)}</div>')
    if detail:
        items = []
        for i, layer in enumerate(persona.story_layers):
            mark = "✓" if i in unlocked else "·"
            items.append(f"<li>{mark} {escape(layer.label)} <span class='pp-muted'>(needs {layer.trust_required:.2f})</span></li>")
        parts.append(f'<ul class="pp-layers">{"".join(items)}</ul>')
    parts.append("</div>")
    return "".join(parts)
