"""Two spans of a prompt exchanged on its surface, for the guard's ``roles`` step (session 29):
a role swap read from the text itself, however a tokenizer cuts it and whatever construction
holds the two spans.

One prompt is ``P X M Y S`` and the other ``P Y M X S``: the same text with two spans
exchanged around a scaffold ``M`` that stays in place. The comparison runs on the surface:
characters for Japanese (so SudachiPy cutting 焼き餃子 or てっさ one way in one prompt and
another way in the other changes nothing), words for English, compared through a key that
forgets agreement (does / do, is / are, a / an, a plural *-s*: "Does the home team throw
before the visitors?" / "Do the visitors throw before the home team?").

The spans found are widened as far as the text allows: what ends ``P`` and also ends ``M``
belongs to both spans (the haddock / the cod), and so does what starts both ``M`` and ``S``
(赤い紙を青い紙の上に: 赤 / 青 widen to 赤い紙 / 青い紙 and the scaffold is を). Then the
exchange moved no role when

* nothing is left between the spans (``M`` empty: two phrases side by side said in the other
  order, each with its own marker: *by card in the shop* / *in the shop by card*, 週末に子供と
  一緒に / 子供と一緒に週末に, where the shared に widens both spans and empties ``M``);
* the scaffold only joins (and, or, vs; と, や, か, 、: one role for both spans);
* a span carries its own marker: an English span that opens with a preposition, a Japanese
  span that ends with a particle other than の (東京から電車で大阪まで / 大阪まで電車で東京から:
  each phrase moved with its particle);
* a span holds no content word (an article, a particle);
* English: one span is a clause (it holds an auxiliary) and the other is not (*"The gloves
  are off," said the official* / *The official said: "The gloves are off."*).

Anything else is a swap, whatever the shape: comparatives (*X bigger than Y*, XよりYを),
order (*X before Y*, Xの後にY), places (*X under Y*, XをYの上に), *X instead of Y*, *X for Y*,
subjects and objects, owners (*X's Y*), passives with both participants. English verbs of
connecting (link A to B = link B to A) are left to :func:`.reciprocal.connected_both_ways`.
Reason: ``roles:X<->Y`` with the two widened spans as the query writes them.

Cheap by construction: the two texts must be of nearly one length (English: within a few
characters; Japanese: the same characters in another order) before a word is compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from . import lexicon as lx
from .frames import PREPOSITIONS, blocks_within
from .japanese import long_units
from .modifiers import en_changed, en_words
from .reciprocal import connected_both_ways

#: the most characters two English prompts may differ in length by (does / do, a / an, -s)
_EN_SLACK = 6
#: the most characters two prompts of an exchange may differ in length by, either language
#: (the guard's ``roles`` step asks no more of other pairs: no call for most candidates)
MAX_LENGTH_GAP = _EN_SLACK
#: the most words, both sides together, one English prompt says and the other lacks (an
#: exchange changes no word but an agreement, a pronoun's case or a determiner)
_EN_CHANGED = 4
#: the most tokens (English words, Japanese characters) a search for nested spans widens
#: the region that differs by, on each side (扇子 / 扇子袋, 祖父 / 父)
_REACH = {"en": 2, "ja": 4}
#: English words that only join two spans into one role
_EN_JOINERS = frozenset({"and", "or", "nor", "plus", "versus", "vs", "v", "&", "as", "well"})
#: English words a span may open with to carry its own role: prepositions (by card, on
#: Monday) and the words that open a clause (if I lose it, how do I freeze it)
_EN_MARKERS = (
    PREPOSITIONS
    | frozenset({"during", "until", "till", "via", "through", "without", "near", "beside"})
    | frozenset({"if", "when", "whenever", "unless", "because", "while", "although", "though"})
    | frozenset({"once", "whether", "so", "then"})
    | frozenset(lx.EN_QUESTION_WORDS)
)
#: English forms read as one key: agreement (the verb agrees with the exchanged subject)
#: and a pronoun's case (my friend sends me money / I send my friend money)
_EN_KEYS = {
    "does": "do", "is": "be", "are": "be", "am": "be", "was": "be#", "were": "be#",
    "has": "have", "an": "a", "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't",
    "hasn't": "haven't", "me": "i", "him": "he", "her": "she", "us": "we", "them": "they",
}  # fmt: skip
#: the most characters two Japanese prompts read by their dictionary forms may differ by
_JA_SLACK = 2
#: the most characters, all hiragana, one of two such prompts may say that the other lacks
_JA_KANA_CHANGED = 4
_HIRAGANA = re.compile(r"[\u3041-\u309f]*")
#: the letters agreement adds to an English word (chases / chase, son's / son), dropped by
#: the gate of :func:`_letters`
_AGREEMENT_LETTERS = str.maketrans("", "", "es'")
#: Japanese scaffolds that only join two spans (AとB, AやB, AかB, A、B)
_JA_JOINER = re.compile(r"(?:とか|および|及び|または|又は|ないし|と|や|か|も|[、・,，\s])+")
#: the particles that mark a phrase's role (が, を, から, は, まで); not a conjunctive one,
#: which SudachiPy may cut from the end of a noun (しめさ + ば)
_JA_CASE = frozenset({"格助詞", "係助詞", "副助詞"})
#: the parts of speech of a Japanese morpheme that names nothing
_JA_FUNCTION = frozenset({"助詞", "助動詞", "補助記号", "空白"})

Spans = tuple[int, int, int, int]


def _en_key(word: str) -> str:
    """``word`` with its agreement and case forgotten: does -> do, an -> a, me -> i, a
    plural or third-person *-s* dropped (chases -> chase, dogs -> dog, lorries -> lorry)."""
    if word in _EN_KEYS:
        return _EN_KEYS[word]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("ches", "shes", "xes", "sses", "zes")):
            return word[:-2]
        return word[:-1]
    return word


def _letters(words: frozenset[str]) -> set[str]:
    """The letters of the words one prompt says and the other lacks, after :data:`_EN_KEYS`,
    without determiners and without the letters agreement adds (*-s*, *-es*, *'s*): an
    exchange's changed words spell the same letters on both sides (my friend sends me / I
    send my friend: send + i both ways). Made of C calls only: a gate for every candidate
    of nearly one length."""
    kept = words - lx.EN_DETERMINERS
    return set("".join(map(_EN_KEYS.get, kept, kept)).translate(_AGREEMENT_LETTERS))


def _en_tokens(text: str) -> list[str]:
    """The words of an English text (:func:`.modifiers.en_words`) but its determiners (the,
    a, my, your: convert my loyalty points into gift vouchers / gift vouchers into loyalty
    points), with a possessive *'s* a token of its own (my daughter's school: daughter, 's,
    school)."""
    found: list[str] = []
    for word in en_words(text):
        if word in lx.EN_DETERMINERS:
            continue
        if word.endswith("'s") and len(word) > 2:
            found += (word[:-2], "'s")
        else:
            found.append(word)
    return found


def _function_word(word: str) -> bool:
    """``word`` names nothing: a stopword or the possessive *'s*; a person (I, me, us) is
    named, as is the noun *US*."""
    return (word in lx.EN_STOPWORDS or word == "'s") and _en_key(word) not in lx.EN_PERSONS


def _widen(x: Sequence[str], found: Spans) -> Spans:
    """The exchanged spans of ``found`` (in ``x``) widened by what ``M`` shares with the
    start of ``S`` (taken on the right of both spans) and then with the end of ``P`` (taken
    on the left): ``(start_x, end_x, start_y, end_y)``, ends exclusive."""
    start_x, len_x, start_y, len_y = found
    end_x, end_y = start_x + len_x, start_y + len_y
    while end_x < start_y and end_y < len(x) and x[end_x] == x[end_y]:
        end_x, end_y = end_x + 1, end_y + 1
    while start_x > 0 and start_y > end_x and x[start_x - 1] == x[start_y - 1]:
        start_x, start_y = start_x - 1, start_y - 1
    return start_x, end_x, start_y, end_y


def _exchange(x: Sequence[str], y: Sequence[str], reach: int) -> tuple[Spans, bool] | None:
    """The two spans ``y`` exchanges of ``x`` around a scaffold left between them, widened
    (:func:`_widen`): ``(start_x, end_x, start_y, end_y)`` in ``x`` and whether the region
    had to grow, or None. The region that differs is read first; when it shows one span
    moved rather than two exchanged (the two are nested words, 扇子 / 扇子袋: their shared
    part is not in the region), it is widened by up to ``reach`` tokens on each side and
    read again."""
    n = len(x)
    if n != len(y) or x == y:
        return None
    first = next(i for i in range(n) if x[i] != y[i])
    last = next(i for i in range(n, 0, -1) if x[i - 1] != y[i - 1])
    for grown in range(min(reach, max(first, n - last)) * 2 + 1):
        for back in range(max(0, grown - reach), min(grown, reach) + 1):
            start, end = first - back, last + grown - back
            if start < 0 or end > n:
                continue
            found = blocks_within(x, y, start, end)
            if found is not None:
                spans = _widen(x, found)
                if spans[2] > spans[1]:  # (something is left between the spans)
                    return spans, grown > 0
    return None


def _marked_alike(markers: list[str]) -> bool:
    """The role markers the two spans carry (an English span's first word, a Japanese
    span's last particle; empty: none) let the exchange move a role: neither span carries
    one, or both carry the same (in Leeds / in York on either side of *borrowed … at a
    branch*: the marker stayed, what it marks moved). Two different markers, or one, moved
    with their phrases (*by card* / *in the shop*, 東京から / 大阪まで)."""
    return markers[0] == markers[1]


def _english(query: str, cached: str) -> str:
    """The English exchange (see the module docstring): ``"X<->Y"``, each span's words as
    the query says them, its leading determiners left out; empty: none."""
    if abs(len(query) - len(cached)) > _EN_SLACK:
        return ""
    mine, theirs = en_changed(query, cached)  # (kept for the pair by the antonym rule)
    if len(mine) + len(theirs) > _EN_CHANGED or _letters(mine) != _letters(theirs):
        return ""  # other words: no exchange of the same words
    words, others = _en_tokens(query), _en_tokens(cached)  # (without determiners)
    if len(words) != len(others) or len(words) < 3:
        return ""
    keys, other_keys = [_en_key(w) for w in words], [_en_key(w) for w in others]
    if sorted(keys) != sorted(other_keys):
        return ""
    found = _exchange(keys, other_keys, _REACH["en"])
    if found is None:
        return ""
    start_x, end_x, start_y, end_y = found[0]
    if all(w in _EN_JOINERS for w in words[end_x:start_y]):
        return ""  # joined: one role for both
    spans = [words[start_x:end_x], words[start_y:end_y]]
    if not _marked_alike([span[0] if span[0] in _EN_MARKERS else "" for span in spans]):
        return ""  # each phrase moved with its preposition
    if any(all(_function_word(w) for w in span) for span in spans):
        return ""  # a span of function words names nothing
    if len({bool(lx.EN_AUXILIARIES.intersection(span)) for span in spans}) > 1:
        return ""  # a clause exchanged with a noun phrase ("the gloves are off," said X)
    if connected_both_ways(query, cached, _told_apart(spans)):
        return ""  # link A to B = link B to A
    return "<->".join(" ".join(span) for span in spans)


def _told_apart(spans: list[list[str]]) -> str:
    """``"X<->Y"``: the first words at which the two exchanged spans differ (their heads
    when only the heads differ; *savings account* / *checking account*: savings, checking),
    for :func:`.reciprocal.connected_both_ways` to find each end in both prompts."""
    for mine, theirs in zip(spans[0], spans[1], strict=False):
        if mine != theirs:
            return f"{mine}<->{theirs}"
    return f"{spans[0][-1]}<->{spans[1][-1]}"


def _japanese(query: str, cached: str) -> str:
    """The Japanese exchange (see the module docstring), compared character by character:
    ``"X<->Y"`` with each span as the query writes it (NFKC, whole long units); empty: none.
    Two prompts whose kana differ (an inflection: 沸かして / 研いで) are compared by their
    long units' dictionary forms instead (:func:`_japanese_forms`)."""
    if len(query) != len(cached) or sorted(query) != sorted(cached):
        return _japanese_forms(query, cached)
    text = unicodedata.normalize("NFKC", query)
    found = _exchange(text, unicodedata.normalize("NFKC", cached), _REACH["ja"])
    units = long_units(query) if found is not None else None
    if found is None or units is None or units[0] != text:
        return ""
    (start_x, end_x, start_y, end_y), grown = found
    places = ((start_x, end_x), (start_y, end_y))
    spans = [_within(units[1], start, end) for start, end in places]
    for span, (start, end) in zip(spans, places, strict=True):
        if grown and (span[0].begin() != start or span[-1].end() != end):
            return ""  # nested spans are whole words (扇子 / 扇子袋; not 畳 of 畳屋さん)
        if span[-1].end() != end:
            span.pop()  # (the span ends inside this unit: no particle of its own)
    theirs = long_units(cached)  # (X and Y where the cached prompt says them)
    if theirs is not None and theirs[0] == unicodedata.normalize("NFKC", cached):
        y_there = end_y - start_y
        spans_there = [
            _within(theirs[1], end_y - (end_x - start_x), end_y),
            _within(theirs[1], start_x, start_x + y_there),
        ]
        named = [
            _names(mine) or _names(there) for mine, there in zip(spans, spans_there, strict=True)
        ]
    else:
        named = [_names(span) for span in spans]
    return _ja_swap(spans, text[end_x:start_y]) if all(named) else ""


def _within(units: list[Any], start: int, end: int) -> list[Any]:
    """The long units that overlap the characters ``start``-``end``."""
    return [m for m in units if m.end() > start and m.begin() < end]


def _names(span: list[Any]) -> bool:
    """A unit of ``span`` names something (it is no particle, auxiliary or mark)."""
    return any(m.part_of_speech()[0] not in _JA_FUNCTION for m in span)


def _ja_swap(spans: list[list[Any]], middle: str) -> str:
    """The Japanese verdict on two exchanged spans (``spans``: each span's long units, its
    last one ending with it or left out; each names something) around the scaffold
    ``middle``: ``"X<->Y"``, or empty when the scaffold only joins or the spans carry
    different particles (see the module docstring)."""
    if not spans[0] or not spans[1] or _JA_JOINER.fullmatch(middle):
        return ""  # joined: one role for both
    markers = []
    for span in spans:
        last = span[-1]
        particle = last.part_of_speech()[1] in _JA_CASE and last.surface() != "の"
        markers.append(last.surface() if particle else "")
    if not _marked_alike(markers):
        return ""  # each phrase moved with its particle
    return "<->".join("".join(m.surface() for m in span) for span in spans)


def _japanese_forms(query: str, cached: str) -> str:
    """The Japanese exchange read on the long units' dictionary forms, for two prompts of
    nearly one length that differ in a few hiragana only (湯を沸かしてから米を
    研ぎますか / 米を研いでから湯を沸かしますか: two acts exchanged around てから)."""
    if abs(len(query) - len(cached)) > _JA_SLACK:
        return ""
    changed = set(query).symmetric_difference(cached)  # (C calls: no step per character)
    if len(changed) > _JA_KANA_CHANGED or not _HIRAGANA.fullmatch("".join(changed)):
        return ""  # other kanji or katakana on one side: another word, not an inflection
    mine, theirs = long_units(query), long_units(cached)
    if mine is None or theirs is None:
        return ""
    x, y = _forms(mine[1]), _forms(theirs[1])
    if sorted(x) != sorted(y):
        return ""
    found = _exchange(x, y, 1)
    if found is None:
        return ""
    (start_x, end_x, start_y, end_y), _ = found
    units = mine[1]
    middle = "".join(m.surface() for m in units[end_x:start_y])
    spans = [units[start_x:end_x], units[start_y:end_y]]
    return _ja_swap(spans, middle) if all(map(_names, spans)) else ""


def _forms(units: list[Any]) -> list[str]:
    """Each long unit's dictionary form, the voiced て after a verb (研いで) read as て."""
    forms = [m.dictionary_form() for m in units]
    for at in range(1, len(units)):
        if forms[at] == "で" and units[at - 1].part_of_speech()[0] == "動詞":
            forms[at] = "て"
    return forms


def surface_exchanged(query: str, cached: str, lang: str) -> str:
    """Two spans exchanged around a scaffold that stays (``P X M Y S`` / ``P Y M X S``, see
    the module docstring): ``"X<->Y"``, the spans as the query writes them; empty: none or
    no role moved. English and Japanese; other languages: empty."""
    if query == cached:
        return ""
    if lang == "ja":
        return _japanese(query, cached)
    if lang == "en":
        return _english(query, cached)
    return ""
