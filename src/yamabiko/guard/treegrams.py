"""The character 3- and 4-grams the boosted trees compare (``char3`` / ``char4`` of
:func:`~.treefeatures.rich_features`), as integer codes (session 28).

Until session 27 each n-gram was a string of its own and each text's n-grams a frozenset of
them: a long English prompt (~150 characters) made ~300 strings, hashed each and built two
sets, ~35 µs of a cold check, and a cached prompt's stored n-grams were split back into ~300
strings and hashed again to count what the two sides share (~20 µs). The features only need
three numbers per pair and order: how many distinct n-grams each side has and how many both
have.

**The code.** Every character of a text whose characters all lie in Unicode's Basic
Multilingual Plane (every English and Japanese prompt of the data sets; a lone surrogate
counts as one such character) is one 16-bit UTF-16 unit, so four characters make one 64-bit
integer: the first character in the lowest 16 bits (the order UTF-16-LE lays them out in
memory, so that the text's encoded bytes, read four units at a time from every position, *are*
the codes: one C call, no Python step per n-gram). A 4-gram's code is its four units; a
3-gram's is its three units with a space (0x0020) as the fourth, so that a stored 3-gram reads
as the three characters and a space. Two n-grams of one order have one code exactly when they
are one string: the sets' sizes and overlaps, and so every feature, are those of the strings.

A text's n-grams are kept as :class:`bytes`: its distinct codes, sorted, eight bytes each
(little-endian), immutable and compared by value like the frozensets they replace. What two
sides share is counted by sorting both sides' codes together and counting equal neighbours
(:func:`overlap`), since neither side holds a code twice.

**Only long texts.** The codes cost ~16 numpy calls a pair whatever the length, the strings
a little per character: a text shorter than :data:`CODED_FROM` characters (padded) keeps its
n-grams as frozensets of strings, as before (:func:`gram_strings`), and so does a text with
a character outside the plane (an emoji; none in the data sets). A pair of a long and a short
text codes the short one too; a pair with a text that cannot be coded compares both sides'
strings (:func:`~.treefeatures._gram_overlaps`).

**The stored form** (:mod:`.stored_facts`) writes a long prompt's codes back as characters,
decoded from the same bytes (:func:`field`: "abc " per 3-gram, "abcd" per 4-gram, fewer
characters than the tab-separated strings of sessions 23-27), and reads them by encoding that
text again (:func:`read_field`: one C call, no split, no set).
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["CODE", "CODED_FROM", "field", "gram_codes", "gram_strings", "overlap", "padded",
           "read_field"]  # fmt: skip

#: the padded length from which a text's n-grams are coded (a shorter text keeps its strings:
#: numpy's cost per call, ~16 calls a pair, exceeds the strings' below it: session 28's
#: paired runs lost 3-5 % on jsts-train's short Japanese prompts, all coded)
CODED_FROM = 64
#: one code: four UTF-16 units in a 64-bit integer, the first character lowest
CODE = np.dtype("<u8")
#: a 3-gram's code: the three lowest units kept and a space as the fourth
_THREE = np.uint64(0x0000_FFFF_FFFF_FFFF)
_SPACE_FOURTH = np.uint64(0x0020_0000_0000_0000)
_SPACES = re.compile(r"\s+")


def padded(text: str) -> str:
    """``text`` lower-cased, each run of white space one space, a space before and after:
    the text the n-grams are taken from."""
    return " " + _SPACES.sub(" ", text.lower()) + " "


def _distinct(codes: np.ndarray) -> bytes:
    """The distinct values of ``codes`` (sorted in place), as the bytes of a sorted array."""
    codes.sort()
    first = np.empty(len(codes), bool)  # (each value's first place in the sorted array)
    first[:1] = True
    np.not_equal(codes[1:], codes[:-1], out=first[1:])
    return codes[first].tobytes()


def gram_codes(text: str) -> tuple[bytes, bytes] | None:
    """The codes of the 3-grams and the 4-grams of ``text`` (already :func:`padded`), each
    distinct and sorted, or None when a character lies outside the Basic Multilingual Plane."""
    count = len(text)
    data = text.encode("utf-16-le", "surrogatepass") + b"\0\0"
    if len(data) != 2 * count + 2:  # (a character of two UTF-16 units)
        return None
    # the four units from every position but the last two, in one view of the bytes (the
    # last 3-gram's fourth unit is the two zero bytes added: the 3-gram code replaces it)
    starts = np.ndarray((count - 2,), CODE, data, 0, (2,)).astype(np.uint64)
    grams3 = _distinct((starts & _THREE) | _SPACE_FOURTH)
    return grams3, _distinct(starts[: count - 3])  # (a view: sorted after grams3 is made)


def gram_strings(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The 3-grams and 4-grams of ``text`` (already :func:`padded`) as strings: the form of a
    text :func:`gram_codes` cannot code."""
    shifted = text[1:], text[2:], text[3:]
    grams3 = frozenset(map("".join, zip(text, *shifted[:2], strict=False)))
    return grams3, frozenset(map("".join, zip(text, *shifted, strict=False)))


def overlap(x: bytes, y: bytes) -> float:
    """The Jaccard overlap of two sides' codes (:func:`gram_codes`): the codes both have over
    the codes either has (0 when neither has any)."""
    both = np.frombuffer(x + y, CODE).copy()
    both.sort()  # (the method: ``np.sort``'s Python wrapper cost ~0.7 µs more a call)
    shared = int(np.count_nonzero(both[1:] == both[:-1]))  # (no side holds a code twice)
    return shared / max((len(x) + len(y)) // CODE.itemsize - shared, 1)


def field(codes: bytes) -> str | None:
    """``codes`` written as their characters (what :func:`read_field` reads back), or None
    when that text would not read back as them (a lone surrogate, which no store's text
    holds, or two that would read as one character)."""
    try:
        text = codes.decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    return text if len(text) * 2 == len(codes) else None


def read_field(text: str) -> bytes | None:
    """The codes :func:`field` wrote as ``text``, or None when it is not such a text."""
    data = text.encode("utf-16-le", "surrogatepass")
    return data if len(data) == 2 * len(text) and len(text) % 4 == 0 else None
