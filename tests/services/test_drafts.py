"""Drafts of unsaved forms: one per user, kind and key, no audit event."""

from __future__ import annotations

from datetime import timedelta

from mentor_desktop.db import models as m
from tests.conftest import NOW


def test_a_draft_is_saved_replaced_loaded_and_discarded(services, snapshot):
    drafts = services.drafts
    before = snapshot()
    drafts.save("learner", "new", {"values": {"first_name": "Amal"}})
    drafts.save("learner", "new", {"values": {"first_name": "Amal", "last_name": "Haddad"}})
    after = snapshot()
    assert after["form_draft"] == 1
    assert after["audit_event"] == before["audit_event"]

    draft = drafts.load("learner", "new")
    assert draft.payload == {"values": {"first_name": "Amal", "last_name": "Haddad"}}
    assert draft.updated_at == NOW
    assert drafts.load("learner", "7") is None

    drafts.discard("learner", "new")
    assert drafts.load("learner", "new") is None
    drafts.discard("learner", "new")


def test_each_user_sees_only_their_own_drafts_newest_first(services):
    with services.context.write() as s:
        mette = m.User(name="Mette", login="mette", role="tutor")
        jonas = m.User(name="Jonas", login="jonas", role="tutor")
        s.add_all([mette, jonas])
        s.flush()
        mette_id, jonas_id = mette.id, jonas.id
    drafts = services.drafts
    services.context.user_id = mette_id
    drafts.save("learner", "new", {"n": 1})
    services.context.clock = lambda: NOW + timedelta(minutes=5)
    drafts.save("session", "12", {"n": 2})
    services.context.user_id = jonas_id
    drafts.save("learner", "new", {"n": 3})

    assert [(d.kind, d.key, d.payload) for d in drafts.list_for_user()] == [
        ("learner", "new", {"n": 3})
    ]
    services.context.user_id = mette_id
    assert [d.payload for d in drafts.list_for_user()] == [{"n": 2}, {"n": 1}]
    assert [d.payload for d in drafts.list_for_user("learner")] == [{"n": 1}]
    drafts.discard("learner", "new")
    services.context.user_id = jonas_id
    assert drafts.load("learner", "new").payload == {"n": 3}
