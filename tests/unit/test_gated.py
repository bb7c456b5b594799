"""Gated patterns find exactly what the joined patterns find, only faster.

Why: `evaluators/gated.py` skips a branch of an alternation on text that lacks every literal
the branch needs. If the literal analysis were wrong, a branch would be skipped where it
matches and a code would silently go missing from feedback. These tests pin the analysis on
hand-built patterns and the equivalence on every alternation in `patterns.py`, run on the
utterances and client turns of two labelled sets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from evaluators import patterns as P
from evaluators.gated import Alternation, Gates, required_literals
from evaluators.risk import RISK

DATA = Path(__file__).resolve().parents[2] / "evaluators" / "data"


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"\bproud of you\b", {"proud of you"}),
    (r"\b(?:so|really) proud\b", {" proud"}),  # the run after the group is longer
    (r"(?:sponsor|meeting)s?", {"sponsor", "meeting"}),
    (r"(?:ab)+c", {"ab"}),
    (r"fo[oa]d", {"fo"}),
    (r"ab[^c]de", {"ab"}),  # "any letter but c" is no letter to look for
])
def test_the_literals_every_match_must_contain(pattern: str, needed: set[str]) -> None:
    assert required_literals(pattern) == needed


@pytest.mark.parametrize("pattern", [
    r"x?yz?",  # no literal of two characters is certain
    r"(?i)proud",  # case-insensitive: "Proud" would not contain "proud"
    r"(?:proud|[a-z]+y)",  # one branch needs no literal of two characters
    r"(?:proud)*",
    r"(?=proud)\w+",  # lookarounds are not relied on
])
def test_no_gate_where_no_literal_is_certain(pattern: str) -> None:
    assert required_literals(pattern) is None


JOINED_CASES = [
    # leftmost match wins even when a later branch is listed first
    (("b c", "a b"), "x a b c"),
    # at the same start the branch listed first wins, even if it is shorter
    (("proud", "proud of you"), "i'm proud of you"),
    (("proud of you", "proud"), "i'm proud of you"),
    # match and fullmatch backtrack into a later branch
    (("you are", "you are proud"), "you are proud"),
    # a negated letter is not a literal
    ((r"ab[^c]de", "zz"), "abxde"),
    # nothing to find
    (("sponsor", "meeting"), "i went to the store"),
    # anchors and lookbehinds see the whole text
    ((r"^so you", r"(?<!not )proud"), "so you are not proud, but proud"),
]


@pytest.mark.parametrize(("parts", "text"), JOINED_CASES)
def test_an_alternation_answers_like_the_joined_pattern(parts: tuple[str, ...], text: str) -> None:
    gated, joined = Alternation(parts), re.compile("|".join(f"(?:{p})" for p in parts))
    for method in ("search", "match", "fullmatch"):
        want, got = getattr(joined, method)(text), getattr(gated, method)(text)
        assert (got and got.span()) == (want and want.span()), method
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in joined.finditer(text)]
    assert gated.search(text, 3) is None or gated.search(text, 3).span() == joined.search(
        text, 3).span()


def _texts() -> list[str]:
    texts = []
    for name in ("dev.jsonl", "dev8.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            texts.append(item["utterance"].lower().replace("\u2019", "'"))
            texts += [m["text"].lower() for m in item.get("history", [])[-1:]]
    return texts


def test_every_alternation_of_the_coder_finds_what_its_joined_pattern_finds() -> None:
    alternations = {name: value for name, value in vars(P).items()
                    if isinstance(value, Alternation)}
    assert {"ADVISE", "AFFIRM", "CONFRONT", "MINIMIZE"} <= set(alternations)
    texts = _texts()
    assert len(texts) > 1500
    for name, alternation in alternations.items():
        joined = re.compile(alternation.pattern)
        for text in texts:
            want = [m.span() for m in joined.finditer(text)]
            assert [m.span() for m in alternation.finditer(text)] == want, (name, text)
            found = alternation.search(text)
            assert (found and found.span()) == (want[0] if want else None), (name, text)


def test_risk_cues_are_found_as_by_trying_every_pattern() -> None:
    assert isinstance(RISK.gates, Gates)
    texts = _texts() + ["i've been thinking about killing myself", "i want to die"]
    for text in texts:
        want = next((m.span() for r in RISK.gates.regexes if (m := r.search(text))), None)
        found = RISK.search(text)
        assert (found and found.span()) == want, text
    assert RISK.search("i've been thinking about killing myself")
