from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from mentor_desktop.domain.enums import Sector, WordClass
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.vocabulary import VocabularyItemInput, VocabularyListInput
from mentor_desktop.ui.main_window import Section
from mentor_desktop.ui.vocabulary_item_dialog import VocabularyItemDialog
from mentor_desktop.ui.vocabulary_list_dialog import VocabularyListDialog
from mentor_desktop.ui.vocabulary_models import ItemColumn

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vocabulary"


def when_dialog(kind: type, act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the modal dialog of type ``kind`` as soon as it is open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, run)

    QTimer.singleShot(0, run)


def save(dialog) -> None:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def make_list(services, name: str = "Rengøring", **items: dict[str, str]) -> int:
    list_id = services.vocabulary.create_list(
        VocabularyListInput(name=name, sector=Sector.CLEANING)
    ).id
    for term, glosses in items.items():
        services.vocabulary.create_item(list_id, VocabularyItemInput(term=term, glosses=glosses))
    return list_id


def screen_of(window):
    window.show_section(Section.VOCABULARY)
    screen = window.vocabulary_screen
    screen.reload()
    return screen


def cells(screen, column: int) -> list[str]:
    proxy = screen.item_proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_lists_and_words_with_glosses_in_their_own_columns(window, services):
    make_list(services, "Køkken", kniv={"so": "mindi"})
    make_list(services, moppe={"ar": "ممسحة", "ti": "መጽረዪ", "en": "mop"}, spand={"ar": "دلو"})
    screen = screen_of(window)
    assert window.is_available(Section.VOCABULARY)
    assert [r.name for r in screen.list_model.rows] == ["Køkken", "Rengøring"]
    assert screen.select_list(screen.list_model.rows[1].id)
    assert screen.title_label.text() == "Rengøring"
    assert screen.item_model.column_names()[len(ItemColumn) :] == ["Arabic", "Tigrinya", "English"]
    assert cells(screen, ItemColumn.TERM) == ["moppe", "spand"]
    assert cells(screen, len(ItemColumn) + 1) == ["መጽረዪ", ""]
    arabic = screen.item_proxy.index(0, len(ItemColumn))
    assert arabic.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert screen.count_label.text() == "2 words"
    screen.search_edit.setText("دلو")
    assert cells(screen, ItemColumn.TERM) == ["spand"]
    assert screen.count_label.text() == "1 word"


def test_new_word_by_keyboard_with_an_arabic_and_a_tigrinya_gloss(window, services, qtbot):
    list_id = make_list(services)
    screen = screen_of(window)
    screen.item_table.setFocus()
    seen = {}

    def fill(dialog: VocabularyItemDialog) -> None:
        seen["focus"] = dialog.focusWidget()
        qtbot.keyClicks(dialog.term_edit, "handske")
        arabic = dialog.gloss_edits["ar"]
        seen["direction"] = arabic.layoutDirection()
        seen["names"] = [arabic.accessibleName(), dialog.gloss_edits["ti"].accessibleName()]
        # QTest types Latin-1 only; an input method commits whole words like this.
        arabic.insert("قفاز")
        dialog.gloss_edits["ti"].insert("ጓንቲ")
        dialog.safety_check.setChecked(True)
        save(dialog)

    when_dialog(VocabularyItemDialog, fill)
    qtbot.keyClick(screen.item_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["focus"] is not None and seen["focus"].objectName() == "vocabulary_term_field"
    assert seen["direction"] == Qt.LayoutDirection.RightToLeft
    assert seen["names"] == ["Gloss in Arabic", "Gloss in Tigrinya"]
    [item] = services.vocabulary.items(list_id)
    assert (item.term, item.safety_critical) == ("handske", True)
    assert item.glosses == {"ar": "قفاز", "ti": "ጓንቲ"}
    assert cells(screen, ItemColumn.SAFETY) == ["Critical"]


def test_a_duplicate_word_is_refused_under_the_field_and_kept(window, services, qtbot):
    make_list(services, moppe={})
    screen = screen_of(window)
    seen = {}

    def fill(dialog: VocabularyItemDialog) -> None:
        qtbot.keyClicks(dialog.term_edit, "Moppe")
        save(dialog)
        seen["error"] = dialog.form.error_of("term")
        seen["text"] = dialog.term_edit.text()
        dialog.form.set_clean()
        dialog.reject()

    when_dialog(VocabularyItemDialog, fill)
    screen.new_item_button.click()
    assert seen == {"error": "Moppe is already in this list.", "text": "Moppe"}
    assert len(services.vocabulary.items(screen.detail.id)) == 1


def test_a_picture_that_is_not_png_or_jpeg_is_named_and_a_png_is_kept(
    window, services, qtbot, prompter, tmp_path
):
    list_id = make_list(services, spand={})
    screen = screen_of(window)
    screen.item_table.selectRow(0)
    bad = tmp_path / "spand.gif"
    Image.new("RGB", (4, 4)).save(bad, "GIF")
    good = tmp_path / "spand.png"
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (0, 90, 200)).save(out, "PNG")
    good.write_bytes(out.getvalue())
    seen = {}

    def fill(dialog: VocabularyItemDialog) -> None:
        prompter.open_path = str(bad)
        dialog.picture_field.choose_button.click()
        save(dialog)
        seen["error"] = dialog.form.error_of("picture")
        prompter.open_path = str(good)
        dialog.picture_field.choose_button.click()
        save(dialog)

    when_dialog(VocabularyItemDialog, fill)
    qtbot.keyClick(screen.item_table, Qt.Key.Key_Return)
    assert seen["error"] == "The file is not a whole PNG or JPEG picture."
    item_id = services.vocabulary.items(list_id)[0].id
    assert services.vocabulary.picture(item_id) == good.read_bytes()


def test_copy_a_list_for_an_employer(window, services, qtbot):
    make_list(services, moppe={"ar": "ممسحة"})
    services.employers.create(EmployerInput(name="Hotel Nord"))
    screen = screen_of(window)

    def fill(dialog: VocabularyListDialog) -> None:
        dialog.name_edit.setText("Rengøring – Hotel Nord")
        combo = dialog.employer_field.combo
        qtbot.keyClicks(combo.line_edit, "Hotel Nord")
        combo.refresh()
        save(dialog)

    when_dialog(VocabularyListDialog, fill)
    screen.copy_list_button.click()
    assert screen.title_label.text() == "Rengøring – Hotel Nord"
    assert "adapted for Hotel Nord" in screen.info_label.text()
    assert "copied from Rengøring" in screen.info_label.text()
    assert cells(screen, ItemColumn.TERM) == ["moppe"]


def test_archive_a_word_after_confirming(window, services, prompter):
    list_id = make_list(services, moppe={}, spand={})
    screen = screen_of(window)
    screen.item_table.selectRow(1)
    prompter.answer = True
    screen.archive_item_button.click()
    assert prompter.kinds() == ["confirm"] and "spand" in prompter.shown[0].text
    assert [i.term for i in services.vocabulary.items(list_id)] == ["moppe"]
    screen.archived_items_check.setChecked(True)
    assert cells(screen, ItemColumn.TERM) == ["moppe", "spand"]


def test_import_shows_a_preview_and_saves_only_on_import(window, services, qtbot, prompter):
    list_id = make_list(services, moppe={"ar": "ممسحة أرضيات"})
    screen = screen_of(window)
    prompter.open_path = str(FIXTURES / "libreoffice_da.xlsx")
    with qtbot.waitSignal(screen.transfer.preview_shown, timeout=10_000) as shown:
        screen.import_button.click()
    dialog = shown.args[0]
    summary = dialog.summary_label.text()
    assert "5 new words will be added." in summary
    assert "1 word is in the list already but differs." in summary
    assert dialog.row_model.action_text(dialog.row_model.rows[0]) == (
        "In the list, differs in: article, example, glosses (left as it is)"
    )
    assert len(services.vocabulary.items(list_id)) == 1
    with qtbot.waitSignal(screen.transfer.imported, timeout=10_000):
        dialog.import_button.click()
    assert len(services.vocabulary.items(list_id)) == 6
    assert prompter.shown[-1].text.splitlines() == [
        "5 words added to Rengøring.",
        "1 word was there already.",
    ]
    assert cells(screen, ItemColumn.TERM)[-1] == "-20 grader"


def test_a_bad_file_shows_its_problems_and_cannot_be_imported(window, services, qtbot, prompter):
    list_id = make_list(services)
    screen = screen_of(window)
    prompter.open_path = str(FIXTURES / "libreoffice_bad_cells.csv")
    with qtbot.waitSignal(screen.transfer.preview_shown, timeout=10_000) as shown:
        screen.import_button.click()
    dialog = shown.args[0]
    issues = dialog.issue_model
    problems = [issues.index(r, 0).data() + " | " + issues.index(r, 1).data() for r in range(4)]
    assert problems[1] == (
        "Line 4, column B (Kendeord) | “den” is not an article; use en or et, or leave the "
        "cell empty."
    )
    assert not dialog.import_button.isEnabled()
    assert "4 problems found. Nothing has been imported." in dialog.problem_label.text()
    dialog.reject()
    assert services.vocabulary.items(list_id) == []


def test_export_writes_the_chosen_file(window, services, qtbot, prompter, tmp_path):
    make_list(services, moppe={"ar": "ممسحة", "ti": "መጽረዪ"})
    screen = screen_of(window)
    target = tmp_path / "rengøring.csv"
    prompter.save_path = str(target)
    screen.export_button.click()
    qtbot.waitUntil(lambda: prompter.kinds()[-1] == "information", timeout=10_000)
    assert prompter.shown[-1].text == f"1 word written to {target}."
    text = target.read_bytes().decode("utf-8-sig").splitlines()
    assert text == ["Term;Article;Word class;Example;Safety-critical;Arabic (ar);Tigrinya (ti)",
                    "moppe;;noun;;;ممسحة;መጽረዪ"]  # fmt: skip


def test_word_class_of_a_new_word_defaults_to_noun(window, services, qtbot):
    list_id = make_list(services)
    screen = screen_of(window)

    def fill(dialog: VocabularyItemDialog) -> None:
        qtbot.keyClicks(dialog.term_edit, "spand")
        save(dialog)

    when_dialog(VocabularyItemDialog, fill)
    screen.new_item_button.click()
    assert services.vocabulary.items(list_id)[0].word_class is WordClass.NOUN


def test_every_control_is_named_and_reached_by_tab(window, services):
    make_list(services, moppe={"ar": "ممسحة"})
    screen = screen_of(window)
    for widget in (screen.list_table, screen.item_table, screen.search_edit):
        assert widget.accessibleName(), widget.objectName()
    buttons = [
        screen.new_list_button, screen.edit_list_button, screen.copy_list_button,
        screen.archive_list_button, screen.new_item_button, screen.edit_item_button,
        screen.archive_item_button, screen.import_button, screen.export_button,
    ]  # fmt: skip
    texts = [b.text() for b in buttons]
    assert all("&" in t for t in texts)
    mnemonics = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(mnemonics)) == len(mnemonics), texts
    chain, widget = [], screen.list_table
    for _ in range(30):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
    for target in (screen.search_edit, screen.item_table, screen.new_item_button):
        assert target in chain, target.objectName()


def test_cancel_while_reading_a_large_file_imports_nothing(
    window, services, qtbot, prompter, tmp_path
):
    list_id = make_list(services)
    screen = screen_of(window)
    big = tmp_path / "stor.csv"
    lines = ["Ord;Engelsk (en)"] + [f"ord{n};word {n}" for n in range(20_000)]
    big.write_text("\r\n".join(lines), encoding="utf-8")
    shown = []
    screen.transfer.preview_shown.connect(shown.append)
    screen.transfer.import_file(list_id, big)
    progress = screen.findChild(QProgressDialog, "task_progress_dialog")
    assert progress.labelText() == "Reading stor.csv…"
    progress.findChild(QPushButton).click()
    assert screen.tasks.wait(20_000)
    qtbot.wait(50)
    assert shown == [] and prompter.shown == []
    assert services.vocabulary.items(list_id) == []


def test_a_gloss_in_another_language_is_added_from_the_list_of_languages(window, services, qtbot):
    list_id = make_list(services, kniv={"so": "mindi"})
    screen = screen_of(window)
    screen.item_table.selectRow(0)
    seen = {}

    def fill(dialog: VocabularyItemDialog) -> None:
        combo = dialog.add_language_combo
        index = combo.findData("am")
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        edit = dialog.gloss_edits["am"]
        seen["caption"] = dialog.gloss_captions["am"].text()
        seen["focus"] = dialog.focusWidget() is edit
        seen["offered again"] = combo.findData("am")
        edit.insert("ቢላዋ")
        save(dialog)

    when_dialog(VocabularyItemDialog, fill)
    screen.edit_item_button.click()
    assert seen == {"caption": "Amharic (አማርኛ):", "focus": True, "offered again": -1}
    assert services.vocabulary.items(list_id)[0].glosses == {"am": "ቢላዋ", "so": "mindi"}
