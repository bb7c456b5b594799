"""`LocalEvaluator`: the offline, deterministic, millisecond evaluator (name "local").

Why it exists: the app must give per-turn feedback with no network and no model, and must
have a fallback when an LLM judge fails. It codes MITI-style behaviours with rules
(`coder.py`), derives the three scores from them and from the context (`scoring.py`), flags
risk cues that went unanswered and long self-disclosures, and writes a suggestion from the
client's own words for any dimension scored <= 2 (`suggest.py`).
"""

from __future__ import annotations

import time
from typing import Any

from evaluators.coder import code_utterance
from evaluators.context import build_context, risk_addressed
from evaluators.scoring import score_turn
from evaluators.suggest import build_suggestion
from evaluators.types import DIMENSIONS, Provenance, Score, Scores, TurnEvaluation, TurnInput

VERSION = "0.4.0"


class LocalEvaluator:
    """Rule-based MITI coder + score rubric; no LLM, no I/O, safe to share across threads."""

    name = "local"
    version = VERSION

    def __init__(self, suggest: bool = True, **extra: Any) -> None:
        # Unknown args are accepted and recorded so a registry call never fails on them.
        self.suggest = suggest
        self.args: dict[str, Any] = {"suggest": suggest, **extra}

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        started = time.perf_counter()
        utterance = turn.utterance
        if not utterance.strip():
            reason = "empty utterance"
            scores = Scores(**{d: Score.unscored(reason) for d in DIMENSIONS})
            return TurnEvaluation(
                utterance=utterance, scores=scores, behaviors=[], provenance=[self._prov(started)]
            )
        ctx = build_context(turn)
        coding = code_utterance(utterance, ctx)
        # The cue is taken up when the turn names it or reflects it and asks (not when it
        # echoes "burden" inside "everyone feels like a burden sometimes").
        addressed = (
            bool(ctx.risk_cue)
            and risk_addressed(utterance, ctx)
            and not set(coding.codes) & {"minimize", "confront", "direct", "advise", "label"}
        )
        scores = score_turn(coding, ctx, utterance, addressed)

        flags: list[str] = []
        if ctx.risk_cue and not addressed:
            flags.append("risk_cue_missed")
        if coding.long_self_disclosure:
            flags.append("long_self_disclosure")
        if coding.subject_change:
            flags.append("subject_change")

        suggestion = None
        weak = {d for d in DIMENSIONS if (scores.get(d).value or 5) <= 2}
        if self.suggest and (weak or "risk_cue_missed" in flags):
            suggestion = build_suggestion(ctx.last_client, weak, "risk_cue_missed" in flags)

        return TurnEvaluation(
            utterance=utterance,
            scores=scores,
            behaviors=coding.codes,  # type: ignore[arg-type]
            suggestion=suggestion,
            flags=flags,
            provenance=[self._prov(started)],
        )

    def _prov(self, started: float) -> Provenance:
        return Provenance(
            evaluator=self.name,
            version=self.version,
            args=dict(self.args),
            latency_ms=(time.perf_counter() - started) * 1000,
        )
