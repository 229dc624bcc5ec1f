"""Import and export over files written by LibreOffice (and one the way Excel writes it):
see tests/fixtures/vocabulary/README.md for how each was made."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from mentor_desktop.domain.enums import Sector, WordClass
from mentor_desktop.domain.errors import NotFoundError, ValidationError
from mentor_desktop.domain.vocabulary import (
    ImportCancelledError,
    ImportProblem,
    ImportStaleError,
    VocabularyImportError,
)
from mentor_desktop.services.vocabulary import VocabularyItemInput, VocabularyListInput
from mentor_desktop.services.vocabulary_transfer import RowAction

FIXTURES = Path(__file__).parent.parent / "fixtures" / "vocabulary"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def cleaning(services) -> int:
    return services.vocabulary.create_list(
        VocabularyListInput(name="Rengøring", sector=Sector.CLEANING)
    ).id


def import_into(services, list_id: int, data: bytes, **options):
    preview = services.vocabulary_transfer.preview(data, file_name="f", list_id=list_id)
    assert preview.ok, preview.issues
    return preview, services.vocabulary_transfer.apply(preview, **options)


@pytest.mark.parametrize("name", ["libreoffice_da_semicolon_utf8.csv", "libreoffice_da.xlsx"])
def test_libreoffice_file_with_arabic_and_tigrinya_glosses(services, cleaning, name):
    preview, result = import_into(services, cleaning, fixture(name))
    assert preview.languages == ["ar", "ti", "uk", "pl", "en"]
    assert preview.count(RowAction.NEW) == 6
    assert (result.added, result.updated, result.unchanged) == (6, 0, 0)
    items = {i.term: i for i in services.vocabulary.items(cleaning)}
    assert list(items) == ["moppe", "spand", "handske", "desinficere", "glat gulv", "-20 grader"]
    assert items["moppe"].glosses["ar"] == "ممسحة أرضيات"
    assert items["moppe"].glosses["ti"] == "መጽረዪ ባይታ"
    assert items["handske"].safety_critical and not items["spand"].safety_critical
    assert items["desinficere"].word_class is WordClass.VERB
    assert items["desinficere"].article is None
    assert items["glat gulv"].example == (
        'Pas på: "glat gulv" betyder, at du kan falde.\nSæt skiltet op.'
    )
    assert items["-20 grader"].glosses["uk"] == "-20 градусів"


def test_windows_1252_semicolon_file_from_libreoffice(services, cleaning):
    preview, _result = import_into(
        services, cleaning, fixture("libreoffice_da_semicolon_windows1252.csv")
    )
    assert (preview.encoding, preview.delimiter) == ("Windows-1252", ";")
    items = {i.term: i for i in services.vocabulary.items(cleaning)}
    assert items["støvle"].example == "Tag støvlerne på før du går ud – det er vådt."
    assert items["stillads"].glosses == {"de": "Gerüst", "en": "scaffolding"}
    assert items["løfte"].safety_critical


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("libreoffice_en_comma_utf8.csv", "UTF-8", ","),
        ("libreoffice_en_tab_utf16.csv", "UTF-16", "\t"),
        ("libreoffice_en.xlsx", None, None),
    ],
)
def test_english_headings_comma_tab_and_xlsx(services, cleaning, name, encoding, delimiter):
    preview, result = import_into(services, cleaning, fixture(name))
    assert (preview.encoding, preview.delimiter) == (encoding, delimiter)
    assert result.added == 4
    items = {i.term: i for i in services.vocabulary.items(cleaning)}
    assert items["køkken"].article == "et"
    assert items["varm"].word_class is WordClass.ADJECTIVE and items["varm"].safety_critical
    assert items["kniv"].glosses == {"en": "knife", "so": "mindi"}


def test_excel_style_utf8_with_bom_and_persian(services, cleaning):
    preview, _result = import_into(services, cleaning, fixture("excel_style_bom_semicolon.csv"))
    assert (preview.encoding, preview.delimiter) == ("UTF-8", ";")
    items = {i.term: i for i in services.vocabulary.items(cleaning)}
    assert items["kasse"].glosses["fa"] == "جعبه"
    assert items["truck"].example == "Kun med truckcertifikat; spørg din leder."
    assert items["palle"].safety_critical


def test_xlsx_renamed_to_csv_is_read_by_its_content(services, cleaning):
    preview, result = import_into(services, cleaning, fixture("libreoffice_en.xlsx"))
    assert preview.file_format == "xlsx" and result.added == 4


def test_importing_the_same_file_again_adds_nothing(services, cleaning, snapshot):
    import_into(services, cleaning, fixture("libreoffice_da.xlsx"))
    before = snapshot()
    preview, result = import_into(services, cleaning, fixture("libreoffice_da_semicolon_utf8.csv"))
    assert preview.count(RowAction.SAME) == 6 and preview.count(RowAction.NEW) == 0
    assert (result.added, result.unchanged) == (0, 6)
    assert snapshot() == before


def test_changed_words_are_shown_and_updated_only_when_asked(services, cleaning):
    services.vocabulary.create_item(
        cleaning,
        VocabularyItemInput(term="moppe", article="en", glosses={"ar": "ممسحة", "so": "masaxad"}),
    )
    data = fixture("libreoffice_da_semicolon_utf8.csv")
    preview, result = import_into(services, cleaning, data)
    [moppe] = [r for r in preview.rows if r.term == "moppe"]
    assert moppe.action is RowAction.CHANGED
    assert moppe.changes == ["example", "glosses"]
    assert (result.added, result.updated) == (5, 0)
    assert services.vocabulary.items(cleaning)[0].glosses["ar"] == "ممسحة"
    _preview, result = import_into(services, cleaning, data, update_existing=True)
    assert (result.added, result.updated) == (0, 1)
    item = services.vocabulary.items(cleaning)[0]
    # The file's glosses win; a language the file lacks is kept.
    assert item.glosses["ar"] == "ممسحة أرضيات" and item.glosses["so"] == "masaxad"


def issues_of(services, list_id: int, data: bytes):
    preview = services.vocabulary_transfer.preview(data, file_name="f", list_id=list_id)
    assert not preview.ok and preview.rows == []
    with pytest.raises(VocabularyImportError):
        services.vocabulary_transfer.apply(preview)
    return [(i.problem, i.line, i.column, i.header, i.params) for i in preview.issues]


def test_bad_cells_name_line_and_column_and_nothing_is_imported(services, cleaning, snapshot):
    before = snapshot()
    issues = issues_of(services, cleaning, fixture("libreoffice_bad_cells.csv"))
    assert issues == [
        (ImportProblem.REQUIRED, 3, 1, "Ord", {}),
        (ImportProblem.INVALID_ARTICLE, 4, 2, "Kendeord", {"value": "den"}),
        (ImportProblem.INVALID_WORD_CLASS, 5, 3, "Ordklasse", {"value": "gerningsord"}),
        (ImportProblem.DUPLICATE_IN_FILE, 6, 1, "Ord", {"value": "Moppe", "first_line": 2}),
    ]
    assert snapshot() == before


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "libreoffice_unknown_language.csv",
            (ImportProblem.UNKNOWN_LANGUAGE, 1, 4, "Klingon (tlh)", {"value": "tlh"}),
        ),
        (
            "libreoffice_wrong_header.csv",
            (ImportProblem.NO_HEADER, 1, None, None, {"found": "Navn, Beskrivelse, Pris"}),
        ),
        ("picture_renamed.csv", (ImportProblem.NOT_TEXT, None, None, None, {})),
    ],
)
def test_bad_files_are_refused_whole(services, cleaning, snapshot, name, expected):
    before = snapshot()
    assert issues_of(services, cleaning, fixture(name)) == [expected]
    assert snapshot() == before


def test_a_ten_megabyte_cell_is_reported_not_stored(services, cleaning, snapshot):
    before = snapshot()
    data = ("Ord;Arabisk (ar)\r\nmoppe;ممسحة\r\n" + "x" * 10_000_000 + ";دلو\r\n").encode()
    issues = issues_of(services, cleaning, data)
    assert issues == [
        (ImportProblem.TOO_LONG, 3, 1, "Ord", {"max": 200, "length": 10_000_000}),
    ]
    assert snapshot() == before


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", ImportProblem.EMPTY_FILE),
        (b"Ord;Kendeord\r\n", ImportProblem.NO_ROWS),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ImportProblem.OLD_EXCEL),
        (b"PK\x03\x04 broken zip", ImportProblem.UNREADABLE),
        (b"Kendeord;Arabisk (ar)\r\nen;x\r\n", ImportProblem.NO_TERM_COLUMN),
        (b"Ord;Ord\r\nmoppe;spand\r\n", ImportProblem.DUPLICATE_COLUMN),
    ],
)
def test_other_bad_files(services, cleaning, data, problem):
    assert [i[0] for i in issues_of(services, cleaning, data)] == [problem]


def test_a_word_added_after_the_preview_stops_the_import(services, cleaning, snapshot):
    preview = services.vocabulary_transfer.preview(
        fixture("libreoffice_da.xlsx"), file_name="f", list_id=cleaning
    )
    services.vocabulary.create_item(cleaning, VocabularyItemInput(term="spand", article="en"))
    before = snapshot()
    with pytest.raises(ImportStaleError):
        services.vocabulary_transfer.apply(preview)
    assert snapshot() == before


def test_cancel_while_saving_keeps_nothing(services, cleaning, snapshot):
    lines = ["Ord;Engelsk (en)"] + [f"ord{n};word {n}" for n in range(300)]
    preview = services.vocabulary_transfer.preview(
        "\r\n".join(lines).encode(), file_name="f", list_id=cleaning
    )
    before = snapshot()
    seen = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 100

    with pytest.raises(ImportCancelledError):
        services.vocabulary_transfer.apply(preview, progress=progress)
    assert seen == [(50, 300), (100, 300)]
    assert snapshot() == before


def test_import_into_a_new_list(services, snapshot):
    new = VocabularyListInput(name="Køkken", sector=Sector.KITCHEN)
    preview = services.vocabulary_transfer.preview(
        fixture("libreoffice_en.xlsx"), file_name="k.xlsx", new_list=new
    )
    result = services.vocabulary_transfer.apply(preview)
    [row] = services.vocabulary.lists()
    assert (row.id, row.name, row.item_count) == (result.list_id, "Køkken", 4)
    with pytest.raises(ValidationError):
        services.vocabulary_transfer.preview(b"Ord\r\nx\r\n", file_name="k", new_list=new)


FORMULAS = ["=1+1", "+45 12 34 56", "-20 grader", "@SUM(A1)"]


@pytest.fixture
def tricky(services, cleaning) -> int:
    for n, text in enumerate(FORMULAS):
        services.vocabulary.create_item(
            cleaning,
            VocabularyItemInput(
                term=text,
                word_class=WordClass.PHRASE,
                example=f"Eksempel {n}",
                glosses={"ar": "ممسحة", "ti": text},
                safety_critical=n == 0,
            ),
        )
    return cleaning


def test_csv_export_is_danish_excel_csv_without_live_formulas(services, tricky, tmp_path):
    path = tmp_path / "rengøring.csv"
    assert services.vocabulary_transfer.export_to(tricky, path) == 4
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == (
        "Ord;Kendeord;Ordklasse;Eksempel;Sikkerhedskritisk;Arabisk (ar);Tigrinya (ti)"
    )
    assert lines[1] == "'=1+1;;udtryk;Eksempel 0;ja;ممسحة;'=1+1"
    assert lines[2].startswith("'+45 12 34 56;") and lines[4].startswith("'@SUM(A1);")
    # And back: the apostrophes go again, nothing is duplicated.
    preview = services.vocabulary_transfer.preview(data, file_name="x", list_id=tricky)
    assert [(r.term, r.action) for r in preview.rows] == [(t, RowAction.SAME) for t in FORMULAS]


def test_xlsx_export_stores_text_never_formulas(services, tricky, tmp_path):
    path = tmp_path / "rengøring.xlsx"
    services.vocabulary_transfer.export_to(tricky, path, heading_language="en")
    sheet = openpyxl.load_workbook(io.BytesIO(path.read_bytes())).active
    assert [c.value for c in sheet[1]] == [
        "Term", "Article", "Word class", "Example", "Safety-critical", "Arabic (ar)",
        "Tigrinya (ti)",
    ]  # fmt: skip
    cells = [sheet.cell(row=r, column=1) for r in range(2, 6)]
    assert [c.value for c in cells] == FORMULAS
    assert {c.data_type for c in cells} == {"s"}
    preview = services.vocabulary_transfer.preview(path.read_bytes(), file_name="x", list_id=tricky)
    assert preview.count(RowAction.SAME) == 4


def test_export_replaces_a_file_whole_and_a_failed_one_leaves_it(services, tricky, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "liste.csv"
    path.write_bytes(b"old")
    with pytest.raises(NotFoundError):
        services.vocabulary_transfer.export_to(tricky + 1, path)
    with pytest.raises(OSError):
        services.vocabulary_transfer.export_to(tricky, folder / "missing" / "liste.csv")
    assert path.read_bytes() == b"old"
    services.vocabulary_transfer.export_to(tricky, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfOrd;")
    assert [p.name for p in folder.iterdir()] == ["liste.csv"]


def test_excel_sep_hint_and_trailing_empty_columns(services, cleaning):
    data = "sep=;\r\nOrd;Engelsk (en);;\r\nmoppe;mop;;\r\n\r\nspand;bucket;;\r\n".encode("cp1252")
    preview, result = import_into(services, cleaning, data)
    assert [(r.line, r.term, r.glosses) for r in preview.rows] == [
        (3, "moppe", {"en": "mop"}),
        (5, "spand", {"en": "bucket"}),
    ]
    assert result.added == 2
    stray = b"Ord;Engelsk (en)\r\nmoppe;mop;note\r\n"
    assert issues_of(services, cleaning, stray) == [(ImportProblem.EXTRA_CELLS, 2, 3, None, {})]
