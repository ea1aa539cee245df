"""Session-17 Japanese paraphrases the guard refused (``guard/ja_clauses.py``,
``constructions.ja_background``): a negative yes/no question (使えませんか asks what 使えますか
asks), the predicate of a subordinate clause (雨が降っていても, 乗るとき) that the
``predicate`` check took for the one asked, a negation inside a clause of background
(効かなくなってしまったのですが、...) whose verb the other prompt does not name, and a verb
+ 忘れる (払い忘れる: not paid).

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, the default models) and the cosine the default embedder's. On the
code before session 17 each paraphrase below is refused (by the ``negation`` or the
``predicate`` check), so each assertion on them fails there. The wrong answers next to them
are refused on both.
"""

from __future__ import annotations

import pytest
from guard_probes import pair_cosines

from yamabiko.guard import Guard, analyse
from yamabiko.guard.constructions import ja_background

GUARD = Guard()

#: the same question: served at the embedder's cosine
SERVED = [
    # a negative yes/no question
    ("図書館で電源は使えますか？", "図書館で電源は使えませんか？"),
    ("ジムのロッカーは無料で使えますか？", "ジムのロッカーって無料で使えないの？"),
    ("駐車場は夜も停められますか？", "駐車場って夜は停められないんですか？"),
    ("この温泉はタトゥーがあっても入れますか？", "この温泉ってタトゥーがあったら入れない？"),
    ("台風の日は花火大会は中止ですか？", "台風が来たら花火大会は行われないのですか？"),
    # a subordinate clause's verb is not the one asked
    ("雨の日もカヌーに乗れますか？", "雨が降っていてもカヌーに乗せてもらえますか？"),
    ("ボートで釣り竿を借りられますか？", "ボートに乗るとき釣り竿はレンタルできますか？"),
    # a negation in a clause of background
    (
        "エアコンが壊れたときはどうすればいいですか？",
        "暑さで冷房が効かなくなってしまったのですが、壊れたエアコンはどうすればいいですか？",
    ),
]

#: a different question: refused
REFUSED = [
    ("予約していないのですが、入れますか？", "予約しているのですが、入れますか？"),
    ("このバットで打てますか？", "このバットでは打てない。"),  # a statement, not a question
    ("現金しか使えませんか？", "現金は使えますか？"),  # しか ... ない: only
    ("写真を撮っても構いませんか？", "写真を撮らなくても構いませんか？"),
    ("カードを失くしたとき、再発行できますか？", "カードを忘れたとき、再発行できますか？"),
    ("支払いを繰り上げることはできますか？", "支払いを繰り下げることはできますか？"),
    ("電源は使えますか？", "電源は借りられませんか？"),  # negative question, another verb
    ("薬を飲み忘れたらどうすればいいですか？", "薬を飲んだらどうすればいいですか？"),
    ("子どもも入れます。", "子どもは入れません。"),
    ("雨の日は遊覧船に乗れますか？", "雨の日は遊覧船に乗れないのですか？ 理由を教えてください。"),
    ("保護猫を引き取ることはできますか？", "保護猫を預けることはできますか？"),
    ("雨が降っていてもカヌーに乗れますか？", "雨が降っていなくてもカヌーに乗れますか？"),
    ("熱があったら予防接種は受けられますか？", "熱がなかったら予防接種は受けられますか？"),
]


@pytest.fixture(scope="module")
def cosines(embedder) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair."""
    return pair_cosines(embedder, SERVED, REFUSED)


@pytest.mark.parametrize(("cached", "query"), SERVED)
def test_the_same_question_is_served(cosines, cached: str, query: str) -> None:
    cosine = cosines[cached, query]
    assert cosine >= 0.75
    verdict = GUARD.check(query, cached, "ja", cosine)
    assert verdict.accept, verdict.reason


@pytest.mark.parametrize(("cached", "query"), REFUSED)
def test_a_different_question_is_refused(cosines, cached: str, query: str) -> None:
    cosine = cosines[cached, query]
    assert not GUARD.check(query, cached, "ja", cosine).accept
    assert not GUARD.check(cached, query, "ja", cosine).accept  # either side cached


def test_a_negative_question_drops_only_its_last_negation() -> None:
    assert analyse("電源は使えませんか？", "ja").negations == 0
    assert analyse("打てない？", "ja").negations == 0
    assert analyse("打てない。", "ja").negations == 1  # a statement
    assert analyse("現金しか使えませんか？", "ja").negations == 1  # only cash
    assert analyse("加入は必須ではないですか？", "ja").negations == 1  # a negated copula
    assert analyse("写真を撮らなくても構いませんか？", "ja").negations == 1  # permission frame
    # the clause's negation stays: 住んでいないと (if I do not live)
    assert analyse("ペット可の物件に住んでいないと譲ってもらえませんか？", "ja").negations == 1


def test_a_subordinate_clause_predicate_is_not_the_asked_one() -> None:
    assert analyse("雨が降っていても乗せてもらえますか？", "ja").predicates == {"乗せる"}
    assert analyse("乗るとき竿を借りられますか？", "ja").predicates == {"借りる"}
    assert analyse("食事を作りながら泊まれますか？", "ja").predicates == {"泊まる"}
    # permission, advice and obligation frames keep their verb
    assert "連れる" in analyse("子どもを連れて行ってもいいですか？", "ja").predicates
    assert "食べる" in analyse("何時までに食べればいいですか？", "ja").predicates
    assert "取る" in analyse("領収書は取っておかないといけませんか？", "ja").predicates
    assert "留める" in analyse("ボートを留めようとしている", "ja").predicates  # ようとする


def test_forgetting_to_do_is_not_doing() -> None:
    assert analyse("税金を払い忘れたらどうなりますか？", "ja").negations == 1
    assert analyse("傘を忘れたらどうなりますか？", "ja").negations == 0  # left behind


def test_a_background_clause_needs_a_situation_on_the_other_side() -> None:
    more = "水が出なくなったのですが、凍った水道管はどうすればいいですか"
    assert ja_background(more, "水道管が凍ったときはどうすればいいですか")
    assert not ja_background(
        "予約していないのですが、入れますか", "予約しているのですが、入れますか"
    )
    assert not ja_background("予約していないのですが、入れますか", "入れますか")
