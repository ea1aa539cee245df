"""The pairs of words one of which is the other written together with a word before it, found
by lookups (session 39): :func:`.english_forms.run_together_dropped` compared every word
left on one side with every word left on the other (*as well* / *aswell*), a walk quadratic
in the words two prompts do not share: a prompt of 2,000 words against one of 300 took
~90 ms in that walk alone."""

from __future__ import annotations

from collections.abc import Iterator


def glued_pairs(
    mine: list[str], theirs: list[str], heads: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i`` rising and then ``j``, where ``mine[i]`` is ``theirs[j]``
    with a word of ``heads`` (two letters or more) before it, or ``theirs[j]`` is ``mine[i]``
    so: each word is looked up by its tails, not compared with every other word."""
    longest = max(map(len, heads), default=0)
    said: dict[str, list[int]] = {}
    tails: dict[str, list[int]] = {}
    for j, word in enumerate(theirs):
        said.setdefault(word, []).append(j)
        for tail in _tails(word, heads, longest):
            tails.setdefault(tail, []).append(j)
    for i, word in enumerate(mine):
        found = set(tails.get(word, ()))  # theirs: a head + this word
        for tail in _tails(word, heads, longest):  # this word: a head + theirs
            found.update(said.get(tail, ()))
        for j in sorted(found):
            yield i, j


def _tails(word: str, heads: frozenset[str], longest: int) -> Iterator[str]:
    """What follows each word of ``heads`` (two letters or more) that ``word`` opens with,
    when something does."""
    for cut in range(2, min(longest, len(word) - 1) + 1):
        if word[:cut] in heads:
            yield word[cut:]
