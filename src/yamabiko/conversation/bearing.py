"""A remark the follow-up question bears on is no aside (session 33, followup).

Step 2 (:mod:`yamabiko.conversation.structure`) lets a statement after the thread that the
assistant answers without taking it up pass as an aside. Whether it is one depends on what is
asked next: 私はまだ学生なんです。 / お若いですね。 is chatter before 営業時間は？ but decides the
answer to 月会費はいくらですか？ (a student rate). The comparison is given the follow-up (the
lookup's prompt) and reads three kinds of question, each by its interrogative construction
(a closed class of grammar, not a list of topics):

- a **price** (``price``): Japanese いくら, English *how much*, or a noun whose first or second
  WordNet sense is in ``noun.possession`` (fee, cost, price);
- a **choice** (``choice``): a question of a thing, Japanese 何 (a pronoun), English *what* /
  *which* ("What would you recommend?", 飲み物は何がありますか？);
- a **way there** (``way``): how long it takes or how far, Japanese かかる, 遠い / 近い,
  English *how long*, *how far*, *get there*.

and, in a remark, what each bears on:

- a price: a party's **age** (a number with the counter 歳 said as the predicate, 七十歳なんです,
  not 百歳の方; *N years old*, *aged N*), a
  **status** (a noun whose first WordNet sense is in ``noun.person`` said as the predicate:
  学生なんです, "I'm a student"; not after a prefix, 立候補なので), or a **restriction to
  a time** (an adverbial time noun, SudachiPy's 副詞可能, before しか: 平日の昼間しか行けない;
  *only* next to a ``noun.time`` noun: "weekends only", "only on Sundays"; not "only been
  playing since spring");
- a choice: a **preference** (Japanese N が + a na-adjective, SudachiPy's 形状詞: 日本酒が好き,
  辛いものが苦手; English a verb whose first sense is in ``verb.emotion`` taking a thing, a
  noun of food, artifact, substance, plant or animal: "loves red wine");
- a way there: a **way of travelling** (Japanese N で 行く / 来る, or a verb of motion by its
  English gloss before 行く / 来る: 歩いて行く; English a ``verb.motion`` verb in -ing other
  than the deictic *go* / *come*: "We'll be cycling over").

A bearing the other side says too (its user turns or replies) is the same on both sides. The
refusal names it: ``history:need:<word>``.
"""

from __future__ import annotations

import re

from ..guard.japanese import short_units
from ..guard.wordnet_first import first_lemma, first_lexnames
from .needs import SENTENCE_END, THINGS, en_past, gloss, ja_past, names_ja_food
from .thing_kinds import noun_files

__all__ = ["asked", "bearings", "untold_bearing"]

_WORD = re.compile(r"[A-Za-z']+")
_PLAIN = re.compile(r"[a-z]+")
#: the auxiliaries (by their WordNet verb lemma) and the modal verbs and pronouns after
#: *what* that name no thing asked for ("what does", "what would you", "what's", "what it")
_EN_AUXILIARIES = frozenset({"be", "do", "have"})
_EN_FUNCTION = frozenset(
    {"s", "would", "could", "should", "can", "will", "shall", "may", "might", "must",
     "i", "you", "we", "they", "he", "she", "it"}
)  # fmt: skip
_EN_PRICE = re.compile(r"\bhow much\b", re.IGNORECASE)
_EN_CHOICE = re.compile(r"\b(?:what|which)\b", re.IGNORECASE)
_EN_WAY = re.compile(r"\bhow (?:long|far)\b|\bget (?:there|to)\b", re.IGNORECASE)
_EN_TIME = re.compile(r"\bwhen\b|\bwhat time\b", re.IGNORECASE)
#: a question of what the asker should do (*should we*, *do I need to*, ～ばいい / ～たらいい)
_EN_ADVICE = re.compile(
    r"\b(?:should|must)\s+(?:we|i)\b|\b(?:do|does)\s+(?:we|i)\s+(?:need|have)\s+to\b",
    re.IGNORECASE,
)
_JA_ADVICE = re.compile(r"(?:ば|たら)(?:いい|よい|良い)")
#: the Japanese words of when (いつ, 何時, 何時ごろ)
_JA_WHEN = ("いつ", "何時")
_EN_AGE = re.compile(r"\b\d+ years? old\b|\baged \d+\b", re.IGNORECASE)
#: English forms of *be* after which a noun is the subject's status ("I'm a student")
_EN_BE = frozenset({"am", "i'm", "we're", "are", "is", "he's", "she's", "they're"})
#: the forms of *be* before an -ing that make it the predicate ("we'll be cycling over")
_EN_PROGRESSIVE = _EN_BE | {"be", "been"}
_EN_DETERMINERS = frozenset({"a", "an", "still", "both", "all", "now"})
#: the words that open an adjective's own complement (desperate *to* ..., keen *for* ...): the
#: adjective of a person's noun said with one is the adjective, not a status
_ADJECTIVE_COMPLEMENTS = (["to"], ["for"], ["about"])
#: the lexicographer file of a measure (a bottle, a glass, a cup of anything): a question that
#: chooses one names no kind of thing (session 35 review: *loves red wine* / "Which bottle?")
_MEASURE = "noun.quantity"
#: the deictic verbs of motion (go / come; 行く / 来る), which say where, not how
_EN_DEICTIC = frozenset({"go", "come"})
_JA_DEICTIC = frozenset({"行く", "来る"})
#: Japanese predicates of a distance or duration asked (かかる, take; 遠い / 近い, far / near)
_JA_WAY = frozenset({"かかる", "遠い", "近い"})


def asked(question: str, lang: str) -> frozenset[str]:
    """The kinds of answer ``question`` (the follow-up, in ``lang``) asks for: ``price``,
    ``choice``, ``way`` (the module docstring), ``food`` (session 34: it names a food or a
    verb of eating, 飲み物, "Does the cake contain nuts?"), ``time`` (session 34 review: *when*,
    *what time*, いつ, 何時: "What time does it open?"; but a time the party asks what it
    should do at, "When should we leave?", 何時ごろ出発すればいいですか, is the way there:
    how it travels decides it); empty for none."""
    kinds = set(_time_asked(question, lang))
    if lang == "ja":
        for m in short_units(question) or ():
            form, pos = m.dictionary_form(), m.part_of_speech()
            if form == "いくら":
                kinds.add("price")
            elif form == "何" and pos[0] == "代名詞":
                kinds.add("choice")
            elif form in _JA_WAY:
                kinds.add("way")
            elif pos[:2] == ("名詞", "普通名詞") and names_ja_food(m.surface()):
                kinds.add("food")
        return frozenset(kinds)
    words = [w.lower() for w in _WORD.findall(question)]
    if _EN_PRICE.search(question) or any(
        "noun.possession" in (first_lexnames(w, 0) or ())[:2] for w in words
    ):
        kinds.add("price")
    if (
        _EN_CHOICE.search(question)
        and not kinds  # "What will the appointment cost me?" asks a price, no choice
        and _choice_of_thing(_PLAIN.findall(question.lower()))
    ):
        kinds.add("choice")
    if _EN_WAY.search(question):
        kinds.add("way")
    if any(
        "noun.food" in (first_lexnames(w, 0) or ())[:2] or _lexname(w, 1) == "verb.consumption"
        for w in words
    ):
        kinds.add("food")
    return frozenset(kinds)


def _time_asked(question: str, lang: str) -> tuple[str, ...]:
    """``("time",)`` for a question of when (:func:`asked`), ``("way",)`` for a question of
    when the party should act (a question of advice: *should we*, *do I need to*, ～ばいい,
    ～たらいい), ``()`` for neither."""
    if lang == "ja":
        when = any(
            m.dictionary_form().startswith(_JA_WHEN) and m.part_of_speech()[0] in ("代名詞", "名詞")
            for m in short_units(question) or ()
        )
    else:
        when = bool(_EN_TIME.search(question))
    if not when:
        return ()
    return ("way",) if (_JA_ADVICE if lang == "ja" else _EN_ADVICE).search(question) else ("time",)


def _choice_of_thing(words: list[str]) -> bool:
    """The *what* / *which* of ``words`` (a question, lower case) asks for a thing: the word
    right after it (after *of* when one follows: "what kind of wine") is no noun, or a noun
    whose first WordNet sense is a thing (:data:`.needs.THINGS`: "which wine", "what would you
    recommend"); not "what time", "which day" (session 34: a food liked is no answer to
    when it opens). Auxiliaries and pronouns say no head noun ("what does it cost")."""
    for head in _choice_heads(words):
        if head in _EN_FUNCTION or first_lemma(head, 1) in _EN_AUXILIARIES:
            return True
        name = _lexname(head, 0)
        if not name or name in THINGS:
            return True
    return False


def _choice_heads(words: list[str]) -> list[str]:
    """The word after each *what* / *which* of ``words`` (after *of* when one follows: "what
    kind of wine" -> *wine*)."""
    heads = []
    for i, w in enumerate(words):
        if w not in ("what", "which") or i + 1 == len(words):
            continue
        head = words[i + 1]
        if words[i + 2 : i + 3] == ["of"] and i + 3 < len(words):
            head = words[i + 3]
        heads.append(head)
    return heads


def bearings(text: str, lang: str) -> dict[str, str]:
    """What the remark ``text`` (in ``lang``) bears on, kind -> the word that says it
    (the module docstring); empty for nothing."""
    return _ja_bearings(text) if lang == "ja" else _en_bearings(text)


def _ja_bearings(text: str) -> dict[str, str]:
    """:func:`bearings` of a Japanese remark, read by SudachiPy's parts of speech."""
    found: dict[str, str] = {}
    units = short_units(text) or ()

    def past(i: int) -> bool:
        return ja_past(units[i + 1 :])

    for i, m in enumerate(units):
        pos, form = m.part_of_speech(), m.dictionary_form()
        prev = units[i - 1] if i else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        counted = prev is not None and prev.part_of_speech()[1] == "数詞"
        if pos[2] == "助数詞" and form == "歳" and counted and _copula(nxt) and not past(i):
            found.setdefault("price", units[i - 1].surface() + m.surface())  # 七十歳
        elif pos[:2] == ("名詞", "普通名詞") and nxt is not None:
            if pos[2] == "副詞可能" and nxt.surface() == "しか":
                found.setdefault("price", m.surface())  # 平日の昼間しか
            elif (
                _copula(nxt)
                and not past(i)  # 祖父が昔こまの名人だったそうです: a story
                and (prev is None or prev.part_of_speech()[0] != "接頭辞")
                and _person(gloss(m.surface()))
            ):  # 学生なんです; not a prefixed word, 立候補 (candidacy)
                found.setdefault("price", m.surface())
            elif (
                nxt.surface() == "で"
                and nxt.part_of_speech()[1] == "格助詞"
                and i + 2 < len(units)
                and units[i + 2].dictionary_form() in _JA_DEICTIC
                and not ja_past(units[i + 2 :])  # 前回は車で行って渋滞した: a story
            ):
                found.setdefault("way", m.surface())  # 自転車で行きます
        elif pos[0] == "形状詞" and prev is not None and prev.surface() == "が" and i > 1:
            found.setdefault("choice", units[i - 2].surface() + prev.surface() + m.surface())
        elif (
            pos[0] == "動詞"
            and nxt is not None
            and nxt.surface() == "て"
            and i + 2 < len(units)
            and units[i + 2].dictionary_form() in _JA_DEICTIC
            and form not in _JA_DEICTIC
            and not ja_past(units[i + 2 :])
            and _motion(gloss(form))
        ):
            found.setdefault("way", m.surface())  # 歩いて行く
    return found


def _en_bearings(text: str) -> dict[str, str]:
    """:func:`bearings` of an English remark, read by WordNet's lexicographer files."""
    found: dict[str, str] = {}
    age = _EN_AGE.search(text)
    if age:
        found["price"] = age.group(0)
    for sentence in SENTENCE_END.split(text):
        words = [w.lower() for w in _WORD.findall(sentence)]
        past = en_past(_PLAIN.findall(sentence.lower()))
        for i, w in enumerate(words):
            after = [x for x in words[i + 1 : i + 4] if x not in _EN_DETERMINERS]
            if w in _EN_BE and after and _person(after[0]) and _said_as_noun(words, i, after[0]):
                found.setdefault("price", after[0])  # I'm a student
            elif (
                w == "only"
                and not past
                and any(
                    _lexname(x, 0) == "noun.time"
                    for x in [*words[i + 1 : i + 4], *words[i - 1 : i]]
                )
            ):
                found.setdefault("price", w)  # weekends only
            elif _lexname(w, 1) == "verb.emotion" and _en_liked(after):
                found.setdefault("choice", w)  # loves red wine
            elif (
                w.endswith("ing")
                and i > 0
                and words[i - 1] in _EN_PROGRESSIVE  # not "lovely weather for cycling"
                and not past
                and _lexname(w, 1) == "verb.motion"
                and first_lemma(w, 1) not in (w, *_EN_DEICTIC)  # an inflection: not spring
            ):
                found.setdefault("way", w)  # cycling over
    return found


def untold_bearing(remarks: list[str], other: list[str], question: str, lang: str) -> str | None:
    """The first word of a remark of ``remarks`` that bears on what ``question`` asks
    (:func:`asked`, :func:`bearings`) and no turn of the other side (``other``) says; None
    for none (and for no question)."""
    kinds = asked(question, lang) if question else frozenset()
    if not kinds:
        return None
    said = " ".join(other).lower()
    for text in remarks:
        for kind, word in bearings(text, lang).items():
            if kind == "choice" and not _choice_borne(text, question, lang):
                continue  # "My wife loves flowers." before "Which wine would you suggest?"
            if kind in kinds and not _says(said, word.lower(), lang):
                return word
    return None


def _choice_borne(remark: str, question: str, lang: str) -> bool:
    """A preference the ``remark`` tells bears on the choice ``question`` asks (session 35,
    samectx): the question names no thing to choose among ("What would you recommend?",
    何がおすすめですか), or names one of the kind of a thing the remark likes (its WordNet
    lexicographer file: *red wine* before "Which wine?", 日本酒 before ワインは何が...). A
    taste for another kind of thing, *flowers* (``noun.plant``) before "Which wine would you
    suggest?" (``noun.food``), decides nothing of that choice."""
    asked_kinds = _question_things(question, lang)
    return not asked_kinds or bool(asked_kinds & _liked_things(remark, lang))


def _liked_things(remark: str, lang: str) -> frozenset[str]:
    """The lexicographer files of the things a preference of ``remark`` likes (English: a
    ``verb.emotion`` verb's object, :func:`_en_liked`; Japanese: the noun before が and a
    na-adjective, 花が好き, read through its English gloss)."""
    if lang == "ja":
        units = short_units(remark) or ()
        return frozenset().union(*(
            _thing_kinds(gloss(units[i - 2].surface()) or "")
            for i in range(2, len(units))
            if units[i].part_of_speech()[0] == "形状詞" and units[i - 1].surface() == "が"
        ))  # fmt: skip
    found: set[str] = set()
    for sentence in SENTENCE_END.split(remark):
        words = [w.lower() for w in _WORD.findall(sentence)]
        for i, w in enumerate(words):
            if _lexname(w, 1) == "verb.emotion":
                after = [x for x in words[i + 1 : i + 4] if x not in _EN_DETERMINERS]
                found.update(*map(_thing_kinds, after))
    return frozenset(found)


def _thing_kinds(word: str) -> frozenset[str]:
    """The lexicographer files of :data:`.needs.THINGS` among every noun sense of ``word``
    (English; :func:`.thing_kinds.noun_files`): *fish* is ``noun.animal`` and ``noun.food``,
    *cake* ``noun.artifact`` and ``noun.food`` (session 35 review: by the first tagged sense
    only, *loves chicken* / "Which dish would you recommend?" shared no kind)."""
    return noun_files(word.lower()) & THINGS


def _en_liked(after: list[str]) -> frozenset[str]:
    """The lexicographer files of :data:`.needs.THINGS` that the words ``after`` an English
    verb of emotion (its object: "red wine", "flowers") name first; empty for none."""
    return frozenset(_lexname(x, 0) for x in after) & THINGS


def _question_things(question: str, lang: str) -> frozenset[str]:
    """The lexicographer files of :data:`.needs.THINGS` of the things a question of choice
    names: English, the head noun after *what* / *which* (:func:`_choice_head`: *wine* of
    "Which wine would you suggest?"); Japanese, its common nouns (SudachiPy's 普通名詞 一般)
    read through their English gloss (ワイン / *wine*), each by every tagged sense
    (:func:`_thing_kinds`). Empty: it names no thing, or names a measure that holds any
    (*bottle*, *glass*: a ``noun.quantity`` sense, :data:`_MEASURE`)."""
    if lang == "ja":
        nouns = [
            m.surface()
            for m in short_units(question) or ()
            if m.part_of_speech()[:3] == ("名詞", "普通名詞", "一般")
        ]
        heads = [gloss(n) or "" for n in nouns]
    else:
        heads = [
            h
            for h in _choice_heads(_PLAIN.findall(question.lower()))
            if h not in _EN_FUNCTION and first_lemma(h, 1) not in _EN_AUXILIARIES
        ]  # ("what's", "what would you": no head noun)
    if any(_MEASURE in (first_lexnames(h, 0) or ()) for h in heads if h):
        return frozenset()  # a bottle, a glass: a measure of any thing (session 35 review)
    return frozenset().union(*map(_thing_kinds, heads))


def _says(said: str, word: str, lang: str) -> bool:
    """``said`` (the other side's turns, lower case) says ``word``: in English as whole words,
    a plural too (*students* says *student*; *only* is not said by *commonly*, *student* not
    by *studentship*), in Japanese as written (no spaces to tell words by)."""
    if lang == "ja":
        return word in said
    found = re.search(rf"(?<![a-z0-9']){re.escape(word)}(?:e?s)?(?![a-z0-9'])", said)
    return found is not None


def _copula(unit) -> bool:
    """``unit`` (a SudachiPy morpheme or None) is the copula だ / です: what precedes it is
    said as the predicate (七十歳なんです), not a modifier (百歳の方)."""
    return unit is not None and unit.dictionary_form() in ("だ", "です")


def _lexname(word: str, pos: int) -> str:
    """The lexicographer file of ``word``'s first tagged WordNet sense in part of speech
    ``pos``; empty for none."""
    names = first_lexnames(word, pos) if word else None
    return names[0] if names else ""


def _said_as_noun(words: list[str], i: int, word: str) -> bool:
    """``word``, said after the *be* at ``words[i]``, is said as a noun: after *a* / *an*
    ("I'm a senior"), in a form WordNet has no adjective of ("We're seniors"), or a bare
    adjective form said without a complement of its own ("I'm senior, by the way", "I'm
    resident in the town": a status). An adjective followed by its complement, *to* / *for* /
    *about* ("She's desperate to ...", whose noun, *a desperate*, is a person: session 34,
    lateConvo), is the adjective; session 35's review found every bare adjective read so,
    *I'm senior* and *We're both veteran* before a price question served as small talk."""
    at = words.index(word, i + 1)
    if {"a", "an"} & set(words[i + 1 : at]) or first_lemma(word, 2) != word:
        return True
    return words[at + 1 : at + 2] not in _ADJECTIVE_COMPLEMENTS


def _person(word: str | None) -> bool:
    """``word`` (English) is a noun whose first WordNet sense is in ``noun.person``."""
    return bool(word) and _lexname(word.lower(), 0) == "noun.person"


def _motion(word: str | None) -> bool:
    """``word`` (English) is a verb whose first WordNet sense is in ``verb.motion``."""
    return bool(word) and _lexname(word.lower(), 1) == "verb.motion"
