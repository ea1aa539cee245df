"""English (and other Latin-script languages): content-word stems, numbers, negation,
question type and who-did-what-to-whom."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from . import lexicon as lx
from . import wordclass
from .constructions import en_negations_explained
from .en_words import (
    _ACRONYM,
    _CONTENT,
    _DATE,
    _EMPTY,
    _NEGATION,
    _NUMBER_WORD,
    _NUMERIC,
    _STOP,
    TokenRecord,
    latin_word,
    records_of,
    stem_en,  # noqa: F401 (where the rules import it)
)
from .en_words import PERSONS as _PERSONS
from .english_questions import question_types_en as _question_types_en
from .facts import _EN_TOKEN, NOTHING, Analysis, WordMemo, _digit_numbers, frozen
from .respelling import CASUAL_TOKENS, casual, respelt
from .roles import PREPOSITIONS, role_marker

_EN_CONTRACTIONS = re.compile(r"(?i)\b(can)'?t\b|\b(\w+)n't\b|\bwon'?t\b")


def _expand_en(text: str) -> str:
    text = text.replace("’", "'")
    low = text.lower()
    if "n't" not in low and "cant" not in low and "wont" not in low:
        return text  # nothing for the pattern to match: it needs n't, cant or wont

    def repl(m: re.Match[str]) -> str:
        if m.group(1):
            return "can not"
        if m.group(2):
            return f"{m.group(2)} not"
        return "will not"

    return _EN_CONTRACTIONS.sub(repl, text)


def _split_non(token: str) -> tuple[str, ...]:
    head, dash, rest = token.partition("-")
    if dash and head.lower() == "non" and rest:
        return (head, rest)
    return (token,)


@functools.lru_cache(maxsize=16)
def _en_tokens(text: str) -> tuple[str, tuple[str, ...], tuple[TokenRecord, ...]]:
    """An English text with its contractions expanded, its tokens ("non-smoker" reads as
    "non smoker": a negation and the word it negates) and their records (:mod:`.en_words`).
    Kept for the last few texts: the analysis and the minimal-pair units of a text read the
    same tokens and records, one after the other, so a word new to the process is made one
    record, not one for each (session 28), (session 23: 16 texts, not 256; a new prompt's
    tuples then die a few checks later instead of waiting, young, for the next garbage
    collection to traverse them)."""
    respelled = respelt(text)  # two point four: 2.4
    expanded = _expand_en(respelled)
    tokens = _EN_TOKEN.findall(expanded)
    if not CASUAL_TOKENS.isdisjoint(tokens):  # can u: can you; w/o: without (respelling.py)
        expanded = _expand_en(casual(respelled))
        tokens = _EN_TOKEN.findall(expanded)
    if "-" in expanded:  # (else no token to split)
        tokens = [p for t in tokens for p in _split_non(t)]
    return expanded, tuple(tokens), records_of(tokens)


#: the kinds that name a thing: a content word, or an acronym spelled as a stop word (US)
_NAMING = frozenset({_CONTENT, _ACRONYM})

#: the token records of each other Latin-script language (English's: :data:`.en_words.EN_WORDS`)
_LATIN_TOKENS = {
    lang: WordMemo(functools.partial(latin_word, lang=lang))
    for lang in ("es", "fr", "de", "pt", "it", "nl")
}


def _analyse_latin(text: str, lang: str) -> Analysis:
    english = lang == "en"
    if english:
        expanded, _, infos = _en_tokens(text)
    else:
        expanded, tokens = text, _EN_TOKEN.findall(text)
        memo = _LATIN_TOKENS.get(lang) or WordMemo(functools.partial(latin_word, lang=lang))
        kept, miss = memo.kept, memo.miss
        infos = tuple([kept.get(raw) or miss(raw) for raw in tokens])
    lowers = [info.low for info in infos]
    negations = 0  # (counted in the pass over the tokens below)
    numbers = _digit_numbers(expanded)
    dates: set[str] = set()
    content: list[str] = []
    order: list[str] = []  # content, with the pronouns of subjects and objects
    strong: set[str] = set()
    passive = _passive(lowers)
    frame: list[tuple[str, str]] = []  # naming words and their role markers (roles.py)
    run: list[str] = []  # the words since the last naming word
    unmarked = role_marker(run, passive)  # (a naming word right after another: no word to read)
    sentence_start = True
    for info in infos:
        kind = info.kind
        if kind == _CONTENT:
            key = info.value
            content.append(key)
            order.append(key)
            if info.marked or (info.capital and not sentence_start):
                strong.add(key)
            sentence_start = False
        elif kind == _STOP:
            if info.person is not None:
                order.append(info.person)
                frame.append((info.person, role_marker(run, passive, pronoun=True)))
                run = []
            else:
                run.append(info.low)
            sentence_start = info.value
            continue
        elif kind == _EMPTY:
            continue
        elif kind == _NEGATION:
            negations += 1
            sentence_start = False
            continue
        elif kind == _ACRONYM:  # the US: a place in the order (call the US from Japan)
            key = info.value
            order.append(key)
            sentence_start = False
        else:
            key = info.low
            if kind == _NUMERIC and info.value is not None:
                content.append(info.value)
            elif kind == _NUMBER_WORD:
                numbers.append(info.value)
            elif kind == _DATE:
                dates.add(info.value)
                key = info.value
            sentence_start = False
        frame.append((key, role_marker(run, passive) if run else unmarked))  # from Saturday
        run = []
    if english and negations:  # "or not", "I do not know how to": negate nothing
        negations = max(negations - en_negations_explained(expanded.lower()), 0)
    qtypes = _question_types_en(expanded) if english else NOTHING
    roles = _roles_en(infos) if english else ()
    return Analysis(
        lang=lang,
        content=tuple(content),
        strong=frozen(strong),
        numbers=tuple(sorted(numbers)),
        dates=frozen(dates),
        negations=negations,
        qtypes=qtypes,
        roles=roles,
        words=frozenset([info.word for info in infos]),
        order=tuple(order) if len(order) > len(content) and not passive else (),
        frame=tuple(frame),
        passive=passive,
    )


def _passive(lowers: list[str]) -> bool:
    """A passive clause may be there ("will I be refunded by you"): a form of be or get and
    an agent after by. Its subject is the object of the action, so word order tells no role."""
    return "by" in lowers and not _PASSIVE_AUXILIARIES.isdisjoint(lowers)


_PASSIVE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"}
)

#: the pronouns that can hold the role of a preposition's object (not her: her account)
_OBJECTS = frozenset({"me", "you", "us", "him", "them"})


def _roles_en(infos: Sequence[TokenRecord]) -> tuple[tuple[str, str], ...]:
    """Content words that follow a role preposition: ("x", "from"), ("y", "to"), ...; a
    possessive and what it owns: "my wife's brother" -> ("wif>brother", "possessive"); and
    who does what to whom (:func:`_person_roles`)."""
    roles = []
    for i, info in enumerate(infos[:-1]):
        role = info.role
        if role is None:
            owner = info.owner  # (not what's, it's, let's)
            if owner is not None and infos[i + 1].kind != _STOP:
                roles.append((f"{owner}>{infos[i + 1].word}", "possessive"))  # (word: its stem)
            continue
        if role == "to" and _infinitive(infos, i):
            continue  # the best way to learn hacking / learn to hack: no one went anywhere
        for j, nxt in enumerate(infos[i + 1 : i + 4], i + 2):
            if nxt.kind == _STOP and nxt.low in _OBJECTS:  # from you to another registrar
                roles.append((_PERSONS[nxt.low], role))
                break
            if nxt.kind == _ACRONYM and j < len(infos) and infos[j].kind == _CONTENT:
                continue  # to US universities: the acronym modifies the noun
            if nxt.kind != _STOP:
                roles.append((nxt.word, role))
                break
    roles.extend(_person_roles(infos))
    return tuple(roles)


#: what opens a verb's object right after it: a determiner, a possessive, an object pronoun
_OBJECT_OPENERS = lx.EN_DETERMINERS | _OBJECTS


def _infinitive(infos: Sequence[TokenRecord], i: int) -> bool:
    """The *to* at ``i`` marks an infinitive, not a direction: the next token is a verb's
    base form (lemminflect's lexicon, :mod:`.wordclass`) that cannot be a noun (*to learn*,
    *to get*, *to have*), or that can but has an object opening right after it (*to
    increase the traffic*, *to plan a trip*). *To work*, *to school* and *to Goa* alone keep
    their direction."""
    nxt = infos[i + 1]
    if nxt.capital or not wordclass.can_be_verb_base(nxt.low):
        return False
    if nxt.kind == _STOP or not wordclass.verb_base_and_noun(nxt.low):
        return True
    return i + 2 < len(infos) and infos[i + 2].low in _OBJECT_OPENERS


#: possessive determiners, by the person who owns (her: also an object, read as an owner
#: only before a content word)
_OWNERS = lx.EN_OWNERS
_SUBJECTS = lx.EN_PERSONS
#: a form of be or get between a subject and its verb: a passive or a state (I am charged,
#: I get paid), whose subject is not the doer
_NOT_DOER = _PASSIVE_AUXILIARIES | {"am", "'m"}


def _person_roles(infos: Sequence[TokenRecord]) -> list[tuple[str, str]]:
    """Who does what to whom, as far as pronouns and possessives tell: ``(x, "subj:v")`` for
    the subject of the content word ``v`` (a subject pronoun, or the noun after a possessive
    determiner, then at most a couple of auxiliaries: "I leave", "my parents have to pay"),
    ``(x, "obj:v")`` for its object (an object pronoun right after it, or a determiner's noun:
    "leave me", "owe my landlord") and ``(owner, "own:n")`` for the owner of the noun ``n``
    ("my policy": i; "my wife's policy": wif). Persons are pronoun persons (I, me, my: i).
    A subject with a form of be / get before its verb is not read (passive: I am refunded)."""
    roles: list[tuple[str, str]] = []
    last = len(infos) - 1
    for i, info in enumerate(infos):
        kind, low = info.kind, info.low
        after = infos[i + 1] if i < last else None
        if kind in _NAMING:
            if low.endswith("'s") and after is not None and after.kind in _NAMING:
                roles.append((info.value, "own:" + after.value))  # my wife's policy
            continue
        if kind != _STOP:
            continue
        before = infos[i - 1] if i else None
        before_low = before.low if before is not None else ""
        if low in _OBJECTS and before is not None and before.kind in _NAMING:
            roles.append((_PERSONS[low], "obj:" + before.value))  # leave me
            continue
        if low in _SUBJECTS:
            verb = _verb_after(infos, i)
            if verb is not None:
                roles.append((_PERSONS[low], "subj:" + verb))  # I leave
            continue
        owned = after is not None and after.kind in _NAMING
        if not owned or not (low in _OWNERS or low in lx.EN_ARTICLES):
            continue
        noun = after.value
        if low in _OWNERS:
            roles.append((_OWNERS[low], "own:" + noun))  # my parents
        if before is not None and before.kind in _NAMING:
            roles.append((noun, "obj:" + before.value))  # owe my landlord
        elif low in _OWNERS and not after.low.endswith("'s") and before_low not in PREPOSITIONS:
            verb = _verb_after(infos, i + 1)
            if verb is not None:
                roles.append((noun, "subj:" + verb))  # my parents leave
    return roles


def _verb_after(infos: Sequence[TokenRecord], i: int) -> str | None:
    """The content word a subject at ``i`` does (the next one, after at most three
    auxiliaries or a negation), or None (a form of be / get, a sentence end, a number)."""
    for info in infos[i + 1 : i + 5]:
        if info.kind in _NAMING:
            return info.value
        if info.kind == _NEGATION:
            continue
        if info.kind != _STOP or info.value or info.low in _NOT_DOER or info.low in _OWNERS:
            return None
        if info.low in PREPOSITIONS and info.low != "to":  # (to: I have to pay)
            return None  # you do in the USA: a place, no verb
    return None
