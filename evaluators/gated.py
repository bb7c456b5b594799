"""Regular expressions that skip the work they cannot need: each pattern carries the literal
words any match of it must contain, and is not run on text that holds none of them.

Why: the coder's knowledge is a few hundred patterns, a dozen of them alternations of tens of
thousands of characters. Python's `re` tries every branch of an alternation at every position
of the text, so those few took most of the time of a turn (`bench/evaluator_accuracy.py`
prints the latency). Most branches need a word the turn does not contain ("proud", "sponsor",
"ashamed"), and a substring test (`in`) rules a branch out in tens of nanoseconds.

The results are exactly those of the joined pattern: a branch is skipped only when the text
lacks every literal that each of its matches must contain, and of the branches that are run,
the leftmost match wins, ties going to the branch listed first, as in an alternation.
`tests/unit/test_gated.py` checks the equivalence on the labelled sets.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator, Sequence

try:  # the parser `re` itself uses; a private module, so any failure just turns gating off
    import re._constants as _sre
    import re._parser as _parser
except ImportError:  # pragma: no cover - not on CPython 3.11+
    _parser = None  # type: ignore[assignment]

Literals = frozenset[str] | None  # None: no literal is known to be required

_MIN_LENGTH = 2  # a required one-letter literal rules out too little to be worth testing


def _better(a: Literals, b: Literals) -> Literals:
    """The more selective of two requirements: longer shortest literal, then fewer literals."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list[tuple[object, object]]) -> Literals:
    """A sequence needs every item, so the most selective item's requirement will do; runs
    of plain characters (zero-width anchors like \\b do not break them) count as one literal."""
    best: Literals = None
    run: list[str] = []

    def close_run() -> None:
        nonlocal best
        if len(run) >= _MIN_LENGTH:
            best = _better(best, frozenset({"".join(run)}))
        run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if op is _sre.AT:
            continue
        close_run()
        best = _better(best, _item(op, av))
    close_run()
    return best


def _item(op: object, av: object) -> Literals:
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            needed = _sequence(list(alternative))
            if needed is None:
                return None
            union |= needed
        return frozenset(union)
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, body = av  # type: ignore[misc]
        return None if add_flags & re.IGNORECASE else _sequence(list(body))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        return _sequence(list(body)) if low >= 1 else None
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(av))  # type: ignore[call-overload]
    return None  # a class, a lookaround, a back-reference: nothing certain


def required_literals(pattern: str, flags: int = 0) -> Literals:
    """Strings of which every match of `pattern` contains at least one, or None if unknown."""
    return _analyse(pattern, flags)[0]


def _analyse(pattern: str, flags: int) -> tuple[Literals, bool]:
    """One parse of `pattern`: the literals it needs (`required_literals`) and whether it may
    match the empty string (unknown counts as yes)."""
    if _parser is None:
        return None, True
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - gating is an optimisation; never let it break a pattern
        return None, True
    may_be_empty = parsed.getwidth()[0] == 0
    if (flags | parsed.state.flags) & re.IGNORECASE:
        return None, may_be_empty
    needed = _sequence(list(parsed))
    if needed is None or min(map(len, needed)) < _MIN_LENGTH:
        return None, may_be_empty
    return needed, may_be_empty


class Gates:
    """Compiled patterns, in order, with the literals each needs. `candidates(text)` tests each
    distinct literal once (`in`, in C) and keeps, in order, the patterns that might match."""

    __slots__ = ("regexes", "needs", "may_be_empty", "literals", "_users", "_always")

    def __init__(self, patterns: Sequence[str]) -> None:
        self.regexes = tuple(re.compile(p) for p in patterns)
        analysed = [_analyse(r.pattern, r.flags) for r in self.regexes]
        self.needs = tuple(needs for needs, _ in analysed)
        self.may_be_empty = any(empty for _, empty in analysed)  # any pattern may match ""
        users: dict[str, list[int]] = {}
        for index, needs in enumerate(self.needs):
            for literal in needs or ():
                users.setdefault(literal, []).append(index)
        self.literals = tuple(sorted(users))
        self._users = users
        self._always = frozenset(i for i, needs in enumerate(self.needs) if needs is None)

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        chosen = set(self._always)
        for literal in [literal for literal in self.literals if literal in text]:
            chosen.update(self._users[literal])
        return [self.regexes[i] for i in sorted(chosen)]


def _leftmost(regexes: list[re.Pattern[str]], text: str, pos: int,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
    """What the alternation of `regexes` finds from `pos`: the match that starts first, the
    part listed first on a tie (as the regex engine tries an alternation's branches)."""
    best: re.Match[str] | None = None
    for regex in regexes:
        found = regex.search(text, pos, endpos)
        if found is not None and (best is None or found.start() < best.start()):
            best = found
            if best.start() == pos:
                break  # nothing can start earlier, and earlier parts win ties
    return best


class Alternation:
    """`re.compile("|".join(parts))` with the same results, each part run only where possible.

    Offers the methods the coder uses (search, match, fullmatch, finditer, sub) and `pattern`,
    the joined source, for embedding in another pattern. Match objects come from the part that
    matched, so only group 0 (and its start and end) is meaningful."""

    def __init__(self, parts: Sequence[str]) -> None:
        self.pattern = "|".join(f"(?:{p})" for p in parts)
        self.gates = Gates(parts)

    @functools.cached_property
    def joined(self) -> re.Pattern[str]:
        """The alternation compiled whole: for `sub`, and empty matches (compiled on first use)."""
        return re.compile(self.pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return _leftmost(self.gates.candidates(text), text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next((m for r in self.gates.candidates(text) if (m := r.match(text, pos, endpos))),
                    None)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next((m for r in self.gates.candidates(text)
                     if (m := r.fullmatch(text, pos, endpos))), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.gates.may_be_empty:  # empty matches follow subtler rules; leave them to `re`
            yield from self.joined.finditer(text)
            return
        candidates = self.gates.candidates(text)
        pos = 0
        while pos <= len(text) and (found := _leftmost(candidates, text, pos)) is not None:
            yield found
            pos = found.end()

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.joined.sub(repl, text, count)
