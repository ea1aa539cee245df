"""Session 30 (convo): a word that only labels a code both sides state is no fact of its own
(:mod:`yamabiko.conversation.labelled`): *plot number* AL-4471 / *tenant number is* AL-4471,
会員番号W-3816 / 番号はW-3816. A thread said in other words names its reference by another
label; the stated-facts check held the label the assistant repeated back for a lost fact
(``history:facts-fact:plot``) though the code is said on both sides. A changed code is still
a changed name, and a word before a code that is an item of the request (*two crates on*
WC-2208) is no label.
Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.labelled import codes, labelled


def allotment(code: str = "AL-4471") -> list[tuple[str, str]]:
    """An allotment plot's water trough, asked about by the plot's number."""
    return [
        (f"The water trough on plot number {code} is leaking - can someone fix it this week?",
         f"Of course: a leaking trough on plot {code}, repair this week."),
    ]  # fmt: skip


def allotment_reworded() -> list[tuple[str, str]]:
    """The same request in two exchanges, the reference labelled as the tenant's number."""
    return [
        ("Our water trough is leaking everywhere.",
         "Sorry about that. What's your tenant number?"),
        ("My tenant number is AL-4471 - could it be sorted this week?",
         "Thanks: the trough for AL-4471, repair this week."),
    ]  # fmt: skip


def wine_club(extra: str = "") -> list[tuple[str, str]]:
    """A wine club's next case, paused by its membership."""
    return [
        (f"Please skip next month's case of reds{extra} on membership WC-2208.",
         f"Done: next month's red case{extra} skipped for membership WC-2208."),
    ]  # fmt: skip


def wine_club_reworded(extra: str = "") -> list[tuple[str, str]]:
    """The same in two exchanges, the reference labelled as the customer's number."""
    return [
        (f"Can you skip next month's case of reds{extra}?",
         "Of course. What's your customer number?"),
        ("My customer ref is WC-2208.", f"Done: next month's red case{extra} skipped for WC-2208."),
    ]  # fmt: skip


def bonsai(code: str = "W-3816") -> list[tuple[str, str]]:
    """盆栽の預かり: 会員番号で."""
    return [
        (f"会員番号{code}で、松の盆栽を二週間預けたいです。",
         f"承知しました。会員番号{code}、松の盆栽を二週間お預かりします。"),
    ]  # fmt: skip


def bonsai_reworded() -> list[tuple[str, str]]:
    """The same in other words, the reference as 番号は."""
    return [
        ("旅行に行くので、松の盆栽を二週間見ていてほしいんです。",
         "かしこまりました。番号を教えてください。"),
        ("番号はW-3816です。", "W-3816様、松の盆栽を二週間お預かりします。"),
    ]  # fmt: skip


PROBES = [
    ("en-allotment-label", "reworded", 1, allotment(), allotment_reworded()),
    ("en-wine-club-label", "reworded", 1, wine_club(), wine_club_reworded()),
    ("ja-bonsai-label", "reworded", 1, bonsai(), bonsai_reworded()),
    # twins: the code changed (a changed name), and an item right before the code
    ("en-allotment-other-plot", "entity-reworded", 0, allotment("AL-4417"), allotment_reworded()),
    ("ja-bonsai-other-member", "entity-reworded", 0, bonsai("W-3861"), bonsai_reworded()),
    ("en-wine-club-whites", "entity-reworded", 0,
     wine_club(" and two crates of whites"), wine_club_reworded()),
]  # fmt: skip


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe)


def test_codes_and_their_labels() -> None:
    """A code has a digit and four characters or more; its label is the word before it, only
    the words that say it is a number, a verb, an article or a colon between them."""
    assert codes(["plot AL-4471, account ending 4417", "two pints", "会員番号W-3816で"]) == {
        "AL-4471", "4417", "W-3816"
    }  # fmt: skip
    theirs = {"AL-4471", "4417", "W-3816"}
    assert labelled("plot", ["The trough on plot AL-4471 leaks."], theirs)
    assert labelled("tenant", ["My tenant number is AL-4471."], theirs)
    assert labelled("account", ["the account with the number ending 4417"], theirs)
    assert labelled("会員", ["会員番号W-3816で、松を"], theirs)
    assert not labelled("crates", ["two crates on AL-4471"], theirs)  # an item, not a label
    assert not labelled("plot", ["plot AL-4417"], theirs)  # a code the other side never says
    assert not labelled("number", ["My tenant number is AL-4471."], theirs)  # (see labelled)
    assert not labelled("番号", ["番号はW-3816です。"], theirs)
    assert not labelled("松", ["松を、W-3816"], theirs)
