"""A Japanese verb of receiving against the verb of giving spelt with its kanji: 預かる / 預ける,
授かる / 授ける, 教わる / 教える (session 35, wrongja).

Japanese pairs a verb of giving, an ichidan verb in -eru (預ける: leave a thing in another's
keeping; 授ける: confer; 教える: teach), with a godan verb in -aru on the same kanji whose
subject is the one who receives (預かる: take a thing into one's keeping; 授かる: be
conferred; 教わる: be taught). Both take the thing with を (荷物を預ける / 荷物を預かる), so the
voice rule (:mod:`.ja_voice`, を on one side and が on the other) does not read them, and the
word checks and the embedder put the two verbs together (荷物を預かりますか / 荷物を預けますか,
0.96, ``guard-ok`` before): yet one asks whether the business keeps the thing and the other
whether the asker leaves it.

An auxiliary of receiving after the verb's て form (もらう, いただく, くれる, くださる, or 欲しい,
:data:`.ja_receiving.ASKED_AUX`) makes another party do the act for the speaker, and so turns
the direction round: 荷物を預かってもらえますか (will you take my bag into your keeping) asks
what 荷物を預けられますか (can I leave my bag) asks, and faq-pairs labels them a paraphrase; 英語を
教えてもらいたい is 英語を教わりたい. That is how :mod:`.benefactive` reads 貸していただけますか
against 借りられますか. So each side's direction is *receives* for the -aru verb, *gives* for
the -eru verb, turned round by such an auxiliary, and the pair differs when the directions do:
預かってもらえますか / 預けてもらえますか, 預かりますか / 預けますか, 授かりました / 授けました.

The pair is a construction, not a list: the two verbs' normalised forms share all but their
last two kana, end in る, and differ in the kana before it by its row only (か / け, わ / え),
the -aru verb a godan ラ行 verb and the -eru verb an ichidan one (SudachiPy's conjugation
types), with a noun before を in each prompt: a godan -aru verb said with を is the receiving
one (an intransitive twin, 上がる, 決まる, takes が and is the voice rule's). Reason
``receiver:預ける->預かる`` (the cached prompt's verb first).
"""

from __future__ import annotations

from functools import lru_cache

from .facts import Analysis
from .ja_receiving import ASKED_AUX
from .japanese import short_units

#: an a-row kana before a godan -aru verb's る -> the e-row kana of its giving twin's stem
#: (預か-る / 預け-る, 教わ-る / 教え-る: わ's column is あ's for a verb, 教わる / 教える)
_A_TO_E = dict(zip("かがさたなばまらわ", "けげせてねべめれえ", strict=True))
#: the kana a godan -aru verb of :data:`_A_TO_E` ends in before its る (the rule's cheap test)
_A_KANA = frozenset(_A_TO_E)
#: what follows a verb's stem said as a noun (連用形 as a noun: 一時預かりで, 預かりの), as
#: written: the copula's で and the case and topic particles; a verb's stem goes on with ます,
#: て, たい
_NOUN_NEXT = frozenset({"で", "の", "が", "は", "を", "に", "も", "と"})


def _receiving_twins(a_words: frozenset[str], b_words: frozenset[str]) -> list[tuple[str, str]]:
    """The (-aru verb, -eru verb) pairs whose first is a word of one side and second of the
    other, by spelling only (:data:`_A_TO_E`): 預かる / 預ける."""
    pairs = []
    for mine, theirs in ((a_words, b_words), (b_words, a_words)):
        for word in mine:
            if len(word) >= 3 and word[-1] == "る" and word[-2] in _A_KANA:
                twin = word[:-2] + _A_TO_E[word[-2]] + "る"
                if twin in theirs and twin not in mine:
                    pairs.append((word, twin))
    return pairs


@lru_cache(maxsize=2048)
def _said(text: str) -> dict[str, tuple[str, bool]]:
    """Each verb of ``text`` said after a noun and を (normalised form) -> (its conjugation
    type, whether an auxiliary of receiving or 欲しい follows its て form)."""
    morphemes = short_units(text) or ()
    found: dict[str, tuple[str, bool]] = {}
    object_seen = False
    for i, m in enumerate(morphemes):
        if m.surface() == "を" and m.part_of_speech()[1] == "格助詞" and i:
            object_seen = True
        elif object_seen and m.part_of_speech()[0] == "動詞":
            after = [n.normalized_form() for n in morphemes[i + 1 : i + 3]]
            nxt = morphemes[i + 1].surface() if i + 1 < len(morphemes) else ""
            if m.part_of_speech()[5] == "連用形-一般" and nxt in _NOUN_NEXT:
                continue  # 一時預かりで見てもらう: the stem said as a noun, no verb
            turned = len(after) == 2 and after[0] in ("て", "で") and after[1] in ASKED_AUX
            found.setdefault(m.normalized_form(), (m.part_of_speech()[4], turned))
    return found


def _receives(text: str, verb: str, godan: bool) -> bool | None:
    """Whether the speaker's side of ``text`` receives by ``verb`` (the -aru verb when
    ``godan``): the -aru verb receives, the -eru verb gives, an auxiliary of receiving turns
    it; None when ``text`` does not say ``verb`` after を with the expected conjugation."""
    said = _said(text).get(verb)
    if said is None:
        return None
    kind, turned = said
    if not kind.startswith("五段-ラ行" if godan else "下一段"):
        return None
    return godan != turned


def receiver_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """``"預ける->預かる"`` (the cached prompt's verb first) when ``query`` (analysis ``a``) and
    ``cached`` (``b``) say a verb of receiving and its giving twin (see the module docstring)
    in opposite directions; empty when not (or not Japanese)."""
    if a.lang != "ja" or "を" not in query or "を" not in cached:
        return ""
    for receiving, giving in _receiving_twins(a.predicates, b.predicates):
        on_query = receiving if receiving in a.predicates else giving
        on_cached = giving if on_query == receiving else receiving
        query_receives = _receives(query, on_query, on_query == receiving)
        cached_receives = _receives(cached, on_cached, on_cached == receiving)
        if None not in (query_receives, cached_receives) and query_receives != cached_receives:
            return f"{on_cached}->{on_query}"
    return ""
