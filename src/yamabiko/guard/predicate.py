"""The guard's ``predicate`` check: where a morphological analyser tells verbs apart
(Japanese), a verb or adjective replaced by another one on both sides is another action or
state, unless each one is equivalent to a word of the other side by the minimal-pair check's
word equivalence (family, reading, synonym group, word vectors: 預ける / 預かる) or a compound
verb the other side says apart (持ち帰る / 持って帰る: :func:`~.compounds.verb_parts`). The request
frame (教えてください / 知りたい) is filler here as in the alignment.

A replaced predicate is another act where it is what the prompts differ by. Where two
questions differ by more, the check leaves the verb to the minimal-pair check, as that check
leaves any rewording: when, their equivalent words paired, more than its ``max_changes``
words are left on one side (:func:`_reworded`: 竹垣は何年くらいもちますか / 竹で作った垣根は、
作ってからどれほどの年数使えますか, where もつ / 使える is one of many changes, the borderline trees
decide), or when each side replaces one verb and the words left are one word said in several,
as that check reads a rewording (session 25: 通えますか / 習い始められるのは, 頼めますか /
申し込ませていただくことは), none of them a noun a shared noun owns with の (駅で借りる /
駅の売店で買う: another place). A minimal pair (古着を買い取っていますか / 古着を売っています
か) is refused as before, and so is a verb replaced on a noun both prompts make its object
(:func:`_same_object`: 自転車を駅まで届けて / 駅に置いてある自転車を、うちまで取りに来て引き取っ
て), the act itself changed in a rewording. Prompts that do not both ask (no question type:
男性が壁の上に跳び乗っている / 男性が壁の前に立っている, two descriptions) tell two events by
their verbs, however reworded: refused as before.
"""

from __future__ import annotations

from collections.abc import Callable

from .compounds import verb_parts
from .facts import Analysis
from .kana_rows import U_KANA
from .minpair import MinimalPairCheck
from .relations import _changes, unmatched_in
from .rewordings import reworded as _one_for_several
from .units import Unit
from .units_ja import JA_FILLER_WORDS


def same_predicate(
    a: Analysis,
    b: Analysis,
    units: Callable[[], list[tuple[Unit, ...]]],
    check: MinimalPairCheck | None,
) -> bool:
    """True when ``a`` and ``b`` ask for the same action or state; ``units``: makes the two
    prompts' units (``[b's, a's]``), asked only when both sides replace a predicate;
    ``check``: whose word equivalence excuses a replacement (None: none does)."""
    only_a = unmatched_in(a.predicates - JA_FILLER_WORDS, b)
    only_b = unmatched_in(b.predicates - JA_FILLER_WORDS, a)
    if not (only_a and only_b):
        return True
    only_a, only_b = _said_apart(a.predicates, only_a, only_b, b.predicates)
    only_b, only_a = _said_apart(b.predicates, only_b, only_a, a.predicates)
    if not (only_a and only_b):
        return True
    if check is None:
        return False
    units_b, units_a = units()
    if _equivalent_to_some(check, only_a, units_a, units_b) and (
        _equivalent_to_some(check, only_b, units_b, units_a)
    ):
        return True
    if not (a.qtypes and b.qtypes) or _same_object(a, b):
        return False  # (a description: 鹿が立っている / 鹿が跳び越えている, another event)
    one_act = _one_verb_each(only_a, only_b)
    return _reworded(check, units_a, units_b, _owned(a, b) if one_act else None)


def _same_object(a: Analysis, b: Analysis) -> bool:
    """A noun is the object (を) in both prompts: a verb replaced on the same thing is the
    question's own act changed, however much else is reworded (自転車を駅まで届けて / 駅の
    自転車を…引き取って)."""
    objects = {noun for noun, case in a.roles if case == "を"}
    return any(case == "を" and noun in objects for noun, case in b.roles)


def _reworded(
    check: MinimalPairCheck,
    mine: tuple[Unit, ...],
    theirs: tuple[Unit, ...],
    owned: frozenset[str] | None = None,
) -> bool:
    """The two prompts are no minimal pair by ``check``'s own count: with their equivalent
    words paired, one side has more than ``check.max_changes`` words left (a rewording, which
    the minimal-pair check leaves to the threshold and the trees: ``not-minimal``). With
    ``owned`` (the nouns a possessive の gives an owner in either prompt; None: not asked),
    also when the words left are one word said in several, as the check's ``reworded`` reads
    them (頼めますか / 申し込ませていただくことは, 変えられますか / 調節することは), none of
    them a noun owned so (駅で借りる / 駅の売店で買う: another place, not the act reworded)."""
    found = check.align(mine, theirs)
    limit = check.max_changes
    left, right = found.rest_left, found.rest_right
    if _changes(left) > limit or _changes(right) > limit:
        return True
    if owned is None or not (left and right and check.rewordings):
        return False
    return not any(u.key in owned for u in (*left, *right)) and _one_for_several(left, right)


def _owned(a: Analysis, b: Analysis) -> frozenset[str]:
    """The nouns that a possessive の gives an owner in ``a`` or ``b`` (駅の売店: 売店)."""
    return frozenset(
        role.rpartition(">")[2] for role, case in (*a.roles, *b.roles) if case == "possessive"
    )


def _one_verb_each(mine: set[str], theirs: set[str]) -> bool:
    """Each side replaces one predicate, and both are verbs: a dictionary form ending in a kana
    of the u row (送る, 頼む, 申し込む), as no adjective's (大きい, 甘い) does. One act said
    another way, not a property (大きい / 甘さ控えめ) nor one act for two (食べる / 運ぶ,
    片付ける)."""
    return len(mine) == len(theirs) == 1 and all(
        word[-1:] in _VERB_ENDINGS for word in (*mine, *theirs)
    )


#: the last kana of a Japanese verb's dictionary form, the u row (する and 来る end in る)
_VERB_ENDINGS = frozenset(U_KANA)


def _equivalent_to_some(
    check: MinimalPairCheck, words: set[str], mine: tuple[Unit, ...], theirs: tuple[Unit, ...]
) -> bool:
    """Every one of ``words`` is, as one of ``mine``, equivalent to another word of
    ``theirs``."""
    equivalence = check._equivalence
    for word in words:
        own = [u for u in mine if u.key == word or word in u.forms]
        if not own or not any(
            equivalence(u, t) is not None for u in own for t in theirs if t.key != u.key
        ):
            return False
    return True


def _said_apart(
    own: frozenset[str], mine: set[str], theirs: set[str], said: frozenset[str]
) -> tuple[set[str], set[str]]:
    """``mine`` (the unmatched of ``own``, one side's predicates) less each compound verb of
    ``own`` that the other side says apart (``said``: its predicates; 持ち帰る / 持つ + 帰る),
    and ``theirs`` less those parts."""
    for word in own:
        parts = verb_parts(word, said) if len(word) > 2 else ()
        if parts:
            mine = mine - {word}
            theirs = theirs - set(parts)
    return mine, theirs
