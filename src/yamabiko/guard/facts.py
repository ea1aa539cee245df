"""The facts the guard compares about one text (:class:`Analysis`), the number readers every
language's analyser shares, and the language-neutral fallback analysis."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from . import lexicon as lx

T = TypeVar("T")

#: the one empty set an analysis holds wherever it has nothing (a new empty frozenset per
#: field would be one more object for the garbage collector to track in every kept analysis)
NOTHING: frozenset[Any] = frozenset()


def frozen(items: set[str]) -> frozenset[str]:
    """``items`` as a frozenset, the shared :data:`NOTHING` when empty."""
    return frozenset(items) if items else NOTHING


class OneCheck(dict):
    """The :meth:`Analysis.derived` values of an analysis made for one check and held by
    nothing after it (a one-off query, a cached prompt read once from its stored form): kept
    on it for that check, so that two rules asking for one value make it once (session 20:
    each check made the word sets and word-family index of both prompts twice); they die with
    the analysis. See :func:`for_one_check`."""

    __slots__ = ()


def for_one_check(a: Analysis) -> Analysis:
    """Mark ``a`` as made for one check (:class:`OneCheck`) and return it; an analysis that
    keeps derived values already is left as it is."""
    if "_derived" not in a.__dict__:
        object.__setattr__(a, "_derived", OneCheck())
    return a


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
    words: frozenset[str] = NOTHING
    predicates: frozenset[str] = NOTHING
    #: English: ``content`` with the personal pronouns of subjects and objects in their places
    #: (I / me -> ``i``: "I claim my mother" -> i claim mother), for word-order role swaps
    order: tuple[str, ...] = ()
    #: English: each naming word (content word, person pronoun, number, date) with the role
    #: marker in front of it (:func:`.roles.role_marker`), for role swaps by word order
    frame: tuple[tuple[str, str], ...] = ()

    def derived(self, key: str, make: Callable[[Analysis], T], *, keep: bool = True) -> T:
        """``make(self)``, kept on this analysis under ``key`` (``keep``) or made without
        keeping it (unless it is kept already): what the checks derive from one text alone
        (its word sets, its words' families), made once when the text is prepared
        (:meth:`~yamabiko.guard.Guard.prepare`: a query meets many candidates) and
        otherwise made in each check, which keeps nothing it may never need again (held
        by every analysis in the LRU, that memory slows the cold path down). ``make`` must
        depend on the analysis alone."""
        kept: dict[str, object] | None = self.__dict__.get("_derived")
        if kept is not None and key in kept:
            return kept[key]  # type: ignore[return-value]
        found = make(self)
        if keep or type(kept) is OneCheck:  # (an analysis of one check keeps it for the check)
            if kept is None:
                kept = {}
                object.__setattr__(self, "_derived", kept)  # (frozen: not one of the fields)
            kept[key] = found
        return found

    def kept(self, key: str) -> object | None:
        """What :meth:`derived` kept under ``key``, or None."""
        kept: dict[str, object] | None = self.__dict__.get("_derived")
        return kept.get(key) if kept is not None else None


# -- shared helpers ----------------------------------------------------------------------------


class WordMemo(Generic[T]):
    """What ``make`` says of a word (a token), kept once the word recurs: words recur from
    prompt to prompt, and a word seen once is only remembered as seen (a string in a set), so
    that new prompts full of words never seen again do not grow the memo (every object it
    keeps counts towards the next garbage collection). Up to ``size`` words of each kind; then
    it starts again. Read it as ``memo.kept.get(word) or memo.miss(word)`` (values are
    truthy)."""

    def __init__(self, make: Callable[[str], T], size: int = 1 << 16) -> None:
        self.make = make
        self.size = size
        self.kept: dict[Hashable, T] = {}
        self._seen: set[Hashable] = set()

    def miss(self, word: Hashable, source: Any = None) -> T:
        """``make(word)`` (``make(source)`` when given: ``word`` is then its key), kept when
        the word was seen before."""
        value = self.make(word if source is None else source)
        if word in self._seen:
            if len(self.kept) >= self.size:
                self.kept.clear()
            self.kept[word] = value
        else:
            if len(self._seen) >= self.size:
                self._seen.clear()
            self._seen.add(word)
        return value


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
        strong=NOTHING,
        numbers=tuple(sorted(_digit_numbers(norm))),
        dates=NOTHING,
        negations=negations,
        qtypes=NOTHING,
        words=frozenset(_WORDISH.findall(norm.lower())),
    )


# -- numbered labels and the phrases they stand in (court 3 from / to court 1) -----------------

#: English prepositions of a route's two ends (into = to)
_EN_ENDS = {"from": "from", "to": "to", "into": "to", "onto": "to", "until": "to", "till": "to"}
#: Japanese particles of a route's two ends (東京発 = 東京から; 大阪行き = 大阪まで)
_JA_ENDS = {"から": "from", "より": "from", "発": "from", "まで": "to", "へ": "to", "に": "to",
            "行き": "to"}  # fmt: skip
_EN_LABEL_WORDS = {**lx.EN_NUMBER_WORDS, "one": 1}
_EN_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?|[.,;:!?]")
_JA_LABEL = re.compile(r"(\d+(?:\.\d+)?)[^\d、。，,.？?！!]{0,8}?(から|より|発|まで|へ|に|行き)")
#: words between an end's preposition and its label at most (from *the* court 3)
_EN_REACH = 3


def _en_labels(text: str) -> dict[str, set[str]]:
    """Each number (digits or a number word) of an English text with the route end
    (``from`` / ``to``) of the preposition at most :data:`_EN_REACH` words before it."""
    found: dict[str, set[str]] = {}
    end, since = "", 0
    for word in _EN_WORD.findall(text.lower()):
        if word in _EN_ENDS:
            end, since = _EN_ENDS[word], 0
            continue
        since += 1
        if not end or since > _EN_REACH:
            continue  # (no route end in reach: no label read, most words)
        if not word[0].isalnum():
            end = ""
            continue
        label = word if word[0].isdigit() else _EN_LABEL_WORDS.get(word)
        if label is not None:
            found.setdefault(str(float(label)), set()).add(end)
    return found


def _ja_labels(text: str) -> dict[str, set[str]]:
    """Each number of a Japanese text with the route end of the first particle after it
    (3番コートから: ``from``; 1番コートに: ``to``)."""
    found: dict[str, set[str]] = {}
    for match in _JA_LABEL.finditer(unicodedata.normalize("NFKC", text)):
        found.setdefault(str(float(match.group(1))), set()).add(_JA_ENDS[match.group(2)])
    return found


def route_labels(text: str, lang: str) -> dict[str, set[str]]:
    """The numbered labels of ``text`` that stand at a route's ends: number -> ``from`` /
    ``to`` (English prepositions, Japanese particles); other languages: none."""
    if lang == "en":
        return _en_labels(text)
    return _ja_labels(text) if lang == "ja" else {}


def labels_swapped(query: str, cached: str, lang: str) -> str:
    """Two numbers that exchange the ends of a route between the prompts ("from court three
    to court one" / "from court one to court three"; 3番コートから1番コートに /
    1番コートから3番コートに): ``"3<->1"``, empty when none. A label that keeps its end
    moved, not its role ("to court 1 from court 3")."""
    if lang not in ("en", "ja"):
        return ""
    mine = route_labels(query, lang)
    theirs = route_labels(cached, lang) if len(mine) >= 2 else {}  # (most: no labels to read)
    if len(mine) < 2 or len(theirs) < 2:
        return ""
    for x, ends_x in mine.items():
        for y, ends_y in mine.items():
            one_each = x < y and len(ends_x) == len(ends_y) == 1 and ends_x != ends_y
            if one_each and theirs.get(x) == ends_y and theirs.get(y) == ends_x:
                return f"{_shown(x)}<->{_shown(y)}"
    return ""


def _shown(label: str) -> str:
    return label.removesuffix(".0")


# -- reported speech ---------------------------------------------------------------------------

#: English verbs that report what someone said or wrote (a closed class of the grammar)
_EN_REPORTING = frozenset(
    {"say", "said", "says", "tell", "told", "tells", "claim", "claims", "claimed", "mention",
     "mentions", "mentioned", "wrote", "writes", "heard", "hear"}
)  # fmt: skip


def reported_statement(a: Analysis) -> bool:
    """``a`` (English) states what someone said ("he said the store is closed"; "my friend
    told me the pool is open"): no question, and a reporting verb after its subject (not
    an imperative: "tell me if the store is open" asks)."""
    if a.lang != "en" or a.qtypes or not a.words & _EN_REPORTING:
        return False
    keys = [key for key, _ in a.frame]
    return any(key in _EN_REPORTING for key in keys[1:])
