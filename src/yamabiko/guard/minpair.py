"""The minimal-pair check: prompts that differ by a few words differ by what those words mean.

Both prompts are split into units (``units.py``: content words, numbers, relation words;
filler dropped). The units both sides share cancel (order does not matter: word order is the
``roles`` check's job). A unit left on one side is paired with one left on the other when the
two are *equivalent*:

- the same word family (inflection, compound part, spelling variant: colour/color),
- Japanese: the same reading (kana / kanji: こども / 子供) or a shared SudachiPy synonym
  group (購入 / 買う, 料金 / 値段),
- Japanese: a word that is a number and its counter against that number in digits with
  that counter (二十歳 / 20歳, ``numeral_words.py``),
- a spelling slip (``spelling.py``: a word the word table or SudachiPy does not know, one
  edit from the other side's: vinyard / vineyard, 送量 / 送料), or a Japanese word against
  the run of kana units that spells it (ぼん + さい / 盆栽),
- a true synonym by the embedder itself: the cosine of the two words' own vectors (a table
  built from the default embedder, see ``wordvec.py``) at least ``word_similarity``
  (buy / purchase 0.91, fix / repair 0.78; buy / sell 0.63, lunch / dinner 0.69),
- English, when the tests above leave one word on each side (or one and a phrasal verb:
  cancelled / called off) and nothing else: a shared WordNet synset among both words' most
  tagged senses, not antonyms (``wordnet.py``: stones / rocks; a phrasal verb and a
  one-word verb among the first five tagged senses of each: pick up / collect; a word of one
  untagged sense and one whose first tagged sense it is: nappies / diapers,
  ``wordnet_first.py``; two verbs of two senses in common, rent / hire, or two untagged
  ones, vaccinate / immunise, ``wordnet_verbs.shared_senses``, at ``SHARED_FLOOR``), and,
  when the word-vector table has both, at least ``wordnet.FLOOR`` close by it (mend / fix
  0.35 not, unless the first tagged sense of both is one synset and the prompts' cosine is
  at least ``wordnet_first.CONTEXT_FLOOR``: :meth:`MinimalPairCheck.align`'s
  ``similarity``), named in the reason (``equivalent-words:wordnet:stones->rocks``); or one
  compound written as one word and as two (motorboat / motor boat), or one word clipped to
  its first letters (min / minimum, ``english_forms.clipped``), or a kind of animal the query
  names under the cached prompt's animal (dog / collie, ``wordnet_kinds.kind_of``: that
  direction only), or, at ``CONTEXT_FLOOR`` or closer, a word WordNet glosses as another
  name of the thing the other names (toilet / loo, ``wordnet_terms.term_for``,
  ``equivalent-words:term-for:toilet->loo``). Only then: in longer
  rewordings, they made substitutions of rewordings.

What is left decides, when the prompts are a minimal pair (at most ``max_changes`` units left
on each side): a unit left on both sides is a substitution (``substitution:buy->sell``); a
unit left on one side only an insertion (``insertion:store``) or a deletion: a modifier that
narrows the question (the app / the app store), or a relation or number word.

Numbers and relation words (above/below, am/pm) are never equivalent to another one. Prompts
that differ by more than ``max_changes`` units are left to the threshold and other checks.

Use it on its own with :func:`compare_texts` (two texts + language -> verdict with reason).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..language import detect_language
from ..models import Verdict
from . import lexicon as lx
from . import relations as rel
from . import wordnet
from .english_forms import (
    clipped,
    clipped_dropped,
    joined_words,
    run_together_dropped,
    spelled_apart,
)
from .english_persons import rarer_name
from .ja_cuts import cut_two_ways, read_as_one
from .ja_homophones import read_in_context
from .numeral_words import numeral_words
from .rewordings import compound as _compound
from .rewordings import limiting_phrase as _limiting_phrase
from .rewordings import reworded as _reworded
from .scope import modifies_shared as _modifies_shared
from .scope import names as _names
from .scope import narrows, scope_verdict
from .units import Unit, units
from .unshared import unshared as _unshared
from .word_equivalence import WordEquivalence, same_names_left
from .wordnet_first import CONTEXT_FLOOR
from .wordnet_gender import genders_apart
from .wordnet_kinds import kind_asked
from .wordnet_terms import term_for

#: :meth:`MinimalPairCheck._equivalence_given` without a known :func:`related` value: ask it
#: Word-vector frequency rarity from which an added modifier names a kind (:meth:`classifier_added`)
RARE_MODIFIER = 0.78


class Alignment(NamedTuple):
    """Two prompts' units aligned (:meth:`MinimalPairCheck.align`): the units each side lacks
    (``left``: the first's), those left once equivalent pairs are dropped (``rest_*``), and
    the pair WordNet explained, if it did (``stones->rocks``)."""

    left: list[Unit]
    right: list[Unit]
    rest_left: list[Unit]
    rest_right: list[Unit]
    wordnet: str = ""


@dataclass(frozen=True)
class MinimalPairCheck(WordEquivalence):
    """Settings of the minimal-pair check; those of its word equivalence, ``word_similarity``,
    ``synonym_groups`` and ``wordnet_senses``, are the fields of its base class
    :class:`~.word_equivalence.WordEquivalence` (keyword arguments as these).

    Args:
        max_changes: most units left unexplained on one side for the pair to be "minimal".
        insertions: also reject an added / dropped *content* word (a narrowing modifier:
            the app / the app store). Off by default: on the tuning halves it cost far more
            paraphrases (added detail) than it caught. Added relation words always count.
        compounds: reject an added content word that stands right next to a shared one
            (app / app store, 会員 / 家族会員). Off by default, for the same reason.
        explained_below: below this cosine, only fully explained differences pass (added
            detail and rewordings are rejected as ``reworded:...``). Off (0.0) by default:
            it trades FAQ paraphrases for Quora precision (docs/quality.md).
        rewordings: a one-for-several word change of content words is a rewording, not a
            substitution (``reworded``).
        english_pairs: with ``rewordings``, two English words side by side count as two words.
        narrowing: reject an added word that narrows what it is attached to, whatever the
            cosine (``narrowing:x``): a bound morpheme (a Japanese prefix or scope suffix:
            準2級, 大型車用, 法人向け), or a hyphenated English or a Japanese word that the
            word-vector table does not know, right before a shared word (the off-peak
            membership, ETCカード).
    """

    max_changes: int = 2
    insertions: bool = False
    compounds: bool = False
    explained_below: float = 0.0
    rewordings: bool = True
    english_pairs: bool = True
    narrowing: bool = True

    def align(
        self, first: Sequence[Unit], second: Sequence[Unit], similarity: float = 0.0
    ) -> Alignment:
        """The units each side lacks, before and after equivalent pairs are dropped;
        ``similarity``: the prompts' cosine, when the caller has it (0.0: unknown)."""
        left, right = _unshared(first, second)
        rest_left, rest_right = self._pair_equivalents(*numeral_words(left, right))
        if not any(joined_words(rest_left, rest_right)):  # motorboat / motor boat
            return Alignment(left, right, [], [])  # explained
        glued = run_together_dropped(rest_left, rest_right, first, second)  # as well / aswell
        if glued is not None:
            rest_left, rest_right, together = glued
            if not rest_left and not rest_right:
                return Alignment(left, right, [], [], f"run-together:{together}")
        if len(rest_left) == len(rest_right) == 2:  # min + class / minimum + masterclass
            rest_left, rest_right = clipped_dropped(rest_left, rest_right)
        if len(rest_left) == len(rest_right) == 1:  # minimum / min, my dog / my collie
            a, b = rest_left[0], rest_right[0]
            kind = "clipped" if clipped(a, b) else "kind" if kind_asked(a, b) else ""
            if not kind and similarity >= CONTEXT_FLOOR and _rarer_person_name(a, b):
                kind = "person-name"  # novices / beginners: a rarer name of one person
            if not kind and similarity >= CONTEXT_FLOOR and _term_for(a, b):
                kind = "term-for"  # toilet / loo: WordNet glosses one as a name of the other
            if kind:
                return Alignment(left, right, [], [], f"{kind}:{a.text}->{b.text}")
        named = same_names_left(rest_left, rest_right)  # USA / America: one country
        if named:
            return Alignment(left, right, [], [], f"same-name:{named}")
        if self._wordnet_left(rest_left, rest_right, similarity):  # one word each side
            return Alignment(left, right, [], [], f"{_names(rest_left)}->{_names(rest_right)}")
        reading = read_in_context(rest_left, rest_right, first, second)  # かみ / 紙
        if reading:
            return Alignment(left, right, [], [], f"reading:{reading}")
        cut = cut_two_ways(rest_left, rest_right, first, second)  # 調 + 律師 / 調律
        if cut:
            return Alignment(left, right, [], [], f"cut:{cut}")
        several = len(rest_left) != len(rest_right) and rest_left and rest_right
        if several and not rest_left[0].text.isascii():  # (Japanese, one against several)
            one = read_as_one(rest_left, rest_right, first, second)  # 兜 + 虫 / カブトムシ
            if one:
                return Alignment(left, right, [], [], one)
        phrasal = _with_particle(rest_left, first, rest_right, second)
        if phrasal is not None and self._wordnet(*phrasal):  # switch off / turn off
            return Alignment(left, right, [], [], f"{phrasal[0].text}->{phrasal[1].text}")
        return Alignment(left, right, rest_left, rest_right)

    def compare(
        self,
        first: Sequence[Unit],
        second: Sequence[Unit],
        similarity: float = 1.0,
        alignment: Alignment | None = None,
    ) -> Verdict:
        """Compare the units of two prompts; the reason names a change ``first -> second``.
        ``similarity`` (the prompts' cosine; 1.0 when unknown) matters with ``explained_below``
        and, through :meth:`align`, for two words of one first sense; ``alignment``: this
        check's :meth:`align` of the two with the same ``similarity``, when the caller has it."""
        if alignment is None:
            alignment = self.align(first, second, similarity)
        if self.narrowing:  # 1本 / 1箱, the whole phone / just the screen, 土曜日だけ
            found = scope_verdict(first, second, alignment)
            if found is not None:
                return found
        if not alignment.left and not alignment.right:
            return Verdict(True, "same-words")
        left, right = alignment.rest_left, alignment.rest_right
        if not left and not right:
            explained = alignment.wordnet  # the pair WordNet explained, named
            if ":" not in explained:  # (a reading names its own kind: reading:かみ->紙)
                explained = f"wordnet:{explained}" if explained else ""
            return Verdict(True, f"equivalent-words:{explained}".rstrip(":"))
        one_sided = left or right if bool(left) != bool(right) else []
        own = first if left else second
        limiting = self.narrowing and one_sided and _limiting_phrase(one_sided, own, first, second)
        if limiting:  # during the grace period; the system's battery (a part: firm)
            kind = limiting if limiting == "part" else "deletion" if left else "insertion"
            return Verdict(False, f"{kind}:{_names(one_sided)}")
        if rel._changes(left) > self.max_changes or rel._changes(right) > self.max_changes:
            if similarity < self.explained_below:
                return Verdict(False, f"reworded:{_names(left)}->{_names(right)}")
            return Verdict(True, "not-minimal")
        if left and right:
            reworded = self.rewordings and _reworded(left, right, self.english_pairs)
            if reworded and not spelled_apart(left, right):  # not a dark room / a darkroom
                return Verdict(True, "reworded")
            kind = "scope" if any(map(rel._restricted, (*left, *right))) else "substitution"
            return Verdict(False, f"{kind}:{_names(left)}->{_names(right)}")  # 朝刊のみ
        added = right or left
        lenient = not self.insertions and similarity >= self.explained_below
        own = second if right else first
        if self.compounds and _compound(added, own, first, second):
            lenient = False  # glued to a shared word: the app / the app store, 会員 / 家族会員
        elif self.narrowing:
            kind = narrows(added, own, first, second)  # 準2級, off-peak, for members, 壊れた
            if kind == "narrowing":
                return Verdict(False, f"narrowing:{_names(added)}")
            lenient = lenient and not kind
        if lenient and all(u.kind == "content" for u in added):
            return Verdict(True, "detail-added")
        kind = "insertion" if right else "deletion"
        return Verdict(False, f"{kind}:{_names(added)}")

    def modifier_added(
        self, first: Sequence[Unit], second: Sequence[Unit], alignment: Alignment
    ) -> Unit | None:
        """The one English word that one prompt adds as a modifier of a noun both share (the
        *wireless* charger / the charger; after a determiner, possessive or preposition), or
        None. Such detail often narrows the question (an evaluative word does not: the
        *main* reason), so the guard asks its trees for more confidence to serve it."""
        added = alignment.rest_right or alignment.rest_left
        if len(added) != 1 or (alignment.rest_right and alignment.rest_left):
            return None
        word = added[0]
        own = second if alignment.rest_right else first
        if word.modifier and word.key.isascii() and _modifies_shared(word, own, first, second):
            return word
        return None

    def classifier_added(self, first: Sequence[Unit], second: Sequence[Unit]) -> Unit | None:
        """The one word a prompt adds that names a kind of a noun both share, as far as
        morphology and frequency tell, or None: English, a modifier (:meth:`modifier_added`)
        at least :data:`RARE_MODIFIER` rare (common ones mostly grade: the main / great / real
        reason) and not an adverb (-ly), a verb form (-ing) or a superlative (-est): a
        *partial* refund; Japanese, a noun of two characters or more compounded with the
        shared noun (子ども料金)."""
        left, right = self._pair_equivalents(*_unshared(first, second))
        if len(left) + len(right) != 1:
            return None
        word, own, other = (right[0], second, first) if right else (left[0], first, second)
        if not word.modifier or any(u.key == word.key for u in other):  # (or it is elsewhere)
            return None
        if word.key.isascii():
            kind = word.rarity >= RARE_MODIFIER and not word.text.endswith(lx.EN_NOT_NOUN_ENDINGS)
        else:  # a one-character noun is an affix more than a kind (子猫)
            kind = len(word.text) > 1
        return word if kind and _modifies_shared(word, own, first, second) else None


DEFAULT = MinimalPairCheck()


def compare_texts(
    first: str, second: str, lang: str | None, check: MinimalPairCheck = DEFAULT
) -> Verdict:
    """Minimal-pair verdict for two texts in ``lang`` ("en" or "ja"; detected when None).

    ``Verdict(False, "substitution:buy->sell")`` when ``second`` replaces a word of ``first``
    with one of another meaning; ``insertion:x`` / ``deletion:x`` for an added / dropped word;
    accepted (``same-words``, ``equivalent-words``, ``not-minimal``) otherwise. Languages other
    than English and Japanese are always accepted (``not-analysed``).
    """
    if lang is None:
        lang = detect_language(first + "\n" + second)
    if lang not in ("en", "ja"):
        return Verdict(True, "not-analysed")
    return check.compare(units(first, lang), units(second, lang))


def _with_particle(
    left: Sequence[Unit], first: Sequence[Unit], right: Sequence[Unit], second: Sequence[Unit]
) -> tuple[Unit, Unit] | None:
    """The one word left each side as phrasal verbs, when the same particle follows each in
    its prompt (switch *off* / turn *off*: the particle both say cancels in the alignment,
    and the verbs alone are other words): the two units with the particle in their text
    (``switch off``, ``turn off``, no word vector), or None."""
    if len(left) != 1 or len(right) != 1:
        return None
    after = []
    for unit, seq in ((left[0], first), (right[0], second)):
        at = next((i for i, u in enumerate(seq) if u is unit), len(seq)) + 1
        particle = seq[at] if at < len(seq) else None
        if particle is None or particle.kind != "relation" or particle.key not in wordnet.PARTICLES:
            return None
        after.append(particle.key)
    if after[0] != after[1]:
        return None
    return tuple(  # type: ignore[return-value]
        u._replace(text=f"{u.text} {after[0]}", vector=None) for u in (left[0], right[0])
    )


def _rarer_person_name(a: Unit, b: Unit) -> bool:
    """Two English content words, one a rarer WordNet name of the other's person
    (:func:`.english_persons.rarer_name`: novices / beginners), not of the other sex
    (:func:`.wordnet_gender.genders_apart`)."""
    if a.kind != "content" or b.kind != "content" or not (a.key + b.key).isascii():
        return False  # (not chairman / chairwoman, one synset: wordnet_gender)
    return rarer_name(a.text.lower(), b.text.lower()) and not genders_apart(a.text, b.text)


def _term_for(a: Unit, b: Unit) -> bool:
    """Two English content words, one glossed by WordNet as another name of the thing the
    other names (:func:`.wordnet_terms.term_for`: toilet / loo, umbrella / brolly)."""
    if a.kind != "content" or b.kind != "content" or not (a.key + b.key).isascii():
        return False
    return term_for(a.text.lower(), b.text.lower())
