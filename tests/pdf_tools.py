"""Reading PDFs back as a person would: their text, their fonts, their pages as pictures and
the QR codes on them."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def pdf_text(pdf: bytes) -> list[str]:
    """The text of each page, with runs of white space made single spaces."""
    return [
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def fonts(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use, and whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def render_pages(pdf: bytes, folder: Path, *, dpi: int = 150) -> list[Path]:
    """Each page as a PNG (poppler's pdftoppm), in page order."""
    source = folder / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True
    )
    return sorted(folder.glob("page-*.png"))


def qr_texts(pdf: bytes) -> list[list[str]]:
    """The text of every QR code found on each page, decoded from the rendered page."""
    with tempfile.TemporaryDirectory() as folder:
        pages = render_pages(pdf, Path(folder))
        return [
            [barcode.text for barcode in zxingcpp.read_barcodes(Image.open(page))] for page in pages
        ]
