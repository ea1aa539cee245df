"""Session 27 (``surface4``): the default embedder writes a common noun spelled in kana in its
SudachiPy normalized form (:mod:`yamabiko.embedders.surface_ja`), so that the kana and the
kanji spelling of one word get one vector.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one and the cosine the default embedder's. Before ``surface4`` each paraphrase of
:data:`SERVED` was under the threshold (0.52-0.74: the model reads せっけん and 石鹸 as two
words); each is served both ways now. The twins of :data:`REFUSED` reach the threshold with the
higher cosine and stay refused with their reason. The last two were served by the boosted
trees when ``surface4`` lifted them (``learned-accept``: the trees read the kana spelling's
character n-grams as a rewording); since session 27 (wrong) the stage asks the trees again with
the word spelled alike (:func:`yamabiko.guard.minpair_stage.respelt_query`) and they refuse.
"""

from __future__ import annotations

import numpy as np
import pytest
from guard_probes import ProbeFile, pair_cosines

from yamabiko.embedders import USEMultilingual
from yamabiko.embedders.surface import surface_form
from yamabiko.embedders.surface_ja import canonical_spelling
from yamabiko.guard import Guard

#: one question, once with the noun in kanji, once in kana (casual or not): served both ways
SERVED = [
    ("石鹸は手作りですか？", "せっけんって手作り？", "ja"),
    ("椅子を借りられますか？", "いすを借りられますか？", "ja"),
    ("豆腐は何日もちますか？", "とうふは何日もちますか？", "ja"),
    ("蝋燭の持ち込みはできますか？", "ろうそくの持ち込みはできますか？", "ja"),
    ("眼鏡の修理はできますか？", "めがねって直せる？", "ja"),
]

#: another question with a noun in kana, over the threshold now: refused with the reason
REFUSED = [
    ("石鹸は手作りですか？", "ろうそくは手作りですか？", "ja", "substitution:石鹸->ろうそく"),
    ("椅子を借りられますか？", "いすを買えますか？", "ja", "predicate"),
    # lifted 0.59 -> 0.85 and 0.50 -> 0.83: known wrong serves until session 27 (wrong)
    ("枕は洗濯機で洗えますか？", "まくらは手で洗えますか？", "ja", "substitution:洗濯+機->手"),
    ("豆腐は何日もちますか？", "とうふは何時間もちますか？", "ja", "substitution:日->時間"),
]


class TestProbes(ProbeFile):
    """The kana spellings served at the default embedder's cosine, the twins refused."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


def test_the_cosine_rises_over_the_threshold(embedder) -> None:
    """Each paraphrase of :data:`SERVED` was under 0.75 as the model reads the texts as typed
    (``surface2`` leaves these texts as they are) and reaches it in the surface form."""
    model = USEMultilingual()
    model.embed_sync(["warm up"])
    assert model.engine is not None
    now = pair_cosines(embedder, SERVED)
    for cached, query, _ in SERVED:
        typed = model.engine.encode([cached, query])
        before = float(typed[0] @ typed[1])
        assert before < 0.75 <= now[cached, query], (cached, query, before)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("とうふは何日もちますか？", "豆腐は何日もちますか?"),  # (NFKC: the model's own ？)
        ("せっけんって手作り？", "石鹸って手作り?"),
        ("ハトよけのネットを張れますか", "鳩よけのネットを張れますか"),  # katakana too
        ("きくの鉢植えはありますか", "菊の鉢植えはありますか"),  # context: a noun, not 聞く
        # one reading, several nouns: SudachiPy keeps the kana, and so does the form
        ("はしで食べてもいいですか？", "はしで食べてもいいですか？"),  # 箸
        ("はしを渡ってすぐですか？", "はしを渡ってすぐですか？"),  # 橋
        ("かきは今が旬ですか？", "かきは今が旬ですか？"),  # 柿, 牡蠣
        ("あめを買えますか？", "あめを買えますか？"),  # 雨, 飴
        # not a common noun of the general class, or not spelled in kana alone: as typed
        ("いくらかかりますか", "いくらかかりますか"),  # 幾ら: an adverbial noun
        ("子どもの料金はいくらですか", "子どもの料金はいくらですか"),  # 子供: kanji + kana
        ("お店は何時までですか", "お店は何時までですか"),  # 御店: a prefix + kanji
        ("おいしいですか", "おいしいですか"),  # 美味しい: an adjective
        ("一本から買えますか", "一本から買えますか"),  # 1: a numeral
        ("豆腐は何日もちますか？", "豆腐は何日もちますか？"),  # nothing in kana to rewrite
        ("Is tofu vegan?", "Is tofu vegan?"),  # no kana
    ],
)
def test_canonical_spelling(text: str, form: str) -> None:
    assert canonical_spelling(text) == form


def test_the_surface_form_holds_the_spelling(embedder) -> None:
    """The surface form rewrites the spelling before the question mark, and the two
    spellings of one question embed as one vector."""
    assert surface_form("とうふは何日もちますか") == "豆腐は何日もちますか?"
    vectors = USEMultilingual().embed_sync(["とうふは何日もちますか", "豆腐は何日もちますか？"])
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)
