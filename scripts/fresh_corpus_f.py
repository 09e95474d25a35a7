#!/usr/bin/env python3
"""Held-out batch F of the fresh phrasing corpus (tests/fresh/{zh,en}/*-k*): 22 Chinese and 16
English documents written for issue 13 without reading the extractors, the rulesets, the locales
or the contract texts of batches A-E, to measure whether the work on batches A-E (`*-f*` ... `*-j*`)
generalises.

    python3 scripts/fresh_corpus_f.py            # (re)write tests/fresh/{zh,en}/*-k* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_f.py --check    # recompute and diff the text files against the committed ones

Parameters, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py; the
HTML / DOCX / PDF writers those of scripts/fresh_corpus_c.py; the LPR table and the Newton
cross-check those of scripts/fresh_corpus_d.py; the fee on a stated date (`Dated`), the third
(secant) solver and the `inconsistency` key those of scripts/fresh_corpus_e.py. All are imported,
none is copied, so the six batches are scored by the same rules (tests/fresh_corpus.rs,
scripts/accuracy.py). Every cost is solved three times (bisection, Newton, secant) and must agree.

The TEXTS are new, one renderer per document. Chinese: an app confirmation in full-width digits
with 万分之 a day and a fee withheld at payout; numbered articles for a loan whose interest is paid
monthly and principal at the end (the method is never named); an equal-principal schedule aligned
with spaces; a merchant instalment slip whose method and rate show only through the figures; an
IOU in 大写 with quarterly interest and 二〇二五年 dates; a car-loan ☑/□ form with a GPS fee paid on
the payout day and a monthly account fee; a training loan in one paragraph; a DOCX LPR + 45 bp bank
loan whose term sits in a footnote; an H5 revolving draw; a Q&A private loan with interest taken in
advance; 助贷 articles with a guarantee fee per period and a fee on a stated date; a tab-separated
sheet with a fee due with one named instalment; a two-column microloan known only by its figures;
a 繁體 mainland contract; a Hong Kong money-lender agreement (out of scope); a furniture sale on
deferred payment, a time-deposit certificate and a news article (non-loans); a key-facts table and
a card-bill instalment page (disclosures); a flat 7厘 schedule with a 合计 row and an insurance
premium paid at payout; a private loan whose figures are split across lines.
English: an Illinois instalment loan with TILA boxes and an origination fee withheld; a Missouri
payday receipt; a New York title loan as a FAQ; a BNPL monthly plan page; a New York credit-union
note with check boxes; a California family note paying interest quarterly; a UK high-cost
short-term instalment agreement (DOCX); a UK regulated agreement with an APRC; an Australian
credit contract (out of scope); an equipment lease, a bank statement and a court order (non-loans);
an Illinois pre-contract disclosure; an Illinois loan known only by its payments; a Texas OCR-glued
TILA box whose APR is understated; a New York loan whose total of payments contradicts its
schedule.

Hand checks (paper arithmetic, independent of the three solvers) are in the comment above
`specs()`. Needs Python >= 3.11 and, for the PDFs, reportlab + WenQuanYi Micro Hei.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402  (imports fresh_corpus_d, which installs its LPR table)
from fresh_corpus import D, Fee, Spec, cn_date, daxie, fullwidth, money, plain, r2, wan  # noqa: E402
from fresh_corpus_b import last, long_en, mdy, total_interest, total_repaid, uk_date, ymd  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, first, kv_div, page, table_html, words  # noqa: E402
from fresh_corpus_e import ANY_SERVICE, OTHER, USD, Dated  # noqa: E402

date = dt.date
GBP = dict(lang="en", currency="GBP", apr_method="eu-aprc", jurisdiction="GB")


def fee_of(s: Spec, i: int = 0) -> Decimal:
    return s.fees[i].per_payment(s.principal)


def amount_financed(s: Spec) -> Decimal:
    return s.net_received


def finance_charge(s: Spec) -> Decimal:
    return total_repaid(s) - s.net_received


def pad(text: str, width: int) -> str:
    """Pad to a display width (CJK characters count two)."""
    vis = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return text + " " * max(1, width - vis)


def rows_text(s: Spec, cols, sep: str) -> list[str]:
    return [sep.join(col(r) for col in cols) for r in s.rows]


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def k01(s: Spec) -> str:
    """app confirmation, full-width digits, 万分之五 a day, a platform fee withheld at payout."""
    f = fee_of(s)
    lines = [
        "【借款详情】橙子分期 · 订单已放款",
        "订单号：ＣＺ２０２５１０２８０４４１７",
        "资金方：临川市惠民小额贷款有限公司",
        "借款人：邵**（尾号３３１８）",
        f"申请金额：{fullwidth(money(s.principal))}元",
        "计息规则：日利率万分之五，按日计息",
        f"分期方案：{fullwidth(str(s.n))}期，每月等额偿还本息",
        f"每月应还：{fullwidth(money(first(s)['total']))}元（末期{fullwidth(money(last(s)['total']))}元）",
        f"平台撮合服务费：{fullwidth(money(f))}元（放款时一次性扣收）",
        f"到账金额：{fullwidth(money(s.received))}元",
        f"放款时间：{fullwidth(ymd(s.start_date))}",
        f"首个还款日：{fullwidth(ymd(first(s)['date']))}",
        "温馨提示：请保持还款银行卡余额充足，逾期将影响您的信用记录。",
    ]
    return "\n".join(lines)


def k02(s: Spec) -> str:
    """numbered articles: interest paid monthly, principal at the end; the method is never named."""
    interest = first(s)["interest"]
    fee = fee_of(s)
    end = last(s)["date"]
    return f"""个人消费借款合同
合同编号：SX-CL-2025-070318
贷款人（甲方）：晟祥消费金融股份有限公司
借款人（乙方）：蒋某某

第一条　借款金额
甲方向乙方提供借款人民币{daxie(s.principal)}（小写：¥{money(s.principal)}）。

第二条　借款用途与期间
借款用于装修。借款期间为{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end)}止。

第三条　利息
借款年利率为{plain(s.rate_value)}%（单利）。乙方应于每月{s.start_date.day}日支付当月利息，每月利息金额为人民币{money(interest)}元；在借款到期日，乙方应将借款本金{money(s.principal)}元与最后一个月的利息一并偿还。

第四条　会员服务
乙方须开通"晟享会员"方可获得放款，会员费人民币{money(fee)}元，由乙方于放款当日另行支付，不从借款中扣除。

第五条　逾期
乙方未按期还款的，逾期部分自逾期之日起按借款年利率上浮30%计收逾期利息。

第六条　争议解决
因本合同发生的争议，向甲方住所地人民法院起诉。

甲方（盖章）：晟祥消费金融股份有限公司　　乙方（签字）：蒋某某
签订日期：{ymd(s.contract_date)}
"""


def k03(s: Spec) -> str:
    """equal principal: a schedule aligned with spaces (PDF)."""
    head = pad("期次", 8) + pad("到期日", 14) + pad("应还本金", 14) + pad("应还利息", 12) + "本息合计"
    body = [pad(f"第{r['k']}期", 8) + pad(r["date"].isoformat(), 14) + pad(money(r["principal"]), 14)
            + pad(money(r["interest"]), 12) + money(r["total"]) for r in s.rows]
    return "\n".join([
        "东陵农村商业银行 个人信用贷款借款凭证",
        f"借款人：范某某　　　　凭证日期：{ymd(s.contract_date)}",
        f"贷款本金：{money(s.principal)}元　　执行年利率：{plain(s.rate_value)}%",
        f"贷款期限：{s.term_months}个月　　还款方式：等额本金（每月归还相同本金，利息按剩余本金计算）",
        "",
        "还款计划表",
        head,
        *body,
        "",
        "本凭证为借款合同的组成部分。借款人已阅读并理解上述还款计划。",
    ])


def k04(s: Spec) -> str:
    """merchant instalment slip: neither method nor rate is named, only the figures."""
    price = D(13800)
    down = price - s.principal
    pay = first(s)["total"]
    total = total_repaid(s)
    return "\n".join([
        "星河数码旗舰店 | 分期购机确认单",
        f"订单日期 | {s.contract_date.isoformat()}",
        "商品 | 星河 X9 Pro 512G",
        f"商品总价 | {money(price)}元",
        f"首付款 | {money(down)}元（已于门店支付）",
        f"分期本金 | {money(s.principal)}元",
        "分期服务机构 | 鹏远消费金融有限公司",
        f"分期数 | {s.n}",
        f"每期应还 | {money(pay)}元",
        f"应还总额 | {money(total)}元",
        f"首期还款日 | {first(s)['date'].isoformat()}",
        "备注 | 分期本金由鹏远消费金融直接支付给商户；提前结清的，按剩余期数计算应还金额。",
        "客户签字 | 黎某某",
    ])


def k05(s: Spec) -> str:
    """an IOU in 大写 with Chinese-numeral dates and quarterly interest."""
    q = first(s)["interest"]
    return f"""借　条

今借到出借人汪某某（身份证号3401**********2210）人民币{daxie(s.principal)}，借款期限壹年，自{cn_date(s.start_date)}起至{cn_date(last(s)['date'])}止。

双方约定月息八厘，利息按季度支付，每季度末付息{daxie(q)}，本金于借款到期之日一次还清。

借款人以其名下车辆作为还款保证。如到期不能偿还，出借人可向出借人住所地人民法院起诉。

借款人：邹某某（签字并按手印）
{cn_date(s.contract_date)}
"""


def k06(s: Spec) -> str:
    """a car-loan ☑/□ form: GPS fee paid on the payout day, account fee with each instalment (PDF)."""
    gps, acct = fee_of(s, 0), fee_of(s, 1)
    return "\n".join([
        "汽车金融贷款申请及合同要素确认表",
        "贷款人：远驰汽车金融有限公司　　　借款人：葛某某",
        "车辆：远驰 S7 2025款 豪华版　　　车辆价格：138,000.00元",
        f"首付款：{money(D(138000) - s.principal)}元　　　贷款金额：{money(s.principal)}元",
        "贷款期数：☑36期　□24期　□12期",
        "还款方式：☑等额本息　□等额本金　□先息后本",
        f"贷款年利率：{plain(s.rate_value)}%（固定）",
        f"月供（不含账户管理费）：{money(first(s)['principal'] + first(s)['interest'])}元",
        f"GPS设备及安装服务费：{money(gps)}元　□计入贷款　☑放款当日一次性现金支付　□分期支付",
        f"账户管理费：每期{money(acct)}元，随每期月供一并扣收",
        "贷款资金支付方式：☑受托支付至经销商　□自主支付",
        f"放款日：{ymd(s.start_date)}　　　首期还款日：{ymd(first(s)['date'])}",
        f"签署日期：{ymd(s.contract_date)}",
    ])


def k07(s: Spec) -> str:
    """a training loan told in one long paragraph, fee per period, no interest."""
    fee = s.fees[0]
    return (
        f"培训分期服务协议　学员鲁某某（以下称借款人）报读青禾职业技能学校\"数据分析师就业班\"，学费人民币{money(s.principal)}元，"
        f"借款人自愿向嘉程消费金融有限公司申请培训分期，分期本金{money(s.principal)}元由嘉程消费金融于{ymd(s.start_date)}直接支付至青禾职业技能学校，"
        f"借款人无需支付利息，但应按月支付分期服务费，费率为每期{plain(fee.percent)}%（以分期本金为基数），"
        f"分{s.n}期偿还，每期偿还分期本金{money(first(s)['principal'])}元及分期服务费{money(fee_of(s))}元，合计{money(first(s)['total'])}元，"
        f"首期还款日为{ymd(first(s)['date'])}，以后每月同日还款；如借款人中途退学，已发生的分期服务费不予退还，"
        f"借款人仍应按本协议约定偿还剩余分期本金；本协议自双方签字或盖章之日起生效，签订日期{ymd(s.contract_date)}。"
    )


def k08_blocks(s: Spec) -> list:
    """a DOCX bank loan: LPR + 45 bp; the term sits in a footnote."""
    return [
        ("p", "清江银行个人消费贷款合同（要素表）"),
        ("table", [["项目", "内容"],
                   ["借款人", "庞某某"],
                   ["贷款人", "清江银行股份有限公司滨湖支行"],
                   ["贷款金额", f"人民币{daxie(s.principal)}（{wan(s.principal)}）"],
                   ["借款期限", "见注①"],
                   ["贷款利率", "浮动利率，见注②"],
                   ["还款方式", "按月等额本金还款"],
                   ["贷款发放日", ymd(s.start_date)]]),
        ("p", f"注①：借款期限为{cn_num(s.term_months)}个月，自贷款发放日起算，每月对应日为还款日。"),
        ("p", "注②：本合同项下贷款利率以合同签订日前最近一次公布的一年期贷款市场报价利率（LPR）为定价基础，加45个基点（1个基点为0.01%）确定，在借款期限内不作调整。"),
        ("p", "注③：本贷款不收取任何手续费、服务费。"),
        ("p", f"合同签订日期：{ymd(s.contract_date)}"),
    ]


def cn_num(n: int) -> str:
    return fc.cn_small(n)


def k09(s: Spec) -> str:
    """an H5 revolving-credit draw page with a pipe table; decoys in the script."""
    interest = first(s)["interest"]
    body = "\n".join([
        "<h2>随借随还 · 借款确认</h2>",
        kv_div([("可用额度", "50,000.00元"), ("本次借款", f"{money(s.principal)}元"), ("借款日", ymd(s.start_date))]),
        table_html([["项目", "内容"],
                    ["日利率", f"{plain(s.rate_value)}%"],
                    ["借款天数", f"{s.term_days}天"],
                    ["还款方式", "到期一次性还本付息"],
                    ["到期日", ymd(last(s)["date"])],
                    ["应还利息", f"{money(interest)}元"],
                    ["到期应还", f"{money(last(s)['total'])}元"]]),
        "<p>本产品无其他费用。可随时提前还款，利息按实际使用天数计算。</p>",
        "<p>出借机构：云岫消费金融股份有限公司</p>",
    ])
    script = 'window.__promo = {"title": "新客日利率低至0.02%", "quota": "最高200,000元"};'
    return page("借款确认", body, True, script)


def k10(s: Spec) -> str:
    """a Q&A private loan with interest taken at payout."""
    ded = s.interest_deducted
    return f"""借款事项问答确认书

问：出借人和借款人分别是谁？
答：出借人田某某，借款人宋某某，二人系朋友关系。

问：借多少钱？
答：借款本金为人民币捌仟元整（8,000.00元）。

问：利息如何约定？
答：月利率1.8%，借期两个月，利息共计{money(ded)}元。出借人在转账时已预先扣下这笔利息，借款人实际收到{money(s.received)}元。

问：什么时候还？
答：借款人应于{ymd(last(s)['date'])}一次性归还人民币8,000.00元。

问：有无其他约定？
答：逾期不还的，出借人可通过诉讼解决。

双方签字：田某某　宋某某
日期：{ymd(s.contract_date)}
"""


def k11(s: Spec) -> str:
    """助贷 articles with sub-items: guarantee fee per period, a fee on a stated date (PDF)."""
    g = fee_of(s, 0)
    dated = s.fees[1]
    day = s.rows[dated.period - 1]["date"]
    return f"""个人网络贷款合同
贷款人：北渚银行股份有限公司（合作机构：易融达科技有限公司提供获客及风险评估服务）
借款人：韩某某

第一条　贷款要素
（一）贷款金额：人民币{money(s.principal)}元；
（二）贷款期限：{s.term_months}个月；
（三）贷款年利率（单利）：{plain(s.rate_value)}%；
（四）还款方式：等额本息，每月{s.start_date.day}日还款，每期应还本息{money(first(s)['principal'] + first(s)['interest'])}元。

第二条　担保及费用
（一）本贷款由丰安融资担保有限公司提供连带责任保证，借款人每期向担保公司支付担保费{money(g)}元，与当期本息一并扣收；
（二）借款人应于{ymd(day)}向易融达科技有限公司支付信用评估服务费{money(fee_of(s, 1))}元，该费用不从贷款本金中扣除。

第三条　放款
贷款人于{ymd(s.start_date)}将贷款全额发放至借款人账户。

第四条　综合成本提示
借款人已知悉上述利息、担保费及服务费均构成其综合融资成本。

签订日期：{ymd(s.contract_date)}
"""


def k12(s: Spec) -> str:
    """a tab-separated sheet: 万元 amounts, a fee due with one named instalment."""
    f = s.fees[0]
    return "\n".join([
        "借款要素\t内容",
        "贷款机构\t瑞泽消费金融有限公司",
        "借款人\t秦某某",
        f"借款金额\t{wan(s.principal)}",
        f"月利率\t{plain(s.rate_value)}%",
        f"期数\t{s.n}期（按月）",
        "还款方式\t等额本息",
        f"每期本息\t{money(first(s)['principal'] + first(s)['interest'])}元",
        f"咨询服务费\t{money(fee_of(s))}元，随第{f.period}期还款一并收取，其他各期不收取",
        f"放款日\t{s.start_date.isoformat()}",
        f"签约日\t{s.contract_date.isoformat()}",
    ])


def k13(s: Spec) -> str:
    """two text columns; the method and rate show only through payment x count = total (PDF)."""
    left = ["甲方（出借人）：", "湖滨普惠小额贷款有限公司", "住所：湖滨市新城区", "", "乙方（借款人）：", "魏某某",
            "", "争议由甲方所在地法院管辖", ""]
    right = [f"借款本金：{money(s.principal)}元", f"借款期数：{s.n}期，按月还款",
             f"每期还款额：{money(first(s)['total'])}元", f"末期还款额：{money(last(s)['total'])}元",
             f"还款总额：{money(total_repaid(s))}元", f"放款日：{ymd(s.start_date)}",
             f"首期还款日：{ymd(first(s)['date'])}", "本金一次足额发放，无任何扣费", f"签订日：{ymd(s.contract_date)}"]
    out = ["借款合同（简式）", ""]
    for a, b in zip(left, right):
        out.append(pad(a, 30) + b)
    return "\n".join(out)


def k14(s: Spec) -> str:
    """a 繁體 mainland contract (Guangzhou microloan company), equal principal, fee at maturity (PDF)."""
    fee = fee_of(s)
    return f"""借款合同

貸款人：廣州市恆泰小額貸款有限公司
借款人：鄭某某

第一條　借款金額為人民幣{daxie(s.principal, trad=True)}（¥{money(s.principal)}）。
第二條　借款期限為{cn_num(s.term_months)}個月，自{ymd(s.start_date)}起至{ymd(last(s)['date'])}止。
第三條　月利率為{plain(s.rate_value)}%，按月計息。
第四條　還款方式為等額本金，每月歸還本金{money(first(s)['principal'])}元，利息按剩餘本金計算，首期應還{money(first(s)['principal'] + first(s)['interest'])}元。
第五條　借款人應於最後一期還款時一併支付手續費人民幣{money(fee)}元。
第六條　本合同適用中華人民共和國法律，爭議由廣州市天河區人民法院管轄。

簽訂日期：{ymd(s.contract_date)}
"""


def k15(s: Spec) -> str:
    """a Hong Kong money-lender agreement in 繁體: outside the bundled rules."""
    return f"""貸款協議書
放債人：信和財務有限公司（放債人牌照號碼 1234/2025）
借款人：陳某某
「貸款本金」：港幣{daxie(s.principal, trad=True)}（HK${money(s.principal)}）
「月平息」：{plain(s.rate_value)}%
「還款期數」：{s.n}期，每月還款
「每月還款額」：HK${money(first(s)['total'])}
「首期還款日」：{first(s)['date'].day}/{first(s)['date'].month}/{first(s)['date'].year}
本協議受香港特別行政區法律管轄，並受《放債人條例》（第163章）規限。
簽署日期：{s.contract_date.day}/{s.contract_date.month}/{s.contract_date.year}
"""


def k16(s: Spec) -> str:
    """a furniture sale with payment in three parts: not a loan."""
    return """家具买卖合同
出卖人：木之语家居有限公司
买受人：薛某某
一、标的：实木餐桌一张、餐椅六把，总价款人民币18,600.00元。
二、付款方式：签约当日支付6,600.00元；送货安装验收合格后支付6,000.00元；2025年12月30日前支付尾款6,000.00元。
三、买受人逾期支付尾款的，每日按未付金额的0.05%支付违约金。
四、出卖人对家具提供三年保修。
五、所有权自全部价款付清时转移。
签订日期：2025年10月8日
"""


def k17(s: Spec) -> str:
    """a time-deposit certificate: the customer lends to the bank, not a loan contract."""
    return """定期存款存单
存款银行：鹭洲银行股份有限公司海沧支行
户名：蔡某某
存入金额：人民币伍万元整（50,000.00）
存期：三年
年利率：1.45%
起息日：2025年3月18日
到期日：2028年3月18日
到期利息（税后）：2,175.00元
提前支取的，按支取日活期存款利率计息。
本存单不得转让、质押。
"""


def k18(s: Spec) -> str:
    """a news article quoting loan rates: not a loan."""
    return """消费贷利率再现"2字头"　多家银行下调个人信用贷款定价

本报记者　苏某

11月以来，多家银行下调个人消费贷款利率。记者调研发现，部分国有大行的线上信用贷款年化利率最低已至2.8%，额度最高30万元，期限最长5年。

一位股份行人士表示，当前一年期贷款市场报价利率（LPR）为3.0%，银行以低于LPR的价格放贷，主要面向公积金缴存客户和优质单位员工。

与之形成对比的是，部分网络平台产品的综合年化成本仍在24%左右。业内人士提醒，消费者借款时应关注合同载明的年化利率，警惕以"日息低至万分之二"等表述掩盖的服务费、担保费和会员费。

专家建议，借款人可通过人民银行征信中心查询本人信用报告，合理控制负债。
"""


def k19(s: Spec) -> str:
    """a key-facts table (disclosure) with | separators: daily rate plus a per-period fee."""
    fee = fee_of(s)
    return "\n".join([
        "贷款关键信息披露表（借款前请仔细阅读）",
        "| 项目 | 内容 |",
        "| 产品名称 | 闪借宝 |",
        "| 提供机构 | 汇通消费金融有限公司 |",
        f"| 借款金额 | {money(s.principal)}元 |",
        f"| 借款期限 | {s.term_months}个月 |",
        f"| 日利率 | {plain(s.rate_value)}% |",
        "| 还款方式 | 等额本息 |",
        f"| 每月应还本息 | {money(first(s)['principal'] + first(s)['interest'])}元 |",
        f"| 贷后管理费 | 每月{money(fee)}元，随本息一并收取 |",
        f"| 到账金额 | {money(s.received)}元 |",
        f"| 披露日期 | {ymd(s.contract_date)} |",
        "本表为信息披露，不构成借款合同，具体以您确认的借款合同为准。",
    ])


def k20(s: Spec) -> str:
    """a card-bill instalment page (H5), fee per period, no interest."""
    f = s.fees[0]
    body = "\n".join([
        "<h2>账单分期 · 办理结果</h2>",
        "<p>您已成功办理账单分期，以下为本次分期信息（仅供参考，以账单为准）。</p>",
        kv_div([("发卡行", "锦城银行信用卡中心"), ("分期本金", f"{money(s.principal)}元"), ("分期期数", f"{s.n}期"),
                ("每期手续费率", f"{plain(f.percent)}%"), ("每期本金", f"{money(first(s)['principal'])}元"),
                ("每期手续费", f"{money(fee_of(s))}元"), ("每期应还", f"{money(first(s)['total'])}元"),
                ("办理日期", ymd(s.contract_date))]),
        "<p>手续费按期收取，与每期分期本金一并计入当期账单。</p>",
    ])
    script = 'var banner = "限时手续费率低至0.3%";'
    return page("账单分期", body, True, script)


def k21(s: Spec) -> str:
    """a flat 7厘 loan: pipe schedule with a 合计 row; insurance paid at payout (PDF)."""
    ins = fee_of(s)
    rows = ["期数|还款日|本金|利息|应还金额"]
    rows += [f"{r['k']}|{r['date'].isoformat()}|{money(r['principal'])}|{money(r['interest'])}|{money(r['total'])}" for r in s.rows]
    rows.append(f"合计| |{money(s.principal)}|{money(total_interest(s))}|{money(total_repaid(s))}")
    return "\n".join([
        "借款合同",
        "出借人：金穗小额贷款股份有限公司　　借款人：侯某某",
        f"一、借款金额{money(s.principal)}元，分{s.n}期按月偿还，月息7厘，按借款本金计收利息，每期利息固定。",
        f"二、借款人须投保借款人意外险，保险费{money(ins)}元于放款当日由借款人另行缴纳。",
        "三、还款计划如下：",
        *rows,
        f"四、签订日期：{ymd(s.contract_date)}",
    ])


def k22(s: Spec) -> str:
    """a private loan whose figures are split across lines, 二〇二四年 dates."""
    interest = first(s)["interest"]
    return f"""借款协议

出借人：章某某
借款人：冯某某

一、借款金额：人民币
{daxie(s.principal)}
（¥{money(s.principal)}）
二、借款期限：自{cn_date(s.start_date)}起
至{cn_date(last(s)['date'])}止。
三、借款年利率：
{plain(s.rate_value)}%
到期利息共计人民币
{money(interest)}元，与本金一并归还（利随本清）。
四、本协议自出借人转账之日起生效。

签订日期：{cn_date(s.contract_date)}
"""


# ---------------------------------------------------------------------------------------------
# English renderers: one per document
# ---------------------------------------------------------------------------------------------


def e01(s: Spec) -> str:
    """Illinois instalment loan: TILA boxes, origination fee withheld (PDF)."""
    w = 22
    cells = [["ANNUAL PERCENTAGE", "FINANCE CHARGE", "Amount Financed", "Total of Payments"],
             ["RATE", "The dollar amount", "The amount of credit", "The amount you will"],
             ["The cost of your", "the credit will cost", "provided to you or", "have paid after all"],
             ["credit as a yearly", "you.", "on your behalf.", "scheduled payments."],
             ["rate.", "", "", ""],
             [f"{r2(s.cost)} %", cur(finance_charge(s)), cur(amount_financed(s)), cur(total_repaid(s))]]
    bar = "+" + "+".join("-" * w for _ in range(4)) + "+"
    box = [bar] + ["|" + "|".join(f" {t:<{w - 1}}" for t in row) + "|" for row in cells] + [bar]
    n1 = s.n - 1
    return "\n".join([
        "PRAIRIE STATE CONSUMER FINANCE, LLC        Illinois Consumer Installment Loan Act Licensee",
        "LOAN AGREEMENT AND FEDERAL TRUTH-IN-LENDING DISCLOSURES",
        f"Date of Agreement: {mdy(s.contract_date)}     Borrower: Dana K. Whitfield, Peoria, IL",
        *box,
        "Your payment schedule will be:",
        "Number of Payments   Amount of Payments   When Payments Are Due",
        f"{n1:<21}{cur(first(s)['total']):<21}Monthly, beginning {mdy(first(s)['date'])}",
        f"{1:<21}{cur(last(s)['total']):<21}{mdy(last(s)['date'])}",
        "Itemization of Amount Financed:",
        f"  Amount given to you directly       {cur(s.received)}",
        f"  Prepaid finance charge (origination fee, withheld from the loan)   {cur(fee_of(s))}",
        f"  Principal amount of the note       {cur(s.principal)}",
        f"Contract interest rate: {plain(s.rate_value)}% per year on the unpaid principal balance.",
        "Late charge: if a payment is more than 15 days late, you will be charged $15.00.",
        "Prepayment: if you pay off early, you will not have to pay a penalty.",
    ])


def e02(s: Spec) -> str:
    """Missouri payday receipt: only the two dates give the term (PDF)."""
    fee = fee_of(s)
    due = last(s)["date"]
    return f"""QUICKCASH OF SPRINGFIELD, INC.  -  Deferred Presentment Transaction Receipt
Missouri licensed consumer installment and payday lender

Customer ............................. R. Okafor
Transaction Date ..................... {mdy(s.start_date)}
Deferred Deposit (Due) Date .......... {mdy(due)}
Cash Advanced to Customer ............ {cur(s.principal)}
Fee ($17.50 for each $100 advanced) .. {cur(fee)}
Amount of Personal Check Held ........ {cur(s.principal + fee)}
ANNUAL PERCENTAGE RATE ............... {r2(s.cost)}%

You agree to redeem your check on the Due Date by paying {cur(s.principal + fee)} in cash or certified funds.
You may not renew this loan more than six times. A $25.00 fee applies to any returned check.
"""


def e03(s: Spec) -> str:
    """New York title loan explained as a FAQ."""
    fee = first(s)["interest"]
    return f"""EMPIRE AUTO EQUITY - YOUR TITLE LOAN AT A GLANCE
Loan No. EAE-55102   Signed {long_en(s.contract_date)}   Borrower: Luis Ferreira, Yonkers, New York

How much am I borrowing?
{cur(s.principal)}, paid to you in full today. Your 2016 Honda Accord (title held by us) secures the loan.

What does it cost?
Interest is {plain(s.rate_value)}% per month on the amount borrowed, which is {cur(fee)} for the month.

When is it due?
The whole {cur(last(s)['total'])} is due one month from today, on {long_en(last(s)['date'])}.

What is the ANNUAL PERCENTAGE RATE?
{r2(s.cost)}%.

What if I do not pay?
We may repossess the vehicle after the notices required by law.

This agreement is governed by the laws of the State of New York.
"""


def e04(s: Spec) -> str:
    """a BNPL monthly plan page (HTML)."""
    plan = [["#", "Due date", "Amount"]] + [[str(r["k"]), mdy(r["date"]), cur(r["total"])] for r in s.rows]
    body = "\n".join([
        "<h1>Split it monthly</h1>",
        "<p>Your plan with Kestrel Pay Lending, Inc. for your order at Oakline Furniture (Chicago, Illinois).</p>",
        kv_div([("Order total", "$1,080.00"), ("Paid today at checkout", "$180.00"), ("Amount financed", cur(s.principal)),
                ("APR", f"{plain(s.rate_value)}%"), ("Term", f"{s.n} monthly payments"),
                ("Plan start", mdy(s.start_date))]),
        table_html(plan),
        "<p>No late fees. No prepayment penalty. Loans made by Kestrel Pay Lending, Inc., licensed by the Illinois Department of Financial and Professional Regulation.</p>",
    ])
    script = 'const upsell = "Pay in 4 with 0% APR on orders under $500";'
    return page("Kestrel Pay - your plan", body, False, script)


def e05(s: Spec) -> str:
    """New York credit-union note with check boxes (PDF)."""
    return f"""HUDSON VALLEY TEACHERS FEDERAL CREDIT UNION
CONSUMER LOAN NOTE AND DISCLOSURE

Member: Priya Raman                                  Loan date: {mdy(s.contract_date)}
Loan type:   [X] Unsecured signature   [ ] Share secured   [ ] Vehicle
Rate type:   [X] Fixed                 [ ] Variable

ANNUAL PERCENTAGE RATE: {r2(s.cost)}%
Interest rate: {plain(s.rate_value)}%
Amount Financed: {cur(amount_financed(s))}
Finance Charge: {cur(finance_charge(s))}
Total of Payments: {cur(total_repaid(s))}

Payments: {s.n} monthly payments of {cur(first(s)['total'])} (final payment {cur(last(s)['total'])}), first due {mdy(first(s)['date'])}.
Fees:        [ ] Application fee   [ ] Documentation fee   [X] None
Late charge: $10.00 if a payment is 10 or more days late.
Governing law: New York and federal law.
"""


def e06(s: Spec) -> str:
    """California family note, amounts in words, interest paid quarterly."""
    q = first(s)["interest"]
    amount = words(int(s.principal)).upper()
    return f"""PROMISSORY NOTE (FAMILY LOAN)

Sacramento, California, {long_en(s.contract_date)}

FOR VALUE RECEIVED, I, Marcus Bell, promise to pay to my aunt, Eleanor Bell, the principal sum of {amount} DOLLARS ({cur(s.principal)}), with interest on the unpaid principal at the rate of {plain(s.rate_value)} percent per annum.

Interest only shall be paid every three months, in the amount of {cur(q)}, the first payment on {long_en(first(s)['date'])}. The entire principal shall be repaid in one sum on {long_en(last(s)['date'])}, together with the last quarter's interest.

The borrower may prepay all or part of the principal at any time without penalty. The lender is an individual and does not make loans in the course of a business.

Signed: Marcus Bell, Borrower          Witnessed: Eleanor Bell, Lender
"""


def e07_blocks(s: Spec) -> list:
    """UK high-cost short-term instalment agreement (DOCX)."""
    pay = first(s)["total"]
    charges = total_interest(s)
    return [
        ("p", "FIXED-SUM LOAN AGREEMENT regulated by the Consumer Credit Act 1974"),
        ("p", "Lender: Brightmoor Credit Ltd, Leeds, authorised and regulated by the Financial Conduct Authority."),
        ("p", "Borrower: Kayleigh Moss, Bradford."),
        ("table", [["Key financial information", ""],
                   ["Amount of credit", f"£{money(s.principal)}"],
                   ["Date of drawdown", uk_date(s.start_date)],
                   ["Rate of interest (fixed)", f"{plain(s.rate_value)}% per month on the outstanding balance"],
                   ["Number of repayments", f"{s.n} monthly repayments"],
                   ["Each repayment", f"£{money(pay)} (final £{money(last(s)['total'])})"],
                   ["Total charge for credit", f"£{money(charges)}"],
                   ["Total amount payable", f"£{money(total_repaid(s))}"],
                   ["APR", f"{r2(s.cost):.1f}%"]]),
        ("p", "Missed payments: a single default fee of £15.00 may be charged. Interest after default will not exceed the rate above."),
        ("br", "Right to withdraw: you may withdraw within 14 days without giving a reason.",
         f"Agreement date: {uk_date(s.contract_date)}"),
    ]


def e08(s: Spec) -> str:
    """UK regulated fixed-sum loan with an APRC, numbered sections."""
    return f"""Harbourline Bank plc - Fixed Sum Loan Agreement regulated by the Consumer Credit Act 1974

1. Parties. Harbourline Bank plc, Bristol (we) and Oliver Pryce, Cardiff (you).
2. Credit. The amount of credit is £{money(s.principal)}, paid to your current account on {uk_date(s.start_date)}.
3. Duration. The agreement lasts {s.term_months} months.
4. Borrowing rate. {plain(s.rate_value)}% a year, fixed, charged monthly on the outstanding balance.
5. Repayments. {s.n} monthly repayments of £{money(first(s)['total'])}, the last £{money(last(s)['total'])}; the first on {uk_date(first(s)['date'])}.
6. Total amount payable. £{money(total_repaid(s))}, of which the total charge for credit is £{money(total_interest(s))}. There are no fees.
7. APR. {r2(s.cost):.1f}% APR.
8. Early settlement. You may repay early at any time; we may claim compensation of up to 1% of the amount repaid early.
9. Date of agreement: {uk_date(s.contract_date)}.
"""


def e09(s: Spec) -> str:
    """Australian credit contract financial table: outside the bundled rules."""
    fee = fee_of(s)
    return f"""CREDIT CONTRACT - FINANCIAL TABLE (National Credit Code)
Credit provider: Southern Cross Personal Finance Pty Ltd, Australian Credit Licence 401122, Sydney NSW
Debtor: Hamish O'Rourke, Newcastle NSW

(a) Amount of credit: A${money(s.principal)}
(b) Establishment fee, paid from the amount of credit on settlement: A${money(fee)}
(c) Amount paid to you: A${money(s.received)}
(d) Annual percentage rate: {plain(s.rate_value)}% (fixed)
(e) Repayments: {s.n} monthly repayments of A${money(first(s)['total'])}, the first on {first(s)['date'].strftime('%d/%m/%Y')}
(f) Total amount of interest charges: A${money(total_interest(s))}
(g) Date of contract: {s.contract_date.strftime('%d/%m/%Y')}
This contract is governed by the laws of New South Wales.
"""


def e10(s: Spec) -> str:
    """an equipment lease: not a loan."""
    return """EQUIPMENT LEASE AGREEMENT
Lessor: Midwest Office Leasing Co., Columbus, Ohio     Lessee: Carter & Daughters Bakery LLC
Equipment: one Rollmaster 600 commercial dough sheeter, serial RM6-44819
Term: 36 months from delivery on October 1, 2025
Monthly rent: $189.00, due on the first day of each month
Security deposit: $378.00, refundable at the end of the term
Late charge: 5% of any rent more than 10 days late
At the end of the term the Lessee may return the equipment or buy it for its fair market value.
Title remains with the Lessor at all times. This is a true lease and not a sale or a loan.
"""


def e11(s: Spec) -> str:
    """a bank statement with a loan payment line: not a loan contract."""
    return """LAKESHORE SAVINGS BANK - CHECKING ACCOUNT STATEMENT
Account holder: Renee Castillo      Account ending 4471      Period: 10/01/2025 - 10/31/2025

Beginning balance                                   $2,814.36
10/03  Payroll deposit ACME LOGISTICS              +$1,920.55
10/05  Transfer to auto loan ****8812               -$412.88
10/12  Card purchase GREENLEAF GROCERY              -$143.27
10/15  Payroll deposit ACME LOGISTICS              +$1,920.55
10/20  Online payment PERSONAL LOAN ****2290        -$265.14
10/31  Interest paid on balance (APY 0.05%)         +$0.12
Ending balance                                      $5,834.29

Your personal loan ****2290: principal balance $7,402.11, interest rate 11.49%, next payment due 11/20/2025.
"""


def e12(s: Spec) -> str:
    """Illinois pre-contract disclosure (not the contract): origination withheld."""
    return f"""LOAN OFFER - PRE-CONTRACT DISCLOSURE
THIS IS NOT A CONTRACT. Your terms are final only when you sign the loan agreement.

Offered by: Lakeview Installment Lending, Inc., Illinois licensee           Prepared {mdy(s.contract_date)} for Tomasz Nowak
Loan amount: {cur(s.principal)}
Origination fee (deducted from the loan amount): {cur(fee_of(s))}
You would receive: {cur(s.received)}
Interest rate: {plain(s.rate_value)}% per year
Term: {s.term_months} months ({s.n} monthly payments of {cur(first(s)['total'])}, last payment {cur(last(s)['total'])})
Estimated first payment date: {mdy(first(s)['date'])}
ANNUAL PERCENTAGE RATE: {r2(s.cost)}%
Finance charge: {cur(finance_charge(s))}     Total of payments: {cur(total_repaid(s))}
Offer valid for 30 days.
"""


def e13(s: Spec) -> str:
    """Illinois loan told only by its payments (no rate, no method)."""
    return f"""From: approvals@swiftbridgeloans.example
Subject: Your funds are on the way

Hi Jordan,

Good news - your loan with SwiftBridge Lending LLC (Illinois) was funded on {long_en(s.start_date)}. We sent {cur(s.principal)} to your checking account.

To repay it you will make {s.n} monthly payments of {cur(first(s)['total'])} (the last one is {cur(last(s)['total'])}), starting {long_en(first(s)['date'])}, for a total of {cur(total_repaid(s))}.

There are no other fees. Reply to this e-mail if you have questions.

SwiftBridge Lending LLC - Agreement accepted electronically on {long_en(s.contract_date)}
"""


def e14(s: Spec) -> str:
    """Texas OCR-glued TILA box; the disclosed APR is understated."""
    fee = fee_of(s)
    return f"""LONE STAR SIGNATURE LOANS INC.TEXAS
LOAN CONTRACT-DISCLOSURE STATEMENT
Date{mdy(s.contract_date)}Borrower:Wyatt Gomez,El Paso TX
ANNUAL PERCENTAGE RATE{plain(s.disclosed_apr_override)}%FINANCE CHARGE{cur(finance_charge(s))}Amount Financed{cur(amount_financed(s))}Total of Payments{cur(total_repaid(s))}
Principal amount{cur(s.principal)}Processing fee paid by you in cash at closing{cur(fee)}
Interest rate{plain(s.rate_value)}%per annum
Payments:{s.n}monthly payments of{cur(first(s)['total'])}(last{cur(last(s)['total'])})beginning{mdy(first(s)['date'])}
Late charge$7.50 or 5% of the payment,whichever is greater.
"""


def e15(s: Spec) -> str:
    """New York loan whose stated total of payments contradicts its own schedule."""
    return f"""NORTHGATE CONSUMER LENDING CORP. - NEW YORK PERSONAL LOAN AGREEMENT

Section 1. Borrower: Abigail Stone, Albany, New York. Date: {long_en(s.contract_date)}.
Section 2. Amount of the loan: {cur(s.principal)}, paid to the borrower in full on {long_en(s.start_date)}.
Section 3. Interest: {plain(s.rate_value)}% per year, fixed. ANNUAL PERCENTAGE RATE {r2(s.cost)}%.
Section 4. Repayment: {s.n} equal monthly installments of {cur(first(s)['total'])} (final installment {cur(last(s)['total'])}), beginning {long_en(first(s)['date'])}.
Section 5. Total of payments: {cur(s.opts['stated_total'])}.
Section 6. No origination or other fees are charged.
Section 7. Governing law: New York.
"""


def e16(s: Spec) -> str:
    """a court order about a debt: not a loan contract."""
    return """SUPERIOR COURT OF NEW JERSEY, LAW DIVISION, SPECIAL CIVIL PART, CAMDEN COUNTY
Docket No. DC-004417-25

ABC RECOVERY PARTNERS LLC, Plaintiff, v. DESMOND HALE, Defendant.

ORDER FOR JUDGMENT

This matter having come before the Court on Plaintiff's motion, and the Court having found that Defendant borrowed $3,500.00 under a personal loan agreement at 24.99% interest and defaulted, IT IS ORDERED on November 14, 2025 that judgment is entered for Plaintiff in the amount of $2,987.40, plus court costs of $69.00, with post-judgment interest at the rate set by Rule 4:42-11.

Hon. M. Alvarez, J.S.C.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of the three solvers, which agree with them):
# * zh-k05: 月息八厘 = 0.8% a month; 80000 x 0.8% x 3 = 1920 a quarter (壹仟玖佰贰拾元整); 9.6% a year
#   <= 4 x 3.00% (LPR from 2025-05-20) = 12% -> lawful; quarterly IRR 2.4% x 4 = 9.6%.
# * zh-k10: 8000 x 1.8% x 2 = 288 withheld; 7712 received; (8000 / 7712 - 1) / (2/12) = 0.0373444 x 6
#   = 22.41%; interest deducted up front -> Civil Code Art. 670 [C].
# * zh-k22: 30000 x 15% x 6/12 = 2250; LPR on 2024-09-01 = 3.35% (from 2024-07-22): 4 x 3.35 = 13.4% < 15%.
# * zh-k09: 8000 x 0.035% x 90 = 8000 x 0.0315 = 252.00; 0.035% x 365 = 12.775%.
# * zh-k04: 12000 / 12 = 1000 principal + 72 (0.6% of 12000) = 1072 a period; 12 x 1072 = 12864.
# * en-k02: 500 x 17.50 / 100 = 87.50; Oct 3 -> Oct 24 = 21 days; 87.5 / 500 = 0.175 x 365 / 21
#   = 0.175 x 17.380952 = 3.041667 -> 304.17%.
# * en-k03: 1200 x 21% = 252 for one month; Reg Z single payment, unit-period one month: 21% x 12 = 252%
#   > 25% (New York criminal usury [C]).
# * en-k06: 20000 x 7.5% / 4 = 375 a quarter; quarterly IRR 1.875% x 4 = 7.5% <= 10%.
# * en-k08: (1 + 0.099/12)^12 = e^(12 x ln 1.00825) = e^(12 x 0.0082162) = e^0.0985944 = 1.103619 -> 10.4%.


def specs() -> list[Spec]:
    return [
        c("zh-k01-app-fullwidth-wanfen-daily-fee-withheld", k01, principal=D(6000), method="equal_installment", n=6,
          term_months=6, rate_value=D("0.05"), rate_per="day",
          fees=[Fee("平台撮合服务费", ["service", "platform", "handling", "other"], "upfront_deducted", amount=D(360))],
          contract_date=date(2025, 10, 28), start_date=date(2025, 10, 28), lender_type="microloan",
          notes=["万分之五 a day = 0.05% x 365 = 18.25% a year; 360 withheld -> 5640 received (a fee deducted at payout)"]),
        c("zh-k02-articles-monthly-interest-principal-at-end", k02, principal=D(30000), method="interest_only", n=12,
          term_months=12, rate_value=D(12),
          fees=[Fee("会员费", ["membership", "service", "other"], "at_disbursement", amount=D(199))],
          contract_date=date(2025, 7, 3), start_date=date(2025, 7, 3), lender_type="consumer_finance",
          notes=["30000 x 12% / 12 = 300 interest a month, principal with the last: interest-only although never named",
                 "the 199 membership fee is paid on the payout day, apart from the loan: received 30000, net 29801"]),
        c("zh-k03-equal-principal-space-schedule", k03, "pdf", principal=D(24000), method="equal_principal", n=12,
          term_months=12, rate_value=D("10.8"), contract_date=date(2025, 5, 26), start_date=date(2025, 5, 26),
          lender_type="bank", notes=["2000 principal a month; first interest 24000 x 0.9% = 216; no fees"]),
        c("zh-k04-merchant-slip-figures-only", k04, principal=D(12000), method="flat_rate",
          method_accept=["equal_installment", "equal_principal"], n=12, term_months=12, rate_value=D("0.6"), rate_per="month",
          contract_date=date(2025, 9, 14), start_date=date(2025, 9, 14), lender_type="consumer_finance",
          opts={"no_rate_compare": True},
          notes=["no rate and no method are written: 12 x 1072 = 12864 on 12000 is 72 a month over the principal",
                 "level payments: a flat add-on or an annuity reading give the same cash flows, so either method is accepted"]),
        c("zh-k05-iou-daxie-quarterly-interest", k05, principal=D(80000), method="interest_only", freq="quarter", n=4,
          term_months=12, rate_value=D("0.8"), rate_per="month", contract_date=date(2025, 6, 18),
          start_date=date(2025, 6, 18), lender_type="individual",
          notes=["捌万元整 = 80000; 月息八厘 = 0.8% a month; 1920 a quarter (壹仟玖佰贰拾元整)"]),
        c("zh-k06-car-loan-checkbox-gps-cash-account-fee", k06, "pdf", principal=D(98000), method="equal_installment",
          n=36, term_months=36, rate_value=D("5.88"),
          fees=[Fee("GPS设备及安装服务费", ["service", "other", "handling"], "at_disbursement", amount=D(1800)),
                Fee("账户管理费", ["management", "service", "other"], "per_period", amount=D(30))],
          contract_date=date(2025, 8, 22), start_date=date(2025, 8, 22), lender_type="auto_finance",
          notes=["138000 - 40000 = 98000 financed; GPS 1800 paid in cash on the payout day; 30 a month account fee"]),
        c("zh-k07-training-loan-one-paragraph", k07, principal=D(18000), method="flat_rate", method_accept=["equal_principal"],
          n=18, term_months=18, fees=[Fee("分期服务费", ["service", "handling"], "per_period", percent=D("0.55"))],
          contract_date=date(2025, 3, 9), start_date=date(2025, 3, 9), lender_type="consumer_finance",
          notes=["18000 / 18 = 1000; 0.55% x 18000 = 99.00; 1099 a month; no interest"]),
        c("zh-k08-docx-lpr-45bp-term-in-footnote", k08_blocks, "docx", principal=D(150000), method="equal_principal", n=24,
          term_months=24, lpr_spread_bp=45, contract_date=date(2025, 8, 12), start_date=date(2025, 8, 12), lender_type="bank",
          notes=["LPR 3.00% (2025-07-21 fixing, unchanged since 2025-05-20) + 0.45 = 3.45%; 15万元 = 150000; term only in note ①"]),
        c("zh-k09-h5-revolving-draw-90-days", k09, "html", principal=D(8000), method="bullet", freq="single", n=1,
          term_days=90, rate_value=D("0.035"), rate_per="day", contract_date=date(2025, 9, 5), start_date=date(2025, 9, 5),
          lender_type="consumer_finance", notes=["8000 x 0.035% x 90 = 252.00; the script promo is a decoy"]),
        c("zh-k10-qa-private-interest-withheld", k10, principal=D(8000), method="bullet", freq="single", n=1, term_months=2,
          rate_value=D("1.8"), rate_per="month", interest_deducted=D(288), contract_date=date(2025, 10, 15),
          start_date=date(2025, 10, 15), lender_type="individual",
          notes=["8000 x 1.8% x 2 = 288 withheld at payout; 7712 received; 8000 repaid after two months"]),
        c("zh-k11-zhudai-guarantee-per-period-fee-on-date", k11, "pdf", principal=D(24000), method="equal_installment", n=12,
          term_months=12, rate_value=D("14.4"),
          fees=[Fee("担保费", ["guarantee"], "per_period", amount=D(60)),
                Dated("信用评估服务费", ANY_SERVICE + ["platform"], "on_date", amount=D(200), period=3)],
          lender="北渚银行股份有限公司（助贷合作机构：易融达科技有限公司）", contract_date=date(2025, 11, 12),
          start_date=date(2025, 11, 12), lender_type="bank",
          notes=["60 guarantee fee a month; 200 paid on 2026-02-12, the 3rd due date; 助贷 after 2025-10-01: 24% line"]),
        c("zh-k12-tabs-fee-with-sixth-instalment", k12, principal=D(15000), method="equal_installment", n=12, term_months=12,
          rate_value=D("0.75"), rate_per="month",
          fees=[Dated("咨询服务费", ANY_SERVICE, "on_date", amount=D(450), period=6)],
          contract_date=date(2025, 4, 20), start_date=date(2025, 4, 20), lender_type="consumer_finance",
          notes=["1.5万元 = 15000; 0.75% a month = 9% a year; the 450 fee is paid with the 6th instalment only"]),
        c("zh-k13-two-columns-figures-only", k13, "pdf", principal=D(20000), method="equal_installment",
          method_accept=["flat_rate"], n=24, term_months=24, rate_value=D("19.8"), contract_date=date(2025, 2, 17),
          start_date=date(2025, 2, 17), lender_type="microloan", opts={"no_rate_compare": True},
          notes=["no rate and no method are written: 24 level payments and the total on 20000 give the cost (19.8% annuity)"]),
        c("zh-k14-traditional-guangzhou-microloan", k14, "pdf", principal=D(30000), method="equal_principal", n=6,
          term_months=6, rate_value=D("1.2"), rate_per="month",
          fees=[Fee("手續費", ["handling", "service", "other"], "at_maturity", amount=D(200))],
          contract_date=date(2025, 7, 28), start_date=date(2025, 7, 28), lender_type="microloan",
          notes=["參萬圓整 = 30000 RMB; mainland microloan company, Guangzhou court: in scope; 5000 principal a month"]),
        c("zh-k15-hong-kong-money-lender", k15, principal=D(60000), method="flat_rate", method_accept=["equal_principal"],
          n=12, term_months=12, rate_value=D("1.1"), rate_per="month", currency="HKD", jurisdiction="HK", apr_method=None,
          contract_date=date(2025, 9, 30), start_date=date(2025, 9, 30), lender_type="licensed_nonbank",
          notes=["陸萬圓整 = 60000 HKD; 月平息1.1% on the original principal: 5000 + 660 = 5660 a month; Hong Kong law: out of scope"]),
        c("zh-k16-furniture-sale-deferred-payment", k16, **OTHER, notes=["a sale paid in three parts: not a loan"]),
        c("zh-k17-time-deposit-certificate", k17, **OTHER, notes=["a deposit certificate: the customer lends to the bank"]),
        c("zh-k18-news-article-loan-rates", k18, **OTHER, notes=["a news article quoting market rates: not a loan"]),
        c("zh-k19-key-facts-table-daily-rate-fee", k19, kind="loan_disclosure", principal=D(3000), method="equal_installment",
          n=6, term_months=6, rate_value=D("0.098"), rate_per="day",
          fees=[Fee("贷后管理费", ["management", "service", "other"], "per_period", amount=D(15))],
          contract_date=date(2025, 11, 6), start_date=date(2025, 11, 6), lender_type="consumer_finance",
          notes=["0.098% x 365 = 35.77% a year before the 15 a month fee; with it the all-in cost is above 36%"]),
        c("zh-k20-h5-card-bill-instalment", k20, "html", kind="loan_disclosure", principal=D(9600), method="flat_rate",
          method_accept=["equal_principal"], n=12, term_months=12,
          fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.6"))],
          contract_date=date(2025, 10, 10), start_date=date(2025, 10, 10), lender_type="bank",
          notes=["9600 / 12 = 800; 0.6% x 9600 = 57.60; 857.60 a month; no interest"]),
        c("zh-k21-flat-7-li-pipe-total-row-insurance", k21, "pdf", principal=D(40000), method="flat_rate",
          method_accept=["equal_principal"], n=24, term_months=24, rate_value=D("0.7"), rate_per="month",
          fees=[Fee("保险费", ["insurance"], "at_disbursement", amount=D(600))],
          contract_date=date(2025, 6, 9), start_date=date(2025, 6, 9), lender_type="microloan",
          notes=["月息7厘 = 0.7% a month of 40000 = 280; 1666.67 principal; 600 insurance paid on payout day; 合计 row is a sum"]),
        c("zh-k22-private-split-lines-2024", k22, principal=D(30000), method="bullet", freq="single", n=1, term_months=6,
          rate_value=D(15), contract_date=date(2024, 9, 1), start_date=date(2024, 9, 1), lender_type="individual",
          notes=["叁万元整 = 30000; 30000 x 15% x 6/12 = 2250; 15% > 4 x 3.35% = 13.4% (LPR from 2024-07-22)"]),
        # ------------------------------------------------------------------ English
        c("en-k01-illinois-tila-boxes-origination-withheld", e01, "pdf", **USD, principal=D(3000), method="equal_installment",
          n=18, term_months=18, rate_value=D("24.9"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(150))], jurisdiction="US-IL",
          contract_date=date(2025, 9, 22), start_date=date(2025, 9, 22), lender_type="licensed_nonbank",
          notes=["150 withheld -> amount financed 2850; APR above the 24.9% note rate, below Illinois' 36%"]),
        c("en-k02-missouri-payday-receipt", e02, "pdf", **USD, principal=D(500), method="bullet", freq="single", n=1,
          term_days=21, fees=[Fee("fee", ["other"], "at_maturity", amount=D("87.50"))], jurisdiction="US-MO",
          contract_date=date(2025, 10, 3), start_date=date(2025, 10, 3), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["$17.50 per $100 on 500 = 87.50; 10/03 -> 10/24 = 21 days"]),
        c("en-k03-new-york-title-loan-faq", e03, **USD, principal=D(1200), method="bullet", freq="single", n=1,
          term_months=1, rate_value=D(21), rate_per="month", jurisdiction="US-NY", contract_date=date(2025, 11, 4),
          start_date=date(2025, 11, 4), lender_type="licensed_nonbank",
          notes=["1200 x 21% = 252 for one month; APR 252% > New York's 25% criminal usury line"]),
        c("en-k04-bnpl-monthly-plan-page", e04, "html", **USD, principal=D(900), method="equal_installment", n=6,
          term_months=6, rate_value=D("15.99"), jurisdiction="US-IL", contract_date=date(2025, 11, 20),
          start_date=date(2025, 11, 20), lender_type="licensed_nonbank", opts={"no_rate_compare": True},
          notes=["1080 order - 180 paid today = 900 financed; 6 monthly payments at 15.99%",
                 "only an APR is written (no separate interest rate), so the rate field is not compared"]),
        c("en-k05-ny-credit-union-checkbox-note", e05, "pdf", **USD, principal=D(8500), method="equal_installment", n=36,
          term_months=36, rate_value=D("8.25"), jurisdiction="US-NY", contract_date=date(2025, 4, 14),
          start_date=date(2025, 4, 14), lender_type="credit_union", notes=["no fees; 8.25% <= 16%"]),
        c("en-k06-california-family-note-quarterly-interest", e06, **USD, principal=D(20000), method="interest_only",
          freq="quarter", n=8, term_months=24, rate_value=D("7.5"), jurisdiction="US-CA", contract_date=date(2025, 2, 1),
          start_date=date(2025, 2, 1), lender_type="individual", disclose_apr=False,
          notes=["TWENTY THOUSAND = 20000; 375 a quarter, principal with the 8th payment; 7.5% <= 10%"]),
        c("en-k07-docx-uk-hcstc-three-instalments", e07_blocks, "docx", **GBP, principal=D(600), method="equal_installment",
          n=3, term_months=3, rate_value=D(21), rate_per="month", contract_date=date(2025, 10, 6),
          start_date=date(2025, 10, 6), lender_type="licensed_nonbank", opts={"default_fee": 15},
          notes=["21% a month on the balance: 3 repayments; charges per day and in total below the CONC 5A caps; default fee 15"]),
        c("en-k08-uk-regulated-loan-aprc-sections", e08, **GBP, principal=D(7500), method="equal_installment", n=48,
          term_months=48, rate_value=D("9.9"), contract_date=date(2025, 8, 18), start_date=date(2025, 8, 18),
          lender_type="bank", notes=["9.9% nominal, monthly: APRC (1 + 0.099/12)^12 - 1 = 10.36%; not high-cost short-term"]),
        c("en-k09-australian-credit-contract", e09, lang="en", currency="AUD", apr_method=None, principal=D(5000),
          method="equal_installment", n=24, term_months=24, rate_value=D("19.95"),
          fees=[Fee("establishment fee", ["origination", "handling", "other"], "upfront_deducted", amount=D(150))],
          jurisdiction="AU", contract_date=date(2025, 7, 7), start_date=date(2025, 7, 7), lender_type="licensed_nonbank",
          notes=["an Australian (NSW) contract: no bundled ruleset covers it; terms are still read"]),
        c("en-k10-equipment-lease", e10, lang="en", currency="USD", **OTHER, notes=["a true lease: not a loan"]),
        c("en-k11-bank-statement-loan-lines", e11, lang="en", currency="USD", **OTHER,
          notes=["a checking statement that mentions a loan: not a loan contract"]),
        c("en-k12-illinois-pre-contract-disclosure", e12, **USD, kind="loan_disclosure", principal=D(5000),
          method="equal_installment", n=36, term_months=36, rate_value=D("27.9"),
          fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(250))], jurisdiction="US-IL",
          contract_date=date(2025, 11, 24), start_date=date(2025, 11, 24), lender_type="licensed_nonbank",
          notes=["an offer, not a contract; 250 withheld -> 4750; APR below 36%"]),
        c("en-k13-illinois-payments-only-email", e13, **USD, principal=D(1000), method="equal_installment", n=12,
          term_months=12, rate_value=D(45), jurisdiction="US-IL", contract_date=date(2025, 10, 1),
          start_date=date(2025, 10, 1), lender_type="licensed_nonbank", disclose_apr=False, opts={"no_rate_compare": True},
          notes=["no rate written: 12 payments on 1000 give the APR (45% annuity) > Illinois 36%"]),
        c("en-k14-texas-glued-tila-understated", e14, **USD, principal=D(2000), method="equal_installment", n=12,
          term_months=12, rate_value=D(36),
          fees=[Fee("processing fee", ["handling", "application", "origination", "other"], "at_disbursement", amount=D(100))],
          jurisdiction="US-TX", disclosed_apr_override=D(36), contract_date=date(2025, 6, 16), start_date=date(2025, 6, 16),
          lender_type="licensed_nonbank", notes=["100 paid in cash at closing: amount financed 1900; the disclosed 36% leaves it out"]),
        c("en-k15-ny-total-of-payments-contradicts", e15, **USD, principal=D(6000), method="equal_installment", n=24,
          term_months=24, rate_value=D("11.9"), jurisdiction="US-NY", contract_date=date(2025, 5, 5),
          start_date=date(2025, 5, 5), lender_type="licensed_nonbank",
          opts={"stated_total": D("7450.00"), "inconsistency": True}, verdict=False,
          verdict_reason="the stated total of payments 7,450.00 contradicts 24 x the instalment: an inconsistency; no violation may rest on one side",
          notes=["rate, instalment and principal agree (11.9%); only the stated total disagrees"]),
        c("en-k16-court-order-judgment", e16, lang="en", currency="USD", **OTHER,
          notes=["a judgment about someone else's loan: not a loan contract"]),
    ]


def selftest() -> None:
    fce.selftest()
    assert daxie(D(80000)) == "捌万元整" and daxie(D(1920)) == "壹仟玖佰贰拾元整"
    assert cn_date(date(2025, 6, 18)) == "二〇二五年六月十八日"


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the docstring, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    assert first(by["zh-k05"])["interest"] == D(1920)
    assert by["zh-k10"].received == D(7712)
    assert first(by["zh-k22"])["interest"] == D(2250)
    assert first(by["zh-k09"])["interest"] == D(252)
    assert first(by["zh-k04"])["total"] == D(1072) and total_repaid(by["zh-k04"]) == D(12864)
    assert abs(by["en-k02"].cost - D("304.1667")) < D("0.001")
    assert abs(by["en-k03"].cost - D(252)) < D("0.0001")
    assert abs(by["en-k06"].cost - D("7.5")) < D("0.0001")
    assert abs(by["en-k08"].cost - D("10.3617")) < D("0.001"), by["en-k08"].cost


def main() -> int:
    """batch C's writer over this batch's specs, with batch E's arithmetic and expected form."""
    selftest()
    computed: list[Spec] = []

    def compute(s: Spec) -> None:
        fce.compute_e(s)
        computed.append(s)

    for name, value in {"specs": specs, "compute": compute, "expected": fce.expected_e, "__doc__": __doc__}.items():
        setattr(fcc, name, value)
    rc = fcc.main()
    check_expectations(computed)
    return rc


if __name__ == "__main__":
    sys.exit(main())
