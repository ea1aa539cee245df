"""Lengths of time a conversation states, read so that one length said in other words
compares equal: a week / seven nights, a fortnight / two weeks / 14 days, 二泊 / 二晩,
半年 / 6ヶ月, an hour and a half / 90 minutes / 一時間半 (split out of
:mod:`yamabiko.conversation.values` in session 26, unchanged).

:func:`spans` gives each length as its scale and its size in the scale's base unit (days,
months, minutes); :func:`span_values` the same length in every unit of its scale, for the
numbers :func:`~yamabiko.conversation.values.values` collects; :func:`span_halves` the
*half* / 半 inside a length, which is no number of its own; :func:`span_units` the English
units of the lengths, which are no dates; :func:`day_counts` the counts of a length said in
hours where the other side says it in days, or the other way round (48-hour / two-day).
:func:`en_count` reads an English count (a, half, twenty-one, 3), which
:mod:`yamabiko.conversation.values` shares for its counts of things.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard import lexicon as lx
from .measures import numeral_value

#: Lengths of time in a base unit of their scale: days, months, minutes.
_EN_SPANS = {
    "night": ("day", 1), "day": ("day", 1), "week": ("day", 7), "fortnight": ("day", 14),
    "month": ("month", 1), "year": ("month", 12), "minute": ("minute", 1),
    "hour": ("minute", 60),
}  # fmt: skip
#: the minutes of a day, the one length that turns days into minutes exactly
_DAY_MINUTES = 1440
#: the English words of lengths of time
SPAN_WORDS = frozenset(_EN_SPANS)
_JA_SPANS = {
    "泊": ("day", 1), "晩": ("day", 1), "日間": ("day", 1), "日": ("day", 1),
    "週間": ("day", 7), "ヶ月": ("month", 1), "ヵ月": ("month", 1), "か月": ("month", 1),
    "カ月": ("month", 1), "年間": ("month", 12), "年": ("month", 12), "時間": ("minute", 60),
    "分": ("minute", 1),
}  # fmt: skip
#: English cardinal number words (not first, second, twice, half, quarter: "the second week"
#: is no length of two weeks)
CARDINALS = {"one": 1} | {
    word: value for word, value in lx.EN_NUMBER_WORDS.items()
    if value >= 1 and value == int(value) and not word.endswith(("st", "nd", "rd", "th", "ce"))
}  # fmt: skip
#: an hour of the clock said in digits or as an English cardinal one to twelve, the longest
#: word first (a regular-expression alternation: :mod:`.clocks`, :mod:`.ranges`)
CLOCK_HOUR = "|".join(
    [r"\d{1,2}", *sorted((w for w, v in CARDINALS.items() if v <= 12), key=len, reverse=True)]
)
_TENS = "|".join(w for w, v in CARDINALS.items() if 20 <= v <= 90)
_ONES = "|".join(w for w, v in CARDINALS.items() if 1 <= v <= 9)
HYPHENED_CARDINAL = rf"(?:{_TENS})-(?:{_ONES})"
_EN_COUNT = rf"(?:\d+(?:\.\d+)?|{HYPHENED_CARDINAL}|a|an|one|half an?|" + "|".join(CARDINALS) + ")"
#: a count (not the end of a hyphenated word), a unit of time (and its plural s) and a half
#: more (an hour and a half); a fortnight; the ``old`` of an age after it (two-year-old)
_EN_SPAN = re.compile(
    rf"(?<![\w-])(?:({_EN_COUNT})[\s-]+)?({'|'.join(_EN_SPANS)})(s?)\b(\s+and\s+a\s+half\b)?"
    r"([\s-]+old\b)?|\b(fortnight)\b",
    re.IGNORECASE,
)
_JA_COUNT = r"([0-9０-９]+|[〇一二三四五六七八九十百千半]+)"
#: a count, a unit of time and a half more (一時間半, 一年半)
_JA_SPAN = re.compile(_JA_COUNT + "(" + "|".join(_JA_SPANS) + ")(半)?")


#: an English present or past perfect: a length of time it says is one the speaker tells
#: ("She's been with us twelve years"), no length asked for ("Three nights, then.")
_PERFECT = re.compile(
    r"\b(?:has|have|had|'s|'ve|’s|’ve)\s+(?:\w+ly\s+)?(?:been|had|lived|worked)\b", re.IGNORECASE
)

#: an occasion the speaker owns, numbered first or only, and the length of time since the
#: last one ("our first proper holiday in three years", "the first time in ten years": a
#: length up to now, as the perfect tells one; since session 38), not "the first slot in two
#: weeks", which no possessive owns (a time the request asks for)
_OWN_FIRST = re.compile(
    rf"\b(?:(?:our|my|his|her|their)\s+(?:very\s+)?(?:first|only)\b|first\s+time\b)[^.!?]*?"
    rf"\bin\s+(?:over\s+|nearly\s+|almost\s+|about\s+)?({_EN_COUNT})\s+"
    rf"({'|'.join(_EN_SPANS)})s?\b",
    re.IGNORECASE,
)

#: a Japanese length read straight into a verb's continuing form (ている, ています; after 間,
#: ほど, くらい, 近く or も at most): a length up to now, as the English perfect tells one
#: (十年使っています, 五年ほど通っています; not 二泊で予約しています, whose で makes the
#: length the booking's, nor 十日後に取りに行きます, a plan)
_JA_CONTINUING = re.compile(
    r"(?:間|ほど|くらい|ぐらい|近く)?も?[\u4e00-\u9fff]{0,2}[\u3041-\u3093]{0,2}?[てで]い(?:る|ます)"
)


@lru_cache(maxsize=4096)
def told_spans(text: str) -> frozenset[tuple[str, float]]:
    """The lengths of time an English ``text`` in the perfect tells (:data:`_PERFECT`), each
    as its scale and the count said ("She's been with us twelve years": ("month", 12)), and
    since session 38 the length since an owned first or only occasion (:data:`_OWN_FIRST`:
    "our first proper holiday in three years": ("month", 3));
    since session 31 a Japanese length read straight into a continuing verb
    (:data:`_JA_CONTINUING`: もう十年使っています: ("month", 10)); empty for a text with
    neither."""
    if not text.isascii():
        return _ja_told_spans(text)
    found = set()
    for m in _OWN_FIRST.finditer(text):  # "our first holiday in three years" (session 38)
        n = en_count(m.group(1))
        if n is not None:
            found.add((_EN_SPANS[m.group(2).lower()][0], n))
    if not _PERFECT.search(text):
        return frozenset(found)
    for count, unit, _, _, old, _ in _EN_SPAN.findall(text):
        n = en_count(count) if count and unit and not old else None
        if n is not None:
            found.add((_EN_SPANS[unit.lower()][0], n))
    return frozenset(found)


def _ja_told_spans(text: str) -> frozenset[tuple[str, float]]:
    """:func:`told_spans` for Japanese: each length of :data:`_JA_SPAN` that a continuing
    verb follows at once (:data:`_JA_CONTINUING`); a year count of 100 or more is a year."""
    found = set()
    for m in _JA_SPAN.finditer(text):
        count, unit = m.group(1), m.group(2)
        n = numeral_value(count)
        if n is None or (unit == "年" and n >= 100) or not _JA_CONTINUING.match(text, m.end()):
            continue
        found.add((_JA_SPANS[unit][0], n))
    return frozenset(found)


#: a Japanese age (九十歳, 5才): a count the speaker tells of a person or a thing
_JA_AGE = re.compile(_JA_COUNT + "[歳才]")


@lru_cache(maxsize=4096)
def said_spans(text: str) -> frozenset[tuple[str, float]]:
    """Every length of time and every age ``text`` says with a count, in any tense, each as
    its scale (an age: ``"age"``) and the count as said ("due in six weeks": ("day", 6);
    築20年 and 十年修業: ("month", 20), ("month", 10); 祖父は九十歳まで, a two-year-old:
    ("age", 90), ("age", 2)). Unlike :func:`told_spans`, which the perfect alone licenses,
    this reads what a remark the assistant does not take up tells
    (:meth:`~yamabiko.conversation.structure.Structure._told_aside`)."""
    found: set[tuple[str, float]] = set()
    for count, unit, _, _, old, _ in _EN_SPAN.findall(text):
        n = en_count(count) if count and unit else None
        if n is not None:
            found.add(("age" if old else _EN_SPANS[unit.lower()][0], n))
    for count, unit, _ in _JA_SPAN.findall(text):
        n = numeral_value(count)
        if n is not None and count + unit != "十分" and not (unit == "年" and n >= 100):
            found.add((_JA_SPANS[unit][0], n))
    for count in _JA_AGE.findall(text):
        n = numeral_value(count)
        if n is not None:
            found.add(("age", n))
    return frozenset(found)


#: an English past or perfect (was, had, ago, a verb in -ed; not *need*): a story told
_EN_PAST = re.compile(r"\b(?:was|were|had|did|ago|used to)\b|\b\w+[^\We]ed\b", re.IGNORECASE)
#: a Japanese past form (ました, でした, た before a stop, ね, よ or のです / んです)
_JA_PAST = re.compile(r"(?:た|だ)(?=[。、！!？?\s]|$|ね|よ|ん|の)")
#: an English pronoun that points back at a thing (the request's: "I need it back")
_EN_POINTS_BACK = re.compile(r"\b(?:it|them|this|that|these|those)\b", re.IGNORECASE)


def own_spans(
    text: str, lang: str | None, *, says_thread: bool, commented: bool = False
) -> frozenset[tuple[str, float]]:
    """The lengths of time and ages of :func:`said_spans` that ``text`` tells of the speaker's
    own story: every age; every length in a past or perfect (築20年で、だいぶ色あせてきました。,
    "I've had this bike twelve years"); in English also a length in a text that points
    at no thing (no *it* / *them*) and says no word of the thread (``says_thread``: "We're
    due in six weeks!"; not "I need it back within two days."); since session 36 in
    Japanese a length in a text that says no word of the thread when the reply is a comment
    (``commented``, :func:`~yamabiko.conversation.stories.comments`: 十年修業して、やっと自分の
    店です。 / それは感慨深いですね。; not 二週間後に取りに行きます。 / かしこまりました。)."""
    found = said_spans(text)
    if not found:
        return found
    past = _JA_PAST if lang == "ja" else _EN_PAST
    if lang == "ja":
        untold = commented and not says_thread
    else:
        untold = not says_thread and not _EN_POINTS_BACK.search(text)
    if past.search(text) or untold:
        return found
    return frozenset(s for s in found if s[0] == "age")


def told_in_past(text: str, lang: str | None) -> bool:
    """``text`` is told in the past (English *was*, *had*, *ago*, a verb in *-ed*; Japanese
    た / でした before a stop, ね, よ or のです) or, in English, the perfect (*have been
    playing since spring*): a story, since session 36 the test of
    :func:`~yamabiko.conversation.stories.story_dates`."""
    if lang == "ja":
        return bool(_JA_PAST.search(text))
    return bool(_EN_PAST.search(text) or _PERFECT.search(text))


@lru_cache(maxsize=8192)
def spans(text: str) -> frozenset[tuple[str, float]]:
    """The lengths of time ``text`` says, each as its scale and its length in the scale's
    base unit: a week and seven nights -> ("day", 7), 半年 -> ("month", 6), an hour and a half
    and 一時間半 -> ("minute", 90); an age (a two-year-old, two years old) is no length."""
    found: set[tuple[str, float]] = set()
    for count, unit, _, half, old, fortnight in _EN_SPAN.findall(text):
        if (unit and not count) or old:
            continue  # "opening hours", "the second week", a two-year-old: no length said
        scale, size = _EN_SPANS[(unit or fortnight).lower()]
        n = en_count(count)
        if n is not None:
            found.add((scale, (n + 0.5 * bool(half)) * size))
    for count, unit, half in _JA_SPAN.findall(text):
        if count + unit == "十分":
            continue  # 十分 (enough), as Japanese usually writes it; ten minutes is 10分
        scale, size = _JA_SPANS[unit]
        n = 0.5 if count == "半" else numeral_value(count)
        if unit == "年" and n is not None and n >= 100:
            continue  # 2024年: a calendar year, not a length
        if n is not None:
            found.add((scale, (n + 0.5 * bool(half)) * size))
    return frozenset(found)


def span_halves(text: str) -> frozenset[str]:
    """The word for a half that ``text`` says inside a length of time (the *half* of an hour
    and a half, the 半 of 一時間半): the length is compared as a whole by :func:`spans` (the
    ``span`` check), so the half is no number of its own."""
    found = {"half" for *_, half, _, _ in _EN_SPAN.findall(text) if half}
    found.update("半" for *_, half in _JA_SPAN.findall(text) if half)
    return frozenset(found)


def day_counts(text: str, their_spans: set[tuple[str, float]]) -> set[str]:
    """The counts of ``text``'s lengths of time (as written) that the other side states as
    one length on the other scale, a day being 24 hours exactly (:func:`spans` keeps days and
    minutes apart): the 48 of *48-hour* where the other side says *two-day* (("day", 2) in
    ``their_spans``), the two of *two days* where it says *48 hours*, 二十四 of 二十四時間
    against 1日. A night counts as a day, as :func:`spans` counts it (a week / seven
    nights)."""
    found: set[str] = set()
    for words, other in _on_other_scale(text):
        if other in their_spans:
            found.update(words)
    return found


@lru_cache(maxsize=4096)
def _on_other_scale(text: str) -> tuple[tuple[tuple[str, ...], tuple[str, float]], ...]:
    """Each length of ``text`` in hours or minutes that is whole days, and each in days, with
    its words (the count as written, lower-cased, and the count with its unit: three-day) and
    the same length on the other scale (("day", 2) for 48 hours, ("minute", 2880) for two
    days)."""
    lengths = [
        (m[1], m[0].strip(), _EN_SPANS[m[2].lower()], en_count(m[1]), bool(m[4]))
        for m in _EN_SPAN.finditer(text) if m[1] and m[2] and not m[5]
    ] + [
        (m[1], m[0], _JA_SPANS[m[2]], numeral_value(m[1]), bool(m[3]))
        for m in _JA_SPAN.finditer(text) if m[1] + m[2] != "十分" and m[1] != "半"
    ]  # fmt: skip
    out = []
    for count, whole, (scale, size), n, half in lengths:
        if n is None:
            continue
        length = (n + 0.5 * half) * size
        if scale == "minute" and length % _DAY_MINUTES == 0:
            out.append(((count, count.lower(), whole.lower()), ("day", length / _DAY_MINUTES)))
        elif scale == "day":
            out.append(((count, count.lower(), whole.lower()), ("minute", length * _DAY_MINUTES)))
    return tuple(out)


def span_values(text: str) -> set[float]:
    """A length of time said in one unit, in the other units of its scale: a week -> 7 (days)
    and 1 (week); seven nights -> 7 and 1; a fortnight -> 14 and 2; 半年 -> 6 (months)."""
    out: set[float] = set()
    for scale, base in spans(text):
        for size in {s for sc, s in _EN_SPANS.values() if sc == scale}:
            if base % size == 0 or size % base == 0:
                out.add(base / size)
    return out


def span_units(text: str) -> set[str]:
    """The English units of the lengths of time ``text`` says with a count (*seven nights*,
    *3 days*: night, day), lower-cased: a length, not a date."""
    return {unit.lower() for count, unit, *_ in _EN_SPAN.findall(text) if count and unit}


def en_count(word: str) -> float | None:
    """The value of an English count (a, an, half, a cardinal word, twenty-one, digits), or
    None when ``word`` is none."""
    word = word.lower().strip()
    if not word or word in ("a", "an", "one"):
        return 1.0
    if word.startswith("half"):
        return 0.5
    tens, hyphen, ones = word.partition("-")
    if hyphen and tens in CARDINALS and ones in CARDINALS:
        return float(CARDINALS[tens] + CARDINALS[ones])  # twenty-one
    if word in CARDINALS:
        return float(CARDINALS[word])
    try:
        return float(word)
    except ValueError:
        return None
