"""An optional LLM-written paragraph on top of the deterministic debrief.

Only used when a capable judge is configured (`settings.judge_backend != "none"`): the small
embedded client model is not trusted to coach (ENVIRONMENT.md: it barely separates good turns
from bad). The model sees the debrief's numbers and quotes only, never the persona's hidden
story or facilitator notes, and it may not change any number; if it fails, there is simply
no narrative.
"""

from __future__ import annotations

import logging

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from simulator.debrief import Debrief
from simulator.settings import Settings

log = logging.getLogger(__name__)

SYSTEM = (
    "You are an experienced trainer of Certified Peer Specialists. Write 3-5 warm, specific "
    "sentences of feedback for a trainee after a practice conversation, using only the facts "
    "given. Name one thing they did well and one thing to practise, quoting their words where "
    "useful. Do not invent numbers, do not diagnose the client, no lists, no headings."
)


def narrative_prompt(d: Debrief) -> str:
    dims = "; ".join(
        f"{x.label}: {'unscored' if x.mean is None else f'{x.mean:.1f}/5'}" for x in d.dimensions
    )
    miti = "; ".join(f"{m.name}: {m.display} ({m.rating})" for m in d.miti.measures)
    moments = " | ".join(
        f"turn {k.turn} ({k.kind} trust): \"{k.trainee_text}\"" for k in d.key_moments
    )
    return (
        f"Client: {d.persona_name}. Turns: {d.turns}.\nScores: {dims}.\nMITI: {miti}.\n"
        f"Trust: {d.trust[0].trust:.2f} -> {d.trust[-1].trust:.2f}; story parts shared "
        f"{len(d.layers_shared)} of {d.layers_total}.\nKey moments: {moments or 'none'}.\n"
        f"Strengths: {' '.join(d.strengths) or 'none noted'}\n"
        f"Practise next: {' '.join(d.practise_next)}"
    )


def write_narrative(d: Debrief, model: BaseChatModel) -> str | None:
    try:
        answer = model.invoke([SystemMessage(SYSTEM), HumanMessage(narrative_prompt(d))])
    except Exception as exc:  # noqa: BLE001 - a narrative is optional; the debrief stands alone
        log.warning("debrief narrative failed: %s", exc)
        return None
    text = str(answer.content).strip()
    return text or None


def narrative_for(d: Debrief, settings: Settings, model: BaseChatModel | None = None) -> str | None:
    """The narrative if a judge is configured, else None (the deterministic debrief only)."""
    if settings.judge_backend == "none" or not d.turns:
        return None
    if model is None:
        from simulator.models import make_chat_model

        try:
            model = make_chat_model(settings, role="judge")
        except Exception as exc:  # noqa: BLE001
            log.warning("no judge model for the narrative: %s", exc)
            return None
    return write_narrative(d, model)
