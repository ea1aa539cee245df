"""What an earlier user turn decides: undoing something, or a decision such as yes / no.

A follow-up question ("How much notice do I have to give?", "When should I stop eating?")
is answered differently after "I'd like to book a test" than after "I need to cancel my
test". Word vectors do not tell these apart (they put *keep* as near to *stop* as a synonym
would be), and in an otherwise reworded turn the changed verb is one change among many, so
the minimal-pair rule of :mod:`yamabiko.conversation_match` does not see it either. The
grammar does: verbs of *reversal* (cancelling, terminating, leaving, withdrawing, returning
for a refund) form a small closed class in both languages, and a conversation in which the
user reverses something is about another thing than one in which nobody does.

:func:`reversals` finds them in an analysed turn: the stems / lemmas of :data:`REVERSAL_EN`
and :data:`REVERSAL_JA`, and English phrasal verbs of leaving (:data:`REVERSAL_PHRASAL_EN`:
*move out*, *opt out*, *call off*). A negated turn reverses nothing here ("I don't want to
cancel" keeps; the guard's negation check compares negated turns). Words that reverse only
in some uses (*end*, *stop*, *leave*, *return*, *close*, *drop*: the end of March, a return
flight) are left out: a one-sided mention of one of them would split same-context threads.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .guard.english import stem_en
from .guard.facts import Analysis

__all__ = ["REVERSAL_EN", "REVERSAL_JA", "REVERSAL_PHRASAL_EN", "reversals"]

#: English verbs and nouns of reversal (their stems are compared).
REVERSAL_EN = (
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "cancellation", "terminate",
    "termination", "quit", "withdraw", "withdrawal", "unsubscribe", "refund", "discontinue",
    "revoke", "undo", "remove", "removal", "delete", "deletion", "resign", "resignation",
    "abandon", "rescind", "annul", "deactivate", "unenrol", "unenroll", "unregister",
)  # fmt: skip

#: Japanese lemmas of reversal (SudachiPy normalised forms, as the guard analyses them).
REVERSAL_JA = (
    "取り消す", "取り消し", "取消", "取消し", "キャンセル", "解約", "退会", "退去", "退職",
    "退学", "脱退", "中止", "撤回", "返品", "返金", "払い戻し", "払い戻す", "解除", "削除",
    "廃止", "辞める", "やめる", "取り止める", "取りやめる", "引き払う", "辞退", "休会",
)  # fmt: skip

#: English phrasal verbs of leaving or calling something off: (verb stem, particle).
REVERSAL_PHRASAL_EN = (
    ("mov", "out"), ("opt", "out"), ("pull", "out"), ("back", "out"), ("drop", "out"),
    ("call", "off"), ("giv", "up"),
)  # fmt: skip

_EN = frozenset(stem_en(w) for w in REVERSAL_EN)
_JA = frozenset(REVERSAL_JA)
_PHRASAL = frozenset(REVERSAL_PHRASAL_EN)
_PARTICLES = frozenset(particle for _, particle in REVERSAL_PHRASAL_EN)
_WORD = re.compile(r"[a-z][a-z'-]*")


def reversals(text: str, analysis: Analysis) -> frozenset[str]:
    """The words of reversal the turn ``text`` (analysed as ``analysis``) says, empty when
    it is negated or says none: stems / lemmas, and ``verb+particle`` for a phrasal verb
    whose particle follows the verb directly ("move out", not "move money out of")."""
    if analysis.negations:
        return frozenset()
    words = analysis.words | set(analysis.content)
    if analysis.lang == "ja":
        return frozenset(words & _JA)
    found = set(words & _EN)
    if words & _PARTICLES:
        tokens = _WORD.findall(text.lower())
        for verb, particle in pairwise(tokens):
            if particle in _PARTICLES and (stem_en(verb), particle) in _PHRASAL:
                found.add(f"{stem_en(verb)}+{particle}")
    return frozenset(found)
