"""English: where a thing stands, or which way it points, changed around a noun both prompts
name (the guard's ``roles`` step, :func:`.opposites.contrasts`; firm when few other words
change, as for :mod:`.directions`).

* **A preposition of place of another kind** (:func:`place_changed`): a naming word both
  prompts share stands after a preposition of place of one kind on one side (*on*, *under*,
  *above*, *beside* / *next to*, *behind*, *in front of*, *opposite*)
  and of another kind on the other, each side giving it one kind: the ice sculpture stands
  *next to* / *on* the buffet: ``roles:buffet:beside->on``. Prepositions of one kind
  (*under* / *beneath*, *beside* / *near* / *next to*) say one place. *In* / *into* and *by*
  (session 24) have other common senses (*in* the morning, *by* Friday, *by* the council), so
  they are read as places only before a determiner and a noun whose first WordNet sense is a
  thing or a place (:func:`_physical`): the children play *in* / *by* the fountain:
  ``roles:fountain:in->beside``; not *by* after a participle (blocked *by* an iPhone: the
  doer), and the noun is the head of a compound (my gmail *account*). *In* is not compared
  with *on* or *under*, which often name the same place (*in* / *on* the bus, the street,
  the chair; *in* / *under* a towel), unless the noun is a hollow thing (session 25,
  :mod:`.wordnet_hollow`: a box, a locker, a fridge): keep the key *in* / *on* the drawer:
  ``roles:drawer:in->on``. *Past* (session 25) is read as *in* and *by* are: going by a
  thing, one place with *beside* and *near*, another than *around* it: the route goes
  *past* / *around* the castle: ``roles:castle:past->around``. *Around* (session 24) is
  read before a determiner and a thing, a place or a plant (:func:`_physical`, or a first
  sense in ``noun.plant``: a trunk; around the holidays, rotate around its axis are no
  place): all round a thing, which is one place with *near* (shops around / near the
  station) and with *in* (cycle around / in the town), and another than one side of it,
  its top or what is under it: the treehouse is built *around* / *beside* the trunk:
  ``roles:trunk:around->beside`` (*near* and *close to* are a kind of their own, one place
  with *beside*, *by*, *next to*). *At* and *over* are left out (wait *at* / *by* the gate,
  pay *over* the phone), and so are *inside* / *outside*: against *on* they may name one
  surface (engrave *on* / *inside* a ring), and against each other the antonym check reads
  them.
* **Turned away** (:func:`turned_away`): a verb is followed by a naming word as its object,
  or after a goal preposition (*to*, *towards*, *at*), on one side and by *away from* and
  the same word on the other, which says no *away*: face the lake / face *away from* the
  lake: ``roles:lake:to->away``.
* **Turned away, in Japanese** (:func:`turned_away_ja`, session 24): a noun followed by
  に背を向け or を背にし (the back turned to it) on one side and by を向, に向か or に面
  (with の方 between or not) on the other: 湖の方を向いて / 湖に背を向けて座れますか:
  ``roles:湖:向く->背``. The constructions of the grammar for facing, not words that failed.
"""

from __future__ import annotations

import re

from .directions import DETERMINERS
from .english import stem_en
from .english_scope import nominal, substrings
from .lexicon import EN_STOPWORDS
from .wordnet import load
from .wordnet_first import first_lemma, first_lexnames, first_synset

#: preposition of place -> its kind (several words first, so "next to" is no "to")
_PLACES = {
    "in front of": "front", "on top of": "on", "next to": "beside", "close to": "near",
    "across from": "opposite", "on": "on", "onto": "on",
    "atop": "on", "under": "under", "underneath": "under", "beneath": "under",
    "below": "under", "above": "above", "beside": "beside", "near": "near",
    "behind": "behind", "opposite": "opposite", "in": "in", "into": "in", "by": "beside",
    "around": "around", "past": "past",
}  # fmt: skip
_PLACES_IN = substrings(_PLACES)
#: prepositions with other common senses than a place: read before a determiner and a
#: noun that names a thing or a place only (:func:`_physical`; *past* the hour, half past)
_LOOSE = frozenset({"in", "into", "by", "past"})
#: kinds of place one noun may have under two prepositions and stay one place (*around*
#: also says near it: shops *around* / *near* the station; or all through it: *around* /
#: *in* the town; not at one side of it: built *around* / *beside* the trunk)
_ONE_PLACE = frozenset(
    frozenset(pair) for pair in (("in", "on"), ("in", "under"), ("near", "beside"),
                                 ("around", "near"), ("around", "in"), ("past", "beside"),
                                 ("past", "near"))
)  # fmt: skip
#: the kinds that name one place of most things but two of a hollow thing (:func:`_hollow`)
_IN_ON_UNDER = frozenset({"in", "on", "under"})
#: WordNet's files of nouns that name a thing or a place (a fountain, a lake, a park)
_PHYSICAL = frozenset({"noun.artifact", "noun.object", "noun.location", "noun.body"})
_PLACE = re.compile(
    f"\\b({'|'.join(sorted(_PLACES, key=len, reverse=True))})\\s+"
    f"((?:(?:{DETERMINERS})\\s+){{0,2}})([a-z]+)"
)
#: words a place preposition may follow and then say no place (depend on, carry on)
_NOT_PLACE_BEFORE = frozenset({"depend", "depends", "rely", "based", "focus", "work", "carry"})


def _places(text: str) -> dict[str, set[str]]:
    """Naming word (a stem; and ``"="`` + the stem -> the word, which names it) -> the kinds
    of the place prepositions right before it in the lower-case ``text`` (a determiner or
    two between at most; a word with none after the preposition must read as a noun:
    :func:`.english_scope.nominal`)."""
    found: dict[str, set[str]] = {}
    for match in _PLACE.finditer(text):
        noun = match.group(3)
        before = text[: match.start()].rsplit(None, 2)  # (the last two words are read)
        if before and before[-1] in _NOT_PLACE_BEFORE:
            continue
        if noun in _PLACES or (not match.group(2) and not nominal(noun)):
            continue  # (on top, near enough)
        if match.group(1) == "around" and not (match.group(2) and _round(noun, text, match)):
            continue  # (around noon, around the holidays, rotate around its axis)
        head = ""
        if match.group(1) in _LOOSE:
            if not match.group(2) or _agent(match.group(1), before):
                continue  # (by car; blocked by an iPhone)
            head = _head(noun, text[match.end() :])
            if not _physical(head):
                continue  # (in the morning, by Friday, by my gmail account)
        key = stem_en(noun)
        if len(key) >= 3:
            kind = _PLACES[match.group(1)]
            found.setdefault(key, set()).add(kind)
            found.setdefault("=" + key, {noun})
            if kind in _IN_ON_UNDER:  # (the head: is it hollow? place_changed asks)
                found.setdefault("^" + key, set()).add(head or _head(noun, text[match.end() :]))
    return found


def _agent(preposition: str, before: list[str]) -> bool:
    """*By* after a past participle (one of the two words before it): the doer of a passive
    (blocked *by* an iPhone, spun around *by* a fan), not a place; WordNet's irregular verb
    forms tell the participles not in *-ed*."""
    if preposition != "by":
        return False
    tables = load()
    irregular = tables.exceptions[1] if tables else {}
    return any(w.endswith("ed") or w in irregular for w in before[-2:])


def _head(noun: str, rest: str) -> str:
    """The last of the naming words that begin ``rest`` after ``noun`` (the head of a
    compound: my gmail *account*, a ceiling *fan*), or ``noun``."""
    for word in rest.split()[:2]:
        word = word.strip("?.,!")
        if not word.isalpha() or word in EN_STOPWORDS or not nominal(word):
            break
        noun = word
    return noun


def _round(noun: str, text: str, match: re.Match[str]) -> bool:
    """The head of the compound ``noun`` begins (in the lower-case ``text``, after ``match``)
    is a thing, a place or a plant that one may go all round (a trunk, a pond, a gazebo):
    :func:`_physical`, or WordNet's first tagged sense of it a plant; not a time or an idea
    (around the holidays, around its axis)."""
    head = _head(noun, text[match.end() :])
    kinds = first_lexnames(head, 0)
    return (bool(kinds) and kinds[0] == "noun.plant") or _physical(head)


def _physical(noun: str) -> bool:
    """WordNet's first sense of ``noun`` (:func:`~.wordnet_first.first_synset`: the first
    tagged one, or an untagged word's only one) is a thing, a place or a part of the body (a
    fountain, a park), or there is none to read (a fridge, a name); not a time, an act or a
    message (the morning, the way, the menu)."""
    tables = load()
    code = first_synset(tables, first_lemma(noun, 0), 0)[0] if tables else None
    found = tables.synsets.get(code) if tables and code is not None else None
    return found is None or found.lexname in _PHYSICAL


def _hollow(heads: set[str]) -> bool:
    """WordNet's first sense of each of ``heads`` (the head nouns after the preposition) is
    a hollow thing (:mod:`.wordnet_hollow`: a box, a locker, a fridge; not a bus, a chair or
    a towel), so *in* it is another place than *on* or *under* it."""
    tables = load()
    if tables is None or not tables.hollow or not heads:
        return False
    for head in heads:
        code = first_synset(tables, first_lemma(head, 0), 0)[0]
        if code is None or code >> 2 not in tables.hollow:
            return False
    return True


def place_changed(x_text: str, y_text: str) -> str:
    """``"buffet:beside->on"`` (``x_text``'s kind first) when a naming word both texts share
    stands after a place preposition of one kind on one side and of another kind on the
    other, each side giving it one kind; empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    mine = _places(low_x) if _PLACES_IN.search(low_x) else {}
    theirs = _places(low_y) if mine and _PLACES_IN.search(low_y) else {}
    for key in sorted(mine.keys() & theirs.keys()):
        if key[0] in "=^":
            continue
        kinds = mine[key] | theirs[key]
        if len(mine[key]) == len(theirs[key]) == 1 and len(kinds) == 2:
            heads = mine.get("^" + key, set()) | theirs.get("^" + key, set())
            if kinds in _ONE_PLACE and not (kinds <= _IN_ON_UNDER and _hollow(heads)):
                continue
            word = min(mine["=" + key])
            return f"{word}:{min(mine[key])}->{min(theirs[key])}"
    return ""


_AWAY = re.compile(f"\\b([a-z]+)\\s+away\\s+from\\s+((?:(?:{DETERMINERS})\\s+){{0,2}})([a-z]+)")
#: goal prepositions that may stand between the verb and its noun (point *at* the street)
_GOAL = "to|towards|toward|at|into|onto"


#: what follows the verb in :func:`_faced`: a goal preposition or none, a determiner or two
#: at most, the word (one pattern for every verb: session 28, a pattern per verb compiled a
#: cold verb's in the check, ~0.1-0.3 ms)
_FACED = re.compile(f"\\s+(?:(?:{_GOAL})\\s+)?(?:(?:{DETERMINERS})\\s+){{0,2}}([a-z]+)")


def _faced(text: str, verb: str, noun: str) -> bool:
    """``verb`` is followed in the lower-case ``text`` by ``noun`` (a word of its stem) as
    its object or after a goal preposition, a determiner or two between at most. Read as
    ``re.finditer`` reads ``\\b<verb>`` + :data:`_FACED`: each place ``verb`` starts a word
    (no word character before it), the next looked for after the end of a match."""
    at = text.find(verb)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):  # (the \b)
            match = _FACED.match(text, at + len(verb))
            if match is not None:
                if stem_en(match.group(1)) == stem_en(noun):
                    return True
                at = text.find(verb, match.end())
                continue
        at = text.find(verb, at + 1)
    return False


def turned_away(x_text: str, y_text: str) -> str:
    """``"lake:to->away"`` (``x_text``'s side first) when a verb is followed by *away from*
    and a naming word on one side and by the same word as its object or goal on the other,
    which says no *away* (face the lake / face away from the lake; not get away from boredom /
    overcome boredom, another verb); empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    if ("away" in low_x) == ("away" in low_y):
        return ""  # (one side alone turns away: a cheap gate)
    away_side, other = (low_x, low_y) if "away" in low_x else (low_y, low_x)
    for match in _AWAY.finditer(away_side):
        verb, noun = match.group(1), match.group(3)
        if len(noun) >= 3 and _faced(other, verb, noun):
            return f"{noun}:away->to" if away_side is low_x else f"{noun}:to->away"
    return ""


#: a noun (a run of kanji, katakana or latin letters) with the back turned to it
_BACK = re.compile(r"([\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9ー]+)(?:に背を向け|を背にし|を背に)")
#: what follows a noun the question faces (湖の方を向いて, 湖に向かって, 湖に面した)
_FACING = "(?:の方|のほう|の方向)?(?:を向|に向|に面)"


def turned_away_ja(x_text: str, y_text: str) -> str:
    """``"湖:向く->背"`` (``x_text``'s side first) when one Japanese text turns its back to a
    noun (に背を向け, を背にし) and the other faces the same noun (を向, に向か, に面);
    empty: none."""
    if ("背" in x_text) == ("背" in y_text):
        return ""  # (one side alone says a back: a cheap gate)
    back_side, other = (x_text, y_text) if "背" in x_text else (y_text, x_text)
    for match in _BACK.finditer(back_side):
        noun = match.group(1)
        if re.search(re.escape(noun) + _FACING, other):
            return f"{noun}:背->向く" if back_side is x_text else f"{noun}:向く->背"
    return ""
