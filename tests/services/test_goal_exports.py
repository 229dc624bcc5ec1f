"""A learner's goal words as word cards (PDF) and as an Anki deck, opened and read back."""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest
from pypdf import PdfReader

from mentor_desktop.documents.word_cards import WordCardTexts
from mentor_desktop.domain.enums import WordClass
from mentor_desktop.domain.errors import ValidationError
from mentor_desktop.services.learners import LearnerInput
from tests.goal_data import add_vocabulary

TEXTS = WordCardTexts("Ordkort", "Sikkerhed", "(ingen oversættelse)", "Side {page}")


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the files written (the test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def dawit(services):
    """Dawit, Tigrinya speaker, with the cleaning list and one kitchen word as goals."""
    vocabulary = add_vocabulary(services)
    learner = services.learners.create(
        LearnerInput(first_name="Dawit", last_name="Tesfay", languages=["ti", "en"])
    )
    services.goals.assign_list(learner.id, vocabulary.cleaning_id)
    services.goals.assign_items(learner.id, vocabulary.kitchen_items[:1])
    return learner.id


def test_word_cards_of_a_learner_carry_every_goal_word_glossed_in_tigrinya(services, dawit, out):
    target = out / "ordkort.pdf"
    result = services.goal_exports.write_word_cards(
        dawit,
        target,
        texts=TEXTS,
        word_classes={WordClass.NOUN: "navneord"},
        language_names={"ti": "tigrinya"},
    )

    assert (result.words, result.without_gloss) == (5, 0)
    text = PdfReader(target).pages[0].extract_text()
    for expected in ("Dawit Tesfay · tigrinya", "en spand", "ባልዲ", "et sikkerhedsdatablad",
                     "ወረቐት ሓበሬታ ድሕንነት", "en kniv", "ካራ", "Læg kniven med bladet væk fra dig."):  # fmt: skip
        assert expected in text, expected


def test_the_anki_deck_holds_a_note_per_glossed_word_with_the_gloss_on_the_back(
    services, dawit, out
):
    target = out / "dawit.apkg"
    result = services.goal_exports.write_anki_deck(
        dawit, target, deck_name="Dansk på arbejdet – Dawit", safety_text="Sikkerhed"
    )

    assert result.words == 5
    with zipfile.ZipFile(target) as package:
        collection = package.read("collection.anki2")
    with sqlite3.connect(":memory:") as connection:
        connection.deserialize(collection)
        notes = [row[0].split("\x1f") for row in connection.execute("SELECT flds FROM notes")]
        decks = connection.execute("SELECT decks FROM col").fetchone()[0]
    by_term = {fields[0]: fields for fields in notes}
    assert set(by_term) == {"en spand", "en moppe", "en handske", "et sikkerhedsdatablad",
                            "en kniv"}  # fmt: skip
    assert by_term["en spand"][1:5] == ["Fyld spanden med lunkent vand.", "ባልዲ", "ti", "ltr"]
    assert by_term["en kniv"][5] == "Sikkerhed" and by_term["en moppe"][5] == ""
    assert "Dansk på arbejdet – Dawit" in [d["name"] for d in json.loads(decks).values()]
    assert [p.name for p in out.iterdir()] == ["dawit.apkg"]


def test_an_arabic_deck_is_marked_right_to_left_and_unglossed_words_are_left_out(services, out):
    vocabulary = add_vocabulary(services)
    amal = services.learners.create(
        LearnerInput(first_name="Amal", last_name="Haddad", languages=["fa"])
    )
    services.goals.assign_list(amal.id, vocabulary.kitchen_id)
    services.goals.assign_items(amal.id, vocabulary.cleaning_items[:1])

    result = services.goal_exports.write_anki_deck(
        amal.id, out / "amal.apkg", deck_name="Amal", safety_text="!"
    )

    assert (result.words, result.without_gloss) == (1, 3)
    with zipfile.ZipFile(out / "amal.apkg") as package:
        connection = sqlite3.connect(":memory:")
        connection.deserialize(package.read("collection.anki2"))
    [(fields,)] = connection.execute("SELECT flds FROM notes").fetchall()
    assert fields.split("\x1f")[2:5] == ["سطل", "fa", "rtl"]


def test_a_learner_without_goal_words_gets_no_file(services, out):
    learner = services.learners.create(LearnerInput(first_name="Olena", last_name="Koval"))
    with pytest.raises(ValidationError):
        services.goal_exports.write_anki_deck(
            learner.id, out / "x.apkg", deck_name="x", safety_text="!"
        )
    assert list(out.iterdir()) == []
