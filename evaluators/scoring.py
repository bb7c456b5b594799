"""Turn the behaviour codes and the context into the three 1..5 scores, with reasons.

Why a rule table: the score rubrics in evaluators/data/CODING_RULES.md §4 are anchored on
behaviours (a complex reflection of the last words = 4-5 active listening; any unsolicited
advice caps non-authoritative tone at 2; minimising gives validation 1), so the scores are
derived from the codes and a few context facts, and each score says which rule set it.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaluators.coder import Coding
from evaluators.context import Context, content_stems, feeling_stems
from evaluators.types import Score, Scores

_AUTH = ("advise", "direct", "confront", "warn", "label")


@dataclass
class TurnFacts:
    """Context facts the scores depend on, computed once per turn."""

    follows: bool  # the turn picks up the client's last words
    overlap: int
    risk_cue: bool
    risk_addressed: bool
    n_closed: int
    n_words: int


def _evidence(coding: Coding, *codes: str) -> list[str]:
    spans: list[str] = []
    for code in codes:
        for span in coding.evidence.get(code, []):
            if span not in spans:
                spans.append(span)
    return spans[:3]


def active_listening(coding: Coding, facts: TurnFacts) -> tuple[float, str, list[str]]:
    codes = set(coding.codes)
    if "complex_reflection" in codes:
        value, why, ev = (5.0 if facts.follows else 4.0), "complex reflection", ["complex_reflection"]
        if "closed_question" in codes:
            value -= 0.5
    elif "simple_reflection" in codes:
        value, why, ev = 4.0, "simple reflection of the client's words", ["simple_reflection"]
        if "open_question" in codes and facts.follows:
            value = 4.5
    elif "open_question" in codes:
        value = 4.0 if facts.follows else 3.0
        why, ev = "open question" + (" that follows the client" if facts.follows else ""), [
            "open_question"
        ]
    elif "closed_question" in codes:
        value = 3.0 if facts.follows and facts.n_closed == 1 else 2.0
        why, ev = "closed question" + ("s" if facts.n_closed > 1 else ""), ["closed_question"]
    elif "affirm" in codes:
        value, why, ev = 3.5, "affirmation without a reflection", ["affirm"]
    elif codes & {"emphasize_autonomy", "seek_collaboration"}:
        value, why, ev = 3.5, "hands the direction to the client", [
            "emphasize_autonomy", "seek_collaboration"]
    elif "advise_with_permission" in codes:
        value, why, ev = 3.0, "advice given with permission", ["advise_with_permission"]
    elif "inform" in codes:
        value, why, ev = 2.5, "information", ["inform"]
    elif "self_disclose" in codes:
        value, why, ev = 3.0, "self-disclosure", ["self_disclose"]
    elif "other" in codes:
        value, why, ev = 3.0, "a neutral continuer", ["other"]
    else:
        value, why, ev = 2.0, "no listening behaviour", []
    if codes & {"confront", "warn", "label"}:
        value, why, ev = min(value, 1.5), "argues, warns or labels", ["confront", "warn", "label"]
    elif codes & {"advise", "direct"}:
        value, why, ev = min(value, 2.0), "gives unsolicited advice or directions", [
            "advise", "direct"]
    elif "minimize" in codes:
        value, why, ev = min(value, 2.0), "hurries past the client's experience", ["minimize"]
    if coding.long_self_disclosure:
        value, why, ev = min(value, 2.0), "a long self-disclosure takes over the turn", [
            "self_disclose"]
    if coding.subject_change or (
        not facts.follows and codes <= {"other", "inform", "closed_question"} and
        facts.n_words > 6
    ):
        value, why = min(value, 1.5 if coding.subject_change else value), why + "; changes subject"
    if facts.risk_cue and not facts.risk_addressed:
        value, why = min(value, 2.0), why + "; ignores the client's risk cue"
    elif facts.risk_cue and facts.risk_addressed:
        value, why = max(value, 4.5), "takes up the client's risk cue directly"
    return value, why, _evidence(coding, *ev)


def validation(coding: Coding, facts: TurnFacts, feeling_named: bool) -> tuple[float, str, list[str]]:
    codes = set(coding.codes)
    if codes & {"minimize", "confront", "label"}:
        hits = [c for c in ("minimize", "confront", "label") if c in codes]
        return 1.0, f"{hits[0]} invalidates the client's experience", _evidence(coding, *hits)
    reflect = codes & {"simple_reflection", "complex_reflection"}
    if "warn" in codes:
        return 1.5, "a warning judges rather than accepts", _evidence(coding, "warn")
    if codes & {"advise", "direct"}:
        if reflect:
            return 2.5, "acknowledges, then moves to fixing", _evidence(coding, "advise", "direct")
        return 2.0, "skips the feeling to fix the problem", _evidence(coding, "advise", "direct")
    if "affirm" in codes and reflect:
        value, why, ev = 5.0, "reflects and affirms a real strength", ["affirm", *reflect]
    elif "complex_reflection" in codes and feeling_named:
        value, why, ev = 5.0, "names the client's feeling and accepts it", ["complex_reflection"]
    elif "affirm" in codes:
        value, why, ev = 4.5, "affirms the client's effort or strength", ["affirm"]
    elif "complex_reflection" in codes:
        value, why, ev = 4.0, "reflects the meaning of the client's experience", [
            "complex_reflection"]
    elif "simple_reflection" in codes:
        value, why, ev = 4.0 if feeling_named else 3.5, "reflects the client's words", [
            "simple_reflection"]
    elif "self_disclose" in codes and not coding.long_self_disclosure:
        value, why, ev = 4.0, "a brief disclosure says 'you are not alone'", ["self_disclose"]
    elif coding.long_self_disclosure:
        value, why, ev = 2.5, "the trainee's story takes over", ["self_disclose"]
    else:
        value, why, ev = 3.0, "neutral: neither validates nor invalidates", []
    if facts.risk_cue and not facts.risk_addressed:
        value, why = min(value, 2.0), why + "; the risk cue goes unacknowledged"
    return value, why, _evidence(coding, *ev)


def non_authoritative(coding: Coding, facts: TurnFacts) -> tuple[float, str, list[str]]:
    codes = set(coding.codes)
    hard = [c for c in ("direct", "confront", "warn", "label") if c in codes]
    if hard:
        value = 1.0
        return value, f"{hard[0]} takes power from the client", _evidence(coding, *hard)
    if "advise" in codes:
        value = 2.0
        if "minimize" in codes:
            value = 1.5
        return value, "unsolicited advice", _evidence(coding, "advise")
    if coding.long_self_disclosure:
        return 2.5, "the trainee's story takes over", _evidence(coding, "self_disclose")
    if "minimize" in codes:
        return 2.5, "reassurance that closes the topic", _evidence(coding, "minimize")
    if "advise_with_permission" in codes:
        value = 4.0 if facts.n_words <= 60 else 3.0
        if codes & {"emphasize_autonomy", "seek_collaboration"}:
            value = 4.0
        return value, "advice with permission", _evidence(coding, "advise_with_permission")
    if codes & {"emphasize_autonomy", "seek_collaboration"}:
        return 5.0, "shares power: choice or collaboration", _evidence(
            coding, "emphasize_autonomy", "seek_collaboration")
    if codes & {"simple_reflection", "complex_reflection", "open_question", "affirm"}:
        return 4.0, "follows the client without imposing", _evidence(
            coding, "complex_reflection", "simple_reflection", "open_question", "affirm")
    if "closed_question" in codes:
        return 3.0, "closed questions set the trainee's agenda", _evidence(coding, "closed_question")
    if "inform" in codes:
        return 3.0, "unrequested information", _evidence(coding, "inform")
    if coding.subject_change:
        return 3.0, "changes the subject", []
    return 4.0, "neutral; imposes nothing", _evidence(coding, "other", "self_disclose")


def score_turn(coding: Coding, ctx: Context, utterance: str, risk_addressed: bool) -> Scores:
    overlap = len(content_stems(utterance) & ctx.client_stems)
    follows = overlap >= 1 or bool(
        set(coding.codes) & {"simple_reflection", "complex_reflection"}
    ) or not ctx.last_client
    n_closed = sum(1 for p in coding.clauses if "closed_question" in p.codes)
    facts = TurnFacts(
        follows=follows,
        overlap=overlap,
        risk_cue=bool(ctx.risk_cue),
        risk_addressed=risk_addressed,
        n_closed=n_closed,
        n_words=len(utterance.split()),
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
