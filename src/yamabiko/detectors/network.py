"""Network addresses: IPv4 and IPv6 (parsed by :mod:`ipaddress`)."""

from __future__ import annotations

import ipaddress
import re

from .base import PatternDetector

_IPV4 = r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9])"
_IPV6 = r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])"


#: RFC 1918 networks: every home router's 192.168.0.1, shared by millions, names nobody
_PRIVATE_V4 = tuple(
    ipaddress.IPv4Network(net) for net in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)


def _ipv4(match: re.Match[str]) -> bool:
    text = match.group()
    # Four single digits (1.9.2.4) are version and section numbers far more often than hosts;
    # the hosts written that way (1.1.1.1, 8.8.8.8) are public resolvers, not personal data.
    if len(text) == 7:
        return False
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    if address.is_unspecified or address.is_loopback or address.is_link_local:
        return False
    return not any(address in net for net in _PRIVATE_V4)


def _ipv6(match: re.Match[str]) -> bool:
    text = match.group()
    groups = [g for g in text.split(":") if g]
    if len(groups) < 2 or not any(len(g) >= 3 for g in groups):
        return False  # "a::b", "c::d" are C++ scopes and ratios, not addresses
    if not any(ch.isdigit() for ch in text):
        return False
    try:
        address = ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return not (address.is_loopback or address.is_link_local or address.is_unspecified)


def network_detectors() -> list[PatternDetector]:
    """The IP address detectors."""
    return [
        PatternDetector("ipv4", _IPV4, _ipv4, hint=lambda t: t.count(".") >= 3),
        PatternDetector("ipv6", _IPV6, _ipv6, hint=lambda t: t.count(":") >= 2),
    ]
