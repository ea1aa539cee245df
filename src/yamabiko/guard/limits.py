"""What limits a word, marked while a prompt is split into units (``units.py``:
:attr:`~.units.Unit.limit` and :attr:`~.units.Unit.counter`), for the minimal-pair check's
scope rules (``scope.py``).

- A number's unit: the word right after it (Japanese: a counter, SudachiPy 助数詞, 1本 / 1箱;
  or a noun, 3回); another unit is another quantity.
- A scope word: a totality word (all / every / whole / entire; 全部 / 全体 / 全て) asks about
  the whole of what it modifies, a restricting one (only / just; だけ / のみ / しか) about a
  part only (English: before a determiner, just the screen); a restricted number (just one
  day, 1缶だけ) is a least amount, not a scope.
- A limiting phrase: a noun after for / with (for members, with a toilet), a Japanese noun
  before 付き (シャワー付き個室).
- A clause: a Japanese verb in the past or progressive that modifies the noun after it
  (壊れた腕時計, 壊れている時計), an English participle after a determiner (the *damaged*
  screen: words in -ed only).
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


def ja_limit(major: str, norm: str, morphemes: Sequence[Any], position: int) -> str:
    """:attr:`Unit.limit` of a Japanese content unit (see there)."""
    if norm in lx.JA_SCOPE_ALL:
        return "all"
    rest = morphemes[position + 1 :]
    if major == "動詞":  # 壊れた腕時計, 壊れている時計: a participle before a noun
        last = None
        for m in rest:
            pos = m.part_of_speech()
            if pos[0] == "名詞":  # not after て (並んで水を飲む: how, not which)
                return "clause" if last is not None and last[1] != "接続助詞" else ""
            if pos[0] != "助動詞" and pos[1] not in ("接続助詞", "非自立可能"):
                return ""
            last = pos
        return ""
    if not rest or (position and morphemes[position - 1].part_of_speech()[1] == "数詞"):
        return ""  # 1缶だけ: a least amount, not a scope
    if rest[0].surface() in lx.JA_SCOPE_ONLY:
        return "only"
    return "with" if rest[0].normalized_form() in lx.JA_LIMITING else ""
