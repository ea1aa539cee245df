"""Session 38 (lateJA): three Japanese paraphrases of faq-heldout32 that the guard refused.

- 何着てけばいい (what should I wear, 着ていけば contracted): SudachiPy read 着 as the counter of
  garments before the auxiliary てく, which follows only a verb's stem; the text is read again
  from the kanji (:mod:`yamabiko.guard.ja_verb_reread`).
- 何を着て行けばいいですか: a question word anywhere in the clause before 〜ばいい asks for
  advice, no condition (:func:`yamabiko.guard.constructions._closes_condition`), so 体験会 /
  体験 is not a thing a condition adds (`condition:会`).
- 予約しないと入れませんか (can I not enter unless I book): two negations around と, the second
  on a potential verb, ask what 予約いる？ asks, an obligation, not a negation.

The guard, the trees, SudachiPy and the embedder are the real ones. Each SERVED pair was
refused before this change; each REFUSED pair is refused both before and after.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.constructions import ja_negations_explained
from yamabiko.guard.japanese import _tokenize_word, long_units

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): served whichever prompt is cached
SERVED = [
    # faq-heldout32
    ("カバディの体験会は何を着て行けばいいですか？", "カバディ体験って何着てけばいい？", "ja"),
    ("昆虫食のお店は予約しないと入れませんか？", "昆虫食の店って予約いる？", "ja"),
    # written here
    ("カバディの体験会は何を着て行けばいいですか？", "カバディ体験会って何着てけばいい？", "ja"),
    ("陶芸の体験会には何を持って行けばいいですか？", "陶芸体験って何を持って行けばいい？", "ja"),
    ("そのジムは会員登録しないと使えませんか？", "そのジムって会員登録いる？", "ja"),
]  # fmt: skip

#: (cached, query, lang, reason): refused whichever prompt is cached
REFUSED = [
    ("雨の日は何を着て行けばいいですか？", "晴れの日は何を着て行けばいいですか？", "ja", "antonym"),
    ("カバディの体験会は何を着て行けばいいですか？",
     "カバディの体験会は何を持って行けばいいですか？", "ja", "predicate"),
    ("そのジムは会員登録しないと使えませんか？", "そのジムは会員登録しないと入れませんか？", "ja",
     "predicate"),
    ("昆虫食のお店は予約しないと入れませんか？", "昆虫食のお店は予約しないと入れますか？", "ja",
     "negation"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_paraphrases_served(cosines: dict[tuple[str, str], float]) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_other_questions_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def _read(text: str) -> list[tuple[str, str]]:
    found = long_units(text, keep=False)
    assert found is not None
    return [(m.surface(), m.part_of_speech()[0]) for m in found[1]]


def test_counter_before_te_ku_read_as_a_verb() -> None:
    assert ("着", "動詞") in _read("何着てけばいい？")
    assert ("着", "動詞") in _read("何着とく？")
    # a counter before anything else stays one (三着です: three garments)
    assert ("着", "動詞") not in _read("三着です")
    assert ("着", "動詞") not in _read("何着持ってけばいい？")


def test_negated_potential_after_naito_is_an_obligation() -> None:
    # the potential's godan verb is read by SudachiPy since session 39 (review: 遅れません is
    # no potential), so the analysis's tokenizer is passed
    assert ja_negations_explained("予約しないと入れませんか", _tokenize_word)[0] == 2
    assert ja_negations_explained("会員でないと使えない", _tokenize_word)[0] == 2
    # one negation alone explains nothing
    assert ja_negations_explained("予約しないと入れますか")[0] == 0
