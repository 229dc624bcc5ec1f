"""The Reports screen: the coordinator's answers to the municipality for one year, optionally
for one tutor or employer. The report is computed off the GUI thread, with a progress bar
and Cancel, whenever the filters change; the tables export to one CSV file."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.reports import (
    DEFAULT_WITHIN_DAYS,
    MAX_WITHIN_DAYS,
    ReportChoices,
    ReportFilter,
    YearReport,
)
from mentor_desktop.ui.events import AppEvents
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.report_export import csv_bytes
from mentor_desktop.ui.report_models import (
    FiguresModel,
    MonthHoursModel,
    OutcomesModel,
    number,
)
from mentor_desktop.ui.save_file import write_whole
from mentor_desktop.ui.settings import Settings
from mentor_desktop.ui.tasks import Progress, Task, TaskRunner

log = logging.getLogger(__name__)

TILES = ("sessions", "hours", "learners", "placements", "within", "median")


class ReportsScreen(QWidget):
    """Filters, key figures, and the tables of one year's report."""

    error_occurred = Signal(object)
    report_ready = Signal()

    def __init__(
        self,
        services: Services,
        events: AppEvents,
        settings: Settings,
        prompter: Prompter,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("reports_screen")
        self._services = services
        self._events = events
        self._settings = settings
        self._prompter = prompter
        self._tasks = TaskRunner(self)
        self._task: Task | None = None
        self._run = 0
        self._stale = True
        self.report: YearReport | None = None
        self.hours_model = MonthHoursModel(self)
        self.tutor_model = FiguresModel(False, self)
        self.employer_model = FiguresModel(True, self)
        self.outcome_model = OutcomesModel(self)
        self._build_ui()
        self._connect_signals()
        self.retranslate_ui()

    # Building.

    def _build_ui(self) -> None:
        self.year_label, self.year_combo = QLabel(), QComboBox()
        self.tutor_label, self.tutor_combo = QLabel(), QComboBox()
        self.employer_label, self.employer_combo = QLabel(), QComboBox()
        self.within_label, self.within_spin = QLabel(), QSpinBox()
        self.within_spin.setRange(1, MAX_WITHIN_DAYS)
        self.within_spin.setValue(DEFAULT_WITHIN_DAYS)
        # Long names must not widen the window: the combos keep a modest width.
        for combo, length in ((self.tutor_combo, 14), (self.employer_combo, 14)):
            combo.setMinimumContentsLength(length)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.export_button = QPushButton()
        self.export_button.setObjectName("reports_export_button")
        self.export_button.setEnabled(False)
        filters = QGridLayout()
        for index, (name, label, field) in enumerate(
            (
                ("year", self.year_label, self.year_combo),
                ("tutor", self.tutor_label, self.tutor_combo),
                ("employer", self.employer_label, self.employer_combo),
                ("within", self.within_label, self.within_spin),
            )
        ):
            field.setObjectName(f"reports_{name}_{'spin' if name == 'within' else 'combo'}")
            label.setBuddy(field)
            row, column = index // 2, (index % 2) * 2
            filters.addWidget(label, row, column)
            filters.addWidget(field, row, column + 1, Qt.AlignmentFlag.AlignLeft)
        filters.setColumnStretch(3, 1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("reports_progress_bar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(12)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("reports_cancel_button")
        self.status_label = QLabel()
        self.status_label.setObjectName("reports_status_label")
        progress = QHBoxLayout()
        progress.addWidget(self.status_label)
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self._show_busy(False)

        self.tiles = QFrame()
        self.tiles.setObjectName("reports_tiles")
        self.tiles.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.tiles)
        self.tile_values: dict[str, QLabel] = {}
        self.tile_captions: dict[str, QLabel] = {}
        for column, name in enumerate(TILES):
            value, caption = QLabel("–"), QLabel()
            value.setObjectName(f"reports_{name}_value")
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            value.setFont(font)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            grid.setColumnStretch(column, 1)
            self.tile_values[name], self.tile_captions[name] = value, caption

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reports_tabs")
        self.hours_table = self._table("reports_hours_table", self.hours_model)
        self.tutor_table = self._table("reports_tutor_table", self.tutor_model)
        self.employer_table = self._table("reports_employer_table", self.employer_model)
        self.outcome_table = self._table("reports_outcome_table", self.outcome_model)
        self.outcome_note = QLabel()
        self.outcome_note.setWordWrap(True)
        outcomes = QWidget()
        box = QVBoxLayout(outcomes)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.outcome_note)
        box.addWidget(self.outcome_table, 1)
        for page in (self.hours_table, self.tutor_table, self.employer_table, outcomes):
            self.tabs.addTab(page, "")
        self.tabs.setCornerWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addLayout(progress)
        layout.addWidget(self.tiles)
        layout.addWidget(self.tabs, 1)

    def _table(self, name: str, model: object) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)  # type: ignore[arg-type]
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        # Room for "000,0" in every number column, so that the months line up evenly.
        header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("0000,0") + 12)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        return table

    def _connect_signals(self) -> None:
        for combo in (self.year_combo, self.tutor_combo, self.employer_combo):
            combo.activated.connect(self._on_filter_changed)
        self.within_spin.editingFinished.connect(self._on_filter_changed)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.export_csv)
        for signal in (
            self._events.session_changed,
            self._events.placement_changed,
            self._events.learner_changed,
            self._events.data_reset,
        ):
            signal.connect(self._on_data_changed)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Reports"))
        self.year_label.setText(self.tr("&Year:"))
        self.tutor_label.setText(self.tr("Tuto&r:"))
        self.employer_label.setText(self.tr("E&mployer:"))
        self.within_label.setText(self.tr("First session &within:"))
        self.within_spin.setSuffix(self.tr(" days"))
        self.within_spin.setToolTip(
            self.tr("Count the placements whose first session came this many days after referral")
        )
        self.export_button.setText(self.tr("E&xport to CSV…"))
        self.export_button.setToolTip(self.tr("Save every table of the report in one CSV file"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress_bar.setAccessibleName(self.tr("Progress of the report"))
        self.status_label.setText(self.tr("Counting…"))
        for combo, everyone in (
            (self.tutor_combo, self.tr("All tutors")),
            (self.employer_combo, self.tr("All employers")),
        ):
            if combo.count():
                combo.setItemText(0, everyone)
        for index, title in enumerate(
            (
                self.tr("Hours per mo&nth"),
                self.tr("Per t&utor"),
                self.tr("Per em&ployer"),
                self.tr("&Outcomes"),
            )
        ):
            self.tabs.setTabText(index, title)
        for table, name in (
            (self.hours_table, self.tr("Hours per tutor and month")),
            (self.tutor_table, self.tr("Figures per tutor")),
            (self.employer_table, self.tr("Figures per employer")),
            (self.outcome_table, self.tr("Outcomes of the placements ended")),
        ):
            table.setAccessibleName(name)
        self.outcome_note.setText(
            self.tr(
                "Placements completed or cancelled in the year, by their outcome at the end "
                "and at follow-up."
            )
        )
        for model in (self.hours_model, self.tutor_model, self.employer_model, self.outcome_model):
            model.refresh_text()
        self._show_tiles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # Running the report.

    def reload(self) -> None:
        """Read the filter choices again and compute the report for the chosen filters."""
        try:
            choices = self._services.reports.choices()
        except MentorError as error:
            self.error_occurred.emit(error)
            return
        self._fill_choices(choices)
        self._stale = False
        self.start_report()

    def _fill_choices(self, choices: ReportChoices) -> None:
        year = self.year_combo.currentData() or choices.years[0]
        tutor, employer = self.tutor_combo.currentData(), self.employer_combo.currentData()
        self.year_combo.clear()
        for value in choices.years:
            self.year_combo.addItem(str(value), value)
        self.tutor_combo.clear()
        self.tutor_combo.addItem(self.tr("All tutors"), None)
        for choice in choices.tutors:
            self.tutor_combo.addItem(choice.name, choice.id)
        self.employer_combo.clear()
        self.employer_combo.addItem(self.tr("All employers"), None)
        for choice in choices.employers:
            self.employer_combo.addItem(choice.name, choice.id)
        for combo, value in (
            (self.year_combo, year),
            (self.tutor_combo, tutor),
            (self.employer_combo, employer),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def current_filter(self) -> ReportFilter:
        return ReportFilter(
            year=self.year_combo.currentData() or self._services.context.today().year,
            tutor_id=self.tutor_combo.currentData(),
            employer_id=self.employer_combo.currentData(),
            within_days=self.within_spin.value(),
        )

    def start_report(self) -> None:
        """Compute the report for the chosen filters in the background; a report still
        running for other filters is cancelled."""
        self.cancel()
        self._run += 1
        run = self._run
        chosen = self.current_filter()
        reports = self._services.reports

        def work(progress: Progress) -> YearReport:
            return reports.year_report(chosen, progress)

        self._show_busy(True)
        self.progress_bar.setRange(0, 0)
        self._task = self._tasks.start(
            work,
            on_success=lambda report: self._on_report(run, report),
            on_failure=lambda error: self._on_failure(run, error),
            on_cancel=lambda: self._on_cancelled(run),
            on_progress=lambda done, total: self._on_progress(run, done, total),
        )

    def cancel(self) -> None:
        """Stop the report being computed; what it would have shown is dropped."""
        self._run += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._show_busy(False)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the report work has finished (for shutdown and tests)."""
        return self._tasks.wait(msecs)

    def _on_progress(self, run: int, done: int, total: int) -> None:
        if run == self._run and self._task is not None:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _on_report(self, run: int, report: YearReport) -> None:
        if run != self._run:
            return
        self._task = None
        self._show_busy(False)
        self.report = report
        for model in (self.hours_model, self.tutor_model, self.employer_model, self.outcome_model):
            model.set_report(report)
        self._show_tiles()
        self.export_button.setEnabled(True)
        self.report_ready.emit()

    def _on_failure(self, run: int, error: BaseException) -> None:
        if run != self._run:
            return
        self._task = None
        self._show_busy(False)
        if isinstance(error, MentorError):
            self.error_occurred.emit(error)
        else:
            raise error

    def _on_cancelled(self, run: int) -> None:
        if run == self._run:
            self._show_busy(False)

    def _show_busy(self, busy: bool) -> None:
        for widget in (self.status_label, self.progress_bar, self.cancel_button):
            widget.setVisible(busy)

    def _show_tiles(self) -> None:
        report = self.report
        within = report.filter.within_days if report else self.within_spin.value()
        captions = {
            "sessions": self.tr("sessions held"),
            "hours": self.tr("hours"),
            "learners": self.tr("learners taught"),
            "placements": self.tr("placements started / ended"),
            "within": self.tr("first session within %n day(s) of referral", "", within),
            "median": self.tr("days from referral to first session (median)"),
        }
        for name, caption in captions.items():
            self.tile_captions[name].setText(caption)
        if report is None:
            return
        total, locale = report.total, QLocale()
        values = {
            "sessions": locale.toString(total.sessions),
            "hours": number(total.hours),
            "learners": locale.toString(total.learners),
            "placements": f"{locale.toString(total.started)} / {locale.toString(total.ended)}",
            "within": self.tr("{within} of {referred}").format(
                within=locale.toString(total.within), referred=locale.toString(total.referred)
            ),
            "median": number(total.median_days) if total.median_days is not None else "–",
        }
        for name, value in values.items():
            self.tile_values[name].setText(value)
        self.tile_values["hours"].setToolTip(
            self.tr("{lessons} lessons of 45 minutes").format(lessons=number(total.lessons))
        )
        self.tile_values["within"].setToolTip(
            self.tr("%n referred placement(s) not visited yet", "", total.not_visited)
        )

    def _on_filter_changed(self) -> None:
        if self.report is None or self.current_filter() != self.report.filter or self._task:
            self.start_report()

    def _on_data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    # Export.

    def export_csv(self) -> bool:
        """Ask where, then write every table of the report to one CSV file."""
        report = self.report
        if report is None:
            return False
        suggested = str(Path.home() / self.tr("report-{year}.csv").format(year=report.filter.year))
        path = self._prompter.save_file_name(
            self, self.tr("Export report"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return False
        if not path.lower().endswith(".csv"):
            path += ".csv"
        title = self.tr("Report {year}").format(year=report.filter.year)
        scope = [self.tutor_combo.currentText(), self.employer_combo.currentText()]
        sections = [
            (title, [scope]),
            (self.tr("Hours per month"), self.hours_model.table()),
            (self.tr("Per tutor"), self.tutor_model.table()),
            (self.tr("Per employer"), self.employer_model.table()),
            (self.tr("Outcomes"), self.outcome_model.table()),
        ]
        data = csv_bytes(sections, QLocale().decimalPoint())
        reason = write_whole(path, data)
        if reason is not None:
            log.warning("Report export to %s failed: %s", path, reason)
            self._prompter.error(
                self,
                self.tr("Export report"),
                self.tr("The CSV file could not be written: {reason}").format(reason=reason),
            )
            return False
        self._prompter.information(
            self,
            self.tr("Export report"),
            self.tr("The report was written to {path}.").format(path=path),
        )
        return True
