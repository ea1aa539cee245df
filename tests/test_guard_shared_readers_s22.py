"""The readers the guard's rules share since session 22's tidy-up: a word's first WordNet
lemma and its tagged senses (``wordnet_first``), a Japanese text's question ending
(``ja_words.ends_asking``) and each verb said in one way (``ja_time.verbs_said``), each as
the rules that call it read it."""

from __future__ import annotations

from yamabiko.guard import wordnet
from yamabiko.guard.ja_doers import _units
from yamabiko.guard.ja_experience import experience_changed
from yamabiko.guard.ja_tense import _last_verb
from yamabiko.guard.ja_time import verbs_said
from yamabiko.guard.ja_words import ends_asking
from yamabiko.guard.verbchange import _asks
from yamabiko.guard.wordnet_first import first_lemma, first_lexnames, first_tagged


def test_first_lemma_and_its_tagged_senses() -> None:
    assert first_lemma("weeks", 0) == "week" and first_lemma("children", 0) == "child"
    kinds = first_lexnames("weeks", 0)
    assert kinds and kinds[0] == "noun.time"
    tagged = first_tagged("weeks", 0)
    assert tagged and len(tagged) == len(kinds)
    assert tagged == wordnet.load().index[0]["week"]
    assert first_lexnames("tablets", 0) == ("noun.artifact",)
    assert first_tagged("passport", 1) is None  # no verb
    assert first_lexnames("passport", 1) is None
    assert first_lemma("xqzv", 0) == "" and first_tagged("xqzv", 0) is None


def test_a_question_ends_with_a_mark_or_ka() -> None:
    for text in ("使えませんか", "使えませんか。", "使えませんか 。", "打てない？", "打てない?"):
        assert ends_asking(text) and ends_asking(text, casual=True), text
    for text in (
        "打てない。",
        "打てない",
        "男性が立っている。",
        "できますか？よろしくお願いします。",
    ):
        assert not ends_asking(text), text


def test_a_bare_no_asks_only_in_the_plain_style_reading() -> None:
    assert ends_asking("入院してるの", casual=True)
    assert not ends_asking("入院してるの")
    assert not ends_asking("入院してるの。", casual=True)  # a statement
    assert _last_verb("もう入院してるの") is not None
    assert _last_verb("もう入院してるの。") is None


def test_a_request_after_the_question_still_asks() -> None:
    text = "ネジを外せますか？よろしくお願いします。"
    assert _asks(text) and not ends_asking(text)
    assert not _asks("グローブをはめた男性が立っている。")


def test_a_verb_said_two_ways_keeps_the_first_or_neither() -> None:
    morphemes = _units("薬を飲んでから、また薬を飲んでいます")

    def after(ms, j):  # what follows the verb: te + iru, or te + kara
        nxt = [m.surface() for m in ms[j : j + 2]]
        return "state" if nxt[1:2] == ["い"] else "after" if nxt[1:2] == ["から"] else ""

    def bound(ms, i):
        return ms[i - 1].surface() in ("て", "で")

    assert verbs_said(morphemes, bound, after) == {"飲む": ""}
    assert verbs_said(morphemes, bound, after, keep_first=True) == {"飲む": "after"}


def test_experience_against_one_act() -> None:
    assert (
        experience_changed("この薬を飲んだことがありますか。", "この薬を飲みましたか。") == "飲む"
    )
    assert (
        experience_changed("この薬を飲んだことがありますか", "この薬を飲んだ経験はありますか") == ""
    )
