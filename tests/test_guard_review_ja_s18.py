"""Session-18 review of the Japanese rules landed this session (``guard/ja_time.py``,
``guard/ja_voice.py``, ``guard/ja_items.py``, ``guard/cases.py``, ``guard/modality.py``,
``guard/benefactive.py``), on probe pairs the reviewer wrote (none taken from an evaluation
file or from the authors' tests): wrong pairs of the kinds the rules claim, in other wordings,
and natural paraphrases they might refuse (たら / ば / と, 後に / てから, まで待つ, lists
reordered, 入れますか, polite requests, honorific receiving, 取れる as a potential).

Every pair is checked with the real embedder's cosine at the default threshold (0.75), the real
analysers and the default guard, both ways round. The first two lists failed on main before
the review's fixes (25dd7e1): a verbal noun with its time written after it (授業中, 手術後),
a counter's まで / から (5歳まで / 5歳から), a conditional たら read as a clause of a noun (スマホ
を壊したら保証), a giving verb with a receiving auxiliary against the speaker's "can I / may I"
give (貸していただけますか / 貸せますか), "I can't X it" against "it won't X" (one trouble, not a
change of voice), and a verb's 連用形 before a noun taken for the predicate (折り返し電話).
The last two lists were right before and stay right.
"""

from __future__ import annotations

import pytest
from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.benefactive import giver_changed
from yamabiko.guard.ja_voice import voice_changed

GUARD = Guard()
THRESHOLD = 0.75

#: wrong pairs served before the review: (cached, query, lang, reason)
FIXED_WRONG = [
    ("授業中に電話してもいいですか？",
     "授業の後に電話してもいいですか？", "ja", "clause:授業する:中->後"),
    ("5歳まで無料ですか？", "5歳から無料ですか？", "ja", "roles:5歳:まで->から"),
    ("スマホを壊したら保証されますか？",
     "スマホが壊れたら保証されますか？", "ja", "voice:壊す->壊れる"),
    ("本を貸してくれますか？", "本を貸してもいいですか？", "ja", "giver:貸す"),
    ("お金を貸していただけますか？", "お金を貸せますか？", "ja", "giver:貸す"),
    ("服を売っていただけますか？", "服を売れますか？", "ja", "giver:売る"),
    ("車を売っていただけますか？", "車を売ってもいいですか？", "ja", "giver:売る"),
]  # fmt: skip

#: paraphrases refused before the review: (cached, query, lang)
FIXED_SERVED = [
    ("担当者から折り返し電話をいただけますか？", "担当者に折り返し電話していただけますか？", "ja"),
    ("ドアが開かないのですが", "ドアを開けられないのですが", "ja"),
    ("エアコンが止まらないのですが", "エアコンを止められないのですが", "ja"),
    ("鍵がかからないのですが", "鍵をかけられないのですが", "ja"),
    ("窓が閉まりません", "窓を閉められません", "ja"),
    ("画面が消えないのですが", "画面を消せないのですが", "ja"),
    ("業者から折り返し連絡をもらえますか？", "業者に折り返し連絡してもらえますか？", "ja"),
]  # fmt: skip

#: wrong pairs refused before and after (any reason)
KEPT_WRONG = [
    ("チェックインする前に荷物を預けられますか？",
     "チェックインした後に荷物を預けられますか？", "ja"),
    ("運動した後にお風呂に入ってもいいですか？", "運動する前にお風呂に入ってもいいですか？", "ja"),
    ("退院するまで保険は使えますか？", "退院してから保険は使えますか？", "ja"),
    ("飛行機に乗る前に充電できますか？", "飛行機に乗っている間に充電できますか？", "ja"),
    ("出産までに申請が必要ですか？", "出産後に申請が必要ですか？", "ja"),
    ("結婚する前に名義変更が必要ですか？", "結婚したら名義変更が必要ですか？", "ja"),
    ("入社してから健康診断を受けますか？", "入社する前に健康診断を受けますか？", "ja"),
    ("寝る前にコーヒーを飲んでもいいですか？", "起きてからコーヒーを飲んでもいいですか？", "ja"),
    ("支払いが済んでから商品を受け取れますか？", "支払いが済むまで商品を受け取れますか？", "ja"),
    ("食事中に薬を飲んでもいいですか？", "食前に薬を飲んでもいいですか？", "ja"),
    ("月曜日まで休みですか？", "月曜日から休みですか？", "ja"),
    ("成田空港まで電車で行けますか？", "成田空港から電車で行けますか？", "ja"),
    ("12月まで使えますか？", "12月から使えますか？", "ja"),
    ("実家まで荷物を送れますか？", "実家から荷物を送れますか？", "ja"),
    ("本社まで書類を届けてもらえますか？", "本社から書類を届けてもらえますか？", "ja"),
    ("先輩から教えてもらえますか？", "先輩に教えてあげられますか？", "ja"),
    ("祖父母から贈与を受けたら税金はかかりますか？",
     "祖父母に贈与したら税金はかかりますか？", "ja"),
    ("友人からプレゼントをいただいた場合、お返しは必要ですか？",
     "友人にプレゼントを差し上げた場合、お返しは必要ですか？", "ja"),
    ("取引先から商品を買い取れますか？", "取引先に商品を売れますか？", "ja"),
    ("お客様から荷物を受け取れますか？", "お客様に荷物を渡せますか？", "ja"),
    ("会社から給料を受け取るのはいつですか？", "会社に給料を払うのはいつですか？", "ja"),
    ("車を壊してしまいました", "車が壊れてしまいました", "ja"),
    ("予約を変えたいのですが", "予約が変わったのですが", "ja"),
    ("荷物を届けたいのですが", "荷物が届いたのですが", "ja"),
    ("電源を切りたいのですが", "電源が切れたのですが", "ja"),
    ("お湯を沸かしたいのですが", "お湯が沸いたのですが", "ja"),
    ("ご飯と味噌汁はおかわりできますか？", "ご飯はおかわりできますか？", "ja"),
    ("印鑑や通帳は必要ですか？", "通帳は必要ですか？", "ja"),
    ("ノートパソコンとタブレットを持ち込めますか？", "ノートパソコンを持ち込めますか？", "ja"),
    ("子供と犬も泊まれますか？", "子供も泊まれますか？", "ja"),
    ("ビールとワインは飲み放題ですか？", "ワインは飲み放題ですか？", "ja"),
    ("どの色でも選べますか？", "この色を選べますか？", "ja"),
    ("いつでもキャンセルできますか？", "今キャンセルできますか？", "ja"),
    ("どこでも使えますか？", "ここで使えますか？", "ja"),
    ("どの日でも予約できますか？", "土曜日に予約できますか？", "ja"),
    ("どこに駐車しなければいけませんか？", "どこに駐車できますか？", "ja"),
    ("何時までにチェックアウトする必要がありますか？",
     "何時までにチェックアウトできますか？", "ja"),
    ("誰が申請しなければなりませんか？", "誰が申請できますか？", "ja"),
    ("いつ支払わなければなりませんか？", "いつ支払えますか？", "ja"),
    ("犬はお店に入れますか？", "犬をお店に入れる必要がありますか？", "ja"),
    ("車を貸していただけますか？", "車を借りていただけますか？", "ja"),
    ("傘を売っていただけますか？", "傘を買い取っていただけますか？", "ja"),
    ("手術前に食事できますか？", "手術後に食事できますか？", "ja"),
    ("入学前に健康診断が必要ですか？", "入学後に健康診断が必要ですか？", "ja"),
    ("2名から予約できますか？", "2名まで予約できますか？", "ja"),
    ("ロックを外したいのですが", "ロックが外れたのですが", "ja"),
]  # fmt: skip

#: paraphrases served before and after
KEPT_SERVED = [
    ("雨が降ったら試合は中止ですか？", "雨が降れば試合は中止ですか？", "ja"),
    ("雨が降ったら試合は中止ですか？", "雨が降ると試合は中止ですか？", "ja"),
    ("ボタンを押すと電源が入りますか？", "ボタンを押したら電源が入りますか？", "ja"),
    ("支払いが終わったら領収書をもらえますか？",
     "支払いが終わった後に領収書をもらえますか？", "ja"),
    ("会員登録した後にクーポンは使えますか？", "会員登録してからクーポンは使えますか？", "ja"),
    ("食べた後で歯を磨くべきですか？", "食べてから歯を磨くべきですか？", "ja"),
    ("注文した後にキャンセルできますか？", "注文してからキャンセルできますか？", "ja"),
    ("18歳になったら免許を取れますか？", "18歳になれば免許を取れますか？", "ja"),
    ("迎えが来るまで待っていてもいいですか？", "迎えが来るまでここで待ってもいいですか？", "ja"),
    ("引っ越した後で住所変更が必要ですか？", "引っ越したら住所変更が必要ですか？", "ja"),
    ("出発前に連絡すればいいですか？", "出発する前に連絡すればいいですか？", "ja"),
    ("薬を飲んだ後に運転できますか？", "薬を飲んでから運転できますか？", "ja"),
    ("キャンセルすると返金されますか？", "キャンセルしたら返金されますか？", "ja"),
    ("キャンセルすれば返金されますか？", "キャンセルした場合、返金されますか？", "ja"),
    ("荷物が届くまで待つしかないですか？", "荷物が届くのを待つしかないですか？", "ja"),
    ("結果が出るまでどのくらいかかりますか？", "結果が出るのにどのくらいかかりますか？", "ja"),
    ("アプリから予約できますか？", "アプリで予約できますか？", "ja"),
    ("ネットから申し込めますか？", "インターネットで申し込めますか？", "ja"),
    ("駅までどのくらいかかりますか？", "駅へはどのくらいかかりますか？", "ja"),
    ("空港まで行くバスはありますか？", "空港行きのバスはありますか？", "ja"),
    ("5歳まで無料ですか？", "5歳以下は無料ですか？", "ja"),
    ("会社から書類を送ってもらえますか？", "会社に書類を送ってもらえますか？", "ja"),
    ("店から商品を届けていただけますか？", "店に商品を届けてもらえますか？", "ja"),
    ("先生からお手本を見せてもらえますか？", "先生にお手本を見せていただけますか？", "ja"),
    ("資料を頂戴できますか？", "資料をいただけますか？", "ja"),
    ("担当者から折り返し電話をいただけますか？", "担当者から折り返し電話をもらえますか？", "ja"),
    ("予約は取れますか？", "予約はできますか？", "ja"),
    ("休みを取れますか？", "休みが取れますか？", "ja"),
    ("有給休暇を取れますか？", "有給休暇を取ることはできますか？", "ja"),
    ("友達にお金を返してもらえますか？", "友達からお金を返してもらえますか？", "ja"),
    ("お湯が出ますか？", "お湯を出せますか？", "ja"),
    ("次のバス停で止めてもらえますか？", "次のバス停で止めていただけますか？", "ja"),
    ("エアコンを止めてもらえますか？", "エアコンを止めてくれますか？", "ja"),
    ("この車は自動で止まりますか？", "この車は自動で停止しますか？", "ja"),
    ("電気が消えないのですが", "電気を消すことができないのですが", "ja"),
    ("牛乳と卵は使っていますか？", "卵と牛乳は使っていますか？", "ja"),
    ("パスポートや運転免許証で本人確認できますか？",
     "運転免許証やパスポートで本人確認できますか？", "ja"),
    ("朝食と夕食は付いていますか？", "朝ご飯と夕ご飯は付いていますか？", "ja"),
    ("スマホやパソコンから予約できますか？", "パソコンやスマートフォンから予約できますか？", "ja"),
    ("タオルと歯ブラシは部屋にありますか？", "部屋にタオルと歯ブラシはありますか？", "ja"),
    ("どのカードでも使えますか？", "どんなカードでも使えますか？", "ja"),
    ("どの店舗でも返品できますか？", "どこの店舗でも返品できますか？", "ja"),
    ("荷物をロッカーに入れられますか？", "ロッカーに荷物を入れることはできますか？", "ja"),
    ("冷蔵庫に入れる必要がありますか？", "冷蔵庫に入れなければなりませんか？", "ja"),
    ("どこで受け取れますか？", "どこで受け取ることができますか？", "ja"),
    ("何を持っていけばいいですか？", "何を持っていく必要がありますか？", "ja"),
    ("ペットを部屋に入れてもいいですか？", "ペットを部屋に入れられますか？", "ja"),
    ("充電器を貸していただけますか？", "充電器をお借りできますか？", "ja"),
    ("部屋を貸していただけますか？", "部屋を借りられますか？", "ja"),
    ("教科書を売ってもらえますか？", "教科書を購入できますか？", "ja"),
    ("会議室を貸してもらうことはできますか？", "会議室を借りることはできますか？", "ja"),
    ("ペンを貸してくれませんか？", "ペンを借りてもいいですか？", "ja"),
    ("部屋を貸していただけますか？", "部屋は貸していますか？", "ja"),
    ("車を売っていただけますか？", "車を買えますか？", "ja"),
    ("工事中は駐車場を使えますか？", "工事の間は駐車場を使えますか？", "ja"),
    ("手術後に入浴できますか？", "手術の後で入浴できますか？", "ja"),
    ("食事中に水を飲んでもいいですか？", "食事の時に水を飲んでもいいですか？", "ja"),
    ("3歳まで無料ですか？", "3歳までは無料ですか？", "ja"),
]  # fmt: skip


@pytest.fixture(scope="module")
def cosines(embedder) -> dict[tuple[str, str], float]:
    """The default embedder's cosine of each pair."""
    return pair_cosines(embedder, FIXED_WRONG, FIXED_SERVED, KEPT_WRONG, KEPT_SERVED)


def test_the_reviews_wrong_pairs_are_refused_with_their_reason(cosines) -> None:
    assert_refused_with_reasons(GUARD, FIXED_WRONG, cosines, THRESHOLD, either_side=True)


def test_the_reviews_paraphrases_are_served(cosines) -> None:
    assert_served(GUARD, FIXED_SERVED, cosines, THRESHOLD, either_side=True)


def test_the_wrong_pairs_refused_before_stay_refused(cosines) -> None:
    for cached, query, lang in KEPT_WRONG:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        assert not GUARD.check(query, cached, lang, cosine, THRESHOLD).accept, (cached, query)


def test_the_paraphrases_served_before_stay_served(cosines) -> None:
    assert_served(GUARD, KEPT_SERVED, cosines, THRESHOLD)


def _voice(query: str, cached: str) -> str:
    return voice_changed(query, cached, analyse(query, "ja"), analyse(cached, "ja"))


def _giver(query: str, cached: str) -> str:
    return giver_changed(query, cached, analyse(query, "ja"), analyse(cached, "ja"))


def test_cannot_and_will_not_are_one_trouble_but_not_wanting() -> None:
    assert _voice("窓が閉まりません", "窓を閉められません") == ""
    assert _voice("窓が閉まりました", "窓を閉めたいです") == "閉める->閉まる"
    # only the を side's potential: 閉めない (I don't close it) is no trouble report
    assert _voice("窓が閉まりません", "窓を閉めません") == "閉める->閉まる"
    # a conditional たら is no clause modifying the noun after it
    found = _voice("スマホが壊れたら保証されますか", "スマホを壊したら保証されますか")
    assert found == "壊す->壊れる"


def test_the_giver_changes_only_against_can_or_may() -> None:
    assert _giver("傘を貸せますか", "傘を貸していただけますか") == "貸す"
    assert _giver("傘を貸してもいいですか", "傘を貸してくれますか") == "貸す"
    assert _giver("服を売ることはできますか", "服を売ってもらえますか") == "売る"
    assert _giver("部屋は貸していますか", "部屋を貸していただけますか") == ""  # the business
    assert _giver("傘を貸してくれますか", "傘を貸していただけますか") == ""  # both receive
    assert _giver("傘を借りられますか", "傘を貸していただけますか") == ""  # the converse
