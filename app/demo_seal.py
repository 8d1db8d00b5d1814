"""A red round seal image for DEMO data only: never a hall's real seal.

The demo hall's notices need a seal to look like the documents they stand
for: a red ring, the organisation's name around the upper arc (each
character turned to face the centre), a five-pointed star in the middle, and
"演示专用" (for demonstration) along the bottom, so the picture cannot pass
for a real seal. Drawn with Pillow in the shipped font, on a transparent
background; the same name gives the same picture.
"""

from __future__ import annotations

import hashlib
import io
import math

from resources import resource_path

SEAL_FONT = ("fonts", "wqy-microhei.ttc")
SEAL_RED = (214, 18, 24)
DEMO_MARK = "演示专用"
SUPERSAMPLE = 2  # drawn larger, then scaled down: smooth edges


def demo_seal_png(organization: str, size_px: int = 600) -> bytes:
    """A PNG (RGBA, transparent background) of a round seal naming ``organization``."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    size_px = max(64, int(size_px))
    big = size_px * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    colour = (*SEAL_RED, 255)
    centre = big / 2

    # The ring: about 1.2 mm of a 42 mm seal.
    outer = big * 0.485
    ring = big * 0.032
    draw.ellipse(
        (centre - outer, centre - outer, centre + outer, centre + outer), outline=colour, width=round(ring)
    )

    # The star: a third of the seal across.
    star_r = big * 0.165
    star_cy = centre + big * 0.01
    points = []
    for k in range(10):
        angle = math.radians(-90 + 36 * k)
        radius = star_r if k % 2 == 0 else star_r * 0.382
        points.append((centre + radius * math.cos(angle), star_cy + radius * math.sin(angle)))
    draw.polygon(points, fill=colour)

    font_path = str(resource_path(*SEAL_FONT))
    name = "".join((organization or "").split()) or "演示单位"
    _arc_text(image, name, font_path, centre, outer - ring, big)

    # The bottom line, straight, under the star.
    mark_px = round(big * 0.062)
    mark_font = ImageFont.truetype(font_path, mark_px)
    draw.text(
        (centre, star_cy + star_r + big * 0.085),
        DEMO_MARK,
        font=mark_font,
        fill=colour,
        anchor="mm",
        stroke_width=max(1, round(mark_px * 0.03)),
        stroke_fill=colour,
    )

    image = _ink(image, name)
    image = image.resize((size_px, size_px), Image.LANCZOS).filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _arc_text(image, text: str, font_path: str, centre: float, inner: float, big: int) -> None:
    """``text`` along the upper arc inside the ring, read left to right, each character upright to the rim."""
    from PIL import Image, ImageDraw, ImageFont

    count = len(text)
    char_px = round(big * (0.135 if count <= 10 else 0.125 if count <= 14 else 0.105))
    radius = inner - big * 0.018 - char_px * 0.52  # the characters' centres
    span = min(250.0, max(110.0, count * 21.0))  # degrees of arc the name covers
    step = span / count
    # Room along the arc for each character; seal lettering is narrow, never wider than tall.
    room = radius * math.radians(step) * 0.92
    squeeze = min(0.82, room / char_px)
    font = ImageFont.truetype(font_path, char_px)
    tile = round(char_px * 1.6)
    for i, ch in enumerate(text):
        glyph = Image.new("RGBA", (tile, tile), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text(
            (tile / 2, tile / 2),
            ch,
            font=font,
            fill=(*SEAL_RED, 255),
            anchor="mm",
            stroke_width=max(1, round(char_px * 0.035)),  # seal lettering is heavy
            stroke_fill=(*SEAL_RED, 255),
        )
        glyph = glyph.resize((max(1, round(tile * squeeze)), tile), Image.LANCZOS)
        angle = -span / 2 + step * (i + 0.5)  # from twelve o'clock, clockwise
        turned = glyph.rotate(-angle, resample=Image.BICUBIC, expand=True)
        x = centre + radius * math.sin(math.radians(angle))
        y = centre - radius * math.cos(math.radians(angle))
        image.alpha_composite(turned, (round(x - turned.width / 2), round(y - turned.height / 2)))


def _ink(image, name: str):
    """Uneven ink, as a stamp leaves it: small pale specks, the same for the same name."""
    import random

    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(hashlib.sha256(name.encode("utf-8")).digest())
    size = image.width
    mask = Image.new("L", image.size, 255)
    draw = ImageDraw.Draw(mask)
    for _ in range(int(size * 0.9)):
        x, y = rng.uniform(0, size), rng.uniform(0, size)
        r = rng.uniform(0.6, 2.6) * size / 1200
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(40, 170))
    for _ in range(6):  # a few faint patches where the pad pressed lightly
        x, y = rng.uniform(0, size), rng.uniform(0, size)
        r = rng.uniform(0.04, 0.1) * size
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(200, 235))
    mask = mask.filter(ImageFilter.GaussianBlur(size / 900))
    return _scale_alpha(image, mask)


def _scale_alpha(image, mask):
    """Multiply the image's alpha by ``mask`` (255 keeps the ink)."""
    from PIL import ImageChops

    image = image.copy()
    image.putalpha(ImageChops.multiply(image.getchannel("A"), mask))
    return image
