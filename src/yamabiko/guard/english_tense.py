"""The time an English question asks about, read at its opening (session 39, wrong; the
guard's ``roles`` step, through :func:`.modality.frame_changed`).

*How long did the repair take?* / *How long will the repair take?*, *Did the parcel arrive?* /
*Will the parcel arrive?*, *Who won the game?* / *Who will win the game?*
share every content word and sit at a cosine of 0.86-0.96, yet one asks what happened and the
other what will happen: the answers differ. The auxiliary that opens a question (after its
question word: *how long did*, *when will*, *did*) says its time, a closed class of the
grammar: the past (*did*, *was*, *were*, *had*), the future (*will*, *'ll*, *shall*) and the
present (*do*, *does*, *is*, *are*, *am*, *can*). A question with no such auxiliary there
says its time with its verb (*Who won the game?*, *Which team won?*): when it opens with a
question word that asks for the doer (*who*, *what*, *which*), the other question's word right
after its *will* (*Who will win the game?*) is a verb lemma, and one of this question's first
:data:`_SUBJECT_VERB` words is a past form of that lemma (WordNet's exception list, *won* ->
*win*, or an *-ed* form morphy reduces to it), it says the past.

:func:`tense_changed` reports ``past->future`` (the cached prompt's first) when one question
asks about the past and the other about the future. The present is compared with neither:
a timetable is asked in the present or the future alike (*Is the taco truck at the brewery on
Thursdays?* / *Will I find your van there every Thursday?*, a paraphrase of the sets), and a
lasting fact in the past or the present (*How was language created?* / *How are languages
created?*, *Which was the first movie in Bollywood?* / *What is ...*): on Quora's dev pairs
an opening past against a present is a paraphrase in 309 of 1,005 pairs, against a future in
2 of 36. *Was the museum open on Monday?* / *Is the museum open on Monday?* is therefore not
read. Only a text of one sentence is read: a story's own past (*I was wondering whether you
repair piano keys?*) is no question's time, nor is a condition's mood (*If today were the last
day of your life, would you ...?*); no pair of the 33 FAQ tuning sets is read.

Inside a clause (session 39, review2) the opening says nothing (*Can you tell me what time the
shop opened?* / *... what time the shop will open?*): there :func:`clause_time_swapped` reads
the one place where the two texts' words differ, when that place is a past verb on one side and
*will* + its lemma on the other (*opened* / *will open*, *left* / *will leave*), or *was* /
*were* against *will be* before the same word; any other difference reads nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet
from .shared_ends import shared_ends

#: the opening auxiliaries by the time they say (a closed class of the grammar)
_PAST = frozenset({"did", "didn't", "was", "wasn't", "were", "weren't", "had", "hadn't"})
_FUTURE = frozenset({"will", "won't", "shall", "shan't"})
_PRESENT = frozenset(
    {"do", "does", "don't", "doesn't", "is", "isn't", "are", "aren't", "am", "can", "can't"}
)
#: how many words may stand before the opening auxiliary (*how many people*, *what time*)
_OPENING = 4
#: the words that open a condition, whose verb says a mood rather than a time
_CONDITIONS = frozenset({"if", "unless", "suppose", "supposing"})
#: a sentence boundary inside a text (several sentences: a story and its question)
_SENTENCES = re.compile(r"[.!?;]\s+\S|\s[-\u2013\u2014]\s")
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: the words and numbers compared place by place (:func:`clause_time_swapped`)
_TOKENS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
#: the question words that may ask for the doer, and how many words the doer's question may
#: take before its verb (*which team won*)
_DOER_WORDS = frozenset({"who", "what", "which"})
_SUBJECT_VERB = 3
#: WordNet's code of verbs (:data:`.wordnet.POS`)
_VERB = 1


@lru_cache(maxsize=2048)
def opening_time(text: str) -> tuple[str, str]:
    """The time an English question of one sentence asks about, read at its opening
    auxiliary (``past``, ``future``, ``present``; empty when none stands among its first
    :data:`_OPENING` + 1 words), and the word right after that auxiliary (with no auxiliary:
    the question's first words, when the first is a question word for the doer; empty for
    text that is no question of one sentence)."""
    low = text.strip().lower().replace("\u2019", "'")
    if _SENTENCES.search(low) or not low.endswith("?"):
        return "", ""
    words = _WORDS.findall(low)
    for i, word in enumerate(words[: _OPENING + 1]):
        if word in _CONDITIONS:
            return "", ""  # if today were my last day: a condition's mood, no time
        time = _time_of(word)
        if time:
            return time, words[i + 1] if i + 1 < len(words) else ""
    if words and words[0] in _DOER_WORDS:
        return "", " ".join(words[1:_SUBJECT_VERB])
    return "", ""


def _time_of(word: str) -> str:
    """The time an auxiliary says (``'ll`` joined to its subject: the future); empty for
    any other word."""
    if word in _PAST:
        return "past"
    if word in _FUTURE or word.endswith("'ll"):
        return "future"
    return "present" if word in _PRESENT else ""


def _past_verb(words: str, lemmas: set[str]) -> bool:
    """One of ``words`` (joined by spaces) is a past form of a verb of ``lemmas``: a form
    WordNet's exception list gives that lemma (*won*, *took*), or an *-ed* form morphy reduces
    to it (*booked*)."""
    tables = wordnet.load()
    if tables is None:
        return False
    exceptions = tables.exceptions[_VERB]
    for word in words.split():
        if word in lemmas:
            continue
        bases = exceptions.get(word, ())
        if any(base in lemmas for base in bases):
            return True
        if word.endswith("ed") and lemmas.intersection(wordnet.lemmas_of(word, _VERB)):
            return True
    return False


def _verb_lemmas(word: str) -> set[str]:
    """The verb lemmas ``word`` may be a form of, as WordNet reads them."""
    return set(wordnet.lemmas_of(word, _VERB)) if word else set()


def tense_changed(query: str, cached: str) -> str:
    """``"past->future"`` (``cached``'s time first) when one English question asks about the
    past and the other about the future (see the module docstring); empty otherwise."""
    old, old_rest = opening_time(cached)
    new, new_rest = opening_time(query)
    if not old and not new:
        return clause_time_swapped(query, cached)
    if not old and new == "future":  # Who won the game? / Who will win it?
        old = "past" if _past_verb(old_rest, _verb_lemmas(new_rest)) else ""
    elif not new and old == "future":
        new = "past" if _past_verb(new_rest, _verb_lemmas(old_rest)) else ""
    if {old, new} != {"past", "future"}:
        return clause_time_swapped(query, cached)
    return f"{old}->{new}"


def clause_time_swapped(query: str, cached: str) -> str:
    """``"past->future"`` (``cached``'s time first) when the two English texts' words differ
    in one place only, a past verb on one side and *will* + its lemma on the other (or *was* /
    *were* against *will be*); empty otherwise."""
    old = _TOKENS.findall(cached.lower().replace("\u2019", "'"))
    new = _TOKENS.findall(query.lower().replace("\u2019", "'"))
    start, end = shared_ends(old, new)
    old_part, new_part = old[start : len(old) - end], new[start : len(new) - end]
    if _future_of_past(new_part, old_part):
        return "past->future"
    return "future->past" if _future_of_past(old_part, new_part) else ""


def _future_of_past(future: list[str], past: list[str]) -> bool:
    """``future`` is *will* + a verb lemma and ``past`` that verb's past form, or ``future``
    *will be* and ``past`` *was* / *were*."""
    if len(future) != 2 or future[0] != "will" or len(past) != 1:
        return False
    if future[1] == "be":
        return past[0] in ("was", "were")
    return _past_verb(past[0], _verb_lemmas(future[1]) or {future[1]})
