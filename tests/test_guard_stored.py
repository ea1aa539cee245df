"""The guard's analysis kept with an entry (``yamabiko.guard.stored``, session 15): read back
exactly, read instead of analysing, ignored when damaged, old or of another text, and written
by a put and returned by a search on the embedded store (every store: test_store_contract)."""

from __future__ import annotations

import base64
import json
import marshal
import time

import pytest
from guard_verdicts import GOLDEN, sample

from yamabiko import AsyncSemanticCache
from yamabiko.guard import Guard, analyse
from yamabiko.guard import stored as st
from yamabiko.guard.units import units


def _typed(value: object) -> object:
    """``value`` with the type of every part spelled out (sets sorted), to compare exactly."""
    if isinstance(value, (frozenset, set)):
        return (type(value).__name__, sorted(_typed(v) for v in value))
    if isinstance(value, tuple):
        return (type(value).__name__, [_typed(v) for v in value])
    if hasattr(value, "__dataclass_fields__"):
        return (type(value).__name__, [_typed(v) for v in vars(value).values()])
    return (type(value).__name__, value)


def _prompts() -> list[tuple[str, str | None]]:
    found = {}
    for _, _, query, cached, lang, _ in sample():
        found[(cached, lang)] = found[(query, lang)] = None
    return list(found)


def test_a_stored_analysis_reads_back_as_the_analysis_it_was_made_from() -> None:
    """Every prompt of the golden sample (English, Japanese, both sides): the analysis and
    units read back are equal to a fresh analysis, field by field, with the same types."""
    prompts = _prompts()
    assert len(prompts) > 3000
    for text, lang in prompts:
        a = analyse(text, lang)
        found = units(text, a.lang)
        read = st.load(st.dump(text, a, found), text)
        assert read is not None, text
        assert read == (a, found), text
        assert _typed(read[0]) == _typed(a), text
        assert [_typed(tuple(u)) for u in read[1]] == [_typed(tuple(u)) for u in found], text


def test_checks_that_read_stored_analyses_decide_as_recorded() -> None:
    """The golden sample, each cached prompt new to the checking guard but stored by another
    one (a put in another process): every verdict and reason as recorded."""
    golden = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    writer, reader = Guard(), Guard()
    read = 0
    for (_, _, query, cached, lang, cosine), want in zip(sample(), golden, strict=True):
        stored = writer.stored_analysis(cached, lang)
        assert stored is not None
        verdict = reader.check(query, cached, lang, cosine, None, stored)
        assert (verdict.accept, verdict.reason) == (want["accept"], want["reason"]), (query, cached)
        read += st.load(stored, cached) is not None
    assert read == len(golden)


def test_the_check_reads_the_stored_analysis_instead_of_analysing() -> None:
    """A stored form is what the check uses: one that holds another prompt's analysis (signed
    for this prompt) decides as that other prompt would."""
    query, cached, other = "How do I sell my car?", "How do I buy my car?", "How can I sell my car?"
    plain = Guard().check(query, cached, "en")
    assert not plain.accept
    forged = st.dump(cached, analyse(other, "en"), units(other, "en"))
    read = Guard().check(query, cached, "en", 1.0, None, forged)
    assert read == Guard().check(query, other, "en") and read.accept


def _resigned(text: str, payload: str | object) -> str:
    """A stored form of ``payload`` (a text, or a value to marshal) signed for ``text``."""
    if not isinstance(payload, str):
        payload = base64.b64encode(marshal.dumps(payload)).decode()
    return f"{st.version()}:{st._check(text, payload)}:{payload}"


def test_damaged_old_or_foreign_stored_forms_are_analysed_instead() -> None:
    """A stored form that is truncated, garbled, of another version, of another prompt,
    unreadable though signed, or of another language never fails the check: the guard
    analyses the prompt and decides as without it."""
    query, cached = "How do I sell my car?", "How do I buy my car?"
    good = Guard().stored_analysis(cached, "en")
    assert good is not None and good.startswith(st.version() + ":")
    payload = good.split(":", 2)[2]
    bad = [
        good[: len(good) // 2],
        good[:-6] + ("B" if good[-6] == "A" else "A") + good[-5:],
        "g0000000000000000" + good[len(st.version()) :],
        Guard().stored_analysis("How do I buy my house?", "en"),
        _resigned(cached, payload[:-2]),
        _resigned(cached, ((), ())),
        _resigned(cached, (marshal.loads(base64.b64decode(payload))[0], ((1, 2),))),
        _resigned(cached, [1, 2]),
        _resigned(cached, "null"),
        "not a stored form",
        "",
    ]
    for blob in bad:
        assert st.load(blob, cached) is None, blob
    japanese = Guard().stored_analysis(cached, "ja")  # analysed as Japanese: not for "en"
    assert st.load(japanese, cached) is not None
    want = Guard().check(query, cached, "en")
    for blob in [*bad, japanese, None]:
        assert Guard().check(query, cached, "en", 1.0, None, blob) == want


@pytest.mark.parametrize("by_language", [True, False])
async def test_a_put_keeps_the_analysis_and_a_new_process_reads_it(tmp_path, embedder, by_language):
    """A put writes the guard's analysis with the entry; a cache that has never analysed the
    prompt (another process on the same file) gets it with the search's candidate, reads it
    and serves the same hit (the prompt's language detected, or not: ``lang`` None)."""
    path = tmp_path / "c.sqlite3"
    prompt, paraphrase = "How do I reset my password?", "How can I reset my password?"
    options = {"path": path, "language_in_context": by_language}
    async with AsyncSemanticCache(embedder, **options) as first:
        await first.store(prompt, "Use the reset link.")
    async with AsyncSemanticCache(embedder, **options) as second:
        request = second.request(paraphrase)
        assert request.partition is not None and (request.lang is None) is not by_language
        vector = (await embedder.embed([paraphrase]))[0]
        found = await second.backend.search(vector, request.partition, 1, time.time())
        assert found and found[0].prompt == prompt
        read = st.load(found[0].analysis, prompt)
        assert read is not None and read[0].lang == "en" and read[0] == analyse(prompt, "en")
        hit = await second.lookup(paraphrase)
        assert hit is not None and hit.prompt == prompt
        guard = second.verifier
        assert isinstance(guard, Guard)
        assert _typed(guard._cache.find(prompt, "en")) == _typed(read[0])
