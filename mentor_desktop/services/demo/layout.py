"""The shape of a demo fill: how big a centre to make, and which columns each bulk row
of each table holds (every NOT NULL column among them: COPY applies no Python defaults)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from mentor_desktop.db import models as m


@dataclass(frozen=True)
class Scale:
    """How big a centre to make."""

    learners: int
    employers: int
    tutors: int
    coordinators: int
    history_days: int
    placement_weeks: tuple[int, int]
    sites_per_employer: tuple[int, int]
    goals_per_learner: tuple[int, int]
    can_do_per_learner: tuple[int, int]
    agreements: int
    second_placement_share: float
    full_goal_history: bool
    chunk_rows: int


_STAMPS = ("version", "created_at", "updated_at")
ROW_COLUMNS: dict[sa.Table, tuple[str, ...]] = {
    m.Centre.__table__: (
        "id",
        "name",
        "street",
        "postcode",
        "city",
        "cvr",
        "phone",
        "email",
        "signatory_name",
        "signatory_title",
        "certificate_prefix",
        "min_certificate_minutes",
        *_STAMPS,
    ),
    m.User.__table__: ("id", "name", "login", "role", "active", "email", "phone", *_STAMPS),
    m.WorkSituation.__table__: ("id", "code", "name_da", "name_en", "active"),
    m.VocabularyList.__table__: ("id", "name", "sector", "description", *_STAMPS),
    m.VocabularyItem.__table__: (
        "id",
        "list_id",
        "position",
        "term",
        "word_class",
        "article",
        "example",
        "safety_critical",
        *_STAMPS,
    ),
    m.Gloss.__table__: ("id", "item_id", "language", "text"),
    m.CanDoStatement.__table__: ("id", "sector", "text_da", "text_en", "level", "active", *_STAMPS),
    m.Employer.__table__: (
        "id",
        "name",
        "cvr",
        "sector",
        "street",
        "postcode",
        "city",
        "phone",
        "email",
        "search_text",
        *_STAMPS,
    ),
    m.Site.__table__: ("id", "employer_id", "name", "street", "postcode", "city", *_STAMPS),
    m.ContactPerson.__table__: ("id", "employer_id", "name", "role", "phone", "email", *_STAMPS),
    m.PartnershipAgreement.__table__: (
        "id",
        "employer_id",
        "first_action",
        "second_action",
        "approved_on",
        "starts_on",
        "ends_on",
        *_STAMPS,
    ),
    m.Learner.__table__: (
        "id",
        "first_name",
        "last_name",
        "birth_date",
        "phone",
        "case_reference",
        "gloss_language",
        "level_listening",
        "level_speaking",
        "level_reading",
        "level_writing",
        "level_assessed_on",
        "legal_basis",
        "consent_given_on",
        "status",
        "search_text",
        *_STAMPS,
    ),
    m.LearnerLanguage.__table__: ("id", "learner_id", "code", "position"),
    m.Placement.__table__: (
        "id",
        "learner_id",
        "site_id",
        "tutor_id",
        "job_title",
        "referral_date",
        "start_date",
        "end_date",
        "planned_hours",
        "status",
        "outcome",
        "outcome_on",
        "followup_outcome",
        "followup_on",
        "buddy_name",
        "buddy_phone",
        *_STAMPS,
    ),
    m.PlacementStatusChange.__table__: (
        "id",
        "placement_id",
        "from_status",
        "to_status",
        "at",
        "user_id",
    ),
    m.Session.__table__: (
        "id",
        "placement_id",
        "tutor_id",
        "session_date",
        "start_time",
        "minutes",
        "mode",
        "attendance",
        "note",
        "next_step",
        *_STAMPS,
    ),
    m.session_work_situation: ("session_id", "work_situation_id"),
    m.VocabularyGoal.__table__: (
        "id",
        "learner_id",
        "placement_id",
        "item_id",
        "status",
        "status_on",
        *_STAMPS,
    ),
    m.VocabularyGoalEvent.__table__: (
        "id",
        "goal_id",
        "from_status",
        "to_status",
        "on_date",
        "session_id",
        "user_id",
        "at",
    ),
    m.CanDoGoal.__table__: (
        "id",
        "learner_id",
        "placement_id",
        "statement_id",
        "text",
        "level",
        "status",
        "status_on",
        "evidence_session_id",
        *_STAMPS,
    ),
}
