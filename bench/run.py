"""Benchmark: the program's own code against a floor (the bare query or insert that does
the same job), on a ten-year centre made by the demo generator.

    python bench/run.py [--database URL] [--repeat N] [--json FILE]

Without ``--database`` the centre lives in bench/data/large.sqlite3 (made on first use, about
two minutes). Each figure runs program and floor alternately, several times, and prints
min / median / max in milliseconds and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import sys
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.common import Figure, bare_connection, measure  # noqa: E402
from mentor_desktop.bootstrap import Services, open_database  # noqa: E402
from mentor_desktop.domain.enums import Attendance, SessionMode  # noqa: E402
from mentor_desktop.paths import resolve_paths  # noqa: E402
from mentor_desktop.services.demo import DemoSize  # noqa: E402
from mentor_desktop.services.sessions import SessionInput  # noqa: E402

QUERIES = ["ham", "kov", "nas", "abd", "ova", "ali", "sen", "mar"]


def open_centre(url: str | None) -> Services:
    data = HERE / "data"
    data.mkdir(exist_ok=True)
    services = open_database(url or str(data / "large.sqlite3"), resolve_paths(data / "profile"))
    if services.demo.database_is_empty():
        print("Filling a ten-year centre (once)...", flush=True)

        def report(done: int, total: int) -> bool:
            print(f"\r  {done}/{total}", end="", flush=True)
            return True

        counts = services.demo.fill(size=DemoSize.LARGE, progress=report)
        print(f"\r  done in {counts.seconds:.0f} s", flush=True)
    return services


def bare_search(connection: sa.Connection, sqlite: bool, needle: str) -> None:
    if sqlite:
        match = f'"{needle}"'
        rows = connection.exec_driver_sql(
            "SELECT id, first_name, last_name, case_reference, status FROM learner "
            "WHERE archived_at IS NULL AND id IN "
            "(SELECT rowid FROM learner_fts WHERE learner_fts MATCH ?) "
            "ORDER BY last_name, first_name, id LIMIT 100",
            (match,),
        ).fetchall()
        connection.exec_driver_sql(
            "SELECT count(*) FROM learner WHERE archived_at IS NULL AND id IN "
            "(SELECT rowid FROM learner_fts WHERE learner_fts MATCH ?)",
            (match,),
        ).fetchall()
    else:
        pattern = f"%{needle}%"
        rows = connection.exec_driver_sql(
            "SELECT id, first_name, last_name, case_reference, status FROM learner "
            "WHERE archived_at IS NULL AND search_text LIKE %s "
            "ORDER BY last_name, first_name, id LIMIT 100",
            (pattern,),
        ).fetchall()
        connection.exec_driver_sql(
            "SELECT count(*) FROM learner WHERE archived_at IS NULL AND search_text LIKE %s",
            (pattern,),
        ).fetchall()
    assert rows is not None


def bare_learner_detail(connection: sa.Connection, sqlite: bool, learner_id: int) -> None:
    p = "?" if sqlite else "%s"
    connection.exec_driver_sql(f"SELECT * FROM learner WHERE id = {p}", (learner_id,)).fetchall()
    connection.exec_driver_sql(
        f"SELECT code FROM learner_language WHERE learner_id = {p} ORDER BY position",
        (learner_id,),
    ).fetchall()
    connection.exec_driver_sql(
        "SELECT placement.*, employer.name, site.name, app_user.name FROM placement "
        "JOIN site ON site.id = placement.site_id JOIN employer ON employer.id = site.employer_id "
        f"LEFT JOIN app_user ON app_user.id = placement.tutor_id WHERE placement.learner_id = {p}",
        (learner_id,),
    ).fetchall()
    connection.exec_driver_sql(
        "SELECT count(session.id), coalesce(sum(session.minutes), 0) FROM session "
        "JOIN placement ON placement.id = session.placement_id "
        f"WHERE placement.learner_id = {p} AND session.attendance = 'attended'",
        (learner_id,),
    ).fetchall()


def run(args: argparse.Namespace) -> list[Figure]:
    services = open_centre(args.database)
    sqlite = services.engine.dialect.name == "sqlite"
    rng = random.Random(7)
    with services.engine.connect() as connection:
        learner_ids = [
            r[0] for r in connection.exec_driver_sql("SELECT id FROM learner").fetchall()
        ]
        placement_ids = [
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT id FROM placement WHERE archived_at IS NULL AND tutor_id IS NOT NULL"
            ).fetchall()
        ]
    picked_learners = [rng.choice(learner_ids) for _ in range(args.repeat + 3)]
    picked_placements = [rng.choice(placement_ids) for _ in range(args.repeat + 3)]
    figures = []

    raw = services.engine.connect()
    figures.append(
        measure(
            "search keystroke (learners, 100 rows + count)",
            lambda i: services.learners.list(query=QUERIES[i % len(QUERIES)], limit=100),
            lambda i: bare_search(raw, sqlite, QUERIES[i % len(QUERIES)]),
            repeat=args.repeat,
            target="<= 16 ms",
        )
    )
    figures.append(
        measure(
            "learner detail",
            lambda i: services.learners.get(picked_learners[i]),
            lambda i: bare_learner_detail(raw, sqlite, picked_learners[i]),
            repeat=args.repeat,
            target="<= 3 ms",
        )
    )
    figures.append(
        measure(
            "sessions list, first page of all (100 rows + count)",
            lambda i: services.sessions.list(limit=100),
            lambda i: (
                raw.exec_driver_sql(
                    "SELECT id, placement_id, session_date, minutes, mode, attendance "
                    "FROM session ORDER BY session_date DESC, id DESC LIMIT 100"
                ).fetchall(),
                raw.exec_driver_sql("SELECT count(*) FROM session").fetchall(),
            ),
            repeat=args.repeat,
            target="paints in well under 1 s",
        )
    )
    raw.close()
    figures.append(measure_session_save(services, sqlite, picked_placements, args.repeat))
    services.close()
    return figures


def measure_session_save(
    services: Services, sqlite: bool, placements: list[int], repeat: int
) -> Figure:
    """The service's create (validation, references, audit event, commit) against a bare
    insert and commit of the same row on a connection with the same pragmas."""
    day = services.context.today() - timedelta(days=1)
    created: list[int] = []

    def program(i: int) -> None:
        detail = services.sessions.create(
            SessionInput(
                placement_id=placements[i],
                session_date=day,
                minutes=60,
                mode=SessionMode.ON_SITE,
                attendance=Attendance.ATTENDED,
                note="Benchmark",
            )
        )
        created.append(detail.id)

    floor_ids: list[int] = []
    bare = bare_connection(services)
    now = datetime.now(UTC).replace(tzinfo=None)
    p = "?" if sqlite else "%s"
    insert = (
        "INSERT INTO session (placement_id, session_date, minutes, mode, attendance, note, "
        f"version, created_at, updated_at) VALUES ({p}, {p}, 60, 'on_site', 'attended', "
        f"'Benchmark', 1, {p}, {p}) RETURNING id"
    )

    def floor(i: int) -> None:
        cursor = bare.cursor()
        cursor.execute(insert, (placements[i], day, now, now))
        floor_ids.append(cursor.fetchone()[0])
        bare.commit()

    figure = measure(
        "save a session with its audit event", program, floor, repeat=repeat, target="<= 4 ms"
    )
    with services.engine.begin() as connection:
        ids = created + floor_ids
        connection.execute(sa.text("DELETE FROM session WHERE note = 'Benchmark'"))
        connection.execute(
            sa.text(
                "DELETE FROM audit_event WHERE entity = 'session' AND entity_id IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": ids or [0]},
        )
    bare.close()
    return figure


def print_table(figures: list[Figure]) -> None:
    header = f"{'figure':55} {'program ms (min/med/max)':>26} {'floor ms':>24} {'ratio':>6}  target"
    print(header)
    print("-" * len(header))
    for figure in figures:
        s = figure.summary()
        program = "/".join(f"{v:.2f}" for v in s["program"])  # type: ignore[union-attr]
        floor = "/".join(f"{v:.2f}" for v in s["floor"])  # type: ignore[union-attr]
        ratio = f"{s['ratio']:.2f}" if s["ratio"] else "-"
        print(f"{figure.name:55} {program:>26} {floor:>24} {ratio:>6}  {figure.target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="PostgreSQL URL (default: bench/data/large.sqlite3)")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args()
    figures = run(args)
    print_table(figures)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": f"{platform.node()} {platform.machine()} {platform.processor()}",
                "python": platform.python_version(),
                "figures": [f.summary() for f in figures],
                "raw": [asdict(f) for f in figures],
            },
            indent=2,
        )
    )
    print(f"\nWritten to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
