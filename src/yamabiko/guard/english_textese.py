"""A texting digit that stands for a function word, read where the other prompt says that word
(session 34, lateEN): *can i bring my own poems 2 open mic* / *Can I bring my own poems to the
open mic?* was refused ``insertion:2``: the minimal-pair check reads every digit as a number,
and a number one side adds is a count asked (*2 tickets*).

Texting writes *to* as *2* and *for* as *4* (:data:`TEXTING_DIGITS`). Such a digit is a
function word, not a count, only in that word's slot: :func:`textese_read` reads it so when the
digit stands alone (no other digit, sign or unit glued to it), the other prompt says neither
the digit nor its number word, and the other prompt says the function word between the same two
words, the articles and possessive determiners after it passed over (*poems 2 open mic* /
*poems to the open mic*). Anything else leaves the digit a number: *bring 2 poems to the open
mic* (the word before *2* is *bring*, before *to* *poems*), *2 tickets for the show* /
*tickets for the show*, and so does a digit right before a plural noun (WordNet's morphy
takes the word back to another noun lemma: *is the family room 4 adults*, *the tour 4 kids*:
four adults is a count as much as *for adults*; the review's look, session 34). The
minimal-pair stage then compares the read prompt in place of the written one
(``textese:2->to`` when it serves the pair).
"""

from __future__ import annotations

import re

from . import wordnet

#: a texting digit -> the function word it spells, and the number word it would otherwise be
TEXTING_DIGITS = {"2": ("to", "two"), "4": ("for", "four")}
#: the words passed over after the function word (*to the open mic*, *4 my son*)
_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "his", "her", "their"})
#: the words of a text (lower case): letters, digits and the marks inside a word
_WORD = re.compile(r"[a-z0-9'£$€%.,:/-]+")
#: the word-closing marks stripped from a word's end (*mic?*, *show.*)
_CLOSING = ".,:;!?"


def _words(text: str) -> list[str]:
    """The lower-case words of ``text``, the marks that close a word stripped."""
    found = (w.rstrip(_CLOSING) for w in _WORD.findall(text.lower()))
    return [w for w in found if w]


def _plural_noun(word: str) -> bool:
    """``word`` is a plural noun by WordNet: a noun lemma of it is another word (*adults*,
    *kids*; not *open*, *yoga*, *the*)."""
    lemmas = wordnet.lemmas_of(word, 0)
    return bool(lemmas) and word not in lemmas


def _after(words: list[str], at: int) -> str:
    """The word after ``words[at]``, the determiners after it passed over ("" at the end)."""
    at += 1
    while at < len(words) and words[at] in _DETERMINERS:
        at += 1
    return words[at] if at < len(words) else ""


def textese_read(query: str, cached: str) -> tuple[str, str, str] | None:
    """``query`` with its one texting digit read as the function word ``cached`` says in that
    slot (see the module docstring), with the digit and the word: ``(read, "2", "to")``; None
    when no digit of ``query`` is read so."""
    mine, theirs = _words(query), _words(cached)
    for digit, (word, number) in TEXTING_DIGITS.items():
        if mine.count(digit) != 1 or digit in theirs or number in theirs or word not in theirs:
            continue
        at = mine.index(digit)
        if at == 0:
            continue
        if at + 1 < len(mine) and _plural_noun(mine[at + 1]):
            continue  # 4 adults: a count, however the other prompt says for
        before, after = mine[at - 1], _after(mine, at)
        slots = (i for i, w in enumerate(theirs) if w == word and i > 0)
        if after and any(theirs[i - 1] == before and _after(theirs, i) == after for i in slots):
            read = re.sub(rf"(?<![\w.,£$€]){digit}(?![\w.,%:/-]*\w)", word, query, count=1)
            return (read, digit, word) if read != query else None
    return None
