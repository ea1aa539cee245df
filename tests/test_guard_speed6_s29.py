"""Session 29 (speed6): :func:`~yamabiko.guard.opposites.antonym_substituted` reads each
replaced word's antonyms once a word (:func:`~yamabiko.guard.opposites.antonym_lemmas`, kept
per word) and pairs a word with the other side's only when it has antonyms, verbs or verbs in
it, instead of asking WordNet of both words for every pair. The old form is kept here as the
reference; the pairs are the golden sample's English prompts both ways round, and the same
prompts with one word replaced by a WordNet antonym of it (so that the adjective loop finds
something), phrasal verbs and nouns of action."""

from __future__ import annotations

from guard_verdicts import sample

from yamabiko.guard import ja_cuts, opposites, spelling, wordnet
from yamabiko.guard.english_scope import nominal
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.modifiers import en_changed, en_words
from yamabiko.guard.prefix_opposites import _flipped, _prefixes
from yamabiko.guard.units import units
from yamabiko.guard.wordnet_first import (
    FIRST_LEMMA,
    FIRST_LEXNAMES,
    FIRST_TAGGED,
    first_lemma,
    first_lexnames,
    first_tagged,
)


def _antonym_substituted_before(query: str, cached: str) -> str:
    """``opposites.antonym_substituted`` as speed5 (session 29) left it."""
    table = opposites._antonym_table()
    said, said_cached = en_words(query), en_words(cached)
    only_mine, only_theirs = en_changed(query, cached)
    if not only_mine or not only_theirs or (
            len(only_mine) + len(only_theirs) > opposites.MAX_CHANGED):  # fmt: skip
        return ""
    for old in sorted(only_theirs):
        found = {o for lemma in wordnet.lemmas(old) for o in table.get(lemma, ())}
        for new in sorted(only_mine):
            inverted = opposites._inverted(only_mine - {new}, only_theirs - {old})
            if found & set(wordnet.lemmas(new)) and not inverted:
                return f"{old}->{new}"
    olds = opposites._verbs_in(said_cached, only_theirs)
    news = opposites._verbs_in(said, only_mine)
    for old, old_lemma in olds:
        for new, new_lemma in news:
            if "_" in old_lemma + new_lemma and opposites.verbs_opposed(old_lemma, new_lemma):
                return f"{old}->{new}"
    for old in sorted(only_theirs):
        for new in sorted(only_mine):
            verbs = opposites.nominal_verbs(old), opposites.nominal_verbs(new)
            if any(opposites.verbs_opposed(x, y) for x in verbs[0] for y in verbs[1]):
                return f"{old}->{new}"
    return ""


#: pairs each kind of the rule finds (cached prompt's word first in the reason)
_MADE = [
    ("Is the slow train cheaper?", "Is the fast train cheaper?"),
    ("Where do I drop off the keys?", "Where do I pick up the keys?"),
    ("What time is departure from Rome?", "What time is arrival from Rome?"),
    ("Can I take off my shoes here?", "Can I put on my shoes here?"),
    ("Is it open late on Sundays?", "Is it open early on Sundays?"),
    ("Do they open later on Sundays?", "Do they open earlier on Sundays?"),
    ("Is the water cold?", "Is the water hot?"),
]
#: pairs it lets through: the comparative of the antonym, one meaning
_KEPT = [("Is the new train less expensive?", "Is the new train cheaper?")]


def _with_antonyms(query: str, cached: str) -> list[tuple[str, str]]:
    """``query`` with each word that has WordNet antonyms replaced by one of them (the
    first in sorted order), as a new query against ``cached``."""
    words = query.split()
    made = []
    for k, word in enumerate(words):
        found = sorted(opposites.antonym_lemmas(word.lower().strip("?.,!")))
        if found:
            made.append((" ".join([*words[:k], found[0], *words[k + 1 :]]), cached))
    return made


def test_antonym_substituted_as_before() -> None:
    pairs = [(q, c) for _, _, q, c, lang, _ in sample() if lang in ("en", None) and q.isascii()]
    assert len(pairs) > 100
    made = list(_MADE)
    for query, cached in pairs:
        made += [(query, cached), (cached, query)]
        made += _with_antonyms(cached, cached)[:3] + _with_antonyms(query, cached)[:2]
    made += [(c, q) for q, c in _MADE + _KEPT] + _KEPT
    found = 0
    for query, cached in made:
        reason = opposites.antonym_substituted(query, cached)
        assert reason == _antonym_substituted_before(query, cached), (query, cached)
        found += bool(reason)
    assert found > 50  # (the made pairs reach every loop of the rule)
    for query, cached in _MADE:  # each kind still found
        assert opposites.antonym_substituted(query, cached), (query, cached)
    for query, cached in _KEPT:
        assert not opposites.antonym_substituted(query, cached), (query, cached)


def test_antonym_lemmas() -> None:
    """A word's antonyms through any of its lemmas (faster -> fast -> slow), none for a word
    WordNet gives none, and the same set as the pair loop read before."""
    assert "slow" in opposites.antonym_lemmas("faster")
    assert "late" in opposites.antonym_lemmas("early")
    assert opposites.antonym_lemmas("table") == frozenset()
    table = opposites._antonym_table()
    for _, _, query, _, lang, _ in sample():
        if lang in ("en", None) and query.isascii():
            for word in en_words(query):
                before = {o for lemma in wordnet.lemmas(word) for o in table.get(lemma, ())}
                assert opposites.antonym_lemmas(word) == before


def _nominal_before(word: str) -> bool:
    """``english_scope.nominal`` as speed5 (session 29) left it (not kept per word, the
    per-part look-ups through their wrapper)."""
    if word.endswith("ly") or not wordnet.available():
        return False
    nouns, verbs = first_tagged(word, 0), first_tagged(word, 1)
    if nouns is None:
        return not wordnet.lemmas(word)
    if verbs is None:
        return True
    return len(nouns) >= len(verbs)


def test_nominal_and_first_senses_as_before() -> None:
    """``nominal`` (kept per word now) and the direct per-part look-ups of
    ``wordnet_first`` give what the wrappers give, on every word of the golden sample's
    English prompts and a few of each kind."""
    words = {"passport", "dinner", "find", "write", "quickly", "licence", "xyzzy", "pool"}
    for _, _, query, cached, lang, _ in sample():
        if lang in ("en", None) and query.isascii():
            words.update(en_words(query) + en_words(cached))
    kinds = set()
    for word in sorted(words):
        assert nominal(word) == _nominal_before(word), word
        kinds.add(nominal(word))
        for pos in range(4):
            assert FIRST_TAGGED[pos](word) == first_tagged(word, pos)
            assert FIRST_LEMMA[pos](word) == first_lemma(word, pos)
            assert FIRST_LEXNAMES[pos](word) == first_lexnames(word, pos)
    assert kinds == {True, False}
    assert nominal("passport") and not nominal("write") and not nominal("quickly")


def test_flipped_as_before() -> None:
    """``prefix_opposites._flipped`` (one ``isdisjoint`` now) finds what its generator found:
    every word of the golden sample's English prompts and a few prefixed ones against the
    words of the other prompt and against their opposites."""
    words = {"unsafe", "safe", "inbound", "outbound", "upgrade", "downgrade", "on-peak"}
    for _, _, query, cached, lang, _ in sample():
        if lang in ("en", None) and query.isascii():
            words.update(en_words(query) + en_words(cached))
    found = 0
    for word in sorted(words):
        prefixes = _prefixes(word)
        base, forms = prefixes
        for theirs in (set(forms[:1]), {base or ""}, {"safe", "outbound"}, set()):
            before = (base is not None and base in theirs) or any(f in theirs for f in forms)
            assert _flipped(prefixes, theirs) == before, (word, theirs)
            found += before
    assert found > 10


def _cut_two_ways_before(left, right, first, second) -> str:  # type: ignore[no-untyped-def]
    """``ja_cuts.cut_two_ways`` as speed5 (session 29) left it."""
    if not left or not right or len(left) + len(right) < 3:
        return ""
    for mine, theirs, own in ((left, right, first), (right, left, second)):
        if len(mine) < 2 or not ja_cuts._one_word(mine, own):
            continue
        text = "".join(u.text for u in mine)
        if text.isascii() or "".join(u.text for u in theirs) not in text:
            continue
        if ja_cuts._keys_alone(text) == tuple(u.key for u in theirs):
            return "->".join("+".join(u.text for u in side) for side in (left, right))
    return ""


def test_cut_two_ways_and_ascii_gate_as_before() -> None:
    """``ja_cuts.cut_two_ways`` (the English test first now) and the all-ASCII gate of
    ``scope.condition_added`` (one join now) on the golden sample's units left over by the
    alignment, English and Japanese (two of them a word SudachiPy cuts two ways)."""
    assert ja_cuts._keys_alone("調律")  # (the analyser is there)
    found = 0
    for _, _, query, cached, lang, _ in sample():
        first, second = units(cached, lang or "en"), units(query, lang or "en")
        aligned = DEFAULT.align(first, second)
        left, right = aligned.rest_left, aligned.rest_right
        for pair in ((left, right, first, second), (right, left, second, first),
                     (first, second, first, second)):  # fmt: skip
            assert ja_cuts.cut_two_ways(*pair) == _cut_two_ways_before(*pair)
            found += bool(_cut_two_ways_before(*pair))
        for side in (left, right, first):
            if side:
                assert ("".join(u.key for u in side).isascii()) == all(
                    u.key.isascii() for u in side)
    assert found >= 1  # (the sample has words cut two ways: the last test is reached)


def test_known_read_from_the_vector_first() -> None:
    """``spelling.en_slip`` and ``screen._may_slip`` read a unit with a word vector as known
    without asking ``spelling._known`` (which says so first): the same answer for every
    English unit of the golden sample, those without a vector among them."""
    seen = {True: 0, False: 0}
    for _, _, query, cached, lang, _ in sample():
        if lang in ("en", None) and query.isascii():
            for unit in units(query, "en") + units(cached, "en"):
                assert (unit.vector is not None or spelling._known(unit)) == spelling._known(unit)
                seen[unit.vector is None] += 1
    assert seen[True] > 0 and seen[False] > 0
