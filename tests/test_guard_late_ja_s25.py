"""Session-25 (after the record run) Japanese probes: three general causes of heldout19's
Japanese misses.

* SudachiPy glued a topic or case particle to the kana noun after a noun (子犬はしっぽを:
  子犬 + はしっぽ, read as 端っぽ), so the kana noun did not pair with its kanji spelling
  (尻尾). A kana noun right after a noun that opens with は / が / を / も, that the
  word-vector table lacks, and whose rest alone is one noun the table knows is read again as
  the particle and that noun (``ja_words.unglued``, in ``japanese.long_units``).
* A question word of time (何時, いつ, 何日) was taken for a goal before に, so 何時に開く /
  何時から開く was a source / goal change. It is a time now (``cases._asks_time``): its に
  says a point in time, and only から against まで / までに is compared (何時から / 何時まで).
* Two compounds of one head and other second parts (年内 / 年明け: within the year / after it
  turns) were paired by the word vectors (0.79); compounds that differ in one kanji were
  already held apart (年末 / 年始). Other lengths now are too (``ja_words.head_shared_apart``).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones; each list says what the code before this change did.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.cases import _asks_time
from yamabiko.guard.ja_words import head_shared_apart
from yamabiko.guard.japanese import long_units
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: refused before (``substitution:尻尾->はしっぽ``, ``roles:何時:に->から``,
#: ``roles:何日:から->に``)
SERVED = [
    ("子犬は尻尾を振りますか？", "子犬はしっぽを振りますか？", "ja"),
    ("この猫は尻尾が長いですか？", "このねこはしっぽが長いですか？", "ja"),
    ("柴犬は尻尾が巻いていますか？", "柴犬はしっぽが巻いていますか？", "ja"),
    ("図書館は何時に開きますか？", "図書館は何時から開きますか？", "ja"),
    ("プールは何時に開きますか？", "プール 何時から？", "ja"),
    ("受付は何日から始まりますか？", "受付は何日に始まりますか？", "ja"),
]

#: the first three served before; the rest refused before with the same reasons
REFUSED = [
    (
        "年賀状は年内に届きますか？",
        "年賀状は年明けに届きますか？",
        "ja",
        "substitution:年内->年明け",
    ),
    (
        "お歳暮は年内に届きますか？",
        "お歳暮は年明けに届きますか？",
        "ja",
        "substitution:年内->年明け",
    ),
    (
        "修理は年内に終わりますか？",
        "修理は年明けに終わりますか？",
        "ja",
        "substitution:年内->年明け",
    ),
    ("荷物は週内に届きますか？", "荷物は週明けに届きますか？", "ja", "substitution:週内->週明け"),
    ("予約は月内に取れますか？", "予約は月末に取れますか？", "ja", "substitution:月内->月末"),
    (
        "図書館は何時から開いていますか？",
        "図書館は何時まで開いていますか？",
        "ja",
        "roles:何時:から->まで",
    ),
    ("予約は何日から取れますか？", "予約は何日まで取れますか？", "ja", "roles:何日:から->まで"),
]

#: 年明け / 年始 (one time said two ways) was served before and is refused now: one head
#: (年), other second parts, as 年内 / 年明け. (この子は箸が使えますか？ / このこははしが…？ left
#: the list in session 27: surface4 writes このこ, which SudachiPy reads as the noun 海鼠子, in
#: that spelling, and the pair falls to 0.61, under the threshold; still not served)
KNOWN_MISSES = [
    ("年明けは何日から営業しますか？", "年始は何日から営業しますか？", "ja"),
]


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def _surfaces(text: str) -> list[str]:
    found = long_units(text, keep=False)
    assert found is not None
    return [m.surface() for m in found[1]]


def test_a_particle_glued_to_a_kana_noun_is_cut_off() -> None:
    assert _surfaces("子犬はしっぽを振りますか")[:3] == ["子犬", "は", "しっぽ"]
    keys = [(u.key, u.reading) for u in units("子犬はしっぽを振りますか？", "ja")]
    assert ("尻尾", "シッポ") in keys
    # a kana word the table knows stays whole (年賀 + はがき: not は + がき, 工作用 + はさみ),
    # and a kana word after a particle is read as SudachiPy reads it (子犬が + はしっぽ)
    assert _surfaces("年賀はがきを買う")[:2] == ["年賀", "はがき"]
    assert "はさみ" in _surfaces("工作用はさみはありますか")
    assert _surfaces("子犬がはしっぽを")[:3] == ["子犬", "が", "はしっぽ"]


def test_a_question_word_of_time_is_a_time() -> None:
    assert _asks_time("何時") and _asks_time("いつ") and _asks_time("何日") and _asks_time("何月")
    assert not _asks_time("何人") and not _asks_time("何階") and not _asks_time("誰")


def test_compounds_of_one_head_and_other_parts_are_apart() -> None:
    assert head_shared_apart("年内", "年明け")
    assert head_shared_apart("週内", "週明け")
    # one inside the other, a rest in kana, other heads, the same length (one_kanji_apart's)
    assert not head_shared_apart("登録", "登録者")
    assert not head_shared_apart("変更", "変える")
    assert not head_shared_apart("年内", "来年")
    assert not head_shared_apart("年末", "年始")
