"""The vocabulary library: word lists per sector (optionally adapted for one employer) and
their items, each with word class, article, example sentence, glosses in the learners'
languages, an optional picture and a safety-critical flag. Create, edit, archive and
restore lists and items, and copy a list to adapt it.

Read-only API for other parts of the program (goals, word cards, Anki):
``VocabularyService.lists()`` (id, name, sector, item count), ``items(list_id)`` and
``items_by_id(ids)`` (items with their glosses), ``picture(item_id)``."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, Sector, WordClass
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.languages import is_known_language
from mentor_desktop.domain.validation import Checker
from mentor_desktop.domain.vocabulary import (
    ARTICLES,
    MAX_DESCRIPTION,
    MAX_EXAMPLE,
    MAX_GLOSS,
    MAX_LIST_NAME,
    MAX_PICTURE_BYTES,
    MAX_TERM,
    normalise_term,
    picture_format,
    term_key,
)
from mentor_desktop.services.base import (
    ServiceContext,
    apply_archived,
    changed_fields,
    check_version,
    get_or_raise,
    require_reference,
)
from mentor_desktop.services.vocabulary_store import (
    VocabularyItemRow,
    item_rows,
    lock_list,
    next_position,
    open_item_keys,
    set_glosses,
)

LIST_ENTITY = "vocabulary_list"
ITEM_ENTITY = "vocabulary_item"


@dataclass
class VocabularyListInput:
    """What a person can edit on a word list. ``employer_id`` makes it one employer's."""

    name: str = ""
    sector: Sector = Sector.OTHER
    employer_id: int | None = None
    description: str | None = None


@dataclass(frozen=True)
class VocabularyListRow:
    id: int
    name: str
    sector: Sector
    employer_id: int | None
    employer_name: str | None
    item_count: int
    archived: bool
    version: int


@dataclass(frozen=True)
class VocabularyListDetail:
    id: int
    version: int
    data: VocabularyListInput
    employer_name: str | None
    copied_from_id: int | None
    copied_from_name: str | None
    item_count: int
    languages: list[str]
    archived_at: datetime | None


@dataclass
class VocabularyItemInput:
    """One word: the Danish term, its glosses by language code (``{"ar": "ممسحة"}``)."""

    term: str = ""
    word_class: WordClass = WordClass.NOUN
    article: str | None = None
    example: str | None = None
    glosses: dict[str, str] = field(default_factory=dict)
    safety_critical: bool = False
    picture: bytes | None = None


@dataclass(frozen=True)
class VocabularyItemDetail:
    id: int
    list_id: int
    version: int
    data: VocabularyItemInput
    archived_at: datetime | None


_LIST_COLUMNS = ["name", "sector", "employer_id", "description"]
_ITEM_COLUMNS = ["term", "word_class", "article", "example", "safety_critical", "picture"]


def gloss_field(language: str) -> str:
    """The field name a gloss's errors are reported under, e.g. ``gloss_ar``."""
    return f"gloss_{language}"


def validate_list(data: VocabularyListInput) -> VocabularyListInput:
    """Cleaned copy of ``data``; raises ``ValidationError`` naming every bad field."""
    check = Checker()
    cleaned = VocabularyListInput(
        name=check.text("name", data.name, required=True, max_length=MAX_LIST_NAME) or "",
        sector=check.choice("sector", data.sector, Sector) or Sector.OTHER,
        employer_id=data.employer_id,
        description=check.text("description", data.description, max_length=MAX_DESCRIPTION),
    )
    check.raise_if_any()
    return cleaned


def check_item(check: Checker, data: VocabularyItemInput) -> VocabularyItemInput:
    """Cleaned copy of ``data`` with its problems added to ``check``."""
    article = (data.article or "").strip().lower() or None
    if article is not None and article not in ARTICLES:
        check.add("article", ErrorCode.INVALID_CHOICE, value=article)
    glosses: dict[str, str] = {}
    for raw_code, raw_text in data.glosses.items():
        code = raw_code.strip().lower()
        if not is_known_language(code):
            check.add("glosses", ErrorCode.UNKNOWN_LANGUAGE, value=raw_code)
            continue
        text = check.text(gloss_field(code), raw_text, max_length=MAX_GLOSS)
        if text is not None:
            glosses[code] = text
    picture = data.picture or None
    if picture is not None:
        if len(picture) > MAX_PICTURE_BYTES:
            check.add(
                "picture",
                ErrorCode.TOO_LARGE,
                value=len(picture),
                max=MAX_PICTURE_BYTES,
                unit="bytes",
            )
        elif picture_format(picture) is None:
            check.add("picture", ErrorCode.INVALID_PICTURE)
    return VocabularyItemInput(
        term=" ".join(
            (check.text("term", data.term, required=True, max_length=MAX_TERM) or "").split()
        ),
        word_class=check.choice("word_class", data.word_class, WordClass) or WordClass.NOUN,
        article=article,
        example=check.text("example", data.example, max_length=MAX_EXAMPLE),
        glosses=dict(sorted(glosses.items())),
        safety_critical=bool(data.safety_critical),
        picture=picture,
    )


def validate_item(data: VocabularyItemInput) -> VocabularyItemInput:
    """Cleaned copy of ``data``; raises ``ValidationError`` naming every bad field (a gloss
    as ``gloss_<code>``, an unknown language code as ``glosses``)."""
    check = Checker()
    cleaned = check_item(check, data)
    check.raise_if_any()
    return cleaned


def _item_count(
    list_id: sa.ColumnElement[int] | orm.InstrumentedAttribute[int],
) -> sa.ScalarSelect[int]:
    return (
        sa.select(sa.func.count(m.VocabularyItem.id))
        .where(m.VocabularyItem.list_id == list_id, m.VocabularyItem.archived_at.is_(None))
        .scalar_subquery()
    )


def add_list(
    context: ServiceContext,
    s: orm.Session,
    cleaned: VocabularyListInput,
    *,
    copied_from_id: int | None = None,
) -> m.VocabularyList:
    """A new list from validated input, with its audit event. Raises ``ValidationError``."""
    check_list(s, cleaned, None)
    row = m.VocabularyList(
        copied_from_id=copied_from_id, **{n: getattr(cleaned, n) for n in _LIST_COLUMNS}
    )
    s.add(row)
    s.flush()
    fields = _LIST_COLUMNS if copied_from_id is None else [*_LIST_COLUMNS, "copied_from_id"]
    context.audit(s, AuditAction.CREATE, LIST_ENTITY, row.id, fields)
    return row


def check_list(s: orm.Session, cleaned: VocabularyListInput, row: m.VocabularyList | None) -> None:
    """The rules that need the database: the employer exists (and is not archived, unless
    the list had it already), the name is not taken. Raises ``ValidationError``."""
    check = Checker()
    if cleaned.employer_id is not None:
        require_reference(
            s,
            check,
            "employer_id",
            m.Employer,
            cleaned.employer_id,
            allow_archived=row is not None and row.employer_id == cleaned.employer_id,
        )
    if row is None or row.archived_at is None:
        _check_name_free(s, check, cleaned.name, row.id if row else None)
    check.raise_if_any()


def _check_name_free(s: orm.Session, check: Checker, name: str, list_id: int | None) -> None:
    statement = sa.select(m.VocabularyList.id, m.VocabularyList.name).where(
        m.VocabularyList.archived_at.is_(None)
    )
    wanted = normalise_term(name)
    for other_id, other_name in s.execute(statement):
        if other_id != list_id and normalise_term(other_name) == wanted:
            check.add("name", ErrorCode.DUPLICATE, value=name, other_id=other_id)
            return


class VocabularyService:
    def __init__(self, context: ServiceContext):
        self._context = context

    # Lists.

    def lists(
        self,
        *,
        include_archived: bool = False,
        sector: Sector | None = None,
        employer_id: int | None = None,
    ) -> builtins.list[VocabularyListRow]:
        """Word lists by name, with the number of items that are not archived."""
        condition: builtins.list[sa.ColumnElement[bool]] = []
        if not include_archived:
            condition.append(m.VocabularyList.archived_at.is_(None))
        if sector is not None:
            condition.append(m.VocabularyList.sector == sector)
        if employer_id is not None:
            condition.append(m.VocabularyList.employer_id == employer_id)
        statement = (
            sa.select(
                m.VocabularyList.id,
                m.VocabularyList.name,
                m.VocabularyList.sector,
                m.VocabularyList.employer_id,
                m.Employer.name,
                _item_count(m.VocabularyList.id),
                m.VocabularyList.archived_at,
                m.VocabularyList.version,
            )
            .outerjoin(m.Employer, m.Employer.id == m.VocabularyList.employer_id)
            .where(*condition)
            .order_by(sa.func.lower(m.VocabularyList.name), m.VocabularyList.id)
        )
        with self._context.read() as s:
            return [
                VocabularyListRow(r[0], r[1], r[2], r[3], r[4], r[5] or 0, r[6] is not None, r[7])
                for r in s.execute(statement)
            ]

    def find_list(self, name: str) -> VocabularyListRow | None:
        """The list that is not archived with this name (compared casefolded), if any."""
        wanted = normalise_term(name)
        return next((r for r in self.lists() if normalise_term(r.name) == wanted), None)

    def get_list(self, list_id: int) -> VocabularyListDetail:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._list_detail(s, get_or_raise(s, m.VocabularyList, list_id))

    def create_list(self, data: VocabularyListInput) -> VocabularyListDetail:
        """Raises ``ValidationError`` (``name``: DUPLICATE when a list that is not archived
        has the name; ``employer_id``: NOT_FOUND, ARCHIVED)."""
        cleaned = validate_list(data)
        with self._context.write() as s:
            row = add_list(self._context, s, cleaned)
            return self._list_detail(s, row)

    def update_list(
        self, list_id: int, data: VocabularyListInput, *, expected_version: int
    ) -> VocabularyListDetail:
        """Raises ``ValidationError``, ``NotFoundError``, ``ConflictError``."""
        cleaned = validate_list(data)
        with self._context.write() as s:
            row = get_or_raise(s, m.VocabularyList, list_id)
            check_version(row, LIST_ENTITY, list_id, expected_version)
            check_list(s, cleaned, row)
            changed = changed_fields(row, {n: getattr(cleaned, n) for n in _LIST_COLUMNS})
            if changed:
                self._context.audit(s, AuditAction.UPDATE, LIST_ENTITY, row.id, changed)
                s.flush()
            return self._list_detail(s, row)

    def archive_list(self, list_id: int, *, expected_version: int) -> VocabularyListDetail:
        """Raises ``NotFoundError``, ``ConflictError``."""
        return self._set_list_archived(list_id, expected_version, archived=True)

    def restore_list(self, list_id: int, *, expected_version: int) -> VocabularyListDetail:
        """Raises ``NotFoundError``, ``ConflictError``, ``ValidationError`` (``name``:
        DUPLICATE when another list took the name meanwhile)."""
        return self._set_list_archived(list_id, expected_version, archived=False)

    def copy_list(self, list_id: int, data: VocabularyListInput) -> VocabularyListDetail:
        """A new list ``data`` (typically for one employer) holding a copy of every item of
        ``list_id`` that is not archived, glosses and pictures included, to adapt freely.
        Raises ``NotFoundError``, ``ValidationError``."""
        cleaned = validate_list(data)
        with self._context.write() as s:
            source = get_or_raise(s, m.VocabularyList, list_id)
            row = add_list(self._context, s, cleaned, copied_from_id=source.id)
            for position, item in enumerate(i for i in source.items if i.archived_at is None):
                copy = m.VocabularyItem(
                    list_id=row.id,
                    position=position,
                    **{n: getattr(item, n) for n in _ITEM_COLUMNS},
                )
                copy.glosses = [m.Gloss(language=g.language, text=g.text) for g in item.glosses]
                s.add(copy)
                s.flush()
                self._context.audit(
                    s, AuditAction.CREATE, ITEM_ENTITY, copy.id, [*_ITEM_COLUMNS, "glosses"]
                )
            return self._list_detail(s, row)

    # Items.

    def items(
        self, list_id: int, *, include_archived: bool = False
    ) -> builtins.list[VocabularyItemRow]:
        """The list's items in their order, each with its glosses (no picture bytes)."""
        condition = [m.VocabularyItem.list_id == list_id]
        if not include_archived:
            condition.append(m.VocabularyItem.archived_at.is_(None))
        with self._context.read() as s:
            return item_rows(s, condition)

    def items_by_id(self, item_ids: Sequence[int]) -> builtins.list[VocabularyItemRow]:
        """The items with these ids (archived ones too), by list and position."""
        result: builtins.list[VocabularyItemRow] = []
        ids = list(dict.fromkeys(item_ids))
        with self._context.read() as s:
            for start in range(0, len(ids), 500):
                result.extend(item_rows(s, [m.VocabularyItem.id.in_(ids[start : start + 500])]))
        return sorted(result, key=lambda r: (r.list_id, r.position, r.id))

    def picture(self, item_id: int) -> bytes | None:
        """The item's picture (PNG or JPEG bytes), if it has one. Raises ``NotFoundError``."""
        with self._context.read() as s:
            return get_or_raise(s, m.VocabularyItem, item_id).picture

    def get_item(self, item_id: int) -> VocabularyItemDetail:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._item_detail(get_or_raise(s, m.VocabularyItem, item_id))

    def create_item(self, list_id: int, data: VocabularyItemInput) -> VocabularyItemDetail:
        """Add a word at the end of the list. Raises ``NotFoundError`` and
        ``ValidationError`` (``term``: DUPLICATE when the list has the word already;
        ``glosses``: UNKNOWN_LANGUAGE; ``picture``: TOO_LARGE, INVALID_PICTURE)."""
        cleaned = validate_item(data)
        with self._context.write() as s:
            lock_list(s, list_id)
            self._check_duplicate(s, list_id, cleaned, None)
            row = m.VocabularyItem(
                list_id=list_id,
                position=next_position(s, list_id),
                **{n: getattr(cleaned, n) for n in _ITEM_COLUMNS},
            )
            set_glosses(row, cleaned.glosses)
            s.add(row)
            s.flush()
            self._context.audit(
                s, AuditAction.CREATE, ITEM_ENTITY, row.id, [*_ITEM_COLUMNS, "glosses"]
            )
            return self._item_detail(row)

    def update_item(
        self, item_id: int, data: VocabularyItemInput, *, expected_version: int
    ) -> VocabularyItemDetail:
        """Raises ``ValidationError``, ``NotFoundError``, ``ConflictError``."""
        cleaned = validate_item(data)
        with self._context.write() as s:
            row = get_or_raise(s, m.VocabularyItem, item_id)
            check_version(row, ITEM_ENTITY, item_id, expected_version)
            if row.archived_at is None:
                lock_list(s, row.list_id)
                self._check_duplicate(s, row.list_id, cleaned, row.id)
            changed = changed_fields(row, {n: getattr(cleaned, n) for n in _ITEM_COLUMNS})
            if set_glosses(row, cleaned.glosses):
                changed.append("glosses")
                row.updated_at = self._context.clock()
            if changed:
                self._context.audit(s, AuditAction.UPDATE, ITEM_ENTITY, row.id, changed)
                s.flush()
            return self._item_detail(row)

    def archive_item(self, item_id: int, *, expected_version: int) -> VocabularyItemDetail:
        """Raises ``NotFoundError``, ``ConflictError``."""
        return self._set_item_archived(item_id, expected_version, archived=True)

    def restore_item(self, item_id: int, *, expected_version: int) -> VocabularyItemDetail:
        """Raises ``NotFoundError``, ``ConflictError``, ``ValidationError`` (``term``:
        DUPLICATE when the word was added to the list again meanwhile)."""
        return self._set_item_archived(item_id, expected_version, archived=False)

    # Helpers.

    def _check_duplicate(
        self, s: orm.Session, list_id: int, cleaned: VocabularyItemInput, item_id: int | None
    ) -> None:
        other = open_item_keys(s, list_id, exclude_id=item_id).get(
            term_key(cleaned.term, cleaned.word_class)
        )
        if other is not None:
            check = Checker()
            check.add("term", ErrorCode.DUPLICATE, value=cleaned.term, other_id=other, scope="list")
            check.raise_if_any()

    def _set_list_archived(
        self, list_id: int, expected_version: int, *, archived: bool
    ) -> VocabularyListDetail:
        with self._context.write() as s:
            row = get_or_raise(s, m.VocabularyList, list_id)
            check_version(row, LIST_ENTITY, list_id, expected_version)
            if not archived and row.archived_at is not None:
                check = Checker()
                _check_name_free(s, check, row.name, row.id)
                check.raise_if_any()
            apply_archived(self._context, s, row, LIST_ENTITY, archived=archived)
            return self._list_detail(s, row)

    def _set_item_archived(
        self, item_id: int, expected_version: int, *, archived: bool
    ) -> VocabularyItemDetail:
        with self._context.write() as s:
            row = get_or_raise(s, m.VocabularyItem, item_id)
            check_version(row, ITEM_ENTITY, item_id, expected_version)
            if not archived and row.archived_at is not None:
                lock_list(s, row.list_id)
                self._check_duplicate(s, row.list_id, self._item_detail(row).data, row.id)
            apply_archived(self._context, s, row, ITEM_ENTITY, archived=archived)
            return self._item_detail(row)

    def _list_detail(self, s: orm.Session, row: m.VocabularyList) -> VocabularyListDetail:
        employer = s.get(m.Employer, row.employer_id) if row.employer_id else None
        source = s.get(m.VocabularyList, row.copied_from_id) if row.copied_from_id else None
        languages = s.scalars(
            sa.select(m.Gloss.language)
            .join(m.VocabularyItem, m.VocabularyItem.id == m.Gloss.item_id)
            .where(m.VocabularyItem.list_id == row.id, m.VocabularyItem.archived_at.is_(None))
            .distinct()
            .order_by(m.Gloss.language)
        )
        return VocabularyListDetail(
            id=row.id,
            version=row.version,
            data=VocabularyListInput(**{n: getattr(row, n) for n in _LIST_COLUMNS}),
            employer_name=employer.name if employer else None,
            copied_from_id=row.copied_from_id,
            copied_from_name=source.name if source else None,
            item_count=s.scalar(sa.select(_item_count(sa.literal(row.id)))) or 0,
            languages=list(languages),
            archived_at=row.archived_at,
        )

    def _item_detail(self, row: m.VocabularyItem) -> VocabularyItemDetail:
        data = VocabularyItemInput(**{n: getattr(row, n) for n in _ITEM_COLUMNS})
        data.glosses = {g.language: g.text for g in sorted(row.glosses, key=lambda g: g.language)}
        return VocabularyItemDetail(
            id=row.id,
            list_id=row.list_id,
            version=row.version,
            data=data,
            archived_at=row.archived_at,
        )
