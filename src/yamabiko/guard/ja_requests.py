"""Another person asked to do it (session 21, Japanese review): a noun with に before a word
of requesting (業者に頼めますか, 専門の人に依頼できますか), read for
:func:`.ja_doers.doer_changed`, which refuses it against 自分で (網戸の張り替えは自分でできます
か: the speaker does it) as it refuses an auxiliary of receiving (業者に取り付けてもらえますか).

Which words request is read from SudachiPy's synonym groups, not from a list: a word is one
when it shares a group with 依頼 (頼む, 頼める, 頼み, 依頼する).
"""

from __future__ import annotations

from functools import lru_cache

from .ja_synonyms import groups
from .japanese import short_units

#: the word whose SudachiPy synonym groups name the words of requesting
_REQUEST = "依頼"


@lru_cache(maxsize=1024)
def asks_another(text: str) -> bool:
    """``text`` has a noun with に followed, in the same clause, by a word of requesting
    (業者に頼めますか, 業者に掃除を依頼したい)."""
    requesting = groups(_REQUEST)
    morphemes = short_units(text) if requesting else None
    if not morphemes:
        return False
    to_someone = False
    for i, m in enumerate(morphemes):
        pos = m.part_of_speech()
        if m.surface() == "に" and pos[0] == "助詞" and i > 0:
            to_someone = morphemes[i - 1].part_of_speech()[0] in ("名詞", "接尾辞")
        elif to_someone and requesting & set(m.synonym_group_ids()):
            return True
        elif pos[1] in ("接続助詞", "句点", "読点"):
            to_someone = False  # (another clause)
    return False
