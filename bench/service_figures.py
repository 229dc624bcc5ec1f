"""The figures measured in the benchmark's own process: the services the screens call,
each beside the bare SQL that does the same job."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from bench.common import Figure, bare_connection, measure
from bench.floors import (
    bare_learner_detail,
    bare_months,
    bare_search,
    bare_sessions_page,
)
from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Attendance, SessionMode
from mentor_desktop.services.reports import ReportFilter
from mentor_desktop.services.sessions import SessionInput

QUERIES = ["ham", "kov", "nas", "abd", "ova", "ali", "sen", "mar"]


def service_figures(services: Services, repeat: int) -> list[Figure]:
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
    picked_learners = [rng.choice(learner_ids) for _ in range(repeat + 3)]
    picked_placements = [rng.choice(placement_ids) for _ in range(repeat + 3)]
    years = dashboard_years(services)
    figures = []
    with services.engine.connect() as raw:
        figures.append(
            measure(
                "search keystroke (learners, 100 rows + count)",
                lambda i: services.learners.list(query=QUERIES[i % len(QUERIES)], limit=100),
                lambda i: bare_search(raw, sqlite, QUERIES[i % len(QUERIES)]),
                repeat=repeat,
                target="<= 16 ms",
            )
        )
        figures.append(
            measure(
                "learner detail",
                lambda i: services.learners.get(picked_learners[i]),
                lambda i: bare_learner_detail(raw, sqlite, picked_learners[i]),
                repeat=repeat,
                target="<= 3 ms",
            )
        )
        figures.append(
            measure(
                "sessions, first page of all (100 rows + count)",
                lambda i: services.sessions.list(limit=100),
                lambda i: bare_sessions_page(raw),
                repeat=repeat,
                target="paints in well under 1 s",
            )
        )
        figures.append(
            measure(
                "dashboard: a year's hours by tutor and month",
                lambda i: services.reports.hours_by_month(ReportFilter(years[i % len(years)])),
                lambda i: bare_months(raw, sqlite, years[i % len(years)]),
                repeat=repeat,
                target="<= 1.5x",
            )
        )
    figures.append(measure_session_save(services, sqlite, picked_placements, repeat))
    return figures


def dashboard_years(services: Services) -> list[int]:
    """The full years of the centre's history, newest first."""
    years = services.reports.choices().years
    return years[1:-1] or years


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

    try:
        return measure(
            "save a session with its audit event", program, floor, repeat=repeat, target="<= 4 ms"
        )
    finally:
        bare.close()
        with services.engine.begin() as connection:
            ids = created + floor_ids
            connection.execute(
                sa.text(
                    "DELETE FROM audit_event WHERE entity = 'session' AND entity_id IN :ids"
                ).bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": ids or [0]},
            )
            connection.execute(sa.text("DELETE FROM session WHERE note = 'Benchmark'"))
