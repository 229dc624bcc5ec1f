"""The drawn signature as a PNG: transparent around the ink, and a harder press draws a
wider line."""

from __future__ import annotations

import io

from PIL import Image

from mentor_desktop.documents.signature_image import render_png


def ink(pressure: int) -> int:
    line = [[{"x": 100 + 10 * i, "y": 150, "p": pressure, "t": i} for i in range(60)]]
    image = Image.open(io.BytesIO(render_png(line)))
    assert image.size == (500, 150)
    alpha = image.getchannel("A").point(lambda value: 255 if value > 128 else 0)
    return alpha.histogram()[255]


def test_a_harder_press_draws_a_wider_line() -> None:
    assert ink(900) > 2 * ink(100) > 0


def test_no_strokes_give_an_empty_picture() -> None:
    image = Image.open(io.BytesIO(render_png([])))
    assert image.getchannel("A").getextrema() == (0, 0)
