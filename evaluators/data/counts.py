"""Regenerate §6 "Counts" of CODING_RULES.md from the labelled files.

Why a script: the counts must follow the files exactly; after a relabelling pass (see §2.1)
they are rewritten, not edited by hand.

    .venv/bin/python evaluators/data/counts.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
MARKER = "## 6. Counts (generated from the files)"


def _load(name: str) -> list[dict]:
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def render() -> str:
    import sys

    sys.path.insert(0, str(HERE.parent.parent))
    from evaluators.accuracy import HELDOUT_SPLITS, TUNING_SPLITS
    from evaluators.types import BEHAVIORS, DIMENSIONS

    FILES = (*TUNING_SPLITS, *HELDOUT_SPLITS)  # noqa: N806
    data = {name: _load(name) for name in FILES}
    codes = {n: Counter(c for item in items for c in set(item["behaviors"])) for n, items in data.items()}
    totals = {n: sum(c.values()) for n, c in codes.items()}
    lines = [MARKER, "", "Items: " + ", ".join(f"{n} {len(data[n])}" for n in FILES) + ". A count is "
             "the number of items carrying the code. One item can carry several codes. The share "
             "is of all code occurrences in the file.", "",
             "| code | " + " | ".join(f"{n} | {n} %" for n in FILES) + " |",
             "| --- |" + " ---: | ---: |" * len(FILES)]
    for code in BEHAVIORS:
        cells = " | ".join(f"{codes[n][code]} | {100 * codes[n][code] / totals[n]:.1f}" for n in FILES)
        lines.append(f"| {code} | {cells} |")
    lines.append("| *all codes* | " + " | ".join(f"{totals[n]} | 100" for n in FILES) + " |")
    lines += ["", "Score distributions (number of items with each value):", "",
              "| file | score | 1 | 2 | 3 | 4 | 5 |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for n in FILES:
        for dim in DIMENSIONS:
            dist = Counter(item["scores"][dim] for item in data[n] if item["scores"].get(dim))
            lines.append(f"| {n} | {dim} | " + " | ".join(str(dist[v]) for v in range(1, 6)) + " |")
    tags = {n: Counter(t for item in data[n] for t in item.get("tags", [])) for n in FILES}
    every = Counter()
    for t in tags.values():
        every.update(t)
    lines += ["", "Tags:", "", "| tag | " + " | ".join(FILES) + " |", "| --- |" + " ---: |" * len(FILES)]
    for tag, _ in every.most_common():
        lines.append(f"| `{tag}` | " + " | ".join(str(tags[n][tag]) for n in FILES) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    path = HERE / "CODING_RULES.md"
    text = path.read_text(encoding="utf-8")
    head = text.split(MARKER)[0]
    path.write_text(head + render(), encoding="utf-8")
    print(f"rewrote the counts in {path}")


if __name__ == "__main__":
    main()
