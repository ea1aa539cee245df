"""The guard's cold check, session 18.

WordNet's one loader: the tables :mod:`yamabiko.guard.opposites` reads (every sense of every
verb lemma, the bytes of ``data.verb``, the antonyms between adjectives and between adverbs)
come from :func:`yamabiko.guard.wordnet.load`, which reads each file once. They must be what
reading the files the way ``opposites.py`` did before gives. WordNet's spelling variants are
looked up through the lemmas a variant pair has (each word's lemmas kept): the same answers."""

from __future__ import annotations

from pathlib import Path

from guard_verdicts import sample

from yamabiko.guard import opposites, wordnet
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units


def _every_verb_sense(folder: Path) -> dict[str, tuple[int, ...]]:
    """``index.verb`` read line by line as text: lemma -> every synset offset."""
    senses = {}
    with open(folder / "index.verb", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith(" "):
                fields = line.split()
                senses[fields[0]] = tuple(int(o) for o in fields[len(fields) - int(fields[2]) :])
    return senses


def _antonyms_by_every_line(folder: Path) -> dict[str, frozenset[str]]:
    """Every line of ``data.adj`` / ``data.adv`` parsed, then each ``!`` pointer resolved
    through a table of every line's words (keyed by file and offset)."""
    words: dict[tuple[str, str], list[str]] = {}
    pointers = []
    for pos in ("adj", "adv"):
        with open(folder / f"data.{pos}", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(" "):
                    continue
                fields = line.split()
                words[(pos, fields[0])] = wordnet.line_words(fields)
                for symbol, offset, _, link in wordnet.line_pointers(fields):
                    if symbol == "!":
                        pointers.append((pos, fields[0], offset, link))
    table: dict[str, set[str]] = {}
    for pos, offset, target, link in pointers:
        source, number = int(link[:2], 16), int(link[2:], 16)
        mine, theirs = words[(pos, offset)], words.get((pos, target), [])
        for word in mine[source - 1 : source] if source else mine:
            table.setdefault(word, set()).update(theirs[number - 1 : number] if number else theirs)
    return {word: frozenset(found) for word, found in table.items()}


def test_verb_senses_and_data_are_the_files():
    folder = wordnet.data_dir()
    senses, data = opposites._verb_senses()
    assert senses == _every_verb_sense(folder)
    assert "pick_up" in senses and len(senses["pick_up"]) > 1
    assert data == (folder / "data.verb").read_bytes().replace(b"\r\n", b"\n")
    assert wordnet.load().verb_data is data  # one copy, the loader's


def test_adjective_and_adverb_antonyms_are_every_pointer():
    table = opposites._antonym_table()
    assert table == _antonyms_by_every_line(wordnet.data_dir())
    assert "slow" in table["fast"] and "late" in table["early"]


def test_lookups_through_the_one_loader():
    assert opposites.antonym_substituted("Can I drive faster?", "Can I drive slower?")
    assert opposites.verbs_opposed("pick_up", "drop_off")
    assert opposites.nominal_verbs("arrival") == ("arrive",)


def _leftovers() -> list[tuple[list, list]]:
    """The units each prompt of every pair of the golden sample leaves unshared."""
    found = []
    for _, _, query, cached, lang, _ in sample():
        if lang in ("en", "ja"):
            aligned = DEFAULT.align(units(cached, lang), units(query, lang))
            found.append((aligned.left, aligned.right))
    return found


def test_spelling_variants_through_their_lemmas() -> None:
    """Every pair of English leftover words the alignment's screen may ask about, and known
    variants: the same answer as any pair of their lemmas WordNet lists."""
    pairs = wordnet.load().variants
    asked = [(a.text.lower(), b.text.lower()) for left, right in _leftovers()
             for a in left for b in right if (a.text + b.text).isascii()]  # fmt: skip
    asked += [("paediatric", "pediatric"), ("analysed", "analyzed"), ("colour", "color")]
    for x, y in asked:
        want = x != y and any((p, q) in pairs for p in wordnet.lemmas(x) for q in wordnet.lemmas(y))
        assert wordnet.variant(x, y) == want, (x, y)
    assert len(asked) > 1000 and sum(wordnet.variant(x, y) for x, y in asked) >= 3
