"""Vocabulary lists and items for the goal tests, written straight to the tables (the
vocabulary library's own screens and imports are built elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass

from mentor_desktop.bootstrap import Services
from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Sector, WordClass

# term, article, example, {language: gloss}
CLEANING_WORDS = (
    ("spand", "en", "Fyld spanden med lunkent vand.",
     {"ar": "دلو", "fa": "سطل", "ti": "ባልዲ", "en": "bucket"}),
    ("moppe", "en", "Vrid moppen godt, før du vasker gulvet.",
     {"ar": "ممسحة أرضيات", "fa": "زمین‌شوی", "ti": "መጽረዪ ባይታ", "en": "mop"}),
    ("handske", "en", "Tag handsker på, når du bruger rengøringsmidler.",
     {"ar": "قفاز", "fa": "دستکش", "ti": "ጓንቲ", "en": "glove"}),
    ("sikkerhedsdatablad", "et", "Læs sikkerhedsdatabladet, før du bruger et nyt middel.",
     {"ar": "صحيفة بيانات السلامة", "fa": "برگهٔ اطلاعات ایمنی", "ti": "ወረቐት ሓበሬታ ድሕንነት",
      "en": "safety data sheet"}),
)  # fmt: skip
KITCHEN_WORDS = (
    ("kniv", "en", "Læg kniven med bladet væk fra dig.", {"ar": "سكين", "ti": "ካራ", "en": "knife"}),
    ("skærebræt", "et", "Brug det røde skærebræt til råt kød.",
     {"ar": "لوح التقطيع", "ti": "መቑረጺ ሰሌዳ", "en": "chopping board"}),
    ("køleskab", "et", "Sæt mælken i køleskabet.", {"ar": "ثلاجة", "ti": "ፍሪጅ", "en": "fridge"}),
)  # fmt: skip


@dataclass(frozen=True)
class Vocabulary:
    cleaning_id: int
    kitchen_id: int
    cleaning_items: list[int]
    kitchen_items: list[int]


def _add_list(s, name: str, sector: Sector, words) -> tuple[int, list[int]]:
    vocabulary_list = m.VocabularyList(name=name, sector=sector)
    s.add(vocabulary_list)
    s.flush()
    ids = []
    for position, (term, article, example, glosses) in enumerate(words):
        item = m.VocabularyItem(
            list_id=vocabulary_list.id,
            position=position,
            term=term,
            word_class=WordClass.NOUN,
            article=article,
            example=example,
            safety_critical=term in ("handske", "kniv"),
        )
        item.glosses = [m.Gloss(language=code, text=text) for code, text in glosses.items()]
        s.add(item)
        s.flush()
        ids.append(item.id)
    return vocabulary_list.id, ids


def add_vocabulary(services: Services) -> Vocabulary:
    """Two lists: Rengøring (4 words) and Køkken (3 words), glossed in Arabic, Persian
    (cleaning only), Tigrinya and English."""
    with services.context.write() as s:
        cleaning_id, cleaning_items = _add_list(s, "Rengøring", Sector.CLEANING, CLEANING_WORDS)
        kitchen_id, kitchen_items = _add_list(s, "Køkken", Sector.KITCHEN, KITCHEN_WORDS)
    return Vocabulary(cleaning_id, kitchen_id, cleaning_items, kitchen_items)
