"""The figures that need a window, each measured in child processes (bench/probe.py) on
Qt's offscreen platform: start to first painted main window, the lists painted, and the
peak memory of the program showing a list."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.common import Figure

HERE = Path(__file__).resolve().parent
PROBE = HERE / "probe.py"
PROCESS_TIMEOUT_S = 300


class ProbeFailed(RuntimeError):
    """A child process ended without its figure."""


@dataclass(frozen=True)
class Centre:
    """Where the program's data lives: the ten-year centre and an empty database."""

    url: str
    data_dir: Path
    empty_url: str
    empty_data_dir: Path


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), env.get("PYTHONPATH")]))
    return env


def probe(*args: str) -> tuple[float, dict[str, object]]:
    """Run the probe with ``args``; the monotonic time it was started and its JSON line."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(PROBE), *args],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1]) if lines else {}
    if "error" in result or not result:
        stderr = [line for line in done.stderr.splitlines() if line.strip()]
        detail = result.get("error") or (stderr[-1] if stderr else f"exit code {done.returncode}")
        raise ProbeFailed(f"probe {' '.join(args)} failed: {detail}")
    return started, result


def sessions_screen_available() -> bool:
    return importlib.util.find_spec("mentor_desktop.ui.sessions_screen") is not None


def first_paint(centre: Centre, repeat: int) -> Figure:
    """Whole processes, program and bare window alternately: from start to first paint."""
    program_args: tuple[str, ...] = ("first-paint", "program", "--database", centre.url)
    program_args += ("--data-dir", str(centre.data_dir))
    program_ms: list[float] = []
    floor_ms: list[float] = []
    for _ in range(repeat):
        for args, times in ((program_args, program_ms), (("first-paint", "bare"), floor_ms)):
            started, result = probe(*args)
            times.append((float(result["painted"]) - started) * 1000)  # type: ignore[arg-type]
    return Figure(
        "start to first painted main window (whole process)",
        program_ms,
        floor_ms,
        "<= 1.5x",
    )


def list_paint(centre: Centre, list_name: str, repeat: int) -> Figure:
    """The list screen built, loaded and painted, beside a bare paged model in a table."""
    _, result = probe(
        "list-paint",
        list_name,
        "--database",
        centre.url,
        "--data-dir",
        str(centre.data_dir),
        "--repeat",
        str(repeat),
    )
    return Figure(
        f"{list_name} list painted (screen vs bare paged model)",
        list(result["program_ms"]),  # type: ignore[call-overload]
        list(result["floor_ms"]),  # type: ignore[call-overload]
        "<= 1.5x",
    )


def memory(centre: Centre, list_name: str, repeat: int) -> Figure:
    """Peak resident memory of the program showing the list: the ten-year centre beside
    the same program on an empty database, one fresh process each."""
    program_mb: list[float] = []
    floor_mb: list[float] = []
    for _ in range(repeat):
        for url, folder, sizes in (
            (centre.url, centre.data_dir, program_mb),
            (centre.empty_url, centre.empty_data_dir, floor_mb),
        ):
            _, result = probe("memory", list_name, "--database", url, "--data-dir", str(folder))
            sizes.append(float(result["rss_kb"]) / 1024)  # type: ignore[arg-type]
    return Figure(
        f"peak memory, {list_name} shown (vs empty database)",
        program_mb,
        floor_mb,
        "<= +30 %",
        unit="MB",
    )


def window_figures(
    centre: Centre, repeat: int, process_repeat: int
) -> tuple[list[Figure], list[str]]:
    """The figures, and the names of those that cannot be measured in this tree."""
    figures: list[Figure] = []
    missing: list[str] = []

    def add(name: str, measure: Callable[[], Figure]) -> None:
        try:
            figures.append(measure())
        except ProbeFailed as error:
            missing.append(f"{name} ({error})")

    add("start to first painted main window", lambda: first_paint(centre, process_repeat))
    for list_name in ("learners", "sessions"):
        if list_name == "sessions" and not sessions_screen_available():
            missing.append("sessions list painted, and its peak memory")
            continue
        add(f"{list_name} list painted", partial(list_paint, centre, list_name, repeat))
        add(f"peak memory, {list_name} shown", partial(memory, centre, list_name, process_repeat))
    return figures, missing
