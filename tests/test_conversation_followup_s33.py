"""Session 33 (followup): a remark after the thread is no aside when the follow-up question
asks about what it bears on: a price and a party's age, status or days (私はまだ子供なんです,
"I'm a pensioner." before いくら / *how much*), a choice and a preference (抹茶が大好き,
"adores sushi" before おすすめは何 / *what would you suggest*), the way there and a way of
travelling (自転車で行きます, "walking from the station" before どのくらいかかります /
*how far*): ``history:need:<word>``. The same remark before a question it does not bear on,
and chatter before the same question, stay asides and are served.

Twins written for these tests (their own domains and wordings), with the real default
embedder and matcher, both ways round, the follow-up handed over as a lookup hands its prompt.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns
from review_conversation_probes_s33 import FOLLOW_UPS, PROBES

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.bearing import _says, asked, bearings, untold_bearing


def pool() -> list[tuple[str, str]]:
    """Two swims at a city pool (Japanese)."""
    return [
        ("日曜の午前に市民プールを2名で利用したいです。",
         "ありがとうございます。ロッカーもお使いですか？"),
        ("はい、ロッカーもお願いします。",
         "承知しました。日曜午前、2名様、ロッカー付きで承りました。"),
    ]  # fmt: skip


def cafe() -> list[tuple[str, str]]:
    """A table at a tea house (Japanese)."""
    return [
        ("明日の3時に甘味処の席を2名で予約したいです。",
         "ありがとうございます。窓際の席がよろしいですか？"),
        ("はい、窓際でお願いします。",
         "承知しました。明日15時、2名様、窓際の席でご予約しました。"),
    ]  # fmt: skip


def cinema() -> list[tuple[str, str]]:
    """Two seats at a film (English)."""
    return [
        ("Can I book two seats for the 7pm showing of the new western on Thursday?",
         "Sure! Standard or premium seats?"),
        ("Standard, please.", "Booked: two standard seats, Thursday at 7pm."),
    ]  # fmt: skip


def bistro() -> list[tuple[str, str]]:
    """A table at a bistro (English)."""
    return [
        ("A table for two on Sunday at 1pm, please.", "Of course. Indoors or in the garden?"),
        ("In the garden.", "Booked: two in the garden, Sunday at 1pm."),
    ]  # fmt: skip


#: (name, thread, remark, follow-up it bears on, the word named, a question it does not bear on)
BEARING = [
    ("ja-pool-child", pool(), ("息子はまだ子供なんです。", "そうなんですね。"),
     "料金はいくらですか？", "子供", "更衣室はありますか？"),
    ("ja-cafe-matcha", cafe(), ("娘は抹茶が大好きなんです。", "それはいいですね。"),
     "おすすめは何ですか？", "抹茶が大好き", "駐車場はありますか？"),
    ("ja-pool-bike", pool(), ("当日は自転車で行きます。", "気持ちいいですね。"),
     "プールまでどのくらいかかりますか？", "自転車", "更衣室はありますか？"),
    ("en-cinema-pensioner", cinema(), ("I'm a pensioner, you know.", "Ah, lovely."),
     "How much are the tickets?", "pensioner", "Is there a lift to the screens?"),
    ("en-bistro-sushi", bistro(), ("My husband adores sushi.", "Oh, nice!"),
     "What would you suggest?", "adores", "Is there parking nearby?"),
    ("en-bistro-walk", bistro(), ("We'll be walking from the station.", "Lovely day for it!"),
     "How far is it?", "walking", "Is there parking nearby?"),
]  # fmt: skip

#: chatter before a question of the same kinds: (name, thread, remark, follow-up)
CHATTER = [
    ("ja-pool-sunny", pool(), ("晴れるといいんですけど。", "晴れるといいですね。"),
     "料金はいくらですか？"),
    ("ja-cafe-friend", cafe(), ("友達に勧められたんです。", "うれしいですね。"),
     "おすすめは何ですか？"),
    ("en-cinema-fan", cinema(), ("We saw the trailer last week.", "Exciting!"),
     "How much are the tickets?"),
    ("en-bistro-birthday", bistro(), ("It's my mum's birthday.", "How lovely!"),
     "What would you suggest?"),
]  # fmt: skip


async def _decided(matcher: ConversationMatcher, thread, remark, question: str) -> list:
    """Both ways round: the thread against the thread with the remark, before ``question``."""
    return await both_ways(matcher, turns(*thread), turns(*thread, remark), question)


@pytest.mark.parametrize("case", BEARING, ids=lambda c: c[0])
async def test_remark_the_follow_up_bears_on_refused(matcher: ConversationMatcher, case) -> None:
    _name, thread, remark, question, word, _other = case
    for accept, reason in await _decided(matcher, thread, remark, question):
        assert not accept
        assert reason == f"history:need:{word}"


@pytest.mark.parametrize("case", BEARING, ids=lambda c: c[0])
async def test_same_remark_before_another_question_served(
    matcher: ConversationMatcher, case
) -> None:
    _name, thread, remark, _question, _word, other = case
    for accept, reason in await _decided(matcher, thread, remark, other):
        assert accept, reason
    for accept, reason in await _decided(matcher, thread, remark, ""):  # no follow-up known
        assert accept, reason


@pytest.mark.parametrize("case", CHATTER, ids=lambda c: c[0])
async def test_chatter_before_the_same_kind_of_question_served(
    matcher: ConversationMatcher, case
) -> None:
    _name, thread, remark, question = case
    for accept, reason in await _decided(matcher, thread, remark, question):
        assert accept, reason


#: session probes still served with their follow-up: 菜食主義 (no reading of a diet), a
#: wheelchair and a cane before *is it far* (an implement, not a way of travelling)
STILL_SERVED = {"ja-din-vegan", "ja-inn-cane"}  # (車椅子: refused since session 36, party_needs)


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_session_probes_with_their_follow_up(matcher: ConversationMatcher, probe) -> None:
    """jaSmall's probes with their questions: 17 of 19 different-context probes refused (16
    before session 36; ``history:need:``), the small talk decided as without the question."""
    name, _kind, label, a, b = probe
    verdicts = await both_ways(matcher, turns(*a), turns(*b), FOLLOW_UPS[name])
    if label == 0 and name not in STILL_SERVED:
        assert all(not ok and reason.startswith("history:need:") for ok, reason in verdicts)
    elif label == 0:
        assert all(ok for ok, _reason in verdicts)  # a known miss: move it out when it passes
    else:
        assert verdicts == await both_ways(matcher, turns(*a), turns(*b))


def test_asked_reads_interrogative_constructions() -> None:
    assert asked("月会費はいくらですか？", "ja") == {"price"}
    assert asked("おすすめは何ですか？", "ja") == {"choice"}
    assert asked("駅からどのくらいかかりますか？", "ja") == {"way"}
    assert asked("何時に開きますか？", "ja") == {"time"}  # (a kind of its own since session 34)
    # a what-question of a price asks the price, no choice (session 34)
    assert asked("What's the entry fee?", "en") == {"price"}
    assert asked("How far is it from the station?", "en") == {"way"}
    assert asked("Is there parking?", "en") == frozenset()


def test_bearings_read_resources() -> None:
    assert bearings("実はもう七十歳なんです。", "ja") == {"price": "七十歳"}
    assert bearings("土日しか行けないんです。", "ja") == {"price": "土日"}
    assert bearings("駅から歩いて行きます。", "ja") == {"way": "歩い"}
    assert bearings("My dad is 82 years old.", "en") == {"price": "82 years old"}
    assert bearings("We can only come at weekends.", "en") == {"price": "only"}
    # an age or a status that modifies, not predicates; *only* away from the time noun;
    # a motion verb that says where, not how; a thing carried; a hope; a story
    assert bearings("今年は百歳の方が二人もいらっしゃるんですよ。", "ja") == {}
    assert bearings("初めての立候補なので緊張しています。", "ja") == {}
    assert bearings("Half of us have only been playing since spring.", "en") == {}
    assert bearings("荷物を持って行きます。", "ja") == {}
    assert bearings("We're coming with the kids.", "en") == {}
    assert bearings("I hope it doesn't rain.", "en") == {}
    assert bearings("友達に勧められたんです。", "ja") == {}


def test_bearing_said_by_the_other_side_is_no_difference() -> None:
    remarks = ["I'm a pensioner, you know."]
    question = "How much are the tickets?"
    assert untold_bearing(remarks, ["Booked: two seats."], question, "en") == "pensioner"
    assert untold_bearing(remarks, ["Pensioner tickets are £6."], question, "en") is None
    assert untold_bearing(remarks, ["Booked: two seats."], "", "en") is None


def test_the_other_side_says_an_english_word_only_as_a_whole_word() -> None:
    """A bearing word counts as said by the other side only as a word of its own, a plural
    too (session 33 review: a substring let *commonly* say *only*, *studentship* *student*)."""
    assert _says("do you have discounts for students?", "student", "en")
    assert _says("we can come on weekends only.", "only", "en")
    assert not _says("it is commonly full at noon.", "only", "en")
    assert not _says("she holds a studentship.", "student", "en")
    assert _says("学生割引はありますか", "学生", "ja")
