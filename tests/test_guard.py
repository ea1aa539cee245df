"""The guard on a hand-made bilingual set of tricky pairs (none taken from the evaluation data),
and inside a real cache with the real embedder."""

from __future__ import annotations

import pytest

from yamabiko.cache import AsyncSemanticCache
from yamabiko.errors import InvalidInputError
from yamabiko.guard import Guard, analyse, japanese_tokenizer_name
from yamabiko.models import Candidate
from yamabiko.stores.local import LocalStore
from yamabiko.verify import AcceptAll, Borderline, Chain, Verifier, default_verifier

# (query, cached prompt, language, expected rejection reason)
MUST_REJECT = [
    (
        "How do I disable two-factor authentication?",
        "How do I enable two-factor authentication?",
        "en",
        "antonym",
    ),
    ("How do I turn on notifications?", "How do I turn off notifications?", "en", "antonym"),
    ("Why can't I log in to my account?", "Why can I log in to my account?", "en", "negation"),
    ("Is it safe to eat raw eggs?", "Is it never safe to eat raw eggs?", "en", "negation"),
    ("Can I get a refund within 14 days?", "Can I get a refund within 30 days?", "en", "number"),
    ("How much is 1,500 dollars in yen?", "How much is 2,000 dollars in yen?", "en", "number"),
    ("Is the store open on Friday?", "Is the store open on Monday?", "en", "date"),
    ("Why is the sky blue?", "When is the sky blue?", "en", "question"),
    ("Who invented the telephone?", "Where was the telephone invented?", "en", "question"),
    ("How do I convert Word to PDF?", "How do I convert PDF to Word?", "en", "roles"),
    ("The man bit the dog.", "The dog bit the man.", "en", "roles"),
    ("What is the capital of Germany?", "What is the capital of France?", "en", "entity"),
    ("How do I learn Java?", "How do I learn Python?", "en", "entity"),
    ("ログインできます", "ログインできません", "ja", "negation"),
    # (a negative question, 開いていませんか, asks what the positive one asks: session 17)
    ("この店は日曜日に開いていますか", "この店は日曜日に開いていません", "ja", "negation"),
    ("ドアを閉じる方法は？", "ドアを開く方法は？", "ja", "antonym"),
    ("会議は5時からですか", "会議は3時からですか", "ja", "number"),
    ("二人で予約できますか", "三人で予約できますか", "ja", "number"),
    ("大阪から東京までの新幹線の料金は？", "東京から大阪までの新幹線の料金は？", "ja", "roles"),
    ("犬が猫を追いかけている", "猫が犬を追いかけている", "ja", "roles"),
    ("なぜ空は青いのですか", "いつ空は青いのですか", "ja", "question"),
    ("Androidの画面を修理したい", "iPhoneの画面を修理したい", "ja", "entity"),
    ("男性がギターを弾いている", "男性がギターを片付けている", "ja", "predicate"),
    ("¿Cómo no puedo cancelar mi pedido?", "¿Cómo puedo cancelar mi pedido?", "es", "negation"),
    ("Ich kann mich nicht anmelden", "Ich kann mich anmelden", "de", "negation"),
    ("我不想取消订单", "我想取消订单", "zh", "negation"),
    ("주문을 취소하고 싶지 않아요", "주문을 취소하고 싶어요", "ko", "negation"),
    ("订单123的状态", "订单456的状态", "zh", "number"),
    ("Who won the second round?", "Who won the first round?", "en", "number"),
    ("Is it safe to drive at night?", "Is it unsafe to drive at night?", "en", "antonym"),
    ("Is this answer correct?", "Is this answer incorrect?", "en", "antonym"),
    ("Do smokers get cancer?", "Do non-smokers get cancer?", "en", "negation"),
    ("What do cats eat?", "What do dogs eat?", "en", "category"),
    ("How tall is my mother?", "How tall is my father?", "en", "antonym"),
    ("Best books for learning physics", "Best books for learning chemistry", "en", "category"),
    ("How do I reset the password of my iPhone?", "How do I reset the password of my iPad?", "en",
     "entity"),
    ("Is C# faster than Java?", "Is C++ faster than Java?", "en", "entity"),
    ("猫は何を食べますか", "犬は何を食べますか", "ja", "category"),
    ("コーヒーは肝臓に悪いですか", "コーヒーは心臓に悪いですか", "ja", "category"),
    ("母の誕生日プレゼントのおすすめは", "父の誕生日プレゼントのおすすめは", "ja", "category"),
]  # fmt: skip

MUST_PASS = [
    ("How do I reset my password?", "How can I reset my password?", "en"),
    ("What is the best way to learn Python?", "How should I learn Python?", "en"),
    ("Who is better, Messi or Ronaldo?", "Who is better, Ronaldo or Messi?", "en"),
    ("What are the benefits of drinking green tea?", "What are the benefits of green tea?", "en"),
    ("How can I lose weight quickly?", "How do I lose weight fast?", "en"),
    ("What's the colour of the sky?", "What is the color of the sky?", "en"),
    ("Can you give me ten tips for studying?", "Can you give me 10 tips for studying?", "en"),
    ("How do I cancel my subscription?", "How can I cancel my subscriptions?", "en"),
    ("I don't understand this error", "I do not understand this error", "en"),
    ("パスワードを忘れてしまいました", "パスワードを忘れました", "ja"),
    ("ソファーに座っている女性", "ソファに座っている女性", "ja"),
    ("２人の男性がベンチに座っている", "二人の男性がベンチに座っている", "ja"),
    ("東京の天気を教えてください", "東京の天気を教えて", "ja"),
    ("ログインできない", "ログイン出来ない", "ja"),
    ("¿Cómo puedo cancelar mi pedido?", "¿Cómo cancelo mi pedido?", "es"),
    ("我想取消订单", "我要取消订单", "zh"),
    ("주문 취소하고 싶어요", "주문을 취소하고 싶어요", "ko"),
    ("Как отменить заказ?", "Как мне отменить заказ?", "ru"),
    ("How do I become a non-smoker?", "How do I become a non smoker?", "en"),
    ("How can I talk to my mom?", "How do I talk to my mother?", "en"),
    ("Which is better, C++ or Java?", "Which is better: Java or C++?", "en"),
    ("Does walking a mile burn fat?", "Does walking one mile burn fat?", "en"),
    ("朝ご飯に何を食べるべき？", "朝食に何を食べるべき？", "ja"),
    ("猫が好きな食べ物", "子猫が好きな食べ物", "ja"),
]


def test_japanese_uses_a_real_tokenizer() -> None:
    assert japanese_tokenizer_name() == "sudachi"
    found = analyse("ユーザー登録できません", "ja")
    assert found.negations == 1
    assert "登録" in found.content


@pytest.mark.parametrize(("query", "cached", "lang", "reason"), MUST_REJECT)
def test_guard_rejects_and_names_the_reason(guard, query, cached, lang, reason) -> None:
    verdict = guard.check(query, cached, lang)
    assert (verdict.accept, verdict.reason.split(":")[0]) == (False, reason)
    # symmetric: the same pair the other way round is rejected too
    assert not guard.check(cached, query, lang).accept


@pytest.mark.parametrize(("query", "cached", "lang"), MUST_PASS)
def test_guard_keeps_paraphrases(guard, query, cached, lang) -> None:
    verdict = guard.check(query, cached, lang)
    assert verdict.accept, verdict
    assert guard.check(cached, query, lang).accept


def test_a_false_prefix_is_no_antonym(guard) -> None:
    # dis+cover is no opposite of cover: whatever rejects this pair, it is not ``antonym``
    # (the minimal-pair check names the replaced word).
    verdict = guard.check("How do I discover new music?", "How do I cover new music?", "en")
    assert verdict.reason == "substitution:cover->discover"


@pytest.mark.parametrize(
    "text",
    ["", "???", "12345", "😀😀", "a" * 5000, "Ünïcödé façade", "ไม่ต้องการ", "नमस्ते", "مرحبا"],
)
def test_guard_never_crashes_on_odd_text(guard, text) -> None:
    assert guard.check(text or " ", "hello", None).reason
    assert guard.check("hello", text or " ", "und").reason


def test_guard_language_is_detected_when_not_given(guard) -> None:
    assert guard.check("ログインできます", "ログインできません", None).reason == "negation"


def test_unknown_check_is_a_clear_error() -> None:
    with pytest.raises(InvalidInputError, match="unknown guard check"):
        Guard(checks=["negation", "vibes"])


def test_checks_can_be_selected() -> None:
    only_numbers = Guard(checks=["number"])
    assert only_numbers.check("How do I enable it?", "How do I disable it?", "en").accept
    assert not only_numbers.check("Buy 2 apples", "Buy 3 apples", "en").accept


async def test_verifier_protocol_and_composition() -> None:
    guard = default_verifier()
    assert isinstance(guard, Guard) and isinstance(guard, Verifier)
    candidate = Candidate("x", "How do I enable dark mode?", 0.97)
    verdict = await guard.verify("How do I disable dark mode?", candidate, "en")
    assert (verdict.accept, verdict.reason) == (False, "antonym")
    chain = Chain(AcceptAll(), Guard())
    assert (await chain.verify("How do I disable dark mode?", candidate, "en")).reason == "antonym"
    # Borderline skips its inner verifier at high similarity
    relaxed = Borderline(Guard(), below=0.95)
    assert (await relaxed.verify("How do I disable dark mode?", candidate, "en")).accept
    with pytest.raises(InvalidInputError):
        Chain()


async def test_cache_records_the_guard_reason(embedder, tmp_path) -> None:
    cache = AsyncSemanticCache(embedder, LocalStore(tmp_path / "c.sqlite3"), min_similarity=0.7)
    async with cache:
        await cache.store("How do I enable two-factor authentication?", "Settings > Security > On")
        await cache.store("会議室を予約できますか", "はい、できます")
        miss = await cache.probe("How do I disable two-factor authentication?")
        assert miss.hit is None and miss.reason == "rejected:antonym"
        assert miss.best_similarity is not None and miss.best_similarity >= 0.7
        miss_ja = await cache.probe("会議室を予約できません")  # (a statement: s17)
        assert miss_ja.hit is None and miss_ja.reason == "rejected:negation"
        hit = await cache.probe("How can I enable two-factor authentication?")
        assert hit.hit is not None and hit.hit.verdict.reason == "guard-ok"
        assert hit.hit.response == "Settings > Security > On"


async def test_threshold_only_cache_serves_the_false_hit(embedder, tmp_path) -> None:
    """The same pair without the guard is served: the guard is what prevents it."""
    cache = AsyncSemanticCache(
        embedder, LocalStore(tmp_path / "c.sqlite3"), min_similarity=0.7, verifier=AcceptAll()
    )
    async with cache:
        await cache.store("How do I enable two-factor authentication?", "Settings > Security > On")
        served = await cache.probe("How do I disable two-factor authentication?")
        assert served.hit is not None and served.reason == "hit"


def test_the_japanese_analyser_is_safe_from_several_threads():
    from concurrent.futures import ThreadPoolExecutor

    def work(seed: int) -> set[str]:
        guard = Guard(cache_size=0)
        return {
            guard.check(f"猫が犬を追いかけた{seed}{i}", f"犬が猫を追いかけた{seed}{i}", "ja").reason
            for i in range(40)
        }

    with ThreadPoolExecutor(4) as pool:
        reasons = set().union(*pool.map(work, range(8)))
    assert reasons == {"roles:猫<->犬"}
