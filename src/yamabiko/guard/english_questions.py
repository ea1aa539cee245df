"""The kinds of answer an English prompt asks for (``Analysis.qtypes``), one per clause: why /
when / where / who / quantity / how / what / yesno (a clause led by an auxiliary verb).

Where and how meet in two cases only, each told by one side on its own:

- "how do I find / locate X" asks how, or where X is (it also asks *where*);
- "where can / do I X" also asks *how* when X is done at a place or channel that the answer
  names: the clause names a channel (:data:`CHANNELS`: where can I see my bill online), or its
  verb is one of finding or perceiving (one of its first two tagged WordNet senses in
  ``verb.perception``: where can I see / view / find my order history), or one whose object
  is a message or a made thing (its first tagged sense in ``verb.communication`` or
  ``verb.creation``: where can I report a bug, print my boarding pass, submit a complaint:
  the form or the page is the way). Otherwise where asks for a place and how for a way:
  where can I pay my bill / how can I pay my bill, where can I charge my phone / how do I
  charge my phone, return the rental car, exchange money differ.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as lx
from . import wordnet
from .constructions import en_degree_kind, en_embedded_question

_CLAUSE = re.compile(r"[?.!;:,/(\n]+")
_WORD = re.compile(r"[a-z]+")
_FIND_VERBS = frozenset({"find", "locate"})
_ASKER = frozenset({"do i", "can i", "do we", "can we"})
#: words that name the channel an action is done through: its place is the way to it
CHANNELS = frozenset({"online", "website", "site", "web", "app", "internet", "portal"})
_HOW_MUCH = frozenset({"many", "much", "long", "old", "often", "far"})
#: the words that join two question words into one clause (when and why, how or where)
_JOINTS = frozenset({"and", "or"})
#: the lexicon's discourse adverbs (filler and stop words in -ly: exactly, actually, really):
#: after *how* they stress the question, they ask no degree (*how exactly does X work*)
_STRESS = frozenset(w for w in lx.EN_FILLER | lx.EN_STOPWORDS if w.endswith("ly"))


def question_types_en(text: str) -> frozenset[str]:
    """The kinds of answer asked for, one per clause (see the module docstring)."""
    kinds = set()
    for clause in _CLAUSE.split(text.lower()):
        words = _WORD.findall(clause)[:4]  # the first four
        if not words:
            continue
        if words[0] in lx.EN_AUXILIARIES:  # "could you tell me where ..." asks where
            kinds.add(en_embedded_question(clause) or "yesno")
            continue
        for i, word in enumerate(words):
            kind = lx.EN_QUESTION_WORDS.get(word)
            if kind is None:
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if kind == "how" and nxt in _STRESS:  # how exactly does it work: how it works
                nxt = words[i + 2] if i + 2 < len(words) else ""
            # "how many / long / far", and "how early / frequently": a degree, a quantity
            if kind == "how" and (nxt in _HOW_MUCH or (nxt.endswith("ly") and len(nxt) > 4)):
                kind = en_degree_kind(clause)
            elif kind == "how" and nxt == "come":
                kind = "why"
            elif kind == "how" and _FIND_VERBS & set(words[i + 1 :]):
                kinds.add("where")  # "how do I find X" asks how, or where X is
            elif (
                kind == "where"
                and not i
                and " ".join(words[1:3]) in _ASKER
                and len(words) > 3
                and (_perceiving(words[3]) or _channel(clause))
            ):
                kinds.add("how")  # where can I see my bill: the screen is the way
            kinds.add(kind)
            kinds.update(_joined_kinds(words[i + 1 :]))  # when and why, how or where
            break
        else:  # "I do not know how to reset it" asks how
            embedded = en_embedded_question(clause)
            if embedded:
                kinds.add(embedded)
    return frozenset(kinds)


def _joined_kinds(rest: list[str]) -> list[str]:
    """The kinds of the question words joined by *and* / *or* to the one a clause opens with
    (``rest``: the words after it): *when and why do people X* asks when and why, one clause
    for two answers (a comma between them is a clause of its own already)."""
    kinds = []
    for joint, word in zip(rest[::2], rest[1::2], strict=False):
        kind = lx.EN_QUESTION_WORDS.get(word)
        if joint not in _JOINTS or kind is None:
            break
        kinds.append(kind)
    return kinds


def _channel(clause: str) -> bool:
    return not CHANNELS.isdisjoint(_WORD.findall(clause))


@functools.lru_cache(maxsize=1 << 12)
def _perceiving(word: str) -> bool:
    """``word`` is a form of find / locate, or of a verb whose first or second tagged
    WordNet sense is one of perception (see, view, watch) or whose first is one of
    communication or creation (report, submit, print); False without WordNet."""
    if word in _FIND_VERBS:
        return True
    tables = wordnet.load()
    if tables is None:
        return False
    for lemma in wordnet.lemmas_of(word, 1):
        files = [tables.synsets[s].lexname for s in tables.index[1].get(lemma, ())[:2]]
        if "verb.perception" in files or files[:1] in (["verb.communication"], ["verb.creation"]):
            return True
    return False
