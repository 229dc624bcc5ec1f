"""Word lists in and out of spreadsheets. An import is read into a preview first (what will
be added, what is there already, what would change, and every problem with its line and
column), then saved all or nothing; a word the list already has is never added twice.
Export writes CSV or XLSX atomically."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, WordClass
from mentor_desktop.domain.languages import LANGUAGES
from mentor_desktop.domain.vocabulary import (
    ImportCancelledError,
    ImportIssue,
    ImportStaleError,
    VocabularyImportError,
    normalise_term,
    term_key,
)
from mentor_desktop.services.base import ServiceContext, get_or_raise
from mentor_desktop.services.vocabulary import (
    ITEM_ENTITY,
    VocabularyListInput,
    add_list,
    check_list,
    validate_list,
)
from mentor_desktop.services.vocabulary_files import (
    ExportRow,
    ParsedRow,
    Progress,
    atomic_write,
    default_word_class,
    export_table,
    read_file,
    write_csv,
    write_xlsx,
)
from mentor_desktop.services.vocabulary_store import (
    item_rows,
    lock_list,
    next_position,
    set_glosses,
)

# Words inserted per flush; progress is reported (and Cancel noticed) after each.
SAVE_BATCH = 50
_CREATED_FIELDS = ["term", "word_class", "article", "example", "safety_critical", "glosses"]


class RowAction(StrEnum):
    NEW = "new"
    SAME = "same"
    CHANGED = "changed"


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ImportRow:
    """A word of the file and what the import does with it. For a word the list has,
    ``changes`` names the fields the file would change (``glosses`` included)."""

    line: int
    term: str
    word_class: WordClass
    article: str | None
    example: str | None
    safety_critical: bool | None
    glosses: dict[str, str]
    action: RowAction
    existing_id: int | None = None
    changes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    file_format: str
    encoding: str | None
    delimiter: str | None
    list_id: int | None
    list_name: str
    new_list: VocabularyListInput | None
    languages: list[str]
    rows: list[ImportRow]
    issues: list[ImportIssue]

    @property
    def ok(self) -> bool:
        return not self.issues

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)


@dataclass(frozen=True)
class ImportResult:
    list_id: int
    list_name: str
    added: int
    updated: int
    unchanged: int


def _plan(
    parsed_rows: list[ParsedRow], existing: dict[tuple[str, str], m.VocabularyItem]
) -> list[ImportRow]:
    by_term: dict[str, list[m.VocabularyItem]] = {}
    for item in existing.values():
        by_term.setdefault(normalise_term(item.term), []).append(item)
    rows = []
    for parsed in parsed_rows:
        word_class = parsed.word_class
        if word_class is None:
            namesakes = by_term.get(normalise_term(parsed.term), [])
            word_class = (
                namesakes[0].word_class
                if len(namesakes) == 1
                else default_word_class(parsed.article)
            )
        item = existing.get(term_key(parsed.term, word_class))
        changes: list[str] = []
        if item is not None:
            for name in ("article", "example", "safety_critical"):
                value = getattr(parsed, name)
                if value is not None and value != getattr(item, name):
                    changes.append(name)
            current = {g.language: g.text for g in item.glosses}
            if any(current.get(code) != text for code, text in parsed.glosses.items()):
                changes.append("glosses")
        action = RowAction.NEW if item is None else RowAction.CHANGED if changes else RowAction.SAME
        rows.append(
            ImportRow(
                line=parsed.line,
                term=parsed.term,
                word_class=word_class,
                article=parsed.article,
                example=parsed.example,
                safety_critical=parsed.safety_critical,
                glosses=parsed.glosses,
                action=action,
                existing_id=item.id if item is not None else None,
                changes=changes,
            )
        )
    return rows


def _new_item(list_id: int, position: int, row: ImportRow) -> m.VocabularyItem:
    item = m.VocabularyItem(
        list_id=list_id,
        position=position,
        term=row.term,
        word_class=row.word_class,
        article=row.article,
        example=row.example,
        safety_critical=bool(row.safety_critical),
    )
    set_glosses(item, row.glosses)
    return item


def _existing(s: orm.Session, list_id: int | None) -> dict[tuple[str, str], m.VocabularyItem]:
    if list_id is None:
        return {}
    items = s.scalars(
        sa.select(m.VocabularyItem)
        .where(m.VocabularyItem.list_id == list_id, m.VocabularyItem.archived_at.is_(None))
        .options(orm.selectinload(m.VocabularyItem.glosses))
    )
    return {term_key(i.term, i.word_class): i for i in items}


class VocabularyTransferService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def preview(
        self,
        data: bytes,
        *,
        file_name: str,
        list_id: int | None = None,
        new_list: VocabularyListInput | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """Read ``data`` (a CSV or XLSX file's bytes) for import into the list ``list_id``
        or a new list ``new_list``; saves nothing. Raises ``NotFoundError``,
        ``ValidationError`` (the new list's fields), ``ImportCancelledError``."""
        if (list_id is None) == (new_list is None):
            raise ValueError("give either list_id or new_list")
        if new_list is not None:
            new_list = validate_list(new_list)
            with self._context.read() as s:
                check_list(s, new_list, None)
        parsed = read_file(data, progress)
        with self._context.read() as s:
            name = new_list.name if new_list else get_or_raise(s, m.VocabularyList, list_id).name
            rows = _plan(parsed.rows, _existing(s, list_id)) if parsed.rows else []
        return ImportPreview(
            file_name=file_name,
            file_format=parsed.file_format,
            encoding=parsed.encoding,
            delimiter=parsed.delimiter,
            list_id=list_id,
            list_name=name,
            new_list=new_list,
            languages=parsed.languages,
            rows=rows if not parsed.issues else [],
            issues=parsed.issues,
        )

    def apply(
        self,
        preview: ImportPreview,
        *,
        update_existing: bool = False,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Save what ``preview`` showed, in one transaction: new words are added at the end
        of the list; words it has already are changed only with ``update_existing`` (a cell
        left empty changes nothing). Raises ``VocabularyImportError`` when the preview has
        problems, ``ImportStaleError`` when the list changed since the preview,
        ``ImportCancelledError``, ``ValidationError``; in each case nothing is saved."""
        if preview.issues:
            raise VocabularyImportError(preview.issues)
        total = len(preview.rows)
        added = updated = 0
        with self._context.write() as s:
            if preview.new_list is not None:
                list_row = add_list(self._context, s, preview.new_list)
                list_id = list_row.id
            else:
                assert preview.list_id is not None
                list_id = lock_list(s, preview.list_id).id
            existing = _existing(s, preview.list_id if preview.new_list is None else None)
            now = _plan(
                [
                    ParsedRow(
                        r.line,
                        r.term,
                        r.word_class,
                        r.article,
                        r.example,
                        r.safety_critical,
                        r.glosses,
                    )
                    for r in preview.rows
                ],
                existing,
            )
            if [(r.action, r.existing_id) for r in now] != [
                (r.action, r.existing_id) for r in preview.rows
            ]:
                raise ImportStaleError()
            position = next_position(s, list_id)
            batch: list[m.VocabularyItem] = []
            for done, row in enumerate(now, start=1):
                if row.action is RowAction.NEW:
                    batch.append(_new_item(list_id, position, row))
                    position += 1
                    added += 1
                elif row.action is RowAction.CHANGED and update_existing:
                    self._update(existing[term_key(row.term, row.word_class)], row)
                    updated += 1
                if done % SAVE_BATCH == 0 or done == total:
                    self._save_batch(s, batch)
                    batch = []
                    if progress is not None and not progress(done, total):
                        raise ImportCancelledError()
            s.flush()
            return ImportResult(list_id, preview.list_name, added, updated, total - added - updated)

    def _save_batch(self, s: orm.Session, items: list[m.VocabularyItem]) -> None:
        """Insert ``items`` (and their glosses) in one flush, then their audit events."""
        s.add_all(items)
        s.flush()
        for item in items:
            self._context.audit(s, AuditAction.CREATE, ITEM_ENTITY, item.id, _CREATED_FIELDS)

    def _update(self, item: m.VocabularyItem, row: ImportRow) -> None:
        for name in ("article", "example", "safety_critical"):
            if name in row.changes:
                setattr(item, name, getattr(row, name))
        if "glosses" in row.changes:
            merged = {g.language: g.text for g in item.glosses}
            merged.update(row.glosses)
            set_glosses(item, merged)
            item.updated_at = self._context.clock()
        session = orm.object_session(item)
        assert session is not None
        self._context.audit(session, AuditAction.UPDATE, ITEM_ENTITY, item.id, row.changes)

    # Export.

    def export_bytes(
        self,
        list_id: int,
        *,
        file_format: FileFormat,
        heading_language: str = "da",
        include_archived: bool = False,
    ) -> tuple[bytes, int]:
        """The list as the bytes of a CSV or XLSX file, and the number of words in it.
        Raises ``NotFoundError``."""
        with self._context.read() as s:
            name = get_or_raise(s, m.VocabularyList, list_id).name
            condition = [m.VocabularyItem.list_id == list_id]
            if not include_archived:
                condition.append(m.VocabularyItem.archived_at.is_(None))
            items = item_rows(s, condition)
        used = {code for item in items for code in item.glosses}
        # The learners' languages first, English (the tutor's help) last, as on screen.
        languages = sorted((c for c in LANGUAGES if c in used), key=lambda c: c == "en")
        rows = [
            ExportRow(i.term, i.article, i.word_class, i.example, i.safety_critical, i.glosses)
            for i in items
        ]
        table = export_table(rows, languages, heading_language)
        if file_format is FileFormat.XLSX:
            return write_xlsx(table, sheet_title=name), len(rows)
        return write_csv(table), len(rows)

    def export_to(
        self,
        list_id: int,
        path: Path,
        *,
        file_format: FileFormat | None = None,
        heading_language: str = "da",
    ) -> int:
        """Write the list to ``path`` atomically (format from the suffix unless given);
        returns the number of words. Raises ``NotFoundError``, ``OSError`` (then no file
        has been written or changed)."""
        path = Path(path)
        if file_format is None:
            file_format = FileFormat.XLSX if path.suffix.lower() == ".xlsx" else FileFormat.CSV
        data, count = self.export_bytes(
            list_id, file_format=file_format, heading_language=heading_language
        )
        atomic_write(path, data)
        return count
