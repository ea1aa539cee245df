"""Session-22 (after the record run) Japanese probes: 上げる as a verb of its own.

SudachiPy tags 上げる 非自立可能 (it is also the auxiliary of giving, 貸してあげる), and the
units and the analysis kept such a verb only when it stood as a verb of its own by
``ja_words.independent_verb``, which left every verb of giving out: 瓦を屋根に上げてもらえますか
had no verb in its units, so against 瓦を屋根から下ろしてもらえますか (0.956) only 下ろす was
left, the trees took it for detail, and the pair was served. The particle check lets に /
から pass there on purpose: both prompts end in てもらう, whose source may be said with に.
Now 上げる (in kanji or kana) not bound to a verb's て is a unit of its own, so the
minimal-pair check compares it with the other side's verb (``substitution:上げ->下ろし``).

Every pair is written here for the test (none is taken from an evaluation file); the guard and
the embedder are the real ones. On the code before this change the first four refused pairs
were served; the served pairs were served before and after.
"""

from __future__ import annotations

from guard_probes import ProbeFileWithMisses

from yamabiko.guard import Guard
from yamabiko.guard.units import units

GUARD = Guard()
THRESHOLD = 0.75

#: the same question (another script for あげる, another request frame, へ for に): served
SERVED = [
    ("荷物を二階に上げてもらえますか？", "荷物を二階に上げていただけますか？", "ja"),
    ("ピアノを二階に上げる費用はいくらですか？", "ピアノを二階へ上げる費用はいくらですか？", "ja"),
    ("友達にプレゼントを上げてもいいですか？", "友達にプレゼントをあげてもいいですか？", "ja"),
    ("エアコンの温度をあげてもらえますか？", "エアコンの温度を上げてもらえますか？", "ja"),
    ("子どもに本を読んであげてもいいですか？", "子どもに本を読んで上げてもいいですか？", "ja"),
]

#: the opposite motion (上げる / 下ろす, に / から): refused, with the reason
REFUSED = [
    (
        "瓦を屋根に上げてもらえますか？",
        "瓦を屋根から下ろしてもらえますか？",
        "ja",
        "substitution:上げ->下ろし",
    ),
    (
        "荷物を二階に上げてもらえますか？",
        "荷物を二階から下ろしてもらえますか？",
        "ja",
        "substitution:上げ->下ろし",
    ),
    (
        "エアコンの室外機を屋上に上げてもらえますか？",
        "エアコンの室外機を屋上から下ろしてもらえますか？",
        "ja",
        "substitution:上げ->下ろし",
    ),
    (
        "旗を上げる時間は何時ですか？",
        "旗を下ろす時間は何時ですか？",
        "ja",
        "substitution:上げる->下ろす",
    ),
    (
        "ピアノを二階に上げる費用はいくらですか？",
        "ピアノを二階から下ろす費用はいくらですか？",
        "ja",
        "roles:二階:に->から",
    ),
    # the brief's other twins: another act on the same thing, refused before and after
    ("荷物を式場に届けてもらえますか？", "荷物を式場で受け取ってもらえますか？", "ja", "predicate"),
]

#: paraphrases still refused (known misses): a verb of lasting and the potential of using
#: (持つ / 使える: no synonym group, vectors 0.45), two verbs of sending (届ける / 送る: 0.55,
#: while 届ける / 受け取る is 0.62), a kana noun whose sentence has no word with a vector
#: (かわら beside 葺き替え), a noun and another noun's adjective (丈 / 長さ: no group)
KNOWN_MISSES = [
    ("竹垣は何年もちますか？", "竹垣は何年使えますか？", "ja"),
    ("荷物を式場に届けてもらえますか？", "荷物を式場に送ってもらえますか？", "ja"),
    ("瓦の葺き替えは何日かかりますか？", "かわらの葺き替えは何日かかりますか？", "ja"),
    ("ズボンの丈を詰めてもらえますか？", "ズボンの長さを詰めてもらえますか？", "ja"),
]


class TestProbes(ProbeFileWithMisses):
    """The probes above at the default embedder's cosine: the same questions served, the
    opposite motions refused, the known misses still refused."""

    guard, threshold = GUARD, THRESHOLD
    served, refused, known_misses = SERVED, REFUSED, KNOWN_MISSES


def test_raising_is_a_unit_and_the_auxiliary_of_giving_is_not() -> None:
    def verbs(text: str) -> list[str]:
        return [u.key for u in units(text, "ja") if u.key in ("上げる", "下ろす")]

    assert verbs("瓦を屋根に上げてもらえますか") == ["上げる"]
    assert verbs("温度をあげてください") == ["上げる"]
    assert verbs("友達に本を貸してあげてもいいですか") == []  # bound to て: giving
    assert verbs("子どもに本を読んで上げてもいいですか") == []
