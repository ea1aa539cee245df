"""Which language a prompt is written in, so that answers are not served across languages.

A user who asks in English expects English, so by default the prompt's language is part of the
exact context (``SemanticCache(language_in_context=False)`` turns that off). Detection must be
*stable* rather than fine-grained: two paraphrases of one question must get the same label, or
the cache loses the hit. It therefore works on scripts first and only splits the Latin script
when a language's common function words clearly outnumber English ones.

Labels: ``ja`` (any kana), ``ko`` (Hangul), ``zh`` (Han without kana), ``ru`` (Cyrillic),
``ar``, ``he``, ``el``, ``th``, ``hi`` (Devanagari), and for Latin script ``en`` unless
``es``, ``fr``, ``de``, ``pt``, ``it`` or ``nl`` wins; ``und`` when there are no letters.
"""

from __future__ import annotations

import re
import unicodedata

_SCRIPT_RANGES: tuple[tuple[str, int, int], ...] = (
    ("kana", 0x3040, 0x30FF),
    ("kana", 0x31F0, 0x31FF),
    ("kana", 0xFF66, 0xFF9F),
    ("han", 0x3400, 0x4DBF),
    ("han", 0x4E00, 0x9FFF),
    ("han", 0xF900, 0xFAFF),
    ("hangul", 0xAC00, 0xD7AF),
    ("hangul", 0x1100, 0x11FF),
    ("hangul", 0x3130, 0x318F),
    ("cyrillic", 0x0400, 0x04FF),
    ("arabic", 0x0600, 0x06FF),
    ("hebrew", 0x0590, 0x05FF),
    ("greek", 0x0370, 0x03FF),
    ("thai", 0x0E00, 0x0E7F),
    ("devanagari", 0x0900, 0x097F),
)
_SCRIPT_LANG = {
    "hangul": "ko",
    "cyrillic": "ru",
    "arabic": "ar",
    "hebrew": "he",
    "greek": "el",
    "thai": "th",
    "devanagari": "hi",
}

# Frequent function words that are rare in English text. A language needs at least two of
# them, and more than English's own, before a Latin-script prompt is labelled as it.
_FUNCTION_WORDS = {
    "en": "the a an is are was were do does did what why how when where which who of to in "
    "and or for with can should would i you my your it this that be",
    "es": "el la los las es son qué por porque cómo cuándo dónde cuál quién de del en y o "
    "para con puedo puede debo mi tu un una está están se",
    "fr": "le la les est sont que qu pourquoi comment quand où quel quelle qui de du des "
    "en et ou pour avec je tu mon ma un une est-ce ce",
    "de": "der die das ist sind was warum wie wann wo welche wer von zu in und oder für "
    "mit ich du mein ein eine kann nicht",
    "pt": "o a os as é são que por porque como quando onde qual quem de do da em e ou "
    "para com eu meu um uma não",
    "it": "il lo la gli le è sono che perché come quando dove quale chi di del della in "
    "e o per con io mio un una non",
    "nl": "de het een is zijn wat waarom hoe wanneer waar welke wie van te in en of voor "
    "met ik mijn niet",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
#: word -> the languages whose function words hold it (one dict lookup per token)
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _WORDS.items():
    for _word in _words:
        _LANGS_OF[_word] = (*_LANGS_OF.get(_word, ()), _lang)
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)


def _script_of(char: str) -> str | None:
    code = ord(char)
    for script, low, high in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    if char.isalpha() and "LATIN" in unicodedata.name(char, ""):
        return "latin"
    return None


_SCRIPT_RE = {
    script: re.compile("[" + "".join(f"\\u{low:04x}-\\u{high:04x}" for s, low, high in
                                      _SCRIPT_RANGES if s == script) + "]")
    for script in dict.fromkeys(s for s, _, _ in _SCRIPT_RANGES)
}  # fmt: skip
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """Return a short language label for ``text`` (see the module docstring)."""
    if text.isascii():  # the common case, without a per-character walk
        return _latin_language(text) if _ASCII_LETTER.search(text) else "und"
    counts: dict[str, int] = {}
    for script, pattern in _SCRIPT_RE.items():
        n = len(pattern.findall(text))
        if n:
            counts[script] = n
    latin = sum(1 for char in text if char.isalpha() and _script_of(char) == "latin")
    if latin:
        counts["latin"] = latin
    if not counts:
        return "und"
    if counts.get("kana"):
        return "ja"
    top = max(counts, key=lambda s: counts[s])
    if top == "han":
        return "zh"
    if top != "latin":
        return _SCRIPT_LANG[top]
    return _latin_language(text)


def _latin_language(text: str) -> str:
    scores = dict.fromkeys(_WORDS, 0)
    langs_of = _LANGS_OF.get
    for token in _TOKEN.findall(text):
        for lang in langs_of(token.lower(), ()):
            scores[lang] += 1
    english = scores.pop("en")
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] >= 2 and scores[best] > english + 1:
        return best
    return "en"
