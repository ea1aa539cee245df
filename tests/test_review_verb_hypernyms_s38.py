"""Session 38 review: ``wordnet_kinds.verb_hypernym_levels``, the one walk up WordNet's verb
hypernyms that ``english_start_times.names_start`` and ``english_fragments._works_on_thing``
each wrote out. Behaviour-identical: both functions answer as before for every WordNet verb
lemma and every word of the tuning sets (17,014 words, checked against main b15335d when it
was written). The real WordNet data."""

from __future__ import annotations

from yamabiko.guard import wordnet
from yamabiko.guard.english_fragments import _works_on_thing
from yamabiko.guard.english_start_times import names_start
from yamabiko.guard.wordnet_kinds import verb_hypernym_levels


def test_levels_go_up_one_link_at_a_time_and_never_twice() -> None:
    tables = wordnet.load()
    assert tables is not None
    stroll, walk = tables.verb_senses["stroll"][0], tables.verb_senses["walk"][0]
    levels = list(verb_hypernym_levels([stroll]))
    assert levels[0] == {stroll} and walk in levels[1]
    assert all(a.isdisjoint(b) for k, a in enumerate(levels) for b in levels[k + 1 :])
    assert len(list(verb_hypernym_levels([stroll], depth=1))) == 2
    assert list(verb_hypernym_levels([])) == []


def test_the_two_readings_that_walk_it() -> None:
    assert names_start("opening") and names_start("start")
    assert not names_start("closing") and not names_start("feeding")
    assert _works_on_thing("repaint")
    assert not _works_on_thing("dismantle") and not _works_on_thing("remove")
