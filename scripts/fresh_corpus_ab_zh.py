#!/usr/bin/env python3
"""Held-out batch AB of the fresh phrasing corpus, Chinese side (tests/fresh/zh/zh-ab*): 18 Chinese
documents written for session 28 (helper batchab-zh) without reading the extractors, the rulesets'
thresholds, the locales or the engine's tests, to measure whether the work on batches A-AA
generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_ab_zh.py            # (re)write tests/fresh/zh/zh-ab* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ab_zh.py --check    # recompute and diff the files against the committed ones

Self-contained: the driver, the renderers and this batch's solver are in this file; the parameters,
the schedule arithmetic, the expected.json schema and the writers are those of fresh_corpus_aa_zh.py
(and through it of batches A-Z), imported, not copied. Every cost is re-derived by the solvers of
batches D-AA; this batch adds `super_halley_rate`: the SUPER-HALLEY method (Gutierrez-Hernandez
1997), third order, v' = v - (1 + L / (2 (1 - L))) g(v) / g'(v) with L = g(v) g''(v) / g'(v)^2, on
the payment polynomial in the discount factor v = 1 / (1 + i), g(v) = sum p_k v^k - advance, in
EXACT FRACTIONS (g, g', g'' by one Horner pass; each iterate snapped to the grid 10^-60 so that the
fractions stay small), safeguarded by the bracket [0, 1] (bisection when a step leaves it). No
earlier batch used it (bisection, secant, Ridders, Brent, Illinois, Anderson-Bjorck, Pegasus, ITP,
Chandrupatla, Steffensen, Muller, Laguerre, Halley, Householder, Chebyshev, Ostrowski, Traub /
Potra-Ptak, Weerakoon-Fernando, harmonic-mean Newton, Jarratt, digit-by-digit, fixed point,
midpoint Newton, King). It re-solves every multi-payment cost and is asserted to agree with the
shared solver within 1e-6 pp.

Formats: DOCX zh-ab01 (a 国家助学贷款 repayment agreement with the schedule as a Word table); HTML
zh-ab03 (a matchmaking agency's instalment page whose figures sit in <span>s split in the middle of
the number, `19,<span>800</span>.00`; the text twin is what a browser shows, with no space at the
splits); PDF zh-ab08 (a bank's 烟商贷 notice printed in two columns); PNG zh-ab09 (a microloan
company's 借款借据 slip, set as a PDF page and rendered by `pdftoppm -r 150 -png`). The rest .txt.

Products (checked against the NAMES of every document in tests/fresh; none of these products is
there): a 国家助学贷款 还款协议 signed at graduation (the 贴息 ends, LPR - 60bp, 60 months); an
aquaculture farmer's 村镇银行 loan in an ASCII +---+ table, 按季付息 到期还本, 20万元 beside
2,175.00元; a 婚恋服务 (matchmaking) membership fee in instalments (HTML, split spans); a 农民专业
合作社 lending to a member in one long paragraph, 月息九厘八, Chinese-numeral dates; a 资信证明
(deposit-proof) bridge loan from a consulting company for a visa application; a relatives' 借条
with every amount in 大写 and an overdue rate of three times the agreed one; a personal-training
course instalment with a monthly 账户管理费; a bank's 烟商贷 for a tobacco retailer (PDF, two
columns); a microloan 借款借据 slip with 日利率万分之六 in equal principal (PNG); employees lending
to their own company (集资) with 万元 and 元 mixed; a 活体抵押 (livestock-mortgage) loan with a 活体
监管服务费 paid at signing, equal principal by quarter; a bank 房产抵押消费贷 at LPR + 50bp with an
评估费, its terms in a table with one column per field; a 网络小贷 order-receivable loan to an
online shop owner, 30 days, interest and a 服务费 at maturity; a neighbour's loan for a student's
tuition in full-width digits; a 续贷过桥 (bridge to renew a bank loan) from a microloan company,
10 days at a daily rate; a consumer-finance loan application declined (not a loan); an Australian
car loan in a Chinese translation, in A$ (out of scope); a 住家保姆 annual fee in instalments.

Requirements of the brief, where they are: not a loan zh-ab16; out of scope zh-ab17; expected
violations zh-ab05 (24% > 4 x 3.00%), zh-ab06 (overdue 18% > 12%), zh-ab10 (18% > 12%), zh-ab13
(all-in cost 36.5% > 36%); lawful near a line zh-ab04 (11.76% vs 12%), zh-ab09 (21.9% vs the
microloan 24%), zh-ab14 (11.88% vs 12%), zh-ab15 (23.725% vs the microloan 24%), and zh-ab07 in the
24-36% warning zone; layouts: ASCII +---+ table zh-ab02, split spans zh-ab03, one long paragraph
and Chinese-numeral dates zh-ab04, key/value lines zh-ab05, amounts only in 大写 zh-ab06, numbered
clauses zh-ab07, zh-ab10, two columns zh-ab08, 万元 mixed with 元 zh-ab02, zh-ab10, zh-ab12, one
column per field zh-ab12, full-width digits zh-ab14.

Decisions (said here so that they can be argued with):
* zh-ab01: a 还款协议 signed before graduation fixes the repayment of a loan already made: it is part
  of the loan contract (loan_contract). The 贴息 of the school years is the state's and ends on
  2026-08-31; the borrower's own flows start on 2026-09-01 (the start of the schedule); the
  agreement's date 2026-06-20 is the contract date.
* zh-ab04: a 农民专业合作社 is a legal person without a lending licence: private lending (Art. 1
  [C]); 0.98% a month = 11.76% <= 4 x 3.00% = 12%.
* zh-ab05: the consulting company lends 300,000 that stays frozen in the borrower's own account as a
  time deposit (the 存款证明); it is still lent and delivered: principal = received = 300,000; 2% a
  month = 24% > 12% (Art. 25 [C]).
* zh-ab06: the agreed rate 6% is lawful, the overdue rate "按约定利率的三倍" = 18% > 4 x 3.00%
  (Art. 28 [C]): violation.
* zh-ab10: the borrower is a company, the lenders its employees (natural persons): private lending
  all the same; 1.5% a month = 18% > 12%.
* zh-ab11: the 活体监管服务费 is paid to the monitoring firm the bank names, and the loan is not made
  without the monitoring: a cost of the credit (at_disbursement).
* zh-ab12: the 评估费 is paid to the appraiser the bank requires before the loan: a cost
  (at_disbursement); the 抵押登记费 is not written (a state fee would be argued either way).
* zh-ab13: a 网络小贷 company: 0.05% a day x 30 = 1.5% + 服务费 1.5% at maturity = 3% for 30
  days = 36.5% a year > 36% (141号 [S]).
* zh-ab15: the money goes straight to the bank to repay the old loan (受托支付): still received by
  the borrower in law (paid on his order); 0.065% x 365 = 23.725% <= 24% for a microloan.
* zh-ab16: a notice that an application was declined: no credit, not a loan.
* zh-ab17: an Australian lender's contract, in A$: out of scope (no cost, no verdict); the 建立费
  A$395 paid at settlement is listed as at_disbursement.

Hand checks (paper arithmetic, independent of the solvers), asserted in `check_expectations`:
* zh-ab02: 200,000 x 4.35% / 4 = 2,175.00 a quarter; interest only, so the cost is 4.35% exactly.
* zh-ab03: 19,800 x 0.6% = 118.80 a month; 19,800 / 12 = 1,650; 1,768.80 a month.
* zh-ab04: 50,000 x 0.98% x 12 = 5,880; 55,880 at the end; 0.98 x 12 = 11.76% <= 12%.
* zh-ab05: 300,000 x 2% x 3 = 18,000; 24% a year.
* zh-ab06: 60,000 x 6% = 3,600 = 叁仟陆佰元整; 63,600 = 陆万叁仟陆佰元整; 3 x 6% = 18% > 12%.
* zh-ab07: 14,400 x 1.5% = 216; 14,400 / 12 = 1,200; 1,416 a month; cost in (24%, 36%].
* zh-ab08: 150,000 x 3.65% / 12 = 456.25 a month; cost 3.65%.
* zh-ab09: 0.06% x 365 = 21.9%; 30,000 / 6 = 5,000; 30,000 x 21.9% / 12 = 547.50 in the first.
* zh-ab10: 100,000 x 1.5% x 3 = 4,500 a quarter.
* zh-ab12: LPR 3.00% + 0.50 = 3.50%.
* zh-ab13: 50,000 x 0.05% x 30 = 750; 50,000 x 1.5% = 750; 1,500 / 50,000 x 365 / 30 = 36.5%.
* zh-ab15: 800,000 x 0.065% x 10 = 5,200; 5,200 / 800,000 x 365 / 10 = 23.725%.

First reading (branch batchab-zh from 92cd39a; the texts, expected values and messages committed in
c492885 before loanlint ever ran on them), with the frozen binary of main:
`scripts/accuracy.py --binary /work/bin/loanlint-main --only zh-ab --jobs 1`.
87.8% of the compared fields right; the 28 misses are the zh-ab lines of tests/fresh/KNOWN_GAPS.tsv
(all on the .txt files: the .docx, .html, .pdf and .png were read as well as their twins or better).

    field                     zh
    doc kind        19/22  86.4%
    principal       18/22  81.8%
    received        18/21  85.7%
    term            20/21  95.2%
    method          21/21 100.0%
    count           21/21 100.0%
    rate            15/18  83.3%
    fees            17/21  81.0%
    APR±tol         14/21  66.7%
    violation       19/21  90.5%
    date            20/21  95.2%
    all fields    202/230  87.8%

Misses by class at the first reading (the verdicts first):
* false violations: none.
* missed violations: zh-ab10 (employees, natural persons, lending to their company at 1.5% a month =
  18%: rate read, no violation); zh-ab13 (网络小贷 order-receivable loan, 0.05% a day for 30 days +
  a 1.5% 订单融资服务费 at maturity: the fee is not read, the cost is 18.25% instead of 36.5%).
  zh-ab05 (24% from a consulting company) and zh-ab06 (overdue rate three times 6%, all amounts in
  大写) were found.
* APR: zh-ab02 (ASCII +---+ table: no principal, so no cost); zh-ab04 (one paragraph with
  Chinese-numeral dates: no principal); zh-ab06 (no term from 为期壹年: no cost); zh-ab12 (the
  one-column-per-field row: the 3.5% of the 执行年利率 column is taken for a per-period 评估费 and
  the rate is lost: 9.85% instead of 3.62%); zh-ab13 (fee missed: 18.25%); zh-ab16 (a declined
  application costed at its 参考年化利率 15.8%); zh-ab18 (【年度服务费】1.2万元 not taken for the
  principal).
* principal / received: zh-ab02 (20万元 in the table cell, 200,000.00元 in the 还款方式 sentence);
  zh-ab04 (人民币50,000.00元 inside the long paragraph); zh-ab16 (the 申请金额 read as a principal);
  zh-ab18 (the 1.2万元 read as a 服务费 paid up front).
* fees: zh-ab12 (评估费 read twice, as a per-period percent and as an 'application' fee of timing
  other, not at_disbursement); zh-ab13 (订单融资服务费 "借款金额的1.5%" not read); zh-ab17 (建立费
  澳元395 not read); zh-ab18 (the financed 年度服务费 read as a fee).
* method / count / term: zh-ab06 (为期壹年 in a 借条 with 大写 amounts).
* rate: zh-ab02 (the 4.35% table cell); zh-ab04 (月息九厘八 read as 0.9% a month, 九厘 without the
  八); zh-ab12 (the 执行年利率 column).
* dates: zh-ab04 (自二〇二六年三月五日双方签字盖章之日起生效 at the end of the paragraph).
* kinds: zh-ab08 txt (a bank's 借款核准通知书 read as loan_disclosure; its .pdf as loan_contract) and
  zh-ab12 (审批结果通知, loan_disclosure): I expected loan_contract for both; the corpus's approval
  notices (zh-l22, zh-v20) expect loan_disclosure, so these two are a ruling for the lead (not
  changed after the run). zh-ab16 (a declined application) read as loan_disclosure.
  Lead's ruling (session 28): zh-ab08 and zh-ab12 are loan_disclosure, as the corpus's approval
  notices (zh-l22, zh-v20); the kind misses of zh-ab08 txt and zh-ab12 are moot, zh-ab08's PDF
  (read as loan_contract) is now the miss. zh-ab01 (a 国家助学贷款 还款协议) stays loan_contract;
  message zh-ab04 stays lawful-reminder (as zh-z03 for the same instalment). zh-ab12's 评估费 may be
  kind `application` too, as zh-x15 accepts for the same fee name (one fee name, one set of kinds).
Right in full: zh-ab01 (txt and docx: the student loan's 60-month schedule at LPR - 60bp), zh-ab03
(txt and html with split spans), zh-ab05, zh-ab07 (circled clauses, 账户管理费, 31.72%), zh-ab09 (txt
and png: 日利率万分之六 equal principal), zh-ab11 (活体监管服务费 at signing), zh-ab14 (full-width),
zh-ab15 (续贷过桥 10 days, 23.73%).
Messages (tests/messages_ab_zh): 7/8 in the right tier with the same binary's `message` subcommand
(not run through `cargo test --test suite messages_c::`: no build in this worktree); the miss,
zh-ab04, listed in KNOWN_MISSES.tsv: a reminder three days before the first due date (no --days) is
compared as if one day overdue, and the 916.80 with an instalment recomputed on the 9,200 paid out
(zh-01 deducts an 800 platform fee): demand-above-lawful-claim.

Needs Python >= 3.11, reportlab + WenQuanYi Micro Hei for the PDFs and poppler's pdftoppm for the
PNG.
"""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_aa_zh as fcaa  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import c, page  # noqa: E402
from fresh_corpus_e import OTHER  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_s_zh import last, side_by_side  # noqa: E402

date = dt.date
GRID = 10**60


# ---------------------------------------------------------------------------------------------
# This batch's own solver: the super-Halley method in exact fractions
# ---------------------------------------------------------------------------------------------


def horner2(advance: Fraction, payments: list[Fraction], v: Fraction) -> tuple[Fraction, Fraction, Fraction]:
    """g(v) = sum_{k>=1} p_k v^k - advance, g'(v) and g''(v): q(v) = sum p_k v^(k-1) and its two
    derivatives by one Horner pass, then g = v q - advance, g' = q + v q', g'' = 2 q' + v q''."""
    q, dq, half_ddq = Fraction(0), Fraction(0), Fraction(0)
    for p in reversed(payments):
        half_ddq = half_ddq * v + dq
        dq = dq * v + q
        q = q * v + p
    ddq = 2 * half_ddq
    return v * q - advance, q + v * dq, 2 * dq + v * ddq


def super_halley_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k; g rises with v on (0, 1]; a step that
    leaves the bracket [lo, hi] where g changes sign is replaced by bisection."""
    a, flows = Fraction(advance), [Fraction(p) for p in payments]
    assert sum(flows) >= a, "a negative rate: not handled"
    lo, hi = Fraction(0), Fraction(1)
    v = Fraction(99, 100)
    for _ in range(200):
        g, d1, d2 = horner2(a, flows, v)
        if g == 0:
            break
        lo, hi = (v, hi) if g < 0 else (lo, v)
        nxt = (lo + hi) / 2
        if d1 != 0:
            L = g * d2 / (d1 * d1)
            if L != 1:
                step = v - (1 + L / (2 * (1 - L))) * g / d1
                nxt = step if lo < step < hi else nxt
        nxt = Fraction(round(nxt * GRID), GRID)
        if nxt == v:
            break
        v = nxt
    return 1 / v - 1


def compute_ab(s: Spec) -> None:
    """Batch AA's compute (the solvers of batches A-AA), then this batch's solver on every
    multi-payment cost."""
    fcaa.compute_aa(s)
    flows = [r["total"] for r in s.rows]
    if s.cost is not None and len(flows) > 1:
        i = super_halley_rate(s.net_received, flows)
        got = D(i.numerator) / D(i.denominator) * fc.PPY[s.freq] * 100
        assert abs(s.cost - got) < D("1e-6"), (s.name, s.cost, got)


expected_ab = fcaa.expected_aa


# ---------------------------------------------------------------------------------------------
# Small layout helpers
# ---------------------------------------------------------------------------------------------


def width(text: str) -> int:
    """Columns a monospace printer gives the text: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def ascii_table(rows: list[list[str]]) -> str:
    """A table drawn with +---+ borders, cells padded to the widest by display width."""
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]
    bar = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [bar]
    for k, r in enumerate(rows):
        lines.append("|" + "|".join(f" {cell}{' ' * (w - width(cell))} " for cell, w in zip(r, widths)) + "|")
        if k == 0:
            lines.append(bar)
    lines.append(bar)
    return "\n".join(lines)


def split_span(figure: str) -> str:
    """19,800.00 -> 19,<span class="seg">800</span>.00: a figure whose middle sits in its own span."""
    head, _, tail = figure.partition(",")
    if not tail:
        return f'<span class="seg">{figure[:-3]}</span>{figure[-3:]}'
    whole, _, cents = tail.partition(".")
    return f'{head},<span class="seg">{whole}</span>.{cents}'


class BrowserText(fcc.VisibleText):
    """As the shared visible-text reader, but a split-figure span adds no space (a browser draws
    inline spans with nothing between them)."""

    def handle_starttag(self, tag, attrs):
        if tag == "span" and ("class", "seg") in attrs:
            return
        super().handle_starttag(tag, attrs)


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ab01_blocks(s: Spec) -> list:
    """A 国家助学贷款 repayment agreement at graduation (DOCX), the schedule as a Word table."""
    P = s.principal
    table = [["期次", "还款日", "应还本金", "应还利息", "合计"]] + [
        [str(r["k"]), ymd(r["date"]), money(r["principal"]), money(r["interest"]), money(r["total"])] for r in s.rows]
    return [
        ("p", "国家助学贷款（高校）毕业还款协议"),
        ("p", "贷款银行：中国长城银行股份有限公司江城分行（下称“贷款银行”）"),
        ("p", "借款学生：杜若飞　　学校：江城理工大学　　学号：20220317　　毕业时间：2026年6月"),
        ("p", "第一条　借款学生在校期间共借用国家助学贷款四笔，每学年8,000.00元，贷款本金合计人民币"
              f"{money(P)}元（{daxie(P)}）。在校期间的利息由财政全额贴息，贴息至{ymd(s.start_date - dt.timedelta(days=1))}止。"),
        ("p", f"第二条　自{ymd(s.start_date)}起，贷款利息由借款学生本人全额负担。执行年利率为{plain(s.rate_value)}%"
              "（签约时一年期贷款市场报价利率减60个基点），在还款期内固定不变。"),
        ("p", f"第三条　还款期限{s.n}个月，采用等额本息方式按月还款，每月{due(s, 1).day}日为还款日，"
              f"每期应还{money(pay(s))}元{last(s, '最后一期')}，还款计划见下表。"),
        ("p", "第四条　借款学生不承担任何手续费。借款学生可申请提前还款，不收取违约金。"),
        ("p", "第五条　借款学生逾期还款的，贷款银行按规定计收罚息，并将逾期记录报送金融信用信息基础数据库。"),
        ("tbl", table),
        ("br", "借款学生（签字）：杜若飞", "贷款银行（盖章）：中国长城银行股份有限公司江城分行",
         f"签订日期：{ymd(s.contract_date)}"),
    ]


def ab02(s: Spec) -> str:
    """An aquaculture farmer's village-bank loan: an ASCII +---+ table, 按季付息 到期还本."""
    P = s.principal
    q = s.rows[0]["interest"]
    table = ascii_table([
        ["借款人", "贷款金额", "期限", "年利率", "结息", "每季利息"],
        ["苗大海", f"{fc.wan(P)}", f"{s.term_months}个月", f"{plain(s.rate_value)}%", "按季", f"{money(q)}元"],
    ])
    return f"""江湾村镇银行股份有限公司
水产养殖户生产经营贷款 借款借据
借据编号：JW-SC-2026-00588

{table}

用途：南美白对虾高位池养殖投苗、饲料款
放款日期：{ymd(s.start_date)}　　到期日期：{ymd(end(s))}
还款方式：按季付息，每季末月{due(s, 1).day}日付息，到期一次还本，到期日归还本金{money(P)}元及最后一季利息。
担保方式：保证（保证人：苗二海、陈阿水）
本借据为《个人借款合同》（JW-JK-2026-00588）项下的借款凭证，与合同具有同等法律效力。
借款人签字：苗大海　　　经办行：江湾村镇银行沙角支行
签发日期：{ymd(s.contract_date)}
"""


def ab03(s: Spec) -> str:
    """A matchmaking agency's instalment page (HTML): figures split in the middle by spans."""
    P = s.principal
    f = s.fees[0]
    rows = "\n".join(
        f"<tr><td>第{r['k']}期</td><td>{ymd(r['date'])}</td><td>{split_span(money(r['total']))}</td></tr>" for r in s.rows)
    body = f"""<h2>心缘婚恋 · 钻石会员服务费分期</h2>
<div class="row"><span>会员姓名</span><span>欧阳倩</span></div>
<div class="row"><span>服务项目</span><span>钻石会员（一年期，含12次红娘一对一引荐）</span></div>
<div class="row"><span>分期金额</span><span>¥{split_span(money(P))}</span></div>
<div class="row"><span>分期期数</span><span>{s.n}期</span></div>
<div class="row"><span>月服务费率</span><span>{plain(f.percent)}%</span></div>
<div class="row"><span>每期服务费</span><span>¥{split_span(money(fee(s)))}</span></div>
<div class="row"><span>每期本金</span><span>¥{split_span(money(s.rows[0]['principal']))}</span></div>
<div class="row"><span>利息</span><span>0</span></div>
<p>分期资金由锦程消费金融有限公司直接支付给心缘婚恋（江城）有限公司，会员按下表向锦程消费金融还款：</p>
<table>
<tr><th>期数</th><th>还款日</th><th>应还金额</th></tr>
{rows}
</table>
<p>申请时间：{ymd(s.contract_date)}</p>"""
    return page("会员费分期", body, True, 'window.__PLAN__={"fee":"0.006","n":12};')


def ab04(s: Spec) -> str:
    """A farmers' cooperative lending to a member: one long paragraph, Chinese-numeral dates."""
    P = s.principal
    return (f"借款协议书　出借方禾丰粮食种植农民专业合作社（以下简称合作社）与借款方合作社成员鲁长根，"
            f"因鲁长根承包土地扩种春玉米需购买种子化肥，经合作社成员大会同意，合作社于{cn_date(s.start_date)}"
            f"从合作社账户向鲁长根转账人民币{money(P)}元，借期一年至{cn_date(end(s))}止，双方约定月息九厘八，"
            f"利息不按月支付，于借款到期时与本金一并归还，届时鲁长根应归还本金{money(P)}元及利息{money(total_interest(s))}元，"
            f"共计{money(total_repaid(s))}元，鲁长根以当季玉米销售款优先还款，如到期不能归还，合作社有权从其应分配的盈余中扣收，"
            f"本协议一式三份，合作社、借款方及监事会各执一份，自{cn_date(s.contract_date)}双方签字盖章之日起生效。\n")


def ab05(s: Spec) -> str:
    """A deposit-proof (资信证明) bridge loan from a consulting company: key/value lines."""
    P = s.principal
    return f"""资信证明垫资借款协议
出借方：江城鼎力商务咨询有限公司
借款方：邹子涵（申请英国学生签证，需提供存款证明）
借款金额：人民币{money(P)}元
资金用途：存入借款方本人名下银行账户并办理定期存单冻结，开具存款证明
放款日期：{ymd(s.start_date)}
借款期限：{s.term_months}个月
到期日期：{ymd(end(s))}
借款月利率：{plain(s.rate_value)}%
利息合计：{money(total_interest(s))}元，到期与本金一并支付
还款方式：冻结期满由借款方配合解冻，本金{money(P)}元原路退回出借方账户，利息另行转账
特别约定：存单冻结期间借款方不得挂失、质押或提前支取；违反的，按借款金额的20%支付违约金
签约日期：{ymd(s.contract_date)}
"""


def ab06(s: Spec) -> str:
    """A relatives' 借条: every amount in 大写, overdue rate three times the agreed one."""
    P = s.principal
    return f"""借　条
　　今借到表哥蒋国梁人民币{daxie(P)}，用于女儿出国留学生活费。
　　借款时间自{cn_date(s.start_date)}起，为期壹年，约定年利率百分之六，到期时本金与利息一并归还，利息为{daxie(total_interest(s))}，本息合计{daxie(total_repaid(s))}。
　　如到期未还，逾期期间按上述约定利率的三倍计付逾期利息，直至还清之日止。
　　款项已通过银行转账全部收到。
借款人：邬玉兰（身份证号4401**********2260）
{cn_date(s.contract_date)}
"""


def ab07(s: Spec) -> str:
    """A personal-training course instalment: a monthly 账户管理费, circled numbered clauses."""
    P = s.principal
    f = s.fees[0]
    return f"""力行健身 私教课程分期付款服务协议
会员：韦嘉豪　　课程：私人教练课48节（含体测及饮食方案）
分期服务提供方：星辰消费金融股份有限公司
① 课程费用人民币{money(P)}元，由星辰消费金融股份有限公司于{ymd(s.start_date)}直接支付给力行健身（江城）有限公司，会员向星辰消费金融股份有限公司分{s.n}期偿还。
② 本分期不收取利息。每期应还本金{money(s.rows[0]['principal'])}元。
③ 会员每期另需支付账户管理费，按课程费用的{plain(f.percent)}%计收，即每期{money(fee(s))}元。
④ 每期应还合计{money(pay(s))}元，每月{due(s, 1).day}日自动扣款，首期{ymd(due(s, 1))}。
⑤ 课程未上完而会员解约的，已付款项不予退还，剩余分期款项仍应按期偿还。
签署日期：{ymd(s.contract_date)}
"""


def ab08(s: Spec) -> str:
    """A bank's 烟商贷 for a tobacco retailer, printed in two columns (PDF)."""
    P = s.principal
    left = ["江南商业银行股份有限公司", "烟商贷 借款核准通知书", "", "借款人：洪秀梅",
            "经营主体：江城市洪记烟酒商行", "（个体工商户，烟草专卖零售许可证", "　号码3301020166）",
            "核准金额：人民币" + money(P) + "元", f"贷款期限：{s.n}个月"]
    right = [f"执行年利率：{plain(s.rate_value)}%", "还款方式：按月付息，到期还本",
             f"每月利息：{money(s.rows[0]['interest'])}元", f"付息日：每月{due(s, 1).day}日",
             f"到期日：{ymd(end(s))}", "费用：本行不收取任何费用", f"放款日：{ymd(s.start_date)}",
             f"通知日期：{ymd(s.contract_date)}", "额度依据：近12个月订烟数据"]
    return side_by_side(left, right, 22)


def ab09(s: Spec) -> str:
    """A microloan company's 借款借据 slip (PNG): 日利率万分之六, equal principal."""
    P = s.principal
    r1, rn = s.rows[0], s.rows[-1]
    return f"""南湖小额贷款股份有限公司　借款借据（第二联 借款人留存）
借款人：甘振宇　　　　　借据号：NH2026-0731-117
借款金额：{money(P)}元　　大写：{daxie(P)}
借款日期：{ymd(s.start_date)}　　到期日期：{ymd(end(s))}
利率：日利率万分之六（按年折算，一年按365天）
还款方式：等额本金，按月还款，共{s.n}期
每期还本：{money(r1['principal'])}元
首期（{ymd(r1['date'])}）应还：{money(r1['total'])}元
末期（{ymd(rn['date'])}）应还：{money(rn['total'])}元
本公司不收取服务费、手续费等任何费用。
借款人签字：甘振宇　　　经办人：柯　敏　　　复核：詹小玲
"""


def ab10(s: Spec) -> str:
    """Employees lending to their own company: numbered clauses, 万元 beside 元."""
    P = s.principal
    return f"""员工借款协议
借款方（甲方）：江城恒达精密模具有限公司
出借方（乙方）：甲方员工 廖春燕
1. 为缓解甲方生产经营资金周转压力，乙方自愿向甲方出借资金{fc.wan(P)}（大写{daxie(P)}）。
2. 借款期限1年，自{ymd(s.start_date)}起至{ymd(end(s))}止。
3. 借款月利率1.5%，利息按季度支付，每季度末月{due(s, 1).day}日由甲方通过工资账户向乙方支付利息{money(s.rows[0]['interest'])}元。
4. 借款到期后甲方一次性归还本金{money(P)}元。
5. 乙方在借款期内离职的，甲方应于离职结算时一并归还本金及已产生的利息。
6. 本协议经甲方加盖公章、乙方签字后生效。
甲方（盖章）：江城恒达精密模具有限公司　　乙方（签字）：廖春燕
日期：{ymd(s.contract_date)}
"""


def ab11(s: Spec) -> str:
    """A livestock-mortgage loan: a monitoring fee at signing, equal principal by quarter."""
    P = s.principal
    f = s.fees[0]
    return f"""活体抵押贷款合同（肉牛养殖）
贷款人：塞北农村商业银行股份有限公司
借款人：巴图
监管服务机构：牧安智慧畜牧科技有限公司
■ 贷款金额：人民币{money(P)}元，用于购买西门塔尔架子牛。
■ 抵押物：借款人所有的肉牛60头，均佩戴电子耳标，由监管服务机构24小时视频及定位监管。
■ 贷款期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}。
■ 年利率：{plain(s.rate_value)}%。
■ 还款方式：按季等额还本，每季还本{money(s.rows[0]['principal'])}元，利息按季随本金按剩余本金计付，首次还款日{ymd(due(s, 1))}。
■ 活体监管服务费：{money(f.amount)}元，借款人于签约当日直接支付给监管服务机构；未签订监管协议并付费的，贷款人不予发放贷款。
■ 抵押牛只死亡的，借款人应于三日内报告并补充抵押物或提前还款。
签约日期：{ymd(s.contract_date)}
"""


def ab12(s: Spec) -> str:
    """A bank's house-mortgage consumer loan: terms in one row with one column per field."""
    P = s.principal
    f = s.fees[0]
    heads = ["贷款金额", "贷款期限", "执行年利率", "还款方式", "月供", "评估费"]
    values = [fc.wan(P), f"{s.n}个月", f"{plain(s.rate_value)}%", "等额本息", f"{money(pay(s))}元", f"{money(f.amount)}元"]
    cols = [max(width(h), width(v)) + 2 for h, v in zip(heads, values)]
    row = lambda cells: "".join(cell + " " * (w - width(cell)) for cell, w in zip(cells, cols)).rstrip()  # noqa: E731
    return f"""华汇银行 个人房产抵押消费贷款 审批结果通知
借款人：戚文博、季晓岚（夫妻共同借款）
抵押物：江城市湖滨路18号3幢1202室

{row(heads)}
{row(values)}

说明：
1. 执行年利率为签约时一年期LPR加50个基点，合同期内每年1月1日按届时LPR重定价。
2. 评估费由借款人于签约前支付给本行指定的房地产评估机构，未完成评估的不予放款。
3. 贷款用途限于装修、购车、教育等个人消费，不得流入房地产、股市。
4. 最后一期应还{money(s.rows[-1]['total'])}元。首期还款日{ymd(due(s, 1))}。
签约日期：{ymd(s.contract_date)}　　放款日期：{ymd(s.start_date)}
"""


def ab13(s: Spec) -> str:
    """An order-receivable loan to an online shop owner: 30 days, interest and a fee at maturity."""
    P = s.principal
    f = s.fees[0]
    return f"""【店铺订单贷】借款确认
店铺：小满手作皮具旗舰店
借款人（店主）：舒小满
贷款机构：云汇网络小额贷款有限公司
借款金额
{money(P)}元
借款天数
{s.term_days}天（{ymd(s.start_date)} 至 {ymd(end(s))}）
日利率
{plain(s.rate_value)}%
到期应付利息
{money(total_interest(s))}元
订单融资服务费
借款金额的{plain(f.percent)}%，即{money(f.per_payment(P))}元，到期与本息一并从店铺待结算货款中扣收
到期应还合计
{money(total_repaid(s) + f.per_payment(P))}元
确认时间：{ymd(s.contract_date)} 14:06
"""


def ab14(s: Spec) -> str:
    """A neighbour's loan for a student's tuition: full-width digits throughout."""
    P = s.principal
    return fullwidth(f"""借款合同
出借人：邻居 彭德顺
借款人：谭美华（为其子谭浩支付大学学费及住宿费）
一、借款金额人民币{money(P)}元，出借人于{ymd(s.start_date)}以微信转账交付。
二、借款期限{s.n}个月，月利率0.99%。
三、借款人按月等额偿还本息，每月{due(s, 1).day}日还款{money(pay(s))}元{last(s, '最后一个月')}，首次还款日{ymd(due(s, 1))}。
四、借款人可以提前还款，利息按实际借款时间计算。
出借人：彭德顺　　借款人：谭美华
{ymd(s.contract_date)}
""")


def ab15(s: Spec) -> str:
    """A bridge to renew a bank loan (续贷过桥) from a microloan company: 10 days, a daily rate."""
    P = s.principal
    return f"""过桥借款合同
贷款人：江城市富源小额贷款有限公司
借款人：谢志强（江城市志强建材经营部经营者）
第一条　借款人在江城农商银行的经营贷款{money(P)}元将于{ymd(s.start_date)}到期，银行已同意续贷。为归还该笔到期贷款，借款人向贷款人借款人民币{money(P)}元。
第二条　借款资金由贷款人按借款人指令于{ymd(s.start_date)}直接划入借款人在江城农商银行的还款账户，用于归还上述到期贷款。
第三条　借款期限{s.term_days}天，自{ymd(s.start_date)}至{ymd(end(s))}。
第四条　借款日利率为{plain(s.rate_value)}%，借款期内利息共计{money(total_interest(s))}元，于续贷资金发放当日与本金一并归还。
第五条　除利息外，贷款人不收取任何费用。
第六条　银行续贷未获发放的，借款人仍应于到期日归还本息。
签订日期：{ymd(s.contract_date)}
"""


def ab16(s: Spec) -> str:
    """A consumer-finance loan application declined: not a loan."""
    return """【瑞丰消费金融】申请结果通知
尊敬的邢立伟先生：
您于2026年11月18日通过“瑞丰借”APP提交的个人消费贷款申请（申请金额50,000.00元，期限24个月，参考年化利率15.8%（单利））经综合评估，暂未通过审批。
本次评估结果不影响您的个人征信记录。您可在30天后重新申请。
如对评估结果有疑问，请致电客服热线400-800-3311。
瑞丰消费金融有限公司
2026年11月19日
"""


def ab17(s: Spec) -> str:
    """An Australian car loan contract in a Chinese translation, in A$: out of scope."""
    P = s.principal
    f = s.fees[0]
    return f"""汽车贷款合同（中文译本，仅供参考，以英文本为准）
贷款人：Southern Cross Motor Finance Pty Ltd（澳大利亚信贷许可证号 389211）
借款人：Liang Wei（梁伟），新南威尔士州悉尼市
车辆：2024 Toyota RAV4 Hybrid GX
贷款金额：澳元{money(P)}（A${money(P)}）
年利率：{plain(s.rate_value)}%（固定）
贷款期限：{s.n}个月
每月还款：澳元{money(pay(s))}{last(s, '最后一期澳元')}
建立费：澳元{money(f.amount)}，于结算日由借款人支付
合同日期：{s.contract_date.day}/{s.contract_date.month}/{s.contract_date.year}
本合同受新南威尔士州法律及《国家消费者信贷保护法》（2009）管辖。
"""


def ab18(s: Spec) -> str:
    """A live-in housekeeper's annual fee in instalments: bracketed labels, a 万元 figure."""
    P = s.principal
    return f"""安心家政·住家保姆年度服务费分期确认
【雇主】单雪琴　【服务人员】甘秀英（住家育儿嫂）　【服务期】一年
【年度服务费】{fc.wan(P)}（{money(P)}元），由融信消费金融有限公司代雇主一次性支付给安心家政服务有限公司
【分期期数】{s.n}期　【年利率】{plain(s.rate_value)}%（单利）　【还款方式】等额本息
【每期应还】{money(pay(s))}元{last(s, '末期')}　【首期还款日】{ymd(due(s, 1))}
【其他费用】无
【确认日期】{ymd(s.contract_date)}
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

FLAT = dict(method="flat_rate", method_accept=["equal_principal", "equal_installment"])


def signed(y: int, m: int, d: int) -> dict:
    """Signed and paid out on the same day."""
    return dict(contract_date=date(y, m, d), start_date=date(y, m, d))


def specs() -> list[Spec]:
    return [
        c("zh-ab01-national-student-loan-repayment-agreement-at-graduation-lpr-minus-60bp-word-table-docx", ab01_blocks, "docx",
          principal=D(32000), method="equal_installment", n=60, term_months=60, rate_value=D("2.4"),
          contract_date=date(2026, 6, 20), start_date=date(2026, 9, 1), lender_type="bank",
          notes=["LPR 3.00% - 0.60 = 2.40%; the state's 贴息 ends 2026-08-31, the borrower's flows start 2026-09-01"]),
        c("zh-ab02-aquaculture-farmer-village-bank-loan-ascii-bordered-table-quarterly-interest-wan", ab02,
          principal=D(200000), method="interest_only", freq="quarter", n=8, term_months=24, rate_value=D("4.35"),
          **signed(2026, 3, 28), lender_type="bank",
          notes=["200,000 x 4.35% / 4 = 2,175 a quarter; interest only: the cost is the rate"]),
        c("zh-ab03-matchmaking-membership-fee-instalment-monthly-service-rate-split-spans-html", ab03, "html",
          principal=D(19800), n=12, term_months=12, rate_value=D(0),
          fees=[Fee("服务费", ["service", "installment", "other"], "per_period", percent=D("0.6"))],
          **signed(2026, 10, 12), lender_type="consumer_finance", **FLAT,
          notes=["19,800 x 0.6% = 118.80 a month on top of 1,650; the figures are split by spans in the page"]),
        c("zh-ab04-farmers-cooperative-lends-member-one-paragraph-monthly-nine-li-eight-numeral-dates-just-under-four-lpr", ab04,
          principal=D(50000), method="bullet", freq="single", n=1, term_months=12, rate_value=D("0.98"), rate_per="month",
          **signed(2026, 3, 5), lender_type="company",
          notes=["a cooperative (a legal person, no licence): private lending; 0.98% x 12 = 11.76% <= 12%; 5,880 of interest"]),
        c("zh-ab05-deposit-proof-bridge-loan-consulting-company-visa-key-value-above-four-lpr", ab05,
          principal=D(300000), method="bullet", freq="single", n=1, term_months=3, rate_value=D(2), rate_per="month",
          **signed(2026, 7, 14), lender_type="company",
          notes=["a consulting company lends: private lending; 2% x 12 = 24% > 12%; 300,000 x 2% x 3 = 18,000"]),
        c("zh-ab06-cousins-iou-amounts-only-in-daxie-overdue-rate-three-times-above-four-lpr", ab06,
          principal=D(60000), method="bullet", freq="single", n=1, term_months=12, rate_value=D(6),
          **signed(2026, 4, 12), lender_type="individual", overdue_annual=D(18),
          notes=["6% lawful; the overdue rate 3 x 6% = 18% > 4 x 3.00% = 12% (Art. 28)"]),
        c("zh-ab07-personal-training-course-instalment-monthly-account-management-fee-circled-clauses", ab07,
          principal=D(14400), n=12, term_months=12, rate_value=D(0),
          fees=[Fee("账户管理费", ["management", "service", "other"], "per_period", percent=D("1.5"))],
          **signed(2026, 8, 8), lender_type="consumer_finance", **FLAT,
          notes=["14,400 x 1.5% = 216 a month on top of 1,200: cost in the 24-36% zone"]),
        c("zh-ab08-bank-tobacco-retailer-loan-interest-monthly-principal-at-end-two-columns-pdf", ab08, "pdf",
          principal=D(150000), method="interest_only", n=12, term_months=12, rate_value=D("3.65"),
          **signed(2026, 5, 18), lender_type="bank", kind="loan_disclosure",
          notes=["150,000 x 3.65% / 12 = 456.25 a month"]),
        c("zh-ab09-microloan-loan-slip-daily-six-per-ten-thousand-equal-principal-just-under-24-png", ab09,
          principal=D(30000), method="equal_principal", n=6, term_months=6, rate_value=D("0.06"), rate_per="day",
          **signed(2026, 7, 31), lender_type="microloan", opts={"png": True},
          notes=["0.06% x 365 = 21.9% <= 24%; 5,000 of principal a month, 547.50 of interest in the first"]),
        c("zh-ab10-employees-lend-to-own-company-wan-yuan-quarterly-interest-above-four-lpr", ab10,
          principal=D(100000), method="interest_only", freq="quarter", n=4, term_months=12, rate_value=D("1.5"), rate_per="month",
          **signed(2026, 2, 25), lender_type="individual",
          notes=["a natural person lends to a company: private lending; 1.5% x 12 = 18% > 12%"]),
        c("zh-ab11-livestock-mortgage-loan-monitoring-fee-at-signing-quarterly-equal-principal", ab11,
          principal=D(150000), method="equal_principal", freq="quarter", n=8, term_months=24, rate_value=D("5.2"),
          fees=[Fee("活体监管服务费", ["service", "management", "other"], "at_disbursement", amount=D(1200))],
          **signed(2026, 4, 16), lender_type="bank",
          notes=["150,000 / 8 = 18,750 a quarter; 1,200 paid to the monitoring firm at signing, a condition of the loan"]),
        c("zh-ab12-bank-house-mortgage-consumer-loan-lpr-plus-50bp-appraisal-fee-one-column-per-field", ab12,
          principal=D(500000), method="equal_installment", n=60, term_months=60, lpr_spread_bp=50,
          fees=[Fee("评估费", ["origination", "handling", "service", "other", "application"], "at_disbursement", amount=D(1500))],
          contract_date=date(2026, 9, 22), start_date=date(2026, 9, 25), lender_type="bank", kind="loan_disclosure",
          notes=["LPR 3.00% + 0.50 = 3.50%; the 1,500 评估费 paid to the bank's appraiser before the loan is a cost"]),
        c("zh-ab13-online-shop-order-receivable-microloan-30-days-fee-at-maturity-above-36", ab13,
          principal=D(50000), method="bullet", freq="single", n=1, term_days=30, rate_value=D("0.05"), rate_per="day",
          fees=[Fee("订单融资服务费", ["service", "handling", "other"], "at_maturity", percent=D("1.5"))],
          **signed(2026, 11, 2), lender_type="microloan",
          notes=["750 interest + 750 fee for 30 days on 50,000: 36.5% > 36%"]),
        c("zh-ab14-neighbour-tuition-loan-fullwidth-digits-monthly-rate-just-under-four-lpr", ab14,
          principal=D(24000), method="equal_installment", n=12, term_months=12, rate_value=D("0.99"), rate_per="month",
          **signed(2026, 8, 26), lender_type="individual",
          notes=["0.99% x 12 = 11.88% <= 12%"]),
        c("zh-ab15-bank-loan-renewal-bridge-microloan-ten-days-daily-rate-just-under-24", ab15,
          principal=D(800000), method="bullet", freq="single", n=1, term_days=10, rate_value=D("0.065"), rate_per="day",
          **signed(2026, 6, 29), lender_type="microloan",
          notes=["800,000 x 0.065% x 10 = 5,200; 23.725% <= 24%; paid on the borrower's order to his bank"]),
        c("zh-ab16-consumer-finance-loan-application-declined-notice-not-a-loan", ab16, **OTHER,
          notes=["an application declined: no credit"]),
        c("zh-ab17-australian-car-loan-chinese-translation-aud-out-of-scope", ab17,
          principal=D(25000), method="equal_installment", n=60, term_months=60, rate_value=D("9.99"),
          fees=[Fee("建立费", ["origination", "handling", "other"], "at_disbursement", amount=D(395))],
          currency="AUD", jurisdiction="AU", apr_method=None, **signed(2026, 5, 9), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="Australian law is outside the bundled rulesets",
          notes=["an Australian lender in A$: out of scope, no cost or verdict"]),
        c("zh-ab18-live-in-housekeeper-annual-fee-instalment-bracketed-labels-wan", ab18,
          principal=D(12000), method="equal_installment", n=12, term_months=12, rate_value=D("9.9"),
          **signed(2026, 9, 3), lender_type="consumer_finance",
          notes=["9.9% equal instalments, no fee"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the docstring, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-ab01"]
    assert z.rate_value == fc.lpr_on(z.contract_date) - D("0.6") and verdict["zh-ab01"] is False
    z = by["zh-ab02"]
    assert z.rows[0]["interest"] == D(2175) and abs(z.cost - D("4.35")) < D("1e-9") and verdict["zh-ab02"] is False
    z = by["zh-ab03"]
    assert fee(z) == D("118.80") and pay(z) == D("1768.80") and verdict["zh-ab03"] is False
    z = by["zh-ab04"]
    assert total_interest(z) == D(5880) and fc.annual_rate(z) == D("11.76") and verdict["zh-ab04"] is False
    z = by["zh-ab05"]
    assert total_interest(z) == D(18000) and z.cost == D(24) and verdict["zh-ab05"] is True
    z = by["zh-ab06"]
    assert daxie(total_interest(z)) == "叁仟陆佰元整" and daxie(total_repaid(z)) == "陆万叁仟陆佰元整" and verdict["zh-ab06"] is True
    z = by["zh-ab07"]
    assert pay(z) == D(1416) and 24 < z.cost <= 36 and verdict["zh-ab07"] is False
    z = by["zh-ab08"]
    assert z.rows[0]["interest"] == D("456.25") and abs(z.cost - D("3.65")) < D("1e-9")
    z = by["zh-ab09"]
    assert z.rows[0]["principal"] == D(5000) and z.rows[0]["interest"] == D("547.50") and abs(z.cost - D("21.9")) < D("1e-9")
    assert verdict["zh-ab09"] is False
    z = by["zh-ab10"]
    assert z.rows[0]["interest"] == D(4500) and verdict["zh-ab10"] is True
    assert by["zh-ab12"].rate_value == D("3.50") and verdict["zh-ab12"] is False
    z = by["zh-ab13"]
    assert total_interest(z) == D(750) and z.cost == D("36.5") and verdict["zh-ab13"] is True
    z = by["zh-ab15"]
    assert total_interest(z) == D(5200) and z.cost == D("23.725") and verdict["zh-ab15"] is False
    z = by["zh-ab14"]
    assert fc.annual_rate(z) == D("11.88") and verdict["zh-ab14"] is False
    assert verdict["zh-ab16"] is False and verdict["zh-ab17"] is None
    assert all(verdict[k] is False for k in ("zh-ab11", "zh-ab18"))


# Published figures of apr-methods.md: (advance, payments, periods a year, nominal %, tolerance)
PUBLISHED = [
    (D(99000), [D("8833.3")] * 12, 12, Fraction("12.8038"), Fraction(1, 1000)),  # PBoC 2021 No. 3 example
    (D(5000), [D(130)] * 48, 12, Fraction("11.317539"), Fraction(1, 10000)),  # MathWorks annurate(48, 130, 5000) x 12
]

SHARED_BUILD = fcc.build


def build_browser_twin() -> tuple[dict, dict, list[Spec]]:
    """The shared build, then the split-figure page's text twin read as a browser shows it."""
    texts, binaries, all_specs = SHARED_BUILD()
    for s in all_specs:
        if s.opts["format"] == "html":
            reader = BrowserText()
            reader.feed(s.opts["render"](s))
            reader.flush()
            texts[(fc.OUT / s.lang / s.name).with_suffix(".txt")] = "\n".join(reader.lines) + "\n"
    return texts, binaries, all_specs


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    for advance, flows, periods, published, tolerance in PUBLISHED:
        got = super_halley_rate(advance, flows) * periods * 100
        assert abs(got - published) < tolerance, (published, float(got))
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ab, check_expectations
    fce.expected_e = expected_ab
    fcc.build = build_browser_twin
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
