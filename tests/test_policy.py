"""Cache policy: rules, config files, scopes, TTL precedence, sensitive data, retention.

Real parts only: the default embedder, SQLite files under tmp_path, real config files.
"""

from __future__ import annotations

import logging
import time

import pytest

from yamabiko import AcceptAll, AsyncSemanticCache, ConfigError, NotStoredError
from yamabiko.config import load_settings
from yamabiko.models import Entry
from yamabiko.policy import Decision, Policy, PolicyRequest, Rule
from yamabiko.stores.base import Selector

PROMPT = "How do I reset the router to factory settings?"
ANSWER = "Hold the reset button for ten seconds."


def decide(policy: Policy, prompt: str = PROMPT, route=None, headers=None, **context):
    return policy.decide(PolicyRequest(prompt, context, route, headers or {}))


@pytest.fixture
async def make_cache(tmp_path, embedder):
    """``await make_cache(policy=..., store=..., **options)``: an open cache on a fresh file."""
    opened: list[AsyncSemanticCache] = []

    async def make(**options):
        if "store" not in options:
            options.setdefault("path", tmp_path / f"c{len(opened)}.sqlite3")
        options.setdefault("verifier", AcceptAll())
        cache = await AsyncSemanticCache(embedder, **options).open()
        opened.append(cache)
        return cache

    yield make
    for cache in opened:
        await cache.close()


# -- rules and matching ----------------------------------------------------------------------


def test_first_matching_rule_wins_and_the_default_ends_the_list():
    policy = Policy(
        rules=[
            {"name": "no-creative", "temperature_above": 0.5, "cache": False},
            {"name": "gpt", "model": "gpt-4o*", "ttl": 60},
            {"name": "also-gpt", "model": "gpt-*", "ttl": 99},
            {"name": "fallback", "ttl": 7200},
        ],
        presets=False,
    )
    assert [r.name for r in policy.rules] == ["no-creative", "gpt", "also-gpt", "fallback"]
    assert decide(policy, model="gpt-4o-mini").rule == "gpt"
    assert decide(policy, model="gpt-4o-mini").ttl == 60
    assert decide(policy, model="gpt-3.5").rule == "also-gpt"
    hot = decide(policy, model="gpt-4o", params={"temperature": 0.9})
    assert hot.rule == "no-creative" and hot.cache is False
    assert decide(policy, model="claude-3").ttl == 7200


def test_every_match_field_must_match():
    rule = Rule(
        name="r",
        route="jsonpath:*",
        model=["m1", "m2"],
        namespace="tenant-*",
        header="X-Plan",
        header_value="free*",
        prompt=r"(?i)\bprice\b",
    )
    ok = PolicyRequest("What is the PRICE?", {"model": "m2", "namespace": "tenant-a"},
                       "jsonpath:search", {"x-plan": "free-tier"})  # fmt: skip
    assert rule.matches(ok)
    variants = [
        PolicyRequest(ok.prompt, ok.context, "openai", ok.headers),
        PolicyRequest(ok.prompt, ok.context, None, ok.headers),
        PolicyRequest(ok.prompt, {**ok.context, "model": "m3"}, ok.route, ok.headers),
        PolicyRequest(ok.prompt, {**ok.context, "namespace": "other"}, ok.route, ok.headers),
        PolicyRequest(ok.prompt, ok.context, ok.route, {"x-plan": "pro"}),
        PolicyRequest(ok.prompt, ok.context, ok.route, {}),
        PolicyRequest("What is the cost?", ok.context, ok.route, ok.headers),
    ]
    assert not any(rule.matches(v) for v in variants)


def test_temperature_is_cached_by_default_and_a_rule_can_turn_it_off():
    assert decide(Policy(), params={"temperature": 1.2}).cache is True
    policy = Policy(rules=[Rule(name="deterministic-only", temperature_above=0, cache=False)])
    assert decide(policy, params={"temperature": 0.7}).cache is False
    assert decide(policy, params={"temperature": 0}).cache is True
    assert decide(policy).cache is True  # not given: not matched


def test_presets_of_the_default_policy():
    policy = Policy()
    assert [r.name for r in policy.rules] == ["user_specific", "time_sensitive", "generic"]
    for prompt in ["What's the weather today?", "latest iPhone price", "今日の天気は?",
                   "最新のニュースを教えて", "現在の為替レートは?"]:  # fmt: skip
        d = decide(policy, prompt)
        assert (d.rule, d.ttl, d.scope) == ("time_sensitive", 300, None), prompt
    for prompt in ["Where is my order?", "What is my account balance today?", "私の注文はどこ?"]:
        d = decide(policy, prompt)
        assert (d.rule, d.ttl, d.scope) == ("user_specific", 300, "user"), prompt
    generic = decide(policy, "Why is the sky blue?")
    assert generic == Decision(rule="generic")  # the cache's own TTL (1 h by default)
    assert [r.name for r in Policy(presets=["time_sensitive"]).rules] == [
        "time_sensitive",
        "generic",
    ]
    assert [r.name for r in Policy(presets=False).rules] == ["generic"]


def test_presets_sit_between_own_rules_and_own_default():
    policy = Policy(rules=[{"name": "api", "route": "openai"}, {"name": "mine", "ttl": 10}])
    names = [r.name for r in policy.rules]
    assert names == ["api", "user_specific", "time_sensitive", "mine"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"name": "a", "ttl_s": 5}, ["unknown field 'ttl_s'", "Did you mean 'ttl'?"]),
        ({"name": "a", "prompt": "(unclosed"}, ["not a valid regular expression", "(unclosed"]),
        ({"name": "a", "ttl": -5}, ["ttl is -5", "> 0", "cache = false"]),
        ({"name": "a", "ttl": 0}, ["ttl is 0", "cache = false"]),
        ({"name": "a", "ttl": "5m"}, ["ttl is '5m'", "number"]),
        ({"name": "a", "min_similarity": 1.5}, ["min_similarity is 1.5", "[-1, 1]"]),
        ({"name": "a", "min_similarity": 92}, ["percentage", "divide by 100"]),
        ({"name": "a", "scope": "users"}, ["scope is 'users'", "Did you mean 'user'?"]),
        ({"name": "a", "cache": "no"}, ["cache is 'no'", "true or false"]),
        ({"name": "a", "max_entry_bytes": 0}, ["max_entry_bytes is 0"]),
        ({"name": "a", "header_value": "x"}, ["no header is named"]),
        ({"name": "a", "model": []}, ["model is []", "glob"]),
    ],
)
def test_invalid_rules_say_which_rule_what_is_wrong_and_the_fix(fields, expected):
    with pytest.raises(ConfigError) as info:
        Policy(rules=[{"name": "ok", "route": "openai"}, fields])
    message = str(info.value)
    assert "[[policy.rules]] #2 ('a')" in message
    for part in expected:
        assert part in message


def test_a_catch_all_rule_before_other_rules_is_an_error():
    with pytest.raises(ConfigError, match=r"#1 \('everything'\) has no match field.*#2"):
        Policy(rules=[{"name": "everything", "ttl": 5}, {"name": "late", "route": "openai"}])


# -- config files ----------------------------------------------------------------------------

TOML = """
[cache]
ttl = 3600

[policy]
presets = ["time_sensitive"]
detectors = ["email", "card"]

[[policy.rules]]
name = "no-creative"
temperature_above = 0.5
cache = false

[[policy.rules]]
name = "support-bot"
route = "jsonpath:*"
header = "X-Yamabiko-User"
prompt = '(?i)\\border\\b'
scope = "user"
ttl = 120
min_similarity = 0.95

[[policy.rules]]
name = "default"
ttl = 1800
"""

YAML = """
cache:
  ttl: 3600
policy:
  presets: [time_sensitive]
  detectors: [email, card]
  rules:
    - name: no-creative
      temperature_above: 0.5
      cache: false
    - name: support-bot
      route: "jsonpath:*"
      header: X-Yamabiko-User
      prompt: '(?i)\\border\\b'
      scope: user
      ttl: 120
      min_similarity: 0.95
    - name: default
      ttl: 1800
"""


@pytest.mark.parametrize(("suffix", "text"), [(".toml", TOML), (".yaml", YAML)])
def test_rules_from_toml_and_yaml_files(tmp_path, suffix, text):
    path = tmp_path / f"yamabiko{suffix}"
    path.write_text(text, encoding="utf-8")
    policy = Policy.from_file(path)
    assert [r.name for r in policy.rules] == [
        "no-creative",
        "support-bot",
        "time_sensitive",
        "default",
    ]
    assert list(policy.detectors) == ["email", "card"]
    d = policy.decide(PolicyRequest("Where is my order?", {}, "jsonpath:shop",
                                    {"x-yamabiko-user": "u1"}))  # fmt: skip
    assert (d.rule, d.scope, d.ttl, d.min_similarity) == ("support-bot", "user", 120, 0.95)
    # the lead's loader hands the [policy] table to Policy.from_config
    built = load_settings(path, env={}).build_cache(path=tmp_path / "c.sqlite3")
    assert [r.name for r in built.policy.rules] == [r.name for r in policy.rules]


@pytest.mark.parametrize("suffix", [".toml", ".yaml"])
def test_a_bad_rule_in_a_file_names_the_file_the_rule_and_the_fix(tmp_path, suffix):
    path = tmp_path / f"bad{suffix}"
    if suffix == ".toml":
        path.write_text(
            '[[policy.rules]]\nname = "ok"\nroute = "openai"\n\n'
            '[[policy.rules]]\nname = "prices"\nprompt = "price[("\nttl = 60\n'
        )
    else:
        path.write_text(
            "policy:\n  rules:\n    - {name: ok, route: openai}\n"
            '    - {name: prices, prompt: "price[(", ttl: 60}\n'
        )
    with pytest.raises(ConfigError) as info:
        Policy.from_file(path)
    message = str(info.value)
    assert str(path) in message
    assert "#2 ('prices')" in message
    assert "not a valid regular expression" in message and "escape" in message


def test_unknown_policy_keys_presets_and_detectors_are_errors():
    with pytest.raises(ConfigError, match=r"f\.toml: unknown key policy\.rule\. Did you mean"):
        Policy.from_config({"rule": []}, "f.toml")
    with pytest.raises(ConfigError, match="unknown preset 'weather'"):
        Policy.from_config({"presets": ["weather"]}, "f.toml")
    with pytest.raises(ConfigError, match=r"unknown detector 'mail'\. Did you mean 'email'"):
        Policy.from_config({"detectors": ["mail"]}, "f.toml")
    with pytest.raises(ConfigError, match=r"policy\.rules must be a list"):
        Policy.from_config({"rules": {"name": "x"}}, "f.toml")


# -- the cache applies the decision ----------------------------------------------------------


async def test_scope_user_keeps_identical_prompts_of_two_users_apart(make_cache, store_factory):
    policy = Policy(rules=[Rule(name="per-user", scope="user")])
    cache = await make_cache(policy=policy, store=await store_factory())
    alice = {"model": "m", "user": "alice"}
    bob = {"model": "m", "user": "bob"}
    await cache.store(PROMPT, "alice's answer", context=alice)
    assert await cache.lookup(PROMPT, context=bob) is None
    await cache.store(PROMPT, "bob's answer", context=bob)
    assert (await cache.lookup(PROMPT, context=alice)).response == "alice's answer"
    assert (await cache.lookup(PROMPT, context=bob)).response == "bob's answer"
    record = await cache.probe(PROMPT, context={"model": "m"})
    assert record.hit is None and record.reason == "bypass:no-user-for-user-scope"
    with pytest.raises(NotStoredError) as info:
        await cache.store(PROMPT, ANSWER, context={"model": "m"})
    assert info.value.reason == "no-user-for-user-scope"


async def test_namespaces_are_kept_apart_and_scopes_widen_on_request(make_cache, store_factory):
    policy = Policy(
        rules=[
            Rule(name="faq", prompt="factory", scope="shared"),
            Rule(name="tenant-wide", prompt="password", scope="namespace"),
        ]
    )
    cache = await make_cache(policy=policy, store=await store_factory())
    # default rule: the context as given: another namespace or another user never hits
    await cache.store("What is the capital of France?", "Paris.", context={"namespace": "a"})
    assert await cache.lookup("What is the capital of France?", context={"namespace": "b"}) is None
    await cache.store("What is 2 + 2?", "4", context={"namespace": "a", "user": "u1"})
    assert await cache.lookup("What is 2 + 2?", context={"namespace": "a", "user": "u2"}) is None
    # scope = namespace: users of one namespace share, other namespaces do not
    pw = "How do I change the admin password?"
    await cache.store(pw, "Settings > Admin.", context={"namespace": "a", "user": "u1"})
    assert await cache.lookup(pw, context={"namespace": "a", "user": "u2"}) is not None
    assert await cache.lookup(pw, context={"namespace": "b", "user": "u1"}) is None
    # scope = shared: every namespace
    await cache.store(PROMPT, ANSWER, context={"namespace": "a", "user": "u1"})
    assert (await cache.lookup(PROMPT, context={"namespace": "b"})).response == ANSWER


async def test_cache_false_bypasses_lookup_and_store(make_cache):
    cache = await make_cache(policy=Policy(rules=[Rule(name="off", route="gemini", cache=False)]))
    record = await cache.probe(PROMPT, route="gemini")
    assert record.reason == "bypass:policy"
    with pytest.raises(NotStoredError, match="policy"):
        await cache.store(PROMPT, ANSWER, route="gemini")
    await cache.store(PROMPT, ANSWER, route="openai")
    assert (await cache.probe(PROMPT, route="openai")).hit is not None


async def test_temperature_answers_are_cached_unless_a_rule_says_no(make_cache):
    hot = {"model": "m", "params": {"temperature": 0.8}}
    cache = await make_cache()
    await cache.store(PROMPT, ANSWER, context=hot)
    assert await cache.lookup(PROMPT, context=hot) is not None
    strict = await make_cache(policy=Policy(rules=[Rule(name="t", temperature_above=0,
                                                        cache=False)]))  # fmt: skip
    with pytest.raises(NotStoredError):
        await strict.store(PROMPT, ANSWER, context=hot)
    assert (await strict.probe(PROMPT, context=hot)).reason == "bypass:policy"


async def test_rule_min_similarity_and_max_entry_bytes_apply(make_cache):
    policy = Policy(rules=[Rule(name="tight", namespace="strict", min_similarity=0.999,
                                max_entry_bytes=200)])  # fmt: skip
    cache = await make_cache(policy=policy, min_similarity=0.5)
    await cache.store(PROMPT, ANSWER, context={"namespace": "strict"})
    await cache.store(PROMPT, ANSWER, context={"namespace": "loose"})
    paraphrase = "How can I restore my router's factory settings?"
    assert await cache.lookup(paraphrase, context={"namespace": "loose"}) is not None
    assert await cache.lookup(paraphrase, context={"namespace": "strict"}) is None
    with pytest.raises(NotStoredError) as info:
        await cache.store(PROMPT, "x" * 300, context={"namespace": "strict"})
    assert info.value.reason == "too-large"


def lifetime(entry: Entry) -> float:
    return entry.expires_at - entry.created_at


async def test_ttl_precedence_call_then_rule_then_cache_and_max_age_caps_all(make_cache):
    policy = Policy(rules=[Rule(name="short", prompt="weather", ttl=300)], presets=False)
    cache = await make_cache(policy=policy, ttl=3600)
    assert lifetime(await cache.store(PROMPT, ANSWER)) == pytest.approx(3600)
    weather = "Will the weather be sunny?"
    assert lifetime(await cache.store(weather, "Yes.")) == pytest.approx(300)
    assert lifetime(await cache.store(weather, "Yes.", ttl=10)) == pytest.approx(10)
    assert lifetime(await cache.store(PROMPT, ANSWER, ttl=7200)) == pytest.approx(7200)

    capped = await make_cache(policy=policy, ttl=None, max_age=120)
    assert lifetime(await capped.store(PROMPT, ANSWER)) == pytest.approx(120)
    assert lifetime(await capped.store(weather, "Yes.")) == pytest.approx(120)
    assert lifetime(await capped.store(PROMPT, ANSWER, ttl=86400)) == pytest.approx(120)
    assert lifetime(await capped.store(PROMPT, ANSWER, ttl=30)) == pytest.approx(30)


async def test_max_age_hides_entries_stored_before_the_cap_was_set(tmp_path, embedder, make_cache):
    path = tmp_path / "aged.sqlite3"
    old = await make_cache(path=path, ttl=None)
    entry = await old.store(PROMPT, ANSWER)
    vector = (await embedder.embed([PROMPT]))[0]
    now = time.time()  # pretend the entry was stored an hour ago
    aged = Entry(**{**entry.__dict__, "created_at": now - 3600, "expires_at": None})
    await old.backend.put(aged, vector)
    assert await old.lookup(PROMPT) is not None
    await old.close()
    capped = await make_cache(path=path, ttl=None, max_age=600)
    assert await capped.lookup(PROMPT) is None
    assert (await make_cache(path=path, ttl=None, max_age=7200)).max_age == 7200


def test_max_age_must_be_positive(tmp_path, embedder):
    with pytest.raises(Exception, match="max_age is -1"):
        AsyncSemanticCache(embedder, path=tmp_path / "x.sqlite3", max_age=-1)


# -- sensitive data --------------------------------------------------------------------------


async def test_sensitive_answers_are_served_not_stored_counted_and_never_logged(make_cache, caplog):
    cache = await make_cache()  # the default Policy(): built-in detectors
    secret = "taro.yamada@example.co.jp"
    with pytest.raises(NotStoredError) as info:
        await cache.store(f"My email is {secret}, draft a reply", "Sure.")
    assert info.value.reason == "sensitive:email"
    with pytest.raises(NotStoredError) as info:
        await cache.store("What card do I have?", "Your card 4539 1488 0343 6467.")
    assert info.value.reason == "sensitive:card"

    async def llm(prompt: str) -> str:
        return "Your number is 090-1234-5678."

    with caplog.at_level(logging.DEBUG, logger="yamabiko"):
        served = await cache.get_or_call("What is the office number?", llm)
    assert served == "Your number is 090-1234-5678."
    assert await cache.lookup("What is the office number?") is None
    assert "090-1234-5678" not in caplog.text and secret not in caplog.text
    stats = await cache.stats()
    assert stats.entries == 0
    assert stats.not_stored_by_reason == {
        "sensitive:email": 1,
        "sensitive:card": 1,
        "sensitive:phone": 1,
    }


# -- retention: right to be forgotten -------------------------------------------------------


async def test_forget_a_user_and_a_namespace_in_one_call(store_factory, make_cache):
    policy = Policy(rules=[Rule(name="per-user", prompt="my", scope="user")])
    cache = await make_cache(store=await store_factory(), policy=policy)
    contexts = [
        {"namespace": "t1", "user": "alice"},
        {"namespace": "t1", "user": "bob"},
        {"namespace": "t2", "user": "alice"},
        {"namespace": "t2"},
    ]
    for ctx in contexts:
        if "user" in ctx:  # scope user: without a user it would bypass
            await cache.store("What is my plan?", f"plan of {ctx}", context=ctx)
        await cache.store(PROMPT, ANSWER, context=ctx)  # namespace / as given
    assert (await cache.stats()).entries == 7

    assert await cache.invalidate(user="alice") == 4
    assert await cache.backend.entries(Selector(user="alice")) == []
    assert await cache.lookup("What is my plan?", context=contexts[0]) is None
    assert await cache.lookup("What is my plan?", context=contexts[1]) is not None
    assert await cache.lookup(PROMPT, context=contexts[3]) is not None

    assert await cache.invalidate(namespace="t1") == 2
    assert await cache.backend.entries(Selector(namespace="t1")) == []
    assert await cache.lookup("What is my plan?", context=contexts[1]) is None
    assert await cache.lookup(PROMPT, context=contexts[3]) is not None
    assert (await cache.stats()).entries == 1
