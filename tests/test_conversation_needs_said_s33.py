"""Session 33 review of ``history:need``: the other side says a need only as a word of its
own, not inside another word (*car* in *card*, *bus* in *business*, 車 in 電車), so a remark
that tells how the party travels is refused after a thread that happens to contain the need's
letters. Real default embedder, real SudachiPy and WordNet; probes written for this review."""

from __future__ import annotations

from conversation_turns import assert_probe

from yamabiko.conversation import ConversationMatcher
from yamabiko.conversation.needs import untold_need


def cooking_paid_by_card() -> list[tuple[str, str]]:
    """A cooking class booked and paid by card (English)."""
    return [
        ("Can I book my son and me onto Saturday's family cooking class? I'll pay by card.",
         "Of course! Morning or afternoon session? Card is fine."),
        ("The morning one, please.",
         "Booked: two places on Saturday morning's family class, paid by card."),
    ]  # fmt: skip


def expo_by_train() -> list[tuple[str, str]]:
    """Two expo tickets, the assistant telling that most visitors come by train (Japanese)."""
    return [
        ("来週の展示会の入場券を2枚予約したいです。",
         "ありがとうございます。駅から電車で来られる方が多いですよ。"),
        ("では2枚お願いします。", "承知しました。入場券2枚をご予約しました。"),
    ]  # fmt: skip


async def test_car_after_a_thread_that_says_card(matcher: ConversationMatcher) -> None:
    thread = cooking_paid_by_card()
    remark = ("We'll come by car.", "Lovely, see you then!")
    probe = ("en-card-car", "entity", 0, [*thread, remark], thread)
    await assert_probe(matcher, probe, {"en-card-car": "history:need:car"})


async def test_kuruma_after_a_thread_that_says_densha(matcher: ConversationMatcher) -> None:
    thread = expo_by_train()
    remark = ("当日は車で行くつもりです。", "お車なら楽ですね。")
    probe = ("ja-densha-kuruma", "entity", 0, [*thread, remark], thread)
    await assert_probe(matcher, probe, {"ja-densha-kuruma": "history:need:車"})


def test_a_need_is_said_only_as_a_word() -> None:
    """Inside another word it is not said; as a word, or in its plural, it is."""
    business = ["Done: business lunch for two."]
    assert untold_need(["We'll get there by bus."], business, "en") == "bus"
    train = ["駅から電車で来られる方が多いですよ。"]
    assert untold_need(["当日は車で行きます。"], train, "ja") == "車"
    assert untold_need(["We'll come by train."], ["Trains leave every hour."], "en") is None
    assert untold_need(["当日は車で行きます。"], ["お車でお越しの方はこちらへ。"], "ja") is None
