"""Session 28 (speed3), readings made cheaper that must find what they found before:
:func:`yamabiko.guard.places._faced` reads a verb's object with one
compiled pattern instead of compiling ``\\b<verb>...`` for each verb a check meets; it must
find what the per-verb pattern found, match for match (the turned-away rule's verdicts);
``english_lookup.abbreviated_words`` scans a bucket of the word table without a generator per
word and must list the words it listed."""

from __future__ import annotations

import re

from yamabiko.guard.places import _GOAL, DETERMINERS, _faced, _places, stem_en, turned_away


def _faced_by_pattern(text: str, verb: str, noun: str) -> bool:
    """The reading before session 28: a pattern of the verb, read by ``re.finditer``."""
    pattern = (
        f"\\b{re.escape(verb)}\\s+(?:(?:{_GOAL})\\s+)?(?:(?:{DETERMINERS})\\s+){{0,2}}([a-z]+)"
    )
    return any(stem_en(m.group(1)) == stem_en(noun) for m in re.finditer(pattern, text))


TEXTS = [
    "can i face the lake from my room",
    "face towards the lake",
    "run to run the lake",  # (a match that swallows the verb's next place)
    "overrun the lake",  # (the verb inside a word: no match)
    "2face the lake",
    "_face the lake",
    "éface the lake",
    "face  to   the  the lake",
    "faces the lake, face lake",
    "point at the street and face the sea",
    "face",
    "the lake face",
    "face away from the lake",
]


def test_faced_reads_as_the_pattern_of_each_verb() -> None:
    words = sorted({w for t in TEXTS for w in re.findall(r"[a-z]+", t)})
    for text in TEXTS:
        for verb in ("face", "faces", "run", "point", "overrun", "lake"):
            for noun in words:
                assert _faced(text, verb, noun) == _faced_by_pattern(text, verb, noun), (
                    text, verb, noun)  # fmt: skip


def test_turned_away_still_reads_the_object() -> None:
    assert turned_away("Can I face the lake?", "Can I face away from the lake?") == (
        "lake:to->away")  # fmt: skip
    assert turned_away("Can I sit away from the lake?", "Can I face the lake?") == ""


def test_places_reads_the_words_before_the_preposition() -> None:
    # *by* after a participle is the doer (the two words before it), *depend on* no place
    assert _places("the door was blocked by the fountain") == {}
    assert _places("it will depend on the fountain") == {}
    assert _places("the children play by the fountain")["fountain"] == {"beside"}


def test_abbreviated_words_reads_as_the_letters_in_order() -> None:
    """``english_lookup.abbreviated_words`` looks for an abbreviation's inner letters with
    ``str.find`` (session 28): the same words as ``letters_in_order`` over the word table's
    bucket."""
    from yamabiko.guard import english_lookup as lookup

    def by_letters(short: str) -> tuple[tuple[int, str], ...]:
        bucket = lookup._loaded()[0].get(short[0] + short[-1], ()) if len(short) >= 2 else ()
        return tuple((rank, word) for rank, word in bucket
                     if len(word) >= len(short) + 2
                     and lookup.letters_in_order(short, word))  # fmt: skip

    shorts = ["appt", "hols", "pmt", "mgmt", "dept", "ab", "aa", "ss", "a", "", "qqqq", "tmrw",
              "govt", "yr", "pls", "thx", "abt", "bc", "ppl", "st", "s's"]  # fmt: skip
    found = 0
    for short in shorts:
        words = lookup.abbreviated_words.__wrapped__(short)
        assert words == by_letters(short), short
        found += bool(words)
    assert found >= 10  # (the table is loaded: the comparison is not of empty buckets)
    assert "appointment" in {w for _, w in lookup.abbreviated_words("appt")}
