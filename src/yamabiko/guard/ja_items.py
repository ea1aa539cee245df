"""What a Japanese question covers (the guard's ``roles`` step, through
:func:`.modality.frame_changed`): one more item joined to a noun both prompts say, and "any"
said on one side only.

* **An added item** (:func:`item_added`): 住民票と印鑑証明書はコンビニで取れますか /
  住民票はコンビニで取れますか, 電気とガスの契約 / 電気の契約 (cosine 0.85-0.95). One prompt
  joins a noun to a noun the other says (A と B, A や B, A および B, A か B), every other
  content word is shared, and the joined noun appears nowhere in the other prompt: the answer
  must cover two things. ``item:印鑑証明書``. A と that names a partner (友達と旅行に行く,
  犬と散歩できる) is not a join: the second noun of a join is not a verbal noun (サ変可能) and
  is followed by a particle.
* **"Any" against one** (:func:`any_dropped`): どのカードでも払えますか / このカードで払え
  ますか. A question word with でも (どの N でも, 何でも, どこでも, いつでも, 誰でも) says
  "any"; the other prompt, with the same content words, says neither it nor a word for all
  (全, 全部, すべて, 各): ``scope:どの+でも``.

* **One of them against both** (:func:`either_changed`): 朝食か夕食のどちらかが付きますか /
  朝食と夕食の両方が付きますか. One prompt says "one of them" (どちらか, どっちか, いずれか,
  片方) and the other "both" or "each" (両方, 両者, どちらも, どっちも, いずれも, 二つとも,
  2つとも), neither side saying both kinds: ``scope:どちらか->両方``.

The first two read SudachiPy's long units (parts of speech and normalised forms: closed
classes of the grammar, no word lists of the failures) and run only after a cheap substring test.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .facts import Analysis
from .japanese import long_units
from .lexicon import JA_QUESTION_WORDS

#: the particles that join two nouns into one list
_JOINS = frozenset({"と", "や", "および", "及び", "か", "とか"})
#: the particles after which a verbal noun joined by と is a listed thing, not an act done
#: with a partner (掃除とワックスも含まれる, 予約とキャンセルは; not 友達と旅行に行く)
_LISTED = frozenset({"も", "が", "は", "の", "や", "など"})
#: words for all of a kind: with one of them, "any" is said on the other side too
_ALL = frozenset({"全", "全部", "全て", "すべて", "総て", "各", "全員", "全額", "全体", "全店"})
#: the words left out when two prompts' content words are compared for "any": those for all,
#: the question words and the demonstratives that stand where どの stood (この, その, あの)
_LEFT_OUT = (
    _ALL
    | frozenset(JA_QUESTION_WORDS)
    | frozenset({"どの", "此の", "其の", "彼の", "この", "その", "あの"})
)


def item_added(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The noun one prompt (``a``: the query's analysis, ``b``: the cached one's) joins to a
    noun both say, absent from the other prompt whose content words it otherwise has all
    of; empty: none (see the module docstring)."""
    mine, theirs = frozenset(a.content), frozenset(b.content)
    if mine == theirs:
        return ""
    longer, shorter, text = (mine, theirs, query) if mine > theirs else (theirs, mine, cached)
    if not longer > shorter:
        return ""  # (each side has a word the other lacks: not an added item)
    if not any(join in text for join in _JOINS):
        return ""
    found = long_units(text)
    if found is None:
        return ""
    added = longer - shorter
    for first, run in _joined(found[1]):
        if first in shorter and added <= frozenset(run).union(*(_parts(w, longer) for w in run)):
            return "+".join(run)  # 水族館とふれあい広場: a compound of two nouns added
        if len(run) == 1 and run[0] in shorter and added <= {first} | _parts(first, longer):
            return first
    return ""


def _parts(word: str, words: frozenset[str]) -> frozenset[str]:
    """The content words inside ``word`` (a compound's parts the analysis also lists)."""
    return frozenset(w for w in words if w != word and w in word)


def _joined(morphemes: Sequence[Any]) -> list[tuple[str, tuple[str, ...]]]:
    """The nouns joined by a particle of :data:`_JOINS` (normalised forms): the noun before
    it and the run of nouns after it (one noun, or the long units of a compound: ふれあい
    広場)."""
    pairs = []
    count = len(morphemes)
    for k in range(1, count - 2):
        join = morphemes[k]
        if join.surface() not in _JOINS or join.part_of_speech()[0] != "助詞":
            continue
        end = k + 2
        while end < count - 1 and morphemes[end].part_of_speech()[0] == "名詞":
            end += 1  # (the compound's last noun stands before the particle)
        first, second, after = morphemes[k - 1], morphemes[end - 1], morphemes[end]
        if first.part_of_speech()[:2] == ("接尾辞", "名詞的") and k >= 2:
            first = morphemes[k - 2]  # 掃除機がけ: the noun the suffix makes a noun of
        if first.part_of_speech()[0] != "名詞" or second.part_of_speech()[0] != "名詞":
            continue
        if after.part_of_speech()[0] != "助詞" or (
            second.part_of_speech()[2] == "サ変可能" and after.surface() not in _LISTED
        ):
            continue  # 犬と散歩できる, 友達と旅行に行く: a partner, not a list
        run = tuple(morphemes[j].normalized_form() for j in range(k + 1, end))
        pairs.append((first.normalized_form(), run))
    return pairs


#: the words of "one of them" and of "both" (closed classes of the grammar: a question word
#: with か / も, and the two nouns of halves and pairs)
_EITHER = ("どちらか", "どっちか", "いずれか", "片方", "片一方")
_BOTH = ("両方", "両者", "どちらも", "どっちも", "いずれも", "二つとも", "2つとも", "２つとも")


def either_changed(query: str, cached: str) -> str:
    """``"X->Y"`` when one prompt says "one of them" and the other "both" (``X`` the cached
    prompt's word), each of one kind only; empty otherwise."""
    old, new = _either(cached), _either(query)
    if not old or not new or old[0] == new[0]:
        return ""
    return f"{old[1]}->{new[1]}"


def _either(text: str) -> tuple[str, str] | None:
    """``("one" | "both", the word)`` when ``text`` says words of one of the two kinds only."""
    one = next((word for word in _EITHER if word in text), "")
    both = next((word for word in _BOTH if word in text), "")
    if bool(one) == bool(both):
        return None
    return ("one", one) if one else ("both", both)


def any_dropped(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """``"X+でも"`` when one prompt says "any" with the question word ``X`` + でも and the
    other, with the same content words, says neither "any" nor a word for all; empty
    otherwise."""
    if ("でも" in query) == ("でも" in cached):
        return ""  # (a cheap test first)
    text, other = (query, cached) if "でも" in query else (cached, query)
    if frozenset(a.content) - _LEFT_OUT != frozenset(b.content) - _LEFT_OUT:
        return ""
    found, rest = long_units(text), long_units(other)
    if found is None or rest is None:
        return ""
    if any(m.normalized_form() in _ALL or m.surface() in _ALL for m in rest[1]):
        return ""
    word = _free_choice(found[1])
    return f"{word}+でも" if word else ""


def _free_choice(morphemes: Sequence[Any]) -> str:
    """The question word a でも makes "any" (どのカードでも, 何でも, どこでも): the word, or
    empty. Between them only nouns and the particle で may stand."""
    for k, m in enumerate(morphemes):
        if m.normalized_form() not in JA_QUESTION_WORDS and m.surface() not in JA_QUESTION_WORDS:
            continue
        j = k + 1
        while j < len(morphemes) and morphemes[j].part_of_speech()[0] == "名詞":
            j += 1
        if j < len(morphemes) and morphemes[j].surface() == "でも":
            return m.surface()
        two = [morphemes[x].surface() for x in range(j, min(j + 2, len(morphemes)))]
        if two == ["で", "も"]:
            return m.surface()
    return ""
