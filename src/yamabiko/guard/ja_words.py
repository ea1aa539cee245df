"""Readings of single Japanese words and morphemes that the analyser and the guard's units
share: the value of a kanji numeral (二十三 → 23), the kind a question word with an
approximation suffix asks (いつ頃: when), whether a possibly dependent verb stands on its own
(五月人形をしまう), whether a noun phrase starts next (と between two nouns) and whether a kana
noun starts a compound noun (なし狩り) or was cut into a verb and ない (しない: 竹刀,
:func:`kana_noun_split`, session 24), and whether a text ends as a question
(:func:`ends_asking`), and whether a question word is an indefinite (誰でも, いつでも:
:func:`indefinite`), and whether the words a minimal pair leaves replace a place relative to
a thing by another (箱の中 / 箱の上: :func:`place_replaced`, session 26). Moved out of
:mod:`.japanese` (same rules)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from . import lexicon as lx
from . import wordvec
from .kana_rows import HIRAGANA_ONLY
from .limits import is_kanji

_KANJI_NUMBER = re.compile(r"^[〇零一二三四五六七八九十百千万億両片]+")


def kanji_number(text: str) -> float | None:
    """The value of a leading kanji numeral (二十三 → 23, 両 → 2), or None."""
    match = _KANJI_NUMBER.match(text)
    if not match:
        return None
    total = section = digit = 0
    for char in match.group():
        value = lx.JA_NUMERALS[char]
        if value < 0:
            return None
        if value < 10:
            digit = digit * 10 + value
        elif value < 10_000:
            section += (digit or 1) * value
            digit = 0
        else:
            total += (section + digit or 1) * value
            section = digit = 0
    return float(total + section + digit)


def numeral_value(surface: str, norm: str) -> float | None:
    """The value of a numeral morpheme written in kanji (二十三) or, in hiragana (ひと of
    ひとつ, みっ of みっつ, ふた of ふたつ), by its SudachiPy normalised form (一, 三, 二);
    None for any other surface."""
    value = kanji_number(surface)
    if value is None and HIRAGANA_ONLY.fullmatch(surface):
        value = kanji_number(norm)
    return value


#: the parts of speech a noun phrase starts with (a noun, a pronoun or a modifier of one)
_PHRASE_STARTS = frozenset({"名詞", "代名詞", "形容詞", "形状詞", "連体詞", "接頭辞"})


def noun_next(morphemes: Any, i: int) -> bool:
    """A noun phrase starts after the morpheme ``i`` (と before one coordinates two nouns:
    りんごとバナナを, 赤い箱と青い袋は; before a verb it says with whom: 兄と共有する)."""
    return i + 1 < len(morphemes) and morphemes[i + 1].part_of_speech()[0] in _PHRASE_STARTS


#: what may close a prompt after its predicate: auxiliaries, symbols, blanks (and final particles)
_CLOSING = frozenset({"助動詞", "補助記号", "空白"})


def closes(morphemes: Any, i: int) -> bool:
    """Only auxiliaries, final particles and symbols follow the morpheme at ``i``: it is the
    prompt's closing predicate (飲みましたか, できますか)."""
    return all(
        m.part_of_speech()[0] in _CLOSING or m.part_of_speech()[1] == "終助詞"
        for m in morphemes[i + 1 :]
    )


#: parts of speech after which a verb SudachiPy tags 非自立可能 is bound to what precedes it:
#: a compound verb's second half (取り込む), an honorific frame (お願いする), an auxiliary
#: after a verb, adjective or auxiliary (やらなきゃいけない), an adverb's phrase (どうやって)
_BINDING = frozenset({"動詞", "助動詞", "形容詞", "接頭辞", "副詞"})


#: the one verb of giving that also names a motion (raising a thing): bound to a verb's て it
#: is the auxiliary of giving (貸してあげる, which ``ja_doers`` reads); anywhere else, in kanji or
#: kana, it is the verb of the sentence (瓦を屋根に上げる / 屋根から下ろす, 温度をあげる,
#: 友達にプレゼントをあげる) and a unit of its own
_RAISE = "上げる"


def independent_verb(morphemes: Any, i: int) -> bool:
    """The verb at ``i``, which SudachiPy marks as possibly dependent (非自立可能: しまう, 出す,
    置く, 見る: each is also an auxiliary or the second half of a compound, てしまう,
    取り出す), stands as a verb of its own: not after て / で (忘れてしまう) nor bound to a
    verb, a prefix or an adverb, and either right after を, with its direct object (五月人形を
    しまう), or the prompt's last verb (こたつはいつしまいますか), or the act a closing request
    asks for (この靴は直してもらえますか: :func:`requested_act`). Inside a clause after
    another particle it is often a light one (机に置いてある) and stays filler, and so do the
    verbs of giving and receiving (:data:`~.lexicon.JA_GIVING_VERBS`: 領収書をもらえる /
    いただける), except 上げる (:data:`_RAISE`), which is a verb of its own wherever it is not
    bound to a verb's て (session 22)."""
    if i == 0:
        return False
    before = morphemes[i - 1]
    pos = before.part_of_speech()
    if pos[0] in _BINDING or pos[1] == "接続助詞":
        return False
    norm = morphemes[i].normalized_form()
    if norm == _RAISE:
        return True  # 屋根に上げる, 温度をあげる, 友達にプレゼントをあげる: not after て
    if norm in lx.JA_GIVING_VERBS:
        return False
    if before.surface() == "を" or requested_act(morphemes, i):
        return True
    for m in morphemes[i + 1 :]:  # only auxiliaries, final particles, punctuation follow
        pos = m.part_of_speech()
        if pos[1] == "終助詞" or pos[0] in ("補助記号", "空白"):
            return True
        if pos[0] != "助動詞":
            return False
    return True


def requested_act(morphemes: Any, i: int) -> bool:
    """The verb at ``i`` is the act a closing verb of giving or receiving asks for (この靴は
    直してもらえますか, 棚に置いてください): its て / で is followed by one of
    :data:`~.lexicon.JA_GIVING_VERBS` that closes the prompt, so it is the verb of the request,
    whatever particle stands before it (session 33: 直して / 処分して after は was filler)."""
    if i + 2 >= len(morphemes):
        return False
    joint, giving = morphemes[i + 1], morphemes[i + 2]
    return (
        joint.surface() in ("て", "で")
        and joint.part_of_speech()[1] == "接続助詞"
        and giving.normalized_form() in lx.JA_GIVING_VERBS
        and closes(morphemes, i + 2)
    )


#: approximation suffixes (about, around) that make one noun of a question word: いつ頃
ABOUT = ("頃", "ごろ", "くらい", "ぐらい", "位")


def about_question(surface: str) -> str:
    """The kind a question word with an approximation suffix asks, one noun to SudachiPy
    (いつ頃, いつごろ, どこぐらい): when, where, who or why; "" for any other word."""
    for suffix in ABOUT if surface.endswith(ABOUT) else ():  # (one test first: most nouns)
        if surface.endswith(suffix):
            asked = lx.JA_QUESTION_WORDS.get(surface[: -len(suffix)], "")
            return asked if asked in ("when", "where", "who", "why") else ""
    return ""


def indefinite(morphemes: Sequence[Any], i: int) -> bool:
    """The question word at ``i`` is followed at once by も or でも (誰でも, いつでも, 何も,
    何日でも): an indefinite (anyone, any time, nothing), which asks for no answer of its kind:
    誰でも受験できますか is a yes / no question, as 受験資格はありますか is (session 25)."""
    after = [m.surface() for m in morphemes[i + 1 : i + 3]]
    return after[:1] in (["も"], ["でも"]) or after == ["で", "も"]


def kana_noun(morphemes: Any, i: int) -> bool:
    """The kana noun at ``i`` (なし) stands where nothing precedes it to be without (the text's
    start, a particle, a symbol) and a noun follows at once: the first half of a compound
    noun written in kana (なし狩り: 梨狩り), not 無し (砂糖なしで)."""
    m = morphemes[i]
    if m.part_of_speech()[0] != "名詞" or not HIRAGANA_ONLY.fullmatch(m.surface()):
        return False
    before = morphemes[i - 1].part_of_speech()[0] if i else "補助記号"
    after = morphemes[i + 1].part_of_speech()[0] if i + 1 < len(morphemes) else ""
    return before in ("助詞", "補助記号", "空白") and after in ("名詞", "接尾辞")


def privative(morphemes: Sequence[Any], i: int) -> bool:
    """The morpheme at ``i`` is a noun of :data:`~.lexicon.JA_PRIVATIVE_NOUNS` right after a
    noun: *without* that noun (タコ抜き, 砂糖抜きで: タコなし, 砂糖なしで), a negation. A set
    phrase SudachiPy keeps whole (栓抜き, 息抜き) never reaches here."""
    return (
        i > 0
        and morphemes[i].normalized_form() in lx.JA_PRIVATIVE_NOUNS
        and morphemes[i].part_of_speech()[0] == "名詞"
        and morphemes[i - 1].part_of_speech()[0] == "名詞"
    )


#: the particles a noun takes and a negated predicate cannot take without a nominalizer
#: (竹刀も / 竹刀を; a clause ending in ない needs こと or の first: 行かないのは)
_NOUN_PARTICLES = frozenset({"は", "も", "を"})


def kana_noun_split(morphemes: Sequence[Any], i: int) -> bool:
    """The negative auxiliary at ``i`` (ない) ends a kana noun that SudachiPy cut into a verb
    and the auxiliary (しない, the kana spelling of 竹刀: し + ない): the verb before it is
    written in hiragana alone and follows nothing it could be the predicate of (the text's
    start, a particle, a symbol), and a topic or object particle (は, も, を) follows the
    auxiliary at once, which a negated predicate cannot take without a nominalizer
    (しないことを, 行かないのは). Not a negation, then, but a noun."""
    if i < 1 or i + 1 >= len(morphemes) or morphemes[i + 1].surface() not in _NOUN_PARTICLES:
        return False
    aux, verb, after = morphemes[i], morphemes[i - 1], morphemes[i + 1]
    if aux.part_of_speech()[0] != "助動詞" or aux.normalized_form() not in lx.JA_NEGATION_AUX:
        return False
    if verb.part_of_speech()[0] != "動詞" or not HIRAGANA_ONLY.fullmatch(verb.surface()):
        return False
    if not HIRAGANA_ONLY.fullmatch(aux.surface()):
        return False
    before = morphemes[i - 2].part_of_speech()[0] if i > 1 else "補助記号"
    after_pos = after.part_of_speech()
    return (
        before in ("助詞", "補助記号", "空白")
        and after_pos[0] == "助詞"
        and after_pos[1] in ("係助詞", "格助詞")
    )


#: what ends a Japanese question: a question mark (either width) or the final particle か
_ASKING_ENDS = ("?", "？", "か")
#: full stops and blanks after the question's end (ですか。)
_TRAILING = re.compile(r"[。\s]+\Z")


def ends_asking(text: str, casual: bool = False) -> bool:
    """``text`` ends as a question: a question mark or the final particle か, then nothing
    but full stops and blanks (ですか。); with ``casual``, also a bare の (入院してるの, the
    plain style's question; not の。, a statement). The rules that read the question's last
    predicate ask this (:func:`.ja_clauses.negative_question`, :mod:`.ja_tense`); one that
    asks whether a prompt asks anything at all also takes a question mark anywhere
    (:mod:`.verbchange`: できますか？よろしくお願いします)."""
    if casual and text.rstrip().endswith("の"):
        return True
    return _TRAILING.sub("", text).endswith(_ASKING_ENDS)


#: the parts of speech a Japanese question's ending is made of (ます, た, です, ?, 。, blanks)
_ENDING_POS = frozenset({"助動詞", "補助記号", "空白"})


def before_ending(morphemes: Sequence[Any], stop: Callable[[Any], bool] | None = None) -> int:
    """The index of the last of ``morphemes`` (mode C) before the ending of the question they
    end: back over auxiliaries, symbols, blanks and the final particles (ました, です, か, の,
    ?); -1 when nothing precedes it. ``stop`` keeps an ending morpheme that itself says what
    the rule asks (べし, れる, a negation) as the one returned. The one walk back the rules
    that read a question's last predicate share (:mod:`.modality`, :mod:`.ja_tense`,
    :func:`.ja_clauses.negative_question`). A topic said after the question
    (色あせしませんか、のれんは？: :func:`_dislocated`) is not its ending: the walk starts
    before it."""
    j = _dislocated(morphemes) - 1
    while j >= 0:
        m = morphemes[j]
        pos = m.part_of_speech()
        if not (pos[0] in _ENDING_POS or pos[1] in ("終助詞", "準体助詞")):
            break
        if stop is not None and stop(m):
            break
        j -= 1
    return j


#: the parts of speech of a noun phrase said after a question (a right-dislocated topic)
_PHRASE_POS = frozenset(
    {"名詞", "代名詞", "接頭辞", "接尾辞", "連体詞", "助詞", "補助記号", "空白"}
)


def _dislocated(morphemes: Sequence[Any]) -> int:
    """The index of the comma that sets off a noun phrase said after the question's final
    か (外に出しっぱなしでも色あせしませんか、のれんは？: the topic moved to the end), or
    ``len(morphemes)`` when there is none: the phrase holds a noun and no predicate, and a
    final particle stands right before the comma."""
    noun = False
    for j in range(len(morphemes) - 1, 0, -1):
        m = morphemes[j]
        pos = m.part_of_speech()
        if pos[1] == "読点":
            before = morphemes[j - 1].part_of_speech()[1]
            return j if noun and before == "終助詞" else len(morphemes)
        if pos[0] not in _PHRASE_POS:
            break
        noun = noun or pos[0] in ("名詞", "代名詞")
    return len(morphemes)


def head_shared_apart(x: str, y: str) -> bool:
    """Two Japanese words of other lengths that open with the same kanji and go on, after
    what they share, in another kanji each (年内 / 年明け: within the year / after it turns;
    年内 / 年末 differ in one place and :func:`.relations.one_kanji_apart` holds them): two
    compounds of one head and other second parts, which contrast as a one-kanji change does,
    however close the word vectors put them (times, 0.79). One word inside the other
    (登録 / ユーザー登録) or a rest in kana (変更 / 変える) is no such pair."""
    if len(x) == len(y) or len(x) < 2 or len(y) < 2 or x.isascii() or y.isascii():
        return False
    if x[0] != y[0] or not is_kanji(x[0]) or x in y or y in x:
        return False
    k = 0
    while k < min(len(x), len(y)) and x[k] == y[k]:
        k += 1
    return is_kanji(x[k]) and is_kanji(y[k])


#: the particles that follow a noun at once and may open a kana word after it when SudachiPy
#: reads the two as one (たい焼き + はしっぽ: は + しっぽ)
_GLUING = frozenset("はがをも")
#: a kana word written in hiragana, the long-vowel mark allowed (すごーい)
_HIRAGANA_LONG = re.compile("[\u3041-\u309fー]+")
#: what a text holds when some morpheme of it may be such a word (a gluing particle, then at
#: least two more kana): most texts have none, and their morphemes are not read (session 25)
_MAY_GLUE = re.compile("[はがをも][\u3041-\u309fー]{2}")


def unglued(text: str, morphemes: list[Any], tokenize: Callable[[str], Any]) -> list[Any]:
    """``morphemes`` (SudachiPy long units of ``text``) with a particle that SudachiPy glued
    to the kana word after a noun cut off again (たい焼きはしっぽまで: たい焼き + はしっぽ, 端っぽ,
    read again as たい焼き + は + しっぽ, 尻尾). A kana noun is read so when it follows a noun
    at once, opens with は / が / を / も, the word-vector table lacks it, and its rest alone
    is one noun of at least two kana that the table knows: of the two readings, the one of
    known words. ``tokenize`` gives a text's long units; the cuts are found in one pass over
    ``morphemes`` and the text is tokenized again once, in parts cut at each particle's end
    (each part's offsets start at 0: no rule reads them). Session 39: each cut tokenized the
    whole rest of the text again before, a walk quadratic in the glued particles."""
    if _MAY_GLUE.search(text) is None:
        return morphemes  # (every surface is a part of ``text``: none can be such a word)
    pairs = pairwise(morphemes)  # (each long unit after the one before it)
    cuts = [m.begin() + 1 for before, m in pairs if _glued(m, before, tokenize)]
    if not cuts:
        return morphemes
    found: list[Any] = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        found.extend(tokenize(text[start:end]))
    return found


def _glued(m: Any, before: Any, tokenize: Callable[[str], Any]) -> bool:
    """Whether the long unit ``m``, after ``before``, is a particle glued to a kana noun
    (:func:`unglued`)."""
    surface = m.surface()
    if surface[:1] not in _GLUING or len(surface) < 3 or not _HIRAGANA_LONG.fullmatch(surface):
        return False  # (a cheap test first: most morphemes stop here)
    if m.part_of_speech()[0] != "名詞" or before.part_of_speech()[0] != "名詞":
        return False
    if wordvec.vector_index(m.normalized_form()) is not None:
        return False
    rest = list(tokenize(surface[1:]))
    if len(rest) != 1 or rest[0].part_of_speech()[0] != "名詞":
        return False
    return wordvec.vector_index(rest[0].normalized_form()) is not None


#: the place nouns that say one place (箱の中 = 箱の内)
_ONE_PLACE = frozenset({"中", "内"})


def places_apart(first: str, second: str) -> bool:
    """Two nouns of a place relative to a thing (:data:`~.lexicon.JA_PLACE_NOUNS`) that
    name two places: 中 / 上, 前 / 裏 (not 中 / 内, one place)."""
    pair = {first, second}
    return len(pair) == 2 and pair <= lx.JA_PLACE_NOUNS and pair != _ONE_PLACE


def place_replaced(left: Sequence[Any], right: Sequence[Any]) -> bool:
    """The words each side has left over (units, by their ``key``) hold a noun of a place
    relative to a thing, and the two name two places (:func:`places_apart`): 箱の中に入れて /
    箱の上に置いて moves the thing from inside the box to its top, whatever the verbs say
    (入れる goes with 中), so the words left are no rewording of one act
    (:func:`.rewordings.reworded`) but a replaced place. A place noun on one side only
    (メニューの中で / メニューで) names no other place."""
    mine = {u.key for u in left} & lx.JA_PLACE_NOUNS
    theirs = {u.key for u in right} & lx.JA_PLACE_NOUNS
    return any(places_apart(x, y) for x in mine for y in theirs)
