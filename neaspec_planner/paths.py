"""Resolve files of the plugin in the source tree and in the installed plugin folder alike.

Source tree: ``<repo>/neaspec_planner/`` with ``metadata.txt``, ``resources/`` and ``i18n/`` in ``<repo>/``.
Installed zip: ``<plugins>/neaspec_planner/`` holding ``metadata.txt``, ``resources/`` and ``i18n/`` itself.
Also ``replace_folder``: how a finished output folder (a workshop run, a Ramsar package) takes its place.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def plugin_root() -> Path:
    """Folder holding metadata.txt, resources/ and i18n/."""
    if (PACKAGE_DIR / "metadata.txt").exists():
        return PACKAGE_DIR
    return PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. ``resource_path("styles", "gaps.qml")``."""
    return plugin_root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    """Path of a file under i18n/."""
    return plugin_root().joinpath("i18n", *parts)


def metadata_path() -> Path:
    return plugin_root() / "metadata.txt"


def replace_folder(tmp: Path, final: Path) -> None:
    """Move the finished folder ``tmp`` to ``final`` as atomically as the file system allows: an earlier
    ``final`` is moved aside first and removed only once the new one is in place (put back if the move fails)."""
    tmp, final = Path(tmp), Path(final)
    old = None
    if final.exists():
        old = final.with_name(f".{final.name}.old-{os.getpid()}")
        os.replace(final, old)
    try:
        os.replace(tmp, final)
    except OSError:
        if old is not None:
            os.replace(old, final)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
