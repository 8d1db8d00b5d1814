"""Qt translators for the chosen language, and the choice itself.

The language comes from ``--lang``, else the HALLDESK_LANG variable, else the
per-PC settings file (key ``language``), else the system locale. Installing it
loads HallDesk's own ``halldesk_<lang>.qm`` (when present) and Qt's
``qtbase_<lang>.qm`` so that standard buttons (OK, Cancel) follow, and sets the
language of the Qt-free layer (``app.i18n``) so service messages match.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import config, i18n
from resources import resource_path

# The languages offered in View ▸ Language, each named in its own language.
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}

_installed: list[QTranslator] = []


def choose_language(cli_value: str | None = None) -> str:
    """``--lang``, else HALLDESK_LANG, else the per-PC setting, else the system locale."""
    wanted = cli_value or os.environ.get("HALLDESK_LANG") or config.load().get("language")
    return i18n.normalise(wanted) if wanted else i18n.system_language()


def qm_path(lang: str):
    """Where HallDesk's compiled translation for ``lang`` lives (it may not exist)."""
    return resource_path("i18n", f"halldesk_{lang}.qm")


def install(lang: str | None, app: QCoreApplication | None = None) -> str:
    """Replace the installed translators with those of ``lang``; return the language used."""
    app = app or QCoreApplication.instance()
    lang = i18n.set_language(lang)
    i18n.set_backend(None)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang) if lang != "en" else QLocale(QLocale.Language.English))
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir), (f"halldesk_{lang}", str(qm_path(lang).parent))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    if any(t.filePath().endswith(f"halldesk_{lang}.qm") for t in _installed):
        i18n.set_backend(QCoreApplication.translate)
    return lang


def installed_files() -> list[str]:
    """The translation files in force (for the About box and tests)."""
    return [t.filePath() for t in _installed]
