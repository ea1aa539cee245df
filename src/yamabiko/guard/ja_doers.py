"""Who gives, who receives, who does it: Japanese pairs whose words are the same but for the
auxiliaries that say it (the guard's ``roles`` step, through :func:`.modality.frame_changed`).
The embedder puts them at 0.86-0.98 and the word checks read one verb, yet the answer differs.

* **A verb of handing over, done for the speaker against done by the speaker**
  (:func:`giver_changed`): チケットを譲っていただけますか (will you let me have it) against
  チケットを譲れますか / 譲ってもいいですか (can I / may I let it go), 資料を送ってもらえますか /
  資料を送れますか. The verb is one of handing over when SudachiPy's dictionary knows it with
  渡す after its 連用形 as one verb (譲り渡す, 売り渡す, 貸し渡す, 払い渡す), ends in 渡す itself
  (渡す, 手渡す), or is the giving side of a lexicon antonym pair whose other side receives
  (送る / 受け取る). Other verbs are left alone: 予約を変更していただけますか / 予約を変更でき
  ますか ask one thing (the change is the speaker's either way). Reason ``giver:譲る``.
* **Giving against receiving** (:func:`direction_changed`): あげる / やる / 差し上げる (to
  another) on one side, もらう / いただく / くれる / くださる (to the speaker's side) on the
  other, as the verb or after its て, and no word of the other kind on either side:
  友達にプレゼントをあげたい / もらいたい, 貸してあげました / 貸してもらいました.
  Reason ``giving:あげる->もらう`` (the cached prompt's first). あげる counts only in kana or
  after て (温度を上げる raises), やる only after て (宿題をやる does).
* **Oneself against another** (:func:`doer_changed`): 自分で on one side, on the other the
  same verb with an auxiliary of receiving (手続きしてもらえますか) or 代わりに: 自分で修理して
  もいいですか / 代わりに修理してもらえますか. Reason ``doer:自分で``.
* **A passive against the active verb** (:func:`passive_changed`): a noun with に before a
  godan or サ変 verb in its passive (叩かれる, 注意される: れる after the 未然形, which a
  potential never takes) on one side, the same noun before the same verb without it on the
  other: 子供に叩かれました / 子供を叩きました, 上司に注意されたら / 上司に注意したら.
  Reason ``passive:叩く``. Not when a noun other than the speaker is marked with は / が (部長
  は会議に出席されますか: the honorific), nor for a に-noun that is a verbal noun or a noun of
  time (会議に, 明日に): a goal or a time, not an agent.

Cost: each check first tests the two texts for the kana or kanji its words are written with
(a substring test), and reads SudachiPy's morphemes (cached per text) only when they pass.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .benefactive import received
from .cases import RECEIVING
from .facts import Analysis
from .ja_receiving import RECEIVING_AUX, RECEIVING_HINTS
from .ja_requests import asks_another
from .japanese import _sudachi, long_units
from .kana_rows import E_KANA, E_ROW_ANY, I_ROW
from .lexicon import JA_ANTONYMS

#: the auxiliaries of giving to another (貸してあげる, やる, 差し上げる)
_OUTWARD = frozenset({"上げる", "遣る", "差し上げる"})
#: what a text must contain for a word of each kind (a substring gate)
_OUTWARD_HINTS = ("あげ", "やっ", "やる", "やり", "差し上げ", "さしあげ")
#: the words after て + も that ask leave (してもいい, しても構わない)
_LEAVE = frozenset({"良い", "いい", "宜しい", "構う", "大丈夫"})
_PASSIVE = frozenset({"れる", "られる"})
#: the giving sides of the lexicon's antonym pairs whose other side receives (送る / 受け取る)
_GIVES_BY_PAIR = frozenset(
    x
    for pair in JA_ANTONYMS
    for x, y in (pair, pair[::-1])
    if y in RECEIVING and x not in RECEIVING
)


def giver_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """A verb of handing over said with an auxiliary of receiving on one side (譲って
    いただけますか) and asked as the speaker's ability or leave on the other (譲れますか,
    譲ってもいいですか, 譲ることができますか): the verb; empty otherwise (see the module
    docstring)."""
    if a.lang != "ja" or not _any(query + cached, RECEIVING_HINTS):
        return ""
    mine, theirs = received(query), received(cached)
    if mine == theirs:
        return ""
    for done_for, other, other_received in ((mine, cached, theirs), (theirs, query, mine)):
        for verb in sorted(done_for - other_received):
            if _hands_over(verb) and verb in _asked(other):
                return verb
    return ""


@lru_cache(maxsize=1024)
def _hands_over(verb: str) -> bool:
    """``verb`` (a normalised form) hands a thing over to another: it ends in 渡す, it is the
    giving side of a lexicon pair with a receiving verb (送る), or SudachiPy's dictionary
    has its 連用形 + 渡す as one verb (譲る: 譲り渡す)."""
    if verb.endswith("渡す") or verb in _GIVES_BY_PAIR:
        return True
    if len(verb) < 2 or verb == "為る" or verb[-1] not in I_ROW:
        return False
    loaded = _sudachi()  # (not long_units: its few recent texts are the check's prompts)
    if loaded is None:
        return False
    stem = verb[:-1] + I_ROW[verb[-1]]  # a godan verb's 連用形 (譲り, 貸し)
    found = loaded[0].tokenize(stem + "渡す", loaded[1])
    return len(found) == 1 and found[0].part_of_speech()[0] == "動詞"


@lru_cache(maxsize=2048)
def _asked(text: str) -> frozenset[str]:
    """The verbs ``text`` asks whether the speaker can or may do, or says the speaker wants
    to: a potential (譲れますか, read by SudachiPy as 譲る), れる / られる after the verb, こと
    + できる, て + も + いい, たい (送りたい against 送ってほしい)."""
    morphemes = _units(text)
    found = set()
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] != "動詞":
            continue
        nxt = [n.normalized_form() for n in morphemes[i + 1 : i + 4]]
        written, norm = m.dictionary_form(), m.normalized_form()
        if (
            (written != norm and written[-2:-1] in E_KANA and norm[-2:-1] not in E_ROW_ANY)
            or nxt[:1] in (["れる"], ["られる"], ["たい"])
            or (nxt[:2] in (["て", "も"], ["で", "も"]) and nxt[2:3] and nxt[2] in _LEAVE)
            or (nxt[:1] in (["事"], ["こと"]) and "出来る" in nxt[1:])
        ):
            found.add(m.normalized_form())
    return frozenset(found)


def direction_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """``"X->Y"`` when one prompt gives to another (``X`` / ``Y``: あげる, やる, 差し上げる)
    and the other receives (もらう, いただく, くれる, くださる), each with no word of the other
    kind (``X`` the cached prompt's); empty otherwise."""
    if a.lang != "ja":
        return ""
    if not (_any(query, RECEIVING_HINTS) or _any(cached, RECEIVING_HINTS)):
        return ""
    if not (_any(query, _OUTWARD_HINTS) or _any(cached, _OUTWARD_HINTS)):
        return ""
    old, new = _directions(cached), _directions(query)
    if len(old) != 1 or len(new) != 1 or old.keys() == new.keys():
        return ""
    return f"{next(iter(old.values()))}->{next(iter(new.values()))}"


@lru_cache(maxsize=2048)
def _directions(text: str) -> dict[str, str]:
    """``{"in" | "out": the word as written in its dictionary form}`` for the words of
    giving and receiving in ``text`` (see :func:`direction_changed`)."""
    morphemes = _units(text)
    found: dict[str, str] = {}
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] != "動詞":
            continue
        norm = m.normalized_form()
        after_te = i > 0 and morphemes[i - 1].surface() in ("て", "で")
        if norm in RECEIVING_AUX:
            found.setdefault("in", m.dictionary_form())
        elif norm in _OUTWARD and (after_te or norm == "差し上げる" or _to_someone(morphemes, i)):
            found.setdefault("out", m.dictionary_form())
    return found


def _to_someone(morphemes: Any, i: int) -> bool:
    """The あげる at ``i`` is written in kana after a noun with に (友達にプレゼントをあげる):
    giving to someone, not raising a thing (温度をあげる)."""
    if morphemes[i].surface()[:1] != "あ":
        return False
    return any(m.surface() == "に" and m.part_of_speech()[0] == "助詞" for m in morphemes[:i])


def doer_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """``"自分で"`` when one prompt says the speaker does it (自分で) and the other has it
    done by another (the same verb with an auxiliary of receiving, or 代わりに); empty
    otherwise."""
    if a.lang != "ja" or ("自分で" in query) == ("自分で" in cached):
        return ""
    own, other = (query, cached) if "自分で" in query else (cached, query)
    if "代わりに" in other or "かわりに" in other:
        return "自分で"
    if asks_another(other) and not asks_another(own):
        return "自分で"  # 業者に頼めますか: another asked to do it
    return "自分で" if received(other) and not received(own) else ""


def passive_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The verb when a noun with に is the agent of its passive on one side (叩かれる) and the
    same noun is what the same verb, active, acts on or turns to (を / に) on the other; empty
    otherwise (税関の人に確認される / 税関の人が確認する: the same agent)."""
    if a.lang != "ja" or _passive_kana(query) == _passive_kana(cached):
        return ""  # (a substring test first: one side says a passive's kana the other does not)
    mine = _voices(query)
    theirs = _voices(cached) if mine else {}  # (nothing of the query's to compare: not read)
    for key, (agent, passive, particle) in mine.items():
        other = theirs.get(key)
        if other is None or other[0] == agent or not (passive or other[1]):
            continue  # (one side a passive: 家具は / 家具を動かす is no change of voice)
        if "/" in particle + other[2] and "を" not in particle + other[2]:
            continue  # (an ichidan られる against anything but を: maybe its potential)
        return key[1]
    return ""


@lru_cache(maxsize=2048)
def _voices(text: str) -> dict[tuple[str, str], tuple[bool, bool, str]]:
    """``(noun, verb) -> (agent, passive, particle)`` for each noun before a verb in
    ``text``: the agent is a noun with に before the passive of a godan or サ変 verb (its
    未然形 + れる) or with が / は before the active verb; a noun with を / に before the
    active verb is not (the first verb after the noun; a サ変 verb keyed by its verbal noun,
    注意 for 注意する). An ichidan verb's られる after a noun with に is its passive or its
    potential (隣人に訴えられる): read as a passive, its particle marked ``に/``, which
    :func:`passive_changed` counts only against the same noun with を on the other side."""
    morphemes = _units(text)
    count = len(morphemes)
    found: dict[tuple[str, str], tuple[bool, bool, str]] = {}
    first_honoured = _honoured(morphemes)
    for k in range(1, count):
        particle = morphemes[k].surface()
        if particle not in ("に", "を", "が", "は"):
            continue
        noun = morphemes[k - 1]
        pos = noun.part_of_speech()
        if pos[0] != "名詞" or pos[2] in _NOT_AGENTS:
            continue  # (会議に出席される, 何時に: a goal or a time, never the agent)
        for j in range(k + 1, min(k + 4, count)):
            verb = morphemes[j]
            if verb.part_of_speech()[0] != "動詞":
                continue
            norm = verb.normalized_form()
            if norm == "為る" and morphemes[j - 1].part_of_speech()[0] == "名詞":
                norm = morphemes[j - 1].normalized_form() + "する"
            after = morphemes[j + 1].normalized_form() if j + 1 < count else ""
            passive = (
                after in _PASSIVE
                and verb.part_of_speech()[5].startswith("未然形")
                and verb.part_of_speech()[4].startswith(("五段", "サ行変格"))
            )
            either = (  # an ichidan verb's られる: its passive or its potential
                after in _PASSIVE
                and not passive
                and particle == "に"
                and verb.part_of_speech()[4].startswith(("上一段", "下一段"))
            )
            honoured = first_honoured < j  # (a subject after the verb is another clause's)
            if (passive and (particle != "に" or honoured)) or (
                after in _PASSIVE and not passive and (not either or honoured)
            ):
                break  # (子供が叩かれる; 部長は出席される: honorific; 炒められる: any of three)
            if either:
                found.setdefault((noun.normalized_form(), norm), (True, True, "に/"))
                break
            # the agent: of the passive by に, of the active by が / は (税関の人に確認される =
            # 税関の人が確認する), the giver of a favour or the one made to by に (同僚に手伝って
            # もらう = 同僚が手伝ってくれる); otherwise what the active verb acts on or turns to
            agent = (
                passive or particle in ("が", "は") or (particle == "に" and _done_by(morphemes, j))
            )
            found.setdefault((noun.normalized_form(), norm), (agent, passive, particle))
            break
    return found


#: a passive's kana: a godan verb's a-row 未然形 or a サ変 verb's さ, then れ (叩かれ, 注意され)
_PASSIVE_KANA = tuple(kana + "れ" for kana in "かがさたなばまらわ")


def _passive_kana(text: str) -> frozenset[str]:
    """The passive's kana that ``text`` says, if it says に (none without)."""
    if "に" not in text:
        return frozenset()
    return frozenset(kana for kana in _PASSIVE_KANA if kana in text)


def _done_by(morphemes: Any, j: int) -> bool:
    """The verb at ``j`` is followed by せる / させる or by て + an auxiliary of receiving: the
    noun with に before it does the verb (同僚に手伝ってもらう, 子供に食べさせる)."""
    nxt = [m.normalized_form() for m in morphemes[j + 1 : j + 3]]
    return nxt[:1] in (["せる"], ["させる"]) or (
        nxt[:1] in (["て"], ["で"]) and nxt[1:] and nxt[1] in RECEIVING_AUX
    )


def doers_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The guard's reason when the giver and receiver change places (``giving:あげる->もらう``),
    the speaker does it on one side only (``doer:自分で``) or a noun is the agent of a
    passive on one side only (``passive:叩く``); empty: none."""
    if found := direction_changed(query, cached, a, b):
        return f"giving:{found}"
    if found := doer_changed(query, cached, a, b):
        return f"doer:{found}"
    if found := passive_changed(query, cached, a, b):
        return f"passive:{found}"
    return ""


#: the kinds of noun (SudachiPy's third part of speech) that never act as a passive's agent:
#: a verbal noun (会議, 出張), a noun of time or place that works as an adverb (明日, 今度)
_NOT_AGENTS = frozenset({"サ変可能", "副詞可能", "サ変形状詞可能"})
#: the first-person pronouns: a subject that a passive, not an honorific, has (私は叱られた)
_FIRST_PERSON = frozenset({"私", "僕", "俺", "自分", "わたし", "わたくし", "あたし"})


def _honoured(morphemes: Any) -> int:
    """The index of the first noun other than the speaker marked with は / が (部長は, 先生が),
    past the end when none: a verb after it may say the honorific with れる / られる (部長は
    会議に出席されますか), not the passive; a verb before it cannot (自転車にぶつけられた場合、
    保険は使えますか: 保険 is the subject of the main clause, not of ぶつける)."""
    for k in range(1, len(morphemes)):
        if (
            morphemes[k].surface() in ("は", "が")
            and morphemes[k].part_of_speech()[0] == "助詞"
            and morphemes[k - 1].part_of_speech()[0] in ("名詞", "代名詞")
            and morphemes[k - 1].normalized_form() not in _FIRST_PERSON
        ):
            return k
    return len(morphemes)


def _units(text: str) -> Any:
    """SudachiPy's long units of ``text`` (the check's two prompts are the recent ones, so
    already made), or none without SudachiPy."""
    found = long_units(text)
    return list(found[1]) if found is not None else []


def _any(text: str, hints: tuple[str, ...]) -> bool:
    """``text`` contains one of ``hints``."""
    return any(map(text.__contains__, hints))  # (no Python step per hint)
