"""Japanese words of a part of the day, read by the minimal-pair check (session 34).

The check pairs two units it finds no form, reading or synonym group for when their word
vectors (:mod:`.wordvec`) reach the word-similarity floor. 早朝 / 午前 (early morning / the
morning) sit above that floor, so 早朝に荷物を受け取れますか / 午前中に荷物を受け取れますか were
served as one question, yet a delivery at dawn is not one in the morning: each word names its
own slot of the day, as 夜 / 夕方 do (those the vectors already kept apart). The parts of the
day are a closed class of the grammar, :data:`JA_PARTS_OF_DAY` (the English part each names;
the conversation matcher reads the same table, ``conversation.calendar``): two of them are one
time when they name one part (夜 / 晩, 昼過ぎ / 午後) or share a SudachiDict synonym group
(夜明け / 明け方, read before this by the form tests, :func:`.unit_forms.related`), and two
times otherwise, whatever the vectors say (:func:`same_part_of_day`). It is read before the
contrasts of kanji compounds too: 夕刻 / 夕方 are one kanji apart and 昼下がり / 昼過ぎ share
a head, yet each pair names one part.
"""

from __future__ import annotations

#: a Japanese word of a part of the day and the English part it names (a closed class: the
#: guard's English dates read *morning*, *afternoon*, *evening*). A part that is one end of
#: another, or another slot, names a part of its own (session 33 review): 早朝 / 夜明け a dawn,
#: 夜 / 晩 a night (夕方と晩, 夜明けと午前中: two slots a thread may offer), and 昼前 (the end of
#: a morning) none
JA_PARTS_OF_DAY = {
    "夜明け": "dawn", "明け方": "dawn", "早朝": "dawn", "午前中": "morning",
    "午前": "morning", "朝": "morning", "昼過ぎ": "afternoon",
    "昼下がり": "afternoon", "午後": "afternoon", "夕方": "evening", "夕刻": "evening",
    "晩": "night", "夜": "night",
}  # fmt: skip


def same_part_of_day(first: str, second: str) -> bool | None:
    """None unless ``first`` and ``second`` (units' keys) are both words of a part of the day
    (:data:`JA_PARTS_OF_DAY`); then whether they name one part (夜 / 晩, 昼過ぎ / 午後: True;
    早朝 / 午前, 夜 / 夕方: False). A shared synonym group is read before this, by the form
    tests."""
    part = JA_PARTS_OF_DAY.get(first)
    if part is None:
        return None
    other = JA_PARTS_OF_DAY.get(second)
    return None if other is None else part == other
