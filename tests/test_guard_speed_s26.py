"""Session 26's cuts of a cold check's work, every verdict the same.

* an English token remembers the verb whose irregular past form it is
  (:func:`~yamabiko.guard.english_forms.participle_base`), so the units ask whether a token is a
  participle (:func:`~yamabiko.guard.units._participle`) only of the tokens that have one;
* ``frames.voice_swapped`` reads a frame's markers in C and leaves a frame without the
  subject of a passive clause at once;
* the minimal-pair screen reads what it needs of a unit with the spelling-variant test inline,
  and passes over a row of cosines whose highest is below its limit without a step per pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from guard_verdicts import sample

from yamabiko.guard import analyse, wordvec
from yamabiko.guard import lexicon as lx
from yamabiko.guard.en_words import PART_CONTENT, en_word, read_slips
from yamabiko.guard.english import _en_tokens
from yamabiko.guard.english_forms import participle_base
from yamabiko.guard.frames import BARE, BARE_PASSIVE, Frame, voice_swapped
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.screen import Form, _form, _may_be_equivalent, _may_be_variant, _pairs_of
from yamabiko.guard.unit_record import Unit
from yamabiko.guard.units import _units_en, units


def _texts(langs: tuple[str, ...]) -> list[tuple[str, str]]:
    """Every text of the golden sample with its language, for ``langs``."""
    found = []
    for _, _, query, cached, lang, _ in sample():
        lang = analyse(cached, lang).lang
        if lang in langs:
            found += [(query, lang), (cached, lang)]
    return found


def test_each_content_token_remembers_its_participle_base() -> None:
    """On every English text of the golden sample, a content token's ``participle`` is what
    ``participle_base`` says of its lower-case form and any other token's is None; some
    tokens have one."""
    bases = 0
    for text, _ in _texts(("en",)):
        for raw in _en_tokens(text)[1]:
            token = read_slips([raw], [en_word(raw)])[0]  # (its record as the units read it)
            expected = participle_base(raw.lower()) if token.part == PART_CONTENT else None
            assert token.participle == expected, (text, raw)
            bases += expected is not None
    assert bases >= 20


def test_a_participle_after_an_auxiliary_is_still_its_verb() -> None:
    """The units read an irregular participle after a form of be or have as its verb (lit:
    light, led: lead) and leave the same word elsewhere as it is."""
    lit = _units_en("Is the stove lit by the staff?")
    lead = _units_en("Has the guide led the walk?")
    keys = {u.text: u.key for u in (*lit, *lead)}
    assert keys["lit"] == _units_en("light")[0].key
    assert keys["led"] == _units_en("lead")[0].key
    assert _units_en("a lit stove")[0].key == _units_en("lit")[0].key != keys["lit"]


def _old_form(unit: Unit) -> Form:
    """The screen's form of a unit as session 25 made it (the variant test a call)."""
    key = unit.key
    english = key.isascii()
    first = (unit.forms[0] if unit.forms else key)[:1]
    variant = english and _may_be_variant(unit.text)
    ja = key[:1], key[-1:] == "る", len(unit.text), key in lx.JA_NECESSITY
    return english, first, key[:4], "-" in key, variant, *ja


def _old_screen(
    left: Sequence[Unit], right: Sequence[Unit], word_similarity: float
) -> tuple[dict[tuple[int, int], float | None], list[tuple[int, int, float]], int]:
    """Session 25's screen (every row of cosines visited): its pairs, the cosines it
    remembered and how many rows had no cosine at its limit."""
    lefts = [(i, u, _old_form(u)) for i, u in enumerate(left) if u.kind == "content"]
    rights = [(j, u, _old_form(u)) for j, u in enumerate(right) if u.kind == "content"]
    pairs = {(i, j): score for i, a, x in lefts for j, score in _pairs_of(i, a, x, rights)}
    rows = [i for i, a, _ in lefts if a.vector is not None]
    columns = [j for j, b, _ in rights if b.vector is not None]
    near: list[tuple[int, int, float]] = []
    passed_over = 0
    if rows and columns:
        ones = [left[i].vector for i in rows]
        others = [right[j].vector for j in columns]
        limit = word_similarity - wordvec.MARGIN
        for i, one, line in zip(rows, ones, wordvec.cosines(ones, others), strict=True):
            passed_over += max(line) < limit
            for j, other, cosine in zip(columns, others, line, strict=True):
                if cosine >= limit:
                    pairs.setdefault((i, j), None)
                    near.append((one, other, cosine))
    return pairs, near, passed_over


def test_the_screen_lets_the_same_pairs_through_in_the_same_order() -> None:
    """On the golden sample's English and Japanese pairs, every unit's form is the one the
    spelling-variant test made as a call, and the screen gives the same pairs, with the same
    values in the same order, and remembers the same cosines, as the loop that visited every
    row; some rows are passed over, and some pairs are let through by their cosine."""
    screened = near_pairs = passed_over = 0
    for _, _, query, cached, lang, _ in sample():
        lang = analyse(cached, lang).lang
        if lang not in ("en", "ja"):
            continue
        aligned = DEFAULT.align(units(cached, lang), units(query, lang))
        left, right = aligned.left, aligned.right
        for unit in (*left, *right):
            assert _form(unit) == _old_form(unit), unit
        if not left or not right:
            continue
        expected, near, skipped = _old_screen(left, right, DEFAULT.word_similarity)
        wordvec._cosines.clear()
        found = _may_be_equivalent(left, right, DEFAULT.word_similarity)
        assert list(found.items()) == list(expected.items()), (cached, query)
        for one, other, cosine in near:
            key = min(one, other) * wordvec._ROWS + max(one, other)
            assert wordvec._cosines.get(key) == cosine, (cached, query)
        screened += 1
        near_pairs += len(near)
        passed_over += skipped
    assert screened >= 200 and near_pairs >= 50 and passed_over >= 200


def _old_voice_swapped(active: Frame, passive: Frame) -> str:
    """``frames.voice_swapped`` as session 25 wrote it (the markers read by generators)."""
    if not active or not passive or any(m == BARE_PASSIVE for _, m in active):
        return ""
    subject = next((k for k, m in passive if m == BARE_PASSIVE), None)
    doers = [k for k, m in passive if m == "by"]
    if subject is None or len(doers) != 1 or doers[0] == subject:
        return ""
    bare = [k for k, m in active if m == BARE]
    doer = doers[0]
    if subject in bare and doer in bare and bare.index(subject) < bare.index(doer):
        return f"{subject}<->{doer}"
    return ""


def test_voice_swapped_reads_the_same_frames_alike() -> None:
    """On every English pair of the golden sample and a few active / passive pairs, both
    ways round, ``voice_swapped`` says what the generator version said; some say a swap."""
    pairs = [(q, c) for _, _, q, c, lang, _ in sample() if analyse(c, lang).lang == "en"]
    pairs += [
        ("The landlord notified the tenant.", "Was the landlord notified by the tenant?"),
        ("Did the dog bite the man?", "Was the dog bitten by the man?"),
        ("Was the man bitten by the dog?", "Did the dog bite the man?"),
    ]
    swaps = 0
    for query, cached in pairs:
        x, y = analyse(query, "en").frame, analyse(cached, "en").frame
        for one, two in ((x, y), (y, x)):
            found = voice_swapped(one, two)
            assert found == _old_voice_swapped(one, two), (query, cached)
            swaps += bool(found)
    assert len(pairs) >= 500 and swaps >= 2
