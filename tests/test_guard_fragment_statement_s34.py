"""Session 34 (review): a statement is not its question said bare.

``english_fragments.bare_question`` (session 34, enpara) reads two prompts as one question when
their words less the question frame (*what*, *is*, the articles) are the same. Two prompts that
say the same frame words passed too, wherever the frame stood: *The pool is open.* / *Is the
pool open?* was served in the verified band (``verified-band:0.730:0.72:fragment``), *The
museum is free.* / *Is the museum free?* over the trees' refusal (``fragment:0.74``). Now two
frames must both open their prompts or both stand after the noun phrase.

The pairs are written for this test; the guard, the band and the embedder are the real ones.
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_fragments import bare_question

GUARD = Guard()

SERVED = [
    ("What is the price of a llama trek?", "llama trek price?", "en"),
    ("What is the age limit of the ride?", "ride age limit?", "en"),
]
REFUSED = [("The museum is free.", "Is the museum free?", "en", "learned:0.74")]


class TestProbes(ProbeFile):
    """A statement refused against its question; the fragments of enpara still served."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_a_statement_and_its_question_are_two() -> None:
    assert not bare_question("The pool is open.", "Is the pool open?")
    assert not bare_question("Is the museum free?", "The museum is free.")
    # both statements, both questions, or a fragment: as before
    assert bare_question("The man is playing the guitar.", "A man is playing a guitar.")
    assert bare_question("What is the human body?", "What is a human body?")
    assert bare_question("Is the pool open?", "pool open?")
