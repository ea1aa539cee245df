"""A word read in a later WordNet sense where its prompt uses it as that sense's own example
does (session 28: *Is the vindaloo very hot?* / *... very spicy?*, *Do you stock oat milk?* /
*Do you carry oat milk?*).

The other WordNet rules read a word's first tagged senses (:data:`~.wordnet_read.MAX_SENSES`):
*hot* is *spicy* only in its ninth sense and *carry* is *stock* in its fifteenth, so those
pairs stayed substitutions. Every sense of every word is too wide (session 27 measured it on
the guard's probes: *repair* / *restore*, *hire* / *lease*, *learn* / *study*, *bread* /
*sugar* as money slang). :func:`usage_synonyms` reads a later sense only where the prompt
shows that sense:

- within verbs or adjectives (nouns are left out: there a later sense is slang or a
  classification, *bread* / *sugar*, *hare* / *rabbit*), a synset holds a lemma of both
  words, in any of their senses;
- it is the **anchor** word's own reading: its first tagged sense, or any sense of a word
  SemCor never tagged in that part of speech (*spicy*: the order of an untagged word's senses
  is the lexicographers', none more its reading than another); the other word is the
  **stretched** one (*hot*, *carry*);
- one of the synset's WordNet examples uses the stretched word **in the frame its prompt
  does**: the word before it and the word after it (or the start / end of the sentence) are
  the same function words, a content word standing for any content word, and at least one
  of the two is a function word (*very hot* in *jalapeno peppers are very hot*; *you carry*
  + a content word in *Do you carry kerosene heaters?*; *you carry my bags* is another
  frame). The example is the lexicographers' picture of the sense in use; the prompt that
  says the word as it does reads that sense;
- WordNet marks no antonym between the two (:func:`~.wordnet.antonyms`), they are no
  forms of one lemma, and not a comparative against a positive adjective (session 37:
  *the bigger pool* / *the large pool*, :func:`.english_comparatives.one_comparative`; *big*
  and *large* share their first synset, whose example says *a big (or large) pool*).

The minimal-pair stage asks it only of the one word each side that its check's alignment
leaves unexplained, at the prompts' cosine :data:`USAGE_FLOOR` or above
(:func:`usage_aligned`: the pair explained, the check's reason
``equivalent-words:usage:hot->spicy``, and the boosted trees see it as any synonym), and
keeps each answer per pair of texts. Without the WordNet data every answer is False.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .english_comparatives import one_comparative
from .lexicon import EN_STOPWORDS
from .minpair import Alignment
from .wordnet import antonyms, lemmas_of, load
from .wordnet_lines import line_examples

#: the prompts' cosine from which a later sense is read (the embedder must agree: the two
#: heldout21 pairs are at 0.846 and 0.849; the verified band below 0.75 is left alone)
USAGE_FLOOR = 0.8
#: WordNet's codes of the parts of speech read (verbs, adjectives)
_VERB, _ADJECTIVE = 1, 2
#: English words of one token each (an apostrophe inside a word kept)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
#: a content word, and the start or end of a sentence, in a frame
_CONTENT, _EDGE = "*", ""


def usage_aligned(aligned: Alignment, cached: str, query: str, similarity: float) -> Alignment:
    """``aligned`` (the minimal-pair check's alignment of ``cached`` and ``query``) with its
    one word left on each side explained (``usage:hot->spicy``) when the prompts are at
    :data:`USAGE_FLOOR` or closer and :func:`usage_synonyms` reads the two English words as
    one in their prompts; ``aligned`` itself otherwise."""
    left, right = aligned.rest_left, aligned.rest_right
    if len(left) != 1 or len(right) != 1 or similarity < USAGE_FLOOR:
        return aligned
    old, new = left[0].text, right[0].text
    if not (old + new).isascii() or not old.isalpha() or not new.isalpha():
        return aligned
    if not usage_synonyms(old.lower(), cached, new.lower(), query):
        return aligned
    return Alignment(aligned.left, aligned.right, [], [], f"usage:{old}->{new}")


@lru_cache(maxsize=2048)
def usage_synonyms(first: str, first_text: str, second: str, second_text: str) -> bool:
    """True when the word ``first`` (said in ``first_text``) and ``second`` (in
    ``second_text``) share a WordNet verb or adjective synset that is one word's reading and
    the other's later sense, used in its text as one of the synset's examples uses it (see
    the module docstring); False otherwise and without the data."""
    tables = load()
    if tables is None or tables.adjective_senses is None or first == second:
        return False
    for pos, senses in ((_VERB, tables.verb_senses), (_ADJECTIVE, tables.adjective_senses)):
        lefts, rights = lemmas_of(first, pos), lemmas_of(second, pos)
        if set(lefts) & set(rights):
            return False  # two forms of one word: not a substitution of another
        data = tables.verb_data if pos == _VERB else tables.adjective_data
        for x in lefts:
            for y in rights:
                shared = set(senses.get(x, ())) & set(senses.get(y, ()))
                for offset in sorted(shared):
                    if _read_alike(tables.index[pos], data, offset, (x, first, first_text),
                                   (y, second, second_text), pos):  # fmt: skip
                        if one_comparative(first, second):
                            return False  # the bigger pool / the large pool: two grades
                        return not antonyms(first, second) and not antonyms(second, first)
    return False


def _read_alike(
    tagged: dict[str, tuple[int, ...]],
    data: bytes,
    offset: int,
    one: tuple[str, str, str],
    other: tuple[str, str, str],
    pos: int,
) -> bool:
    """The synset at ``offset`` is the reading of one word (``(lemma, word, text)``: its first
    tagged sense, or the word is untagged) and an example of it says the other word in the
    frame that word's text says it in."""
    code = offset * 4 + pos
    for anchor, stretched in ((one, other), (other, one)):
        senses = tagged.get(anchor[0])
        if senses and senses[0] != code:
            continue  # (not the anchor's reading: its first tagged sense is another)
        lemma, word, text = stretched
        said = _frame(_TOKEN.findall(text.lower()), word)
        if said is None:
            continue
        for example in line_examples(data, offset):
            tokens = _TOKEN.findall(example)
            forms = [t for t in tokens if lemma in lemmas_of(t, pos)]
            if any(_frame(tokens, form) == said for form in forms):
                return True
    return False


def _frame(tokens: list[str], word: str) -> tuple[str, str] | None:
    """The word before ``word``'s first place in ``tokens`` and the word after it, a content
    word as :data:`_CONTENT`, the sentence's start or end as :data:`_EDGE`; None when the
    word is not there or neither neighbour is a function word (a frame of content words
    alone tells no use)."""
    if word not in tokens:
        return None
    at = tokens.index(word)
    around = (tokens[at - 1] if at else None, tokens[at + 1] if at + 1 < len(tokens) else None)
    frame = tuple(_EDGE if t is None else t if t in EN_STOPWORDS else _CONTENT for t in around)
    if all(t in (_CONTENT, _EDGE) for t in frame):
        return None
    return frame  # type: ignore[return-value]
