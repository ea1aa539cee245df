"""A Japanese prompt's long units kept in its stored form (``guard/stored_units.py``, session
19): read back equal to a fresh SudachiPy pass in every field the guard reads, used by the
Japanese rules instead of tokenizing the cached prompt again, and refused (then tokenized)
when damaged."""

from __future__ import annotations

import unicodedata

from guard_verdicts import recorded, sample
from sudachipy import SplitMode

from yamabiko.guard import Guard, analyse, japanese
from yamabiko.guard import stored as st
from yamabiko.guard import stored_units as su
from yamabiko.guard.units import units


def _fields(m) -> tuple:
    """Everything the guard may read of a morpheme, its mode-A parts included."""
    forms = (m.normalized_form(), m.dictionary_form(), m.reading_form())
    parts = tuple(_fields(p) for p in m.split(SplitMode.A, add_single=False))
    return (m.surface(), m.part_of_speech(), m.part_of_speech_id(), *forms,
            m.synonym_group_ids(), m.begin(), m.end(), m.word_id(), m.is_oov(), parts)  # fmt: skip


def _tail(form: str) -> str:
    """The long units of a stored form (its third part: the analysis, the trees' text facts,
    which a Japanese form leaves empty, then these)."""
    return form.split(":", 2)[2].split("\n", 2)[2]


def _texts() -> list[str]:
    return sorted({t for _, _, q, c, lang, _ in sample() if lang == "ja" for t in (q, c)})


def test_stored_long_units_equal_a_fresh_tokenization_of_every_sample_prompt() -> None:
    """Every Japanese prompt of the golden sample: the long units its stored form keeps equal
    a new SudachiPy pass over it (values and types: surface, part of speech, forms, reading,
    synonym groups, offsets, word id, OOV, the mode-A split), and the short units split from
    them equal the ones split from the pass."""
    tokenizer, mode = japanese._sudachi()
    texts = _texts()
    assert len(texts) > 1500
    split = 0
    for text in texts:
        form = st.dump(text, analyse(text, "ja"), units(text, "ja"))
        read = su.parse(_tail(form))
        assert read is not None, text
        fresh = list(tokenizer.tokenize(unicodedata.normalize("NFKC", text), mode))
        assert [_fields(m) for m in read] == [_fields(m) for m in fresh], text
        assert [type(v) for m in read for v in _fields(m)] == [
            type(v) for m in fresh for v in _fields(m)
        ], text
        japanese._per_thread.recent = None
        want = [_fields(m) for m in japanese.short_units(text)]
        japanese._per_thread.recent = None
        tail = _tail(form)
        su.offer(text, lambda tail=tail: su.parse(tail))
        got = [_fields(m) for m in japanese.short_units(text)]
        assert got == want, text
        assert isinstance(japanese.long_units(text)[1][0], su.StoredMorpheme), text
        split += len(got) > len(read)
    assert split > 500  # prompts with units that split in mode A


def test_checks_read_the_cached_prompts_units_from_the_stored_form() -> None:
    """A check given the cached prompt's stored form (read, or its analysis found in the LRU
    after a prepare) gives the rules the stored long units, not a new pass; its verdicts are
    the recorded ones (with a form of the long units damaged too: then the prompt is
    tokenized)."""
    golden = recorded()
    writer, reader, prepared = Guard(), Guard(), Guard(cache_size=8)
    asked = 0
    for (_, _, query, cached, lang, cosine), want in zip(sample(), golden, strict=True):
        if lang != "ja" or query == cached:
            continue
        form = writer.stored_analysis(cached, lang)
        assert form is not None and _tail(form)
        japanese._per_thread.recent = None
        verdict = reader.check(query, cached, lang, cosine, None, form)
        assert (verdict.accept, verdict.reason) == (want["accept"], want["reason"]), query
        kept = (japanese._per_thread.recent or {}).get(cached)
        if kept is not None:  # a rule asked for the cached prompt's morphemes
            asked += 1
            assert all(isinstance(m, su.StoredMorpheme) for m in kept[1]), cached
        prepared.prepare(cached, lang, form)
        prepared.prepare(query, lang)
        japanese._per_thread.recent = None
        verdict = prepared.check(query, cached, lang, cosine, None, form)
        assert (verdict.accept, verdict.reason) == (want["accept"], want["reason"]), query
        kept = (japanese._per_thread.recent or {}).get(cached)
        assert kept is None or isinstance(kept[1][0], su.StoredMorpheme), cached
    # how many checks ask for the cached prompt's morphemes at all: 601 of this sample on
    # c8d53d2, 265 since speed2 (the Japanese chain reads the cached side only when the
    # query asks for it), 151 in the whole suite (rules whose results earlier tests left in
    # their per-text caches ask for no morphemes). A floor below those, far above the 0 of
    # stored forms never read
    assert asked > 100


def test_damaged_long_units_are_tokenized_instead() -> None:
    """Fields of another count, a number field that is not digits, a part of speech the
    dictionary lacks, an out-of-vocabulary flag other than 0 / 1, counts of parts that do not
    add up: the long units are refused as a whole (the rules then tokenize, and decide as
    without them); a form without long units still reads."""
    text, query = "切符を払い戻してしまいました", "切符が払い戻されてしまいました"
    form = Guard().stored_analysis(text, "ja")
    assert form is not None
    fields = _tail(form).split(su.SEP)
    assert su.parse(su.SEP.join(fields)) is not None and int(fields[0]) < (len(fields) - 1) // 11
    width = 11

    def changed(k: int, value: str) -> str:
        return su.SEP.join([*fields[:k], value, *fields[k + 1 :]])

    bad = ["", "x", su.SEP.join(fields[:-1]), su.SEP.join([*fields, "0"]), changed(0, "-1"),
           changed(0, str(len(fields))), changed(2, "999999"), changed(2, "-1"), changed(2, "1a"),
           changed(10, "2"), changed(10, "yes"), changed(11, "1"), changed(6, "1,,2"),
           changed(6, "a"), changed(7, ""), changed(8, "1.5"), changed(9, "x")]  # fmt: skip
    last = len(fields) - width  # a part: it has no parts of its own
    bad.append(changed(last + 10, "1"))
    for tail in bad:
        assert su.parse(tail) is None, tail
    want = Guard().check(query, text, "ja")
    head, _, payload = form.split(":", 2)
    plain = payload.partition("\n")[0]
    without = f"{head}:{st._check(text, plain)}:{plain}"
    assert st.load(without, text) == st.load(form, text) is not None
    for tail in [*bad, None]:
        body = plain if tail is None else f"{plain}\n\n{tail}"
        blob = f"{head}:{st._check(text, body)}:{body}"
        japanese._per_thread.recent = None
        assert Guard().check(query, text, "ja", 1.0, None, blob) == want
        assert not isinstance(japanese.long_units(text)[1][0], su.StoredMorpheme)
