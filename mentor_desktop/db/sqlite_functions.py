"""What SQLite cannot do by itself with Danish text, registered on every connection the
program opens: ``casefold(text)`` for searching a column whatever the case of Æ, Ø and Å
(SQLite's own ``lower()`` and ``LIKE`` fold ASCII letters only), and the collation ``da``
that orders names as Danish does. Nothing in the schema depends on either, so other tools
can still open the file."""

from __future__ import annotations

import functools
import sqlite3
import unicodedata

DANISH = "da"

# After casefolding: Æ, Ø and Å (with Ä and Ö, which Danish files with them, and Ü with Y)
# become the three characters that follow "z", so that they sort after it in this order.
_DANISH_LETTERS = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y"})


def casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


@functools.lru_cache(maxsize=100_000)
def danish_key(text: str) -> tuple[str, str]:
    """The order of ``text`` among Danish names: letters as the Danish alphabet has them
    (… X Y Z Æ Ø Å, "aa" as Å), case and other accents aside, then the text itself."""
    folded = text.casefold().replace("aa", "å").translate(_DANISH_LETTERS)
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
    )
    return plain, text


def danish_compare(left: str, right: str) -> int:
    a, b = danish_key(left), danish_key(right)
    return (a > b) - (a < b)


def register(connection: sqlite3.Connection) -> None:
    connection.create_function("casefold", 1, casefold, deterministic=True)
    connection.create_collation(DANISH, danish_compare)
