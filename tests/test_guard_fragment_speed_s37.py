"""Session 37 (speed): the bare-question reading's word passes, made cheaper with the same
result.

- :func:`yamabiko.guard.english_abbreviations.spelt_out` tries each word only against the
  lacking words of its own first letter (before: every word against every lacking word, the
  largest share of the slowest cold checks of long English prompts the trees refused);
- :func:`yamabiko.guard.english_fragments._words` skips the combining-mark pass on ASCII text;
- :func:`yamabiko.guard.english_forms.run_together_dropped` lowers the right side's words once.

Each is checked here against the reading it replaced, written out the old way, on the English
prompts of the tuning FAQ sets (real WordNet, real units).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from yamabiko.casual_en import PRONOUN_TEXTING, written_out
from yamabiko.guard import Guard
from yamabiko.guard.english_abbreviations import abbreviates, spelt_out
from yamabiko.guard.english_forms import run_together, run_together_dropped
from yamabiko.guard.english_fragments import _TOKEN, _words
from yamabiko.guard.unit_record import Unit

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
GUARD = Guard()


def _english_pairs() -> list[tuple[str, str]]:
    """The English pairs of the FAQ tuning set and of held-out tuning sets 26-30."""
    pairs = []
    for name in ("faq-pairs.jsonl", *(f"faq-heldout{n}.jsonl" for n in range(26, 31))):
        with open(DATA / name, encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle]
        pairs += [(r["a"], r["b"]) for r in rows if r.get("lang") == "en"]
    return pairs


def _spelt_out_every_pair(words: list[str], other: list[str]) -> list[str]:
    """Session 36's reading: every word against every word ``other`` lacks, in order."""
    lacking = [w for w in other if w not in words]
    if not lacking:
        return words
    return [next((w for w in lacking if abbreviates(word, w)), word) for word in words]


def _words_every_character(text: str) -> list[str]:
    """``_words`` with its combining-mark pass run on every text, ASCII or not."""
    plain = unicodedata.normalize("NFKD", written_out(text).lower().replace("\u2019", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [PRONOUN_TEXTING.get(w, w) for w in _TOKEN.findall(plain)]


def test_spelt_out_reads_as_every_pair_did() -> None:
    pairs = _english_pairs()
    assert len(pairs) > 700
    changed = 0
    for a, b in pairs:
        left, right = _words(a), _words(b)
        for words, other in ((left, right), (right, left)):
            found = spelt_out(words, other)
            assert found == _spelt_out_every_pair(words, other), (a, b)
            changed += found != words
    probe = spelt_out(["windmill", "opening", "hrs"], ["the", "opening", "hours", "of"])
    assert probe == ["windmill", "opening", "hours"]
    assert changed >= 1  # (the reading spells something out on the tuning sets)


def test_spelt_out_takes_the_first_lacking_word_of_the_letter() -> None:
    other = ["hospital", "hours", "hospice", "hour"]
    assert spelt_out(["hrs"], other) == _spelt_out_every_pair(["hrs"], other) == ["hours"]
    assert spelt_out(["hr"], other) == _spelt_out_every_pair(["hr"], other) == ["hour"]
    assert spelt_out(["hrs"], ["hrs", "hours"]) == ["hours"]
    assert spelt_out(["hours"], ["hours"]) == ["hours"]


def test_words_ascii_and_accented_as_before() -> None:
    texts = [t for pair in _english_pairs() for t in pair]
    texts += ["How much is a macramé workshop?", "Café opening hrs", "naïve question’s end"]
    for text in texts:
        assert _words(text) == _words_every_character(text), text
    assert _words("macramé workshop cost?") == ["macrame", "workshop", "cost"]


def _run_together_every_pair(
    left: list[Unit], right: list[Unit], first: tuple[Unit, ...], second: tuple[Unit, ...]
) -> tuple[list[Unit], list[Unit], str] | None:
    """Session 36's loop: the right side's words lowered once for every word of the left."""
    for a in left:
        x = a.text.lower()
        for b in right:
            y = b.text.lower()
            ends = len(x) != len(y) and (x.endswith(y) or y.endswith(x))
            if ends and run_together(a, b, first, second):
                rest = [u for u in left if u is not a], [u for u in right if u is not b]
                return rest[0], rest[1], f"{a.text}->{b.text}"
    return None


def test_run_together_dropped_as_before() -> None:
    glued = ("Do you clean oven racks as well?", "do you clean oven racks aswell?")
    pairs = [*_english_pairs(), glued]
    found_some = 0
    for a, b in pairs:
        first, second = GUARD._units.get(a, "en"), GUARD._units.get(b, "en")
        left, right = list(first), list(second)
        found = run_together_dropped(left, right, first, second)
        assert found == _run_together_every_pair(left, right, first, second), (a, b)
        found_some += found is not None
    assert found_some >= 1
