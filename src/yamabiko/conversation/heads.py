"""A fact said back on one side only that modifies a noun the other side modifies otherwise
(session 27).

:func:`yamabiko.conversation.facts.compare_stated` refuses two histories when a word one
side's assistant said back is never stated on the other side (``facts-fact``). Most such
words of reworded threads are detail the other side leaves out; the ones that tell two
different requests apart often stand in front of a noun both sides say, where the other side
puts a modifier of its own: an *eternity* ring against an *engagement* ring, the *river* bat
walk against the *castle-ruins* bat walk, 経済学部 against 法学部, 乗合船 against 貸切船,
小学生 against 中学生, 両目 against 片眼. :func:`other_modifier` finds that case; the noun
both sides say (the head) is read from the text, the same on both sides:

- English: the lower-case noun right after the modifier (its token follows at once, no
  punctuation between); both modifiers are nouns by WordNet (no adjective sense, not a
  verb's -ing or -ed form: *flashing* / *disco* light is detail), and mine follows no number
  or other noun anywhere on my side (a *1920s* murder mystery names its kind in more words);
- Japanese: the run of kanji and katakana right after the word in the text, when SudachiPy
  opens it with a noun or a noun suffix (生 of 小学生, 船 of 乗合船; not 入り of 店名入り;
  学部 and 部 of 経済学部 / 法学部 are one head: one ends the other), or, for a word of kanji
  alone with no such run, its last kanji, a common noun of its own, against another word of
  two or more kanji ending in it (両目 / 右目: the same organ, another count of it).

The modifier on the other side must be a word my side never says, nor an equivalent of it
(the alignment's ``unsaid``), nor a WordNet synonym or a word of one SudachiPy synonym group
(*gold* of "a gold ring" said on both sides is no other kind); a sentence of mine that names
both kinds offers them (乗合船か貸切船か) and says neither. A number is left to the numeric
checks, and :mod:`yamabiko.conversation.counted` to Japanese counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from ..guard import lexicon as lx
from ..guard import wordnet
from ..guard.japanese import short_units
from ..guard.units import Unit
from .added import JAPANESE, added_item, added_modifier, next_word
from .counted import changed_ja_counts
from .slots import other_thing

__all__ = ["one_sided", "other_modifier"]

#: a run of kanji and katakana (a Japanese compound's parts; hiragana ends it)
_COMPOUND_RUN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa\u30fc々]+")
#: a word of kanji alone
_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々]{2,}")


def _heads(text: str, found: Sequence[Unit], alone: bool) -> Iterator[tuple[Unit, str]]:
    """Each content unit of ``text`` that stands in front of a noun, with that noun (see the
    module docstring); a Japanese kanji word with nothing glued after it, with its last kanji
    marked ``=`` (両目: ``=目``). ``alone``: an English modifier only with no other word
    but a function word before it."""
    if not JAPANESE.search(text):
        for unit, after in pairwise(found):
            if _noun_before(unit, after, text, alone):
                yield unit, after.key
        return
    for unit in found:
        if unit.kind != "content" or not unit.text or unit.text not in text:
            continue
        end = text.index(unit.text) + len(unit.text)
        run = _COMPOUND_RUN.match(text, end)
        if run:
            if _noun_part(text[end:]):
                yield unit, run.group(0)
        elif _KANJI_WORD.fullmatch(unit.key) and _noun_part(unit.key[-1]):
            yield unit, "=" + unit.key[-1]


def _noun_before(unit: Unit, after: Unit, text: str, alone: bool) -> bool:
    """English: ``unit`` is a noun (WordNet: a noun, never an adjective; *castle-ruins* by
    its last part) standing at once before the word ``after`` (no punctuation between), a
    common noun, and with ``alone`` no other word but a function word before it (a *1920s*
    murder mystery: the run names its kind otherwise)."""
    if not next_word(unit, after):
        return False
    found = re.search(
        rf"(?:(\S+)\s+|^){re.escape(unit.text)}[\s-]+{re.escape(after.text)}\b", text, re.IGNORECASE
    )
    if found is None or (alone and (found.group(1) or "").lower() not in {*lx.EN_STOPWORDS, ""}):
        return False
    return _noun(unit.text)


def _noun(word: str) -> bool:
    """An English word that WordNet reads as a noun only (by its last part after a hyphen:
    *castle-ruins*): no adjective, nor a verb's -ing or -ed form (*flashing* lights)."""
    last = word.lower().rsplit("-", 1)[-1]
    if not wordnet.lemmas_of(last, 0) or wordnet.lemmas_of(last, 2):
        return False
    return not (last.endswith(("ing", "ed")) and wordnet.lemmas_of(last, 1))


def _compounded(word: str, texts: Sequence[str]) -> bool:
    """English: ``word`` follows a number or a noun somewhere in the texts (a *1920s* murder
    mystery): the run before the head names its kind in more words than this one."""
    for text in texts:
        for found in re.finditer(rf"(\S+)[\s-]+{re.escape(word)}\b", text, re.IGNORECASE):
            before = found.group(1).lower()
            if before in lx.EN_STOPWORDS:
                continue
            if any(c.isdigit() for c in before) or (before.isalpha() and _noun(before)):
                return True
    return False


@lru_cache(maxsize=1024)
def _noun_part(rest: str) -> bool:
    """Japanese: ``rest`` opens with a noun or a noun suffix written in kanji or katakana
    alone (船 of 船ですね, 生 of 生1名; not 入り, a verb's noun with its kana ending, nor a
    kanji SudachiPy reads as a name)."""
    found = short_units(rest[:12], keep=False)
    if not found:
        return False
    first = found[0]
    tags = first.part_of_speech()
    return (
        _COMPOUND_RUN.fullmatch(first.surface()) is not None
        and tags[0] in ("名詞", "接尾辞") and tags[1] != "固有名詞"
    )  # fmt: skip


def _same_head(first: str, second: str) -> bool:
    """Two heads read by :func:`_heads` name one noun: equal, or one Japanese run ending the
    other (学部 / 部)."""
    if first == second:
        return True
    if first.startswith("=") or second.startswith("=") or first.isascii():
        return False
    return first.endswith(second) or second.endswith(first)


def _modified(
    texts: Sequence[str], units: Callable[[str], Sequence[Unit]], alone: bool = False
) -> list[tuple[Unit, str]]:
    """Every (modifier, head) of the texts (``alone``: see :func:`_heads`)."""
    return [pair for text in texts for pair in _heads(text, units(text), alone)]


def other_modifier(
    lost: Sequence[Unit],
    mine: Sequence[str],
    theirs: Sequence[str],
    *,
    units: Callable[[str], Sequence[Unit]],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
) -> str:
    """``lost`` (facts of my side the other side never states) holds a word that stands in
    front of a noun in ``mine`` (what my side states) where ``theirs`` puts another modifier,
    one my side never says: ``"eternity->engagement"``; empty when none does."""
    lost_units = {u.key: u for u in lost if u.kind == "content"}
    keys = set(lost_units)
    if not keys:
        return ""
    heads: dict[str, set[str]] = {}
    for unit, head in _modified(mine, units, alone=True):
        if unit.key in keys:
            heads.setdefault(unit.key, set()).add(head)
    heads = {
        k: h
        for k, h in heads.items()
        if not k.isascii() or not _compounded(lost_units[k].text, mine)
    }
    if not heads:
        return ""
    for other, head in _modified(theirs, units):
        if other.key in keys or other.kind != "content":
            continue
        for key, mine_heads in heads.items():
            if not any(_same_head(head, h) for h in mine_heads) or other.key.endswith(key):
                continue
            # my texts that name both kinds of the noun offer them (乗合船か貸切船か)
            my_units = [
                u for text in mine if not _offered(text, (key, other.key), units)
                for u in units(text)
            ]  # fmt: skip
            if not unsaid([other], my_units) or _alike(lost_units[key], other):
                continue
            return f"{key}->{other.text}"
    return ""


def _offered(text: str, keys: tuple[str, str], units: Callable[[str], Sequence[Unit]]) -> bool:
    """Both modifiers ``keys`` stand in front of one noun in ``text``: an option offered or
    compared (乗合船か貸切船か), no kind chosen."""
    found = list(_heads(text, units(text), False))
    first = [h for u, h in found if u.key == keys[0]]
    return any(_same_head(h, g) for u, h in found if u.key == keys[1] for g in first)


def one_sided(
    facts: Sequence[Sequence[Unit]],
    said: Sequence[Sequence[str]],
    *,
    units: Callable[[str], Sequence[Unit]],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
) -> str:
    """The reason facts said back on one side only (``facts[k]``, the other side's list
    empty; ``said[k]``: what that side states) tell the two requests apart:
    ``other-kind:eternity->engagement`` (:func:`other_modifier`), ``added-kind:toric+daily``
    or ``added-item:aprons+caps`` (a kind or an item one side adds:
    :mod:`yamabiko.conversation.added`), or ``count:本`` where both
    sides count a thing by other numbers
    (:func:`~yamabiko.conversation.counted.changed_ja_counts`: 2本 / 1本); empty when none
    does."""
    for k in (0, 1):
        if facts[k] and not facts[1 - k]:
            found = other_modifier(facts[k], said[k], said[1 - k], units=units, unsaid=unsaid)
            if found:
                return f"other-kind:{found}"
            added = added_modifier(facts[k], said[k], said[1 - k], units)
            if added:
                return f"added-kind:{added}"
            item = added_item(facts[k], said[k], said[1 - k], units)
            if item:
                return f"added-item:{item}"
            mine, theirs = ([u for text in said[j] for u in units(text)] for j in (k, 1 - k))
            thing = other_thing(facts[k], mine, theirs)
            if thing:
                return f"other-thing:{thing}"
            counted = changed_ja_counts(said[k], said[1 - k], units)
            if counted:
                return f"count:{'+'.join(counted)}"
    return ""


def _alike(first: Unit, second: Unit) -> bool:
    """Two modifiers that say one thing: WordNet synonyms (English) or one SudachiPy synonym
    group (Japanese)."""
    if first.synonyms & second.synonyms:
        return True
    a, b = first.text.lower(), second.text.lower()
    if "-" in a and a.split("-")[0] == b.split("-")[0]:
        return True  # anti-glare / anti-reflection: one family of coatings
    return a.isascii() and b.isascii() and wordnet.synonyms(a, b)
