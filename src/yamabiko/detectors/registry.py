"""The built-in detectors by name, and :func:`find_sensitive`, which runs a set of them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .base import Detector, PatternDetector, count_digits, fold
from .contact import contact_detectors
from .finance import finance_detectors
from .identity import identity_detectors
from .national import national_detector
from .network import network_detectors
from .personal import personal_detectors
from .secrets import secret_detectors


def builtin_detectors() -> dict[str, Detector]:
    """A fresh dict of every built-in detector, in the order they are tried."""
    secrets = secret_detectors()
    email, phone, address = contact_detectors()
    card, iban, bank_account = finance_detectors()
    my_number, *identities = identity_detectors()
    detectors: list[PatternDetector] = [
        *secrets, email, card, my_number, iban, *identities, national_detector(), bank_account,
        phone, address,
        *personal_detectors(), *network_detectors(),
    ]  # fmt: skip
    return {d.name: d for d in detectors}


#: Names of the built-in detectors, in the order they are tried.
BUILTIN_DETECTOR_NAMES: tuple[str, ...] = tuple(builtin_detectors())


def find_sensitive(texts: Sequence[str], detectors: Mapping[str, Detector]) -> str | None:
    """Name of the first detector that matches any of ``texts``, else None.

    Each text is folded once; built-in detectors reuse the folded text, plug-ins get the text
    as given.
    """
    folded = [fold(text) for text in texts]
    digits = [count_digits(text) for text in folded]
    for name, detector in detectors.items():
        if isinstance(detector, PatternDetector):
            if any(map(detector.match_folded, folded, digits)):
                return name
        elif any(detector(text) for text in texts):
            return name
    return None
