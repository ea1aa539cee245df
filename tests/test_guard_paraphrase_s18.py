"""Session-18 paraphrases (``guard/benefactive.py``): a Japanese verb of giving with an
auxiliary of receiving (貸していただけますか, 貸してくれる？) asks what its converse verb asks
(借りられますか), which the ``antonym`` and ``predicate`` checks took for the opposite verb.

Every pair is written here for the test (none is taken from an evaluation file). The guard is
the real one (SudachiPy, the default models) and the cosine the default embedder's. On the
code before this change each paraphrase below is refused (``antonym``); the minimal-pair twins
next to them (the plain opposite verb, both sides with the auxiliary, a verb that is not in
its て form, an auxiliary of giving, a named doer the converse would exchange, another verb,
sending and receiving: a delivery and a pickup)
are refused on both.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.analysis import analyse
from yamabiko.guard.benefactive import CONVERSES, as_received, received
from yamabiko.guard.lexicon import JA_ANTONYMS

GUARD = Guard()
THRESHOLD = 0.75

#: the same question: served
SERVED = [
    ("傘を借りることはできますか？", "傘を貸していただけますか？", "ja"),
    ("自転車は借りられますか？", "自転車って貸してくれる？", "ja"),
    ("ベビーカーを貸してもらえますか？", "ベビーカーをお借りすることはできますか？", "ja"),
    ("チケットを買うことはできますか？", "チケットを売っていただけますか？", "ja"),
]

#: a different question: refused, with the reason
REFUSED = [
    ("傘を借りることはできますか？", "傘を貸すことはできますか？", "ja", "antonym"),
    ("傘を貸してもらえますか？", "傘を借りてもらえますか？", "ja", "antonym"),
    ("本を借りたらお礼をもらえますか？", "本を貸したらお礼をもらえますか？", "ja", "antonym"),
    ("友達が借りられますか？", "友達に貸してもらえますか？", "ja", "antonym"),
    ("友達から借りられますか？", "友達に貸してあげられますか？", "ja", "antonym"),
    ("傘を貸していただけますか？", "傘を返していただけますか？", "ja", "predicate"),
    ("チケットを売ってもらえますか？", "チケットを買ってもらえますか？", "ja", "antonym"),
    ("荷物を受け取れますか？", "荷物を送ってもらえますか？", "ja", "antonym"),  # pickup / delivery
]


class TestProbes(ProbeFile):
    """The probes above at the default embedder's cosine: the giving verbs with an
    auxiliary of receiving served, the minimal-pair twins refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused = SERVED, REFUSED


def test_the_paraphrases_were_refused_as_opposites_without_the_reading() -> None:
    plain = Guard(checks=["antonym"])
    for cached, query, _ in SERVED:
        a, b = analyse(query, "ja"), analyse(cached, "ja")
        assert not plain._same_antonym(a, b, 1.0), (cached, query)  # 貸す / 借りる
        x, y = as_received(query, cached, a, b)
        assert plain._same_antonym(x, y, 1.0), (cached, query)


def test_received_reads_only_a_verb_in_its_te_form_before_the_auxiliary() -> None:
    antonyms = {frozenset(pair) for pair in JA_ANTONYMS}
    assert all(frozenset(pair) in antonyms for pair in CONVERSES.items())
    assert "送る" not in CONVERSES  # 送ってもらう (a delivery) is no 受け取る (a pickup)
    assert received("傘を貸していただけますか？") == {"貸す"}
    assert received("自転車って貸してくれる？") == {"貸す"}
    assert received("本を貸したらお礼をもらえますか？") == frozenset()
    assert received("友達に貸してあげられますか？") == frozenset()  # giving, not receiving
    assert received("Can I borrow an umbrella?") == frozenset()
