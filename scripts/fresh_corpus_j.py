#!/usr/bin/env python3
"""Held-out batch J of the fresh phrasing corpus (tests/fresh/{zh,en}/*-o*): 22 Chinese and 16
English documents written for issue 13 without reading the extractors, the rulesets, the locales
or the contract texts of batches A-I, to measure whether the work on batches A-I generalises.

    python3 scripts/fresh_corpus_j.py            # (re)write tests/fresh/{zh,en}/*-o* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_j.py --check    # recompute and diff the files against the committed ones

Parameters, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py (with the
fee on a stated date and the `inconsistency` key of fresh_corpus_e.py); the HTML / DOCX / PDF
writers are those of fresh_corpus_c.py. Every cost is re-derived by the solvers of batches E
(secant), G (regula falsi), H (halving) and I (Ridders); this batch adds a seventh check,
`fixed_point_rate` (Steffensen's acceleration of a fixed-point iteration on the annuity identity,
in exact fractions,
used only where the payments are level), and the paper checks of `check_expectations`. All other
helpers are imported, none is copied.

The TEXTS are new, one renderer per document, longer and messier than earlier batches (boilerplate,
page footers between a label and its value, clause cross-references, credit limits, deposits,
penalties and worked examples whose figures are not this loan's). Chinese: an e-signature
platform export with page footers inside the money annex (PDF); a 账单分期 bill page with the year
only in the header; a 展期 (extension) agreement for the unpaid part of an earlier loan; a bank
loan for two 共同借款人 at LPR + 60bp, 等额本金, repriced each January; a hand-written 借条 in 大写
with 二〇二五年 dates and a default charge above 4 x LPR; an app order page at 万分之五 a day with a
service fee each period; numbered articles with a service fee taken from the principal; a 助贷
loan in tabs with a monthly guarantee fee after 2025-10-01; a car loan in a pipe table with a GPS
fee at signing and an insurance premium due with the 12th instalment (PDF); a training loan told
only by its instalment, total and first / last dates; a phone bought by instalments in two
columns; a revolving draw for 60 days in OCR-like text; a 繁體 Guangzhou microloan 先息後本 with
words between the halves; a Taiwan scooter loan in NT$ (out of scope); an LPR + 245bp loan in
full-width digits and 万元; a 平息 loan in one paragraph whose stated total contradicts its parts;
a ☑/□ form with a membership fee riding on the 1st instalment; a pre-contract cost notice whose
term is only in a footnote; an app repayment-plan trial page (HTML); an insurance policy, a
used-car sale with a deferred balance and an annual-report note on borrowings (non-loans).
English: an Illinois installment loan with TILA boxes and a withheld origination fee (PDF); an
Illinois payday receipt with only ordinal dates; a Missouri title loan disclosing its monthly
rate as the APR; a New York pay-over-6 checkout plan; an Illinois credit-union small-dollar loan
as questions and answers; a New York family note paying interest only with a balloon, whose
stated total is wrong; a UK short-term loan at the daily cap with a representative example that is
not this loan; a UK personal loan in the SECCI layout; an Irish agreement (out of scope); a UK
hire-purchase agreement at a flat rate (DOCX); a private student loan's final disclosure; a
tribal lender's biweekly loan; a rent-to-own agreement, a commercial guaranty, a default judgment
and a lender's advertisement (non-loans).

Changed after the first measurement (said here in full): en-o08 was first labelled a loan contract
although a SECCI is by definition pre-contract information; it is now a disclosure and its
"Signed" line says it was given before the agreement. en-o04 was first a checkout screen before
acceptance (an offer that could be read as a disclosure or a contract); it is now the order
confirmation after the e-signature, so that it is unambiguously the contract record. zh-o11 now
says its 12 instalments are monthly (a count of 期 alone does not fix the frequency). zh-o05's
note named the wrong LPR (3.00%; March 2025's is 3.10%); its verdict and figures are unchanged.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs()` and
are asserted in `check_expectations`. Needs Python >= 3.11 and, for the PDFs, reportlab +
WenQuanYi Micro Hei.
"""

from __future__ import annotations

import datetime as dt
import sys
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402  (imports fresh_corpus_d, which installs its LPR table)
import fresh_corpus_g as fcg  # noqa: E402
import fresh_corpus_h as fch  # noqa: E402
import fresh_corpus_i as fci  # noqa: E402
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, page  # noqa: E402
from fresh_corpus_e import ANY_SERVICE, OTHER, USD, Dated  # noqa: E402
from fresh_corpus_f import GBP  # noqa: E402
from fresh_corpus_g import cn_day, two_cols  # noqa: E402
from fresh_corpus_i import boxes, dot, ordinal, pay, slash0  # noqa: E402

date = dt.date


# ---------------------------------------------------------------------------------------------
# This batch's own check: a damped fixed-point iteration for level payments, in fractions
# ---------------------------------------------------------------------------------------------


def fixed_point_rate(advance: Fraction, level: Fraction, n: int) -> Fraction:
    """Periodic i with advance = level * (1 - (1+i)^-n) / i: the fixed point of
    g(i) = level/advance * (1 - (1+i)^-n), accelerated by Steffensen's method (Aitken's delta-squared
    on g), rounded to 40 digits each step."""
    def g(i: Fraction) -> Fraction:
        return Fraction(round(level / advance * (1 - (1 + i) ** -n) * 10**40), 10**40)

    i = level / advance
    for _ in range(100):
        i1 = g(i)
        i2 = g(i1)
        denom = i2 - 2 * i1 + i
        if denom == 0:
            return i2
        nxt = Fraction(round((i - (i1 - i) ** 2 / denom) * 10**40), 10**40)
        if abs(nxt - i) < Fraction(1, 10**30):
            return nxt
        i = nxt
    raise AssertionError("fixed point did not settle")


def level_check(s: Spec) -> None:
    if s.cost is None or len(s.rows) < 2 or s.apr_method == "eu-aprc":
        return
    totals = [r["total"] for r in s.rows]
    if len(set(totals)) != 1:
        return
    i = fixed_point_rate(Fraction(s.net_received), Fraction(totals[0]), len(totals))
    assert abs(Fraction(s.cost) - i * fc.PPY[s.freq] * 100) < Fraction(1, 10**6), (s.name, s.cost)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def rate_of(s: Spec) -> str:
    return plain(s.rate_value)


def total_interest(s: Spec) -> D:
    return sum((r["interest"] for r in s.rows), D(0))


def esign_footer(k: int, total: int, doc: str) -> str:
    return f"【签约平台存证】文件编号 {doc} ｜ 第{k}/{total}页 ｜ 本页由系统自动生成，不构成独立文件"


ZH_BOILER = [
    "甲方承诺其提交的身份信息、联系方式、收入及工作信息真实、完整、有效，如有变更应在五个工作日内通知乙方。",
    "本合同项下的通知以短信、站内信或电子邮件方式发送，发送成功之日视为送达；纸质通知以签收之日为送达日。",
    "乙方对在业务办理中获悉的甲方个人信息负有保密义务，法律法规另有规定或甲方另行单独同意的除外。",
    "因不可抗力导致本合同不能履行的，遭受不可抗力一方应及时通知对方，并在合理期限内提供证明。",
    "本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。",
    "本合同的订立、效力、解释、履行及争议解决均适用中华人民共和国法律（为本合同之目的，不包括港澳台地区法律）。",
]

EN_BOILER = [
    "Notices. We may send notices to the most recent postal or e-mail address you have given us. A notice is given when sent.",
    "Severability. If any part of this agreement is found unenforceable, the rest of it stays in effect.",
    "Waiver. If we delay or do not exercise a right, we do not lose it.",
    "Assignment. We may sell or assign this agreement without notice to you. You may not assign it without our written consent.",
    "Privacy. We handle information about you as our privacy notice describes; you may ask for a copy at any time.",
]


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def o01(s: Spec) -> str:
    doc = "ESC-20250305-77310462"
    r = s.rows
    lines = [
        "电子签约文件（由“云契”电子签约平台导出）",
        f"文件编号：{doc}    签署方数量：2    签署完成时间：{dot(s.contract_date)} 16:42:07",
        "",
        "个人消费贷款合同（通用条款 + 专用条款）",
        "",
        "第一部分 通用条款",
    ]
    clauses = [
        "借款人应按本合同专用条款（附件一）约定的金额、期限、利率及还款方式使用贷款并按期还款。",
        "贷款人授予借款人的循环授信额度为人民币60,000.00元，授信额度不等于借款金额，每笔借款以专用条款及借据为准。",
        "借款人可以在每个还款日前通过贷款人APP申请提前还款，提前还款不收取违约金，利息按实际用款天数计算。",
        "借款人逾期的，自逾期之日起按本合同约定利率上浮30%计收罚息，罚息计至逾期款项清偿之日止。",
        "示例：某客户借款10,000元、期限12个月、年利率12%、按月等额本息还款，每期应还约"
        f"{money(fci.annuity(D(10000), D(12), 12))}元。示例仅为说明计算方法，与本合同借款无关。",
    ] + ZH_BOILER
    for i, t in enumerate(clauses, 1):
        lines.append(f"{i}．{t}")
    lines += ["", esign_footer(3, 6, doc), "", "第二部分 专用条款（附件一：借款要素表）", ""]
    lines += [
        "贷款人：安和消费金融有限公司",
        "借款人：钱雨晴",
        "借款本金（人民币）：",
        "",
        esign_footer(4, 6, doc),
        "",
        f"{daxie(s.principal)}（¥{money(s.principal)}）",
        f"借款期限：{s.term_months}个月，自实际放款日起算",
        f"年利率（单利）：{rate_of(s)}%",
        "还款方式：按月等额本息，每月5日为还款日",
        f"每期应还款额：",
        "",
        esign_footer(5, 6, doc),
        "",
        f"¥{money(pay(s))}（末期以还款计划表为准）",
        "费用：除利息外，贷款人不收取其他费用",
        "",
        "附件二：还款计划表（节选）",
        "期次  还款日        应还本金    应还利息    应还合计",
    ]
    for row in r[:3] + r[-1:]:
        lines.append(f"{row['k']:<4}  {row['date'].isoformat()}  {money(row['principal']):>10}  {money(row['interest']):>9}  {money(row['total']):>10}")
        if row["k"] == 3:
            lines.append("……")
    lines += [
        "",
        "借款人（电子签名）：钱雨晴        贷款人（电子签章）：安和消费金融有限公司",
        f"签署日期：{dot(s.contract_date)}",
        "",
        esign_footer(6, 6, doc),
    ]
    return "\n".join(lines)


def o02(s: Spec) -> str:
    fee = s.fees[0]
    r = s.rows
    lines = [
        "9:41                                    5G  82%",
        "<  账单详情                      客服",
        "",
        f"{s.contract_date.year}年3月账单  已出账",
        "本期应还（元）",
        "6,000.00",
        "最低还款 600.00    还款日 3月9日",
        "",
        "[ 立即还款 ]    [ 账单分期 ]",
        "",
        "—— 账单分期办理结果 ——",
        f"分期本金        {money(s.principal)}",
        f"分期期数        {s.n}期",
        f"每期手续费率    {plain(fee.percent)}%",
        f"每期手续费      {money(fee.per_payment(s.principal))}",
        f"每期应还        {money(pay(s))}",
        f"办理时间        {cn_day(s.contract_date)} 14:22",
        f"首期入账        {cn_day(r[0]['date'])}账单",
        "分期期间不收取利息，手续费按分期本金计算、按期收取",
        "",
        "可用额度 24,500.00 / 总额度 30,000.00",
        "提前还款需一次性结清剩余本金，已收取的手续费不予退还",
        "",
        "温馨提示：逾期将按日收取万分之五的违约金，并影响个人信用记录",
        "运营方：融和消费金融有限公司",
    ]
    return "\n".join(lines)


def o03(s: Spec) -> str:
    i1 = s.rows[0]["interest"]
    lines = [
        "借款展期协议",
        "协议编号：QXNS-ZQ-2025-0371",
        "",
        "贷款人（甲方）：青溪农村商业银行股份有限公司城南支行",
        "借款人（乙方）：韩立",
        "",
        "鉴于：",
        "1．乙方于2024年9月10日与甲方签订《个人借款合同》（编号QXNS-GR-2024-1182，下称“原合同”），借款金额人民币100,000.00元，"
        "到期日为2025年9月10日；",
        "2．截至本协议签订之日，乙方已归还本金20,000.00元，原合同项下尚欠本金80,000.00元；",
        "3．乙方因经营周转原因申请对剩余本金展期，甲方同意展期一次。",
        "",
        "第一条 展期金额与期限",
        f"展期本金为人民币{daxie(s.principal)}（¥{money(s.principal)}），展期期限{cn_small_months(s)}，"
        f"自{ymd(s.start_date)}起至{ymd(s.rows[-1]['date'])}止。",
        "第二条 展期利率",
        f"展期期间执行月利率{rate_of(s)}%，不再执行原合同利率。",
        "第三条 还款",
        f"展期期间按月结息，每月10日支付当月利息{money(i1)}元；展期本金于展期到期日一次归还。原合同项下已结清的利息不因本协议重新计算。",
        "第四条 担保",
        "原合同项下的保证人同意继续为展期后的债务承担连带保证责任，保证期间自展期到期日起三年。",
        "第五条 其他",
        "本协议为原合同的补充，本协议未约定的事项仍按原合同执行；原合同第八条关于逾期罚息的约定继续有效（罚息利率为合同利率上浮50%）。",
        "本协议一式三份，甲、乙方及保证人各执一份。",
        "",
        "甲方（盖章）：青溪农村商业银行股份有限公司城南支行",
        "乙方（签字）：韩立",
        "保证人（签字）：韩梅",
        f"签订日期：{ymd(s.contract_date)}",
    ]
    return "\n".join(lines)


def cn_small_months(s: Spec) -> str:
    return f"{fc.cn_small(s.term_months)}个月"


def o04(s: Spec) -> str:
    r = s.rows
    lpr = fc.lpr_on(s.contract_date)
    lines = [
        "个人住房装修贷款合同（共同借款）",
        "",
        "贷款人：衡江银行股份有限公司滨湖支行",
        "共同借款人一：罗志远",
        "共同借款人二：罗志远之配偶 许静",
        "（以下共同借款人合称“借款人”，对本合同项下全部债务承担连带清偿责任）",
        "",
        "第一条 贷款金额",
        f"贷款金额为人民币{fc.wan(s.principal)}（大写：{daxie(s.principal)}）。借款人名下房产经评估价值为人民币186万元，仅作为授信参考，不构成贷款金额。",
        "第二条 贷款期限",
        f"贷款期限为{s.term_months}个月，自{s.start_date.year}年{s.start_date.month}月{s.start_date.day}日起算。",
        "第三条 贷款利率",
        f"3.1 本合同采用浮动利率，以贷款发放日前一个工作日公布的一年期贷款市场报价利率（LPR）为定价基准，加{s.lpr_spread_bp}个基点（1个基点=0.01%）。",
        f"3.2 按本合同签订时的一年期LPR {plain(lpr)}%计算，首个重定价周期执行年利率为{plain(s.rate_value)}%。",
        "3.3 重定价周期为一年，每年1月1日按当日适用的一年期LPR加上述基点调整执行利率，调整后的利率自当日起执行。",
        "第四条 还款方式",
        "按月等额本金还款，每月还款日为放款日对应日。每期归还本金相同，利息按剩余本金计算，逐月递减。",
        "还款计划（按当前执行利率测算，单位：元）",
        "期次   还款日期     本金        利息      合计",
    ]
    for row in r[:3]:
        lines.append(f"{row['k']:<6} {row['date'].isoformat()}   {money(row['principal']):<10}  {money(row['interest']):<8}  {money(row['total'])}")
    lines.append("……     ……           ……          ……        ……")
    row = r[-1]
    lines.append(f"{row['k']:<6} {row['date'].isoformat()}   {money(row['principal']):<10}  {money(row['interest']):<8}  {money(row['total'])}")
    lines += [
        "第五条 费用",
        "贷款人不收取贷款手续费；抵押登记费由贷款人承担。",
        "第六条 违约责任",
        "逾期部分按执行利率加收50%计收罚息。借款人累计三期未还款的，贷款人可宣布贷款提前到期。",
    ] + [f"第{fc.cn_small(7 + i)}条 {t}" for i, t in enumerate(ZH_BOILER[:3])] + [
        "",
        "贷款人（盖章）：衡江银行股份有限公司滨湖支行",
        "共同借款人（签字）：罗志远  许静",
        f"签订日期：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日",
    ]
    return "\n".join(lines)


def o05(s: Spec) -> str:
    total = pay(s)
    end = s.rows[0]["date"]
    return "\n".join([
        "            借    条",
        "",
        f"今借到 吴国庆 现金（转账）人民币{daxie(s.principal)}（￥{money(s.principal)}），",
        f"用于家中店铺进货周转。借期自{cn_date(s.start_date)}起至{cn_date(end)}止，",
        f"利息按月息玖厘计算（即每月百分之零点玖），到期本息一并归还，",
        f"共计人民币{daxie(total)}。",
        "如到期未还，逾期部分按每日万分之五另计违约金，直至还清为止。",
        "    （此处“壹万”二字划掉改为“贰万”，借款人按手印确认）",
        "",
        "借款人：孙建华（按手印）",
        "身份证号：3301**********4417",
        "见证人：孙建国",
        f"                                    {cn_date(s.contract_date)}",
    ])


def o06(s: Spec) -> str:
    fee = s.fees[0]
    r = s.rows
    lines = [
        "14:32 ⊙ ▲ 4G    87%",
        "<      借款订单详情",
        "",
        "放款成功",
        f"¥ {money(s.principal)}",
        "已打款至 工商银行(8852)",
        "",
        f"订单编号 XJD{s.contract_date.strftime('%Y%m%d')}0094127",
        f"申请时间 {s.contract_date.isoformat()} 10:05",
        f"借款期限 {s.n}个月",
        "还款方式 等额本息",
        f"日利率   万分之{fc.cn_small(int(s.rate_value * 100))}",
        f"服务费   {money(fee.per_payment(s.principal))}元/期",
        f"首期应还 {money(r[0]['total'])}  ({cn_day(r[0]['date'])})",
        "查看还款计划 >",
        "查看借款合同 >",
        "",
        "出借方  鑫盛网络小额贷款有限公司",
        "当前可借额度 ¥12,000",
        "",
        "—— 为你推荐 ——",
        "新人专享 最高可借200,000  日利率低至0.02%",
    ]
    return "\n".join(lines)


def o07(s: Spec) -> str:
    fee = s.fees[0]
    arts = [
        ("借款金额", f"甲方向乙方借款人民币{money(s.principal)}元（大写：{daxie(s.principal)}）。实际到账金额以第七条为准。"),
        ("借款期限", f"{s.term_months}个月，自放款之日起计算。"),
        ("借款利率", f"年化利率{rate_of(s)}%（单利），日利率=年化利率÷360。"),
        ("还款方式", f"按月等额本息，共{s.n}期，每期应还{money(pay(s))}元，还款日为每月放款日对应日。"),
        ("提前还款", "甲方可提前结清，提前结清的，按第三条计算至结清日的利息，不另收违约金。"),
        ("居间服务", "丙方为甲方提供借款信息撮合、信用评估及贷后管理服务，服务内容详见《居间服务协议》。"),
        ("放款与服务费", f"甲方同意丙方的居间服务费人民币{money(fee.per_payment(s.principal))}元在乙方放款时从借款本金中直接扣除，"
         f"实际到账金额为{money(s.received)}元，甲方仍按第一条所载借款金额及第四条还款。"),
        ("逾期", "甲方未按第四条按期还款的，按逾期本金每日万分之五支付逾期利息。"),
        ("信息授权", "甲方授权丙方向依法设立的征信机构查询、报送其信用信息。"),
        ("争议", "因本合同引起的争议，提交乙方所在地人民法院诉讼解决。"),
    ]
    lines = ["借款及服务合同", "甲方（借款人）：邓晓峰", "乙方（出借人）：锦程网络小额贷款有限公司", "丙方（服务方）：速融信息科技有限公司", ""]
    for i, (title, body) in enumerate(arts, 1):
        lines.append(f"第{fc.cn_small(i)}条 {title}")
        lines.append(body)
    lines += ["", f"签署日期：{slash0(s.contract_date)}", "甲方：邓晓峰（电子签名）  乙方：（电子签章）  丙方：（电子签章）"]
    return "\n".join(lines)


def o08(s: Spec) -> str:
    fee = s.fees[0]
    r = s.rows
    lines = [
        "个人消费贷款借款合同（助贷业务）",
        "贷款人：泰和村镇银行股份有限公司",
        "合作机构（助贷机构）：点金数科技术有限公司",
        "增信服务方：恒安融资担保有限公司",
        "借款人：曹文静",
        "",
        "一、借款要素",
        "\t".join(["借款金额", f"{money(s.principal)}元", "借款期限", f"{s.term_months}个月"]),
        "\t".join(["年利率", f"{rate_of(s)}%", "还款方式", "等额本息"]),
        "\t".join(["还款期数", f"{s.n}", "每期本息", f"{money(s.payment)}元"]),
        "",
        "二、担保服务",
        f"借款人委托恒安融资担保有限公司为本笔借款提供连带责任保证，担保费按借款金额的{plain(fee.percent)}%按月收取，"
        f"每期{money(fee.per_payment(s.principal))}元，与当期本息一并扣收。",
        "",
        "三、还款计划",
        "\t".join(["期数", "还款日", "本金", "利息", "担保费", "合计"]),
    ]
    for row in r[:2] + r[-1:]:
        lines.append("\t".join([str(row["k"]), row["date"].isoformat(), money(row["principal"]), money(row["interest"]),
                                money(fee.per_payment(s.principal)), money(row["total"])]))
    lines += [
        "",
        "四、其他",
        "借款人在合作机构平台的授信额度为50,000元，额度有效期一年。",
        "逾期罚息为合同利率的1.5倍。",
        f"签约日期：{ymd(s.contract_date)}",
    ]
    return "\n".join(lines)


def o09(s: Spec) -> str:
    gps, ins = s.fees
    r = s.rows
    lines = [
        "汽车消费贷款合同",
        "合同号：DF-AF-2025-0612-3308",
        "",
        "| 项目 | 内容 |",
        "| 车辆 | 2025款 轩途 1.5L 自动豪华版 |",
        "| 车辆开票价 | 129,800.00元 |",
        "| 首付款 | 43,800.00元 |",
        f"| 贷款金额 | {money(s.principal)}元（{fc.wan(s.principal)}） |",
        f"| 贷款期限 | {s.n}个月 |",
        f"| 年利率 | {rate_of(s)}% |",
        "| 还款方式 | 等额本息 |",
        f"| 月供 | {money(s.payment)}元 |",
        f"| GPS安装服务费 | {money(gps.amount)}元，签约当日由借款人另行支付 |",
        f"| 车辆综合保险费（第二年） | {money(ins.amount)}元，于{r[ins.period - 1]['date'].year}年{cn_day(r[ins.period - 1]['date'])}随第{ins.period}期月供一并扣收 |",
        "",
        "说明：",
        "1. 贷款直接支付至经销商账户，借款人不另行提取现金。",
        "2. 借款人逾期超过30天的，贷款人有权依法收回车辆；车辆评估价值不影响借款人还款义务。",
        "3. 第一年车辆保险由借款人在购车时自行投保，不在本合同扣收范围。",
        "",
        "还款计划（节选）",
        "| 期数 | 还款日 | 本金 | 利息 | 其他费用 | 合计 |",
    ]
    for row in r[:2] + [r[ins.period - 1]] + r[-1:]:
        lines.append(f"| {row['k']} | {row['date'].isoformat()} | {money(row['principal'])} | {money(row['interest'])} | {money(row['fees'])} | {money(row['total'])} |")
    lines += ["", "贷款人：东方汽车金融有限公司", "借款人：彭宇", f"签订日期：{ymd(s.contract_date)}"]
    return "\n".join(lines)


def o10(s: Spec) -> str:
    fee = s.fees[0]
    r = s.rows
    return "\n".join([
        "学员分期付款确认书",
        "培训机构：启航职业技能培训学校（UI设计就业班）",
        "课程总价：19,800.00元    学员已自付：1,800.00元",
        f"分期金额：{money(s.principal)}元（由资金方 安泰消费金融有限公司 向学员发放，直接支付至培训机构）",
        "",
        f"每期应还：{money(pay(s))}元（含分期服务费{money(fee.amount)}元）",
        f"应还总额：{money(total_repaid(s))}元",
        f"首期还款日：{ymd(r[0]['date'])}",
        f"末期还款日：{ymd(r[-1]['date'])}",
        "每月同日还款，不收取利息。",
        "",
        "退课说明：开课7日内退课的，培训机构退还已付学费；开课7日后退课的，不退还学费，分期仍按上述计划归还。",
        "就业承诺：结业后6个月内未就业的，培训机构退还学费3,000元（与分期还款无关）。",
        "",
        "学员签字：马小雨",
        f"日期：{ymd(s.contract_date)}",
    ])


def o11(s: Spec) -> str:
    fee = s.fees[0]
    left = [
        "【商品信息】",
        "商品：星耀 X9 256G 手机",
        "单价：6,999.00元",
        "数量：1",
        "首付：999.00元",
        f"分期金额：{money(s.principal)}元",
        "",
        "【门店】",
        "数码港旗舰店（华强北店）",
        "导购：0527",
    ]
    right = [
        "【分期方案】",
        f"期数：{s.n}期（按月还款）",
        f"每期本金：{money(s.rows[0]['principal'])}元",
        f"每期手续费率：{plain(fee.percent)}%",
        f"每期应还：{money(pay(s))}元",
        "利息：0元",
        "",
        "【资金方】",
        "汇信消费金融有限公司",
        f"签单日：{slash0(s.contract_date)}",
    ]
    return "\n".join(["商户分期签购单"] + two_cols(left, right, 34) + [
        "",
        "本人确认以上分期信息，同意按期还款。逾期将按日收取逾期金额0.05%的罚息。",
        "客户签名：刘洋",
    ])


def o12(s: Spec) -> str:
    end = s.rows[0]["date"]
    return "\n".join([
        "借 款 凭 证（循 环 额 度 支 用）",
        "—— 扫描件识别文本，仅供参考 ——",
        "客户姓名：杜 晨        客户号：C2O25O61 8773",
        "循环额度：3O,000.00元   本次支用前可用额度：3O,000.00元",
        "本次支用金额：",
        "5, 000.00元",
        f"支用日期：{s.start_date.isoformat()}      到期日期：{end.isoformat()}",
        f"借款天数：{s.term_days}天",
        "日 利 率：O.03%（按实际借款天数计息，随借随还）",
        "到期应还利息：",
        f"{money(pay(s) - s.principal)}元",
        f"到期应还本息合计：{money(pay(s))} 元",
        "还款方式：到期一次性还本付息，可提前还款",
        "逾期罚息：按日利率上浮5O%计收",
        "经办机构：丰泽消费金融有限公司  客服4OO-8l0-2233",
        "第 l 页 共 l 页",
    ])


def o13(s: Spec) -> str:
    i1 = s.rows[0]["interest"]
    return "\n".join([
        "個人借款合同",
        "",
        "貸款人：廣州市穗信小額貸款有限公司（廣東省地方金融監督管理局批准設立）",
        "借款人：黃志明",
        "",
        "第一條 借款金額",
        f"本合同項下借款金額為人民幣{daxie(s.principal, trad=True)}（¥{money(s.principal)}）。",
        "第二條 借款期限",
        f"借款期限為十二個月，自{cn_date(s.start_date)}起至{cn_date(s.rows[-1]['date'])}止。",
        "第三條 利率",
        f"借款月利率為{rate_of(s)}%，按月計息。",
        "第四條 還款方式",
        f"借款人按月付息（每月付息日為放款日對應日，每期利息人民幣{money(i1)}元，遇法定節假日不順延），"
        "本金則於借款到期日一次性歸還。",
        "第五條 費用",
        "本合同項下不收取手續費、服務費、管理費等任何費用。",
        "第六條 逾期",
        "借款人逾期還款的，按逾期本金每日萬分之三計收罰息。",
        "第七條 爭議解決",
        "因本合同發生爭議的，由貸款人住所地人民法院管轄，適用中華人民共和國法律。",
        "",
        "貸款人（蓋章）：廣州市穗信小額貸款有限公司",
        "借款人（簽字）：黃志明",
        f"簽訂日期：{cn_date(s.contract_date)}",
    ])


def o14(s: Spec) -> str:
    fee = s.fees[0]
    return "\n".join([
        "機車分期付款借款契約書",
        "",
        "立契約書人 債權人：台灣順騎融資股份有限公司（以下簡稱甲方）",
        "          債務人：林俊宏（以下簡稱乙方）",
        "",
        f"一、借款金額：新臺幣{daxie(s.principal, trad=True).replace('圓整', '元整')}（NT${money(s.principal)}）。",
        f"二、手續費：新臺幣{money(fee.amount)}元，於撥款時自借款金額中扣除，實撥新臺幣{money(s.received)}元。",
        f"三、借款期間：{s.n}個月，按月平均攤還本息，每期應繳新臺幣{money(s.payment)}元。",
        f"四、年利率：{rate_of(s)}%。",
        "五、遲延給付者，按年利率16%計付遲延利息。",
        "六、本契約以中華民國法律為準據法，如有爭議以臺灣臺北地方法院為第一審管轄法院。",
        "",
        f"中華民國 {s.contract_date.year - 1911} 年 {s.contract_date.month} 月 {s.contract_date.day} 日"
        f"（西元{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日）",
    ])


def o15(s: Spec) -> str:
    r = s.rows
    lines = [
        "个人综合消费贷款合同",
        "",
        "贷款人：临港银行股份有限公司",
        "借款人：宋佳",
        "",
        f"一、贷款金额：人民币{fullwidth(plain(s.principal / 10000))}万元（{daxie(s.principal)}）",
        f"二、贷款期限：{fullwidth(str(s.term_months))}个月",
        f"三、贷款利率：以一年期ＬＰＲ为基准加{fullwidth(str(s.lpr_spread_bp))}个基点，"
        f"签约时执行年利率{fullwidth(plain(s.rate_value))}％，合同期内固定不变。",
        "四、还款方式：按月等额本息",
        "五、还款计划表",
        "期次 | 还款日 | 本金 | 利息 | 本息合计",
    ]
    for row in r[:3] + r[-1:]:
        lines.append(fullwidth(f"{row['k']} | {row['date'].isoformat()} | {money(row['principal'])} | {money(row['interest'])} | {money(row['total'])}"))
        if row["k"] == 3:
            lines.append("… | … | … | … | …")
    lines += [
        fullwidth(f"合计 | — | {money(s.principal)} | {money(total_interest(s))} | {money(total_repaid(s))}"),
        "六、费用：无",
        "七、借款人在贷款人处的定期存款２０万元不作为本合同的质押。",
        f"签订日期：{fullwidth(ymd(s.contract_date))}",
    ]
    return "\n".join(lines)


def o16(s: Spec) -> str:
    fee = s.fees[0]
    i1 = s.rows[0]["interest"]
    stated = s.opts["stated_total"]
    return (
        "分期借款合同 借款人周小燕（下称借款人）因家庭装修需要向恒丰消费金融有限公司（下称贷款人）申请借款，双方约定如下："
        f"借款金额为人民币{money(s.principal)}元，分{s.n}期按月偿还，每期归还本金{money(s.rows[0]['principal'])}元，"
        f"月平息{rate_of(s)}%，即每期利息按初始借款金额计算为{money(i1)}元，各期利息不随本金减少而减少；"
        f"另有手续费{money(fee.amount)}元，于最后一期还款时一并支付；借款人每期应还{money(s.rows[0]['total'])}元，"
        f"全部本息费合计为人民币{money(stated)}元；贷款人所称信用额度80,000元为授信上限，不代表本次借款金额；"
        "借款人逾期的，按逾期金额每日0.05%计收罚息；本合同自双方签署之日起生效，"
        f"签署日期{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日。"
    )


def o17(s: Spec) -> str:
    fee = s.fees[0]
    return "\n".join([
        "借款申请及确认单",
        "出借人：嘉信网络小额贷款有限公司",
        "借款人：冯磊",
        f"借款金额：{money(s.principal)}元",
        f"借款期限：{s.term_months}个月",
        "利率类型：☑ 月利率  □ 日利率  □ 年利率",
        f"利率：{rate_of(s)}%",
        "还款方式：□ 等额本息  □ 等额本金  ☑ 按月付息、到期还本  □ 到期一次还本付息",
        f"会员服务费：{money(fee.amount)}元",
        "会员费支付方式：□ 放款时从借款中扣除  □ 放款当日另行支付  ☑ 随第1期还款一并支付",
        "自动扣款：☑ 同意  □ 不同意",
        f"确认日期：{ymd(s.contract_date)}",
        "",
        "* 会员权益包含：提额加速、免费信用报告解读（每年2次）",
        "* 借款人可在放款后7日内申请退会，退会后会员费不再收取",
    ])


def o18(s: Spec) -> str:
    r = s.rows
    return "\n".join([
        "借款综合成本告知书（签约前）",
        "尊敬的客户：在您签署借款合同前，我们就本次借款的成本作如下告知。",
        "",
        "问：我借多少？",
        f"答：借款本金{money(s.principal)}元，全额发放，不预扣任何费用。",
        "问：利率是多少？",
        f"答：年利率{rate_of(s)}%（单利），还款方式见注②。",
        "问：每个月还多少？",
        "答：每期应还",
        f"{money(s.payment)}",
        "元（末期略有差异）。",
        "问：一共还多少？",
        f"答：本息合计约{money(total_repaid(s))}元。",
        "问：还有别的费用吗？",
        "答：没有。逾期罚息按合同利率加收50%（注③）。",
        "",
        "注①：您的授信额度为100,000元，本次仅支用其中一部分。",
        f"注②：借款期限{fc.cn_small(s.term_months)}个月，按月等额本息还款，首期还款日{ymd(r[0]['date'])}。",
        "注③：罚息仅在逾期时产生。",
        "",
        "告知方：安顺消费金融有限公司",
        f"告知日期：{ymd(s.contract_date)}",
    ])


def o19(s: Spec) -> str:
    rows = [["期数", "还款日", "应还金额"]] + [[f"{x['k']}/{s.n}", x["date"].isoformat(), money(x["total"])] for x in s.rows]
    body = "\n".join([
        '<header><div class="nav">&lt; 还款计划试算</div></header>',
        "<main>",
        '<div class="hero"><p>借多少</p><p class="big">' + money(s.principal) + "</p></div>",
        f'<div class="row"><span>分期</span><span>{s.n}期</span></div>',
        f'<div class="row"><span>每期还</span><span>{money(pay(s))}</span></div>',
        f'<div class="row"><span>总还款</span><span>{money(total_repaid(s))}</span></div>',
        f'<div class="row"><span>试算日期</span><span>{s.contract_date.isoformat()}</span></div>',
        fcc.table_html(rows),
        '<p class="muted">以上为试算结果，仅供参考，实际以借款合同为准。资金方：乐分消费金融有限公司</p>',
        '<p class="muted">额度最高可达 50,000 元</p>',
        "</main>",
    ])
    return page("还款计划试算", body, True, 'window.__CFG__={"maxAmount":50000,"rateTip":"日利率低至0.02%"};')


def o20(_s: Spec) -> str:
    return "\n".join([
        "个人终身寿险保险单",
        "保险单号：PL2025031000817",
        "投保人：赵敏    被保险人：赵敏",
        "基本保险金额：300,000元",
        "年交保险费：12,600元    交费期间：10年",
        "",
        "保单贷款条款摘要：",
        "在本合同有效期内，经投保人申请并经本公司审核同意，投保人可办理保单贷款。",
        "贷款金额不得超过申请时本合同现金价值扣除各项欠款后余额的80%，每次贷款期限不超过6个月，",
        "贷款利率按本公司届时公布的利率执行（2025年公布利率为年5.0%）。",
        "",
        "现金价值表（节选）：第1年末 2,310元；第5年末 41,870元；第10年末 118,450元。",
        "",
        "保险公司：长青人寿保险股份有限公司",
        "签发日期：2025年3月10日",
    ])


def o21(_s: Spec) -> str:
    return "\n".join([
        "二手车买卖合同",
        "",
        "出卖人（甲方）：何伟",
        "买受人（乙方）：陈晓东",
        "",
        "第一条 车辆：2019款 锐行 2.0T，车牌号 粤B·7K×××，行驶里程86,000公里。",
        "第二条 价款：成交价人民币68,000元（陆万捌仟元整）。",
        "第三条 付款：乙方于签约当日支付定金5,000元、首付款38,000元；余款25,000元于2025年9月30日前一次付清，余款不计利息。",
        "第四条 过户：甲方在收到首付款后10日内配合办理过户；余款付清前车辆登记证书由甲方保管。",
        "第五条 违约：乙方逾期支付余款的，每逾期一日按余款的万分之三支付违约金；甲方逾期过户的，按同样标准支付违约金。",
        "第六条 其他：本合同一式两份，双方各执一份。",
        "",
        "甲方签字：何伟    乙方签字：陈晓东",
        "签订日期：2025年6月28日",
    ])


def o22(_s: Spec) -> str:
    return "\n".join([
        "XX科技股份有限公司 2024年年度报告（节选）",
        "第十节 财务报告 — 七、合并财务报表项目注释",
        "",
        "32．短期借款",
        "（1）短期借款分类                                 单位：元",
        "项目            期末余额            期初余额",
        "信用借款        120,000,000.00      80,000,000.00",
        "保证借款         45,000,000.00      60,000,000.00",
        "合计            165,000,000.00     140,000,000.00",
        "",
        "短期借款的说明：期末信用借款年利率区间为2.65%—3.10%，均为一年期银行借款，按季付息、到期还本。",
        "（2）已逾期未偿还的短期借款情况：无。",
        "",
        "33．长期借款",
        "保证借款期末余额300,000,000.00元，借款期限5年，利率为五年期以上LPR减40个基点。",
        "",
        "—— 第 186 页 ——",
    ])


# ---------------------------------------------------------------------------------------------
# English renderers
# ---------------------------------------------------------------------------------------------


def e01(s: Spec) -> str:
    fee = s.fees[0]
    fin = total_repaid(s) - s.received
    lines = [
        "PRAIRIE STATE CONSUMER FINANCE, INC.  -  Licensed under the Illinois Consumer Installment Loan Act",
        f"Loan No. IL-77-30412        Date of Loan: {long_en(s.contract_date)}",
        "Borrower: Keisha M. Turner, 410 Example Ave., Peoria, IL",
        "",
        "FEDERAL TRUTH-IN-LENDING DISCLOSURES",
    ]
    lines += boxes([
        ("ANNUAL PERCENTAGE RATE The cost of your credit as a yearly rate.", f"{r2(s.cost)}%"),
        ("FINANCE CHARGE The dollar amount the credit will cost you.", cur(fin)),
        ("Amount Financed The amount of credit provided to you or on your behalf.", cur(s.received)),
        ("Total of Payments The amount you will have paid after all payments.", cur(total_repaid(s))),
    ])
    lines += [
        f"Your payment schedule will be: {s.n - 1} payments of {cur(s.payment)} due monthly beginning {long_en(s.rows[0]['date'])},",
        f"and 1 final payment of {cur(s.rows[-1]['total'])} due {long_en(s.rows[-1]['date'])}.",
        "Late charge: if a payment is more than 10 days late, you will be charged $15.00.",
        "Prepayment: if you pay off early, you will not have to pay a penalty.",
        "",
        "ITEMIZATION OF THE AMOUNT FINANCED",
        f"Principal amount of loan ................ {cur(s.principal)}",
        f"Prepaid finance charge (origination fee, {plain(fee.percent)}%) withheld ... {cur(fee.per_payment(s.principal))}",
        f"Amount paid to you directly ............. {cur(s.received)}",
        "",
        f"PROMISE TO PAY. You promise to pay {cur(s.principal)} with simple interest at {rate_of(s)}% per year on the unpaid balance.",
        "Your approved credit line with us is $5,000.00; only the amount above is lent under this note.",
    ] + [f"{i}. {t}" for i, t in enumerate(EN_BOILER, 1)] + ["", "Borrower signature: ______________________  Page 1 of 1"]
    return "\n".join(lines)


def e02(s: Spec) -> str:
    fee = s.fees[0]
    return "\n".join([
        "QUICKBRIDGE CASH  |  Store #118, 2200 W. Example Rd, Springfield IL",
        "DEFERRED DEPOSIT TRANSACTION RECEIPT",
        "",
        "Customer ............ D. Alvarez",
        f"Transaction Date .... {ordinal(s.start_date)}",
        f"Due Date ............ {ordinal(s.rows[0]['date'])}",
        f"Cash Advanced ....... {cur(s.principal)}",
        f"Fee ................. {cur(fee.amount)}",
        f"Check Amount ........ {cur(pay(s))}",
        "",
        "Your check will be deposited on the Due Date unless you redeem it in cash before then.",
        "Returned check fee: $25.00. You may not have more than one deferred deposit outstanding with us.",
        "Thank you for choosing QuickBridge. Ask about our Gold Card: advances up to $1,000!",
    ])


def e03(s: Spec) -> str:
    fee = s.fees[0]
    return "\n".join([
        "SHOW-ME TITLE LENDERS LLC - TITLE LOAN AGREEMENT (MISSOURI)",
        f"Agreement date: {long_en(s.contract_date)}",
        "Vehicle: 2014 Example Sedan, VIN 1EX***********4471. Appraised value: $5,400.00",
        "",
        "ANNUAL PERCENTAGE RATE: 25.00%",
        f"FINANCE CHARGE: {cur(fee.amount)}",
        f"AMOUNT FINANCED: {cur(s.principal)}",
        f"TOTAL OF PAYMENTS: {cur(pay(s))}",
        f"PAYMENT SCHEDULE: one payment of {cur(pay(s))} due {long_en(s.rows[0]['date'])} ({s.term_days} days after today).",
        "",
        "1. You give us a security interest in the vehicle and its title until the loan is paid.",
        "2. You may renew this loan by paying the finance charge on the due date; each renewal is a new 30-day term.",
        "3. If you default, we may repossess the vehicle; any surplus after sale will be returned to you.",
        "4. Maximum loan on this vehicle under our policy: $2,700.00.",
        "Borrower: Travis Oakley",
    ])


def e04(s: Spec) -> str:
    r = s.rows
    return "\n".join([
        "Order #NY-558201 confirmed  -  thank you!",
        "Cart total: $1,049.00   (Gift card applied: -$149.00)",
        f"Paid with: MetroLend Bank, N.A. installment loan  -  amount financed {cur(s.principal)}",
        "",
        f"You agreed to the Retail Installment Loan Agreement on {long_en(s.contract_date)} (e-signed, copy sent to your e-mail).",
        f"    {s.n} monthly payments  ·  {cur(s.payment)}/mo  ·  {rate_of(s)}% APR  ·  no fees",
        "    (Pay in 4 interest-free was not available for orders over $1,000.)",
        "",
        "Your plan",
        *[f"  {x['k']}. {long_en(x['date'])}  {cur(x['total'])}" for x in r],
        f"  Total of payments {cur(total_repaid(s))}  (interest {cur(total_interest(s))})",
        "",
        "Delivery to Brooklyn, New York. Interest is simple interest on the unpaid balance. Late fee: none.",
        "[ Manage my loan ]   [ Continue shopping ]",
    ])


def e05(s: Spec) -> str:
    fee = s.fees[0]
    return "\n".join([
        "LAKESHORE COMMUNITY CREDIT UNION - Small-Dollar Loan: Your Questions Answered",
        "Member: Priya Natarajan    Member no. 55-01832",
        "",
        "Q: How much am I borrowing?",
        f"A: {cur(s.principal)}. The {cur(fee.amount)} application fee is taken out of that amount, so {cur(s.received)} goes into your share draft account.",
        "Q: What is the interest rate?",
        f"A: {rate_of(s)}% per year, fixed, charged on the unpaid balance.",
        "Q: How do I repay?",
        f"A: {s.n} equal monthly payments of {cur(s.payment)}, the first on {long_en(s.rows[0]['date'])} (the last may differ by a few cents).",
        "Q: Is there a penalty for paying early?",
        "A: No.",
        "Q: What if I am late?",
        "A: A late fee of $10 applies after 15 days.",
        "",
        "By signing below you agree to these terms and to the Loan and Security Agreement printed on the back.",
        f"Signed in Evanston, Illinois on {long_en(s.contract_date)}.   ______________________  Priya Natarajan",
    ])


def e06(s: Spec) -> str:
    i1 = s.rows[0]["interest"]
    stated = s.opts["stated_total"]
    return "\n".join([
        "PROMISSORY NOTE",
        f"Rochester, New York, {long_en(s.contract_date)}",
        "",
        f"For value received, I, Daniel Brennan, promise to pay to my aunt, Margaret Brennan, the sum of Twelve Thousand Dollars ({cur(s.principal)}),",
        f"with interest at {rate_of(s)} percent per year. I will pay interest only, {cur(i1)} on the same day of each month, for {s.n} months,",
        f"beginning one month from today, and I will pay the whole principal together with the last interest payment, that is {cur(s.rows[-1]['total'])},",
        f"on {long_en(s.rows[-1]['date'])}. All together I will pay you {cur(stated)}.",
        "",
        "I may prepay at any time without penalty. If any payment is more than 30 days late, the holder may declare the whole balance due.",
        "Margaret has also agreed to lend me up to $5,000 more next year for the car; that is not part of this note.",
        "",
        "______________________ Daniel Brennan          Witness: ______________________ Ellen Brennan",
    ])


def e07(s: Spec) -> str:
    i = s.rows[0]["interest"]
    return "\n".join([
        "SHORT-TERM LOAN AGREEMENT - regulated by the Consumer Credit Act 1974",
        f"Agreement date: {uk_date(s.contract_date)}",
        "Lender: SwiftLoan UK Ltd (FRN 000000)      Borrower: Callum Reid",
        "",
        "Representative example: borrow £300 for 30 days at 0.8% per day. Total repayable £372. Representative APR 1,270%.",
        "(The example above is not your loan. Your own figures are below.)",
        "",
        f"Amount of credit ........ £{money(s.principal)}",
        f"Duration ................ {s.term_days} days, repayable on {uk_date(s.rows[0]['date'])}",
        f"Interest ................ 0.8% per day, fixed: £{money(i)}",
        "Fees .................... none",
        f"Total amount payable .... £{money(pay(s))}",
        f"APR ..................... {r2(s.cost).quantize(D('0.1'))}%",
        "",
        "Default: if you miss the repayment we may charge one default fee of £15 and continue interest at 0.8% per day; "
        "you will never pay back more than twice the amount you borrowed.",
        "Warning: late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk.",
    ])


def e08(s: Spec) -> str:
    return "\n".join([
        "STANDARD EUROPEAN CONSUMER CREDIT INFORMATION",
        "1. Identity and contact details of the creditor",
        "Creditor: Northway Bank plc, 1 Example Square, Manchester M1 1XX",
        "2. Description of the main features of the credit product",
        "The type of credit: fixed-sum unsecured personal loan",
        f"The total amount of credit: £{money(s.principal)}",
        "How and when you would obtain the credit: paid to your current account within 2 working days of signing",
        f"The duration of the credit agreement: {s.term_months} months",
        f"Instalments and the order in which they will be allocated: {s.n} monthly instalments of £{money(s.payment)}",
        f"The total amount you will have to pay: £{money(total_repaid(s))}",
        "3. Costs of the credit",
        f"The borrowing rate: {rate_of(s)}% a year, fixed",
        f"Annual Percentage Rate of Charge (APRC): {r2(s.cost).quantize(D('0.1'))}%",
        "Representative example (not your loan): £10,000 over 60 months at 10.4% APR representative, 9.94% p.a. fixed, 60 payments of £211.30, total £12,678.00.",
        "Costs in case of late payments: £12 for each missed payment.",
        "4. Other important legal aspects",
        "Right of withdrawal: yes, within 14 days. Early repayment: yes; compensation up to 58 days' interest may apply.",
        "",
        f"Given to: Hannah Okafor, {uk_date(s.contract_date)}, before the credit agreement is made",
    ])


def e09(s: Spec) -> str:
    return "\n".join([
        "CREDIT AGREEMENT - Consumer Credit Act 1995 (Ireland)",
        "Creditor: Liffey Credit DAC, Dublin 2      Borrower: Aoife Byrne, Cork",
        f"Date: {uk_date(s.contract_date)}",
        "",
        f"Amount of credit: €{money(s.principal)}",
        f"Term: {s.term_months} months",
        f"Interest rate: {rate_of(s)}% variable",
        f"Repayments: {s.n} monthly repayments of €{money(s.payment)}",
        f"Total amount repayable: €{money(total_repaid(s))}",
        "Representative example: a €10,000 loan over 5 years at 8.9% APR costs €2,312 in total interest; this example is not your loan.",
        "WARNING: You may have to pay charges if you pay off a fixed-rate loan early.",
        "The Central Bank of Ireland regulates the creditor. This agreement is governed by Irish law.",
    ])


def e10_blocks(s: Spec) -> list:
    fee = s.fees[0]
    r = s.rows
    return [
        ("p", "HIRE-PURCHASE AGREEMENT regulated by the Consumer Credit Act 1974"),
        ("p", f"Date: {uk_date(s.contract_date)}    Creditor: Pennine Motor Finance Ltd    Hirer: Owen Pritchard"),
        ("p", "Goods: 2021 Example Hatch 1.2, registration EX21 ABC"),
        ("tbl", [
            ["Cash price", "£14,000.00"],
            ["Advance payment (deposit)", "£2,000.00"],
            ["Amount of credit", f"£{money(s.principal)}"],
            ["Flat rate of interest", f"{rate_of(s)}% a year"],
            ["Total charge for credit", f"£{money(total_interest(s) + fee.amount)}"],
            ["Option to purchase fee", f"£{money(fee.amount)}, payable with the last monthly payment"],
            ["Monthly payments", f"{s.n} of £{money(r[0]['total'])} (the last £{money(r[-1]['total'])} including the fee)"],
            ["Total amount payable", f"£{money(total_repaid(s) + 2000)} (including the deposit)"],
            ["APR", f"{r2(s.cost).quantize(D('0.1'))}%"],
        ]),
        ("p", "You do not own the goods until you have paid everything and the option to purchase fee. You may end the agreement by "
              "voluntary termination once you have paid half of the total amount payable."),
        ("p", "Missing payments could have severe consequences. Late payment fee: £25."),
    ]


def e11(s: Spec) -> str:
    fee = s.fees[0]
    return "\n".join([
        "PRIVATE EDUCATION LOAN - FINAL DISCLOSURE",
        "This is not a contract. It tells you the terms of the loan you have accepted; the money will be sent to your school in 3 business days.",
        "Lender: Midwest Scholar Bank    Borrower: Tyler Nguyen    School: Example State University, Illinois",
        f"Date of disclosure: {long_en(s.contract_date)}",
        "",
        f"Loan Amount ........................ {cur(s.principal)}",
        f"Origination fee ({plain(fee.percent)}%) deducted ....... {cur(fee.per_payment(s.principal))}",
        f"Amount Financed (sent to school) ... {cur(s.received)}",
        f"Interest rate ...................... {rate_of(s)}% fixed",
        f"ANNUAL PERCENTAGE RATE ............. {r2(s.cost)}%",
        f"Repayment: immediate; {s.n} monthly payments of {cur(s.payment)} starting {long_en(s.rows[0]['date'])}",
        f"Total of Payments .................. {cur(total_repaid(s))}",
        "",
        "Federal student loans may cost less: the Direct Unsubsidized rate this year is 6.39%.",
        "You have the right to cancel within 3 business days of receiving this disclosure without penalty.",
    ])


def e12(s: Spec) -> str:
    return "\n".join([
        "RED CEDAR LENDING - a tribal lending entity wholly owned by the Example Band of Indians",
        "INSTALLMENT LOAN AGREEMENT",
        f"Effective date: {long_en(s.contract_date)}       Customer state of residence: Illinois",
        "",
        f"ANNUAL PERCENTAGE RATE {r2(s.cost)}%   FINANCE CHARGE {cur(total_repaid(s) - s.principal)}   "
        f"AMOUNT FINANCED {cur(s.principal)}   TOTAL OF PAYMENTS {cur(total_repaid(s))}",
        f"Payment schedule: {s.n - 1} payments of {cur(s.payment)} every two weeks, then one of {cur(s.rows[-1]['total'])}, first due {long_en(s.rows[0]['date'])}.",
        f"Interest accrues at a simple rate of {rate_of(s)}% per year on the unpaid principal.",
        "",
        "GOVERNING LAW. This agreement is governed by the laws of the Example Band and applicable federal law, and not by the law of your state.",
        "ARBITRATION. Any dispute will be resolved by tribal arbitration. You waive any right to a jury trial or class action.",
        "Returning customers may qualify for up to $2,500.",
    ])


def e13(_s: Spec) -> str:
    return "\n".join([
        "RENT-TO-OWN AGREEMENT (LEASE-PURCHASE)",
        "Store: HomeFirst Rentals #42, Joliet IL      Customer: Brenda Shaw",
        "Property: 65-inch LED television, model EX-65Q",
        "Rental payment: $29.99 weekly. You may end this agreement at any time by returning the property; you owe nothing more.",
        "Total of payments to ownership: 78 weekly payments, $2,339.22. Cash price: $1,099.99.",
        "You will not own the property until you make all payments or use the early purchase option.",
        "Early purchase option: 55% of the remaining total of payments after the first 90 days.",
        "This is a rental-purchase agreement, not a credit sale or loan. Date: March 5, 2026.",
    ])


def e14(_s: Spec) -> str:
    return "\n".join([
        "CONTINUING COMMERCIAL GUARANTY",
        "Guarantor: Rosa Delgado      Borrower: Delgado Bakery LLC      Lender: Riverbank Commerce Bank",
        "",
        "1. Guaranty. For value received, Guarantor absolutely and unconditionally guarantees full and punctual payment of all of "
        "Borrower's present and future debts to Lender, including the $150,000.00 line of credit dated June 2, 2025 at prime plus 2.25%.",
        "2. Limit. Guarantor's liability under this Guaranty shall not exceed $75,000.00 plus costs of collection.",
        "3. Waivers. Guarantor waives presentment, demand, protest and notice of dishonor.",
        "4. Revocation. Guarantor may revoke this Guaranty as to future advances by written notice to Lender.",
        "Dated June 2, 2025.   ______________________ Rosa Delgado",
    ])


def e15(_s: Spec) -> str:
    return "\n".join([
        "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS - MUNICIPAL DEPARTMENT",
        "Harbor Installment Loans, Inc., Plaintiff, v. Marcus Lee, Defendant.    Case No. 2025-M1-000000",
        "",
        "DEFAULT JUDGMENT ORDER",
        "This cause coming before the Court on Plaintiff's motion, Defendant having been duly served and having failed to appear,",
        "the Court finds that Defendant executed a promissory note on January 14, 2024 for $2,400.00 at 24.9% per annum, payable",
        "in 24 monthly installments, and defaulted. IT IS ORDERED that judgment is entered for Plaintiff and against Defendant in the",
        "amount of $1,876.44 (principal $1,702.10, accrued interest $174.34) plus court costs of $358.00. Post-judgment interest at 9% per year.",
        "ENTERED: October 8, 2025.     Judge No. 1999",
    ])


def e16(_s: Spec) -> str:
    return "\n".join([
        "NEED CASH FAST? GET UP TO $5,000 TODAY!",
        "Loans from $500 to $5,000. Terms 6 to 36 months. APR 35.99% maximum.",
        "Example: a $1,000 loan for 12 months at 35.99% APR has 12 payments of $100.47; total of payments $1,205.64.",
        "No hidden fees. Apply online in 5 minutes - decisions in seconds.",
        "Loans made by Example Finance Co., licensed by the Illinois Department of Financial and Professional Regulation.",
        "Not all applicants qualify. Offer ends December 31, 2025.",
    ])


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of the solvers; asserted in check_expectations):
# * zh-o05: 25000 x 0.9% = 225 a month x 8 months = 1800 -> 26800 = 贰万陆仟捌佰元整; 0.9% x 12 = 10.8%
#   <= 4 x LPR 3.10% (in force 2024-10-21 .. 2025-05-19) = 12.4%, but the overdue charge 0.05% a day x 365
#   = 18.25% > 12.4% (Art. 28/29 [C]).
# * zh-o12: 5000 x 0.03% x 60 = 90.00 -> 5090.00; 0.03% x 365 = 10.95%; 2025-06-18 + 60 days = 2025-08-17.
# * zh-o10: 20700 / 1150 = 18 payments; 18 x (1000 + 150) = 20700; first 2025-05-15, last 2026-10-15 (17 months later).
# * en-o02: March 5 -> March 19 = 14 days; 52.50 / 300 = 17.5% x 365 / 14 = 4.5625 -> 456.25% > 36% (IL PLPA).
# * en-o03: 300 / 1200 = 25% for 30 days; x 365 / 30 = 304.17% vs the disclosed 25%: off by far more than 1/8 pp.
# * zh-o16: 40000 + 24 x 180 + 600 = 44920, while the paragraph states 45520: an inconsistency of 600.
# * en-o06: 12000 x 6% / 12 = 60 a month; 12 x 60 + 12000 = 12720, while the note says 12800.

CF, MF = "consumer_finance", "microloan"
MEM = ["membership", "service", "other"]
GPS = ["service", "other", "handling"]


def specs() -> list[Spec]:
    return [
        c("zh-o01-esign-export-footers-between-label-and-value", o01, "pdf", principal=D(40000),
          method="equal_installment", n=24, term_months=24, rate_value=D("15.6"),
          contract_date=date(2025, 3, 5), start_date=date(2025, 3, 5), lender_type=CF,
          notes=["签署日期 2025.3.5; the page footers of the export sit between '借款本金' / '每期应还款额' and their values",
                 "the 60,000 revolving line and the 10,000 worked example are not this loan"]),
        c("zh-o02-bill-page-instalment-fee-rate-year-in-header", o02, principal=D(6000), method="equal_principal",
          method_accept=["flat_rate", "equal_installment"], n=12, term_months=12,
          fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.6"))],
          contract_date=date(2025, 3, 5), start_date=date(2025, 3, 5), lender_type=CF,
          notes=["办理时间 3月5日, the year 2025 only in the bill header; 0.6% x 6000 = 36 a period, no interest",
                 "the 30,000 limit, 24,500 available and 600 minimum payment are not the principal"]),
        c("zh-o03-extension-agreement-remaining-principal-interest-only", o03, principal=D(80000),
          method="interest_only", n=6, term_months=6, rate_value=D("0.8"), rate_per="month",
          contract_date=date(2025, 9, 8), start_date=date(2025, 9, 10), lender_type="bank",
          notes=["a 展期 agreement: 100,000 was the original loan, 20,000 repaid, 80,000 extended for six months",
                 "80000 x 0.8% = 640 interest each month; principal at the end (2026-03-10)"]),
        c("zh-o04-co-borrowers-lpr-60bp-equal-principal-repriced", o04, principal=D(300000), method="equal_principal",
          n=60, term_months=60, lpr_spread_bp=60, contract_date=date(2025, 8, 18), start_date=date(2025, 8, 18),
          lender_type="bank",
          notes=["30万元 = 300000; LPR 3.00% + 60bp = 3.60%; 5000 principal a month; first interest 300000 x 0.3% = 900",
                 "repriced each 1 January at the LPR then in force; the cost is computed at the rate in force at signing (stated assumption)",
                 "the 186万元 appraisal is not the loan; two co-borrowers are one borrower side"]),
        c("zh-o05-iou-daxie-numeral-dates-9li-overdue-above-cap", o05, principal=D(25000), method="bullet",
          freq="single", n=1, term_months=8, rate_value=D("0.9"), rate_per="month",
          contract_date=date(2025, 3, 5), start_date=date(2025, 3, 5), lender_type="individual",
          overdue_annual=D("18.25"),
          notes=["贰万伍仟元整 = 25000; 二〇二五年三月五日 to 二〇二五年十一月五日; 月息玖厘 = 0.9% a month",
                 "25000 x 0.9% x 8 = 1800; 贰万陆仟捌佰元整 = 26800",
                 "10.8% <= 4 x LPR 3.10% (March 2025) = 12.4%; the overdue charge 万分之五 a day = 18.25% a year > 12.4%"]),
        c("zh-o06-app-order-page-wanfen-daily-fee-per-period", o06, principal=D(3000), method="equal_installment",
          n=6, term_months=6, rate_value=D("0.05"), rate_per="day",
          fees=[Fee("服务费", ANY_SERVICE, "per_period", amount=D(45))],
          contract_date=date(2025, 10, 14), start_date=date(2025, 10, 14), lender_type=MF,
          notes=["万分之五 a day x 365 = 18.25%; the 45 fee each period (1.5% of 3000 a month) takes the all-in cost above 36%",
                 "12,000 available limit and the 200,000 advert are not this loan"]),
        c("zh-o07-articles-intermediary-fee-from-principal", o07, principal=D(12000), method="equal_installment",
          n=12, term_months=12, rate_value=D(18), fees=[Fee("居间服务费", ANY_SERVICE, "upfront_deducted", amount=D(960))],
          contract_date=date(2025, 7, 21), start_date=date(2025, 7, 21), lender_type=MF,
          notes=["960 taken from the principal at payout (第七条): 11,040 received; the schedule is on 12,000"]),
        c("zh-o08-zhudai-tabs-monthly-guarantee-fee-over-24", o08, principal=D(30000), method="equal_installment",
          n=12, term_months=12, rate_value=D("9.6"), fees=[Fee("担保费", ["guarantee"], "per_period", percent=D("0.8"))],
          lender="泰和村镇银行（助贷）", contract_date=date(2025, 11, 20), start_date=date(2025, 11, 20),
          lender_type="bank",
          notes=["a 助贷 loan after 2025-10-01; 0.8% x 30000 = 240 guarantee fee a month, collected with each instalment",
                 "the 50,000 platform limit is not this loan"]),
        c("zh-o09-car-loan-pipe-gps-at-signing-insurance-with-12th", o09, "pdf", principal=D(86000),
          method="equal_installment", n=36, term_months=36, rate_value=D("6.8"),
          fees=[Fee("GPS安装服务费", GPS, "at_disbursement", amount=D(1280)),
                Dated("车辆综合保险费", ["insurance"], "on_date", amount=D(2400), period=12)],
          contract_date=date(2025, 6, 12), start_date=date(2025, 6, 12), lender_type="auto_finance",
          notes=["8.6万元 = 86000 (129,800 price less 43,800 down payment)",
                 "the GPS fee is paid apart on the signing day; the 2,400 premium is collected with the 12th instalment (2026-06-12)"]),
        c("zh-o10-training-loan-instalment-total-first-last-dates-only", o10, principal=D(18000),
          method="equal_principal", method_accept=["flat_rate", "equal_installment"], n=18, term_months=18,
          fees=[Fee("分期服务费", ANY_SERVICE, "per_period", amount=D(150))],
          contract_date=date(2025, 4, 15), start_date=date(2025, 4, 15), lender_type=CF,
          notes=["no count and no term written: 20,700 / 1,150 = 18 monthly payments from 2025-05-15 to 2026-10-15",
                 "19,800 course price less 1,800 paid = 18,000 financed; no interest, a 150 fee in each payment",
                 "the 3,000 job-guarantee refund is not a loan figure"]),
        c("zh-o11-phone-instalment-two-columns-fee-rate", o11, principal=D(6000), method="equal_principal",
          method_accept=["flat_rate", "equal_installment"], n=12, term_months=12,
          fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.5"))],
          contract_date=date(2025, 3, 5), start_date=date(2025, 3, 5), lender_type=CF,
          notes=["6,999 price less 999 down = 6,000 financed; 0.5% x 6000 = 30 a period; 签单日 2025/03/05"]),
        c("zh-o12-revolving-draw-60-days-ocr-noise", o12, principal=D(5000), method="bullet", freq="single", n=1,
          term_days=60, rate_value=D("0.03"), rate_per="day", contract_date=date(2025, 6, 18),
          start_date=date(2025, 6, 18), lender_type=CF,
          notes=["OCR-like text: O for 0 and l for 1 in labels and figures, '5, 000.00' split from its label",
                 "5000 x 0.03% x 60 = 90.00; the 30,000 revolving line is not the draw"]),
        c("zh-o13-traditional-guangzhou-microloan-interest-first-words-between", o13, principal=D(50000),
          method="interest_only", n=12, term_months=12, rate_value=D("0.75"), rate_per="month",
          contract_date=date(2025, 7, 16), start_date=date(2025, 7, 16), lender_type=MF,
          notes=["伍萬圓整 = 50000 RMB, a Guangzhou microloan company under PRC law in 繁體: in scope",
                 "50000 x 0.75% = 375 interest each month; principal at the end"]),
        c("zh-o14-taiwan-scooter-loan-ntd-out-of-scope", o14, principal=D(60000), method="equal_installment", n=24,
          term_months=24, rate_value=D("12.9"), fees=[Fee("手續費", ANY_SERVICE, "upfront_deducted", amount=D(3000))],
          currency="TWD", jurisdiction="TW", apr_method=None, contract_date=date(2025, 9, 1),
          start_date=date(2025, 9, 1), lender_type="licensed_nonbank",
          notes=["新臺幣 and a Taipei court under ROC law: outside the bundled rules; terms are still read",
                 "3,000 taken at payout: 57,000 received"]),
        c("zh-o15-lpr-245bp-fullwidth-wanyuan-pipe-schedule", o15, principal=D(150000), method="equal_installment",
          n=36, term_months=36, lpr_spread_bp=245, contract_date=date(2025, 10, 27), start_date=date(2025, 10, 27),
          lender_type="bank",
          notes=["１５万元 = 150000 in full-width digits; LPR 3.00% + 245bp = 5.45%; the 20万元 deposit is not pledged nor lent"]),
        c("zh-o16-flat-rate-paragraph-fee-at-end-total-contradicts", o16, principal=D(40000), method="flat_rate",
          method_accept=["equal_installment"], n=24, term_months=24, rate_value=D("0.45"), rate_per="month",
          fees=[Fee("手续费", ANY_SERVICE, "at_maturity", amount=D(600))], contract_date=date(2025, 5, 9),
          start_date=date(2025, 5, 9), lender_type=CF, opts={"stated_total": D(45520), "inconsistency": True},
          notes=["月平息0.45% = 180 a month on the original 40000; 600 fee with the last payment",
                 "40000 + 24 x 180 + 600 = 44920, but the stated 本息费合计 is 45520: an inconsistency"]),
        c("zh-o17-checkbox-membership-with-first-instalment", o17, principal=D(10000), method="interest_only", n=12,
          term_months=12, rate_value=D("1.2"), rate_per="month",
          fees=[Dated("会员服务费", MEM, "on_date", amount=D(399), period=1)],
          contract_date=date(2025, 12, 3), start_date=date(2025, 12, 3), lender_type=MF,
          notes=["☑ 月利率 1.2% = 14.4%; ☑ 按月付息到期还本: 120 a month; ☑ the 399 fee is paid with the 1st instalment"]),
        c("zh-o18-cost-notice-qa-term-only-in-footnote", o18, kind="loan_disclosure", principal=D(20000),
          method="equal_installment", n=18, term_months=18, rate_value=D("12.6"),
          contract_date=date(2025, 12, 1), start_date=date(2025, 12, 1), lender_type=CF,
          notes=["a pre-contract notice; the term (十八个月) and the method are only in footnote ②; the instalment is split over three lines",
                 "100,000 is the credit line"]),
        c("zh-o19-app-plan-trial-figures-only", o19, "html", kind="loan_disclosure", principal=D(3600),
          method="flat_rate", method_accept=["equal_installment"], n=12, term_months=12, rate_value=D(1),
          rate_per="month", contract_date=date(2026, 1, 22), start_date=date(2026, 1, 22), lender_type=CF,
          opts={"no_rate_compare": True},
          notes=["a trial plan: only 3,600, 12 x 336.00 and 4,032.00; 336 = 300 principal + 36 (1% of 3600): level payments",
                 "no rate or method is written (rate not compared)"]),
        c("zh-o20-life-insurance-policy-loan-clause", o20, **OTHER,
          notes=["an insurance policy with a policy-loan clause: not a loan contract"]),
        c("zh-o21-used-car-sale-deferred-balance", o21, **OTHER,
          notes=["a sale of a used car with a deferred, interest-free balance: not a loan"]),
        c("zh-o22-annual-report-borrowings-note", o22, **OTHER,
          notes=["a company's annual-report note listing its bank borrowings: not a loan document"]),
        # ------------------------------------------------------------------ English
        c("en-o01-illinois-installment-til-boxes-origination-withheld", e01, "pdf", **USD, principal=D(3000),
          method="equal_installment", n=24, term_months=24, rate_value=D("26.5"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", percent=D(5))], jurisdiction="US-IL",
          contract_date=date(2025, 9, 15), start_date=date(2025, 9, 15), lender_type="licensed_nonbank",
          notes=["5% x 3000 = 150 withheld: 2850 financed; the 5,000 line is not this loan; APR below 36%"]),
        c("en-o02-illinois-payday-receipt-ordinal-dates-only", e02, **USD, principal=D(300), method="bullet",
          freq="single", n=1, term_days=14, fees=[Fee("Fee", ["other", "service", "handling"], "at_maturity", amount=D("52.50"))],
          jurisdiction="US-IL", contract_date=date(2026, 3, 5), start_date=date(2026, 3, 5),
          lender_type="licensed_nonbank", disclose_apr=False,
          notes=["only a Transaction Date (March 5th, 2026) and a Due Date (March 19th, 2026): 14 days; no APR printed",
                 "52.50 on 300 for 14 days = 456.25% > Illinois' 36%; the 1,000 Gold Card is an advert"]),
        c("en-o03-missouri-title-loan-monthly-rate-as-apr", e03, **USD, principal=D(1200), method="bullet",
          freq="single", n=1, term_days=30, fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(300))],
          jurisdiction="US-MO", contract_date=date(2025, 8, 4), start_date=date(2025, 8, 4),
          lender_type="licensed_nonbank", disclosed_apr_override=D(25), opts={"no_fee_compare": True},
          notes=["the 25% monthly charge is printed as the ANNUAL PERCENTAGE RATE; the Reg Z APR is 304.17%",
                 "5,400 appraisal and 2,700 policy maximum are not the loan"]),
        c("en-o04-new-york-checkout-confirmation-pay-over-6-months", e04, **USD, principal=D(900), method="equal_installment",
          n=6, term_months=6, rate_value=D("15.99"), jurisdiction="US-NY", contract_date=date(2025, 11, 28),
          start_date=date(2025, 11, 28), lender_type="bank",
          notes=["1,049 cart less a 149 gift card = 900 financed; 15.99% simple interest, no fees: under New York's 16%"]),
        c("en-o05-illinois-credit-union-small-loan-qa-fee-withheld", e05, **USD, principal=D(1000),
          method="equal_installment", n=6, term_months=6, rate_value=D(18),
          fees=[Fee("application fee", ["application", "origination", "other"], "upfront_deducted", amount=D(20))],
          jurisdiction="US-IL", contract_date=date(2025, 10, 6), start_date=date(2025, 10, 6), lender_type="credit_union",
          disclose_apr=False,
          notes=["20 taken from the 1,000: 980 paid out; the MAPR basis (IL PLPA) counts the application fee"]),
        c("en-o06-new-york-family-note-interest-only-balloon-total-wrong", e06, **USD, principal=D(12000),
          method="interest_only", n=12, term_months=12, rate_value=D(6), jurisdiction="US-NY",
          contract_date=date(2025, 4, 19), start_date=date(2025, 4, 19), lender_type="individual", disclose_apr=False,
          opts={"stated_total": D(12800), "inconsistency": True},
          notes=["12000 x 6% / 12 = 60 a month; the 12th payment is 12,060; total 12,720, but the note says 12,800",
                 "the 5,000 promised for next year is not this note"]),
        c("en-o07-uk-short-term-at-daily-cap-representative-example", e07, **GBP, principal=D(250), method="bullet",
          freq="single", n=1, term_days=28, rate_value=D("0.8"), rate_per="day", contract_date=date(2025, 10, 2),
          start_date=date(2025, 10, 2), lender_type="licensed_nonbank", opts={"default_fee": 15},
          notes=["250 x 0.8% x 28 = 56; charges exactly 0.8% a day (not above); default fee 15",
                 "the £300 / £372 / 1,270% representative example is not this loan"]),
        c("en-o08-uk-secci-personal-loan-aprc", e08, **GBP, kind="loan_disclosure", principal=D(7500),
          method="equal_installment", n=48,
          term_months=48, rate_value=D("9.9"), contract_date=date(2025, 11, 10), start_date=date(2025, 11, 10),
          lender_type="bank",
          notes=["a SECCI: pre-contract information, so a disclosure; the £10,000 representative example is not this loan; no UK price cap"]),
        c("en-o09-irish-credit-agreement-out-of-scope", e09, lang="en", currency="EUR", apr_method=None,
          principal=D(15000), method="equal_installment", n=60, term_months=60, rate_value=D("8.5"),
          jurisdiction="IE", contract_date=date(2025, 9, 22), start_date=date(2025, 9, 22), lender_type="licensed_nonbank",
          notes=["an Irish credit agreement in EUR: no bundled ruleset covers Ireland; terms are still read",
                 "the €10,000 representative example is not this loan"]),
        c("en-o10-docx-uk-hire-purchase-flat-rate-option-fee", e10_blocks, "docx", **GBP, principal=D(12000),
          method="flat_rate", method_accept=["equal_installment"], n=48, term_months=48, rate_value=D("4.9"),
          fees=[Fee("Option to purchase fee", ["other", "service", "handling"], "at_maturity", amount=D(10))],
          contract_date=date(2025, 7, 14), start_date=date(2025, 7, 14), lender_type="licensed_nonbank",
          notes=["14,000 cash price less 2,000 deposit = 12,000 credit; flat 4.9% = 49.00 interest a month, 250.00 principal",
                 "the option fee rides on the last payment; hire purchase is credit under the CCA, no price cap"]),
        c("en-o11-private-student-loan-final-disclosure", e11, **USD, kind="loan_disclosure", principal=D(8000),
          method="equal_installment", n=120, term_months=120, rate_value=D("10.5"),
          fees=[Fee("Origination fee", ["origination"], "upfront_deducted", percent=D(2))], jurisdiction="US-IL",
          contract_date=date(2025, 8, 11), start_date=date(2025, 8, 11), lender_type="bank",
          notes=["a final disclosure ('This is not a contract'); 2% x 8000 = 160 withheld: 7840 to the school",
                 "the 6.39% federal rate is a comparison, not this loan"]),
        c("en-o12-tribal-lender-biweekly-installments", e12, **USD, principal=D(800), method="equal_installment",
          freq="biweek", n=10, rate_value=D(299), jurisdiction="US-IL", contract_date=date(2025, 12, 8),
          start_date=date(2025, 12, 8), lender_type="tribal", verdict=None,
          verdict_reason="a tribal lender claiming tribal law for an Illinois resident: the reference settles neither choice of law nor immunity",
          notes=["10 payments every two weeks at 299% simple; the disclosed APR is the true one",
                 "no verdict: whether Illinois law reaches a tribal lender is not in the reference"]),
        c("en-o13-rent-to-own-television", e13, lang="en", currency="USD", **OTHER,
          notes=["a rental-purchase agreement the customer may end at any time: not a loan"]),
        c("en-o14-continuing-commercial-guaranty", e14, lang="en", currency="USD", **OTHER,
          notes=["a guaranty of a business line of credit: not a loan to the signer"]),
        c("en-o15-default-judgment-quoting-note", e15, lang="en", currency="USD", **OTHER,
          notes=["a court's default judgment that quotes a note: not a loan document"]),
        c("en-o16-lender-advertisement-example", e16, lang="en", currency="USD", **OTHER,
          notes=["an advertisement with a worked example: not a loan"]),
    ]


def selftest() -> None:
    fci.selftest()
    i = fixed_point_rate(Fraction(99000), Fraction("8833.3"), 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(i - Fraction("12.8038")) < Fraction(1, 1000), float(i)
    assert daxie(D(26800)) == "贰万陆仟捌佰元整" and daxie(D(50000), trad=True) == "伍萬圓整"


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above specs(), asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    z05 = by["zh-o05"]
    assert z05.rows[0]["total"] == D(26800) and abs(z05.cost - D("10.8")) < D("1e-9")
    assert fc.legal_verdict(z05)[0] is True and z05.rows[0]["date"] == date(2025, 11, 5)
    z12 = by["zh-o12"]
    assert z12.rows[0]["total"] == D(5090) and abs(z12.cost - D("10.95")) < D("1e-9")
    assert z12.rows[0]["date"] == date(2025, 8, 17)
    z10 = by["zh-o10"]
    assert total_repaid(z10) == D(20700) and total_repaid(z10) / pay(z10) == 18
    assert z10.rows[-1]["date"] == date(2026, 10, 15)
    e02 = by["en-o02"]
    assert (e02.rows[0]["date"] - e02.start_date).days == 14 and abs(e02.cost - D("456.25")) < D("1e-9")
    e03 = by["en-o03"]
    assert abs(e03.cost - D("304.1667")) < D("0.001") and fc.legal_verdict(e03)[0] is True
    z16 = by["zh-o16"]
    assert total_repaid(z16) == D(44920) != z16.opts["stated_total"]
    e06 = by["en-o06"]
    assert total_repaid(e06) == D(12720) != e06.opts["stated_total"]
    assert by["zh-o04"].rate_value == D("3.60") and by["zh-o15"].rate_value == D("5.45")
    assert by["zh-o09"].rows[11]["fees"] == D(2400) and by["zh-o17"].rows[0]["total"] == D(519)
    assert by["zh-o06"].cost > 36 and 24 < by["zh-o08"].cost < 36 and by["zh-o07"].received == D(11040)
    for s in all_specs:
        legal = fc.legal_verdict(s)[0]
        if s.kind != "other" and s.principal is not None and s.jurisdiction in ("CN", "US-NY", "GB") and s.verdict == "auto":
            assert legal is not None or s.lender_type == "microloan", (s.name, "undecided verdict")


def main() -> int:
    """batch C's writer over this batch's specs, with batch E's arithmetic and expected form."""
    selftest()
    computed: list[Spec] = []

    def compute(s: Spec) -> None:
        fce.compute_e(s)
        fcg.own_check(s)
        fch.halving_check(s)
        fci.ridders_check(s)
        level_check(s)
        computed.append(s)

    for name, value in {"specs": specs, "compute": compute, "expected": fce.expected_e, "__doc__": __doc__}.items():
        setattr(fcc, name, value)
    rc = fcc.main()
    check_expectations(computed)
    return rc


if __name__ == "__main__":
    sys.exit(main())
