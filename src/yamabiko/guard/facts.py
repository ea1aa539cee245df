"""The facts the guard compares about one text (:class:`Analysis`), the number readers every
language's analyser shares, and the language-neutral fallback analysis."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from . import lexicon as lx

T = TypeVar("T")


@dataclass(frozen=True)
class Analysis:
    """What the guard knows about one text.

    ``content`` holds normalised content words (stems / lemmas) in order; ``strong`` the subset
    that names something specific (proper nouns, words with digits, katakana or Latin words in
    Japanese). ``roles`` maps a content word to its grammatical role (Japanese case particle, or
    ``subj``/``obj``/``from``/``to`` in English) for the swapped-roles check.
    """

    lang: str
    content: tuple[str, ...]
    strong: frozenset[str]
    numbers: tuple[float, ...]
    dates: frozenset[str]
    negations: int
    qtypes: frozenset[str]
    roles: tuple[tuple[str, str], ...] = ()
    passive: bool = False
    words: frozenset[str] = field(default_factory=frozenset)
    predicates: frozenset[str] = field(default_factory=frozenset)
    #: English: ``content`` with the personal pronouns of subjects and objects in their places
    #: (I / me -> ``i``: "I claim my mother" -> i claim mother), for word-order role swaps
    order: tuple[str, ...] = ()
    #: English: each naming word (content word, person pronoun, number, date) with the role
    #: marker in front of it (:func:`.roles.role_marker`), for role swaps by word order
    frame: tuple[tuple[str, str], ...] = ()

    def derived(self, key: str, make: Callable[[Analysis], T], *, keep: bool = True) -> T:
        """``make(self)``, kept on this analysis under ``key`` (``keep``) or made without
        keeping it (unless it is kept already): what the checks derive from one text alone
        (its word sets, its words' families), made once when the text is prepared
        (:meth:`~yamabiko.guard.Guard.prepare`: a query meets many candidates) and
        otherwise made in each check, which keeps nothing it may never need again (held
        by every analysis in the LRU, that memory slows the cold path down). ``make`` must
        depend on the analysis alone."""
        kept: dict[str, object] | None = self.__dict__.get("_derived")
        if kept is not None and key in kept:
            return kept[key]  # type: ignore[return-value]
        found = make(self)
        if keep:
            if kept is None:
                kept = {}
                object.__setattr__(self, "_derived", kept)  # (frozen: not one of the fields)
            kept[key] = found
        return found

    def kept(self, key: str) -> object | None:
        """What :meth:`derived` kept under ``key``, or None."""
        kept: dict[str, object] | None = self.__dict__.get("_derived")
        return kept.get(key) if kept is not None else None


# -- shared helpers ----------------------------------------------------------------------------


class WordMemo(Generic[T]):
    """What ``make`` says of a word (a token), kept once the word recurs: words recur from
    prompt to prompt, and a word seen once is only remembered as seen (a string in a set), so
    that new prompts full of words never seen again do not grow the memo (every object it
    keeps counts towards the next garbage collection). Up to ``size`` words of each kind; then
    it starts again. Read it as ``memo.kept.get(word) or memo.miss(word)`` (values are
    truthy)."""

    def __init__(self, make: Callable[[str], T], size: int = 1 << 16) -> None:
        self.make = make
        self.size = size
        self.kept: dict[str, T] = {}
        self._seen: set[str] = set()

    def miss(self, word: str) -> T:
        """``make(word)``, kept when the word was seen before."""
        value = self.make(word)
        if word in self._seen:
            if len(self.kept) >= self.size:
                self.kept.clear()
            self.kept[word] = value
        else:
            if len(self._seen) >= self.size:
                self._seen.clear()
            self._seen.add(word)
        return value


_NUM = re.compile(r"(?<![A-Za-z0-9.])[-+]?\d[\d,]*(?:\.\d+)?")
_EN_TOKEN = re.compile(
    r"[A-Za-z][A-Za-z'\-]*(?:\+\+|#(?![\w#]))?"  # words, and C++ / C# / F#
    r"|\d[\d,]*(?:\.\d+)?(?:[a-zA-Z%]+)?|[$€£¥%]"
)


def _to_number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _digit_numbers(text: str) -> list[float]:
    out = []
    for match in _NUM.finditer(text):
        value = _to_number(match.group())
        if value is not None:
            out.append(abs(value))
    return out


# -- language-neutral fallback ---------------------------------------------------------------

_WORDISH = re.compile(r"\w+", re.UNICODE)


def _analyse_fallback(text: str, lang: str) -> Analysis:
    """Numbers and (where known) negation only: safe for any language and script."""
    norm = unicodedata.normalize("NFKC", text)
    negations = 0
    if lang == "zh":
        negations = sum(norm.count(c) for c in lx.ZH_NEGATION)
    elif lang == "ko":
        negations = sum(norm.count(c) for c in lx.KO_NEGATION)
    elif lang == "ja":
        negations = len(re.findall(r"(?:な[いかくけ]|ません|ず[にの]?|ぬ)", norm))
    elif lang in lx.OTHER_NEGATION:
        negations = sum(t in lx.OTHER_NEGATION[lang] for t in _WORDISH.findall(norm.lower()))
    return Analysis(
        lang=lang,
        content=(),
        strong=frozenset(),
        numbers=tuple(sorted(_digit_numbers(norm))),
        dates=frozenset(),
        negations=negations,
        qtypes=frozenset(),
        words=frozenset(_WORDISH.findall(norm.lower())),
    )
