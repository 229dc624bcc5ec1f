"""The domain's closed sets of values. Stored by their ``value``; shown through the UI's translations."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TUTOR = "tutor"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class LearnerStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"


class LegalBasis(StrEnum):
    """GDPR article 6 basis the centre relies on for a learner's data."""

    PUBLIC_TASK = "public_task"
    CONTRACT = "contract"
    CONSENT = "consent"


class CefrLevel(StrEnum):
    """CEFR levels. Always an indicative assessment of workplace communication, never a test result."""

    PRE_A1 = "pre_a1"
    A1 = "a1"
    A2 = "a2"
    B1 = "b1"
    B2 = "b2"
    C1 = "c1"
    C2 = "c2"


class Skill(StrEnum):
    LISTENING = "listening"
    SPEAKING = "speaking"
    READING = "reading"
    WRITING = "writing"


class Sector(StrEnum):
    CLEANING = "cleaning"
    KITCHEN = "kitchen"
    CONSTRUCTION = "construction"
    WAREHOUSE = "warehouse"
    CARE = "care"
    OTHER = "other"


class PlacementStatus(StrEnum):
    REFERRED = "referred"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Outcome(StrEnum):
    IN_WORK = "in_work"
    OTHER_WORK = "other_work"
    EDUCATION = "education"
    NOT_IN_WORK = "not_in_work"
    UNKNOWN = "unknown"


class SessionMode(StrEnum):
    ON_SITE = "on_site"
    REMOTE = "remote"
    PHONE = "phone"
    CLASSROOM = "classroom"


class Attendance(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    LEARNER_ABSENT = "learner_absent"
    CANCELLED = "cancelled"


class WordClass(StrEnum):
    NOUN = "noun"
    VERB = "verb"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    PHRASE = "phrase"
    OTHER = "other"


class VocabularyStatus(StrEnum):
    PLANNED = "planned"
    INTRODUCED = "introduced"
    PRACTISING = "practising"
    MASTERED = "mastered"


class CanDoStatus(StrEnum):
    PLANNED = "planned"
    STARTED = "started"
    ACHIEVED = "achieved"
    SECURE = "secure"


class FeedbackStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    SUPERSEDED = "superseded"


class SignatureMethod(StrEnum):
    DRAWN = "drawn"
    PAPER = "paper"


class CertificateLanguage(StrEnum):
    DANISH = "da"
    ENGLISH = "en"
    BOTH = "da_en"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    ARCHIVE = "archive"
    RESTORE = "restore"
    DELETE = "delete"
    SIGN = "sign"
    ISSUE = "issue"
    REVOKE = "revoke"
    VIEW = "view"
