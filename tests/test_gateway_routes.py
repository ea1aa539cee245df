"""The gateway's route table: adapters declare their routes; one line registers an API."""

from __future__ import annotations

from yamabiko.config.gateway import gateway_settings
from yamabiko.gateway.adapters import RouteTable, adapter_classes
from yamabiko.gateway.adapters.base import Adapter, Route
from yamabiko.gateway.adapters.gemini import GeminiAdapter
from yamabiko.gateway.adapters.jsonpath import JSONPathAdapter
from yamabiko.gateway.adapters.openai import OpenAIAdapter


def table(settings=None):
    settings = settings or gateway_settings()
    routes = RouteTable(lambda a: settings.upstream_url(a.api, a.default_upstream))
    for adapter_class in adapter_classes():
        routes.add(adapter_class())
    return routes


def test_exact_and_template_routes_with_parameters():
    routes = table()
    openai = routes.match("POST", "/v1/chat/completions", {})
    assert isinstance(openai.adapter, OpenAIAdapter)
    assert openai.upstream == "https://api.openai.com"
    gemini = routes.match("POST", "/v1beta/models/gemini-2.0-flash:streamGenerateContent",
                          {"alt": "sse"})  # fmt: skip
    assert isinstance(gemini.adapter, GeminiAdapter)
    assert gemini.params == {"model": "gemini-2.0-flash", "action": "streamGenerateContent"}
    assert gemini.query == {"alt": "sse"}
    assert routes.match("POST", "/v1beta/models/gemini-2.0-flash:countTokens", {}) is None
    assert routes.match("GET", "/v1/chat/completions", {}) is None


def test_passthrough_goes_to_the_adapter_that_claims_it():
    routes = table()
    assert routes.claimant("/v1/models", {"anthropic-version": "2023-06-01"})[0].api == "anthropic"
    assert routes.claimant("/v1beta/models", {})[0].api == "gemini"
    assert routes.claimant("/v1/embeddings", {})[0].api == "openai"


def test_upstreams_come_from_settings_per_api():
    settings = gateway_settings(
        {"upstreams": {"openai": "http://127.0.0.1:9"}, "gemini_url": "http://127.0.0.1:8"}
    )
    routes = table(settings)
    assert routes.match("POST", "/v1/chat/completions", {}).upstream == "http://127.0.0.1:9"
    gemini = routes.match("POST", "/v1/models/m:generateContent", {})
    assert gemini.upstream == "http://127.0.0.1:8"
    env = gateway_settings(env={"upstreams": "bedrock=http://127.0.0.1:7"})
    assert env.upstream_url("bedrock") == "http://127.0.0.1:7"


def test_a_new_api_is_one_subclass_and_one_registration():
    class EchoAdapter(Adapter):
        api = "echo"
        routes = (Route("/echo/{model}/ask"),)
        default_upstream = "http://127.0.0.1:5"

    routes = table()
    routes.add(EchoAdapter())
    routes.add(JSONPathAdapter("search", "$.q", "/search"), "http://127.0.0.1:6")
    echo = routes.match("POST", "/echo/small/ask", {})
    assert echo.adapter.api == "echo" and echo.params == {"model": "small"}
    assert echo.upstream == "http://127.0.0.1:5"
    search = routes.match("POST", "/search", {})
    assert search.adapter.api == "json:search" and search.upstream == "http://127.0.0.1:6"


class PluginAdapter(OpenAIAdapter):
    """An API adapter a plugin would ship: the OpenAI format on a path of its own."""

    api = "plugin"
    routes = (Route("/plugin/{model}/ask"),)


def test_a_registered_adapter_is_served_after_the_built_in_ones():
    from yamabiko import registry

    built_in = adapter_classes()
    registry.register_adapter("plugin", "test_gateway_routes:PluginAdapter")
    try:
        classes = adapter_classes()
        assert classes[:-1] == built_in and classes[-1].__name__ == "PluginAdapter"
        found = table().match("POST", "/plugin/m1/ask", {})
        assert found is not None and found.adapter.api == "plugin"
        assert found.params == {"model": "m1"}
    finally:
        del registry.ADAPTERS["plugin"]
    assert table().match("POST", "/plugin/m1/ask", {}) is None
