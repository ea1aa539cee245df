"""The session-17 review's Japanese findings (``guard/ja_clauses.py``, ``guard/modality.py``,
``guard/cases.py``): a negative question with a question word is not a yes/no question
(どの店舗で使えませんか asks for other shops than どの店舗で使えますか); a question of
obligation is not one of ability or permission (連れて行けませんか / 連れて行かなければ
なりませんか, "Must I" / "Can I"); a noun moved between the source and the goal (海外から /
海外に送金); a time clause of another kind on the same verb (失くしたら / 失くす前に).

The review's probes and more written here in everyday FAQ wording, checked with the real
embedder's cosines at the default threshold (0.75), the real analysers and the default
guard. Each wrong serve below was served by the guard before this change; the paraphrases
alongside stay served.
"""

from __future__ import annotations

from guard_probes import assert_refused_with_reasons, assert_served, pair_cosines

from yamabiko.guard import Guard
from yamabiko.guard.cases import case_changed
from yamabiko.guard.ja_clauses import asks_which, negative_question
from yamabiko.guard.japanese import long_units
from yamabiko.guard.modality import en_modality, ja_modality

GUARD = Guard()
THRESHOLD = 0.75

#: (cached, query, lang, the reason the guard now gives)
WRONG = [
    # 1. a negative question with a question word asks something else
    ("どの店舗でポイントが使えませんか？", "どの店舗でポイントが使えますか？", "ja", "negation"),
    ("何が機内に持ち込めませんか？", "何が機内に持ち込めますか？", "ja", "negation"),
    ("いつ予約できませんか？", "いつ予約できますか？", "ja", "negation"),
    ("何歳から入れませんか？", "何歳から入れますか？", "ja", "negation"),
    ("どこで返品できませんか？", "どこで返品できますか？", "ja", "negation"),
    # 2. obligation against ability or permission
    ("ペットを連れて行けませんか？", "ペットを連れて行かなければなりませんか？", "ja",
     "modality:can->must"),
    ("子供は入場できませんか？", "子供は入場しないといけませんか？", "ja",
     "modality:can->must"),
    ("予約しないといけませんか？", "予約できませんか？", "ja", "modality:must->can"),
    ("予約しないといけませんか？", "予約できますか？", "ja", "modality:must->can"),
    ("マスクをしなければなりませんか？", "マスクをしてもいいですか？", "ja",
     "modality:must->may"),
    ("駐車場を予約する必要がありますか？", "駐車場を予約できますか？", "ja",
     "modality:must->can"),
    ("Must I bring my passport?", "Can I bring my passport?", "en", "modality:must->can"),
    ("Do I need to print my boarding pass?", "Can I print my boarding pass?", "en",
     "modality:must->can"),
    # 3. the source and the goal
    ("海外から送金できますか？", "海外に送金できますか？", "ja", "roles:海外:から->に"),
    ("友達から送金できますか？", "友達に送金できますか？", "ja", "roles:友達:から->に"),
    ("会社から連絡がありますか？", "会社に連絡がありますか？", "ja", "roles:会社:から->に"),
    ("家族から電話がかかってきたらどうすればいいですか？",
     "家族に電話をかけたらどうすればいいですか？", "ja", "roles:家族:から->に"),
    ("子供は預けられますか？", "子供に預けられますか？", "ja", "roles:子供:は->に"),
    # 4. before / after on the same verb
    ("到着してからキャンセルできますか？", "到着する前にキャンセルできますか？", "ja",
     "clause:到着する:てから->前"),
    ("食事をしてから薬を飲んでもいいですか？", "食事をする前に薬を飲んでもいいですか？", "ja",
     "clause:食事する:てから->前"),
    ("ワクチンを打ったらお風呂に入れますか？", "ワクチンを打つ前にお風呂に入れますか？", "ja",
     "clause:打つ:たら->前"),
    ("カードを失くしたら再発行できますか？", "カードを失くす前に再発行できますか？", "ja",
     "clause:無くす:たら->前"),
    ("チェックインしてから荷物を預けられますか？", "チェックインする前に荷物を預けられますか？",
     "ja", "clause:チェックインする:てから->前"),
]  # fmt: skip

#: (cached, query, lang): the same question, served
SERVED = [
    ("パスポートは要りませんか？", "パスポートは要りますか？", "ja"),
    ("現金で払えませんか？", "現金で払えますか？", "ja"),
    ("当日はキャンセルできませんか？", "当日はキャンセルできますか？", "ja"),
    ("子どもだけで泊まれませんか？", "子どもだけで泊まれますか？", "ja"),
    ("予約は可能ですか？", "予約できますか？", "ja"),
    ("ペットを連れて行ってもいいですか？", "ペットを連れて行けますか？", "ja"),
    ("予約しなければなりませんか？", "予約しないといけませんか？", "ja"),
    ("予約は必要ですか？", "予約しないといけませんか？", "ja"),
    ("どの店舗でポイントが使えますか？", "ポイントはどの店舗で使えますか？", "ja"),
    ("友達に送金できますか？", "友達へ送金できますか？", "ja"),
    ("海外から送金できますか？", "海外からの送金はできますか？", "ja"),
    ("母に借りたお金は返さないといけませんか？", "母から借りたお金は返さないといけませんか？",
     "ja"),
    ("英語が話せる人はいますか？", "英語を話せる人はいますか？", "ja"),
    ("Can I bring my passport?", "May I bring my passport?", "en"),
    ("Do I have to book in advance?", "Must I book in advance?", "en"),
]  # fmt: skip


def test_wrong_serves_are_refused_with_their_reason(embedder) -> None:
    cosines = pair_cosines(embedder, WRONG)
    assert_refused_with_reasons(GUARD, WRONG, cosines, THRESHOLD, either_side=True)


def test_paraphrases_stay_served(embedder) -> None:
    assert_served(GUARD, SERVED, pair_cosines(embedder, SERVED), THRESHOLD, either_side=True)


def _negative_question(text: str) -> bool:
    normalized, morphemes = long_units(text)  # type: ignore[misc]
    return negative_question(normalized, morphemes)


def test_a_question_word_makes_a_negative_question_ask_something_else() -> None:
    assert _negative_question("現金で払えませんか？")
    assert not _negative_question("どこで払えませんか？")
    assert not _negative_question("何歳から入れませんか？")  # 何 + a counter
    assert _negative_question("何か使えませんか？")  # 何か: something, not a question word
    assert not asks_which(long_units("誰か来ませんか？")[1])  # type: ignore[index]


def test_the_modality_of_a_question() -> None:
    assert ja_modality("予約できませんか？") == "ability"
    assert ja_modality("帰れますか？") == "ability"  # a godan verb's potential
    assert ja_modality("入れますか？") == "ability"  # 入る's potential: nothing is put in (s18)
    assert ja_modality("荷物を入れますか？") == "plain"  # 入れる, an ichidan verb
    assert ja_modality("写真を撮っても構いませんか？") == "permission"
    assert ja_modality("予約しなくてもいいですか？") == "obligation"  # need not
    assert ja_modality("予約しなきゃだめですか？") == "obligation"
    assert ja_modality("どうすればいいですか？") == "plain"  # advice
    assert ja_modality("返金されますか？") == "plain"  # the passive
    assert en_modality("Am I allowed to smoke here?") == "ability"
    assert en_modality("Is it necessary to book?") == "obligation"
    assert en_modality("How do I book?") == "plain"


def test_source_and_goal_keep_receiving_verbs_and_times() -> None:
    assert case_changed("母から借りました", "母に借りました") == ""  # receiving: one role
    assert case_changed("先生から叱られました", "先生に叱られました") == ""  # a passive
    assert case_changed("3時から開いていますか", "3時に開いていますか") == ""  # a time
    assert case_changed("土曜日は開いていますか", "土曜日に開いていますか") == ""
    assert case_changed("銀行から振り込めますか", "銀行に振り込めますか") == "銀行:に->から"
