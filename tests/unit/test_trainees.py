"""Simulated trainees: each profile makes the moves it is meant to, in the client's own words,
and a seed fixes every choice."""

from __future__ import annotations

import re

import pytest

from evaluators.types import Message
from simulator import trainee_banks as B
from simulator.trainee_llm import LLMTrainee, clean_utterance
from simulator.trainee_text import fragment, reflection_of, to_second_person
from simulator.trainees import PROFILES, ScriptedTrainee, make_trainee

CLIENT_LINES = [
    "Good morning. A gentleman in my building said you were worth talking to about work.",
    "My sister Denise thinks the library job is too much stress for me.",
    "I'm worried about losing my Medicaid if I start earning.",
    "Honestly I haven't told my doctor any of this yet.",
    "Sure, go ahead.",  # the answer to turn 4 (the skilled trainee asks permission there)
    "I've been volunteering at the library for nine years now.",
    "It's been a long week, I guess.",
]
DIRECTIVE_LANGUAGE = re.compile(
    r"\b(?:you need to|you have to|stop|call your|denial|addict|depression talking|non-compliant|"
    r"excuse|rules|not taking this seriously|end up)\b",
    re.I,
)


def converse(trainee, turns: int = 6, lines: list[str] | None = None):
    """Run a trainee against fixed client lines; returns the utterances."""
    lines = lines or CLIENT_LINES
    history = [Message(role="client", text=lines[0])]
    out = []
    for turn in range(1, turns + 1):
        utterance = trainee.next_turn(history, turn)
        out.append(utterance)
        history += [Message(role="trainee", text=utterance.text),
                    Message(role="client", text=lines[turn % len(lines)])]
    return out


def test_every_directive_template_uses_directive_language():
    for bank in (B.DIRECT, B.LECTURE, B.LABEL):
        for template_id, text in bank.items():
            assert DIRECTIVE_LANGUAGE.search(text), template_id


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_directive_profile_lectures_labels_and_directs(seed):
    utterances = converse(make_trainee("directive", seed=seed), turns=8)
    for u in utterances:
        assert set(u.moves) <= {"direct", "lecture", "label"}
        assert DIRECTIVE_LANGUAGE.search(u.text), u.text
    assert any("you need to" in u.text.lower() for u in utterances)


def test_skilled_reflects_the_clients_last_words_and_asks_open_questions():
    history = [Message(role="client", text="My sister Denise thinks the library job is too much stress for me.")]
    turn = make_trainee("skilled", seed=5).next_turn(history, 1)
    assert turn.moves == ["reflect", "open_question"]
    assert "Denise" in turn.text and "library job" in turn.text
    assert "your sister" in turn.text  # restated in the second person
    question = turn.text.rsplit(". ", 1)[-1]
    assert re.match(r"(?:What|How|Tell me)", question), turn.text


@pytest.mark.parametrize("seed", range(5))
def test_skilled_never_advises_without_asking_and_getting_permission(seed):
    utterances = converse(make_trainee("skilled", seed=seed), turns=7)
    moves = [u.moves for u in utterances]
    assert not any(m & {"advice", "direct", "lecture", "label", "reassure"} for m in map(set, moves))
    for i, m in enumerate(moves):
        if "advise_with_permission" in m:
            assert i > 0 and "ask_permission" in moves[i - 1]
    # Turn 4 asks; the client says "Sure, go ahead." -> turn 5 offers the idea, leaving the choice.
    assert "ask_permission" in moves[3]
    assert moves[4] == ["advise_with_permission"]
    assert re.search(r"your call|know your situation|what fits for you", utterances[4].text)


def test_skilled_does_not_advise_when_permission_is_not_given():
    lines = CLIENT_LINES[:4] + ["No, I'd rather not.", "It's been a long week."]
    utterances = converse(make_trainee("skilled", seed=1), turns=6, lines=lines)
    assert "ask_permission" in utterances[3].moves
    assert "advise_with_permission" not in utterances[4].moves


def test_skilled_checks_a_risk_cue_directly():
    history = [Message(role="client", text="Some nights I think everyone would be better off without me.")]
    turn = make_trainee("skilled", seed=1).next_turn(history, 2)
    assert turn.moves == ["risk_check"]
    assert re.search(r"suicide|ending your life", turn.text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_novice_asks_closed_questions_reassures_and_advises_early(seed):
    utterances = converse(make_trainee("novice", seed=seed), turns=8)
    moves = {m for u in utterances for m in u.moves}
    assert moves <= {"closed_question", "reassure", "advice", "echo"}
    assert {"closed_question", "reassure", "advice"} <= moves
    assert utterances[0].moves == ["echo", "closed_question"]


def test_mixed_draws_each_turn_from_the_other_profiles():
    utterances = converse(make_trainee("mixed", seed=11), turns=12)
    drawn = {u.profile for u in utterances}
    assert drawn <= {"skilled", "novice", "directive"} and len(drawn) >= 2


@pytest.mark.parametrize("profile", PROFILES)
def test_same_seed_same_conversation_different_seed_differs(profile):
    first = [u.text for u in converse(make_trainee(profile, seed=42), turns=6)]
    again = [u.text for u in converse(make_trainee(profile, seed=42), turns=6)]
    assert first == again
    others = {tuple(u.text for u in converse(make_trainee(profile, seed=s), turns=6)) for s in range(43, 48)}
    assert any(o != tuple(first) for o in others)


def test_lines_vary_within_a_session():
    texts = [u.text for u in converse(make_trainee("skilled", seed=3), turns=6)]
    assert len(set(texts)) == len(texts)


def test_unknown_profile_and_mode_are_refused():
    with pytest.raises(ValueError, match="unknown profile"):
        ScriptedTrainee("expert")
    with pytest.raises(ValueError, match="unknown trainee mode"):
        make_trainee("skilled", mode="telepathy")  # type: ignore[arg-type]


def test_perspective_shift_and_fragments():
    assert to_second_person("I am tired and my sister worries about me") == (
        "you are tired and your sister worries about you")
    assert reflection_of("Yeah... I'm scared I'll lose my job, honestly.") == "you're scared you'll lose your job"
    assert reflection_of("What do you want from me?") is None
    # typed first person is turned too (the evaluator's pronoun turner, evaluators/handback.py)
    assert reflection_of("got discharged yesterday. i dont know what im supposed to do with "
                         "myself") == "you dont know what you're supposed to do with yourself"
    assert reflection_of("I wasn't even stressed, I was asleep.") == (
        "you weren't even stressed, you were asleep")
    assert fragment("My sister Denise thinks it's too much stress.") is not None


def test_llm_output_is_cleaned_to_one_trainee_utterance():
    raw = 'Peer specialist: "It sounds like work has been heavy. What helps? Also, drink water."\nClient: ok'
    assert clean_utterance(raw) == "It sounds like work has been heavy. What helps?"
    assert clean_utterance("*nods slowly*") == ""
    assert clean_utterance("(smiles) That sounds hard.") == "That sounds hard."


def test_llm_trainee_falls_back_to_the_script_when_the_model_says_nothing_usable(fake_model):
    fake_model.responses = ["*nods*", "Trainee: What has that been like for you?"]
    trainee = LLMTrainee("skilled", fake_model, seed=1)
    history = [Message(role="client", text=CLIENT_LINES[1])]
    first = trainee.next_turn(history, 1)
    second = trainee.next_turn(history, 2)
    assert first.fallback and first.moves  # scripted moves were used
    assert second.text == "What has that been like for you?" and not second.fallback
    assert second.prompt_tokens > 0 and second.completion_tokens > 0
    system = str(fake_model.calls[-1][0].content)
    assert "Reflect back" in system  # the skilled style reached the prompt
