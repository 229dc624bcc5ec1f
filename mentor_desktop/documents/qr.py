"""QR codes drawn as vector paths: segno computes the matrix, and each row's runs of dark
modules become rectangles of one path, filled in one operation. (reportlab's own QR widget
draws every module as a shape of its own, which costs several times as much per page.)"""

from __future__ import annotations

from functools import lru_cache

import segno
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks
# Every mask pattern gives a valid symbol that any reader decodes; scoring all eight to pick
# the "best" one costs about 2.5 ms per certificate. Pattern 4 is the one segno picks most
# often for certificate payloads (about half of them), and every pattern decodes with zxing.
MASK = 4


@lru_cache(maxsize=2048)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The symbol's size in modules and its dark runs as (row, first column, length)."""
    matrix = segno.make(payload, error="m", micro=False, mask=MASK).matrix
    runs = []
    for row, modules in enumerate(matrix):
        start = None
        for column, dark in enumerate([*modules, 0]):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                runs.append((row, start, column - start))
                start = None
    return len(matrix), tuple(runs)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``payload`` with its quiet zone into the square at (x, y)."""
    modules, runs = qr_runs(payload)
    unit = size / (modules + 2 * QUIET_ZONE)
    top = y + size - QUIET_ZONE * unit
    left = x + QUIET_ZONE * unit
    path = canvas.beginPath()
    for row, column, length in runs:
        path.rect(left + column * unit, top - (row + 1) * unit, length * unit, unit)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
