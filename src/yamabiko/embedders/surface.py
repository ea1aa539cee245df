"""The surface form of a prompt that the default embedder embeds: a casual text written out
the way the model reads it best, its words untouched.

The default model (USE multilingual v3) puts a lower-case question without its question
mark well away from the same question written out: *can you sharpen serrated knives* is at
0.76 against *Do you sharpen serrated knives?*, *Can you sharpen serrated knives?* at 0.93.
:func:`surface_form` rewrites only the surface of a text in a Latin script (curly quotes,
dashes and other general punctuation included, *what’s*: session 26):

- runs of white space become one space and the ends are trimmed;
- a first word written all in lower case gets a capital first letter (*iPhone* stays);
- a text that opens as a question (an interrogative or an auxiliary verb:
  :data:`~yamabiko.guard.lexicon.EN_QUESTION_WORDS`,
  :data:`~yamabiko.guard.lexicon.EN_AUXILIARIES`), also contracted with a verb (*where's my
  PIN*: session 26), and ends in a letter or a digit gets its question mark;
- a run of end marks holding a question mark becomes one question mark (*how long??*,
  *really?!* → *How long?*, *Really?*; session 26);
- first of all, casual English spellings of two closed classes are written out
  (:func:`~yamabiko.casual_en.written_out`: *whats* → *what's*, *r* → *are*, *b4*,
  *w/o*; session 27), so that *r we allowed* opens a question as *are we allowed* does.

A text with kana is Japanese: a common noun spelled in kana alone is written in its
SudachiPy normalized form when the spelling names one noun (ようかん → 羊羹:
:func:`~yamabiko.embedders.surface_ja.canonical_spelling`, session 27), and a question closed
by the final particle か and no question mark (ですか, ですか。:
:func:`~yamabiko.guard.ja_words.ends_asking`) gets its question mark in place of the full stop
(session 26). Other scripts past the Latin ones (Chinese, Korean,
Cyrillic ...) are only trimmed. Full-width forms need no rewrite: the model's tokenizer
applies NFKC itself.

Only the vector changes: the prompt the cache keeps, the text the guard reads and the answer
stay the user's own.
"""

from __future__ import annotations

import re

from ..casual_en import written_out
from ..guard.ja_words import ends_asking
from ..guard.lexicon import EN_AUXILIARIES, EN_QUESTION_WORDS
from .surface_ja import KANA, canonical_spelling

#: the version of the rewrite, part of the default embedder's name: a store filled with
#: vectors of one surface form refuses a cache that embeds another
SURFACE_VERSION = "surface4"
_OPENERS = frozenset(EN_QUESTION_WORDS) | EN_AUXILIARIES
_FIRST_WORD = re.compile(r"[A-Za-z'\u2019]+")
#: a word contracted with a verb (*what's*, *who're*, *how'd*): the word before the apostrophe
_CONTRACTED = re.compile(r"([A-Za-z]+)['\u2019](?:s|re|d|ll|ve|m)", re.IGNORECASE)
#: two end marks or more, one of them a question mark, closing the text
_END_MARKS = re.compile(r"(?=[?!.]{2,}\Z)[?!.]*\?[?!.]*\Z")
#: full stops and blanks closing a Japanese text
_JA_STOPS = re.compile(r"[。.\s]+\Z")
#: a character past the Latin scripts (Latin-1, Latin Extended A and B) other than general
#: punctuation (curly quotes, dashes, the ellipsis: session 26, *what’s the fee*)
_PAST_LATIN = re.compile("[^\u0000-\u024f\u2000-\u206f]")


def _opens_question(word: str) -> bool:
    """``word`` opens an English question: an interrogative or an auxiliary, written whole
    (*isnt* too) or contracted with a verb (*what's*)."""
    word = word.lower()
    if word.replace("'", "").replace("\u2019", "") in _OPENERS:
        return True
    contracted = _CONTRACTED.fullmatch(word)
    return contracted is not None and contracted.group(1) in _OPENERS


def _ja_mark(form: str) -> str:
    """A Japanese question closed by か without a question mark (ですか。) ends in one."""
    if form[-1] in "?？" or not ends_asking(form):
        return form
    return _JA_STOPS.sub("", form) + "?"


def surface_form(text: str) -> str:
    """``text`` as the default embedder embeds it (see the module docstring); the trimmed
    ``text`` when no rule applies."""
    form = " ".join(text.split())
    if not form or (not form.isascii() and _PAST_LATIN.search(form)):
        return _ja_mark(canonical_spelling(form)) if form and KANA.search(form) else form
    form = _END_MARKS.sub("?", written_out(form))
    first = _FIRST_WORD.match(form)
    if first is None:
        return form
    word = first.group()
    if word.islower():
        form = form[0].upper() + form[1:]
    if form[-1].isalnum() and _opens_question(word):
        form += "?"
    return form
