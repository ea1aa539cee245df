"""Where the labelled public data lives: ``../shared/data`` beside the checkout (as CI lays it
out), or the development machine's ``/work/shared/data``."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
PAIRS = DATA / "pairs"
