"""The TrueType fonts every PDF embeds, registered with reportlab once.

reportlab does no font fallback: a run of text is drawn in exactly the font it is given, so
Danish text uses DejaVu Sans, Arabic script Noto Naskh Arabic, Ethiopic script Noto Sans
Ethiopic and Thai Noto Sans Thai, and the caller picks the font per run of text.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mentor_desktop.paths import resources_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
THAI = "NotoSansThai"
THAI_BOLD = "NotoSansThai-Bold"

# family -> (regular font name, its file), (bold font name, its file)
_FAMILIES = {
    SANS: ((SANS, "DejaVuSans.ttf"), (SANS_BOLD, "DejaVuSans-Bold.ttf")),
    ARABIC: ((ARABIC, "NotoNaskhArabic-Regular.ttf"), (ARABIC_BOLD, "NotoNaskhArabic-Bold.ttf")),
    ETHIOPIC: (
        (ETHIOPIC, "NotoSansEthiopic-Regular.ttf"),
        (ETHIOPIC_BOLD, "NotoSansEthiopic-Bold.ttf"),
    ),
    THAI: ((THAI, "NotoSansThai-Regular.ttf"), (THAI_BOLD, "NotoSansThai-Bold.ttf")),
}


@cache
def register_fonts() -> tuple[str, ...]:
    """Register the shipped fonts and their bold faces as families, so that ``<b>`` works in
    Platypus paragraphs; returns the family names. Safe to call again."""
    folder = resources_dir() / "fonts"
    for family, ((regular, regular_file), (bold, bold_file)) in _FAMILIES.items():
        pdfmetrics.registerFont(TTFont(regular, str(folder / regular_file)))
        pdfmetrics.registerFont(TTFont(bold, str(folder / bold_file)))
        addMapping(family, 0, 0, regular)
        addMapping(family, 0, 1, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 1, 1, bold)
    return tuple(_FAMILIES)
