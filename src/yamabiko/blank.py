"""Whether a text is blank: the one test of an empty prompt, for the library and the gateway.

A text is blank when every character is white space or an invisible format character (Unicode
category ``Cf``: a zero-width space, a zero-width joiner, a byte-order mark, a bidirectional
mark). ``str.strip`` keeps the format characters, so a prompt of a zero-width space alone used to
be embedded and cached like a question; now the library refuses it as it refuses ``""``
(``InvalidInputError``) and every gateway API passes it through (``empty-prompt``).
"""

from __future__ import annotations

import unicodedata


def blank(text: str) -> bool:
    """True when ``text`` holds nothing but white space and format characters (or nothing)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)
