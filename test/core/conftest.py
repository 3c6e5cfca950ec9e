"""Fixtures shared by the core tests."""
from __future__ import annotations

import math

import pytest


@pytest.fixture(params=["closures", "records"])
def connector_method(request, monkeypatch):
    """Run a connectivity test with each exact connector method forced (``core/connectivity._connector_plan``)."""
    from neaspec_planner.core import connectivity

    if request.param == "closures":
        monkeypatch.setattr(connectivity, "RECORD_UNIT", math.inf)
    else:
        monkeypatch.setattr(connectivity, "DENSE_MAX_NODES", 0)
    return request.param
