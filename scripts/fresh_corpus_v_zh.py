#!/usr/bin/env python3
"""The Chinese renderers of held-out batch V (tests/fresh/zh/zh-e*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_v.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, cn_date, daxie, money, plain  # noqa: E402
from fresh_corpus_b import total_repaid, ymd  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_s_zh import last, side_by_side  # noqa: E402


def md(d) -> str:
    return f"{d.month}月{d.day}日"


def fees_total(s: Spec) -> D:
    return sum((r["fees"] for r in s.rows), D(0))


def e01(s: Spec) -> str:
    """A bank's 家装分期 (renovation instalment) contract page (PDF): a monthly 手续费率 folded into
    the 月供, no interest; the schedule as a table."""
    P = s.principal
    f = fee(s)
    rows = "\n".join(f"{r['k']:>2} | {ymd(r['date'])} | {money(r['principal'])} | {money(r['fees'])} | {money(r['total'])}"
                     for r in s.rows[:3])
    return f"""青屿银行　家装分期业务合同（核心条款页）
申请人：邵嘉禾　　装修合同号：JZ-QY-2026-0811　　装修服务商：木语家居装饰工程有限公司
分期金额（由本行直接支付至装修服务商账户）：人民币{money(P)}元
分期期数：{s.n}期（月）
月手续费率：{plain(s.fees[0].percent)}%（按分期金额计收，每期相同）
本业务不收取利息。每期应还款额（月供）＝分期金额÷期数＋分期金额×月手续费率，月供已包含当期手续费。
月供：{money(pay(s))}元{last(s)}；其中每期手续费{money(f)}元，手续费合计{money(fees_total(s))}元。
首期还款日：{ymd(due(s, 1))}，以后每月同日。
期次 | 还款日 | 本金 | 手续费 | 月供
{rows}
…… | …… | …… | …… | ……
{s.n} | {ymd(end(s))} | {money(s.rows[-1]['principal'])} | {money(s.rows[-1]['fees'])} | {money(s.rows[-1]['total'])}
合计 | — | {money(P)} | {money(fees_total(s))} | {money(total_repaid(s))}
提前结清的，已收取的手续费不退，剩余未到期手续费不再收取。
申请人签字：邵嘉禾　　　　银行盖章：青屿银行股份有限公司信用卡中心
签约日期：{ymd(s.contract_date)}
"""


def e02(s: Spec) -> str:
    """A hair-transplant clinic's order screen (PNG): the financed amount is a column of the order
    table, beside the order total and the down payment."""
    P = s.principal
    order = P + D(4000)
    return f"""我的订单 · 分期详情
订单状态：已下单（分期已放款至机构）　　下单时间：{ymd(s.contract_date)} 16:08
项目　　　　　　　　订单金额　　首付　　　分期金额　　期数
FUE毛发种植2000单位{money(order)}　　4,000.00　　{money(P)}　　{s.n}
月服务费率：{plain(s.fees[0].percent)}%　　每月服务费：{money(fee(s))}元
每月应还：{money(pay(s))}元{last(s)}（含本金及服务费）
首期还款日：{ymd(due(s, 1))}
机构：青丝源植发医疗门诊部　　资金方：锦程消费金融有限公司
本分期不收取利息。
"""


def e03(s: Spec) -> str:
    """A funeral-services instalment agreement: the lender pays the funeral company for the
    family, who repays monthly."""
    P = s.principal
    return f"""殡葬服务分期付款协议
甲方（出借人）：安居消费金融有限公司
乙方（借款人）：柳一帆（逝者柳守成之子）
丙方（服务方）：福寿园殡葬服务有限公司
鉴于乙方委托丙方办理其父柳守成的治丧事宜（含遗体接运、告别仪式、火化及骨灰安放），服务费用合计{money(P + D(6000))}元，乙方已自付{money(D(6000))}元，余款申请分期支付。
一、甲方向乙方提供借款{money(P)}元，专项用于支付上述殡葬服务余款；乙方不可撤销地委托甲方将借款直接划付至丙方账户，划付即视为甲方已向乙方发放借款。
二、乙方按月向甲方还款，共{s.n}期，每期{money(pay(s))}元{last(s)}，每月{due(s, 1).day}日还款，首期{ymd(due(s, 1))}。
三、借款年化利率（单利）{plain(s.rate_value)}%，按等额本息计算，除利息外甲方不收取其他费用。
四、丙方服务内容如有变更，不影响本协议项下的还款义务；丙方退还的服务费用应划至甲方账户用于提前还款。
签署日期：{ymd(s.contract_date)}
"""


def e04_blocks(s: Spec) -> list:
    """A 助贷 loan (DOCX): the bank's loan contract and, in the same file, a separate 委托担保合同
    whose guarantee fee is paid each month with the instalment."""
    P = s.principal
    g = fee(s)
    return [
        ("p", "个人消费贷款合同"),
        ("p", "贷款人：北川银行股份有限公司　　借款人：詹晓峰　　推荐及贷后服务机构（助贷机构）：易达数科技术有限公司"),
        ("p", f"第一条　贷款金额{money(P)}元，期限{s.term_months}个月，年利率{plain(s.rate_value)}%，按月等额本息还款，"
              f"每期本息{money(s.rows[0]['principal'] + s.rows[0]['interest'])}元。"),
        ("p", "第二条　本合同项下贷款由借款人委托担保人提供连带责任保证，担保费用依委托担保合同另行约定。"),
        ("p", f"签订日期：{ymd(s.contract_date)}"),
        ("p", "委托担保合同"),
        ("p", "委托人（借款人）：詹晓峰　　担保人：瑞信融资担保有限公司"),
        ("p", f"第一条　委托人委托担保人为其在北川银行的{money(P)}元贷款提供保证担保。"),
        ("p", f"第二条　担保费按贷款本金的{plain(s.fees[0].percent)}%按月计收，每月{money(g)}元，于每期还款日随贷款本息一并扣收，"
              f"共{s.n}期，合计{money(fees_total(s))}元。"),
        ("table", [["期次", "还款日", "本息", "担保费", "合计"]]
         + [[str(r["k"]), ymd(r["date"]), money(r["principal"] + r["interest"]), money(r["fees"]), money(r["total"])]
            for r in s.rows]),
        ("br", "委托人（签字）：詹晓峰", "担保人（盖章）：瑞信融资担保有限公司", f"日期：{ymd(s.contract_date)}"),
    ]


def e05(s: Spec) -> str:
    """A microloan contract: interest quoted per 1,000 yuan per MONTH, interest each month on a
    named day, the principal only with the last period."""
    P = s.principal
    per_k = s.rate_value * 10
    return f"""借款合同（经营周转）
贷款人：海晏小额贷款股份有限公司　　借款人：邝志强
第一条　借款本金：{money(P)}元（{daxie(P)}）。
第二条　借款期限{s.term_months}个月，自{ymd(s.start_date)}起。
第三条　利息：每千元每月利息{plain(per_k)}元，按借款本金计算。
第四条　还款：借款期内每月{due(s, 1).day}日为付息日，借款人仅支付当月利息{money(s.rows[0]['interest'])}元，本金无须归还；
最后一个付息日（{ymd(end(s))}）借款人归还全部本金并付清当月利息，合计{money(s.rows[-1]['total'])}元。
第五条　除利息外，贷款人不向借款人收取任何费用。
签订日期：{ymd(s.contract_date)}
"""


def e06(s: Spec) -> str:
    """A bank's bare repayment schedule page (HTML) for an equal-principal loan."""
    plan = [["期数", "还款日期", "应还本金", "应还利息", "应还总额", "剩余本金"]]
    bal = s.principal
    for r in s.rows:
        bal -= r["principal"]
        plan.append([str(r["k"]), r["date"].isoformat(), money(r["principal"]), money(r["interest"]), money(r["total"]), money(bal)])
    body = f"""<h2>还款计划</h2>
{kv_div([("贷款账号", "6217 **** **** 3390"), ("贷款金额", money(s.principal)), ("放款日期", s.start_date.isoformat()),
         ("执行利率", f"{plain(s.rate_value)}%（年）"), ("还款方式", "每月归还相同本金，利息逐月递减"), ("贷款期限", f"{s.n}个月")])}
{table_html(plan)}
<p class="muted">本计划依据放款时执行利率生成，仅供参考。兴汇银行</p>"""
    return page("还款计划", body, True, "")


def e07(s: Spec) -> str:
    """A handwritten-style IOU: amount and rate only in words, dates in Chinese numerals, 利随本清."""
    P = s.principal
    return f"""借　条
今借到牛建国人民币{daxie(P)}，借款人于{cn_date(s.start_date)}收到全部现金。
借期八个月，自{cn_date(s.start_date)}起至{cn_date(end(s))}止。
年利率按百分之十五计算，利随本清，到期之日本金利息一次付清。
如到期不还，出借人可向出借人住所地人民法院起诉。
借款人：简学勤（按手印）
身份证号：5101xxxxxxxx2214
{cn_date(s.contract_date)}
"""


def e08(s: Spec) -> str:
    """An electronic IOU platform's record page (HTML): a concluded private loan."""
    P = s.principal
    body = f"""<h2>借条详情</h2>
{kv_div([("借条状态", "待还款"), ("出借人", "胡*云"), ("借款人", "龙*川"), ("借款金额", f"{money(P)}元"),
         ("年化利率", f"{plain(s.rate_value)}%"), ("借款日期", ymd(s.start_date)), ("还款日期", ymd(end(s))),
         ("借款天数", f"{s.term_days}天"), ("还款方式", "到期一次还本付息"), ("应还利息", f"{money(s.rows[0]['interest'])}元"),
         ("到期应还", f"{money(total_repaid(s))}元"), ("借款用途", "个人消费"), ("签署方式", "双方已电子签名")])}
<p class="muted">本平台仅提供借条存证服务，不参与出借。</p>"""
    return page("借条详情", body, True, "")


def e09(s: Spec) -> str:
    """An online-lending agreement: a 居间咨询费 and a 风险评估费 'collected once at payout' from the
    loan money (砍头息 disguised as fees)."""
    P = s.principal
    f1, f2 = s.fees
    got = P - f1.amount - f2.amount
    return f"""借款协议（网络借贷信息中介）
出借人：见本协议附件出借人列表　　借款人：段明哲　　居间服务方：鑫诚网络科技有限公司
1. 借款金额：{money(P)}元；借款期限：{s.n}个月；年利率：{plain(s.rate_value)}%；还款方式：等额本息，每月还款{money(pay(s))}元{last(s)}。
2. 服务费用：借款人应向居间服务方支付居间咨询费{money(f1.amount)}元、风险评估费{money(f2.amount)}元，上述费用于放款时一次性收取，借款人同意由居间服务方在划付借款资金时直接扣除。
3. 借款人实际到账金额为{money(got)}元，但借款人应按本协议第1条约定的借款金额还本付息。
4. 首期还款日为{ymd(due(s, 1))}。
协议生效日期：{ymd(s.contract_date)}
"""


def e10(s: Spec) -> str:
    """An instalment detail page: the charge is a monthly 服务费率 on the balance at the start of each
    period, the principal in equal parts; no 'interest' is named."""
    P = s.principal
    lines = "\n".join(f"第{r['k']}期　{ymd(r['date'])}　本金{money(r['principal'])}　服务费{money(r['interest'])}　合计{money(r['total'])}"
                      for r in s.rows)
    return f"""分期借款详情
借款金额　　{money(P)}元　　　放款时间　　{ymd(s.contract_date)}
分期期数　　{s.n}期　　　　　每期归还本金　{money(s.rows[0]['principal'])}元
月服务费率　{plain(s.rate_value)}%（按每期期初剩余未还本金计收）
本产品不收取利息，服务费随每期本金一并归还。
{lines}
合计应还　　{money(total_repaid(s))}元
提供方：星桥消费金融有限公司
"""


def e11(s: Spec) -> str:
    """A Japanese consumer-finance contract in a Chinese translation, yen (out of scope)."""
    P = s.principal
    yen = lambda x: f"{int(x.quantize(D(1))):,}"  # noqa: E731
    return f"""金钱消费借贷契约书（中文译本，仅供参考，以日文原件为准）
贷款人：株式会社みなと消費者金融（关东财务局长登记第01234号）
借款人：王浩然（在留卡号 AB1234567CD）
借款金额：{yen(P)}日元
借款利率：实际年利率{plain(s.rate_value)}%（按日计算，一年按365日）
还款方式：元利均等还款，共{s.n}次，每月{due(s, 1).day}日还款，每次{yen(pay(s))}日元（最终回{yen(s.rows[-1]['total'])}日元）
首次还款日：{due(s, 1).year}年{due(s, 1).month}月{due(s, 1).day}日
迟延损害金：年20.0%
契约日期：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日
"""


def e12(s: Spec) -> str:
    """A parents' gift contract for a flat's down payment that says it is not a loan."""
    return """赠与合同
赠与人：石国平、汪秀兰（夫妻）
受赠人：石磊（赠与人之子）
一、赠与人自愿将人民币叁拾万元整（300,000.00元）赠与受赠人个人，用于受赠人购买位于江城市东湖区樱园路9号2栋1501室房屋的首付款。
二、该款项系赠与人对受赠人个人的赠与，不属于借款，受赠人无需返还，亦不支付任何利息；该款项为受赠人个人财产，不属于受赠人夫妻共同财产。
三、赠与人于2026年4月10日前将上述款项一次性转入受赠人名下银行账户。
赠与人（签字）：石国平　汪秀兰　　受赠人（签字）：石磊
签订日期：二〇二六年四月八日
"""


def e13(s: Spec) -> str:
    """A law firm's demand letter (律师函) about an overdue private loan: not a loan document."""
    return """律　师　函
（2026）明律函字第0917号
致：韦俊杰先生
明镜律师事务所受贺晓东先生委托，就您与其之间的民间借贷纠纷，郑重函告如下：
据委托人陈述并提供的借条、银行转账凭证显示，您于2025年11月3日向委托人借款60,000元，约定2026年5月3日归还，年利率6%。
截至本函发出之日，您仍未归还上述借款本金及利息。
请您在收到本函之日起七日内，向委托人归还借款本金60,000元及利息1,800元。逾期未还，本所将依委托人授权向人民法院提起诉讼。
明镜律师事务所　　律师：庞雨晴
二〇二六年九月十四日
"""


def e14(s: Spec) -> str:
    """A car dealer's instalment offer sheet: 0% interest, a TOTAL 手续费率 spread evenly into the
    月供."""
    P = s.principal
    total_rate = s.fees[0].percent * s.n
    return f"""购车分期确认单
车型：启程 E5 尊享版　　车辆指导价：168,800.00元　　首付：{money(D(168800) - P)}元
贷款金额：{money(P)}元　　期数：{s.n}期
厂商贴息，贷款利率0%；分期手续费率（总）{plain(total_rate)}%，手续费合计{money(fees_total(s))}元，按期平均收取，已含在月供中。
月供：{money(pay(s))}元{last(s)}
首次还款日：{ymd(due(s, 1))}，贷款机构：启程汽车金融有限公司
客户签字：甘宇航　　日期：{ymd(s.contract_date)}
"""


def e15(s: Spec) -> str:
    """A payout SMS (PNG) with the rate per 10,000 yuan per day and a single repayment date."""
    P = s.principal
    per_10k = s.rate_value * 100
    return f"""【融信消费金融】尊敬的客户，您申请的借款{money(P)}元已于{md(s.start_date)}发放至尾号4407的银行卡。
日利息：每万元每日{plain(per_10k)}元；借款{s.term_days}天，请于{ymd(end(s))}一次性归还本息{money(total_repaid(s))}元（利息{money(s.rows[0]['interest'])}元），
可提前还款，按实际天数计息。如有疑问请致电官方客服。退订回T
"""


def e16(s: Spec) -> str:
    """A court's civil mediation paper (民事调解书) in a loan dispute: not a loan document."""
    return """南湖区人民法院
民事调解书
（2026）湘0105民初4417号
原告：殷红梅　　被告：裴志远
案由：民间借贷纠纷
原告诉称，被告于2025年4月向原告借款80,000元，到期未还。
本案经本院主持调解，双方当事人自愿达成如下协议：
一、被告于2026年9月30日前归还原告借款本金80,000元；
二、被告于2026年12月31日前支付原告资金占用损失4,000元；
三、案件受理费减半收取900元，由被告负担。
上述协议符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。
二〇二六年七月八日
"""


def e17(s: Spec) -> str:
    """A microloan contract in two printed columns (PDF): one repayment with an account fee at
    maturity; dates in Chinese numerals."""
    P = s.principal
    f = s.fees[0]
    left = ["短期借款合同", "贷款人：宁远小额贷款有限公司", "借款人：卓雅婷", f"借款金额：{money(P)}元",
            f"借款期限：{s.term_months}个月", f"起息日：{cn_date(s.start_date)}", f"到期日：{cn_date(end(s))}"]
    right = [f"年利率：{plain(s.rate_value)}%", "还款方式：到期一次性还本付息", f"到期应付利息：{money(s.rows[0]['interest'])}元",
             f"账户管理费：{money(f.amount)}元，", "于到期日与本息一并支付", f"到期合计应付：{money(total_repaid(s))}元",
             f"签订日期：{cn_date(s.contract_date)}"]
    return side_by_side(left, right, 22)


def e18(s: Spec) -> str:
    """An orthodontic-treatment instalment (牙齿矫正分期): interest free, a fixed account fee each
    month, the money paid straight to the clinic."""
    P = s.principal
    return f"""口腔正畸治疗分期付款合同
患者（借款人）：戴文博　　诊疗机构：皓齿口腔门诊部　　分期服务商：恒途消费金融有限公司
治疗项目：隐形矫治（全程，费用{money(P)}元）
一、分期服务商按患者委托将治疗费{money(P)}元直接支付给诊疗机构。
二、患者分{s.n}期归还，免息；每期另收取账户管理费{money(fee(s))}元，每期合计{money(pay(s))}元{last(s)}，
首期{ymd(due(s, 1))}，以后每月同日。
三、患者中途终止治疗的，不影响本合同项下的还款义务；诊疗机构退还的费用用于提前还款。
签订日期：{ymd(s.contract_date)}
"""


def e19(s: Spec) -> str:
    """A rural credit union's farmer credit loan (PDF): the monthly rate in 千分之 (per mille),
    equal instalments."""
    P = s.principal
    per_mille = s.rate_value * 10
    return f"""乐平农村信用合作联社
农户小额信用贷款借款合同
借款人：包振华（种植户）　　贷款证号：LP-NH-2026-0392
借款金额：人民币{daxie(P)}（{money(P)}元）
借款用途：购买化肥、种苗
借款期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}
借款利率：月利率{plain(per_mille)}‰（千分之{plain(per_mille)}）
还款方式：按月等额本息，每月还款{money(pay(s))}元{last(s)}，首次还款日{ymd(due(s, 1))}。
本贷款不收取任何手续费、管理费。
借款人（签章）：包振华　　贷款人（签章）：乐平农村信用合作联社
签订日期：{ymd(s.contract_date)}
"""


def e20(s: Spec) -> str:
    """A car-title loan that keeps the car with the borrower (押证不押车): a GPS fee paid in cash at
    signing and a monthly vehicle-management fee in each instalment."""
    P = s.principal
    gps, mgmt = s.fees
    return f"""车辆抵押借款合同（押证不押车）
出借人：驰远小额贷款有限公司　　借款人：聂海涛
抵押车辆：大众朗逸 2021款，车牌湘A·7K3**，登记证书交出借人保管，车辆由借款人继续使用。
一、借款金额{money(P)}元，借款期限{s.n}个月，月利率{plain(s.rate_value)}%，等额本息。
二、GPS安装及服务费{money(gps.amount)}元，由借款人在签约当日另行以现金支付，不从借款中扣除。
三、车辆管理费按借款金额的{plain(mgmt.percent)}%按月收取，每月{money(mgmt.per_payment(P))}元，与本息一并归还。
四、每月还款合计{money(pay(s))}元{last(s)}，首期{ymd(due(s, 1))}。
签订日期：{ymd(s.contract_date)}
"""
