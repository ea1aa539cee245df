"""Whether a Japanese verb stem negated after ないと is a godan verb's potential (session 39,
review).

Session 38 (lateJA) read ないと + a negated potential verb as an obligation: 予約しないと入れ
ませんか ("can I not get in unless I book") asks what 予約しないといけませんか asks. Its pattern
took any one or two kanji and a kana of the e-row before ない / ません, which is also the stem of
every ichidan verb of its own: 早く出ないと遅れませんか ("won't we be late unless we leave
early") asks whether one will be late, and was served against 早く出ないといけませんか ("must we
leave early"). A godan verb's potential is its stem with the e-row kana (入る: 入れる, 使う:
使える, 行く: 行ける); 遅れる, 壊れる, 濡れる have no godan verb 遅る, 壊る, 濡る in SudachiPy's
dictionary, so :func:`godan_potential` asks the dictionary for the godan verb the stem would
be the potential of.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .ja_prefixed import _GODAN_ENDING  # (a potential's e-row kana -> its godan verb's u-row)


def godan_potential(stem: str, tokenize: Callable[[str], Any]) -> bool:
    """True when ``stem`` (kanji and a kana of the e-row: 入れ, 使え) is the potential of a
    godan verb: its kanji and the matching u-row kana (入る, 使う) are one godan verb that
    ``tokenize`` (SudachiPy's long units of a word) reads; False for 遅れ, 壊れ, 濡れ."""
    ending = _GODAN_ENDING.get(stem[-1:])
    return ending is not None and _godan(stem[:-1] + ending, tokenize)


@lru_cache(maxsize=1024)
def _godan(word: str, tokenize: Callable[[str], Any]) -> bool:
    """``word`` is one verb of the dictionary whose conjugation is godan."""
    found = list(tokenize(word))
    if len(found) != 1 or found[0].part_of_speech()[0] != "動詞":
        return False
    return str(found[0].part_of_speech()[4]).startswith("五段")
