from __future__ import annotations

import pytest

from mentor_desktop.domain.enums import AuditAction, Sector
from mentor_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from mentor_desktop.services.employers import EmployerInput, EmployerSort

CVR_A, CVR_B, CVR_C = "13585628", "10403782", "25063783"


def refused(call, field: str) -> ErrorCode:
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    return error.code


def test_create_get_and_search_text(services):
    created = services.employers.create(
        EmployerInput(name="  Køkkenet på Havnen ", cvr="13 58 56 28", sector=Sector.KITCHEN)
    )
    assert created.data.name == "Køkkenet på Havnen"
    assert created.data.cvr == CVR_A
    assert created.version == 1
    again = services.employers.get(created.id)
    assert again.data == created.data
    assert again.sites == [] and again.open_placements == 0


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", "   ", ErrorCode.REQUIRED),
        ("name", "x" * 201, ErrorCode.TOO_LONG),
        ("cvr", "13585629", ErrorCode.INVALID_CVR),
        ("cvr", "1234567", ErrorCode.INVALID_CVR),
        ("cvr", "١٣٥٨٥٦٢٨", ErrorCode.NOT_ASCII_DIGITS),
        ("cvr", "12a45678", ErrorCode.NOT_ASCII_DIGITS),
        ("postcode", "263", ErrorCode.INVALID_POSTCODE),
        ("postcode", "٢٦٣٠", ErrorCode.NOT_ASCII_DIGITS),
        ("phone", "call me", ErrorCode.INVALID_PHONE),
        ("email", "no-at-sign", ErrorCode.INVALID_EMAIL),
        ("sector", "fishing", ErrorCode.INVALID_CHOICE),
    ],
)
def test_each_rule_names_its_field_and_saves_nothing(services, snapshot, field, value, code):
    before = snapshot()
    data = EmployerInput(name="Lager A/S")
    setattr(data, field, value)
    assert refused(lambda: services.employers.create(data), field) is code
    assert snapshot() == before


def test_cvr_is_unique_among_employers_in_use(services, snapshot):
    first = services.employers.create(EmployerInput(name="Byg & Co", cvr=CVR_B))
    before = snapshot()
    code = refused(lambda: services.employers.create(EmployerInput(name="Byg 2", cvr=CVR_B)), "cvr")
    assert code is ErrorCode.DUPLICATE
    assert snapshot() == before
    other = services.employers.create(EmployerInput(name="Andet firma", cvr=CVR_C))
    code = refused(
        lambda: services.employers.update(
            other.id, EmployerInput(name="Andet firma", cvr=CVR_B), expected_version=1
        ),
        "cvr",
    )
    assert code is ErrorCode.DUPLICATE
    # Once the first is archived its number may be used again, and then it cannot come back.
    archived = services.employers.archive(first.id, expected_version=first.version)
    services.employers.create(EmployerInput(name="Byg & Co (ny)", cvr=CVR_B))
    code = refused(
        lambda: services.employers.restore(first.id, expected_version=archived.version), "cvr"
    )
    assert code is ErrorCode.DUPLICATE
    assert services.employers.get(first.id).archived_at is not None


def test_update_writes_changed_field_names_only(services, audit):
    created = services.employers.create(EmployerInput(name="Plejecenter Solhøj", cvr=CVR_A))
    data = created.data
    data.city = "Taastrup"
    data.phone = "+45 43 50 00 00"
    updated = services.employers.update(created.id, data, expected_version=created.version)
    assert updated.version == created.version + 1
    events = audit("employer")
    assert [(e.action, e.entity_id) for e in events] == [
        (AuditAction.CREATE, created.id),
        (AuditAction.UPDATE, created.id),
    ]
    assert events[1].fields == ["city", "phone"]
    text = repr([(e.fields, e.entity) for e in events])
    assert "Solhøj" not in text and "Taastrup" not in text and CVR_A not in text
    # An unchanged save writes nothing.
    same = services.employers.update(created.id, data, expected_version=updated.version)
    assert same.version == updated.version
    assert len(audit("employer")) == 2


def test_stale_update_is_a_conflict_and_changes_nothing(services):
    created = services.employers.create(EmployerInput(name="Lager Nord"))
    services.employers.update(created.id, EmployerInput(name="Lager Nord ApS"), expected_version=1)
    with pytest.raises(ConflictError) as caught:
        services.employers.update(created.id, EmployerInput(name="Lager Syd"), expected_version=1)
    assert caught.value.actual_version == 2
    assert services.employers.get(created.id).data.name == "Lager Nord ApS"
    with pytest.raises(ConflictError):
        services.employers.archive(created.id, expected_version=1)


def test_missing_employer(services):
    with pytest.raises(NotFoundError):
        services.employers.get(999)
    with pytest.raises(NotFoundError):
        services.employers.update(999, EmployerInput(name="X"), expected_version=1)


def test_archive_hides_from_default_list_and_restore_brings_back(services, audit):
    kept = services.employers.create(EmployerInput(name="Alfa Rengøring"))
    gone = services.employers.create(EmployerInput(name="Beta Rengøring"))
    archived = services.employers.archive(gone.id, expected_version=gone.version)
    assert [r.id for r in services.employers.list().rows] == [kept.id]
    assert services.employers.list().total == 1
    everything = services.employers.list(include_archived=True)
    assert [(r.id, r.archived) for r in everything.rows] == [(kept.id, False), (gone.id, True)]
    services.employers.restore(gone.id, expected_version=archived.version)
    assert services.employers.list().total == 2
    actions = [e.action for e in audit("employer") if e.entity_id == gone.id]
    assert actions == [AuditAction.CREATE, AuditAction.ARCHIVE, AuditAction.RESTORE]


def test_pages_are_sorted_in_the_database(services):
    for i in range(23):
        services.employers.create(EmployerInput(name=f"Firma {i:02d}", city=f"By {22 - i:02d}"))
    first = services.employers.list(limit=10)
    second = services.employers.list(offset=10, limit=10)
    third = services.employers.list(offset=20, limit=10)
    names = [r.name for page in (first, second, third) for r in page.rows]
    assert names == [f"Firma {i:02d}" for i in range(23)]
    assert first.total == second.total == third.total == 23
    assert len(third.rows) == 3 and third.offset == 20
    by_city = services.employers.list(sort=EmployerSort.CITY, limit=3)
    assert [r.city for r in by_city.rows] == ["By 00", "By 01", "By 02"]
    newest = services.employers.list(sort=EmployerSort.NAME, descending=True, limit=1)
    assert newest.rows[0].name == "Firma 22"


@pytest.fixture
def searchable(services):
    names = {
        "oest": ("Rengøring Øst ApS", CVR_A),
        "aeble": ("Æblegården Plejehjem", CVR_B),
        "aa": ("Århus Byg A/S", None),
        "pct": ("100% Service", CVR_C),
        "under": ("Kantine_Syd", None),
        "quote": ('Bager "Hansen"', None),
        "apos": ("O'Brien Logistik", None),
    }
    return {
        key: services.employers.create(EmployerInput(name=name, cvr=cvr)).id
        for key, (name, cvr) in names.items()
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("øst", {"oest"}),
        ("ØST", {"oest"}),
        ("rENGØR", {"oest"}),
        ("æblegården", {"aeble"}),
        ("ÆBLE", {"aeble"}),
        ("århus", {"aa"}),
        ("ÅR", {"aa"}),
        ("Å", {"aa"}),
        ("pl", {"aeble"}),  # one or two letters match the start of a word
        ("ns", set()),
        ("  plejehjem  ", {"aeble"}),
        ("1358", {"oest"}),
        ("35856", {"oest"}),
        ("13 58 56 28", {"oest"}),
        ("1358-5628", {"oest"}),
        ("10", {"pct", "aeble"}),
        ("%", set()),  # wildcards are literal: no word starts with "%"
        ("%%", set()),
        ("0%", set()),
        ("00% s", {"pct"}),
        ("%%%", set()),
        ("_", set()),
        ("e_s", {"under"}),
        ("_sy", {"under"}),
        ('"', {"quote"}),
        ('"hansen"', {"quote"}),
        ('n"', set()),
        ('en"', {"quote"}),
        ("o'b", {"apos"}),
        ("'", set()),
        ("' or 1=1 --", set()),
        ("*", set()),
        ("ørg AND", set()),
        ("zzz", set()),
    ],
)
def test_search_by_name_or_cvr(services, searchable, query, expected):
    page = services.employers.list(query=query)
    assert {r.id for r in page.rows} == {searchable[k] for k in expected}
    assert page.total == len(expected)


def test_search_follows_renames_and_skips_archived(services):
    created = services.employers.create(EmployerInput(name="Gammelt Navn"))
    services.employers.update(created.id, EmployerInput(name="Nyt Lager"), expected_version=1)
    assert services.employers.list(query="gammel").total == 0
    assert services.employers.list(query="lager").total == 1
    services.employers.archive(created.id, expected_version=2)
    assert services.employers.list(query="lager").total == 0
    assert services.employers.list(query="lager", include_archived=True).total == 1


def test_the_database_keeps_a_cvr_number_to_one_open_employer_when_two_save_at_once(
    services, monkeypatch
):
    """The service checks first; the unique index catches a second program that saved the
    same number between that check and the commit."""
    import mentor_desktop.services.employers as employers_module

    services.employers.create(EmployerInput(name="Nordvest Fragt ApS", cvr="13585628"))
    monkeypatch.setattr(employers_module, "_check_cvr_free", lambda *args: None)
    with pytest.raises(ValidationError) as caught:
        services.employers.create(EmployerInput(name="Fragt Nord", cvr="13585628"))
    assert caught.value.for_field("cvr").code is ErrorCode.DUPLICATE
    assert [r.name for r in services.employers.list().rows] == ["Nordvest Fragt ApS"]
