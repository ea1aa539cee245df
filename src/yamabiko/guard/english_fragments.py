"""A question said as its bare content words (session 34, enpara): *What is the price of a
llama trek?* / *llama trek price?*, *How much is a macramé workshop?* / *macrame workshop
cost?*, *How much is a tarot reading?* / *tarot reading how much*.

The minimal-pair check finds the same content words in such a pair and accepts it; the
boosted trees then refuse it (``learned:0.42``-``0.61``): a fragment opens with no question
word and no auxiliary, and its words stand in another order, which the trees' features read as
a question asked of something else. Yet the fragment says nothing the full question does not:
it is the question less its **frame**, the closed class of words that only make an English
question of a noun phrase (:data:`FRAME`: *what*, *which*, *is*, *are*, the articles), and,
where both ask a price (:func:`.english_price.asks_price`), less the words that say so (*how
much (does)*, *price*, *cost* ...: one detail asked in two frames).

:func:`bare_question` reads two English prompts as one question when, each read without its
frame (and without its price words where both ask a price), the two are the same words in the
same order, or the longer one is *HEAD of MODIFIERS* and the shorter *MODIFIERS HEAD* (*the
price of a llama trek* / *llama trek price*: the English noun compound of an *of* phrase).
Nothing else may differ: a preposition (*from London to Paris* / *Paris London*), a negation,
a tense (*was*, *did*), a number, a pronoun or any content word on one side only leaves the
pair to the trees, and so does a reordering other than the one *of* phrase
(*the price of a London to Paris ticket* / *Paris to London ticket price*). *What* and *which*
are frame words only as a pronoun before the copula (*what is the price*): *which trains*,
*what size* select, and a fragment that drops them asks yes or no. The shorter says no frame
word but an article; or both say frame words, and then the two are the same words in the same
order but for the articles (*What is the human body?* / *What is a human body?*): the frame's
place makes a question or a statement (*Is the pool open?* / *The pool is open.*), and two
frames ask two questions (*Is love lust?* / *What is love? What is lust?*). A fragment
says two content words at least (:data:`MIN_WORDS`): a lone word names a topic.
:func:`fragment_served` serves the trees' refusal of such a pair
(``fragment:<score>``; in the verified band ``verified-band:<cosine>:<score>:fragment``);
any other refusal stands.

Session 34 (lateEN): a *what time* question said as its noun phrase, *What time does the fun
run start?* / *fun run start time?* (``learned:0.56``): a question *what time do(es) X VERB*
is read as the words *X VERB time* (:func:`_as_time_phrase`) when the other prompt ends with
*time* and does not open with *what time*; the rest of the reading is the one above, so the
verb must be the same word (*fun run finish time?* stays the trees').

Session 35 (lateEN): an event named by its activity, taken part in with the light verb *do*:
*Can kids enter the stone skimming race?* / *can kids do the stone skimming* (``learned:0.54``).
:func:`_event_by_activity` reads the longer noun phrase without a word that names a contest in
WordNet (the synset of *contest* or a kind filed right under it: *race*, *competition*,
*championship*, *tournament*, *match*) right after a gerund (an *-ing* word WordNet has as a
noun and as a form of a verb: *skimming*), where the other prompt says that gerund with no such
word after it; and a verb WordNet files in the synset of *participate* (*enter*, *take part*)
before such a gerund as *do*, where the other prompt says *do*. The light verb stands only for
taking part: *watch the race* / *do the skimming* and *enter the boat race* / *do the rowing*
stay the trees'.

Session 36 (enpara): a service's verb said with the pro-verb *do*, *Do you clean the hob as
well?* / *do u do the hob too* (``learned:0.48``). :func:`_service_by_do` reads the verb
after *you* as *do* where the other prompt says *you do* and the verb's first WordNet sense
(tagged or not) acts on a thing (:data:`_WORK_FILES`: *clean*, *paint*, *repair*,
*repaint*; not *sell*, *book*, *watch*, *service*); the additive particle at the end, *as
well* / *also*, as *too*; and, the two read so, each noun as its WordNet lemma
(*conservatory roofs* / *the conservatory roof*). The rest of the reading is the one above:
another object, place or time stays the trees'. And a fragment that ends with *how much*
(*tarot reading how much*) asks the price of what it names, as *how much is* does
(:func:`_asks_price`).

Session 36 (review): a stage or a narrower kind of a contest (*final*, *heat*, *relay*,
*marathon*: a kind of a kind) or an event that is no contest (*trip*, *party*, *accident*, all
``noun.event`` nouns the first reading dropped) says which part or what else, and stays in:
*enter the swimming final* / *do the swimming* and *do the shopping trip* / *do the shopping*
are the trees' again. And the pro-verb *do* stands for no verb that takes the thing away,
unmakes it, ends it or puts another in its place (a first sense that is or is a kind of
:data:`_TAKING_AWAY`'s: *remove*, *dismantle*, *demolish*, *replace*, *break*): *Do you remove
the wallpaper as well?* / *do u do the wallpaper too* is the trees' again.

Session 36 (lateEN): an abbreviation WordNet files with its word is that word (*windmill
opening hrs?*, :mod:`.english_abbreviations`); *there* after the opening copula is a frame
word and *for* reorders as *of* does (*Is there a prize for the sack race?* / *sack race
prize?*); a contest's noun after a gerund (any *-ing* form of a WordNet verb: *carrying*) is
dropped with or without a *do* across; *do* for a verb of taking part still needs one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..casual_en import PRONOUN_TEXTING, written_out
from ..models import Verdict
from . import wordnet
from .boosted import refusal_served
from .english_price import PRICE_WORDS, asks_price
from .english_pro_verb import do_names_another_act, noun_lemma
from .english_start_times import times_read
from .wordnet_kinds import verb_hypernym_levels
from .wordnet_lines import data_line, line_pointers
from .wordnet_read import lexnames

#: the words that only make a question of a noun phrase: a question word that names no
#: detail of its own (*what*, *which*), the present copula (no tense, no person other than
#: the one the noun phrase gives), the articles
FRAME = frozenset({"what", "what's", "which", "is", "are", "the", "a", "an"})
#: the question words that are frame words only as a pronoun before the copula
_SELECTING = frozenset({"what", "which"})
#: the copula of the frame
_COPULA = frozenset({"is", "are"})
#: the articles, which either prompt may say or not
_ARTICLES = frozenset({"the", "a", "an"})
#: the auxiliary of *how much does X cost*, part of the price frame
_DO = frozenset({"do", "does"})
#: the preposition of the one reordering read: *HEAD of MODIFIERS* / *MODIFIERS HEAD*
_OF = "of"
#: the prepositions of that reordering: *of*, and *for* (*a prize for the race* / *race prize*:
#: English compounds a noun with what it is for as with what it is of)
_HEAD_OF = frozenset({_OF, "for"})
#: the existential subject, a frame word right after the copula that opens a question (*is
#: there a cafe at the mill* / *cafe at the mill*)
_THERE = "there"
#: the words of a text: what stands between blanks and the marks that end or bracket a word
#: (*c++* and *c#* kept whole, a word of any script kept as it is written)
_TOKEN = re.compile(r"[^\s.,?!;:\"()\[\]\u201c\u201d]+")
#: a fragment says at least this many content words (*llama trek price?*; a lone word is a
#: topic, not a question: *hh?* / *What is hh?*)
MIN_WORDS = 2
#: *how much*, a price asked without a price word
_HOW_MUCH = ("how", "much")
#: *what time*, a time asked of an event's verb (*what time does the fun run start*)
_WHAT_TIME = ("what", "time")
#: the light verb that stands for taking part in an event named by its activity
_LIGHT_DO = "do"
#: the verb whose synsets are the ones of taking part (*enter* a race shares one)
_PARTICIPATE = "participate"
#: the noun whose ``noun.event`` synset, and the kinds filed right under it, name a contest
_CONTEST = "contest"
#: the pointers from a synset to its hypernyms (a kind to what it is a kind of)
_HYPERNYM = frozenset({"@", "@i"})
#: the ending of a gerund
_ING = "ing"
#: how many words after a verb of taking part its gerund may stand (*the stone skimming*)
_OBJECT_REACH = 4
#: the addressee, the doer of a service asked (*do you clean* / *do u do*)
_YOU = "you"
#: WordNet's lexicographer files of the verbs that act on a thing (*clean*, *paint*, *fix*):
#: the work a pro-verb *do* stands for when its object is the same
_WORK_FILES = frozenset({"verb.contact", "verb.change", "verb.creation"})
#: the verbs whose first senses head the acts that take a thing away, unmake it, end it or
#: put another in its place: no work the pro-verb *do* stands for (*do the windows* cleans
#: them, *replace the windows* does not)
_TAKING_AWAY = ("remove", "unmake", "terminate", "replace")
#: the additive particles said at a question's end, read as *too*
_ALSO = (("as", "well"), ("also",))
_TOO = "too"


def _words(text: str) -> list[str]:
    """The lower-case words of ``text``, accents dropped (*macramé*; ASCII has none) and the
    casual spellings of closed classes read as the words they spell (*whats*, *u*)."""
    plain = unicodedata.normalize("NFKD", written_out(text).lower().replace("\u2019", "'"))
    plain = plain if plain.isascii() else "".join(c for c in plain if not unicodedata.combining(c))
    return [PRONOUN_TEXTING.get(w, w) for w in _TOKEN.findall(plain)]


def _without_price(words: list[str]) -> list[str]:
    """``words`` without its price words, the *of* after one (*the price of a llama trek*)
    and its *how much* with the *do* / *does* after it (*how much does a neon sign cost*)."""
    out: list[str] = []
    dropped = ""  # the word dropped last, if the word before this one
    for word in words:
        if word == _HOW_MUCH[1] and out and out[-1] == _HOW_MUCH[0]:
            out.pop()
            dropped = word
        elif word in PRICE_WORDS or (word in _DO and dropped == _HOW_MUCH[1]):
            dropped = word
        elif word == _OF and dropped in PRICE_WORDS:
            dropped = ""
        else:
            out.append(word)
            dropped = ""
    return out


def bare_question(cached: str, query: str) -> bool:
    """``cached`` and ``query`` (English) are one question, one of them said as the other's
    words less its frame (:data:`FRAME`), less both price frames where both ask a price, and
    perhaps with its one *of* phrase put before its head (see the module docstring)."""
    left, right = _words(cached), _words(query)
    if left == right:
        return False  # (the same words: nothing of this reading's to explain)
    if _asks_price(cached, left) and _asks_price(query, right):
        left, right = _without_price(left), _without_price(right)
    left, right = _service_by_do(left, right)
    left, right = _as_time_phrase(left, right), _as_time_phrase(right, left)
    left, right = _event_by_activity(left, right), _event_by_activity(right, left)
    left, right = times_read(left, right)  # hrs / hours, then opening hours / hours
    short, long = sorted((_content(left), _content(right)), key=len)
    if len(short) < MIN_WORDS:
        return False
    if _framed(left) and _framed(right):  # the frame in its place: *The pool is open.* /
        return _spoken(left) == _spoken(right)  # *Is the pool open?*, *Is love lust?*
    if not _HEAD_OF.isdisjoint(short):
        return short == long
    if short == long:
        return True
    between = [at for at, word in enumerate(long) if word in _HEAD_OF]
    if len(between) != 1:
        return False
    at = between[0]
    head, modifiers = long[:at], long[at + 1 :]
    return bool(head and modifiers) and short == modifiers + head


def _as_time_phrase(words: list[str], other: list[str]) -> list[str]:
    """``words`` (*what time does the fun run start*) said as its noun phrase, *the fun run
    start time*, when ``other`` ends with *time* and asks no *what time* of its own;
    ``words`` as they are otherwise (a past *did*, a copula: no event's verb to read)."""
    asked = len(words) >= 4 and tuple(words[:2]) == _WHAT_TIME and words[2] in _DO
    if not asked or not other or other[-1] != _WHAT_TIME[1] or tuple(other[:2]) == _WHAT_TIME:
        return words
    return [*words[3:], _WHAT_TIME[1]]


def _gerund(word: str) -> bool:
    """``word`` is an *-ing* word WordNet has as a form of a verb (*skimming*, *carrying*:
    session 36, no noun needed; a noun alone, *ceiling*, is none)."""
    return word.endswith(_ING) and any(v != word for v in wordnet.lemmas_of(word, 1))


def _names_contest(word: str) -> bool:
    """``word`` is a WordNet noun with a sense that is the synset of *contest* or a kind filed
    right under it (*race*, *championship*, *tournament*, *match*); not a kind of a kind
    (*heat*, *final*, *relay*, *marathon*: a stage or a narrower contest) nor another event
    (*trip*, *party*, *accident*)."""
    contests = _contest_synsets()
    tables = wordnet.load()
    if not contests or tables is None:
        return False
    for lemma in wordnet.lemmas_of(word, 0):
        for offset in tables.noun_senses.get(lemma, ()):
            pointers = line_pointers(data_line(tables.noun_data, offset))
            above = {int(p[1]) for p in pointers if p[0] in _HYPERNYM and p[2] == "n"}
            if offset in contests or not above.isdisjoint(contests):
                return True
    return False


@lru_cache(maxsize=1)
def _contest_synsets() -> frozenset[int]:
    """The offsets of the ``noun.event`` senses of *contest* (its contest, competition);
    empty without the data."""
    tables, names = wordnet.load(), lexnames()
    if tables is None or not tables.noun_senses:
        return frozenset()
    return frozenset(
        offset
        for offset in tables.noun_senses.get(_CONTEST, ())
        if names.get(int(data_line(tables.noun_data, offset)[1])) == "noun.event"
    )


def _takes_part(word: str) -> bool:
    """``word`` is a form of a verb WordNet files in a synset of *participate* (*enter*)."""
    tables = wordnet.load()
    if tables is None:
        return False
    joined = set(tables.verb_senses.get(_PARTICIPATE, ()))
    return any(joined & set(tables.verb_senses.get(v, ())) for v in wordnet.lemmas_of(word, 1))


def _event_by_activity(words: list[str], other: list[str]) -> list[str]:
    """``words`` with a contest's noun dropped after a gerund the ``other`` prompt says bare
    (*the stone skimming race* / *the stone skimming*), and a verb of taking part before a
    gerund said as *do* where ``other`` says *do* (see the module docstring); ``words`` as
    they are otherwise."""
    if not any(w.endswith(_ING) for w in words):
        return words  # (the cheap test: no *-ing* word here)
    out = list(words)
    for at in range(len(out) - 2, -1, -1):
        gerund, event = out[at], out[at + 1]
        if gerund in other and event not in other and _gerund(gerund) and _names_contest(event):
            del out[at + 1]
    if _LIGHT_DO not in other:
        return out
    for at, word in enumerate(out):
        ahead = out[at + 1 : at + 1 + _OBJECT_REACH]
        if word != _LIGHT_DO and any(_gerund(w) for w in ahead) and _takes_part(word):
            out[at] = _LIGHT_DO
    return out


def _asks_price(text: str, words: list[str]) -> bool:
    """``text`` (its ``words``) asks a price (:func:`.english_price.asks_price`), or is a
    fragment that ends with *how much* (*tarot reading how much*)."""
    return tuple(words[-2:]) == _HOW_MUCH or asks_price(text)


def _works_on_thing(word: str) -> bool:
    """``word`` is a verb whose first WordNet sense (in WordNet's order: the most frequent
    tagged, else the first untagged: *repaint*) acts on a thing (:data:`_WORK_FILES`) and
    leaves it there: not a sense that is, or is a kind of, one of :data:`_TAKING_AWAY`
    (*remove*, *dismantle*, *demolish*, *replace*, *break*: *do the wallpaper* hangs it)."""
    tables, lemmas = wordnet.load(), wordnet.lemmas_of(word, 1)
    senses = tables.verb_senses.get(lemmas[0], ()) if tables is not None and lemmas else ()
    if not senses:
        return False
    if lexnames().get(int(data_line(tables.verb_data, senses[0])[1])) not in _WORK_FILES:
        return False
    roots = _taking_away()  # (up the hypernyms: a few synsets a level)
    return all(roots.isdisjoint(level) for level in verb_hypernym_levels(senses[:1], _HYPERNYM))


@lru_cache(maxsize=1)
def _taking_away() -> frozenset[int]:
    """The offsets of the first verb senses of :data:`_TAKING_AWAY`; empty without the
    data."""
    tables = wordnet.load()
    if tables is None:
        return frozenset()
    return frozenset(
        tables.verb_senses[verb][0] for verb in _TAKING_AWAY if tables.verb_senses.get(verb)
    )


def _pro_verb_at(words: list[str]) -> int:
    """Where ``words`` say *you do* with a word after it (*do u do the hob*), the place of
    that *do*; -1 otherwise (*what do you do?*, no *you do*)."""
    for at in range(1, len(words) - 1):
        if words[at] == _LIGHT_DO and words[at - 1] == _YOU:
            return at
    return -1


def _too_at_end(words: list[str]) -> list[str]:
    """``words`` with an additive particle at the end (*as well*, *also*) said as *too*."""
    for particle in _ALSO:
        if tuple(words[-len(particle) :]) == particle:
            return [*words[: -len(particle)], _TOO]
    return words


def _service_by_do(left: list[str], right: list[str]) -> tuple[list[str], list[str]]:
    """``left`` and ``right`` with a service's verb read as the pro-verb *do* the other says
    (*do you clean the hob as well* / *do you do the hob too*: see the module docstring), the
    particle at the end as *too* and each noun as its lemma; both as they are otherwise."""
    if _LIGHT_DO not in left and _LIGHT_DO not in right:
        return left, right  # (the cheap test: a *do* said)
    for said, other in ((left, right), (right, left)):
        at = _pro_verb_at(other)
        if at < 0 or _pro_verb_at(said) >= 0:
            continue
        verb = next((i for i in range(1, len(said) - 1) if said[i - 1] == _YOU), -1)
        objects = tuple(other[at + 1 :])  # (do hair names an act: dye is another, session 38)
        if verb < 0 or not _works_on_thing(said[verb]) or do_names_another_act(said[verb], objects):
            continue
        read = [*said[:verb], _LIGHT_DO, *said[verb + 1 :]]
        both = [[noun_lemma(w) for w in _too_at_end(ws)] for ws in (read, other)]
        return (both[0], both[1]) if said is left else (both[1], both[0])
    return left, right


def _in_frame(words: list[str], at: int) -> bool:
    """``words[at]`` is a frame word: *what* and *which* only as a pronoun, before the
    copula (*what is the price*; *which trains*, *what size* select: content)."""
    word = words[at]
    if word in _SELECTING:
        return at + 1 < len(words) and words[at + 1] in _COPULA
    if word == _THERE:
        return at == 1 and words[0] in _COPULA
    return word in FRAME


def _content(words: list[str]) -> list[str]:
    """``words`` without its frame words, in their order."""
    return [w for at, w in enumerate(words) if not _in_frame(words, at)]


def _framed(words: list[str]) -> bool:
    """``words`` say a frame word other than an article."""
    return any(_in_frame(words, at) and w not in _ARTICLES for at, w in enumerate(words))


def _spoken(words: list[str]) -> list[str]:
    """``words`` without its articles, in their order."""
    return [w for w in words if w not in _ARTICLES]


def fragment_served(found: Verdict, cached: str, query: str, similarity: float) -> Verdict:
    """The boosted trees' refusal ``found`` of two English prompts the minimal-pair check
    accepted, served when the two are one question said bare (:func:`bare_question`:
    ``fragment:<score>``, in the verified band ``verified-band:<cosine>:<score>:fragment``);
    any other verdict as it was."""
    served = refusal_served(found, similarity, "fragment")
    return served if served is not None and bare_question(cached, query) else found
