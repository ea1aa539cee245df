"""A small learned check for candidates in the borderline band (just above the threshold),
on by default (``Guard(learned=False)`` turns it off).

Between ``lower`` and ``upper`` (the packaged model: 0.80-0.95, and only candidates whose one
difference is an added word), the rules of the guard let through many pairs that are other
questions in similar words ("best laptop for students" / "best laptop for engineering
students"). This check scores each such candidate with a logistic regression on cheap
features of the two prompts that the guard has already computed (their cosine; the units the
minimal-pair alignment left unexplained, how close those words are in the word-vector table,
whether they are known words at all; shared words, lengths, question kinds, numbers, language)
and rejects it below a cut-off: ``rejected:learned:0.31``. Its weights are a small JSON file
shipped in the package (``learned.json``), trained on the *tuning halves* of public labelled
pair sets and of the project's FAQ set by ``benchmarks/train_borderline.py``, which also
chose the band and the cut-off. It decides only for candidates at or above the serving
threshold (the lookup loop passes it: ``yamabiko.guard.serving_threshold``); a candidate below
it that a borderline review sends to a judge is the judge's to decide (docs/quality.md).

A second model of the same form, the *rescue* (``rescue.json``, ``mode="accept"``), works the
other way round: a candidate in the band that every rule accepts except the minimal-pair check,
which rejected it as a ``substitution`` (ship / deliver, cancel / stop: word vectors put verb
synonyms as far apart as antonyms), is served when the model scores it at or above its cut-off
(a high one, 0.9): ``learned-accept:0.93``. ``Guard(rescue=False)`` turns it off;
``Guard(learned=False)`` turns off both (the rules alone).

Cost: the features reuse the guard's analyses and units; a few dot products and a handful of
word-vector lookups (microseconds).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Verdict
from . import wordvec
from .facts import Analysis
from .minpair import DEFAULT as _MINPAIR
from .minpair import Alignment, MinimalPairCheck
from .units import Unit

WEIGHTS = Path(__file__).with_name("learned.json")
RESCUE_WEIGHTS = Path(__file__).with_name("rescue.json")

#: The features, in the order of the weights.
FEATURES = (
    "cosine",
    "log_units",
    "shared_share",
    "left_min",
    "left_max",
    "equivalent",
    "nothing_left",
    "one_side_only",
    "left_word_sim",
    "left_unknown",
    "left_relation",
    "left_strong",
    "qtype_differs",
    "has_numbers",
    "length_ratio",
    "ja",
    "left_rarity_share",
    "left_rarity_max",
    "added_glued",
    "added_after",
)


def pair_features(
    first: Sequence[Unit],
    second: Sequence[Unit],
    a: Analysis,
    b: Analysis,
    similarity: float,
    check: MinimalPairCheck = _MINPAIR,
    alignment: Alignment | None = None,
) -> list[float]:
    """The feature vector (:data:`FEATURES`) of a pair of prompts (units and analyses);
    ``alignment``: ``check.align(first, second)`` when the caller has it already."""
    unshared_left, _, left, right = (alignment or check.align(first, second))[:4]
    shared = len(first) - len(unshared_left)
    equivalent = len(unshared_left) - len(left)
    glued, after = _glued(left, right, first, second)
    n_min, n_max = min(len(left), len(right)), max(len(left), len(right))
    total = max(len(first), len(second), 1)
    rest = [*left, *right]
    unknown = len([u for u in rest if u.kind == "content" and u.vector is None])
    word_sim = 0.0
    if left and right:
        word_sim = _mean_best_cosine(left, right)
    strong = len(a.strong ^ b.strong)
    qtype_differs = bool(a.qtypes and b.qtypes and not a.qtypes & b.qtypes)
    shorter, longer = sorted((len(first), len(second)))
    weight_all = sum([u.rarity for u in first] + [u.rarity for u in second]) or 1.0
    rarities = [u.rarity for u in rest]
    return [
        similarity,
        math.log1p(total),
        shared / total,
        min(n_min, 4) / 4,
        min(n_max, 4) / 4,
        min(equivalent, 4) / 4,
        float(not rest),
        float(n_min == 0 and n_max > 0),
        word_sim,
        min(unknown, 4) / 4,
        float(any([u.kind != "content" for u in rest])),  # (a list: no Python step a unit)
        min(strong, 4) / 4,
        float(qtype_differs),
        float(bool(a.numbers or b.numbers)),
        shorter / longer if longer else 1.0,
        float(a.lang == "ja"),
        sum(rarities) / weight_all,
        max(rarities, default=0.0),
        glued,
        after,
    ]


#: from this many pairs of leftover words on, their cosines come from one matrix product
_MATRIX_PAIRS = 16


def _mean_best_cosine(left: Sequence[Unit], right: Sequence[Unit]) -> float:
    """The mean over ``left`` of each unit's best cosine with a unit of ``right`` (0.0 when
    either has no vector; at least 0.0)."""
    columns = [t.vector for t in right if t.vector is not None]
    rows = [u.vector for u in left if u.vector is not None]
    # the alignment's screen's products when it made them (session 24: then only the pairs
    # near a row's best are scored one by one), else one product for long prompts
    found = wordvec.offered_best(rows, columns) if rows and columns else None
    if found is None and len(rows) * len(columns) >= _MATRIX_PAIRS:
        found = wordvec.best_similarities(rows, columns)
    if found is not None:
        best = iter(found)
        sims = [max(0.0, next(best)) if u.vector is not None else 0.0 for u in left]
    else:
        similarity_of = wordvec.similarity
        sims = [
            max(0.0, max([similarity_of(u.vector, j) for j in columns], default=0.0))
            if u.vector is not None
            else 0.0
            for u in left
        ]
    return sum(sims) / len(sims)


def _glued(
    left: Sequence[Unit], right: Sequence[Unit], first: Sequence[Unit], second: Sequence[Unit]
) -> tuple[float, float]:
    """For a content word only one side has: does it stand right next to a word both sides
    share (a compound: app / app store, 会員 / 家族会員), and does it come after that word?"""
    if left and right:
        return 0.0, 0.0
    added, own = (right, second) if right else (left, first)
    shared = {u.key for u in first} & {u.key for u in second}
    beside = {u.position for u in own if u.key in shared and u.position >= 0}
    glued = after = 0.0
    for u in added:
        if u.kind == "content" and u.position >= 0:
            if u.position - 1 in beside:
                glued, after = 1.0, 1.0
            elif u.position + 1 in beside:
                glued = 1.0
    return glued, after


@dataclass(frozen=True)
class LearnedModel:
    """Logistic-regression weights over :data:`FEATURES` (standardised by ``mean`` /
    ``scale``), the band it applies to and the cut-off: below it a ``"reject"`` model rejects;
    at or above it an ``"accept"`` model (the rescue) passes a pair the minimal-pair check
    rejected."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    lower: float = 0.80
    upper: float = 0.90
    cutoff: float = 0.5
    #: minimal-pair outcomes the model decides, by their kind (``substitution`` for
    #: ``substitution:buy->sell``; empty: every candidate the rules accept)
    outcomes: tuple[str, ...] = ()
    trained_on: tuple[str, ...] = field(default_factory=tuple)
    #: ``"reject"`` (screen accepted candidates) or ``"accept"`` (rescue rejected ones)
    mode: str = "reject"

    def score(self, features: Sequence[float]) -> float:
        """Probability that the pair asks the same question."""
        z = self.bias
        for x, w, m, s in zip(features, self.weights, self.mean, self.scale, strict=True):
            z += w * (x - m) / s
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def to_json(self) -> str:
        data = {
            "features": list(FEATURES),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "mean": [round(m, 6) for m in self.mean],
            "scale": [round(s, 6) for s in self.scale],
            "lower": self.lower,
            "upper": self.upper,
            "cutoff": self.cutoff,
            "outcomes": list(self.outcomes),
            "trained_on": list(self.trained_on),
            "mode": self.mode,
        }
        return json.dumps(data, indent=1)

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> LearnedModel:
        """Read a model written by :meth:`to_json` (the packaged one by default)."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path} was trained on other features: {data['features']}")
        return cls(
            tuple(data["weights"]),
            float(data["bias"]),
            tuple(data["mean"]),
            tuple(data["scale"]),
            float(data["lower"]),
            float(data["upper"]),
            float(data["cutoff"]),
            tuple(data.get("outcomes", ())),
            tuple(data.get("trained_on", ())),
            str(data.get("mode", "reject")),
        )

    def verdict(
        self,
        first: Sequence[Unit],
        second: Sequence[Unit],
        a: Analysis,
        b: Analysis,
        similarity: float,
        outcome: str,
    ) -> Verdict | None:
        """For a candidate in the band whose minimal-pair ``outcome`` the model decides: a
        ``"reject"`` model's rejection (``learned:<score>``) below the cut-off, an
        ``"accept"`` model's acceptance (``learned-accept:<score>``) at or above it; None
        otherwise (the rules' verdict stands)."""
        if not self.lower <= similarity < self.upper or a.lang not in ("en", "ja"):
            return None
        if self.outcomes and outcome.split(":", 1)[0] not in self.outcomes:
            return None
        p = self.score(pair_features(first, second, a, b, similarity))
        if self.mode == "accept":
            return Verdict(True, f"learned-accept:{p:.2f}") if p >= self.cutoff else None
        if p < self.cutoff:
            return Verdict(False, f"learned:{p:.2f}")
        return None


_loaded: dict[Path, LearnedModel] = {}


def default_model() -> LearnedModel:
    """The packaged model (``learned.json``), loaded once."""
    if WEIGHTS not in _loaded:
        _loaded[WEIGHTS] = LearnedModel.load(WEIGHTS)
    return _loaded[WEIGHTS]


def rescue_model() -> LearnedModel:
    """The packaged rescue model (``rescue.json``, ``mode="accept"``), loaded once."""
    if RESCUE_WEIGHTS not in _loaded:
        _loaded[RESCUE_WEIGHTS] = LearnedModel.load(RESCUE_WEIGHTS)
    return _loaded[RESCUE_WEIGHTS]
