"""A negated statement outside the thread that says the request's words again (session 23).

A user may withdraw a request after the thread in words no reader of reversals knows: "Please
don't bring the photo booth after all." / "Alright.", "We won't need the photo booth after
all." / "No problem.", すみません、片付けはやめておきます。 / 承知しました。 Such a turn has no
partner on the other side, and the assistant's reply may say nothing, so the structure
(:mod:`yamabiko.conversation.structure`) and the comparison of wholes read it as an aside or
as added detail, and the pair was served although the other conversation still wants the
photo booth.

:func:`compare_negated` reads the guard's analysis of each unpaired user statement after the
thread's first paired exchange: a negation (the analysis' count: *don't*, *won't*, *no*, ない,
ません) together with a content word of the thread's paired user turns (the request) is a
change of the request when such a word names a thing of it (a noun: no function word, no
party, no predicate), unless a paired reply after it says each of those words again (the
thread confirmed unchanged after a remark: "My brother has no idea I'm turning up as a
gorilla." / … / "Noted: a large gorilla costume."). A negated remark that says none of the
request's words ("We can't wait for the party!"), or a Japanese one that ends by seeking
agreement (やっぱり夏はエアコンがないとつらいですね), changes nothing. The miss names the words:
``history:negated:photo+booth``.

A negation withdraws the request only when what it negates is the request or an act on it
(要らない, やめる, "won't be needing"). :func:`fond_remark` (session 24) leaves a statement
alone when every negation in it is one of feeling, memory or experience about the thing:

- English: *can't* / *cannot* / *couldn't* before a verb whose first tagged WordNet senses
  (up to three) are all of feeling, knowing or perceiving (:data:`_FEELING`: "I can't forget
  that piano", "can't stop thinking about the piano": a gerund after the verb is the verb
  read), or *never* before such a verb, a gerund or no verb at all ("A bit of wakeboarding,
  but never kitesurfing", "never a sauna": an account of experience; *never mind*, *never
  asked* stay). *can't come*, *won't need*, *don't want* stay withdrawals (an act, or no
  ability negated).
- Japanese (SudachiPy): a negated potential (られる / れる, or きれる bound to the verb:
  忘れられない, 待ちきれない) whose object is marked by が directly before it and that no
  なる follows: "X が V-られない" says what one cannot help feeling about X
  (この前のかき氷が忘れられなくて); 行けなくなりました (a change: なる) and かき氷は要りません
  (no potential) stay withdrawals, and so does a potential verb (行けません: SudachiPy reads it
  as 行く's form, which a spelling of it in kana also differs by).

A negated remark cannot withdraw what it places in the past (session 37): the words of an
English phrase *last* / *past* / *previous* before a noun WordNet files first under time
(:func:`past_time`: *last year*, *the previous weekend*) are not the request's things again
("My back hasn't forgiven me for last year" beside a runner number "from last year"); a
negated remark that also names a thing of the request ("We won't need the van last year's
driver had") still withdraws it by that thing. Only a past time and a negation of the past
are read so (session 38): *the last night* of a festival is its final night and *past
midnight* a time after another, not the past, and a remark that negates in the present or
the future (*we can't make last year's slot*) still changes the request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from ..guard.facts import Analysis
from ..guard.japanese import short_units
from ..guard.lexicon import EN_STOPWORDS
from ..guard.relations import category_members
from ..guard.wordnet_first import first_lemma, first_lexnames
from ..models import Verdict
from .equivalents import predicates
from .history import Exchange
from .smalltalk import asks
from .unexplained import names_a_thing

__all__ = ["compare_negated", "fond_remark", "negated", "past_time"]

#: the guard's categories whose members are the parties of a request, not its things
_PARTIES = frozenset({"family", "animal"})
#: a Japanese statement that ends by seeking agreement (ね, よね): an opinion shared, no change
#: of the request (夏はエアコンがないとつらいですね)
_SHARED = re.compile(r"ね[。！!…\s]*$")
#: WordNet lexicographer files of verbs of feeling, knowing and perceiving
_FEELING = frozenset({"verb.emotion", "verb.cognition", "verb.perception"})
_EN_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
#: English negations of ability, and the other negators a remark may hold
_ABILITY = frozenset({"can't", "cannot", "couldn't", "cant", "couldnt"})
_NEGATORS = frozenset({"not", "no", "never", "nor", "neither", "none", "nothing", "nobody"})
#: adverbs between a negator and its verb ("can't really remember", "never even tried")
_BETWEEN_NEG = frozenset({"really", "even", "ever", "quite", "just", "possibly", "still"})
#: Japanese negation auxiliaries (normalised forms) and potential auxiliaries
_JA_NOT = frozenset({"ない", "ず", "ぬ"})
_JA_CAN = frozenset({"られる", "れる", "切れる"})
#: English words that place the time noun after them in the past
_PAST = frozenset({"last", "past", "previous"})
#: the words that make *last* a final one (*the last night*) and *past* an adjective (*the
#: past week*, not the preposition of *past midnight*)
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her",
     "its", "their", "every", "each"})  # fmt: skip
#: a negation of the past: a negated did / have / be in the past
_PAST_NOT = re.compile(
    r"\b(?:didn't|hadn't|haven't|hasn't|wasn't|weren't|(?:did|had|have|has|was|were)\s+not)\b"
)


def negated(
    side: Sequence[Exchange], kept: Collection[int], analyse: Callable[[str], Analysis]
) -> set[str]:
    """The request's words that an unpaired, negated user statement of ``side`` says again
    after the thread starts and no later paired reply confirms (``kept``: the side's paired
    exchanges; see the module docstring)."""
    if not kept:
        return set()
    request = {w for i in kept if side[i].user for w in analyse(side[i].user).content}
    found: set[str] = set()
    for k in range(min(kept) + 1, len(side)):
        text = side[k].user
        if k in kept or not text or asks(text) or _SHARED.search(text):
            continue
        a = analyse(text)
        again = set(a.content) & request if a.negations and not fond_remark(text) else set()
        if again:
            past = past_time(text)
            again = {w for w in again if _thing(w, text, a) and w.lower() not in past}
        if not again:
            continue
        later = {w for i in kept if i > k and side[i].reply for w in analyse(side[i].reply).content}
        found |= again - later
    return found


def past_time(text: str) -> frozenset[str]:
    """The words of ``text``'s English phrases that name a past time when ``text`` negates in
    the past (*didn't*, *haven't*, *was not*): a word of :data:`_PAST` and the noun after it
    whose first WordNet senses are all filed under time (*last year*, *the previous week*,
    *the past month*; not *the last night* of a festival, its final one, nor *past
    midnight*); empty for Japanese and for a negation in the present or future."""
    low = text.lower().replace("\u2019", "'")
    if not low.isascii() or _PAST_NOT.search(low) is None:
        return frozenset()
    words = ["", *_EN_WORD.findall(low)]
    found: set[str] = set()
    for before, word, after in zip(words, words[1:], words[2:], strict=False):
        if word not in _PAST or (
            word != "previous" and (before in _DETERMINERS) != (word == "past")
        ):
            continue  # (last: no determiner before it; past: one before it; previous: either)
        names = first_lexnames(after, 0)
        if names and all(n == "noun.time" for n in names):
            found |= {word, after}
    return frozenset(found)


def fond_remark(text: str) -> bool:
    """Every negation of ``text`` is one of feeling, memory or experience about a thing, none
    a change of the request (see the module docstring); False when ``text`` has none."""
    return _en_remark(text) if text.isascii() else _ja_remark(text)


def _feeling(word: str) -> bool:
    """``word`` is an English verb whose first tagged WordNet senses (up to three) are all
    of feeling, knowing or perceiving (:data:`_FEELING`: forget, remember, think)."""
    names = first_lexnames(word, 1)
    return bool(names) and all(n in _FEELING for n in names[:3])


def _en_remark(text: str) -> bool:
    """:func:`fond_remark` for English: each negator is *can't* (or *can not*) or *never*
    before a verb of feeling, or *never* before a gerund or no verb."""
    words = _EN_WORD.findall(text.lower().replace("’", "'"))
    found = False
    for k, word in enumerate(words):
        negator = word in _NEGATORS or word.endswith("n't") or word == "cannot"
        if not negator:
            continue
        j = k + 1
        while j < len(words) and words[j] in _BETWEEN_NEG:
            j += 1
        verb = words[j] if j < len(words) else ""
        if verb and j + 1 < len(words) and words[j + 1].endswith("ing"):
            verb = words[j + 1] if first_lemma(words[j + 1], 1) else verb  # can't stop thinking
        ability = word in _ABILITY or (word == "not" and k > 0 and words[k - 1] == "can")
        if (ability or word == "never") and verb and _feeling(verb):
            found = True
        elif word == "never" and (not verb or verb.endswith("ing") or not first_lemma(verb, 1)):
            found = True  # never kitesurfing, never a sauna: experience, no act
        else:
            return False
    return found


def _ja_remark(text: str) -> bool:
    """:func:`fond_remark` for Japanese: each negation follows a potential of a verb whose
    object is marked by が, and no なる follows it."""
    morphemes = short_units(text)
    if not morphemes:
        return False
    found = False
    for i, m in enumerate(morphemes):
        if m.part_of_speech()[0] != "助動詞" or m.normalized_form() not in _JA_NOT:
            continue
        j, can = i - 1, False
        while j >= 0 and (
            morphemes[j].part_of_speech()[0] == "助動詞"
            or morphemes[j].normalized_form() in _JA_CAN
        ):
            can = can or morphemes[j].normalized_form() in _JA_CAN
            j -= 1
        if j < 1 or morphemes[j].part_of_speech()[0] != "動詞":
            return False
        after = [n.normalized_form() for n in morphemes[i + 1 : i + 3]]
        if not can or morphemes[j - 1].surface() != "が" or "成る" in after:
            return False
        found = True
    return found


def _thing(word: str, text: str, a: Analysis) -> bool:
    """``word`` of ``text`` names a thing of the request: no function word, no party (a
    family member or an animal: "My daughter hates injections" is about her, not the
    booking), and a noun, not a predicate
    (:func:`~yamabiko.conversation.unexplained.names_a_thing`: 履けなかった, *look*)."""
    if word.lower() in EN_STOPWORDS or category_members(a).get(word) in _PARTIES:
        return False
    return names_a_thing(word, predicates(text) if not text.isascii() else frozenset())


def compare_negated(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    paired: dict[int, int],
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Refuse when either side changes its request by a negated statement outside the
    thread (:func:`negated`): ``history:negated:<words>``."""
    for side, kept in ((q, paired.keys()), (c, paired.values())):
        words = negated(side, set(kept), analyse)
        if words:
            return Verdict(False, f"history:negated:{'+'.join(sorted(words))}")
    return Verdict(True, "history:same")
