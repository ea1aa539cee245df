"""The guard's boosted-tree borderline check (``yamabiko.guard.boosted``): the packaged trees,
their scoring, their reasons with the real embedder's cosines, and the FAQ set's tuning half
through the default guard."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from shared_data import PAIRS

from yamabiko import AsyncSemanticCache
from yamabiko.cache import DEFAULT_MIN_SIMILARITY
from yamabiko.eval.data import load_pairs, read_jsonl
from yamabiko.eval.split import select, split_of
from yamabiko.guard import MODIFIER_CUT, BoostedModel, Guard, analyse, wordvec
from yamabiko.guard.boosted import (
    FEATURES,
    MODEL,
    RICH_FEATURES,
    SWAP_FEATURES,
    boosted_model,
    features,
    rich_features,
)
from yamabiko.guard.english_converse import converse_rest
from yamabiko.guard.english_fragments import fragment_served
from yamabiko.guard.english_place_added import place_added
from yamabiko.guard.english_readings import english_reading
from yamabiko.guard.ja_contrasts import reworded_contrast, substituted_contrast
from yamabiko.guard.ja_place_for import place_for_served
from yamabiko.guard.minpair import DEFAULT, MinimalPairCheck
from yamabiko.guard.minpair_stage import explained_alignment
from yamabiko.guard.numeral_words import as_count_refusal, count_added
from yamabiko.guard.treefeatures import BEFORE_SWAP, swap_features
from yamabiko.guard.units import units
from yamabiko.models import Verdict

FAQ = Path(__file__).parents[1] / "benchmarks" / "data" / "faq-pairs.jsonl"

ADDED = ("How do I restart the game?", "How do I restart the game server?")  # cosine 0.89
#: a reworded question whose substitution the rules refuse and the trees serve (cosine 0.87):
#: apartment / flat, nouns the word vectors do not pair (session 28: the example until then,
#: overnight delivery cost / price of overnight shipping, is accepted by the rules themselves
#: since english_price explains the price words of two prompts that both ask a price)
REWORDED = ("Is the apartment close to the beach?", "Is the flat near the beach?")
PRICED = ("How much does overnight delivery cost?", "What is the price of overnight shipping?")
#: the minimal-pair check without WordNet: session 15 pairs cost / price through it (one for
#: one), so the tests of the trees overturning a substitution turn it off
NO_WORDNET = MinimalPairCheck(wordnet_senses=0)
MINIMAL = (  # one word replaced by one of another meaning: stays rejected in the band
    ("How much is the annual plan?", "How much is the monthly plan?", "en",
     "category:annual->monthly"),  # (session 20: a frequency replaced, english_extent)
    ("What is the arrival time of the train?", "What is the departure time of the train?", "en",
     "antonym:arrival->departure"),  # (session 17: nouns made of opposite verbs)
    ("How much does express delivery cost?", "How much does express delivery take?", "en",
     "substitution:cost->take"),
    ("会員登録の方法は？", "会員退会の方法は？", "ja", "substitution:登録->退会"),
)  # fmt: skip


def test_the_packaged_model_loads_and_is_on_by_default() -> None:
    model = boosted_model()
    assert MODEL.is_file()
    trees, inner = model.feature.shape
    assert model.value.shape == (trees, inner + 1) and trees >= 50
    assert int(model.feature.max()) < len(FEATURES) and model.depth >= 2
    assert 0.0 < model.reject_below < model.accept_from < 1.0
    assert model.lower < model.upper
    # since session 15 the band starts at the default threshold, with stricter cut-offs below
    # the old threshold 0.80
    assert model.lower == DEFAULT_MIN_SIMILARITY and model.pivot == 0.80
    low_reject, low_accept = model.cutoffs(model.lower)
    assert low_reject > model.reject_below and low_accept > model.accept_from
    # tuning data only: tuning halves, and the held-out FAQ sets measured once already used
    # whole (since session 18: faq-heldout to faq-heldout11); never a reporting half nor the
    # held-out sets of sessions 19 to 39 (heldout13, heldout14, heldout15, heldout16,
    # heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, heldout23, heldout24,
    # heldout25, heldout26, heldout27, heldout28, heldout29, heldout30, heldout31, heldout32,
    # heldout33; the session-18 trees are kept, so heldout12 is not in it either)
    assert all(name.endswith(("(tune half)", "(whole)")) for name in model.trained_on)
    wholes = {name.removesuffix(" (whole)") for name in model.trained_on if "(whole)" in name}
    assert wholes == {"faq-heldout", *(f"faq-heldout{n}" for n in range(2, 12))}
    assert not any(tag in name
                   for tag in ("heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
                               "heldout17", "heldout18", "heldout19", "heldout20",
                               "heldout21", "heldout22", "heldout23", "heldout24",
                               "heldout25", "heldout26", "heldout27", "heldout28",
                               "heldout29", "heldout30", "heldout31", "heldout32",
                               "heldout33")
                   for name in model.trained_on)
    assert Guard().boosted is model
    assert Guard(boosted=False).boosted is None
    assert Guard(learned=False).boosted is None  # the rules alone: no model at all


def test_scores_are_the_sum_of_the_trees_and_survive_a_round_trip(tmp_path) -> None:
    # two trees of depth 1 on features 0 and 1: left if x <= threshold
    model = BoostedModel(
        feature=np.array([[0], [1]]),
        threshold=np.array([[0.5], [np.inf]]),  # the second tree always goes left
        value=np.array([[-1.0, 2.0], [0.25, 9.0]]),
        baseline=0.1,
    )
    assert model.depth == 1
    low, high = [0.0] * len(FEATURES), [1.0] * len(FEATURES)
    assert model.score(low) == pytest.approx(1 / (1 + math.exp(-(0.1 - 1.0 + 0.25))))
    assert model.score(high) == pytest.approx(1 / (1 + math.exp(-(0.1 + 2.0 + 0.25))))
    path = tmp_path / "m.npz"
    model.save(path)
    again = BoostedModel.load(path)
    assert again.score(low) == model.score(low) and again.score(high) == model.score(high)
    packaged = boosted_model()
    for row in (low, high):
        assert 0.0 < packaged.score(row) < 1.0


def test_cut_offs_below_the_pivot_are_their_own_and_survive_a_round_trip(tmp_path) -> None:
    """Below ``pivot`` the low cut-offs decide; a model saved without a low part (sessions
    8-14: five meta values) has the same cut-offs over its whole band."""
    one = dict(feature=np.array([[0]]), threshold=np.array([[np.inf]]),
               value=np.array([[0.0, 0.0]]), baseline=math.log(0.64 / 0.36))  # fmt: skip
    model = BoostedModel(**one, lower=0.75, reject_below=0.61, accept_from=0.70, pivot=0.80,
                         low_reject_below=0.66, low_accept_from=0.85)  # fmt: skip
    assert model.cutoffs(0.76) == (0.66, 0.85) and model.cutoffs(0.80) == (0.61, 0.70)
    path = tmp_path / "m.npz"
    model.save(path)
    again = BoostedModel.load(path)
    assert (again.lower, again.pivot, again.cutoffs(0.79), again.cutoffs(0.9)) == (
        0.75, 0.80, (0.66, 0.85), (0.61, 0.70)
    )
    # score 0.64 everywhere (no tree moves it): a candidate the minimal-pair check accepted
    # is rejected under the pivot only (0.64 < 0.66), one it rejected is served above it only
    minpair = DEFAULT.compare(units("How much is it?", "en"), units("How much is it?", "en"), 0.8)
    a = analyse("How much is it?", "en")
    rows = [(0.77, minpair), (0.85, minpair)]
    found = [again.verdict("x", "y", (), (), a, a, s, v) for s, v in rows]
    assert found[0] == Verdict(False, "learned:0.64") and found[1] is None
    refused = Verdict(False, "substitution:a->b")
    easy = BoostedModel(**{**one, "lower": 0.75}, accept_from=0.62, pivot=0.80,
                        low_accept_from=0.85)  # fmt: skip
    assert easy.verdict("x", "y", (), (), a, a, 0.77, refused) is None
    assert easy.verdict("x", "y", (), (), a, a, 0.85, refused) == Verdict(
        True, "learned-accept:0.64"
    )
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["meta"] = arrays["meta"][:5]  # as written before session 15
    np.savez(path, **arrays)
    old = BoostedModel.load(path)
    assert old.pivot is None and old.cutoffs(0.76) == old.cutoffs(0.9) == (0.61, 0.70)


def test_a_model_with_other_features_is_refused(tmp_path) -> None:
    path = tmp_path / "m.npz"
    boosted_model().save(path)
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["names"] = np.array("\n".join(("something-else", *FEATURES[1:])))
    np.savez(path, **arrays)
    with pytest.raises(ValueError, match="other features"):
        BoostedModel.load(path)


async def test_reasons_in_the_band_with_the_real_cosines(embedder) -> None:
    pairs = [ADDED, REWORDED, PRICED, *((c, q) for c, q, _, _ in MINIMAL)]
    texts = [t for pair in pairs for t in pair]
    vectors = await embedder.embed(texts)
    cosine = [float(vectors[i] @ vectors[i + 1]) for i in range(0, len(texts), 2)]
    guard, old = Guard(minimal_pairs=NO_WORDNET), Guard(boosted=False, minimal_pairs=NO_WORDNET)
    model = guard.boosted
    assert model is not None
    # an added word: the minimal-pair check accepts it, the trees reject it, with the score
    s = cosine[0]
    assert model.lower <= s < model.upper
    verdict = guard.check(ADDED[1], ADDED[0], "en", s)
    assert verdict.reason.startswith("learned:") and not verdict.accept
    assert float(verdict.reason.removeprefix("learned:")) < model.reject_below
    # a reworded question the minimal-pair check rejects as a substitution: served
    s = cosine[1]
    rules = Guard(learned=False, minimal_pairs=NO_WORDNET)
    assert rules.check(REWORDED[1], REWORDED[0], "en", s).reason == "substitution:apartment->flat"
    verdict = guard.check(REWORDED[1], REWORDED[0], "en", s)
    assert verdict.accept and verdict.reason.startswith("learned-accept:")
    assert float(verdict.reason.removeprefix("learned-accept:")) >= model.accept_from
    # only what the serving threshold would serve: below it the rules' verdict stands
    below = guard.check(REWORDED[1], REWORDED[0], "en", s, threshold=s + 0.01)
    assert below.reason == "substitution:apartment->flat"
    # the old example: two prompts that ask a price are one question to the rules (session 28)
    s = cosine[2]
    assert model.lower <= s < model.upper
    assert rules.check(PRICED[1], PRICED[0], "en", s) == Verdict(True, "guard-ok")
    assert guard.check(PRICED[1], PRICED[0], "en", s) == Verdict(True, "guard-ok")
    assert guard.check(ADDED[1], ADDED[0], "en", cosine[0], threshold=0.95).reason == (
        old.check(ADDED[1], ADDED[0], "en", cosine[0], threshold=0.95).reason
    )
    # minimal pairs stay rejected anywhere in the band
    for (cached, query, lang, reason), s in zip(MINIMAL, cosine[3:], strict=True):
        for inside in (max(s, model.lower), (model.lower + model.upper) / 2):
            assert guard.check(query, cached, lang, inside) == Verdict(False, reason)
    # above the band the model does not decide
    assert guard.check(ADDED[1], ADDED[0], "en", model.upper).accept


async def test_the_faq_tuning_half_meets_the_targets_with_the_default_guard(embedder) -> None:
    """Issue 12's FAQ targets on the tuning half at the default threshold (0.75 since session
    15): paraphrases served >= 45 %, different-answer minimal pairs <= 5 %, no role swap served."""
    pairs = load_pairs(FAQ)
    kinds = [r["kind"] for r, half in zip(read_jsonl(FAQ), split_of(pairs), strict=True)
             if half == "tune"]  # fmt: skip
    pairs = select(pairs, "tune")
    texts = sorted({p.a for p in pairs} | {p.b for p in pairs})
    table = dict(zip(texts, await embedder.embed(texts), strict=True))
    guard = Guard()
    served: dict[str, list[bool]] = {}
    for pair, kind in zip(pairs, kinds, strict=True):
        s = float(table[pair.a] @ table[pair.b])
        t = DEFAULT_MIN_SIMILARITY
        hit = s >= t and guard.check(pair.b, pair.a, pair.lang, s, threshold=t).accept
        served.setdefault(kind, []).append(hit)
    assert np.mean(served["paraphrase"]) >= 0.45
    assert np.mean(served["minimal-pair"]) <= 0.05
    assert not any(served["role-swap"])


async def test_the_default_cache_serves_and_rejects_through_the_trees(tmp_path, embedder) -> None:
    default = Guard(minimal_pairs=NO_WORDNET)  # the default guard, WordNet off (see REWORDED)
    cache = AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=default)
    strict = Guard(boosted=False, minimal_pairs=NO_WORDNET)
    old = AsyncSemanticCache(embedder, path=tmp_path / "o.sqlite3", verifier=strict)
    try:
        for c in (cache, old):
            await c.store(REWORDED[0], "The apartment is a five-minute walk from the beach.")
            await c.store(ADDED[0], "Hold the power button for ten seconds.")
        found = await cache.probe(REWORDED[1])
        assert found.hit is not None and found.hit.verdict.reason.startswith("learned-accept:")
        missed = await cache.probe(ADDED[1])
        assert missed.hit is None and missed.reason.startswith("rejected:learned:")
        assert (await old.probe(ADDED[1])).reason.startswith("rejected:learned:")
    finally:
        await cache.close()
        await old.close()


# -- the fast path decides as a plain evaluation does ------------------------------------------


def _reference_score(path: Path, row: list[float]) -> float:
    """The trees in ``path`` evaluated the plain way: one tree, one node at a time."""
    with np.load(path, allow_pickle=False) as data:
        feature, threshold = data["feature"].tolist(), data["threshold"].tolist()
        value, baseline = data["value"].tolist(), float(data["meta"][0])
    z = baseline
    for tree_feature, tree_threshold, leaves in zip(feature, threshold, value, strict=True):
        node = 0
        while node < len(tree_feature):  # heap order: children of n are 2n+1 (<=) and 2n+2
            go_right = row[tree_feature[node]] > tree_threshold[node]
            node = 2 * node + (2 if go_right else 1)
        z += leaves[node - len(tree_feature)]
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def _reference_verdict(
    rules: Guard, query: str, cached: str, lang: str | None, similarity: float, scores: list
) -> Verdict:
    """The default guard's verdict for a candidate in the trees' band, computed step by step
    without its shared work: the rules, the minimal-pair check on freshly made units and a
    fresh alignment, explained as the stage explains it (session 28:
    ``minpair_stage.explained_alignment``, the stage's own function), the features without a
    shared alignment (with the explained one when the explanation changed it), the plain tree
    evaluation, and the contrasting substitution no model may serve (session 26:
    ``ja_contrasts.substituted_contrast``)."""
    verdict = rules.check(query, cached, lang, similarity)  # every rule but the minimal pairs
    if not verdict.accept or verdict.reason == "identical":
        return verdict
    a = analyse(query, lang)
    if a.lang == "en" and (found := place_added(query, cached)):
        return Verdict(False, found)  # (session 33: the stage asks it first; firm)
    b = analyse(cached, lang if lang is not None else a.lang)
    first, second = units(cached, b.lang), units(query, a.lang)
    for unit in (*first, *second):
        plain = wordvec.vector_index(*unit.forms) if unit.kind == "content" else None
        assert unit.vector == plain
    # the stage's alignment: English words left over, one a side at most, explained by a
    # reading of the texts first (session 28: very hot / very spicy, two price frames)
    plain = DEFAULT.align(first, second, similarity)
    aligned = explained_alignment(plain, cached, query, similarity, a.lang)
    minpair = DEFAULT.compare(first, second, similarity, aligned)
    if not minpair.accept and a.lang == "en" and (read := english_reading(minpair, query, cached)):
        is_query, text, reason = read  # (session 34: a texting 2, a person's address read)
        query, cached = (text, cached) if is_query else (query, text)
        again = _reference_verdict(rules, query, cached, lang, similarity, scores)
        return Verdict(True, reason) if again == Verdict(True, "guard-ok") else again
    if minpair.accept and a.lang == "en" and (found := converse_rest(aligned, query, cached)):
        return Verdict(False, found)  # (session 34: an exchange's two ends and more: firm)
    if minpair.reason == "reworded" and (
        found := reworded_contrast(aligned.rest_left, aligned.rest_right, query, cached)
    ):
        return Verdict(False, found)  # (大人 / 子供; session 37: the bigger / the large pool)
    if minpair.reason == "detail-added" and count_added(minpair, aligned, a.lang):
        return as_count_refusal(minpair, aligned)  # (session 34: a count said as one word, 二人)
    model = boosted_model()
    if not model.applies(similarity, a):
        return minpair if not minpair.accept else Verdict(True, "guard-ok")
    if minpair.reason.startswith("narrowing:"):
        return minpair  # a narrowing word: the trees may not serve it
    explained = aligned if aligned is not plain else None  # else the features' own alignment
    row = features(cached, query, first, second, b, a, similarity, minpair.reason, explained)
    p = _reference_score(MODEL, row)
    scores.append((model.score(row), p))
    reject_below, accept_from = model.cutoffs(similarity)
    if minpair.accept:
        modifier = None
        if minpair.reason == "detail-added":
            modifier = DEFAULT.modifier_added(first, second, DEFAULT.align(first, second))
        if modifier is not None and reject_below <= p < MODIFIER_CUT:
            return Verdict(False, f"narrowing:{modifier.text}:{p:.2f}")
        if p >= reject_below:
            return Verdict(True, "guard-ok")
        refused = Verdict(False, f"learned:{p:.2f}")  # (session 34: a bare question served)
        if a.lang == "en":
            return fragment_served(refused, cached, query, similarity)
        return place_for_served(refused, minpair, cached, query, similarity)  # (休憩室)
    if p < accept_from:
        return minpair
    kept = substituted_contrast(minpair.reason, query, cached)  # no model serves a contrast
    return Verdict(False, kept) if kept else Verdict(True, f"learned-accept:{p:.2f}")


@pytest.mark.parametrize("depth", [1, 4, 5])
def test_random_trees_of_any_depth_score_as_the_plain_evaluation(tmp_path, depth) -> None:
    """The leaf table (depth <= 4) and the path walk (deeper trees) against node-by-node
    evaluation, including values that sit exactly on a threshold (they go left)."""
    rng = np.random.default_rng(depth)
    trees, inner = 30, 2**depth - 1
    thresholds = rng.choice([0.25, 0.5, 0.75], size=(trees, inner))
    model = BoostedModel(
        feature=rng.integers(0, len(FEATURES), size=(trees, inner)),
        threshold=thresholds,
        value=rng.normal(size=(trees, inner + 1)),
        baseline=-0.2,
    )
    path = tmp_path / "m.npz"
    model.save(path)
    for _ in range(200):
        row = rng.choice([0.0, 0.25, 0.3, 0.5, 0.6, 0.75, 1.0], size=len(FEATURES)).tolist()
        assert abs(model.score(row) - _reference_score(path, row)) < 1e-12


def test_the_guard_decides_as_a_plain_evaluation_on_real_pairs() -> None:
    """The guard's shared alignment, per-unit caches and vectorised trees change nothing: on
    the FAQ set's tuning half and 300 pairs of each public set, every candidate placed in the
    trees' band gets the reason a step-by-step evaluation gives, and the same score to 1e-9."""
    rows = [(p.b, p.a, p.lang) for p in select(load_pairs(FAQ), "tune")]
    for name in ("qqp-dev", "jsts-train", "jsick-train-contradictions"):
        rows += [(r["b"], r["a"], r.get("lang")) for r in read_jsonl(PAIRS / f"{name}.jsonl")[:300]]
    guard = Guard()
    rules = Guard([c for c in Guard.CHECKS if c != "minpair"], learned=False)
    scores: list[tuple[float, float]] = []
    decided: Counter[str] = Counter()
    for i, (query, cached, lang) in enumerate(rows):
        similarity = (0.76, 0.80, 0.85, 0.90, 0.949)[i % 5]  # 0.76: the low cut-offs
        expected = _reference_verdict(rules, query, cached, lang, similarity, scores)
        assert guard.check(query, cached, lang, similarity) == expected, (query, cached)
        decided[expected.reason.split(":", 1)[0]] += 1
    assert len(scores) > 400  # most pairs reach the trees ...
    assert decided["learned"] > 50 and decided["learned-accept"] > 20  # ... which decide many
    assert max(abs(fast - plain) for fast, plain in scores) < 1e-9


def test_the_shared_word_overlap_is_exactly_one_when_every_word_is_shared() -> None:
    """``rare_overlap`` sums in the words' order: the same value in every process (a sum in
    set order moved with the hash seed, and trees split at exactly 1.0)."""
    for cached, query, lang in (
        ("How do I reset the password of my email account quickly?",
         "Quickly, how do I reset my email account password?", "en"),
        ("Which phone plan includes international roaming data and calls?",
         "Calls and international roaming data: which phone plan includes them?", "en"),
        ("東京駅から京都駅までの新幹線の料金はいくらですか？",
         "新幹線の料金は東京駅から京都駅までいくらですか？", "ja"),
    ):  # fmt: skip
        a, b = analyse(cached, lang), analyse(query, lang)
        first, second = units(cached, lang), units(query, lang)
        assert {u.key for u in first} == {u.key for u in second} and len(first) >= 5
        row = rich_features(cached, query, first, second, a, b, 0.9)
        assert row[RICH_FEATURES.index("rare_overlap")] == 1.0


def _swap(cached: str, query: str, lang: str) -> dict[str, float]:
    """The replaced words' features of a pair, by name, as the guard's alignment leaves them."""
    first, second = units(cached, lang), units(query, lang)
    alignment = DEFAULT.align(first, second, 0.85)
    return dict(zip(SWAP_FEATURES, swap_features(alignment.left, alignment.right), strict=True))


def test_the_replaced_words_are_compared_with_each_other() -> None:
    """Session 26 (trees3): a word replaced by a compound of it, a noun narrowed by a modifier
    and a plain one-word swap each read differently, from the alignment's leftover words."""
    compound = _swap("Are these phones waterproof?", "Are these earphones waterproof?", "en")
    assert compound["swap_contains"] == 1.0 and compound["swap_one_for_one"] == 1.0
    assert -1.0 < compound["swap_cosine"] < 1.0
    narrowed = _swap("Is the fee refundable?", "Is the deposit fee refundable?", "en")
    assert narrowed["added_modifier"] == 1.0 and narrowed["swap_cosine"] == -1.0
    assert narrowed["swap_one_for_one"] == 0.0
    swapped = _swap("Why is my cat sick?", "Why is my cat mad?", "en")
    assert swapped["swap_contains"] == 0.0 and swapped["added_modifier"] == 0.0
    assert swapped["swap_one_for_one"] == 1.0 and 0.0 < swapped["swap_cosine"] < 1.0
    same = _swap("How do I reset my password?", "How do I reset my password?", "en")
    assert same == {"swap_cosine": -1.0, "swap_one_for_one": 0.0, "swap_contains": 0.0,
                    "added_modifier": 0.0}  # fmt: skip
    assert _swap("会員登録の方法は？", "会員退会の方法は？", "ja")["swap_contains"] == 0.0


def test_a_model_older_than_the_swap_features_reads_only_its_columns(tmp_path) -> None:
    """The packaged trees (trained before :data:`SWAP_FEATURES`) load with the columns they
    were saved with, never test a later one, and score a pair from the row without the new
    group (not computed at all) exactly as from the full row; a model saved with every column
    keeps them through a round trip."""
    model = boosted_model()
    assert FEATURES[BEFORE_SWAP:] == SWAP_FEATURES
    assert model.columns in (BEFORE_SWAP, len(FEATURES))
    assert int(model.feature.max()) < model.columns
    for cached, query, lang, _ in MINIMAL:
        first, second = units(cached, lang), units(query, lang)
        a, b = analyse(cached, lang), analyse(query, lang)
        reason = DEFAULT.compare(first, second, 0.85).reason
        full = features(cached, query, first, second, a, b, 0.85, reason)
        short = features(cached, query, first, second, a, b, 0.85, reason, columns=BEFORE_SWAP)
        assert len(full) == len(FEATURES) and full[:BEFORE_SWAP] == short
        if model.columns == BEFORE_SWAP:
            assert model.score(short) == model.score(full)
    path = tmp_path / "old.npz"
    BoostedModel(model.feature % BEFORE_SWAP, model.threshold, model.value, model.baseline,
                 columns=BEFORE_SWAP).save(path)  # fmt: skip
    with np.load(path) as data:
        assert str(data["names"]).split("\n") == list(FEATURES[:BEFORE_SWAP])
    assert BoostedModel.load(path).columns == BEFORE_SWAP
    path = tmp_path / "new.npz"
    BoostedModel(model.feature, model.threshold, model.value, model.baseline).save(path)
    assert BoostedModel.load(path).columns == len(FEATURES)
