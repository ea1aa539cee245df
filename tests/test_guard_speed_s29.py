"""Session 29 (speed4): cheaper forms of a few steps of a cold English check, each held to
what the step said before. The old forms are kept here as the references:

* ``wordnet.lemmas_of`` (morphy within one part of speech) skips the detachment rules of a
  word that ends in none of the part's suffixes, and the phrasal-verb split of a word with
  no underscore;
* ``facts._en_labels`` reads a word as a label only while a route end is in reach;
* ``names.near_names`` tests a word as a candidate only when its ending meets another's;
* ``english_forms._may_join`` tests the units of one side against the joined pairs of the
  other in one set operation;
* ``modifiers.en_measure_added`` stops before the singulars when neither prompt says *of*;
* ``screen._form`` takes WordNet's variant forms from its caller;
* ``spelling._abbreviation`` reads the fitting words up to the second only;
* ``english_lookup.one_edit_words`` looks its made strings up in the word index directly.
"""

from __future__ import annotations

import re

from guard_verdicts import sample

from yamabiko.guard import analyse, english_forms, facts, names, screen, wordnet
from yamabiko.guard import modifiers as md
from yamabiko.guard.units import units

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")


def _english_pairs() -> list[tuple[str, str]]:
    return [(q, c) for _, _, q, c, lang, _ in sample() if lang in ("en", None) and q.isascii()]


def _lemmas_of_before(word: str, pos: int) -> tuple[str, ...]:
    """``wordnet.lemmas_of`` as session 28 left it (uncached)."""
    tables = wordnet.load()
    assert tables is not None
    index, exceptions = tables.known[pos], tables.exceptions[pos]
    low = word.lower().replace(" ", "_")
    found = [low] if low in index else []
    head, _, particle = low.partition("_")
    if particle:
        bases = [head, *exceptions.get(head, ())] + [
            head[: len(head) - len(s)] + r for s, r in wordnet._RULES[1] if head.endswith(s)
        ]
        found += [f"{b}_{particle}" for b in bases if f"{b}_{particle}" in index]
        return tuple(dict.fromkeys(found)) if pos == 1 else ()
    found += [b for b in exceptions.get(low, ()) if b in index]
    for suffix, repl in wordnet._RULES[pos]:
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            base = low[: len(low) - len(suffix)] + repl
            if base in index:
                found.append(base)
    return tuple(dict.fromkeys(found))


def test_lemmas_of_as_before() -> None:
    assert wordnet.available()
    words = {w for q, c in _english_pairs() for w in _WORD.findall(q + " " + c)}
    words |= {
        "", "s", "es", "_off", "call_", "called off", "Picked up", "looked_after", "boxes",
        "women", "Mice", "running", "biggest", "bigger", "geese", "ties", "dies", "axes",
        "churches", "buses", "feet", "better", "went", "lying", "men", "houses", "glasses",
    }  # fmt: skip
    plain = wordnet.lemmas_of.__wrapped__  # (the function without its LRUs)
    differ = [(w, p) for w in sorted(words) for p in range(4)
              if plain(w, p) != _lemmas_of_before(w, p)]  # fmt: skip
    assert len(words) > 1000 and not differ
    assert plain("boxes", 0) == ("box",) and plain("called off", 1) == ("call_off",)
    assert plain("running", 1) == ("run",) and plain("biggest", 2) == ("big",)
    assert wordnet._ENDINGS[3] == () and plain("fastest", 3) == _lemmas_of_before("fastest", 3)


def _en_labels_before(text: str) -> dict[str, set[str]]:
    """``facts._en_labels`` as session 28 left it."""
    found: dict[str, set[str]] = {}
    end, since = "", 0
    for word in facts._EN_WORD.findall(text.lower()):
        if word in facts._EN_ENDS:
            end, since = facts._EN_ENDS[word], 0
            continue
        since += 1
        if not word[0].isalnum():
            end = ""
        label = word if word[0].isdigit() else facts._EN_LABEL_WORDS.get(word)
        if label is not None and end and since <= facts._EN_REACH:
            found.setdefault(str(float(label)), set()).add(end)
    return found


def test_route_labels_as_before() -> None:
    texts = [t for pair in _english_pairs() for t in pair]
    texts += [
        "Can I move from court three to court one?", "from the big red court 3 to 1",
        "To, court 3 from: court 4", "go from 3 to 5 then into 7.5 and onto one",
        "from 2 . 3 to 4", "until 10 till eleven", "from court 3 to court 1 to court 2",
        "From one to two to three to four", "3 to 4 from 5", "to the 2nd floor from 1",
    ]  # fmt: skip
    assert all(facts._en_labels(t) == _en_labels_before(t) for t in texts)
    assert facts._en_labels("from court three to court one") == {"3.0": {"from"}, "1.0": {"to"}}
    assert facts._en_labels("from the big red court 3") == {}
    swapped = facts.labels_swapped(
        "Can I move from court three to court one?", "Can I move from court 1 to court 3?", "en"
    )
    assert swapped == "1<->3"


def _near_names_before(a, b) -> str:
    """``names.near_names`` as session 28 left it."""
    if a.lang == "ja" or b.lang != a.lang:
        return ""
    mine, theirs = (
        [w for w in x.words - y.words if len(w) >= names.SHORT_NAME and w.isascii() and w.isalpha()]
        for x, y in ((a, b), (b, a))
    )
    if not mine or not theirs:
        return ""
    english = a.lang == "en"
    ending: dict[str, list[str]] = {}
    for y in theirs:
        ending.setdefault(y[-names.ENDING :], []).append(y)
    for x in mine:
        for y in ending.get(x[-names.ENDING :], ()):
            strong = x in a.strong and y in b.strong
            if not names._look_alike(x, y, strong):
                continue
            if english and not strong and wordnet.variant(x, y):
                continue
            if strong or (english and names._known_en(x) == names._known_en(y)):
                return f"{x}->{y}"
    return ""


def test_near_names_as_before() -> None:
    pairs = [
        *_english_pairs(),
        ("Is ethanol safe to drink?", "Is methanol safe to drink?"),
        ("How far is Austria from Germany?", "How far is Australia from Germany?"),
        ("Is the co-op open?", "Is the co-ap open?"),  # (hyphens: no candidates)
        ("Do I need the mp3 file?", "Do I need the mp4 file?"),  # (digits: none either)
        ("Is connexion slow?", "Is connection slow?"),  # (one word spelt two ways)
    ]
    found = 0
    for query, cached in pairs:
        a, b = analyse(query, "en"), analyse(cached, "en")
        for x, y in ((a, b), (b, a)):
            assert names.near_names(x, y) == _near_names_before(x, y)
            found += bool(names.near_names(x, y))
    assert found >= 4  # (ethanol / methanol and Austria / Australia, both ways)


def _may_join_before(one, many) -> bool:
    """``english_forms._may_join`` as session 28 left it."""
    at: dict[int, list[str]] = {}
    for u in many:
        if u.kind == "content" and u.position >= 0 and len(u.text) > 1:
            at.setdefault(u.position, []).append(u.text.lower())
    if len(at) < 2:
        return False
    joined = {x + y for p, xs in at.items() for x in xs for y in at.get(p + 1, ())}
    return any(
        u.kind == "content" and u.text.isascii() and u.text.lower().replace("-", "") in joined
        for u in one
    )


def test_may_join_as_before() -> None:
    pairs = [
        *_english_pairs(),
        ("Can I rent a motorboat here?", "Can I rent a motor boat here?"),
        ("Where is the check-in desk?", "Where do I check in?"),
    ]
    joined = 0
    for query, cached in pairs:
        x, y = units(query, "en"), units(cached, "en")
        for one, many in ((x, y), (y, x)):
            assert english_forms._may_join(one, many) == _may_join_before(one, many)
            joined += english_forms._may_join(one, many)
    assert joined >= 2  # (motorboat / motor boat, checkin / check in)


def test_measure_needs_of() -> None:
    tables = wordnet.load()
    assert tables is not None and "of" not in tables.known[0]  # (so _singular makes no "of")
    for query, cached in _english_pairs():
        for text in (query, cached):
            words = md.en_words(text)
            assert ("of" in md._singular(words)) == ("of" in words)
    found = md.en_measure_added("How much is a course of antibiotics?", "How much are antibiotics?")
    assert found == "course"
    assert md.en_measure_added("How much is a big bottle?", "How much is it?") == ""


def test_screen_form_with_variants_given() -> None:
    variants = screen.variant_forms()
    assert variants
    checked = 0
    for query, cached in _english_pairs()[:400]:
        for unit in (*units(query, "en"), *units(cached, "en")):
            assert screen._form(unit, variants) == screen._form(unit)
            checked += 1
    assert checked > 1000


def test_category_kinds_as_before() -> None:
    from yamabiko.guard import relations as rel

    index, make = rel._CATEGORIES["en"], rel._kinds_of("en")
    pairs = [*_english_pairs(), ("What do cats eat?", "What do dogs eat?")]
    members = 0
    for query, cached in pairs:
        for text in (query, cached):
            a = analyse(text, "en")
            before: dict[str, set[str]] = {}
            for word in rel._words(a):  # (session 28: each word looked up)
                if (found := index.get(word)) is not None:
                    before.setdefault(found[0], set()).add(found[1])
            assert make(a) == before
            members += sum(map(len, before.values()))
    assert members > 50
    cats, dogs = analyse("What do cats eat?", "en"), analyse("What do dogs eat?", "en")
    assert not rel.same_category(cats, dogs, 0.9)


def _abbreviation_before(short: str, word: str) -> bool:
    """``spelling._abbreviation`` as session 28 left it (every fitting word listed)."""
    from yamabiko.guard import spelling as sp

    if len(short) < 3 or len(short) > len(word) - 2 or short[0] != word[0] or short[-1] != word[-1]:
        return False
    if not sp._LETTERS.fullmatch(short):
        return False
    fitting = [(r, w) for r, w in sp.abbreviated_words(short) if sp.same_class(w, word)]
    if not fitting or fitting[0][1] != word:
        return False
    return len(fitting) == 1 or fitting[1][0] >= sp.ABBREVIATION_MARGIN * fitting[0][0]


def test_abbreviation_as_before() -> None:
    from yamabiko.guard.spelling import _abbreviation

    words = {w.lower() for q, c in _english_pairs() for w in _WORD.findall(q + " " + c)}
    shorts = {w for w in words if 3 <= len(w) <= 5} | {
        "appt", "hols", "pmt", "govt", "dept", "mgmt", "yrs", "hrs", "bldg", "acct", "pls",
    }  # fmt: skip
    longs = {w for w in words if len(w) >= 5} | {"appointment", "holidays", "payment"}
    by_ends: dict[str, list[str]] = {}
    for w in longs:
        by_ends.setdefault(w[0] + w[-1], []).append(w)
    pairs = [(s, w) for s in sorted(shorts) for w in sorted(by_ends.get(s[0] + s[-1], ()))]
    assert len(pairs) > 5000
    assert [p for p in pairs if _abbreviation(*p) != _abbreviation_before(*p)] == []
    assert _abbreviation("appt", "appointment")
    assert not _abbreviation("pmt", "payment")  # (permit and parliament fit it too)


def test_one_edit_words_as_before() -> None:
    from yamabiko.guard import english_lookup as el

    def before(token: str) -> frozenset[str]:
        splits = [(token[:i], token[i:]) for i in range(len(token) + 1)]
        made = {a + b[1:] for a, b in splits if b}
        made |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        made |= {a + c + b[1:] for a, b in splits if b for c in el._ALPHABET}
        made |= {a + c + b for a, b in splits for c in el._ALPHABET}
        made.discard(token)
        return frozenset(w for w in made if el._LETTERS.fullmatch(w) and el.rank(w) is not None)

    words = sorted({w.lower() for q, _ in _english_pairs()[:150] for w in _WORD.findall(q)})
    tokens = [*words, "shoud", "thier", "wich", "becuase", "teh", "x", "ab-c"]
    assert all(el.one_edit_words.__wrapped__(t) == before(t) for t in tokens)
    assert "should" in el.one_edit_words("shoud")
