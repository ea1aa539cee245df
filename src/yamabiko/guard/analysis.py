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

__all__ = ["Analysis", "AnalysisCache", "analyse", "japanese_tokenizer_name", "stem_en"]

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


class AnalysisCache(Generic[T]):
    """A bounded LRU of analyses keyed by (language, text): cached prompts recur often.
    ``analyser`` makes the value (default: :func:`analyse`)."""

    def __init__(
        self, size: int = 4096, analyser: Callable[[str, str | None], T] | None = None
    ) -> None:
        self._size = size
        self._analyser = analyser or analyse
        self._data: OrderedDict[tuple[str | None, str], T] = OrderedDict()
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
            self._data[(lang, text)] = value
            if len(self._data) > self._size:
                self._data.popitem(last=False)

    def get(self, text: str, lang: str | None) -> T:
        key = (lang, text)
        with self._lock:
            found = self._data.get(key)
            if found is not None:
                self._data.move_to_end(key)
                return found
        result = self._analyser(text, lang)
        with self._lock:
            self._data[key] = result
            if len(self._data) > self._size:
                self._data.popitem(last=False)
        return result
