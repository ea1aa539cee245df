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
thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..guard import wordnet
from ..guard.kana_verbs import is_verb
from ..guard.units import Unit

__all__ = ["DICTIONARY_ENDINGS", "REQUEST_ENDING", "act_verb"]

#: the last kana of a Japanese verb's dictionary form (the u-row)
DICTIONARY_ENDINGS = frozenset("うくぐすずつぬぶむる")
#: what follows a Japanese verb's stem used as a verb of a request, not of a past event: the
#: te-form, a wish, a polite non-past, the humble お〜します (not ました / した, nor a negative)
REQUEST_ENDING = re.compile(r"(?:て|で|たい|ます|ましょ|(?:いた)?し(?!た))")


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
