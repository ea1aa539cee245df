"""English (and other Latin-script languages): content-word stems, numbers, negation,
question type and who-did-what-to-whom."""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from . import lexicon as lx
from .constructions import en_negations_explained
from .english_questions import question_types_en as _question_types_en
from .facts import _EN_TOKEN, _NUM, NOTHING, Analysis, WordMemo, _digit_numbers, frozen
from .respelling import CASUAL_TOKENS, casual, respelt
from .roles import PREPOSITIONS, role_marker


@functools.lru_cache(maxsize=1 << 16)
def stem_en(word: str) -> str:
    """A light English stemmer: inflections and spelling variants map to one key (memoised)."""
    w = word.lower().strip("'-")
    if w in lx.EN_IRREGULAR:
        return lx.EN_IRREGULAR[w]
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith("our") and len(w) > 4:
        w = w[:-3] + "or"
    if w.endswith(("ise", "yse")) and len(w) > 4:
        w = w[:-2] + "ze"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


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
def _en_tokens(text: str) -> tuple[str, tuple[str, ...]]:
    """An English text with its contractions expanded, and its tokens ("non-smoker" reads as
    "non smoker": a negation and the word it negates). Kept for the last few texts: the
    analysis and the minimal-pair units of a text read the same tokens, one after the other
    (session 23: 16 texts, not 256; a new prompt's two tuples then die a few checks later
    instead of waiting, young, for the next garbage collection to traverse them)."""
    respelled = respelt(text)  # two point four: 2.4
    expanded = _expand_en(respelled)
    tokens = _EN_TOKEN.findall(expanded)
    if not CASUAL_TOKENS.isdisjoint(tokens):  # can u: can you; w/o: without (respelling.py)
        expanded = _expand_en(casual(respelled))
        tokens = _EN_TOKEN.findall(expanded)
    if "-" not in expanded:  # no token to split
        return expanded, tuple(tokens)
    return expanded, tuple(p for t in tokens for p in _split_non(t))


# What a token says in an analysis, whatever its neighbours (remembered per language and
# token: words recur from prompt to prompt): the kinds of _LatinToken
_NEGATION, _NUMERIC, _NUMBER_WORD, _DATE, _STOP, _EMPTY, _CONTENT, _ACRONYM = range(8)
#: the kinds that name a thing: a content word, or an acronym spelled as a stop word (US)
_NAMING = frozenset({_CONTENT, _ACRONYM})


class _LatinToken(NamedTuple):
    """One token's part in :func:`_analyse_latin`."""

    kind: int
    low: str  # lower-cased, apostrophes stripped
    word: str  # its entry in ``Analysis.words``
    #: _NUMERIC: the content word it adds (a unit of measure, a currency sign) or None;
    #: _NUMBER_WORD: its value; _DATE: its date key; _STOP: does a sentence start after it;
    #: _CONTENT: its key; _ACRONYM (US, IT: no pronoun, a name kept for the roles only,
    #: as the units keep it): its key
    value: Any
    capital: bool  # capitalised (and not "I"): a name unless it starts a sentence
    marked: bool  # a name whatever its place: iPhone, eBay, C++, C#
    person: str | None = None  # _STOP: the person of a subject or object pronoun (I, me: i)
    #: English: the stem of the owner of a possessive ("wife's": wif; not "what's"), else None
    owner: str | None = None
    #: English: the role a stop word marks (from, to, by, than: :data:`_EN_ROLE_MARKERS`)
    role: str | None = None


def _latin_token(raw: str, lang: str) -> _LatinToken:
    token = _latin_kind(raw, lang)
    if lang != "en":
        return token
    low = token.low
    owner = low[:-2]
    possessive = low.endswith("'s") and len(owner) > 1 and owner not in lx.EN_STOPWORDS
    role = _EN_ROLE_MARKERS.get(low) if token.kind == _STOP else None
    if not possessive and role is None:
        return token
    return token._replace(owner=stem_en(owner) if possessive else None, role=role)


def _latin_kind(raw: str, lang: str) -> _LatinToken:
    english = lang == "en"
    low = raw.lower().strip("'")
    word = stem_en(low) if english else low
    negation_words = lx.EN_NEGATION if english else lx.OTHER_NEGATION.get(lang, frozenset())
    if low in negation_words:
        return _LatinToken(_NEGATION, low, word, None, False, False)
    if raw[0].isdigit() or raw in "$€£¥%":
        value = None
        if raw[0].isdigit() and not _NUM.fullmatch(raw):
            value = re.sub(r"^[\d,.]+", "", raw).lower()  # "5km" -> unit "km"
        elif raw in "$€£¥%":
            value = raw
        return _LatinToken(_NUMERIC, low, word, value, False, False)
    if english and low in lx.EN_NUMBER_WORDS:
        return _LatinToken(_NUMBER_WORD, low, word, float(lx.EN_NUMBER_WORDS[low]), False, False)
    date = _date_key(low) if english else None
    if date and (low not in lx.EN_AMBIGUOUS_DATE_WORDS or raw[0].isupper()):
        return _LatinToken(_DATE, low, word, date, False, False)
    if english and low in lx.EN_STOPWORDS and len(raw) > 1 and raw.isupper():
        return _LatinToken(_ACRONYM, low, word, low, True, True)  # US, IT: not us, it
    if english and low in lx.EN_STOPWORDS:
        person = _PERSONS.get(low) if raw == "I" or not raw.isupper() else None  # not US, ME
        return _LatinToken(_STOP, low, word, low in ("?", "."), False, False, person)
    key = stem_en(low) if english else low
    if not key:
        return _LatinToken(_EMPTY, low, word, None, False, False)
    capital = raw[0].isupper() and raw.lower() != "i"
    # iPhone, eBay, macOS, PostgreSQL (tokens here are ASCII letters, ' and -, then
    # ++ or #: a capital is the only character that lower() changes, and no digit)
    camel = raw[1:] != raw[1:].lower()
    return _LatinToken(_CONTENT, low, word, key, capital, camel or raw[-1] in "+#")


_LATIN_TOKENS = {
    lang: WordMemo(functools.partial(_latin_token, lang=lang))
    for lang in ("en", "es", "fr", "de", "pt", "it", "nl")
}


def _analyse_latin(text: str, lang: str) -> Analysis:
    english = lang == "en"
    if english:
        expanded, tokens = _en_tokens(text)
    else:
        expanded, tokens = text, tuple(_EN_TOKEN.findall(text))
    memo = _LATIN_TOKENS.get(lang) or WordMemo(functools.partial(_latin_token, lang=lang))
    kept, miss = memo.kept, memo.miss
    infos = [kept.get(raw) or miss(raw) for raw in tokens]
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


@functools.lru_cache(maxsize=4096)
def _date_key(low: str) -> str | None:
    """The date a word names, singular or plural (Mondays, weekends, mornings): a month's or
    weekday's first three letters (monday / mon), else the word; None for another word."""
    word = low if low in lx.EN_DATE_WORDS else low[:-1] if low.endswith("s") else ""
    if word not in lx.EN_DATE_WORDS or (word != low and word in lx.EN_AMBIGUOUS_DATE_WORDS):
        return None  # not a date, or a verb (falls, marches)
    return word[:3] if word[:3] in lx.EN_DATE_WORDS else word


def _passive(lowers: list[str]) -> bool:
    """A passive clause may be there ("will I be refunded by you"): a form of be or get and
    an agent after by. Its subject is the object of the action, so word order tells no role."""
    return "by" in lowers and not _PASSIVE_AUXILIARIES.isdisjoint(lowers)


_PASSIVE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"}
)

#: Personal pronouns that stand for a subject or an object, by person (case does not matter
#: for the order: "I claim my mother" / "my mother claims me" swap i and mother). Possessive
#: determiners (my, her) are left out: the noun they go with holds the role.
_PERSONS = {"i": "i", "me": "i", "we": "we", "us": "we", "you": "you", "he": "he",
            "him": "he", "she": "she", "they": "they", "them": "they"}  # fmt: skip
#: the pronouns that can hold the role of a preposition's object (not her: her account)
_OBJECTS = frozenset({"me", "you", "us", "him", "them"})


_EN_ROLE_MARKERS = {"from": "from", "to": "to", "into": "to", "by": "by", "than": "than"}


def _roles_en(infos: list[_LatinToken]) -> tuple[tuple[str, str], ...]:
    """Content words that follow a role preposition: ("x", "from"), ("y", "to"), ...; a
    possessive and what it owns: "my wife's brother" -> ("wif>brother", "possessive"); and
    who does what to whom (:func:`_person_roles`)."""
    roles = []
    for i, info in enumerate(infos[:-1]):
        role = info.role
        if role is None:
            owner = info.owner  # (not what's, it's, let's)
            if owner is not None and infos[i + 1].kind != _STOP:
                roles.append((f"{owner}>{stem_en(infos[i + 1].low)}", "possessive"))
            continue
        for j, nxt in enumerate(infos[i + 1 : i + 4], i + 2):
            if nxt.kind == _STOP and nxt.low in _OBJECTS:  # from you to another registrar
                roles.append((_PERSONS[nxt.low], role))
                break
            if nxt.kind == _ACRONYM and j < len(infos) and infos[j].kind == _CONTENT:
                continue  # to US universities: the acronym modifies the noun
            if nxt.kind != _STOP:
                roles.append((stem_en(nxt.low), role))
                break
    roles.extend(_person_roles(infos))
    return tuple(roles)


#: possessive determiners, by the person who owns (her: also an object, read as an owner
#: only before a content word)
_OWNERS = lx.EN_OWNERS
_SUBJECTS = lx.EN_PERSONS
#: a form of be or get between a subject and its verb: a passive or a state (I am charged,
#: I get paid), whose subject is not the doer
_NOT_DOER = _PASSIVE_AUXILIARIES | {"am", "'m"}


def _person_roles(infos: list[_LatinToken]) -> list[tuple[str, str]]:
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


def _verb_after(infos: list[_LatinToken], i: int) -> str | None:
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
