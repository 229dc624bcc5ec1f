"""Who is working: asked at start when several users could be, remembered per database,
shown in the status bar, changed from the File menu, and carried by audit events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QLocale

from mentor_desktop.app import Program, parse_args
from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Role
from mentor_desktop.services.users import UserInput
from tests.ui.helpers import add_learner


@pytest.fixture
def run(qapp, paths, prompter, database_url) -> Iterator:
    started: list[Program] = []
    previous = QLocale()

    def start() -> Program:
        program = Program(
            qapp, parse_args(["--database", database_url, "--lang", "en"]), paths, prompter
        )
        started.append(program)
        assert program.start()
        return program

    yield start
    for program in started:
        program.close()
    QLocale.setDefault(previous)


def add_users(services, *names: str) -> list[int]:
    return [
        services.users.create(UserInput(name=name, login=name.split()[0].lower())).id
        for name in names
    ]


def test_the_only_user_is_working_without_a_question(run, services, prompter):
    [mette] = add_users(services, "Mette Sørensen")
    program = run()
    assert prompter.kinds() == []
    assert program.services.context.user_id == mette
    assert program.user_choice.user_label.text() == "Working: Mette Sørensen"


def test_several_users_are_asked_once_and_the_choice_remembered(run, services, prompter):
    mette, jonas = add_users(services, "Mette Sørensen", "Jonas Holm")
    prompter.choice = 0
    first = run()
    [asked] = prompter.shown
    assert (asked.kind, asked.title) == ("choose", "Who is working?")
    assert asked.details.split("\n") == ["Jonas Holm (jonas)", "Mette Sørensen (mette)"]
    assert first.services.context.user_id == jonas
    assert first.window.statusBar().findChild(type(first.user_choice.user_label), "user_label")
    assert first.user_choice.user_label.text() == "Working: Jonas Holm"

    learner = add_learner(first.services, "Amal", "Haddad")
    with first.services.context.read() as s:
        who = s.scalar(
            sa.select(m.AuditEvent.user_id).where(
                m.AuditEvent.entity == "learner", m.AuditEvent.entity_id == learner.id
            )
        )
    assert who == jonas
    first.close()

    second = run()
    assert prompter.kinds() == ["choose"]
    assert second.services.context.user_id == jonas


def test_the_file_menu_changes_who_is_working(run, services, prompter):
    mette, jonas = add_users(services, "Mette Sørensen", "Jonas Holm")
    services.users.create(UserInput(name="Gone Tutor", login="gone", role=Role.TUTOR))
    gone = services.users.find_by_login("gone")
    services.users.deactivate(gone.id, expected_version=gone.version)
    prompter.choice = 0
    program = run()
    assert "Gone Tutor" not in prompter.shown[0].details

    action = program.user_choice.change_action
    assert action in program.window.file_menu.actions()
    assert action.text() == "&Who is working?…"
    prompter.choice = 1
    action.trigger()
    assert program.services.context.user_id == mette
    assert program.user_choice.user_label.text() == "Working: Mette Sørensen"


def test_cancelling_the_question_leaves_nobody_chosen(run, services, prompter):
    add_users(services, "Mette Sørensen", "Jonas Holm")
    prompter.choice = None
    program = run()
    assert program.services.context.user_id is None
    assert program.user_choice.user_label.text() == "Nobody chosen"
