"""Load the app's translations (pl, ru) and Qt's own, following the system or a chosen language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# The .ts sources and the compiled .qm (committed, so a wheel or `pip install .` carries them)
# live in the package; a PyInstaller bundle keeps the same path.
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
SUPPORTED = ("en", "pl", "ru")

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """shopinbox/resources/i18n: in a checkout, an installed package and a bundle alike."""
    return I18N_DIR


def pick_language(preferred: str | None = None) -> str:
    if preferred in SUPPORTED:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translations(app: QCoreApplication, language: str) -> bool:
    """Swap the installed translators for `language`. Returns True when the app's own .qm loaded
    (English needs none: its small catalogue only holds plural forms, "1 conversation")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        plurals = QTranslator(app)
        if plurals.load(str(translations_dir() / "shopinbox_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)
    loaded = own.load(str(translations_dir() / f"shopinbox_{language}.qm"))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    return loaded
