"""Session 25 (review): a bad verified-band width is a clear error wherever it is set: the
library (``AsyncSemanticCache(verified_band=...)``), the config file's ``[cache]
verified_band``, ``YAMABIKO_VERIFIED_BAND``, the CLI and the gateway's start-up. A width must
be a number in [0, 0.5] and, when given, at most ``min_similarity`` (the band would otherwise
reach below cosine 0); 0 turns the band off whatever the threshold. A request's own threshold
never makes a lookup with the band fail (the gateway answers it, never a 500)."""

from __future__ import annotations

import math

import pytest

from yamabiko import AsyncSemanticCache
from yamabiko.cli.main import build_parser, main
from yamabiko.config import load_settings
from yamabiko.errors import ConfigError, InvalidInputError
from yamabiko.gateway.commands import build_gateway
from yamabiko.guard.verified_band import DEFAULT_BAND_WIDTH, check_band_below
from yamabiko.policy import Policy

#: widths that are no band: negative, wider than half a cosine, not a number
BAD = [-0.01, 0.6, math.nan, math.inf, "0.05", True, None]
#: the same as the environment or a config file gives them
BAD_TEXT = ["-0.01", "0.6", "nan", "abc"]


@pytest.mark.parametrize("width", BAD[:-1])
def test_the_library_refuses_a_bad_width_before_it_opens_the_store(embedder, tmp_path, width):
    path = tmp_path / "c.sqlite3"
    with pytest.raises(InvalidInputError, match="verified_band"):
        AsyncSemanticCache(embedder, path=path, verified_band=width)
    assert not path.exists()  # (checked before the store file is made)


def test_the_library_refuses_a_band_wider_than_the_threshold(embedder, tmp_path):
    path = tmp_path / "c.sqlite3"
    with pytest.raises(InvalidInputError, match=r"more than min_similarity 0\.2"):
        AsyncSemanticCache(embedder, path=path, min_similarity=0.2, verified_band=0.3)
    assert not path.exists()


async def test_a_width_that_fits_is_kept(embedder, tmp_path):
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "a.sqlite3", min_similarity=0.3, verified_band=0.3
    ) as cache:
        assert cache.verified_band == 0.3
    # the default and an explicit 0 fit any threshold, a low or negative one too
    async with AsyncSemanticCache(embedder, path=tmp_path / "b.sqlite3", min_similarity=0.0) as c:
        assert c.verified_band == DEFAULT_BAND_WIDTH
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", min_similarity=-1.0, verified_band=0
    ) as cache:
        assert cache.verified_band == 0.0


def test_check_band_below_names_the_setting():
    check_band_below(0.05, 0.75)
    check_band_below(0.0, -0.5)
    with pytest.raises(InvalidInputError, match=r"^width is 0.5, more than min_similarity 0.4"):
        check_band_below(0.5, 0.4, "width")


@pytest.mark.parametrize("text", BAD_TEXT)
def test_the_environment_variable_is_checked(text):
    with pytest.raises(ConfigError, match="YAMABIKO_VERIFIED_BAND"):
        load_settings(env={"YAMABIKO_VERIFIED_BAND": text})


@pytest.mark.parametrize("value", ["-0.01", "0.6", '"abc"'])
def test_the_config_file_is_checked(tmp_path, value):
    config = tmp_path / "yamabiko.toml"
    config.write_text(f"[cache]\nverified_band = {value}\n")
    with pytest.raises(ConfigError, match=r"yamabiko\.toml: cache\.verified_band"):
        load_settings(config, env={})


def test_a_band_wider_than_the_configured_threshold_is_a_config_error(tmp_path):
    config = tmp_path / "yamabiko.toml"
    config.write_text("[cache]\nmin_similarity = 0.2\nverified_band = 0.3\n")
    with pytest.raises(ConfigError, match=r"yamabiko\.toml: \[cache\] verified_band is 0\.3"):
        load_settings(config, env={})
    env = {"YAMABIKO_MIN_SIMILARITY": "0.25", "YAMABIKO_VERIFIED_BAND": "0.3"}
    with pytest.raises(ConfigError, match=r"more than min_similarity 0\.25"):
        load_settings(env=env)
    fits = load_settings(env={"YAMABIKO_MIN_SIMILARITY": "0.3", "YAMABIKO_VERIFIED_BAND": "0.3"})
    assert fits.cache.verified_band == 0.3


def test_the_cli_says_what_is_wrong(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("YAMABIKO_CONFIG", raising=False)
    monkeypatch.setenv("YAMABIKO_VERIFIED_BAND", "-1")
    assert main(["stats", "--path", str(tmp_path / "c.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "YAMABIKO_VERIFIED_BAND" in err and "Traceback" not in err


def test_the_gateway_refuses_to_start(tmp_path, monkeypatch):
    monkeypatch.delenv("YAMABIKO_CONFIG", raising=False)
    monkeypatch.setenv("YAMABIKO_VERIFIED_BAND", "0.9")
    args = build_parser().parse_args(["serve", "--port", "0", "--path", str(tmp_path / "g")])
    with pytest.raises(ConfigError, match="YAMABIKO_VERIFIED_BAND"):
        build_gateway(args)


@pytest.mark.parametrize("threshold", [0.2, 0.72, 0.75, 0.9999, -1.0])
async def test_any_request_threshold_looks_up_with_the_band(embedder, tmp_path, threshold):
    cached = "How do I change my delivery address?"
    query = "Can I have my order delivered to a different address?"
    async with AsyncSemanticCache(
        embedder, path=tmp_path / "c.sqlite3", policy=Policy(presets=False)
    ) as cache:
        await cache.store(cached, "the answer")
        found = await cache.probe(query, min_similarity=threshold)
        assert not found.reason.startswith("error"), found.reason
        similarity = found.best_similarity
        assert similarity is not None and 0.70 <= similarity < 0.72  # (0.708)
        if 0.70 <= similarity < threshold <= 0.75:  # in the band below this threshold: proved
            assert found.hit is not None, found.reason
            assert found.hit.verdict.reason.startswith("verified-band:")
        elif threshold > 0.75:  # the band reaches 0.05 below 0.9999: not down to this cosine
            assert found.hit is None and found.reason == "below-threshold"
