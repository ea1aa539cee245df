"""The optional named-entity detector (``yamabiko[ner]``) with the real English spaCy pipeline
from PyPI; the Japanese GiNZA pipeline is measured by benchmarks/bench_detectors.py --ner."""

from __future__ import annotations

import pytest

from yamabiko.detectors import builtin_detectors
from yamabiko.detectors.ner import NerDetector, load_pipeline
from yamabiko.errors import ConfigError
from yamabiko.policy import Policy


@pytest.fixture(scope="module")
def ner() -> NerDetector:
    return NerDetector(languages=["en"])


def test_person_names_and_street_addresses_are_found(ner):
    assert ner("Please write a reference letter for Jennifer Alvarez.")
    assert ner("The parcel goes to 12 Elm Street tomorrow.")
    assert not ner("What is the capital of France?")
    assert not ner("How long is the Golden Gate Bridge?")


def test_it_runs_in_a_policy_with_the_built_in_detectors(ner):
    policy = Policy({**builtin_detectors(), "ner": ner})
    assert policy.find_sensitive(["Please write a reference letter for Jennifer Alvarez."]) == "ner"
    assert policy.find_sensitive(["mail me at a@example.com"]) == "email"
    assert policy.find_sensitive(["How do I boil an egg?"]) is None


def test_config_turns_it_on_and_bad_settings_are_clear():
    policy = Policy.from_config({"ner": {"languages": ["en"]}}, "y.toml")
    assert isinstance(policy.detectors["ner"], NerDetector)
    with pytest.raises(ConfigError, match="not supported"):
        load_pipeline("fr")
    with pytest.raises(ConfigError, match="Known keys"):
        Policy.from_config({"ner": {"langs": ["en"]}}, "y.toml")
