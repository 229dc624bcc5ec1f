"""A learner's hours read the same on the certificate, in mentor-cli and on the screens,
which round a half up (675 minutes is 11,3 hours on the Learners screen)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from mentor_desktop.cli_certificates import check_text
from mentor_desktop.documents.certificate_text import decimal
from mentor_desktop.domain.certificates import CheckKind


def test_a_half_is_rounded_up_as_on_the_screens():
    screen = QLocale(QLocale.Language.Danish).toString(675 / 60, "f", 1)
    assert screen == "11,3"
    assert decimal(675 / 60, "da") == screen
    assert decimal(675 / 60, "en") == "11.3"
    assert decimal(15.0, "da") == "15"
    assert decimal(0.25, "da") == "0,3"
    assert decimal(2 / 3, "en") == "0.7"


def test_the_command_line_checklist_shows_hours_in_its_languages_format():
    minimum = {"minutes": 675, "required": 600}
    assert check_text(CheckKind.MIN_HOURS, minimum, "da") == "Hours: 11,3 of at least 10,0"
    assert check_text(CheckKind.MIN_HOURS, minimum, "en") == "Hours: 11.3 of at least 10.0"
