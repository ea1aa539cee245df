"""A measure one history states in another unit than the other (session 22).

The stated facts (:func:`yamabiko.conversation.facts.compare_stated`) ask every number a user
states to be said on the other side, by value. A length, a weight or a volume said in another
metric unit has another number: *600mm x 400mm* / *60 by 40 centimetres*, 1メートル80 /
180センチ, *1.5 litres* / 1500ml. :func:`measures` reads each measure of a text (a number and a
unit of :data:`UNITS`, a Japanese decimal 一・五メートル or a half after the unit, 一メートル半,
both 1.5 m; a pair "60 by 40 centimetres" whose first number takes the unit of the
second, and a metre count with its centimetres after it, 1メートル80 or 1m80) as its value in
the dimension's base unit; :func:`converted` gives that value in every metric unit of its
dimension, the numbers the other side may say for it. The conversions are exact (powers of
ten), so the other side states the same quantity, not a close one; feet, pounds and other
units outside the metric system are not converted. :func:`same_length` compares two lengths
of time, in days against months within the days a month can have (session 26).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard.ja_words import kanji_number

__all__ = [
    "PREFIXES", "UNITS", "converted", "measures", "numeral_value", "prefix_unit", "same_length",
]  # fmt: skip

#: unit word (lower case) -> (dimension, size in the dimension's base unit: metre, gram, litre)
UNITS: dict[str, tuple[str, float]] = {
    **{w: ("length", 0.001) for w in ("mm", "millimetre", "millimetres", "millimeter",
                                      "millimeters", "ミリ", "ミリメートル")},
    **{w: ("length", 0.01) for w in ("cm", "centimetre", "centimetres", "centimeter",
                                     "centimeters", "センチ", "センチメートル")},
    **{w: ("length", 1.0) for w in ("m", "metre", "metres", "meter", "meters", "メートル")},
    **{w: ("length", 1000.0) for w in ("km", "kilometre", "kilometres", "kilometer",
                                       "kilometers", "キロメートル")},
    **{w: ("mass", 1.0) for w in ("g", "gram", "grams", "gramme", "grammes", "グラム")},
    **{w: ("mass", 1000.0) for w in ("kg", "kilogram", "kilograms", "キログラム")},
    **{w: ("volume", 0.001) for w in ("ml", "millilitre", "millilitres", "milliliter",
                                      "milliliters", "ミリリットル", "cc")},
    **{w: ("volume", 1.0) for w in ("l", "litre", "litres", "liter", "liters", "リットル")},
}  # fmt: skip
#: the SI prefixes that Japanese writes alone for a whole unit (3キロ: 3 kg or 3 km, by the
#: dimension the thread measures; 2ミリ: 2 mm or 2 ml): the size each gives its base unit
PREFIXES: dict[str, float] = {"キロ": 1000.0, "センチ": 0.01, "ミリ": 0.001}
#: the sizes each dimension's units have
_SIZES = {
    dim: sorted({size for d, size in UNITS.values() if d == dim}) for dim, _ in UNITS.values()
}
#: a number: digits (a decimal point too) or a Japanese numeral, whose decimal fraction is
#: written after a middle dot in kanji digits (一・五: 1.5)
_NUMBER = (
    r"[0-9０-９]+(?:\.[0-9０-９]+)?|[〇一二三四五六七八九十百千]+(?:・[〇一二三四五六七八九]+)?"
)
_UNIT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
#: a number and its unit (an English unit not followed by a letter: 5 m, not 5 men), and
#: the half a Japanese unit may take after it (一メートル半: 1.5 m)
_MEASURE = re.compile(rf"({_NUMBER})\s*({_UNIT})(?![A-Za-z])(半)?", re.IGNORECASE)
#: the kanji digits of a decimal fraction (一・五)
_KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
#: what stands before a measure whose pair's first number has no unit of its own: the "60 by"
#: of 60 by 40 centimetres, 60×40cm
_PAIR = re.compile(rf"({_NUMBER})\s*(?:by|x|×|\*)\s*$", re.IGNORECASE)
#: a metre count followed by its centimetres: 1メートル80, 1m80 (not 1m 80 people: no space)
_METRES_CM = re.compile(
    rf"({_NUMBER})(m|メートル)([0-9０-９]{{1,2}}|[一二三四五六七八九十]+)(?![0-9.])"
)
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def numeral_value(numeral: str) -> float | None:
    """The value of digits (full-width too, with a decimal point) or of a Japanese numeral
    (:func:`~yamabiko.guard.ja_words.kanji_number`: 二十 is 20)."""
    text = numeral.translate(_FULL_WIDTH)
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return float(text)
    whole, dot, fraction = text.partition("・")
    value = kanji_number(whole)
    if value is None or not dot:
        return value
    digits = fraction.translate(_KANJI_DIGITS)
    return value + float(f"0.{digits}") if digits.isdigit() else None


@lru_cache(maxsize=4096)
def measures(text: str) -> tuple[tuple[frozenset[str], str, float], ...]:
    """The measures of ``text``, each as its words (the numbers and the unit as written,
    lower case), its dimension and its value in the dimension's base unit."""
    out = []
    taken = []  # the metre counts with their centimetres (1メートル80: no 1 m of its own)
    for match in _METRES_CM.finditer(text):
        metres, unit, cm = match.groups()
        whole, part = numeral_value(metres), numeral_value(cm)
        if whole is not None and part is not None and part < 100:
            out.append((frozenset({metres, unit.lower(), cm}), "length", whole + part / 100))
            taken.append(match.span())
    for match in _MEASURE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        number, unit, half = match.groups()
        value = numeral_value(number)
        if value is not None:
            dim, size = UNITS[unit.lower()]
            value += 0.5 if half else 0.0
            words = frozenset({number, unit.lower(), *number.split("・"), *(half or "")})
            out.append((words, dim, value * size))
            before = _PAIR.search(text[max(0, match.start() - 24) : match.start()])
            if before is not None:
                first = numeral_value(before.group(1))  # 60 by 40 centimetres: the 60 too
                if first is not None:
                    out.append((frozenset({before.group(1), unit.lower()}), dim, first * size))
    return tuple(out)


def prefix_unit(first: str, second: str) -> bool:
    """One of ``first`` and ``second`` is an SI prefix that Japanese writes alone for a whole
    unit (:data:`PREFIXES`) and the other a unit of :data:`UNITS` of the size it gives, in any
    dimension: キロ / kg, キロ / km, センチ / cm, ミリ / ml (not キロ / センチ, nor kg / km: two
    units, the numbers compare those)."""
    a, b = first.lower(), second.lower()
    for prefix, unit in ((a, b), (b, a)):
        if prefix in PREFIXES and unit in UNITS and unit not in PREFIXES:
            return UNITS[unit][1] == PREFIXES[prefix]
    return False


def converted(dimension: str, value: float) -> set[float]:
    """``value`` (in the base unit of ``dimension``) in every unit of the dimension, rounded
    to remove the float error of the division (0.6 m in mm: 600)."""
    return {float(f"{value / size:.9g}") for size in _SIZES[dimension]}


def same_length(first: tuple[str, float], second: tuple[str, float]) -> bool | None:
    """Do two lengths of time (:func:`~yamabiko.conversation.values.spans`: a scale and a
    length in its base unit) say one length? Of one scale, when equal; in days and in months,
    when the days are as many as the months' days can be (28 to 31 a month: six weeks is a
    month and a half, eight weeks is not; a year is 365 days); None when their scales do not
    compare (minutes and days)."""
    if first[0] == second[0]:
        return first[1] == second[1]
    if {first[0], second[0]} != {"day", "month"}:
        return None
    days, months = (first[1], second[1]) if first[0] == "day" else (second[1], first[1])
    return 28 * months <= days <= 31 * months
