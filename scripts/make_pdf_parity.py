#!/usr/bin/env python3
"""Small PDFs for `tests/read_pdf_parity.rs`: one per class of difference between a PDF's
read text and the text it was typeset from (issue #13).

Each PDF is typeset the way `scripts/fresh_corpus.py` typesets the fresh corpus (reportlab,
WenQuanYi Micro Hei, A4, 56 pt margins, lines wrapped greedily at the text width), from a
source text kept beside it as `NAME.txt`: the test asserts that the reader gives back the
source's lines. Needs: reportlab and the WenQuanYi Micro Hei font.

English documents (`en-` names) are typeset in the fresh corpus's English font, lines broken
at the last space that fits. `symbol-font-boxes` is written by hand (`write_symbol_pdf`): a
form whose check boxes are Wingdings glyphs, as Word and Acrobat export them.

Usage: python3 scripts/make_pdf_parity.py [OUT_DIR]   (default tests/fixtures/pdf_parity)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fresh_corpus import write_pdf  # noqa: E402

DOCS = {
    # Short key/value lines, the longest of them well short of the right margin, then a
    # space-aligned schedule and footnotes: no line is a wrap, none may be joined.
    "kv-lines-not-wrapped": """汽车消费贷款合同(摘要页)
车辆：××牌 2.0T 豪华型，开票价 168,000.00元
首付款：48,000.00元（由借款人直接支付至经销商）
贷款金额：12万元
月平息：0.35%（每月利息=贷款金额×月平息）
还款方式：每月等额偿还本金，利息按贷款金额计算（平息法）
GPS服务费：1,800.00元
期数  还款日             本金          利息          合计
1     2025-08-30        3,333.33      420.00    3,753.33
2     2025-09-30        3,333.33      420.00    3,753.33
注：GPS服务费由借款人于放款当日另行支付，不从贷款金额中扣除。
""",
    # Paragraphs longer than the text width: their lines are joined back, a figure broken
    # across two lines included (学费16,80 / 0.00元).
    "paragraph-wrapped": """分期付款服务协议
各方确认如下事项：学员宋佳怡（借款人）因报读启明职业技能培训学校“UI设计就业班”（学费16,800.00元），向信和消费金融有限公司申请学费分期，分24期按月偿还。
本合同项下贷款利率采用浮动利率，定价基准为合同签订日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率，加点幅度为185个基点。
""",
    # A checkbox form whose font has □ but no ☑: the ticked box is a glyph without a
    # character, in a box's place.
    "checkbox-unnamed-tick": """个人贷款申请暨合同确认单
还款方式（请勾选一项）：
□ 按月等额本息  ☑ 按月等额本金  □ 按月付息、到期还本
账户管理费：
☑ 按月收取，每月按贷款金额的0.1%计收 □ 不收取
贷款期数：☑36期 □24期 □12期
""",
    # English paragraphs longer than the text width, broken at a space inside a sentence:
    # before a lower-case word, a figure, a bracket, after a function word or a comma, inside a
    # run of capitals; then a TIL box whose ruled rows are wider than the page (each row's last
    # cells wrap onto a line of their own), a list, a heading and label/value lines.
    "en-paragraph-wrapped": """PROMISSORY NOTE AND TRUTH IN LENDING DISCLOSURE
1. Promise to Pay. For value received, the Borrower promises to pay to the order of the Lender the principal sum of $3,000.00 together with simple interest at the rate of 26.5 percent per year on the unpaid balance, in 24 monthly payments of $162.38 each, the first due on October 15, 2025 and each later one on the same day of each following month.
2. Origination Fee. A one-time origination fee of $150.00, which is not refundable, is withheld from the loan proceeds at funding, so that the amount paid to the Borrower (the "Amount Financed") is $2,850.00 and the ANNUAL PERCENTAGE RATE, which includes the fee, is 32.05%.
+----------------------+----------------------+----------------------+----------------------+
| ANNUAL PERCENTAGE    | FINANCE CHARGE       | Amount Financed      | Total of Payments    |
|        32.05%        |      $1,047.15       |      $2,850.00       |      $3,897.15       |
+----------------------+----------------------+----------------------+----------------------+
The Borrower may pay:
(a) by direct debit;
(b) by cheque.
Late charge: $15.00
Prepayment penalty: none
""",
    # Latin wraps the reader used to leave split (issue #13 sweep): before a date's month
    # (`beginning` / `April 9, 2026`), after a label's colon before its figure (`Amount
    # Financed:` / `$4,650.00`), a label and value one column gap apart cut by the margin, a
    # row of cells cut inside its last cell's bracket; a page whose title is its widest line. The last two lines stay apart: a number ending a
    # line does not run on into the next line's own label.
    "en-wrap-dates-labels": """INSTALMENT LOAN NOTE AND TERMS SUMMARY
Term: eighteen monthly payments, the first of them falling due in the month beginning April 9, 2026, and the rest on the ninth day of each month after that one.
Sum paid to you once the charge of Section 4 is withheld, the Amount Financed: $4,650.00 (the rest is the processing charge).
Total of Payments:  $5,366.70 (the amount that you will have paid once all the payments are made as scheduled)
Broker fee owed to the credit services firm  $95.00  (due together with the final payment and never taken from the proceeds)
The Borrower signs this summary at Dayton on the date that is written here 9
Lender: Greenfield Loans Co., Dayton, Ohio
""",
    # Columns aligned with runs of spaces (the gaps a text file has, kept as column gaps);
    # a key/value paragraph wrapped after a semicolon; a contract number cut by the margin
    # whose tail (`1)项下…`) looks like a numbered heading.
    "zh-space-columns-semicolons": """个人消费贷款要素表
期数    还款日          本金          利息          合计
1       2026-04-09      1,000.00      88.00         1,088.00
2       2026-05-09      1,000.00      80.67         1,080.67
借款人：孙嘉宁；贷款人：和泰消费金融有限公司；借款本金：人民币12,000.00元；借款期数：12期；每期还款额：1,088.00元；首期还款日：2026年4月9日。
双方确认借款人已于签约当日收到本合同经双方协商一致并确认无误后签字(合同编号HTA2026030900871)项下的全部借款，借款由贷款人一次性发放至借款人名下的借记卡账户。
""",
    # Table rows that the text width cuts: a ruled row left open (its rest indented by the
    # cell's padding), a cell of prose over three lines, check-box rows and a header row
    # without outer rules cut inside a cell; a blank line parts sections.
    "en-rows-cut-by-margin": """LONE STAR HOMETOWN FINANCE, INC. — Texas Regulated Loan License No. 4471
CONSUMER INSTALLMENT NOTE, DISCLOSURE STATEMENT AND SECURITY AGREEMENT

| ANNUAL PERCENTAGE RATE       | FINANCE CHARGE            | Amount Financed             | Total of Payments         |
| 29.50%                       | $494.15                   | $1,980.00                   | $2,474.15                 |

| The cost of your credit as a yearly rate. | The dollar amount the credit will cost you. | The amount of credit provided to you or on your behalf. | The amount you will have paid after you have made all payments as scheduled. |

LOAN TYPE:   [ ] Share secured   [X] Signature (unsecured)   [ ] Vehicle   [ ] Line of credit
PAYMENTS:    [ ] Monthly   [ ] Semi-monthly   [X] Bi-weekly (every other Friday)   [ ] Weekly
 ANNUAL PERCENTAGE RATE  |  FINANCE CHARGE  |  AMOUNT FINANCED  |  TOTAL OF PAYMENTS
 32.00%                 |  $1,100.22       |  $3,000.00        |  $4,190.22
""",
    # Tab-separated fields (a tab drawn as the font's .notdef), a header row cut inside its
    # last cell, a row of fields that ends short of the margin above a sentence, and a fee's
    # value stopped at a comma that goes on in an indented line.
    "zh-rows-tabs-continuations": """信用卡分期办理结果
卡号尾号\t6612
持卡人\t滕*岚
本期账单日\t每月9日
办理日期 | 分期类型 | 分期本金 | 分期期数 | 每期手续费率 | 每期应还本金 | 每期手续费 | 剩余未还本金
3月5日 | 账单分期 | 12,000.00 | 12期(按月) | 0.6% | 1,000.00 | 72.00 | 11,000.00

借款金额:10,000.00元    借款期限:12个月    年利率(单利):23.5%    还款方式:等额本息
担保服务费:每期30.00元(借款金额的0.3%),随每期本息支付给增信服务方。

会员服务费     399.00元,借款期间享受提额、免息券等权益,
          于最后一期还款时一并支付(2026年12月1日)
第12期       应还2,175.63元(含会员服务费)
""",
}


def write_symbol_pdf(path: Path) -> str:
    """A one-page form whose boxes are symbol-font glyphs: Wingdings without a `/ToUnicode`
    map (its codes `þ`, `o`, `¨` are a ticked and two empty boxes), Wingdings 2 with the
    private-use map Word writes (`R` -> U+F052, a ticked box; `£` -> U+F0A3, an empty one),
    and a Helvetica line with the same letters, which stay letters. Returns the source text."""
    wd_widths = " ".join(["890"] * 224)
    wd2_cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                b"2 beginbfchar <52> <F052> <A3> <F0A3> endbfchar\n"
                b"endcmap CMapName currentdict /CMap defineresource pop end end\n")

    def symbol_font(name: bytes, flags: int, extra: bytes = b"") -> bytes:
        return (b"<< /Type /Font /Subtype /TrueType /BaseFont /" + name +
                b" /FirstChar 32 /LastChar 255 /Widths [" + wd_widths.encode() + b"]" +
                b" /FontDescriptor << /Type /FontDescriptor /FontName /" + name +
                b" /Flags " + str(flags).encode() +
                b" /FontBBox [0 -211 1359 899] /ItalicAngle 0 /Ascent 899 /Descent -211"
                b" /CapHeight 722 /StemV 80 >>" + extra + b" >>")

    # (font, x, text) runs per line, top down; /F1 Helvetica, /F2 Wingdings, /F3 Wingdings 2.
    lines = [
        [(b"F1", 56, b"Repayment frequency (tick one):")],
        [(b"F2", 56, b"\376"), (b"F1", 72, b"Monthly"), (b"F2", 140, b"o"), (b"F1", 156, b"Weekly"),
         (b"F2", 220, b"\250"), (b"F1", 236, b"Fortnightly")],
        [(b"F3", 56, b"R"), (b"F1", 72, b"Direct debit"), (b"F3", 160, b"\243"), (b"F1", 176, b"Cheque")],
        [(b"F1", 56, b"Zo\353 wrote \376, o and \374 in the margin.")],
    ]
    content = b""
    for i, runs in enumerate(lines):
        y = 780 - 20 * i
        for font, x, text in runs:
            content += b"BT /" + font + b" 11 Tf " + f"{x} {y}".encode() + b" Td (" + text + b") Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        symbol_font(b"Wingdings-Regular", 4),
        symbol_font(b"Wingdings2", 4, b" /ToUnicode 8 0 R"),
        b"<< /Length " + str(len(wd2_cmap)).encode() + b" >>\nstream\n" + wd2_cmap + b"endstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)
    return ("Repayment frequency (tick one):\n☑ Monthly ☐ Weekly ☐ Fortnightly\n"
            "☑ Direct debit ☐ Cheque\nZoë wrote þ, o and ü in the margin.\n")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests/fixtures/pdf_parity"
    out.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        write_pdf(text, out / f"{name}.pdf", zh=not name.startswith("en-"))
    source = write_symbol_pdf(out / "symbol-font-boxes.pdf")
    (out / "symbol-font-boxes.txt").write_text(source, encoding="utf-8")


if __name__ == "__main__":
    main()
