#!/usr/bin/env python3
"""Hostile HTML, Word and text files for tests/read_hostile.rs (standard library only).

Run from the repository root: python3 scripts/make_hostile_docs.py
Each file must give a clear per-file error or the right text, never a panic or a hang.
"""
import base64
import io
import os
import shutil
import zipfile

OUT = "tests/fixtures/hostile"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LOAN = "Loan amount 10000 CNY"


LOAN_ZH = ("<p>第一条 借款金额：人民币壹万元整（￥10,000.00）。</p>"
           "<p>第二条 借款期限：12个月。</p>"
           "<p>第三条 借款利率：年利率18%，按月等额本息还款。</p>")


def mhtml(parts, close=True):
    """A web archive as browsers save it: MIME multipart/related, one part per resource."""
    out = (b"From: <Saved by Blink>\r\nSubject: =?utf-8?Q?loan?=\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B"\r\n\r\n')
    for ctype, encoding, body in parts:
        out += (f"------B\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {encoding}\r\n"
                "Content-Location: https://h5.example/contract\r\n\r\n").encode()
        out += body + b"\r\n"
    return out + (b"------B--\r\n" if close else b"")


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
    # Web archives: the GBK page with its charset on the part header only, base64.
    page = ("<html><body>" + LOAN_ZH + "</body></html>").encode("gbk")
    write("loan_gbk.html", b'<html><head><meta charset="gbk"></head>' + page[6:])
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    good = mhtml([("text/html; charset=gbk", "base64", base64.encodebytes(page)),
                  ("image/png", "base64", png)])
    write("base.mhtml", good)
    write("truncated.mhtml", good[: len(good) // 2])
    write("no_page.mhtml", mhtml([("image/png", "base64", png)]))
    write("deep_parts.mht", b"MIME-Version: 1.0\r\n" + b"".join(
        f'Content-Type: multipart/related; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(5_000)) + b"Content-Type: text/html\r\n\r\n<p>" + LOAN.encode() + b"".join(
        f"\r\n--b{i}--".encode() for i in reversed(range(5_000))) + b"\r\n")
    # Text
    write("big5.txt", "借款合約：新臺幣伍萬元整，年利率百分之十，還款期限十二個月。".encode("big5"))
    write("utf16.txt", b"\xff\xfe" + "借款金额：人民币壹万元整".encode("utf-16-le"))
    write("blank.txt", " \n\t\r\n\u3000\n")


if __name__ == "__main__":
    main()
