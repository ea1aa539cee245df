"""A remark that tells what the party needs is no aside (session 33).

Step 2 (:mod:`yamabiko.conversation.structure`) lets a statement after the thread that the
assistant answers without taking it up pass as an aside ("I hope the sun shines for us." /
"Fingers crossed!"; 晴れるといいですね). Some such remarks tell what the answer to the next
question depends on, whatever the assistant says back: how the party travels (当日は電車で
行くつもりなんです。 / 電車も便利ですね。 → 会場まではどのくらいかかりますか？), what it cannot
take ("My partner has a shellfish allergy." / "Oh, that must be hard." → "What would you
recommend?"): ``history:need:電車``. The answer cached
for the thread without the remark is then not the answer to the thread with it.

Two readings, each a construction and a WordNet class, so that the chatter they meet is rare
(a food said in a remark is often chatter: 叔母はうちの店のきゅうりが大好きなんです; which
question follows is not known to this step):

- a **conveyance the party travels by**: a noun whose first WordNet sense lies under
  *conveyance* (:data:`CONVEYANCE`: train, bus, taxi, boat) as the means of the sentence,
  Japanese N + the case particle で (電車で行きます), English *by* + N ("by train"); not a
  car said otherwise ("He hates the car journey.");
- an **allergy**: a noun under *hypersensitivity* (:data:`HYPERSENSITIVITY`; アレルギー,
  "allergy"), wherever it stands.

A Japanese noun is read through the English word its vector is nearest (:data:`GLOSS_FLOOR`:
電車 -> *train*, アレルギー -> *allergies*); a noun the table lacks, or whose nearest English
word is not that near, names no need (a miss, not a wrong refusal). A need the other side
says anywhere (its user turns or replies) is the same on both sides.

Session 34 (smalltalk): a need counts only before a follow-up whose answer it decides
(:data:`DECIDES`, the follow-up's kind read by :func:`yamabiko.conversation.bearing.asked`:
an allergy or a refused food before a choice of a thing or a question naming a food, a
conveyance before the way there; "I've been sneezing all week, allergies!" before *what
time does it open* is small talk); a conveyance told in the past is a story (*used to*,
た: 昔はよくバスで美術館巡りをした); a food counts only as what a negated verb of eating
governs (卵が食べられない, "He doesn't eat meat"; not "We've never made bread"). Without
a follow-up known every need counts, as before.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ..guard.japanese import short_units
from ..guard.wordnet import load
from ..guard.wordnet_first import first_lemma, first_lexnames
from ..guard.wordnet_kinds import reaches
from ..guard.wordnet_lines import data_line
from ..guard.wordvec import NearestWords, english_words
from .equivalents import KATAKANA
from .glosses import english_nearest
from .need_adjectives import need_noun
from .party_needs import first_noun, party_need

__all__ = [
    "CONVEYANCE",
    "DECIDES",
    "GLOSS_FLOOR",
    "HYPERSENSITIVITY",
    "NEED_WORDS",
    "class_words",
    "en_past",
    "gloss",
    "ja_past",
    "names_ja_food",
    "need_readings",
    "need_words",
    "untold_need",
]

#: WordNet 3.0 noun synset (``data.noun`` byte offset) of *conveyance*: "something that
#: serves as a means of transportation" (train, bus, taxi -> car -> ... -> vehicle, boat)
CONVEYANCE = 3100490
#: WordNet 3.0 noun synset of *hypersensitivity*: allergy -> hypersensitivity reaction ->
#: hypersensitivity
HYPERSENSITIVITY = 14533796
#: the lexicographer file number of ``noun.food`` (``data.noun``'s second field)
FOOD_FILE = "13"
#: the most hypernym links from a noun's first sense up to one of those (taxi -> car ->
#: motor vehicle -> self-propelled vehicle -> wheeled vehicle -> vehicle -> conveyance: 6)
NEED_DEPTH = 7
#: the least cosine from which an English word glosses a Japanese noun (電車 / *train* and
#: タクシー / *taxi* lie between 0.7 and 0.8)
GLOSS_FLOOR = 0.7
#: the table's English words of each class :func:`_needed` reads (:func:`class_words`:
#: 3 allergy, 118 conveyance, 270 food words), written by ``benchmarks/build_need_words.py``
NEED_WORDS = Path(__file__).with_name("need_words.json")

_WORD = re.compile(r"[A-Za-z]+")
#: the kinds of need of the party's bodies and diet (:func:`.party_needs.party_need`)
_PARTY = ("diet", "health", "aid")
#: what ends a sentence (a remark is read a sentence at a time; :mod:`.bearing` too)
SENTENCE_END = re.compile(r"[.!?;]+")
#: an English negation (not, never, cannot, n't)
_EN_NOT = re.compile(r"\b(?:not|never|cannot)\b|n't\b", re.IGNORECASE)
#: the dictionary forms of Japanese negative auxiliaries (ない, ぬ, ず; ません is ます + ぬ)
_JA_NOT = frozenset({"ない", "ぬ", "ず", "ん"})
#: the verbs after which a past participle makes a perfect or a passive, not a past
_EN_AUXILIARY = frozenset({"have", "be"})
#: the contracted *have* / *be* as the word pattern splits them ("we've", "they're", "it's")
_EN_CONTRACTED = frozenset({"ve", "re", "s", "m"})
#: the lexicographer files of a thing one may be served or choose, which a question may name
#: again (:func:`_things_named`; :mod:`.bearing` reads a choice of a thing by them too)
THINGS = frozenset({"noun.food", "noun.artifact", "noun.substance", "noun.plant", "noun.animal"})
#: SudachiPy's part of speech of a Japanese common noun of a thing (卵, えび)
_JA_THING = ("名詞", "普通名詞", "一般")
#: the kinds of follow-up question (:func:`yamabiko.conversation.bearing.asked`) whose answer
#: each kind of need decides (session 34): a food or an allergy a choice of a thing or a
#: question naming a food, a conveyance the way there
DECIDES = {
    "allergy": frozenset({"choice", "food"}),
    "food": frozenset({"choice", "food"}),
    "conveyance": frozenset({"way"}),
    "diet": frozenset({"choice", "food"}),  # session 36 (samefix): .party_needs
    "health": frozenset({"choice", "food", "way"}),
    "aid": frozenset({"choice", "way"}),
}


def need_words(text: str, lang: str) -> tuple[str, ...]:
    """The nouns of ``text`` (a user turn in ``lang``) that tell what the party needs
    (:func:`need_readings`); empty for none."""
    return tuple(word for word, _kind in need_readings(text, lang))


def need_readings(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The needs ``text`` (a user turn in ``lang``) tells, each ``(noun, kind)``: a
    ``conveyance`` the party travels by (Japanese: a common noun, SudachiPy's 普通名詞,
    before the case particle で, 電車で行きます; English: a word after *by*, "by train"; not
    in a sentence told in the past, :func:`en_past` / :func:`ja_past`: 昔はよくバスで...
    した, "My grandad used to travel everywhere by bus"), an ``allergy``, or a ``food``
    the sentence refuses to eat or drink (Japanese: the argument of a negated verb,
    卵が食べられない, not コーヒーがないと始まらない; English: a negated sentence with a verb
    of consumption, "He doesn't eat meat.", not "We've never made bread."; session 34,
    :func:`_needed`). A Japanese noun is read through its English gloss (:func:`gloss`,
    a product with the table's English words: looked up only for a noun before で, the
    argument of a negated verb, or in katakana, アレルギー)."""
    found = []
    if lang != "ja":
        for sentence in SENTENCE_END.split(text):
            words = _WORD.findall(sentence)
            lower = [w.lower() for w in words]
            negated = bool(_EN_NOT.search(sentence)) and any(map(_consumption, lower))
            past = en_past(lower)
            for i, w in enumerate(lower):
                by = i > 0 and lower[i - 1] == "by" and not past
                kind = _needed(w, by=by, negated=negated and not _consumption(w))
                if kind:
                    found.append((words[i], kind))
        return tuple(found)
    units = short_units(text) or ()
    for i, m in enumerate(units):
        if m.part_of_speech()[:2] != ("名詞", "普通名詞"):
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        by = nxt is not None and nxt.surface() == "で" and nxt.part_of_speech()[1] == "格助詞"
        by = by and not ja_past(units[i + 1 :])
        negated = _ja_refused(units[i + 1 :])
        if not (by or negated or KATAKANA.fullmatch(m.surface()) or _party_near(m.surface())):
            continue  # only a loanword may name an allergy: no gloss looked up (a few ms)
        kind = _gloss_needed(m.surface(), by=by, negated=negated)
        if kind:
            found.append((m.surface(), kind))
    for compound in _noun_pairs(units):  # 車 + 椅子: a wheelchair (session 36, .party_needs)
        kind = party_need(gloss(compound) or "") if _party_near(compound) else ""
        if kind:
            found.append((compound, kind))
    return tuple(found)


def _noun_pairs(units: list) -> list[str]:
    """Each two common nouns (SudachiPy's 普通名詞) run together in ``units``, as one word
    (車 + 椅子: 車椅子, which the short units split)."""
    nouns = [m.part_of_speech()[:2] == ("名詞", "普通名詞") for m in units]
    return [
        units[i].surface() + units[i + 1].surface()
        for i in range(len(units) - 1)
        if nouns[i] and nouns[i + 1]
    ]


def _ja_refused(units: list) -> bool:
    """``units`` (what follows a noun) make it the argument of a negated verb: a particle,
    a verb, then only auxiliaries or dependent verbs up to a negative auxiliary ない, ぬ or
    ず (卵が食べられない, 牛乳が飲めません; not コーヒーがないと始まらない, where ない is the
    adjective of absence and the negated verb governs another clause)."""
    if len(units) < 3 or units[0].part_of_speech()[0] != "助詞":
        return False
    if units[1].part_of_speech()[0] != "動詞":
        return False
    for m in units[2:]:
        pos = m.part_of_speech()
        if pos[0] == "助動詞" and m.dictionary_form() in _JA_NOT:
            return True
        if not (pos[0] == "助動詞" or pos[:2] == ("動詞", "非自立可能")):
            return False
    return False


def ja_past(units: list) -> bool:
    """The Japanese sentence these units close (up to a full stop) is told in the past: an
    auxiliary た (昔はよくバスで美術館巡りをしたんです, 前回は車で行って渋滞したんです)."""
    for m in units:
        pos = m.part_of_speech()
        if pos[1] == "句点":
            return False
        if pos[0] == "助動詞" and m.dictionary_form() == "た":
            return True
    return False


def en_past(words: list[str]) -> bool:
    """The English sentence of ``words`` (lower case) is told in the past: *used to*, or a
    verb in a past form (WordNet's lemma differs and the word is no -s or -ing form: *took*,
    *travelled*) not after a form of *have* or *be* (a perfect or a passive: "we've booked",
    "we'll be picked up") and no *will* in the sentence."""
    if "will" in words or "ll" in words:
        return False
    for i, w in enumerate(words):
        if w == "used" and words[i + 1 : i + 2] == ["to"]:
            return True
        lemma = first_lemma(w, 1)
        if not lemma or lemma == w or w.endswith(("s", "ing")):
            continue
        before = words[i - 1] if i else ""
        if before not in _EN_CONTRACTED and first_lemma(before, 1) not in _EN_AUXILIARY:
            return True
    return False


def _consumption(word: str) -> bool:
    """``word`` (English, lower case) is a verb whose first WordNet sense is in
    ``verb.consumption`` (eat, drink)."""
    names = first_lexnames(word, 1)
    return bool(names) and names[0] == "verb.consumption"


def _needed(word: str, *, by: bool, negated: bool) -> str:
    """The kind of need ``word`` (English, lower case) names: ``allergy``, ``conveyance``
    said as the means (``by``), or ``food`` the sentence refuses (``negated``); empty for
    none."""
    if names_need(word, HYPERSENSITIVITY) or need_noun(word, HYPERSENSITIVITY, NEED_DEPTH):
        return "allergy"  # an allergy, "allergic" (session 35: its noun, need_adjectives)
    if by and names_need(word, CONVEYANCE):
        return "conveyance"
    if negated and names_food(word):
        return "food"
    return party_need(word)  # vegetarians, pregnant, wheelchairs (session 36)


def untold_need(
    remarks: list[str],
    other: list[str],
    lang: str,
    asked: frozenset[str] | None = None,
    question: str = "",
) -> str | None:
    """The first noun of a need (:func:`need_readings`) that one of ``remarks`` (a side's
    statements after its thread) names and no turn of the other side (``other``: its user
    turns and replies) says as a word of its own (:func:`_said_words`: *car* is not said by
    *card*, 車 not by 電車); None for none. With ``asked`` (the kinds the follow-up
    ``question`` asks, :func:`yamabiko.conversation.bearing.asked`) a need counts only when
    the follow-up asks what it decides (:data:`DECIDES`: an allergy before *what time does
    it open* is small talk) or names a thing the remark names (:func:`_things_named`: "Does
    the cake contain nuts?" after "My son has a nut allergy."); without it (no follow-up
    known), or when the follow-up asks no kind :func:`~yamabiko.conversation.bearing.asked`
    reads (*Is the set course okay for us?*, おすすめのコースはありますか: session 34 review),
    every need counts."""
    said: frozenset[str] | None = None
    for text in remarks:
        for word, kind in need_readings(text, lang):
            undecided = bool(asked) and not DECIDES[kind] & asked  # (no kind read: counts)
            if undecided and not _things_named(text, lang) & _things_named(question, lang):
                continue
            said = _said_words(other, lang) if said is None else said
            if _word_form(word, lang) not in said:
                return word
    return None


def _things_named(text: str, lang: str) -> frozenset[str]:
    """The nouns of things ``text`` names (:func:`_word_form`): Japanese common nouns
    (SudachiPy's 普通名詞 一般: 卵, えび), English words whose first WordNet noun sense is a
    food, plant, animal, substance or artifact (*nut*, *cake*)."""
    if lang == "ja":
        units = short_units(text) or ()
        named = (m.surface() for m in units if m.part_of_speech()[:3] == _JA_THING)
        return frozenset(_word_form(u, lang) for u in named)
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(
        _word_form(w, lang) for w in words if (first_lexnames(w, 0) or ("",))[0] in THINGS
    )


def _said_words(texts: list[str], lang: str) -> frozenset[str]:
    """The words ``texts`` say (:func:`_word_form`): Japanese SudachiPy short units and two
    common nouns run together (:func:`_noun_pairs`), English words of letters."""
    if lang == "ja":
        split = [short_units(t) or [] for t in texts]
        units = [m.surface() for t in split for m in t] + [w for t in split for w in _noun_pairs(t)]
        return frozenset(_word_form(u, lang) for u in units)
    return frozenset(_word_form(w, lang) for t in texts for w in _WORD.findall(t))


def _word_form(word: str, lang: str) -> str:
    """``word`` as :func:`untold_need` compares it: a Japanese unit as written, an English
    word by its first WordNet noun lemma (*trains* / *train*) or the noun of an allergy its
    adjective names (*allergic* / *allergy*, :func:`.need_adjectives.need_noun`), else in
    lower case."""
    if lang == "ja":
        return word
    lower = word.lower()
    return first_lemma(lower, 0) or need_noun(lower, HYPERSENSITIVITY, NEED_DEPTH) or lower


def names_need(word: str, synset: int) -> bool:
    """``word`` (English, lower case) is a noun whose first WordNet sense
    (:func:`.party_needs.first_noun`) lies under the noun synset at offset ``synset`` within
    :data:`NEED_DEPTH` links; False for other words and without the data."""
    offset = first_noun(word)
    return offset is not None and reaches(offset, frozenset({synset}), NEED_DEPTH)


def names_food(word: str) -> bool:
    """``word`` (English, lower case) is a noun whose first WordNet sense is in the
    lexicographer file ``noun.food`` (eggs, milk, wine); False otherwise and without the
    data."""
    offset, tables = first_noun(word), load()
    return (
        offset is not None
        and tables is not None
        and (data_line(tables.noun_data, offset)[1] == FOOD_FILE)
    )


def _gloss_needed(word: str, *, by: bool, negated: bool) -> str:
    """The kind of need the English gloss of the Japanese ``word`` (:func:`gloss`) names
    (:func:`_needed`; empty for none). The gloss is looked up (a product with the table's
    29,476 English words, 15 MB) only when a word of the classes that can decide
    (:func:`_class_tables`: allergy, and conveyance after で, food when negated) reaches
    :data:`GLOSS_FLOOR`: otherwise the nearest English word, if that near, is of no such
    class, so the answer is the same (a product with at most 391 words; session 33
    review)."""
    tables = _class_tables()
    if tables is not None:
        kinds = ("allergy", "conveyance" if by else "", "food" if negated else "", *_PARTY)
        if not any(tables[k].find([word], GLOSS_FLOOR) for k in kinds if k):
            return ""
    return _needed(gloss(word) or "", by=by, negated=negated)


@lru_cache(maxsize=4096)
def _party_near(word: str) -> bool:
    """A word of a need of the party (:data:`_PARTY`, :mod:`.party_needs`: 妊娠 / *pregnant*,
    車椅子 / *wheelchair*) lies within :data:`GLOSS_FLOOR` of the Japanese ``word`` (a product
    with those classes' words of the table only; session 36); True without the table."""
    tables = _class_tables()
    return tables is None or any(tables[k].find([word], GLOSS_FLOOR) for k in _PARTY)


def class_words() -> dict[str, list[str]]:
    """The table's English words (:func:`~yamabiko.guard.wordvec.english_words`) that
    :func:`_needed` reads as each class: ``allergy`` (under :data:`HYPERSENSITIVITY`),
    ``conveyance`` (:data:`CONVEYANCE`), ``food`` (:func:`names_food`); what
    ``benchmarks/build_need_words.py`` writes to :data:`NEED_WORDS` (~10 s)."""
    words = english_words()
    return {
        "allergy": [w for w in words if names_need(w, HYPERSENSITIVITY)],
        "conveyance": [w for w in words if names_need(w, CONVEYANCE)],
        "food": [w for w in words if names_food(w)],
        **{kind: [w for w in words if party_need(w) == kind] for kind in _PARTY},
    }


@lru_cache(maxsize=1)
def _class_tables() -> dict[str, NearestWords] | None:
    """:data:`NEED_WORDS`'s words of each class, searched by :func:`_gloss_needed`; None
    without the file or without WordNet's data (then every gloss is looked up)."""
    if not NEED_WORDS.is_file() or load() is None:
        return None
    listed = json.loads(NEED_WORDS.read_text(encoding="utf-8"))
    return {kind: NearestWords(words) for kind, words in listed.items()}


@lru_cache(maxsize=4096)
def gloss(word: str) -> str | None:
    """The English word whose vector is nearest the Japanese ``word``'s, at
    :data:`GLOSS_FLOOR` or closer (学生 / *students*, 歩く / *walk*); None otherwise. Also
    read by :mod:`yamabiko.conversation.bearing` (one cache for both)."""
    return english_nearest().find([word], GLOSS_FLOOR).get(word)


def names_ja_food(word: str) -> bool:
    """The Japanese noun ``word`` is glossed (:func:`gloss`) by an English noun of
    ``noun.food`` (飲み物 / *drinks*, 料理 / *cuisine*); the gloss is looked up only when a
    food word of the table reaches :data:`GLOSS_FLOOR` (:func:`_gloss_needed`)."""
    return _gloss_needed(word, by=False, negated=True) == "food"
