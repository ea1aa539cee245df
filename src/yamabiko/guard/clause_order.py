"""Two clauses exchanged around one connective, for the guard's ``roles`` step (session 34):
*Is breakfast served before the register is taken?* / *Is the register taken before breakfast
is served?* The two events trade places around *before*, so the order asked about is the
other one, yet every word is shared and the embedder puts the pair at 0.98. The word swaps of
the roles step compare words around a verb or spans exchanged on an unchanged scaffold
(:mod:`.exchanges`); here the scaffold itself moves (*is served* / *is taken*: the auxiliary
goes with its clause), so neither sees it.

A connective of time, reason or condition joins a main clause to a subordinate one:

- English: *before, after, until, till, once, when, while, because, if*, said once in the
  prompt. The main clause is what precedes it and the subordinate clause what follows,
  or, when the prompt opens with the connective, the subordinate clause runs to the first
  comma and the main clause is the rest (*After the tyres are checked, is the bus
  washed?*); opened without a comma the clauses cannot be told apart and nothing is read.
- Japanese: the predicate of a subordinate clause as :func:`.ja_clauses.clause_of` reads
  it (前, 後, あと, までに, てから, ので, から, たら, と, ば: a closed class of the grammar),
  one such clause in the prompt. The subordinate clause is what comes up to its predicate
  and the main clause what follows the connective (Japanese puts the main clause last).

Each clause is read as the multiset of its content words (English: not a stop word, keyed
by a light stem; Japanese: nouns, verbs and adjectives that stand alone, keyed by SudachiPy's
normalised form), their order within the clause ignored (*breakfast is served* = *is
breakfast served*). When both prompts say the same connective and one's main clause has
the content words of the other's subordinate clause and the reverse, and the two clauses
differ, the order of events (or cause and effect, condition and outcome) is exchanged:
``roles:before``, ``roles:ので``. The same events in the same order said another way (*Do you
serve breakfast before taking the register?*, the connective fronted with a comma), or one
clause with its own words reordered, keep their sides and pass. *A before B* / *B after A*
says one order with two connectives and is not read here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .en_words import stem_en
from .ja_clauses import clause_of
from .japanese import long_units
from .lexicon import EN_FILLER, EN_STOPWORDS

#: English connectives of time, reason and condition that join two clauses
EN_CONNECTIVES = frozenset(
    {"before", "after", "until", "till", "once", "when", "while", "because", "if"}
)
#: Japanese clause markers (:func:`.ja_clauses.clause_of`) of an order, a cause or a condition
JA_CONNECTIVES = frozenset(
    {"前", "後", "あと", "までに", "てから", "ので", "から", "たら", "と", "ば"}
)
_EN_CUE = re.compile(r"\b(?:" + "|".join(sorted(EN_CONNECTIVES)) + r")\b")
_EN_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|,")
_EN_SKIP = EN_STOPWORDS | EN_FILLER
#: at most this many words said on one side only in two prompts that exchange their clauses:
#: the auxiliaries and inflections that move with a clause (is / are, sliced / slice, has)
_EN_INFLECTED = 6
_JA_CONTENT = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
_JA_BOUND = frozenset({"非自立可能", "代名詞", "数詞"})
_KANA = re.compile(r"[\u3040-\u309f、。？！?!\s]*")  # hiragana, punctuation: an inflection
_JA_CUE = re.compile("前|後|あと|まで|から|ので|たら|だら|と|ば")

Clauses = tuple[str, Counter[str], Counter[str]]  # (connective, main clause, subordinate clause)


def clauses_exchanged(query: str, cached: str, lang: str) -> str:
    """The connective (``"before"``, ``"ので"``) when the two prompts join the same two
    clauses by it with their sides exchanged (see the module docstring); empty: none."""
    if query == cached:
        return ""
    if lang == "en":
        lowered = query.lower(), cached.lower()
        said = _EN_CUE.findall(lowered[0])
        if len(said) != 1 or _EN_CUE.findall(lowered[1]) != said:
            return ""  # (not one connective, the same, on both sides: no word read)
        words = set(_EN_TOKEN.findall(lowered[0])) ^ set(_EN_TOKEN.findall(lowered[1]))
        if len(words) > _EN_INFLECTED:
            return ""  # (other words than a clause's inflections: no exchange of the same)
        read = _english_clauses
    elif lang == "ja":
        if not _JA_CUE.search(query) or not _KANA.fullmatch("".join(set(query) ^ set(cached))):
            return ""  # (no marker, or a kanji or katakana on one side only: units unread)
        read = _japanese_clauses
    else:
        return ""
    mine = read(query)
    if mine is None:
        return ""
    theirs = read(cached)
    if theirs is None or theirs[0] != mine[0]:
        return ""
    connective, main, subordinate = mine
    _, other_main, other_subordinate = theirs
    if main == subordinate or main != other_subordinate or subordinate != other_main:
        return ""
    return connective


def _en_key(word: str) -> str:
    """A word's key for comparing clauses: its stem, less a final e (taken / taking)."""
    return stem_en(word).removesuffix("e")


def _en_content(tokens: Sequence[str]) -> Counter[str]:
    return Counter(_en_key(t) for t in tokens if t != "," and t not in _EN_SKIP)


def _english_clauses(text: str) -> Clauses | None:
    """The connective and the content words of the main and subordinate clauses of an
    English prompt that says one connective; None otherwise."""
    tokens = _EN_TOKEN.findall(text.lower())
    at = [i for i, token in enumerate(tokens) if token in EN_CONNECTIVES]
    if len(at) != 1:
        return None
    i = at[0]
    if i == 0:  # After the tyres are checked, is the bus washed?
        if "," not in tokens:
            return None
        comma = tokens.index(",")
        main, subordinate = _en_content(tokens[comma + 1 :]), _en_content(tokens[1:comma])
    else:
        main, subordinate = _en_content(tokens[:i]), _en_content(tokens[i + 1 :])
    if not main or not subordinate:
        return None
    return tokens[i], main, subordinate


def _ja_content(morphemes: Sequence[Any]) -> Counter[str]:
    found: Counter[str] = Counter()
    for m in morphemes:
        pos = m.part_of_speech()
        if pos[0] in _JA_CONTENT and pos[1] not in _JA_BOUND:
            found[m.normalized_form()] += 1
    return found


def _japanese_clauses(text: str) -> Clauses | None:
    """The marker and the content words of the main and subordinate clauses of a Japanese
    prompt with one subordinate clause of :data:`JA_CONNECTIVES`; None otherwise."""
    read = long_units(text)
    if read is None:
        return None
    morphemes = read[1]
    found = []
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] in ("動詞", "形容詞") and (
                kind := clause_of(morphemes, i) or _reason_of(morphemes, i)):  # fmt: skip
            found.append((i, kind))
    if len(found) != 1 or found[0][1] not in JA_CONNECTIVES:
        return None
    i, kind = found[0]
    main = _ja_content(morphemes[i + 1 :])  # (auxiliaries, particles, bound verbs: not content)
    main[kind] -= 1  # 前 / 後 / あと: the time noun is the marker, not a word of the clause
    main, subordinate = +main, _ja_content(morphemes[: i + 1])
    if not main or not subordinate:
        return None
    return kind, main, subordinate


def _reason_of(morphemes: Sequence[Any], i: int) -> str:
    """``"ので"`` when the predicate at ``i`` closes a clause of reason that SudachiPy cuts as
    の + で (降ったので: の, a nominaliser, and で, the copula's joining form), a clause
    followed by more of the prompt; empty otherwise."""
    j = i + 1
    while j < len(morphemes) and morphemes[j].part_of_speech()[0] == "助動詞":
        j += 1  # (た, ない, ます)
    if j + 2 >= len(morphemes) or morphemes[j].part_of_speech()[1] != "準体助詞":
        return ""
    joined = morphemes[j + 1]
    return "ので" if joined.surface() == "で" and joined.normalized_form() == "だ" else ""
