"""Every table of the schema. Import from here: ``from mentor_desktop.db import models as m``."""

from mentor_desktop.db.base import Base
from mentor_desktop.db.models.centre import AuditEvent, Centre, FormDraft, User
from mentor_desktop.db.models.documents import (
    Certificate,
    CertificateCounter,
    FeedbackCriteriaSet,
    FeedbackForm,
    certificate_placement,
)
from mentor_desktop.db.models.people import (
    ContactPerson,
    Employer,
    Learner,
    LearnerLanguage,
    PartnershipAgreement,
    Site,
)
from mentor_desktop.db.models.placements import (
    Placement,
    PlacementStatusChange,
    Session,
    WorkSituation,
    session_work_situation,
)
from mentor_desktop.db.models.vocabulary import (
    CanDoGoal,
    CanDoStatement,
    Gloss,
    VocabularyGoal,
    VocabularyGoalEvent,
    VocabularyItem,
    VocabularyList,
)

__all__ = [
    "AuditEvent",
    "Base",
    "CanDoGoal",
    "CanDoStatement",
    "Centre",
    "Certificate",
    "CertificateCounter",
    "ContactPerson",
    "Employer",
    "FeedbackCriteriaSet",
    "FeedbackForm",
    "FormDraft",
    "Gloss",
    "Learner",
    "LearnerLanguage",
    "PartnershipAgreement",
    "Placement",
    "PlacementStatusChange",
    "Session",
    "Site",
    "User",
    "VocabularyGoal",
    "VocabularyGoalEvent",
    "VocabularyItem",
    "VocabularyList",
    "WorkSituation",
    "certificate_placement",
    "session_work_situation",
]
