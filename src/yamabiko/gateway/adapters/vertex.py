"""Gemini on Vertex AI: ``/v1/projects/{p}/locations/{l}/publishers/google/models/{m}:
generateContent`` and ``:streamGenerateContent`` (also ``v1beta1``), cached like the Gemini API.

The body is the Gemini format (the Apigee reference sends
``{"contents":[{"role":"user","parts":[{"text":"Why is the sky blue?"}]}]}``); the client's
Google access token is passed through to Vertex AI untouched and never stored. The upstream is
the location's endpoint (``https://{location}-aiplatform.googleapis.com``) unless
``vertex_url`` / ``[gateway.upstreams] vertex`` says otherwise. Project and location are not
part of the exact context (the same model answers the same), the gateway key's namespace is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ...cloud.google import vertex_origin
from .base import Match, Parsed, Route
from .gemini import GeminiAdapter

_ACTIONS = (("action", ("generateContent", "streamGenerateContent")),)
_PATH = (
    "/{version}/projects/{project}/locations/{location}/publishers/google/models/{model}:{action}"
)
_LOCATION = re.compile(r"^/v1(?:beta1)?/projects/[^/]+/locations/([a-z0-9-]+)/")


class VertexAdapter(GeminiAdapter):
    """Gemini on Vertex AI (see the module docstring)."""

    api = "vertex"
    routes = (Route(_PATH, choices=(("version", ("v1", "v1beta1")), *_ACTIONS)),)
    default_upstream = "https://us-central1-aiplatform.googleapis.com"

    def claims(self, path: str, headers: Mapping[str, str]) -> bool:
        return _LOCATION.match(path) is not None

    def upstream_for(self, params: Mapping[str, str]) -> str | None:
        location = params.get("location")
        if location is None and "path" in params:
            found = _LOCATION.match(params["path"])
            location = found.group(1) if found else None
        return vertex_origin(location) if location else None

    def parse(self, body: Any, match: Match) -> Parsed:
        parsed = super().parse(body, match)
        parsed.context["api"] = self.api
        return parsed
