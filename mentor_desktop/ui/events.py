"""The one object through which screens tell each other that data changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Typed signals shared by every screen of one window."""

    learner_changed = Signal(int)
    employer_changed = Signal(int)
    placement_changed = Signal(int)
    session_changed = Signal(int)
    vocabulary_changed = Signal(int)
    data_reset = Signal()
