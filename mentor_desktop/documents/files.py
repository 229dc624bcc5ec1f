"""Writing a document's file so that it is either complete or not there at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder."""
    write_file_atomically(target, lambda path: path.write_bytes(data))


def write_file_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Let ``write`` fill a temporary file beside ``target``, flush it to disk and move it
    into place in one step; on any error the temporary file goes and ``target`` is as it
    was. Raises ``OSError``."""
    target = Path(target)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
