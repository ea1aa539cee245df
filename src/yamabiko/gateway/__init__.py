"""The HTTP gateway: a caching proxy in front of LLM APIs (OpenAI, Anthropic, Gemini, any JSON API).

Applications point their SDK's base URL at the gateway; see ``docs/gateway.md``. This package's
``__init__`` stays light (no web-stack imports) so that ``yamabiko --help`` works without the
``[gateway]`` extra: import :func:`yamabiko.gateway.app.create_app` for the ASGI app.
"""
