"""An intent stated as an alternative: "rather than X, Y" says that X is *not* the request.

A flipped intent is not always a verb of reversal (:mod:`yamabiko.conversation.intent`). A
user who asks "Rather than a valuation, could you collect the clock to sell at auction?"
names the old intent and the new one in the same turn, so every word of the other
conversation's "Could your expert value the clock?" is said in this one too, and nothing
that compares words sees the flip. The grammar marks it: a *contrastive construction* puts
the rejected alternative in a fixed place.

- English: *rather than X*, *instead of X*, *in place of X*, *not X but Y*, *Y, not X*,
  *would rather Y than X*, *I (booked) X but (I'll do) Y instead* (X: the last words of the
  clause before *but*), and a plan given up: *was going to X, but Y*, *had planned to X but
  Y*.
- Japanese: *X じゃなくて / ではなく / でなく Y*, *X より(も) Y*, *X の代わりに Y*, a plan given
  up: *X つもりでしたが Y*, *X と思っていましたが Y* (X is the word right before the marker:
  査定ではなく買取, 修理の代わりに買い替え, 下げるつもりでしたが).

:func:`contrasts` splits a turn into what it states and the rejected alternatives;
:func:`compare_contrasts` finds a rejected alternative of one conversation that the other
*states* as its own (outside a contrast, in a turn or a reply sentence that is not negated and
asks nothing): ``history:intent:instead-of:valuation``. A rejected alternative the other side
never mentions changes nothing (both ask for Y), and so does one that both sides reject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..guard.facts import Analysis
from ..guard.units import Unit
from ..models import Verdict
from .history import Exchange
from .smalltalk import asks

__all__ = ["compare_contrasts", "contrasts", "rejected_only"]

_END = r"[^,.;:!?\n]+"
#: "not X" contrasts only a noun phrase or an infinitive ("not a twin", "not to sell"; "not
#: sure but" is a hedge)
_DET = r"(?:a|an|the|my|our|your|his|her|their|this|that|to|for)\s+"
#: English contrastive constructions; group ``x`` is the rejected alternative
_EN = re.compile(
    rf"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\s+(?P<x>{_END})"
    rf"|\bnot\s+(?P<y>{_DET}[^,.;:!?\n]+?)\s+but\b"
    rf"|,\s*(?:and\s+)?not\s+(?P<z>{_DET}{_END})"
    rf"|\b(?:'d|would)\s+rather\b[^,.;:!?\n]*?(?P<than>\bthan\s+)(?P<w>{_END})"
    rf"|(?P<v>\b(?:i|we)\b[^,.;:!?\n]+?),?\s+but\b(?P<but>[^.;:!?\n]*?\binstead\b)"
    rf"|\b(?:(?:was|were)\s+(?:going|planning|meaning)|(?:had\s+)?(?:planned|meant|intended))"
    rf"\s+to\s+(?P<g>[^.;:!?\n]+?),?\s+but\b",
    re.IGNORECASE,
)  # fmt: skip
#: an English word for :func:`rejected_only` (B&B is *b* and *b*, as the units cut it)
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
#: Japanese markers that follow the rejected alternative
_JA = re.compile(
    r"(?:じゃなくて|じゃなく|ではなくて|ではなく|でなくて|でなく|よりも|より|の代わりに|の代わり|"
    r"のかわりに|のかわり|の替わりに|の替わり|代わりに|替わりに|つもりでしたが|つもりだったが"
    r"|つもりだったけど|予定でしたが|と思っていましたが|と思いましたが)"
)
#: where the Japanese phrase before a marker starts
_JA_START = re.compile(r"[、。，．,.!?！？\s「」『』()（）]")
#: most words of an English alternative read (the rest of a long clause is not the contrast)
_MAX_WORDS = 5
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


def contrasts(text: str, lang: str) -> tuple[str, list[str]]:
    """``text`` without its contrastive constructions, and their rejected alternatives."""
    if lang == "ja":
        rest, found, at = [], [], 0
        for m in _JA.finditer(text):
            starts = [s.end() for s in _JA_START.finditer(text, at, m.start())]
            start = starts[-1] if starts else at
            if m.start() > start:
                found.append(text[start : m.start()])
                rest.append(text[at:start])
                at = m.end()
        return "".join(rest) + text[at:], found
    rest, found, at = [], [], 0
    for m in _EN.finditer(text):
        words = next(m[g] for g in "xyzwvg" if m[g] is not None).split()
        # "I booked X but I'll do Y instead": X is the clause's last words (what was booked)
        found.append(" ".join(words[-_MAX_WORDS:] if m["v"] else words[:_MAX_WORDS]))
        start = m.start("than") if m["w"] is not None else m.start()
        rest.append(text[at:start])
        at = m.start("but") if m["v"] else m.end()
    return " ".join([*rest, text[at:]]), found


def rejected_only(word: str, text: str) -> bool:
    """``text`` says ``word`` only inside a rejected alternative (*rather than find a B&B*:
    *B&B*; 査定ではなく買取: 査定), never in what it states (:func:`contrasts`): a name there is
    no fact the user states (session 39); one the other side states as its own is
    :func:`compare_contrasts`'s to refuse. English words are compared whole, in lower case."""
    lang = "en" if text.isascii() else "ja"
    rest, found = contrasts(text, lang)
    if not found:
        return False
    if lang == "ja":
        return any(word in piece for piece in found) and word not in rest
    words = {w for piece in found for w in _WORD.findall(piece.lower())}
    mine, kept = _WORD.findall(word.lower()), set(_WORD.findall(rest.lower()))
    return bool(mine) and all(w in words and w not in kept for w in mine)


def compare_contrasts(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    *,
    units: Callable[[str, str | None], Sequence[Unit]],
    unsaid: Callable[[Sequence[Unit], Sequence[Unit]], list[Unit]],
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Does one conversation state as its request what the other rejects (see the module
    docstring)? ``units``: a text's minimal-pair units in a language; ``unsaid``: my units
    that the other side's units never say (nor an equivalent word); ``analyse``: a text's
    guard analysis."""
    read = {id(side): _read(side, analyse) for side in (q, c)}
    for mine, theirs in ((q, c), (c, q)):
        rejected = read[id(mine)][0]
        if not rejected:
            continue
        alternatives = [u for text, lang in rejected for u in _alternative(units(text, lang), lang)]
        kept = {u.key for text, lang in read[id(mine)][1] for u in units(text, lang)}
        theirs_stated = [u for text, lang in read[id(theirs)][1] for u in units(text, lang)]
        # rejected here, stated there as a request (the word or an equivalent one), and not
        # stated here outside the contrast (the same word)
        flipped = [u for u in alternatives if u.key not in kept and not unsaid([u], theirs_stated)]
        if flipped:
            names = "+".join(dict.fromkeys(u.text for u in flipped))
            return Verdict(False, f"history:intent:instead-of:{names}")
    return Verdict(True, "history:same")


def _read(
    side: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """The rejected alternatives a side's user turns state, and what the side states outside
    contrasts: user turns and reply sentences that ask nothing and are not negated (a turn
    with a contrast is kept without it: ではなく counts as a negation); each text with the
    language of the turn it is part of."""
    rejected: list[tuple[str, str | None]] = []
    kept: list[tuple[str, str | None]] = []
    for x in side:
        sentences = [x.user] if x.user else []
        sentences += [s.strip() for s in _SENTENCE.findall(x.reply) if s.strip()]
        for k, text in enumerate(sentences):
            user = bool(x.user) and k == 0
            if not user and asks(text):
                continue
            a = analyse(text)
            rest, found = contrasts(text, a.lang or "en")
            if found:
                if user:
                    rejected += [(f, a.lang) for f in found]
                kept.append((rest, a.lang))
            elif not a.negations:
                kept.append((text, a.lang))
    return rejected, kept


def _alternative(found: Sequence[Unit], lang: str | None) -> list[Unit]:
    """The content words of a rejected alternative (Japanese: the word before the marker,
    none after a number)."""
    content = [u for u in found if u.kind == "content"]
    if lang != "ja":
        return content
    # 10時より is a starting time, not an alternative
    return [] if any(u.kind == "number" for u in found) else content[-1:]
