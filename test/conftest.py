"""Shared test set-up: the plugin's dependency folder goes first on sys.path, as in QGIS."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from neaspec_planner.deps import ensure_on_path  # noqa: E402

if ensure_on_path() is None:
    raise RuntimeError("The plugin's dependency folder is missing: run `make test` (it builds .deps).")


@pytest.fixture
def tmp_out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    return out
