#!/usr/bin/env python3
"""Held-out batch L of the fresh phrasing corpus (tests/fresh/{zh,en}/*-q*): 22 Chinese and 16
English documents written for issue 13 without reading the extractors, the rulesets, the locales
or the contract texts of batches A-K, to measure whether the work on batches A-K generalises.

    python3 scripts/fresh_corpus_l.py            # (re)write tests/fresh/{zh,en}/*-q* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_l.py --check    # recompute and diff the files against the committed ones

Parameters, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py (with the
fee on a stated date and the `inconsistency` key of fresh_corpus_e.py); the HTML / DOCX / PDF
writers are those of fresh_corpus_c.py. Every cost is re-derived by the solvers of batches D
(Newton), E (secant), G (regula falsi), H (halving), I (Ridders), J (fixed point) and K (Halley);
this batch adds a ninth, `brent_rate` (Brent-Dekker: inverse quadratic interpolation guarded by
bisection, in 60-digit decimals), which also checks the single-payment costs from their own
definitions (cn-irr simple annual rate, Reg Z unit-period = term, EU (1+X)^t). All other helpers
are imported, none is copied.

The TEXTS are new, one renderer per document, longer and messier than earlier batches. Chinese:
a 公积金 depositor's consumer loan at LPR + 40bp paying interest each quarter (第X条 articles,
Chinese-numeral dates, PDF); a 助农 microloan in tabbed key/value lines with a guarantee-company
fee paid apart on the payout day; a bank's 账单分期 success page whose tenor table shows the rate of
every tenor (HTML); a used-car dealer instalment in two columns with a 上牌/抵押 service fee taken
from the loan; a renovation credit line's 借款借据 (the master contract carries only the limit)
with a space-flattened 等额本金 schedule at LPR + 135bp; a 分期协商 settlement after default told
only by its instalments and dates; a wage 欠条 (not a loan); a campus instalment loan in one
paragraph with a per-period service fee, a per-day 违约金 and a stated total that contradicts; a pawn ticket (当票) with ☑/□ boxes and
a monthly 综合费率 paid at redemption; a weekly app loan with its fee in a footnote; a hand-written
借条 in 大写 at 月息壹分 exactly on the 4 x LPR line; a car loan with a pipe-table schedule whose GPS
fee is due with the 3rd instalment (PDF); a training loan whose service fee is due on a stated date
with figures split across lines; a wedding-photo instalment in full-width digits told by
instalment and total only; a revolving-line draw paying interest first at 万分之三 a day; a 繁體
Hangzhou consumer-finance contract in two columns; a Hong Kong bank's flat-rate instalment loan
(out of scope); a car-rental agreement and a lawyer's letter (non-loans); a Q&A cost notice and an
app's pre-contract fee page (disclosures); a ☑/□ app loan whose platform fee is taken from the
principal.
English: a Texas credit access business payday loan told by two dates (PDF); an Ohio short-term
loan with a monthly maintenance fee; a private education loan note with an origination fee; a
New York pay-in-6 plan with a monthly account fee; a UK debt-consolidation agreement with a broker
fee; a Dutch SECCI with an "effective annual rate" (DOCX, disclosure); an Ontario payday agreement
above the $14 per $100 limit; a credit card's Schumer box (open-end disclosure); an Illinois loan
modification whose stated total contradicts its payments; a debt-settlement offer letter and a car-rental agreement (non-loans); a Tennessee
title pledge; a New York family note paying interest only; an Illinois credit union's
payday-alternative loan as questions and answers; a UK 35-day loan exactly at the 0.8% daily cap;
an Illinois installment loan whose APR with the withheld fee passes 36%.

Changed after the first measurement (said here in full): en-q15 ran 30 days, from 6 November to
6 December, which is also exactly one calendar month, so the APRC could be read with the 365-day
year (1,269.7%) or the equal-month year (1,221.5%), both allowed by CONC App 1; it now runs 35
days (11 December), where the two conventions agree. en-q12 now writes "Term: one month" beside
its two dates, so the Reg Z unit-period (the term, a month) is not left to the dates alone. zh-q08
and en-q09 now state a total that contradicts their payments (the batch had no `inconsistency`
case). No other figure was changed; the table in the report was measured after these changes,
still at the branch point.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs()` and
are asserted in `check_expectations`. Needs Python >= 3.11 and, for the PDFs, reportlab +
WenQuanYi Micro Hei.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_d as fcd  # noqa: E402,F401  (importing it installs its LPR table as fc.lpr_on)
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_k as fck  # noqa: E402
from fresh_corpus_k import CF, FIGURES, GPS, HANDLING, MEM, MF, UPFRONT_EN  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, cn_small, daxie, fullwidth, money, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, kv_div, page, table_html  # noqa: E402
from fresh_corpus_e import ANY_SERVICE, OTHER, USD, Dated  # noqa: E402
from fresh_corpus_f import GBP, pad  # noqa: E402
from fresh_corpus_g import til_box, two_cols  # noqa: E402
from fresh_corpus_i import annuity, dmy, pay, slash0  # noqa: E402
from fresh_corpus_j import total_interest  # noqa: E402

date = dt.date


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Brent-Dekker
# ---------------------------------------------------------------------------------------------


def brent_root(f, a: Decimal, b: Decimal) -> Decimal:
    """A root of f in [a, b] (f(a), f(b) of opposite signs) by Brent's method: inverse quadratic
    interpolation or secant steps, falling back to bisection when they leave the bracket or
    converge too slowly."""
    fa, fb = f(a), f(b)
    assert fa * fb < 0, (a, b, fa, fb)
    if abs(fa) < abs(fb):
        a, b, fa, fb = b, a, fb, fa
    c_, fc_ = a, fa
    bisected, d = True, a
    tol = Decimal("1e-40")
    for _ in range(300):
        if fb == 0 or abs(b - a) < tol:
            return b
        if fa != fc_ and fb != fc_:
            s = (a * fb * fc_ / ((fa - fb) * (fa - fc_)) + b * fa * fc_ / ((fb - fa) * (fb - fc_))
                 + c_ * fa * fb / ((fc_ - fa) * (fc_ - fb)))
        else:
            s = b - fb * (b - a) / (fb - fa)
        lo, hi = sorted(((3 * a + b) / 4, b))
        if (not (lo < s < hi) or (bisected and abs(s - b) >= abs(b - c_) / 2)
                or (not bisected and abs(s - b) >= abs(c_ - d) / 2)):
            s = (a + b) / 2
            bisected = True
        else:
            bisected = False
        fs = f(s)
        d, c_, fc_ = c_, b, fb
        if fa * fs < 0:
            b, fb = s, fs
        else:
            a, fa = s, fs
        if abs(fa) < abs(fb):
            a, b, fa, fb = b, a, fb, fa
    raise AssertionError("Brent did not converge")


def brent_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """Periodic i with advance = sum p_k (1+i)^-k, k = 1..n."""
    with localcontext() as ctx:
        ctx.prec = 60

        def npv(i: Decimal) -> Decimal:
            v = 1 / (1 + i)
            return sum(p * v**k for k, p in enumerate(payments, 1)) - advance

        return +brent_root(npv, D("-0.9"), D(50))


def brent_check(s: Spec) -> None:
    """The expected cost re-derived with Brent's method (multi-payment) or from the definition of
    each method (single payment: the root of the one-flow equation, found by Brent as well)."""
    if s.cost is None:
        return
    flows = [r["total"] for r in s.rows]
    adv = s.net_received
    if len(flows) > 1:
        i = brent_rate(adv, flows)
        ppy = fc.PPY[s.freq]
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    else:
        years = D(s.term_days) / 365 if s.term_days else D(s.term_months) / 12
        if s.apr_method == "eu-aprc":
            other = brent_root(lambda x: flows[0] / (1 + x) ** years - adv, D(0), D(10**4)) * 100
        else:  # cn-irr simple rate, or Reg Z with the term as the unit-period (a year or less)
            assert years <= 1, s.name
            other = brent_root(lambda x: flows[0] / (1 + x * years) - adv, D(-0.5), D(10**3)) * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


def compute_l(s: Spec) -> None:
    """batch K's arithmetic and every earlier independent solver, then this batch's own."""
    fck.compute_k(s)
    brent_check(s)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def fee(s: Spec, i: int = 0) -> Decimal:
    return s.fees[i].per_payment(s.principal)


def dotd(d: dt.date) -> str:
    """2025.9.1"""
    return f"{d.year}.{d.month}.{d.day}"


def md(d: dt.date) -> str:
    return f"{d.month}月{d.day}日"


# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * zh-q09 (pawn ticket): 当金 10,000 for one month (2025-09-01 -> 2025-10-01, 30 days); interest
#   0.5% x 10,000 = 50; 综合费 2.4% x 10,000 = 240, both paid at redemption: 10,290 back.
#   cn-irr simple annual: (10290/10000 - 1) x 12 = 0.029 x 12 = 34.8% (below 36%, above 24%).
# * zh-q11 (借条): 80,000 at 月息壹分 = 1% a month = 12% a year; LPR on 2025-06-01 = 3.00%,
#   4 x 3.00% = 12.00%: 12% is not above the cap -> no violation; 800 interest a month, 12 months,
#   80,800 with the last.
# * en-q01 (Texas CAB payday): 06/02/2025 -> 06/20/2025 = 18 days; interest 500 x 10% x 18/365
#   = 900/365 = 2.4658 -> 2.47; CAB fee 115; finance charge 117.47; Reg Z single payment with the
#   term as the unit-period: 117.47/500 = 0.23494 x 365/18 (= 20.27778) = 4.764 -> APR 476.41%.
# * en-q15 (UK 35-day loan): 250 x 0.8% x 35 = 70.00 -> 70 / 250 / 35 = 0.8% of the credit a day,
#   exactly the CONC 5A cap (not above it); 70 <= 250 (total cost cap); default fee 15 (not above
#   GBP 15).
# * zh-q06 (settlement): 23,460 / 18 = 1,303.33 (x 17 = 22,156.61), last 23,460 - 22,156.61
#   = 1,303.39; 2026-02-08 .. 2027-07-08 is 18 monthly dates.


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def flat_example(P: Decimal, monthly: Decimal, n: int, effective: bool) -> Decimal:
    """The annualised cost of a worked flat-rate example (not the document's loan), by Brent."""
    prin, interest = r2(P / n), r2(P * monthly / 100)
    flows = [prin + interest] * (n - 1) + [P - prin * (n - 1) + interest]
    i = brent_rate(P, flows)
    return r2(((1 + i) ** 12 - 1) * 100 if effective else i * 12 * 100)


def q01(s: Spec) -> str:
    P, r0 = s.principal, s.rows[0]
    start, end = s.start_date, s.rows[-1]["date"]
    foot = lambda k: f"HF-XF-2025-0716-0093　　　　　　　　　　　　　　　　第 {k} 页  共 3 页"  # noqa: E731
    return f"""云岭银行股份有限公司
住房公积金缴存职工个人消费贷款合同
（2025年版　适用于按季结息、到期还本）

合同编号：HF-XF-2025-0716-0093
贷款人（甲方）：云岭银行股份有限公司昆明滇池路支行
借款人（乙方）：段思远　　身份证号码：5301**********2217
住房公积金个人账号：0087******31　　单位月缴存额：2,160.00元（个人与单位合计）

特别提示：本合同第四条、第五条、第十一条涉及乙方重大利益，请乙方仔细阅读。甲方已应乙方要求对
上述条款作出说明。

第一条　授信与借款
1.1 甲方根据乙方的公积金缴存情况核定乙方个人消费信用额度人民币叁拾万元整（30万元），额度有效期
两年。额度不等于借款，乙方实际借款以本合同第1.2款为准。
1.2 本合同项下借款金额为人民币{daxie(P)}（小写：{fc.wan(P)}），用途为自住房屋装修。乙方已提交
装修合同一份（工程总价268,000元），借款资金按第七条约定受托支付给装修公司。

第二条　借款期限
借款期限为{cn_small(s.term_months)}个月，自{cn_date(start)}起至{cn_date(end)}止。实际放款日与上述起始日不一致的，以借款
借据记载为准，到期日相应顺延。

第三条　借款利率
3.1 本合同借款利率为浮动利率，以全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）加
40个基点（1个基点为0.01%）确定。
3.2 本合同签订日前一个工作日公布的一年期LPR为3.00%，本合同执行年利率为{plain(s.rate_value)}%。
3.3 利率调整：每年1月1日为利率调整日，按调整日前最近一次公布的一年期LPR加上述基点重新确定执行
利率。（示例：若借款本金为10万元、执行利率为3.40%，则每季度应付利息为850元；本示例不代表乙方借款。）
{foot(1)}

第四条　还款方式
4.1 还款方式为“按季付息、到期一次还本”：每满三个月为一个结息期，乙方应于每个结息期届满的对应日
（即放款日在以后各季度的对应日）支付该结息期利息；借款到期日归还全部本金及最后一期利息。
4.2 按第三条执行利率计算，乙方每季度应付利息为人民币{money(r0['interest'])}元，共{cn_small(s.n)}期；最后一期
应付本息合计人民币{money(s.rows[-1]['total'])}元。利率按第3.3款调整的，利息相应调整。
4.3 乙方应在还款日前将足额款项存入其在甲方开立的还款账户，授权甲方自动扣收。

第五条　费用
本合同项下甲方不向乙方收取任何手续费、管理费或其他费用。抵押登记、公证等本合同未约定的费用，
均不适用于本信用贷款。

第六条　提前还款
乙方可提前归还全部或部分本金，提前还款应提前5个工作日通知甲方，甲方不收取提前还款违约金，利息
按实际占用天数计算。

第七条　受托支付
借款资金由甲方直接支付至装修公司“昆明鹿鸣装饰工程有限公司”账户（开户行：云岭银行滇池路支行），
乙方自有资金68,000元由乙方自行支付。
{foot(2)}

第八条　逾期与罚息
乙方未按第四条约定还款的，甲方对逾期本金自逾期之日起按执行利率上浮50%计收罚息，对应付未付利息
按罚息利率计收复利。

第九条　公积金还款
乙方可申请以公积金账户余额偿还本合同项下借款，具体按公积金中心规定办理，每年可提取一次。

第十条　其他
本合同未尽事宜按《中华人民共和国民法典》及有关规定办理。

第十一条　争议解决
因本合同发生争议的，提交甲方所在地人民法院诉讼解决。

甲方（盖章）：云岭银行股份有限公司昆明滇池路支行
乙方（签字）：段思远
签订日期：{cn_date(s.contract_date)}
{foot(3)}"""


def q02(s: Spec) -> str:
    P, f = s.principal, fee(s)
    return f"""乡惠通·助农小额贷款 借款要素表

【基本信息】
借款人\t\t苗守田（农户，种植户）
家庭住址\t\t贵州省安顺市紫云县猫营镇大田村三组
贷款机构\t\t贵州黔南乡惠小额贷款有限公司
担保机构\t\t贵州惠农融资担保有限公司
合同签订日\t\t{dotd(s.contract_date)}

【授信】
农户授信额度\t\t50,000.00元（三年内循环）
本次借款金额\t\t{money(P)}元
借款用途\t\t购买化肥、种苗（采购单金额18,600.00元，其余用于雇工）

【期限与利率】
借款期数\t\t{s.n}期（按月）
首期还款日\t\t{dotd(s.rows[0]['date'])}
末期还款日\t\t{dotd(s.rows[-1]['date'])}
月利率\t\t{plain(s.rate_value)}%
还款方式\t\t等额本息（每月还款额相同）
每月还款\t\t{money(pay(s))}元（末期{money(s.rows[-1]['total'])}元）

【担保费】
担保费率\t\t借款金额的{plain(s.fees[0].percent)}%（一次性）
担保费金额\t\t{money(f)}元
支付方式\t\t借款人于放款当日另行转账至担保机构账户，不从借款中扣除

【其他】
逾期罚息\t\t按月利率的1.5倍计收
提前还款\t\t可随时提前还款，不收违约金
政策贴息\t\t本产品不享受财政贴息；县农业农村局贴息产品另行申请（贴息比例最高50%）
村级协管员\t\t李二妹（联系电话 139****0521）

借款人确认：以上要素已由客户经理逐项告知，本人已理解并同意。本要素表与《个人借款合同》（编号
QN-NH-2025-1187）具有同等效力，二者不一致的以本要素表为准。

借款人签字（手印）：苗守田
客户经理：罗成　　　复核：杨晓霞
"""


def tenor_rows(s: Spec) -> list[tuple[int, Decimal, Decimal]]:
    """(tenor, fee rate per period, annualised rate by the IRR) for the page's tenor table; the
    rate of the other tenors is computed here with this batch's own solver."""
    out = []
    for n, rate in ((3, D("0.75")), (6, D("0.70")), (12, s.fees[0].percent), (24, D("0.60"))):
        P = s.principal
        per = r2(P * rate / 100)
        prin = r2(P / n)
        flows = [prin + per] * (n - 1) + [P - prin * (n - 1) + per]
        out.append((n, rate, r2(brent_rate(P, flows) * 12 * 100)))
    return out


def q03(s: Spec) -> str:
    P, f = s.principal, fee(s)
    own = [r for r in tenor_rows(s) if r[0] == s.n][0]
    assert own[2] == r2(s.cost), (own, s.cost)
    tenors = [["分期期数", "每期手续费率", "每期手续费", "年化利率（IRR）", ""]] + [
        [f"{n}期", f"{plain(rate)}%", f"{money(r2(P * rate / 100))}元", f"{plain(apr)}%", "✓ 已选" if n == s.n else ""]
        for n, rate, apr in tenor_rows(s)]
    plan = [["期次", "入账月份", "本金", "手续费", "应还"]] + [
        [f"{r['k']}/{s.n}", f"{r['date'].year}年{r['date'].month:02d}月", money(r["principal"]), money(r["fees"]), money(r["total"])]
        for r in s.rows]
    body = f"""<div class="hd"><h2>账单分期</h2><p class="muted">办理结果</p></div>
<section><h3>✔ 账单分期办理成功</h3>
<p>您已阅读并同意《长川银行信用卡账单分期业务协议》，本页面记载的分期要素为该协议的组成部分。</p></section>
<section>{kv_div([("卡号", "**** **** **** 6620"), ("本期账单金额", "¥8,530.26"), ("最低还款额", "¥853.03"),
                  ("可分期金额上限", "¥8,000.00"), ("本次分期金额", f"¥{money(P)}"), ("分期期数", f"{s.n}期"),
                  ("每期手续费率", f"{plain(s.fees[0].percent)}%"), ("办理日期", ymd(s.contract_date))])}</section>
<section><h3>各期数费率</h3>
{table_html(tenors)}
<p class="muted">年化利率按内部收益率法计算，仅供比较；手续费按分期本金×每期手续费率逐期收取，本金按期数平均分摊，
尾差计入最后一期。</p></section>
<section><h3>还款计划</h3>
{table_html(plan)}
<p>分期后每期应还本金与手续费将计入对应月份账单，未分期部分¥{money(D('8530.26') - P)}请于到期还款日前全额还款。</p></section>
<footer><p>提前结清：剩余未入账本金一次性入账，已入账手续费不退。</p><p>客服 95xxx-8</p></footer>"""
    return page("账单分期", body, True, 'window.__DATA__={"maxInstAmt":"8000.00","promoRate":"0.55%","tenors":[3,6,12,24]};')


def q04(s: Spec) -> str:
    P, f = s.principal, fee(s)
    left = [
        "【车辆信息】",
        "品牌型号：丰田凯美瑞 2.0G 豪华版",
        "车辆类型：二手车（首次上牌2021年4月）",
        "车架号：LVGB*********7731",
        "成交价：89,800.00元",
        "首付款：26,800.00元",
        "",
        "【融资信息】",
        f"融资金额：{money(P)}元",
        f"融资期限：{s.n}个月",
        f"年利率：{plain(s.rate_value)}%（单利）",
        "还款方式：等额本息",
        f"月供：{money(pay(s))}元",
        f"首期还款日：{ymd(s.rows[0]['date'])}",
        f"末期还款日：{ymd(s.rows[-1]['date'])}",
    ]
    right = [
        "【服务费】",
        f"上牌抵押服务费：{money(f)}元",
        "（含过户、上牌、抵押登记代办）",
        "收取方式：放款时由出借人自融资",
        "金额中直接扣除并支付给车商，",
        f"借款人实际到账{money(P - f)}元，",
        "该款项视为已支付至车商。",
        "",
        "【其他费用】",
        "车辆商业险：约4,260.00元/年",
        "（借款人自行向保险公司投保，",
        "第一受益人为出借人）",
        "GPS：本合同不安装",
        "提前还款：满12期后可提前结清，",
        "收取剩余本金2%的违约金",
    ]
    return "\n".join([
        "二手车分期付款及抵押借款合同（车商渠道）",
        "合同号：UC-SZ-2025-03318　　　　渠道车商：深圳市好运来二手车行",
        "出借人：深圳前海鑫途汽车金融有限公司　　借款人：龙海波",
        "",
        *two_cols(left, right, 44),
        "",
        "第一条　借款人同意以所购车辆向出借人办理抵押登记，抵押期间车辆登记证书由出借人保管。",
        "第二条　借款人逾期还款的，按逾期金额每日0.05%支付罚息；连续逾期3期的，出借人有权收回车辆。",
        "第三条　本合同左右两栏内容同等有效，左栏为融资要素，右栏为费用说明。",
        f"签约日期：{ymd(s.contract_date)}　　签约地点：深圳市龙岗区",
        "借款人：龙海波（签字）　　出借人：（电子签章）　　车商经办人：何志强",
    ])


def q05(s: Spec) -> str:
    P = s.principal
    head = f"{pad('期次', 8)}{pad('还款日期', 14)}{pad('应还本金', 14)}{pad('应还利息', 12)}{pad('本息合计', 12)}剩余本金"
    lines, bal = [], P
    for r in s.rows:
        bal -= r["principal"]
        lines.append(f"{pad(str(r['k']), 8)}{pad(r['date'].isoformat(), 14)}{pad(money(r['principal']), 14)}"
                     f"{pad(money(r['interest']), 12)}{pad(money(r['total']), 12)}{money(bal)}")
    return f"""附件一：借款借据
（本借据为《个人综合授信额度合同》（编号：SXED-2025-HZ-00871）项下的用款凭证，授信合同关于额度、
担保、违约责任等一般约定适用于本借据；本借据记载的借款要素优先于授信合同。）

借据编号：SXED-2025-HZ-00871-JJ01　　　　　第 1 笔用款

授信额度：人民币叁拾万元整（授信合同核定，可循环使用）
本笔用款金额（大写）：人民币{daxie(P)}
本笔用款金额（小写）：{fc.wan(P)}
用途：房屋装修（一期水电及泥瓦工程）；后续工程款可另行申请用款，每笔用款单独出具借据、单独计息。
放款日：{s.start_date.isoformat()}
到期日：{s.rows[-1]['date'].isoformat()}
期限：{s.term_months}个月
利率：一年期LPR（3.00%）+135基点＝年利率{plain(s.rate_value)}%，按月等额本金还款，利息按月计收
收款账户：杭州筑梦家装饰工程有限公司（受托支付）
借款人：沈嘉禾　　　　　　经办行：钱塘农村商业银行股份有限公司城东支行
借据日期：{s.contract_date.isoformat()}

还款计划（每月{s.start_date.day}日扣款）
{head}
""" + "\n".join(lines) + f"""
合计　　　　　　　　　　　{money(P)}　　{money(total_interest(s))}　　{money(total_repaid(s))}

说明：1. 上表按放款日执行利率测算，利率调整后以重新生成的还款计划为准。2. 授信合同第十二条约定的
提前还款手续费（提前还款本金的1%）在本借据项下免收。3. 借款人第二笔用款预计金额5万元，以届时借据为准。
借款人签名：沈嘉禾　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　第 7 页 / 共 7 页"""


def q06(s: Spec) -> str:
    P, r0, rl = s.principal, s.rows[0], s.rows[-1]
    return f"""还款协商协议（分期还款）

协议编号：XF-HS-2026-000417
甲方（债权人）：星汉消费金融股份有限公司
乙方（债务人）：魏小川　　身份证号：3201**********0634

鉴于：
一、乙方于2024年5月通过甲方“星汉借”App借款人民币30,000.00元（原借款合同编号XH-2024-0519-2287），
原约定分24期还款。乙方自2025年6月起未按期还款。
二、截至本协议签订日，乙方尚欠本金{money(P)}元、逾期利息1,285.40元、罚息412.66元。
三、乙方因失业申请协商还款，并提交了相关证明材料。

双方经协商一致，达成如下协议：

第一条　减免
甲方同意减免乙方截至本协议签订日的逾期利息1,285.40元及罚息412.66元，合计1,698.06元。减免以乙方
按本协议第二条履行为条件。

第二条　分期安排
2.1 乙方应还款项总额为人民币{money(P)}元（即第鉴于条款第二项所列本金）。
2.2 乙方自{ymd(r0['date'])}起，于每月{r0['date'].day}日还款{money(r0['total'])}元，最后一次还款为{ymd(rl['date'])}，
金额{money(rl['total'])}元。
2.3 协议期间甲方不再计收利息、罚息或任何费用。

第三条　违约
乙方任意一期未按第二条还款且超过10日的，甲方有权解除本协议，第一条减免自动失效，甲方有权按原借款
合同主张全部剩余欠款（以原合同约定为准）。

第四条　征信
乙方按本协议履行期间，甲方按规定如实报送乙方的还款情况；本协议履行完毕后，甲方在5个工作日内报送
结清信息。

第五条　其他
本协议自双方签署（含电子签名）之日起生效。本协议与原借款合同不一致的，以本协议为准。

甲方：星汉消费金融股份有限公司（电子签章）
乙方：魏小川（电子签名）
签署日期：{ymd(s.contract_date)}
"""


def q07(_s: Spec) -> str:
    return """欠　条

今欠到　王建军　务工工资共计人民币贰万叁仟肆佰元整（¥23,400.00）。

该款系王建军于2025年3月至2025年8月在本人承包的“滨江花园三期”项目从事钢筋工作业的劳务报酬，
按每日260元、共计90个工作日结算，已经双方核对无误。

本人承诺于2025年12月31日前付清。逾期未付的，自愿承担王建军为追讨工资支出的交通费、误工费。
本欠条不计利息。

另：王建军此前预支的生活费3,000元已在上述金额中扣除。

欠款人：刘德明（签名，按手印）
身份证号：4127**********1918
联系电话：137****6652
二〇二五年九月十日

见证人：周永胜（班组长）
"""


def q08(s: Spec) -> str:
    P, f = s.principal, fee(s)
    return (f"本协议由借款人吕一诺（身份证号6101**********3320，就读于西京工业大学机械学院2023级，"
            f"已年满十八周岁）与贷款人长安青禾消费金融有限公司于{ymd(s.contract_date)}在线签订，"
            f"借款人申请“青禾学途”教育消费分期用于购买笔记本电脑（商品订单金额6,499.00元，"
            f"其中自付1,499.00元），本次借款金额为人民币{money(P)}元，分{s.n}期按月偿还，"
            f"月利率为{plain(s.rate_value)}%，按等额本息方式计算，每期应还本息{money(s.payment)}元"
            f"（最后一期为{money(s.rows[-1]['total'] - f)}元），"
            f"另每期收取平台服务费{money(f)}元，与当期本息一并扣收，故前{s.n - 1}期每期合计应还{money(pay(s))}元，"
            f"首期还款日为{ymd(s.rows[0]['date'])}，此后每月同日还款，最后一期为{ymd(s.rows[-1]['date'])}，"
            f"借款人在本协议项下应还本息及服务费合计{money(total_repaid(s) + 150)}元；"
            f"借款人已告知其监护人并取得同意，贷款人已核实借款人具有第二还款来源；"
            f"借款人任一期逾期的，应按逾期本息金额每日0.1%支付违约金，逾期超过30日的，"
            f"贷款人有权宣布全部借款提前到期；贷款人不得向借款人所在学校、同学及老师进行催收，"
            f"不得以任何形式公开借款人信息；借款人可随时提前结清，提前结清的仅需支付已发生期数的利息及服务费，"
            f"未到期服务费不再收取；因本协议发生的争议，由贷款人住所地人民法院管辖。\n"
            "（本协议以电子方式签署，借款人点击“同意并借款”视为签署。）\n")


def q09(s: Spec) -> str:
    P, f = s.principal, fee(s)
    interest = s.rows[0]["interest"]
    end = s.rows[0]["date"]
    return f"""当　票　　　　　　　　　　　　　　　　　　　　　　No. 0028813
典当行：江城恒昌典当有限责任公司　　典当经营许可证编号：42011xxxxx
当户：邵晓峰　　证件：☑身份证 □护照 □其他　　号码：4201**********5531

当物：☑黄金饰品 □机动车 □房产 □其他
当物名称：足金手镯2只、足金项链1条　　重量：58.36克　　成色：Au999
估价金额：人民币13,500.00元　　折当率：74%

当金（大写）：{daxie(P)}　　　当金（小写）：¥{money(P)}
典当期限：自 {dotd(s.start_date)} 至 {dotd(end)}（1个月）

费用标准（按月计）：
　月利率：{plain(s.rate_value)}%　　　　　本期利息：¥{money(interest)}
　综合费率：{plain(s.fees[0].percent)}%　　　　本期综合费：¥{money(f)}
　收取方式：☑赎当时一并收取 □发放当金时预先扣除
实付当金：¥{money(P)}

赎当应付合计：¥{money(s.rows[0]['total'])}（当金＋利息＋综合费）

续当：当期届满前申请续当的，续当期限每次不超过6个月，续当时结清本期利息及综合费。
绝当：当期届满或续当期届满后五日内未赎当也未续当的，为绝当；绝当物估价金额不足3万元的，典当行
可以自行变卖或折价处理。

当户签章：邵晓峰　　　　　　　　经办：陈敏　　复核：张宏
日期：{dotd(s.contract_date)}　　　　　　　　　　　　　　　（第二联　当户收执）
"""


def q10(s: Spec) -> str:
    P, f = s.principal, fee(s)
    lines = [f"  第{r['k']}期  {slash0(r['date'])}  应还 ¥{money(r['total'])}  （本金{money(r['principal'])} 利息{money(r['interest'])} 服务费{money(r['fees'])}①）"
             for r in s.rows]
    return f"""9:41　　　　　　　　　　　　　　　　　　　　　　　　　　　5G 76%
< 借款详情　　　　　　　　　　　　　　　　　　　　　　　　　　　客服

周周还 · 借款成功
借款金额　　¥{money(P)}
到账银行卡　建设银行(尾号0917)　　到账金额 ¥{money(P)}
借款日期　　{slash0(s.contract_date)}
还款方式　　按周等额本息（每7天还一次）
周利率　　　{plain(s.rate_value)}%（年化单利{plain(fc.annual_rate(s))}%）
出借方　　　鹭岛云信小额贷款有限公司

还款计划（共{s.n}期）
""" + "\n".join(lines) + f"""

合计应还 ¥{money(total_repaid(s))}

① 服务费：每期{money(f)}元，由平台“鹭岛云信”收取，用于账户维护及还款提醒，随每期还款一并扣收。
② 逾期后按未还本金每日0.1%收取罚息，不另收催收费用。
③ 新用户专享：首笔借款最高可借20,000元；本页“已省¥12.60”为优惠券抵扣的服务费，已计入上表。

—— 我的额度：20,000.00　可用：18,000.00 ——
"""


def q11(s: Spec) -> str:
    P = s.principal
    interest = s.rows[0]["interest"]
    return f"""借　条

今借到 谭国华（身份证号 4301**********5512）现金人民币 {daxie(P)}（¥{money(P)}），
以银行转账方式一次付清（农业银行尾号3356转至本人尾号8871账户）。

借款期限 壹年，自{cn_date(s.start_date)}起至{cn_date(s.rows[-1]['date'])}止。
月息壹分，即每月利息{daxie(interest)}，本人于每月一日前付清当月利息，
到期之日一次归还本金{daxie(P)}。
如到期不还，逾期部分按年利率百分之十二计付逾期利息，并承担出借人为实现债权支付的合理律师费。

（注：本人去年所借伍仟元已于二〇二五年一月还清，与本借条无关。原写“月息壹分伍”已划去，
以“月息壹分”为准，双方在划改处按手印。）

借款人：彭立新（签字 按手印）
身份证号：4301**********3376
住址：湖南省长沙市岳麓区望城坡街道
{cn_date(s.contract_date)}
"""


def q12(s: Spec) -> str:
    P, g = s.principal, s.fees[0]
    rows = ["期数 | 还款日 | 应还本金 | 应还利息 | 其他费用 | 当期合计"] + [
        f"{r['k']} | {r['date'].isoformat()} | {money(r['principal'])} | {money(r['interest'])} | {money(r['fees'])} | {money(r['total'])}"
        for r in s.rows]
    gps_row = s.rows[g.period - 1]
    return "\n".join([
        "汽车消费贷款合同（新车）　　　　　　　　　　　　　　　　合同编号：QC-2025-HB-55107",
        "贷款人：荆楚汽车金融有限责任公司　　借款人：胡静怡　　经销商：武汉江汉区星驰汽车销售服务有限公司",
        "",
        "一、车辆与贷款",
        "车辆：比亚迪宋PLUS DM-i 旗舰型　　开票价：158,800.00元　　首付：38,800.00元",
        f"贷款本金：{money(P)}元（{fc.wan(P)}）　　贷款期限：{s.n}个月　　年利率：{plain(s.rate_value)}%",
        f"还款方式：等额本息，每月{s.start_date.day}日还款，每期本息{money(s.payment)}元",
        "",
        "二、GPS安装服务费",
        f"借款人委托经销商安装车载定位装置，GPS安装服务费{money(g.amount)}元不从贷款中扣除，也不在放款时收取，",
        f"而是与第{g.period}期还款一并收取（即{ymd(gps_row['date'])}扣款{money(gps_row['total'])}元），详见下表“其他费用”栏。",
        "",
        "三、保险",
        "车辆商业保险由借款人自行向保险公司投保（本年度保费6,320.00元，已在经销商处另行支付），不属于本合同费用。",
        "",
        "四、还款计划表",
        *rows,
        f"合计 | | {money(P)} | {money(total_interest(s))} | {money(g.amount)} | {money(total_repaid(s))}",
        "",
        "五、违约：逾期按日万分之五计收罚息；逾期超过60日的，贷款人有权处置抵押车辆。",
        f"签订日期：{ymd(s.contract_date)}　　　借款人签名：胡静怡　　　贷款人：（合同专用章）",
        "— 本合同一式三份 —　　　　　　　　　　　　　　　　　　　　　　　　　　　　第 1 页 / 共 1 页",
    ])


def q13(s: Spec) -> str:
    P, g = s.principal, s.fees[0]
    due = s.rows[g.period - 1]["date"]
    r0, rl = s.rows[0], s.rows[-1]
    return f"""职业技能培训分期付款服务确认单
学员：聂子涵　　　　课程：UI/UX全栈设计就业班（线下，五个月）
培训机构：厦门鹭光数字艺术培训学校有限公司
分期服务提供方：海峡明德消费金融有限公司

课程总价（元）：
19,
800.00
学员首付（元）：0.00
分期金额（元）：
{money(P)}
分期期数：{s.n}
每月还款本金：{money(r0['principal'])}元（末期{money(rl['principal'])}
元）
分期利率：0%（本产品不收取利息）

分期服务费：{money(g.amount)[:2]}
{money(g.amount)[2:]}元，不按期收取，由学员于
{ymd(due)}（即第{g.period}期还款日）
一次性支付，与第{g.period}期本金一并扣款。

首期还款日：{ymd(r0['date'])}
末期还款日：{ymd(rl['date'])}

退费说明：学员在开课后7日内退学的，培训机构全额退还课程费用并由其向分期服务提供方结清；开课7日后
退学的，按已上课时比例退费，分期服务费不予退还。（参考案例：2024届学员分期14,800元，开课第3周退学，
退费9,620元。）
就业承诺：结业后6个月内未就业的，退还课程费用的30%。

学员确认签字：聂子涵　　　　　　日期：{ymd(s.contract_date)}
第1页/共1页　　　　　　　　　　　　　　　打印时间 {s.contract_date.isoformat()} 15:22:07
"""


def q14(s: Spec) -> str:
    P, f = s.principal, fee(s)
    r0 = s.rows[0]
    t = total_repaid(s)
    body = f"""【商户分期签购单】　商户联
商户名称：蔚蓝时光婚纱摄影（南宁万象城店）　　商户号：104450072110933
终端号：3208xxxx　　操作员：０２
套餐：「海岛旅拍·臻选」　套餐原价：２９，８００．００元
已付定金：５，８００．００元
分期金额：{fullwidth(money(P))}元
分期机构：桂岭消费金融有限公司
月服务费率：{fullwidth(plain(s.fees[0].percent))}％（按分期金额计收）
每月还款：{fullwidth(money(r0['total']))}元
还款总额：{fullwidth(money(t))}元
首次还款：{fullwidth(r0['date'].isoformat())}
交易时间：{fullwidth(s.contract_date.isoformat())}　１４：０７：５２
持卡人签名：农小燕
本人确认以上交易，同意将其记入本人分期账户。
＊服务费已含在每月还款中，无其他费用。提前还款须结清当期服务费。
"""
    return body


def q15(s: Spec) -> str:
    P = s.principal
    r0, rl = s.rows[0], s.rows[-1]
    return f"""借款详情
─────────────────
状态：还款中
借款编号：JD20250311093301
借款金额：{money(P)}元
借款时间：{s.contract_date.isoformat()} 09:33
资金方：渝信消费金融股份有限公司
日利率：万分之三（0.03%）
年利率：{plain(fc.annual_rate(s))}%（单利，日利率×365）
还款方式：先息后本※
─────────────────
还款计划
第1-{s.n - 1}期　每期利息{money(r0['interest'])}元（本金0.00）
第{s.n}期　　　利息{money(rl['interest'])}元＋本金{money(P)}元＝{money(rl['total'])}元
每月还款日：{r0['date'].day}日
─────────────────
我的循环额度：50,000.00元　可用：35,000.00元
（额度内随借随还，每次借款单独生成借款详情）

※ 借款期限{s.term_months}个月，前{s.n - 1}期只还利息，第{s.n}期（{rl['date'].isoformat()}）归还全部本金。
每月利息按日利率×365÷12计算，不足一月按实际天数计收；提前还本按实际占用天数计息，无违约金。
【广告】借1万元，日息低至3元！
"""


def q16(s: Spec) -> str:
    P, f = s.principal, fee(s)
    left = [
        "【借款要素】",
        f"借款金額：人民幣{daxie(P, trad=True)}",
        f"　　　　　（{money(P)}元）",
        f"借款期限：{s.n}個月",
        f"年利率：{plain(s.rate_value)}%（單利）",
        "還款方式：等額本息",
        f"每月還本付息：{money(s.payment)}元",
        f"首期還款日：{ymd(s.rows[0]['date'])}",
        "",
        "【帳戶管理費】",
        f"費率：每月{plain(s.fees[0].percent)}%（按借款金額）",
        f"金額：每月{money(f)}元",
        "隨每期還款一併扣收",
    ]
    right = [
        "【其他約定】",
        "授信額度：80,000元（本次使用",
        f"　{money(P)}元）",
        "逾期罰息：按日0.05%計收",
        "提前還款：第6期後可提前結清，",
        "　免收違約金",
        "爭議解決：杭州市上城區人民法院",
        "",
        "【聯繫方式】",
        "客服熱線：400-xxx-5577",
        "地址：浙江省杭州市上城區",
        "　　　錢江路1366號",
    ]
    return "\n".join([
        "個人消費借款合同",
        "合同編號：HZXF-2025-08-30117",
        "貸款人：杭州錢塘消費金融股份有限公司",
        "借款人：陳逸凡　　身份證號碼：3301**********4425",
        "",
        *two_cols(left, right, 40),
        "",
        f"每期應還合計：{money(pay(s))}元（本息{money(s.payment)}元＋帳戶管理費{money(f)}元，最後一期按實際結清金額）",
        "本合同適用中華人民共和國法律。本合同以繁體字印製，與簡體文本具有同等效力。",
        f"簽約日期：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日",
        "借款人簽名：陳逸凡　　　　貸款人（蓋章）",
    ])


def q17(s: Spec) -> str:
    P = s.principal
    i = brent_rate(P, [r["total"] for r in s.rows])
    eff = r2(((1 + i) ** 12 - 1) * 100)
    return f"""香江銀行有限公司
私人分期貸款 — 貸款確認書

貸款編號：PIL-25-0641187　　　　　　　　　　　　　　　日期：{s.contract_date.day}/{s.contract_date.month}/{s.contract_date.year}（日/月/年）
借款人：梁家豪先生　　香港身份證號碼：Y12****(3)
地址：香港九龍旺角彌敦道xxx號xx樓

貸款額：港幣{money(P)}元
還款期：{s.n}個月
月平息：{plain(s.rate_value)}%
每月還款額：港幣{money(pay(s))}元（首期還款日：{s.rows[0]['date'].day}/{s.rows[0]['date'].month}/{s.rows[0]['date'].year}）
實際年利率：{eff}%（按香港銀行公會指引計算）
手續費：全免

提早還款：須繳付相等於貸款額1%之提早還款手續費。
逾期還款：逾期款項按年利率36%計息，另收逾期手續費每次港幣300元。
代表例子：貸款額港幣50,000元、還款期24個月、月平息0.38%，實際年利率為{flat_example(D(50000), D('0.38'), 24, True)}%。（此例子並非閣下之貸款。）

本確認書受香港特別行政區法律管轄，雙方接受香港法院之非專有司法管轄權。
本行為香港持牌銀行，受《銀行業條例》規管。
"""


def q18(_s: Spec) -> str:
    return """汽车租赁合同（日租）

合同编号：ZC-CD-2025-11-0832
出租方（甲方）：成都锦程汽车租赁有限公司
承租方（乙方）：向晨曦　　驾驶证号：5101**********0715

一、租赁车辆：大众途观L 2024款　车牌号：川A·D8**7　颜色：白
二、租期：2025年11月14日10:00至2025年11月19日10:00，共5日。
三、租金：每日398.00元，共计1,990.00元；基本保障服务费每日50.00元，共计250.00元；合计2,240.00元，
取车时一次付清。
四、押金：车辆押金5,000.00元，取车时冻结乙方信用卡额度；违章押金2,000.00元，还车后30日无违章的
全额退还。押金不计利息。
五、超时：超过约定还车时间4小时以内的按小时计收（每小时60元），超过4小时的按一日租金计收。
六、里程：每日限行300公里，超出部分每公里1.00元。
七、车辆损坏：乙方负责保险免赔额以内的损失，最高不超过5,000元。
八、本合同不涉及任何借款、分期付款或融资安排。

甲方（盖章）：成都锦程汽车租赁有限公司　　乙方（签字）：向晨曦
签订日期：2025年11月14日
"""


def q19(_s: Spec) -> str:
    return """律 师 函
（2025）湘麓律函字第0315号

致：郑凯文先生
地址：湖南省株洲市天元区泰山路xx号

湖南麓峰律师事务所受黄丽娟女士（以下简称“委托人”）委托，指派本律师就您与委托人之间的借款纠纷
事宜，郑重致函如下：

一、据委托人陈述及提供的借条、银行转账凭证，您于2024年7月2日向委托人借款人民币60,000元，约定
年利率8%，借款期限一年，于2025年7月1日归还本息64,800元。
二、借款到期后，经委托人多次催告，您至今仅归还10,000元，尚欠本金50,000元及相应利息。
三、根据《中华人民共和国民法典》第六百七十四条、第六百七十六条之规定，借款人应按约定期限支付利息
并返还借款；逾期未还的，应按约定或国家有关规定支付逾期利息。

现本律师函告如下：请您于收到本函之日起十五日内，向委托人归还欠款本金50,000元及利息。逾期未付，
本律师将依委托人授权，向有管辖权的人民法院提起诉讼，由此产生的诉讼费、保全费及律师费等均由您承担。

特此函告。
联系人：欧阳律师　　电话：0731-8xxxxxx1

湖南麓峰律师事务所（盖章）
律师：欧阳明
2025年11月20日
"""


def q20(s: Spec) -> str:
    P, f = s.principal, fee(s)
    r0, rl = s.rows[0], s.rows[-1]
    return f"""借款综合成本告知书（借款前告知，不构成借款合同）

尊敬的客户 付雨桐：
您正在申请岭南汇通消费金融有限公司“安居贷”产品。为保障您的知情权，现将借款成本以问答形式告知如下。
本告知书不构成借款合同，具体以您确认签署的《个人消费借款合同》为准。

问：我申请借多少钱？分几期？
答：借款金额{money(P)}元（肆万元整），分{s.n}期，按月还款，期限{s.term_months}个月。

问：利息怎么算？
答：年利率{plain(s.rate_value)}%（单利），采用等额本金方式：每期归还本金{money(r0['principal'])}元，利息按剩余本金计算，
逐月递减。首期利息{money(r0['interest'])}元，末期利息{money(rl['interest'])}元。

问：除利息外还有别的费用吗？
答：有。本产品要求投保借款履约保证保险，由合作保险公司承保，保费按借款金额的{plain(s.fees[0].percent)}%按月收取，
即每月{money(f)}元，由我司代收，与每期本息一并扣款，{s.n}期合计{money(f * s.n)}元。
除此之外，不收取手续费、管理费、会员费。

问：第一期和最后一期要还多少？
答：首期应还{money(r0['total'])}元（本金＋利息＋保费），末期应还{money(rl['total'])}元。

问：综合年化成本是多少？
答：计入保费后，按内部收益率（IRR）法计算的综合年化成本约为{r2(s.cost)}%。

问：逾期怎么办？
答：逾期后按借款年利率上浮50%计收罚息，保险公司理赔后将向您追偿。

告知日期：{ymd(s.contract_date)}
客户确认：本人已阅读并理解上述内容。　付雨桐（电子签名）
"""


def q21(s: Spec) -> str:
    P, f = s.principal, fee(s)
    return f"""快易花 · 借款申请及确认单（电子）

申请编号：KYH-202510-77120913
借款人：韦志鹏　　手机：186****2290

借款金额：¥{money(P)}
借款期数：{s.n}期（每月还款）
日利率：万分之六（0.06%，年化单利{plain(fc.annual_rate(s))}%）
还款方式：□先息后本　☑等额本息　□等额本金　□到期一次还本付息
借款用途：☑日常消费　□装修　□教育　□旅游　□其他
平台服务费：☑ 放款时从借款金额中一次性扣除 □ 按期收取 □ 到期收取
　服务费金额：¥{money(f)}（借款金额的{plain(s.fees[0].percent)}%）
实际到账：¥{money(P - f)}
每期应还：¥{money(pay(s))}（末期¥{money(s.rows[-1]['total'])}）
首期还款日：{ymd(s.rows[0]['date'])}

出借机构：桂海通达网络小额贷款有限公司
技术服务方：快易花（深圳）信息技术有限公司

☑ 我已阅读并同意《借款合同》《平台服务协议》《个人信息授权书》
☐ 我同意接收营销信息（可不选）

确认时间：{s.contract_date.isoformat()} 21:16:04　　　电子签名：韦志鹏
"""


def q22(s: Spec) -> str:
    P, f = s.principal, fee(s)
    r0, rl = s.rows[0], s.rows[-1]
    return f"""借款费用展示（借款前）
本页面仅为借款前的费用展示，不构成借款合同；借款合同以您确认后签署的《借款合同》为准。

借款金额　　　　　　{money(P)}元
借款期限　　　　　　{s.term_months}个月（{s.n}期）
月利率（平息）　　　{plain(s.rate_value)}%
利息计算　　　　　　每月利息＝借款金额×月利率＝{money(r0['interest'])}元，每期固定
每月应还本金　　　　{money(r0['principal'])}元（最后一期{money(rl['principal'])}元）
会员服务费　　　　　{money(f)}元，借款期间享受提额、免息券等权益，
　　　　　　　　　　于最后一期还款时一并支付（{ymd(rl['date'])}）
第1期至第{s.n - 1}期　　　每期应还{money(r0['total'])}元
第{s.n}期　　　　　　　应还{money(rl['total'])}元（含会员服务费）
综合年化成本（IRR）　{r2(s.cost)}%
展示日期　　　　　　{ymd(s.contract_date)}

温馨提示：平息按借款金额计息，实际年化成本高于月利率×12。同类产品示例：借款10,000元、12期、月平息0.5%，
综合年化约{flat_example(D(10000), D('0.5'), 12, False)}%（示例不是本次借款）。贷款方：滇云消费金融有限公司。
"""


# ---------------------------------------------------------------------------------------------
# English renderers
# ---------------------------------------------------------------------------------------------


def finance_charge(s: Spec) -> Decimal:
    return total_repaid(s) - s.net_received


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def til_boxes(s: Spec, paid_words: str) -> list[str]:
    """The four federal Truth-in-Lending boxes of this loan."""
    return til_box([
        ("ANNUAL PERCENTAGE RATE", "The cost of your credit as a yearly rate.", f"{r2(s.cost)}%"),
        ("FINANCE CHARGE", "The dollar amount the credit will cost you.", cur(finance_charge(s))),
        ("Amount Financed", "The amount of credit provided to you or on your behalf.", cur(s.net_received)),
        ("Total of Payments", f"The amount you will have paid {paid_words}.", cur(total_repaid(s))),
    ])


def e01(s: Spec) -> str:
    P, f = s.principal, fee(s)
    due = s.rows[0]["date"]
    interest = s.rows[0]["interest"]
    boxes = til_boxes(s, "after you have made all payments as scheduled")
    return "\n".join([
        "LONE STAR CASH CONNECTION, LLC",
        "Credit Access Business License No. 14-09xxx-C  |  Office of Consumer Credit Commissioner",
        "CREDIT SERVICES AGREEMENT / DEFERRED PRESENTMENT DISCLOSURE",
        "",
        f"Customer: Ramon D. Villarreal            Account #: TX-0602-55187",
        f"Transaction Date: {mdy(s.start_date)}          Payment Due Date: {mdy(due)}",
        "Third-Party Lender: Pecos Funding Trust (the \"Lender\")",
        "",
        *boxes,
        "",
        "Your payment schedule will be: one payment of " + cur(total_repaid(s)) + " due on the Payment Due Date above.",
        "",
        "ITEMIZATION",
        f"  Loan proceeds paid to you (cash) ............ {cur(P)}",
        f"  Interest payable to Lender ({plain(s.rate_value)}% per annum) ... {cur(interest)}",
        f"  CAB fee payable to Lone Star Cash Connection  {cur(f)}  (due with your payment; not taken from the loan)",
        "",
        "The CAB fee is charged for our services in obtaining the loan for you and is a FINANCE CHARGE.",
        "Prepayment: if you pay early you will not have to pay a penalty, and the CAB fee is not refunded.",
        "Returned check fee: $30.00. Late charge: none. We do not make the loan; the Lender does.",
        "",
        "TEXAS DISCLOSURE -- AN ADVANCE OF MONEY OBTAINED THROUGH A PAYDAY LOAN OR AUTO TITLE LOAN IS NOT",
        "INTENDED TO MEET LONG-TERM FINANCIAL NEEDS. A PAYDAY LOAN OR AUTO TITLE LOAN SHOULD ONLY BE USED TO MEET",
        "IMMEDIATE SHORT-TERM CASH NEEDS. (Example cost table printed by OCCC: $500 borrowed for two weeks,",
        "fees of $110 to $135; this example is not your loan.)",
        "",
        "Complaints: Office of Consumer Credit Commissioner, 2601 N. Lamar Blvd., Austin, Texas 78705.",
        f"Signed: Ramon D. Villarreal   Date: {mdy(s.contract_date)}          Page 1 of 2",
    ])


def e02(s: Spec) -> str:
    P = s.principal
    maint, orig = s.fees[0], s.fees[1]
    lines = [f"   {k}. {long_en(r['date'])}   {cur(r['total'])}" for k, r in enumerate(s.rows, 1)]
    return f"""BUCKEYE QUICK LOANS, INC.  -  Ohio Short-Term Loan Act Registrant No. SM.5012xx
SHORT-TERM LOAN AGREEMENT AND FEDERAL TRUTH-IN-LENDING DISCLOSURES

Borrower: Tanisha M. Crowell, 1844 Lockbourne Rd, Columbus, OH 43207
Loan No.: OH-25-0419-0072          Date of Agreement: {long_en(s.contract_date)}

1. THE LOAN. You ask us to lend you {cur(P)} (the "Principal"). You have been approved for up to $1,000.00;
   you chose a smaller amount.
2. ORIGINATION FEE. An origination fee of {cur(orig.amount)} (2% of the Principal) is deducted from the Principal,
   so we will deposit {cur(P - orig.amount)} into your checking account ending 4471.
3. INTEREST. Interest accrues on the unpaid Principal at the simple rate of {plain(s.rate_value)}% per year.
4. MONTHLY MAINTENANCE FEE. A monthly maintenance fee of {cur(maint.amount)} is charged each month and is
   included in each installment below (the lesser of 10% of the Principal or $30 under Ohio law).
5. PAYMENTS. You will repay in {s.n} monthly installments:
""" + "\n".join(lines) + f"""
   Each installment is principal and interest of {cur(s.payment)} plus the {cur(maint.amount)} maintenance fee
   (the last is adjusted to pay the loan in full).

FEDERAL TRUTH-IN-LENDING DISCLOSURES
   ANNUAL PERCENTAGE RATE ..... {r2(s.cost)}%
   FINANCE CHARGE ............. {cur(finance_charge(s))}
   Amount Financed ............ {cur(s.net_received)}
   Total of Payments .......... {cur(total_repaid(s))}
   Itemization of Amount Financed: paid to you {cur(P - orig.amount)}; prepaid finance charge (origination) {cur(orig.amount)}.

6. LATE CHARGE. If a payment is more than 15 days late you will be charged the greater of $15 or 5% of the
   installment. 7. PREPAYMENT. You may prepay at any time without penalty; unearned maintenance fees are refunded.
8. RESCISSION. You may cancel this loan by returning the loan proceeds by 5:00 p.m. on the third business day.

Borrower signature: Tanisha M. Crowell                 Lender: Buckeye Quick Loans, Inc.
"""


def e03(s: Spec) -> str:
    P, f = s.principal, fee(s)
    r0, rl = s.rows[0], s.rows[-1]
    return f"""GRANITE STATE HIGHER EDUCATION LOAN AUTHORITY
PRIVATE EDUCATION LOAN PROMISSORY NOTE AND FINAL DISCLOSURE
(This is not a federal Direct Loan. Federal loans may have lower costs and more flexible repayment.)

Borrower: Owen J. Pettersen            School: Merrimack Valley Institute of Nursing (Spring 2026 term)
Loan ID: GS-EDU-2025-118204            Disbursement date: {long_en(s.start_date)}

LOAN SUMMARY
  Loan amount (principal of this Note) ........ {cur(P)}
  Origination fee ({plain(s.fees[0].percent)}%, deducted from each disbursement) ... {cur(f)}
  Amount disbursed to School .................. {cur(P - f)}
  Interest rate ............................... {plain(s.rate_value)}% fixed
  Repayment option ............................ [X] Immediate Repayment  [ ] Interest-Only  [ ] Deferred

ABOUT THIS LOAN
  ANNUAL PERCENTAGE RATE {r2(s.cost)}%      FINANCE CHARGE {cur(finance_charge(s))}
  Amount Financed {cur(s.net_received)}          Total of Payments {cur(total_repaid(s))}

REPAYMENT
  {s.n} monthly payments of {cur(s.payment)} beginning {long_en(r0['date'])}; the final payment of {cur(rl['total'])}
  is due {long_en(rl['date'])}. Maximum rate: this is a fixed-rate loan; the rate will not increase.

Cost example (not your loan): a $10,000 loan at 8.25% repaid over 10 years would cost
{cur(annuity(D(10000), D('8.25'), 120) * 120)} in total.

Cancellation: you may cancel this loan without penalty until midnight of the third business day after you
receive this disclosure. This Note is governed by federal law and the laws of the State of New Hampshire.
Cosigner: none.                               Borrower: Owen J. Pettersen   Date: {long_en(s.contract_date)}
"""


def e04(s: Spec) -> str:
    P, f = s.principal, fee(s)
    rows = [["Payment", "Date", "Amount"]] + [[f"{r['k']} of {s.n}", long_en(r["date"]), cur(r["total"])] for r in s.rows]
    lines = [" | ".join(r) for r in rows]
    return f"""Order confirmed ✓
Thanks, Priya! Your order #HX-559120 from Brooklyn Loft Furniture is on its way.

Items: Walnut 6-seat dining table, 2 benches .......... $1,149.00
Promo SPRING25 ........................................ -$249.00
Financed with PayLater6 ............................... {cur(P)}

YOUR PLAN (accepted and e-signed {long_en(s.contract_date)} 2:41 PM)
Pay in 6 · monthly · 0% interest
Monthly account fee: {cur(f)} (added to each payment while your plan is open)
""" + "\n".join(lines) + f"""
Total you'll pay: {cur(total_repaid(s))}
APR: {r2(s.cost)}% (includes the monthly account fee)

Loans made by Hudson Pine Bank, N.A. under its Loan Agreement (v.2025-03), which you accepted at checkout.
Autopay from Visa ••4408. Late fee: up to $7 if a payment is 10+ days late. Not available in all states.
Other options you did not choose: Pay in 4 (every 2 weeks, $0 fees) · 12 months at 14.99% APR.
Questions? help@paylater6.example · (718) 555-0140
"""


def e05(s: Spec) -> str:
    P, f = s.principal, fee(s)
    aprc = r2(s.cost)
    return f"""FIXED SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974

Lender: Thistledown Finance Ltd, 12 Grey Street, Newcastle upon Tyne NE1 6AE (FRN 7xxxxx)
Credit broker: ClearPath Debt Solutions Ltd (FRN 8xxxxx), who introduced you to us
Borrower: Mrs Gemma L. Haworth, 7 Rowan Close, Gateshead NE9 5QT
Agreement number: TF-DC-448120            Date of agreement: {uk_date(s.contract_date)}

1. KEY FINANCIAL INFORMATION
   Amount of credit ................................ {cur(P, '£')}
   Purpose ......................................... debt consolidation (see schedule 2)
   Duration of the agreement ....................... {s.term_months} months
   Rate of interest (fixed) ........................ {plain(s.rate_value)}% per annum
   Repayments ...................................... {s.n} monthly repayments of {cur(s.payment, '£')},
                                                      the first one month after the date of this agreement
   Total amount payable ............................ {cur(total_repaid(s) + f, '£')} (including the broker fee)
   APR ............................................. {aprc}%

2. BROKER FEE
   You agreed to pay the credit broker a fee of {cur(f, '£')}. You must pay it to the broker on the day we
   pay the credit to you; it is not deducted from the credit and it is included in the APR above.

3. HOW THE CREDIT WILL BE PAID
   We will pay the whole credit of {cur(P, '£')} to your bank account. You told us you will use it to repay:
   Barclaycard (balance £3,410.22), Moneybarn loan (settlement figure £4,115.80) and an overdraft (£2,206.00).
   Those debts are yours to repay; they are not charges under this agreement.

4. MISSED PAYMENTS: we may charge £12 for each letter about arrears. Interest continues at the contract rate.
5. RIGHT OF WITHDRAWAL: you may withdraw within 14 days without giving a reason; you must repay the credit
   with interest of {cur(r2(P * s.rate_value / 100 / 365), '£')} a day.
6. EARLY SETTLEMENT: you may repay early; we may charge up to 58 days' interest.

Representative example (from our website, not your loan): borrow £7,500 over 60 months at 13.9% p.a.
fixed, representative 14.8% APR.
SIGNED by the Borrower: G. L. Haworth                 SIGNED for the Lender: R. Tait, Head of Lending
"""


def e06_blocks(s: Spec) -> list:
    P = s.principal
    rows = [
        ["1. Identity and contact details of the creditor", "Lindegracht Consumentenkrediet B.V., Keizersgracht 4xx, Amsterdam"],
        ["2. Type of credit", "Personal loan (persoonlijke lening), fixed rate"],
        ["Total amount of credit", f"EUR {money(P)}"],
        ["Duration of the credit agreement", f"{s.term_months} months"],
        ["Instalments", f"{s.n} monthly instalments of EUR {money(s.payment)}; the last EUR {money(s.rows[-1]['total'])}"],
        ["Total amount you will have to pay", f"EUR {money(total_repaid(s))}"],
        ["3. Borrowing rate", f"{plain(s.rate_value)}% per year, fixed (nominal)"],
        ["Effective annual rate (APRC)", f"{r2(s.cost)}%"],
        ["Costs", "No arrangement fee, no account fee, no insurance required"],
    ]
    return [
        ("p", "STANDARD EUROPEAN CONSUMER CREDIT INFORMATION"),
        ("p", "Pre-contractual information. This is not the credit agreement; your offer (offerte) follows after approval."),
        ("p", f"Prepared for: Mr T. (Thijs) van der Berg, Utrecht. Date: {s.contract_date.day:02d}-{s.contract_date.month:02d}-{s.contract_date.year} (DD-MM-YYYY)."),
        ("t", rows),
        ("p", "Representative example: EUR 15,000 over 60 months at a borrowing rate of 6.9%, effective annual rate 7.1%. This is not your loan."),
        ("br", "4. Other legal aspects", "Right of withdrawal: 14 calendar days.",
         "Early repayment: you may repay early; compensation up to 1% of the amount repaid early (0.5% if less than one year remains)."),
        ("p", "Borrowing costs money (Let op! Geld lenen kost geld). Supervisor: Autoriteit Financiële Markten."),
    ]


def e07(s: Spec) -> str:
    P, f = s.principal, fee(s)
    due = s.rows[0]["date"]
    return f"""NORTHERN STAR PAYDAY (ONTARIO) INC.          Licence No. PDL-ON-44xx
PAYDAY LOAN AGREEMENT  --  Payday Loans Act, 2008 (Ontario)

THE MAXIMUM TOTAL COST OF BORROWING FOR A PAYDAY LOAN UNDER FEDERAL LAW IS $14 FOR EVERY $100 BORROWED.

Borrower: Kyle A. Desrosiers, 55 Wellington St. E, Sault Ste. Marie, ON
Date of advance: {s.start_date.isoformat()} (YYYY-MM-DD)       Due date: {due.isoformat()}

Amount of loan (principal) ........................ ${money(P)}
Total cost of borrowing ($15 per $100 borrowed) ... ${money(f)}
Total amount owing on the due date ................ ${money(total_repaid(s))}
Annual percentage rate ............................ {r2(s.cost)}%
Term of the loan .................................. see the two dates above

The cost of borrowing is a single fee for the loan; no other fee, interest or charge is payable except on
default. If your payment is dishonoured you may be charged a one-time $25 fee.
You may cancel this agreement within two business days without reason or cost.
This is your third loan with us in 63 days; an extended payment plan is available on request.

Borrower: K. Desrosiers                       For the lender: M. Gagnon          Page 1/1
"""


def e08(_s: Spec) -> str:
    return """SUMMIT RIDGE BANK  --  PLATINUM REWARDS VISA(R)  --  PRICING AND TERMS (effective 07/01/2025)

Interest Rates and Interest Charges
  Annual Percentage Rate (APR) for Purchases ......... 21.49%, 25.49% or 29.49%, based on your creditworthiness.
                                                        This APR will vary with the market based on the Prime Rate.
  APR for Balance Transfers ........................... 0% introductory APR for 15 months from account opening;
                                                        after that, 21.49% to 29.49%.
  APR for Cash Advances ............................... 29.99%. This APR will vary with the market based on the Prime Rate.
  Penalty APR and When it Applies ..................... None.
  How to Avoid Paying Interest on Purchases ........... Your due date is at least 25 days after the close of each
                                                        billing cycle. We will not charge you interest on purchases if
                                                        you pay your entire balance by the due date each month.
  Minimum Interest Charge ............................. If you are charged interest, the charge will be no less than $1.00.

Fees
  Annual Fee .......................................... $95 (waived the first year)
  Transaction Fees
    - Balance Transfer ................................ Either $5 or 4% of the amount of each transfer, whichever is greater.
    - Cash Advance .................................... Either $10 or 5% of the amount of each cash advance, whichever is greater.
    - Foreign Transaction ............................. None
  Penalty Fees
    - Late Payment .................................... Up to $40
    - Returned Payment ................................ Up to $40

How We Will Calculate Your Balance: We use a method called "average daily balance (including new purchases)."
Your credit limit will be at least $2,000 and will be disclosed with your card.
Example: if you transfer $3,000, the fee is $120.
"""


def e09(s: Spec) -> str:
    P = s.principal
    return f"""LOAN MODIFICATION AGREEMENT

This Loan Modification Agreement (the "Agreement") is made on {long_en(s.contract_date)} between
PRAIRIE STATE LENDING, LLC (Illinois Consumer Installment Loan licensee CI.00xxxx) ("Lender") and
DARNELL K. OKAFOR ("Borrower").

RECITALS
A. Borrower signed a Promissory Note dated March 14, 2024 for $12,000.00 at 14.90% per year, payable in
   48 monthly installments of $333.52 (the "Original Note").
B. Borrower has missed three payments. As of the date of this Agreement the unpaid principal is $7,800.16
   and the past-due interest is $612.40.
C. Borrower has asked Lender to modify the Original Note because of a reduction in work hours.

TERMS
1. New Principal Balance. The past-due interest is added to the unpaid principal. The new principal balance
   is {cur(P)}. No late charges are added; accrued late charges of $105.00 are waived.
2. Interest Rate. From the date of this Agreement interest accrues at {plain(s.rate_value)}% per year on the unpaid
   principal balance (reduced from 14.90%).
3. Payments. Borrower shall pay {s.n} consecutive monthly installments of {cur(s.payment)}, beginning
   {long_en(s.rows[0]['date'])}, with a final installment of {cur(s.rows[-1]['total'])} on {long_en(s.rows[-1]['date'])}.
   The total of the modified payments is {cur(total_repaid(s) + 120)}.
4. No Fee. Lender charges no modification fee. No new money is advanced under this Agreement.
5. Original Note. Except as modified here, the Original Note remains in full force. Section 9 (Default)
   and Section 11 (Governing Law: Illinois) of the Original Note continue to apply.
6. Credit Reporting. Lender will report the account as "paying under a modified agreement".

LENDER: Prairie State Lending, LLC, by: Ana Ruiz, Loss Mitigation        BORROWER: Darnell K. Okafor
"""


def e10(_s: Spec) -> str:
    return """RESOLVE RECOVERY PARTNERS, LLC
P.O. Box 6120, Tempe, AZ 85285  |  Settlement Department

November 18, 2025

Mr. Lucas Ferreira
418 Orchard Ave, Mesa, AZ 85201

Re: Original creditor: Canyon Bank Visa account ending 3391   Our reference: RRP-5512087
    Current balance: $6,842.19

SETTLEMENT OFFER

We are authorized to accept $2,736.88 (40% of your balance) to settle this account in full, if we receive it by
December 31, 2025. You may pay it in one payment, or in three monthly payments of $912.29 on December 15, 2025,
January 15, 2026 and February 15, 2026. No interest or fees will be added while you keep to the payments.

When the settlement is paid, the account will be reported as "settled in full for less than the full balance".
The forgiven amount of $4,105.31 may be reported to the IRS on Form 1099-C.

This communication is from a debt collector. This is an attempt to collect a debt and any information obtained
will be used for that purpose. We are not obligated to renew this offer.

Because of the age of your debt, you will not be sued for it. Call us at (480) 555-0177, Mon-Fri 8am-6pm.
"""


def e11(_s: Spec) -> str:
    return """DESERT PALMS CAR RENTAL  --  RENTAL AGREEMENT  #DPR-0915-2217

Renter: Hannah Ostrowski        Driver's licence: WA ********   Additional driver: none
Vehicle: 2025 Toyota RAV4 Hybrid XLE, plate 9KXx221, odometer out 14,208
Pick-up: Phoenix Sky Harbor, 09/15/2025 11:00      Return: Phoenix Sky Harbor, 09/21/2025 11:00 (6 days)

CHARGES
  Time & mileage: 6 days x $64.00 ................ $384.00   (unlimited miles)
  Loss damage waiver: 6 days x $29.99 ............ $179.94   (declined [ ]  accepted [X])
  Concession recovery fee 11.11% ................. $42.66
  Customer facility charge 6 x $6.00 ............. $36.00
  Sales tax 14.3% ................................ $91.59
  ESTIMATED TOTAL ............................... $734.19
Deposit / authorization hold on card ending 5120: $300.00 (released within 7 days after return)

Fuel: return full or pay $9.49 per gallon. Late return: after a 29-minute grace period, each hour $21.33;
after 3 hours, a full day. Tolls: $5.95 per day of use plus tolls.
The Renter is responsible for loss of or damage to the vehicle except as covered by the waiver.
Renter's signature: H. Ostrowski                                                     Page 1 of 3
"""


def e12(s: Spec) -> str:
    P, f = s.principal, fee(s)
    due = s.rows[0]["date"]
    interest = s.rows[0]["interest"]
    return f"""VOLUNTEER TITLE PAWN, LLC           Tennessee Title Pledge Lender License No. TP-3xx
TITLE PLEDGE AGREEMENT

Pledgor: Shelby R. Nance, 207 Dogwood Ln, Knoxville, TN 37917
Pledged property: certificate of title, 2016 Ford F-150, VIN 1FTEW1EF*GF*****4
Agreed value of vehicle: $9,400.00       Maximum amount we could lend: $2,500.00

Date of this agreement: {mdy(s.contract_date)}            Maturity date: {mdy(due)}      Term: one month

Amount of money advanced to you (principal) ........ {cur(P)}
Interest at {plain(s.rate_value)}% per month ............................ {cur(interest)}
Fee for appraising, investigating title, storing ... {cur(f)}  ([X] customary fee, 20% of the principal)
Total amount due at maturity ........................ {cur(total_repaid(s))}

FEDERAL DISCLOSURES:  ANNUAL PERCENTAGE RATE {r2(s.cost)}%   FINANCE CHARGE {cur(finance_charge(s))}
                      Amount Financed {cur(s.net_received)}      Total of Payments {cur(total_repaid(s))}

[ ] Pledgor paid the fee in cash today        [X] Fee is payable with the principal at maturity

You may renew this agreement for another 30 days by paying the interest and fee then due; from the third
renewal each renewal must reduce the principal by at least 5%.

WARNING: IF YOU DO NOT REDEEM YOUR PLEDGED PROPERTY, YOU MAY LOSE YOUR VEHICLE. The vehicle may be
repossessed if you do not pay in full or renew within 30 days after the maturity date.
Pledgor: S. R. Nance                      Lender: Volunteer Title Pawn, LLC
"""


def e13(s: Spec) -> str:
    P = s.principal
    interest = s.rows[0]["interest"]
    return f"""[scan of a hand-written note, page 1 of 1 -- OCR text]

        PROMISE TO PAY  (personal loan between family)

Date: {long_en(s.contract_date)}           Place: Rochester, New York

I, Marcus T. Bell, borrowed FIFTEEN THOUSAND DOLLARS ($15,000.OO) from my aunt,
Loretta J. Simmons, by check #1187 on the date above, to pay for my truck repair business's equipment.
(Aunt Loretta also gave me $2,000 as a birthday gift in May -- that was a gift, not part of this loan.)

I will pay interest only at six percent (6%) a year = ${money(interest)} every month,
on the {s.rows[0]['date'].day}th of each month starting {long_en(s.rows[0]['date'])},
for {s.n} months.  The whole $15,OOO.00 comes back with the last interest payment on
{long_en(s.rows[-1]['date'])}  (so that day I pay ${money(s.rows[-1]['total'])}).

No fees. I can pay early with no penalty. If I am more than 30 days late the whole amount is due.
Governed by New York law.

   Marcus T. Bell  (signed)          Loretta J. Simmons (signed)
   Witness: Dana Bell                 [ink smudge]  p. 1
"""


def e14(s: Spec) -> str:
    P = s.principal
    return f"""LAKESHORE EMPLOYEES CREDIT UNION  --  "Bridge $1,000" Payday Alternative Loan  --  Your questions answered
Member: Jorge L. Medina   Member #: 220-1874   Loan date: {long_en(s.contract_date)}   Branch: Waukegan, IL

Q: How much am I borrowing?
A: {cur(P)}. The Bridge loan is available from $200 to $2,000; your approved amount is {cur(P)}.

Q: What is the interest rate, and are there fees?
A: {plain(s.rate_value)}% per year, fixed. There is no application fee and no other fee for this loan.

Q: How do I pay it back?
A: In {s.n} monthly payments of {cur(s.payment)}, automatically transferred from your share draft account on the
   {s.rows[0]['date'].day}th of each month. Your last payment, on {long_en(s.rows[-1]['date'])}, is {cur(s.rows[-1]['total'])}.

Q: What does it cost in total?
A: ANNUAL PERCENTAGE RATE {r2(s.cost)}%. FINANCE CHARGE {cur(finance_charge(s))}. Amount Financed {cur(s.net_received)}.
   Total of Payments {cur(total_repaid(s))}.

Q: What if I am late?
A: A late fee of $15 applies after 10 days. We will not roll the loan over.

Q: Is my savings at risk?
A: Your $500 share certificate (3.25% APY) is not pledged for this loan.

By signing, the member agrees to the Loan Agreement and Truth-in-Lending Disclosure above.
Member signature: Jorge L. Medina          Loan officer: P. Nowak
"""


def rep_apr_uk() -> str:
    """The APR of e15's website example (300 for 92 days at 0.77% a day), for the text."""
    back = D(300) + r2(D(300) * D("0.0077") * 92)
    x = brent_root(lambda x: back / (1 + x) ** (D(92) / 365) - 300, D(0), D(10**4))
    return f"{r2(x * 100):,}"


def e15(s: Spec) -> str:
    P = s.principal
    due = s.rows[0]["date"]
    interest = s.rows[0]["interest"]
    return f"""KITE SHORT-TERM LOANS LTD  -  CREDIT AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974

Agreement no. KT-30-991024                Customer: Mr Liam O'Rourke, Flat 3, 19 Canal St, Manchester M1 3HE
Date of agreement: {dmy(s.contract_date)}   (all dates in this agreement are written DD-MM-YYYY)

Amount of credit ............................... {cur(P, '£')}
Duration ....................................... from {dmy(s.start_date)} to {dmy(due)}
Interest ....................................... {plain(s.rate_value)}% per day on the amount of credit, fixed
Total interest ................................. {cur(interest, '£')}
Repayment ...................................... one repayment of {cur(total_repaid(s), '£')} on {dmy(due)}
Total amount payable ........................... {cur(total_repaid(s), '£')}
APR ............................................ {r2(s.cost)}% 

Other charges: none. Default: if you miss the repayment we may charge a one-off default fee of £15.00 and
interest at the same daily rate on the amount outstanding, but the total of interest and charges will never be
more than the amount of credit.

Representative example (website): borrow £300 for 92 days, interest {cur(r2(D(300) * D('0.0077') * 92), '£')} at 0.77% a day, representative {rep_apr_uk()}% APR.
That example is not this agreement.

HIGH-COST SHORT-TERM CREDIT WARNING: Late repayment can cause you serious money problems.
For help, go to moneyhelper.org.uk.

Right to withdraw: you may withdraw within 14 days by repaying the credit plus interest of £2.00 a day.
Signed electronically by the customer: L. O'Rourke                    Kite Short-Term Loans Ltd (FRN 6xxxxx)
"""


def e16(s: Spec) -> str:
    P, f = s.principal, fee(s)
    boxes = til_boxes(s, "after all scheduled payments")
    return "\n".join([
        "CORNERSTONE CREDIT OF ILLINOIS, INC.",
        "Consumer Installment Loan Act Licensee No. CI.0455xx — 7300 W. Cermak Rd, North Riverside, IL 60546",
        "",
        "CONSUMER LOAN AGREEMENT, PROMISSORY NOTE AND DISCLOSURE STATEMENT",
        f"Borrower: Kiara N. Whitfield       Loan #: 0188-2207       Date: {mdy(s.contract_date)}",
        "",
        *boxes,
        "",
        f"Payment schedule: {s.n - 1} payments of {cur(s.payment)} monthly beginning {mdy(s.rows[0]['date'])} and a final payment",
        f"of {cur(s.rows[-1]['total'])} on {mdy(s.rows[-1]['date'])}.",
        "",
        "ITEMIZATION OF AMOUNT FINANCED",
        f"  Amount given to you directly ............ {cur(P - f)}",
        f"  Prepaid finance charge: loan fee ........ {cur(f)} (withheld from the proceeds)",
        f"  Principal amount of the Note ............ {cur(P)}",
        "",
        f"PROMISE TO PAY. I promise to pay {cur(P)} plus interest at {plain(s.rate_value)}% per year on the unpaid principal.",
        "Late charge: $15 if a payment is more than 15 days late. Prepayment: no penalty; the loan fee is not refunded.",
        "Security: none. See the other side for additional terms, including arbitration.",
        "You were pre-approved for up to $3,000.00 (offer code CX-3000); this Note is for the amount above only.",
        "",
        "Borrower: Kiara N. Whitfield                                      Page 1 of 2",
    ])


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

MGMT = ["management", "service", "other"]
PLATFORM = ANY_SERVICE + ["platform"]
BROKER = ["service", "other", "handling", "origination", "consulting"]


def specs() -> list[Spec]:
    return [
        c("zh-q01-housing-fund-consumer-loan-lpr-40bp-quarterly-interest-articles", q01, "pdf", principal=D(200000),
          method="interest_only", freq="quarter", n=8, term_months=24, lpr_spread_bp=40,
          contract_date=date(2025, 7, 16), start_date=date(2025, 7, 16), lender_type="bank",
          notes=["贰拾万元 / 20万元 = 200000; LPR 3.00% + 40bp = 3.40%; interest each quarter 200000 x 3.4% / 4 = 1700, principal with the 8th",
                 "the 30万元 limit, 2,160 monthly fund deposit, 268,000 works price, 68,000 own funds and the 10万元 example are not this loan"]),
        c("zh-q02-farmer-microloan-tabs-guarantee-company-fee-on-payout-day", q02, principal=D(30000),
          method="equal_installment", n=12, term_months=12, rate_value=D("0.65"), rate_per="month",
          fees=[Fee("担保费", ["guarantee"], "at_disbursement", percent=D("1.5"))], contract_date=date(2025, 4, 18),
          start_date=date(2025, 4, 18), lender_type=MF,
          notes=["月利率0.65% = 7.8%; guarantee fee 1.5% x 30000 = 450 paid apart to the guarantee company on the payout day",
                 "the 50,000 line and 18,600 purchase order are not the loan; date 2025.4.18"]),
        c("zh-q03-card-bill-instalment-success-page-rate-per-tenor", q03, "html", principal=D(6800),
          method="equal_principal", method_accept=FIGURES, n=12, term_months=12,
          fees=[Fee("分期手续费", HANDLING, "per_period", percent=D("0.62"))], contract_date=date(2025, 6, 21),
          start_date=date(2025, 6, 21), lender_type="bank",
          notes=["the success page is part of the signed instalment agreement (said on the page): a contract record",
                 "0.62% x 6800 = 42.16 a period, no interest; the 3/6/24-period rates, 8,530.26 bill, 853.03 minimum and 8,000 cap are not this plan"]),
        c("zh-q04-used-car-dealer-two-columns-plate-mortgage-fee-deducted", q04, principal=D(63000),
          method="equal_installment", n=36, term_months=36, rate_value=D("9.6"),
          fees=[Fee("上牌抵押服务费", GPS, "upfront_deducted", amount=D(1800))], contract_date=date(2025, 8, 6),
          start_date=date(2025, 8, 6), lender_type="auto_finance",
          notes=["89,800 price less 26,800 down = 63,000 financed; the 1,800 service fee is taken from the loan: 61,200 received",
                 "the 4,260 insurance is bought by the borrower from an insurer, not a cost of this loan"]),
        c("zh-q05-renovation-credit-line-jieju-annex-lpr-135bp-space-schedule", q05, principal=D(80000),
          method="equal_principal", n=36, term_months=36, lpr_spread_bp=135, contract_date=date(2025, 9, 22),
          start_date=date(2025, 9, 22), lender_type="bank",
          notes=["the 借据 carries this draw: 捌万元 = 8万元; LPR 3.00% + 135bp = 4.35%; the 30万元 line and the planned 5万元 second draw are not this loan"]),
        c("zh-q06-settlement-after-default-figures-and-dates-only", q06, principal=D(23460),
          method="equal_principal", method_accept=FIGURES, n=18, term_months=18, contract_date=date(2026, 1, 8),
          start_date=date(2026, 1, 8), lender_type=CF,
          notes=["no count or term written: monthly from 2026-02-08 to 2027-07-08 = 18 payments of 1,303.33, the last 1,303.39",
                 "no interest or fee in the settlement; the original 30,000 loan and the waived 1,698.06 are not this schedule"]),
        c("zh-q07-wage-iou-not-a-loan", q07, **OTHER,
          notes=["a 欠条 for unpaid wages (劳务报酬): a debt for work done, not a loan"]),
        c("zh-q08-campus-instalment-one-paragraph-service-fee-daily-penalty", q08, principal=D(5000),
          method="equal_installment", n=6, term_months=6, rate_value=D("1.5"), rate_per="month",
          fees=[Fee("平台服务费", PLATFORM, "per_period", amount=D(25))], contract_date=date(2025, 9, 3),
          start_date=date(2025, 9, 3), lender_type=CF, opts={"inconsistency": True},
          notes=["one paragraph; 6,499 laptop less 1,499 paid = 5,000; 1.5% a month (18%) plus 25 a period",
                 "the stated 合计 is 150.00 more than the six payments add up to: an inconsistency",
                 "the 0.1% a day 违约金 is a default charge, not a cost of the schedule"]),
        c("zh-q09-pawn-ticket-checkbox-monthly-comprehensive-fee", q09, principal=D(10000), method="bullet",
          freq="single", n=1, term_months=1, rate_value=D("0.5"), rate_per="month",
          fees=[Fee("综合费", ANY_SERVICE, "at_maturity", percent=D("2.4"))], contract_date=date(2025, 9, 1),
          start_date=date(2025, 9, 1), lender_type="pawnshop",
          notes=["当金 壹万元整; ☑ fee at redemption (□ deducted not ticked): 10,000 paid out in full",
                 "the 13,500 appraisal is the pledged gold's value, not the loan"]),
        c("zh-q10-weekly-app-loan-fee-in-footnote", q10, principal=D(2000), method="equal_installment", freq="week",
          n=8, rate_value=D("0.35"), rate_per="week", fees=[Fee("服务费", ANY_SERVICE, "per_period", amount=D(5))],
          contract_date=date(2025, 3, 5), start_date=date(2025, 3, 5), lender_type=MF,
          notes=["8 weekly payments, 2025/03/12 .. 2025/04/30 (56 days); 0.35% a week = 18.2% a year simple",
                 "the 5.00 service fee a week is told in footnote ①; the 20,000 limit and the coupon are not the loan"]),
        c("zh-q11-handwritten-iou-daxie-yuexi-yifen-at-the-cap", q11, principal=D(80000), method="interest_only",
          n=12, term_months=12, rate_value=D(1), rate_per="month", contract_date=date(2025, 6, 1),
          start_date=date(2025, 6, 1), lender_type="individual", overdue_annual=D(12),
          notes=["月息壹分 = 1% a month = 12% a year, exactly 4 x LPR 3.00% = 12%: not above the cap",
                 "the struck-out 壹分伍 is replaced by 壹分 (initialled); the repaid 伍仟元 of last year is another debt"]),
        c("zh-q12-car-loan-pipe-schedule-gps-fee-with-third-instalment", q12, "pdf", principal=D(120000),
          method="equal_installment", n=48, term_months=48, rate_value=D("4.8"),
          fees=[Dated("GPS安装服务费", GPS, "on_date", amount=D(980), period=3)], contract_date=date(2025, 5, 26),
          start_date=date(2025, 5, 26), lender_type="auto_finance",
          notes=["158,800 less 38,800 down = 120,000 (12万元); the 980 GPS fee is due with the 3rd instalment (2025-08-26)",
                 "the 6,320 insurance is paid to an insurer apart, not a cost of this loan"]),
        c("zh-q13-training-loan-fee-on-stated-date-split-figures", q13, principal=D(19800),
          method="equal_principal", method_accept=FIGURES, n=12, term_months=12,
          fees=[Dated("分期服务费", ANY_SERVICE, "on_date", amount=D(1188), period=2)], contract_date=date(2025, 10, 11),
          start_date=date(2025, 10, 11), lender_type=CF,
          notes=["figures split across lines; 19,800 / 12 = 1,650 a month, no interest",
                 "the 1,188 fee is paid once on 2025-12-11 (the 2nd due date); the 14,800 / 9,620 case is another student's"]),
        c("zh-q14-wedding-photo-instalment-fullwidth-instalment-and-total-only", q14, principal=D(24000),
          method="equal_principal", method_accept=FIGURES, n=24, term_months=24,
          fees=[Fee("服务费", ANY_SERVICE, "per_period", percent=D("0.625"))], contract_date=date(2025, 5, 17),
          start_date=date(2025, 5, 17), lender_type=CF,
          notes=["no count or term written: 27,600 / 1,150 = 24 monthly payments; 0.625% x 24000 = 150 a month",
                 "29,800 package less 5,800 deposit = 24,000"]),
        c("zh-q15-revolving-line-draw-interest-first-wanfen-san", q15, principal=D(15000), method="interest_only",
          n=6, term_months=6, rate_value=D("0.03"), rate_per="day", contract_date=date(2025, 3, 11),
          start_date=date(2025, 3, 11), lender_type=CF,
          notes=["万分之三 a day x 365 = 10.95%; 15000 x 10.95% / 12 = 136.875 -> 136.88 interest a month (stated), principal with the 6th",
                 "the term only in the footnote (※); the 50,000 line, 35,000 available and the advert are not this draw"]),
        c("zh-q16-traditional-hangzhou-two-columns-account-fee-monthly", q16, principal=D(30000),
          method="equal_installment", n=24, term_months=24, rate_value=D("15.6"),
          fees=[Fee("帳戶管理費", MGMT, "per_period", percent=D("0.2"))], contract_date=date(2025, 8, 30),
          start_date=date(2025, 8, 30), lender_type=CF,
          notes=["a 繁體 contract of a Hangzhou consumer-finance company under PRC law: in scope; 參萬圓整 = 30000",
                 "0.2% x 30000 = 60 a month with each instalment; the 80,000 limit is not the loan"]),
        c("zh-q17-hong-kong-bank-flat-rate-instalment-out-of-scope", q17, principal=D(100000), method="flat_rate",
          n=36, term_months=36, rate_value=D("0.25"), rate_per="month", currency="HKD", jurisdiction="HK",
          apr_method=None, contract_date=date(2025, 10, 6), start_date=date(2025, 10, 6), lender_type="bank",
          notes=["港幣, a Hong Kong bank under Hong Kong law: outside the bundled rules; terms are still read",
                 "月平息 0.25%: 250 interest a month on the original 100,000; date written 6/10/2025 (日/月/年)"]),
        c("zh-q18-car-rental-agreement-deposit", q18, **OTHER,
          notes=["a car-rental agreement with a deposit: not a loan"]),
        c("zh-q19-lawyers-letter-quoting-private-loan", q19, **OTHER,
          notes=["a lawyer's demand letter quoting a private loan: not a loan document"]),
        c("zh-q20-qa-cost-notice-equal-principal-insurance-monthly", q20, kind="loan_disclosure", principal=D(40000),
          method="equal_principal", n=12, term_months=12, rate_value=D("10.8"),
          fees=[Fee("借款履约保证保险保费", ["insurance"], "per_period", percent=D("0.3"))], contract_date=date(2025, 11, 24),
          start_date=date(2025, 11, 24), lender_type=CF,
          notes=["a pre-contract cost notice (says it is not the contract); 0.3% x 40000 = 120 premium a month"]),
        c("zh-q21-checkbox-app-loan-platform-fee-from-principal", q21, principal=D(10000),
          method="equal_installment", n=6, term_months=6, rate_value=D("0.06"), rate_per="day",
          fees=[Fee("平台服务费", PLATFORM, "upfront_deducted", percent=D(6))], contract_date=date(2025, 10, 19),
          start_date=date(2025, 10, 19), lender_type=MF,
          notes=["万分之六 a day = 21.9%; ☑ fee deducted at payout: 600 taken, 9,400 received"]),
        c("zh-q22-app-pre-contract-fee-page-flat-membership-at-last", q22, kind="loan_disclosure", principal=D(20000),
          method="flat_rate", n=12, term_months=12, rate_value=D("0.55"), rate_per="month",
          fees=[Fee("会员服务费", MEM, "at_maturity", amount=D(399))], contract_date=date(2025, 12, 1),
          start_date=date(2025, 12, 1), lender_type=CF,
          notes=["a page shown before the contract (says so): a disclosure; 月平息 0.55% x 20000 = 110 a month",
                 "399 membership fee paid with the last instalment; the 10,000 example is not this loan"]),
        # ------------------------------------------------------------------ English
        c("en-q01-texas-cab-payday-two-dates-cab-fee", e01, "pdf", **USD, principal=D(500), method="bullet",
          freq="single", n=1, term_days=18, rate_value=D(10),
          fees=[Fee("CAB fee", BROKER, "at_maturity", amount=D(115))], jurisdiction="US-TX",
          contract_date=date(2025, 6, 2), start_date=date(2025, 6, 2), lender_type="licensed_nonbank",
          notes=["the term only through the two dates 06/02/2025 -> 06/20/2025 = 18 days",
                 "10% interest to the third-party lender = 2.47; the 115 CAB fee is due with the payment",
                 "Texas CAB law is not in the reference: no verdict; the OCCC $110-$135 table is an example"]),
        c("en-q02-ohio-short-term-loan-monthly-maintenance-fee", e02, **USD, principal=D(800),
          method="equal_installment", n=4, term_months=4, rate_value=D(28),
          fees=[Fee("monthly maintenance fee", MGMT, "per_period", amount=D(30)),
                Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(16))],
          jurisdiction="US-OH", contract_date=date(2025, 4, 19), start_date=date(2025, 4, 19),
          lender_type="licensed_nonbank",
          notes=["16 origination (2%) withheld: 784 financed; 30 maintenance fee in each of 4 payments",
                 "Ohio law is not in the reference: no verdict; the $1,000 approval is not this loan"]),
        c("en-q03-private-education-loan-note-origination-fee", e03, **USD, principal=D(12000),
          method="equal_installment", n=120, term_months=120, rate_value=D("6.53"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", percent=D("1.057"))], jurisdiction="US-NH",
          contract_date=date(2025, 12, 15), start_date=date(2025, 12, 15), lender_type="licensed_nonbank",
          notes=["1.057% x 12000 = 126.84 withheld: 11,873.16 financed; immediate repayment over 120 months",
                 "New Hampshire law is not in the reference: no verdict; the $10,000 cost example is not this loan"]),
        c("en-q04-new-york-pay-in-6-monthly-account-fee", e04, **USD, principal=D(900),
          method="equal_installment", method_accept=["equal_principal"], n=6, term_months=6,
          fees=[Fee("monthly account fee", MGMT + ["membership"], "per_period", amount=D("4.99"))],
          jurisdiction="US-NY", contract_date=date(2025, 4, 22), start_date=date(2025, 4, 22), lender_type="bank",
          notes=["1,149 less the 249 promo = 900 financed; 0% interest, 150 + 4.99 a month",
                 "the pay-in-4 and 12-month options are other plans"]),
        c("en-q05-uk-debt-consolidation-broker-fee", e05, **GBP, principal=D(10000), method="equal_installment",
          n=48, term_months=48, rate_value=D("11.9"),
          fees=[Fee("broker fee", BROKER, "at_disbursement", amount=D(395))], contract_date=date(2025, 9, 29),
          start_date=date(2025, 9, 29), lender_type="licensed_nonbank",
          notes=["the 395 broker fee is paid to the broker on the payout day, not deducted: in the APRC",
                 "the three debts to be repaid (3,410.22, 4,115.80, 2,206.00) and the £7,500 example are not this loan; 48 months: not HCSTC"]),
        c("en-q06-docx-dutch-secci-effective-annual-rate", e06_blocks, "docx", kind="loan_disclosure", lang="en",
          currency="EUR", apr_method="eu-aprc", jurisdiction="NL", principal=D(7500), method="equal_installment",
          n=36, term_months=36, rate_value=D("7.4"), contract_date=date(2025, 10, 3), start_date=date(2025, 10, 3),
          lender_type="bank",
          notes=["a SECCI (pre-contractual): a disclosure; date 03-10-2025 with the order stated (DD-MM-YYYY)",
                 "the Netherlands is not in the reference: no verdict; the EUR 15,000 example is not this loan"]),
        c("en-q07-ontario-payday-15-per-100", e07, lang="en", currency="CAD", apr_method="us-regz",
          jurisdiction="CA-ON", principal=D(500), method="bullet", freq="single", n=1, term_days=14,
          fees=[Fee("cost of borrowing", ["other", "service", "handling", "origination"], "at_maturity", amount=D(75))],
          contract_date=date(2025, 8, 4), start_date=date(2025, 8, 4), lender_type="licensed_nonbank",
          notes=["$15 per $100 on 500 = 75, above the federal $14 per $100 payday limit from 2025-01-01 [S]: the payday",
                 "exemption does not hold, and 391% is above the 35% criminal rate either way"]),
        c("en-q08-credit-card-schumer-box", e08, lang="en", currency="USD", kind="loan_disclosure", principal=None,
          apr_method=None, verdict=None,
          verdict_reason="an open-end card's pricing table: no advance or schedule to judge",
          notes=["a credit card's pricing table (open-end): no principal, no schedule"]),
        c("en-q09-illinois-loan-modification-capitalised-interest", e09, **USD, principal=D("8412.56"),
          method="equal_installment", n=36, term_months=36, rate_value=D("9.5"), jurisdiction="US-IL",
          contract_date=date(2025, 11, 3), start_date=date(2025, 11, 3), lender_type="licensed_nonbank",
          disclose_apr=False, opts={"inconsistency": True},
          notes=["7,800.16 unpaid principal + 612.40 past-due interest = 8,412.56 new principal; no new money",
                 "the stated total of the modified payments is 120.00 more than the 36 payments add up to: an inconsistency",
                 "the original 12,000 at 14.90% and 333.52 payments are the old note"]),
        c("en-q10-debt-settlement-offer-letter", e10, lang="en", currency="USD", **OTHER,
          notes=["a collector's settlement offer on a card debt: not a loan"]),
        c("en-q11-car-rental-agreement", e11, lang="en", currency="USD", **OTHER,
          notes=["a car-rental agreement with a deposit hold: not a loan"]),
        c("en-q12-tennessee-title-pledge-fee-at-maturity", e12, **USD, principal=D(1000), method="bullet",
          freq="single", n=1, term_months=1, rate_value=D(2), rate_per="month",
          fees=[Fee("customary fee", ["other", "handling", "service", "origination"], "at_maturity", percent=D(20))],
          jurisdiction="US-TN", contract_date=date(2025, 6, 10), start_date=date(2025, 6, 10),
          lender_type="licensed_nonbank",
          notes=["2% a month = 20 + a 20% fee = 200, both at maturity 07/10/2025: 1,220",
                 "Tennessee law is not in the reference: no verdict; the 9,400 value and 2,500 maximum are not the loan"]),
        c("en-q13-new-york-family-note-interest-only-ocr", e13, **USD, principal=D(15000), method="interest_only",
          n=24, term_months=24, rate_value=D(6), jurisdiction="US-NY", contract_date=date(2025, 2, 3),
          start_date=date(2025, 2, 3), lender_type="individual", disclose_apr=False,
          notes=["75 interest a month, the 15,000 back with the 24th; OCR writes O for 0 in two figures",
                 "the $2,000 gift is not the loan"]),
        c("en-q14-illinois-credit-union-payday-alternative-qa", e14, **USD, principal=D(1000),
          method="equal_installment", n=6, term_months=6, rate_value=D("27.9"), jurisdiction="US-IL",
          contract_date=date(2025, 7, 18), start_date=date(2025, 7, 18), lender_type="credit_union",
          notes=["questions and answers; no fee; the $500 certificate is a deposit"]),
        c("en-q15-uk-35-day-loan-at-daily-cap", e15, **GBP, principal=D(250), method="bullet", freq="single", n=1,
          term_days=35, rate_value=D("0.8"), rate_per="day", contract_date=date(2025, 11, 6),
          start_date=date(2025, 11, 6), lender_type="licensed_nonbank", opts={"default_fee": 15},
          notes=["dates DD-MM-YYYY as the agreement says; 06-11-2025 -> 11-12-2025 = 35 days (not a whole month, so the",
                 "365-day and the equal-month year give the same APRC)",
                 "0.8% a day is at the cap, not above it; the £300 / 92-day example is not this loan"]),
        c("en-q16-illinois-til-boxes-loan-fee-withheld-over-36", e16, **USD, principal=D(1500),
          method="equal_installment", n=12, term_months=12, rate_value=D(32),
          fees=[Fee("loan fee", UPFRONT_EN, "upfront_deducted", amount=D(150))], jurisdiction="US-IL",
          contract_date=date(2025, 8, 14), start_date=date(2025, 8, 14), lender_type="licensed_nonbank",
          notes=["150 withheld: 1,350 financed; 32% interest plus the fee: APR above the PLPA 36%",
                 "the $3,000 pre-approval is not this loan"]),
    ]


def selftest() -> None:
    fck.selftest()
    pboc = brent_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = brent_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    a1 = brent_root(lambda x: D(1200) / (1 + x) ** (D(546) / 365) - 1000, D(0), D(10)) * 100  # CCD Annex III A1
    assert abs(a1 - D("12.962038")) < D("0.0001"), a1


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above q01, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    z09 = by["zh-q09"]
    assert z09.rows[0]["total"] == D(10290) and abs(z09.cost - D("34.8")) < D("1e-9")
    assert (z09.rows[0]["date"] - z09.start_date).days == 30 and fc.legal_verdict(z09)[0] is False
    z11 = by["zh-q11"]
    assert fc.annual_rate(z11) == 4 * fc.lpr_on(z11.contract_date) == 12 and fc.legal_verdict(z11)[0] is False
    assert [r["interest"] for r in z11.rows] == [D(800)] * 12 and z11.rows[-1]["total"] == D(80800)
    e01 = by["en-q01"]
    assert e01.rows[0]["interest"] == D("2.47") and total_repaid(e01) == D("617.47")
    assert (e01.rows[0]["date"] - e01.start_date).days == 18 and abs(e01.cost - D("117.47") / 500 * 365 / 18 * 100) < D("1e-9")
    e15 = by["en-q15"]
    assert e15.rows[0]["interest"] == D(70) and fc.legal_verdict(e15)[0] is False
    z06 = by["zh-q06"]
    assert [r["total"] for r in z06.rows] == [D("1303.33")] * 17 + [D("1303.39")]
    assert z06.rows[0]["date"] == date(2026, 2, 8) and z06.rows[-1]["date"] == date(2027, 7, 8)
    z14 = by["zh-q14"]
    assert total_repaid(z14) == D(27600) and pay(z14) == D(1150)
    assert by["zh-q01"].rate_value == D("3.40") and by["zh-q05"].rate_value == D("4.35")
    assert by["zh-q15"].rows[0]["interest"] == D("136.88")
    assert by["zh-q12"].rows[2]["fees"] == D(980) and by["zh-q12"].rows[2]["date"] == date(2025, 8, 26)
    assert by["zh-q13"].rows[1]["fees"] == D(1188) and by["zh-q13"].rows[1]["date"] == date(2025, 12, 11)
    assert by["zh-q21"].received == D(9400) and fc.legal_verdict(by["zh-q21"])[0] is True
    assert fc.legal_verdict(by["zh-q04"])[0] is True and fc.legal_verdict(by["en-q16"])[0] is True
    assert by["en-q16"].cost > 36 and by["en-q14"].cost < 36 and by["en-q04"].cost < 16
    assert fc.legal_verdict(by["en-q07"])[0] is True or by["en-q07"].verdict is True
    assert by["zh-q10"].cost > 36 and by["zh-q08"].cost < 36
    for s in all_specs:
        legal = s.verdict if s.verdict != "auto" else fc.legal_verdict(s)[0]
        if s.kind != "other" and s.principal is not None and s.jurisdiction in ("CN", "US-NY", "US-IL", "GB"):
            assert legal is not None, (s.name, "undecided verdict")


def main() -> int:
    """batch C's writer (fcc.main) over this batch's specs, arithmetic and checks."""
    selftest()
    done: list[Spec] = []
    fcc.specs, fcc.expected, fcc.__doc__ = specs, fce.expected_e, __doc__
    fcc.compute = lambda s: (compute_l(s), done.append(s))  # fcc.build looks the names up at call time
    rc = fcc.main()
    check_expectations(done)
    return rc


if __name__ == "__main__":
    sys.exit(main())
