#!/usr/bin/env python3
"""Held-out batch E of the fresh phrasing corpus (tests/fresh/{zh,en}/*-j*): 24 Chinese and 12
English documents written for issue 13 without reading the extractors, the rulesets, the locales
or the texts of batches A-D, to measure whether the work on batches A-D (`*-f*` ... `*-i*`)
generalises.

    python3 scripts/fresh_corpus_e.py            # (re)write tests/fresh/{zh,en}/*-j* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_e.py --check    # recompute and diff the text files against the committed ones

PARAMETERS, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py, the
HTML/DOCX/PDF writers those of scripts/fresh_corpus_c.py, and the LPR table and the exact-fraction
Newton cross-check those of scripts/fresh_corpus_d.py (all imported, not copied), so the five
batches are scored by the same rules (tests/fresh_corpus.rs, scripts/accuracy.py). This script adds:

* a fee paid ON A STATED DATE (timing `on_date`, `Dated` below): it enters the cash flow of the
  period whose due date it names, and the cost is re-solved (bisection, then Newton);
* a balloon payment (an instalment stated outright, the last row carries the remaining balance);
* `independent_cost`: every cost is solved a THIRD time here, by a plain Python float-free
  secant on Fractions over the dated cash flows, and must agree with both other solvers;
* `inconsistency`: an extra key (not compared by today's runners) for the contract whose stated
  totals contradict each other; its `violation` is false because no violation may rest on one side.

The TEXTS are new, one renderer per document: a card bill instalment told in one long paragraph,
a Q&A sheet for an interest-only loan whose method is never named, an equal-principal schedule
with a 合计 column and a 合计 row, numbered articles for a 助贷 annuity with a guarantee fee and a
membership fee, a 借据 with interest taken in advance, an app page for a revolving draw priced per
10,000 a day, a two-column LPR bank contract, an IOU in 大写 with 二〇二五年 dates, a DOCX car loan
with GPS and theft insurance deducted, a 培训贷 as a space-aligned table, a merchant instalment
plan in full-width digits, a term given only by two dates, a private loan with a blank signing
date, a 繁體 mainland contract, a contract whose totals contradict each other, a ☑/□ form, a fee
due on a stated date, a flat 9厘 loan with a fee at maturity, a lease, a guarantee letter, a loan
advertisement, a court judgment excerpt, an app repayment-plan screen and an SMS payout notice.
English: a payday receipt with only a transaction date and a due date, an Illinois title loan in
two columns, an instalment loan with an origination fee withheld, a UK short-term app page with a
daily rate, a pay-in-4 e-mail, a credit union DOCX, a balloon car loan, a biweekly loan, a
guaranty, an advertisement, a California family note and a German SECCI table.

Hand checks (paper arithmetic, independent of all three solvers) are in the comment above
`specs()`. Needs Python >= 3.11 and, for the PDFs, reportlab + WenQuanYi Micro Hei.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_d as fcd  # noqa: E402  (importing it installs its LPR table as fc.lpr_on)
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, first, kv_div, page, table_html  # noqa: E402

date = dt.date
ANY_SERVICE = ["service", "consulting", "handling", "management", "other"]
USD = dict(lang="en", currency="USD", apr_method="us-regz")
OTHER = dict(principal=None, kind="other", apr_method=None)


@dataclass
class Dated(Fee):
    """A fee paid on the due date of instalment `period` (timing `on_date`)."""

    period: int = 0


# ---------------------------------------------------------------------------------------------
# Arithmetic this batch adds
# ---------------------------------------------------------------------------------------------


def compute_e(s: Spec) -> None:
    """fc.compute, then the fees paid on a stated date, then two independent solvers."""
    dated = [f for f in s.fees if f.timing == "on_date"]
    if not dated:
        fc.compute(s)
    else:
        method, s.apr_method = s.apr_method, None
        fc.compute(s)
        s.apr_method = method
        for f in dated:
            row = s.rows[f.period - 1]
            row["fees"] += f.per_payment(s.principal)
            row["total"] += f.per_payment(s.principal)
        assert s.apr_method in ("cn-irr", "us-regz") and len(s.rows) > 1, s.name
        s.cost = fc.periodic_irr(s.net_received, [r["total"] for r in s.rows]) * fc.PPY[s.freq] * 100
    fcd.cross_check(s)
    independent_cost(s)


def secant_rate(advance: Fraction, payments: list[Fraction]) -> Fraction:
    """Periodic i with advance = sum p_k (1+i)^-k by the secant method (a third solver)."""
    def f(i: Fraction) -> Fraction:
        v = 1 / (1 + i)
        return sum(p * v**k for k, p in enumerate(payments, 1)) - advance

    a, b = Fraction(1, 1000), Fraction(5, 100)
    for _ in range(80):
        fa, fb = f(a), f(b)
        if fb == fa:
            break
        a, b = b, b - fb * (b - a) / (fb - fa)
        b = Fraction(round(b * 10**18), 10**18)
        if abs(b - a) < Fraction(1, 10**14):
            break
    return b


def independent_cost(s: Spec) -> None:
    """Re-derive the expected cost without fc's bisection; stop on any drift over 1e-6 pp."""
    if s.cost is None:
        return
    pays = [Fraction(r["total"]) for r in s.rows]
    adv = Fraction(s.net_received)
    if len(pays) == 1:
        span = Fraction(s.term_days, 365) if s.term_days else Fraction(s.term_months, 12)
        if s.apr_method == "eu-aprc":
            # (1+X)^t = pays/adv  ->  X = (pays/adv)^(1/t) - 1, checked by bracketing in fractions
            x = Fraction(s.cost) / 100
            lo, hi = x - Fraction(1, 10**7), x + Fraction(1, 10**7)
            ratio = pays[0] / adv
            t = float(span)
            assert (1 + float(lo)) ** t <= float(ratio) <= (1 + float(hi)) ** t, s.name
            return
        other = (pays[0] / adv - 1) / span * 100
    elif s.apr_method == "eu-aprc":
        other = ((1 + secant_rate(adv, pays)) ** fc.PPY[s.freq] - 1) * 100
    else:
        other = secant_rate(adv, pays) * fc.PPY[s.freq] * 100
    assert abs(Fraction(s.cost) - other) < Fraction(1, 10**6), (s.name, float(s.cost), float(other))


def balloon_payment(principal: Decimal, annual: Decimal, n: int, balloon: Decimal) -> Decimal:
    """The level monthly payment that leaves `balloon` owing (beyond the n-th regular payment)."""
    r = annual / 100 / 12
    return r2((principal - balloon / (1 + r) ** n) * r / (1 - (1 + r) ** -n))


def cnum(x: Decimal) -> str:
    """Amount without thousands separators: 10800 -> 10800.00."""
    return f"{r2(x):.2f}"


def total_fees(s: Spec) -> Decimal:
    return sum((r["fees"] for r in s.rows), D(0))


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def j01(s: Spec) -> str:
    fee = s.fees[0].per_payment(s.principal)
    per = first(s)["principal"]
    return f"""澄江银行信用卡账单分期付款协议

持卡人周雨桐女士（卡号尾号6021，以下简称“持卡人”）于{ymd(s.contract_date)}通过澄江银行（以下简称“本行”）手机银行申请账单分期，经本行审核同意，双方约定如下：本次分期对应持卡人2025年9月账单中的消费款项，分期本金为人民币{money(s.principal)}元，分{s.n}期偿还，自2025年10月账单起每月入账一期；本业务不计收利息，但按期收取分期手续费，每期手续费按分期本金的{plain(s.fees[0].percent)}%计算，即每期{money(fee)}元，与当期应还本金{money(per)}元一并计入当月账单，每期合计应还{money(first(s)['total'])}元，{s.n}期手续费合计{money(total_fees(s))}元，全部期数应还合计{money(total_repaid(s))}元；若持卡人在分期期间申请提前结清，剩余未入账本金将一次性计入当期账单，已入账的手续费不予退还，尚未入账的手续费不再收取；如当期账单未能在到期还款日前全额还款，将按信用卡领用合约的约定处理，本协议所列分期款项视同信用卡透支款项。

本协议是《澄江银行信用卡领用合约》的补充协议，自持卡人在手机银行点击确认之日起生效。
客户服务热线：95xxx（24小时）
澄江银行股份有限公司信用卡中心
{ymd(s.contract_date)}
"""


def j02(s: Spec) -> str:
    interest = first(s)["interest"]
    end = fc.add_months(s.start_date, s.term_months)
    return f"""岚山小额贷款有限公司
个人经营性借款重要事项问答（本问答为借款合同附件，经借款人签字确认后生效）

借款人：冯立军　　合同编号：LS-XD-2025-0506-117

问：这笔借款的本金是多少？
答：人民币陆万元整（小写：60,000.00元），放款当日全额划入您名下的银行账户，不预扣任何款项。

问：利息怎么计算？
答：年利率为{plain(s.rate_value)}%（单利），按借款本金计算利息。

问：我每个月需要还多少钱？
答：每月{s.start_date.day}日前，您只需支付当月利息人民币{money(interest)}元；在最后一个月，您除支付当月利息外，还需将本金{money(s.principal)}元一并归还。

问：借款期限多长？
答：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end)}止。

问：除了利息，还有其他费用吗？
答：没有。本公司不收取服务费、咨询费、管理费或保证金。

问：逾期了怎么办？
答：逾期部分按借款年利率加收50%计收罚息，不再另收其他费用。

问：可以提前还款吗？
答：可以。提前还款的，利息按实际用款天数计算，不收取提前还款违约金。

借款人确认：本人已阅读并理解上述问答内容。
借款人签字：冯立军　　　　贷款人（盖章）：岚山小额贷款有限公司
签署日期：{ymd(s.contract_date)}
"""


def j03(s: Spec) -> str:
    fee = s.fees[0].per_payment(s.principal)
    lines = ["期数 | 还款日 | 本金 | 利息 | 服务费 | 合计"]
    for r in s.rows:
        lines.append(f"第{r['k']}期 | {r['date'].isoformat()} | {money(r['principal'])} | {money(r['interest'])} | {money(r['fees'])} | {money(r['total'])}")
    lines.append(f"合计 | — | {money(s.principal)} | {money(total_interest(s))} | {money(total_fees(s))} | {money(total_repaid(s))}")
    table = "\n".join(lines)
    return f"""松原消费金融有限公司
个人消费贷款合同（主要条款页）

合同编号：SY-XF-2025-062011
借款人：唐晓梅
贷款人：松原消费金融有限公司

一、贷款金额：人民币{money(s.principal)}元（贰万肆仟元整）
二、贷款期限：{s.n}个月，自{ymd(s.start_date)}起算
三、贷款年利率：{plain(s.rate_value)}%（单利），每月利息＝上期还款后剩余本金×年利率÷12
四、还款方式：等额本金，每月还款一次
五、服务费：每期{money(fee)}元，由贷款人随当期本息一并收取，全部期数共{money(total_fees(s))}元
六、本合同项下不收取其他任何费用。

还款计划表（金额单位：元）
{table}

说明：上表“合计”列为当期应还总额，“合计”行为各列全部期数之和。

借款人（签字）：唐晓梅
贷款人（盖章）：松原消费金融有限公司
签订日期：{ymd(s.contract_date)}
"""


def j04(s: Spec) -> str:
    g, m = s.fees
    return f"""个人网络消费贷款合同

贷款人：青川银行股份有限公司
借款人：韩思远
助贷机构：速融信息科技有限公司（以下简称“平台”）
担保人：安和融资担保有限公司

第一条　贷款用途与金额
本合同项下贷款通过平台推荐发放，属于商业银行互联网助贷业务。借款人申请的贷款金额为人民币{money(s.principal)}元，用于个人日常消费，不得用于购房、投资理财等。

第二条　贷款期限
贷款期限为{s.n}个月，自贷款发放之日起计算。本合同项下贷款于{ymd(s.start_date)}发放。

第三条　利率
贷款年利率为{plain(s.rate_value)}%（单利），在贷款期限内固定不变。

第四条　还款
借款人按月等额偿还本息，每月应还本息{money(s.payment)}元，共{s.n}期。

第五条　担保费
担保人为本合同项下贷款提供连带责任保证，借款人按月向担保人支付担保费，每月{money(g.amount)}元，由贷款人随每期本息一并代收，共{s.n}期。

第六条　会员服务
借款人开通平台“优享会员”作为本次借款的前置条件，会员费{money(m.amount)}元，于放款当日由借款人另行支付给平台，不从贷款本金中扣除。

第七条　综合融资成本
借款人已知悉：本合同项下借款的利息、担保费及会员费共同构成借款人的综合融资成本。

第八条　逾期
借款人未按期还款的，逾期本金按本合同利率上浮50%计收罚息。

第九条　争议解决
因本合同产生的争议，向贷款人所在地有管辖权的人民法院提起诉讼。

借款人：韩思远（电子签名）
签署日期：{ymd(s.contract_date)}
"""


def j05(s: Spec) -> str:
    end = fc.add_months(s.start_date, s.term_months)
    return f"""借　据

一、出借人：郭长林；借款人：邵家宁。
二、借款金额：人民币伍万元整（5万元）。
三、借款期限：{s.term_months}个月，{ymd(s.start_date)}至{ymd(end)}。
四、利息：月利率{plain(s.rate_value)}%，借期内利息共计人民币{daxie(s.interest_deducted)}（{money(s.interest_deducted)}元）。
五、双方约定，上述借期利息在出借人交付借款时一次性预先扣收，出借人实际转账交付借款人人民币{daxie(s.received)}（{money(s.received)}元）。
六、借款到期之日，借款人一次性归还借款本金伍万元整，借期内不再另付利息。
七、借款人逾期还款的，应承担出借人为实现债权支出的合理费用。

借款人（签名并按手印）：邵家宁
出借人（签名）：郭长林
立据日期：{ymd(s.contract_date)}
"""


SCRIPT_J06 = ('window.__APP_STATE__={"quota":{"total":50000,"available":42000},"campaign":{"coupon":"免息券7天",'
              '"rateFrom":"万分之二","aprFrom":"7.3%"},"history":[{"amt":3000,"days":15}]};')


def j06(s: Spec) -> str:
    interest = first(s)["interest"]
    body = f"""<header><h1>借款确认书</h1></header>
<main>
<section class="card">
<h2>本次借款</h2>
{kv_div([("借款金额", f"{money(s.principal)}元"), ("借款方式", "随借随还，按日计息"),
         ("日利率", "万分之四（每借1万元每天利息4元）"), ("年化利率（单利）", "14.6%"),
         ("借款日", ymd(s.start_date)), ("约定用款天数", f"{s.term_days}天"),
         ("到期日", ymd(s.start_date + dt.timedelta(days=s.term_days)))])}
</section>
<section class="card">
<h2>到期应还</h2>
{kv_div([("本金", f"{money(s.principal)}元"), ("利息", f"{money(interest)}元"), ("合计", f"{money(first(s)['total'])}元")])}
<p>提前还款按实际天数计息，无手续费。本次借款无服务费、无担保费。</p>
</section>
<div class="promo" style="display: none">限时优惠：日利率低至万分之二，最高可借200,000元</div>
<section><p>贷款人：星桥消费金融股份有限公司　借款人：陆一鸣</p>
<p>借款人点击“确认借款”即表示同意按上述条件借款，本确认书与《循环额度借款合同》共同构成本次借款的完整合同。确认日期：{ymd(s.contract_date)}</p>
<button>确认借款</button></section>
</main>"""
    return page("借款确认书", body, True, SCRIPT_J06)


def j07(s: Spec) -> str:
    lpr = fcd.lpr_on(s.contract_date)
    left = ["贷款人：沅江农村商业银行", "        股份有限公司", "借款人：程海峰", "贷款种类：个人综合消费贷款",
            "贷款金额：人民币20万元", "        （贰拾万元整）", f"贷款期限：{s.n}个月", "还款方式：等额本息，按月还款",
            f"首期还款日：{ymd(s.rows[0]['date'])}", ""]
    right = ["利率条款", "本合同采用浮动利率，以贷款", "市场报价利率（LPR）为定价基准", f"签约前一工作日一年期LPR为{lpr:.2f}%",
             f"执行利率＝一年期LPR＋{s.lpr_spread_bp}个基点", "利率每年1月1日按当日LPR调整", "（加点幅度在合同期内不变）",
             "逾期罚息：执行利率上浮50%", "本合同不收取任何手续费", ""]
    rows = "\n".join(f"{a}{' ' * max(2, 30 - sum(2 if ord(ch) > 0x2E80 else 1 for ch in a))}{b}".rstrip() for a, b in zip(left, right))
    return f"""个人借款合同（要素页）                              合同编号：YJ-2025-0715-0332

{rows}
签约日期：{ymd(s.contract_date)}                       签约地点：湖南省益阳市
借款人签字：程海峰                                    贷款人（盖章）
"""


def j08(s: Spec) -> str:
    total = first(s)["total"]
    end = fc.add_months(s.start_date, s.term_months)
    return f"""借　条

今借到　谭国栋　人民币{daxie(s.principal)}（¥{money(s.principal)}），用于购买货车。
借款期限自{cn_date(s.start_date)}起至{cn_date(end)}止，年利率百分之八（8%），到期一次性还本付息，
本息合计人民币{daxie(total)}（¥{money(total)}）。
如到期未还，愿承担出借人因催讨产生的诉讼费、律师费。

借款人：梁振华（签名、手印）
身份证号码：4301**********2716
{cn_date(s.contract_date)}
"""


def j09_blocks(s: Spec) -> list:
    gps, ins = s.fees
    return [
        ("p", "汽车贷款合同　核心条款"),
        ("p", "贷款人：恒岳汽车金融有限公司\t借款人：邱伟东"),
        ("table", [
            ["项目", "内容"],
            ["车辆型号", "2025款 紧凑型SUV 1.5T 自动舒适版"],
            ["车辆价格", "128,000.00元"],
            ["首付款", "43,000.00元"],
            ["贷款金额", f"{money(s.principal)}元"],
            ["贷款期限", f"{s.n}个月"],
            ["年利率", f"{plain(s.rate_value)}%"],
            ["还款方式", "等额本息"],
            ["月供", f"{money(s.payment)}元"],
        ]),
        ("p", f"费用说明：GPS设备安装服务费{money(gps.amount)}元、车辆盗抢险保费{money(ins.amount)}元，"
              "均由贷款人在放款时从贷款金额中直接扣除并代为支付给服务商和保险公司。"),
        ("p", f"放款金额：扣除上述费用后，贷款人向经销商实际划付{money(s.received)}元，借款人差额部分自行补足购车款。"),
        ("br", "借款人签字：邱伟东", f"日期：{ymd(s.contract_date)}"),
    ]


def j10(s: Spec) -> str:
    fee = s.fees[0].per_payment(s.principal)
    per = first(s)["principal"]
    return f"""职业技能培训分期付款借款合同

借款人        贷款人                    收款培训机构
马欣怡        云岭消费金融有限公司      智途数字技能培训学校

课程名称      课程总价        贷款金额        期数      每期本金      每期服务费      每期应还
UI设计全科班  {money(s.principal)}元    {money(s.principal)}元    {s.n}期      {money(per)}元      {money(fee)}元        {money(first(s)['total'])}元

说明：1. 贷款资金由贷款人直接支付至收款培训机构，视为已向借款人发放。
2. 本贷款不收取利息；分期服务费按贷款金额的{plain(s.fees[0].percent)}%每月收取，随每期本金一并偿还。
3. 首期还款日为放款日次月同日，共{s.n}期。
4. 借款人退学的，不影响本合同项下还款义务。

借款人签字：马欣怡　　　　　签约日期：{ymd(s.contract_date)}
"""


def j11(s: Spec) -> str:
    return fullwidth(f"""消费分期借款合同（商户分期）

商户名称：锦绣家居广场旗舰店
商品：实木沙发组合一套
商品总价：12999.00元
首付金额：2999.00元
分期借款金额：{cnum(s.principal)}元
借款人：袁丽萍
贷款人：润泽消费金融有限公司
分期期数：{s.n}期
月利率：{plain(s.rate_value)}%
还款方式：每月等额本息还款
每期还款额：{cnum(s.payment)}元
首期还款日：{ymd(s.rows[0]['date'])}
放款方式：贷款人将分期借款金额直接支付给商户
签约日期：{ymd(s.contract_date)}
""")


def j12(s: Spec) -> str:
    end = fc.add_months(s.start_date, s.term_months)
    return f"""借款合同

（一）出借方：栖霞小额贷款股份有限公司；借款方：易文涛。
（二）借款金额：人民币壹万伍仟元整（15,000.00元）。
（三）借款期限：自{ymd(s.start_date)}起至{ymd(end)}止。
（四）利率：年利率{plain(s.rate_value)}%，借款期间利息合计{money(first(s)['interest'])}元。
（五）还款：借款方于借款期限届满之日一次性归还本金及全部利息，合计{money(first(s)['total'])}元。
（六）费用：出借方不收取利息以外的任何费用。
（七）本合同自双方签字盖章之日起生效。

出借方（盖章）　　　　借款方（签字）：易文涛
日期：{ymd(s.contract_date)}
"""


def j13(s: Spec) -> str:
    end = fc.add_months(s.start_date, s.term_months)
    return f"""民间借款协议

甲方（出借人）：宋秋生
乙方（借款人）：邓一凡

第一条　甲方借给乙方人民币叁万元整（30,000元），于借款期限首日以银行转账方式交付。
第二条　借款期限自{cn_date(s.start_date)}起至{cn_date(end)}止。
第三条　借款利息为月息1.2分，乙方每月支付利息人民币叁佰陆拾元整，本金到期一次归还。
第四条　乙方逾期归还本金的，逾期期间按原约定利息标准继续计息。
第五条　本协议一式两份，双方各执一份。

甲方签字：宋秋生　　　　乙方签字：邓一凡
签订日期：＿＿＿＿年＿＿月＿＿日
"""


def j14(s: Spec) -> str:
    return f"""借款合同

出借人（甲方）：上海恆通貿易有限公司
借款人（乙方）：鄭偉傑（甲方員工）

第一條　借款金額
甲方向乙方出借人民幣{daxie(s.principal, trad=True)}（¥{money(s.principal)}）。

第二條　借款期限及還款方式
借款期限為{s.n}個月，自{ymd(s.start_date)}起算。乙方按月等額償還本息，每月應還人民幣{money(s.payment)}元，共{s.n}期。

第三條　利率
借款年利率為{plain(s.rate_value)}%（單利）。

第四條　其他費用
甲方不收取利息以外的任何費用。

第五條　爭議解決
因本合同發生的爭議，由上海市浦東新區人民法院管轄。

甲方（蓋章）：上海恆通貿易有限公司
乙方（簽字）：鄭偉傑
簽訂日期：{ymd(s.contract_date)}
"""


def j15(s: Spec) -> str:
    return f"""个人消费借款合同　要素表

借款人：石佳琪
贷款人：衡川消费金融有限公司
借款本金：{money(s.principal)}元
借款期限：{s.n}个月
年利率：{plain(s.rate_value)}%（单利）
还款方式：等额本息，按月还款
每期还款金额：{money(s.payment)}元
还款期数：{s.n}期
还款总额：{money(s.opts['stated_total'])}元
其他费用：无
签约日期：{ymd(s.contract_date)}

借款人确认已阅读并同意上述要素。
"""


def j16(s: Spec) -> str:
    fee = s.fees[0].per_payment(s.principal)
    return f"""个人贷款申请暨合同确认单

借款人姓名：雷雨晴　　　贷款人：汇丰源消费金融有限公司
申请贷款金额：人民币{money(s.principal)}元
贷款期限：{s.n}个月
月利率：{plain(s.rate_value)}%

还款方式（请勾选一项）：
□ 按月等额本息　　☑ 按月等额本金　　□ 按月付息、到期还本　　□ 到期一次性还本付息

账户管理费：
☑ 按月收取，每月按贷款金额的{plain(s.fees[0].percent)}%计收（即{money(fee)}元/月）　□ 不收取
提前还款：
☑ 允许，不收取违约金　　□ 不允许

首期还款额：本金{money(first(s)['principal'])}元＋利息{money(first(s)['interest'])}元＋账户管理费{money(fee)}元＝{money(first(s)['total'])}元

借款人签字：雷雨晴　　　日期：{ymd(s.contract_date)}
"""


def j17(s: Spec) -> str:
    f = s.fees[0]
    due = s.rows[f.period - 1]["date"]
    return f"""借款协议（要素表）
| 项目 | 约定内容 |
| 出借人 | 钧山小额贷款有限公司 |
| 借款人 | 白宇航 |
| 借款本金 | {money(s.principal)}元 |
| 年利率（单利） | {plain(s.rate_value)}% |
| 期数 | {s.n}期（每月还款一次） |
| 还款方式 | 等额本息，每期{money(s.payment)}元 |
| 服务费 | {money(f.amount)}元，于{ymd(due)}（第{f.period}期还款日）与当期本息一并支付 |
| 首期还款日 | {ymd(s.rows[0]['date'])} |
| 放款日 | {ymd(s.start_date)} |
| 签约日 | {ymd(s.contract_date)} |
出借人（盖章）：钧山小额贷款有限公司　　借款人（签字）：白宇航
"""


def j18(s: Spec) -> str:
    fee = s.fees[0].amount
    return f"""等本等息借款合同
本合同主要条款如下：

出借人    鹿鸣小额贷款有限公司
借款人    房志远
借款本金  30000.00元
借款期限  {s.n}个月
月息      9厘（每月按借款本金的{plain(s.rate_value)}%计收利息，不随本金减少）
每月还款  本金{money(first(s)['principal'])}元    利息{money(first(s)['interest'])}元    合计{money(first(s)['principal'] + first(s)['interest'])}元
手续费    {money(fee)}元，于最后一期还款时一次性支付
放款日    {ymd(s.start_date)}
签订日期  {ymd(s.contract_date)}
出借人（盖章）          借款人（签字）：房志远
"""


def j19(s: Spec) -> str:
    return """商铺租赁合同（节选）

出租方（甲方）：鼎盛置业有限公司
承租方（乙方）：李记餐饮店
一、租赁物：滨江路88号一层商铺，建筑面积120平方米。
二、租期：自2025年9月1日起至2028年8月31日止，共三年。
三、租金：每月人民币6,500元，每季度首月5日前支付当季租金19,500元；第二年起租金每年递增5%。
四、押金：人民币13,000元，于签约当日支付，租期届满无违约的无息退还。
五、乙方逾期支付租金的，每逾期一日按应付未付租金的0.05%支付滞纳金。
六、本合同自双方签字盖章之日起生效。
甲方（盖章）　　　乙方（签字）
2025年8月20日
"""


def j20(s: Spec) -> str:
    return """担 保 函

致：汇通银行股份有限公司临江支行
鉴于贵行与临江市宏达五金有限公司（以下简称“债务人”）于2025年6月18日签订《流动资金借款合同》，约定借款金额人民币贰拾万元整（200,000元），借款期限12个月，年利率4.35%。
本人（保证人）宋建平自愿为债务人在上述合同项下的全部债务向贵行提供连带责任保证，保证范围包括借款本金、利息、罚息及实现债权的费用，保证期间为主债务履行期限届满之日起三年。
本担保函自本人签字之日起生效，不可撤销。

保证人（签字）：宋建平
2025年6月18日
"""


def j21(s: Spec) -> str:
    return """【闪电借】手机就能借，最快3分钟到账！
✔ 最高可借200,000元
✔ 日利率0.02%起，年化利率（单利）7.2%起
✔ 借1万元，每天利息最低仅需2元
✔ 最长可分36期，随借随还，提前还款0手续费
立即扫码申请 >>

*实际额度及利率以审批结果为准。贷款有风险，借款需谨慎，请根据个人能力合理贷款，理性消费，避免逾期。
本广告由星河助贷平台发布，资金由合作持牌金融机构提供。广告有效期至2025年12月31日。
"""


def j22(s: Spec) -> str:
    return """浙江省临海市人民法院
民 事 判 决 书
（2024）浙1082民初4471号

原告：黄某某，男，1975年生，住临海市。
被告：陈某某，男，1988年生，住临海市。

原告向本院提出诉讼请求：判令被告归还借款本金80,000元，并支付自2023年3月1日起按年利率15%计算的利息。
本院经审理认定事实如下：2022年3月1日，被告向原告出具借条一份，载明借款80,000元，借期一年，年利率15%。原告当日通过银行转账交付借款80,000元。借款到期后被告未归还。
本院认为，双方约定的年利率15%超过合同成立时一年期贷款市场报价利率四倍，超过部分不予支持。
依照《中华人民共和国民法典》第六百七十五条、第六百八十条之规定，判决如下：
一、被告陈某某于本判决生效之日起十日内归还原告黄某某借款本金80,000元，并支付利息（以80,000元为基数，自2022年3月1日起按年利率14.8%计算至实际清偿之日止）；
二、驳回原告其他诉讼请求。
案件受理费1,800元，由被告负担。
（以上为判决书节选）
"""


SCRIPT_J23 = ('var __bff={"offer":{"maxAmount":"100,000","dailyRate":"0.018%","yearRate":"6.57%"},'
              '"ab":{"bucket":"B","periods":[3,6,12,24]},"ts":1764028800};')


def j23(s: Spec) -> str:
    rows = [["期数", "还款日", "应还本金", "应还利息", "应还金额"]]
    for r in s.rows:
        rows.append([f"{r['k']}/{s.n}", r["date"].isoformat(), money(r["principal"]), money(r["interest"]), money(r["total"])])
    body = f"""<div class="top"><h1>还款计划</h1></div>
<div class="summary">
{kv_div([("借款金额", f"¥{money(s.principal)}"), ("借款期数", f"{s.n}期"),
         ("年化利率（单利）", f"{plain(s.rate_value)}%"), ("还款方式", "等额本息"),
         ("放款日期", ymd(s.start_date)), ("借款机构", "朗月消费金融有限公司")])}
</div>
{table_html(rows)}
<p class="tip">以上还款计划根据您的借款生成，不含任何服务费、担保费。</p>
<div hidden class="upsell">开通会员立享年化利率6.57%，额度最高100,000元</div>"""
    return page("还款计划", body, True, SCRIPT_J23)


def j24(s: Spec) -> str:
    return f"""【麦田小贷】尊敬的用户纪晓明，您申请的借款{money(s.principal)}元已于{ymd(s.start_date)}成功发放至您尾号8832的银行卡。借款分{s.n}期按月等额本息还款，日利率{plain(s.rate_value)}%，每期应还{money(s.payment)}元，首期还款日{ymd(s.rows[0]['date'])}。本次借款无任何服务费，请勿向任何个人账户转账。详情请登录麦田借款App查看。退订回T
"""


# ---------------------------------------------------------------------------------------------
# English renderers
# ---------------------------------------------------------------------------------------------


def e01(s: Spec) -> str:
    fee = s.fees[0].amount
    due = s.start_date + dt.timedelta(days=s.term_days)
    return f"""RIVERBEND CASH ADVANCE, LLC        Store #0412, 2210 Grand Blvd, Kansas City, MO 64108
DEFERRED DEPOSIT LOAN AGREEMENT AND DISCLOSURE

Customer: Dana R. Whitfield             Check No. 1187

Transaction Date ........ {mdy(s.start_date)}
Due Date ................ {mdy(due)}

ANNUAL PERCENTAGE RATE ... {r2(s.cost)}%
FINANCE CHARGE ........... {cur(fee)}
Amount Financed .......... {cur(s.principal)}
Total of Payments ........ {cur(s.principal + fee)}

You will repay the Total of Payments in one payment on the Due Date. The finance charge is $15.00 for each
$100.00 advanced. We will deposit your check on the Due Date unless you pay in cash before then.
Returned check fee: $25.00. You may rescind this transaction by the end of the next business day at no cost.
By signing below you agree to the terms of this loan.   Customer signature: ____________________
"""


def e02(s: Spec) -> str:
    left = ["LENDER", "Lincolnway Title Loans, Inc.", "Joliet, Illinois", "", "BORROWER", "Marcus T. Bell", "",
            "VEHICLE (collateral)", "2014 Honda Civic LX", "VIN ending 4471", ""]
    right = ["TRUTH IN LENDING", f"Annual Percentage Rate  {r2(s.cost)}%", f"Finance Charge  {cur(total_interest(s))}",
             f"Amount Financed  {cur(s.principal)}", f"Total of Payments  {cur(total_repaid(s))}", "",
             f"Payments: {s.n} monthly payments of {cur(s.payment)}", f"(final payment {cur(s.rows[-1]['total'])})",
             f"First payment due {long_en(s.rows[0]['date'])}", f"Interest rate: {plain(s.rate_value)}% per year", ""]
    rows = "\n".join(f"{a:<34}{b}".rstrip() for a, b in zip(left, right))
    return f"""MOTOR VEHICLE TITLE LOAN AGREEMENT                       Agreement Date: {long_en(s.contract_date)}

{rows}
Security: you give us a security interest in the vehicle above. If you default we may repossess it.
This loan is made under Illinois law. Late charge: $10.00 if a payment is 15 days late.
Borrower signature: ______________________   Date: {mdy(s.contract_date)}
"""


def e03(s: Spec) -> str:
    fee = s.fees[0].amount
    return f"""PRAIRIE STATE INSTALLMENT LOANS, INC. -- CONSUMER LOAN AGREEMENT
Agreement date: {long_en(s.contract_date)}    Borrower: Ellen M. Park, Naperville, IL

ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments
{r2(s.cost)}% | {cur(total_interest(s) + fee)} | {cur(s.received)} | {cur(total_repaid(s))}

Sec. 1 Principal. The principal amount of this loan is {cur(s.principal)}.
Sec. 2 Origination fee. A {plain(fee / s.principal * 100)}% origination fee of {cur(fee)} is withheld from the loan proceeds; you will receive {cur(s.received)}.
Sec. 3 Interest. Simple interest accrues at {plain(s.rate_value)}% per annum on the unpaid principal.
Sec. 4 Payments. {s.n} monthly payments of {cur(s.payment)} (last payment {cur(s.rows[-1]['total'])}), beginning {long_en(s.rows[0]['date'])}.
Sec. 5 Late charge. $15.00 for any payment more than 10 days late.
Sec. 6 Governing law. Illinois Consumer Installment Loan Act.
"""


SCRIPT_E04 = 'window.__quote={"maxLoan":1500,"repApr":"49.9%","promo":"first loan 0.5% per day","days":[7,14,28]};'


def e04(s: Spec) -> str:
    due = s.start_date + dt.timedelta(days=s.term_days)
    body = f"""<header><h1>Your fixed-sum loan agreement</h1></header>
<main>
{kv_div([("Amount of credit", f"£{money(s.principal)}"), ("Interest rate", f"{plain(s.rate_value)}% per day (fixed)"),
         ("Drawdown date", uk_date(s.start_date)), ("Repayment date", uk_date(due)),
         ("Number of repayments", "1"), ("Interest", f"£{money(first(s)['interest'])}"),
         ("Total amount repayable", f"£{money(first(s)['total'])}"), ("APR", f"{s.cost.quantize(D('0.1'))}%")])}
<p>There are no other fees. If you miss your repayment we may charge a one-off default fee of £15.</p>
<p>Lender: Thamesgate Credit Ltd, authorised and regulated by the Financial Conduct Authority.</p>
<p>This is a credit agreement regulated by the Consumer Credit Act 1974. By tapping "Sign and get my money" you
agree to these terms.</p>
<button>Sign and get my money</button>
<div class="banner" style="display:none">Borrow up to £1,500 - representative 49.9% APR</div>
</main>"""
    return page("Loan agreement", body, False, SCRIPT_E04)


def e05(s: Spec) -> str:
    pay = first(s)["total"]
    dates = "\n".join(f"  Payment {k + 2} of 4: {cur(r['total'])} on {long_en(r['date'])}" for k, r in enumerate(s.rows))
    return f"""Subject: Your copy of your Pay in 4 loan agreement with Sprout

Hi Priya,

Thanks for shopping with Lone Star Outdoor Co. on {long_en(s.contract_date)}. Order total: {cur(s.principal + pay)}.
This e-mail is your copy of the Pay in 4 loan agreement you accepted at checkout.

Your plan
  Payment 1 of 4: {cur(pay)} paid today
{dates}

Remaining balance: {cur(s.principal)}. 0% interest, no fees when you pay on time. A late fee of up to $7 may apply
if a payment fails. Loans made by Sprout Pay Inc. in Texas.
"""


def e06_blocks(s: Spec) -> list:
    fee = s.fees[0].amount
    return [
        ("p", "HUDSON VALLEY TEACHERS FEDERAL CREDIT UNION"),
        ("p", "Share-Secured Personal Loan: Note and Disclosure"),
        ("p", f"Member: Olivia Grant\tDate: {long_en(s.contract_date)}"),
        ("table", [
            ["ANNUAL PERCENTAGE RATE", "FINANCE CHARGE", "Amount Financed", "Total of Payments"],
            [f"{r2(s.cost)}%", cur(total_interest(s) + fee), cur(s.net_received), cur(total_repaid(s))],
        ]),
        ("p", f"Loan amount {cur(s.principal)}. Interest rate {plain(s.rate_value)}% fixed. {s.n} monthly payments of "
              f"{cur(s.payment)}, final payment {cur(s.rows[-1]['total'])}."),
        ("p", f"Application fee: {cur(fee)}, paid by you at closing from your share account (not financed)."),
        ("p", "Promise to pay: you promise to repay the loan amount with interest in the payments shown above. "
              "Governing law: federal law and the laws of New York."),
        ("br", "Borrower signature: ______________________  Olivia Grant", "Credit union officer: ______________________"),
    ]


def e07(s: Spec) -> str:
    bal = s.rows[-1]["total"]
    return f"""BALLOON NOTE - RETAIL AUTO LOAN
Date of note: {long_en(s.contract_date)}
Lender: Fox River Auto Credit, LLC, Aurora, Illinois
Borrower: Kevin J. Ostrowski

Amount financed / principal: {cur(s.principal)}
Interest rate: {plain(s.rate_value)}% per year (simple interest)
Annual percentage rate: {r2(s.cost)}%
Regular payments: {s.n - 1} monthly payments of {cur(s.payment)} beginning {long_en(s.rows[0]['date'])}
Final balloon payment: {cur(bal)} due {long_en(s.rows[-1]['date'])}
Total of payments: {cur(total_repaid(s))}

THIS IS A BALLOON LOAN. The final payment is much larger than the regular payments. You may have to
refinance or sell the vehicle to make it.
No fees are charged at closing.
"""


def e08(s: Spec) -> str:
    fee = s.fees[0].amount
    return f"""Lakeview Lending Co. agrees to lend Tasha Monroe of Rockford, Illinois the principal sum of {cur(s.principal)} on {long_en(s.contract_date)}, and the borrower agrees to repay it with simple interest at {plain(s.rate_value)}% per year in {s.n} equal bi-weekly payments of {cur(s.payment)} each (the last adjusted to {cur(s.rows[-1]['total'])}), the first due on {long_en(s.rows[0]['date'])} and the last on {long_en(s.rows[-1]['date'])}; a processing fee of {cur(fee)} is charged when the loan is made and is paid by the borrower in cash at signing, so the full principal is deposited to the borrower's account; the ANNUAL PERCENTAGE RATE, which includes the processing fee, is {r2(s.cost)}%, the Amount Financed is {cur(s.net_received)}, the Finance Charge is {cur(total_interest(s) + fee)} and the Total of Payments is {cur(total_repaid(s))}; a late fee of $10 applies to any payment more than 10 days late; this agreement is governed by Illinois law.
"""


def e09(s: Spec) -> str:
    return """PERSONAL GUARANTY

To: First Midland Bank, N.A.
Date: July 14, 2025

In consideration of First Midland Bank, N.A. making a term loan of $50,000.00 at 8.5% per year for 60 months
to Harbor Street Bakery LLC (the "Borrower"), the undersigned, Lucia Moretti, unconditionally guarantees the
prompt payment of all amounts the Borrower owes under that loan, including principal, interest and collection
costs. This guaranty is a guaranty of payment and not of collection and continues until the loan is repaid.

Guarantor: ______________________  Lucia Moretti
"""


def e10(s: Spec) -> str:
    return """NEED CASH FAST? GET UP TO $5,000 TODAY!*

- Rates from 5.99% APR to 35.99% APR
- Terms from 12 to 60 months
- No prepayment penalty, funds as soon as the next business day

Example: a $2,000 loan for 24 months at 24.99% APR has 24 monthly payments of $106.73.

Check your rate in 2 minutes - it won't affect your credit score. Apply at bluepinelending.example

*Subject to credit approval. Not all applicants qualify. Offer valid through December 31, 2025.
"""


def e11(s: Spec) -> str:
    interest = first(s)["interest"]
    return f"""PROMISSORY NOTE (FAMILY LOAN). On {long_en(s.contract_date)}, in San Jose, California, I, Daniel Reyes, promise to pay to my cousin Marisol Reyes the sum of Twenty Thousand Dollars ($20,000.00), which she lent to me today, with interest at twelve percent ({plain(s.rate_value)}%) per year. I will pay interest only, {cur(interest)} on the first day of each month for {s.n} months, and on the last payment date I will also repay the full principal of Twenty Thousand Dollars. I may prepay at any time without penalty. Borrower: Daniel Reyes. Lender: Marisol Reyes.
"""


def e12(s: Spec) -> str:
    return f"""STANDARD EUROPEAN CONSUMER CREDIT INFORMATION (excerpt, English version)
| Creditor | Beispielbank AG, Frankfurt am Main |
| Type of credit | Instalment loan (Ratenkredit) |
| Total amount of credit | EUR {money(s.principal)} |
| Duration | {s.n} months |
| Instalments | {s.n} monthly instalments of EUR {money(s.payment)}, the last EUR {money(s.rows[-1]['total'])} |
| Borrowing rate | {plain(s.rate_value)}% p.a., fixed |
| Annual percentage rate of charge (APRC) | {s.cost.quantize(D('0.01'))}% |
| Total amount payable | EUR {money(total_repaid(s))} |
| Other costs | none |
| Date | {s.contract_date.strftime('%d.%m.%Y')} |
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of the three solvers, which agree within 1e-6 pp):
# * zh-j02: interest-only, 900 a month on 60000 and 60000 back at the end: the monthly IRR is the
#   coupon itself, 900 / 60000 = 1.5%; x 12 = 18.00%.
# * zh-j05: 50000 x 1.5% x 3 = 2250 taken at payout -> 47750 received; 50000 repaid after 3 months:
#   (50000 / 47750 - 1) / (3/12) = (2250 / 47750) x 4 = 0.0471204 x 4 = 18.848%.
# * zh-j06: 8000 x 0.0004 x 40 = 128.00; (128 / 8000) x 365 / 40 = 0.016 x 9.125 = 14.60%.
# * zh-j13: 1.2分 a month = 1.2% x 12 = 14.4% a year > 4 x 3.10% (LPR from 2024-10-21) = 12.4%.
# * zh-j04: 1.3% a month; 1.013^12 = e^(12 x 0.0129162) = e^0.154994 = 1.167666;
#   20000 x 0.013 / (1 - 1/1.167666) = 260 / 0.143591 = 1810.7 (solver 1810.83, rounding of the
#   logarithms); + 120 guarantee = 1930.83 a month on 20000 - 299 = 19701 net: above 24%.
# * en-j01: 09/12 -> 09/26 = 26 - 12 = 14 days; 60 / 400 = 0.15 x 365 / 14 = 3.9107 -> 391.07%.
# * en-j04: 250 x 0.75% x 35 = 65.625 -> 65.63; 315.63 / 250 = 1.26252; ln = 0.233110 x 365/35
#   = 2.431001; e^2.431001 = 11.3703 -> APRC 1037.0%. Charges 65.63 / 250 / 35 days = 0.75% a day.
# * en-j12: (1 + 0.059/12)^12: ln(1.0049167) = 0.0049046 x 12 = 0.058855, e^ = 1.060622 -> 6.06%.


def specs() -> list[Spec]:
    return [
        c("zh-j01-card-bill-instalment-one-paragraph", j01, principal=D(10800), method="flat_rate", method_accept=["equal_principal"],
          n=6, term_months=6, fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.7"))],
          contract_date=date(2025, 9, 18), start_date=date(2025, 9, 18), lender_type="bank",
          notes=["10800/6 = 1800 principal a period; 0.7% x 10800 = 75.60 fee a period; 1875.60 a month; no interest"]),
        c("zh-j02-qa-interest-only-method-unnamed", j02, "pdf", principal=D(60000), method="interest_only", n=12, term_months=12,
          rate_value=D(18), contract_date=date(2025, 5, 6), start_date=date(2025, 5, 6), lender_type="microloan",
          notes=["60000 x 18% / 12 = 900 interest a month, principal at the end: interest-only although never named"]),
        c("zh-j03-equal-principal-schedule-total-row", j03, "pdf", principal=D(24000), method="equal_principal", n=12,
          term_months=12, rate_value=D(9), fees=[Fee("服务费", ANY_SERVICE, "per_period", amount=D(40))],
          contract_date=date(2025, 6, 20), start_date=date(2025, 6, 20), lender_type="consumer_finance",
          notes=["2000 principal a month; first interest 24000 x 0.75% = 180; the 合计 row (480 fees) is a sum, not a fee"]),
        c("zh-j04-zhudai-annuity-guarantee-membership", j04, principal=D(20000), method="equal_installment", n=12, term_months=12,
          rate_value=D("15.6"), fees=[Fee("担保费", ["guarantee"], "per_period", amount=D(120)),
                                      Fee("会员费", ["membership"], "at_disbursement", amount=D(299))],
          lender="青川银行股份有限公司（助贷机构：速融信息科技有限公司）", contract_date=date(2025, 11, 3), start_date=date(2025, 11, 3),
          lender_type="bank", notes=["120 x 12 = 1440 guarantee + 299 membership on a 15.6% annuity: above 24% after 2025-10-01 (助贷)"]),
        c("zh-j05-jieju-interest-taken-in-advance", j05, principal=D(50000), method="bullet", freq="single", n=1, term_months=3,
          rate_value=D("1.5"), rate_per="month", interest_deducted=D(2250), contract_date=date(2025, 4, 12),
          start_date=date(2025, 4, 12), lender_type="individual",
          notes=["50000 x 1.5% x 3 = 2250 taken at payout; 47750 received; 50000 repaid at the end"]),
        c("zh-j06-h5-revolving-draw-per-10000-daily", j06, "html", principal=D(8000), method="bullet", freq="single", n=1,
          term_days=40, rate_value=D("0.04"), rate_per="day", contract_date=date(2025, 10, 9), start_date=date(2025, 10, 9),
          lender_type="consumer_finance",
          notes=["万分之四 a day = 0.04%; 8000 x 0.0004 x 40 = 128.00; the script and the hidden promo hold decoys"]),
        c("zh-j07-two-columns-lpr-plus-80bp", j07, "pdf", principal=D(200000), method="equal_installment", n=36, term_months=36,
          lpr_spread_bp=80, contract_date=date(2025, 7, 15), start_date=date(2025, 7, 15), lender_type="bank",
          notes=["LPR 3.00% (2025-05-20 fixing) + 0.80 = 3.80%; 20万元 = 200000"]),
        c("zh-j08-iou-daxie-numeral-dates", j08, principal=D(120000), method="bullet", freq="single", n=1, term_months=12,
          rate_value=D(8), contract_date=date(2025, 3, 1), start_date=date(2025, 3, 1), lender_type="individual",
          notes=["壹拾贰万元整 = 120000; 8% x 120000 = 9600; 壹拾贰万玖仟陆佰元整 = 129600; 8% <= 4 x 3.10% = 12.4%"]),
        c("zh-j09-docx-car-loan-gps-theft-insurance-deducted", j09_blocks, "docx", principal=D(85000), method="equal_installment",
          n=36, term_months=36, rate_value=D("6.99"),
          fees=[Fee("GPS设备安装服务费", ["service", "other", "handling"], "upfront_deducted", amount=D(1500)),
                Fee("车辆盗抢险保费", ["insurance"], "upfront_deducted", amount=D(1200))],
          contract_date=date(2025, 10, 27), start_date=date(2025, 10, 27), lender_type="auto_finance",
          notes=["128000 - 43000 = 85000 financed; 1500 + 1200 withheld -> 82300 paid to the dealer"]),
        c("zh-j10-training-loan-space-table", j10, principal=D(21600), method="flat_rate", method_accept=["equal_principal"], n=24,
          term_months=24, fees=[Fee("分期服务费", ["service", "handling"], "per_period", percent=D("0.48"))],
          contract_date=date(2025, 8, 30), start_date=date(2025, 8, 30), lender_type="consumer_finance",
          notes=["21600/24 = 900; 0.48% x 21600 = 103.68; 1003.68 a month; no interest"]),
        c("zh-j11-merchant-instalment-fullwidth", j11, principal=D(10000), method="equal_installment", n=24, term_months=24,
          rate_value=D("0.65"), rate_per="month", contract_date=date(2025, 12, 1), start_date=date(2025, 12, 1),
          lender_type="consumer_finance", notes=["12999 price - 2999 down = 10000 financed; 0.65% a month = 7.8% a year"]),
        c("zh-j12-term-by-two-dates-only", j12, principal=D(15000), method="bullet", freq="single", n=1, term_months=6,
          rate_value=D(12), contract_date=date(2025, 4, 8), start_date=date(2025, 4, 8), lender_type="microloan",
          notes=["2025-04-08 -> 2025-10-08 = 6 months = 183 days; 15000 x 12% x 6/12 = 900 (stated)",
                 "over 183 days the same 900 is 11.97% a year, within the 0.05 pp tolerance of 12%"]),
        c("zh-j13-private-blank-signing-date", j13, "pdf", principal=D(30000), method="interest_only", n=12, term_months=12,
          rate_value=D("1.2"), rate_per="month", contract_date=date(2024, 12, 2), start_date=date(2024, 12, 2),
          lender_type="individual",
          notes=["no signing date: the loan period starts 二〇二四年十二月二日; 月息1.2分 = 1.2% a month = 14.4% > 4 x 3.10% = 12.4%",
                 "30000 x 1.2% = 360 a month (叁佰陆拾元整)"]),
        c("zh-j14-traditional-mainland-company-loan", j14, principal=D(50000), method="equal_installment", n=12, term_months=12,
          rate_value=D(10), contract_date=date(2025, 8, 18), start_date=date(2025, 8, 18), lender_type="company",
          notes=["伍萬圓整 = 50000 RMB; mainland company lender, Shanghai court: in scope; 10% <= 4 x 3.00% = 12%"]),
        c("zh-j15-totals-contradict", j15, principal=D(10000), method="equal_installment", n=12, term_months=12,
          rate_value=D(12), contract_date=date(2025, 9, 9), start_date=date(2025, 9, 9), lender_type="consumer_finance",
          opts={"stated_total": D(15000), "inconsistency": True}, verdict=False,
          verdict_reason="the stated total 15,000.00 contradicts 12 x 888.49 = 10,661.88: an inconsistency, and no violation may rest on the total alone",
          notes=["rate 12%, 12 payments of 888.49 and the principal agree (cost 12%); only the stated total (15000) disagrees"]),
        c("zh-j16-checkbox-equal-principal-account-fee", j16, "pdf", principal=D(36000), method="equal_principal", n=24,
          term_months=24, rate_value=D("0.5"), rate_per="month",
          fees=[Fee("账户管理费", ["management", "service", "other"], "per_period", percent=D("0.1"))],
          contract_date=date(2025, 2, 25), start_date=date(2025, 2, 25), lender_type="consumer_finance",
          notes=["1500 + 36000 x 0.5% = 180 + 36 = 1716.00 first; only the ticked box is the method"]),
        c("zh-j17-fee-on-stated-date-pipe", j17, principal=D(15000), method="equal_installment", n=12, term_months=12,
          rate_value=D("16.8"), fees=[Dated("服务费", ANY_SERVICE, "on_date", amount=D(300), period=3)],
          contract_date=date(2025, 6, 30), start_date=date(2025, 6, 30), lender_type="microloan",
          notes=["the 300 fee is paid with the 3rd instalment (2025-09-30), not at payout and not spread"]),
        c("zh-j18-flat-9-li-fee-at-maturity", j18, "pdf", principal=D(30000), method="flat_rate", method_accept=["equal_principal"],
          n=24, term_months=24, rate_value=D("0.9"), rate_per="month",
          fees=[Fee("手续费", ["handling", "service", "other"], "at_maturity", amount=D(500))],
          contract_date=date(2025, 1, 15), start_date=date(2025, 1, 15), lender_type="microloan",
          notes=["月息9厘 = 0.9% a month on the original 30000 = 270; 1250 principal; 500 with the last payment"]),
        c("zh-j19-shop-lease", j19, **OTHER, notes=["a shop lease with rent, a deposit and a late charge: not a loan"]),
        c("zh-j20-guarantee-letter", j20, **OTHER, notes=["a guarantee letter that names someone else's loan: not a loan contract"]),
        c("zh-j21-loan-advertisement", j21, **OTHER, notes=["an advertisement with 'from' rates and a maximum amount: not a loan"]),
        c("zh-j22-court-judgment-excerpt", j22, **OTHER, notes=["a judgment excerpt about someone else's loan: not a loan contract"]),
        c("zh-j23-h5-repayment-plan-screen", j23, "html", kind="loan_disclosure", principal=D(5000), method="equal_installment",
          n=12, term_months=12, rate_value=D(18), contract_date=date(2025, 11, 25), start_date=date(2025, 11, 25),
          lender_type="consumer_finance", notes=["a repayment-plan screen: 18% annuity, no fees; the script and hidden upsell are decoys"]),
        c("zh-j24-sms-payout-notice", j24, kind="loan_disclosure", principal=D(3000), method="equal_installment", n=6,
          term_months=6, rate_value=D("0.04"), rate_per="day", contract_date=date(2025, 11, 20), start_date=date(2025, 11, 20),
          lender_type="microloan", notes=["0.04% a day x 365 = 14.6% a year; 6 equal monthly payments"]),
        # ------------------------------------------------------------------ English
        c("en-j01-payday-transaction-and-due-date-only", e01, **USD, principal=D(400), method="bullet", freq="single", n=1,
          term_days=14, fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(60))], jurisdiction="US-MO",
          contract_date=date(2025, 9, 12), start_date=date(2025, 9, 12), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["09/12 -> 09/26 = 14 days; 60/400 x 365/14 = 391.07%"]),
        c("en-j02-title-loan-illinois-two-columns", e02, **USD, principal=D(2500), method="equal_installment", n=12, term_months=12,
          rate_value=D(120), jurisdiction="US-IL", contract_date=date(2025, 10, 6), start_date=date(2025, 10, 6),
          lender_type="licensed_nonbank", notes=["10% a month on the balance: 120% APR > Illinois 36%"]),
        c("en-j03-installment-origination-withheld-box", e03, "pdf", **USD, principal=D(2500), method="equal_installment", n=24,
          term_months=24, rate_value=D("19.9"), fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(125))],
          jurisdiction="US-IL", contract_date=date(2025, 4, 22), start_date=date(2025, 4, 22), lender_type="licensed_nonbank",
          notes=["125 (5%) withheld -> 2375 received; APR below 36%"]),
        c("en-j04-uk-short-term-app-page", e04, "html", lang="en", currency="GBP", apr_method="eu-aprc", principal=D(250),
          method="bullet", freq="single", n=1, term_days=35, rate_value=D("0.75"), rate_per="day", jurisdiction="GB",
          contract_date=date(2025, 11, 3), start_date=date(2025, 11, 3), lender_type="licensed_nonbank", opts={"default_fee": 15},
          notes=["250 x 0.75% x 35 = 65.625 -> 65.63; 0.75% a day <= 0.8%; 65.63 <= 250; default fee 15 <= 15"]),
        c("en-j05-pay-in-4-email", e05, **USD, principal=D(360), method="equal_installment", freq="biweek", n=3,
          jurisdiction="US-TX", contract_date=date(2025, 11, 14), start_date=date(2025, 11, 14), lender_type="licensed_nonbank",
          verdict=False, verdict_reason="0% interest and no fee", notes=["480 order - 120 paid today = 360 financed; 3 x 120 every 14 days"]),
        c("en-j06-docx-credit-union-application-fee", e06_blocks, "docx", **USD, principal=D(12000),
          method="equal_installment", n=48, term_months=48, rate_value=D("7.49"),
          fees=[Fee("application fee", ["application", "handling", "origination", "other"], "at_disbursement", amount=D(25))],
          jurisdiction="US-NY", contract_date=date(2025, 3, 10), start_date=date(2025, 3, 10), lender_type="credit_union",
          notes=["25 paid in cash at closing: amount financed 11975; APR far below 16%"]),
        c("en-j07-balloon-auto-note", e07, "pdf", **USD, principal=D(15000), method="equal_installment", method_accept=["other"],
          n=36, term_months=36, rate_value=D("9.9"), payment_override=balloon_payment(D(15000), D("9.9"), 36, D(6000)),
          jurisdiction="US-IL", contract_date=date(2025, 6, 2), start_date=date(2025, 6, 2), lender_type="licensed_nonbank",
          notes=["15000 = p x a(36, 0.825%) + 6000 v^36 -> p = 339.48; the 36th payment is p + the 6000 balloon (6339.58 after cent rounding)"]),
        c("en-j08-biweekly-paragraph-processing-fee", e08, "pdf", **USD, principal=D(1800), method="equal_installment",
          freq="biweek", n=26, rate_value=D("29.9"),
          fees=[Fee("processing fee", ["handling", "application", "origination", "other"], "at_disbursement", amount=D(90))],
          jurisdiction="US-IL", contract_date=date(2025, 8, 4), start_date=date(2025, 8, 4), lender_type="licensed_nonbank",
          notes=["26 bi-weekly payments = 364 days; the 90 fee lifts 29.9% above Illinois' 36%"]),
        c("en-j09-personal-guaranty", e09, lang="en", currency="USD", **OTHER, notes=["a guaranty of someone else's loan: not a loan"]),
        c("en-j10-loan-advertisement", e10, lang="en", currency="USD", **OTHER, notes=["an advertisement with a representative example: not a loan"]),
        c("en-j11-california-family-note-interest-only", e11, **USD, principal=D(20000), method="interest_only", n=24,
          term_months=24, rate_value=D(12), jurisdiction="US-CA", contract_date=date(2025, 5, 1), start_date=date(2025, 5, 1),
          lender_type="individual", disclose_apr=False, notes=["20000 x 12% / 12 = 200 a month; a private lender above 10%"]),
        c("en-j12-german-secci-table", e12, lang="en", currency="EUR", apr_method="eu-aprc", kind="loan_disclosure", principal=D(8000),
          method="equal_installment", n=24, term_months=24, rate_value=D("5.9"), jurisdiction="DE",
          contract_date=date(2025, 9, 15), start_date=date(2025, 9, 15), lender_type="bank",
          notes=["5.9% nominal, monthly: APRC (1 + 0.059/12)^12 - 1 = 6.06%"]),
    ]


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def expected_e(s: Spec, files: list[str]) -> dict:
    e = ORIGINAL_EXPECTED(s, files)
    if s.opts.get("inconsistency"):
        e["inconsistency"] = True
        e["notes"].append("expected: an inconsistency finding quoting both the stated total and the instalment x count"
                          " (not compared by tests/fresh_corpus.rs or scripts/accuracy.py today)")
    for f in s.fees:
        if isinstance(f, Dated):
            e["notes"].append(f"{f.name}: paid on {s.rows[f.period - 1]['date'].isoformat()} with instalment {f.period}")
    return e


ORIGINAL_EXPECTED = fcc.expected


def selftest() -> None:
    fcd.selftest()
    # the third solver on the published figures too (apr-methods.md)
    pboc = secant_rate(Fraction(99000), [Fraction("8833.3")] * 12) * 12 * 100
    assert abs(pboc - Fraction("12.8038")) < Fraction(1, 1000), float(pboc)
    mw = secant_rate(Fraction(5000), [Fraction(130)] * 48) * 12 * 100
    assert abs(mw - Fraction("11.317539")) < Fraction(1, 10000), float(mw)
    assert balloon_payment(D(10000), D(12), 12, D(0)) == D("888.49")


def main() -> int:
    """batch C's writer (fresh_corpus_c.build/main) over this batch's specs and arithmetic."""
    selftest()
    for name, value in {"specs": specs, "compute": compute_e, "expected": expected_e, "__doc__": __doc__}.items():
        setattr(fcc, name, value)  # fcc.build / fcc.main look these names up at call time
    return fcc.main()


if __name__ == "__main__":
    sys.exit(main())
