"""Benchmark: the program's own code against a floor (a bare query, insert, window or page
model doing the same job), on a ten-year centre made by the demo generator.

    python bench/run.py [--database URL] [--repeat N] [--process-repeat N] [--json FILE]

Without ``--database`` the centre lives in bench/data/large.sqlite3 (made on first use, about
two minutes); with a PostgreSQL URL it is filled there, and an empty database beside it
(the same name with ``_empty``) serves the memory floor. Each figure runs program and floor
alternately, several times, and prints min / median / max and the ratio of the medians.
Figures that need a window run in child processes (bench/probe.py), offscreen.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import platform
import statistics
import sys
from collections.abc import Mapping
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.common import Figure  # noqa: E402
from bench.service_figures import service_figures  # noqa: E402
from bench.window_figures import Centre, window_figures  # noqa: E402
from mentor_desktop.bootstrap import Services, open_database  # noqa: E402
from mentor_desktop.paths import resolve_paths  # noqa: E402
from mentor_desktop.services.demo import DemoSize  # noqa: E402

DATA = HERE / "data"


def open_centre(url: str | None) -> Services:
    """The ten-year centre, filled on first use."""
    DATA.mkdir(exist_ok=True)
    services = open_database(url or str(DATA / "large.sqlite3"), resolve_paths(DATA / "profile"))
    if services.demo.database_is_empty():
        print("Filling a ten-year centre (once)...", flush=True)

        def report(done: int, total: int) -> bool:
            print(f"\r  {done}/{total}", end="", flush=True)
            return True

        counts = services.demo.fill(size=DemoSize.LARGE, progress=report)
        print(f"\r  done in {counts.seconds:.0f} s", flush=True)
    return services


def empty_database(url: str | None) -> str:
    """An empty database at the program's schema version, beside the centre."""
    if url is None or make_url(url).get_backend_name() == "sqlite":
        target = str(DATA / "empty.sqlite3")
    else:
        base = make_url(url)
        name = f"{base.database}_empty"
        admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            exists = connection.scalar(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if not exists:
                connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        target = base.set(database=name).render_as_string(hide_password=False)
    open_database(target, resolve_paths(DATA / "profile-empty")).close()
    return target


def certificate_figures(services: Services, repeat: int) -> tuple[list[Figure], list[str]]:
    """One certificate and a batch of 500, from bench/certificates.py when it exists."""
    if importlib.util.find_spec("bench.certificates") is None:
        return [], ["one certificate, and a batch of 500 into one PDF"]
    certificates = importlib.import_module("bench.certificates")
    return certificates.figures(services, repeat), []


def machine() -> dict[str, object]:
    """What the figures ran on: the machine, its processors and memory, its load."""
    cpu = platform.processor() or platform.machine()
    memory_gb = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    return {
        "host": platform.node(),
        "system": f"{platform.system()} {platform.release()}",
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gb": memory_gb,
        "python": platform.python_version(),
    }


def load() -> list[float] | None:
    """The 1, 5 and 15 minute load averages (None where the system has none)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _spread(values: list[float], decimals: int) -> str:
    return " / ".join(
        f"{v:.{decimals}f}" for v in (min(values), statistics.median(values), max(values))
    )


def _cells(figure: Figure) -> list[str]:
    program, floor = statistics.median(figure.program_ms), statistics.median(figure.floor_ms)
    decimals = 1 if figure.unit == "MB" or floor >= 100 else 2
    ratio = f"{program / floor:.2f}" if floor else "-"
    verdict = {True: "meets", False: "MISSES", None: ""}[figure.meets()]
    return [
        figure.name,
        figure.unit,
        _spread(figure.program_ms, decimals),
        _spread(figure.floor_ms, decimals),
        ratio,
        figure.target,
        verdict,
    ]


HEADINGS = ["figure", "unit", "program min / med / max", "floor min / med / max", "ratio",
            "target", ""]  # fmt: skip


def print_table(figures: list[Figure], missing: list[str]) -> None:
    rows = [HEADINGS, *(_cells(f) for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADINGS))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * w for w in widths))
    for name in missing:
        print(f"{name}: not available")


def markdown(figures: list[Figure], missing: list[str], about: Mapping[str, Any]) -> str:
    """The results as the README shows them."""
    lines = ["| " + " | ".join(h or "verdict" for h in HEADINGS) + " |"]
    lines.append("|" + "---|" * len(HEADINGS))
    lines += ["| " + " | ".join(_cells(f)) + " |" for f in figures]
    lines += [f"| {name} | | not available | | | | |" for name in missing]
    m = about["machine"]
    lines.append("")
    lines.append(
        f"{about['date']}, {about['database']}, on {m['host']}: {m['cpu']}, {m['cpus']} CPUs, "
        f"{m['memory_gb']} GB, {m['system']}, Python {m['python']}; load average "
        f"{about['load_before']} before and {about['load_after']} after the run."
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="PostgreSQL URL (default: bench/data/large.sqlite3)")
    parser.add_argument("--repeat", type=int, default=30, help="rounds of in-process figures")
    parser.add_argument(
        "--process-repeat", type=int, default=7, help="rounds of whole-process figures"
    )
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args()
    before = load()
    services = open_centre(args.database)
    url = services.engine.url.render_as_string(hide_password=False)
    engine = "SQLite" if services.engine.dialect.name == "sqlite" else "PostgreSQL"
    database = f"the ten-year demo centre in {engine}"
    centre = Centre(url, DATA / "profile", empty_database(args.database), DATA / "profile-empty")
    try:
        figures = service_figures(services, args.repeat)
        certificates, missing = certificate_figures(services, args.repeat)
    finally:
        services.close()
    windows, missing_windows = window_figures(centre, max(5, args.repeat // 3), args.process_repeat)
    figures = [*windows, *figures, *certificates]
    missing = [*missing_windows, *missing]
    about = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": database,
        "machine": machine(),
        "load_before": before,
        "load_after": load(),
    }
    print()
    print_table(figures, missing)
    print(f"\nLoad average before / after: {before} / {about['load_after']}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                **about,
                "figures": [f.summary() for f in figures],
                "not_available": missing,
                "raw": [asdict(f) for f in figures],
            },
            indent=2,
        )
    )
    table = args.json.with_suffix(".md")
    table.write_text(markdown(figures, missing, about))
    print(f"Written to {args.json} and {table}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
