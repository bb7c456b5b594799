"""A turn that finishes the trainee's own cut-off sentence is read with it (continuation.py)."""

from __future__ import annotations

from evaluators.continuation import joined_turn
from evaluators.local import LocalEvaluator
from evaluators.types import TurnInput

CLIENT = {"role": "client", "text": "If I lose this job I lose the apartment, and then what, I'm back "
                                    "at my mom's at 34."}
EV = LocalEvaluator(suggest=False)
REFLECTIONS = {"simple_reflection", "complex_reflection"}


def turn(first_half: str, utterance: str, backchannel: str = "Mm.") -> TurnInput:
    return TurnInput(history=[CLIENT, {"role": "trainee", "text": first_half},
                              {"role": "client", "text": backchannel}], utterance=utterance)


def test_the_two_halves_are_joined_in_the_context_of_the_first() -> None:
    whole = joined_turn(turn("It sounds like going back to your mom's would feel-", "-like going backwards."))
    assert whole is not None
    assert whole.utterance == "It sounds like going back to your mom's would feel like going backwards."
    assert [m.text for m in whole.history] == [CLIENT["text"]]


def test_only_a_dash_after_a_dash_is_a_continuation() -> None:
    assert joined_turn(turn("It sounds like going back would feel-", "Like going backwards.")) is None
    assert joined_turn(turn("It sounds like going back would feel hard.", "-like going backwards.")) is None
    assert joined_turn(TurnInput(history=[CLIENT], utterance="-like going backwards.")) is None


def test_a_continuation_takes_the_reflection_of_the_whole_sentence() -> None:
    alone = TurnInput(history=[CLIENT, {"role": "client", "text": "Mm."}], utterance="-like going backwards.")
    assert not REFLECTIONS & set(EV.evaluate(alone).behaviors)  # a fragment on its own
    got = EV.evaluate(turn("It sounds like going back to your mom's would feel-", "-like going backwards."))
    assert REFLECTIONS & set(got.behaviors)
    assert "other" not in got.behaviors


def test_a_continuation_of_a_question_gets_no_reflection() -> None:
    got = EV.evaluate(turn("What would you want to say-", "-if she picked up?"))
    assert not REFLECTIONS & set(got.behaviors)
