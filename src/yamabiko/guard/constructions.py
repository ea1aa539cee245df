"""Grammatical constructions whose negation or question markers do not mean what they say alone.

The ``negation`` and ``question`` checks count markers (not / ない, why / how / いつ ...). A few
constructions of the grammar carry such markers without negating or asking anything else, and
made paraphrases look like opposites:

- **obligation** is a double negation: ``入らないといけませんか`` / ``しなければならない`` /
  ``やらなきゃいけない`` ("must I join?") ask what ``必須ですか`` asks; the two negations cancel;
- **a tag** ``or not`` / ``whether or not`` / ``why or why not`` leaves the question's
  polarity as it is ("Is it still under guarantee or not?", "Is time a vector? Why or why
  not?");
- **an indirect question**: "I don't know how to reset it", ``使い方がわかりません``, ``いつ届くか
  分かりません`` ask how / when, they do not deny anything; "Could you tell me where my order
  is?" asks where, not yes or no;
- **a clause of background** (``水が出なくなってしまったのですが、…``) tells what happened
  before the question; its negation denies nothing the other prompt asks when that prompt
  names the situation another way (:func:`ja_background`).

These are rules of the grammar (a closed set of constructions), not a list of words that
failed: each function returns how many negation markers the construction accounts for and the
question kinds it asks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from . import wordclass
from .ja_potential import godan_potential
from .lexicon import JA_QUESTION_WORDS

# -- English ----------------------------------------------------------------------------------

#: the tags that leave a question's polarity open: *or not*, *whether or not*, and *why or
#: why not* / *why and why not* (the reason asked of either answer)
_EN_TAG = re.compile(r"\b(?:whether )?or not\b|\bwhy (?:or|and) why not\b")
_EN_WH = r"(how|where|when|why|what|which|who|whether|if)"
#: "I don't know / I'm not sure / can't work out / can't figure out + wh-word"
_EN_UNKNOWN = re.compile(
    r"\b(?:do not|did not|can not|cannot|am not|not) (?:really )?"
    r"(?:know|understand|sure|remember|figure out|work out|see) (?:of )?" + _EN_WH + r"\b"
)
#: "could you tell me / do you know / can you explain + wh-word" (an embedded question)
_EN_EMBEDDED = re.compile(
    r"\b(?:tell|know|show|explain|advise|ask|confirm|let me know|wonder|wondering)"
    r"(?: me| us)? " + _EN_WH + r"\b"
)
#: how + a word of degree asks a quantity (how long, how many), as in a direct question
_EN_DEGREE = re.compile(r" (?:many|much|long|old|often|far)\b")
_EN_KIND = {"how": "how", "where": "where", "when": "when", "why": "why", "what": "what",
            "which": "what", "who": "who", "whether": "yesno", "if": "yesno"}  # fmt: skip


def en_negations_explained(text: str) -> int:
    """How many ``not`` markers of the (contraction-expanded, lower-case) ``text`` belong to a
    tag (``or not``, ``why or why not``) or an indirect question (``do not know how``) and
    negate nothing."""
    return len(_EN_TAG.findall(text)) + len(_EN_UNKNOWN.findall(text))


#: a yes/no question of permission or possibility going without a thing: "can I ... without
#: X" (or "never <verb> X"), and what says a thing is needed (the words after it name it)
_EN_WITHOUT = re.compile(
    r"^(?:can|could|may|might) (?:[a-z']+ ){1,3}?.*?\b(?:without|never)\b([^?.!,;]*)"
)
_EN_NEED = re.compile(
    r"\b(?:need|needs|require|requires|required|necessary|mandatory|compulsory|must)\b"
)
_EN_FILLER = frozenset(
    {"a", "an", "the", "any", "my", "your", "our", "their", "to", "i", "we", "you", "do", "does",
     "is", "are", "be"}
)  # fmt: skip
#: 予約なしで / 予約がなくても / 予約しないで ... 入れますか / いいですか (permission, possibility)
#: and 予約は必要ですか: the thing is the run of kanji / katakana before the marker
_JA_THING = r"([\u3005\u4e00-\u9fff\u30a0-\u30ff]+)"
_JA_WITHOUT = re.compile(
    _JA_THING + r"(?:(?:なし|無し)で|(?:が|を|は)?(?:なくても|無くても)|(?:を)?(?:しないで|せずに))"
)
_JA_ASKS_MAY = re.compile(
    r"(?:[れえけせてめべね]ますか|できますか|いいですか|大丈夫ですか|可能ですか|構いませんか"
    r"|かまいませんか|OKですか)[?]?$"
)
_JA_NEED = re.compile(_JA_THING + r"(?:は|が|って|も)?(?:必要|必須|要り|要る)")


def necessity_converse(first: str, second: str, difference: int) -> bool:
    """Two prompts whose negation counts differ by ``difference`` ask the same thing the two
    ways round: "Can I use it without an account?" / "Do I need an account to use it?",
    予約なしで入れますか / 予約は必要ですか. The answer to one is the answer to the other
    (whether the thing is needed), so the one marker of going without is no flipped
    question when the prompt with it asks a yes/no question of permission or possibility
    (can / may I ... without X, X なしで ... できますか / X がなくてもいいですか; not "is it safe
    to ... without X", X なしで ... するとどうなりますか), the other says a thing is needed,
    and it is the same thing (one of the first words after "without" is named there). In
    Japanese the one marker may also stand in a concessive clause the other prompt does not
    name (:func:`ja_concessive`)."""
    if abs(difference) != 1:
        return False
    more, fewer = (first, second) if difference > 0 else (second, first)
    more, fewer = (unicodedata.normalize("NFKC", t).lower().strip() for t in (more, fewer))
    found = _EN_WITHOUT.search(more)
    if found is not None:
        need = _EN_NEED.search(fewer)
        if need is None or _EN_NEED.search(more):
            return False
        lacking, named = _en_words(found.group(1))[:3], _en_words(fewer)
        return any(w[:4] == n[:4] for w in lacking for n in named)
    return (
        _ja_need_converse(more, fewer) or ja_concessive(more, fewer) or ja_background(more, fewer)
    )


def _ja_need_converse(more: str, fewer: str) -> bool:
    """予約なしで入れますか (``more``) / 予約は必要ですか (``fewer``): the same thing needed."""
    found = _JA_WITHOUT.search(more)
    if found is None or not _JA_ASKS_MAY.search(more) or _JA_NEED.search(more):
        return False
    if any(word in more for word in JA_QUESTION_WORDS):
        return False  # 保険なしで運転するとどうなりますか asks what happens
    return found.group(1) in {m.group(1) for m in _JA_NEED.finditer(fewer)}


#: a concessive clause of a negated verb or copula ("even without / even if not"): a kana verb
#: ending or て / で / じゃ before なくても (行かなくても, つながってなくても, 人でなくても), or
#: a thing that is missing (バチがなくても); a kanji right before な is an adjective's stem
#: (少なくても, 危なくても: no negation), so it does not match
_JA_CONCESSIVE = re.compile(
    r"(?:(?<=[\u3041-\u3096])な|(?<=[がはも])(?:な|無))(?:くても|くたって|くっても|いでも)"
)
#: an alternative named: a word with でも (ビジターでも, 子どもでも, 大人だけでも), a noun with
#: the particle で (a means, a place: 電話で; not the で of できる / です / でしょう), or a
#: condition (があれば, なら)
_JA_ALTERNATIVE = re.compile(
    r"[^\s、。,!?！？]でも|[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fca-z0-9]"
    r"(?:で(?![きすしな])|(?:が|も)?あれば|なら)"
)
#: what a clause's words are: runs of kanji, katakana or Latin letters (its nouns and verb stems)
_JA_CLAUSE_WORD = re.compile(r"[\u3005\u4e00-\u9fff]+|[\u30a1-\u30fa\u30fc]+|[a-z0-9]+")


def ja_concessive(more: str, fewer: str) -> bool:
    """The one negation ``more`` has over ``fewer`` stands in a concessive clause whose words
    ``fewer`` does not name, while ``fewer`` names the alternative it asks about (a means or
    a condition: 電話で, オンラインでも, 現金があれば, カードなら): お店に行かなくても、電話で
    占ってもらえますか ("can I have it done by phone, even without going to the shop?") asks
    what 電話でも受けられますか asks. Such a clause swaps one way for another (the other checks
    compare its words like any added words); it does not deny the question. Without an
    alternative in ``fewer`` the clause is a condition only one side sets (ビザがなくても入国
    できますか / 入国できますか: whether a visa is needed, not whether one may enter), so the
    marker counts; so it does when ``fewer`` names a word of the clause (予約しなくても入れますか
    / 予約すれば入れますか: without or with booking). ``more`` must be a yes/no question and
    have one such clause."""
    clauses = list(_JA_CONCESSIVE.finditer(more))
    if len(clauses) != 1 or not more.rstrip("?？。 ").endswith(("か", "る", "い", "え", "け")):
        return False
    if not _JA_ALTERNATIVE.search(fewer):
        return False
    start = clauses[0].start()
    clause = re.split(r"[、。,!?！？\s]|(?<=\S)は", more[:start])[-1]  # after the topic
    words = _JA_CLAUSE_WORD.findall(clause)
    return bool(words) and not any(word in fewer for word in words)


#: a clause of background that ends before the question: のですが / んですけど / けれど + comma
_JA_BACKGROUND = re.compile(
    r"([^、。,!?！？]+?)(?:の|ん)?(?:です|ます|だ)?(?:が|けど|けれど|けれども)[、,]"
)
#: a negated predicate: its kanji or katakana stem, the kana after it, the negation
_JA_NEGATED = re.compile(
    r"([\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc]+)[\u3041-\u3096]*?(?:な(?:い|く|かっ)|ませ|ず)"
)

#: a situation stated in the other prompt: a clause of time, case, condition or background
_JA_SITUATION = re.compile(r"とき|時[はに、]|場合|[たが]ら|なら|ので|[のん]ですが|けど")


def ja_background(more: str, fewer: str) -> bool:
    """The one negation ``more`` has over ``fewer`` stands in a clause of background that
    ends before the question (寒さで水が出なくなってしまったのですが、凍った水道管はどう
    対処すればいいですか: what happened, then what is asked), and the predicate it negates
    (出) is not in ``fewer``: the clause tells the situation the other prompt names another
    way (水道管が凍ったとき: ``fewer`` must state a situation too), it does not deny what
    is asked. When ``fewer`` has the predicate (予約していないのですが / 予約しているのですが)
    or states no situation (予約していないのですが、入れますか / 入れますか), the marker
    counts."""
    found = _JA_BACKGROUND.match(more)
    if found is None or not found.group(1).strip():
        return False
    rest = more[found.end() :]
    if _JA_NEGATED.search(rest):
        return False  # the question itself is negated too: not only the clause
    if not _JA_SITUATION.search(fewer):
        return False  # 予約していないのですが、入れますか / 入れますか: a case added
    negated = _JA_NEGATED.search(found.group(1))
    return negated is not None and negated.group(1) not in fewer


def _en_words(text: str) -> list[str]:
    """The words of ``text`` less articles, pronouns and auxiliaries."""
    return [w for w in re.findall(r"[a-z]+", text) if w not in _EN_FILLER]


def en_embedded_question(clause: str) -> str | None:
    """The kind asked by an indirect question inside a yes/no clause ("could you tell me where
    ..." -> ``where``; "may I ask how long ..." -> ``quantity``), or None."""
    found = _EN_EMBEDDED.search(clause) or _EN_UNKNOWN.search(clause)
    if found is None:
        return None
    if found.group(1) == "how" and _EN_DEGREE.match(clause, found.end()):
        return en_degree_kind(clause)  # "may I ask how long it takes": as "how long" asks
    return _EN_KIND[found.group(1)]


#: "how long ... take" asks the time a process takes; "how long is X valid" how long a state
#: holds (be + an adjective at the end)
_EN_DURATION = re.compile(r"\bhow long\b.*\b(?:take|takes|took|taking|taken)\b")
#: "how long till / until X": the time to an event, which a process or a state may be
_EN_UNTIL = re.compile(r"\bhow long (?:\w+ )?(?:till|until|til)\b")
_EN_STATE = re.compile(
    r"\bhow long\b.*\b(?:is|are|was|were|be|stay|stays|remain|remains)\b.* (\w+)\W*$"
)


def en_how_long_take(raws: Sequence[str]) -> Sequence[str]:
    """English tokens with a "till" / "until" right after "how long" read as "take": how
    long till X is ready asks how long X takes to be ready (the minimal-pair check's units)."""
    if "til" not in "\0".join(raws).lower():
        return raws  # (most texts: no till, until or til; one pass in C, none per token)
    for i in range(2, len(raws)):
        if raws[i].lower() in ("till", "until", "til") and _how_long(raws[i - 2], raws[i - 1]):
            raws = [*raws[:i], "take", *raws[i + 1 :]]
    return raws


def _how_long(first: str, second: str) -> bool:
    return first.lower() == "how" and second.lower() == "long"


def en_degree_kind(clause: str) -> str:
    """What "how" + a degree word asks in the (lower-case) ``clause``, the same in a direct
    and an indirect question: ``duration`` for "how long does it take" (a process),
    ``validity`` for "how long is a passport valid" (a state: an adjective ends the clause),
    else ``quantity``. The question check takes both for a quantity, but not for each
    other."""
    if _EN_DURATION.search(clause):
        return "duration"
    if _EN_UNTIL.search(clause):
        return "quantity"  # how long till it is ready (a process) / till it expires (a state)
    state = _EN_STATE.search(clause)
    return "validity" if state and wordclass.can_be_adjective(state.group(1)) else "quantity"


# -- Japanese ---------------------------------------------------------------------------------

#: ない + conditional (と / ければ / きゃ / くては / くちゃ) + いけない / ならない, できない or
#: 無理 (two negations, 無 one of them: 予約しないとできませんか, "can it not be done unless I
#: book", asks what 予約しないといけませんか asks), a potential verb negated (予約しないと入れ
#: ませんか, 使えない: can I not enter unless I book, session 38; the stem's godan verb checked
#: by :func:`ja_negations_explained`, group ``stem``) or だめ (one): an obligation, not a negation
_JA_OBLIGATION = re.compile(
    r"な(?:いと|ければ|けりゃ|きゃ|くては|くちゃ|いとは)(?:(いけ|行け|なら|なり|成ら|成り|無理"
    r"|(?:でき|出来|[一-龥]{1,2}られ|(?P<stem>[一-龥]{1,2}[れえけせてねめべ]))"
    r"(?=な(?:い|く|かっ)|ません|ず))|(だめ|ダメ|駄目))"
)
#: (方 / 方法 / か) が|は|も わからない / 分かりません / 知らない: an indirect question
_JA_UNKNOWN = re.compile(
    r"(方|方法|仕方|しかた|のか|か)(?:が|は|も)?(?:よく|全然|いまいち)?"
    r"(?:(?:わか|分か|解)(?:らない|らなく|らず|らん|らなかった|りません|んない)"
    r"|知(?:らない|らなく|らず|りません))"
)

#: ても / でも + 構わない / かまいません: permission ("it is fine if"), what てもいい says
_JA_PERMISSIVE = re.compile(r"[てで]も(?:構|かま)(?:わ(?:ない|なく|ず|ん)|いません)")
#: に関係なく / にかかわらず / を問わず: "regardless of" (an adverbial, not a denial). ず with
#: the particle に after it (関わらずに生きる, 問わずに済む) is the verb's own "without doing":
#: a denial, so the lookahead leaves it to the negation check
_JA_REGARDLESS = re.compile(r"(?:に関係(?:なく|無く)|(?:に(?:関|かか)わらず|を?問わず)(?!に))")


def ja_negations_explained(
    text: str, tokenize: Callable[[str], Any] | None = None
) -> tuple[int, frozenset[str]]:
    """How many negation markers of the (NFKC) ``text`` an obligation or an indirect question
    accounts for, and the question kinds the indirect questions ask (``使い方がわからない``:
    how). A verb negated after ないと is a potential one only where ``tokenize`` (SudachiPy's
    long units of a word) reads a godan verb of its stem (:func:`.ja_potential.godan_potential`:
    入れ of 入る, 使え of 使う; not 遅れ, 壊れ, 濡れ: 出ないと遅れませんか asks whether one
    will be late, no obligation; session 39); none is read without it."""
    count = 0
    for match in _JA_OBLIGATION.finditer(text):
        stem = match.group("stem")
        if stem and (tokenize is None or not godan_potential(stem, tokenize)):
            continue  # (遅れない: an ichidan verb of its own, no potential)
        count += 2 if match.group(1) else 1
    kinds = set()
    count += len(_JA_PERMISSIVE.findall(text)) + len(_JA_REGARDLESS.findall(text))
    for match in _JA_UNKNOWN.finditer(text):
        count += 1
        if match.group(1) in ("方", "方法", "仕方", "しかた"):
            kinds.add("how")
    return count, frozenset(kinds)


#: what closes a conditional clause, with its part of speech: ば (あれば), たら / だら
#: (使ったら), なら (会員なら), 場合 (予約した場合)
_JA_CONDITIONALS = {
    "ば": "助詞", "たら": "助動詞", "だら": "助動詞", "なら": "助動詞", "場合": "名詞"
}  # fmt: skip
#: their text, to skip tokenising a text again that has none; と too, the conjunctive
#: particle after a verb (兄弟で入ると: "if siblings join", :func:`_closes_condition`)
JA_CONDITION_MARKERS = (*_JA_CONDITIONALS, "と")


def _asks(morpheme: Any) -> bool:
    """A question word (どう, 何; どのように): どうすれば / どうしたら ask how, no condition."""
    return morpheme.normalized_form() in JA_QUESTION_WORDS or morpheme.surface() == "よう"


def _closes_condition(morphemes: Sequence[Any], i: int) -> bool:
    """The morpheme at ``i`` closes a conditional clause: one of :data:`_JA_CONDITIONALS`, or
    the conjunctive と (SudachiPy's 接続助詞) right after a verb or an auxiliary (入ると, 使わ
    ないと), unless an obligation reads through it (しないといけない: :data:`_JA_OBLIGATION`).
    Not after a question word (どうすれば / どうしたら ask how), nor after one anywhere in its
    clause when いい / よい follows (何を着て行けばいい asks what to wear: advice, no case)."""
    m = morphemes[i]
    if m.surface() == "と":
        if i == 0 or m.part_of_speech()[:2] != ("助詞", "接続助詞"):
            return False
        if morphemes[i - 1].part_of_speech()[0] not in ("動詞", "助動詞"):
            return False
        near = "".join(x.surface() for x in morphemes[max(i - 2, 0) : i + 3])
        if _JA_OBLIGATION.search(near):
            return False
    elif _JA_CONDITIONALS.get(m.surface()) != m.part_of_speech()[0]:
        return False
    return not any(map(_asks, morphemes[_advice_start(morphemes, i) : i]))


#: what reads a conditional as asking for advice after it (〜ばいい, 〜たらよい: what should I do)
_JA_ADVICE = frozenset({"良い", "いい", "よい"})


def _advice_start(morphemes: Sequence[Any], i: int) -> int:
    """Where the question words of the conditional at ``i`` may stand: the four morphemes
    before it, or its whole clause (back to a punctuation mark) when いい / よい follows it,
    the advice question 〜ばいい (何を着て行けばいい: the 何 is five morphemes back)."""
    start = max(i - 4, 0)
    if i + 1 >= len(morphemes) or morphemes[i + 1].normalized_form() not in _JA_ADVICE:
        return start
    while start > 0 and morphemes[start - 1].part_of_speech()[0] != "補助記号":
        start -= 1
    return start


def ja_in_condition(morphemes: Sequence[Any], positions: Sequence[int]) -> bool:
    """The morphemes at ``positions`` (indexes into ``morphemes``, a text's SudachiPy short
    units) all stand in the conditional clause the text opens with, and one of them is a
    noun: the text asks about a case the clause adds (医師の同意書があれば: a condition with a
    new thing in it), not how the same thing is done (カードを見せれば: a verb)."""
    end = next((i for i in range(len(morphemes)) if _closes_condition(morphemes, i)), -1)
    if end <= 0 or not positions or max(positions) >= end or min(positions) < 0:
        return False
    return any(morphemes[p].part_of_speech()[0] == "名詞" for p in positions)
