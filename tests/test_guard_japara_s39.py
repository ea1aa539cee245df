"""Session 39 (japara): the Japanese FAQ paraphrases refused at 0.75, read again for a
general resource; the adversarial probes any such reading must keep refused.

The task was to serve two nouns of one use (講師 / 先生 / コーチ, 賞品 / 景品, 無料 / タダ, 会場 /
開催場所) and the typo 何時 / 何字 on positive evidence from a shipped resource. None was found
that joins them without joining other pairs too (docs/quality.md, session 39, japara): the
word vectors put 講師 nearer 生徒 (0.61) than many rewordings, SudachiDict gives 講師, 賞品,
景品, 会場 and タダ's 只 no synonym group, and the one bridge measured, the English person
nouns the multilingual word vectors put nearest each Japanese word with WordNet's synsets,
served the three 講師 / 先生 pairs of the FAQ sets but also served 弟 / 兄さん (both near
*brother*), 伯父 / 父親 (an uncle, a father) and 火災 / 消火 (a fire, putting one out), each
through a person noun near both (written below). Nothing was changed in the guard.

These probes pin what any later reading of those shapes must still refuse: another person
of the same place (先生 / 医者, 講師 / 生徒, 講師 / 司会, 講師 / 教授), a rank beside another
(社長 / 会長), a kin term beside another (弟 / 兄さん, 伯父 / 父親, 叔父 / 叔母), a fire beside
putting one out (火災 / 消火), a thing that sounds like the prize (景品 / 商品), the opposite
price (無料 / 有料), and the count of characters a verb of writing takes against a time
(何時までに / 何字までに書けば). Every pair is written here
for the test; the guard, its trees, SudachiPy, WordNet and the embedder are the real ones,
each pair's cosine reaches the default threshold, and each is refused whichever side is
cached.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, cosines_fixture

from yamabiko.guard import Guard

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, reason): refused whichever prompt is cached
REFUSED = [
    ("料理教室の先生はどんな人ですか？", "料理教室の医者はどんな人ですか？", "ja",
     "substitution:先生->医者"),
    ("料理教室の講師はどんな人ですか？", "料理教室の生徒はどんな人ですか？", "ja",
     "substitution:講師->生徒"),
    ("書道教室の先生は何人いますか？", "書道教室の生徒は何人いますか？", "ja",
     "substitution:先生->生徒"),
    ("セミナーの講師は誰ですか？", "セミナーの司会は誰ですか？", "ja", "substitution:講師->司会"),
    ("講演会の講師は誰ですか？", "講演会の教授は誰ですか？", "ja", "substitution:講師->教授"),
    ("社長に直接相談できますか？", "会長に直接相談できますか？", "ja", "substitution:社長->会長"),
    ("弟の分も申し込めますか？", "兄さんの分も申し込めますか？", "ja", "substitution:弟->兄さん"),
    ("伯父の家に泊まれますか？", "父親の家に泊まれますか？", "ja", "substitution:伯父->父親"),
    ("叔父の家に泊まれますか？", "叔母の家に泊まれますか？", "ja", "category"),
    ("火災のときはどうすればいいですか？", "消火のときはどうすればいいですか？", "ja",
     "substitution:火災->消火"),
    ("宝探しイベントの景品は何ですか？", "宝探しイベントの商品は何ですか？", "ja",
     "substitution:景品->商品"),
    ("スタンプラリーは無料ですか？", "スタンプラリーは有料ですか？", "ja",
     "substitution:無料->有料"),
]  # fmt: skip

#: (cached, query): a count of characters against a time, refused by the trees
COUNT_NOT_TIME = ("感想文は何時までに書けばいいですか？", "感想文は何字までに書けばいいですか？")

cosines = cosines_fixture(REFUSED, [(*COUNT_NOT_TIME, "ja")])


def test_other_persons_ranks_and_things_refused(cosines: dict[tuple[str, str], float]) -> None:
    assert_refused_with_reasons(GUARD, REFUSED, cosines, THRESHOLD, either_side=True)


def test_a_count_of_characters_is_no_time(cosines: dict[tuple[str, str], float]) -> None:
    """何字 (a count of characters, which 書く takes) against 何時: the homophone is no slip
    here, so no reading that serves 何時 / 何字 as a typo may serve this pair."""
    cached, query = COUNT_NOT_TIME
    cosine = cosines[cached, query]
    assert cosine >= THRESHOLD, cosine
    for a, b in ((query, cached), (cached, query)):
        assert not GUARD.check(a, b, "ja", cosine, THRESHOLD).accept
