"""A condition of the asker told in a story before the question, which the bare question
leaves out (session 28).

*I'm over 65 and retired now - how much is a ticket?* asks *How much is a ticket?* for a
senior: the answer depends on the story. The minimal-pair check refuses the same condition
said in the question itself (*Can I get a spray tan if I'm pregnant?* / *Can I get a spray
tan?*: ``condition:``); told in a story it was served. :func:`story_condition` reads the
story (:func:`~yamabiko.focus_split.story_split`) for something **predicated of the asker or the
party** and refuses when the other prompt does not say it, and the question asks a price, a
permission, a suitability or an eligibility (the questions whose answer such a condition
changes):

- English: *I'm / we're / my son is* + a number (an age), an adjective or a person noun
  (*pregnant*, *retired*, *a student*, *members*; not a feeling: an adjective whose verb
  WordNet files under verb.emotion, *worried*, *excited*, and not a verb in -ing), or
  *I have / I've got / my daughter has* + a noun WordNet files under noun.state or
  noun.person, or has no tagged sense (*a nut allergy*, *diabetes*; not *a question*).
- Japanese: the story ends in a noun stated of the asker (仮免許しか持っていない, 小学生に
  なる, 妊娠中, 学生です, アレルギーがある) or an age (65歳). A noun a clause describes (a
  verb, an adjective or an auxiliary right before it: まだ何も分からない状態です, 足を骨折して
  いる状態です) states what its clause says: the clause's own nouns are the condition (骨折),
  and a clause that names none (分からない状態, 行く予定) states no condition (session 36).

A story that only gives background (*I bought my mum a terrarium ... - how often does it
need watering?*) or whose question is not one of those kinds (*My daughter has coeliac
disease ... - do you do gluten-free batter?*) stays served. Gated: only a prompt that
:func:`~yamabiko.focus_split.story_split` cuts (a preamble before one question) is read.
"""

from __future__ import annotations

import re

from ..focus_split import story_split
from . import wordnet
from .ja_contrasts import contrastable
from .japanese import long_units
from .wordnet_first import first_lexnames
from .wordnet_kinds import reaches

_NOUN, _VERB, _ADJ = 0, 1, 2
#: the asker or the party stated to be something: I'm, we are, my son is
_BE_EN = re.compile(
    r"\b(?:i'm|i am|we're|we are|he's|he is|she's|she is|they're|they are"
    r"|(?:my|our) ([a-z]+) (?:is|are))\s+(?:(?:only|over|under|nearly|almost|just|now|both|all)"
    r"\s+)?(a |an )?([a-z0-9]+)(?: ([a-z]+))?"
)
#: the words an adjective said of the asker may stand before (pregnant and ..., retired now)
_AFTER_PREDICATE = frozenset({"and", "but", "so", "now", "too", "as", "with", "since", "at"})
#: the asker or the party stated to have something: I have, I've got, my daughter has
_HAVE_EN = re.compile(
    r"\b(?:i have|i've got|we have|we've got|he has|she has|(?:my|our) [a-z]+ (?:has|have))"
    r"\s+(?:got\s+)?(?:(?:a|an|some|severe|bad|mild)\s+)?([a-z]+)(?:\s+([a-z]+))?"
)
#: English numerals an age is said in (a number of the party too: we are six)
_NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
})  # fmt: skip
#: the questions a condition of the asker changes the answer of: a price, a permission, a
#: suitability or an eligibility
_ASKS_EN = re.compile(
    r"\b(?:how much|price|prices|cost|costs|charge|fee|fees|discount|discounts|concession"
    r"|can (?:i|we|he|she|they|my|our|kids|children)|could (?:i|we)|may (?:i|we)"
    r"|is it (?:ok|okay|safe|suitable|possible|alright|allowed)|allowed|eligible|suitable"
    r"|safe)\b"
)
_JA_STATED = re.compile(
    r"([一-龥々ァ-ヴー]{2,}|[0-9０-９一二三四五六七八九十]+歳)"
    r"(?:しか持っていない|しか持ってない|しか持っておらず|になる|になります|になった|中|です|だ|なの"
    r"|がある|があります|を持っている|を持ってる)$"
)
#: the lead-ins a Japanese story ends in, longest first (妊娠中なのですが)
_JA_LEADS = ("なのですが", "なんですが", "のですが", "んですが", "ですが", "ますが", "けれども",
             "けれど", "けど", "ので", "んで", "のだが")  # fmt: skip
_ASKS_JA = re.compile(
    r"料金|いくら|値段|割引|られますか|れますか|できますか|いいですか|大丈夫|可能"
)


def _state_adjective(word: str) -> bool:
    """An adjective WordNet has that is no feeling (its verb is not filed under verb.emotion:
    *worried*, *excited*)."""
    return bool(first_lexnames(word, _ADJ)) and "verb.emotion" not in (
        first_lexnames(word, _VERB) or ()
    )


def _person(word: str) -> bool:
    """A noun (or its plural) whose first tagged sense WordNet files under noun.person."""
    return (first_lexnames(word.rstrip("s"), _NOUN) or ("",))[0] == "noun.person"


def _stated_en(story: str) -> list[str]:
    """The conditions the English ``story`` states of the asker or the party."""
    text = story.lower().replace("’", "'")
    found = []
    for match in _BE_EN.finditer(text):
        owner, article, word, after = match.groups()
        if owner is not None and not _person(owner):
            continue  # my car is owned by ...: not the asker's party
        if word.isdigit() or word in _NUMBER_WORDS:
            found.append(word)
        elif word.endswith("ing") or word in ("so", "not", "very", "really", "here"):
            continue
        elif article is not None:  # a student, an OAP: a person noun, not a huge fan
            if _person(word) and not first_lexnames(word, _ADJ):
                found.append(word)
        elif _person(word) or (  # members of the club; pregnant and ..., not a huge fan
            (after is None or after in _AFTER_PREDICATE) and _state_adjective(word)
        ):
            found.append(word)
    for match in _HAVE_EN.finditer(text):  # a nut allergy, epilepsy and ...: either word
        for word in filter(None, match.groups()):
            if first_lexnames(word, _ADJ):
                continue  # a huge old beech: a modifier
            kinds = first_lexnames(word, _NOUN)
            if kinds == () or (kinds and kinds[0] in ("noun.state", "noun.person")):
                found.append(word)
    return found


_ANY_NUMBER = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS) + r")")


def _dropped(word: str, other: str) -> bool:
    """Whether ``other`` neither says ``word`` nor a form of it (its first five letters); an
    age is said when ``other`` says any number (twenty-seven / 27: its own rules compare)."""
    if word.isdigit() or word in _NUMBER_WORDS:
        return not _ANY_NUMBER.search(other)
    return word[:5] not in other


#: the parts of speech that end a clause describing the noun after it (分からない状態)
_CLAUSE_ENDS = frozenset({"動詞", "形容詞", "助動詞"})
#: WordNet 3.0 noun synset of *state*: "the way something is with respect to its main
#: attributes" (a condition, a situation, a stage: 状態, 状況, 段階)
_STATE = 24720
#: the most hypernym links from a sense up to :data:`_STATE` (situation -> state: 1)
_STATE_DEPTH = 3


def _names_a_state(noun: str) -> bool:
    """The Japanese ``noun``'s English source by the word vectors (:func:`.ja_contrasts.
    contrastable`: 状態 / *state*, 段階 / *stage*) has a sense under WordNet's *state* among
    its first senses and none of a person: a clause before it says what the state is
    (骨折している状態). A person (学生 / *student*), a noun with no such source (高校生,
    予定) or another noun is what the story states of the asker itself (session 37: 毎日ジム
    に通っている高校生です was read as ジム alone)."""
    english = contrastable().get(noun)
    if not english:
        return False
    tables = wordnet.load()
    senses = wordnet.tagged_senses(english, 0, wordnet.SENSES)
    if tables is None or any(tables.synsets[c].lexname == "noun.person" for c in senses):
        return False
    return any(
        c >> 2 == _STATE or reaches(c >> 2, frozenset({_STATE}), _STATE_DEPTH) for c in senses
    )


def _ja_stated_words(head: str, stated: re.Match[str]) -> tuple[str, ...]:
    """What the Japanese story's last clause ``head`` states of the asker, ``stated`` its
    match of :data:`_JA_STATED`: the noun (or age) itself, or, when a clause describes a
    noun of a state (SudachiPy reads a verb, an adjective or an auxiliary right before it;
    :func:`_names_a_state`), the nouns of that clause, the nearest first (no pronoun, no
    adverbial noun such as 今), none when it names none."""
    word = stated.group(1)
    if word.endswith("歳"):
        return (word,)
    found = long_units(head, keep=False)
    if found is None:
        return (word,)
    morphemes = found[1]
    at = next((i for i, m in enumerate(morphemes) if m.begin() == stated.start(1)), 0)
    if at == 0 or morphemes[at - 1].part_of_speech()[0] not in _CLAUSE_ENDS:
        return (word,)
    if not _names_a_state(word):
        return (word,)  # 学生, 高校生: the person the clause describes is the condition
    return tuple(
        m.surface() for m in reversed(morphemes[:at])
        if m.part_of_speech()[0] == "名詞" and m.part_of_speech()[2] != "副詞可能"
        and m.part_of_speech()[1] != "数詞"
    )  # fmt: skip


def story_condition(query: str, cached: str, lang: str | None = None) -> str:
    """The reason to refuse ``query`` against ``cached`` when one of the two tells a story that
    states a condition of the asker or the party the other does not say, before a question of
    a price, a permission, a suitability or an eligibility (see the module docstring):
    ``story-condition:pregnant``; empty: none. ``lang``: the query's language ("en" / "ja";
    None: guessed from the script)."""
    for text, other in ((query, cached), (cached, query)):
        split = story_split(text, lang)
        if split is None:
            continue
        story, asking, japanese = split
        if japanese:
            head = re.split(r"[、,，。]", story.rstrip("、,，。 "))[-1]
            for suffix in _JA_LEADS:
                head = head.removesuffix(suffix)
            stated = _JA_STATED.search(head)
            if stated and _ASKS_JA.search(asking):
                for word in _ja_stated_words(head, stated):
                    if word not in other:
                        return f"story-condition:{word}"
            continue
        if not _ASKS_EN.search(asking.lower()):
            continue
        low = other.lower()
        for word in _stated_en(story):
            if _dropped(word, low):
                return f"story-condition:{word}"
    return ""
