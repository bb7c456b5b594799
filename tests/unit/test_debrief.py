"""The debrief on hand-built turns: averages, MITI ratios against thresholds, trust, key moments,
coaching rules, exports and plots. Pure functions, so every number is checked exactly."""

from __future__ import annotations

import json

import pytest

from evaluators.types import Provenance, Score, Scores, TurnEvaluation
from simulator.debrief import build_debrief, miti_summary, talk_balance
from simulator.debrief_narrative import narrative_for, write_narrative
from simulator.debrief_plots import figure_png, scores_figure, trust_figure
from simulator.fakes import RecordingChatModel
from simulator.session import Turn


def evaluation(text: str, value: float | None = 4.0, codes=("open_question",), *, suggestion=None,
               flags=(), values: dict | None = None) -> TurnEvaluation:
    def score(v):
        if v is None:
            return Score.unscored("judge answer unparseable")
        return Score(value=v, explanation="because", evidence=[text[:30]])

    vals = values or {}
    return TurnEvaluation(
        utterance=text,
        scores=Scores(**{d: score(vals.get(d, value)) for d in ("active_listening", "validation", "non_authoritative")}),
        behaviors=list(codes),
        suggestion=suggestion,
        flags=list(flags),
        provenance=[Provenance(evaluator="scripted", version="t")],
    )


def turn(index: int, text: str, reply: str | None, ev: TurnEvaluation, trust: float, delta: float,
         unlocked=(0,), newly=(), triggered=()) -> Turn:
    state = {"trust": trust, "last_delta": delta, "mood": "wary", "unlocked": list(unlocked),
             "newly_unlocked": list(newly), "triggered": list(triggered), "reactions": []}
    return Turn(index=index, trainee=text, evaluation=ev, state=state, reply=reply)


@pytest.fixture
def turns():
    return [
        turn(1, "It sounds like work has been crushing you.", "Yeah. Ten-hour shifts.",
             evaluation("It sounds like work has been crushing you.", 5, ["complex_reflection"]), 0.38, 0.08, (0, 1), (1,)),
        turn(2, "What keeps you going?", "My sister, mostly.",
             evaluation("What keeps you going?", 4, ["open_question"]), 0.40, 0.02, (0, 1)),
        turn(3, "You need to stop seeing that guy.", "Yeah, okay.",
             evaluation("You need to stop seeing that guy.", 1, ["direct"], suggestion="Ask what he wants first."),
             0.25, -0.15, (0, 1), triggered=("being told what to do",)),
        turn(4, "You're proud of those three months.", "I guess I am.",
             evaluation("You're proud of those three months.", 4, ["simple_reflection", "affirm"],
                        values={"validation": None}), 0.31, 0.06, (0, 1)),
    ]


def test_averages_exclude_unscored_turns_and_say_so(persona, turns):
    d = build_debrief(persona, turns, session_id="s1")
    val = d.dimension("validation")
    assert val.series == [5, 4, 1, None]
    assert val.mean == pytest.approx(round(10 / 3, 2))
    assert val.scored_turns == 3 and val.unscored_turns == [4]
    assert d.dimension("active_listening").mean == 3.5
    assert any("Validation was unscored on turn(s) 4" in n and "left out of its average" in n for n in d.notes)


def test_trust_series_starts_before_the_first_turn_and_marks_opened_layers(persona, turns):
    d = build_debrief(persona, turns)
    assert [p.turn for p in d.trust] == [0, 1, 2, 3, 4]
    assert d.trust[0].trust == persona.initial_trust
    assert d.trust[0].opened == ["the diner"]  # trust_required 0.0: open from the start
    assert d.trust[1].opened == ["the cravings"]
    assert d.layers_shared == ["the diner", "the cravings"]


def test_unshared_layers_are_titles_only(persona, turns):
    d = build_debrief(persona, turns)
    assert d.layers_unshared == ["the overdose", "the secret"]
    assert "SECRET-LAYER" not in d.to_markdown() and "SECRET-LAYER" not in d.to_json()
    assert "FACILITATOR-ONLY" not in d.to_markdown() + d.to_json()


def test_miti_counts_and_ratios(turns):
    m = miti_summary(turns)
    assert (m.reflections, m.questions, m.complex_reflections, m.open_questions) == (2, 1, 1, 1)
    assert (m.mi_adherent, m.mi_non_adherent) == (1, 1)
    by_key = {x.key: x for x in m.measures}
    assert by_key["rq_ratio"].value == 2.0 and by_key["rq_ratio"].rating == "good"
    assert by_key["complex_reflections"].value == 0.5 and by_key["complex_reflections"].rating == "good"
    assert by_key["open_questions"].rating == "good"
    assert by_key["mi_adherent_share"].value == 0.5 and by_key["mi_adherent_share"].rating == "below fair"
    assert "MITI 4.2.1" in by_key["rq_ratio"].source
    assert "MITI 3.1.1" in by_key["open_questions"].source and "no threshold" in by_key["open_questions"].source


@pytest.mark.parametrize(
    ("reflections", "questions", "rating"),
    [(1, 2, "below fair"), (1, 1, "fair"), (3, 2, "fair"), (2, 1, "good"), (0, 0, "not enough data")],
)
def test_reflection_to_question_thresholds(reflections, questions, rating):
    ts = [turn(i + 1, "x", "y", evaluation("x", 3, ["simple_reflection"]), 0.3, 0) for i in range(reflections)]
    ts += [turn(10 + i, "x?", "y", evaluation("x?", 3, ["closed_question"]), 0.3, 0) for i in range(questions)]
    assert next(x for x in miti_summary(ts).measures if x.key == "rq_ratio").rating == rating


@pytest.mark.parametrize(("complex_", "simple", "rating"), [(2, 3, "fair"), (1, 1, "good"), (1, 2, "below fair")])
def test_complex_reflection_thresholds(complex_, simple, rating):
    ts = [turn(i, "x", "y", evaluation("x", 3, ["complex_reflection"]), 0.3, 0) for i in range(complex_)]
    ts += [turn(9 + i, "x", "y", evaluation("x", 3, ["simple_reflection"]), 0.3, 0) for i in range(simple)]
    assert next(x for x in miti_summary(ts).measures if x.key == "complex_reflections").rating == rating


def test_reflections_without_questions_is_good_not_a_division_by_zero():
    ts = [turn(1, "x", "y", evaluation("x", 3, ["simple_reflection"]), 0.3, 0)]
    rq = next(x for x in miti_summary(ts).measures if x.key == "rq_ratio")
    assert rq.value is None and rq.rating == "good" and "no questions" in rq.display


def test_talk_balance_counts_words_including_the_opening_line(turns):
    t = talk_balance(turns, "Hey there friend")
    trainee = sum(len(x.trainee.split()) for x in turns)
    client = 3 + sum(len(x.reply.split()) for x in turns)
    assert (t.trainee_words, t.client_words) == (trainee, client)
    assert t.trainee_share == round(trainee / (trainee + client), 3)
    assert t.avg_trainee_words == round(trainee / 4, 1)


def test_key_moments_quote_the_turns_that_moved_trust_most(persona, turns):
    d = build_debrief(persona, turns)
    built = [k for k in d.key_moments if k.kind == "built"]
    broke = [k for k in d.key_moments if k.kind == "broke"]
    assert [k.turn for k in built] == [1, 4]  # +0.08 and +0.06; turn 2's +0.02 counts too but is third
    assert [k.turn for k in broke] == [3]
    assert broke[0].trainee_text == "You need to stop seeing that guy."
    assert broke[0].client_reply == "Yeah, okay."
    assert "being told what to do" in broke[0].what_happened
    assert broke[0].better_alternative == "Ask what he wants first."  # the evaluator's suggestion
    assert "the cravings" in built[0].what_happened and built[0].better_alternative is None


def test_a_broken_turn_without_suggestion_gets_a_rule_based_alternative(persona):
    ts = [turn(1, "You're an addict.", "Wow.", evaluation("You're an addict.", 1, ["label"]), 0.1, -0.2)]
    moment = build_debrief(persona, ts).key_moments[0]
    assert "label" in moment.better_alternative.lower()


def test_practise_next_puts_a_missed_risk_cue_first_and_gives_two_or_three(persona, turns):
    turns[1].evaluation.flags.append("risk_cue_missed")
    d = build_debrief(persona, turns)
    assert 2 <= len(d.practise_next) <= 3
    assert d.practise_next[0].startswith("Respond to risk cues")
    assert f"Respond to risk cues: turn {turns[1].index} moved past" in d.practise_next[0]
    assert d.flag_turns == {"risk_cue_missed": [turns[1].index]}
    assert f"(1×, turn {turns[1].index})" in d.to_markdown()
    assert any(t.startswith("Hold back advice") for t in d.practise_next)


def test_strengths_come_from_the_numbers(persona):
    good = [
        turn(i, "It sounds like that mattered.", "It did.",
             evaluation("It sounds like that mattered.", 5, ["complex_reflection", "affirm"]), 0.3 + 0.1 * i, 0.1)
        for i in range(1, 4)
    ]
    d = build_debrief(persona, good)
    text = " ".join(d.strengths)
    assert "Active listening was excellent" in text
    assert "No unsolicited advice" in text
    assert "reflected more than you asked" in text
    assert 2 <= len(d.practise_next) <= 3  # always something concrete to practise


def test_empty_session_still_has_a_debrief(persona):
    d = build_debrief(persona, [])
    assert d.turns == 0 and d.dimension("validation").mean is None
    assert d.practise_next and "No single turn" in d.to_markdown()
    json.loads(d.to_json())


def test_markdown_has_every_section_and_the_miti_table(persona, turns):
    md = build_debrief(persona, turns, session_id="abc").to_markdown()
    for heading in ("## Scores", "## Trust", "## MITI-style summary", "## Talk balance", "## Key moments",
                    "## What Sam never got to share", "## Strengths", "## Practise next"):
        assert heading in md
    assert "| Measure | Fair | Good | You | Rating |" in md
    assert "| Reflection-to-question ratio | 1 : 1 | 2 : 1 | 2.0 : 1" in md


def test_json_round_trips_and_is_deterministic(persona, turns):
    a = build_debrief(persona, turns, session_id="x")
    b = build_debrief(persona, turns, session_id="x")
    assert a.to_json() == b.to_json() and a.to_markdown() == b.to_markdown()
    data = json.loads(a.to_json())
    assert data["miti"]["reflections"] == 2 and data["format_version"] == 1
    assert data["dimensions"][1]["series"] == [5, 4, 1, None]


def test_plots_are_figures_with_a_line_per_dimension_and_png_bytes(persona, turns):
    d = build_debrief(persona, turns)
    scores, trust = scores_figure(d), trust_figure(d)
    assert len(scores.axes[0].lines) == 3
    assert list(trust.axes[0].lines[0].get_xdata()) == [0, 1, 2, 3, 4]
    assert figure_png(scores).startswith(b"\x89PNG") and figure_png(trust).startswith(b"\x89PNG")


def test_no_narrative_without_a_capable_judge(persona, turns, settings):
    d = build_debrief(persona, turns)
    assert settings.judge_backend == "none"
    assert narrative_for(d, settings, model=RecordingChatModel(responses=["Nice work."])) is None


def test_narrative_with_a_judge_and_none_when_it_fails(persona, turns, settings):
    d = build_debrief(persona, turns)
    judged = settings.model_copy(update={"judge_backend": "fake"})
    model = RecordingChatModel(responses=["You listened well."])
    assert narrative_for(d, judged, model=model) == "You listened well."
    assert "SECRET-LAYER" not in model.last_prompt_text and "FACILITATOR" not in model.last_prompt_text
    assert write_narrative(d, RecordingChatModel(errors=[RuntimeError("down")])) is None
