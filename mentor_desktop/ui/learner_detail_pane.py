"""The read-only detail pane of the Learners screen: who the learner is, the indicative
Danish level at start, the legal basis, the placements and the teaching given."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.domain.enums import Skill
from mentor_desktop.domain.validation import lessons_of_45
from mentor_desktop.services.learners import LearnerDetail, LearnerPlacementSummary
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

_LEVEL_FIELDS = {
    Skill.LISTENING: "level_listening",
    Skill.SPEAKING: "level_speaking",
    Skill.READING: "level_reading",
    Skill.WRITING: "level_writing",
}


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)


class LearnerDetailPane(DetailPane):
    """Shows one ``LearnerDetail``; editing happens elsewhere."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("learner_detail_pane")
        self._detail: LearnerDetail | None = None
        self._build_ui()
        self.retranslate_ui()

    @property
    def detail(self) -> LearnerDetail | None:
        return self._detail

    def _build_ui(self) -> None:
        self.empty_label, self.details_widget, details = pane_frame(
            self, "learner", minimum_width=320, content_name="learner_detail_content"
        )
        self.name_label = title_label("learner_name_label")
        details.addWidget(self.name_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("learner_status_label")
        details.addWidget(self.status_label)

        self.personal_heading = heading_label()
        details.addWidget(self.personal_heading)
        personal = detail_form(details, wrap_long_rows=True)
        self.birth_date_caption, self.birth_date_value = caption_row(personal)
        self.languages_caption, self.languages_value = caption_row(personal)
        self.case_reference_caption, self.case_reference_value = caption_row(personal)
        self.phone_caption, self.phone_value = caption_row(personal)
        self.email_caption, self.email_value = caption_row(personal)

        self.level_heading = heading_label()
        details.addWidget(self.level_heading)
        self.level_note_label = QLabel()
        self.level_note_label.setWordWrap(True)
        details.addWidget(self.level_note_label)
        levels = detail_form(details, wrap_long_rows=True)
        self.level_captions: dict[Skill, QLabel] = {}
        self.level_values: dict[Skill, QLabel] = {}
        for skill in _LEVEL_FIELDS:
            self.level_captions[skill], self.level_values[skill] = caption_row(levels)
        self.assessed_on_caption, self.assessed_on_value = caption_row(levels)

        self.teaching_heading = heading_label()
        details.addWidget(self.teaching_heading)
        teaching = detail_form(details, wrap_long_rows=True)
        self.sessions_caption, self.sessions_value = caption_row(teaching)
        self.sessions_value.setObjectName("learner_sessions_value")
        self.hours_caption, self.hours_value = caption_row(teaching)
        self.hours_value.setObjectName("learner_hours_value")

        self.placements_heading = heading_label()
        details.addWidget(self.placements_heading)
        self.placements_layout = QVBoxLayout()
        self.placements_layout.setSpacing(6)
        details.addLayout(self.placements_layout)
        self.no_placements_label = QLabel()
        details.addWidget(self.no_placements_label)

        self.privacy_heading = heading_label()
        details.addWidget(self.privacy_heading)
        privacy = detail_form(details, wrap_long_rows=True)
        self.legal_basis_caption, self.legal_basis_value = caption_row(privacy)
        self.consent_given_caption, self.consent_given_value = caption_row(privacy)
        self.consent_withdrawn_caption, self.consent_withdrawn_value = caption_row(privacy)

        details.addStretch(1)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Learner details"))
        self.empty_label.setText(self.tr("Choose a learner in the list to see the details."))
        self.personal_heading.setText(self.tr("Personal details"))
        self.birth_date_caption.setText(self.tr("Date of birth:"))
        self.languages_caption.setText(self.tr("Languages:"))
        self.case_reference_caption.setText(self.tr("Case reference:"))
        self.phone_caption.setText(self.tr("Phone:"))
        self.email_caption.setText(self.tr("Email:"))
        self.level_heading.setText(self.tr("Danish at start (indicative)"))
        self.level_note_label.setText(
            self.tr(
                "An indicative assessment of Danish for communication at work, "
                "not the result of a test."
            )
        )
        for skill, caption in self.level_captions.items():
            caption.setText(self.tr("{skill}:").format(skill=labels.skill(skill)))
        self.assessed_on_caption.setText(self.tr("Assessed on:"))
        self.teaching_heading.setText(self.tr("Teaching"))
        self.sessions_caption.setText(self.tr("Sessions held:"))
        self.hours_caption.setText(self.tr("Hours:"))
        self.placements_heading.setText(self.tr("Placements"))
        self.no_placements_label.setText(self.tr("No placements yet."))
        self.privacy_heading.setText(self.tr("Data protection"))
        self.legal_basis_caption.setText(self.tr("Legal basis:"))
        self.consent_given_caption.setText(self.tr("Consent given:"))
        self.consent_withdrawn_caption.setText(self.tr("Consent withdrawn:"))
        line_up_captions(self)
        self.show_learner(self._detail)

    def show_learner(self, detail: LearnerDetail | None) -> None:
        """Show ``detail``, or the hint to choose a learner when it is ``None``."""
        self._detail = detail
        self.empty_label.setVisible(detail is None)
        self.details_widget.setVisible(detail is not None)
        if detail is None:
            return
        data = detail.data
        none = self.tr("not recorded")
        self.name_label.setText(detail.full_name)
        status = labels.learner_status(data.status)
        if detail.archived_at is not None:
            status = self.tr("{status} · archived").format(status=status)
        self.status_label.setText(status)
        self.birth_date_value.setText(format_date(data.birth_date) or none)
        self.languages_value.setText(
            ", ".join(labels.language_with_endonym(code) for code in data.languages) or none
        )
        self.case_reference_value.setText(data.case_reference or none)
        self.phone_value.setText(data.phone or none)
        self.email_value.setText(data.email or none)
        for skill, field in _LEVEL_FIELDS.items():
            level = getattr(data, field)
            self.level_values[skill].setText(labels.cefr_level(level) if level else none)
        self.assessed_on_value.setText(format_date(data.level_assessed_on) or none)
        locale = QLocale()
        self.sessions_value.setText(locale.toString(detail.session_count))
        minutes = detail.minutes_attended
        self.hours_value.setText(
            self.tr("{hours} ({lessons} lessons of 45 min)").format(
                hours=format_decimal(minutes / 60), lessons=format_decimal(lessons_of_45(minutes))
            )
        )
        self._show_placements(detail.placements)
        self.legal_basis_value.setText(labels.legal_basis(data.legal_basis))
        self.consent_given_value.setText(format_date(data.consent_given_on) or none)
        self.consent_withdrawn_value.setText(format_date(data.consent_withdrawn_on) or none)

    def _show_placements(self, placements: list[LearnerPlacementSummary]) -> None:
        while self.placements_layout.count():
            item = self.placements_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.no_placements_label.setVisible(not placements)
        for placement in placements:
            label = QLabel(self._placement_html(placement))
            label.setObjectName("placement_label")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(
                self.tr("Placement at {employer}").format(employer=placement.employer_name)
            )
            self.placements_layout.addWidget(label)

    def _placement_html(self, placement: LearnerPlacementSummary) -> str:
        e = html.escape
        lines = [f"<b>{e(placement.employer_name)}</b> — {e(placement.site_name)}"]
        if placement.job_title:
            lines.append(e(self.tr("Job: {title}").format(title=placement.job_title)))
        lines.append(
            e(
                self.tr("Tutor: {tutor}").format(
                    tutor=placement.tutor_name or self.tr("not assigned")
                )
            )
        )
        start, end = format_date(placement.start_date), format_date(placement.end_date)
        if start and end:
            period = self.tr("{start} to {end}").format(start=start, end=end)
        elif start:
            period = self.tr("from {start}").format(start=start)
        else:
            period = self.tr("not started")
        lines.append(
            e(
                self.tr("{period} · {status}").format(
                    period=period, status=labels.placement_status(placement.status)
                )
            )
        )
        return "<br>".join(lines)
