"""A happening to the asker's body or health told in a story before the question, which the
bare question leaves out (session 29).

*I broke my wrist a month ago; can I take the pottery class?* asks *Can I take the pottery
class?* for someone injured: the answer depends on the story. :mod:`.story_condition` reads
stories that *state* something of the asker (*I'm pregnant*, *I have diabetes*); a story
told as an event (*broke my wrist*, *had an operation*, *hurt my back*) was served.
:func:`story_event` refuses when one prompt tells a story that names **a part of the body or
a state of health** - a noun after a possessive or an article whose first tagged WordNet
sense is filed under ``noun.body`` or ``noun.state`` (*my wrist*, *an operation*, *a
fever*) - that the other prompt does not say, before a question of a price, a permission,
a suitability or an eligibility (the questions such an event changes the answer of).

The story is what :func:`~yamabiko.focus_split.story_split` cuts off (a dash or a colon), or
the clause before a semicolon or a ", so" that leads into the one question. English only:
WordNet decides what a body part or a state is, and the Japanese side has no such resource
here (a Japanese story told as an event stays a known miss: docs/quality.md, session 29).
"""

from __future__ import annotations

import re

from ..focus_split import story_split
from .story_condition import _ASKS_EN
from .wordnet_first import first_lexnames

#: the lexicographer files of a noun that is the asker's body or health
HEALTH_FILES = frozenset({"noun.body", "noun.state"})
#: a noun after a possessive or an article (my wrist, an operation, a fever)
_OWNED = re.compile(r"\b(?:my|our|his|her|their|a|an)\s+([a-z]+)\b")
#: the clause boundary a story told in one sentence ends at, before the question
_LEAD = re.compile(r";\s+|,\s+so\s+")


def _story(text: str, lang: str | None) -> tuple[str, str] | None:
    """``text`` cut into its story and its asking part (English), or None."""
    split = story_split(text, lang)
    if split is not None:
        story, asking, japanese = split
        return None if japanese else (story, asking)
    if lang == "ja" or not text.rstrip().endswith("?"):
        return None
    cuts = list(_LEAD.finditer(text))
    if not cuts:
        return None
    return text[: cuts[-1].start()], text[cuts[-1].end() :]


def health_nouns(story: str) -> list[str]:
    """The nouns of the English ``story`` after a possessive or an article whose first tagged
    WordNet sense is a part of the body or a state (``noun.body`` / ``noun.state``)."""
    found = []
    for word in _OWNED.findall(story.lower()):
        files = first_lexnames(word, 0)
        if files and files[0] in HEALTH_FILES:
            found.append(word)
    return found


def story_event(query: str, cached: str, lang: str | None = None) -> str:
    """The reason to refuse ``query`` against ``cached`` when one of the two tells a story
    naming a part of the body or a state of health the other does not say, before a question
    of a price, a permission, a suitability or an eligibility: ``story-event:wrist``; empty:
    none. ``lang``: the query's language (None: guessed from the script)."""
    for text, other in ((query, cached), (cached, query)):
        cut = _story(text, lang)
        if cut is None or not _ASKS_EN.search(cut[1].lower()):
            continue
        low = other.lower()
        for word in health_nouns(cut[0]):
            if word not in low:
                return f"story-event:{word}"
    return ""
