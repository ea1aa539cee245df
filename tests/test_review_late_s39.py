"""Session 39 (review): session 38's late landings read again with adversarial probes; two of
them served wrong answers, narrowed here.

- **A clipping that first means a thing of its own** (``guard/wordnet_clipped.py``): lateEN
  read a noun and a proper start of it as one word when WordNet lists the start in the long
  word's first sense, among the start's first two senses. *kid* holds *kidskin*'s first
  sense second, *pot* *potty*'s, *tea* *teatime*'s, *town* *townspeople*'s, *cup* *cupful*'s,
  *log* *logarithm*'s, so "kid shoes" / "kidskin shoes" and "a pot" / "a potty" for a toddler
  were served ``guard-ok``. A clipping means the long word before any common thing of its own:
  every sense of the short word before the shared one that SemCor tags must be the long word's
  too (*sub*'s first sense, the sandwich, is also *submarine*'s; *hippo*'s, the city, is never
  tagged). *sub*, *lab*, *info*, *limo*, *memo*, *prof*, *hippo*, *sax* are still read as
  clippings.
- **A verb that is no potential, negated after ないと** (``guard/ja_potential.py``): lateJA read
  ないと + any kanji and an e-row kana negated as an obligation, which is also every ichidan
  verb's stem: 早く出ないと遅れませんか ("won't we be late unless we leave early") was served
  against 早く出ないといけませんか ("must we leave early"). The stem must now be a godan verb's
  potential by SudachiPy's dictionary (入れ: 入る, 使え: 使う; no godan 遅る, 壊る, 濡る).

Pairs written for these tests; checked by the default guard above the trees' band (0.96),
where the rules alone decide, and at 0.85, both ways round. All of the refused ones are
served ``guard-ok`` on main c09700c."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.constructions import ja_negations_explained
from yamabiko.guard.ja_potential import godan_potential
from yamabiko.guard.japanese import _tokenize_word
from yamabiko.guard.wordnet_clipped import clipped

HIGH, MID = 0.96, 0.85

REFUSED = [
    ("Do you sell kidskin shoes?", "Do you sell kid shoes?", "en"),
    ("Can I bring a potty for my toddler?", "Can I bring a pot for my toddler?", "en"),
    ("Is tea included in the price?", "Is teatime included in the price?", "en"),
    ("Is the town safe at night?", "Are the townspeople safe at night?", "en"),
    ("Can I bring a cup?", "Can I bring a cupful?", "en"),
    ("Where is the log for the trip?", "Where is the logarithm for the trip?", "en"),
    ("早く出ないといけませんか？", "早く出ないと遅れませんか？", "ja"),
    ("使わないといけませんか？", "使わないと壊れませんか？", "ja"),
    ("傘を持っていかないといけませんか？", "傘を持っていかないと濡れませんか？", "ja"),
    ("毎日水をあげないといけませんか？", "毎日水をあげないと枯れませんか？", "ja"),
]  # fmt: skip

SERVED = [
    ("Can I take the submarine to the island?", "Can I take the sub to the island?", "en"),
    ("Is the laboratory open on Sundays?", "Is the lab open on Sundays?", "en"),
    ("Can I get information about the tour?", "Can I get info about the tour?", "en"),
    ("Is the gymnasium open at night?", "Is the gym open at night?", "en"),
    ("Can I take a limousine to the airport?", "Can I take a limo to the airport?", "en"),
    ("Can we meet the professor after class?", "Can we meet the prof after class?", "en"),
    # faq-heldout32 (lateJA), kept
    ("昆虫食のお店は予約しないと入れませんか？", "昆虫食の店って予約いる？", "ja"),
]  # fmt: skip


@pytest.mark.parametrize(("cached", "query", "lang"), REFUSED)
def test_another_word_is_refused(cached: str, query: str, lang: str) -> None:
    guard = Guard()
    for similarity in (HIGH, MID):
        assert not guard.check(query, cached, lang, similarity).accept
        assert not guard.check(cached, query, lang, similarity).accept


@pytest.mark.parametrize(("cached", "query", "lang"), SERVED)
def test_a_clipping_or_a_potential_is_still_served(cached: str, query: str, lang: str) -> None:
    guard = Guard()
    assert guard.check(query, cached, lang, HIGH).accept
    assert guard.check(cached, query, lang, HIGH).accept


def test_a_clipping_means_the_long_word_first() -> None:
    kept = [("sub", "submarine"), ("lab", "laboratory"), ("info", "information"),
            ("memo", "memorandum"), ("limo", "limousine"), ("prof", "professor"),
            ("hippo", "hippopotamus"), ("sax", "saxophone")]  # fmt: skip
    for short, long in kept:
        assert clipped(short, long) and clipped(long, short)
    apart = [("kid", "kidskin"), ("pot", "potty"), ("tea", "teatime"), ("town", "townspeople"),
             ("court", "courtroom"), ("pass", "passport")]  # fmt: skip
    for short, long in apart:
        assert not clipped(short, long) and not clipped(long, short)


def test_a_potential_is_a_godan_verbs() -> None:
    for stem in ("入れ", "使え", "行け", "座れ", "買え", "読め"):
        assert godan_potential(stem, _tokenize_word), stem
    for stem in ("遅れ", "壊れ", "濡れ", "枯れ", "見え"):
        assert not godan_potential(stem, _tokenize_word), stem
    assert ja_negations_explained("早く出ないと遅れませんか", _tokenize_word)[0] == 0
    assert ja_negations_explained("予約しないと入れませんか", _tokenize_word)[0] == 2
    # without a tokenizer no stem is read as a potential (できない still is)
    assert ja_negations_explained("予約しないと入れませんか")[0] == 0
    assert ja_negations_explained("予約しないとできませんか")[0] == 2
