"""The workshop pipeline shared by the command line and ``make demo`` (filled in as the analyses land)."""
from __future__ import annotations

from pathlib import Path

from neaspec_planner.core.errors import InputError


def run_demo(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    print("NEASPEC Planner demo: no analyses are available yet in this build.")


def run_config(config: Path, out: Path) -> None:
    if not config.exists():
        raise InputError(f"Workshop file not found: {config}")
    out.mkdir(parents=True, exist_ok=True)
    print("NEASPEC Planner: no analyses are available yet in this build.")
