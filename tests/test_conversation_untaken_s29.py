"""Session 29 (convo2): a remark about the asker's own life that the assistant answers without
taking any of it up ("My grandmother bought this machine in Sheffield." / "What a lovely thing
to keep going!"; 祖母が盛岡で使っていた鉄瓶なんです。 / 大切にされてきたんですね。) is small
talk, even when it names a place or says a word of the thread again: the history that adds it
is served against the one without it (``Structure._untaken``, read by ``Structure._remark``).
A remark whose reply says any of it again is still compared (a change of the request is
confirmed in its own words), and so is one that makes a request, drops a part of the request
or names something where the thread's user turns name something (a bare "Lovely." may follow
a change). Probes written for these tests (domains no held-out set has), with the real default
embedder, decided both ways round; each served probe is refused by the code before this change
(``history:whole-named``).
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.history import Exchange


def sewing() -> list[tuple[str, str]]:
    """A sewing machine serviced, in two exchanges."""
    return [
        ("Could you service my sewing machine? The stitches keep skipping.",
         "Certainly. Is it a mechanical or a computerised model?"),
        ("Mechanical, a heavy cast-iron one.",
         "Noted: a service for a mechanical sewing machine with skipped stitches."),
    ]  # fmt: skip


def organ() -> list[tuple[str, str]]:
    """A piano tuned at home, in two exchanges."""
    return [
        ("I'd like my upright piano tuned at home next week.",
         "Happy to. Has it been tuned in the last two years?"),
        ("No, it's been a while.", "Noted: a home tuning for an upright piano, next week."),
    ]  # fmt: skip


def watch() -> list[tuple[str, str]]:
    """A wristwatch's battery and strap, in two exchanges (Japanese)."""
    return [
        ("腕時計の電池交換をお願いしたいです。", "かしこまりました。ベルトの調整もなさいますか？"),
        ("はい、ベルトも少し短くしてください。", "電池交換とベルトの調整ですね。"),
    ]  # fmt: skip


def kettle() -> list[tuple[str, str]]:
    """An iron kettle's rust removed, in two exchanges (Japanese)."""
    return [
        ("鉄瓶の錆落としをお願いできますか。", "承ります。内側と外側、どちらの錆ですか？"),
        ("内側です。", "鉄瓶の内側の錆落としですね。"),
    ]  # fmt: skip


PROBES = [
    ("en-sewing-untaken", "small-talk", 1,
     [*sewing(), ("My grandmother bought this machine in Sheffield.",
                  "What a lovely thing to keep going!")],
     sewing()),
    ("en-piano-untaken", "small-talk", 1,
     [*organ(), ("My daughter plays Chopin on that piano every evening.",
                 "That must be a treat to listen to.")],
     organ()),
    ("ja-kettle-untaken", "small-talk", 1,
     [*kettle(), ("祖母が盛岡で使っていた鉄瓶なんです。", "大切にされてきたんですね。")],
     kettle()),
    # twins: the reply takes the remark up, the request may have changed: still refused
    ("en-sewing-taken-up", "entity", 0,
     [*sewing(), ("It's the Singer from my grandmother, not the Brother.",
                  "Ah, the Singer - noted.")],
     sewing()),
    ("ja-watch-taken-up", "entity", 0,
     [*watch(), ("ベルトはスイス製の革ベルトに替えてください。",
                 "スイス製の革ベルトに替えますね。")],
     watch()),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_untaken(matcher) -> None:
    """The reading itself: a reply that says nothing of the user turn again."""
    comparer = matcher.comparer
    vector = None  # not read
    lovely = Exchange("It's a print from a gallery in Rye.", "That sounds lovely.", vector)
    noted = Exchange("It's a print from a gallery in Rye.", "Noted: the Rye print.", vector)
    silent = Exchange("It's a print from a gallery in Rye.", "", vector)
    assert comparer._untaken(lovely, set())
    assert not comparer._untaken(lovely, {"leeds"})  # a name where the thread names one
    assert not comparer._untaken(noted, set())  # says Rye and print again
    assert not comparer._untaken(silent, set())  # no reply: nothing answered
    asked = Exchange("Please send it to my office in Rye.", "Lovely.", vector)
    assert not comparer._untaken(asked, set())  # a request, whatever the reply
    kept = Exchange("やっぱりコーティングは結構です。", "承知しました。", vector)
    assert not comparer._untaken(kept, set())  # a part dropped
