"""The guard's minimal-pair stage: the alignment of two prompts' units, its verdict, and the
models that may overturn it in the borderline band (split from :mod:`yamabiko.guard` in
session 23; :meth:`~yamabiko.guard.Guard.check` calls it for its ``minpair`` check).

In the boosted trees' band the trees see the check's verdict and alignment and serve or
refuse (a firm rejection, :data:`FIRM`, and an added Japanese condition end the check first);
elsewhere the check decides, a classifier added above the band narrows the question, and the
rescue model may serve a substitution the check rejected or the learned model refuse what it
accepted. A substitution the trees serve is asked of them again with the query's words spelled
as the cached prompt spells them (:func:`respelt_query`: まくら / 枕), and a substitution inside a
rewording or between contrasting words stays refused (:func:`_antonym_kept`). Two Japanese
prompts that are one text spelled two ways are served whatever the trees score
(:func:`_respelt_served`, session 28). One word each side that WordNet reads alike in a later
sense the prompt uses as the sense's example does, and the price words of two prompts that
both ask a price, are explained before the check decides (session 28,
:func:`explained_alignment`: *very hot* / *very spicy*, *how much is* / *what does ... cost*),
so the trees see them as they see any synonym; since session 29 also a verb said in a light
verb's place (made fresh / prepared fresh, :mod:`.wordnet_light`) and a generic place word
against a place of one kind after the same noun (the kebab shop / the kebab place,
:mod:`.wordnet_places`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Verdict
from .budget import checkpoint
from .english_converse import converse_rest, converse_substituted
from .english_fragments import fragment_served
from .english_grades import graded_in_place, superlative_of_shared
from .english_place_added import place_added
from .english_price import PRICE_WORDS, price_aligned
from .english_readings import english_reading, read_again
from .english_swaps import swap_inside
from .english_without import without_substituted
from .hyphened import glued_kept, hyphen_aligned
from .ja_contrasts import reworded_contrast, substituted_contrast
from .ja_honorifics import acts_apart
from .ja_noun_acts import acts_replaced
from .ja_phrase_head import phrase_changed
from .ja_place_for import place_for_served
from .ja_respelt import (
    cut_synonyms,
    respelt_only,
    respelt_query,
    spelt_alike,
    synonyms_only,
    verb_as_noun,
)
from .minpair import DEFAULT
from .numeral_words import as_count_refusal, count_added
from .scope import condition_added
from .wordnet_first import CONTEXT_FLOOR
from .wordnet_heads import HEAD_FLOOR, head_aligned
from .wordnet_light import light_aligned
from .wordnet_places import place_aligned
from .wordnet_usage import USAGE_FLOOR, usage_aligned

if TYPE_CHECKING:
    from . import Guard
    from .analysis import Analysis
    from .minpair import Alignment
    from .units import Unit

    #: one prompt as the stage reads it: its text, analysis and units
    Side = tuple[str, Analysis, tuple[Unit, ...]]

#: minimal-pair rejections the trees may not overturn: an added word that narrows the scope
#: (a bound morpheme, a rare word glued to a shared one) is never mere detail
FIRM = ("narrowing:", "scope:", "part:", "unit:")
#: acceptances of words one side adds: a word of detail, or more (*after 8pm*: three units)
_ONE_SIDE_ADDS = ("detail-added", "not-minimal")


#: the minimal-pair verdicts of two prompts of the same words, or of words it pairs as one
#: (持ち帰り / テイクアウト: ``equivalent-words``), that a dictionary proof may serve
_SAME = ("same-words", "equivalent-words")
#: the minimal-pair verdicts that serve a pair without weighing each word it changed
_UNCOUNTED = ("not-minimal", "reworded")


def minpair_stage(
    guard: Guard, mine: Side, theirs: Side, similarity: float, served: bool
) -> tuple[Verdict | None, Verdict | None]:
    """``guard``'s minimal-pair verdict on the query (``mine``: text, analysis, units) and
    the cached prompt (``theirs``) as two: the verdict that ends the check (a rejection, or
    a model's own), else None and the acceptance a model served (None: the check's own)."""
    (query, a, second), (cached, b, first) = mine, theirs
    if a.lang == "en" and (found := place_added(query, cached)):
        return Verdict(False, found), None  # the colleges in India / the colleges (firm)
    # one alignment for the check and, in the band, the trees' features (theirs is the
    # default check's: shared when this guard uses the default)
    check = guard.minimal_pairs
    aligned = check.align(first, second, similarity)  # (once: compare's own work)
    checkpoint()  # (past a guard budget: refused here and below, budget.py)
    aligned = explained_alignment(aligned, cached, query, similarity, a.lang)  # very hot
    verdict = check.compare(first, second, similarity, aligned)
    checkpoint()
    if a.lang == "en" and not verdict.accept and (read := english_reading(verdict, query, cached)):
        return read_again(minpair_stage, guard, read, mine, theirs, similarity, served)  # 2 mic
    if (verdict.accept and a.lang == "en" and (aligned.rest_left or aligned.rest_right)
            and (found := converse_rest(aligned, query, cached))):  # fmt: skip
        return Verdict(False, found), None  # can you buy / do you sell cheap (after the rest)
    if not verdict.accept and verdict.reason.startswith(("substitution:", "narrowing:")):
        if a.lang == "ja" and len(aligned.rest_left) == len(aligned.rest_right) == 1:
            verdict = _whole_synonyms(verdict, aligned, query, cached)  # 駐車 (+場) / パーキング
        if a.lang == "ja" and not verdict.accept:
            verdict = _kana_spelt(verdict, query, cached)  # 百人一首, しばかり機, 同上できますか
        verdict = _converse(verdict, query, cached)  # could you sell me / can I buy
        if not verdict.accept and a.lang == "en" and "without" in query + cached:
            found = without_substituted(verdict.reason, query, cached)  # without paying
            verdict = Verdict(True, f"equivalent-words:without:{found}") if found else verdict
    if not verdict.accept:  # (no call for an acceptance: _graded keeps it)
        verdict = _graded(verdict, query, cached)  # your favorite movie / your best movie
    reworded = verdict.reason == "reworded"  # (no call for other verdicts)
    if reworded and (contrast := _contrast_reworded(verdict, aligned, query, cached)):
        return contrast, None  # 大人って何人まで入れる / 子供って何人までいける
    if verdict.reason in _UNCOUNTED and not query.isascii():  # (Japanese: と in both first)
        companion = phrase_changed(check, aligned, first, second, cached, query, similarity)
        if companion:
            return Verdict(False, companion), None  # 甥と / 友人と, 車いすの祖母も / 孫も
    if verdict.reason == "detail-added" and count_added(verdict, aligned, a.lang):
        return as_count_refusal(verdict, aligned), None  # 子供の料金 / 子供二人の料金: a count too
    trees = guard.boosted if served and guard.boosted is not None else None
    if trees is not None and trees.applies(similarity, a):
        if not verdict.accept and verdict.reason.startswith(FIRM):
            return verdict, None  # 準2級 / 2級, the off-peak membership / the membership
        if not verdict.accept and count_added(verdict, aligned, a.lang):
            return verdict, None  # 入場券を予約 / 入場券を三枚予約: how many is asked
        found = condition_added(query, cached, verdict, aligned)
        if found is not None:
            return found, None  # 医師の同意書があれば / (nothing): another case
        shared = aligned if check == DEFAULT else None
        added = None  # the express card / the card: served on a higher score
        if verdict.accept and verdict.reason == "detail-added":
            word = check.modifier_added(first, second, aligned)
            if word is not None and not _grades(word.text, query, cached):
                added = (word.text, guard.modifier_cut)  # (not the top events / the best)
        found = trees.verdict(cached, query, first, second, b, a, similarity,
                              verdict, shared, added)  # fmt: skip
        refused = found is not None and not found.accept
        if refused and a.lang == "ja" and _one_text(verdict, query, cached):
            found = _respelt_served(found, query, cached, a, similarity)  # 金平糖 / こんぺいとう
        elif refused and a.lang == "en" and verdict.accept:
            found = fragment_served(found, cached, query, similarity)  # llama trek price?
        found = place_for_served(found, verdict, cached, query, similarity)  # 休憩室 / 休憩する場所
        if found is None and not verdict.accept:
            return verdict, None
        if found is not None and not found.accept:
            return found, None
        if found is not None and not verdict.accept:
            respelt = respelt_query(query, first, second)  # まくら / 枕: one word
            if respelt != query:
                again = trees.verdict(cached, respelt, first, second, b, a, similarity,
                                      verdict, shared)  # fmt: skip
                if again is None or not again.accept:
                    return verdict, None  # served for the spelling only: the check's stands
            if a.lang == "ja" and acts_replaced(verdict.reason):
                return verdict, None  # 見直し / 見落とし: two acts said as nouns (session 39)
            return _antonym_kept(verdict, query, cached, found)
        return None, found  # served by the model, or not its to reject
    if verdict.accept and verdict.reason in _ONE_SIDE_ADDS:  # (above the trees' band too)
        found = condition_added(query, cached, verdict, aligned)
        if found is not None:
            return found, None
    if _above_band(guard, verdict, similarity, served):  # no trees look at it
        word = check.classifier_added(first, second)
        if word is not None and not _grades(word.text, query, cached):  # a partial refund
            return Verdict(False, f"narrowing:{word.text}"), None
    if not verdict.accept:
        found = None
        if guard.rescue is not None and served:
            found = guard.rescue.verdict(first, second, b, a, similarity, verdict.reason)
        if found is None:
            return verdict, None
        return _antonym_kept(verdict, query, cached, found)  # (a rescued substitution)
    if guard.learned is not None and served:
        found = guard.learned.verdict(first, second, b, a, similarity, verdict.reason)
        if found is not None:
            return found, None
    return None, None


def explained_alignment(
    aligned: Alignment, cached: str, query: str, similarity: float, lang: str
) -> Alignment:
    """The alignment as the stage explains it: the check's alignment ``aligned`` of two
    prompts in language ``lang`` with the words it left explained by a reading of the prompts'
    texts (session 28), when they are English and one word is left unexplained on one side or
    on each, no more (both readings read no more): one word each side that WordNet reads alike
    in a later sense the prompt uses as the sense's example does
    (:func:`.wordnet_usage.usage_aligned`: *very hot* / *very spicy*), or the price words of
    two prompts that both ask a price (:func:`.english_price.price_aligned`: *how much is* /
    *what does ... cost*), a generic place word against a place of one kind after the same
    noun (:func:`.wordnet_places.place_aligned`: the kebab shop / the kebab place), one thing
    named two ways after the same noun (:func:`.wordnet_heads.head_aligned`: the cocktail
    masterclass / the cocktail class, a gift voucher / a gift certificate), one word
    on one side said where the other says a light verb (:func:`.wordnet_light.light_aligned`:
    *made* / *prepared fresh*), or a hyphened word the other prompt writes apart (session 29,
    :func:`.hyphened.hyphen_aligned`: *all-time* / *of all time*); ``aligned`` itself
    otherwise (the same object: a caller tells an explained alignment by identity).
    :func:`minpair_stage` decides on it and hands it to the trees' features; the tests'
    step-by-step verdict calls it too."""
    left, right = aligned.rest_left, aligned.rest_right
    if not (left or right) or len(left) > 1 or len(right) > 1 or lang != "en":
        return glued_kept(aligned, cached, query)  # (most pairs; thanstudents: read again)
    if left and right and ("-" in left[0].text or "-" in right[0].text):
        found = hyphen_aligned(aligned, cached, query)  # all-time / of all time
        if found is not aligned:
            return found
    if left and right and similarity >= HEAD_FLOOR:  # (the gates inline: a call saved)
        found = head_aligned(aligned, cached, query, similarity)  # masterclass / class
        if found is aligned and similarity >= USAGE_FLOOR:
            found = usage_aligned(aligned, cached, query, similarity)
            if found is aligned:  # the tapas bar / the tapas place
                found = place_aligned(aligned, cached, query, similarity)
        if found is not aligned:
            return found
    elif similarity >= CONTEXT_FLOOR:  # one word on one side: made fresh / prepared fresh
        found = light_aligned(aligned, cached, query, similarity)
        if found is not aligned:
            return found
    if left and left[0].text.lower() not in PRICE_WORDS:
        return aligned
    if right and right[0].text.lower() not in PRICE_WORDS:
        return aligned
    return price_aligned(aligned, cached, query)


def _one_text(verdict: Verdict, query: str, cached: str) -> bool:
    """May a dictionary proof serve the trees' refusal of two Japanese prompts? When the
    check found the same words or words it pairs as one, or accepted them otherwise (a detail
    added: ちゃわんむし cut into 茶碗 + 虫) and one side spells a noun of the other in kana
    (:func:`.ja_respelt.kana_spelt`, session 31) or says one verb as a verbal noun + する /
    できる (:func:`.ja_respelt.verb_as_noun`, session 33: 直せ, a verb SudachiPy marks as also
    an auxiliary, leaves 修理 as a detail added)."""
    if verdict.reason.startswith(_SAME):
        return True
    if not verdict.accept:
        return False
    return spelt_alike(cached, query) is not None or verb_as_noun(cached, query)


def _respelt_served(
    found: Verdict, query: str, cached: str, a: Analysis, similarity: float
) -> Verdict:
    """The trees' refusal ``found`` of two prompts whose units are the same words, served
    when the two are one Japanese text spelled two ways (:func:`.ja_respelt.respelt_only`:
    金平糖 / こんぺいとう, 煙草 / たばこ) or said with nouns of one SudachiDict synonym group
    (:func:`.ja_respelt.synonyms_only`: 持ち帰り / テイクアウト, session 29) or, session 33, with
    one verb said as a verbal noun of its synonym group + する / できる
    (:func:`.ja_respelt.verb_as_noun`: 直せますか / 修理できますか): the trees weigh the cosine,
    which the other word lowered, and the dictionary proves the words one (``respelt:<score>``,
    ``synonym:<score>``, ``verbal-noun:<score>``; in the verified band
    ``verified-band:<cosine>:<score>:respelt`` or ``...:synonym``). Any other refusal stands."""
    kind, _, score = found.reason.partition(":")
    if a.lang != "ja" or kind not in ("learned", "band-unverified") or ":" in score:
        return found
    proof = (
        "respelt" if respelt_only(cached, query)
        else "synonym" if synonyms_only(cached, query)
        else spelt[0] if (spelt := spelt_alike(cached, query))
        else "verbal-noun" if verb_as_noun(cached, query)
        else ""
    )  # fmt: skip
    if not proof:
        return found
    if kind == "band-unverified":
        return Verdict(True, f"verified-band:{similarity:.3f}:{score}:{proof}")
    return Verdict(True, f"{proof}:{score}")


def _whole_synonyms(verdict: Verdict, aligned: Alignment, query: str, cached: str) -> Verdict:
    """A substitution of one unit by one unit (``substitution:駐車->パーキング``) accepted
    ``equivalent-words:synonym:駐車->パーキング`` when the short units cut a suffix off one
    side's word (駐車場: 駐車 + 場), so that the unit left is not the word a synonym group
    lists, and the two prompts' whole words (SudachiPy's long units) differ only in common
    nouns of one SudachiDict synonym group (:func:`.ja_respelt.cut_synonyms`). The trees still
    weigh the pair in the band (their refusal is served only on the same proof,
    ``synonym:<score>``)."""
    mine, theirs = aligned.rest_left[0].text, aligned.rest_right[0].text  # (cached, query)
    if not cut_synonyms(cached, query, mine, theirs):
        return verdict
    return Verdict(True, "equivalent-words:synonym:" + verdict.reason.partition(":")[2])


def _kana_spelt(verdict: Verdict, query: str, cached: str) -> Verdict:
    """A substitution or narrowing ``verdict`` accepted ``equivalent-words:reading:…->百人一首``
    when the span where the prompts differ is a noun on one side and its reading in kana, which
    no other word has, on the other (:func:`.ja_respelt.kana_spelt`: kana cut into other words,
    しばかり: し + ばかり, read as a detail dropped), or ``equivalent-words:slip:同乗->同上``, a
    homophone only a verbal noun's reading fits before する (:func:`.ja_respelt.light_verb_slip`).
    The trees still weigh the pair in their band (served only on the reading, ``reading:<n>``)."""
    found = spelt_alike(cached, query)  # (kind, cached's word, query's word)
    if found is None:
        return verdict
    return Verdict(True, f"equivalent-words:{found[0]}:{found[1]}->{found[2]}")


def _grades(word: str, query: str, cached: str) -> str:
    """``best->favorite`` when ``word``, added to one prompt, takes the place of a stopword
    that grades the same noun in the other (:func:`.english_grades.graded_in_place`)."""
    return graded_in_place(word, query, cached) or graded_in_place(word, cached, query)


def _graded(verdict: Verdict, query: str, cached: str) -> Verdict:
    """The minimal-pair check's ``narrowing:<word>`` ``verdict`` read as added detail when the
    one English word grades the noun as the other prompt's stopword does (*your favorite
    movie* / *your best movie*: :func:`_grades`), and its ``insertion:most`` when *most* only
    raises an adjective both share (:func:`.english_grades.superlative_of_shared`: the most
    common mistakes / the common mistakes); any other verdict as it is."""
    kind, _, word = verdict.reason.partition(":")
    if verdict.accept or not word.isalpha() or not word.isascii():
        return verdict
    if kind in ("insertion", "deletion") and word == "most":  # the most common mistakes
        found = superlative_of_shared(query, cached) or superlative_of_shared(cached, query)
        return Verdict(True, "detail-added") if found else verdict
    if kind != "narrowing":
        return verdict
    return Verdict(True, "detail-added") if _grades(word, query, cached) else verdict


def _converse(verdict: Verdict, query: str, cached: str) -> Verdict:
    """The minimal-pair check's substitution ``verdict``, or an acceptance when it replaces a
    giving verb said of *you* by its converse said of *I*
    (:func:`.english_converse.converse_substituted`: could you sell me / can I buy):
    ``equivalent-words:converse:buy->sell``."""
    found = converse_substituted(verdict.reason, query, cached)
    return Verdict(True, f"equivalent-words:converse:{found}") if found else verdict


def _contrast_reworded(
    verdict: Verdict, aligned: Alignment, query: str, cached: str
) -> Verdict | None:
    """The rejection ``contrast:大人->子供``, which no model overturns, when ``verdict``
    accepts two prompts as ``reworded`` while a word left on one side contrasts with one left
    on the other (:func:`.ja_contrasts.reworded_contrast`: 大人って何人まで入れる？ / 子供って
    何人までいける？; since session 37 *the bigger pool* / *the large pool heated in winter*);
    None otherwise (session 28's Japanese counterpart of :func:`.english_swaps.swap_inside`);
    every other verdict passes at no cost."""
    if verdict.reason != "reworded":
        return None
    found = reworded_contrast(aligned.rest_left, aligned.rest_right, query, cached)
    return Verdict(False, found) if found else None


def _above_band(guard: Guard, verdict: Verdict, similarity: float, served: bool) -> bool:
    """A served candidate accepted as added detail above the trees' band."""
    trees = guard.boosted
    above = trees is not None and similarity >= trees.upper
    return above and served and verdict.reason == "detail-added"


def _antonym_kept(
    verdict: Verdict, query: str, cached: str, served: Verdict
) -> tuple[Verdict | None, Verdict | None]:
    """A model's acceptance ``served`` of a pair the minimal-pair ``verdict`` rejected, as
    :func:`minpair_stage` returns it, unless the substitution replaces a word by one that
    contrasts with it (:func:`.ja_contrasts.substituted_contrast`: remember / forgot, adults /
    children, 大人 / 子供): then a rejection that no model overturns, ``antonym:remember->forgot``
    (WordNet antonyms) or ``contrast:大人->子供``; nor when one English word is swapped for
    another inside a rewording (:func:`.english_swaps.swap_inside`:
    ``substitution:tandem->solo``); nor two acts each said with an honorific
    (:func:`.ja_honorifics.acts_apart`: いらっしゃいますか / お帰りになりますか,
    ``honour-act:いらっしゃる->帰り``)."""
    found = substituted_contrast(verdict.reason, query, cached)
    found = found or swap_inside(verdict.reason, query, cached)  # tandem+cost->price+solo
    if not found and not query.isascii() and (acts := acts_apart(query, cached)):
        found = f"honour-act:{acts}"  # いらっしゃる / お帰りになる: come, go home
    return (Verdict(False, found), None) if found else (None, served)
