"""Import and export of a word list, step by step: choose the file, read it off the GUI
thread into a preview (progress and Cancel), show the preview, save it off the GUI thread,
say what happened. Export writes the file atomically, also off the GUI thread."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.vocabulary_files import MAX_FILE_BYTES
from mentor_desktop.services.vocabulary_transfer import FileFormat, ImportPreview, ImportResult
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.tasks import Progress, TaskRunner
from mentor_desktop.ui.vocabulary_import_dialog import VocabularyImportDialog
from mentor_desktop.ui.vocabulary_messages import transfer_error_text

log = logging.getLogger(__name__)


class VocabularyTransferFlow(QObject):
    """Runs imports into and exports of word lists for one screen."""

    imported = Signal(int)
    preview_shown = Signal(object)

    def __init__(self, services: Services, prompter: Prompter, tasks: TaskRunner, parent: QWidget):
        super().__init__(parent)
        self._services = services
        self._prompter = prompter
        self._tasks = tasks
        self._parent = parent
        self.preview_dialog: VocabularyImportDialog | None = None

    # Import.

    def choose_and_import(self, list_id: int) -> None:
        path = self._prompter.open_file_name(
            self._parent,
            self.tr("Import words"),
            self.tr("Word lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.import_file(list_id, Path(path))

    def import_file(self, list_id: int, path: Path) -> None:
        """Read ``path`` into a preview of an import into ``list_id`` (off the GUI thread),
        then show it."""
        transfer = self._services.vocabulary_transfer

        def work(progress: Progress) -> ImportPreview:
            with path.open("rb") as source:
                # One byte past the limit is enough to say the file is too large.
                data = source.read(MAX_FILE_BYTES + 1)
            return transfer.preview(data, file_name=path.name, list_id=list_id, progress=progress)

        self._tasks.start_with_progress(
            self._parent,
            self.tr("Reading {file}…").format(file=path.name),
            work,
            on_success=self._show_preview,
            on_failure=self._failed(self.tr("Import words")),
        )

    def _show_preview(self, preview: ImportPreview) -> None:
        """Open the preview (window-modal, not blocking); Import there saves it."""
        dialog = VocabularyImportDialog(preview, self._parent)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._save(preview, dialog.update_existing()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.preview_shown.emit(dialog)

    def _save(self, preview: ImportPreview, update: bool) -> None:
        transfer = self._services.vocabulary_transfer

        def work(progress: Progress) -> ImportResult:
            return transfer.apply(preview, update_existing=update, progress=progress)

        self._tasks.start_with_progress(
            self._parent,
            self.tr("Importing into {name}…").format(name=preview.list_name),
            work,
            on_success=self._on_imported,
            on_failure=self._failed(self.tr("Import words")),
            on_cancel=lambda: self._prompter.information(
                self._parent,
                self.tr("Import words"),
                self.tr("The import was cancelled; nothing has been imported."),
            ),
        )

    def _on_imported(self, result: ImportResult) -> None:
        self.imported.emit(result.list_id)
        lines = [
            self.tr("%n word(s) added to {name}.", "", result.added).format(name=result.list_name)
        ]
        if result.updated:
            lines.append(self.tr("%n word(s) updated.", "", result.updated))
        if result.unchanged:
            lines.append(self.tr("%n word(s) were there already.", "", result.unchanged))
        self._prompter.information(self._parent, self.tr("Import words"), "\n".join(lines))

    # Export.

    def choose_and_export(self, list_id: int, list_name: str) -> None:
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        csv_filter = self.tr("CSV for Excel, semicolon-separated (*.csv)")
        safe_name = "".join(c if c.isalnum() or c in " -_" else "_" for c in list_name).strip()
        path = self._prompter.save_file_name(
            self._parent,
            self.tr("Export {name}").format(name=list_name),
            str(Path.home() / f"{safe_name or 'ordliste'}.xlsx"),
            f"{xlsx_filter};;{csv_filter}",
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        self.export_file(list_id, target)

    def export_file(self, list_id: int, path: Path) -> None:
        transfer = self._services.vocabulary_transfer
        file_format = FileFormat.XLSX if path.suffix.lower() == ".xlsx" else FileFormat.CSV
        heading_language = "da" if QLocale().language() == QLocale.Language.Danish else "en"

        def work(_progress: Progress) -> int:
            return transfer.export_to(
                list_id, path, file_format=file_format, heading_language=heading_language
            )

        self._tasks.start_with_progress(
            self._parent,
            self.tr("Writing {file}…").format(file=path.name),
            work,
            on_success=lambda count: self._prompter.information(
                self._parent,
                self.tr("Export words"),
                self.tr("%n word(s) written to {path}.", "", count).format(path=path),
            ),
            on_failure=self._failed(self.tr("Export words")),
        )

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            if isinstance(error, MentorError):
                self._prompter.error(self._parent, title, transfer_error_text(error))
            elif isinstance(error, OSError):
                log.warning("%s: %s", title, error)
                self._prompter.error(
                    self._parent,
                    title,
                    self.tr("The file could not be read or written: {reason}").format(
                        reason=error.strerror or str(error)
                    ),
                )
            else:
                details = "".join(
                    traceback.format_exception(type(error), error, error.__traceback__)
                )
                self._prompter.unexpected_error(self._parent, details)

        return show
