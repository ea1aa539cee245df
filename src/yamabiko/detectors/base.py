"""The detector protocol, text folding and :class:`PatternDetector` (a regular expression plus a
validator), with the helpers every family of detectors shares."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from .prefilter import fast_search, first_start, lead_with_class, lowered

#: A detector takes a text and returns True if it contains that kind of sensitive data.
Detector = Callable[[str], bool]

_DIGIT = re.compile(r"[0-9]")
_NOT_DIGIT = re.compile(r"[^0-9]")


def count_digits(text: str) -> int:
    """How many ASCII digits ``text`` holds."""
    return len(_DIGIT.findall(text))


def digits_of(text: str) -> str:
    """The ASCII digits of ``text``, in order."""
    return _NOT_DIGIT.sub("", text)


#: dashes typed between digits, Japanese ー among them ("０９０ー１２３４ー５６７８")
_DIGIT_DASH = re.compile(r"(?<=[0-9])[\u2010-\u2015\u2212\u30fc\uff70](?=[0-9])")


def fold(text: str) -> str:
    """NFKC-normalise non-ASCII text so that full-width forms match like ASCII ones, and make
    any dash between two digits an ASCII hyphen."""
    if text.isascii():
        return text
    return _DIGIT_DASH.sub("-", unicodedata.normalize("NFKC", text))


def near(
    match: re.Match[str], keywords: re.Pattern[str], before: int = 48, after: int = 24
) -> bool:
    """True when ``keywords`` occurs in the text around ``match`` (``before`` characters before
    its start to ``after`` characters after its end)."""
    text = match.string
    start, end = max(0, match.start() - before), min(len(text), match.end() + after)
    return keywords.search(text[start:end]) is not None


def keyword_hint(keywords: re.Pattern[str]) -> Callable[[str], bool]:
    """A pre-check that is true when ``keywords`` occurs anywhere in the text (searched from
    where one of its words can first begin: :func:`.prefilter.fast_search`)."""
    return fast_search(keywords)


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for "any of ``words``", shaped as a prefix tree (``d(?:iabet
    |ementia)``) so that each position is rejected after a character or two; a word that
    another word starts with makes the longer one redundant."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a whole word ends here: the shorter one suffices
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return build(root)


def words_hint(words: Iterable[str]) -> Callable[[str], bool]:
    """A pre-check that is true when one of ``words`` (lower case) occurs in the lower-cased
    text, as a substring. The words become one prefix-tree regex: ten times cheaper than a
    substring test per word once there are a hundred words."""
    regex = re.compile(_trie_pattern(dict.fromkeys(w.lower() for w in words)))

    def hint(text: str) -> bool:
        return regex.search(lowered(text)) is not None

    return hint


_DIGIT_LED = re.compile(r"\[[0-9\-]+\]")


class PatternDetector:
    """A regular expression that finds candidates and a validator that confirms them.

    Two cheap pre-checks keep a scan to a few microseconds: ``hint`` (e.g. "holds an ``@``")
    and ``min_digits`` (the ASCII digits the text must hold); when either fails, the regex is
    not run at all. The regex itself is searched from the first place where one of its
    matches can begin (:func:`.prefilter.first_start`; the same matches).
    """

    def __init__(
        self,
        name: str,
        pattern: str,
        validate: Callable[[re.Match[str]], bool] | None = None,
        *,
        hint: Callable[[str], bool] | None = None,
        min_digits: int = 0,
        flags: int = 0,
    ) -> None:
        self.name = name
        # (the same matches, found faster: :mod:`.prefilter`)
        self.regex = re.compile(lead_with_class(pattern), flags)
        self._first = first_start(self.regex)
        #: a pattern led by a digit is searched before the hint (it is the cheaper check)
        self._digits_first = _DIGIT_LED.match(self.regex.pattern) is not None
        self.validate = validate
        self.hint = hint
        self.min_digits = min_digits

    def match_folded(self, text: str, digits: int | None = None) -> bool:
        """Like calling the detector, for text already passed through :func:`fold`;
        ``digits`` is :func:`count_digits` of it, when the caller has it."""
        if self.min_digits:
            if digits is None:
                digits = count_digits(text)
            if digits < self.min_digits:
                return False
        if self.hint is not None and not self._digits_first and not self.hint(text):
            return False
        start = self._first(text)
        if start is None:
            return False
        matches = self.regex.finditer(text, start)
        first = next(matches, None)
        if first is None:
            return False
        if self._digits_first and self.hint is not None and not self.hint(text):
            return False  # (a number pattern is cheaper than the keywords: it goes first)
        if self.validate is None:
            return True
        return self.validate(first) or any(self.validate(m) for m in matches)

    def __call__(self, text: str) -> bool:
        return self.match_folded(fold(text))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class AnyOf(PatternDetector):
    """One named detector made of several :class:`PatternDetector` parts (e.g. the bank
    account formats of three countries): it matches when any part matches."""

    def __init__(self, name: str, parts: list[PatternDetector], *, min_digits: int = 0) -> None:
        self.name = name
        self.parts = parts
        self.min_digits = min_digits

    def match_folded(self, text: str, digits: int | None = None) -> bool:
        """True when any part matches ``text`` (already folded; ``digits``: its digit count)."""
        if digits is None:
            digits = count_digits(text)
        if digits < self.min_digits:
            return False
        return any(part.match_folded(text, digits) for part in self.parts)


# Hyphens and spaces people put between digit groups (after NFKC: ASCII hyphen and space, plus
# the dashes and the long-vowel mark that Japanese text often uses).
SEP = r"[ \-\u2010\u2012\u2013\u2014\u2015\u2212\u30fc.]"
