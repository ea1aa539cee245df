"""What a price or a share covers, asked two opposite ways (session 29): *is breakfast
included?* / *is breakfast extra?*, and *one of the bonsai* / *each of the bonsai*.

Two prompts that name the same item and differ only in the word that says whether the item
is **part of the price** are one frame with opposite answers: the earlier checks align the
content words, and *included* / *extra* (or 込み / 別料金) are no antonyms in any dictionary
of synonyms, so the pair was served when the embedder put the two close. Likewise a quantity
read **per head** (*each*, *every*, *per*, 一人ずつ, 1つあたり) against one read **for the lot**
(*one of*, *the group*, *in total*, 皆で, 全部で).

:func:`price_cover` refuses such a pair:

- **inclusion** (``inclusion:included->extra``): one prompt says the item is in the price and
  the other that it is outside it. English *in* words are the forms of WordNet's lemmas
  :data:`IN_LEMMAS` (morphy reads *included*, *includes*, *inclusive*); English *out* words
  are WordNet's antonyms of those lemmas (*exclude*, *exclusive*) and the adjectives of an
  added charge (:data:`ADDED`). An out word after a negation (*at no extra cost*, *without
  additional charge*) says *in*. Japanese: 含む / 込み against 別 / 別途 / 追加 (the
  dictionary forms SudachiPy gives 含まれ / 含め; 追加料金なし says *in*). 込み counts as the
  word SudachiPy reads it as (送料込み, 込みの, 税込み), not as the noun of a compound verb
  X込む that SudachiDict holds (申し込み, 持ち込み, 見込み: an act; session 30,
  :func:`_says_included`).
- **distribution** (``distributive:each->one``): one prompt counts per head and the other,
  English, names the lot (*one of*, a collective noun, *total*, *together*) or, Japanese,
  says no per-head word at all (一本作りますか / 一人一本ずつ作りますか).

Either test asks nothing unless its words occur (one regular expression over the two texts
first), so a pair without them costs one search.

Why the word lists are lists (session 30's review): they are closed classes, not lists that
grow per failure. WordNet files *extra* and *additional* as one adjective synset ("further or
added") with no antonym, *separately* in an adverb synset of "apart from others" and
*surcharge* as a noun ("an additional charge"): nothing links them to *include*, and taking
every synset of *extra* would add *spare*, *surplus*, *excess*, *redundant* (no words of a
price).
The negators are the English negation words, the per-head and lot words the distributive and
collective determiners and nouns. SudachiPy's parts of speech do not mark inclusion either
(込み is a suffix like 向け or 用; 別途 an adverbial noun like 後日), so the Japanese words are
named in the regular expressions, by the kanji each is written with.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from . import wordnet
from .japanese import long_units, short_units

#: the WordNet lemmas that say an item is part of a price (adjective and verb)
IN_LEMMAS = ("include", "inclusive")
#: the adjectives and adverbs of a charge added on top (WordNet files none as an antonym of
#: *include*: *extra* and *additional* have no antonym there)
ADDED = frozenset({"extra", "additional", "separately", "surcharge"})
#: a negation that turns an out word into an in word (at no extra cost, without additional)
_NEGATORS = frozenset({"no", "not", "without", "free", "n't", "never"})
#: English tokens (an apostrophe kept: don't)
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: the gate: any word of either frame, English or Japanese
_GATE = re.compile(
    r"inclu|exclu|extra|additional|separately|surcharge|each|every|\bper\b|apiece"
    r"|含|込み|別料金|別途|別に|追加|ずつ|あたり|ごと|毎|につき"
)
#: the letters every English word of the inclusion frame holds (only such a word is asked
#: of WordNet)
_FRAME_LETTERS = re.compile(r"inclu|exclu|extra|additional|separately|surcharge")
#: Japanese: in, out (an added or separate charge), and an out word said to be absent (not
#: in a negative question, 追加料金はかかりませんか: the same question as かかりますか)
_JA_IN = re.compile(r"含[まめむみ]|込み")
_JA_OUT = re.compile(r"別料金|別途|とは別に|追加")
_JA_NOT_OUT = re.compile(
    r"(?:別料金|別途|追加料金|追加)(?:は|が)?(?:なし|無し|不要|無料|かかりません(?!か))"
)
#: English per-head words, and the words that name the lot
_EACH = frozenset({"each", "every", "per", "apiece"})
_LOT = frozenset({"group", "total", "together", "altogether", "whole"})
#: the words after which a per-head word is none (each other, as per)
_NOT_EACH = frozenset({("each", "other"), ("as", "per")})
#: Japanese per-head words: ずつ after a person counter (一人ずつ, 一人に一つずつ; not the one each
#: of a list, キリンとダチョウが一頭ずつ), a share per person or per item (あたり, ごと, 毎)
_JA_EACH = re.compile(
    r"人[にで]?[^、。\s]{0,4}ずつ|一人一|1人1|[人名つ個本枚](?:あたり|ごと|毎)|[人名]につき"
)


@lru_cache(maxsize=1)
def _in_out() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of the in frame and of the out frame (WordNet's antonyms of the in lemmas
    added to :data:`ADDED`)."""
    out = set(ADDED)
    for word in IN_LEMMAS:
        out.update(lemma for _, lemma in wordnet.opposite_lemmas(word))
    return frozenset(IN_LEMMAS), frozenset(out - set(IN_LEMMAS))


def _lemma_in(word: str, wanted: frozenset[str]) -> str:
    """``word`` itself or one of its WordNet lemmas (verb or adjective) when in ``wanted``."""
    if word in wanted:
        return word
    for pos in (1, 2):
        for lemma in wordnet.lemmas_of(word, pos):
            if lemma in wanted:
                return lemma
    return ""


def inclusion_sides(text: str) -> tuple[str, str]:
    """The first English word of ``text`` that says an item is in the price and the first
    that says it is outside it (a negated out word counts as in); empty strings: none."""
    ins, outs = _in_out()
    words = _TOKEN.findall(text.lower().replace("n't", " n't"))
    said_in = said_out = ""
    for i, word in enumerate(words):
        if not _FRAME_LETTERS.search(word):
            continue
        if not said_in and _lemma_in(word, ins):
            said_in = word
        elif _lemma_in(word, outs):
            if _NEGATORS.intersection(words[max(0, i - 2) : i]):
                said_in = said_in or word
            elif not said_out:
                said_out = word
    return said_in, said_out


def _ja_inclusion(text: str) -> tuple[str, str]:
    """Japanese :func:`inclusion_sides`."""
    said_in = next(
        (w for m in _JA_IN.finditer(text) if (w := m.group()) != "込み" or _says_included(text)),
        "",
    )
    if _JA_NOT_OUT.search(text):
        return said_in or "なし", ""
    said_out = found.group() if (found := _JA_OUT.search(text)) else ""
    return said_in, said_out


def _says_included(text: str) -> bool:
    """SudachiPy reads a 込み of ``text`` as the word of inclusion: 込み itself (送料込み,
    込みの) or a noun ending in it that names no compound verb X込む of the dictionary (税込み;
    not 申し込み, 持ち込み, 見込み, 振込み, the acts of 申し込む ...). Without SudachiPy: True
    (the spelling alone, as before session 30)."""
    morphemes = short_units(text)
    if morphemes is None:
        return True
    for m in morphemes:
        norm = m.normalized_form()
        if norm == "込み" or (
            norm.endswith("込み")
            and m.part_of_speech()[0] == "名詞"
            and not _verb(norm[:-1] + "む")
        ):
            return True
    return False


@lru_cache(maxsize=256)
def _verb(word: str) -> bool:
    """``word`` is one verb of SudachiDict (持ち込む; not 税込む, read 税 + 込む)."""
    found = long_units(word, keep=False)
    return found is not None and len(found[1]) == 1 and found[1][0].part_of_speech()[0] == "動詞"


def _crossed(tag: str, query: tuple[str, str], cached: tuple[str, str]) -> str:
    """``tag:X->Y`` when one prompt says only the first of two opposite readings and the
    other only the second (each side's pair: the first reading's word, the second's; empty:
    not said), X the cached prompt's word; empty: not crossed."""
    (q_first, q_second), (c_first, c_second) = query, cached
    if q_first and not q_second and c_second and not c_first:
        return f"{tag}:{c_second}->{q_first}"
    if q_second and not q_first and c_first and not c_second:
        return f"{tag}:{c_first}->{q_second}"
    return ""


def _inclusion(query: str, cached: str, japanese: bool) -> str:
    """``inclusion:X->Y`` when one prompt says in only and the other out only; empty: not."""
    if not japanese and not (_FRAME_LETTERS.search(query) and _FRAME_LETTERS.search(cached)):
        return ""
    read = _ja_inclusion if japanese else inclusion_sides
    return _crossed("inclusion", read(query), read(cached))


def _each_lot(text: str) -> tuple[str, str]:
    """The first English per-head word of ``text`` and the first word that names the lot
    (*one of*, a collective word)."""
    words = _TOKEN.findall(text.lower())
    pairs = list(pairwise(["", *words, ""]))
    each = next(
        (
            w
            for (b, w), (_, n) in pairwise(pairs)
            if w in _EACH and not {(w, n), (b, w)} & _NOT_EACH
        ),
        "",
    )
    lot = next((w for w in words if w in _LOT), "")
    if not lot and any(w == "one" and n == "of" for w, n in pairwise(words)):
        lot = "one"
    return each, lot


def _distribution(query: str, cached: str, japanese: bool) -> str:
    """``distributive:X->Y`` when one prompt counts per head and the other does not."""
    if japanese:
        q_each, c_each = _JA_EACH.search(query), _JA_EACH.search(cached)
        if bool(q_each) != bool(c_each):
            said = (q_each or c_each).group()  # type: ignore[union-attr]
            return f"distributive:{said}->none" if c_each else f"distributive:none->{said}"
        return ""
    return _crossed("distributive", _each_lot(query), _each_lot(cached))


def price_cover(query: str, cached: str, lang: str | None) -> str:
    """The reason to refuse ``query`` against ``cached`` when one says an item is in the price
    and the other outside it (``inclusion:included->extra``), or one counts per head and the
    other for the lot (``distributive:one->each``); empty: neither. ``lang``: the query's
    language (None: read from the script)."""
    if not (_GATE.search(query) or _GATE.search(cached)):
        return ""
    japanese = lang == "ja" if lang else not query.isascii()
    return _inclusion(query, cached, japanese) or _distribution(query, cached, japanese)
