from __future__ import annotations

from datetime import date

import pytest

from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from mentor_desktop.services.sites import AgreementInput, ContactInput, SiteInput


def refused(call, field: str) -> ErrorCode:
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    return error.code


def test_sites_of_an_employer(services, employer, audit):
    b = services.sites.create(employer, SiteInput(name="Butik Vest", postcode="2300"))
    a = services.sites.create(employer, SiteInput(name="Afdeling Nord", city="Ballerup"))
    assert [s.name for s in services.sites.list(employer)] == ["Afdeling Nord", "Butik Vest"]
    assert [s.name for s in services.employers.get(employer).sites] == [
        "Afdeling Nord",
        "Butik Vest",
    ]
    updated = services.sites.update(
        b.id,
        SiteInput(name="Butik Vest", postcode="2300", city="København S"),
        expected_version=b.version,
    )
    assert updated.version == 2 and updated.data.city == "København S"
    services.sites.archive(a.id, expected_version=a.version)
    assert [s.id for s in services.sites.list(employer)] == [b.id]
    assert {s.id for s in services.sites.list(employer, include_archived=True)} == {a.id, b.id}
    assert [s.id for s in services.employers.get(employer).sites] == [b.id]
    events = [(e.action, e.entity_id, e.fields) for e in audit("site")]
    assert (AuditAction.UPDATE, b.id, ["city"]) in events
    assert (AuditAction.ARCHIVE, a.id, ["archived_at"]) in events
    assert "Butik" not in repr(events)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "", ErrorCode.REQUIRED),
        ("postcode", "23000", ErrorCode.INVALID_POSTCODE),
        ("postcode", "۲۳۰۰", ErrorCode.NOT_ASCII_DIGITS),
    ],
)
def test_site_rules(services, employer, snapshot, field, value, code):
    before = snapshot()
    data = SiteInput(name="Lager")
    setattr(data, field, value)
    assert refused(lambda: services.sites.create(employer, data), field) is code
    assert snapshot() == before


def test_parts_need_an_employer_in_use(services, employer, snapshot):
    before = snapshot()
    code = refused(lambda: services.sites.create(999, SiteInput(name="X")), "employer_id")
    assert code is ErrorCode.NOT_FOUND
    detail = services.employers.get(employer)
    services.employers.archive(employer, expected_version=detail.version)
    before = snapshot()
    for call in (
        lambda: services.sites.create(employer, SiteInput(name="X")),
        lambda: services.contacts.create(employer, ContactInput(name="Y")),
        lambda: services.agreements.create(employer, AgreementInput(first_action="Z")),
    ):
        assert refused(call, "employer_id") is ErrorCode.ARCHIVED
    assert snapshot() == before


def test_contact_persons(services, employer, audit):
    contact = services.contacts.create(
        employer,
        ContactInput(name="Jens Ågård", role="Driftsleder", phone="+45 20 30 40 50"),
    )
    assert services.contacts.get(contact.id).data.role == "Driftsleder"
    assert [c.name for c in services.employers.get(employer).contacts] == ["Jens Ågård"]
    with pytest.raises(ConflictError):
        services.contacts.update(contact.id, ContactInput(name="Jens"), expected_version=2)
    services.contacts.archive(contact.id, expected_version=1)
    assert services.contacts.list(employer) == []
    assert "Ågård" not in repr([(e.entity, e.fields) for e in audit()])
    with pytest.raises(NotFoundError):
        services.contacts.get(12345)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", " ", ErrorCode.REQUIRED),
        ("email", "jens@", ErrorCode.INVALID_EMAIL),
        ("phone", "٢٠٣٠٤٠٥٠", ErrorCode.INVALID_PHONE),
    ],
)
def test_contact_rules(services, employer, snapshot, field, value, code):
    before = snapshot()
    data = ContactInput(name="Jens")
    setattr(data, field, value)
    assert refused(lambda: services.contacts.create(employer, data), field) is code
    assert snapshot() == before


def test_agreement_with_one_or_two_actions(services, employer):
    one = services.agreements.create(
        employer,
        AgreementInput(
            first_action="Sprogmakker på hvert hold",
            approved_on=date(2026, 1, 10),
            starts_on=date(2026, 2, 1),
            ends_on=date(2026, 12, 31),
        ),
    )
    assert one.data.second_action is None
    two = services.agreements.update(
        one.id,
        AgreementInput(
            first_action="Sprogmakker på hvert hold",
            second_action="Skilte på dansk og engelsk",
            approved_on=date(2026, 1, 10),
            starts_on=date(2026, 2, 1),
        ),
        expected_version=one.version,
    )
    assert two.data.second_action == "Skilte på dansk og engelsk" and two.data.ends_on is None
    assert [a.id for a in services.employers.get(employer).agreements] == [one.id]


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (AgreementInput(first_action=""), "first_action", ErrorCode.REQUIRED),
        (
            AgreementInput(first_action="A", starts_on=date(2026, 5, 1), ends_on=date(2026, 4, 30)),
            "ends_on",
            ErrorCode.DATE_ORDER,
        ),
        (
            AgreementInput(
                first_action="A", approved_on=date(2026, 3, 2), starts_on=date(2026, 3, 1)
            ),
            "starts_on",
            ErrorCode.DATE_ORDER,
        ),
        (
            AgreementInput(
                first_action="A", approved_on=date(2026, 3, 2), ends_on=date(2026, 3, 1)
            ),
            "ends_on",
            ErrorCode.DATE_ORDER,
        ),
        (
            AgreementInput(first_action="A", approved_on=date(2026, 11, 28)),
            "approved_on",
            ErrorCode.IN_FUTURE,
        ),
        (
            AgreementInput(first_action="A", second_action="x" * 4001),
            "second_action",
            ErrorCode.TOO_LONG,
        ),
    ],
)
def test_agreement_rules(services, employer, snapshot, data, field, code):
    before = snapshot()
    assert refused(lambda: services.agreements.create(employer, data), field) is code
    assert snapshot() == before


def test_parts_validate_without_the_database(services, snapshot):
    before = snapshot()
    assert services.sites.validate(SiteInput(name="  Lager 2 ")).name == "Lager 2"
    assert refused(lambda: services.contacts.validate(ContactInput(name="")), "name") is (
        ErrorCode.REQUIRED
    )
    late = AgreementInput(first_action="A", starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 1))
    assert refused(lambda: services.agreements.validate(late), "ends_on") is ErrorCode.DATE_ORDER
    assert snapshot() == before
