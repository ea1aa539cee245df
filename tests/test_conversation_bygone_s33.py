"""Session 33 (lateConvo): a remark after the thread that tells how an earlier year's
occasion was called off (一昨年は雪で餅つきが中止になって / "Two years ago the puppet show
was called off") is a story, not a reversal of the request: the thread is the same context
as the one without the remark. A reversal of this occasion (no earlier year), or one the
user asks for beside the story, still splits the threads.

Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round (main refuses the two served probes, ``history:intent:中止`` and
``history:facts-named:two``, the remark read as a reversal and so as no aside);
:func:`~yamabiko.conversation.bygone.bygone_reversals` and
:func:`~yamabiko.conversation.intent.reversals` on their own.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe, text_analysis

from yamabiko.conversation.bygone import bygone_reversals, names_earlier_year
from yamabiko.conversation.intent import reversals


def mochi(remark: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    """年末の餅つき大会に、杵と臼の貸し出しを頼む（最後に一言あれば、その後に）."""
    turns = [
        ("12月28日の餅つき大会用に、杵と臼を二組お借りしたいです。会場は南町の集会所です。",
         "ありがとうございます。もち米の蒸し器もご一緒にいかがですか？"),
        ("はい、蒸し器も一台お願いします。",
         "承知しました。12月28日、南町集会所へ杵と臼を二組、蒸し器を一台お届けします。"),
    ]  # fmt: skip
    return [*turns, remark] if remark else turns


def magician(remark: tuple[str, str] | None = None) -> list[tuple[str, str]]:
    """A magician booked for a village fete (a remark after the thread, if any)."""
    turns = [
        ("We'd like to book your magician for our village fete on Saturday 14 June, "
         "an hour's show on the green.",
         "Wonderful! Would you like balloon modelling afterwards as well?"),
        ("Yes, balloon modelling too, please.",
         "Booked: a one-hour magic show on the green at the village fete on Saturday "
         "14 June, with balloon modelling."),
    ]  # fmt: skip
    return [*turns, remark] if remark else turns


SNOW = ("一昨年は雪で餅つきが中止になって、子どもたちが残念がっていたんです。",
        "今年は晴れるといいですね。")  # fmt: skip
THIS_YEAR = ("雪で今年の餅つきは中止になりそうなんです。", "それは残念ですね。")
ASKED = ("去年は雪で中止になったので、今年も中止してください。", "かしこまりました。")
PUPPETS = ("Two years ago the puppet show was called off and the children were gutted.",
           "Let's hope for better luck this time!")  # fmt: skip
FETE = ("I'm afraid the fete has been cancelled.", "Oh, that's a shame.")

PROBES = [
    ("ja-mochi-bygone", "small-talk", 1, mochi(), mochi(SNOW)),
    ("en-magician-bygone", "small-talk", 1, magician(), magician(PUPPETS)),
    # twins: this year's occasion called off; a cancellation asked for beside the story
    ("ja-mochi-this-year", "intent", 0, mochi(), mochi(THIS_YEAR)),
    ("ja-mochi-asked", "intent", 0, mochi(), mochi(ASKED)),
    ("en-magician-fete", "intent", 0, magician(), magician(FETE)),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_earlier_year() -> None:
    """A year before this one, in either language; not this year, nor a length of years."""
    assert names_earlier_year("一昨年は雪でした")
    assert names_earlier_year("三年前に買いました")
    assert names_earlier_year("We went there two years ago.")
    assert names_earlier_year("Last year it rained.")
    assert not names_earlier_year("今年は晴れそうです")
    assert not names_earlier_year("We've been coming for two years.")


def test_bygone_reversals() -> None:
    """A reversal told as having befallen an earlier year's occasion is left out; one asked
    for, told of this occasion, or said in the active voice is kept."""
    analyse = text_analysis()
    for text in (SNOW[0], PUPPETS[0], "Last year the parade got cancelled.",
                 "去年の講座は取り消されたんです。"):  # fmt: skip
        assert not reversals(text, analyse(text)), text
    for text in (THIS_YEAR[0], ASKED[0], FETE[0], "Last year I cancelled at the last minute.",
                 "The show was cancelled last year, so cancel our seats too."):  # fmt: skip
        assert reversals(text, analyse(text)), text
    assert bygone_reversals(SNOW[0], {"中止"}, "ja") == {"中止"}
    assert bygone_reversals(ASKED[0], {"中止"}, "ja") == frozenset()
    assert bygone_reversals(FETE[0], {"cancel"}, "en") == frozenset()
