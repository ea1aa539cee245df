"""An intent turned into its opposite between two conversations: *send* / *receive*, *buy* /
*sell*, *upgrade* / *downgrade*, 送る / 受け取る, 上位 / 下位.

A reversal (cancel, quit, 解約) is one closed class of changed intent
(:mod:`yamabiko.conversation.intent`); most flips are a word and its opposite. In a reworded
history they hide among other changed words, so the minimal-pair rule of
:mod:`yamabiko.conversation.match` never sees them, and a reworded side may say the first
word too ("the parcel my mother sent, which I want to *receive*": not read, see
:func:`flipped_opposite`). :func:`flipped_opposite`
reads the guard's resources for opposites: the lexicon's antonym pairs
(:data:`~yamabiko.guard.lexicon.EN_ANTONYMS`, :data:`~yamabiko.guard.lexicon.JA_ANTONYMS`),
English words with a negating or opposite prefix (downgrade / upgrade, unload / load) and
WordNet's antonyms (:func:`~yamabiko.guard.wordnet.antonyms`). A word that one side's users
state and the other conversation never says, whose opposite the other side's users state,
is another intent (``history:opposite:send->receiv``). A verb of trade asked of the other
party is read as the user's converse act first (:mod:`yamabiko.conversation.requests`:
買い取ってほしい sells, 売ってもらえますか buys).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..guard import lexicon as lx
from ..guard import wordnet
from ..guard.facts import Analysis
from ..guard.lexicon import EN_STOPWORDS
from .requests import own_acts

__all__ = ["flipped_opposite", "opposites_of"]

#: English prefixes that turn a word into its opposite (the rest of the word is the other)
_PREFIXES = (("up", "down"), ("down", "up"), ("un", ""), ("dis", ""), ("in", "out"),
             ("out", "in"), ("de", ""), ("re", ""))  # fmt: skip
_WORD = re.compile(r"[a-z]{3,}")
#: prefixes that only turn a word around when the other side says the word without them
_BARE = frozenset({"un", "dis", "de"})


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for left, right in pairs:
        found.setdefault(left, set()).add(right)
        found.setdefault(right, set()).add(left)
    return {word: frozenset(others) for word, others in found.items()}


_LEXICON = {"en": _index(lx.EN_ANTONYMS), "ja": _index(lx.JA_ANTONYMS)}


@lru_cache(maxsize=4096)
def opposites_of(word: str, lang: str) -> frozenset[str]:
    """The lexicon's opposites of ``word`` (an analysis' stem or lemma) and, in English, the
    word with an opposite prefix (upgrad -> downgrad, unload -> load)."""
    found = set(_LEXICON.get(lang, {}).get(word, ()))
    if lang == "en":
        for prefix, other in _PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 4 and prefix not in _BARE | {"re"}:
                found.add(other + rest)
            elif word.startswith(prefix) and len(rest) >= 4 and prefix in _BARE:
                found.add(rest)
    return frozenset(found)


def _users_words(texts: Iterable[str], analyse: Callable[[str], Analysis]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        if text:
            a = analyse(text)
            found |= _as_done(text, a, set(a.content))
    return found


def _all_words(texts: Iterable[str], analyse: Callable[[str], Analysis]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        if text:
            a = analyse(text)
            found |= _as_done(text, a, set(a.content) | set(a.words))
    return found


def _as_done(text: str, a: Analysis, words: set[str]) -> set[str]:
    """``words`` of ``text`` with a verb of trade asked of the other party read as the
    user's converse act (:func:`~yamabiko.conversation.requests.own_acts`: 買い取ってほしい
    sells)."""
    dropped, added = own_acts(text, a.lang)
    return (words - dropped) | added if added else words


def flipped_opposite(
    turns_q: Iterable[str],
    turns_c: Iterable[str],
    said_q: Iterable[str],
    said_c: Iterable[str],
    analyse: Callable[[str], Analysis],
) -> str:
    """``word->opposite`` when one side's user turns (``turns_*``) state a word that the other
    side never says (``said_*``: everything a side says) and the other side's user turns
    state an opposite of it that the first side never says ("my *old* guitar" beside "he's
    *new*" on one side flips nothing); "" otherwise."""
    turns_q, turns_c = list(turns_q), list(turns_c)
    users = {"q": _users_words(turns_q, analyse), "c": _users_words(turns_c, analyse)}
    everything = {"q": _all_words(said_q, analyse), "c": _all_words(said_c, analyse)}
    langs = {analyse(t).lang for t in (*turns_q, *turns_c) if t}
    for mine, theirs in (("q", "c"), ("c", "q")):
        for word in sorted(users[mine] - everything[theirs]):
            for lang in langs:
                found = opposites_of(word, lang) & (users[theirs] - everything[mine])
                if found:
                    return f"{word}->{min(found)}"
    if "en" not in langs:
        return ""
    tokens = {"q": _tokens(turns_q), "c": _tokens(turns_c)}
    spoken = {"q": _tokens(said_q), "c": _tokens(said_c)}
    for mine, theirs in (("q", "c"), ("c", "q")):
        others = sorted(tokens[theirs] - spoken[mine])
        for word in sorted(tokens[mine] - spoken[theirs]):
            for other in others:
                if wordnet.antonyms(word, other):
                    return f"{word}->{other}"
    return ""


def _tokens(texts: Iterable[str]) -> set[str]:
    """The English content words of ``texts`` (lower case, three letters or more, no stop
    word), as WordNet reads them, a verb of trade asked of the other party read as the
    user's converse act ("would you buy my car": sell)."""
    found: set[str] = set()
    for text in texts:
        if text:
            dropped, added = own_acts(text, "en")
            words = {t for t in _WORD.findall(text.lower()) if t not in EN_STOPWORDS}
            found |= (words - dropped) | added
    return found
