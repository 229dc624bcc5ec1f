"""The read-only detail pane of the Placements screen: who, where and with whom, the dates,
hours planned and held, the days from referral to the first session, the language buddy, the
outcomes, and the placement's history on one timeline of sessions and status changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from mentor_desktop.domain.enums import Attendance
from mentor_desktop.domain.validation import lessons_of_45
from mentor_desktop.services.placements import PlacementDetail, StatusChange
from mentor_desktop.services.sessions import SessionRow
from mentor_desktop.ui import labels
from mentor_desktop.ui.detail_rows import (
    DetailPane,
    caption_row,
    detail_form,
    heading_label,
    line_up_captions,
    pane_frame,
    title_label,
)
from mentor_desktop.ui.learner_detail_pane import format_date, format_decimal

_ATTENDANCE = {
    Attendance.PLANNED: QT_TRANSLATE_NOOP("PlacementDetailPane", "planned"),
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("PlacementDetailPane", "held"),
    Attendance.LEARNER_ABSENT: QT_TRANSLATE_NOOP("PlacementDetailPane", "learner absent"),
    Attendance.CANCELLED: QT_TRANSLATE_NOOP("PlacementDetailPane", "cancelled"),
}


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a placement's history: when (local, naive) and what."""

    at: datetime
    session: SessionRow | None = None
    change: StatusChange | None = None


def timeline(sessions: list[SessionRow], changes: list[StatusChange]) -> list[TimelineEntry]:
    """Sessions and status changes in one chronological list, oldest first. A session without
    a start time counts from the start of its day; a status change made the same day after
    it comes after it."""
    entries = [
        TimelineEntry(datetime.combine(s.session_date, s.start_time or time.min), session=s)
        for s in sessions
    ]
    for change in changes:
        at = change.at if change.at.tzinfo else change.at.replace(tzinfo=UTC)
        entries.append(TimelineEntry(at.astimezone().replace(tzinfo=None), change=change))
    return sorted(entries, key=lambda e: (e.at, e.session is None))


class PlacementDetailPane(DetailPane):
    """Shows one ``PlacementDetail`` with its timeline."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placement_detail_pane")
        self._detail: PlacementDetail | None = None
        self._sessions: list[SessionRow] = []
        self._build_ui()
        self.retranslate_ui()

    @property
    def detail(self) -> PlacementDetail | None:
        return self._detail

    def _build_ui(self) -> None:
        self.empty_label, self.details_widget, details = pane_frame(
            self, "placement", minimum_width=300
        )
        self.title_label = title_label("placement_title_label")
        details.addWidget(self.title_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("placement_status_label")
        details.addWidget(self.status_label)

        who = detail_form(details)
        self.employer_caption, self.employer_value = caption_row(who, "placement_employer_value")
        self.tutor_caption, self.tutor_value = caption_row(who, "placement_tutor_value")
        self.job_caption, self.job_value = caption_row(who, "placement_job_value")
        self.buddy_caption, self.buddy_value = caption_row(who, "placement_buddy_value")

        self.dates_heading = heading_label()
        details.addWidget(self.dates_heading)
        dates = detail_form(details)
        self.referral_caption, self.referral_value = caption_row(dates, "placement_referral_value")
        self.start_caption, self.start_value = caption_row(dates, "placement_start_value")
        self.end_caption, self.end_value = caption_row(dates, "placement_end_value")
        self.first_session_caption, self.first_session_value = caption_row(
            dates, "placement_first_session_value"
        )

        self.hours_heading = heading_label()
        details.addWidget(self.hours_heading)
        hours = detail_form(details)
        self.planned_caption, self.planned_value = caption_row(hours, "placement_planned_value")
        self.held_caption, self.held_value = caption_row(hours, "placement_held_value")

        self.outcome_heading = heading_label()
        details.addWidget(self.outcome_heading)
        outcome = detail_form(details)
        self.outcome_caption, self.outcome_value = caption_row(outcome, "placement_outcome_value")
        self.followup_caption, self.followup_value = caption_row(
            outcome, "placement_followup_value"
        )

        self.timeline_heading = heading_label()
        details.addWidget(self.timeline_heading)
        self.timeline_list = QListWidget()
        self.timeline_list.setObjectName("placement_timeline_list")
        self.timeline_list.setWordWrap(True)
        self.timeline_list.setMinimumHeight(160)
        details.addWidget(self.timeline_list, 1)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Placement details"))
        self.empty_label.setText(self.tr("Choose a placement in the list to see the details."))
        self.employer_caption.setText(self.tr("Employer:"))
        self.tutor_caption.setText(self.tr("Tutor:"))
        self.job_caption.setText(self.tr("Job title:"))
        self.buddy_caption.setText(self.tr("Language buddy:"))
        self.dates_heading.setText(self.tr("Dates"))
        self.referral_caption.setText(self.tr("Referral:"))
        self.start_caption.setText(self.tr("Start:"))
        self.end_caption.setText(self.tr("End:"))
        self.first_session_caption.setText(self.tr("First session:"))
        self.hours_heading.setText(self.tr("Hours"))
        self.planned_caption.setText(self.tr("Planned:"))
        self.held_caption.setText(self.tr("Held:"))
        self.outcome_heading.setText(self.tr("Outcome"))
        self.outcome_caption.setText(self.tr("At the end:"))
        self.followup_caption.setText(self.tr("At follow-up:"))
        self.timeline_heading.setText(self.tr("History"))
        self.timeline_list.setAccessibleName(self.tr("History of sessions and status changes"))
        line_up_captions(self)
        self.show_placement(self._detail, self._sessions)

    def show_placement(
        self, detail: PlacementDetail | None, sessions: list[SessionRow] | None = None
    ) -> None:
        """Show ``detail`` and its ``sessions``, or the hint when ``detail`` is ``None``."""
        self._detail = detail
        self._sessions = sessions or []
        self.empty_label.setVisible(detail is None)
        self.details_widget.setVisible(detail is not None)
        if detail is None:
            return
        data = detail.data
        none = self.tr("not recorded")
        self.title_label.setText(detail.learner_name)
        status = labels.placement_status(data.status)
        if detail.archived_at is not None:
            status = self.tr("{status} · archived").format(status=status)
        self.status_label.setText(status)
        self.employer_value.setText(
            self.tr("{employer} — {site}").format(
                employer=detail.employer_name, site=detail.site_name
            )
        )
        self.tutor_value.setText(detail.tutor_name or self.tr("not assigned"))
        self.job_value.setText(data.job_title or none)
        if data.buddy_name and data.buddy_phone:
            buddy = self.tr("{name}, {phone}").format(name=data.buddy_name, phone=data.buddy_phone)
        else:
            buddy = data.buddy_name or data.buddy_phone or self.tr("none named")
        self.buddy_value.setText(buddy)
        self.referral_value.setText(format_date(data.referral_date) or none)
        self.start_value.setText(format_date(data.start_date) or none)
        self.end_value.setText(format_date(data.end_date) or none)
        self.first_session_value.setText(self._first_session_text(detail))
        locale = QLocale()
        if data.planned_hours:
            self.planned_value.setText(
                self.tr("{hours} hours ({lessons} lessons of 45 min)").format(
                    hours=locale.toString(data.planned_hours),
                    lessons=format_decimal(lessons_of_45(data.planned_hours * 60)),
                )
            )
        else:
            self.planned_value.setText(none)
        self.held_value.setText(
            self.tr(
                "{hours} hours ({lessons} lessons of 45 min) in %n session(s)",
                "",
                detail.session_count,
            ).format(
                hours=format_decimal(detail.minutes_attended / 60),
                lessons=format_decimal(detail.lessons_attended),
            )
        )
        self.outcome_value.setText(self._outcome_text(data.outcome, data.outcome_on))
        self.followup_value.setText(self._outcome_text(data.followup_outcome, data.followup_on))
        self._show_timeline(detail)

    def _first_session_text(self, detail: PlacementDetail) -> str:
        first = detail.first_session_date
        if first is None:
            return self.tr("none held yet")
        days = detail.days_to_first_session
        if days is None:
            return format_date(first)
        return self.tr("{date} (%n day(s) after the referral)", "", days).format(
            date=format_date(first)
        )

    def _outcome_text(self, outcome: object, on: object) -> str:
        if outcome is None:
            return self.tr("not recorded")
        name = labels.outcome(str(outcome))
        if on is None:
            return name
        return self.tr("{outcome} (recorded {date})").format(
            outcome=name,
            date=format_date(on),  # type: ignore[arg-type]
        )

    def _show_timeline(self, detail: PlacementDetail) -> None:
        self.timeline_list.clear()
        for entry in timeline(self._sessions, detail.status_history):
            text = self._entry_text(entry)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.timeline_list.addItem(item)
        if self.timeline_list.count() == 0:
            self.timeline_list.addItem(QListWidgetItem(self.tr("Nothing has happened yet.")))

    def _entry_text(self, entry: TimelineEntry) -> str:
        when = format_date(entry.at.date())
        if entry.session is not None:
            session = entry.session
            attendance = QCoreApplication.translate(
                "PlacementDetailPane", str(_ATTENDANCE.get(session.attendance, session.attendance))
            )
            return self.tr("{date} · session, %n min, {attendance}", "", session.minutes).format(
                date=when, attendance=attendance
            )
        change = entry.change
        assert change is not None
        new = labels.placement_status(change.to_status)
        if change.from_status is None:
            return self.tr("{date} · created as {status}").format(date=when, status=new)
        return self.tr("{date} · status {old} → {new}").format(
            date=when, old=labels.placement_status(change.from_status), new=new
        )
