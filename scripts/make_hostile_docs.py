#!/usr/bin/env python3
"""Hostile HTML, Word and text files for tests/read_hostile.rs (standard library only).

Run from the repository root: python3 scripts/make_hostile_docs.py
Each file must give a clear per-file error or the right text, never a panic or a hang.
"""
import io
import os
import shutil
import zipfile

OUT = "tests/fixtures/hostile"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LOAN = "Loan amount 10000 CNY"


def document(body):
    return f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'


def para(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, body in parts:
            z.writestr(name, body)
    return buf.getvalue()


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    # HTML
    write("deep_nesting.html", "<html><body>" + "<div>" * 50_000 + LOAN)
    write("deep_inline.html", "<html><body>" + "<b><i>" * 20_000 + LOAN)
    write("gbk.html", b'<html><head><meta charset="gbk"></head><body><p>'
          + "借款金额：人民币壹万元整".encode("gbk") + b"</p></body></html>")
    write("hidden_only.html", '<html><body><div style="display:none">' + LOAN
          + "</div><script>var a='" + LOAN + "';</script></body></html>")
    write("unclosed_tags.html", "<html><body><p>" + LOAN + "<table><tr><td>a<td>b"
          + "<p>x" * 20_000)
    # Word
    good = docx([("word/document.xml", document(para(LOAN)))])
    write("base.docx", good)
    write("zip_bomb.docx", docx([("word/document.xml",
                                  document(para(LOAN) + " " * (80 << 20)))]))
    write("truncated.docx", good[: len(good) // 2])
    write("not_word.docx", docx([("xl/workbook.xml", "<workbook/>")]))
    write("bad_xml.docx", docx([("word/document.xml", document(para(LOAN) + "</w:r>"))]))
    write("deep_xml.docx", docx([("word/document.xml",
                                  document("<w:sdt>" * 100_000 + para(LOAN) + "</w:sdt>" * 100_000))]))
    shutil.copyfile(os.path.join(OUT, "base.pdf"), os.path.join(OUT, "pdf_named.docx"))
    # Text
    write("big5.txt", "借款合約：新臺幣伍萬元整，年利率百分之十，還款期限十二個月。".encode("big5"))
    write("utf16.txt", b"\xff\xfe" + "借款金额：人民币壹万元整".encode("utf-16-le"))
    write("blank.txt", " \n\t\r\n\u3000\n")


if __name__ == "__main__":
    main()
