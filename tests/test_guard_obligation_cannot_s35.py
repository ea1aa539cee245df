"""Session 35 (japara): "cannot unless" is an obligation (``guard/constructions.py``,
``guard/modality.py``).

予約しないとできませんか ("can it not be done unless I book?") asks what 予約しないといけませんか
and 予約が必要ですか ask: the conditional's ない and the negated できる cancel, as ないといけない's
two negations do, and the question's modality is *must*, not *can*. 無理 closes the same frame
(無 and ない: two negations). The guard refused every such pair as ``negation`` before; a
question of ability (予約できますか, 予約すればできますか), of another act (メール / 電話) or
with できますか after the conditional (no obligation) stays refused.

Every pair is written here for the test (none is taken from an evaluation file); the guard, its
trees, SudachiPy and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, cosines_fixture

from yamabiko.guard import Guard
from yamabiko.guard.constructions import ja_negations_explained

GUARD = Guard()
THRESHOLD = 0.75

#: one obligation, said as "cannot unless" and as "must" / "need" (refused as negation before)
SERVED = [
    ("内見は予約しないとできませんか？", "内見は予約しないといけませんか？", "ja"),
    ("工場見学は予約しなければできませんか？", "工場見学は予約しなければなりませんか？", "ja"),
    ("工場見学は予約しなければできませんか？", "工場見学は予約が必要ですか？", "ja"),
    ("駐車は許可を取らないとできませんか？", "駐車は許可を取らないといけませんか？", "ja"),
    ("キャンセルは電話しないとできませんか？", "キャンセルは電話しないといけませんか？", "ja"),
    ("駐車は許可を取らないと無理ですか？", "駐車は許可を取らないといけませんか？", "ja"),
]  # fmt: skip

#: ability against obligation, another act, and できますか after the conditional
REFUSED = [
    ("内見は予約しないとできませんか？", "内見は予約できますか？", "ja", "modality:must->can"),
    ("内見は予約しないとできませんか？", "内見は予約できませんか？", "ja", "modality:must->can"),
    ("工場見学は予約しなければできませんか？", "工場見学は予約すればできますか？", "ja",
     "modality:must->can"),
    ("キャンセルは電話しないとできませんか？", "キャンセルはメールしないといけませんか？", "ja",
     "substitution:電話->メール"),
    ("工場見学は予約しなければできませんか？", "工場見学は予約しなければできますか？", "ja",
     "negation"),
    ("内見は予約しないとできませんか？", "内見は予約しないとできますか？", "ja", "negation"),
]  # fmt: skip

cosines = cosines_fixture(SERVED, REFUSED)


def test_cannot_unless_is_served_as_an_obligation(cosines) -> None:
    assert_served(GUARD, SERVED, cosines, THRESHOLD, either_side=True)


def test_ability_another_act_and_a_plain_conditional_stay_refused(cosines) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_the_negations_the_construction_accounts_for() -> None:
    assert ja_negations_explained("予約しないとできませんか？")[0] == 2
    assert ja_negations_explained("予約しなければ出来ないですか？")[0] == 2
    assert ja_negations_explained("予約しないと無理ですか？")[0] == 2
    assert ja_negations_explained("予約しないといけませんか？")[0] == 2
    assert ja_negations_explained("予約しないとだめですか？")[0] == 1
    # できる not negated after the conditional is no obligation
    assert ja_negations_explained("予約しないとできますか？")[0] == 0
    assert ja_negations_explained("予約しなければできるようになりますか？")[0] == 0
