"""A Japanese verb of giving with an auxiliary of receiving says what its converse says.

貸していただけますか / 貸してくれる？ (will you lend me) asks what 借りられますか (can I borrow)
asks: the giving verb (貸す) followed by て and a verb of receiving as its auxiliary (もらう,
いただく, くれる, くださる) makes the speaker the receiver, the role the converse verb (借りる)
gives its subject. The converse pairs are those of the lexicon's antonym pairs where the
receiver takes the thing itself (:data:`CONVERSES`): 貸す / 借りる, 売る / 買う.

:func:`as_received` gives the ``antonym`` and ``predicate`` checks the two analyses with such a
giving verb read as its converse, only where the other prompt says the converse *without* an
auxiliary of receiving (貸してもらえますか / 借りてもらえますか still differ), only for a
giving verb directly followed by て + the auxiliary (貸したらお礼をもらえますか is no
receiving of the loan), and only when neither prompt names a doer with が (友達に貸して
もらえますか / 友達が借りられますか: the converse exchanges them) nor a noun with に beside the
converse said plainly (子供に買えますか: for the child). Beside the giving verb with the
auxiliary, に names the giver (session 27: 講座に貸していただけますか = 講座で借りられますか,
refused ``antonym`` before), and the converse names it with から or で, so it stays.

:func:`giver_changed` finds the opposite case, the same giving verb with the auxiliary on one
side only (貸していただけますか / 貸せますか): the other party gives in one, the speaker in the
other.

Cost: one SudachiPy pass per prompt (cached), asked only when the check would otherwise
refuse a Japanese pair that says one of the converse verbs.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .cases import adverbial
from .facts import Analysis
from .ja_receiving import RECEIVING_AUX
from .japanese import short_units
from .kana_rows import E_ROW

#: case particles of a doer or a source, which the converse verb exchanges (友達に貸して
#: もらう = 友達から借りる, not 友達が借りる): with one on either side, no verb is read anew
#: (に beside a giving verb with an auxiliary of receiving excepted: :func:`_particles_kept`)
_DOERS = frozenset({"が", "に"})
#: a giving verb -> its converse verb of receiving: of the lexicon's antonym pairs
#: (``lexicon.JA_ANTONYMS``), those where the receiver takes the thing itself: lending and
#: selling. 送る / 受け取る is not one: 荷物を送ってもらえますか asks for a delivery,
#: 荷物を受け取れますか for a pickup
CONVERSES = {"貸す": "借りる", "売る": "買う"}


@lru_cache(maxsize=2048)
def received(text: str) -> frozenset[str]:
    """The verbs of ``text`` (normalised forms) followed by て / で and an auxiliary of
    receiving: 貸していただく -> {貸す}; 借りてもらう -> {借りる}; or said in the humble
    benefactive, the honorific prefix お / ご + the verb's stem + the auxiliary, with no て:
    お貸しいただく, お売りくださる -> {貸す}, {売る} (not お貸しする: the speaker lends)."""
    morphemes = short_units(text)
    if not morphemes:
        return frozenset()
    found = set()
    for i in range(len(morphemes) - 2):
        first, second, aux = morphemes[i], morphemes[i + 1], morphemes[i + 2]
        if aux.normalized_form() not in RECEIVING_AUX:
            continue
        if (
            first.part_of_speech()[0] == "動詞"
            and second.surface() in ("て", "で")
            and second.part_of_speech()[0] == "助詞"
        ):
            found.add(first.normalized_form())
        elif first.normalized_form() == "御" and second.part_of_speech()[0] == "動詞":
            found.add(second.normalized_form())  # お貸しいただく
    return frozenset(found)


def _converted(a: Analysis, mine: frozenset[str], theirs: frozenset[str], b: Analysis) -> Analysis:
    """``a`` with each giving verb it says with an auxiliary of receiving (``mine``) read as
    its converse, where ``b`` says that converse and not with such an auxiliary (``theirs``)."""
    swap = {
        verb: CONVERSES[verb]
        for verb in mine
        if verb in CONVERSES and CONVERSES[verb] in b.words and CONVERSES[verb] not in theirs
    }
    if not swap:
        return a
    return replace(
        a,
        content=tuple(swap.get(w, w) for w in a.content),
        words=frozenset(swap.get(w, w) for w in a.words),
        predicates=frozenset(swap.get(w, w) for w in a.predicates),
    )


def as_received(query: str, cached: str, a: Analysis, b: Analysis) -> tuple[Analysis, Analysis]:
    """The analyses of ``query`` (``a``) and ``cached`` (``b``) with a giving verb plus an
    auxiliary of receiving read as its converse where the other side says that converse
    plainly (:func:`_converted`); the same analyses when there is none (or not Japanese)."""
    if a.lang != "ja" or not (CONVERSES.keys() & (a.words | b.words)):
        return a, b
    marks = {role for _, role in (*a.roles, *b.roles)} & _DOERS
    if "が" in marks:
        return a, b  # 友達に貸してもらう / 友達が借りる: the converse swaps who does it
    mine, theirs = received(query), received(cached)
    if not (mine or theirs):
        return a, b
    if marks and (_party_said(query, mine) or _party_said(cached, theirs)):
        return a, b  # 子供に売ってもらう / 子供に買う: for the child
    return _converted(a, mine, theirs, b), _converted(b, theirs, mine, a)


def converse_received(old: str, new: str, query: str, cached: str) -> bool:
    """The substitution of ``old`` (a word of ``cached``) by ``new`` (of ``query``) replaces a
    giving verb of :data:`CONVERSES` said with an auxiliary of receiving by its converse said
    without one (チケットを売っていただけますか / チケットを買えますか: you sell me = I buy),
    either way round and with no doer or source named with が or に in either prompt (as
    :func:`as_received` reads them): the two verbs say one act, not two that contrast."""
    if _doer_named(query) or _doer_named(cached):
        return False
    sides = ((old, cached, new, query), (new, query, old, cached))
    for word, text, other_word, other in sides:
        for verb in _verbs_in(word, text) & received(text) & CONVERSES.keys():
            converse = CONVERSES[verb]
            if converse in _verbs_in(other_word, other) and converse not in received(other):
                return True
    return False


def _verbs_in(word: str, text: str) -> frozenset[str]:
    """The verbs (normalised forms: 買え -> 買う) of ``text``'s short units that open ``word``
    or lie inside it (``word`` is a span of ``text``: 売っ, 買うこと)."""
    return frozenset(
        m.normalized_form()
        for m in short_units(text) or ()
        if m.part_of_speech()[0] == "動詞" and m.surface() and m.surface() in word
    )


def _doer_named(text: str) -> bool:
    """``text`` has a case particle that names a party the converse exchanges: が, or に where
    ``text`` says no giving verb with an auxiliary of receiving (:func:`_party_said`)."""
    return _party_said(text, received(text))


def _party_said(text: str, receiving: frozenset[str]) -> bool:
    """``text`` marks a party the converse exchanges (:func:`_particles_kept`; its verbs
    followed by an auxiliary of receiving: ``receiving``) with a case particle after a noun
    that can be a party: not one of time or place or a number, whose に says when or where
    (週末に借りる, 3時に貸していただく: ``cases.adverbial``)."""
    marks = _particles_kept(receiving)
    morphemes = short_units(text) or []
    return any(
        m.surface() in marks
        and m.part_of_speech()[1] == "格助詞"
        and not (i and adverbial(morphemes[i - 1]))
        for i, m in enumerate(morphemes)
    )


def _particles_kept(receiving: frozenset[str]) -> frozenset[str]:
    """The case particles that name a party the converse exchanges, in a prompt whose verbs
    followed by an auxiliary of receiving are ``receiving``: が always (友達が借りる: the friend
    borrows); に unless the prompt says a giving verb of :data:`CONVERSES` so (講座に貸して
    いただく: に names the one who lends, whom the converse names with から / で; with the
    plain converse verb に may name whom it is for: 子供に買う)."""
    return _DOERS if not (receiving & CONVERSES.keys()) else _DOERS - {"に"}


#: a giving verb's potential that SudachiPy reads as a verb of its own (売れる), -> the verb
_POTENTIALS = {verb[:-1] + E_ROW[verb[-1]] + "る": verb for verb in CONVERSES}


#: each word :func:`_givers` reads as a giving verb (the verb itself, or its potential)
_GIVER_OF = {
    word: verb
    for word in (*CONVERSES, *_POTENTIALS)
    if (verb := _POTENTIALS.get(word, word)) in CONVERSES
}
_GIVER_WORDS = frozenset(_GIVER_OF)


def _givers(words: frozenset[str]) -> frozenset[str]:
    """The giving verbs of :data:`CONVERSES` among ``words``, a potential read as its verb
    (session 23: the few words that may be one are looked up, not every word mapped)."""
    return frozenset(_GIVER_OF[word] for word in _GIVER_WORDS.intersection(words))


def giver_changed(query: str, cached: str, a: Analysis, b: Analysis) -> str:
    """The giving verb (of :data:`CONVERSES`) that one prompt says with an auxiliary of
    receiving and the other asks whether the speaker can or may do (:func:`_asked_leave`):
    傘を貸していただけますか / 傘を貸せますか (will you lend me / can I lend), 服を売って
    もらえますか / 服を売れますか; the one who gives changes sides. Empty when none (or not
    Japanese)."""
    if a.lang != "ja":
        return ""
    both = _givers(a.words) & _givers(b.words)
    if not both:
        return ""
    mine, theirs = received(query), received(cached)
    for verb in sorted(both):
        if verb in mine and verb not in theirs and verb in _asked_leave(cached):
            return verb
        if verb in theirs and verb not in mine and verb in _asked_leave(query):
            return verb
    return ""


#: what follows a verb's て + も when one asks leave to do it (貸してもいい, 売っても構わない)
_LEAVE = frozenset({"良い", "宜しい", "構う", "大丈夫"})


@lru_cache(maxsize=2048)
def _asked_leave(text: str) -> frozenset[str]:
    """The giving verbs that ``text`` asks whether the speaker can or may do: a potential
    (貸せますか, 売れますか, 貸すことができますか) or leave (貸してもいいですか); not a plain
    statement (部屋は貸していますか asks what the business does)."""
    morphemes = short_units(text) or ()
    found = set()
    for i, m in enumerate(morphemes):
        verb = _POTENTIALS.get(m.normalized_form(), m.normalized_form())
        if verb not in CONVERSES:
            continue
        nxt = [n.normalized_form() for n in morphemes[i + 1 : i + 4]]
        if (
            m.normalized_form() in _POTENTIALS
            or m.dictionary_form() != m.normalized_form()  # 貸せる, read as 貸す
            or nxt[:1] in (["れる"], ["られる"])
            or (nxt[:2] in (["て", "も"], ["で", "も"]) and nxt[2:3] and nxt[2] in _LEAVE)
            or (nxt[:1] in (["事"], ["こと"]) and "出来る" in nxt[1:])
        ):
            found.add(verb)
    return frozenset(found)
