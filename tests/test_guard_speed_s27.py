"""Session 27's cuts of a cold check's work, every verdict the same.

* the word-family test (``relations._related_to_some``) reads the other side's words outside
  ASCII from a list made once per side, instead of testing every word of that side for ASCII
  again for each English word asked about;
* the ``entity`` check (``Guard._same_entity``) does not look for the cached prompt's own
  words when the query's own words hold no strong word (only two strong words, one each side,
  can refuse);
* the warm-up makes what the first check that met a spelling variant or a misspelt filler
  word made before (WordNet's variant lemmas, the index of filler words one deletion apart).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

from guard_verdicts import sample

from yamabiko.guard import Guard, analyse
from yamabiko.guard.facts import Analysis
from yamabiko.guard.ja_synonyms import without_synonyms
from yamabiko.guard.relations import _Family, _unmatched, unmatched
from yamabiko.guard.spelling import slips_only

names = importlib.import_module("yamabiko.guard.names")
english_forms = importlib.import_module("yamabiko.guard.english_forms")
relations = importlib.import_module("yamabiko.guard.relations")


def _old_unmatched(mine: list[str], theirs: list[str]) -> set[str]:
    """:func:`~yamabiko.guard.relations.unmatched` as it read before session 27: every word
    of the other side tested for ASCII for each English word asked about."""
    words = set(theirs)
    others = [t for t in words if len(t) >= 2]
    out = set()
    for word in mine:
        if word in words or len(word) < 2:
            if word not in words:
                out.add(word)
            continue
        if word.isascii():
            related = any(
                names.word_family(word, t) for t in others if t.isascii() and t[:4] == word[:4]
            ) or any(word in t for t in others if not t.isascii())
        else:
            related = any(word in t for t in others) or any(t in word for t in others)
        if not related:
            out.add(word)
    return out


def test_family_index_lists_the_words_outside_ascii_once() -> None:
    """The index holds the side's words outside ASCII (of two characters or more) apart from
    its English words by their first four letters."""
    joined, heads, foreign = _Family(["wifiルーター", "router", "予約", "x", "routers"]).index()
    assert sorted(foreign) == sorted(["予約", "wifiルーター"])
    assert sorted(heads["rout"]) == ["router", "routers"]
    assert "x" not in joined.split("\0")


def test_an_english_word_inside_a_foreign_word_is_still_matched() -> None:
    """An English word that a Japanese compound of the other side contains is matched (wifi /
    wifiルーター), one of a word family too (router / routers), an unrelated one is not; and
    a side with no word outside ASCII matches only by family."""
    assert unmatched(["wifi", "router", "plan"], ["wifiルーター", "routers"]) == {"plan"}
    assert unmatched(["wifi"], ["wireless", "routers"]) == {"wifi"}
    assert _unmatched(["予約"], _Family(["予約制", "plan"])) == set()


def test_unmatched_words_are_the_old_ones_on_the_golden_sample() -> None:
    """On every pair of the golden sample, both ways round, each side's words the other lacks
    are those the test read before session 27; some pairs have such words."""
    found = 0
    for _, _, query, cached, lang, _ in sample():
        a, b = analyse(query, lang), analyse(cached, lang)
        for x, y in ((a, b), (b, a)):
            expected = _old_unmatched(list(x.content), list(y.content))
            assert unmatched(x.content, y.content) == expected, (query, cached)
            found += bool(expected)
    assert found >= 100


def _old_same_entity(
    a: Analysis, b: Analysis, similarity: float, strong_similarity: float = 0.0
) -> bool:
    """``Guard._same_entity`` as it read before session 27 (both sides' own words always
    made, English prompts; Japanese ones also pair synonyms, which only remove words)."""
    lenient = similarity >= strong_similarity
    if lenient and not (a.strong.intersection(a.content) and b.strong.intersection(b.content)):
        return True
    only_a = relations.unmatched_in(a.content, b)
    only_b = relations.unmatched_in(b.content, a)
    if a.lang == "ja" and only_a and only_b:
        only_a, only_b = without_synonyms(only_a, only_b)
    if not only_a or not only_b or slips_only(only_a, only_b):
        return True
    if (only_a & a.strong) and (only_b & b.strong):
        return False
    return lenient


def test_entity_check_agrees_with_the_old_one_on_the_golden_sample() -> None:
    """The ``entity`` check gives the old answer on every golden pair both ways round, at the
    default strong similarity and with one above the pair's cosine (then not lenient: every
    word of each side's own counts); it refuses some pairs, and some that reach the own
    words of both sides."""
    guard, strict = Guard(), Guard(strong_similarity=0.99)
    refused = 0
    for _, _, query, cached, lang, _ in sample():
        a, b = analyse(query, lang), analyse(cached, lang)
        for x, y in ((a, b), (b, a)):
            for check, level in ((guard, 0.0), (strict, 0.99)):
                expected = _old_same_entity(x, y, 0.9, level)
                assert check._same_entity(x, y, 0.9) == expected, (query, cached, level)
                refused += not expected
    assert refused >= 10


def test_entity_check_refuses_two_strong_words_and_serves_one() -> None:
    """Two named places, one each side, refuse; a strong word on the query's side alone does
    not."""
    guard = Guard()
    a = analyse("How far is Tokyo from here?", "en")
    b = analyse("How far is Osaka from here?", "en")
    assert guard._same_entity(a, b, 0.9) is False
    plain = analyse("How far is the station from here?", "en")
    assert guard._same_entity(a, plain, 0.9) is True
    assert guard._same_entity(plain, a, 0.9) is True


def test_warm_up_makes_the_variant_lemmas_and_the_slip_index() -> None:
    """After the guard's warm-up in a fresh process, WordNet's variant lemmas and the filler
    words' deletion index are made: a check asking for them finds them in their caches. (A
    fresh process: within this one an earlier test may have analysed the warm-up's samples
    already, and the analysis memo then never asks for the index.)"""
    script = (
        "import importlib\n"
        "from yamabiko.guard import Guard, wordnet\n"
        "from yamabiko.guard.units import _EN_SLIPPABLE\n"
        "forms = importlib.import_module('yamabiko.guard.english_forms')\n"
        "Guard().warm_up()\n"
        "before = forms._deletions.cache_info()\n"
        "slip = forms.filler_slip('shoud', _EN_SLIPPABLE)\n"
        "heads = wordnet.variant_lemmas()\n"
        "print(before.currsize, slip, forms._deletions.cache_info().hits > before.hits,\n"
        "      'colour' in heads and 'color' in heads,\n"
        "      wordnet._variant_lemmas.cache_info().currsize)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["1", "should", "True", "True", "1"], done.stdout + done.stderr
