"""English opposites made by a prefix, for the guard's antonym check and the minimal-pair
rules: the base a negating prefix was put before (unsafe -> safe, incorrect -> correct), a
word with the opposite prefix of direction or degree (inbound / outbound, upgrade /
downgrade), and a prefixed word one side has more often whose base the other has more often.
Moved out of :mod:`.relations` (same rules). :func:`prefix_opposed` (session 28) tells two
words of a substitution apart by those prefixes, the prefix of the doer (self-guided /
guided) and the Japanese negating prefixes (無 / 非 / 未 / 不: 未使用 / 使用), for the
minimal-pair stage's rejections no model overturns."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from . import lexicon as lx


@lru_cache(maxsize=1 << 16)
def _negated_base(word: str) -> str | None:
    """The word a negating prefix was put before (unsafe -> safe, incorrect -> correct): the
    first prefix of the lexicon's list that ``word`` starts with leaving a long enough base;
    None for a word that is not so made (or is one of the false ones: under, interest)."""
    if word in lx.EN_FALSE_PREFIXED:
        return None
    for prefix, shortest in lx.EN_NEGATING_PREFIXES:
        base = word[len(prefix) :]
        if word.startswith(prefix) and len(base) >= shortest:
            return base
    return None


def _prefixes(word: str) -> tuple[str | None, tuple[str, ...]]:
    """``word``'s :func:`_negated_base` and :func:`_opposite_forms`."""
    return _negated_base(word), _opposite_forms(word)


def _flipped(prefixes: tuple[str | None, tuple[str, ...]], only_theirs: set[str]) -> bool:
    """A word (by its :func:`_prefixes`) meets its opposite among the words only the other side
    has: its base after a negating prefix (unsafe / safe, unlink / link, incorrect / correct)
    or itself with the opposite prefix (inbound / outbound)."""
    base, forms = prefixes  # (one ``isdisjoint`` in C, not a generator: most have no forms)
    return (base is not None and base in only_theirs) or not only_theirs.isdisjoint(forms)


def _opposite_prefixes() -> dict[str, tuple[str, ...]]:
    """prefix -> the prefixes of opposite meaning (both directions of each pair)."""
    index: dict[str, list[str]] = {}
    for left, right in lx.EN_OPPOSITE_PREFIXES:
        index.setdefault(left, []).append(right)
        index.setdefault(right, []).append(left)
    return {prefix: tuple(others) for prefix, others in index.items()}


_OPPOSITE_PREFIXES = _opposite_prefixes()
_PREFIX_STARTS = tuple({p for p, _ in lx.EN_NEGATING_PREFIXES} | set(_OPPOSITE_PREFIXES))
_PREFIX_LENGTHS = sorted({len(p) for p in _OPPOSITE_PREFIXES})


def _opposite_prefixed(word: str, theirs: set[str] | frozenset[str]) -> str | None:
    """The word of ``theirs`` that is ``word`` with the opposite prefix of direction or degree
    (inbound / outbound, upgrade / downgrade, on-peak / off-peak, import / export), or None.
    The base must have at least three letters and is compared without hyphens."""
    return next((form for form in _opposite_forms(word) if form in theirs), None)


@lru_cache(maxsize=1 << 16)
def _opposite_forms(word: str) -> tuple[str, ...]:
    """What :func:`_opposite_prefixed` looks for, in its order: ``word`` with each opposite
    prefix for its own, glued and hyphenated (remembered: words recur, most have none)."""
    plain = word.replace("-", "") if "-" in word else word
    forms: list[str] = []
    for n in _PREFIX_LENGTHS:
        others = _OPPOSITE_PREFIXES.get(plain[:n])
        base = plain[n:]
        if others is None or len(base) < 3:
            continue
        for other in others:
            forms += (other + base, f"{other}-{base}")
    return tuple(forms)


def _prefix_opposite_counted(mine: Counter[str], theirs: Counter[str]) -> bool:
    """A prefixed word that one side has more often, whose base the other side has more often
    ("lock my door with the lock app" / "unlock my door with the lock app": ``lock`` is on
    both sides, so :func:`_flipped` alone does not see the swap)."""
    for word, count in mine.items():
        if count <= theirs[word]:
            continue
        base = _negated_base(word)
        if base is not None and theirs[base] > mine[base]:
            return True
    return False


def prefix_opposed(first: str, second: str) -> bool:
    """One word is the other with a prefix that negates or reverses it: a negating prefix
    (:func:`_negated_base`: unlocked / locked, non-smoking / smoking), the opposite prefix of
    direction or degree (:func:`_opposite_forms`: indoor / outdoor, pre-show / post-show), the
    prefix of the doer (:data:`~.lexicon.EN_AGENT_PREFIXES`: self-guided / guided) or, in
    Japanese, a negating prefix (:data:`~.lexicon.JA_NEGATION_PREFIX`: 未使用 / 使用, 非公開 /
    公開); either way round. Hyphens are not compared (non-smoking, nonsmoking)."""
    for one, two in ((first, second), (second, first)):
        bare, prefixed = one.replace("-", ""), two.replace("-", "")
        if len(prefixed) <= len(bare) or not prefixed.endswith(bare):
            continue
        prefix = prefixed[: len(prefixed) - len(bare)]
        if prefix in lx.JA_NEGATION_PREFIX and len(bare) >= 2 and not bare.isascii():
            return True
        if (
            bare.isascii()
            and len(bare) >= 3
            and (prefix in lx.EN_AGENT_PREFIXES or _negated_base(prefixed) == bare)
        ):
            return True
    return any(form.replace("-", "") == second.replace("-", "") for form in _opposite_forms(first))
