"""English: an act one question adds by joining a verb to a verb both say (*supply and*
install a shower / install a shower; the sofa delivered *and assembled* / delivered).

The added-item rule (:func:`.english_scope.item_added`) reads a noun joined to a shared noun
as another thing asked about and leaves verbs alone (*gain muscle and lose fat* is no item).
A verb joined by *and* to a verb the other question says asks for a second service on top of
the first one: the price, the time and the answer change (a fitter who supplies the carpet
quotes for the carpet too). Above the trees' band the minimal-pair check reads the added verb
as detail and nothing looked at it.

The reading, from the texts alone: every word of the shorter question is in the longer one,
which adds one verb and *and* right before or after a verb both say, in one question of a
few words; both words are verbs where they stand (after *to*, a modal, a subject pronoun or
a wh-word, or two participles of one form: *delivered and assembled*), neither is a light
verb that only introduces the other (*come and fix*, *go and get*: the more frequent the
verb, by the word-vector table's frequency rank, the lighter), and WordNet does not make the
two one act (*concentrate and focus*).
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import wordclass, wordnet
from .english import stem_en
from .unit_record import looked_up

#: the most words of a question the rule reads (a longer text adds its own questions)
MAX_WORDS = 14
#: word-vector frequency rarity below which an added verb introduces the other (come, go, try)
LIGHT_BELOW = 0.55
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|,|&")
_SENTENCES = re.compile(r"[.!?]\s+\S")
#: words after which a verb stands in its base form (to install, can you install, I install)
_BEFORE_VERB = frozenset(
    lx.EN_AUXILIARIES | {"to", "you", "i", "we", "they", "please", "how", "who", "where", "when"}
)


def act_added(query: str, cached: str) -> str:
    """The verb one question adds joined by *and* to a verb both say, or "" (see the module
    docstring)."""
    if " and " not in query and " and " not in cached:
        return ""  # (a cheap gate: most questions join nothing)
    one, two = _tokens(query), _tokens(cached)
    if one is None or two is None:
        return ""
    longer, shorter = (one, two) if len(one) > len(two) else (two, one)
    if len(longer) != len(shorter) + 2 or len(longer) > MAX_WORDS:
        return ""
    stems = [stem_en(t) for t in longer]
    short_stems = [stem_en(t) for t in shorter]
    for at in range(len(longer) - 1):
        block = longer[at : at + 2]
        rest = stems[:at] + stems[at + 2 :]
        if rest != short_stems or "and" not in block:
            continue
        added = block[0] if block[1] == "and" else block[1]
        shared_at = at + 2 if block[1] == "and" else at - 1
        if added == "and" or not 0 <= shared_at < len(longer):
            return ""
        shared = longer[shared_at]
        start = min(at, shared_at)
        if _acts(added, shared, longer[start - 1] if start > 0 else ""):
            return added
        return ""
    return ""


def _tokens(text: str) -> list[str] | None:
    """The lower-case word tokens of a one-sentence question, or None."""
    if "?" not in text or _SENTENCES.search(text.strip()):
        return None
    return _TOKEN.findall(text.lower())


def _acts(added: str, shared: str, before: str) -> bool:
    """``added`` and ``shared`` are two verbs where they stand, ``added`` no light one, and
    not one act to WordNet."""
    if not (wordnet.lemmas_of(added, 1) and wordnet.lemmas_of(shared, 1)):
        return False
    participles = _participles(added, shared)
    if not participles and before not in _BEFORE_VERB:
        return False
    return not (_light(added) or wordnet.synonyms(added, shared))


def _participles(x: str, y: str) -> bool:
    """Two past participles with one ending (delivered / assembled; not the third persons
    of nouns: advantages / disadvantages)."""
    forms = wordclass.lexicon().verb_forms
    ending = x[-2:]
    return ending in ("ed", "en") and y.endswith(ending) and x in forms and y in forms


def _light(verb: str) -> bool:
    """A frequent verb that introduces another (come and fix, try and find): rarer than
    :data:`LIGHT_BELOW` by the word-vector table's frequency rank, as the units read it."""
    row, rarity = looked_up((verb,))
    return row is not None and rarity < LIGHT_BELOW
