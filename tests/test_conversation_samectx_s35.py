"""Session 35 (samectx): same-context threads with a remark refused for a reading, not for
what the remark tells.

- a preference bears on a choice only when the question names no thing to choose among or
  one of the kind of the liked thing (WordNet's lexicographer file; a Japanese noun through
  its English gloss): *My wife loves flowers.* before *Which wine would you suggest?* is small
  talk, *My wife loves red wine.* is not;
- an allergy said with the adjective (*I'm allergic to shellfish.*) is the need the noun
  tells (WordNet's derivation pointer of *allergic*'s first sense to *allergy*);
- a capitalised personal pronoun in the thread (*It's*, *I'm*) is no name the thread names, so a
  remark naming a thing of its own (*TV*) against it may be small talk;
- an answer that picks an option the assistant offered (*morning or afternoon?* / *Morning
  please.*) is no small talk, though the embedder puts it next to the greeting *Morning!*:
  two threads that chose otherwise differ, and a remark between the question and the answer
  is no answer.

Probes written for these tests (none of the sets' texts), through the real default embedder,
matcher, WordNet and SudachiPy, decided both ways round with the follow-up a lookup hands
over; the readers on their own.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.bearing import untold_bearing
from yamabiko.conversation.need_adjectives import need_noun
from yamabiko.conversation.needs import HYPERSENSITIVITY, NEED_DEPTH, need_readings
from yamabiko.conversation.words import contracted
from yamabiko.embedders import CachedEmbedder, USEMultilingual
from yamabiko.guard.lexicon import EN_STOPWORDS


@pytest.fixture(scope="module")
def matcher() -> ConversationMatcher:
    """The matcher at its defaults with the real default embedder."""
    return ConversationMatcher(CachedEmbedder(USEMultilingual()))


DINNER = (
    "We'd like a table for two on Friday at 8pm, it's our anniversary.",
    "Booked: a table for two, Friday at 8pm. Happy anniversary!",
)
JA_DINNER = (
    "金曜日の夜八時に二名で予約をお願いします。結婚記念日なんです。",
    "金曜日の夜八時、二名様でご予約を承りました。おめでとうございます。",
)
POTTERY = (
    "Have you got a place on the one-day pottery course in May? "
    "It's for me - I'm a complete beginner.",
    "Yes: one beginner place on the one-day pottery course in May.",
)
POTTERY_AT = (
    "Have you got a place on the one-day pottery course at the Riverside studio in May? "
    "It's for me - I'm a complete beginner.",
    "Yes: one beginner place on the one-day pottery course at the Riverside studio in May.",
)

#: (thread, remark and its reply, follow-up, served, the refusal's reason)
PROBES = [
    (DINNER, ("My wife loves flowers.", "How lovely."), "Which wine would you suggest?", True, ""),
    (DINNER, ("My wife loves red wine.", "How lovely."), "Which wine would you suggest?", False,
     "history:need:loves"),
    (DINNER, ("My wife loves flowers.", "How lovely."), "What would you recommend?", False,
     "history:need:loves"),
    (JA_DINNER, ("妻は花が好きなんです。", "素敵ですね。"), "ワインは何がおすすめですか？",
     True, ""),
    (JA_DINNER, ("妻は赤ワインが好きなんです。", "素敵ですね。"), "ワインは何がおすすめですか？",
     False, "history:need:ワインが好き"),
    (DINNER, ("I'm allergic to shellfish.", "Thanks for letting us know."),
     "What would you recommend?", False, "history:need:allergic"),
    (DINNER, ("My husband is allergic to nuts.", "Oh dear."), "What would you recommend?",
     False, "history:need:allergic"),
    (DINNER, ("I'm allergic to shellfish.", "Oh dear."), "What time does the restaurant open?",
     True, ""),
    (POTTERY, ("I've been watching far too many pottery shows on TV.", "You're in good company!"),
     "What should I bring?", True, ""),
    (POTTERY_AT, ("We've moved it to the Harbour studio.", "Lovely."), "What should I bring?",
     False, "history:facts-named:Harbour"),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p[1][0]} / {p[2]}" for p in PROBES])
async def test_a_remark_before_a_follow_up(matcher: ConversationMatcher, probe: tuple) -> None:
    thread, remark, follow_up, served, reason = probe
    plain, with_remark = turns(thread), turns(thread, remark)
    for accept, found in await both_ways(matcher, plain, with_remark, follow_up):
        assert accept is served, found
        if not served:
            assert found == reason


def test_a_preference_bears_on_a_choice_of_its_kind() -> None:
    def bearing(remark: str, question: str, lang: str) -> str | None:
        return untold_bearing([remark], ["Booked."], question, lang)

    assert bearing("My wife loves flowers.", "Which wine would you suggest?", "en") is None
    assert bearing("My wife loves red wine.", "Which wine would you suggest?", "en") == "loves"
    # no thing named: the choice is open, a taste for anything bears on it
    assert bearing("My wife loves flowers.", "What would you recommend?", "en") == "loves"
    assert bearing("My wife loves chocolate.", "What's good for dessert?", "en") == "loves"
    assert bearing("妻は花が好きなんです。", "ワインは何がおすすめですか？", "ja") is None
    assert bearing("妻は日本酒が好きなんです。", "お酒は何がおすすめですか？", "ja") == "酒が好き"
    assert bearing("妻は花が好きなんです。", "何がおすすめですか？", "ja") == "花が好き"


def test_an_adjective_of_an_allergy_tells_the_allergy() -> None:
    assert need_noun("allergic", HYPERSENSITIVITY, NEED_DEPTH) == "allergy"
    assert need_noun("sensitive", HYPERSENSITIVITY, NEED_DEPTH) is None
    assert need_noun("delicious", HYPERSENSITIVITY, NEED_DEPTH) is None
    assert need_readings("I'm allergic to shellfish.", "en") == (("allergic", "allergy"),)
    assert need_readings("I'm very sensitive to noise.", "en") == ()


def test_a_pronoun_is_no_name() -> None:
    """What the thread's names leave out: a pronoun, alone or contracted (the guard's
    analysis counts *It's*, *I'm* capitalised mid-sentence as names)."""
    assert contracted("i'm") and contracted("we'r") and "it" in EN_STOPWORDS
    assert not contracted("o'brien") and not contracted("tv")


TOUR = (
    "Two adult tickets for the castle tour on Sunday, please.",
    "Two adults for the castle tour on Sunday - morning or afternoon?",
)
JA_TOUR = (
    "日曜日の城の見学ツアーに大人二人でお願いします。",
    "日曜日の城ツアー、大人お二人ですね。午前と午後、どちらになさいますか？",
)


@pytest.mark.parametrize(
    ("a", "b", "follow_up", "served"),
    [
        (turns(TOUR, ("Morning please.", "Morning it is.")),
         turns(TOUR, ("Afternoon please.", "Afternoon it is.")),
         "How much is that in total?", False),
        (turns(TOUR, ("Morning please.", "Morning it is.")),
         turns(TOUR, ("Gorgeous weather today, isn't it?", "It certainly is!"),
               ("Morning please.", "Morning it is.")),
         "How much is that in total?", True),
        (turns(JA_TOUR, ("午前でお願いします。", "午前の回ですね。")),
         turns(JA_TOUR, ("午後でお願いします。", "午後の回ですね。")),
         "全部でいくらですか？", False),
        (turns(JA_TOUR, ("午前でお願いします。", "午前の回ですね。")),
         turns(JA_TOUR, ("今日はいい天気ですね。", "本当ですね。"),
               ("午前でお願いします。", "午前の回ですね。")),
         "全部でいくらですか？", True),
    ],
)  # fmt: skip
async def test_an_option_picked_is_no_small_talk(
    matcher: ConversationMatcher, a: list, b: list, follow_up: str, served: bool
) -> None:
    for accept, reason in await both_ways(matcher, a, b, follow_up):
        assert accept is served, reason


async def test_the_pick_is_kept_in_the_record(matcher: ConversationMatcher) -> None:
    """*Morning please.* after the offer is kept; a greeting after a reply that offers
    nothing, and *Thanks!* after the offer (it names no option), are still dropped."""
    kept = await matcher.build(turns(TOUR, ("Morning please.", "Morning it is.")))
    assert [x.user for x in kept.exchanges][-1] == "Morning please."
    dropped = await matcher.build(
        turns(("Morning!", "Hello!"), TOUR, ("Thanks!", "You're welcome."))
    )
    assert [x.user for x in dropped.exchanges] == [TOUR[0]]
