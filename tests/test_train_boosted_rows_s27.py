"""``benchmarks/train_boosted.py --rows-cache`` (session 27, trees4): a file's rows are made
once and kept; a run that finds them kept reads them and never writes the file again, so two
runs sharing the folder cannot read a file the other is rewriting."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import train_boosted


def test_rows_are_made_once_and_a_kept_file_is_not_rewritten(tmp_path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text('{"a": "Is the pool open?", "b": "Is the pool closed?", "label": 0}\n')
    folder = tmp_path / "rows"
    made: list[int] = []

    def make() -> dict:
        made.append(1)
        return {"sim": [0.9], "label": [0]}

    first = train_boosted.kept_rows(folder, pairs, True, 0.7, 0.75, make)
    (kept,) = folder.iterdir()
    stamp = kept.stat().st_mtime_ns
    second = train_boosted.kept_rows(folder, pairs, True, 0.7, 0.75, make)
    assert first == second == {"sim": [0.9], "label": [0]} and made == [1]
    assert kept.stat().st_mtime_ns == stamp  # read, not written again
    # other settings or other bytes are other rows: made again
    train_boosted.kept_rows(folder, pairs, False, 0.7, 0.75, make)
    assert made == [1, 1] and len(list(folder.iterdir())) == 2
    # without a folder nothing is kept
    train_boosted.kept_rows(None, pairs, True, 0.7, 0.75, make)
    assert made == [1, 1, 1]
