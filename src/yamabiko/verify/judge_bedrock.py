"""The LLM judge's ``bedrock`` format: the Bedrock Runtime Converse API, signed with SigV4.

The judge's prompt goes as one user message to ``POST {url}/model/{modelId}/converse`` with
``inferenceConfig`` (``maxTokens``, temperature 0); the verdict is read from the reply's text
blocks (``output.message.content``) and the tokens from its ``usage`` (``inputTokens``,
``outputTokens``). Requests are signed by :class:`yamabiko.cloud.aws.SigV4Signer` — the signer
the gateway and the Bedrock embedders use — with credentials from the standard AWS chain
(environment, shared files and profiles, roles) unless given explicitly. Needs botocore
(``pip install 'yamabiko[bedrock]'``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..cloud.aws import SigV4Signer, bedrock_runtime_url, default_region
from ..errors import ConfigError

#: the keys of the judge's ``aws`` option (the same as the gateway's ``[gateway.aws]``)
AWS_KEYS = ("region", "profile", "access_key_id", "secret_access_key", "session_token")

log = logging.getLogger("yamabiko.verify")


def converse_url(url: str | None, aws: Mapping[str, str] | None = None) -> str:
    """``url``, or else the Bedrock Runtime endpoint of the judge's region (``aws["region"]``,
    ``AWS_REGION`` / ``AWS_DEFAULT_REGION`` or the profile's)."""
    if url:
        return url
    aws = aws or {}
    return bedrock_runtime_url(default_region(aws.get("region"), aws.get("profile")))


class BedrockConverse:
    """Builds, signs and reads the judge's Converse calls.

    Args:
        aws: ``region``, ``profile``, or explicit ``access_key_id`` / ``secret_access_key`` /
            ``session_token`` (default: the standard AWS chain and region). Credentials are
            kept only in botocore's credential object, never logged.
    """

    def __init__(self, aws: Mapping[str, str] | None = None) -> None:
        options = dict(aws or {})
        unknown = sorted(set(options) - set(AWS_KEYS))
        if unknown:
            raise ConfigError(
                f"judge aws options {unknown} are unknown; use {', '.join(AWS_KEYS)}."
            )
        region = options.pop("region", None)
        self.signer = SigV4Signer(region, **options)
        self._warned = False
        if not self.signer.region:
            raise ConfigError(
                "the bedrock judge has no AWS region: set region (aws={'region': ...} or "
                "region = '...' in [verify.judge]), AWS_REGION or a profile region."
            )

    def request(self, base: str, model: str, prompt: str, max_tokens: int) -> tuple[str, Any]:
        """``(url, JSON body)`` of one Converse call (the model id URL-encoded, as AWS wants)."""
        body = {
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0},
        }
        return f"{base}/model/{quote(model, safe='')}/converse", body

    async def sign(self, url: str, headers: Mapping[str, str], raw: bytes) -> dict[str, str]:
        """``headers`` with the SigV4 ones added (credentials resolved off the event loop).
        Without credentials: a warning, once (the judge then counts no verdict per call)."""
        try:
            await self.signer.ready()
            return self.signer.sign("POST", url, headers, raw)
        except ConfigError as exc:
            if not self._warned:
                self._warned = True
                log.warning("yamabiko bedrock judge: cannot sign, no verdicts: %s", exc)
            raise


def read_converse_reply(data: Any) -> tuple[str, int, int]:
    """``(text, input tokens, output tokens)`` of a Converse reply; raises KeyError /
    TypeError on a reply without ``output.message.content`` (which the judge counts as no
    verdict)."""
    content = data["output"]["message"]["content"]
    text = "".join(
        block["text"]
        for block in content
        if isinstance(block, dict) and isinstance(block.get("text"), str)
    )
    usage = data.get("usage") or {}
    return text, int(usage.get("inputTokens", 0)), int(usage.get("outputTokens", 0))
