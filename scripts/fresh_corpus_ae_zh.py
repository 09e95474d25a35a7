#!/usr/bin/env python3
"""Held-out batch AE of the fresh phrasing corpus, Chinese side (tests/fresh/zh/zh-ae*): 12 Chinese
documents written for session 30 (helper batchae-zh) without reading the extractors, the rulesets'
rule files, the locales or the engine's tests, to measure whether the work on batches A-AD
generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_ae_zh.py            # (re)write tests/fresh/zh/zh-ae* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ae_zh.py --check    # recompute and diff the files against the committed ones

The parameters, the schedule arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ad_zh.py (and through it of batches A-AC), imported, not copied. Every cost is
re-derived by the solvers of batches D-AD; this batch adds `durand_kerner_rate`: the DURAND-KERNER
(Weierstrass) SIMULTANEOUS ITERATION on the payment polynomial in the growth factor x = 1 + i,
made monic: x^n - sum_k (p_k / A) x^(n-k). All n complex roots are refined at once,
z_j <- z_j - P(z_j) / prod_{m != j} (z_j - z_m), from starting points spread on a circle of radius
1.1 turned off the real axis; no derivative, no bracket, no interpolation. Of the n roots found the
periodic rate is the only positive real one (one sign change, Descartes), picked by |Im| < 1e-25 and
Re > 0. Complex arithmetic in mpmath at 60 digits. No earlier batch used it (bisection, secant,
Ridders, Brent, Illinois, Anderson-Bjorck, Pegasus, ITP, Chandrupatla, Steffensen, Muller,
Laguerre, Halley, Householder, Chebyshev, Ostrowski, Traub / Potra-Ptak, Weerakoon-Fernando,
harmonic-mean Newton, Jarratt, digit-by-digit, fixed point, midpoint Newton, King, super-Halley,
Newton on the log of the present value, Dekker, Lagrange continued fractions, Schroeder). It
re-solves every multi-payment cost and is asserted to agree with the shared solver within 1e-6 pp,
and to give the published figures of apr-methods.md.

Formats: HTML zh-ae02 (a mobility-scooter shop's instalment confirmation page); DOCX zh-ae06 (a
group-buying leader's refrigerated-van loan, key terms as a Word table); PDF zh-ae07 (a child's
orthokeratology lenses on instalments, schedule table 期数|还款日|应还本金|应还利息|分期服务费|当期合计);
PNG zh-ae11 (a home-lift loan on a bank app screen, set as a PDF page and rendered by
`pdftoppm -r 150 -png`). The rest .txt.

Products (checked against the NAMES of every document in tests/fresh/zh; none of these products is
there): an express-delivery outlet contractor borrowing from the regional franchise headquarters
(key/value lines with full-width colons, 万元); an elderly mobility scooter bought on instalments
with a monthly 账户管理费 (HTML); a beekeeper borrowing from the honey buyer, repaid at the end,
一、二、 clauses and 二〇二六年 dates, a daily overdue rate; a florist's Valentine's-Day stock loan
from a microloan company with a 风控审核费 kept at payout (ASCII-bordered tables); a retired teacher
lending a former pupil the money for a calligraphy studio (one long paragraph, Chinese-numeral
dates, monthly interest, principal at the end); a community group-buying leader's refrigerated van
(DOCX); a child's orthokeratology (OK镜) lenses via a consumer-finance company (PDF schedule); a law
firm's contingency-fee engagement letter (not a loan); a Cambodian microfinance institution's
dollar loan to a Chinese restaurant owner in Phnom Penh (out of scope); an orchard's cold-storage
loan from a rural commercial bank in equal principal (checkbox form ☑/□, 万元); a home lift's loan
on a bank app (PNG); a lion-dance troupe borrowing from its association's chairman (繁體, 大写
amounts in traditional characters, 二〇二六年 dates).

Requirements of the brief, where they are: not a loan zh-ae08; out of scope zh-ae09; expected
violations zh-ae01 (1.2% a month = 14.4% > 4 x 3.00%, a company lender), zh-ae02 (all-in cost > 36%,
a consumer-finance company, 141号), zh-ae03 (overdue 万分之五 a day = 18.25% > 12%, Art. 28/29),
zh-ae04 (a 风控审核费 kept from the payout by the microloan company, 141号); lawful near a line
zh-ae05 (11.5% vs 12%), zh-ae06 (1.98% a month = 23.76% vs the microloan 24%), zh-ae07 (all-in cost
just under 36%); ordinary zh-ae10, zh-ae11, zh-ae12.

Decisions (said here so that they can be argued with):
* zh-ae01: the regional franchise headquarters (a supply-chain company, no lending licence) lends to
  its outlet contractor: private lending between a company and a natural person; 1.2% a month =
  14.4% > 12%: violation. Repayment by deduction from the outlet's delivery-fee settlement does not
  make it a sale.
* zh-ae02: the scooter is financed by a consumer-finance company that pays the shop; 12% interest
  plus an 88 a month 账户管理费 (kind management, per the lead's earlier ruling): all-in cost above
  36%: violation (141号 [S]).
* zh-ae03: the agreed 8% is lawful; the overdue rate 每日万分之五 = 18.25% a year > 12%: violation
  (Art. 28 [C]); overdue_annual 18.25. The clause letting honey be sold to the lender to set off the
  debt is a payment option, not a sale: the document stays a loan contract.
* zh-ae04: the 风控审核费 600 is kept from the payout by the microloan company: violation (141号
  [S]); received 14,400; the cost on 14,400.
* zh-ae05: a natural person lends at 11.5% <= 12%; interest monthly, principal at the end.
* zh-ae06: 1.98% a month x 12 = 23.76% <= 24%: a licensed microloan company, lawful near the line.
* zh-ae07: 19.8% equal instalments plus a 0.75% monthly 分期服务费 on the principal: all-in cost just
  under 36% (see the hand check): lawful.
* zh-ae08: a contingency-fee legal-services agreement: the fee is a share of what is recovered, the
  client is advanced nothing: not a loan (kind other), though it states amounts, a percentage and a
  daily late charge.
* zh-ae09: a Cambodian microfinance institution in US dollars under Cambodian law: out of scope (no
  cost, no verdict).
* zh-ae12: a lion-dance troupe (a 个体 sole trader) borrows from a natural person: private lending
  at 6% in equal instalments.

* messages: see tests/messages_ae_zh/README.md. zh-ae02: an "逾期保障服务包" of 399 switched on by the
  platform because of the delay is a sum no clause allows: demand-above-lawful-claim, though the
  罚息 in the same message is right.
* zh-ae04 (fee kind, for the lead): 风控审核费 is read as application. I think that is right (a
  review of the application); my list of accepted kinds held "review" and "assessment", which are not
  FeeKind values, and not application. I did not change it after the run: the lead may rule to add
  application (the line in KNOWN_GAPS.tsv would then go).
  Lead's ruling: application is accepted (a review of the application); the two non-values dropped.
* zh-ae07 (document kind, for the lead): a "分期付款确认函" signed by the borrower, with the financer,
  rate, fee and the full plan, is the instalment agreement itself: loan_contract, as batch AD's
  "三金分期付款确认单" (zh-ad07, read as a contract). loanlint says loan_disclosure.
* message zh-ae01 (for the lead): a private lender's "不然我只能去你单位找你了" is a threat to come to
  the workplace; I judged the message by its sum (a 2,100 违约金 no clause agrees, 0.3% a day on the
  whole loan), demand-above-lawful-claim; loanlint's unlawful-collection comes from a warning alone.

First reading (branch batchae-zh from 68eb1aa; the texts, expected values and messages committed in
7e03453 before loanlint ever ran on them), with the frozen binary of main:
`scripts/accuracy.py --binary /work/bin/loanlint-main --only zh-ae --jobs 1`.
94.6% of the compared fields right; the 9 field misses are the zh-ae lines of
tests/fresh/KNOWN_GAPS.tsv (copied from `cargo test --test suite fresh_corpus::every_field`'s
target/tmp/fresh_corpus_gaps.tsv). No expected value was changed after the run.

    field                     zh
    doc kind        14/16  87.5%
    principal       16/16 100.0%
    received        15/15 100.0%
    term            15/15 100.0%
    method          15/15 100.0%
    count           15/15 100.0%
    rate            15/15 100.0%
    fees            14/15  93.3%
    APR±tol         12/15  80.0%
    violation       12/15  80.0%
    date            15/15 100.0%
    all fields    158/167  94.6%

Misses by class at the first reading (the verdicts first):
* false violations: zh-ae05 (one long paragraph, 11.5% private loan, monthly interest, principal at
  the end): cn-pl-default-charges-above-4x-lpr. The sentence "十二个月利息共计6,900.00元" is read as
  the interest of EACH period (每期还款 6,900; "合同所写每期利息 6900 与按利率计算的 575.00 不同：还款
  计划采用合同所写金额"), so the cost is 138%; and the overdue clause "按年利率百分之十一点五计付逾期
  利息" is annualised as 100% (逾期利息100%). The term rate (11.5%) and the method (先息后本) are read
  right.
* missed violations: zh-ae02 (html and txt: 12% plus an 88 a month 账户管理费, all-in 38.35% > 36%):
  no cost at all ("按合同的现金流求不出年化利率"): the page shows only the first 3 rows of the plan
  ("还款计划（前3期）"), and those 3 rows seem to be taken as the whole schedule (3 x 699.28 < 6,880:
  no rate). The principal, rate, method, count, instalment and fee are all read right.
* APR: zh-ae02 (html, txt: absent, above); zh-ae05 (138 for 11.5, above).
* document kind: zh-ae07 (pdf and txt: "角膜塑形镜（OK镜）验配分期付款确认函" signed by the guardian-
  borrower, with the full plan): loan_disclosure, expected loan_contract (see the decision).
* fees: zh-ae04: the 风控审核费 read as application / upfront_deducted / 600, right in substance; my
  accepted kinds (review, assessment, service, handling, other) named two values that are not FeeKind
  values and left out application (see the decision).
Right in full: zh-ae01 (full-width colons, 万元, 1.2% a month, a company lender: 14.4% > 12%),
zh-ae03 (一、二、, 二〇二六年 dates, 万分之五 overdue: 18.25% > 12%), zh-ae04 but for the fee kind
(ASCII tables, the fee kept at payout: the violation found, received 14,400, cost 32.72%), zh-ae06
(docx and txt, 23.76%), zh-ae07 but for the kind (the schedule with the service-fee column, 35.15%,
lawful), zh-ae08 (contingency fee, not a loan), zh-ae09 (Cambodia, USD, out of scope), zh-ae10
(checkbox form, equal principal, 万元), zh-ae11 (the PNG by OCR and its .txt), zh-ae12 (繁體,
traditional 大写, 二〇二六年 dates).
Messages (tests/messages_ae_zh): 2/6 in the right tier (`cargo test --test suite messages_c::`, and
each run by hand with `loanlint-main message`); the misses are in KNOWN_MISSES.tsv:
* zh-ae01 (demand-above-lawful-claim): read as unlawful-collection through msg-threat-visit (a
  warning) on "不然我只能去你单位找你了"; the 4,066.67 with its 2,100 "违约金" on the whole 20,000 is
  only an info (msg-demand-depends-on-acceleration). See the decision.
* zh-ae03 (lawful-reminder): read as demand-above-lawful-claim: the worked sum "99.58元×0.05%×4天=
  0.20元，今日应还合计99.78元" is taken as 0.20 owed plus 99.58 of default charges (the roles of the
  two figures swapped). The sender is read as "元因绑定银行, 江南汇众消费金融".
* zh-ae05 (unlawful-collection): the "呼死你" threat (the number, the wife's and the office's
  registered on hundreds of sites for thousands of texts and calls a day) raises nothing:
  lawful-reminder.
* zh-ae06 (unlawful-collection): the threat to sink the daughter's civil-service vetting with a
  fake 失信 certificate and to hold a "欠债不还" banner at the son's wedding raises nothing:
  lawful-reminder.
Right: zh-ae02 (the 399 "逾期保障服务包": msg-demand-exceeds-contract, demand-above-lawful-claim) and
zh-ae04 (the "安全账户": msg-pay-personal-account, likely-fraud).
A correction of my own, after the run, in a statement that is not an expected value: the README said
zh-ae01's lawful claim was the 1,966.67 of 1 July; on 5 August the 1 August instalment is also 4
days overdue, so the contract's claim is 3,933.34 (the README now says so; the tier is unchanged:
the demand's 2,100 has no basis either way).
Noticed and left alone: zh-ae04 (message, fraud) also raises msg-threat-contacts on "请勿告知家人"
(an instruction to keep silent, not a threat to tell the family); harmless to the tier.

Hand checks (paper arithmetic, independent of the solvers), asserted in `check_expectations`:
* zh-ae01: 1.2 x 12 = 14.4 > 12; 10万元 = 100,000; first month's interest 100,000 x 1.2% = 1,200.
* zh-ae02: 88 x 12 = 1,056 of fees; first month's interest 6,880 x 1% = 68.80.
* zh-ae03: 30,000 x 8% x 10 / 12 = 2,000; 0.05 x 365 = 18.25 > 12; 30,000 = 叁万元整.
* zh-ae04: 15,000 - 600 = 14,400 received; 15,000 / 6 = 2,500 of principal a month; first month's
  interest 15,000 x 18% / 12 = 225; the last 2,500 x 1.5% = 37.50.
* zh-ae05: 60,000 x 11.5% / 12 = 575 a month; 575 x 12 = 6,900; 11.5 < 12.
* zh-ae06: 1.98 x 12 = 23.76 <= 24; first month's interest 80,000 x 1.98% = 1,584.
* zh-ae07: 9,600 x 0.75% = 72 a month of 服务费.
* zh-ae10: 400,000 / 36 = 11,111.11 of principal (the last 11,111.15); first month's interest
  400,000 x 4.2% / 12 = 1,400; each month 11,111.11 x 0.35% = 38.89 less interest.
* zh-ae11: first month's interest 150,000 x 3.6% / 12 = 450.
* zh-ae12: first month's interest 50,000 x 6% / 12 = 250; 50,000 = 伍萬圓整.

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
import fresh_corpus_ad_zh as fcad  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, money, plain  # noqa: E402
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
# This batch's own solver: Durand-Kerner simultaneous iteration on all the polynomial's roots
# ---------------------------------------------------------------------------------------------


def durand_kerner_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k: the only positive real root x of the
    monic x^n - sum (p_k / A) x^(n-k), less one."""
    with mpmath.workdps(DPS):
        a = mpmath.mpf(str(advance))
        coeffs = [mpmath.mpf(1)] + [-mpmath.mpf(str(p)) / a for p in payments]  # highest power first
        n = len(payments)

        def poly(z):
            acc = mpmath.mpc(0)
            for co in coeffs:
                acc = acc * z + co
            return acc

        roots = [mpmath.mpf("1.1") * mpmath.expj(2 * mpmath.pi * j / n + mpmath.mpf("0.4")) for j in range(n)]
        eps = mpmath.mpf(10) ** -(DPS - 15)
        for _ in range(5000):
            biggest = mpmath.mpf(0)
            new = []
            for j, z in enumerate(roots):
                den = mpmath.mpc(1)
                for m, w in enumerate(roots):
                    if m != j:
                        den *= z - w
                step = poly(z) / den
                new.append(z - step)
                biggest = max(biggest, abs(step))
            roots = new
            if biggest < eps:
                break
        else:
            raise AssertionError("Durand-Kerner did not converge")
        real = [z.real for z in roots if abs(z.imag) < mpmath.mpf(10) ** -25 and z.real > 0]
        assert len(real) == 1, real
        x = real[0]
        assert abs(poly(x)) < mpmath.mpf(10) ** -30
        return Fraction(mpmath.nstr(x - 1, DPS - 10, strip_zeros=False, min_fixed=-mpmath.inf, max_fixed=mpmath.inf))


def compute_ae(s: Spec) -> None:
    """Batch AD's compute (the solvers of batches A-AD), then this batch's solver on every
    multi-payment cost."""
    fcad.compute_ad(s)
    flows = [r["total"] for r in s.rows]
    if s.cost is not None and len(flows) > 1:
        i = durand_kerner_rate(s.net_received, flows)
        got = D(i.numerator) / D(i.denominator) * fc.PPY[s.freq] * 100
        assert abs(s.cost - got) < D("1e-6"), (s.name, s.cost, got)


expected_ae = fcad.expected_ad


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ae01(s: Spec) -> str:
    """An express-delivery outlet contractor borrows from the regional headquarters: full-width colons, 万元."""
    P = s.principal
    return f"""区域加盟总部借款确认书
编号：SJ-SN-2026-0217
出借方：华东顺捷供应链管理有限公司（顺捷快递苏南区域加盟总部）
借款方：钱国栋（顺捷快递江城新区网点承包人，身份证号3204**********2213）
借款金额：{fc.wan(P)}（人民币{money(P)}元）
借款用途：网点电动三轮车购置及分拣场地租金
月利率：{plain(s.rate_value)}%
借款期限：{s.term_months}个月（{ymd(s.start_date)}至{ymd(end(s))}）
还款方式：等额本息，每月{due(s, 1).day}日从网点派费结算款中扣收
首月利息：{money(s.rows[0]['interest'])}元
每月还款：{money(pay(s))}元{last(s, '末期')}
利息合计：{money(total_interest(s))}元
还款总额：{money(total_repaid(s))}元
其他费用：无
提前还款：可随时提前还清，利息算至还清当月
放款日期：{ymd(s.start_date)}（转入借款方尾号3307的银行卡）
出借方（盖章）：华东顺捷供应链管理有限公司
借款方（签字）：钱国栋
签订日期：{ymd(s.contract_date)}
"""


def ae02(s: Spec) -> str:
    """A mobility-scooter shop's instalment confirmation page (HTML)."""
    P = s.principal
    f = s.fees[0]
    rows = "\n".join(f"<tr><td>{r['k']}</td><td>{ymd(r['date'])}</td><td>¥{money(r['principal'] + r['interest'])}</td><td>¥{money(r['fees'])}</td><td>¥{money(r['total'])}</td></tr>"
                     for r in s.rows[:3])
    body = f"""<h2>安康助行 · 电动代步车分期确认</h2>
<table class="kv">
<tr><th>商品</th><td>安康 X3 四轮老年电动代步车 ×1（含车篮、雨棚）</td></tr>
<tr><th>商品价格</th><td>¥{money(P)}</td></tr>
<tr><th>首付</th><td>¥0.00</td></tr>
<tr><th>分期金额</th><td>¥{money(P)}</td></tr>
<tr><th>年利率（单利）</th><td>{plain(s.rate_value)}%</td></tr>
<tr><th>分期期数</th><td>{s.n}期（等额本息）</td></tr>
<tr><th>每期本息</th><td>¥{money(s.payment)}</td></tr>
<tr><th>账户管理费</th><td>¥{money(f.amount)}/期</td></tr>
<tr><th>每期应还</th><td>¥{money(pay(s))}{last(s, '末期¥')}</td></tr>
<tr><th>利息合计</th><td>¥{money(total_interest(s))}</td></tr>
<tr><th>账户管理费合计</th><td>¥{money(f.amount * s.n)}</td></tr>
<tr><th>应还总额</th><td>¥{money(total_repaid(s))}</td></tr>
</table>
<p>还款计划（前3期）</p>
<table class="plan"><tr><th>期数</th><th>还款日</th><th>本息</th><th>管理费</th><th>合计</th></tr>
{rows}
</table>
<p>分期资金由 康泰消费金融有限公司 于{ymd(s.start_date)}直接支付给 江城安康助行器材店，用户：冯桂兰（子女代办：冯建军）。</p>
<p>确认时间：{ymd(s.contract_date)} 15:08</p>"""
    return page("分期确认", body, True, 'window.__ORDER__={"sku":"AK-X3","ch":"cfc"};')


def ae03(s: Spec) -> str:
    """A beekeeper borrows from the honey buyer: 一、二、 clauses, 二〇二六年 dates, daily overdue rate."""
    P = s.principal
    return f"""借款协议
出借人：单永华（江城百花蜂业收购商）
借款人：冉德胜（养蜂户，中华蜂三百箱）
一、借款人向出借人借款人民币{money(P)}元（{daxie(P)}），用于购买蜂箱、蜂王及转地放蜂运输，出借人于{cn_date(s.start_date)}转账交付。
二、借款期限十个月，自{cn_date(s.start_date)}起至{cn_date(end(s))}止。
三、年利率百分之八，利息{money(total_interest(s))}元于到期日随本金一并支付，本息合计{money(total_repaid(s))}元（{daxie(total_repaid(s))}）。
四、借款人可将当年所产蜂蜜按交售当日市价卖给出借人，货款用于抵扣借款，抵扣金额以过磅单为准；蜂蜜不足抵扣的，以现金补足。
五、借款人逾期还款的，自逾期之日起按逾期未还金额每日万分之五向出借人支付逾期利息，直至还清之日。
六、出借人不收取利息以外的任何费用。
七、本协议一式两份，双方各执一份，签字后生效。
出借人：单永华　　借款人：冉德胜
{cn_date(s.contract_date)}
"""


def ae04(s: Spec) -> str:
    """A florist's Valentine's-Day stock loan from a microloan company: ASCII-bordered tables, a fee kept at payout."""
    P = s.principal
    f = s.fees[0]
    terms = ascii_table([["项目", "内容"],
                         ["借款金额", f"{money(P)}元"],
                         ["年利率", f"{plain(s.rate_value)}%（单利，按剩余本金计息）"],
                         ["借款期限", f"{s.n}个月"],
                         ["还款方式", "等额本金，每月还款一次"],
                         ["风控审核费", f"{money(f.amount)}元，放款时一次性扣收"],
                         ["实际到账", f"{money(s.received)}元"],
                         ["利息合计", f"{money(total_interest(s))}元"]])
    plan = ascii_table([["期数", "还款日", "本金", "利息", "合计"]] + [
        [str(r["k"]), ymd(r["date"]), money(r["principal"]), money(r["interest"]), money(r["total"])] for r in s.rows])
    return f"""花信网络小额贷款有限公司
个人经营性借款合同（要素表）
借款人：骆思琪（“小满花艺”花店经营者）　借款用途：情人节鲜切花及包装材料备货

{terms}

还款计划：
{plan}

放款日期：{ymd(s.start_date)}　签约日期：{ymd(s.contract_date)}
借款人（电子签名）：骆思琪
"""


def ae05(s: Spec) -> str:
    """A retired teacher lends a former pupil a calligraphy studio's money: one long paragraph, Chinese-numeral dates."""
    P = s.principal
    i1 = s.rows[0]["interest"]
    return (f"借款协议　出借人魏淑琴系江城市第三中学退休语文教师，借款人黄思远系其二〇一四届学生，现借款人在江城市文庙街开办“思远书法工作室”"
            f"需要资金，出借人同意借给借款人人民币{money(P)}元（{daxie(P)}），于{cn_date(s.start_date)}以银行转账方式交付，"
            f"借款期限十二个月，自{cn_date(s.start_date)}起至{cn_date(end(s))}止，年利率百分之十一点五，借款人每月{due(s, 1).day}日前支付当月利息{money(i1)}元，"
            f"首次付息日为{cn_date(due(s, 1))}，十二个月利息共计{money(total_interest(s))}元，本金于{cn_date(end(s))}一次归还，"
            f"借款人可以提前归还本金，利息按实际借款期间计算，出借人不收取任何其他费用，借款人逾期归还本金的按年利率百分之十一点五计付逾期利息，"
            f"本协议于{cn_date(s.contract_date)}由双方签字后生效，出借人魏淑琴，借款人黄思远。\n")


def ae06_blocks(s: Spec) -> list:
    """A community group-buying leader's refrigerated van, a microloan company (DOCX)."""
    P = s.principal
    table = [["项目", "约定内容"],
             ["借款金额", f"人民币{money(P)}元"],
             ["借款用途", "购置4.2米冷链配送车一辆"],
             ["月利率", f"{plain(s.rate_value)}%"],
             ["借款期限", f"{s.term_months}个月（{ymd(s.start_date)}至{ymd(end(s))}）"],
             ["还款方式", "等额本息，按月还款"],
             ["每月还款额", f"{money(pay(s))}元{last(s, '末期')}"],
             ["利息总额", f"{money(total_interest(s))}元"],
             ["本息合计", f"{money(total_repaid(s))}元"],
             ["其他费用", "无"]]
    return [
        ("p", "借款合同（主要条款）"),
        ("p", "贷款人：邻里通网络小额贷款有限公司"),
        ("p", "借款人：欧阳晓丽（“邻里鲜”社区团购团长，负责江城市滨江片区12个小区配送）"),
        ("p", "第一条　借款主要条款见下表。"),
        ("tbl", table),
        ("p", f"第二条　贷款人于{ymd(s.start_date)}将借款直接支付至车辆销售商江城冷运汽车销售有限公司，车辆登记在借款人名下。"),
        ("p", f"第三条　首期还款日为{ymd(due(s, 1))}，以后每月{due(s, 1).day}日为还款日。"),
        ("p", "第四条　贷款人不预扣利息，不收取手续费、服务费等其他费用。"),
        ("br", "贷款人（盖章）：邻里通网络小额贷款有限公司", "借款人（签字）：欧阳晓丽", f"签订日期：{ymd(s.contract_date)}"),
    ]


def ae07(s: Spec) -> str:
    """A child's orthokeratology lenses on instalments: a PDF schedule with a service-fee column."""
    P = s.principal
    head = "期数 | 还款日 | 应还本金 | 应还利息 | 分期服务费 | 当期合计"
    rows = "\n".join(f"{r['k']} | {ymd(r['date'])} | {money(r['principal'])} | {money(r['interest'])} | {money(r['fees'])} | {money(r['total'])}"
                     for r in s.rows)
    return f"""明眸视光中心　角膜塑形镜（OK镜）验配分期付款确认函
患者：郁子涵（8岁）　监护人/借款人：郁海峰
项目：角膜塑形镜双眼验配及一年复查　费用：人民币{money(P)}元
分期机构：安信消费金融有限公司，于{ymd(s.start_date)}将分期款项直接支付给明眸视光中心
年利率：{plain(s.rate_value)}%（等额本息）　分期期数：{s.n}期
分期服务费：每期按分期金额的{plain(s.fees[0].percent)}%收取，即每期{money(fee(s))}元
每期应还：{money(pay(s))}元{last(s, '末期')}
利息合计：{money(total_interest(s))}元　分期服务费合计：{money(fee(s) * s.n)}元　应还总额：{money(total_repaid(s))}元
还款计划表：
{head}
{rows}
监护人签字：郁海峰　　　日期：{ymd(s.contract_date)}
"""


def ae08(s: Spec) -> str:
    """A law firm's contingency-fee engagement letter: not a loan."""
    return """委托代理合同（风险代理）
委托人：蒋玉梅
受托人：江城明正律师事务所
(1) 委托事项：委托人诉江城某装饰工程有限公司装修款返还纠纷一案（标的额约人民币180,000.00元）的一审诉讼代理。
(2) 基础律师费：人民币5,000.00元，于本合同签订之日支付。
(3) 风险代理费：按委托人实际收回金额的18%计收，于款项到达委托人账户之日起十日内支付；未收回任何款项的，不收取风险代理费。
(4) 诉讼费、保全费、鉴定费由委托人自行承担，受托人不代为垫付。
(5) 委托人逾期支付风险代理费的，每日按应付未付金额的万分之五支付违约金。
(6) 本合同自双方签字盖章之日起生效，至本案一审判决生效或调解结案时终止。
委托人：蒋玉梅　　受托人（盖章）：江城明正律师事务所　承办律师：卓文
签订日期：2026年10月19日
"""


def ae09(s: Spec) -> str:
    """A Cambodian microfinance institution's dollar loan: out of scope."""
    P = s.principal
    return f"""贷款合同（中文参考译本，以高棉文及英文文本为准）
贷款机构：吴哥普惠小额信贷机构（柬埔寨国家银行许可的小额信贷机构）
借款人：祁永强（中国籍，在金边经营“川味小馆”餐厅）
贷款金额：美元{money(P)}（USD {money(P)}）
年利率：{plain(s.rate_value)}%（按未还本金计息）
贷款期限：{s.n}个月，每月等额还款
每月还款：美元{money(pay(s))}{last(s, '最后一期美元')}
利息总额：美元{money(total_interest(s))}
放款日期：{s.start_date.day:02d}/{s.start_date.month:02d}/{s.start_date.year}
本合同受柬埔寨王国法律管辖，争议提交金边市法院解决。
"""


def ae10(s: Spec) -> str:
    """An orchard's cold-storage loan from a rural commercial bank: a checkbox form, equal principal, 万元."""
    P = s.principal
    r1, r2_, rn = s.rows[0], s.rows[1], s.rows[-1]
    return f"""江城农村商业银行　个人经营贷款申请审批表
借款人：匡立新（“匡家坳”果园经营者，柑橘园180亩）
贷款用途：☑新建果品保鲜冷库　□购买农资　□其他
贷款金额：{fc.wan(P)}（人民币{money(P)}元）
贷款期限：□12个月　□24个月　☑{s.n}个月
年利率：{plain(s.rate_value)}%
还款方式：□等额本息　☑等额本金　□按月付息到期还本
每月还本：{money(r1['principal'])}元（最后一期{money(rn['principal'])}元）
首期还款：{money(r1['total'])}元（本金{money(r1['principal'])}元＋利息{money(r1['interest'])}元），{ymd(due(s, 1))}
第二期还款：{money(r2_['total'])}元，以后每期约减少{money(r1['interest'] - r2_['interest'])}元
末期还款：{money(rn['total'])}元，{ymd(end(s))}
利息合计：{money(total_interest(s))}元
担保方式：□信用　☑抵押（冷库及土地经营权）　□保证
收费项目：☑无　□评估费　□手续费
放款日期：{ymd(s.start_date)}
客户经理：邵明　　审批人：叶长春　　借款人签字：匡立新
日期：{ymd(s.contract_date)}
"""


def ae11(s: Spec) -> str:
    """A home lift's loan on a bank app's confirmation screen (PNG)."""
    P = s.principal
    return f"""江城银行 手机银行
安居贷 · 借款确认
借款用途　家用电梯加装
借款金额　¥{money(P)}
受托支付　江城迅升电梯工程有限公司
借款期限　{s.n}个月
年利率(单利)　{plain(s.rate_value)}%
还款方式　等额本息
每月还款　¥{money(pay(s))}{last(s, '末期¥')}
首期还款　{ymd(due(s, 1))}
利息合计　¥{money(total_interest(s))}
手续费　0.00
借款人　柏永年
提交时间　{ymd(s.contract_date)} 09:14:06
"""


def ae12(s: Spec) -> str:
    """A lion-dance troupe borrows from its association's chairman: 繁體, traditional 大写, 二〇二六年 dates."""
    P = s.principal
    return f"""借款合約
出借人：梁錦榮（江城市龍獅運動協會會長）
借款人：何志強（“志強醒獅團”經營者，個體工商戶）
第一條　借款金額人民幣{daxie(P, trad=True)}（￥{money(P)}），用於購置醒獅獅頭、鑼鼓及演出服裝，出借人於{cn_date(s.start_date)}轉入借款人賬戶。
第二條　借款期限十個月，年利率百分之六，按月等額本息還款，每月{due(s, 1).day}日還款{money(pay(s))}元{last(s, '末期')}，首期{cn_date(due(s, 1))}，末期{cn_date(end(s))}。
第三條　利息合計{money(total_interest(s))}元，本息合計{daxie(total_repaid(s), trad=True)}（￥{money(total_repaid(s))}）。
第四條　出借人不收取利息以外的任何費用；借款人可提前還款，利息按實際佔用天數計算。
第五條　本合約一式兩份，雙方簽字後生效。
出借人：梁錦榮　　借款人：何志強
{cn_date(s.contract_date)}
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

SERVICE = ["service", "installment", "other"]
MANAGEMENT = ["management", "account", "service", "other"]


def specs() -> list[Spec]:
    return [
        c("zh-ae01-express-outlet-contractor-borrows-from-regional-franchise-hq-fullwidth-colons-wan-above-four-lpr", ae01,
          principal=D(100000), method="equal_installment", n=12, term_months=12, rate_value=D("1.2"), rate_per="month",
          **signed(2026, 2, 10), lender_type="company",
          notes=["a franchise headquarters (no lending licence) lends: private lending; 1.2% x 12 = 14.4% > 4 x 3.00% = 12%"]),
        c("zh-ae02-elderly-mobility-scooter-instalment-page-monthly-account-fee-above-36-html", ae02, "html",
          principal=D(6880), method="equal_installment", n=12, term_months=12, rate_value=D(12),
          fees=[Fee("账户管理费", MANAGEMENT, "per_period", amount=D(88))],
          **signed(2026, 4, 27), lender_type="consumer_finance",
          notes=["12% equal instalments + 88 a month on 6,880: all-in cost above 36%"]),
        c("zh-ae03-beekeeper-borrows-from-honey-buyer-numbered-numeral-dates-daily-overdue-above-four-lpr", ae03,
          principal=D(30000), method="bullet", freq="single", n=1, term_months=10, rate_value=D(8),
          **signed(2026, 3, 16), lender_type="individual", overdue_annual=D("18.25"),
          notes=["8% lawful; 30,000 x 8% x 10/12 = 2,000; overdue 0.05% a day = 18.25% > 12% (Art. 28)"]),
        c("zh-ae04-florist-valentine-stock-microloan-ascii-tables-risk-review-fee-kept-at-payout", ae04,
          principal=D(15000), method="equal_principal", n=6, term_months=6, rate_value=D(18),
          fees=[Fee("风控审核费", ["application", "service", "handling", "other"], "upfront_deducted", amount=D(600))],
          **signed(2026, 1, 20), lender_type="microloan",
          notes=["600 kept from the payout: 14,400 received; fees deducted before payout (141号)"]),
        c("zh-ae05-retired-teacher-lends-pupil-calligraphy-studio-one-paragraph-monthly-interest-just-under-four-lpr", ae05,
          principal=D(60000), method="interest_only", n=12, term_months=12, rate_value=D("11.5"),
          **signed(2026, 5, 8), lender_type="individual",
          notes=["60,000 x 11.5% / 12 = 575 a month; 11.5% <= 12%"]),
        c("zh-ae06-group-buying-leader-refrigerated-van-microloan-monthly-rate-just-under-24-docx", ae06_blocks, "docx",
          principal=D(80000), method="equal_installment", n=24, term_months=24, rate_value=D("1.98"), rate_per="month",
          **signed(2026, 6, 3), lender_type="microloan",
          notes=["1.98% x 12 = 23.76% <= 24%; no fee"]),
        c("zh-ae07-child-orthokeratology-lenses-instalment-schedule-service-fee-column-just-under-36-pdf", ae07, "pdf",
          principal=D(9600), method="equal_installment", n=12, term_months=12, rate_value=D("19.8"),
          fees=[Fee("分期服务费", SERVICE, "per_period", percent=D("0.75"))],
          **signed(2026, 7, 11), lender_type="consumer_finance",
          notes=["19.8% equal instalments + 72 a month: all-in cost just under 36%"]),
        c("zh-ae08-law-firm-contingency-fee-engagement-letter-not-a-loan", ae08, **OTHER,
          notes=["a legal-services fee agreement: nothing advanced to the client, not a loan"]),
        c("zh-ae09-cambodia-microfinance-restaurant-owner-loan-chinese-translation-usd-out-of-scope", ae09,
          principal=D(20000), method="equal_installment", n=24, term_months=24, rate_value=D(18),
          currency="USD", jurisdiction="KH", apr_method=None, **signed(2026, 8, 5), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="Cambodian law is outside the bundled rulesets",
          notes=["a Cambodian microfinance institution in dollars: out of scope, no cost or verdict"]),
        c("zh-ae10-orchard-cold-storage-rural-commercial-bank-checkbox-form-equal-principal-wan", ae10,
          principal=D(400000), method="equal_principal", n=36, term_months=36, rate_value=D("4.2"),
          **signed(2026, 7, 22), lender_type="bank",
          notes=["400,000 / 36 = 11,111.11 a month; first interest 1,400; equal principal: the cost is the rate"]),
        c("zh-ae11-home-lift-bank-app-loan-confirmation-screen-png", ae11,
          principal=D(150000), method="equal_installment", n=36, term_months=36, rate_value=D("3.6"),
          **signed(2026, 8, 18), lender_type="bank", opts={"png": True},
          notes=["a bank's 36-month equal-instalment loan at 3.6%, paid to the lift installer"]),
        c("zh-ae12-traditional-lion-dance-troupe-borrows-from-association-chairman-daxie-numeral-dates", ae12,
          principal=D(50000), method="equal_installment", n=10, term_months=10, rate_value=D(6),
          **signed(2026, 9, 9), lender_type="individual",
          notes=["private lending at 6% <= 12%; equal instalments over 10 months"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the docstring, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-ae01"]
    assert fc.annual_rate(z) == D("14.4") and z.rows[0]["interest"] == D(1200) and fc.wan(z.principal) == "10万元"
    assert verdict["zh-ae01"] is True
    z = by["zh-ae02"]
    assert fee(z) * 12 == D(1056) and z.rows[0]["interest"] == D("68.80") and z.cost > 36 and verdict["zh-ae02"] is True
    z = by["zh-ae03"]
    assert total_interest(z) == D(2000) and D("0.05") * 365 == z.overdue_annual > 12 and daxie(D(30000)) == "叁万元整"
    assert verdict["zh-ae03"] is True
    z = by["zh-ae04"]
    assert z.received == D(14400) and z.rows[0]["principal"] == D(2500) and z.rows[0]["interest"] == D(225)
    assert z.rows[-1]["interest"] == D("37.50") and verdict["zh-ae04"] is True
    z = by["zh-ae05"]
    assert z.rows[0]["interest"] == D(575) and total_interest(z) == D(6900) and verdict["zh-ae05"] is False
    assert abs(z.cost - D("11.5")) < D("1e-9")
    z = by["zh-ae06"]
    assert fc.annual_rate(z) == D("23.76") and z.rows[0]["interest"] == D(1584) and z.cost <= 24 and verdict["zh-ae06"] is False
    z = by["zh-ae07"]
    assert fee(z) == D("72.00") and 35 < z.cost < 36 and verdict["zh-ae07"] is False
    assert verdict["zh-ae08"] is False and verdict["zh-ae09"] is None and by["zh-ae09"].cost is None
    z = by["zh-ae10"]
    assert z.rows[0]["principal"] == D("11111.11") and z.rows[-1]["principal"] == D("11111.15")
    assert z.rows[0]["interest"] == D(1400) and z.rows[0]["interest"] - z.rows[1]["interest"] == D("38.89")
    assert abs(z.cost - D("4.2")) < D("1e-6") and verdict["zh-ae10"] is False
    z = by["zh-ae11"]
    assert z.rows[0]["interest"] == D(450) and verdict["zh-ae11"] is False
    z = by["zh-ae12"]
    assert z.rows[0]["interest"] == D(250) and daxie(D(50000), trad=True) == "伍萬圓整" and verdict["zh-ae12"] is False


# Published figures of apr-methods.md: (advance, payments, periods a year, nominal %, tolerance)
PUBLISHED = fcad.PUBLISHED


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    for advance, flows, periods, published, tolerance in PUBLISHED:
        got = durand_kerner_rate(advance, flows) * periods * 100
        assert abs(got - published) < tolerance, (published, float(got))
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ae, check_expectations
    fce.expected_e = expected_ae
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
