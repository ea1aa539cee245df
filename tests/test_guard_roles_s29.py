"""Session 29 (roles): two spans exchanged on the surface are a role swap, however the
tokenizer cuts them and whatever construction holds them (``guard/exchanges.py``,
:func:`~yamabiko.guard.exchanges.surface_exchanged`, asked last by the guard's ``roles`` step).

Every pair is written here for the test, in domains of no evaluation file (bicycles, bees,
pottery, music, the kitchen at home); the guard and the embedder are the real ones.

- SERVED_BEFORE: swaps the guard served before this change at the cosine the embedder gives
  them (two acts exchanged around *before* / てから, two times or days or amounts exchanged
  between two verbs, two manners exchanged); each is refused ``roles:`` now, both ways round.
- SHAPES: one swap of each shape in each language (a comparative, *instead of* / の代わりに,
  *from … to* / から…に, *X for Y* / XをYに替える, a place over or under, owners, a passive with
  both participants, an order, subject and object, a number or a time between two verbs, two
  acts): the surface check names the exchange by itself, both ways round.
- CUT_APART: Japanese swaps whose exchanged words SudachiPy cuts differently on the two sides
  (a kana word cut in two on one side only, one piece glued to the particle after it); a word
  nested in the other (白玉 / 白玉ぜんざい) and a compound against a の phrase (焼き鳥 / 鶏の唐揚げ)
  are in SHAPES.
- KEPT: paraphrases that reorder without exchanging roles; the check finds no swap and the
  guard serves them.
"""

from __future__ import annotations

import pytest
from guard_probes import assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.exchanges import surface_exchanged
from yamabiko.guard.japanese import long_units

GUARD = Guard()
THRESHOLD = 0.75

#: served by the guard before this change (cosine from the embedder, threshold 0.75)
SERVED_BEFORE = [
    ("Do I prime the wall before I sand it?", "Do I sand the wall before I prime it?", "en"),
    ("Should I stretch before I run?", "Should I run before I stretch?", "en"),
    ("Can I start at 8 and finish at 4?", "Can I start at 4 and finish at 8?", "en"),
    ("Can I drop off on Monday and collect on Thursday?",
     "Can I drop off on Thursday and collect on Monday?", "en"),
    ("Do you knead the dough by hand and shape it by machine?",
     "Do you knead the dough by machine and shape it by hand?", "en"),
    ("Can I rent a tandem for 2 hours and a trailer for 3 hours?",
     "Can I rent a tandem for 3 hours and a trailer for 2 hours?", "en"),
    ("湯を沸かしてから米を研ぎますか？", "米を研いでから湯を沸かしますか？", "ja"),
    ("食べてから飲みますか？", "飲んでから食べますか？", "ja"),
    ("洗って干しますか？", "干して洗いますか？", "ja"),
]  # fmt: skip

#: one pair of each shape, English and Japanese (the surface check alone)
SHAPES = [
    ("Is the mountain bike heavier than the road bike?",
     "Is the road bike heavier than the mountain bike?", "en"),
    ("マウンテンバイクはロードバイクより重いですか？",
     "ロードバイクはマウンテンバイクより重いですか？", "ja"),
    ("Can I use the brass bell instead of the steel bell?",
     "Can I use the steel bell instead of the brass bell?", "en"),
    ("真鍮のベルを鉄のベルの代わりに使えますか？",
     "鉄のベルを真鍮のベルの代わりに使えますか？", "ja"),
    ("Can I move my pottery class from Tuesday to Thursday?",
     "Can I move my pottery class from Thursday to Tuesday?", "en"),
    ("陶芸教室を火曜日から木曜日に変えられますか？",
     "陶芸教室を木曜日から火曜日に変えられますか？", "ja"),
    ("Can I swap the saddle for a gel seat?", "Can I swap a gel seat for the saddle?", "en"),
    ("サドルをジェルシートに替えられますか？", "ジェルシートをサドルに替えられますか？", "ja"),
    ("Should the queen excluder go over the brood box?",
     "Should the brood box go over the queen excluder?", "en"),
    ("巣箱を女王蜂の箱の上に置けますか？", "女王蜂の箱を巣箱の上に置けますか？", "ja"),
    ("Does the lighthouse keeper's dog chase the harbour master's cat?",
     "Does the harbour master's dog chase the lighthouse keeper's cat?", "en"),
    ("灯台守の犬が港長の猫を追いかけますか？", "港長の犬が灯台守の猫を追いかけますか？", "ja"),
    ("Is the inner tube checked by the frame builder?",
     "Is the frame builder checked by the inner tube?", "en"),
    ("チェスのコーチはクラブの主将に負けましたか？", "クラブの主将はチェスのコーチに負けましたか？",
     "ja"),
    ("Is the glaze applied after the slip?", "Is the slip applied after the glaze?", "en"),
    ("釉薬を化粧土の後に塗りますか？", "化粧土を釉薬の後に塗りますか？", "ja"),
    ("Can the apprentice teach the master a new stitch?",
     "Can the master teach the apprentice a new stitch?", "en"),
    ("先輩が後輩に将棋を教えてもいいですか？", "後輩が先輩に将棋を教えてもいいですか？", "ja"),
    ("Can I start at 8 and finish at 4?", "Can I start at 4 and finish at 8?", "en"),
    ("8時に始めて4時に終われますか？", "4時に始めて8時に終われますか？", "ja"),
    ("Do I prime the wall before I sand it?", "Do I sand the wall before I prime it?", "en"),
    ("下地を塗ってからやすりをかけますか？", "やすりをかけてから下地を塗りますか？", "ja"),
    ("Does the cello section sit behind the violas?",
     "Do the violas sit behind the cello section?", "en"),
    ("Is there a charge when my coach texts me a plan?",
     "Is there a charge when I text my coach a plan?", "en"),
    ("焼き鳥を鶏の唐揚げより先に出せますか？", "鶏の唐揚げを焼き鳥より先に出せますか？", "ja"),
    ("白玉を白玉ぜんざいに入れますか？", "白玉ぜんざいを白玉に入れますか？", "ja"),
]  # fmt: skip

#: Japanese swaps whose exchanged words SudachiPy cuts two ways on the two sides (しめさ + ば
#: after を, しめ + さば before it; すい + とん; だ + まこ / だま + こより)
CUT_APART = [
    ("焼き鳥をしめさばより先に出せますか？", "しめさばを焼き鳥より先に出せますか？", "ja"),
    ("すいとんがきりたんぽより好きですか？", "きりたんぽがすいとんより好きですか？", "ja"),
    ("だまこをきりたんぽより先に煮ますか？", "きりたんぽをだまこより先に煮ますか？", "ja"),
]  # fmt: skip

#: paraphrases that reorder without exchanging roles: no swap, and the guard serves them
KEPT = [
    ("Can I pay by card at the counter?", "Can I pay at the counter by card?", "en"),
    ("If it rains, is the boat trip cancelled?", "Is the boat trip cancelled if it rains?", "en"),
    ("Do you sell pears and plums?", "Do you sell plums and pears?", "en"),
    ("Is the studio open on Saturday or on Sunday?", "Is the studio open on Sunday or on Saturday?",
     "en"),
    ("土曜日に友達と一緒に行けますか？", "友達と一緒に土曜日に行けますか？", "ja"),
    ("梨とすももを売っていますか？", "すももと梨を売っていますか？", "ja"),
    ("カードで窓口で払えますか？", "窓口でカードで払えますか？", "ja"),
]  # fmt: skip

#: reorderings the surface check alone must leave (the guard may refuse them for another cause)
NOT_EXCHANGES = [
    ("Can I book a kayak for two for Friday?", "Can I book a kayak for Friday for two?", "en"),
    ("Can I link my bank account to the app?", "Can I link the app to my bank account?", "en"),
    ("駅からバスで美術館まで行けますか？", "美術館までバスで駅から行けますか？", "ja"),
    ("雨が降ったら、ボートは中止ですか？", "ボートは中止ですか、雨が降ったら？", "ja"),
    ("畳屋さんが家まで網戸を取りに来ますか？", "家まで畳屋さんが網戸を取りに来ますか？", "ja"),
]  # fmt: skip

cosines = cosines_fixture(SERVED_BEFORE, KEPT)


def test_swaps_served_before_are_refused_as_roles(cosines: dict[tuple[str, str], float]) -> None:
    """Each reaches the threshold and is refused ``roles:X<->Y`` both ways round."""
    for cached, query, lang in SERVED_BEFORE:
        cosine = cosines[cached, query]
        assert cosine >= THRESHOLD, (cached, query, cosine)
        for a, b in ((query, cached), (cached, query)):
            verdict = GUARD.check(a, b, lang, cosine, THRESHOLD)
            assert not verdict.accept and verdict.reason.startswith("roles:"), (a, b, verdict)
            assert "<->" in verdict.reason, verdict


@pytest.mark.parametrize("first, second, lang", SHAPES + SERVED_BEFORE + CUT_APART)
def test_every_shape_is_an_exchange(first: str, second: str, lang: str) -> None:
    """The surface check alone names two spans, both ways round, each span as written."""
    for a, b in ((first, second), (second, first)):
        found = surface_exchanged(a, b, lang)
        left, _, right = found.partition("<->")
        assert left and right, (a, b, found)
        if lang == "ja":
            assert left in a and right in a, (a, found)


def test_cut_apart_pairs_are_cut_apart() -> None:
    """The Japanese pairs of CUT_APART do not show the same long units on the two sides: a
    comparison of tokens would see other words, the surface sees an exchange."""
    for first, second, _ in CUT_APART:
        units = [sorted(m.surface() for m in long_units(t)[1]) for t in (first, second)]
        assert units[0] != units[1], (first, second)
    assert surface_exchanged(*CUT_APART[0][:2], "ja") == "焼き鳥<->しめさば"


def test_reorderings_are_no_exchange() -> None:
    """Two phrases each with its own marker, a joined list, a clause moved, one phrase
    moved, the two ends of a link: no swap, both ways round."""
    for first, second, lang in KEPT + NOT_EXCHANGES:
        assert surface_exchanged(first, second, lang) == "", (first, second)
        assert surface_exchanged(second, first, lang) == "", (second, first)


def test_kept_paraphrases_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, KEPT, cosines, THRESHOLD, either_side=True)


def test_other_languages_and_identical_prompts() -> None:
    assert surface_exchanged("Le chat mange la souris", "La souris mange le chat", "fr") == ""
    assert surface_exchanged("Is tea stronger than coffee?", "Is tea stronger than coffee?",
                             "en") == ""  # fmt: skip
