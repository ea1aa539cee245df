"""The trees' character n-grams as integer codes (``guard/treegrams.py``, session 28): every
overlap the features take is the one the string sets of sessions 17-27 gave, made from the
text or read from the stored form, a long text against a short one too, and a text the codes
cannot hold keeps its strings."""

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
    """Every golden sample pair, both ways round, its cached prompt's facts made and read from
    the stored form: the 3-gram and 4-gram overlaps equal the Jaccard overlaps of the string
    sets, to the last bit, whether both texts are coded, neither is, or one only (a long
    text against a short one); the stored facts read back as the made ones."""
    pairs = [(q, c) for _, _, q, c, lang, _ in sample() if lang in ("en", "ja")]
    kinds: set[tuple[bool, bool]] = set()
    for query, cached in pairs:
        made_q, made_c = tf._text_facts(query), tf._text_facts(cached)
        read_c = tf.TextFacts(*(sf.parse(sf.row(made_c) or "") or ()))
        for made, read in zip(made_c[:2], read_c[:2], strict=True):
            assert type(made) is type(read) is bytes or sorted(made) == sorted(read)
        expected = _string_overlaps(cached, query)
        for facts in (made_c, read_c):
            assert tf._gram_overlaps(facts, made_q, cached, query) == expected, (query, cached)
            assert tf._gram_overlaps(made_q, facts, query, cached) == expected
        kinds.add((type(made_c.grams3) is bytes, type(made_q.grams3) is bytes))
    assert kinds == {(True, True), (True, False), (False, True), (False, False)}


def test_a_long_text_is_coded_and_a_short_one_keeps_its_strings() -> None:
    """The n-grams are coded from :data:`~yamabiko.guard.treegrams.CODED_FROM` characters of
    the padded text on: one character less keeps the strings."""
    long = "x" * (tg.CODED_FROM - 2)  # (padded: a space before and after)
    assert type(tf._text_facts(long).grams3) is bytes
    assert isinstance(tf._text_facts(long[1:]).grams3, frozenset)
    assert isinstance(sf.parse(sf.row(tf._text_facts(long[1:])) or "")[0], sf.Distinct)


def test_a_stored_field_is_the_n_grams_characters() -> None:
    """A 3-gram is stored as its characters and a space, a 4-gram as its four characters,
    and the field reads back as the codes; each side has as many codes as strings."""
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
    for short in ("", "a", "ab", "hi ho"):  # (no 4-gram, one 3-gram, ...)
        coded = tf._text_facts(short, None, codes=True)
        assert [len(x) // tg.CODE.itemsize for x in coded[:2]] == list(map(len, _strings(short)))


def test_a_text_outside_the_plane_keeps_its_strings_and_the_same_features() -> None:
    """An emoji (two UTF-16 units) leaves a long text's n-grams as strings (stored as
    strings); against a text of codes the pair's overlaps are those of both sides' strings. A
    lone surrogate is one unit: coded, but its facts not stored (no store's text holds one)."""
    tail = " and is it still served with the garlic bread on the side?"  # (long: coded)
    emoji, plain = f"Is the 🍕 here spicy{tail}", f"Is the pizza here spicy{tail}"
    assert isinstance(tf._text_facts(emoji).grams3, frozenset)
    read = sf.parse(sf.row(tf._text_facts(emoji)) or "")  # (stored as strings, as before)
    assert read is not None and sorted(read[0]) == sorted(tf._text_facts(emoji).grams3)
    assert type(tf._text_facts(plain).grams3) is bytes
    for a, b in ((emoji, plain), (plain, emoji), (emoji, "Is 🍕 spicy?"), ("Is it spicy?", emoji)):
        found = tf._gram_overlaps(tf._text_facts(a), tf._text_facts(b), a, b)
        assert found == _string_overlaps(a, b) and 0 < found[0] < 1
    lone = f"Is the \ud800 here spicy{tail}"
    assert type(tf._text_facts(lone).grams3) is bytes and sf.row(tf._text_facts(lone)) is None
    found = tf._gram_overlaps(tf._text_facts(lone), tf._text_facts(plain), lone, plain)
    assert found == _string_overlaps(lone, plain)


def test_a_check_with_an_emoji_on_one_side_scores_as_with_strings() -> None:
    """The trees' features of a pair with an emoji in the query, its cached prompt read from
    its stored form (codes): the n-gram overlaps are the strings'."""
    query = "How do I renew my passport 🛂 online if it ran out while I was living abroad?"
    cached = "How can I renew my passport online if it ran out while I was living abroad?"
    stored = Guard().stored_analysis(cached, "en")
    assert stored is not None
    Guard().check(query, cached, "en", 0.85, None, stored)  # (offers the stored facts)
    assert type(tf.text_facts(cached, keep=False).grams3) is bytes
    a, b = analyse(cached, "en"), analyse(query, "en")
    row = tf.rich_features(cached, query, units(cached, "en"), units(query, "en"), a, b, 0.85)
    assert tuple(row[:2]) == _string_overlaps(cached, query)
