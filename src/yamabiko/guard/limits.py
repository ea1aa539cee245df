"""What limits a word, marked while a prompt is split into units (``units.py``:
:attr:`~.units.Unit.limit` and :attr:`~.units.Unit.counter`), for the minimal-pair check's
scope rules (``scope.py``).

- A number's unit: the word right after it (Japanese: a counter, SudachiPy 助数詞, 1本 / 1箱;
  or a noun, 3回); another unit is another quantity.
- A scope word: a totality word (all / every / whole / entire; 全部 / 全体 / 全て) asks about
  the whole of what it modifies, a restricting one (only / just; だけ / のみ / しか) about a
  part only (English: before a determiner, just the screen); a restricted number (just one
  day, 1缶だけ) is a least amount, not the scope of a noun. A Japanese count restricted by
  だけ / のみ (一枚だけ) is a part against a totality (部屋全部) all the same: its number
  is marked (:func:`ja_count_limit`).
- A limiting phrase: a noun after for / with (for members, with a toilet), a Japanese noun
  before 付き (シャワー付き個室).
- A clause: a Japanese verb in the past or progressive that modifies the noun after it
  (壊れた腕時計, 壊れている時計), an English participle after a determiner (the *damaged*
  screen: words in -ed only).
- A Japanese noun's own limits (:func:`compounded`, :func:`ja_scope`): the first part of a
  compound (子ども + 料金), and a noun of time, frequency or extent or one before だけ / のみ.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import lexicon as lx


def en_limit(low: str, limit: str, after_content: bool) -> str:
    """The limit the next English content word gets after the token ``low`` (``limit``: the
    one it had before; "just": a restricting word waiting for its determiner). A for- /
    with-phrase limits only after a content word (cheaper for members, a room with a view),
    not after a verb's particle (sign up for the newsletter)."""
    if low in lx.EN_SCOPE_ALL:
        return "all"
    if low in lx.EN_SCOPE_ONLY:
        return "just"
    if low in lx.EN_LIMITING:
        return "with" if after_content else ""
    if limit == "just":
        return "only" if low in lx.EN_DETERMINERS else ""
    return limit


def ja_counter(morphemes: Sequence[Any], position: int) -> str:
    """The unit of the number at ``position``: the counter or noun right after it (SudachiPy
    tags counters as suffixes or nouns: 1本, 10冊, 1箱, 3回), normalised; "" when none."""
    if position + 1 >= len(morphemes):
        return ""
    following = morphemes[position + 1].part_of_speech()
    if following[0] in ("名詞", "接尾辞") and following[1] != "数詞":
        return morphemes[position + 1].normalized_form()
    return ""


def ja_count_limit(morphemes: Sequence[Any], position: int) -> str:
    """"only" when a restrictive particle follows the number at ``position``, at once or
    after its counter (一枚だけ, 1缶のみ): a count asked about, not the whole; else ""."""
    for m in morphemes[position + 1 : position + 3]:
        if m.surface() in _JA_RESTRICTIVE:
            return "only"
        if m.part_of_speech()[0] not in ("名詞", "接尾辞"):
            return ""
    return ""


def ja_limit(major: str, norm: str, morphemes: Sequence[Any], position: int) -> str:
    """:attr:`Unit.limit` of a Japanese content unit (see there)."""
    if norm in lx.JA_SCOPE_ALL:
        return "all"
    after = position + 1  # (indexes, not a slice of the rest: one list less per unit)
    if major == "動詞":  # 壊れた腕時計, 壊れている時計: a participle before a noun
        last = None
        for k in range(after, len(morphemes)):
            pos = morphemes[k].part_of_speech()
            if pos[0] == "名詞":  # not after て (並んで水を飲む: how, not which)
                return "clause" if last is not None and last[1] != "接続助詞" else ""
            if pos[0] != "助動詞" and pos[1] not in ("接続助詞", "非自立可能"):
                return ""
            last = pos
        return ""
    if after >= len(morphemes) or (
        position and morphemes[position - 1].part_of_speech()[1] == "数詞"
    ):
        return ""  # 1缶だけ: a least amount, not a scope
    following = morphemes[after]
    surface = following.surface()
    if surface in lx.JA_SCOPE_ONLY or (
        after + 1 < len(morphemes) and following.part_of_speech()[0] == "接尾辞"
        and morphemes[after + 1].surface() in lx.JA_SCOPE_ONLY
    ):  # fmt: skip
        return "only"  # (午前中だけ: the noun's suffix first)
    if surface == "の" and _adjectival(morphemes[position]) and compounded(morphemes, after):
        return "clause"  # 大型のペット: a property (an adjectival noun + の) sorts the noun
    return "with" if following.normalized_form() in lx.JA_LIMITING else ""


def _adjectival(morpheme: Any) -> bool:
    """A noun SudachiPy marks as usable as an adjectival noun (形状詞可能: 大型, 小型, 無料),
    written with a kanji."""
    pos = morpheme.part_of_speech()
    return pos[0] == "名詞" and pos[2] == "形状詞可能" and any(map(is_kanji, morpheme.surface()))


_JA_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万何数")


def is_kanji(c: str) -> bool:
    """A CJK unified ideograph (a kanji)."""
    return "\u4e00" <= c <= "\u9fff"


def compounded(morphemes: Sequence[Any], position: int) -> bool:
    """A noun another noun follows at once: the first part of a compound (子ども + 料金)."""
    following = morphemes[position + 1] if position + 1 < len(morphemes) else None
    return following is not None and following.part_of_speech()[0] == "名詞"


#: restrictive particles: what they follow is the only case asked about (夏休みだけ, 会員のみ)
_JA_RESTRICTIVE = lx.JA_SCOPE_ONLY - {"しか"}  # しか needs a negative verb: not a limit alone


def ja_may_scope(surface: str) -> bool:
    """A word :func:`ja_scope` may take for a limit, as far as its ``surface`` alone tells: two
    characters or more, a kanji among them, not a numeral first (上 / 前: a place; 一人: a count;
    それぞれ: no). The units remember it with the word (``units_ja._JaPiece``)."""
    return len(surface) >= 2 and surface[0] not in _JA_NUMERALS and any(map(is_kanji, surface))


def ja_scope(pos: tuple[str, ...], morphemes: Sequence[Any], position: int) -> bool:
    """A noun that limits what it modifies: one of time, frequency or extent (副詞可能), or
    one a restrictive particle follows."""
    if not ja_may_scope(morphemes[position].surface()):
        return False  # 上 / 前 (a place), 一人 (a count), それぞれ: not a limit
    if pos[2] == "副詞可能":
        return True
    following = morphemes[position + 1] if position + 1 < len(morphemes) else None
    return following is not None and following.surface() in _JA_RESTRICTIVE
