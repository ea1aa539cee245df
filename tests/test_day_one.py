"""The rough edges a new user hits first, each as a test: clear messages instead of
tracebacks, the same validation at every entry point, warming the gateway's partitions, the
offline trial, the version, the generated configuration reference, the licence."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import httpx
import pytest
from gateway_support import running_stack

from yamabiko import SemanticCache
from yamabiko.cache import check_min_similarity
from yamabiko.cli import main
from yamabiko.errors import InvalidInputError

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120):
    return subprocess.run(
        [sys.executable, "-m", "yamabiko.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def without(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a process where ``module`` (an optional extra) cannot be imported."""
    code = (
        f"import sys; sys.modules[{module!r}] = None\n"
        "from yamabiko.cli import main\n"
        f"sys.exit(main({list(args)!r}))"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def clear_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


# -- messages instead of tracebacks ------------------------------------------------------------


def test_port_in_use_is_a_message_and_no_startup_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--port", str(port), "--path", str(tmp_path / "c.sqlite3"))
    clear_error(result, "Address already in use", "--port")
    assert "yamabiko gateway on" not in result.stderr


def test_a_failing_start_prints_no_startup_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = run("serve", "--port", "0", "--path", str(blocker / "cache.sqlite3"))
    clear_error(result, f"{blocker} is a file, not a directory")
    assert "yamabiko gateway on" not in result.stderr


def test_cache_path_under_a_file_or_a_missing_directory(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"prompt": "Is it raining?", "response": "No."}) + "\n")
    clear_error(run("warm", str(rows), "--path", str(blocker / "c.sqlite3")), "not a directory")
    missing = tmp_path / "no-such-dir" / "c.sqlite3"
    for command in (["stats"], ["invalidate", "--all"]):
        clear_error(run(*command, "--path", str(missing)), "no cache file at", "check the path")
    assert not missing.parent.exists()  # a read command created nothing
    doctor = run("doctor", "--path", str(missing))
    assert "no cache file yet" in doctor.stdout and not missing.parent.exists()


def test_unknown_store_url_option_names_the_typo(capsys):
    assert main(["stats", "--store", "valkey://127.0.0.1:1/0?prefx=app1:"]) == 2
    err = capsys.readouterr().err
    assert "unknown option 'prefx'" in err and "Did you mean 'prefix'?" in err


def test_demo_and_eval_plot_without_their_extra(tmp_path):
    clear_error(without("uvicorn", "demo"), "pip install 'yamabiko[gateway]'")
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"a": "Is it cold?", "b": "Is it chilly?", "label": 1}) + "\n")
    report = tmp_path / "report.json"
    result = without(
        "matplotlib",
        "eval",
        "pairs",
        str(pairs),
        "--plot",
        str(tmp_path / "p.png"),
        "--report",
        str(report),
    )
    clear_error(result, "--plot needs the [eval] extra", "pip install 'yamabiko[eval]'")
    assert "pairs (" not in result.stdout  # refused before the run: no report is lost


def test_doctor_piped_into_head_ends_quietly(tmp_path):
    result = subprocess.run(
        f"{sys.executable} -m yamabiko.cli doctor --path {tmp_path / 'c.sqlite3'} | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.startswith("[  ok] yamabiko")
    assert "BrokenPipeError" not in result.stderr and "Traceback" not in result.stderr


# -- one validation for every entry point ------------------------------------------------------


def test_settings_are_checked_the_same_by_every_command(tmp_path):
    path = str(tmp_path / "c.sqlite3")
    for key, value in (("YAMABIKO_MIN_SIMILARITY", "2"), ("YAMABIKO_TTL", "-1")):
        clear_error(run("stats", "--path", path, env={key: value}), key)
        clear_error(run("serve", "--port", "0", "--path", path, env={key: value}), key)
        doctor = run("doctor", "--path", path, env={key: value})
        assert "FAIL" in doctor.stdout and key in doctor.stdout
    valkey = run("stats", "--store", "valkey://127.0.0.1:1/0", env={"YAMABIKO_MAX_ENTRIES": "5"})
    clear_error(valkey, "max_entries is not supported with the Valkey store")


def test_cli_thresholds_and_ages_are_validated(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["eval", "pairs", "x.jsonl", "--threshold", "2"])
    assert "outside [-1, 1]" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["invalidate", "--older-than", "-5", "--path", str(tmp_path / "c.sqlite3")])
    assert "-5 seconds is not an age" in capsys.readouterr().err


@pytest.mark.parametrize(("value", "hint"), [(1.5, False), (2, False), (90, True), (95.5, True)])
def test_the_percentage_hint_fires_only_for_percentages(value, hint):
    with pytest.raises(InvalidInputError) as err:
        check_min_similarity(value)
    assert ("percentage" in str(err.value)) is hint


# -- warming -------------------------------------------------------------------------------------


def test_warm_fills_the_gateway_partition_and_twice_does_not_double(tmp_path, embedder):
    rows = tmp_path / "faq.jsonl"
    rows.write_text(
        json.dumps({"prompt": "What is the capital of Japan?", "response": "Tokyo."})
        + "\n"
        + json.dumps({"prompt": "How tall is Mount Fuji?", "response": "3,776 metres."})
        + "\n"
    )
    path = tmp_path / "gateway.sqlite3"  # the file running_stack serves from
    args = ["warm", str(rows), "--path", str(path), "--as", "openai", "--model", "gpt-4o-mini"]
    for _ in range(2):
        result = run(*args)
        assert result.returncode == 0, result.stderr
        assert "stored 2" in result.stdout
    stats = run("stats", "--path", str(path), "--json")
    assert json.loads(stats.stdout)["entries"] == 2  # replaced, not doubled
    with running_stack(embedder, tmp_path) as stack:
        answer = httpx.post(
            f"{stack.url}/v1/chat/completions",
            json={
                "model": "gpt-4o-mini",
                "messages": [{"role": "user", "content": "What is the capital of Japan?"}],
            },
        )
        assert answer.headers["x-yamabiko-cache"] == "hit"
        assert answer.json()["choices"][0]["message"]["content"] == "Tokyo."
        other = httpx.post(
            f"{stack.url}/v1/chat/completions",
            json={
                "model": "gpt-4o",
                "messages": [{"role": "user", "content": "What is the capital of Japan?"}],
            },
        )
        assert other.headers["x-yamabiko-cache"] == "miss"  # another model, another partition
    bad = run("warm", str(rows), "--path", str(path), "--as", "openai")
    clear_error(bad, "--as needs --model")


def test_storing_the_same_prompt_in_the_same_context_replaces(tmp_path, embedder):
    with SemanticCache(embedder, path=tmp_path / "c.sqlite3") as cache:
        first = cache.store("Where is Kyoto?", "In Japan.", context={"model": "m"})
        second = cache.store("Where is Kyoto?", "In the Kansai region.", context={"model": "m"})
        elsewhere = cache.store("Where is Kyoto?", "In Japan.", context={"model": "n"})
        assert first.id == second.id != elsewhere.id
        assert cache.stats().entries == 2
        assert cache.lookup("Where is Kyoto?", context={"model": "m"}).response == (
            "In the Kansai region."
        )


# -- trying it, and the docs --------------------------------------------------------------------


def test_serve_fake_upstream_tries_the_gateway_offline_with_one_flag():
    process = subprocess.Popen(
        [sys.executable, "-m", "yamabiko.cli", "serve", "--fake-upstream", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = None
        for line in process.stderr:
            found = re.search(r"yamabiko gateway on (http://\S+)", line)
            if found:
                url = found.group(1)
                break
        assert url, "the gateway did not start"
        body = {"model": "any", "messages": [{"role": "user", "content": "Hello, cache?"}]}
        # generous: the first request loads the embedder and the guard's resources, which
        # takes far longer on a loaded 2-core machine; this test checks behaviour, not speed
        first = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=180)
        second = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60)
        assert first.headers["x-yamabiko-cache"] == "miss"
        assert second.headers["x-yamabiko-cache"] == "hit"
        assert "Fake answer to: Hello, cache?" in second.text
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_version(capsys):
    from yamabiko import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.strip() == f"yamabiko {__version__}"


def test_the_configuration_reference_is_generated_and_current():
    from yamabiko.config_reference import DESCRIPTIONS, render

    document = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert document == render(), (
        "regenerate: python -m yamabiko.config_reference > docs/configuration.md"
    )
    for section in DESCRIPTIONS.values():
        for key in section:
            assert f"| `{key}` |" in document
    assert "`serve --access-log`" in document and "`YAMABIKO_GATEWAY_ADMIN_TOKEN`" in document


def test_docs_have_no_development_machine_paths_and_there_is_a_licence():
    texts = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    for file in texts:
        for bad in ("/work/", "/home/", "/root/"):
            assert bad not in file.read_text(encoding="utf-8"), f"{bad} in {file.name}"
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0, January 2004" in licence
    assert "END OF TERMS AND CONDITIONS" in licence


def test_langchain_adapter_raises_no_beta_warning(tmp_path):
    from langchain_core.outputs import Generation

    from yamabiko.integrations.langchain import YamabikoCache

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cache = YamabikoCache(path=tmp_path / "lc.sqlite3")
        cache.update("Say hello", "llm-config", [Generation(text="hello")])
        assert cache.lookup("Say hello", "llm-config") == [Generation(text="hello")]
    names = [type(w.message).__name__ for w in caught]
    assert "LangChainBetaWarning" not in names, names
