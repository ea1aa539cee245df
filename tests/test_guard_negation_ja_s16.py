"""Session-16 Japanese constructions whose negation markers deny nothing the other prompt asks
(``guard/constructions.py``): a concessive clause ("even without going there", 行かなくても)
whose words the other prompt does not name, permission with 構わない ("it is fine if"), and
"regardless of" (に関係なく / にかかわらず / を問わず).

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, the default models); on the code before session 16 each paraphrase
below is rejected by the ``negation`` check, so each assertion on them fails there. The other
side of each rule is tested too: where the other prompt names the clause's thing, or the
construction is a real denial, the negation still rejects.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.constructions import ja_concessive, ja_negations_explained

NEGATION = Guard(["negation"], learned=False)  # the negation check alone

#: one prompt goes without a thing the other does not mention: the same question
CONCESSIVE = [
    ("オンラインでも受講できますか？", "会場に行かなくても、オンラインで受講できますか？"),
    ("自宅でも受講できますか？", "教室に通わなくても、自宅で受講できますか？"),
    ("ビジターでもジムを使えますか？", "会員でなくてもジムを使えますか？"),
]
#: permission and "regardless": no denial
CONSTRUCTIONS = [
    ("写真を撮ってもいいですか？", "写真を撮っても構いませんか？"),
    ("写真を撮ってもいいですか？", "写真を撮ってもかまわないですか？"),
    ("何歳でも参加できますか？", "年齢に関係なく参加できますか？"),
    ("外国籍でも応募できますか？", "国籍にかかわらず応募できますか？"),
    ("誰でも応募できますか？", "経験を問わず応募できますか？"),
]
#: the negation is the difference: with or without the same thing, a real denial
DIFFERENT = [
    ("予約すれば入れますか？", "予約しなくても入れますか？"),
    ("カードで払えますか？", "カードがなくても払えますか？"),
    ("写真を撮っても構いませんか？", "写真を撮らなくても構いませんか？"),
    ("料金は距離に関係ありますか？", "料金は距離に関係ないですか？"),
    ("子どもも入れます。", "子どもは入れません。"),  # (a negative question asks the same: s17)
]


@pytest.mark.parametrize(("cached", "query"), CONCESSIVE + CONSTRUCTIONS)
def test_the_negation_check_passes_these_constructions(cached: str, query: str) -> None:
    assert NEGATION.check(query, cached, "ja", 0.9).accept
    assert NEGATION.check(cached, query, "ja", 0.9).accept  # either side cached


@pytest.mark.parametrize(("cached", "query"), DIFFERENT)
def test_a_real_difference_in_negation_still_rejects(cached: str, query: str) -> None:
    assert NEGATION.check(query, cached, "ja", 0.9).reason == "negation"
    assert Guard().check(query, cached, "ja", 0.95).reason == "negation"


def test_a_concessive_paraphrase_is_served_by_the_default_guard() -> None:
    cached, query = CONCESSIVE[0]
    assert Guard().check(query, cached, "ja", 0.85).accept


def test_only_a_negated_verb_or_copula_opens_the_clause() -> None:
    """少なくても (an adjective's stem, "even if few") and a kana-only clause are not it; nor
    a clause whose words the other prompt names, nor a text with two such clauses."""
    assert not ja_concessive("人数が少なくても開催しますか", "開催しますか")
    assert not ja_concessive("はさみがなくても参加できますか", "手ぶらで参加できますか")
    assert not ja_concessive("予約しなくても入れますか", "予約すれば入れますか")
    assert ja_concessive("会場に行かなくても受講できますか", "オンラインで受講できますか")
    two = "会場に行かなくても、本を買わなくても受講できますか"
    assert not ja_concessive(two, "オンラインで受講できますか")


def test_constructions_count_their_markers() -> None:
    assert ja_negations_explained("撮っても構いませんか")[0] == 1
    assert ja_negations_explained("年齢に関係なく参加できますか")[0] == 1
    assert ja_negations_explained("距離に関係ないですか")[0] == 0
    assert ja_negations_explained("撮ってはいけませんか")[0] == 0
