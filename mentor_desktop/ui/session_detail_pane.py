"""The detail pane of the Sessions screen: one visit as the tutor logged it, read-only."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QLabel, QWidget

from mentor_desktop.services.sessions import SessionDetail
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
from mentor_desktop.ui.learner_detail_pane import format_decimal
from mentor_desktop.ui.session_dialog import ui_language


class SessionDetailPane(DetailPane):
    """Shows one ``SessionDetail``; editing happens in the session dialog."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("session_detail_pane")
        self._detail: SessionDetail | None = None
        self._build_ui()
        self.retranslate_ui()

    @property
    def detail(self) -> SessionDetail | None:
        return self._detail

    def _build_ui(self) -> None:
        self.empty_label, self.details_widget, details = pane_frame(
            self, "session", minimum_width=240
        )
        self.title_label = title_label("session_title_label")
        details.addWidget(self.title_label)
        self.when_label = QLabel()
        self.when_label.setObjectName("session_when_label")
        self.when_label.setWordWrap(True)
        details.addWidget(self.when_label)

        who = detail_form(details)
        self.employer_caption, self.employer_value = caption_row(who, "session_employer_value")
        self.tutor_caption, self.tutor_value = caption_row(who, "session_tutor_value")

        self.visit_heading = heading_label()
        details.addWidget(self.visit_heading)
        visit = detail_form(details)
        self.duration_caption, self.duration_value = caption_row(visit, "session_duration_value")
        self.mode_caption, self.mode_value = caption_row(visit, "session_mode_value")
        self.attendance_caption, self.attendance_value = caption_row(
            visit, "session_attendance_value"
        )

        self.content_heading = heading_label()
        details.addWidget(self.content_heading)
        content = detail_form(details)
        self.situations_caption, self.situations_value = caption_row(
            content, "session_situations_value"
        )
        self.note_caption, self.note_value = caption_row(content, "session_note_value")
        self.next_step_caption, self.next_step_value = caption_row(
            content, "session_next_step_value"
        )
        details.addStretch(1)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Session details"))
        self.empty_label.setText(self.tr("Choose a session in the list to see what was done."))
        self.employer_caption.setText(self.tr("Employer:"))
        self.tutor_caption.setText(self.tr("Tutor:"))
        self.visit_heading.setText(self.tr("Visit"))
        self.duration_caption.setText(self.tr("Duration:"))
        self.mode_caption.setText(self.tr("Mode:"))
        self.attendance_caption.setText(self.tr("Attendance:"))
        self.content_heading.setText(self.tr("What was done"))
        self.situations_caption.setText(self.tr("Work situations:"))
        self.note_caption.setText(self.tr("Note:"))
        self.next_step_caption.setText(self.tr("Next step:"))
        line_up_captions(self)
        self.show_session(self._detail)

    def show_session(self, detail: SessionDetail | None) -> None:
        """Show ``detail``, or the hint when it is ``None``."""
        self._detail = detail
        self.empty_label.setVisible(detail is None)
        self.details_widget.setVisible(detail is not None)
        if detail is None:
            return
        data = detail.data
        none = self.tr("not recorded")
        locale = QLocale()
        self.title_label.setText(detail.learner_name)
        assert data.session_date is not None
        date = data.session_date
        day = locale.toString(QDate(date.year, date.month, date.day), QLocale.FormatType.LongFormat)
        if data.start_time is not None:
            start = locale.toString(
                QTime(data.start_time.hour, data.start_time.minute), QLocale.FormatType.ShortFormat
            )
            self.when_label.setText(self.tr("{date} at {time}").format(date=day, time=start))
        else:
            self.when_label.setText(day)
        self.employer_value.setText(
            self.tr("{employer} — {site}").format(
                employer=detail.employer_name, site=detail.site_name
            )
        )
        self.tutor_value.setText(detail.tutor_name or self.tr("not assigned"))
        minutes = data.minutes or 0
        self.duration_value.setText(
            self.tr("{minutes} min ({lessons} lessons of 45 min)").format(
                minutes=locale.toString(minutes), lessons=format_decimal(detail.lessons)
            )
        )
        self.mode_value.setText(labels.session_mode(data.mode))
        self.attendance_value.setText(labels.attendance(data.attendance))
        language = ui_language()
        situations = [w.name(language) for w in detail.work_situations]
        if data.work_situations_other:
            situations.append(data.work_situations_other)
        self.situations_value.setText(", ".join(situations) or none)
        self.note_value.setText(data.note or none)
        self.next_step_value.setText(data.next_step or none)
