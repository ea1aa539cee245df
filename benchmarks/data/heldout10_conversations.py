"""The tenth held-out conversation set (``conversations-heldout10.jsonl``): the script that writes
the pairs of the hand-written threads in ``heldout10_conversations_en.py`` and
``heldout10_conversations_ja.py``.

    python benchmarks/data/heldout10_conversations.py           # rewrite the file
    python benchmarks/data/heldout10_conversations.py --check   # is it up to date?

Written in session 16 (4 December 2026, from 22:08 UTC) by the ``heldout10`` engineer, who read
neither the conversation-matching nor the guard code, and ran no cache, embedder or evaluation on
these threads; the older sets were read for their format, kinds and topics only. The scenarios and
their six pairs (kinds, slots, the same follow-up on both sides, the stored side alternating by
scenario) are as in ``heldout9_conversations.py``; the ``intent`` pairs here ask for another action
than the thread, often stated as an alternative ("instead of", "rather than", 〜ではなく: reglazing
instead of new glasses, a correction instead of certificate copies, collection instead of delivery,
study tables instead of a room, meter removal, visitor permits instead of a resident permit, a mock
test instead of lessons, cancelling a licence, a downgrade, cancelling flu jabs or garden waste;
cancelling a museum visit, a correction instead of a tax return, home delivery instead of pick-up,
a purchase request instead of a reservation, stopping the water supply, daily instead of monthly
parking, a payment change instead of a plan change, cancelling a vaccination, giving up a licence,
abolishing a seal registration, cancelling a lens delivery). The whole file is a reporting set:
nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
