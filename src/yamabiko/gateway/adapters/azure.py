"""Azure OpenAI: ``POST /openai/deployments/{deployment}/chat/completions?api-version=...``.

The Chat Completions wire format with the model named by the deployment in the path; its
upstream is your resource (``[gateway.upstreams] azure = "https://NAME.openai.azure.com"``).
Azure's ``api-key`` header is a credential like ``Authorization``: forwarded, never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .base import Match, Parsed, Route
from .fields import require_dict
from .openai import OpenAIAdapter


class AzureOpenAIAdapter(OpenAIAdapter):
    """Azure OpenAI chat completions (see the module docstring)."""

    api = "azure"
    routes = (Route("/openai/deployments/{deployment}/chat/completions"),)
    default_upstream = ""  # the resource's origin must be configured

    def parse(self, body: Any, match: Match) -> Parsed:
        body = require_dict(body, "the request body")
        deployment = match.params.get("deployment", "")
        parsed = super().parse({"model": deployment, **body}, match)
        parsed.context["deployment"] = deployment
        return parsed

    def claims(self, path: str, headers: Mapping[str, str]) -> bool:
        return path.startswith("/openai/")
