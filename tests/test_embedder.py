"""The default embedder and the LRU + batching wrapper, on the real model."""

from __future__ import annotations

import asyncio

import numpy as np

from yamabiko.embedders import CachedEmbedder, USEMultilingual


class CountingModel(USEMultilingual):
    """The real model, counting how many batches it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []

    def embed_sync(self, texts):
        self.batches.append(len(texts))
        return super().embed_sync(texts)


async def test_vectors_are_unit_length_and_deterministic(embedder):
    vectors = await embedder.embed(["空はなぜ青いのですか?", "Why is the sky blue?"])
    assert vectors.shape == (2, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    again = await CachedEmbedder(USEMultilingual()).embed(["空はなぜ青いのですか?"])
    assert np.allclose(again[0], vectors[0], atol=1e-6)


async def test_concurrent_calls_are_batched_and_repeats_come_from_the_lru():
    model = CountingModel()
    embedder = CachedEmbedder(model)
    await embedder.embed(["warm up"])
    texts = [f"Question number {i}: what is the capital of country {i}?" for i in range(24)]
    results = await asyncio.gather(*(embedder.embed([t]) for t in texts))
    assert len(model.batches) - 1 < len(texts)  # coalesced into fewer model calls
    assert sum(model.batches) == len(texts) + 1
    direct = model.embed_sync(texts[:1])[0]
    assert np.allclose(results[0][0], direct / np.linalg.norm(direct), atol=1e-5)
    before = len(model.batches)
    await embedder.embed([texts[3]])
    assert len(model.batches) == before and embedder.lru_hits >= 1


async def test_a_failing_model_fails_every_waiter_and_recovers():
    class Flaky(USEMultilingual):
        fail = True

        def embed_sync(self, texts):
            if self.fail:
                raise RuntimeError("model crashed")
            return super().embed_sync(texts)

    model = Flaky()
    embedder = CachedEmbedder(model)
    outcomes = await asyncio.gather(
        *(embedder.embed([f"text {i}"]) for i in range(3)), return_exceptions=True
    )
    assert all(isinstance(o, RuntimeError) for o in outcomes)
    model.fail = False
    assert (await embedder.embed(["text 1"])).shape == (1, 512)
