"""Session 26 (speed2): less work in the Japanese rules that :func:`.modality.frame_changed`
runs one after the other, every answer the same.

* ``ja_tense.tense_changed`` reads the cached prompt's last verb only when the query has one,
  and ``ja_doers.passive_changed`` the cached prompt's voices only when the query has some;
* ``ja_voice._maybe_twins`` takes the first characters of the words one side has alone in C;
* ``ja_time.clause_changed`` finds the time markers each prompt says in C, and it and
  ``ja_voice.voice_changed`` read the cached prompt's units only when the query has an event
  (a frame) to compare.

Each is checked against the code it replaced, written out here, on every Japanese pair of the
golden sample both ways round.
"""

from __future__ import annotations

from guard_verdicts import sample

from yamabiko.guard import analyse
from yamabiko.guard.cases import OBTAINING
from yamabiko.guard.facts import Analysis
from yamabiko.guard.ja_doers import _passive_kana, _voices, passive_changed
from yamabiko.guard.ja_tense import _ALREADY, _last_verb, _lasting, tense_changed
from yamabiko.guard.ja_time import (
    _CUES,
    _ORDER_CUES,
    _TENSED,
    RELATION,
    _shown,
    clause_changed,
    differ,
    events,
    order_swapped,
)
from yamabiko.guard.ja_voice import _frames, _maybe_twins, twins, voice_changed
from yamabiko.guard.ja_voice import _shown as _voice_shown
from yamabiko.guard.japanese import long_units
from yamabiko.guard.kana_rows import HIRAGANA_ONLY


def _pairs() -> list[tuple[str, str, Analysis, Analysis]]:
    """Every Japanese pair of the golden sample, both ways round, with their analyses."""
    found = []
    for _, _, query, cached, lang, _ in sample():
        a, b = analyse(query, lang), analyse(cached, lang)
        if a.lang == "ja":
            found += [(query, cached, a, b), (cached, query, b, a)]
    return found


def _tense_before(query: str, cached: str) -> str:
    """``tense_changed`` as it was: both prompts' last verbs read at once."""
    if not any(hint in query + cached for hint in ("てい", "でい", "てる", "でる", "て居",
                                                   "で居", "てま", "でま")):  # fmt: skip
        return ""
    mine, theirs = _last_verb(query), _last_verb(cached)
    if not mine or not theirs or mine[0] != theirs[0] or mine[1] == theirs[1]:
        return ""
    verb, forms = mine[0], {mine[1], theirs[1]}
    if forms == {"ている", "た"} and (mine[2] or theirs[2] or _lasting(verb)):
        return f"{verb}:{theirs[1]}->{mine[1]}"
    if forms == {"ている", "る"} and _ALREADY in query and _ALREADY in cached:
        return f"{verb}:{theirs[1]}->{mine[1]}"
    return ""


def _passive_before(query: str, cached: str) -> str:
    """``passive_changed`` as it was: both prompts' voices read at once."""
    if _passive_kana(query) == _passive_kana(cached):
        return ""
    mine, theirs = _voices(query), _voices(cached)
    for key, (agent, passive, particle) in mine.items():
        other = theirs.get(key)
        if other is None or other[0] == agent or not (passive or other[1]):
            continue
        if "/" in particle + other[2] and "を" not in particle + other[2]:
            continue
        return key[1]
    return ""


def _twins_tail_before(a: Analysis, b: Analysis) -> int:
    """``_maybe_twins``'s last test as it was, a Python step per word."""
    kanji = {w[0] for w in a.words - b.words if HIRAGANA_ONLY.fullmatch(w[:1]) is None}
    return int(not kanji.isdisjoint([w[:1] for w in b.words - a.words]))


def _twins_before(a: Analysis, b: Analysis) -> int:
    """``_maybe_twins`` as it was (its first tests unchanged, its last one above)."""
    mine, theirs = set(a.content), set(b.content)
    only_mine, only_theirs = mine - theirs, theirs - mine
    if not only_mine and not only_theirs:
        return 2
    firsts = {word[0] for word in only_mine}
    if any(word[0] in firsts for word in only_theirs):
        return 2
    if any(HIRAGANA_ONLY.fullmatch(word) for word in only_mine | only_theirs):
        return 2
    return _twins_tail_before(a, b)


def test_tense_and_passive_read_the_cached_side_only_when_needed_alike() -> None:
    """``tense_changed`` and ``passive_changed`` give what the versions that read both sides
    at once gave, on every Japanese golden pair both ways round; some pairs reach the read of
    the second side, and some rules fire."""
    firing = [
        ("薬を飲んでいますか？", "薬を飲みましたか？"),
        ("上司に叱られましたか", "上司を叱りましたか"),
    ]
    pairs = _pairs()
    pairs += [
        (q, c, analyse(q, "ja"), analyse(c, "ja")) for x, y in firing for q, c in ((x, y), (y, x))
    ]
    assert len(pairs) >= 204
    reached = fired = 0
    for query, cached, a, b in pairs:
        assert tense_changed(query, cached) == _tense_before(query, cached), (query, cached)
        assert passive_changed(query, cached, a, b) == _passive_before(query, cached), (
            query,
            cached,
        )
        reached += _last_verb(query) is not None
        reached += bool(_voices(query))
        fired += bool(_tense_before(query, cached) or _passive_before(query, cached))
    assert reached >= 5
    assert fired >= 4  # (the two pairs above, both ways round)


def test_maybe_twins_gives_the_same_answer() -> None:
    """``_maybe_twins`` equals its former version on every Japanese golden pair both ways round
    and on a transitive / intransitive pair; the last test (the words alone) decides some
    pairs both ways."""
    tails = set()
    for _, _, a, b in _pairs():
        assert _maybe_twins(a, b) == _twins_before(a, b)
        tails.add(_twins_tail_before(a, b))
    assert tails == {0, 1}
    a, b = analyse("会議を始めてもいいですか", "ja"), analyse("会議は始まりましたか", "ja")
    assert _maybe_twins(a, b) == _twins_before(a, b)


def _clause_before(query: str, cached: str) -> str:
    """``clause_changed`` as it was: the markers each side says found by a Python loop."""
    mine = {cue for cue in _CUES if cue in query}
    theirs = {cue for cue in _CUES if cue in cached}
    ordered = mine == theirs and not mine.isdisjoint(_ORDER_CUES)
    if mine == theirs and not mine & _TENSED and not ordered:
        return ""
    x, y = long_units(query), long_units(cached)
    if x is None or y is None:
        return ""
    found = events(x[1])
    other_side = events(y[1]) if found else {}
    for event, kind in found.items():
        other = other_side.get(event)
        if other is None or other == kind:
            continue
        if differ(RELATION.get(other, ""), RELATION.get(kind, "")):
            return f"{event}:{_shown(other)}->{_shown(kind)}"
    return order_swapped(found, other_side, x[1], y[1]) if ordered else ""


def test_clause_changed_finds_the_same_markers() -> None:
    """``clause_changed`` equals the rule with the markers found by a Python loop, on every
    Japanese golden pair both ways round and on a pair it rejects; some pairs say a marker."""
    said = 0
    for query, cached, _, _ in _pairs():
        said += any(cue in query for cue in _CUES)
        assert clause_changed(query, cached) == _clause_before(query, cached), (query, cached)
    assert said >= 20
    pair = ("食事をしてから薬を飲みますか", "食事の時に薬を飲みますか")
    assert clause_changed(*pair) == _clause_before(*pair) != ""


def _voice_before(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """``voice_changed`` as it was: both prompts' frames read before the loop."""
    maybe = 0 if query.count("を") == cached.count("を") else _maybe_twins(a, b)
    if not maybe:
        return ""
    x, y = long_units(query), long_units(cached)
    if x is None or y is None:
        return ""
    mine, theirs = _frames(x[1]), _frames(y[1])
    for noun, new in mine.items():
        old = theirs.get(noun)
        if old is None or (new[0] == "を") == (old[0] == "を"):
            continue
        acted, happened = (new, old) if new[0] == "を" else (old, new)
        if acted[4] or happened[4] or happened[5]:
            continue
        if acted[7] and acted[6] and happened[6]:
            continue
        if maybe == 1 and acted[7]:
            continue
        state = happened[8] == "befell" or (happened[8] == "past" and acted[1] not in OBTAINING)
        if twins(acted[1], acted[2], happened[1], happened[2], state) or (
            acted[1] != happened[1] and twins(acted[3], False, happened[3], False)
        ):
            return f"{_voice_shown(old)}->{_voice_shown(new)}"
    return ""


def test_voice_changed_reads_the_cached_side_only_when_needed_alike() -> None:
    """``voice_changed`` gives what the version that read both sides' frames at once gave, on
    every Japanese golden pair both ways round and on a pair it rejects."""
    pairs = _pairs()
    firing = ("水道を止めたい", "水道が止まった")
    pairs += [(q, c, analyse(q, "ja"), analyse(c, "ja")) for q, c in (firing, firing[::-1])]
    fired = 0
    for query, cached, a, b in pairs:
        expected = _voice_before(query, cached, a, b)
        assert voice_changed(query, cached, a, b) == expected, (query, cached)
        fired += bool(expected)
    assert fired >= 2
