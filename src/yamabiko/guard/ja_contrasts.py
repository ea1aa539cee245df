"""Substitutions no model overturns: the minimal-pair check rejected ``substitution:X->Y``
and the two words contrast, so the boosted trees (or the rescue model) may not serve the
pair however casual or close the rest of it reads (session 26).

The trees score a pair from its whole shape: キャンプ場では大人がコンロを使ってもいいですか
against キャンプ場って子供がコンロ使っていい？ (cosine 0.86) scored 0.98, the casual rewording
of the rest outweighing the one word replaced, though adults and children are the two
members of a pair a question asks about apart. :func:`substituted_contrast` is the one place
that says a substitution is not a model's to serve; it names the two words:
``contrast:大人->子供`` (``antonym:remember->forgot`` for WordNet antonyms). The
minimal-pair stage asks it only of a substitution a model would serve, so a pair that the
check or the trees refuse costs nothing.

English (:mod:`.english_antonyms`): WordNet antonyms in their tagged senses (remember /
forgot, session 25), and two nouns WordNet files under one direct hypernym in their tagged
senses without sharing a synset (:func:`.english_antonyms.sibling_nouns`: adults / children,
Monday / Tuesday, France / Germany); since session 36 a closed compound against the word it
ends in (:func:`.english_tails.ends_in_word`: pineapple / apple, cupcake / cake).

Japanese (:func:`ja_contrasted`), from what the guard already knows and the general
resources it reads:

- the lexicon's opposites and the members of one of its kinds (男性 / 女性, 春 / 秋),
- two nouns of a place relative to a thing that name two places (箱の中 / 箱の上:
  :func:`.ja_words.places_apart`, late round of session 26),
- two compounds one kanji apart (:func:`.relations.one_kanji_apart`) where the two kanji
  are the lexicon's opposites (午前 / 午後: 前 / 後), or where the first kanji of one is a
  negating prefix or the kanji of prohibition and the other's is not (不要 / 必要, 禁煙 /
  喫煙: session 35, so 喫煙所 / 禁煙の場所, read as a rewording, is refused). Not every such
  pair: 期限 / 期間, 汽車 / 列車, 男性 / 男女 are rewordings the trees rightly serve on the
  tuning sets, so a kanji apart alone does not decide (平日 / 休日, 入会 / 退会 stay the
  trees' to weigh),
- the English word the default embedder puts nearest each (the word-vector table,
  :func:`_english`: among the English words WordNet can contrast at all, at
  :data:`TRANSLATED` or closer: 大人 -> adult, 子供 -> child), when those two contrast as
  above.

Either language: a word against itself with a prefix that negates or reverses it
(:func:`.prefix_opposites.prefix_opposed`: guided / self-guided, 使用 / 未使用), and a Japanese
negating prefix that SudachiPy cuts off as a unit of its own, substituted on one side only
(この講座の内容は公開されていますか / この講座って非公開？: ``negation:非``), session 28.

Two words of one SudachiPy synonym group never contrast (its groups never join opposites):
that test comes first. Nor do a giving verb said with an auxiliary of receiving and its
converse said plainly (:func:`.benefactive.converse_received`: チケットを売っていただけますか /
チケットを買うことはできますか, "you sell me" is "I buy"): the verbs' antonymy is the
perspective turned round, not two acts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon as lx
from . import wordnet, wordvec
from .benefactive import converse_received
from .english_antonyms import (
    SIBLING_FILES,
    contrasting_english,
    opposed,
    sibling_nouns,
    substituted_antonym,
)
from .english_comparatives import graded_apart
from .english_tails import ends_in_word
from .ja_alone import read_alone
from .ja_synonyms import groups
from .ja_words import places_apart
from .prefix_opposites import prefix_opposed
from .relations import _antonym_index, _category_index, one_kanji_apart
from .wordnet_clusters import substituted_across
from .wordnet_gender import genders_apart

if TYPE_CHECKING:
    from .units import Unit

#: the least cosine of a Japanese word and its nearest English word (the default embedder's
#: word vectors) for the English word to stand for it (大人 / adult 0.81; 入会 / attend 0.57
#: is no translation)
TRANSLATED = 0.75

#: whether an English substitution of one sibling noun for another is kept from the models
#: (measured in docs/quality.md, session 26)
SIBLINGS = True

#: WordNet's code of nouns (:data:`~.wordnet.POS`)
_NOUN = 0
#: Japanese words per matrix product when :func:`contrastable` is made
_BLOCK = 4096
_OPPOSED = _antonym_index(lx.JA_ANTONYMS)
_KINDS = _category_index(lx.JA_CATEGORIES, str)
#: the first kanji that turn a compound's act or state round: the negating prefixes (不要,
#: 未定, 無効, 非公開) and the kanji of prohibition (禁煙)
_DENYING = lx.JA_NEGATION_PREFIX | lx.JA_PROHIBITING_KANJI


def substituted_contrast(reason: str, query: str, cached: str) -> str:
    """The rejection ``"contrast:大人->子供"`` (the cached prompt's word first;
    ``"antonym:remember->forgot"`` for WordNet antonyms) when ``reason`` is the minimal-pair
    check's ``substitution:X->Y`` and a word of X contrasts with a word of Y (English:
    :func:`.english_antonyms.substituted_antonym`, sibling nouns, and two words WordNet keeps
    apart, :func:`.wordnet_gender.genders_apart` and
    :func:`.wordnet_clusters.substituted_across`: waiter / waitress; Japanese:
    :func:`ja_contrasted`, except a converse said with an auxiliary of receiving:
    :func:`.benefactive.converse_received`); empty otherwise."""
    kind, _, change = reason.partition(":")
    old, arrow, new = change.partition("->")
    if kind != "substitution" or not arrow:
        return ""
    prefixed = [(x, y) for x in old.split("+") for y in new.split("+") if prefix_opposed(x, y)]
    if prefixed:  # guided / self-guided, 使用 / 未使用: the prefix turns the word round
        return "antonym:{}->{}".format(*prefixed[0])
    bare = set(old.split("+")) ^ set(new.split("+"))
    if bare & lx.JA_NEGATION_PREFIX:  # 内容 / 非 (公開 shared): a negating prefix on its own
        return f"negation:{min(bare & lx.JA_NEGATION_PREFIX)}"
    if change.isascii():
        found = substituted_antonym(reason, query, cached)
        if found:
            return f"antonym:{found}"
        found = contrasting_english(old, new) if SIBLINGS else ""
        found = found or next(  # pineapple / apple, cupcake / cake: a compound (session 36)
            (f"{x}->{y}" for x in old.split("+") for y in new.split("+") if ends_in_word(x, y)),
            "",
        )
        # the smaller room / the little room: two grades of one place (session 37)
        found = found or graded_apart(old.split("+"), cached, new.split("+"), query)
        found = found or next(  # waiter / waitress, priceless / worthless (session 39)
            (f"{x}->{y}" for x in old.split("+") for y in new.split("+")
             if genders_apart(x, y) or substituted_across(x, y, query, cached)), ""
        )  # fmt: skip
    else:
        # (the words' contrast first, a dictionary test of two words remembered; then the
        # converse, which reads both prompts, of a pair that contrasts only: session 30)
        pairs = [(x, y) for x in old.split("+") for y in new.split("+") if x != y]
        found = next((f"{x}->{y}" for x, y in pairs if ja_contrasted(x, y)
                      and not converse_received(x, y, query, cached)), "")  # fmt: skip
    return f"contrast:{found}" if found else ""


def reworded_contrast(left: Sequence[Unit], right: Sequence[Unit], query: str, cached: str) -> str:
    """The rejection of two prompts the minimal-pair check reads as ``reworded`` (its words
    ``left`` on the cached side, ``right`` on the query's) when the rewording turns on one
    contrast: in Japanese a word of one side that contrasts with one of the other
    (:func:`substituted_contrast`: 大人 / 子供), in English a comparative where the other side
    has a positive adjective before the same word (session 37,
    :func:`.english_comparatives.graded_apart`: *the bigger pool* / *the large pool*, past
    the minimal-pair limit by *in winter*); empty otherwise."""
    if query.isascii():
        found = graded_apart([u.text for u in left], cached, [u.text for u in right], query)
        return f"contrast:{found}" if found else ""
    old, new = ("+".join(u.text for u in side) for side in (left, right))
    return substituted_contrast(f"substitution:{old}->{new}", query, cached)


@lru_cache(maxsize=4096)
def ja_contrasted(first: str, second: str) -> bool:
    """Two Japanese words that contrast (see the module docstring): opposites or members of
    one kind in the lexicon, one kanji apart where the two kanji are opposites, or nearest
    to two English words that contrast; never two words of one SudachiPy synonym group."""
    if first.isascii() or second.isascii():
        return False
    one, two = _normalised(first), _normalised(second)
    if one == two or (groups(one) & groups(two)):
        return False  # one word, or one synonym group: 成人 / 大人
    if two in _OPPOSED.get(one, ()):
        return True  # 男性 / 女性
    if places_apart(one, two):
        return True  # 箱の中 / 箱の上: two places
    kinds = _KINDS.get(one), _KINDS.get(two)
    if kinds[0] and kinds[1] and kinds[0][0] == kinds[1][0] and kinds[0][1] != kinds[1][1]:
        return True  # 春 / 秋: two members of one kind
    if one_kanji_apart(one, two) and _kanji_opposed(one, two):
        return True  # 午前 / 午後, 前払い / 後払い
    english = _english(one), _english(two)
    if not english[0] or not english[1] or english[0] == english[1]:
        return False
    return opposed(*english) or sibling_nouns(*english)


def _kanji_opposed(first: str, second: str) -> bool:
    """The one kanji where two words of one length differ are the lexicon's opposites as
    words of their own (前 / 後 in 午前 / 午後), or open the words and one of them negates or
    forbids what follows it where the other does not (:data:`_DENYING`: 禁煙 / 喫煙, 不要 /
    必要; session 35)."""
    apart = [(x, y) for x, y in zip(first, second, strict=True) if x != y]
    if any(y in _OPPOSED.get(x, ()) for x, y in apart):
        return True
    return first[0] != second[0] and (first[0] in _DENYING) != (second[0] in _DENYING)


def _normalised(word: str) -> str:
    """SudachiPy's normalised form of ``word`` read as one word (子ども -> 子供), else the
    word itself (:func:`.ja_alone.read_alone`: each word tokenized once, not once for each
    pair :func:`ja_contrasted` meets it in; session 30)."""
    alone = read_alone(word)
    return alone.normalized if alone is not None else word


def _english(word: str) -> str:
    """The English word nearest ``word`` in the word-vector table among those WordNet can
    contrast, at :data:`TRANSLATED` or closer (:func:`contrastable`); empty otherwise."""
    return contrastable().get(word, "")


@lru_cache(maxsize=1)
def contrastable() -> dict[str, str]:
    """Each Japanese word of the word-vector table -> the English word nearest it among
    those WordNet can contrast with another (:func:`_readable`), when their cosine reaches
    :data:`TRANSLATED`; empty without the table or WordNet. Made once, by the guard's
    warm-up, in blocks of one matrix product each (~0.2 s), so that a check reads a
    dictionary: a product per word at check time cost several ms at the p99 (BLAS threads
    on a loaded machine)."""
    tables = wordnet.load()
    if tables is None:
        return {}
    english = [w for w in wordvec.english_words() if _readable(w, tables)]
    japanese = [w for w in wordvec.words() if not w.isascii()]
    return wordvec.NearestWords(english).find(japanese, TRANSLATED, _BLOCK)


def _readable(word: str, tables: wordnet.Tables) -> bool:
    """``word`` is a noun lemma with a tagged sense in a file of sibling nouns among its
    first :data:`.wordnet.SENSES`, or a lemma WordNet gives an antonym (dictionary look-ups
    only: the table's 30,000 English words are read in ~20 ms)."""
    senses = tables.index[_NOUN].get(word, ())[: wordnet.SENSES]
    if any(tables.synsets[code].lexname in SIBLING_FILES for code in senses):
        return True
    return word in tables.opposed or word in (tables.noun_opposed or {})
