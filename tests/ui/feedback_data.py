"""A placement with a feedback draft for the feedback UI tests, made through the services, and
a hand that draws on the signature pad with real mouse events."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.enums import PlacementStatus
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.feedback_types import FeedbackDetail
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.services.users import UserInput
from mentor_desktop.ui.employer_mode import EmployerMode
from mentor_desktop.ui.signature_pad import SignaturePad
from mentor_desktop.ui.tutor_pin_dialog import TutorPinDialog
from tests.ui.test_employers_screen import when_dialog

# On a shared database (PostgreSQL) leaving employer mode asks for the tutor's PIN.
TUTOR_PIN = "2580"


@dataclass
class FeedbackCase:
    tutor_id: int
    placement_id: int
    draft: FeedbackDetail


def build_case(services: Services) -> FeedbackCase:
    tutor = services.users.create(UserInput(name="Mette Sørensen", login="mette")).id
    employer = services.employers.create(EmployerInput(name="Bageriet Nord", cvr="13585628")).id
    site = services.sites.create(employer, SiteInput(name="Produktion Aalborg")).id
    learner = services.learners.create(
        LearnerInput(first_name="Amal", last_name="Haddad", languages=["ar"])
    ).id
    placement = services.placements.create(
        PlacementInput(
            learner_id=learner,
            site_id=site,
            tutor_id=tutor,
            job_title="Bagerimedhjælper",
            referral_date=date(2026, 9, 1),
            start_date=date(2026, 9, 14),
            status=PlacementStatus.ACTIVE,
        )
    ).id
    if services.tutor_pin.is_shared_database():
        services.tutor_pin.set_pin(tutor, TUTOR_PIN, TUTOR_PIN)
    draft = services.feedback.create_draft(
        placement_id=placement, period_start=date(2026, 9, 14), period_end=date(2026, 11, 20)
    )
    return FeedbackCase(tutor, placement, draft)


def _mouse(pad: SignaturePad, kind, position: QPoint, button, buttons) -> None:
    event = QMouseEvent(
        kind,
        QPointF(position),
        QPointF(pad.mapToGlobal(position)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(pad, event)


def draw_signature(qtbot, pad: SignaturePad) -> None:
    """Press, drag in a zig-zag across the pad and release, as a hand with a mouse would."""
    rect = pad.signing_rect()
    left, top = int(rect.left()) + 30, int(rect.top() + rect.height() * 0.3)
    points = [QPoint(left + 25 * i, top + (i % 2) * int(rect.height() * 0.4)) for i in range(12)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        _mouse(
            pad,
            QMouseEvent.Type.MouseMove,
            point,
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
        )
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def tutor_leaves(
    qtbot, mode: EmployerMode, services: Services, prompter, *, allow: bool = True
) -> None:
    """The tutor presses Leave and confirms (or, on a shared database, types the PIN); with
    ``allow`` False the tutor says no (or cancels the PIN)."""
    if services.tutor_pin.is_shared_database():

        def answer(dialog: TutorPinDialog) -> None:
            if allow:
                dialog.pin_edit.setText(TUTOR_PIN)
                dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            else:
                dialog.reject()

        when_dialog(TutorPinDialog, answer)
    else:
        prompter.answer = allow
    qtbot.mouseClick(mode.leave_button, Qt.MouseButton.LeftButton)


def tamper(services: Services, form_id: int, comments: str) -> None:
    """Change a stored form's comments in plain SQL, behind the program's back."""
    with services.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE feedback_form SET comments = :comments WHERE id = :id"),
            {"comments": comments, "id": form_id},
        )


def stored_strokes(services: Services, form_id: int) -> list:
    with services.engine.connect() as connection:
        value = connection.scalar(
            sa.text("SELECT signature_strokes FROM feedback_form WHERE id = :id"), {"id": form_id}
        )
    return json.loads(value) if isinstance(value, str) else value
