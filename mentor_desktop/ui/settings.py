"""The program's settings: one wrapper over ``QSettings`` with one table of defaults.
Window geometry and splitter or header state are kept here, keyed by ``objectName()``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

SETTINGS_FILE = "mentor-desktop.ini"
LANGUAGE_KEY = "ui/language"

DEFAULTS: dict[str, Any] = {
    # Databases (as named in the status bar) whose user said no to a demo centre.
    "demo/declined": [],
    # "database<TAB>user id" of the user last chosen as working, per database.
    "user/remembered": [],
    # The window's language chosen on the Settings screen ("da", "en"); empty: the system's.
    LANGUAGE_KEY: "",
}

_Stateful = QSplitter | QHeaderView | QMainWindow


class Settings:
    """Settings stored in an INI file in the program's config folder."""

    def __init__(self, config_dir: Path):
        config_dir.mkdir(parents=True, exist_ok=True)
        self.file = config_dir / SETTINGS_FILE
        self._store = QSettings(str(self.file), QSettings.Format.IniFormat)

    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        if isinstance(default, list):
            stored = self._store.value(key, [])
            if stored is None:
                return []
            return [stored] if isinstance(stored, str) else list(stored)
        return self._store.value(key, default, type=type(default))

    def set_value(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._store.setValue(key, value)

    def save_geometry(self, widget: QWidget) -> None:
        self._store.setValue(f"geometry/{_name(widget)}", widget.saveGeometry())

    def restore_geometry(self, widget: QWidget) -> bool:
        stored = self._store.value(f"geometry/{_name(widget)}")
        return isinstance(stored, QByteArray) and widget.restoreGeometry(stored)

    def save_state(self, widget: _Stateful) -> None:
        self._store.setValue(f"state/{_name(widget)}", widget.saveState())

    def restore_state(self, widget: _Stateful) -> bool:
        stored = self._store.value(f"state/{_name(widget)}")
        return isinstance(stored, QByteArray) and bool(widget.restoreState(stored))

    def sync(self) -> None:
        self._store.sync()


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    if not name:
        raise ValueError(f"a {type(widget).__name__} needs an objectName to keep its state")
    return name
