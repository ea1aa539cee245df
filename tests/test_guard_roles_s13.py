"""Session-13 role grammar of the guard (``guard/roles.py``): English subjects and objects by
their places around the verb, the roles of with / from / to / for / by / than phrases of any
noun (weekdays and numbers too), modifiers exchanged between two nouns; Japanese pronouns
with case particles, と (with whom) against と between two nouns (coordinated), adjectives
and の modifiers exchanged between two nouns.

Every example is written here for the test (none is taken from an evaluation file). The
reorderings below keep each word's role (passive and active, "to B from A", topicalised or
scrambled Japanese, coordinated nouns in another order) and must not be read as swaps.
"""

from __future__ import annotations

import pytest
from guard_bands import ABOVE_BAND, IN_BAND

from yamabiko.guard import analyse
from yamabiko.guard.roles import frames_swapped, modifiers_swapped, role_marker, swapped_roles


@pytest.mark.parametrize(
    ("query", "cached", "swapped"),
    [
        # bare nouns as subject and object, around the verb
        ("Can the seller refund the buyer directly?", "Can the buyer refund the seller directly?",
         "seller<->buyer"),
        # a with- / to- / from- / than- phrase exchanged with the subject
        ("Does the council share data with the police?",
         "Does the police share data with the council?", "council<->polic"),
        ("Can the tenant sublet the flat to the lodger?",
         "Can the lodger sublet the flat to the tenant?", "tenant<->lodger"),
        ("Does the bakery buy flour from the mill?", "Does the mill buy flour from the bakery?",
         "bakery<->mill"),
        ("Is the manager paid more than the director?",
         "Is the director paid more than the manager?", "manager<->director"),
        # weekdays and times as from / to endpoints
        ("Can I reschedule the class from Tuesday to Thursday?",
         "Can I reschedule the class from Thursday to Tuesday?", "tuesday<->thursday"),
        ("How do I move the meeting from 3pm to 5pm?", "How do I move the meeting from 5pm to 3pm?",
         "3pm<->5pm"),
        # two passives: the bare subject and the by-phrase exchanged
        ("Can the driver be fined by the operator?", "Can the operator be fined by the driver?",
         "operator<->driver"),
        # modifiers moved between two nouns
        ("Can I exchange a red scarf for a blue hat?", "Can I exchange a blue scarf for a red hat?",
         "red<->blu"),
        # Japanese: a pronoun with が / に; と (with whom) with が
        ("私が妹にお金を送る方法は？", "妹が私にお金を送る方法は？", "私<->妹"),
        ("兄が私と車を共有できますか？", "私が兄と車を共有できますか？", "兄<->私"),
        ("市役所が保健所と情報を共有しますか？", "保健所が市役所と情報を共有しますか？",
         "市役所<->保健所"),
        # Japanese: から / まで of weekdays; Latin words whatever their case
        ("月曜日から金曜日まで使えますか？", "金曜日から月曜日まで使えますか？", "月曜日<->金曜日"),
        # Japanese modifiers exchanged: adjectives, 形状詞 + な, の
        ("赤い箱に青いリボンを付けてください。", "青い箱に赤いリボンを付けてください。",
         "赤い<->青い"),
        ("静かな部屋に大きな窓を付けたい", "大きな部屋に静かな窓を付けたい", "静か<->大きな"),
        ("木の椅子に布のクッションを置けますか？", "布の椅子に木のクッションを置けますか？",
         "木<->布"),
    ],
)  # fmt: skip
def test_exchanged_roles_are_a_swap(guard, query, cached, swapped) -> None:
    """The same words in exchanged roles: rejected with the swap named, in the trees' band
    and above it (the roles check runs before the trees, which cannot overturn it)."""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert guard.check(query, cached, None, cosine).reason == f"roles:{swapped}"


@pytest.mark.parametrize(
    ("query", "cached"),
    [
        ("How long is the ferry to Bilbao from Portsmouth?",
         "How long is the ferry from Portsmouth to Bilbao?"),
        ("Can I send flowers to my mother from the shop?",
         "Can I send flowers from the shop to my mother?"),
        # active / passive: the by-phrase is the subject
        ("Can the school refund the parents?", "Can the parents be refunded by the school?"),
        # coordinated nouns in the other order share one role
        ("Who pays for the repairs, the owner or the tenant?",
         "Is it the tenant or the owner who pays for the repairs?"),
        ("What is the difference between a loan and a mortgage?",
         "What is the difference between a mortgage and a loan?"),
        # clauses and phrases moved to the front
        ("If my flight is cancelled, can I get a refund?",
         "Can I get a refund if my flight is cancelled?"),
        ("Is the museum open on Sunday from 10 to 4?",
         "From 10 to 4 on Sunday, is the museum open?"),
        # Japanese: scrambling and topicalisation keep the particles
        ("大阪から東京まで新幹線でいくらですか？", "東京まで大阪から新幹線でいくらですか？"),
        ("学校に母が電話しました。", "母が学校に電話しました。"),
        ("私は友人に本を貸しました。", "友人に私は本を貸しました。"),
        # Japanese: と between two nouns coordinates them
        ("私と妹が家を相続しました。", "妹と私が家を相続しました。"),
        ("りんごとバナナを一緒に保存できますか？", "バナナとりんごを一緒に保存できますか？"),
        ("赤い箱と青い袋はどこですか？", "青い袋と赤い箱はどこですか？"),
    ],
)  # fmt: skip
def test_reordered_words_keeping_their_roles_are_no_swap(guard, query, cached) -> None:
    """Words that move but keep their roles are not a role swap: the roles check itself
    finds none (the guard's earlier checks could hide one), and the guard gives no roles
    reason."""
    assert swapped_roles(analyse(query, None), analyse(cached, None)) == ""
    for cosine in (IN_BAND, ABOVE_BAND):
        assert not guard.check(query, cached, None, cosine).reason.startswith("roles:")


def test_role_markers() -> None:
    """A naming word's marker: the last preposition before it (into = to), a coordinator,
    a determiner (a noun phrase known by its place), a passive clause, else unmarked."""
    assert role_marker(["have", "to"], False) == "to"
    assert role_marker(["into", "the"], False) == "to"
    assert role_marker(["or", "the"], False) == "and"
    assert role_marker(["does", "the"], False) == "."
    assert role_marker(["does", "the"], True) == "="
    assert role_marker(["if"], False) == "-"
    assert role_marker([], False, pronoun=True) == "."


def test_frames_read_blocks_and_markers() -> None:
    """Blocks of several words swap as one (the trademark owner); words side by side in one
    phrase (failed democracies / democracies failing) and coordinated ones do not."""

    def swapped(x: str, y: str) -> str:
        return frames_swapped(analyse(x, "en").frame, analyse(y, "en").frame)

    assert (
        swapped(
            "Must the franchise owner pay the supplier?",
            "Must the supplier pay the franchise owner?",
        )
        == "owner<->supplier"
    )
    assert (
        swapped("Which books list failed democracies?", "Which books list democracies failing?")
        == ""
    )
    assert swapped("Are cats and dogs allowed?", "Are dogs and cats allowed?") == ""


def test_modifiers_need_an_exchange() -> None:
    """One modifier moving to another noun is a minimal pair for the other checks; two
    exchanging their nouns are a role swap."""
    one = (("白い>箱", "modifier"), ("赤い>袋", "modifier"))
    exchanged = (("赤い>箱", "modifier"), ("白い>袋", "modifier"))
    moved = (("白い>袋", "modifier"), ("赤い>袋", "modifier"))
    assert modifiers_swapped(one, exchanged) == "白い<->赤い"
    assert modifiers_swapped(one, moved) == ""
