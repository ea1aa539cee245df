"""The LangChain cache adapter with LangChain's own chat model and the real cache."""

from __future__ import annotations

from langchain_core.globals import set_llm_cache
from langchain_core.language_models import FakeListChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration

from yamabiko import SemanticCache
from yamabiko.integrations.langchain import YamabikoCache, split_prompt


def test_chat_model_answers_paraphrases_from_the_cache(tmp_path, embedder):
    cache = YamabikoCache(SemanticCache(embedder, path=tmp_path / "lc.sqlite3"))
    set_llm_cache(cache)
    try:
        model = FakeListChatModel(responses=["Rayleigh scattering.", "second call", "third call"])
        system = SystemMessage("Answer in one sentence.")
        first = model.invoke([system, HumanMessage("Why is the sky blue?")])
        again = model.invoke([system, HumanMessage("Why is the sky blue in colour?")])
        assert first.content == again.content == "Rayleigh scattering."
        other_system = model.invoke(
            [SystemMessage("Be verbose."), HumanMessage("Why is the sky blue?")]
        )
        assert other_system.content == "second call"  # another system prompt never hits
        assert cache.cache.stats().hits == 1
        cache.clear()
        assert cache.cache.stats().entries == 0
    finally:
        set_llm_cache(None)
        cache.cache.close()


async def test_async_path_and_tool_calls_are_not_stored(tmp_path, embedder):
    cache = YamabikoCache(SemanticCache(embedder, path=tmp_path / "lc.sqlite3"), namespace="t1")
    try:
        tool = ChatGeneration(
            message=AIMessage("", tool_calls=[{"name": "f", "args": {}, "id": "1"}])
        )
        await cache.aupdate("What time is it?", "llm-a", [tool])
        assert await cache.alookup("What time is it?", "llm-a") is None
        text = ChatGeneration(message=AIMessage("It is a cache."))
        await cache.aupdate("What is yamabiko?", "llm-a", [text])
        found = await cache.alookup("What's yamabiko?", "llm-a")
        assert found is not None and found[0].message.content == "It is a cache."
        assert await cache.alookup("What's yamabiko?", "llm-b") is None
    finally:
        cache.cache.close()


def test_split_prompt_embeds_only_the_last_human_turn():
    from langchain_core.load import dumps

    prompt = dumps(
        [SystemMessage("sys"), HumanMessage("first"), AIMessage("ok"), HumanMessage("last?")]
    )
    text, context = split_prompt(prompt, "llm")
    assert text == "last?"
    assert context["llm"] == "llm"
    assert [m["content"] for m in context["history"]] == ["sys", "first", "ok"]
    assert split_prompt("plain completion prompt", "llm") == (
        "plain completion prompt",
        {"llm": "llm"},
    )
