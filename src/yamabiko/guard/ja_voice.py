"""A Japanese transitive verb against its intransitive twin on the same noun (the guard's
``roles`` step, through :func:`.modality.frame_changed`): 水道を止めたい / 水道が止まった (I
want to stop the water / the water has stopped), 電気を消せない / 電気が消えない, お湯を沸かせ
ますか / お湯が沸きますか. The prompts share their nouns and the verbs' kanji, so the word
checks read one verb, and the embedder puts them at 0.79-0.96; yet one asks how to act on the
thing and the other what happened to it.

:func:`voice_changed` reads, in SudachiPy's long units, each noun followed by を in one prompt
and by が / は in the other, and the first verb after it in each. The two verbs are a pair of
voice when they differ and share their stem: the same first kanji and kana after it (止める /
止まる, 消す / 消える), or, written in kana, the same first kana (つける / つく); or they are
one verb made causative on the を side only (沸かせる = 沸く + せる / 沸く). Not when the が
side's verb is the godan verb's e-row form (取る / 取れる, 切る / 切れる): that shape is also
the potential (予約を取る / 予約が取れる), which asks the same; unless an auxiliary of
completion or of a lasting state follows it (窓が割れてしまった, 紐が切れている, お皿が
割れちゃった), or it is said in the past of a thing (窓が割れた, 枝が折れた; not of a verbal
noun, 予約が取れた, nor against a verb of obtaining, チケットを取った / チケットが取れた,
:data:`.cases.OBTAINING`): a potential is not said so, the intransitive is (窓を割ってしまった
/ 窓が割れてしまった, 窓を割った / 窓が割れた); nor when the を side can't and the が side
won't (ドアを開けられない / ドアが開かない: one trouble). Reason ``voice:止める->止まる`` (the
cached prompt's verb first).
"""

from __future__ import annotations

from itertools import filterfalse
from operator import itemgetter
from typing import Any

from .cases import OBTAINING
from .facts import Analysis
from .ja_receiving import RECEIVING_AUX
from .japanese import long_units
from .kana_rows import E_ROW as _E_ROW
from .kana_rows import HIRAGANA_ONLY
from .lexicon import JA_NEGATION_AUX

#: the causative auxiliaries (沸かせる: 沸く + せる)
_CAUSATIVE = frozenset({"せる", "させる"})
_PASSIVE = frozenset({"れる", "られる"})
#: the particles of the thing acted on, and of the thing that acts or is spoken of
_OBJECT = "を"
_SUBJECT = frozenset({"が", "は"})


def voice_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """``"X->Y"`` when a noun is the object of the verb ``X`` (を) in one prompt and the
    subject or topic (が / は) of its intransitive twin ``Y`` in the other (``X`` the cached
    prompt's; ``a``, ``b``: the query's and the cached prompt's analyses); empty otherwise."""
    maybe = 0 if query.count(_OBJECT) == cached.count(_OBJECT) else _maybe_twins(a, b)
    if not maybe:
        return ""  # (cheap tests first: one side says を where the other does not, and ...)
    x = long_units(query)
    mine = _frames(x[1]) if x is not None else {}
    if not mine:
        return ""  # (no frame of the query's: the cached prompt's units are not read)
    y = long_units(cached)
    if y is None:
        return ""
    theirs = _frames(y[1])
    for noun, new in mine.items():
        old = theirs.get(noun)
        if old is None or (new[0] == _OBJECT) == (old[0] == _OBJECT):
            continue
        acted, happened = (new, old) if new[0] == _OBJECT else (old, new)
        if acted[4] or happened[4] or happened[5]:
            continue  # パンが乗った皿 / パンを乗せた皿; 揚げられる: one scene
        if acted[7] and acted[6] and happened[6]:
            continue  # ドアを開けられない / ドアが開かない: one trouble, reported twice
        if maybe == 1 and acted[7]:
            continue  # お湯を出せますか / お湯が出ますか: a verb of the words alone, can / does
        state = happened[8] == "befell" or (happened[8] == "past" and acted[1] not in OBTAINING)
        if twins(acted[1], acted[2], happened[1], happened[2], state) or (
            acted[1] != happened[1] and twins(acted[3], False, happened[3], False)
        ):
            return f"{_shown(old)}->{_shown(new)}"
    return ""


def _maybe_twins(a: Analysis, b: Analysis) -> int:
    """... the content words each side has alone include two with the same first character
    (止める / 止まる) or one written in kana (つける), or none differ, or the words (any
    lemma) each side has alone include two with the same first kanji (始める / 始まる): 2 for
    the content words, 1 for the words alone, 0 for none."""
    mine, theirs = set(a.content), set(b.content)
    only_mine, only_theirs = mine - theirs, theirs - mine
    if not only_mine and not only_theirs:
        return 2  # (沸かせる / 沸く; つける / つく, bound verbs the content words leave out)
    firsts = {word[0] for word in only_mine}
    if any(map(firsts.__contains__, map(_FIRST, only_theirs))):  # (in C)
        return 2
    if any(map(HIRAGANA_ONLY.fullmatch, only_mine | only_theirs)):  # (a hiragana word, in C)
        return 2
    # a verb SudachiPy also reads as an auxiliary (始める, 直す: 書き始める, やり直す) is no
    # content word; the two sides' words say it (会議を始めてもいい / 会議は始まった): 1, and
    # a potential on the を side is then left alone (お湯を出せますか / お湯が出ますか)
    # (the first characters of one side's words but kana, and the other's, in C)
    kanji = set(filterfalse(HIRAGANA_ONLY.fullmatch, map(_HEAD, a.words - b.words)))
    return int(not kanji.isdisjoint(map(_HEAD, b.words - a.words)))


_FIRST = itemgetter(0)  # (a word's first character)
_HEAD = itemgetter(slice(0, 1))  # (its first character, empty for an empty word)


def twins(
    transitive: str, causative: bool, intransitive: str, caused: bool, state: bool = False
) -> bool:
    """The verb of the を side (``causative``: made so) and that of the が / は side are a
    transitive and its intransitive (see the module docstring); ``state``: the が side's verb
    says a thing's state or what befell it (割れてしまった, 切れている), so its e-row shape is
    the intransitive (割れる), not the potential (取れる: 予約が取れますか)."""
    if transitive == intransitive:
        return causative and not caused  # 沸かせる / 沸く
    if not transitive or not intransitive or transitive[0] != intransitive[0]:
        return False
    rest = transitive[1:] + intransitive[1:]
    if not HIRAGANA_ONLY.fullmatch(rest) or len(rest) > 6:
        return False  # a compound, or two other verbs
    last = transitive[-1]
    return state or intransitive != transitive[:-1] + _E_ROW.get(last, "") + "る"  # 取れる


def _humble(morphemes: Any, k: int) -> bool:
    """させていただく / させてもらう / させてください at ``k`` (after the causative): asking
    leave to do it oneself, not making it happen (受けさせていただけますか = 受けられますか)."""
    if k + 1 >= len(morphemes) or morphemes[k].surface() not in ("て", "で"):
        return False
    return morphemes[k + 1].normalized_form() in _LEAVE


#: the verbs after させて that ask leave: the auxiliaries of receiving but 呉れる (頂く, 貰う,
#: 下さる; 休ませてくれる is not read as leave here, as before the table was shared)
_LEAVE = RECEIVING_AUX - {"呉れる"}


def _shown(frame: _Frame) -> str:
    """A verb as the reason shows it (a causative with its せる)."""
    return frame[1] + ("+せる" if frame[2] else "")


#: a noun's frame: particle, verb, causative, the verb as written, adnominal, passive,
#: negated, potential, a state or what befell (:func:`_befell`)
_Frame = tuple[str, str, bool, str, bool, bool, bool, bool, str]
#: the auxiliaries of negation (開かない, 閉められません)
_NEGATION = JA_NEGATION_AUX - {"無い", "ん", "まい"}  # ない, ず, ぬ
#: the conjugated forms that end a clause modifying the noun after it (乗った皿); not たら
#: (壊したら保証される: a condition)
_ATTRIBUTIVE = ("連体形", "終止形")


#: the auxiliaries after a verb that say it is done or its result lasts (割れちゃった, 割れてる);
#: after て: しまう, いる (割れてしまった, 切れている)
_BEFELL_AUX = frozenset({"ちゃう", "ちまう", "てる", "とる"})
_BEFELL_AFTER_TE = frozenset({"仕舞う", "居る"})


def _befell(morphemes: Any, k: int) -> str:
    """``"befell"`` when the verb before ``k`` is followed by an auxiliary of completion or of
    a lasting state (割れちゃった, 割れてしまった, 割れている): an event or a state of the
    thing, which a potential (取れる: "can be got") is not; empty otherwise."""
    if k >= len(morphemes):
        return ""
    if morphemes[k].normalized_form() in _BEFELL_AUX:
        return "befell"
    after_te = (
        morphemes[k].surface() in ("て", "で")
        and k + 1 < len(morphemes)
        and morphemes[k + 1].normalized_form() in _BEFELL_AFTER_TE
    )
    return "befell" if after_te else ""


def _happened(morphemes: Any, j: int, end: int, noun: Any) -> str:
    """The verb at ``j`` (its auxiliaries up to ``end``) is in the past, not negated, and its
    noun is a thing, not a verbal noun (窓が割れた, お皿が割れました, ボタンが取れたら): an
    event that befell the thing. A potential in the past says one managed to act on it, which
    is said of what one gets (予約が取れました: 予約 is a verbal noun, left alone), and of what
    a verb of obtaining gets (チケットが取れた: :func:`voice_changed` reads ``"past"`` as the
    intransitive only against another verb); a concrete thing that "could be" broken or cut
    is not said so. ``"past"``, or empty."""
    if noun.part_of_speech()[2] in ("サ変可能", "サ変形状詞可能"):
        return ""
    forms = [morphemes[m].normalized_form() for m in range(j + 1, end)]
    return "past" if "た" in forms and not any(form in _NEGATION for form in forms) else ""


def _potential(verb: Any, after: str) -> bool:
    """The verb is in a potential form: 開けられる (れる / られる after it) or a godan verb's
    e-row form (消せる, read by SudachiPy as 消す)."""
    if after in _PASSIVE:
        return True
    form, written = verb.normalized_form(), verb.dictionary_form()
    row = _E_ROW.get(form[-1:], "")
    return bool(row) and written != form and written.endswith(row + "る")


def _frames(morphemes: Any) -> dict[str, _Frame]:
    """Each noun followed by を, が or は: the particle, the first verb after it (its
    normalised form), whether a causative follows that verb, its dictionary form (as
    written: つける / つく, whose normalised forms are written otherwise, つける / 付く),
    whether the verb's clause modifies a noun (パンが乗った皿: a description of a thing) and
    whether the verb is passive (揚げられる)."""
    found: dict[str, _Frame] = {}
    count = len(morphemes)
    for k in range(1, count):
        particle = morphemes[k].surface()
        if particle != _OBJECT and particle not in _SUBJECT:
            continue
        noun = morphemes[k - 1]
        if noun.part_of_speech()[0] not in ("名詞", "代名詞"):
            continue
        for j in range(k + 1, count):
            verb = morphemes[j]
            if verb.part_of_speech()[0] != "動詞":
                continue
            after = morphemes[j + 1].normalized_form() if j + 1 < count else ""
            form = verb.normalized_form()
            causative = after in _CAUSATIVE and not _humble(morphemes, j + 2)
            end = j + 1
            while end < count and morphemes[end].part_of_speech()[0] == "助動詞":
                end += 1
            adnominal = (
                end < count
                and morphemes[end].part_of_speech()[0] == "名詞"
                and morphemes[end - 1].part_of_speech()[5].startswith(_ATTRIBUTIVE)
            )
            negated = any(morphemes[m].normalized_form() in _NEGATION for m in range(j + 1, end))
            frame = (particle, form, causative, verb.dictionary_form(), adnominal,
                     after in _PASSIVE, negated, _potential(verb, after),
                     _befell(morphemes, j + 1) or _happened(morphemes, j, end, noun))  # fmt: skip
            found.setdefault(noun.normalized_form(), frame)
            break
    return found
