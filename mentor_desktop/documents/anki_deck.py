"""An Anki deck (.apkg, built with genanki) of a learner's goal words: the Danish term with
its article and an example on the front, the gloss in the learner's language and script on
the back. Notes keep their identity per learner and word, so importing a newer deck updates
the cards instead of adding them twice."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import genanki

from mentor_desktop.documents.files import write_file_atomically

# Fixed ids: Anki recognises the note type and a learner's deck again on a second import.
MODEL_ID = 1_607_392_319
DECK_ID_BASE = 2_059_400_000

_CSS = """
.card { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 26px;
        text-align: center; color: #1b1b1b; background: #fff; }
.example { font-size: 17px; color: #555; margin-top: 12px; }
.gloss { font-family: "Noto Naskh Arabic", "Noto Sans Ethiopic", "DejaVu Sans", sans-serif;
         font-size: 30px; }
.safety { font-size: 14px; color: #b3261e; }
"""

MODEL = genanki.Model(
    MODEL_ID,
    "Mentor Desktop word",
    fields=[
        {"name": "Danish"},
        {"name": "Example"},
        {"name": "Gloss"},
        {"name": "Language"},
        {"name": "Direction"},
        {"name": "Safety"},
    ],
    templates=[
        {
            "name": "Danish → gloss",
            "qfmt": (
                '{{#Safety}}<div class="safety">⚠ {{Safety}}</div>{{/Safety}}'
                '<div lang="da">{{Danish}}</div>'
                '{{#Example}}<div class="example" lang="da">{{Example}}</div>{{/Example}}'
            ),
            "afmt": (
                '{{FrontSide}}<hr id="answer">'
                '<div class="gloss" lang="{{Language}}" dir="{{Direction}}">{{Gloss}}</div>'
            ),
        }
    ],
    css=_CSS,
)


@dataclass(frozen=True)
class AnkiWord:
    item_id: int
    term: str
    example: str | None
    gloss: str
    safety_critical: bool = False


@dataclass(frozen=True)
class AnkiDeck:
    learner_id: int
    name: str
    language: str
    right_to_left: bool
    safety_text: str
    words: list[AnkiWord] = field(default_factory=list)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_package(deck: AnkiDeck) -> genanki.Package:
    anki = genanki.Deck(DECK_ID_BASE + deck.learner_id, deck.name)
    for word in deck.words:
        anki.add_note(
            genanki.Note(
                model=MODEL,
                fields=[
                    _escape(word.term),
                    _escape(word.example or ""),
                    _escape(word.gloss),
                    deck.language,
                    "rtl" if deck.right_to_left else "ltr",
                    _escape(deck.safety_text) if word.safety_critical else "",
                ],
                guid=genanki.guid_for("mentor-desktop", deck.learner_id, word.item_id),
            )
        )
    return genanki.Package(anki)


def write_anki_deck(deck: AnkiDeck, target: Path) -> None:
    """Write the deck to ``target`` (.apkg) atomically. Raises ``OSError``."""
    package = build_package(deck)
    write_file_atomically(target, lambda path: package.write_to_file(str(path)))
