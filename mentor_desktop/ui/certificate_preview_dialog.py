"""A certificate shown inside the program (QtPdf) before it is printed, and printed through
the system's print dialog: each page rendered at the printer's resolution (at most 300 dpi,
plenty for text and a QR code) and drawn onto the printer's page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.domain.errors import MentorError
from mentor_desktop.ui.prompter import Prompter

MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72


class CertificatePreviewDialog(QDialog):
    """Shows ``pdf`` (bytes); Print… opens the print dialog; Save as… (when ``save`` is
    given) hands the chosen path to ``save``."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        prompter: Prompter,
        *,
        save: Callable[[Path], None] | None = None,
        suggested_name: str = "certificate.pdf",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("certificate_preview_dialog")
        self._pdf = pdf
        self._title = title
        self._prompter = prompter
        self._save = save
        self._suggested_name = suggested_name
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()
        self.resize(760, 900)

    def _build_ui(self) -> None:
        self._bytes = QByteArray(self._pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("certificate_pdf_view")
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel()
        self.pages_label.setObjectName("certificate_pages_label")
        self.print_button = QPushButton()
        self.print_button.setObjectName("certificate_print_button")
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton()
        self.save_button.setObjectName("certificate_save_button")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setVisible(self._save is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pdf_view, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview: {title}").format(title=self._title))
        self.pdf_view.setAccessibleName(self.tr("Certificate preview"))
        self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page onto ``printer``; returns the number of pages printed."""
        resolution = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(
                    round(points.width() * resolution / POINTS_PER_INCH),
                    round(points.height() * resolution / POINTS_PER_INCH),
                )
                image = self.document.render(page, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        return self.document.pageCount()

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _on_save_button_clicked(self) -> None:
        if self._save is None:
            return
        path = self._prompter.save_file_name(
            self, self.tr("Save certificate"), self._suggested_name, self.tr("PDF (*.pdf)")
        )
        if path:
            try:
                self._save(Path(path))
            except (OSError, MentorError) as error:
                self._prompter.error(
                    self,
                    self.tr("Save certificate"),
                    self.tr("{file} could not be written: {reason}").format(
                        file=path, reason=getattr(error, "strerror", None) or error
                    ),
                )
