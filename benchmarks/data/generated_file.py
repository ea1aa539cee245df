"""What the data generators of this folder share: a JSON Lines text of their rows, the rows of
a held-out FAQ set from its hand-written groups, and the command line that writes the file or,
with ``--check``, only says whether it is current."""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path
from types import ModuleType


def render(rows: list[dict]) -> str:
    """The JSON-lines text of ``rows`` (UTF-8 characters kept as they are)."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def faq_rows(groups: dict[str, tuple[list, list, list]]) -> list[dict]:
    """The rows of a held-out FAQ set from ``{lang: (paraphrases, minimal pairs, role swaps)}``,
    each a list of ``(detail, a, b)``, in that order; only paraphrases have label 1."""
    kinds = ("paraphrase", "minimal-pair", "role-swap")
    return [
        {"a": a, "b": b, "label": int(kind == "paraphrase"), "lang": lang, "kind": kind,
         "detail": detail}
        for lang, lists in groups.items()
        for kind, items in zip(kinds, lists, strict=True)
        for detail, a, b in items
    ]  # fmt: skip


def write_or_check(out: Path, text: str, description: str, argv: list[str] | None = None) -> int:
    """Write ``text`` to ``out``, or with ``--check`` in ``argv`` only say whether ``out``
    already holds it (exit status 1 when it does not)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="fail if the file would change")
    args = parser.parse_args(argv)
    if args.check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out.name}: {'up to date' if same else 'OUT OF DATE, rerun without --check'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} rows to {out}")
    return 0


def write_faq(out: Path, groups: dict[str, tuple[list, list, list]], description: str) -> int:
    """Write (or with ``--check`` only check) the held-out FAQ file ``out`` of ``groups``
    (see :func:`faq_rows`)."""
    return write_or_check(out, render(faq_rows(groups)), description)


def write_faq_modules(out: Path, modules: dict[str, ModuleType], description: str) -> int:
    """Write (or with ``--check`` only check) the held-out FAQ file ``out`` of the text modules
    ``{lang: module}``, each with the lists ``PARAPHRASES``, ``MINIMAL_PAIRS`` and
    ``ROLE_SWAPS`` of ``(detail, a, b)``."""
    groups = {lang: (m.PARAPHRASES, m.MINIMAL_PAIRS, m.ROLE_SWAPS) for lang, m in modules.items()}
    return write_faq(out, groups, description)


def write_conversations(out: Path, scenarios: list[dict], description: str) -> int:
    """Write (or with ``--check`` only check) the held-out conversation file ``out``: the six
    pairs of each scenario (``make_conversations_heldout.pairs_of``), in scenario order."""
    from make_conversations_heldout import pairs_of

    pairs = [row for i, scenario in enumerate(scenarios) for row in pairs_of(i, scenario)]
    return write_or_check(out, render(pairs), description)


def write_set(script: str, doc: str) -> int:
    """The command line of a held-out set's generator ``heldoutN_faq.py`` or
    ``heldoutN_conversations.py`` (``script``, its ``__file__``): its file
    (``faq-heldoutN.jsonl`` or ``conversations-heldoutN.jsonl``) from the text modules
    ``<stem>_en`` and ``<stem>_ja`` beside it, described by the first line of ``doc``."""
    path = Path(script).resolve()
    tag, kind = path.stem.split("_", 1)
    out = path.parent / f"{kind}-{tag}.jsonl"
    parts = {lang: importlib.import_module(f"{path.stem}_{lang}") for lang in ("en", "ja")}
    description = doc.split("\n")[0]
    if kind == "faq":
        return write_faq_modules(out, parts, description)
    scenarios = [scenario for module in parts.values() for scenario in module.SCENARIOS]
    return write_conversations(out, scenarios, description)
