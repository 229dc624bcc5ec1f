"""The Reports screen over the hand-counted centre of tests/report_data.py."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence

from mentor_desktop.app import install_translators, remove_translators
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.report_export import csv_bytes, safe_cell
from mentor_desktop.ui.report_models import FiguresColumn
from tests.report_data import build_centre


def cell(table, row: int, column: int) -> str:
    return table.model().index(row, column).data(Qt.ItemDataRole.DisplayRole)


def column_of(table, heading: str) -> int:
    model = table.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headings.index(heading)


@pytest.fixture
def screen(window, services, qtbot):
    centre = build_centre(services)
    result = window.reports_screen
    with qtbot.waitSignal(result.report_ready, timeout=10_000):
        window.show_section(Section.REPORTS)
    result.centre = centre
    yield result
    result.wait()


def test_the_year_in_figures_and_hours_per_tutor_and_month(screen, window):
    assert window.is_available(Section.REPORTS)
    assert screen.year_combo.currentText() == "2026"
    assert [screen.year_combo.itemText(i) for i in range(screen.year_combo.count())] == [
        "2026",
        "2025",
    ]
    values = {name: label.text() for name, label in screen.tile_values.items()}
    assert values == {
        "sessions": "7",
        "hours": "7.8",
        "learners": "3",
        "placements": "3 / 2",
        "within": "2 of 4",
        "median": "10.0",
    }
    assert screen.tile_captions["within"].text() == "first session within 14 days of referral"
    hours = screen.hours_table
    assert [cell(hours, r, 0) for r in range(3)] == ["Jonas Holm", "Mette Sørensen", "All tutors"]
    feb, year = column_of(hours, "Feb"), column_of(hours, "Year")
    assert cell(hours, 1, feb) == "2.8"  # 2 sessions, 45 + 120 minutes
    assert cell(hours, 0, feb) == ""
    assert cell(hours, 2, year) == "7.8"
    tip = hours.model().index(1, feb).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "2 sessions, 2.8 hours, 3.7 lessons of 45 minutes"


def test_per_tutor_per_employer_and_outcomes(screen):
    tutors = screen.tutor_table
    mette = [cell(tutors, 1, c) for c in range(tutors.model().columnCount())]
    assert mette == ["Mette Sørensen", "4", "5.3", "7.0", "2", "2", "1", "1", "2", "1 of 2", "12.5"]
    assert cell(tutors, 2, FiguresColumn.NAME) == "All tutors"
    employers = screen.employer_table
    assert cell(employers, 1, FiguresColumn.NAME) == "Rengøring Øst"
    assert cell(employers, 1, FiguresColumn.MEDIAN) == "15.0"
    outcomes = screen.outcome_table
    rows = [[cell(outcomes, r, c) for c in range(3)] for r in range(outcomes.model().rowCount())]
    assert rows == [
        ["In work", "1", "0"],
        ["Education", "0", "1"],
        ["Not in work", "1", "0"],
        ["Not recorded", "0", "1"],
    ]


def test_choosing_a_tutor_narrows_the_report(screen, qtbot):
    combo = screen.tutor_combo
    with qtbot.waitSignal(screen.report_ready, timeout=10_000):
        combo.setCurrentIndex(combo.findText("Jonas Holm"))
        combo.activated.emit(combo.currentIndex())
    assert screen.report.filter.tutor_id == screen.centre.jonas
    assert screen.tile_values["sessions"].text() == "3"
    assert cell(screen.tutor_table, 0, 0) == "Jonas Holm"
    assert screen.tutor_table.model().rowCount() == 2


def test_a_wider_first_session_limit(screen, qtbot):
    with qtbot.waitSignal(screen.report_ready, timeout=10_000):
        screen.within_spin.setValue(20)
        screen.within_spin.editingFinished.emit()
    assert screen.tile_values["within"].text() == "3 of 4"
    assert screen.tile_captions["within"].text() == "first session within 20 days of referral"


def test_a_cancelled_report_shows_nothing_new(screen, qtbot):
    shown = screen.report
    screen.within_spin.setValue(30)
    screen.start_report()
    assert screen.progress_bar.isVisibleTo(screen)
    screen.cancel()
    screen.wait()
    qtbot.wait(50)
    assert screen.report is shown
    assert not screen.progress_bar.isVisibleTo(screen)


def test_export_writes_every_table_to_csv(screen, prompter, tmp_path):
    prompter.save_path = str(tmp_path / "rapport")
    assert screen.export_csv()
    data = (tmp_path / "rapport.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Report 2026"
    assert lines[1] == "All tutors,All employers"
    assert "Mette Sørensen,2.5,2.8,,,,,,,,,,,5.3" in lines
    assert "Mette Sørensen,4,5.3,7.0,2,2,1,1,2,1 of 2,12.5" in lines
    assert "Not recorded,0,1" in lines
    assert prompter.shown[-1].kind == "information"


def test_export_to_a_folder_that_cannot_be_written_says_so(screen, prompter, tmp_path):
    prompter.save_path = str(tmp_path / "missing" / "rapport.csv")
    assert not screen.export_csv()
    assert prompter.shown[-1].kind == "error"
    assert not (tmp_path / "missing").exists()


def test_cells_a_spreadsheet_would_run_are_made_harmless():
    assert safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("-2,5") == "-2,5"
    assert safe_cell("Mette") == "Mette"
    data = csv_bytes([("T", [["a", "1,5"]])], ",").decode("utf-8-sig")
    assert data == "T\r\na;1,5\r\n"


def _alt_keys(window) -> list[str]:
    screen = window.reports_screen
    texts = [
        screen.year_label.text(),
        screen.tutor_label.text(),
        screen.employer_label.text(),
        screen.within_label.text(),
        screen.export_button.text(),
        *(screen.tabs.tabText(i) for i in range(screen.tabs.count())),
        *(action.text() for action in window.menuBar().actions()),
    ]
    return [QKeySequence.mnemonic(text).toString() for text in texts]


def test_every_caption_has_its_own_alt_key_in_english_and_danish(screen, window, qapp):
    keys = _alt_keys(window)
    assert all(keys) and len(set(keys)) == len(keys), keys
    previous = QLocale()
    translators = install_translators(qapp, "da")
    try:
        qapp.processEvents()
        assert screen.year_label.text() == "&År:"
        keys = _alt_keys(window)
        assert all(keys) and len(set(keys)) == len(keys), keys
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)
        qapp.processEvents()


def test_a_session_logged_elsewhere_shows_in_the_open_report(screen, window, services, qtbot):
    placement = services.placements.list(tutor_id=screen.centre.mette).rows[0].id
    detail = services.sessions.create(
        SessionInput(placement_id=placement, session_date=date(2026, 11, 2), minutes=60)
    )
    with qtbot.waitSignal(screen.report_ready, timeout=10_000):
        window.events.session_changed.emit(detail.id)
    assert screen.tile_values["sessions"].text() == "8"
    nov = column_of(screen.hours_table, "Nov")
    assert cell(screen.hours_table, 1, nov) == "1.0"
