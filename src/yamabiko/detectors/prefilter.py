"""Exact pre-checks that let a regular expression skip most of a long text.

Python's ``re`` tries a pattern at every position of the text unless the pattern starts with a
literal or a character class; the detectors' keyword patterns (``(?ai)\\baccount…|routing|…``,
dozens of words, case-insensitive, most behind ``\\b``) and many of their number patterns
(behind a look-behind) do not, so a 900-character answer cost ~0.2-0.5 ms per pattern.

:func:`starts` reads the pattern's syntax tree and lists how every match of it can begin on an
ASCII text: a few lower-case literal characters, with the ``\\b`` / ``\\B`` assertions among
them (zero-width conditions are dropped, which only admits more). Those beginnings become one
prefix-tree regex run on the lower-cased text (a position is rejected after a character or
two). A match of the original can only start where one of its beginnings occurs, so searching
the original from the first such position finds exactly what a search from 0 finds, and
``finditer`` from there yields the same matches: the answers never change, only the work.
Non-ASCII texts (where lower-casing may shift positions or Unicode case rules apply) and
patterns whose matches can begin with any character take the plain path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

try:  # Python 3.11+
    import re._parser as _sre  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

#: literal characters a beginning holds at most (longer ones are more selective)
DEPTH = 16
#: candidate positions :func:`fast_search` tries one by one before one plain search
CANDIDATES = 8
#: texts shorter than this are searched whole (the pre-check costs more than it saves)
SHORT = 160
#: a character class is expanded into its characters when it has at most this many
MAX_CLASS = 26
#: non-ASCII characters that Unicode case-insensitive matching equates with ASCII letters
_ASCII_TWINS = frozenset("ıİſK")

_STOP = ("stop", None)
_BOUNDARY = "\\b"
_NON_BOUNDARY = "\\B"

Beginning = tuple[str, ...]  # regex fragments: escaped characters, \b or \B


class _Unknown(Exception):
    """A match can begin with (almost) any character: no pre-check."""


def _char(code: int) -> str | None:
    """The lower-case form under which ``code`` can appear in an ASCII text; None if it
    cannot appear in one at all."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    if ch in _ASCII_TWINS or ch.lower().isascii() or ch.upper().isascii():
        raise _Unknown  # (never in the detectors' patterns: stay exact, do not guess)
    return None


def _class_chars(items: list) -> list[str | None] | None:
    """The characters of a small class; None for a wide, negated or category class."""
    chars: list[str | None] = []
    for op, av in items:
        if op is _sre.LITERAL:
            chars.append(_char(av))
        elif op is _sre.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.extend(_char(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return None
        if len(chars) > MAX_CLASS:
            return None
    return chars


def _walk(items: list, acc: Beginning, found: set[Beginning], letters: int) -> None:
    """Add to ``found`` the beginnings of the matches of ``items`` after ``acc``."""
    if letters >= DEPTH or not items or items[0] is _STOP:
        found.add(acc)
        return
    (op, av), rest = items[0], items[1:]
    if op is _sre.LITERAL:
        ch = _char(av)
        if ch is not None:
            _walk(rest, (*acc, re.escape(ch)), found, letters + 1)
    elif op is _sre.IN:
        chars = _class_chars(av)
        if chars is None:
            found.add(acc)  # (the beginning ends here)
            return
        for ch in dict.fromkeys(chars):
            if ch is not None:
                _walk(rest, (*acc, re.escape(ch)), found, letters + 1)
    elif op is _sre.AT:
        if av is _sre.AT_BOUNDARY:
            acc = (*acc, _BOUNDARY)
        elif av is _sre.AT_NON_BOUNDARY:
            acc = (*acc, _NON_BOUNDARY)
        _walk(rest, acc, found, letters)  # (other anchors: dropped, which only admits more)
    elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
        _walk(rest, acc, found, letters)  # zero-width: dropped
    elif op is _sre.SUBPATTERN:
        _walk(list(av[-1].data) + rest, acc, found, letters)
    elif op is getattr(_sre, "ATOMIC_GROUP", None):
        _walk(list(av.data) + rest, acc, found, letters)
    elif op is _sre.BRANCH:
        for alternative in av[1]:
            _walk(list(alternative.data) + rest, acc, found, letters)
    elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        if low == 0:
            _walk(rest, acc, found, letters)
        _walk([*sub.data, _STOP], acc, found, letters)  # (one repetition, then stop)
    else:  # any character, a category, a back-reference, …
        found.add(acc)


def starts(pattern: re.Pattern[str]) -> set[Beginning] | None:
    """How the matches of ``pattern`` can begin on an ASCII text (lower-cased), or None when
    some can begin with too many characters to be worth a pre-check."""
    try:
        tree = _sre.parse(pattern.pattern, pattern.flags)
        found: set[Beginning] = set()
        _walk(list(tree.data), (), found, 0)
    except Exception:  # an unknown node (or _Unknown): no pre-check
        return None
    if any(_letters(b) == 0 for b in found):
        return None  # a match may begin with no literal character known
    return found


def _letters(beginning: Beginning) -> int:
    return sum(f not in (_BOUNDARY, _NON_BOUNDARY) for f in beginning)


def _trie(beginnings: Iterable[Beginning]) -> str:
    """One regex for "any of ``beginnings``", shaped as a prefix tree."""
    root: dict = {}
    for beginning in beginnings:
        node = root
        for fragment in beginning:
            node = node.setdefault(fragment, {})
        node[None] = {}

    def build(node: dict) -> str:
        if None in node:
            return ""  # a beginning ends here: the longer ones add nothing
        alternatives = [fragment + build(child) for fragment, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return build(root)


#: ``(?flags)(?<![set])[class]…``: a one-character negative look-behind, then a class
_LEAD = re.compile(r"(\(\?[aiLmsu]+\))?\(\?<!(\[(?:\\.|[^\]\\])+\])\)(\[(?:\\.|[^\]\\])+\])")


def lead_with_class(pattern: str) -> str:
    """``(?<![set])[class]rest`` rewritten as ``[class](?<![set].)rest``: the same matches
    (after the class's character, the look-behind checks the one before it), but a pattern
    that starts with a class lets ``re`` skip to the positions holding one of its characters
    instead of trying every position. Other patterns are returned unchanged."""
    lead = _LEAD.match(pattern)
    if lead is None:
        return pattern
    flags, behind, first = lead.group(1) or "", lead.group(2), lead.group(3)
    if "\\" in first or first.startswith("[^"):
        return pattern  # ('.' must match the class's character: keep it to plain classes)
    rest = pattern[lead.end() :]
    count = _COUNT.match(rest)
    if count is not None:  # [c]{n} -> [c](?<!…)[c]{n-1}; [c]{n,m} -> … [c]{n-1,m-1}
        low, high = int(count.group(1)), count.group(2)
        if low < 1 or (high is not None and (not high or int(high) < low)):
            return pattern
        more = f"{{{low - 1}}}" if high is None else f"{{{low - 1},{int(high) - 1}}}"
        rest = first + more + rest[count.end() :]
    elif rest[:1] in ("*", "+", "?", "{"):
        return pattern
    return f"{flags}{first}(?<!{behind}.){rest}"


_COUNT = re.compile(r"\{([0-9]+)(?:,([0-9]*))?\}")


_last: tuple[str, str] = ("", "")


def lowered(text: str) -> str:
    """``text.lower()``, remembered for the last text (a scan asks once per detector)."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low = text.lower()
    _last = (text, low)
    return low


def first_start(pattern: re.Pattern[str]) -> Callable[[str], int | None]:
    """A function giving, for a text, a position from which searching ``pattern`` finds what a
    search from 0 finds (None: no match at all): the first place one of its beginnings occurs
    in an ASCII text, 0 for other texts or when the pattern has no usable beginnings."""
    found = starts(pattern)
    if found is None:
        return lambda text: 0
    if not found:  # it cannot match an ASCII text at all
        return lambda text: None if text.isascii() else 0
    pre = re.compile(_trie(found))

    def first(text: str) -> int | None:
        if len(text) < SHORT or not text.isascii():
            return 0
        match = pre.search(lowered(text))
        return None if match is None else match.start()

    return first


def fast_search(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """``lambda text: pattern.search(text) is not None``, trying the original only where one
    of its beginnings occurs (:func:`starts`): the leftmost match starts at one of them."""
    found = starts(pattern)
    if found is None or any(_letters(b) < 2 for b in found):  # (every word would be tried)
        return lambda text: pattern.search(text) is not None
    pre = re.compile(_trie(found))

    def search(text: str) -> bool:
        if len(text) < SHORT or not text.isascii():
            return pattern.search(text) is not None
        low = lowered(text)
        candidate = pre.search(low)
        for _ in range(CANDIDATES):
            if candidate is None:
                return False
            at = candidate.start()
            if pattern.match(text, at) is not None:
                return True
            candidate = pre.search(low, at + 1)
        return candidate is not None and pattern.search(text, candidate.start()) is not None

    return search
