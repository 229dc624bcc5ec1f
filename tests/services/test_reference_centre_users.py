from __future__ import annotations

import pytest
import sqlalchemy as sa

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, Role
from mentor_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from mentor_desktop.services.centre import CentreInput
from mentor_desktop.services.reference import FEEDBACK_CRITERIA, WORK_SITUATIONS
from mentor_desktop.services.users import UserInput
from tests.certificate_data import png

PNG = png(40, 20, "L")


def refused(call, field: str) -> ErrorCode:
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    return error.code


# Reference data


def test_a_new_database_has_the_catalogue_and_criteria(services):
    situations = services.reference.work_situations()
    assert [w.code for w in situations] == [code for code, _, _ in WORK_SITUATIONS]
    by_code = {w.code: w for w in situations}
    assert by_code["safety_briefing"].name("da") == "Sikkerhedsinstruktion"
    assert by_code["shift_handover"].name("en") == "Shift handover"
    assert {"calling_in_sick", "customer_contact", "phone_messages"} <= set(by_code)
    criteria = services.reference.feedback_criteria(1)
    assert criteria.number == 1 and criteria.active
    assert [c.key for c in criteria.criteria] == [c["key"] for c in FEEDBACK_CRITERIA]
    assert criteria.criteria[0].label("da") == "Forstår instruktioner"
    assert services.reference.feedback_criteria() == criteria
    with pytest.raises(NotFoundError):
        services.reference.feedback_criteria(2)


def test_seeding_is_idempotent_and_fills_gaps(services, snapshot):
    before = snapshot()
    assert services.reference.ensure_reference_data() is False
    assert snapshot() == before
    with services.context.write() as s:
        s.execute(sa.delete(m.WorkSituation).where(m.WorkSituation.code == "phone_messages"))
        s.execute(sa.delete(m.FeedbackCriteriaSet))
        # A name the centre changed stays as it is.
        s.execute(
            sa.update(m.WorkSituation)
            .where(m.WorkSituation.code == "shift_handover")
            .values(name_da="Overlevering")
        )
    assert services.reference.ensure_reference_data() is True
    after = snapshot()
    assert after["work_situation"] == before["work_situation"]
    assert after["feedback_criteria_set"] == 1
    names = {w.code: w.name_da for w in services.reference.work_situations()}
    assert names["shift_handover"] == "Overlevering"
    assert services.reference.ensure_reference_data() is False


def test_retired_situations_are_left_out_unless_asked(services):
    with services.context.write() as s:
        s.execute(
            sa.update(m.WorkSituation)
            .where(m.WorkSituation.code == "staff_meetings")
            .values(active=False)
        )
    assert "staff_meetings" not in {w.code for w in services.reference.work_situations()}
    everything = services.reference.work_situations(include_inactive=True)
    assert len(everything) == len(WORK_SITUATIONS)


# Centre


def test_centre_is_set_up_once_then_updated(services, audit):
    assert services.centre.exists() is False
    with pytest.raises(NotFoundError):
        services.centre.get()
    created = services.centre.update(
        CentreInput(
            name="Sprogcenter Vestegnen",
            cvr="25 06 37 83",
            postcode="2630",
            city="Taastrup",
            signatory_name="Birgitte Holm",
            signatory_title="Forstander",
            certificate_prefix="svs",
            logo_png=PNG,
        ),
        expected_version=None,
    )
    assert services.centre.exists() is True
    assert created.data.cvr == "25063783" and created.data.certificate_prefix == "SVS"
    assert services.centre.get() == created
    with pytest.raises(ConflictError):
        services.centre.update(CentreInput(name="Andet"), expected_version=None)
    data = created.data
    data.min_certificate_minutes = 900
    updated = services.centre.update(data, expected_version=created.version)
    assert updated.version == created.version + 1
    with pytest.raises(ConflictError):
        services.centre.update(data, expected_version=created.version)
    events = audit("centre")
    assert [e.action for e in events] == [AuditAction.CREATE, AuditAction.UPDATE]
    assert events[1].fields == ["min_certificate_minutes"]
    assert "Birgitte" not in repr([e.fields for e in events])


def test_centre_cannot_be_updated_before_it_exists(services, snapshot):
    before = snapshot()
    with pytest.raises(ConflictError):
        services.centre.update(CentreInput(name="Sprogcenter"), expected_version=1)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "", ErrorCode.REQUIRED),
        ("cvr", "25063784", ErrorCode.INVALID_CVR),
        ("cvr", "٢٥٠٦٣٧٨٣", ErrorCode.NOT_ASCII_DIGITS),
        ("postcode", "26300", ErrorCode.INVALID_POSTCODE),
        ("email", "info@", ErrorCode.INVALID_EMAIL),
        ("certificate_prefix", "MD 1", ErrorCode.INVALID_FORMAT),
        ("certificate_prefix", "ÆØ", ErrorCode.INVALID_FORMAT),
        ("certificate_prefix", "", ErrorCode.REQUIRED),
        ("min_certificate_minutes", 0, ErrorCode.MUST_BE_POSITIVE),
        ("logo_png", b"GIF89a....", ErrorCode.INVALID_PICTURE),
        ("logo_png", PNG[:40], ErrorCode.INVALID_PICTURE),
        ("signature_png", PNG + b"\0" * 2_000_000, ErrorCode.TOO_LARGE),
    ],
)
def test_centre_rules(services, snapshot, field, value, code):
    before = snapshot()
    data = CentreInput(name="Sprogcenter")
    setattr(data, field, value)
    assert refused(lambda: services.centre.update(data, expected_version=None), field) is code
    assert snapshot() == before


# Users


def test_users_with_roles(services, audit):
    admin = services.users.create(UserInput(name="Lise Admin", login="Lise", role=Role.ADMIN))
    assert admin.login == "lise" and admin.active and admin.role is Role.ADMIN
    tutor = services.users.create(UserInput(name="Ali Tutor", login="ali.t", role=Role.TUTOR))
    services.users.create(UserInput(name="Carl Koordinator", login="carl", role=Role.COORDINATOR))
    assert [u.name for u in services.users.list().rows] == [
        "Ali Tutor",
        "Carl Koordinator",
        "Lise Admin",
    ]
    assert [u.id for u in services.users.list(role=Role.TUTOR).rows] == [tutor.id]
    assert services.users.find_by_login(" LISE ") == admin
    assert services.users.get(tutor.id) == tutor
    off = services.users.deactivate(tutor.id, expected_version=tutor.version)
    assert not off.active
    assert tutor.id not in {u.id for u in services.users.list().rows}
    assert services.users.list(include_inactive=True).total == 3
    on = services.users.activate(tutor.id, expected_version=off.version)
    assert on.active
    with pytest.raises(ConflictError):
        services.users.deactivate(tutor.id, expected_version=off.version)
    assert [e.fields for e in audit("user") if e.entity_id == tutor.id][1:] == [
        ["active"],
        ["active"],
    ]
    assert "Ali" not in repr([e.fields for e in audit()])


def test_login_is_unique_in_any_case(services, snapshot):
    services.users.create(UserInput(name="Mette", login="mette"))
    before = snapshot()
    code = refused(lambda: services.users.create(UserInput(name="M2", login="METTE")), "login")
    assert code is ErrorCode.DUPLICATE
    assert snapshot() == before
    other = services.users.create(UserInput(name="Mads", login="mads"))
    code = refused(
        lambda: services.users.update(
            other.id, UserInput(name="Mads", login="Mette"), expected_version=other.version
        ),
        "login",
    )
    assert code is ErrorCode.DUPLICATE


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "", ErrorCode.REQUIRED),
        ("login", "", ErrorCode.REQUIRED),
        ("login", "a", ErrorCode.INVALID_FORMAT),
        ("login", "anne marie", ErrorCode.INVALID_FORMAT),
        ("login", "søren", ErrorCode.INVALID_FORMAT),
        ("login", "١٢٣", ErrorCode.INVALID_FORMAT),
        ("role", "owner", ErrorCode.INVALID_CHOICE),
        ("email", "x@y", ErrorCode.INVALID_EMAIL),
    ],
)
def test_user_rules(services, snapshot, field, value, code):
    before = snapshot()
    data = UserInput(name="Anne", login="anne")
    setattr(data, field, value)
    assert refused(lambda: services.users.create(data), field) is code
    assert snapshot() == before


def test_the_last_administrator_stays(services):
    admin = services.users.create(UserInput(name="Lise", login="lise", role=Role.ADMIN))
    code = refused(
        lambda: services.users.deactivate(admin.id, expected_version=admin.version), "active"
    )
    assert code is ErrorCode.LAST_ADMIN
    demoted = UserInput(name="Lise", login="lise", role=Role.TUTOR)
    code = refused(
        lambda: services.users.update(admin.id, demoted, expected_version=admin.version), "role"
    )
    assert code is ErrorCode.LAST_ADMIN
    assert services.users.get(admin.id).role is Role.ADMIN
    services.users.create(UserInput(name="Per", login="per", role=Role.ADMIN))
    assert not services.users.deactivate(admin.id, expected_version=admin.version).active
