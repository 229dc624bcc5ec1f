"""The global search (Ctrl+K): learners, employers and placements by name, CVR number, site or
case reference, grouped by kind as the user types. Each kind is asked for a few matches through
its list service, so the database does the searching. Arrow keys choose, Enter opens."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.ui import labels
from mentor_desktop.ui.messages import error_text

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
PER_KIND = 6


class Kind(StrEnum):
    LEARNER = "learner"
    EMPLOYER = "employer"
    PLACEMENT = "placement"


@dataclass(frozen=True)
class Hit:
    kind: Kind
    id: int
    text: str


_ROLE_HIT = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    """Type to find; ``chosen()`` is the record to open once the dialog is accepted."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self._services = services
        self._chosen: Hit | None = None
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self.search_edit.setFocus()

    def _build_ui(self) -> None:
        self.setMinimumSize(560, 420)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("global_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self.result_list = QListWidget()
        self.result_list.setObjectName("global_search_result_list")
        self.result_list.setStyleSheet("QListWidget::item { padding: 3px 6px; }")
        self.status_label = QLabel()
        self.status_label.setObjectName("global_search_status_label")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.result_list, 1)
        layout.addWidget(self.status_label)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_timer.timeout.connect(self.search)
        self.result_list.itemActivated.connect(self._on_result_list_item_activated)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.search_edit.setPlaceholderText(
            self.tr("Learner, employer or placement: name, CVR number or case reference")
        )
        self.search_edit.setAccessibleName(self.tr("Search everything"))
        self.result_list.setAccessibleName(self.tr("Search results"))
        self.result_list.setToolTip(self.tr("Arrow keys to choose, Enter to open"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def chosen(self) -> Hit | None:
        return self._chosen

    def hits(self) -> list[Hit]:
        """The results now listed, in order."""
        return [
            item.data(_ROLE_HIT)
            for item in (self.result_list.item(i) for i in range(self.result_list.count()))
            if item.data(_ROLE_HIT) is not None
        ]

    def search(self) -> None:
        """Ask each kind for its first matches now."""
        self.search_timer.stop()
        query = self.search_edit.text().strip()
        self.result_list.clear()
        if not query:
            self._show_status()
            return
        try:
            groups = [
                (self.tr("Learners"), self._learners(query)),
                (self.tr("Employers"), self._employers(query)),
                (self.tr("Placements"), self._placements(query)),
            ]
        except MentorError as error:
            self.status_label.setText(error_text(error))
            return
        for title, hits in groups:
            if not hits:
                continue
            heading = QListWidgetItem(title)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.result_list.addItem(heading)
            for hit in hits:
                item = QListWidgetItem(hit.text)
                item.setData(_ROLE_HIT, hit)
                item.setToolTip(hit.text)
                self.result_list.addItem(item)
        self._select_first()
        self._show_status()

    def _learners(self, query: str) -> list[Hit]:
        rows = self._services.learners.list(
            query=query, limit=PER_KIND, count=False, include_archived=True
        ).rows
        hits = []
        for row in rows:
            text = row.full_name
            if row.case_reference:
                text = self.tr("{name} · {reference}").format(
                    name=text, reference=row.case_reference
                )
            if row.archived:
                text = self.tr("{text} (archived)").format(text=text)
            hits.append(Hit(Kind.LEARNER, row.id, text))
        return hits

    def _employers(self, query: str) -> list[Hit]:
        rows = self._services.employers.list(
            query=query, limit=PER_KIND, count=False, include_archived=True
        ).rows
        hits = []
        for row in rows:
            text = row.name
            if row.cvr:
                text = self.tr("{name} · CVR {cvr}").format(name=text, cvr=row.cvr)
            if row.archived:
                text = self.tr("{text} (archived)").format(text=text)
            hits.append(Hit(Kind.EMPLOYER, row.id, text))
        return hits

    def _placements(self, query: str) -> list[Hit]:
        rows = self._services.placements.list(
            query=query,
            limit=PER_KIND,
            count=False,
            first_tutor_id=self._services.context.user_id,
        ).rows
        return [
            Hit(
                Kind.PLACEMENT,
                row.id,
                self.tr("{learner} at {employer}, {site} · {status}").format(
                    learner=row.learner_name,
                    employer=row.employer_name,
                    site=row.site_name,
                    status=labels.placement_status(row.status),
                ),
            )
            for row in rows
        ]

    def _show_status(self) -> None:
        if not self.search_edit.text().strip():
            self.status_label.setText(
                self.tr("Type part of a name, a CVR number or a case reference.")
            )
        elif not self.hits():
            self.status_label.setText(
                self.tr("Nothing matches “{query}”.").format(query=self.search_edit.text().strip())
            )
        else:
            self.status_label.setText(self.tr("%n result(s)", "", len(self.hits())))

    def _select_first(self) -> None:
        for row in range(self.result_list.count()):
            if self.result_list.item(row).data(_ROLE_HIT) is not None:
                self.result_list.setCurrentRow(row)
                return

    def _move(self, step: int) -> None:
        row = self.result_list.currentRow()
        count = self.result_list.count()
        candidate = row + step
        while 0 <= candidate < count:
            if self.result_list.item(candidate).data(_ROLE_HIT) is not None:
                self.result_list.setCurrentRow(candidate)
                return
            candidate += step

    def _open(self, item: QListWidgetItem | None) -> None:
        hit = item.data(_ROLE_HIT) if item is not None else None
        if hit is not None:
            self._chosen = hit
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
        return super().eventFilter(watched, event)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _on_search_edit_return_pressed(self) -> None:
        if self.search_timer.isActive():
            self.search()
        self._open(self.result_list.currentItem())

    def _on_result_list_item_activated(self, item: QListWidgetItem) -> None:
        self._open(item)
