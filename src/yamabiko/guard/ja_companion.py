"""Another companion in a Japanese question: the noun before the particle と changed, its
modifiers with it (session 29).

高校生の甥と天体観測ツアーに参加できますか / 目の不自由な友人と天体観測ツアーに参加できますか
ask about two different people who come along. The minimal-pair check counts every unit the
two prompts do not share: 高校 + 甥 against 目 + 不自由 + 友人 is more than its
``max_changes``, so the pair was ``not-minimal`` and served, although every unit that differs
sits in the one noun phrase that ends at と. :func:`companion_changed` reads the pair so: on
each side the units left over are one phrase (no shared unit among them) whose last unit, a
noun, is followed by the case particle と, the rest of the two prompts is the same, and the two
heads differ (the check did not pair them: no reading, synonym group or word-vector closeness
makes them one). Then the pair asks about another companion: ``companion:甥->友人``. Both
prompts must be questions (:func:`.ja_words.ends_asking`): in a statement と more often joins
two things (バスルームの中にトイレと洗面台があります / 白色の便器と洗面台があります, a JSTS pair
of one scene). The same
head with other modifiers (高校生の甥と / 中学生の甥と) is the minimal-pair check's own
business and is left to it.

In a question と may still join two things (売店で地図と雨具は買えますか / 売店で折りたたみの
傘と雨具は買えますか): SudachiPy tags that と 格助詞 as well, and nothing in the sentence's shape
tells a thing from a person who comes along (友人と映画を見られますか has the shape of 地図と
雨具を買えますか), so the rule reads it too. The verdict holds, another thing is asked about,
but the reason calls the thing a companion (``companion:傘->地図``; session 30's review,
``tests/test_tidy_s30.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .ja_words import ends_asking
from .japanese import short_units

if TYPE_CHECKING:
    from .minpair import Alignment
    from .units import Unit

#: SudachiPy's part of speech of the companion particle と (格助詞: with whom, 甥と)
_WITH = ("助詞", "格助詞")


def companion_changed(aligned: Alignment, first: Sequence[Unit], second: Sequence[Unit],
                      cached: str, query: str) -> str:  # fmt: skip
    """``companion:甥->友人`` when the units the prompts ``cached`` (units ``first``) and
    ``query`` (``second``) do not share are, on each side, one noun phrase before と whose
    heads differ (see the module docstring); else ""."""
    left, right = aligned.rest_left, aligned.rest_right
    if not left or not right or "と" not in cached or "と" not in query:
        return ""
    if len(aligned.left) != len(left) or len(aligned.right) != len(right):
        return ""  # some pair of words was explained: more than one phrase reworded
    if not (ends_asking(cached) and ends_asking(query)):
        return ""  # a statement's と joins two things more often (トイレと洗面台があります)
    heads = [_head(rest, own, text) for rest, own, text in
             ((left, first, cached), (right, second, query))]  # fmt: skip
    if heads[0] is None or heads[1] is None or heads[0].key == heads[1].key:
        return ""
    return f"companion:{heads[0].text}->{heads[1].text}"


def _head(rest: Sequence[Unit], own: Sequence[Unit], text: str) -> Unit | None:
    """The last of ``rest`` when ``rest`` are one phrase of ``own`` whose last unit is a noun
    that the particle と follows in ``text`` (:func:`phrase_end`); else None."""
    found = phrase_end(rest, own, text)
    if found is None or found[1].surface() != "と":
        return None
    return found[0] if tuple(found[1].part_of_speech()[:2]) == _WITH else None


def phrase_end(rest: Sequence[Unit], own: Sequence[Unit], text: str) -> tuple[Unit, Any] | None:
    """The last of ``rest`` and the SudachiPy morpheme after it in ``text`` when ``rest`` are
    one phrase of ``own`` (no unit of ``own`` outside ``rest`` stands among them) whose last
    unit is a noun followed by a morpheme; else None (also shared by :mod:`.ja_phrase_head`)."""
    if any(u.kind != "content" for u in rest):
        return None
    positions = sorted(u.position for u in rest)
    low, head = positions[0], max(rest, key=lambda u: u.position)
    taken = {id(u) for u in rest}
    if any(low < u.position < head.position and id(u) not in taken for u in own):
        return None
    morphemes = short_units(text)
    if morphemes is None or head.position + 1 >= len(morphemes):
        return None
    if morphemes[head.position].part_of_speech()[0] != "名詞":
        return None
    return head, morphemes[head.position + 1]
