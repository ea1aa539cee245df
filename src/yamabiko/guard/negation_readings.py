"""Negations that the other prompt says without a negation (:func:`negation_explained`),
asked only when the ``negation`` check found one more negation on one side:

- **never / for the first time**: "I've never worn contacts" says what "for the first time"
  and "beginners" say (能を一度も観たことがない / 初めて, 初心者); only when the side with the
  negation says never (一度も ... ない, ...たことがない) and the other side says first time,
  beginner or novice (初めて, 初心者, 未経験), each side only the one.
- **a word with a negating prefix** (unable / can't, 非対応 / 対応していない): the side with
  fewer negations has a word that WordNet marks as the antonym of its base (unable / able,
  unavailable / available, unhappy / happy), the side with the negation has the base (not
  available) or can't for able, and not the word itself: the negation is in that word.
- **a negated word against its antonym** (session 25: not attached / a detached garage, can't
  remember / forgot): the side with the negation negates a word (the negation right before
  it) that the other side does not say, and the other side says instead a word WordNet marks
  its antonym as a verb, adjective or adverb (:func:`negated_opposite`; a noun after a
  negation is not what it negates). WordNet does not tell complementary antonyms (not
  attached: detached) from contrary ones (not rich: not necessarily poor); the other checks
  still read the two words (the ``antonym`` check's lexicon refuses not open / closed).
- **can't X, can I still / do I need to X** (session 26): "cant swim very well, can i still
  do coasteering" asks what "do I need to be able to swim to go coasteering?" asks: the side
  with the negation negates an ability (can't, cannot, unable to, not able to + a verb) and
  asks after it whether one can still (can I still, could we still), the other side asks
  whether that verb is needed (need to, have to, required to, necessary to; be able to or
  know how to between) and negates nothing (:func:`_still_without`).
- **without X / lost X**: "can I return it without a receipt" asks what "if I lost the
  receipt" or "if I forgot my receipt" asks: the side with the negation says without + X,
  the other a verb of losing or forgetting (lose, misplace, forget) and the same X.
- **without X / X-free**: "bread without any gluten" asks for what "gluten-free bread" names
  (a sugar-free drink, an alcohol free beer): the side with the negation says without (or
  no) + X, the other X-free and not X otherwise.
- **without X / an adverb glossed without X** (session 32): "watch it without paying" asks
  what "watch it for free" asks (WordNet: *for free*, "without payment"):
  :mod:`.english_without`.
- **a negation in the background**: "My ring doesn't fit - can you resize it?" asks what "Can
  you resize my ring?" asks: the side with the negations tells its situation in a statement
  before the question (a sentence, a clause after a dash or a semicolon; Japanese
  ...のですが、 / ...ましたが、 / 。), the question after it has no negation, and the other side
  is one question with none (not a background of its own, so not a situation flipped: "My
  card works - can you fix it?").
- **しか ... ない / だけ**: 現金しか使えませんか says "only cash", as 現金だけ and 現金のみ do;
  only when the side with the negation has しか before it and the other has だけ / のみ /
  限り and the same word right before it.
- **X 以外 / X じゃなくても** (session 25): 振袖以外の服装でも says what 振袖じゃなくても says;
  only when the side with the negation has X じゃなく / ではなく / でなく and the other X 以外
  (the same last two characters of X), not X じゃなく of its own; a question only, as below.
- **not X but Y** (session 25): 自分で送るのではなく、学校から送付してもらう形ですか asks what
  学校から送ってもらうのですか asks: the side with the negation corrects itself ((の)ではなく、
  / じゃなくて、), nothing after the correction negates, and the other side says no noun of X
  and not all of X (現金ではなく、カードで / 現金で stays a contrast); only in a question (a
  statement's correction tells what is not there: 海ではなく、草原に、船が置かれています).
- **a situation in a 場合 clause** (session 25, with the background reading): 時間が足りなくなった
  場合、延長をお願いできますか asks what 延長できますか asks, when the other side has no condition
  of its own (ば, たら, なら, 場合, ても) and does not say the negated word, or for a bare ない
  (風がない) a word of being (風がある日は / 風がない場合、 stays a contrast).
"""

from __future__ import annotations

import re
import unicodedata

from ..casual_en import written_out
from . import wordnet
from .constructions import necessity_converse
from .english_without import adverb_says_without
from .ja_words import ends_asking

_EN_NEVER = re.compile(r"\bnever\b")
_EN_FIRST = re.compile(r"\b(?:first time|first-timers?|beginners?|novices?)\b")
_JA_NEVER = re.compile(r"一度も|たことが(?:な|無|あり?ませ)")
_JA_FIRST = re.compile(r"初めて|はじめて|初心者|未経験")
_EN_WORD = re.compile(r"[a-z]+")
#: a prefix that negates its base (unable, inaccurate, impossible, illegal, irregular)
_EN_NEGATING = ("un", "in", "im", "il", "ir", "non", "dis")
_EN_CANNOT = re.compile(r"\b(?:can't|cannot|can not|couldn't|could not)\b")
_EN_WITHOUT = re.compile(r"\bwithout (?:a |an |the |my |your |our |any )?([a-z]+)")
_EN_LOST = re.compile(
    r"\b(?:lost|lose|loses|losing|misplaced|misplace|forgot|forgotten|forget)"
    r" (?:a |an |the |my |your |our )?([a-z]+)"
)
#: an ability negated: the verb (cant swim, can't really ride, unable to climb)
_EN_CANT_DO = re.compile(
    r"\b(?:cant|can't|cannot|can not|unable to|not able to)\s+(?:really\s+|even\s+)?([a-z]+)"
)
#: a verb asked as a requirement (need to be able to swim, have to know how to swim)
_EN_NEEDED = re.compile(
    r"\b(?:need|needs|have|has|required|necessary)\s+to\s+"
    r"(?:be\s+able\s+to\s+|know\s+how\s+to\s+)?([a-z]+)"
)
#: a can-question with still (can i still go, could we still join)
_EN_STILL = re.compile(r"\b(?:can|could|may)\s+(?:i|we|you|he|she|they|my\s+[a-z]+)\s+still\b")
_EN_NO = re.compile(r"\b(?:without|no) (?:a |an |the |any )?([a-z]+)")
_EN_FREE = re.compile(r"\b([a-z]+)[- ]?free\b")
_JA_ONLY_NEG = re.compile(r"(\w{1,6}?)しか\w*?(?:ない|ません|ず)")
_JA_ONLY = "だけ", "のみ", "限り"
#: where a statement of the situation ends and the question begins
_EN_BACKGROUND = re.compile(r"[.!;:]\s+|\s[-\u2013\u2014]+\s+")
_JA_BACKGROUND = re.compile(
    r"。|(?:です|ます|ました|でした|のです|んです|のだ|んだ)(?:が|けど|けれど|けれども)、"
    r"|場合(?:は|には|に)?、"
)
#: a clause of condition: a side whose situation is a 場合 clause is compared only with a
#: question that has none (経験がない場合、 / 経験があれば: a condition flipped)
_JA_CONDITION = re.compile(r"[れえけせてねめべげ]ば|[たださ]ら|なら|場合|[てで]も")
#: the word a Japanese negation negates (足りなくなった: 足り; 風がない: が, a word of being)
_JA_NEGATED = re.compile(r"(\w{0,2}?)く?(?:な[いかくけ]|ませ|ず)")
_JA_PARTICLES = frozenset("がはもにで")
#: a correction, not X but Y: the clause X (from the last comma or topic) before
#: (の)ではなく、 / じゃなくて、 and what follows it
_JA_INSTEAD = re.compile(r"([^、。は]{1,16}?)の?(?:では|じゃ)なく(?:て)?、(.+)")
#: X じゃなく / ではなく / でなく(ても): what X 以外 (other than X) says
_JA_NOT_X = re.compile(r"([一-龥ァ-ヶー]{1,8})(?:じゃ|では|で)なく")
#: any negating word or ending (broad: a side that has one is not read as having none)
_EN_ANY_NEGATION = re.compile(r"\b(?:not|no|never|without|none|nor|cannot|nothing)\b|n't")
_JA_ANY_NEGATION = re.compile(r"な[いかくけ]|ませ|ず|ぬ|無[いかくけし]|非|未|不")


def negation_explained(query: str, cached: str, difference: int, lang: str) -> bool:
    """``query`` has ``difference`` negations more than ``cached`` (or fewer, when negative),
    one only, and one of the readings above says it in the other without a negation."""
    more, fewer = (query, cached) if difference > 0 else (cached, query)
    if lang in ("en", "ja") and _in_background(more, fewer, lang):
        return True
    if abs(difference) != 1:
        return False
    if lang == "en":
        x, y = more.lower(), fewer.lower()
        found = _never_first(x, y, _EN_NEVER, _EN_FIRST) or _prefixed(x, y) or _lost(x, y)
        found = found or _free(x, y) or _still_without(x, y) or adverb_says_without(x, y)
        return found or bool(negated_opposite(x, y))
    if lang == "ja":
        x, y = (unicodedata.normalize("NFKC", t) for t in (more, fewer))
        found = _never_first(x, y, _JA_NEVER, _JA_FIRST) or _only(x, y)
        asking = ends_asking(x)  # (a statement's correction says what is not: 海ではなく、)
        return found or (asking and (_other_than(x, y) or _instead(x, y)))
    return False


def _in_background(more: str, fewer: str, lang: str) -> bool:
    """``more`` states its situation before its question and only that statement negates;
    ``fewer`` is one question without a statement before it and without any negation."""
    background, negating = (
        (_EN_BACKGROUND, _EN_ANY_NEGATION) if lang == "en" else (_JA_BACKGROUND, _JA_ANY_NEGATION)
    )
    x, y = (more.lower(), fewer.lower()) if lang == "en" else (
        unicodedata.normalize("NFKC", more), unicodedata.normalize("NFKC", fewer))
    y = y.rstrip(" ?？。.!！")
    if background.search(y) is not None or negating.search(y) is not None:
        return False
    ends = [m.end() for m in background.finditer(x.rstrip(" ?？。.!！"))]
    if not ends:
        return False
    told, asked = x[: ends[-1]], x[ends[-1] :]
    if lang == "ja" and told.endswith("、") and "場合" in told[-5:] and not _case_apart(told, y):
        return False  # (経験がない場合、参加できますか / 経験があれば参加できますか)
    return negating.search(told) is not None and negating.search(asked) is None


def _never_first(more: str, fewer: str, never: re.Pattern[str], first: re.Pattern[str]) -> bool:
    """``more`` says never and not first time or beginner, ``fewer`` the reverse."""
    found = never.search(more) and first.search(fewer)
    return bool(found and not never.search(fewer) and not first.search(more))


def _prefixed(more: str, fewer: str) -> bool:
    """``fewer`` has a word with a negating prefix that WordNet marks its base's antonym,
    ``more`` does not have it but has its base (not available / unavailable), or can't for
    able (can't log in / unable to log in): the negation of ``more`` is that word's."""
    words = set(_EN_WORD.findall(more))
    for word in set(_EN_WORD.findall(fewer)) - words:
        for prefix in _EN_NEGATING:
            base = word[len(prefix) :]
            said = base in words or (base == "able" and _EN_CANNOT.search(more) is not None)
            if word.startswith(prefix) and said and wordnet.antonyms(word, base):
                return True
    return False


#: a negation right before the word it negates (not open, isn't open, didn't pass, never open)
_EN_NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+([a-z]+)")


def negated_opposite(more: str, fewer: str) -> str:
    """``"open->closed"`` when ``more`` negates a word (a negation right before it: not open,
    didn't pass) that ``fewer`` does not say, and ``fewer`` says instead a word ``more`` does
    not, which WordNet marks that word's antonym (closed, failed, detached): not open says
    closed; empty otherwise (lower-case texts)."""
    words, said = set(_EN_WORD.findall(more)), set(_EN_WORD.findall(fewer))
    theirs = said - words
    if not theirs:
        return ""
    for negated in _EN_NEGATED.findall(more):
        if negated in said or negated in _EN_AUXILIARIES:
            continue  # (the other side says it too: the negation is not said by a word)
        opposites = wordnet.opposite_lemmas(negated, _PREDICATES)  # (most words: none)
        parts = {pos for pos, _ in opposites}
        for word in sorted(theirs) if opposites else ():
            if any((pos, y) in opposites for pos in parts for y in wordnet.lemmas_of(word, pos)):
                return f"{negated}->{word}"
    return ""


#: the parts of speech a negated word is read in (verbs, adjectives, adverbs: codes of
#: :data:`~.wordnet.POS`): a noun after a negation is not what it negates (not answer my
#: questions: answer / question are nouns WordNet opposes)
_PREDICATES = (1, 2, 3)
#: words a negation stands before that are not what it negates (is not, do not, can not)
_EN_AUXILIARIES = frozenset(
    ["be", "been", "being", "a", "an", "the", "to", "any", "have", "get", "really", "even"]
)


def _lost(more: str, fewer: str) -> bool:
    """``more`` says without X, ``fewer`` that X was lost or forgotten (same word family by
    its first four letters)."""
    found = _EN_WITHOUT.search(more)
    if found is None:
        return False
    thing = found.group(1)[:4]
    return any(m.group(1)[:4] == thing for m in _EN_LOST.finditer(fewer))


def _still_without(more: str, fewer: str) -> bool:
    """``more`` negates an ability (can't + a verb) and asks after it whether one can still
    (can i still go; not "do i still need to pay"), ``fewer`` asks whether that verb (one
    WordNet verb lemma) is needed, and negates nothing."""
    cant = _EN_CANT_DO.search(more)
    if cant is None or _EN_STILL.search(more, cant.end()) is None:
        return False
    if _EN_ANY_NEGATION.search(fewer) is not None:
        return False
    verb = cant.group(1)
    lemmas = set(wordnet.lemmas_of(verb, 1)) | {verb}
    return any(
        m.group(1) in lemmas or lemmas & set(wordnet.lemmas_of(m.group(1), 1))
        for m in _EN_NEEDED.finditer(fewer)
    )


def _free(more: str, fewer: str) -> bool:
    """``more`` says without (or no) X, ``fewer`` X-free (or X free: X one noun of the same
    lemma, nuts / nut-free) and X nowhere else; ``more`` does not say X-free itself."""
    if _EN_FREE.search(more) is not None:
        return False
    frees = [m.group(1) for m in _EN_FREE.finditer(fewer)]
    for found in _EN_NO.finditer(more):
        thing = found.group(1)
        for free in frees:
            if free == thing or set(wordnet.lemmas_of(free, 0)) & set(wordnet.lemmas_of(thing, 0)):
                return len(re.findall(rf"\b{re.escape(free)}\b", fewer)) == 1
    return False


def _only(more: str, fewer: str) -> bool:
    """``more`` says X しか ... ない, ``fewer`` X だけ / のみ / 限り."""
    found = _JA_ONLY_NEG.search(more)
    if found is None or "しか" in fewer:
        return False
    word = found.group(1)
    return any(word[-2:] + only in fewer for only in _JA_ONLY)


def _other_than(more: str, fewer: str) -> bool:
    """``more`` says X じゃなく / ではなく / でなく(ても), ``fewer`` X 以外 (the same last two
    characters of X: 振袖じゃなくても / 振袖以外の服装でも) and no X じゃなく of its own."""
    if _JA_NOT_X.search(fewer) is not None:
        return False
    return any(m.group(1)[-2:] + "以外" in fewer for m in _JA_NOT_X.finditer(more))


def _case_apart(told: str, fewer: str) -> bool:
    """A 場合 clause ``told`` states a situation ``fewer`` (one question) does not flip: ``fewer``
    has no condition of its own (:data:`_JA_CONDITION`) and does not say a negated word of
    ``told`` (足り of 足りなくなった) or, for a bare ない (風がない), a word of being (ある)."""
    if _JA_CONDITION.search(fewer):
        return False
    for found in _JA_NEGATED.finditer(told):
        stem = found.group(1)
        being = not stem or stem[-1] in _JA_PARTICLES
        if (being and re.search(r"あ[るりっ]|有", fewer)) or (not being and stem in fewer):
            return False
    return True


def _instead(more: str, fewer: str) -> bool:
    """``more`` corrects itself, not X but Y (自分で送るのではなく、学校から送付してもらう形です
    か): what follows has no negation, X has a word ``fewer`` does not say, and no noun of X
    (a word before a particle: 自分) is said by ``fewer``, so ``fewer`` asks Y alone; X said by
    ``fewer`` (現金ではなく、カードで / 現金で, 猫カフェで遊ぶのではなく、 / 猫カフェの席) is a
    contrast."""
    found = _JA_INSTEAD.search(more)
    if found is None or _JA_ANY_NEGATION.search(found.group(2)) is not None:
        return False
    words = re.findall(r"[一-龥ァ-ヶー]+", found.group(1))
    nouns = re.findall(r"([一-龥ァ-ヶー]+)(?:[のでにをがはとも]|$)", found.group(1))
    return bool(words) and not any(noun in fewer for noun in nouns) and not all(
        word in fewer for word in words
    )


def difference_explained(query: str, cached: str, difference: int, lang: str) -> bool:
    """A difference of ``difference`` negations that the two prompts' wording explains
    (:func:`.constructions.necessity_converse`, :func:`negation_explained`; ``Guard.check``'s
    negation check). These read the texts themselves: an English text as the analysis read
    it, its casual spellings written out (:func:`yamabiko.casual_en.written_out`: *can i park
    w/o a permit* / *do I need a permit to park*, session 27)."""
    if lang == "en":
        query, cached = written_out(query), written_out(cached)
    return necessity_converse(query, cached, difference) or negation_explained(
        query, cached, difference, lang
    )
