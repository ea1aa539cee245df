"""Turn a prompt into the facts the guard compares (:class:`~.facts.Analysis`): content
words, numbers, negation, question type and who-did-what-to-whom, for English and other
Latin-script languages (:mod:`.english`), Japanese with a morphological analyser
(:mod:`.japanese`) and a language-neutral fallback for every other language
(:mod:`.facts`); and a bounded cache of analyses.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from ..language import detect_language
from .english import _analyse_latin, stem_en
from .facts import Analysis, _analyse_fallback
from .japanese import _analyse_japanese, japanese_tokenizer_name

__all__ = [
    "Analysis", "AnalysisCache", "OnceSet", "analyse", "japanese_tokenizer_name", "stem_en",
]

T = TypeVar("T")


def analyse(text: str, lang: str | None) -> Analysis:
    """Analyse ``text`` written in ``lang`` (a yamabiko language label; detected if None)."""
    if lang is None:
        lang = detect_language(text)
    if lang == "ja":
        return _analyse_japanese(text)
    if lang in ("en", "es", "fr", "de", "pt", "it", "nl"):
        return _analyse_latin(text, lang)
    return _analyse_fallback(text, lang)


class OnceSet:
    """The texts met once (the guard keeps a text's analysis when it meets it again), held as
    their hashes (``hash(text)``, 64 bits), not as the texts: 16,384 prompts of 4,000
    characters are 63 MB as strings, 1.1 MB as hashes (docs/stores.md, session 16). Two
    texts of one hash (about 2^-64 for a pair) only make the second be kept one meeting early."""

    __slots__ = ("_hashes",)

    def __init__(self) -> None:
        self._hashes: set[int] = set()

    def __contains__(self, text: object) -> bool:
        return hash(text) in self._hashes

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, text: str) -> None:
        """Record that ``text`` was met."""
        self._hashes.add(hash(text))

    def discard(self, text: str) -> None:
        """Forget ``text`` (it is kept now)."""
        self._hashes.discard(hash(text))

    def clear(self) -> None:
        """Forget every text."""
        self._hashes.clear()


class AnalysisCache(Generic[T]):
    """A bounded LRU of analyses keyed by (language, text): cached prompts recur often.
    ``analyser`` makes the value (default: :func:`analyse`); ``one_off`` is told of each
    value made and not kept (which nothing holds after its caller: the guard's analyses keep
    what the checks derive from them then, :func:`~.facts.for_one_check`)."""

    def __init__(
        self,
        size: int = 4096,
        analyser: Callable[[str, str | None], T] | None = None,
        one_off: Callable[[T], object] | None = None,
    ) -> None:
        self._size = size
        self._analyser = analyser or analyse
        #: called with each value made and not kept (``get(keep=False)`` of a text met once)
        self._one_off = one_off
        self._data: OrderedDict[tuple[str | None, str], T] = OrderedDict()
        self._once = OnceSet()  # texts made once with ``keep=False`` and not kept
        self._lock = threading.Lock()

    def find(self, text: str, lang: str | None) -> T | None:
        """The kept value of ``text`` in ``lang``, or None (nothing is made)."""
        with self._lock:
            found = self._data.get((lang, text))
            if found is not None:
                self._data.move_to_end((lang, text))
            return found

    def keep(self, text: str, lang: str | None, value: T) -> None:
        """Keep ``value`` as ``text``'s in ``lang`` (made elsewhere: a stored analysis)."""
        with self._lock:
            self._keep((lang, text), value)

    @property
    def size(self) -> int:
        """How many values are kept at most."""
        return self._size

    def pop(self, text: str, lang: str | None) -> T | None:
        """Forget the kept value of ``text`` in ``lang`` and return it (None if none is)."""
        with self._lock:
            return self._data.pop((lang, text), None)

    def _keep(self, key: tuple[str | None, str], value: T) -> None:
        self._data[key] = value
        if len(self._data) > self._size:
            self._data.popitem(last=False)

    def clear(self) -> None:
        """Forget every value kept and every text met once."""
        with self._lock:
            self._data.clear()
            self._once.clear()

    def get(self, text: str, lang: str | None, keep: bool = True) -> T:
        """The value of ``text`` in ``lang``: the kept one, else made now and kept; with
        ``keep=False`` only kept when this text was made before (it recurs): a text met once
        (a one-off query checked against one candidate) leaves nothing behind, no objects
        for every garbage collection to traverse while they are young (session 16)."""
        key = (lang, text)
        with self._lock:
            found = self._data.get(key)
            if found is not None:
                self._data.move_to_end(key)
                return found
            keep = keep or text in self._once
        result = self._analyser(text, lang)
        with self._lock:
            if keep:
                self._keep(key, result)
                self._once.discard(text)
            else:
                if len(self._once) >= 4 * self._size:
                    self._once.clear()
                self._once.add(text)
        if not keep and self._one_off is not None:
            self._one_off(result)
        return result
