"""The command line, run as a real subprocess."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from servers import free_port

from yamabiko import SemanticCache
from yamabiko.embedders import USEMultilingual


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "yamabiko.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_demo_replays_the_reference_scenario():
    result = run_cli("demo", "--llm-latency", "0.05", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    outcomes = [line.split()[1] for line in lines if line[:2].strip().isdigit()]
    assert outcomes == ["miss", "hit", "miss", "hit", "hit", "hit", "miss", "miss", "miss"]
    assert "9/9 outcomes as the scenario expects" in result.stdout
    assert "fake" in result.stdout.lower()


def test_stats_and_invalidate_on_a_cache_file(tmp_path, embedder):
    path = tmp_path / "cli.sqlite3"
    with SemanticCache(embedder, path=path) as cache:
        cache.store("What is a semantic cache?", "A cache keyed by meaning.", tags=["faq"])
        cache.store("Is the sea blue?", "Mostly.", context={"namespace": "t2"})
    stats = run_cli("stats", "--path", str(path), "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["entries"] == 2

    removed = run_cli("invalidate", "--path", str(path), "--tag", "faq")
    assert (removed.returncode, removed.stdout.strip()) == (0, "removed 1 entry")
    removed = run_cli("invalidate", "--path", str(path), "--all")
    assert (removed.returncode, removed.stdout.strip()) == (0, "removed 1 entry")


def test_invalidate_without_criteria_is_refused(tmp_path):
    result = run_cli("invalidate", "--path", str(tmp_path / "x.sqlite3"))
    assert result.returncode == 2
    assert "--all" in result.stderr


def test_bad_config_is_a_clear_error(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("[cache]\nmin_similarity = 'high'\n")
    result = run_cli("stats", "--config", str(config))
    assert result.returncode == 2
    assert "cache.min_similarity" in result.stderr and "'high'" in result.stderr


def refused(result: subprocess.CompletedProcess[str], command: str) -> str:
    """The one-line message of a command that refused (exit 2, no traceback)."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith(f"yamabiko {command}: ")
    return result.stderr


@pytest.mark.parametrize(
    ("store", "says"),
    [("valkey://127.0.0.1:{port}/0", "cannot reach Valkey at valkey://127.0.0.1:"),
     ("valkey+cluster://:s3cret@127.0.0.1:{port}",
      "the Valkey cluster at valkey+cluster://:***@127.0.0.1:"),
     ("postgresql://u:s3cret@127.0.0.1:{port}/db", "cannot reach PostgreSQL at postgresql://u:***@"),
     ("valkey://127.0.0.1:notaport/0", "store URL valkey://127.0.0.1:notaport/0 is invalid"),
     ("mysql://127.0.0.1/db", "store 'mysql://127.0.0.1/db' is not understood"),
     ("/data/cache.sqlite3", "store '/data/cache.sqlite3' is not understood")],
    ids=["valkey", "valkey-cluster", "postgres", "bad-port", "unknown-scheme", "no-scheme"],
)  # fmt: skip
def test_a_store_url_that_does_not_work_is_a_message(store, says):
    url = store.format(port=free_port())
    for command in (("stats",), ("invalidate", "--all")):
        message = refused(run_cli(*command, "--store", url), command[0])
        assert says in message and "s3cret" not in message


def test_a_damaged_or_foreign_cache_file_is_a_message_and_stays_untouched(tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all " * 400)
    foreign = tmp_path / "app.sqlite3"  # another program's database, given by mistake
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"prompt": "What is yamabiko?", "response": "A cache."}\n')
    for command in (("stats",), ("invalidate", "--all"), ("warm", str(rows))):
        message = refused(run_cli(*command, "--path", str(damaged)), command[0])
        assert "doctor --repair" in message
        message = refused(run_cli(*command, "--path", str(foreign)), command[0])
        assert "not a yamabiko cache (its tables: orders)" in message
    assert damaged.read_bytes() == b"not a database at all " * 400
    with sqlite3.connect(foreign) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["orders"]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_argument_mistakes_are_messages(tmp_path):
    assert "a port is 0..65535" in refused(run_cli("serve", "--port=-1"), "serve")
    assert "is a directory" in refused(run_cli("eval", "pairs", str(tmp_path)), "eval")


def test_no_command_shows_the_commands():
    result = run_cli()
    assert result.returncode == 2 and result.stderr.startswith("usage: yamabiko "), result.stderr
    assert "demo" in result.stderr and "replay the reference scenario" in result.stderr


def test_an_unknown_option_is_shown_with_its_own_command_usage(tmp_path):
    for command, args in ((["stats"], ["--bogus"]), (["eval", "pairs"], ["--bogus", "x.jsonl"])):
        result = run_cli(*command, *args)
        name = " ".join(command)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.startswith(f"usage: yamabiko {name} "), result.stderr
        assert f"yamabiko {name}: error: unrecognized arguments: --bogus" in result.stderr


def test_doctor_reports_an_unknown_embedder_as_a_failed_check(tmp_path):
    result = run_cli("doctor", "--embedder", "bogus", "--path", str(tmp_path / "c.sqlite3"))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "[FAIL] cache: embedder 'bogus' is not known; use one of" in result.stdout
    assert "extra [gateway]" in result.stdout  # the remaining checks still ran


def test_warm_stores_good_rows_and_names_bad_lines(tmp_path):
    path = tmp_path / "warm.sqlite3"
    data = tmp_path / "warm.jsonl"
    data.write_text(
        '{"prompt": "What is yamabiko?", "response": "A semantic cache.", "tags": ["faq"]}\n'
        "not json\n"
        '{"prompt": "only a prompt"}\n'
        '{"prompt": "", "response": "empty prompt"}\n'
        '{"prompt": "Is the sea blue?", "response": "Mostly.", "context": {"model": "m"}}\n',
        encoding="utf-8",
    )
    result = run_cli("warm", str(data), "--path", str(path), "--ttl", "600")
    assert result.returncode == 1
    assert "stored 2;" in result.stdout
    assert f"{data}:2: not JSON" in result.stderr
    assert f"{data}:3: needs an object" in result.stderr
    assert f"{data}:4: prompt is empty" in result.stderr
    with SemanticCache(path=path) as cache:
        hit = cache.lookup("What's yamabiko?")
        assert hit is not None and hit.response == "A semantic cache."
        assert cache.lookup("Is the sea blue?", context={"model": "m"}) is not None


def test_doctor_checks_model_and_store(tmp_path):
    result = run_cli("doctor", "--path", str(tmp_path / "doctor.sqlite3"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"embedder: {USEMultilingual.name}, 512 dims" in result.stdout
    assert "store:" in result.stdout and "0 entries" in result.stdout
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 100)
    result = run_cli("doctor", "--path", str(broken))
    assert result.returncode == 1
    assert "[FAIL] store" in result.stdout


def test_bench_times_the_configured_cache_and_cleans_up(tmp_path):
    path = tmp_path / "bench.sqlite3"
    result = run_cli("bench", "--path", str(path), "--entries", "40", "--queries", "20")
    assert result.returncode == 0, result.stderr
    assert "lookup, exact repeat:" in result.stdout and "20/20 hits" in result.stdout
    stats = run_cli("stats", "--path", str(path), "--json")
    assert json.loads(stats.stdout)["entries"] == 0  # the scratch namespace was removed
    bad = run_cli("bench", "--path", str(path), "--entries", "0")
    assert bad.returncode == 2 and "argument --entries: '0' is not a whole number" in bad.stderr


#: run the command with the optional extras' packages missing (as after `pip install yamabiko`)
_WITHOUT_EXTRAS = """
import importlib.abc, sys
class Missing(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in ("httpx", "uvicorn", "valkey", "psycopg", "matplotlib"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Missing())
from yamabiko.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_command_works_without_the_optional_extras():
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", _WITHOUT_EXTRAS, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    helped = run("--help")
    assert helped.returncode == 0, helped.stderr
    assert "serve" in helped.stdout and "stats" in helped.stdout
    served = run("serve")
    assert served.returncode == 2 and "Traceback" not in served.stderr
    assert "pip install 'yamabiko[gateway]'" in served.stderr


def test_every_eval_mode_is_listed_in_the_help():
    for args in ((), ("eval",)):
        helped = run_cli(*args, "--help")
        assert helped.returncode == 0, helped.stderr
        for mode in ("pairs", "workload", "conversations"):
            assert mode in helped.stdout, (args, mode, helped.stdout)
