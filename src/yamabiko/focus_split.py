"""The cut of a prompt that tells a story before its question: the story and the asking part
(session 28). :mod:`yamabiko.focus` takes the asking part as the question focus when it asks on
its own; :mod:`yamabiko.guard.story_condition` reads the story. Apart from :mod:`.focus` so that
the guard can read it without importing the focus (which reads the guard's Japanese tokens).
"""

from __future__ import annotations

import re

#: the least a preamble must hold (characters, with spaces) for the focus to be used
MIN_PREAMBLE_CHARS = 12
#: the least the focus itself must hold (a bare "why?" is no question to match on its own)
MIN_FOCUS_CHARS = 8

# a sentence's end mark: . ! ? (ASCII or full width) or 。, with any closing quote or bracket
# after it; a line break ends a sentence too
_ENDS = re.compile(r"[.!?。！？]+[\"')」』]*|\n")
# a word of single letters each with its dot (U.S., e.g., i.e.) or a capital's initial
# (Leonard P. Guarente): an abbreviation, no end
_DOTTED = re.compile(r"(?:^|\s|\()(?:(?:[A-Za-z]\.){2,}|[A-Z]\.)$")
# English lead-ins inside the asking sentence: a dash or a colon between two word groups
_EN_LEAD = re.compile(r"\s[-–—]+\s|:\s")
# Japanese lead-ins: a subordinate clause that gives the reason or the background, then a comma
_JA_LEAD = re.compile(
    r"(?:のですが|んですが|のですけど|んですけど|ですが|ますが|けれども|けれど|けど"
    r"|ので|んで|のだが|のですけれど)[、,，]\s*"
)
_ASKS_JA = re.compile(r"(?:か|かね|かな|の|でしょうか)[？?。]?$")


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``. An ASCII end mark right before a Latin letter or a digit
    ends none, nor a period after a dotted abbreviation or an initial: *the U.S save*, *a .bas
    file*, *1.3 seconds*, *codingparks.com*, *e.g. Celsius*, *Leonard P. Guarente* are inside
    one sentence. Before a space, the end of the text or a Japanese character (typed without
    a space) a mark ends one."""
    out, start = [], 0
    for end in _ENDS.finditer(text):
        mark, after = end.group(), end.end()
        if mark != "\n" and mark[0] in ".!?":
            if after < len(text) and text[after].isascii() and text[after].isalnum():
                continue
            if mark[0] == "." and _DOTTED.search(text, 0, end.start() + 1):
                continue
        out.append(text[start:after])
        start = after
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def _asks(sentence: str, japanese: bool) -> bool:
    if sentence.endswith(("?", "？")):
        return True
    return japanese and bool(_ASKS_JA.search(sentence))


def _is_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def story_split(prompt: str, lang: str | None = None) -> tuple[str, str, bool] | None:
    """``prompt`` cut into its story and its asking part, and whether it is Japanese, when a
    preamble of :data:`MIN_PREAMBLE_CHARS` or more comes before one question of
    :data:`MIN_FOCUS_CHARS` or more; else None. The asking part may still point into the
    story (:func:`yamabiko.focus.question_focus` then has no focus). ``lang`` ("ja" / "en" /
    None: guessed from the script) chooses the lead-in rules."""
    text = prompt.strip()
    if len(text) < MIN_PREAMBLE_CHARS + MIN_FOCUS_CHARS:
        return None
    japanese = lang == "ja" if lang in ("ja", "en") else _is_japanese(text)
    sentences = _sentences(text)
    asks = [s for s in sentences if _asks(s, japanese)]
    if len(asks) != 1:  # no question, or two: the first is asked too, not a story
        return None
    asking = asks[0]
    lead = _JA_LEAD if japanese else _EN_LEAD
    cuts = list(lead.finditer(asking))
    focus = (asking[cuts[-1].end() :].strip() if cuts else asking) or asking
    if not japanese and focus[0].islower():
        focus = focus[0].upper() + focus[1:]
    left_out = len(text) - len(focus)
    if len(focus) < MIN_FOCUS_CHARS or left_out < MIN_PREAMBLE_CHARS:
        return None
    story = text[: text.rfind(focus[1:]) - 1] if focus[1:] in text else text
    return story.strip().rstrip("-–—:").strip(), focus, japanese
