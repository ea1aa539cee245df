"""Two questions on one topic that ask for another detail of it (session 26; the guard's
``question`` check, after the kinds of answer compared by :func:`.relations.same_question`).

The ``question`` check lets *what* meet any question word (what time / when, what is the way
/ how) and *how much* meet *how often* (both ask for an amount). Some pairs of these, said
over the same words, still ask for another thing, and the trees cannot tell them from a
paraphrase (the words are the same but one):

- **The thing done against the way it is done** (:func:`object_or_manner`): *what* as the
  object of a verb that ends the question (*what do koalas eat*) against *how* in its place,
  every other word the same (*how do koalas eat*): ``question:what->how``. *What is the
  weather* / *how is the weather* (a copula, no verb at the end) and *what do you think of
  X* / *how do you think of X* (words after the verb) are left alone. Japanese: 何を + a verb
  against どうやって / どのように / どう + the same verb, the rest the same (コアラは何を食べる
  / コアラはどうやって食べる): ``question:何を->どうやって``.
- **How much against how often** (:func:`amount_or_frequency`): *how much do I feed my
  puppy* asks for an amount, *how often should I feed a puppy* for a frequency, when no
  other content word differs (*how much time*: a span of time, is not read so):
  ``question:much->often``.
- **What a thing is against another question about it** (:func:`definition_or_other`): a
  bare *what is X?* (X one to three words, none of them a function word, a ranking word such
  as *best* or *most*, or a pronoun: :data:`~.lexicon.EN_STOPWORDS`) asks what X is; *how is
  X made*, *what does X do*, *how many of X are there*, *what happened in X* ask something
  else of it (the other question names every word of X, is one question, opens with *how*,
  *why*, *when*, *where*, *who* or a *what* that no copula follows, or asks what X is like
  to live through: *what is it like to be X*; and asks for no meaning: *what does X mean*,
  nor only restates it: *how much is the late fee*): ``question:definition->how``,
  ``question:definition->like``.
- **A comparison of other things** (session 38, :func:`.english_compared.compared_changed`):
  *the difference between A and B* / *between A, B and C*, *which is better, A or B* / *A or
  C*: one compared thing named nowhere in the other prompt, ``question:compared+C``.
- **Japanese: money against time spent** (:func:`money_or_time`): かかる means both *cost*
  and *take*; いくらかかりますか asks for a price, どのくらい時間がかかりますか (何日, 何時間)
  for a span of time, the rest of the text the same: ``question:いくら->時間``.

Each test starts with a substring gate (the question words it reads on both sides), so a
pair without them costs a few ``in`` tests.
"""

from __future__ import annotations

import re

from . import wordnet
from .english_compared import compared_changed
from .facts import Analysis
from .lexicon import EN_STOPWORDS

#: the auxiliaries after which *what* is the object of the verb that ends the question
_SUPPORT = frozenset({"do", "does", "did", "can", "could", "should", "will", "would"})
#: English words of one token each (an apostrophe inside a word kept)
_EN_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
#: a verb no object can follow in the question (what is / how is: a copula, not a verb)
_COPULAS = frozenset({"be", "is", "are", "was", "were", "been", "am"})
#: Japanese: how (a manner) in the place of 何を
_JA_MANNER = ("どうやって", "どのようにして", "どのように", "どう")
#: "how often": a frequency; "how much" (not of time): an amount
_EN_OFTEN = re.compile(r"\bhow (often|frequently)\b")
_EN_MUCH = re.compile(r"\bhow much\b(?! (?:time|longer)\b)")
#: the content words that only say how often (dropped before the rest is compared)
_FREQUENCY_WORDS = frozenset({"often", "frequently", "frequent", "much"})
#: Japanese: a span of time asked for (どのくらい時間が, 何日, 何時間, 何週間, 何か月) and a price
_JA_TIME = re.compile(
    r"(?:(?:どの|どれ)(?:くらい|ぐらい)(?:の)?(?:時間|期間|日数)|何(?:日|時間|週間|[かヵヶカケ]月|年))"
    r"(?:くらい|ぐらい)?(?:が|は)?"
)
_JA_PRICE = re.compile(r"いくら(?:くらい|ぐらい)?(?:が|は)?")
#: a bare definition question: what is / are (an article) X?, X one to three words
_EN_DEFINITION = re.compile(
    r"^\s*what(?:\s+is|\s+are|'s)\s+(?:(?:a|an|the)\s+)?([a-z0-9'-]+(?:\s+[a-z0-9'-]+){0,2})"
    r"\s*\?\s*$"
)
#: the opening of a question that asks something else of a thing (not which / what is)
_EN_OTHER = re.compile(r"^\s*(how|why|when|where|who|what(?!\s+(?:is|are|was|were)\b|'s))\b")
#: the opening of a question that asks what a thing is like to live through, a copula after
#: *what* and still no definition: *what is it like to be a night nurse*
_EN_EXPERIENCE = re.compile(r"^\s*what(?:\s+is|\s+was|'s)\s+it\s+(like)\b")
#: the opening :func:`_restated` reads before the thing named: a question word, a degree word
#: at most, a copula, an article
_EN_RESTATING = re.compile(
    r"\s*(?:how|what)(?:\s+\w+)?(?:\s+is|\s+are|\s+was|\s+were|'s)\s+(?:(?:a|an|the)\s+)?"
)
#: the words of a question that asks what a thing means: the definition asked again
_EN_MEANING = re.compile(r"\b(?:mean|means|meant|meaning|definition|define|defined|explain)\b")


def other_detail(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The guard's reason when ``query`` (analysis ``a``) and ``cached`` (``b``) ask for
    another detail of one topic (see the module docstring): ``question:what->how`` (the
    cached prompt's word first); empty: none."""
    if a.lang == "en":
        found = object_or_manner(cached, query) or amount_or_frequency(cached, query, b, a)
        found = found or definition_or_other(cached, query)
        found = found or compared_changed(cached, query)  # a coder, an engineer, a programmer
    elif a.lang == "ja":  # (the gates inline: most Japanese prompts say neither word)
        found = ""
        if "何を" in cached or "何を" in query:
            found = object_or_manner_ja(cached, query)
        if not found and ("いくら" in cached or "いくら" in query):
            found = money_or_time(cached, query)
    else:
        return ""
    return f"question:{found}" if found else ""


def object_or_manner(first: str, second: str) -> str:
    """``"what->how"`` (or ``"how->what"``) when one English question asks *what* + an
    auxiliary + ... + a verb that ends it and the other says *how* in the place of *what*,
    every other word the same; empty: not so."""
    x, y = first.lower(), second.lower()
    if not (("what" in x and "how" in y) or ("how" in x and "what" in y)):
        return ""
    left, right = _EN_TOKEN.findall(x), _EN_TOKEN.findall(y)
    if len(left) != len(right) or len(left) < 4:
        return ""
    changed = [i for i, (p, q) in enumerate(zip(left, right, strict=True)) if p != q]
    if len(changed) != 1 or {left[changed[0]], right[changed[0]]} != {"what", "how"}:
        return ""
    at = changed[0]
    last = left[-1]
    if left[at + 1] not in _SUPPORT or at + 3 >= len(left) or last in _COPULAS:
        return ""  # (what is / how is; what do you ... : a subject, then the verb)
    if not wordnet.lemmas_of(last, 1):
        return ""  # (what do you think of X: the question goes on after the verb)
    return f"{left[at]}->{right[at]}"


def object_or_manner_ja(first: str, second: str) -> str:
    """``"何を->どうやって"`` (or the other way) when one Japanese question asks 何を before
    a verb and the other says どうやって / どのように / どう in its place, the rest of the text
    the same; empty: not so."""
    for what, how in ((first, second), (second, first)):
        if "何を" not in what or "ど" not in how:
            continue
        for manner in _JA_MANNER:
            if manner in how and what.replace("何を", manner, 1) == how:
                return f"何を->{manner}" if what is first else f"{manner}->何を"
    return ""


def amount_or_frequency(first: str, second: str, a: Analysis, b: Analysis) -> str:
    """``"much->often"`` (or the other way) when one English question asks *how much* (not
    of time) and the other *how often* / *how frequently*, with the same content words but
    those (``a``: ``first``'s analysis, ``b``: ``second``'s); empty: not so."""
    x, y = first.lower(), second.lower()
    if "how" not in x or "how" not in y or "much" not in x + y:
        return ""
    if "often" not in x + y and "frequently" not in x + y:
        return ""  # (no how often / how frequently on either side: no regex asked)
    for much, often, m_side, o_side in ((x, y, a, b), (y, x, b, a)):
        found = _EN_OFTEN.search(often)
        if not (_EN_MUCH.search(much) and found) or _EN_OFTEN.search(much) or "much" in often:
            continue
        if set(m_side.content) - _FREQUENCY_WORDS == set(o_side.content) - _FREQUENCY_WORDS:
            return "much->" + found.group(1) if much is x else found.group(1) + "->much"
    return ""


def money_or_time(first: str, second: str) -> str:
    """``"いくら->時間"`` (or the other way) when one Japanese question asks いくら and the
    other for a span of time (どのくらい時間が, 何日), the rest of the text the same;
    empty: not so."""
    for price, time in ((first, second), (second, first)):
        if "いくら" not in price or "いくら" in time:
            continue
        spent = _JA_TIME.search(time)
        if spent is None:
            continue
        rest_price = _JA_PRICE.sub("", price, count=1)
        if rest_price == time[: spent.start()] + time[spent.end() :]:
            return "いくら->時間" if price is first else "時間->いくら"
    return ""


def definition_or_other(first: str, second: str) -> str:
    """``"definition->how"`` (the other question's first word; or the other way) when one
    English question is a bare *what is X?* and the other asks something else of X (see the
    module docstring); empty: not so."""
    x, y = first.lower(), second.lower()
    if "what" not in x and "what" not in y:
        return ""
    for bare, other in ((x, y), (y, x)):
        found = _EN_DEFINITION.match(bare)
        if found is None:
            continue  # (most pairs: no bare what is X? on this side, the other not read)
        asked = _EN_OTHER.match(other) or _EN_EXPERIENCE.match(other)
        if asked is None or other.count("?") > 1 or _EN_MEANING.search(other):
            continue
        named = found.group(1).split()
        if any(w in EN_STOPWORDS for w in named) or _restated(other, found.group(1)):
            continue  # (what is the best X, what is your X: a ranking or an owner asked)
        said = {_base(w) for w in _EN_TOKEN.findall(other)}
        if all(_base(w) in said for w in named):
            word = asked.group(1)
            return f"definition->{word}" if bare is x else f"{word}->definition"
    return ""


def _base(word: str) -> str:
    """``word`` without a possessive or a plural *s* (laws / law's / law: one word)."""
    return word.removesuffix("'s").rstrip("s")


def _restated(question: str, named: str) -> bool:
    """``question`` (lower case) is only a question word, a degree word at most and a copula
    before ``named``: *how much is the late fee* asks what *what is the late fee* asks. (The
    text after the opening is compared as a string, no pattern built per ``named``: compiling
    one cost a cold check ~0.1-0.3 ms; session 26, speed3.)"""
    told = question.rstrip()
    if not told.endswith("?"):
        return False
    told = told[:-1].rstrip()
    if not told.endswith(named):
        return False
    return _EN_RESTATING.fullmatch(told[: len(told) - len(named)]) is not None
