"""The fifth held-out conversation set (``conversations-heldout5.jsonl``): the script that writes
the pairs of the hand-written threads in ``heldout5_conversations_en.py`` and
``heldout5_conversations_ja.py``.

    python benchmarks/data/heldout5_conversations.py           # rewrite the file
    python benchmarks/data/heldout5_conversations.py --check   # is it up to date?

Written in session 11 (3 December 2026, 09:48-11:30 UTC) by the ``heldout5`` engineer, who did
not read the conversation or guard code or their tests and never ran the cache, the embedder or
an evaluation on these threads; the older sets were read only for their format, kinds and topics.
Each scenario has the fields of ``heldout3_conversations.py`` and gives six pairs through
``make_conversations_heldout.pairs_of`` (both sides end with the same follow-up; which side is
stored alternates by scenario): ``reworded`` (other words and register, dates and numbers
written another way, turns merged), ``small-talk``, ``unrelated`` (label 1) and ``entity``,
``entity-reworded``, ``intent`` (label 0: the changed fact or intent changes the answer to the
follow-up). The whole file is a reporting set: nothing is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
