"""The checklist shown before issuing: one line per check, passed or failed, and for a failed
check an Override box with the reason a coordinator gives for letting it pass."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from mentor_desktop.domain.certificates import CheckKind, CheckResult
from mentor_desktop.ui import certificate_labels
from mentor_desktop.ui.forms import error_color

PASSED_MARK = "✔"
FAILED_MARK = "✘"


class CertificateChecklist(QWidget):
    """Shows check results; ``overrides()`` gives the reasons typed for failed checks."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificate_checklist")
        self._results: list[CheckResult] = []
        self.mark_labels: dict[CheckKind, QLabel] = {}
        self.title_labels: dict[CheckKind, QLabel] = {}
        self.detail_labels: dict[CheckKind, QLabel] = {}
        self.override_checks: dict[CheckKind, QCheckBox] = {}
        self.reason_edits: dict[CheckKind, QLineEdit] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(2, 1)
        layout.setVerticalSpacing(4)
        for row, kind in enumerate(CheckKind):
            mark = QLabel()
            mark.setObjectName(f"check_{kind}_mark")
            title = QLabel()
            title.setObjectName(f"check_{kind}_title")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            detail = QLabel()
            detail.setObjectName(f"check_{kind}_detail")
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            override = QCheckBox()
            override.setObjectName(f"check_{kind}_override")
            reason = QLineEdit()
            reason.setObjectName(f"check_{kind}_reason")
            reason.setEnabled(False)
            layout.addWidget(mark, 3 * row, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(title, 3 * row, 1, 1, 2)
            layout.addWidget(detail, 3 * row + 1, 1, 1, 2)
            layout.addWidget(override, 3 * row + 2, 1)
            layout.addWidget(reason, 3 * row + 2, 2)
            override.toggled.connect(reason.setEnabled)
            override.toggled.connect(self.changed)
            reason.textChanged.connect(self.changed)
            self.mark_labels[kind] = mark
            self.title_labels[kind] = title
            self.detail_labels[kind] = detail
            self.override_checks[kind] = override
            self.reason_edits[kind] = reason
        layout.setRowStretch(3 * len(CheckKind), 1)
        self.retranslate_ui()
        self.set_results([])

    def retranslate_ui(self) -> None:
        for kind in CheckKind:
            self.title_labels[kind].setText(certificate_labels.check_title(kind))
            self.override_checks[kind].setText(self.tr("Override"))
            self.override_checks[kind].setAccessibleName(
                self.tr("Override: {check}").format(check=certificate_labels.check_title(kind))
            )
            self.reason_edits[kind].setPlaceholderText(
                self.tr("Why the certificate may be issued all the same")
            )
            self.reason_edits[kind].setAccessibleName(
                self.tr("Reason for overriding: {check}").format(
                    check=certificate_labels.check_title(kind)
                )
            )
        self.set_results(self._results)

    def set_results(self, results: list[CheckResult]) -> None:
        """Show ``results``; what was typed into the reason of a check that still fails stays."""
        self._results = list(results)
        shown = {r.kind: r for r in results}
        for kind in CheckKind:
            result = shown.get(kind)
            failed = result is not None and not result.passed
            mark = self.mark_labels[kind]
            if result is None:
                mark.setText("")
                self.detail_labels[kind].setText("")
            else:
                mark.setText(PASSED_MARK if result.passed else FAILED_MARK)
                color = "#2e7d32" if result.passed else error_color(mark)
                mark.setStyleSheet(f"color: {color}; font-weight: bold;")
                mark.setAccessibleName(self.tr("passed") if result.passed else self.tr("failed"))
                self.detail_labels[kind].setText(certificate_labels.check_detail(result))
            self.override_checks[kind].setVisible(failed)
            self.reason_edits[kind].setVisible(failed)
            if not failed:
                self.override_checks[kind].setChecked(False)
        self.changed.emit()

    def failed(self) -> list[CheckKind]:
        return [r.kind for r in self._results if not r.passed]

    def overrides(self) -> dict[CheckKind, str]:
        """The reasons given for the failed checks whose Override is ticked."""
        return {
            kind: self.reason_edits[kind].text().strip()
            for kind in self.failed()
            if self.override_checks[kind].isChecked()
        }

    def unresolved(self) -> list[CheckKind]:
        """Failed checks without an override and a reason."""
        given = {k for k, reason in self.overrides().items() if reason}
        return [kind for kind in self.failed() if kind not in given]
