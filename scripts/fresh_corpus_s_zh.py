#!/usr/bin/env python3
"""The Chinese renderers of held-out batch S (tests/fresh/zh/zh-x*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_s.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import Spec, cn_date, daxie, money, plain  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402


def last(s: Spec, word: str = "末期") -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f"（{word}{money(s.rows[-1]['total'])}元）"


def side_by_side(left: list[str], right: list[str], width: int = 30) -> str:
    """Two printed columns: each line is a left cell padded with ideographic spaces, then a right cell."""
    n = max(len(left), len(right))
    left, right = left + [""] * (n - len(left)), right + [""] * (n - len(right))
    return "\n".join((a + "　" * max(2, width - len(a)) + b).rstrip() for a, b in zip(left, right)) + "\n"


def x01(s: Spec) -> str:
    """An e-bike shop's instalment slip: the rate is given per 1,000 yuan per day."""
    P = s.principal
    per_k = s.rate_value * 10  # 0.05% a day = 0.50 yuan per 1,000 yuan per day
    rows = "\n".join(f"{r['k']:>2}　{ymd(r['date'])}　{money(r['total'])}" for r in s.rows)
    return f"""绿驰电动车专卖店（城南店）　分期购车确认单
客户：韦春燕　　车型：绿驰T5 Pro 长续航版　　车价：{money(P + 400)}元　　首付：400.00元
分期金额：{money(P)}元，由恒信消费金融有限公司向客户发放并直接支付给本店。
计息标准：每千元每日{plain(per_k)}元（按日计息），分{s.n}个月按月等额偿还。
放款日：{ymd(s.start_date)}　　每月还款日：{s.start_date.day}日
还款明细（期次　还款日　应还金额）：
{rows}
合计应还{money(total_repaid(s))}元，其中利息{money(total_interest(s))}元。本分期不收取手续费、服务费。
客户签字：韦春燕　　　　店员：小罗　　　　{ymd(s.contract_date)}
"""


def x02(s: Spec) -> str:
    """A microloan repaid 'interest each month, principal on the last day' in new words (PDF)."""
    P = s.principal
    i = s.rows[0]["interest"]
    rows = "\n".join(f"第{r['k']}期　{ymd(r['date'])}　本金{money(r['principal'])}　利息{money(r['interest'])}　小计{money(r['total'])}" for r in s.rows)
    return f"""远航网络小额贷款有限公司
借款合同（经营周转类）　合同号：YH-XD-2025-06-3317

借款人：蒙志刚（个体工商户，志刚五金店经营者）
一、借款本金：{daxie(P)}（{money(P)}元）。
二、借款期间：{ymd(s.start_date)}至{ymd(end(s))}，共{s.term_months}个月。
三、利率：月利率{plain(s.rate_value)}%。
四、偿还安排：借款期间内随月结清当月利息（每月{money(i)}元），本金不分摊，
　　于借款期间届满之日与最后一个月的利息一并清偿。
五、本合同项下不收取利息以外的任何费用。

偿还计划表
{rows}
合计：{money(total_repaid(s))}元

借款人签章：蒙志刚　　　　贷款人盖章　　　　签约日：{ymd(s.contract_date)}
"""


def x03(s: Spec) -> str:
    """A microloan's H5 page for a three-month 周转 loan: interest and a service fee both at maturity."""
    P = s.principal
    r = s.rows[0]
    f = s.fees[0]
    body = f"""<h2>周转金借款 · 借款确认</h2>
{kv_div([("借款金额", f"¥{money(P)}"), ("借款期限", f"{s.term_months}个月（到期一次还本付息）"),
         ("年利率（单利）", f"{plain(s.rate_value)}%"), ("到期应付利息", f"¥{money(r['interest'])}"),
         ("到期服务费", f"借款金额的{plain(f.percent)}%，¥{money(fee(s))}，到期时与本息一并支付"),
         ("放款日", ymd(s.start_date)), ("到期日", ymd(end(s)))])}
<p>到期一次性应还：¥{money(r['total'])}（本金＋利息＋服务费）</p>
<p class="small">贷款人：海川小额贷款股份有限公司。借款资金全额发放至您尾号6612的银行卡，放款时不扣除任何费用。</p>
<button>确认借款</button>"""
    return page("周转金借款", body, True, "")


def x04(s: Spec) -> str:
    """A consumer loan whose 'account activation fee' is kept out of the payout (砍头息 by another name)."""
    P = s.principal
    f = fee(s)
    return f"""个人消费借款合同（摘录）
贷款人：鼎盛小额贷款有限公司　　借款人：石晓峰
第一条　借款金额：人民币{money(P)}元。
第二条　借款期限：{s.term_months}个月；年利率{plain(s.rate_value)}%（单利），按月等额本息还款，每月应还{money(pay(s))}元{last(s)}。
第三条　账户激活：借款人同意贷款人为其开通借款账户并收取账户激活费{money(f)}元。该费用由贷款人在放款时
　　　　从放款金额中直接扣收，借款人实际到账金额为{money(s.received)}元。借款本金仍按{money(P)}元计算。
第四条　放款日：{ymd(s.start_date)}；首期还款日：{ymd(due(s, 1))}。
第五条　借款人确认已充分理解上述费用并自愿承担。
借款人（电子签名）：石晓峰　　　签署时间：{ymd(s.contract_date)}
"""


def x05(s: Spec) -> str:
    """An SMS confirming a pet hospital bill split into six parts with a per-period fee."""
    P = s.principal
    return (f"【安宠分期】您好，您在瑞派宠物医院（河西店）的诊疗费{money(P)}元已办理{s.n}期分期，款项已由恒信消费金融"
            f"直接支付给医院。每期手续费为分期金额的{plain(s.fees[0].percent)}%（{money(fee(s))}元），不收利息，每期应还"
            f"{money(pay(s))}元{last(s)}，首期{due(s, 1).month}月{due(s, 1).day}日，之后每月{due(s, 1).day}日自动扣款，"
            f"共需还款{money(total_repaid(s))}元。办理日期{ymd(s.contract_date)}。如有疑问请致电4008-xxx-xxx。\n")


def x06(s: Spec) -> str:
    """A loan between former classmates with every date and figure in Chinese numerals (二〇二四年)."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""借款协议
出借人：邝文杰　　　借款人：龙小梅（系出借人大学同学）
一、借款人向出借人借款人民币{daxie(P)}，出借人已于{cn_date(s.start_date)}通过银行转账全额交付借款人。
二、借款期限一年，自{cn_date(s.start_date)}起至{cn_date(end(s))}止。
三、借款年利率为百分之八，利随本清，到期时借款人一次归还本金{daxie(P)}及利息{daxie(i)}，合计{daxie(total_repaid(s))}。
四、借款人可以提前还款，利息按实际借款天数计算。
出借人：邝文杰　　　借款人：龙小梅
{cn_date(s.contract_date)}
"""


def x07(s: Spec) -> str:
    """A microloan app's contract summary in two printed columns: 等本等费 (equal principal, equal fee) (PDF)."""
    P = s.principal
    f = s.fees[0]
    left = ["云梯网络小额贷款有限公司", "借款合同要素表", f"借款人：毛佳琪", f"借款本金：{money(P)}元",
            f"借款期数：{s.n}期（按月）", "还款方式：等本等费", f"放款日：{ymd(s.start_date)}", f"签约日：{ymd(s.contract_date)}"]
    right = ["【费用说明】", "本借款不收取利息。", f"综合服务费：每期按借款本金的", f"{plain(f.percent)}%收取，即每期{money(fee(s))}元，",
             "随每期本金一并支付。", f"每期应还：{money(pay(s))}元{last(s)}", f"合计应还：{money(total_repaid(s))}元",
             f"首期还款日：{ymd(due(s, 1))}"]
    return side_by_side(left, right) + "借款人确认：毛佳琪（电子签名）\n"


def x08(s: Spec) -> str:
    """A driving school's tuition instalment confirm screen (PNG): the per-period fee rate and the instalment."""
    P = s.principal
    return f"""09:41　　　　　　　　　　　　　　　　5G ▮▮▮
<　　　　　学车分期 · 确认分期
驾校：顺达驾驶员培训学校（C1手动挡）
学费：¥{money(P)}
────────────────────
分期期数　　　　　　　　　　{s.n}期
每期手续费率　　　　　　　　{plain(s.fees[0].percent)}%（按学费计）
每期应还　　　　　　　　　　¥{money(pay(s))}{last(s)}
首期还款日　　　　　　　　　{ymd(due(s, 1))}
────────────────────
学费由恒信消费金融直接支付给驾校
申请日期 {ymd(s.contract_date)}
[ 确认分期 ]
"""


def x09(s: Spec) -> str:
    """An SMS loan confirmation quoting the cost per 1,000 yuan per day, one payment after 60 days."""
    P = s.principal
    r = s.rows[0]
    per_k = s.rate_value * 10
    return (f"【速易借】尊敬的用户，您申请的借款{money(P)}元已于{s.start_date.month}月{s.start_date.day}日到账，"
            f"借期{s.term_days}天，费用标准为每千元每天{plain(per_k)}元，到期应还本息共{money(r['total'])}元"
            f"（利息{money(r['interest'])}元），还款日{ymd(end(s))}。逾期将影响您的信用。贷款人：易达网络小额贷款有限公司。"
            f"发送日期{ymd(s.contract_date)}。\n")


def x10(s: Spec) -> str:
    """A mobile carrier's 'prepay calls, get a phone' contract: monthly plan fees, no credit."""
    return """中国联信通信　合约购机业务协议（客户联）
客户：蔡宇航　　号码：186****3072　　办理营业厅：江岸营业厅
合约内容：预存话费1,200.00元，赠送手机一部（型号：星耀X20，裸机价2,999.00元），客户选择月租129元套餐，
在网24个月。预存话费按每月50.00元分24个月返还至话费账户。
客户在合约期内不得降低套餐档次或销户；提前解约的，应按剩余月数补缴手机款（每月124.96元）。
本业务不涉及借款，不收取利息或手续费。
客户签字：蔡宇航　　　　　受理日期：2025年9月12日
"""


def x11(s: Spec) -> str:
    """A Japanese consumer-finance contract summary translated into Chinese for a resident (yen): out of scope."""
    P = s.principal
    return f"""【中文译本，仅供参考，以日文原件为准】
金钱消费借贷契约书（契约内容书面）
贷款业者：樱桥金融株式会社（关东财务局长（3）第01488号）
借款人：刘建华（在留卡号 AB12345678CD，居住地 东京都江户川区）
借款金额：{money(P)}日元
借款利率：年{plain(s.rate_value)}%（实质年率{plain(s.rate_value)}%）　迟延损害金：年20.0%
返济方式：元利均等分期，共{s.n}次，每月27日，每次{money(pay(s))}日元{last(s, '最终回').replace('元）', '日元）')}
契约日：{ymd(s.contract_date)}
本契约适用日本《利息限制法》及《贷金业法》。
"""


def x12(s: Spec) -> str:
    """A bank's 'balloon' consumer loan: instalments figured over ten years, the rest due after three."""
    P = s.principal
    balloon = s.rows[-1]["total"] - pay(s)
    return f"""北辰银行　个人消费贷款（气球贷）合同　主要条款
借款人：廖文斌　　　　贷款金额：{money(P)}元　　　　年利率：{plain(s.rate_value)}%（固定）
贷款期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}。
月供测算：月供按120个月等额本息测算，为{money(pay(s))}元；借款人按月偿还月供共{s.n}期，
　　　　　剩余本金{money(balloon)}元于贷款到期日与最后一期月供一并偿还（最后一期合计{money(s.rows[-1]['total'])}元）。
到期时借款人可申请续贷，续贷须另行审批。
本行不收取任何手续费。签约日期：{ymd(s.contract_date)}
"""


def x13(s: Spec) -> str:
    """A private IOU with an acceptable rate but overdue charges of 千分之五 a day."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""借　条
今借到樊德明人民币{money(P)}元（{daxie(P)}），用于店面装修，借款日{ymd(s.start_date)}，约定于{ymd(end(s))}前
一次归还本金及利息，年利率{plain(s.rate_value)}%，利息{money(i)}元，本息合计{money(total_repaid(s))}元。
如到期未还，每逾期一日，借款人按未还本息的千分之五向出借人支付违约金，直至还清之日止。
借款人：郑海涛　身份证号：4501**********2216
{ymd(s.contract_date)}
"""


def x14_blocks(s: Spec) -> list:
    """A bank's small-business owner loan (docx): the guarantee company's fee is paid on the payout day."""
    P = s.principal
    return [
        ("p", "个人经营性贷款合同"),
        ("br", "贷款人：泰和银行股份有限公司东湖支行", "借款人：卢志远（志远餐饮店经营者）", "保证人：东湖融资担保有限公司"),
        ("p", f"第一条　贷款金额人民币{money(P)}元，用于餐饮店进货及周转。"),
        ("p", f"第二条　贷款期限{s.term_months}个月，自{ymd(s.start_date)}起；年利率{plain(s.rate_value)}%，按月等额本息还款，月还款额{money(pay(s))}元{last(s)}。"),
        ("p", f"第三条　借款人应于放款当日另行向保证人一次性支付担保费{money(fee(s))}元（贷款金额的1.5%），该费用不从贷款中扣除。"),
        ("t", [["项目", "金额（元）"], ["贷款金额", money(P)], ["担保费（放款当日另付）", money(fee(s))], ["还款总额", money(total_repaid(s))]]),
        ("p", f"借款人（签字）：卢志远　　贷款人（盖章）　　签订日期：{ymd(s.contract_date)}"),
    ]


def x15(s: Spec) -> str:
    """A loan whose 'assessment fee' is paid by QR code to a third party on the payout day."""
    P = s.principal
    return f"""借款服务确认函
借款人：覃丽娟
尊敬的客户，您的借款申请已通过审核，具体如下：
1. 借款金额{money(P)}元，由青云小额贷款有限公司于{ymd(s.start_date)}全额发放至您的银行卡。
2. 借款期限{s.n}个月，年利率{plain(s.rate_value)}%，按月等额本息还款，每月{money(pay(s))}元{last(s)}。
3. 风险评估服务由合作机构慧评信息技术有限公司提供，评估费{money(fee(s))}元，请于放款当日扫描下方二维码向评估机构支付，
   未支付的将影响后续借款。
4. 首期还款日{ymd(due(s, 1))}。
日期：{ymd(s.contract_date)}
"""


def x16(s: Spec) -> str:
    """A lending app's H5 confirm page where a 30%-off coupon lowers the daily rate."""
    P = s.principal
    full = s.rate_value / 7 * 10
    plan = [["期数", "还款日", "本金", "利息", "应还"]] + [
        [f"{r['k']}", r["date"].isoformat(), money(r["principal"]), money(r["interest"]), money(r["total"])] for r in s.rows]
    body = f"""<h2>确认借款</h2>
{kv_div([("借款金额", f"¥{money(P)}"), ("借多久", f"{s.n}个月"), ("还款方式", "每月等额"),
         ("日利率", f"原{plain(full)}%，用券后{plain(s.rate_value)}%"), ("优惠", "7折利率券（本笔借款全程有效）")])}
<p>年化利率（单利）{plain(s.rate_value * 365)}%，用券后按此利率计息</p>
<h3>还款计划</h3>
{table_html(plan)}
<p>总利息 ¥{money(total_interest(s))}，无其他费用</p>
<p class="small">资金方：星联消费金融股份有限公司。借款日 {ymd(s.contract_date)}。</p>
<button>确认</button>"""
    return page("确认借款", body, True, "")


def x17(s: Spec) -> str:
    """A motorcycle instalment contract printed in two columns: equal principal (PDF)."""
    P = s.principal
    r1, rn = s.rows[0], s.rows[-1]
    left = ["摩托车消费分期合同", "贷款人：恒信消费金融有限公司", "借款人：潘国栋", "经销商：铁骑摩托（柳州）",
            "车型：QJ 550 巡航", f"贷款金额：{money(P)}元", f"期限：{s.term_months}个月", f"年利率：{plain(s.rate_value)}%"]
    right = ["还款方式：等额本金", f"每月归还本金{money(r1['principal'])}元", "利息按剩余本金逐月计算",
             f"首期应还{money(r1['total'])}元（{ymd(due(s, 1))}）", f"末期应还{money(rn['total'])}元（{ymd(end(s))}）",
             f"利息合计{money(total_interest(s))}元", "贷款直接支付给经销商", f"签约：{ymd(s.contract_date)}"]
    return side_by_side(left, right) + "借款人签字：潘国栋\n"


def x18(s: Spec) -> str:
    """A lending app's personal-information authorisation: names a loan, sets no term of one."""
    return """个人信息查询及使用授权书
致：瑞丰消费金融股份有限公司
本人因申请贷款业务，不可撤销地授权贵司：
（一）向中国人民银行金融信用信息基础数据库查询、打印、保存本人的信用报告；
（二）向依法设立的征信机构、合作的数据服务机构查询本人的身份、学历、社保、公积金、通信等信息；
（三）将本人的借款信息（包括借款金额、期限、还款情况）报送金融信用信息基础数据库。
授权期限：自本授权书签署之日起至本人在贵司的全部业务结清之日止。
本授权书不构成任何借款或担保承诺，贷款金额、利率及期限以双方另行签订的借款合同为准。
授权人：杜海燕　　身份证号：3301**********0427　　签署日期：2025年8月19日
"""


def x19(s: Spec) -> str:
    """A bank's quarterly annuity loan with the dates in Chinese numerals (PDF)."""
    P = s.principal
    rows = "\n".join(f"第{r['k']}期　{cn_date(r['date'])}　{money(r['total'])}元（本金{money(r['principal'])}，利息{money(r['interest'])}）"
                     for r in s.rows)
    return f"""南湖银行　个人贷款合同（节选）
借款人：于晓东　　　　贷款人：南湖银行股份有限公司长兴支行
第一条　贷款金额：{daxie(P)}（¥{money(P)}）。
第二条　贷款期限：贰年，自{cn_date(s.start_date)}起至{cn_date(end(s))}止。
第三条　年利率{plain(s.rate_value)}%，按季等额本息还款（每三个月为一期，共{s.n}期），每期应还{money(pay(s))}元{last(s)}。
第四条　还款计划：
{rows}
签订日期：{cn_date(s.contract_date)}
"""


def x20(s: Spec) -> str:
    """A private loan whose interest is quoted 'per 100 yuan per month 1 yuan 5 jiao', interest monthly."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""借款合同
甲方（出借人）：韩国平　　　乙方（借款人）：黎永康
1. 乙方向甲方借款{money(P)}元，甲方于{ymd(s.start_date)}通过微信转账交付。
2. 借款期限{s.term_months}个月。利息按每百元每月壹元伍角计算，乙方每月{s.start_date.day}日支付当月利息{money(i)}元，
   第{s.n}个月付息时一并归还全部本金。
3. 乙方逾期的，甲方有权要求乙方承担律师费等实现债权的费用。
甲方：韩国平　　乙方：黎永康　　{ymd(s.contract_date)}
"""
