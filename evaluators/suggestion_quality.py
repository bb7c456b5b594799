"""Do the suggested better responses practise what they preach?

Why: a trainee who gets "try this instead" and copies it should not be marked down for it.
The suggestion is built from the client's own words, and those words can carry an order
("Don't tell my psychiatrist"), a self-label ("I'm just a junkie") or a minimisation that,
repeated in the trainee's mouth, commits the very fault the feedback is about. So each
suggestion is scored, in the same context, by the evaluator that proposed it. This is a
self-consistency check, not agreement with humans: it finds suggestions our own coding
rules would fault; it cannot show that a coder would like them.
"""

from __future__ import annotations

from typing import Any

from evaluators.suggest import UNFIT
from evaluators.types import DIMENSIONS, TurnInput


def suggestion_report(evaluator: Any, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Share of suggestions (for the items that got one) scoring >= 4 on every dimension,
    free of unfit codes, holding a reflection and an open question; with the worst few."""
    n = good = clean = reflective = open_q = 0
    worst: list[dict[str, Any]] = []
    for item in items:
        history = item.get("history") or []
        result = evaluator.evaluate(TurnInput(history=history, utterance=item["utterance"]))
        if not result.suggestion or result.suggestion.startswith("Try "):
            continue  # "Try an open question..." is advice to the trainee, not a response
        n += 1
        check = evaluator.evaluate(TurnInput(history=history, utterance=result.suggestion))
        values = {d: getattr(check.scores, d).value for d in DIMENSIONS}
        codes = set(check.behaviors)
        ok = all(v is not None and v >= 4 for v in values.values())
        good += ok
        clean += not codes & UNFIT
        reflective += bool(codes & {"simple_reflection", "complex_reflection"})
        open_q += "open_question" in codes
        if not ok and len(worst) < 10:
            worst.append({"id": item.get("id"), "suggestion": result.suggestion,
                          "scores": values, "codes": sorted(codes)})
    share = (lambda k: round(k / n, 3) if n else None)  # noqa: E731
    return {"n": n, "scores_4_plus": share(good), "no_unfit_code": share(clean),
            "reflection": share(reflective), "open_question": share(open_q), "worst": worst}
