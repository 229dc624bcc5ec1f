from __future__ import annotations

import pytest

from mentor_desktop.domain.errors import ConflictError, ErrorCode, ValidationError
from mentor_desktop.services.learners import LearnerInput


def test_create_and_find_by_part_of_the_name(services):
    created = services.learners.create(
        LearnerInput(first_name="Amal", last_name="Haddad", languages=["ar", "en"])
    )
    services.learners.create(LearnerInput(first_name="Olena", last_name="Kovalenko"))
    page = services.learners.list(query="hadd")
    assert [r.full_name for r in page.rows] == ["Amal Haddad"]
    assert page.total == 1
    assert services.learners.get(created.id).data.languages == ["ar", "en"]


def test_missing_name_names_the_field(services):
    with pytest.raises(ValidationError) as caught:
        services.learners.create(LearnerInput(first_name=" ", last_name="Haddad"))
    assert caught.value.for_field("first_name").code is ErrorCode.REQUIRED


def test_stale_update_is_a_conflict(services):
    created = services.learners.create(LearnerInput(first_name="Amal", last_name="Haddad"))
    data = created.data
    data.phone = "+45 12 34 56 78"
    services.learners.update(created.id, data, expected_version=created.version)
    with pytest.raises(ConflictError):
        services.learners.update(created.id, data, expected_version=created.version)


def test_a_database_file_damaged_while_open_is_named_not_a_traceback(tmp_path, sqlite_template):
    from mentor_desktop.bootstrap import open_database
    from mentor_desktop.domain.errors import DatabaseError, DatabaseProblem
    from mentor_desktop.paths import resolve_paths

    target = tmp_path / "centre.sqlite3"
    target.write_bytes(sqlite_template.read_bytes())
    services = open_database(str(target), resolve_paths(tmp_path / "profile"))
    try:
        services.engine.dispose()
        for leftover in (tmp_path / "centre.sqlite3-wal", tmp_path / "centre.sqlite3-shm"):
            leftover.unlink(missing_ok=True)
        target.write_bytes(b"this is not a database, it is a shopping list" * 100)
        with pytest.raises(DatabaseError) as caught:
            services.learners.list(query="amal")
        assert caught.value.problem is DatabaseProblem.NOT_A_DATABASE
        assert str(target) in caught.value.target
    finally:
        services.close()


def test_a_tutors_own_caseload_comes_first(services, site, make_user):
    from datetime import date

    from mentor_desktop.domain.enums import PlacementStatus
    from mentor_desktop.services.placements import PlacementInput

    mette, jonas = make_user("mette"), make_user("jonas")
    learners = {
        name: services.learners.create(LearnerInput(first_name=name, last_name=last)).id
        for name, last in [("Amal", "Abdi"), ("Olena", "Boiko"), ("Tesfay", "Cali")]
    }

    def place(learner: str, tutor: int, status: PlacementStatus) -> None:
        services.placements.create(
            PlacementInput(
                learner_id=learners[learner],
                site_id=site,
                tutor_id=tutor,
                referral_date=date(2026, 9, 1),
                start_date=date(2026, 9, 14),
                status=status,
            )
        )

    place("Amal", jonas, PlacementStatus.ACTIVE)
    place("Olena", jonas, PlacementStatus.ACTIVE)
    place("Tesfay", mette, PlacementStatus.ACTIVE)

    def names(**kwargs) -> list[str]:
        return [r.first_name for r in services.learners.list(**kwargs).rows]

    assert names() == ["Amal", "Olena", "Tesfay"]
    assert names(first_tutor_id=mette) == ["Tesfay", "Amal", "Olena"]
    assert names(first_tutor_id=jonas, descending=True) == ["Olena", "Amal", "Tesfay"]
