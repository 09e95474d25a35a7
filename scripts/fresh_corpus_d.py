#!/usr/bin/env python3
"""Held-out batch D of the fresh phrasing corpus (tests/fresh/{zh,en}/*-i*): 24 Chinese and 12
English documents written for issue 13 without reading the extractors, the rulesets or the texts
of batches A-C, to measure whether the work on batches A (`*-f*`), B (`*-g*`) and C (`*-h*`)
generalises.

    python3 scripts/fresh_corpus_d.py            # (re)write tests/fresh/{zh,en}/*-i* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_d.py --check    # recompute and diff the text files against the committed ones

PARAMETERS, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py, and the
HTML/DOCX/PDF writers those of scripts/fresh_corpus_c.py (both imported, not copied), so the four
batches are scored by the same rules (tests/fresh_corpus.rs, scripts/accuracy.py). Two things are
this script's own:

* the one-year LPR comes from the table of /work/shared/reference/legal.md §1.2 (`LPR_TABLE`
  below), not from the crate's `rulesets/` (which this batch's author did not read);
* every cost that fc.compute() solves by bisection is re-solved here by Newton's method in exact
  fractions (`cross_check`), and the EU APRC of a monthly loan is re-derived as (1 + i)^12 - 1 from
  the monthly IRR: a drift between the two solvers stops the script.

The TEXTS are new, one renderer per document: a card bill-instalment schedule drawn with box
characters, a Q&A sheet, a checkbox form, numbered articles, IOUs in 大写 with 二〇二四年 dates and
full-width digits, an app H5 page with decoy figures in a script, a two-column bank contract with
an LPR spread, a DOCX car-loan offer with a table, a long paragraph for a 培训贷, a 繁體 Hong Kong
personal loan (out of scope), rates per day / month / year / per 10,000, flat rates, fees at payout /
per period / at maturity, and non-loans (a lease, a sale with stage payments, a statute text).
English: payday, title, NY instalment loan with an origination fee, UK high-cost short-term credit,
US and UK credit-union loans, pay-in-4, a refinance, and a lease, a sale and a statute.

Hand checks (paper arithmetic, independent of both solvers) are in the comment above `specs()`.
Needs Python >= 3.11 and, for the PDFs, reportlab + WenQuanYi Micro Hei.
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
from fresh_corpus import D, Fee, Spec, cn_date, compute, daxie, fullwidth, money, plain, r2, wan  # noqa: E402
from fresh_corpus_b import last, long_en, total_interest, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, first, kv_div, page, slash, table_html  # noqa: E402

date = dt.date
ANY_SERVICE = ["service", "consulting", "handling", "management", "other"]
USD = dict(lang="en", currency="USD", apr_method="us-regz")
OTHER = dict(principal=None, kind="other", apr_method=None)

# ---------------------------------------------------------------------------------------------
# One-year LPR, from legal.md §1.2 (change points only)
# ---------------------------------------------------------------------------------------------

LPR_TABLE = [
    (date(2019, 8, 20), "4.25"), (date(2019, 9, 20), "4.20"), (date(2019, 11, 20), "4.15"), (date(2020, 2, 20), "4.05"),
    (date(2020, 4, 20), "3.85"), (date(2021, 12, 20), "3.80"), (date(2022, 1, 20), "3.70"), (date(2022, 8, 22), "3.65"),
    (date(2023, 6, 20), "3.55"), (date(2023, 8, 21), "3.45"), (date(2024, 7, 22), "3.35"), (date(2024, 10, 21), "3.10"),
    (date(2025, 5, 20), "3.00"),
]


def lpr_on(day: dt.date) -> Decimal | None:
    value = None
    for start, pct_ in LPR_TABLE:
        if start <= day:
            value = D(pct_)
    return value


fc.lpr_on = lpr_on  # fc.compute / fc.legal_verdict look the name up at call time


# ---------------------------------------------------------------------------------------------
# An independent solver: Newton's method in exact fractions
# ---------------------------------------------------------------------------------------------


def newton_irr(advance: Fraction, payments: list[Fraction]) -> Fraction:
    """i with advance = sum p_k (1+i)^-k, by Newton from 1%, rounded to 1e-15 each step."""
    i = Fraction(1, 100)
    for _ in range(60):
        v = 1 / (1 + i)
        f = sum(p * v**k for k, p in enumerate(payments, 1)) - advance
        df = sum(-k * p * v ** (k + 1) for k, p in enumerate(payments, 1))
        step = f / df
        i = Fraction(round((i - step) * 10**15), 10**15)
        if abs(step) < Fraction(1, 10**13):
            break
    return i


def cross_check(s: Spec) -> None:
    """The bisection cost of fc.compute() against Newton (multi-payment loans)."""
    if s.cost is None or len(s.rows) < 2:
        return
    i = newton_irr(Fraction(s.net_received), [Fraction(r["total"]) for r in s.rows])
    if s.apr_method == "eu-aprc":
        assert s.freq == "month", s.name
        other = ((1 + i) ** 12 - 1) * 100
    else:
        other = i * fc.PPY[s.freq] * 100
    assert abs(Fraction(s.cost) - other) < Fraction(1, 10**6), (s.name, s.cost, float(other))


# ---------------------------------------------------------------------------------------------
# Chinese renderers
# ---------------------------------------------------------------------------------------------


def box(rows: list[list[str]], widths: list[int]) -> list[str]:
    """A table drawn with box characters (cells padded to display width)."""
    def cell(t: str, w: int) -> str:
        vis = sum(2 if ord(ch) > 0x2E80 else 1 for ch in t)
        return " " + t + " " * max(0, w - vis - 1)
    line = lambda l, m, r: l + m.join("─" * w for w in widths) + r  # noqa: E731
    out = [line("┌", "┬", "┐")]
    for k, row in enumerate(rows):
        out.append("│" + "│".join(cell(t, w) for t, w in zip(row, widths)) + "│")
        out.append(line("├", "┼", "┤") if k < len(rows) - 1 else line("└", "┴", "┘"))
    return out


def schedule_box(s: Spec, head: list[str], label, middle: str) -> list[str]:
    """The repayment schedule as a box table: label(row), date, principal, row[middle], total."""
    rows = [head] + [[label(r), r["date"].isoformat(), money(r["principal"]), money(r[middle]), money(r["total"])] for r in s.rows]
    return box(rows, [8, 14, 12, 10, 12])


def i01(s: Spec) -> str:
    """card bill instalment: a schedule drawn with box characters, fee per period, no interest."""
    fee = s.fees[0].per_payment(s.principal)
    return "\n".join([
        "信用卡账单分期业务确认及还款计划",
        "发卡机构：长宁银行股份有限公司信用卡中心",
        "持卡人：韩雪梅　　卡号：6259 **** **** 3318",
        f"申请日期：{s.contract_date.isoformat()}",
        f"分期本金：{money(s.principal)}元（本期账单应还总额10,362.57元中申请分期的部分）",
        f"分期期数：{s.n}期　每期手续费率：{plain(s.fees[0].percent)}%（按分期本金计收，每期{money(fee)}元）",
        "本业务不收取利息，手续费随每期本金一并计入当月账单。",
        "",
        *schedule_box(s, ["期次", "到期还款日", "本金", "手续费", "本期应还"], lambda r: f"{r['k']}/{s.n}", "fees"),
        "",
        f"手续费合计：{money(fee * s.n)}元　应还合计：{money(total_repaid(s))}元",
        "提前结清的，已入账的手续费不予退还，未入账的剩余手续费不再收取。",
    ]) + "\n"


def i02(s: Spec) -> str:
    """Q&A sheet: interest-only with a membership fee paid at payout."""
    interest = first(s)["interest"]
    fee = s.fees[0].amount
    return f"""“安心贷”借款常见问题与您的借款信息（请仔细阅读）
问：我这次借了多少钱？
答：您本次借款本金为{wan(s.principal)}（{money(s.principal)}元），款项将全额发放至您绑定的银行卡。
问：利息怎么算？
答：月利率1.5%，按借款本金计算，每月利息为{money(interest)}元。
问：怎么还？
答：先息后本。前{s.n - 1}个月每月只还利息{money(interest)}元，第{s.n}个月还清最后一期利息和全部本金，共{money(last(s)['total'])}元。每月还款日为放款日的对应日。
问：还有其他费用吗？
答：开通借款前须购买“安心卡”会员，会员费{money(fee)}元，于放款当日由您另行一次性支付，不从借款中扣除。
问：借款期限多长？
答：{s.n}个月，从{ymd(s.start_date)}起计算。
问：逾期了怎么办？
答：按逾期本金每日万分之五计收罚息，并可能影响您的征信记录。
出借人：瀚海网络小额贷款有限公司（通过“安心贷”平台撮合）
借款人：邵志远
签约时间：{s.contract_date.isoformat()} 16:08
"""


def i03(s: Spec) -> str:
    """checkbox application form: equal principal with a monthly guarantee fee."""
    g = s.fees[0].amount
    r1 = first(s)
    return f"""个人消费贷款申请审批表（借款人联）
申请编号：SQ{s.contract_date.strftime('%Y%m%d')}0457
借款人姓名：龚丽　　证件类型：☑ 居民身份证　□ 护照　□ 其他
贷款用途：□ 装修　☑ 教育　□ 旅游　□ 其他________
申请金额：人民币（大写）{daxie(s.principal)}　¥{money(s.principal)}
贷款期限：{s.n}个月
还款方式：□ 等额本息　☑ 等额本金　□ 先息后本　□ 到期一次还本付息
年利率：7.2%（单利）　□ 浮动　☑ 固定
担保方式：□ 抵押　□ 质押　☑ 保证（由融安融资担保有限公司提供保证）
担保费：☑ 按月收取，每月{money(g)}元，与每期本息一并支付　□ 一次性收取
首期还款额：{money(r1['total'])}元（本金{money(r1['principal'])}元＋利息{money(r1['interest'])}元＋担保费{money(g)}元），此后每期递减约{money(r2(r1['principal'] * D('0.006')))}元
贷款人：湘信消费金融有限公司
审批结论：☑ 同意　□ 不同意
借款人签字：龚丽　　日期：{s.contract_date.isoformat()}
"""


def i04(s: Spec) -> str:
    """numbered articles: a service fee taken out of the principal."""
    fee = s.fees[0].amount
    return f"""借款合同
编号：XJ-2025-062317
出借人：滨江小额贷款股份有限公司
借款人：韦成
第1条 借款本金：人民币{money(s.principal)}元（{daxie(s.principal)}）。
第2条 借款期限：{s.n}个月，以实际放款日为起息日。
第3条 借款利率：年化利率14.4%，按月等额本息还款，每月应还{money(s.payment)}元。
第4条 服务费：借款人应向出借人支付综合服务费{money(fee)}元，出借人有权在放款时直接从借款本金中扣收，借款人实际到账金额为{money(s.received)}元。
第5条 还款日：每月{s.start_date.day}日。
第6条 逾期：借款人逾期的，按逾期金额每日0.05%计收罚息。
第7条 争议解决：提交出借人所在地人民法院诉讼解决。
签约日期：{ymd(s.contract_date)}
"""


def i05(s: Spec) -> str:
    """IOU: six months' interest taken at payout, all in words and Chinese-numeral dates."""
    due = last(s)["date"]
    return f"""借　条
今借到吕国华人民币{daxie(s.principal)}（¥{money(s.principal)}），借款期限六个月，自{cn_date(s.start_date)}起至{cn_date(due)}止，利息按每月百分之二计算。
出借人交付借款时已预先扣除六个月利息{daxie(s.interest_deducted)}，借款人实际收到现金{daxie(s.received)}。
到期时借款人一次性归还本金{daxie(s.principal)}。
如到期不还，愿承担出借人为实现债权支出的律师费、诉讼费。
借款人：田宏亮（按手印）
身份证号：4301**********2218
{cn_date(s.contract_date)}
"""


SCRIPT_ZH = ("window.__INIT__={\"promo\":{\"maxLimit\":200000,\"rateFrom\":\"0.02%\",\"apr\":\"7.2%\"},"
             "\"ab\":{\"loanAmount\":50000,\"periods\":24}};function track(){return 36;}")


def i06(s: Spec) -> str:
    """app H5 page, daily rate, decoy figures in a script and a hidden div."""
    plan = [["期数", "还款日", "应还金额"]] + [[f"{r['k']}", slash(r["date"]), money(r["total"])] for r in s.rows]
    body = "\n".join([
        "<header><h1>借款确认</h1></header>",
        '<section class="card">',
        kv_div([("借款金额", f"¥{money(s.principal)}"), ("借款期限", f"{s.n}个月"), ("还款方式", "等额本息"),
                ("日利率", "0.035%"), ("年化利率(单利)", "12.775%"), ("每期应还", f"¥{money(s.payment)}"),
                ("借款日期", s.contract_date.isoformat()), ("资金方", "瑞祥消费金融有限公司")]),
        "</section>",
        "<p>随借随还：可随时提前还款，按实际借款天数计息，无提前还款手续费。</p>",
        '<section class="plan">',
        table_html(plan),
        "</section>",
        f"<footer><p>总利息 ¥{money(total_interest(s))}</p></footer>",
    ])
    return page("借款确认", body, True, SCRIPT_ZH)


def i07(s: Spec) -> str:
    """one paragraph: a daily rate per 10,000, repaid in one go after 45 days."""
    r1 = first(s)
    return (f"借款记录及协议摘要：用户孔令辉于{ymd(s.contract_date)}通过“零钱花”向青峦小额贷款有限公司借款人民币{money(s.principal)}元，"
            f"款项当日全额到账，约定借款{s.term_days}天，到期日为{ymd(r1['date'])}，利息按每万元每日伍元计收（即日利率万分之五），"
            f"到期一次性归还本金及利息共计{money(r1['total'])}元，其中利息{money(r1['interest'])}元；可提前还款，提前还款的利息按实际天数计算；"
            "逾期未还的，自逾期之日起按未还本金每日万分之七点五计收逾期利息，平台不收取其他任何费用。\n")


def i08(s: Spec) -> str:
    """two columns: a bank loan at LPR + 150 bp."""
    left = [
        "个人贷款合同（节选）",
        "贷款人：中沅银行股份有限公司",
        "            江南支行",
        "借款人：钱慧敏",
        f"贷款金额：人民币{wan(s.principal)}",
        f"（{daxie(s.principal)}）",
        f"贷款期限：{s.n}个月",
        "还款方式：按月等额本息",
        f"每月还款额：{money(s.payment)}元",
        f"签订日期：{ymd(s.contract_date)}",
    ]
    right = [
        "第四条 利率",
        "本合同项下贷款利率为浮动利率，",
        "以合同签订日前最近一次公布的",
        "一年期贷款市场报价利率（LPR）",
        "为基准加150个基点（1BP=0.01%）。",
        "签约时一年期LPR为3.10%，",
        "本合同执行年利率为4.60%。",
        "每年1月1日按当日LPR调整一次。",
        "第五条 逾期罚息",
        "在执行利率基础上加收50%。",
    ]
    return "\n".join(l_ + " " * max(2, 34 - sum(2 if ord(ch) > 0x2E80 else 1 for ch in l_)) + r_ for l_, r_ in zip(left, right)) + "\n"


def i09(s: Spec) -> str:
    """IOU with full-width digits, a yearly rate above 4 x LPR."""
    r1 = first(s)
    return fullwidth(f"""借款协议
出借人（甲方）：程卫东
借款人（乙方）：马小川
一、乙方向甲方借款人民币{money(s.principal)}元（大写：{daxie(s.principal)}），甲方于{ymd(s.start_date)}通过银行转账一次性支付。
二、借款期限12个月，自{ymd(s.start_date)}至{ymd(r1['date'])}。
三、年利率15%，利息随本金到期一次付清，利息为{money(r1['interest'])}元。
四、乙方到期应偿还本息合计{money(r1['total'])}元。
五、本协议自双方签字之日起生效。
甲方：程卫东　　乙方：马小川
签订日期：{ymd(s.contract_date)}
""")


def i10_blocks(s: Spec) -> list:
    """DOCX car-loan offer with a table: GPS fee taken out of the loan, monthly account fee."""
    gps, mgmt = s.fees[0].amount, s.fees[1].amount
    return [
        ("p", "汽车消费贷款合同　要素表"),
        ("p", "甲方（贷款人）：北辰汽车金融有限公司\t乙方（借款人）：蔡志明"),
        ("table", [
            ["项目", "内容"],
            ["车辆", "启航 S7 2025款 豪华版"],
            ["车辆成交价", "168,000.00元"],
            ["首付款", "48,000.00元"],
            ["贷款金额", f"{money(s.principal)}元"],
            ["贷款期限", f"{s.n}个月"],
            ["年利率", "5.88%"],
            ["还款方式", "等额本息"],
            ["月供（不含账户管理费）", f"{money(s.payment)}元"],
            ["GPS安装服务费", f"{money(gps)}元，放款时从贷款金额中直接扣除"],
            ["账户管理费", f"每月{money(mgmt)}元，随月供一并扣收"],
        ]),
        ("p", f"乙方实际到账（支付至经销商）金额为{money(s.received)}元。"),
        ("br", "乙方逾期还款的，按逾期金额每日万分之五计收违约金。", f"签订日期：{ymd(s.contract_date)}"),
    ]


def i11(s: Spec) -> str:
    """one long paragraph: a training loan with no interest and a monthly service fee."""
    fee = s.fees[0].per_payment(s.principal)
    return (f"分期付款服务协议　学员宋佳怡（借款人）因报读启明职业技能培训学校“UI设计就业班”（学费{money(s.principal)}元），"
            f"向信和消费金融有限公司申请学费分期，借款本金{money(s.principal)}元由贷款人直接支付至培训学校，分{s.n}期按月偿还，"
            f"每期偿还本金{money(first(s)['principal'])}元，本借款不收取利息，但借款人应按月支付分期服务费，每期服务费为借款本金的"
            f"{plain(s.fees[0].percent)}%即{money(fee)}元，故每期应还{money(first(s)['total'])}元，{s.n}期合计{money(total_repaid(s))}元；"
            f"首期还款日为{ymd(first(s)['date'])}；学员中途退学的，借款人仍须按本协议还款；本协议于{ymd(s.contract_date)}经借款人电子签名后生效。\n")


def i12(s: Spec) -> str:
    """merchant instalment receipt: the phone price and the down payment are not the principal."""
    return f"""【星辰数码 · 分期购机凭单】
门店：星辰数码 福田旗舰店
商品：灵犀 X60 Pro 12+512G
商品价格：8,999.00
首付：1,000.00
分期金额：{money(s.principal)}
分期机构：和融消费金融有限公司
分期期数：{s.n}
月利率：0.8%（等额本息）
月还款：{money(s.payment)}
首次还款日：{first(s)['date'].isoformat()}
利息合计：{money(total_interest(s))}
下单时间：{s.contract_date.isoformat()} 19:42:05
* 分期服务由分期机构提供，商户不收取分期手续费
"""


SCRIPT_ZH2 = "var cfg={\"rate\":\"0.0198\",\"vipFee\":99,\"limit\":30000,\"periods\":[3,6,9,12]};"


def i13(s: Spec) -> str:
    """app H5 page: a monthly membership fee on top of the instalment."""
    fee = s.fees[0].amount
    plan = [["期数", "本息", "会员费", "合计"]] + [[str(r["k"]), money(r["principal"] + r["interest"]), money(r["fees"]), money(r["total"])]
                                          for r in s.rows]
    body = "\n".join([
        "<h1>确认借款</h1>",
        kv_div([("借款金额", f"{money(s.principal)}元"), ("期数", f"{s.n}期（按月）"), ("年利率", "23.9%"), ("还款方式", "等额本息")]),
        f"<p>开通“极速通道”权益会员：会员费每月{money(fee)}元，按月随还款一并扣收，共{s.n}期。</p>",
        table_html(plan),
        f"<p>出借方：鼎丰网络小额贷款有限公司　借款日期：{s.contract_date.isoformat()}</p>",
    ])
    return page("确认借款", body, True, SCRIPT_ZH2)


def i14(s: Spec) -> str:
    """繁體, Hong Kong dollars: outside the bundled rulesets."""
    fee = s.fees[0].amount
    return f"""私人分期貸款協議
貸款人：恒德財務有限公司（放債人牌照號碼：1234/2025）
借款人：黃嘉欣
一、貸款金額：港幣{daxie(s.principal, trad=True)}（HK${money(s.principal)}）。
二、還款期：{s.n}個月，每月平均攤還本息。
三、利率：每月平息0.28%，按原貸款額計算。
四、每月還款額：HK${money(first(s)['total'])}（最後一期HK${money(last(s)['total'])}）。
五、手續費：HK${money(fee)}，於提款時從貸款額中扣除，借款人實收HK${money(s.received)}。
六、本協議受香港特別行政區法律管轄。
簽署日期：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日
"""


def i15(s: Spec) -> str:
    """2019 private loan; the loan period in Chinese numerals is the only date."""
    r1 = first(s)
    return f"""个人借款合同
出借人：邹建平
借款人：石晓峰
第一条　借款金额为人民币{daxie(s.principal)}。
第二条　借款期间自{cn_date(s.start_date)}起至{cn_date(r1['date'])}止。
第三条　借款年利率为百分之二十，借款期满时本金与利息一并归还，利息共计{daxie(r1['interest'])}。
第四条　借款人逾期还款的，按年利率百分之二十四支付逾期利息。
第五条　本合同自出借人将借款交付借款人时生效。
出借人（签名）：邹建平
借款人（签名）：石晓峰
"""


def i16(s: Spec) -> str:
    """a bordered key/value table: interest monthly, principal and a service fee at maturity."""
    fee = s.fees[0].amount
    rows = [
        ["借款人", "任海波"],
        ["贷款人", "嘉禾小额贷款有限公司"],
        ["借款本金", f"人民币{money(s.principal)}元"],
        ["借款期限", f"{s.n}个月（{s.start_date.isoformat()}至{last(s)['date'].isoformat()}）"],
        ["年利率", "18%"],
        ["还款方式", "按月结息，到期还本"],
        ["每月应付利息", f"{money(first(s)['interest'])}元"],
        ["服务费", f"{money(fee)}元，于借款到期日与本金一并支付"],
        ["到期应付合计", f"{money(last(s)['total'])}元（本金＋末期利息＋服务费）"],
        ["签约日期", s.contract_date.isoformat()],
    ]
    return "借款合同要素表\n" + "\n".join(box(rows, [14, 54])) + "\n借款人确认已知悉上述全部费用。\n"


def i17(s: Spec) -> str:
    """a quarterly equal-principal schedule with a monthly rate."""
    return "\n".join([
        "个人经营性贷款还款计划表",
        "贷款银行：澄江农村商业银行股份有限公司",
        "借款人：欧阳振",
        f"贷款金额：{money(s.principal)}元　期限：24个月　月利率：0.6%",
        "还款方式：按季等额本金（每三个月为一期，共8期）",
        f"合同签订日：{ymd(s.contract_date)}",
        *schedule_box(s, ["期次", "还款日", "本金", "利息", "合计"], lambda r: f"第{r['k']}期", "interest"),
        f"合计：本金{money(s.principal)}元，利息{money(total_interest(s))}元",
    ]) + "\n"


def i18(s: Spec) -> str:
    """non-loan: a flat lease."""
    return """房屋租赁合同
出租方（甲方）：聂红
承租方（乙方）：包宇航
一、房屋坐落于江城市东湖区梧桐路18号3单元602室，建筑面积89.5平方米。
二、租赁期限自2025年3月1日起至2026年2月28日止，共12个月。
三、月租金人民币4,200元，按季度支付，每季度首月5日前支付12,600元。
四、乙方于签约时支付押金8,400元，租期届满无损坏的，甲方全额无息退还。
五、乙方逾期支付租金的，每逾期一日按月租金的1%支付滞纳金。
六、物业费、水电燃气费由乙方承担。
签订日期：2025年2月20日
"""


def i19(s: Spec) -> str:
    """non-loan: a sale of machinery paid in stages."""
    return """设备买卖合同
卖方：锐工机械制造有限公司
买方：宏达五金加工厂
一、标的：数控车床CK6150两台，单价人民币186,000元，总价372,000元（叁拾柒万贰仟元整）。
二、付款方式：分三期付款。合同签订后3日内付30%即111,600元；设备验收合格后付60%即223,200元；余款10%即37,200元作为质保金，质保期满12个月后付清。
三、买方逾期付款的，每日按逾期金额的0.05%支付违约金。
四、卖方于2025年7月30日前送货并安装调试。
五、质保期内设备出现质量问题，卖方免费维修。
签订日期：2025年7月8日
"""


def i20(s: Spec) -> str:
    """non-loan: a statute text."""
    return """最高人民法院关于审理民间借贷案件适用法律若干问题的规定（摘录）
第二十五条　出借人请求借款人按照合同约定利率支付利息的，人民法院应予支持，但是双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外。
前款所称“一年期贷款市场报价利率”，是指中国人民银行授权全国银行间同业拆借中心自2019年8月20日起每月发布的一年期贷款市场报价利率。
第二十六条　借据、收据、欠条等债权凭证载明的借款金额，一般认定为本金。预先在本金中扣除利息的，人民法院应当将实际出借的金额认定为本金。
第二十八条　借贷双方对逾期利率有约定的，从其约定，但是以不超过合同成立时一年期贷款市场报价利率四倍为限。
"""


def i21(s: Spec) -> str:
    """SMS payout notice with the plan: rate per 10,000 per day."""
    lines = [f"【丰收借】尊敬的客户，您申请的借款{money(s.principal)}元已于{s.contract_date.month}月{s.contract_date.day}日放款至尾号4471的银行卡。"
             f"借款期数{s.n}期，按月等额本息，每万元每日利息3元，年化利率(单利)10.95%。出借机构：云岫小额贷款有限公司。"
             f"签约日{s.contract_date.isoformat()}。还款计划如下："]
    for r in s.rows:
        lines.append(f"{r['date'].month}月{r['date'].day}日应还{money(r['total'])}元；")
    lines.append("请按时还款，回T退订。")
    return "\n".join(lines) + "\n"


def i22(s: Spec) -> str:
    """三方 loan through a 助贷 platform: a guarantee fee paid on the payout day."""
    g = s.fees[0].amount
    return f"""个人借款合同（三方）
甲方（贷款人）：{s.lender}
乙方（借款人）：谢婉清
丙方（担保人）：安信融资担保有限公司
1. 借款金额：{money(s.principal)}元；借款期限：{s.n}个月；还款方式：等额本息，每月还款{money(s.payment)}元。
2. 借款年利率：19.8%（单利）。
3. 担保服务：丙方为乙方本合同项下债务提供连带责任保证，乙方应于放款当日另行向丙方一次性支付担保费{money(g)}元。
4. 借款资金全额发放至乙方账户。
5. 年化综合资金成本以借款利息与担保费合并计算。
签署日期：{ymd(s.contract_date)}
"""


def i23(s: Spec) -> str:
    """platform template with blank amounts."""
    return """网络借贷居间服务协议（模板）
借款人：${borrowerName}　　出借人：${lenderName}
第一条　借款金额：人民币${loanAmount}元，借款期限${loanTerm}个月，年利率${annualRate}%。
第二条　居间服务费：借款人应向平台支付居间服务费${serviceFee}元，该费用由平台在出借资金划付时从借款本金中直接扣除。
第三条　风险保障金：借款人应于放款当日另行缴纳风险保障金${riskFee}元，存入平台指定账户。
第四条　还款方式：${repayMethod}。
第五条　本协议经各方电子签章后生效。签署日期：${signDate}
"""


def i24(s: Spec) -> str:
    """full-width digits, 大写 and a 二〇二五年 date: a monthly account fee as a percent."""
    fee = s.fees[0].per_payment(s.principal)
    body = f"""消费贷款合同
贷款人：泰和消费金融有限公司
借款人：孟凡
第一条　借款金额人民币{daxie(s.principal)}（{money(s.principal)}元）。
第二条　借款期限{s.n}个月，年利率9.6%，按月等额本息还款，每月本息{money(s.payment)}元。
第三条　账户管理费按月收取，每月为借款金额的{plain(s.fees[0].percent)}%，即{money(fee)}元，与本息同日扣收。
第四条　每月应还合计{money(first(s)['total'])}元，首期还款日{ymd(first(s)['date'])}。
第五条　本合同签订后，借款资金全额发放至借款人账户。
"""
    return fullwidth(body) + f"签订日期：{cn_date(s.contract_date)}\n"


# ---------------------------------------------------------------------------------------------
# English renderers
# ---------------------------------------------------------------------------------------------


def e01(s: Spec) -> str:
    """payday: a federal box and a stated term in days."""
    r1 = first(s)
    return f"""CASH ADVANCE AGREEMENT AND DISCLOSURE STATEMENT
Lender: QuickBridge Cash Centers, Inc., licensed under the Illinois Payday Loan Reform Act
Customer: Tamika Rollins      Loan No. 55-30817
Date of Agreement: {long_en(s.contract_date)}
FEDERAL TRUTH IN LENDING DISCLOSURES
ANNUAL PERCENTAGE RATE: {r2(s.cost)}%  (the cost of your credit as a yearly rate)
FINANCE CHARGE: {cur(r1['fees'])}  (the dollar amount the credit will cost you)
Amount Financed: {cur(s.principal)}  (the amount of credit provided to you)
Total of Payments: {cur(r1['total'])}  (the amount you will have paid when you have made the scheduled payment)
Payment Schedule: one payment of {cur(r1['total'])} due on {long_en(r1['date'])}, {s.term_days} days after the date of this agreement.
Returned check fee: $25.00.
"""


def e02(s: Spec) -> str:
    """title loan: the APR printed is not the APR of the figures."""
    r1 = first(s)
    return f"""MOTOR VEHICLE TITLE LOAN AGREEMENT
Lender: Lone Star Title Funding LLC, Credit Access Business, 2100 Commerce St, Dallas, TX 75201
Borrower: Ruben Salinas
Vehicle: 2016 Ford F-150, VIN 1FTEW1EF3GFA21984, odometer 142,310 miles
Loan Date: {s.contract_date.strftime('%m/%d/%Y')}
Amount Financed: {cur(s.principal)}
Finance Charge: {cur(r1['fees'])} (25% of the amount financed for the 30-day term)
Total of Payments: {cur(r1['total'])}, due in a single payment on {r1['date'].strftime('%m/%d/%Y')}
ANNUAL PERCENTAGE RATE: {plain(s.disclosed_apr_override)}%
You give us a security interest in the vehicle above. If you do not pay, we may repossess it.
"""


def e03(s: Spec) -> str:
    """Q&A: an instalment loan with an origination fee withheld, New York."""
    fee = s.fees[0].amount
    return f"""YOUR LOAN AT A GLANCE - Hudson Personal Credit Corp.
Borrower: Aaliyah Brooks, Rochester, NY 14604
Q: How much am I borrowing?
A: Your loan amount is {cur(s.principal)}. We keep an origination fee of {cur(fee)} from it, so {cur(s.received)} is deposited to your account.
Q: What interest rate do I pay?
A: A fixed interest rate of 29.9% a year on the unpaid balance.
Q: How do I repay?
A: In {s.n} equal monthly payments of {cur(s.payment)}, starting {long_en(first(s)['date'])}.
Q: What is my APR?
A: {r2(s.cost)}%, which includes the origination fee.
Q: Is there a prepayment penalty?
A: No.
Agreement date: {long_en(s.contract_date)}
"""


def e04(s: Spec) -> str:
    """UK high-cost short-term credit: pre-contract information in sections."""
    return f"""PRE-CONTRACT CREDIT INFORMATION (Standard European Consumer Credit Information)
1. Creditor: Thistle Quick Loans Ltd, FCA reference 765123
2. Key features of the credit product
   Type of credit: fixed-sum loan agreement (high-cost short-term credit)
   Total amount of credit: £{money(s.principal)}
   Duration of the credit agreement: 3 months
   Instalments: {s.n} monthly repayments of £{money(s.payment)} (final repayment £{money(last(s)['total'])}), the first on {uk_date(first(s)['date'])}
   Total amount you will have to pay: £{money(total_repaid(s))}
3. Costs of the credit
   Borrowing rate: 0.78% per day, fixed, charged on the outstanding balance
   Annual percentage rate of charge (APR): {r2(s.cost).quantize(D('0.1'))}% representative
   Missing payments: a default fee of £15 may be charged once.
Agreement date: {uk_date(s.contract_date)}
"""


def e05(s: Spec) -> str:
    """US credit union: two text columns."""
    fee = s.fees[0].amount
    left = [
        "MAPLEWOOD FEDERAL CREDIT UNION",
        "Share Secured / Signature Loan",
        "Member: Colin Park",
        f"Date: {s.contract_date.strftime('%m/%d/%Y')}",
        f"Loan amount: {cur(s.principal)}",
        f"Term: {s.n} months",
        "Interest rate: 11.49% fixed",
        f"Monthly payment: {cur(s.payment)}",
    ]
    right = [
        "TRUTH IN LENDING",
        f"ANNUAL PERCENTAGE RATE {r2(s.cost)}%",
        f"Finance Charge {cur(total_interest(s) + fee)}",
        f"Amount Financed {cur(s.net_received)}",
        f"Total of Payments {cur(total_repaid(s))}",
        f"Processing fee {cur(fee)} paid",
        "in cash at closing.",
        "Governing law: New York.",
    ]
    return "\n".join(l_.ljust(40) + r_ for l_, r_ in zip(left, right)) + "\n"


SCRIPT_EN = 'window.dataLayer=[{"cartTotal":1299.00,"apr":"29.99%","promo":"6 months at 0%"}];'


def e06(s: Spec) -> str:
    """pay-in-4 checkout page with decoys in a script."""
    down = s.principal / 3
    plan = [["Payment", "Date", "Amount"], ["1 (today)", s.contract_date.isoformat(), cur(down)]]
    plan += [[str(r["k"] + 1), r["date"].isoformat(), cur(r["total"])] for r in s.rows]
    body = "\n".join([
        "<h1>Pay in 4 with Splitly</h1>",
        f"<p>Order total {cur(down * 4)} at Evergreen Outdoor Co.</p>",
        f"<p>Pay {cur(down)} today, then 3 payments of {cur(s.payment)} every 2 weeks. 0% interest. No fees when you pay on time.</p>",
        table_html(plan),
        "<p>Late fee: up to $7.00 if a payment is missed.</p>",
        "<p>Loans made by Splitly Financial, Inc. under a California Financing Law license.</p>",
    ])
    return page("Checkout", body, False, SCRIPT_EN)


def e07(s: Spec) -> str:
    """a refinance in one paragraph: the prior-loan payoff is not a fee."""
    fee = s.fees[0].amount
    return (f"REFINANCE LOAN AGREEMENT. On {long_en(s.contract_date)}, Keystone Installment Lending, LLC (Illinois Consumer Installment Loan "
            f"license CIL-0922) agrees to lend Marcus Webb {cur(s.principal)} to refinance his existing loan no. 0087316 with us; of the loan "
            f"amount, $4,812.44 pays off the existing loan and the remainder, less an origination fee of {cur(fee)} which we retain at "
            f"closing, is paid to you, so that the amount financed is {cur(s.received)}. Interest accrues at a fixed simple rate of 17.99% "
            f"per year. You will repay in {s.n} monthly installments of {cur(s.payment)}, the first due on {long_en(first(s)['date'])}. "
            f"The ANNUAL PERCENTAGE RATE is {r2(s.cost)}% and the total of payments is {cur(total_repaid(s))}. You may prepay at any time "
            "without penalty.\n")


def e08_blocks(s: Spec) -> list:
    """DOCX: an instalment loan with an origination fee, terms in a table."""
    fee = s.fees[0].amount
    return [
        ("p", "PERSONAL INSTALLMENT LOAN - SUMMARY OF TERMS"),
        ("p", "Lender: Prairie Oak Finance Co.\tBorrower: Denise Caldwell"),
        ("table", [
            ["Term", "Detail"],
            ["Principal amount", cur(s.principal)],
            ["Origination fee", f"{cur(fee)}, deducted from the loan proceeds"],
            ["Amount disbursed to you", cur(s.received)],
            ["Interest rate", "24.99% per annum, simple interest"],
            ["Repayment", f"{s.n} monthly payments of {cur(s.payment)}"],
            ["First payment date", long_en(first(s)["date"])],
            ["Annual Percentage Rate", f"{r2(s.cost)}%"],
        ]),
        ("br", "This loan is governed by the laws of the State of Illinois.", f"Signed on {long_en(s.contract_date)}."),
    ]


def e09(s: Spec) -> str:
    """non-loan: a residential lease."""
    return """RESIDENTIAL LEASE AGREEMENT
Landlord: Birchwood Properties LLC
Tenant: Jordan Ellis
Premises: 417 Linden Avenue, Apt 3B, Columbus, OH 43215
Term: twelve (12) months beginning March 1, 2025 and ending February 28, 2026.
Rent: $1,450.00 per month, due on the 1st day of each month.
Security deposit: $1,450.00, returned within 30 days after the tenant moves out, less lawful deductions.
Late fee: $75.00 if rent is not received by the 5th day of the month.
Pets: one cat allowed with a pet deposit of $300.00.
Signed: February 12, 2025
"""


def e10(s: Spec) -> str:
    """non-loan: a furniture purchase agreement paid in two parts."""
    return """PURCHASE AGREEMENT
Seller: Oak & Iron Furniture Studio
Buyer: Priya Natarajan
Items: solid walnut dining table (custom, 96 in.) and 8 chairs.
Purchase price: $6,840.00 including sales tax.
Payment: a deposit of $2,000.00 on signing; the balance of $4,840.00 on delivery.
Delivery: within 10 weeks of signing, to 88 Harbor Road, Portland, ME 04101.
A restocking charge of 15% applies if the buyer cancels after production starts.
Date: September 9, 2025
"""


def e11(s: Spec) -> str:
    """non-loan: a statute."""
    return """ILLINOIS PREDATORY LOAN PREVENTION ACT (815 ILCS 123) - EXCERPT
Sec. 15-5. Definitions. "Consumer loan" means a loan of money or credit to an individual primarily for personal, family or household purposes.
Sec. 15-5-5. Rate cap. Notwithstanding any other provision of law, for a loan made or renewed in this State on or after the effective date of this Act, a person or entity may not contract for or receive charges exceeding a 36% annual percentage rate on the unpaid balance of the amount financed for a loan.
For purposes of this Section, the annual percentage rate shall be calculated as calculated under the federal Military Lending Act, 10 U.S.C. 987, and its regulations.
Sec. 15-5-10. Violation. Any loan made in excess of 36% annual percentage rate is null and void.
"""


def e12(s: Spec) -> str:
    """UK credit union offer letter: 1% a month on the reducing balance."""
    return f"""Riverside Community Credit Union Ltd
Authorised by the PRA and regulated by the FCA and the PRA
{uk_date(s.contract_date)}
Dear Ms Okafor,
LOAN OFFER
We are pleased to offer you a loan of £{money(s.principal)} over {s.n} months.
Interest is charged at 1% per month on the reducing balance of the loan. There are no arrangement fees.
Your monthly repayment will be £{money(s.payment)} (the final repayment £{money(last(s)['total'])}), the first falling due on {uk_date(first(s)['date'])}.
Total amount repayable: £{money(total_repaid(s))}. Representative APR: {r2(s.cost).quantize(D('0.1'))}%.
Please sign and return the enclosed credit agreement within 14 days.
Yours sincerely,
Loans Officer
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of both solvers; the solvers agree within the tolerance):
# * zh-i07: 3000 x 5/10000 x 45 = 67.50; 0.05% x 365 = 18.25% a year; a single payment over 45 days
#   is priced simply: 67.50 / 3000 = 2.25% over 45/365 yr = 2.25 x 365 / 45 = 18.25%.
# * zh-i09: LPR on 2025-03-12 = 3.10% (2024-10-21 fixing, legal.md §1.2): 4 x 3.10 = 12.40% < 15%
#   -> a private loan above the cap (Art. 25 [C]): violation. 80000 x 15% = 12000 -> 92000.
# * zh-i05: 30000 x 2% x 6 = 3600 taken at payout -> 26400 received; (30000/26400 - 1) = 13.64%
#   over half a year = 27.27% a year; any interest taken in advance is a violation (Art. 670).
# * document kinds: a printed schedule (zh-i17), a payout SMS (zh-i21), a shop's instalment voucher
#   (zh-i12) and a Truth-in-Lending statement without agreement wording (en-i05) are loan disclosures.
# * zh-i03 is text only: the PDF font (WenQuanYi Micro Hei) has no ☑, so a PDF would lose the ticks.
# * zh-i01: 6000 x 0.72% = 43.20 a month; flat 8.64% a year; rule of thumb 8.64 x 2n/(n+1) = 15.95%;
#   the exact IRR is 15.58% (the rule overstates a flat rate).
# * zh-i04: 800 of 20000 withheld -> 19200 received; instalment at 1.2% a month:
#   1.012^12 = 1.153945; 240 / (1 - 1/1.153945) = 240 / 0.133406 = 1799.02 a month.
# * zh-i16: 80000 x 18% / 12 = 1200 a month; at the end 80000 + 1200 + 2400 = 83600; the fee is 3% of
#   the principal at the end of a year, which adds a little under 3 points: 20.73%; under 24%.
# * en-i01: 78 / 500 = 0.156 x 365/16 = 3.559 -> 355.88% > 36% (Illinois PLPA).
# * en-i02: 375 / 1500 = 0.25 x 365/30 = 3.041667 -> 304.17%; printed 300% is off by 4.17 points,
#   more than the 1/8 point tolerance of Reg Z 1026.22(a)(2) -> violation.
# * en-i12: (1.01)^12 = 1.126825 -> APRC 12.68%; 1500 x 0.01 / (1 - 1.01^-12) = 15 / 0.112551 = 133.27.
# * en-i04: 0.78% x 365 = 284.7% a year, 23.725% a month; 1.23725^3 = 1.893967, payment
#   400 x 0.23725 / (1 - 1/1.893949) = 94.90 / 0.472005 = 201.06; charges 603.16 - 400 = 203.16 on 400
#   over 91 days = 0.558% a day <= 0.8%, and 50.8% of the credit <= 100% -> within the HCSTC caps.


def specs() -> list[Spec]:
    return [
        c("zh-i01-card-bill-instalment-box-schedule", i01, principal=D(6000), method="flat_rate", method_accept=["equal_principal"],
          n=12, term_months=12, fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.72"))],
          contract_date=date(2025, 8, 26), start_date=date(2025, 8, 26), lender_type="bank",
          notes=["6000/12 = 500 principal; 0.72% x 6000 = 43.20 fee a period; 543.20 a month; no interest"]),
        c("zh-i02-qa-interest-only-membership", i02, "pdf", principal=D(50000), method="interest_only", n=12, term_months=12,
          rate_value=D("1.5"), rate_per="month", fees=[Fee("会员费", ["membership"], "at_disbursement", amount=D(1500))],
          contract_date=date(2025, 4, 18), start_date=date(2025, 4, 18), lender_type="microloan",
          notes=["50000 x 1.5% = 750 a month; 1500 membership paid on the payout day -> net 48500"]),
        c("zh-i03-checkbox-equal-principal-guarantee", i03, principal=D(30000), method="equal_principal", n=24, term_months=24,
          rate_value=D("7.2"), fees=[Fee("担保费", ["guarantee"], "per_period", amount=D(90))],
          contract_date=date(2025, 10, 9), start_date=date(2025, 10, 9), lender_type="consumer_finance",
          notes=["1250 + 30000 x 0.6% = 180 + 90 = 1520.00 first; the unticked boxes are not the method"]),
        c("zh-i04-articles-fee-deducted", i04, principal=D(20000), method="equal_installment", n=12, term_months=12,
          rate_value=D("14.4"), fees=[Fee("综合服务费", ANY_SERVICE, "upfront_deducted", amount=D(800))],
          contract_date=date(2025, 6, 23), start_date=date(2025, 6, 23), lender_type="microloan",
          notes=["800 withheld from the principal -> 19200 received (141号 forbids it)"]),
        c("zh-i05-iou-interest-in-advance-numeral-dates", i05, principal=D(30000), method="bullet", freq="single", n=1,
          term_months=6, rate_value=D(2), rate_per="month", interest_deducted=D(3600), contract_date=date(2024, 9, 15),
          start_date=date(2024, 9, 15), lender_type="individual",
          notes=["叁万元整 = 30000; 叁仟陆佰元整 = 3600 = 30000 x 2% x 6; 贰万陆仟肆佰元整 = 26400 received"]),
        c("zh-i06-h5-daily-rate-decoy-script", i06, "html", principal=D(6000), method="equal_installment", n=12, term_months=12,
          rate_value=D("0.035"), rate_per="day", contract_date=date(2025, 12, 3), start_date=date(2025, 12, 3),
          lender_type="consumer_finance",
          notes=["0.035% x 365 = 12.775%; the script holds 200000, 0.02%, 7.2%, 50000, 24 and 36 (decoys)"]),
        c("zh-i07-paragraph-per-10000-daily-45-days", i07, principal=D(3000), method="bullet", freq="single", n=1, term_days=45,
          rate_value=D("0.05"), rate_per="day", contract_date=date(2025, 7, 7), start_date=date(2025, 7, 7), lender_type="microloan",
          notes=["每万元每日伍元 = 0.05% a day; 3000 x 0.0005 x 45 = 67.50"]),
        c("zh-i08-two-columns-lpr-plus-150bp", i08, "pdf", principal=D(300000), method="equal_installment", n=60, term_months=60,
          lpr_spread_bp=150, contract_date=date(2024, 11, 5), start_date=date(2024, 11, 5), lender_type="bank",
          notes=["LPR 3.10% (2024-10-21) + 1.50 = 4.60%; 30万元 = 300000"]),
        c("zh-i09-iou-fullwidth-above-4x-lpr", i09, "pdf", principal=D(80000), method="bullet", freq="single", n=1, term_months=12,
          rate_value=D(15), contract_date=date(2025, 3, 12), start_date=date(2025, 3, 12), lender_type="individual",
          notes=["full-width digits; 15% > 4 x 3.10% = 12.4%"]),
        c("zh-i10-docx-car-loan-gps-deducted", i10_blocks, "docx", principal=D(120000), method="equal_installment", n=36,
          term_months=36, rate_value=D("5.88"),
          fees=[Fee("GPS安装服务费", ["service", "other", "handling"], "upfront_deducted", amount=D(2000)),
                Fee("账户管理费", ["management", "service", "other"], "per_period", amount=D(50))],
          contract_date=date(2025, 9, 28), start_date=date(2025, 9, 28), lender_type="auto_finance",
          notes=["168000 - 48000 = 120000 financed (the price and the down payment are not the principal)",
                 "2000 withheld -> 118000 paid to the dealer"]),
        c("zh-i11-paragraph-training-loan-fee", i11, "pdf", principal=D(16800), method="flat_rate", method_accept=["equal_principal"],
          n=24, term_months=24, fees=[Fee("分期服务费", ["service", "handling"], "per_period", percent=D("0.5"))],
          contract_date=date(2025, 5, 15), start_date=date(2025, 5, 15), lender_type="consumer_finance",
          notes=["16800/24 = 700; 0.5% x 16800 = 84; 784 a month"]),
        c("zh-i12-merchant-phone-instalment", i12, kind="loan_disclosure", principal=D(7999), method="equal_installment", n=12, term_months=12,
          rate_value=D("0.8"), rate_per="month", contract_date=date(2025, 11, 11), start_date=date(2025, 11, 11),
          lender_type="consumer_finance", notes=["8999 price - 1000 down = 7999 financed; 0.8% a month = 9.6% a year"]),
        c("zh-i13-h5-monthly-membership-fee", i13, "html", principal=D(10000), method="equal_installment", n=12, term_months=12,
          rate_value=D("23.9"), fees=[Fee("权益会员费", ["membership"], "per_period", amount=D(199))],
          contract_date=date(2025, 8, 8), start_date=date(2025, 8, 8), lender_type="microloan",
          notes=["199 x 12 = 2388 on 10000 on top of 23.9%: far above 36%"]),
        c("zh-i14-hongkong-trad-flat-rate", i14, "pdf", principal=D(100000), method="flat_rate", method_accept=["equal_principal"],
          n=36, term_months=36, rate_value=D("0.28"), rate_per="month",
          fees=[Fee("手續費", ["handling", "service", "other"], "upfront_deducted", amount=D(1000))], currency="HKD",
          jurisdiction="HK", apr_method=None, contract_date=date(2025, 10, 20), start_date=date(2025, 10, 20),
          lender_type="licensed_nonbank", notes=["拾萬圓整 = 100000 HKD; Hong Kong law: outside the bundled rulesets"]),
        c("zh-i15-private-2019-loan-period-only", i15, principal=D(50000), method="bullet", freq="single", n=1, term_months=12,
          rate_value=D(20), contract_date=date(2019, 6, 10), start_date=date(2019, 6, 10), lender_type="individual",
          notes=["no signing date: the loan period starts 二〇一九年六月十日; 20% <= 24% (2015 Provisions, pre-2020-08-20)"]),
        c("zh-i16-kv-box-interest-only-fee-at-maturity", i16, "pdf", principal=D(80000), method="interest_only", n=12, term_months=12,
          rate_value=D(18), fees=[Fee("服务费", ANY_SERVICE, "at_maturity", amount=D(2400))], contract_date=date(2025, 2, 14),
          start_date=date(2025, 2, 14), lender_type="microloan", notes=["1200 a month; 83600 at the end"]),
        c("zh-i17-quarterly-equal-principal-schedule", i17, "pdf", kind="loan_disclosure", principal=D(100000), method="equal_principal", freq="quarter", n=8,
          term_months=24, rate_value=D("0.6"), rate_per="month", contract_date=date(2024, 12, 16), start_date=date(2024, 12, 16),
          lender_type="bank", notes=["12500 a quarter; first interest 100000 x 1.8% = 1800"]),
        c("zh-i18-flat-lease", i18, **OTHER, notes=["a lease with rent, a deposit and a late charge: not a loan"]),
        c("zh-i19-machinery-sale-stage-payments", i19, **OTHER, notes=["a sale paid in three stages with a late charge: not a loan"]),
        c("zh-i20-statute-excerpt", i20, **OTHER, notes=["the text of a judicial interpretation: not a loan"]),
        c("zh-i21-sms-per-10000-daily-plan", i21, kind="loan_disclosure", principal=D(9000), method="equal_installment", n=6, term_months=6,
          rate_value=D("0.03"), rate_per="day", contract_date=date(2025, 9, 1), start_date=date(2025, 9, 1), lender_type="microloan",
          notes=["每万元每日3元 = 0.03% a day = 10.95% a year"]),
        c("zh-i22-zhudai-guarantee-at-payout", i22, principal=D(10000), method="equal_installment", n=12, term_months=12,
          rate_value=D("19.8"), fees=[Fee("担保费", ["guarantee"], "at_disbursement", amount=D(600))],
          lender="锦屏银行股份有限公司（助贷机构：云梯科技）", contract_date=date(2025, 11, 20), start_date=date(2025, 11, 20),
          lender_type="bank", notes=["600 paid on the payout day -> net 9400; cost above 24% after 2025-10-01 (助贷)"]),
        c("zh-i23-template-blank-intermediary-fee", i23, principal=None,
          fees=[Fee("居间服务费", ANY_SERVICE, "upfront_deducted"), Fee("风险保障金", ["guarantee", "other", "service"], "at_disbursement")],
          apr_method=None, notes=["two fees with ${...} blanks: one deducted from the principal, one paid on the payout day"]),
        c("zh-i24-fullwidth-account-fee-percent", i24, "pdf", principal=D(40000), method="equal_installment", n=24, term_months=24,
          rate_value=D("9.6"), fees=[Fee("账户管理费", ["management", "service", "other"], "per_period", percent=D("0.15"))],
          contract_date=date(2025, 1, 6), start_date=date(2025, 1, 6), lender_type="consumer_finance",
          notes=["0.15% x 40000 = 60 a month on top of a 9.6% annuity"]),
        # ------------------------------------------------------------------ English
        c("en-i01-payday-illinois-federal-box", e01, **USD, principal=D(500), method="bullet", freq="single", n=1, term_days=16,
          fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(78))], jurisdiction="US-IL", contract_date=date(2025, 6, 5),
          start_date=date(2025, 6, 5), lender_type="licensed_nonbank", opts={"no_fee_compare": True},
          notes=["78/500 x 365/16 = 355.88% > 36%"]),
        c("en-i02-title-loan-wrong-apr", e02, **USD, principal=D(1500), method="bullet", freq="single", n=1, term_days=30,
          fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(375))], jurisdiction="US-TX", contract_date=date(2025, 9, 2),
          start_date=date(2025, 9, 2), lender_type="licensed_nonbank", disclosed_apr_override=D(300), opts={"no_fee_compare": True},
          notes=["375/1500 x 365/30 = 304.17%; 300% printed"]),
        c("en-i03-qa-ny-origination-withheld", e03, "pdf", **USD, principal=D(4000), method="equal_installment", n=24, term_months=24,
          rate_value=D("29.9"), fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(200))],
          jurisdiction="US-NY", contract_date=date(2025, 5, 19), start_date=date(2025, 5, 19), lender_type="licensed_nonbank",
          notes=["29.9% alone is above New York's 25% criminal usury line"]),
        c("en-i04-uk-hcstc-daily-rate", e04, lang="en", currency="GBP", apr_method="eu-aprc", principal=D(400),
          method="equal_installment", n=3, term_months=3, rate_value=D("0.78"), rate_per="day", jurisdiction="GB",
          contract_date=date(2025, 10, 14), start_date=date(2025, 10, 14), lender_type="licensed_nonbank",
          notes=["0.78% a day, within the 0.8% a day cap"]),
        c("en-i05-us-credit-union-two-columns", e05, "pdf", **USD, kind="loan_disclosure", principal=D(8000), method="equal_installment", n=36, term_months=36,
          rate_value=D("11.49"), fees=[Fee("loan processing fee", ["handling", "application", "origination", "other"], "at_disbursement",
                                           amount=D(20))], jurisdiction="US-NY", contract_date=date(2025, 3, 27),
          start_date=date(2025, 3, 27), lender_type="bank", notes=["a 20 processing fee charged only on approved loans is a finance charge: paid in cash -> amount financed 7980; APR under 16%"]),
        c("en-i06-h5-pay-in-4-checkout", e06, "html", **USD, principal=D(255), method="equal_installment", freq="biweek", n=3,
          jurisdiction="US-CA", contract_date=date(2025, 11, 28), start_date=date(2025, 11, 28), lender_type="licensed_nonbank",
          verdict=False, verdict_reason="0% APR and no fee",
          notes=["340 order - 85 paid today = 255 financed; 3 x 85 every 14 days at 0%; the script's figures are decoys"]),
        c("en-i07-refinance-paragraph", e07, "pdf", **USD, principal=D(6500), method="equal_installment", n=36, term_months=36,
          rate_value=D("17.99"), fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(195))],
          jurisdiction="US-IL", contract_date=date(2025, 7, 21), start_date=date(2025, 7, 21), lender_type="licensed_nonbank",
          notes=["the 4812.44 payoff is part of the amount financed, not a charge; 195 withheld -> 6305"]),
        c("en-i08-docx-installment-origination", e08_blocks, "docx", **USD, principal=D(3500), method="equal_installment", n=18,
          term_months=18, rate_value=D("24.99"), fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(175))],
          jurisdiction="US-IL", contract_date=date(2025, 10, 30), start_date=date(2025, 10, 30), lender_type="licensed_nonbank",
          notes=["175 withheld -> 3325; the APR stays under 36%"]),
        c("en-i09-residential-lease", e09, lang="en", currency="USD", **OTHER, notes=["a lease: not a loan"]),
        c("en-i10-furniture-purchase", e10, lang="en", currency="USD", **OTHER, notes=["a purchase paid in two parts: not a loan"]),
        c("en-i11-statute-excerpt", e11, lang="en", currency="USD", **OTHER, notes=["a statute's text: not a loan"]),
        c("en-i12-uk-credit-union-letter", e12, lang="en", currency="GBP", apr_method="eu-aprc", principal=D(1500),
          method="equal_installment", n=12, term_months=12, rate_value=D(1), rate_per="month", jurisdiction="GB",
          contract_date=date(2025, 8, 12), start_date=date(2025, 8, 12), lender_type="credit_union",
          notes=["1% a month on the reducing balance: APRC 12.68%, not high-cost short-term credit"]),
    ]


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def selftest() -> None:
    fc.selftest()
    # the Newton solver on the published figures too (apr-methods.md)
    pboc = newton_irr(Fraction(99000), [Fraction("8833.3")] * 12) * 12 * 100
    assert abs(pboc - Fraction("12.8038")) < Fraction(1, 1000), float(pboc)
    mw = newton_irr(Fraction(5000), [Fraction(130)] * 48) * 12 * 100
    assert abs(mw - Fraction("11.317539")) < Fraction(1, 10000), float(mw)
    assert lpr_on(date(2024, 11, 5)) == D("3.10") and lpr_on(date(2025, 6, 1)) == D("3.00") and lpr_on(date(2019, 6, 1)) is None


def compute_checked(s: Spec) -> None:
    compute(s)
    cross_check(s)


def main() -> int:
    """batch C's writer (fresh_corpus_c.build/main) over this batch's specs, LPR table and solver check."""
    selftest()
    fcc.specs = specs
    fcc.compute = compute_checked
    fcc.__doc__ = __doc__
    return fcc.main()


if __name__ == "__main__":
    sys.exit(main())
