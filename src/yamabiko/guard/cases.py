"""One Japanese noun that changes its case particle, and with it its role (the guard's
``roles`` step, :func:`.opposites.contrasts`): 母に電話する (someone calls mother) /
母が電話する (mother calls); 銀行に支払う手数料 (a fee paid to the bank) / 銀行が支払う
手数料 (a fee the bank pays). Nothing else of the prompt differs, so the rules that compare
words see the same words, and the embedding puts the two at a cosine of 0.95-0.99.

:func:`case_changed` reads SudachiPy's long units of both prompts: the same morphemes but one
case particle (格助詞) after the same noun, the subject's が on one side and the goal's に /
へ or the partner's と on the other. Alternations that keep the role are left alone: が / を
(英語が話せる = 英語を話せる, 水が飲みたい), が / の (コーヒーの好きな人), に / へ / から (母
に借りる = 母から借りる), は (a topic may stand for any case), and a dative subject: a noun
with に before a predicate of ability, need or existence (私にできること = 私ができること, but
大家に依頼できる is the potential of 依頼する; :data:`DATIVE_SUBJECT`, SudachiPy's
normalised forms). Reason: ``roles:母:に->が`` (the cached prompt's particle first).
"""

from __future__ import annotations

from typing import Any

from .ja_receiving import RECEIVER_SUBJECT
from .japanese import long_units
from .lexicon import JA_QUESTION_WORDS
from .question_words import _TIME_UNITS

#: the subject's case particle and those of a goal or a partner (the other side's role)
_SUBJECT = frozenset({"が"})
_OTHER = frozenset({"に", "へ", "と"})
#: predicates whose subject may be said with に (私にできる, 子供に必要な, 私に分かる): there
#: に and が name one role (SudachiPy's normalised forms)
DATIVE_SUBJECT = frozenset(
    {"出来る", "分かる", "有る", "居る", "要る", "必要", "可能", "無理", "見える", "聞こえる"}
)
#: parts of speech of the noun whose particle changed
_NOUNS = frozenset({"名詞", "代名詞"})
#: parts of speech that head a predicate (the first one after the particle is its verb)
_PREDICATES = frozenset({"動詞", "形容詞", "形状詞"})


def case_changed(query: str, cached: str) -> str:
    """``"N:X->Y"`` when the case particle after the noun ``N`` (``X`` in ``cached``, ``Y`` in
    ``query``) moves it between roles: in the same morphemes, between the subject and a goal
    or partner, or between the topic and a goal (子供は / 子供に預ける); anywhere, between the
    source and the goal (:func:`source_goal_changed`); empty: none."""
    return _particle_changed(query, cached) or source_goal_changed(query, cached)


def _particle_changed(query: str, cached: str) -> str:
    """:func:`case_changed` when the prompts differ by one particle."""
    if len(query) != len(cached) or query == cached:
        return ""  # (one particle for another: the same length, a cheap test first)
    differing = [k for k, (p, q) in enumerate(zip(query, cached, strict=True)) if p != q]
    if len(differing) != 1:
        return ""
    x, y = long_units(query), long_units(cached)
    if x is None or y is None or len(x[1]) != len(y[1]):
        return ""
    mine, theirs = x[1], y[1]
    changed = [k for k in range(len(mine)) if mine[k].surface() != theirs[k].surface()]
    if len(changed) != 1 or changed[0] == 0:
        return ""
    at = changed[0]
    new, old = mine[at], theirs[at]
    pair = {new.surface(), old.surface()}
    noun = mine[at - 1]
    if noun.part_of_speech()[0] not in _NOUNS:
        return ""
    if pair == {"は", "に"}:  # a topic (子供は預けられる: the child is left) / a goal
        if adverbial(noun) or {new.part_of_speech()[1], old.part_of_speech()[1]} != _TOPIC_GOAL:
            return ""  # 土曜日は / 土曜日に開いていますか, 東京は / 東京に雪が降る: one role
    elif {new.part_of_speech()[1], old.part_of_speech()[1]} != {"格助詞"} or not (
        pair & _SUBJECT and pair & _OTHER
    ):
        return ""
    for k in range(at + 1, len(mine)):  # up to the predicate the noun belongs to
        m = mine[k]
        if m.normalized_form() == "出来る" and mine[k - 1].part_of_speech()[0] == "名詞":
            break  # a noun's verb made potential (大家に依頼できる): に is its goal
        if m.normalized_form() in DATIVE_SUBJECT:
            return ""  # 私にできること = 私ができること
        if m.part_of_speech()[0] in _PREDICATES:
            break
    return f"{noun.surface()}:{old.surface()}->{new.surface()}"


#: the parts of speech of a topic's は and a goal's に
_TOPIC_GOAL = frozenset({"係助詞", "格助詞"})
#: verbs of receiving, whose source may be said with に (母に借りる = 母から借りる, 先生に
#: 教わる, 友達に貰う); a passive's agent too (先生に叱られる = 先生から叱られる)
RECEIVING = frozenset(
    {"借りる", "貰う", "頂く", "教わる", "習う", "受け取る", "受ける", "預かる", "授かる", "聞く"}
)
_PASSIVE = frozenset({"れる", "られる"})


def adverbial(noun: object) -> bool:
    """A time or place noun (土曜日, 今日, 東京) or a number: に / から / は keep its role."""
    pos = noun.part_of_speech()  # type: ignore[attr-defined]
    return pos[2] in ("副詞可能", "助数詞可能", "助数詞", "地名") or pos[1] == "数詞"  # (3時, 5歳)


def source_goal_changed(query: str, cached: str) -> str:
    """``"N:から->に"`` when a noun is the source (から) in one prompt and the goal (に / へ /
    まで) in the other: 海外から / 海外に送金, 空港まで / 空港から送迎, 家族から電話がかかって
    くる / 家族に電話をかける; not when both predicates receive (a verb of :data:`RECEIVING`,
    a compound ending in one, 買い取る, てもらう, or a passive), whose source に may say
    (母に借りる = 母から借りる; 母から借りる / 母に貸す is compared). A time or number
    (:func:`adverbial`) is compared between から and まで or までに only (18時から /
    18時まで, 3時から / 3時までに来る: a start against a deadline; not 3時から / 3時に), a
    place name between から and へ / まで (東京に住む); empty: none."""
    if "から" not in query and "から" not in cached:
        return ""  # (a cheap test first)
    x, y = long_units(query), long_units(cached)
    if x is None or y is None:
        return ""
    mine, theirs = _sources_goals(x[1]), _sources_goals(y[1])
    for noun, new in mine.items():
        old = theirs.get(noun)
        if old is None or "*" in (new[0], old[0]) or (new[0] == "から") == (old[0] == "から"):
            continue
        source, goal = (new, old) if new[0] == "から" else (old, new)
        if goal[0] == "に" and _one_role(source, goal):
            continue  # 母に借りる = 母から借りる, 先生に叱られる = 先生から叱られる
        return f"{noun}:{old[0]}->{new[0]}"
    return ""


#: the goal's particles a noun of each kind is compared with (a time or a number: まで, and
#: へ, which says nothing but a direction, 2階へ / 2階から運ぶ, where its に may say a point,
#: 3時に / 3時から始まる; a place name: へ / まで, since its に often says where, 東京に住む)
_GOALS = {"time": ("へ", "まで", "までに"), "place": ("へ", "まで"), "": ("に", "へ", "まで")}
#: the counters of a time (3時, 5日, 2週間): their に says a point in time, not a goal
_TIME_COUNTERS = _TIME_UNITS | {"時", "秒", "時半", "曜日", "歳"}
#: the ends of a compound verb of receiving (買い取る, 譲り受ける, 借り受ける)
#: the verbs of obtaining: those of receiving and 取る (a thing comes to the doer's side)
OBTAINING = RECEIVING | {"取る"}
_RECEIVING_ENDS = tuple(sorted(OBTAINING))


def _kind(noun: Any) -> str:
    """``time`` for a time or number noun, ``place`` for a place name, else empty: a counter
    of no unit of time (2階, 3番線, 5号室: :data:`.question_words.COUNTED` holds the units
    of time) counts as a noun, its に a goal (2階に / 2階から運ぶ). A question word that asks
    for a time (:func:`_asks_time`: 何時, いつ, 何日) is a time too (何時に / 何時から開く)."""
    pos = noun.part_of_speech()
    if _asks_time(noun.normalized_form()):
        return "time"
    if pos[2] in ("助数詞可能", "助数詞") and noun.normalized_form() not in _TIME_COUNTERS:
        return ""
    if adverbial(noun):
        return "place" if noun.part_of_speech()[2] == "地名" else "time"
    return ""


def _asks_time(word: str) -> bool:
    """``word`` is a question word of time: one the lexicon gives the kind "when" (何時, read
    いつ, and いつ), or 何 + a counter of time (何日, 何月, 何時, 何時間: the point or span a
    time noun names), so its に says a point in time as 3時に does, no goal."""
    if JA_QUESTION_WORDS.get(word) == "when":
        return True
    return word[:1] == "何" and word[1:] in _TIME_COUNTERS


def _one_role(source: _Frame, goal: _Frame) -> bool:
    """The goal's に names the source's role too: its verb receives (母に借りる), or it is
    the giver of a favour (母に貸してもらう = 母から借りる; but 会社に買い取ってもらう, where
    the company buys, is not 会社から買い取る, where it sells), or the agent of a passive of
    the same verb (先生に叱られる)."""
    if goal[1] == "verb":
        return True
    if goal[1] == "aux":
        return not (source[1] == "verb" and goal[3] == source[3])
    return goal[2] and goal[3] == source[3]


def _receives(morphemes: Any, j: int) -> str:
    """How the verb at ``j`` receives: ``verb`` by its words (one of :data:`RECEIVING`, a
    compound ending in one or in 取る: 買い取る, 譲り受ける, 引き取る, by its normalised
    form's end), ``aux`` through て + もらう / いただく (the に before it is the giver of the
    favour); empty: it does not."""
    after = [morphemes[k] for k in range(j + 1, min(j + 3, len(morphemes)))]
    te = len(after) == 2 and after[0].surface() in ("て", "で")
    if te and after[1].normalized_form() in RECEIVER_SUBJECT:  # (送ってもらう: に the giver)
        return "aux"  # (first: 会社に買い取ってもらう, the company does the buying)
    norm = morphemes[j].normalized_form()
    if norm in RECEIVING or (len(norm) > 2 and norm.endswith(_RECEIVING_ENDS)):
        return "verb"
    return ""


#: a noun's particle, how its predicate receives, whether it is passive, and its verb
_Frame = tuple[str, str, bool, str]


def _nominal(verb: Any, after: Any) -> bool:
    """A verb in its 連用形 straight before a noun (折り返し電話, 持ち帰り用): a stem that
    modifies the noun, not the predicate."""
    return (
        after is not None
        and verb.part_of_speech()[5].startswith("連用形")
        and after.part_of_speech()[0] == "名詞"
    )


def _sources_goals(morphemes: Any) -> dict[str, _Frame]:
    """Each noun followed by から, に, へ or まで: the particle, whether its predicate
    receives by its words (:func:`_receives`) or places it (他の図書館にある本: where the thing
    is), whether it is a passive, and the predicate's verb; a noun said with both a source and
    a goal in one prompt gets ``*`` (nothing to compare). A noun after a numeral is keyed with
    it (18時)."""
    found: dict[str, _Frame] = {}
    count = len(morphemes)
    for k in range(1, count):
        m = morphemes[k]
        surface = m.surface()
        pos1 = m.part_of_speech()[1]
        if not (surface in ("から", "に", "へ") and pos1 == "格助詞") and not (
            surface == "まで" and pos1 == "副助詞"
        ):
            continue
        noun = morphemes[k - 1]
        if surface == "まで" and k + 1 < count and morphemes[k + 1].surface() == "に":
            if _kind(noun) != "time":
                continue  # までに after a thing or place: by then (:mod:`.ja_time`)
            surface = "までに"  # 3時までに / 3時から来る: a deadline, not a start
        if noun.part_of_speech()[0] not in _NOUNS and noun.part_of_speech()[2] != "助数詞":
            continue  # (a counter after a numeral counts: 5歳まで)
        kind = _kind(noun)
        if surface != "から" and surface not in _GOALS[kind]:
            continue
        receiving, passive = "", False
        verb = ""
        for j in range(k + 1, count):  # the predicate the noun belongs to
            if morphemes[j].part_of_speech()[0] == "動詞":
                after = morphemes[j + 1] if j + 1 < count else None
                if _nominal(morphemes[j], after):
                    continue  # 折り返し電話をいただく: a verb's stem before a noun
                verb = morphemes[j].normalized_form()
                receiving = _receives(morphemes, j)
                passive = after is not None and after.normalized_form() in _PASSIVE
                if verb in ("有る", "居る") and after is not None:
                    placed = after.part_of_speech()[0] == "名詞"  # (にある本)
                    receiving = receiving or ("verb" if placed else "")
                break
        key = noun.normalized_form()
        if k > 1 and morphemes[k - 2].part_of_speech()[1] == "数詞":
            key = morphemes[k - 2].surface() + key  # 18時
        if key in found and (found[key][0] == "から") != (surface == "から"):
            found[key] = ("*", "verb", False, "")  # both roles in one prompt
            continue
        found.setdefault(key, (surface, receiving, passive, verb))
    return found
