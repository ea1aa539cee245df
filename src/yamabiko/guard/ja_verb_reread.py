"""A verb stem that SudachiPy read as a counter before a contracted auxiliary, read again.

何着てけばいい (what should I wear there, 着ていけば contracted): SudachiPy reads 何 + 着 (the
suffix counting garments, ぎ) + てけ (the auxiliary てく), though てく, like とく (ておく),
follows nothing but a verb's stem. A one-kanji noun or suffix followed at once by such an
auxiliary is read again from its start, the text cut there and tokenized in two parts: when
the second part opens with a verb, that reading is taken (何 + 着る + てけ); otherwise the
first is kept. Written in session 38 (lateJA).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: auxiliaries SudachiPy gives the contracted forms after a verb's て: てく (ていく), とく /
#: どく (ておく); by their normalized form
_AFTER_VERB_ONLY = frozenset({"てく", "とく", "どく"})
#: the parts of speech of a unit that may be a verb stem misread (着: a suffix or a noun)
_MISREAD = frozenset({"接尾辞", "名詞"})


def verbs_reread(text: str, morphemes: list[Any], tokenize: Callable[[str], Any]) -> list[Any]:
    """``morphemes`` (SudachiPy long units of ``text``) with a one-kanji noun or suffix that
    stands right before an auxiliary of :data:`_AFTER_VERB_ONLY` read again as a verb
    (何着てけば: 何 + 着 + てけ, the 着 a verb, 着る). ``tokenize`` gives a text's long units;
    the two parts are tokenized apart (the offsets of the second start at 0: no rule reads
    them). Unchanged when the cut reads no verb first."""
    for i in range(1, len(morphemes)):
        if morphemes[i].normalized_form() not in _AFTER_VERB_ONLY:
            continue  # (a cheap test first: most morphemes stop here)
        m = morphemes[i - 1]
        if len(m.surface()) != 1 or m.part_of_speech()[0] not in _MISREAD:
            continue
        cut = m.begin()
        rest = list(tokenize(text[cut:]))
        if not rest or rest[0].part_of_speech()[0] != "動詞":
            continue
        return list(tokenize(text[:cut])) + rest
    return morphemes
