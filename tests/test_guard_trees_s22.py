"""The trees' comparison made cheaper, session 22 (``trees.py``, ``treefeatures.py``): the
node outcomes packed into each tree's leaf-table index by ``np.packbits`` score as a
node-by-node walk for every depth; the mean-vector cosine is made only when both sides have a
vector, and is the cosine of the two sides' mean directions; the text facts lower-case the
words as before."""

from __future__ import annotations

import math

import numpy as np
import pytest

from yamabiko.guard import analyse, wordvec
from yamabiko.guard import treefeatures as tf
from yamabiko.guard.boosted import FEATURES, RICH_FEATURES, BoostedModel, boosted_model
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units


def _walk(model: BoostedModel, row: list[float]) -> float:
    """The model's probability, one node at a time (``x > threshold`` goes right)."""
    inner = model.feature.shape[1]
    z = model.baseline
    for tree in range(model.feature.shape[0]):
        node = 0
        while node < inner:
            right = row[model.feature[tree, node]] > model.threshold[tree, node]
            node = 2 * node + 1 + int(right)
        z += model.value[tree, node - inner]
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


@pytest.mark.parametrize("depth", [0, 2, 3, 4, 5])
def test_packed_outcomes_score_as_a_walk_at_every_depth(depth) -> None:
    """Depths 0-3 pack one byte per tree, 4 two bytes, 5 walks its path; NaN goes left, as a
    value exactly on a threshold does."""
    rng = np.random.default_rng(22 + depth)
    trees, inner = 40, 2**depth - 1
    model = BoostedModel(
        feature=rng.integers(0, len(FEATURES), size=(trees, inner)),
        threshold=rng.choice([0.25, 0.5, 0.75, np.inf], size=(trees, inner)),
        value=rng.normal(size=(trees, inner + 1)),
        baseline=0.1,
    )
    for _ in range(150):
        row = rng.choice([0.0, 0.25, 0.5, 0.6, 0.75, 1.0, math.nan], size=len(FEATURES)).tolist()
        assert abs(model.score(row) - _walk(model, row)) < 1e-12


def test_the_packaged_trees_score_real_rows_as_a_walk() -> None:
    model = boosted_model()
    pairs = (
        ("How do I restart the game?", "How do I restart the game server?", "en"),
        ("How much does overnight delivery cost?", "What is the price of overnight shipping?",
         "en"),
        ("会員登録の方法は？", "会員退会の方法は？", "ja"),
    )  # fmt: skip
    for cached, query, lang in pairs:
        first, second = units(cached, lang), units(query, lang)
        a, b = analyse(cached, lang), analyse(query, lang)
        verdict = DEFAULT.compare(first, second, 0.85)
        row = tf.features(cached, query, first, second, a, b, 0.85, verdict.reason)
        assert len(row) == len(FEATURES)
        assert model.score(row) == pytest.approx(_walk(model, row), abs=1e-12)


def _direction(rows: list[int]) -> np.ndarray:
    vectors = wordvec._table()[1]  # type: ignore[index]
    vector = vectors[rows].sum(axis=0)
    return vector / np.linalg.norm(vector)


def test_the_mean_vector_cosine_is_made_only_when_both_sides_have_vectors() -> None:
    cached, query = "How do I cancel my yearly gym membership?", "How do I pause my gym plan?"
    first, second = units(cached, "en"), units(query, "en")
    left, right = DEFAULT.align(first, second)[:2]
    rows_left = [u.vector for u in left if u.kind == "content" and u.vector is not None]
    rows_right = [u.vector for u in right if u.kind == "content" and u.vector is not None]
    assert len(rows_left) >= 2 and rows_right
    found = tf._mean_vector_cosine(left, right)
    assert found == pytest.approx(float(_direction(rows_left) @ _direction(rows_right)), abs=1e-5)
    assert tf._mean_vector_cosine(left, []) is None
    assert tf._mean_vector_cosine([], right) is None
    unknown = [u._replace(vector=None) for u in right]  # words the table does not know
    assert tf._mean_vector_cosine(left, unknown) is None
    row = tf.rich_features(cached, query, first, second, analyse(cached, "en"),
                           analyse(query, "en"), 0.85)  # fmt: skip
    assert row[RICH_FEATURES.index("left_vector_cosine")] == found
    assert row[RICH_FEATURES.index("left_vector_missing")] == 0.0


def test_the_text_facts_lower_case_every_word_and_find_the_question_word() -> None:
    facts = tf._text_facts("WHY does the Eiffel Tower in PARIS glow at night?")
    assert facts.first == "why" and facts.qword == "why"
    assert {"does", "eiffel", "tower", "paris", "glow", "night"} <= facts.words
    assert all(word == word.lower() for word in facts.words)
    assert facts.names == frozenset({"eiffel", "tower", "paris"})
    assert tf._text_facts("Well, Can I pay later?").qword == "can"  # among the first three
    assert tf._text_facts("So then we can pay?").qword == "other"
    assert tf._text_facts("").first == ""


def test_a_single_rows_direction_is_kept_read_only_and_gives_the_same_cosine() -> None:
    vectors = wordvec._table()[1]  # type: ignore[index]
    row = wordvec.vector_index("refund")
    other = wordvec.vector_index("exchange")
    assert row is not None and other is not None
    tf._DIRECTIONS.clear()
    made = tf._direction(vectors, [row])
    assert tf._DIRECTIONS[row] is made and not made.flags.writeable
    assert tf._direction(vectors, [row]) is made  # read again, not made again
    plain = vectors[row] / (math.sqrt(float(vectors[row] @ vectors[row])) + 1e-9)
    assert np.array_equal(made, plain)
    assert float(made @ tf._direction(vectors, [other])) == pytest.approx(
        float(_direction([row]) @ _direction([other])), abs=1e-5
    )
