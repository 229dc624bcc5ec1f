"""What every benchmark figure shares: timing program and floor alternately, the figure
itself with its target and whether it meets it, and a bare driver connection with the
program's pragmas to build floors on."""

from __future__ import annotations

import re
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from mentor_desktop.bootstrap import Services

# "<= 16 ms": the program's median; "<= 1.5x": the ratio of the medians;
# "<= +30 %": the program's median at most that much above the floor's.
_ABSOLUTE = re.compile(r"<=\s*([\d.]+)\s*(ms|s)\b")
_RATIO = re.compile(r"<=\s*([\d.]+)\s*x\b")
_PERCENT = re.compile(r"<=\s*\+\s*([\d.]+)\s*%")


@dataclass
class Figure:
    """One figure: the program's measurements beside the floor's. ``program_ms`` and
    ``floor_ms`` hold milliseconds, or whatever ``unit`` names (MB for memory)."""

    name: str
    program_ms: list[float]
    floor_ms: list[float]
    target: str
    unit: str = "ms"

    def summary(self) -> dict[str, object]:
        program, floor = statistics.median(self.program_ms), statistics.median(self.floor_ms)
        return {
            "name": self.name,
            "unit": self.unit,
            "program": [min(self.program_ms), program, max(self.program_ms)],
            "floor": [min(self.floor_ms), floor, max(self.floor_ms)],
            "ratio": program / floor if floor else None,
            "target": self.target,
            "meets": self.meets(),
        }

    def meets(self) -> bool | None:
        """Whether the medians meet the target; None for a target that names no number."""
        program, floor = statistics.median(self.program_ms), statistics.median(self.floor_ms)
        if found := _ABSOLUTE.search(self.target):
            limit = float(found.group(1)) * (1000 if found.group(2) == "s" else 1)
            return program <= limit
        if found := _RATIO.search(self.target):
            return floor > 0 and program / floor <= float(found.group(1))
        if found := _PERCENT.search(self.target):
            return floor > 0 and program / floor <= 1 + float(found.group(1)) / 100
        return None


def timed(action: Callable[[int], object], i: int) -> float:
    start = time.perf_counter()
    action(i)
    return (time.perf_counter() - start) * 1000


def measure(
    name: str,
    program: Callable[[int], object],
    floor: Callable[[int], object],
    *,
    repeat: int,
    target: str,
) -> Figure:
    """Three warm-up rounds, then ``repeat`` rounds of program and floor alternately."""
    for i in range(3):
        program(i)
        floor(i)
    program_ms, floor_ms = [], []
    for i in range(repeat):
        program_ms.append(timed(program, i))
        floor_ms.append(timed(floor, i))
    return Figure(name, program_ms, floor_ms, target)


def bare_connection(services: Services):  # noqa: ANN201
    """A driver connection outside SQLAlchemy, with the program's SQLite pragmas."""
    url = services.engine.url
    if url.get_backend_name() == "sqlite":
        connection = sqlite3.connect(str(url.database))
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        return connection
    return psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False))
