"""Session 37 (review): wrong's reading of a glued word apart (08dc827) never raises.

:func:`yamabiko.guard.english_forms.run_together_read` took a glued word from the lower-cased
prompt's letters and looked it up again with ``\\b...\\b`` in the original, where a digit,
``_`` or a letter of another script runs on from it: *aswell2* raised an AssertionError from
``Guard.check``. It also chose between two glued words by a set's order. The word is now
split where the lower-cased text has it, the words read in the prompt's order. Real guard,
WordNet and lemminflect; the prompts are written for this test.
"""

from __future__ import annotations

import pytest

from yamabiko.guard import Guard
from yamabiko.guard.english_forms import run_together_read

GUARD = Guard()
CACHED = "Do you deliver garden furniture as well?"


@pytest.mark.parametrize("ending", ["aswell2?", "aswellé?", "aswell_x?", "Aswell?"])
def test_a_glued_word_run_on_is_split_and_checked(ending: str) -> None:
    """The glued word is split in place and the other act still refused, both ways round
    (no exception: the check's verdict, by the minimal-pair check or the trees)."""
    query = f"do you assemble garden furniture {ending}"
    apart, named = run_together_read(query, CACHED) or ("", "")
    assert named == "well->aswell"
    assert apart == query.replace(ending[:6], f"{ending[:2]} {ending[2:6]}", 1)
    for a, b in ((query, CACHED), (CACHED, query)):
        verdict = GUARD.check(a, b, "en", 0.85, 0.75)
        assert not verdict.accept, verdict


def test_two_glued_words_are_read_in_the_prompts_order() -> None:
    """The first glued word of the prompt is the one read apart, whatever the process."""
    found = run_together_read(
        "do you infact assemble garden furniture aswell?",
        "Do you in fact deliver garden furniture as well?",
    )
    assert found == ("do you in fact assemble garden furniture aswell?", "fact->infact")
