"""Session-22 paraphrases the rule checks refused (``guard/numeral_words.py``'s numeral cut
short, ``guard/ja_homophones.py``, ``guard/spelling.py``'s undoubled letter):

- a Japanese numeral that SudachiPy cut where a dictionary word starts (二十人: 二 + 十人),
  against the same number in digits (20人), read as one number by the units and by the
  ``number`` check;
- a Japanese word in kana against a word in kanji of its reading that other words share
  (かみ: 紙, 髪, 神 or 上), when the prompt's other words single the written one out by the
  word vectors (コピー機, 印刷: 紙);
- an English word that no lexicon knows, written as a known word with a doubled letter
  written once (fery / ferry), however common the known word.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, WordNet, the word vectors, the default models) and the cosine the
default embedder's. On the code before this change each paraphrase below is refused
(``number`` or ``substitution``); the minimal-pair twins (another number, another reading of
the kana, another word) are refused on both, and 二十人 / 10人 was served before (its 十人 was
paired with 10人) and is refused now.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served (both ways)
SERVED = [
    ("二十人で予約できますか？", "20人で予約できますか？", "ja"),
    ("三十人まで入れますか？", "30人まで入れますか？", "ja"),
    ("四十人分の料理を頼めますか？", "40人分の料理を頼めますか？", "ja"),
    ("お弁当を三十人分注文できますか？", "お弁当を30人分注文できますか？", "ja"),
    ("印刷用のかみはどこで買えますか？", "印刷用の紙はどこで買えますか？", "ja"),
    ("コピー機にかみを補充してもらえますか？", "コピー機に紙を補充してもらえますか？", "ja"),
    ("印刷用のかみは何枚までもらえますか？", "印刷用の紙は何枚までもらえますか？", "ja"),
    (
        "Do you have cabins on the overnight ferry?",
        "Do you have cabins on the overnight fery?",
        "en",
    ),
    (
        "How early should I be at the ferry terminal?",
        "How early should I be at the fery terminal?",
        "en",
    ),
    ("Can I take my dog on the ferry?", "Can I take my dog on the fery?", "en"),
    ("Do you sell merino wool yarn?", "Do you sell merino wol yarn?", "en"),
    ("Do you sell berry smoothies?", "Do you sell bery smoothies?", "en"),
]

#: a different question: refused, with the reason (the first prompt's words first)
REFUSED = [
    ("二十人で予約できますか？", "10人で予約できますか？", "ja", "number"),
    ("三十人まで入れますか？", "10人まで入れますか？", "ja", "number"),
    ("四十人分の料理を頼めますか？", "30人分の料理を頼めますか？", "ja", "number"),
    # (refused as substitution:二+十人->20+日 before session 37 read 二十 whole: now the counters)
    ("二十人で予約できますか？", "20日で予約できますか？", "ja", "unit:二十人->20日"),
    (
        "印刷用のかみはどこで買えますか？",
        "印刷用の神はどこで買えますか？",
        "ja",
        "substitution:かみ->神",
    ),
    (
        "印刷用のかみは何枚までもらえますか？",
        "印刷用の髪は何枚までもらえますか？",
        "ja",
        "substitution:かみ->髪",
    ),
    (
        "Do you sell holly wreaths?",
        "Do you sell holy wreaths?",
        "en",
        "substitution:holly->holy",
    ),
    (
        "Can I bring my own supper to the hall?",
        "Can I bring my own super to the hall?",
        "en",
        "substitution:supper->super",
    ),
    (
        "Is there a filling station nearby?",
        "Is there a filing station nearby?",
        "en",
        "substitution:filling->filing",
    ),
]

#: paraphrases this session did not reach, refused still (known misses): a kana word whose
#: context does not single one reading out (お弁当にはし / 箸, served since session 23:
#: SudachiDict lists はし with 箸, ``test_guard_paraja_s23.py``), a kana compound SudachiPy
#: reads as function words (しばかり: し + ばかり; served since session 36), an English verb
#: and its WordNet hypernym (measured, not kept: grill / cook, exchange / transfer are joined
#: by the same link)
KNOWN_MISSES = [
    ("こうえんのチケットはいつ発売ですか？", "公演のチケットはいつ発売ですか？", "ja"),
    ("美容院でかみを染めてもらえますか？", "美容院で髪を染めてもらえますか？", "ja"),
    ("三味線のばちは体験で使えますか？", "三味線の撥は体験で使えますか？", "ja"),
    ("Do you clean the gutters?", "Do you wash the gutters?", "en"),
]
# (芝刈り機 / しばかり機 is served since session 36: a kana noun inside a longer word read by
# the short unit that covers it, ``tests/test_guard_japara_s36.py``)


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine: the paraphrases served, the
    minimal-pair twins refused, the known misses still refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def test_a_numeral_cut_short_is_read_whole() -> None:
    # SudachiPy cuts 二十人 into 二 (counter 十人) and 十人; since session 37 the long units
    # read the number whole again (ja_numeral_runs), and the alignment's join stays for others
    cut = [(u.text, u.kind) for u in units("二十人で行けますか", "ja")][:2]
    assert cut == [("二十", "number"), ("人", "content")]
    assert compare_texts("二十人で行けますか", "20人で行けますか", "ja").accept
    assert not compare_texts("二十人で行けますか", "10人で行けますか", "ja").accept
    assert not compare_texts("二十人で行けますか", "2人で行けますか", "ja").accept
    assert not compare_texts("二十人で行けますか", "20日で行けますか", "ja").accept
    assert compare_texts("十人で行けますか", "10人で行けますか", "ja").accept  # one word


def test_a_kana_reading_is_named_in_the_reason() -> None:
    found = compare_texts("印刷用の紙を買えますか", "印刷用のかみを買えますか", "ja")
    assert (found.accept, found.reason) == (True, "equivalent-words:reading:紙->かみ")
    assert not compare_texts("印刷用の髪を買えますか", "印刷用のかみを買えますか", "ja").accept
    # ばち: 撥 is the closest reading only by the chance closeness of 撥 and 貸す (0.24)
    assert not compare_texts("三味線の撥を貸せますか", "三味線のばちを貸せますか", "ja").accept
