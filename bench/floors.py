"""The floors: bare SQL that does the same job as the program's code, sent with
``exec_driver_sql`` on one open connection (no ORM, no statement building, no dataclasses)."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa

PAGE = 100


def _p(sqlite: bool) -> str:
    return "?" if sqlite else "%s"


def danish(connection: sa.Connection, sqlite: bool) -> str:
    """The COLLATE clause that orders names as Danish does, as the program's lists do: the
    program's collation on SQLite (registered on every connection of its engine), ICU's on
    PostgreSQL where the server has it."""
    if sqlite:
        return ' COLLATE "da"'
    if "pg" not in _COLLATE:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_collation WHERE collname = 'da-x-icu'"
        ).scalar_one()
        _COLLATE["pg"] = ' COLLATE "da-x-icu"' if found else ""
    return _COLLATE["pg"]


# Whether the PostgreSQL server has ICU's Danish collation, asked once.
_COLLATE: dict[str, str] = {}


def bare_search(connection: sa.Connection, sqlite: bool, needle: str) -> None:
    """One keystroke of the learners search: the first page of matches and their count."""
    if sqlite:
        match = f'"{needle}"'
        rows = connection.exec_driver_sql(
            "SELECT id, first_name, last_name, case_reference, status FROM learner "
            "WHERE archived_at IS NULL AND id IN "
            "(SELECT rowid FROM learner_fts WHERE learner_fts MATCH ?) "
            f"ORDER BY last_name{danish(connection, sqlite)}, "
            f"first_name{danish(connection, sqlite)}, id LIMIT 100",
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
            f"ORDER BY last_name{danish(connection, sqlite)}, "
            f"first_name{danish(connection, sqlite)}, id LIMIT 100",
            (pattern,),
        ).fetchall()
        connection.exec_driver_sql(
            "SELECT count(*) FROM learner WHERE archived_at IS NULL AND search_text LIKE %s",
            (pattern,),
        ).fetchall()
    assert rows is not None


def bare_learner_detail(connection: sa.Connection, sqlite: bool, learner_id: int) -> None:
    """What the learner's detail pane shows: the row, languages, placements and hours."""
    p = _p(sqlite)
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


_LEARNERS_PAGE = (
    "SELECT l.id, l.first_name, l.last_name, l.case_reference, "
    "(SELECT code FROM learner_language WHERE learner_id = l.id ORDER BY position LIMIT 1), "
    "l.status, "
    "(SELECT e.name FROM employer e JOIN site s ON s.employer_id = e.id "
    "JOIN placement p ON p.site_id = s.id WHERE p.learner_id = l.id AND p.archived_at IS NULL "
    "ORDER BY p.start_date DESC NULLS LAST, p.id DESC LIMIT 1), l.archived_at "
    "FROM learner l WHERE l.archived_at IS NULL "
    "ORDER BY l.last_name{collate}, l.first_name{collate}, l.id "
    "LIMIT 100 OFFSET {offset}"
)
_LEARNERS_COUNT = "SELECT count(*) FROM learner WHERE archived_at IS NULL"
# The page is picked from the sessions alone (through the date index), then joined.
_SESSIONS_PAGE = (
    "SELECT s.id, s.placement_id, l.id, l.first_name, l.last_name, e.name, s.tutor_id, "
    "u.name, s.session_date, s.start_time, s.minutes, s.mode, s.attendance, "
    "s.note IS NOT NULL FROM (SELECT * FROM session "
    "ORDER BY session_date DESC, start_time DESC NULLS LAST, id DESC "
    "LIMIT 100 OFFSET {offset}) s JOIN placement p ON p.id = s.placement_id "
    "JOIN learner l ON l.id = p.learner_id JOIN site ON site.id = p.site_id "
    "JOIN employer e ON e.id = site.employer_id LEFT JOIN app_user u ON u.id = s.tutor_id "
    "ORDER BY s.session_date DESC, s.start_time DESC NULLS LAST, s.id DESC"
)
_SESSIONS_COUNT = "SELECT count(*) FROM session"


def bare_page(
    connection: sa.Connection, sqlite: bool, list_name: str, offset: int
) -> tuple[list[tuple[Any, ...]], int]:
    """A page of the learners or sessions list as the list screen first shows it (plain
    order, nothing archived), and the count; the count only for the first page."""
    page, counted = (
        (_LEARNERS_PAGE, _LEARNERS_COUNT)
        if list_name == "learners"
        else (_SESSIONS_PAGE, _SESSIONS_COUNT)
    )
    collate = danish(connection, sqlite)
    rows = [
        tuple(r)
        for r in connection.exec_driver_sql(page.format(offset=int(offset), collate=collate))
    ]
    total = connection.exec_driver_sql(counted).scalar_one() if offset == 0 else -1
    return rows, total


def bare_sessions_page(connection: sa.Connection) -> None:
    """The first page of all sessions, newest first, and their count (no joins)."""
    connection.exec_driver_sql(
        "SELECT id, placement_id, session_date, minutes, mode, attendance "
        "FROM session ORDER BY session_date DESC, id DESC LIMIT 100"
    ).fetchall()
    connection.exec_driver_sql("SELECT count(*) FROM session").fetchall()


def bare_months(connection: sa.Connection, sqlite: bool, year: int) -> list[Any]:
    """Attended sessions and minutes per tutor and month of ``year``: one GROUP BY."""
    p = _p(sqlite)
    month = (
        "CAST(strftime('%m', session_date) AS INTEGER)"
        if sqlite
        else "CAST(EXTRACT(month FROM session_date) AS INTEGER)"
    )
    return list(
        connection.exec_driver_sql(
            f"SELECT tutor_id, {month}, count(*), sum(minutes) FROM session "
            f"WHERE attendance = 'attended' AND session_date >= {p} AND session_date <= {p} "
            f"GROUP BY tutor_id, {month} ORDER BY tutor_id, {month}",
            (date(year, 1, 1), date(year, 12, 31)),
        ).fetchall()
    )
