"""The Reports screen's tables as a CSV file that spreadsheet programs open as they are:
UTF-8 with a byte-order mark (Excel then reads æ, ø, å), the delimiter that fits the
locale's decimal separator, and text cells that a spreadsheet would run as a formula made
harmless by a leading apostrophe."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

# A cell starting with one of these is a formula (or DDE command) to a spreadsheet program.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """``text`` that a spreadsheet shows instead of running: an apostrophe before a leading
    formula character, unless the cell is a plain number such as ``-3`` or ``-2,5``."""
    if text.startswith(_FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ".").replace("\N{MINUS SIGN}", "-"))
    except ValueError:
        return False
    return True


def csv_bytes(sections: Sequence[tuple[str, Sequence[Sequence[str]]]], decimal_point: str) -> bytes:
    """The sections one below the other, each its title, its rows and a blank line. With a
    decimal comma the cells are separated by semicolons, else by commas."""
    delimiter = ";" if decimal_point == "," else ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for index, (title, rows) in enumerate(sections):
        if index:
            writer.writerow([])
        writer.writerow([safe_cell(title)])
        writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")
