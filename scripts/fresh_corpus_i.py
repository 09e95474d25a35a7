#!/usr/bin/env python3
"""Held-out batch I of the fresh phrasing corpus (tests/fresh/{zh,en}/*-n*): 22 Chinese and 16
English documents written for issue 13 without reading the extractors, the rulesets, the locales
or the contract texts of batches A-H, to measure whether the work on batches A-H (`*-f*` ... `*-m*`)
generalises.

    python3 scripts/fresh_corpus_i.py            # (re)write tests/fresh/{zh,en}/*-n* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_i.py --check    # recompute and diff the files against the committed ones

Parameters, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py; the
HTML / DOCX / PDF writers those of scripts/fresh_corpus_c.py; the LPR table and the Newton
cross-check those of scripts/fresh_corpus_d.py; the fee on a stated date (`Dated`), the secant
solver and the `inconsistency` key those of scripts/fresh_corpus_e.py; the regula-falsi solver of
scripts/fresh_corpus_g.py; the interval-halving solver of scripts/fresh_corpus_h.py. All are
imported, none is copied. This batch adds a sixth solver (`ridders_rate`: Ridders' method in
60-digit decimals) and asserts that it agrees with the others on every multi-payment cost.

The TEXTS are new, one renderer per document, and longer and messier than earlier batches
(boilerplate, page headers and footers, clause cross-references, credit limits, deposits, penalties
and worked examples whose figures are not this loan's). Chinese: a consumer-finance company's
contract in 第X条 with an annex schedule and an account fee due on a stated date; a credit-card cash
instalment bill page in tabs with a fee rate per period; a 融资租赁 sale-and-leaseback of a car
that is really a loan, told only through its rents (PDF); a 助贷 tri-party agreement whose
guarantee fee sits in a separate agreement quoted by reference; a mortgage-backed business loan at
LPR + 50bp in 万元; an app's loan-detail page as a vertical list (HTML); an overdue notice with the
overdue figures (not a contract); a hand-written 借条 in 大写 with 二〇二五年 dates; a training
loan whose fee rides on the 3rd instalment, dated with the year elsewhere; a dental-implant
instalment in two columns that gives only the instalment and the total; a revolving-credit draw
for 45 days in full-width digits with figures broken across lines; a 繁體 Shenzhen contract at
月利率; a Macau finance company's loan in MOP (out of scope); a furniture sale paid in stages, a
rent-deposit receipt and a personal credit report listing loans (non-loans); a pre-loan cost notice as questions and
answers with a membership fee paid on the payout day and a trial calculation with an insurance
premium each month (disclosures); an e-signature platform contract whose money terms sit in an
annex after long boilerplate, with a fee at maturity; a ☑/□ form with a membership fee taken from
the principal; a car loan at 月平息 with a schedule flattened with spaces and the term only in a
footnote (PDF); a private loan at 月息8厘 in one paragraph whose stated total contradicts its
instalments. English: a Texas retail installment contract for a car with TILA boxes and an
itemization of amount financed (PDF); a New York personal loan with an origination fee withheld;
an Illinois deferred-deposit receipt with only two dd-mm-yyyy dates; a New York title loan for 30
days; an Illinois pay-in-4 with a fee on each instalment; a Pennsylvania cognovit note between
relatives paying interest only with a balloon; an Illinois credit union loan paid every two weeks
as an [X]/[ ] form; a UK short-term loan whose transfer fee breaks the daily cap; a UK logbook loan
under a bill of sale (DOCX); a UK guarantor loan with an APRC; an Australian credit contract (out
of scope); a closed-end vehicle lease, a checking-account statement and a purchase order
(non-loans); a secured credit card's pricing table and an Illinois pre-signing TIL disclosure
(disclosures).

Changed after the first measurement (said here in full): en-n01 and en-n07 write only an APR and
no separate interest rate; batch F's convention (en-k04) is not to compare the rate field then, and
their expected files first compared it. Their rate field is now not compared. Figures untouched.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs()` and
are asserted in `check_expectations`. Needs Python >= 3.11 and, for the PDFs, reportlab +
WenQuanYi Micro Hei.
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402  (imports fresh_corpus_d, which installs its LPR table)
import fresh_corpus_g as fcg  # noqa: E402
import fresh_corpus_h as fch  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, page  # noqa: E402
from fresh_corpus_e import ANY_SERVICE, OTHER, USD, Dated  # noqa: E402
from fresh_corpus_f import GBP  # noqa: E402
from fresh_corpus_g import cn_day, fee_of, two_cols  # noqa: E402

date = dt.date


# ---------------------------------------------------------------------------------------------
# This batch's own solver (a sixth one): Ridders' method in 60-digit decimals
# ---------------------------------------------------------------------------------------------


def ridders_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """Periodic i in [0, 3] with advance = sum p_k (1+i)^-k, by Ridders' method (exponential
    interpolation between a bracket), in 60-digit decimals."""
    with localcontext() as ctx:
        ctx.prec = 60

        def f(i: Decimal) -> Decimal:
            v, acc, disc = 1 / (1 + i), Decimal(0), Decimal(1)
            for p in payments:
                disc *= v
                acc += p * disc
            return acc - advance

        lo, hi = Decimal(0), Decimal(3)
        flo, fhi = f(lo), f(hi)
        if flo == 0:
            return lo
        assert flo > 0 > fhi, (flo, fhi)
        x = lo
        for _ in range(100):
            mid = (lo + hi) / 2
            fm = f(mid)
            s = (fm * fm - flo * fhi).sqrt()
            if s == 0:
                return mid
            new = mid + (mid - lo) * fm / s  # sign(flo - fhi) is +1: f falls as i rises
            fn = f(new)
            if abs(new - x) < Decimal("1e-40") or fn == 0:
                return new
            x = new
            if (fm > 0) != (fn > 0):
                lo, flo, hi, fhi = (mid, fm, new, fn) if fm > 0 else (new, fn, mid, fm)
            elif (flo > 0) != (fn > 0):
                hi, fhi = new, fn
            else:
                lo, flo = new, fn
            if hi - lo < Decimal("1e-40"):
                break
        return x


def ridders_check(s: Spec) -> None:
    if s.cost is None or len(s.rows) < 2:
        return
    i = ridders_rate(s.net_received, [r["total"] for r in s.rows])
    ppy = fc.PPY[s.freq]
    other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def pay(s: Spec) -> Decimal:
    return s.rows[0]["total"]


def dot(d: dt.date) -> str:
    """2025-09-16 -> 2025.9.16"""
    return f"{d.year}.{d.month}.{d.day}"


def slash0(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def dmy(d: dt.date) -> str:
    """05-03-2025 for 5 March 2025 (day first)."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def ordinal(d: dt.date) -> str:
    """March 5th, 2025"""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suffix}, {d.year}"


def annuity(p: Decimal, annual: Decimal, n: int) -> Decimal:
    """A level monthly instalment for a worked example (not this loan's figures)."""
    r = annual / 100 / 12
    return r2(p * r / (1 - (1 + r) ** -n))


def page_footer(k: int, total: int, zh: bool = True) -> str:
    return f"—— 第 {k} 页 / 共 {total} 页 ——" if zh else f"Page {k} of {total}"


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def n01(s: Spec) -> str:
    fee_row = s.rows[2]
    plan = [" | ".join(["期次", "还款日", "应还本金", "应还利息", "应缴费用", "当期合计"])]
    for r in s.rows:
        plan.append(" | ".join([f"{r['k']:02d}", slash0(r["date"]), money(r["principal"]), money(r["interest"]),
                                money(r["fees"]), money(r["total"])]))
    example = annuity(D(10000), D("17.28"), 12)
    return f"""个人消费贷款合同（线上版）
合同编号：XYXF-GR-{s.contract_date:%Y%m%d}-70316
{page_footer(1, 4)}

贷款人：晓雅消费金融股份有限公司（以下简称"贷款人"）
统一社会信用代码：91330100MA2XXXXX7K
借款人：钟以宁  证件号码：330106********2244
签订日期：{dot(s.contract_date)}

鉴于借款人已在贷款人处获得循环授信额度人民币80,000.00元（以《授信额度确认书》为准），现借款人在该额度内申请单笔借款。授信额度不等于本合同项下的借款金额，借款金额以本合同第二条为准。

第一条 定义
1.1 "放款日"指贷款人将借款划入借款人指定账户之日。
1.2 "还款日"指附件一《还款计划表》所列各期应还款日期。
1.3 "逾期"指借款人未在任一还款日足额归还当期应还款项。

第二条 借款金额与用途
2.1 借款金额为人民币叁万元整（小写：30,000.00元），于放款日全额发放至借款人账户，贷款人不预先扣除任何利息或费用。
2.2 借款用途：家用电器及装修材料消费。借款人不得将借款用于购房、投资或其他违法用途。

第三条 借款期限
借款期限为二十四个月，自放款日起算；放款日与签订日为同一日。各期还款日见附件一。

第四条 利率与年化利率
4.1 本合同借款年利率为17.28%（单利），按日计息，日利率=年利率/360，但每期利息按本合同附件一列明的金额收取。
4.2 按照中国人民银行公告〔2021〕第3号的要求，贷款人向借款人披露本合同项下借款年化利率（含第五条所列费用）为{r2(s.cost)}%。
4.3 举例说明（仅为示意，不构成本合同的还款安排）：若某笔借款本金为10,000元、期限12期、年利率17.28%、按等额本息还款，则每期应还约{money(example)}元。

第五条 费用
5.1 除本合同另有约定外，贷款人不向借款人收取其他费用。
5.2 账户管理费：借款人应支付账户管理费人民币{money(fee_of(s))}元，该费用于{ymd(fee_row['date'])}随当期应还款项一并扣收，一次性收取，不分摊至其他各期。
5.3 第5.2款所列费用已计入第4.2款所披露的年化利率。

第六条 还款方式
6.1 本合同借款按月等额本息还款，共24期，每期还款金额见附件一。
6.2 借款人授权贷款人于每期还款日从其绑定的借记卡中扣收当期应还款项。

第七条 提前还款
借款人可在任一还款日申请提前结清，结清时只需归还剩余本金及截至结清日的应计利息；依第5.2款已收取的费用不予退还，尚未到期的费用不再收取。

{page_footer(2, 4)}

第八条 逾期
8.1 借款人逾期的，贷款人自逾期之日起按逾期本金的日0.05%计收罚息，不计复利。
8.2 逾期超过九十日的，贷款人有权依照第十一条宣布借款提前到期。罚息与违约金合计不超过法律规定的上限。

第九条 借款人承诺
借款人保证所提供的身份、收入、联系方式等资料真实有效，并在资料变更后五个工作日内通知贷款人。

第十条 个人信息
贷款人依照《个人信息保护法》处理借款人个人信息，仅用于本合同的订立、履行及依法报送征信，未经借款人单独同意不向第三方提供。

第十一条 提前到期
出现第八条第8.2款或借款人以欺诈手段取得借款等情形的，贷款人有权宣布全部借款提前到期。

第十二条 争议解决
因本合同产生的争议，双方应协商解决；协商不成的，向贷款人住所地有管辖权的人民法院起诉。

第十三条 其他
13.1 附件一为本合同不可分割的组成部分，与本合同正文具有同等效力；正文与附件不一致的，以附件为准。
13.2 本合同经借款人在线点击确认并经贷款人电子签章后生效。

贷款人（电子签章）：晓雅消费金融股份有限公司
借款人（电子签名）：钟以宁

{page_footer(3, 4)}

附件一：还款计划表（单位：元）
{chr(10).join(plan)}
注：第3期"应缴费用"为第五条第5.2款所列账户管理费。

{page_footer(4, 4)}
"""


def n02(s: Spec) -> str:
    fee = fee_of(s)
    total_fee = fee * s.n
    rows = [f"第{r['k']}期\t{slash0(r['date'])}\t{money(r['principal'])}\t{money(r['fees'])}\t{money(r['total'])}" for r in s.rows]
    return f"""信用卡 现金分期 办理结果
卡号尾号\t6612
持卡人\t滕*岚
信用额度\t80,000.00
本期账单日\t每月9日
办理时间\t{slash0(s.contract_date)} 14:32:07
—————————————————————
分期本金\t5万元（人民币50,000.00元）
分期期数\t24期
每期手续费率\t0.65%
每期手续费\t{money(fee)}
手续费合计\t{money(total_fee)}
每期应还本金\t{money(s.rows[0]['principal'])}（末期{money(s.rows[-1]['principal'])}）
首期入账日\t{slash0(s.rows[0]['date'])}
资金到账\t已全额转入尾号0071借记卡，不扣除任何费用
折合年化利率\t{r2(s.cost)}%（按内部收益率法计算，含手续费）
—————————————————————
温馨提示：手续费按分期本金×每期手续费率逐期收取，随每期账单入账；提前结清的，剩余未入账手续费不再收取。本行不会以任何理由要求您向个人账户转账。
最低还款额不适用于分期款项。如未按期还款，将按账单规定计收利息与违约金（违约金为最低还款额未还部分的5%）。
—————————————————————
分期计划
期次\t入账日\t本金\t手续费\t合计
{chr(10).join(rows)}
—————————————————————
客服热线 955××  页面版本 6.8.1
"""


def n03(s: Spec) -> str:
    rent, last = s.rows[0]["total"], s.rows[-1]["total"]
    total = total_repaid(s)
    return f"""融资租赁合同（售后回租）
合同编号：HYZL-HZ-{s.contract_date:%Y}-08-5521

出租人（甲方）：恒远融资租赁（天津）有限公司
承租人（乙方）：裴晓东
签订地点：天津市东丽区
签订日期：{ymd(s.contract_date)}

第一条 租赁物
1.1 租赁物为乙方自有的小型普通客车一辆（品牌型号：××牌SQR7150，车架号LVVDB11B×××××3321），经第三方评估价值为人民币125,000.00元。
1.2 乙方将租赁物以人民币80,000.00元（大写：捌万元整，以下称"转让价款"）转让给甲方，同时自甲方租回使用。租赁物由乙方继续占有、使用，甲方不实际交付、接收车辆。

第二条 转让价款的支付
甲方应于本合同签订当日将转让价款80,000.00元一次性全额支付至乙方账户，不扣除任何款项。

第三条 租赁期限与租金
3.1 租赁期限为36个月，自转让价款支付之日起算。
3.2 乙方按月支付租金，共36期，每期租金为人民币{money(rent)}元，第36期租金为人民币{money(last)}元；租金总额为人民币{money(total)}元。
3.3 每期租金支付日为起租日在各月的对应日，首期支付日为{ymd(s.rows[0]['date'])}。

第四条 其他费用
4.1 乙方应于本合同签订当日另行向甲方支付车载GPS定位装置安装及服务费人民币{money(fee_of(s))}元，该费用不从转让价款中扣除，一经支付不予退还。
4.2 本合同项下甲方不收取保证金、手续费及其他任何名目的费用。

第五条 所有权转移
租赁期满且乙方付清全部租金后，租赁物所有权自动转回乙方，乙方无需另行支付留购价款。

第六条 违约责任
6.1 乙方逾期支付租金的，每逾期一日，按逾期租金的万分之五向甲方支付违约金。
6.2 乙方连续两期未支付租金的，甲方有权解除合同、收回租赁物，并要求乙方支付全部到期及未到期租金。

第七条 保险
租赁期内乙方应为租赁物投保交强险及商业险，第一受益人为甲方，保险费由乙方自行向保险公司支付。

第八条 争议解决
因本合同引起的争议，提交天津仲裁委员会仲裁。

甲方（盖章）：恒远融资租赁（天津）有限公司
乙方（签字）：裴晓东
"""


def n04(s: Spec) -> str:
    g = fee_of(s)
    return f"""个人借款合同（三方）

甲方（借款人）：莫晨阳
乙方（贷款人）：临川农村商业银行股份有限公司
丙方（助贷服务机构）：云梯数科信息服务有限公司
丁方（担保人）：信和融资担保有限公司

特别提示：本合同项下借款由丙方提供获客、风险评估等助贷服务，由丁方提供连带责任保证担保。各方另行签署的《委托担保协议》（编号WT-{s.contract_date:%Y%m%d}-0417）与本合同同时生效。

第一条 借款要素
1.1 借款本金：人民币贰万元整（¥20,000.00）。
1.2 借款期限：十二个月，自实际放款之日起算。
1.3 借款年利率：10.8%（单利），按月还款。
1.4 还款方式：等额本息，每月还款额为人民币{money(pay(s) - g)}元（不含担保费）。

第二条 放款
乙方应于本合同生效之日将借款本金全额发放至甲方名下银行账户，丙方、丁方不得从借款本金中扣收任何费用。

第三条 担保及担保费
3.1 丁方为甲方在本合同项下的全部债务提供连带责任保证。
3.2 甲方应向丁方支付担保费，担保费的金额、计算方式及支付时间按《委托担保协议》第四条执行。为便于甲方知悉，现将该条摘录如下：
"4.1 担保费按借款本金的0.5%每月计收，即每月人民币{money(g)}元；
4.2 担保费随每期借款本息一并支付，由乙方代为扣收后划付丁方；
4.3 甲方提前结清借款的，自结清次月起不再收取担保费。"
3.3 依上款，甲方每月合计应还人民币{money(pay(s))}元。

第四条 费用披露
丙方不向甲方收取任何服务费。甲方实际承担的综合融资成本（含利息及担保费）折合年化{r2(s.cost)}%（按内部收益率法计算）。

第五条 逾期
甲方逾期的，乙方按逾期本金加收50%计收罚息；丁方代偿后，甲方应向丁方偿还代偿款，丁方不另收取追偿费用。

第六条 其他
本合同自各方电子签章之日起生效，签订日期为二〇二五年十月二十日。

甲方：莫晨阳（电子签名）
乙方：临川农村商业银行股份有限公司（电子签章）
丙方：云梯数科信息服务有限公司（电子签章）
丁方：信和融资担保有限公司（电子签章）
"""


def n05(s: Spec) -> str:
    interest = s.rows[0]["interest"]
    return f"""个人经营性贷款合同（抵押）
编号：JH-JYD-{s.contract_date:%Y}-0612-09

贷款人：金海银行股份有限公司苏州分行
借款人：邵启明（个体工商户"启明五金经营部"经营者）
抵押人：邵启明、林雪

第一章 贷款金额、用途与期限
第一条 本合同项下贷款金额为人民币100万元（大写：壹佰万元整）。借款人在贷款人处的授信总额为150万元，本合同项下贷款占用授信额度100万元。
第二条 贷款用途：借款人经营的五金店铺补充流动资金（采购库存）。本贷款为经营性贷款，不得用于消费、购房或证券投资。
第三条 贷款期限为36个月，自{ymd(s.start_date)}起至{ymd(s.rows[-1]['date'])}止。

第二章 利率与计息
第四条 本合同项下贷款利率为浮动利率，以合同签订日前一工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）为基础，加50个基点（1个基点=0.01%），在借款期限内不作调整。
第五条 贷款按日计息，按月结息，结息日为每月{s.start_date.day}日。

第三章 还款
第六条 还款方式为按月付息、到期一次性还本。每月应付利息约{wan_plain(interest)}（以实际计息为准，按本金100万元计算为{money(interest)}元），最后一期归还全部本金及当期利息。

第四章 抵押
第七条 抵押人以其共有的位于苏州市吴中区××路××号的住宅一套（评估价值260万元）为本合同项下债务提供抵押担保，并办理抵押登记。
第八条 抵押登记费、评估费由贷款人承担。

第五章 违约
第九条 借款人未按期还款的，对逾期本金按本合同利率上浮50%计收罚息；挪用贷款的，对挪用部分按本合同利率加收100%计收罚息。

第六章 其他
第十条 本合同签订日期：{ymd(s.contract_date)}。
"""


def wan_plain(x: Decimal) -> str:
    return f"{plain(r2(x / 10000))}万元"


ITEM_HTML = '<div class="item"><div class="k">{k}</div><div class="v">{v}</div></div>'


def n06(s: Spec) -> str:
    items = [("借款金额", "8,000.00元"), ("借款期数", "6期"), ("日利率", "0.04%（万分之四）"),
             ("年化利率（单利）", "14.6%"), ("还款方式", "等额本息"), ("每期应还", f"{money(pay(s))}元"),
             ("首期还款日", ymd(s.rows[0]["date"])), ("收款账户", "招商银行（尾号3392）"),
             ("出借机构", "青禾网络小额贷款有限公司"), ("借款日期", ymd(s.contract_date))]
    body = "\n".join(ITEM_HTML.format(k=html.escape(k), v=html.escape(v)) for k, v in items)
    plan = "\n".join(f'<div class="plan"><div>第{r["k"]}期 {r["date"].isoformat()}</div><div>¥{money(r["total"])}</div></div>' for r in s.rows)
    page_body = f"""<header><div class="title">借款详情</div><div class="sub">订单号 QH2026011800{s.principal:.0f}</div></header>
<section class="quota"><div>最高可借（元）</div><div>50,000.00</div><div class="muted">额度仅供参考，以实际审批为准</div></section>
<section class="detail">
{body}
</section>
<section class="plan-list"><div class="h">还款计划</div>
{plan}
</section>
<footer><div>无服务费、无手续费，按期还款不收取其他费用</div><div>逾期罚息：按逾期本金日0.06%计收</div></footer>"""
    return page("借款详情", page_body, True, 'window.__APP__={"limit":"50000","rate":"0.0002","term":"12"};')


def n07(s: Spec) -> str:
    return """逾期还款通知书

尊敬的客户 邝*峰：

您于2025年4月2日在本公司办理的个人消费贷款（合同编号：YX-2025-0402-8817，借款本金人民币12,000.00元，期限12期）已发生逾期。截至2026年1月15日，您的逾期情况如下：

逾期期数：2期（第9期、第10期）
逾期天数：44天
逾期本金：2,009.62元
逾期利息：180.38元
罚息：52.71元
当前应还合计：2,242.71元
剩余未到期本金：2,045.17元

请您于2026年1月22日前通过本公司官方App"优享借"或对公账户（户名：优享消费金融股份有限公司）归还上述款项。如您对欠款金额有异议，可拨打客服热线400-8××-××××申请核实。

如您逾期超过90天，我司有权依照借款合同第十一条宣布全部借款提前到期，并依法向人民法院提起诉讼。您的逾期信息已按规定报送金融信用信息基础数据库。

本通知不收取任何费用，本公司不会要求您向任何个人账户转账。

优享消费金融股份有限公司 贷后管理部
2026年1月15日
"""


def n08(s: Spec) -> str:
    total = total_repaid(s)
    return f"""借　条

今借到宋立春（身份证号：410105********3316）人民币叁万元整（¥30000.00），
以银行转账方式于{cn_date(s.contract_date)}收到，收款账户为本人工商银行卡。

借款期限六个月，自{cn_date(s.contract_date)}起至{cn_date(s.rows[0]['date'])}止。
双方约定年利率百分之八（8%），按单利计算，利息不预先扣除。
本人承诺于{cn_date(s.rows[0]['date'])}前一次性归还本金及利息，
共计{daxie(total)}（¥{plain(total)}.00）。

另：本人去年所借伍仟元（¥5000）已于二〇二五年一月还清，与本借条无关。

如到期未还，自逾期之日起按年利率百分之十二计付逾期利息。

借款人：戴文斌（签名、按手印）
身份证号：410102********0827
见证人：何小雨
{cn_date(s.contract_date)}
"""


def n09(s: Spec) -> str:
    third = s.rows[2]
    base = pay(s) if s.rows[0]["fees"] == 0 else s.rows[0]["total"]
    return f"""职业技能培训分期付款确认书（2025年度秋季班）

学员：尹佳琪
培训机构：启航数字职业技能培训学校
资金方：瑞丰消费金融有限公司（以下简称"资金方"）
课程：UI设计就业班（线下，6个月）

一、费用构成
课程总价人民币19,800.00元。学员已于报名时向培训机构自行支付首付款1,800.00元（不属于借款），剩余课程费18,000.00元由资金方向学员发放贷款并受托支付至培训机构。

二、贷款要素
1. 贷款金额：人民币18,000.00元（壹万捌仟元整），全额受托支付至培训机构账户，不扣除任何费用；
2. 贷款期限：12个月；
3. 年利率：9.6%（单利）；
4. 还款方式：等额本息，每月还款{money(base)}元；
5. 还款日：每月{s.start_date.day}日，首期还款日为{cn_day(s.rows[0]['date'])}。

三、服务费
学员应向资金方支付分期服务费人民币{money(fee_of(s))}元，于第3期还款日（{cn_day(third['date'])}）随第3期还款一并扣收，当月合计扣款{money(third['total'])}元。除上述服务费外，资金方及培训机构不收取其他费用。

四、退课
学员在开课后15日内退课的，培训机构应将已受托支付的课程费直接退还资金方，用于提前结清贷款；已产生的利息由学员承担。

五、逾期
学员逾期还款的，资金方按逾期本金的日0.05%收取罚息。

本确认书经学员、培训机构、资金方签字盖章后生效。
签约日期：{cn_day(s.contract_date)}
"""


def n10(s: Spec) -> str:
    left = ["【种植牙分期服务单】", "机构：皓齿口腔门诊部", "项目：种植牙（单颗）",
            "项目总价：12,600.00元", "已付定金：3,000.00元", f"分期金额：{money(s.principal)}元",
            "资金到账：全额支付至门诊部", f"首期还款：{ymd(s.rows[0]['date'])}", f"末期还款：{ymd(s.rows[-1]['date'])}"]
    right = ["【还款信息】", "放款机构：汇川消费金融", f"每月还款额：{money(pay(s))}元", f"还款总额：{money(total_repaid(s))}元",
             "其他费用：无", "扣款方式：绑定储蓄卡自动扣款", f"申请日期：{ymd(s.contract_date)}", "客户签名：闵嘉禾", ""]
    return "\n".join(two_cols(left, right, 44)) + """

说明：
1. 每月还款额已包含本金及分期利息，每月还款日为首期还款日在各月的对应日。
2. 提前还款的，按剩余本金结清，已还的分期利息不退。
3. 逾期的，按逾期金额每日0.05%收取违约金。
4. 如项目未完成治疗，门诊部退款将优先用于偿还分期。
"""


def n11(s: Spec) -> str:
    r = s.rows[0]
    fw = fullwidth
    return f"""随借随还·支用确认

您的循环额度：{fw('20,000.00')}元（可用额度{fw('20,000.00')}元）
本次支用金额
{fw(money(s.principal))}元
支用日期：{fw(s.contract_date.isoformat())}
约定还款日：{fw(r['date'].isoformat())}（共{fw(str(s.term_days))}天）
日利率：万分之三（{fw('0.03%')}）
按日计息，随借随还，提前还款按实际天数计息
到期应还利息：{fw(money(r['interest'])[:-1])}
{fw(money(r['interest'])[-1:])}元
到期应还本息合计：{fw(money(r['total']))}元
还款方式：到期一次性还本付息
本次支用不收取任何手续费、服务费
借款人：芦思远
贷款人：安禾消费金融有限公司
注：额度有效期内可多次支用，每次支用单独计息。
"""


def n12(s: Spec) -> str:
    return f"""個人消費借款合同

貸款人：鵬城消費金融股份有限公司（註冊地：廣東省深圳市）
借款人：蔡詠恩（身份證號：440304********1628）
簽訂日期：{ymd(s.contract_date)}
簽訂地點：深圳市福田區

借款金額：人民幣伍萬圓整（¥50,000.00）
借款期限：壹拾貳個月，自放款日起算
月利率：0.9%（年利率10.8%，單利）
還款方式：等額本息，共12期
每期還款額：人民幣{money(pay(s))}元
還款日：每月{s.start_date.day}日，首期還款日為{ymd(s.rows[0]['date'])}
放款方式：全額發放至借款人本人帳戶，不預先扣除利息及任何費用

逾期責任：借款人逾期還款的，貸款人按逾期本金每日萬分之五計收罰息。
提前還款：借款人可提前結清，按實際使用天數計息，不收取違約金。
適用法律：本合同適用中華人民共和國法律；爭議由貸款人所在地人民法院管轄。

貸款人（蓋章）：鵬城消費金融股份有限公司
借款人（簽名）：蔡詠恩
"""


def n13(s: Spec) -> str:
    return f"""私人貸款合約（澳門）
合約編號：MFC-2025-0305-117

貸款人：濠江財務有限公司（澳門金融管理局許可之金融機構）
借款人：梁嘉欣（澳門居民身份證號碼：1/2XX XXX/X）

第一條　貸款金額為澳門幣貳拾萬元整（MOP 200,000.00），以本票形式一次過交付借款人。
第二條　貸款期限為36個月，自{ymd(s.start_date)}起計。
第三條　年利率為8.25%，按月以餘額計息。
第四條　借款人須每月等額償還本息澳門幣{money(pay(s))}元，首期還款日為{ymd(s.rows[0]['date'])}，共36期。
第五條　本行不收取手續費；提前清還須支付剩餘本金1%之補償金。
第六條　逾期還款者，逾期款項按年利率12%計算逾期利息。
第七條　本合約受澳門特別行政區法律管轄，雙方同意以澳門初級法院為管轄法院。

簽署日期：{ymd(s.contract_date)}
貸款人：濠江財務有限公司　　借款人：梁嘉欣
"""


def n14(_s: Spec) -> str:
    return """定制家具买卖合同

买方：甘慧敏
卖方：木语家居定制工作室（个体工商户）
签订日期：2025年9月28日

一、标的
卖方为买方定制全屋衣柜、橱柜及书柜，材质、尺寸以附件图纸为准，合同总价人民币46,800.00元。

二、付款方式
1. 合同签订当日，买方支付定金9,360.00元（合同总价的20%）；
2. 卖方完成安装当日，买方支付至合同总价的90%，即32,760.00元；
3. 安装验收合格满三个月后，买方支付尾款4,680.00元（质保金）。
各期款项不计利息。买方迟延付款的，每迟延一日按迟延金额的万分之三支付违约金。

三、交付
卖方应于定金支付后45日内完成安装。卖方迟延交付的，每迟延一日按合同总价的万分之五向买方支付违约金。

四、质保
质保期为五年。质保期内非人为损坏，卖方免费维修或更换。

买方（签字）：甘慧敏
卖方（盖章）：木语家居定制工作室
"""


def n15(_s: Spec) -> str:
    return """收　据

今收到 龚泽宇 交来：
位于杭州市拱墅区××路××号××室住房的租赁押金
人民币（大写）陆仟元整　　¥6,000.00
及2026年1月至3月租金 人民币（大写）壹万贰仟元整　¥12,000.00

押金于租赁期满、房屋及设施验收无损坏且结清水电燃气费用后七日内无息退还。
如承租人提前退租，押金不予退还。

收款人：傅丽华（房东）
收款方式：银行转账
日期：2025年12月26日
"""


def n16(_s: Spec) -> str:
    return """个人信用报告（本人查询版·摘录）
报告编号：2026011509301847xxxx　　查询时间：2026.01.15 09:30:18
被查询者姓名：鲁思齐　　证件类型：身份证　　证件号码：3701**********2019

一、信息概要
信贷交易提示：个人住房贷款 1笔；其他类贷款 2笔；贷记卡账户 3个
未结清贷款：账户数 3　借款总额 1,126,000　余额 861,452　最近6个月平均应还 7,918
未销户贷记卡：发卡机构数 3　授信总额 96,000　已用额度 12,304

二、信贷交易明细
（一）个人住房贷款
账户1：2021年4月12日，某商业银行为其发放的1,000,000元（人民币）个人住房商业贷款，360期，按月归还，2051年4月12日到期。截至2026年1月，余额803,276，当前无逾期。
（二）其他类贷款
账户2：2024年9月3日，某消费金融公司为其发放的96,000元（人民币）个人消费贷款，36期，按月归还。截至2026年1月，余额50,922，当前无逾期。
账户3：2025年11月20日，某网络小额贷款公司为其发放的30,000元（人民币）个人消费贷款，12期，按月归还。截至2026年1月，余额7,254。最近5年内有1个月处于逾期状态（逾期金额2,611）。

三、查询记录
2025年11月18日　某网络小额贷款公司　贷款审批
2025年10月02日　某银行　信用卡审批

说明：本报告仅供本人了解自己的信用状况，请妥善保管。报告不包含利率信息。
"""


def n17(s: Spec) -> str:
    interest = s.rows[0]["interest"]
    return f"""借款息费告知书（签约前请仔细阅读）

问：我这次申请借多少钱？
答：您申请的借款金额为30,000.00元（叁万元整），审批通过后全额放款至您的银行卡。

问：借多久？怎么还？
答：借款期限12个月，按月付息、到期还本：前11个月每月只还利息{money(interest)}元，第12个月归还本金30,000.00元及当月利息{money(interest)}元。

问：利率是多少？
答：月利率1.5%，折合年利率18%（单利）。

问：除了利息还要交什么钱？
答：您需要开通"畅借会员"，会员费{money(fee_of(s))}元，于放款当日从您的银行卡另行扣款，不从借款中扣除。会员有效期12个月，可享受提额、优先审核等权益。

问：综合下来年化成本是多少？
答：含利息与会员费，按内部收益率法折算的年化综合资金成本为{r2(s.cost)}%。

问：逾期了怎么办？
答：逾期后按逾期本金每日0.05%收取罚息，并可能影响您的征信记录。

本告知书仅用于向您说明借款息费，不构成借款合同。您确认借款后，以届时签署的《借款合同》为准。
告知日期：{ymd(s.contract_date)}
出借机构：通和网络小额贷款有限公司
"""


def n18(s: Spec) -> str:
    ins = fee_of(s)
    lines = [f"{r['k']:>2}  {r['date'].isoformat()}  本金{money(r['principal'])}  利息{money(r['interest'])}  保险费{money(r['fees'])}  合计{money(r['total'])}" for r in s.rows]
    return f"""还款试算（非合同，仅供参考）
产品：安家消费贷
借款金额：15,000.00元
借款期限：12期
年利率（单利）：12%
还款方式：等额本金（每月还本金1,250.00元，利息按剩余本金计算）
借款保证保险：保险费按借款金额的每月0.3%收取，即每月{money(ins)}元，随每期还款支付，保险人为华安财产保险股份有限公司
预计放款日：{ymd(s.contract_date)}
含保险费的年化综合成本（IRR）：{r2(s.cost)}%

试算明细：
{chr(10).join(lines)}

以上试算基于预计放款日计算，实际还款计划以放款后生成的《还款计划表》为准。
贷款人：嘉实消费金融有限公司
"""


BOILER_I = [
    "各方确认，本平台仅提供电子签名及存证服务，不参与借贷双方的资金往来，不对借款人的还款能力作任何承诺。",
    "用户在使用本平台服务前，应仔细阅读《平台服务协议》《隐私政策》及《数字证书使用协议》，并对其中加粗条款予以特别注意。",
    "本合同采用可靠电子签名，与手写签名或盖章具有同等法律效力。合同文本及签署过程数据由本平台存证，各方可通过存证编号查验。",
    "任何一方不得利用本平台从事洗钱、非法集资、套现等违法违规活动；一经发现，平台有权终止服务并报告有关部门。",
    "因不可抗力、系统维护、网络故障等原因导致的签署延迟，本平台不承担责任，但应及时通知各方。",
    "各方同意以本合同首部所列手机号码及电子邮箱为送达地址，送达规则适用于本合同履行及争议解决的全部阶段（包括诉讼、仲裁阶段）。",
    "本合同未尽事宜，各方可另行签订补充协议；补充协议与本合同约定不一致的，以补充协议为准，但附件二另有约定的除外。",
    "本合同项下的任何通知、确认均可通过本平台站内信、短信或电子邮件发出，自发出之时起视为送达。",
]


def n19(s: Spec) -> str:
    interest = s.rows[0]["interest"]
    boiler = "\n".join(f"第{i}条 {t}" for i, t in enumerate(BOILER_I, 1))
    return f"""签约宝 电子合同
存证编号：QYB-20251114-99A31C07
标题：借款合同

页眉：签约宝电子签约平台 | 第1页

甲方（出借人）：惠友消费金融有限公司
乙方（借款人）：韦子航

第一部分 通用条款
{boiler}
第9条 借款的金额、期限、利率、还款方式、费用等核心要素以附件二《借款要素表》为准。
第10条 乙方逾期的，按附件二所列罚息标准承担逾期责任，并承担甲方为实现债权支出的合理费用（不包括催收费用）。

页眉：签约宝电子签约平台 | 第2页

附件一：数字证书信息
甲方证书序列号 5C2F-11A9-03B7；乙方证书序列号 7E10-88D2-4C61；签署时间 2025-11-14 10:26:55。

附件二：借款要素表
借款金额｜人民币25,000.00元（贰万伍仟元整）
借款期限｜12个月（{ymd(s.start_date)}至{ymd(s.rows[-1]['date'])}）
还款方式｜每月付息，到期还本
每月利息｜{money(interest)}元（月利率1.5%）
服务费｜{money(fee_of(s))}元，于借款到期日与最后一期本息一并支付
罚息｜逾期本金每日0.05%
签订日期｜{ymd(s.contract_date)}

页脚：本页内容由签约宝平台生成 | 第2页 共2页
"""


def n20(s: Spec) -> str:
    return f"""借款申请及确认单（请在□内打√）

借款人姓名：詹一鸣　　联系电话：150****2267
借款金额：人民币10,000.00元
借款期限：□3个月　□6个月　☑12个月　□24个月
还款方式：□先息后本　☑等额本息　□等额本金　□到期一次还本付息
年利率（单利）：23.99%
每期应还：{money(pay(s))}元（共12期）
会员服务：☑开通"尊享会员"（会员费{money(fee_of(s))}元）　□不开通
会员费支付方式：□单独支付　☑从借款金额中一次性扣除
实际到账金额：{money(s.received)}元
放款日期：{ymd(s.contract_date)}
出借人：万融网络小额贷款有限公司

借款人确认：本人已阅读并理解上述内容，自愿借款。
签名：詹一鸣　　日期：{ymd(s.contract_date)}
"""


def n21(s: Spec) -> str:
    rows = []
    for r in s.rows:
        rows.append(f"{r['k']:<6}{r['date'].isoformat():<14}{money(r['principal']):>12}{money(r['interest']):>12}{money(r['total']):>12}")
    return f"""汽车消费贷款合同（摘要页）
贷款人：骏通汽车金融有限公司
借款人：覃宇航
车辆：××牌 2.0T 豪华型，开票价 168,000.00元
首付款：48,000.00元（由借款人直接支付至经销商）
贷款金额：12万元①
月平息：0.35%（每月利息=贷款金额×月平息）
还款方式：每月等额偿还本金，利息按贷款金额计算（平息法）
GPS服务费：{money(fee_of(s))}元②
签约日期：{ymd(s.contract_date)}

还款计划表
期数  还款日             本金          利息          合计
{chr(10).join(rows)}

① 贷款期限36个月，自放款日起算；贷款金额全额支付至经销商，不扣除任何费用。
② GPS服务费由借款人于放款当日另行支付，不从贷款金额中扣除，不计入每月还款。
逾期罚息：按逾期金额每日万分之五计收。
"""


def n22(s: Spec) -> str:
    interest = s.rows[0]["interest"]
    stated = s.opts["stated_total"]
    return (f"借款协议：出借人凌国栋（身份证号320102********1135）与借款人谢晓峰（身份证号320106********2218）"
            f"经协商一致，于{cn_date(s.contract_date)}在南京市鼓楼区签订本协议，凌国栋同意出借人民币陆万元整（¥60,000.00），"
            f"于签订当日通过银行转账全额交付谢晓峰，谢晓峰用于其子留学学费，借款期限为十二个月，自{cn_date(s.start_date)}起至"
            f"{cn_date(s.rows[-1]['date'])}止，利息按月息八厘计算（即每月利息为本金的0.8%，每月人民币{plain(interest)}元），"
            f"谢晓峰应于每月{s.start_date.day}日前支付当月利息，第十二个月连同本金一并归还，本息合计人民币{daxie(stated)}"
            f"（¥{money(stated)}），谢晓峰如逾期归还本金，应自逾期之日起按年利率百分之十二支付逾期利息，"
            f"如发生争议由借款人住所地人民法院管辖，本协议一式两份，双方各执一份，自双方签字之日起生效。"
            f"出借人：凌国栋　借款人：谢晓峰\n")


# ---------------------------------------------------------------------------------------------
# English renderers: one per document
# ---------------------------------------------------------------------------------------------


def boxes(cells: list[tuple[str, str]], width: int = 22) -> list[str]:
    """Four TILA boxes side by side: a title line, a wrapped explanation, the figure."""
    bar = "+" + "+".join("-" * width for _ in cells) + "+"

    def wrap(t: str) -> list[str]:
        out, cur = [], ""
        for w in t.split():
            if len(cur) + len(w) + 1 > width - 2:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        return out + [cur]

    cols = [wrap(t) for t, _ in cells]
    h = max(len(x) for x in cols)
    lines = [bar]
    for i in range(h):
        lines.append("|" + "|".join(f" {x[i] if i < len(x) else '':<{width - 1}}" for x in cols) + "|")
    lines.append("|" + "|".join(f" {v:^{width - 2}} " for _, v in cells) + "|")
    lines.append(bar)
    return lines


def e01(s: Spec) -> str:
    fc_ = total_repaid(s) - s.principal
    cells = [("ANNUAL PERCENTAGE RATE The cost of your credit as a yearly rate.", "7.49 %"),
             ("FINANCE CHARGE The dollar amount the credit will cost you.", cur(fc_)),
             ("Amount Financed The amount of credit provided to you or on your behalf.", cur(s.principal)),
             ("Total of Payments The amount you will have paid after all payments as scheduled.", cur(total_repaid(s)))]
    return f"""RETAIL INSTALLMENT CONTRACT - SIMPLE FINANCE CHARGE (TEXAS)            Page 1 of 3
Contract No. RT-44817      Date of contract: {long_en(s.contract_date)}
Buyer: Marisol Q. Vega, 2710 Cedar Hollow Dr., Round Rock, TX 78664
Creditor-Seller: Lone Star Auto Plaza, LLC, 900 N. Interstate 35, Round Rock, TX 78681

Vehicle: 2023 Midsize SUV, VIN 5XYP3DHC9PG3XXXXX, odometer 18,412 miles, used.

{chr(10).join(boxes(cells))}
Total Sale Price: the total cost of your purchase on credit, including your down payment of $4,000.00 and trade-in of $2,500.00: {cur(total_repaid(s) + 6500)}

Your Payment Schedule Will Be: 59 monthly payments of {cur(pay(s))} beginning {long_en(s.rows[0]['date'])}, and one final payment of {cur(s.rows[-1]['total'])} on {long_en(s.rows[-1]['date'])}.
Late Charge. If a payment is not received in full within 15 days after it is due, you will pay a late charge of 5% of the scheduled payment.
Prepayment. If you pay off all your debt early, you will not have to pay a penalty.
Security Interest. You are giving a security interest in the vehicle being purchased.

ITEMIZATION OF AMOUNT FINANCED
1. Cash Price of vehicle (including sales tax of $1,531.25)              $24,500.00
2. Total Downpayment
   Trade-in allowance                                 $2,500.00
   Cash downpayment                                   $4,000.00
   Total                                                                 $6,500.00
3. Unpaid Balance of Cash Price (1 minus 2)                              $18,000.00
4. Other Charges Including Amounts Paid to Others on Your Behalf
   Documentary fee (paid to seller)                   $150.00
   Service contract (paid to Guardian Warranty Co.)   $1,200.00
   Total Other Charges                                                   $1,350.00
5. Amount Financed (3 + 4)                                               {cur(s.principal)}

                                                                         Page 2 of 3
OTHER IMPORTANT AGREEMENTS
a. How we will figure the Finance Charge. We will figure the Finance Charge on a daily basis at the Annual Percentage Rate on the unpaid part of the Amount Financed.
b. The service contract is optional. You may cancel it within 60 days for a full refund; it is not required to obtain credit.
c. Default. You will be in default if you fail to pay any payment when due. If you default we may demand that you pay all you owe at once, subject to any right the law gives you to reinstate.
d. Insurance. You must keep the vehicle insured against loss or damage. You may buy this insurance from anyone you choose who is acceptable to us. No credit insurance is required.
e. Assignment. Seller intends to assign this contract to Hill Country Auto Credit Corp.
f. Applicable law. Federal law and Texas law apply to this contract.

NOTICE: ANY HOLDER OF THIS CONSUMER CREDIT CONTRACT IS SUBJECT TO ALL CLAIMS AND DEFENSES WHICH THE DEBTOR COULD ASSERT AGAINST THE SELLER OF GOODS OR SERVICES OBTAINED PURSUANT HERETO OR WITH THE PROCEEDS HEREOF.

Buyer signs: Marisol Q. Vega                 Seller signs: Lone Star Auto Plaza, LLC
                                                                         Page 3 of 3
"""


def e02(s: Spec) -> str:
    fee = fee_of(s)
    return f"""HUDSON RIVER CONSUMER FINANCE, INC.
Licensed Lender, New York State Department of Financial Services, License No. LL-XXXX7
---------------------------------------------------------------
PERSONAL LOAN AGREEMENT                       Account: HR-88204-1
Agreement date: {mdy(s.contract_date)} (month/day/year)
Borrower: Devon P. Okafor, 41-07 Example Ave., Queens, NY 11101

TRUTH IN LENDING DISCLOSURES
Annual Percentage Rate ........ {r2(s.cost)}%
Finance Charge ................ {cur(total_repaid(s) - s.received)}
Amount Financed ............... {cur(s.received)}
Total of Payments ............. {cur(total_repaid(s))}
Payments: 36 monthly payments of {cur(pay(s))} (the last one {cur(s.rows[-1]['total'])}), first due {mdy(s.rows[0]['date'])}.

HOW YOUR LOAN IS FUNDED
Loan amount (principal of this note)            {cur(s.principal)}
Less: origination fee (3% of the loan amount)   -{cur(fee)}
Net proceeds deposited to your account          {cur(s.received)}

1. Interest. Interest accrues on the unpaid principal at a fixed simple rate of 11.50% per year. The origination fee is fully earned at closing, is withheld from the loan proceeds as shown above and is a prepaid finance charge.
2. Late fee. A late fee of $10.00 is charged on any payment more than 15 days late.
3. Prepayment. You may prepay at any time without penalty. The origination fee is not refunded.
4. Your credit limit with us for future loans, if approved, may reach $15,000.00; that limit is not part of this loan.
5. Governing law: New York.

Borrower signature: Devon P. Okafor
"""


def e03(s: Spec) -> str:
    fee = s.rows[0]["fees"]
    return f"""PRAIRIE STATE CASH STORE #114 - DEFERRED DEPOSIT RECEIPT
(all dates below are written day-month-year)

Customer ............ R. Lindqvist
Transaction Date .... {dmy(s.contract_date)}
Due Date ............ {dmy(s.rows[0]['date'])}
Cash Advanced ....... {cur(s.principal)}
Fee ................. {cur(fee)}
Check Amount ........ {cur(s.rows[0]['total'])}  (check no. 2281, held until the Due Date)

We will deposit your check on the Due Date unless you redeem it in cash before then.
Returned check fee: $25.00 (one time).
You may not receive another deferred deposit loan while this one is outstanding.
Illinois Department of Financial and Professional Regulation - Consumer Credit Hotline 1-888-298-8089.
Thank you for visiting! Store hours Mon-Sat 9-7.
"""


def e04(s: Spec) -> str:
    fee = s.rows[0]["fees"]
    return f"""EMPIRE TITLE CASH - MOTOR VEHICLE TITLE LOAN AGREEMENT
Loan Date: {long_en(s.contract_date)}        Maturity Date: {long_en(s.rows[0]['date'])} (30 days)
Borrower: Kenji R. Albright, Syracuse, New York
Vehicle pledged: 2014 Sedan, title no. NY-4471XXXX, appraised at $6,200.00 (the appraisal is not the loan amount)

Amount Financed:      {cur(s.principal)}
Finance Charge:       {cur(fee)}  (25% of the Amount Financed for the 30-day term)
Total of Payments:    {cur(s.rows[0]['total'])}, due in one payment on the Maturity Date
ANNUAL PERCENTAGE RATE: {r2(s.cost)}%

You give us your vehicle title and a spare key. If you do not pay the Total of Payments on the Maturity Date, you may renew by paying the Finance Charge, or we may repossess and sell the vehicle. A repossession fee of $350.00 applies on default.
This loan is made under the laws of the State of New York.
Borrower: Kenji R. Albright
"""


def e05(s: Spec) -> str:
    rows = "\n".join(f"  Payment {r['k'] + 1} of 4   {mdy(r['date'])}   {cur(r['principal'])} + {cur(r['fees'])} fee = {cur(r['total'])}" for r in s.rows)
    return f"""SPLITLY - Your payment plan is confirmed
Order #SP-30917-B at Northwind Outdoor Co.    Order total $240.00
Plan date: {ordinal(s.contract_date)}

Payment 1 of 4 (paid today at checkout)   $60.00
Remaining balance financed by Splitly      {cur(s.principal)}

Upcoming payments (every 2 weeks, autopay from card ending 4417):
{rows}

Installment processing fee: {cur(fee_of(s))} per remaining installment (not charged on today's payment).
Interest: none. Late fee if a payment fails and is not made up within 10 days: $8.00.
Splitly Financial, Inc. makes loans in Illinois under its Consumer Installment Loan Act license.
Questions? help@splitly.example
"""


def e06(s: Spec) -> str:
    interest = s.rows[0]["interest"]
    return f"""PROMISSORY NOTE
(With Warrant of Attorney to Confess Judgment)

$20,000.00                                          Pittsburgh, Pennsylvania
                                                    {ordinal(s.contract_date)}

FOR VALUE RECEIVED, the undersigned, Thomas J. Reiner ("Maker"), promises to pay to the order of his aunt, Margaret A. Reiner ("Holder"), the principal sum of Twenty Thousand Dollars ($20,000.00), with interest on the unpaid principal at the rate of six percent (6%) per annum.

1. Payments. Maker shall pay interest only, in the amount of {cur(interest)} per month, on the {s.start_date.day}th day of each month beginning {long_en(s.rows[0]['date'])}. The entire principal balance, together with the final month's interest, shall be due and payable in a single balloon payment on {long_en(s.rows[-1]['date'])}, twenty-four (24) months after the date of this Note.

2. Prepayment. Maker may prepay this Note in whole or in part at any time without premium.

3. Default. If any payment is not made within fifteen (15) days after it is due, Holder may declare the entire unpaid principal and accrued interest immediately due.

4. CONFESSION OF JUDGMENT. MAKER HEREBY IRREVOCABLY AUTHORIZES AND EMPOWERS ANY ATTORNEY OR THE PROTHONOTARY OR CLERK OF ANY COURT IN THE COMMONWEALTH OF PENNSYLVANIA, OR ELSEWHERE, TO APPEAR FOR MAKER AT ANY TIME AFTER A DEFAULT AND CONFESS JUDGMENT AGAINST MAKER IN FAVOR OF HOLDER FOR THE UNPAID BALANCE OF THIS NOTE, WITH COSTS OF SUIT AND AN ATTORNEY'S COMMISSION OF FIVE PERCENT (5%).

5. Governing Law. This Note is governed by the laws of the Commonwealth of Pennsylvania.

Witness: _______________           Maker: Thomas J. Reiner (SEAL)
"""


def e07(s: Spec) -> str:
    return f"""CORNERSTONE EMPLOYEES CREDIT UNION - LOAN AND SECURITY AGREEMENT
Naperville, Illinois        Date: {mdy(s.contract_date)}
Member: Alicia Brandt-Nowak     Member No. 551-0082

LOAN TYPE:   [ ] Share secured   [X] Signature (unsecured)   [ ] Vehicle   [ ] Line of credit
PAYMENTS:    [ ] Monthly   [ ] Semi-monthly   [X] Bi-weekly (every other Friday)   [ ] Weekly
RATE TYPE:   [X] Fixed   [ ] Variable

Amount of loan:                 {cur(s.principal)}
Annual Percentage Rate:         9.90%
Number of payments:             78
Amount of each payment:         {cur(pay(s))} (final payment {cur(s.rows[-1]['total'])})
First payment date:             {mdy(s.rows[0]['date'])}
Finance Charge:                 {cur(total_interest(s))}
Total of Payments:              {cur(total_repaid(s))}

Fees: [ ] Application fee   [ ] Processing fee   [X] None
Credit insurance: [ ] Single   [ ] Joint   [X] Declined

Your share account balance of $1,250.00 is not pledged for this loan. Late charge: $20.00 if a payment is more than 10 days late.
Member signature: Alicia Brandt-Nowak
"""


def e08(s: Spec) -> str:
    r = s.rows[0]
    fee = fee_of(s)
    return f"""QUIDLY LTD - FIXED-SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974
Agreement date: {uk_date(s.contract_date)}
Borrower: Ms Harriet Oyelaran, Leeds LS6

KEY FINANCIAL INFORMATION
Amount of credit:                      {cur(s.principal, '£')}
Duration of the agreement:             {s.term_days} days, repayable in one instalment on {uk_date(r['date'])}
Interest:                              0.8% of the amount of credit per day, fixed ({cur(r['interest'], '£')} for the whole term)
Same-day transfer fee:                 {cur(fee, '£')}, added to your single repayment
Total amount payable:                  {cur(r['total'], '£')}
Representative APR:                    {plain(r2(s.cost))}%

The same-day transfer fee is charged because you chose to receive the funds within one hour. It is not optional once the funds are sent.
Missing payments: a default fee of £15 may be charged once; interest after default accrues at no more than the rate above.
Right of withdrawal: you may withdraw within 14 days of the agreement by telling us and repaying the credit with interest to that day.
Quidly Ltd is authorised and regulated by the Financial Conduct Authority.
"""


def e09_blocks(s: Spec) -> list:
    rows = [["Payment", "Date", "Amount"]] + [[str(r["k"]), uk_date(r["date"]), cur(r["total"], "£")] for r in s.rows]
    return [
        ("p", "MOTORFUNDS UK LIMITED"),
        ("p", "LOGBOOK LOAN AGREEMENT AND BILL OF SALE (SECURITY BILL)"),
        ("p", "This agreement is regulated by the Consumer Credit Act 1974. The loan is secured by a bill of sale over the vehicle described below, registered at the High Court."),
        ("br", f"Date of agreement: {uk_date(s.contract_date)}", "Borrower: Mr Callum Fairweather, Swansea SA1", "Vehicle: 2017 hatchback, registration CF17 XXX, valued at £6,400"),
        ("tbl", [["Amount of credit", cur(s.principal, "£")], ["Interest rate", "75% a year, fixed, calculated monthly on the balance"],
                 ["Term", "18 months"], ["Monthly repayment", cur(pay(s), "£")], ["Total amount payable", cur(total_repaid(s), "£")],
                 ["APR", f"{r2(s.cost):.1f}%"]]),
        ("p", "No arrangement fee or documentation fee is charged. The bill of sale registration fee is paid by us."),
        ("p", "Repayment schedule"),
        ("tbl", rows),
        ("p", "If you miss payments we may take possession of the vehicle without a court order, subject to the Bills of Sale Acts. You may settle early at any time and receive a rebate under the Consumer Credit (Early Settlement) Regulations 2004."),
        ("p", "Signed by the borrower: C. Fairweather"),
    ]


def e10(s: Spec) -> str:
    return f"""GUARANTOR LOAN AGREEMENT (fixed-sum loan agreement regulated by the Consumer Credit Act 1974)
Lender: Trustline Finance plc          Agreement no. TL-2025-66018
Borrower: Mr Owen Ashdown              Guarantor: Mrs Patricia Ashdown (mother)
Date of agreement: {uk_date(s.contract_date)}

1. FINANCIAL DETAILS
1.1 Amount of credit: {cur(s.principal, '£')}, paid to the Borrower's bank account. (The amount may first be paid to the Guarantor, who must pass it to the Borrower the same day.)
1.2 Duration: 36 months.
1.3 Rate of interest: 34.9% a year, fixed, charged monthly on the outstanding balance.
1.4 Repayments: 36 monthly repayments of {cur(pay(s), '£')} (the last {cur(s.rows[-1]['total'], '£')}), the first one month after the credit is paid.
1.5 Total amount payable: {cur(total_repaid(s), '£')}. Total charge for credit: {cur(total_interest(s), '£')}. No fees are charged.
1.6 APR: {r2(s.cost):.1f}%.

2. THE GUARANTEE
2.1 The Guarantor guarantees every sum the Borrower owes under this agreement. If the Borrower misses a repayment, we will ask the Guarantor to pay it.
2.2 The Guarantor's liability is limited to the total amount payable in clause 1.5 plus any default sums the court allows.

3. MISSED PAYMENTS
A late payment charge of £12 applies each time a repayment is missed, at most twice in any month. Missing payments could make obtaining credit more difficult.

4. RIGHT OF WITHDRAWAL: 14 days from the day after the agreement is made.
5. EARLY SETTLEMENT: you may repay early in full or in part at any time.

Signed: O. Ashdown (Borrower)    P. Ashdown (Guarantor)    for Trustline Finance plc
"""


def e11(s: Spec) -> str:
    return f"""CREDIT CONTRACT - FINANCIAL TABLE
(National Consumer Credit Protection Act 2009 (Cth); Australian Credit Licence 39XXXX)
Credit provider: Southern Cross Mutual Bank Ltd, Brisbane QLD
Debtor: Liam O'Sullivan, Toowoomba QLD 4350
Date of contract: {uk_date(s.contract_date)}

(a) Amount of credit: {cur(s.principal, 'A$')}
(b) Annual percentage rate: 15.95% p.a., fixed for the term
(c) Comparison rate: not applicable to this contract document
(d) Repayments: 48 monthly repayments of {cur(pay(s), 'A$')} (the last {cur(s.rows[-1]['total'], 'A$')}), the first on {uk_date(s.rows[0]['date'])}
(e) Total amount of interest charges: {cur(total_interest(s), 'A$')}
(f) Credit fees and charges: nil
(g) Default rate: 15.95% p.a. plus 3% p.a.

This contract is governed by the law of Queensland. Disputes may be referred to the Australian Financial Complaints Authority (AFCA).
"""


def e12(_s: Spec) -> str:
    return """CLOSED-END MOTOR VEHICLE LEASE AGREEMENT - FEDERAL CONSUMER LEASING ACT DISCLOSURES
Lessor: Harborline Auto Leasing Trust      Lessee: Priya Ramaswamy, Edison, New Jersey
Date of lease: September 9, 2025     Lease term: 36 months

Amount Due at Lease Signing or Delivery: $2,495.00
Monthly Payments: your first monthly payment of $389.00 is due on September 9, 2025, followed by 35 payments of $389.00 due on the 9th of each month. The total of your monthly payments is $14,004.00.
Other Charges: disposition fee (if you do not purchase the vehicle) $395.00.
Total of Payments (the amount you will have paid by the end of the lease): $16,110.00

Itemization of Amount Due at Lease Signing: capitalized cost reduction $1,500.00; first monthly payment $389.00; refundable security deposit $0.00; title and registration fees $211.00; acquisition fee $395.00.
Gross capitalized cost: $34,250.00. Residual value: $21,920.00. Rent charge: $3,174.00. Lease rate (money factor x 2400, not an APR): 5.76.
Purchase Option at End of Lease Term: $21,920.00 plus a purchase option fee of $300.00.
Excessive wear and use: 12,000 miles a year; $0.25 per mile above that.
Early Termination: you may have to pay a substantial charge if you end this lease early.

This is a lease. You do not own the vehicle and you are not borrowing money.
Lessee: Priya Ramaswamy
"""


def e13(_s: Spec) -> str:
    return """GREAT PLAINS COMMUNITY BANK - EVERYDAY CHECKING STATEMENT
Account ending 3307 | Statement period Oct 1, 2025 - Oct 31, 2025 | Page 1 of 2
Ramon E. Castillo, Omaha, NE

Beginning balance                                   $1,842.16
Deposits and other credits                          $4,615.00
Withdrawals and other debits                       -$5,103.47
Ending balance                                      $1,353.69

DATE    DESCRIPTION                                           AMOUNT      BALANCE
10/01   Payroll deposit - Heartland Freight                  2,307.50     4,149.66
10/03   Auto loan payment - GPCB loan 8821 (principal 412.80) -498.35     3,651.31
10/06   Rent - Maple Court Apts                             -1,350.00     2,301.31
10/09   Credit card autopay - min. payment                    -85.00      2,216.31
10/15   Payroll deposit - Heartland Freight                  2,307.50     4,523.81
10/17   Overdraft protection transfer fee                     -12.00      4,511.81
10/21   Personal loan payment - Lakeview Finance (APR 18.9%) -276.12      4,235.69
10/28   Debit card purchases (23)                           -2,870.00     1,365.69
10/31   Monthly maintenance fee                               -12.00      1,353.69

Your auto loan 8821: outstanding principal $17,204.55, rate 6.49%, next payment due 11/03.
Pre-approved! Borrow up to $25,000 at rates from 8.99% APR. Visit a branch.                Page 2 of 2
"""


def e14(_s: Spec) -> str:
    return """PURCHASE ORDER  PO-2025-11873
Buyer: Redwood Dental Group, 1200 Oak St, Sacramento, CA 95814
Vendor: Summit Medical Supply Inc., Reno, NV
Date: 11/18/2025     Ship via: Ground     FOB: Destination

Line  Item                                   Qty   Unit price     Amount
1     Nitrile exam gloves, M (case)           40      $62.50     $2,500.00
2     Autoclave pouches 3.5x9 (box of 200)    25      $18.40       $460.00
3     Composite kit, A2 shade                  6     $215.00     $1,290.00
                                                      Subtotal   $4,250.00
                                                      Tax         $361.25
                                                      Total      $4,611.25

Payment terms: Net 30 from invoice date; 2% discount if paid within 10 days (2/10 net 30).
Past-due invoices bear a late charge of 1.5% per month on the unpaid balance.
Deposit: none required. Credit limit on account: $10,000.00.
Authorized by: Dr. Helen Marsh, Office Manager
"""


def e15(_s: Spec) -> str:
    return """SECURED CARD AGREEMENT - PRICING AND TERMS (Interest Rates and Interest Charges)
Issuer: Beacon Federal Savings Bank       Product: Beacon Build Secured Visa

Annual Percentage Rate (APR) for Purchases ....... 25.49%. This APR will vary with the market based on the Prime Rate.
APR for Cash Advances ............................ not available: this card cannot be used for cash advances
Paying Interest .................................. Your due date is at least 25 days after the close of each billing cycle. We will not charge you interest on purchases if you pay your entire balance by the due date each month.
Minimum Interest Charge .......................... None

Fees
Annual Fee ....................................... None
Security deposit ................................. equal to your credit line, from $200 to $2,500; held in a savings account and returned when the account is closed in good standing
Foreign Transaction Fee .......................... None
Penalty Fees: Late Payment up to $25; Returned Payment up to $25

How we calculate your balance: average daily balance (including new purchases).
This pricing table is part of your Cardholder Agreement, which governs an open-end credit line; no amount is lent to you until you make purchases.
"""


def e16(s: Spec) -> str:
    fee = fee_of(s)
    return f"""MIDWAY LENDING CO. - TRUTH IN LENDING DISCLOSURE (PROVIDED BEFORE YOU SIGN)
THIS IS NOT A CONTRACT. Your loan agreement will repeat these terms if you decide to proceed.
Applicant: Jerome T. Baptiste, Rockford, Illinois      Disclosure date: {long_en(s.contract_date)}

Proposed loan amount: {cur(s.principal)}
Application fee withheld from proceeds: {cur(fee)}
Amount Financed: {cur(s.received)}
Interest rate: 29.5% simple, monthly payments
ANNUAL PERCENTAGE RATE: {r2(s.cost)}%
FINANCE CHARGE: {cur(total_repaid(s) - s.received)}
Total of Payments: {cur(total_repaid(s))}
Payment schedule: 12 monthly payments of {cur(pay(s))} (final {cur(s.rows[-1]['total'])}), the first one month after funding.

This offer is good for 10 days. Midway Lending Co. is licensed under the Illinois Consumer Installment Loan Act. Our maximum loan is $4,000.00.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of the solvers; asserted in check_expectations):
# * zh-n08: 30,000 x 8% x 6/12 = 1,200; one payment of 31,200 after six months;
#   (31,200 / 30,000 - 1) / (6/12) = 0.04 / 0.5 = 8.00%; 8% <= 4 x LPR 3.10% (2024-10-21 fixing) = 12.4%.
# * zh-n11: 6,000 x 0.03% x 45 = 6,000 x 0.0003 = 1.80 a day x 45 = 81.00; 81 / 6,000 = 1.35% over
#   45 days; 1.35% x 365 / 45 = 10.95% (= 0.03% x 365).
# * en-n03: Nov 6 -> Nov 27 = 21 days; 60 / 400 = 0.15; 0.15 x 365 / 21 = 54.75 / 21 = 2.607143
#   -> 260.71% > 36% (Illinois PLPA).
# * en-n04: 375 / 1,500 = 0.25 over 30 days; 0.25 x 365 / 30 = 3.041667 -> 304.17% > 25% (New York
#   criminal usury).
# * zh-n02: 50,000 x 0.65% = 325.00 a period; 24 x 325 = 7,800 of fees; 50,000 / 24 = 2,083.33,
#   the last 50,000 - 23 x 2,083.33 = 2,083.41.
# * zh-n10: 9,600 x 0.8% = 76.80 a month + 800 principal = 876.80; 12 x 876.80 = 10,521.60, so the
#   count 12 follows from total / instalment.
# * en-n08: 400 x 0.8% x 35 = 112 interest + 20 transfer fee = 132 of charges; 132 / 400 / 35
#   = 0.9429% of the credit a day > 0.8% (CONC 5A).


def specs() -> list[Spec]:
    cf, mf = "consumer_finance", "microloan"
    mem = ["membership", "service", "other"]
    gps = ["service", "other", "handling"]
    return [
        c("zh-n01-cfc-articles-annex-schedule-fee-on-date", n01, principal=D(30000), method="equal_installment", n=24,
          term_months=24, rate_value=D("17.28"),
          fees=[Dated("账户管理费", ["management", "service", "other"], "on_date", amount=D(300), period=3)],
          contract_date=date(2025, 9, 16), start_date=date(2025, 9, 16), lender_type=cf,
          notes=["签订日期 2025.9.16; the 80,000 credit line and the 10,000 worked example are not this loan",
                 "the 300 account fee is due on a stated calendar date, the 3rd due date (2025-12-16)"]),
        c("zh-n02-card-cash-instalment-tabs-fee-rate-per-period", n02, principal=D(50000), method="equal_principal",
          method_accept=["flat_rate", "equal_installment"], n=24, term_months=24,
          fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.65"))],
          contract_date=date(2025, 10, 9), start_date=date(2025, 10, 9), lender_type="bank",
          notes=["5万元 = 50000; no interest: 0.65% x 50000 = 325 fee each period on the original principal",
                 "no interest, so the level readings (equal principal, flat, annuity at 0%) give the same flows"]),
        c("zh-n03-leaseback-car-rents-only-gps-fee", n03, "pdf", principal=D(80000), method="equal_installment",
          method_accept=["flat_rate"], n=36, term_months=36, rate_value=D("11.5"),
          fees=[Fee("GPS定位装置安装及服务费", gps, "at_disbursement", amount=D(1500))],
          contract_date=date(2025, 8, 22), start_date=date(2025, 8, 22), lender_type="leasing",
          opts={"no_rate_compare": True},
          notes=["a sale-and-leaseback (售后回租) that is a loan in substance: 80000 paid to the lessee, 36 level rents back",
                 "no rate and no method are written: the rents are those of an annuity at 11.5% (the rate is not compared)",
                 "the 125,000 appraisal is not the principal; the GPS fee is paid apart on the signing day"]),
        c("zh-n04-zhudai-tripartite-guarantee-fee-by-reference", n04, principal=D(20000), method="equal_installment",
          n=12, term_months=12, rate_value=D("10.8"),
          fees=[Fee("担保费", ["guarantee"], "per_period", percent=D("0.5"))], lender="临川农商行（助贷）",
          contract_date=date(2025, 10, 20), start_date=date(2025, 10, 20), lender_type="bank",
          notes=["二〇二五年十月二十日; the guarantee fee (0.5% x 20000 = 100 a month) is set in a separate agreement quoted in 第三条",
                 "a 助贷 loan after 2025-10-01 whose all-in cost stays under 24%"]),
        c("zh-n05-mortgage-business-loan-lpr-50bp-wanyuan", n05, principal=D(1000000), method="interest_only", n=36,
          term_months=36, lpr_spread_bp=50, contract_date=date(2025, 6, 12), start_date=date(2025, 6, 12),
          lender_type="bank", purpose="business",
          notes=["100万元 = 1000000 (150万元 is the credit line, 260万元 the collateral); LPR 3.00% + 50bp = 3.50%",
                 "a business-purpose loan: outside consumer-loan rules but still a loan; 3.5% breaks no line"]),
        c("zh-n06-app-loan-detail-vertical-list", n06, "html", principal=D(8000), method="equal_installment", n=6,
          term_months=6, rate_value=D("0.04"), rate_per="day", contract_date=date(2026, 1, 18),
          start_date=date(2026, 1, 18), lender_type=mf,
          notes=["labels and values on separate lines; 0.04% x 365 = 14.6%; 50,000 is the credit limit, not the loan"]),
        c("zh-n07-overdue-notice-figures", n07, **OTHER,
          notes=["an overdue notice quoting an existing loan's arrears: not a loan contract or disclosure"]),
        c("zh-n08-iou-handwritten-daxie-bullet-cn-dates", n08, principal=D(30000), method="bullet", freq="single", n=1,
          term_months=6, rate_value=D(8), contract_date=date(2025, 4, 8), start_date=date(2025, 4, 8),
          lender_type="individual",
          notes=["叁万元整 = 30000; 二〇二五年四月八日 to 二〇二五年十月八日; 30000 x 8% x 0.5 = 1200; 叁万壹仟贰佰元整 = 31200",
                 "the 伍仟元 of an earlier, repaid loan is not this loan"]),
        c("zh-n09-training-loan-fee-with-third-instalment-year-elsewhere", n09, principal=D(18000),
          method="equal_installment", n=12, term_months=12, rate_value=D("9.6"),
          fees=[Dated("分期服务费", ANY_SERVICE, "on_date", amount=D(540), period=3)],
          contract_date=date(2025, 7, 1), start_date=date(2025, 7, 1), lender_type=cf,
          notes=["the year (2025) is only in the title; 签约日期 7月1日",
                 "course 19,800 less 1,800 paid by the student = 18,000 lent; the 540 fee rides on the 3rd instalment"]),
        c("zh-n10-dental-instalment-two-columns-total-only", n10, principal=D(9600), method="flat_rate",
          method_accept=["equal_installment"], n=12, term_months=12, rate_value=D("0.8"), rate_per="month",
          contract_date=date(2025, 11, 30), start_date=date(2025, 11, 30), lender_type=cf,
          opts={"no_rate_compare": True},
          notes=["no rate, count or method written: 10,521.60 / 876.80 = 12 monthly instalments (first and last dates agree)",
                 "876.80 = 800 principal + 76.80 (0.8% of 9,600): level payments, so flat and annuity readings give the same flows",
                 "12,600 price and 3,000 deposit are not the principal"]),
        c("zh-n11-revolving-draw-45-days-fullwidth-split-figures", n11, principal=D(6000), method="bullet",
          freq="single", n=1, term_days=45, rate_value=D("0.03"), rate_per="day", contract_date=date(2026, 2, 3),
          start_date=date(2026, 2, 3), lender_type=cf,
          notes=["万分之三 a day; 6000 x 0.03% x 45 = 81.00; full-width digits; 20,000 is the revolving limit"]),
        c("zh-n12-traditional-shenzhen-monthly-rate", n12, principal=D(50000), method="equal_installment", n=12,
          term_months=12, rate_value=D("0.9"), rate_per="month", contract_date=date(2025, 5, 26),
          start_date=date(2025, 5, 26), lender_type=cf,
          notes=["伍萬圓整 = 50000 RMB; a Shenzhen company under PRC law written in 繁體: in scope; 0.9% x 12 = 10.8%"]),
        c("zh-n13-macau-finance-company-mop", n13, principal=D(200000), method="equal_installment", n=36, term_months=36,
          rate_value=D("8.25"), currency="MOP", jurisdiction="MO", apr_method=None, contract_date=date(2025, 3, 5),
          start_date=date(2025, 3, 5), lender_type="licensed_nonbank",
          notes=["澳門幣貳拾萬元 = 200000 MOP; Macau law and the Macau court: out of scope of the bundled rules"]),
        c("zh-n14-custom-furniture-sale-staged-payment", n14, **OTHER,
          notes=["a sale of goods paid in three stages without interest: not a loan"]),
        c("zh-n15-rent-deposit-receipt", n15, **OTHER, notes=["a receipt for a rent deposit and rent: not a loan"]),
        c("zh-n16-credit-report-excerpt", n16, **OTHER,
          notes=["a personal credit report listing several loans and their balances: not a loan document"]),
        c("zh-n17-cost-notice-qa-interest-first-membership-on-payout", n17, kind="loan_disclosure", principal=D(30000),
          method="interest_only", n=12, term_months=12, rate_value=D("1.5"), rate_per="month",
          fees=[Fee("会员费", mem, "at_disbursement", amount=D(299))], contract_date=date(2026, 2, 9),
          start_date=date(2026, 2, 9), lender_type=mf,
          notes=["a pre-contract cost notice; 30000 x 1.5% = 450 interest a month; the 299 fee is charged apart on the payout day"]),
        c("zh-n18-trial-calculation-equal-principal-insurance-monthly", n18, kind="loan_disclosure",
          principal=D(15000), method="equal_principal", n=12, term_months=12, rate_value=D(12),
          fees=[Fee("借款保证保险费", ["insurance"], "per_period", percent=D("0.3"))], contract_date=date(2026, 1, 12),
          start_date=date(2026, 1, 12), lender_type=cf,
          notes=["a trial calculation, not a contract; 0.3% x 15000 = 45 premium each month on the original amount"]),
        c("zh-n19-esign-platform-annex-interest-first-fee-at-maturity", n19, principal=D(25000),
          method="interest_only", n=12, term_months=12, rate_value=D("1.5"), rate_per="month",
          fees=[Fee("服务费", ANY_SERVICE, "at_maturity", amount=D(1500))], contract_date=date(2025, 11, 14),
          start_date=date(2025, 11, 14), lender_type=cf,
          notes=["the money terms are only in 附件二 after eight boilerplate articles; 375 interest a month; 1500 with the last payment"]),
        c("zh-n20-checkbox-membership-deducted", n20, principal=D(10000), method="equal_installment", n=12,
          term_months=12, rate_value=D("23.99"), fees=[Fee("会员费", mem, "upfront_deducted", amount=D(599))],
          contract_date=date(2025, 12, 22), start_date=date(2025, 12, 22), lender_type=mf,
          notes=["☑ 等额本息 among □ options; the 599 membership fee is ticked to be taken from the principal: 9401 received"]),
        c("zh-n21-auto-flat-rate-space-schedule-footnote-term", n21, "pdf", principal=D(120000), method="flat_rate",
          n=36, term_months=36, rate_value=D("0.35"), rate_per="month",
          fees=[Fee("GPS服务费", gps, "at_disbursement", amount=D(1800))], contract_date=date(2025, 7, 30),
          start_date=date(2025, 7, 30), lender_type="auto_finance",
          notes=["12万元 = 120000; 月平息0.35% = 420 a month on the original amount; the term is only in footnote ①",
                 "168,000 invoice price and 48,000 down payment are not the principal; the GPS fee is paid apart on the payout day"]),
        c("zh-n22-private-loan-paragraph-8li-total-contradicts", n22, principal=D(60000), method="interest_only", n=12,
          term_months=12, rate_value=D("0.8"), rate_per="month", contract_date=date(2025, 8, 3),
          start_date=date(2025, 8, 3), lender_type="individual",
          opts={"stated_total": D(66760), "inconsistency": True},
          notes=["月息八厘 = 0.8% a month = 9.6% a year <= 4 x LPR 3.00% = 12%; 480 interest a month",
                 "the stated 本息合计 66,760 is 1,000 above 60,000 + 12 x 480 = 65,760: an inconsistency"]),
        # ------------------------------------------------------------------ English
        c("en-n01-texas-auto-risc-til-boxes-itemization", e01, "pdf", **USD, principal=D(19350),
          method="equal_installment", n=60, term_months=60, rate_value=D("7.49"), jurisdiction="US-TX",
          contract_date=date(2025, 11, 14), start_date=date(2025, 11, 14), lender_type="dealer",
          opts={"no_rate_compare": True},
          notes=["only an APR is written (the finance charge is figured at the APR; no separate interest rate)","Amount Financed 18,000 unpaid cash price + 150 doc fee + 1,200 service contract = 19,350 (no prepaid finance charge)",
                 "cash price, down payment, trade-in and total sale price are not the principal; Texas caps are not in the reference"]),
        c("en-n02-new-york-personal-loan-origination-withheld", e02, **USD, principal=D(6000),
          method="equal_installment", n=36, term_months=36, rate_value=D("11.5"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", percent=D(3))], jurisdiction="US-NY",
          contract_date=date(2025, 10, 3), start_date=date(2025, 10, 3), lender_type="licensed_nonbank",
          notes=["3% x 6000 = 180 withheld: 5820 paid out; the 15,000 future limit is not this loan"]),
        c("en-n03-illinois-deferred-deposit-two-dmy-dates", e03, **USD, principal=D(400), method="bullet",
          freq="single", n=1, term_days=21, fees=[Fee("fee", ["other"], "at_maturity", amount=D(60))],
          jurisdiction="US-IL", contract_date=date(2025, 11, 6), start_date=date(2025, 11, 6),
          lender_type="licensed_nonbank", disclose_apr=False, opts={"no_fee_compare": True},
          notes=["dates written day-month-year as the receipt says: 06-11-2025 -> 27-11-2025 = 21 days; no APR printed"]),
        c("en-n04-new-york-title-loan-30-days", e04, **USD, principal=D(1500), method="bullet", freq="single", n=1,
          term_days=30, fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(375))], jurisdiction="US-NY",
          contract_date=date(2025, 9, 12), start_date=date(2025, 9, 12), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["25% for 30 days; the 6,200 appraisal is not the loan"]),
        c("en-n05-illinois-pay-in-4-fee-per-installment", e05, **USD, principal=D(180), method="equal_installment",
          freq="biweek", n=3, rate_value=D(0),
          fees=[Fee("installment processing fee", ["service", "handling", "other"], "per_period", amount=D("2.50"))],
          jurisdiction="US-IL", contract_date=date(2025, 11, 28), start_date=date(2025, 11, 28), lender_type="licensed_nonbank",
          disclose_apr=False,
          notes=["240 order - 60 paid at checkout = 180 financed; 3 payments of 60 + 2.50 every two weeks",
                 "the fee on 180 over six weeks lifts the APR above Illinois' 36% (MAPR counts such fees)"]),
        c("en-n06-pennsylvania-cognovit-family-note-interest-only-balloon", e06, **USD, principal=D(20000),
          method="interest_only", n=24, term_months=24, rate_value=D(6), jurisdiction="US-PA",
          contract_date=date(2025, 3, 5), start_date=date(2025, 3, 5), lender_type="individual", disclose_apr=False,
          notes=["March 5th, 2025; 20000 x 6% / 12 = 100 a month; the 24th payment carries the 20,000 balloon",
                 "Pennsylvania usury law is not in the reference: no verdict"]),
        c("en-n07-illinois-credit-union-biweekly-checkbox", e07, **USD, principal=D(7800), method="equal_installment",
          freq="biweek", n=78, term_months=36, rate_value=D("9.9"), jurisdiction="US-IL",
          contract_date=date(2025, 10, 24), start_date=date(2025, 10, 24), lender_type="credit_union",
          opts={"no_rate_compare": True},
          notes=["only an APR is written (no separate interest rate)","[X] Bi-weekly: 78 payments at 9.9% / 26 a fortnight; the 1,250 share balance is not pledged nor lent"]),
        c("en-n08-uk-short-term-transfer-fee-breaks-daily-cap", e08, **GBP, principal=D(400), method="bullet",
          freq="single", n=1, term_days=35, rate_value=D("0.8"), rate_per="day",
          fees=[Fee("Same-day transfer fee", ["other", "service", "handling"], "at_maturity", amount=D(20))],
          contract_date=date(2025, 12, 1), start_date=date(2025, 12, 1), lender_type="licensed_nonbank",
          opts={"default_fee": 15},
          notes=["0.8% a day is at the cap by itself; the compulsory 20 transfer fee takes the charges above 0.8% a day"]),
        c("en-n09-docx-uk-logbook-loan-bill-of-sale", e09_blocks, "docx", **GBP, principal=D(2000),
          method="equal_installment", n=18, term_months=18, rate_value=D(75), contract_date=date(2025, 10, 20),
          start_date=date(2025, 10, 20), lender_type="licensed_nonbank",
          notes=["a bill-of-sale loan over 18 months: outside the HCSTC cap (more than 12 months, and bill-of-sale loans are excluded)",
                 "75% nominal on the balance, monthly; the 6,400 vehicle value is not the loan"]),
        c("en-n10-uk-guarantor-loan-apr", e10, **GBP, principal=D(5000), method="equal_installment", n=36,
          term_months=36, rate_value=D("34.9"), contract_date=date(2025, 12, 5), start_date=date(2025, 12, 5),
          lender_type="licensed_nonbank", notes=["a guarantor loan: 36 months, no UK price cap applies"]),
        c("en-n11-australian-credit-contract-out-of-scope", e11, lang="en", currency="AUD", apr_method=None,
          principal=D(12000), method="equal_installment", n=48, term_months=48, rate_value=D("15.95"),
          jurisdiction="AU", contract_date=date(2025, 11, 17), start_date=date(2025, 11, 17), lender_type="bank",
          notes=["an Australian credit contract: no bundled ruleset covers it; terms are still read"]),
        c("en-n12-closed-end-vehicle-lease", e12, lang="en", currency="USD", **OTHER,
          notes=["a consumer lease with Consumer Leasing Act disclosures: not a loan"]),
        c("en-n13-checking-account-statement", e13, lang="en", currency="USD", **OTHER,
          notes=["a bank statement listing loan payments: not a loan document"]),
        c("en-n14-purchase-order-net-30", e14, lang="en", currency="USD", **OTHER,
          notes=["a business purchase order with trade terms: not a loan"]),
        c("en-n15-secured-card-pricing-table", e15, lang="en", currency="USD", kind="loan_disclosure", principal=None,
          apr_method=None, verdict=None,
          verdict_reason="an open-end card's pricing table: no advance or schedule to judge",
          notes=["decided: a credit disclosure (the account-opening pricing table of an open-end card), not a contract for a sum",
                 "no amount is lent, so there is no principal, schedule or cost; late and returned-payment fees are default charges"]),
        c("en-n16-illinois-til-disclosure-before-signing", e16, **USD, kind="loan_disclosure", principal=D(2500),
          method="equal_installment", n=12, term_months=12, rate_value=D("29.5"),
          fees=[Fee("Application fee", ["application", "origination", "other"], "upfront_deducted", amount=D(50))],
          jurisdiction="US-IL", contract_date=date(2026, 1, 26), start_date=date(2026, 1, 26),
          lender_type="licensed_nonbank",
          notes=["a pre-signing disclosure ('THIS IS NOT A CONTRACT'); 50 withheld: 2450 financed; 4,000 is the lender's maximum"]),
    ]


def selftest() -> None:
    fch.selftest()
    pboc = ridders_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = ridders_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    assert daxie(D(30000)) == "叁万元整" and daxie(D(31200)) == "叁万壹仟贰佰元整" and daxie(D(66760)) == "陆万陆仟柒佰陆拾元整"
    assert cn_date(date(2025, 4, 8)) == "二〇二五年四月八日" and dmy(date(2025, 3, 5)) == "05-03-2025"
    assert ordinal(date(2025, 3, 5)) == "March 5th, 2025" and ordinal(date(2025, 3, 22)) == "March 22nd, 2025"


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above specs(), asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    z08 = by["zh-n08"]
    assert z08.rows[0]["total"] == D(31200) and abs(z08.cost - 8) < D("1e-9") and fc.legal_verdict(z08)[0] is False
    assert (z08.rows[0]["date"] - z08.start_date).days == 183
    z11 = by["zh-n11"]
    assert z11.rows[0]["interest"] == D(81) and abs(z11.cost - D("10.95")) < D("1e-9"), z11.cost
    e03 = by["en-n03"]
    assert (e03.rows[0]["date"] - e03.start_date).days == 21 and abs(e03.cost - D("260.7143")) < D("0.001"), e03.cost
    e04 = by["en-n04"]
    assert abs(e04.cost - D("304.1667")) < D("0.001") and fc.legal_verdict(e04)[0] is True, e04.cost
    z02 = by["zh-n02"]
    assert z02.rows[0]["fees"] == D(325) and z02.rows[-1]["principal"] == D("2083.41") and total_repaid(z02) == D(57800)
    z10 = by["zh-n10"]
    assert z10.payment == D("876.80") and total_repaid(z10) == D("10521.60") and total_repaid(z10) / z10.payment == 12
    e08 = by["en-n08"]
    charges = e08.rows[0]["interest"] + e08.rows[0]["fees"]
    assert charges == D(132) and charges / 400 / 35 * 100 > D("0.8") and fc.legal_verdict(e08)[0] is True
    z22 = by["zh-n22"]
    assert total_repaid(z22) == D(65760) != z22.opts["stated_total"]
    assert by["zh-n01"].rows[2]["date"] == date(2025, 12, 16) and by["zh-n09"].rows[2]["fees"] == D(540)
    assert by["zh-n05"].rate_value == D("3.50") and by["zh-n20"].received == D(9401)
    for s in all_specs:
        legal = fc.legal_verdict(s)[0]
        if s.kind != "other" and s.principal is not None and s.jurisdiction in ("CN", "US-IL", "US-NY", "GB"):
            assert legal is not None or s.lender_type == "microloan", (s.name, "undecided verdict")


def main() -> int:
    """batch C's writer over this batch's specs, with batch E's arithmetic and expected form."""
    selftest()
    computed: list[Spec] = []

    def compute(s: Spec) -> None:
        fce.compute_e(s)
        fcg.own_check(s)
        fch.halving_check(s)
        ridders_check(s)
        computed.append(s)

    for name, value in {"specs": specs, "compute": compute, "expected": fce.expected_e, "__doc__": __doc__}.items():
        setattr(fcc, name, value)
    rc = fcc.main()
    check_expectations(computed)
    return rc


if __name__ == "__main__":
    sys.exit(main())
