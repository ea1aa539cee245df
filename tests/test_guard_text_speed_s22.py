"""Session 22: the per-text work of a cold check made cheaper, every value unchanged.

- a Japanese short unit's part of its minimal-pair unit that its neighbours do not decide is
  remembered per word (``units_ja._JA_PIECES``, keyed by SudachiPy word id and surface): the
  units read from the memo equal the units made without it, on every Japanese prompt of the
  golden sample, whatever prompts filled the memo before;
- a filler slip (``english_forms.filler_slip``) looks for the filler words one edit away
  among those that share a string one deletion makes, not by an edit distance to every filler
  word of the token's first letter: that set holds every word one edit away;
- a stored form's lists of strings and of string pairs are checked by joining them, in C
  (``stored._all``): every ill-typed item is still refused.
"""

from __future__ import annotations

import importlib
import json
import string

from guard_verdicts import sample

from yamabiko.guard import analyse, english_forms, japanese
from yamabiko.guard import stored as st
from yamabiko.guard.english_lookup import edits

units_module = importlib.import_module("yamabiko.guard.units")
units_ja_module = importlib.import_module("yamabiko.guard.units_ja")


def _japanese_texts() -> list[str]:
    return sorted({t for _, _, q, c, lang, _ in sample() if lang == "ja" for t in (q, c)})


def _forget_pieces() -> None:
    units_ja_module._JA_PIECES.kept.clear()
    units_ja_module._JA_PIECES._seen.clear()


def test_japanese_units_from_the_word_memo_equal_units_made_without_it() -> None:
    """Every Japanese prompt of the golden sample: its units with every word's piece made
    anew equal its units once the memo holds the pieces of every prompt (read twice: kept),
    field by field. Two words of one surface (方: かた / ほう) or one word id in two spellings
    would differ if the memo's key told them apart less than SudachiPy does."""
    texts = _japanese_texts()
    assert len(texts) > 1500
    fresh = []
    for text in texts:
        _forget_pieces()
        japanese._per_thread.recent = None
        fresh.append(units_module.units(text, "ja"))
    for _ in range(2):  # the second pass keeps every word seen (WordMemo)
        for text in texts:
            japanese._per_thread.recent = None
            units_module.units(text, "ja")
    assert len(units_ja_module._JA_PIECES.kept) > 2000
    for text, want in zip(texts, fresh, strict=True):
        japanese._per_thread.recent = None
        got = units_module.units(text, "ja")
        assert got == want, text
        assert [tuple(map(type, u)) for u in got] == [tuple(map(type, u)) for u in want], text


def test_the_memo_keys_tell_apart_the_words_one_surface_spells() -> None:
    """Some surface of the sample is two words to SudachiPy (two word ids): a key by surface
    alone would have read the one's piece for the other, which the test above would show."""
    by_surface: dict[str, set[int]] = {}
    for text in _japanese_texts():
        for m in japanese.short_units(text) or ():
            by_surface.setdefault(m.surface(), set()).add(m.word_id())
    assert any(len(ids) > 1 for ids in by_surface.values())


def _one_edit(word: str) -> set[str]:
    """Every string one insertion, deletion, replacement or swap of neighbours (a-z) away."""
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    found = {a + b[1:] for a, b in splits if b}
    found |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    found |= {a + c + b[1:] for a, b in splits if b for c in letters}
    found |= {a + c + b for a, b in splits for c in letters}
    return found


def test_the_words_a_filler_slip_is_looked_for_among_hold_every_word_one_edit_away() -> None:
    """Every string one edit from a slippable filler word, and every token of the golden
    sample's English prompts: each filler word one edit away (the edit distance, as the slip
    computed it for every word of the token's first letter before) is among the words
    :func:`english_forms._within_one_edit` offers; known slips are still read."""
    words = units_module._EN_SLIPPABLE
    kept = {w for found in english_forms._by_first_letter(words).values() for w in found}
    tokens = {t.lower() for _, _, q, c, lang, _ in sample() if lang != "ja"
              for t in english_forms._LETTERS.findall(f"{q} {c}".lower())}  # fmt: skip
    tokens |= {s for w in sorted(kept)[::3] for s in _one_edit(w)}
    assert len(tokens) > 15_000
    offered = 0
    for low in tokens:
        near = english_forms._within_one_edit(low, words)
        want = {w for w in kept if abs(len(w) - len(low)) <= 1 and edits(low, w, 1) <= 1}
        assert want <= near, low
        offered += bool(near)
    assert offered > 5_000
    assert english_forms.filler_slip("shoud", words) == "should"
    assert english_forms.filler_slip("aginst", words) == "against"


def _form(text: str, payload: object) -> str:
    payload = json.dumps(payload, ensure_ascii=False)
    return f"{st.version()}:{st._check(text, payload)}:{payload}"


def test_a_stored_pair_list_with_any_item_not_two_strings_is_refused() -> None:
    """The roles and frame of a stored analysis (lists of string pairs), each with one item
    changed to another shape: a two-letter string, one string or three, a number inside,
    an empty list, a nested pair; and a word list with a number or a list in it."""
    text = "Can I transfer money from my savings to my wife's account?"
    fields, rows = json.loads(st.dump(text, analyse(text, "en"), units_module.units(text, "en"))
                              .split(":", 2)[2].split("\n", 1)[0])  # (analysis; facts follow)
    assert st.load(_form(text, [fields, rows]), text) is not None
    names = st._NAMES
    pairs = [names.index("roles"), names.index("frame")]
    assert all(fields[i] for i in pairs)
    bad_pairs = ["ab", ["a"], ["a", "b", "c"], ["a", 1], [1, "a"], [], [["a", "b"], "c"]]
    bad_words = [1, ["a"], None, True, 1.5]
    changed = []
    for i in pairs:
        changed += [[*fields[:i], [*fields[i], bad], *fields[i + 1 :]] for bad in bad_pairs]
    words = names.index("content")
    changed += [[*fields[:words], [*fields[words], bad], *fields[words + 1 :]] for bad in bad_words]
    for form in changed:
        assert st.load(_form(text, [form, rows]), text) is None, form
