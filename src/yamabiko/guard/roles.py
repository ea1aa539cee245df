"""Who does what to whom, read from the grammar of two prompts: the guard's ``roles`` check
for words that keep their places but exchange their roles.

The roles of session 12 and before (:func:`_swapped_roles`): Japanese case particles
(が / を / に / から / まで / へ / より / と, 東京発 = 東京から) and the owners of の, English
from / to / by phrases, possessives ("my wife's brother" / "my brother's wife") and the persons
of pronouns (I, me, my: ``i``); two words swap when each took the other's role (of one kind:
に / へ / まで), not when each took another (息子が熱を出す / 息子に熱がある). Numbered labels
at a route's ends: ``facts.labels_swapped``. Word order, owners and modifiers add to them:

* **English word order and prepositions**: :mod:`.frames` (:func:`.frames.frames_swapped`).
* **Owners** (:func:`_owner_swapped`): another owner of the same noun, both owners named on
  both sides ("the caterer uses the company's tables" / "the company uses the caterer's
  tables"). A word-order exchange in which each word keeps its marker, an owner by 's or
  of-phrase alike, moved no roles (:func:`_marks_kept`).
* **Modifiers** (:func:`.role_modifiers.modifiers_swapped`): two words that modify two
  nouns exchange the nouns they modify (チョコのプレートに白い文字 / 白いプレートに
  チョコの文字; my tree, my neighbour's garden / my neighbour's tree, my garden).

All name the two words in the reason: ``roles:owner<->licensee``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

from . import lexicon as lx
from .facts import Analysis
from .frames import (
    BARE,
    BARE_PASSIVE,
    PREPOSITIONS,
    UNMARKED,
    Frame,
    exchanged_blocks,
    frames_swapped,
    role_marker,
    voice_swapped,
)
from .ja_synonyms import verbal_noun
from .role_modifiers import modifier_blocks_swapped, modifiers_swapped

#: the English frames' names, used from here by the modules written before they moved
__all__ = [
    "BARE", "BARE_PASSIVE", "PREPOSITIONS", "UNMARKED", "Frame", "exchanged_blocks",
    "frames_swapped", "modifiers_swapped", "role_marker", "swapped_roles",
]  # fmt: skip


Roles = tuple[tuple[str, str], ...]


class RoleFacts(NamedTuple):
    """What :func:`_swapped_roles` reads of one prompt's analysis alone, made once per
    analysis (:func:`role_facts`) rather than once per pair: its possessives (``X>Y``), its
    case and preposition roles by kind (kind -> holders, lower-cased), the words that can hold
    a role (:func:`_named`) and its English person roles (:func:`_holders`)."""

    possessives: set[str]
    kinds: dict[str, set[str]]
    named: set[str]
    holders: dict[str, set[str]]


def role_facts(a: Analysis, keep: bool = False) -> RoleFacts:
    """The :class:`RoleFacts` of ``a``, made or read as :meth:`.Analysis.derived` makes what
    the checks derive from one text (``keep``: kept on ``a``, as ``relations.derive`` does
    when a query is prepared)."""
    return a.derived("roles", _role_facts, keep=keep)


def _role_facts(a: Analysis) -> RoleFacts:
    kinds: dict[str, set[str]] = {}
    for word, role in a.roles:
        if ":" not in role:  # the persons' roles: read by _persons_swapped
            kinds.setdefault(_ROLE_KINDS.get(role, role), set()).add(word.lower())  # android
    possessives = {w for w, role in a.roles if role == "possessive"}
    return RoleFacts(possessives, kinds, _named(a), _holders(a.roles))


def _possessive_swapped(mine: set[str], theirs: set[str]) -> str:
    """One side's "X's Y" (``mine``: its possessives, ``X>Y``) is the other side's "Y's X":
    ``"X<->Y"`` (empty: no swap)."""
    found = [p.split(">", 1) for p in mine if ">".join(p.split(">", 1)[::-1]) in theirs]
    return "<->".join(found[0]) if found else ""


def _swapped_around_word(x: tuple[str, ...], y: tuple[str, ...]) -> str:
    """``y`` is ``x`` with two words exchanged across at least one word between them:
    ``"X<->Y"`` (empty: no such swap)."""
    if len(x) != len(y) or len(x) < 3 or (x == y and sorted(x) == list(x)):  # (x == y: cheap)
        return ""
    diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    if len(diff) != 2:
        return ""
    i, j = diff
    return f"{x[i]}<->{x[j]}" if j - i >= 2 and x[i] == y[j] and x[j] == y[i] else ""


def _swapped_roles(a: Analysis, b: Analysis) -> str:
    """The two words whose roles the prompts exchange, ``"X<->Y"`` (empty: none)."""
    if a.lang != "ja" and not (a.passive or b.passive):  # the refund by the school: no order
        # with the pronouns of subjects and objects: "I claim my mother" / "my mother claims me"
        swapped = _swapped_around_word(a.order or a.content, b.order or b.content)
        words = swapped.split("<->")
        if swapped and not _roles_kept(words, a.roles, b.roles) and not _marks_kept(words, a, b):
            return swapped  # "the dog bit the man" / "the man bit the dog"
        x, y = a.content, b.content  # (the same words in another order: a call, else none)
        if len(x) == len(y) and x != y and sorted(x) == sorted(y):
            swapped = modifier_blocks_swapped(x, y)
            if swapped:
                return swapped  # the salted caramel fudge below, the vanilla fudge on top
    facts_a, facts_b = role_facts(a), role_facts(b)
    swapped = _possessive_swapped(facts_a.possessives, facts_b.possessives)
    if swapped:
        return swapped  # "my wife's brother" / "my brother's wife"; 妻の兄 / 兄の妻
    if a.lang == "en":
        swapped = _persons_swapped(facts_a.holders, facts_b.holders) or _owner_swapped(a, b)
        if swapped:
            return swapped  # "my wife claims on my policy" / "I claim on my wife's policy"
    if not a.roles or not b.roles or a.passive != b.passive:
        return ""
    role_a, role_b = facts_a.kinds, facts_b.kinds
    content_a, content_b = facts_a.named, facts_b.named
    for role, holders_a in role_a.items():
        holders_b = role_b.get(role)
        if not holders_b:
            continue
        moved_a = holders_a - holders_b  # held the role in a, not in b ...
        moved_b = holders_b - holders_a
        # ... while both words occur on both sides: the same words, other roles
        # (東京から大阪まで / 大阪から東京まで; 東京発 = 東京から; 夫の扶養から = 夫 のから).
        left = sorted(moved_a & content_b)  # (sets: no generator step per word)
        right = sorted(moved_b & content_a)
        # ... and exchanged them: x took y's role (夫が妻に / 妻が夫に; not 息子が熱を / 息子に熱が)
        found = [
            (x, y)
            for x in left
            for y in right
            if _took(x, b.roles, y, a.roles) and not _owns_act(x, y, a, b)
        ]
        if found:
            spelled = {w.lower(): w for w, _ in (*a.roles, *b.roles)}  # as written
            return "<->".join(spelled.get(w, w) for w in found[0])
    return ""


_ROLE_KINDS = {"へ": "に", "まで": "に", "より": "から", "into": "to"}  #: one kind (_took)


def _took(x: str, x_roles: Roles, y: str, y_roles: Roles) -> bool:
    """``x`` holds (in ``x_roles``) a role of the kind that ``y`` holds in ``y_roles``, or
    one of them holds no role the analysis records there (a topic は, an owner)."""
    mine = {_ROLE_KINDS.get(r, r) for w, r in x_roles if w.lower() == x}
    theirs = {_ROLE_KINDS.get(r, r) for w, r in y_roles if w.lower() == y}
    return not mine or not theirs or bool(mine & theirs)


def _owns_act(x: str, y: str, a: Analysis, b: Analysis) -> bool:
    """One side owns the act that the other says as its verb right after it: ``x`` owns
    ``y`` in ``b`` while in ``a`` ``y`` holds no role and follows ``x`` (体験のご予約を承って /
    体験を予約できますか: 予約 is the verb there), or the same with the sides exchanged: one
    act on one thing, said as a noun and as a verb, not two words exchanging their roles
    (体験の予約をキャンセル / 体験をキャンセルして予約: 体験 is キャンセル's object)."""
    return a.lang == "ja" and (_verb_of(x, y, b, a) or _verb_of(y, x, a, b))


def _verb_of(owner: str, act: str, noun_side: Analysis, verb_side: Analysis) -> bool:
    """``owner`` owns ``act`` in ``noun_side``; ``act`` holds no role in ``verb_side``, comes
    right after ``owner`` there (the noun it takes as its object) and names an act, a noun
    SudachiPy lets take する (予約; not 棚 of 横に棚のある / 横の棚に, two places)."""
    if (f"{owner}>{act}", "possessive") not in noun_side.roles:
        return False
    if any(w == act for w, _ in verb_side.roles):
        return False
    words = verb_side.content
    return any(w == owner and n == act for w, n in pairwise(words)) and verbal_noun(act)


def _named(a: Analysis) -> set[str]:
    """The words that can hold a role, lower-cased: the content words (English: with the
    pronouns in their places); Japanese: every word (a pronoun holds a role: 私が友人に)."""
    words = (*(a.order or a.content), *(a.words if a.lang == "ja" else ()))
    return set(map(str.lower, words))


def _roles_kept(words: list[str], x: Roles, y: Roles) -> bool:
    """The words exchanged in the word order hold the same roles on both sides (a from / to
    phrase, a subject or owner: "to my new laptop from my old one" / "from my old laptop to
    my new one"; "if I lose it, how do I freeze it" / "how do I freeze it if I lose it"), and
    one of them holds some: the order moved, not the roles. Objects are left out: a pronoun
    (it) stands for one of them on one side only."""
    kept = [
        {(h, r) for h, r in roles if (h == word or r.partition(":")[2] == word) and r[:4] != "obj:"}
        for word in words
        for roles in (x, y)
    ]
    return kept[0] == kept[1] and kept[2] == kept[3] and bool(kept[0] or kept[2])


def _marks(a: Analysis) -> dict[str, set[str]]:
    """The frame's markers of each naming word, an owner's marked ``'s`` whether a possessive
    or an of-phrase says it (the company's tables = the tables of the company), an unmarked
    word bare."""
    owners = {word for word, role in a.roles if role.startswith("own:")}
    found: dict[str, set[str]] = {}
    for key, mark in a.frame:
        mark = "'s" if key in owners or mark == "of" else BARE if mark == UNMARKED else mark
        found.setdefault(key, set()).add(mark)
    return found


def _marks_kept(words: list[str], a: Analysis, b: Analysis) -> bool:
    """Two words exchanged in the word order each keep their markers, and the markers differ:
    they moved with their roles ("use the company's tables for the caterer" / "use for the
    caterer the tables of the company"); two bare words exchanged their roles."""
    mine, theirs = _marks(a), _marks(b)
    first, second = (mine.get(w) for w in words)
    return (
        bool(first and second)
        and first != second
        and all(mine.get(w) == theirs.get(w) for w in words)
    )


def _holders(roles: tuple[tuple[str, str], ...]) -> dict[str, set[str]]:
    """The English person roles (``subj:v``, ``obj:v``, ``own:n``) -> who holds them."""
    found: dict[str, set[str]] = {}
    for word, role in roles:
        if ":" in role:
            found.setdefault(role, set()).add(word)
    return found


def _persons_swapped(mine: dict[str, set[str]], theirs: dict[str, set[str]]) -> str:
    """Two holders exchange two roles (``subj:v`` / ``obj:v`` / ``own:n``, English:
    ``english._person_roles``): X does v and Y owns n on one side, Y does v and X owns n on
    the other ("my wife claims on my policy" / "I claim on my wife's policy": ``wif<->i``);
    or one holder is the object of v on one side and its subject on the other, each side
    naming both ("my parents leave me" / "I leave them": ``i:leav``); ``mine``, ``theirs``:
    each side's :func:`_holders`. Empty: no swap."""
    if not mine or not theirs:
        return ""
    for role, holders in mine.items():
        others = theirs.get(role)
        if not others:
            continue
        for moved in holders - others:
            for came in others - holders:
                if any(
                    came in mine.get(r, ()) and moved in theirs.get(r, ()) and r != role
                    for r in theirs
                ):
                    return f"{moved}<->{came}"
        if role.startswith("obj:"):
            verb = role[4:]
            for one, two in ((mine, theirs), (theirs, mine)):
                doers, done = one.get("subj:" + verb), one.get("obj:" + verb)
                doers2, done2 = two.get("subj:" + verb), two.get("obj:" + verb)
                if doers and done and doers2 and done2:
                    moved_up = (done & doers2) - doers - done2
                    if moved_up:
                        return f"{min(moved_up)}:{verb}"
    return ""


def _owner_swapped(a: Analysis, b: Analysis) -> str:
    """Another owner of the same noun, each owner named on both sides: one is the owner (a
    possessive, ``own:n``) on one side and the other on the other side ("the caterer uses the
    company's tables" / "the company uses the caterer's tables": ``company<->caterer``).
    Empty: no swap ("the caterer's tables" / "the tables of the caterer" keep the owner).
    Persons are left out: a pronoun may stand for the noun (his theorem / Fermat's theorem)."""
    mine, theirs = role_facts(a).holders, role_facts(b).holders
    named: list[set[str]] = []  # a's and b's (made when two owners are found: few pairs)
    for role, owners in mine.items():
        others = theirs.get(role)
        if not role.startswith("own:") or not others:
            continue
        for moved in sorted(owners - others - lx.EN_PERSONS):
            for came in sorted(others - owners - lx.EN_PERSONS):
                named = named or [_owners_named(a), _owners_named(b)]
                one_owner = came in _phrase(a.frame, moved) or moved in _phrase(b.frame, came)
                if moved in named[1] and came in named[0] and not one_owner:
                    return f"{moved}<->{came}"
    return ""


def _phrase(frame: Frame, key: str) -> set[str]:
    """The naming words of the noun phrase that ends with ``key`` (Apple Computer's)."""
    keys = [k for k, _ in frame]
    i = len(keys) - 1 - keys[::-1].index(key) if key in keys else 0
    found = {key}
    while i > 0 and frame[i][1] == UNMARKED:
        i -= 1
        found.add(keys[i])
    return found


def _owners_named(a: Analysis) -> set[str]:
    """The words that can own, as the roles name them: the frame's naming words and persons
    and the owners of the possessives (my: i)."""
    named = {key for key, _ in a.frame}
    named.update(word for word, role in a.roles if role.startswith("own:"))
    return named


def swapped_roles(a: Analysis, b: Analysis) -> str:
    """The guard's ``roles`` check: the two words whose roles the prompts exchange,
    ``"X<->Y"`` (empty: none): case roles, possessives, pronoun persons
    (:func:`_swapped_roles`), then English frames (word order and markers; an active clause
    against a passive one: :func:`~.frames.voice_swapped`) and modifiers (both languages)."""
    found = _swapped_roles(a, b) or frames_swapped(a.frame, b.frame)
    found = found or voice_swapped(a.frame, b.frame) or voice_swapped(b.frame, a.frame)
    return found or modifiers_swapped(a.roles, b.roles)
