"""Which words of one side's turns are facts, and of which kind (split out of
:mod:`yamabiko.conversation.facts` in session 27, code unchanged).

:func:`~yamabiko.conversation.facts.compare_stated` asks each side's facts to be said on the
other side, check by check. This module reads them from one side: the numbers and names its
users state (:func:`named_units`) and the katakana loanwords among them
(:func:`katakana_units`), the people of the guard's categories the other side never names
(:func:`people_unsaid`), the yes or no its user turns give (:func:`answer_kinds`), a turn its
own reply confirms in the other side's words (:func:`confirmed`), and the tests of a single
lost unit: a number's value (:func:`number_value`), the number one that changes nothing
(:func:`weak_number`), a unit of measure left to the numbers (:func:`measure_unit`), a
WordNet synonym the other side says (:func:`synonym_said`). :data:`SENTENCE` cuts a reply
into sentences for every conversation rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..guard import lexicon as lx
from ..guard import wordnet
from ..guard.facts import Analysis
from ..guard.relations import category_members
from ..guard.units import Unit
from .broader import broader_said
from .equivalents import counter_noun, loanwords, predicates, same_person
from .history import Exchange
from .kin import kin_said
from .lengths import SPAN_WORDS
from .names import named_person_said
from .rewordings import measure_word
from .smalltalk import asks, chooses
from .values import canonical_date

__all__ = [
    "SENTENCE",
    "answer_kinds",
    "confirmed",
    "counted_people",
    "katakana_units",
    "measure_unit",
    "named_units",
    "number_value",
    "people_unsaid",
    "synonym_said",
    "weak_number",
]

_OPENER = re.compile(r"(?:^|[.!?:;\u2013\u2014-])\W*$")
#: the kinds of key noun that name a party of the conversation (for whom, with whom)
_PARTIES = frozenset({"family", "animal"})
#: the kinds of unit a WordNet synonym may say (a content word; a word of place or direction)
_SYNONYM_KINDS = frozenset({"content", "relation"})
#: the one-word counts of people by their unit's key (the normalised form: ふたり is 二人)
_PEOPLE_WORDS = {"一人": 1, "二人": 2}
#: a sentence: it ends at a full stop, ! or ? followed by a space or the end (not the dots of
#: p.m. or 3.50) or at 。！？
SENTENCE = re.compile(r"(?:[^.!?。！？\n]|[.!?](?=[^\s.!?]))+[.!?。！？]*")


def people_unsaid(
    users: Sequence[str],
    their_text: Sequence[str],
    their_units: Sequence[Unit],
    analyse: Callable[[str], Analysis],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
) -> set[str]:
    """The members of the guard's categories (family, animals, vehicles, ...) my users say
    that the other side never says, nor a word equivalent to them, nor one naming the same
    person in WordNet (daughter / girl: :func:`~yamabiko.conversation.equivalents.same_person`)
    or in a word the category does not list (じいちゃん / 祖父:
    :func:`~yamabiko.conversation.kin.kin_said`), nor one whose kind the other side names
    (son / child, 息子 / 子ども, snake / reptile:
    :func:`~yamabiko.conversation.broader.broader_said`), nor a relation said with a name
    the other side says, where it says no other person of that kind ("my son Leo" / "Leo":
    :func:`~yamabiko.conversation.names.named_person_said`)."""
    mine, theirs = _categories(users, analyse), _categories(their_text, analyse)
    words = [u.text for u in their_units]
    members = {
        m for m in set(mine) - set(theirs)
        if unsaid([Unit(m, m, forms=(m,))], their_units) and not same_person(m, words)
        and not kin_said(m, their_units) and not broader_said(m, mine[m], their_units)
        and not (named_person_said(m, users, their_text)  # my son Leo / Leo
                 and not {w for w, kind in theirs.items() if kind == mine[m]} - set(mine))
    }  # fmt: skip
    # a person or an animal on one side only is another party; any other key noun (a
    # vehicle, a body part, a subject) only when the other side names another of its kind
    return {m for m in members if mine[m] in _PARTIES or mine[m] in set(theirs.values())}


def counted_people(found: Iterable[Unit], text: str) -> list[Unit]:
    """The units of ``text`` with 一人 and 二人 (ひとり, ふたり: one word each for SudachiPy,
    no numeral and counter) read as the numbers of people they count (``#1`` / ``#2``, counter
    人), unless ``text`` only says them before 前 (二人前: two servings)."""
    out = []
    for unit in found:
        count = _PEOPLE_WORDS.get(unit.key) if unit.kind == "content" else None
        if count is not None and re.search(rf"{re.escape(unit.text)}(?!前)", text):
            unit = unit._replace(key=f"#{count}", kind="number", counter="人")
        out.append(unit)
    return out


def named_units(found: Iterable[Unit], analysis: Analysis, text: str) -> list[Unit]:
    """The units of a turn that are numbers or names (the analysis' strong words; 一人 / 二人
    as numbers: :func:`counted_people`), without date words (checked as dates), capitalised
    words that only open a sentence and katakana common nouns
    (:func:`~yamabiko.conversation.equivalents.loanwords`: ドリンク, プレゼント)."""
    found = counted_people(found, text) if analysis.lang == "ja" else found
    strong = {s.lower() for s in analysis.strong}
    common = loanwords(text) if analysis.lang == "ja" else frozenset()
    return [
        u for u in found
        if u.kind == "number"
        or ((u.key.lower() in strong or u.text.lower() in strong)
            and u.text not in common and u.key not in common
            and canonical_date(u.text) not in lx.EN_DATE_WORDS and not _opens(u.text, text))
    ]  # fmt: skip


def synonym_said(unit: Unit, theirs: Sequence[Unit]) -> bool:
    """An English fact the other side states by a WordNet synonym (loft / attic: one synset
    among the first tagged senses of both, :func:`~yamabiko.guard.wordnet.synonyms`), a
    content word or a word of place (*indoors* / *inside*, which the units read as a
    relation: session 32)."""
    if unit.kind not in _SYNONYM_KINDS or not unit.text.isascii() or not unit.text.isalpha():
        return False
    return any(
        o.kind in _SYNONYM_KINDS and o.text.isascii() and wordnet.synonyms(unit.text, o.text)
        for o in theirs
    )


def confirmed(
    x: Exchange,
    their_units: Sequence[Unit],
    units: Callable[[str], Sequence[Unit]],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
) -> bool:
    """The reply of ``x`` confirms its user turn as the other side states it: a sentence of
    the reply that asks nothing repeats a word of the turn, and every content word of those
    sentences is said on the other side (its assistant restated the turn without the turn's
    loanwords, in words the other conversation uses: ドリンクフリー confirmed as 飲み放題)."""
    sentences = [s.strip() for s in SENTENCE.findall(x.reply) if s.strip() and not asks(s)]
    said = [(u, s) for s in sentences for u in units(s) if u.kind == "content"]
    if not {u.key for u, _ in said} & {u.key for u in units(x.user)}:
        return False
    # the assistant's own acts (承知しました, お受けします) confirm, they state no fact
    said = [u for u, s in said if u.text not in predicates(s) and u.key not in predicates(s)]
    return not unsaid(said, their_units)


def katakana_units(found: Iterable[Unit], analysis: Analysis, text: str) -> list[Unit]:
    """The strong units of a Japanese turn that are katakana common nouns, which
    :func:`named_units` leaves out."""
    if analysis.lang != "ja":
        return []
    common, strong = loanwords(text), analysis.strong
    return [u for u in found if (u.key in strong or u.text in strong)
            and (u.text in common or u.key in common)]  # fmt: skip


def _opens(word: str, text: str) -> bool:
    """``word`` is capitalised only where a sentence (or a clause after a dash) opens."""
    if not word[:1].isupper():
        return False
    at = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return bool(at) and all(_OPENER.search(text[:i]) for i in at)


def weak_number(unit: Unit) -> bool:
    """A lost unit that changes nothing when lost on one side only and the other side's
    users say no number of their own: the number one (一艘, 一年生, the first time: the
    count or rank a thing has when none is said)."""
    return unit.kind == "number" and number_value(unit) == 1


def measure_unit(unit: Unit) -> bool:
    """A said-back word that is a unit of measure or time (weeks, days, k, GB, リットル,
    metres by WordNet): the numbers compare what it measures."""
    text = unit.text.lower()
    return (
        (text.isascii() and len(text) <= 2) or text.rstrip("s") in SPAN_WORDS
        or counter_noun(unit.text) or measure_word(unit.text)
    )  # fmt: skip


def number_value(unit: Unit) -> float | None:
    """The value of a number unit (``#7``), None for any other unit."""
    if unit.kind != "number":
        return None
    try:
        return float(unit.key.lstrip("#"))
    except ValueError:
        return None


def _categories(texts: Iterable[str], analyse: Callable[[str], Analysis]) -> dict[str, str]:
    """The members of the guard's categories (family, animals, vehicles, ...) the texts say,
    each with its kind."""
    return {m: kind for text in texts for m, kind in category_members(analyse(text)).items()}


def answer_kinds(
    side: Sequence[Exchange],
    analyse: Callable[[str], Analysis],
    polarity: Callable[[Exchange], int],
    units: Callable[[str], Sequence[Unit]],
) -> set[int]:
    """The kinds of answer the side's user turns give: 1 for a yes, -1 for a no or a negated
    turn that answers a question of the assistant (a negation in a turn that answers
    nothing describes: "I've never been before", "no colour"); a turn that picks an option
    the question offered is neither (:func:`~yamabiko.conversation.smalltalk.chooses`)."""
    out = set()
    for before, x in zip((None, *side), side, strict=False):
        asked = [s for s in SENTENCE.findall(before.reply) if asks(s)] if before else []
        if x.user and not chooses(asked, x.user, lambda t: _content_keys(units(t))):
            out.add(polarity(x))
        if x.user and analyse(x.user).negations and before is not None and asks(before.reply):
            out.add(-1)
    out.discard(0)
    return out


def _content_keys(found: Iterable[Unit]) -> set[str]:
    """The keys of the content words among ``found``."""
    return {u.key for u in found if u.kind == "content"}
