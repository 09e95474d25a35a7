#!/usr/bin/env python3
"""Small PDFs whose Chinese text is in a Type0 font named by a predefined CMap, as iText,
reportlab (`UnicodeCIDFont`), WPS and many bank systems write them: no embedded font, no
ToUnicode map, the character codes themselves an encoding. Writes tests/fixtures/cidcmap/.

- ucs2-reportlab.pdf: reportlab's STSong-Light (/UniGB-UCS2-H), a short loan contract.
- The others are written by hand (`hand_pdf`), each a rephrased twin of the same contract
  (same principal, rate and term) so one test checks every encoding gives the same answer:
  gbk-euc.pdf (/GBK-EUC-H, GBK bytes), utf16.pdf (/UniGB-UTF16-H, with a character outside
  the BMP), cns-ucs2.pdf (/UniCNS-UCS2-H, traditional characters).
- unknown-cmap.pdf (/GB-H, CID-keyed: not decodable without Adobe's tables) and
  identity-no-tounicode.pdf (/Identity-H, no ToUnicode): must give a clear per-file error.

Run: python3 scripts/make_cidcmap_fixtures.py  (needs reportlab)
"""

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "cidcmap"

# Each contract: principal 30,000 yuan, annual rate 8.4 %, 12 months. Written fresh.
REPORTLAB_LINES = [
    "个人借款合同",
    "出借人：甲方            借款人：乙方",
    "第一条 借款金额为人民币叁万元整（￥30,000.00元）。",
    "第二条 借款年利率为8.4%，按月付息。",
    "第三条 借款期限为12个月。",
    "第四条 还款方式：每月付息，到期还本。",
]
GBK_LINES = [
    "借款协议",
    "一、本次借款本金：30000元",
    "二、年化利率：8.40%",
    "三、期限：12个月，到期一次还清。",
]
UTF16_LINES = [
    "消费借款合同",
    "借款人𠀋先生向贷款人借款人民币30,000元，",
    "年利率8.4%，借款期限为12个月。",
]
CNS_LINES = [
    "借款契約書",
    "借款金額：新臺幣30,000元整",
    "年利率：8.4%",
    "借款期間：12個月",
]


def reportlab_pdf(path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pageCompression=0, invariant=1)
    c.setFont("STSong-Light", 12)
    y = 780
    for line in REPORTLAB_LINES:
        # Each line is drawn in two pieces, the second where the first ends (by the font's
        # widths, as a form filler prints a value after its label): the reader lays out the
        # first piece's glyphs by the widths it reads, so a wrong width for the digits and
        # Latin signs of `8.4%` or `30,000.00` overlaps or gaps the pieces.
        cut = max(1, len(line) * 2 // 3)
        head, tail = line[:cut], line[cut:]
        c.drawString(72, y, head)
        c.drawString(72 + pdfmetrics.stringWidth(head, "STSong-Light", 12), y, tail)
        y -= 22
    c.save()


def hex_string(data: bytes) -> bytes:
    return b"<" + data.hex().upper().encode() + b">"


def hand_pdf(path: Path, cmap: str, ordering: str, lines, encode, widths: bytes) -> None:
    """A one-page PDF showing `lines` in a non-embedded Type0 font with `/Encoding /cmap`."""
    content = bytearray(b"BT /F1 12 Tf 14 TL 72 780 Td\n")
    for line in lines:
        content += hex_string(encode(line)) + b" Tj T*\n"
    content += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /"
        + cmap.encode()
        + b" /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (" + ordering.encode() + b") "
        b"/Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W " + widths + b" >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
        b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 880 /StemV 93 >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))


# Proportional Latin at CIDs 1-95 (Unicode CMaps); half-width at 814-907 (GB-EUC, GBK-EUC).
LATIN_WIDTHS = b"[1 95 500]"
GBK_HALF_WIDTHS = b"[814 907 500 7716 [500]]"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    reportlab_pdf(OUT / "ucs2-reportlab.pdf")
    hand_pdf(OUT / "gbk-euc.pdf", "GBK-EUC-H", "GB1", GBK_LINES,
             lambda s: s.encode("gbk"), GBK_HALF_WIDTHS)
    hand_pdf(OUT / "utf16.pdf", "UniGB-UTF16-H", "GB1", UTF16_LINES,
             lambda s: s.encode("utf-16-be"), LATIN_WIDTHS)
    hand_pdf(OUT / "cns-ucs2.pdf", "UniCNS-UCS2-H", "CNS1", CNS_LINES,
             lambda s: s.encode("utf-16-be"), LATIN_WIDTHS)
    # GB-H's codes are 7-bit GB 2312 row/cell pairs mapped to Adobe-GB1 CIDs: the GBK bytes
    # less 0x80 stand for them (the test only needs the name to be refused clearly).
    hand_pdf(OUT / "unknown-cmap.pdf", "GB-H", "GB1", GBK_LINES,
             lambda s: bytes(b & 0x7F for b in s.encode("gbk")), LATIN_WIDTHS)
    hand_pdf(OUT / "identity-no-tounicode.pdf", "Identity-H", "GB1", GBK_LINES,
             lambda s: s.encode("utf-16-be"), LATIN_WIDTHS)
    for lines, name in [(REPORTLAB_LINES, "ucs2-reportlab"), (GBK_LINES, "gbk-euc"),
                        (UTF16_LINES, "utf16"), (CNS_LINES, "cns-ucs2")]:
        (OUT / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
