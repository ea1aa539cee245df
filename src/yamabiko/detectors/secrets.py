"""Credentials: private keys, JSON Web Tokens, bearer tokens, well-known API key formats, bare
cloud secrets next to a key name, and passwords or PINs given in a sentence."""

from __future__ import annotations

import base64
import binascii
import json
import re

from .base import AnyOf, PatternDetector, near, words_hint


def _jwt(match: re.Match[str]) -> bool:
    header = match.group(1)
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and "alg" in decoded


_PLACEHOLDERS = frozenset(
    {"null", "none", "true", "false", "password", "changeme", "example", "secret", "xxxxxxxx",
     "********", "12345678", "123456", "1234", "abcd1234", "password123", "qwerty"}
)  # fmt: skip


def _secret_value(match: re.Match[str]) -> bool:
    """An assigned secret must look like one: letters and digits, not a word or a template."""
    value = match.group("value")
    if value.lower() in _PLACEHOLDERS:
        return False
    if value.startswith(("$", "{", "<", "%")):  # $ENV, {{template}}, <placeholder>
        return False
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _bearer(match: re.Match[str]) -> bool:
    token = match.group("token")
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


_PRIVATE_KEY = r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
_JWT = r"(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,})\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}"
_BEARER = r"(?<![A-Za-z])[Bb]earer\s+(?P<token>[A-Za-z0-9._~+/-]{20,}=*)"
_API_KEY = (
    r"(?<![A-Za-z0-9])(?:"
    r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA)[A-Z0-9]{16}"  # AWS key id
    r"|sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"  # OpenAI / Anthropic
    r"|(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}"  # GitHub
    r"|xox[abposr]-[A-Za-z0-9-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z_-]{35}"  # Google
    r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"  # Stripe secret / restricted
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|glpat-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{8,}"  # webhooks
    r"|https://discord(?:app)?\.com/api/webhooks/[0-9]+/[A-Za-z0-9_-]{20,}"
    r")(?![A-Za-z0-9])"
)
_SECRET_ASSIGNMENT = (
    r"(?i)(?<![a-z])(?:api[_-]?key|apikey|secret[_-]?key|client[_-]?secret|access[_-]?token"
    r"|auth[_-]?token|aws_secret_access_key|passw(?:or)?d|pwd)[\"']?\s*[:=]\s*[\"']?"
    r"(?P<value>[^\s\"',;]{8,})"
)

#: A token of 16+ key characters: every known key format has one.
_LONG_TOKEN = re.compile(r"[A-Za-z0-9_\-]{16}")


def _not_an_example(match: re.Match[str]) -> bool:
    """AWS documents its key formats with keys that end in EXAMPLE (AKIAIOSFODNN7EXAMPLE)."""
    return "EXAMPLE" not in match.group()


class _ApiKeyDetector(PatternDetector):
    """Known key formats, or a secret-looking value assigned to a secret-looking name."""

    def __init__(self) -> None:
        super().__init__("api_key", _API_KEY)
        self.assigned = re.compile(_SECRET_ASSIGNMENT)

    def match_folded(self, text: str, digits: int | None = None) -> bool:
        if _LONG_TOKEN.search(text) is not None and any(
            map(_not_an_example, self.regex.finditer(text))
        ):
            return True
        if "=" not in text and ":" not in text:
            return False
        return any(_secret_value(m) for m in self.assigned.finditer(text))


# -- bare cloud secrets: a random-looking token of 30-100 characters near a key name -----------

_KEY_NAMES = re.compile(
    r"(?ai)aws|secret|access[ _-]?key|api[ _-]?key|private[ _-]?key|token|credential|signing"
    r"|account[ _-]?key|client[ _-]?secret|azure|gcp"
    r"|シークレット|秘密鍵|アクセスキー|トークン|認証情報"
)
_KEY_HINT = words_hint(
    ("aws", "secret", "key", "token", "credential", "signing", "azure", "gcp", "シークレット",
     "秘密鍵", "アクセスキー", "トークン", "認証情報")
)  # fmt: skip
_BARE_SECRET = r"(?<![A-Za-z0-9/+_\-])[A-Za-z0-9/+_\-]{30,100}={0,2}(?![A-Za-z0-9/+_\-=])"


def _random_looking(token: str) -> bool:
    """Upper and lower case letters and digits, and no long word-like run: a secret, not a
    SHA (hex only), a path or an identifier."""
    if not (any(c.isupper() for c in token) and any(c.islower() for c in token)):
        return False
    if sum(c.isdigit() for c in token) < 2:
        return False
    # identifiers and sentences_glued_together have long lowercase runs
    return max((len(r) for r in re.findall(r"[a-z]+", token)), default=0) < 12


# A hex token (Twilio, Datadog, Mailgun …) right after a key name; a hash named as one passes
_HEX_SECRET = r"(?<![A-Za-z0-9])[0-9a-fA-F]{32,64}(?![A-Za-z0-9])"
_HASH_WORDS = re.compile(
    r"(?ai)sha|hash|commit|checksum|digest|md5|\bgit\b|uuid|etag|fingerprint|blob|image|docker"
    r"|ハッシュ|コミット"
)


def _hex_secret(match: re.Match[str]) -> bool:
    return near(match, _KEY_NAMES, 40, 4) and not near(match, _HASH_WORDS, 60, 20)


def _bare_secret(match: re.Match[str]) -> bool:
    return (
        _not_an_example(match)
        and _random_looking(match.group().rstrip("="))
        and near(match, _KEY_NAMES, 60, 10)
    )


# -- passwords and PINs given in a sentence -----------------------------------------------------

_PASSWORD = (
    r"(?ai)(?:password|passcode|passphrase|\bpin(?:\s+(?:code|number))?|\bpwd?\b|パスワード|暗証番号"
    r"|パスコード)"
    r"(?:\s+(?:is|was|will be|=|:)\s+|\s*(?:は|[:：=]|を)\s*)"
    r"(?P<quote>[\"'「『“]?)(?P<value>[\x21-\x7e]{4,64})"
)
_PASSWORD_HINT = words_hint(("password", "passcode", "passphrase", "pin", "pw", "パスワード",
                             "暗証番号", "パスコード"))  # fmt: skip


def _password(match: re.Match[str]) -> bool:
    value = match.group("value").strip("\"'.,;:!?)」』”")
    if len(value) < 4 or value.lower() in _PLACEHOLDERS or value.startswith(("$", "{", "<", "%")):
        return False
    if match.group("quote"):
        return len(value) >= 6 or any(c.isdigit() for c in value)
    has_digit = any(c.isdigit() for c in value)
    has_symbol = any(not c.isalnum() for c in value)
    mixed = any(c.isupper() for c in value[1:]) and any(c.islower() for c in value)
    return has_digit or has_symbol or mixed


def secret_detectors() -> list[PatternDetector]:
    """The credential detectors, in the order they are tried."""
    return [
        PatternDetector("private_key", _PRIVATE_KEY, hint=lambda t: "-----BEGIN" in t),
        PatternDetector("jwt", _JWT, _jwt, hint=lambda t: "eyJ" in t),
        PatternDetector("bearer_token", _BEARER, _bearer, hint=lambda t: "earer" in t),
        _ApiKeyDetector(),
        AnyOf(
            "cloud_secret",
            [
                PatternDetector(
                    "cloud_secret", _BARE_SECRET, _bare_secret, hint=_KEY_HINT, min_digits=2
                ),
                PatternDetector(
                    "cloud_secret", _HEX_SECRET, _hex_secret, hint=_KEY_HINT, min_digits=8
                ),
            ],
        ),
        PatternDetector("password", _PASSWORD, _password, hint=_PASSWORD_HINT),
    ]
