"""An English verb of giving said of *you* says what its converse said of *I* says.

*Could you sell me a gift card?* asks what *Can I buy a gift card?* asks, and *Do you buy old
gold?* what *Can I sell my old gold to you?* asks: a giving verb and its converse with their
subjects exchanged (*you* / *I* or *we*) tell one exchange from its two ends. *Can I sell* /
*Can I buy* stays a minimal pair (one subject, two acts), and so do *Could you buy me* / *Can I
sell* (the receiving verb said of *you* for *me*: *me* is who it is bought for), *Could you
sell my bike* / *Can I buy your bike* (the giver names the receiver's thing: you sell it for
me) and *Can I buy you a drink* / *Could you sell me a drink* (*you* receives).

The converse pairs are read from WordNet, not listed (:func:`receivers`). A verb is a giving
verb in one of its tagged senses when that sense has WordNet's ditransitive frame (*Somebody
----s somebody something*: the second somebody receives) and either

- an antonym pointer to a sense under *get, acquire* (within :data:`_GET_LINKS` hypernym
  links): sell / buy, lend / borrow; or
- a cause pointer (``>``) to another verb's sense: teach / learn, give / hold (not a function
  word: give / *have*, which says too much else).

:func:`converse_read` finds the reading in two prompts' texts: one side says *you* then one
verb of a pair (at most :data:`_BETWEEN` words apart: *could you please sell*), the other *I*
or *we* then the other verb, not followed by *you*; both verbs in their base form, and
both pronouns right after the auxiliary of a yes / no question (*could you*, *can I*, *do
you*) that no question word opens: after *how do you* or *where can I*, *you* is anyone
(Quora's *how do you sell a house*), not the party asked. A *you* after *can* / *could*
with a receiving verb whose act is placed (*can you buy hoops at the class*: anyone,
:func:`generic_you`) is the customer, the asker: it reads as *I* against a side whose *you* is
the party asked and gives (*do you sell hoops at the class*; session 33), never against
another placed *can you* (*can you sell X at the class*: anyone sells). The texting spellings
*u*, *ur*, *ya* are read as the words they spell. The guard asks it only
where a check has refused a pair: the ``antonym`` and ``predicate`` checks' second reading
(:func:`as_received_en`, the analyses with the verb said of *you* read as its converse) and
the minimal-pair stage's ``substitution`` of the two verbs (:func:`converse_substituted`):
``equivalent-words:converse:buy->sell``.

Cost: none for a pair no check refuses; for a refused English pair, a look at its two texts
for *you* and *I* / *we* before any WordNet line is read (kept per verb).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..casual_en import PRONOUN_TEXTING
from . import wordnet
from .analysis import Analysis
from .english import stem_en
from .lexicon import EN_QUESTION_WORDS
from .lexicon import EN_STOPWORDS as _AUX
from .wordnet_lines import data_line, line_pointers, line_words

if TYPE_CHECKING:
    from .minpair import Alignment

#: WordNet's code of verbs (:data:`.wordnet.POS`)
_VERB = 1
#: the synset of *get, acquire* (``data.verb`` offset): a receiving verb's sense lies under it
_GET = 2210855
#: hypernym links from a receiving sense up to :data:`_GET` at most (buy: one; borrow: one)
_GET_LINKS = 3
#: WordNet's verb frame *Somebody ----s somebody something* (the ditransitive: give me a pen)
_DITRANSITIVE = 14
#: words at most between *you* / *I* and the verb (*could you please sell*, *can I still buy*)
_BETWEEN = 3
_WORD = re.compile(r"[a-z]+")
#: the speaker as a receiver (the first object) and as a subject
_RECEIVERS = frozenset({"me", "us"})
_SPEAKERS = frozenset({"i", "we"})
_YOU = frozenset({"you"})
#: the auxiliaries that open a yes / no question (*could you*, *can I*, *do you*)
_AUXILIARIES = frozenset(
    {"can", "could", "would", "will", "do", "does", "may", "might", "shall", "should"}
)
#: an auxiliary and *you* (or a texting spelling of it), as :func:`_asked` needs them: a
#: text without one has no *you* asked
_AUX_YOU = re.compile(
    rf"\b(?:{'|'.join(sorted(_AUXILIARIES))})[^A-Za-z']+(?:you|u|ya)\b", re.IGNORECASE
)
#: the modals before a *you* that may be anyone (*can you buy tickets at the door*)
_MAY = frozenset({"can", "could"})
#: a phrase of place: a preposition of location and a determiner (*at the door*, *on a tour*)
_PLACE = re.compile(
    r"\b(?:at|in|on|inside|onboard|aboard)\s+(?:the|a|an|this|that)\b", re.IGNORECASE
)
#: words of the two parties, their possessions and object forms: a place phrase beside one
#: of them does not make *you* anyone (*can you buy my car at the garage*)
_PARTY_WORDS = frozenset(
    ["i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"]
)
#: question words: a question they open asks of anyone (*how do you*, *where can I*): the
#: lexicon's, but *whose*, which this reading has never read (kept so: no pair measured)
_QUESTION_WORDS = frozenset(EN_QUESTION_WORDS) - {"whose"}


@lru_cache(maxsize=1024)
def receivers(verb: str) -> frozenset[str]:
    """The converse verbs (WordNet lemmas) of the giving verb ``verb`` (any form: sold), as the
    module docstring reads them: sell -> buy, lend -> borrow, teach -> learn; empty when it
    is none (or without the data)."""
    tables = wordnet.load()
    if tables is None or not tables.verb_data:
        return frozenset()
    data = tables.verb_data
    found: set[str] = set()
    for code, lemma in wordnet.tagged_senses(verb, _VERB, wordnet.MAX_SENSES).items():
        fields = data_line(data, code >> 2)
        words = line_words(fields)
        if not _has_frame(fields, words.index(lemma) + 1 if lemma in words else 0):
            continue
        for symbol, target, pos, link in line_pointers(fields):
            if pos != "v" or symbol not in ("!", ">"):
                continue
            there = data_line(data, int(target))
            theirs = line_words(there)
            number = int(link[2:], 16)
            named = theirs[number - 1 : number] if number else theirs
            if symbol == ">" or _under_get(data, there):  # (not an auxiliary: give > have)
                found.update(w for w in named if "_" not in w and w != lemma and w not in _AUX)
    return frozenset(found)


def _has_frame(fields: list[str], number: int) -> bool:
    """The data line ``fields`` lists the ditransitive frame for its word ``number`` (1-based)
    or for all its words."""
    at = 4 + 2 * int(fields[3], 16)
    end = at + 1 + 4 * int(fields[at])
    if end >= len(fields) or not fields[end].isdigit():
        return False
    frames = fields[end + 1 : end + 1 + 3 * int(fields[end])]
    return any(
        int(frames[i + 1]) == _DITRANSITIVE and int(frames[i + 2], 16) in (0, number)
        for i in range(0, len(frames) - 2, 3)
    )


def _under_get(data: bytes, fields: list[str]) -> bool:
    """The verb synset of ``fields`` is :data:`_GET` or lies under it within
    :data:`_GET_LINKS` hypernym links."""
    level = [fields]
    for _ in range(_GET_LINKS + 1):
        if any(int(f[0]) == _GET for f in level):
            return True
        level = [data_line(data, int(p[1])) for f in level for p in line_pointers(f) if p[0] == "@"]
    return False


def converse_read(query: str, cached: str) -> tuple[str, str] | None:
    """``(the verb said of you, the verb said of I)`` as the two prompts say them (forms of the
    text: sell, buy) when they are a giving verb and its converse with the subjects exchanged
    (see the module docstring), either way round; None otherwise."""
    mine, theirs = _words(query), _words(cached)
    for yours, others in ((mine, theirs), (theirs, mine)):
        if "you" not in yours:
            continue
        speakers, anyone = others, False
        if not _SPEAKERS.intersection(others):
            speakers = _anyone_as_speaker(others)
            if not speakers or _anyone_as_speaker(yours):
                continue
            anyone = True
        said = _said_by(speakers, _SPEAKERS)
        if not said:
            continue
        for verb, for_me in _said_of_you(yours):
            for other in said:
                giver = _converse(verb, for_me, other)
                if anyone and giver != "you":
                    continue  # (a placed *can you sell*: anyone sells, not the asker)
                if giver and not _OWNED[giver].intersection(yours if giver == "you" else speakers):
                    return verb, other
    return None


def _words(text: str) -> list[str]:
    """The lower-case words of ``text``, its texting pronouns written out (*u* -> *you*)."""
    return [PRONOUN_TEXTING.get(w, w) for w in _WORD.findall(text.lower())]


def _anyone_as_speaker(words: list[str]) -> list[str]:
    """``words`` with *I* for a *you* asked after *can* / *could* (:func:`_asked`) whose verb's
    act is placed and names no party (:func:`generic_you`): the asker is who does it (*can
    you buy hoops at the class*); empty when there is none."""
    at = _asked(words, _YOU)
    if at < 1 or words[at - 1] not in _MAY or not generic_you(" ".join(words[at + 2 :])):
        return []
    return [*words[:at], "i", *words[at + 1 :]]


def generic_you(rest: str) -> bool:
    """The words after *can you* + a verb (``rest``) place the act (*at the door*, *on the
    boat*) and name nothing owned by either party (no *my*, *your*, *me*, *us*): *you* is then
    anyone, as in *Can you buy tickets at the door?*, and the question asks what may be done
    there, not what the business does (session 28; :mod:`.english_doers` asks it too)."""
    words = _WORD.findall(rest.lower())
    return bool(_PLACE.search(rest)) and not any(w in _PARTY_WORDS for w in words)


#: the owners a giver may not name in its own prompt (*could you sell my car*: you sell for me,
#: not to me; *can I sell your car*): the receiver's possessive determiners
_OWNED = {"you": frozenset({"my", "our"}), "i": frozenset({"your"})}


def _converse(yours: str, for_me: bool, mine: str) -> str:
    """*you* ``yours`` and *I* ``mine`` say one exchange, and who gives in it: ``yours``
    gives what ``mine`` receives (you sell (me) / I buy: ``"you"``), or ``yours`` receives what
    ``mine`` gives, for no one (you buy / I sell: ``"i"``; not *you buy me*: for me); empty
    when they do not. Both verbs are said in their base form, as a question or a request
    says them (can I buy, do you sell; not *I've bought*, a thing told)."""
    if not (_base(mine) and _base(yours)):
        return ""
    if mine in receivers(yours):
        return "you"
    if not for_me and yours in receivers(mine):
        return "i"
    return ""


def _base(word: str) -> bool:
    """``word`` is a WordNet verb lemma as it stands (buy, not bought)."""
    return wordnet.lemmas_of(word, _VERB)[:1] == (word,)


def _said_of_you(words: list[str]) -> list[tuple[str, bool]]:
    """The words after *you* asked (:func:`_asked`) within :data:`_BETWEEN` words (its verb's
    candidates: *could you sell*, *do you buy*), each with whether *me* / *us* follows it."""
    at = _asked(words, _YOU)
    return [
        (word, words[i + 1 : i + 2] != [] and words[i + 1] in _RECEIVERS)
        for i, word in enumerate(words[at + 1 : at + 1 + _BETWEEN], at + 1)
        if at >= 0 and word not in _RECEIVERS
    ]


def _said_by(words: list[str], persons: frozenset[str]) -> list[str]:
    """The words after one of ``persons`` asked (:func:`_asked`) within :data:`_BETWEEN`
    words, not followed by *you* (*buy you a drink*: *you* receives)."""
    at = _asked(words, persons)
    return [
        word
        for i, word in enumerate(words[at + 1 : at + 1 + _BETWEEN], at + 1)
        if at >= 0 and words[i + 1 : i + 2] != ["you"]
    ]


def _asked(words: list[str], persons: frozenset[str]) -> int:
    """Where a yes / no question asks of one of ``persons``: its word right after an
    auxiliary that opens the text or follows only words that are no question word (*could
    you*, *hi, can I*); -1 when none. A question word before it makes *you* anyone's (*how do
    you sell a house*), not the party asked."""
    for i, word in enumerate(words[1:], 1):
        if word in persons and words[i - 1] in _AUXILIARIES:
            return -1 if _QUESTION_WORDS.intersection(words[: i - 1]) else i
    return -1


def converse_substituted(reason: str, query: str, cached: str) -> str:
    """``"buy->sell"`` (the minimal-pair reason's own words) when ``reason`` is a
    ``substitution:X->Y`` of one word each side that :func:`converse_read` reads as a giving
    verb and its converse with their subjects exchanged; empty otherwise."""
    kind, _, change = reason.partition(":")
    old, arrow, new = change.partition("->")
    if kind != "substitution" or not arrow or "+" in change or not change.isascii():
        return ""
    if not (receivers(old.lower()) or receivers(new.lower())):
        return ""  # (most substitutions: neither word gives; kept per word)
    found = converse_read(query, cached)
    if found is None or {stem_en(old), stem_en(new)} != {stem_en(w) for w in found}:
        return ""
    return change


def converse_rest(aligned: Alignment, query: str, cached: str) -> str:
    """The refusal ``converse:insertion:cheap`` of two prompts that :func:`converse_read` reads
    as one exchange told from its two ends, when the minimal-pair check's alignment of their
    units (``cached``'s left) leaves words besides the exchange's two verbs (*can you buy
    tickets at the gate* / *do you sell cheap tickets at the gate*, *can u borrow kayaks at
    the lake* / *do you lend kayaks to children at the lake*): the reading explains the verbs
    only. The check read *buy* / *sell cheap* as one word said in several, or the rest as a
    detail added, and served them; the trees, which refuse *cheap* in *do you sell tickets* /
    *do you sell cheap tickets*, read a pair whose verbs differ as another kind and served
    them too (session 34 review: the generic *you* of session 33 made such pairs common).
    ``deletion:`` names words left on the cached side only, ``substitution:`` words on both;
    empty when the reading does not apply or nothing else is left."""
    if not (aligned.left and aligned.right):
        return ""  # (one side only adds words: no verb on each side to exchange)
    if not (_AUX_YOU.search(query) or _AUX_YOU.search(cached)):
        return ""  # (most pairs: no *you* after an auxiliary; no WordNet line read)
    found = converse_read(query, cached)
    if found is None:
        return ""
    verbs = {stem_en(w) for w in found}
    left = [u.text for u in aligned.rest_left if stem_en(u.text.lower()) not in verbs]
    right = [u.text for u in aligned.rest_right if stem_en(u.text.lower()) not in verbs]
    if left and right:
        return f"converse:substitution:{'+'.join(left)}->{'+'.join(right)}"
    if not (left or right):
        return ""
    return f"converse:{'insertion' if right else 'deletion'}:{'+'.join(right or left)}"


def as_received_en(query: str, cached: str, a: Analysis, b: Analysis) -> tuple[Analysis, Analysis]:
    """The analyses of ``query`` (``a``) and ``cached`` (``b``) with the verb one says of *you*
    read as its converse that the other says of *I* (:func:`converse_read`); the same
    analyses when there is none (or not English)."""
    if a.lang != "en":
        return a, b
    found = converse_read(query, cached)
    if found is None:
        return a, b
    giving, taking = stem_en(found[0]), stem_en(found[1])
    return _read_as(a, giving, taking), _read_as(b, giving, taking)


def _read_as(a: Analysis, giving: str, taking: str) -> Analysis:
    """``a`` with the stem ``giving`` read as ``taking`` (itself when it lacks it)."""
    if giving not in a.words and giving not in a.content:
        return a
    swap = {giving: taking}
    return replace(
        a,
        content=tuple(swap.get(w, w) for w in a.content),
        words=frozenset(swap.get(w, w) for w in a.words),
        predicates=frozenset(swap.get(w, w) for w in a.predicates),
    )
