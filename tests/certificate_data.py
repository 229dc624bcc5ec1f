"""A centre with learners ready for a certificate, for the certificate tests: sessions and
work situations through the services; words mastered, a can-do goal and signed employer
feedback written as rows (their own services belong to other parts of the program)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

import sqlalchemy as sa
from PIL import Image, ImageDraw

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import (
    Attendance,
    CanDoStatus,
    CefrLevel,
    FeedbackStatus,
    PlacementStatus,
    Role,
    Sector,
    SessionMode,
    SignatureMethod,
    VocabularyStatus,
)
from mentor_desktop.domain.feedback import seal_digest
from mentor_desktop.services.centre import CentreInput
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.feedback_types import seal_input
from mentor_desktop.services.learners import LearnerInput
from mentor_desktop.services.placements import PlacementInput
from mentor_desktop.services.sessions import SessionInput
from mentor_desktop.services.sites import SiteInput
from mentor_desktop.services.users import UserInput

CVR = "13585628"
WORDS = ["gulvmoppe", "spand", "handsker", "rengøringsmiddel", "affaldssæk"]


@dataclass
class Centre:
    coordinator: int
    tutor: int
    employer: int
    site: int
    learners: dict[str, int] = field(default_factory=dict)
    placements: dict[str, int] = field(default_factory=dict)


def png(width: int, height: int, label: str) -> bytes:
    image = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle([2, 2, width - 3, height - 3], outline=(31, 78, 121, 255), width=4)
    draw.text((12, height // 3), label, fill=(31, 78, 121, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def build_centre(services: Services, *, images: bool = True) -> Centre:
    services.centre.update(
        CentreInput(
            name="Sprogcenter Vestegnen",
            street="Stationsvej 12",
            postcode="2630",
            city="Taastrup",
            cvr=CVR,
            signatory_name="Hanne Holm",
            signatory_title="Forstander",
            certificate_prefix="SV",
            min_certificate_minutes=600,
            logo_png=png(400, 160, "LOGO") if images else None,
            signature_png=png(400, 120, "Hanne Holm") if images else None,
        ),
        expected_version=None,
    )
    coordinator = services.users.create(
        UserInput(name="Karen Koordinator", login="karen", role=Role.COORDINATOR)
    ).id
    tutor = services.users.create(UserInput(name="Mette Sørensen", login="mette")).id
    employer = services.employers.create(EmployerInput(name="Rengøring Øst ApS", cvr=CVR)).id
    site = services.sites.create(employer, SiteInput(name="Hovedlager", postcode="2630")).id
    return Centre(coordinator, tutor, employer, site)


def add_learner(
    services: Services,
    centre: Centre,
    first: str,
    last: str,
    *,
    sessions: int = 12,
    minutes: int = 60,
    signed_feedback: bool = True,
    end: date | None = date(2026, 11, 20),
) -> int:
    """A learner with a placement, ``sessions`` attended visits of ``minutes``, five words
    (three mastered), an achieved can-do goal and, if asked, a signed feedback form."""
    learner = services.learners.create(
        LearnerInput(first_name=first, last_name=last, languages=["ar"])
    ).id
    placement = services.placements.create(
        PlacementInput(
            learner_id=learner,
            site_id=centre.site,
            tutor_id=centre.tutor,
            job_title="Rengøringsassistent",
            referral_date=date(2026, 8, 20),
            start_date=date(2026, 9, 1),
            end_date=end,
            planned_hours=20,
            status=PlacementStatus.ACTIVE,
        )
    ).id
    situations = [w.id for w in services.reference.work_situations()[:3]]
    for index in range(sessions):
        services.sessions.create(
            SessionInput(
                placement_id=placement,
                session_date=date(2026, 9, 2) + timedelta(days=5 * index),
                start_time=time(9, 0),
                minutes=minutes,
                mode=SessionMode.ON_SITE if index % 4 else SessionMode.REMOTE,
                attendance=Attendance.ATTENDED,
                work_situation_ids=situations[: 1 + index % 3],
            )
        )
    _goals_and_feedback(services, learner, placement, signed_feedback=signed_feedback)
    centre.learners[first] = learner
    centre.placements[first] = placement
    return learner


def _goals_and_feedback(
    services: Services, learner: int, placement: int, *, signed_feedback: bool
) -> None:
    criteria = services.reference.feedback_criteria().id
    with services.context.write() as s:
        word_list = s.scalar(
            sa.select(m.VocabularyList.id).where(m.VocabularyList.name == "Rengøring")
        )
        if word_list is None:
            vocabulary = m.VocabularyList(name="Rengøring", sector=Sector.CLEANING)
            s.add(vocabulary)
            s.flush()
            for position, term in enumerate(WORDS):
                s.add(m.VocabularyItem(list_id=vocabulary.id, position=position, term=term))
            s.flush()
            word_list = vocabulary.id
        items = s.scalars(
            sa.select(m.VocabularyItem.id)
            .where(m.VocabularyItem.list_id == word_list)
            .order_by(m.VocabularyItem.position)
        ).all()
        for index, item in enumerate(items):
            status = VocabularyStatus.MASTERED if index < 3 else VocabularyStatus.PRACTISING
            s.add(
                m.VocabularyGoal(
                    learner_id=learner,
                    placement_id=placement,
                    item_id=item,
                    status=status,
                    status_on=date(2026, 10, 1) + timedelta(days=index),
                )
            )
        s.add(
            m.CanDoGoal(
                learner_id=learner,
                placement_id=placement,
                text="Kan melde en fejl til holdlederen",
                level=CefrLevel.A2,
                status=CanDoStatus.ACHIEVED,
                status_on=date(2026, 10, 20),
            )
        )
        s.add(
            m.CanDoGoal(
                learner_id=learner,
                placement_id=placement,
                text="Kan føre en samtale om vagtplanen",
                level=CefrLevel.B1,
                status=CanDoStatus.STARTED,
                status_on=date(2026, 10, 20),
            )
        )
        form = m.FeedbackForm(
            placement_id=placement,
            criteria_set_id=criteria,
            period_start=date(2026, 9, 1),
            period_end=date(2026, 11, 1),
            status=FeedbackStatus.SIGNED if signed_feedback else FeedbackStatus.DRAFT,
            ratings={"instructions": 3},
            comments="Forstår instruktioner godt og spørger, når hun er i tvivl.",
            signer_name="Jens Hansen",
            signer_role="værkfører",
            signed_at=datetime(2026, 11, 2, 10, 0, tzinfo=UTC) if signed_feedback else None,
            signature_method=SignatureMethod.PAPER if signed_feedback else None,
        )
        s.add(form)
        s.flush()
        if signed_feedback:
            form.content_hash = seal_digest(
                seal_input(form, s.get_one(m.FeedbackCriteriaSet, criteria))
            )
