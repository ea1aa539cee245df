"""Any JSON API through a configured route: the prompt is picked by a JSONPath selector (the
reference design's ``UserPromptSource``) and the response body is passed through and replayed
byte for byte.

Selectors are the common JSONPath subset: ``$.a.b``, ``$['a b']``, ``$.items[0]``,
``$.messages[-1].content``.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from ...blank import blank
from ...errors import ConfigError
from ..asgi import dumps
from .base import Adapter, Answer, BadRequest, Match, Parsed, Route

_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_\-]*)|\[(-?\d+)\]|\['([^']*)'\]|\[\"([^\"]*)\"\]")


def compile_path(selector: str, where: str = "prompt") -> list[str | int]:
    """Parse a JSONPath selector into steps (keys and indexes); ConfigError if unsupported."""
    if not isinstance(selector, str) or not selector.startswith("$"):
        raise ConfigError(
            f"{where} is {selector!r}; it must be a JSONPath starting with '$', "
            "e.g. '$.messages[-1].content' or \"$['input']['text']\"."
        )
    steps: list[str | int] = []
    pos = 1
    while pos < len(selector):
        match = _STEP.match(selector, pos)
        if match is None:
            raise ConfigError(
                f"{where} {selector!r} is not understood at {selector[pos:]!r}; supported: "
                ".key, ['key'], [index] (negative counts from the end)."
            )
        key, index, quoted, dquoted = match.groups()
        steps.append(int(index) if index is not None else (key or quoted or dquoted or ""))
        pos = match.end()
    if not steps:
        raise ConfigError(f"{where} {selector!r} selects the whole body; select a text field.")
    return steps


def select(body: Any, steps: list[str | int]) -> Any:
    """The value at ``steps`` in ``body``; KeyError when it is not there."""
    node = body
    for step in steps:
        if isinstance(step, int):
            if not isinstance(node, list) or not -len(node) <= step < len(node):
                raise KeyError(step)
            node = node[step]
        else:
            if not isinstance(node, dict) or step not in node:
                raise KeyError(step)
            node = node[step]
    return node


def _without(body: Any, steps: list[str | int]) -> Any:
    """A copy of ``body`` with the selected value replaced by null."""
    out = copy.deepcopy(body)
    parent = select(out, steps[:-1]) if len(steps) > 1 else out
    parent[steps[-1]] = None
    return out


#: The finish of an answer that fails its route's success condition (not stored, reason
#: ``finish:unsuccessful``).
UNSUCCESSFUL = "unsuccessful"


class JSONPathAdapter(Adapter):
    """One configured route: ``name``, the prompt selector, its ``path`` and ``upstream``; the
    response body is passed through and replayed byte for byte (streams are not cached).

    ``success`` is a JSONPath into the response that must hold a value (not null or false) for
    the answer to be stored; without it, a JSON object answer with a top-level ``error`` that
    is not null is not stored (many APIs answer errors with status 200)."""

    body_controls = False  # a custom API's "cache" field is its own

    def __init__(
        self,
        name: str,
        selector: str,
        path: str = "",
        upstream: str = "",
        success: str | None = None,
    ) -> None:
        self.name = name
        self.api = f"json:{name}"
        self.selector = selector
        self.steps = compile_path(selector, f"gateway.routes[{name}].prompt")
        self.success = success
        self.success_steps = (
            compile_path(success, f"gateway.routes[{name}].success") if success else None
        )
        self.routes = (Route(path),) if path else ()
        self.default_upstream = upstream

    def parse(self, body: Any, match: Match) -> Parsed:
        try:
            prompt = select(body, self.steps)
        except KeyError:
            raise BadRequest(
                f"this route reads the prompt at {self.selector}, which the request body does "
                "not have; send the prompt there."
            ) from None
        bypass = None
        if not isinstance(prompt, str):
            bypass = "non-text-content"
            prompt = ""
        elif blank(prompt):
            bypass = "empty-prompt"
        if isinstance(body, dict) and body.get("stream") is True:
            bypass = bypass or "stream"
        context = {"api": self.api, "request": _without(body, self.steps)}
        return Parsed(prompt, context, False, bypass, {})

    def answer(self, body: Any) -> Answer | None:
        return None  # the raw body is the answer: see read()

    def read(self, raw: bytes, content_type: str) -> Answer | None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
        finish = "stop" if self.succeeded(text) else UNSUCCESSFUL
        return Answer(text, finish, None, extra={"content_type": content_type})

    def succeeded(self, text: str) -> bool:
        """The route's success condition on a response body (see the class docstring)."""
        try:
            doc = json.loads(text)
        except ValueError:
            return self.success_steps is None  # not JSON: only a configured condition fails it
        if self.success_steps is None:
            return not (isinstance(doc, dict) and doc.get("error") is not None)
        try:
            value = select(doc, self.success_steps)
        except KeyError:
            return False
        return value is not None and value is not False

    def is_stream(self, content_type: str) -> bool:
        return False  # relayed, never assembled

    def render(self, answer: Answer, parsed: Parsed, entry_id: str) -> bytes:
        return answer.text.encode()

    def render_stream(self, answer: Answer, parsed: Parsed, entry_id: str) -> list[bytes]:
        return [answer.text.encode()]

    def content_type(self, answer: Answer, parsed: Parsed) -> str:
        return answer.extra.get("content_type") or "application/json"

    def error(self, status: int, message: str) -> bytes:
        return dumps({"error": {"code": status, "message": message}})
