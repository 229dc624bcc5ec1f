"""Row-level helpers the vocabulary services share: glosses read and written, the words of
a list by what makes them the same, the list locked for a unit of work, the next position."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import WordClass
from mentor_desktop.domain.errors import NotFoundError
from mentor_desktop.domain.vocabulary import term_key


@dataclass(frozen=True)
class VocabularyItemRow:
    id: int
    list_id: int
    position: int
    term: str
    word_class: WordClass
    article: str | None
    example: str | None
    glosses: dict[str, str]
    safety_critical: bool
    has_picture: bool
    archived: bool
    version: int


def set_glosses(row: m.VocabularyItem, glosses: dict[str, str]) -> bool:
    """Make ``row``'s glosses exactly ``glosses``; ``True`` if anything changed."""
    current = {g.language: g for g in row.glosses}
    changed = False
    for language, gloss in current.items():
        if language not in glosses:
            row.glosses.remove(gloss)
            changed = True
    for language, text in glosses.items():
        existing = current.get(language)
        if existing is None:
            row.glosses.append(m.Gloss(language=language, text=text))
            changed = True
        elif existing.text != text:
            existing.text = text
            changed = True
    return changed


def open_item_keys(
    s: orm.Session, list_id: int, *, exclude_id: int | None = None
) -> dict[tuple[str, str], int]:
    """The items of a list that are not archived, by what makes a word the same."""
    statement = sa.select(
        m.VocabularyItem.id, m.VocabularyItem.term, m.VocabularyItem.word_class
    ).where(m.VocabularyItem.list_id == list_id, m.VocabularyItem.archived_at.is_(None))
    return {
        term_key(term, word_class): item_id
        for item_id, term, word_class in s.execute(statement)
        if item_id != exclude_id
    }


def lock_list(s: orm.Session, list_id: int) -> m.VocabularyList:
    """The list, locked until the unit of work ends (PostgreSQL; SQLite writes one at a
    time anyway), so that two tutors adding the same word at once cannot both succeed.
    Raises ``NotFoundError``."""
    row = s.get(m.VocabularyList, list_id, with_for_update=True)
    if row is None:
        raise NotFoundError("vocabulary_list", list_id)
    return row


def next_position(s: orm.Session, list_id: int) -> int:
    highest = s.scalar(
        sa.select(sa.func.max(m.VocabularyItem.position)).where(m.VocabularyItem.list_id == list_id)
    )
    return 0 if highest is None else highest + 1


def glosses_of(s: orm.Session, item_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    ids = list(item_ids)
    result: dict[int, dict[str, str]] = {i: {} for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        statement = (
            sa.select(m.Gloss.item_id, m.Gloss.language, m.Gloss.text)
            .where(m.Gloss.item_id.in_(chunk))
            .order_by(m.Gloss.item_id, m.Gloss.language)
        )
        for item_id, language, text in s.execute(statement):
            result[item_id][language] = text
    return result


def item_rows(
    s: orm.Session, condition: Sequence[sa.ColumnElement[bool]]
) -> list[VocabularyItemRow]:
    item = m.VocabularyItem
    statement = (
        sa.select(
            item.id,
            item.list_id,
            item.position,
            item.term,
            item.word_class,
            item.article,
            item.example,
            item.safety_critical,
            item.picture.is_not(None),
            item.archived_at,
            item.version,
        )
        .where(*condition)
        .order_by(item.list_id, item.position, item.id)
    )
    rows = list(s.execute(statement))
    glosses = glosses_of(s, (r[0] for r in rows))
    return [
        VocabularyItemRow(
            id=r[0],
            list_id=r[1],
            position=r[2],
            term=r[3],
            word_class=r[4],
            article=r[5],
            example=r[6],
            glosses=glosses[r[0]],
            safety_critical=r[7],
            has_picture=bool(r[8]),
            archived=r[9] is not None,
            version=r[10],
        )
        for r in rows
    ]
