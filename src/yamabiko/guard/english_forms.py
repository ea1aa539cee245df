"""English written forms the minimal-pair check reads as the same words, beyond one word
against one (``spelling.en_slip``):

- **a filler or relation word mistyped** (shoud / should, aginst / against, beofre / before):
  a token that neither the word-vector table nor lemminflect's lexicon knows, of four
  letters or more, within one edit (same first letter) of exactly one filler or relation
  word of four letters or more, and that word the one reading in the word table: at least
  :data:`SLIP_MARGIN` times more frequent (by rank) than any other word within one edit of
  the token, beginning with it, or that it may abbreviate (:func:`filler_slip`: thre may be
  the, there or three; intl into or international; onli only or online cut short).
  Unread, it would stand as an added content word, which the check and the trees take for
  added detail; read as the word it misspells, it is dropped with the filler, or kept as
  that relation word (beofre / after stays a change);
- **a compound written as one word or as two** (motorboat / motor boat, door bell /
  doorbell): two adjacent content units of one side whose words, joined, spell a unit of the
  other side (:func:`joined_words`), when, if the word table has the joined word, its
  vector and the sum of the two words' vectors agree (cosine at least
  :data:`COMPOUND_AGREEMENT`: doorbell 0.88, toothbrush 0.86, greenhouse 0.72; highway
  0.32, password 0.47). When the first word is an adjective that grades by inflection
  (dark, green: motor, door do not) the table must have the joined word to measure: a dark
  room is a room that is dark, and the table, which has no "darkroom", cannot say that the
  two are written for one thing; green house / greenhouse (session 22) it can. Two words
  whose letters spell the other side's word but are no compound are another thing
  (:func:`spelled_apart`): the check does not take them for a rewording;
- **an irregular participle after be, get or have** (will the ice be swept / sweep the ice,
  is the stove lit / light the stove, has led / lead): the verb WordNet's exception list
  gives the form (:func:`participle_base`, session 25). The light stemmer turns cleaned
  into clean but knows no irregular form beyond a short list, so the passive of every
  other irregular verb stood as another word. Only after an auxiliary, where the word is
  the verb: a bit, a flu shot, the LED, a bore are nouns that the list also has. After the
  subject of a perfect question too (has the guide led the walk), unless the subject's last
  word is itself a past form (:func:`past_form`: has the car turned left, left the
  direction).

- **a word written together with the filler word before it** (as well / aswell, in fact /
  infact; session 36, :func:`run_together`): a word left on each side, the
  longer one the other's word with a stop or filler word before it, that word skipped right
  before the other in its own prompt, and the longer one no word of lemminflect's lexicon or
  WordNet (the web-text word table has *aswell*: it cannot tell). A word of its own (*incase*,
  WordNet's *encase*; *anytime*, *awash*) is another word, and a skipped word after the
  filler (*a lot* / *alot*) leaves no word to glue to.

- **a word clipped to its first letters** (min / minimum, temp / temperature, prof /
  professor; session 26, :func:`clipped`): one word left on each side, the shorter one, of
  :data:`CLIP_SHORTEST` to :data:`CLIP_LONGEST` letters, begins the other, which goes on
  for :data:`CLIP_REST` letters or more that are no word of the word table or WordNet (bed /
  bedroom, week / weekend, photo / photograph are compounds; mini / minimum ends in "mum"),
  and the word table's vectors of the two agree (:data:`CLIP_AGREEMENT`: min / minimum
  0.70; gym / gymnastics 0.56, pass / passport 0.25 do not). Abbreviations that keep the
  last letter (appt / appointment) are ``spelling``'s, for words no lexicon knows; a clipped
  word may be a word of its own (min is, and WordNet's lemma of minute), so here the
  vectors decide.

General resources only (the word table, lemminflect's lexicon, WordNet's exception list and
lemmas, the filler and relation word lists the units already use): no list of known slips,
compounds, clippings or irregular verbs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from . import lexicon as lx
from . import wordclass, wordnet, wordvec
from .english_glued_pairs import glued_pairs
from .english_lookup import abbreviated_words, begun_words, edits, one_edit_words
from .spelling import drop_matched

if TYPE_CHECKING:
    from .units import Unit

#: shortest token (and filler word) a filler slip is looked for in: shorter words are too
#: close to too many others (u / you, ur / our)
SHORTEST = 4
_LETTERS = re.compile(r"[a-z]+")
#: the forms of be, get and have after which a verb's past participle stands (is swept, got
#: paid, has led): a passive or a perfect
AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "'m", "get", "gets", "got",
     "gotten", "getting", "has", "have", "had", "having"}
)  # fmt: skip


@functools.lru_cache(maxsize=1 << 12)
def participle_base(low: str) -> str | None:
    """The verb whose irregular past form ``low`` (lower case) is, by WordNet's verb exception
    list (swept: sweep, lit: light, led: lead, taught: teach), when that verb is a WordNet
    verb and another word than ``low``; else None (cleaned: the stemmer reads it; no data:
    None). The caller asks it only of a word after a form of be, get or have
    (:data:`AUXILIARIES`), where the word is that verb's participle."""
    tables = wordnet.load()
    if tables is None:
        return None
    verbs = tables.known[1]
    return next((b for b in tables.exceptions[1].get(low, ()) if b != low and b in verbs), None)


@functools.lru_cache(maxsize=1 << 12)
def past_form(low: str) -> bool:
    """``low`` (lower case) is a verb's past form and no noun: an irregular one
    (:func:`participle_base`: gone, led) or a word ending -ed that WordNet's verb morphy reads
    as another verb (turned: turn, stopped: stop), and WordNet has no noun ``low`` (the drill
    bit, the seed, the wounded: a subject's word). The perfect question's subject ends before
    such a word (:func:`.units._perfect_subject`: has the car turned left)."""
    if wordnet.lemmas_of(low, 0):
        return False
    if participle_base(low) is not None:
        return True
    return low.endswith("ed") and any(b != low for b in wordnet.lemmas_of(low, 1))


@functools.lru_cache(maxsize=1 << 12)
def _by_first_letter(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= SHORTEST and _LETTERS.fullmatch(word):
            grouped.setdefault(word[0], []).append(word)
    return {letter: tuple(sorted(found)) for letter, found in grouped.items()}


@functools.lru_cache(maxsize=16)
def _deletions(words: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each word of ``words`` that :func:`_by_first_letter` keeps, under itself and each
    string one deletion makes of it (session 22)."""
    index: dict[str, set[str]] = {}
    for found in _by_first_letter(words).values():
        for word in found:
            for key in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
                index.setdefault(key, set()).add(word)
    return {key: frozenset(found) for key, found in index.items()}


def _within_one_edit(low: str, words: frozenset[str]) -> frozenset[str] | set[str]:
    """The words of ``words`` (:func:`_by_first_letter`'s) that may be one edit from
    ``low`` (optimal string alignment: an insertion, deletion, replacement or swap of
    neighbours) and are at most one letter longer or shorter: those sharing a string one
    deletion or none makes of either (a superset of the words one edit away: each edit
    leaves such a string on both sides), without computing a distance."""
    index = _deletions(words)
    keys = {low, *(low[:i] + low[i + 1 :] for i in range(len(low)))}
    near: set[str] = set()
    for key in keys:
        near.update(index.get(key, ()))
    return {w for w in near if abs(len(w) - len(low)) <= 1} if near else near


def filler_slip(low: str, words: frozenset[str]) -> str | None:
    """The one word of ``words`` (filler and relation words) that the lower-case token
    ``low`` misspells, or None: ``low`` unknown to the word table and the lexicon, four
    letters or more, within one edit of that word alone (same first letter), and no other
    reading of it in the word table ranked below :data:`SLIP_MARGIN` times that word's rank
    (:mod:`.english_lookup`: a word within one edit, cut short, or abbreviated)."""
    if len(low) < SHORTEST or low in words or wordvec.vector_index(low) is not None:
        return None  # (most words: the table knows them)
    if not _LETTERS.fullmatch(low) or wordclass.known(low):
        return None  # a word of its own (shout, blow, once)
    near = _within_one_edit(low, words)  # (most unknown words: none, no edit distance)
    candidates = _by_first_letter(words).get(low[0], ()) if near else ()
    found = [w for w in candidates if w in near and edits(low, w, 1) <= 1]
    if len(found) != 1:
        return None
    rank = wordvec.vector_index(found[0])
    rivals = one_edit_words(low) | begun_words(low) | {w for _, w in abbreviated_words(low)}
    ranks = [wordvec.vector_index(w) for w in rivals - {found[0]}]
    if rank is None or any(r is not None and r < SLIP_MARGIN * rank for r in ranks):
        return None  # thre: the, there or three; intl: into or international; onli: online
    return found[0]


#: how many times rarer (by rank in the word table) every other reading of a filler slip must
#: be (shoud: should 104, shout 6,461; intl: into 80, international 419)
SLIP_MARGIN = 10


def joined_words(left: Sequence[Unit], right: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` less each English content unit of one side spelt by two
    adjacent content units of the other joined (motorboat / motor + boat), and those two."""
    left, right = list(left), list(right)
    if len(left) + len(right) < 3 or not (_may_join(left, right) or _may_join(right, left)):
        return left, right  # (most pairs: no word of one side is two of the other's joined)
    return drop_matched(left, right, _spelling_pair)


def _may_join(one: Sequence[Unit], many: Sequence[Unit]) -> bool:
    """Some English content unit of ``one`` is spelt by two content units of ``many`` at
    adjacent positions joined: what :func:`_spelling_pair` looks for (a superset: it also
    asks that they be next to each other in ``many``, and may be a compound), one set made
    for all of ``one`` instead of a walk over ``many`` for each of its units."""
    at: dict[int, list[str]] = {}
    for u in many:
        if u.kind == "content" and u.position >= 0 and len(u.text) > 1:
            at.setdefault(u.position, []).append(u.text.lower())
    if len(at) < 2:
        return False
    joined = {x + y for p, xs in at.items() for x in xs for y in at.get(p + 1, ())}
    return bool(joined) and not joined.isdisjoint(
        [u.text.lower().replace("-", "") for u in one if u.kind == "content" and u.text.isascii()]
    )  # (a list, not a generator: no Python step a unit)


#: cosine of a joined word's vector and the sum of its two parts' vectors from which the
#: table reads them as one thing (measured on 30 compounds, docs/quality.md Session 17)
COMPOUND_AGREEMENT = 0.6


def _compound(whole: str, first: str, second: str) -> bool:
    """``first`` + ``second`` may be written as the compound ``whole``: the word table's
    vectors of ``whole`` and of the two agree (or it lacks one of them); when ``first`` is
    an adjective that grades (darker, greener: a quality, not a kind) the table must have
    ``whole`` (greenhouse 0.72: a compound common enough to be written apart; darkroom is
    not in it, and a dark room is a room that is dark)."""
    graded = first in wordclass.lexicon().graded
    rows = [wordvec.vector_index(w) for w in (whole, first, second)]
    if rows[0] is None and graded:
        return False  # a dark room: a description (the table has no "darkroom" to measure)
    if any(row is None for row in rows):
        return True  # nothing to measure (motorboat: the letters say it)
    vectors = wordvec._table()[1]  # type: ignore[index]
    parts = vectors[rows[1]] + vectors[rows[2]]
    agree = float(vectors[rows[0]] @ parts) / max(float(np.linalg.norm(parts)), 1e-9)
    return agree >= COMPOUND_AGREEMENT


def spelled_apart(left: Sequence[Unit], right: Sequence[Unit]) -> bool:
    """A unit of one side is spelt by two adjacent units of the other that are no compound
    (:func:`_compound`: a dark room / a darkroom): the same letters, another thing."""
    if not (_may_join(left, right) or _may_join(right, left)):
        return False
    return any(
        _spelling_pair(unit, many, compound=False)
        for one, many in ((left, right), (right, left))
        for unit in one
    )


def _spelling_pair(
    unit: Unit, others: Iterable[Unit], compound: bool = True
) -> tuple[Unit, Unit] | None:
    """Two adjacent content units of ``others`` whose lower-case words, joined, are
    ``unit``'s word and (``compound``) may be written as it, or (not ``compound``) may not;
    else None."""
    if unit.kind != "content" or not unit.text.isascii():
        return None
    whole = unit.text.lower().replace("-", "")
    previous = None
    for later in others:
        if (
            previous is not None
            and later.kind == previous.kind == "content"
            and later.position == previous.position + 1 >= 1
            and len(previous.text) > 1
            and len(later.text) > 1
            and previous.text.lower() + later.text.lower() == whole
            and _compound(whole, previous.text.lower(), later.text.lower()) == compound
        ):
            return previous, later
        previous = later
    return None


#: the shortest and the longest clipped word (:func:`clipped`): shorter ones begin too many
#: words (ad, pro), longer ones are mostly whole words that others extend
CLIP_SHORTEST, CLIP_LONGEST = 3, 6
#: letters a clipped word must leave off at least (gift / gifted, work / worker: endings)
CLIP_REST = 3
#: word-vector cosine from which a word and the longer word it begins are one word clipped
#: (min / minimum 0.70, intro / introduction 0.65, temp / temperature 0.82; gym / gymnastics
#: 0.56 and approx / approximately 0.57 not; sun / sunday 0.58 and bed / bedroom 0.70 end in
#: a word; pass / passport 0.25, car / carpet 0.22)
CLIP_AGREEMENT = 0.6


def clipped(a: Unit, b: Unit) -> bool:
    """``a`` and ``b`` (English content units, lower-case letters) are one word, one of them
    clipped to its first letters (min / minimum): see the module docstring. The letters left
    off must not be a word the table or WordNet knows (bed + room, week + end, sun + day,
    photo + graph: compounds, not clippings), and the two words' vectors must agree."""
    x, y = a.text.lower(), b.text.lower()
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if not (CLIP_SHORTEST <= len(short) <= CLIP_LONGEST and len(long) - len(short) >= CLIP_REST):
        return False
    if not long.startswith(short) or not _LETTERS.fullmatch(long):
        return False
    if (
        a.kind != "content"
        or b.kind != "content"
        or any(u.text[1:] != u.text[1:].lower() for u in (a, b))
    ):
        return False  # (an acronym or a model name: not a clipped word)
    rest = long[len(short) :]
    if wordvec.vector_index(rest) is not None or wordnet.lemmas(rest):
        return False  # bed + room, week + end: a compound of two words
    if a.vector is None or b.vector is None:
        return False  # nothing tells a clipping from another word that begins alike
    return wordvec.similarity(a.vector, b.vector) >= CLIP_AGREEMENT


def clipped_dropped(left: list[Unit], right: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """``left`` and ``right`` (the English units each prompt has left, two each side) with a
    word and its clipping (:func:`clipped`) taken out of both (session 29: *cocktail class
    min age?* / *the minimum age for the cocktail masterclass*: min / minimum beside another
    change, so the other change is read alone); the lists themselves when no pair is one."""
    for a in left:
        for b in right:
            if a.text[:1].lower() == b.text[:1].lower() and clipped(a, b):
                return [u for u in left if u is not a], [u for u in right if u is not b]
    return left, right


#: the words a run-together spelling may begin with (:func:`run_together`): what the units
#: skip, but a word that picks out whose, which or how many (session 37: *my phone* /
#: *yourphone*, the skipped word before *phone* unread, was served): a demonstrative or a
#: possessive, a person, a scope word, *for* / *with*, a question word or a number
_GLUED_HEADS = ((lx.EN_STOPWORDS - lx.EN_RELATIONS) | lx.EN_FILLER) - (
    (lx.EN_DETERMINERS - lx.EN_ARTICLES) | lx.EN_PERSONS | lx.EN_SCOPE_ALL | lx.EN_SCOPE_ONLY
    | lx.EN_LIMITING | set(lx.EN_QUESTION_WORDS) | set(lx.EN_NUMBER_WORDS)
)  # fmt: skip
#: a word that begins with one of those heads of two letters or more, and two letters after
_HEADED = re.compile(
    "({})([a-z]{{2,}})".format("|".join(sorted((h for h in _GLUED_HEADS if len(h) > 1), key=len)))
)
_LONG_HEADS = frozenset(h for h in _GLUED_HEADS if len(h) > 1)
#: an English prompt's words (lower case letters)
_WORD_TOKENS = re.compile(r"[a-z]+")


def run_together_dropped(
    left: list[Unit], right: list[Unit], first: Sequence[Unit], second: Sequence[Unit]
) -> tuple[list[Unit], list[Unit], str] | None:
    """``left`` and ``right`` (the units each prompt has left; of ``first`` and ``second``)
    less one word and its run-together spelling (:func:`run_together`), and the two named
    (*well->aswell*); None when no pair is one (the cheap test: one word ends the other)."""
    words = [a.text.lower() for a in left], [b.text.lower() for b in right]
    for i, j in glued_pairs(*words, _LONG_HEADS):  # (by lookups: not every pair, session 39)
        a, b = left[i], right[j]
        if run_together(a, b, first, second):
            rest = [u for u in left if u is not a], [u for u in right if u is not b]
            return rest[0], rest[1], f"{a.text}->{b.text}"
    return None


def run_together(a: Unit, b: Unit, first: Sequence[Unit], second: Sequence[Unit]) -> bool:
    """``a`` (a unit of ``first``) and ``b`` (of ``second``) are one word, one of them written
    together with the filler word said before the other (*as well* / *aswell*): the longer
    word is a stop or filler word of two letters or more (:data:`_GLUED_HEADS`; *i* + *watch* is a
    product's prefix, not a glued *I*) and then the shorter one, it is no
    form lemminflect's lexicon or WordNet knows, and the shorter stands right after a token
    its own prompt skipped (a unit's position counts the skipped tokens too)."""
    for word, glued, own in ((a, b, first), (b, a, second)):
        if not _glued(glued.text.lower(), word.text.lower()):
            continue
        if word.position > 0 and all(u.position != word.position - 1 for u in own):
            return True
    return False


def _glued(y: str, x: str) -> bool:
    """``y`` is ``x`` written together with a stop or filler word of two letters or more
    before it (:data:`_GLUED_HEADS`), and no word lemminflect's lexicon or WordNet knows."""
    head = y[: -len(x)]
    if len(y) <= len(x) or not y.endswith(x) or len(head) < 2 or head not in _GLUED_HEADS:
        return False  # (one letter before a word is a prefix of its own: iwatch, ewallet)
    # (incase: WordNet's encase, a word of its own)
    return bool(_LETTERS.fullmatch(y)) and not wordclass.known(y) and not wordnet.lemmas(y)


def run_together_read(mine: str, theirs: str) -> tuple[str, str] | None:
    """``mine`` (an English prompt) with a word it writes together with the filler before it
    (:func:`_glued`) spelled apart, where ``theirs`` says the two words apart, and the two
    named (*well->aswell*); None when it has none (session 37: *do you assemble garden
    furniture aswell?* / *Do you deliver garden furniture as well?*, read with *as well*: the
    boosted trees read character n-grams, and the glued word let them serve a substitution
    they refuse between the same prompts spelled alike). The words are read in the order
    ``mine`` says them and split where the lower-cased text has them (session 37 review: a
    word the original text runs on into a digit, ``_`` or another script, *aswell2*, raised
    an AssertionError, and a set's order chose between two glued words)."""
    low = mine.lower()
    if len(low) != len(mine):
        return None  # (a letter that lower-cases to two: no offsets to split the text at)
    said = _WORD_TOKENS.findall(theirs.lower())
    words, spoken = set(said), f" {' '.join(said)} "
    for token in _WORD_TOKENS.finditer(low):
        y = token.group()
        glued = None if y in words else _HEADED.fullmatch(y)
        if glued is None:
            continue
        head, x = glued.groups()
        if x in words and f" {head} {x} " in spoken and _glued(y, x):
            k = token.start() + len(head)
            return f"{mine[:k]} {mine[k:]}", f"{x}->{y}"
    return None
