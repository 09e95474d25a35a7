#!/usr/bin/env python3
"""Hostile and honest images for tests/read_hostile.rs (needs Pillow for the JPEG and the
rendered text; the PNG bombs are written with the standard library).

Run from the repository root: python3 scripts/make_hostile_images.py
Each file must give a clear per-file error or the right text, never a panic or a hang.
"""
import io
import os
import struct
import zlib

from PIL import Image, ImageDraw, ImageFont

# A folder of their own: `audit` does not walk images, and tests/cli.rs audits the parent.
OUT = "tests/fixtures/hostile/images"
LOAN = "Loan amount 10000 CNY"


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png(width, height, rows):
    """A 1-bit greyscale PNG whose pixel rows come from `rows` (filter byte included)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", rows)
            + chunk(b"IEND", b""))


def bomb():
    # 20000 x 20000 white pixels: 50 MB once inflated, ~50 KB on disk.
    row = b"\x00" + b"\xff" * (20000 // 8)
    z = zlib.compressobj(9)
    data = b"".join(z.compress(row) for _ in range(20000)) + z.flush()
    return png(20000, 20000, data)


def text_image(text):
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    img = Image.new("L", (1000, 160), 255)
    ImageDraw.Draw(img).text((40, 50), text, font=font, fill=0)
    return img


def encoded(img, fmt):
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


def main():
    os.makedirs(OUT, exist_ok=True)
    shot = text_image(LOAN)
    jpeg = encoded(shot, "JPEG")
    files = {
        "huge.png": bomb(),
        "zero_size.png": png(0, 0, zlib.compress(b"")),
        "shot.png": encoded(shot, "PNG"),
        "shot.jpg": jpeg,
        "shot.webp": encoded(shot, "WEBP"),
        # Cut before the frame header: the size cannot be read.
        "truncated_header.jpg": jpeg[:20],
        # Cut half-way through the scan: the decoder gets a partial picture.
        "truncated.jpg": jpeg[: len(jpeg) // 2],
        "text_named.png": (LOAN + "\n").encode(),
    }
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
