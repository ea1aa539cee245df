"""Session 37 (japara): a fee the honorific prefix お makes a noun of names a price.

体験にかかるお代をお教えいただけますか asks what 体験料はいくらですか asks: お代 is the fee suffix
代 (電車代) said alone after the prefix お, and お金 is 金 (入会金) so said. SudachiPy reads
them お + 代 and お + 金 and gives 代 no synonym group, so :func:`~yamabiko.guard.ja_prices.
price_told` never read the request as いくら and the ``question`` check refused the pair. Now
a fee suffix right after the prefix names a price, and is no noun of the prompt's own; the
two prompts must still name the same things (午前 / 午後, 体験 / 入会 stay refused), and a fee
suffix without the prefix (10代) is read as before.

Every pair is written here for the test (none is taken from an evaluation file); the guard,
the trees, SudachiPy and the embedder are the real ones. Each pair of SERVED was refused
(``question``) by the code before this change.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.ja_prices import price_told

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): served whichever prompt is cached
SERVED = [
    ("陶芸教室の体験料はいくらですか？", "陶芸教室の体験にかかるお代をお教えいただけますか？",
     "ja"),
    ("そば打ち体験の体験料はいくらですか？", "そば打ち体験にかかるお金をお教えいただけますか？",
     "ja"),
]  # fmt: skip

#: (cached, query, lang, reason): refused whichever prompt is cached
REFUSED = [
    ("陶芸教室の体験料はいくらですか？", "陶芸教室の入会にかかるお代をお教えいただけますか？", "ja",
     "question"),
    ("陶芸教室の午前の体験料はいくらですか？",
     "陶芸教室の午後の体験にかかるお代をお教えいただけますか？", "ja", "question"),
    ("陶芸教室の体験料はいくらですか？", "陶芸教室の体験にかかる時間をお教えいただけますか？", "ja",
     "question"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_a_prefixed_fee_told_is_asked_how_much(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_other_things_priced_or_told_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_price_told_reads_the_prefix_only() -> None:
    asked = "ろくろ体験の体験料はいくらですか？"
    assert price_told("代", "ろくろ体験にかかるお代を教えてください", asked)
    assert price_told("金", "ろくろ体験にかかるお金を教えてください", asked)
    # 代 without the prefix counts generations: no price
    assert not price_told("代", "ろくろ体験の10代を教えてください", asked)
    # the prefix before a fee, but another thing priced
    assert not price_told("代", "陶芸体験にかかるお代を教えてください", asked)
