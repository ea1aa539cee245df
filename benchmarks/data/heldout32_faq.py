"""The thirty-second held-out FAQ set (``faq-heldout32.jsonl``): the script that writes the pairs
written by hand in ``heldout32_faq_en.py`` and ``heldout32_faq_ja.py``.

    python benchmarks/data/heldout32_faq.py           # rewrite faq-heldout32.jsonl
    python benchmarks/data/heldout32_faq.py --check   # is it up to date?

Written in session 38 (7 December 2026, from 21:08 UTC) by the ``heldout32`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched
for domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: a waxworks museum, a beatboxing workshop, a boomerang-making class, a monster truck show,
a jousting tournament, holiday dialysis, a catacombs tour, a sundial maker, a snow globe workshop,
a lighthouse tour, an air show, a submarine museum; eスポーツ大会, 監獄博物館, 昆虫食レストラン,
就活の模擬面接, ボートレース場, ロケット打ち上げ見学, 火山ガイドツアー, 株主総会,
トリックアート美術館, からくり人形教室, ヘアドネーション, カバディ体験会. (Braille transcription, a
smokery, a time capsule, a model village, snail racing, greyhound racing, an oyster festival, a
regatta, a velodrome, a sleeper train, a poultry show, toe wrestling, lawnmower racing, a
demolition derby, a bathtub race, a mustard shop, theremin and didgeridoo lessons, reflexology, an
ice bath, a watermill, a cosplay convention, a sewer tour, cassette digitising, an ice rink,
quoits, disc golf, a gliding club, moorings, a weathervane maker, astrology, a straw bear festival,
a coal-carrying race, 魚市場の競り見学, ミュージカル, アイドルの握手会, 移住相談, 滝行, 天文台,
居合, 鷹匠, 流氷, 砂むし風呂, 電車の運転体験, 彫金, 香道, 整理収納, 風水 and 姓名判断, 上棟式,
針供養, 人形浄瑠璃, 電動キックボード, スポーツ吹矢, 棚田オーナー, 骨髄バンク, クルーズ, ベーゴマ,
山車, コスプレ, 犬の幼稚園, ジオラマ, ちくわ and 狂言 were dropped once a search of the older texts
found the domain or a neighbouring one there: 点字教室, 燻製教室 and smoked cheese, タイムカプセル,
model railways, ferret racing and a duck race, oysters, rowing, cycling, 寝台列車 and railcards,
rescue hens, arm-wrestling, go-karting and a soapbox derby, rafting, hot sauce, ukulele, harmonica
and steel pan lessons, sports massage and podiatry, cryotherapy, a windmill tour, costume hire, a
mine tour, VHS ダビング, a roller rink, 輪投げ, frisbee, gliders, a marina and narrowboats, a
blacksmith, tarot, Morris dancing, a wife-carrying race, まぐろ解体ショー and 市場, concert
tickets, サイン会, 空き家バンク, 宿坊 and 写経, 天体観測, 剣道 and swords, falconry, 遊覧船, 岩盤浴
and 足湯, 一日駅長 and 観光列車, jewellery-making, お香作り, 家事代行, 占い, 地鎮祭, 人形供養,
文楽, レンタサイクル, darts, 田植え, the organ donor register, ferries and 屋形船, 独楽, 神輿, 仮装
and fancy dress, dog agility and ペットシッター, プラモデル教室, かまぼこ and 能楽.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout31.jsonl``. Minimal pairs mix the kinds: 2pm/6pm, 5/15
December, Sunday mornings/evenings, 午前9時/午後9時, 六月二十六日/二十八日, 火曜/水曜, before/after
(the horror room, 講義の前に/後に), next to/behind (the car park), beside/opposite (the museum),
入口の前/奥, 正門の隣/裏, east to west/west to east, up the stairs/down to the cellar, into/with
the wind, 時計回り/反時計回り, 左に/右に, 東の棟から西へ/西の棟から東へ, every/only (the waxworks
floors, the monster trucks, the air show displays, すべて/一部だけ, 全員/先着百名だけ,
全員/経験者だけ), per person/per boomerang, per child/per table, per car/per passenger
(1人あたり/1体 あたり, 1回ごと/1か月ごと, 1席ごと/1部屋ごと), a condition dropped (for children
under five, for babies, for students, 学生なら, 事前登録すれば, 平日の昼なら), an item added (for a
hen party, with a pedestal, after dark, 犬と一緒に, オンラインで, 郵送で), person and audience
nouns (grandson/grandad, twelve-/seven-year-old, blind/asthmatic son, 八歳の娘/八十歳の母,
車いすの祖母/ベビーカーの孫, 高校生の息子/転職中の夫, families/competitive throwers,
schoolchildren/history students, beginners/choir leaders, 高校生/シニア, 家族連れ/カップル,
新卒/中途採用), opposite verbs (upgrade/downgrade, tilt towards/away from, add/drop, 追加/取り消し,
締め/緩め, 賛成/反対), negated conditions (is/isn't wet, have/don't have hepatitis B, are/aren't
flooded, していなくても/していても, 降らなければ/降れば, 出ていなければ/出ていれば), objects
(slate/bronze, birch plywood/plastic, reindeer/snowman, コオロギ/タガメ, 茶運び人形/弓曳き人形,
格闘ゲーム/パズルゲーム), plans, places, comparatives and numbers. The whole file is a reporting
set: nothing is tuned on it. """

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
