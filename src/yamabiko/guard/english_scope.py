"""English changes of scope that the minimal-pair check reads as detail or as the same words
(the guard's ``roles`` step, :func:`.opposites.contrasts`; firm: the trees cannot serve them):

* **a quantifier replaced by one of another kind** (:func:`quantifier_replaced`): the
  determiners that say how much of a kind a question is about fall in a few classes, the
  whole (all, every, each, whole, entire), some of it (some, any: "what are some good
  songs" asks what "any good songs?" asks), the pair (both), one of two (either) and a
  restriction (only; *just* before a determiner, a number or a preposition: "just one
  product", not "can I just turn up"), an addition (also; *too* and *as well* at the end)
  and another doer (*else* after someone / anyone; not *nobody else*, which restricts).
  When each side has a class the other lacks, the question is about another part of the
  kind: "*all* the trains" / "*any* of the trains", "*both* parents" / "*either* parent",
  "*any* product" / "*just* one product": ``scope:any->just``; "*only* for members" /
  "*also* for members": ``scope:only->also``; "if *only* I drive" / "if someone *else*
  drives": ``scope:only->else``; *one* before a noun counts one of a kind against both,
  all or only (*one* side / *both* sides; not *one* / *any*, whichever one, nor the
  pronoun, how can *one* earn). Words of one class are one question (all / every /
  each items). Adverbial uses are left out (all day, at all, each other, not any, without
  any), and so are *all the time*, *after all*, the list a question asks for (*what are all
  the* / *some* ...), and texts of more than :data:`MAX_QUANTIFIED_WORDS` words or of several
  sentences.
* **an item added to a list** (:func:`item_added`): the words one prompt adds are a block of
  naming words coordinated (and, or, a comma) with a word both prompts say, nothing else
  changed ("breakfast *and dinner*" / "breakfast", "phones, tablets *and laptops*" /
  "phones and tablets"): ``item:dinner``. The coordination is the one the analysis' frames
  mark (:func:`.roles.role_marker`: ``and`` after a coordinator). Not a block with a verb
  (muscle and *lose fat*: an act) or a WordNet synonym of its partner (concentrate and focus).

* **an exception added** (:func:`except_added`, session 24): one prompt is the other with
  *except*, *excluding*, *apart from*, *other than* or *but for* put before words both say
  ("free for students *except* on Mondays" / "free for students on Mondays"), so it asks
  about everything but what the other asks about: ``scope:except+mondays``. Closed words of
  the grammar, the English for 以外 (:func:`.ja_suffixes.except_dropped`).

All read text and frames the analysis has already made: a few set look-ups a check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from . import lexicon as lx
from . import wordnet
from .english import stem_en
from .wordnet_first import FIRST_TAGGED

#: quantifier word -> its class
_CLASSES = {
    "all": "all", "every": "all", "each": "all", "whole": "all", "entire": "all",
    "any": "some", "some": "some", "both": "both", "either": "either",
    "only": "only", "just": "only", "solely": "only", "exclusively": "only",
    "everyone": "all", "everybody": "all", "alone": "only", "one": "one",
    "also": "also", "too": "also", "well": "also", "else": "else",
}  # fmt: skip
#: *another* or *the same* before a noun: which one of a kind (another / the same station)
_PICKED = re.compile(r"\b(another|the same)\s+([a-z]+)")
#: the persons after which "else" names another doer (someone else, anyone else; not
#: nobody else, which says "only")
_ELSE_AFTER = frozenset({"someone", "somebody", "anyone", "anybody"})
#: words before which "one" is no count of a kind (no one, the one, which one, one another)
_NOT_ONE = frozenset(
    {"no", "the", "which", "this", "that", "every", "any", "each", "a", "per", "another",
     "at", "last", "next", "little", "only", "just"}
)  # fmt: skip
#: the pronouns after which "alone" restricts (for me alone: just me; not "travel alone")
_ALONE_AFTER = frozenset({"me", "us", "you", "him", "her", "them", "myself", "ourselves"})
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def substrings(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for the cheap gates: ``substrings(words).search(text)`` is true when some
    word of ``words`` (none empty) is a substring of ``text``, as ``any(w in text for w in
    words)`` is, in one C call rather than a Python step per word (session 25)."""
    return re.compile("|".join(map(re.escape, words)))


_CLASSES_IN = substrings(_CLASSES)

#: words after which "just" restricts a noun phrase (just one, just the, just for members,
#: just me)
_JUST_BEFORE = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "my", "your", "our", "their", "his",
     "her", "its", "one", "two", "three", "four", "five", "for", "on", "in", "at", "to",
     "with", "from", "by", "about", "me", "us", "myself", "ourselves", "you", "yourself"}
)  # fmt: skip
#: nouns "all" / "each" / "any" make an adverb or a pronoun of (all day, each other)
_ADVERBIAL = frozenset(
    {"time", "times", "day", "night", "week", "year", "month", "morning", "along", "right",
     "other", "more", "longer", "way"}
)  # fmt: skip
_NEGATIVE = frozenset({"not", "no", "without", "never", "hardly"})
#: words before which "all" is an adverb (at all, after all, above all)
_IDIOM_BEFORE = frozenset({"at", "after", "above"})
#: a question asking for a list (what are all the / some ...): "all" and "some" ask alike
_LISTING = re.compile(r"^(?:what|which) (?:are|were|is)$")
#: the most words of a text whose quantifiers are compared (a longer one or one of several
#: sentences asks more than one thing, each with its own quantifiers)
MAX_QUANTIFIED_WORDS = 16


def _classes(text: str) -> dict[str, str]:
    """class -> the first word of that class in ``text`` (lower case), adverbial and negated
    uses left out."""
    words = _WORD.findall(text.lower().replace("n't", " not"))
    found: dict[str, str] = {}
    for i, word in enumerate(words):
        kind = _CLASSES.get(word)
        if kind is None or kind in found:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1] if i else ""
        if (word == "just" and not (after in _JUST_BEFORE or after.isdigit())) or (
            word == "just" and i == 0
        ):
            continue  # can I just turn up, just to check: merely, not a restriction
        if word == "alone" and before not in _ALONE_AFTER:
            continue  # can children travel alone: unaccompanied, not a restriction
        if (word == "else" and before not in _ELSE_AFTER) or (
            word in ("too", "well") and (after or (word == "well" and before != "as"))
        ):
            continue  # nobody else (only), too late, as well as: no addition or other doer
        if word == "one" and (
            before in _NOT_ONE
            or (before in lx.EN_AUXILIARIES and _pronoun_one(words, i))
            or after in _NOT_ONE
            or not after.isalpha()
            or lx.en_number_word(after) is not None
            or not nominal(after)
        ):
            continue  # no one, which one, one another, one hundred, how can one / does one
        if after == "the" and i + 2 < len(words):
            after = words[i + 2]  # all the time: as all day
        if (
            after in _ADVERBIAL
            or before in _IDIOM_BEFORE
            or (word == "any" and before in _NEGATIVE)
        ):
            continue  # all day, at all, after all, each other, without any
        if word in ("all", "some") and i >= 2 and _LISTING.match(" ".join(words[i - 2 : i])):
            continue  # what are all the / some payment methods: a list asked for
        found[kind] = word
    return found


def _pronoun_one(words: Sequence[str], i: int) -> bool:
    """``words[i]`` (*one*, after an auxiliary) is the pronoun, a person in general: the
    word after it is no noun that a preposition, a verb or the end follows (how can *one*
    earn, does *one* need a visa; not is *one* room in the library quiet, can *one* child
    stay: a count)."""
    after = words[i + 1] if i + 1 < len(words) else ""
    then = words[i + 2] if i + 2 < len(words) else ""
    return not after or then in ("to", *lx.EN_DETERMINERS, *lx.EN_PERSONS) or not nominal(after)


def _picked(x: str, y: str) -> str:
    """``"another->same"`` when one (lower-case) text says *another* and the other *the
    same* before one noun both say (return the bike to *another* / *the same* station);
    empty: not so (*another* / *any* country ask alike, *the same as* picks nothing)."""
    if not ("another" in x and "the same" in y) and not ("the same" in x and "another" in y):
        return ""  # (substrings: a cheap gate)
    mine = {noun: word for word, noun in _PICKED.findall(x) if nominal(noun)}
    theirs = {noun: word for word, noun in _PICKED.findall(y) if nominal(noun)}
    for noun in sorted(mine.keys() & theirs.keys()):
        if mine[noun] != theirs[noun]:
            return f"{mine[noun].removeprefix('the ')}->{theirs[noun].removeprefix('the ')}"
    return ""


def quantifier_replaced(x: str, y: str) -> str:
    """``"all->any"`` (the words as written, ``x``'s first) when each text has a quantifier
    of a class the other lacks; empty: none."""
    low_x, low_y = x.lower(), y.lower()
    picking = ("another" in low_x or "another" in low_y) and " same " in low_x + low_y
    if not picking and (not _CLASSES_IN.search(low_x) or not _CLASSES_IN.search(low_y)):
        return ""  # (substrings: a cheap gate)
    for text in (x, y):
        if len(_WORD.findall(text.lower())) > MAX_QUANTIFIED_WORDS or _SENTENCES.search(
            text.strip()
        ):
            return ""  # a long text or several sentences: more than one question
    if picking and (found := _picked(low_x, low_y)):
        return found
    mine, theirs = _classes(x), _classes(y)
    only_mine = [w for k, w in mine.items() if k not in theirs]
    only_theirs = [w for k, w in theirs.items() if k not in mine]
    if {mine.get("one"), theirs.get("one")} != {None} and {*mine, *theirs} <= {"one", "some"}:
        return ""  # change one law / change any law: one of them, whichever
    if only_mine and only_theirs:
        return f"{only_mine[0]}->{only_theirs[0]}"
    return ""


def item_added(
    x: Sequence[tuple[str, str]], y: Sequence[tuple[str, str]], x_text: str, y_text: str
) -> str:
    """English frames and texts: the naming words one side adds (every other word shared)
    are one block joined by *and* or a comma to a word both say, both nouns
    (:func:`nominal`: dinner, cat, licence; not find and pitch, heavy and tight), in a
    question of one sentence and :data:`MAX_WORDS` words at most (a longer text adds its
    own questions; a description adds detail): their keys joined by ``+``; empty: no."""
    keys_x, keys_y = {k for k, _ in x}, {k for k, _ in y}
    if keys_y < keys_x:
        longer, shorter, text = x, keys_y, x_text
    elif keys_x < keys_y:
        longer, shorter, text = y, keys_x, y_text
    else:
        return ""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) > MAX_WORDS or _SENTENCES.search(text.strip()) or "?" not in text:
        return ""  # a description (a red and white bus) names what it sees, not a list
    extra = [i for i, (key, _) in enumerate(longer) if key not in shorter]
    if extra[-1] - extra[0] + 1 != len(extra):
        return ""  # added in two places: not one item
    stems = [stem_en(t) for t in tokens]
    first, last = longer[extra[0]][0], longer[extra[-1]][0]
    if first not in stems or last not in stems[stems.index(first) :]:
        return ""
    start = stems.index(first)
    end = stems.index(last, start)
    if not _noun_here(tokens, end):
        return ""
    block = [t for t in tokens[start : end + 1] if t not in _JOINING]
    if any(_verbal(t) for t in block):
        return ""  # gaining muscle and *lose fat*: an act added, not an item
    before = start - 1
    while before > 0 and tokens[before] in lx.EN_DETERMINERS:
        before -= 1
    after = end + 2
    while after < len(tokens) - 1 and tokens[after] in lx.EN_DETERMINERS:
        after += 1
    sides = []
    if before > 0 and tokens[before] in _JOINING:
        sides.append(before - 1)  # breakfast and dinner, phones, tablets
    if after < len(tokens) and tokens[end + 1] == "and":
        sides.append(after)  # dinner and breakfast
    for i in sides:
        if any(wordnet.synonyms(tokens[i], t) for t in block):
            continue  # concentrate and focus, worries and anxieties: one thing said twice
        if stems[i] in shorter and _noun_here(tokens, i):
            return "+".join(longer[i][0] for i in extra)
    return ""


#: the most words of a question the added-item rule reads
MAX_WORDS = 12
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|,|&")
_SENTENCES = re.compile(r"[.!?]\s+\S")
_JOINING = frozenset({"and", ",", "&"})


@lru_cache(maxsize=4096)
def nominal(word: str) -> bool:
    """``word`` is a noun to WordNet and no verb (passport), a word it does not know
    (licence, a name), or it tags at least as many of
    its senses as a noun as a verb (dinner, cat, pool; not find, write), and it is no
    adverb in -ly. Kept per word (session 29: a dozen rules ask it of the same words)."""
    if word.endswith("ly") or not wordnet.available():
        return False
    nouns, verbs = FIRST_TAGGED[0](word), FIRST_TAGGED[1](word)  # (the LRUs asked directly)
    if nouns is None:
        return not wordnet.lemmas(word)  # a word WordNet does not know (a name), or no noun
    if verbs is None:
        return True  # a noun and no verb (passport)
    return len(nouns) >= len(verbs)


def _noun_here(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is a noun where it stands: :func:`nominal`, or a word WordNet has as a
    noun too right after a noun that is no function word, the head of a compound (a tyre
    *change*, a beard *trim*: words more often verbs, which a noun before them makes nouns)."""
    if nominal(tokens[i]):
        return True
    before = tokens[i - 1] if i > 0 else ""
    if not before.isalpha() or before in lx.EN_STOPWORDS or not nominal(before):
        return False
    return bool(wordnet.lemmas_of(tokens[i], 0)) and not _verbal(before)


def _verbal(word: str) -> bool:
    """``word`` is a verb to WordNet, no adjective, and no noun by :func:`nominal` (lose,
    make): a list it joins adds an act, not an item."""
    if not wordnet.lemmas_of(word, 1) or wordnet.lemmas_of(word, 2):
        return False
    return not nominal(word)


#: the conjunctions of a condition that *unless* ("if not") may stand for on the other side
_CONDITIONS = frozenset({"if", "when", "whenever", "once", "provided", "while"})


def unless_replaced(x: str, y: str) -> str:
    """``"unless->when"`` (``x``'s word first) when the texts differ only in one word, a
    condition's conjunction, *unless* on one side (the condition negated) and *if* / *when*
    / *once* … on the other; empty: no such change (*unless* against *if … not* is left to
    the negation count)."""
    low_x, low_y = x.lower(), y.lower()
    if ("unless" in low_x) == ("unless" in low_y):
        return ""  # (substrings: a cheap gate)
    words_x, words_y = _WORD.findall(low_x), _WORD.findall(low_y)
    if len(words_x) != len(words_y):
        return ""
    changed = [(a, b) for a, b in zip(words_x, words_y, strict=True) if a != b]
    if len(changed) != 1 or "unless" not in changed[0]:
        return ""
    old, new = changed[0]
    return f"{old}->{new}" if {old, new} - {"unless"} <= _CONDITIONS else ""


#: the words that put what follows them out of a question's scope
_EXCEPT = (("except",), ("excluding",), ("excepting",), ("apart", "from"), ("other", "than"),
           ("but", "for"))  # fmt: skip
_EXCEPT_IN = substrings(w[0] for w in _EXCEPT)


def except_added(x: str, y: str) -> str:
    """``"except+mondays"`` (the words of exception and the first naming word after them,
    :func:`nominal`) when one text is the other with a phrase of exception (*except*,
    *apart from* ...) inserted before words both say, or put in the place of a stop word
    (*on* weekends / *apart from* weekends); empty: no such change."""
    low_x, low_y = x.lower(), y.lower()
    if not (_EXCEPT_IN.search(low_x) or _EXCEPT_IN.search(low_y)):
        return ""  # (substrings: a cheap gate)
    words_x, words_y = _WORD.findall(low_x), _WORD.findall(low_y)
    longer, shorter = (words_x, words_y) if len(words_x) > len(words_y) else (words_y, words_x)
    for phrase in _EXCEPT:
        size = len(phrase)
        # inserted, or put in the place of a function word (on weekends / apart from weekends)
        dropped = len(shorter) + size - len(longer)
        if dropped not in (0, 1):
            continue
        for i in range(len(shorter)):
            if tuple(longer[i : i + size]) != phrase or longer[:i] != shorter[:i]:
                continue
            if dropped and shorter[i] not in lx.EN_STOPWORDS:
                continue
            if longer[i + size :] == shorter[i + dropped :]:
                after = [
                    w for w in shorter[i + dropped :] if w not in lx.EN_STOPWORDS and nominal(w)
                ]
                return "+".join((*phrase, *after[:1]))
    return ""
