"""Session-15 review: false accepts of the lower threshold and the session's new guard rules.

- languages the boosted trees do not decide (fr, de, es, zh) got no borderline check between
  the new default threshold 0.75 and the trees' pivot 0.80 (``rejected:band-language:<lang>``);
- a spelling slip needs a word the lexicons know on one side (ileum / ilium are two words);
- a word in kana is paired with a kanji word by its reading only when no other word of that
  part of speech has the reading (こうえん: 公園, 公演, 講演);
- "can I ... without X" / "do I need X" are one question only for a yes/no permission or
  possibility question and the same X ("Is it safe to ... without a lifeguard?" is not);
- "how long does it take" and "how long is it valid" ask different things, directly or not;
- the trees' model keeps its low cut-offs when saved without a pivot.

The cosines are the default embedder's for each pair (measured when the review was written);
every example is written here for the test.
"""

from __future__ import annotations

import numpy as np
import pytest

from yamabiko.guard import Guard
from yamabiko.guard.boosted import BoostedModel, boosted_model
from yamabiko.guard.constructions import necessity_converse
from yamabiko.guard.ja_readings import homophones
from yamabiko.guard.minpair import compare_texts

GUARD = Guard()


def verdict(cached: str, query: str, lang: str | None, cosine: float) -> tuple[bool, str]:
    found = GUARD.check(query, cached, lang, cosine, 0.75)
    return found.accept, found.reason


@pytest.mark.parametrize(
    ("cached", "query", "lang", "cosine"),
    [
        ("Comment supprimer mon compte ?", "Comment récupérer mon compte ?", "fr", 0.787),
        (
            "Wie kann ich mein Konto löschen?",
            "Wie kann ich mein Konto wiederherstellen?",
            "de",
            0.755,
        ),
        ("如何删除我的账户?", "如何恢复我的账户?", "zh", 0.787),
        (
            "Quel est le prix d'un billet pour Lyon ?",
            "Quel est le prix d'un billet pour Lille ?",
            "fr",
            0.768,
        ),
        ("Comment annuler ma réservation ?", "Comment modifier ma réservation ?", None, 0.762),
    ],
)
def test_uncovered_language_below_pivot(cached: str, query: str, lang: str | None,
                                        cosine: float) -> None:  # fmt: skip
    accepted, reason = verdict(cached, query, lang, cosine)
    assert not accepted and reason == f"rejected:band-language:{lang or 'fr'}"


def test_uncovered_language_from_pivot_and_covered_languages() -> None:
    # from the pivot (0.80) on, those languages are checked as before session 15
    assert verdict("Comment supprimer mon compte ?", "Comment supprimer mon compte ?!", "fr",
                   0.85) == (True, "guard-ok")  # fmt: skip
    # English and Japanese stay the trees' to decide below the pivot
    assert verdict("How do I reset my password?", "How can I reset my password?", "en", 0.78)[
        1
    ] != ("rejected:band-language:en")
    # below the serving threshold nothing is served anyway: no reason to reject
    assert GUARD.check("Comment récupérer mon compte ?", "Comment supprimer mon compte ?", "fr",
                       0.78, 0.80).reason != "rejected:band-language:fr"  # fmt: skip


def test_rare_words_one_letter_apart_are_two_words() -> None:
    assert verdict("What is the function of the ileum?", "What is the function of the ilium?",
                   "en", 0.804) == (False, "substitution:ileum->ilium")  # fmt: skip
    # a slip of a word the lexicon knows is still one word
    assert compare_texts("How do I treat a vineyard for mildew?",
                         "How do I treat a vinyard for mildew?", "en").accept  # fmt: skip


@pytest.mark.parametrize("written", ["公園", "公演"])
def test_kana_homophone_matches_no_kanji_word(written: str) -> None:
    accepted, reason = verdict(f"{written}のチケットはどこで買えますか",
                               "こうえんのチケットはどこで買えますか", "ja", 0.88)  # fmt: skip
    assert not accepted and reason.startswith("substitution:")


def test_kana_of_one_word_still_pairs() -> None:
    assert {"公園", "公演", "講演"} <= homophones("コウエン", "公園")
    assert compare_texts("盆栽の育て方", "ぼんさいの育て方", "ja").accept
    assert compare_texts("領収書は出ますか", "りょうしゅうしょは出ますか", "ja").accept


@pytest.mark.parametrize(
    ("cached", "query", "lang"),
    [
        (
            "Do I need a lifeguard to use the pool?",
            "Is it safe to use the pool without a lifeguard?",
            "en",
        ),
        ("Do I need a visa to fly?", "Can I fly without a passport?", "en"),
        ("保険は必要ですか", "保険なしで運転するとどうなりますか", "ja"),
        ("予約は必要ですか", "予約なしだと料金は高いですか", "ja"),
    ],
)
def test_without_is_not_need_converse(cached: str, query: str, lang: str) -> None:
    assert verdict(cached, query, lang, 0.865) == (False, "negation")


def test_necessity_converse() -> None:
    assert necessity_converse("Can I enter the museum without a ticket?",
                              "Do I need a ticket to enter the museum?", 1)  # fmt: skip
    assert necessity_converse("予約は必要ですか", "予約なしで入れますか", -1)
    assert necessity_converse("Can my child get therapy without a diagnosis?",
                              "Does my child need a diagnosis?", 1)  # fmt: skip
    assert not necessity_converse("保険なしで運転するとどうなりますか", "保険は必要ですか", 1)
    assert not necessity_converse("Can I fly without a passport?", "Do I need a visa?", 1)
    served = verdict("Do I need a ticket to enter the museum?",
                     "Can I enter the museum without a ticket?", "en", 0.864)  # fmt: skip
    assert served == (True, "guard-ok")


def test_how_long_takes_is_not_how_long_valid() -> None:
    cached = "How long does it take to get a passport?"
    assert verdict(cached, "May I ask how long a passport is valid?", "en", 0.917) == (
        False, "question")  # fmt: skip
    assert verdict(cached, "How long is a passport valid?", "en", 0.936) == (False, "question")
    # the indirect form asks what the direct one asks
    assert verdict("How long is a passport valid?", "May I ask how long a passport is valid?",
                   "en", 0.955) == (True, "guard-ok")  # fmt: skip


def test_model_keeps_low_cutoffs_without_pivot(tmp_path) -> None:
    shipped = boosted_model()
    assert BoostedModel.__dataclass_fields__["lower"].default == shipped.lower
    model = BoostedModel(shipped.feature, shipped.threshold, shipped.value, shipped.baseline,
                         low_reject_below=0.8, low_accept_from=0.9)  # fmt: skip
    path = tmp_path / "m.npz"
    model.save(path)
    again = BoostedModel.load(path)
    assert (again.pivot, again.low_reject_below, again.low_accept_from) == (None, 0.8, 0.9)
    shipped.save(path)
    again = BoostedModel.load(path)
    assert (again.pivot, again.low_reject_below, again.lower) == (
        shipped.pivot, shipped.low_reject_below, shipped.lower)  # fmt: skip
    assert np.array_equal(again.value, shipped.value)
