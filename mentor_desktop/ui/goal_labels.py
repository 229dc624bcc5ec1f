"""Names of the goal ladders' steps and of word classes in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentor_desktop.domain.enums import CanDoStatus, VocabularyStatus, WordClass

_VOCABULARY_STATUS = {
    VocabularyStatus.PLANNED: QT_TRANSLATE_NOOP("GoalLabels", "Planned"),
    VocabularyStatus.INTRODUCED: QT_TRANSLATE_NOOP("GoalLabels", "Introduced"),
    VocabularyStatus.PRACTISING: QT_TRANSLATE_NOOP("GoalLabels", "Practising"),
    VocabularyStatus.MASTERED: QT_TRANSLATE_NOOP("GoalLabels", "Mastered"),
}

_CAN_DO_STATUS = {
    CanDoStatus.PLANNED: QT_TRANSLATE_NOOP("GoalLabels", "Not started"),
    CanDoStatus.STARTED: QT_TRANSLATE_NOOP("GoalLabels", "Started"),
    CanDoStatus.ACHIEVED: QT_TRANSLATE_NOOP("GoalLabels", "Achieved"),
    CanDoStatus.SECURE: QT_TRANSLATE_NOOP("GoalLabels", "Secure"),
}

_WORD_CLASS = {
    WordClass.NOUN: QT_TRANSLATE_NOOP("GoalLabels", "noun"),
    WordClass.VERB: QT_TRANSLATE_NOOP("GoalLabels", "verb"),
    WordClass.ADJECTIVE: QT_TRANSLATE_NOOP("GoalLabels", "adjective"),
    WordClass.ADVERB: QT_TRANSLATE_NOOP("GoalLabels", "adverb"),
    WordClass.PHRASE: QT_TRANSLATE_NOOP("GoalLabels", "phrase"),
    WordClass.OTHER: QT_TRANSLATE_NOOP("GoalLabels", "other"),
}


def _label(table: dict, value: object) -> str:
    source = table.get(value)
    return QCoreApplication.translate("GoalLabels", source) if source else str(value)


def vocabulary_status(value: VocabularyStatus | str) -> str:
    return _label(_VOCABULARY_STATUS, VocabularyStatus(value))


def can_do_status(value: CanDoStatus | str) -> str:
    return _label(_CAN_DO_STATUS, CanDoStatus(value))


def word_class(value: WordClass | str) -> str:
    return _label(_WORD_CLASS, WordClass(value))


def word_classes() -> dict[WordClass, str]:
    return {value: word_class(value) for value in WordClass}
