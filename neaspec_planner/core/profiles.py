"""The species profiles of the resistance surface, defined once (pure Python, no imports: the Processing
algorithm lists them even when the analysis dependencies are missing).

``PROFILES``: the bundled tables (``resources/profiles/<name>.csv``); ``ALL_PROFILES``: those and ``custom`` (the
user's own table), in the order of the PROFILE enum of ``neaspec:resistance``, the dock and the workshop file.
"""
from __future__ import annotations

PROFILES: tuple[str, ...] = ("amur_tiger", "amur_leopard", "snow_leopard", "crane")
ALL_PROFILES: tuple[str, ...] = PROFILES + ("custom",)
