"""One thing named two ways after the same noun (session 29): a closed compound and its own
head (*the cocktail masterclass* / *the cocktail class*), and a word WordNet defines as a kind
of the other (*a gift voucher* / *a gift certificate*: a voucher is "a negotiable certificate
that can be detached and redeemed").

The minimal-pair check left the two words as a substitution (their word vectors are apart, and
WordNet puts them in no synset together). WordNet decides, no list of the words:

- **a closed compound and its head**: one word ends in the other (at least
  :data:`PART` letters each side of the cut: master|class, wrist|watch) and one of the
  compound's noun senses (the closed lemma, or the two parts as WordNet's collocation:
  *masterclass* is ``master_class``) lies under one of the head's first :data:`SENSES` noun
  senses within :data:`DEPTH` hypernym links (master class -> class). The letters alone do
  not decide: a boathouse is a shed, a grandmother a grandparent (not a kind of house or
  mother);
- **a word defined as a kind of the other**: the genus of one of the word's first
  :data:`SENSES` noun glosses (the last word before the first stop word, bracket or comma:
  "a negotiable **certificate** that ...") is the other word.

The kind's sense must lie outside the files of :data:`ASKED_APART`: a made thing, a food, a
person or an animal is asked about by its kind (a bathroom is a room, a wristwatch a watch, a
cupcake a cake: *is the hotel bathroom cleaned daily?* asks less than *the hotel room*), as
:mod:`.wordnet_kinds` reads them; a class, a course or a document (a group, an act, a
communication) is what the business offers under either name.

Either reading needs the same content word, no WordNet adjective, right before both words in
their own prompts (:func:`.wordnet_places.noun_before`: *cocktail*, *gift*), so the frame names
the thing (*a gift voucher* / *a gift box* are two things; *do you sell teaspoons* / *spoons*
has no frame and is not read), and the prompts' cosine at :data:`HEAD_FLOOR` or closer (the
default threshold: WordNet names the kind and the frame is shared, a stricter reading than
:mod:`.wordnet_usage`'s senses, whose floor is 0.8; *cocktail class min age?* / *What is the
minimum age for the cocktail masterclass?* is 0.796). Only one word left each side asks,
and the shared word before them is looked for first (most such pairs have none).
"""

from __future__ import annotations

import mmap
import re
from functools import lru_cache

from .lexicon import EN_STOPWORDS
from .minpair import Alignment
from .wordnet import EXCLUDED, lemmas_of, load
from .wordnet_kinds import reaches
from .wordnet_lines import line_gloss
from .wordnet_places import noun_before
from .wordnet_read import data_dir, lexnames

#: the files whose kinds are asked apart from the thing (:data:`~.wordnet.EXCLUDED`: foods,
#: persons, animals ...; and made things, as :mod:`.wordnet_kinds` reads them: a bathroom
#: is a room, a sailboat a boat, a cupcake a cake, each sold or booked apart)
ASKED_APART = EXCLUDED | {"noun.artifact"}
#: least cosine of the prompts for the reading (the default threshold)
HEAD_FLOOR = 0.75
#: fewest letters each side of a closed compound's cut (master|class; not *s|hop*)
PART = 3
#: the noun senses of each word read (WordNet's order, tagged or not)
SENSES = 3
#: most hypernym links from the compound's sense up to the head's (master class -> class: 1)
DEPTH = 2
_WORD = re.compile(r"[a-z]+|[(;,]")


def head_aligned(aligned: Alignment, cached: str, query: str, similarity: float) -> Alignment:
    """``aligned`` (the minimal-pair check's alignment of ``cached`` and ``query``) with its
    one word left each side explained (``kind:masterclass->class``, the cached prompt's first)
    when one word names a kind of the other (:func:`kind_named`) and the same content word
    stands right before both; ``aligned`` itself otherwise."""
    left, right = aligned.rest_left, aligned.rest_right
    if len(left) != 1 or len(right) != 1 or similarity < HEAD_FLOOR:
        return aligned
    old, new = left[0].text.lower(), right[0].text.lower()
    if not (old + new).isascii() or not old.isalpha() or not new.isalpha() or old == new:
        return aligned
    before = noun_before(old, cached.lower())
    if not before or before != noun_before(new, query.lower()):
        return aligned  # (first: most pairs name no shared noun before the two words)
    if not (kind_named(old, new) or kind_named(new, old)):
        return aligned
    return Alignment(aligned.left, aligned.right, [], [], f"kind:{old}->{new}")


@lru_cache(maxsize=4096)
def kind_named(narrow: str, broad: str) -> bool:
    """True when WordNet makes ``narrow`` a kind of ``broad`` (two lower-case words) by one of
    the module's two readings: a closed compound under its own head, or a gloss whose genus
    is ``broad``; False otherwise and without the data."""
    tables = load()
    if tables is None or not tables.noun_senses or not tables.noun_data:
        return False
    head, own = lemmas_of(broad, 0), lemmas_of(narrow, 0)
    if not head or (own and own[0] == head[0]):
        return False  # (no noun, or two forms of one lemma; masterclass is no lemma)
    data, apart = tables.noun_data, _file_numbers(ASKED_APART)
    if _compound_of(narrow, head[0]):
        tops = frozenset(tables.noun_senses.get(head[0], ())[:SENSES])
        senses = _noun_offsets(narrow[: len(narrow) - len(head[0])] + "_" + head[0])
        return any(
            _file(data, offset) not in apart and reaches(offset, tops, DEPTH)
            for offset in senses or _senses(narrow)
        )
    return any(
        _file(data, offset) not in apart and _genus(data, offset) == head[0]
        for offset in _senses(narrow)
    )


def _file(data: bytes, offset: int) -> int:
    """The lexicographer file number of the noun synset at ``offset`` (its second field)."""
    return int(data[offset : data.index(b" ", data.index(b" ", offset) + 1)].split()[1])


@lru_cache(maxsize=1)
def _file_numbers(names: frozenset[str]) -> frozenset[int]:
    """The numbers WordNet's ``lexnames`` file gives the lexicographer files ``names``."""
    return frozenset(number for number, name in lexnames().items() if name in names)


def _compound_of(word: str, head: str) -> bool:
    """``word`` is ``head`` with :data:`PART` letters or more before it (masterclass, class)."""
    return len(head) >= PART and len(word) >= len(head) + PART and word.endswith(head)


def _senses(word: str) -> tuple[int, ...]:
    """The offsets of the first :data:`SENSES` noun senses of ``word``'s first noun lemma."""
    tables, found = load(), lemmas_of(word, 0)
    if tables is None or not found or not tables.noun_senses:
        return ()
    return tables.noun_senses.get(found[0], ())[:SENSES]


def _genus(data: bytes, offset: int) -> str:
    """The genus of the gloss of the noun synset at ``offset``: its last word before the first
    stop word, bracket, comma or semicolon, the article before it skipped ("a negotiable
    certificate that ..." -> certificate); empty when the gloss opens with none."""
    gloss = line_gloss(data, offset).lower()
    words = _WORD.findall(gloss)
    if words[:1] and words[0] in ("a", "an", "the"):
        words = words[1:]
    genus = ""
    for word in words:
        if not word.isalpha() or word in EN_STOPWORDS:
            break
        genus = word
    return genus


@lru_cache(maxsize=1024)
def _noun_offsets(lemma: str) -> tuple[int, ...]:
    """The first :data:`SENSES` synset offsets of the noun collocation ``lemma``
    (``master_class``) by a binary search of WordNet's sorted ``index.noun`` (the loader keeps
    one-word lemmas only; a collocation is looked up here, rarely); () when there is none."""
    folder = data_dir()
    if folder is None:
        return ()
    with (
        open(folder / "index.noun", "rb") as file,
        mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as index,
    ):
        key, low, high = lemma.encode() + b" ", 0, len(index)
        while low < high:
            middle = (low + high) // 2
            start = index.rfind(b"\n", 0, middle) + 1
            stop = index.find(b"\n", start)
            stop = len(index) if stop < 0 else stop
            line = index[start:stop]
            if line.startswith(key):
                fields = line.split()
                return tuple(int(o) for o in fields[len(fields) - int(fields[2]) :][:SENSES])
            if line[:1] == b" " or line < key:
                low = stop + 1
            else:
                high = start
    return ()
