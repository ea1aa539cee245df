"""The thirty-first held-out FAQ set (``faq-heldout31.jsonl``): the script that writes the pairs
written by hand in ``heldout31_faq_en.py`` and ``heldout31_faq_ja.py``.

    python benchmarks/data/heldout31_faq.py           # rewrite faq-heldout31.jsonl
    python benchmarks/data/heldout31_faq.py --check   # is it up to date?

Written in session 37 (7 December 2026, from 17:57 UTC) by the ``heldout31`` engineer, who read
neither the guard nor the conversation-matching code, nor the discussion of failures in
docs/quality.md or the tuning scripts, and ran no cache, guard, embedder or evaluation on these
pairs. The older sets were read for their format, kinds and sizes only, and their texts searched for
domain words so that the domains here are new; a test checks that no text repeats an older set.
Domains: a cheese-rolling race, busking permits, a barista course, a marbles championship, an
arm-wrestling contest, a cooperage tour, a radio-controlled car club, a gingerbread house
workshop, a Pooh sticks championship, a lavender farm, a teddy bear hospital, a fountain pen shop;
植物園のガイドツアー, ビリヤード場, 紙飛行機大会, 婚活パーティー, 造幣局見学, 気象台見学,
ビアガーデン, コワーキングスペース, 消防署見学, プラモデル教室, 終活セミナー, 物産展. (A tool hire
shop, a tree surgeon, a signwriter, a skatepark, tie-dye, a bell foundry, letterpress, table
tennis and badminton, silversmithing, phone screen repair, a sweet shop, a wheelbarrow race,
Scrabble, unicycling, judo, maypole and Morris dancing, wassailing and apple pressing, a
distillery, a darkroom course, a toy library, a seed swap, coracles, woodturning, rag rugs, palm
reading, ventriloquism, a lifeguard course, a sheepdog trial, bog snorkelling, a zipline, a
driving range, bandstand concerts, 麻雀教室, 射的, 大道芸 and 手品, みかん狩り, 地引網, 植木屋,
鍛冶, うちわ, 紙漉き, 川柳 and 短歌, 声優体験, 謎解き, 人狼, 空手 and 弓道, ゲートボール, 遊覧船,
ロープウェイ, グランピング, 浄水場見学, 新聞社見学, 骨董市, 似顔絵, 証明写真, 甲冑体験, ピザ作り,
ヘリコプター遊覧, お好み焼き and ヘッドスパ were dropped once a search of the older texts found
the domain or a neighbouring one there: a wallpaper steamer and a floor sander for rent, hedge
trimming, an LED neon shop sign, a roller rink, 藍染め, bell ringing practice, business card
printing, squash and tennis courts, a jewellery-making session, a cracked phone screen, bags of
sweets for wedding guests, sack, egg-and-spoon and bed races, a crossword, circus skills, boxing,
dance classes, cider, a brewery, a wedding photographer, a library, an allotment, rowing and
kayaks, whittling and carving, quilting, tarot, puppets, swimming lessons, sheep, scuba diving, a
zip wire, golf, a brass band, 将棋教室 and 囲碁教室, 縁日の輪投げ, a magician and stilt walkers,
いちご狩り and 梨狩り, 潮干狩り, 草刈り, a blacksmith, 扇子, 紙すき, 俳句, 朗読, an escape room,
board games, 剣道 and archery, croquet, 屋形船, an observation wheel, キャンプ, 清掃工場見学, a
newsagent, フリマ, caricatures, passport photos, 着付け and 忍者体験, pasta and 餃子 classes, hot
air balloons, たこ焼き, 耳かき and 整体.)

Each row is ``{"a", "b", "label", "lang", "kind", "detail"}``; the label is 1 for ``paraphrase``
(one stored answer serves both) and 0 for ``minimal-pair`` and ``role-swap`` (the answer differs),
with the sizes and details of ``faq-heldout30.jsonl``. Minimal pairs mix the kinds: 7pm/7am, 12/19
December, Monday/Saturday (Easter), 午後5時/午前5時, 七月二十日/八月二十日, 金曜/月曜,
before/after (the distillery barn, registering for the race, 食事の前に/後に), next to/behind (the
clubhouse), 博物館の前/奥, 催事場の隣/上, clockwise/anticlockwise (the RC track), north/south from
the car park, down/up the hill, 右に/左に, 風上/風下, 二階から下/一階から上, all/only (the
arm-wrestling final, the top lavender field, the deluxe teddy repairs, 一部だけ, 子どもだけ,
カップルだけ), per player/per stick, per bear/per stitch, per bunch/per kilo
(1時間ごと/1ゲームごと, 1人あたり/1部屋あたり, 1回ごと/1作品ごと), a condition dropped (for
children under five, for younger entrants, for students, 団体なら, 会員なら, 夫婦で申し込むと), an
item added (for my staff, in gift boxes, as a pair, メールで, 犬連れで, 貸し切りで), person and
audience nouns (nephew/grandma, fifteen-/nine-year-old, deaf/pregnant daughter,
七歳の息子/七十歳の父, 耳の不自由な/杖をついた祖父, 中学生の/幼稚園の娘, families/pastry chefs,
beginners/racers, collectors/schoolchildren, 三十代/五十代, 小学生/大学生, 本人/家族), opposite
verbs (extend/cancel, increase/reduce, tighten/loosen, 延長/解約, 増やせ/減らせ, 上に/下に曲げる),
negated conditions (have/don't have a permit, gets/doesn't get stuck, is/isn't icy,
降らなければ/降れば, 落ちなかったら/落ちたら, 会員でなくても/会員なら), objects (black/blue ink,
hazel/ash, icing/chocolate, 戦車/戦艦, いくら/メロン, コピー用紙/画用紙), plans, places,
comparatives and numbers. The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
