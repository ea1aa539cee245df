"""Session 31 (convo): a person or an animal one side names, the other side naming its kind
(:mod:`yamabiko.conversation.broader`): *my son* / *my child*, 娘 / 子ども, *frogs* /
*amphibians*. The stated-facts check held the member named on one side only for another
party (``history:facts-person``); WordNet's hypernyms say the other side's word names its
kind (a Japanese member read through its English counterpart by the word vectors). A word
that names another member or no kind of it (孫, *nephew*, *lizards*) is still another party.
And a Japanese count both sides state by other numbers (大人2名 / 大人4名様) is a changed
count, as an English one is.
Probes written for these tests (domains no held-out set has), with the real default embedder,
decided both ways round.
"""

from __future__ import annotations

import pytest
from conversation_turns import assert_probe

from yamabiko.conversation.broader import broader_lemmas, broader_said
from yamabiko.conversation.counted import changed_ja_counts
from yamabiko.guard.units import Unit
from yamabiko.guard.units_ja import units_ja


def shogi(who: str = "娘") -> list[tuple[str, str]]:
    """将棋教室: 家族の呼び名で一度に."""
    return [
        (f"{who}を土曜日の将棋教室に通わせたいです。小学三年生です。",
         "承知しました。小学三年生、土曜日の将棋教室ですね。"),
    ]  # fmt: skip


def shogi_reworded(who: str = "子ども") -> list[tuple[str, str]]:
    """The same request in two exchanges, the pupil named by a broader word."""
    return [
        (f"{who}を将棋教室に入れたいのですが。",
         "ありがとうございます。学年とご希望の曜日を教えてください。"),
        ("小学三年生で、土曜日がいいです。", "小学三年生、土曜日の将棋教室ですね。"),
    ]  # fmt: skip


def unicycle(who: str = "son") -> list[tuple[str, str]]:
    """A place in a Saturday unicycle class, the rider named as a family member."""
    return [
        (f"I'd like to enrol my {who} in your Saturday unicycle class - he's nine.",
         "Great: a place for a nine-year-old in the Saturday unicycle class."),
    ]  # fmt: skip


def unicycle_reworded(who: str = "child") -> list[tuple[str, str]]:
    """The same in two exchanges, the rider named by a broader word."""
    return [
        ("Do you have room in the unicycle class on Saturdays?",
         "We do. Who is it for, and how old?"),
        (f"For my {who}, who is nine.", "Lovely: one nine-year-old, Saturday unicycle class."),
    ]  # fmt: skip


def frogs() -> list[tuple[str, str]]:
    """Pets fed while their owners are away, named by their animal."""
    return [
        ("Could you feed my two frogs while we're away next week?",
         "Yes: we'll feed both of them every day next week."),
    ]  # fmt: skip


def frogs_reworded(pets: str = "amphibians") -> list[tuple[str, str]]:
    """The same in two exchanges, the pets named by their kind (or another animal)."""
    return [
        ("We're away next week. Do you do feeding visits?",
         "We do. Who needs feeding, and how many?"),
        (f"Two {pets}.", "Lovely: we'll feed both of them every day next week."),
    ]  # fmt: skip


def planetarium(party: str) -> list[tuple[str, str]]:
    """プラネタリウム: 人数を家族で数えて."""
    return [
        (f"日曜日にプラネタリウムに行きたいです。{party}です。",
         "かしこまりました。日曜日、大人2名と7歳のお子様1名でご予約します。"
         if "両親" not in party else
         "かしこまりました。日曜日、大人4名と7歳のお子様1名でご予約します。"),
    ]  # fmt: skip


def planetarium_counted() -> list[tuple[str, str]]:
    """The same party counted by adults and children."""
    return [
        ("日曜日のプラネタリウムを予約したいです。", "ありがとうございます。何名様ですか？"),
        ("大人2人と子ども1人です。子どもは7歳です。", "大人2名、7歳のお子様1名ですね。"),
    ]  # fmt: skip


def present(who: str = "son") -> list[tuple[str, str]]:
    """A birthday present, the one it is for named as a family member."""
    return [
        (f"I need a birthday present for my {who}, who is mad about model trains.",
         "A starter model railway set would make a good present."),
    ]  # fmt: skip


def present_reworded(who: str) -> list[tuple[str, str]]:
    """The same in two exchanges, the one it is for named otherwise."""
    return [
        ("Any ideas for a birthday present?", "Happy to help. Who is it for, what do they like?"),
        (f"A {who} who is mad about model trains.",
         "A starter model railway set would make a good present."),
    ]  # fmt: skip


def okurimono(who: str, other: str) -> tuple[list, list]:
    """誕生日の贈り物: 家族の呼び名と、もう一方の言い方."""
    return (
        [(f"{who}の誕生日プレゼントを探しています。鉄道模型が好きです。",
          "鉄道模型のスターターセットはいかがでしょう。")],
        [("誕生日プレゼントを探しています。", "どなたへの贈り物ですか？"),
         (f"{other}で、鉄道模型が好きです。", "鉄道模型のスターターセットはいかがでしょう。")],
    )  # fmt: skip


PROBES = [
    ("ja-shogi-child", "reworded", 1, shogi(), shogi_reworded()),
    ("ja-shogi-uchinoko", "reworded", 1, shogi("息子"), shogi_reworded("うちの子")),
    ("en-unicycle-child", "reworded", 1, unicycle(), unicycle_reworded()),
    ("en-unicycle-kid", "reworded", 1, unicycle("daughter"), unicycle_reworded("kid")),
    ("en-frogs-amphibians", "reworded", 1, frogs(), frogs_reworded()),
    ("ja-planetarium-son", "reworded", 1,
     planetarium("夫婦と7歳の息子の3人"), planetarium_counted()),
    # twins: a grandchild, a nephew, another animal; four adults where the other side has two
    ("ja-shogi-grandchild", "entity-reworded", 0, shogi(), shogi_reworded("孫")),
    ("en-unicycle-nephew", "entity-reworded", 0, unicycle(), unicycle_reworded("nephew")),
    ("en-frogs-lizards", "entity-reworded", 0, frogs(), frogs_reworded("lizards")),
    ("ja-planetarium-parents", "entity-reworded", 0,
     planetarium("夫婦と7歳の息子と両親"), planetarium_counted()),
    # review: a sex names anyone (son -> male offspring -> male is two links up, but *male*
    # sits right under WordNet's top noun *person*): a male colleague is not my son
    ("en-present-child", "reworded", 1, present(), present_reworded("child")),
    ("en-present-male-colleague", "entity-reworded", 0,
     present(), present_reworded("male colleague")),
    ("en-present-female-coworker", "entity-reworded", 0,
     present("daughter"), present_reworded("female coworker")),
    ("ja-okurimono-kodomo", "reworded", 1, *okurimono("息子", "子ども")),
    ("ja-okurimono-dansei", "entity-reworded", 0, *okurimono("息子", "男性")),
]  # fmt: skip


#: the twins' reasons: the member still lost, the party's count changed
REASONS = {
    "ja-shogi-grandchild": "history:facts-person",
    "en-unicycle-nephew": "history:facts-person",
    "en-frogs-lizards": "history:facts-person",
    "ja-planetarium-parents": "history:facts-named:2人",  # a party of 2 counted (s36 partyfix)
    "en-present-male-colleague": "history:facts-person",
    "en-present-female-coworker": "history:facts-person",
    "ja-okurimono-dansei": "history:facts-person",
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p[0])
async def test_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, REASONS)


def _units(*words: str) -> list[Unit]:
    return [Unit(w, w, forms=(w,)) for w in words]


def test_broader_words() -> None:
    """WordNet's hypernyms up to two links (son -> male offspring -> child), English lemmas
    said as they are and Japanese words by their vectors; a listed member is never a kind."""
    assert {"child", "kid"} <= broader_lemmas("son")
    assert "reptile" in broader_lemmas("snake")
    assert "animal" not in broader_lemmas("dog")  # a top noun names no party
    # nor a noun right under one: a sex, an age, any kin (review)
    assert not {"male", "male_person"} & broader_lemmas("son")
    assert not {"female", "adult", "relative"} & broader_lemmas("wife")
    assert "spouse" in broader_lemmas("wife")
    assert not broader_said("son", "family", _units("male"))
    assert not broader_said("息子", "family", _units("男性"))
    assert broader_said("son", "family", _units("children"))
    assert broader_said("snak", "animal", _units("reptiles"))
    assert not broader_said("son", "family", _units("daughter", "nephew"))
    assert broader_said("息子", "family", _units("子供"))
    assert broader_said("娘", "family", _units("お子様"))
    assert not broader_said("息子", "family", _units("孫"))
    assert not broader_said("息子", "family", _units("娘"))  # another member, not a kind
    assert not broader_said("息子", "family", _units("人"))


def test_japanese_counts_compared() -> None:
    """大人2名 against 大人4名様 is a changed count; 二人 against 2名 (two counters) is not."""
    units = units_ja
    assert changed_ja_counts(["大人2名です。"], ["大人4名様です。"], units) == ["名", "大人/名"]
    assert changed_ja_counts(["大人2名と子ども1名"], ["大人4名と子ども1名"], units) == ["大人/名"]
    assert changed_ja_counts(["大人2名です。"], ["大人2名様です。"], units) == []


# Session 31 (convofix): a Japanese word near a hypernym lemma of the member but nearer a word
# naming another party of the category (男の子: *kid* 0.66, *boy* 0.80) names that party, not
# the member's kind; a counter or a possible counter before a number is no noun counted.


def swimming(who: str) -> list[tuple[str, str]]:
    """スイミング教室: the swimmer named in the first turn, the level said in the second."""
    return [
        (f"{who}をスイミング教室の体験に申し込みたいです。",
         "ありがとうございます。年齢とご希望の曜日をお知らせください。"),
        ("6歳で、金曜日の午後がいいです。", "6歳、金曜午後の体験レッスンですね。"),
    ]  # fmt: skip


def swimming_in_one(who: str) -> list[tuple[str, str]]:
    """The same trial asked for in one turn, the swimmer named by another word."""
    return [
        (f"6歳の{who}に、金曜日の午後のスイミング体験を受けさせたいです。",
         "承知しました。6歳、金曜午後の体験レッスンですね。"),
    ]  # fmt: skip


RIVAL_PROBES = [
    ("ja-swimming-daughter-child", "reworded", 1, swimming("娘"), swimming_in_one("子ども")),
    # twins: a boy where the other side has a daughter, a girl where it has a son
    ("ja-swimming-daughter-boy", "entity", 0, swimming("娘"), swimming_in_one("男の子")),
    ("ja-swimming-son-girl", "entity", 0, swimming("息子"), swimming_in_one("女の子")),
]  # fmt: skip


#: the twins' reason: the member named on one side only is another party
RIVAL_REASONS = {
    "ja-swimming-daughter-boy": "history:facts-person",
    "ja-swimming-son-girl": "history:facts-person",
}


@pytest.mark.parametrize("probe", RIVAL_PROBES, ids=lambda p: p[0])
async def test_rival_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, RIVAL_REASONS)


def test_nearer_another_party() -> None:
    """男の子 is near *kid* but nearer *boy* (son's first sense), 女の子 nearer *girl*
    (daughter's): neither names the kind of the other member; 子ども still does."""
    assert not broader_said("娘", "family", _units("男の子"))
    assert not broader_said("息子", "family", _units("女の子"))
    assert broader_said("娘", "family", _units("子供"))
    assert broader_said("息子", "family", _units("子"))


def test_counter_before_number_is_no_noun() -> None:
    """A counter said after its number (3回、2個: 回) or a possible counter (週2回: 週) keys no
    noun count; a noun before its number does (ケーキ2個: ``ケーキ/個``)."""
    units = units_ja
    assert changed_ja_counts(["週に3回、2個ずつ"], ["週2回、3個ずつ"], units) == ["個", "回"]
    assert changed_ja_counts(["月1回、ケーキ2個"], ["月1回、ケーキ3個"], units) == [
        "ケーキ/個",
        "個",
    ]


# Session 31 (broaderfix): a lemma of the member's hypernym names that kind only when every
# tagged sense it has is a synset of the hypernym's own first word (*spouse*; *child* and *kid*:
# a juvenile, an offspring); *partner* (also a collaborator) and *mate* (a ship's officer, a
# teammate) name other people too, and *woman* (under *female* and *adult* alone, which WordNet
# opposes by antonyms) is a sex and an age, no particular party. A Japanese word nearest such a
# lemma (パートナー: *partner*, 女性: *woman*) names that, not the spouse.


def concert(who: str = "wife") -> list[tuple[str, str]]:
    """Two seats at a Friday concert, the second guest named as a family member."""
    return [
        (f"Two seats for the piano recital on Friday, please: for me and my {who}.",
         "Two seats for the piano recital on Friday are held for you."),
    ]  # fmt: skip


def concert_reworded(who: str) -> list[tuple[str, str]]:
    """The same in two exchanges, the second guest named otherwise."""
    return [
        ("Are there seats left for the piano recital on Friday?",
         "There are. How many, and who is coming?"),
        (f"Two: me and {who}.", "Two seats for the piano recital on Friday are held for you."),
    ]  # fmt: skip


def ryokan(who: str) -> list[tuple[str, str]]:
    """温泉旅館: 同行者を家族の呼び名で一度に."""
    return [
        (f"{who}と二人で、来月の土曜日に一泊したいです。",
         "承知しました。来月の土曜日、お二人様で一泊ですね。"),
    ]  # fmt: skip


def ryokan_reworded(who: str) -> list[tuple[str, str]]:
    """The same stay asked in two exchanges, the companion named otherwise."""
    return [
        ("来月の土曜日に一泊の予約はできますか？", "空きがございます。何名様でしょうか？"),
        (f"{who}と二人です。", "承知しました。来月の土曜日、お二人様で一泊ですね。"),
    ]  # fmt: skip


SPOUSE_PROBES = [
    ("en-concert-spouse", "reworded", 1, concert(), concert_reworded("my spouse")),
    # twins: a word of the spouse synset that names other people too, a woman
    ("ja-ryokan-work-partner", "entity-reworded", 0,
     ryokan("妻"), ryokan_reworded("仕事のパートナー")),
    ("ja-ryokan-josei", "entity-reworded", 0, ryokan("妻"), ryokan_reworded("女性")),
    # known misses of session 31, refused since session 32 (spouse): a party the other side
    # lists naming someone in another relation counts no member of mine
    # (:mod:`yamabiko.conversation.parties`, tests/test_conversation_people_s32.py)
    ("en-concert-business-partner", "entity-reworded", 0,
     concert(), concert_reworded("my business partner")),
    ("en-concert-woman-from-work", "entity-reworded", 0,
     concert(), concert_reworded("a woman from work")),
]  # fmt: skip

#: the twins' reason: the member of one side's party is no one the other side's party names
SPOUSE_REASONS = {
    "en-concert-business-partner": "history:facts-person",
    "en-concert-woman-from-work": "history:facts-person",
}


@pytest.mark.parametrize("probe", SPOUSE_PROBES, ids=lambda p: p[0])
async def test_spouse_probe(matcher, probe) -> None:
    await assert_probe(matcher, probe, SPOUSE_REASONS)


def test_kind_named_in_every_sense() -> None:
    """*spouse* names the kind of a wife, *partner*, *mate* and *woman* do not (nor パートナー
    or 女性, nearest those); *child* and *kid* still name a son's."""
    assert "spouse" in broader_lemmas("wife")
    assert not {"partner", "mate", "woman", "adult_female"} & broader_lemmas("wife")
    assert {"child", "kid"} <= broader_lemmas("son")
    assert broader_said("wif", "family", _units("spouse"))
    assert not broader_said("wif", "family", _units("partner", "woman", "mate"))
    assert not broader_said("妻", "family", _units("パートナー"))
    assert not broader_said("妻", "family", _units("女性"))
    assert broader_said("息子", "family", _units("子供"))
