"""Session 28 (wrong): wrong serves by general cause, each probed both ways with pairs written
here for the test (none is taken from an evaluation file). The guard is the real one and the
cosine the default embedder's. Every pair of :data:`REFUSED` was served before the change
(``guard-ok`` or ``learned-accept``); the pairs of :data:`SERVED` are paraphrases the rules
leave alone.

* two acts each said with an honorific (:func:`yamabiko.guard.ja_honorifics.acts_apart`):
  いらっしゃいますか (come) / お帰りになりますか (go home), kept from the boosted trees;
* who acts (:mod:`yamabiko.guard.english_doers`): *does your shop sell* / *can I sell … to
  your shop*, *can you lend* / *can I lend*: the same verb of a sale or loan with another
  subject;
* a prefix that turns a word round (:func:`yamabiko.guard.prefix_opposites.prefix_opposed`):
  *guided* / *self-guided* inside a reworded question, 公開 / 非公開 with the rest reworded.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_doers import doer_changed, exchange_verb
from yamabiko.guard.ja_honorifics import acts_apart
from yamabiko.guard.prefix_opposites import prefix_opposed

#: paraphrases the new rules leave alone: served both ways
SERVED = [
    ("社長は明日いらっしゃいますか", "社長は明日お見えになりますか", "ja"),
    ("院長は土曜日にいらっしゃいますか", "院長は土曜日にお越しになりますか", "ja"),
    ("先生は明日いらっしゃいますか", "先生は明日おいでになりますか", "ja"),
    ("Do you buy second-hand guitars?", "Can I sell my second-hand guitar to you?", "en"),
    ("Can you take the bus to the airport?", "Can I take the bus to the airport?", "en"),
    ("Can you pay by card at the kiosk?", "Can I pay by card at the kiosk?", "en"),
    ("Can you keep your locker overnight?", "Can I keep my locker overnight?", "en"),
]

#: another question: refused with the reason (each was served before)
REFUSED = [
    ("社長は明日いらっしゃいますか", "社長は明日お帰りになりますか", "ja",
     "honour-act:いらっしゃる->帰り"),
    ("部長は午後いらっしゃいますか", "部長は午後お休みになりますか", "ja",
     "honour-act:いらっしゃる->休み"),
    ("先生は何時に会場にいらっしゃいますか", "先生は何時に会場をお出になりますか", "ja",
     "honour-act:いらっしゃる->出る"),
    ("Does your garage sell used tyres?", "Can I sell used tyres to your garage?", "en",
     "doer:garage->I:sell"),
    ("Does the bookshop buy old textbooks?", "Can I buy old textbooks at the bookshop?", "en",
     "doer:bookshop->I:buy"),
    ("Does the farm shop sell eggs?", "Can I sell eggs to the farm shop?", "en",
     "doer:shop->I:sell"),
    ("Does the library lend e-readers?", "Can I lend e-readers?", "en", "doer:library->I:lend"),
    ("Can you lend camping chairs?", "Can I lend camping chairs?", "en", "doer:you->I:lend"),
    ("Can you sell concert tickets?", "Can I sell concert tickets?", "en", "doer:you->I:sell"),
    ("How long is a guided walk?", "whats the length of a self-guided walk", "en",
     "antonym:guided->self-guided"),
    ("How much is a guided kayak trip?", "whats the price of a self-guided kayak trip", "en",
     "antonym:guided->self-guided"),
    ("この講座の内容は公開されていますか", "この講座って非公開？", "ja", "negation:非"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine, both ways round."""

    guard, threshold = Guard(), 0.75
    served, refused = SERVED, REFUSED


def test_acts_apart_reads_the_plain_verbs() -> None:
    """Two respectful forms of two acts differ; the idioms of coming (お越し, お見え, おいで)
    say what いらっしゃる says; a plain verb on one side is not read here."""
    cached = "先生は明日いらっしゃいますか"
    assert acts_apart("先生は明日お帰りになりますか", cached) == "いらっしゃる->帰り"
    assert acts_apart(cached, "先生は明日お帰りになりますか") == "帰り->いらっしゃる"
    for same in ("お越しになりますか", "お見えになりますか", "おいでになりますか"):
        assert acts_apart(f"先生は明日{same}", cached) == "", same
    assert acts_apart("先生は明日来ますか", cached) == ""  # (the check's: いらっしゃる / 来る)
    eat, see = "先生は何を召し上がりますか", "先生は何をご覧になりますか"
    assert acts_apart(see, eat) == "召し上がる->御覧"


def test_doer_changed_reads_the_business_and_can_you() -> None:
    """*does your shop* / *the library* + the verb and *can you* + a verb of a sale or loan
    against *can I* + the same verb; a converse (*sell* / *buy*), a verb with no converse
    (*keep*, *take*, *pay*) and a subject that is no business are left alone."""
    shop = "Does your shop sell old gold?"
    assert doer_changed("Can I sell old gold to your shop?", shop) == "shop->I:sell"
    assert doer_changed("Can I buy gold?", "Can you buy gold?") == "you->I:buy"
    assert doer_changed("Can we buy gold?", "Can you buy gold?") == "you->we:buy"
    assert doer_changed("Can I buy old gold at your shop?", shop) == ""  # (the converse)
    assert doer_changed("Can I keep my locker?", "Can you keep your locker?") == ""
    assert doer_changed("Can I sell tickets?", "Does the sell tickets?") == ""
    assert all(map(exchange_verb, ("buy", "sell", "lend", "borrow")))
    assert not any(map(exchange_verb, ("give", "take", "keep", "lose", "accept", "pay", "rent")))


def test_prefix_opposed_either_way_round() -> None:
    """A negating, opposite or doer's prefix, English or Japanese, either way round; a word
    that only starts like one (inform / form, discover / cover) is not turned round."""
    for one, two in (("guided", "self-guided"), ("locked", "unlocked"), ("smoking",
                     "non-smoking"), ("indoor", "outdoor"), ("pre-show", "post-show"),
                     ("使用", "未使用"), ("公開", "非公開")):  # fmt: skip
        assert prefix_opposed(one, two) and prefix_opposed(two, one), (one, two)
    for one, two in (("form", "inform"), ("cover", "discover"), ("guide", "guided")):
        assert not prefix_opposed(one, two), (one, two)
