"""A drawn signature's strokes as a PNG: dark ink on a transparent background, the line
wider where the pen pressed harder. Drawn with Pillow at three times the size and scaled
down, which smooths the edges; the same strokes always give the same picture."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from mentor_desktop.domain.feedback import PAD_HEIGHT, PAD_WIDTH, Stroke, line_width

INK = (20, 30, 80, 255)
SCALE = 3


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
