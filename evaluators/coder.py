"""The local MITI-style behaviour coder: codes each clause, then takes the union.

Why rules and not a model: the coder must be offline, deterministic, explainable (every code
points at the words that triggered it) and take milliseconds. The decisions follow
evaluators/data/CODING_RULES.md: function over form, a reflection phrased as a question is a
reflection, a suggestion phrased as a question is advice, backchannels alone are `other`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from evaluators import patterns as P
from evaluators.context import Context, content_stems, feeling_stems
from evaluators.segment import Clause, clauses, words

_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b")
_SOFTENER = re.compile(r"\b(?:maybe|might|could|perhaps|possibly|consider)\b")
_WH_STATEMENT = re.compile(
    r"^(?:what|how|why|where|when|who) (?:i|you|we|it|he|she|they|my|your)\b(?! (?:doing|think|"
    r"feel|mean|want|need|like|figure|see|say|holding|hold))"
)
_DO_IMPERATIVE = re.compile(r"^do (?:it|that|this|something|the|your|what)\b")
_METAPHOR = re.compile(r"\b(?:like a|like an|as if|as though|it'?s like|kind of like|almost like)\b")
_FEEL_YOU = re.compile(
    r"\byou (?:feel|felt|feeling|'re feeling|are feeling|think|thought|believe|worry|'re worried|"
    r"are worried|'re afraid|'re scared|wish|want|know|realize|see|mean|said|say|'re saying)\b.*"
    r"\b(?:should|need to|have to|must|ought)\b"
)

AUTHORITATIVE = ("advise", "direct", "confront", "warn", "label")


@dataclass
class ClauseCode:
    clause: Clause
    codes: set[str] = field(default_factory=set)
    backchannel: bool = False
    subject_change: bool = False


@dataclass
class Coding:
    """The codes of an utterance, with the clause texts that support each code."""

    codes: list[str]
    evidence: dict[str, list[str]]
    clauses: list[ClauseCode]
    long_self_disclosure: bool = False
    subject_change: bool = False
    self_disclosure_words: int = 0


def _question_type(c: str, qmark: bool, final: bool) -> str | None:
    """'open', 'closed' or None for a clause; grammar first, then the question mark."""
    body = P.TAG_TAIL.sub("", c).strip() if qmark else c
    if not body:
        return None
    if _WH_STATEMENT.match(body) and not qmark:
        return None
    if P.CAN_YOU_OPEN.match(body):
        return "open"
    if re.match(r"^how come\b", body):
        return "open"
    if P.WH_CLOSED.match(body):
        return "closed"
    if P.WH_OPEN.match(body):
        # "What if you tried..." / "how about calling" are advice, handled by the caller.
        return "open"
    if P.AUX_START.match(body) and not _DO_IMPERATIVE.match(body):
        return "closed"
    if qmark and final and P.AUX_ALONE.match(body):
        return "closed"
    return None


def _reflection_strength(c: str, clause: Clause, ctx: Context) -> int:
    """2 = clear reflection form, 1 = restates the client's words, 0 = not a reflection."""
    if not c or P.NOT_REFLECTION_START.match(c):
        return 0
    if (
        P.REFLECT_OPENER.match(c)
        or P.VALIDATING.search(c)
        or P.YOU_STATE_VERBS.match(c)
        or P.YOU_NEG_STATE.match(c)
        or P.TO_YOU.search(c)
        or P.THIRD_STATE.match(c)
    ):
        return 2
    if P.MUST_BE.search(c) and re.search(r"\b(?:you|your|that|it)\b", c):
        return 2
    if P.DOUBLE_SIDED.search(c) and re.search(r"\byou", c):
        return 2
    if re.match(r"^(?:i wonder if|i'?m wondering if|maybe) (?:you|part|it|that|some)\b", c):
        return 2
    stems = content_stems(c)
    if not stems:
        return 0
    shared = len(stems & ctx.client_stems)
    first_person = _FIRST_PERSON.search(c)
    if first_person and not re.search(r"\byou", c):
        return 0
    if re.match(r"^(?:you|your|so you)\b", c) and (shared >= 1 or len(stems) <= 3):
        return 1
    if shared >= 2 or (shared >= 1 and len(stems) <= 3):
        return 1
    return 0


def _is_complex(text: str, c: str, ctx: Context) -> bool:
    """Complex when the reflection adds meaning: a feeling not said, two sides, a metaphor."""
    if P.DOUBLE_SIDED.search(c) or P.VALIDATING.search(c) or _METAPHOR.search(c):
        return True
    if P.MUST_BE.search(c):
        return True
    added = feeling_stems(text) - ctx.client_feelings
    if added:
        return True
    stems = content_stems(text)
    if len(stems) >= 3:
        novel = len(stems - ctx.client_stems) / len(stems)
        if novel >= 0.6:
            return True
    return len(words(text)) >= 25


def code_clause(clause: Clause, ctx: Context) -> ClauseCode:
    """Codes of one clause (a thought unit). `other` is decided at utterance level."""
    c = clause.clean
    out = ClauseCode(clause)
    if not c:
        out.backchannel = True
        return out
    if P.BACKCHANNEL.match(c.rstrip("?")) or P.AFFIRM_BARE.match(c):
        out.backchannel = True
        return out
    codes = out.codes
    social = bool(P.OTHER_SOCIAL.match(c))
    out.subject_change = bool(P.SUBJECT_CHANGE.match(c))

    if P.LABEL.search(c) and not P.SELF_LABEL_ECHO.search(c):
        codes.add("label")
    if P.MINIMIZE.search(c):
        codes.add("minimize")
    if P.CONFRONT.search(c):
        codes.add("confront")
    if P.WARN.search(c):
        codes.add("warn")
    if P.AFFIRM.search(c):
        codes.add("affirm")
    if P.AUTONOMY.search(c):
        codes.add("emphasize_autonomy")
    permission = bool(P.PERMISSION.search(c))
    if permission or P.COLLAB.search(c):
        codes.add("seek_collaboration")
    if P.SELF_DISCLOSE.search(c):
        codes.add("self_disclose")
    if P.INFORM.search(c):
        codes.add("inform")
    reflects_obligation = bool(_FEEL_YOU.search(c)) or bool(P.REFLECT_OPENER.match(c) and
                                                            re.search(r"\bfeel", c))
    if not reflects_obligation:
        if P.ADVISE.search(c):
            codes.add("advise")
        if P.DIRECT.search(c):
            codes.add("direct")
    imperative = (
        P.IMPERATIVE.match(c)
        and not P.IMPERATIVE_EXCEPT.match(c)
        and not clause.question_mark
        and "minimize" not in codes
    )
    if imperative:
        if re.match(r"^(?:just |maybe |so )?(?:try|consider)\b", c):
            codes.add("advise")
        else:
            codes.add("direct")

    qtype = None if permission else _question_type(c, clause.question_mark, clause.final_in_sentence)

    # --- conflict resolution inside the clause (CODING_RULES §2) ---
    if "affirm" in codes and re.search(r"\bproud\b|\bcredit\b", c):
        codes.discard("advise")
        codes.discard("direct")
    if "warn" in codes:
        codes.discard("advise")
        codes.discard("direct")
        codes.discard("self_disclose")
    if "direct" in codes and "advise" in codes:
        codes.discard("direct" if _SOFTENER.search(c) else "advise")
    if "advise" in codes or "direct" in codes or "warn" in codes:
        codes.discard("inform")
        codes.discard("emphasize_autonomy") if re.search(r"\byou don'?t have to\b", c) else None
    if "confront" in codes and qtype:
        qtype = None  # a challenging "why would you..." is confront, not a question
    if ("advise" in codes or "direct" in codes) and qtype:
        qtype = None  # "Have you thought about going to AA?" is advice
    if "emphasize_autonomy" in codes and "inform" in codes:
        codes.discard("inform")
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
    wonder_reflect = bool(re.match(r"^(?:i wonder if|i'?m wondering if) (?:you|part|it|that)\b", c)) \
        and not P.CAN_YOU_OPEN.search(c[c.find("if") + 3 :])
    if wonder_reflect:
        codes.discard("closed_question")
        blocking = blocking - {"closed_question"}
    if not blocking and not social:
        strength = _reflection_strength(c, clause, ctx)
        if strength:
            kind = "complex" if _is_complex(clause.text, c, ctx) else "simple"
            codes.add(f"{kind}_reflection")
    elif not social and "self_disclose" not in codes and (
        ("inform" in codes and P.VALIDATING.search(c))
    ):
        codes.add("complex_reflection")
    if social and not codes:
        out.backchannel = False
    return out


def code_utterance(utterance: str, ctx: Context) -> Coding:
    """Union of the clause codes, with utterance-level rules (permission, autonomy, other)."""
    parts = [code_clause(cl, ctx) for cl in clauses(utterance)]
    evidence: dict[str, list[str]] = {}
    order: list[str] = []
    for part in parts:
        for code in sorted(part.codes):
            evidence.setdefault(code, []).append(part.clause.text)
            if code not in order:
                order.append(code)

    codes = set(order)
    # Advice after permission granted / requested, or framed by autonomy first -> with permission.
    if "advise" in codes:
        first_autonomy = next(
            (i for i, p in enumerate(parts) if "emphasize_autonomy" in p.codes), None
        )
        first_advice = next(i for i, p in enumerate(parts) if "advise" in p.codes)
        framed = first_autonomy is not None and first_autonomy <= first_advice
        if ctx.permission_granted or ctx.advice_requested or framed:
            codes.discard("advise")
            codes.add("advise_with_permission")
            evidence["advise_with_permission"] = evidence.pop("advise")
    # Long self-disclosure: the trainee's own story takes over the turn.
    sd_words = 0
    first_person_sentences = set()
    for part in parts:
        low = part.clause.clean
        if _FIRST_PERSON.search(low) and not re.search(r"\byou", low):
            first_person_sentences.add(part.clause.sentence_index)
            sd_words += len(words(low))
    long_sd = "self_disclose" in codes and (len(first_person_sentences) >= 3 or sd_words >= 45)

    subject_change = any(p.subject_change for p in parts)
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
    )


_ORDER = (
    "simple_reflection", "complex_reflection", "open_question", "closed_question", "affirm",
    "emphasize_autonomy", "seek_collaboration", "advise_with_permission", "advise", "direct",
    "confront", "warn", "inform", "self_disclose", "minimize", "label", "other",
)
