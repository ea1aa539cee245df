"""The kana rows of Japanese verb endings, in one place: a godan verb ends in a u-row kana
(取る, 使う) and its potential, or an ichidan verb's stem, in the e-row kana of the same
column (取れる, 使える, 入れる), its 連用形 in the i-row kana (取り, 使い). Read by
:mod:`.ja_voice` (a potential's shape against a transitive twin), :mod:`.ja_doers` (a
verb's 連用形 + 渡す), :mod:`.modality` (an ichidan verb that may be a godan verb's potential),
:mod:`.compounds` and :mod:`.benefactive` (a potential lemmatised as a verb of its own). The
hiragana tests of :mod:`.compounds` and :mod:`.ja_voice` are here too (session 25)."""

from __future__ import annotations

import re

#: the u-row kana of the godan endings, in column order (う く ぐ す つ ぬ ぶ む る)
U_KANA = "うくぐすつぬぶむる"
#: the e-row kana of the same columns (え け げ せ て ね べ め れ)
E_KANA = "えけげせてねべめれ"
#: the i-row kana of the same columns: a godan verb's 連用形 ends in one (譲る -> 譲り)
I_KANA = "いきぎしちにびみり"
#: a godan verb's last kana -> its 連用形's (譲る -> 譲り, 貸す -> 貸し)
I_ROW = dict(zip(U_KANA, I_KANA, strict=True))
#: a godan verb's last kana -> its e-row twin (取る -> 取れる)
E_ROW = dict(zip(U_KANA, E_KANA, strict=True))
#: an e-row kana -> the u-row kana of its column (入れ -> 入る)
U_ROW = dict(zip(E_KANA, U_KANA, strict=True))
#: every e-row kana, voiced and half-voiced ones and katakana included: the last kana of an
#: ichidan verb's stem (入れる, 見える, 混ぜる, ググる is not one)
E_ROW_ANY = frozenset(E_KANA + "へぜでぺ" + "エケセテネヘメレゲゼデベペ")
#: one hiragana (U+3041-U+309F): ``HIRAGANA.search(text)`` says whether ``text`` has one, in
#: one C call (session 25: a generator over the characters cost a Python step each)
HIRAGANA = re.compile("[\u3041-\u309f]")
#: hiragana alone, or nothing: ``HIRAGANA_ONLY.fullmatch(text)`` for a text all hiragana
HIRAGANA_ONLY = re.compile("[\u3041-\u309f]*")
