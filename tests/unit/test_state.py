"""The client's trust rule (simulator/state.py docstring), as a trainee would feel it.

Listening well opens the client up, directing closes them down, hitting a nerve closes them
down harder, trust is earned slowly and lost fast, and what has been shared stays shared.
"""

from __future__ import annotations

import json

import pytest

from evaluators.types import Score, Scores, TurnEvaluation
from simulator.state import ClientState, triggers_hit, trust_delta

NEGATIVE = ["direct", "advise", "confront", "warn", "label", "minimize"]


def evaluation(utterance: str = "What was this week like?", behaviors=(), value: float | None = 3.0):
    score = Score(value=value) if value is not None else Score.unscored("no judge")
    return TurnEvaluation(
        utterance=utterance,
        scores=Scores(active_listening=score, validation=score, non_authoritative=score),
        behaviors=list(behaviors),
    )


def state_at(trust: float) -> ClientState:
    return ClientState(trust=trust)


def change(persona, trust: float, ev: TurnEvaluation) -> float:
    state = state_at(trust)
    state.update(persona, ev)
    return state.trust - trust


def test_initial_state_uses_persona_trust_and_unlocks_only_free_layers(persona):
    state = ClientState.initial(persona)
    assert state.trust == pytest.approx(persona.initial_trust)
    assert state.unlocked == [0]  # only the layer with trust_required 0.0
    assert state.newly_unlocked == []
    assert state.triggered == []


def test_complex_reflection_raises_trust_more_than_simple(persona):
    simple = change(persona, 0.3, evaluation(behaviors=["simple_reflection"]))
    complex_ = change(persona, 0.3, evaluation(behaviors=["complex_reflection"]))
    assert simple > 0
    assert complex_ > simple


@pytest.mark.parametrize("code", NEGATIVE)
def test_non_adherent_behaviours_lower_trust(persona, code):
    # A persona without triggers: the behaviour's own weight is what lowers trust.
    calm = persona.model_copy(update={"triggers": []})
    assert change(calm, 0.5, evaluation(behaviors=[code])) < 0


def test_good_scores_help_and_poor_scores_hurt_beyond_the_codes(persona):
    good = change(persona, 0.3, evaluation(behaviors=["open_question"], value=5.0))
    neutral = change(persona, 0.3, evaluation(behaviors=["open_question"], value=3.0))
    poor = change(persona, 0.3, evaluation(behaviors=["open_question"], value=1.0))
    assert good > neutral > poor


def test_unscored_dimensions_are_left_out_not_counted_as_zero(persona):
    unscored = change(persona, 0.3, evaluation(behaviors=["open_question"], value=None))
    neutral = change(persona, 0.3, evaluation(behaviors=["open_question"], value=3.0))
    assert unscored == pytest.approx(neutral)


def test_trigger_by_behaviour_lowers_trust_more_and_shuts_the_client_down(persona):
    no_triggers = persona.model_copy(update={"triggers": []})
    ev = evaluation("You need to call your prescriber today.", ["direct"], 1.0)

    plain = state_at(0.5)
    plain.update(no_triggers, ev)
    hit = state_at(0.5)
    hit.update(persona, ev)

    assert hit.trust < plain.trust < 0.5
    assert hit.triggered == ["being told what to do"]
    assert hit.mood == "shut down"
    assert plain.mood != "shut down"
    assert hit.reactions == [persona.triggers[0].reaction]


def test_trigger_by_keyword_alone_lowers_trust_and_records_the_reaction(persona):
    with_keyword = state_at(0.5)
    with_keyword.update(persona, evaluation("Are you still an ADDICT, do you think?", ["closed_question"]))
    without = state_at(0.5)
    without.update(persona, evaluation("Are you still struggling, do you think?", ["closed_question"]))

    assert with_keyword.trust < without.trust
    assert with_keyword.triggered == ["being called an addict"]
    assert with_keyword.mood == "shut down"
    assert "not a diagnosis" in with_keyword.reactions[0]
    assert without.triggered == [] and without.reactions == []


def test_a_later_good_turn_clears_the_trigger(persona):
    state = state_at(0.5)
    state.update(persona, evaluation("You need to stop.", ["direct"], 1.0))
    assert state.mood == "shut down"
    state.update(persona, evaluation("Sounds like work is a lot.", ["complex_reflection"], 5.0))
    assert state.triggered == [] and state.reactions == []
    assert state.mood != "shut down"


def test_each_trigger_hit_counts(persona):
    ev = evaluation("You need to admit you're an addict.", ["direct", "label"], 1.0)
    assert len(triggers_hit(persona, ev)) == 2
    mild = evaluation("Maybe try a walk.", ["advise"], 2.5)
    one = trust_delta(mild, 1, 0.5)
    two = trust_delta(mild, 2, 0.5)
    assert two < one < trust_delta(mild, 0, 0.5)


def test_one_turn_cannot_move_trust_more_than_the_caps(persona):
    from simulator.state import MAX_GAIN, MAX_LOSS

    awful = evaluation("You're an addict and you need to stop lying.", ["label", "direct", "confront", "warn"], 1.0)
    assert trust_delta(awful, 3, 0.6) == -MAX_LOSS
    state = state_at(0.6)
    state.update(persona, awful)
    assert state.trust == pytest.approx(0.6 - MAX_LOSS)  # hurt, not written off in one sentence
    great = evaluation("Sounds like...", ["complex_reflection", "affirm", "emphasize_autonomy"], 5.0)
    assert trust_delta(great, 0, 0.0) == MAX_GAIN


def test_gains_shrink_as_trust_grows_but_losses_do_not(persona):
    good = evaluation(behaviors=["complex_reflection"], value=5.0)
    assert change(persona, 0.2, good) > change(persona, 0.8, good) > 0

    calm = persona.model_copy(update={"triggers": []})
    bad = evaluation(behaviors=["advise"], value=1.0)
    assert change(calm, 0.3, bad) == pytest.approx(change(calm, 0.8, bad))  # lost fast


def test_trust_is_clamped_to_0_1(persona):
    high = state_at(0.99)
    for _ in range(20):
        high.update(persona, evaluation(behaviors=["complex_reflection", "affirm"], value=5.0))
    assert high.trust == 1.0

    low = state_at(0.05)
    for _ in range(20):
        low.update(persona, evaluation("you addict", ["confront", "label"], value=1.0))
    assert low.trust == 0.0


def test_layers_unlock_at_trust_required_and_stay_unlocked(persona):
    state = ClientState.initial(persona)
    required = [layer.trust_required for layer in persona.story_layers]
    seen_new = []
    for _ in range(30):
        state.update(persona, evaluation(behaviors=["complex_reflection"], value=5.0))
        seen_new += state.newly_unlocked
        expected = [i for i, r in enumerate(required) if state.trust >= r]
        assert state.unlocked == expected
        if state.trust >= 0.8:
            break
    assert state.unlocked == [0, 1, 2, 3]
    assert seen_new == [1, 2, 3]  # each layer announced once, in order

    for _ in range(20):
        state.update(persona, evaluation("you addict", ["confront", "label"], value=1.0))
    assert state.trust < 0.4
    assert state.unlocked == [0, 1, 2, 3]  # what was shared stays shared
    assert state.newly_unlocked == []


def test_a_layer_does_not_unlock_just_below_its_threshold(persona):
    state = state_at(0.35)
    state.update(persona, evaluation(behaviors=["open_question"], value=3.0))  # +0.02*(1-0.175)
    assert state.trust < 0.4
    assert 1 not in state.unlocked


def test_risk_cues_respect_trust_required_and_stay_available(persona):
    assert persona.risk_cues[0].trust_required == 0.5
    state = ClientState.initial(persona)
    assert state.risk_cues_available(persona) == []
    while state.trust < 0.5:
        assert state.risk_cues_available(persona) == []
        state.update(persona, evaluation(behaviors=["complex_reflection"], value=5.0))
    assert state.risk_cues_available(persona) == [0]
    assert state.cues_at == {0: state.turn}  # the turn it surfaced on
    for _ in range(10):
        state.update(persona, evaluation("you addict", ["confront", "label"], value=1.0))
    assert state.trust < 0.5
    assert state.risk_cues_available(persona) == [0]  # once voiced-able, it stays so


def test_a_high_trust_persona_has_its_cue_from_the_start(persona):
    open_persona = persona.model_copy(update={"initial_trust": 0.6})
    state = ClientState.initial(open_persona)
    assert state.risk_cues_available(open_persona) == [0]
    assert state.cues_at == {0: 0}
    assert state.unlocked == [0, 1, 2]
    assert state.unlocked_at == {0: 0, 1: 0, 2: 0}


def test_turns_are_counted_and_layers_remember_when_they_opened(persona):
    state = ClientState.initial(persona)
    assert state.turn == 0
    while 1 not in state.unlocked:
        state.update(persona, evaluation(behaviors=["complex_reflection"], value=5.0))
    assert state.unlocked_at[0] == 0
    assert state.unlocked_at[1] == state.turn >= 1
    state.update(persona, evaluation())
    assert state.unlocked_at[1] == state.turn - 1  # not moved by later turns


def test_mood_follows_trust(persona):
    guarded = state_at(0.1)
    guarded.update(persona, evaluation(behaviors=["complex_reflection"], value=5.0))
    assert guarded.mood == "guarded"
    wary = state_at(0.45)
    wary.update(persona, evaluation(behaviors=["closed_question"], value=3.0))
    assert wary.mood == "wary"
    warming = state_at(0.35)
    warming.update(persona, evaluation(behaviors=["complex_reflection"], value=4.0))
    assert warming.mood == "warming up"
    opening = state_at(0.6)
    opening.update(persona, evaluation(behaviors=["open_question"]))
    assert opening.mood == "opening up"
    trusting = state_at(0.8)
    trusting.update(persona, evaluation(behaviors=["open_question"]))
    assert trusting.mood == "trusting"


def test_to_dict_from_dict_round_trip(persona):
    state = ClientState.initial(persona)
    state.update(persona, evaluation(behaviors=["complex_reflection"], value=5.0))
    state.update(persona, evaluation("you need to quit, addict", ["direct", "label"], value=1.0))
    data = json.loads(json.dumps(state.to_dict()))  # as the session log stores it
    again = ClientState.from_dict(data)
    assert again.to_dict() == data
    assert again.trust == pytest.approx(state.trust, abs=1e-4)
    assert again.unlocked == state.unlocked
    assert again.mood == "shut down"
    assert again.triggered == ["being told what to do", "being called an addict"]
    assert again.turn == state.turn == 2
    assert again.unlocked_at == state.unlocked_at
    assert again.cues_at == state.cues_at
    assert all(isinstance(k, int) for k in again.unlocked_at)  # JSON keys come back as ints
    assert len(again.reactions) == 2
    # The restored state keeps evolving by the same rule.
    ev = evaluation(behaviors=["affirm"], value=4.0)
    assert state.update(persona, ev).trust == pytest.approx(again.update(persona, ev).trust, abs=1e-4)
