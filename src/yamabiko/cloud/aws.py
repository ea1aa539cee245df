"""Signing requests to AWS (Bedrock Runtime) with botocore's SigV4 signer.

Credentials come from the standard AWS chain (environment, shared config/credentials files
and profiles, SSO, container and instance roles) or are given explicitly. They are resolved
once, in a worker thread (the chain may probe the instance metadata service), kept only in
botocore's credential object, and never stored in the cache, logged or put in an error message.
Needs botocore (``pip install 'yamabiko[bedrock]'``).
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Mapping
from typing import Any

from ..errors import ConfigError


def default_region(region: str | None = None, profile: str | None = None) -> str | None:
    """The explicit region, else ``AWS_REGION`` / ``AWS_DEFAULT_REGION`` / the profile's."""
    if region:
        return region
    env = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if env:
        return env
    try:
        import botocore.session
    except ImportError:
        return None
    return botocore.session.Session(profile=profile).get_config_variable("region")


def bedrock_runtime_url(region: str | None) -> str:
    """The regional Bedrock Runtime endpoint, ``https://bedrock-runtime.{region}.amazonaws.com``."""
    if not region:
        raise ConfigError(
            "no AWS region for Bedrock: set AWS_REGION (or AWS_DEFAULT_REGION, a profile "
            "region, or region = '...' in the config), or give the endpoint URL explicitly "
            "(--bedrock-url / bedrock_url)."
        )
    return f"https://bedrock-runtime.{region}.amazonaws.com"


class SigV4Signer:
    """Signs requests for one AWS service and region (``bedrock`` for Bedrock Runtime).

    Args:
        region: the signing region (default: :func:`default_region`).
        service: the signing name, ``bedrock`` for Bedrock Runtime.
        profile: a named profile of the shared config files.
        access_key_id, secret_access_key, session_token: explicit credentials instead of the
            chain (e.g. from the config file); never logged.
    """

    def __init__(
        self,
        region: str | None = None,
        service: str = "bedrock",
        *,
        profile: str | None = None,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
    ) -> None:
        try:
            import botocore  # noqa: F401
        except ImportError as exc:
            raise ConfigError(
                f"signing AWS requests needs botocore: pip install 'yamabiko[bedrock]' ({exc})."
            ) from exc
        if bool(access_key_id) != bool(secret_access_key):
            raise ConfigError(
                "give both access_key_id and secret_access_key, or neither (to use the "
                "standard AWS credential chain)."
            )
        self.service = service
        self.profile = profile
        self.region = default_region(region, profile)
        self._explicit = (access_key_id, secret_access_key, session_token)
        self._credentials: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never shows credentials
        return f"SigV4Signer(service={self.service!r}, region={self.region!r})"

    def _resolve(self) -> Any:
        with self._lock:
            if self._credentials is None:
                key, secret, token = self._explicit
                if key:
                    from botocore.credentials import Credentials

                    self._credentials = Credentials(key, secret, token)
                else:
                    import botocore.session
                    from botocore.exceptions import BotoCoreError

                    try:
                        session = botocore.session.Session(profile=self.profile)
                        self._credentials = session.get_credentials()
                    except BotoCoreError as exc:
                        raise ConfigError(
                            f"the AWS credentials cannot be loaded ({type(exc).__name__}: "
                            f"{exc}); check the profile and the shared config files."
                        ) from None
                if self._credentials is None:
                    raise ConfigError(
                        "no AWS credentials found to sign Bedrock requests: set "
                        "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, use a profile "
                        "(AWS_PROFILE) or a role, or configure access_key_id / "
                        "secret_access_key."
                    )
            return self._credentials

    async def ready(self) -> None:
        """Resolve the credentials now, off the event loop (the chain may do network I/O)."""
        if self._credentials is None:
            await asyncio.to_thread(self._resolve)

    def sign(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes
    ) -> dict[str, str]:
        """The headers to send: ``headers`` plus ``X-Amz-Date``, ``Authorization`` (and
        ``X-Amz-Security-Token`` for temporary credentials). Raises ConfigError without
        credentials or region."""
        from botocore.auth import SigV4Auth
        from botocore.awsrequest import AWSRequest

        if not self.region:
            raise ConfigError(
                "no AWS region to sign with: set AWS_REGION or region = '...' in the config."
            )
        credentials = self._resolve().get_frozen_credentials()
        request = AWSRequest(method=method, url=url, data=body, headers=dict(headers))
        SigV4Auth(credentials, self.service, self.region).add_auth(request)
        return dict(request.headers.items())
