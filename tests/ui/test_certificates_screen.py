"""The Certificates screen over real services: issue with the checklist and an override,
preview and print, revoke, verify, and a batch run off the GUI thread (also cancelled)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.domain.certificates import CheckKind
from mentor_desktop.services.certificates import IssueRequest
from mentor_desktop.ui.certificate_checklist import FAILED_MARK, PASSED_MARK
from mentor_desktop.ui.main_window import MainWindow, Section
from tests.certificate_data import Centre, add_learner, build_centre
from tests.pdf_tools import pdf_text, qr_texts


@pytest.fixture
def centre(services: Services) -> Centre:
    result = build_centre(services)
    add_learner(services, result, "Amal", "Haddad")
    add_learner(services, result, "Bilal", "Rahimi", sessions=3)
    return result


@pytest.fixture
def screen(window: MainWindow, centre: Centre):
    assert window.is_available(Section.CERTIFICATES)
    window.show_section(Section.CERTIFICATES)
    return window.certificates_screen


def _count(services: Services) -> int:
    with services.context.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(m.Certificate)) or 0


def test_issue_shows_the_checklist_and_needs_a_reason_to_override(
    qtbot, screen, services: Services, centre: Centre
):
    assert screen.empty_list_label.text().startswith("No certificate has been issued yet")
    qtbot.mouseClick(screen.issue_button, Qt.MouseButton.LeftButton)
    dialog = screen.issue_dialog
    dialog.learner_combo.set_current(centre.learners["Bilal"], "Bilal Rahimi")
    checklist = dialog.checklist
    assert checklist.mark_labels[CheckKind.NAME].text() == PASSED_MARK
    assert "“Bilal Rahimi”" in checklist.detail_labels[CheckKind.NAME].text()
    assert checklist.mark_labels[CheckKind.MIN_HOURS].text() == FAILED_MARK
    assert checklist.detail_labels[CheckKind.MIN_HOURS].text() == (
        "3.0 hours taught; the centre asks for at least 10.0."
    )
    assert not dialog.issue_button.isEnabled()
    assert "Some checks failed" in dialog.message_label.text()

    qtbot.mouseClick(checklist.override_checks[CheckKind.MIN_HOURS], Qt.MouseButton.LeftButton)
    assert not dialog.issue_button.isEnabled()
    qtbot.keyClicks(checklist.reason_edits[CheckKind.MIN_HOURS], "Kort forløb")
    assert dialog.issue_button.isEnabled()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)

    assert screen.model.rowCount() == 1
    row = screen.detail_pane.detail
    assert row.printed_name == "Bilal Rahimi" and row.number == "SV-2026-0001"
    assert screen.detail_pane.overrides_label.text() == "Minimum hours: Kort forløb"
    assert screen.preview_dialog.document.pageCount() == 1
    assert screen.preview_dialog.pages_label.text() == "1 page"


def test_print_renders_pages_a_scanner_can_still_read(
    qtbot, screen, services: Services, centre: Centre, tmp_path: Path
):
    issued = services.certificates.issue(IssueRequest(centre.learners["Amal"]))
    screen.reload()
    screen.certificate_table.selectRow(0)
    qtbot.mouseClick(screen.preview_button, Qt.MouseButton.LeftButton)
    preview = screen.preview_dialog
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert len(pdf_text(printed)) == 1
    assert qr_texts(printed) == [
        [f"MENTOR-CERT:SV-2026-0001:{issued.certificate.verification_code}"]
    ]


def test_revoke_then_verify_says_revoked(qtbot, screen, services: Services, centre: Centre):
    issued = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    screen.reload()
    screen.certificate_table.selectRow(0)
    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    reason = screen.reason_dialog
    assert not reason.ok_button.isEnabled()
    qtbot.keyClicks(reason.reason_edit, "Udstedt ved en fejl")
    qtbot.mouseClick(reason.ok_button, Qt.MouseButton.LeftButton)
    assert services.certificates.get(issued.id).revoked_reason == "Udstedt ved en fejl"
    assert screen.model.rowCount() == 0  # revoked ones show on request
    screen.archived_check.setChecked(True)
    assert screen.model.rowCount() == 1

    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    verify = screen.verify_dialog
    qtbot.keyClicks(verify.code_edit, issued.verification_code.lower())
    qtbot.keyClick(verify.code_edit, Qt.Key.Key_Return)
    assert verify.result_label.text().startswith("Revoked: certificate SV-2026-0001 to Amal")
    assert "Reason: Udstedt ved en fejl" in verify.result_label.text()
    verify.code_edit.setText("2222-2222-2222")
    qtbot.mouseClick(verify.verify_button, Qt.MouseButton.LeftButton)
    assert verify.result_label.text().startswith("Unknown")


def _find_and_check(qtbot, screen):
    qtbot.mouseClick(screen.batch_button, Qt.MouseButton.LeftButton)
    dialog = screen.batch_dialog
    dialog.ended_from_field.set_value(None)
    with qtbot.waitSignal(dialog.model.modelReset, timeout=20_000):
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_batch_issues_the_ready_learners_into_one_pdf(
    qtbot, screen, services: Services, centre: Centre, tmp_path: Path, prompter
):
    dialog = _find_and_check(qtbot, screen)
    assert dialog.count_label.text() == "2 learners found · 1 ready to issue"
    assert dialog.issue_button.text() == "&Issue 1 certificate"
    dialog.override_checks[CheckKind.MIN_HOURS].setChecked(True)
    qtbot.keyClicks(dialog.reason_edits[CheckKind.MIN_HOURS], "Kort forløb")
    assert dialog.issue_button.text() == "&Issue 2 certificates"
    target = tmp_path / "cohort.pdf"
    dialog.target_edit.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)

    assert [s.title for s in prompter.shown] == ["Certificates issued"]
    pages = pdf_text(target.read_bytes())
    assert ["Amal Haddad" in pages[0], "Bilal Rahimi" in pages[1]] == [True, True]
    assert screen.model.rowCount() == 2


@contextmanager
def _counter_locked(services: Services) -> Iterator[None]:
    """Another coordinator in the middle of issuing: the batch waits for the lock."""
    with services.context.write() as s:
        s.add(m.CertificateCounter(year=2026, last_number=0))
    connection = services.engine.connect()
    try:
        if services.engine.dialect.name == "sqlite":
            connection.exec_driver_sql("COMMIT")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.execute(sa.select(m.CertificateCounter).with_for_update()).all()
        yield
    finally:
        connection.rollback()
        connection.close()


def test_a_cancelled_batch_issues_nothing(
    qtbot, screen, services: Services, centre: Centre, tmp_path: Path, prompter
):
    dialog = _find_and_check(qtbot, screen)
    dialog.override_checks[CheckKind.MIN_HOURS].setChecked(True)
    qtbot.keyClicks(dialog.reason_edits[CheckKind.MIN_HOURS], "Kort forløb")
    dialog.file_each_radio.setChecked(True)
    prompter.save_path = str(tmp_path / "out")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.target_edit.text() == str(tmp_path / "out")
    prompter.shown.clear()
    with _counter_locked(services):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        # The newest: the one of Find and check may not have been deleted yet.
        progress = dialog.findChildren(QProgressDialog, "task_progress_dialog")[-1]
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert dialog.task.is_cancelled
    screen.runner.wait(30_000)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)

    assert dialog.message_label.text() == (
        "Cancelled: no certificate was issued and no file written."
    )
    assert _count(services) == 0
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    assert dialog.isVisible() and dialog.issue_button.isEnabled()
    assert prompter.shown == []


def test_save_as_writes_the_pdf_as_issued(
    qtbot, screen, services: Services, centre: Centre, tmp_path: Path, prompter
):
    issued = services.certificates.issue(IssueRequest(centre.learners["Amal"]))
    screen.reload()
    screen.certificate_table.selectRow(0)
    qtbot.keyClick(screen.certificate_table, Qt.Key.Key_Return)
    preview = screen.preview_dialog
    prompter.save_path = str(tmp_path / "copy.pdf")
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "copy.pdf").read_bytes() == issued.pdf
    assert prompter.shown[0].text == "SV-2026-0001.pdf"


def test_reissue_from_the_screen_links_the_new_to_the_old(
    qtbot, screen, services: Services, centre: Centre
):
    old = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    screen.reload()
    screen.certificate_table.selectRow(0)
    qtbot.mouseClick(screen.reissue_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.reason_dialog.reason_edit, "Navnet var stavet forkert")
    qtbot.mouseClick(screen.reason_dialog.ok_button, Qt.MouseButton.LeftButton)

    shown = screen.detail_pane.detail
    assert shown.number == "SV-2026-0002" and shown.replaces_number == old.number
    assert "Replaces SV-2026-0001" in screen.detail_pane.state_label.text()
    assert services.certificates.get(old.id).replaced_by_number == "SV-2026-0002"
    assert screen.preview_dialog.windowTitle() == "Preview: SV-2026-0002 – Amal Haddad"
    assert screen.count_label.text() == "1 certificate"
