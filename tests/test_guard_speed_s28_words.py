"""Session 28 (speedW): one record per English token for the analysis and the units.

The analysis (``english._analyse_latin``) and the minimal-pair units (``units._units_en``)
read one :class:`~yamabiko.guard.en_words.TokenRecord` per token from one memo, made once
with one lower-casing and one stem; the units' content row is looked up once (a word the
word table knows is no filler slip, so the slip test's own look-up is not repeated).
``tests/test_guard_same_verdicts.py`` holds every verdict, analysis and unit of the golden
sample; these tests hold what the record's shortcuts rest on.
"""

from __future__ import annotations

from guard_verdicts import sample

from yamabiko.guard import analyse
from yamabiko.guard.en_words import (
    _EN_SLIPPABLE,
    EN_WORDS,
    PART_CONTENT,
    PART_RELATION,
    PART_SKIPPED,
    PART_UNREAD,
    TokenRecord,
    date_key,
    en_word,
    latin_word,
    read_slips,
    stem_en,
)
from yamabiko.guard.english import _en_tokens
from yamabiko.guard.english_forms import filler_slip, participle_base
from yamabiko.guard.unit_record import looked_up
from yamabiko.guard.units import units


def _english_tokens() -> list[str]:
    """Every token of the golden sample's English texts, each once."""
    found: dict[str, None] = {}
    for _, _, query, cached, lang, _ in sample():
        for text in (query, cached):
            if analyse(text, lang).lang == "en":
                found.update(dict.fromkeys(_en_tokens(text)[1]))
    return list(found)


def _as_read(raw: str) -> TokenRecord:
    """The record of ``raw`` as the units read it (a possible filler slip read)."""
    return read_slips([raw], [en_word(raw)])[0]


def test_each_record_looks_up_what_its_forms_say() -> None:
    """On every token of the golden sample's English texts: the analysis' word is the stem
    of the token lower-cased without apostrophes, a content unit's key the stem of the
    units' form and its vector and rarity what ``looked_up`` says of its forms; a content
    token has its participle base and no other token has one; a token the word table
    lacks whose slip test finds a filler word makes no content unit."""
    tokens = _english_tokens()
    assert len(tokens) > 3000
    contents = slips = unread = 0
    for raw in tokens:
        made = en_word(raw)
        unread += made.part == PART_UNREAD
        record = _as_read(raw)
        assert record[:9] == made[:9]  # (the analysis' fields)
        lower = raw.lower()
        assert record.low == lower.strip("'") and record.word == stem_en(record.low), raw
        assert record.lower == lower, raw
        if record.part != PART_CONTENT:
            assert record.participle is None and record.vector is None, raw
            continue
        contents += 1
        key, forms = record.made[0], record.made[3]
        assert key == stem_en(lower.strip("'.")) and forms == (lower.strip("'."), key), raw
        assert (record.vector, record.rarity) == looked_up(forms), raw
        assert record.participle == participle_base(lower), raw
        slips += raw.islower() and filler_slip(forms[0], _EN_SLIPPABLE) is not None
    assert contents > 2000 and slips == 0 and unread > 20


def test_a_filler_slip_is_still_read_as_its_word() -> None:
    """A misspelt filler word is skipped, a misspelt relation word is that relation."""
    assert en_word("shoud").part == PART_UNREAD and _as_read("shoud").part == PART_SKIPPED
    durng = _as_read("durng")
    assert durng.part == PART_RELATION and durng.made[0].key == "during"
    assert durng.vector is None and durng.participle is None
    assert en_word("should").part == PART_SKIPPED and en_word("shout").part == PART_CONTENT
    assert en_word("Shoud").part == PART_CONTENT  # (capitalised: a name, no slip)
    assert _as_read("zorblax").part == PART_CONTENT  # (unknown, and no filler word's slip)


def test_the_units_keep_a_slip_read() -> None:
    """The memo keeps a kept token's record as the units read it: a second text's units
    read no slip again."""
    for text in ("shoud I go durng lunch", "shoud I go durng lunch ?"):
        analyse(text, "en")
        assert [u.key for u in units(text, "en")] == ["go", "during", "lunch"]
    assert EN_WORDS.kept["shoud"].part == PART_SKIPPED
    assert EN_WORDS.kept["durng"].part == PART_RELATION


def test_other_languages_make_the_analysis_fields_alone() -> None:
    """A French token's record has the analysis' fields and the units' defaults."""
    record = latin_word("Maison", "fr")
    assert (record.low, record.word, record.value, record.capital) == (
        "maison", "maison", "maison", True,
    )  # fmt: skip
    assert record.part == PART_SKIPPED and record.made == () and record.lower == ""
    assert latin_word("Houses", "en") == en_word("Houses")


def test_date_keys_without_their_own_cache() -> None:
    assert date_key("mondays") == "monday" and date_key("january") == "jan"
    assert date_key("weekends") == "weekend"
    assert date_key("falls") is None and date_key("fall") == "fall"
    assert date_key("house") is None


def test_the_units_read_the_records_the_analysis_made() -> None:
    """A text's analysis makes each token's record at most once a token, and its units make
    none, also of a word met for the first time (the records come with the text's tokens);
    a token the units read otherwise (how long till: take) is looked up on its own."""
    made: list[str] = []
    make = EN_WORDS.make

    def counted(raw: str) -> object:
        made.append(raw)
        return make(raw)

    EN_WORDS.make = counted
    try:
        text = "Could the zookeeper's apprentice feed the quokkas before 9am on Saturdays?"
        analyse(text, "en")
        tokens = _en_tokens(text)[1]
        assert set(made) <= set(tokens) and len(made) <= len(tokens)
        before = len(made)
        found = units(text, "en")
        assert len(made) == before
        till = units("How long till the wombats' burrow is dug?", "en")
    finally:
        EN_WORDS.make = make
    assert [u.key for u in found if u.kind == "content"] == [
        "zookeeper", "apprentic", "feed", "quokka", "saturday",
    ]  # fmt: skip
    keys = [u.key for u in till if u.kind == "content"]
    assert keys == ["long", "tak", "wombat", "burrow", "dig"]  # (dug: the participle of dig)
