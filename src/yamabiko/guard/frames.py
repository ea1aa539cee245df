"""English word order and prepositions: the frames of two prompts, for the guard's ``roles``
check (:mod:`.roles`).

An English analysis keeps its *frame*: every naming word (a noun or other content word, a
person pronoun, a number, a weekday or month) with the role marker in front of it, the last
preposition between it and the naming word before (``from``, ``to``, ``with``, ``for``,
``by`` …), ``and`` after a coordinator, bare after a determiner or for a pronoun (``.``;
``=`` in a passive clause, whose bare subject is not the doer), else unmarked (``-``). When
one prompt is the other with two blocks of words exchanged (``P X M Y S`` / ``P Y M X S``),
the blocks exchanged their roles if they exchanged their markers ("the school shares reports
*with* the nursery" / "the nursery shares reports *with* the school"; "*from* Saturday *to*
Friday" / "*from* Friday *to* Saturday"), or if both are bare noun phrases on both sides
with words between them: subject and object by position ("the owner notifies the licensee" /
"the licensee notifies the owner"). Blocks that take their markers with them moved, not
their roles ("to B from A" / "from A to B"); a passive against an active clause changes the
markers, so it is no swap either. A bare object (with a determiner or none) exchanged with
the for- / to-phrase after it is a swap too ("exchange my credit for a voucher" / "exchange
a voucher for credit"), next to it only after a verb that both prompts name. An active
clause against a passive one (:func:`voice_swapped`, session 25) exchanged the roles when the
passive's subject is the active clause's first bare noun and its doer (after ``by``) the
active clause's later one ("will the handler lead the reindeer" / "will the handler be led by
the reindeer"); "will the reindeer be led by the handler" says the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from . import lexicon as lx

#: a naming word and its role marker (see the module docstring)
Frame = tuple[tuple[str, str], ...]

#: the prepositions that mark a role (and, in :mod:`.english`, end a subject's noun phrase)
PREPOSITIONS = frozenset(
    {"to", "from", "for", "with", "on", "in", "at", "of", "by", "about", "into", "onto",
     "over", "under", "after", "before", "than"}
)  # fmt: skip
#: prepositions of one role: into a folder = to a folder
_SAME_ROLE = {"into": "to", "onto": "on"}
_COORDINATORS = frozenset({"and", "or", "nor"})
#: bare markers: a noun phrase known by its place, after a determiner or a pronoun (``.``;
#: ``=`` in a passive clause), or a word whose role the words before do not tell (``-``)
BARE, BARE_PASSIVE, UNMARKED = ".", "=", "-"
#: the words that open a noun phrase: what makes a bare word a subject or an object
_DETERMINERS = lx.EN_DETERMINERS | {"some", "any", "each", "every", "another"}
#: the phrases a bare object exchanges with side by side (exchange A for B, convert A into B)
_EXCHANGED_FOR = frozenset({"for", "to"})
_MARK = itemgetter(1)  # (a frame entry's marker)


def role_marker(run: Sequence[str], passive: bool, pronoun: bool = False) -> str:
    """The role marker of a naming word (``pronoun``: a person pronoun), from the words
    ``run`` (lower-cased) between it and the naming word before: its last preposition,
    ``and`` after a coordinator, else bare when a determiner (or the pronoun itself) makes it
    a noun phrase, else unmarked."""
    for word in reversed(run):
        if word in PREPOSITIONS:
            return _SAME_ROLE.get(word, word)
        if word in _COORDINATORS:
            return "and"
    if passive:
        return BARE_PASSIVE
    return BARE if pronoun or (run and run[-1] in _DETERMINERS) else UNMARKED


def exchanged_blocks(x: Sequence[str], y: Sequence[str]) -> tuple[int, int, int, int] | None:
    """``y`` is ``x`` with two blocks exchanged around a middle (``P X M Y S`` / ``P Y M X
    S``; the middle may be empty): the blocks' starts and lengths ``(start_x, len_x,
    start_y, len_y)`` in ``x``, or None."""
    n = len(x)
    if n != len(y) or n < 2 or x == y:
        return None
    start = 0
    while x[start] == y[start]:
        start += 1
    end = n
    while x[end - 1] == y[end - 1]:
        end -= 1
    return blocks_within(x, y, start, end)


def blocks_within(
    x: Sequence[str], y: Sequence[str], start: int, end: int
) -> tuple[int, int, int, int] | None:
    """:func:`exchanged_blocks` with the region given: ``x[start:end]`` is ``X M Y`` and
    ``y[start:end]`` is ``Y M X`` (``x`` and ``y`` equal outside it), the shortest ``X``
    first: ``(start_x, len_x, start_y, len_y)`` in ``x``, or None."""
    size = end - start
    for len_x in range(1, size):
        if x[start : start + len_x] != y[end - len_x : end]:
            continue
        for len_y in range(1, size - len_x + 1):
            if x[end - len_y : end] != y[start : start + len_y]:
                continue
            if x[start + len_x : end - len_y] == y[start + len_y : end - len_x]:
                return start, len_x, end - len_y, len_y
    return None


def frames_swapped(x: Frame, y: Frame) -> str:
    """Two blocks of naming words exchanged their places and their roles (English, see the
    module docstring): ``"X<->Y"`` naming each block's head (its last word); empty: none."""
    if not x or not y or len(x) != len(y):
        return ""
    keys_x = [k for k, _ in x]
    keys_y = [k for k, _ in y]
    found = exchanged_blocks(keys_x, keys_y)
    if found is None:
        return ""
    start_x, len_x, start_y, len_y = found
    # the same blocks in y: Y first (where X stood), then the middle, then X
    y_of_y, y_of_x = start_x, start_x + (start_y + len_y - start_x) - len_x
    marks_x = (x[start_x][1], x[start_y][1])  # X's and Y's markers in x
    marks_y = (y[y_of_x][1], y[y_of_y][1])  # X's and Y's markers in y
    head_x, head_y = keys_x[start_x + len_x - 1], keys_x[start_y + len_y - 1]
    if head_x == head_y:
        return ""  # a modifier of one noun moved: what modifies what is the modifiers' rule
    if "and" in marks_x or "and" in marks_y:
        return ""  # coordinated (between A and B / B and A): one role, both words
    swapped = f"{head_x}<->{head_y}"
    middle = start_y > start_x + len_x
    exchanged = marks_x[0] != marks_x[1] and marks_x == marks_y[::-1]
    # with the nursery / with the school; from Saturday / from Friday; side by side, two
    # words of one phrase (failed democracies / democracies failing) exchange no roles
    if exchanged and (middle or not {BARE, UNMARKED} & {*marks_x}):
        return swapped
    if middle and set(marks_x) == set(marks_y) == {BARE}:
        return swapped  # the owner notifies the licensee / the licensee notifies the owner
    # a bare object against a for- / to- phrase, with or without a determiner: exchange my
    # credit for a voucher / a voucher for credit; side by side, only after a verb seen in
    # both (a content word: "have credit for my voucher" = "give my voucher for credit")
    loose_x, loose_y = _loosened(marks_x), _loosened(marks_y)
    if loose_x[0] != loose_x[1] and loose_x == loose_y[::-1] and BARE in loose_x:
        verb = start_x > 0 and x[start_x - 1][1] == UNMARKED  # a pronoun is bare
        # (the bare object first: "diet for muscle building" / "diet for building muscle")
        if middle or (verb and loose_x[0] == BARE and marks_x[1] in _EXCHANGED_FOR):
            return swapped
    return ""


def voice_swapped(active: Frame, passive: Frame) -> str:
    """``"S<->D"`` when ``passive`` is a passive clause whose subject S (its first ``=``
    word) and doer D (its one ``by`` word) both stand bare in ``active``, a clause with no
    passive marker, S before D: there S does the act to D, in ``passive`` D does it to S.
    Empty otherwise (the doer first in ``active``: one act said in two voices)."""
    if not active or not passive or BARE_PASSIVE in map(_MARK, active):
        return ""  # (the markers read in C, session 26: a generator step per word before)
    if BARE_PASSIVE not in map(_MARK, passive):
        return ""  # no subject of a passive clause (most frames)
    subject = next(k for k, m in passive if m == BARE_PASSIVE)
    doers = [k for k, m in passive if m == "by"]
    if len(doers) != 1 or doers[0] == subject:
        return ""
    bare = [k for k, m in active if m == BARE]
    doer = doers[0]
    if subject in bare and doer in bare and bare.index(subject) < bare.index(doer):
        return f"{subject}<->{doer}"
    return ""


def _loosened(marks: tuple[str, str]) -> tuple[str, str]:
    """Markers with an unmarked word read as bare: "exchange credit" = "exchange a credit"."""
    return tuple(BARE if m == UNMARKED else m for m in marks)  # type: ignore[return-value]
