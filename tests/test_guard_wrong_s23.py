"""Session 23: minimal pairs the guard served, read generally, with the probes of
``wrong_s23_probes.py`` (written for this work, in domains the earlier probe files did not
use): who acts and whose thing it is exchanged through a possessive (``owners``), *unless*
against *if* / *when*, *another* / *the same* and *one* after an auxiliary
(``english_scope``), 行き / 発 and 以外
(``ja_suffixes``), an intransitive's past against a transitive's potential (``modality``), a
conditional clause with a number in it (``scope.condition_added``), an item joined to a
noun made by a suffix or a verbal noun listed (``ja_items``) and だけ after a suffixed noun
(``limits``). Every probe is checked at the real embedder's cosine with the default
threshold 0.75; the fixed ones also at forced cosines in the trees' band and above it."""

from __future__ import annotations

import guard_probes as probes
import pytest
from wrong_s23_probes import FIXED, KNOWN_WRONG, MINIMAL, PARAPHRASE_MISSES, PARAPHRASES

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.english_scope import quantifier_replaced, unless_replaced
from yamabiko.guard.ja_items import item_added
from yamabiko.guard.ja_suffixes import bound_changed, except_dropped
from yamabiko.guard.owners import owner_swapped

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.95)


class TestProbes(probes.MinimalPairFile):
    """The probes of ``wrong_s23_probes.py`` at the default embedder's cosine."""

    guard, threshold = GUARD, THRESHOLD
    minimal, fixed, known_wrong = MINIMAL, FIXED, KNOWN_WRONG
    paraphrases, paraphrase_misses = PARAPHRASES, PARAPHRASE_MISSES


@pytest.mark.parametrize(("cached", "query", "lang", "reason"), FIXED)
def test_fixed_refused_in_the_band(cached: str, query: str, lang: str, reason: str) -> None:
    # a conditional clause is read where the trees decide (the check above their band is
    # the minimal-pair check's own, which reads one added detail only)
    forced = COSINES[:1] if reason.startswith("condition:一") else COSINES
    probes.assert_refused_at(GUARD, cached, query, reason, forced, THRESHOLD, lang)


def test_owner_swapped_reads_a_possessive() -> None:
    son = ("Can my son use my card?", "Can I use my son's card?")
    assert owner_swapped(*son) == "son<->i"
    assert owner_swapped(*son[::-1]) == "i<->son"
    assert owner_swapped("Can my son use his card?", "Can I use my son's card?") == ""
    assert owner_swapped("Can my son use my card?", "Can my son use my wife's card?") == ""
    # other words changed: not the same question with its persons exchanged
    assert owner_swapped("Can my son use my card?", "Can I cancel my son's card?") == ""
    assert owner_swapped("My son uses my card. Can I?", "Can I use my son's card?") == ""


def test_unless_against_if_or_when() -> None:
    assert unless_replaced("Is it free unless I cancel?", "Is it free if I cancel?") == (
        "unless->if"
    )
    assert unless_replaced("Is it free unless I cancel?", "Is it free when I cancel?") == (
        "unless->when"
    )
    assert unless_replaced("Is it free unless I cancel?", "Is it free if I do not cancel?") == ""
    assert unless_replaced("Is it free unless I cancel?", "Is it free until I cancel?") == ""


def test_another_and_the_same_before_a_noun() -> None:
    bike = "Can I return the bike to another station?"
    assert quantifier_replaced(bike, "Can I return the bike to the same station?") == (
        "another->same"
    )
    assert quantifier_replaced(bike, "Can I return the bike to any station?") == ""  # alike
    same = ("Is it the same as a pass?", "Is it another pass?")
    assert quantifier_replaced(*same) == ""  # no thing picked: the same as
    assert quantifier_replaced("Can I take another one?", "Can I take the same one?") != ""


def test_one_after_an_auxiliary() -> None:
    assert quantifier_replaced("Is every room quiet?", "Is one room quiet?") == "every->one"
    assert quantifier_replaced("How can one earn money?", "How can everyone earn money?") == ""
    assert quantifier_replaced("Does one need a visa?", "Does everyone need a visa?") == ""
    need = ("What all do we need to study?", "What does one need to study?")
    assert quantifier_replaced(*need) == ""  # one need *to*: the pronoun


def test_bound_for_against_leaving_from() -> None:
    assert bound_changed("東京行きのバスですか？", "東京発のバスですか？") == "東京:行き->発"
    assert bound_changed("東京行きのバスは発車しましたか？", "東京行きのバスは出ましたか？") == ""
    assert bound_changed("東京発の便の発行は？", "東京発の便は？") == ""


def test_except_against_the_noun() -> None:
    assert except_dropped("会員以外も使えますか？", "会員も使えますか？") == "会員+以外"
    assert except_dropped("大型犬以外の犬は入れますか？", "大型犬は入れますか？") == "大型犬+以外"
    assert except_dropped("会員以外も使えますか？", "非会員も使えますか？") == ""
    assert except_dropped("会員以外も使えますか？", "会員も週末に使えますか？") == ""


def test_an_item_joined_after_a_suffix_or_a_verbal_noun() -> None:
    def added(x: str, y: str) -> str:
        return item_added(x, y, analyse(x, "ja"), analyse(y, "ja"))

    assert added("掃除とワックスも含まれますか？", "掃除も含まれますか？") == "ワックス"
    assert added("掃除機がけとワックスも含まれますか？", "掃除機がけも含まれますか？") == "ワックス"
    assert added("友達と旅行に行けますか？", "旅行に行けますか？") == ""  # a partner
