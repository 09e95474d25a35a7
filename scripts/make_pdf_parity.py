#!/usr/bin/env python3
"""Small PDFs for `tests/read_pdf_parity.rs`: one per class of difference between a PDF's
read text and the text it was typeset from (issue #13).

Each PDF is typeset the way `scripts/fresh_corpus.py` typesets the fresh corpus (reportlab,
WenQuanYi Micro Hei, A4, 56 pt margins, lines wrapped greedily at the text width), from a
source text kept beside it as `NAME.txt`: the test asserts that the reader gives back the
source's lines. Needs: reportlab and the WenQuanYi Micro Hei font.

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
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests/fixtures/pdf_parity"
    out.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        write_pdf(text, out / f"{name}.pdf", zh=True)


if __name__ == "__main__":
    main()
