"""Casual English spellings of closed classes, written out for the default embedder.

The default model (USE multilingual v3) reads texting-style English as other words: *whats
the max weight for the bungee* is at 0.65 against *Is there a weight limit for bungee
jumping?*, *What's the max weight for the bungee?* at 0.74; *r we allowed to bring food in*
opens no question at all until *r* is *are*. :func:`written_out` rewrites two closed
classes, each stated once below, before :func:`~yamabiko.embedders.surface.surface_form`
capitalises the text and adds its question mark (session 27, ``surface3``):

- **an interrogative or a demonstrative contracted with *is*, written without its
  apostrophe** (:data:`CONTRACTIONS`: *whats*, *wheres*, *hows*, *thats*, *theres*): the
  apostrophe restored, so that the text opens a question the way *what's* does (the first
  letter's case kept: *Whats* -> *What's*);
- **a texting spelling of a function word** (:data:`TEXTING`: *r* for *are*, *b4*, *w/o*),
  in lower case and standing alone: the word it spells (*R&B*, *R*, *r-value*, *b4x* stay).

Measured and left out (session 27, docs/quality.md): *u* / *ur* / *ya* / *pls* spelt out (the
model reads *u* well enough: fewer paraphrases over the threshold, one Quora duplicate lost),
a lone *i* capitalised (one Quora non-duplicate more served), an age or time unit glued to a
number written out (*5yo*, *2hrs*: cosines up, no paraphrase more served), the contractions of
a negation or a pronoun (*dont*, *im*: none served more, *im pregnant* lower).

The prompt the cache keeps is the user's own. The guard reads the same written-out words
(session 27, casualGuard): :func:`~yamabiko.guard.respelling.casual`, which the guard's
English tokens (:func:`~yamabiko.guard.english._en_tokens`, where every English text the guard
analyses or splits into units starts) ask for when they hold one of these words, calls
:func:`written_out`, so that its rules see *without* where the user wrote *w/o*, and then
reads the texting spellings of pronouns and politeness the embedder leaves to its model
(:data:`PRONOUN_TEXTING`: *u*, *ur*, *pls*). The embedder and the guard share these tables,
stated once here. The module sits outside both packages because the embedders' surface form
already reads the guard's lexicon.
"""

from __future__ import annotations

import re

#: an interrogative or demonstrative contracted with *is*, written without the apostrophe ->
#: the contraction (none of them is an English word of its own)
CONTRACTIONS = {
    "whats": "what's",
    "wheres": "where's",
    "whos": "who's",
    "hows": "how's",
    "whens": "when's",
    "thats": "that's",
    "theres": "there's",
    "heres": "here's",
}
#: texting spellings of function words (lower case only: *R*, *U* stay) -> the word they spell
TEXTING = {
    "r": "are",
    "b4": "before",
    "w/": "with",
    "w/o": "without",
    "thru": "through",
    "abt": "about",
    "cuz": "because",
    "coz": "because",
}
#: texting spellings of pronouns and politeness (lower case only) -> the word they spell: the
#: guard reads them (:func:`~yamabiko.guard.respelling.casual`), :func:`written_out` leaves
#: them to the model (see the module docstring)
PRONOUN_TEXTING = {
    "u": "you",
    "ur": "your",
    "ya": "you",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
}
_WORDS = {**CONTRACTIONS, **TEXTING}
#: one word of :data:`CONTRACTIONS` or :data:`TEXTING` standing as a word among words: after
#: the start, a blank or an opening bracket or quote; before the end, a blank and a word, or a
#: comma or end mark (*r u there*; not *2*pi*r*r*, *taken r = 28*, *r&b*, *r-value*)
_WORD = re.compile(
    r"(?<![^\s(\"\u2018\u201c])("
    + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r")(?=\s+[\w(\"\u2018\u201c]|[,.;:!?]|\Z)",
    re.IGNORECASE,
)


def _word(match: re.Match[str]) -> str:
    """The written-out word for a contraction (its first letter's case kept) or a lower-case
    texting spelling; any other match as it was (*R*, *U*)."""
    word = match.group()
    low = word.lower()
    if low in TEXTING:
        return TEXTING[low] if word == low else word
    out = CONTRACTIONS[low]
    return out[0].upper() + out[1:] if word[0].isupper() else out


def written_out(text: str) -> str:
    """``text`` with the casual spellings of the closed classes above written out (see the
    module docstring); ``text`` itself when it has none."""
    return _WORD.sub(_word, text)
