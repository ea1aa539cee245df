"""Scope rules of the minimal-pair check: a word that limits what is asked, added, dropped or
changed, makes another question, however close the embeddings (the limits are marked on the
units, ``limits.py``). Each rejection is named; all but the English insertion are firm (the
trees may not overturn them):

- ``unit:1本->1箱``: a number both prompts share counts another unit (Japanese counters).
- ``scope:...``: one prompt asks about the whole (all, whole, 全部), the other restricts it
  (only, just, だけ, のみ): the whole phone / just the screen, 家の周り全部 / 玄関前だけ; or a
  noun both share is restricted on one side only (土曜日だけの利用 / 土曜日の利用).
- ``narrowing:...`` (:func:`narrows`, the one rule for added words that narrow): a bound
  morpheme (準2級), a word of time or extent, an unknown one or an English adjective that
  names a kind (the *commercial* septic tanks, read from the lexicon of ``wordclass.py``)
  right before a shared word; or the words one prompt adds form a limiting phrase
  (シャワー付き個室, for members), a clause that modifies a shared noun (壊れた腕時計), or a
  word inside a compound both share (the gown hire *deposit* refundable), where in English
  the reason is ``insertion:`` / ``deletion:`` (not firm: the trees may still serve it). Not
  when the word vectors say the rest of the prompt implies the words (a cosine of at least
  :data:`IMPLIED` with another of its content words), nor when a Japanese scope suffix
  stands between two nouns that the other prompt says as one compound (子供用の自転車 /
  子供自転車: :func:`_compounded`, session 25).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

from ..models import Verdict
from . import lexicon as lx
from . import wordclass, wordvec
from .constructions import JA_CONDITION_MARKERS, ja_in_condition
from .en_words import CURRENCY_SIGNS
from .english_persons import measure_senses
from .japanese import short_units
from .restrictions import (
    cause_dropped,
    per_unit_changed,
    quantifier_narrowed,
    time_dropped,
    universal_dropped,
)
from .units import Unit, same_family

if TYPE_CHECKING:
    from .minpair import Alignment

#: most units an added limiting phrase may have, and most positions it may span
PHRASE_UNITS, PHRASE_SPAN = 3, 4
#: an added word inside a compound both share, after this many of its words, names another
#: thing (the graduation gown hire *deposit* refundable); at the end of one, or after fewer,
#: it is often the compound said in full (SIM / SIM card, machine learning / ... well)
HEAD_AFTER = 2
#: the word-vector cosine from which another word of the prompt implies an added one (撮った
#: 写真 0.45; not 壊れた腕時計 0.12, gown hire / deposit 0.40, シャワー / ネットカフェ 0.39):
#: set on the FAQ tuning sets
IMPLIED = 0.42
#: how rare (``Unit.rarity``) an English adjective that does not grade must be to name a kind
#: when it is added before a shared noun (commercial 0.69, professional 0.66; the commoner
#: ones mostly stress: main 0.61, local 0.57, top 0.53): set on the FAQ tuning sets and
#: qqp-dev's tuning half; words of emphasis above it (basic 0.70, actual 0.71) are refused
#: (docs/quality.md, session 14)
KIND_RARITY = 0.65


def scope_verdict(
    first: Sequence[Unit], second: Sequence[Unit], alignment: Alignment
) -> Verdict | None:
    """A firm rejection when a number counts another unit or the scope changed, else None."""
    changed = other_quantity(first, second)
    if changed:
        return Verdict(False, f"unit:{changed}")
    limits_first = {u.limit for u in first}
    limits_second = {u.limit for u in second}
    whole_part = ("all" in limits_first and "only" in limits_second - limits_first) or (
        "all" in limits_second and "only" in limits_first - limits_second
    )
    if whole_part:
        left, right = alignment.rest_left or alignment.left, alignment.rest_right or alignment.right
        return Verdict(False, f"scope:{names(left)}->{names(right)}")
    if alignment.rest_left or alignment.rest_right or "only" not in limits_first | limits_second:
        return None
    for one, other in ((first, second), (second, first)):  # Japanese: だけ binds a noun
        keys = {u.key for u in other if u.limit != "only" and not u.key.isascii()}
        restricted = [u for u in one if u.limit == "only" and u.key in keys]
        if restricted and not any(u.limit == "only" for u in other):
            word = restricted[0].word  # the whole word: 土曜 + 日
            said = [u for u in one if u.word == word] if word >= 0 else restricted[:1]
            return Verdict(False, f"scope:{names(said)}")
    return None


def other_quantity(first: Sequence[Unit], second: Sequence[Unit]) -> str:
    """``1本->1箱`` when a number both prompts have counts another unit on each side (the
    units are not of one word family nor of one class of counters), else ""."""
    counted: dict[str, list[Unit]] = {}
    for u in first:
        if u.counter:
            counted.setdefault(u.key, []).append(u)
    if not counted:
        return _en_other_measure(first, second)
    for u in second:
        theirs = counted.get(u.key) if u.counter else None
        if theirs and not any(same_counter(t.counter, u.counter) for t in theirs):
            return f"{theirs[0].text}{theirs[0].counter}->{u.text}{u.counter}"
    return ""


def narrows(
    added: Sequence[Unit], own: Sequence[Unit], first: Sequence[Unit], second: Sequence[Unit]
) -> str:
    """How the units one prompt adds (``own``: that prompt's units) narrow the question, or
    "". The one rule of the minimal-pair check for added words that limit what is asked:

    - ``narrowing`` (firm): a bound morpheme (a Japanese prefix or scope suffix: 準 / 2級,
      大型 + 車用), a Japanese noun of time or extent before a shared word (深夜の迎車料金),
      a rare hyphenated English word or an unknown Japanese one right before a shared word
      (the off-peak membership, ETCカード), or an English adjective that names a kind of
      the shared noun it stands before (:func:`_kind_added`: the *commercial* septic tanks);
      Japanese: also a limiting phrase or a clause (below);
    - ``insertion`` (English; the trees may still serve it: without parts of speech a
      for-phrase may be a purpose, a word inside a compound an adverb): a limiting phrase
      (for members, シャワー付き), a clause before a shared noun (the *damaged* screen,
      壊れた腕時計) or a word inside a compound both share (the gown hire *deposit*
      refundable), unless the rest of ``own`` implies the words (:func:`_implied`); none for
      one modifier of a shared noun, which the guard's modifier rule sends to the trees with
      a higher cut-off."""
    if not added or any(u.position < 0 for u in added):
        return ""
    spots = [u.position for u in added]
    if any(u.bound for u in added) and len(added) <= 2 and max(spots) - min(spots) <= 3:
        other = second if own is first else first
        if len(added) == 1 and _compounded(added[0], own, other):
            return ""  # 学生向けの割引 / 学生割引: the same scope, said by the compound
        return "narrowing"  # 準2級, 大型車用
    if len(added) > PHRASE_UNITS:
        return ""
    shared = {u.key for u in first} & {u.key for u in second}
    word = added[0]
    english = word.key.isascii()
    if (
        len(added) == 1
        and _modifies(word, own, shared, 3 if word.scope else 1)
        and (word.scope or _unknown_modifier(word) or (english and _kind_added(word, own)))
    ):
        return "narrowing"  # 深夜の迎車料金, the off-peak membership, commercial septic tanks
    if english and len(added) == 1 and word.modifier:
        return ""  # the wireless charger: the guard's modifier rule asks the trees for more
    kind = "insertion" if english else "narrowing"
    if any(u.limit == "with" for u in added):
        narrow = max(spots) - min(spots) <= PHRASE_SPAN
    elif len(added) != 1 or word.kind != "content":
        return ""
    elif word.limit == "clause":
        narrow = _modifies(word, own, shared, 4)
    else:  # inside a compound both share: the graduation gown hire *deposit* refundable
        if english and word.text.endswith(lx.EN_NOT_NOUN_ENDINGS):
            return ""  # the laptop sleeve *fully* waterproof: an adverb, not a thing
        run = [u for u in own if u.word == word.word and u is not word]
        before = [u for u in run if u.position < word.position]
        narrow = (
            len(before) >= HEAD_AFTER
            and len(run) > len(before)
            and all(u.key in shared for u in run)
        )
    return kind if narrow and not _implied(added, own) else ""


def _compounded(suffix: Unit, own: Sequence[Unit], other: Sequence[Unit]) -> bool:
    """A Japanese scope suffix (向け, 用) between two nouns of ``own`` that ``other`` has as one
    compound, the first right before the second (学生向けの割引 / 学生割引, 子供用の自転車 /
    子供自転車): the compound limits its noun as the suffix does."""
    if suffix.key.isascii() or not suffix.whole:
        return False
    before = [u for u in own if u.word == suffix.word and u.position < suffix.position]
    after = [u for u in own if u.position > suffix.position]
    if len(before) != 1 or not after or after[0].kind != "content":
        return False
    head, noun = before[0].key, after[0].key
    return any(
        u.key == head and v.key == noun and u.word == v.word and v.position == u.position + 1
        for u, v in pairwise(other)
    )


def _modifies(word: Unit, own: Sequence[Unit], shared: set[str], within: int) -> bool:
    """The next unit of ``own`` after ``word`` is a word both prompts share, at most
    ``within`` tokens on (1: right before it, the head of their compound)."""
    after = [u for u in own if u.position > word.position]
    return bool(after) and after[0].key in shared and after[0].position <= word.position + within


def modifies_shared(
    word: Unit, own: Sequence[Unit], first: Sequence[Unit], second: Sequence[Unit]
) -> bool:
    """``word`` stands right before a word both prompts share (their compound's head)."""
    shared = {u.key for u in first} & {u.key for u in second}
    return _modifies(word, own, shared, 1)


def _unknown_modifier(word: Unit) -> bool:
    """A content word the word-vector table does not know: hyphenated in English (off-peak;
    not a phrase such as how-to), any in Japanese (ETCカード)."""
    if word.kind != "content" or word.rarity < 1.0:
        return False
    if not word.key.isascii():
        return True
    parts = word.key.split("-")
    return len(parts) >= 2 and parts[-1].isalpha() and parts[-1] not in lx.EN_STOPWORDS


def _kind_added(word: Unit, own: Sequence[Unit]) -> bool:
    """An English adjective added before a shared noun names a kind of it (the *commercial*
    septic tanks, a *professional* camera): the lexicon says it can be an adjective that
    does not grade and is no verb form (``wordclass.py``), it is at least
    :data:`KIND_RARITY` rare (the commonest such words stress more than they sort: the
    *main* reason, *top* tips) and the rest of the prompt does not imply it
    (:func:`_implied`)."""
    return (
        word.kind == "content"
        and word.rarity >= KIND_RARITY
        and wordclass.classifying(word.text)
        and not _implied((word,), own)
    )


def _implied(added: Sequence[Unit], own: Sequence[Unit]) -> bool:
    """Every added word has a word-vector cosine of at least :data:`IMPLIED` with another
    content word of its prompt: the prompt says it already (写真館で撮った写真)."""
    rest = [u.vector for u in own if u.vector is not None and u not in added]
    return all(
        u.vector is not None and any(wordvec.similarity(u.vector, v) >= IMPLIED for v in rest)
        for u in added
    )


def _en_measured(found: Sequence[Unit]) -> dict[str, list[Unit]]:
    """English numbers (by key) and the words right after them that name a unit of
    measurement or of time (``english_persons.measure_senses``: 3 months, a three-year plan,
    50 dollars), and a currency sign right before a number (£20: its key the currency's noun,
    :func:`~.en_words.currency_noun`)."""
    measured: dict[str, list[Unit]] = {}
    for number, word in pairwise(found):
        if word.kind == "number" and number.text in CURRENCY_SIGNS:  # £20 a day / 20 quid
            measured.setdefault(word.key, []).append(number)
            continue
        english = number.kind == "number" and word.kind == "content" and word.key.isascii()
        english = english and number.text.lower() not in lx._NOT_CARDINAL  # twice a day
        if english and measure_senses(word.text.lower()):
            measured.setdefault(number.key, []).append(word)
    return measured


def _en_other_measure(first: Sequence[Unit], second: Sequence[Unit]) -> str:
    """``3 months->3 year`` when a number both English prompts say measures time or a
    quantity in units of another kind on each side (months / years, nights / weeks, kilos /
    pounds: no WordNet sense, no word family in common), else ""."""
    if not first or not first[0].key.isascii():
        return ""
    mine = _en_measured(first)
    theirs = _en_measured(second) if mine else {}
    for key in mine.keys() & theirs.keys():
        pairs = [(x, y) for x in mine[key] for y in theirs[key]]
        if not any(_same_measure(x, y) for x, y in pairs):
            x, y = pairs[0]
            return f"{key[1:]} {x.text}->{key[1:]} {y.text}"
    return ""


def _same_measure(x: Unit, y: Unit) -> bool:
    """Two words after one number measure the same: one word family or a WordNet sense in
    common (kilos / kilograms, day / days)."""
    if x.key == y.key or same_family(x.key, y.key):
        return True
    return bool(measure_senses(x.text.lower()) & measure_senses(y.text.lower()))


def same_counter(x: str, y: str) -> bool:
    """Two counters count the same: one word family, one class (人 / 名), or a general one
    (一つ)."""
    if x == y or same_family(x, y) or x in lx.JA_GENERAL_COUNTERS or y in lx.JA_GENERAL_COUNTERS:
        return True
    return any(x in c and y in c for c in lx.JA_COUNTER_CLASSES)


def names(found: Sequence[Unit]) -> str:
    """The units' texts joined with +, as reasons name them."""
    return "+".join(u.text for u in found)


#: the minimal-pair check's outcomes when one prompt may say all the other says and more:
#: detail added, or more words added than a detail (一回目に落ちた場合: a number, a noun, a verb)
_ONE_SIDE_ADDS = frozenset({"detail-added", "not-minimal"})
_KEY = attrgetter("key")


def condition_added(
    query: str, cached: str, verdict: Verdict, aligned: Alignment
) -> Verdict | None:
    """Japanese: the words a prompt adds (detail, to the rules) stand in a conditional
    clause it opens with, a noun among them (医師の同意書があれば): ``condition:医師+同意``
    (firm: the trees do not see it). Before it, the restrictions of :mod:`.restrictions`
    (every / only, a cause dropped, per another unit)."""
    added = aligned.rest_right or aligned.rest_left
    text = query if aligned.rest_right else cached
    if found := restricted(query, cached, verdict, aligned, text):
        return Verdict(False, found)
    if verdict.reason not in _ONE_SIDE_ADDS or not added or (
            "".join(map(_KEY, added)).isascii()):  # fmt: skip
        return None  # (English, or a number alone: the other rules' to read; in C, session 29)
    if aligned.rest_right and aligned.rest_left:
        return None  # words on both sides: not one clause added
    if not any(marker in text for marker in JA_CONDITION_MARKERS):
        return None  # no conditional: nothing to tokenise again
    morphemes = short_units(text)
    placed = [u.position for u in added if u.position >= 0]  # (a number has no place)
    if morphemes and ja_in_condition(morphemes, placed):
        return Verdict(False, "condition:" + "+".join(u.text for u in added))
    return None


def restricted(query: str, cached: str, verdict: Verdict, aligned: Alignment, text: str) -> str:
    """The reason when one prompt restricts what the other asks (:mod:`.restrictions`):
    ``unit:`` another unit counted per, ``scope:`` every / only, ``narrowing:`` a word in
    the place of every, ``condition:`` a cause added; empty: none."""
    if found := per_unit_changed(cached, query):
        return f"unit:{found}"
    if not query.isascii():  # 改修全体 / 手すりの設置: not for the rescue to serve
        found = "" if verdict.accept else universal_dropped(query, cached)
        return f"scope:{found}" if found else ""
    one_side = bool(aligned.rest_right) != bool(aligned.rest_left)
    added = (aligned.rest_right or aligned.rest_left) if one_side else []
    if found := quantifier_narrowed(query, cached, added):
        return f"narrowing:{found}" if "->" not in found else f"scope:{found}"
    other = cached if text is query else query
    if not verdict.accept:
        return ""
    if found := cause_dropped(text, other, added) or time_dropped(text, added):
        return f"condition:{found}"  # if I move house; on Sundays, after 8pm
    return ""
