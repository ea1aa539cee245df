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
compared. Two Japanese questions with the same question words are compared too (何歳から予約
が必要ですか / 何歳から予約できますか), and 入れますか with nothing put in (no を) is read as
入る's potential (犬は店内に入れますか: ability).

A thing done and a thing that can be (:func:`done_changed`, session 22): "Was my parcel
delivered today?" / "Can my parcel be delivered today?", 予約はできましたか / 予約はできますか
(0.83-0.95) ask whether it happened and whether it may: ``modality:did->can``. English reads
the opening auxiliary of a one-sentence question (was, did, has; can, could, may, might),
Japanese the past (た) closing the last predicate against ability or permission not past.

Japanese reads the last predicate of SudachiPy's long units (the question's own, after
:mod:`.ja_clauses`' subordinate clauses); English reads the first modal of the text. These are
closed classes of the grammar (auxiliaries, the frames of permission and obligation), not
lists of words that failed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .english import stem_en
from .english_clock_lengths import clock_length_changed
from .english_doers import doer_changed
from .english_tense import tense_changed
from .facts import Analysis
from .ja_alone import read_alone
from .ja_clauses import asks_which
from .ja_frames import frame_reason
from .ja_words import before_ending
from .japanese import long_units
from .kana_rows import E_ROW_ANY, U_ROW
from .lexicon import JA_NEGATION_AUX, JA_QUESTION_WORDS

#: the subjects of :func:`.english_doers.doer_changed` that name no business
_PERSONS = frozenset({"you", "i", "we"})

#: the words of each modality (SudachiPy normalised forms): need, and permission's frames
_NEED = frozenset({"必要", "要る", "不要", "必須", "べし"})
_PERMIT = frozenset({"良い", "いい", "よい", "大丈夫", "構う", "宜しい", "結構", "OK"})
_ABLE = frozenset({"出来る", "可能"})
#: verbs that close an obligation (ないといけない, なければならない), and 駄目 / 無理 (なきゃだめ)
_OBLIGE = frozenset({"行く", "成る", "駄目", "だめ", "ダメ", "行ける", "無理"})

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
    """The guard's reason when two questions (``a``, ``b``: their analyses) with the same
    content words but for those of modality differ in modality (``modality:can->must``,
    :func:`modality_changed`: yes/no questions, or questions with the same question words;
    reworded, "can I X without Y" may ask what "must I Y" asks) or, in Japanese, when the
    same event is placed at another time (``clause:食事する:てから->時``, :mod:`.ja_time`), a
    transitive verb meets its intransitive twin on the same noun (``voice:止める->止まる``,
    :mod:`.ja_voice`), one side joins an item to a shared noun (``item:猫``) or says "any"
    where the other names one (``scope:どの+でも``, :mod:`.ja_items`), or one says only
    humble forms and the other only respectful ones (``honour:伺う->いらっしゃる``,
    :mod:`.ja_honorifics`), one says a condition where the other says a concession
    (``clause:降る:たら->ても``, :mod:`.ja_concession`), a causative on one side only
    (``causative:飲む``) or a favour asked where the other asks leave (``request:見せる``,
    :mod:`.ja_agents`), or one does the verb ahead where the other is in its state
    (``aspect:予約する:ておく->ている``, :mod:`.ja_aspect`), says ている where the other says
    the past of a verb of activity or bounds it by まで where the other says までに
    (``tense:飲む:ている->た``, ``until:入院する:まで->までに``, :mod:`.ja_tense`), or
    counts the same nouns with the same counts exchanged (``count:大人:2人->1人``,
    :mod:`.ja_counts`); in English, first, one number said as a clock's hour on one side and
    a length's count on the other (``clock-length:4``, :mod:`.english_clock_lengths`), and
    one question's opening asking about the past where the other's asks about the future or
    the present (``tense:past->future``, :mod:`.english_tense`); empty: none."""
    lang = a.lang
    if lang != "ja":  # (English: the opening's regular expressions first, the words after)
        if found := clock_length_changed(query, cached, lang):
            return found  # from 1 till 4pm / four hours starting at 1pm: what 4 counts
        found = modality_changed(query, cached, lang) or done_changed(query, cached, lang)
        if not found and lang == "en" and (found := tense_changed(query, cached)):
            return f"tense:{found}"  # how long did it take / will it take (english_tense)
        if not found and (found := doer_changed(query, cached)):
            # do you buy / can I buy: who acts (english_doers); the business the subject
            # names may be said on its side only (does the library lend / can I lend)
            named = {stem_en(w) for w in found.partition(":")[0].split("->")} - _PERSONS
            beyond = _beyond_modality(a) ^ _beyond_modality(b)
            return f"doer:{found}" if beyond <= named else ""
        elif found:
            found = f"modality:{found}"
        return found if found and _beyond_modality(a) == _beyond_modality(b) else ""
    beyond_a, beyond_b = _beyond_modality(a), _beyond_modality(b)
    if beyond_a == beyond_b and (
        found := modality_changed(query, cached, lang) or done_changed(query, cached, lang)
    ):
        return f"modality:{found}"
    one_stem = beyond_a != beyond_b and _kanji_stems(beyond_a) == _kanji_stems(beyond_b)
    if one_stem and (found := done_changed(query, cached, lang)):
        return f"modality:{found}"  # 届きましたか / 届けられますか: one stem, two verbs
    return frame_reason(query, cached, a, b)  # (the frame rules, each behind its gate)


def modality_changed(query: str, cached: str, lang: str) -> str:
    """``"X->Y"`` when one prompt asks whether one must and the other whether one can or
    may (``X``: ``cached``'s modality, can / may / must); empty otherwise."""
    if lang == "ja":
        old, new = ja_modality(cached), ja_modality(query)  # (plain with a question word)
        if old == new == "plain":  # 何を持って行けますか / 持って行かなければなりませんか
            old, new = _wh_modalities(cached, query)
    elif lang == "en":
        old, new = en_modality(cached), en_modality(query)
    else:
        return ""
    if old == new or "obligation" not in (old, new) or "plain" in (old, new):
        return ""
    return f"{_NAMES[old]}->{_NAMES[new]}"


def done_changed(query: str, cached: str, lang: str) -> str:
    """``"did->can"`` (``cached``'s first) when one question asks whether a thing was done
    (the past: "Was my parcel delivered?", 予約できましたか, 届きましたか) and the other
    whether it can be (ability or permission, not past: "Can my parcel be delivered?",
    予約できますか); empty otherwise. Two pasts (取りましたか / 取れましたか: "I managed to
    get one") and a plain present are not compared."""
    read = en_done if lang == "en" else ja_done if lang == "ja" else None
    if read is None:
        return ""
    old, new = read(cached), read(query)
    if {old, new} != {"did", "can"}:
        return ""
    return f"{old}->{new}"


#: an English question's opening auxiliary: the past (was, did, has been; not "have you
#: got", which asks what one has) and ability or permission (can, could, may, might)
_EN_DONE = re.compile(r"(?:was|were|did|has|have|had)\b(?!.*\bgot\b)", re.IGNORECASE)
_EN_CAN_ANY = re.compile(r"(?:can|could|may|might)\b", re.IGNORECASE)
_SENTENCES = re.compile(r"[.!?]\s+\S")


def en_done(text: str) -> str:
    """``did`` when an English question opens with an auxiliary of the past (Was, Did, Has,
    Have), ``can`` with one of ability or permission (Can, Could, May, Might), whoever the
    subject (my parcel, the courier), in a text of one sentence; empty otherwise."""
    opening = text.strip()
    if _SENTENCES.search(opening):
        return ""  # several sentences (Did I pay twice? Can I get a refund?): several asks
    if _EN_DONE.match(opening):
        return "did"
    return "can" if _EN_CAN_ANY.match(opening) else ""


def ja_done(text: str) -> str:
    """``did`` when a Japanese question's last predicate is in the past (た after it:
    届きましたか, 予約できましたか), ``can`` when it is in ability or permission and not past
    (:func:`modality_of`: 予約できますか, 届けられますか); empty otherwise (a question word
    asks which, 何を予約できますか)."""
    found = long_units(text)
    if found is None or asks_which(found[1]):
        return ""
    morphemes = found[1]
    ending = range(before_ending(morphemes) + 1, len(morphemes))  # ました, です, か, ?
    if any(_past(morphemes[k]) for k in ending):
        return "did"
    return "can" if modality_of(morphemes) in ("ability", "permission") else ""


#: one line of the words joined by line breaks as a stem: a word of kanji, then kana, its kanji
#: alone; any other word whole. ``findall`` gives one per line with no Python step per match
#: (session 25, speed3: a ``sub`` with a group template called the re module's Python code
#: on every call and its template expander on every match)
_KANJI_RUN = re.compile("^(?:[一-龥々]+(?=[ぁ-ん])|.*)", re.MULTILINE)


def _kanji_stems(words: frozenset[str]) -> frozenset[str]:
    """The words with each verb or adjective (kanji, then kana) cut to its kanji: the
    intransitive and the transitive of one stem (届く / 届ける, 開く / 開ける) read as one.
    (All words in one search over their lines: no Python step per word.)"""
    if not words:
        return words
    return frozenset(_KANJI_RUN.findall("\n".join(words)))


def _past(m: Any) -> bool:
    """The morpheme is a た closing the question, not たら (壊れたら: a condition)."""
    pos = m.part_of_speech()
    return pos[0] == "助動詞" and m.normalized_form() == "た" and not pos[5].startswith("仮定")


def _modal_aux(m: Any) -> bool:
    """The ending's morpheme is an auxiliary that says the modality (べし, れる, られる)."""
    return m.part_of_speech()[0] == "助動詞" and m.normalized_form() in ("べし", "れる", "られる")


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
    found = long_units(text)
    if found is None or asks_which(found[1]):
        return "plain"  # (何を持って行けますか: not a yes/no question)
    return modality_of(found[1])


def _wh_modalities(cached: str, query: str) -> tuple[str, str]:
    """The modalities of two questions that ask with the same question words (何を / 何を,
    何歳から / 何歳から); ``plain`` twice when they do not."""
    x, y = long_units(cached), long_units(query)
    if x is None or y is None:
        return "plain", "plain"
    words = _question_words(x[1])
    if not words or words != _question_words(y[1]):
        return "plain", "plain"
    return modality_of(x[1]), modality_of(y[1])


def _question_words(morphemes: Sequence[Any]) -> tuple[str, ...]:
    """The question words of a text in order (何 + a counter as written: 何歳)."""
    found = []
    for m in morphemes:
        norm, surface = m.normalized_form(), m.surface()
        if (
            norm in JA_QUESTION_WORDS
            or surface in JA_QUESTION_WORDS
            or (surface.startswith("何") and m.part_of_speech()[0] == "名詞")
        ):
            found.append(surface)
    return tuple(found)


def modality_of(morphemes: Sequence[Any]) -> str:
    """See :func:`ja_modality` (the text's mode-C ``morphemes``)."""
    j = before_ending(morphemes, _modal_aux)  # back over ます, ん, です, か, の, ?
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
    if norm in _ABLE:  # しないとできない: "cannot unless", an obligation
        return "obligation" if framed == "ない" else "ability"
    pos = m.part_of_speech()
    if pos[0] == "動詞" and pos[4].startswith("下一段") and not _ichidan(norm):
        return "ability"  # 使えますか, 行けませんか: a godan verb's potential
    if pos[0] == "動詞" and _ichidan(norm) and _godan_twin(norm) and not _object(morphemes, j):
        return "ability"  # 犬は店内に入れますか: 入る's potential, with nothing put in
    return "plain"


def _object(morphemes: Sequence[Any], j: int) -> bool:
    """A を before the verb at ``j``: the verb acts on something (荷物を入れる)."""
    return any(morphemes[k].surface() == "を" for k in range(j))


@lru_cache(maxsize=512)
def _godan_twin(norm: str) -> bool:
    """The ichidan verb ``norm`` (入れる) has the shape of a godan verb's potential: the
    verb with its e-row kana made u-row (入る) is a godan verb in SudachiPy's dictionary."""
    twin = norm[:-2] + U_ROW.get(norm[-2], "")
    if len(twin) != len(norm) - 1:
        return False
    alone = read_alone(twin)  # (not long_units: its few recent texts are the check's prompts)
    return alone is not None and alone.pos[0] == "動詞" and alone.pos[4].startswith("五段")


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
    return norm.endswith("る") and len(norm) > 1 and norm[-2] in E_ROW_ANY
