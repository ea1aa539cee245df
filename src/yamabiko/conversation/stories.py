"""What a remark the assistant does not take up tells of the speaker's own party and past,
no value of the request (session 36, samectx).

A user often tells something of the people booked or of their own past before asking the
follow-up question, and the assistant answers it with a comment of its own: *Half the group
are retired draughtsmen.* / *They'll enjoy the machine room, then!*, *We had a brilliant
summer in it down in Cornwall.* / *Sounds like it's earned a rest!*,
十年修業して、やっと自分の店です。 / それは感慨深いですね。 The guard reads a number or a date in
each (*half*: 0.5, *summer*, 十年), and a number or date in a remark is a value of the request
unless it is the remark's own
(:meth:`~yamabiko.conversation.structure.Structure._told_aside`). Three readings of the
grammar say it is:

- :func:`share_numbers`: a fraction that takes a share of a party (*half the group*, *a third
  of us*, *two thirds of the class*; 三分の一は): a fraction said of a noun that names a group
  or a person in one of its WordNet senses (``noun.group``, ``noun.person``: *group*, *team*,
  *class*, *guests*) or of a personal pronoun describes who is in the party, no amount (*half
  a kilo*, *half the cake* stay values: no sense of *kilo* or *cake* is a group);
- :func:`story_dates`: the dates of a remark told in the past or the perfect (*We had a
  brilliant summer*, *since spring*; 去年の夏は...でした) that says no word of the thread: a
  time of the speaker's story, no date of the request;
- :func:`request_dates` (session 36, samefix): the other way round, the dates of an English
  remark told in no past that points back at the request's thing (*bring it in September*)
  are the request's, whatever the reply;
- :func:`comments`: a Japanese reply that ends in the sentence-final particle ね (それは感慨深い
  ですね, 喜ばれますね) is a comment of feeling, where a change of the request is acknowledged
  (かしこまりました); a length of time in a remark so answered is the speaker's story
  (:func:`~yamabiko.conversation.lengths.own_spans`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..guard import lexicon as lx
from ..guard.english_forms import participle_base
from ..guard.japanese import short_units
from ..guard.wordnet import load
from ..guard.wordnet_first import first_lemma, first_lexnames
from ..guard.wordnet_lines import data_line, line_pointers
from ..guard.wordnet_read import lexnames
from .lengths import told_in_past
from .measures import numeral_value
from .needs import gloss
from .thing_kinds import noun_files

__all__ = ["comments", "glossed_again", "request_dates", "share_numbers", "story_dates"]

#: an English fraction (half; a, one, two... third(s) / quarter(s)) said of what follows it
_EN_SHARE = re.compile(
    r"\b(half|(?:a|one|two|three)\s+(?:thirds?|quarters?))\s+(?:of\s+)?"
    r"(us|them|you|(?:the|our|my|your|their|his|her)\s+([a-z]+))\b",
    re.IGNORECASE,
)
#: a Japanese fraction (三分の一, 3分の2) that is the subject or topic of its clause
_JA_NUMERAL = "([0-9０-９一二三四五六七八九十]+)"
_JA_SHARE = re.compile(_JA_NUMERAL + "分の" + _JA_NUMERAL + "(?=[はがも])")
#: an English pronoun that points back at the request's thing as an object (bring *it*,
#: drop *them* off), not *it* as a subject (it's, it is, it was: "It's our anniversary")
_EN_OBJECT_BACK = re.compile(
    r"\bthem\b|\bit\b(?!\s*['’]|\s+(?:is|was|will|would|has|had|might|may)\b)",
    re.IGNORECASE,
)
#: the WordNet files of a noun that names a party: a group of people, a person
_PARTY_FILES = frozenset({"noun.group", "noun.person"})


def share_numbers(text: str) -> frozenset[float]:
    """The numbers ``text`` says only in a fraction that takes a share of a party (the module
    docstring): *Half the group are retired* -> {0.5}, *two thirds of us* -> {2, 3},
    三分の一は初心者です -> {3, 1}; empty for *half a kilo* or *half the cake*."""
    found: set[float] = set()
    for match in _EN_SHARE.finditer(text):
        noun = match.group(3)
        if noun and not _names_party(noun.lower()):
            continue  # a share of a thing (half the cake): an amount
        for word in match.group(1).lower().split():
            value = lx.en_number_word(word) or lx.en_number_word(word.rstrip("s"))
            if value is None and word in ("a", "one"):
                value = 1
            if value is not None:
                found.add(float(value))
    for match in _JA_SHARE.finditer(text):
        for numeral in match.groups():
            value = numeral_value(numeral)
            if value is not None:
                found.add(value)
    return frozenset(found)


@lru_cache(maxsize=1024)
def _names_party(noun: str) -> bool:
    """An English ``noun`` names a party: a sense of it lies in ``noun.group`` or
    ``noun.person`` (*team*, *class*, *guests*), or its first sense is the top of such a
    file's hierarchy (``noun.Tops``: *group*), a hyponym of it lying in one."""
    files = noun_files(noun)
    if files & _PARTY_FILES:
        return True
    tables, names = load(), lexnames()
    lemma = first_lemma(noun, 0) if "noun.Tops" in files else None
    senses = tables.noun_senses.get(lemma, ()) if tables and lemma else ()
    if not senses or tables is None:
        return False
    fields = data_line(tables.noun_data, senses[0])
    below = [p[1] for p in line_pointers(fields) if p[0] == "~" and p[2] == "n"]
    return any(
        names.get(int(data_line(tables.noun_data, int(offset))[1])) in _PARTY_FILES
        for offset in below
    )


def story_dates(
    text: str, dates: frozenset[str], lang: str | None, *, says_thread: bool
) -> frozenset[str]:
    """The ``dates`` (the guard's date words of ``text``) that a remark tells of the speaker's
    own past: all of them when it is told in the past or the perfect
    (:func:`~yamabiko.conversation.lengths.told_in_past`) and says no word of the thread
    (``says_thread``: "We moved the visit to March." says *visit* again); else none."""
    if not dates or says_thread or not told_in_past(text, lang):
        return frozenset()
    return dates


def comments(reply: str) -> bool:
    """A Japanese ``reply`` ends in the sentence-final particle ね (the last unit that is no
    punctuation): a comment of feeling, それは感慨深いですね, not an acknowledgment."""
    units = short_units(reply) if reply else None
    ending = [
        (m.surface(), m.part_of_speech()[1])
        for m in units or ()
        if m.part_of_speech()[0] != "補助記号"
    ][-1:]
    return ending == [("ね", "終助詞")]


def request_dates(text: str, dates: frozenset[str], lang: str | None) -> bool:
    """An English remark's ``dates`` (the guard's date words of ``text``) are a date of the
    request (session 36, samefix): the remark points back at the request's thing with *it*
    or *them* as an object and is told in no past ("We'd rather bring it in September." /
    "Lovely."; "We'll drop them off in May."): a change answered by a bare acknowledgment,
    no story ("We're off to Spain in September.", "We had it serviced in May."; an
    irregular past too, session 37: "We bought it in May.", WordNet's exceptions)."""
    if not dates or lang == "ja" or told_in_past(text, lang):
        return False
    for found in _EN_OBJECT_BACK.finditer(text):
        before = re.findall(r"[a-z]+", text[: found.start()].lower())[-1:]
        verb = before and first_lemma(before[0], 1)
        if verb and (first_lexnames(before[0], 1) or ("",))[0] != "verb.emotion":
            # the object of a verb (bring it), not of a preposition (grow in it), told in no
            # irregular past (bought it, took them; is it: a present form of be)
            return participle_base(before[0]) in (None, "be")
    return False


def glossed_again(remark: str, thread: list[str]) -> bool:
    """A Japanese ``remark`` says a word of the ``thread`` (its turns) again in other words:
    a verb or common noun of it (its dictionary form) and one of the thread share their
    English gloss (:func:`~yamabiko.conversation.needs.gloss`: 三か月切っていないので、かなり
    伸びています。 after カットの予約, both *cut*; session 36, samefix): the remark tells of
    the request's own thing, so a length in it is no story of the speaker's
    (:func:`~yamabiko.conversation.lengths.own_spans`)."""
    mine = {gloss(w) for w in _ja_glossed_words(remark)} - {None}
    if not mine:
        return False
    return any(gloss(w) in mine for text in thread for w in _ja_glossed_words(text))


def _ja_glossed_words(text: str) -> list[str]:
    """The dictionary forms of the common nouns and verbs of a Japanese ``text``; not a verb
    after a conjunctive particle or another verb, a helper there (住んで *いる*, 持って *くる*)."""
    units = short_units(text) or []
    found = []
    for i, m in enumerate(units):
        pos = m.part_of_speech()
        before = units[i - 1].part_of_speech()[:2] if i else ("", "")
        helper = before == ("助詞", "接続助詞") or before[0] == "動詞"
        if pos[:2] == ("名詞", "普通名詞") or (pos[0] == "動詞" and not helper):
            found.append(m.dictionary_form())
    return found
