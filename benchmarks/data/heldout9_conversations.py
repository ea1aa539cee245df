"""The ninth held-out conversation set (``conversations-heldout9.jsonl``): the script that writes
the pairs of the hand-written threads in ``heldout9_conversations_en.py`` and
``heldout9_conversations_ja.py``.

    python benchmarks/data/heldout9_conversations.py           # rewrite the file
    python benchmarks/data/heldout9_conversations.py --check   # is it up to date?

Written in session 15 (4 December 2026, from 19:21 UTC) by the ``heldout9`` engineer, who read
neither the conversation-matching nor the guard code, and ran no cache, embedder or evaluation
on these threads; the older sets were read for their format, kinds and topics only. Every
scenario has the fields of ``heldout3_conversations.py`` and yields six pairs through
``make_conversations_heldout.pairs_of`` (called by ``generated_file.write_conversations``),
both sides ending with the same follow-up question and the stored side alternating by scenario.
Same context (label 1): ``reworded`` (the earlier user turns said with other words and
structure, numbers and dates written another way, turns merged), ``small-talk``, ``unrelated``.
Different context (label 0): ``entity`` and ``entity-reworded`` (one product, plan, account,
amount, date, place or person changed, which changes the answer to the follow-up) and
``intent`` (the user wants the opposite or another action, often stated as an alternative —
"instead of X", "rather than X", 〜ではなく, 〜の代わりに: a refund, self-hire instead of a
guided tour, another cruise, redeem a voucher instead of buying one, buy a knife instead of a
course, repair instead of a new panel, cancel, leave, fit guards instead of clearing, sell the
fruit instead of pressing it, a talk instead of a walk; a trial lesson instead of joining, a kit
instead of a repair or a class, an ordinary tour instead of the caving one, canoeing instead of
rafting, adoption advice instead of a café visit, a commission instead of a course). The whole
file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
