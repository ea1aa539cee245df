"""A second reading of the question words, asked only when the ``question`` check found that
two prompts ask for different kinds of answer (:func:`also_asked`): question words that ask
for a point in time in other words than いつ / when.

- **Japanese: 何 + a unit of time + 前 / 後 / 目** (何日前までに, 何時間前に, 何日目から,
  何ヶ月後): "how many days before / which day" asks for a point in time, as いつまでに /
  いつから does. 何日かかりますか (a count of days, no 前 / 後 / 目) is not read so.
- **English: "how long until / till / before / after ..." and "how soon"** ask when
  something happens (how long until we get the photos / when will we get the photos), as
  well as how long it is until then; "how long does it take / last" is not read so.

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

from .facts import Analysis

#: 何 + a unit of time + 前 / 後 / 目: a point in time (何日前までに, 何日目から, 何ヶ月後)
_JA_WHEN = re.compile(r"何(?:分|日|時間|週間?|[かヵヶカケ]?月|年)(?:前|後|目)")
_TIME_UNITS = frozenset(
    {"分", "日", "時間", "週", "週間", "月", "か月", "ヵ月", "ヶ月", "カ月", "ケ月", "年"}
)
_POINT = frozenset({"前", "後", "目"})
#: counters that SudachiPy may join to 何 in one short unit (何分) or not (何 + 分): the
#: minimal-pair check keys both by the counter
COUNTED = _TIME_UNITS | {"秒", "人", "回", "個", "円", "歳", "枚", "本", "件", "泊", "台"}
#: "how long until / till / before / after", "how soon": when as well as how long
_EN_WHEN = re.compile(r"\bhow (?:long (?:until|till|til|before|after)|soon)\b")


def extra_kinds(text: str, lang: str) -> frozenset[str]:
    """The kinds of answer ``text`` asks for in the words this module reads (empty: none)."""
    if lang == "ja":
        norm = unicodedata.normalize("NFKC", text)
        return frozenset({"when"}) if _JA_WHEN.search(norm) else frozenset()
    if lang == "en" and _EN_WHEN.search(text.lower()):
        return frozenset({"when"})
    return frozenset()


def also_asked(query: str, cached: str, a: Analysis, b: Analysis) -> tuple[Analysis, Analysis]:
    """``a`` (``query``'s analysis) and ``b`` (``cached``'s) with the kinds of answer this
    module reads added, for the ``question`` check to compare again when it found the first
    reading's kinds different (the same analyses when it reads nothing)."""
    return _with(a, extra_kinds(query, a.lang)), _with(b, extra_kinds(cached, b.lang))


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
