"""Names of the domain's values (enums, languages) in the user's language. The tables mark
the English names for lupdate; the functions translate them when called."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentor_desktop.domain.enums import (
    Attendance,
    CefrLevel,
    LearnerStatus,
    LegalBasis,
    Outcome,
    PlacementStatus,
    Sector,
    SessionMode,
    Skill,
    WordClass,
)
from mentor_desktop.domain.languages import LANGUAGES

_LEARNER_STATUS = {
    LearnerStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    LearnerStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
    LearnerStatus.FINISHED: QT_TRANSLATE_NOOP("Labels", "Finished"),
}

_PLACEMENT_STATUS = {
    PlacementStatus.REFERRED: QT_TRANSLATE_NOOP("Labels", "Referred"),
    PlacementStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Running"),
    PlacementStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "On hold"),
    PlacementStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    PlacementStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

_SESSION_MODE = {
    SessionMode.ON_SITE: QT_TRANSLATE_NOOP("Labels", "On site"),
    SessionMode.REMOTE: QT_TRANSLATE_NOOP("Labels", "Online"),
    SessionMode.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    SessionMode.CLASSROOM: QT_TRANSLATE_NOOP("Labels", "Classroom"),
}

_ATTENDANCE = {
    Attendance.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("Labels", "Attended"),
    Attendance.LEARNER_ABSENT: QT_TRANSLATE_NOOP("Labels", "Learner absent"),
    Attendance.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Visit cancelled"),
}

_LEGAL_BASIS = {
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Labels", "Public task (GDPR art. 6(1)(e))"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("Labels", "Contract (GDPR art. 6(1)(b))"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent (GDPR art. 6(1)(a))"),
}

_SKILL = {
    Skill.LISTENING: QT_TRANSLATE_NOOP("Labels", "Listening"),
    Skill.SPEAKING: QT_TRANSLATE_NOOP("Labels", "Speaking"),
    Skill.READING: QT_TRANSLATE_NOOP("Labels", "Reading"),
    Skill.WRITING: QT_TRANSLATE_NOOP("Labels", "Writing"),
}

_SECTOR = {
    Sector.CLEANING: QT_TRANSLATE_NOOP("Labels", "Cleaning"),
    Sector.KITCHEN: QT_TRANSLATE_NOOP("Labels", "Kitchen"),
    Sector.CONSTRUCTION: QT_TRANSLATE_NOOP("Labels", "Construction"),
    Sector.WAREHOUSE: QT_TRANSLATE_NOOP("Labels", "Warehouse"),
    Sector.CARE: QT_TRANSLATE_NOOP("Labels", "Care"),
    Sector.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_OUTCOME = {
    Outcome.IN_WORK: QT_TRANSLATE_NOOP("Labels", "In work"),
    Outcome.OTHER_WORK: QT_TRANSLATE_NOOP("Labels", "Other work"),
    Outcome.EDUCATION: QT_TRANSLATE_NOOP("Labels", "Education"),
    Outcome.NOT_IN_WORK: QT_TRANSLATE_NOOP("Labels", "Not in work"),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
}

_WORD_CLASS = {
    WordClass.NOUN: QT_TRANSLATE_NOOP("Labels", "Noun"),
    WordClass.VERB: QT_TRANSLATE_NOOP("Labels", "Verb"),
    WordClass.ADJECTIVE: QT_TRANSLATE_NOOP("Labels", "Adjective"),
    WordClass.ADVERB: QT_TRANSLATE_NOOP("Labels", "Adverb"),
    WordClass.PHRASE: QT_TRANSLATE_NOOP("Labels", "Phrase"),
    WordClass.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

_CEFR_PRE_A1 = QT_TRANSLATE_NOOP("Labels", "Pre-A1")

_LANGUAGE = {
    "da": QT_TRANSLATE_NOOP("Languages", "Danish"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian (Farsi)"),
    "prs": QT_TRANSLATE_NOOP("Languages", "Dari"),
    "ps": QT_TRANSLATE_NOOP("Languages", "Pashto"),
    "ur": QT_TRANSLATE_NOOP("Languages", "Urdu"),
    "ku": QT_TRANSLATE_NOOP("Languages", "Kurdish (Kurmanji)"),
    "ckb": QT_TRANSLATE_NOOP("Languages", "Kurdish (Sorani)"),
    "ti": QT_TRANSLATE_NOOP("Languages", "Tigrinya"),
    "am": QT_TRANSLATE_NOOP("Languages", "Amharic"),
    "so": QT_TRANSLATE_NOOP("Languages", "Somali"),
    "uk": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "ro": QT_TRANSLATE_NOOP("Languages", "Romanian"),
    "lt": QT_TRANSLATE_NOOP("Languages", "Lithuanian"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "th": QT_TRANSLATE_NOOP("Languages", "Thai"),
    "tl": QT_TRANSLATE_NOOP("Languages", "Tagalog"),
    "vi": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
}


def _label(context: str, table: dict, value: object) -> str:
    source = table.get(value)
    if source is None:
        return str(value)
    return QCoreApplication.translate(context, source)


def learner_status(value: LearnerStatus | str) -> str:
    return _label("Labels", _LEARNER_STATUS, value)


def placement_status(value: PlacementStatus | str) -> str:
    return _label("Labels", _PLACEMENT_STATUS, value)


def sector(value: Sector | str) -> str:
    return _label("Labels", _SECTOR, value)


def outcome(value: Outcome | str) -> str:
    return _label("Labels", _OUTCOME, value)


def session_mode(value: SessionMode | str) -> str:
    return _label("Labels", _SESSION_MODE, value)


def attendance(value: Attendance | str) -> str:
    return _label("Labels", _ATTENDANCE, value)


def legal_basis(value: LegalBasis | str) -> str:
    return _label("Labels", _LEGAL_BASIS, value)


def word_class(value: WordClass | str) -> str:
    return _label("Labels", _WORD_CLASS, value)


def skill(value: Skill | str) -> str:
    return _label("Labels", _SKILL, value)


def cefr_level(value: CefrLevel | str) -> str:
    if value == CefrLevel.PRE_A1:
        return QCoreApplication.translate("Labels", _CEFR_PRE_A1)
    return str(value).upper()


def language_name(code: str) -> str:
    """The language's name in the user's language, e.g. "Arabic" / "arabisk"."""
    return _label("Languages", _LANGUAGE, code)


def language_with_endonym(code: str) -> str:
    """The name in the user's language, followed by the language's own name when it differs,
    e.g. "Arabic (العربية)"."""
    name = language_name(code)
    language = LANGUAGES.get(code)
    if language is None or language.endonym.casefold() == name.casefold():
        return name
    return QCoreApplication.translate("Languages", "{name} ({endonym})").format(
        name=name, endonym=language.endonym
    )
