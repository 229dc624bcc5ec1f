"""Where the program keeps its files. ``MENTOR_DATA_DIR`` (or ``--data-dir``) points
everything at one folder, which is how tests stay out of a real profile."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "MentorDesktop"
DATA_DIR_ENV = "MENTOR_DATA_DIR"
# Where the database is (a SQLite file or a postgresql:// URL); read by the window and the CLI.
DATABASE_URL_ENV = "MENTOR_DATABASE_URL"
PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    backup_dir: Path
    config_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "mentor.sqlite3"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir, self.backup_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Folders from the argument, else ``MENTOR_DATA_DIR``, else the user's profile."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(root, root / "logs", root / "backups", root / "config")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups",
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def _shipped_dir(name: str) -> Path:
    """``name`` inside an installed package, else at the top of a source checkout."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


def translations_dir() -> Path:
    return _shipped_dir("translations")


def resources_dir() -> Path:
    return _shipped_dir("resources")
