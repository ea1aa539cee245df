"""WordNet's data lines (``data.noun`` ... ``data.adv``), read by byte offset: a line's fields,
its lemmas and its pointers, for :mod:`.wordnet`'s one loader and for :mod:`.opposites`; and
the antonym pointers between the words of one file (:func:`opposed_lemmas`: adjectives, adverbs),
which the loader collects in the pass that reads the file (session 18: before, ``opposites``
read ``data.adj`` and ``data.adv`` a second time and parsed every line).
"""

from __future__ import annotations


def data_line(data: bytes, offset: int) -> list[str]:
    """The fields of the data line at byte ``offset`` (the files' offsets count LF ends)."""
    return data[offset : data.index(b"\n", offset)].decode("ascii", "replace").split()


def line_words(fields: list[str]) -> list[str]:
    """A data line's lemmas, lower case, without adjective markers (``(a)``)."""
    return [w.lower().split("(")[0] for w in fields[4 : 4 + 2 * int(fields[3], 16) : 2]]


def line_pointers(fields: list[str]) -> list[list[str]]:
    """A data line's pointers, each ``[symbol, target offset, part of speech, source/target]``
    (``!`` antonym, ``@`` hypernym ...)."""
    at = 4 + 2 * int(fields[3], 16)
    return [fields[at + 1 + 4 * p : at + 5 + 4 * p] for p in range(int(fields[at]))]


def opposed_lemmas(data: bytes, table: dict[str, set[str]]) -> None:
    """Add the antonym pointers (``!``) of one data file (``data.adj`` / ``data.adv``;
    ``data.noun`` into a table of its own) that stay in it to ``table``: lemma -> the lemmas
    it is an antonym of (fast -> slow; sunrise -> sunset). Only the lines with a ``!`` are
    found and parsed; a pointer's target line is read at its offset (a pointer to no line of
    this file adds nothing)."""
    end = 0
    while (at := data.find(b" ! ", end)) >= 0:  # (only the lines with one: data.noun is 15 MB)
        start, end = data.rfind(b"\n", 0, at) + 1, data.find(b"\n", at)
        end = len(data) if end < 0 else end
        line = data[start:end]
        if line.startswith(b" "):
            continue  # (the licence header)
        fields = line.decode("ascii", "replace").split()
        words = line_words(fields)
        for symbol, target, _, link in line_pointers(fields):
            if symbol != "!":
                continue
            offset = int(target)
            theirs: list[str] = []
            if offset < len(data) and (offset == 0 or data[offset - 1] == 10):  # (this file's)
                found = data_line(data, offset)
                theirs = line_words(found) if found and found[0] == target else []
            source, number = int(link[:2], 16), int(link[2:], 16)
            left = words[source - 1 : source] if source else words
            right = theirs[number - 1 : number] if number else theirs
            for word in left:
                table.setdefault(word, set()).update(right)


def line_gloss(data: bytes, offset: int) -> str:
    """The gloss of the data line at byte ``offset``: everything after its ``|`` (definitions,
    then quoted examples, separated by ``;``), as written."""
    return data[offset : data.index(b"\n", offset)].decode("ascii", "replace").partition(" | ")[2]


def line_examples(data: bytes, offset: int) -> list[str]:
    """The example sentences of the data line at byte ``offset`` (the quoted parts of its
    gloss, after ``|``: *Do you carry kerosene heaters?*), lower case, in WordNet's order."""
    gloss = line_gloss(data, offset)
    return [part.lower() for part in gloss.split('"')[1::2] if part.strip()]
