"""A prompt without words: nothing the guard's rules can read, so nothing it can call the same.

A text whose characters are all spaces, punctuation, symbols (emoji), format characters (a
zero-width space) or lone combining marks says no word and no number. Every rule of the guard
compares words, so such a text passes all of them against any other prompt: an empty query was
served ``guard-ok`` against a cached *x*. :func:`first_verdict`, asked before any rule, serves
two prompts that are the same text (``identical``) or that are both without words and say the
same marks once NFKC and spaces are set aside (``?`` / ``？``, ``👍`` / `` 👍 ``:
``identical``), and refuses a pair where one side has words and the other none, or two different
strings of marks (``wordless``).
"""

from __future__ import annotations

import unicodedata

from ..models import Verdict

#: the reason of a refused pair
WORDLESS = "wordless"

_IDENTICAL = Verdict(True, "identical")
_REFUSED = Verdict(False, WORDLESS)


def has_words(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit of any script (``str.isalnum``)."""
    return any(ch.isalnum() for ch in text)


def _marks(text: str) -> str:
    """The text's characters after NFKC, less spaces and format characters."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace() and unicodedata.category(ch) != "Cf")


def first_verdict(query: str, cached: str) -> Verdict | None:
    """``identical`` for the same text, a verdict when either side has no words (see the module
    doc), None when both have words and the rules decide."""
    if query == cached:
        return _IDENTICAL
    query_words, cached_words = has_words(query), has_words(cached)
    if query_words and cached_words:
        return None
    if query_words or cached_words:
        return _REFUSED
    return _IDENTICAL if _marks(query) == _marks(cached) else _REFUSED
