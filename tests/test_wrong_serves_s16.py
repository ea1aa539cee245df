"""Session-16 wrong serves, with the real analysers and the real default embedder: numbered
labels exchanged between a route's ends (from court three to court one / the reverse),
look-alike names (ethanol / methanol), a reported statement against a yes / no question, and
a yes against a no in a conversation (はい / いいえ, うん / ううん, said in the history or
opening the last question). Paraphrases of the same kinds stay served. Every example is
written here for the test; the guard or the conversation matcher accepted each must-not-serve
pair before session 16 (the reported statements at cosines below the default threshold, so
they are checked by the guard alone).
"""

from __future__ import annotations

import pytest
from conversation_turns import both_ways, turns

from yamabiko import AsyncSemanticCache
from yamabiko.conversation.smalltalk import leading_answer
from yamabiko.eval.data import embed_texts
from yamabiko.guard import Guard, analyse
from yamabiko.guard.facts import labels_swapped
from yamabiko.guard.names import near_names, skeleton
from yamabiko.guard.roles import swapped_roles


@pytest.fixture(scope="module")
def cosine(embedder):
    """The default embedder's cosine of two prompts."""

    def measure(x: str, y: str) -> float:
        vectors = embed_texts(embedder, [x, y], progress=False)
        return float(vectors[0] @ vectors[1])

    return measure


def _served(guard: Guard, cosine, query: str, cached: str) -> tuple[bool, str, float]:
    similarity = cosine(query, cached)
    verdict = guard.check(query, cached, None, similarity, 0.75)
    return verdict.accept and similarity >= 0.75, verdict.reason, similarity


# -- numbered labels at a route's ends ---------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("Can I move my pitch booking from court four to court two?",
         "Can I move my pitch booking from court two to court four?"),
        ("Please switch me from room 12 to room 7.", "Please switch me from room 7 to room 12."),
        ("Can I change my locker from number 3 to number 9?",
         "Can I change my locker from number 9 to number 3?"),
        ("5番レーンから2番レーンに移動できますか？", "2番レーンから5番レーンに移動できますか？"),
        ("３号車から７号車へ移れますか？", "７号車から３号車へ移れますか？"),
    ],
)  # fmt: skip
def test_labels_exchanged_between_from_and_to_are_not_served(guard, cosine, query, cached):
    served, reason, similarity = _served(guard, cosine, query, cached)
    assert similarity >= 0.75  # the embedder alone would serve them
    assert not served and reason.startswith("roles:"), reason
    assert labels_swapped(cached, query, analyse(query, None).lang)


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("Can I move my pitch booking to court two from court four?",
         "Can I move my pitch booking from court four to court two?"),
        ("5番レーンから2番レーンに移動できますか？", "2番レーンに5番レーンから移動できますか？"),
    ],
)  # fmt: skip
def test_labels_that_keep_their_ends_are_no_swap(query, cached):
    lang = analyse(query, None).lang
    assert labels_swapped(query, cached, lang) == ""


# -- Japanese case roles: an exchange, not two words in other roles -----------------------------


def test_words_that_take_other_roles_are_no_swap():
    """息子が熱を出す / 息子に熱がある: each word took another role, neither the other's."""
    pairs = [
        ("娘が昨日から咳をしています。", "昨日から娘に咳が出ています。"),
        ("父が母に毎月お金を渡しています。", "母が父から毎月お金を受け取っています。"),
    ]
    for x, y in pairs:
        assert swapped_roles(analyse(x, "ja"), analyse(y, "ja")) == ""
    # an exchange of the same two roles still is one (に and へ are one kind)
    x, y = "父が母に毎月お金を渡しています。", "母が父に毎月お金を渡しています。"
    assert swapped_roles(analyse(x, "ja"), analyse(y, "ja"))
    x, y = "名古屋から福岡へ行く便", "福岡から名古屋に行く便"
    assert swapped_roles(analyse(x, "ja"), analyse(y, "ja"))


# -- look-alike names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("Is ethanol safe to drink in small amounts?",
         "Is methanol safe to drink in small amounts?"),
        ("What is the usual dose of prednisone for adults?",
         "What is the usual dose of prednisolone for adults?"),
        ("¿Cuál es la moneda de Austria?", "¿Cuál es la moneda de Australia?"),
    ],
)  # fmt: skip
def test_look_alike_names_are_not_served(guard, cosine, query, cached):
    served, reason, similarity = _served(guard, cosine, query, cached)
    assert similarity >= 0.75
    assert not served, reason
    lang = analyse(query, None).lang
    assert near_names(analyse(query, lang), analyse(cached, lang))


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("What colour is the recycling bin?", "What color is the recycling bin?"),
        ("How do I renew my driving licence?", "How do I renew my driving license?"),
        ("Is the jewellery covered by my insurance?", "Is the jewelry covered by my insurance?"),
        ("How do I organise a group booking?", "How do I organize a group booking?"),
    ],
)  # fmt: skip
def test_spelling_variants_are_no_look_alikes(query, cached):
    assert near_names(analyse(query, "en"), analyse(cached, "en")) == ""


def test_skeleton_keeps_consonants_by_sound():
    assert skeleton("colour") == skeleton("color") == "246"
    assert skeleton("ethanol") != skeleton("methanol")


# -- reported speech ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("My neighbour said the tip is shut on Sundays.", "Is the tip shut on Sundays?"),
        ("He told me the library is closed on bank holidays.",
         "Is the library closed on bank holidays?"),
        ("The receptionist told me the pool is closed for cleaning.",
         "Is the pool closed for cleaning?"),
    ],
)  # fmt: skip
def test_a_reported_statement_does_not_answer_a_question(guard, query, cached):
    for x, y in ((query, cached), (cached, query)):
        assert guard.check(x, y, None, 0.9, 0.75).reason == "question"


def test_asking_about_what_someone_said_is_still_a_question(guard):
    query = "The website says the museum is free on Fridays. Is that right?"
    assert guard.check(query, "Is the museum free on Fridays?", None, 0.9, 0.75).accept
    query = "Tell me if the museum is free on Fridays."
    assert guard.check(query, "Is the museum free on Fridays?", None, 0.9, 0.75).accept


# -- a yes against a no in a conversation ------------------------------------------------------


def test_leading_answers():
    assert [leading_answer(t) for t in ("Yes.", "Nope", "No problem!", "Nobody came")] == [
        1, -1, 0, 0,
    ]  # fmt: skip
    assert [leading_answer(t) for t in ("うん", "ううん", "いいえ、結構です", "いやー暑い")] == [
        1, -1, -1, 0,
    ]  # fmt: skip


async def test_casual_yes_and_no_in_the_history_differ(matcher):
    def thread(answer: str) -> list:
        return turns(
            ("引っ越しの見積もりをお願いしたいです。", "エレベーターはありますか？"),
            (answer, "わかりました。"),
            ("料金はいくら？", "三万円ほどです。"),
        )

    found = await both_ways(matcher, thread("うん"), thread("ううん"))
    assert all(not ok and reason == "history:answer" for ok, reason in found), found
    found = await both_ways(matcher, thread("うん"), thread("はい"))
    assert all(ok for ok, _ in found), found


async def test_a_question_opening_with_yes_or_no_is_another_context(embedder, tmp_path):
    history = [
        {"role": "user", "content": "自転車の保険に入りたいです。"},
        {"role": "assistant", "content": "かしこまりました。個人賠償責任の補償も付けますか？"},
    ]
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", conversation="semantic"
    ) as cache:
        await cache.store("はい。月々の保険料はいくらですか？", "月500円です。",
                          context={"history": history})  # fmt: skip
        found = await cache.probe("いいえ。月々の保険料はいくらですか？",
                                  context={"history": history})  # fmt: skip
        assert found.hit is None and found.reason == "rejected:history:answer", found.reason
        found = await cache.probe("はい、月々の保険料はいくらですか？",
                                  context={"history": history})  # fmt: skip
        assert found.hit is not None, found.reason
