"""Split a prompt into the units the minimal-pair check aligns: content words, numbers and
relation words, with filler and grammar dropped.

English (here): the guard's tokenizer and light stemmer; stop words, pronouns, auxiliaries and
politeness are filler; negation is left to the ``negation`` check. Relation words
(above/below, before/after, inside/outside, more/less, ...) and am/pm are kept as units of
their own kind, because replacing one changes what is asked. What a token makes, whatever its
neighbours, is part of its one record (:mod:`.en_words`, shared with the analysis since
session 28); here the tokens are read in order. Japanese: :mod:`.units_ja`. A unit and how
one is made: :mod:`.unit_record`.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from . import lexicon as lx
from .constructions import en_how_long_take
from .en_words import (
    _EN_SLIPPABLE,  # noqa: F401 (where the tests import it)
    PART_UNREAD,
    TokenRecord,
    read_slips,
    records_of,
)
from .en_words import PART_CONTENT as _CONTENT
from .en_words import PART_NEGATION as _NEGATION
from .en_words import PART_NUMBER_WORD as _NUMBER_WORD
from .en_words import PART_NUMERAL as _NUMERAL
from .en_words import PART_RELATION as _RELATION
from .en_words import PART_SKIPPED as _SKIPPED
from .english import _en_tokens
from .english import stem_en as _stem
from .english_forms import AUXILIARIES, past_form
from .limits import en_limit
from .unit_forms import related, same_family  # noqa: F401 (where the checks import them)
from .unit_record import Unit, new_unit
from .units_ja import units_ja


def units(text: str, lang: str | None) -> tuple[Unit, ...]:
    """The units of ``text`` (``lang`` "en" or "ja"; any other language gives none)."""
    if lang == "en":
        return _units_en(text)
    if lang == "ja":
        return units_ja(text)
    return ()


_JOINER = attrgetter("joiner")  # (a token record's flag, read in C: no Python step per token)
_PART = attrgetter("part")


#: what may follow a participle that ends its passive clause (by the staff, ?, .)
_PARTICIPLE_ENDS = frozenset({"by", "?", "."})
#: subject pronouns, which may stand between an auxiliary and its participle (have you led)
_SUBJECTS = lx.EN_PERSONS | {"it"}


def _participle(infos: Sequence[TokenRecord], position: int) -> bool:
    """The content token at ``position`` is an irregular past participle of a passive or a
    perfect (:func:`~.english_forms.participle_base`): right after a form of be, get or
    have, or after a subject pronoun after one (will the ice be swept, has led, have you
    led); or, with one of those forms before it and no determiner or preposition right
    before it, right before "by" or at the end (is the stove lit by the staff, is the
    stove lit?; not is it a bit?), when the word before it is no past form itself (has
    the car turned left?: :func:`~.english_forms.past_form`)."""
    before = infos[position - 1]
    if before.lower in _SUBJECTS and position > 1:  # have you led, was it swept
        before = infos[position - 2]
    if _perfect_subject(infos, position):  # has the guide led the walk
        return infos[position].participle is not None
    if before.lower not in AUXILIARIES:
        after = infos[position + 1].lower if position + 1 < len(infos) else "?"
        if before.opener or after not in _PARTICIPLE_ENDS:
            return False
        if not any(t.lower in AUXILIARIES for t in infos[:position]):
            return False
        if past_form(before.lower):  # has the car turned left?: turned is the participle
            return False
    return infos[position].participle is not None


#: forms of have that open a question in the perfect (has the guide led the walk)
_HAVE = frozenset({"has", "have", "had"})


def _perfect_subject(infos: Sequence[TokenRecord], position: int) -> bool:
    """The token at ``position`` follows the subject of a perfect question: the question
    opens with has, have or had, a determiner and one or two content words (the guide, the
    tour guide), and a determiner or preposition follows the token, or nothing (has the
    guide led the walk, has the tour guide led?); not a noun after it (has the shop
    ground coffee: its object), nor a past form right before it (has the car turned left:
    turned is the perfect's verb, left where it turned; :func:`~.english_forms.past_form`;
    a past form before the noun is the subject's, as in has the printed form gone)."""
    if not 3 <= position <= 4 or infos[0].lower not in _HAVE or not infos[1].opener:
        return False
    if any(t.part != _CONTENT or t.opener for t in infos[2:position]):
        return False
    if past_form(infos[position - 1].lower):
        return False
    return position + 1 == len(infos) or infos[position + 1].opener


def _units_en(text: str) -> tuple[Unit, ...]:
    _, tokens, infos = _en_tokens(text)  # (the records the analysis read: session 28)
    raws = en_how_long_take(tokens)  # how long till X: how long X takes
    if raws is not tokens:
        infos = records_of(raws)
    if PART_UNREAD in map(_PART, infos):  # (a lower-case word the word table lacks)
        infos = read_slips(raws, infos)
    out: list[Unit] = []
    limit = ""  # what limits the next content word (``Unit.limit``)
    opening: list[int] = []  # indexes in ``out`` of content units after a phrase opener
    previous_number = False
    word, last = 0, -1  # the word of the last content token, and its position
    for position, info in enumerate(infos):
        kind = info.part
        low = info.lower
        if limit or info.limiting:  # (most tokens neither carry nor start a limit)
            limit = en_limit(low, limit, position > 0 and infos[position - 1].part == _CONTENT)
        if kind == _NEGATION:
            previous_number = False
            continue
        if kind == _NUMERAL:
            out.extend(info.made)
            previous_number, limit = True, ""  # just one day: a least amount, not a scope
            continue
        if previous_number and info.meridiem is not None:
            out.append(info.meridiem)
            previous_number = False
            continue
        previous_number = kind == _NUMBER_WORD
        if kind in (_NUMBER_WORD, _RELATION):
            out.extend(info.made)
            limit = ""
            continue
        if kind == _SKIPPED:
            continue
        # content tokens next to each other (or joined by and / or) are one word: top up,
        # black and white, wireless network
        word += last < 0 or (
            position > last + 1 and not all(map(_JOINER, infos[last + 1 : position]))
        )  # (next to the last content token: the same word, nothing between to read)
        last = position
        if position > 0 and infos[position - 1].opener:
            opening.append(len(out))
        if not limit and position and info.made[1].endswith("ed") and infos[position - 1].opener:
            limit = "clause"  # a participle after a determiner: the *broken* screen
        made = info.made
        base = info.participle  # (None for most words: then no participle to look for)
        if position and base is not None and _participle(infos, position):  # be swept: sweep
            made = (_stem(base), *made[1:])
        out.append(new_unit(Unit, (*made, position, word, False, False, False, info.vector,
                                    info.rarity, "", limit, "")))  # fmt: skip
        limit = "all" if limit == "all" and low in lx.EN_SCOPE_ALL else ""
    # a modifier stands before another content word: "the charger" has none
    for i in opening:
        if i + 1 < len(out) and out[i + 1].position == out[i].position + 1:
            out[i] = new_unit(Unit, (*out[i][:9], True, *out[i][10:]))  # (modifier=True)
    return tuple(out)
