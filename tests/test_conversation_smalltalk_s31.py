"""Session 31 (smalltalk): small talk and unrelated asides beside a booking thread are served,
and the same chatter hiding a real change is not. A remark the assistant answers without
taking any of it up may tell a length of time or an age of the speaker's own story in any
tense (築20年で、だいぶ色あせてきました。, "We're due in six weeks!":
:func:`~yamabiko.conversation.lengths.said_spans`, read by ``Structure._told_aside``), and a
remark that names nothing may say a word of the thread again when the reply takes none of it
up ("Last summer we were carting water in a bowser every morning.": ``Structure._aside``).

Probes written for these tests (domains and wordings of their own, English and Japanese),
with the real default embedder, decided both ways round: served probes add greetings,
thanks, weather, an anecdote with a number or a name; the twins hide a change of the request
inside chatter (*by the way we're now six, not four*; 寒くなりましたね。あ、前輪もお願いします。)
and must stay refused, also where the assistant answers with a bare "Great!".
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_known_miss, assert_probe

from yamabiko.conversation.lengths import own_spans, said_spans


def bike() -> list[tuple[str, str]]:
    """A road bike serviced, in two exchanges."""
    return [
        ("Can you service my road bike on Thursday?",
         "Sure. Just a standard service, or new brake pads too?"),
        ("New brake pads as well, please.",
         "Booked: a standard service with new brake pads on Thursday."),
    ]  # fmt: skip


def groom() -> list[tuple[str, str]]:
    """A dog groomed, in two exchanges."""
    return [
        ("I'd like to book a full groom for my spaniel next Monday.",
         "Of course. Morning or afternoon?"),
        ("Afternoon, around two.", "Booked: a full groom for your spaniel on Monday at 2pm."),
    ]  # fmt: skip


def table() -> list[tuple[str, str]]:
    """A restaurant table booked, in two exchanges."""
    return [
        ("Can I book a table for four on Friday at 8pm?",
         "Yes, we have a table for four at 8pm on Friday. Inside or on the terrace?"),
        ("Inside, please.", "Done: a table for four inside, Friday at 8pm."),
    ]  # fmt: skip


def puncture() -> list[tuple[str, str]]:
    """A bicycle puncture mended (Japanese)."""
    return [
        ("自転車のパンク修理をお願いしたいです。", "かしこまりました。前輪と後輪、どちらですか？"),
        ("後輪です。", "後輪のパンク修理ですね。"),
    ]  # fmt: skip


def salon() -> list[tuple[str, str]]:
    """A haircut and colour booked (Japanese)."""
    return [
        ("土曜日の午後にカットとカラーを予約したいです。",
         "ありがとうございます。何時ごろがよろしいですか？"),
        ("三時でお願いします。", "土曜日の十五時、カットとカラーで承りました。"),
    ]  # fmt: skip


def banquet() -> list[tuple[str, str]]:
    """A private room for a party booked (Japanese)."""
    return [
        ("来週金曜の夜、六名で個室を予約したいです。",
         "ありがとうございます。コースはお決まりですか？"),
        ("季節のコースでお願いします。", "金曜の夜、六名様、季節のコースで個室を承りました。"),
    ]  # fmt: skip


SERVED = [
    ("en-bike-years", [*bike(), ("I've had this bike for twelve years now.",
                                 "They really do last if you look after them.")], bike()),
    ("en-bike-rain", [*bike(), ("It's been raining all week here.",
                                "Hopefully it clears up soon!")], bike()),
    ("en-groom-rescue", [*groom(), ("We got her from a rescue in Devon.",
                                    "She's lucky to have found you.")], groom()),
    ("en-groom-age", [*groom(), ("She's three, and she hates baths.",
                                 "Plenty of dogs do - we'll be gentle.")], groom()),
    ("en-table-regulars", [*table(), ("We've been coming here for ten years.",
                                      "That's lovely to hear.")], table()),
    ("en-table-thanks", [*table(), ("Thanks so much, you've been very helpful.",
                                    "My pleasure!")], table()),
    ("en-table-hello", [("Hi there, hope you're well.", "Hello! I'm well, thank you."),
                        *table()], table()),
    ("en-groom-weather", [*groom(), ("Gorgeous weather this week, isn't it?",
                                     "It really is.")], groom()),
    ("ja-puncture-years", [*puncture(), ("この自転車、もう八年乗っています。",
                                         "長く大事に乗られているんですね。")], puncture()),
    ("ja-puncture-cold", [*puncture(), ("最近はずいぶん寒くなりましたね。",
                                        "本当ですね、朝晩は冷えますね。")], puncture()),
    ("ja-salon-age", [*salon(), ("娘ももう二十歳になりました。", "早いものですね。")], salon()),
    ("ja-salon-thanks", [*salon(), ("ありがとうございます、助かりました。",
                                    "どういたしまして。")], salon()),
    ("ja-banquet-occasion", [*banquet(), ("父の退職祝いなんです。",
                                          "それはおめでとうございます。")], banquet()),
    ("ja-banquet-friends", [*banquet(), ("同期とは十五年の付き合いなんです。",
                                         "長いお付き合いなんですね。")], banquet()),
    ("ja-banquet-hello", [("こんにちは、お世話になっております。",
                           "こんにちは、いつもありがとうございます。"), *banquet()], banquet()),
    ("en-bike-moving", [*bike(), ("We're moving house in three weeks!",
                                  "Exciting times - good luck with it.")], bike()),
    ("ja-salon-regular", [*salon(), ("このお店に通って五年になります。",
                                     "いつもありがとうございます。")], salon()),
    ("ja-puncture-child", [*puncture(), ("子どもが自転車に乗れるようになって喜んでいます。",
                                         "それは楽しみですね。")], puncture()),
    ("en-groom-pond", [*groom(), ("Last week she jumped into the pond in the park.",
                                  "Ha - they can't resist water!")], groom()),
    ("en-groom-mud", [*groom(), ("My spaniel rolls in the mud every single day.",
                                 "Ha - a lot of them do!")], groom()),
    ("ja-salon-weather", [*salon(), ("今日はいいお天気ですね。", "本当に気持ちのいい日ですね。")],
     salon()),
]  # fmt: skip

TWINS = [
    ("en-table-six", [*table(), ("By the way, we're now six, not four.",
                                 "No problem, a table for six then.")], table()),
    ("en-table-mum", [*table(), ("Oh, and my mum is joining us, so that's five of us.",
                                 "Lovely, I've made it five.")], table()),
    ("en-table-bare-six", [*table(), ("By the way, there'll be six of us now.", "Great!")],
     table()),
    ("en-table-saturday", [*table(), ("Great, thanks! Can we make it Saturday instead?",
                                      "Done: moved to Saturday at 8pm.")], table()),
    ("en-bike-friday", [*bike(), ("Lovely weather! Actually, could you do Friday instead?",
                                  "Sure, moved to Friday.")], bike()),
    ("en-bike-gears", [*bike(), ("I've had it twelve years, so maybe do the gears too.",
                                 "Okay, gears added.")], bike()),
    ("en-groom-trim", [*groom(), ("Thanks! Actually, just a trim, not a full groom.",
                                  "Got it: a trim instead.")], groom()),
    ("en-groom-four", [*groom(), ("Sorry, I meant four in the afternoon, not two.",
                                  "No problem - 4pm then.")], groom()),
    ("ja-banquet-eight", [*banquet(), ("そういえば、八名に増えました。",
                                       "かしこまりました、八名様に変更します。")], banquet()),
    ("ja-banquet-bare-eight", [*banquet(), ("あ、人数は八名になりました。",
                                            "ありがとうございます。")], banquet()),
    ("ja-puncture-front", [*puncture(), ("寒くなりましたね。あ、前輪もお願いします。",
                                         "前輪も追加しますね。")], puncture()),
    ("ja-salon-daughter", [*salon(), ("娘も一緒にカットしてもらえますか？",
                                      "はい、お二人分承ります。")], salon()),
    ("ja-salon-four", [*salon(), ("いい天気ですね。やっぱり四時に変えてください。",
                                  "十六時に変更しました。")], salon()),
    ("ja-banquet-drinks", [*banquet(), ("やっぱりコースはなしで、飲み放題だけにします。",
                                        "飲み放題のみに変更しますね。")], banquet()),
    ("ja-puncture-tyre", [*puncture(), ("二年前に買った自転車なので、タイヤも交換してください。",
                                        "承知しました。")], puncture()),
    ("en-bike-two-days", [*bike(), ("I need it back within two days.", "Noted.")], bike()),
    ("en-bike-week-late", [*bike(), ("We're away for a week, so I'll collect it in ten days.",
                                     "No problem.")], bike()),
    ("ja-puncture-days", [*puncture(), ("三日以内に直してほしいです。", "承知しました。")],
     puncture()),
    ("en-groom-puppy", [*groom(), ("She's only one year old, so the puppy groom instead.",
                                   "Sure.")], groom()),
]  # fmt: skip

#: served probes the code still refuses (move one out when it passes): the reply says a word
#: of the remark again (乗っています / 乗られている; 十五年の付き合い / 長いお付き合い:
#: ``history:whole-named``), an age without a unit in English ("She's three":
#: ``history:whole-named``), an occasion read as a reversal (退職祝い: ``history:intent:退職``),
#: a Japanese length told in the present (通って五年になります: only a past form or an age
#: tells the speaker's story in Japanese, ``own_spans``)
KNOWN_MISSES = [
    "en-groom-age", "ja-puncture-years", "ja-banquet-friends", "ja-banquet-occasion",
    "ja-salon-regular",
]  # fmt: skip
#: twins the code still serves (the same on main before this session's change): a part added
#: inside a pleasantry whose reply says it again (前輪もお願いします。 / 前輪も追加しますね。),
#: a side question answered with a new count (娘も一緒に / お二人分承ります), a change by
#: "instead" answered by a bare "Sure."
KNOWN_SERVED_TWINS = ["ja-puncture-front", "ja-salon-daughter", "en-groom-puppy"]


@pytest.mark.parametrize("probe", [p for p in SERVED if p[0] not in KNOWN_MISSES],
                         ids=lambda p: p[0])  # fmt: skip
async def test_small_talk_served(matcher, probe) -> None:
    name, a, b = probe
    await assert_probe(matcher, (name, "small-talk", 1, a, b))


@pytest.mark.parametrize("probe", [p for p in SERVED if p[0] in KNOWN_MISSES],
                         ids=lambda p: p[0])  # fmt: skip
async def test_small_talk_known_miss(matcher, probe) -> None:
    name, a, b = probe
    await assert_known_miss(matcher, (name, "small-talk", 1, a, b))


@pytest.mark.parametrize("probe", [p for p in TWINS if p[0] not in KNOWN_SERVED_TWINS],
                         ids=lambda p: p[0])  # fmt: skip
async def test_change_inside_small_talk_refused(matcher, probe) -> None:
    name, a, b = probe
    await assert_probe(matcher, (name, "entity", 0, a, b))


@pytest.mark.parametrize("probe", [p for p in TWINS if p[0] in KNOWN_SERVED_TWINS],
                         ids=lambda p: p[0])  # fmt: skip
async def test_change_inside_small_talk_known_miss(matcher, probe) -> None:
    name, a, b = probe
    await assert_known_miss(matcher, (name, "entity", 0, a, b))


def test_said_spans() -> None:
    """Lengths of time and ages in any tense, by the count said; a calendar year is none."""
    assert said_spans("築20年で、だいぶ色あせてきました。") == {("month", 20.0)}
    assert said_spans("祖父は九十歳まで毎日筆を持っていました。") == {("age", 90.0)}
    assert said_spans("We're due in six weeks!") == {("day", 6.0)}
    assert said_spans("our two-year-old") == {("age", 2.0)}
    assert said_spans("2024年に買いました。") == frozenset()
    assert said_spans("Inside, please.") == frozenset()


def test_own_spans() -> None:
    """The lengths a remark tells of the speaker's own story: an age, a length in the past,
    in English one in a remark pointing at no thing of the thread; not a deadline for it."""
    assert own_spans("築20年で、だいぶ色あせてきました。", "ja", says_thread=False)
    assert own_spans("We're due in six weeks!", "en", says_thread=False)
    assert not own_spans("We're due in six weeks!", "en", says_thread=True)
    assert not own_spans("I need it back within two days.", "en", says_thread=False)
    assert not own_spans("十日後に取りに行きます。", "ja", says_thread=False)
    assert own_spans("娘は十歳です。", "ja", says_thread=True) == {("age", 10.0)}
