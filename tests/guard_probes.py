"""Probe pairs for the guard's tests: the real embedder's cosine of each pair, and the two
checks the session-17 probe files share (a wrong serve refused with its reason, a paraphrase
served), and the same two at forced cosines that the English review tests share (sessions 19
and 20), so each file lists its probes and calls these instead of repeating the loops; and
:class:`ProbeFile`, the three checks of a probe file of served, refused and known-miss pairs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from yamabiko.eval.data import embed_texts
from yamabiko.guard import Guard


def pair_cosines(embedder: Any, *probe_lists: Sequence[tuple]) -> dict[tuple[str, str], float]:
    """The cosine of each probe's first two texts (cached, query), keyed by them; every text
    is embedded once, as a unit vector, with ``embedder`` (the real default model)."""
    pairs = [(probe[0], probe[1]) for probes in probe_lists for probe in probes]
    texts = sorted({text for pair in pairs for text in pair})
    vectors = dict(zip(texts, embed_texts(embedder, texts, progress=False), strict=True))
    return {(a, b): float(vectors[a] @ vectors[b]) for a, b in pairs}


def cosines_fixture(*probe_lists: Sequence[tuple]) -> Any:
    """A module-scoped fixture named ``cosines`` (assign it to that name in a test module): the
    default embedder's cosine of each probe of ``probe_lists`` (see :func:`pair_cosines`)."""

    @pytest.fixture(scope="module", name="cosines")
    def cosines(embedder: Any) -> dict[tuple[str, str], float]:
        return pair_cosines(embedder, *probe_lists)

    return cosines


def assert_refused_with_reasons(
    guard: Guard,
    wrong: Sequence[tuple[str, str, str | None, str]],
    cosines: dict[tuple[str, str], float],
    threshold: float,
    either_side: bool = False,
) -> None:
    """Each ``(cached, query, lang, reason)`` reaches ``threshold`` (the threshold alone would
    serve it) and the guard refuses the query with ``reason``; with ``either_side`` it also
    refuses the pair the other way round."""
    for cached, query, lang, reason in wrong:
        cosine = cosines[cached, query]
        assert cosine >= threshold, (cached, query, cosine)  # a candidate at the default
        verdict = guard.check(query, cached, lang, cosine, threshold)
        assert (verdict.accept, verdict.reason) == (False, reason), (cached, query, cosine)
        if either_side:
            assert not guard.check(cached, query, lang, cosine, threshold).accept


def assert_served(
    guard: Guard,
    served: Sequence[tuple[str, str, str | None]],
    cosines: dict[tuple[str, str], float],
    threshold: float,
    either_side: bool = False,
) -> None:
    """Each ``(cached, query, lang)`` reaches ``threshold`` and the guard serves the query;
    with ``either_side`` also the other way round."""
    for cached, query, lang in served:
        cosine = cosines[cached, query]
        assert cosine >= threshold, (cached, query, cosine)
        sides = ((query, cached), (cached, query)) if either_side else ((query, cached),)
        for a, b in sides:
            verdict = guard.check(a, b, lang, cosine, threshold)
            assert verdict.accept, (a, b, cosine, verdict.reason)


def assert_refused_at(
    guard: Guard,
    cached: str,
    query: str,
    reason: str,
    cosines: Sequence[float],
    threshold: float,
    lang: str = "en",
) -> None:
    """At each of ``cosines`` the guard refuses ``query`` (in ``lang``) with ``reason`` and
    refuses the pair the other way round too (the review tests' rules, at forced cosines)."""
    for cosine in cosines:
        verdict = guard.check(query, cached, lang, cosine, threshold)
        assert (verdict.accept, verdict.reason) == (False, reason), cosine
        assert not guard.check(cached, query, lang, cosine, threshold).accept, cosine


def assert_served_at(
    guard: Guard,
    cached: str,
    query: str,
    cosines: Sequence[float],
    threshold: float,
    lang: str = "en",
) -> None:
    """At each of ``cosines`` the guard serves the pair (in ``lang``) both ways round."""
    for cosine in cosines:
        for a, b in ((query, cached), (cached, query)):
            verdict = guard.check(a, b, lang, cosine, threshold)
            assert verdict.accept, (a, b, cosine, verdict.reason)


def probe_pairs(probes: Sequence[tuple]) -> list[tuple[str, str]]:
    """The (cached, query) of each probe."""
    return [(probe[0], probe[1]) for probe in probes]


def served_either_way(
    guard: Guard, pair: tuple[str, str], lang: str, cosine: float, threshold: float
) -> bool:
    """The cache serves the pair either way round: the cosine reaches the threshold and the
    guard accepts."""
    if cosine < threshold:
        return False
    return any(guard.check(a, b, lang, cosine, threshold).accept for a, b in (pair, pair[::-1]))


def refused_either_way(
    guard: Guard, pair: tuple[str, str], lang: str, cosine: float, threshold: float
) -> bool:
    """A pair at or above the threshold that the guard refuses either way round."""
    if cosine < threshold:
        return False
    return not all(guard.check(a, b, lang, cosine, threshold).accept for a, b in (pair, pair[::-1]))


def served_both_ways(
    guard: Guard, pair: tuple[str, str], lang: str, cosine: float, threshold: float
) -> bool:
    """The cache serves the pair both ways round: the cosine reaches the threshold and the
    guard accepts each way."""
    return cosine >= threshold and not refused_either_way(guard, pair, lang, cosine, threshold)


def assert_still_refused(
    guard: Guard,
    misses: Sequence[tuple[str, str, str | None]],
    cosines: dict[tuple[str, str], float],
    threshold: float,
) -> None:
    """Each ``(cached, query, lang)`` reaches ``threshold`` and the guard still refuses the
    query (a known miss: a fix shows up as a failure, and the list is shortened)."""
    for cached, query, lang in misses:
        cosine = cosines[cached, query]
        assert cosine >= threshold, (cached, query, cosine)
        assert not guard.check(query, cached, lang, cosine, threshold).accept, (cached, query)


class ProbeFile:
    """The checks of a probe file, for a test class ``TestProbes(ProbeFile)`` that sets
    ``guard``, ``threshold`` and the lists ``served`` ``(cached, query, lang)`` and ``refused``
    ``(cached, query, lang, reason)``: at the default embedder's cosine of each pair, the
    served ones are served both ways round and the refused ones refused with their reason both
    ways round."""

    guard: Guard
    threshold: float
    served: Sequence[tuple[str, str, str | None]]
    refused: Sequence[tuple[str, str, str | None, str]]
    known_misses: Sequence[tuple[str, str, str | None]] = ()

    @pytest.fixture(scope="class")
    @classmethod
    def cosines(cls, embedder: Any) -> dict[tuple[str, str], float]:
        """The default embedder's cosine of each pair of the lists."""
        return pair_cosines(embedder, cls.served, cls.refused, cls.known_misses)

    def test_served_both_ways(self, cosines: dict[tuple[str, str], float]) -> None:
        assert_served(self.guard, self.served, cosines, self.threshold, either_side=True)

    def test_refused_with_the_reason(self, cosines: dict[tuple[str, str], float]) -> None:
        assert_refused_with_reasons(
            self.guard, self.refused, cosines, self.threshold, either_side=True
        )


class ProbeFileWithMisses(ProbeFile):
    """:class:`ProbeFile` with a list ``known_misses`` ``(cached, query, lang)`` too:
    paraphrases at or above the threshold that the guard still refuses."""

    def test_known_misses_still_refused(self, cosines: dict[tuple[str, str], float]) -> None:
        assert_still_refused(self.guard, self.known_misses, cosines, self.threshold)


class MinimalPairFile:
    """The checks of a session's probe file of minimal pairs and paraphrases (sessions 23 and
    24), for a test class ``TestProbes(MinimalPairFile)`` that sets ``guard``, ``threshold``
    and the lists ``minimal`` ``(cached, query, lang, kind)``, ``fixed`` ``(cached, query,
    lang, reason)`` and ``known_wrong``, ``paraphrases``, ``paraphrase_misses`` ``(cached,
    query, lang)``: at least sixty minimal pairs a language, and thirty paraphrases; at the
    default embedder's cosine every minimal pair that reaches the threshold refused either
    way round but the known ones (listed, so a fix shows up as a failure), which are still
    served; the fixed ones refused with their reason; the paraphrases but the listed misses
    served both ways round."""

    guard: Guard
    threshold: float
    minimal: Sequence[tuple[str, str, str, str]]
    fixed: Sequence[tuple[str, str, str, str]]
    known_wrong: Sequence[tuple[str, str, str]]
    paraphrases: Sequence[tuple[str, str, str]]
    paraphrase_misses: Sequence[tuple[str, str, str]]

    @pytest.fixture(scope="class")
    @classmethod
    def cosines(cls, embedder: Any) -> dict[tuple[str, str], float]:
        """The default embedder's cosine of each minimal pair and paraphrase."""
        return pair_cosines(embedder, cls.minimal, cls.paraphrases)

    def test_enough_probes_in_both_languages(self) -> None:
        for lang in ("en", "ja"):
            assert len({p[:2] for p in self.minimal if p[2] == lang}) >= 60
            assert len({p[:2] for p in self.paraphrases if p[2] == lang}) >= 30

    def test_minimal_pairs_refused_either_way(self, cosines: dict[tuple[str, str], float]) -> None:
        known = set(probe_pairs(self.known_wrong))
        for cached, query, lang, _ in self.minimal:
            pair = (cached, query)
            if pair in known:
                continue
            served = served_either_way(self.guard, pair, lang, cosines[pair], self.threshold)
            assert not served, pair

    def test_fixed_refused_with_the_reason(self, cosines: dict[tuple[str, str], float]) -> None:
        assert_refused_with_reasons(
            self.guard, self.fixed, cosines, self.threshold, either_side=True
        )

    def test_known_wrong_still_served(self, cosines: dict[tuple[str, str], float]) -> None:
        for cached, query, lang in self.known_wrong:
            pair = (cached, query)
            assert served_either_way(self.guard, pair, lang, cosines[pair], self.threshold), pair

    def test_paraphrases_served_both_ways(self, cosines: dict[tuple[str, str], float]) -> None:
        """The paraphrases served before the session stay served both ways round."""
        misses = set(probe_pairs(self.paraphrase_misses))
        served = [p for p in self.paraphrases if p[:2] not in misses]
        assert len(served) >= 40
        assert_served(self.guard, served, cosines, self.threshold, either_side=True)
