"""Name and version of the plugin, read from metadata.txt (the single source)."""
from __future__ import annotations

import configparser

from neaspec_planner.paths import metadata_path


def _metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(metadata_path(), encoding="utf-8")
    return parser["general"]


_META = _metadata()
__title__: str = _META["name"]
__version__: str = _META["version"]
__qgis_minimum_version__: str = _META["qgisMinimumVersion"]
__tracker__: str = _META["tracker"]
__repository__: str = _META["repository"]
PLUGIN_SLUG = "neaspec_planner"
