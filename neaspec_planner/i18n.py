"""Translation plumbing: pick the UI language (plugin override, else QGIS's locale) and install the translator."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from neaspec_planner.languages import LANGUAGES  # noqa: F401 - re-exported for the dock and dialogs
from neaspec_planner.paths import i18n_path

SETTINGS_KEY = "neaspec_planner/language"


def ui_language() -> str:
    """Two-letter language: the plugin's override setting, else QGIS's ``locale/userLocale``."""
    settings = QgsSettings()
    override = settings.value(SETTINGS_KEY, "", type=str)
    if override:
        return override[:2]
    locale = settings.value("locale/userLocale", "", type=str) or QLocale().name()
    return (locale or "en")[:2]


def tr(text: str, context: str = "NeaspecPlanner") -> str:
    return QCoreApplication.translate(context, text)


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Load ``i18n/neaspec_planner_<lang>.qm`` into the application; returns it (keep a reference) or None."""
    language = language or ui_language()
    qm = i18n_path(f"neaspec_planner_{language}.qm")
    if language == "en" or not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
