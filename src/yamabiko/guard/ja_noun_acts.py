"""Two acts said as nouns: a Japanese substitution the boosted trees may not serve when both
words are verbs' nominal forms (連用形 nouns) of two compound verbs on one first verb, and the
verbs differ (session 39, jawrong).

The minimal-pair check refuses 契約の見直しはできますか？ against 契約の見落としはありますか？ as
``substitution:見直し->見落とし``; the trees served it (``learned-accept:0.82``, cosine 0.829):
the two nouns share 見 and the word vectors put them close (0.74), though one is a review and
the other an oversight. A compound verb's meaning is carried by its second verb (見 + 直す:
look again; 見 + 落とす: miss), so two such nouns that share the first verb and not the verb
they stand for name two acts, as two verbs do in the predicate check.

The reading is SudachiPy's dictionary alone: a word is an act said as a noun when the
dictionary has an entry for its spelling as a noun and another as a verb (見直し: the noun
見直し and the verb 見直す's continuative form); the two verbs' normalised forms must differ and
no SudachiPy synonym group may hold both words or both verbs (見直し / 再検討 share one; 再検討 is
no verb's form anyway). Words that differ in their first kanji are not read here (申し込み /
申請, 払い戻し / 返金: not one verb's compounds).

Since session 39's late round (lateWrong) the minimal-pair check's word equivalence asks
:func:`compound_acts_apart` too: the rules themselves had paired チケットの売り切れ /
売り出し (``guard-ok`` at 0.981) by the shared kanji and the word vectors.
"""

from __future__ import annotations

from functools import lru_cache

from . import japanese
from .limits import is_kanji

__all__ = ["acts_replaced", "compound_acts_apart"]

_NOUN, _VERB = "名詞", "動詞"


def acts_replaced(reason: str) -> str:
    """``"X->Y"`` when ``reason`` is the minimal-pair check's ``substitution:X->Y`` of one
    Japanese word by one, both the nominal forms of two different compound verbs on one first
    kanji (:func:`nominal_acts_apart`: 見直し / 見落とし); empty otherwise."""
    kind, _, change = reason.partition(":")
    old, arrow, new = change.partition("->")
    if kind != "substitution" or not arrow or "+" in old + new:
        return ""
    return f"{old}->{new}" if nominal_acts_apart(old, new) else ""


@lru_cache(maxsize=4096)
def nominal_acts_apart(first: str, second: str) -> bool:
    """Two Japanese words that open with the same kanji, each a noun SudachiPy's dictionary
    also lists as a verb's form, of two verbs with other normalised forms and no synonym
    group in common (nor the two nouns)."""
    if first == second or first.isascii() or second.isascii():
        return False
    if first[0] != second[0] or not is_kanji(first[0]):
        return False
    one, two = _entries(first), _entries(second)
    if one is None or two is None:
        return False
    (verbs_one, groups_one), (verbs_two, groups_two) = one, two
    return not verbs_one & verbs_two and not groups_one & groups_two


@lru_cache(maxsize=4096)
def compound_acts_apart(first: str, second: str) -> bool:
    """:func:`nominal_acts_apart`, and every verb each word is a form of is a compound verb
    (two kanji or more: 売り切れる, 売り出す); what the rules' own pairing of two words (a
    shared kanji, a synonym group, the word vectors) must not join (session 39, lateWrong:
    売り切れ / 売り出し, 締め切り / 締め出し). One-kanji verbs (降り / 降ろし, 見 / 見え) are
    left to the other readings."""
    if not nominal_acts_apart(first, second):
        return False
    verbs = _entries(first)[0] | _entries(second)[0]  # type: ignore[index]
    return all(sum(map(is_kanji, verb)) >= 2 for verb in verbs)


@lru_cache(maxsize=4096)
def _entries(word: str) -> tuple[frozenset[str], frozenset[int]] | None:
    """The normalised forms of the verbs ``word`` is a form of and the synonym groups of all
    its entries, when SudachiPy's dictionary lists it both as a noun and as a verb's form;
    else None (also without the dictionary)."""
    if japanese._sudachi() is None:  # (loads the dictionary when no text was read yet)
        return None
    lookup = getattr(japanese._sudachi_dictionary, "lookup", None)
    if lookup is None:
        return None
    entries = list(lookup(word))
    verbs = frozenset(e.normalized_form() for e in entries if e.part_of_speech()[0] == _VERB)
    if not verbs or not any(e.part_of_speech()[0] == _NOUN for e in entries):
        return None
    groups = frozenset(g for e in entries for g in e.synonym_group_ids())
    return verbs, groups
