"""Resolve files of the plugin in the source tree and in the installed plugin folder alike.

Source tree: ``<repo>/neaspec_planner/`` with ``metadata.txt``, ``resources/`` and ``i18n/`` in ``<repo>/``.
Installed zip: ``<plugins>/neaspec_planner/`` holding ``metadata.txt``, ``resources/`` and ``i18n/`` itself.
"""
from __future__ import annotations

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
