#!/usr/bin/env python3
"""Held-out batch X of the fresh phrasing corpus, Chinese side (tests/fresh/zh/zh-b*): 16 Chinese
documents written for session 24 (helper batchx-zh) without reading the extractors, the rulesets,
the locales or the engine's tests, to measure whether the work on batches A-W generalises to
documents nobody has seen.

    python3 scripts/fresh_corpus_x_zh.py            # (re)write tests/fresh/zh/zh-b* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_x_zh.py --check    # recompute and diff the files against the committed ones

Self-contained: the driver, the renderers and this batch's solver are in this file; the parameters,
the schedule arithmetic, the expected.json schema and the writers are those of fresh_corpus_v.py /
fresh_corpus_w_zh.py (and through them of batches A-U), imported, not copied. Every cost is
re-derived by the solvers of batches D-V; this batch adds a twentieth, `traub_rate`: TRAUB's
(Potra-Ptak) two-step third-order iteration y = x - f(x)/f'(x), x' = y - f(y)/f'(x) (one derivative
per step, reused), in 80-digit decimals, safeguarded by the bracket [0, 10]. No earlier batch used
it (Newton, Halley, Chebyshev, Householder, Ostrowski, Jarratt, Steffensen, Laguerre, Muller, ...).
It re-solves every multi-payment cost.

Formats: PDF zh-b01 (a bordered key/value table drawn as pipe rows); HTML zh-b10; DOCX zh-b12; PNG
zh-b11 (the text set as a PDF page, rendered by `pdftoppm -r 150 -png`). The rest are .txt.

Products (checked against the NAMES of every document in tests/fresh): a credit-card 账单分期
confirmation with a per-period fee rate (PDF); a bank mortgage at 5-year LPR + 30 bp re-priced each
1 January; a 个体工商户's business loan from a microloan company at 日息万分之六 (full-width digits);
an IOU whose interest was taken before the money was handed over (砍头息), every figure in words;
a friend's 借据 naming no interest; a bank's 债权转让通知书 to an asset manager (not a loan); a
Hong Kong money lender's loan in HK$ (traditional script; out of scope); a company's 2018 loan at
a daily rate (2015 Provisions); a used-car 售后回租 with a GPS fee and a service fee kept from the
price paid out, rent only (flattened table); a training-course 培训贷 with a monthly 服务费 and a
refund clause (HTML); a 3C shop's phone-instalment receipt giving only amount, count and instalment
(PNG); a loan app's contract with a monthly 担保费 to a 融资担保公司 and a 会员费 deducted (DOCX); a
农户联保 loan in one paragraph, interest quarterly; a credit-card monthly statement with the minimum
payment and revolving interest (not a loan document); a colleagues' loan at 11.5% (just under
4 x LPR); an acquaintances' loan at 1.5% a month (key/value; above 4 x LPR).

Requirements of the brief, where they are: not loans or out of scope zh-b06, zh-b07, zh-b14;
expected violations zh-b04, zh-b09, zh-b12, zh-b16; lawful near a line zh-b03 (21.9% vs the
microloan 24%), zh-b08 (23.725% vs 24%, 2018), zh-b10 (33.73% vs 36%), zh-b15 (11.5% vs 12%);
a key term only from the figures zh-b09 (the flat 1.35% only through the rent), zh-b11 (545 x 12 =
6,000 + 540: a flat 0.75% a period, never printed); layouts: key/value zh-b03, zh-b16, numbered
clauses zh-b02, zh-b08, a flattened table zh-b09, one long paragraph zh-b13, full-width digits
zh-b03, words-only amounts zh-b04.

Measured at the branch point (branch batchx-zh from fd3d9e3; the worktree's own debug build, before
any fix), with `scripts/accuracy.py --binary target/debug/loanlint --only zh-b --jobs 1`, after every
text, expected value and message was committed (5e345e3): 94.9% of the compared fields right; the 10
field misses are the zh-b lines of tests/fresh/KNOWN_GAPS.tsv.

    field                     zh
    doc kind        19/20  95.0%
    principal       19/20  95.0%
    received        17/18  94.4%
    term            17/18  94.4%
    method          17/18  94.4%
    count           17/18  94.4%
    rate             9/10  90.0%
    fees            17/18  94.4%
    APR±tol         17/19  89.5%
    violation       19/19 100.0%
    date            18/18 100.0%
    all fields    186/196  94.9%

Misses by class at the first reading (the verdicts first):
* false violations: none. (zh-b07, Hong Kong: principal read in HKD, no ruleset applied, a warning
  that the contract belongs elsewhere; a cn-irr APR of 35.5% is still printed (expected none; the
  harness does not compare an APR expected null).)
* missed violations: none; all four found (zh-b04 砍头息, zh-b09 and zh-b12 deductions, zh-b16
  above 4 x LPR). But zh-b09's finding is worded as interest deducted (砍头息) "of the CNY 55500
  principal ... actually received CNY 51000": the 4,500 is subtracted twice (see principal).
* APR: zh-b09 (售后回租, rent only in a flattened row: no term, method or count, so no cost;
  expected 37.11%), zh-b05 (an interest-free 借据: no cost at all; expected 0%).
* principal / received: zh-b09 (the 转让价款 60,000 in the flattened row not read; the 余款 55,500
  taken for the principal and 51,000 for the amount received).
* fees: zh-b09 (the GPS安装及服务费 1,500 named 融资服务费; the 留购价 1 yuan read as a fee).
* rates: zh-b02 (the stated 执行年利率3.8% ignored; read 3.3% "LPR": apparently the bundled 1-year
  LPR 3.00% + 30 bp, although the clause names the 5-year LPR at 3.50%; the APR was still right,
  from the stated 月供).
* method / count / term: zh-b09 (all three absent).
* dates: none.
* kinds: zh-b14 (a card monthly statement read as loan_disclosure by its title 信用卡对账单).
Right in full: zh-b01 (txt and pdf), zh-b03 (full-width), zh-b04 (words only), zh-b06, zh-b07 (as
compared), zh-b08 (2018 law), zh-b10 (txt and html), zh-b11 (txt and png: the fee inferred from
545 x 12), zh-b12 (txt and docx), zh-b13, zh-b15, zh-b16. Messages (tests/messages_x_zh): 8/8 in
the right tier (`cargo test --test suite messages_c::` passes with an empty KNOWN_MISSES.tsv).

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* zh-b14: loanlint's reason names 信用卡对账单 as a loan-disclosure title, so this looks like a
  deliberate ruling; my "other" follows en-w05 (a card statement, expected other, also listed).
* zh-b05: an expected cost of 0% for an interest-free IOU is a choice; a reader that gives no cost
  when nothing is charged is arguably right.
* zh-b07: the harness compares no verdict, no APR and no scope field for a Hong Kong contract; by
  hand, loanlint applied no ruleset and warned, which is the expected reading.
* zh-b02: written at 120 months because the earlier batches' solvers do not converge on 240.

Decisions (said here so that they can be argued with):
* zh-b01: a card's 账单分期 confirmation is a concluded instalment deal: loan_contract; the fee is
  per_period (0.6% of 12,000 = 72), cost 13.03%; a bank: lawful.
* zh-b02: only the first re-pricing period's contract rate (3.80%) is priced; 120 months (the
  corpus's solvers do not converge on 240 payments, so a 10-year mortgage was written).
* zh-b03: a business loan to a sole trader by a 小额贷款公司: the corpus applies the same lines as
  to any microloan (the 24% microloan line is [S]); 21.9% <= 24%: lawful near the line.
* zh-b04: principal = the written 50,000; disbursed 47,000 (the 3,000 interest taken first);
  a violation whatever the rate (Civil Code Art. 670 [C]); the stated 2% a month (24%) also
  exceeds 4 x LPR. The cost over what was received: 25.53%.
* zh-b05: no interest agreed between individuals: none owed (Art. 680 [C]); the rate is not
  compared (none printed); cost 0.
* zh-b06 (债权转让通知书) and zh-b14 (a monthly card statement) are kind other: records of an
  existing debt, no new credit. zh-b14 is arguable (a revolving-credit statement is a disclosure
  of sorts), but it sets no principal, term or schedule.
  The lead's ruling (session 24, after the run): a statement of a credit account (a card's or a
  mortgage's periodic statement) is loan_disclosure, as session 23 ruled for statements and as
  tests/document_kind_m.rs has it for a mortgage statement; zh-b14's expected kind changed to
  that (still no principal, term or schedule expected). en-w05 likewise.
* zh-b07: a Hong Kong licensed money lender in HK$ under the Money Lenders Ordinance: a loan
  contract out of scope: currency HKD, no cost, no verdict.
* zh-b08: a company's loan signed 2018-05-10: the 2015 Provisions' 24% line; 0.065% x 365 =
  23.725% <= 24%: lawful.
* zh-b09: a 售后回租 by a 融资租赁 company on the borrower's own car is financing in substance;
  principal = the transfer price 60,000; the 1,500 GPS fee and the 3,000 service fee are kept from
  the payout (received 55,500): a violation (141号 [S], applied as to other lenders; arguable for
  a leasing company), and the cost 37.11% > 36% as well.
* zh-b10: the 服务费 is the only charge (per_period, 1.6% of 19,800 = 316.80): 33.73%, lawful in
  the 24-36 warning zone. The refund clause changes no flow of the contract as written.
* zh-b11: no fee or rate is printed: 545 - 500 = 45 a period = a flat 0.75% (inferred); no fee or
  rate is expected; cost 16.22%.
* zh-b12: the 担保费 to the guarantee company is required by the loan: a cost, per_period 150; the
  299 会员费 deducted at payout: a violation (141号 [S]); the cost 60.12% > 36% too.
* zh-b15: 11.5% <= 4 x 3.00% = 12% on 2026-06-12: lawful near the line.
* zh-b16: 1.5% a month = 18% > 12%: a violation (Art. 25 [C]).

Hand checks (paper arithmetic, independent of the solvers), asserted in `check_expectations`:
* zh-b01: 12,000 x 0.6% = 72; 12,000 / 12 = 1,000 -> 1,072.
* zh-b02: 3.8% / 12 = 0.316667%; 1.00316667^120 = e^(120 x 0.0031616) = e^0.379395 = 1.46137;
  1 - 1/1.46137 = 0.31571; 1,266.67 / 0.31571 = 4,012.1.
* zh-b03: 100,000 x 0.06% x 365 = 21,900 = 21.9% a year; 1,825 a month.
* zh-b04: 50,000 x 2% x 3 = 3,000; 47,000 received; (50,000 / 47,000 - 1) x 4 = 25.53%.
* zh-b08: 0.065 x 365 = 23.725.
* zh-b09: 60,000 / 24 = 2,500; 60,000 x 1.35% = 810 -> 3,310; 60,000 - 1,500 - 3,000 = 55,500.
* zh-b10: 19,800 x 1.6% = 316.80; 19,800 / 12 = 1,650 -> 1,966.80.
* zh-b11: 6,000 / 12 = 500 + 45 = 545; 12 x 545 = 6,540.
* zh-b12: 10,000 - 299 = 9,701 received; 150 a month on top of the instalment.
* zh-b13: 30,000 x 7.2% / 4 = 540 a quarter; 2,160 a year.
* zh-b15: 100,000 x 11.5% / 12 = 958.33. zh-b16: 40,000 x 1.5% = 600 a month.

Needs Python >= 3.11, reportlab + WenQuanYi Micro Hei for the PDFs and poppler's pdftoppm for the
PNG.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
import fresh_corpus_v as fcv  # noqa: E402
import fresh_corpus_w_zh as fcw  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import c, kv_div, page, table_html  # noqa: E402
from fresh_corpus_e import OTHER  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_s_zh import last  # noqa: E402

date = dt.date
PREC = 80


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Traub's (Potra-Ptak) two-step third-order iteration
# ---------------------------------------------------------------------------------------------


def traub_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic i in [0, 10] with advance = sum p_k (1 + i)^-k, by Traub's two-step method:
    y = x - f(x)/f'(x), then x' = y - f(y)/f'(x) (the derivative is reused, not re-evaluated)."""
    with localcontext() as ctx:
        ctx.prec = PREC
        advance, payments = D(advance), [D(p) for p in payments]

        def f_and_slope(i: Decimal) -> tuple[Decimal, Decimal]:
            v = 1 / (1 + i)
            f, f1, vk = -advance, D(0), D(1)
            for k, p in enumerate(payments, 1):
                vk *= v
                f += p * vk
                f1 -= k * p * vk * v
            return f, f1

        lo, hi = D(0), D(10)
        assert f_and_slope(lo)[0] >= 0 and f_and_slope(hi)[0] < 0, "no root in [0, 10]"
        x = (sum(payments) / advance - 1) / len(payments)  # a flat-rate first guess
        for _ in range(200):
            f, f1 = f_and_slope(x)
            if f == 0:
                return x
            lo, hi = (x, hi) if f > 0 else (lo, x)  # f falls as i grows
            y = x - f / f1
            nxt = y - f_and_slope(y)[0] / f1 if lo < y < hi else (lo + hi) / 2
            if not lo < nxt < hi:
                nxt = (lo + hi) / 2
            if abs(nxt - x) < D("1e-60"):
                return nxt
            x = nxt
        return x


def traub_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = traub_rate(s.net_received, flows)
    assert abs(s.cost - i * fc.PPY[s.freq] * 100) < D("1e-6"), (s.name, s.cost, i)


def compute_x(s: Spec) -> None:
    fcv.compute_v(s)  # batch V's compute: the solvers of batches A-V
    traub_check(s)


# Batch W's expected.json writer: batch E's, less the rate of a document that prints none
# (`rate_unstated`).
expected_x = fcw.expected_w


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def b01(s: Spec) -> str:
    """A credit-card 账单分期 confirmation (PDF): a bordered key/value table, a fee rate a period."""
    P = s.principal
    f = s.fees[0]
    rows = [("卡号", "6259 **** **** 3021"), ("持卡人", "郁晓峰"), ("分期类型", "账单分期"),
            ("分期本金", f"{money(P)}元"), ("分期期数", f"{s.n}期"), ("每期手续费率", f"{plain(f.percent)}%"),
            ("每期应还本金", f"{money(P / s.n)}元"), ("每期手续费", f"{money(fee(s))}元"),
            ("每期应还合计", f"{money(pay(s))}元"), ("首期入账", ymd(due(s, 1))), ("办理日期", ymd(s.contract_date))]
    width = max(len(k) for k, _ in rows)
    line = "+" + "-" * (width * 2 + 2) + "+" + "-" * 36 + "+"
    body = "\n".join(f"| {k}{'　' * (width - len(k))} | {v}" for k, v in rows)
    return f"""瑞丰银行信用卡　账单分期办理确认书
{line}
{body}
{line}
分期期间不计收利息；手续费随每期分期本金一并计入当期账单。
持卡人确认签字：郁晓峰　　瑞丰银行股份有限公司信用卡中心（章）
"""


def b02(s: Spec) -> str:
    """A bank mortgage with an LPR-plus-spread rate re-priced each year (numbered clauses)."""
    P = s.principal
    return f"""个人住房贷款借款合同（节选）
贷款人：江南商业银行股份有限公司临湖支行
借款人：聂思远、周婉
第1条　借款金额：人民币{money(P)}元，用于购买临湖区锦绣苑7幢1202室。
第2条　借款期限：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
第3条　借款利率：本合同执行年利率{plain(s.rate_value)}%，为合同签订前一个工作日全国银行间同业拆借中心公布的5年期以上贷款市场报价利率（LPR）3.50%加30个基点（0.30%）。
第4条　利率调整：每年1月1日为重定价日，以前一个工作日公布的5年期以上LPR加30个基点确定新的执行利率，加点数值在合同期内不变。
第5条　还款方式：按月等额本息，每月{due(s, 1).day}日还款，首期月供{money(pay(s))}元（利率调整后月供相应调整）。
第6条　本合同项下贷款不收取任何手续费、管理费。
第7条　借款人以所购房屋提供抵押担保。
签订日期：{ymd(s.contract_date)}
"""


def b03(s: Spec) -> str:
    """A 个体工商户's business loan at 日息万分之六 (key/value, full-width digits): interest monthly,
    the principal at the end."""
    P = s.principal
    return fullwidth(f"""经营性借款合同要素
贷款人：鼎信小额贷款有限公司
借款人：何建军（个体工商户，字号：建军五金批发部）
借款用途：采购五金货品（经营周转）
借款金额：{money(P)}元
借款期限：{s.term_months}个月（{ymd(s.start_date)}至{ymd(end(s))}）
日利率：万分之六（0.06%），按日计息
还款方式：每月{due(s, 1).day}日支付当月利息，到期一次归还本金
其他费用：无
签订日期：{ymd(s.contract_date)}
""")


def b04(s: Spec) -> str:
    """An IOU with the interest taken before the money was handed over, every figure in words."""
    P = s.principal
    return f"""借条
今借到邻居鲁德明人民币{daxie(P)}，月息贰分，借期叁个月，自{cn_date(s.start_date)}起至{cn_date(end(s))}止。
叁个月利息{daxie(s.interest_deducted)}已由出借人在出借时预先扣除，实际出借{daxie(s.received)}，到期由借款人归还{daxie(P)}。
借款人：樊国庆
{cn_date(s.contract_date)}
"""


def b05(s: Spec) -> str:
    """A friend-to-friend 借据 that names no interest (interest-free by Civil Code Art. 680)."""
    P = s.principal
    return f"""借据
本人岑立新因装修房屋，向大学同学龚文博借款人民币{money(P)}元（{daxie(P)}），已于{ymd(s.start_date)}通过微信转账收到。
本人承诺于{ymd(end(s))}前一次性归还。
借款人：岑立新（身份证号 3301************17）
{ymd(s.contract_date)}
"""


def b06(s: Spec) -> str:
    """A 债权转让通知书: a bank's notice that a loan was sold to an asset manager (not a loan)."""
    return """债权转让通知书
致：包振华（身份证号 4401************36）
根据中国银行业监督管理部门的有关规定，本行已于2026年9月30日将对您享有的个人消费贷款债权（借款合同编号 XF-2024-118736，截至转让基准日2026年6月30日尚欠本金42,516.08元、利息及罚息3,204.77元）及其从权利，依法转让给粤海资产管理股份有限公司。
请您自收到本通知之日起，向粤海资产管理股份有限公司履行还款义务，原借款合同约定的利率、还款期限等条款不因本次转让而变更。
特此通知。
转让方：广华银行股份有限公司信用卡及消费信贷中心
受让方：粤海资产管理股份有限公司
2026年10月12日
"""


def b07(s: Spec) -> str:
    """A Hong Kong money lender's personal loan, in HK dollars: out of scope."""
    P = s.principal
    return f"""私人貸款合約摘要
放債人：永利達財務有限公司（放債人牌照號碼：1288/2026）
借款人：鄧嘉欣
貸款金額：港幣{money(P)}元
還款期：{s.n}個月
實際年利率：{plain(s.rate_value)}%
每月還款額：港幣{money(pay(s))}元{last(s, '最後一期')}
本合約受香港特別行政區法律管轄，並受《放債人條例》（第163章）規限。
簽署日期：{ymd(s.contract_date)}
"""


def b08(s: Spec) -> str:
    """A company's 2018 loan to a supplier at a daily rate, judged by the 2015 Provisions."""
    P = s.principal
    return f"""借款合同
出借人（甲方）：宏昌建材贸易有限公司
借款人（乙方）：滕志刚
一、借款金额：人民币{money(P)}元。
二、借款期限：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
三、借款利息：按日利率0.065%计算，按月结息，乙方于每月{due(s, 1).day}日前支付上月利息，借款到期时归还全部本金。
四、乙方逾期还款的，按未还金额每日万分之五支付违约金。
五、本合同自双方签字盖章之日起生效。
甲方（盖章）：宏昌建材贸易有限公司　乙方（签字）：滕志刚
签订日期：{ymd(s.contract_date)}
"""


def b09(s: Spec) -> str:
    """A used-car sale-and-leaseback (售后回租): the rent only; a GPS fee and a service fee kept
    from the purchase price paid out."""
    P = s.principal
    gps, svc = s.fees
    return f"""汽车售后回租合同
出租人（买受人）：融通达融资租赁（深圳）有限公司
承租人（出卖人）：符永强
租赁物：承租人自有车辆 大众帕萨特 2021款 粤B·7K3Q9
转让价款　租赁期限　月租金　首期租金日
{money(P)}元　{s.n}个月　{money(pay(s))}元　{ymd(due(s, 1))}
付款：出租人支付转让价款时，直接扣除GPS安装及服务费{money(gps.amount)}元、融资服务费{money(svc.amount)}元，余款{money(s.received)}元支付至承租人账户。
租期届满承租人付清全部租金后，以留购价1元取回车辆所有权。
签订日期：{ymd(s.contract_date)}
"""


def b10(s: Spec) -> str:
    """A training-course instalment (培训贷, HTML): 0% interest, a monthly 服务费, a refund clause."""
    P = s.principal
    f = s.fees[0]
    body = f"""<h2>课程分期服务协议</h2>
{kv_div([("学员", "钱雨欣"), ("培训机构", "启航职业技能培训学校"), ("课程", "UI设计全能就业班（6个月）"),
         ("分期金额", f"{money(P)}元"), ("分期期数", f"{s.n}期"), ("利息", "0元"),
         ("月服务费率", f"{plain(f.percent)}%（按分期金额计）"), ("每期应还", f"{money(pay(s))}元"),
         ("首期还款日", ymd(due(s, 1))), ("资金方", "安和消费金融有限公司"), ("签约日期", ymd(s.contract_date))])}
<p>退费约定：学员开课后15日内申请退课的，培训机构将剩余学费退还至资金方用于提前结清；已收取的服务费不予退还，未到期的服务费不再收取。</p>"""
    return page("课程分期服务协议", body, True, "")


def b11(s: Spec) -> str:
    """A 3C shop's phone instalment receipt (PNG): the financed amount, the count and the
    instalment only; the fee must be inferred."""
    P = s.principal
    return f"""数码广场 · 分期购机凭条
门店：极客数码（中山路店）
商品：手机 X60 Pro 12+256G
售价　　　　7,299.00
首付　　　　{money(D(7299) - P)}
分期金额　　{money(P)}
期数　　　　{s.n}期
每期应还　　{money(pay(s))}
首期还款日　{ymd(due(s, 1))}
办理时间　　{ymd(s.contract_date)} 16:05
分期服务：优选消费金融有限公司
"""


def b12_blocks(s: Spec) -> list:
    """A loan app's contract (DOCX): a monthly 担保费 to a financing-guarantee company, a 会员费
    kept from the payout."""
    P = s.principal
    g, m = s.fees
    return [
        ("p", "个人借款合同"),
        ("p", "出借人：汇金网络小额贷款有限公司　　借款人：简文杰　　担保人：鑫盾融资担保有限公司"),
        ("p", f"第一条　借款本金：人民币{money(P)}元；借款期限：{s.n}个月；年化利率（单利）：{plain(s.rate_value)}%。"),
        ("p", f"第二条　还款方式：按月等额本息，每期本息{money(pay(s) - g.amount)}元，首期还款日{ymd(due(s, 1))}。"),
        ("p", f"第三条　担保服务：借款人委托鑫盾融资担保有限公司提供保证担保，担保费每月{money(g.amount)}元，随每期本息一并支付，由出借人代收。"),
        ("p", f"第四条　会员服务：借款人开通“极速放款”会员，会员费{money(m.amount)}元在放款时从借款本金中直接扣除，实际到账{money(s.received)}元。"),
        ("br", "借款人（电子签名）：简文杰", "出借人（电子签章）：汇金网络小额贷款有限公司", f"签订日期：{ymd(s.contract_date)}"),
    ]


def b13(s: Spec) -> str:
    """A 农户联保 loan from a rural commercial bank, in one long paragraph: interest each quarter."""
    P = s.principal
    return (f"农户联保借款合同　贷款人青山农村商业银行股份有限公司（以下简称贷款人）与借款人温德贵（青山县柳塘村村民）及联保小组成员"
            f"温德贵、邱长顺、卢春华、蒋茂林、温秀英五户经协商一致，约定贷款人向借款人发放农户联保贷款人民币{money(P)}元，用于购买种猪及扩建猪舍，"
            f"借款期限{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止，年利率{plain(s.rate_value)}%，按季结息，"
            f"结息日为每季末月的20日，每季利息{money(s.rows[0]['interest'])}元，借款到期一次归还本金，"
            "联保小组成员对借款人的全部债务承担连带保证责任，本贷款不收取任何费用，"
            f"本合同自各方签字之日起生效，签订日期{ymd(s.contract_date)}。\n")


def b14(s: Spec) -> str:
    """A credit-card monthly statement with the minimum payment and revolving interest (not a
    loan contract: a statement of account)."""
    return """汇银银行信用卡对账单　2026年11月
持卡人：邵明辉　　卡号末四位：5527
账单日 2026-11-08　到期还款日 2026-11-28　本期应还金额 8,642.15　最低还款额 864.22
交易日 记账日 交易摘要 金额
2026-10-12 2026-10-13 京东商城 3,299.00
2026-10-20 2026-10-21 中石化加油 400.00
2026-10-30 2026-10-31 循环利息 96.45
温馨提示：选择最低还款或分期还款，将按日利率万分之五计收循环利息（自记账日起计息），且不享受免息还款期待遇。
"""


def b16(s: Spec) -> str:
    """A private loan between acquaintances (key/value): 1.5% a month paid monthly, above 4 x LPR."""
    P = s.principal
    return f"""借款合同
出借人：欧阳春来
借款人：祁宏伟
借款金额：{money(P)}元（{daxie(P)}）
借款用途：奶茶店装修
借款期限：{s.term_months}个月（{ymd(s.start_date)}至{ymd(end(s))}）
利息：月利率1.5%，每月{due(s, 1).day}日付息{money(s.rows[0]['interest'])}元
本金归还：到期一次性归还
签订日期：{ymd(s.contract_date)}
"""


def b15(s: Spec) -> str:
    """A loan between colleagues just under 4 x LPR, interest monthly."""
    P = s.principal
    return f"""借款协议
甲方（出借人）：卜振东　乙方（借款人）：卫晓光（同单位同事）
1．甲方借给乙方人民币{money(P)}元，用于乙方购车。
2．借款期限{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
3．年利率{plain(s.rate_value)}%，乙方每月{due(s, 1).day}日支付当月利息{money(s.rows[0]['interest'])}元，到期归还本金。
4．本协议一式两份，双方各执一份。
签订日期：{ymd(s.contract_date)}
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

FLAT = dict(method="flat_rate", method_accept=["equal_principal", "equal_installment"])
FLAT_LEVEL = dict(method="flat_rate", method_accept=["equal_installment"])


def specs() -> list[Spec]:
    return [
        c("zh-b01-credit-card-statement-instalment-fee-per-period-bordered-table-pdf", b01, "pdf",
          principal=D(12000), n=12, term_months=12, rate_value=D(0),
          fees=[Fee("分期手续费", ["handling", "installment", "service", "other"], "per_period", percent=D("0.6"))],
          contract_date=date(2026, 9, 14), start_date=date(2026, 9, 14), lender_type="bank", **FLAT,
          notes=["72 of fee in each 1,072"]),
        c("zh-b02-bank-mortgage-lpr-plus-30bp-annual-repricing-numbered", b02, principal=D(400000),
          method="equal_installment", n=120, term_months=120, rate_value=D("3.8"),
          contract_date=date(2026, 4, 7), start_date=date(2026, 4, 7), lender_type="bank",
          notes=["3.80% = 5-year LPR 3.50% + 0.30 as stated; the first year's schedule"]),
        c("zh-b03-sole-trader-business-loan-daily-rate-six-per-ten-thousand-fullwidth", b03, principal=D(100000),
          method="interest_only", n=12, term_months=12, rate_value=D("0.06"), rate_per="day",
          contract_date=date(2026, 5, 18), start_date=date(2026, 5, 18), lender_type="microloan",
          notes=["0.06% x 365 = 21.9% <= 24% (microloan line)"]),
        c("zh-b04-iou-interest-taken-before-handover-all-words", b04, principal=D(50000),
          method="bullet", freq="single", n=1, term_months=3, rate_value=D(2), rate_per="month",
          interest_deducted=D(3000), contract_date=date(2026, 3, 6), start_date=date(2026, 3, 6),
          lender_type="individual", notes=["50,000 x 2% x 3 = 3,000 taken first: 47,000 handed over"]),
        c("zh-b05-friends-iou-no-interest-named-interest-free", b05, principal=D(20000),
          method="bullet", freq="single", n=1, term_months=6, rate_value=D(0),
          contract_date=date(2026, 8, 2), start_date=date(2026, 8, 2), lender_type="individual",
          opts={"rate_unstated": True}, notes=["no interest agreed: none owed (Civil Code Art. 680)"]),
        c("zh-b06-debt-assignment-notice-bank-to-asset-manager-not-a-loan", b06, **OTHER,
          notes=["a notice that a claim was sold: no new credit"]),
        c("zh-b07-hong-kong-money-lender-personal-loan-hkd-out-of-scope", b07, principal=D(60000),
          method="equal_installment", n=24, term_months=24, rate_value=D("35.5"), currency="HKD", jurisdiction="HK",
          apr_method=None, contract_date=date(2026, 7, 21), start_date=date(2026, 7, 21),
          lender_type="licensed_nonbank", notes=["a Hong Kong money lender in HK$: out of scope"]),
        c("zh-b08-company-loan-2018-daily-rate-judged-by-2015-provisions", b08, principal=D(300000),
          method="interest_only", n=12, term_months=12, rate_value=D("0.065"), rate_per="day",
          contract_date=date(2018, 5, 10), start_date=date(2018, 5, 10), lender_type="company",
          notes=["0.065% x 365 = 23.725% <= 24% (2015 Provisions, signed 2018)"]),
        c("zh-b09-used-car-sale-leaseback-gps-and-service-fee-kept-rent-only", b09, principal=D(60000),
          n=24, term_months=24, rate_value=D("1.35"), rate_per="month",
          fees=[Fee("GPS安装及服务费", ["service", "other", "maintenance"], "upfront_deducted", amount=D(1500)),
                Fee("融资服务费", ["service", "handling", "other"], "upfront_deducted", amount=D(3000))],
          contract_date=date(2026, 6, 25), start_date=date(2026, 6, 25), lender_type="licensed_nonbank",
          opts={"rate_unstated": True}, **FLAT_LEVEL,
          notes=["rent 3,310 = 2,500 + 810 (flat 1.35%); 4,500 kept from the 60,000"]),
        c("zh-b10-training-course-instalment-monthly-service-fee-refund-clause-html", b10, "html",
          principal=D(19800), n=12, term_months=12, rate_value=D(0),
          fees=[Fee("服务费", ["service", "handling", "other"], "per_period", percent=D("1.6"))],
          contract_date=date(2026, 10, 15), start_date=date(2026, 10, 15), lender_type="consumer_finance", **FLAT,
          notes=["316.80 of fee a month on 19,800: just under 36%"]),
        c("zh-b11-phone-shop-instalment-receipt-instalment-only-png", b11, principal=D(6000), n=12,
          term_months=12, rate_value=D("0.75"), rate_per="month", contract_date=date(2026, 11, 21),
          start_date=date(2026, 11, 21), lender_type="consumer_finance", opts={"png": True, "rate_unstated": True},
          **FLAT, notes=["545 x 12 = 6,540 = 6,000 + 540: a flat 0.75% a month"]),
        c("zh-b12-loan-app-contract-guarantee-fee-monthly-membership-deducted-docx", b12_blocks, "docx",
          principal=D(10000), method="equal_installment", n=12, term_months=12, rate_value=D("23.9"),
          fees=[Fee("担保费", ["guarantee", "other"], "per_period", amount=D(150)),
                Fee("会员费", ["membership", "other", "service"], "upfront_deducted", amount=D(299))],
          contract_date=date(2026, 9, 3), start_date=date(2026, 9, 3), lender_type="microloan",
          notes=["299 kept from the payout; 150 a month to the guarantor"]),
        c("zh-b13-rural-joint-guarantee-farmer-loan-quarterly-interest-one-paragraph", b13, principal=D(30000),
          method="interest_only", freq="quarter", n=4, term_months=12, rate_value=D("7.2"),
          contract_date=date(2026, 3, 20), start_date=date(2026, 3, 20), lender_type="bank",
          notes=["30,000 x 7.2% / 4 = 540 a quarter"]),
        c("zh-b14-credit-card-monthly-statement-minimum-payment-revolving-interest-not-a-loan", b14, **{**OTHER, "kind": "loan_disclosure"},
          verdict=False, verdict_reason="a statement of an existing credit account: no lending rule is broken by it",
          notes=["a card statement: a record of an existing revolving account, not a loan document"]),
        c("zh-b15-colleagues-loan-just-under-four-times-lpr-monthly-interest", b15, principal=D(100000),
          method="interest_only", n=12, term_months=12, rate_value=D("11.5"),
          contract_date=date(2026, 6, 12), start_date=date(2026, 6, 12), lender_type="individual",
          notes=["11.5% <= 4 x 3.00% = 12%; 958.33 a month"]),
        c("zh-b16-acquaintances-loan-monthly-rate-above-four-times-lpr-key-value", b16, principal=D(40000),
          method="interest_only", n=6, term_months=6, rate_value=D("1.5"), rate_per="month",
          contract_date=date(2026, 2, 26), start_date=date(2026, 2, 26), lender_type="individual",
          notes=["1.5% a month = 18% > 4 x 3.00% = 12%"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-b01"]
    assert pay(z) == D(1072) and D(12) < z.cost < D(14) and verdict["zh-b01"] is False
    z = by["zh-b02"]
    assert abs(pay(z) - D("4012.1")) < D("0.5") and abs(z.cost - D("3.8")) < D("0.001") and verdict["zh-b02"] is False
    z = by["zh-b03"]
    assert z.rows[0]["interest"] == D("1825") and abs(z.cost - D("21.9")) < D("1e-9") and verdict["zh-b03"] is False
    z = by["zh-b04"]
    assert z.received == D(47000) and abs(z.cost - D("25.5319")) < D("0.0001") and verdict["zh-b04"] is True
    assert daxie(D(47000)) == "肆万柒仟元整" and total_repaid(z) == D(50000)
    z = by["zh-b05"]
    assert total_repaid(z) == D(20000) and z.cost == 0 and verdict["zh-b05"] is False
    z = by["zh-b08"]
    assert fc.annual_rate(z) == D("23.725") and verdict["zh-b08"] is False
    z = by["zh-b09"]
    assert pay(z) == D(3310) and z.received == D(55500) and D(36) < z.cost < D(38) and verdict["zh-b09"] is True
    z = by["zh-b10"]
    assert pay(z) == D("1966.80") and D(33) < z.cost < D(36) and verdict["zh-b10"] is False
    z = by["zh-b11"]
    assert pay(z) == D(545) and total_repaid(z) == D(6540) and verdict["zh-b11"] is False
    z = by["zh-b12"]
    assert z.received == D(9701) and z.rows[0]["fees"] == D(150) and z.cost > 36 and verdict["zh-b12"] is True
    z = by["zh-b13"]
    assert z.rows[0]["interest"] == D(540) and total_interest(z) == D(2160) and verdict["zh-b13"] is False
    z = by["zh-b15"]
    assert z.rows[0]["interest"] == D("958.33") and 4 * fc.lpr_on(z.contract_date) == D(12) and verdict["zh-b15"] is False
    z = by["zh-b16"]
    assert z.rows[0]["interest"] == D(600) and verdict["zh-b16"] is True
    assert verdict["zh-b07"] is None and by["zh-b07"].cost is None
    assert all(verdict[k] is False for k in ("zh-b06", "zh-b14"))


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = traub_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = traub_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_x, check_expectations
    fce.expected_e = expected_x
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
