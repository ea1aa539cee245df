# ruff: noqa: E501
"""Session-19 Japanese wrong serves, by kind (``guard/ja_doers.py``, ``guard/ja_voice.py``,
``guard/ja_items.py``, ``guard/ja_time.py``): a transitive verb against its intransitive twin
that has the potential's shape (窓を割ってしまった / 窓が割れてしまった), a verb of handing
over done for the speaker against done by the speaker (譲っていただけますか / 譲れますか),
giving against receiving (あげる / もらう), oneself against another (自分で / 代わりに ...
てもらう), a passive against the active verb (子供に叩かれた / 子供を叩いた), one of them
against both (どちらか / 両方); and the paraphrase twin of each kind, so that a rule that
refuses too much fails here.

Every probe is written for this session in everyday wording (です / ます, plain, casual), none
taken from an evaluation file: a first batch before the rules, a second batch in other
domains after them. Checked with the real embedder's cosine at the default threshold (0.75),
the real analysers and the default guard. docs/quality.md, "Session 19: Japanese wrong
serves", lists the probes still served and the paraphrases refused by other checks.
"""

from __future__ import annotations

import pytest
from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.ja_doers import _hands_over, direction_changed, passive_changed
from yamabiko.guard.ja_items import either_changed
from yamabiko.guard.ja_voice import twins

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, the reason the guard now gives): served before this change (but the
#: first of どちらか / 両方, refused before by another check), refused now both ways
FIXED = [
    ("窓を割ってしまいました", "窓が割れてしまいました", "ja", "voice:割る->割れる"),
    ("グラスを割ってしまったのですが", "グラスが割れてしまったのですが", "ja", "voice:割る->割れる"),
    ("お皿を割っちゃった", "お皿が割れちゃった", "ja", "voice:割る->割れる"),
    ("紐を切ってしまいました", "紐が切れてしまいました", "ja", "voice:切る->切れる"),
    ("ボタンを取ってしまいました", "ボタンが取れてしまいました", "ja", "voice:取る->取れる"),
    ("服を破ってしまいました", "服が破れてしまいました", "ja", "voice:破る->破れる"),
    ("画面を割ってしまった場合は保証されますか？", "画面が割れてしまった場合は保証されますか？", "ja", "voice:割る->割れる"),
    ("コードを抜いてしまいました", "コードが抜けてしまいました", "ja", "voice:抜く->抜ける"),
    ("ケーブルを切ってしまったらどうすればいいですか", "ケーブルが切れてしまったらどうすればいいですか", "ja", "voice:切る->切れる"),
    ("チケットを譲っていただけますか？", "チケットを譲れますか？", "ja", "giver:譲る"),
    ("チケットを譲ってもらえますか", "チケットを譲ることはできますか", "ja", "giver:譲る"),
    ("席を譲ってもらえませんか？", "席を譲ってもいいですか？", "ja", "giver:譲る"),
    ("資料を送っていただけますか？", "資料を送れますか？", "ja", "giver:送る"),
    ("書類を渡していただけますか？", "書類を渡せますか？", "ja", "giver:渡す"),
    ("鍵を渡してもらえる？", "鍵を渡せる？", "ja", "giver:渡す"),
    ("写真を送ってくれますか？", "写真を送ってもいいですか？", "ja", "giver:送る"),
    ("友達にプレゼントをあげたいです", "友達にプレゼントをもらいたいです", "ja", "giving:あげる->もらう"),
    ("子供にお小遣いをあげてもいいですか？", "子供にお小遣いをもらってもいいですか？", "ja", "giving:あげる->もらう"),
    ("先輩に本を貸してあげました", "先輩に本を貸してもらいました", "ja", "giving:あげる->もらう"),
    ("母が手紙をくれました", "母に手紙をあげました", "ja", "giving:くれる->あげる"),
    ("子供に叩かれました", "子供を叩きました", "ja", "passive:叩く"),
    ("上司に注意されたらどうすればいいですか", "上司に注意したらどうすればいいですか", "ja", "passive:注意する"),
    ("どちらか一つを選べますか？", "両方を選べますか？", "ja", "scope:どちらか->両方"),
    ("朝食か夕食のどちらかが付きますか", "朝食と夕食の両方が付きますか", "ja", "scope:どちらか->両方"),
    ("自分で手続きできますか？", "代わりに手続きしてもらえますか？", "ja", "doer:自分で"),
    ("自分で修理してもいいですか", "代わりに修理してもらえますか", "ja", "doer:自分で"),
    ("スマホの画面を割ってしまったのですが修理できますか", "スマホの画面が割れてしまったのですが修理できますか", "ja", "voice:割る->割れる"),
    ("カップを割っちゃったんですけど", "カップが割れちゃったんですけど", "ja", "voice:割る->割れる"),
    ("ネジを外してしまいました", "ネジが外れてしまいました", "ja", "voice:外す->外れる"),
    ("シャツのボタンを取ってしまった", "シャツのボタンが取れてしまった", "ja", "voice:取る->取れる"),
    ("袋を破いてしまいました", "袋が破れてしまいました", "ja", "voice:破く->破れる"),
    ("この本を譲っていただけませんか", "この本を譲ってもいいですか", "ja", "giver:譲る"),
    ("招待状を送っていただけますか", "招待状を送ることはできますか", "ja", "giver:送る"),
    ("領収書を渡してもらえますか", "領収書を渡してもいいですか", "ja", "giver:渡す"),
    ("チケットを売っていただけますか", "チケットを売れますか", "ja", "giver:売る"),
    ("孫にお年玉をあげてもいいですか", "孫にお年玉をもらってもいいですか", "ja", "giving:あげる->もらう"),
    ("同僚に手伝ってもらいました", "同僚を手伝ってあげました", "ja", "giving:もらう->あげる"),
    ("後輩にノートを見せてあげた", "後輩にノートを見せてもらった", "ja", "giving:あげる->もらう"),
    ("自分で予約を取り消せますか", "代わりに予約を取り消してもらえますか", "ja", "doer:自分で"),
    ("自分でタイヤを交換できますか", "タイヤを交換していただけますか", "ja", "doer:自分で"),
    ("犬に噛まれたらどうすればいいですか", "犬を噛んだらどうすればいいですか", "ja", "passive:噛む"),
    ("店員に怒られました", "店員を怒りました", "ja", "passive:怒る"),
    ("同僚に誘われたのですが断れますか", "同僚を誘ったのですが断れますか", "ja", "passive:誘う"),
    ("平日か週末のどちらかに参加できますか", "平日と週末の両方に参加できますか", "ja", "scope:どちらか->両方"),
    ("どちらか片方だけ申し込めますか", "どちらも申し込めますか", "ja", "scope:どちらか->どちらも"),
]  # fmt: skip

#: wrong pairs of the same kinds refused before by other checks (以上 / 未満, だけ / も,
#: 前 / 後 with counters, 伺う / いらっしゃる): they stay refused
KEPT_WRONG = [
    ("予約しなければ入れませんか", "予約しなくても入れますか", "ja"),
    ("土曜日だけ営業していますか？", "土曜日も営業していますか？", "ja"),
    ("現金しか使えませんか？", "現金も使えますか？", "ja"),
    ("大人だけ入れますか", "大人も入れますか", "ja"),
    ("カードだけで払えますか", "カードでも払えますか", "ja"),
    ("5歳以上は有料ですか？", "5歳未満は有料ですか？", "ja"),
    ("3000円以上で送料無料ですか", "3000円以下で送料無料ですか", "ja"),
    ("65歳以上は割引がありますか", "65歳以下は割引がありますか", "ja"),
    ("20歳未満は入れますか", "20歳以上は入れますか", "ja"),
    ("10人を超える場合は予約が必要ですか", "10人未満の場合は予約が必要ですか", "ja"),
    ("3日前までにキャンセルできますか", "3日後までにキャンセルできますか", "ja"),
    ("出発の1時間前に着けばいいですか", "出発の1時間後に着けばいいですか", "ja"),
    ("手術の2週間前から飲酒できませんか", "手術の2週間後から飲酒できませんか", "ja"),
    ("何時に伺えばいいですか？", "何時にいらっしゃいますか？", "ja"),
    ("明日そちらに伺ってもいいですか", "明日こちらにいらっしゃいますか", "ja"),
    ("先生は何と申していましたか", "先生は何とおっしゃっていましたか", "ja"),
    ("電球を切らしてしまいました", "電球が切れてしまいました", "ja"),
    ("取引先にお土産を差し上げたいのですが", "取引先にお土産をいただいたのですが", "ja"),
]  # fmt: skip

#: the paraphrase twins: the same question said otherwise, served before and now (both
#: directions)
SERVED = [
    ("予約を取りたいのですが", "予約が取れますか", "ja"),
    ("窓を割ってしまいました", "窓を割っちゃいました", "ja"),
    ("窓が割れてしまいました", "窓ガラスが割れちゃいました", "ja"),
    ("ドアを開けられません", "ドアが開きません", "ja"),
    ("チケットが取れません", "チケットを取れません", "ja"),
    ("予約を取れますか", "予約が取れますか", "ja"),
    ("チケットを譲っていただけますか？", "チケットを譲ってもらえますか？", "ja"),
    ("チケットを譲っていただけますか？", "チケットを譲ってくれませんか？", "ja"),
    ("チケットを譲れますか？", "チケットを譲ることはできますか？", "ja"),
    ("資料を送っていただけますか？", "資料を送ってもらえますか？", "ja"),
    ("予約を変更していただけますか？", "予約を変更できますか？", "ja"),
    ("書類を確認していただけますか", "書類を確認できますか", "ja"),
    ("子供に叩かれました", "子どもに叩かれた", "ja"),
    ("子供に薬を飲ませてもいいですか？", "子どもに薬を飲ませても大丈夫ですか？", "ja"),
    ("雨が降ったら中止ですか？", "雨の場合は中止ですか？", "ja"),
    ("熱があれば休めますか", "熱があったら休めますか", "ja"),
    ("土曜日だけ営業していますか？", "土曜日のみ営業していますか？", "ja"),
    ("現金しか使えませんか？", "現金のみですか？", "ja"),
    ("両方を選べますか？", "二つとも選べますか？", "ja"),
    ("3000円以上で送料無料ですか", "3000円を超えると送料無料ですか", "ja"),
    ("3日前までにキャンセルできますか", "3日前までならキャンセルできますか", "ja"),
    ("自分で手続きできますか？", "自分で手続きすることはできますか？", "ja"),
    ("何時にいらっしゃいますか？", "何時に来られますか？", "ja"),
    ("駐車場は使えませんか？", "駐車場は使えないのですか？", "ja"),
    ("スマホの画面が割れてしまいました", "スマホの画面が割れちゃいました", "ja"),
    ("予約が取れてよかったです", "予約を取れてよかったです", "ja"),
    ("この本を譲っていただけませんか", "この本を譲ってもらえませんか", "ja"),
    ("招待状を送っていただけますか", "招待状を送ってくださいますか", "ja"),
    ("日程を調整していただけますか", "日程を調整できますか", "ja"),
    ("会員権を譲渡できますか", "会員権は譲渡可能ですか", "ja"),
    ("同僚に手伝ってもらいました", "同僚が手伝ってくれました", "ja"),
    ("タイヤを交換していただけますか", "タイヤを交換してもらえますか", "ja"),
    ("犬に噛まれたらどうすればいいですか", "犬に噛まれた場合はどうすればいいですか", "ja"),
    ("何時に出発されますか", "何時に出発しますか", "ja"),
    ("部長は会議に出席されますか", "部長は会議に出席しますか", "ja"),
    ("両方申し込めますか", "どちらも申し込めますか", "ja"),
    ("どちらか一方を選べますか", "いずれかを選べますか", "ja"),
]  # fmt: skip


@pytest.fixture(scope="module")
def cosines(embedder) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair."""
    return pair_cosines(embedder, FIXED, KEPT_WRONG, SERVED)


def test_the_wrong_pairs_are_refused_with_their_reason(cosines) -> None:
    assert_refused_with_reasons(GUARD, FIXED, cosines, THRESHOLD, either_side=True)


def test_the_wrong_pairs_refused_before_stay_refused(cosines) -> None:
    for cached, query, lang in KEPT_WRONG:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        assert not GUARD.check(query, cached, lang, cosine, THRESHOLD).accept, (cached, query)


def test_the_paraphrase_twins_are_served(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_an_intransitive_said_done_is_no_potential() -> None:
    assert twins("割る", False, "割れる", False, state=True)
    assert not twins("割る", False, "割れる", False)  # 予約を取る / 予約が取れる: a potential
    assert not twins("取る", False, "使える", False, state=True)  # two verbs


def test_verbs_of_handing_over_come_from_the_dictionary() -> None:
    assert all(_hands_over(verb) for verb in ("譲る", "売る", "貸す", "渡す", "送る", "払う"))
    assert not any(_hands_over(verb) for verb in ("変える", "書く", "使う", "為る", "取る"))


def test_giving_against_receiving_needs_one_kind_on_each_side() -> None:
    def changed(cached: str, query: str) -> str:
        return direction_changed(query, cached, analyse(query, "ja"), analyse(cached, "ja"))

    assert changed("友達に本をあげました", "友達に本をもらいました") == "あげる->もらう"
    assert changed("温度をあげてもいいですか", "温度を上げてもらえますか") == ""  # raising
    assert changed("宿題をやってもいいですか", "宿題をやってもらえますか") == ""  # doing
    assert changed("送ってあげてください", "送ってもらえますか") == ""  # both kinds on one side


def test_the_passive_reads_the_agent_not_the_honorific() -> None:
    def changed(cached: str, query: str) -> str:
        return passive_changed(query, cached, analyse(query, "ja"), analyse(cached, "ja"))

    assert changed("子供に叩かれました", "子供を叩きました") == "叩く"
    assert changed("子供に叩かれました", "子供が叩きました") == ""  # the same agent
    assert changed("荷物は係員に確認されますか", "荷物を係員が確認しますか") == ""
    # no passive on either side: a topic は or a goal に is no change of voice
    assert changed("業者が棚を動かしてくれますか", "棚は業者に動かしてもらえますか") == ""
    assert changed("ネットがつながりません", "ネットにつながりません") == ""
    assert changed("部長は会議に出席されますか", "部長は会議に出席しますか") == ""
    assert changed("明日に出発されますか", "明日に出発しますか") == ""


def test_one_of_them_against_both() -> None:
    assert either_changed("両方使えますか", "どちらか使えますか") == "どちらか->両方"
    assert either_changed("どちらも使えますか", "両方使えますか") == ""
    assert either_changed("朝食は付きますか", "両方使えますか") == ""
