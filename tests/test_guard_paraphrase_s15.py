"""Session-15 paraphrases the guard refused: a misspelt word (libary / library,
送量-style kanji slips outside SudachiPy's dictionary), a word written in kana that SudachiPy
cuts into pieces (りょうしゅうしょ / 領収書), a kana noun read as 無し (なしジュース), a question
word with an approximation suffix (いつ頃), 仕方 written in kana (しかた), an indirect "how long"
(a quantity, as the direct one), and "can I ... without
X" / "do I need X" (``guard/spelling.py``, ``constructions.necessity_converse``,
``japanese.py``).

Every example is written here for the test (none is taken from an evaluation file). The
counterexamples (two words the lexicon knows apart, with / without, a real 無し, another
question word) must stay rejected, and an adjectival noun + の added before a shared noun
(小型のハムスター) narrows the question.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND

from yamabiko.guard import Guard, analyse
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.spelling import edits

GUARD = Guard()


def served(cached: str, query: str, lang: str) -> tuple[bool, str]:
    verdict = GUARD.check(query, cached, lang, ABOVE_BAND, 0.80)
    return verdict.accept, verdict.reason


@pytest.mark.parametrize(
    ("cached", "query", "lang"),
    [
        # English slips: a word the word table does not know, one edit from the other's
        ("Is the library open on Sundays?", "is the libary open on sundays", "en"),
        ("What does the warranty cover on a washing machine?",
         "What does the waranty cover on a washing machine?", "en"),
        ("How do I clean my vacuum filter?", "How do I clean my vaccum filter?", "en"),
        # "can I ... without X" asks what "do I need X" asks
        ("Can I enter the museum without a ticket?", "Do I need a ticket to enter the museum?",
         "en"),
        ("Can I join the pottery class if I have never used a wheel?",
         "Do I need experience with a wheel to join the pottery class?", "en"),
        ("予約なしで陶芸教室に入れますか", "陶芸教室は予約が必要ですか", "ja"),
        # a word written in kana that SudachiPy cuts in two
        ("領収書は出してもらえますか", "りょうしゅうしょは出してもらえますか", "ja"),
        # いつ頃 asks when
        ("引っ越しの見積もりはいつ頃もらえますか", "引っ越しの見積もりはいつもらえますか", "ja"),
        # an indirect "how long" asks a quantity, as the direct one does
        ("How long does a passport renewal take?",
         "Could you tell me how long a passport renewal takes?", "en"),
        # 仕方 in kana: an indirect question, no denial
        ("アプリの登録の仕方がわかりません", "アプリの登録のしかたがわかりません", "ja"),
    ],
)
def test_paraphrase_served(cached: str, query: str, lang: str) -> None:
    assert served(cached, query, lang) == (True, "guard-ok")


@pytest.mark.parametrize(
    ("cached", "query", "lang", "reason"),
    [
        # two words the word table knows, one edit apart: two words
        # two known words a letter apart: look-alikes (guard/names.py, session 16)
        ("Where can I park my trailer?", "Where can I park my trainer?", "en",
         "category:trailer->trainer"),  # (session 19: a trainer is a person)
        ("Can I bring my cousin to the gym?", "Can I bring my cushion to the gym?", "en",
         "substitution:cousin->cushion"),
        # with / without stays a flipped question; so does "need" / "not need"
        ("Can I enter the museum without a ticket?", "Can I enter the museum with a ticket?",
         "en", "negation"),
        ("Do I need a ticket to enter the museum?", "Don't I need a ticket to enter the museum?",
         "en", "negation"),
        ("予約なしで入れますか", "予約ありで入れますか", "ja", "negation"),
        # a real 無し after the noun it lacks
        ("砂糖なしでケーキは作れますか", "砂糖でケーキは作れますか", "ja", "negation"),
        ("How long does a passport renewal take?",
         "Could you tell me how a passport renewal works?", "en", "question"),
        # an adjectival noun + の that sorts the noun both share (session-14 leftover)
        ("このアパートでハムスターを飼えますか", "このアパートで小型のハムスターを飼えますか", "ja",
         "narrowing:小型"),
        # いつ頃 against another question word
        ("引っ越しの見積もりはいつ頃もらえますか", "引っ越しの見積もりはどこでもらえますか", "ja",
         "question"),
    ],
)
def test_difference_still_rejected(cached: str, query: str, lang: str, reason: str) -> None:
    assert served(cached, query, lang) == (False, reason)


def test_minimal_pair_reasons() -> None:
    """The minimal-pair check on its own: slips and kana runs are equivalent words."""
    assert compare_texts("How do I renew my passport?", "How do I renew my pasport?", "en").accept
    assert compare_texts("領収書は出ますか", "りょうしゅうしょは出ますか", "ja").accept
    # a kanji of the same sound, the result outside SudachiPy's dictionary
    assert compare_texts("引っ越し便の送料は？", "引っ越し便の送量は？", "ja").accept
    assert not compare_texts("Where is the bakery?", "Where is the battery?", "en").accept


def test_analysis() -> None:
    assert analyse("いつ頃届きますか", "ja").qtypes == frozenset({"when"})
    assert analyse("なしジュースはありますか", "ja").negations == 0
    # a kana noun at the start of a compound: 梨 (なし) or the noun 無し, not the negation;
    # its reading is not one word's (review 15), so it is no longer paired with 梨
    reason = served("梨ジュースは売っていますか", "なしジュースは売っていますか", "ja")[1]
    assert reason != "negation"
    assert analyse("砂糖なしで作れますか", "ja").negations == 1


def test_edits() -> None:
    assert edits("vinyl", "vinly", 1) == 1  # two neighbours swapped
    assert edits("calendar", "calender", 2) == 1
    assert edits("hospital", "hostel", 1) == 2  # (more than most: most + 1)
