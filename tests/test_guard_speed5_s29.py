"""Session 29 (speed5): the word-level diff of two prompts (``modifiers._inserted``: where
one prompt's words stand in the other's place) made with fewer calls and kept for the last
few pairs (``modifiers.en_inserted``, which six English rules of one check ask in turn),
held to what it said before; and two rules of ``opposites`` that read the words the
prompts do not share (``en_changed``) without a generator. The old forms are kept here as
the references; the pairs are the golden sample's English prompts (their words,
:func:`~yamabiko.guard.modifiers.en_words`, and their characters) and a few made sequences
(equal, one a prefix of the other, empty)."""

from __future__ import annotations

from collections.abc import Sequence

from guard_verdicts import sample

from yamabiko.guard import modifiers as md
from yamabiko.guard import opposites


def _inserted_before(x: Sequence[str], y: Sequence[str]) -> tuple[int, int, int] | None:
    """``modifiers._inserted`` as session 28 left it."""
    if list(x) == list(y):
        return None
    start = 0
    while start < min(len(x), len(y)) and x[start] == y[start]:
        start += 1
    end_x, end_y = len(x), len(y)
    while end_x > start and end_y > start and x[end_x - 1] == y[end_y - 1]:
        end_x -= 1
        end_y -= 1
    return start, end_x, end_y


def _english_pairs() -> list[tuple[str, str]]:
    return [(q, c) for _, _, q, c, lang, _ in sample() if lang in ("en", None) and q.isascii()]


def test_inserted_as_before() -> None:
    made: list[tuple[Sequence[str], Sequence[str]]] = [
        ((), ()),
        ((), ("a",)),
        (("a", "b"), ("a", "b")),
        (("a", "b"), ("a", "b", "c")),
        (("a", "b", "a"), ("a", "a")),
        (["x", "y"], ("x", "y")),
        ("abc", "abd"),
    ]
    pairs = _english_pairs()
    assert len(pairs) > 100
    for query, cached in pairs:
        x, y = md.en_words(query), md.en_words(cached)
        made += [(x, y), (y, x), (query, cached), (x, y[:-1]), (x[1:], y)]
    differ = 0
    for x, y in made:
        assert md._inserted(x, y) == _inserted_before(x, y)
        differ += md._inserted(x, y) is not None
    assert differ > len(made) // 2  # (most pairs differ somewhere: the test reads the loops)


def test_en_inserted_either_way_round() -> None:
    """The kept diff is the diff, and asked the other way round it gives the same start
    with the ends swapped (what ``adverb_replaced`` and ``frequency_replaced`` read)."""
    differ = 0
    for query, cached in _english_pairs():
        x, y = md.en_words(query), md.en_words(cached)
        assert md.en_inserted(x, y) == _inserted_before(x, y)
        before = _inserted_before(y, x)
        found = md.en_inserted(x, y)
        assert (found is None) == (before is None)
        if found is not None and before is not None:
            assert (found[0], found[2], found[1]) == before
            differ += 1
    assert differ > 100


def _one_or_two_each_before(query: str, cached: str) -> bool:
    """``opposites._one_or_two_each`` as session 28 left it."""
    limit = opposites.PERSONS_REPLACED
    return all(1 <= len(side) <= limit for side in md.en_changed(query, cached))


def _body_part_gate_before(query: str, cached: str) -> bool:
    """Whether ``opposites.body_part_replaced`` read on past its first test (session 28)."""
    changed = md.en_changed(query, cached)
    only_mine, only_theirs = ({w for w in side if len(w) > 2} for side in changed)
    return 1 <= len(only_mine) <= 2 and 1 <= len(only_theirs) <= 2


def test_opposites_word_tests_as_before() -> None:
    pairs = _english_pairs()
    pairs += [("My chest hurts", "My breast hurts"), ("in a few days", "in a few weeks")]
    passed = replaced = 0
    for query, cached in pairs:
        for x, y in ((query, cached), (cached, query)):
            assert opposites._one_or_two_each(x, y) == _one_or_two_each_before(x, y)
            passed += opposites._one_or_two_each(x, y)
            if not _body_part_gate_before(x, y):
                assert opposites.body_part_replaced(x, y) == ""
            replaced += bool(opposites.body_part_replaced(x, y))
    assert passed > 20 and replaced >= 2  # (chest / breast and days / weeks, both ways)
