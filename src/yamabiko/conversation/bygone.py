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
   an earlier one than the request's.

"I'd like it taken out" (a request, no passive) or "雨で運動会が中止になりました" (no earlier
year: this occasion, called off) still reverse. :func:`bygone_reversals` names the reversal
words such sentences say; :func:`~yamabiko.conversation.intent.reversals` leaves them out
unless another sentence of the turn says them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..guard.english import stem_en
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
            befallen = {w for w in told if _befallen(sentence, w, lang)}
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
