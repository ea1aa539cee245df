"""Session 26 (paraEN): two English words whose first tagged WordNet sense is one synset
(``wordnet_first.same_first_sense``: fix / mend, close / shut, marry / wed) are one word to
the minimal-pair check even where the word vectors of the two words on their own lie below
``wordnet.FLOOR`` (fix / mend 0.35: a rare word's own vector is a poor guide), when the two
prompts, the words read in their place, are at ``wordnet_first.CONTEXT_FLOOR`` (0.85) or
closer by the embedder.

Probes written for this work, in other domains than the held-out sets that showed the misses
(*Do you fix / mend integrated dishwashers?*, *repair / mend necklace chains*), checked at the
real embedder's cosine with the default threshold 0.75, both ways round. Before this work every
paraphrase below was refused as a substitution. The twins stay refused: another act (fix /
sell, mend / replace, repair / restore: no first sense in common), an antonym (shut / open),
and words WordNet gives one first sense that the prompts read apart (castle / palace, terminal
/ depot, technology / engineering: the prompts lie below the context floor)."""

from __future__ import annotations

import guard_probes as probes

from yamabiko.guard import Guard
from yamabiko.guard.minpair import DEFAULT
from yamabiko.guard.units import units
from yamabiko.guard.wordnet_first import CONTEXT_FLOOR, same_first_sense

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang): refused as substitutions before this work, served now both ways
PARAPHRASES = [
    ("Can you shut the gate behind you?", "Can you close the gate behind you?", "en"),
    ("What time do you close on Sundays?", "What time do you shut on Sundays?", "en"),
    ("Can we marry in the castle chapel?", "Can we wed in the castle chapel?", "en"),
    ("Can you fix a leaking radiator?", "Can you mend a leaking radiator?", "en"),
    ("Can I time my run on the track?", "Can I clock my run on the track?", "en"),
    ("Can we store wine in the basement?", "Can we store wine in the cellar?", "en"),
]  # fmt: skip

#: (cached, query, lang, reason): another act, an antonym, or read apart: still refused
REFUSED = [
    ("Do you fix bicycle punctures?", "Do you sell bicycle punctures?", "en",
     "substitution:fix->sell"),
    ("Can you mend a torn wetsuit?", "Can you replace a torn wetsuit?", "en",
     "substitution:mend->replace"),
    ("Do you repair vintage watches?", "Do you restore vintage watches?", "en",
     "substitution:repair->restore"),
    ("Can I shut the shop early on Fridays?", "Can I open the shop early on Fridays?", "en",
     "antonym:shut->open"),
    ("Is the castle open on Mondays?", "Is the palace open on Mondays?", "en",
     "substitution:castle->palace"),
    ("Which terminal does the bus leave from?", "Which depot does the bus leave from?", "en",
     "substitution:terminal->depot"),
    ("Do you teach technology courses?", "Do you teach engineering courses?", "en",
     "substitution:technology->engineering"),
]  # fmt: skip

cosines = probes.cosines_fixture(PARAPHRASES, REFUSED)


def test_paraphrases_served_both_ways(cosines) -> None:
    probes.assert_served(GUARD, PARAPHRASES, cosines, THRESHOLD, either_side=True)


def test_twins_still_refused(cosines) -> None:
    probes.assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_read_apart_twins_are_below_the_context_floor(cosines) -> None:
    # the twins WordNet joins are refused because the embedder reads their prompts apart
    for cached, query, _, _ in REFUSED[4:]:
        assert cosines[(cached, query)] < CONTEXT_FLOOR, (cached, query)


def test_same_first_sense() -> None:
    for first, second in (("fix", "mend"), ("mended", "fixes"), ("close", "shut"),
                          ("marry", "wed"), ("basement", "cellar")):  # fmt: skip
        assert same_first_sense(first, second), (first, second)
    # other first senses (repair / restore, lunch / dinner), antonyms, one lemma in two
    # forms, and a file WordNet's synonyms leave out (noun.person: partner / spouse)
    for first, second in (("repair", "restore"), ("lunch", "dinner"), ("buy", "sell"),
                          ("open", "shut"), ("fix", "fixed"), ("partner", "spouse")):  # fmt: skip
        assert not same_first_sense(first, second), (first, second)


def test_the_alignment_asks_the_prompts_cosine() -> None:
    first, second = (
        units("Do you mend old fishing nets?", "en"),
        units("Do you fix old fishing nets?", "en"),
    )
    # unknown or far prompts: the word vectors' floor stands (mend / fix 0.35)
    for similarity in (0.0, CONTEXT_FLOOR - 0.01):
        aligned = DEFAULT.align(first, second, similarity)
        assert [u.text for u in aligned.rest_left] == ["mend"], similarity
    aligned = DEFAULT.align(first, second, CONTEXT_FLOOR)
    assert (aligned.rest_left, aligned.rest_right, aligned.wordnet) == ([], [], "mend->fix")
    verdict = DEFAULT.compare(first, second, CONTEXT_FLOOR, aligned)
    assert (verdict.accept, verdict.reason) == (True, "equivalent-words:wordnet:mend->fix")
