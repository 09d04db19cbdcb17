"""Where the files shipped beside the code live, in a checkout and in a frozen build."""

import sys
from pathlib import Path


def project_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    return Path(frozen) if frozen else Path(__file__).resolve().parents[1]


def migrations_dir() -> Path:
    return project_root() / "migrations"


def resources_dir() -> Path:
    return project_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def locale_dir() -> Path:
    """The gettext catalogues: `<language>/LC_MESSAGES/usagebill.mo`."""
    return resources_dir() / "locale"
