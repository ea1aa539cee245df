"""The trees' text facts of an English cached prompt kept in its stored form
(``guard/stored_facts.py``, session 23): read back as the facts made from the text, giving
every feature the made ones give, used by the trees instead of making them, and made from the
text again when absent or damaged."""

from __future__ import annotations

import random

import pytest
from guard_verdicts import sample

from yamabiko.guard import Guard, analyse
from yamabiko.guard import stored as st
from yamabiko.guard import stored_facts as sf
from yamabiko.guard import treefeatures as tf
from yamabiko.guard.units import units


def _facts(form: str) -> str:
    """The text facts part of a stored form (between the analysis and the long units)."""
    return form.split(":", 2)[2].split("\n", 2)[1]


def _sets(facts: tuple) -> tuple:
    """``facts`` with every set as a sorted list, to compare stored and made facts."""
    return tuple(sorted(x) if not isinstance(x, str) else x for x in facts)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_stored_facts_equal_the_facts_made_from_every_sample_prompt(language: str) -> None:
    """Every English and every Japanese prompt of the golden sample (both sides; Japanese
    since session 24): the stored facts are the made ones, item for item, and every count the
    features take of a pair (shared n-grams, words and names, each side's own) is the same
    with the stored side as with the made one."""
    pairs = [(q, c) for _, _, q, c, lang, _ in sample() if lang == language]
    assert len(pairs) > 700
    for query, cached in pairs:
        form = st.dump(cached, analyse(cached, language), units(cached, language))
        read = sf.parse(_facts(form))
        made, other = tf._text_facts(cached), tf._text_facts(query)
        assert read is not None and _sets(read) == _sets(made), cached
        for i in (0, 1, 2, 5):  # (the sets: n-grams, words, names)
            assert read[i] & other[i] == other[i] & read[i] == made[i] & other[i]
            assert read[i] - other[i] == made[i] - other[i]
            assert other[i] - read[i] == other[i] - made[i]
            assert len(read[i]) == len(made[i])


def test_a_check_reads_the_stored_facts_and_its_features_do_not_change() -> None:
    """A check of a cached prompt read from its stored form hands the trees its stored facts
    (read as :class:`~yamabiko.guard.stored_facts.Distinct` items, no set built) and the
    features are those of the facts made from the text; a check's query makes its own."""
    query, cached = "How do I renew my Canadian passport online?", "How can I renew my passport?"
    stored = Guard().stored_analysis(cached, "en")
    assert stored is not None and _facts(stored)
    reader = Guard()
    reader.check(query, cached, "en", 0.85, None, stored)
    assert sf.taken(cached) == _facts(stored) and sf.taken(query) is None
    read = tf.text_facts(cached, keep=False)
    assert isinstance(read.grams3, sf.Distinct) and isinstance(read.names, sf.Distinct)
    assert isinstance(tf.text_facts(query, keep=False).grams3, frozenset)
    a, b = analyse(cached, "en"), analyse(query, "en")
    first, second = units(cached, "en"), units(query, "en")
    with_stored = tf.rich_features(cached, query, first, second, a, b, 0.85)
    sf.offer("another text", "")  # (nothing offered for this prompt: its facts are made)
    assert tf.rich_features(cached, query, first, second, a, b, 0.85) == with_stored
    assert isinstance(tf.text_facts(cached, keep=False).grams3, frozenset)


def test_damaged_or_missing_facts_are_made_from_the_text() -> None:
    """Facts of another layout are not read (the trees make them from the text); a form
    without facts (one written without them) reads as before; a Japanese prompt's form keeps
    them (session 24) before its long units; a prompt whose facts would take the form over
    MAX_CHARS keeps its form without them."""
    for bad in ("", "x", sf.SEP * 4, sf.SEP * 6):
        assert sf.parse(bad) is None
    text = "How do I cancel my annual plan before the renewal date?"
    form = Guard().stored_analysis(text, "en")
    assert form is not None
    head, _, payload = form.split(":", 2)
    analysed = payload.split("\n", 1)[0]
    for facts in ("", "x", sf.SEP * 3):
        body = f"{analysed}\n{facts}"
        blob = f"{head}:{st._check(text, body)}:{body}"
        assert st.load(blob, text) == st.load(form, text) is not None
        sf.offer(text, facts)
        assert _sets(tf.text_facts(text, keep=False)) == _sets(tf._text_facts(text))
    japanese = Guard().stored_analysis("切符を払い戻してしまいました", "ja")
    assert japanese is not None and _facts(japanese)
    assert sf.parse(_facts(japanese)) is not None and japanese.count("\n") == 2
    marks = random.Random(23).choices("!?.,;:-+*/=<>()[]{}#%&@~^", k=12_000)
    long = "Why " + "".join(marks)  # (an analysis of a few words, n-grams by the thousand)
    form = Guard().stored_analysis(long, "en")
    assert form is not None and len(form) <= st.MAX_CHARS and _facts(form) == ""
    assert st.load(form, long) is not None
    short = Guard().stored_analysis(long[:2000], "en")
    assert short is not None and _facts(short)
