"""A part of a name that one side of a conversation leaves out.

A thread said in other words often shortens a name of several words: "a petrol Ford Fiesta"
against "a Fiesta", "the Riverside Half Marathon" against "the Riverside half". The word left
out (Ford, Marathon) is a name the other side never says, yet both sides name one thing: the
other side says another word of the same name and puts no name of its own next to it. A name
changed for another (Ford Fiesta / Ford Focus, North Prom / South Prom) puts a word the first
side never says next to the shared word, and a title shared by two names (Dr Patel, then Dr
Evans) goes with both, so :func:`name_part_said` leaves those lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..guard import lexicon as lx
from ..guard.wordnet import lemmas_of

__all__ = ["name_part_said", "named_person_said"]

#: a run of capitalised words (a name of one or more words: Ford Fiesta, North Prom)
_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
_WORD = re.compile(r"[\w'’-]+")


def _runs(texts: Sequence[str]) -> list[list[str]]:
    """The runs of capitalised words in ``texts``, each as its words, without function words
    (a sentence's opening The, My, Could)."""
    runs = (m.group().split() for text in texts for m in _RUN.finditer(text))
    return [[w for w in run if w.lower() not in lx.EN_STOPWORDS] for run in runs]


def name_part_said(word: str, mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """``word``, a capitalised word of a name of several words on my side (``mine``: what my
    side states), names nothing the other side (``theirs``) does not: another word of that
    name is said there, and wherever the other side says it, the capitalised words next to it
    are all words my side says (Ford Fiesta / Fiesta; not Ford Fiesta / Ford Focus). That other
    word goes with ``word`` wherever my side says it (not a title: Dr Patel, then Dr Evans).
    Only an ASCII capitalised word; the word itself must not be said there."""
    if not (word[:1].isupper() and word.isascii()):
        return False
    my_words = {w.lower() for text in mine for w in _WORD.findall(text)}
    my_runs = _runs(mine)
    partners = {
        p for run in my_runs if word in run for p in run
        if p != word and not p.isupper()  # an initialism (C, UK) is no part of the name
        and all(word in other for other in my_runs if p in other)  # Dr Patel, Dr Evans
    }  # fmt: skip
    their_runs = _runs(theirs)
    for partner in partners:
        with_partner = [run for run in their_runs if partner in run]
        if with_partner and all(
            w.lower() in my_words for run in with_partner for w in run if w != partner
        ):
            return True
    return False


def named_person_said(word: str, users: Sequence[str], their_text: Sequence[str]) -> bool:
    """A person my users say by a word of relation with a name right after it ("my son
    Leo", "my daughter Priya, who's ...") whom the other side names by that name ("Leo's
    nine"; session 34, lateConvo): the relation and the name say one person, and the other
    side says that person. :func:`~yamabiko.conversation.fact_words.people_unsaid` asks it
    only where the other side says no person of that kind that my users do not (not "my
    nephew Leo"); a name that opens a sentence there only as :func:`_said_as_name` reads it."""
    pattern = re.compile(rf"\b{re.escape(word)}\s+([A-Z][a-z]+)\b", re.IGNORECASE)
    names = {
        m.group(1)
        for text in users
        for m in pattern.finditer(text)
        if m.group(0)[0].islower()  # not a name of its own: Father Christmas
        and m.group(1)[0].isupper()
        and m.group(1).lower() not in lx.EN_STOPWORDS
    }
    return any(_said_as_name(name, t) for name in names for t in their_text)


def _said_as_name(name: str, text: str) -> bool:
    """``text`` says ``name`` (capitalised) as a name: anywhere but at the start of a sentence,
    or there when WordNet has no verb, adjective or adverb of the word (*Leo would love ...*;
    not *Mark it in the diary*, *Will you ...*, which open a sentence with a word that is no
    name: session 35 review, *my son Mark* / *Mark it in the diary* was one person)."""
    for match in re.finditer(rf"\b{name}\b", text):
        before = text[: match.start()].rstrip()
        if (before and before[-1] not in ".!?") or not any(
            lemmas_of(name.lower(), pos) for pos in (1, 2, 3)
        ):
            return True
    return False
