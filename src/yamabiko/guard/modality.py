"""The modality of a question: does it ask whether one *can* or *may* do something, or
whether one *must* (the guard's ``roles`` step, :func:`.opposites.contrasts`).

予約できますか / 予約しないといけませんか and "Can I bring my passport?" / "Must I bring my
passport?" share every content word and sit at a cosine of 0.86-0.93, yet one asks what is
allowed and the other what is required: the answers differ. A question of ability (できる,
a potential verb: 行ける, 使える; "can", "able to") and one of permission (てもいい, ても
構わない; "may", "allowed to") are often the same FAQ question and are not told apart; a
question of obligation (しなければならない, しないといけない, 必要, 要る, しなくてもいい;
"must", "have to", "need to", "required") is. :func:`modality_changed` reports
``modality:can->must`` (the cached prompt's first) when one prompt asks about obligation and
the other about ability or permission; a plain question (予約しますか, "Do I book?") is not
compared.

Japanese reads the last predicate of SudachiPy's long units (the question's own, after
:mod:`.ja_clauses`' subordinate clauses); English reads the first modal of the text. These are
closed classes of the grammar (auxiliaries, the frames of permission and obligation), not
lists of words that failed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .facts import Analysis
from .ja_clauses import asks_which, clause_of
from .japanese import _long_units
from .lexicon import JA_NEGATION_AUX

#: the words of each modality (SudachiPy normalised forms): need, and permission's frames
_NEED = frozenset({"必要", "要る", "不要", "必須", "べし"})
_PERMIT = frozenset({"良い", "いい", "よい", "大丈夫", "構う", "宜しい", "結構", "OK"})
_ABLE = frozenset({"出来る", "可能"})
#: verbs that close an obligation (ないといけない, なければならない), and 駄目 (なきゃだめ)
_OBLIGE = frozenset({"行く", "成る", "駄目", "だめ", "ダメ", "行ける"})
#: what may follow the question's predicate: auxiliaries (ます, ない, です), final particles,
#: の / ん, symbols
_TAIL = frozenset({"助動詞", "補助記号", "空白"})
#: the e-row kana: an ichidan verb's stem ends in one (入れる, 見える); a potential verb's
#: normalised form is its godan verb (使え -> 使う, 帰れ -> 帰る)
_E_ROW = frozenset("えけせてねへめれげぜでべぺエケセテネヘメレゲゼデベペ")

#: the yes/no question's opening: its auxiliary and subject, then the modal words
_SUBJECT = r"(?:i|we|one)"
_EN_MUST = (
    rf"must {_SUBJECT}|(?:do|does) (?:{_SUBJECT}|you) (?:have|need) to|have {_SUBJECT} got to"
    rf"|(?:am|are|is) (?:{_SUBJECT}|it) (?:required|obliged|necessary|mandatory|compulsory)"
)
_EN_CAN = (
    rf"(?:can|could|may|might) {_SUBJECT}|(?:am|are) {_SUBJECT} (?:allowed|permitted|able) to"
    r"|is it (?:possible|allowed|permitted|ok|okay|alright|all right) to"
)
_EN_MODAL = re.compile(rf"(?:^|[.!?,;]\s*)(?:({_EN_MUST})|({_EN_CAN}))\b", re.IGNORECASE)
#: the words that say the modality itself, left out when the rest is compared (English stems
#: and SudachiPy's normalised forms)
_EN_MODAL_STEMS = (
    "need", "have", "has", "requir", "necess", "allow", "abl", "possib", "permit", "must",
    "can", "could", "may", "might", "ok", "mandat", "compuls", "oblig",
)  # fmt: skip
_JA_MODAL_WORDS = _NEED | _PERMIT | _ABLE | _OBLIGE | {"有る", "無理"}

#: the names in the reason
_NAMES = {"ability": "can", "permission": "may", "obligation": "must"}


def frame_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The guard's reason when two yes/no questions (``a``, ``b``: their analyses) with the
    same content words but for those of modality differ in modality (``modality:can->must``,
    :func:`modality_changed`; reworded, "can I X without Y" may ask what "must I Y" asks) or,
    in Japanese, the same verb heads another kind of time clause (``clause:失くす:たら->前``,
    :func:`clause_changed`); empty: neither."""
    lang = a.lang
    if _beyond_modality(a) == _beyond_modality(b) and (
        found := modality_changed(query, cached, lang)
    ):
        return f"modality:{found}"
    if lang == "ja" and (found := clause_changed(query, cached)):
        return f"clause:{found}"
    return ""


def modality_changed(query: str, cached: str, lang: str) -> str:
    """``"X->Y"`` when one prompt asks whether one must and the other whether one can or
    may (``X``: ``cached``'s modality, can / may / must); empty otherwise."""
    if lang == "ja":
        old, new = ja_modality(cached), ja_modality(query)  # (plain with a question word)
    elif lang == "en":
        old, new = en_modality(cached), en_modality(query)
    else:
        return ""
    if old == new or "obligation" not in (old, new) or "plain" in (old, new):
        return ""
    return f"{_NAMES[old]}->{_NAMES[new]}"


def _beyond_modality(analysis: Analysis) -> frozenset[str]:
    """The content words of a prompt but for those that say its modality."""
    if analysis.lang == "ja":
        return frozenset(analysis.content) - _JA_MODAL_WORDS
    return frozenset(w for w in analysis.content if not w.startswith(_EN_MODAL_STEMS))


def en_modality(text: str) -> str:
    """The modality of an English yes/no question, read at its opening (Can I, May we, Must I,
    Do I have to, Am I allowed to, Is it necessary to); ``plain`` otherwise."""
    found = _EN_MODAL.search(text)
    if found is None:
        return "plain"
    return "obligation" if found.group(1) else "ability"


def ja_modality(text: str) -> str:
    """The modality of a Japanese question, read at its last predicate: ``ability``,
    ``permission``, ``obligation`` or ``plain``."""
    found = _long_units(text)
    if found is None or asks_which(found[1]):
        return "plain"  # (何を持って行けますか: not a yes/no question)
    return modality_of(found[1])


def modality_of(morphemes: Sequence[Any]) -> str:
    """See :func:`ja_modality` (the text's mode-C ``morphemes``)."""
    j = len(morphemes) - 1
    while j >= 0:  # back over the ending: ます, ん, です, か, の, ?
        m = morphemes[j]
        pos = m.part_of_speech()
        if pos[0] in _TAIL or pos[1] in ("終助詞", "準体助詞"):
            if pos[0] == "助動詞" and m.normalized_form() in ("べし", "れる", "られる"):
                break
            j -= 1
            continue
        break
    if j < 0:
        return "plain"
    m = morphemes[j]
    norm = m.normalized_form()
    if norm in _NEED or (norm == "有る" and _needed(morphemes, j)):
        return "obligation"  # 必要ですか, 要りますか, 予約するべきですか, 必要がありますか
    if norm in ("れる", "られる"):  # 預けられますか (not される: the passive)
        before = morphemes[j - 1] if j > 0 else None
        usable = before is not None and before.normalized_form() != "為る"
        return "ability" if usable else "plain"
    framed = _frame(morphemes, j)
    if norm in _PERMIT and framed:
        return "obligation" if framed == "ない" else "permission"  # しなくてもいい: need not
    if norm in _OBLIGE and framed == "ない":
        return "obligation"  # しないといけない, しなければならない, しなきゃだめ
    if norm in _ABLE:
        return "ability"
    pos = m.part_of_speech()
    if pos[0] == "動詞" and pos[4].startswith("下一段") and not _ichidan(norm):
        return "ability"  # 使えますか, 行けませんか: a godan verb's potential
    return "plain"


def _frame(morphemes: Sequence[Any], j: int) -> str:
    """What binds the word at ``j`` into a frame: ``"ない"`` after a negated verb and its
    particles (しないと, しなければ, しなくても, しなきゃ), ``"て"`` after ても / ては
    (してもいい); empty: none (すればいい: advice, 良いですか)."""
    k = j - 1
    particles = set()
    while k >= 0 and morphemes[k].part_of_speech()[0] == "助詞":
        particles.add(morphemes[k].surface())
        k -= 1
    if k < 0:
        return ""
    before = morphemes[k]
    negated = before.part_of_speech()[0] == "助動詞" and before.normalized_form() in _NOT
    if negated and (particles or before.surface() in ("なきゃ", "なくちゃ", "ねば")):
        return "ない"
    return "て" if particles & {"も", "は"} and "て" in particles | {"で"} else ""


#: the negation auxiliaries of an obligation's first half (the lexicon's, but the colloquial
#: ん and the volitional まい)
_NOT = JA_NEGATION_AUX - {"ん", "まい"}


def _needed(morphemes: Sequence[Any], j: int) -> bool:
    """The ある at ``j`` says a need: 必要がある, 必要はありますか."""
    k = j - 1
    while k >= 0 and morphemes[k].part_of_speech()[0] == "助詞":
        k -= 1
    return k >= 0 and k < j - 1 and morphemes[k].normalized_form() in _NEED


def _ichidan(norm: str) -> bool:
    """``norm`` (a verb's normalised form) is an ichidan verb's: its stem ends in an e-row
    kana (入れる, 見える); a potential's normalised form is a godan verb (使う, 帰る)."""
    return norm.endswith("る") and len(norm) > 1 and norm[-2] in _E_ROW


def clause_changed(query: str, cached: str) -> str:
    """``"V:X->Y"`` when the same verb ``V`` heads a time clause of another kind in the two
    prompts: before (前に) on one side, after / when / if (てから, 後で, たら, とき) on the other,
    or during (ながら) against another kind; empty otherwise."""
    if not any(kind in query or kind in cached for kind in _TIME_KIND):
        return ""  # (a cheap test first)
    x, y = _long_units(query), _long_units(cached)
    if x is None or y is None:
        return ""
    mine, theirs = _clauses(x[1]), _clauses(y[1])
    for verb, kind in mine.items():
        other = theirs.get(verb)
        if other is None or other == kind:
            continue
        if _TIME_KIND.get(other, "") != _TIME_KIND.get(kind, ""):
            return f"{verb}:{other}->{kind}"
    return ""


#: the kinds of time clause that are told apart (the other kinds are "when / if / after")
_TIME_KIND = {"前": "before", "ながら": "during", "間": "during", "途中": "during"}


def _clauses(morphemes: Sequence[Any]) -> dict[str, str]:
    """Each subordinate clause's verb (a verbal noun's する read with its noun: 到着する) and
    the kind of its clause."""
    found: dict[str, str] = {}
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] != "動詞":
            continue
        kind = clause_of(morphemes, i)
        if not kind:
            continue
        verb = m.normalized_form()
        if verb == "為る" and i > 0:
            verb = morphemes[i - 1 if morphemes[i - 1].surface() != "を" else max(i - 2, 0)]
            verb = verb.normalized_form() + "する"
        found.setdefault(verb, kind)
    return found
