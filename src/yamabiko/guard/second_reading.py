"""A second reading of two prompts for a check that refused them on the first one.

Some checks compare what the analyses say literally, and a few Japanese and English forms say
the same thing another way: 貸していただけますか (will you lend me) asks what 借りられますか (can I
borrow) asks, 何日前までに asks when as いつまでに does. :func:`agree` runs a check on the two
analyses and, only when it refuses, once more on the analyses as a second reading gives them
(:mod:`.benefactive`, :mod:`.english_converse`, :mod:`.question_words`); the reading returns
the same analyses when it reads nothing, and the check is then not run again.
"""

from __future__ import annotations

from collections.abc import Callable

from .analysis import Analysis
from .benefactive import as_received
from .english_converse import as_received_en
from .question_words import also_asked


def _received(query: str, cached: str, a: Analysis, b: Analysis) -> tuple[Analysis, Analysis]:
    """A giving verb read as its converse: English (*could you sell me* / *can I buy*:
    :func:`.english_converse.as_received_en`) or Japanese (:func:`.benefactive.as_received`)."""
    reread = as_received_en if a.lang == "en" else as_received
    return reread(query, cached, a, b)


#: the second reading of each check that has one
SECOND_READINGS: dict[str, Callable[[str, str, Analysis, Analysis], tuple[Analysis, Analysis]]] = {
    "antonym": _received,  # 貸していただけますか / 借りられますか, could you sell me / can I buy
    "predicate": _received,
    "question": also_asked,  # 何日前までに / いつまでに, how soon / when
}


def agree(name: str, query: str, cached: str, a: Analysis, b: Analysis,
          rule: Callable[..., bool], *args: object) -> bool:  # fmt: skip
    """``rule(a, b, *args)`` (the check ``name``) on ``a`` (``query``'s analysis) and ``b``
    (``cached``'s), or on their second reading (:data:`SECOND_READINGS`) when it refused on the
    first."""
    if rule(a, b, *args):
        return True
    reread = SECOND_READINGS.get(name)
    if reread is None:
        return False
    x, y = reread(query, cached, a, b)
    return (x is not a or y is not b) and rule(x, y, *args)
