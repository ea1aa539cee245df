"""What follows the thread: a remark the assistant acts on decides something.

After the latest paired exchanges (the thread, :mod:`yamabiko.conversation.structure`) a
conversation may go on with a statement of the user's own. Most such statements are asides
("We've just had a new puppy", 娘も楽しみにしています) that the assistant answers with chatter
("Puppies and cream carpets never mix!"). Some decide something in words no rule of reversal
or contrast reads: an intent withdrawn ("Let's hold off on the vaccinations until he's over
his cold", "it was in my coat pocket all along", 今回は見送ります, このまま使うことにします),
an intent switched ("It looks like the Sunday class suits us better", 土日も使いたいので、
全日会員にします). What tells them apart is the assistant's reply: to a decision it reports
an act that the thread never named ("I've *taken* the booking *off*", "*Moved*: a place in
the Sunday class", "*Updated*: weekends only", ご予約を*取り消し*ました, 全日会員に*変更*しました,
手続きを*中止*します).

:func:`reported_acts` reads such reports in one reply:

- English: a past form of a verb (``-ed`` or an irregular form WordNet lists: *taken*) after a
  first-person subject ("I've cancelled", "we moved"), opening a sentence before a colon
  ("Changed: ..."), or in a perfect passive whose subject is no person ("your class has been
  moved"), as its WordNet verb lemma (a phrasal verb when a particle follows within three
  words: *called off*, *taken the booking off*); not an auxiliary (be, have, do) and not a
  verb whose first sense is one of knowing, saying, perceiving or feeling (WordNet's
  lexicographer files: *understood*, *noted*, *enjoyed*); and an act promised on a thing of
  the thread: *I'll* / *we will* and a verb whose object is a word the thread says ("I'll
  cancel the visit then"; "We'll take good care of it" promises nothing new:
  :func:`promised_acts`);
- Japanese: a sentence that ends in ます or ました whose last verb (not 非自立) or サ変 noun
  before the ending (auxiliaries, て, おく, いたす skipped) is its head: 取り消し*ました*,
  手続きを中止し*ます*, 受付は取り消して*おき*ます. In the present tense the act must be a
  サ変 noun with する, a verb after を (what it acts on) or done ahead (ておきます): 早めに
  伺います, お気持ちわかります, 授業のない日も使えます promise, feel or allow, they
  report nothing. A sentence that is its head alone and opens the reply is an
  acknowledgment (承知しました, かしこまりました), not an act.

:func:`compare_tails` refuses two conversations when a statement after one side's thread (a
user turn that asks nothing) is answered with an act that its own thread never names and
that the other side never says (the same verb lemma, a WordNet verb sense shared, or for
Japanese the same normalised form): ``history:tail-act:cancel``. A question after the thread
("Do you sell bike lights as well?") is left as it is: the answer to a side question is often
an act about another thing ("Yes, I've just changed your email for you").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..guard import ja_synonyms, wordnet
from ..guard.facts import Analysis
from ..guard.japanese import long_units, short_units
from ..guard.lexicon import EN_STOPWORDS
from ..guard.wordnet_first import first_lemma, first_lexnames
from ..models import Verdict
from .acts import acts
from .equivalents import shares_verb_sense, verb_senses
from .fact_words import SENTENCE
from .history import Exchange
from .replies import requests
from .smalltalk import asks

__all__ = ["an_act", "compare_tails", "promised_acts", "reported_acts"]

_WORD = re.compile(r"[a-z]+|:")
#: first-person subjects of a reported act, and what may stand between them and the verb
_FIRST_PERSON = frozenset({"i", "we"})
_BETWEEN = frozenset({"ve", "have", "just", "now", "already", "also", "then", "d", "had"})
#: a perfect passive reports an event ("the visit has been cancelled"); its subject is a
#: thing, not a person ("you've been booked in" reports nothing new: a state of yours)
_ADVERBS = frozenset({"now", "just", "already", "also"})
_PERFECT = frozenset({"has", "have", "s", "ve"})
_WILL = frozenset({"ll", "will", "shall"})
#: an English request to the user that opens or ends a reply's last sentence
_REQUEST = re.compile(r"^(?:please|kindly)\b|\b(?:let me know|tell me)\b", re.IGNORECASE)
_PERSONS = frozenset({"i", "you", "he", "she", "we", "they", "who"})
#: particles of phrasal verbs (call off, take off, put back)
_PARTICLES = frozenset({"off", "out", "back", "away", "up", "down", "over", "in"})
#: auxiliaries: no act of their own
_AUXILIARIES = frozenset({"be", "have", "do"})
#: WordNet lexicographer files of verbs that name no act done for the user
_NO_ACT = frozenset({"verb.cognition", "verb.communication", "verb.perception", "verb.emotion"})
#: what may follow a Japanese head before ます / ました (auxiliaries, て, おく, いたす)
_JA_SKIP = frozenset({"助動詞", "補助記号", "空白", "接尾辞"})
#: a サ変 noun's する, and おく (done ahead: 取り消しておきます)
_JA_DO = frozenset({"する", "為る", "いたす", "致す"})
_JA_AHEAD = frozenset({"おく", "置く"})
#: what says nothing before a head (はい、ご予約を: the interjection, the prefix, particles)
_JA_EMPTY = frozenset({"感動詞", "接頭辞", "助詞"})
_JA_LIGHT = frozenset({"する", "為る", "いたす", "致す", "おく", "置く"})


def _perfect_passive(before: Sequence[str]) -> bool:
    """``before`` (the words before a past participle) ends in *has / have been*, adverbs
    aside, after a subject that is no person."""
    words = [w for w in before if w not in _ADVERBS]
    return (
        len(words) >= 3 and words[-1] == "been" and words[-2] in _PERFECT
        and words[-3] not in _PERSONS
    )  # fmt: skip


def _past_lemma(token: str) -> str:
    """The WordNet verb lemma of ``token`` when it is a past form (``-ed`` or one WordNet's
    exceptions list), else ""."""
    tables = wordnet.load()
    if tables is None:
        return ""
    bases = [b for b in wordnet.lemmas_of(token, 1) if b != token]
    if not bases:
        return ""
    if not token.endswith("ed") and token not in tables.exceptions[1]:
        return ""
    return bases[0]


def an_act(lemma: str, *, untagged: bool = False) -> bool:
    """The WordNet verb ``lemma`` names an act: its first tagged sense is none of knowing,
    saying, perceiving or feeling (:data:`_NO_ACT`); a verb with no tagged sense is one
    only with ``untagged`` (and any sense). False without WordNet."""
    lexnames = first_lexnames(lemma, 1) if first_lemma(lemma, 1) == lemma else ()
    if lexnames:
        return lexnames[0] not in _NO_ACT
    return untagged and bool(verb_senses(lemma))


def _reported_act(lemma: str) -> bool:
    """A reported or promised verb names an act: no auxiliary, and :func:`an_act`."""
    return lemma not in _AUXILIARIES and an_act(lemma)


def _phrasal(lemma: str, after: Sequence[str]) -> str:
    """``lemma_particle`` when a particle within the next three words makes a WordNet
    phrasal verb of ``lemma`` (called off, taken the booking off), else ``lemma``."""
    tables = wordnet.load()
    for word in after[:3]:
        if word in _PARTICLES and tables is not None and f"{lemma}_{word}" in tables.known[1]:
            return f"{lemma}_{word}"
    return lemma


def _en_reported(sentence: str) -> set[str]:
    """The acts an English reply sentence reports (see the module docstring)."""
    tokens = _WORD.findall(sentence.lower())
    found: set[str] = set()
    for k, token in enumerate(tokens):
        if token == ":":
            continue
        headline = k == 0 and k + 1 < len(tokens) and tokens[k + 1] == ":"
        j = k - 1
        while j >= 0 and tokens[j] in _BETWEEN:
            j -= 1
        passive = _perfect_passive(tokens[:k])
        if not (headline or passive or (j >= 0 and tokens[j] in _FIRST_PERSON)):
            continue
        lemma = _past_lemma(token)
        if lemma:
            lemma = _phrasal(lemma, tokens[k + 1 :])
            if "_" in lemma or _reported_act(lemma):
                found.add(lemma)
    return found


@lru_cache(maxsize=1)
def _acknowledgments() -> frozenset[int]:
    """SudachiPy's synonym groups of 了解 (with 承知, 了承), read once."""
    return ja_synonyms.groups("了解")


def _acknowledges(word: str) -> bool:
    """``word`` shares SudachiPy's synonym group with 了解 (承知, 了承): it acknowledges."""
    return bool(ja_synonyms.groups(word) & _acknowledgments())


def _ja_reported(sentence: str, first: bool) -> set[str]:
    """The act a Japanese reply sentence reports (see the module docstring); ``first``: the
    sentence opens the reply."""
    long = long_units(sentence, keep=False)
    morphemes = [m for m in (long[1] if long else ()) if m.part_of_speech()[0] != "補助記号"]
    ends = "".join(m.surface() for m in morphemes[-2:])
    if not (ends.endswith("ます") or ends.endswith("ました")):
        return set()
    k = len(morphemes) - 1
    while k >= 0:
        m = morphemes[k]
        pos = m.part_of_speech()
        skip = pos[0] in _JA_SKIP or (pos[0] == "助詞" and pos[1] == "接続助詞")
        bound = pos[0] == "動詞" and pos[1] == "非自立可能"
        if skip or bound or m.normalized_form() in _JA_LIGHT:
            k -= 1
            continue
        break
    if k < 0:
        return set()
    head = morphemes[k]
    pos = head.part_of_speech()
    verb = pos[0] == "動詞"
    after = {m.normalized_form() for m in morphemes[k + 1 :]}
    noun = pos[0] == "名詞" and pos[2] == "サ変可能" and bool(after & _JA_DO)
    if not (verb or noun):
        return set()
    content = [m for m in morphemes[:k] if m.part_of_speech()[0] not in _JA_EMPTY]
    if (first and not content) or _acknowledges(head.normalized_form()):
        return set()  # 承知しました, かしこまりました, 六万円で了解しました: an acknowledgment
    marked = k > 1 and morphemes[k - 1].surface() == "を"
    if not (ends.endswith("ました") or noun or marked or after & _JA_AHEAD):
        return set()  # 早めに伺います, お気持ちわかります: a promise or a feeling, no report
    return {head.normalized_form()}


def _noun_like(word: str) -> bool:
    """``word`` may name a thing a promise acts on: WordNet has it as a noun, or has it in
    no part of speech (a name, a trade word: *biltong*). An adjective or adverb alone (the
    *sure* of "make sure", which a thread may say as "Sure.") is no object."""
    if wordnet.lemmas_of(word, 0):
        return True
    return not any(wordnet.lemmas_of(word, pos) for pos in (1, 2, 3))


def promised_acts(reply: str, thread: frozenset[str]) -> frozenset[str]:
    """English acts ``reply`` promises on a thing of the thread: *I'll* / *we will* and a
    verb whose object (a noun, or a word WordNet does not know, within the next four words:
    :func:`_noun_like`) is a word the thread says ("I'll cancel the visit then"); a promise
    about anything else ("We'll take good care of it"; "We'll make sure they're impressed!"
    after a thread whose assistant said "Sure.") is chatter."""
    found: set[str] = set()
    for sentence in SENTENCE.findall(reply):
        if asks(sentence):
            continue
        tokens = _WORD.findall(sentence.lower())
        for k, token in enumerate(tokens[:-1]):
            if token not in _FIRST_PERSON or tokens[k + 1] not in _WILL:
                continue
            rest = [w for w in tokens[k + 2 :] if w not in _ADVERBS]
            if not rest or rest[0] not in wordnet.lemmas_of(rest[0], 1):
                continue
            lemma = _phrasal(rest[0], rest[1:])
            objects = [
                w for w in rest[1:5]
                if w not in _PARTICLES and w not in EN_STOPWORDS and _noun_like(w)
            ]  # fmt: skip
            if ("_" in lemma or _reported_act(lemma)) and set(objects) & thread:
                found.add(lemma)
    return frozenset(found)


def reported_acts(reply: str, lang: str | None) -> frozenset[str]:
    """The acts ``reply`` reports done (or being done) for the user, in its sentences that
    ask nothing (see the module docstring)."""
    return _reported(reply, lang or "en")


@lru_cache(maxsize=4096)
def _reported(reply: str, lang: str) -> frozenset[str]:
    """:func:`reported_acts`, kept per reply (a lookup compares one history with many)."""
    found: set[str] = set()
    sentences = [s.strip() for s in SENTENCE.findall(reply) if s.strip()]
    for k, sentence in enumerate(sentences):
        if asks(sentence):
            continue
        found |= _ja_reported(sentence, k == 0) if lang == "ja" else _en_reported(sentence)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _ja_forms(text: str) -> frozenset[str]:
    """The normalised forms of the long and short units of a Japanese text."""
    long = long_units(text, keep=False)
    found = {m.normalized_form() for m in (long[1] if long else ())}
    return frozenset(found | {m.normalized_form() for m in short_units(text, keep=False) or ()})


def _said_words(texts: Sequence[str], lang: str) -> frozenset[str]:
    """What ``texts`` say an act by: Japanese normalised forms; English acts, words and the
    lemmas of past forms."""
    if lang == "ja":
        return frozenset(form for t in texts for form in _ja_forms(t))
    words = {a for t in texts for a in acts(t, lang, forms_only=False)}
    return frozenset(words | {_past_lemma(w) or w for t in texts for w in _WORD.findall(t.lower())})


class _Said:
    """Is an act said in some texts (the same lemma or normalised form, or an English verb
    sharing a WordNet sense with it)? Their words read once per language."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.words: dict[str, frozenset[str]] = {}

    def __call__(self, act: str, lang: str) -> bool:
        """``act`` (of a reply in ``lang``) is said in the texts."""
        if lang not in self.words:
            self.words[lang] = _said_words(self.texts, lang)
        words = self.words[lang]
        return act in words or (lang != "ja" and shares_verb_sense(act, words))


def _asks_for(reply: str) -> bool:
    """``reply`` asks the user something: a question, or a request to tell or send it
    (今の賃料を教えてください, "Please send me the model number", "let me know")."""
    if asks(reply):
        return True
    sentences = [t.strip() for t in SENTENCE.findall(reply) if t.strip()]
    last = sentences[-1].rstrip("。.!！ ") if sentences else ""
    return requests(last) or bool(_REQUEST.search(last))


def tail_acts(
    side: Sequence[Exchange], last: int, analyse: Callable[[str], Analysis]
) -> list[tuple[str, str]]:
    """``(act, lang)`` for each act a reply reports to a statement after ``side[last]`` that
    the thread (``side[: last + 1]``) never names."""
    thread = [t for x in side[: last + 1] for t in (x.user, x.reply) if t]
    said = _Said(thread)
    found = []
    for k in range(last + 1, len(side)):
        x = side[k]
        if not x.user or asks(x.user) or not x.reply or _asks_for(side[k - 1].reply):
            continue  # a question, or an answer to the assistant's (step 2 reads those)
        lang = analyse(x.reply).lang or "en"
        acted = reported_acts(x.reply, lang)
        if lang != "ja":
            acted |= promised_acts(
                x.reply, frozenset(w for t in thread for w in _WORD.findall(t.lower()))
            )
        for act in sorted(acted):
            if not said(act, lang):
                found.append((act, lang))
    return found


def compare_tails(
    q: Sequence[Exchange],
    c: Sequence[Exchange],
    paired: dict[int, int],
    analyse: Callable[[str], Analysis],
) -> Verdict:
    """Refuse when a statement after one side's thread is answered with an act that the
    thread never named and the other side never says (see the module docstring)."""
    if not paired:
        return Verdict(True, "history:same")
    sides = ((q, max(paired), c), (c, max(paired.values()), q))
    for side, last, other in sides:
        said = _Said([t for x in other for t in (x.user, x.reply) if t])
        for act, lang in tail_acts(side, last, analyse):
            if not said(act, lang):
                return Verdict(False, f"history:tail-act:{act}")
    return Verdict(True, "history:same")
