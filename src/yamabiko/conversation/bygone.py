"""A reversal that befell something in an earlier year: a story, not the user's decision.

A user who books this year's show often tells what went wrong at an earlier one: "Last
year the fireworks were cancelled and the children were so disappointed.",
去年は花火が中止になって、子どもたちががっかりしていたんです. The reversal word (*cancelled*,
中止) is no act of the user's here for two reasons the grammar shows, and both must hold:

1. it is told as having befallen something: an English passive (a form of *be* or *get*
   right before the participle, adverbs in *-ly* between: *was cancelled*, *got called
   off*), a Japanese reversal noun made the predicate by に + なる (中止になって,
   キャンセルになった) or by the passive される (中止された);
2. its sentence names a year before this one (:data:`_EARLIER_YEAR`: *last year*, *the year
   before*, *two years ago*; 去年, 昨年, 一昨年, 前年, 三年前, 2年前): the occasion it befell is
   an earlier one than the request's; and the year dates the reversal, not another verb of
   the sentence (session 34 review, :func:`_dated`): "The pass I bought last year was
   cancelled", "I paid for it last year, and it was cancelled last month", 去年購入した年間パスが
   中止になって tell this year's reversal of a thing bought in an earlier one.

"I'd like it taken out" (a request, no passive) or "雨で運動会が中止になりました" (no earlier
year: this occasion, called off) still reverse. :func:`bygone_reversals` names the reversal
words such sentences say; :func:`~yamabiko.conversation.intent.reversals` leaves them out
unless another sentence of the turn says them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..guard.english import stem_en
from ..guard.japanese import short_units
from ..guard.wordnet_first import first_lexnames
from .fact_words import SENTENCE

__all__ = ["bygone_reversals", "names_earlier_year"]

#: a year before this one, said in English or Japanese
_EARLIER_YEAR = re.compile(
    r"\blast year\b|\bthe (?:year before|previous year)\b|\b\w+ years? ago\b"
    r"|去年|昨年|前年|[0-9０-９一二三四五六七八九十数]+年前",
    re.IGNORECASE,
)
#: the forms of *be* and *get* that make an English passive
_PASSIVE_AUXILIARIES = frozenset(
    {"was", "were", "been", "be", "being", "is", "are", "got", "gotten", "get", "gets"}
)
_EN_WORD = re.compile(r"[a-z][a-z'-]*")
#: what follows a Japanese reversal noun told as having befallen something: に + なる, される
_JA_BEFALLEN = r"(?:に(?:な[っりるれら]|成)|され)"
#: what ends an English clause inside a sentence: punctuation, a conjunction
_EN_CLAUSE = re.compile(
    r"[,;:]|\b(?:and|but|so|because|although|though|while|then|after|before|when|since)\b"
)
#: the kana a Japanese verb's dictionary form ends in
_JA_VERB_ENDS = frozenset("うくすつぬぶむるぐ")


def names_earlier_year(text: str) -> bool:
    """``text`` names a year before this one (*last year*, 去年, 三年前)."""
    return bool(_EARLIER_YEAR.search(text))


def bygone_reversals(text: str, words: Iterable[str], lang: str) -> frozenset[str]:
    """The reversal ``words`` (stems, ``verb+particle`` or Japanese lemmas, as
    :func:`~yamabiko.conversation.intent.reversals` names them) that ``text`` says only in
    sentences naming an earlier year and telling the reversal as having befallen something
    (the module docstring)."""
    words = frozenset(words)
    if not words or not names_earlier_year(text):
        return frozenset()
    bygone: set[str] = set()
    elsewhere: set[str] = set()
    for sentence in SENTENCE.findall(text):
        told = {w for w in words if _says(sentence, w, lang)}
        if told and names_earlier_year(sentence):
            befallen = {
                w for w in told if _befallen(sentence, w, lang) and _dated(sentence, w, lang)
            }
            bygone |= befallen
            elsewhere |= told - befallen
        else:
            elsewhere |= told
    return frozenset(bygone - elsewhere)


def _says(sentence: str, word: str, lang: str) -> bool:
    """``sentence`` says the reversal ``word`` (a Japanese lemma by its kanji or kana stem,
    an English stem or the verb of a ``verb+particle``)."""
    if lang == "ja":
        return word[:-1] in sentence if len(word) > 2 else word in sentence
    verb = word.split("+")[0]
    return any(stem_en(t).startswith(verb) for t in _EN_WORD.findall(sentence.lower()))


def _befallen(sentence: str, word: str, lang: str) -> bool:
    """``sentence`` tells the reversal ``word`` each time it says it as having befallen
    something: an English passive, a Japanese noun + に + なる or + される, a verb's passive
    ("The show was cancelled, so cancel my seats." also asks for one: no)."""
    if lang == "ja":
        stem = word[:-1] if word[-1] in _JA_VERB_ENDS and len(word) > 2 else word
        told = len(re.findall(re.escape(stem), sentence))
        after = "[さかがたなまらわば]れ" if stem != word else _JA_BEFALLEN  # 取り消される
        return told == len(re.findall(re.escape(stem) + after, sentence))
    verb = word.split("+")[0]
    tokens = _EN_WORD.findall(sentence.lower())
    told = [k for k, token in enumerate(tokens) if stem_en(token).startswith(verb)]
    return all(_passive(tokens, k) for k in told)


def _passive(tokens: list[str], k: int) -> bool:
    """``tokens[k]`` is a participle after a form of *be* or *get* (adverbs in *-ly* between:
    *was suddenly cancelled*)."""
    if not tokens[k].endswith(("ed", "en")):
        return False
    at = k - 1
    while at >= 0 and tokens[at].endswith("ly"):
        at -= 1
    return at >= 0 and tokens[at] in _PASSIVE_AUXILIARIES


def _dated(sentence: str, word: str, lang: str) -> bool:
    """The earlier year ``sentence`` names dates its reversal ``word``: in English they share
    a clause (no comma or conjunction between, :data:`_EN_CLAUSE`) that says no other verb (a
    verb, :func:`_verb`, besides an auxiliary: "the pass I *bought*
    last year was cancelled"); in Japanese no verb (SudachiPy's 動詞) stands between the year
    and the reversal (去年*購入し*た年間パスが中止になって; 去年は花火が中止になって is dated)."""
    if lang == "ja":
        for year in _EARLIER_YEAR.finditer(sentence):
            at = sentence.find(word[:-1] if len(word) > 2 else word, year.end())
            between = short_units(sentence[year.end() : at]) if at >= 0 else None
            if at >= 0 and not any(m.part_of_speech()[0] == "動詞" for m in between or ()):
                return True
        return False
    verb = word.split("+")[0]
    for clause in _EN_CLAUSE.split(sentence.lower()):
        tokens = _EN_WORD.findall(clause)
        if not names_earlier_year(clause) or not any(stem_en(t).startswith(verb) for t in tokens):
            continue
        others = [t for t in tokens if not stem_en(t).startswith(verb)]
        if not any(t not in _AUXILIARIES and _verb(t) for t in others):
            return True
    return False


#: the auxiliaries a reversal told as having befallen something may take (*had been cancelled*)
_AUXILIARIES = _PASSIVE_AUXILIARIES | {"had", "has", "have", "did", "does", "do"}


def _verb(token: str) -> bool:
    """``token`` is an English verb that WordNet knows as no noun and no adverb (*bought*,
    *booked*, *paid*; not *show*, nor the particle *off* of *called off*)."""
    return (
        first_lexnames(token, 1) is not None
        and first_lexnames(token, 0) is None
        and first_lexnames(token, 3) is None
    )
