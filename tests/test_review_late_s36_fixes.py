"""Session 37 (review): what the review of session 36's late landings found and mended.

- lateJA's story condition (7b457c1) read a noun a clause describes as its clause's nouns
  alone: 毎日ジムに通っている高校生です。ジムの料金はいくらですか？ was served against ジムの
  料金はいくらですか？ (ジム said on both sides; a high-school student's price is not the
  price). Only a noun of a state (状態: WordNet's *state* by its English source) gives its
  clause's nouns now; a person is the condition again (:mod:`yamabiko.guard.story_condition`).
- lateEN's run-together spelling (7a1cbdc) glued any stop word, a possessive too: *Can I use
  my phone in the gallery?* / *can i use yourphone in the gallery?* was served
  ``run-together:phone->yourphone``. A word that picks out whose, which or how many is no
  filler to glue (:data:`yamabiko.guard.english_forms._GLUED_HEADS`).
- samefix's request date (b2a477f) read an irregular past as no past: *I love it, we bought it
  in May.* / *Lovely!* was refused ``history:facts-date``; its need of the party read *hungry*
  as a state of health (samefix's own noted risk): *We'll be so hungry after the hike, haha.*
  was refused ``history:need:hungry``. Both small-talk remarks are served again; their twins
  that change the request or tell a need stay refused.

Every pair is written for these tests, through the real guard, SudachiPy, WordNet, the word
vectors, the default embedder and the conversation matcher.
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.party_needs import party_need
from yamabiko.conversation.stories import request_dates
from yamabiko.embedders import CachedEmbedder, USEMultilingual
from yamabiko.guard import Guard
from yamabiko.guard.minpair import compare_texts
from yamabiko.guard.story_condition import story_condition

GUARD = Guard()

#: (story and question, bare question, the condition): a person a clause describes
PERSONS = [
    ("毎日ジムに通っている高校生です。ジムの料金はいくらですか？", "ジムの料金はいくらですか？",
     "高校生"),
    ("プールで泳ぐのが好きな小学生です。プールの利用料金はいくらですか？",
     "プールの利用料金はいくらですか？", "小学生"),
    ("毎週ヨガ教室に通っている妊婦です。ヨガ教室に参加できますか？", "ヨガ教室に参加できますか？",
     "妊婦"),
]  # fmt: skip


@pytest.mark.parametrize(("story", "bare", "condition"), PERSONS)
def test_a_person_a_clause_describes_is_the_condition(story, bare, condition) -> None:
    """The person is the condition even when the clause's nouns are said on the other side;
    the guard refuses the pair both ways round at a focus's cosine."""
    assert story_condition(story, bare, "ja") == f"story-condition:{condition}"
    for query, cached in ((story, bare), (bare, story)):
        verdict = GUARD.check(query, cached, "ja", 0.99, 0.75)
        assert (verdict.accept, verdict.reason) == (False, f"story-condition:{condition}")


def test_a_state_a_clause_describes_is_still_its_clause() -> None:
    """状態 is still read through its clause (lateJA's reading): a clause of no noun states
    no condition, a clause's noun is the condition."""
    bare = "ヨガ教室に参加できますか？"
    unknown = "まだ何も分からない状態です。ヨガ教室に参加できますか？"
    broken = "先週から足を骨折している状態です。ヨガ教室に参加できますか？"
    assert story_condition(unknown, bare, "ja") == ""
    assert story_condition(broken, bare, "ja") == "story-condition:骨折"


def test_a_possessive_is_no_filler_to_glue() -> None:
    """*yourphone* is no spelling of *my phone*; *aswell* still is *as well*."""
    owner = compare_texts("Can I use my phone in the gallery?",
                          "can i use yourphone in the gallery?", "en")  # fmt: skip
    assert (owner.accept, owner.reason) == (False, "substitution:phone->yourphone")
    office = compare_texts("Do you deliver to my office?", "do you deliver to youroffice?", "en")
    assert not office.accept
    well = compare_texts("Is it open on sundays as well?", "is it open on sundays aswell?", "en")
    assert (well.accept, well.reason) == (True, "equivalent-words:run-together:well->aswell")


def test_an_irregular_past_tells_a_story() -> None:
    """A remark's date after *bought it* / *took them* is the speaker's story; *bring it* in
    no past is still the request's."""
    may = frozenset({"may"})
    assert not request_dates("I love it, we bought it in May.", may, "en")
    assert not request_dates("We took them to Spain in May.", may, "en")
    assert request_dates("We'll bring it in May instead.", may, "en")


def test_an_appetite_is_no_need_of_the_party() -> None:
    """*hungry* / *thirsty* (WordNet's drive) name no need; *pregnant*, *ill* still do."""
    for word in ("hungry", "thirsty", "hunger"):
        assert party_need(word) == "", word
    for word in ("pregnant", "ill", "illness", "diabetics"):
        assert party_need(word) == "health", word


@pytest.fixture(scope="module")
def matcher() -> ConversationMatcher:
    """The matcher at its defaults with the real default embedder."""
    return ConversationMatcher(CachedEmbedder(USEMultilingual()))


TABLE = (
    "I'd like to book a table for four on Friday at 7pm.",
    "Booked: a table for four, Friday at 7pm.",
)
SERVICE = ("I'd like to book a service for my car on Monday.", "Booked: a car service on Monday.")

#: (thread, remark and its reply, follow-up, served)
PROBES = [
    (TABLE, ("We'll be so hungry after the hike, haha.", "Ha, you'll be well looked after!"),
     "Is there parking nearby?", True),
    (TABLE, ("Two of us are vegans, by the way.", "They'll love our menu!"),
     "What do you recommend?", False),
    (SERVICE, ("I love it, we bought it in May.", "Lovely!"), "How long will it take?", True),
    (SERVICE, ("We'd sooner bring it in during May.", "Lovely."), "How long will it take?",
     False),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=[p[1][0] for p in PROBES])
async def test_small_talk_served_a_need_or_a_change_refused(
    matcher: ConversationMatcher, probe: tuple
) -> None:
    thread, remark, follow_up, served = probe
    plain, with_remark = turns(thread), turns(thread, remark)
    for accept, reason in await both_ways(matcher, plain, with_remark, follow_up):
        assert accept is served, reason
