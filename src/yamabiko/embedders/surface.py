"""The surface form of a prompt that the default embedder embeds: a casual text written out
the way the model reads it best, its words untouched.

The default model (USE multilingual v3) puts a lower-case question without its question
mark well away from the same question written out: *can you sharpen serrated knives* is at
0.76 against *Do you sharpen serrated knives?*, *Can you sharpen serrated knives?* at 0.93.
:func:`surface_form` rewrites only the surface of a text in a Latin script:

- runs of white space become one space and the ends are trimmed;
- a first word written all in lower case gets a capital first letter (*iPhone* stays);
- a text that opens as a question (an interrogative or an auxiliary verb:
  :data:`~yamabiko.guard.lexicon.EN_QUESTION_WORDS`, :data:`~yamabiko.guard.lexicon.EN_AUXILIARIES`)
  and ends in a letter or a digit gets its question mark.

Only the vector changes: the prompt the cache keeps, the text the guard reads and the answer
stay the user's own. A text with any character past the Latin scripts (Japanese, Chinese,
Korean, Cyrillic ...) is only trimmed: full-width forms and a trailing 。/？ were measured and
moved nothing (docs/quality.md, session 23).
"""

from __future__ import annotations

import re

from ..guard.lexicon import EN_AUXILIARIES, EN_QUESTION_WORDS

#: the version of the rewrite, part of the default embedder's name: a store filled with
#: vectors of one surface form refuses a cache that embeds another
SURFACE_VERSION = "surface1"
_OPENERS = frozenset(EN_QUESTION_WORDS) | EN_AUXILIARIES
_FIRST_WORD = re.compile(r"[A-Za-z']+")
#: the last code point of the Latin scripts (Latin-1, Latin Extended A and B)
_LATIN_END = "\u024f"


def surface_form(text: str) -> str:
    """``text`` as the default embedder embeds it (see the module docstring); the trimmed
    ``text`` when no rule applies."""
    form = " ".join(text.split())
    if not form or (not form.isascii() and max(form) > _LATIN_END):
        return form
    first = _FIRST_WORD.match(form)
    if first is None:
        return form
    word = first.group()
    if word.islower():
        form = form[0].upper() + form[1:]
    if form[-1].isalnum() and word.lower().replace("'", "") in _OPENERS:
        form += "?"
    return form
