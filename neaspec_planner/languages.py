"""The plugin's languages, defined once: interface, maps, reports and translations (pure Python, no imports).

``LANGUAGES``: the two-letter codes, English (the source language) first, in the order of every LANGUAGE enum;
``LOCALES``: the translated ones (``i18n/neaspec_planner_<locale>.ts``); ``NATIVE_NAMES``: each language in itself.
"""
from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "zh", "ru", "mn", "ko", "ja")
LOCALES: tuple[str, ...] = LANGUAGES[1:]
NATIVE_NAMES: dict[str, str] = {"en": "English", "zh": "中文", "ru": "Русский", "mn": "Монгол", "ko": "한국어",
                                "ja": "日本語"}
