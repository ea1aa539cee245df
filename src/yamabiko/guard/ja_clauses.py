"""Japanese clauses for the analysis: which predicate a prompt asks about, and a negative
yes/no question, from SudachiPy's parts of speech (long units, mode C).

- **A subordinate clause's predicate** (:func:`subordinate`) sets the scene of the question
  and is not the action or state asked about: a concessive clause (雨が降っていても), a
  conditional one (熱があったら, 予約すれば), a time clause (釣り船に乗るとき, 入ってから,
  買う前に, 作りながら) or a clause of reason or background (出なくなったので,
  忘れたのですが). Its
  words stay content words (the other checks compare them); only the ``predicate`` check,
  which rejects a verb replaced by another, leaves it out. Permission (行ってもいいですか)
  and advice (食べればいいですか) are the question's own frame, not a clause.
- **A negative yes/no question** (:func:`negative_question`) usually asks what the positive
  one asks: 打てない？ / 打てますか, 使えませんか / 使えますか, 行われないのですか. Only the
  negation of the last predicate, a verb, in a text that ends as a question (か or a
  question mark) and has no question word (どの店舗で使えませんか asks for the shops where
  one cannot, not where one can: :func:`asks_which`); not a negated copula or adjective
  (必須ではないですか), not a frame of permission or obligation (撮っても構いませんか),
  not しか ... ない (only), which restricts instead. Read from the words alone: a negative
  question that expects "no" for an answer (まだ届いていませんか?) is read the same way, and
  the modality of the question (can / must) is compared elsewhere (:mod:`.modality`).
- **Forgetting to do** (:func:`forgot_to`): a verb + 忘れる (払い忘れる, 飲み忘れる) says the
  act was not done, as 払わなかった does: one negation, like the verbs of failing (損なう).

These are rules of the grammar (closed sets of particles and nouns), not lists of words that
failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .ja_words import before_ending, ends_asking
from .lexicon import JA_NEGATION_AUX, JA_QUESTION_WORDS

#: particles (接続助詞) that close a clause of condition, time, reason or contrast; て is
#: read with what follows it (ても, てから)
_CLOSERS = frozenset(
    {"ば", "と", "ので", "のに", "けど", "けれど", "けれども", "が", "から", "たら", "ながら"}
)
#: nouns a clause modifies to say when or in which case (乗るとき, 買う前に, 届いた場合)
_TIME_NOUNS = frozenset({"時", "とき", "場合", "前", "後", "あと", "間", "あいだ", "際", "途中"})
#: what makes て + も or ば / たら a question's own frame: permission (てもいい, ても大丈夫,
#: ても構わない) and advice (すればいい, したらいい)
_FRAME = frozenset({"良い", "いい", "よい", "大丈夫", "構う", "宜しい", "結構", "OK", "可能"})
#: the words of leave, for a membership test before :func:`grants_leave` is asked
LEAVE = _FRAME
#: what makes a clause with と / ば the question's own frame: an obligation (取っておかないと
#: いけませんか, しなければならない) or a quotation (行くと思う, 必要だと言われた)
_OBLIGED = frozenset({"いけ", "行け", "なら", "なり", "成ら", "成り", "駄目", "だめ", "ダメ"})
_SAYING = (
    _FRAME
    | _OBLIGED
    | frozenset(
        {"言う", "思う", "考える", "書く", "聞く", "伝える", "為る", "する"}  # (留めようとする)
    )
)
#: what may stand between a predicate and the particle that closes its clause: auxiliaries,
#: bound verbs (ている, てしまう, ておく, てみる) and the て that links them
_INSIDE = frozenset({"助動詞"})


def subordinate(morphemes: Sequence[Any], i: int) -> bool:
    """The verb or adjective at ``i`` is the predicate of a subordinate clause (concessive,
    conditional, time, reason or background), not the predicate the text asks about."""
    return bool(clause_of(morphemes, i))


def clause_of(morphemes: Sequence[Any], i: int) -> str:
    """The kind of subordinate clause whose predicate is the verb or adjective at ``i``:
    what closes it (ても, たら, ば, と, てから, ので, ながら ..., or the time noun it modifies:
    前, 後, 時, 場合); empty when it is the predicate the text asks about."""
    count = len(morphemes)
    j = i + 1
    while j < count:
        m = morphemes[j]
        pos = m.part_of_speech()
        surface = m.surface()
        if pos[0] in _INSIDE:
            if m.normalized_form() == "た" and surface in ("たら", "だら"):
                return "" if _frame_after(morphemes, j + 1) else "たら"  # (not したらいい)
            j += 1
            continue
        if pos[1] == "非自立可能" and pos[0] == "動詞" and _after_te(morphemes, j):
            j += 1  # 降っている, 出なくなってしまった: bound verbs of the same predicate
            continue
        if surface in ("て", "で") and pos[1] == "接続助詞":
            following = morphemes[j + 1] if j + 1 < count else None
            if following is None:
                return ""
            after = following.surface()
            if after == "も" and following.part_of_speech()[0] == "助詞":
                return "" if _frame_after(morphemes, j + 2) else "ても"  # (not してもいい)
            if after == "から" and following.part_of_speech()[0] == "助詞":
                return "てから"  # 入ってから
            j += 1
            continue
        if surface == "と" and pos[0] == "助詞":  # 住んでいないと (conditional; not 言うと思う)
            return "" if _frame_after(morphemes, j + 1, _SAYING) else "と"
        if pos[1] == "接続助詞" and surface in _CLOSERS:
            if surface in ("ば", "たら") and _frame_after(morphemes, j + 1):
                return ""
            return "" if _last(morphemes, j + 1) else surface  # (行きたいんですけど。)
        if pos[1] == "準体助詞" and j + 2 < count:  # 忘れたのですが, 出ないんですけど
            nxt, then = morphemes[j + 1], morphemes[j + 2]
            background = nxt.part_of_speech()[0] == "助動詞" and then.surface() in (
                "が",
                "けど",
                "けれど",
            )
            return "のが" if background and not _last(morphemes, j + 3) else ""
        if pos[0] == "名詞" and m.normalized_form() in _TIME_NOUNS:
            return m.normalized_form()
        return surface if surface in _TIME_NOUNS else ""
    return ""


def _last(morphemes: Sequence[Any], j: int) -> bool:
    """Nothing but symbols and final particles from ``j`` to the end: a clause closed by が /
    けど / ので at the end of the text softens a statement (預けたいんですが。), it is the
    text's own predicate, not the background of another."""
    for k in range(j, len(morphemes)):
        pos = morphemes[k].part_of_speech()
        if pos[0] not in ("補助記号", "空白") and pos[1] != "終助詞":
            return False
    return True


def _after_te(morphemes: Sequence[Any], j: int) -> bool:
    """The morpheme before ``j`` is て / で, an auxiliary (出なくなる: ない + なる) or a verb
    (払い忘れる: a compound's second half)."""
    before = morphemes[j - 1]
    return before.surface() in ("て", "で") or before.part_of_speech()[0] in ("助動詞", "動詞")


def _frame_after(morphemes: Sequence[Any], j: int, frame: frozenset[str] | None = None) -> bool:
    """A word of permission, advice or obligation follows at ``j`` (いい, 大丈夫, 構わない,
    いけない; ``frame``: these words instead)."""
    frame = frame or _FRAME | _OBLIGED
    while j < len(morphemes) and morphemes[j].part_of_speech()[0] == "助詞":
        j += 1  # てもいい, ては / ても は
    if j >= len(morphemes):
        return False
    m = morphemes[j]
    return m.normalized_form() in frame or m.surface() in frame


def grants_leave(morphemes: Sequence[Any], i: int) -> bool:
    """The word at ``i`` is a word of permission (:data:`_FRAME`: いい, よろしい, 構わない,
    大丈夫, 結構) right after a verb's て / で + も: the frame that asks leave, one question
    whichever word says it (停めてもいいですか / 停めても構いませんか / 停めても大丈夫ですか),
    not a word of what is asked. After a noun's でも (初心者でも大丈夫) it is no frame."""
    if i < 2 or morphemes[i - 1].surface() != "も":
        return False
    te = morphemes[i - 2]
    if te.surface() not in ("て", "で") or te.part_of_speech()[1] != "接続助詞":
        return False
    m = morphemes[i]
    return m.normalized_form() in _FRAME or m.surface() in _FRAME


#: negation auxiliaries and the adjective ない that end a negative question (the lexicon's
#: negations but the volitional まい)
_NEGATIONS = JA_NEGATION_AUX - {"まい"}


def _negation(m: Any) -> bool:
    """The morpheme is a negation auxiliary or the adjective ない; what may follow it at a
    question's end (:func:`.ja_words.before_ending`): です / ます / だ, の / ん (のですか,
    んですか), か / の / ね / よ, symbols."""
    return m.normalized_form() in _NEGATIONS and m.part_of_speech()[0] in ("助動詞", "形容詞")


#: the auxiliaries of voice and potential between a verb and its negation (行われない)
_VOICE = frozenset({"れる", "られる", "せる", "させる"})
#: particles that bind the verb after them into a frame of permission or obligation
#: (ても構わない, ないといけない, なければならない, なきゃだめ, ては / ちゃいけない)
_FRAMING = frozenset({"と", "ば", "も", "ちゃ", "きゃ", "や"})


def _framed(morphemes: Sequence[Any], k: int) -> bool:
    """The verb at ``k`` closes a frame: any verb after a framing particle of condition
    (予約しなければ入れませんか: not the plain negative question 入れませんか) or ては / では
    of a te-form (not で + は after a noun: 一人では申し込めないですか),
    and after ても only a word of permission or obligation (構う, いける, なる: :data:`_FRAME`,
    :data:`_OBLIGED`); any other verb after ても is the question's own predicate
    (さしても傷みませんか: won't it be damaged even if used)."""
    verb = morphemes[k]
    before = morphemes[k - 1].surface()
    if before == "も" and not ({verb.surface(), verb.normalized_form()} & (_FRAME | _OBLIGED)):
        return False
    if before in _FRAMING:
        return True
    if before != "は" or k < 2:
        return False
    # ては / では of the te-form (読んではいけない), not the case particle で + は (一人では
    # 申し込めない: the question's own predicate)
    joined = morphemes[k - 2]
    return joined.surface() in ("て", "で") and joined.part_of_speech()[1] == "接続助詞"


def negative_question(text: str, morphemes: Sequence[Any]) -> bool:
    """``text`` (its mode-C ``morphemes``) is a yes/no question whose last predicate is
    negated: 打てない？, 使えませんか, 行われないのですか, 在庫はないですか. Such a question
    asks what the positive question asks. Not a statement (打てない。), not when しか
    needs the negation (現金しか使えませんか: only cash?), and not with a question word
    (何が持ち込めませんか asks for other things than 何が持ち込めますか)."""
    if not ends_asking(text):
        return False
    j = before_ending(morphemes, _negation)
    if j >= 0 and not _negation(morphemes[j]):
        return False
    if j <= 0:
        return False
    if any(morphemes[k].surface() == "しか" for k in range(j)) or asks_which(morphemes):
        return False  # (どの店舗で使えませんか asks for the others than どの店舗で使えますか)
    k = j - 1
    if morphemes[k].normalized_form() == "ます" and k > 0:  # ません: ます + ず
        k -= 1
    before = morphemes[k]
    if k > 0 and before.part_of_speech()[0] == "動詞" and _framed(morphemes, k):
        return False  # 撮っても構いませんか, 入らないといけませんか: the frame's own marker
    # a verb or its potential / passive / causative auxiliary carries the negation (打てない,
    # 行われない); not a copula or an adjective (必須ではないですか, 高くないですか), which
    # may say the opposite of what the positive question asks
    pos = before.part_of_speech()
    return pos[0] == "動詞" or (pos[0] == "助動詞" and before.normalized_form() in _VOICE)


def asks_which(morphemes: Sequence[Any]) -> bool:
    """A question word (何, どこ, 誰, いつ, どの, どう, なぜ, いくら, 何 + a counter: 何歳)
    asks for something other than yes or no; 何か / 誰も (some-, no-) are not question words."""
    for k, m in enumerate(morphemes):
        norm, surface = m.normalized_form(), m.surface()
        asking = norm in JA_QUESTION_WORDS or surface in JA_QUESTION_WORDS
        if not asking and surface.startswith("何") and m.part_of_speech()[0] == "名詞":
            asking = True  # 何歳, 何時間, 何日: 何 + a counter, one long unit
        if asking and not (k + 1 < len(morphemes) and morphemes[k + 1].surface() in ("か", "も")):
            return True
    return False


def forgot_to(morphemes: Sequence[Any], i: int) -> bool:
    """The morpheme at ``i`` is 忘れる bound to the verb before it (払い忘れる: "forget to
    pay", i.e. not pay), not 忘れる on its own (傘を忘れる: leave behind)."""
    m = morphemes[i]
    if i == 0 or m.normalized_form() != "忘れる" or m.part_of_speech()[1] != "非自立可能":
        return False
    return morphemes[i - 1].part_of_speech()[0] == "動詞"
