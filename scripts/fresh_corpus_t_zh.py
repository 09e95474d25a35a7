#!/usr/bin/env python3
"""The Chinese renderers of held-out batch T (tests/fresh/zh/zh-y*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_t.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import Spec, cn_date, daxie, money, plain, wan  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_s_zh import last, side_by_side  # noqa: E402


def y01(s: Spec) -> str:
    """A phone shop's instalment contract: the phone and an extended warranty are both financed; a
    手续费 of a fixed share of the financed sum is charged each period, no interest."""
    P = s.principal
    f = s.fees[0]
    return f"""机友通讯（解放路旗舰店）　消费分期合同（门店版）
合同编号：JY-FQ-20250914-0082
贷款人：华信消费金融股份有限公司　　借款人：钟雨桐　　经办门店：机友通讯解放路店
一、购买商品：星耀X60 512G 手机一部，售价6,999.00元；“碎屏无忧”两年延保服务201.00元。
　　上述两项合计{money(P)}元，全部办理分期，由贷款人直接支付给门店，借款人无需首付。
二、分期期数：{s.n}期，每月一期。本分期不计利息。
三、分期手续费：每期按分期总额的{plain(f.percent)}%收取，即每期{money(fee(s))}元，随当期本金一并归还。
四、每期应还：本金{money(s.rows[0]['principal'])}元＋手续费{money(fee(s))}元＝{money(pay(s))}元{last(s)}；
　　首期还款日{ymd(due(s, 1))}，以后每月{due(s, 1).day}日。
五、{s.n}期合计应还{money(total_repaid(s))}元。提前结清的，已出账的手续费不予退还。
借款人签名：钟雨桐　　　　签订日期：{ymd(s.contract_date)}
"""


def y02(s: Spec) -> str:
    """A bank app's 借钱 confirm screen in the style of a messaging app's wallet (PNG): a daily rate,
    interest by the day, equal instalments."""
    P = s.principal
    return f"""借钱 · 确认借款
借多少　　　　　　　　　　　　¥{money(P)}
分几期还　　　　　　　　　　　{s.n}个月
还款方式　　　　　　　　　　　每月等额（按日计息）
日利率　　　　　　　　　　　　{plain(s.rate_value)}%
年利率（单利）　　　　　　　　{plain(s.rate_value * 365)}%
首期　{due(s, 1).month}月{due(s, 1).day}日应还　　　　¥{money(s.rows[0]['total'])}
总利息　　　　　　　　　　　　¥{money(total_interest(s))}
随时可提前还，利息按实际使用天数算，不收违约金
资金由 鹏程银行股份有限公司 提供
收款账户　招商银行(尾号2207)
借款日期　{ymd(s.contract_date)}
[ 确认借款 ]
"""


def y03(s: Spec) -> str:
    """A consumer-finance firm's 延期还款协议 (restructuring): the rest is repaid on a new schedule;
    every date in Chinese numerals."""
    P = s.principal
    rows = "\n".join(f"第{r['k']}期　{cn_date(r['date'])}　{money(r['total'])}元" for r in s.rows)
    return f"""延期还款协议
甲方（贷款人）：长弘消费金融有限公司
乙方（借款人）：卓海宁
鉴于乙方因失业暂时无力按原《个人消费贷款合同》（编号CH-2023-118765）还款，经乙方申请，双方协商一致，达成如下协议：
一、截至{cn_date(s.start_date)}，乙方在原合同项下尚欠本金人民币{daxie(P)}（{money(P)}元）。原合同项下已产生的罚息、复利由甲方予以减免。
二、上述欠款自{cn_date(s.start_date)}起重新分{s.n}期偿还，年利率调整为{plain(s.rate_value)}%（单利），按月等额本息，每期{money(pay(s))}元{last(s)}。
三、新的还款计划如下：
{rows}
四、乙方按本协议履行完毕的，原合同项下债务全部结清；乙方任一期逾期超过三十日的，甲方有权恢复原合同约定。
甲方（盖章）　　　　乙方（签字）：卓海宁
签订日期：{cn_date(s.contract_date)}
"""


def y04(s: Spec) -> str:
    """A car-pledge loan printed in two columns (PDF): interest only each month in new words and a
    monthly vehicle-supervision (GPS) fee."""
    P = s.principal
    f = s.fees[0]
    i = s.rows[0]["interest"]
    left = ["顺驰网络小额贷款有限公司", "汽车抵押借款合同（要素页）", "借款人：雷振东", "抵押车辆：2021款大众帕萨特",
            f"借款金额：{wan(P)}", f"借款期限：{s.term_months}个月", f"月利率：{plain(s.rate_value)}%",
            f"放款日：{ymd(s.start_date)}", f"到期日：{ymd(end(s))}"]
    right = ["【还款约定】", "每月仅还利息，本金最后一期一次还。", f"每月利息：{money(i)}元",
             f"车辆监管服务费（含GPS月租）：", f"每月{money(fee(s))}元，与利息同日支付", f"前{s.n - 1}期每月合计：{money(pay(s))}元",
             f"第{s.n}期：{money(s.rows[-1]['total'])}元", f"合计：{money(total_repaid(s))}元", f"签约日：{ymd(s.contract_date)}"]
    assert f.amount is not None
    return side_by_side(left, right) + "借款人签字：雷振东　　　贷款人盖章\n"


def y05(s: Spec) -> str:
    """An education-upgrade (学历提升) instalment page (HTML): equal principal, the charge called a
    手续费 at a rate per period of the principal still owed; the plan's columns in an odd order."""
    P = s.principal
    head = ["剩余本金", "期次", "应还合计", "手续费", "应还本金", "还款日"]
    rows = [head]
    bal = P
    for r in s.rows:
        rows.append([money(bal), str(r["k"]), money(r["total"]), money(r["interest"]), money(r["principal"]), r["date"].isoformat()])
        bal -= r["principal"]
    body = f"""<h2>学历提升分期 · 还款计划</h2>
{kv_div([("学员", "汤佳慧"), ("报读项目", "成人高考专升本（会计学）学费"), ("分期金额", f"{money(P)}元（由贷款机构支付至优学教育）"),
         ("分期期数", f"{s.n}期"), ("还款方式", "每期归还等额本金"),
         ("手续费", f"每期按当期期初剩余本金的{plain(s.rate_value)}%计收"), ("贷款机构", "启明消费金融有限公司"),
         ("办理日期", ymd(s.contract_date))])}
{table_html(rows)}
<p>合计应还{money(total_repaid(s))}元，其中手续费{money(total_interest(s))}元。除上表所列外不收取其他费用。</p>"""
    return page("学历提升分期", body, True, "")


def y06(s: Spec) -> str:
    """A handwritten IOU photographed (PNG): 大写 amounts and 月息捌厘."""
    P = s.principal
    return f"""借　条
今借到　温国栋　人民币{daxie(P)}（¥{money(P)}），
用于店面装修。月息捌厘，借期六个月，
于{ymd(end(s))}前连本带息一次还清，
利息共计{daxie(total_interest(s))}。
此据。
借款人：陶建军（按手印）
身份证号：4401xxxxxxxxxx2231
{ymd(s.contract_date)}
"""


def y07(s: Spec) -> str:
    """A bank's home-renovation loan in 万元 (PDF): the plan table's columns out of the usual order,
    the middle rows left out as on a printout."""
    P = s.principal
    lines = ["期次 | 还款日 | 剩余本金 | 利息 | 本金 | 月供"]
    bal = P
    for r in s.rows:
        bal -= r["principal"]
        if r["k"] <= 6 or r["k"] >= s.n - 1:
            lines.append(f"{r['k']} | {r['date'].isoformat()} | {money(bal)} | {money(r['interest'])} | {money(r['principal'])} | {money(r['total'])}")
        elif r["k"] == 7:
            lines.append("…… | …… | …… | …… | …… | ……")
    return f"""安和银行股份有限公司　个人家居装修贷款合同（摘要）
借款人：聂文博　　　合同号：AH-ZX-2025-04471
贷款金额：{wan(P)}　　用途：自住房屋装修（受托支付至嘉居装饰工程有限公司）
贷款期限：{s.term_months}个月，自{ymd(s.start_date)}起　　执行年利率：{plain(s.rate_value)}%（固定）
还款方式：按月等额本息，月供{money(pay(s))}元{last(s)}
还款计划（节选）：
""" + "\n".join(lines) + f"""
本息合计：{money(total_repaid(s))}元　　利息合计：{money(total_interest(s))}元
本贷款不收取任何手续费、服务费。
签订日期：{ymd(s.contract_date)}
"""


def y08(s: Spec) -> str:
    """A microloan whose interest for the whole term is 'collected in advance' at payout (砍头息)."""
    P = s.principal
    d = s.interest_deducted
    return f"""借款合同
贷款人：锦程网络小额贷款有限公司　　借款人：邹明轩
第一条　借款金额人民币{money(P)}元，借款期限{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}。
第二条　月利率{plain(s.rate_value)}%。为简化手续，借款期间利息共计{money(d)}元实行“利息预收”，于放款时一次收取，
　　　　贷款人向借款人账户实际划付{money(s.received)}元。
第三条　借款人应于到期日归还借款本金{money(P)}元。借款期间不再另行支付利息。
第四条　本合同未约定的其他费用，贷款人一律不收取。
借款人（签字）：邹明轩　　　　日期：{ymd(s.contract_date)}
"""


def y09(s: Spec) -> str:
    """A long-stay apartment lease (not a loan): rent paid three months at a time, a deposit."""
    return """住房租赁合同（长租公寓）
出租方：栖居公寓管理有限公司　　承租方：冯晓彤
房屋：锦园小区7栋1203室（单间，22平方米）
租期：2025年10月1日至2026年9月30日，共12个月。
月租金：2,600.00元；押金：2,600.00元（押一付三），租期届满无损坏的，押金全额退还。
租金支付：每三个月支付一次，每次7,800.00元，于每季度首月5日前支付至出租方对公账户。
本合同不涉及任何租金分期、租金贷或其他借款，承租方无须向任何金融机构申请贷款。
物业费、网费已包含在租金内；水电按表计费。
出租方（盖章）　　承租方：冯晓彤　　签订日期：2025年9月22日
"""


def y10(s: Spec) -> str:
    """A Macau money lender's personal loan note in Chinese, in patacas (out of scope)."""
    P = s.principal
    return f"""濠江財務有限公司　個人貸款合約
借款人：梁嘉欣（澳門居民身份證 1xxxxxx(3)）
貸款金額：澳門元{money(P)}（MOP）
貸款期：{s.n}個月，每月等額供款澳門元{money(pay(s))}{last(s, '最後一期')}
年利率：{plain(s.rate_value)}%
首期供款日：{due(s, 1).year}年{due(s, 1).month}月{due(s, 1).day}日
本合約受澳門特別行政區法律管轄。
簽約日期：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日
"""


def y11(s: Spec) -> str:
    """A lending app's H5 confirm page: a lawful-looking rate and a 会员服务费 each period that puts
    the all-in cost above 36%."""
    P = s.principal
    f = s.fees[0]
    plan = [["期数", "还款日", "本息", "会员服务费", "当期应还"]] + [
        [str(r["k"]), r["date"].isoformat(), money(r["principal"] + r["interest"]), money(r["fees"]), money(r["total"])] for r in s.rows]
    body = f"""<h2>借款确认</h2>
{kv_div([("借款金额", f"{money(P)}元"), ("借款期限", f"{s.n}期（每月还款）"), ("年利率（单利）", f"{plain(s.rate_value)}%"),
         ("还款方式", "等额本息"), ("尊享会员服务费", f"每期{money(fee(s))}元（借款金额的{plain(f.percent)}%），开通后可享极速放款"),
         ("放款机构", "众联网络小额贷款有限公司"), ("申请日期", ymd(s.contract_date))])}
{table_html(plan)}
<p>应还总额{money(total_repaid(s))}元。放款金额全额到账。</p>
<button>同意并借款</button>"""
    return page("借款确认", body, True, "")


def y12(s: Spec) -> str:
    """A bank consumer loan whose principal and monthly payment are written in 大写 with 角 and 分."""
    P = s.principal
    return f"""个人信用消费贷款合同
贷款人：丰泽银行股份有限公司滨江支行
借款人：蔡一鸣
第一条　贷款金额：人民币（大写）{daxie(P)}。
第二条　贷款期限：{s.term_months}个月，自{ymd(s.start_date)}起算。
第三条　贷款利率：年利率{plain(s.rate_value)}%，在贷款期限内固定不变。
第四条　还款方式：等额本息，每月{s.start_date.day}日还款，每期还款额人民币（大写）{daxie(pay(s))}，
　　　　最后一期以实际结清金额为准（{daxie(s.rows[-1]['total'])}）。
第五条　本合同项下不收取手续费。逾期的，就逾期部分按贷款利率加收50%计收罚息。
借款人（签名）：蔡一鸣　　贷款人（盖章）
签订日期：{ymd(s.contract_date)}
"""


def y13(s: Spec) -> str:
    """An SMS on an 'interest-free' six-part plan that still charges an account fee each period."""
    P = s.principal
    return (f"【轻享分期】尊敬的客户，您在优品家电购买的洗碗机{money(P)}元已成功办理{s.n}期免息分期（资金方：华瑞消费金融）。"
            f"免息期内不计利息，仅需每期支付账户管理费{money(fee(s))}元。每期应还{money(pay(s))}元{last(s)}，"
            f"首期还款日{ymd(due(s, 1))}，共需还款{money(total_repaid(s))}元。办理日{ymd(s.contract_date)}。退订回T\n")


def y14_blocks(s: Spec) -> list:
    """A company's interest-free loan to an employee, repaid from the salary (DOCX)."""
    P = s.principal
    return [
        ("p", "员工借款协议"),
        ("br", "甲方（出借方）：恒达精密机械有限公司", "乙方（借款方）：葛志强（工号0457）"),
        ("p", f"一、乙方因家中购房首付需要，向甲方借款人民币{money(P)}元（{daxie(P)}），甲方于{ymd(s.start_date)}转入乙方工资卡。"),
        ("p", f"二、本借款不计利息。乙方自{ymd(due(s, 1))}起分{s.n}个月从每月工资中扣还，每月扣还{money(pay(s))}元{last(s)}。"),
        ("t", [["扣款月份", "扣还金额（元）"]] + [[f"{r['date'].year}年{r['date'].month}月", money(r["total"])] for r in s.rows]),
        ("p", "三、乙方在借款未还清前离职的，剩余借款应于离职手续办结前一次还清。"),
        ("p", f"甲方（盖章）　　乙方（签字）：葛志强　　日期：{ymd(s.contract_date)}"),
    ]


def y15(s: Spec) -> str:
    """A shopkeeper's loan from a friend, interest every three months, dates in Chinese numerals, and
    an overdue rate above four times the LPR."""
    P = s.principal
    q = s.rows[0]["interest"]
    return f"""借款合同
出借人：阎立新　　　借款人：包海燕（海燕百货店经营者）
第一条　出借人借给借款人人民币{daxie(P)}，于{cn_date(s.start_date)}一次转账交付。
第二条　借款期限自{cn_date(s.start_date)}起至{cn_date(end(s))}止。
第三条　借款年利率百分之十，每满三个月付息一次，每次{daxie(q)}，本金于期限届满之日随最后一季利息一并归还。
第四条　借款人逾期归还本金的，逾期部分自逾期之日起按年利率百分之十五计付逾期利息。
第五条　付息日期：{'、'.join(cn_date(r['date']) for r in s.rows)}。
出借人：阎立新　　　借款人：包海燕
签订于{cn_date(s.contract_date)}
"""


def y16(s: Spec) -> str:
    """An SMS from a consumer-finance firm: a three-part loan at 35.9%, just under 36%."""
    P = s.principal
    return (f"【盛安消费金融】您已成功借款{money(P)}元，分{s.n}期按月等额还款，年化利率(单利){plain(s.rate_value)}%，"
            f"每期应还{money(pay(s))}元{last(s)}，首期{due(s, 1).month}月{due(s, 1).day}日。除利息外无其他费用。"
            f"借款日{ymd(s.contract_date)}。请按时还款，珍爱信用。\n")


def y17(s: Spec) -> str:
    """An auto-finance company's loan summary in two columns (PDF): a 金融服务费 paid to the dealer
    on the payout day, apart from the loan."""
    P = s.principal
    left = ["瑞丰汽车金融有限公司", "汽车贷款合同（核心条款）", "借款人：韩子墨", "车辆：比亚迪宋PLUS DM-i",
            f"贷款金额：{wan(P)}", f"贷款期限：{s.term_months}期", f"年利率：{plain(s.rate_value)}%", "还款方式：等额本息",
            f"签约日：{ymd(s.contract_date)}"]
    right = ["【月供及费用】", f"月供：{money(pay(s))}元{last(s)}", f"首期：{ymd(due(s, 1))}", f"还款总额：{money(total_repaid(s))}元",
             "金融服务费：", f"{money(fee(s))}元，由借款人于放款当日", "另行支付给经销商（鑫达4S店），", "不计入贷款金额，不从贷款中扣除。",
             "贷款资金直接支付给经销商。"]
    return side_by_side(left, right) + "借款人签字：韩子墨\n"


def y18(s: Spec) -> str:
    """A bank's loan settlement certificate (not a loan: it records a loan repaid in full)."""
    return """贷款结清证明
兹证明：借款人　苗若冰（身份证号3301xxxxxxxx0526）
于2021年6月18日在我行办理的个人汽车贷款（合同号：CZ-QC-2021-06-0392），贷款金额120,000.00元，
期限36个月，已于2024年6月18日全部结清本金及利息，借款人在该合同项下已无任何欠款。
该笔贷款对应的车辆抵押登记可凭本证明办理解除手续。
特此证明。
长洲农商银行股份有限公司零售信贷部（盖章）
2025年11月3日
"""


def y19(s: Spec) -> str:
    """An IOU whose stated sum includes a year of interest the lender kept back at the transfer."""
    P = s.principal
    d = s.interest_deducted
    return f"""借　条
本人付晓丽今向刘德旺借款人民币{daxie(P)}（{money(P)}元），借期一年，年利率10%，{ymd(end(s))}归还。
备注：出借人于{ymd(s.start_date)}通过微信转账{money(s.received)}元，差额{money(d)}元为一年利息，已在借款时扣除，
到期借款人归还{money(P)}元即可，不再另付利息。
借款人：付晓丽　　{ymd(s.contract_date)}
"""


def y20(s: Spec) -> str:
    """A bank's loan arranged through a 助贷 platform after 2025-10-01: a guarantee fee each period
    brings the all-in cost above 24%."""
    P = s.principal
    return f"""借款信息确认书
资金方（贷款人）：云岭农村商业银行股份有限公司
助贷机构：乐借科技有限公司（负责获客、风控辅助及贷后服务）
增信服务方：安信融资担保有限公司
借款人：方嘉怡
借款金额：{money(P)}元　　借款期限：{s.n}个月　　年利率（单利）：{plain(s.rate_value)}%　　还款方式：等额本息
担保服务费：每期{money(fee(s))}元（借款金额的{plain(s.fees[0].percent)}%），随每期本息支付给增信服务方。
每期应还：{money(pay(s))}元{last(s)}；首期还款日：{ymd(due(s, 1))}；应还总额：{money(total_repaid(s))}元。
借款资金全额发放至借款人账户。
确认日期：{ymd(s.contract_date)}
"""


__all__ = [n for n in dir() if n.startswith("y")] + ["Decimal"]
