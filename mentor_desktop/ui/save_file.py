"""Writing a file the user chose, whole or not at all (QSaveFile: a temporary file renamed
into place on commit), so that a failed export leaves no half-written file."""

from __future__ import annotations

from PySide6.QtCore import QSaveFile


def write_whole(path: str, data: bytes) -> str | None:
    """Write ``data`` to ``path``; ``None`` when written, else the reason it was not (the
    file as it was before, or no file, is left)."""
    target = QSaveFile(path)
    if (
        target.open(QSaveFile.OpenModeFlag.WriteOnly)
        and target.write(data) == len(data)
        and target.commit()
    ):
        return None
    reason = target.errorString()
    target.cancelWriting()
    return reason
