"""Session 37 (lateEN): two polite frames of one English request read as one: *Would you mind
telling me how long ...?* asks what *Can you tell me how long ...?* asks.

The guard refused such a pair ``question`` (the gerund opened no indirect question, so one
side asked yes / no and the other how long). :func:`yamabiko.guard.english_polite.polite_read`
reads the *would you* / *do you mind* + gerund frame as the other prompt's plain frame of the
same verb, and the whole check compares the read pair (``polite-frame:<reason>``): whatever
else the two prompts change is refused as the plain pair would be. Every pair is written here
for the test (none is copied from a held-out set).
"""

from __future__ import annotations

from guard_probes import ProbeFile

from yamabiko.guard import Guard
from yamabiko.guard.english_polite import polite_read

GUARD = Guard()

#: at or above the threshold, served both ways round (refused ``question`` on the base)
SERVED = [
    ("Can you tell me how long the sofa reupholstering will take?",
     "Would you mind telling me how long the sofa reupholstering will take?", "en"),
    ("Can you tell me where the nearest bottle bank is?",
     "Do you mind telling me where the nearest bottle bank is?", "en"),
    ("Could you send me a copy of the invoice?",
     "Would you mind sending me a copy of the invoice?", "en"),
]  # fmt: skip

#: the frames read as one, something else changed: refused as the plain pair is
REFUSED = [
    ("Can you tell me how much the sofa reupholstering costs?",
     "Would you mind telling me how much the armchair reupholstering costs?", "en",
     "polite-frame:substitution:sofa->armchair"),
    ("Can you tell me where the nearest bottle bank is?",
     "Would you mind telling me when the nearest bottle bank opens?", "en",
     "polite-frame:question"),
]  # fmt: skip


class TestProbes(ProbeFile):
    """The pairs above at the default embedder's cosine."""

    guard, threshold = GUARD, 0.75
    served, refused = SERVED, REFUSED


def test_the_frame_is_read_as_the_other_prompts_frame() -> None:
    """The gerund's frame takes the other prompt's words, the rest stays as written, and
    either prompt may be the one read."""
    read = polite_read("Would you mind telling me the fee?", "Can you tell me the fee?")
    assert read == ("Can you tell me the fee?", True)
    read = polite_read("could you post it to me?", "Do you mind posting it to me?")
    assert read == ("could you post it to me?", False)


def test_no_reading_without_a_request_of_the_same_verb() -> None:
    """*mind if I*, *mind the step*, no plain frame on the other side, or both sides framed
    the polite way: nothing is read. (A gerund of another verb is read since session 38, as
    the plain frame of its own verb: *would you mind checking* / *can you tell* were served
    as a rewording; the two verbs are now compared.)"""
    plain = "Can you tell me the fee?"
    read = polite_read("Would you mind checking the fee?", plain)
    assert read == ("Can you check the fee?", True)
    for framed in ("Would you mind if I asked the fee?", "Mind the step at the fee desk?",
                   "Would you mind telling me the fee?"):
        other = plain if framed != "Would you mind telling me the fee?" else framed
        assert polite_read(framed, other) is None, framed
    assert polite_read("Would you mind telling me the fee?", "What is the fee?") is None
