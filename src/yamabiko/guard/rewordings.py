"""What the minimal-pair check makes of the words left unexplained on each side, when they
are more than one word against one: a rewording (one word said in several: "transfer" /
"send ... to an account", :func:`reworded`), a phrase that limits the question (during the
grace period, the system's battery: :func:`limiting_phrase`), or a word compounded with a
shared one (app / app store: :func:`compound`). Split from :mod:`.minpair` (session 20),
which calls them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from . import lexicon as lx
from .compounds import other_person_ja
from .ja_words import place_replaced
from .prefix_opposites import prefix_opposed
from .relations import _other_doer
from .units import Unit

#: Word-vector cosine at or above which two different words count as the same word.
DEFAULT_WORD_SIMILARITY = 0.75


def compound(
    added: Sequence[Unit], own: Sequence[Unit], first: Sequence[Unit], second: Sequence[Unit]
) -> bool:
    """An added content word stands right next to a word both sides share (no filler
    between): it forms a compound with it and names another or a narrower thing."""
    shared = {u.key for u in first} & {u.key for u in second}
    beside = {u.position for u in own if u.key in shared and u.position >= 0}
    return any(
        u.kind == "content" and u.position >= 0 and {u.position - 1, u.position + 1} & beside
        for u in added
    )


def limiting_phrase(
    added: Sequence[Unit], own: Sequence[Unit], first: Sequence[Unit], second: Sequence[Unit]
) -> str:
    """English: the units one prompt adds are one phrase that limits the question: a
    preposition of time, place or degree with its noun (during the grace period: ``phrase``),
    or the noun a shared possessive owns (the park's picnic area / the park, the system's
    battery / the system: another thing, a ``part``); empty: neither."""
    if len(added) > 4 or not all(u.key.isascii() for u in added):
        return ""
    relations = [u for u in added if u.kind == "relation"]
    content = [u for u in added if u.kind == "content"]
    if len(relations) + len(content) != len(added) or not content:
        return ""
    if len({u.word for u in content}) != 1 or content[0].word < 0:
        return ""  # more than one phrase: a rewording
    if relations:
        return "phrase" if len(relations) == 1 and relations[0].key not in _PARTICLES else ""
    shared = {u.key for u in first} & {u.key for u in second}
    start = content[0].position
    owner = next((u for u in own if u.position == start - 1 and u.key in shared), None)
    if owner is None or not owner.text.lower().endswith("'s"):
        return ""
    # a thing's part, not a name's work (Nolan's next film) nor a time's (today's society)
    thing = not owner.text[0].isupper() and owner.key not in lx.EN_DATE_WORDS
    return "part" if thing else "phrase"


def reworded(left: Sequence[Unit], right: Sequence[Unit], english_pairs: bool = True) -> bool:
    """One word said in several (or several in one): "transfer" / "send ... to an account",
    注文履歴 / 過去の注文. The longer side's words are content words that do not form one word
    (a Japanese compound, a phrasal verb, "black and white"), and neither side has a number or
    a relation word, nor a word against itself with a prefix that turns it (guided /
    self-guided, :func:`.prefix_opposites.prefix_opposed`, session 28): then it is a
    rewording, not a replaced word. With ``english_pairs``, two
    English words side by side ("wireless network", "minimum age") are separate words unless
    the second is a verb particle (top up, log out)."""
    if len(left) == len(right):
        return False
    longer = left if len(left) > len(right) else right
    shorter = right if longer is left else left
    if len(shorter) == 1 and _other_doer(shorter[0], longer[-1], DEFAULT_WORD_SIMILARITY):
        return False  # employers / job seekers: one kind of person for another
    if len(shorter) == 1 and other_person_ja(shorter[0], longer):
        return False  # 祖父母 / 近所の人: a person for another that a noun describes
    if any(u.kind != "content" for u in (*left, *right)) or any(u.word < 0 for u in longer):
        return False
    if place_replaced(left, right):
        return False  # 箱の中に入れて / 箱の上に置いて: another place
    if len({u.word for u in longer}) > 1:
        return not _turned(left, right)
    if not english_pairs or not all(u.key.isascii() for u in longer):
        return False
    # one English word run: separate words when side by side (not joined by and / or) and
    # not a verb with its particle
    return all(
        later.position == earlier.position + 1 and later.text.lower() not in _PARTICLES
        for earlier, later in pairwise(longer)
    ) and not _turned(left, right)


def _turned(left: Sequence[Unit], right: Sequence[Unit]) -> bool:
    """A word of one side is a word of the other with a prefix that turns it round (a guided
    tour / the price of a self-guided tour: :func:`.prefix_opposites.prefix_opposed`)."""
    return any(prefix_opposed(x.text.lower(), y.text.lower()) for x in left for y in right)


_PARTICLES = frozenset(
    ["up", "down", "out", "off", "in", "on", "back", "over", "away", "through", "along", "around"]
)
