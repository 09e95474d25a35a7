#!/usr/bin/env python3
"""Held-out batch H of the fresh phrasing corpus (tests/fresh/{zh,en}/*-m*): 22 Chinese and 16
English documents written for issue 13 without reading the extractors, the rulesets, the locales
or the contract texts of batches A-G, to measure whether the work on batches A-G (`*-f*` ... `*-l*`)
generalises.

    python3 scripts/fresh_corpus_h.py            # (re)write tests/fresh/{zh,en}/*-m* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_h.py --check    # recompute and diff the files against the committed ones

Parameters, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py; the
HTML / DOCX / PDF writers those of scripts/fresh_corpus_c.py; the LPR table and the Newton
cross-check those of scripts/fresh_corpus_d.py; the fee on a stated date (`Dated`), the secant
solver and the `inconsistency` key those of scripts/fresh_corpus_e.py; the regula-falsi solver of
scripts/fresh_corpus_g.py. All are imported, none is copied. This batch adds a fifth solver
(`halving_rate`: plain interval halving on exact fractions, no decimals) and asserts that it agrees
with the others on every multi-payment cost.

The TEXTS are new, one renderer per document. Chinese: an SMS loan confirmation with a daily rate;
a credit-card bill-instalment page that never states the count (only instalment and total); 砍头息
in 第X条 articles; a bank's interest-first loan told in key/value lines with an insurance premium
paid on the payout day; an equal-principal schedule with a service-fee column (PDF); an LPR + 120 bp
bank loan in 万元 (PDF); a flat-rate loan as questions and answers; a hand-written 借条 paying
interest every quarter in 大写 with 二〇二五年 dates; a car loan form (☑/□) whose GPS fee falls on
a stated date; a training loan whose fee is paid with the 6th instalment; a revolving draw for 30
days in full-width digits at 万分之五; a cosmetic-treatment instalment plan in two columns with
only instalment x count; a 繁體 Guangzhou equal-principal contract at 月利率; a Hong Kong money
lender (out of scope); a 欠条 for goods, a civil judgment quoting a loan and an insurance policy
(non-loans); a pre-contract 息费告知书 with a guarantee fee in percent and a trial-calculation page
(disclosures); an e-signature contract whose figures sit in an annex after long boilerplate; a
private loan at 月息2分 told in one paragraph; and a repayment plan whose footnoted total
contradicts its instalments. English: an Illinois note with a vertical TIL list and itemization; a
payday receipt with only the funding and presentment dates; a title loan paying interest monthly
with a final balloon; a BNPL monthly plan with an account fee (HTML); a share-secured credit-union
note (PDF); a California family note repaid in one payment after 18 months; a New York family note
with a balloon, told as an email; a UK high-cost short-term loan within every cap (PDF); a UK SECCI
with a fee paid on drawdown (DOCX, a pre-contract disclosure); a New Zealand contract (out of scope); a sublease, a limited
guaranty, a social-media advertisement and a wage-garnishment order (non-loans); an Illinois
pre-approval (disclosure); and an Illinois note whose stated total contradicts its payments.

Changed after the first measurement (said here in full): en-m09 first called itself both
"pre-contract credit information" and a part of the signed agreement, which no real SECCI is; it
now says it is given before signing, and its expected kind is a disclosure. Figures untouched.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs()` and
are asserted in `check_expectations`. Needs Python >= 3.11 and, for the PDFs, reportlab +
WenQuanYi Micro Hei.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402  (imports fresh_corpus_d, which installs its LPR table)
import fresh_corpus_g as fcg  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, first, kv_div, page, table_html, words  # noqa: E402
from fresh_corpus_e import ANY_SERVICE, OTHER, USD, Dated, balloon_payment  # noqa: E402
from fresh_corpus_f import GBP, pad  # noqa: E402
from fresh_corpus_g import cn_day, due, fee_of, two_cols  # noqa: E402

date = dt.date


# ---------------------------------------------------------------------------------------------
# This batch's own solver (a fifth one): interval halving on exact fractions
# ---------------------------------------------------------------------------------------------


def halving_rate(advance: Fraction, payments: list[Fraction]) -> Fraction:
    """Periodic i in [0, 4] with advance = sum p_k (1+i)^-k, by 70 halvings in exact fractions
    (interval below 4e-21); the present value falls as i rises."""
    def pv(i: Fraction) -> Fraction:
        v, acc, f = 1 / (1 + i), Fraction(0), Fraction(1)
        for p in payments:
            f *= v
            acc += p * f
        return acc

    lo, hi = Fraction(0), Fraction(4)
    for _ in range(70):
        mid = (lo + hi) / 2
        mid = Fraction(round(mid * 10**24), 10**24)
        if pv(mid) > advance:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def halving_check(s: Spec) -> None:
    if s.cost is None or len(s.rows) < 2:
        return
    i = halving_rate(Fraction(s.net_received), [Fraction(r["total"]) for r in s.rows])
    ppy = fc.PPY[s.freq]
    other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(Fraction(s.cost) - other) < Fraction(1, 10**6), (s.name, float(s.cost), float(other))


def long_single(s: Spec) -> bool:
    return s.apr_method == "us-regz" and s.freq == "single" and (s.term_months or 0) > 12


def long_single_check(s: Spec) -> None:
    """Reg Z App. J (b)(4)(iii), one payment after 12 < m < 24 months: (1 + f i)(1 + i) = paid / received
    with f = (m - 12) / 12, a quadratic f i^2 + (1 + f) i + 1 - ratio = 0, solved in closed form."""
    assert 12 < s.term_months < 24, s.name
    f = D(s.term_months - 12) / 12
    ratio = s.rows[0]["total"] / s.net_received
    b = 1 + f
    i = (-b + (b * b - 4 * f * (1 - ratio)).sqrt()) / (2 * f)
    assert abs(s.cost - i * 100) < D("1e-6"), (s.name, s.cost, i * 100)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def pay(s: Spec) -> Decimal:
    return s.rows[0]["total"]


def cn_ymd_dash(d: dt.date) -> str:
    return d.strftime("%Y-%m-%d")


def dots(label: str, value: str, width: int = 46) -> str:
    """A label with dot leaders to a value: `Amount Financed ........ $1,900.00`."""
    return f"{label} {'.' * max(3, width - len(label))} {value}"


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def m01(s: Spec) -> str:
    """An SMS confirming a loan already paid out; daily rate; equal instalments."""
    return f"""【瑞丰消费金融】尊敬的周女士：您于{ymd(s.contract_date)}签署的《个人借款合同》（编号RF{s.contract_date:%Y%m%d}7781）已生效，借款本金{money(s.principal)}元已发放至您尾号3321的储蓄卡。借款期限{s.term_months}个月，还款方式为等额本息，共{s.n}期，每月{s.start_date.day}日还款，每期应还{money(pay(s))}元，首期还款日{ymd(due(s, 1))}。借款日利率{plain(s.rate_value)}%，折合年化利率{plain(fc.annual_rate(s))}%（单利）。本次借款无其他任何费用。本短信内容与合同约定一致，合同全文请在APP“我的-借款记录”中查看。如非本人操作请致电95xxx。拒收请回复R
"""


def m02(s: Spec) -> str:
    """A bank app's bill-instalment page: instalment and total only; the count is never written."""
    total = total_repaid(s)
    f = s.fees[0]
    return f"""9:41                                   4G ▮▮▮
<  账单分期详情

已办理
分期本金            ¥{money(s.principal)}
每期应还            ¥{money(pay(s))}
  其中 本金         ¥{money(s.rows[0]['principal'])}
       {f.name}     ¥{money(f.amount)}
应还总额            ¥{money(total)}
还款方式            每月随信用卡账单自动扣还
首期入账            {ymd(due(s, 1))}账单
末期入账            {ymd(due(s, s.n))}账单
办理日期            {cn_ymd_dash(s.contract_date)}
办理渠道            手机银行
提前结清            剩余本金一次还清，已入账手续费不退

本页为您与我行签订的信用卡账单分期协议的电子凭证。
发卡行：临港银行股份有限公司信用卡中心
"""


def m03(s: Spec) -> str:
    """砍头息: the platform fee is taken from the principal before payout; 第X条 articles."""
    f = s.fees[0]
    return f"""借款协议

协议编号：JY-{s.contract_date:%Y%m%d}-00592
甲方（出借人）：云梯网络小额贷款有限公司
乙方（借款人）：马晓东
丙方（居间服务方）：快借通信息服务有限公司

第一条  借款本金为人民币{money(s.principal)}元（大写：{daxie(s.principal)}）。
第二条  借款期限为{s.term_months}个月，自甲方放款之日起算。放款日为{ymd(s.start_date)}。
第三条  借款月利率为{plain(s.rate_value)}%，乙方按等额本息方式分{s.n}期归还本息，每期应还{money(pay(s))}元，还款日为每月{s.start_date.day}日。
第四条  丙方为本次借款提供信息撮合与风险评估服务，乙方应向丙方支付{f.name}{money(f.amount)}元。该笔费用由甲方在放款时从借款本金中直接扣除并代丙方收取，乙方实际到账金额为{money(s.received)}元，乙方对此无异议。
第五条  乙方的还款义务按第一条所载借款本金计算，不因第四条的扣除而减少。
第六条  乙方逾期的，应按逾期本金每日万分之五支付逾期利息。
第七条  本协议经各方以电子签名方式签署后生效。

签署日期：{ymd(s.contract_date)}
"""


def m04(s: Spec) -> str:
    """A bank's interest-first loan in key/value lines with dashes; insurance paid on the payout day."""
    f = s.fees[0]
    return f"""个人消费贷款借款合同（要素页）
——借款人：何振宇
——贷款人：东江农村商业银行股份有限公司西湖支行
——贷款金额：{fc.wan(s.principal)}
——贷款期限：{s.term_months}个月（{ymd(s.start_date)}至{ymd(due(s, s.n))}）
——贷款年利率：{plain(s.rate_value)}%（固定利率）
——结息及还本：按月结息，每月{s.start_date.day}日为结息日，借款人于结息日支付当月利息{money(s.rows[0]['interest'])}元；贷款本金于到期日一次性偿还
——{f.name}：{money(f.amount)}元，由借款人于放款当日另行一次性缴纳，不从贷款金额中扣除
——贷款发放方式：全额划入借款人在贷款人处开立的结算账户
——其他费用：无
——合同签订日：{ymd(s.contract_date)}
借款人已逐项阅读上述要素并签字确认，本要素页与合同条款具有同等效力。
"""


def m05(s: Spec) -> str:
    """Equal principal; a printed schedule with a service-fee column, ` | ` separated (PDF)."""
    f = s.fees[0]
    lines = [f"期次 | 应还日期 | 应还本金 | 应还利息 | {f.name} | 本期合计"]
    for r in s.rows:
        lines.append(f"{r['k']} | {cn_ymd_dash(r['date'])} | {money(r['principal'])} | {money(r['interest'])} | {money(f.amount)} | {money(r['total'])}")
    table = "\n".join(lines)
    return f"""嘉信消费金融有限公司  借款合同附件二：还款计划表（本附件为合同组成部分，随合同签署生效）

合同编号：JX-XF-{s.contract_date:%Y}-118204      借款人：宋佳琪
借款本金：{money(s.principal)}元      借款年利率：{plain(s.rate_value)}%      放款日：{ymd(s.start_date)}
还款方式：等额本金（每期归还相同本金，利息按剩余本金计算）      期数：{s.n}期
{f.name}：每期{money(f.amount)}元，与当期本息一并扣收

{table}

说明：如遇节假日，还款日不顺延。借款人签字：宋佳琪    日期：{ymd(s.contract_date)}
"""


def m06(s: Spec) -> str:
    """A bank consumer loan at LPR + 120 bp in 万元, 第X条 (PDF)."""
    lpr = fc.lpr_on(s.contract_date)
    return f"""个人消费贷款合同

贷款人：南岭银行股份有限公司滨江支行
借款人：严子墨

第一条  贷款金额
贷款金额为人民币{fc.wan(s.principal)}（¥{money(s.principal)}），用于购买家具家电及房屋装修。

第二条  贷款期限
贷款期限为{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(due(s, s.n))}止。

第三条  贷款利率
本合同项下贷款利率为浮动利率，以贷款发放日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）为定价基准，加{s.lpr_spread_bp}个基点（1个基点为0.01%）。本合同签订时适用的一年期LPR为{plain(lpr)}%，据此贷款执行年利率为{plain(s.rate_value)}%。每年1月1日按当时的LPR调整一次。

第四条  还款方式
采用等额本息还款方式，按月还款，共{s.n}期，还款日为每月{s.start_date.day}日。按签约时的执行利率计算，每期还款额为{money(pay(s))}元。

第五条  费用
贷款人不向借款人收取本合同项下的任何手续费、管理费或服务费。

第六条  逾期
借款人未按期还款的，对逾期本金自逾期之日起在执行利率基础上加收50%计收罚息。

签订日期：{ymd(s.contract_date)}
"""


def m07(s: Spec) -> str:
    """A flat-rate loan explained as questions and answers."""
    i = s.rows[0]["interest"]
    p = s.rows[0]["principal"]
    return f"""【快易分期】借款常见问题（本问答为《借款服务协议》第三部分，与协议同时签署生效）

问：我这次借了多少钱？
答：借款本金{money(s.principal)}元，已于{ymd(s.start_date)}全额发放到您的银行卡，未扣除任何费用。

问：要还多久？怎么还？
答：借款期限{s.term_months}个月，按月等额还款，共{s.n}期，每月{s.start_date.day}日扣款。

问：利息怎么算？
答：按月平息计算：月利率{plain(s.rate_value)}%，按初始借款本金计息，每期利息 = {money(s.principal)} × {plain(s.rate_value)}% = {money(i)}元，每期利息固定不变，不因已还本金而减少。

问：每期还多少？
答：每期本金{money(p)}元 + 利息{money(i)}元 = {money(p + i)}元。

问：还有别的费用吗？
答：没有。

出借人：青禾小额贷款有限公司    借款人：沈一鸣    协议签署日：{ymd(s.contract_date)}
"""


def m08(s: Spec) -> str:
    """A hand-written 借条: 大写 amounts, interest every quarter, Chinese-numeral dates."""
    q = s.rows[0]["interest"]
    return f"""借  条

今借到

赵海生（身份证号码：4401**********2317）

人民币{daxie(s.principal)}（￥{plain(s.principal)}元），

约定年利率百分之{fc.cn_small(int(s.rate_value))}，

每三个月付息一次，每次付利息{daxie(q)}，

第一次付息日为{cn_date(due(s, 1))}，

本金于{cn_date(due(s, s.n))}连同最后一期利息一并还清。

借款当日以银行转账方式全额收到，无任何扣减。

此据

借款人：钱立新（按手印）

{cn_date(s.contract_date)}
"""


def m09(s: Spec) -> str:
    """A car-loan form with ☑/□ and a GPS fee due on a stated calendar date."""
    f = s.fees[0]
    paid = due(s, f.period)
    return f"""汽车消费贷款申请及合同确认表

借款人：冯晓蕾        车辆：2025款 纯电SUV 长续航版
贷款机构：远途汽车金融有限公司

融资金额：{daxie(s.principal)}（{money(s.principal)}元）
贷款期限：□12个月  □24个月  ☑{s.term_months}个月  □48个月
还款方式：☑等额本息  □等额本金  □先息后本  □气球贷
贷款年利率：{plain(s.rate_value)}%
月还款额：{money(pay(s))}元，每月{s.start_date.day}日
车辆定位：☑安装GPS定位设备
{f.name}：{money(f.amount)}元，借款人须于{ymd(paid)}一次性支付，不计入融资金额
车辆保险：□由贷款机构代办  ☑借款人自行投保

放款日期：{ymd(s.start_date)}
签署日期：{ymd(s.contract_date)}（借款人已在本表签字，本表为借款合同的组成部分）
"""


def m10(s: Spec) -> str:
    """A training loan with no interest; its service fee is paid with the 6th instalment."""
    f = s.fees[0]
    return f"""==============================
  职业技能培训分期 · 借款确认单
==============================
学员（借款人）：程雨桐
培训机构：智匠数字技能学校（收款方）
资金方：明川消费金融有限公司

【借款信息】
借款金额：{money(s.principal)}元（由资金方直接支付给培训机构）
分期期数：{s.n}期，按月还款
每期应还本金：{money(s.rows[0]['principal'])}元
利息：本借款不收取利息

【费用】
{f.name}：{money(f.amount)}元，仅收取一次，随第{f.period}期还款一并扣收（第{f.period}期应还合计{money(s.rows[f.period - 1]['total'])}元），其余各期不收取

【日期】
放款日：{ymd(s.start_date)}
首期还款日：{ymd(due(s, 1))}，此后每月同日
确认日期：{ymd(s.contract_date)}

学员已阅读并签署《培训分期借款合同》，本确认单与合同一并生效。
"""


def m11(s: Spec) -> str:
    """A revolving draw for a fixed number of days; everything in full-width digits."""
    interest = s.rows[0]["interest"]
    body = f"""借款详情

借款金额：{money(s.principal)}元
借款日期：{cn_ymd_dash(s.start_date)}
到期日期：{cn_ymd_dash(due(s, 1))}（共{s.term_days}天）
日利率：万分之五（按日计息，随借随还）
还款方式：到期一次性还本付息
到期应还利息：{money(interest)}元
到期应还总额：{money(s.principal + interest)}元
服务费：０元
合同：《循环额度借款合同》已签署（{cn_ymd_dash(s.contract_date)}）
出借方：星桥消费金融股份有限公司
"""
    return fullwidth(body)


def m12(s: Spec) -> str:
    """A cosmetic-treatment instalment plan in two columns: instalment x count only."""
    left = ["【分期付款单】", "客户：叶可欣", f"项目金额：{money(s.principal)}元", "首付：0元",
            f"分期数：{s.n}期", f"每期还款：{money(pay(s))}元", f"还款日：每月{s.start_date.day}日"]
    right = ["【机构信息】", "门诊：悦颜医疗美容门诊部", "资金方：华信消费金融有限公司",
             f"放款日：{ymd(s.start_date)}", f"首期：{ymd(due(s, 1))}", f"签约：{ymd(s.contract_date)}",
             "客户已签署分期借款合同"]
    return "\n".join(two_cols(left, right, 36)) + "\n"


def m13(s: Spec) -> str:
    """繁體 text of a mainland (Guangzhou) consumer-finance contract; equal principal at a monthly rate."""
    return f"""個人消費借款合同

貸款人：穗城消費金融有限公司（住所：廣州市天河區）
借款人：陳思遠
（一）借款金額：人民幣{daxie(s.principal, trad=True)}（¥{money(s.principal)}）
（二）借款期限：{s.term_months}個月，自{ymd(s.start_date)}放款之日起算
（三）借款利率：月利率{plain(s.rate_value)}%
（四）還款方式：等額本金，每月{s.start_date.day}日償還本金{money(s.rows[0]['principal'])}元及按剩餘本金計算的利息，首期應還{money(pay(s))}元
（五）費用：本合同項下不收取任何服務費、手續費
（六）爭議解決：向貸款人住所地人民法院起訴，適用中華人民共和國法律
簽訂日期：{ymd(s.contract_date)}
"""


def m14(s: Spec) -> str:
    """A Hong Kong money lender's agreement (out of scope of the bundled rules)."""
    return f"""放債人貸款協議

放債人：港灣財務有限公司（放債人牌照號碼：1234/2025）
借款人：黃志強（香港身份證號碼：A123***(*)）

貸款本金：港幣{money(s.principal)}元（HK${money(s.principal)}）
年利率：{plain(s.rate_value)}%（按每月未償還本金計息）
還款期數：{s.n}期，每月一期
每期還款額：港幣{money(pay(s))}元
首次還款日：{due(s, 1).year}年{due(s, 1).month}月{due(s, 1).day}日
本協議受香港特別行政區法律管轄，並符合《放債人條例》（第163章）的規定。
簽署日期：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日
"""


def m15(s: Spec) -> str:
    """A 欠条 for building materials already delivered: a debt for goods, not a loan."""
    return """欠  条

今欠到鸿达建材经营部水泥、钢筋等货款共计人民币叁万陆仟伍佰元整（￥36,500.00元）。
上述货物已于2025年8月全部送达工地并验收。
本人承诺于2025年12月31日前付清全部货款，逾期按未付货款每日万分之三支付违约金。

欠款人：孙建平
二〇二五年九月二日
"""


def m16(s: Spec) -> str:
    """A civil judgment that quotes a loan: a court document, not a loan contract."""
    return """浙江省杭州市西湖区人民法院
民 事 判 决 书
（2025）浙0106民初12345号

原告：林某某。
被告：吴某某。

原告诉称：2024年3月1日，被告向原告借款100,000元，约定年利率10%，借期一年。借款到期后被告仅归还本金20,000元。
本院查明：原告于2024年3月1日通过银行转账向被告支付100,000元，双方约定年利率10%，借款期限自2024年3月1日至2025年2月28日。
本院认为：双方之间的民间借贷关系合法有效。约定利率未超过合同成立时一年期贷款市场报价利率四倍，本院予以支持。
判决如下：
一、被告吴某某于本判决生效之日起十日内归还原告林某某借款本金80,000元；
二、被告吴某某支付原告林某某利息10,000元；
三、驳回原告的其他诉讼请求。
案件受理费1,950元，由被告负担。
审判员  郑某
二〇二五年六月二十日
"""


def m17(s: Spec) -> str:
    """An insurance policy whose premium is paid in instalments: not a loan."""
    return """安康人寿保险股份有限公司
个人重大疾病保险 保险单

保险单号：AK2025110300871
投保人：邓丽华        被保险人：邓丽华
保险金额：人民币300,000元
保险期间：20年，自2025年11月3日零时起
年交保险费：人民币6,480元
交费方式：年交，可选择按月分12次交付，每月540元，不收取任何分期费用
交费期间：20年
首期保险费已于2025年11月3日交付。
犹豫期：自收到保险单之日起15日内。
签发日期：2025年11月3日
"""


def m18(s: Spec) -> str:
    """A pre-contract disclosure of interest and fees; the guarantee fee is a percent of principal."""
    f = s.fees[0]
    return f"""借款息费告知书（签约前告知，本告知书不构成借款合同）

尊敬的客户：在您确认借款前，我们依规向您告知本笔借款的全部息费：
一、借款金额：{money(s.principal)}元
二、借款期限：{s.term_months}个月，共{s.n}期
三、还款方式：等额本金
四、借款利率：月利率{plain(s.rate_value)}%
五、{f.name}：由合作融资担保公司收取，每期按借款本金的{plain(f.percent)}%计收，即每期{money(fee_of(s))}元，随每期本息一并支付
六、综合年化成本：以上利息及费用合计折算的年化利率（IRR）约为{r2(s.cost)}%
七、首期应还：{money(pay(s))}元（本金{money(s.rows[0]['principal'])}元，利息{money(s.rows[0]['interest'])}元，{f.name}{money(fee_of(s))}元）
八、预计放款日：{ymd(s.start_date)}

贷款机构：恒远消费金融有限公司        告知日期：{ymd(s.contract_date)}
您可以选择不借款。如确认借款，请在下一页阅读并签署借款合同。
"""


def m19(s: Spec) -> str:
    """An app's trial calculation before the borrower confirms: interest-first at a daily rate."""
    i = s.rows[0]["interest"]
    lines = [f"第{r['k']}期  {cn_ymd_dash(r['date'])}  应还 {money(r['total'])}" for r in s.rows]
    body = "\n".join(lines)
    return f"""借款试算（仅供参考，以最终签署的合同为准）

借多少：{money(s.principal)}元
借多久：{s.term_months}个月
怎么还：先息后本（每月付息，到期还本）
日利率：{plain(s.rate_value)}%（年化利率{plain(fc.annual_rate(s))}%，单利）
每月利息：{money(i)}元
还款计划：
{body}
试算日期：{ymd(s.contract_date)}    预计放款日：{ymd(s.start_date)}
资金方：锦程小额贷款有限公司
[ 下一步：阅读并签署合同 ]
"""


BOILER = [
    "1.1 本合同通过电子签名平台签署。各方确认，电子签名与手写签名或盖章具有同等法律效力。",
    "1.2 借款人授权平台调用其实名认证信息，仅用于本次签约的身份核验。",
    "1.3 本合同所称“工作日”指中国法定工作日；所称“以上”“以下”包含本数。",
    "2.1 借款人承诺借款用途合法，不得用于购房、投资股票、理财产品或其他非消费领域。",
    "2.2 借款人应如实提供个人信息，信息变更的应在五个工作日内通知贷款人。",
    "3.1 贷款人有权在借款人违约时宣布借款提前到期。",
    "3.2 借款人可提前还款，提前还款的按实际使用天数计息，不收取违约金。",
    "4.1 因本合同引起的争议，由贷款人住所地人民法院管辖。",
    "4.2 本合同未尽事宜，依照《中华人民共和国民法典》处理。",
    "5.1 本合同的借款金额、期限、利率、费用及还款安排见附件一《借款要素表》，附件一为本合同不可分割的组成部分。",
]


def m20(s: Spec) -> str:
    """An e-signature platform contract: long boilerplate, the money terms in Annex 1."""
    f = s.fees[0]
    annex = f"""附件一  借款要素表
借款本金 | 人民币{money(s.principal)}元
借款期限 | {s.term_months}个月
借款年利率 | {plain(s.rate_value)}%
还款方式 | 等额本息，每月{s.start_date.day}日
每期还款额 | {money(pay(s))}元
{f.name} | {money(f.amount)}元，由借款人于放款当日向担保人另行支付，借款本金全额发放
放款日 | {ymd(s.start_date)}
担保人 | 安信融资担保有限公司"""
    return ("电子借款合同（合同编号：EQ-2025-0918-66120）\n签约平台：云签宝电子签约服务平台\n"
            "贷款人：北辰消费金融有限公司\n借款人：邵明轩\n\n" + "\n".join(BOILER) + "\n\n" + annex
            + f"\n\n电子签名时间：{s.contract_date:%Y-%m-%d} 10:42:17（借款人）  {s.contract_date:%Y-%m-%d} 10:42:20（贷款人）\n")


def m21(s: Spec) -> str:
    """A private loan at 月息2分, interest monthly, principal at the end, in one paragraph."""
    i = s.rows[0]["interest"]
    return f"""借款协议：出借人郭永强与借款人潘立军经友好协商，就借款事宜达成如下约定，借款人因资金周转需要向出借人借款人民币{money(s.principal)}元（{daxie(s.principal)}），出借人已于{ymd(s.start_date)}通过微信转账将上述款项全额支付给借款人，借款期限为{s.term_months}个月，双方约定利息按月息2分计算，借款人应于每月{s.start_date.day}日前向出借人支付当月利息{money(i)}元，借款到期时即{ymd(due(s, s.n))}借款人一次性归还全部本金，如借款人逾期还款则应按未还金额每日千分之一支付违约金，本协议一式两份，双方各执一份，自双方签字之日起生效。出借人：郭永强，借款人：潘立军，签订日期：{ymd(s.contract_date)}。
"""


def m22(s: Spec) -> str:
    """A repayment plan with footnotes; the footnoted total contradicts instalment x count."""
    stated = s.opts["stated_total"]
    return f"""白鹭小额贷款有限公司 借款合同·还款安排（本页为已签署借款合同的组成部分）

借款人：许晨阳
借款本金：{money(s.principal)}元
年利率：{plain(s.rate_value)}%
还款方式：等额本息①
每期还款：{money(pay(s))}元
还款日：每月{s.start_date.day}日，首期{ymd(due(s, 1))}
本金全额发放，无服务费、手续费等其他费用。
还款总额：{money(stated)}元②
放款及签约日期：{ymd(s.contract_date)}

——————
① 共分{s.n}期，借款期限{s.term_months}个月。
② 含全部本金及利息。
"""


# ---------------------------------------------------------------------------------------------
# English renderers: one per document
# ---------------------------------------------------------------------------------------------


def e01(s: Spec) -> str:
    """Illinois instalment note: a vertical Truth-in-Lending list with dot leaders and itemization."""
    f = s.fees[0]
    fin = total_repaid(s) - s.received
    return f"""PRAIRIE STATE CONSUMER LOANS, INC.  (Illinois Consumer Installment Lender License No. CI.0417)
CONSUMER INSTALLMENT LOAN AGREEMENT AND DISCLOSURE STATEMENT
Borrower: Dana K. Whitfield, 118 Elm Row, Peoria, IL 61602        Date of Agreement: {mdy(s.contract_date)}

FEDERAL TRUTH-IN-LENDING DISCLOSURES
{dots("ANNUAL PERCENTAGE RATE (the cost of your credit as a yearly rate)", f"{r2(s.cost)}%", 70)}
{dots("FINANCE CHARGE (the dollar amount the credit will cost you)", cur(fin), 70)}
{dots("Amount Financed (the amount of credit provided to you)", cur(s.received), 70)}
{dots("Total of Payments (what you will have paid after all payments)", cur(total_repaid(s)), 70)}
Payment schedule: {s.n} monthly payments of {cur(pay(s))}, the first due {mdy(due(s, 1))}, then on the same day of each month
(the last payment may differ slightly: {cur(s.rows[-1]['total'])}).

ITEMIZATION OF THE AMOUNT FINANCED
{dots("Principal amount of this note", cur(s.principal))}
{dots("Less: prepaid finance charge (" + f.name + ")", cur(f.amount))}
{dots("Amount paid to you directly", cur(s.received))}

PROMISE TO PAY. I promise to pay the principal amount of {cur(s.principal)} with simple interest on the unpaid
principal at the contract rate of {plain(s.rate_value)}% per year. The {f.name} is earned when the loan is made and is
deducted from the loan proceeds. Late charge: $15.00 if a payment is more than 15 days late.
"""


def e02(s: Spec) -> str:
    """A payday receipt: the funding date and the presentment date, no term written."""
    f = s.fees[0]
    return f"""QUICKBRIDGE CASH ADVANCE  -  Store #214, 900 W. Lake St, Aurora IL
DEFERRED DEPOSIT TRANSACTION RECEIPT AND AGREEMENT

Customer ............ Marcus T. Bell
Check No. ........... 5521 (drawn on First Midwest, payable to QuickBridge)
Cash given to you ... {cur(s.principal)}
Fee ................. {cur(f.amount)}
Check amount ........ {cur(s.principal + f.amount)}

Date funds advanced:                {mdy(s.start_date)}
Date we will deposit your check:    {mdy(due(s, 1))}

ANNUAL PERCENTAGE RATE: {r2(s.cost)}%     FINANCE CHARGE: {cur(f.amount)}
AMOUNT FINANCED: {cur(s.principal)}        TOTAL OF PAYMENTS: {cur(s.principal + f.amount)}

You may redeem your check with cash before the deposit date. You agree to the terms above. Signed {mdy(s.contract_date)}.
"""


def e03(s: Spec) -> str:
    """A title loan: interest each month, the principal with the last payment; payment coupons."""
    coupons = "\n".join(f"  Coupon {r['k']}   due {mdy(r['date'])}   amount {cur(r['total'])}" for r in s.rows)
    return f"""MOTOR VEHICLE TITLE LOAN AGREEMENT
Lender: Lincoln Auto Equity Loans LLC, Springfield, Illinois     Agreement date: {long_en(s.contract_date)}
Borrower: Keisha R. Monroe      Vehicle: 2016 Honda Accord, VIN 1HGCR2F3XGA******

Amount of the loan: {cur(s.principal)}, paid to you in cash today.
Interest: {plain(s.rate_value)}% per month on the amount of the loan. You pay the interest each month and the whole
amount of the loan together with the last month's interest.
Term: {s.term_months} months.  No other fees are charged.

TRUTH IN LENDING: ANNUAL PERCENTAGE RATE {r2(s.cost)}%  |  FINANCE CHARGE {cur(total_interest(s))}  |
AMOUNT FINANCED {cur(s.principal)}  |  TOTAL OF PAYMENTS {cur(total_repaid(s))}

PAYMENT COUPONS (detach and bring one with each payment)
{coupons}

We hold the certificate of title to your vehicle until the loan is repaid.
"""


def e04(s: Spec) -> str:
    """A BNPL monthly plan with an account fee each month, as a checkout page (HTML)."""
    f = s.fees[0]
    rows = [["Payment", "Date", "Amount"]] + [[str(r["k"]), mdy(r["date"]), cur(r["total"])] for r in s.rows]
    body = f"""<h2>Order confirmed - your payment plan</h2>
{kv_div([("Order total", cur(s.principal)), ("Due today", "$0.00"), ("Plan", f"{s.n} monthly payments"),
         ("Interest rate", "0.00%"), (f.name, f"{cur(f.amount)} with each payment"),
         ("Each payment", cur(pay(s))), ("Total you will pay", cur(total_repaid(s))),
         ("APR", f"{r2(s.cost)}%")])}
{table_html(rows)}
<p>Your loan was made today by Lakeview Bank of Illinois under the Installment Credit Agreement you accepted
on {mdy(s.contract_date)}; this page is your copy of its payment terms. The merchant has been paid the order total.</p>
<button>Done</button>"""
    return page("Checkout - SplitEasy", body, False, "window.__cfg={apr:'0%',promo:'Pay in 4 on orders under $300'};")


def e05(s: Spec) -> str:
    """A share-secured credit-union note with [X] boxes (PDF)."""
    return f"""LAKESHORE TEACHERS CREDIT UNION - Chicago, Illinois
SHARE-SECURED LOAN NOTE                                      Note date: {mdy(s.contract_date)}
Member: Priya Natarajan            Member no. 448120

[X] Share-secured   [ ] Unsecured signature   [ ] Vehicle

1. Loan. The credit union lends me {cur(s.principal)} (the "principal"), deposited to my share draft
   account on {mdy(s.start_date)}. There is no fee of any kind.
2. Interest. Fixed simple interest of {plain(s.rate_value)}% per year on the unpaid principal.
3. Payments. {s.n} equal monthly payments of {cur(pay(s))}, starting {mdy(due(s, 1))};
   the final payment is {cur(s.rows[-1]['total'])}.
4. Security. $5,000.00 of my savings share is pledged and frozen until the loan is repaid.

   ANNUAL PERCENTAGE RATE {r2(s.cost)}%    FINANCE CHARGE {cur(total_interest(s))}
   AMOUNT FINANCED {cur(s.principal)}       TOTAL OF PAYMENTS {cur(total_repaid(s))}

Signed: Priya Natarajan
"""


def e06(s: Spec) -> str:
    """A California family note repaid in one payment after 18 months; amounts in words."""
    total = total_repaid(s)
    return f"""PROMISE TO REPAY

I, Tomas Alvarez, received from my aunt, Lucia Ortega, {words(int(s.principal))} Dollars
({cur(s.principal)}) on {long_en(s.start_date)}, in San Jose, California.

I will repay it with simple interest at {plain(s.rate_value)} percent a year, all at once, eighteen
months later, on {long_en(due(s, 1))}. On that day I will pay {words(int(total))} Dollars
({cur(total)}): the {cur(s.principal)} plus {cur(total_interest(s))} of interest. Nothing is due before then.

There are no other charges. If I pay early, interest stops on the day I pay.

Signed on {long_en(s.contract_date)}:  Tomas Alvarez          Lender: Lucia Ortega
"""


def e07(s: Spec) -> str:
    """A New York family loan with a balloon, told as an email both signed."""
    last = s.rows[-1]["total"]
    return f"""From: Daniel Kim <dkim@example.net>
To: Grace Kim <gkim@example.net>
Date: {long_en(s.contract_date)}
Subject: Our loan - final terms (signed copy attached)

Grace,

As we agreed, here are the terms of the loan, which we both signed this morning in Albany, NY:

- I am lending you {cur(s.principal)}; I sent it by wire on {long_en(s.start_date)}.
- Interest is {plain(s.rate_value)}% a year, figured monthly on what you still owe.
- You pay {cur(pay(s))} on the 1st of every month for {s.n} months, starting {long_en(due(s, 1))}.
- Those payments do not pay it all off: with the {s.n}th payment you also pay the balloon, so that last
  payment is {cur(last)}.
- No fees, and you can pay it off early at any time.

Love, Dan
"""


def e08(s: Spec) -> str:
    """UK high-cost short-term credit within every cap: key-information headings (PDF)."""
    charges = total_repaid(s) - s.principal
    return f"""FERNLEY CREDIT LTD - authorised and regulated by the Financial Conduct Authority (FRN 700123)
FIXED-SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974

Parties: Fernley Credit Ltd (lender) and Owen Pritchard, 4 Bridge Street, Cardiff (borrower)
Date of agreement: {uk_date(s.contract_date)}

KEY FINANCIAL INFORMATION
Amount of credit ............ {cur(s.principal, '£')}, paid to your account on {uk_date(s.start_date)}
Duration .................... {s.term_months} months
Repayments .................. {s.n} monthly repayments of {cur(pay(s), '£')} (final one {cur(s.rows[-1]['total'], '£')}),
                              the first on {uk_date(due(s, 1))}
Interest .................... {plain(s.rate_value)}% per month, fixed, charged on the reducing balance
Total charge for credit ..... {cur(charges, '£')}
Total amount payable ........ {cur(total_repaid(s), '£')}
APR ......................... {r2(s.cost):.1f}%

There are no fees for setting up this loan.
Missed payments: a single default fee of £15.00; interest after default at no more than the rate above.
Cost cap: you will never pay more in charges than the amount you borrowed.
"""


def e09_blocks(s: Spec) -> list:
    """A UK SECCI (pre-contract information) as a Word file; an arrangement fee paid on drawdown (DOCX)."""
    f = s.fees[0]
    return [
        ("p", "STANDARD EUROPEAN CONSUMER CREDIT INFORMATION / PRE-CONTRACT CREDIT INFORMATION"),
        ("p", "(Consumer Credit Act 1974 - given to you before you decide whether to sign a credit agreement)"),
        ("p", "1. Contact details"),
        ("tbl", [["Creditor", "Harbourline Finance plc, 20 Quay Road, Bristol"], ["Debtor", "Imogen Shaw"]]),
        ("p", "2. Key features of the credit product"),
        ("tbl", [["The type of credit", "Fixed-sum unsecured personal loan"],
                 ["The total amount of credit", cur(s.principal, "£")],
                 ["The duration of the credit agreement", f"{s.term_months} months from {uk_date(s.start_date)}"],
                 ["Repayments", f"{s.n} monthly repayments of {cur(pay(s), '£')}; the last {cur(s.rows[-1]['total'], '£')}"],
                 ["The total amount you will have to pay", cur(total_repaid(s) + f.amount, "£")]]),
        ("p", "3. Costs of the credit"),
        ("tbl", [["The rate of interest", f"{plain(s.rate_value)}% a year, fixed"],
                 ["Annual percentage rate of charge (APR)", f"{r2(s.cost):.1f}%"],
                 [f"{f.name}", f"{cur(f.amount, '£')}, payable by you on the day the credit is drawn down; "
                  "it is not deducted from the credit"],
                 ["Missing payments", "£12.00 for each missed payment"]]),
        ("p", f"Provided to the prospective debtor on {uk_date(s.contract_date)}. No agreement exists until both parties sign one."),
    ]


def e10(s: Spec) -> str:
    """A New Zealand consumer credit contract (out of scope of the bundled rules)."""
    return f"""KOWHAI MONEY LIMITED - CONSUMER CREDIT CONTRACT
Disclosure under the Credit Contracts and Consumer Finance Act 2003 (New Zealand)

Borrower: Hemi Walker, Hamilton                 Contract date: {uk_date(s.contract_date)}
Initial unpaid balance: NZ${money(s.principal)} (advanced on {uk_date(s.start_date)})
Annual interest rate: {plain(s.rate_value)}% fixed
Payments: {s.n} monthly payments of NZ${money(pay(s))}, first payment {uk_date(due(s, 1))}
Total of payments: NZ${money(total_repaid(s))}
Fees: none
This contract is governed by the laws of New Zealand. Disputes: Financial Services Complaints Ltd.
"""


def e11(s: Spec) -> str:
    return """OFFICE SUBLEASE AGREEMENT

Sublandlord: Brightway Design LLC          Subtenant: North Fork Analytics Inc.
Premises: Suite 410, 75 Commerce Plaza, Columbus, Ohio (approx. 1,850 sq ft)
Term: twenty-four months, from January 1, 2026 to December 31, 2027.
Base rent: $3,700.00 per month, payable in advance on the first day of each month.
Security deposit: $7,400.00, held by the Sublandlord and returned within 30 days after the term ends.
Late payment: rent not received by the 5th of the month bears a late charge of 5% of the overdue rent.
The master lease dated March 3, 2021 remains in force; the Subtenant takes the premises subject to it.
Signed November 20, 2025.
"""


def e12(s: Spec) -> str:
    return """LIMITED GUARANTY

In consideration of Evergreen Auto Credit ("Creditor") extending a vehicle loan of $18,500.00 to
Jordan Reyes ("Borrower") on November 14, 2025, I, Maria Reyes, guarantee payment of the Borrower's
obligations under that loan, up to a maximum of $5,000.00 plus the Creditor's reasonable costs of
collecting from me.

I receive no money or property under this guaranty. The Creditor must first demand payment from the
Borrower before demanding payment from me. This guaranty ends when the Borrower's loan is paid in full.

Guarantor: Maria Reyes      Date: November 14, 2025
"""


def e13(s: Spec) -> str:
    return """@SwiftFundsOfficial  ·  Sponsored

Need cash before payday? 💸 Borrow $500 to $5,000 in minutes!
✅ Rates from 9.95% APR*  ✅ No hidden fees  ✅ Bad credit OK
Example: borrow $2,000 over 24 months at 19.99% APR = 24 payments of $101.78.

*APR range 9.95%-35.99%. Loans made by Coastal Community Bank, Member FDIC. Not available in all states.
Apply now 👉 swiftfunds.example/apply    #loans #cash #fastmoney
"""


def e14(s: Spec) -> str:
    return """IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
MUNICIPAL DEPARTMENT, FIRST DISTRICT

Harbor Recovery LLC, Plaintiff/Judgment Creditor,
v.                                                              Case No. 2025-M1-014422
Leon Carter, Defendant/Judgment Debtor,
Acme Logistics Inc., Employer/Garnishee.

WAGE DEDUCTION ORDER

Judgment was entered for the Plaintiff on August 12, 2025 in the amount of $4,812.36, plus costs of
$388.00, on a defaulted consumer loan. The balance due is $5,200.36.
IT IS ORDERED that the Employer shall deduct from the Judgment Debtor's wages the lesser of 15% of
gross wages or the amount by which disposable earnings exceed 45 times the state minimum hourly wage,
and pay it to the Plaintiff until the balance is paid.

ENTERED: October 30, 2025                                        Judge No. 1923
"""


def e15(s: Spec) -> str:
    """An Illinois pre-approval offer (a disclosure, not a contract); the fee is a percent."""
    f = s.fees[0]
    return f"""Your pre-approved loan offer from Meridian Lending (Illinois license CI.0933)
This is an offer, not a loan agreement. Nothing is owed unless you accept and sign the loan agreement.

Offer date: {mdy(s.contract_date)}      Offer expires in 30 days

  Loan amount ................ {cur(s.principal)}
  Origination fee ............ {plain(f.percent)}% of the loan amount ({cur(fee_of(s))}), taken from the loan amount
  You would receive .......... {cur(s.received)}
  Interest rate .............. {plain(s.rate_value)}% fixed
  Term ....................... {s.term_months} months
  Monthly payment ............ {cur(pay(s))}
  APR ........................ {r2(s.cost)}%

Estimated first payment date if you accept today: {mdy(due(s, 1))}.
"""


def e16(s: Spec) -> str:
    """An Illinois note whose stated total of payments contradicts its instalments."""
    stated = s.opts["stated_total"]
    return f"""INSTALLMENT NOTE - Illinois                          Dated {long_en(s.contract_date)}
Lender: Riverbend Finance Co.      Borrower: Alan P. Novak

1. Loan amount: {cur(s.principal)}, disbursed in full on {long_en(s.start_date)}; no fees.
2. Interest rate: {plain(s.rate_value)}% per annum, simple interest on the declining balance.
3. Repayment: {s.n} monthly installments of {cur(pay(s))} each (the last {cur(s.rows[-1]['total'])}),
   due on the {s.start_date.day}th of each month starting {long_en(due(s, 1))}.
4. Total of payments: {cur(stated)}.
5. Annual percentage rate: {r2(s.cost)}%.
Signed by the Borrower and the Lender.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of the five solvers):
# * zh-m08: 40,000 x 10% / 4 = 1,000.00 a quarter (壹仟元整); payments 1,000, 1,000, 1,000, 41,000 on 40,000
#   received: at 2.5% a quarter the present value is exactly 40,000 (interest-only at the note rate), so the
#   periodic IRR is 2.5% and the cn-irr cost is 2.5 x 4 = 10.00%; 10% <= 4 x 3.00% = 12% (LPR of 2025-05-20,
#   in force on 2025-06-18) -> lawful.
# * en-m02: Dec 5 -> Dec 22 = 17 days; 45 / 300 = 0.15; 0.15 x 365 = 54.75; 54.75 / 17 = 3.220588 -> 322.06%.
#   The receipt discloses that figure; Illinois PLPA 36% [C] -> violation.
# * zh-m02: 12 x 536.00 = 6,432.00 = 6,000 + 12 x 36; the count comes only from 6,432 / 536 = 12. The flat fee is
#   0.6% of 6,000 a month; rule of thumb 0.6 x 12 x 2n/(n+1) = 7.2 x 24/13 = 13.29% (overstates); the solvers
#   give 13.03%: check at 1.0860% a month: 1.010860^-12 = e^(-12 x 0.0108015) = e^-0.129618 = 0.878426;
#   a(12) = (1 - 0.878426) / 0.010860 = 11.19466; x 536 = 6,000.34 ~ 6,000.
# * zh-m21: 10,000 x 2% = 200.00 a month; 月息2分 = 24% a year > 4 x 3.00% = 12% -> violation (Art. 25 [C]).
# * zh-m11: 5,000 x 0.05% x 30 = 75.00; 75 / 5,000 = 1.5% over 30 days; 1.5% x 365 / 30 = 18.25%.
# * en-m06: 12,000 x 7% x 18/12 = 1,260; one payment of 13,260 after 18 months; Reg Z unit-period one year:
#   (1 + 0.5 i)(1 + i) = 13,260 / 12,000 = 1.105 -> 0.5 i^2 + 1.5 i - 0.105 = 0 -> i = -1.5 + sqrt(2.25 + 0.21)
#   = -1.5 + 1.568439 = 0.068439 -> 6.84% (<= 10%, California art. XV -> lawful).
# * en-m03: 1,000 x 25% = 250 a month, interest only: the periodic IRR is exactly 25%, x 12 = 300.00%.


def specs() -> list[Spec]:
    cf, mf = "consumer_finance", "microloan"
    return [
        c("zh-m01-sms-confirmation-daily-rate", m01, principal=D(8000), method="equal_installment", n=6, term_months=6,
          rate_value=D("0.035"), rate_per="day", contract_date=date(2025, 11, 24), start_date=date(2025, 11, 24),
          lender_type=cf, notes=["0.035% a day x 365 = 12.775% a year; an SMS that is part of the signed contract"]),
        c("zh-m02-bill-instalment-page-count-from-total", m02, principal=D(6000), method="flat_rate",
          method_accept=["equal_principal", "equal_installment"], n=12, term_months=12,
          fees=[Fee("分期手续费", ["handling", "service"], "per_period", amount=D(36))],
          contract_date=date(2025, 12, 8), start_date=date(2025, 12, 8), lender_type="bank",
          notes=["no count and no term are written: 6432 / 536 = 12 monthly instalments (first and last billing month)",
                 "no interest: 500 principal + 36 fee each month, so the level methods give the same flows"]),
        c("zh-m03-kantouxi-articles-platform-fee", m03, principal=D(20000), method="equal_installment", n=12,
          term_months=12, rate_value=D("1.5"), rate_per="month",
          fees=[Fee("平台服务费", ANY_SERVICE + ["platform"], "upfront_deducted", amount=D(1600))],
          contract_date=date(2025, 10, 15), start_date=date(2025, 10, 15), lender_type=mf,
          notes=["1600 taken from the principal at payout: 18400 received; repayments on 20000 (砍头息)"]),
        c("zh-m04-bank-interest-first-kv-insurance-on-payout-day", m04, principal=D(80000), method="interest_only",
          n=12, term_months=12, rate_value=D(15),
          fees=[Fee("借款人意外伤害保险费", ["insurance"], "at_disbursement", amount=D(960))],
          contract_date=date(2025, 8, 5), start_date=date(2025, 8, 5), lender_type="bank",
          notes=["8万元 at 15%: 1000 interest a month, principal at the end; 960 premium paid apart on the payout day"]),
        c("zh-m05-equal-principal-pipe-schedule-fee-column", m05, "pdf", principal=D(24000), method="equal_principal",
          n=12, term_months=12, rate_value=D(9), fees=[Fee("服务费", ANY_SERVICE, "per_period", amount=D(350))],
          contract_date=date(2026, 1, 20), start_date=date(2026, 1, 20), lender_type=cf,
          notes=["2000 principal a month, interest on the balance at 0.75% a month, 350 fee each period",
                 "the fee is charged on the original principal every period, so the all-in cost passes 36% on a 9% rate"]),
        c("zh-m06-bank-lpr-120bp-wanyuan-articles", m06, "pdf", principal=D(200000), method="equal_installment", n=36,
          term_months=36, lpr_spread_bp=120, contract_date=date(2025, 11, 3), start_date=date(2025, 11, 3),
          lender_type="bank", notes=["20万元 = 200000; LPR 3.00% + 120bp = 4.20%"]),
        c("zh-m07-flat-rate-questions-answers", m07, principal=D(12000), method="flat_rate",
          method_accept=["equal_principal"], n=12, term_months=12, rate_value=D("0.55"), rate_per="month",
          contract_date=date(2025, 9, 9), start_date=date(2025, 9, 9), lender_type=mf,
          notes=["月平息0.55% of 12000 = 66 a month; 1000 principal; 1066 a month"]),
        c("zh-m08-iou-daxie-quarterly-interest-cn-dates", m08, principal=D(40000), method="interest_only",
          freq="quarter", n=4, term_months=12, rate_value=D(10), contract_date=date(2025, 6, 18),
          start_date=date(2025, 6, 18), lender_type="individual",
          notes=["肆万元整 = 40000; 年利率百分之十; 1000 (壹仟元整) a quarter; principal with the 4th payment"]),
        c("zh-m09-car-loan-checkbox-gps-fee-on-stated-date", m09, principal=D(96000), method="equal_installment",
          n=36, term_months=36, rate_value=D("5.99"),
          fees=[Dated("GPS设备及服务费", ["service", "other", "handling"], "on_date", amount=D(1980), period=2)],
          contract_date=date(2025, 11, 26), start_date=date(2025, 11, 26), lender_type="auto_finance",
          notes=["玖万陆仟元整 = 96000; the GPS fee is due on a stated calendar date, which is the 2nd due date"]),
        c("zh-m10-training-loan-fee-with-sixth-instalment", m10, principal=D(15600), method="equal_principal",
          method_accept=["flat_rate", "equal_installment"], n=12, term_months=12,
          fees=[Dated("分期服务费", ANY_SERVICE, "on_date", amount=D(780), period=6)],
          contract_date=date(2025, 9, 1), start_date=date(2025, 9, 1), lender_type=cf,
          notes=["no interest: 1300 a month; the 780 fee is paid once, with the 6th instalment (2080 that month)"]),
        c("zh-m11-revolving-draw-fullwidth-wanfen-30-days", m11, principal=D(5000), method="bullet", freq="single",
          n=1, term_days=30, rate_value=D("0.05"), rate_per="day", contract_date=date(2026, 2, 10),
          start_date=date(2026, 2, 10), lender_type=cf,
          notes=["万分之五 a day = 0.05% a day; 5000 x 0.05% x 30 = 75.00; all digits full-width"]),
        c("zh-m12-cosmetic-instalment-two-columns-figures-only", m12, principal=D(18000), method="flat_rate",
          method_accept=["equal_installment", "equal_principal"], n=18, term_months=18, rate_value=D("0.6"),
          rate_per="month", contract_date=date(2025, 10, 28), start_date=date(2025, 10, 28), lender_type=cf,
          opts={"no_rate_compare": True},
          notes=["no rate and no method written: 18 x 1108 = 19944 on 18000 is 108 a month over 1000 principal",
                 "level payments: flat add-on and annuity readings give the same cash flows"]),
        c("zh-m13-traditional-guangzhou-equal-principal-monthly-rate", m13, principal=D(25000),
          method="equal_principal", n=12, term_months=12, rate_value=D("1.2"), rate_per="month",
          contract_date=date(2025, 7, 8), start_date=date(2025, 7, 8), lender_type=cf,
          notes=["貳萬伍仟圓整 = 25000 RMB; a Guangzhou company under PRC law: in scope"]),
        c("zh-m14-hong-kong-money-lender", m14, principal=D(50000), method="equal_installment", n=24,
          term_months=24, rate_value=D(18), currency="HKD", jurisdiction="HK", apr_method=None,
          contract_date=date(2025, 10, 2), start_date=date(2025, 10, 2), lender_type="licensed_nonbank",
          notes=["港幣50,000 = 50000 HKD; Money Lenders Ordinance, Hong Kong law: out of scope"]),
        c("zh-m15-iou-for-goods-not-a-loan", m15, **OTHER, notes=["a debt for building materials delivered: not a loan"]),
        c("zh-m16-civil-judgment-quoting-loan", m16, **OTHER, notes=["a court judgment that quotes a loan: not a loan contract"]),
        c("zh-m17-insurance-policy-monthly-premium", m17, **OTHER, notes=["an insurance policy paid monthly: not a loan"]),
        c("zh-m18-fee-disclosure-guarantee-percent", m18, kind="loan_disclosure", principal=D(10000),
          method="equal_principal", n=12, term_months=12, rate_value=D("0.8"), rate_per="month",
          fees=[Fee("担保费", ["guarantee"], "per_period", percent=D("0.3"))],
          contract_date=date(2026, 3, 2), start_date=date(2026, 3, 2), lender_type=cf,
          notes=["a pre-contract disclosure; 0.3% x 10000 = 30 guarantee fee each month"]),
        c("zh-m19-trial-calculation-interest-first-daily", m19, kind="loan_disclosure", principal=D(30000),
          method="interest_only", n=6, term_months=6, rate_value=D("0.04"), rate_per="day",
          contract_date=date(2026, 1, 5), start_date=date(2026, 1, 5), lender_type=mf,
          notes=["0.04% x 365 = 14.6% a year; 30000 x 14.6% / 12 = 365 a month; a trial calculation before signing"]),
        c("zh-m20-e-sign-annex-guarantee-fee-on-payout-day", m20, principal=D(50000), method="equal_installment",
          n=24, term_months=24, rate_value=D("7.2"),
          fees=[Fee("担保费", ["guarantee"], "at_disbursement", amount=D(1000))],
          contract_date=date(2025, 9, 18), start_date=date(2025, 9, 18), lender_type=cf,
          notes=["the figures are only in Annex 1 after ten boilerplate clauses; 1000 paid apart on the payout day"]),
        c("zh-m21-private-loan-yuexi-2fen-paragraph", m21, principal=D(10000), method="interest_only", n=6,
          term_months=6, rate_value=D(2), rate_per="month", contract_date=date(2025, 9, 12),
          start_date=date(2025, 9, 12), lender_type="individual",
          notes=["月息2分 = 2% a month = 24% a year; 200 interest a month; principal at the end"]),
        c("zh-m22-footnoted-total-contradicts", m22, principal=D(20000), method="equal_installment", n=12,
          term_months=12, rate_value=D(12), contract_date=date(2025, 12, 10), start_date=date(2025, 12, 10),
          lender_type=mf, opts={"stated_total": D("21523.76"), "inconsistency": True},
          notes=["the term and count are only in footnote ①; footnote ② states a total 200.00 above 12 x the instalment"]),
        # ------------------------------------------------------------------ English
        c("en-m01-illinois-vertical-til-itemization", e01, **USD, principal=D(2000), method="equal_installment", n=12,
          term_months=12, rate_value=D("29.9"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(100))], jurisdiction="US-IL",
          contract_date=date(2025, 12, 1), start_date=date(2025, 12, 1), lender_type="licensed_nonbank",
          notes=["a 29.9% note rate; the 100 fee withheld lifts the APR above Illinois' 36%"]),
        c("en-m02-payday-funding-and-deposit-dates", e02, **USD, principal=D(300), method="bullet", freq="single",
          n=1, term_days=17, fees=[Fee("fee", ["other"], "at_maturity", amount=D(45))], jurisdiction="US-IL",
          contract_date=date(2025, 12, 5), start_date=date(2025, 12, 5), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["$45 on $300 for 17 days (two dates only) = 322.06%"]),
        c("en-m03-title-loan-interest-monthly-balloon-coupons", e03, **USD, principal=D(1000), method="interest_only",
          n=3, term_months=3, rate_value=D(25), rate_per="month", jurisdiction="US-IL",
          contract_date=date(2025, 11, 18), start_date=date(2025, 11, 18), lender_type="licensed_nonbank",
          notes=["250 interest a month, 1250 with the third coupon: APR 300%"]),
        c("en-m04-bnpl-monthly-account-fee-page", e04, "html", **USD, principal=D(600), method="equal_installment",
          n=6, term_months=6, rate_value=D(0), jurisdiction="US-IL",
          fees=[Fee("Account fee", ["service", "management", "other"], "per_period", amount=D("4.99"))],
          contract_date=date(2025, 11, 28), start_date=date(2025, 11, 28), lender_type="bank",
          notes=["0% interest; 100 principal + 4.99 account fee each month; the fee is the whole cost"]),
        c("en-m05-credit-union-share-secured-note", e05, "pdf", **USD, principal=D(5000), method="equal_installment",
          n=36, term_months=36, rate_value=D("6.25"), jurisdiction="US-IL", contract_date=date(2025, 10, 14),
          start_date=date(2025, 10, 14), lender_type="credit_union", notes=["no fees; 6.25% <= 36%"]),
        c("en-m06-california-family-note-single-payment-18-months", e06, **USD, principal=D(12000), method="bullet",
          freq="single", n=1, term_months=18, rate_value=D(7), jurisdiction="US-CA", contract_date=date(2025, 7, 15),
          start_date=date(2025, 7, 15), lender_type="individual", disclose_apr=False,
          notes=["Twelve Thousand = 12000; 12000 x 7% x 1.5 = 1260 simple interest, paid once after 18 months",
                 "Reg Z unit-period of one year (term over a year): (1 + 0.5 i)(1 + i) = 13260 / 12000"]),
        c("en-m07-new-york-family-email-balloon", e07, **USD, principal=D(25000), method="equal_installment",
          method_accept=["other"], n=24, term_months=24, rate_value=D(6),
          payment_override=balloon_payment(D(25000), D(6), 24, D(10000)), jurisdiction="US-NY",
          contract_date=date(2025, 9, 27), start_date=date(2025, 10, 1), lender_type="individual", disclose_apr=False,
          notes=["the level payment that leaves 10000 owing after 24 months at 6%; the 24th payment carries the balloon"]),
        c("en-m08-uk-hcstc-within-caps", e08, "pdf", **GBP, principal=D(500), method="equal_installment", n=3,
          term_months=3, rate_value=D(20), rate_per="month", contract_date=date(2025, 11, 21),
          start_date=date(2025, 11, 21), lender_type="licensed_nonbank", opts={"default_fee": 15},
          notes=["20% a month on the balance; charges under 0.8% a day and under 100%; default fee £15 (at the cap)"]),
        c("en-m09-docx-uk-secci-fee-on-drawdown", e09_blocks, "docx", **GBP, kind="loan_disclosure", principal=D(7500),
          method="equal_installment", n=48, term_months=48, rate_value=D("11.9"),
          fees=[Fee("Arrangement fee", ["origination", "handling", "other"], "at_disbursement", amount=D(250))],
          contract_date=date(2025, 10, 6), start_date=date(2025, 10, 6), lender_type="bank",
          notes=["11.9% nominal monthly; the 250 fee is paid apart on drawdown, so 7250 net enters the APRC"]),
        c("en-m10-new-zealand-credit-contract", e10, lang="en", currency="NZD", apr_method=None, principal=D(8000),
          method="equal_installment", n=24, term_months=24, rate_value=D("13.95"), jurisdiction="NZ",
          contract_date=date(2025, 11, 10), start_date=date(2025, 11, 10), lender_type="licensed_nonbank",
          notes=["a New Zealand contract: no bundled ruleset covers it; terms are still read"]),
        c("en-m11-office-sublease", e11, lang="en", currency="USD", **OTHER, notes=["a sublease: not a loan"]),
        c("en-m12-limited-guaranty-parent", e12, lang="en", currency="USD", **OTHER,
          notes=["a guaranty: the signer receives no credit"]),
        c("en-m13-social-media-loan-ad", e13, lang="en", currency="USD", **OTHER, notes=["an advertisement: not a loan"]),
        c("en-m14-wage-deduction-order", e14, lang="en", currency="USD", **OTHER,
          notes=["a court order on a judgment debt: not a loan contract"]),
        c("en-m15-illinois-preapproval-offer-percent-fee", e15, **USD, kind="loan_disclosure", principal=D(3500),
          method="equal_installment", n=18, term_months=18, rate_value=D("24.99"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", percent=D(5))], jurisdiction="US-IL",
          contract_date=date(2026, 2, 2), start_date=date(2026, 2, 2), lender_type="licensed_nonbank",
          notes=["an offer, not a contract; 5% of 3500 = 175 withheld -> 3325"]),
        c("en-m16-illinois-note-total-contradicts", e16, **USD, principal=D(4000), method="equal_installment", n=24,
          term_months=24, rate_value=D("17.5"), jurisdiction="US-IL", contract_date=date(2025, 8, 11),
          start_date=date(2025, 8, 11), lender_type="licensed_nonbank",
          opts={"stated_total": D("4851.20"), "inconsistency": True}, verdict=False,
          verdict_reason="the stated total of payments contradicts 24 x the instalment: an inconsistency; no violation may rest on one side",
          notes=["rate, instalment and principal agree (17.5%); only the stated total disagrees"]),
    ]


def selftest() -> None:
    fce.selftest()
    pboc = halving_rate(Fraction(99000), [Fraction("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - Fraction("12.8038")) < Fraction(1, 1000), float(pboc)
    mw = halving_rate(Fraction(5000), [Fraction(130)] * 48) * 12 * 100  # MathWorks annurate x 12
    assert abs(mw - Fraction("11.317539")) < Fraction(1, 10000), float(mw)
    assert daxie(D(40000)) == "肆万元整" and daxie(D(1000)) == "壹仟元整"
    assert daxie(D(25000), trad=True) == "貳萬伍仟圓整" and daxie(D(96000)) == "玖万陆仟元整"
    assert cn_date(date(2025, 6, 18)) == "二〇二五年六月十八日"


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above specs(), asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    z08 = by["zh-m08"]
    assert [r["total"] for r in z08.rows] == [D(1000)] * 3 + [D(41000)] and abs(z08.cost - 10) < D("1e-6"), z08.cost
    e02 = by["en-m02"]
    assert (e02.rows[-1]["date"] - e02.start_date).days == 17 and abs(e02.cost - D("322.0588")) < D("0.001"), e02.cost
    z02 = by["zh-m02"]
    assert z02.payment == D(536) and total_repaid(z02) == D(6432) and abs(z02.cost - D("13.03")) < D("0.01"), z02.cost
    z21 = by["zh-m21"]
    assert z21.rows[0]["total"] == D(200) and fc.legal_verdict(z21)[0] is True
    z11 = by["zh-m11"]
    assert z11.rows[0]["interest"] == D(75) and abs(z11.cost - D("18.25")) < D("1e-9"), z11.cost
    assert abs(by["en-m06"].cost - D("6.8439")) < D("0.0001"), by["en-m06"].cost
    assert abs(by["en-m03"].cost - 300) < D("1e-6"), by["en-m03"].cost
    for name in ("zh-m22", "en-m16"):
        assert by[name].opts["stated_total"] != total_repaid(by[name]), (name, "the contradiction must be real")
    assert by["zh-m10"].rows[5]["total"] == D(2080) and by["zh-m12"].payment == D(1108)
    for s in all_specs:
        legal = fc.legal_verdict(s)[0]
        if s.kind != "other" and s.principal is not None and s.jurisdiction in ("CN", "US-IL", "US-NY", "US-CA", "GB"):
            assert legal is not None or s.lender_type == "microloan", (s.name, "undecided verdict")


def main() -> int:
    """batch C's writer over this batch's specs, with batch E's arithmetic and expected form."""
    selftest()
    computed: list[Spec] = []

    def compute(s: Spec) -> None:
        if long_single(s):  # batch E's and G's checks assume a simple single-payment cost
            fc.compute(s)
            long_single_check(s)
        else:
            fce.compute_e(s)
            fcg.own_check(s)
            halving_check(s)
        computed.append(s)

    for name, value in {"specs": specs, "compute": compute, "expected": fce.expected_e, "__doc__": __doc__}.items():
        setattr(fcc, name, value)
    rc = fcc.main()
    check_expectations(computed)
    return rc


if __name__ == "__main__":
    sys.exit(main())
