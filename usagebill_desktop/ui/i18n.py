"""The window's language: our catalogue plus Qt's own (for OK, Cancel, …)."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..paths import translations_dir
from ..texts import FORMAT_LOCALES, LANGUAGES
from . import remembered


def choose_language(requested: str | None) -> str:
    """The requested language (`--lang`), else the one chosen in Settings, else the
    system's when we have it, else English."""
    if requested in LANGUAGES:
        return requested
    chosen = remembered.language()
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def window_language() -> str:
    """The language of the catalogue the window has installed, for the texts it reads from
    the gettext catalogue (`texts.py`): the catalogue translates this code to its own
    ("es"), as Qt's own catalogues say their layout direction."""
    return QCoreApplication.translate("Language", "en")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the catalogues; the returned translators must stay alive with the app."""
    installed = []
    catalogues = [(f"usagebill_{language}", str(translations_dir()))]
    if language != "en":  # Qt's own strings are written in English
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append((f"qtbase_{language}", qt_dir))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(FORMAT_LOCALES[language]))
    return installed
