"""Two prompts that say the same words and still ask different things (the guard's ``roles``
step, after :func:`.roles.swapped_roles` and :func:`.facts.labels_swapped`; with the
narrowing modifiers of :mod:`.modifiers`, :func:`contrasts`):

* **Japanese words exchanged between role slots** (:func:`.ja_blocks.blocks_exchanged`:
  two blocks of words that took each other's slot while the particles between them stayed,
  二階の区画から一階の区画に / 一階の区画から二階の区画に): ``roles:二<->一``.
* **An English word replaced by its WordNet antonym** (:func:`antonym_substituted`): the only
  words one prompt has and the other lacks include a pair WordNet marks antonyms (``!``
  pointers, lemmatised: faster / slower -> fast / slow; a phrasal verb against another
  verb, or two nouns of action through the verbs
  they are made of, in any sense and through their direct hypernyms: pick up / drop off,
  arrival / departure): ``antonym:faster->slower``. Only for
  small differences (:data:`MAX_CHANGED` words), where the rest of the prompt is shared; the
  reason is firm, so the trees' rescue in the band cannot serve it.
* **An English noun replaced by its WordNet antonym** (:mod:`.english_antonyms`, session 24,
  last of the English tests): sunrise / sunset, in any sense: ``antonym:sunrise->sunset``.
* **Two parts of the body, two units of time or amount** (:func:`body_part_replaced`: chest
  / breast, days / weeks, both first in WordNet's ``noun.body`` or both in ``noun.time``,
  with no tagged sense and no lemma in common): ``category:X->Y``.
* **Two persons of other roles** (:func:`.english_persons.person_replaced`: landlords /
  tenants, buyer / seller; WordNet puts them on other branches under *person*):
  ``category:landlords->tenants``; two units of measurement with no sense in common
  (:func:`.english_persons.unit_replaced`: dollars / euros, miles / kilometres).
* **An event, a sum or a timing of another kind** (:mod:`.english_kinds`, session 21):
  accidental damage / theft (``category:damage->theft``), yearly / every two years
  (``category:yearly->2``); in a question, the deposit / the
  deposit fee and the late cancellation fee / the cancellation fee (``narrowing:fee``,
  ``narrowing:late``). *How long* asks for an amount as *how much* does (a course of
  treatment / the treatment: ``narrowing:course``).
* **Less of the antonym** is the comparative: "less expensive" / "cheaper" is no antonym.
* **A quantifier of another kind, an item added to a list** (:mod:`.english_scope`):
  ``scope:both->either``, ``scope:only->also``, ``item:dinner``. A direction changed
  (:mod:`.directions`) counts when no word is replaced but by one the minimal-pair check
  finds equivalent (a bus to / a coach from the airport).
* **A Japanese noun whose case particle moves it between roles** (:func:`.cases.case_changed`:
  母に電話 / 母が電話): ``roles:母:に->が``.
"""

from __future__ import annotations

from functools import lru_cache

from . import wordnet
from .cases import case_changed
from .clause_order import clauses_exchanged
from .comparisons import amounts_exchanged
from .directions import (
    DIRECTION_WORDS,
    direction_changed,
    object_or_source,
    path_changed,
    route_swapped,
    source_added,
)
from .english_antonyms import noun_antonym_replaced
from .english_extent import (
    adverb_replaced,
    extent_added,
    frequency_replaced,
    measure_dropped,
    participle_added,
    time_replaced,
)
from .english_kinds import event_replaced, head_added, interval_changed, timing_added
from .english_nouns import noun_read_as_verb
from .english_persons import MAX_REPLACED as PERSONS_REPLACED
from .english_persons import person_replaced, unit_replaced
from .english_scope import except_added, item_added, quantifier_replaced, unless_replaced
from .exchanges import MAX_LENGTH_GAP as EXCHANGE_GAP
from .exchanges import surface_exchanged
from .facts import Analysis, labels_swapped
from .ja_blocks import blocks_exchanged
from .ja_favour import favour_doer_kept
from .ja_suffixes import bound_changed, except_dropped
from .joined_acts import act_added
from .minpair import DEFAULT as MINIMAL_PAIRS
from .modality import frame_changed
from .modifiers import en_changed, en_words, narrowed
from .owners import owner_swapped, owners_exchanged
from .places import place_changed, turned_away, turned_away_ja
from .reciprocal import connected_both_ways
from .roles import swapped_roles
from .units import units
from .wordnet_first import FIRST_TAGGED
from .wordnet_parts import one_time_after_date

#: at most this many words, both sides together, that one English prompt has and the other
#: lacks for the antonym lookup (a reworded paraphrase differs in more)
MAX_CHANGED = 4
#: the suffixes that make a noun of action of a verb (arriv|al + e, depart|ure), as
#: (suffix, the verb's ending in its place)
NOMINAL_SUFFIXES = (
    ("al", ""), ("al", "e"), ("ure", ""), ("ure", "e"), ("ation", ""), ("ation", "e"),
    ("ion", ""), ("ion", "e"), ("ment", ""), ("ance", ""), ("ance", "e"), ("ence", "e"),
)  # fmt: skip
#: the question types that ask for an amount (how much / many, how long)
_AMOUNTS = frozenset({"quantity", "duration"})


def _antonym_table() -> dict[str, frozenset[str]]:
    """WordNet's antonym pointers (``!``) between adjectives and between adverbs: lemma -> the
    lemmas it is an antonym of (fast -> slow, early -> late), read from ``data.adj`` /
    ``data.adv`` by WordNet's one loader (:func:`.wordnet.load`, the guard's warm-up; session
    18: each file read once). Empty without the WordNet data."""
    tables = wordnet.load()
    return tables.opposed if tables is not None else {}


@lru_cache(maxsize=8192)
def antonym_lemmas(word: str) -> frozenset[str]:
    """The lemmas WordNet marks antonyms (adjectives and adverbs, :func:`_antonym_table`) of
    any lemma ``word`` may be a form of (:func:`.wordnet.lemmas`, any part of speech): what
    :func:`antonym_substituted` reads of a replaced word, kept per word (session 29: made
    once a word instead of once a pair of words; most words have none)."""
    table = _antonym_table()
    found = [o for lemma in wordnet.lemmas(word) if lemma in table for o in table[lemma]]
    return frozenset(found) if found else _NONE


_NONE: frozenset[str] = frozenset()


def antonym_substituted(query: str, cached: str) -> str:
    """An English word of one prompt whose WordNet antonym the other says instead, in any
    inflection (see the module docstring): an adjective or adverb (any sense), a phrasal verb
    against another verb (:func:`verbs_opposed`), or two nouns of action made of opposite
    verbs (:func:`nominal_verbs`):
    ``"X->Y"`` (the cached prompt's word first, ``pick+up`` for a phrasal verb); empty: none.
    The pairs are tried in that order, each kind in the sorted order of the cached prompt's
    words, then the query's; a word with no antonym, no verb or no verb in it is not paired
    (session 29: nothing is asked of the other side's words then)."""
    only_mine, only_theirs = en_changed(query, cached)
    if not only_mine or not only_theirs or len(only_mine) + len(only_theirs) > MAX_CHANGED:
        return ""
    olds, news = sorted(only_theirs), sorted(only_mine)
    for old in olds:
        opposites = antonym_lemmas(old)
        if opposites:  # (rare: the pairs are made for such a word only)
            for new in news:
                if not opposites.isdisjoint(wordnet.lemmas(new)) and not _inverted(
                        only_mine - {new}, only_theirs - {old}):  # fmt: skip
                    return f"{old}->{new}"
    old_verbs = _verbs_in(en_words(cached), only_theirs)
    if old_verbs:
        new_verbs = _verbs_in(en_words(query), only_mine)
        for old, old_lemma in old_verbs:
            for new, new_lemma in new_verbs:
                if "_" in old_lemma + new_lemma and verbs_opposed(old_lemma, new_lemma):
                    return f"{old}->{new}"
    made = [(old, verbs) for old in olds if (verbs := nominal_verbs(old))]
    if made:  # arrival / departure: arrive / depart
        others = [(new, verbs) for new in news if (verbs := nominal_verbs(new))]
        for old, firsts in made:
            for new, seconds in others:
                if any(verbs_opposed(x, y) for x in firsts for y in seconds):
                    return f"{old}->{new}"
    return ""


def _replaced_alike(query: str, cached: str, a: Analysis, b: Analysis) -> bool:
    """No English word replaced but by an equivalent one (a bus to / a coach from the
    airport): a word added on one side at most, or every replaced word explained by the
    minimal-pair check (its word equivalence, or a rewording it accepts: how much is a taxi
    / what does a cab cost). A verb replaced by another that nothing explains
    may turn the direction back (catch worms from dogs / pass worms to dogs)."""
    if set(a.content) <= set(b.content) or set(b.content) <= set(a.content):
        return True
    first, second = units(cached, "en"), units(query, "en")
    aligned = MINIMAL_PAIRS.align(first, second)
    if not (aligned.rest_left and aligned.rest_right):
        return True
    return MINIMAL_PAIRS.compare(first, second, 1.0, aligned).accept  # how much / what cost


def _few_replaced(query: str, cached: str) -> bool:
    """At most :data:`MAX_REPLACED` words each side replaced but the direction words (to /
    from, back, out of): a direction changed with a verb or a noun reworded beside it
    (deliver parcels *to* / ship packages *from*), not a question asked another way round
    (dogs catch worms *from* other dogs / how can dogs pass worms *to* other dogs)."""
    mine, theirs = set(en_words(query)), set(en_words(cached))
    only_mine, only_theirs = mine - theirs - DIRECTION_WORDS, theirs - mine - DIRECTION_WORDS
    return len(only_mine) <= MAX_REPLACED and len(only_theirs) <= MAX_REPLACED


#: words one side may replace beside a changed direction (:func:`_few_replaced`)
MAX_REPLACED = 2


def _one_or_two_each(query: str, cached: str) -> bool:
    """One word or a few each side replaced (up to ``english_persons.MAX_REPLACED``): what
    :func:`.person_replaced` and :func:`.unit_replaced` both ask first of the words the two
    prompts do not share (session 23: asked once, of the sets :func:`.en_changed` makes)."""
    mine, theirs = en_changed(query, cached)  # (no generator: two Python steps less)
    return 1 <= len(mine) <= PERSONS_REPLACED and 1 <= len(theirs) <= PERSONS_REPLACED


def _inverted(only_mine: set[str], only_theirs: set[str]) -> bool:
    """One side alone says *less* or *fewer*: "less expensive" is the comparative of the
    antonym of "cheap" (cheaper), one meaning."""
    return bool(_LESS & only_mine) != bool(_LESS & only_theirs)


_LESS = frozenset({"less", "fewer"})


@lru_cache(maxsize=2048)
def nominal_verbs(word: str) -> tuple[str, ...]:
    """The WordNet verbs an English noun of action is made from by a suffix (arrival ->
    arrive, departure -> depart, withdrawal -> withdraw; :data:`NOMINAL_SUFFIXES`); empty
    for a word that is no such noun (a verb itself, or a noun with no verb in it)."""
    senses = _verb_senses()[0]
    found: list[str] = []
    for lemma in wordnet.LEMMAS_OF[0](word)[:1]:  # (``lemmas_of(word, 0)``, its LRU)
        for suffix, ending in NOMINAL_SUFFIXES:
            stem = lemma[: len(lemma) - len(suffix)]
            if lemma.endswith(suffix) and len(stem) >= 3 and stem + ending in senses:
                found.append(stem + ending)
    return tuple(dict.fromkeys(found))


def _verbs_in(words: tuple[str, ...], changed: set[str]) -> list[tuple[str, str]]:
    """The verbs among ``changed`` (words of ``words`` the other prompt lacks), each as said
    (``pick+up``) and its WordNet lemma (``pick_up``): a phrasal verb when its particle
    follows it, else the word alone."""
    found = []
    verbs = wordnet.LEMMAS_OF[1]  # (``lemmas_of(w, 1)``, its LRU asked directly)
    for k, word in enumerate(words):
        if word not in changed:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        phrasal = verbs(f"{word}_{after}") if after in wordnet.PARTICLES else ()
        if phrasal:
            found.append((f"{word}+{after}", phrasal[0]))
        found += [(word, lemma) for lemma in verbs(word)[:1]]
    return found


def _verb_senses() -> tuple[dict[str, tuple[int, ...]], bytes]:
    """Every sense (tagged or not) of every WordNet verb lemma, phrasal verbs included
    (``index.verb``: lemma -> synset offsets), and the bytes of ``data.verb``, as WordNet's one
    loader read them (:func:`.wordnet.load`, the guard's warm-up; session 18: before, this
    read both files a second time); empty without the data."""
    tables = wordnet.load()
    return (tables.verb_senses, tables.verb_data) if tables is not None else ({}, b"")


@lru_cache(maxsize=4096)
def _verb_links(offset: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The hypernyms (``@``) and antonyms (``!``) of the verb synset at ``offset``."""
    up: list[int] = []
    opposed: list[int] = []
    fields = wordnet.data_line(_verb_senses()[1], offset)
    for symbol, target, pos, _ in wordnet.line_pointers(fields):
        if pos == "v" and symbol in ("@", "!"):
            (up if symbol == "@" else opposed).append(int(target))
    return tuple(up), tuple(opposed)


def verbs_opposed(first: str, second: str) -> bool:
    """True when WordNet marks a sense of one verb lemma, or the direct hypernym of one, an
    antonym of a sense of the other or of its direct hypernym, in any of their senses (a
    phrasal verb's senses are rarely tagged, and its antonym is often one of its synonyms':
    pick up / drop off through improve / worsen, put on / take off through dress / undress),
    and the two share no sense (take back / return)."""
    senses = _verb_senses()[0]
    own, other = set(senses.get(first, ())), set(senses.get(second, ()))
    if not own or not other or own & other:
        return False
    reach_own = own.union(*(_verb_links(s)[0] for s in own))
    reach_other = other.union(*(_verb_links(s)[0] for s in other))
    return any(set(_verb_links(s)[1]) & reach_other for s in reach_own) or any(
        set(_verb_links(s)[1]) & reach_own for s in reach_other
    )


#: WordNet's files of nouns whose members answer differently even where word vectors put
#: them close: parts of the body (chest / breast), units and stretches of time (days /
#: weeks, evening / night). Not amounts: three / third is the number check's
_MEASURES = frozenset({"noun.body", "noun.time"})


def body_part_replaced(query: str, cached: str) -> str:
    """An English noun replaced by another where WordNet puts both first in one file of
    :data:`_MEASURES` and gives them no tagged sense in common: two parts of the body, or
    two units of time, whose answers differ even where word vectors put them
    close (chest / breast, days / weeks; belly / stomach share a sense and pass).
    ``"X->Y"`` (the cached prompt's word first); empty: none. Only where at most two words
    each side differ (a couple of days / a few weeks), the rest of the prompt shared."""
    mine, theirs = en_changed(query, cached)  # (a / one: no measure)
    if not mine or not theirs:
        return ""  # (no word replaced: none of three letters either, no set made)
    only_mine, only_theirs = {w for w in mine if len(w) > 2}, {w for w in theirs if len(w) > 2}
    if not 1 <= len(only_mine) <= 2 or not 1 <= len(only_theirs) <= 2:
        return ""
    tables = wordnet.load()
    if tables is None:
        return ""

    def first(word: str) -> tuple[str, set[int]]:
        found = FIRST_TAGGED[0](word) or ()  # (``first_tagged(word, 0)``)
        return (tables.synsets[found[0]].lexname, set(found)) if found else ("", set())

    for old in sorted(only_theirs):
        kind, senses = first(old)
        if kind not in _MEASURES:
            continue
        for new in sorted(only_mine):
            other_kind, other_senses = first(new)
            one_word = set(wordnet.lemmas_of(old, 0)) & set(wordnet.lemmas_of(new, 0))
            if other_kind == kind and not senses & other_senses and not one_word and not (
                    one_time_after_date(old, new, en_words(cached), en_words(query))):  # fmt: skip
                return f"{old}->{new}"  # (not Sunday evenings / Sunday nights: one time)
    return ""


def contrasts(
    query: str, cached: str, a: Analysis, b: Analysis, excused: list[str] | None = None
) -> str:
    """The guard's reason when the prompts (``a``, ``b``: their analyses) swap roles
    (:func:`.roles.swapped_roles`, or numbered labels at a route's ends,
    :func:`.facts.labels_swapped`: ``roles:X<->Y``), exchange words between role slots
    (``roles:X<->Y``, Japanese), one replaces a word with its antonym
    (``antonym:X->Y``, English) or a body part with another (``category:X->Y``), or, in a
    question, one adds a narrowing modifier (``narrowing:X``, :mod:`.modifiers`: what a
    question asks about; a description with a detail added describes the same scene); empty:
    none of these. A swap found and explained (one doer of a favour said from either end,
    :mod:`.ja_favour`) is appended to ``excused`` as its reason (``favour-doer:X:V``)."""
    swapped = swapped_roles(a, b) or labels_swapped(query, cached, a.lang)
    if swapped and a.lang == "ja" and (doer := favour_doer_kept(query, cached, swapped)):
        swapped = ""  # 先生が撮ってくれる / 先生に撮ってもらう: one doer (ja_favour)
        if excused is not None:
            excused.append(f"favour-doer:{doer}")
    if swapped and not (a.lang == "en" and connected_both_ways(query, cached, swapped)):
        return f"roles:{swapped}"  # (link A to B = link B to A: no swap)
    found = ""
    if a.lang == "ja":
        found = route_swapped(cached, query) or blocks_exchanged(query, cached)
        found = found or case_changed(query, cached) or bound_changed(cached, query)
        found = found or turned_away_ja(cached, query)  # 湖の方を向いて / 湖に背を向けて
        found = f"roles:{found}" if found else ""
        if not found and (found := except_dropped(cached, query)):
            found = f"scope:{found}"  # 大型犬以外の犬 / 大型犬
    elif a.lang == "en":
        found = direction_changed(b.frame, a.frame, cached, query)
        found = found or source_added(cached, query)  # post abroad / from abroad
        found = found or path_changed(cached, query)  # along / across the grain
        found = found or object_or_source(cached, query)  # theft of / from the car
        found = found or place_changed(cached, query)  # next to / on the buffet
        found = found or turned_away(cached, query)  # face / face away from the lake
        if found and (_few_replaced(query, cached) or _replaced_alike(query, cached, a, b)):
            return f"roles:{found}"  # to the island / from the island (no other change)
        if found := owner_swapped(cached, query) or owners_exchanged(cached, query) or (
                amounts_exchanged(cached, query)):  # fmt: skip
            return f"roles:{found}"  # my son's card / my card, two hours than one / one than two
        if found := unless_replaced(cached, query):
            return f"condition:{found}"  # park here unless / when there is a match
        if found := quantifier_replaced(cached, query) or except_added(cached, query):
            return f"scope:{found}"  # both parents / either parent, (except) on Mondays
        if found := item_added(b.frame, a.frame, cached, query):
            return f"item:{found}"  # breakfast and dinner / breakfast
        if found := act_added(query, cached):
            return f"act:{found}"  # supply and install a shower / install a shower
        found = antonym_substituted(query, cached)
        found = f"antonym:{found}" if found else ""
        if not found and (found := body_part_replaced(query, cached)):
            found = f"category:{found}"
        said = en_words(query), en_words(cached)
        if not found and _one_or_two_each(query, cached) and (
                found := person_replaced(*said) or unit_replaced(*said) or (
                    noun_read_as_verb(*said))):  # fmt: skip
            found = f"category:{found}"  # landlords / tenants, dollars / euros, rent / hire
        if not found and (found := event_replaced(query, cached) or interval_changed(
                query, cached)):  # fmt: skip
            found = f"category:{found}"  # accidental damage / theft, yearly / every 2 years
        if not found and (found := time_replaced(query, cached) or frequency_replaced(
                query, cached)):  # fmt: skip
            found = f"category:{found}"  # at night / during the day, annual / one-off
        if not found and (found := adverb_replaced(query, cached)):
            found = f"roles:{found}"  # open upwards into / outwards onto
        if not found and (found := noun_antonym_replaced(query, cached)):
            found = f"antonym:{found}"  # at sunrise / at sunset (nouns: english_antonyms)
    found = found or frame_changed(query, cached, a, b)  # modality:can->must, clause:
    if not found and abs(len(query) - len(cached)) <= EXCHANGE_GAP and (
            found := surface_exchanged(query, cached, a.lang)):  # fmt: skip
        return f"roles:{found}"  # two spans exchanged on the surface, whatever the cut
    if not found and (found := clauses_exchanged(query, cached, a.lang)):
        return f"roles:{found}"  # A before B / B before A: two clauses exchanged (clause_order)
    if found or not (a.qtypes or b.qtypes):
        return found
    found = narrowed(query, cached, a.lang, bool(_AMOUNTS & (a.qtypes | b.qtypes)))
    if not found and a.lang == "en":  # fully online, a discount on a course of massages
        found = extent_added(query, cached) or measure_dropped(query, cached)
        found = found or participle_added(query, cached)  # the extended warranty
        found = found or timing_added(query, cached) or head_added(query, cached)
        found = f"narrowing:{found}" if found else ""
    return found
