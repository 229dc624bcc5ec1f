"""A drawn signature's strokes as a PNG: dark ink on a transparent background, the line
wider where the pen pressed harder. Drawn with Pillow at three times the size and scaled
down, which smooths the edges; the same strokes always give the same picture."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from mentor_desktop.domain.feedback import PAD_HEIGHT, PAD_WIDTH, PRESSURE_MAX, Stroke

INK = (20, 30, 80, 255)
SCALE = 3
# Line width in pad units at no pressure and at full pressure.
MIN_WIDTH = 1.5
MAX_WIDTH = 7.0


def line_width(pressure: int) -> float:
    """The pen's width in pad units for a pressure of 0-1000."""
    share = min(max(pressure, 0), PRESSURE_MAX) / PRESSURE_MAX
    return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * share


def render_png(strokes: list[Stroke], *, width: int = PAD_WIDTH // 2) -> bytes:
    """The strokes drawn on a picture ``width`` pixels wide (the pad's proportions)."""
    height = round(width * PAD_HEIGHT / PAD_WIDTH)
    factor = width * SCALE / PAD_WIDTH
    image = Image.new("RGBA", (width * SCALE, height * SCALE), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        previous = None
        for point in stroke:
            x, y = point["x"] * factor, point["y"] * factor
            radius = line_width(point["p"]) * factor / 2
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=INK)
            if previous is not None:
                draw.line((previous[0], previous[1], x, y), fill=INK, width=round(radius * 2))
            previous = (x, y)
    small = image.resize((width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue()
