#!/usr/bin/env python3
"""Held-out batch AI of the fresh phrasing corpus, Chinese side (tests/fresh/zh/zh-ai*): 10 Chinese
documents written for session 31 (helper batchai-zh) without reading the extractors, the rulesets'
rule files, the locales or the engine's tests, to measure whether the work on batches A-AH
generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_ai_zh.py            # (re)write tests/fresh/zh/zh-ai* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ai_zh.py --check    # recompute and diff the files against the committed ones

The parameters, the schedule arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ah_zh.py (and through it of batches A-AG), imported, not copied. Every cost is
re-derived by the solvers of batches D-AH; this batch adds `interval_newton_rate`: the INTERVAL
NEWTON METHOD (Moore's operator, in mpmath's interval arithmetic `mpmath.iv`): with
f(i) = sum p_k (1 + i)^-k - A on a starting box X0 = [-1/2, 2] (a periodic rate), each step takes the
midpoint m of X, the enclosure F'(X) = -sum k p_k (1 + X)^-(k+1) of the derivative over the whole box
(an interval strictly below 0 for X > -1, so the division is defined) and the thin interval f([m]),
and replaces X by X n (m - f([m]) / F'(X)). Every root in X0 stays in every box (the mean-value
theorem), the box contracts quadratically, and the method stops when the box is narrower than
1e-40; it returns the box, not a point. Asserted: the final box is non-empty, narrower than 1e-40,
f changes sign on it (f(lo) >= 0 >= f(hi) as decimals), and the annual figure of its midpoint agrees
with the shared solver within 1e-6 pp, and with the published figures of apr-methods.md. No
bracket search, no secant, no interpolation, no polynomial roots, no ODE: a verified enclosure.
Unlike every solver of the earlier batches (bisection, secant, Ridders, Brent, Illinois,
Anderson-Bjorck, Pegasus, ITP, Chandrupatla, Steffensen, Muller, Laguerre, Halley, Householder,
Chebyshev, Ostrowski, Traub / Potra-Ptak, Weerakoon-Fernando, harmonic-mean Newton, Jarratt,
digit-by-digit, fixed point, midpoint Newton, King, super-Halley, Newton on the log of the present
value, Dekker, Lagrange continued fractions, Schroeder, Durand-Kerner, inverse quadratic
interpolation alone, companion-matrix eigenvalues, Aberth-Ehrlich, Dandelin-Graeffe, Bernoulli,
Davidenko continuation with RK4).

Formats: HTML zh-ai02 (a ski shop's season-pass-and-gear instalment page, the terms as a <dl>
definition list, the plan as <table> rows); DOCX zh-ai06 (an e-sports hotel fit-out microloan, key
terms as a Word table, the repayment method unnamed); PDF zh-ai07 (a child's scoliosis brace,
schedule 期数 | 还款日 | 本金 | 利息 | 服务费 | 合计); PNG zh-ai10 (a bank app's loan for a home
battery-storage system, the term unstated, set as a PDF page and rendered by `pdftoppm -r 150 -png`).
The rest .txt.

Products (checked against the NAMES of every document in tests/fresh/zh; none of these products is
there): a retired ship captain lending his former first mate for a crew-certificate course and
family debts (第X条 articles, 大写, equal principal); a ski shop's season pass and gear on instalment
(HTML); two vegetable-market stall neighbours, one long paragraph, 二〇二六 dates, overdue 月利率3%;
a crop-spraying drone team's microloan with a 风控服务费 kept at payout (ASCII-bordered key-term
table); a Shantou braised-goose shop borrowing from a clansman (繁體, quarterly interest, 二〇二六
dates); an e-sports hotel fit-out microloan (DOCX); a child's scoliosis brace (PDF); a village
collective's dividend distribution notice with ☑/□ (not a loan); a Mongolian non-bank financial
institution's tugrik loan to a Chinese mining-truck driver (out of scope); a bank app loan for a
home battery-storage system (PNG).

Requirements of the brief, where they are: not a loan zh-ai08; out of scope zh-ai09; expected
violations zh-ai01 (月息一分二厘 = 14.4% > 4 x 3.00%, an individual lender, Art. 25), zh-ai02 (all-in
cost above 36%, a consumer-finance company, 141号), zh-ai03 (overdue 月利率3% = 36% > 12%, Art.
28/29), zh-ai04 (a 2.5% 风控服务费 kept at payout by a microloan company, 141号); lawful near a line
zh-ai05 (11.5% vs 12%), zh-ai06 (23.6% vs the microloan 24%), zh-ai07 (all-in just under 36%);
ordinary zh-ai10. Figures that fix what the text leaves unsaid (extra (b)): zh-ai06 never names the
method: 首期 6,180.00, 末期 5,098.33 and 每期本金 5,000.00 fix equal principal (an equal-instalment
plan has equal payments); zh-ai10 never states the term: 每月还款 and 应还总额 (= n x the instalment,
the last adjusted) fix n = 24 months, and so does 利息总额 with the rate.

Decisions (said here so that they can be argued with):
* zh-ai01: a natural person lends at 月息一分二厘 = 1.2% a month = 14.4% > 12%: violation (Art. 25
  [C]); equal principal, 4,000 a month plus interest on the balance.
* zh-ai02: the ski shop is paid by a consumer-finance company; 10.8% equal instalments plus 1.6% a
  month 分期服务费 on the financed amount: all-in far above 36%: violation (141号 [S]).
* zh-ai03: two market-stall neighbours, 8% a year, interest with the principal after 9 months
  (1,800); overdue "按月利率3%" = 36% > 12%: violation (Art. 28/29 [C]); overdue_annual 36.
* zh-ai04: a licensed microloan company keeps a 2.5% 风控服务费 (2,000) from 80,000 at payout: fee
  deducted before payout: violation (141号 [S]); received 78,000; the cost on 78,000.
* zh-ai05: 繁體 wording but a Shantou shop, RMB, a Shantou court: mainland law; a natural person at
  11.5% <= 12%: lawful near the line; interest quarterly, principal at the end.
* zh-ai06: 23.6% <= 24%, no fee: a licensed microloan company, lawful near the line; method unnamed.
* zh-ai07: 14.4% equal instalments plus 1.0% a month 服务费 on the price, all-in just under 36%:
  lawful (warning zone). A 分期购买合同 with the financer's rate, fee and full plan: loan_contract.
* zh-ai08: a village collective's dividend notice: money paid to villagers, nothing lent or owed
  back: not a loan (kind other).
* zh-ai09: a Mongolian non-bank financial institution in tugrik under Mongolian law: out of scope.
* zh-ai10: a bank at 4.2%, equal instalments, term read from the figures: ordinary, lawful.
* messages: see tests/messages_ai_zh/README.md. For the lead: zh-ai02 (demand-above-lawful-claim)
  rests on zh-01 having no acceleration clause (as batch AH read it): the 500.00 "利率差额" for a
  lost "优享利率" has no basis in the contract whatever its acceleration terms; zh-ai01's lawful
  figure (4,480.00) applies the 4 x LPR cap to the contract's own interest (576 -> 480), as batch
  AH's zh-ah02 did, but the tier stands on the invented 50-a-day penalty alone.

First reading (branch batchai-zh from 1680aa1d; the texts, expected values and messages committed in
88efa184 before loanlint ever ran on them), with a copy of the frozen binary of main
(/work/bin/loanlint-main of 2026-12-05 01:54, copied to /tmp/loanlint-ai-<pid>):
`scripts/accuracy.py --binary /tmp/loanlint-ai-<pid> --only zh-ai --jobs 1`.
98.6% of the compared fields right; the 3 field misses (2 from accuracy.py, 1 html-vs-text from the
suite) are the zh-ai lines of tests/fresh/KNOWN_GAPS.tsv (copied from `cargo test --test suite
fresh_corpus::every_field`'s target/tmp/fresh_corpus_gaps.tsv). No expected value was changed after
the run.

    field                     zh
    doc kind        14/14 100.0%
    principal       14/14 100.0%
    received        13/13 100.0%
    term            13/13 100.0%
    method          12/13  92.3%
    count           12/13  92.3%
    rate            13/13 100.0%
    fees            13/13 100.0%
    APR±tol         13/13 100.0%
    violation       13/13 100.0%
    date            13/13 100.0%
    all fields    143/145  98.6%

Misses by class at the first reading (the verdicts first):
* false violations: none. zh-ai05 (11.50%), zh-ai06 (23.60%) raise no violation; zh-ai07 (35.02%)
  only the 24-36% warning; zh-ai09 (Mongolia, out of scope): no finding, "no legal verdict" (a cost
  of 42.00% is still printed); zh-ai08 other.
* missed violations: none; all four found with the expected rule: zh-ai01 cn-pl-interest-above-4x-lpr
  (第X条, 大写, equal principal, 14.40%); zh-ai02 cn-lic-apr-above-36 (html and txt, 43.58%); zh-ai03
  cn-pl-overdue-above-4x-lpr and cn-pl-default-charges-above-4x-lpr (one long paragraph, 二〇二六
  dates, "按月利率百分之三"); zh-ai04 cn-lic-upfront-fee-deduction (ASCII-bordered key terms; received
  78,000, 22.91% right).
* method / count: zh-ai03 (an IOU in one paragraph: "利息不按月支付，于二〇二六年十二月六日连同本金
  一并归还"): the method is read as unstated and the count as 9 (the 借期9个月 taken as 9 monthly
  payments). The cost is right as the lowest of the readings (8.00%, "8.00% - 14.18% depending on
  the method"), but the report's "Lawfully owed at most 31,300.00 (contract asks 31,800.00, 500.00
  above)" tells the borrower of a lawful 8% loan that 500 is above the lawful claim (the flat
  reading).
* fees (html vs text, suite only): zh-ai02's .txt twin (the <dl> flattened onto one line) reads the
  分期服务费 as 18,771.91 with each payment: the figure is the 总还款 at the end of the line, not
  the 240.00 a month the HTML gives; the cost (43.58%) is right all the same.
* inference documents (extra (b)): both right. zh-ai06 (DOCX and txt; method unnamed) read as equal
  principal from 每期归还本金 / 首期 / 末期, 23.60%; zh-ai10 (PNG and txt; term unstated) read as 24
  instalments from 应还总额 / 每月还款 ("Inferred from the contract's figures"), 4.20%.
* remarks (not compared fields): zh-ai05 (繁體, quarterly interest, lawful): a false WARNING
  cn-stated-total-contradicts-parts: "五、本金：到期一次歸還120,000.00元" (the principal repaid at the
  end) is read as the stated total of payments against 133,800. zh-ai10 (a bank) gets a "lawfully
  owed" breakdown whose cap is the private-lending 4 x LPR (Art. 25), harmless here (4.2%).
Right in full: zh-ai01, zh-ai02 (but the txt twin's fee amount), zh-ai04, zh-ai05 (but the
warning), zh-ai06 (docx + txt), zh-ai07 (pdf + txt), zh-ai08 (other), zh-ai09, zh-ai10 (png + txt).
Messages (tests/messages_ai_zh): 4/6 in the right tier (`cargo test --test suite messages_c::`,
and each run by hand with `/tmp/loanlint-ai-<pid> message --contract ... --days ... --received ...`);
the 2 misses are in its KNOWN_MISSES.tsv:
* zh-ai02 (zh-01, 3 days; a 500.00 "利率差额" for a lost "优享利率" on top of 916.80 + 2.75): read as a
  lawful reminder through msg-demand-depends-on-acceleration ("within what the whole loan could
  lawfully come to if the lender may call it in"); zh-01 has no acceleration clause (batch AH's
  README), and loanlint's own lawful figure now (891.21) is below the demand (1,419.55).
* zh-ai06 (this batch's zh-ai05, 繁體; men sitting at the shop door to keep customers out, a notice at
  the ancestral hall): read as a lawful reminder, no rule fired (the sum, 3,450.00, is right).
* right: zh-ai01 (demand 4,676.00 above a lawful 4,480.00, also msg-threat-visit for "别让我去你家里
  要"); zh-ai03 (lawful 2,233.66 to the cent, as computed); zh-ai04 (msg-pay-personal-account,
  msg-unofficial-link, msg-urgency-pressure); zh-ai05 (msg-threat-contacts: a child's class parents'
  group; loanlint's contract claim 106.20 counts zh-04's 违约金 and 催收服务费 too, which the README's
  99.73 leaves aside: the tier does not depend on it).

Hand checks (paper arithmetic, independent of the solvers), asserted in `check_expectations`:
* zh-ai01: 48,000 / 12 = 4,000; first interest 48,000 x 1.2% = 576; first 4,576; interest
  48 x 78 = 3,744; last 4,000 + 48 = 4,048; 1.2 x 12 = 14.4 > 12; 肆万捌仟元整.
* zh-ai02: 15,000 x 1.6% = 240 a period, 2,880 in all; first interest 15,000 x 10.8% / 12 = 135.
* zh-ai03: 30,000 x 8% x 9 / 12 = 1,800; 31,800 due; 3 x 12 = 36 > 12.
* zh-ai04: 80,000 x 2.5% = 2,000; 78,000 received; first interest 80,000 x 18% / 12 = 1,200.
* zh-ai05: 120,000 x 11.5% / 4 = 3,450 a quarter; 13,800 a year; 11.5 <= 12.
* zh-ai06: 60,000 / 12 = 5,000; first interest 60,000 x 23.6% / 12 = 1,180; first 6,180; last
  interest 5,000 x 23.6% / 12 = 98.33; interest in all 7,670.00 (1,180 x 13 / 2, cents of rounding aside).
* zh-ai07: 9,600 x 1% = 96 a month; first interest 9,600 x 14.4% / 12 = 115.20.
* zh-ai09: first interest 20,000,000 x 3.5% = 700,000 tugrik.
* zh-ai10: first interest 50,000 x 4.2% / 12 = 175; 24 payments.
* Interval Newton on the PBoC example (99,000 for 12 x 8,833.30): 12.80% a year (apr-methods.md).

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
from mpmath import iv

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_af_zh as fcaf  # noqa: E402
import fresh_corpus_ah_zh as fcah  # noqa: E402
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
DPS = 80


# ---------------------------------------------------------------------------------------------
# This batch's own solver: the interval Newton method (Moore), in mpmath's interval arithmetic
# ---------------------------------------------------------------------------------------------


def interval_newton_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """The periodic i with advance = sum p_k (1 + i)^-k, enclosed by X <- X n (m - f([m]) / F'(X))."""
    old = iv.dps
    iv.dps = DPS
    try:
        a = iv.mpf(str(advance))
        c_ = [iv.mpf(str(p)) for p in payments]

        def f(x):
            return sum(p * (1 + x) ** (-k) for k, p in enumerate(c_, 1)) - a

        def fp(x):
            return -sum(k * p * (1 + x) ** (-(k + 1)) for k, p in enumerate(c_, 1))

        x = iv.mpf(["-0.5", "2"])
        for _ in range(200):
            mid = iv.mpf(x.mid)
            d = fp(x)
            assert d.b < 0, d
            n = mid - f(mid) / d
            lo, hi = max(x.a, n.a), min(x.b, n.b)
            assert lo <= hi, (x, n)
            x = iv.mpf([lo, hi])
            if x.delta < mpmath.mpf(10) ** -40:
                break
        assert x.delta < mpmath.mpf(10) ** -40, x
        assert f(iv.mpf(x.a)).a >= -mpmath.mpf(10) ** -30 and f(iv.mpf(x.b)).b <= mpmath.mpf(10) ** -30
        with mpmath.workdps(DPS):
            m = mpmath.mpf(x.mid)
            return Fraction(mpmath.nstr(m, 60, strip_zeros=False, min_fixed=-mpmath.inf, max_fixed=mpmath.inf))
    finally:
        iv.dps = old


def compute_ai(s: Spec) -> None:
    """Batch AH's compute (the solvers of batches A-AH), then this batch's solver on every
    multi-payment cost."""
    fcah.compute_ah(s)
    flows = [r["total"] for r in s.rows]
    if s.cost is not None and len(flows) > 1:
        i = interval_newton_rate(s.net_received, flows)
        got = D(i.numerator) / D(i.denominator) * fc.PPY[s.freq] * 100
        assert abs(s.cost - got) < D("1e-6"), (s.name, s.cost, got)


expected_ai = fcah.expected_ah


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ai01(s: Spec) -> str:
    """A retired ship captain lends his former first mate: 第X条 articles, 大写, equal principal."""
    P = s.principal
    r1, rn = s.rows[0], s.rows[-1]
    return f"""借款合同
甲方（出借人）：符海潮，退休远洋船长，住海州市港湾路18号
乙方（借款人）：包明远，原“海州宏远”轮大副，住海州市渔港新村7栋
乙方因参加船长适任证书培训并清偿家庭欠款，向甲方借款，经双方协商一致，订立本合同：
第一条　借款金额为人民币{daxie(P)}（小写：{money(P)}元），甲方于{ymd(s.start_date)}通过银行转账一次性交付乙方。
第二条　借款期限{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
第三条　借款利息按月息一分二厘计算（即月利率{plain(s.rate_value)}%），按实际占用的本金余额计息。
第四条　乙方每月{due(s, 1).day}日归还本金{money(r1['principal'])}元，并支付当月利息。首期（{ymd(due(s, 1))}）应还{money(r1['total'])}元（其中利息{money(r1['interest'])}元），此后每期利息随本金余额减少，末期（{ymd(end(s))}）应还{money(rn['total'])}元。
第五条　借款期内利息合计人民币{daxie(total_interest(s))}，本息合计{money(total_repaid(s))}元。
第六条　乙方可提前归还全部或部分借款，利息按实际借款期间计算。
第七条　因本合同发生争议，由甲方住所地人民法院管辖。
甲方（签名）：符海潮　　乙方（签名）：包明远
签订日期：{ymd(s.contract_date)}
"""


def ai02(s: Spec) -> str:
    """A ski shop's season pass and gear on instalment (HTML): the terms in a <dl>, the plan in a table."""
    P = s.principal
    f = s.fees[0]
    rows = "\n".join(f'<tr><td>{r["k"]}/{s.n}</td><td>{ymd(r["date"])}</td><td>{money(r["total"])}</td>'
                     f'<td>{money(r["principal"])}</td><td>{money(r["interest"])}</td><td>{money(r["fees"])}</td></tr>' for r in s.rows)
    body = f"""<header>雪境滑雪 · 北山雪场旗舰店</header>
<section class="goods">2026-27雪季畅滑季卡 ×1　单板+固定器+雪鞋套装 ×1</section>
<dl class="terms">
<dt>订单金额</dt><dd>¥{money(P)}</dd>
<dt>分期资金方</dt><dd>和信消费金融有限公司（款项直接支付给商户）</dd>
<dt>期数</dt><dd>{s.n}个月</dd>
<dt>年利率</dt><dd>{plain(s.rate_value)}%（单利，按月等额本息）</dd>
<dt>分期服务费</dt><dd>月费率{plain(f.percent)}%，按订单金额计，每月¥{money(fee(s))}</dd>
<dt>月供</dt><dd>¥{money(pay(s))}{yuan_last(s)}</dd>
<dt>利息合计</dt><dd>¥{money(total_interest(s))}</dd>
<dt>服务费合计</dt><dd>¥{money(fee(s) * s.n)}</dd>
<dt>总还款</dt><dd>¥{money(total_repaid(s))}</dd>
</dl>
<table class="plan"><thead><tr><th>期次</th><th>还款日</th><th>应还</th><th>本金</th><th>利息</th><th>服务费</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p class="who">下单人：滑雪爱好者_阿岚（唐岚）　下单时间：{ymd(s.contract_date)} 21:37　放款日：{ymd(s.start_date)}</p>
<button>确认分期并签署</button>"""
    return page("雪季装备分期", body, True, 'window.__ORDER__={"shop":"XJ-BS-01","tenor":12};')


def ai03(s: Spec) -> str:
    """Two vegetable-market stall neighbours: one long paragraph, 二〇二六 dates, overdue 月利率3%."""
    P = s.principal
    return (f"借条：本人柏春燕（城南农贸市场B区14号摊位，经营冷鲜肉）因扩大摊位、购置冷柜，于{cn_date(s.start_date)}向同市场B区15号摊位"
            f"经营蔬菜的邝桂兰借到人民币{daxie(P)}（{money(P)}元），现金及微信转账各半交付，当面点清无误，双方约定年利率百分之八，借期{s.term_months}个月，"
            f"利息不按月支付，于{cn_date(end(s))}连同本金一并归还，到期应还本息合计{daxie(total_repaid(s))}（其中利息{money(total_interest(s))}元），"
            f"如到期不能归还，自逾期之日起对未还金额按月利率百分之三计付逾期利息直至还清之日，因此产生的律师费、诉讼费由借款人承担，"
            f"本借条一式两份，借款人、出借人各执一份，借款人：柏春燕，出借人：邝桂兰，见证人：市场管理处　尹德华，{cn_date(s.contract_date)}。\n")


def ai04(s: Spec) -> str:
    """A crop-spraying drone team's microloan: ASCII-bordered key-term table, a fee kept at payout."""
    P = s.principal
    f = s.fees[0]
    kept = f.per_payment(P)
    table = ascii_table([
        ["项目", "约定"],
        ["借款人", "农飞植保服务队（负责人 闫志刚）"],
        ["借款本金", f"{money(P)}元"],
        ["借款用途", "购置植保无人机2架及备用电池"],
        ["借款期限", f"{s.term_months}个月（{ymd(s.start_date)}—{ymd(end(s))}）"],
        ["年化利率", f"{plain(s.rate_value)}%（单利）"],
        ["还款方式", "等额本息，按月还款"],
        ["每期还款", f"{money(pay(s))}元{last(s, '末期')}"],
        ["风控服务费", f"本金的{plain(f.percent)}%，计{money(kept)}元，放款时一次性扣收"],
        ["实际放款", f"{money(s.received)}元"],
        ["利息合计", f"{money(total_interest(s))}元"],
        ["还款总额", f"{money(total_repaid(s))}元"],
    ])
    return f"""丰禾小额贷款有限公司
借款合同（要素表）　合同编号：FH-XD-2026-0417
{table}
说明：每月{due(s, 1).day}日为还款日，首期还款日{ymd(due(s, 1))}。逾期的按逾期金额每日万分之五计收罚息。
贷款人：丰禾小额贷款有限公司（盖章）　借款人：闫志刚（签字）
签约日期：{ymd(s.contract_date)}
"""


def ai05(s: Spec) -> str:
    """A Shantou braised-goose shop borrows from a clansman: 繁體, quarterly interest, 二〇二六 dates."""
    P = s.principal
    q = s.rows[0]["interest"]
    return f"""借款協議書
出借人：許振邦（汕頭市潮陽區，許氏宗親會理事）
借款人：許錦鴻（汕頭市金平區「鴻記滷鵝」店主）
一、借款金額：人民幣{daxie(P, trad=True)}（￥{money(P)}），於{cn_date(s.start_date)}轉賬交付。
二、借款用途：新開分店裝修及購置滷水設備。
三、借款期限：{s.term_months}個月，自{cn_date(s.start_date)}至{cn_date(end(s))}。
四、利息：年利率{plain(s.rate_value)}%，每季度末付息一次，每次{money(q)}元，首次付息日{cn_date(due(s, 1))}；全年利息共{money(total_interest(s))}元。
五、本金：到期一次歸還{money(P)}元。
六、除上述利息外，出借人不收取任何費用。
七、爭議由汕頭市金平區人民法院管轄。
出借人簽名：許振邦　　借款人簽名：許錦鴻
立約日期：{cn_date(s.contract_date)}
"""


def ai06_blocks(s: Spec) -> list:
    """An e-sports hotel fit-out microloan (DOCX): the method unnamed, fixed by the figures."""
    P = s.principal
    r1, rn = s.rows[0], s.rows[-1]
    table = [["要素", "内容"],
             ["借款人", "岑子航（“零延迟电竞酒店”经营者）"],
             ["借款金额", f"人民币{money(P)}元"],
             ["借款用途", "电竞房装修及电脑设备采购"],
             ["借款期限", f"{s.term_months}个月，{ymd(s.start_date)}至{ymd(end(s))}"],
             ["年利率（单利）", f"{plain(s.rate_value)}%，按月还款"],
             ["每期归还本金", f"{money(r1['principal'])}元"],
             ["首期还款额", f"{money(r1['total'])}元（{ymd(due(s, 1))}）"],
             ["末期还款额", f"{money(rn['total'])}元（{ymd(end(s))}）"],
             ["利息合计", f"{money(total_interest(s))}元"],
             ["其他费用", "无"]]
    return [
        ("p", "江城盛合小额贷款有限公司　经营性借款合同"),
        ("p", "第一部分　借款要素"),
        ("tbl", table),
        ("p", f"第二部分　贷款人于{ymd(s.start_date)}将借款全额发放至借款人账户，不预扣任何款项。"),
        ("p", "第三部分　借款人提前还款的，不收取违约金。"),
        ("p", "第四部分　借款人逾期的，按逾期本金每日万分之五计收罚息。"),
        ("br", "贷款人（盖章）：江城盛合小额贷款有限公司", "借款人（签字）：岑子航", f"签订日期：{ymd(s.contract_date)}"),
    ]


def ai07(s: Spec) -> str:
    """A child's scoliosis brace on instalment: a PDF schedule with a 服务费 column."""
    P = s.principal
    head = "期数 | 还款日 | 本金 | 利息 | 服务费 | 合计"
    rows = "\n".join(f"{r['k']} | {ymd(r['date'])} | {money(r['principal'])} | {money(r['interest'])} | {money(r['fees'])} | {money(r['total'])}"
                     for r in s.rows)
    return f"""脊康矫形康复中心　分期付款购买协议
购买人（借款人）：蒙慧（患儿蒙小禾之母）
项目：青少年脊柱侧弯定制矫形器一副（含三维扫描、取型及一年内复诊调整）
费用：人民币{money(P)}元，首付0元，由安泰消费金融有限公司于{ymd(s.start_date)}代付本中心
年利率：{plain(s.rate_value)}%，按月等额本息，共{s.n}期
服务费：每月按费用的{plain(s.fees[0].percent)}%收取，即{money(fee(s))}元/月，与当期本息一并扣款
每期应还：{money(pay(s))}元{last(s, '末期')}
利息合计：{money(total_interest(s))}元；服务费合计：{money(fee(s) * s.n)}元；应还总额：{money(total_repaid(s))}元
还款计划
{head}
{rows}
购买人签字：蒙慧　　签约日期：{ymd(s.contract_date)}
"""


def ai08(s: Spec) -> str:
    """A village collective's dividend distribution notice with ☑/□: not a loan."""
    return """石湾村股份经济合作社　2025年度集体收益分红发放通知
经2026年1月18日股东代表大会表决通过，本年度集体经营性收入（厂房及商铺租金）可分配收益
1,286,400.00元，按全村股份3,216股分配，每股400.00元。
股东户：欧阳满仓　持股：6股　应发分红：2,400.00元
发放日期：2026年2月6日（春节前）
领取方式：☑打入本人社保卡（农商银行）　□现金领取　□转入合作社股金账户
扣款事项：□代扣新农合个人缴费　☑无
备注：分红为集体收益分配，非借款，无须归还；如对股份数有异议，请于2026年2月20日前向合作社理事会书面提出。
石湾村股份经济合作社理事会　2026年1月25日
"""


def ai09(s: Spec) -> str:
    """A Mongolian non-bank financial institution's tugrik loan: out of scope."""
    P = s.principal
    return f"""贷款合同（中文译本，以蒙古文本为准）
贷款人：Altan Zaluu 非银行金融机构有限责任公司（蒙古国金融监管委员会许可）
借款人：乔永强（中国籍，南戈壁省某煤矿运输车司机）
贷款金额：{money(P)}图格里克（MNT）
月利率：{plain(s.rate_value)}%，按月等额还款，共{s.n}期，每期{money(pay(s))}图格里克{last(s, '末期').replace('元）', '图格里克）')}
放款日期：{ymd(s.start_date)}
本合同适用蒙古国法律，争议由乌兰巴托市苏赫巴托区初级法院管辖。
"""


def ai10(s: Spec) -> str:
    """A bank app loan for a home battery-storage system (PNG): the term unstated."""
    P = s.principal
    return f"""海州银行 手机银行
绿能家 · 户用储能贷
借款金额　¥{money(P)}
用途　户用光伏储能电池（10kWh）采购及安装
收款方　海州光储新能源科技有限公司
年利率（单利）　{plain(s.rate_value)}%
还款方式　等额本息（按月）
每月还款　¥{money(pay(s))}{yuan_last(s)}
首次还款日　{ymd(due(s, 1))}
利息总额　¥{money(total_interest(s))}
应还总额　¥{money(total_repaid(s))}
手续费　¥0.00
借款人　龙佩珊
放款时间　{ymd(s.start_date)} 14:21:07
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

def yuan_last(s: Spec) -> str:
    """（末期¥2,175.71）, or nothing when the last payment is the same."""
    return "" if s.rows[-1]["total"] == pay(s) else f"（末期¥{money(s.rows[-1]['total'])}）"


SERVICE = ["service", "installment", "platform", "other"]


def specs() -> list[Spec]:
    return [
        c("zh-ai01-retired-captain-lends-first-mate-crew-certificate-course-articles-daxie-equal-principal-above-four-lpr", ai01,
          principal=D(48000), method="equal_principal", n=12, term_months=12, rate_value=D("1.2"), rate_per="month",
          **signed(2026, 1, 20), lender_type="individual",
          notes=["a natural person lends at 1.2% a month = 14.4% > 4 x 3.00% = 12%; equal principal"]),
        c("zh-ai02-ski-shop-season-pass-gear-instalment-page-definition-list-monthly-service-fee-above-36-html", ai02, "html",
          principal=D(15000), method="equal_installment", n=12, term_months=12, rate_value=D("10.8"),
          fees=[Fee("分期服务费", SERVICE, "per_period", percent=D("1.6"))],
          **signed(2026, 10, 28), lender_type="consumer_finance",
          notes=["10.8% equal instalments + 1.6% of 15,000 = 240 a month: all-in cost above 36%"]),
        c("zh-ai03-market-stall-neighbours-iou-one-paragraph-numeral-dates-overdue-monthly-three-percent-above-four-lpr", ai03,
          principal=D(30000), method="bullet", freq="single", n=1, term_months=9, rate_value=D(8),
          **signed(2026, 3, 6), lender_type="individual", overdue_annual=D(36),
          notes=["8% lawful; 30,000 x 8% x 9/12 = 1,800; overdue 3% a month = 36% > 12% (Art. 28/29)"]),
        c("zh-ai04-crop-spraying-drone-team-microloan-ascii-key-terms-risk-control-fee-kept-at-payout", ai04,
          principal=D(80000), method="equal_installment", n=12, term_months=12, rate_value=D(18),
          fees=[Fee("风控服务费", ["service", "application", "handling", "other"], "upfront_deducted", percent=D("2.5"))],
          **signed(2026, 4, 17), lender_type="microloan",
          notes=["2.5% of 80,000 = 2,000 kept at payout: 78,000 received (141号)"]),
        c("zh-ai05-traditional-shantou-braised-goose-shop-borrows-from-clansman-numeral-dates-quarterly-interest-just-under-four-lpr", ai05,
          principal=D(120000), method="interest_only", freq="quarter", n=4, term_months=12, rate_value=D("11.5"),
          **signed(2026, 5, 8), lender_type="individual",
          notes=["11.5% <= 12%; 120,000 x 11.5% / 4 = 3,450 a quarter"]),
        c("zh-ai06-esports-hotel-fit-out-microloan-word-table-method-fixed-by-figures-just-under-24-docx", ai06_blocks, "docx",
          principal=D(60000), method="equal_principal", n=12, term_months=12, rate_value=D("23.6"),
          **signed(2026, 6, 23), lender_type="microloan",
          notes=["23.6% <= 24%, no fee; the method unnamed: first 6,180 != last 5,098.33, principal 5,000 each: equal principal"]),
        c("zh-ai07-child-scoliosis-brace-instalment-schedule-service-fee-column-just-under-36-pdf", ai07, "pdf",
          principal=D(9600), method="equal_installment", n=12, term_months=12, rate_value=D("14.4"),
          fees=[Fee("服务费", SERVICE, "per_period", percent=D(1))],
          **signed(2026, 8, 19), lender_type="consumer_finance",
          notes=["14.4% equal instalments + 1% of 9,600 = 96 a month: all-in cost just under 36%"]),
        c("zh-ai08-village-collective-dividend-notice-checkbox-not-a-loan", ai08, **OTHER,
          notes=["a village collective's dividend notice: money paid out, nothing lent: not a loan"]),
        c("zh-ai09-mongolian-non-bank-lender-mining-truck-driver-loan-chinese-translation-mnt-out-of-scope", ai09,
          principal=D(20000000), method="equal_installment", n=6, term_months=6, rate_value=D("3.5"), rate_per="month",
          currency="MNT", jurisdiction="MN", apr_method=None, **signed(2026, 7, 14), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="Mongolian law is outside the bundled rulesets",
          notes=["a Mongolian non-bank lender in tugrik: out of scope, no cost or verdict"]),
        c("zh-ai10-home-battery-storage-bank-app-equal-installments-term-fixed-by-total-png", ai10,
          principal=D(50000), method="equal_installment", n=24, term_months=24, rate_value=D("4.2"),
          **signed(2026, 9, 25), lender_type="bank", opts={"png": True},
          notes=["the term is not stated: total / instalment fixes 24 months"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the docstring, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-ai01"]
    assert all(r["principal"] == D(4000) for r in z.rows) and z.rows[0]["interest"] == D(576)
    assert z.rows[0]["total"] == D(4576) and total_interest(z) == D(3744) and z.rows[-1]["total"] == D(4048)
    assert fc.annual_rate(z) == D("14.4") and verdict["zh-ai01"] is True and daxie(D(48000)) == "肆万捌仟元整"
    z = by["zh-ai02"]
    assert fee(z) == D(240) and fee(z) * 12 == D(2880) and z.rows[0]["interest"] == D(135)
    assert z.cost > 36 and verdict["zh-ai02"] is True
    z = by["zh-ai03"]
    assert total_interest(z) == D(1800) and total_repaid(z) == D(31800) and D(3) * 12 == z.overdue_annual > 12
    assert verdict["zh-ai03"] is True
    z = by["zh-ai04"]
    assert z.fees[0].per_payment(z.principal) == D(2000) and z.received == D(78000) and z.rows[0]["interest"] == D(1200)
    assert verdict["zh-ai04"] is True
    z = by["zh-ai05"]
    assert z.rows[0]["interest"] == D(3450) and total_interest(z) == D(13800) and verdict["zh-ai05"] is False
    assert 11 <= fc.annual_rate(z) <= 12
    z = by["zh-ai06"]
    assert all(r["principal"] == D(5000) for r in z.rows) and z.rows[0]["total"] == D(6180)
    assert z.rows[-1]["total"] == D("5098.33") and abs(total_interest(z) - D(7670)) < D("0.05")
    assert 23 < z.cost <= 24 and verdict["zh-ai06"] is False
    z = by["zh-ai07"]
    assert fee(z) == D(96) and z.rows[0]["interest"] == D("115.20") and 35 < z.cost < 36 and verdict["zh-ai07"] is False
    assert verdict["zh-ai08"] is False and verdict["zh-ai09"] is None and by["zh-ai09"].cost is None
    assert by["zh-ai09"].rows[0]["interest"] == D(700000)
    z = by["zh-ai10"]
    assert z.rows[0]["interest"] == D(175) and len(z.rows) == 24 and abs(z.cost - D("4.2")) < D("0.001")
    assert verdict["zh-ai10"] is False


PUBLISHED = fcaf.PUBLISHED


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    for advance, flows, periods, published, tolerance in PUBLISHED:
        got = interval_newton_rate(advance, flows) * periods * 100
        assert abs(got - published) < tolerance, (published, float(got))
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ai, check_expectations
    fce.expected_e = expected_ai
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
