"""An item joined to a request in a history that does not line up with the other one.

:func:`~yamabiko.conversation.items.added_item` finds an item one of two *paired* turns joins
to its request. A reworded history rarely pairs turn for turn (a thread said in one turn on
one side and in three on the other); then the stated facts decide
(:mod:`yamabiko.conversation.facts`), and an item said back by the assistant on one side
only reads as added detail. Yet "a check-up *and a scale and polish*" or 検診 *と歯石取り*
asks the follow-up ("How much will it cost?") of two things. :func:`joined_items` reads what
a user turn joins to a thing: English *and* / *plus* / *as well as* / *along with* before a
noun phrase (opened by a determiner after *and*: "and I'd like" joins a clause, not an
item); Japanese と / や between two nouns (SudachiPy short units), the second noun closing
its phrase (を, が, は, も, の, a comma or the end: 母と大阪に行く is "with", not an item).
:func:`compare_joined` refuses when one side's users join to a thing the other side says
an item whose words the other side never says (``history:added-item:歯石``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..guard.english import stem_en
from ..guard.facts import Analysis
from ..guard.japanese import short_units
from ..guard.lexicon import EN_STOPWORDS
from ..models import Verdict
from .history import Exchange, said

__all__ = ["compare_joined", "compare_narrowed", "joined_items", "narrowing_modifiers"]

_WORD = re.compile(r"[a-z][a-z'-]*|\d+|[.,;:!?()]")
#: joining words and the words that must follow them to join an item
_JOINERS = {"plus": (), "as": ("well", "as"), "along": ("with",), "and": ()}
#: after "and", an item opens with one of these (else "and" joins a clause)
_DETERMINERS = frozenset({"a", "an", "some", "the", "my", "our", "his", "her", "their"})
#: the end of an English item: punctuation or a word that opens another phrase
_STOPS = frozenset({
    ".", ",", ";", ":", "!", "?", "(", ")", "for", "on", "at", "in", "to", "with", "from", "by",
    "and", "or", "please", "which", "that", "who",
})  # fmt: skip
#: the Japanese particles that join two nouns
_JA_JOINERS = frozenset({"と", "や"})
#: what may follow a joined Japanese noun (a case particle of an object or a subject, a topic,
#: も, の, a comma or the end)
_JA_CLOSERS = frozenset({"を", "が", "は", "も", "の", "、", "。", ",", "など"})
#: SudachiPy's third part of speech of nouns of time and counters (月, 時, 朝): no request
_TIME_OR_COUNTER = frozenset({"副詞可能", "助数詞可能"})


@lru_cache(maxsize=4096)
def joined_items(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(thing, item words)`` for each item ``text`` joins to a thing: the word before the
    joining word and the content words of the item (English stems; Japanese surfaces).
    Cached: the list returned is shared, not to be changed."""
    if lang == "ja":
        return _joined_ja(text)
    tokens = _WORD.findall(text.lower())
    found = []
    for k, word in enumerate(tokens):
        rest = _JOINERS.get(word)
        if rest is None or k == 0 or tokens[k - 1] in _STOPS or tokens[k - 1] in EN_STOPWORDS:
            continue
        start = k + 1 + len(rest)
        if tuple(tokens[k + 1 : start]) != rest:
            continue
        if word == "and" and tokens[start : start + 1] and tokens[start] not in _DETERMINERS:
            continue
        item = []
        for t in tokens[start : start + 5]:
            if t in _STOPS:
                break
            if t not in EN_STOPWORDS and not t.isdigit():
                item.append(stem_en(t))
        if item:
            found.append((stem_en(tokens[k - 1]), tuple(item)))
    return found


def _joined_ja(text: str) -> list[tuple[str, tuple[str, ...]]]:
    morphemes = short_units(text) or []
    found = []
    for k in range(1, len(morphemes) - 1):
        m = morphemes[k]
        if m.surface() not in _JA_JOINERS or m.part_of_speech()[0] != "助詞":
            continue
        if morphemes[k - 1].part_of_speech()[0] != "名詞":
            continue
        item, j = [], k + 1
        while j < len(morphemes) and morphemes[j].part_of_speech()[0] == "名詞":
            item.append(morphemes[j].surface())
            j += 1
        if j < len(morphemes) and morphemes[j].part_of_speech()[0] == "動詞":
            j += 1  # a noun of an act: 歯石取り
        if item and (j == len(morphemes) or morphemes[j].surface() in _JA_CLOSERS):
            found.append((morphemes[k - 1].surface(), tuple(item)))
    return found


@lru_cache(maxsize=4096)
def narrowing_modifiers(text: str) -> list[tuple[str, str]]:
    """``(modifier, head)`` for each Japanese noun phrase of ``text`` that narrows a common
    noun by another before の (認可外の保育園: 認可外, 保育園; 中古のプリウス): the modifier a run
    of common nouns and affixes, none a noun of time (来年度の, 土曜の) or a number, the head
    a common noun that is no noun of time and no counter (or an adjectival noun: 幼稚園),
    with the nouns and suffixes that follow it. Empty for English."""
    morphemes = short_units(text) or []
    found = []
    for k in range(1, len(morphemes) - 1):
        if morphemes[k].surface() != "の" or morphemes[k].part_of_speech()[0] != "助詞":
            continue
        head = morphemes[k + 1].part_of_speech()
        common = head[:2] == ("名詞", "普通名詞") and head[2] not in _TIME_OR_COUNTER
        if not (common or head[0] == "形状詞"):
            continue
        end = k + 2  # the head noun with its suffixes: 幼稚園, 保育園
        while end < len(morphemes) and morphemes[end].part_of_speech()[0] in ("名詞", "接尾辞"):
            end += 1
        run, j = [], k - 1
        while j >= 0 and morphemes[j].part_of_speech()[0] in ("名詞", "接頭辞", "接尾辞"):
            run.insert(0, morphemes[j])
            j -= 1
        kinds = [m.part_of_speech() for m in run]
        if not any(p[:2] == ("名詞", "普通名詞") for p in kinds) or any(
            p[0] == "接頭辞" or p[1] in ("数詞", "固有名詞") or p[2] in _TIME_OR_COUNTER
            for p in kinds
        ):
            continue  # a name, a number, a time (来年度の四月) or no common noun
        found.append(("".join(m.surface() for m in run),
                      "".join(m.surface() for m in morphemes[k + 1 : end])))  # fmt: skip
    return found


def compare_joined(
    q: Sequence[Exchange], c: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> Verdict:
    """A user turn of one side joins to a thing the other side says an item whose words the
    other side never says (``history:added-item:<item>``, see the module docstring).
    ``analyse``: the caller's cached guard analysis of a text (for its language)."""
    for mine, theirs in ((q, c), (c, q)):
        texts = [t for t in said(theirs) if t]
        text = "".join(texts)
        stems = {stem_en(t) for x in texts for t in _WORD.findall(x.lower())}
        for turn in said(mine, replies=False):
            lang = analyse(turn).lang if turn else ""
            for thing, item in joined_items(turn, lang) if turn else ():
                words = text if lang == "ja" else stems
                if thing in words and not any(w in words for w in item):
                    return Verdict(False, f"history:added-item:{'+'.join(item)}")
    return Verdict(True, "history:same")


def compare_narrowed(
    q: Sequence[Exchange], c: Sequence[Exchange], analyse: Callable[[str], Analysis]
) -> Verdict:
    """A Japanese user turn of one side narrows a noun the other side says by a modifier the
    other side never says (:func:`narrowing_modifiers`: ``history:narrowing:認可外``).
    Reworded histories often leave such a modifier implicit (新幹線の指定席 / 指定席,
    河原のバーベキュー場 / バーベキュー場), so this refuses nothing by itself: it names
    what differs in a paired turn that a rule of wording refused (認可外 rather than
    ``predicate``)."""
    for mine, theirs in ((q, c), (c, q)):
        text = "".join(t for t in said(theirs) if t)
        for turn in said(mine, replies=False):
            if not turn or analyse(turn).lang != "ja":
                continue
            for modifier, head in narrowing_modifiers(turn):
                if head in text and modifier not in text:
                    return Verdict(False, f"history:narrowing:{modifier}")
    return Verdict(True, "history:same")

