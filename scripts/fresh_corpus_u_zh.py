#!/usr/bin/env python3
"""The Chinese renderers of held-out batch U (tests/fresh/zh/zh-z*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_u.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import Spec, cn_date, daxie, money, plain  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_s_zh import last, side_by_side  # noqa: E402


def md(d) -> str:
    return f"{d.month}月{d.day}日"


def z01(s: Spec) -> str:
    """A credit-card app's 账单分期 result screen (PNG): a per-period fee rate, but the whole fee
    collected with the first instalment."""
    P = s.principal
    f = s.fees[0]
    return f"""账单分期 · 办理成功
卡片　　　　　　　　　　　　金穗白金卡(尾号6031)
分期本金　　　　　　　　　　¥{money(P)}
分期期数　　　　　　　　　　{s.n}期
每期手续费率　　　　　　　　0.60%
手续费收取方式　　　　　　　首期一次性收取
总手续费　　　　　　　　　　¥{money(f.amount)}
首期入账金额　　　　　　　　¥{money(s.rows[0]['total'])}
（本金{money(s.rows[0]['principal'])}＋手续费{money(f.amount)}）
第2期至第{s.n}期每期　　　　　¥{money(s.rows[1]['total'])}
首期入账账单日　　　　　　　{ymd(due(s, 1))}
办理时间　　　　　　　　　　{ymd(s.contract_date)} 14:26
分期办理后不可撤销；提前结清的，已收取的手续费不予退还。
发卡行：丰禾银行股份有限公司
"""


def z02(s: Spec) -> str:
    """An online shop's order page 分期付 (HTML): a 服务费 per 期 as a share of the order amount."""
    P = s.principal
    fe = fee(s)
    r0, rl = s.rows[0], s.rows[-1]
    plan = [["第几期", "还款日", "本金", "服务费", "合计"]]
    plan += [[f"{r['k']}/{s.n}", md(r["date"]), money(r["principal"]), money(r["fees"]), money(r["total"])] for r in s.rows]
    body = f"""<h2>确认订单</h2>
{kv_div([("商品", "轻氧 3 代 空气净化器 ×1"), ("订单金额", f"¥{money(P)}"), ("付款方式", f"分期付 · 分{s.n}期"),
         ("每期服务费", f"¥{money(fe)}（订单金额×{plain(s.fees[0].percent)}%/期）"),
         ("每期应付", f"¥{money(r0['total'])}" + ("" if rl["total"] == r0["total"] else f"（最后一期¥{money(rl['total'])}）")),
         ("服务费合计", f"¥{money(fe * s.n)}"), ("分期服务提供方", "云融消费金融有限公司"), ("下单时间", ymd(s.contract_date))])}
<h3>分期计划</h3>
{table_html(plan)}
<p class="muted">分期付无利息，仅收取服务费；按时还款不影响信用。</p>"""
    return page("确认订单", body, True, "")


def z03_blocks(s: Spec) -> list:
    """A microloan contract (DOCX) whose term is given only by its first and last day in Chinese
    numerals, with a prepayment penalty clause."""
    P = s.principal
    return [
        ("p", "个人借款合同"),
        ("p", "合同编号：滨小贷（个）字第2026-0317号"),
        ("p", "贷款人：滨江同舟小额贷款有限公司　　　借款人：欧阳启明"),
        ("p", f"第一条　借款金额：人民币{daxie(P)}（小写：{money(P)}元）。"),
        ("p", f"第二条　借款期间：自{cn_date(s.start_date)}起至{cn_date(end(s))}止。"),
        ("p", f"第三条　借款利率为年利率{plain(s.rate_value)}%（单利），按月等额偿还本息，每月{due(s, 1).day}日为还款日，"
              f"每期还款{money(pay(s))}元{last(s)}。"),
        ("p", "第四条　借款人提前归还全部或部分借款的，应提前十个工作日书面申请，并按提前归还本金的3%支付提前还款违约金。"),
        ("p", "第五条　除本合同约定的利息及提前还款违约金外，贷款人不收取其他任何费用。"),
        ("br", "贷款人（盖章）：滨江同舟小额贷款有限公司", "借款人（签字）：欧阳启明",
         f"签订日期：{cn_date(s.contract_date)}"),
    ]


def z04(s: Spec) -> str:
    """A bank's business loan to a sole trader (PDF): LPR plus basis points, 按季结息, principal at
    maturity; the schedule as a table."""
    P = s.principal
    rows = "\n".join(f"{r['k']} | {ymd(r['date'])} | {money(r['interest'])} | {money(r['principal'])} | {money(r['total'])}"
                     for r in s.rows)
    return f"""宁川农村商业银行　个体工商户经营贷款合同（要素页）
借款人：蒋福来（经营者，蒋记五金店）　　合同号：NC-JY-2026-05127
借款金额：人民币{money(P)}元
借款期限：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止
借款利率：以签约前一日公布的一年期贷款市场报价利率（LPR）加{s.lpr_spread_bp}个基点确定，即年利率{plain(s.rate_value)}%，合同期内不作调整。
结息方式：按季结息，每满三个月为一个结息期，结息日为该结息期届满之日；本金到期一次归还。
期次 | 结息日 | 利息 | 本金 | 应还合计
{rows}
合计应还：{money(total_repaid(s))}元，其中利息{money(total_interest(s))}元。
本贷款不收取承诺费、管理费等任何费用。
签订日期：{ymd(s.contract_date)}
"""


def z05(s: Spec) -> str:
    """A consumer-finance 分期借款确认书 that gives no rate at all: only each period's principal and
    interest (等本等息)."""
    P = s.principal
    r0 = s.rows[0]
    return f"""分期借款确认书
出借机构：嘉宁消费金融有限公司
借款人：葛晓蕾　　借款金额：{money(P)}元　　借款用途：婚庆服务
分期安排：共{s.n}期，按月还款，还款日为每月{due(s, 1).day}日，首期{ymd(due(s, 1))}。
每期归还本金{money(r0['principal'])}元，每期支付利息{money(r0['interest'])}元，每期合计{money(r0['total'])}元{last(s)}。
利息按借款金额计算，各期相同，不因已还本金而减少。
全部{s.n}期共需归还{money(total_repaid(s))}元，借款总成本（利息）{money(total_interest(s))}元，无其他费用。
借款人确认已阅读并理解上述安排。
借款人签名：葛晓蕾　　确认日期：{ymd(s.contract_date)}
"""


def z06(s: Spec) -> str:
    """A revolving credit app's drawdown record (PNG): a daily rate and the interest for the
    actual days used."""
    P = s.principal
    return f"""借款记录详情
借款金额　　　　　　¥{money(P)}
借款状态　　　　　　已结清
借款日　　　　　　　{ymd(s.start_date)}
还款日　　　　　　　{ymd(end(s))}
实际用款天数　　　　{s.term_days}天
日利率　　　　　　　{plain(s.rate_value)}%
计息方式　　　　　　随借随还，按实际用款天数计息
利息　　　　　　　　¥{money(s.rows[0]['interest'])}
（{money(P)} × {plain(s.rate_value)}% × {s.term_days}天）
本息合计　　　　　　¥{money(total_repaid(s))}
其他费用　　　　　　¥0.00
资金方　　　　　　　恒远消费金融有限公司
"""


def z07(s: Spec) -> str:
    """A pawnshop's 当票 for a gold bracelet: a monthly interest rate and a monthly 综合费率, both
    paid at redemption."""
    P = s.principal
    return f"""当　票
典当行：瑞丰典当有限责任公司　　　当票号：RF-2026-10-0418
当户：许文静　　证件：身份证 3301xxxxxxxx0527
当物：足金手镯一只（净重52.36克）　　估价金额：30,000.00元
当金：{money(P)}元（大写：{daxie(P)}）
典当期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}
月利率：{plain(s.rate_value)}%　　　月综合费率：2.4%
当金利息及综合费于赎当时一并支付，不得预扣：利息{money(s.rows[0]['interest'])}元，综合费{money(s.fees[0].amount)}元。
赎当应付合计：{money(total_repaid(s))}元
当期届满后五日内可续当或赎当；逾期不赎当、不续当的，为绝当。
当户签章：许文静　　　经办：周敏　　　{ymd(s.contract_date)}
"""


def z08(s: Spec) -> str:
    """A private loan at 月息壹分 for two years with interest each month, every date in Chinese
    numerals, and a notarised enforcement clause."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""借款协议（经公证）
出借人：司马振华　　借款人：龚丽娟
一、借款人向出借人借款人民币{daxie(P)}（¥{money(P)}），出借人于{cn_date(s.start_date)}以银行转账方式一次付清。
二、借款期限贰年，自{cn_date(s.start_date)}至{cn_date(end(s))}。
三、利息按月息壹分计算，每月利息{daxie(i)}，借款人于每月一日支付上一个月的利息；本金于到期日一次归还。
四、双方同意就本协议办理具有强制执行效力的债权文书公证；借款人不履行或不适当履行的，出借人可直接向有管辖权的人民法院申请强制执行。
五、借款人逾期归还本金的，自逾期之日起按年利率百分之十二支付逾期利息。
出借人：司马振华　　借款人：龚丽娟
{cn_date(s.contract_date)}
"""


def z09(s: Spec) -> str:
    """An individual income tax 专项附加扣除 form for mortgage interest (not a loan document)."""
    return """个人所得税专项附加扣除信息表（住房贷款利息）
纳税人姓名：何志远　　纳税人识别号：3205xxxxxxxxxx1236
扣除年度：2026年
房屋坐落地址：苏州市吴中区长桥街道荷塘月色花园9幢602室
本人是否借款人：是　　是否婚前各自首套贷款：否
贷款类型：商业贷款　　贷款银行：苏州东吴银行股份有限公司
贷款合同编号：DW-GR-2019-336812
首次还款日期：2019年8月21日　　贷款期限（月数）：360
扣除比例：100%（每月1,000元）
本人承诺：上述信息真实、准确、完整，如有不实愿承担相应法律责任。
纳税人签字：何志远　　　　填报日期：2026年1月6日
"""


def z10(s: Spec) -> str:
    """A bank's first-home mortgage contract (summary): the rate as the five-year LPR minus basis
    points, the executed rate stated."""
    P = s.principal
    return f"""个人住房贷款合同（主要条款）
贷款人：昌和银行股份有限公司南湖支行　　借款人：于海洋、柏雪（共同借款人）
抵押房产：南湖区春晖路88号7幢1单元1802室（首套住房）
贷款金额：人民币{money(P)}元（{daxie(P)}）
贷款期限：{s.term_months}个月，自首次放款日{ymd(s.start_date)}起算
贷款利率：以五年期以上贷款市场报价利率（LPR）3.50%为定价基础，减点45个基点，执行年利率{plain(s.rate_value)}%；
　　　　　每年1月1日按最新五年期以上LPR重新定价，减点幅度不变。
还款方式：等额本息，按月还款，首期还款日{ymd(due(s, 1))}，月供{money(pay(s))}元{last(s)}。
本合同项下不收取任何手续费；提前还款不收取违约金。
签订日期：{ymd(s.contract_date)}
"""


def z11(s: Spec) -> str:
    """A life insurer's policy-loan confirmation: six months, interest with the principal at the end."""
    P = s.principal
    return f"""保单借款确认书
保险公司：泰禾人寿保险股份有限公司
投保人/借款人：柳思远　　保单号：TH-ZS-2018-00459217（终身寿险）
保单现金价值：86,420.00元　　可借额度：69,136.00元
本次借款金额：{money(P)}元
借款期限：六个月，自{ymd(s.start_date)}至{ymd(end(s))}
借款年利率：{plain(s.rate_value)}%（单利）
到期应还本息：{money(total_repaid(s))}元（利息{money(total_interest(s))}元），到期一次归还；到期未还的，本息自动转为新的借款。
借款本息超过保单现金价值时，保险合同效力中止。
确认日期：{ymd(s.contract_date)}
"""


def z12(s: Spec) -> str:
    """A microloan contract where a guarantee fee is 'passed on' to a guarantor out of the payout."""
    P = s.principal
    f = s.fees[0]
    return f"""借款合同
贷款人：鼎信网络小额贷款有限公司
借款人：包志强　　保证人：鼎盛融资担保有限公司
第一条　借款本金{money(P)}元，期限{s.term_months}个月，年利率{plain(s.rate_value)}%，按月等额本息，每月还款{money(pay(s))}元{last(s)}。
第二条　借款人同意向保证人支付担保服务费{money(f.amount)}元，并不可撤销地授权贷款人在发放借款时将该笔费用从借款本金中直接划付至保证人账户。
第三条　借款人实际收到的款项为{money(s.received)}元，但借款人仍应按本金{money(P)}元归还借款并支付利息。
第四条　放款日：{ymd(s.start_date)}；首期还款日：{ymd(due(s, 1))}。
借款人签字：包志强　　　签订日期：{ymd(s.contract_date)}
"""


def z13(s: Spec) -> str:
    """An SMS after payout: 12 instalments, an annualised simple rate, the first instalment."""
    P = s.principal
    return (f"【宜信达消费金融】尊敬的邓先生，您{md(s.contract_date)}申请的借款{money(P)}元已发放至您尾号3318的银行卡。"
            f"借款分{s.n}期，年化利率（单利）{plain(s.rate_value)}%，按月等额本息，每月{due(s, 1).day}日还款，"
            f"首期应还{money(s.rows[0]['total'])}元（{ymd(due(s, 1))}），总利息{money(total_interest(s))}元。"
            "详情请登录宜信达App查看。如非本人操作请致电客服。\n")


def z14(s: Spec) -> str:
    """A loan detail page with the rate as 日息万五 (0.05% a day), equal instalments."""
    P = s.principal
    return f"""借款详情
借款编号：HY20260822004417
借款金额：{money(P)}元　　到账金额：{money(s.received)}元
借款期数：{s.n}期（按月）
利息：日息万五（即每万元每天5元），等额本息
每期应还：{money(pay(s))}元{last(s)}
应还总额：{money(total_repaid(s))}元
首个还款日：{ymd(due(s, 1))}
放款机构：合悦消费金融股份有限公司
借款时间：{ymd(s.contract_date)}
"""


def z15(s: Spec) -> str:
    """An auto-finance contract in two printed columns (PDF): a 30% 弹性尾款 paid with the last
    instalment."""
    P = s.principal
    left = ["安捷汽车金融有限公司", "汽车贷款合同（尾款方案）", "借款人：谭一鸣", "车辆：2026款启辰星 豪华版",
            "车辆价格：200,000.00元", "首付款：60,000.00元（30%）", f"贷款金额：{money(P)}元", f"贷款期限：{s.term_months}个月",
            f"年利率：{plain(s.rate_value)}%"]
    right = ["【还款安排】", f"第1至{s.n - 1}期每月：{money(pay(s))}元", f"第{s.n}期：{money(s.rows[-1]['total'])}元",
             "（含弹性尾款60,000.00元）", f"首期还款日：{ymd(due(s, 1))}", f"还款总额：{money(total_repaid(s))}元",
             "尾款到期可一次付清或申请展期", "无金融服务费、GPS费", f"签约日：{ymd(s.contract_date)}"]
    return side_by_side(left, right) + "借款人签字：谭一鸣　　　贷款人盖章\n"


def z16(s: Spec) -> str:
    """A notice that a loan has been assigned to an asset manager (not a loan document)."""
    return """债权转让通知书
致：骆德明（身份证号：5101xxxxxxxx3319）
根据《中华人民共和国民法典》第五百四十六条的规定，特此通知：
汇信消费金融有限公司已于2026年9月30日将其对您享有的《个人消费借款合同》（编号HX-2023-558120）项下的全部债权，
转让给四川蓉安资产管理有限公司。截至转让基准日，该合同项下剩余本金18,460.33元，利息及罚息2,117.90元。
自本通知送达之日起，请您向受让人履行还款义务，原债权人不再接受还款。
受让人联系方式：028-8xxxxxx5（工作日9:00-17:30）。
转让人：汇信消费金融有限公司　　受让人：四川蓉安资产管理有限公司
2026年10月12日
"""


def z17(s: Spec) -> str:
    """A Singapore licensed moneylender's contract in Chinese, in Singapore dollars (out of scope)."""
    P = s.principal
    return f"""新加坡持牌放贷人　借贷合约（中文译本）
放贷人：狮城信贷私人有限公司（牌照号码 12/2024）
借款人：黄家豪　　身份证：S89xxxxxJ
贷款本金：新币{money(P)}（SGD）
贷款期限：{s.n}个月，每月等额偿还新币{money(pay(s))}{last(s, '最后一期')}
利率：每月{plain(s.rate_value)}%
首期还款日：{due(s, 1).year}年{md(due(s, 1))}
本合约受新加坡《放贷人法》管辖。
签约日期：{s.contract_date.year}年{md(s.contract_date)}
"""


def z18(s: Spec) -> str:
    """A bank consumer loan repaid by equal principal, stated only as the first month's payment and
    the fixed amount by which each later payment falls."""
    P = s.principal
    r0, r1 = s.rows[0], s.rows[1]
    return f"""个人信用消费贷款合同（节选）
贷款人：华盈银行股份有限公司　　借款人：韦晓东
贷款金额：{money(P)}元　　用途：子女出国留学学费
贷款期限：{s.term_months}个月，自{ymd(s.start_date)}起　　年利率：{plain(s.rate_value)}%
还款方式：每月归还相同数额的本金，利息按剩余本金计算，首月还款{money(r0['total'])}元，此后每月递减{money(r0['total'] - r1['total'])}元，
　　　　　最后一期{money(s.rows[-1]['total'])}元。
还款日：每月{due(s, 1).day}日。本贷款不收取任何费用。
签订日期：{ymd(s.contract_date)}
"""


def z19(s: Spec) -> str:
    """A private IOU at 月利率贰分 with interest each month, its dates in Chinese numerals."""
    P = s.principal
    return f"""借　条
今借到堂兄俞国平人民币{daxie(P)}（{money(P)}元），于{cn_date(s.start_date)}收到银行转账。
借期陆个月，至{cn_date(end(s))}归还本金。
利息按月利率贰分计算，每月{daxie(s.rows[0]['interest'])}，于每月对日支付。
借款人：俞国强
{cn_date(s.contract_date)}
"""


def z20(s: Spec) -> str:
    """A microloan whose interest and a per-period platform fee are paid each month and whose
    principal is repaid in one sum with the sixth instalment, in other words than usual."""
    P = s.principal
    f = s.fees[0]
    return f"""借款服务确认页
借款金额：{money(P)}元
借款期限：{s.n}个月
月利率：{plain(s.rate_value)}%
平台服务费：每月按借款金额的{plain(f.percent)}%收取
还款安排：期间只供息不供本，每月供息{money(s.rows[0]['interest'])}元并缴服务费{money(fee(s))}元，共{money(pay(s))}元；
　　　　　本金于第{s.n}期一并归还，第{s.n}期共{money(s.rows[-1]['total'])}元。
放款机构：瀚海网络小额贷款有限公司
借款日期：{ymd(s.contract_date)}
"""
