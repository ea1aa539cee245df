"""Gateway settings (config file, environment, flags), `yamabiko serve`, and `yamabiko demo`."""

from __future__ import annotations

import signal
import subprocess

import httpx
import pytest
from gateway_support import SERVE_COMMAND, clean_env, serve_url

from yamabiko.config import gateway_env
from yamabiko.config.gateway import gateway_settings
from yamabiko.errors import ConfigError


def test_layers_and_env():
    env = gateway_env(
        {
            "YAMABIKO_GATEWAY_PORT": "9001",
            "YAMABIKO_GATEWAY_KEYS": "key-aaaaaaaaaaaaaaaa=team-a",
            "YAMABIKO_CACHE": "x",
        }
    )
    assert env == {"port": "9001", "keys": "key-aaaaaaaaaaaaaaaa=team-a"}
    settings = gateway_settings(
        {"port": 8000, "openai_url": "http://127.0.0.1:9/"},
        env,
        {"port": None, "host": "127.0.0.2"},
    )
    assert settings.port == 9001 and settings.host == "127.0.0.2"
    assert settings.keys == {"key-aaaaaaaaaaaaaaaa": "team-a"}
    assert settings.openai_url == "http://127.0.0.1:9"
    assert settings.price("gpt-4o-mini-2024-07-18") == (0.15, 0.60)


@pytest.mark.parametrize(
    ("section", "needle"),
    [
        ({"prot": 1}, "gateway.prot is not a gateway setting"),
        ({"port": "http"}, "gateway.port is 'http'"),
        ({"openai_url": "https://api.openai.com/v1"}, "without the API version"),
        ({"openai_url": "api.openai.com"}, "http(s) URL"),
        ({"keys": {"short": "a"}}, "shorter than 16"),
        (
            {"routes": [{"name": "r", "path": "/x", "upstream": "http://h", "prompt": "input"}]},
            "starting with '$'",
        ),
        ({"prices": {"m": [1]}}, "[input, output]"),
        ({"upstream_timeout": -1}, "must be > 0"),
    ],
)
def test_invalid_settings_name_file_key_and_fix(section, needle):
    with pytest.raises(ConfigError) as info:
        gateway_settings(section, source="/etc/yamabiko.toml")
    assert needle in str(info.value)


def test_no_keys_means_loopback_only():
    gateway_settings({"host": "127.0.0.1"}).check_exposure()
    with pytest.raises(ConfigError, match="no gateway keys"):
        gateway_settings({"host": "0.0.0.0"}).check_exposure()
    gateway_settings({"host": "0.0.0.0", "keys": {"k" * 20: "a"}}).check_exposure()


def test_serve_health_and_graceful_shutdown(tmp_path):
    config = tmp_path / "yamabiko.toml"
    config.write_text('[cache]\npath = "%s"\n[gateway]\nport = 0\n' % (tmp_path / "c.sqlite3"))
    command = [*SERVE_COMMAND, "--config", str(config)]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=clean_env())
    try:
        url, lines = serve_url(proc, timeout=60)
        assert any("NO GATEWAY KEYS" in ln for ln in lines)
        # the socket listens at once; requests are answered once the model is loaded
        health = httpx.get(f"{url}/healthz", timeout=60)
        assert health.json() == {"status": "ok", "cache": "ok"}
    finally:
        proc.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then re-raises the signal it caught
        assert proc.wait(30) in (0, -signal.SIGTERM)
    rest = proc.stderr.read()
    assert "Shutting down" in rest and "Finished server process" in rest


def test_serve_refuses_public_host_without_keys(tmp_path):
    from yamabiko.cli import main

    assert main(["serve", "--host", "0.0.0.0", "--path", str(tmp_path / "c.sqlite3")]) == 2


def test_demo_runs_through_the_gateway(capsys):
    import argparse

    from yamabiko.demo import SCENARIO, run_demo

    assert run_demo(argparse.Namespace(llm_latency=0.01, path=None)) == 0
    out = capsys.readouterr().out
    assert "gateway http://127.0.0.1:" in out
    assert f"{len(SCENARIO)}/{len(SCENARIO)} outcomes as the scenario expects." in out
