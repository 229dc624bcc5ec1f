"""The dialog that creates or edits a placement: the learner, the employer and site and the
tutor chosen by typing part of a name; the job, the dates, planned hours and the language
buddy; the status, offering only the statuses the placement may move to; and the outcomes
once it has ended. Checks as the user types; keeps everything on a failed save, and a draft
in the database while it is open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import Outcome, PlacementStatus
from mentor_desktop.domain.errors import ErrorCode, FieldError, MentorError, ValidationError
from mentor_desktop.domain.placements import ENDED_STATUSES, INITIAL_STATUSES
from mentor_desktop.services import placements
from mentor_desktop.services.placements import MAX_PLANNED_HOURS, PlacementDetail, PlacementInput
from mentor_desktop.ui import labels
from mentor_desktop.ui.forms import DateField, FormDialog, from_date, to_date
from mentor_desktop.ui.messages import error_text
from mentor_desktop.ui.placement_lookup_combo import LOOKUP_LIMIT, LookupField
from mentor_desktop.ui.prompter import Prompter

DRAFT_KIND = "placement"
NEW_KEY = "new"
TUTORS_LISTED = 500
_DATE_FIELDS = ("referral_date", "start_date", "end_date", "outcome_on", "followup_on")


def employer_matches(services: Services, text: str) -> list[tuple[int, str]]:
    """Employers in use whose name or CVR number contains ``text``, for a lookup combo."""
    try:
        rows = services.employers.list(query=text, limit=LOOKUP_LIMIT, count=False).rows
    except MentorError:
        return []
    return [(r.id, r.name) for r in rows]


def learner_matches(services: Services, text: str) -> list[tuple[int, str]]:
    """Learners in use whose name or case reference contains ``text``."""
    try:
        rows = services.learners.list(query=text, limit=LOOKUP_LIMIT, count=False).rows
    except MentorError:
        return []
    return [
        (r.id, f"{r.full_name} ({r.case_reference})" if r.case_reference else r.full_name)
        for r in rows
    ]


def placement_input(values: dict[str, Any]) -> PlacementInput:
    """The form's values as the service's input; empty text is "not recorded"."""

    def text(name: str) -> str | None:
        return values[name].strip() or None

    outcome, followup = values["outcome"], values["followup_outcome"]
    return PlacementInput(
        learner_id=values["learner_id"],
        site_id=values["site_id"],
        tutor_id=values["tutor_id"],
        job_title=text("job_title"),
        referral_date=to_date(values["referral_date"]),
        start_date=to_date(values["start_date"]),
        end_date=to_date(values["end_date"]),
        planned_hours=values["planned_hours"] or None,
        status=PlacementStatus(values["status"]),
        outcome=Outcome(outcome) if outcome else None,
        outcome_on=to_date(values["outcome_on"]),
        followup_outcome=Outcome(followup) if followup else None,
        followup_on=to_date(values["followup_on"]),
        buddy_name=text("buddy_name"),
        buddy_phone=text("buddy_phone"),
    )


def placement_values(detail: PlacementDetail) -> dict[str, Any]:
    data = detail.data
    values: dict[str, Any] = {
        "learner_id": data.learner_id,
        "employer_id": detail.employer_id,
        "site_id": data.site_id,
        "tutor_id": data.tutor_id,
        "job_title": data.job_title or "",
        "planned_hours": data.planned_hours or 0,
        "status": data.status.value,
        "outcome": data.outcome.value if data.outcome else None,
        "followup_outcome": data.followup_outcome.value if data.followup_outcome else None,
        "buddy_name": data.buddy_name or "",
        "buddy_phone": data.buddy_phone or "",
    }
    for name in _DATE_FIELDS:
        values[name] = from_date(getattr(data, name))
    return values


class PlacementDialog(FormDialog):
    """New placement when ``detail`` is ``None``, else an edit of ``detail``."""

    def __init__(
        self,
        services: Services,
        prompter: Prompter,
        detail: PlacementDetail | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            prompter,
            drafts=services.drafts,
            draft_kind=DRAFT_KIND,
            draft_key=str(detail.id) if detail is not None else NEW_KEY,
            parent=parent,
        )
        self.setObjectName("placement_dialog")
        self._services = services
        self._detail = detail
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        if detail is not None:
            self.expected_version = detail.version
            self.form.set_values(placement_values(detail))
        else:
            self.form.set_values(
                {
                    "tutor_id": services.context.user_id,
                    "referral_date": from_date(services.context.today()),
                }
            )
        self._update_outcome_fields()
        self.learner_field.setFocus()

    # Building

    def _add(self, layout: QFormLayout, name: str, widget: QWidget) -> None:
        widget.setObjectName(f"placement_{name}_field")
        caption = QLabel()
        self.captions[name] = caption
        layout.addRow(caption, self.form.add_field(name, widget, caption=caption))

    def _section(self, grid: QGridLayout, row: int, column: int) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.addWidget(box, row, column)
        return box, form

    def _build_ui(self) -> None:
        self.setMinimumWidth(820)
        self.captions: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        layout.addLayout(grid)

        self.who_box, who = self._section(grid, 0, 0)
        self.learner_field = LookupField(
            lambda text: learner_matches(self._services, text), self._learner_name
        )
        self.employer_field = LookupField(
            lambda text: employer_matches(self._services, text), self._employer_name
        )
        self.site_combo = QComboBox()
        self.tutor_combo = QComboBox()
        self.tutor_combo.setEditable(True)
        self.tutor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        tutor_completer = QCompleter(self.tutor_combo.model(), self.tutor_combo)
        tutor_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        tutor_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        tutor_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tutor_combo.setCompleter(tutor_completer)
        self._fill_tutors()
        self.job_title_edit = QLineEdit()
        self.buddy_name_edit = QLineEdit()
        self.buddy_phone_edit = QLineEdit()
        self._add(who, "learner_id", self.learner_field)
        self._add(who, "employer_id", self.employer_field)
        self._add(who, "site_id", self.site_combo)
        self._add(who, "tutor_id", self.tutor_combo)
        self._add(who, "job_title", self.job_title_edit)
        self._add(who, "buddy_name", self.buddy_name_edit)
        self._add(who, "buddy_phone", self.buddy_phone_edit)

        self.when_box, when = self._section(grid, 0, 1)
        self.referral_field = DateField()
        self.start_field = DateField()
        self.end_field = DateField()
        self.planned_hours_spin = QSpinBox()
        self.planned_hours_spin.setRange(0, MAX_PLANNED_HOURS)
        self.status_combo = QComboBox()
        self._add(when, "referral_date", self.referral_field)
        self._add(when, "start_date", self.start_field)
        self._add(when, "end_date", self.end_field)
        self._add(when, "planned_hours", self.planned_hours_spin)
        self._add(when, "status", self.status_combo)

        self.outcome_box, outcome = self._section(grid, 1, 1)
        self.outcome_combo = QComboBox()
        self.followup_combo = QComboBox()
        for combo in (self.outcome_combo, self.followup_combo):
            combo.addItem("", None)
            for value in Outcome:
                combo.addItem("", value.value)
        self.outcome_on_field = DateField()
        self.followup_on_field = DateField()
        self._add(outcome, "outcome", self.outcome_combo)
        self._add(outcome, "outcome_on", self.outcome_on_field)
        self._add(outcome, "followup_outcome", self.followup_combo)
        self._add(outcome, "followup_on", self.followup_on_field)
        grid.setRowStretch(1, 1)

        self._fill_statuses()
        layout.addWidget(self.form.banner_label)
        layout.addWidget(self.button_box)

    def _connect_signals(self) -> None:
        self.employer_field.value_changed.connect(self._on_employer_field_value_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_current_index_changed)

    def retranslate_ui(self) -> None:
        if self._detail is None:
            self.setWindowTitle(self.tr("New placement"))
        else:
            self.setWindowTitle(
                self.tr("Placement of {learner}").format(learner=self._detail.learner_name)
            )
        self.who_box.setTitle(self.tr("Who and where"))
        self.when_box.setTitle(self.tr("Dates and status"))
        self.outcome_box.setTitle(self.tr("Outcome"))
        texts = {
            "learner_id": self.tr("&Learner:"),
            "employer_id": self.tr("E&mployer:"),
            "site_id": self.tr("&Site:"),
            "tutor_id": self.tr("&Tutor:"),
            "job_title": self.tr("&Job title:"),
            "buddy_name": self.tr("Language &buddy:"),
            "buddy_phone": self.tr("Buddy's p&hone:"),
            "referral_date": self.tr("&Referral:"),
            "start_date": self.tr("St&art:"),
            "end_date": self.tr("&End:"),
            "planned_hours": self.tr("&Planned hours:"),
            "status": self.tr("Stat&us:"),
            "outcome": self.tr("&Outcome at the end:"),
            "outcome_on": self.tr("Outcome re&corded:"),
            "followup_outcome": self.tr("&Follow-up outcome:"),
            "followup_on": self.tr("Follow-up &date:"),
        }
        self.set_captions(texts)
        self.learner_field.combo.line_edit.setPlaceholderText(
            self.tr("Type part of the name or case reference")
        )
        self.employer_field.combo.line_edit.setPlaceholderText(
            self.tr("Type part of the name or CVR number")
        )
        self.tutor_combo.setItemText(0, self.tr("No tutor yet"))
        self.planned_hours_spin.setSpecialValueText(self.tr("not planned"))
        self.planned_hours_spin.setSuffix(self.tr(" hours"))
        for index in range(self.status_combo.count()):
            self.status_combo.setItemText(
                index, labels.placement_status(self.status_combo.itemData(index))
            )
        for combo in (self.outcome_combo, self.followup_combo):
            combo.setItemText(0, self.tr("Not known yet"))
            for index in range(1, combo.count()):
                combo.setItemText(index, labels.outcome(combo.itemData(index)))

    def _fill_tutors(self) -> None:
        self.tutor_combo.addItem("", None)
        try:
            users = self._services.users.list(limit=TUTORS_LISTED).rows
        except MentorError:
            users = []
        known = {u.id for u in users}
        for user in users:
            self.tutor_combo.addItem(user.name, user.id)
        current = self._detail.data.tutor_id if self._detail is not None else None
        if current is not None and current not in known and self._detail is not None:
            self.tutor_combo.addItem(self._detail.tutor_name or "", current)

    def _fill_statuses(self) -> None:
        """Only the statuses the placement may have next: the first ones for a new
        placement, else the current one and those that may follow it."""
        if self._detail is None:
            allowed = [s for s in PlacementStatus if s in INITIAL_STATUSES]
        else:
            allowed = [self._detail.data.status, *self._detail.next_statuses]
        for status in allowed:
            self.status_combo.addItem("", status.value)

    def _learner_name(self, learner_id: int) -> str:
        if self._detail is not None and learner_id == self._detail.data.learner_id:
            return self._detail.learner_name
        try:
            return self._services.learners.get(learner_id).full_name
        except MentorError:
            return ""

    def _employer_name(self, employer_id: int) -> str:
        if self._detail is not None and employer_id == self._detail.employer_id:
            return self._detail.employer_name
        try:
            return self._services.employers.get(employer_id).data.name
        except MentorError:
            return ""

    def _fill_sites(self, employer_id: int | None) -> None:
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        sites = []
        if employer_id is not None:
            try:
                sites = self._services.sites.list(employer_id)
            except MentorError as error:
                self.form.show_message(error_text(error))
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        detail = self._detail
        if detail is not None and employer_id == detail.employer_id:
            if self.site_combo.findData(detail.data.site_id) < 0:
                self.site_combo.addItem(detail.site_name, detail.data.site_id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(current)))
        self.site_combo.setEnabled(self.site_combo.count() > 0)
        self.site_combo.blockSignals(False)
        self.site_combo.currentIndexChanged.emit(self.site_combo.currentIndex())

    def _update_outcome_fields(self) -> None:
        status = self.status_combo.currentData()
        ended = status is not None and PlacementStatus(status) in ENDED_STATUSES
        self.outcome_box.setEnabled(ended)
        self.outcome_box.setToolTip(
            "" if ended else self.tr("Outcomes are recorded once the placement has ended.")
        )

    # FormDialog

    def check(self, values: dict[str, Any]) -> None:
        errors: list[FieldError] = []
        try:
            placements.validate(placement_input(values), self._services.context.today())
        except ValidationError as error:
            errors = list(error.errors)
        for name in ("learner_id", "site_id"):
            if values[name] is None:
                errors.append(FieldError(name, ErrorCode.REQUIRED))
        if errors:
            raise ValidationError(errors)

    def save(self, values: dict[str, Any]) -> PlacementDetail:
        self.check(values)
        data = placement_input(values)
        if self._detail is None:
            return self._services.placements.create(data)
        assert self.expected_version is not None
        return self._services.placements.update(
            self._detail.id, data, expected_version=self.expected_version
        )

    def load_current(self) -> tuple[dict[str, Any], int] | None:
        if self._detail is None:
            return None
        current = self._services.placements.get(self._detail.id)
        return placement_values(current), current.version

    # Slots

    def _on_employer_field_value_changed(self) -> None:
        self._fill_sites(self.employer_field.value())

    def _on_status_combo_current_index_changed(self, _index: int) -> None:
        status = self.status_combo.currentData()
        if status is not None and PlacementStatus(status) not in ENDED_STATUSES:
            for name in ("outcome", "followup_outcome", "outcome_on", "followup_on"):
                if self.form.value(name) is not None:
                    self.form.set_value(name, None)
        self._update_outcome_fields()
