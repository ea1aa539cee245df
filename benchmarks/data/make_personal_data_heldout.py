"""Write ``personal-data-heldout.jsonl``: the held-out labelled personal-data prompt set.

    python benchmarks/data/make_personal_data_heldout.py          # rewrite the file
    python benchmarks/data/make_personal_data_heldout.py --check  # fail if it would change

Texts are the hand-written templates of ``heldout_texts_positive.py`` (label 1) and
``heldout_texts_negative.py`` (label 0); their ``{fields}`` are filled by the makers of
``heldout_values.py`` from a random generator seeded with the set's seed and the template,
so the file is the same byte for byte on every run and machine. Every row is ``split:
"report"``: nobody tunes on this set (see ``README.md``).
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

from generated_file import render, write_or_check
from heldout_texts_negative import NEGATIVE
from heldout_texts_positive import POSITIVE
from heldout_values import MAKERS, Value

SEED = "yamabiko-heldout-2026-12-02"
OUT = Path(__file__).resolve().parent / "personal-data-heldout.jsonl"


class _Filler(string.Formatter):
    """Fills one template: each field name gets one value (``{ssn}`` twice is one SSN)."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng
        self.values: dict[str, Value] = {}

    def get_value(self, key, args, kwargs):
        if key not in self.values:
            name = str(key).rstrip(string.digits)
            if name not in MAKERS:
                raise KeyError(f"template field {{{key}}}: no maker named {name!r}")
            self.values[key] = MAKERS[name](self.rng)
        return self.values[key]


def fill(template: str) -> tuple[str, list[Value]]:
    """The template with its fields filled, and the values used (in field order)."""
    filler = _Filler(random.Random(f"{SEED}:{template}"))
    return filler.format(template), list(filler.values.values())


def build() -> tuple[list[dict], list[tuple[str, str, str]]]:
    """The rows, and ``(row id, scheme, value without separators)`` for every value that
    carries a check (the test verifies each one)."""
    rows: list[dict] = []
    checks: list[tuple[str, str, str]] = []
    numbers = {"en": 0, "ja": 0}
    for label, templates in ((1, POSITIVE), (0, NEGATIVE)):
        for kind, lang, template in templates:
            numbers[lang] += 1
            row_id = f"ph-{lang}-{numbers[lang]:03d}"
            text, values = fill(template)
            rows.append({"id": row_id, "text": text, "lang": lang, "label": label,
                         "kind": kind, "split": "report"})
            checks += [(row_id, v.scheme, v.plain) for v in values if v.scheme]
    return rows, checks


def main(argv: list[str] | None = None) -> int:
    return write_or_check(OUT, render(build()[0]), __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
