"""What one side's answer adds to a paired exchange: a thing counted in one confirmation only,
a place or a name given where the other side said yes.

Two readings of paired exchanges (the same question of the assistant answered on both sides,
:mod:`yamabiko.conversation.match`) that the guard passes as added detail (a number or a name
said on one side only is detail in a question, but in an answer it may be the change):

1. **A count in one confirmation.** The user adds a person or an item in words
   (妻も一緒に入ります, 祖母にも同じものを1つ, "and my son"), and the assistant's confirmation
   counts the result: 平日会員2名で入会手続きを進めます against 平日会員で入会手続きを進めます,
   花束を2つお届けします against 花束をお届けします. When both paired replies ask nothing, one
   states a number above one that the other side never says, the other states no number,
   and the sentence with the number shares a content word with the other reply (the thing
   counted is named there), the two count differently: ``history:reply-count:2``.
2. **A named answer against a yes.** The assistant asks a yes / no question ("Will you
   return it to the same place?", 返却も那覇空港でよろしいですか？); one side answers with a
   yes, the other answers with a statement that opens with no yes and names a place, a name or
   a number that the yes side never says (名護の営業所で返します): it answers no, in other
   words: ``history:answer-named:名護``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..guard.facts import Analysis
from ..guard.lexicon import EN_STOPWORDS
from ..models import Verdict
from .fact_words import SENTENCE
from .history import Exchange
from .smalltalk import asks, leading_answer

__all__ = ["compare_additions"]


def _numbers(side: Sequence[Exchange], analyse: Callable[[str], Analysis]) -> set[float]:
    """Every number a side says (user turns and replies; a number inside a hyphenated word
    too: "a three-bed semi")."""
    texts = [t for x in side for t in (x.user, x.reply) if t]
    return {n for t in texts for text in {t, t.replace("-", " ")} for n in analyse(text).numbers}


def _named(side: Sequence[Exchange], analyse: Callable[[str], Analysis]) -> set[str]:
    """Every name, number and content word a side says."""
    found: set[str] = set()
    for x in side:
        for text in (x.user, x.reply):
            if text:
                a = analyse(text)
                found |= set(a.strong) | set(a.content) | {f"{n:g}" for n in a.numbers}
    return found


def counted(
    mine: Exchange,
    theirs: Exchange,
    their_side: Sequence[Exchange],
    analyse: Callable[[str], Analysis],
) -> str:
    """The number (above one) ``mine``'s confirmation counts that ``theirs`` does not (see
    the module docstring, 1), else ""."""
    if not (mine.reply and theirs.reply) or asks(mine.reply) or asks(theirs.reply):
        return ""
    if analyse(theirs.reply).numbers or analyse(theirs.reply.replace("-", " ")).numbers:
        return ""
    said = _numbers(their_side, analyse)
    other = set(analyse(theirs.reply).content)
    for sentence in SENTENCE.findall(mine.reply):
        a = analyse(sentence.strip())
        extra = sorted(n for n in a.numbers if n > 1 and n not in said)
        if extra and set(a.content) & other:
            return f"{extra[0]:g}"
    return ""


def named_answer(
    mine: Exchange,
    theirs: Exchange,
    their_side: Sequence[Exchange],
    analyse: Callable[[str], Analysis],
) -> str:
    """What ``mine``'s answer names where ``theirs`` answered yes (see the module docstring,
    2), else ""."""
    if not (mine.user and theirs.user) or leading_answer(theirs.user) != 1:
        return ""
    if leading_answer(mine.user) or asks(mine.user):
        return ""
    a = analyse(mine.user)
    names = sorted(
        {w for w in a.strong if w.split("'")[0] not in EN_STOPWORDS} | {f"{n:g}" for n in a.numbers}
    )  # (not "I'm": a pronoun's contraction names no one)
    said = _named(their_side, analyse)
    lost = [n for n in names if n not in said]
    return lost[0] if lost else ""


def compare_additions(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    paired: dict[int, int],
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Refuse two histories whose paired exchanges count differently or answer a yes / no
    question with a yes on one side and a name on the other (see the module docstring)."""
    for i, j in sorted(paired.items()):
        for mine, theirs, their_side in ((q[i], c[j], c), (c[j], q[i], q)):
            found = counted(mine, theirs, their_side, analyse)
            if found:
                return Verdict(False, f"history:reply-count:{found}")
            found = named_answer(mine, theirs, their_side, analyse)
            if found:
                return Verdict(False, f"history:answer-named:{found}")
    return Verdict(True, "history:same")
