"""Restrictions a prompt adds or drops that the minimal-pair check counts as mere detail or
rewording, firm in the band (the trees may not serve them; :func:`.scope.condition_added`):

* **every / only** (:func:`quantifier_narrowed`, English): one side asks about every thing
  of a kind (all, every, any, each) and the other restricts it (only), or puts an added
  word where the other has all / every / each, in front of the same noun ("cover *all* vet
  fees" / "cover *emergency* vet fees"; not all day, all of my):  ``scope:all->only``,
  ``narrowing:emergency``.
  Japanese: a word for the whole (全体, 全部, すべて) one side has and the other lacks, in a
  pair the check rejected (改修全体 / 手すりの設置: ``scope:全体``; the rescue may not serve it).
* **a clause of cause, condition, purpose or time** (:func:`cause_dropped`, English; not a
  *when* clause that rewords a phrase of the other prompt, "what if", courtesy): the
  words one side adds stand in such a clause of the question's own sentence, and the other
  opens no clause of that kind ("cancelled *because of the weather*", "cancel my membership
  *if I move house*", "a mortgage *in order to buy a second home*", "work from home *while
  my child is ill*": ``condition:move+house``). Not "if possible" (one word), not "know
  if" (a verb of knowing, telling or seeing asks whether), and, except for a cause, only in
  a question of one sentence and a few words.
* **per unit** (:func:`per_unit_changed`): both sides price or count per unit (ごと, 毎,
  あたり, につき; per) of another unit (車1台ごと / 1人ごと, numerals left out:
  ``unit:車台->人``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon as lx
from .english import stem_en
from .english_scope import nominal
from .units import Unit
from .wordnet_first import first_lexnames

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_UNIVERSAL = frozenset({"all", "every", "any", "each"})
_ONLY = "only"
#: the quantifiers a word put in their place narrows (not "any": without any money)
_ALL = frozenset({"all", "every", "each"})
#: nouns "all" makes an adverb of (all day, all the time)
_ADVERBIAL = frozenset({"time", "day", "night", "week", "year", "month", "morning", "along"})
#: words that open a clause of cause, condition, purpose or time, by kind (because of the
#: weather, if I move house, in order to buy, while my child is ill, during my notice period)
_CLAUSE_KINDS = {
    "cause": "because of|because|due to|owing to|as a result of",
    "condition": "if|unless|in case|provided|when|whenever|once",
    "purpose": "so that|in order to|so as to",
    "time": "while|whilst|during|as soon as|after|before|until|till",
}
_KIND_OF = {w: kind for kind, words in _CLAUSE_KINDS.items() for w in words.split("|")}
_CAUSE = re.compile(r"\b(?:" + "|".join(_KIND_OF) + r")\b")
#: the most words of a question whose added condition, purpose or time clause is read
MAX_CLAUSE_WORDS = 16
#: a question word a question opens with (*when* can I…: no clause)
_OPENING = re.compile(r"^\s*(?:when|while|once)\b")
_SENTENCE_END = re.compile(r"[.!?]\s+")
_PER_JA = re.compile(r"([一-龥々ァ-ヴーA-Za-z0-9０-９]+)(?:ごと|毎|あたり|当たり|につき)")
_PER_EN = re.compile(r"\b(?:per|for each|for every)\s+([a-z]+)")
_NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _word_at(word: str, text: str, digits: bool = False) -> int:
    """Where ``re.search(rf"\\b{re.escape(word)}\\b", text)`` finds ``word`` (its start; -1:
    nowhere), without a pattern compiled per word (each one took a place in the ``re``
    module's cache, so that the guard's other patterns were compiled again). With
    ``digits``, a digit meeting a letter is a boundary too, as the units split them (*8pm*:
    the units *8* and *pm*)."""
    start = text.find(word)
    while start >= 0:
        if _boundary(text, start, digits) and _boundary(text, start + len(word), digits):
            return start
        start = text.find(word, start + 1)
    return -1


def _boundary(text: str, i: int, digits: bool = False) -> bool:
    """``\\b`` holds at ``i``: a word character (``\\w``: alphanumeric or ``_``) on one side
    only; with ``digits``, also a digit on one side and another word character on the
    other."""
    before = _char_kind(text[i - 1], digits) if i > 0 else 0
    return before != (_char_kind(text[i], digits) if i < len(text) else 0)


def _char_kind(char: str, digits: bool) -> int:
    """2: a digit (with ``digits``); 1: a word character; 0: none."""
    if digits and char.isdigit():
        return 2
    return 1 if char.isalnum() or char == "_" else 0


def quantifier_narrowed(x: str, y: str, added: Sequence[Unit]) -> str:
    """English: ``"all->only"`` when one side has a universal quantifier and not *only*, the
    other *only* and no quantifier; ``"emergency"`` when an ``added`` word stands in front
    of the noun the other side's quantifier is about. Empty: neither."""
    low_x, low_y = x.lower(), y.lower()
    if not (any(map(low_x.__contains__, _UNIVERSAL))  # (a substring: cheap)
            or any(map(low_y.__contains__, _UNIVERSAL))):  # fmt: skip
        return ""
    for one, other in ((low_x, low_y), (low_y, low_x)):
        mine, theirs = _WORD.findall(one), _WORD.findall(other)
        universal = [w for w in mine if w in _UNIVERSAL]
        if not universal or _ONLY in mine:
            continue
        if _ONLY in theirs and not _UNIVERSAL.intersection(theirs):
            return f"{universal[0]}->only"
        if not added or _UNIVERSAL.intersection(theirs):
            continue
        texts = {u.text.lower() for u in added}
        for i, word in enumerate(mine[:-1]):
            j = i + 2 if mine[i + 1] == "the" else i + 1  # (all the classes)
            if word not in _ALL or j == len(mine) or mine[j] in _ADVERBIAL:
                continue
            noun = mine[j]
            for k in range(1, len(theirs)):
                if theirs[k] == noun and theirs[k - 1] in texts:
                    return theirs[k - 1]
    return ""


_JA_WHOLE = ("全体", "全部", "全て", "すべて", "全額", "全員")


def universal_dropped(x: str, y: str) -> str:
    """Japanese: the word for the whole that one text has and the other lacks; empty: none."""
    for word in _JA_WHOLE:
        if (word in x) != (word in y):
            return word
    return ""


def cause_dropped(text: str, other: str, added: Sequence[Unit]) -> str:
    """English: the ``added`` words (all of them) stand in a clause of cause, condition,
    purpose or time (because of, if, so that, while, after) in the last sentence of
    ``text``, of two words at least (not "if possible", "if needed"), opened by a word of a
    kind ``other`` opens no clause with (because of / due to: one kind): their names joined
    by ``+``; empty: no."""
    if not added or not added[0].key.isascii():
        return ""
    last = _OPENING.sub("", _SENTENCE_END.split(text.lower())[-1])
    found = [_word_at(u.text.lower(), last, digits=True) for u in added]
    if min(found) < 0:
        return ""
    start = min(found)
    markers = [m for m in _CAUSE.finditer(last) if m.start() <= start]
    if not markers:
        return ""
    marker = markers[-1]  # the clause the first added word stands in
    if all(u.text.lower() in marker.group().split() for u in added):
        return ""  # in order to book / to book: only the marker's own word added
    if _KIND_OF[marker.group()] != "cause" and (
        len(_words(text)) > MAX_CLAUSE_WORDS
        or _SENTENCE_END.search(text.strip())
        or "?" not in text
    ):
        return ""  # a long or many-sentence text: the clause may be a question of its own
    theirs = {_KIND_OF[m.group()] for m in _CAUSE.finditer(_OPENING.sub("", other.lower()))}
    if _KIND_OF[marker.group()] in theirs:
        return ""  # because of / due to: a clause of one kind each
    if len(_words(last[marker.end() :])) < 2 and marker.group() in ("if", "when", "unless", "once"):
        return ""  # if possible, if needed, when due: no clause of its own
    before = [w for w in _words(last[: marker.start()]) if w not in _OBJECTS]
    noun = len(before) > 1 and before[-2] in lx.EN_DETERMINERS  # my *order* if: no verb
    if before and marker.group() in ("if", "when") and not noun and _asks_whether(before[-1]):
        return ""  # know if she likes me, tell me when it is ready: a question, no condition
    clause = _words(_CLAUSE_END.split(last[marker.end() :])[0])
    if clause and clause[0] in _AUXILIARIES and marker.group() == "when":
        return ""  # hi, when does the gym close: a question word, no clause
    if before[-1:] == ["what"] and marker.group() == "if":
        return ""  # what if India becomes corruption free: the clause is the question
    if _said_otherwise(clause, added, other, marker.group() in _SITUATION):
        return ""
    return "+".join(u.text for u in added)


#: prepositions that open a phrase of time (on Sundays, at 7pm, by Friday, in December)
_TIME_PREPOSITIONS = frozenset(
    {"on", "at", "by", "from", "in", "until", "till", "after", "before", "during", "over",
     "since"}
)  # fmt: skip


def time_dropped(text: str, added: Sequence[Unit]) -> str:
    """English: the ``added`` words (all of them) are a phrase of time that ``text`` opens
    with a preposition (:data:`_TIME_PREPOSITIONS`, said or added), a date word or a clock
    time among them (*on Sundays*, *at weekends*, *after 8pm*): their names joined by ``+``;
    empty: no. The other prompt asks without the time, so its answer may not hold then (the
    Japanese counterpart: :mod:`.ja_time`). A date word that is also an ordinary word (may,
    march) counts only capitalised."""
    if not added or not added[0].key.isascii() or not any(map(_dated, added)):
        return ""
    low = text.lower()
    if any(not (_dated(u) or u.key.startswith("#") or u.text.lower() in _TIME_PREPOSITIONS)
           or _word_at(u.text.lower(), low, digits=True) < 0 for u in added):  # fmt: skip
        return ""
    start = min(_word_at(u.text.lower(), low, digits=True) for u in added)
    opened = any(u.text.lower() in _TIME_PREPOSITIONS for u in added)
    before = _words(low[:start])
    if not opened and not (before and before[-1] in _TIME_PREPOSITIONS):
        return ""  # (today, tonight: no phrase of time)
    return "+".join(u.text for u in added)


def _dated(unit: Unit) -> bool:
    """``unit`` is a date word (:data:`~.lexicon.EN_DATE_WORDS`; an ordinary word as well,
    may or march, only capitalised) or *am* / *pm*."""
    word = unit.text.lower()
    if word in lx.EN_MERIDIEM:
        return True
    if word.endswith("s") and word[:-1] in lx.EN_DATE_WORDS:
        word = word[:-1]  # (on Sundays, at weekends)
    if word not in lx.EN_DATE_WORDS:
        return False
    return word not in lx.EN_AMBIGUOUS_DATE_WORDS or unit.text[:1].isupper()


#: object pronouns between a verb of telling and its "if" / "when" (tell *me* when)
_OBJECTS = frozenset({"me", "us", "you", "him", "her", "them"})
#: auxiliaries that open a question after "when" (when does, when can): no clause follows
_AUXILIARIES = frozenset(
    {"do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would",
     "should", "shall", "may", "might", "must", "has", "have"}
)  # fmt: skip
#: the words a clause of politeness or possibility says (if you don't mind, if you can,
#: when possible): no condition on what is asked
_COURTESY = frozenset(
    {"possible", "necessary", "needed", "required", "applicable", "mind", "don't", "do",
     "not", "can", "could", "may", "might", "would", "want", "wish", "please",
     "prefer", "ok", "okay", "convenient", "so", "any", "i", "you", "we", "it", "that",
     "that's", "is", "be", "ask"}
)  # fmt: skip
#: copulas before a state (if the item *is damaged*): the clause adds a condition
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "gets", "get", "got", "becomes"})
#: markers of a clause that may say the situation another prompt names in a phrase (more
#: confident *when speaking to girls* / with girls): not "if", a condition on who asks
_SITUATION = frozenset({"when", "whenever", "while", "whilst"})
#: subjects and auxiliaries after which a word is a verb (when you *fall*, if I *live*)
_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "to"}) | _AUXILIARIES
_CLAUSE_END = re.compile(r"[,;:?]")


def _said_otherwise(
    clause: Sequence[str], added: Sequence[Unit], other: str, situation: bool
) -> bool:
    """The clause after the marker says nothing beyond courtesy (if you don't mind, if that
    is possible), or it rewords what ``other`` says: every content word of the clause but
    the ``added`` ones is said by ``other`` (at least one), the clause is one of the
    situation (``situation``: when, while; not if), and no added word is a noun or a state
    after a copula (how does it feel *when you fall* in love / to be in love; not *when the
    item is damaged* / for the item)."""
    if clause and all(w in _COURTESY for w in clause):
        return True  # (no word: a number alone, after 19:30, is no courtesy)
    if not situation:
        return False  # if I stay at the hotel / at the hotel: a condition on who asks
    new = {u.text.lower() for u in added}
    theirs = {stem_en(w) for w in _words(other)}
    content = [w for w in clause if w not in lx.EN_STOPWORDS and w not in new]
    for i, word in enumerate(clause):
        after_subject = i > 0 and clause[i - 1] in _SUBJECTS  # when you *fall* in love: a verb
        if word in new and nominal(word) and not after_subject:
            return False  # when you forgot your *email*: a thing added, not a rewording
    if not content or any(stem_en(w) not in theirs for w in content):
        return False
    return not any(w in new and i and clause[i - 1] in _COPULAS for i, w in enumerate(clause))


#: WordNet's files of the verbs whose "if" / "when" clause is what they know, tell or see
_ASKING = frozenset({"verb.cognition", "verb.perception", "verb.communication"})


def _asks_whether(word: str) -> bool:
    """``word`` is a verb whose first tagged WordNet sense is one of knowing, perceiving or
    telling (know, tell, see, check, ask, wonder): an "if" after it asks whether."""
    kinds = first_lexnames(word, 1)
    return bool(kinds) and kinds[0] in _ASKING


_PER_MARKERS = ("ごと", "毎", "あたり", "当たり", "につき")


def _units_per(text: str, lang: str) -> set[str]:
    """The units a text counts per, numerals left out (車1台ごと: 車台; per person)."""
    if lang == "ja":
        if not any(marker in text for marker in _PER_MARKERS):
            return set()
        return {_NUMERALS.sub("", m) for m in _PER_JA.findall(text)} - {""}
    text = text.lower()  # (per night = per nights)
    found = _PER_EN.findall(text) if "per " in text or "for e" in text else []
    return {word.removesuffix("s") for word in found}


def per_unit_changed(x: str, y: str) -> str:
    """Both texts count per unit, per different units: ``"X->Y"`` (as written); empty:
    the same, or one side does not."""
    lang = "en" if x.isascii() and y.isascii() else "ja"
    mine = _units_per(x, lang)
    theirs = _units_per(y, lang) if mine else set()
    if not mine or not theirs or mine & theirs:
        return ""
    return f"{min(mine)}->{min(theirs)}"
