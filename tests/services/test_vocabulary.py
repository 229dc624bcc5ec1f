from __future__ import annotations

import io

import pytest
from PIL import Image

from mentor_desktop.domain.enums import AuditAction, Sector, WordClass
from mentor_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError, ValidationError
from mentor_desktop.domain.vocabulary import MAX_PICTURE_BYTES
from mentor_desktop.services.employers import EmployerInput
from mentor_desktop.services.vocabulary import VocabularyItemInput, VocabularyListInput


def refused(call, field: str) -> ErrorCode:
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    return error.code


def picture(kind: str, size: tuple[int, int] = (8, 8)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, kind)
    return out.getvalue()


MOPPE = VocabularyItemInput(
    term=" moppe ",
    word_class=WordClass.NOUN,
    article="en",
    example="Vrid moppen godt.",
    glosses={"ar": "ممسحة", "ti": "መጽረዪ ባይታ", "en": "mop", "pl": "  "},
    safety_critical=False,
)


@pytest.fixture
def cleaning(services) -> int:
    return services.vocabulary.create_list(
        VocabularyListInput(name="Rengøring", sector=Sector.CLEANING)
    ).id


def test_list_and_items_with_glosses_read_back(services, cleaning, audit):
    item = services.vocabulary.create_item(cleaning, MOPPE)
    assert item.data.term == "moppe"
    assert item.data.glosses == {"ar": "ممسحة", "en": "mop", "ti": "መጽረዪ ባይታ"}
    services.vocabulary.create_item(
        cleaning,
        VocabularyItemInput(term="glat gulv", word_class=WordClass.PHRASE, safety_critical=True),
    )
    [row] = services.vocabulary.lists()
    assert (row.name, row.sector, row.item_count) == ("Rengøring", Sector.CLEANING, 2)
    items = services.vocabulary.items(cleaning)
    assert [i.term for i in items] == ["moppe", "glat gulv"]
    assert items[0].glosses["ti"] == "መጽረዪ ባይታ"
    assert items[1].safety_critical and not items[1].has_picture
    assert services.vocabulary.get_list(cleaning).languages == ["ar", "en", "ti"]
    assert [(e.action, e.entity) for e in audit()] == [
        (AuditAction.CREATE, "vocabulary_list"),
        (AuditAction.CREATE, "vocabulary_item"),
        (AuditAction.CREATE, "vocabulary_item"),
    ]


@pytest.mark.parametrize(
    ("field", "change", "code"),
    [
        ("term", {"term": "  "}, ErrorCode.REQUIRED),
        ("term", {"term": "x" * 201}, ErrorCode.TOO_LONG),
        ("article", {"article": "den"}, ErrorCode.INVALID_CHOICE),
        ("word_class", {"word_class": "gerund"}, ErrorCode.INVALID_CHOICE),
        ("glosses", {"glosses": {"xx": "noget"}}, ErrorCode.UNKNOWN_LANGUAGE),
        ("gloss_ar", {"glosses": {"ar": "ب" * 501}}, ErrorCode.TOO_LONG),
        ("picture", {"picture": b"GIF89a not a png"}, ErrorCode.INVALID_PICTURE),
        ("picture", {"picture": picture("PNG")[:40]}, ErrorCode.INVALID_PICTURE),
        ("picture", {"picture": b"\x89PNG" + b"0" * MAX_PICTURE_BYTES}, ErrorCode.TOO_LARGE),
    ],
)
def test_each_item_rule_names_its_field_and_saves_nothing(
    services, cleaning, snapshot, field, change, code
):
    before = snapshot()
    data = VocabularyItemInput(term="spand")
    for name, value in change.items():
        setattr(data, name, value)
    assert refused(lambda: services.vocabulary.create_item(cleaning, data), field) is code
    assert snapshot() == before


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_png_and_jpeg_pictures_are_kept(services, cleaning, kind):
    data = picture(kind)
    item = services.vocabulary.create_item(
        cleaning, VocabularyItemInput(term="spand", picture=data)
    )
    assert services.vocabulary.picture(item.id) == data
    assert services.vocabulary.items(cleaning)[0].has_picture


def test_the_same_word_is_refused_once_and_allowed_in_another_class(services, cleaning, snapshot):
    services.vocabulary.create_item(cleaning, MOPPE)
    before = snapshot()
    again = VocabularyItemInput(term="MOPPE", word_class=WordClass.NOUN)
    code = refused(lambda: services.vocabulary.create_item(cleaning, again), "term")
    assert code is ErrorCode.DUPLICATE
    assert snapshot() == before
    verb = services.vocabulary.create_item(
        cleaning, VocabularyItemInput(term="moppe", word_class=WordClass.VERB)
    )
    assert verb.data.word_class is WordClass.VERB


def test_gloss_change_alone_bumps_the_version_and_stale_edit_conflicts(services, cleaning, audit):
    item = services.vocabulary.create_item(cleaning, MOPPE)
    data = item.data
    data.glosses = {**data.glosses, "ar": "ممسحة أرضيات", "so": "masaxad"}
    updated = services.vocabulary.update_item(item.id, data, expected_version=item.version)
    assert updated.version == item.version + 1
    assert updated.data.glosses["so"] == "masaxad"
    assert audit("vocabulary_item")[-1].fields == ["glosses"]
    with pytest.raises(ConflictError):
        services.vocabulary.update_item(item.id, data, expected_version=item.version)


def test_archive_hides_an_item_and_restore_refuses_a_new_twin(services, cleaning):
    item = services.vocabulary.create_item(cleaning, MOPPE)
    archived = services.vocabulary.archive_item(item.id, expected_version=item.version)
    assert services.vocabulary.items(cleaning) == []
    assert services.vocabulary.lists()[0].item_count == 0
    services.vocabulary.create_item(cleaning, MOPPE)
    code = refused(
        lambda: services.vocabulary.restore_item(item.id, expected_version=archived.version),
        "term",
    )
    assert code is ErrorCode.DUPLICATE


def test_list_names_are_unique_among_lists_in_use(services, cleaning):
    code = refused(
        lambda: services.vocabulary.create_list(VocabularyListInput(name=" rengøring ")), "name"
    )
    assert code is ErrorCode.DUPLICATE
    detail = services.vocabulary.get_list(cleaning)
    services.vocabulary.archive_list(cleaning, expected_version=detail.version)
    assert services.vocabulary.lists() == []
    assert [r.archived for r in services.vocabulary.lists(include_archived=True)] == [True]
    services.vocabulary.create_list(VocabularyListInput(name="Rengøring"))
    with pytest.raises(ValidationError):
        services.vocabulary.restore_list(cleaning, expected_version=detail.version + 1)


def test_copy_for_an_employer_keeps_words_glosses_and_pictures_apart(services, cleaning):
    png = picture("PNG")
    first = services.vocabulary.create_item(cleaning, MOPPE)
    services.vocabulary.create_item(
        cleaning, VocabularyItemInput(term="spand", glosses={"ar": "دلو"}, picture=png)
    )
    gone = services.vocabulary.create_item(cleaning, VocabularyItemInput(term="klud"))
    services.vocabulary.archive_item(gone.id, expected_version=gone.version)
    employer = services.employers.create(EmployerInput(name="Hotel Nord")).id
    copy = services.vocabulary.copy_list(
        cleaning,
        VocabularyListInput(
            name="Rengøring – Hotel Nord", sector=Sector.CLEANING, employer_id=employer
        ),
    )
    assert copy.copied_from_id == cleaning and copy.employer_name == "Hotel Nord"
    copied = services.vocabulary.items(copy.id)
    assert [(i.term, i.glosses) for i in copied] == [
        ("moppe", {"ar": "ممسحة", "en": "mop", "ti": "መጽረዪ ባይታ"}),
        ("spand", {"ar": "دلو"}),
    ]
    assert services.vocabulary.picture(copied[1].id) == png
    # Adapting the copy leaves the original as it was.
    data = services.vocabulary.get_item(copied[0].id).data
    data.example = "Hotellets mopper hænger i kælderen."
    services.vocabulary.update_item(copied[0].id, data, expected_version=copied[0].version)
    assert services.vocabulary.get_item(first.id).data.example == "Vrid moppen godt."
    assert [r.employer_name for r in services.vocabulary.lists(employer_id=employer)] == [
        "Hotel Nord"
    ]


def test_unknown_records_are_not_found(services, cleaning):
    with pytest.raises(NotFoundError):
        services.vocabulary.create_item(cleaning + 99, MOPPE)
    with pytest.raises(NotFoundError):
        services.vocabulary.get_item(12345)
    code = refused(
        lambda: services.vocabulary.create_list(
            VocabularyListInput(name="Køkken", employer_id=999)
        ),
        "employer_id",
    )
    assert code is ErrorCode.NOT_FOUND


def test_items_by_id_serves_goal_words_from_several_lists(services, cleaning):
    kitchen = services.vocabulary.create_list(VocabularyListInput(name="Køkken")).id
    knife = services.vocabulary.create_item(
        kitchen, VocabularyItemInput(term="kniv", glosses={"so": "mindi"})
    )
    mop = services.vocabulary.create_item(cleaning, MOPPE)
    rows = services.vocabulary.items_by_id([knife.id, mop.id, knife.id])
    assert [r.term for r in rows] == ["moppe", "kniv"]
    assert rows[1].glosses == {"so": "mindi"}
