"""The guard's analysis kept with an entry (``yamabiko.guard.stored``, session 15): read back
exactly, read instead of analysing, ignored when damaged, old or of another text, and written
by a put and returned by a search on the embedded store (every store: test_store_contract)."""

from __future__ import annotations

import base64
import json
import struct
import threading
import time
import tracemalloc

import pytest
from guard_verdicts import recorded, sample

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
    golden = recorded()
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
    """A stored form is what the check uses: one that holds another prompt's analysis (with
    this prompt's integrity check, which anyone can compute: no signature) decides as that
    other prompt would."""
    query, cached, other = "How do I sell my car?", "How do I buy my car?", "How can I sell my car?"
    plain = Guard().check(query, cached, "en")
    assert not plain.accept
    forged = st.dump(cached, analyse(other, "en"), units(other, "en"))
    read = Guard().check(query, cached, "en", 1.0, None, forged)
    assert read == Guard().check(query, other, "en") and read.accept


def _rechecked(text: str, payload: str | object) -> str:
    """A stored form of ``payload`` (a text, or a value to write as JSON) with the current
    version and ``text``'s integrity check (unkeyed: anyone can make one)."""
    if not isinstance(payload, str):
        payload = json.dumps(payload, ensure_ascii=False)
    return f"{st.version()}:{st._check(text, payload)}:{payload}"


def _wrong(value: object) -> list[object]:
    """Values of another JSON type than ``value`` (a bool is no int, an int no float), and
    for a list: one whose first item has another type, and an object."""
    if isinstance(value, bool):
        return [1, None]
    if isinstance(value, int):
        return [True, 1.0, "1"]
    if isinstance(value, float):
        return [1, "1.0"]
    if isinstance(value, str):
        return [1, None, [value]]
    if value is None:
        return ["", 0]
    assert isinstance(value, list)
    first = [[bad, *value[1:]] for bad in _wrong(value[0])] if value else [[None]]
    return [{"a": 1}, "x", *first]


def _ill_typed(data: list) -> list[list]:
    """``data`` (a stored payload: [fields, unit rows]) with one value at a time of a wrong
    type: every field of the analysis and of its first unit row."""
    fields, rows = data
    forms = []
    for i, value in enumerate(fields):
        forms += [[[*fields[:i], bad, *fields[i + 1 :]], rows] for bad in _wrong(value)]
    row = rows[0]
    for i, value in enumerate(row):
        forms += [[fields, [[*row[:i], bad, *row[i + 1 :]]]] for bad in _wrong(value)]
    return forms


def test_damaged_old_or_foreign_stored_forms_are_analysed_instead() -> None:
    """A stored form that is truncated, garbled, of another version, of another prompt,
    unreadable or ill-typed though its check matches, or of another language never fails
    the check: the guard analyses the prompt and decides as without it."""
    query, cached = "How do I sell my car?", "How do I buy my car?"
    good = Guard().stored_analysis(cached, "en")
    assert good is not None and good.startswith(st.version() + ":")
    payload = good.split(":", 2)[2].split("\n", 1)[0]  # (the analysis; the text facts follow)
    bad = [
        good[: len(good) // 2],
        good[:-6] + ("B" if good[-6] == "A" else "A") + good[-5:],
        "g0000000000000000" + good[len(st.version()) :],
        Guard().stored_analysis("How do I buy my house?", "en"),
        _rechecked(cached, payload[:-2]),
        _rechecked(cached, ((), ())),
        _rechecked(cached, (json.loads(payload)[0], ((1, 2),))),
        _rechecked(cached, [1, 2]),
        _rechecked(cached, "null"),
        *[_rechecked(cached, form) for form in _ill_typed(json.loads(payload))],
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
        # read, not analysed (an analysis would be in the LRU), and not kept: read once
        assert guard._cache.find(prompt, "en") is None and prompt in guard._read_once
        hit = await second.lookup(paraphrase)  # read again: a cached prompt that recurs, kept
        assert hit is not None and hit.prompt == prompt
        assert _typed(guard._cache.find(prompt, "en")) == _typed(read[0])


def test_every_ill_typed_field_is_refused() -> None:
    """A form whose check matches but one field or unit value has another type than
    :func:`~yamabiko.guard.stored.dump` writes (each of them, lists and their items too)."""
    text = "How do I pay 20 dollars for a 3-day pass on the 4th of July?"
    payload = st.dump(text, analyse(text, "en"), units(text, "en")).split(":", 2)[2]
    payload = payload.split("\n", 1)[0]  # (the analysis; the trees' text facts follow)
    forms = _ill_typed(json.loads(payload))
    assert len(forms) > 80 and st.load(_rechecked(text, json.loads(payload)), text) is not None
    for form in forms:
        assert st.load(_rechecked(text, form), text) is None, form


def test_a_crafted_form_allocates_little_and_a_long_one_is_not_read() -> None:
    """A form anyone can write (the check has no key): the 5 bytes that make marshal allocate
    a 2^24-item tuple (128 MB) and deeply nested JSON are refused with little memory; a form
    over MAX_CHARS is refused unread."""
    text = "How do I reset my password?"
    bomb = base64.b64encode(b"(" + struct.pack("<i", 1 << 24)).decode()
    tracemalloc.start()
    try:
        for payload in (bomb, "[" * 50_000, "[" * 10_000 + "]" * 10_000):
            assert st.load(_rechecked(text, payload), text) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20, peak
    good = Guard().stored_analysis(text, "en")
    assert good is not None and st.load(good, text) is not None
    analysed, facts = good.split(":", 2)[2].split("\n", 1)  # (the trees' text facts after)
    for extra, read in ((0, True), (1, False)):  # (JSON allows the spaces)
        spaces = " " * (st.MAX_CHARS - len(good) + extra)
        form = _rechecked(text, f"{analysed[:-1]}{spaces}{analysed[-1]}\n{facts}")
        assert len(form) == st.MAX_CHARS + extra and (st.load(form, text) is not None) is read


def test_the_version_covers_the_modules_outside_the_guard_that_the_analysis_calls(monkeypatch):
    """Every yamabiko module a guard module imports is digested into the version (models and
    errors hold no rules), and a change to language.py makes a new version."""
    import ast
    from pathlib import Path

    guard = Path(st.__file__).parent
    outside = set()
    for path in guard.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module:
                outside.add(node.module.split(".")[0] + ".py")
    assert outside - {"models.py", "errors.py"} <= set(st._OUTSIDE)
    before = st.version()
    read = Path.read_bytes

    def changed(self: Path) -> bytes:
        return read(self) + (b"# changed" if self.name == "language.py" else b"")

    monkeypatch.setattr(Path, "read_bytes", changed)
    st.version.cache_clear()
    try:
        assert st.version() != before
    finally:
        monkeypatch.undo()
        st.version.cache_clear()
    assert st.version() == before


async def test_a_put_counts_the_stored_analysis_in_the_entry_size(tmp_path, embedder):
    """The store's byte total holds prompt + response + the stored analysis of a put."""
    prompt, response = "How do I reset my password?", "Use the reset link."
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        entry = await cache.store(prompt, response)
        assert entry.analysis and len(entry.analysis) > 300
        text = len(prompt.encode()) + len(response.encode())
        assert entry.size_bytes == entry.text_bytes + len(entry.analysis.encode()) > text
        assert (await cache.backend.stats()).bytes == entry.size_bytes


class _Watched(Guard):
    """The guard, noting the thread each stored analysis is made in."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[int] = []

    def stored_analysis(self, prompt: str, lang: str | None) -> str | None:
        self.threads.append(threading.get_ident())
        return super().stored_analysis(prompt, lang)


async def test_a_put_analyses_its_prompt_off_the_event_loop(tmp_path, embedder):
    """The analysis a put keeps is made in a worker thread, not on the event loop."""
    guard = _Watched()
    async with AsyncSemanticCache(embedder, path=tmp_path / "c.sqlite3", verifier=guard) as c:
        entry = await c.store("What time does the pool open on Sundays?", "At 9.")
    assert entry.analysis is not None and guard.threads
    assert threading.get_ident() not in guard.threads
