"""Japanese: content words (lemmas), numbers (kanji numerals too), negation, question type and
case roles, from a morphological analyser.

Japanese uses SudachiPy with the ``core`` dictionary (both yamabiko dependencies). It was
chosen over fugashi + unidic-lite by measurement on the 3,000 sentences of JSTS: p50 0.026 ms /
p99 0.09 ms per sentence against 0.055 / 0.43 ms, and its normalised forms unify spelling
variants (ソファ/ソファー, 観る/見る) and numbers (１０万 → 100000). Without SudachiPy, Japanese
falls back to script runs (numbers and negation still work; content words are coarser).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from typing import Any

from . import lexicon as lx
from .constructions import ja_negations_explained
from .facts import NOTHING, Analysis, _analyse_fallback, _to_number, frozen
from .ja_clauses import LEAVE, forgot_to, grants_leave, negative_question, subordinate
from .ja_heads import head_suffix
from .ja_numeral_runs import numerals_rejoined
from .ja_plain import HONORIFIC_COMING
from .ja_prefixed import joined_potential, joined_verb
from .ja_verb_reread import verbs_reread
from .ja_words import (
    ABOUT,
    about_question,
    indefinite,
    independent_verb,
    kana_noun,
    kana_noun_split,
    kanji_number,
    noun_next,
    numeral_value,
    privative,
    unglued,
)

_sudachi_lock = threading.Lock()
_sudachi_dictionary = None
_sudachi_failed = False
_per_thread = threading.local()


def _sudachi():
    """This thread's SudachiPy tokenizer and mode C, or None when SudachiPy is not installed.

    The dictionary is loaded once per process; a tokenizer may not be used by two threads at
    once, so each thread (event-loop threads, warm-up threads) gets its own.
    """
    global _sudachi_dictionary, _sudachi_failed, _SPLIT_A
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

        _SPLIT_A = SplitMode.A  # (short_units: no import statement per text)
        # SudachiPy 0.7 names it tokenizer(); 0.6 (which GiNZA pins) only has create()
        make = getattr(_sudachi_dictionary, "tokenizer", None) or _sudachi_dictionary.create
        try:  # only the fields the guard reads: tokenizing takes half the time
            tokenizer = make(SplitMode.C, fields=_FIELDS)
        except Exception:  # a SudachiPy without field subsets, or with other field names
            tokenizer = make()
        _per_thread.tokenizer = (tokenizer, SplitMode.C)
    return _per_thread.tokenizer


#: The dictionary fields a morpheme loads (the surface always): what the analysis and the units
#: read, and the mode-A split of each long unit (:func:`short_units`); not the word structure
#: or the mode-B split
_FIELDS = {
    "pos", "normalized_form", "dictionary_form", "reading_form", "synonym_group_ids", "split_a"
}  # fmt: skip


_RECENT_TEXTS = 2  # a check reads its two prompts; more kept passes measured slower (A/B)
_SPLIT_A: Any = None  # SudachiPy's mode A, set when the dictionary loads (:func:`_sudachi`)


def long_units(text: str, keep: bool = True) -> tuple[str, Any] | None:
    """``text`` NFKC-normalised and its SudachiPy morphemes in mode C (long units, a list),
    or None without SudachiPy. Kept for this thread's last few texts: the analysis and the
    minimal-pair units of a text read the same pass, one after the other (:func:`short_units`).
    A cached prompt's come from its stored form when the check was given one
    (:func:`.stored_units.offer`): the Japanese rules read them, not a second SudachiPy pass
    (session 19). ``keep=False``: a word a rule looks up, made without taking a prompt's place
    among the kept (session 20)."""
    loaded = _sudachi()
    if loaded is None:
        return None
    recent = getattr(_per_thread, "recent", None)
    if recent is None:
        recent = _per_thread.recent = OrderedDict()
    found = recent.get(text)
    if found is not None:
        recent.move_to_end(text)
        return found
    normalized = unicodedata.normalize("NFKC", text)
    offered = getattr(_per_thread, "offered", None) if keep else None
    made = offered.pop(text, None) if offered else None  # its stored form's (stored_units.py)
    morphemes = made() if made is not None else None
    if morphemes is None:  # (a list: each index of SudachiPy's MorphemeList makes a new
        # Morpheme object, and the analysis, the units and the rules index them again and again)
        tokenizer, mode = loaded
        morphemes = unglued(  # たい焼きはしっぽ: は + しっぽ, not はしっぽ (ja_words.unglued)
            normalized, list(tokenizer.tokenize(normalized, mode)),
            lambda part: tokenizer.tokenize(part, mode))  # fmt: skip
        morphemes = numerals_rejoined(  # 九十分: 九十 + 分, not 九 + 十分 (ja_numeral_runs)
            normalized, verbs_reread(  # 何着てけば: 着る, not the counter 着 (ja_verb_reread)
                normalized, morphemes, lambda part: tokenizer.tokenize(part, mode)),
            lambda part: tokenizer.tokenize(part, mode))  # fmt: skip
    found = (normalized, morphemes)
    if keep:
        recent[text] = found
    if len(recent) > _RECENT_TEXTS:
        recent.popitem(last=False)
    return found


def offer_long_units(text: str, make: Any, newest: bool = False) -> None:
    """Let :func:`long_units` take ``text``'s long units from ``make()`` (a list, or None:
    then it tokenizes) instead of tokenizing, the next time this thread asks for them; this
    thread's last :data:`_RECENT_TEXTS` offers are kept, the oldest given up first.
    ``newest``: an earlier offer of ``text`` is withdrawn first, so this one is the newest
    (not the first given up)."""
    offered = getattr(_per_thread, "offered", None)
    if offered is None:
        offered = _per_thread.offered = {}
    elif newest:
        offered.pop(text, None)
    if len(offered) >= _RECENT_TEXTS and text not in offered:
        offered.pop(next(iter(offered)))  # the oldest: a candidate no rule asked about
    offered[text] = make


def short_units(text: str, keep: bool = True) -> list[Any] | None:
    """The morphemes of ``text`` in mode A (short units), or None without SudachiPy: each
    mode C morpheme split into its mode A parts. SudachiPy resolves mode A that way itself (one
    lattice and best path, then each long unit split by its dictionary entry), so this gives
    what tokenizing in mode A gives, without a second pass (checked equal, surface, part of
    speech, forms, reading, synonym groups and offsets, on 17,207 texts of the pair sets).
    ``keep``: as :func:`long_units`'s (False for a word, not a prompt)."""
    found = long_units(text, keep)
    if found is None:
        return None
    out: list[Any] = []
    whole, mode = _WHOLE_WORDS, _SPLIT_A
    for m in found[1]:
        # a dictionary word splits or not by its entry: known whole ones are not asked again
        word_id = m.word_id()
        if word_id in whole and not m.is_oov():
            out.append(m)
            continue
        parts = m.split(mode, add_single=False)  # empty: the unit does not split
        if len(parts):
            out.extend(parts)
        else:
            out.append(m)
            if not m.is_oov():
                if len(whole) >= 1 << 17:
                    whole.clear()
                whole.add(word_id)
    return out


#: word ids of dictionary words that do not split in mode A (ints: nothing for the garbage
#: collector to track)
_WHOLE_WORDS: set[int] = set()


def japanese_tokenizer_name() -> str:
    """``sudachi`` when SudachiPy with its core dictionary is available, else ``fallback``."""
    return "sudachi" if _sudachi() is not None else "fallback"


def _tokenize_word(word: str) -> Any:
    """SudachiPy's long units of one word (mode C): the analysis reads a dictionary entry."""
    tokenizer, mode = _sudachi()
    return tokenizer.tokenize(word, mode)


#: what a noun's suffix heads (:func:`.ja_heads.head_suffix`) follows: a noun, not a numeral
#: (シマウマ二頭: 頭 counts)
_NOUNS_BEFORE_HEAD = frozenset({("名詞", "普通名詞"), ("名詞", "固有名詞")})

_JA_CASE = frozenset({"が", "を", "に", "から", "まで", "へ", "より"})
#: Suffixes that mark a noun as the origin or the destination, as から / へ do: 東京発 (from
#: Tokyo), 大阪行き / 羽田着 (to Osaka / arriving at Haneda), 田中様宛 (addressed to Tanaka)
_JA_ROLE_SUFFIXES = {"発": "から", "行き": "へ", "着": "へ", "宛て": "に"}
_KATAKANA = re.compile(r"^[\u30A0-\u30FF]+$")
_JA_FUNCTION_NOUNS = frozenset(
    {"事", "物", "所", "方", "為", "時", "中", "上", "様", "的", "等", "他", "訳", "筈", "積もり"}
)


@functools.lru_cache(maxsize=1 << 16)
def _has_failure_verb(norm: str) -> bool:
    """``norm`` contains a verb of failing (a pure function of the word: remembered)."""
    return any(f in norm for f in lx.JA_FAILURE_VERBS)


_JA_COUNTERS = frozenset("人頭匹羽台本枚個つ回件冊杯歳才円分秒日月年階位名手足種色")


#: "which (of two)", read as the polite "where" before a case particle of place
_WHICH = frozenset({"どちら", "どっち", "何方"})
#: the verbs that close an indirect question of how (使い方がわかりません, 行き方を知らない)
_KNOWING = frozenset({"分かる", "知る"})
_PLACE_CASE = frozenset({"で", "に", "へ", "から", "まで"})


def _analyse_japanese(text: str) -> Analysis:
    found = long_units(text)
    if found is None:
        return _analyse_fallback(text, "ja")
    normalized, morphemes = found
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
    owners: list[str] = []  # nouns followed by の, waiting for the role of what they own
    joined: list[str] = []  # nouns followed by と and a noun: the role of the noun after
    modifier: str | None = None  # an adjective (or 形状詞 + な) right before this morpheme
    after_number = False  # the previous morpheme was a numeral: 3 + ドル is a counter
    compound_at, compound = -1, ""  # a verb after お cut in two: its index and the one verb
    count = len(morphemes)
    for i in range(count):
        m = morphemes[i]
        pos = m.part_of_speech()
        norm = m.normalized_form() if i != compound_at else compound
        if i != compound_at and pos[0] == "動詞":
            norm = joined_potential(morphemes, i, _tokenize_word) or norm  # 貸し + 切れ: 貸し切る
        surface = m.surface()
        words.add(norm)
        before, modifier = modifier, None
        counter = pos[2] == "助数詞可能" and after_number
        after_numeral, after_number = after_number, pos[1] == "数詞"
        major = pos[0]
        if (norm in lx.JA_QUESTION_WORDS or surface in lx.JA_QUESTION_WORDS) and not indefinite(
            morphemes, i
        ):
            qtypes.add(lx.JA_QUESTION_WORDS.get(norm) or lx.JA_QUESTION_WORDS[surface])
        elif norm in _WHICH and i + 1 < count and morphemes[i + 1].surface() in _PLACE_CASE:
            qtypes.add("where")  # どちらで / どちらへ: the polite どこ (どちらが: which one)
        elif major == "名詞" and surface.endswith(ABOUT) and about_question(surface):
            qtypes.add(about_question(surface))  # いつ頃 (one word to SudachiPy): when, roughly
        if major == "助動詞":
            if norm in lx.JA_NEGATION_AUX:
                negations += not kana_noun_split(morphemes, i)  # 剣道のしないも: 竹刀
            elif norm in ("れる", "られる"):
                passive = True
            elif surface == "な" and last_noun is not None:
                modifier = last_noun  # 綺麗な部屋: the 形状詞 modifies the next noun
            continue
        if major == "形容詞" and norm in ("無い",) and i > 0:
            negations += 1
            continue
        if major == "接頭辞":  # 着物のお手入れ: the prefix leaves the の chain whole
            negations += surface in lx.JA_NEGATION_PREFIX
            if verb := joined_verb(morphemes, i, _tokenize_word):  # お取り置き: 取り置く
                compound_at, compound = i + 1, verb
            continue
        if (norm in lx.JA_NEGATION_WORDS and not kana_noun(morphemes, i)) or (
            _has_failure_verb(norm) or (norm == "忘れる" and forgot_to(morphemes, i))
        ):  # 払い忘れる: not paid (forgot_to reads 忘れる alone)
            negations += 1
        elif norm in lx.JA_PRIVATIVE_NOUNS and privative(morphemes, i):
            negations += 1  # タコ抜き: タコなし, without the noun before it
        if major == "助詞":
            if norm in _JA_CASE and last_noun is not None:
                roles.append((last_noun, norm))
                # 夫の扶養から: the owner (夫) holds the role through what it owns
                roles.extend((owner, "の" + norm) for owner in owners)
                roles.extend((other, norm) for other in joined)  # 夫と妻が: both が
                joined.clear()
            elif norm == "と" and last_noun is not None:
                if noun_next(morphemes, i):
                    joined.append(last_noun)  # AとBを: coordinated, B's role is A's
                    last_noun = None
                    continue
                roles.append((last_noun, norm))  # 保育園と共有する: with the nursery
            if norm not in _JA_CASE:
                joined.clear()
            if norm == "の" and last_noun is not None:
                owners.append(last_noun)
            else:
                owners.clear()
            if norm != "の":
                last_noun = None
            continue
        if major == "接尾辞" and norm in _JA_ROLE_SUFFIXES and last_noun is not None:
            roles.append((last_noun, _JA_ROLE_SUFFIXES[norm]))  # 東京発 = 東京から
            owners.clear()
            last_noun = None
            continue
        if (
            major == "接尾辞"
            and last_noun is not None
            and morphemes[i - 1].part_of_speech()[:2] in _NOUNS_BEFORE_HEAD
            and head_suffix(m, _tokenize_word)
        ):
            roles.append((f"{last_noun}>{norm}", "possessive"))  # 餃子店: 餃子の店 (ja_heads)
            owners.append(last_noun)
            last_noun = norm
            continue
        if pos[1] == "数詞":
            value = _to_number(norm) if norm[:1].isdigit() else numeral_value(surface, norm)
            if value is not None:
                numbers.append(value)
            continue
        if major == "名詞" and len(surface) == 2 and surface[1] in _JA_COUNTERS:
            value = kanji_number(surface)  # 一人, 二頭, 両手 ...
            cut = kanji_number(morphemes[i - 1].surface() + surface) if i else None
            if value is not None and cut is not None and numbers and after_numeral:
                numbers[-1] = cut  # 二 + 十人: one numeral that SudachiPy cut in two
            elif value is not None:
                numbers.append(value)
        # a noun that can be a counter (ドル, ポイント, マイル) is a content word unless it
        # follows a number
        if (major in ("名詞", "代名詞") and not counter) or major == "形状詞":
            if norm in _JA_FUNCTION_NOUNS:
                last_noun = None
                owners.clear()
                continue
            if major == "代名詞":  # 私が友人に: a pronoun holds a role, names nothing
                last_noun = norm
                owners.clear()
                continue
            content.append(norm)
            if owners and last_noun in owners and owners[-1] == last_noun:
                roles.append((f"{last_noun}>{norm}", "possessive"))  # 妻の兄 / 兄の妻
            if before is not None:
                roles.append((f"{before}>{norm}", "modifier"))  # 白い文字
            last_noun = norm
            if pos[1] == "固有名詞" or _KATAKANA.match(surface) or surface.isascii():
                strong.add(norm)
            continue
        if ((major in ("動詞", "形容詞") and pos[1] != "非自立可能") or major == "連体詞") and (
            norm not in HONORIFIC_COMING or independent_verb(morphemes, i)
        ):
            # (伺う: as 行く and 来る, a verb only on its own: お名前を伺う, not 行って伺う)
            content.append(norm)
            if major != "連体詞" and not (
                subordinate(morphemes, i) or (norm in LEAVE and grants_leave(morphemes, i))
            ):  # (雨が降っていても: a clause's, not the one asked; 入っても構わない: leave)
                predicates.add(norm)
            if major != "動詞":
                modifier = norm  # 白い文字, 大きな箱: it modifies the next noun
        if major not in ("接尾辞",):
            last_noun = None
            owners.clear()
            joined.clear()
    explained, asked = ja_negations_explained(normalized, _tokenize_word)  # obligation, ...
    if negations > explained and negative_question(normalized, morphemes):
        explained += 1  # 打てない？ asks what 打てますか asks
    negations = max(negations - explained, 0)
    qtypes |= asked
    if "how" in asked:  # 使い方がわかりません asks how to use it: 分かる is not what it asks
        predicates -= _KNOWING
    if not qtypes and text.rstrip().rstrip("?？。").endswith("か"):
        qtypes.add("yesno")
    return Analysis(
        lang="ja",
        content=tuple(content),
        strong=frozen(strong),
        numbers=tuple(sorted(numbers)),
        dates=NOTHING,
        negations=negations,
        qtypes=frozen(qtypes),
        roles=tuple(roles),
        passive=passive,
        words=frozenset(words),
        predicates=frozen(predicates),
    )
