"""Another noun phrase in a Japanese question: every unit the two prompts do not share sits in
one noun phrase on each side, before the same particle, and the phrases' heads are two words
the minimal-pair check itself keeps apart (session 38, lateWrong).

車いすの祖母も監獄博物館を回れますか / ベビーカーの孫も監獄博物館を回れますか ask about two
different people, each with their own equipment. The check counts 車 + いす + 祖母 against
ベビーカー + 孫, more than its ``max_changes``, so the pair was ``not-minimal`` and served,
although either change alone is refused (``substitution:祖母->孫``, ``substitution:車+いす->
ベビーカー``). Changing a noun's modifiers along with the noun does not make the noun the same:
:func:`phrase_head_changed` reads the pair so. On each side the units left over are one phrase
(no shared unit among them) whose last unit, a noun, is followed by a particle, the same
particle on both sides; the rest of the two prompts is the same; and the check, asked about the
two heads alone, refuses them as a substitution (no reading, synonym group, WordNet sense or
word-vector closeness pairs them), and one head at least is a person's noun (the English word
nearest it in the word vectors is one, :func:`_person`: 祖母 as grandmother): without that test
the rule read 14 paraphrases of the tuning sets that reword a phrase around another noun,
日時 / 日と時間, 食後 / 食事の後, 予約 / 取っておいてもらうこと. Then the pair asks about another
person: ``phrase:祖母->孫``. Both prompts must be questions (:func:`.ja_words.ends_asking`), as for
:mod:`.ja_companion`, whose と phrases (高校生の甥と / 目の不自由な友人と) it asks first and
keeps as they were; this module widens the same reading to every particle, with the check's own
word equivalence, not the heads' keys, deciding that the heads differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .english_persons import person_senses
from .ja_companion import companion_changed, phrase_end
from .ja_contrasts import contrastable
from .ja_words import ends_asking

if TYPE_CHECKING:
    from .minpair import Alignment, MinimalPairCheck
    from .units import Unit


def phrase_changed(
    check: MinimalPairCheck, aligned: Alignment, first: Sequence[Unit], second: Sequence[Unit],
    cached: str, query: str, similarity: float,
) -> str:  # fmt: skip
    """The refusal of a Japanese pair the minimal-pair ``check`` counted as no minimal pair:
    another companion (:func:`.ja_companion.companion_changed`, ``companion:甥->友人``) or
    another noun phrase (:func:`phrase_head_changed`, ``phrase:祖母->孫``); "" when neither."""
    found = companion_changed(aligned, first, second, cached, query)
    if found:
        return found
    return phrase_head_changed(check, aligned, first, second, cached, query, similarity)


def phrase_head_changed(
    check: MinimalPairCheck, aligned: Alignment, first: Sequence[Unit], second: Sequence[Unit],
    cached: str, query: str, similarity: float,
) -> str:  # fmt: skip
    """``phrase:祖母->孫`` when the units the prompts ``cached`` (units ``first``) and
    ``query`` (``second``) do not share are, on each side, one noun phrase before the same
    particle and ``check`` refuses the two heads as a substitution (see the module
    docstring); else ""."""
    left, right = aligned.rest_left, aligned.rest_right
    if not left or not right or (len(left) < 2 and len(right) < 2):
        return ""  # one word each side: the check's own substitution
    if len(aligned.left) != len(left) or len(aligned.right) != len(right):
        return ""  # some pair of words was explained: more than one phrase reworded
    if not (ends_asking(cached) and ends_asking(query)):
        return ""
    ends = [_head(rest, own, text) for rest, own, text in
            ((left, first, cached), (right, second, query))]  # fmt: skip
    if ends[0] is None or ends[1] is None or ends[0][1] != ends[1][1]:
        return ""  # no noun phrase on a side, or another particle after it
    heads = ends[0][0], ends[1][0]
    if heads[0].key == heads[1].key:
        return ""
    if not (_person(heads[0].text) or _person(heads[1].text)):
        return ""  # (日時 / 時間, 予約 / こと: a phrase reworded around another noun)
    alone = check.compare([heads[0]], [heads[1]], similarity)
    if alone.accept or not alone.reason.startswith("substitution:"):
        return ""
    return f"phrase:{heads[0].text}->{heads[1].text}"


def _person(word: str) -> bool:
    """The English word nearest the Japanese ``word`` in the word vectors
    (:func:`.ja_contrasts.contrastable`) is a noun whose first tagged sense is a person
    (:func:`.english_persons.person_senses`): 祖母 (grandmother), 妻 (wife), 友人 (friend)."""
    english = contrastable().get(word, "")
    return bool(english) and bool(person_senses(english))


def _head(rest: Sequence[Unit], own: Sequence[Unit], text: str) -> tuple[Unit, str] | None:
    """The last of ``rest`` and the particle after it in ``text`` when ``rest`` are one noun
    phrase of ``own`` a particle follows (:func:`.ja_companion.phrase_end`); else None."""
    found = phrase_end(rest, own, text)
    if found is None or found[1].part_of_speech()[0] != "助詞":
        return None
    return found[0], found[1].surface()
