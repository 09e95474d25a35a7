#!/usr/bin/env python3
"""Held-out batch AJ of the fresh phrasing corpus, Chinese side (tests/fresh/zh/zh-aj*): 10 Chinese
documents written for session 32 (helper batchaj-zh) without reading the extractors, the rulesets'
rule files, the locales or the engine's tests, to measure whether the work on batches A-AI
generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_aj_zh.py            # (re)write tests/fresh/zh/zh-aj* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_aj_zh.py --check    # recompute and diff the files against the committed ones

The parameters, the schedule arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ai_zh.py (and through it of batches A-AH), imported, not copied. Every cost is
re-derived by the solvers of batches D-AI; this batch adds `kantorovich_rate`: NEWTON'S METHOD WITH
A NEWTON-KANTOROVICH CERTIFICATE, in exact rational arithmetic (fractions.Fraction). With
f(i) = sum p_k (1 + i)^-k - A (decreasing and convex for i > -1), Newton's iteration runs from
i0 = 0, where f(0) = sum p_k - A > 0, so the iterates rise monotonically to the root (convexity);
each iterate is rounded to 1e-45 to keep the fractions small. At the final point x the theorem of
Kantorovich is checked, not assumed: beta = |f(x) / f'(x)| (the next Newton step), R = 2 beta, the
Lipschitz constant of f' on [x - R, x + R] is L = f''(x - R) (f'' = sum k (k + 1) p_k (1 + i)^-(k+2)
is positive and decreasing, so its largest value on the ball is at the left end), and
h = L beta / |f'(x)| must be <= 1/2; then a root lies within t* = 2 beta / (1 + sqrt(1 - 2 h)) <=
2 beta of x, and it is the only one in the ball. Asserted: h <= 1/2, 2 beta < 1e-30 (a periodic
rate), f(x - 2 beta) >= 0 >= f(x + 2 beta) exactly, and the annual figure agrees with the shared
solver within 1e-6 pp and with the published figures of apr-methods.md. A verified error bound from
the theorem's hypotheses at one point; no bracket search, no interval arithmetic, no interpolation,
no polynomial roots, no ODE. Unlike every solver of the earlier batches (bisection, secant, Ridders,
Brent, Illinois, Anderson-Bjorck, Pegasus, ITP, Chandrupatla, Steffensen, Muller, Laguerre, Halley,
Householder, Chebyshev, Ostrowski, Traub / Potra-Ptak, Weerakoon-Fernando, harmonic-mean Newton,
Jarratt, digit-by-digit, fixed point, midpoint Newton, King, super-Halley, Newton on the log of the
present value, Dekker, Lagrange continued fractions, Schroeder, Durand-Kerner, inverse quadratic
interpolation alone, companion-matrix eigenvalues, Aberth-Ehrlich, Dandelin-Graeffe, Bernoulli,
Davidenko continuation with RK4, interval Newton).

Formats: HTML zh-aj02 (a dog-training camp's instalment page, the terms as a <ul> of label / value
items, the plan as <table> rows whose 服务费 column is 0.00 but in the last row); DOCX zh-aj04 (a
village banquet chef team's mobile-kitchen microloan, key terms as a Word table, neither the number
of periods nor the method named); PDF zh-aj05 (a bank loan for a child's cochlear implant, the plan
期次 | 还款日期 | 归还本金 | 归还利息 | 本期合计, with a stated interest total that contradicts it);
PNG zh-aj06 (a microloan app's confirmation screen, 30 days, set as a PDF page and rendered by
`pdftoppm -r 150 -png`). The rest .txt.

Products (checked against the NAMES of every document in tests/fresh/zh; none of these products is
there): a tattoo artist borrowing from his former master for a studio lease (a letter of promise,
二〇二六 dates, the method never named); a dog-training camp on instalment (HTML); a fishing-tackle
shop's IOU, six months' interest kept back at the handover (汉字 dates); a village banquet (坝坝宴)
chef team's mobile kitchen (DOCX); a child's cochlear implant (PDF); a mooncake stall's 30-day app
loan (PNG); a dairy farm lending its milk collector for a cooling tank (the term never stated); a
medical-insurance claim settlement statement (not a loan); a Lao microfinance institution's kip loan
to a Chinese rubber planter (out of scope); a consumer-finance interest-first loan with a monthly
账户管理费 in a space-aligned plan (二〇二六 dates in the text).

Requirements of the brief, where they are: not a loan zh-aj08; out of scope zh-aj09. Failure classes:
* the term or the method not stated but fixed by the figures: zh-aj01 (no method named: twelve
  equal payments of the same figure, the last a cent apart, fix equal instalments); zh-aj04 (no
  count, no method: 首次还款日 2026-08-06 and 最后一次还款日 2027-07-06, monthly, fix 12 periods;
  one 每月还款额 fixes equal instalments); zh-aj07 (no term, no end date: 30,000 repaid 2,500 a
  month fixes 12 months, equal principal named by "按尚未归还的本金").
* a fee due at maturity: zh-aj02 (the 尾期服务费 in the plan's last row, HTML), zh-aj06 (a 到期服务费
  on a 30-day loan, PNG); a fee per period in a plan table: zh-aj10 (账户管理费 column).
* interest taken from the principal (砍头息): zh-aj03 (an individual keeps six months' interest,
  2,400, at the handover: 47,600 received).
* dates in words: zh-aj01, zh-aj10 (二〇二六年...), zh-aj03 (二〇二六年八月十二日 in the IOU).
* a stated figure contradicting the others: zh-aj05 (利息合计 9,216.00 and 还款总额 105,216.00 =
  the flat 96,000 x 4.8% x 2; the plan's own rows and the named method (等额本金) give 4,800.00 and
  100,800.00: expected = the schedule; inconsistency expected).
* near a legal line: zh-aj01 just over 4 x LPR (12.6% > 12%); zh-aj07 just under (11.9% <= 12%);
  zh-aj04 just under the microloan 24% (月利率1.99% = 23.88%); zh-aj06 just over 36% (36.50%);
  zh-aj10 just under 36% (35.40%, the 24-36% warning zone).

Decisions (said here so that they can be argued with):
* zh-aj01: a natural person (the former master) lends at 12.6% a year > 4 x 3.00% = 12%: violation
  (Art. 25 [C]). Equal instalments, the method never named (the figures fix it).
* zh-aj02: a consumer-finance company pays the camp; 7.2% equal instalments plus 3% of the price
  (252.00) with the last instalment: all-in 12.28%, lawful. Fee kinds: service, installment,
  handling, other; timing at_maturity.
* zh-aj03: a natural person lends 50,000 for six months at 月息八厘 (0.8% a month = 9.6%, lawful by
  itself) but keeps the six months' interest (2,400) at the handover: interest deducted up front:
  violation (Civil Code Art. 670 [C]); received 47,600; the cost on 47,600 is 10.08%.
* zh-aj04: a licensed microloan company at 月利率1.99% = 23.88% <= 24%, no fee: lawful near the line.
* zh-aj05: a rural commercial bank at 4.8% in equal principal, no fee: lawful, ordinary; the stated
  totals are wrong (flat arithmetic) and the plan decides; inconsistency: true.
* zh-aj06: a network microloan company: 10,000 for 30 days at 日利率0.05% (150.00) plus a 1.5%
  到期服务费 (150.00) at maturity: (10,300 / 10,000 - 1) x 365 / 30 = 36.50% > 36%: violation
  (141号 [S]). The screen's own "年化利率18.25%" leaves the fee out; the rate field is the daily
  0.05% (annual 18.25).
* zh-aj07: a company (a dairy farm) lends a natural person at 11.9% <= 12%: lawful near the line
  (Art. 25 [C] applies to a non-financial company's lending as to a natural person's). The overdue
  clause, 每日万分之三 = 10.95% a year, is within 12% too.
* zh-aj08: a medical-insurance claim settlement statement: money paid to the insured, nothing lent
  or owed back: not a loan (kind other).
* zh-aj09: a Lao microfinance institution in kip under Lao law, a Vientiane court: out of scope.
* zh-aj10: a consumer-finance company at 21.6% interest-first plus a 1.15%-a-month 账户管理费 on the
  principal (690.00): 2.95% a month, all-in 35.40%: under 36%, lawful (the warning zone).
* messages: see tests/messages_aj_zh/README.md.

First reading (branch batchaj-zh from fef7d632; the texts, expected values and messages committed in
98d902cb before loanlint ever ran on them), with a copy of the frozen binary of main
(/work/bin/loanlint-main of 2026-12-05 02:29, copied to /tmp/loanlint-aj-<pid>):
`scripts/accuracy.py --binary /tmp/loanlint-aj-<pid> --only zh-aj --jobs 1`.
87.1% of the compared fields right; the field misses are the zh-aj lines of
tests/fresh/KNOWN_GAPS.tsv (copied from `cargo test --test suite fresh_corpus::every_field`'s
target/tmp/fresh_corpus_gaps.tsv): 21 lines, the 19 misses below plus two fields the suite
compares and accuracy.py does not (zh-aj03's interest_deducted, zh-aj06's png_vs_text). No expected
value was changed after the run.
The measuring machine's tesseract had no chi_sim at the first try (only eng, osd): the PNG was then
OCR'd as Latin garbage (83.0%, 122/147). tesseract-ocr-chi-sim was installed (apt) and accuracy.py
run again with the same binary; the table is that second run. (.ci/run installs
tesseract-ocr-chi-sim only when tesseract itself is missing: a machine with tesseract but without
chi_sim stays without it.)

    field                     zh
    doc kind        12/14  85.7%
    principal       14/14 100.0%
    received        12/13  92.3%
    term            10/13  76.9%
    method          10/13  76.9%
    count           11/13  84.6%
    rate            13/13 100.0%
    fees            13/13 100.0%
    APR±tol          9/13  69.2%
    violation       11/13  84.6%
    date            13/13 100.0%
    conflict          0/2   0.0%
    all fields    128/147  87.1%

Misses by class at the first reading (the verdicts first):
* missed violations (2):
  - zh-aj03 (interest kept at the handover, an individual lender): "六个月的利息共贰仟肆佰元，经双方说定，
    出借人交付借款时当场留下，实际转给本人肆万柒仟陆佰元整（47,600.00元）" is not read as interest
    deducted: received 50,000, cost 9.60% (expected 10.08% on 47,600), no Art. 670 finding, and the
    report's "依法最多应还 ¥52,400.00" adds the 2,400 of interest that was already kept back to the
    50,000 the IOU says is all that is owed: it tells the borrower he owes 2,400 more than he does.
  - zh-aj06 PNG (30 days, fee at maturity, 36.50%): the OCR reads "借款期限 30天" as "30K"; the term
    is then lost although 到期还款日 2026年10月1日 and 申请时间 2026年9月1日 fix it (30 days): no
    cost, no violation (only the microloan disclosure warning). The .txt twin is right in full but
    the kind: 36.50%, cn-lic-apr-above-36.
* false violations: none. zh-aj07 (11.90%, company lender), zh-aj04 (23.88%, microloan), zh-aj10
  (35.40%, the 24% warning only), zh-aj02 (12.28%), zh-aj05 (4.80%) raise no violation; zh-aj09
  (Laos, kip): no legal verdict ("所附规则不适用"), a cost of 30.00% still printed; zh-aj08 other.
* term / method / count not stated but fixed by the figures (3 of 4 missed):
  - zh-aj01: "每月同一天还您3,208.67元，一共还十二次（最后一次3,208.68元），到二〇二七年三月十八日全部
    还清" is left among the unparsed statements: no count (十二次), no term, no method, no cost
    (12.60% expected); the violation is right from the rate alone (cn-pl-interest-above-4x-lpr).
  - zh-aj07: "每月25日前归还本金2,500.00元，并按尚未归还的本金支付当月利息，直至本金全部还清" with
    30,000: no term (30,000 / 2,500 = 12), no method (equal principal), no count, no cost (11.90%);
    the first payment's breakdown is listed as unparsed.
  - zh-aj04 (DOCX and txt): right: 12 periods from 首次还款日 / 最后一次还款日, equal instalments,
    23.88%.
* document kind: zh-aj06 (txt and png), an app's 借款确认 screen with a [确认借款] button, is read
  as loan_disclosure (expected loan_contract, as the earlier batches' app confirmation screens).
  For the lead: a screen shown before the borrower confirms is arguably a pre-contract disclosure;
  the expected value stays as written.
* conflict: zh-aj05 (PDF and txt): the stated 利息合计 9,216.00 / 还款总额 105,216.00 (flat
  arithmetic) against the plan's 4,800.00 / 100,800.00 raise no inconsistency; the cost (4.80%),
  method, count and the lawful total (100,800.00) are right, so the plan decided, silently.
Right in full: zh-aj02 (html and txt; the 尾期服务费 at maturity from the plan's last row),
zh-aj04 (docx and txt), zh-aj08 (other), zh-aj09, zh-aj10 (the 账户管理费 column, 二〇二六 dates).
Messages (tests/messages_aj_zh): 5/6 in the right tier (`cargo test --test suite messages_c::`, and
each run by hand with `/tmp/loanlint-aj-<pid> message --contract ... --days ... --received ...`);
the miss is in its KNOWN_MISSES.tsv:
* zh-aj06 (zh-aj10, 3 days; collection letters mailed to the parents' nursing home, one to the
  director and one on the parents' door, and calls in turns every night from 8 p.m. to midnight):
  read as a lawful reminder, no rule fired. The same report prints "依法最多应还 ¥1,200.00（合同要求
  ¥1,770.00，超出 ¥570.00）" (the 24% line of 法发〔2017〕22号 on a 35.40% loan) and yet "no demand
  above the lawful claim": the headline and the breakdown disagree.
* right: zh-aj01 (the next instalment asked early: 7,565.79 against a lawful 3,785.73 to the cent,
  msg-demand-above-lawful-claim and msg-demand-exceeds-contract); zh-aj02 (the 罚息 on the whole
  balance: 4,422.40 against 4,385.75, 36.65 above, to the cent; but the headline 结论 says 疑似诈骗
  from a sender-name warning: "青禾农商银行" is taken for a different sender from "青禾农村商业银行城西
  支行", 农商银行 being the usual short form); zh-aj03 (lawful, 2,798.34 read); zh-aj04
  (msg-pay-unusual-method for the game prepaid cards; the QQ contact and "勿告知银行工作人员或家人"
  raise nothing of their own); zh-aj05 (msg-threat-livelihood, msg-insult; the 小红书 comments with
  the ID card photo are not read as a disclosure to third parties, the tier stands on the others).

Hand checks (paper arithmetic, independent of the solvers), asserted in `check_expectations`:
* zh-aj01: 36,000 x 1.05% = 378.00 first interest; 12.6 > 12; 叁万陆仟元整.
* zh-aj02: 8,400 x 3% = 252.00 at the end; first interest 8,400 x 0.6% = 50.40.
* zh-aj03: 50,000 x 0.8% x 6 = 2,400; 47,600 received; (50,000 / 47,600 - 1) x 2 = 10.084%.
* zh-aj04: first interest 40,000 x 1.99% = 796.00; 1.99 x 12 = 23.88 <= 24; 12 monthly dates from
  2026-08-06 to 2027-07-06.
* zh-aj05: 96,000 / 24 = 4,000; interest 384 - 16 (k - 1): first 4,384.00, last 4,016.00; sum
  24 x 384 - 16 x 276 = 4,800; stated 9,216 = 96,000 x 0.048 x 2.
* zh-aj06: 10,000 x 0.05% x 30 = 150; fee 150; 300 / 10,000 x 365 / 30 = 36.5.
* zh-aj07: 30,000 / 2,500 = 12; first interest 30,000 x 11.9% / 12 = 297.50; first 2,797.50.
* zh-aj10: 60,000 x 1.8% = 1,080; 60,000 x 1.15% = 690; 1,770 a month; a level 2.95% a month
  on the whole principal, repaid at the end: the periodic IRR is exactly 2.95% -> 35.40%.
* Newton-Kantorovich on the PBoC example (99,000 for 12 x 8,833.30): 12.80% a year (apr-methods.md).

Needs Python >= 3.11, reportlab + WenQuanYi Micro Hei for the PDFs and poppler's pdftoppm for the PNG.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_ai_zh as fcai  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, money, plain  # noqa: E402
from fresh_corpus_ab_zh import signed  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import c, page  # noqa: E402
from fresh_corpus_e import OTHER  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_s_zh import last  # noqa: E402

date = dt.date
ROUND = Fraction(1, 10**45)


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Newton's method with a Newton-Kantorovich certificate, exact rationals
# ---------------------------------------------------------------------------------------------


def _derivs(advance: Fraction, pays: list[Fraction], x: Fraction) -> tuple[Fraction, Fraction, Fraction]:
    v = 1 / (1 + x)
    f, d1, d2 = -advance, Fraction(0), Fraction(0)
    vk = Fraction(1)
    for k, p in enumerate(pays, 1):
        vk *= v
        f += p * vk
        d1 -= k * p * vk * v
        d2 += k * (k + 1) * p * vk * v * v
    return f, d1, d2


def kantorovich_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """The periodic i with advance = sum p_k (1 + i)^-k, by Newton from 0, certified by Kantorovich."""
    a = Fraction(advance)
    pays = [Fraction(p) for p in payments]
    x = Fraction(0)
    assert _derivs(a, pays, x)[0] > 0
    for _ in range(100):
        f, d1, _d2 = _derivs(a, pays, x)
        step = f / d1
        x = Fraction(round((x - step) / ROUND)) * ROUND
        if abs(step) < Fraction(1, 10**35):
            break
    f, d1, _d2 = _derivs(a, pays, x)
    beta = abs(f / d1)
    radius = 2 * beta
    assert x - radius > -1
    lip = _derivs(a, pays, x - radius)[2]  # f'' is decreasing: its largest value on the ball
    h = lip * beta / abs(d1)
    assert h <= Fraction(1, 2), h
    assert radius < Fraction(1, 10**30), float(radius)
    assert _derivs(a, pays, x - radius)[0] >= 0 >= _derivs(a, pays, x + radius)[0]
    return x


def compute_aj(s: Spec) -> None:
    """Batch AI's compute (the solvers of batches A-AI), then this batch's solver on every
    multi-payment cost."""
    fcai.compute_ai(s)
    flows = [r["total"] for r in s.rows]
    if s.cost is not None and len(flows) > 1:
        i = kantorovich_rate(s.net_received, flows)
        got = D(i.numerator) / D(i.denominator) * fc.PPY[s.freq] * 100
        assert abs(s.cost - got) < D("1e-6"), (s.name, s.cost, got)


expected_aj = fcai.expected_ai


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def aj01(s: Spec) -> str:
    """A tattoo artist's letter of promise to his former master: 二〇二六 dates, the method never named."""
    P = s.principal
    return f"""借款承诺书
卫师傅：
　　徒弟应子墨跟您学艺五年，今年想在老城区租下沿街铺面开自己的纹身工作室，年租金和装修一时凑不齐，承蒙您答应借给我人民币{daxie(P)}（{money(P)}元）。这笔钱您已于{cn_date(s.start_date)}转到我的工商银行卡上，我已如数收到。
　　说好的利息是年利率{plain(s.rate_value)}%。我从{cn_date(due(s, 1))}起每月同一天还您{money(pay(s))}元，一共还十二次{last(s, '最后一次')}，到{cn_date(end(s))}全部还清。十二次加起来一共{money(total_repaid(s))}元，其中利息{money(total_interest(s))}元。
　　哪个月手头紧会提前跟您说，绝不拖欠，也不让师父为这笔钱操心。
承诺人：应子墨（按手印）
出借人：卫振东
{cn_date(s.contract_date)}
"""


def aj02(s: Spec) -> str:
    """A dog-training camp on instalment (HTML): the terms as a <ul>, the fee in the plan's last row."""
    P = s.principal
    f = s.fees[0]
    rn = s.rows[-1]
    rows = "\n".join(f'<tr><td>第{r["k"]}期</td><td>{ymd(r["date"])}</td><td>{money(r["principal"])}</td>'
                     f'<td>{money(r["interest"])}</td><td>{money(r["fees"])}</td><td>{money(r["total"])}</td></tr>' for r in s.rows)
    items = [("学员犬", "边境牧羊犬“可乐”（3岁）"), ("课程", "封闭式服从训练营 8周 + 结业后一年回访"),
             ("课程费", f"¥{money(P)}"), ("分期机构", "瑞泽消费金融股份有限公司（课程费由其直接支付给犬校）"),
             ("分期期数", f"{s.n}期，按月"), ("年利率", f"{plain(s.rate_value)}%（单利，等额本息）"),
             ("每期应还", f"¥{money(pay(s))}（第{s.n}期¥{money(rn['total'])}，含尾期服务费）"),
             ("尾期服务费", f"课程费的{plain(f.percent)}%，即¥{money(fee(s))}，随最后一期一并支付，此前各期不收"),
             ("利息合计", f"¥{money(total_interest(s))}"), ("应还合计", f"¥{money(total_repaid(s))}")]
    lis = "\n".join(f"<li><b>{k}</b><i>{v}</i></li>" for k, v in items)
    body = f"""<header>汪星人学院 · 城东训练基地</header>
<h2>训练营课程 分期支付确认</h2>
<ul class="terms">
{lis}
</ul>
<table class="plan"><thead><tr><th>期次</th><th>还款日</th><th>本金</th><th>利息</th><th>服务费</th><th>应还</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p class="who">主人：阮晓棠　手机尾号 5307　确认时间：{ymd(s.contract_date)} 20:12　放款日：{ymd(s.start_date)}</p>
<button>同意协议并确认分期</button>"""
    return page("训练营分期", body, True, 'window.__PLAN__={"camp":"WX-CD-08","n":12};')


def aj03(s: Spec) -> str:
    """A fishing-tackle shop's IOU: six months' interest kept back at the handover, 汉字 dates."""
    P = s.principal
    kept = s.interest_deducted
    return f"""借　据
今借到鲁长庚（个人，海湾渔具批发市场商户）人民币{daxie(P)}（{money(P)}元），用于本人“晓峰渔具”门店秋冬海钓用品备货。
借期六个月，自{cn_date(s.start_date)}起至{cn_date(end(s))}止，月息八厘。六个月的利息共{daxie(kept).replace('元整', '元')}，经双方说定，出借人交付借款时当场留下，实际转给本人{daxie(s.received)}（{money(s.received)}元）。
到期之日本人一次归还本金{daxie(P)}，利息已经留下，不再另付。
逾期不还的，出借人可以向本人住所地法院起诉。
借款人：单晓峰（签字、按手印）
身份证号：略
{cn_date(s.contract_date)}
"""


def aj04_blocks(s: Spec) -> list:
    """A village banquet chef team's mobile-kitchen microloan (DOCX): no count, no method named."""
    P = s.principal
    table = [["项目", "约定"],
             ["借款人", "龚大勇（“龚家坝坝宴”流动厨师团队负责人）"],
             ["借款金额", f"人民币{money(P)}元"],
             ["借款用途", "购置流动厨房车及灶具、蒸柜"],
             ["月利率", f"{plain(s.rate_value)}%"],
             ["每月还款额", f"{money(pay(s))}元"],
             ["最后一期还款额", f"{money(s.rows[-1]['total'])}元"],
             ["首次还款日", ymd(due(s, 1))],
             ["最后一次还款日", ymd(end(s))],
             ["放款日", ymd(s.start_date)],
             ["其他费用", "无"]]
    return [
        ("p", "蜀丰小额贷款有限公司　借款合同"),
        ("p", "一、借款主要条款"),
        ("tbl", table),
        ("p", "二、每月还款日为首次还款日的对应日；借款人应于还款日前将当期款项存入还款账户。"),
        ("p", "三、贷款人按借款金额全额放款，不收取任何手续费、服务费。"),
        ("p", "四、借款人逾期的，按逾期金额每日万分之五计收罚息。"),
        ("br", "贷款人（盖章）：蜀丰小额贷款有限公司", "借款人（签字）：龚大勇", f"签订日期：{ymd(s.contract_date)}"),
    ]


def aj05(s: Spec) -> str:
    """A bank loan for a child's cochlear implant (PDF): the plan, and stated totals that contradict it."""
    P = s.principal
    flat_interest = fc.r2(P * s.rate_value / 100 * s.term_months / 12)
    rows = "\n".join(f"{r['k']} | {ymd(r['date'])} | {money(r['principal'])} | {money(r['interest'])} | {money(r['total'])}"
                     for r in s.rows)
    return f"""青禾农村商业银行　个人消费贷款借款合同（要素页）
合同编号：QH-GR-XF-2026-05521
借款人：戚文静（患儿戚小满之母）
贷款用途：为患儿支付双侧人工耳蜗植入手术及设备费用，款项受托支付至省人民医院
贷款金额：人民币{money(P)}元
贷款期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}
贷款年利率：{plain(s.rate_value)}%（固定利率）
还款方式：等额本金，按月归还
利息合计：{money(flat_interest)}元　还款总额：{money(P + flat_interest)}元
逾期罚息：借款人未按期还款的，对逾期部分自逾期之日起按本合同利率加收50%计收罚息，按日计算，一年按360天计。
还款计划表
期次 | 还款日期 | 归还本金 | 归还利息 | 本期合计
{rows}
借款人签字：戚文静　　贷款人：青禾农村商业银行城西支行（盖章）
签订日期：{ymd(s.contract_date)}
"""


def aj06(s: Spec) -> str:
    """A mooncake stall's 30-day app loan (PNG): a daily rate and a fee due at maturity."""
    P = s.principal
    r = s.rows[0]
    return f"""云杉借 · 借款确认
借款金额　¥{money(P)}
借款期限　{s.term_days}天
日利率　{plain(s.rate_value)}%（年化利率18.25%，单利）
利息　¥{money(r['interest'])}
到期服务费　¥{money(fee(s))}（借款金额的{plain(s.fees[0].percent)}%，到期随本息一并收取）
到期应还　¥{money(r['total'])}
到期还款日　{ymd(r['date'])}
借款用途　中秋月饼摊位备货
收款账户　农业银行（尾号4418）
放款机构　云杉网络小额贷款有限公司
借款人　祁秀英
申请时间　{ymd(s.contract_date)} 07:46:15
[ 确认借款 ]
"""


def aj07(s: Spec) -> str:
    """A dairy farm lends its milk collector: the term never stated, fixed by the monthly principal."""
    P = s.principal
    r1 = s.rows[0]
    return f"""借款协议
甲方（出借方）：北坡牧业有限公司（统一社会信用代码略）
乙方（借款方）：邹满仓，北坡牧业签约收奶员
乙方为购置一台直冷式储奶罐，向甲方借款，甲乙双方约定：
1. 借款金额：人民币{money(P)}元，甲方于{ymd(s.start_date)}转入乙方银行卡。
2. 借款利率：年利率{plain(s.rate_value)}%。
3. 还款：乙方自{ymd(due(s, 1))}起，每月{due(s, 1).day}日前归还本金{money(r1['principal'])}元，并按尚未归还的本金支付当月利息，直至本金全部还清。首次应还{money(r1['total'])}元（本金{money(r1['principal'])}元、利息{money(r1['interest'])}元）。
4. 甲方可从乙方每月收奶结算款中直接扣收当期应还款项，结算款不足的由乙方补足。
5. 乙方逾期的，对逾期未付的款项按每日万分之三计收逾期利息。
6. 除上述利息外，甲方不收取其他费用。
甲方（盖章）：北坡牧业有限公司　　乙方（签字）：邹满仓
签订日期：{ymd(s.contract_date)}
"""


def aj08(s: Spec) -> str:
    """A medical-insurance claim settlement statement: not a loan."""
    return """安康人寿保险股份有限公司　理赔计算书
保单号：AK-YL-2025-33817902　险种：百万医疗险（2025版）
被保险人：庞秋实　出险原因：急性阑尾炎住院手术
住院日期：2026年3月2日至2026年3月9日
医疗费用总额：38,640.00元
其中：社保统筹已支付 21,410.00元；自费不合理部分 1,230.00元
免赔额：10,000.00元（本保单年度首次使用）
赔付比例：100%（经社保结算）
理赔金额 = 38,640.00 - 21,410.00 - 1,230.00 - 10,000.00 = 6,000.00元
赔款支付：☑转入被保险人本人账户（招商银行尾号2756）　□转入医院账户
支付日期：2026年3月27日
说明：本次赔款为保险合同约定的保险金给付，被保险人无须归还；如对计算结果有异议，请于收到本计算书之日起30日内申请复核。
安康人寿保险股份有限公司理赔服务中心　2026年3月25日
"""


def aj09(s: Spec) -> str:
    """A Lao microfinance institution's kip loan to a Chinese rubber planter: out of scope."""
    P = s.principal
    return f"""贷款合同（中文译本，以老挝文本为准）
贷款机构：Sengsavang 小额信贷存款机构（老挝人民民主共和国银行批准设立）
借款人：覃家旺（中国籍，于南塔省承包橡胶园）
贷款金额：{money(P)}基普（LAK）
月利率：{plain(s.rate_value)}%，按月等额还款，共{s.n}期，每期{money(pay(s))}基普{last(s, '末期').replace('元）', '基普）')}
放款日期：{ymd(s.start_date)}
本合同适用老挝人民民主共和国法律，争议提交万象市人民法院解决。
"""


def aj10(s: Spec) -> str:
    """A consumer-finance interest-first loan: a space-aligned plan with a 账户管理费 column, 汉字 dates."""
    P = s.principal
    f = s.fees[0]
    head = "期数    还款日        应还利息    账户管理费    应还本金      本期应还"
    rows = "\n".join(f"{r['k']:<8}{r['date'].isoformat():<14}{money(r['interest']):<12}{money(r['fees']):<14}{money(r['principal']):<14}{money(r['total'])}"
                     for r in s.rows)
    return f"""华晟消费金融有限公司　个人消费借款合同（借款信息页）
借款人：桑雨辰
借款金额：人民币{money(P)}元
借款用途：家庭装修
借款期限：{s.term_months}个月，自{cn_date(s.start_date)}起至{cn_date(end(s))}止
年利率：{plain(s.rate_value)}%（单利）
还款方式：先息后本——每月{cn_small(due(s, 1).day)}日支付当月利息，到期日归还全部本金
账户管理费：每月按借款金额的{plain(f.percent)}%收取，即{money(fee(s))}元，与当期利息一并扣收
首期还款日：{cn_date(due(s, 1))}
还款计划
{head}
{rows}
本合同于{cn_date(s.contract_date)}在线签署。
"""


def cn_small(n: int) -> str:
    return fc.cn_small(n)


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

SERVICE = ["service", "installment", "handling", "other"]


def specs() -> list[Spec]:
    return [
        c("zh-aj01-tattoo-artist-borrows-from-former-master-studio-lease-letter-of-promise-numeral-dates-method-unnamed-above-four-lpr", aj01,
          principal=D(36000), method="equal_installment", n=12, term_months=12, rate_value=D("12.6"),
          **signed(2026, 3, 18), lender_type="individual",
          notes=["a natural person lends at 12.6% > 4 x 3.00% = 12%; twelve equal payments: equal instalments, the method unnamed"]),
        c("zh-aj02-dog-training-camp-instalment-page-list-items-fee-due-with-last-instalment-html", aj02, "html",
          principal=D(8400), method="equal_installment", n=12, term_months=12, rate_value=D("7.2"),
          fees=[Fee("尾期服务费", SERVICE, "at_maturity", percent=D(3))],
          **signed(2026, 4, 9), lender_type="consumer_finance",
          notes=["7.2% equal instalments + 3% of 8,400 = 252 with the last instalment: all-in lawful"]),
        c("zh-aj03-fishing-tackle-shop-iou-six-months-interest-left-with-lender-at-handover-chinese-numeral-dates", aj03,
          principal=D(50000), method="bullet", freq="single", n=1, term_months=6, rate_value=D("0.8"), rate_per="month",
          interest_deducted=D(2400), **signed(2026, 8, 12), lender_type="individual",
          notes=["50,000 x 0.8% x 6 = 2,400 kept at the handover: 47,600 received, 50,000 repaid (Art. 670)"]),
        c("zh-aj04-village-banquet-chef-team-mobile-kitchen-microloan-word-table-count-fixed-by-first-and-last-dates-just-under-24-docx", aj04_blocks, "docx",
          principal=D(40000), method="equal_installment", n=12, term_months=12, rate_value=D("1.99"), rate_per="month",
          contract_date=date(2026, 7, 6), start_date=date(2026, 7, 6), lender_type="microloan",
          notes=["月利率1.99% = 23.88% <= 24%, no fee; no count stated: monthly from 2026-08-06 to 2027-07-06 = 12 payments"]),
        c("zh-aj05-child-cochlear-implant-bank-loan-equal-principal-plan-stated-interest-total-contradicts-pdf", aj05, "pdf",
          principal=D(96000), method="equal_principal", n=24, term_months=24, rate_value=D("4.8"),
          **signed(2026, 5, 15), lender_type="bank", opts={"inconsistency": True},
          notes=["the stated 利息合计 9,216.00 / 还款总额 105,216.00 are flat (96,000 x 4.8% x 2); the plan gives 4,800.00 / 100,800.00"]),
        c("zh-aj06-mooncake-stall-app-loan-thirty-days-daily-rate-fee-due-at-maturity-just-over-36-png", aj06,
          principal=D(10000), method="bullet", freq="single", n=1, term_days=30, rate_value=D("0.05"), rate_per="day",
          fees=[Fee("到期服务费", ["service", "platform", "handling", "other"], "at_maturity", percent=D("1.5"))],
          **signed(2026, 9, 1), lender_type="microloan", opts={"png": True},
          notes=["10,000 x 0.05% x 30 = 150 + 1.5% fee 150 at maturity: 300 / 10,000 x 365 / 30 = 36.5% > 36%"]),
        c("zh-aj07-dairy-farm-lends-milk-collector-cooling-tank-term-fixed-by-monthly-principal-just-under-four-lpr", aj07,
          principal=D(30000), method="equal_principal", n=12, term_months=12, rate_value=D("11.9"),
          **signed(2026, 6, 25), lender_type="company",
          notes=["a company lends at 11.9% <= 12%; 30,000 / 2,500 a month = 12 months (the term unstated)"]),
        c("zh-aj08-medical-insurance-claim-settlement-statement-deductible-not-a-loan", aj08, **OTHER,
          notes=["an insurer's claim settlement: money paid to the insured, nothing lent: not a loan"]),
        c("zh-aj09-lao-microfinance-rubber-planter-loan-chinese-translation-lak-out-of-scope", aj09,
          principal=D(150000000), method="equal_installment", n=12, term_months=12, rate_value=D("2.5"), rate_per="month",
          currency="LAK", jurisdiction="LA", apr_method=None, **signed(2026, 2, 16), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="Lao law is outside the bundled rulesets",
          notes=["a Lao microfinance institution in kip: out of scope, no cost or verdict"]),
        c("zh-aj10-consumer-finance-interest-first-space-aligned-plan-monthly-account-fee-chinese-numeral-dates-just-under-36", aj10,
          principal=D(60000), method="interest_only", n=12, term_months=12, rate_value=D("21.6"),
          fees=[Fee("账户管理费", ["account", "management", "service", "other"], "per_period", percent=D("1.15"))],
          **signed(2026, 11, 20), lender_type="consumer_finance",
          notes=["21.6% interest-first + 1.15% of 60,000 = 690 a month: 2.95% a month, all-in 35.40% < 36%"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the docstring, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-aj01"]
    assert z.rows[0]["interest"] == D(378) and fc.annual_rate(z) == D("12.6") and verdict["zh-aj01"] is True
    assert daxie(D(36000)) == "叁万陆仟元整" and len({r["total"] for r in z.rows[:-1]}) == 1
    z = by["zh-aj02"]
    assert fee(z) == D(252) and z.rows[-1]["fees"] == D(252) and all(r["fees"] == 0 for r in z.rows[:-1])
    assert z.rows[0]["interest"] == D("50.40") and z.cost < 24 and verdict["zh-aj02"] is False
    z = by["zh-aj03"]
    assert z.received == D(47600) and total_repaid(z) == D(50000) and verdict["zh-aj03"] is True
    assert abs(z.cost - (D(50000) / D(47600) - 1) * 2 * 100) < D("1e-20") and 10 < z.cost < D("10.1")
    z = by["zh-aj04"]
    assert z.rows[0]["interest"] == D(796) and fc.annual_rate(z) == D("23.88") and z.cost <= 24
    assert z.rows[0]["date"] == date(2026, 8, 6) and z.rows[-1]["date"] == date(2027, 7, 6) and verdict["zh-aj04"] is False
    z = by["zh-aj05"]
    assert all(r["principal"] == D(4000) for r in z.rows) and z.rows[0]["total"] == D(4384) and z.rows[-1]["total"] == D(4016)
    assert total_interest(z) == D(4800) and total_repaid(z) == D(100800) and D(96000) * D("0.048") * 2 == D(9216)
    assert abs(z.cost - D("4.8")) < D("1e-9") and verdict["zh-aj05"] is False
    z = by["zh-aj06"]
    assert z.rows[0]["interest"] == D(150) and z.rows[0]["total"] == D(10300) and z.cost == D("36.5") and verdict["zh-aj06"] is True
    z = by["zh-aj07"]
    assert z.n * D(2500) == z.principal and z.rows[0]["interest"] == D("297.50") and z.rows[0]["total"] == D("2797.50")
    assert abs(z.cost - D("11.9")) < D("0.01") and verdict["zh-aj07"] is False
    assert verdict["zh-aj08"] is False and verdict["zh-aj09"] is None and by["zh-aj09"].cost is None
    assert by["zh-aj09"].rows[0]["interest"] == D(3750000)
    z = by["zh-aj10"]
    assert z.rows[0]["interest"] == D(1080) and fee(z) == D(690) and z.rows[0]["total"] == D(1770)
    assert abs(z.cost - D("35.4")) < D("1e-12") and verdict["zh-aj10"] is False


PUBLISHED = fcai.PUBLISHED


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    for advance, flows, periods, published, tolerance in PUBLISHED:
        got = kantorovich_rate(advance, flows) * periods * 100
        assert abs(got - published) < tolerance, (published, float(got))
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_aj, check_expectations
    fce.expected_e = expected_aj
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
