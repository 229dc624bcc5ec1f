"""The session form's goal words: ticked by keyboard, saved with the session, shown again
when the session is opened, and every caption with its own Alt key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from mentor_desktop.domain.enums import VocabularyStatus
from mentor_desktop.ui.session_dialog import SessionDialog
from mentor_desktop.ui.session_goal_ticks import Column
from tests.goal_data import add_vocabulary
from tests.ui.helpers import add_amal_with_sessions


@pytest.fixture
def amal(services):
    """Amal with the cleaning list as goals (spand, moppe, handske, sikkerhedsdatablad) and
    one open placement."""
    learner = add_amal_with_sessions(services)
    vocabulary = add_vocabulary(services)
    services.goals.assign_list(learner.id, vocabulary.cleaning_id)
    return learner


def open_dialog(qtbot, services, prompter, **kwargs) -> SessionDialog:
    dialog = SessionDialog(services, prompter, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def statuses(services, learner_id: int) -> dict[str, VocabularyStatus]:
    return {g.term: g.status for g in services.goals.goals(learner_id)}


def test_words_ticked_by_keyboard_are_saved_with_the_session(
    qtbot, services, prompter, english, amal
):
    placement = amal.placements[0].id
    dialog = open_dialog(qtbot, services, prompter, placement_id=placement)
    table = dialog.goal_table
    model = table.model()
    assert [model.index(r, Column.TERM).data() for r in range(model.rowCount())] == [
        "en spand", "en moppe", "en handske", "et sikkerhedsdatablad",
    ]  # fmt: skip
    assert model.index(0, Column.GLOSS).data() == "دلو"

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # spand: practised
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # moppe: mastered
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # handske: mastered ...
    qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ... then practised instead
    assert dialog.form.is_dirty()
    assert model.index(2, Column.MASTERED).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    saved = dialog.saved_value
    assert statuses(services, amal.id) == {
        "spand": VocabularyStatus.PRACTISING,
        "moppe": VocabularyStatus.MASTERED,
        "handske": VocabularyStatus.PRACTISING,
        "sikkerhedsdatablad": VocabularyStatus.PLANNED,
    }
    moppe = next(g for g in services.goals.goals(amal.id) if g.term == "moppe")
    assert services.goals.history(moppe.id)[-1].session_id == saved.id

    again = open_dialog(qtbot, services, prompter, session_id=saved.id)
    ticks = dict(again.form.values()["goal_ticks"])
    assert ticks == {moppe.id: "mastered", moppe.id - 1: "practising", moppe.id + 1: "practising"}
    rows = again.goal_table.model().rowCount()
    assert rows == 4  # moppe is mastered now, and still offered: this session mastered it


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_caption_of_the_session_form_has_its_own_alt_key(
    qapp, qtbot, services, prompter, amal, language
):
    from mentor_desktop.app import install_translators, remove_translators

    previous = QLocale()
    translators = install_translators(qapp, language)
    try:
        dialog = SessionDialog(services, prompter, placement_id=amal.placements[0].id)
        qtbot.addWidget(dialog)
        captions = [
            label.text() for label in dialog.findChildren(QLabel) if "&" in label.text()
        ] + [dialog.delete_button.text()]
        keys = [text[text.index("&") + 1].casefold() for text in captions]
        assert len(keys) == len(set(keys)), captions
        assert dialog.goals_label.buddy() is dialog.goal_table
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(previous)
