"""The ``yamabiko`` command's parser and entry point: each command group registers its
subcommands (:mod:`.store`, :mod:`.doctor`, :mod:`.bench`, :mod:`.demo`, and the gateway's and
the evaluation's when they are installed); every mistake is a message, never a traceback."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .. import __version__
from ..errors import YamabikoError
from . import bench, demo, doctor, store

#: Command groups of this package, in the order ``yamabiko --help`` lists them.
GROUPS: tuple[Callable[[Any], None], ...] = (
    demo.register_demo,
    store.register,
    demo.register_warm,
    bench.register,
    doctor.register,
)
#: Modules that add commands when their dependencies are installed (``register_commands``).
OPTIONAL = ("yamabiko.gateway.commands", "yamabiko.eval")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="yamabiko",
        description="A semantic cache for LLM applications.",
        epilog="New here? `yamabiko demo` replays a short scenario offline; "
        "`yamabiko COMMAND --help` shows a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"yamabiko {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in (*GROUPS, *_optional_groups()):
        register(sub)
    return parser


def _optional_groups() -> list[Callable[[Any], None]]:
    """Subcommands contributed by other modules (gateway, evaluation)."""
    registers = []
    for module_name in OPTIONAL:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        register = getattr(module, "register_commands", None)
        if register is not None:
            registers.append(register)
    return registers


def command_parser(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> argparse.ArgumentParser:
    """The parser of the (sub)command that ``args`` chose: ``yamabiko eval pairs``'s for
    ``eval pairs``, so that its mistakes are shown with its own usage."""
    while True:
        chosen = None
        for action in parser._actions:  # argparse keeps subcommands as an action
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(args, action.dest, None) or "")
        if chosen is None:
            return parser
        parser = chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``yamabiko`` command."""
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):  # a first try: show what there is
        parser.print_help(sys.stderr)
        return 2
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # argparse would name them under the top-level usage
        command_parser(parser, args).error(f"unrecognized arguments: {' '.join(unknown)}")
    try:
        return int(args.func(args) or 0)
    except YamabikoError as exc:
        print(f"yamabiko {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `yamabiko doctor | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
