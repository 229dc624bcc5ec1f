"""The detail pane of the Employers screen: the employer's data, and its sites, contact
persons, partnership agreements and open placements, each a short list with its own buttons.
The pane asks for changes through signals; the screen opens the dialogs and calls services."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.services.employers import EmployerDetail
from mentor_desktop.services.placements import PlacementRow
from mentor_desktop.services.sites import AgreementRow, ContactRow, SiteRow
from mentor_desktop.ui import labels
from mentor_desktop.ui.detail_rows import (
    DetailPane,
    caption_row,
    detail_form,
    heading_label,
    pane_frame,
    title_label,
)
from mentor_desktop.ui.learner_detail_pane import format_date


def fitting_height(list_widget: QListWidget) -> int:
    """The height that shows every row of a short list without scrolling."""
    rows = range(list_widget.count())
    spacing = 2 * list_widget.spacing()
    content = sum(list_widget.sizeHintForRow(r) + spacing for r in rows)
    return content + 2 * list_widget.frameWidth() + 2


_ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 1


class Part(StrEnum):
    SITE = "site"
    CONTACT = "contact"
    AGREEMENT = "agreement"


class PartList(QWidget):
    """A heading, a short list and Add / Edit / Archive buttons for one kind of part; an
    archived part (listed greyed) has Restore instead of Archive and cannot be edited."""

    add_clicked = Signal()
    edit_clicked = Signal(int)
    archive_clicked = Signal(int)
    restore_clicked = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}_part_list")
        self.heading = heading_label()
        self.list_widget = QListWidget()
        self.list_widget.setObjectName(f"{name}_list")
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.setWordWrap(False)
        self.list_widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setSpacing(2)
        self.list_widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_label = QLabel()
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{name}_add_button")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName(f"{name}_edit_button")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName(f"{name}_archive_button")
        # (button text, full name) of the archive button for a part in use and an archived one.
        self.archive_texts = ("", "")
        self.restore_texts = ("", "")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list_widget)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.list_widget.itemActivated.connect(self._on_list_widget_item_activated)
        self.list_widget.currentRowChanged.connect(self._on_list_widget_current_row_changed)
        self.update_buttons()

    def set_items(self, items: list[tuple[int, str, bool]]) -> None:
        """Show ``(id, text, archived)`` for each part."""
        current = self.current_id()
        self.list_widget.clear()
        greyed = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for part_id, text, archived in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, part_id)
            item.setData(_ARCHIVED_ROLE, archived)
            item.setToolTip(text)
            if archived:
                item.setForeground(greyed)
            self.list_widget.addItem(item)
            if part_id == current:
                self.list_widget.setCurrentItem(item)
        self.list_widget.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self.list_widget.setFixedHeight(fitting_height(self.list_widget))
        self.update_buttons()

    def current_id(self) -> int | None:
        item = self.list_widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_is_archived(self) -> bool:
        item = self.list_widget.currentItem()
        return bool(item.data(_ARCHIVED_ROLE)) if item is not None else False

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        self._editable = editable
        self.update_buttons()

    def update_buttons(self) -> None:
        chosen = self.current_id() is not None and getattr(self, "_editable", True)
        archived = self.current_is_archived()
        self.edit_button.setEnabled(chosen and not archived)
        self.archive_button.setEnabled(chosen)
        text, name = self.restore_texts if archived else self.archive_texts
        self.archive_button.setText(text)
        self.archive_button.setAccessibleName(name)
        self.archive_button.setToolTip(name)

    def _on_edit_button_clicked(self) -> None:
        part_id = self.current_id()
        if part_id is not None and not self.current_is_archived():
            self.edit_clicked.emit(part_id)

    def _on_archive_button_clicked(self) -> None:
        part_id = self.current_id()
        if part_id is None:
            return
        if self.current_is_archived():
            self.restore_clicked.emit(part_id)
        else:
            self.archive_clicked.emit(part_id)

    def _on_list_widget_item_activated(self, item: QListWidgetItem) -> None:
        if getattr(self, "_editable", True) and not item.data(_ARCHIVED_ROLE):
            self.edit_clicked.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_list_widget_current_row_changed(self, _row: int) -> None:
        self.update_buttons()


Parts = tuple[list[SiteRow], list[ContactRow], list[AgreementRow]]


class EmployerDetailPane(DetailPane):
    """Shows one ``EmployerDetail`` and its open placements."""

    add_part_requested = Signal(str)
    edit_part_requested = Signal(str, int)
    archive_part_requested = Signal(str, int)
    restore_part_requested = Signal(str, int)
    archived_parts_toggled = Signal(bool)
    placement_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("employer_detail_pane")
        self._detail: EmployerDetail | None = None
        self._placements: list[PlacementRow] = []
        self._parts: Parts | None = None
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()

    @property
    def detail(self) -> EmployerDetail | None:
        return self._detail

    def _build_ui(self) -> None:
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label, self.details_widget, details = pane_frame(
            self, "employer", minimum_width=300
        )
        self.name_label = title_label("employer_name_label")
        details.addWidget(self.name_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("employer_status_label")
        details.addWidget(self.status_label)

        form = detail_form(details)
        self.cvr_caption, self.cvr_value = caption_row(form, "employer_cvr_value")
        self.sector_caption, self.sector_value = caption_row(form)
        self.address_caption, self.address_value = caption_row(form)
        self.phone_caption, self.phone_value = caption_row(form)
        self.email_caption, self.email_value = caption_row(form)

        self.archived_parts_check = QCheckBox()
        self.archived_parts_check.setObjectName("employer_archived_parts_check")
        details.addWidget(self.archived_parts_check)
        self.parts = {
            Part.SITE: PartList("site"),
            Part.CONTACT: PartList("contact"),
            Part.AGREEMENT: PartList("agreement"),
        }
        for part_list in self.parts.values():
            details.addWidget(part_list)

        self.placements_heading = heading_label()
        details.addWidget(self.placements_heading)
        self.placement_list = QListWidget()
        self.placement_list.setObjectName("employer_placement_list")
        self.placement_list.setWordWrap(False)
        self.placement_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placement_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placement_list.setSpacing(1)
        details.addWidget(self.placement_list)
        self.no_placements_label = QLabel()
        details.addWidget(self.no_placements_label)

        details.addStretch(1)

    def _connect_signals(self) -> None:
        for part, part_list in self.parts.items():
            part_list.add_clicked.connect(lambda p=part: self.add_part_requested.emit(p.value))
            part_list.edit_clicked.connect(
                lambda i, p=part: self.edit_part_requested.emit(p.value, i)
            )
            part_list.archive_clicked.connect(
                lambda i, p=part: self.archive_part_requested.emit(p.value, i)
            )
            part_list.restore_clicked.connect(
                lambda i, p=part: self.restore_part_requested.emit(p.value, i)
            )
        self.archived_parts_check.toggled.connect(self.archived_parts_toggled)
        self.placement_list.itemActivated.connect(self._on_placement_list_item_activated)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Employer details"))
        self.empty_label.setText(self.tr("Choose an employer in the list to see the details."))
        self.cvr_caption.setText(self.tr("CVR:"))
        self.sector_caption.setText(self.tr("Sector:"))
        self.address_caption.setText(self.tr("Address:"))
        self.phone_caption.setText(self.tr("Phone:"))
        self.email_caption.setText(self.tr("Email:"))
        self.archived_parts_check.setText(
            self.tr("Show archived sites, contact persons and agreements")
        )
        for caption in (
            self.cvr_caption,
            self.sector_caption,
            self.address_caption,
            self.phone_caption,
            self.email_caption,
        ):
            caption.buddy().setAccessibleName(caption.text().rstrip(":"))
        self._name_part(
            Part.SITE,
            heading=self.tr("Sites"),
            empty=self.tr("No sites yet."),
            add=self.tr("Add site"),
            edit=self.tr("Edit the chosen site"),
            archive=self.tr("Archive the chosen site"),
            restore=self.tr("Restore the chosen site"),
        )
        self._name_part(
            Part.CONTACT,
            heading=self.tr("Contact persons"),
            empty=self.tr("No contact persons yet."),
            add=self.tr("Add contact person"),
            edit=self.tr("Edit the chosen contact person"),
            archive=self.tr("Archive the chosen contact person"),
            restore=self.tr("Restore the chosen contact person"),
        )
        self._name_part(
            Part.AGREEMENT,
            heading=self.tr("Partnership agreements"),
            empty=self.tr("No partnership agreements yet."),
            add=self.tr("Add partnership agreement"),
            edit=self.tr("Edit the chosen partnership agreement"),
            archive=self.tr("Archive the chosen partnership agreement"),
            restore=self.tr("Restore the chosen partnership agreement"),
        )
        self.placements_heading.setText(self.tr("Open placements"))
        self.placement_list.setAccessibleName(self.tr("Open placements"))
        self.placement_list.setToolTip(self.tr("Press Enter to open the placement"))
        self.no_placements_label.setText(self.tr("No open placements."))
        self.show_employer(self._detail, self._placements, self._parts)

    @property
    def shows_archived_parts(self) -> bool:
        return self.archived_parts_check.isChecked()

    def _name_part(
        self,
        part: Part,
        *,
        heading: str,
        empty: str,
        add: str,
        edit: str,
        archive: str,
        restore: str,
    ) -> None:
        """Short button texts under the heading; the full action as name and tooltip."""
        part_list = self.parts[part]
        part_list.heading.setText(heading)
        part_list.list_widget.setAccessibleName(heading)
        part_list.empty_label.setText(empty)
        part_list.add_button.setText(self.tr("Add…"))
        part_list.edit_button.setText(self.tr("Edit…"))
        part_list.archive_texts = (self.tr("Archive"), archive)
        part_list.restore_texts = (self.tr("Restore"), restore)
        for button, text in ((part_list.add_button, add), (part_list.edit_button, edit)):
            button.setAccessibleName(text)
            button.setToolTip(text)
        part_list.update_buttons()

    def show_employer(
        self,
        detail: EmployerDetail | None,
        placements: list[PlacementRow] | None = None,
        parts: Parts | None = None,
    ) -> None:
        """Show ``detail`` with its open ``placements``, or the hint when it is ``None``;
        ``parts`` (sites, contacts, agreements, archived ones too) instead of the detail's
        parts in use."""
        self._detail = detail
        self._placements = placements or []
        self._parts = parts
        self.empty_label.setVisible(detail is None)
        self.details_widget.setVisible(detail is not None)
        if detail is None:
            return
        data = detail.data
        none = self.tr("not recorded")
        self.name_label.setText(data.name)
        if detail.archived_at is not None:
            self.status_label.setText(
                self.tr("Archived on {date}").format(date=format_date(detail.archived_at.date()))
            )
        else:
            self.status_label.setText(self.tr("%n open placement(s)", "", detail.open_placements))
        self.cvr_value.setText(data.cvr or none)
        self.sector_value.setText(labels.sector(data.sector))
        place = " ".join(p for p in (data.postcode, data.city) if p)
        self.address_value.setText(", ".join(p for p in (data.street, place) if p) or none)
        self.phone_value.setText(data.phone or none)
        self.email_value.setText(data.email or none)
        sites, contacts, agreements = parts or (detail.sites, detail.contacts, detail.agreements)
        self.parts[Part.SITE].set_items([self._item(s, self._site_text(s)) for s in sites])
        self.parts[Part.CONTACT].set_items([self._item(c, self._contact_text(c)) for c in contacts])
        self.parts[Part.AGREEMENT].set_items(
            [self._item(a, self._agreement_text(a)) for a in agreements]
        )
        editable = detail.archived_at is None
        for part_list in self.parts.values():
            part_list.set_editable(editable)
        self._show_placements()

    def _item(self, part: SiteRow | ContactRow | AgreementRow, text: str) -> tuple[int, str, bool]:
        """A part's list entry; an archived part says so on its first line."""
        if part.archived:
            first, *rest = text.split("\n")
            text = "\n".join([self.tr("{text} (archived)").format(text=first), *rest])
        return part.id, text, part.archived

    def _site_text(self, site: SiteRow) -> str:
        data = site.data
        place = " ".join(p for p in (data.postcode, data.city) if p)
        address = ", ".join(p for p in (data.street, place) if p)
        if address:
            return self.tr("{name} — {address}").format(name=data.name, address=address)
        return data.name

    def _contact_text(self, contact: ContactRow) -> str:
        data = contact.data
        lines = [
            self.tr("{name}, {role}").format(name=data.name, role=data.role)
            if data.role
            else data.name
        ]
        reach = " · ".join(p for p in (data.phone, data.email) if p)
        if reach:
            lines.append(reach)
        return "\n".join(lines)

    def _agreement_text(self, agreement: AgreementRow) -> str:
        data = agreement.data
        lines = [self.tr("1. {action}").format(action=data.first_action)]
        if data.second_action:
            lines.append(self.tr("2. {action}").format(action=data.second_action))
        start, end = format_date(data.starts_on), format_date(data.ends_on)
        if start and end:
            lines.append(self.tr("Runs {start} to {end}").format(start=start, end=end))
        elif start:
            lines.append(self.tr("Runs from {start}").format(start=start))
        if data.approved_on is not None:
            lines.append(
                self.tr("Approved by the steering group on {date}").format(
                    date=format_date(data.approved_on)
                )
            )
        else:
            lines.append(self.tr("Not yet approved by the steering group"))
        return "\n".join(lines)

    def _show_placements(self) -> None:
        self.placement_list.clear()
        for placement in self._placements:
            tutor = placement.tutor_name or self.tr("no tutor")
            text = self.tr("{learner} — {site} · {tutor} · {status}").format(
                learner=placement.learner_name,
                site=placement.site_name,
                tutor=tutor,
                status=labels.placement_status(placement.status),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, placement.id)
            item.setToolTip(text)
            self.placement_list.addItem(item)
        self.placement_list.setVisible(bool(self._placements))
        self.no_placements_label.setVisible(not self._placements)
        self.placement_list.setFixedHeight(fitting_height(self.placement_list))

    def _on_placement_list_item_activated(self, item: QListWidgetItem) -> None:
        self.placement_activated.emit(item.data(Qt.ItemDataRole.UserRole))
