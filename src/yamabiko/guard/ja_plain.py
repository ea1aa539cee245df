"""The plain words that Japanese honorific and polite words say: a closed class of the
grammar, not a list of words met. The suppletive honorific verbs (humble or respectful by
:mod:`.ja_honorifics`: いらっしゃる for 来る / 行く / いる, 伺う for 行く / 来る / 聞く, 拝見
for 見る) and the polite words (丁寧語) of the light words: ござる for ある, おる for いる,
いたす and なさる for する, よろしい for いい.

- :func:`plain_of`: an honorific verb and a plain verb it says are one word to the
  minimal-pair check (いらっしゃる / 来る, :func:`.unit_forms.related`).
- :func:`polite_forms`: the words that say nothing but light words are filler where those
  are (:data:`.units_ja.JA_FILLER_WORDS`): うなぎはございますか asks what うなぎはありますか
  asks, 入ってもよろしいですか what 入ってもいいですか asks (いい is filler by its part of
  speech, SudachiPy's 非自立可能; よろしい is a plain adjective to it).
- :data:`HONORIFIC_COMING`: the honorific verbs of 行く / 来る (伺う, 参る, いらっしゃる)
  take those verbs' grammar. SudachiPy marks 行く, 来る, 参る and いらっしゃる possibly
  dependent (非自立可能: 持っていく, 服で行った), so that they are no predicate of the analysis
  and a unit only where they stand on their own (:func:`.ja_words.independent_verb`: お話を
  伺う, 明日伺います), and 伺う is read so too: 汚れてもいい服で行ったほうが / 汚れても構わない
  服装で伺ったほうが, 手毬の教室に道具を持っていく / 道具を用意して伺う.

This module imports nothing of the guard, so that the analysis (:mod:`.japanese`) and the
units (:mod:`.units_ja`) can read it without a cycle.
"""

from __future__ import annotations

#: each suppletive honorific verb or polite word -> the plain words it says (SudachiPy's
#: normalised forms)
PLAIN = {
    "いらっしゃる": frozenset({"来る", "行く", "居る"}), "仰る": frozenset({"言う"}),
    "召し上がる": frozenset({"食べる", "飲む"}), "為さる": frozenset({"為る"}),
    "御覧": frozenset({"見る"}), "伺う": frozenset({"行く", "来る", "聞く", "訪ねる", "訪問"}),
    "参る": frozenset({"行く", "来る"}), "申す": frozenset({"言う"}),
    "申し上げる": frozenset({"言う"}), "存じる": frozenset({"知る", "思う"}),
    "拝見": frozenset({"見る"}), "拝借": frozenset({"借りる"}), "拝聴": frozenset({"聞く"}),
    "拝読": frozenset({"読む"}), "差し上げる": frozenset({"上げる", "与える"}),
    # the polite words of the light words
    "御座る": frozenset({"有る"}), "おる": frozenset({"居る"}), "致す": frozenset({"為る"}),
    "宜しい": frozenset({"良い"}),
}  # fmt: skip

#: the plain verbs of motion that a verb's て binds (持っていく, 持ってくる)
_COMING = frozenset({"行く", "来る"})
#: the honorific verbs that say one of them (伺う, 参る, いらっしゃる)
HONORIFIC_COMING = frozenset(word for word, says in PLAIN.items() if says & _COMING)


def plain_of(honorific: str, plain: str) -> bool:
    """``honorific`` is a suppletive honorific verb (or polite word) that says ``plain``
    (いらっしゃる / 来る), either way round (SudachiPy's normalised forms)."""
    return plain in PLAIN.get(honorific, ()) or honorific in PLAIN.get(plain, ())


def polite_forms(plain: frozenset[str]) -> frozenset[str]:
    """The honorific and polite words of :data:`PLAIN` that say nothing but words of
    ``plain`` (for the light words ある, いる, する, いい: ござる, おる, いたす, なさる,
    よろしい): filler where those are."""
    return frozenset(word for word, says in PLAIN.items() if says <= plain)
