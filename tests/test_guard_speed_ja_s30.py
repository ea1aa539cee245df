"""The Japanese cold check made cheaper, session 30, every verdict the same.

* :func:`~yamabiko.guard.ja_alone.read_alone` reads a word alone with SudachiPy once, for
  every rule that asks what the dictionary makes of it (synonym groups, verbal noun, katakana
  spelling, normalised form, a verb's godan twin): each gives what its own pass gave.
* :func:`~yamabiko.guard.ja_contrasts.substituted_contrast` asks whether two words contrast
  (a dictionary test, remembered per pair) before whether they are a giving verb and its
  converse (which reads both prompts): the first pair that contrasts and is no converse, as
  before.
* :func:`~yamabiko.guard.ja_readings.joined_readings` looks for a compound verb's run
  (申し + 込め) only in a side that has two neighbouring units of one word
  (:func:`~yamabiko.guard.ja_readings._may_conjugate`).
"""

from __future__ import annotations

from guard_verdicts import sample

from yamabiko.guard import Guard
from yamabiko.guard.benefactive import converse_received
from yamabiko.guard.ja_alone import read_alone
from yamabiko.guard.ja_contrasts import _normalised, ja_contrasted, substituted_contrast
from yamabiko.guard.ja_readings import _conjugated_run, _may_conjugate, joined_readings
from yamabiko.guard.ja_synonyms import groups, katakana_spelling, verbal_noun
from yamabiko.guard.japanese import _sudachi
from yamabiko.guard.modality import _godan_twin
from yamabiko.guard.spelling import drop_matched
from yamabiko.guard.units import units
from yamabiko.guard.unshared import unshared


def _japanese_pairs() -> list[tuple[str, str]]:
    """(cached, query) of every Japanese pair of the golden sample."""
    return [(cached, query) for _, _, query, cached, lang, _ in sample() if lang == "ja"]


def _words() -> list[str]:
    """The normalised forms and surfaces of the content units of the sample's Japanese
    prompts, and their readings (katakana words: what katakana_spelling reads back)."""
    found: set[str] = set()
    for pair in _japanese_pairs()[:150]:
        for text in pair:
            for unit in units(text, "ja"):
                if unit.kind == "content":
                    found.update((unit.key, unit.text, unit.reading))
    return sorted(word for word in found if word)


def _alone_by_hand(word: str) -> list:
    """SudachiPy's long units of ``word`` read alone, a pass of its own (mode C)."""
    tokenizer, mode = _sudachi()
    return list(tokenizer.tokenize(word, mode))


def test_read_alone_is_a_pass_of_its_own() -> None:
    """On the sample's words, :func:`read_alone` holds what a pass of the word alone gives
    when it is one long unit (forms, reading, part of speech, synonym groups), else None; and
    the rules that read it give what they gave from their own pass."""
    words = _words()
    assert len(words) > 300
    one = 0
    for word in words:
        found, alone = _alone_by_hand(word), read_alone(word)
        if len(found) != 1:
            assert alone is None, word
            assert _normalised(word) == word
            continue
        one += 1
        m = found[0]
        assert alone == (m.normalized_form(), m.reading_form(), tuple(m.part_of_speech()),
                         frozenset(m.synonym_group_ids())), word  # fmt: skip
        assert _normalised(word) == m.normalized_form()
        if not word.isascii():
            assert groups(word) == frozenset(m.synonym_group_ids())
            assert verbal_noun(word) == (m.part_of_speech()[2] == "サ変可能")
    assert one > 200


def test_katakana_spelling_and_groups_read_the_dictionary() -> None:
    """What the shared pass feeds: 焜炉 is spelt コンロ (the reading read back gives 焜炉),
    位置 has none (イチ alone is 一), クレジットカード and クレカ share a synonym group, 予約 is a
    verbal noun and 棚 is not."""
    assert katakana_spelling("焜炉") == "コンロ"
    assert katakana_spelling("位置") == ""
    assert groups("クレジットカード") & groups("クレカ")
    assert verbal_noun("予約") and not verbal_noun("棚")
    assert read_alone("子ども") is not None and _normalised("子ども") == "子供"
    # an ichidan verb shaped as a godan verb's potential: 入る is a godan verb, 食ぶ no word
    assert _godan_twin("入れる") and _godan_twin("取れる") and not _godan_twin("食べる")


def _contrast_as_before(reason: str, query: str, cached: str) -> str:
    """The Japanese branch of :func:`substituted_contrast` as it was: the converse test of
    every pair first, then the first pair that contrasts."""
    old, _, new = reason.partition(":")[2].partition("->")
    pairs = [(x, y) for x in old.split("+") for y in new.split("+") if x != y]
    pairs = [(x, y) for x, y in pairs if not converse_received(x, y, query, cached)]
    found = next((f"{x}->{y}" for x, y in pairs if ja_contrasted(x, y)), "")
    return f"contrast:{found}" if found else ""


def test_substituted_contrast_is_the_first_contrast_that_is_no_converse() -> None:
    """On every Japanese substitution the guard rejects in the sample, and on a converse
    (売っていただけますか / 買うことはできますか) and a contrast (大人 / 子供), the rejection is
    the one the former order gave."""
    guard = Guard()
    cases = [
        ("substitution:売っ->買う", "チケットを買うことはできますか",
         "チケットを売っていただけますか"),
        ("substitution:大人->子供", "子供って何人までいける？", "大人って何人まで入れる？"),
    ]
    for cached, query in _japanese_pairs():
        reason = guard.check(query, cached, "ja", 0.9).reason
        if reason.startswith("substitution:") and not reason.isascii():
            cases.append((reason, query, cached))
    assert len(cases) > 20
    for reason, query, cached in cases:
        if "->" not in reason or reason.partition(":")[2].isascii():
            continue
        found = substituted_contrast(reason, query, cached)
        if found.startswith("contrast:") or not found:
            assert found == _contrast_as_before(reason, query, cached), (reason, query)
    assert substituted_contrast(*cases[0]) == ""
    assert substituted_contrast(*cases[1]) == "contrast:大人->子供"


def test_conjugated_runs_need_neighbours_of_one_word() -> None:
    """:func:`_may_conjugate` holds for 申し + 込め (one word, side by side), not for a side of
    one unit, and wherever :func:`_conjugated_run` finds a run among the sample's units (and
    three compound verbs'); joined_readings still pairs 申し込み with 申し + 込め, and with the
    test each side's walk gives what it gave without it."""
    noun, potential = units("申し込みできますか", "ja"), units("申し込めますか", "ja")
    left, right = unshared(noun, potential)
    assert [u.text for u in right] == ["申し", "込め"]
    assert _may_conjugate(right) and not _may_conjugate(left)
    assert joined_readings(left, right) == ([], [])
    pairs = [
        *_japanese_pairs(),
        ("申し込みできますか", "申し込めますか"),
        ("受け取りできますか", "受け取れますか"),
        ("取り消しできますか", "取り消せますか"),
    ]
    runs = 0
    for cached, query in pairs:
        left, right = unshared(units(cached, "ja"), units(query, "ja"))
        for one, many in ((left, right), (right, left)):
            if any(_conjugated_run(unit, many) for unit in one):
                runs += 1
                assert _may_conjugate(many), (cached, query)
        walked = drop_matched(list(left), list(right), _conjugated_run)
        assert drop_matched(list(left), list(right), _conjugated_run, _may_conjugate) == walked
    assert runs >= 3
