"""The fourth held-out conversation set (``conversations-heldout4.jsonl``): hand-written threads
and the script that writes the pairs.

    python benchmarks/data/heldout4_conversations.py           # rewrite the file
    python benchmarks/data/heldout4_conversations.py --check   # is it up to date?

Written in session 10 (3 December 2026, 07:13-07:35 UTC) by the ``heldout4`` engineer, who
did not read the conversation or guard code or their tests and never ran the cache on these
threads; the older sets were read only for their format and kinds. Each scenario has the fields of
``heldout3_conversations.py`` and gives six pairs through ``make_conversations_heldout.pairs_of``
(both sides end with the same follow-up; which side is stored alternates by scenario):
``reworded`` (other words, dates written another way, turns merged or split), ``small-talk``,
``unrelated`` (label 1) and ``entity``, ``entity-reworded``, ``intent`` (label 0: the changed
fact or intent changes the answer to the follow-up). The whole file is a reporting set: nothing
is tuned on it.
"""

from __future__ import annotations

import sys

from generated_file import write_set

if __name__ == "__main__":
    sys.exit(write_set(__file__, __doc__))
