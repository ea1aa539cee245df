"""A person described by a relative clause that the other prompt leaves bare (session 29):
*Can I bring my son to the class?* / *Can I bring my son who uses a wheelchair to the
class?*, *Is the spa suitable for my wife?* / *... for my wife, who is pregnant?*.

The clause tells who the asker's companion (or the audience) is, and the answer depends on
it as it depends on an audience's category (*for children* / *for adults*); the minimal-pair
check reads the clause's words as added detail and the embedder puts the two close, so the
pair was served.

:func:`described_person` refuses when one prompt names a person of the asker's party - after
*my*, *our* or *your*, a noun whose first tagged WordNet noun sense is filed under
``noun.person`` (:func:`.english_persons.first_sense`: *son*, *wife*, *dad*, *friend*,
*guest*; not *a girl*, *Indian students*: Quora's *students who are planning to study in
the US* / *students in the US* are one question) - followed by *who* / *whose* and a clause, the
other prompt names the same noun with no clause after it, and a content word of the clause
after its first word (the clause's verb, *uses*, *is*, *works*: what the clause says of the
person is its complement) is not in the other prompt (not an English stop word; its first
five letters compared, so *beginners* / *beginner* is one word): ``companion-clause:son``.
*a girl who works at the grocery store* / *the girl at the grocery store* says the place
twice and only the clause's verb once, so it is left alone. English only; the Japanese
companion described by a clause (車椅子を使っている母と) is read by the Japanese modules.
"""

from __future__ import annotations

import re

from .english_persons import first_sense
from .lexicon import EN_STOPWORDS

#: a word of the asker's party (after *my*, *our*, *your*) followed by a relative clause of a
#: person (an optional comma between), and the clause up to the next punctuation mark
_CLAUSE = re.compile(r"\b(?:my|our|your)\s+([a-z]+),?\s+(?:who|whose|who's)\s+([^,.;:?!]+)")
#: English words of one token each
_TOKEN = re.compile(r"[a-z0-9]+")
#: the letters of a word compared with the other prompt (a plural or a tense still matches)
_STEM = 5


def described_person(query: str, cached: str, lang: str | None = None) -> str:
    """The reason to refuse ``query`` against ``cached`` when one describes a person by a
    relative clause the other leaves out (``companion-clause:son``); empty: none. ``lang``:
    the query's language (only English is read)."""
    if lang not in (None, "en") or ("who" in query) == ("who" in cached):
        return ""
    text, other = (query, cached) if "who" in query else (cached, query)
    low, other_low = text.lower(), other.lower()
    other_words = set(_TOKEN.findall(other_low))
    for found in _CLAUSE.finditer(low):
        noun, clause = found.group(1), found.group(2)
        if noun not in other_words or not first_sense(noun):
            continue
        added = [
            w
            for w in _TOKEN.findall(clause)[1:]  # (after the clause's verb)
            if w not in EN_STOPWORDS and len(w) > 2 and w[:_STEM] not in other_low
        ]
        if added:
            return f"companion-clause:{noun}"
    return ""
