"""Small talk in a conversation: which exchanges are greetings, thanks or pleasantries.

An exchange is small talk when its user turn is close to one of the written prototypes
(:data:`SMALL_TALK`, English and Japanese), nearer to it than to a short answer such as yes /
no / go ahead (:data:`ANSWERS`: those carry a decision), and it names nothing specific (no
number or proper name in the user turn, no name in the reply). Small talk is dropped from a
conversation's record before histories are compared (:mod:`yamabiko.conversation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

from ..guard.analysis import AnalysisCache
from ..guard.facts import Analysis
from ..guard.japanese import short_units

#: the end of a sentence, the stop kept with it (a reply's questions are read one by one)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")
#: a polite Japanese question written without a question mark (ですか / ますか / でしょうか)
_JA_QUESTION = re.compile(r"(?:です|ます|でしょう|ません)か(?:[。、\s]|$)")

__all__ = [
    "AGREE", "ANSWERS", "DECLINE", "SMALL_TALK", "SmallTalk", "asks", "chooses", "ja_choice_said",
    "leading_answer", "offers",
]  # fmt: skip

#: Small talk (EN / JA): an exchange whose user turn is this close to one of these and names
#: nothing specific is not part of the conversation's topic.
SMALL_TALK = (
    "Hi", "Hello!", "Hey", "Morning!", "Good afternoon", "Hi, how are you?",
    "How are you doing?", "I'm fine, thanks.", "Thanks!", "Thank you very much.",
    "Thanks a lot for your help.", "Lovely day, isn't it?", "Hope you're having a good day.",
    "Sorry to bother you.", "Have a nice day.", "Nice to meet you.", "Got it, thanks.",
    "Okay, appreciate your help.", "Is anybody there?", "The weather is nice today.",
    "どうも", "やあ", "こんにちは!", "元気ですか?", "元気です、ありがとう。",
    "ありがとう", "どうもありがとうございました!", "助かりました。", "暑いですね。",
    "いい天気ですね!", "初めまして、よろしく。", "失礼します。", "了解です、ありがとう。",
    "ちょっと聞いてもいいですか?", "分かりました、ありがとう。",
)  # fmt: skip


#: Short answers that agree (yes, go ahead) and that decline (no, not now), EN / JA.
AGREE = (
    "Yes", "OK", "Okay, do it.", "Sure, go ahead.", "Yes please", "Right.", "はい",
    "お願いします", "それでいいです",
)  # fmt: skip
DECLINE = ("No", "No thanks", "Not now.", "いいえ", "結構です", "やめておきます")

#: Short answers to the assistant: they carry a decision, so an exchange nearer to one of these
#: than to any small-talk phrase is never dropped as small talk.
ANSWERS = AGREE + DECLINE


#: The answer words a turn may open with (EN / JA interjections: a closed class of the
#: grammar): ``yes`` / ``no`` and はい / いいえ, the casual うん / ううん among them, which the
#: embedder places close together. "No problem" and "no worries" agree: only a "no" that a
#: comma, a stop or "thanks" follows, or that ends the turn, declines.
_LEADING_ANSWER = re.compile(
    r"^\s*(?:(yes|yeah|yep|yup|sure)\b|(no|nope|nah)(?=\s*(?:[,.!;]|thanks?\b|$))"
    r"|(はい|ええ|うん)(?=[、。,.!！\s]|$)|(いいえ|いえ|ううん|いや)(?=[、。,.!！\s]|$))",
    re.IGNORECASE,
)


def ja_choice_said(text: str) -> bool:
    """``text`` (Japanese) says a choice the speaker makes: a noun, the case particle に and
    する closing a sentence in its plain or polite non-past (a final ね allowed),
    プレミアムのプランにします (I'll take the premium plan), whose noun is then what is chosen,
    not chatter, however the reply comments on it (session 32 review); not a wish or hearsay,
    バッジにしたいそうです, a request, パックにしてください, nor a past choice."""
    units = [m for m in short_units(text) or () if m.surface() != "ね"]
    for i in range(1, len(units) - 1):
        noun, ni, verb = units[i - 1], units[i], units[i + 1]
        if noun.part_of_speech()[0] != "名詞" or verb.dictionary_form() != "する":
            continue
        if ni.surface() != "に" or ni.part_of_speech()[1] != "格助詞":
            continue
        after = []
        for m in units[i + 2 :]:
            if m.part_of_speech()[1] == "句点":
                break
            after.append(m.dictionary_form())
        if after in ([], ["ます"]):
            return True
    return False


def leading_answer(turn: str) -> int:
    """1 when the turn opens with a yes (yes, sure; はい, うん), -1 with a no (no, nope; いいえ,
    ううん), else 0 (:data:`_LEADING_ANSWER`)."""
    found = _LEADING_ANSWER.match(turn)
    if found is None:
        return 0
    return 1 if found.group(1) or found.group(3) else -1


def asks(reply: str) -> bool:
    """The reply asks the user something: a question mark (ASCII or full-width), or a
    Japanese question ended by か without one (ご入会ですか、それとも…しますか。)."""
    return "?" in reply or "？" in reply or bool(_JA_QUESTION.search(reply))


#: a question that offers options (the grammar of an alternative question): English *or*,
#: *which*; Japanese どちら / どっち / どれ / それとも, or two options each closed by か
#: (:func:`_two_options_ja`)
_OPTIONS = re.compile(r"\b(?:or|which)\b|どちら|どっち|どれ|それとも", re.IGNORECASE)


#: a question that names its options (an alternative question: English *or*; Japanese
#: どちら / どっち / どれ after the options, それとも, or two options each closed by か:
#: :func:`_two_options_ja`); English "Which day?" chooses without naming any
_ALTERNATIVES = re.compile(r"\bor\b|どちら|どっち|どれ|それとも", re.IGNORECASE)
#: a run of the characters an option is written in: no blank, 、, 。, ？ or ?
_OPTION_RUN = re.compile(r"[^\s、。？?]+")
#: what closes the second option: a comma
_OPTION_COMMAS = "、,"


def _two_options_ja(text: str) -> bool:
    r"""``text`` names two options each closed by か, a comma after the second (手刺しかミシン
    刺しか、; not 何日かかりますか？): a character and か, an optional comma, one character or
    more and か, then 、 or ``,``, none of them a blank, 、, 。, ？ or ? but the commas named
    (``[^\s、。？?]か[、,]?[^\s、。？?]+か[、,]`` as a regular expression, which backtracks
    over every か of a long unpunctuated text: session 37, in one pass over each run)."""
    if "か" not in text:
        return False
    for run in _OPTION_RUN.finditer(text):
        start, end = run.span()
        first = text.find("か", start + 1, end)  # a first option's か, a character before it
        # a first option closed by か and 、 right before the run (雨か、晴れか、)
        after_comma = (
            start >= 3 and text[start - 1] == "、" and text[start - 2] == "か"
            and _OPTION_RUN.fullmatch(text, start - 3, start - 2) is not None
        )  # fmt: skip
        if first < 0 and not after_comma:
            continue
        at = text.find("か", start, end)
        while at >= 0:  # each か of the run that a comma follows closes a second option
            closed = at + 1 < len(text) and text[at + 1] in _OPTION_COMMAS
            if closed and ((0 <= first <= at - 2) or (after_comma and at > start)):
                return True
            at = text.find("か", at + 1, end)
    return False


def offers(sentence: str) -> bool:
    """``sentence`` asks the user to choose between options it names (an alternative
    question: *just the red one, or the red and the blue?*, 赤だけにしますか、それとも赤と青に
    しますか)."""
    return asks(sentence) and (bool(_ALTERNATIVES.search(sentence)) or _two_options_ja(sentence))


def chooses(questions: Iterable[str], turn: str, words: Callable[[str], set[str]]) -> bool:
    """``turn`` answers one of ``questions`` (the sentences of the assistant's reply that
    ask) by picking an option it offers, not by a yes or a no: the question offers options
    (*the red one or the blue one?*, 麻と綿、どちらになさいますか), the turn opens with no
    answer word (:func:`leading_answer`) and says a word of that question (``words``: a
    text's content words). *The blue one, please* / 麻でお願いします is near "yes please" to
    the embedder, but it states a choice, which the facts compare."""
    if leading_answer(turn):
        return False
    mine = words(turn)
    return any((_OPTIONS.search(q) or _two_options_ja(q)) and mine & words(q) for q in questions)


class SmallTalk:
    """Finds the small-talk exchanges of a conversation.

    Args:
        embedder: embeds the prototypes once (the exchanges' vectors are given).
        analyses: the caller's cache of guard analyses (names and numbers of a turn).
        cut_off: cosine to the nearest prototype from which an exchange is small talk.
        acknowledgments: a short answer after a reply that asked nothing ("Okay, got it."
            after a statement) counts as small talk, not a decision.
    """

    def __init__(
        self,
        embedder: Any,
        analyses: AnalysisCache[Analysis],
        *,
        cut_off: float = 0.7,
        acknowledgments: bool = False,
    ) -> None:
        self.embedder = embedder
        self.analyses = analyses
        self.cut_off = cut_off
        self.acknowledgments = acknowledgments
        #: :meth:`polarity`: cosine to the nearest answer, and the lead over the other kind
        self.answer_cut_off = 0.6
        self.answer_margin = 0.1
        self._prototypes: tuple[np.ndarray, np.ndarray] | None = None
        #: texts embedded for the prototypes (0 until first use)
        self.embedded = 0

    async def mask(self, pairs: Sequence[tuple[str, str]], vectors: np.ndarray) -> list[bool]:
        """For each exchange ``(user, reply)`` with its vector: is it small talk?"""
        prototypes, answers = await self._prototype_vectors()
        closeness = (vectors @ prototypes.T).max(axis=1)
        # with ``acknowledgments``, a short answer (yes / okay / go ahead) carries a decision
        # only when the assistant had just asked something (else it is small talk)
        after_question = np.array([False] + [asks(reply) for _, reply in pairs[:-1]])
        if not self.acknowledgments:
            after_question[:] = True
        answer = closeness <= (vectors @ answers.T).max(axis=1)
        answer |= np.array([leading_answer(u) != 0 for u, _ in pairs])  # うん / ううん
        closeness[after_question & answer] = -1.0
        asked = ""  # the latest reply that asks (a remark may come between it and the answer)
        for k, (user, reply) in enumerate(pairs):  # (a turn close enough to be dropped is read)
            if closeness[k] >= self.cut_off and self._picks(asked, user):
                closeness[k] = -1.0  # "morning or afternoon?" / "Morning please."
            asked = reply if asks(reply) else asked
        return [
            bool(near >= self.cut_off and self.plain(u or a) and self._unnamed(a))
            for (u, a), near in zip(pairs, closeness, strict=True)
        ]

    def polarity(self, vector: np.ndarray) -> int:
        """1 when the turn with this vector is a yes (near an :data:`AGREE` answer and clearly
        nearer to it than to any :data:`DECLINE` one), -1 when it is a no, else 0 (also before
        the prototypes are embedded)."""
        if self._prototypes is None:
            return 0
        near = self._prototypes[1] @ vector
        agree, decline = float(near[: len(AGREE)].max()), float(near[len(AGREE) :].max())
        if max(agree, decline) < self.answer_cut_off or abs(agree - decline) < self.answer_margin:
            return 0
        return 1 if agree > decline else -1

    def _picks(self, reply: str, user: str) -> bool:
        """``user`` answers an earlier ``reply`` (the latest that asks) by picking an option
        one of its questions offers (:func:`chooses`): *Morning please.* after "... - morning
        or afternoon?" is near the greeting "Morning!" to the embedder, but it states a
        choice, which the comparison must see (session 35, samectx: dropped, it made two
        threads that chose otherwise one)."""
        if not (reply and user and asks(reply)):
            return False
        questions = [q for q in _SENTENCE.split(reply) if asks(q)]
        return chooses(questions, user, self._words)

    def _words(self, text: str) -> set[str]:
        """The content words and dates of ``text`` (an option may be a time: *morning*)."""
        a = self.analyses.get(text, None)
        return {*a.content, *a.dates}

    def plain(self, text: str) -> bool:
        """Names nothing specific: no number or proper name."""
        if not text:
            return True
        a = self.analyses.get(text, None)
        return not (a.numbers or a.strong)

    def _unnamed(self, text: str) -> bool:
        """Names no one and nothing (a reply to small talk may still say "one day")."""
        return not text or not self.analyses.get(text, None).strong

    async def _prototype_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        if self._prototypes is None:
            self.embedded += len(SMALL_TALK) + len(ANSWERS)
            vectors = np.asarray(
                await self.embedder.embed([*SMALL_TALK, *ANSWERS]), dtype=np.float32
            )
            self._prototypes = (vectors[: len(SMALL_TALK)], vectors[len(SMALL_TALK) :])
        return self._prototypes
