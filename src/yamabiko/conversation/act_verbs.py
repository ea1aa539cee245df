"""A verb an assistant repeats back: the act of the request, not one of its facts.

The last check of stated facts (:func:`~yamabiko.conversation.facts.compare_stated`, ``fact``)
holds every content word a user said and the assistant repeated back for a fact the other side
must state too. Some of those words are verbs that say what is done with the request's things,
not which things: *hemmed*, *printed*, *send*, 届ける, 取る, 押さえる ("Booked: two pairs
hemmed", 予約をお取りしました). A thread said in other words names the act by a noun (配達,
予約), by another verb, or leaves it to the request (a delivery service delivers), so the
verb is lost on that side only. :func:`act_verb` tells such a word: English, a word WordNet
has as a verb and not as a noun (*hemmed*, *printed*; not *book*, *come* or *order*, nouns
too); Japanese, a unit whose dictionary form SudachiDict lists as a verb, used as one of a
request wherever its side says it: its stem followed by a non-past ending (届けて, 取りたい,
お届けします, 押さえておきます), not a noun made of the stem (おまかせ十本) nor a past that
tells what happened (熱は昨日下がりました: a change of state is a fact). The fact check drops
such a verb only when the other side loses no fact of its own, as it drops a loanword of no
thing, and only when the other side's users request no act of their own that is another act
(:func:`another_act`, session 37, actfix): "Could you come for my sofa and take it to the tip?"
against a sofa *delivered*, 古いソファを引き取りに来て against お届けします, カラーをお願い against
切ります lose no fact, yet ask for another service.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..guard import lexicon as lx
from ..guard import wordnet, wordvec
from ..guard.kana_verbs import is_verb
from ..guard.unit_forms import same_family
from ..guard.units import Unit

__all__ = [
    "ACT_KIN",
    "DICTIONARY_ENDINGS",
    "REQUESTED_NOUN",
    "REQUEST_ENDING",
    "VERB_BEFORE",
    "act_verb",
    "another_act",
]  # fmt: skip

#: the last kana of a Japanese verb's dictionary form (the u-row)
DICTIONARY_ENDINGS = frozenset("うくぐすずつぬぶむる")
#: what follows a Japanese verb's stem used as a verb of a request, not of a past event: the
#: te-form, a wish, a polite non-past, the humble お〜します (not ました / した, nor a negative)
REQUEST_ENDING = re.compile(r"(?:て|で|たい|ます|ましょ|(?:いた)?し(?!た))")
#: English words after which a word stands as a verb of the request (to take, could you take,
#: please take, and take)
VERB_BEFORE = lx.EN_AUXILIARIES | {"to", "you", "i", "we", "please", "and"}
#: what follows a Japanese noun that names the thing requested (カラーをお願い, 配達お願い)
REQUESTED_NOUN = re.compile(r"を?お願い")
#: word-vector cosine from which another act is the verb's own, said otherwise (turn / press
#: 0.30, order / print 0.32, 配達 / 届ける 0.40, 送る / 届ける 0.55, transfer / send 0.58; not
#: take / deliver 0.23, 引く / 届ける 0.16, カラー / 切る -0.09: set between, session 37)
ACT_KIN = 0.27


def act_verb(unit: Unit, texts: Sequence[str]) -> bool:
    """``unit`` is a verb of the request (see the module): English by WordNet (a verb
    lemma, no noun lemma), Japanese by SudachiDict (a dictionary form in the u-row listed as
    a verb) and by every place ``texts`` (its side's statements) say it."""
    if unit.key.isascii():
        return _english_verb(unit.text.lower())
    if unit.key[-1:] not in DICTIONARY_ENDINGS or not is_verb(unit):
        return False
    if unit.text[-1:] in DICTIONARY_ENDINGS:
        return True  # the dictionary form itself (鯉のぼりを揚げる)
    ends = [(text, m.end()) for text in texts for m in re.finditer(re.escape(unit.text), text)]
    return bool(ends) and all(REQUEST_ENDING.match(text, at) for text, at in ends)


@lru_cache(maxsize=4096)
def _english_verb(word: str) -> bool:
    """WordNet has ``word`` as a form of a verb and of no noun."""
    return word.isalpha() and bool(wordnet.lemmas_of(word, 1)) and not wordnet.lemmas_of(word, 0)


def another_act(
    verb: Unit, mine: Sequence[Unit], theirs: Sequence[tuple[str, Sequence[Unit]]]
) -> bool:
    """The other side's users request an act of their own that is not ``verb`` said
    otherwise: ``theirs`` holds each of their user turns with its units, ``mine`` the units my
    side states. An act is a word my side never says that stands as a verb of the request
    (English: a WordNet verb after :data:`VERB_BEFORE`; Japanese: a verb SudachiDict lists)
    or a Japanese noun of the thing requested (:data:`REQUESTED_NOUN`); it is the verb's own
    when one word contains the other (歯石取り / 取り) or their word vectors' cosine reaches
    :data:`ACT_KIN`."""
    keys = {u.key.lower() for u in mine}
    row = _row(verb)
    for text, units in theirs:
        for unit in units:
            if unit.kind != "content" or unit.key.lower() in keys or not _requested(unit, text):
                continue
            if same_family(verb.text, unit.text) or same_family(verb.key, unit.key):
                continue
            other = _row(unit)
            if row is None or other is None or wordvec.similarity(row, other) < ACT_KIN:
                return True
    return False


def _requested(unit: Unit, text: str) -> bool:
    """``unit`` of ``text`` stands as an act requested (see :func:`another_act`)."""
    if unit.key.isascii():
        if not wordnet.lemmas_of(unit.text.lower(), 1):
            return False
        before = re.findall(r"([a-z']+)\s+" + re.escape(unit.text.lower()) + r"\b", text.lower())
        return any(word in VERB_BEFORE for word in before)
    if is_verb(unit):
        return True
    return any(REQUESTED_NOUN.match(text, m.end()) for m in re.finditer(re.escape(unit.text), text))


def _row(unit: Unit) -> int | None:
    """The word-vector row of a unit (its key, its text, its text in lower case)."""
    return wordvec.vector_index(unit.key, unit.text, unit.text.lower())
