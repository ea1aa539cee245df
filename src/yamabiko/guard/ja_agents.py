"""Who does the verb: Japanese pairs with the same words but for the auxiliary that says whose
action it is (the guard's ``roles`` step, through :func:`.modality.frame_changed`). The
embedder puts them at 0.85-0.98 and every content word is shared, yet the answer differs.

* **A causative against the plain verb** (:func:`causative_changed`): 子供に薬を飲ませても
  いいですか (may I make / let the child take it) against 子供が薬を飲んでもいいですか (may the
  child take it), 部下に残業させる / 部下が残業する. The same verb (a verbal noun keyed with its
  する: 残業する) is followed by せる / させる on one side only. Not the causative of asking
  leave, させていただく / させてもらう / させてくれる / させてください (写真を撮らせていただけ
  ますか = 撮ってもいいですか: the speaker does it either way), nor against a favour asked of
  the same doer (部下に残業させる / 部下に残業してもらう). Reason ``causative:飲む``.
* **A request against asking leave** (:func:`request_changed`): 資料を見せていただけますか
  (will you show me) against 資料を見せてもいいですか (may I show it), 道を教えてもらえますか /
  教えてもいいですか. The same verb with て + an auxiliary of receiving (もらう, いただく,
  くれる, くださる) or ほしい (another does it for the speaker) on one side, with ても + a
  word of leave (いい, よろしい, 構わない, 大丈夫: the speaker does it) or as させていただく
  (説明させていただけますか: leave asked) on the other, and not both on either side. Any verb: the
  doer differs whatever it is (the ability side, できますか, stays with
  :func:`.ja_doers.giver_changed`, which reads verbs of handing over only: 予約を変更して
  いただけますか / 予約を変更できますか ask one thing). Reason ``request:見せる``.

All read SudachiPy's long units (the check's two prompts, cached) only after a substring
test: a causative's kana (ませ, させ: an a-row kana + せ, not ません) in one text more often
than in the other; a receiving auxiliary's kana
in one text and ても / でも in the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .facts import Analysis
from .ja_doers import _any, _units
from .ja_receiving import ASKED_AUX, RECEIVER_SUBJECT, RECEIVING_AUX, RECEIVING_HINTS
from .ja_time import verbs_said

#: the causative auxiliaries (飲ませる: 飲む + せる; 残業させる: 残業 + する + せる)
_CAUSATIVE = frozenset({"せる", "させる"})
#: the words after ても that ask leave (してもいい, しても構いませんか, してもよろしい)
_LEAVE = frozenset({"良い", "いい", "宜しい", "構う", "大丈夫", "結構", "OK"})
#: a causative's kana: an a-row kana (a godan verb's 未然形, さ of する / させる) + せ, not
#: ません (a substring gate: 飲ませ, 座らせ, 食べさせ, 残業させ)
_CAUSATIVE_KANA = re.compile("[あかがさざただなばぱまやらわ]せ(?!ん)")


def causative_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The verb (its normalised form, a verbal noun with する) that one prompt says in the
    causative and the other without it; empty otherwise (see the module docstring)."""
    if a.lang != "ja" or len(_CAUSATIVE_KANA.findall(query)) == len(
        _CAUSATIVE_KANA.findall(cached)
    ):
        return ""  # (a cheap test first: a causative's kana on one side more often)
    mine, theirs = _verbs(query), _verbs(cached)
    for verb, caused in mine.items():
        if {caused, theirs.get(verb, "")} in ({"causative", "plain"}, {"causative", "leave"}):
            return verb  # (not against a favour asked: 残業させる = 残業してもらう)
    return ""


def request_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The verb one prompt asks another to do for the speaker (て + もらう / いただく ...) and
    the other asks leave to do (ても + いい ..., or させていただく: 説明していただけますか /
    説明させていただけますか); empty otherwise."""
    if a.lang != "ja":
        return ""
    for asker, other in ((query, cached), (cached, query)):
        if _any(asker, RECEIVING_HINTS) and (
            "ても" in other or "でも" in other or _CAUSATIVE_KANA.search(other)
        ):
            requested, allowed = _verbs(asker), _verbs(other)
            for verb, kind in requested.items():
                if kind == "request" and allowed.get(verb) == "leave":
                    return verb
    return ""


@lru_cache(maxsize=2048)
def _verbs(text: str) -> dict[str, str]:
    """Each verb of ``text`` (a verbal noun's する keyed with its noun) and what follows it:
    ``"causative"`` (せる / させる, not of asking leave), ``"request"`` (て + an auxiliary of
    receiving), ``"leave"`` (ても + a word of leave, or させて + an auxiliary of receiving:
    撮らせていただく), ``"plain"`` otherwise, ``""`` when the
    verb is said twice in two ways (read as neither)."""
    return verbs_said(_units(text), _bound, _after)


def _bound(morphemes: Sequence[Any], i: int) -> bool:
    """The verb at ``i`` is an auxiliary verb after て (見せていただく: いただく) or a する
    after nothing it could make a verb of."""
    if i == 0:
        return True
    before = morphemes[i - 1]
    if morphemes[i].normalized_form() == "為る":
        return before.part_of_speech()[0] not in ("名詞", "助詞")
    return before.surface() in ("て", "で") and before.part_of_speech()[0] == "助詞"


def _after(morphemes: Sequence[Any], j: int) -> str:
    """What follows a verb whose next morpheme is at ``j`` (see :func:`_verbs`)."""
    nxt = [m.normalized_form() for m in morphemes[j : j + 4]]
    if nxt[:1] and nxt[0] in _CAUSATIVE:
        humble = nxt[1:2] in (["て"], ["で"]) and nxt[2:3] and nxt[2] in RECEIVING_AUX
        return "leave" if humble else "causative"  # (撮らせていただく: leave asked)
    if nxt[:1] in (["て"], ["で"]):
        if nxt[1:2] and nxt[1] in ASKED_AUX:
            return "request"
        if nxt[1:2] == ["も"] and nxt[2:3] and nxt[2] in _LEAVE:
            return "leave"
    return "plain"


def wish_changed(query: str, cached: str) -> str:
    """The verb one prompt wishes to do itself (探したい: the verb + たい) and the other wishes
    another to do (探してほしい, 教えてもらいたい, 確認していただきたい: て + ほしい, or て + an
    auxiliary of receiving + たい); empty otherwise."""
    for own, other in ((query, cached), (cached, query)):
        if "たい" in own and _any(other, _WISH_HINTS):
            mine, theirs = _wishes(own), _wishes(other)
            for verb, kind in mine.items():
                if kind == "own" and theirs.get(verb) == "another":
                    return verb
    return ""


#: the kana of a wish that another does it (a substring gate): ほしい, もらいたい, いただきたい
_WISH_HINTS = ("ほし", "欲し", "らいた", "きた")


@lru_cache(maxsize=1024)
def _wishes(text: str) -> dict[str, str]:
    """Each verb of ``text`` said as a wish: ``"own"`` (the verb + たい), ``"another"`` (て +
    ほしい, or て + もらう / いただく + たい); ``""`` when said both ways."""
    return verbs_said(_units(text), _bound, _wish)


def _wish(morphemes: Sequence[Any], j: int) -> str:
    """The wish said after a verb whose next morpheme is at ``j`` (see :func:`_wishes`)."""
    nxt = [m.normalized_form() for m in morphemes[j : j + 3]]
    if nxt[:1] == ["たい"]:
        return "own"
    helper = nxt[1] if nxt[:1] in (["て"], ["で"]) and nxt[1:2] else ""
    if helper == "欲しい" or (helper in RECEIVER_SUBJECT and nxt[2:3] == ["たい"]):
        return "another"
    return ""


def agents_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The guard's reason when one prompt says a causative the other does not
    (``causative:飲む``), asks for a favour where the other asks leave (``request:見せる``)
    or wishes another to do what the other wishes to do itself (``wish:探す``); empty: none."""
    if found := causative_changed(query, cached, a, b):
        return f"causative:{found}"
    if found := request_changed(query, cached, a, b):
        return f"request:{found}"
    if found := wish_changed(query, cached):
        return f"wish:{found}"
    return ""
