"""The things an English comparison compares (session 38; the guard's ``question`` check,
through :func:`.asked_detail.other_detail`).

A question that asks how two or more things differ, or which of them is better, is answered
about exactly those things: the answer to *what is the difference between a programmer and
a coder?* says nothing of engineers, so it does not answer *what is the difference between a
coder, an engineer and a programmer?*; nor does *a panic attack and an anxiety attack* answer
*a panic attack and a seizure*. The minimal-pair check reads a third item as detail one side
adds, and a question that differs in several words at once goes to the trees or is served by
its words' overlap, so such pairs were served.

:func:`compared_items` reads the compared things from the grammar of three comparison frames:
*difference(s) between / among X* (up to the end of the question or a clause word:
*in terms of*, *for*, *when*, ...), *better / best / prefer* followed by a list joined by
*or*, and *X vs Y* / *X versus Y*. The list is cut at commas, *and*, *or*, *&*, *vs*,
*versus* and slashes; each item keeps its content words (not
:data:`~.lexicon.EN_STOPWORDS`, not a negation). Only a question (the prompt says ``?``) is
read: a statement that mentions a difference asks nothing of it.

:func:`compared_changed` refuses two prompts when one of them is such a comparison and one
of its items is named nowhere in the other prompt: none of the item's words is said there,
in a form of one noun or adjective lemma or joined to it by a WordNet derivation pointer
(:mod:`.wordnet_nominal`: *violas* / *viola*, *terrorism* / *terrorist*; not *train* /
*training*, *photograph* / *photographer*), by the stemmer where WordNet has neither word,
as an adjective of a noun's word family (*jealous* / *jealousy*, :func:`.names.word_family`,
one of the two no noun), a WordNet synonym, spelling variant or name of one place, and the
item's words written together are not a run of the other text's whole words written together
(*antimatter* / *anti-matter*; *art* is not named inside *startup*). Both texts are read after
NFKC, so full-width letters and a full-width question mark are the ASCII ones (session 39).
The reason names the item: ``compared+engineer``. The frames are closed words of English
grammar; the items are whatever the prompt says.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import wordnet
from .english import stem_en
from .lexicon import EN_STOPWORDS
from .names import word_family
from .wordnet_nominal import nominal_forms, nominal_lemmas, one_thing

#: *difference(s) between / among X*, X up to the end of the question or a clause word
_BETWEEN = re.compile(
    r"\bdiff(?:erences?)?\s+(?:between|among|amongst)\s+(.+?)"
    r"(?=\?|\.\s|\.$|$|,\s*but\b|\bin terms of\b|\bfor\b|\bwhen\b|\bin\b|\bwith\b|\bif\b"
    r"|\bwhich\b)",
    re.IGNORECASE,
)
#: *better / best / prefer* (a colon, comma, dash or *between* after it) and a list with *or*
_BETTER = re.compile(
    r"\b(?:better|best|prefer)\b\s*(?:[,:-]|for [a-z ]+?[,:-]|between|among)\s*"
    r"(.+?\bor\b.+?)(?=\?|\.\s|\.$|$)",
    re.IGNORECASE,
)
#: *X vs Y* / *X versus Y*, within one sentence
_VERSUS = re.compile(r"(?:^|[:?.]\s*)([^:?.]*?\b(?:vs\.?|versus)\s[^?.:,]+)", re.IGNORECASE)
#: the words that join the items of a compared list
_JOINS = re.compile(r",|\band\b|&|\bvs\.?|\bversus\b|\bor\b|/", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*", re.IGNORECASE)
#: the cheap gate: a prompt says none of these, it compares nothing
_GATE = re.compile(r"diff|better|best|prefer|\bvs\b|versus", re.IGNORECASE)
#: negation words: not an item's content (*with / without*, *him not using one*)
_NEGATIONS = frozenset({"not", "no", "without", "non", "never"})
#: the most whole words of the other text one item may be written across (*anti-virus*)
_RUN = 4


@lru_cache(maxsize=4096)
def compared_items(text: str) -> tuple[tuple[str, ...], ...]:
    """The content words of each thing ``text``, a question (it says ``?``), compares (lower
    case), by the first of the three frames it says (see the module docstring); empty when
    it compares fewer than two things, says no frame or asks nothing."""
    text = unicodedata.normalize("NFKC", text)  # (？ and full-width letters: the ASCII ones)
    if "?" not in text or not _GATE.search(text):
        return ()  # (a statement that mentions a difference compares nothing asked)
    found = _BETWEEN.search(text) or _BETTER.search(text) or _VERSUS.search(text)
    if found is None:
        return ()
    items = []
    for part in _JOINS.split(found.group(1)):
        words = tuple(
            w for w in (m.group(0).lower() for m in _WORD.finditer(part))
            if w not in EN_STOPWORDS and w not in _NEGATIONS
        )  # fmt: skip
        if words:
            items.append(words)
    return tuple(items) if len(items) >= 2 else ()


def compared_changed(first: str, second: str) -> str:
    """``"compared+<item>"`` when one of two English prompts compares things and one of them
    (its words joined by ``+``) is named nowhere in the other prompt (see the module
    docstring); empty: no comparison, or every compared thing named on both sides."""
    for mine, theirs in ((first, second), (second, first)):
        items = compared_items(mine)
        if items and (missing := _unnamed(items, theirs)):
            return f"compared+{missing}"
    return ""


def _unnamed(items: tuple[tuple[str, ...], ...], other: str) -> str:
    words = [m.group(0).lower() for m in _WORD.finditer(unicodedata.normalize("NFKC", other))]
    runs = {"".join(words[i:j]) for i in range(len(words))
            for j in range(i + 1, min(i + _RUN, len(words)) + 1)}  # fmt: skip
    for item in items:
        if "".join(item) in runs:
            continue  # antimatter / anti-matter (whole words only: not art in startup)
        if not any(_named(w, words) for w in item):
            return "+".join(item)
    return ""


def _named(word: str, words: list[str]) -> bool:
    if word in words:
        return True
    known = nominal_forms(word)
    for w in words:
        if w in EN_STOPWORDS:
            continue
        if known and one_thing(word, w):
            return True  # violas / viola, terrorism / terrorist (not train / training)
        if not known and not nominal_forms(w) and stem_en(word) == stem_en(w):
            return True  # two words WordNet reads neither: the stemmer's forms
        if _quality_of(word, w) and word_family(word, w):
            return True  # jealous / jealousy: a noun and an adjective of one family
        if wordnet.synonyms(word, w) or wordnet.variant(word, w) or wordnet.same_name(word, w):
            return True
    return False


def _quality_of(first: str, second: str) -> bool:
    """Both words nouns or adjectives by WordNet, not both nouns: the one a quality the
    other names (*jealous* / *jealousy*; not *train* / *training*, nor *UberX* / *Uber*,
    which WordNet does not read)."""
    if not (nominal_lemmas(first) and nominal_lemmas(second)):
        return False
    return not (wordnet.lemmas_of(first, 0) and wordnet.lemmas_of(second, 0))
