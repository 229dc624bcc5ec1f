"""What SQLite cannot do by itself with Danish text, registered on every connection the
program opens: ``casefold(text)`` for searching a column whatever the case of Æ, Ø and Å
(SQLite's own ``lower()`` and ``LIKE`` fold ASCII letters only). Nothing in the schema
depends on it, so other tools can still open the file."""

from __future__ import annotations

import sqlite3


def casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def register(connection: sqlite3.Connection) -> None:
    connection.create_function("casefold", 1, casefold, deterministic=True)
