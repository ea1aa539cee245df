"""The public API documents itself: every name in ``yamabiko.__all__``, the stores and the
integrations has a docstring, and so has each of their public methods and properties, with
type hints on its parameters and its result (what ``help()`` and an IDE show a new user)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import yamabiko
from yamabiko.stores.postgres import PostgresStore
from yamabiko.stores.valkey import ValkeyStore

#: public classes outside ``__all__`` that users construct themselves
MORE_CLASSES: tuple[type, ...] = (ValkeyStore, PostgresStore)


def _public_classes() -> list[type]:
    named = [getattr(yamabiko, name) for name in yamabiko.__all__ if name != "__version__"]
    return [obj for obj in named if inspect.isclass(obj)] + list(MORE_CLASSES)


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """(name, function) of the public methods and property getters ``cls`` defines or
    inherits from yamabiko classes."""
    seen: set[str] = set()
    for owner in cls.__mro__:
        if not owner.__module__.startswith("yamabiko"):
            continue
        for name, member in vars(owner).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)
            if isinstance(member, (staticmethod, classmethod)):
                member = member.__func__
            elif isinstance(member, property):
                member = member.fget
            if inspect.isfunction(member):
                yield name, member


def test_every_public_name_has_a_docstring():
    undocumented = [
        name
        for name in yamabiko.__all__
        if name != "__version__" and not inspect.getdoc(getattr(yamabiko, name))
    ]
    assert not undocumented


def test_every_public_method_has_a_docstring_and_type_hints():
    problems = []
    for cls in _public_classes():
        for name, function in _members(cls):
            where = f"{cls.__name__}.{name}"
            if not function.__doc__:
                problems.append(f"{where}: no docstring")
            signature = inspect.signature(function)
            hinted = function.__annotations__
            for parameter in list(signature.parameters.values())[1:]:  # after self / cls
                if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                    continue
                if parameter.name not in hinted:
                    problems.append(f"{where}: parameter {parameter.name} has no type hint")
            if "return" not in hinted:
                problems.append(f"{where}: no return type hint")
    assert not problems, "\n".join(problems)
