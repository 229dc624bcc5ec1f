"""Planned visits as an iCalendar (.ics) file for the tutor's own calendar program.

Times are local Danish times (TZID Europe/Copenhagen with its VTIMEZONE, so summer and
winter time both come out right). Only what the tutor needs on the road goes in: the
learner's first name, the employer, the site and its address, the time and length. No
surname, contact details, case reference, note or next step leaves the database this way.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import mentor_desktop
from mentor_desktop.db import models as m
from mentor_desktop.services.base import ServiceContext
from mentor_desktop.services.today import VisitRow, planned_condition, visit_row, visit_select

TIME_ZONE = ZoneInfo("Europe/Copenhagen")
PRODID = "-//Mentor Desktop//Mentor Desktop {version}//DA"
DEFAULT_SUMMARY = "{first_name} – {employer}"
# Rows read from the database at a time.
_BATCH = 500


class CalendarService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def planned_visits(self, *, tutor_id: int | None = None) -> list[VisitRow]:
        """Planned visits from today on of ``tutor_id`` (everyone's for None), soonest
        first. Raises ``DatabaseError``."""
        statement = (
            visit_select()
            .where(*planned_condition(self._context.today(), tutor_id))
            .order_by(m.Session.session_date, m.Session.start_time.asc().nulls_last(), m.Session.id)
            .execution_options(yield_per=_BATCH)
        )
        with self._context.read() as s:
            return [visit_row(r) for r in s.execute(statement)]

    def planned_visits_ics(
        self, *, tutor_id: int | None = None, summary: str = DEFAULT_SUMMARY
    ) -> tuple[bytes, int]:
        """The planned visits as the bytes of an .ics file, and how many visits it holds.
        ``summary`` is the event title with ``{first_name}``, ``{employer}`` and ``{site}``
        (the caller translates it). Raises ``DatabaseError``."""
        visits = self.planned_visits(tutor_id=tutor_id)
        return build_calendar(visits, summary=summary, stamp=self._context.clock()), len(visits)


def build_calendar(
    visits: list[VisitRow], *, summary: str = DEFAULT_SUMMARY, stamp: datetime
) -> bytes:
    """An iCalendar file with one event per visit. A visit without a start time becomes an
    all-day event; ``stamp`` (aware) is the DTSTAMP of every event."""
    import icalendar  # only when a calendar is written: it costs start-up time otherwise

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID.format(version=mentor_desktop.__version__))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for visit in visits:
        event = icalendar.Event()
        event.add("uid", f"session-{visit.id}@mentor-desktop")
        event.add("dtstamp", stamp)
        event.add(
            "summary",
            summary.format(
                first_name=visit.learner_first_name,
                employer=visit.employer_name,
                site=visit.site_name,
            ),
        )
        if visit.start_time is not None:
            start = datetime.combine(visit.session_date, visit.start_time, tzinfo=TIME_ZONE)
            event.add("dtstart", start)
            event.add("duration", timedelta(minutes=visit.minutes))
        else:
            event.add("dtstart", visit.session_date)
        event.add("location", location(visit))
        event.add("sequence", visit.version)
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    if visits:
        # Time zone rules only for the years the visits span, to keep the file short.
        first = min(v.session_date for v in visits)
        last = max(v.session_date for v in visits)
        calendar.add_missing_timezones(
            first_date=date(first.year, 1, 1), last_date=date(last.year + 1, 12, 31)
        )
    return calendar.to_ical()


def location(visit: VisitRow) -> str:
    """Employer, site and address, e.g. "Bageriet Nord, Produktion, Havnegade 3, 9000 Aalborg"."""
    parts = [visit.employer_name, visit.site_name, visit.site_address]
    return ", ".join(p for p in parts if p)
