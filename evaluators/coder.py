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
from evaluators.questions import question_type
from evaluators.reflections import (
    DEFAULT_STRENGTH,
    FIRST_PERSON,
    is_complex,
    reflection_strength,
)
from evaluators.segment import Clause, clauses, words

_SOFTENER = re.compile(r"\b(?:maybe|might|could|perhaps|possibly|consider|i think|i feel like)\b")
_OWN_VIEW = re.compile(
    r"\b(?:i|we) (?:really |just |honestly |still |do |kind of |kinda )?(?:think|want|expect|need|"
    r"believe|feel like|feel that|'d say|would say|know)\b"
)
_SARCASTIC_LEAD = re.compile(r"\b(?:oh sure|yeah right|oh right|oh great|sure sure|oh yeah sure)\b")
_ADVICE_QUESTION = re.compile(
    r"^(?:what if|why don'?t|why not|how about|what about (?:trying|going|calling|getting|asking))\b"
)
_CONDITIONAL_MUST = re.compile(
    r"\b(?:since|because|if|when|unless|while|until|cause|'cause) you (?:really |still )?(?:have|need|"
    r"got|gotta|must)(?: to)?\b"
)
_OTHERS_DEMAND = re.compile(
    r"\b(?:tell|tells|telling|told|say|says|saying|said|keep saying|keeps saying|think|thinks|"
    r"want|wants|expect|expects|making|make|made|pushing|push|insist|insists)\b[^.?!]*\b(?:you )?"
    r"(?:have to|need to|should|must|got to|gotta)\b|\bwhat you (?:have|need|ought) to do\b"
)
_FEEL_YOU = re.compile(
    r"\byou(?:'re| are)? (?:starting to |beginning to )?(?:wonder|wondering|feel|felt|feeling|"
    r"'re feeling|are feeling|think|thought|believe|worry|'re worried|are worried|'re afraid|"
    r"'re scared|wish|want|know|realize|see|mean|said|say|'re saying)\b.*"
    r"\b(?:should|need to|have to|must|ought|got to|gotta|time to)\b"
)

MERGE_REFLECTIONS = True
# Weak reflections (by overlap or by default) give way to these codes elsewhere in the turn.
OVERRIDES_WEAK_REFLECTION = frozenset(
    {"advise", "direct", "confront", "warn", "label", "minimize", "inform",
     "advise_with_permission"}
)


@dataclass
class ClauseCode:
    clause: Clause
    codes: set[str] = field(default_factory=set)
    backchannel: bool = False
    subject_change: bool = False
    reflect_strength: float = 0.0
    social: bool = False


@dataclass
class Coding:
    """The codes of an utterance, with the clause texts that support each code."""

    codes: list[str]
    evidence: dict[str, list[str]]
    clauses: list[ClauseCode]
    long_self_disclosure: bool = False
    subject_change: bool = False
    self_disclosure_words: int = 0


def _is_generic_fact(c: str, ctx: Context) -> bool:
    """A present-tense statement about services or the world, mostly in new words."""
    if not P.INFORM_GENERIC.match(c) or feeling_stems(c) or re.search(
            r"\b(?:feel|feels|felt|feeling|seem|seems|sound|sounds|like a|as if|you|your|worst|best|part|"
            r"hardest|brutal|awful|terrible|great|good|bad|tough|hard|big part|relief)\b", c):
        return False
    if ctx.permission_granted or ctx.advice_requested:
        return False  # "Some people count their drinks..." is the advice they asked for
    stems = content_stems(c)
    return bool(stems) and len(stems & ctx.client_stems) / len(stems) < 0.5


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
    out.subject_change = bool(P.SUBJECT_CHANGE.match(c)) or bool(
        re.search(r"\b(?:anyway|anyways)\b", clause.lead)
    )

    if P.LABEL.search(c) and not P.SELF_LABEL_ECHO.search(c):
        codes.add("label")
    if P.MINIMIZE.search(c):
        codes.add("minimize")
    if P.CONFRONT.search(c) or _SARCASTIC_LEAD.search(clause.lead):
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
    own_view = bool(_OWN_VIEW.search(c))
    reflects_obligation = (
        bool(_FEEL_YOU.search(c))
        or (bool(_OTHERS_DEMAND.search(c)) and not own_view)
        or bool(P.REFLECT_OPENER.match(c) and re.search(r"\bfeel", c))
    )
    if not reflects_obligation:
        if P.ADVISE.search(c):
            codes.add("advise")
        if P.DIRECT.search(c):
            codes.add("direct")
    bare = P.TAG_TAIL.sub("", c).strip() if clause.question_mark else c
    imperative = (
        P.IMPERATIVE.match(bare)
        and not P.AUX_START.match(bare)
        and not P.IMPERATIVE_EXCEPT.match(bare)
        and (not clause.question_mark or bare != c)
        and "minimize" not in codes
        and not re.match(r"^don'?t be (?:scared|afraid|sad|nervous|upset|ashamed|embarrassed)", c)
    )
    if imperative:
        if re.match(r"^(?:just |maybe |so )?(?:try|consider)\b", c):
            codes.add("advise")
        else:
            codes.add("direct")

    if permission:
        codes.discard("self_disclose")
    if social:
        codes.discard("inform")  # "We have about fifteen minutes left." structures the session
    elif not codes and not set(clause.lead.split()) & {"so", "and", "but"} and _is_generic_fact(
            c, ctx):
        codes.add("inform")
    if re.match(r"^(?:have|did) you (?:ever )?heard? (?:of|about)\b", c):
        codes.add("inform")  # "Have you heard of Suboxone?" introduces information
        permission = True
    qtype = None if permission else question_type(c, clause.question_mark, clause.final_in_sentence)
    if qtype == "closed?":  # colloquial question without its auxiliary
        qtype = None if ctx.overlap(c) else "closed"
    if qtype and clause.continues_question:
        qtype = None  # "What brings you in, or was it her idea?": one open question

    # --- conflict resolution inside the clause (CODING_RULES §2) ---
    if qtype and "affirm" in codes and not P.WH_OPEN.match(c):
        codes.discard("affirm")  # "Have you reached out to them?" asks, it does not affirm
    if not qtype and clause.text.endswith("!") and len(c.split()) <= 4 and not codes and not social:
        codes.add("affirm")  # "Forty days!" / "First paycheck!"
    if "affirm" in codes and re.search(r"\bproud\b|\bcredit\b|\bkeep it up\b|should be doing", c):
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
        if re.search(r"\byou don'?t have to\b", c):
            codes.discard("emphasize_autonomy")
    if "confront" in codes and qtype:
        qtype = None  # a challenging "why would you..." is confront, not a question
    if qtype and not permission:
        codes.discard("inform")  # "Did they give you the trazodone?" asks, it does not inform
    if qtype == "open" and "advise" in codes and not _ADVICE_QUESTION.match(c):
        codes.discard("advise")  # "Who else could you call?" asks, it does not advise
    if "direct" in codes and _CONDITIONAL_MUST.search(c) and not P.IMPERATIVE.match(c):
        codes.discard("direct")  # "since you have to be here anyway, ..."
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
    if not blocking and not social and not out.subject_change:
        strength = reflection_strength(c, clause, ctx)
        out.reflect_strength = strength
        if strength:
            kind = "complex" if is_complex(clause.text, c, ctx) else "simple"
            codes.add(f"{kind}_reflection")
    elif not social and "self_disclose" not in codes and (
        "inform" in codes and P.VALIDATING.search(c)
    ):
        codes.add("complex_reflection")
    out.social = social
    return out


def code_utterance(utterance: str, ctx: Context) -> Coding:
    """Union of the clause codes, with utterance-level rules (permission, autonomy, other)."""
    parts = [code_clause(cl, ctx) for cl in clauses(utterance)]
    # "Try chamomile tea, and keep the room cold": an imperative continuing advice is advice.
    for prev, part in zip(parts, parts[1:], strict=False):
        if ("advise" in prev.codes and "direct" in part.codes and "advise" not in part.codes
                and prev.clause.sentence_index == part.clause.sentence_index
                and P.IMPERATIVE.match(part.clause.clean)):
            part.codes.discard("direct")
            part.codes.add("advise")
    substantive = set().union(*(p.codes for p in parts)) if parts else set()
    others = substantive - {"simple_reflection", "complex_reflection"}
    for part in parts:
        weak = 0 < part.reflect_strength < 2
        default = 0 < part.reflect_strength <= DEFAULT_STRENGTH
        if (weak and others & OVERRIDES_WEAK_REFLECTION) or (default and others):
            part.codes -= {"simple_reflection", "complex_reflection"}
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
    if MERGE_REFLECTIONS and {"simple_reflection", "complex_reflection"} <= codes:
        codes.discard("simple_reflection")  # one reflective unit that adds meaning overall
        evidence["complex_reflection"] += evidence.pop("simple_reflection")
    # Long self-disclosure: the trainee's own story takes over the turn.
    sd_words = 0
    first_person_sentences = set()
    for part in parts:
        low = part.clause.clean
        if FIRST_PERSON.search(low) and not re.search(r"\byou", low):
            first_person_sentences.add(part.clause.sentence_index)
            sd_words += len(words(low))
    long_sd = "self_disclose" in codes and (len(first_person_sentences) >= 3 or sd_words >= 45)

    subject_change = any(p.subject_change for p in parts)
    # A greeting/structuring sentence standing on its own keeps `other` (CODING_RULES §1.5).
    sentence_sizes: dict[int, int] = {}
    for part in parts:
        sentence_sizes[part.clause.sentence_index] = sentence_sizes.get(
            part.clause.sentence_index, 0) + 1
    for part in parts:
        if (part.social and not part.codes and codes
                and sentence_sizes[part.clause.sentence_index] == 1):
            codes.add("other")
            evidence.setdefault("other", []).append(part.clause.text)
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
