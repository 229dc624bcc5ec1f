"""Certificates: what the PDF says and carries, the register, checks and overrides,
reissue, revoke and verification."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.db.engine import make_engine, parse_url
from mentor_desktop.db.migrate import downgrade, upgrade
from mentor_desktop.domain.certificates import (
    AlreadyRevokedError,
    CheckKind,
    ChecksFailedError,
    OverrideNotAllowedError,
    Verdict,
)
from mentor_desktop.domain.enums import AuditAction, CertificateLanguage
from mentor_desktop.domain.errors import ValidationError
from mentor_desktop.services.certificates import IssueRequest
from tests.certificate_data import Centre, add_learner, build_centre
from tests.pdf_tools import fonts, pdf_text, qr_texts


@pytest.fixture
def centre(services: Services) -> Centre:
    result = build_centre(services)
    add_learner(services, result, "Amal", "Haddad")
    return result


def test_a_certificate_prints_the_records_and_carries_its_code(
    services: Services, centre: Centre
) -> None:
    issued = services.certificates.issue(IssueRequest(centre.learners["Amal"]))

    row = issued.certificate
    assert row.number == "SV-2026-0001"
    assert (row.sessions, row.minutes, row.words_mastered, row.goals_achieved) == (12, 720, 3, 1)
    [page] = pdf_text(issued.pdf)
    for expected in (
        "Kursusbevis",
        "Amal Haddad",
        "Rengøring Øst ApS (CVR 13585628), Hovedlager",
        "Rengøringsassistent",
        "02.09.2026 – 27.10.2026",
        "12 besøg, heraf 9 på arbejdspladsen",
        "12 timer = 16 lektioner à 45 minutter",
        "Mette Sørensen",
        "Rengøring: 3 ord mestret",
        "gulvmoppe, spand, handsker",
        "Kan melde en fejl til holdlederen (niveau A2)",
        "ca. A2 (CEFR) i arbejdsrelateret kommunikation – en vejledende vurdering",
        "1 underskrevet udtalelse, den 02.11.2026 af Jens Hansen (værkfører)",
        "Forstår instruktioner godt",
        "Hanne Holm",
        "Udstedt i Taastrup den 27. november 2026",
        "Bevis nr. SV-2026-0001",
        f"Kontrolkode {row.verification_code}",
        "Beviset er ikke en officiel danskprøve eller modultest.",
    ):
        assert expected in page
    # A goal only started is not printed as reached.
    assert "vagtplanen" not in page
    assert fonts(issued.pdf) and all(fonts(issued.pdf).values())
    assert qr_texts(issued.pdf) == [[f"MENTOR-CERT:SV-2026-0001:{row.verification_code}"]]
    assert row.pdf_sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert services.certificates.pdf(row.id) == issued.pdf


def test_english_and_both_languages_whatever_the_program_speaks(
    services: Services, centre: Centre
) -> None:
    english = services.certificates.issue(
        IssueRequest(centre.learners["Amal"], language=CertificateLanguage.ENGLISH)
    )
    [page] = pdf_text(english.pdf)
    assert "Certificate of progress" in page
    assert "12 hours = 16 lessons of 45 minutes" in page
    assert "Can report a fault to the shift leader" not in page  # no catalogue translation
    assert "This certificate is not an official Danish language test" in page
    assert "Certificate no. SV-2026-0001" in page

    both = services.certificates.issue(
        IssueRequest(centre.learners["Amal"], language=CertificateLanguage.BOTH)
    )
    danish, english_page = pdf_text(both.pdf)
    assert "Kursusbevis" in danish and "Bevis nr. SV-2026-0002" in danish
    assert "Certificate of progress" in english_page
    assert "Certificate no. SV-2026-0002" in english_page
    payload = f"MENTOR-CERT:SV-2026-0002:{both.certificate.verification_code}"
    assert qr_texts(both.pdf) == [[payload], [payload]]


def test_the_register_and_the_audit_trail_keep_each_issue(
    services: Services, centre: Centre, audit
) -> None:
    first = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    second = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate

    assert second.number == "SV-2026-0002"
    page = services.certificates.list()
    assert [r.number for r in page.rows] == ["SV-2026-0002", "SV-2026-0001"]
    assert services.certificates.list(query="0001").rows == [first]
    assert services.certificates.list(query="haddad").total == 2
    events = audit("certificate")
    assert [(e.action, e.entity_id) for e in events] == [
        (AuditAction.ISSUE, first.id),
        (AuditAction.ISSUE, second.id),
    ]
    with services.context.read() as s:
        linked = s.scalars(
            sa.select(m.certificate_placement.c.placement_id).where(
                m.certificate_placement.c.certificate_id == first.id
            )
        ).all()
        content = s.get(m.Certificate, first.id).content
    assert linked == [centre.placements["Amal"]]
    assert content["learner_name"] == "Amal Haddad"


def test_checks_name_what_is_missing_and_refuse_without_an_override(
    services: Services, centre: Centre, snapshot
) -> None:
    learner = add_learner(services, centre, "Bilal", "Rahimi", sessions=3, signed_feedback=False)
    checklist = services.certificates.check(learner)
    assert checklist.name == "Bilal Rahimi"
    assert checklist.failed == [CheckKind.MIN_HOURS, CheckKind.SIGNED_FEEDBACK]
    assert checklist.result(CheckKind.MIN_HOURS).params == {"minutes": 180, "required": 600}
    before = snapshot()

    with pytest.raises(ChecksFailedError) as refused:
        services.certificates.issue(
            IssueRequest(learner, overrides={CheckKind.MIN_HOURS: "Short scheme"})
        )
    assert refused.value.failed == [CheckKind.SIGNED_FEEDBACK]
    with pytest.raises(ValidationError):
        services.certificates.issue(
            IssueRequest(
                learner,
                overrides={CheckKind.MIN_HOURS: "Short scheme", CheckKind.SIGNED_FEEDBACK: "  "},
            )
        )
    assert snapshot() == before

    issued = services.certificates.issue(
        IssueRequest(
            learner,
            overrides={
                CheckKind.MIN_HOURS: "Ordningen var på 3 besøg",
                CheckKind.SIGNED_FEEDBACK: "Arbejdsgiveren gav mundtlig udtalelse",
            },
        )
    ).certificate
    # The refused attempts used no number.
    assert issued.number == "SV-2026-0001"
    assert issued.overrides == [
        {"check": "min_hours", "reason": "Ordningen var på 3 besøg"},
        {"check": "signed_feedback", "reason": "Arbejdsgiveren gav mundtlig udtalelse"},
    ]
    [page] = pdf_text(services.certificates.pdf(issued.id))
    assert "ingen registreret" in page


def test_an_unsaved_session_form_fails_the_check(services: Services, centre: Centre) -> None:
    placement = centre.placements["Amal"]
    services.drafts.save("session", f"new-{placement}", {"values": {"placement_id": placement}})
    checklist = services.certificates.check(centre.learners["Amal"])
    assert checklist.failed == [CheckKind.NO_DRAFTS]
    assert checklist.result(CheckKind.NO_DRAFTS).params == {"drafts": 1, "unrecorded": 0}


def test_only_a_coordinator_overrides_a_check(services: Services, centre: Centre) -> None:
    learner = add_learner(services, centre, "Bilal", "Rahimi", signed_feedback=False)
    services.context.user_id = centre.tutor
    with pytest.raises(OverrideNotAllowedError):
        services.certificates.issue(
            IssueRequest(learner, overrides={CheckKind.SIGNED_FEEDBACK: "Told by phone"})
        )
    services.context.user_id = centre.coordinator
    issued = services.certificates.issue(
        IssueRequest(learner, overrides={CheckKind.SIGNED_FEEDBACK: "Told by phone"})
    )
    assert issued.certificate.issued_by == "Karen Koordinator"


def test_reissue_gives_a_new_number_linked_to_the_old_which_is_revoked(
    services: Services, centre: Centre, audit
) -> None:
    old = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    with pytest.raises(ValidationError):
        services.certificates.reissue(old.id, reason=" ")

    new = services.certificates.reissue(old.id, reason="Navnet var stavet forkert").certificate

    assert new.number == "SV-2026-0002" and new.replaces_number == old.number
    assert new.verification_code != old.verification_code
    [page] = pdf_text(services.certificates.pdf(new.id))
    assert "Erstatter bevis nr. SV-2026-0001" in page
    old_now = services.certificates.verify(old.verification_code)
    assert old_now.verdict == Verdict.REVOKED
    assert old_now.certificate.revoked_reason == "Navnet var stavet forkert"
    assert old_now.certificate.replaced_by_number == "SV-2026-0002"
    assert services.certificates.verify(new.verification_code).verdict == Verdict.GENUINE
    with pytest.raises(AlreadyRevokedError):
        services.certificates.reissue(old.id, reason="again")
    assert [e.action for e in audit("certificate")] == [
        AuditAction.ISSUE,
        AuditAction.ISSUE,
        AuditAction.REVOKE,
    ]


def test_revoke_keeps_the_reason_and_verification_says_so(
    services: Services, centre: Centre
) -> None:
    row = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    revoked = services.certificates.revoke(row.id, reason="Udstedt ved en fejl")
    assert revoked.revoked and revoked.revoked_reason == "Udstedt ved en fejl"
    with pytest.raises(AlreadyRevokedError):
        services.certificates.revoke(row.id, reason="twice")
    assert services.certificates.verify(row.verification_code).verdict == Verdict.REVOKED


def test_verify_reads_the_code_as_typed_or_scanned(services: Services, centre: Centre) -> None:
    row = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    code = row.verification_code
    for typed in (
        code,
        code.replace("-", "").lower(),
        f"  {code} ",
        f"MENTOR-CERT:{row.number}:{code}",
    ):
        result = services.certificates.verify(typed)
        assert result.verdict == Verdict.GENUINE
        assert result.certificate.number == row.number
    assert services.certificates.verify("2222-2222-2222").verdict == Verdict.UNKNOWN
    assert services.certificates.verify("not a code").verdict == Verdict.UNKNOWN


def test_numbers_start_again_each_year(services: Services, centre: Centre) -> None:
    services.certificates.issue(IssueRequest(centre.learners["Amal"]))
    clock = services.context.clock
    services.context.clock = lambda: clock().replace(year=2027, month=1, day=4)
    row = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    assert row.number == "SV-2027-0001"
    assert row.period_end == date(2026, 10, 27)


def test_the_pdf_column_comes_and_goes_with_its_migration_keeping_the_register(
    services: Services, centre: Centre, database_url: str
) -> None:
    row = services.certificates.issue(IssueRequest(centre.learners["Amal"])).certificate
    services.engine.dispose()
    engine = make_engine(parse_url(database_url, Path("unused")))
    try:
        assert downgrade(engine, "0001").after == "0001"
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT number FROM certificate")).all() == [
                (row.number,)
            ]
            assert (
                connection.execute(sa.text("SELECT count(*) FROM certificate_placement")).scalar()
                == 1
            )
        upgrade(engine)
    finally:
        engine.dispose()
    assert services.certificates.get(row.id).pdf_sha256 == row.pdf_sha256


def test_feedback_changed_behind_the_programs_back_is_neither_quoted_nor_counted(
    services: Services, centre: Centre
) -> None:
    assert services.certificates.check(centre.learners["Amal"]).failed == []
    with services.engine.begin() as connection:
        connection.execute(sa.update(m.FeedbackForm).values(comments="Kan slet ikke dansk."))

    checklist = services.certificates.check(centre.learners["Amal"])
    assert checklist.failed == [CheckKind.SIGNED_FEEDBACK]
    issued = services.certificates.issue(
        IssueRequest(
            centre.learners["Amal"],
            overrides={CheckKind.SIGNED_FEEDBACK: "Udtalelsen gives på papir"},
        )
    )
    text = "\n".join(pdf_text(issued.pdf))
    assert "Kan slet ikke dansk" not in text
    assert "Jens Hansen" not in text
