from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).parent / "fixtures"

settings.register_profile(
    "default", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def load_gold() -> list[tuple[str, str, dict[str, object]]]:
    out = []
    for g in sorted((FIXTURES / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        seed = (FIXTURES / "seeds" / gold["source"]).read_text(encoding="utf-8")
        out.append((gold["source"], seed, gold))
    return out


@pytest.fixture(scope="session")
def gold_cases() -> list[tuple[str, str, dict[str, object]]]:
    return load_gold()
