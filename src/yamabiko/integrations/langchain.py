"""A LangChain LLM cache backed by yamabiko: ``set_llm_cache(YamabikoCache())``.

LangChain hands a cache the whole prompt (for chat models, the message list serialised as JSON)
and an ``llm_string`` that describes the model and its parameters. This adapter splits them the
yamabiko way: the last human message is the text compared by meaning; the earlier messages
(system prompt, history) and the ``llm_string`` go into the exact context, so the same question
under another system prompt, conversation or model never hits.

Generations that carry tool calls are not stored (their answer is an action, not text).
Needs ``pip install langchain-core``.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

from langchain_core._api import LangChainBetaWarning
from langchain_core.caches import RETURN_VAL_TYPE, BaseCache
from langchain_core.load import dumps
from langchain_core.load import loads as _lc_loads
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, Generation, GenerationChunk

from ..cache import SemanticCache
from ..errors import YamabikoError

log = logging.getLogger("yamabiko")

# Only these classes are ever revived from a cached value (a shared store is not trusted input).
_ANSWER_CLASSES = [
    Generation, GenerationChunk, ChatGeneration, ChatGenerationChunk, AIMessage, AIMessageChunk
]  # fmt: skip


def loads(value: str, **kwargs: Any) -> Any:
    """``langchain_core.load.loads`` without its LangChainBetaWarning: the warning is about
    LangChain's API, which this module pins, not something a user of the cache can act on."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LangChainBetaWarning)
        return _lc_loads(value, **kwargs)


def _revive(value: str) -> RETURN_VAL_TYPE:
    return loads(value, allowed_objects=_ANSWER_CLASSES)


def split_prompt(prompt: str, llm_string: str) -> tuple[str, dict[str, Any]]:
    """The text to embed and the exact context for a LangChain ``(prompt, llm_string)``."""
    context: dict[str, Any] = {"llm": llm_string}
    messages = _as_messages(prompt)
    if messages is None:
        return prompt, context
    last_human = max(
        (i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=None
    )
    if last_human is None or not isinstance(messages[last_human].content, str):
        return prompt, context  # no plain-text human turn: the whole prompt is the text
    earlier = [
        {"type": m.type, "content": m.content} for i, m in enumerate(messages) if i != last_human
    ]
    if earlier:
        context["history"] = earlier
    return messages[last_human].content, context


def _as_messages(prompt: str) -> list[BaseMessage] | None:
    if not prompt.startswith("[{"):
        return None
    try:
        parsed = loads(prompt, allowed_objects="messages")
    except (ValueError, TypeError, KeyError, json.JSONDecodeError):
        return None
    if isinstance(parsed, list) and parsed and all(isinstance(m, BaseMessage) for m in parsed):
        return parsed
    return None


def _has_tool_calls(generations: Sequence[Any]) -> bool:
    return any(getattr(getattr(g, "message", None), "tool_calls", None) for g in generations)


class YamabikoCache(BaseCache):
    """LangChain cache on a :class:`~yamabiko.SemanticCache`.

    Args:
        cache: the cache to use; by default ``SemanticCache(**options)``.
        namespace: tenant namespace put into every context.
    """

    def __init__(
        self, cache: SemanticCache | None = None, *, namespace: str | None = None, **options: Any
    ) -> None:
        self.cache = cache if cache is not None else SemanticCache(**options)
        self.namespace = namespace

    def _context(self, prompt: str, llm_string: str) -> tuple[str, Mapping[str, Any]]:
        text, context = split_prompt(prompt, llm_string)
        if self.namespace:
            context["namespace"] = self.namespace
        return text, context

    def lookup(self, prompt: str, llm_string: str) -> RETURN_VAL_TYPE | None:
        """The cached generations of a prompt that means the same (same model setup), or None."""
        text, context = self._context(prompt, llm_string)
        hit = self.cache.lookup(text, context=context)
        return _revive(hit.response) if hit is not None else None

    def update(self, prompt: str, llm_string: str, return_val: RETURN_VAL_TYPE) -> None:
        """Store the generations (not tool calls); a store failure is logged, not raised."""
        if _has_tool_calls(return_val):
            return
        text, context = self._context(prompt, llm_string)
        try:
            self.cache.store(text, dumps(list(return_val)), context=context)
        except (YamabikoError, OSError) as exc:
            log.info("yamabiko did not store the LangChain answer: %s", exc)

    def clear(self, **kwargs: Any) -> None:
        """Remove this cache's entries: its namespace if it has one, else everything."""
        if self.namespace:
            self.cache.invalidate(namespace=self.namespace)
        else:
            self.cache.invalidate(everything=True)

    async def alookup(self, prompt: str, llm_string: str) -> RETURN_VAL_TYPE | None:
        """Async :meth:`lookup` (runs on the cache's own event loop)."""
        text, context = self._context(prompt, llm_string)
        hit = await self.cache.submit(self.cache.aio.lookup(text, context=context))
        return _revive(hit.response) if hit is not None else None

    async def aupdate(self, prompt: str, llm_string: str, return_val: RETURN_VAL_TYPE) -> None:
        """Async :meth:`update` (runs on the cache's own event loop)."""
        if _has_tool_calls(return_val):
            return
        text, context = self._context(prompt, llm_string)
        try:
            await self.cache.submit(
                self.cache.aio.store(text, dumps(list(return_val)), context=context)
            )
        except (YamabikoError, OSError) as exc:
            log.info("yamabiko did not store the LangChain answer: %s", exc)
