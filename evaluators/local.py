"""`LocalEvaluator`: the offline, deterministic, millisecond evaluator (name "local").

Why it exists: the app must give per-turn feedback with no network and no model, and must
have a fallback when an LLM judge fails. It codes MITI-style behaviours with rules
(`coder.py`), derives the three scores from them and from the context (`scoring.py`), flags
risk cues that went unanswered and long self-disclosures, and writes a suggestion from the
client's own words for any dimension scored <= 2 (`suggest.py`).

A learned second opinion (`classifier.py`: logistic regressions on all-MiniLM-L6-v2 sentence
embeddings run in numpy) may add a rule-missed code where it is confident; the thresholds were
chosen by cross-validation on the tuning sets. It is opt-in (`classifier=True`, registered as
`local_ml`): on the held-out set it changed 3 of 185 utterances (authoritative kappa 0.56 ->
0.59, the rest unchanged) while making the scoring CLI ~4x slower (35 s for AnnoMI's 4,882 turns
against 9 s), so it stays off by default. `evaluate_many` embeds a batch of turns at once (the
scoring CLI uses it); `evaluate` is the one-turn path.

A second, much cheaper learned opinion is on by default (`ngram.py`, `ngram=False` turns it
off): logistic regressions on hashed word n-grams that may add a reflection, an advice or an
affirmation the rules missed, and may drop a reflection the rules inferred from a weak cue
when the model is nearly sure it is none ("Do it first thing tomorrow before your brain builds
it up" is no reflection). It costs microseconds a turn. In a reply to a written post a small
learned arbiter (`arbiter.py`, `arbiter=False` turns it off) decides the reflection code from
the rules' evidence and the n-gram model's opinion together.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from evaluators.arbiter import get_arbiter, turn_features
from evaluators.coder import _ORDER as CODE_ORDER
from evaluators.coder import Coding, code_utterance
from evaluators.context import (
    Context,
    asks_about_intent,
    build_context,
    points_to_emergency_help,
    risk_addressed,
)
from evaluators.continuation import joined_turn
from evaluators.ngram import ADD_AT, added_codes, informs, vetoes_reflection
from evaluators.ngram import get_model as get_ngram_model
from evaluators.patterns import ASKS_TO_HEAR
from evaluators.reflections import is_complex, written_post
from evaluators.scoring import score_turn
from evaluators.segment import squeeze_space
from evaluators.suggest import UNFIT, build_suggestion
from evaluators.types import (
    DIMENSIONS,
    MI_NON_ADHERENT,
    QUESTIONS,
    REFLECTIONS,
    Provenance,
    Score,
    Scores,
    TurnEvaluation,
    TurnInput,
)

VERSION = "0.8.3"  # 0.6: written peer support, the lexicon imperative, the n-gram second opinion;
# 0.6.1: the n-gram model may drop a weakly inferred reflection; a continuation of the trainee's
# own cut-off sentence takes the reflection of the whole; 0.7: the reflection arbiter;
# 0.7.1: the score table on the rubric's anchors (`scoring.py`); 0.7.2: dev11 (advice requests,
# judgements, warnings in written replies), the arbiter retrained with it; 0.7.3: "I'd <verb>"
# as advice, commands a discourse marker or the lexicon hid, "If you want my two cents" as
# permission; dev12 (verdicts, siding with the other party, consequences foretold), the arbiter
# retrained with it; 0.7.4: dev13 (a counselling Q&A site, Reddit-style replies): more ways of
# asking for advice, consequences foretold, verdicts, the arbiter retrained with it; reassurance
# that argues the feeling away as minimising; 0.7.5: n-gram heads for inform and (written
# replies) self-disclosure, past-tense self-disclosure from the verb lexicon, scores for advice
# given as an order after a request and for specific affirmations; 0.7.6: patterns gated by the
# literals they need (same codes, twice as fast), statements that only look like questions,
# authoritative false alarms, commands after a comma, welcomes, credited effort, reactions;
# 0.7.7: fixes from probe sets written against CODING_RULES (spoken restarts and fillers, typed
# shorthand, a leading "No", questions in form, scolding and sarcasm, praise of named strengths,
# permission in new words, marked reflections beside a question); an open question alone gets
# no learned reflection; 0.7.8: fixes from a second round of probe sets (forum replies, MI
# counselling, multi-turn contexts, peer turns, risk cues): reassurance as minimize, advice and
# self-disclosure in new forms, the client's own label said back, fit checks after options,
# answers after an offer taken, a risk cue come back to; reassurance alone gets no learned reflection;
# 0.7.9: a third round (professional brief interventions, novices typing in the practice chat,
# the app's own personas, other Englishes, AnnoMI's tune half): typed and spoken forms read as
# meant ("ur", "gon'", "ain't"), requests to hear put as statements, services, rights and rules
# as information, sanctions and verdicts, the direct question about suicide no advice;
# 0.8.0: a fourth round (warmline calls, questions that advise, MI resistance, long typed turns,
# validation, open or closed in every form) and two fresh risk-cue sets: risk cues that name no
# suicide word, questions that advise, warn or scold, arguing with the client's account as
# confrontation, MI reflections no longer read as orders, echoes asked back as questions
# 0.8.1: a fifth round (peer support by text chat, long conversations and summaries, risk cues of
# new kinds, peer-specialist moves, the three scores) and a blind risk-cue set (fresh7): chat
# openers, tags and line breaks read as meant, a yes to the direct question as a cue, asking about
# suicide in so many words as taking a cue up, summaries of earlier turns as simple, small talk after
# hard news and reflections that get a fact wrong scored lower, good turns no longer read as
# confrontation
# 0.8.2: a sixth round (session structure, giving information, affirmations, an audit of the
# suggestions) and a blind risk-cue set (fresh8): offers, goodnights and confidentiality limits no
# longer commands or warnings, sarcasm after a failure, cheer after a fear, diagnoses of others as
# labels, suggestions that keep names and turn "Mum" and a dropped subject into "your ..."
# 0.8.3: a seventh round (autonomy and collaboration, labels, turns that hang on earlier history)
# and a blind risk-cue set (fresh9): permission or a request a few clarifying exchanges back still
# covers the advice, the client's label word taken up as a verdict, efforts against the moment


def vetter(ctx: Context) -> Callable[[str], bool]:
    """Check a candidate suggestion by coding it in the turn's own context: it must not commit
    the faults it is meant to fix (a client's "Don't tell my psychiatrist" echoed as an
    order, "it's not like a problem problem" as minimising)."""
    def acceptable(text: str) -> bool:
        return not set(code_utterance(text, ctx).codes) & UNFIT
    return acceptable


def _squeezed(turn: TurnInput) -> TurnInput:
    """The turn with whitespace runs squeezed in every text the rules read (`squeeze_space`)."""
    history = [m.model_copy(update={"text": squeeze_space(m.text)}) for m in turn.history]
    return turn.model_copy(update={"utterance": squeeze_space(turn.utterance), "history": history})


def _code(turn: TurnInput) -> tuple[Context, Coding]:
    """The rules' reading of a turn whose whitespace is already squeezed. A continuation of the
    trainee's own cut-off sentence takes the reflection the whole sentence makes
    (`continuation.py`)."""
    ctx = build_context(turn)
    coding = code_utterance(turn.utterance, ctx)
    whole = joined_turn(turn)
    if whole is not None and not set(coding.codes) & REFLECTIONS:
        kinds = [c for c in code_utterance(whole.utterance, build_context(whole)).codes
                 if c in REFLECTIONS]
        if kinds:
            codes = (set(coding.codes) - {"other"}) | {kinds[0]}
            coding = with_codes(coding, [c for c in CODE_ORDER if c in codes], turn.utterance)
    return ctx, coding


class LocalEvaluator:
    """Rule-based MITI coder (+ an optional learned override) and score rubric; no LLM, no I/O
    after start-up, deterministic, safe to share across threads."""

    name = "local"
    version = VERSION

    def __init__(self, suggest: bool = True, classifier: bool | None = False, ngram: bool = True,
                 arbiter: bool = True, **extra: Any) -> None:
        # Unknown args are accepted and recorded so a registry call never fails on them.
        self.suggest = suggest
        self.ngram = get_ngram_model() if ngram else None
        # The reflection arbiter weighs the n-gram model's opinion, so it needs that model.
        self.arbiter = get_arbiter() if arbiter and self.ngram is not None else None
        self.classifier_reason = ""
        if classifier is False:
            self.use_classifier, self.classifier_reason = False, "turned off"
        else:
            from evaluators.classifier import classifier_status

            self.use_classifier, self.classifier_reason = classifier_status()
            if classifier and not self.use_classifier:
                raise RuntimeError(f"classifier unavailable: {self.classifier_reason}")
        self.args: dict[str, Any] = {"suggest": suggest, "classifier": self.use_classifier,
                                     "ngram": self.ngram is not None,
                                     "arbiter": self.arbiter is not None, **extra}
        if ngram and self.ngram is None:
            self.args["ngram_off"] = "no weight file evaluators/data/ngram.npz"
        if arbiter and self.ngram is not None and self.arbiter is None:
            self.args["arbiter_off"] = "no weight file evaluators/data/reflection_arbiter.json"
        if not self.use_classifier:
            self.args["classifier_off"] = self.classifier_reason
        # Pure CPU, no network, no threads between calls: the scoring CLI may fork workers that
        # inherit it. The MiniLM override runs a thread pool per call, so it stays in-process.
        self.process_safe = not self.use_classifier

    # -- public API ------------------------------------------------------------------------

    def evaluate(self, turn: TurnInput) -> TurnEvaluation:
        return self.evaluate_many([turn])[0]

    def evaluate_many(self, turns: Sequence[TurnInput]) -> list[TurnEvaluation]:
        """Evaluate several turns; the utterances are embedded in one batch (while the rules
        run on the other core), which is what makes the CLI fast."""
        started = time.perf_counter()
        turns = [_squeezed(t) for t in turns]
        todo = [i for i, t in enumerate(turns) if t.utterance.strip()]
        probs: dict[int, dict[str, float]] = {}
        future = None
        pool = None
        if self.use_classifier and todo:
            from evaluators.classifier import get_model

            model = get_model()
            utterances = [turns[i].utterance for i in todo]
            clients = [turns[i].last_client_text for i in todo]
            if len(todo) > 1:
                pool = ThreadPoolExecutor(max_workers=1)
                future = pool.submit(model.predict, utterances, clients)
            else:
                probs = dict(zip(todo, model.predict(utterances, clients), strict=True))
        coded: dict[int, tuple[Context, Coding]] = {}
        for i in todo:
            coded[i] = _code(turns[i])
        if future is not None:
            try:
                probs = dict(zip(todo, future.result(), strict=True))
            finally:
                pool.shutdown()
        share = (time.perf_counter() - started) / max(len(turns), 1)
        out = []
        for i, turn in enumerate(turns):
            t0 = time.perf_counter()
            if i not in coded:
                out.append(self._empty(turn, share))
                continue
            ctx, coding = coded[i]
            if i in probs:
                coding = self._override(coding, ctx, probs[i], turn.utterance)
            if self.ngram is not None:
                coding = self._second_opinion(coding, ctx, turn.utterance)
            out.append(self._finish(turn, ctx, coding, share + time.perf_counter() - t0))
        return out

    # -- internals (also used by evaluators/train_classifier.py) -----------------------------

    @staticmethod
    def rules(turn: TurnInput) -> tuple[Context, Coding]:
        return _code(_squeezed(turn))

    @staticmethod
    def _override(coding: Coding, ctx: Context, probs: dict[str, float], utterance: str) -> Coding:
        from evaluators.classifier import combine, get_model

        model = get_model()
        codes = combine(coding.codes, probs, model.add, model.veto,
                        advice_allowed=ctx.advice_allowed)
        return with_codes(coding, codes, utterance)

    def _second_opinion(self, coding: Coding, ctx: Context, utterance: str) -> Coding:
        """Codes the n-gram model adds where the rules found none, and a weakly inferred rule
        reflection it is nearly sure of dropping (`ngram.py`). In a reply to a written post the
        reflection arbiter decides the reflection instead (`arbiter.py`)."""
        assert self.ngram is not None
        text = utterance.strip()
        if text.endswith(("-", "\u2014")) or len(text.split()) <= 3 and coding.codes == ["other"]:
            return coding  # a turn cut off mid-sentence, a backchannel: nothing to add to
        probs = self.ngram.predict(utterance, ctx.last_client)
        if ASKS_TO_HEAR.search(text.lower()) and not set(coding.codes) & MI_NON_ADHERENT:
            probs = {**probs, "advice": 0.0}  # "maybe you could let me know how it goes"
        if "advise_with_permission" in coding.codes or coding.menu:
            probs = {**probs, "advice": 0.0}  # the rules found the advice, and it was asked for or framed
        codes = set(coding.codes)
        post = written_post(ctx.last_client)
        asks_only = _asks_or_reassures_only(coding)
        if asks_only:
            probs = {**probs, "reflection": 0.0}  # a question on its own asks; MITI codes it once
        if self.arbiter is not None and post and not asks_only:
            x = turn_features(coding, probs.get("reflection", 0.0), bool(ctx.last_client))
            if not self.arbiter.reflects(x):
                codes -= REFLECTIONS
            elif not codes & REFLECTIONS:
                complex_kind = is_complex(utterance, utterance.lower(), ctx, True)
                codes.add("complex_reflection" if complex_kind else "simple_reflection")
            probs = {**probs, "reflection": 0.0}  # decided: the n-gram model adds no other
        elif vetoes_reflection(probs, coding.reflection_strengths()):
            codes -= REFLECTIONS
        complex_kind = probs.get("reflection", 0.0) >= ADD_AT and is_complex(
            utterance, utterance.lower(), ctx, True)  # only asked when a reflection may be added
        written = post or not ctx.last_client
        codes |= set(added_codes(probs, sorted(codes), ctx.advice_allowed, complex_kind, written))
        if informs(probs, codes):
            codes = {"inform"}
        if codes == set(coding.codes):
            return coding
        codes = codes - {"other"} or {"other"}
        return with_codes(coding, [c for c in CODE_ORDER if c in codes], utterance)

    def _finish(self, turn: TurnInput, ctx: Context, coding: Coding, seconds: float) -> TurnEvaluation:
        utterance = turn.utterance
        # The cue is taken up when the turn names it or reflects it and asks (not when it
        # echoes "burden" inside "everyone feels like a burden sometimes").
        # Pointing to emergency help ("please call 988 or go to the ER") takes it up though it
        # is said as an instruction.
        # A turn that asks about the risk in so many words takes it up whatever else it does
        # ("i know u said jk but the 'unless' sounds like part of u means it. r u thinking about
        # suicide for real", probe V).
        emergency_help = points_to_emergency_help(utterance)
        overriding = {"minimize", "confront", "label"} | (
            set() if emergency_help else {"direct", "advise"})
        addressed = (
            bool(ctx.risk_cue)
            and risk_addressed(utterance, ctx)
            and (bool(set(coding.codes) & QUESTIONS) and asks_about_intent(utterance)
                 or not set(coding.codes) & overriding)
        )
        scores = score_turn(coding, ctx, utterance, addressed, emergency_help)

        flags: list[str] = []
        if ctx.risk_cue and not addressed:
            flags.append("risk_cue_missed")
        if coding.long_self_disclosure:
            flags.append("long_self_disclosure")
        if coding.subject_change:
            flags.append("subject_change")

        suggestion = None
        weak = {d for d in DIMENSIONS if (scores.get(d).value or 5) <= 2}
        # A safety instruction took the cue up, but asking directly is still the better move.
        ask_about_risk = "risk_cue_missed" in flags or (bool(ctx.risk_cue) and emergency_help)
        if self.suggest and (weak or "risk_cue_missed" in flags):
            suggestion = build_suggestion(ctx.last_client, weak, ask_about_risk,
                                          set(coding.codes), acceptable=vetter(ctx), cue=ctx.risk_cue,
                                          permission=ctx.permission_granted)

        return TurnEvaluation(
            utterance=utterance,
            scores=scores,
            behaviors=coding.codes,  # type: ignore[arg-type]
            suggestion=suggestion,
            flags=flags,
            provenance=[self._prov(seconds)],
        )

    def _empty(self, turn: TurnInput, seconds: float) -> TurnEvaluation:
        reason = "empty utterance"
        scores = Scores(**{d: Score.unscored(reason) for d in DIMENSIONS})
        return TurnEvaluation(
            utterance=turn.utterance, scores=scores, behaviors=[], provenance=[self._prov(seconds)]
        )

    def _prov(self, seconds: float) -> Provenance:
        return Provenance(
            evaluator=self.name,
            version=self.version,
            args=dict(self.args),
            latency_ms=seconds * 1000,
        )


def _asks_or_reassures_only(coding: Coding) -> bool:
    """Every clause the rules coded is a question or a reassurance, and none reflects: "And
    what do you think about what the doctor said?" repeats the client's words to ask, "You're
    not overreacting." repeats them to argue the feeling away; neither reflects."""
    coded = [c for c in coding.clauses if c.clause.clean]
    return bool(coded) and all(c.codes & {"open_question", "minimize"} and not c.codes & REFLECTIONS
                               for c in coded)


def make_with_classifier(**args: Any) -> LocalEvaluator:
    """`local_ml`: the local evaluator with its learned override (same name "local" in the
    provenance, with args classifier=True); fails clearly if the model package is missing."""
    args.pop("classifier", None)
    return LocalEvaluator(classifier=True, **args)


def with_codes(coding: Coding, codes: list[str], utterance: str) -> Coding:
    """The rule coding with its code list replaced; a code the classifier added cites the
    whole utterance as its evidence, a dropped code loses its evidence."""
    if codes == coding.codes:
        return coding
    evidence = {c: spans for c, spans in coding.evidence.items() if c in codes}
    for code in codes:
        evidence.setdefault(code, [utterance.strip()[:300]])
    long_sd = coding.long_self_disclosure and "self_disclose" in codes
    return replace(coding, codes=list(codes), evidence=evidence, long_self_disclosure=long_sd)
