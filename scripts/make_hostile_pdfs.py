#!/usr/bin/env python3
"""Generate the hostile-input PDF test set in tests/fixtures/hostile/.

Each file targets one way real or malicious PDFs break readers. The generated files are
committed so the tests need no tools; re-run this script (Python 3 and `qpdf` for the
encrypted files) to rebuild them. Output is deterministic (fixed random seed, fixed qpdf
IDs are not guaranteed: encrypted files differ from run to run, their behaviour does not).

Usage: python3 scripts/make_hostile_pdfs.py [OUT_DIR]
"""

import os
import random
import shutil
import subprocess
import sys
import zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures", "hostile")

TEXT = "Loan amount 10000 CNY. Annual rate 12 percent."
HELV = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def content_for(text, y=700):
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /F1 12 Tf 72 {y} Td ({esc}) Tj ET".encode()


def stream(body, extra=b"", compress=False):
    if compress:
        body = zlib.compress(body)
        extra = b"/Filter /FlateDecode " + extra
    return b"<< /Length %d %s>>\nstream\n" % (len(body), extra) + body + b"\nendstream"


def build(objects, root=1, trailer_extra=b""):
    """Serialise numbered objects (1..n) with a correct xref table; returns bytes."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer_extra, xref)
    return bytes(out)


def simple_pdf(contents, resources=b"<< /Font << /F1 4 0 R >> >>", extra_objects=()):
    """Catalog 1, Pages 2, page objects 5.., font 4; `contents` is one content stream per page."""
    n_pages = len(contents)
    first_page = 5 + len(extra_objects)
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(n_pages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages),
        b"<< /Producer (loanlint hostile set) >>",
        HELV,
        *extra_objects,
    ]
    for i, c in enumerate(contents):
        page_id = first_page + 2 * i
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources %s "
                    b"/Contents %d 0 R >>" % (resources, page_id + 1))
        objs.append(c if c.startswith(b"<<") else stream(c, compress=True))
    return build(objs, trailer_extra=b"/Info 3 0 R ")


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(20261129)
    base = simple_pdf([content_for(TEXT), content_for("Page two: the borrower repays monthly.")])
    write("base.pdf", base)

    # Truncations: the tail (xref, trailer) gone; most of the file gone.
    write("truncated_tail.pdf", base[: len(base) - 120])
    write("truncated_half.pdf", base[: len(base) // 2])
    write("truncated_header_only.pdf", base[:16])

    # Random bytes after a PDF header, and without one.
    write("random_bytes.pdf", b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(4096)))
    write("random_noheader.pdf", bytes(rng.getrandbits(8) for _ in range(2048)))

    # Broken xref: every offset points 7 bytes off, and startxref points into nowhere.
    xref_at = base.rindex(b"xref\n")
    head, tail = base[:xref_at], base[xref_at:]
    lines = tail.split(b"\n")
    fixed = []
    for line in lines:
        if len(line) == 18 and line.endswith(b" n "):
            off = int(line[:10]) + 7
            line = b"%010d 00000 n " % off
        fixed.append(line)
    broken = head + b"\n".join(fixed)
    broken = broken.replace(b"startxref\n%d" % xref_at, b"startxref\n999999")
    write("broken_xref.pdf", broken)

    # Corrupted Flate stream: bytes in the middle of page 1's compressed content flipped.
    clauses = [content_for(f"Clause {i}: the borrower pays {i * 37} CNY.", y=760 - 30 * i)
               for i in range(1, 21)]
    good = zlib.compress(b"\n".join(clauses))
    bad = bytearray(good)
    for i in range(len(bad) * 2 // 3, len(bad) * 2 // 3 + 12):
        bad[i] ^= 0x5A
    page1 = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bad) + bytes(bad) + b"\nendstream"
    write("corrupt_stream.pdf", simple_pdf([page1, content_for("Second page is intact.")]))

    # Deep nesting: an array nested 200000 levels in the page dictionary.
    depth = 200_000
    nested = b"[" * depth + b"]" * depth
    deep = simple_pdf([content_for(TEXT)], resources=b"<< /Font << /F1 4 0 R >> /Deep " + nested + b" >>")
    write("deep_nesting.pdf", deep)

    # Page tree loop: the Pages node lists itself among its kids.
    loop = build([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        HELV,
        stream(content_for(TEXT), compress=True),
    ])
    write("page_tree_loop.pdf", loop)

    # Decompression bomb: page 2's content is 4 GiB of spaces, Flate-compressed twice
    # (a few KiB on disk). Page 1 is normal text.
    chunk = zlib.compressobj(9)
    once = bytearray()
    block = b" " * (1 << 20)
    for _ in range(4096):
        once += chunk.compress(block)
    once += chunk.flush()
    twice = zlib.compress(bytes(once), 9)
    bomb_page = (b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(twice)
                 + twice + b"\nendstream")
    write("bomb.pdf", simple_pdf([content_for(TEXT), bomb_page]))

    # Missing font resource on page 2 (pdf-extract panicked on this).
    write("missing_font.pdf", simple_pdf(
        [content_for(TEXT), b"BT /F9 12 Tf 72 700 Td (Lost font text) Tj ET"]))

    # WPS-style watermark: a form XObject with empty /Resources using /GS9 gs and /F1.
    form = stream(b"q /GS9 gs BT /F1 40 Tf 0.7 0.7 -0.7 0.7 150 300 Tm (DRAFT) Tj ET Q",
                  extra=b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << >> ")
    wm_content = content_for(TEXT) + b"\n/GS9 gs /Fm1 Do"
    write("form_empty_resources.pdf", simple_pdf(
        [wm_content],
        resources=b"<< /Font << /F1 4 0 R >> /ExtGState << /GS9 << /ca 0.3 >> >> /XObject << /Fm1 5 0 R >> >>",
        extra_objects=[form]))

    # A form XObject that paints itself (infinite recursion in a naive reader).
    self_form = stream(b"/Fm1 Do",
                       extra=b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] "
                             b"/Resources << /XObject << /Fm1 5 0 R >> >> ")
    write("form_loop.pdf", simple_pdf(
        [content_for(TEXT) + b"\n/Fm1 Do"],
        resources=b"<< /Font << /F1 4 0 R >> /XObject << /Fm1 5 0 R >> >>",
        extra_objects=[self_form]))

    # Image-only page (a "scan"): an 8x8 grey image, no text.
    img = stream(bytes(rng.getrandbits(8) for _ in range(64)),
                 extra=b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                       b"/BitsPerComponent 8 ")
    write("image_only.pdf", simple_pdf(
        [b"q 612 0 0 792 0 0 cm /Im1 Do Q"],
        resources=b"<< /XObject << /Im1 5 0 R >> >>", extra_objects=[img]))

    # A filled-in form field: the value lives only in the widget's appearance stream,
    # whose BBox is mapped onto the annotation Rect (here with a 2x scale via /Matrix).
    appearance = stream(b"/Tx BMC BT /F1 6 Tf 1 2.5 Td (CNY 10,000.00) Tj ET EMC",
                        extra=b"/Type /XObject /Subtype /Form /BBox [0 0 70 10] /Matrix [2 0 0 2 0 0] "
                              b"/Resources << /Font << /F1 4 0 R >> >> ")
    field_page = b"BT /F1 12 Tf 72 700 Td (Loan amount:) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>",
        b"<< /Type /Pages /Kids [7 0 R] /Count 1 >>",
        b"<< /Producer (loanlint hostile set) >>",
        HELV,
        appearance,
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (amount) /V (CNY 10,000.00) "
        b"/Rect [160 695 300 715] /F 4 /P 7 0 R /AP << /N 5 0 R >> >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 8 0 R /Annots [6 0 R] >>",
        stream(field_page, compress=True),
    ]
    write("form_field.pdf", build(objs, trailer_extra=b"/Info 3 0 R "))

    # Text inside a form XObject placed by the caller's matrix (pdf-extract paints forms
    # with a fresh one): the form's line sits above the page's own line and must come first.
    placed_form = stream(b"BT /F1 12 Tf 0 0 Td (Title drawn by a form) Tj ET",
                         extra=b"/Type /XObject /Subtype /Form /BBox [0 0 400 20] "
                               b"/Resources << /Font << /F1 4 0 R >> >> ")
    write("form_placed.pdf", simple_pdf(
        [b"BT /F1 12 Tf 72 700 Td (Body under the title) Tj ET\nq 1 0 0 1 72 740 cm /Fm1 Do Q"],
        resources=b"<< /Font << /F1 4 0 R >> /XObject << /Fm1 5 0 R >> >>",
        extra_objects=[placed_form]))

    # Partly scanned: page 1 has text, page 2 is only an image, page 3 only a stray mark.
    write("mixed_scan.pdf", simple_pdf(
        [content_for(TEXT), b"q 612 0 0 792 0 0 cm /Im1 Do Q",
         b"q 612 0 0 792 0 0 cm /Im1 Do Q\nBT /F1 9 Tf 300 20 Td (p.3) Tj ET"],
        resources=b"<< /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >>", extra_objects=[img]))

    # Garbage operands: wrong operand counts and types pdf-extract indexes blindly.
    write("bad_operands.pdf", simple_pdf([
        b"BT 14 TL /F1 Tf 1 2 Tm 5 Td /X Tj (skipped) /F1 12 Tf 72 700 Td [(Loan ) -250 (terms)] TJ "
        b"(Next line) ' 1 2 (Third) \" ET /Nope cs 1 2 3 sc"]))

    # 0-byte file.
    write("empty.pdf", b"")

    # Encryption, with qpdf: user password (cannot open) and owner-only (opens without one).
    qpdf = shutil.which("qpdf")
    if not qpdf:
        print("qpdf not found: encrypted files not regenerated", file=sys.stderr)
        return
    src = os.path.join(OUT, "base.pdf")
    for name, args in [
        ("aes256_user.pdf", ["secret", "owner", "256"]),
        ("aes256_owner.pdf", ["", "owner", "256"]),
        ("aes128_user.pdf", ["secret", "owner", "128", "--use-aes=y"]),
        ("aes128_owner.pdf", ["", "owner", "128", "--use-aes=y"]),
        ("rc4_128_user.pdf", ["secret", "owner", "128", "--use-aes=n"]),
        ("rc4_128_owner.pdf", ["", "owner", "128", "--use-aes=n"]),
        ("rc4_40_user.pdf", ["secret", "owner", "40"]),
        ("rc4_40_owner.pdf", ["", "owner", "40"]),
    ]:
        dst = os.path.join(OUT, name)
        subprocess.run([qpdf, "--allow-weak-crypto", "--encrypt", *args, "--", src, dst], check=True)


if __name__ == "__main__":
    main()
