"""The `yamabiko` command's numeric options refuse bad values with a message (the option, the
value, what is expected), never a traceback; a store failure is printed once."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from servers import free_port


def _run(
    *args: str, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("YAMABIKO_")}, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "yamabiko.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["demo", "--llm-latency", "-1"], ["--llm-latency", "'-1'", "seconds >= 0", "e.g. 1.5"]),
        (["demo", "--llm-latency", "nan"], ["--llm-latency", "'nan'", "seconds >= 0"]),
        (["demo", "--llm-latency", "soon"], ["--llm-latency", "'soon'", "seconds >= 0"]),
        (["bench", "--entries", "0"], ["--entries", "'0'", "whole number >= 1"]),
        (["bench", "--queries", "2.5"], ["--queries", "'2.5'", "whole number >= 1"]),
        (["warm", "rows.jsonl", "--ttl", "-5"], ["--ttl", "'-5'", "seconds > 0"]),
        (["warm", "rows.jsonl", "--ttl", "inf"], ["--ttl", "'inf'", "seconds > 0"]),
        (["serve", "--workers", "-1"], ["--workers is '-1'", ">= 1 (e.g. 2), or 0 for one per"]),
        (["serve", "--workers", "two"], ["--workers is 'two'", ">= 1 (e.g. 2), or 0 for one per"]),
        (["serve", "--port", "70000"], ["--port is '70000'", "0..65535"]),
        (["serve", "--port", "abc"], ["--port is 'abc'", "a port is 0..65535", "e.g. 8080"]),
        (["serve", "--port", "80.5"], ["--port is '80.5'", "a port is 0..65535", "whole number"]),
        (["serve", "--log-level", "loud"], ["--log-level", "'loud'", "'debug'", "'warning'"]),
        (["eval", "pairs", "p.jsonl", "--seed", "abc"], ["--seed", "'abc'", "whole number"]),
        (["invalidate", "--older-than", "-3"], ["--older-than", "-3 seconds is not an age"]),
        (["eval", "workload", "--queries", "-4"], ["--queries", "'-4'", "whole number >= 1"]),
        (["eval", "workload", "--intent-share", "1.5"], ["--intent-share", "from 0 to 1"]),
        (["eval", "workload", "--judge-error", "-0.1"], ["--judge-error", "from 0 to 1"]),
        (["eval", "workload", "--verify-from", "80"], ["--verify-from", "outside [-1, 1]"]),
        (["eval", "workload", "--warmup", "-1"], ["--warmup", "'-1'", "whole number >= 0"]),
        (["eval", "pairs", "p.jsonl", "--limit", "0"], ["--limit", "'0'", "whole number >= 1"]),
        (["eval", "pairs", "p.jsonl", "--target-precision", "2"], ["--target-precision"]),
    ],
)
def test_bad_numbers_are_refused_with_a_message(args, needles):
    result = _run(*args)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)
    assert not result.stdout  # refused before doing anything


def test_the_gateway_port_is_checked_the_same_from_the_environment():
    result = _run("serve", env={"YAMABIKO_GATEWAY_PORT": "abc"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "YAMABIKO_GATEWAY_PORT is 'abc'; a port is 0..65535" in result.stderr


def test_the_log_level_is_any_case_and_seeds_may_be_negative():
    from yamabiko.cli.checks import seed_arg
    from yamabiko.cli.main import build_parser

    args = build_parser().parse_args(["serve", "--log-level", "DEBUG"])
    assert args.log_level == "debug"
    assert seed_arg("-3") == -3


def test_demo_accepts_a_zero_latency_value():
    # the check refuses only what is wrong: 0 s is a valid (instant) fake LLM
    from yamabiko.cli.checks import latency_arg

    assert latency_arg("0") == 0.0 and latency_arg("1.5") == 1.5


@pytest.mark.parametrize("command", ["warm", "bench"])
def test_a_store_failure_is_printed_once(tmp_path, command):
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"prompt": "What is Valkey?", "response": "A key-value server."}\n')
    store = f"valkey://127.0.0.1:{free_port()}/0"  # nothing listens there
    args = [str(rows)] if command == "warm" else ["--entries", "2", "--queries", "1"]
    result = _run(command, *args, "--store", store)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert result.stderr.count("cannot reach Valkey") == 1, result.stderr
    assert result.stderr.startswith(f"yamabiko {command}: cannot reach Valkey at ")


def test_the_fake_upstream_command_checks_its_numbers_too():
    cases = ((["--port", "abc"], "'abc' is not a port from 0 to 65535"),
             (["--latency", "-1"], "'-1' is not a number of seconds >= 0"))  # fmt: skip
    for args, needle in cases:
        result = subprocess.run(
            [sys.executable, "-m", "yamabiko.testing.fake_upstream", *args],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert needle in result.stderr, result.stderr
