"""The Employers screen: search by name or CVR as you type, a paged list sorted by the
database, and the chosen employer's details, sites, contact persons, partnership agreements
and open placements beside it; create, edit, archive and restore."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.domain.placements import OPEN_STATUSES
from mentor_desktop.services.drafts import Draft
from mentor_desktop.services.employers import EmployerDetail
from mentor_desktop.ui.employer_detail_pane import EmployerDetailPane, Part
from mentor_desktop.ui.employer_dialog import DRAFT_KIND as EMPLOYER_DRAFT
from mentor_desktop.ui.employer_dialog import NEW_KEY, EmployerDialog
from mentor_desktop.ui.employer_parts_dialog import (
    AgreementDialog,
    ContactDialog,
    SiteDialog,
    parse_part_draft_key,
)
from mentor_desktop.ui.employer_table_model import Column, EmployerTableModel
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.forms import FormDialog
from mentor_desktop.ui.list_screen import ListScreen
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.settings import Settings

log = logging.getLogger(__name__)

OPEN_PLACEMENTS_SHOWN = 50
# The dialog of each part; a part's draft kind is its ``Part`` value.
PART_DIALOGS = {Part.SITE: SiteDialog, Part.CONTACT: ContactDialog, Part.AGREEMENT: AgreementDialog}


class EmployersScreen(ListScreen):
    """Lists employers and shows the one chosen."""

    placement_requested = Signal(int)

    model: EmployerTableModel
    detail_pane: EmployerDetailPane

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__("employers_screen", services, events, settings, prompter, parent)

    def _create_model(self) -> EmployerTableModel:
        return EmployerTableModel(self._services.employers, self)

    def _build_ui(self) -> None:
        actions = self._build_record_buttons("employer")

        self.detail_pane = EmployerDetailPane()
        self.employer_table = self._build_list_ui(
            "employer",
            rows=[actions],
            sort_column=Column.NAME,
            sort_order=Qt.SortOrder.AscendingOrder,
            stretch_column=Column.NAME,
            column_widths={
                Column.CVR: 90,
                Column.SECTOR: 110,
                Column.CITY: 120,
                Column.OPEN_PLACEMENTS: 120,
            },
            splitter_sizes=[680, 480],
        )

        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._sort_as_header_shows()
        self._update_actions()

    def _connect_signals(self) -> None:
        self._connect_list_signals()
        self.employer_table.activated.connect(self._on_edit_button_clicked)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.new_shortcut.activated.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.detail_pane.add_part_requested.connect(self._on_detail_pane_add_part_requested)
        self.detail_pane.edit_part_requested.connect(self._on_detail_pane_edit_part_requested)
        self.detail_pane.archive_part_requested.connect(self._on_detail_pane_archive_part_requested)
        self.detail_pane.restore_part_requested.connect(self._on_detail_pane_restore_part_requested)
        self.detail_pane.archived_parts_toggled.connect(self._on_detail_pane_archived_parts_toggled)
        self.detail_pane.placement_activated.connect(self.placement_requested)
        self._events.employer_changed.connect(self._on_events_employer_changed)
        self._events.placement_changed.connect(self._on_events_placement_changed)
        self._events.data_reset.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Employers"))
        self.search_edit.setPlaceholderText(self.tr("Search by name or CVR number"))
        self.search_edit.setAccessibleName(self.tr("Search employers"))
        self.search_edit.setToolTip(self.tr("Search by name or CVR number (Ctrl+F)"))
        self.archived_check.setText(self.tr("Show archived"))
        self.employer_table.setAccessibleName(self.tr("Employers"))
        self.employer_table.setToolTip(self.tr("Press Enter to edit the chosen employer"))
        self.new_button.setText(self.tr("&New employer…"))
        self.new_button.setToolTip(self.tr("Add an employer (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._update_actions()
        self._update_count()

    def select_employer(self, employer_id: int) -> bool:
        """Select ``employer_id`` if it is among the rows loaded so far."""
        return self._select_row_of(employer_id)

    def open_employer(self, employer_id: int) -> None:
        """Show ``employer_id`` in the list and the detail pane, clearing a search that
        would hide it."""
        if self.select_employer(employer_id):
            self.employer_table.setFocus()
            return
        try:
            detail = self._services.employers.get(employer_id)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self.search_timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.setText(detail.data.name)
        self.search_edit.blockSignals(False)
        if detail.archived_at is not None:
            self.archived_check.setChecked(True)
        self.model.set_query(detail.data.name)
        if not self.select_employer(employer_id):
            self._show_detail(detail)
        self.employer_table.setFocus()

    def open_draft(self, draft: Draft) -> FormDialog | None:
        """Open the employer, site, contact person or agreement form that ``draft`` was
        saved from, over its employer, with the draft's values; without blocking."""
        dialog: FormDialog
        try:
            if draft.kind == EMPLOYER_DRAFT:
                detail = None
                if draft.key != NEW_KEY and draft.key.isascii() and draft.key.isdigit():
                    detail = self._services.employers.get(int(draft.key))
                    self.open_employer(detail.id)
                dialog = EmployerDialog(self._services, self._prompter, detail, self)
            else:
                parsed = parse_part_draft_key(draft.key)
                if parsed is None:
                    return None
                employer_id, part_id = parsed
                self.open_employer(employer_id)
                dialog = PART_DIALOGS[Part(draft.kind)](
                    self._services, self._prompter, employer_id, part_id, self
                )
        except MentorError as error:
            self.error_occurred.emit(error)
            return None
        dialog.restore_draft(draft.payload)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_draft_dialog_finished)
        dialog.open()
        return dialog

    def _current_detail(self) -> EmployerDetail | None:
        return self.detail_pane.detail

    def _update_actions(self) -> None:
        self._update_record_buttons(
            restore_text=self.tr("&Restore"), archive_text=self.tr("&Archive")
        )

    def _update_count(self) -> None:
        total = self.model.total
        query = self.model.query.strip()
        if query:
            self._show_count(
                self.tr("%n employer(s) found", "", total),
                self.tr("No employer matches “{query}”.").format(query=query),
            )
        else:
            self._show_count(
                self.tr("%n employer(s)", "", total), self.tr("There are no employers yet.")
            )

    def _show_detail(self, detail: EmployerDetail | None) -> None:
        placements = []
        parts = None
        if detail is not None:
            try:
                placements = self._services.placements.list(
                    employer_id=detail.id,
                    status=OPEN_STATUSES,
                    limit=OPEN_PLACEMENTS_SHOWN,
                    count=False,
                ).rows
                if self.detail_pane.shows_archived_parts:
                    parts = (
                        self._services.sites.list(detail.id, include_archived=True),
                        self._services.contacts.list(detail.id, include_archived=True),
                        self._services.agreements.list(detail.id, include_archived=True),
                    )
            except MentorError as error:
                self.error_occurred.emit(error)
        self.detail_pane.show_employer(detail, placements, parts)
        self._update_actions()

    def _get_detail(self, row_id: int) -> EmployerDetail:
        return self._services.employers.get(row_id)

    def _refresh_detail(self, employer_id: int) -> None:
        """Show ``employer_id`` again after a change (the list reloads on the event)."""
        self._show_record(employer_id)

    def _on_new_button_clicked(self) -> None:
        dialog = EmployerDialog(self._services, self._prompter, None, self)
        if dialog.exec() and dialog.saved_value is not None:
            self._events.employer_changed.emit(dialog.saved_value.id)
            self._refresh_detail(dialog.saved_value.id)

    def _on_edit_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None or detail.archived_at is not None:
            return
        dialog = EmployerDialog(self._services, self._prompter, detail, self)
        if dialog.exec() and dialog.saved_value is not None:
            self._events.employer_changed.emit(detail.id)
            self._refresh_detail(detail.id)

    def _on_archive_button_clicked(self) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        employers = self._services.employers
        name = detail.data.name
        try:
            if detail.archived_at is None:
                question = self.tr(
                    "Archive {name}? The employer leaves the lists but keeps its placements "
                    "and history, and can be restored."
                ).format(name=name)
                if not self._prompter.confirm(self, self.tr("Archive employer"), question):
                    return
                employers.archive(detail.id, expected_version=detail.version)
            else:
                question = self.tr("Restore {name} to the lists?").format(name=name)
                if not self._prompter.confirm(self, self.tr("Restore employer"), question):
                    return
                employers.restore(detail.id, expected_version=detail.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self._events.employer_changed.emit(detail.id)
        self._refresh_detail(detail.id)

    def _on_draft_dialog_finished(self, result: int) -> None:
        dialog = self.sender()
        if result != QDialog.DialogCode.Accepted or not isinstance(dialog, FormDialog):
            return
        saved = dialog.saved_value
        if saved is not None:
            employer_id = saved.id if isinstance(dialog, EmployerDialog) else saved.employer_id
            self._events.employer_changed.emit(employer_id)
            self._refresh_detail(employer_id)

    def _on_detail_pane_add_part_requested(self, part: str) -> None:
        self._run_part_dialog(Part(part), None)

    def _on_detail_pane_edit_part_requested(self, part: str, part_id: int) -> None:
        self._run_part_dialog(Part(part), part_id)

    def _run_part_dialog(self, part: Part, part_id: int | None) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        try:
            dialog = PART_DIALOGS[part](self._services, self._prompter, detail.id, part_id, self)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        if dialog.exec() and dialog.saved_value is not None:
            self._events.employer_changed.emit(detail.id)
            self._refresh_detail(detail.id)

    def _on_detail_pane_archive_part_requested(self, part: str, part_id: int) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        service: Any = {
            Part.SITE: self._services.sites,
            Part.CONTACT: self._services.contacts,
            Part.AGREEMENT: self._services.agreements,
        }[Part(part)]
        questions = {
            Part.SITE: self.tr("Archive this site? Placements at it keep their history."),
            Part.CONTACT: self.tr("Archive this contact person?"),
            Part.AGREEMENT: self.tr("Archive this partnership agreement?"),
        }
        if not self._prompter.confirm(self, self.tr("Archive"), questions[Part(part)]):
            return
        try:
            row = service.get(part_id)
            service.archive(part_id, expected_version=row.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self._events.employer_changed.emit(detail.id)
        self._refresh_detail(detail.id)

    def _on_detail_pane_restore_part_requested(self, part: str, part_id: int) -> None:
        detail = self._current_detail()
        if detail is None:
            return
        service: Any = {
            Part.SITE: self._services.sites,
            Part.CONTACT: self._services.contacts,
            Part.AGREEMENT: self._services.agreements,
        }[Part(part)]
        questions = {
            Part.SITE: self.tr("Restore this site? New placements can be made at it again."),
            Part.CONTACT: self.tr("Restore this contact person?"),
            Part.AGREEMENT: self.tr("Restore this partnership agreement?"),
        }
        if not self._prompter.confirm(self, self.tr("Restore"), questions[Part(part)]):
            return
        try:
            row = service.get(part_id)
            service.restore(part_id, expected_version=row.version)
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self._events.employer_changed.emit(detail.id)
        self._refresh_detail(detail.id)

    def _on_detail_pane_archived_parts_toggled(self, _shown: bool) -> None:
        self._show_detail(self._current_detail())

    def _on_events_employer_changed(self, _employer_id: int) -> None:
        self.model.reload()

    def _on_events_placement_changed(self, _placement_id: int) -> None:
        self.model.reload()
