"""Session 26 (qqpP): two questions on one topic that ask for another detail of it
(``guard/asked_detail.py``), and probes of a different entity of one type, in English and in
Japanese. Pairs written for these tests; checked by the default guard above the trees' band
(0.96), where no model can refuse them in the rules' place."""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.asked_detail import money_or_time, object_or_manner, object_or_manner_ja

#: above the boosted trees' band (0.75-0.95): the rules alone decide
HIGH = 0.96

ASKED_ANOTHER = [
    ("en", "What do hedgehogs eat?", "How do hedgehogs eat?", "question:what->how"),
    ("en", "How do swifts sleep?", "What do swifts sleep?", "question:how->what"),
    ("en", "What should I plant?", "How should I plant?", "question:what->how"),
    ("en", "How much should I water my tomato plants?",
     "How often should I water my tomato plants?", "question:much->often"),
    ("en", "How frequently do I top up the coolant?", "How much do I top up the coolant?",
     "question:frequently->much"),
    ("en", "What is a heat pump?", "How is a heat pump installed?", "question:definition->how"),
    ("en", "What does a notary public do?", "What is a notary public?",
     "question:what->definition"),
    ("ja", "ハリネズミは何を食べますか？", "ハリネズミはどうやって食べますか？",
     "question:何を->どうやって"),
    ("ja", "この鳥は何を運びますか？", "この鳥はどのように運びますか？",
     "question:何を->どのように"),
    ("ja", "車検にはいくらかかりますか？", "車検にはどのくらい時間がかかりますか？",
     "question:いくら->時間"),
    ("ja", "パスポートの更新にはどれくらいの期間がかかりますか？",
     "パスポートの更新にはいくらかかりますか？",
     "question:時間->いくら"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "cached", "query", "reason"), ASKED_ANOTHER)
def test_another_detail_asked_is_refused(lang: str, cached: str, query: str, reason: str) -> None:
    verdict = Guard().check(query, cached, lang, HIGH)
    assert not verdict.accept
    assert verdict.reason == reason


#: one detail asked in other words: served as before
SAME_DETAIL = [
    ("en", "What is the weather like in Bergen in May?", "How is the weather in Bergen in May?"),
    ("en", "What was your first job interview like?", "How was your first job interview?"),
    ("en", "How often should I water my tomato plants?",
     "How frequently should I water my tomato plants?"),
    ("en", "How much time does the glue need to dry?", "How often does the glue need to dry?"),
    ("en", "What is the parking fine?", "How much is the parking fine?"),
    ("en", "What is a heat pump?", "What does heat pump mean?"),
    ("en", "What is the best heat pump?", "How do I choose the best heat pump?"),
    ("ja", "車検にはいくらかかりますか？", "車検の費用はいくらかかりますか？"),
    ("ja", "パスポートの更新には何日かかりますか？",
     "パスポートの更新にはどのくらい時間がかかりますか？"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "cached", "query"), SAME_DETAIL)
def test_one_detail_in_other_words_is_not_read_as_another(
    lang: str, cached: str, query: str
) -> None:
    verdict = Guard().check(query, cached, lang, HIGH)
    assert not verdict.reason.startswith("question:"), verdict.reason


def test_what_and_how_need_a_verb_at_the_end() -> None:
    assert object_or_manner("What do you think of Lisbon?", "How do you think of Lisbon?") == ""
    assert object_or_manner("What is the tide today?", "How is the tide today?") == ""
    assert object_or_manner("What do owls hunt?", "How do owls hunt?") == "what->how"
    assert object_or_manner("What do owls hunt?", "How do bats hunt?") == ""


def test_japanese_readings_need_the_rest_of_the_text_the_same() -> None:
    assert object_or_manner_ja("猫は何を食べますか？", "犬はどうやって食べますか？") == ""
    assert money_or_time("工事はいくらかかりますか？", "工事は何日かかりますか？") == "いくら->時間"
    assert money_or_time("工事はいくらかかりますか？", "修理は何日かかりますか？") == ""


#: another entity of one type (two languages, two cities, two instruments, two companies,
#: two sports), and another asked detail of one thing by its question word: refused
ENTITY_PROBES = [
    ("en", "Is Rust faster than Go for web servers?", "Is Rust faster than C++ for web servers?"),
    ("en", "What is the population of Tokyo?", "What is the population of Osaka?"),
    ("en", "How do I learn the violin?", "How do I learn the cello?"),
    ("en", "When was the Eiffel Tower built?", "Why was the Eiffel Tower built?"),
    ("en", "How long is the flight from Paris to Rome?",
     "How long is the flight from Paris to Madrid?"),
    ("ja", "ペルーの首都はどこですか？", "チリの首都はどこですか？"),
    ("ja", "テニスは良い運動ですか？", "バドミントンは良い運動ですか？"),
    ("ja", "京都を訪れるのに一番良い時期はいつですか？",
     "北海道を訪れるのに一番良い時期はいつですか？"),
    ("ja", "エッフェル塔はいつ建てられましたか？", "エッフェル塔はなぜ建てられましたか？"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "cached", "query"), ENTITY_PROBES)
def test_another_entity_or_question_word_is_refused(lang: str, cached: str, query: str) -> None:
    assert not Guard().check(query, cached, lang, HIGH).accept
