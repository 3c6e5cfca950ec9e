"""Headless command line: ``python -m neaspec_planner demo --out DIR`` and ``... run workshop.toml --out DIR``.

Exit codes: 0 success, 2 bad input (one-line message), 1 unexpected failure.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Optional


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m neaspec_planner",
                                     description="NEASPEC Planner headless pipeline")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="run the whole workshop pipeline on the bundled demo region")
    demo.add_argument("--out", type=Path, default=Path("out/demo"))
    run = sub.add_parser("run", help="run the pipeline described by a workshop TOML file")
    run.add_argument("config", type=Path)
    run.add_argument("--out", type=Path, required=True)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    from neaspec_planner.deps import ensure_on_path

    ensure_on_path()
    args = build_parser().parse_args(argv)
    from neaspec_planner.core.errors import InputError

    try:
        from neaspec_planner import pipeline

        if args.command == "demo":
            pipeline.run_demo(args.out)
        else:
            pipeline.run_config(args.config, args.out)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: the output folder was left as it was", file=sys.stderr)
        return 130
    return 0
