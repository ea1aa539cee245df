"""Session-18 Japanese wrong serves, by kind (``guard/ja_time.py``, ``guard/ja_voice.py``,
``guard/ja_items.py``, ``guard/cases.py``, ``guard/modality.py``): a time clause of another
relation on the same event (食事をしてから / 食事のときに, チェックアウトしてから /
チェックアウトまで), まで against から (空港まで / 空港から, 18時まで / 18時から), one side giving
and the other receiving (友達からもらう / 友達にあげる), a transitive verb against its
intransitive twin (水道を止めたい / 水道が止まった), an item joined to a shared noun (住民票と
印鑑証明書 / 住民票), "any" against one (どのカードでも / このカードで) and the modality of
questions with the same question word (何歳から予約が必要ですか / 何歳から予約できますか) or
with 入れますか read as 入る's potential.

Every probe is written for this file in everyday FAQ wording, in several wordings per kind
(none taken from an evaluation file), and checked with the real embedder's cosine at the
default threshold (0.75), the real analysers and the default guard. Each wrong serve below was
served by the guard before this change (main at a122cf1); the paraphrases next to them stay
served (会社から車を買い取れますか / 会社に車を買い取れますか was refused before as a source /
goal change: 買い取る receives). The two pairs of 買い取る / 引き取る against てもらう were
refused before for the wrong reason (買い取る was not known to receive) and are kept here so
that knowing it does not serve them.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.cases import source_goal_changed
from yamabiko.guard.ja_items import any_dropped, item_added
from yamabiko.guard.ja_time import clause_changed, differ
from yamabiko.guard.ja_voice import twins, voice_changed
from yamabiko.guard.modality import ja_modality

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, the reason the guard now gives)
WRONG = [
    ("食事をしてから薬を飲んでもいいですか？", "食事のときに薬を飲んでもいいですか？",
     "ja", "clause:食事する:てから->時"),
    ("チェックアウトしてから荷物を預けられますか？", "チェックアウトまで荷物を預けられますか？",
     "ja", "clause:チェックアウトする:てから->まで"),
    ("18時まで営業していますか？", "18時から営業していますか？", "ja", "roles:18時:まで->から"),
    ("退職してから健康保険はどうなりますか？", "退職するまで健康保険はどうなりますか？",
     "ja", "clause:退職する:てから->まで"),
    ("電車に乗るときに切符を買えますか？", "電車に乗ってから切符を買えますか？",
     "ja", "clause:乗る:時->てから"),
    ("運転するときに眼鏡が必要ですか？", "運転した後で眼鏡が必要ですか？",
     "ja", "clause:運転する:時->後"),
    ("手術を受けるまで食事はできますか？", "手術を受けてから食事はできますか？",
     "ja", "clause:受ける:まで->てから"),
    ("荷物が届くまで待てばいいですか？", "荷物が届いてから待てばいいですか？",
     "ja", "clause:届く:まで->てから"),
    ("登録するときにメールアドレスは必要ですか？", "登録した後でメールアドレスは必要ですか？",
     "ja", "clause:登録する:時->後"),
    ("ポイントを友達からもらえますか？", "ポイントを友達にあげられますか？",
     "ja", "roles:友達:から->に"),
    ("水道を止めたいのですが", "水道が止まったのですが", "ja", "voice:止める->止まる"),
    ("エンジンを止めてもいいですか？", "エンジンが止まってもいいですか？",
     "ja", "voice:止める->止まる"),
    ("暖房をつけられますか？", "暖房がつきますか？", "ja", "voice:つける->付く"),
    ("お湯を沸かせますか？", "お湯が沸きますか？", "ja", "voice:沸く+せる->沸く"),
    ("空港まで送迎してもらえますか？", "空港から送迎してもらえますか？",
     "ja", "roles:空港:まで->から"),
    ("駅までバスは出ていますか？", "駅からバスは出ていますか？", "ja", "roles:駅:まで->から"),
    ("東京までの新幹線はいくらですか？", "東京からの新幹線はいくらですか？",
     "ja", "roles:東京:まで->から"),
    ("大阪へ引っ越すとき住民票はどうしますか？", "大阪から引っ越すとき住民票はどうしますか？",
     "ja", "roles:大阪:へ->から"),
    ("ホテルまでタクシーで何分ですか？", "ホテルからタクシーで何分ですか？",
     "ja", "roles:ホテル:まで->から"),
    ("どのカードでも払えますか？", "このカードで払えますか？", "ja", "scope:どの+でも"),
    ("住民票と印鑑証明書はコンビニで取れますか？", "住民票はコンビニで取れますか？",
     "ja", "item:印鑑証明書"),
    ("いつまでに予約しないといけませんか？", "いつまでに予約できますか？",
     "ja", "modality:must->can"),
    ("何歳から予約が必要ですか？", "何歳から予約できますか？", "ja", "modality:must->can"),
    ("犬は店内に入れますか？", "犬を店内に入れなければなりませんか？", "ja", "modality:can->must"),
    ("授業が終わってから面談できますか？", "授業が終わるまで面談できますか？",
     "ja", "clause:終わる:てから->まで"),
    ("入浴するときに補聴器は外しますか？", "入浴した後で補聴器は外しますか？",
     "ja", "clause:入浴する:時->後"),
    ("ログインするときにパスワードを変更できますか？",
     "ログインしてからパスワードを変更できますか？", "ja", "clause:ログインする:時->てから"),
    ("閉店まで駐車場は使えますか？", "閉店してから駐車場は使えますか？",
     "ja", "clause:閉店する:まで->てから"),
    ("試験が始まるまで教室に入れますか？", "試験が始まってから教室に入れますか？",
     "ja", "clause:始まる:まで->てから"),
    ("親から仕送りを受け取ったら申告が必要ですか？", "親に仕送りをしたら申告が必要ですか？",
     "ja", "roles:親:から->に"),
    ("窓を閉めてもらえますか？", "窓が閉まりますか？", "ja", "voice:閉める->閉まる"),
    ("ガスを止めたいのですが", "ガスが止まってしまったのですが", "ja", "voice:止める->止まる"),
    ("エアコンを消してもいいですか？", "エアコンが消えてもいいですか？",
     "ja", "voice:消す->消える"),
    ("駅まで迎えに来てもらえますか？", "駅から迎えに来てもらえますか？",
     "ja", "roles:駅:まで->から"),
    ("病院までのシャトルバスはありますか？", "病院からのシャトルバスはありますか？",
     "ja", "roles:病院:まで->から"),
    ("学校まで歩いて行けますか？", "学校から歩いて行けますか？", "ja", "roles:学校:まで->から"),
    ("10時まで受付していますか？", "10時から受付していますか？", "ja", "roles:10時:まで->から"),
    ("どの駅でも切符を払い戻せますか？", "この駅で切符を払い戻せますか？", "ja", "scope:どの+でも"),
    ("どの窓口で申請しなければいけませんか？", "どの窓口で申請できますか？",
     "ja", "modality:must->can"),
    ("猫は部屋に入れますか？", "猫を部屋に入れないといけませんか？", "ja", "modality:can->must"),
    ("何時までに返却しなければいけませんか？", "何時までに返却できますか？",
     "ja", "modality:must->can"),
    # the company buys (に + てもらう) / the company sells (から + 買い取る)
    ("会社から車を買い取れますか？", "会社に車を買い取ってもらえますか？", "ja",
     "roles:会社:から->に"),
    ("業者から家具を引き取れますか？", "業者に家具を引き取ってもらえますか？", "ja",
     "roles:業者:から->に"),
]  # fmt: skip

#: (cached, query, lang): the same question, served
SERVED = [
    ("食事をしてから薬を飲んでもいいですか？", "食事の後で薬を飲んでもいいですか？", "ja"),
    ("ワクチンを打ってからお風呂に入れますか？", "ワクチンを打ったらお風呂に入れますか？", "ja"),
    ("荷物が届く前に連絡をもらえますか？", "荷物が届くまでに連絡をもらえますか？", "ja"),
    ("電車に乗るときに切符を買えますか？", "電車に乗る時に切符を買えますか？", "ja"),
    ("到着してからチェックインできますか？", "到着した後でチェックインできますか？", "ja"),
    ("母に借りたお金は返すべきですか？", "母から借りたお金は返すべきですか？", "ja"),
    ("友達からポイントをもらえますか？", "友達にポイントをもらえますか？", "ja"),
    ("会社から車を買い取れますか？", "会社に車を買い取れますか？", "ja"),
    ("空港まで送迎してもらえますか？", "空港へ送迎してもらえますか？", "ja"),
    ("駅までバスは出ていますか？", "駅に行くバスはありますか？", "ja"),
    ("海外へ荷物を送れますか？", "海外に荷物を送れますか？", "ja"),
    ("全部返品できますか？", "すべて返品できますか？", "ja"),
    ("平日のみ利用できますか？", "平日だけ利用できますか？", "ja"),
    ("1泊ごとに料金がかかりますか？", "1泊あたり料金がかかりますか？", "ja"),
    ("1回につき500円ですか？", "1回ごとに500円ですか？", "ja"),
    ("台風で欠航した場合、返金されますか？", "台風のため欠航した場合、返金されますか？", "ja"),
    ("病気のため欠席した場合、返金されますか？", "病気で欠席した場合、返金されますか？", "ja"),
    ("解約したいのですが", "解約したいです", "ja"),
    ("パスポートと免許証が必要ですか？", "免許証とパスポートが必要ですか？", "ja"),
    ("朝食は料金に含まれますか？", "朝ごはんは料金に含まれますか？", "ja"),
    ("全額返金されますか？", "全額を返してもらえますか？", "ja"),
    ("海外旅行保険に入れますか？", "海外旅行の保険に入れますか？", "ja"),
    ("契約を延長できますか？", "契約を延ばせますか？", "ja"),
    ("何を持って行かなければなりませんか？", "何を持って行く必要がありますか？", "ja"),
    ("どこで手続きできますか？", "どこで手続きが可能ですか？", "ja"),
    ("予約しないといけませんか？", "予約が必要ですか？", "ja"),
    ("授業が終わってから面談できますか？", "授業の後で面談できますか？", "ja"),
    ("ログインしたらパスワードを変更できますか？", "ログインしてからパスワードを変更できますか？",
     "ja"),
    ("出国する前に税金の手続きが必要ですか？", "出国前に税金の手続きが必要ですか？", "ja"),
    ("入浴するときに補聴器は外しますか？", "お風呂に入る時に補聴器は外しますか？", "ja"),
    ("友人から車を借りたら保険はどうなりますか？", "友人に車を借りたら保険はどうなりますか？",
     "ja"),
    ("業者に家具を引き取ってもらえますか？", "業者に家具を回収してもらえますか？", "ja"),
    ("窓を閉めてもらえますか？", "窓を閉めていただけますか？", "ja"),
    ("予約を取れますか？", "予約が取れますか？", "ja"),
    ("英語を話せる人はいますか？", "英語が話せる人はいますか？", "ja"),
    # I can't / it won't: one trouble (moved from WRONG by the session-18 review, ja_voice)
    ("電気を消せないのですが", "電気が消えないのですが", "ja"),
    ("ドアを開けられません", "ドアが開きません", "ja"),
    ("駅まで迎えに来てもらえますか？", "駅へ迎えに来てもらえますか？", "ja"),
    ("10時から18時まで受付していますか？", "受付は10時から18時までですか？", "ja"),
    ("いつでも解約できますか？", "いつでも解約は可能ですか？", "ja"),
    ("スーツとネクタイはクリーニングできますか？", "ネクタイとスーツはクリーニングできますか？",
     "ja"),
    ("何を用意しなければなりませんか？", "何を用意する必要がありますか？", "ja"),
]  # fmt: skip


def test_wrong_serves_are_refused_with_their_reason(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    assert_refused_with_reasons(GUARD, WRONG, cosines, THRESHOLD, either_side=True)


def test_paraphrases_stay_served(embedder) -> None:
    assert_served(GUARD, SERVED, pair_cosines(embedder, SERVED), THRESHOLD, either_side=True)


def test_relations_in_time() -> None:
    assert differ("after", "during") and differ("before", "until") and differ("until", "after")
    assert not differ("if", "after") and not differ("if", "during") and not differ("", "before")
    assert differ("if", "before")
    # a past verb's とき is "after"; the same relation in other words is no change
    assert clause_changed("食事した時に飲めますか", "食事してから飲めますか") == ""
    assert clause_changed("届いたら連絡しますか", "届いた場合連絡しますか") == ""
    assert clause_changed("届く前に連絡しますか", "届くまでに連絡しますか") == ""
    assert clause_changed("届くまで待ちますか", "届く前に待ちますか") == "届く:前->まで"


def test_source_and_goal_with_until_and_receiving_verbs() -> None:
    assert source_goal_changed("駅から歩けますか", "駅まで歩けますか") == "駅:まで->から"
    assert source_goal_changed("3時から開いていますか", "3時に開いていますか") == ""  # a time
    assert source_goal_changed("東京から住めますか", "東京に住めますか") == ""  # a place's に
    # 買い取る receives (a compound ending in 取る): its に names the source
    assert source_goal_changed("会社に車を買い取れますか", "会社から車を買い取れますか") == ""
    # one side receives, the other gives
    assert source_goal_changed("母に貸しました", "母から借りました") == "母:から->に"
    assert source_goal_changed("母に貸してもらいました", "母から借りました") == ""  # a favour
    # 3時から5時まで: both in one prompt, nothing to compare
    assert source_goal_changed("3時から5時まで開いていますか", "5時まで開いていますか") == ""


def test_transitive_and_intransitive_twins() -> None:
    assert twins("止める", False, "止まる", False)
    assert twins("沸く", True, "沸く", False)  # the causative 沸かせる
    assert not twins("取る", False, "取れる", False)  # the potential's shape
    assert not twins("払う", False, "払い戻す", False)  # a compound
    assert _voice("予約が取れますか", "予約を取れますか") == ""
    assert _voice("英語が話せますか", "英語を話せますか") == ""  # one verb
    assert _voice("パンが乗った皿です", "パンを乗せた皿です") == ""  # a description
    assert _voice("電気が消えません", "電気を消せません") == ""  # I can't / it won't (review)
    assert _voice("電気が消えました", "電気を消したいのですが") == "消す->消える"


def _voice(query: str, cached: str) -> str:
    return voice_changed(query, cached, analyse(query, "ja"), analyse(cached, "ja"))


def _items(query: str, cached: str) -> tuple[str, str]:
    a, b = analyse(query, "ja"), analyse(cached, "ja")
    return item_added(query, cached, a, b), any_dropped(query, cached, a, b)


def test_added_items_and_any() -> None:
    assert _items("犬を預けられますか", "犬と猫を預けられますか")[0] == "猫"
    assert _items("散歩できますか", "犬と散歩できますか")[0] == ""  # a partner, not a list
    assert _items("犬と猫を預けられますか", "猫と犬を預けられますか")[0] == ""
    assert _items("このカードで払えますか", "どのカードでも払えますか")[1] == "どの+でも"
    assert _items("全てのカードで払えますか", "どのカードでも払えますか")[1] == ""  # all


def test_the_modality_of_iremasu_and_of_questions_with_a_question_word() -> None:
    assert ja_modality("犬は店内に入れますか？") == "ability"  # 入る's potential
    assert ja_modality("荷物を入れますか？") == "plain"  # 入れる: something is put in
    assert ja_modality("何を持って行けますか？") == "plain"  # (a question word)
