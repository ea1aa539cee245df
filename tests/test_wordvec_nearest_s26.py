"""Session 26 (review): one search for "the English word nearest this Japanese word" by the
default embedder's word vectors, ``wordvec.NearestWords``, which the rescue's contrasts
(``ja_contrasts.contrastable``: among the English words WordNet can contrast) and the
conversations' loanword glosses (``conversation.glosses.english_gloss``: among every English
word of the table) share. Checked on the real table: what each caller finds, the floor, words
the table lacks, and that a block of one word gives the cosines of a single word's
matrix-vector product (the gloss's former code) to the last bit."""

from __future__ import annotations

import numpy as np

from yamabiko.conversation.glosses import GLOSS_FLOOR, english_gloss
from yamabiko.guard import wordvec
from yamabiko.guard.ja_contrasts import TRANSLATED, contrastable

ENGLISH = wordvec.english_words()
SEARCH = wordvec.NearestWords(ENGLISH)


def test_english_words_are_lower_case_letters_only() -> None:
    assert {"type", "adult", "child"} <= set(ENGLISH)
    assert all(w.isascii() and w.isalpha() and w.islower() for w in ENGLISH)
    assert not any(w in ENGLISH for w in ("タイプ", "I", "e-mail", "don't"))


def test_nearest_english_word_at_the_floor() -> None:
    found = SEARCH.find(["タイプ", "クラス", "ミシン", "見つからない語"], GLOSS_FLOOR)
    # types 0.885 (type 0.864), class 0.844; ミシン: sewing 0.49; a word the table lacks
    assert found == {"タイプ": "types", "クラス": "class"}
    assert SEARCH.find(["タイプ"], 1.01) == {}
    assert wordvec.NearestWords([]).find(["タイプ"], 0.0) == {}


def test_a_block_of_one_is_the_matrix_vector_product() -> None:
    index, vectors = wordvec._table() or ({}, np.zeros(0))
    matrix = vectors[[index[w] for w in ENGLISH]]
    for word in ("タイプ", "大人", "子供", "マンション", "料金"):
        cosines = matrix @ vectors[index[word]]
        best = int(np.argmax(cosines))
        expected = {word: ENGLISH[best]} if float(cosines[best]) >= GLOSS_FLOOR else {}
        assert SEARCH.find([word], GLOSS_FLOOR) == expected, word
        assert english_gloss(word) == expected.get(word), word


def test_both_callers_search_with_it() -> None:
    table = contrastable()
    assert table["大人"] == "adult" and table["子供"] == "child"
    among = sorted(set(table.values()))
    again = wordvec.NearestWords(among).find(["大人", "子供"], TRANSLATED)
    assert again == {"大人": "adult", "子供": "child"}
    assert english_gloss("タイプ") == "types" and english_gloss("type") is None
