#!/usr/bin/env python3
"""Render every `sample-contracts/*.txt` to a PDF with an embedded (subset) TrueType font and a
real text layer.

Reproducible: `python3 scripts/make_samples.py` rewrites every PDF byte for byte (reportlab's
`invariant` mode fixes the creation date and document id).

Needs:
  * Python >= 3.9 and `reportlab` (PyPI; tested with 5.1.0)
  * Chinese font: WenQuanYi Micro Hei (Debian/Ubuntu package `fonts-wqy-microhei`,
    /usr/share/fonts/truetype/wqy/wqy-microhei.ttc)
  * English font: DejaVu Serif (Debian/Ubuntu package `fonts-dejavu-core`)
Override the font paths with LOANLINT_ZH_FONT / LOANLINT_EN_FONT if they live elsewhere.

Layout: A4, one paragraph per text line, lines wrapped to the text width (CJK text may break
between any two characters, Latin text at spaces). The first line is the title. Lines that start
with '|' or '+-' are a box drawn in a fixed-width font (the US Truth in Lending box), never wrapped.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample-contracts"
ZH_FONT = os.environ.get("LOANLINT_ZH_FONT", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
EN_FONT = os.environ.get("LOANLINT_EN_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
EN_BOLD = os.environ.get("LOANLINT_EN_BOLD", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
MONO = os.environ.get("LOANLINT_MONO_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")

MARGIN_X = 22 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm

# A token is one CJK character (or full-width punctuation), or a run of non-space Latin text,
# or a run of spaces.
TOKEN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]|[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+|\s+")
# Characters that must not start a line (Chinese typesetting rule 避头).
NO_LINE_START = set("，。、；：？！）》」』”’%,.;:)")


def register_fonts() -> None:
    """Register the TrueType fonts; reportlab embeds only the glyphs used (subsetting)."""
    pdfmetrics.registerFont(TTFont("ZH", ZH_FONT, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("EN", EN_FONT))
    pdfmetrics.registerFont(TTFont("EN-Bold", EN_BOLD))
    pdfmetrics.registerFont(TTFont("Mono", MONO))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking by measured width."""
    lines: list[str] = []
    cur = ""
    for tok in TOKEN.findall(text):
        trial = cur + tok
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur.strip():
            cur = trial
            continue
        if tok.isspace():
            lines.append(cur.rstrip())
            cur = ""
            continue
        if tok[0] in NO_LINE_START and len(cur) > 1:
            # Carry the last character down with the punctuation instead.
            lines.append(cur[:-1].rstrip())
            cur = cur[-1] + tok
            continue
        lines.append(cur.rstrip())
        cur = tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines or [""]


def render(txt: Path, pdf: Path) -> None:
    """Render one contract text file to one PDF."""
    zh = txt.name.startswith("zh-")
    body_font = "ZH" if zh else "EN"
    title_font = "ZH" if zh else "EN-Bold"
    size = 10.5 if zh else 10.0
    leading = size * (1.55 if zh else 1.45)
    page_w, page_h = A4
    width = page_w - 2 * MARGIN_X
    c = canvas.Canvas(
        str(pdf), pagesize=A4, invariant=1, pageCompression=1, initialFontName=body_font, initialFontSize=size
    )
    c.setTitle(txt.stem)
    c.setAuthor("loanlint sample contracts (fictitious)")
    c.setCreator("scripts/make_samples.py")
    page = 1
    y = page_h - MARGIN_TOP

    def footer() -> None:
        c.setFont(body_font, 8)
        label = f"第 {page} 页" if zh else f"Page {page}"
        c.drawCentredString(page_w / 2, MARGIN_BOTTOM / 2, label)

    def need(h: float) -> None:
        nonlocal y, page
        if y - h < MARGIN_BOTTOM:
            footer()
            c.showPage()
            page += 1
            y = page_h - MARGIN_TOP

    lines = txt.read_text(encoding="utf-8").splitlines()
    for n, raw in enumerate(lines):
        line = raw.rstrip()
        if n == 0:
            # Title: larger, centred, shrunk if needed so that it fits on one line.
            tsize = min(size + 4, width / max(pdfmetrics.stringWidth(line, title_font, 1), 1))
            c.setFont(title_font, tsize)
            c.drawCentredString(page_w / 2, y - size, line)
            y -= leading * 1.9
            continue
        if not line:
            y -= leading * 0.5
            continue
        if line.startswith(("|", "+-")):
            need(leading * 0.8)
            # Shrink the fixed layout so that the widest line fits the text width.
            mono = min(size - 1.5, width / max(pdfmetrics.stringWidth(line, "Mono", 1), 1))
            c.setFont("Mono", mono)
            c.drawString(MARGIN_X, y - size, line)
            y -= mono * 1.4
            continue
        for part in wrap(line, body_font, size, width):
            need(leading)
            c.setFont(body_font, size)
            c.drawString(MARGIN_X, y - size, part)
            y -= leading
        y -= leading * 0.15
    footer()
    c.save()


def main(argv: list[str]) -> int:
    register_fonts()
    txts = sorted(SAMPLES.glob("*.txt"))
    if len(argv) > 1:
        txts = [t for t in txts if any(a in t.name for a in argv[1:])]
    for txt in txts:
        pdf = txt.with_suffix(".pdf")
        render(txt, pdf)
        print(f"{pdf.relative_to(ROOT)}  {pdf.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
