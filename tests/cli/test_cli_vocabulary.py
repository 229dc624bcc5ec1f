"""``mentor-cli vocabulary``: import a LibreOffice file into a list, refuse a bad one with
every problem's line and column, export again."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mentor_desktop.cli import EXIT_OK, EXIT_OTHER, EXIT_USAGE

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vocabulary"


@pytest.fixture
def current_file(tmp_path: Path, sqlite_template: Path) -> Path:
    (tmp_path / "db").mkdir()
    path = tmp_path / "db" / "centre.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    return path


def test_import_into_a_new_list_then_again_adds_nothing(cli, current_file, tmp_path):
    database = str(current_file)
    source = str(FIXTURES / "libreoffice_da_semicolon_utf8.csv")
    first = cli("vocabulary", "import", source, "--list", "Rengøring", "--sector", "cleaning",
                database=database)  # fmt: skip
    assert first.code == EXIT_OK, first.err
    assert first.out.strip() == (
        f"Imported {source} into Rengøring: 6 added, 0 updated, 0 already there."
    )
    dry = cli("vocabulary", "import", source, "--list", "rengøring", "--dry-run", database=database)
    assert dry.out.strip() == (
        f"{source} into Rengøring: 0 new, 6 already there, 0 different; nothing saved (dry run)."
    )
    target = tmp_path / "out.xlsx"
    out = cli("vocabulary", "export", str(target), "--list", "Rengøring", database=database)
    assert out.code == EXIT_OK, out.err
    assert out.out.strip() == f"Wrote Rengøring to {target} (words: 6)."
    sheet = openpyxl.load_workbook(target).active
    assert [c.value for c in sheet[1]][:2] == ["Term", "Article"]
    assert sheet.cell(row=2, column=6).value == "ممسحة أرضيات"


def test_a_bad_file_prints_each_problem_and_imports_nothing(cli, current_file):
    database = str(current_file)
    source = str(FIXTURES / "libreoffice_bad_cells.csv")
    run = cli("vocabulary", "import", source, "--list", "Rengøring", database=database)
    assert run.code == EXIT_OTHER
    lines = run.err.strip().splitlines()
    assert lines[0] == f"{source}: Line 3, column A (Ord): The Danish term is empty."
    assert lines[3] == f"{source}: Line 6, column A (Ord): “Moppe” is already on line 2."
    assert lines[4] == f"mentor-cli: {source} was not imported; nothing was saved (problems: 4)."
    missing = cli("vocabulary", "export", "x.csv", "--list", "Rengøring", database=database)
    assert missing.err.strip() == "mentor-cli: There is no word list called Rengøring."


def test_a_missing_file_and_a_missing_option(cli, current_file, tmp_path):
    database = str(current_file)
    gone = tmp_path / "gone.csv"
    run = cli("vocabulary", "import", str(gone), "--list", "Køkken", database=database)
    assert run.code == EXIT_OTHER
    assert run.err.strip() == f"mentor-cli: {gone} cannot be read (No such file or directory)."
    assert cli("vocabulary", "import", str(gone), database=database).code == EXIT_USAGE
