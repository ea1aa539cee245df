"""The README's "Project layout" names every module of the package, so that a new module (or
a renamed one) is placed on the map where a newcomer looks first; and no module is longer than
the project's limit."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "yamabiko"
#: the project's rule is "modules < ~400 lines"; past this a module must be split
MAX_LINES = 420


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.stem not in ("__init__", "__main__"))


def test_the_readme_layout_names_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Project layout", 1)[1].split("\n## ", 1)[0]
    missing = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if not re.search(rf"\b{re.escape(path.stem)}\b", layout)
    ]
    assert not missing, f"README 'Project layout' does not mention: {missing}"


def test_no_module_is_too_long():
    long = {str(p.relative_to(PACKAGE)): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}  # fmt: skip
    assert not long, long
