"""A learner's goal words taken out of the program: printable word cards (PDF) and an Anki
deck, each glossed in the learner's gloss language. Captions come from the caller, already in
the reader's language; files are written atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentor_desktop.db import models as m
from mentor_desktop.documents.anki_deck import AnkiDeck, AnkiWord, write_anki_deck
from mentor_desktop.documents.word_cards import (
    WordCard,
    WordCardSheet,
    WordCardTexts,
    write_word_cards,
)
from mentor_desktop.domain.enums import VocabularyStatus, WordClass
from mentor_desktop.domain.errors import ErrorCode, FieldError, ValidationError
from mentor_desktop.domain.languages import is_right_to_left
from mentor_desktop.services.base import ServiceContext, get_or_raise
from mentor_desktop.services.goals import GoalRow, GoalService, gloss_language

# The captions a caller passes in (the window, in its user's language).
__all__ = ["ExportResult", "GoalExportService", "WordCardTexts"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    words: int
    without_gloss: int


class GoalExportService:
    def __init__(self, context: ServiceContext, goals: GoalService):
        self._context = context
        self._goals = goals

    def _words(
        self, learner_id: int, statuses: tuple[VocabularyStatus, ...] | None
    ) -> tuple[str, str | None, list[GoalRow]]:
        with self._context.read() as s:
            learner = get_or_raise(s, m.Learner, learner_id)
            name = f"{learner.first_name} {learner.last_name}"
            language = gloss_language(s, learner_id)
        rows = self._goals.goals(learner_id, statuses=statuses)
        if not rows:
            raise ValidationError([FieldError("goals", ErrorCode.REQUIRED)])
        return name, language, rows

    def write_word_cards(
        self,
        learner_id: int,
        target: Path,
        *,
        texts: WordCardTexts,
        word_classes: dict[WordClass, str],
        language_names: dict[str, str],
        statuses: tuple[VocabularyStatus, ...] | None = None,
    ) -> ExportResult:
        """Word cards of the learner's goal words (of ``statuses`` only, when given).
        Raises ``NotFoundError``, ``ValidationError`` (no goal words), ``OSError``."""
        name, language, rows = self._words(learner_id, statuses)
        sheet = WordCardSheet(
            learner_name=name,
            language_name=language_names.get(language or "", language or ""),
            language=language,
            texts=texts,
            cards=[
                WordCard(
                    term=r.display_term,
                    word_class=word_classes.get(r.word_class, r.word_class.value),
                    example=r.example,
                    gloss=r.gloss,
                    safety_critical=r.safety_critical,
                )
                for r in rows
            ],
        )
        write_word_cards(sheet, target)
        return ExportResult(Path(target), len(rows), sum(1 for r in rows if not r.gloss))

    def write_anki_deck(
        self,
        learner_id: int,
        target: Path,
        *,
        deck_name: str,
        safety_text: str,
        statuses: tuple[VocabularyStatus, ...] | None = None,
    ) -> ExportResult:
        """An Anki deck of the learner's glossed goal words; words without a gloss in the
        learner's language are left out and counted. Raises ``NotFoundError``,
        ``ValidationError`` (no goal words), ``OSError``."""
        _name, language, rows = self._words(learner_id, statuses)
        glossed = [r for r in rows if r.gloss]
        deck = AnkiDeck(
            learner_id=learner_id,
            name=deck_name,
            language=language or "",
            right_to_left=is_right_to_left(language or ""),
            safety_text=safety_text,
            words=[
                AnkiWord(r.item_id, r.display_term, r.example, r.gloss or "", r.safety_critical)
                for r in glossed
            ],
        )
        write_anki_deck(deck, target)
        return ExportResult(Path(target), len(glossed), len(rows) - len(glossed))
