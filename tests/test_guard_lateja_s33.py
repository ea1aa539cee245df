"""Session-33 late round, Japanese: a count said on one side only.

``guard/minpair_stage.py`` (:func:`_count_added`): a numeral and its counter (三枚, 五つ, 6枚)
that one prompt adds and the other lacks ask for so many: another question. The minimal-pair
check refuses it (``insertion:三``), but in the boosted trees' band the trees overturned the
refusal of two long prompts that differ by a number alone (四枚, 五つ: ``learned-accept``).
Now a Japanese insertion or deletion of numbers only is not the trees' to serve, as a firm
rejection is not; a count replaced by another stays the ``number`` check's, and the same count
written two ways (二枚 / 2枚, 三つ / みっつ) is no change. A count of one stays the trees' to
weigh (a bare Japanese noun is one thing as often as not: 一枚いくら asks the price of one).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. On the code before this change the 四枚 and 五つ twins were
served (learned-accept:0.79, 0.72); the other twins, whose counter the units keep as a word
(三 + 名) or whose cosine is outside the trees' reach, were refused before and after with the
same reasons, and the paraphrases were served before and after.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard

GUARD = Guard()
THRESHOLD = 0.75

#: a count added on one side (refused whichever side is cached)
COUNT_ADDED = [
    ("夏祭りの入場券を予約できますか？",
     "夏祭りの入場券を二枚予約できますか？", "ja", "insertion:二"),
    ("花火大会の指定席を予約できますか？",
     "花火大会の指定席を四枚予約できますか？", "ja", "insertion:四"),
    ("盆踊り大会の浴衣を借りられますか？",
     "盆踊り大会の浴衣を二着借りられますか？", "ja", "insertion:二+着"),
    ("料理教室の材料を買えますか？",
     "料理教室の材料を三人分買えますか？", "ja", "insertion:三+分"),
    ("運動会のお弁当を注文できますか？",
     "運動会のお弁当を五つ注文できますか？", "ja", "insertion:五"),
    ("水族館の年間パスポートを申し込めますか？",
     "水族館の年間パスポートを二枚申し込めますか？", "ja", "insertion:二"),
    ("陶芸教室の体験に申し込めますか？",
     "陶芸教室の体験に三名申し込めますか？", "ja", "insertion:三+名"),
    ("動物園の入園券を窓口で買えますか？",
     "動物園の入園券を窓口で6枚買えますか？", "ja", "insertion:6"),
    ("キャンプ場のテントを借りられますか？",
     "キャンプ場のテントを二張り借りられますか？", "ja", "insertion:二"),
    ("美術館の音声ガイドを借りられますか？",
     "美術館の音声ガイドを2台借りられますか？", "ja", "insertion:2+台"),
    ("植物園の鉢植えを持ち帰れますか？",
     "植物園の鉢植えを三鉢持ち帰れますか？", "ja", "insertion:三+鉢"),
    ("遊園地のフリーパスを予約できますか？",
     "遊園地のフリーパスを四人分予約できますか？", "ja", "insertion:四+分"),
    ("映画館の座席を予約できますか？",
     "映画館の座席を八席予約できますか？", "ja", "insertion:八+席"),
    ("ボウリング場のレーンを予約できますか？",
     "ボウリング場のレーンを二レーン予約できますか？", "ja", "insertion:レーン+二"),
    ("ケーキ屋の誕生日ケーキを注文できますか？",
     "ケーキ屋の誕生日ケーキを二つ注文できますか？", "ja", "insertion:二"),
    ("温泉旅館の部屋を予約できますか？",
     "温泉旅館の部屋を三部屋予約できますか？", "ja", "insertion:部屋+三"),
    ("バス旅行の座席を取れますか？",
     "バス旅行の座席を十席取れますか？", "ja", "insertion:十+席"),
]  # fmt: skip

#: one count on both sides, written two ways, and paraphrases without a count: served
SERVED = [
    ("花火大会の指定席を二枚予約できますか？", "花火大会の指定席を2枚予約できますか？", "ja"),
    ("運動会のお弁当を三つ注文できますか？", "運動会のお弁当をみっつ注文できますか？", "ja"),
    ("夏祭りの入場券は予約できますか？", "夏祭りの入場券って予約できる？", "ja"),
    ("花火大会の指定席を予約できますか？", "花火大会の指定席は予約可能ですか？", "ja"),
    ("運動会のお弁当を注文できますか？", "運動会のお弁当は注文できますか？", "ja"),
    # a count of one is the trees' to weigh, as before: 一枚いくら asks the price of one
    ("クリーニングのワイシャツの料金は一枚いくらですか？",
     "クリーニング ワイシャツ 料金？", "ja"),
]  # fmt: skip

cosines = cosines_fixture(COUNT_ADDED, SERVED)


def test_a_count_on_one_side_only_is_refused(cosines: dict) -> None:
    assert_refused_with_reasons(GUARD, COUNT_ADDED, cosines, THRESHOLD, either_side=True)


def test_a_count_said_two_ways_or_none_is_served(cosines: dict) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_a_count_dropped_names_the_deletion(cosines: dict) -> None:
    cached, query = "運動会のお弁当を五つ注文できますか？", "運動会のお弁当を注文できますか？"
    cosine = cosines[query, cached]  # (the pair above, the other way round)
    verdict = GUARD.check(query, cached, "ja", cosine, THRESHOLD)
    assert (verdict.accept, verdict.reason) == (False, "deletion:五")
