"""Where the tests and the benchmarks find the labelled public data (``shared_data``): the
environment variable, else ``shared/data`` beside the checkout or beside a folder above it; a
missing file is a message that says how to point at the data, never a bare traceback."""

from __future__ import annotations

import pytest
from shared_data import DATA_ENV, find_data, require_data


def test_the_data_is_found_beside_the_checkout_or_a_folder_above_it(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_ENV, raising=False)
    checkout = tmp_path / "worktrees" / "mine"
    checkout.mkdir(parents=True)
    assert find_data(checkout) == tmp_path / "worktrees" / "shared" / "data"  # not there yet
    (tmp_path / "shared" / "data").mkdir(parents=True)
    assert find_data(checkout) == tmp_path / "shared" / "data"  # a worktree in a subfolder
    (tmp_path / "worktrees" / "shared" / "data").mkdir(parents=True)
    assert find_data(checkout) == tmp_path / "worktrees" / "shared" / "data"  # the nearest
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "elsewhere"))
    assert find_data(checkout) == tmp_path / "elsewhere"


def test_missing_data_says_where_it_looked_and_how_to_point_at_it(tmp_path):
    (tmp_path / "pairs").mkdir()
    assert require_data("pairs", data=tmp_path) == tmp_path / "pairs"
    with pytest.raises(SystemExit) as info:
        require_data("pairs", "qqp-dev.jsonl", data=tmp_path)
    message = str(info.value)
    assert str(tmp_path / "pairs" / "qqp-dev.jsonl") in message
    assert DATA_ENV in message and "../shared/data" in message
