"""Turn a prompt into the facts the guard compares: content words, numbers, negation, question
type and who-did-what-to-whom, for English, Japanese (with a morphological analyser) and a
language-neutral fallback for every other language.

Japanese uses SudachiPy with the ``core`` dictionary (both yamabiko dependencies). It was
chosen over fugashi + unidic-lite by measurement on the 3,000 sentences of JSTS: p50 0.026 ms /
p99 0.09 ms per sentence against 0.055 / 0.43 ms, and its normalised forms unify spelling
variants (ソファ/ソファー, 観る/見る) and numbers (１０万 → 100000). Without SudachiPy, Japanese
falls back to script runs (numbers and negation still work; content words are coarser).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from . import lexicon as lx

T = TypeVar("T")


@dataclass(frozen=True)
class Analysis:
    """What the guard knows about one text.

    ``content`` holds normalised content words (stems / lemmas) in order; ``strong`` the subset
    that names something specific (proper nouns, words with digits, katakana or Latin words in
    Japanese). ``roles`` maps a content word to its grammatical role (Japanese case particle, or
    ``subj``/``obj``/``from``/``to`` in English) for the swapped-roles check.
    """

    lang: str
    content: tuple[str, ...]
    strong: frozenset[str]
    numbers: tuple[float, ...]
    dates: frozenset[str]
    negations: int
    qtypes: frozenset[str]
    roles: tuple[tuple[str, str], ...] = ()
    passive: bool = False
    words: frozenset[str] = field(default_factory=frozenset)
    predicates: frozenset[str] = field(default_factory=frozenset)


# -- shared helpers ----------------------------------------------------------------------------

_NUM = re.compile(r"(?<![A-Za-z0-9.])[-+]?\d[\d,]*(?:\.\d+)?")
_EN_TOKEN = re.compile(
    r"[A-Za-z][A-Za-z'\-]*(?:\+\+|#(?![\w#]))?"  # words, and C++ / C# / F#
    r"|\d[\d,]*(?:\.\d+)?(?:[a-zA-Z%]+)?|[$€£¥%]"
)


def _to_number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _digit_numbers(text: str) -> list[float]:
    out = []
    for match in _NUM.finditer(text):
        value = _to_number(match.group())
        if value is not None:
            out.append(abs(value))
    return out


# -- English -----------------------------------------------------------------------------------


def stem_en(word: str) -> str:
    """A light English stemmer: inflections and common spelling variants map to one key."""
    w = word.lower().strip("'-")
    if w in lx.EN_IRREGULAR:
        return lx.EN_IRREGULAR[w]
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("our") and len(w) > 4:
        w = w[:-3] + "or"
    if w.endswith(("ise", "yse")) and len(w) > 4:
        w = w[:-2] + "ze"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


_EN_CONTRACTIONS = re.compile(r"(?i)\b(can)'?t\b|\b(\w+)n't\b|\bwon'?t\b")


def _expand_en(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(1):
            return "can not"
        if m.group(2):
            return f"{m.group(2)} not"
        return "will not"

    return _EN_CONTRACTIONS.sub(repl, text.replace("’", "'"))


def _split_non(token: str) -> tuple[str, ...]:
    head, dash, rest = token.partition("-")
    if dash and head.lower() == "non" and rest:
        return (head, rest)
    return (token,)


def _analyse_latin(text: str, lang: str) -> Analysis:
    english = lang == "en"
    expanded = _expand_en(text) if english else text
    tokens = _EN_TOKEN.findall(expanded)
    if english:  # "non-smoker" reads as "non smoker": a negation and the word it negates
        tokens = [part for t in tokens for part in _split_non(t)]
    lowers = [t.lower().strip("'") for t in tokens]
    negation_words = lx.EN_NEGATION if english else lx.OTHER_NEGATION.get(lang, frozenset())
    negations = sum(t in negation_words for t in lowers)
    numbers = _digit_numbers(expanded)
    dates: set[str] = set()
    content: list[str] = []
    strong: set[str] = set()
    sentence_start = True
    for raw, low in zip(tokens, lowers, strict=True):
        if low in negation_words:
            sentence_start = False
            continue
        if raw[0].isdigit() or raw in "$€£¥%":
            if raw[0].isdigit() and not _NUM.fullmatch(raw):
                unit = re.sub(r"^[\d,.]+", "", raw).lower()
                content.append(unit)  # "5km" -> unit "km" (the number is counted above)
            elif raw in "$€£¥%":
                content.append(raw)
            sentence_start = False
            continue
        if english and low in lx.EN_NUMBER_WORDS:
            numbers.append(float(lx.EN_NUMBER_WORDS[low]))
            sentence_start = False
            continue
        is_date = english and low in lx.EN_DATE_WORDS
        if is_date and (low not in lx.EN_AMBIGUOUS_DATE_WORDS or raw[0].isupper()):
            dates.add(low[:3])
            sentence_start = False
            continue
        if english and low in lx.EN_STOPWORDS:
            sentence_start = low in ("?", ".")
            continue
        key = stem_en(low) if english else low
        if not key:
            continue
        content.append(key)
        capital = raw[0].isupper() and not sentence_start and raw.lower() != "i"
        camel = any(c.isupper() for c in raw[1:])  # iPhone, eBay, macOS, PostgreSQL
        if capital or camel or any(c.isdigit() for c in raw) or raw[-1] in "+#":
            strong.add(key)
        sentence_start = False
    qtypes = _question_types_en(expanded) if english else frozenset()
    roles = _roles_en(lowers) if english else ()
    return Analysis(
        lang=lang,
        content=tuple(content),
        strong=frozenset(strong),
        numbers=tuple(sorted(numbers)),
        dates=frozenset(dates),
        negations=negations,
        qtypes=qtypes,
        roles=roles,
        words=frozenset(stem_en(t) for t in lowers) if english else frozenset(lowers),
    )


_CLAUSE = re.compile(r"[?.!;:,/(\n]+")
_WORD = re.compile(r"[a-z]+")


def _question_types_en(text: str) -> frozenset[str]:
    """The kinds of answer asked for, one per clause: why / when / where / who / quantity /
    how / what / yesno (a clause led by an auxiliary verb)."""
    kinds = set()
    for clause in _CLAUSE.split(text.lower()):
        words = _WORD.findall(clause)[:4]
        if not words:
            continue
        if words[0] in lx.EN_AUXILIARIES:
            kinds.add("yesno")
            continue
        for i, word in enumerate(words):
            kind = lx.EN_QUESTION_WORDS.get(word)
            if kind is None:
                continue
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if kind == "how" and nxt in ("many", "much", "long", "old", "often", "far"):
                kind = "quantity"
            elif kind == "how" and nxt == "come":
                kind = "why"
            kinds.add(kind)
            break
    return frozenset(kinds)


_EN_ROLE_MARKERS = {"from": "from", "to": "to", "into": "to", "by": "by", "than": "than"}


def _roles_en(lowers: list[str]) -> tuple[tuple[str, str], ...]:
    """Content words that follow a role preposition: ("from", "x"), ("to", "y"), ..."""
    roles = []
    for i, word in enumerate(lowers[:-1]):
        role = _EN_ROLE_MARKERS.get(word)
        if role is None:
            continue
        for nxt in lowers[i + 1 : i + 4]:
            if nxt not in lx.EN_STOPWORDS:
                roles.append((stem_en(nxt), role))
                break
    return tuple(roles)


# -- Japanese ----------------------------------------------------------------------------------

_sudachi_lock = threading.Lock()
_sudachi_dictionary = None
_sudachi_failed = False
_per_thread = threading.local()


def _sudachi():
    """This thread's SudachiPy tokenizer and mode C, or None when SudachiPy is not installed.

    The dictionary is loaded once per process; a tokenizer may not be used by two threads at
    once, so each thread (event-loop threads, warm-up threads) gets its own.
    """
    global _sudachi_dictionary, _sudachi_failed
    loaded = getattr(_per_thread, "tokenizer", None)
    if loaded is not None or _sudachi_failed:
        return loaded
    with _sudachi_lock:
        if _sudachi_dictionary is None and not _sudachi_failed:
            try:
                from sudachipy import Dictionary

                _sudachi_dictionary = Dictionary(dict="core")
            except Exception:  # not installed, or no dictionary: the fallback is used
                _sudachi_failed = True
                return None
        from sudachipy import SplitMode

        _per_thread.tokenizer = (_sudachi_dictionary.tokenizer(), SplitMode.C)
    return _per_thread.tokenizer


def japanese_tokenizer_name() -> str:
    """``sudachi`` when SudachiPy with its core dictionary is available, else ``fallback``."""
    return "sudachi" if _sudachi() is not None else "fallback"


_KANJI_NUMBER = re.compile(r"^[〇零一二三四五六七八九十百千万億両片]+")
_JA_CASE = frozenset({"が", "を", "に", "から", "まで", "へ", "より"})
_KATAKANA = re.compile(r"^[\u30A0-\u30FF]+$")
_JA_FUNCTION_NOUNS = frozenset(
    {"事", "物", "所", "方", "為", "時", "中", "上", "様", "的", "等", "他", "訳", "筈", "積もり"}
)


def _kanji_number(text: str) -> float | None:
    """The value of a leading kanji numeral (二十三 → 23, 両 → 2), or None."""
    match = _KANJI_NUMBER.match(text)
    if not match:
        return None
    total = section = digit = 0
    for char in match.group():
        value = lx.JA_NUMERALS[char]
        if value < 0:
            return None
        if value < 10:
            digit = digit * 10 + value
        elif value < 10_000:
            section += (digit or 1) * value
            digit = 0
        else:
            total += (section + digit or 1) * value
            section = digit = 0
    return float(total + section + digit)


_JA_COUNTERS = frozenset("人頭匹羽台本枚個つ回件冊杯歳才円分秒日月年階位名手足種色")


def _analyse_japanese(text: str) -> Analysis:
    loaded = _sudachi()
    if loaded is None:
        return _analyse_fallback(text, "ja")
    tokenizer, mode = loaded
    morphemes = tokenizer.tokenize(unicodedata.normalize("NFKC", text), mode)
    content: list[str] = []
    strong: set[str] = set()
    numbers: list[float] = []
    roles: list[tuple[str, str]] = []
    negations = 0
    qtypes: set[str] = set()
    passive = False
    words: set[str] = set()
    predicates: set[str] = set()
    last_noun: str | None = None
    count = len(morphemes)
    for i in range(count):
        m = morphemes[i]
        pos = m.part_of_speech()
        norm = m.normalized_form()
        surface = m.surface()
        words.add(norm)
        major = pos[0]
        if norm in lx.JA_QUESTION_WORDS or surface in lx.JA_QUESTION_WORDS:
            qtypes.add(lx.JA_QUESTION_WORDS.get(norm) or lx.JA_QUESTION_WORDS[surface])
        if major == "助動詞":
            if norm in lx.JA_NEGATION_AUX:
                negations += 1
            elif norm in ("れる", "られる"):
                passive = True
            continue
        if major == "形容詞" and norm in ("無い",) and i > 0:
            negations += 1
            continue
        if major == "接頭辞" and surface in lx.JA_NEGATION_PREFIX:
            negations += 1
            continue
        if norm in lx.JA_NEGATION_WORDS or any(f in norm for f in lx.JA_FAILURE_VERBS):
            negations += 1
        if major == "助詞":
            if norm in _JA_CASE and last_noun is not None:
                roles.append((last_noun, norm))
            if norm != "の":
                last_noun = None
            continue
        if pos[1] == "数詞":
            value = _to_number(norm) if norm[:1].isdigit() else _kanji_number(surface)
            if value is not None:
                numbers.append(value)
            continue
        if major == "名詞" and len(surface) == 2 and surface[1] in _JA_COUNTERS:
            value = _kanji_number(surface)  # 一人, 二頭, 両手 ...
            if value is not None:
                numbers.append(value)
        if (major in ("名詞", "代名詞") and pos[2] != "助数詞可能") or major == "形状詞":
            if norm in _JA_FUNCTION_NOUNS or major == "代名詞":
                last_noun = None
                continue
            content.append(norm)
            last_noun = norm
            if pos[1] == "固有名詞" or _KATAKANA.match(surface) or surface.isascii():
                strong.add(norm)
            continue
        if (major in ("動詞", "形容詞") and pos[1] != "非自立可能") or major == "連体詞":
            content.append(norm)
            if major != "連体詞":
                predicates.add(norm)
        if major not in ("接尾辞",):
            last_noun = None
    if not qtypes and text.rstrip().rstrip("?？。").endswith("か"):
        qtypes.add("yesno")
    return Analysis(
        lang="ja",
        content=tuple(content),
        strong=frozenset(strong),
        numbers=tuple(sorted(numbers)),
        dates=frozenset(),
        negations=negations,
        qtypes=frozenset(qtypes),
        roles=tuple(roles),
        passive=passive,
        words=frozenset(words),
        predicates=frozenset(predicates),
    )


# -- language-neutral fallback ---------------------------------------------------------------

_WORDISH = re.compile(r"\w+", re.UNICODE)


def _analyse_fallback(text: str, lang: str) -> Analysis:
    """Numbers and (where known) negation only: safe for any language and script."""
    norm = unicodedata.normalize("NFKC", text)
    negations = 0
    if lang == "zh":
        negations = sum(norm.count(c) for c in lx.ZH_NEGATION)
    elif lang == "ko":
        negations = sum(norm.count(c) for c in lx.KO_NEGATION)
    elif lang == "ja":
        negations = len(re.findall(r"(?:な[いかくけ]|ません|ず[にの]?|ぬ)", norm))
    elif lang in lx.OTHER_NEGATION:
        negations = sum(t in lx.OTHER_NEGATION[lang] for t in _WORDISH.findall(norm.lower()))
    return Analysis(
        lang=lang,
        content=(),
        strong=frozenset(),
        numbers=tuple(sorted(_digit_numbers(norm))),
        dates=frozenset(),
        negations=negations,
        qtypes=frozenset(),
        words=frozenset(_WORDISH.findall(norm.lower())),
    )


# -- entry point -----------------------------------------------------------------------------


def analyse(text: str, lang: str | None) -> Analysis:
    """Analyse ``text`` written in ``lang`` (a yamabiko language label; detected if None)."""
    if lang is None:
        from ..language import detect_language

        lang = detect_language(text)
    if lang == "ja":
        return _analyse_japanese(text)
    if lang in ("en", "es", "fr", "de", "pt", "it", "nl"):
        return _analyse_latin(text, lang)
    return _analyse_fallback(text, lang)


class AnalysisCache(Generic[T]):
    """A bounded LRU of analyses keyed by (language, text): cached prompts recur often.
    ``analyser`` makes the value (default: :func:`analyse`)."""

    def __init__(
        self, size: int = 4096, analyser: Callable[[str, str | None], T] | None = None
    ) -> None:
        self._size = size
        self._analyser = analyser or analyse
        self._data: OrderedDict[tuple[str | None, str], T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str, lang: str | None) -> T:
        key = (lang, text)
        with self._lock:
            found = self._data.get(key)
            if found is not None:
                self._data.move_to_end(key)
                return found
        result = self._analyser(text, lang)
        with self._lock:
            self._data[key] = result
            if len(self._data) > self._size:
                self._data.popitem(last=False)
        return result
