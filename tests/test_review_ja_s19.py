"""Session-19 review of the Japanese rules (round 1: ``guard/ja_doers.py``, ``ja_voice.py``,
``kana_verbs.py``), on the reviewer's own probes (``ja_probes_s19.py``: 60 pairs to refuse, 60
paraphrase twins to serve, none from an evaluation file). Each pair is checked both ways with
the default guard at two cosines inside the trees' band (0.85, 0.92), where the rules and the
trees decide, so the verdicts do not hang on the embedder.

The review's fixes (docs/quality.md, "Session 19: the review's Japanese findings"): a verb that
SudachiPy also reads as an auxiliary (始める, 直す) left out of the voice check's pre-test; an
ichidan passive (隣人に訴えられる / 隣人を訴える); てほしい against たい for a verb of handing
over (送ってほしい / 送りたい); humble against respectful forms (伺う / いらっしゃる:
``ja_honorifics.py``); an unknown word glued in front of a shared noun (タンクレストイレ /
トイレ); two phrases of one case reordered (週末に子供と一緒に / 子供と一緒に週末に); a kana
verb whose other readings share the kanji side's kanji (あける: 開く / 開ける).
"""

from __future__ import annotations

import pytest
from ja_probes_s19 import REFUSE, SERVE

from yamabiko.guard import Guard, analyse
from yamabiko.guard.ja_doers import passive_changed
from yamabiko.guard.ja_honorifics import honour_changed
from yamabiko.guard.opposites import blocks_exchanged
from yamabiko.guard.units import units
from yamabiko.models import Verdict

GUARD = Guard()
THRESHOLD = 0.75
COSINES = (0.85, 0.92)

#: wrong pairs still served at a cosine in the band (cached, query) -> why
KNOWN_WRONG_SERVED = {
    # (資料を見せていただけますか / 資料を見せてもいいですか: refused since session 20,
    # ``request:見せる``, guard/ja_agents.py)
    # a passive's agent with から against a partner with との: only に agents are read
    ("取引先から契約を解除されました", "取引先との契約を解除しました"): "rules",
    # no を on either side: the voice check does not look; the rules refuse 自分 / 自然 and
    # the trees' rescue serves it (real cosine 0.62: below the threshold)
    ("自分で直せますか？", "自然に直りますか？"): "trees",
    # (説明書を送ってほしいのですが / 説明書を送りたいのですが: refused since session 21,
    # ``wish:送る``, guard/ja_agents.py)
}
#: paraphrases still refused at a cosine in the band (cached, query) -> why
KNOWN_PARAPHRASES_REFUSED = {
    # しまる may be 締まる (within 3x of 閉まる in the word table): the kana stays unread
    ("お店は何時に閉まりますか？", "お店は何時にしまりますか？"): "rules",
    # (予約をキャンセルしたいです / 予約を取り消したいです left the list in session 29: the
    # cut pieces 取り + 消し read as one word of キャンセル's SudachiDict synonym group,
    # ``guard/ja_cuts.read_as_one``; refused as substitution:取り+消し->キャンセル before)
    # the rules serve these; the trees refuse them in part of the band
    ("受け付けは何時までですか？", "受付は何時までですか？"): "trees",
    ("領収書をもらえますか？", "領収書を貰えますか？"): "trees",
    ("Wi-Fiは無料ですか？", "Wi-Fiは無料？"): "trees",
    ("何時から使えますか？", "何時から使える？"): "trees",
    ("荷物を運んでくれますか？", "荷物を運んでもらえますか？"): "trees",
    ("写真を撮ってくれませんか？", "写真を撮っていただけませんか？"): "trees",
    ("この薬は食後に飲みますか？", "この薬は食事の後に飲みますか？"): "trees",
    ("雨でも開催しますか？", "雨が降っても開催しますか？"): "trees",
    ("3000円以上で送料無料ですか？", "3000円以上買うと送料無料ですか？"): "trees",
    ("部屋の中でタバコを吸えますか？", "室内でタバコを吸えますか？"): "trees",
}


def _verdicts(cached: str, query: str) -> list[Verdict]:
    """The guard's verdicts on the pair both ways at each cosine of :data:`COSINES`."""
    return [
        GUARD.check(a, b, "ja", cosine, THRESHOLD)
        for cosine in COSINES
        for a, b in ((query, cached), (cached, query))
    ]


def _check(cached: str, query: str, want: bool, known: dict[tuple[str, str], str]) -> None:
    """Every verdict is ``want``; for a known miss of the rules, some verdict is not; for one
    the trees decide, every verdict that is not ``want`` is the trees' (``learned``), so a
    retraining that gets it right passes and a rule that turns wrong fails."""
    verdicts = _verdicts(cached, query)
    wrong = [v.reason for v in verdicts if v.accept != want]
    why = known.get((cached, query))
    if why is None:
        assert not wrong, (cached, query, wrong)
    elif why == "rules":
        assert wrong and not any(r.startswith("learned") for r in wrong), (cached, query, wrong)
    else:
        assert all(r.startswith("learned") for r in wrong), (cached, query, wrong)


@pytest.mark.parametrize(("cached", "query", "kind"), REFUSE)
def test_the_reviews_wrong_pairs_are_refused(cached: str, query: str, kind: str) -> None:
    _check(cached, query, False, KNOWN_WRONG_SERVED)


@pytest.mark.parametrize(("cached", "query", "kind"), SERVE)
def test_the_reviews_paraphrases_are_served(cached: str, query: str, kind: str) -> None:
    _check(cached, query, True, KNOWN_PARAPHRASES_REFUSED)


def test_humble_against_respectful_changes_who_acts() -> None:
    assert (
        honour_changed("何時にいらっしゃいますか", "何時に伺えばいいですか") == "伺う->いらっしゃる"
    )
    assert honour_changed("ご覧になりますか", "拝見してもいいですか") == "拝見->御覧"
    assert honour_changed("お送りいただけますか", "お送りしましょうか") == "送る"
    # one side plain, both humble, ご〜できる and させていただく: nobody changes
    assert honour_changed("先生は明日来られますか", "先生は明日いらっしゃいますか") == ""
    assert honour_changed("明日伺ってもいいですか", "明日お伺いしてもよろしいですか") == ""
    assert honour_changed("ご利用できますか", "ご利用になれますか") == ""
    assert honour_changed("使わせていただけますか", "ご利用になれますか") == ""


def test_an_ichidan_passive_only_against_the_object() -> None:
    def changed(query: str, cached: str) -> str:
        return passive_changed(query, cached, analyse(query, "ja"), analyse(cached, "ja"))

    assert changed("先生に褒められました", "先生を褒めました") == "褒める"
    assert changed("隣人に訴えられたら", "隣人を訴えたら") == "訴える"
    # られる after に may be the potential: the same に on both sides is no change of voice
    assert changed("友達に教えられますか", "友達に教えますか") == ""
    assert changed("車を駅に着けられますか", "車を駅に着けますか") == ""


def test_phrases_of_one_case_reordered_are_no_swap() -> None:
    assert (
        blocks_exchanged("子供と一緒に週末に泊まれますか", "週末に子供と一緒に泊まれますか") == ""
    )
    assert blocks_exchanged("二階の区画から一階の区画に", "一階の区画から二階の区画に") == "二<->一"
    assert blocks_exchanged("妻の兄の車", "兄の妻の車") == "妻<->兄"  # の: an owner, not a case


def test_an_unknown_word_in_front_is_no_spelling_of_the_noun() -> None:
    long, short = units("タンクレストイレ", "ja")[0], units("トイレ", "ja")[0]
    assert long.vector is None and long.key.endswith(short.key)  # one word SudachiPy can't split
    verdict = GUARD.check(
        "タンクレストイレの交換費用は？", "トイレの交換費用は？", "ja", 0.92, THRESHOLD
    )
    assert not verdict.accept
    # a word SudachiPy knows is no unknown front part (ベビーカー / カー: read by the vectors)
    assert units("ベビーカー", "ja")[0].vector is not None
