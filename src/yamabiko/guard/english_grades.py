"""English: a word one prompt adds before a shared noun where the other prompt grades that noun
with a stopword (*your favorite movie* / *your best movie*, *the ideal age* / *best age*).

The minimal-pair check drops the stopwords that grade (*good*, *best*, *better*: the lexicon's
``EN_STOPWORDS``), so a word that takes such a word's place looks added to the other prompt,
and an adjective the lexicon reads as a kind is refused as narrowing the noun (the
*commercial* septic tanks). When the other prompt grades the same noun in that place and the
default embedder's word vectors put the two words close (:data:`GRADE_LIKE`), the added word
grades as the replaced one does: it asks for no narrower kind of the noun, and the pair goes
on to the trees as any other added detail. A superlative (*cheapest*, *fastest*) ranks by
another measure and is never read so; a word far from the grading one (*the best car* / *the
electric car*) is still a kind.

In the same way *most* added right before an adjective or a participle that both prompts give
the same next word only raises a grade both already ask about (*the most common mistakes* /
*the common mistakes*; not *how common is X*), and so does *(the) most* closing a clause
after a word both say (*what do you miss the most?* / *what do you miss?*; session 32):
:func:`superlative_of_shared`. *more* is not read so
(*more bags*, *more precious than life* compare with something else).
"""

from __future__ import annotations

import re

from . import wordclass, wordnet, wordvec
from .lexicon import EN_STOPWORDS
from .wordnet_first import first_lexnames

#: the stopwords that grade the noun they stand before (the only English stopwords that do)
EN_GRADING = frozenset({"good", "better", "best"}) & EN_STOPWORDS
#: the least word-vector cosine between the grading stopword and the word in its place (the
#: default embedder: best / favorite 0.62, good / nice 0.81; best / electric 0.03, good / cheap
#: 0.41, good / healthy 0.52 stay kinds or other measures)
GRADE_LIKE = 0.55
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
#: the endings of the participles *most* grades as adjectives (terrifying, broken)
_PARTICIPLE_ENDINGS = ("ing", "ed", "en")
#: the first *most* of a text, a word of its own (not *most-used*, *almost*)
_FIRST_MOST = re.compile(r"(?<![\w'-])most(?![\w'-])")
#: what may follow a word that closes a clause (the most? / most, / most at the end)
_CLOSING = re.compile(r"\s*(?:[?.!,;]|$)")
#: WordNet's file of the verbs of feeling, whose degree *(the) most* grades (miss, dread)
_FEELING = "verb.emotion"
#: WordNet's code of adverbs (:data:`~.wordnet.POS`)
_ADVERB = 3


def graded_in_place(added: str, own: str, other: str) -> str:
    """``best->favorite`` when the word ``added`` to the prompt ``own`` stands right before a
    word that ``other`` has right after a grading stopword ``own`` lacks, and the two are alike
    in the word vectors (:data:`GRADE_LIKE`); else "". English only; no superlative."""
    word = added.lower()
    if not word.isascii() or word.endswith("est"):
        return ""
    mine = _WORD.findall(own.lower())
    if word not in mine or EN_GRADING.intersection(mine):
        return ""
    at = mine.index(word)
    if at + 1 >= len(mine):
        return ""
    theirs = _WORD.findall(other.lower())
    head = mine[at + 1]
    for i, token in enumerate(theirs[1:], 1):
        grade = theirs[i - 1]
        if token == head and grade in EN_GRADING and _alike(grade, word):
            return f"{grade}->{word}"
    return ""


def _alike(grade: str, word: str) -> bool:
    """The word vectors put ``word`` within :data:`GRADE_LIKE` of the grading ``grade``."""
    i, j = wordvec.vector_index(grade), wordvec.vector_index(word)
    return i is not None and j is not None and wordvec.similarity(i, j) >= GRADE_LIKE


def superlative_of_shared(own: str, other: str) -> str:
    """``most+common`` when ``own`` says *most* right before a content word (no stopword) that
    can be an adjective or is a participle (``wordclass.can_be_adjective``,
    :func:`_participle`) and the word after it, ``other`` says those two words in that order
    too and lacks *most*: the superlative of a grade both prompts give the same word (*the
    most common mistakes* / *the common mistakes*, *your most terrifying dream* / *your
    terrifying dream*; not *how common is X*, nor *most tourists*), or that is the last word
    of both prompts (*why is it the most reliable?* / *so reliable?*). Also ``most+<end>``
    when *(the) most* closes a clause right after a word ``other`` says as well
    (:func:`_degree_at_end`: *what do you regret the most?* / *what do you regret?*). Else "".
    English only."""
    mine = _WORD.findall(own.lower())
    theirs = _WORD.findall(other.lower())
    if "most" not in mine or "most" in theirs:
        return ""
    at = mine.index("most")
    phrase = mine[at + 1 : at + 3]  # the adjective and the word it grades (or the end)
    if not phrase or phrase[0] in EN_STOPWORDS:
        return "most+<end>" if _degree_at_end(own, mine, at, theirs) else ""
    if not (wordclass.can_be_adjective(phrase[0]) or _participle(phrase[0])):
        return ""
    if len(phrase) == 1:  # the last word of both: why is it the most popular / so popular
        return f"most+{phrase[0]}" if _graded_at_end(phrase[0], theirs) else ""
    if any(theirs[i : i + 2] == phrase for i in range(len(theirs) - 1)):
        return f"most+{phrase[0]}"
    return ""


def _participle(word: str) -> bool:
    """``word`` is a verb's participle to the lexicon (terrifying, broken): graded by *most*
    as an adjective is (*the most terrifying*)."""
    return word.endswith(_PARTICIPLE_ENDINGS) and word in wordclass.lexicon().verb_forms


def _degree_at_end(own: str, mine: list[str], at: int, theirs: list[str]) -> bool:
    """*most* (after *the* or not) is the last word of a clause of ``own`` (the prompt's
    end or a stop, question mark, comma or semicolon after it) and the word before it is
    one ``theirs`` says too: an adverb of degree on what both ask (*that changed your life
    the most* / *that changed your life*), no quantifier of a noun (*most people*)."""
    found = _FIRST_MOST.search(own.lower())
    if found is None or not _CLOSING.match(own.lower(), found.end()):
        return False
    before = at - 1 if at and mine[at - 1] != "the" else at - 2
    return before >= 0 and mine[before] in theirs and _feeling_or_state(mine[before])


def _graded_at_end(word: str, theirs: list[str]) -> bool:
    """``theirs`` ends with ``word`` after an adverb (WordNet's: *so*, *very*), a grade it
    asks about too (*why is ISRO so successful?* against *the most successful*); not after a
    verb (*which phone is expensive?* asks which phones are, not which one is the most:
    session 32, review)."""
    return len(theirs) >= 2 and theirs[-1] == word and bool(wordnet.lemmas_of(theirs[-2], _ADVERB))


def _feeling_or_state(word: str) -> bool:
    """``word``, said right before a closing *(the) most*, is a verb of feeling (WordNet's
    verb.emotion among its first lemma's tagged senses: *miss*, *dread*, *enjoy*) or no verb
    but an adjective (*feel sad the most*): *most* grades how much one feels. After another
    verb it is a quantity or picks one out (*who paid the most?*, *which team won the most?*
    are not *who paid?*, *which team won?*: session 32, review)."""
    verb = wordnet.lemmas_of(word, 1)
    if verb:
        return _FEELING in (first_lexnames(verb[0], 1) or ())
    return wordclass.can_be_adjective(word)
