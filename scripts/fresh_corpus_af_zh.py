#!/usr/bin/env python3
"""Held-out batch AF of the fresh phrasing corpus, Chinese side (tests/fresh/zh/zh-af*): 12 Chinese
documents written for session 30 (helper batchaf-zh) without reading the extractors, the rulesets'
rule files, the locales or the engine's tests, to measure whether the work on batches A-AE
generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_af_zh.py            # (re)write tests/fresh/zh/zh-af* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_af_zh.py --check    # recompute and diff the files against the committed ones

The parameters, the schedule arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ae_zh.py (and through it of batches A-AD), imported, not copied. Every cost is
re-derived by the solvers of batches D-AE; this batch adds `companion_rate`: the EIGENVALUES OF THE
FROBENIUS COMPANION MATRIX of the payment polynomial in the growth factor x = 1 + i, made monic,
x^n - sum_k (p_k / A) x^(n-k): the n x n matrix with the coefficients p_k / A in its first row and
ones on its sub-diagonal, whose characteristic polynomial is that polynomial. mpmath's `eig` (a
Hessenberg reduction and shifted QR iteration, 60 digits) gives all n eigenvalues at once; the
periodic rate is the only positive real one (one sign change, Descartes) less one, and its residual
in the polynomial is asserted below 1e-35. No iteration on the rate itself, no bracket, no
derivative of the present value: a linear-algebra route (the way numpy.roots finds roots), unlike
every solver of the earlier batches (bisection, secant, Ridders, Brent, Illinois, Anderson-Bjorck,
Pegasus, ITP, Chandrupatla, Steffensen, Muller, Laguerre, Halley, Householder, Chebyshev,
Ostrowski, Traub / Potra-Ptak, Weerakoon-Fernando, harmonic-mean Newton, Jarratt, digit-by-digit,
fixed point, midpoint Newton, King, super-Halley, Newton on the log of the present value, Dekker,
Lagrange continued fractions, Schroeder, Durand-Kerner, inverse quadratic interpolation alone). It
re-solves every multi-payment cost and is asserted to agree with the shared solver within 1e-6 pp,
and to give the published figures of apr-methods.md.

Formats: HTML zh-af02 (a camping-gear shop's checkout page with the FULL 12-row plan); DOCX zh-af06
(an indoor children's playground's equipment loan, key terms as a Word table); PDF zh-af07 (a
ragdoll kitten bought on instalments, schedule 期数 | 还款日 | 本金 | 利息 | 服务费 | 合计); PNG zh-af11
(a smart-home installation loan on a bank app, set as a PDF page and rendered by
`pdftoppm -r 150 -png`). The rest .txt.

Products (checked against the NAMES of every document in tests/fresh/zh; none of these products is
there): a wedding-planning company lending a freelance photographer his camera and drone (第X条
clauses, 大写 amounts, equal principal, repaid by set-off against his shooting fees); a camping-gear
shop's checkout page with a consumer-finance 月付 and a monthly 平台服务费 (HTML); a restaurant partner
lending the other partner his capital contribution (key/value lines in FULL-WIDTH digits, a daily
千分之一 overdue charge, the partnership share as security); a car-detailing shop's equipment loan
from a microloan company with a 上门调查费 kept at payout ((1)(2) clauses and a 期数|还款日|本金|利息|合计
table); a sister-in-law lending for a civil-service exam course, agreed in a WeChat chat transcript
(月息九厘六); an indoor children's playground's equipment (DOCX); a ragdoll kitten from a cattery
(PDF); a farmland operating-rights transfer contract (not a loan); an Indonesian finance company's
rupiah loan to a Chinese technician at a nickel smelter in Sulawesi (out of scope); a strawberry
greenhouse grower's quarterly equal-principal loan from a rural commercial bank (ASCII-bordered
schedule with a balance column, 万元, 二〇二六年 dates); a smart-home installation loan on a bank app
(PNG); an uncle lending his nephew for a guqin (古琴) workshop (繁體, traditional 大写, 二〇二六年 dates).

Requirements of the brief, where they are: not a loan zh-af08; out of scope zh-af09; expected
violations zh-af01 (1.1% a month = 13.2% > 4 x 3.00%, a company lender, Art. 25), zh-af02 (all-in
cost 40.14% > 36%, a consumer-finance company, 141号), zh-af03 (overdue 千分之一 a day = 36.5% > 12%,
Art. 28/29), zh-af04 (a 上门调查费 kept from the payout by a microloan company, 141号); lawful near a
line zh-af05 (11.52% vs 12%), zh-af06 (23.8% vs the microloan 24%), zh-af07 (all-in 35.58% vs 36%);
ordinary zh-af10, zh-af11, zh-af12. Figures that fix what the text leaves unsaid (extra (b)):
zh-af11 never names the method: 24 payments of 1,576.15 (last 1,576.07) and a total of 37,827.52
on 36,000 at 4.8% fix equal instalments (equal principal would start at 1,644 and fall; interest
only would be 144 a month); zh-af12 states no end date and no term: 2,250 of simple interest at 9%
a year on 30,000 fixes the term at 2,250 / (30,000 x 9%) = 0.8333 year = 10 months (maturity
2027-02-01 by the calendar, 306 days), with the single payment 32,250 it states.

Decisions (said here so that they can be argued with):
* zh-af01: the wedding-planning company (no lending licence) lends to a natural person who works
  for it as a freelancer: private lending; 1.1% a month = 13.2% > 12%: violation. The set-off
  against his shooting fees is a way of paying, not a sale: the company sells him nothing (the
  lead's no-usury-verdict ruling for a seller financing its own sale does not apply).
* zh-af02: the goods are financed by a consumer-finance company that pays the shop; 15.6% plus a
  1.2% a month 平台服务费 on the order amount: 40.14% all-in: violation (141号 [S]). Fee kinds
  accepted: service, installment, platform, other.
* zh-af03: 6% is lawful; the overdue 违约金 "每日按未还金额的千分之一" = 36.5% a year > 12%: violation
  (Art. 28/29 [C]); overdue_annual 36.5. The clause letting the lender take over the partnership
  share at an appraised price after 90 days is security (it is not 流质: the price is appraised),
  and does not change the verdict.
* zh-af04: the 上门调查费 800 is kept from the payout by the microloan company: violation (141号
  [S]); received 19,200; the cost (25.94%) on 19,200. Kinds accepted: assessment, application,
  service, handling, other (an on-site check of the business before lending). Its 罚息 万分之五 a
  day (18.25%) is not judged against 4 x LPR: the lender is licensed.
* zh-af05: a natural person lends at 月息九厘六 = 0.96% x 12 = 11.52% <= 12%; interest monthly,
  principal at the end; the chat is the whole contract (the photographed 借条 is not in the text):
  kind loan_contract.
* zh-af06: 23.8% <= 24%, no fee: a licensed microloan company, lawful near the line. Its 罚息 每日
  万分之六 (21.9%) is under 24% and the 141号 line; I recorded overdue_annual 21.9 for the record;
  no verdict depends on it.
* zh-af07: 19.2% equal instalments plus a 0.8% a month 服务费 on the principal: all-in 35.58%, just
  under 36%: lawful (a warning zone, no violation). A "购买分期合同" signed by the buyer-borrower
  with the financer, rate, fee and full plan: loan_contract (as zh-ad07 and the AE decision).
* zh-af08: a land-rights transfer pays rent for land; nothing is advanced: not a loan (kind other),
  though it states amounts, a yearly step-up and a daily late charge.
* zh-af09: an Indonesian finance company in rupiah under Indonesian law: out of scope (no cost, no
  verdict).
* zh-af12: the nephew borrows from his uncle: private lending at 9%; term 10 months as above.
* message zh-af03 (for the lead): I wrote it as a lawful reminder (the platform's own name and app,
  the contract's own 罚息 arithmetic, 918.64 = 916.81 + 1.83, no extra charge). I had not weighed,
  before the run, that the zh-01 sample contract keeps an 800 平台服务费 from the payout (141号):
  loanlint holds the contract's instalment itself above the lawful one (889.46 on what was paid
  out) and so calls the message demand-above-lawful-claim. If the lead holds that a demand of the
  contract's own instalment is above the lawful claim whenever the contract deducted a fee, the
  tier should change (I did not change it). zh-af06 (same contract) is unaffected: its threat makes
  it unlawful-collection whichever way.
* message zh-af01: the contract accelerates only after three consecutive or six missed
  instalments; two days after ONE missed instalment the whole balance cannot be due, so I judged the
  45,971.51 demand above the lawful claim (2,221.50). loanlint says only that the demand "depends on
  acceleration" (an info). For the lead: the contract's own acceleration clause decides it here.

First reading (branch batchaf-zh from a441236; the texts, expected values and messages committed in
011a045 before loanlint ever ran on them), with a copy of the frozen binary of main
(/work/bin/loanlint-main of 2026-12-04 23:08, copied to /tmp/loanlint-af-<pid>):
`scripts/accuracy.py --binary /tmp/loanlint-af-<pid> --only zh-af --jobs 1`.
97.0% of the compared fields right; the 5 field misses are the zh-af lines of
tests/fresh/KNOWN_GAPS.tsv (copied from `cargo test --test suite fresh_corpus::every_field`'s
target/tmp/fresh_corpus_gaps.tsv). No expected value was changed after the run.

    field                     zh
    doc kind        16/16 100.0%
    principal       16/16 100.0%
    received        15/15 100.0%
    term            14/15  93.3%
    method          14/15  93.3%
    count           15/15 100.0%
    rate            15/15 100.0%
    fees            14/15  93.3%
    APR±tol         14/15  93.3%
    violation       15/15 100.0%
    date            14/15  93.3%
    all fields    162/167  97.0%

Misses by class at the first reading (the verdicts first):
* false violations: none. (zh-af05 raises two WARNINGS, no violation: with the method unread,
  loanlint tries every method and the 等本等息 reading gives 20.62%, "above 4 x LPR [depends on the
  unstated method]", though the chat says the 480 is interest each month and the 50,000 comes back
  in one sum a year later.)
* missed violations: none. All four violations found: zh-af01 (13.2% > 12%), zh-af02 (HTML and txt,
  40.14%), zh-af03 (千分之一 a day in full-width digits), zh-af04 (the 800 kept at payout).
* APR: zh-af12 (繁體 借據, no end date): no cost ("合同缺少编制还款计划所需的条款"): the term that
  2,250 / (30,000 x 9%) = 10 months fixes is not inferred; term absent (the second field miss).
  The other inference document, zh-af11 (PNG, method unnamed), is right in full: equal instalments
  read from the figures, 4.80%.
* method: zh-af05 (WeChat chat): 还款方式 未写明; "每个月20号转你" 480 利息 with "本钱明年6月20号一起
  还" is not read as 先息后本 (the cost is right, 11.52%, on every reading but one).
* fees: zh-af04: the 上门调查费 800 is not listed as a fee, though the violation (cn-lic-upfront-fee-
  deduction) quotes the clause and received 19,200 and the cost 25.94% are right.
* date: zh-af09 (Indonesia, out of scope): 放款日 "01-09-2026" (DD-MM-YYYY with hyphens) not read;
  the scope verdict (none) is right.
Right in full: zh-af01 (第X条, 大写, equal principal, a company lender), zh-af02 (html + txt, the full
12-row plan with a fee column), zh-af03 (full-width key/value), zh-af06 (docx + txt, 23.8%),
zh-af07 (pdf + txt: loan_contract this time, 35.58%, lawful), zh-af08 (land-rights transfer: other),
zh-af10 (ASCII schedule with a balance column, quarterly equal principal, 万元, 二〇二六年 dates),
zh-af11 (png + txt, method inferred).
Messages (tests/messages_af_zh): 3/6 in the right tier (`cargo test --test suite messages_c::`,
and each run by hand with `loanlint-main message`); the misses are in KNOWN_MISSES.tsv:
* zh-af01 (demand-above-lawful-claim): read as lawful-reminder; the 45,971.51 is only an info
  (msg-demand-depends-on-acceleration), see the decision. Also: loanlint's lawful sum takes the
  FIRST instalment (2,233.33) though the message names the 12月10日 one (2,220.83, the third):
  `message` has no --missed, and --days alone points at #1.
* zh-af03 (lawful-reminder): read as demand-above-lawful-claim (889.46 + 1.17 lawful, see the
  decision); here too the lawful sum is built on instalment #1 (916.80), not the 12th (916.81).
* zh-af05 (unlawful-collection): the threat to flood a delivery rider's area with fake orders to his
  home, one-star reviews and false complaints to get his rider account banned, and to tell his
  station manager, raises nothing: lawful-reminder.
Right: zh-af02 (the October interest asked in advance: msg-demand-exceeds-contract and
demand-above-lawful-claim), zh-af04 (the "electronic-signature certificate" scam: msg-deposit-fee,
msg-pay-personal-account, likely-fraud), zh-af06 (the false report to the education bureau:
msg-threat-exposure, unlawful-collection).
A correction of my own, after the run, in a statement that is not an expected value: the README
said zh-af02's lawful claim was 1,966.67; that is the CONTRACT's claim. zh-02 charges 1.5% a month
flat on the whole 20,000 (18% nominal, above 12%), so the lawful claim is lower (loanlint: 1,866.67);
the README now says so. The tier is unchanged (the 300 of October interest has no basis either way).
Noticed and left alone: zh-af06 also raises msg-demand-above-lawful-claim on the 933.30 (the zh-01
fee-deduction question above); harmless to its tier.

Hand checks (paper arithmetic, independent of the solvers), asserted in `check_expectations`:
* zh-af01: 1.1 x 12 = 13.2 > 12; 60,000 / 10 = 6,000 a month; first interest 60,000 x 1.1% = 660,
  last 6,000 x 1.1% = 66; interest (10 + 9 + ... + 1) x 66 = 55 x 66 = 3,630; 60,000 = 陆万元整.
* zh-af02: 5,400 x 1.2% = 64.80 a month, 777.60 in all; first interest 5,400 x 15.6% / 12 = 70.20.
* zh-af03: 80,000 x 6% = 4,800; 84,800 due; 0.1 x 365 = 36.5 > 12.
* zh-af04: 20,000 - 800 = 19,200 received; first interest 20,000 x 18% / 12 = 300.
* zh-af05: 50,000 x 0.96% = 480 a month; 480 x 12 = 5,760; 0.96 x 12 = 11.52 < 12.
* zh-af06: first interest 60,000 x 23.8% / 12 = 1,190; 0.06 x 365 = 21.9.
* zh-af07: 7,200 x 0.8% = 57.60 a month; first interest 7,200 x 19.2% / 12 = 115.20.
* zh-af09: first interest 60,000,000 x 1.5% = 900,000 rupiah.
* zh-af10: 240,000 / 8 = 30,000 a quarter; first interest 240,000 x 4.5% / 4 = 2,700, last
  30,000 x 4.5% / 4 = 337.50; interest (8 + 7 + ... + 1) x 337.50 = 36 x 337.50 = 12,150; 24万元.
* zh-af11: first interest 36,000 x 4.8% / 12 = 144.
* zh-af12: 30,000 x 9% = 2,700 a year; 2,250 / 2,700 x 12 = 10 months; 30,000 = 參萬圓整.

Messages: see tests/messages_af_zh/README.md (six, four for the first user one to three days late).

Needs Python >= 3.11, mpmath, reportlab + WenQuanYi Micro Hei for the PDFs and poppler's pdftoppm
for the PNG.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import mpmath

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_ae_zh as fcae  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain  # noqa: E402
from fresh_corpus_ab_zh import ascii_table, signed  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import c, page  # noqa: E402
from fresh_corpus_e import OTHER  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_s_zh import last  # noqa: E402

date = dt.date
DPS = 60


# ---------------------------------------------------------------------------------------------
# This batch's own solver: the eigenvalues of the polynomial's companion matrix (QR algorithm)
# ---------------------------------------------------------------------------------------------


def companion_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k, as the only positive real eigenvalue
    x of the Frobenius companion matrix of x^n - sum (p_k / A) x^(n-k), less one."""
    with mpmath.workdps(DPS):
        a = mpmath.mpf(str(advance))
        c_ = [mpmath.mpf(str(p)) / a for p in payments]  # x^n = c1 x^(n-1) + ... + cn
        n = len(payments)
        m = mpmath.zeros(n, n)
        for j in range(n):
            m[0, j] = c_[j]  # first row: the coefficients
        for j in range(1, n):
            m[j, j - 1] = 1  # sub-diagonal of ones
        values = mpmath.eig(m, left=False, right=False)
        real = [z.real if isinstance(z, mpmath.mpc) else z for z in values
                if abs(mpmath.im(z)) < mpmath.mpf(10) ** -30 and mpmath.re(z) > 0]
        assert len(real) == 1, real
        x = real[0]
        resid = x ** n - sum(cc * x ** (n - k) for k, cc in enumerate(c_, 1))
        assert abs(resid) < mpmath.mpf(10) ** -35, resid
        return Fraction(mpmath.nstr(x - 1, DPS - 15, strip_zeros=False, min_fixed=-mpmath.inf, max_fixed=mpmath.inf))


def compute_af(s: Spec) -> None:
    """Batch AE's compute (the solvers of batches A-AE), then this batch's solver on every
    multi-payment cost."""
    fcae.compute_ae(s)
    flows = [r["total"] for r in s.rows]
    if s.cost is not None and len(flows) > 1:
        i = companion_rate(s.net_received, flows)
        got = D(i.numerator) / D(i.denominator) * fc.PPY[s.freq] * 100
        assert abs(s.cost - got) < D("1e-6"), (s.name, s.cost, got)


expected_af = fcae.expected_ae


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def af01(s: Spec) -> str:
    """A wedding-planning company lends a freelance photographer: 第X条 clauses, 大写 amounts."""
    P = s.principal
    r1, r2_, rn = s.rows[0], s.rows[1], s.rows[-1]
    return f"""设备购置借款合同
合同编号：XH-JK-2026-011
出借人（甲方）：江城喜禾婚礼策划有限公司
借款人（乙方）：石磊（自由摄影师，长期承接甲方婚礼跟拍业务）
第一条　借款金额：人民币{daxie(P)}（¥{money(P)}），专用于乙方购置无人机一台、全画幅相机机身一台及镜头两支。
第二条　交付：甲方于{ymd(s.start_date)}将借款转入乙方尾号6621的银行卡，乙方收款后出具收条。
第三条　利率：月利率{plain(s.rate_value)}%，按每月月初剩余本金计息。
第四条　还款：借款期限{s.term_months}个月，乙方每月{due(s, 1).day}日归还本金{money(r1['principal'])}元（末期{money(rn['principal'])}元）及当月利息；首期{ymd(due(s, 1))}应还{money(r1['total'])}元（其中利息{money(r1['interest'])}元），第二期应还{money(r2_['total'])}元，此后逐月递减，末期{ymd(end(s))}应还{money(rn['total'])}元。
第五条　利息合计人民币{daxie(total_interest(s))}（¥{money(total_interest(s))}），本息合计¥{money(total_repaid(s))}。
第六条　乙方每期应还款项，甲方可从应付乙方的婚礼跟拍劳务费中直接扣除；劳务费不足部分由乙方转账补足。
第七条　甲方不收取利息以外的任何费用。乙方可提前还款，利息算至还款当日。
第八条　本合同自双方签字盖章之日起生效。
甲方（盖章）：江城喜禾婚礼策划有限公司　　乙方（签字）：石磊
签订日期：{ymd(s.contract_date)}
"""


def af02(s: Spec) -> str:
    """A camping-gear shop's checkout page with a consumer-finance instalment and a monthly fee (HTML)."""
    P = s.principal
    f = s.fees[0]
    rows = "\n".join(f"<tr><td>第{r['k']}期</td><td>{ymd(r['date'])}</td><td>{money(r['principal'])}</td><td>{money(r['interest'])}</td>"
                     f"<td>{money(r['fees'])}</td><td>{money(r['total'])}</td></tr>" for r in s.rows)
    body = f"""<div class="shop">野趣户外 · 结算</div>
<ul class="items"><li>山野 Pro 铝杆充气帐篷 ×1</li><li>蛋卷桌椅套装 ×1</li><li>户外电源 1000Wh ×1</li></ul>
<div class="row"><span>订单金额</span><span>¥{money(P)}</span></div>
<div class="row"><span>支付方式</span><span>月付分期（由 和裕消费金融有限公司 提供）</span></div>
<div class="row"><span>分期期数</span><span>{s.n}期 · 等额本息</span></div>
<div class="row"><span>年利率（单利）</span><span>{plain(s.rate_value)}%</span></div>
<div class="row"><span>平台服务费</span><span>每期{plain(f.percent)}%（按订单金额），¥{money(fee(s))}/期</span></div>
<div class="row"><span>每期应还</span><span>¥{money(pay(s))}{last(s, '末期¥')}</span></div>
<div class="row"><span>总利息</span><span>¥{money(total_interest(s))}</span></div>
<div class="row"><span>服务费合计</span><span>¥{money(fee(s) * s.n)}</span></div>
<div class="row"><span>应还总额</span><span>¥{money(total_repaid(s))}</span></div>
<p>还款计划</p>
<table><tr><th>期次</th><th>日期</th><th>本金</th><th>利息</th><th>服务费</th><th>应还</th></tr>
{rows}
</table>
<p class="muted">资金由和裕消费金融有限公司于{ymd(s.start_date)}直接支付给商户“野趣户外旗舰店”。买家：龚晓川。下单时间：{ymd(s.contract_date)} 21:47</p>
<button>同意协议并支付</button>"""
    return page("确认订单", body, True, 'var cart={"n":3,"pay":"cfc_monthly"};')


def af03(s: Spec) -> str:
    """A partner lends the other partner his capital share: full-width digits, key/value lines."""
    P = s.principal
    return fullwidth(f"""合伙出资借款协议
出借人：蔡文博（“一碗鲜”米粉店合伙人，占股60%）
借款人：韦小东（“一碗鲜”米粉店合伙人，占股40%）
借款事由：借款人用于缴纳合伙出资款
借款金额：人民币{money(P)}元
借款日期：{ymd(s.start_date)}
还款日期：{ymd(end(s))}（借款期限{s.term_months}个月）
年利率：{plain(s.rate_value)}%
还款方式：到期一次性归还本金及利息
到期应还：本金{money(P)}元＋利息{money(total_interest(s))}元＝{money(total_repaid(s))}元
逾期责任：借款人到期未还的，自逾期之日起每日按未还金额的千分之一支付违约金
担保：借款人以其在米粉店的40%合伙份额作担保，逾期超过90日的，出借人可按评估价受让该份额抵偿欠款
出借人签字：蔡文博　　借款人签字：韦小东
签订日期：{ymd(s.contract_date)}
""")


def af04(s: Spec) -> str:
    """A car-detailing shop's equipment loan from a microloan company: (1)(2) clauses, a schedule table, a fee kept."""
    P = s.principal
    f = s.fees[0]
    head = "期数|还款日|本金|利息|合计"
    rows = "\n".join(f"{r['k']}|{ymd(r['date'])}|{money(r['principal'])}|{money(r['interest'])}|{money(r['total'])}" for r in s.rows)
    return f"""速融网络小额贷款有限公司　小微经营贷款合同（摘要）
借款人：鲁晓峰（“峰尚汽车美容”经营者）
(1) 借款金额：人民币{money(P)}元，用于购置高压洗车机、泡沫机及镀晶设备。
(2) 借款期限：{s.n}个月，自{ymd(s.start_date)}起。
(3) 年利率：{plain(s.rate_value)}%（单利），等额本息，每月{due(s, 1).day}日还款{money(pay(s))}元{last(s, '末期')}。
(4) 上门调查费：贷款人派员实地核查经营场所，收取调查费{money(f.amount)}元，放款时从借款中直接扣除，借款人实际到账{money(s.received)}元。
(5) 利息合计{money(total_interest(s))}元，应还本息合计{money(total_repaid(s))}元。
(6) 还款计划如下：
{head}
{rows}
(7) 借款人逾期的，按逾期金额每日万分之五计收罚息。
借款人（电子签名）：鲁晓峰　　签约时间：{ymd(s.contract_date)}
"""


def af05(s: Spec) -> str:
    """A sister-in-law lends for a civil-service exam course, agreed in a WeChat chat."""
    P = s.principal
    i1 = s.rows[0]["interest"]
    d0 = s.start_date
    return f"""微信聊天记录（导出）
—— {d0.year}年{d0.month}月{d0.day - 1}日 20:14 ——
韦小军：嫂子，我报了个考公的全程班，协议班要{money(P).replace('.00', '')}，手头实在凑不齐[捂脸]
秦嫂子：要多少？
韦小军：就{fc.wan(P)}，一年后还你，利息我照给
秦嫂子：那就按月息九厘六吧，跟我放银行理财差不多
韦小军：好的嫂子，那一个月就是{money(i1).replace('.00', '')}块利息，我每个月{due(s, 1).day}号转你
秦嫂子：对，十二个月利息一共{money(total_interest(s)).replace('.00', '')}，本钱明年{d0.month}月{d0.day}号一起还我就行
韦小军：嗯嗯，明年{end(s).month}月{end(s).day}号还{money(P).replace('.00', '')}本金，最后一个月利息也那天一起给
—— {d0.year}年{d0.month}月{d0.day}日 09:31 ——
秦嫂子：[转账] ¥{money(P)}　备注：借给小军报班
韦小军：[已收款] ¥{money(P)}
韦小军：收到了嫂子，谢谢！我写个借条拍给你
韦小军：[图片]
秦嫂子：好，好好学，别辜负你哥
"""


def af06_blocks(s: Spec) -> list:
    """An indoor children's playground's equipment loan from a microloan company (DOCX)."""
    P = s.principal
    table = [["条款", "内容"],
             ["借款人", "贺丹（“豆丁乐园”室内儿童游乐场经营者）"],
             ["借款金额", f"人民币{money(P)}元"],
             ["借款用途", "更换淘气堡滑梯、海洋球池及软包围护"],
             ["年利率（单利）", f"{plain(s.rate_value)}%"],
             ["借款期限", f"{s.n}个月，{ymd(s.start_date)}至{ymd(end(s))}"],
             ["还款方式", "等额本息"],
             ["每期还款", f"{money(pay(s))}元{last(s, '末期')}"],
             ["利息总额", f"{money(total_interest(s))}元"],
             ["还款总额", f"{money(total_repaid(s))}元"],
             ["其他费用", "无（不收取手续费、服务费、保证金）"]]
    return [
        ("p", "小额贷款借款合同"),
        ("p", "贷款人：江城童趣小额贷款股份有限公司"),
        ("p", "一、主要借款条件"),
        ("tbl", table),
        ("p", f"二、贷款人于{ymd(s.start_date)}将借款全额发放至借款人账户，不预扣任何款项。"),
        ("p", f"三、首期还款日{ymd(due(s, 1))}，此后每月同日还款。"),
        ("p", "四、借款人逾期的，按逾期本金每日万分之六计收罚息，不另收违约金。"),
        ("br", "贷款人（盖章）：江城童趣小额贷款股份有限公司", "借款人（签字）：贺丹", f"签订日期：{ymd(s.contract_date)}"),
    ]


def af07(s: Spec) -> str:
    """A ragdoll kitten bought on instalments from a cattery: a PDF schedule with a service-fee column."""
    P = s.principal
    head = "期数 | 还款日 | 本金 | 利息 | 服务费 | 合计"
    rows = "\n".join(f"{r['k']} | {ymd(r['date'])} | {money(r['principal'])} | {money(r['interest'])} | {money(r['fees'])} | {money(r['total'])}"
                     for r in s.rows)
    return f"""绒绒猫舍　布偶猫购买分期合同
买方/借款人：岑佳怡
商品：布偶猫（海豹双色，母，芯片号900164001238877）一只，含疫苗三针及绝育券
价款：人民币{money(P)}元，首付0元，全额分期
分期服务商：融悦消费金融有限公司（于{ymd(s.start_date)}将款项直接付给绒绒猫舍）
年利率：{plain(s.rate_value)}%，等额本息，共{s.n}期
服务费：每期按分期本金的{plain(s.fees[0].percent)}%收取，即{money(fee(s))}元/期
每期还款：{money(pay(s))}元{last(s, '末期')}
利息合计：{money(total_interest(s))}元，服务费合计：{money(fee(s) * s.n)}元，总计应还：{money(total_repaid(s))}元
还款计划：
{head}
{rows}
买方签字：岑佳怡　　日期：{ymd(s.contract_date)}
"""


def af08(s: Spec) -> str:
    """A farmland operating-rights transfer contract: rent paid yearly, not a loan."""
    return """农村土地经营权流转合同
流出方（甲方）：江城市柳溪镇石桥村村民　邱长林
流入方（乙方）：江城绿源蔬菜专业合作社
一、甲方将其承包的石桥村三组水田12.5亩的经营权流转给乙方，用于种植蔬菜。
二、流转期限：自2026年3月1日起至2031年2月28日止，共五年。
三、流转费：每亩每年人民币800.00元，每年合计10,000.00元；乙方于每年3月10日前一次性支付当年流转费，第三年起每亩每年递增50.00元。
四、乙方逾期支付流转费的，每逾期一日按应付未付金额的万分之三支付违约金；逾期超过六十日的，甲方可解除合同。
五、流转期满，乙方应将土地恢复耕种条件后交还甲方；乙方投资建设的大棚，由双方协商作价处理。
六、本合同经村民委员会备案后生效。
甲方：邱长林　　乙方（盖章）：江城绿源蔬菜专业合作社
见证方：石桥村村民委员会
签订日期：2026年2月16日
"""


def af09(s: Spec) -> str:
    """An Indonesian finance company's rupiah loan to a Chinese worker at a nickel smelter: out of scope."""
    P = s.principal
    return f"""个人贷款协议（中文译本，仅供参考，以印度尼西亚文本为准）
贷款方：PT Dana Sejahtera Finance（印度尼西亚金融服务管理局OJK注册的融资公司）
借款方：卢建华（中国籍，苏拉威西岛莫罗瓦利工业园镍冶炼厂技术员，工作签证KITAS）
贷款金额：印尼盾{money(P)}（Rp {P:,.0f}）
月利率：{plain(s.rate_value)}%（按剩余本金计息）
期限：{s.n}个月，每月等额还款印尼盾{money(pay(s))}{last(s, '末期印尼盾')}
利息总额：印尼盾{money(total_interest(s))}
放款日：{s.start_date.day:02d}-{s.start_date.month:02d}-{s.start_date.year}
本协议适用印度尼西亚共和国法律，争议由中苏拉威西省帕卢地方法院管辖。
"""


def af10(s: Spec) -> str:
    """A strawberry-greenhouse grower's loan from a rural commercial bank: ASCII schedule, 万元, numeral dates."""
    P = s.principal
    plan = ascii_table([["期次", "还款日", "归还本金", "利息", "本期合计", "剩余本金"]] + [
        [str(r["k"]), ymd(r["date"]), money(r["principal"]), money(r["interest"]), money(r["total"]),
         money(P - sum(x["principal"] for x in s.rows[:r["k"]]))] for r in s.rows])
    return f"""江城农村商业银行　个人生产经营贷款借款合同
借款人：甘秀英（柳溪镇“甘家莓园”草莓大棚种植户，大棚二十二座）
贷款金额：{fc.wan(P)}（人民币{money(P)}元）
贷款用途：新建连栋大棚及水肥一体化设备
贷款期限：{s.term_months}个月，自{cn_date(s.start_date)}起至{cn_date(end(s))}止
年利率：{plain(s.rate_value)}%，按季结息
还款方式：按季等额本金，每三个月还款一次，还款日为当月{due(s, 1).day}日，利息按当季期初剩余本金计算
利息合计：{money(total_interest(s))}元
费用：本行不收取任何贷款手续费、评估费
还款计划表：
{plan}
借款人：甘秀英　　贷款人：江城农村商业银行柳溪支行（盖章）
签订日期：{cn_date(s.contract_date)}
"""


def af11(s: Spec) -> str:
    """A smart-home install loan on a bank app (PNG): the method unnamed, fixed by instalment and total."""
    P = s.principal
    return f"""江城银行 APP
家装分期 · 借款详情
借款金额　¥{money(P)}
收款方　江城智居科技有限公司（全屋智能安装）
借款期数　{s.n}期（按月还款）
年利率(单利)　{plain(s.rate_value)}%
每期还款　¥{money(pay(s))}{last(s, '末期¥')}
利息总额　¥{money(total_interest(s))}
应还总额　¥{money(total_repaid(s))}
首期还款日　{ymd(due(s, 1))}
其他费用　¥0.00
借款人　易婉婷
放款时间　{ymd(s.start_date)} 10:26:51
"""


def af12(s: Spec) -> str:
    """An uncle lends his nephew for a guqin workshop: 繁體, the term fixed by the rate and the total interest."""
    P = s.principal
    return f"""借據
今借到舅舅譚國良人民幣{daxie(P, trad=True)}（￥{money(P)}），用於租賃工作室及購買桐木、杉木板材，開辦“清商古琴斫製工作室”。
借款自{cn_date(s.start_date)}轉賬交付之日起計息，年利率百分之九（單利），利息合計{daxie(total_interest(s), trad=True)}（￥{money(total_interest(s))}），到期與本金一併歸還，本息共計{daxie(total_repaid(s), trad=True)}（￥{money(total_repaid(s))}）。
除利息外，舅舅不收取任何費用；如到期不能歸還，雙方另行協商，不另計違約金。
借款人：鄭亦凡（外甥）
出借人：譚國良
{cn_date(s.contract_date)}
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

SERVICE = ["service", "installment", "platform", "other"]


def specs() -> list[Spec]:
    return [
        c("zh-af01-wedding-planner-lends-freelance-photographer-camera-drone-articles-daxie-equal-principal-above-four-lpr", af01,
          principal=D(60000), method="equal_principal", n=10, term_months=10, rate_value=D("1.1"), rate_per="month",
          **signed(2026, 3, 18), lender_type="company",
          notes=["a wedding-planning company (no lending licence) lends: private lending; 1.1% x 12 = 13.2% > 4 x 3.00% = 12%"]),
        c("zh-af02-camping-gear-shop-checkout-page-monthly-platform-service-fee-full-plan-above-36-html", af02, "html",
          principal=D(5400), method="equal_installment", n=12, term_months=12, rate_value=D("15.6"),
          fees=[Fee("平台服务费", SERVICE, "per_period", percent=D("1.2"))],
          **signed(2026, 5, 9), lender_type="consumer_finance",
          notes=["15.6% equal instalments + 1.2% of 5,400 = 64.80 a month: all-in cost above 36%"]),
        c("zh-af03-restaurant-partner-lends-capital-share-fullwidth-digits-daily-one-permille-overdue-above-four-lpr", af03,
          principal=D(80000), method="bullet", freq="single", n=1, term_months=12, rate_value=D(6),
          **signed(2026, 2, 26), lender_type="individual", overdue_annual=D("36.5"),
          notes=["6% lawful; 80,000 x 6% = 4,800; overdue 0.1% a day = 36.5% > 12% (Art. 28/29)"]),
        c("zh-af04-car-detailing-shop-microloan-bracketed-clauses-schedule-table-site-survey-fee-kept-at-payout", af04,
          principal=D(20000), method="equal_installment", n=12, term_months=12, rate_value=D(18),
          fees=[Fee("上门调查费", ["assessment", "application", "service", "handling", "other"], "upfront_deducted", amount=D(800))],
          **signed(2026, 4, 14), lender_type="microloan",
          notes=["800 kept from the payout: 19,200 received; fees deducted before payout (141号)"]),
        c("zh-af05-sister-in-law-lends-civil-service-exam-course-wechat-chat-monthly-nine-li-six-just-under-four-lpr", af05,
          principal=D(50000), method="interest_only", n=12, term_months=12, rate_value=D("0.96"), rate_per="month",
          **signed(2026, 6, 20), lender_type="individual",
          notes=["月息九厘六 = 0.96% a month = 11.52% <= 12%; 50,000 x 0.96% = 480 a month; 5,760 a year"]),
        c("zh-af06-indoor-playground-equipment-microloan-key-terms-word-table-just-under-24-docx", af06_blocks, "docx",
          principal=D(60000), method="equal_installment", n=12, term_months=12, rate_value=D("23.8"),
          **signed(2026, 7, 6), lender_type="microloan", overdue_annual=D("21.9"),
          notes=["23.8% <= 24%, no fee; overdue 0.06% a day = 21.9% (a licensed lender: not judged by 4 x LPR)"]),
        c("zh-af07-ragdoll-kitten-cattery-instalment-schedule-service-fee-column-just-under-36-pdf", af07, "pdf",
          principal=D(7200), method="equal_installment", n=12, term_months=12, rate_value=D("19.2"),
          fees=[Fee("服务费", SERVICE, "per_period", percent=D("0.8"))],
          **signed(2026, 8, 2), lender_type="consumer_finance",
          notes=["19.2% equal instalments + 0.8% of 7,200 = 57.60 a month: all-in cost just under 36%"]),
        c("zh-af08-farmland-operating-rights-transfer-contract-yearly-rent-not-a-loan", af08, **OTHER,
          notes=["a land-rights transfer: rent for land, nothing lent: not a loan"]),
        c("zh-af09-indonesia-finance-company-nickel-smelter-worker-loan-chinese-translation-idr-out-of-scope", af09,
          principal=D(60000000), method="equal_installment", n=24, term_months=24, rate_value=D("1.5"), rate_per="month",
          currency="IDR", jurisdiction="ID", apr_method=None, **signed(2026, 9, 1), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="Indonesian law is outside the bundled rulesets",
          notes=["an Indonesian finance company in rupiah: out of scope, no cost or verdict"]),
        c("zh-af10-strawberry-greenhouse-rural-bank-ascii-schedule-quarterly-equal-principal-wan-numeral-dates", af10,
          principal=D(240000), method="equal_principal", freq="quarter", n=8, term_months=24, rate_value=D("4.5"),
          **signed(2026, 1, 15), lender_type="bank",
          notes=["240,000 / 8 = 30,000 a quarter; first interest 240,000 x 4.5% / 4 = 2,700; equal principal: the cost is the rate"]),
        c("zh-af11-smart-home-install-bank-app-loan-detail-method-unnamed-png", af11,
          principal=D(36000), method="equal_installment", n=24, term_months=24, rate_value=D("4.8"),
          **signed(2026, 10, 12), lender_type="bank", opts={"png": True},
          notes=["the method is not named: an equal instalment of 1,576.15 and the total 37,827.52 fix equal instalments"]),
        c("zh-af12-traditional-uncle-lends-nephew-guqin-workshop-daxie-term-fixed-by-total-interest", af12,
          principal=D(30000), method="bullet", freq="single", n=1, term_months=10, rate_value=D(9),
          **signed(2026, 4, 1), lender_type="individual",
          notes=["no end date: 2,250 = 30,000 x 9% x t fixes t = 10 months; 9% <= 12%"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the docstring, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-af01"]
    assert fc.annual_rate(z) == D("13.2") and z.rows[0]["interest"] == D(660) and z.rows[0]["principal"] == D(6000)
    assert z.rows[-1]["interest"] == D(66) and total_interest(z) == D(3630) and verdict["zh-af01"] is True
    assert daxie(D(60000)) == "陆万元整"
    z = by["zh-af02"]
    assert fee(z) == D("64.80") and fee(z) * 12 == D("777.60") and z.rows[0]["interest"] == D("70.20")
    assert z.cost > 36 and verdict["zh-af02"] is True
    z = by["zh-af03"]
    assert total_interest(z) == D(4800) and total_repaid(z) == D(84800) and D("0.1") * 365 == z.overdue_annual > 12
    assert verdict["zh-af03"] is True and abs(z.cost - 6) < D("1e-9")
    z = by["zh-af04"]
    assert z.received == D(19200) and z.rows[0]["interest"] == D(300) and verdict["zh-af04"] is True
    z = by["zh-af05"]
    assert z.rows[0]["interest"] == D(480) and total_interest(z) == D(5760) and fc.annual_rate(z) == D("11.52")
    assert verdict["zh-af05"] is False
    z = by["zh-af06"]
    assert z.rows[0]["interest"] == D(1190) and z.cost <= 24 and verdict["zh-af06"] is False and D("0.06") * 365 == D("21.9")
    z = by["zh-af07"]
    assert fee(z) == D("57.60") and z.rows[0]["interest"] == D("115.20") and 35 < z.cost < 36 and verdict["zh-af07"] is False
    assert verdict["zh-af08"] is False and verdict["zh-af09"] is None and by["zh-af09"].cost is None
    z = by["zh-af09"]
    assert z.rows[0]["interest"] == D(900000)
    z = by["zh-af10"]
    assert all(r["principal"] == D(30000) for r in z.rows) and z.rows[0]["interest"] == D(2700)
    assert z.rows[-1]["interest"] == D("337.50") and total_interest(z) == D(12150) and fc.wan(z.principal) == "24万元"
    assert abs(z.cost - D("4.5")) < D("1e-6") and verdict["zh-af10"] is False
    z = by["zh-af11"]
    assert z.rows[0]["interest"] == D(144) and verdict["zh-af11"] is False
    z = by["zh-af12"]
    assert total_interest(z) == D(2250) and D(2250) / (D(30000) * D("0.09")) * 12 == 10 and daxie(D(30000), trad=True) == "參萬圓整"
    assert verdict["zh-af12"] is False


PUBLISHED = fcae.PUBLISHED


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    for advance, flows, periods, published, tolerance in PUBLISHED:
        got = companion_rate(advance, flows) * periods * 100
        assert abs(got - published) < tolerance, (published, float(got))
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_af, check_expectations
    fce.expected_e = expected_af
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
