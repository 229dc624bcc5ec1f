"""The centre's pictures (PNG or JPEG, decoded before they are saved) and who may change
the centre and the users: coordinators and administrators; a tutor only their own details
and PIN."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from mentor_desktop.domain.enums import AuditAction, Role
from mentor_desktop.domain.errors import NotPermittedError
from mentor_desktop.services.centre import CentreInput
from mentor_desktop.services.users import UserInput


def jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def test_a_jpeg_signature_is_kept_as_given(services):
    picture = jpeg(300, 90)
    saved = services.centre.update(
        CentreInput(name="Sprogcenter", signature_png=picture), expected_version=None
    )
    assert saved.data.signature_png == picture
    assert services.centre.get().data.signature_png == picture


@pytest.fixture
def people(services):
    coordinator = services.users.create(
        UserInput(name="Karen Koordinator", login="karen", role=Role.COORDINATOR)
    )
    tutor = services.users.create(UserInput(name="Mette Sørensen", login="mette"))
    other = services.users.create(UserInput(name="Ali Hassan", login="ali"))
    return coordinator, tutor, other


def test_a_tutor_may_change_only_their_own_details(services, people, snapshot, audit):
    coordinator, tutor, other = people
    services.centre.update(CentreInput(name="Sprogcenter"), expected_version=None)
    services.context.user_id = tutor.id
    before = snapshot()
    centre = services.centre.get()
    with pytest.raises(NotPermittedError):
        services.centre.update(CentreInput(name="Andet"), expected_version=centre.version)
    with pytest.raises(NotPermittedError):
        services.users.create(UserInput(name="Ny", login="ny"))
    with pytest.raises(NotPermittedError):
        services.users.deactivate(other.id, expected_version=other.version)
    with pytest.raises(NotPermittedError):
        services.users.update(
            other.id, UserInput(name="Ali H", login="ali"), expected_version=other.version
        )
    with pytest.raises(NotPermittedError):
        services.users.update(
            tutor.id,
            UserInput(name="Mette Sørensen", login="mette", role=Role.ADMIN),
            expected_version=tutor.version,
        )
    with pytest.raises(NotPermittedError):
        services.tutor_pin.set_pin(other.id, "1234", "1234")
    with pytest.raises(NotPermittedError):
        services.tutor_pin.clear_pin(other.id)
    assert snapshot() == before
    mine = services.users.update(
        tutor.id,
        UserInput(name="Mette Sørensen", login="mette", phone="20 30 40 50"),
        expected_version=tutor.version,
    )
    assert mine.phone == "20 30 40 50"
    services.tutor_pin.set_pin(tutor.id, "2468", "2468")
    assert services.tutor_pin.has_pin(tutor.id)


def test_a_coordinator_sets_and_clears_a_tutors_pin(services, people, audit):
    coordinator, tutor, _other = people
    services.context.user_id = coordinator.id
    services.tutor_pin.set_pin(tutor.id, "1357", "1357")
    assert services.tutor_pin.check_pin(tutor.id, "1357")
    services.tutor_pin.clear_pin(tutor.id)
    assert not services.tutor_pin.has_pin(tutor.id)
    events = [e for e in audit("user") if e.entity_id == tutor.id]
    assert [(e.action, e.fields, e.user_id) for e in events[-2:]] == [
        (AuditAction.UPDATE, ["pin_hash"], coordinator.id),
        (AuditAction.UPDATE, ["pin_hash"], coordinator.id),
    ]
    off = services.users.deactivate(tutor.id, expected_version=services.users.get(tutor.id).version)
    assert not off.active
