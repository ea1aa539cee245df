"""Which words of two prompts mean the same, for the minimal-pair check (split out of
:mod:`.minpair` in session 28): :class:`WordEquivalence` is the part of
:class:`~.minpair.MinimalPairCheck` that pairs the units each prompt lacks, best match
first (a kana run against the word it spells, the same family, reading or synonym group,
WordNet synonyms, the word vectors), read with the check's own settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import wordnet, wordvec
from .compounds import other_compound
from .en_words import CURRENCY_SIGNS
from .english_comparatives import one_comparative
from .english_persons import one_unit
from .english_tails import ends_in_word
from .ja_day_parts import same_part_of_day
from .ja_noun_acts import compound_acts_apart
from .ja_readings import joined_readings
from .ja_words import head_shared_apart
from .name_runs import LONGEST, name_groups
from .prefix_opposites import _opposite_prefixed
from .relations import converse_agents, one_kanji_apart
from .rewordings import DEFAULT_WORD_SIMILARITY
from .screen import _SCREENED_PAIRS, _SCREENED_PAIRS_EN, _may_be_equivalent
from .units import Unit, related
from .wordnet_adjectives import first_sense_adjectives
from .wordnet_also import also_seen_adjectives
from .wordnet_clipped import clipped
from .wordnet_clusters import kept_apart
from .wordnet_derived import derived_one_use
from .wordnet_first import CONTEXT_FLOOR, first_sense_synonyms, same_first_sense
from .wordnet_gender import genders_apart
from .wordnet_kin import one_sense_named, sister_satellites
from .wordnet_one_person import one_person, opposite_ends
from .wordnet_verbs import SHARED_FLOOR, shared_senses, verb_synonyms

#: the caller does not know what :func:`related` says of two units: ask it
_ASK = object()


def _classes(units: list[Unit]) -> tuple[list[Unit], list[list[int]]]:
    """The distinct units of ``units`` but for their place (``position``, ``word``: no
    equivalence test reads them), each the first of its kind, and each kind's indices in
    ``units``, ascending."""
    kinds: dict[Unit, int] = {}
    firsts: list[Unit] = []
    members: list[list[int]] = []
    for index, unit in enumerate(units):
        kind = unit._replace(position=-1, word=-1)
        at = kinds.setdefault(kind, len(firsts))
        if at == len(firsts):
            firsts.append(unit)
            members.append([])
        members[at].append(index)
    return firsts, members


def _best_first(
    scored: list[tuple[float, int, int]], mine: list[list[int]], theirs: list[list[int]]
) -> tuple[set[int], set[int]]:
    """The units paired, best first, as a walk over every pair of units sorted by (score,
    left index, right index), highest first, pairs each pair of two units still free, from
    ``scored``, the pairs of kinds of units (:func:`_classes`) and their scores: at each
    score, the left units in falling order, each with the highest free right unit of a kind
    its own kind pairs with at that score. Work: the units of the kinds paired, not the
    product of two prompts' units (700 x *vs* against 600 x *versus*)."""
    by_score: dict[float, dict[int, list[int]]] = {}
    for score, i, j in scored:
        by_score.setdefault(score, {}).setdefault(i, []).append(j)
    free = [list(indices) for indices in theirs]  # each kind's free right units, ascending
    used_left: set[int] = set()
    used_right: set[int] = set()
    for score in sorted(by_score, reverse=True):
        kinds = by_score[score]
        lefts = sorted(((i, kind) for kind in kinds for i in mine[kind]), reverse=True)
        for i, kind in lefts:
            if i in used_left:
                continue
            options = [free[j] for j in kinds[kind] if free[j]]
            if options:
                best = max(options, key=lambda indices: indices[-1])
                used_left.add(i)
                used_right.add(best.pop())
    return used_left, used_right


@dataclass(frozen=True)
class WordEquivalence:
    """Which words of two prompts mean the same: the word-equivalence half of
    :class:`~.minpair.MinimalPairCheck` (its base class, whose fields these settings are;
    usable alone with the same defaults).

    Args:
        word_similarity: word-vector cosine from which two words are synonyms.
        synonym_groups: Japanese words sharing a SudachiPy synonym group are equivalent.
        wordnet_senses: English words that share a WordNet synset among the first this many
            senses of each are equivalent (``wordnet.py``; 0: off).
    """

    word_similarity: float = DEFAULT_WORD_SIMILARITY
    synonym_groups: bool = True
    wordnet_senses: int = wordnet.SENSES

    def _pair_equivalents(
        self, left: list[Unit], right: list[Unit]
    ) -> tuple[list[Unit], list[Unit]]:
        """Drop pairs of equivalent units, best match first (first a Japanese word against
        the kana run that spells it: 盆栽 / ぼん + さい)."""
        left, right = joined_readings(left, right)
        ones, mine = _classes(left)  # (a word said 700 times is scored once: session 39)
        others, theirs = _classes(right)
        scored = []
        equivalence = self._equivalence
        screened = type(self)._equivalence is WordEquivalence._equivalence
        many = len(left) * len(right)  # (English words: screened from fewer pairs on)
        if (
            screened
            and many >= _SCREENED_PAIRS_EN
            and (many >= _SCREENED_PAIRS or left[0].key.isascii())
        ):
            # many pairs (long prompts that share few words): only those the screen lets
            # through can be equivalent, and each of them is scored as any other pair
            reuse = self.synonym_groups  # (the screen asks related() with synonym groups)
            for (i, j), known in _may_be_equivalent(ones, others, self.word_similarity).items():
                a, b = ones[i], others[j]
                score = self._equivalence_given(a, b, known) if reuse else equivalence(a, b)
                if score is not None:
                    scored.append((score, i, j))
        else:
            for i, a in enumerate(ones):
                for j, b in enumerate(others):
                    score = equivalence(a, b)
                    if score is not None:
                        scored.append((score, i, j))
        used_left, used_right = _best_first(scored, mine, theirs)
        return (
            [u for i, u in enumerate(left) if i not in used_left],
            [u for j, u in enumerate(right) if j not in used_right],
        )

    def _equivalence(self, a: Unit, b: Unit) -> float | None:
        """How surely ``a`` and ``b`` mean the same (None: they do not)."""
        if a.kind != "content" or b.kind != "content":
            return None  # numbers and relation words: only the same one is the same
        return self._equivalence_given(a, b, _ASK)

    def _equivalence_given(self, a: Unit, b: Unit, known: float | object | None) -> float | None:
        """:meth:`_equivalence` of two content units, ``known`` what :func:`related` says of
        them when the caller has it (the screen: session 22), else :data:`_ASK`."""
        if a.key.isascii() and (
            converse_agents(a.text.lower(), b.text.lower())
            or one_comparative(a.text.lower(), b.text.lower())
        ):
            return None  # employer / employee: two sides of one act; bigger / big: two grades
        if not a.key.isascii() and compound_acts_apart(a.key, b.key):
            return None  # 売り切れ / 売り出し: two compound verbs' nouns, two acts (session 39)
        # the same family, reading, synonym group
        score = related(a, b, self.synonym_groups) if known is _ASK else known
        if score is not None:  # (one family, but sportsman / sportswoman, waiter / waitress)
            opposed = a.key.isascii() and (
                opposite_ends(a.key, b.key) or genders_apart(a.key, b.key)
            )  # (painless / painful: whole antonyms too)
            return None if opposed else score  # type: ignore[return-value]
        part = None if a.key.isascii() else same_part_of_day(a.key, b.key)  # (session 34)
        if part is not None:
            return 1.5 if part else None  # 夜 / 晩, 夕刻 / 夕方 one time; 早朝 / 午前 two
        if one_kanji_apart(a.key, b.key) or other_compound(a, b):
            return None  # 禁煙 / 喫煙, 入会 / 退会: compounds that differ in one kanji contrast
        if head_shared_apart(a.key, b.key):
            return None  # 年内 / 年明け: one head, other second parts
        if a.key.isascii() and _opposite_prefixed(a.key, {b.key}):
            return None  # inbound / outbound, upgrade / downgrade: opposite prefixes
        if a.key.isascii() and ends_in_word(a.text, b.text):
            return None  # grapefruit / fruit, cupcake / cake: a compound, no rewording
        i, j = a.vector, b.vector
        if i is None or j is None:
            return None
        cosine = wordvec.similarity(i, j)
        if cosine < self.word_similarity:
            return None
        if a.key.isascii() and kept_apart(a.text.lower(), b.text.lower()):
            return None  # waiter / waitress 0.90, priceless / worthless 0.80: close vectors
        return cosine

    def _wordnet_left(self, left: list[Unit], right: list[Unit], similarity: float) -> bool:
        """One word left each side, WordNet synonyms, or one and a phrasal verb (called off)."""
        if len(left) == len(right) == 1:
            return self._wordnet(left[0], right[0], similarity)
        one, two = (left, right) if len(left) == 1 else (right, left)
        if len(one) != 1 or len(two) != 2 or two[1].position not in (-1, two[0].position + 1):
            return False  # (a relation word's position is not tracked: -1)
        verb = two[0]._replace(text=f"{two[0].text} {two[1].text}", vector=None)
        return two[1].text.lower() in wordnet.PARTICLES and self._wordnet(one[0], verb)

    def _wordnet(self, a: Unit, b: Unit, similarity: float = 0.0) -> bool:
        """English content words that share a synset among their first ``wordnet_senses``
        tagged WordNet senses (``wordnet.py``: stones / rocks), not far apart by the word
        vectors when the table has both (``wordnet.FLOOR``), unless their first tagged sense
        is one and the prompts (``similarity``) read them alike (fix / mend); since session 35
        also a noun of one sense and an untagged name of it, and two adjective satellites of
        one head (:mod:`.wordnet_kin`: photos / pics, scenic / picturesque); since session 37
        two adjectives WordNet joins by *also see* (:mod:`.wordnet_also`: friendly /
        welcoming); since session 38 a person's noun of one sense and another whose early
        sense it is (:mod:`.wordnet_one_person`: youngsters / kids), and a noun and its
        clipping in its first sense (:mod:`.wordnet_clipped`: submarine / sub)."""
        x, y = a.text.lower(), b.text.lower()
        if x in CURRENCY_SIGNS or y in CURRENCY_SIGNS:  # £ / quid: the sign's noun
            x, y = (a.key if x in CURRENCY_SIGNS else x), (b.key if y in CURRENCY_SIGNS else y)
        if not (self.wordnet_senses and a.kind == b.kind == "content" and (x + y).isascii()):
            return False
        if converse_agents(x, y) or _opposite_prefixed(a.key, {b.key}) or one_comparative(x, y):
            return False  # (farther / outlying, smaller / tiny: a comparative, a positive)
        i, j = a.vector, b.vector
        cosine = wordvec.similarity(i, j) if i is not None and j is not None else None
        if cosine is not None and cosine < wordnet.FLOOR:  # (a sense prompts rarely mean)
            if similarity < CONTEXT_FLOOR:
                return False
            # fix / mend, scenic / picturesque; submarine / sub (a clipping's vector reads
            # its other senses: session 38)
            return same_first_sense(x, y) or sister_satellites(x, y) or clipped(x, y)
        if wordnet.synonyms(x, y, self.wordnet_senses) or one_unit(x, y):  # kilos / kg
            return True
        # pick up / collect (their 4th and 5th senses); rubbish / trash (one first sense);
        # windy / blowy, missing / lost (adjectives: one first sense, or a satellite's head)
        if verb_synonyms(x, y) or first_sense_synonyms(x, y) or first_sense_adjectives(x, y):
            return True
        # photos / pics (a noun of one sense, an untagged name of it), scenic / picturesque
        # (two satellites of one head: session 35), friendly / welcoming (also see: 37)
        if one_sense_named(x, y) or sister_satellites(x, y) or also_seen_adjectives(x, y):
            return True
        if one_person(x, y) or clipped(x, y):  # youngsters / kids; submarine / sub (38)
            return True
        # rent / hire (two senses in common), vaccinated / immunised (untagged, one sense)
        # the nouns hire / rental: one derived from a verb sense of the other (session 28)
        floor = cosine is None or cosine >= SHARED_FLOOR
        return floor and (shared_senses(x, y) or derived_one_use(x, y))


def same_names_left(left: list[Unit], right: list[Unit]) -> str:
    """``"USA->America"`` when the words left each side pair one for one as names of one
    place or organisation (:func:`.name_runs.name_groups`: written capitalised on both sides,
    one word or several in a row, lemmas of one WordNet instance synset: ``United+States->USA``
    since session 31); empty otherwise (the pairing then explains nothing: the rest is
    judged as before)."""
    if not left or not right or len(left) > 2 * LONGEST or len(right) > 2 * LONGEST:
        return ""
    if not (left[0].text[:1].isupper() and right[0].text[:1].isupper()):
        return ""  # (a name's every word is capitalised: most pairs stop here, unread)
    if not all(u.text[:1].isupper() and u.text.isascii() for u in (*left, *right)):
        return ""
    mine, theirs = name_groups(left), name_groups(right)
    if not mine or not theirs or len(mine) != len(theirs) or len(mine) > 2:
        return ""
    free, pairs = list(theirs), []
    for text, synsets in mine:
        match = next(
            (g for g in free if g[0].lower() != text.lower() and not synsets.isdisjoint(g[1])),
            None,
        )
        if match is None:
            return ""
        free.remove(match)
        pairs.append(f"{text}->{match[0]}")
    return ",".join(pairs)
