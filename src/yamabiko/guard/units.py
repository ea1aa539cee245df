"""Split a prompt into the units the minimal-pair check aligns: content words, numbers and
relation words, with filler and grammar dropped.

English (here): the guard's tokenizer and light stemmer; stop words, pronouns, auxiliaries and
politeness are filler; negation is left to the ``negation`` check. Relation words
(above/below, before/after, inside/outside, more/less, ...) and am/pm are kept as units of
their own kind, because replacing one changes what is asked. Japanese: :mod:`.units_ja`. A
unit and how one is made: :mod:`.unit_record`.
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

from . import lexicon as lx
from .constructions import en_how_long_take
from .english import _en_tokens
from .english import stem_en as _stem
from .english_forms import AUXILIARIES, filler_slip, participle_base, past_form
from .facts import WordMemo, _to_number
from .limits import en_limit
from .unit_forms import related, same_family  # noqa: F401 (where the checks import them)
from .unit_record import NO_SYNONYMS, Unit, content, looked_up, new_unit, number_key
from .units_ja import units_ja

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


def units(text: str, lang: str | None) -> tuple[Unit, ...]:
    """The units of ``text`` (``lang`` "en" or "ja"; any other language gives none)."""
    if lang == "en":
        return _units_en(text)
    if lang == "ja":
        return units_ja(text)
    return ()


# What an English token stands for in the units, whatever its neighbours (remembered per
# token: words recur from prompt to prompt): the kinds of _EnToken
_NEGATION, _NUMERAL, _NUMBER_WORD, _RELATION, _SKIPPED, _CONTENT = range(6)


class _EnToken(NamedTuple):
    """One English token's part in :func:`_units_en`."""

    kind: int
    #: _NUMERAL: the units it makes (a number, and am/pm or a unit of measure glued to it);
    #: _NUMBER_WORD / _RELATION: its one unit; _CONTENT: the fields of its unit before
    #: ``position`` (then ``word``, ``bound``, ``modifier``, ``scope``, ``vector``, ``rarity``)
    made: tuple
    #: the unit it makes right after a number (am, pm), else None
    meridiem: Unit | None
    joiner: bool  # and / or / & / -: joins the content words around it into one word
    opener: bool  # a noun phrase starts after it (a determiner, possessive, preposition)
    vector: int | None = None
    rarity: float = 0.3
    #: the token lower-cased, and whether it may start or carry a limit (it is one of
    #: :data:`_EN_LIMIT_WORDS`): set once per token by :func:`_en_token_read`, not per text
    lower: str = ""
    limiting: bool = False
    #: a content token: the verb whose irregular past form it is
    #: (:func:`~.english_forms.participle_base`), else None; set once per token by
    #: :func:`_en_token_read` (session 26: :func:`_units_en` asks :func:`_participle` only
    #: of a token that has one, since no other can be a participle)
    participle: str | None = None


def _en_token(raw: str) -> _EnToken:
    lower = raw.lower()
    low = lower.strip("'.")
    joiner, opener = lower in _EN_JOINERS, lower in _EN_PHRASE_OPENERS
    meridiem = None
    if low in lx.EN_MERIDIEM:
        meridiem = Unit(lx.EN_MERIDIEM[low], low, "relation")
    if low in lx.EN_NEGATION:
        return _EnToken(_NEGATION, (), None, joiner, opener)
    if raw[0].isdigit():
        digits = low.rstrip("abcdefghijklmnopqrstuvwxyz%")
        value = _to_number(digits)
        made: list[Unit] = []
        if value is not None:
            made.append(Unit(number_key(value), digits, "number"))
        suffix = low[len(digits) :]
        if suffix in lx.EN_MERIDIEM:
            made.append(Unit(lx.EN_MERIDIEM[suffix], suffix, "relation"))
        elif suffix and suffix not in ("st", "nd", "rd", "th"):  # 1st: the number, as first
            made.append(content(suffix, suffix, (suffix,)))
        return _EnToken(_NUMERAL, tuple(made), None, joiner, opener)
    spelt = lx.en_number_parts(low)  # twelve, twenty-seven; thirty-day as 30-day
    if spelt is not None:
        number = Unit(number_key(spelt[0]), low, "number")
        if spelt[1]:  # a number and a noun, as 30-day
            noun = content(spelt[1], spelt[1], (spelt[1],))
            return _EnToken(_NUMERAL, (number, noun), None, joiner, opener)
        return _EnToken(_NUMBER_WORD, (number,), meridiem, joiner, opener)
    if low in lx.EN_RELATIONS:
        return _EnToken(_RELATION, (Unit(low, low, "relation", (low,)),), meridiem, joiner, opener)
    key = _stem(low) if low else ""
    acronym = len(raw) > 1 and raw.isupper()  # IT, US, AM: not the stop words it, us, am
    if not key or (not acronym and (low in _EN_SKIP or key in _EN_SKIP)):
        return _EnToken(_SKIPPED, (), meridiem, joiner, opener)
    slip = filler_slip(low, _EN_SLIPPABLE) if raw.islower() else None  # shoud, aginst
    if slip is not None:
        relation = (Unit(slip, slip, "relation", (slip,)),) if slip in lx.EN_RELATIONS else ()
        return _EnToken(_RELATION if relation else _SKIPPED, relation, meridiem, joiner, opener)
    forms = (low, key)
    vector, rarity = looked_up(forms)
    made_content = (key, raw.strip("'."), "content", forms, "", NO_SYNONYMS)
    return _EnToken(_CONTENT, made_content, meridiem, joiner, opener, vector, rarity)


def _en_token_read(raw: str) -> _EnToken:
    """:func:`_en_token` with the token's lower-case form, limit flag and (a content token)
    participle base, which :func:`_units_en` reads for every token of a text (remembered
    with the token)."""
    lower = raw.lower()
    token = _en_token(raw)
    base = participle_base(lower) if token.kind == _CONTENT else None
    return token._replace(lower=lower, limiting=lower in _EN_LIMIT_WORDS, participle=base)


_EN_TOKENS = WordMemo(_en_token_read)
_JOINER = attrgetter("joiner")  # (an _EnToken's flag, read in C: no Python step per token)


#: what may follow a participle that ends its passive clause (by the staff, ?, .)
_PARTICIPLE_ENDS = frozenset({"by", "?", "."})
#: subject pronouns, which may stand between an auxiliary and its participle (have you led)
_SUBJECTS = lx.EN_PERSONS | {"it"}


def _participle(infos: list[_EnToken], position: int) -> bool:
    """The content token at ``position`` is an irregular past participle of a passive or a
    perfect (:func:`~.english_forms.participle_base`): right after a form of be, get or
    have, or after a subject pronoun after one (will the ice be swept, has led, have you
    led); or, with one of those forms before it and no determiner or preposition right
    before it, right before "by" or at the end (is the stove lit by the staff, is the
    stove lit?; not is it a bit?), when the word before it is no past form itself (has
    the car turned left?: :func:`~.english_forms.past_form`)."""
    before = infos[position - 1]
    if before.lower in _SUBJECTS and position > 1:  # have you led, was it swept
        before = infos[position - 2]
    if _perfect_subject(infos, position):  # has the guide led the walk
        return infos[position].participle is not None
    if before.lower not in AUXILIARIES:
        after = infos[position + 1].lower if position + 1 < len(infos) else "?"
        if before.opener or after not in _PARTICIPLE_ENDS:
            return False
        if not any(t.lower in AUXILIARIES for t in infos[:position]):
            return False
        if past_form(before.lower):  # has the car turned left?: turned is the participle
            return False
    return infos[position].participle is not None


#: forms of have that open a question in the perfect (has the guide led the walk)
_HAVE = frozenset({"has", "have", "had"})


def _perfect_subject(infos: list[_EnToken], position: int) -> bool:
    """The token at ``position`` follows the subject of a perfect question: the question
    opens with has, have or had, a determiner and one or two content words (the guide, the
    tour guide), and a determiner or preposition follows the token, or nothing (has the
    guide led the walk, has the tour guide led?); not a noun after it (has the shop
    ground coffee: its object), nor a past form right before it (has the car turned left:
    turned is the perfect's verb, left where it turned; :func:`~.english_forms.past_form`;
    a past form before the noun is the subject's, as in has the printed form gone)."""
    if not 3 <= position <= 4 or infos[0].lower not in _HAVE or not infos[1].opener:
        return False
    if any(t.kind != _CONTENT or t.opener for t in infos[2:position]):
        return False
    if past_form(infos[position - 1].lower):
        return False
    return position + 1 == len(infos) or infos[position + 1].opener


def _units_en(text: str) -> tuple[Unit, ...]:
    kept, miss = _EN_TOKENS.kept, _EN_TOKENS.miss
    raws = en_how_long_take(_en_tokens(text)[1])  # how long till X: how long X takes
    infos = [kept.get(raw) or miss(raw) for raw in raws]
    out: list[Unit] = []
    limit = ""  # what limits the next content word (``Unit.limit``)
    opening: list[int] = []  # indexes in ``out`` of content units after a phrase opener
    previous_number = False
    word, last = 0, -1  # the word of the last content token, and its position
    for position, info in enumerate(infos):
        kind = info.kind
        low = info.lower
        if limit or info.limiting:  # (most tokens neither carry nor start a limit)
            limit = en_limit(low, limit, position > 0 and infos[position - 1].kind == _CONTENT)
        if kind == _NEGATION:
            previous_number = False
            continue
        if kind == _NUMERAL:
            out.extend(info.made)
            previous_number, limit = True, ""  # just one day: a least amount, not a scope
            continue
        if previous_number and info.meridiem is not None:
            out.append(info.meridiem)
            previous_number = False
            continue
        previous_number = kind == _NUMBER_WORD
        if kind in (_NUMBER_WORD, _RELATION):
            out.extend(info.made)
            limit = ""
            continue
        if kind == _SKIPPED:
            continue
        # content tokens next to each other (or joined by and / or) are one word: top up,
        # black and white, wireless network
        word += last < 0 or (
            position > last + 1 and not all(map(_JOINER, infos[last + 1 : position]))
        )  # (next to the last content token: the same word, nothing between to read)
        last = position
        if position > 0 and infos[position - 1].opener:
            opening.append(len(out))
        if not limit and position and info.made[1].endswith("ed") and infos[position - 1].opener:
            limit = "clause"  # a participle after a determiner: the *broken* screen
        made = info.made
        base = info.participle  # (None for most words: then no participle to look for)
        if position and base is not None and _participle(infos, position):  # be swept: sweep
            made = (_stem(base), *made[1:])
        out.append(new_unit(Unit, (*made, position, word, False, False, False, info.vector,
                                    info.rarity, "", limit, "")))  # fmt: skip
        limit = "all" if limit == "all" and low in lx.EN_SCOPE_ALL else ""
    # a modifier stands before another content word: "the charger" has none
    for i in opening:
        if i + 1 < len(out) and out[i + 1].position == out[i].position + 1:
            out[i] = new_unit(Unit, (*out[i][:9], True, *out[i][10:]))  # (modifier=True)
    return tuple(out)
