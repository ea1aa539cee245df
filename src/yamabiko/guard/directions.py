"""Direction and route: the guard's ``roles`` reasons for a way travelled the other way.

* **English, one direction preposition changed** (:func:`direction_changed`): a naming word
  both prompts share stands after a preposition of the goal (to, into, towards, onto) on one
  side and after one of the source (from, out of) on the other, and neither side also gives
  it the other role, and no word is replaced ("ferry crossings *to* the island" / "*from*
  the island": ``roles:island:to->from``; not "catch worms from dogs" / "pass worms to
  dogs", whose verbs differ: :func:`.opposites.contrasts` asks). A prompt that names both
  ends in another order ("to B from A" / "from A to B") keeps each word's preposition, so
  it is no change. A personal pronoun is such a word too (session 30: rolled *away from
  me* / *towards me*: ``roles:me:from->to``); the frame keeps its subject form (*i*), so
  it is matched by that and named as the prompt says it. WordNet has no prepositions:
  the class is closed, and the two kinds above are listed whole (a preposition of the
  goal or the source; *toward* / *towards*, *onto* / *on to*, *into* / *to* are one kind
  and no change).
* **English, an adverb of place as goal and as source** (:func:`source_added`): *abroad*,
  *overseas*, *home* said with no preposition (the goal: redirect my post abroad) on one
  side and after *from* on the other: ``roles:abroad:to->from``.
* **English, a path's orientation to a line changed** (:func:`path_changed`, session 21): a
  naming word both prompts share stands after *along* / *alongside* / *with* (the way the
  line runs) on one side and after *across* (over it) or *against* (the other way) on the
  other: sanded *along* / *across* the grain, rowing *with* / *against* the current:
  ``roles:grain:along->across``. *With* is read so only when a verb of motion or contact
  (WordNet's ``verb.motion``, ``verb.contact``: sand, row, cut) comes before it (compare
  a quote *with* / *against* ours asks one thing).
* **English, the object of an act against its source** (:func:`object_or_source`, session
  22): after a noun of an act or event both prompts share (theft, removal, transfer:
  :func:`.english_kinds.event_noun`), a naming word both share stands after *of* (what the act
  is done to) on one side and after *from* (where it is done from) on the other: theft *of*
  / *from* the car: ``roles:car:of->from``. After other nouns the two often say one thing
  (the best film *of* / *from* 2016).
* **Japanese, a route's ends exchanged** (:func:`route_swapped`): the whole noun before から
  on one side is the whole noun before に / へ / まで on the other, and the other way round
  (光回線からケーブル回線に / ケーブル回線から光回線に: ``roles:光回線<->ケーブル回線``). The case
  roles of the analysis keep a compound's head alone (回線), which both ends share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import wordnet
from .en_words import PERSONS
from .english import stem_en
from .english_kinds import event_noun
from .english_scope import nominal, substrings

#: goal and source prepositions (a multi-word one first: "away from" is no "from" alone)
_GOAL = ("towards", "toward", "into", "onto", "to")
_SOURCE = ("out of", "away from", "from")
_KIND = {**dict.fromkeys(_GOAL, "to"), **dict.fromkeys(_SOURCE, "from")}
_KIND_IN = substrings(_KIND)
#: the words that say a direction (a prompt may change them and nothing else)
DIRECTION_WORDS = frozenset(
    {*_GOAL, "from", "out", "of", "away", "back", "along", "alongside", "across", "against"}
)
#: determiners and the like between a preposition and its noun (to *another* network), as a
#: regular-expression alternation (also read by `places.py`)
DETERMINERS = (
    "the|a|an|my|your|our|their|his|her|its|this|that|these|those|another|other|some|any"
    "|every|each|all|both|one"
)
_PREPOSITION = re.compile(
    f"\\b({'|'.join(_SOURCE + _GOAL)})\\s+((?:(?:{DETERMINERS})\\s+){{0,2}})([a-z]+)"
)
#: a whole Japanese noun (kanji, katakana, Latin letters, digits) before a route particle
_NOUN = "[一-龥々〆ヵヶァ-ヴーA-Za-zＡ-Ｚａ-ｚ0-9０-９]+"
_FROM = re.compile(f"({_NOUN})から")
_TO = re.compile(f"({_NOUN})(?:に|へ|まで)")


def _kinds(text: str, keys: set[str], said: dict[str, str] | None = None) -> dict[str, set[str]]:
    """naming word (a key of ``keys``, a stem, or a personal pronoun's subject form) -> the
    direction kinds (to / from) of the prepositions right before it in ``text``, a
    determiner or two between at most (to the island, away from the city centre, towards
    me; not "to be an animal" or "from opening", a verb with no determiner:
    :func:`.english_scope.nominal`). ``said`` gets each key's word as the text has it."""
    found: dict[str, set[str]] = {}
    for match in _PREPOSITION.finditer(text.lower()):
        word = match.group(3)
        person = None if match.group(2) else PERSONS.get(word)
        key = person or stem_en(word)
        if key not in keys or (len(key) < 3 and not person):
            continue  # (asked first: WordNet's tags of a word new to the process cost more)
        if not person and not match.group(2) and not nominal(word):
            continue  # to open / from opening: a verb, no place
        found.setdefault(key, set()).add(_KIND[match.group(1)])
        if said is not None:
            said.setdefault(key, word)
    return found


def direction_changed(
    x: Sequence[tuple[str, str]], y: Sequence[tuple[str, str]], x_text: str, y_text: str
) -> str:
    """English frames (``Analysis.frame``) and texts: ``"island:to->from"`` when a naming
    word both share stands right after a goal preposition on one side and a source one on
    the other (neither side giving it both); empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    if not _KIND_IN.search(low_x) or not _KIND_IN.search(low_y):
        return ""  # (substrings: a cheap gate)
    shared = {key for key, _ in x} & {key for key, _ in y}
    said: dict[str, str] = {}
    mine, theirs = _kinds(x_text, shared, said), _kinds(y_text, shared)
    for key in sorted(mine):
        kinds, others = mine[key], theirs.get(key)
        if others and len(kinds) == len(others) == 1 and kinds != others:
            name = said[key] if key in PERSONS.values() else key  # (me, not i)
            return f"{name}:{min(kinds)}->{min(others)}"
    return ""


_WORDS = re.compile(r"[a-z]+")
#: words before which an adverb of place is no goal (at home, in here, over there)
_PLACED = frozenset(
    {*_KIND, "at", "in", "on", "over", "of", "by", "near", "within", "inside", "with", "out"}
)
#: words that may follow an adverb ending its phrase (send money abroad for my son)
_FUNCTION = frozenset(
    {"from", "to", "for", "with", "and", "or", "if", "when", "while", "by", "in", "on", "at",
     "as", "after", "before", "via", "through", "using", "please", "too", "again", "now",
     "online", "today", "s"}
)  # fmt: skip


def _place_adverbs(text: str) -> tuple[set[str], set[str]]:
    """The WordNet adverbs (abroad, overseas, home) of a lower-case text that end a phrase
    (the text, a punctuation mark or a function word after them: not *home* testing kit,
    *back* pain) said after a source preposition (from abroad), and those said with no
    preposition before them (send money overseas: the goal itself)."""
    words = _WORDS.findall(text)
    sourced: set[str] = set()
    bare: set[str] = set()
    for k, word in enumerate(words):
        after = words[k + 1] if k + 1 < len(words) else ""
        if not k or (after and after not in _FUNCTION) or not _adverb(word):
            continue
        before = words[k - 1]
        if before == "from" or (before == "of" and k >= 2 and words[k - 2] == "out"):
            sourced.add(word)
        elif before not in _PLACED:
            bare.add(word)
    return sourced, bare


def _adverb(word: str) -> bool:
    """A word of four letters or more that WordNet has as an adverb (its own lemma)."""
    return len(word) >= 4 and word in wordnet.LEMMAS_OF[3](word)  # (``lemmas_of(word, 3)``)


def source_added(x_text: str, y_text: str) -> str:
    """``"abroad:to->from"`` (``x_text``'s kind first) when an adverb of place (abroad,
    overseas, home: WordNet's) is the goal on one side, said with no preposition (redirect my
    post *abroad*, send money *overseas*), and the source on the other (*from abroad*, back
    *from overseas*), and neither side says it both ways; empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    if ("from" in low_x) == ("from" in low_y) and "from" not in low_x:
        return ""  # (no source on either side: a cheap gate)
    source_x, bare_x = _place_adverbs(low_x)
    source_y, bare_y = _place_adverbs(low_y)
    for word in sorted((source_y & bare_x) - source_x - bare_y):
        return f"{word}:to->from"
    for word in sorted((source_x & bare_y) - source_y - bare_x):
        return f"{word}:from->to"
    return ""


#: prepositions of a path's orientation to a line (a grain, a current, a fold): its kind
_PATHS = {
    "along": "along", "alongside": "along", "with": "along", "across": "across",
    "athwart": "across", "against": "against",
}  # fmt: skip
_PATHS_IN = substrings(_PATHS)
_PATH = re.compile(
    f"\\b({'|'.join(_PATHS)})\\s+((?:(?:{DETERMINERS})\\s+){{0,2}})([a-z]+)"
)
#: WordNet's files of the verbs that move a thing along a line or work on its surface
_MOVING = frozenset({"verb.motion", "verb.contact"})
#: words before *with* that are no verb of the path (auxiliaries, pronouns: WordNet has
#: *can*, *do*, *will* as verbs of other senses)
_NOT_VERBS = frozenset(
    {"can", "could", "do", "does", "did", "will", "would", "should", "shall", "may", "might",
     "must", "is", "are", "be", "was", "were", "i", "you", "we", "it"}
)  # fmt: skip


def _paths(text: str) -> dict[str, set[tuple[str, str]]]:
    """Naming word (a stem) -> the (kind, preposition) of each path preposition right before
    it in the lower-case ``text`` (a determiner or two between at most); *with* only after a
    verb of motion or contact (:func:`_moving_before`)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for match in _PATH.finditer(text):
        word, noun = match.group(1), match.group(3)
        if noun in _PATHS or (not match.group(2) and not nominal(noun)):
            continue  # (along with, with paying: no line)
        if word == "with" and not _moving_before(text[: match.start()]):
            continue
        key = stem_en(noun)
        if len(key) >= 3:
            found.setdefault(key, set()).add((_PATHS[word], word))
    return found


def _moving_before(text: str) -> bool:
    """A word of ``text`` is a verb whose first WordNet sense (tagged or not: kayak) moves a
    thing or works on a surface (:data:`_MOVING`: sand, row, swim, cut)."""
    tables, files = wordnet.load(), _moving_files()
    if tables is None or not files:
        return False
    for word in _WORDS.findall(text):
        if word in _NOT_VERBS or len(word) < 3:
            continue
        for lemma in wordnet.lemmas_of(word, 1)[:1]:
            senses = tables.verb_senses.get(lemma, ())
            fields = wordnet.data_line(tables.verb_data, senses[0]) if senses else ()
            if len(fields) > 1 and fields[1].isdigit() and int(fields[1]) in files:
                return True
    return False


@lru_cache(maxsize=1)
def _moving_files() -> frozenset[int]:
    """The numbers WordNet's ``lexnames`` file gives the files of :data:`_MOVING`."""
    folder = wordnet.data_dir()
    if folder is None:
        return frozenset()
    found = set()
    for line in (folder / "lexnames").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) >= 2 and fields[1] in _MOVING:
            found.add(int(fields[0]))
    return frozenset(found)


def path_changed(x_text: str, y_text: str) -> str:
    """``"grain:along->across"`` (``x_text``'s kind first) when a naming word both texts
    share stands after a path preposition of one kind (along / with, across, against) on
    one side and of another on the other, each side giving it one kind; empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    if not _PATHS_IN.search(low_x) or not _PATHS_IN.search(low_y):
        return ""  # (substrings: a cheap gate)
    mine, theirs = _paths(low_x), _paths(low_y)
    for key in sorted(mine.keys() & theirs.keys()):
        kinds = {kind for kind, _ in mine[key]}
        others = {kind for kind, _ in theirs[key]}
        if len(kinds) == len(others) == 1 and kinds != others:
            return f"{key}:{min(kinds)}->{min(others)}"
    return ""


_OF_FROM = re.compile(
    f"\\b([A-Za-z]+)\\s+(of|from)\\s+((?:(?:{DETERMINERS})\\s+){{0,2}})([A-Za-z]+)"
)


def _acts_on(text: str) -> dict[tuple[str, str], set[str]]:
    """(the act's noun, the naming word after it) -> the prepositions between them (of,
    from) in ``text``, for a head that is a noun of an act or event, lower case but at
    the start of a sentence (Hannibal of Carthage: a name, not an act)."""
    found: dict[tuple[str, str], set[str]] = {}
    for match in _OF_FROM.finditer(text):
        head, noun = match.group(1), match.group(4).lower()
        opening = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ".?!"
        if head[0].isupper() and not opening:
            continue  # a name
        head = head.lower()
        if len(noun) < 3 or not event_noun(head) or not (match.group(3) or nominal(noun)):
            continue  # (a word after a determiner is a noun: the booking)
        found.setdefault((stem_en(head), stem_en(noun)), set()).add(match.group(2))
    return found


def object_or_source(x_text: str, y_text: str) -> str:
    """``"car:of->from"`` (``x_text``'s preposition first) when a noun of an act both texts
    share is followed by *of* and a naming word on one side and by *from* and the same word
    on the other, each side saying one of them; empty: none."""
    low_x, low_y = x_text.lower(), y_text.lower()
    if not (" of " in low_x and " from " in low_y) and not (" from " in low_x and " of " in low_y):
        return ""  # (substrings: a cheap gate)
    mine, theirs = _acts_on(x_text), _acts_on(y_text)
    for key in sorted(mine.keys() & theirs.keys()):
        if len(mine[key]) == len(theirs[key]) == 1 and mine[key] != theirs[key]:
            return f"{key[1]}:{min(mine[key])}->{min(theirs[key])}"
    return ""


def route_swapped(x: str, y: str) -> str:
    """Japanese texts: ``"X<->Y"`` when X から … Y に on one side is Y から … X に on the
    other (whole nouns); empty: none."""
    if "から" not in x or "から" not in y:
        return ""
    from_x, to_x = set(_FROM.findall(x)), set(_TO.findall(x))
    from_y, to_y = set(_FROM.findall(y)), set(_TO.findall(y))
    for start in sorted(from_x - from_y):
        if start not in to_y:
            continue
        for end in sorted((to_x & from_y) - to_y - {start}):
            return f"{start}<->{end}"
    return ""
