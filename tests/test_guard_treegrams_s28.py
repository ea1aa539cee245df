"""The trees' character n-grams as integer codes (``guard/treegrams.py``, session 28): every
overlap the features take is the one the string sets of sessions 17-27 gave, made from the
text or read from the stored form, and a text the codes cannot hold keeps its strings."""

from __future__ import annotations

from guard_verdicts import sample

from yamabiko.guard import Guard, analyse
from yamabiko.guard import stored_facts as sf
from yamabiko.guard import treefeatures as tf
from yamabiko.guard import treegrams as tg
from yamabiko.guard.units import units


def _strings(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The n-gram strings of ``text`` as the trees took them before the codes."""
    return tf._text_facts(text, None, codes=False)[:2]  # type: ignore[return-value]


def _string_overlaps(a: str, b: str) -> tuple[float, float]:
    """The 3-gram and 4-gram overlaps of two texts' string sets."""
    x, y = _strings(a), _strings(b)
    return tf._jaccard(x[0], y[0]), tf._jaccard(x[1], y[1])


def test_the_codes_overlap_as_the_strings_on_every_sample_pair() -> None:
    """Every golden sample pair, both ways round, made and read from the stored form: each
    side has as many codes as strings, and the 3-gram and 4-gram overlaps equal the Jaccard
    overlaps of the string sets, to the last bit."""
    pairs = [(q, c) for _, _, q, c, lang, _ in sample() if lang in ("en", "ja")]
    assert len(pairs) > 1500
    unequal = 0
    for query, cached in pairs:
        made_q, made_c = tf._text_facts(query), tf._text_facts(cached)
        read_c = sf.parse(sf.row(made_c) or "")
        assert read_c is not None and read_c[:2] == made_c[:2], cached
        strings_q, strings_c = _strings(query), _strings(cached)
        for i in (0, 1):
            assert len(made_q[i]) == tg.CODE.itemsize * len(strings_q[i])
            expected = tf._jaccard(strings_c[i], strings_q[i])
            assert tg.overlap(read_c[i], made_q[i]) == tg.overlap(made_q[i], read_c[i])
            assert tg.overlap(made_c[i], made_q[i]) == expected, (query, cached)
            unequal += expected not in (0.0, 1.0)
    assert unequal > 1000  # (partial overlaps, not only none or all)


def test_a_stored_field_is_the_n_grams_characters() -> None:
    """A 3-gram is stored as its characters and a space, a 4-gram as its four characters,
    and the field reads back as the codes."""
    padded = tg.padded("Hi  HO")
    assert padded == " hi ho "
    grams3, grams4 = tg.gram_codes(padded) or (b"", b"")
    field3, field4 = tg.field(grams3), tg.field(grams4)
    assert field3 is not None and field4 is not None
    assert sorted(field3[i : i + 4] for i in range(0, len(field3), 4)) == sorted(
        f"{g} " for g in _strings("hi ho")[0]
    )
    assert sorted(field4[i : i + 4] for i in range(0, len(field4), 4)) == sorted(
        _strings("hi ho")[1]
    )
    assert tg.read_field(field3) == grams3 and tg.read_field(field4) == grams4
    assert tg.read_field("abc") is None and tg.read_field("abc\U0001f355") is None
    for short in ("", "a", "ab"):  # (no 4-gram, one 3-gram, ...)
        made = tf._text_facts(short)
        assert [len(x) // tg.CODE.itemsize for x in made[:2]] == list(map(len, _strings(short)))


def test_a_text_outside_the_plane_keeps_its_strings_and_the_same_features() -> None:
    """An emoji (two UTF-16 units) leaves a text's n-grams as strings and out of its stored
    form; against a text of codes the pair's overlaps are those of both sides' strings. A
    lone surrogate is one unit: coded, but not stored (no store's text holds one)."""
    emoji, plain = "Is the 🍕 here spicy?", "Is the pizza here spicy?"
    assert isinstance(tf._text_facts(emoji).grams3, frozenset)
    assert sf.row(tf._text_facts(emoji)) is None
    for a, b in ((emoji, plain), (plain, emoji), (emoji, "Is 🍕 spicy?")):
        found = tf._gram_overlaps(tf._text_facts(a), tf._text_facts(b), a, b)
        assert found == _string_overlaps(a, b) and 0 < found[0] < 1
    lone = "Is the \ud800 here spicy?"
    assert type(tf._text_facts(lone).grams3) is bytes and sf.row(tf._text_facts(lone)) is None
    found = tf._gram_overlaps(tf._text_facts(lone), tf._text_facts(plain), lone, plain)
    assert found == _string_overlaps(lone, plain)


def test_a_check_with_an_emoji_on_one_side_scores_as_with_strings() -> None:
    """The trees' features of a pair with an emoji in the query, its cached prompt read from
    its stored form (codes): the n-gram overlaps are the strings'."""
    query, cached = "How do I renew my passport 🛂 online?", "How can I renew my passport online?"
    stored = Guard().stored_analysis(cached, "en")
    assert stored is not None
    Guard().check(query, cached, "en", 0.85, None, stored)  # (offers the stored facts)
    assert type(tf.text_facts(cached, keep=False).grams3) is bytes
    a, b = analyse(cached, "en"), analyse(query, "en")
    row = tf.rich_features(cached, query, units(cached, "en"), units(query, "en"), a, b, 0.85)
    assert tuple(row[:2]) == _string_overlaps(cached, query)
