"""Who does the act a user asks for: a verb of trade asked *of the other party* is the user's
converse act.

中古のプリウスを買い取ってほしい (I want you to buy my Prius) is the turn of a seller, and
プリウスを売ってもらえますか (could you sell me a Prius) the turn of a buyer: a verb followed by
て / で and an auxiliary of wanting or receiving (欲しい, 貰う, 頂く, 呉れる, 下さる) is done by
someone else, for the speaker. For the verbs whose two parties have converse verbs (the
guard's :data:`~yamabiko.guard.benefactive.CONVERSES`: 売る / 買う, 貸す / 借りる) the user's
own part is then the converse verb. In English the same holds for "I'd like *you to buy* my
car" and "*would you buy* my car" (not "can you buy tickets at the door?", the generic
*you*: only *want / like / need you to* and *will / would you* before a possessive or an
object pronoun), and in the imperative after *please* ("*please lend* her one": the user's
side borrows, as in "could she borrow one", session 37; *please* opening a clause or after
*you*, not "can we *please borrow* one", the speaker's own act).

:func:`own_acts` gives, for a user turn, the words to read in place of the asked verbs, so
that :func:`~yamabiko.conversation.opposites.flipped_opposite` sees the seller of
買い取ってほしい against the buyer of 買いたい (``history:opposite:売る->買う``), and no flip
between 売ってほしい and 買いたい (both buy). :func:`same_trade` tells the comparison of two
paired turns that the guard's antonym or predicate refusal (売りたい / 買い取ってもらいたい,
"sell my laptop" / "would you buy my laptop") is one act said from the other party's side.
A turn that names the doer with が (母が送ってくれた) is not read: the asked party is then no
party of the trade with the user.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard.benefactive import CONVERSES
from ..guard.english import stem_en
from ..guard.ja_receiving import ASKED_AUX
from ..guard.japanese import short_units
from .added import JAPANESE

__all__ = ["own_acts", "same_trade"]

#: each verb of trade and its converse, both ways (売る / 買う, 貸す / 借りる)
_JA_CONVERSES = {**CONVERSES, **{b: a for a, b in CONVERSES.items()}}
#: the English verbs of the same trades (stems, as the guard's analysis gives them): the pairs
#: of the guard's WordNet converse reading (:func:`~yamabiko.guard.english_converse.receivers`)
#: whose receiver takes the thing itself, as in the Japanese ones. Not read from WordNet:
#: ``receivers`` also joins teach / learn and give / hold (cause pointers), one act with no
#: seller or buyer to turn round, and this reading works without the WordNet data; the tests
#: check that each pair here is one ``receivers`` reads (``tests/test_tidy_s29.py``)
_EN_CONVERSES = {"buy": "sell", "sell": "buy", "lend": "borrow", "borrow": "lend"}
_EN_TRADE = "|".join(sorted(_EN_CONVERSES))  # (the verbs the patterns below ask of *you*)
_EN_ASKED = re.compile(
    r"\b(?:(?:want|like|need)\s+you\s+to|(?:will|would)\s+you)\s+"
    rf"({_EN_TRADE})\s+(?:my|our|it|them|this|these|that|those|me|us)\b"
)
#: the guard's refusals of two paired turns that an act asked of the other party explains
_TRADED = frozenset({"history:antonym", "history:predicate"})
_EN_ASKED_TO = re.compile(rf"\b(?:want|like|need)\s+you\s+to\s+({_EN_TRADE})\b")
#: an imperative after *please*: the act is asked of the other party ("please lend her one",
#: "could you please sell me one"); *please* opens a clause or follows *you* (not "can we
#: please borrow one": the speaker's own act, session 38)
_EN_PLEASE = re.compile(rf"(?:^|[.!?;:,]\s*|\b(?:and|so|you)\s+)please\s+({_EN_TRADE})\b")


@lru_cache(maxsize=4096)
def own_acts(text: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words to drop, words to add) for a user turn ``text`` in language ``lang``: the
    verbs of trade it asks the other party to do (their normalised forms, and a compound
    such as 買い取る whole) and their converse verbs, the user's own part. Empty sets when
    the turn asks no such act (or without SudachiPy, for Japanese)."""
    if lang == "ja":
        return _ja_acts(text)
    low = text.lower()
    asked = {m.group(1) for m in _EN_ASKED.finditer(low)}
    asked |= {m.group(1) for m in _EN_ASKED_TO.finditer(low)}
    asked |= {m.group(1) for m in _EN_PLEASE.finditer(low)}
    if not asked:
        return frozenset(), frozenset()
    stems = {stem_en(w) for w in asked}
    return frozenset(stems), frozenset(stem_en(_EN_CONVERSES[w]) for w in asked)


def _ja_acts(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`own_acts` of a Japanese turn: the run of verbs before て / で + an auxiliary
    of :data:`~yamabiko.guard.ja_receiving.ASKED_AUX` (買い + 取っ + て + ほしい), read when
    one of its verbs has a converse and no doer is named with が before it."""
    morphemes = short_units(text)
    if not morphemes:
        return frozenset(), frozenset()
    dropped: set[str] = set()
    added: set[str] = set()
    for k in range(1, len(morphemes) - 1):
        te, aux = morphemes[k], morphemes[k + 1]
        if not (te.surface() in ("て", "で") and te.part_of_speech()[0] == "助詞"):
            continue
        if aux.normalized_form() not in ASKED_AUX:
            continue
        start = k
        while start > 0 and morphemes[start - 1].part_of_speech()[0] == "動詞":
            start -= 1
        run = morphemes[start:k]
        converse = [_JA_CONVERSES[m.normalized_form()] for m in run
                    if m.normalized_form() in _JA_CONVERSES]  # fmt: skip
        if not converse or _doer_named(morphemes[:start]):
            continue
        dropped.update(m.normalized_form() for m in run)
        dropped.add("".join(m.surface() for m in run[:-1]) + run[-1].normalized_form())
        added.update(converse)
    return frozenset(dropped), frozenset(added)


def _doer_named(before: list) -> bool:
    """A noun marked with the case particle が before the verb (母が送ってくれた): the doer
    is named, so the asked act need not be the other party's in the trade."""
    return any(
        m.surface() == "が" and m.part_of_speech()[1] == "格助詞" for m in before
    )


def _trade_acts(text: str, lang: str) -> frozenset[str]:
    """The verbs of trade the user of ``text`` does: those it says, with the ones asked of
    the other party read as their converse (:func:`own_acts`)."""
    if lang == "ja":
        morphemes = short_units(text) or []
        said = {m.normalized_form() for m in morphemes} & _JA_CONVERSES.keys()
    else:
        said = {stem_en(t) for t in re.findall(r"[a-z]+", text.lower())} & _EN_CONVERSES.keys()
    dropped, added = own_acts(text, lang)
    return frozenset((said - dropped) | added)


def same_trade(first: str, second: str, reason: str) -> bool:
    """Two turns that the guard refused (``reason``: ``history:antonym`` or
    ``history:predicate``) whose users do the same act of trade once an act asked of the
    other party is read as the user's converse (売りたい / 買い取ってもらいたい: both sell),
    at least one of them asking it: the guard saw two wordings of one act."""
    if reason not in _TRADED or not first or not second:
        return False
    lang = "ja" if JAPANESE.search(first + second) else "en"
    if not (own_acts(first, lang)[1] or own_acts(second, lang)[1]):
        return False
    mine, theirs = _trade_acts(first, lang), _trade_acts(second, lang)
    return bool(mine) and mine == theirs
