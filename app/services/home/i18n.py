"""Interface language: the app's .qm files from resources/i18n plus Qt's own, via QTranslator."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

# Source checkouts keep translations beside the package; a bundle may put them inside it.
_CANDIDATES = (
    Path(__file__).resolve().parents[3] / "resources" / "i18n",
    Path(__file__).resolve().parents[2] / "resources" / "i18n",
)
CATALOG = "seedance_studio"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}  # in their own script


def i18n_dir() -> Path | None:
    return next((d for d in _CANDIDATES if d.is_dir()), None)


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """"system" becomes en or zh_CN from the desktop locale; anything unknown becomes en."""
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def install_translators(app: QCoreApplication, setting: str) -> list[QTranslator]:
    """Install the app's and Qt's translators for `setting`; keep the list alive with the app.

    English needs none (the source strings are English). A missing file is logged, not fatal:
    the interface then stays in English.
    """
    language = resolve_language(setting)
    if language == "en":
        return []
    installed: list[QTranslator] = []
    folder = i18n_dir()
    ours = QTranslator(app)
    if folder is not None and ours.load(f"{CATALOG}_{language}", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s translation of the app found (looked in %s)", language,
                    ", ".join(str(d) for d in _CANDIDATES))
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):  # OK/Cancel, file dialogs, context menus
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Uninstall what `install_translators` returned (a language switch at run time)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
