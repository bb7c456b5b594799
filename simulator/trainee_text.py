"""Reading the client's last message the way a simulated trainee needs it.

Why: scripted trainees are templated with the client's own words (a skilled reflection
restates what was just said; a directive lecture throws a phrase back). These helpers pick a
sentence worth reflecting, turn it from the client's first person into the trainee's second
person, and cut a short fragment to quote. Everything is plain string work: fast,
deterministic, no model.
"""

from __future__ import annotations

import re

from evaluators.handback import to_second_person
from evaluators.lexicon import FELT_STATES, LABEL_ALTERNATION, STOPWORDS
from evaluators.segment import sentences as split_sentences

_LEAD_FILLER = re.compile(
    r"^(?:(?:yeah|yes|well|so|honestly|i mean|i don't know|i guess|okay|ok|um+|uh+|oh|look|"
    r"listen|and|but|maybe|sure|hmm+|right)\b[\s,.!?\u2026-]*)+",
    re.I,
)
_TAIL_FILLER = re.compile(
    r"(?:,?\s*(?:honestly|you know|i guess|i suppose|really|though|anyway|or something|"
    r"i don't know|right))+\s*$",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|myself|we|our)\b", re.I)
_ADDRESSES_TRAINEE = re.compile(r"\b(?:you|your|you're|you've|yours)\b", re.I)
_WORD = re.compile(r"[A-Za-z']+")
# A skilled peer does not hand a client's label or diagnosis back to them ("you're an addict"):
# sentences with one are not reflected (person-first language).
_LABELLED = re.compile(
    r"\b(?:" + LABEL_ALTERNATION + r"|schizophrenia|bipolar|"
    r"depression|ptsd|addiction|disorder|diagnos\w*)\b",
    re.I,
)


def normalise(text: str) -> str:
    return (
        text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
        .replace("\u201d", '"').replace("\u2014", " - ").replace("\u2026", "...")
    )


def strip_fillers(sentence: str) -> str:
    """'Yeah... I mean, my sister worries.' -> 'my sister worries'."""
    text = _LEAD_FILLER.sub("", normalise(sentence).strip()).strip(" ,.-")
    text = text.rstrip(".!?\"' ").strip()
    return _TAIL_FILLER.sub("", text).strip(" ,")


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(normalise(text))]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 3]


def feeling_word(text: str) -> str | None:
    """The first feeling word the client used that fits "you feel ___" ('tired', 'scared')."""
    return next((w for w in words(text) if w in FELT_STATES), None)


def reflectable_sentence(text: str, max_words: int = 18) -> str | None:
    """The client's sentence most worth reflecting: a statement, not a question, not about
    the trainee; prefers one in the first person, then one naming a feeling, then the
    longest (up to 14 words). Cleaned of fillers."""
    candidates = []
    for sentence in split_sentences(normalise(text)):
        if sentence.rstrip().endswith("?"):
            continue
        core = strip_fillers(sentence)
        n = len(core.split())
        if n < 3 or _ADDRESSES_TRAINEE.search(core) or _LABELLED.search(core):
            continue
        if n > max_words:
            core = _shorten(core, max_words)
        candidates.append(core)
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda s: (
            bool(_FIRST_PERSON.search(s)), feeling_word(s) is not None, min(len(s.split()), 14)
        ),
    )


def _shorten(sentence: str, max_words: int) -> str:
    """Cut at a clause boundary before `max_words` when there is one, else at the limit."""
    parts = re.split(r",\s+|;\s+|\s+-\s+", sentence)
    out = parts[0]
    for part in parts[1:]:
        if len((out + ", " + part).split()) > max_words:
            break
        out += ", " + part
    return " ".join(out.split()[:max_words])


def reflection_of(text: str) -> str | None:
    """The client's sentence restated in the second person, lower-case first letter."""
    sentence = reflectable_sentence(text)
    if sentence is None:
        return None
    swapped = to_second_person(sentence)
    return swapped[0].lower() + swapped[1:] if swapped[:2] != "I " else swapped


def fragment(text: str, max_words: int = 7) -> str | None:
    """A short piece of the client's own words to quote back ('too much stress')."""
    sentence = reflectable_sentence(text) or next(
        (
            strip_fillers(s)
            for s in split_sentences(normalise(text))
            if len(s.split()) >= 3 and not _ADDRESSES_TRAINEE.search(s)
        ),
        None,
    )
    if not sentence:
        return None
    parts = [p.strip() for p in re.split(r",\s+|;\s+|\s+-\s+|\s+but\s+|\s+and\s+", sentence) if p.strip()]
    # The part with the most content words, trimmed to `max_words` from its end.
    best = max(parts, key=lambda p: len(content_words(p)))
    tokens = best.split()
    clipped = " ".join(tokens[-max_words:]) if len(tokens) > max_words else best
    return clipped.strip(" ,.;:!?\"'") or None


def topic_word(text: str) -> str | None:
    """The longest content word of the client's message (a crude topic)."""
    candidates = content_words(text)
    return max(candidates, key=len) if candidates else None
