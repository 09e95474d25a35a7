#!/usr/bin/env python3
"""Held-out batch G of the fresh phrasing corpus (tests/fresh/{zh,en}/*-l*): 22 Chinese and 16
English documents written for issue 13 without reading the extractors, the rulesets, the locales
or the contract texts of batches A-F, to measure whether the work on batches A-F (`*-f*` ... `*-k*`)
generalises.

    python3 scripts/fresh_corpus_g.py            # (re)write tests/fresh/{zh,en}/*-l* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_g.py --check    # recompute and diff the text files against the committed ones

Parameters, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py; the
HTML / DOCX / PDF writers those of scripts/fresh_corpus_c.py; the LPR table and the Newton
cross-check those of scripts/fresh_corpus_d.py; the fee on a stated date (`Dated`), the secant
solver and the `inconsistency` key those of scripts/fresh_corpus_e.py. All are imported, none is
copied, so the seven batches are scored by the same rules (tests/fresh_corpus.rs,
scripts/accuracy.py). Every cost is solved four times: bisection, Newton and secant (imported) and
this batch's own regula-falsi solver on exact fractions (`own_rate`); all must agree.

The TEXTS are new, one renderer per document. Chinese: an app order card with a daily rate in
万分之 and a decimal point; a microloan whose service fee is taken from the principal, told in one
paragraph; 助贷 clauses with a guarantee fee every month; a two-column sheet with a membership fee
paid on the payout day; a tab sheet for interest paid monthly (stated in yuan) with an insurance
premium at maturity; a ☑/□ form with a service fee on a stated date; a flat-rate schedule drawn
with `|`; a space-aligned annuity schedule with a fee column; a phone-app loan whose term lives in
a footnote and whose rate is 月息1分2厘; a DOCX bank loan in 万元 at LPR + 85 bp as questions and
answers; a 借条 in 大写 with 二〇二五年 dates; a car loan whose GPS fee is paid with the first
instalment; a training loan whose figures break across lines; a phone bought on instalments in
full-width digits with no rate and no method; an H5 revolving draw for 45 days; a 繁體 mainland
contract; a Taiwan NT$ contract (out of scope); an equipment sale paid in three parts, a deposit
receipt and a news article (non-loans); a key-facts page and a bank's approval notice (disclosures).
English: an Illinois instalment note with Truth-in-Lending boxes; a payday receipt with only two
dates whose disclosed APR assumes a month; an Arizona title loan paid in six instalments; a
pay-in-3 checkout page; a New York credit-union note; a California family note paying interest
monthly; a New York family note with a balloon; a UK high-cost short-term agreement whose default
fee is above the cap; a UK regulated agreement with an APRC (DOCX); an Irish agreement (out of
scope); a car lease, a guaranty, an advertisement and a bank statement (non-loans); an Illinois
offer (disclosure); and a New York note whose stated total contradicts its payments.

Changed after the first measurement (said here in full): three Chinese texts whose document kind
was genuinely ambiguous were made explicit, figures untouched. zh-l01 ended with a click-to-confirm
line (it read as a pre-signing screen) and now says the loan was paid out under the signed
contract; zh-l05 (a key-terms sheet) and zh-l07 (a repayment schedule) now say they are the contract
text / a signed part of it. loanlint had read all three as disclosures.

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
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain, r2, wan  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, first, kv_div, page, roc, table_html, words  # noqa: E402
from fresh_corpus_e import ANY_SERVICE, OTHER, USD, Dated, balloon_payment  # noqa: E402
from fresh_corpus_f import GBP, pad  # noqa: E402

date = dt.date


# ---------------------------------------------------------------------------------------------
# This batch's own solver (a fourth one): regula falsi (Illinois variant) on exact fractions
# ---------------------------------------------------------------------------------------------


def own_rate(advance: Fraction, payments: list[Fraction]) -> Fraction:
    """Periodic i >= 0 with advance = sum p_k (1+i)^-k, bracketed on [0, 3] and narrowed by
    Illinois-modified false position; each step rounded to 1e-16."""
    def f(i: Fraction) -> Fraction:
        v = 1 / (1 + i)
        return sum(p * v**k for k, p in enumerate(payments, 1)) - advance

    lo, hi = Fraction(0), Fraction(3)
    flo, fhi = f(lo), f(hi)
    if flo == 0:
        return lo
    assert flo > 0 > fhi, (float(flo), float(fhi))
    side = 0
    for _ in range(200):
        x = (lo * fhi - hi * flo) / (fhi - flo)
        x = Fraction(round(x * 10**16), 10**16)
        fx = f(x)
        if fx == 0 or hi - lo < Fraction(1, 10**15):
            return x
        if fx > 0:
            lo, flo = x, fx
            if side == 1:
                fhi /= 2
            side = 1
        else:
            hi, fhi = x, fx
            if side == -1:
                flo /= 2
            side = -1
    return (lo + hi) / 2


def own_check(s: Spec) -> None:
    """The expected cost once more, from the rows, by `own_rate` (or the closed form for one payment)."""
    if s.cost is None:
        return
    pays = [Fraction(r["total"]) for r in s.rows]
    adv = Fraction(s.net_received)
    if len(pays) == 1:
        span = Fraction(s.term_days, 365) if s.term_days else Fraction(s.term_months, 12)
        if s.apr_method == "eu-aprc":
            return  # checked by fce.independent_cost's bracketing
        other = (pays[0] / adv - 1) / span * 100
    else:
        i = own_rate(adv, pays)
        ppy = fc.PPY[s.freq]
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(Fraction(s.cost) - other) < Fraction(1, 10**6), (s.name, float(s.cost), float(other))


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def fee_of(s: Spec, i: int = 0) -> Decimal:
    return s.fees[i].per_payment(s.principal)


def due(s: Spec, k: int) -> dt.date:
    return s.rows[k - 1]["date"]


def cn_day(d: dt.date) -> str:
    return f"{d.month}月{d.day}日"


def two_cols(left: list[str], right: list[str], width: int = 40) -> list[str]:
    out = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append((pad(a, width) + b).rstrip())
    return out


def til_box(cells: list[tuple[str, str, str]]) -> list[str]:
    """Truth-in-Lending boxes drawn with + - | (title, explanation, figure), side by side."""
    w = 17
    top = "+" + "+".join("-" * w for _ in cells) + "+"
    rows = [[t for t, _, _ in cells], [e for _, e, _ in cells], [f for _, _, f in cells]]
    out = [top]
    for row in rows:
        # wrap each cell's text to width - 2
        wrapped = []
        for text in row:
            lines, cur_ = [], ""
            for word in text.split():
                if len(cur_) + len(word) + 1 > w - 2 and cur_:
                    lines.append(cur_)
                    cur_ = word
                else:
                    cur_ = (cur_ + " " + word).strip()
            lines.append(cur_)
            wrapped.append(lines)
        for k in range(max(len(x) for x in wrapped)):
            out.append("|" + "|".join(" " + (x[k] if k < len(x) else "").ljust(w - 1) for x in wrapped) + "|")
    out.append(top)
    return out


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def l01(s: Spec) -> str:
    return "\n".join([
        "【速借花】借款订单详情",
        "订单编号：SJH20251117004512",
        "────────────────",
        f"▸ 申请借款    {money(s.principal)}元",
        f"▸ 实际到账    {money(s.received)}元（到账银行卡：尾号6638）",
        "▸ 借款用途    日常消费",
        f"▸ 分期方式    分{s.n}期，每月等额还本息",
        "▸ 日利率      万分之四点五（按日计息，一年按365天计）",
        f"▸ 每期应还    {money(s.payment)}元（末期{money(s.rows[-1]['total'])}元）",
        f"▸ 首期还款日  {ymd(due(s, 1))}",
        f"▸ 下单时间    {ymd(s.contract_date)} 14:06",
        "▸ 资金提供方  安泰消费金融有限公司",
        "────────────────",
        "温馨提示：除上述利息外，本笔借款不收取任何其他费用。逾期后按日利率上浮50%计收罚息。",
        "借款已放款成功。本订单与您在线签署的《个人消费借款合同》共同构成双方的借款合同。",
    ])


def l02(s: Spec) -> str:
    fee = fee_of(s)
    return (
        f"借款合同（编号XD-2025-0931） 甲方（出借人）：汇盈小额贷款有限公司，乙方（借款人）：邵立新，身份证号码3405**********2217。"
        f"乙方因资金周转向甲方申请借款，双方于{ymd(s.contract_date)}在甲方营业场所协商一致，约定如下：甲方同意向乙方出借人民币"
        f"{money(s.principal)}元（大写：{daxie(s.principal)}），借款期限自{ymd(s.start_date)}起共{s.term_months}个月，"
        f"按月等额偿还本息，共{s.n}期，月利率为1.5%，每期还款{money(s.payment)}元，还款日为每月{s.start_date.day}日；"
        f"乙方同意向甲方支付综合服务费{money(fee)}元，该服务费由甲方在发放借款时从借款本金中直接扣收，甲方实际向乙方账户划付"
        f"{money(s.received)}元，乙方仍按借款本金{money(s.principal)}元计算利息并偿还；乙方逾期还款的，按逾期本金每日千分之一支付违约金；"
        "因本合同发生的争议，由甲方所在地人民法院管辖。甲方（盖章） 乙方（签字） 签署日期同上。\n"
    )


def l03(s: Spec) -> str:
    g = fee_of(s)
    return "\n".join([
        "个人消费贷款合同（助贷业务适用）",
        "",
        f"贷款人：{s.lender}",
        "借款人：钟晓岚",
        "保证人：润衡融资担保有限公司",
        "",
        f"第一条 借款金额。贷款人向借款人发放贷款人民币{money(s.principal)}元。",
        f"第二条 借款期限。{s.term_months}个月，自贷款发放之日（{ymd(s.start_date)}）起算。",
        f"第三条 利率。年利率（单利）{plain(s.rate_value)}%，在借款期限内固定不变。",
        f"第四条 还款。借款人按月等额本息还款，共{s.n}期，每期还款额{money(s.payment)}元（末期以实际结清金额为准）。",
        f"第五条 担保服务。借款人委托保证人为本笔贷款提供连带责任保证，并于每期还款日向保证人支付担保费{money(g)}元，"
        f"按期支付至贷款结清，共计{money(g * s.n)}元。",
        "第六条 逾期。借款人未按期还款的，贷款人自逾期之日起按年利率上浮50%计收罚息。",
        "第七条 信息披露。贷款人已向借款人明示本笔贷款的综合融资成本。",
        f"第八条 生效。本合同自双方签署之日（{ymd(s.contract_date)}）起生效。",
    ])


def l04(s: Spec) -> str:
    fee = fee_of(s)
    left = [
        "借款基本信息",
        f"借款本金：{money(s.principal)}元",
        f"借款期限：{s.term_months}个月",
        "还款方式：等额本金",
        "月利率：1%",
        f"还款期数：{s.n}期",
        f"首期应还：{money(first(s)['total'])}元",
        f"末期应还：{money(s.rows[-1]['total'])}元",
    ]
    right = [
        "会员权益信息",
        "权益名称：畅享会员（半年卡）",
        f"会员费：{money(fee)}元",
        "支付时间：放款当日另行支付",
        "支付方式：绑定银行卡自动扣款",
        "借款资金：全额发放至借款人账户",
        f"签约日期：{ymd(s.contract_date)}",
        "出借方：悦达消费金融股份有限公司",
    ]
    return "\n".join(["借款及会员服务确认单", ""] + two_cols(left, right, 36) + [
        "",
        "说明：会员费为开通会员权益的费用，与借款一同办理，不从借款本金中扣除。",
    ])


def l05(s: Spec) -> str:
    ins = fee_of(s)
    monthly = first(s)["interest"]
    rows = [
        "项目\t内容",
        f"借款本金\t{money(s.principal)}元",
        f"年化利率\t{plain(s.rate_value)}%（单利）",
        f"借款期间\t{ymd(s.start_date)}至{ymd(s.rows[-1]['date'])}",
        f"付息安排\t每月{s.start_date.day}日支付利息{money(monthly)}元，共{s.n}次",
        f"本金归还\t最后一次付息日随利息一并归还本金{money(s.principal)}元",
        f"履约保证保险费\t{money(ins)}元，于借款到期日一次性缴纳",
        "放款金额\t全额放款，不预扣任何费用",
        "出借人\t瑞丰小额贷款股份有限公司",
        f"签约日\t{ymd(s.contract_date)}",
    ]
    return "\n".join(["借款合同要素表（本表为借款合同正文，双方签字后生效）"] + rows + ["", "借款人（签字）：__________    出借人（盖章）：__________"])


def l06(s: Spec) -> str:
    fee = s.fees[0]
    paid = due(s, fee.period)
    return "\n".join([
        "分期借款申请及确认表",
        "",
        f"借款金额：人民币 {money(s.principal)} 元",
        f"借款期限：{s.term_months} 个月    放款日：{ymd(s.start_date)}",
        "利率：月利率 0.9%",
        "还款方式（请勾选）：",
        "  □ 等额本息    ☑ 等额本金    □ 按月付息到期还本    □ 到期一次还本付息",
        "费用：",
        f"  ☑ 服务费 {money(fee_of(s))} 元，借款人应于{ymd(paid)}一次性支付",
        "  □ 账户管理费        □ 提前还款手续费",
        "借款资金是否预扣费用：□ 是    ☑ 否",
        "",
        f"首期（{ymd(due(s, 1))}）应还 {money(first(s)['total'])} 元，以后各期递减。",
        f"贷款人：恒信消费金融有限公司        借款人签字：__________   日期：{ymd(s.contract_date)}",
    ])


def l07(s: Spec) -> str:
    head = "期次 | 还款日 | 应还本金 | 应还利息 | 当期合计"
    body = [f"{r['k']:>2} | {r['date'].isoformat()} | {money(r['principal'])} | {money(r['interest'])} | {money(r['total'])}" for r in s.rows]
    return "\n".join([
        "借款合同附件二：还款计划表（平息）（与借款合同同时签署，为合同的组成部分）",
        f"借款人：卢嘉怡   贷款机构：鼎泰小额贷款有限公司   合同日期：{ymd(s.contract_date)}",
        f"贷款本金：{money(s.principal)}元   期数：{s.n}期   月平息：0.65%（按原始本金计算，每期利息固定）",
        "",
        head,
    ] + body + [
        "",
        "注：月平息按贷款本金乘以月平息率计算，不随本金减少而递减。",
    ])


def l08(s: Spec) -> str:
    fee = fee_of(s)
    widths = [6, 12, 10, 9, 8, 10]
    head = ["期次", "应还日期", "应还本金", "应还利息", "服务费", "应还总额"]

    def line(cells):
        return "".join(pad(x, w) for x, w in zip(cells, widths)).rstrip()

    body = [line([str(r["k"]), r["date"].isoformat(), money(r["principal"]), money(r["interest"]), money(r["fees"]), money(r["total"])])
            for r in s.rows]
    return "\n".join([
        "个人借款合同 · 附件一 还款计划",
        f"借款金额 {money(s.principal)}元    年利率 {plain(s.rate_value)}%    还款方式 等额本息    期数 {s.n}",
        f"平台服务费：每期{money(fee)}元，随每期本息一并收取",
        "",
        line(head),
    ] + body + [
        "",
        f"贷款人：星河消费金融有限公司    签订日期：{ymd(s.contract_date)}",
    ])


def l09(s: Spec) -> str:
    return "\n".join([
        "「分期乐享」借款服务协议（摘要）",
        "",
        f"借款金额：{money(s.principal)}元",
        "借款利率：月息1分2厘①",
        "还款方式：每月等额还款②",
        f"每月还款：{money(s.payment)}元",
        "放款机构：聚信小额贷款有限公司",
        f"签署时间：{ymd(s.contract_date)}",
        "",
        "本协议未列明的其他事项，以平台公示规则为准。",
        "",
        "————",
        "① 月息1分2厘即月利率1.2%，按月计收。",
        f"② 借款期限为{cn_num(s.term_months)}个月，分{cn_num(s.n)}期归还，首期还款日为{ymd(due(s, 1))}。",
    ])


def cn_num(n: int) -> str:
    return fc.cn_small(n)


def l10_blocks(s: Spec) -> list:
    lpr = fc.lpr_on(s.contract_date)
    return [
        ("p", "个人综合消费贷款合同 —— 常见问题解答（合同附件三）"),
        ("p", "问：我这笔贷款借了多少？"),
        ("p", f"答：贷款金额为{wan(s.principal)}，由贷款人一次性全额发放至您的结算账户。"),
        ("p", "问：贷款期限多长？"),
        ("p", f"答：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(s.rows[-1]['date'])}止。"),
        ("p", "问：利率怎么确定？"),
        ("p", f"答：按合同签订日前最近一次公布的一年期贷款市场报价利率（LPR，当前为{plain(lpr)}%）加85个基点（bp）确定，"
              f"即年利率{plain(s.rate_value)}%，合同期内不调整。"),
        ("p", "问：怎么还？"),
        ("p", f"答：按月等额本息，共{s.n}期，每月还款{money(s.payment)}元。"),
        ("t", [["项目", "金额"], ["贷款金额", wan(s.principal)], ["月供", f"{money(s.payment)}元"],
               ["利息合计", f"{money(total_interest(s))}元"]]),
        ("p", "问：还有其他费用吗？"),
        ("p", "答：本行不收取任何手续费、管理费。"),
        ("p", f"贷款人：江岸农村商业银行股份有限公司　　签订日期：{ymd(s.contract_date)}"),
    ]


def l11(s: Spec) -> str:
    total = s.rows[-1]["total"]
    return "\n".join([
        "借　条",
        "",
        f"今借到贺明远（身份证号：3301**********5518）人民币{daxie(s.principal)}（¥{money(s.principal)}），",
        f"借款期限自{cn_date(s.start_date)}起至{cn_date(s.rows[-1]['date'])}止，",
        "月息壹分，到期一次性归还本金和利息，",
        f"共计{daxie(total)}。",
        "借款以银行转账方式全额交付。",
        "如到期未还，愿承担出借人为实现债权支出的诉讼费、律师费。",
        "",
        "借款人：程雅琴（签名、手印）",
        cn_date(s.contract_date),
    ])


def l12(s: Spec) -> str:
    gps = s.fees[0]
    down = D(32000)
    return "\n".join([
        "汽车消费贷款合同 · 主要条款",
        f"车辆成交价：{wan(s.principal + down)}  首付款：{wan(down)}  贷款金额：{wan(s.principal)}",
        f"贷款期限：{s.term_months}个月  还款方式：等额本息  年利率：{plain(s.rate_value)}%",
        f"月供：{money(s.payment)}元  还款日：每月{s.start_date.day}日",
        f"GPS定位服务费：{money(fee_of(s))}元，借款人于首期还款日（{ymd(due(s, gps.period))}）随首期月供一并支付",
        "车辆抵押：借款人以所购车辆为本贷款办理抵押登记",
        f"贷款人：驰远汽车金融有限公司  借款人：温立强  签订日期：{ymd(s.contract_date)}",
        "贷款资金由贷款人直接支付至经销商账户，不扣除任何费用。",
    ])


def l13(s: Spec) -> str:
    fee = fee_of(s)
    return "\n".join([
        "职业技能培训分期付款协议",
        "学员：尹子墨    培训机构：北辰数字技能学校",
        "资金方：众联消费金融有限公司",
        f"签约日期：{ymd(s.contract_date)}",
        "一、分期本金（即培训费）：",
        f"{money(s.principal)}元，由资金方直接支付给培训机构。",
        "二、分期期数：",
        f"{s.n}期，按月还款，每期归还本金",
        f"{money(first(s)['principal'])}元。",
        "三、分期服务费：每期按分期本金的",
        f"{plain(s.fees[0].percent)}%收取，即每期",
        f"{money(fee)}元，本协议不另收利息。",
        "四、每期还款合计：",
        f"{money(first(s)['total'])}元。",
        "五、学员中途退学的，剩余分期本金仍应按期归还。",
    ])


def l14(s: Spec) -> str:
    price = D(8499)
    down = price - s.principal
    return fullwidth("\n".join([
        "优品数码 分期购机凭证",
        "商品：折叠屏手机 512G",
        f"商品总价：{money(price)}元",
        f"首付：{money(down)}元",
        f"分期金额：{money(s.principal)}元",
        f"每期还款：{money(s.payment)}元 × {s.n}期",
        f"分期总还款：{money(total_repaid(s))}元",
        f"首期还款日：{due(s, 1).year}年{due(s, 1).month}月{due(s, 1).day}日",
        "分期服务由顺达消费金融有限公司提供",
        f"交易时间：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日 16:42",
    ]))


def l15(s: Spec) -> str:
    rows = [("借款金额", f"{money(s.principal)}元"), ("借款天数", f"{s.term_days}天"),
            ("日利率", "0.03%"), ("计息方式", "按日计息，随借随还"),
            ("到期应还", f"{money(s.rows[-1]['total'])}元（本金{money(s.principal)}元 + 利息{money(first(s)['interest'])}元）"),
            ("到期日", ymd(s.rows[-1]["date"])), ("借款日期", ymd(s.contract_date)),
            ("放款方", "锦程消费金融有限公司")]
    body = ("<h1>借款确认</h1>\n<p>您正在从可用额度中支用一笔借款，请核对以下信息：</p>\n" + kv_div(rows)
            + "\n<p>提前还款免手续费，利息按实际使用天数计算。</p>\n<footer>额度有效期内可循环使用</footer>")
    script = 'var bootCfg={"quota":50000,"dailyRateFrom":"0.02%","banner":"最高可借20万"};'
    return page("支用确认", body, True, script)


def l16(s: Spec) -> str:
    fee = fee_of(s)
    return "\n".join([
        "個人消費借款合同",
        "",
        "貸款人：鵬城消費金融有限公司（註冊地：廣東省深圳市）",
        "借款人：葉思涵",
        "",
        f"一、借款金額：人民幣{daxie(s.principal, trad=True)}（¥{money(s.principal)}）。",
        f"二、借款期限：{s.term_months}個月，自{cn_date(s.start_date)}起算。",
        f"三、借款利率：年利率{plain(s.rate_value)}%（單利）。",
        f"四、還款方式：等額本息，分{s.n}期償還，每期應還本息{money(s.payment)}元。",
        f"五、帳戶管理費：每期{money(fee)}元，與每期本息一併扣收。",
        "六、本合同適用中華人民共和國法律，爭議由貸款人住所地人民法院管轄。",
        "",
        f"簽訂日期：{cn_date(s.contract_date)}",
    ])


def l17(s: Spec) -> str:
    return "\n".join([
        "個人信用貸款契約書",
        "",
        "立契約書人：貸款人 永和商業銀行股份有限公司（臺北市信義區）",
        "　　　　　　借款人 林柏宇",
        f"第一條　借款金額：新臺幣{money(s.principal)}元整。",
        f"第二條　借款期間：自{roc(s.start_date)}起{s.term_months}個月，按月平均攤還本息，共{s.n}期，每期新臺幣{money(s.payment)}元。",
        f"第三條　利率：年利率{plain(s.rate_value)}%，固定計息。",
        "第四條　本契約以中華民國法律為準據法，並以臺灣臺北地方法院為第一審管轄法院。",
        "",
        f"中華民國{s.contract_date.year - 1911}年{s.contract_date.month}月{s.contract_date.day}日",
    ])


def l18(s: Spec) -> str:
    return "\n".join([
        "二手设备买卖合同",
        "卖方：金塘机械设备有限公司    买方：宏运包装制品厂",
        "一、标的：二手全自动注塑机一台（型号HX-260），成交价人民币186,000.00元。",
        "二、付款：买方于合同签订之日付款60,000.00元；设备验收合格后30日内付款66,000.00元；余款60,000.00元于2026年2月28日前付清。",
        "三、买方逾期付款的，每逾期一日按逾期金额的万分之五支付违约金。",
        "四、设备所有权自全部价款付清时转移至买方。",
        "五、质保期为设备验收合格之日起六个月。",
        "签订日期：2025年11月20日",
    ])


def l19(s: Spec) -> str:
    return "\n".join([
        "收　据",
        "",
        "今收到租客 万晓彤 交来：",
        "位于滨江区春晓路18号3幢1402室房屋的租赁押金",
        "人民币（大写）陆仟伍佰元整（¥6,500.00），",
        "及首期租金（2025年12月1日至2026年2月28日）人民币壹万叁仟伍佰元整（¥13,500.00）。",
        "押金于租赁期满、房屋交还且结清水电燃气费用后无息退还。",
        "",
        "收款人（出租人）：施国栋",
        "二〇二五年十一月二十六日",
    ])


def l20(s: Spec) -> str:
    return "\n".join([
        "消费贷利率再探新低 部分银行年化利率“3”字头产品收紧",
        "本报记者 苏青 2025年9月24日",
        "",
        "9月22日公布的一年期贷款市场报价利率（LPR）为3.0%，已连续四个月保持不变。记者走访多家银行发现，此前部分银行推出的"
        "年化利率低至2.99%的消费贷产品已陆续下架，目前主流产品的年化利率多在3.2%至3.6%之间。",
        "某股份制银行客户经理介绍，借款人如申请20万元、期限3年的消费贷，按年化3.5%、等额本息计算，每月还款约5,860元。",
        "业内人士提醒，部分网络平台宣传“日息万分之二”，折算年化利率约7.3%，消费者应关注包括各类服务费在内的综合融资成本，"
        "根据相关规定，贷款产品应当明示年化利率。",
        "（编辑：何川）",
    ])


def l21(s: Spec) -> str:
    g = fee_of(s)
    return "\n".join([
        "借款关键信息披露表（签约前请仔细阅读）",
        "",
        "| 项目 | 内容 |",
        "| --- | --- |",
        f"| 借款金额 | {money(s.principal)}元 |",
        f"| 借款期限 | {s.term_months}个月 |",
        f"| 还款方式 | 等额本息（共{s.n}期） |",
        "| 日利率 | 0.08% |",
        f"| 融资担保费 | 每期{money(g)}元，由担保公司按期收取 |",
        f"| 每期应还合计 | {money(first(s)['total'])}元 |",
        "| 资金方 | 宏达小额贷款有限公司 |",
        f"| 披露日期 | {ymd(s.contract_date)} |",
        "",
        "本表仅用于向您说明拟签订借款的主要条款，具体以正式签署的借款合同为准。",
    ])


def l22(s: Spec) -> str:
    fee = fee_of(s)
    return "\n".join([
        "贷款审批结果通知书",
        "",
        "尊敬的 戚文博 先生：",
        f"您于近日提交的个人消费贷款申请已审批通过，拟发放贷款{wan(s.principal)}，期限{s.term_months}个月，"
        f"年利率{plain(s.rate_value)}%，按月付息、到期还本，每月应付利息{money(first(s)['interest'])}元。",
        f"放款当日您需另行缴纳一次性贷款手续费{money(fee)}元（贷款金额的1%）。",
        "请您于收到本通知之日起15日内携带有效证件到我行网点签署借款合同，逾期本通知自动失效。",
        "本通知不构成借款合同，贷款条件以正式签署的合同为准。",
        "",
        "长淮银行股份有限公司 城东支行",
        ymd(s.contract_date),
    ])


# ---------------------------------------------------------------------------------------------
# English renderers: one per document
# ---------------------------------------------------------------------------------------------


def m01(s: Spec) -> str:
    fee = fee_of(s)
    fc_ = total_repaid(s) - s.net_received
    return "\n".join([
        "PRAIRIE STATE CONSUMER LOANS, INC. - Springfield, Illinois (Licensed under the Consumer Installment Loan Act)",
        "INSTALLMENT NOTE AND DISCLOSURE STATEMENT",
        f"Note date: {mdy(s.contract_date)}        Borrower: Dana R. Whitfield",
        "",
    ] + til_box([
        ("ANNUAL PERCENTAGE RATE", "The cost of your credit as a yearly rate.", f"{r2(s.cost)}%"),
        ("FINANCE CHARGE", "The dollar amount the credit will cost you.", cur(fc_)),
        ("Amount Financed", "The amount of credit provided to you or on your behalf.", cur(s.net_received)),
        ("Total of Payments", "The amount you will have paid after all payments.", cur(total_repaid(s))),
    ]) + [
        "",
        f"Payment schedule: {s.n} monthly payments of {cur(s.payment)} beginning {mdy(due(s, 1))}"
        f" (final payment {cur(s.rows[-1]['total'])}).",
        "",
        "Itemization of Amount Financed",
        f"  Principal amount of note ............ {cur(s.principal)}",
        f"  Less: origination fee (prepaid finance charge, withheld from proceeds) ... {cur(fee)}",
        f"  Amount paid to you directly ......... {cur(s.received)}",
        "",
        f"Interest rate on the unpaid principal: {plain(s.rate_value)}% per year, charged monthly on the unpaid principal.",
        "Late charge: if a payment is more than 15 days late, you will be charged $15.00.",
        "Prepayment: if you pay off early, you will not have to pay a penalty.",
    ])


def m02(s: Spec) -> str:
    fee = s.fees[0].amount
    return "\n".join([
        "QUIKCASH ADVANCE #0412 - JACKSON, MS",
        "DEFERRED PRESENTMENT TRANSACTION RECEIPT",
        "",
        "Customer ............ T. Ellison",
        f"Check amount ........ {cur(s.principal + fee)}",
        f"Cash advanced ....... {cur(s.principal)}",
        f"Fee ................. {cur(fee)}",
        f"Transaction Date .... {mdy(s.contract_date)}",
        f"Due Date ............ {mdy(s.rows[-1]['date'])}",
        f"ANNUAL PERCENTAGE RATE  {plain(s.disclosed_apr_override)}%",
        "",
        "On the due date we will deposit your check unless you redeem it in cash before then.",
        "A $30.00 fee applies to any check returned unpaid.",
    ])


def m03(s: Spec) -> str:
    fin = total_repaid(s) - s.principal
    return "\n".join([
        "DESERT TITLE LENDING LLC - Phoenix, Arizona",
        "Secured Consumer Loan Agreement (Motor Vehicle Title)",
        "",
        f"Date of agreement: {long_en(s.contract_date)}",
        "Borrower: Ruben A. Castillo    Vehicle: 2016 Ford F-150, VIN 1FTEW1EG4GK******",
        "",
        "1. Loan. We lend you " + cur(s.principal) + ", paid to you in full today.",
        f"2. Interest. Simple interest at 17% per month on the unpaid principal balance.",
        f"3. Repayment. You will make {words(s.n).lower()} equal monthly installments of {cur(s.payment)},"
        f" the first on {long_en(due(s, 1))} and the last on {long_en(s.rows[-1]['date'])}.",
        f"4. Disclosures. ANNUAL PERCENTAGE RATE {r2(s.cost)}%. FINANCE CHARGE {cur(fin)}."
        f" Amount Financed {cur(s.principal)}. Total of Payments {cur(total_repaid(s))}.",
        "5. Security. You give us a security interest in the vehicle. If you default we may repossess it.",
        "6. No other charges. There is no application, origination or document fee.",
    ])


def m04(s: Spec) -> str:
    down = D(60)
    price = s.principal + down
    rows = [["Installment", "Due", "Amount"]] + [[str(r["k"]), mdy(r["date"]), cur(r["total"])] for r in s.rows]
    body = (
        "<h1>Checkout - Split it in 4</h1>\n"
        f"<p>Order total {cur(price)} at Harbor &amp; Pine Home Goods. Down payment charged to your card today: {cur(down)}.</p>\n"
        f"<p>The remaining {cur(s.principal)} is financed and repaid in {words(s.n).lower()} installments, one every two weeks:</p>\n"
        + table_html(rows) + "\n"
        + kv_div([("Amount financed", cur(s.principal)), ("Finance charge", "$0.00"), ("ANNUAL PERCENTAGE RATE", "0.00%"),
                  ("Fees", "No fees if you pay on time"), ("Lender", "Splitwise Pay, Inc. (Illinois consumer installment license)"),
                  ("Agreement date", long_en(s.contract_date))])
        + "\n<p>A late fee of up to $7.00 may apply to a missed installment.</p>"
    )
    script = 'window.__cart={"promo":"Pay over 12 months at 9.99% APR","max":5000};'
    return page("Split it in 4", body, False, script)


def m05(s: Spec) -> str:
    return "\n".join([
        "HUDSON VALLEY TEACHERS FEDERAL CREDIT UNION",
        "Consumer Loan Note - Signature Loan",
        "",
        f"Member: Priya Natarajan      Account No. ****2290      Date: {long_en(s.contract_date)}",
        "",
        "Promise to pay. I promise to pay the credit union " + cur(s.principal) + " plus interest at a fixed rate of "
        f"{plain(s.rate_value)}% per year on the unpaid balance.",
        f"Payments. {s.n} monthly payments of {cur(s.payment)}; the first is due {long_en(due(s, 1))}; the last payment may vary"
        f" slightly ({cur(s.rows[-1]['total'])}).",
        f"Truth in Lending: ANNUAL PERCENTAGE RATE {r2(s.cost)}% | FINANCE CHARGE {cur(total_interest(s))}"
        f" | Amount Financed {cur(s.principal)} | Total of Payments {cur(total_repaid(s))}",
        "Fees: none.",
        "Governing law: New York.",
    ])


def m06(s: Spec) -> str:
    pay = first(s)["interest"]
    return "\n".join([
        "PROMISSORY NOTE",
        "",
        f"{long_en(s.contract_date)}, Sacramento, California",
        "",
        f"For value received, I, Marcus Oyelaran, promise to pay my aunt, Gloria Oyelaran, the principal sum of"
        f" {words(int(s.principal))} Dollars ({cur(s.principal)}), with interest at twelve percent (12%) per annum.",
        f"Interest only of {cur(pay)} is payable on the first day of each month, beginning {long_en(due(s, 1))}, for {s.n} months.",
        f"The entire principal is due together with the last interest payment on {long_en(s.rows[-1]['date'])}.",
        "I may prepay without penalty. This note is governed by the laws of the State of California.",
        "",
        "_________________________ Marcus Oyelaran, Borrower",
    ])


def m07(s: Spec) -> str:
    last_ = s.rows[-1]
    balloon = last_["total"] - s.payment
    return "\n".join([
        "FAMILY LOAN AGREEMENT",
        "Lender: Harold Brennan (father)    Borrower: Siobhan Brennan (daughter)    Place: Albany, New York",
        "",
        f"Amount lent: {cur(s.principal)}, handed over by bank transfer on {uk_date(s.start_date)}.",
        f"Rate: {plain(s.rate_value)} percent a year, compounded monthly.",
        f"Schedule: {s.n - 1} monthly payments of {cur(s.payment)}, starting one month after the transfer,"
        f" then a final balloon payment of {cur(last_['total'])} (one regular payment plus the remaining balance of"
        f" {cur(balloon)}) on {uk_date(last_['date'])}.",
        "No fees of any kind are charged. The borrower may pay more at any time.",
        f"Signed on {uk_date(s.contract_date)}.",
    ])


def m08(s: Spec) -> str:
    charges = total_repaid(s) - s.principal
    rows = [f"  {r['k']}. {uk_date(r['date'])}   £{money(r['total'])}" for r in s.rows]
    return "\n".join([
        "FLEXIQUID LTD - High-cost short-term credit",
        "FIXED-SUM LOAN AGREEMENT regulated by the Consumer Credit Act 1974",
        "",
        f"Agreement date: {uk_date(s.contract_date)}        Customer: Liam Doherty, Leeds",
        "",
        f"Amount of credit: £{money(s.principal)}",
        f"Duration: {s.n} months",
        f"Interest: {plain(s.rate_value)}% per month, charged on the reducing balance",
        f"Total charge for credit: £{money(charges)}",
        f"Total amount payable: £{money(total_repaid(s))}",
        f"Representative APR: {r2(s.cost):.1f}%",
        "",
        "Repayments:",
    ] + rows + [
        "",
        f"Missed payments: a default fee of £{s.opts['default_fee']} is charged once for each missed repayment, and interest",
        "continues at the same rate.",
        "Right to withdraw: you may withdraw within 14 days without giving a reason.",
    ])


def m09_blocks(s: Spec) -> list:
    charges = total_repaid(s) - s.principal
    return [
        ("p", "Northgate Bank plc"),
        ("p", "Fixed Sum Loan Agreement regulated by the Consumer Credit Act 1974"),
        ("t", [["Party", "Details"], ["Creditor", "Northgate Bank plc, 40 Castle Street, Edinburgh"],
               ["Debtor", "Aisha Rahman, 12 Elm Road, Bristol"]]),
        ("p", "Key financial information"),
        ("t", [["Item", "Figure"],
               ["Amount of credit", f"£{money(s.principal)}"],
               ["Duration of the agreement", f"{s.term_months} months"],
               ["Rate of interest (fixed)", f"{plain(s.rate_value)}% a year"],
               ["Monthly repayment", f"£{money(s.payment)} x {s.n}"],
               ["Total charge for credit", f"£{money(charges)}"],
               ["Total amount payable", f"£{money(total_repaid(s))}"],
               ["APR", f"{r2(s.cost):.1f}%"]]),
        ("p", f"The first repayment is due on {uk_date(due(s, 1))}. No arrangement fee is payable."),
        ("p", f"Signed by the debtor on {uk_date(s.contract_date)}."),
    ]


def m10(s: Spec) -> str:
    return "\n".join([
        "CLADDAGH CREDIT DAC",
        "Credit Agreement - Consumer Credit Act 1995 (Ireland) / European Communities (Consumer Credit Agreements) Regulations 2010",
        "",
        f"Borrower: Niamh Gallagher, Galway      Date: {uk_date(s.contract_date)}",
        "",
        f"1. Total amount of credit: EUR {money(s.principal)}",
        f"2. Duration: {s.term_months} months; {s.n} monthly repayments of EUR {money(s.payment)}",
        f"3. Borrowing rate: {plain(s.rate_value)}% fixed per annum",
        f"4. Total amount payable: EUR {money(total_repaid(s))}",
        "5. This agreement is governed by the laws of Ireland. Complaints: Financial Services and Pensions Ombudsman, Dublin.",
        "6. Warning: late repayment could cause you serious money problems.",
    ])


def m11(s: Spec) -> str:
    return "\n".join([
        "MOTOR VEHICLE LEASE AGREEMENT (CLOSED-END)",
        "Lessor: Lakeshore Auto Leasing LLC, Milwaukee, WI    Lessee: Jordan Pike",
        "Vehicle: 2025 Honda CR-V EX, 36-month lease, 12,000 miles per year",
        "",
        "Amount due at lease signing: $2,499.00",
        "Monthly payments: 36 payments of $389.00, total $14,004.00",
        "Gross capitalized cost $33,450.00; capitalized cost reduction $1,500.00; residual value $20,070.00",
        "Rent charge $3,124.00 (this is not interest; you are not buying the vehicle)",
        "Purchase option at end of lease: $20,070.00 plus a $395.00 purchase option fee",
        "Excess wear and use, and $0.20 per mile over the allowance, are due at lease end.",
        "Date of lease: 10/14/2025",
    ])


def m12(s: Spec) -> str:
    return "\n".join([
        "CONTINUING GUARANTY",
        "",
        "To: Blue Ridge Community Bank, Roanoke, Virginia",
        "",
        "In consideration of credit extended by the Bank to Mountain Laurel Bakery LLC (the \"Borrower\"), including a term",
        "loan of $85,000.00 at 8.75% per year repayable over 60 months, the undersigned Guarantor unconditionally guarantees",
        "the prompt payment of all amounts the Borrower owes the Bank, up to $100,000.00 plus collection costs.",
        "The Guarantor waives notice of acceptance, presentment and demand. This guaranty continues until revoked in writing.",
        "The Guarantor receives no loan proceeds under this guaranty.",
        "",
        "Signed: Theresa Lindqvist, Guarantor        Date: September 2, 2025",
    ])


def m13(s: Spec) -> str:
    return "\n".join([
        "NEED CASH FAST? Personal loans from $1,000 to $35,000!",
        "",
        "Rates from 7.99% APR* - decisions in minutes - funds as soon as the next business day.",
        "Example: a $10,000 loan over 36 months at 11.99% APR has 36 monthly payments of $332.10.",
        "No prepayment penalty. Checking your rate won't affect your credit score.",
        "",
        "*APR ranges from 7.99% to 35.99% and depends on credit history. Origination fee 0% to 8%.",
        "Loans made by Crestline Bank, Member FDIC. Apply at crestlinelend.example.com. Offer valid through 12/31/2025.",
    ])


def m14(s: Spec) -> str:
    return "\n".join([
        "RIVERBEND SAVINGS BANK - Statement of Account",
        "Account: Everyday Checking ****4471    Period: 11/01/2025 - 11/30/2025",
        "",
        "Date     Description                                  Debit      Credit     Balance",
        "11/01    Opening balance                                                    2,314.55",
        "11/03    Payroll deposit - ACME LOGISTICS                         2,880.40  5,194.95",
        "11/05    Auto loan payment - acct ****0087 (installment 14 of 60)  412.36   4,782.59",
        "11/12    Personal loan payment - acct ****3310        250.00                4,532.59",
        "11/19    Debit card - GROCERY MART                    96.21                 4,436.38",
        "11/30    Interest earned (0.05% APY)                                 0.18   4,436.56",
        "",
        "Closing balance 4,436.56. Overdraft fee: $0.00 this period.",
    ])


def m15(s: Spec) -> str:
    fee = fee_of(s)
    return "\n".join([
        "YOUR PERSONAL LOAN OFFER",
        "",
        f"Prepared for: Kenji Albright, Peoria, IL        Offer date: {mdy(s.contract_date)}        Offer expires in 30 days",
        "",
        f"Loan amount you requested ..... {cur(s.principal)}",
        f"Origination fee (5%) .......... {cur(fee)} - deducted from your loan proceeds",
        f"You would receive ............. {cur(s.received)}",
        f"Interest rate ................. {plain(s.rate_value)}% fixed",
        f"Term .......................... {s.term_months} months",
        f"Monthly payment ............... {cur(s.payment)}",
        f"APR ........................... {r2(s.cost)}%",
        "",
        "This is a conditional offer, not a loan agreement. Final terms are set out in the loan agreement you sign.",
        "Offered by Lincolnway Lending Co., licensed under the Illinois Consumer Installment Loan Act.",
    ])


def m16(s: Spec) -> str:
    stated = s.opts["stated_total"]
    return "\n".join([
        "EMPIRE STATE PERSONAL FINANCE CORP. - Rochester, New York",
        "Simple Interest Installment Loan Agreement",
        "",
        f"Date: {long_en(s.contract_date)}    Borrower: Colette Marchand",
        "",
        f"Principal: {cur(s.principal)}    Interest rate: {plain(s.rate_value)}% per year",
        f"Repayment: {s.n} monthly installments of {cur(s.payment)} each, starting {long_en(due(s, 1))}"
        f" (last installment {cur(s.rows[-1]['total'])}).",
        f"Total of payments: {cur(stated)}",
        f"ANNUAL PERCENTAGE RATE: {r2(s.cost)}%",
        "No origination or other fees are charged.",
    ])


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of the four solvers):
# * zh-l14: no rate and no method are written. 10 x 784.80 = 7,848.00 = 7,200 + 648; 648 / 10 = 64.80 a
#   month = 0.9% of 7,200 (a flat add-on); 7,200 / 10 = 720 principal a month. Rule of thumb for the
#   flat-rate IRR: 0.9% x 12 x 2n/(n+1) = 10.8 x 20/11 = 19.64% (the rule overstates). Check of the
#   solvers' 19.18% = 1.59836% a month: ln 1.0159836 = 0.0158572, x 10 = 0.158572, e^-0.158572 = 0.853361;
#   a(10) = (1 - 0.853361) / 0.0159836 = 9.17434; 9.17434 x 784.80 = 7,199.99 ~ 7,200 received.
# * zh-l11: 月息壹分 = 1% a month = 12% a year; 50,000 x 1% x 12 = 6,000; 56,000 at the end = 伍万陆仟元整;
#   one payment after one year: (56000 / 50000 - 1) / 1 = 12.00%; 12% <= 4 x 3.10% = 12.40% (LPR of
#   2024-10-21, in force on 2025-03-08) -> lawful.
# * en-l02: 11/03 -> 11/17 = 14 days; 60 / 400 = 0.15; 0.15 x 365 / 14 = 54.75 / 14 = 3.910714 -> 391.07%.
#   The receipt discloses 180% (15% x 12, a month assumed): 391.07 - 180 > 0.125 -> TILA violation.
# * en-l06: 15,000 x 12% / 12 = 150.00 a month, interest only: APR 12.00% > 10% (Cal. Const. art. XV).
# * zh-l05: 30,000 x 15% / 12 = 375.00 a month for 12 months, 30,000 + 600 insurance at the end.


def specs() -> list[Spec]:
    return [
        c("zh-l01-app-order-card-wanfen-decimal-daily", l01, principal=D(5000), method="equal_installment", n=12,
          term_months=12, rate_value=D("0.045"), rate_per="day", contract_date=date(2025, 11, 17),
          start_date=date(2025, 11, 17), lender_type="consumer_finance",
          notes=["万分之四点五 a day = 0.045% a day x 365 = 16.425% a year; no fees"]),
        c("zh-l02-microloan-service-fee-from-principal-paragraph", l02, principal=D(10000), method="equal_installment",
          n=6, term_months=6, rate_value=D("1.5"), rate_per="month",
          fees=[fce.Fee("综合服务费", ANY_SERVICE, "upfront_deducted", amount=D(800))],
          contract_date=date(2025, 10, 9), start_date=date(2025, 10, 9), lender_type="microloan",
          notes=["800 taken from the principal at payout: 9200 received; interest still on 10000 (砍头息)"]),
        c("zh-l03-zhudai-articles-guarantee-fee-monthly", l03, "pdf", principal=D(20000), method="equal_installment",
          n=12, term_months=12, rate_value=D("10.8"),
          fees=[Fee("担保费", ["guarantee"], "per_period", amount=D(160))],
          lender="澄海银行股份有限公司（互联网助贷合作方：米粒数科有限公司）", contract_date=date(2025, 11, 3),
          start_date=date(2025, 11, 3), lender_type="bank",
          notes=["160 guarantee fee each month (0.8% of 20000); 助贷 after 2025-10-01: all-in cost above 24%"]),
        c("zh-l04-two-columns-membership-fee-on-payout-day", l04, principal=D(8000), method="equal_principal", n=6,
          term_months=6, rate_value=D(1), rate_per="month",
          fees=[Fee("会员费", ["membership", "service", "other"], "at_disbursement", amount=D(299))],
          contract_date=date(2026, 2, 6), start_date=date(2026, 2, 6), lender_type="consumer_finance",
          notes=["8000 paid out in full; 299 membership fee paid separately on the payout day: net 7701",
                 "all-in cost in the 24-36% band for a consumer-finance company: a warning, not a violation"]),
        c("zh-l05-tabs-interest-monthly-insurance-at-maturity", l05, principal=D(30000), method="interest_only", n=12,
          term_months=12, rate_value=D(15),
          fees=[Fee("履约保证保险费", ["insurance"], "at_maturity", amount=D(600))],
          contract_date=date(2025, 8, 25), start_date=date(2025, 8, 25), lender_type="microloan",
          notes=["375 interest a month (30000 x 15% / 12), principal with the 12th; 600 insurance paid at maturity"]),
        c("zh-l06-checkbox-equal-principal-fee-on-stated-date", l06, principal=D(15000), method="equal_principal",
          n=12, term_months=12, rate_value=D("0.9"), rate_per="month",
          fees=[Dated("服务费", ANY_SERVICE, "on_date", amount=D(450), period=3)],
          contract_date=date(2026, 1, 15), start_date=date(2026, 1, 15), lender_type="consumer_finance",
          notes=["☑ 等额本金; 1250 principal a month; the 450 service fee is paid on 2026-04-15 (the 3rd due date)"]),
        c("zh-l07-flat-rate-pipe-schedule", l07, "pdf", principal=D(36000), method="flat_rate",
          method_accept=["equal_principal"], n=12, term_months=12, rate_value=D("0.65"), rate_per="month",
          contract_date=date(2025, 12, 2), start_date=date(2025, 12, 2), lender_type="microloan",
          notes=["月平息0.65% of 36000 = 234 a month; 3000 principal; 3234 a month"]),
        c("zh-l08-annuity-space-schedule-fee-column", l08, principal=D(12000), method="equal_installment", n=12,
          term_months=12, rate_value=D("13.2"),
          fees=[Fee("平台服务费", ANY_SERVICE + ["platform"], "per_period", amount=D(36))],
          contract_date=date(2025, 9, 19), start_date=date(2025, 9, 19), lender_type="consumer_finance",
          notes=["13.2% annuity plus a 36 fee with each of the 12 instalments"]),
        c("zh-l09-footnote-term-yuexi-fen-li", l09, principal=D(3000), method="equal_installment", n=9, term_months=9,
          rate_value=D("1.2"), rate_per="month", contract_date=date(2025, 12, 28), start_date=date(2025, 12, 28),
          lender_type="microloan", notes=["月息1分2厘 = 1.2% a month = 14.4% a year; the term is only in footnote ②"]),
        c("zh-l10-docx-qa-lpr-85bp-wan", l10_blocks, "docx", principal=D(300000), method="equal_installment", n=36,
          term_months=36, lpr_spread_bp=85, contract_date=date(2025, 12, 8), start_date=date(2025, 12, 8),
          lender_type="bank", notes=["30万元 = 300000; LPR 3.00% + 85bp = 3.85%"]),
        c("zh-l11-iou-daxie-cn-dates-bullet-yuexi-yifen", l11, principal=D(50000), method="bullet", freq="single", n=1,
          term_months=12, rate_value=D(1), rate_per="month", contract_date=date(2025, 3, 8), start_date=date(2025, 3, 8),
          lender_type="individual", notes=["伍万元整 = 50000; 月息壹分 = 1% a month; 6000 interest; 伍万陆仟元整 at the end"]),
        c("zh-l12-car-loan-gps-fee-with-first-instalment", l12, "pdf", principal=D(86000), method="equal_installment",
          n=36, term_months=36, rate_value=D("6.9"),
          fees=[Dated("GPS定位服务费", ["service", "other", "handling"], "on_date", amount=D(1500), period=1)],
          contract_date=date(2025, 10, 27), start_date=date(2025, 10, 27), lender_type="auto_finance",
          notes=["11.8万元 - 3.2万元 = 8.6万元 financed; GPS fee 1500 paid with the first instalment"]),
        c("zh-l13-training-loan-split-lines", l13, principal=D(19800), method="flat_rate",
          method_accept=["equal_principal", "equal_installment"], n=24, term_months=24,
          fees=[Fee("分期服务费", ["service", "handling"], "per_period", percent=D("0.5"))],
          contract_date=date(2025, 7, 14), start_date=date(2025, 7, 14), lender_type="consumer_finance",
          notes=["19800 / 24 = 825; 0.5% x 19800 = 99; 924 a month; no interest, so the three level methods coincide"]),
        c("zh-l14-phone-fullwidth-figures-only", l14, principal=D(7200), method="flat_rate",
          method_accept=["equal_installment", "equal_principal"], n=10, term_months=10, rate_value=D("0.9"),
          rate_per="month", contract_date=date(2025, 11, 11), start_date=date(2025, 11, 11),
          lender_type="consumer_finance", opts={"no_rate_compare": True},
          notes=["no rate, no method, no term written: 10 x 784.80 = 7848 on 7200 is 64.80 a month over the principal",
                 "level payments: flat add-on and annuity readings give the same cash flows, so either method is accepted"]),
        c("zh-l15-h5-revolving-draw-45-days", l15, "html", principal=D(6000), method="bullet", freq="single", n=1,
          term_days=45, rate_value=D("0.03"), rate_per="day", contract_date=date(2026, 3, 2),
          start_date=date(2026, 3, 2), lender_type="consumer_finance",
          notes=["6000 x 0.03% x 45 = 81.00; the boot-config banner is a decoy"]),
        c("zh-l16-traditional-shenzhen-account-fee", l16, "pdf", principal=D(40000), method="equal_installment", n=18,
          term_months=18, rate_value=D("21.6"),
          fees=[Fee("帳戶管理費", ["management", "service", "other"], "per_period", amount=D(40))],
          contract_date=date(2025, 6, 30), start_date=date(2025, 6, 30), lender_type="consumer_finance",
          notes=["肆萬圓整 = 40000 RMB; a Shenzhen consumer-finance company under PRC law: in scope"]),
        c("zh-l17-taiwan-ntd-credit-loan", l17, principal=D(300000), method="equal_installment", n=60,
          term_months=60, rate_value=D("9.5"), currency="TWD", jurisdiction="TW", apr_method=None,
          contract_date=date(2025, 9, 1), start_date=date(2025, 9, 1), lender_type="bank",
          notes=["新臺幣300,000 = 300000 TWD; 民國114年 = 2025; Taiwan law and court: out of scope"]),
        c("zh-l18-equipment-sale-three-payments", l18, **OTHER, notes=["a sale of goods paid in three parts: not a loan"]),
        c("zh-l19-rent-deposit-receipt", l19, **OTHER, notes=["a receipt for a rent deposit: not a loan"]),
        c("zh-l20-news-consumer-loan-rates", l20, **OTHER, notes=["a news article quoting market rates: not a loan"]),
        c("zh-l21-key-facts-pipe-daily-rate-guarantee", l21, kind="loan_disclosure", principal=D(5000),
          method="equal_installment", n=12, term_months=12, rate_value=D("0.08"), rate_per="day",
          fees=[Fee("融资担保费", ["guarantee"], "per_period", amount=D(50))],
          contract_date=date(2026, 4, 10), start_date=date(2026, 4, 10), lender_type="microloan",
          notes=["0.08% x 365 = 29.2% a year; with the 50 a month guarantee fee the all-in cost is above 36%"]),
        c("zh-l22-bank-approval-notice-interest-only", l22, kind="loan_disclosure", principal=D(100000),
          method="interest_only", n=12, term_months=12, rate_value=D("4.8"),
          fees=[Fee("贷款手续费", ["handling", "service", "other"], "at_disbursement", amount=D(1000))],
          contract_date=date(2025, 12, 15), start_date=date(2025, 12, 15), lender_type="bank",
          notes=["10万元 at 4.8%: 400 interest a month, principal at the end; 1000 fee paid on the payout day"]),
        # ------------------------------------------------------------------ English
        c("en-l01-illinois-til-boxes-origination-withheld", m01, "pdf", **USD, principal=D(4000),
          method="equal_installment", n=24, term_months=24, rate_value=D("32.9"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(240))], jurisdiction="US-IL",
          contract_date=date(2025, 10, 20), start_date=date(2025, 10, 20), lender_type="licensed_nonbank",
          notes=["240 withheld -> amount financed 3760; 32.9% note rate, APR above Illinois' 36%"]),
        c("en-l02-payday-two-dates-apr-assumes-month", m02, **USD, principal=D(400), method="bullet", freq="single",
          n=1, term_days=14, fees=[Fee("fee", ["other"], "at_maturity", amount=D(60))], jurisdiction="US-MS",
          disclosed_apr_override=D(180), contract_date=date(2025, 11, 3), start_date=date(2025, 11, 3),
          lender_type="licensed_nonbank", opts={"no_fee_compare": True},
          notes=["$60 on $400 for 14 days = 391.07%; the receipt discloses 180% (a month assumed)"]),
        c("en-l03-arizona-title-loan-six-installments", m03, **USD, principal=D(2500), method="equal_installment", n=6,
          term_months=6, rate_value=D(17), rate_per="month", jurisdiction="US-AZ", contract_date=date(2025, 9, 12),
          start_date=date(2025, 9, 12), lender_type="licensed_nonbank",
          notes=["17% a month on the balance: APR 204%; Arizona law is not covered by the reference"]),
        c("en-l04-pay-in-4-checkout-page", m04, "html", **USD, principal=D(180), method="equal_installment", n=3,
          freq="biweek", term_months=None, rate_value=D(0), jurisdiction="US-IL", contract_date=date(2025, 12, 1),
          start_date=date(2025, 12, 1), lender_type="licensed_nonbank", verdict=False,
          verdict_reason="0% APR and no fee: Illinois PLPA 36% not reached [C]",
          notes=["240 order - 60 paid today = 180 financed; 3 payments of 60 every two weeks; no interest, no fee"]),
        c("en-l05-ny-credit-union-signature-loan", m05, **USD, principal=D(12000), method="equal_installment", n=48,
          term_months=48, rate_value=D("7.49"), jurisdiction="US-NY", contract_date=date(2025, 8, 4),
          start_date=date(2025, 8, 4), lender_type="credit_union", notes=["no fees; 7.49% <= 16%"]),
        c("en-l06-california-family-note-interest-monthly", m06, **USD, principal=D(15000), method="interest_only",
          n=24, term_months=24, rate_value=D(12), jurisdiction="US-CA", contract_date=date(2025, 5, 1),
          start_date=date(2025, 5, 1), lender_type="individual", disclose_apr=False,
          notes=["Fifteen Thousand = 15000; 150 a month interest only; 12% > 10% for a non-exempt lender"]),
        c("en-l07-new-york-family-note-balloon", m07, **USD, principal=D(20000), method="equal_installment",
          method_accept=["other"], n=36, term_months=36, rate_value=D(5),
          payment_override=balloon_payment(D(20000), D(5), 36, D(8000)), jurisdiction="US-NY",
          contract_date=date(2025, 4, 28), start_date=date(2025, 5, 1), lender_type="individual", disclose_apr=False,
          notes=["the level payment that leaves 8000 owing after 36 months at 5%; the 36th payment carries the balloon"]),
        c("en-l08-uk-hcstc-default-fee-above-cap", m08, "pdf", **GBP, principal=D(400), method="equal_installment", n=3,
          term_months=3, rate_value=D(22), rate_per="month", contract_date=date(2025, 11, 10),
          start_date=date(2025, 11, 10), lender_type="licensed_nonbank", opts={"default_fee": 20},
          notes=["22% a month on the balance; charges within the daily and total caps, but the default fee is £20 > £15"]),
        c("en-l09-docx-uk-regulated-loan-aprc", m09_blocks, "docx", **GBP, principal=D(10000),
          method="equal_installment", n=60, term_months=60, rate_value=D("8.9"), contract_date=date(2025, 7, 21),
          start_date=date(2025, 7, 21), lender_type="bank",
          notes=["8.9% nominal, monthly: APRC (1 + 0.089/12)^12 - 1 = 9.27%; not high-cost short-term"]),
        c("en-l10-irish-credit-agreement", m10, lang="en", currency="EUR", apr_method=None, principal=D(6000),
          method="equal_installment", n=36, term_months=36, rate_value=D("10.5"), jurisdiction="IE",
          contract_date=date(2025, 10, 6), start_date=date(2025, 10, 6), lender_type="licensed_nonbank",
          notes=["an Irish agreement: no bundled ruleset covers it; terms are still read"]),
        c("en-l11-car-lease-closed-end", m11, lang="en", currency="USD", **OTHER, notes=["a closed-end lease: not a loan"]),
        c("en-l12-continuing-guaranty", m12, lang="en", currency="USD", **OTHER,
          notes=["a guaranty of a business loan: the signer receives no credit"]),
        c("en-l13-loan-advertisement", m13, lang="en", currency="USD", **OTHER, notes=["an advertisement: not a loan"]),
        c("en-l14-checking-statement", m14, lang="en", currency="USD", **OTHER,
          notes=["a checking statement listing loan payments: not a loan contract"]),
        c("en-l15-illinois-loan-offer", m15, **USD, kind="loan_disclosure", principal=D(6000), method="equal_installment",
          n=36, term_months=36, rate_value=D("19.99"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(300))], jurisdiction="US-IL",
          contract_date=date(2026, 1, 12), start_date=date(2026, 1, 12), lender_type="licensed_nonbank",
          notes=["an offer, not a contract; 300 withheld -> 5700; APR below 36%"]),
        c("en-l16-ny-total-of-payments-contradicts", m16, **USD, principal=D(9000), method="equal_installment", n=30,
          term_months=30, rate_value=D("9.9"), jurisdiction="US-NY", contract_date=date(2025, 6, 23),
          start_date=date(2025, 6, 23), lender_type="licensed_nonbank",
          opts={"stated_total": D("10980.00"), "inconsistency": True}, verdict=False,
          verdict_reason="the stated total of payments contradicts 30 x the instalment: an inconsistency; no violation may rest on one side",
          notes=["rate, instalment and principal agree (9.9%); only the stated total disagrees"]),
    ]


def selftest() -> None:
    fce.selftest()
    pboc = own_rate(Fraction(99000), [Fraction("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - Fraction("12.8038")) < Fraction(1, 1000), float(pboc)
    mw = own_rate(Fraction(5000), [Fraction(130)] * 48) * 12 * 100  # MathWorks annurate x 12
    assert abs(mw - Fraction("11.317539")) < Fraction(1, 10000), float(mw)
    assert daxie(D(50000)) == "伍万元整" and daxie(D(56000)) == "伍万陆仟元整"
    assert daxie(D(40000), trad=True) == "肆萬圓整"
    assert cn_date(date(2025, 3, 8)) == "二〇二五年三月八日"


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above specs(), asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    z14 = by["zh-l14"]
    assert z14.payment == D("784.80") and total_repaid(z14) == D(7848), (z14.payment, total_repaid(z14))
    assert abs(z14.cost - D("19.18")) < D("0.01"), z14.cost
    z11 = by["zh-l11"]
    assert z11.rows[-1]["total"] == D(56000) and abs(z11.cost - D(12)) < D("0.0001")
    e02 = by["en-l02"]
    assert (e02.rows[-1]["date"] - e02.start_date).days == 14
    assert abs(e02.cost - D("391.0714")) < D("0.001"), e02.cost
    assert by["en-l06"].rows[0]["interest"] == D(150) and abs(by["en-l06"].cost - D(12)) < D("0.0001")
    assert by["zh-l05"].rows[0]["interest"] == D(375) and by["zh-l05"].rows[-1]["total"] == D(30975)
    stated = by["en-l16"].opts["stated_total"]
    assert stated != total_repaid(by["en-l16"]), "the contradiction must be real"
    for s in all_specs:
        legal = fc.legal_verdict(s)[0]
        if s.kind != "other" and s.principal is not None and s.jurisdiction in ("CN", "US-IL", "US-NY", "US-CA", "GB"):
            assert legal is not None or s.lender_type == "microloan", (s.name, "undecided verdict")


def main() -> int:
    """batch C's writer over this batch's specs, with batch E's arithmetic and expected form."""
    selftest()
    computed: list[Spec] = []

    def compute(s: Spec) -> None:
        fce.compute_e(s)
        own_check(s)
        computed.append(s)

    for name, value in {"specs": specs, "compute": compute, "expected": fce.expected_e, "__doc__": __doc__}.items():
        setattr(fcc, name, value)
    rc = fcc.main()
    check_expectations(computed)
    return rc


if __name__ == "__main__":
    sys.exit(main())
