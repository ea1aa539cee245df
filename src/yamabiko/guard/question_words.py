"""A second reading of the question words, asked only when the ``question`` check found that
two prompts ask for different kinds of answer (:func:`also_asked`): question words that ask
for a point in time in other words than いつ / when.

- **Japanese: 何 + a unit of time + 前 / 後 / 目** (何日前までに, 何時間前に, 何日目から,
  何ヶ月後): "how many days before / which day" asks for a point in time, as いつまでに /
  いつから does. 何日かかりますか (a count of days, no 前 / 後 / 目) is not read so.
- **English: "how long until / till / before / after ..." and "how soon"** ask when
  something happens (how long until we get the photos / when will we get the photos), as
  well as how long it is until then; "how long does it take / last" is not read so.

- **English: "how quickly / fast can you ..."** asks how soon (how quickly can you fit a
  stairlift / how soon can you fit one); not "how fast does it go" (no can / will + person).
- **Japanese: 何度 / 何遍** count times as 何回 does (SudachiPy gives 何度 as one noun the
  first reading does not know).
- *Not* read as one kind (tried in session 23, refused by earlier reviews' probes): "where
  can I pay / return …" against "how can I …" (a place against a way: the post office / by
  card), and どちらが against 誰が or どこが (which one of two against who or which place).

- **A request to tell** asks for the thing it names, as a question word does: English
  (could you tell me / let me know / advise / inform + the thing asked) "what" for a noun
  phrase (could you tell me the price / how much is it), or the kind of the question word it
  embeds after an adverb (let me know roughly how long it takes: how long); a request to
  tell *if* / *whether* stays a yes / no question. Japanese (料金を教えていただけますか,
  お教えください, 知りたい, 伺いたい) only when the other prompt asks its question word of the
  same noun (初穂料はいくら / 初穂料をお教え: 教える also means teach, and ピアノを教えて asks
  no price), or, session 28, when it names a price and the other prompt asks いくら of the
  same things (:func:`~.ja_prices.price_told`): 体験にかかる費用をお教えいただけますか asks how
  much, as 体験料はいくらですか does (a "quantity"); 体験の時間を教えて does not, nor does
  午前の体験の費用を教えて against 午後の体験料はいくら.

The kinds are added to what the analysis found (a bare yes / no reading is replaced), and the
``question`` check's own comparison decides again (:func:`also_asked`). The minimal-pair check
leaves the units of 何日前 out (:func:`when_positions`), as it leaves out いつ, and keys 何分
(one short unit) by its counter, as it keys 何 + 分 (:data:`COUNTED`).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence

from .constructions import en_degree_kind
from .facts import Analysis
from .ja_prices import price_told
from .lexicon import JA_QUESTION_WORDS

#: 何 + a unit of time + 前 / 後 / 目: a point in time (何日前までに, 何日目から, 何ヶ月後)
_JA_WHEN = re.compile(r"何(?:分|日|時間|週間?|[かヵヶカケ]?月|年)(?:前|後|目)")
_TIME_UNITS = frozenset(
    {"分", "日", "時間", "週", "週間", "月", "か月", "ヵ月", "ヶ月", "カ月", "ケ月", "年"}
)
_POINT = frozenset({"前", "後", "目"})
#: counters that SudachiPy may join to 何 in one short unit (何分) or not (何 + 分): the
#: minimal-pair check keys both by the counter
COUNTED = _TIME_UNITS | {"秒", "人", "回", "個", "円", "歳", "枚", "本", "件", "泊", "台"}
#: "how long until / till / before / after", "how soon", "how quickly / fast can you":
#: when as well as how long
_EN_WHEN = re.compile(
    r"\bhow (?:long (?:until|till|til|before|after)|soon"
    r"|(?:quickly|fast) (?:can|could|will|would) (?:you|u|they|we|i)\b)\b"
)
#: 何 + a counter of times (何度, 何遍: 何回): a count, as 何回 is
_JA_TIMES = re.compile(r"何(?:度|遍)")


#: English: a request to tell (an adverb or please may follow), then what it asks for
_EN_TELL = re.compile(
    r"\b(?:tell|let (?:me|us) know|advise|inform)(?: me| us)?(?: of| on)?"
    r"(?: please| \w+ly)? (\w+)( \w+)?"
)
#: the words that open the thing a request to tell asks for: a noun phrase ("what"), or a
#: question word (its own kind)
_EN_TOLD = {
    **dict.fromkeys(("the", "your", "a", "an", "my", "our", "their", "its"), "what"),
    "what": "what", "which": "what", "when": "when", "where": "where", "who": "who",
    "why": "why", "how": "how",
}  # fmt: skip
#: Japanese: the noun a request to tell names (料金を教えて, 初穂料をお教え, 住所を知りたい;
#: 料金をお伺いしても, session 28)
_JA_TELL = re.compile(
    r"([一-龥ァ-ヶー]+)を(?:お)?(?:教え|知りた|伺(?:いた|いして|いでき|え|って)|聞かせ)"
)
#: Japanese: a question word asked of a noun (初穂料はいくら, 住所ってどこ)
_JA_ASKED = "(?:は|って|とは|が)(?:" + "|".join(JA_QUESTION_WORDS) + ")"
#: Japanese: the noun told is the whole noun asked of, not its tail (料金 / 延長料金, session 28)
_WHOLE = "(?<![一-龥ァ-ヶー])"
#: Japanese: the question word that asks a price (its kind, "quantity", as in JA_QUESTION_WORDS)
_JA_HOW_MUCH = re.compile("いくら|幾ら")


def extra_kinds(text: str, lang: str, other: str = "") -> frozenset[str]:
    """The kinds of answer ``text`` asks for in the words this module reads (empty: none);
    ``other``: the prompt it is compared with (a Japanese request to tell counts only when
    ``other`` asks a question word of the noun it names)."""
    if lang == "ja":
        norm = unicodedata.normalize("NFKC", text)
        if _JA_WHEN.search(norm):
            return frozenset({"when"})
        found = _told_ja(norm, unicodedata.normalize("NFKC", other))
        if _JA_TIMES.search(norm):
            found |= {"quantity"}
        return found
    if lang != "en":
        return frozenset()
    low = text.lower()
    if _EN_WHEN.search(low):
        return frozenset({"when"})
    return _told_en(low)


def _told_ja(norm: str, other: str) -> frozenset[str]:
    """The kind "what" when ``norm`` asks to be told a noun (:data:`_JA_TELL`, not whether:
    かどうか) of which ``other`` asks a question word (:data:`_JA_ASKED`); "quantity" when
    the noun names a price of what ``other`` asks いくら of (:data:`_JA_HOW_MUCH`,
    :func:`~.ja_prices.price_told`); else nothing."""
    found = _JA_TELL.search(norm)
    if found is None or "かどうか" in norm or not other:
        return frozenset()
    if re.search(_WHOLE + re.escape(found.group(1)) + _JA_ASKED, other):
        return frozenset({"what"})
    if _JA_HOW_MUCH.search(other) and price_told(found.group(1), norm, other):
        return frozenset({"quantity"})
    return frozenset()


def _told_en(low: str) -> frozenset[str]:
    """What an English request to tell asks for (:data:`_EN_TELL`): "what" for a noun phrase,
    a question word's kind (how long, how much: the degree's), else nothing."""
    found = _EN_TELL.search(low)
    if found is None:
        return frozenset()
    kind = _EN_TOLD.get(found.group(1))
    if kind == "how" and found.group(2) in (" long", " much", " many", " often", " far", " old"):
        kind = en_degree_kind(low[found.start(1) :])
    return frozenset({kind}) if kind else frozenset()


def also_asked(query: str, cached: str, a: Analysis, b: Analysis) -> tuple[Analysis, Analysis]:
    """``a`` (``query``'s analysis) and ``b`` (``cached``'s) with the kinds of answer this
    module reads added, for the ``question`` check to compare again when it found the first
    reading's kinds different (the same analyses when it reads nothing)."""
    a_kinds, b_kinds = extra_kinds(query, a.lang, cached), extra_kinds(cached, b.lang, query)
    return _with(a, a_kinds), _with(b, b_kinds)


def when_positions(surfaces: Sequence[str]) -> frozenset[int]:
    """The positions of the short units (SudachiPy mode A ``surfaces``) that a question word
    何 + a unit of time + 前 / 後 / 目 spans but 何 in a unit of its own (何 + 日 + 前: 日,
    前), for the minimal-pair check to leave out: a question word, the ``question`` check's."""
    found: set[int] = set()
    for i, surface in enumerate(surfaces):
        if surface[:1] != "何":
            continue
        j = i + 1 if surface == "何" else i  # 何 + 日, or 何日 as one unit
        unit = surfaces[j][1:] if j == i else surfaces[j] if j < len(surfaces) else ""
        if unit in _TIME_UNITS and j + 1 < len(surfaces) and surfaces[j + 1] in _POINT:
            found |= {j, j + 1}
    return frozenset(found)


def _with(analysis: Analysis, kinds: frozenset[str]) -> Analysis:
    """``analysis`` whose question kinds also hold ``kinds`` (a bare yes / no dropped)."""
    if not kinds:
        return analysis
    found = analysis.qtypes - {"yesno"} if analysis.qtypes == {"yesno"} else analysis.qtypes
    return dataclasses.replace(analysis, qtypes=frozenset(found | kinds))
