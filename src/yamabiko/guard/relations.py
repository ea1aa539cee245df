"""How the words of two analysed prompts relate, for the guard's checks: antonym and category
indexes built from the lexicon, swapped words and possessives, word families, and the content
words one side has that the other lacks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from . import lexicon as lx
from . import wordvec
from .analysis import Analysis, stem_en
from .compounds import compound_part
from .facts import reported_statement
from .japanese import short_units
from .limits import is_kanji
from .names import near_names, word_family
from .prefix_opposites import (
    _PREFIX_STARTS,
    _flipped,
    _negated_base,
    _prefix_opposite_counted,
    _prefixes,
)
from .roles import role_facts
from .units import Unit
from .wordnet_parts import part_of_day_within


def _antonym_index(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for left, right in pairs:
        index.setdefault(left, set()).add(right)
        index.setdefault(right, set()).add(left)
    return {word: frozenset(opposites) for word, opposites in index.items()}


_ANTONYMS = {"en": _antonym_index(lx.EN_ANTONYMS), "ja": _antonym_index(lx.JA_ANTONYMS)}
_ANTONYM_WORDS = {lang: frozenset(index) for lang, index in _ANTONYMS.items()}


def _category_index(
    categories: dict[str, str], normalise: Callable[[str], str]
) -> dict[str, tuple[str, str]]:
    """word -> (kind, canonical member); synonyms ("mom|mother") share the canonical form."""
    index: dict[str, tuple[str, str]] = {}
    for kind, members in categories.items():
        for member in members.split():
            forms = [normalise(f) for f in member.split("|")]
            for form in forms:
                index[form] = (kind, forms[0])
    return index


_CATEGORIES = {
    "en": _category_index(lx.EN_CATEGORIES, stem_en),
    "ja": _category_index(lx.JA_CATEGORIES, str),
}


def derive(a: Analysis) -> None:
    """Make now, and keep on ``a``, what the checks derive from it alone (its word sets,
    categories, prefixed words and word-family index), as
    :meth:`~yamabiko.guard.Guard.prepare` does for a lookup's query before its first check; the
    checks of an analysis not so prepared make what they need of it, and keep nothing."""
    a.derived("vocabulary", _words)
    if a.lang in _CATEGORIES:
        a.derived("kinds:" + a.lang, _kinds_of(a.lang))
    if a.lang == "en":
        a.derived("prefixed", _prefixed)
        a.derived("negated", _negated)
    a.derived("family", _family).index()
    role_facts(a, keep=True)  # the roles rule's word sets (session 22)


def _words(a: Analysis) -> frozenset[str]:
    return frozenset(a.content) | a.words


def _kinds_of(lang: str) -> Callable[[Analysis], dict[str, set[str]]]:
    """What makes an analysis's words that ``lang``'s categories know, by kind."""

    def make(a: Analysis) -> dict[str, set[str]]:
        index = _CATEGORIES[lang]
        kinds: dict[str, set[str]] = {}
        # (the words the index knows found in C, session 29: a look-up a word before; the
        # kinds' order does not matter, :func:`same_category` asks of every kind alike)
        for word in index.keys() & a.derived("vocabulary", _words, keep=False):
            found = index[word]
            kinds.setdefault(found[0], set()).add(found[1])
        return kinds

    return make


def _prefixed(a: Analysis) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """``a``'s words that have a negated base or opposite prefixes (:func:`_negated_base`,
    :func:`_opposite_forms`), with them; most words have neither."""
    found = {w: _prefixes(w) for w in a.derived("vocabulary", _words)}
    return {w: f for w, f in found.items() if f[0] is not None or f[1]}


_NO_BASE = {None}  # (what :func:`_negated_base` gives a word without a negating prefix)


def _negated(a: Analysis) -> bool:
    """Some content word of ``a`` has a negating prefix."""
    # (every word's base found in C, no generator step a word: most words have none)
    return not {*map(_negated_base, a.content)} <= _NO_BASE


def _family(a: Analysis) -> _Family:
    return _Family(a.content)


def unmatched(mine: Iterable[str], theirs: Iterable[str]) -> set[str]:
    """My content words that the other side lacks (compound parts and word families count
    as present: one contains the other, or a long common prefix, democrat / democratic:
    :func:`_related_to_some`): the guard's word-level difference of two analysed texts,
    public for the conversation matcher and the training scripts."""
    return _unmatched(mine, _Family(theirs))


def unmatched_in(mine: Iterable[str], theirs: Analysis) -> set[str]:
    """:func:`unmatched` against the content words of ``theirs``, whose sets and word-family
    index are made once when it was prepared (:func:`derive`)."""
    return _unmatched(mine, theirs.derived("family", _family, keep=False))


class _Family:
    """One side's words for :func:`unmatched`: as a set, those of 2+ characters, and their
    :func:`_family_index`, made when first needed."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        self.others = [t for t in self.words if len(t) >= 2]  # shorter: related to none
        self._index: tuple[str, dict[str, list[str]], list[str]] | None = None

    def index(self) -> tuple[str, dict[str, list[str]], list[str]]:
        if self._index is None:
            self._index = _family_index(self.others)
        return self._index


def _unmatched(mine: Iterable[str], theirs: _Family) -> set[str]:
    words, others = theirs.words, theirs.others
    out = set()
    for word in mine:
        if word in words:
            continue
        if len(word) >= 2 and _related_to_some(word, others, *theirs.index()):
            continue
        out.add(word)
    return out


def _family_index(others: list[str]) -> tuple[str, dict[str, list[str]], list[str]]:
    """The other side's words (of 2+ characters) joined by NUL (one substring search finds a
    word one of them contains), its English words by their first four letters and its other
    words (session 27: listed once, not tested for ASCII again for each English word asked
    about): what :func:`_related_to_some` compares."""
    heads: dict[str, list[str]] = {}
    foreign: list[str] = []
    for t in others:
        if t.isascii():
            heads.setdefault(t[:4], []).append(t)
        else:
            foreign.append(t)
    return "\0".join(others), heads, foreign


def _related_to_some(
    word: str, others: list[str], joined: str, heads: dict[str, list[str]], foreign: list[str]
) -> bool:
    """``word`` (2+ characters, none of ``others``) is of one family with some word of
    ``others``: an English word by its endings or spelling (:func:`~.names.word_family`:
    democrat / democratic, not sulfasalazine / sulfadiazine nor phone / earphones), else one
    contains the other (予約 / 予約制); the rest: :func:`_family_index` of ``others``
    (``foreign``: those not in ASCII)."""
    if word.isascii():
        found = heads.get(word[:4])
        if found is not None and any(word_family(word, t) for t in found):
            return True
        return bool(foreign) and any(word in t for t in foreign)
    if word in joined if "\0" not in word else any(word in t for t in others):
        return True  # one of theirs contains it (the NUL keeps each match inside one word)
    return any(map(word.__contains__, others))  # it contains one of theirs


def converse_agents(x: str, y: str) -> bool:
    """English nouns of one verb for its doer (-er / -or) and for whom it is done to (-ee):
    employer / employee, trainer / trainee, mentor / mentee (plurals too)."""
    x, y = (w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in (x, y))
    if x.endswith("ee") and y.endswith(("er", "or")):
        x, y = y, x
    return y.endswith("ee") and x.endswith(("er", "or")) and len(x) > 4 and x[:-2] == y[:-2]


def one_kanji_apart(x: str, y: str) -> bool:
    """Two Japanese words of the same length that differ in exactly one place, a kanji on
    both sides (禁煙 / 喫煙, 前払い / 後払い; words read alike, 早い / 速い, matched before)."""
    if len(x) != len(y) or len(x) < 2 or x.isascii():
        return False
    apart = [(cx, cy) for cx, cy in zip(x, y, strict=True) if cx != cy]
    return len(apart) == 1 and is_kanji(apart[0][0]) and is_kanji(apart[0][1])


def _other_doer(x: Unit, y: Unit, synonyms: float) -> bool:
    """Two English agent nouns (-er / -or / -ee / -ist: employer, seeker) that the word
    vectors do not call synonyms (cosine below ``synonyms``): another person, not a rewording
    of this one."""
    words = [u.text.lower().removesuffix("s") for u in (x, y)]
    if not all(len(w) > 4 and w.endswith(("er", "or", "ee", "ist")) for w in words):
        return False
    if x.vector is None or y.vector is None:
        return False
    return wordvec.similarity(x.vector, y.vector) < synonyms


def same_antonym(a: Analysis, b: Analysis, similarity: float) -> bool:
    """The guard's antonym check: False when one side has a word and the other its opposite
    (the lexicon's pairs; English negating and opposite prefixes: unsafe / safe, inbound /
    outbound). ``similarity`` is unused (every check takes it)."""
    index = _ANTONYMS.get(a.lang)
    if not index:
        return True
    english = a.lang == "en"
    words_a = a.derived("vocabulary", _words, keep=False)
    words_b = b.derived("vocabulary", _words, keep=False)
    sides = ((words_a, words_b, a.kept("prefixed")), (words_b, words_a, b.kept("prefixed")))
    for mine, theirs, prefixed in sides:
        only_theirs = theirs - mine  # the other side's words that this side lacks
        if not only_theirs:  # (no word of mine can meet its opposite; most have no pair)
            continue
        for word in (only_mine := mine - theirs) & _ANTONYM_WORDS[a.lang]:
            if not only_theirs.isdisjoint(index[word]):  # (in C: no generator, session 29)
                return False
        for word in only_mine if english else ():  # (most have no prefix: skipped unasked)
            if "-" not in word and not word.startswith(_PREFIX_STARTS):
                continue
            # prepared: the words that have prefixes, made once; else this word's, now
            found = _prefixes(word) if prefixed is None else prefixed.get(word)  # type: ignore[attr-defined]
            if found is not None and _flipped(found, only_theirs):
                return False  # unsafe / safe; inbound / outbound
    if english and (
        a.derived("negated", _negated, keep=False) or b.derived("negated", _negated, keep=False)
    ):  # (most prompts have no such word)
        counts_a, counts_b = Counter(a.content), Counter(b.content)
        if _prefix_opposite_counted(counts_a, counts_b):
            return False
        if _prefix_opposite_counted(counts_b, counts_a):
            return False
    return True


def category_members(a: Analysis) -> dict[str, str]:
    """The members of the guard's categories (family, animals, vehicles …) that ``a`` says,
    each by its canonical form (mom and mother: one member), with its kind."""
    index = _CATEGORIES.get(a.lang, {})
    return {index[w][1]: index[w][0] for w in set(a.content) | a.words if w in index}


def same_category(a: Analysis, b: Analysis, similarity: float) -> bool:
    """The guard's category check: False when a key noun is replaced by another of its kind
    (cats / dogs), or a word by a look-alike of another meaning (ethanol / methanol:
    :mod:`.names`). ``similarity`` is unused (every check takes it)."""
    if near_names(a, b):
        return False
    index = _CATEGORIES.get(a.lang)
    if not index:
        return True
    make = _kinds_of(a.lang)
    key = "kinds:" + a.lang
    kinds_a, kinds_b = a.derived(key, make, keep=False), b.derived(key, make, keep=False)
    for kind, members_a in kinds_a.items():
        members_b = kinds_b.get(kind)
        if members_b and members_a - members_b and members_b - members_a:
            return False  # cats / dogs: one key noun replaced by another of its kind
    return True


def _one_time(a: Analysis, b: Analysis, mine: set[str], theirs: set[str]) -> bool:
    """One part of a day replaced by another that WordNet makes a part of it, after a date
    both prompts say (Sunday evenings / Sunday nights), as :func:`same_date` reads it."""
    if len(mine) != 1 or len(theirs) != 1 or not a.dates & b.dates:
        return False
    return part_of_day_within(next(iter(mine)), next(iter(theirs)))


def _restricted(unit: Unit) -> bool:
    """A Japanese scope unit that a restrictive particle (だけ / のみ) follows: the only case
    asked about (朝刊のみ); not a word of time, extent or amount (平日, 近く, 多く, たくさん)."""
    return unit.scope and _plain_noun(unit.text)


@lru_cache(maxsize=4096)
def _plain_noun(word: str) -> bool:
    """SudachiPy tags ``word`` alone as one noun that cannot be an adverb (not 副詞可能, not
    an adjective or adjectival noun: 多く, たくさん)."""
    found = short_units(word, keep=False)  # (a word: the check's prompts stay kept)
    if not found or len(found) != 1:
        return False
    pos = found[0].part_of_speech()
    return pos[0] == "名詞" and pos[2] != "副詞可能"


def _changes(found: Sequence[Unit]) -> int:
    """How many words ``found`` changes: the short units of one Japanese compound noun (kanji
    and katakana, side by side: 個人 + 事業 + 主 of 個人事業主) are one word; any other unit
    (with kana inflection: 黒い, 乗っ) is one."""
    joined = [u for u in found if u.word >= 0 and u.kind == "content" and compound_part(u.text)]
    return len(found) - len(joined) + len({u.word for u in joined})


def same_number(a: Analysis, b: Analysis, similarity: float) -> bool:
    """The guard's ``number`` check: no number replaced by another (one added is detail)."""
    if not a.numbers or not b.numbers or a.numbers == b.numbers:
        return True  # (sorted: the same tuple is the same multiset)
    only_a = Counter(a.numbers) - Counter(b.numbers)
    only_b = Counter(b.numbers) - Counter(a.numbers)
    return not (only_a and only_b)  # a number added is detail; one replaced is not


def same_date(a: Analysis, b: Analysis, similarity: float) -> bool:
    """The guard's ``date`` check: no date replaced by another, but one part of a day for
    another that WordNet makes a part of it, after a date both prompts say (Sunday evenings /
    Sunday night: :func:`~.wordnet_parts.part_of_day_within`; session 28)."""
    mine, theirs = set(a.dates - b.dates), set(b.dates - a.dates)
    if not (mine and theirs):
        return True
    return _one_time(a, b, mine, theirs)


def same_question(a: Analysis, b: Analysis, similarity: float) -> bool:
    """The guard's ``question`` check: the two ask for the same kind of answer (a reported
    statement, he said the store is closed, answers no yes / no question: is it closed?)."""
    if "yesno" in a.qtypes | b.qtypes and reported_statement(a) != reported_statement(b):
        return False
    if {"duration", "validity"} <= a.qtypes | b.qtypes and not a.qtypes & b.qtypes:
        return False  # how long it takes / how long it stays valid
    a_kinds, b_kinds = _as_quantity(a.qtypes), _as_quantity(b.qtypes)
    if not a_kinds or not b_kinds or a_kinds & b_kinds:
        return True
    # "what"/"which" can ask for anything ("what time", "which place"), and "Is it possible
    # to X?" asks what "How can I X?" asks often enough: only specific kinds conflict.
    if "what" in a_kinds or "what" in b_kinds:
        return True
    broad = {"how", "yesno"}
    return bool(a_kinds <= broad and b_kinds <= broad)


def _as_quantity(kinds: frozenset[str]) -> frozenset[str]:
    """``kinds`` with a duration or a validity (how long) taken for a quantity."""
    found = kinds - {"duration", "validity"}
    return found | {"quantity"} if found != kinds else kinds
