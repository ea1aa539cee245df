"""Session 36 (samectx): a remark after the thread that the assistant answers in words of its
own, refused for a number or a date the remark tells of the speaker's own party or past
(:mod:`yamabiko.conversation.stories`):

- a fraction said of a party (*Half the choir are retired teachers.*, *A third of us are
  beginners.*, 三分の一は初心者です) describes who comes, no amount; a fraction of a thing
  (*half the cake*) stays a value;
- a date in a remark told in the past that says no word of the thread (*We had a wonderful
  summer on it up in Yorkshire.*) is a time of the story, no date of the request; a date said
  in a plan (*We'll bring it up from Yorkshire in September.*) or in a past remark that says
  the thread's thing again (*We moved the narrowboat to Leeds in September.*) stays new;
- a Japanese length of time in a remark answered by a comment ending in ね
  (二十年会社勤めをして、やっと自分の店です。 / それは感慨深いですね。) is the speaker's story; one
  answered by an acknowledgment (二週間後に取りに行きます。 / かしこまりました。) stays a value.

Probes written for these tests (none of the sets' texts), through the real default embedder,
matcher, WordNet and SudachiPy, decided both ways round with the follow-up a lookup hands
over; each served probe has a twin whose remark changes the context and stays refused.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.lengths import own_spans, told_in_past
from yamabiko.conversation.stories import comments, share_numbers, story_dates
from yamabiko.embedders import CachedEmbedder, USEMultilingual


@pytest.fixture(scope="module")
def matcher() -> ConversationMatcher:
    """The matcher at its defaults with the real default embedder."""
    return ConversationMatcher(CachedEmbedder(USEMultilingual()))


CHOIR = (
    "Can we book the glassblowing demonstration for our choir of twenty on Saturday 9 May at 11am?",
    "Booked: the glassblowing demonstration for twenty, Saturday 9 May at 11am.",
)
CAKE = (
    "I'd like to order a large sponge cake for collection on Friday.",
    "Noted: one large sponge cake, ready for collection on Friday.",
)
BOAT = (
    "I'd like to store my narrowboat with you from October to April.",
    "Noted: winter storage for your narrowboat, October to April.",
)
JA_SIGN = (
    "パン屋を開くので、店名入りの看板を作りたいです。",
    "おめでとうございます。大きさのご希望はありますか？",
)
JA_SIZE = ("幅1メートルでお願いします。", "幅1メートルの看板ですね。")
JA_LUNCH = (
    "金曜日の歓迎会用に、お弁当を三十個お願いします。",
    "金曜日、歓迎会用のお弁当三十個ですね。",
)
JA_CLASS = (
    "土曜日の陶芸体験に十二人で申し込みたいです。",
    "土曜日の陶芸体験、十二名様で承りました。",
)

#: (thread, remark and its reply, follow-up, served)
PROBES = [
    ((CHOIR,), ("Half the choir are retired teachers.", "They'll love the furnace, then!"),
     "What time should we arrive?", True),
    ((CHOIR,), ("A third of us are beginners at this sort of thing.", "Everyone's welcome!"),
     "What time should we arrive?", True),
    ((CHOIR,), ("Half the choir can't come now.", "Noted: ten of you then."),
     "What time should we arrive?", False),
    ((CAKE,), ("Half the cake should be lemon.", "Lovely."), "How much will it be?", False),
    ((BOAT,), ("We had a wonderful summer on it up in Yorkshire.",
               "Sounds like it deserves a rest!"), "How much is that altogether?", True),
    ((BOAT,), ("We'll bring it up from Yorkshire in September.", "Lovely."),
     "How much is that altogether?", False),
    ((BOAT,), ("We moved the narrowboat to Leeds in September.", "Lovely."),
     "How much is that altogether?", False),
    ((JA_SIGN, JA_SIZE), ("二十年会社勤めをして、やっと自分の店です。", "それは感慨深いですね。"),
     "出来上がりはいつになりますか？", True),
    ((JA_SIGN, JA_SIZE), ("二週間後に取りに行きます。", "かしこまりました。"),
     "出来上がりはいつになりますか？", False),
    ((JA_CLASS,), ("三分の一は初心者です。", "皆さん楽しめますよ。"),
     "何時に行けばいいですか？", True),
    ((JA_CLASS,), ("三分の一は来られなくなりました。", "承知しました、八名様ですね。"),
     "何時に行けばいいですか？", False),
    # a count of people in a remark answered by a comment stays a value of the party
    ((JA_LUNCH,), ("実は参加者が五人増えたんですよ。", "にぎやかになりますね。"),
     "何時に届きますか？", False),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p[1][0]} / {p[2]}" for p in PROBES])
async def test_a_remark_of_the_speakers_own(matcher: ConversationMatcher, probe: tuple) -> None:
    thread, remark, follow_up, served = probe
    plain, with_remark = turns(*thread), turns(*thread, remark)
    for accept, reason in await both_ways(matcher, plain, with_remark, follow_up):
        assert accept is served, reason


def test_a_share_of_a_party_is_no_amount() -> None:
    assert share_numbers("Half the choir are retired teachers.") == {0.5}
    assert share_numbers("Half of us have been before.") == {0.5}
    assert share_numbers("Two thirds of the class are new.") == {2.0, 3.0}
    assert share_numbers("三分の一は初心者です。") == {1.0, 3.0}
    # a share of a thing is an amount: no sense of cake or kilo names a group or a person
    assert share_numbers("Half the cake should be lemon.") == frozenset()
    assert share_numbers("Make it half a kilo.") == frozenset()


def test_a_date_told_in_the_past_is_the_story() -> None:
    summer = frozenset({"summer"})
    assert told_in_past("We had a wonderful summer on it.", "en")
    assert told_in_past("We've only been playing since spring.", "en")
    assert not told_in_past("We'll bring it up in September.", "en")
    assert story_dates("We had a wonderful summer.", summer, "en", says_thread=False) == summer
    # a remark that says a word of the thread again may move it, whatever its tense
    assert story_dates("We had the boat out all summer.", summer, "en", says_thread=True) == set()
    assert told_in_past("去年の夏は毎週乗りました。", "ja")


def test_a_japanese_length_answered_by_a_comment() -> None:
    assert comments("それは感慨深いですね。") and not comments("かしこまりました。")
    story = "二十年会社勤めをして、やっと自分の店です。"
    assert own_spans(story, "ja", says_thread=False, commented=True) == {("month", 20.0)}
    assert own_spans(story, "ja", says_thread=False) == frozenset()
    assert own_spans(story, "ja", says_thread=True, commented=True) == frozenset()
