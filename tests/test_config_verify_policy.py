"""``[verify]`` and ``[policy]`` are layered like every section: config file < environment
(``YAMABIKO_VERIFY_*``, ``YAMABIKO_POLICY_*``) < flags, through :func:`load_settings` and
``yamabiko serve`` (a real process answering through a real fake upstream that is also the
judge); a bad value names its source and the fix. Rule lists stay in the file."""

from __future__ import annotations

import re
import subprocess
import time

import httpx
import pytest
from gateway_support import SERVE_COMMAND, clean_env, serve_url

from yamabiko.config import load_settings
from yamabiko.errors import ConfigError
from yamabiko.testing.fake_upstream import start_fake_upstream

VERIFY = """
[cache]
path = "{path}"
[verify]
mode = "async"
verify_from = 0.7
[verify.judge]
url = "http://127.0.0.1:9/v1"
model = "file-model"
calls_per_minute = 10
api_key_env = "JUDGE_KEY"
"""

POLICY = """
[policy]
presets = ["time_sensitive"]
[[policy.rules]]
name = "mine"
route = "/v1/search"
ttl = 60
"""


def write(tmp_path, text: str):
    config = tmp_path / "yamabiko.toml"
    config.write_text(text.replace("{path}", str(tmp_path / "c.sqlite3")), encoding="utf-8")
    return config


def review_of(config, embedder, env, flags=None):
    cache = load_settings(config, env=env, flags=flags).build_cache(embedder=embedder)
    return cache.review


def test_verify_file_then_environment_then_flags(tmp_path, embedder):
    config = write(tmp_path, VERIFY)
    key = {"JUDGE_KEY": "sk-test"}
    review = review_of(config, embedder, key)
    assert (review.mode, review.verify_from) == ("async", 0.7)
    assert review.verifier.model == "file-model" and review.budget.calls_per_minute == 10
    assert review.verifier.api_key == "sk-test"

    env = {**key, "YAMABIKO_VERIFY_MODE": "sync", "YAMABIKO_VERIFY_JUDGE_MODEL": "env-model"}
    review = review_of(config, embedder, env)
    assert (review.mode, review.verify_from) == ("sync", 0.7)  # the file's verify_from stays
    assert review.verifier.model == "env-model" and review.budget.calls_per_minute == 10

    flags = {"verify.judge.model": "flag-model", "verify.judge.calls_per_minute": "20"}
    review = review_of(config, embedder, env, flags)
    assert review.mode == "sync" and review.verifier.model == "flag-model"
    assert review.budget.calls_per_minute == 20


def test_the_environment_alone_configures_a_judge(tmp_path, embedder):
    config = write(tmp_path, '[cache]\npath = "{path}"\n')
    assert review_of(config, embedder, {}) is None
    env = {
        "YAMABIKO_VERIFY_JUDGE_URL": "http://127.0.0.1:9/v1",
        "YAMABIKO_VERIFY_JUDGE_MODEL": "env-model",
        "YAMABIKO_VERIFY_JUDGE_SHARE_OF_MISSES": "0.5",
    }
    review = review_of(config, embedder, env)
    assert review.mode == "async" and review.verifier.model == "env-model"
    assert review.budget.share_of_misses == 0.5
    env.pop("YAMABIKO_VERIFY_JUDGE_URL")
    with pytest.raises(
        ConfigError, match=r"verify\.judge\.url is missing.*YAMABIKO_VERIFY_JUDGE_URL"
    ):
        review_of(config, embedder, env)


def rule_names(config, env, flags=None):
    return [rule.name for rule in load_settings(config, env=env, flags=flags).build_policy().rules]


def test_policy_file_then_environment_then_flags_and_rules_stay_in_the_file(tmp_path):
    config = write(tmp_path, POLICY)
    assert rule_names(config, {}) == ["mine", "time_sensitive", "generic"]
    env = {"YAMABIKO_POLICY_PRESETS": "user_specific"}
    assert rule_names(config, env) == ["mine", "user_specific", "generic"]
    assert rule_names(config, env, {"policy.presets": "false"}) == ["mine", "generic"]
    assert rule_names(config, {"YAMABIKO_POLICY_PRESETS": "true"}) == [
        "mine",
        "user_specific",
        "time_sensitive",
        "generic",
    ]
    settings = load_settings(config, env={"YAMABIKO_POLICY_DISABLED_DETECTORS": "medical,email"})
    detectors = settings.build_policy().detectors
    assert "medical" not in detectors and "email" not in detectors and "phone" in detectors
    remote = {"YAMABIKO_POLICY_REMOTE_URL": "http://127.0.0.1:9/analyze"}
    remote["YAMABIKO_POLICY_REMOTE_TIMEOUT"] = "2"
    detector = load_settings(config, env=remote).build_policy().detectors["remote"]
    assert detector.url == "http://127.0.0.1:9/analyze" and detector.timeout == 2.0


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"YAMABIKO_VERIFY_MODE": "fast"},
            "environment variable YAMABIKO_VERIFY_MODE is 'fast'; use one of sync, async.",
        ),
        (
            {"YAMABIKO_VERIFY_JUDGE_CALLS_PER_MINUTE": "lots"},
            "environment variable YAMABIKO_VERIFY_JUDGE_CALLS_PER_MINUTE is 'lots'; it must be "
            "a whole number.",
        ),
        (
            {"YAMABIKO_VERIFY_MAX_ERROR_RATE": "2"},
            "environment variable YAMABIKO_VERIFY_MAX_ERROR_RATE is '2'; it must be a number "
            "from 0 to 1.",
        ),
        (
            {"YAMABIKO_VERIFY_JUDGE_MODLE": "m"},
            "environment variable YAMABIKO_VERIFY_JUDGE_MODLE is not a [verify] setting. Did "
            "you mean 'YAMABIKO_VERIFY_JUDGE_MODEL'?",
        ),
        (
            {"YAMABIKO_POLICY_PRESETS": "user_specfic"},
            "environment variable YAMABIKO_POLICY_PRESETS names an unknown preset "
            "'user_specfic'. Did you mean 'user_specific'? Known presets: user_specific, "
            "time_sensitive.",
        ),
        (
            {"YAMABIKO_POLICY_REMOTE_FAIL": "maybe"},
            "environment variable YAMABIKO_POLICY_REMOTE_FAIL is 'maybe'; use one of closed, open.",
        ),
        (
            {"YAMABIKO_POLICY_RULES": "[]"},
            "environment variable YAMABIKO_POLICY_RULES is not a [policy] setting.",
        ),
    ],
)
def test_a_bad_environment_value_names_the_variable_the_value_and_the_fix(tmp_path, env, message):
    config = write(tmp_path, VERIFY + POLICY)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(config, env=env)


def test_a_bad_file_value_names_the_file_and_key(tmp_path):
    config = write(tmp_path, VERIFY.replace('mode = "async"', 'mode = "fast"'))
    with pytest.raises(ConfigError, match=re.escape(f"{config}: verify.mode is 'fast'; use one")):
        load_settings(config, env={})


def test_serve_reports_a_bad_flag_and_a_bad_variable(tmp_path):
    config = write(tmp_path, VERIFY + POLICY)
    serve = [*SERVE_COMMAND, "--config", str(config)]
    bad_flag = subprocess.run(
        [*serve, "--verify-mode", "fast"],
        capture_output=True,
        text=True,
        env=clean_env(JUDGE_KEY="k"),
        timeout=120,
    )
    assert bad_flag.returncode == 2
    assert "option --verify-mode is 'fast'; use one of sync, async." in bad_flag.stderr
    bad_env = subprocess.run(
        serve,
        capture_output=True,
        text=True,
        env=clean_env(JUDGE_KEY="k", YAMABIKO_POLICY_PRESETS="maybe"),
        timeout=120,
    )
    assert bad_env.returncode == 2, bad_env.stderr
    assert "environment variable YAMABIKO_POLICY_PRESETS names an unknown preset 'maybe'" in (
        bad_env.stderr
    )


SERVE = """
[cache]
path = "{path}"
[gateway]
port = 0
openai_url = "{upstream}"
[verify]
mode = "sync"
verify_from = -1.0          # every candidate below the threshold goes to the judge
select = false
[verify.judge]
url = "{upstream}/v1"
model = "file-model"
share_of_misses = 1.0
[policy]
presets = false
"""


def chat(url: str, text: str) -> str:
    payload = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
    response = httpx.post(f"{url}/v1/chat/completions", json=payload, timeout=60)
    assert response.status_code == 200, response.text
    return response.headers["x-yamabiko-cache"]


def test_serve_flags_win_over_the_environment_and_the_file(tmp_path):
    fake = start_fake_upstream(judge_labels={})
    config = write(tmp_path, SERVE.replace("{upstream}", fake.url))
    env = clean_env(
        YAMABIKO_VERIFY_JUDGE_MODEL="env-model", YAMABIKO_POLICY_PRESETS="user_specific"
    )
    command = [*SERVE_COMMAND, "--config", str(config)]
    command += ["--judge-model", "flag-model", "--policy-presets", "false"]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    try:
        url, _ = serve_url(proc)
        # presets: the flag's false wins over the environment's user_specific, which would
        # bypass a question about "my order" asked without a user
        own = "What is the status of my order?"
        assert chat(url, own) == "miss"
        deadline = time.time() + 30
        while chat(url, own) != "hit":  # stored after the reply
            assert time.time() < deadline, "the answer was never stored"
            time.sleep(0.2)
        # a borderline candidate goes to the judge, asked with the flag's model
        assert chat(url, "How do I bake sourdough bread at home?").startswith("miss")
        models = [c["body"].get("model") for c in fake.app.calls if c["body"]]
        assert "flag-model" in models, models
        assert "env-model" not in models and "file-model" not in models
    finally:
        proc.terminate()
        proc.wait(30)
        fake.stop()
