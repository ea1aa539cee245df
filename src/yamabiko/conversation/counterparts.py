"""A fact one side's assistant repeated back, said on the other side in a word of its own.

The last check of stated facts (:func:`~yamabiko.conversation.facts.compare_stated`, ``fact``)
holds a word the user said and the assistant repeated back for a fact the other conversation
must state too. A thread said in other words states it in another word: *jungle* where the
other side said *rainforest*, 午前 for 朝, あさって for 明後日. :func:`counterparts` pairs
each such word with the other side's word that takes its place: a word the other side states
and this side never says, of one SudachiPy synonym group or normalised form, or the nearest
by the default embedder's word vectors (:mod:`yamabiko.guard.wordvec`) when each of the two is
the other's nearest among the words only its side says and their cosine reaches
:data:`NEAR`. Pairing one to one, each way, keeps a fact that is *added* on one side (a luge
with the swans: nothing on the other side takes its place) a lost fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..guard import ja_synonyms, wordnet, wordvec
from ..guard import lexicon as lx
from ..guard.english_tails import ends_in_word
from ..guard.ja_readings import homophones
from ..guard.limits import is_kanji
from ..guard.relations import one_kanji_apart
from ..guard.spelling import kana
from ..guard.units import Unit

__all__ = [
    "DEPTH", "NEAR", "another_of_kind", "counterparts", "english_compound", "spelt_in_kanji",
]  # fmt: skip

#: the cosine of two words' vectors from which a word only one side says stands for a word
#: only the other side says (jungle / rainforest 0.61)
NEAR = 0.6
#: how many steps up WordNet's hypernyms a noun's sense may lie below the other's
DEPTH = 2
#: the words a WordNet gloss opens with, among which a definition names its kind ("a stone
#: that is used ...", "a flat cake of ...", "an automobile roof having ...")
GENUS_WORDS = 4


def counterparts(lost: Sequence[Unit], mine: Sequence[Unit], theirs: Sequence[Unit]) -> set[int]:
    """The ids of the units of ``lost`` (facts of my side the other side never says) that a
    word of ``theirs`` (the units the other side states) says in other words, ``mine`` being
    the units my side states. Only the content words each side says alone compete."""
    mine_keys = {u.key.lower() for u in mine}
    their_keys = {u.key.lower() for u in theirs}
    own = _alone(mine, their_keys)
    other = _alone(theirs, mine_keys)
    if not lost or not other:
        return set()
    found = set()
    for unit in lost:
        if _synonym(unit, other) is not None or _head(unit, other) is not None:
            found.add(id(unit))
            continue
        partner = _nearest(unit, other)
        back = _nearest(partner, own) if partner is not None else None
        if (
            partner is not None and back is not None and back.key.lower() == unit.key.lower()
            and not another_of_kind(unit.text, partner.text)
            and not ends_in_word(unit.text, partner.text)  # (pineapple / apple)
        ):  # fmt: skip
            found.add(id(unit))  # each the other's nearest: one fact in two words
    return found


def spelt_in_kanji(unit: Unit, mine: Sequence[Unit], theirs: Sequence[Unit]) -> bool:
    """``unit`` is a word written in kana that my own side also writes in kanji, a word of
    the same reading (SudachiPy's) that the other side says (おおさか in the user's turn,
    大阪 in the assistant's confirmation and on the other side): the conversation itself
    tells which word the kana spell, so no table of homophones need. Or (session 32) one
    side writes in kana the one word the other writes in kanji, the only word of the word
    table's Japanese words read so (あさって / 明後日:
    :func:`~yamabiko.guard.ja_readings.homophones` finds 明後日 alone; not こうえん, which may
    be 公園, 公演 or 講演), whichever side ``unit`` is on."""
    if not kana(unit.text):
        return any(kana(u.text) and _kana_of(u) == unit.key for u in theirs)
    if not unit.reading or len(unit.reading) < 2:
        return False
    their_keys = {u.key for u in theirs}
    return _kana_of(unit) in their_keys or any(
        m.reading == unit.reading and not kana(m.text) and m.key in their_keys for m in mine
    )


def _kana_of(unit: Unit) -> str | None:
    """The one word in kanji that a word written in kana (two kana or more) spells: the only
    other word of the word table's Japanese words SudachiPy reads as it does, else None."""
    if not unit.reading or len(unit.reading) < 2 or not kana(unit.text):
        return None
    spelt = homophones(unit.reading, unit.text) - {unit.text, unit.key}
    word = next(iter(spelt)) if len(spelt) == 1 else None
    return word if word is not None and not kana(word) else None


def _alone(side: Sequence[Unit], other_keys: set[str]) -> list[Unit]:
    """The content units of ``side`` whose key the other side never says (one per key)."""
    out: dict[str, Unit] = {}
    for u in side:
        if u.kind == "content" and u.key.lower() not in other_keys:
            out.setdefault(u.key.lower(), u)
    return list(out.values())


def _synonym(unit: Unit, others: Sequence[Unit]) -> Unit | None:
    """The first of ``others`` of one SudachiPy synonym group or normalised form with
    ``unit`` (Japanese words only)."""
    if unit.text.isascii():
        return None
    for o in others:
        if o.text.isascii():
            continue
        if ja_synonyms.shares_group(unit.text, [o.text]) or ja_synonyms.shares_group(
            unit.key, [o.key]
        ):
            return o
    return None


def _head(unit: Unit, others: Sequence[Unit]) -> Unit | None:
    """The one word of ``others`` that is a Japanese compound ending in ``unit``'s word, or
    the word a compound ``unit`` ends in (絵柄 / 柄, 生わさび / わさび: the compound's last
    part names what it is), that last part a kanji or two characters or more; None when
    there is none or more than one."""
    if unit.text.isascii():
        return _english_head(unit, others)
    found = [
        o for o in others
        if not o.text.isascii() and o.text != unit.text
        and (_ends(o, unit) or _ends(unit, o))
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _english_head(unit: Unit, others: Sequence[Unit]) -> Unit | None:
    """The one English word of ``others`` that is a compound of ``unit``'s word or the word
    a compound ``unit`` ends in (:func:`english_compound`: headstone / stone, stairlift /
    lift, mid-terrace / terraced), unless WordNet makes the compound a kind of the other
    word (bathroom / room, armchair / chair: :func:`another_of_kind`, two things); None when
    there is none or more than one. Two modifiers of a noun (*a grapefruit tart* / *a fruit
    tart*, *a cupcake stand* / *a cake stand*) name two kinds of it, the compound the
    narrower: no pairing there (session 36, wrong)."""
    word = unit.text.lower()
    found = [
        o for o in others
        if o.text.isascii() and o.text.lower() != word
        and (english_compound(o.text.lower(), word) or english_compound(word, o.text.lower()))
        and not another_of_kind(word, o.text.lower())
        and not (unit.modifier and o.modifier)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=4096)
def english_compound(compound: str, part: str) -> bool:
    """``compound`` (lower case) is an English compound whose last part names what it is,
    ``part``: closed up, both its parts WordNet nouns of three letters or more (headstone
    / stone, stairlift / lift); or hyphened, its last part a form of the same WordNet
    lemma as ``part`` (mid-terrace / terraced, a house in a terrace either way)."""
    if not part.isalpha() or len(part) < 3:
        return False
    if "-" in compound:
        last = compound.rsplit("-", 1)[1]
        return last.isalpha() and bool(set(wordnet.lemmas(last)) & set(wordnet.lemmas(part)))
    first = compound[: -len(part)]
    return (
        compound.isalpha() and compound.endswith(part) and len(first) >= 3
        and bool(wordnet.lemmas_of(first, 0)) and bool(wordnet.lemmas_of(part, 0))
        and _glossed_as(compound, part)
    )  # fmt: skip


def _glossed_as(compound: str, part: str) -> bool:
    """``compound``, where WordNet has it as a noun, is defined as a ``part`` in one of its
    senses: a form of ``part``'s lemma among the first :data:`GENUS_WORDS` words of a sense's
    gloss, where a definition names its kind (*headstone*: "a stone that is used to mark a
    grave", *handrail*: "a railing at the side of a staircase"). Session 35 review: two nouns
    run together are often no kind of the second (*seafood* "edible fish ... or shellfish",
    *pineapple*, *peanut*, *fortnight*, *carpet*, *mushroom*), and *a seafood platter* was one
    thread with *a food platter*. A compound WordNet does not know (*letterbox*, *stairlift*)
    is not asked; True without the data."""
    tables = wordnet.load()
    lemmas = wordnet.lemmas_of(compound, 0)
    if tables is None or not tables.noun_senses or not tables.noun_data or not lemmas:
        return True
    kinds = set(wordnet.lemmas(part))
    for offset in tables.noun_senses.get(lemmas[0], ()):
        line = tables.noun_data[offset : tables.noun_data.index(b"\n", offset)]
        gloss = line.partition(b"| ")[2].decode("ascii", "replace")
        words = re.findall(r"[a-z]+", gloss.lower())[:GENUS_WORDS]
        if any(kinds & set(wordnet.lemmas(w)) for w in words):
            return True
    return False


def _ends(compound: Unit, part: Unit) -> bool:
    """``compound`` ends in ``part``, a word of its own: a kanji or two characters or more,
    not a verb's inflected stem (the 取り of 予約を取り is no 歯石取り: its key, 取る, is
    the dictionary form)."""
    text = part.text
    inflected = part.key != text and _hiragana(part.key[-1]) and _hiragana(text[-1])
    return compound.text.endswith(text) and (len(text) >= 2 or is_kanji(text)) and not inflected


def _hiragana(char: str) -> bool:
    """``char`` is a hiragana letter."""
    return "\u3041" <= char <= "\u309f"


def _index(unit: Unit) -> int | None:
    """The word-vector row of a unit (its key, its text, its text in lower case)."""
    return wordvec.vector_index(unit.key, unit.text, unit.text.lower())


def _nearest(unit: Unit, others: Sequence[Unit]) -> Unit | None:
    """The unit of ``others`` whose vector is nearest ``unit``'s, when their cosine reaches
    :data:`NEAR`, else None (the first of equals)."""
    row = _index(unit)
    if row is None:
        return None
    best, found = NEAR, None
    for o in others:
        col = _index(o)
        cosine = wordvec.similarity(row, col) if col is not None else -1.0
        if cosine >= best and (found is None or cosine > best):
            best, found = cosine, o
    return found


def another_of_kind(first: str, second: str) -> bool:
    """Two words near in meaning that name two things of one kind, not one thing in other
    words: English nouns of which one names a kind of the other within :data:`DEPTH` steps
    of WordNet's hypernyms among the tagged senses of each (road / driveway, room /
    bathroom) or two kinds of one thing (a shared direct hypernym: apples / pears); Japanese
    words of one length apart in one kanji (小学 / 中学:
    :func:`~yamabiko.guard.relations.one_kanji_apart`) or opening with numerals of other
    values (両目 / 片眼: :data:`~yamabiko.guard.lexicon.JA_NUMERALS`)."""
    if first.isascii() and second.isascii():
        return _kind_related(first.lower(), second.lower())
    if first.isascii() or second.isascii():
        return False
    a, b = lx.JA_NUMERALS.get(first[0]), lx.JA_NUMERALS.get(second[0])
    if a is not None and b is not None and a != b:
        return True
    return one_kanji_apart(first, second)


@lru_cache(maxsize=4096)
def _kind_related(first: str, second: str) -> bool:
    """English nouns in a kind relation by WordNet (see :func:`another_of_kind`)."""
    mine, theirs = _noun_senses(first), _noun_senses(second)
    if not mine or not theirs or mine & theirs:
        return False  # one sense shared: the same thing
    above = {s: _above(s) for s in mine | theirs}
    return any(
        x in above[y] or y in above[x] or (_parents(x) & _parents(y))
        for x in mine for y in theirs
    )  # fmt: skip


def _noun_senses(word: str) -> frozenset[int]:
    """The first tagged noun senses WordNet keeps of ``word``'s lemmas."""
    if not word.isalpha():
        return frozenset()
    return frozenset(wordnet.tagged_senses(word, 0, wordnet.MAX_SENSES))


def _parents(sense: int) -> frozenset[int]:
    """The direct hypernyms of a sense that WordNet's tables keep."""
    tables = wordnet.load()
    found = tables.synsets.get(sense) if tables is not None else None
    return frozenset(found.hypernyms) if found is not None else frozenset()


def _above(sense: int) -> frozenset[int]:
    """The hypernyms of a sense up to :data:`DEPTH` steps."""
    seen: set[int] = set()
    front = {sense}
    for _ in range(DEPTH):
        front = {h for s in front for h in _parents(s)}
        seen |= front
    return frozenset(seen)
