"""Session-20 Japanese wrong serves (``guard/ja_agents.py``, ``guard/ja_concession.py``,
``guard/ja_aspect.py``, ``guard/ja_voice.py``): a causative against the plain verb (子供に
飲ませてもいい / 子供が飲んでもいい), a condition against a concession (雨が降ったら /
降っても), a transitive against its intransitive twin in the plain past (窓を割った / 窓が
割れた), a favour asked against leave asked (見せていただけますか / 見せてもいいですか), ておく
against ている; and the paraphrase twins of each kind (``ja_probes_s20.py``, written for this
work, none from an evaluation file), so that a rule that refuses too much fails here.

Each pair is checked both ways with the default guard at the real embedder's cosine (the
default threshold 0.75; a pair under it counts as refused) and at 0.85 and 0.92, inside the
trees' band, where the rules decide whatever the embedder says.
"""

from __future__ import annotations

import pytest
from guard_probes import pair_cosines
from ja_probes_s20 import REFUSE, REFUSE_LATER, SERVE, SERVE_LATER

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.ja_agents import causative_changed, request_changed
from yamabiko.guard.ja_aspect import aspect_changed
from yamabiko.guard.ja_concession import concession_changed
from yamabiko.guard.ja_voice import voice_changed

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.92)
#: the reasons of this session's rules: a paraphrase refused with one of them fails
OWN_REASONS = ("causative:", "request:", "aspect:", "clause:", "voice:")

#: wrong pairs served by design (cached, query) -> why
KNOWN_WRONG_SERVED = {
    # 取る is a verb of obtaining (cases.OBTAINING): its e-row form in the past may be the
    # potential (チケットを取った / チケットが取れた: one fact), so the plain past is left alone
    ("ボタンを取ったんですが付けてもらえますか", "ボタンが取れたんですが付けてもらえますか"),
}
#: paraphrases refused, none by this session's rules (the trees, ``negation`` on 問題ない /
#: 問題ありません, ``antonym`` on 貸してもらう / 借りる, ``substitution`` on 便 / フライト,
#: 営業 / 開く): (cached, query)
KNOWN_PARAPHRASES_REFUSED = {
    ("子供に薬を飲ませてもいいですか？", "子どもに薬を飲ませても大丈夫ですか？"),
    ("部下に残業させても問題ないですか", "部下に残業をさせても問題ありませんか"),
    ("犬にチョコを食べさせても大丈夫？", "犬にチョコをあげても大丈夫？"),
    ("薬を飲んだら運転できますか？", "薬を飲んだ後に運転できますか？"),
    ("雨が降っても開催されますか", "雨でも開催されますか"),
    ("パスワードを教えてもらえますか", "パスワードを教えてくれますか"),
    ("写真を見せてもいいですか", "写真を見せても構いませんか"),
    ("作業を手伝ってもいいですか", "作業を手伝っても大丈夫ですか"),
    ("先生に傘を貸してもらった", "先生から傘を借りた"),
    ("エアコンはついていますか", "エアコンはついてますか"),
    ("予約しておいた方がいいですか？", "予約しておくべきですか？"),
    ("何時まで営業していますか", "何時まで開いていますか"),
    ("日曜日も営業していますか？", "日曜も営業していますか？"),
    ("食後に飲む薬ですか？", "食事の後に飲む薬ですか？"),
    ("帰りのバスは何時ですか？", "帰りのバスは何時に出ますか？"),
    ("行きの便を変更できますか", "行きのフライトを変更できますか"),
    ("雨が降っても中止ですか？", "雨が降っても中止になりますか？"),
    ("息子にお皿を洗わせてもいいですか", "息子にお皿を洗わせても大丈夫ですか"),
    ("ここで少し休ませていただけますか", "ここで少し休ませてもらえますか"),
    ("連絡先を教えても構いませんか", "連絡先を教えてもいいですか"),
    ("明日までに返してもらえますか", "明日までに返却してもらえますか"),
    ("土曜日も開いていますか", "土曜日もやっていますか"),
    ("書類を用意しておいてください", "書類を用意しておいてもらえますか"),
}


@pytest.fixture(scope="module")
def cosines(embedder) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair."""
    return pair_cosines(embedder, REFUSE, REFUSE_LATER, SERVE, SERVE_LATER)


def _reasons(cached: str, query: str, cosine: float) -> list[str]:
    """The guard's reasons on the pair both ways at ``cosine`` (``guard-ok``: served)."""
    return [
        GUARD.check(a, b, "ja", cosine, THRESHOLD).reason
        for a, b in ((query, cached), (cached, query))
    ]


def _served(reasons: list[str]) -> list[bool]:
    """Which of the verdicts behind ``reasons`` serve."""
    return [reason.startswith("guard-ok") for reason in reasons]


@pytest.mark.parametrize(("cached", "query", "kind"), REFUSE + REFUSE_LATER)
def test_the_wrong_pairs_are_refused_both_ways(cached, query, kind, cosines) -> None:
    real = cosines[cached, query]
    for cosine in (*COSINES, real):
        if cosine < THRESHOLD:
            continue  # (the threshold refuses it)
        served = _served(_reasons(cached, query, cosine))
        if (cached, query) in KNOWN_WRONG_SERVED:
            assert any(served), (cached, query, cosine)  # (fixed: move it out of the list)
        else:
            assert not any(served), (cached, query, cosine)


@pytest.mark.parametrize(("cached", "query", "kind"), SERVE + SERVE_LATER)
def test_the_paraphrase_twins_are_served_both_ways(cached, query, kind, cosines) -> None:
    real = cosines[cached, query]
    for cosine in (*COSINES, real):
        if cosine < THRESHOLD:
            continue
        reasons = _reasons(cached, query, cosine)
        assert not any(r.startswith(OWN_REASONS) for r in reasons), (cached, query, reasons)
        if (cached, query) not in KNOWN_PARAPHRASES_REFUSED:
            assert all(_served(reasons)), (cached, query, cosine, reasons)


def _ja(query: str, cached: str, check) -> str:
    """``check`` on two Japanese prompts with their analyses."""
    return check(query, cached, analyse(query, "ja"), analyse(cached, "ja"))


def test_a_causative_against_the_plain_verb() -> None:
    assert (
        _ja("子供が薬を飲んでもいいですか", "子供に薬を飲ませてもいいですか", causative_changed)
        == "飲む"
    )
    assert _ja("部下が残業しますか", "部下に残業させますか", causative_changed) == "残業する"
    # asking leave (させていただく) and a favour asked of the same doer are no causative
    assert _ja("写真を撮ってもいいですか", "写真を撮らせていただけますか", causative_changed) == ""
    assert _ja("部下に残業してもらう", "部下に残業させる", causative_changed) == ""


def test_a_favour_asked_against_leave_asked() -> None:
    assert (
        _ja("資料を見せてもいいですか", "資料を見せていただけますか", request_changed) == "見せる"
    )
    assert _ja("道を教えてもらえますか", "道を教えても構いませんか", request_changed) == "教える"
    # the same on both sides, or ability (left to ja_doers.giver_changed): nothing
    assert _ja("資料を見せてもらえますか", "資料を見せていただけますか", request_changed) == ""
    assert _ja("予約を変更できますか", "予約を変更していただけますか", request_changed) == ""


def test_a_condition_against_a_concession() -> None:
    assert (
        concession_changed("雨が降っても中止ですか", "雨が降ったら中止ですか") == "降る:たら->ても"
    )
    assert concession_changed("安くても買いますか", "安ければ買いますか") == "安い:ば->ても"
    assert (
        concession_changed("遅刻したとしても入れますか", "遅刻したら入れますか")
        == "遅刻する:たら->ても"
    )
    # たとしても is a concession too; both clauses negated; the question negated on one side
    assert concession_changed("遅刻したとしても入れますか", "遅刻しても入れますか") == ""
    assert concession_changed("予約しなくても入れますか", "予約しなかったら入れますか") == ""
    assert concession_changed("会員でなくても使えますか", "会員でなければ使えませんか") == ""


def test_ahead_against_a_state() -> None:
    assert aspect_changed("予約していますか", "予約しておきますか") == "予約する:ておく->ている"
    assert aspect_changed("書類を用意してる？", "書類を用意しとく？") == "用意する:ておく->ている"
    # the plain verb against either: nothing
    assert aspect_changed("予約した方がいいですか", "予約しておいた方がいいですか") == ""
    assert aspect_changed("営業しますか", "営業していますか") == ""


def test_the_plain_past_of_an_intransitive_is_no_potential() -> None:
    assert _ja("窓が割れました", "窓を割りました", voice_changed) == "割る->割れる"
    assert _ja("枝が折れた", "枝を折った", voice_changed) == "折る->折れる"
    # a verbal noun (予約が取れた) and a verb of obtaining (チケットが取れた): the potential
    assert _ja("予約が取れました", "予約を取りました", voice_changed) == ""
    assert _ja("チケットが取れました", "チケットを取りました", voice_changed) == ""
    # not in the past: the potential's shape, left alone as before
    assert _ja("窓が割れますか", "窓を割りますか", voice_changed) == ""
