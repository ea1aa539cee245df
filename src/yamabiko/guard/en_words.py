"""One record per token of an English (or other Latin-script) text, read by both the analysis
(:mod:`.english`: whether a token is a content word, a number, a date or a stop word, and
what role it marks) and the minimal-pair units (:mod:`.units`: the units it makes).

A token says the same whatever its neighbours, so its record is made once per word and
remembered (:data:`EN_WORDS`, a :class:`~.facts.WordMemo`: kept once the word recurs). Until
session 28 the analysis and the units each made and remembered their own record of a token,
each with its own lower-casing, stem and look-ups, so a word new to the process was made
twice (session 27: the first touch of new words is ~40 % of a long check's p99). Now an
English token makes one :class:`TokenRecord`, the analysis' fields first and the units'
after them, and a text's records come with its tokens (:func:`~.english._en_tokens`), so
the units of a text read the very records its analysis read, a word met for the first time
included. Other Latin-script languages make the analysis' fields alone (the units are
English and Japanese only).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, NamedTuple

from . import lexicon as lx
from . import wordvec
from .english_forms import filler_slip, participle_base
from .facts import _NUM, WordMemo, _to_number
from .unit_record import NO_SYNONYMS, Unit, content, number_key, rarity_of


@functools.lru_cache(maxsize=1 << 16)
def stem_en(word: str) -> str:
    """A light English stemmer: inflections and spelling variants map to one key (memoised)."""
    w = word.lower().strip("'-")
    if w in lx.EN_IRREGULAR:
        return lx.EN_IRREGULAR[w]
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("our") and len(w) > 4:
        w = w[:-3] + "or"
    if w.endswith(("ise", "yse")) and len(w) > 4:
        w = w[:-2] + "ze"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


# What a token is to the analysis (TokenRecord.kind)
_NEGATION, _NUMERIC, _NUMBER_WORD, _DATE, _STOP, _EMPTY, _CONTENT, _ACRONYM = range(8)
# What a token is to the units (TokenRecord.part); PART_UNREAD: a content word or a filler
# slip, told by :func:`read_slips` when the units read it
PART_NEGATION, PART_NUMERAL, PART_NUMBER_WORD, PART_RELATION, PART_SKIPPED = range(5)
PART_CONTENT, PART_UNREAD = 5, 6


class TokenRecord(NamedTuple):
    """One token's record: its part in an analysis (:func:`~.english._analyse_latin`), then,
    for an English token, its part in the units (:func:`~.units._units_en`)."""

    # -- the analysis ------------------------------------------------------------------------
    kind: int  # _NEGATION ... _ACRONYM
    low: str  # lower-cased, apostrophes stripped
    word: str  # its entry in ``Analysis.words``
    #: _NUMERIC: the content word it adds (a unit of measure, a currency sign) or None;
    #: _NUMBER_WORD: its value; _DATE: its date key; _STOP: does a sentence start after it;
    #: _CONTENT: its key; _ACRONYM (US, IT: no pronoun, a name kept for the roles only,
    #: as the units keep it): its key
    value: Any
    capital: bool  # capitalised (and not "I"): a name unless it starts a sentence
    marked: bool  # a name whatever its place: iPhone, eBay, C++, C#
    person: str | None = None  # _STOP: the person of a subject or object pronoun (I, me: i)
    #: English: the stem of the owner of a possessive ("wife's": wif; not "what's"), else None
    owner: str | None = None
    #: English: the role a stop word marks (from, to, by, than: :data:`EN_ROLE_MARKERS`)
    role: str | None = None
    # -- the units (English) -----------------------------------------------------------------
    part: int = PART_SKIPPED  # PART_NEGATION ... PART_UNREAD
    #: PART_NUMERAL: the units it makes (a number, and am/pm or a unit of measure glued to
    #: it); PART_NUMBER_WORD / PART_RELATION: its one unit; PART_CONTENT (and PART_UNREAD):
    #: the fields of its unit before ``position`` (then ``word``, ``bound``, ``modifier``,
    #: ``scope``, ``vector``, ``rarity``)
    made: tuple = ()
    #: the unit it makes right after a number (am, pm), else None
    meridiem: Unit | None = None
    joiner: bool = False  # and / or / & / -: joins the content words around it into one word
    opener: bool = False  # a noun phrase starts after it (a determiner, possessive, preposition)
    vector: int | None = None  # PART_CONTENT: its unit's word-vector row
    rarity: float = 0.3  # PART_CONTENT: its unit's rarity
    #: the token lower-cased (apostrophes kept), and whether it may start or carry a limit (it
    #: is one of :data:`_EN_LIMIT_WORDS`)
    lower: str = ""
    limiting: bool = False
    #: PART_CONTENT: the verb whose irregular past form it is
    #: (:func:`~.english_forms.participle_base`), else None (session 26: the units ask
    #: whether a token is a participle only of a token that has one)
    participle: str | None = None


_new_record = tuple.__new__  # a TokenRecord from its fields in order (no keyword handling)


def en_word(raw: str) -> TokenRecord:
    """The record of the English token ``raw`` (a token of :func:`~.english._en_tokens`):
    lower-cased, stripped and stemmed once for both parts."""
    lower = raw.lower()
    low = lower.strip("'")
    word = stem_en(low)
    bare = lower.strip("'.")  # (the units' form: the same as ``low`` for every such token)
    key = word if bare == low else stem_en(bare)
    analysed = _analysed(raw, "en", low, word)
    return _new_record(TokenRecord, (*analysed, *_in_units(raw, lower, bare, key)))


def latin_word(raw: str, lang: str) -> TokenRecord:
    """The record of the token ``raw`` of a Latin-script text in ``lang``, its analysis'
    fields alone unless ``lang`` is English (:func:`en_word`)."""
    if lang == "en":
        return en_word(raw)
    low = raw.lower().strip("'")
    return TokenRecord(*_analysed(raw, lang, low, low))


#: English tokens' records (words recur from prompt to prompt)
EN_WORDS = WordMemo(en_word)


def records_of(tokens: Sequence[str]) -> tuple[TokenRecord, ...]:
    """The records of English ``tokens`` (remembered in :data:`EN_WORDS`). A text's are made
    once, with its tokens (:func:`~.english._en_tokens`), for both the analysis and the units."""
    kept, miss = EN_WORDS.kept, EN_WORDS.miss
    return tuple([kept.get(raw) or miss(raw) for raw in tokens])


# -- the analysis' part --------------------------------------------------------------------------

#: Personal pronouns that stand for a subject or an object, by person (case does not matter
#: for the order: "I claim my mother" / "my mother claims me" swap i and mother). Possessive
#: determiners (my, her) are left out: the noun they go with holds the role.
PERSONS = {"i": "i", "me": "i", "we": "we", "us": "we", "you": "you", "he": "he",
           "him": "he", "she": "she", "they": "they", "them": "they"}  # fmt: skip
EN_ROLE_MARKERS = {"from": "from", "to": "to", "into": "to", "by": "by", "than": "than"}


def _analysed(raw: str, lang: str, low: str, word: str) -> tuple:
    """The analysis' fields of a token (``low``: lower-cased, apostrophes stripped; ``word``:
    its stem in English, else ``low``)."""
    kind, value, capital, marked, person = _kind_of(raw, lang, low, word)
    if lang != "en":
        return kind, low, word, value, capital, marked, person, None, None
    owner = low[:-2]
    possessive = low.endswith("'s") and len(owner) > 1 and owner not in lx.EN_STOPWORDS
    role = EN_ROLE_MARKERS.get(low) if kind == _STOP else None
    owner_key = stem_en(owner) if possessive else None
    return kind, low, word, value, capital, marked, person, owner_key, role


def _kind_of(raw: str, lang: str, low: str, word: str) -> tuple[int, Any, bool, bool, str | None]:
    """A token's kind for the analysis, its value, whether it is capitalised and marked as a
    name, and a pronoun's person."""
    english = lang == "en"
    negation_words = lx.EN_NEGATION if english else lx.OTHER_NEGATION.get(lang, frozenset())
    if low in negation_words:
        return _NEGATION, None, False, False, None
    if raw[0].isdigit() or raw in "$€£¥%":
        value = None
        if raw[0].isdigit() and not _NUM.fullmatch(raw):
            value = re.sub(r"^[\d,.]+", "", raw).lower()  # "5km" -> unit "km"
        elif raw in "$€£¥%":
            value = currency_noun(raw) or raw  # £: pound, as *pounds* says it
        return _NUMERIC, value, False, False, None
    if english and low in lx.EN_NUMBER_WORDS:
        return _NUMBER_WORD, float(lx.EN_NUMBER_WORDS[low]), False, False, None
    date = date_key(low) if english else None
    if date and (low not in lx.EN_AMBIGUOUS_DATE_WORDS or raw[0].isupper()):
        return _DATE, date, False, False, None
    if english and low in lx.EN_STOPWORDS and len(raw) > 1 and raw.isupper():
        return _ACRONYM, low, True, True, None  # US, IT: not us, it
    if english and low in lx.EN_STOPWORDS:
        person = PERSONS.get(low) if raw == "I" or not raw.isupper() else None  # not US, ME
        return _STOP, low in ("?", "."), False, False, person
    if not word:  # (the key: the stem in English, else ``low``)
        return _EMPTY, None, False, False, None
    capital = raw[0].isupper() and raw.lower() != "i"
    # iPhone, eBay, macOS, PostgreSQL (tokens here are ASCII letters, ' and -, then
    # ++ or #: a capital is the only character that lower() changes, and no digit)
    camel = raw[1:] != raw[1:].lower()
    return _CONTENT, word, capital, camel or raw[-1] in "+#", None


def date_key(low: str) -> str | None:
    """The date a word names, singular or plural (Mondays, weekends, mornings): a month's or
    weekday's first three letters (monday / mon), else the word; None for another word.
    (No LRU of its own since session 28: a token's record remembers it.)"""
    word = low if low in lx.EN_DATE_WORDS else low[:-1] if low.endswith("s") else ""
    if word not in lx.EN_DATE_WORDS or (word != low and word in lx.EN_AMBIGUOUS_DATE_WORDS):
        return None  # not a date, or a verb (falls, marches)
    return word[:3] if word[:3] in lx.EN_DATE_WORDS else word


# -- the units' part -----------------------------------------------------------------------------

_EN_SKIP = (lx.EN_STOPWORDS - lx.EN_RELATIONS) | lx.EN_FILLER
_EN_SLIPPABLE = frozenset(_EN_SKIP | lx.EN_RELATIONS)  # words a filler slip may misspell
#: Words after which a noun phrase starts: determiners, possessives, prepositions
_EN_PHRASE_OPENERS = lx._words(
    "a an the this that these those my your our their his her its any some every each all "
    "at on in for to of with from by about"
)
_EN_JOINERS = frozenset({"and", "or", "&", "-"})
#: the words after which :func:`~.limits.en_limit` may change the limit from none
_EN_LIMIT_WORDS = frozenset(lx.EN_SCOPE_ALL | lx.EN_SCOPE_ONLY | lx.EN_LIMITING)


def _in_units(raw: str, lower: str, low: str, key: str) -> tuple:
    """The units' fields of an English token (``lower``: lower-cased; ``low``: that with
    apostrophes and full stops stripped; ``key``: the stem of ``low``)."""
    joiner, opener = lower in _EN_JOINERS, lower in _EN_PHRASE_OPENERS
    limiting = lower in _EN_LIMIT_WORDS
    meridiem = None
    if low in lx.EN_MERIDIEM:
        meridiem = Unit(lx.EN_MERIDIEM[low], low, "relation")
    if low in lx.EN_NEGATION:
        return PART_NEGATION, (), None, joiner, opener, None, 0.3, lower, limiting, None
    if raw[0].isdigit():
        return PART_NUMERAL, _numeral(low), None, joiner, opener, None, 0.3, lower, limiting, None
    spelt = lx.en_number_parts(low)  # twelve, twenty-seven; thirty-day as 30-day
    if spelt is not None:
        number = Unit(number_key(spelt[0]), low, "number")
        if spelt[1]:  # a number and a noun, as 30-day
            made = (number, content(spelt[1], spelt[1], (spelt[1],)))
            return PART_NUMERAL, made, None, joiner, opener, None, 0.3, lower, limiting, None
        part, made = PART_NUMBER_WORD, (number,)
        return part, made, meridiem, joiner, opener, None, 0.3, lower, limiting, None
    if low in lx.EN_RELATIONS:
        made = (Unit(low, low, "relation", (low,)),)
        return PART_RELATION, made, meridiem, joiner, opener, None, 0.3, lower, limiting, None
    acronym = len(raw) > 1 and raw.isupper()  # IT, US, AM: not the stop words it, us, am
    if not key or (not acronym and (low in _EN_SKIP or key in _EN_SKIP)):
        return PART_SKIPPED, (), meridiem, joiner, opener, None, 0.3, lower, limiting, None
    row = wordvec.vector_index(low)
    vector = row if row is not None else wordvec.vector_index(key)  # (forms: low, then key)
    if len(raw) == 1 and not raw.isalnum():
        key = currency_noun(raw) or key  # £ / pounds, $ / dollars: one key (the sign's vector)
    made = (key, raw.strip("'."), "content", (low, key), "", NO_SYNONYMS)
    # a lower-case word the table lacks may misspell a filler word (shoud): the units read
    # that when they meet it (:func:`read_slips`), not every analysis of a new word
    part = PART_CONTENT if row is not None or not raw.islower() else PART_UNREAD
    return (part, made, meridiem, joiner, opener, vector, rarity_of(vector), lower, limiting,
            participle_base(lower))  # fmt: skip


#: the currency signs the tokenizer keeps as tokens of their own (:data:`~.facts._EN_TOKEN`)
CURRENCY_SIGNS = frozenset("$€£¥")


@functools.lru_cache(maxsize=64)
def currency_noun(sign: str) -> str:
    """The noun a currency sign stands for, by its Unicode name (the last word of the name
    but *sign*: POUND SIGN -> pound, INDIAN RUPEE SIGN -> rupee, THAI CURRENCY SYMBOL BAHT ->
    baht), so that *£10* and *ten pounds* make one unit; empty for any other character."""
    if unicodedata.category(sign) != "Sc":
        return ""
    words = [w for w in unicodedata.name(sign, "").lower().split() if w != "sign"]
    return stem_en(words[-1]) if words else ""


def read_slips(raws: Sequence[str], infos: Sequence[TokenRecord]) -> list[TokenRecord]:
    """The records ``infos`` of the tokens ``raws`` with each one that may misspell a filler
    word (``PART_UNREAD``) read as the units take it (:func:`~.english_forms.filler_slip`:
    shoud is filler, durng the relation during; any other word a content word); the memo
    keeps the record read in place of the unread one."""
    read = list(infos)
    kept = EN_WORDS.kept
    for i, info in enumerate(infos):
        if info.part != PART_UNREAD:
            continue
        slip = filler_slip(info.made[3][0], _EN_SLIPPABLE)  # (its first form: lower-cased)
        if slip is None:
            read[i] = info._replace(part=PART_CONTENT)
        elif slip in lx.EN_RELATIONS:
            made = (Unit(slip, slip, "relation", (slip,)),)
            read[i] = info._replace(part=PART_RELATION, made=made, vector=None, rarity=0.3,
                                    participle=None)  # fmt: skip
        else:
            read[i] = info._replace(part=PART_SKIPPED, made=(), vector=None, rarity=0.3,
                                    participle=None)  # fmt: skip
        if kept.get(raws[i]) is info:
            kept[raws[i]] = read[i]
    return read


def _numeral(low: str) -> tuple[Unit, ...]:
    """The units of a token that starts with a digit: its number, and am/pm or a unit of
    measure glued to it (1st: the number alone, as first)."""
    digits = low.rstrip("abcdefghijklmnopqrstuvwxyz%")
    value = _to_number(digits)
    made: list[Unit] = []
    if value is not None:
        made.append(Unit(number_key(value), digits, "number"))
    suffix = low[len(digits) :]
    if suffix in lx.EN_MERIDIEM:
        made.append(Unit(lx.EN_MERIDIEM[suffix], suffix, "relation"))
    elif suffix and suffix not in ("st", "nd", "rd", "th"):
        made.append(content(suffix, suffix, (suffix,)))
    return tuple(made)
