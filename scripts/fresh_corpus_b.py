#!/usr/bin/env python3
"""Held-out batch B of the fresh phrasing corpus (tests/fresh/{zh,en}/*-g*): contracts that nobody
tuning the extractors has seen, to measure whether fixes made against batch A (`*-f*`) generalise.

    python3 scripts/fresh_corpus_b.py            # (re)write tests/fresh/{zh,en}/*-g* (txt, pdf, expected.json)
    python3 scripts/fresh_corpus_b.py --check    # recompute and diff against the committed files

The PARAMETERS, the arithmetic and the expected.json schema are those of scripts/fresh_corpus.py
(imported: `Spec`, `Fee`, `compute`, `expected`, the Decimal IRR solvers, `write_pdf`), so both batches
are scored by the same rules (tests/fresh_corpus.rs, scripts/accuracy.py). The TEXTS are new: each
contract here has its own hand-written renderer (no shared template), in layouts and wordings chosen
to be unlike batch A: bank SMS/notice letters, app screens, 借条 and 借据 in handwriting style,
decimal-numbered clauses, checkbox application forms, printed schedules, space-aligned two-column
key tables, HK and Taiwan 繁體 contracts (ROC dates), SECCI forms, glued app text, legal-ese notes.

Hand checks (independent of the solver) are written next to each spec as `notes`; a few are also
spelled out as comments. Needs Python >= 3.11 and, for the PDFs, reportlab + WenQuanYi Micro Hei.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
from fresh_corpus import (  # noqa: E402
    D, OUT, ROOT, Fee, Spec, cn_date, cn_small, compute, daxie, fullwidth, money, plain,
    r2, write_pdf,
)

date = dt.date


def ymd0(d: dt.date) -> str:
    """2025-09-03 -> 2025年09月03日 (zero-padded, as bank systems print it)."""
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def ymd(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dash(d: dt.date) -> str:
    return d.isoformat()


def usd(x: Decimal, sym: str = "$") -> str:
    return f"{sym}{r2(x):,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_en(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def uk_date(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def total_repaid(s: Spec) -> Decimal:
    return sum((row["total"] for row in s.rows), D(0))


def total_interest(s: Spec) -> Decimal:
    return sum((row["interest"] for row in s.rows), D(0))


def fee_amount(s: Spec, i: int = 0) -> Decimal:
    return s.fees[i].per_payment(s.principal)


def last(s: Spec) -> dict:
    return s.rows[-1]


def cost2(s: Spec) -> str:
    return f"{r2(s.cost)}"


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per contract
# ---------------------------------------------------------------------------------------------


def g01(s: Spec) -> str:
    fee = fee_amount(s)
    first = s.rows[0]
    return f"""【华兴银行信用卡中心】账单分期办理结果通知
尊敬的王丽华女士：
您尾号8842的信用卡已于{ymd0(s.contract_date)}成功办理账单分期业务，明细如下——
  分期本金…………人民币{money(s.principal)}元
  分期期数…………{s.n}期（按月入账）
  每期应还本金……{money(first['principal'])}元
  每期分期手续费…{money(fee)}元（期费率{plain(s.fees[0].percent)}%，按分期本金计收）
  首期入账日………{ymd0(s.rows[0]['date'])}
分期手续费按期收取，随每期分期本金一并计入当期账单，不另收取利息。分期期间如提前结清，剩余未入账的分期手续费不再收取。
温馨提示：分期本金将占用您的信用额度，随每期入账逐期恢复。
如有疑问请致电客服热线 95xxx。
华兴银行信用卡中心
{ymd0(s.contract_date)}
"""


def g02(s: Spec) -> str:
    interest = s.rows[0]["interest"]
    return f"""小额借款合同
合同编号：XD-2025-04-0937
贷款人（甲方）：宁远市恒信网络小额贷款有限公司
借款人（乙方）：刘志强  身份证号码：3301**********1234

第一条  借款金额
甲方同意向乙方发放贷款人民币{daxie(s.principal)}（小写：{money(s.principal)}元）。

第二条  借款期限
借款期限为{cn_small(s.term_months)}个月，自{ymd(s.start_date)}起至{ymd(last(s)['date'])}止，以借款借据记载为准。

第三条  借款利率
本合同项下借款按年利率{plain(s.rate_value)}%（单利）计息，按日计算，日利率＝年利率÷360。为免歧义，各期利息按月计收，不受当月实际天数影响。

第四条  还款
4.1 还款方式：按月结息、到期还本。
4.2 乙方应在每个结息日（每月{s.start_date.day}日）向甲方支付当期应付利息人民币{money(interest)}元，最后一期利息与借款本金{money(s.principal)}元于借款到期日一并归还。

第五条  逾期责任
乙方未按期还款的，甲方有权就逾期部分按本合同约定利率上浮50%计收罚息。

第六条  争议解决
因本合同发生的争议，由甲方住所地人民法院管辖。

甲方（盖章）：宁远市恒信网络小额贷款有限公司
乙方（签字）：刘志强
签订日期：{ymd(s.contract_date)}
"""


def g03(s: Spec) -> str:
    lines = [f"{row['k']:>2}\t{dash(row['date'])}\t{money(row['principal']):>10}\t{money(row['interest']):>8}\t{money(row['total']):>10}"
             for row in s.rows]
    table = "\n".join(lines)
    return f"""个人消费贷款还款计划表
借款人：陈思远            贷款账号：6230 **** **** 5581
贷款银行：江南农村商业银行股份有限公司城东支行
贷款本金：{money(s.principal)}元    执行年利率：{plain(s.rate_value)}%
贷款期限：{s.term_months}个月（{ymd(s.start_date)}—{ymd(last(s)['date'])}）
还款方式：等额本金（每月归还相同本金，利息按剩余本金计算）
放款日期：{ymd(s.start_date)}

期次\t还款日\t应还本金\t应还利息\t本期合计
{table}
合计\t\t{money(s.principal)}\t{money(total_interest(s))}\t{money(total_repaid(s))}

注：以上还款计划依据合同约定生成，如遇利率调整或提前还款，以银行系统实际扣款为准。
打印日期：{ymd(s.contract_date)}
"""


def g04(s: Spec) -> str:
    interest = s.rows[0]["interest"]
    return f"""借款详情
──────────
借款金额            ¥{money(s.principal)}
借款时间            {dash(s.start_date)} 14:32
借款天数            {s.term_days}天
到期日              {dash(last(s)['date'])}
日利率              {plain(s.rate_value)}%（按日计息，随借随还）
还款方式            到期一次还本付息 ›
应还利息            ¥{money(interest)}
到期应还            ¥{money(total_repaid(s))}
收款账户            招商银行(尾号3390)
资金方              锦程消费金融有限公司
──────────
提前还款：支持随时还款，利息按实际借款天数计算，无提前还款手续费。
逾期后按日利率的1.5倍计收罚息。
"""


def g05(s: Spec) -> str:
    return f"""个人消费贷款合同（节选）
借款人：赵明轩
贷款人：中原银行股份有限公司郑州分行

第一条 贷款金额：人民币{daxie(s.principal)}（¥{money(s.principal)}）。
第二条 贷款期限：{s.term_months}个月。
第三条 贷款利率
（一）本合同项下贷款利率采用浮动利率，以定价基准加点确定。定价基准为合同签订日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR），加点幅度为{s.lpr_spread_bp}个基点（1个基点＝0.01%）。
（二）合同签订日的一年期LPR为{s.rate_value - D(s.lpr_spread_bp) / 100:.2f}%，本合同执行年利率为{s.rate_value:.2f}%。
（三）利率调整：每年1月1日按当日LPR调整一次，加点幅度在合同期内不变。
第四条 还款方式：按月等额本息还款，每月{s.start_date.day}日为还款日，月供人民币{money(s.payment)}元。
第五条 本合同自双方签字或盖章之日起生效。

借款人（签字）：赵明轩        贷款人（盖章）
签约日期：{ymd(s.contract_date)}
"""


def g06(s: Spec) -> str:
    return f"""借  条

今借到张建国（身份证号：4201**********0716）人民币{daxie(s.principal)}（¥{money(s.principal)}），月利率百分之{cn_small(int(s.rate_value))}，借期壹年（{cn_date(s.start_date)}至{cn_date(last(s)['date'])}），到期一次性归还本金及利息，利息共计人民币{daxie(last(s)['interest'])}。以转账方式交付，借款人收到款项时本借条生效。
如到期未还，出借人可向其住所地人民法院起诉。

借款人：李卫东（手印）
身份证号：4201**********3352
{cn_date(s.contract_date)}
"""


def g07(s: Spec) -> str:
    interest = last(s)["interest"]
    body = f"""借款协议
出借人：周海峰（下称甲方）
借款人：吴晓东（下称乙方）
1、借款金额：人民币{money(s.principal)}元。
2、借款期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(last(s)['date'])}。
3、借款利息：年利率{plain(s.rate_value)}%，借款到期时连同本金一次付清，利息合计{money(interest)}元。
4、甲方于{ymd(s.start_date)}通过银行转账向乙方支付全部借款。
5、逾期未还的，乙方按未还金额每日0.05%向甲方支付违约金。
甲方：周海峰    乙方：吴晓东
日期：{ymd(s.contract_date)}
"""
    return fullwidth(body)


def g08(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""借款及担保服务协议
甲方（借款人）：孙丽娜
乙方（贷款人）：北川银行股份有限公司
丙方（担保人）：鑫安融资担保有限公司
丁方（平台服务方）：蓝桥数字科技有限公司

一、借款信息
借款本金为人民币{money(s.principal)}元，借款期限{s.term_months}个月，年化利率（单利）{plain(s.rate_value)}%，按月等额本息还款，每月应还本息{money(s.payment)}元。丁方仅提供信息撮合及技术服务，不向甲方收取费用。

二、担保服务
丙方为甲方在本协议项下的全部还款义务提供连带责任保证。甲方应按月向丙方支付担保服务费，每月费率为借款本金的{plain(s.fees[0].percent)}%，即每月{money(fee)}元，与当期本息同日扣收。担保服务费不因提前还款而退还。

三、还款
甲方授权乙方于每月{s.start_date.day}日从其绑定银行卡扣收当期应还本息及担保服务费，合计每月{money(s.payment + fee)}元。

四、其他
本协议经各方通过电子签名方式签署，签署日期为{ymd(s.contract_date)}。
"""


def g09(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""确认借款
借多少    ¥{plain(s.principal)}
借多久    {s.n}个月
怎么还    每月等额还款，月供¥{money(s.payment)}
年化利率  {plain(s.rate_value)}%（单利）
会员服务费  ¥{plain(fee)}/月，共{s.n}个月，随月供一并扣除
   开通「极速会员」享优先放款、专属客服（借款期间按月收取）
首次还款日  {ymd(s.rows[0]['date'])}
资金方    瑞丰消费金融股份有限公司
☑ 我已阅读并同意《借款合同》《极速会员服务协议》
[ 确认借款 ]
"""


def g10(s: Spec) -> str:
    return f"""借款合同
贷款人：安平小额贷款股份有限公司
借款人：郑晓光
一、借款金额：{plain(s.principal / 10000)}万元（大写：人民币{daxie(s.principal)}）。
二、借款期限：{cn_small(s.term_months)}个月，自{ymd(s.start_date)}起至{ymd(last(s)['date'])}止。
三、借款利率：月利率{plain(s.rate_value)}%。
四、利息支付：借款期限内的全部利息共计{money(s.interest_deducted)}元，由贷款人在发放贷款时一次性预先收取，借款人实际到账金额为{money(s.received)}元。
五、还款：借款人应于借款到期日一次性归还借款本金{plain(s.principal / 10000)}万元。
六、本合同签订日期：{ymd(s.contract_date)}。
"""


def g11(s: Spec) -> str:
    gps, ins = s.fees
    return f"""汽车消费贷款合同（要素表）
| 项目 | 内容 |
| 借款人 | 黄振宇 |
| 贷款人 | 东风汇通汽车金融有限公司 |
| 车辆 | 长城哈弗H6 2025款 车架号LGWEF6A5******871 |
| 车辆价格 | {money(s.principal + D(42000))}元 |
| 首付款 | 42,000.00元 |
| 贷款金额 | {money(s.principal)}元 |
| 贷款期限 | {s.term_months}个月 |
| 年利率 | {plain(s.rate_value)}% |
| 还款方式 | 等额本息，月供{money(s.payment)}元 |
| GPS安装服务费 | {money(gps.amount)}元，放款当日由借款人另行支付给GPS服务商 |
| 车辆保险分期 | 每月{money(ins.amount)}元，与月供一并扣款 |
| 合同签订日 | {ymd(s.contract_date)} |
借款人确认已阅读并理解上述全部条款。
"""


def g12(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""学员分期付款申请表
学员姓名：何佳怡    报读课程：UI设计全能班（线下脱产）
培训机构：上海启航职业技能培训有限公司
合作资金方：兴业消费金融股份有限公司
课程总价：{money(s.principal)}元    首付：0元    申请分期金额：{money(s.principal)}元
分期期数：□6期  ☑{s.n}期  □18期  □24期
每期应还：本金{money(s.rows[0]['principal'])}元 + 分期服务费{money(fee)}元 = {money(s.rows[0]['total'])}元
分期服务费：按申请分期金额的{plain(s.fees[0].percent)}%/期收取，不另收利息
是否已试听：☑是  □否
申请人签字：何佳怡          申请日期：{ymd(s.contract_date)}
"""


def g13(s: Spec) -> str:
    return f"""貸款協議
放債人：富銀財務有限公司（放債人牌照號碼：1234/2025）
借款人：陳嘉欣（香港身份證號碼：Y123***(4)）

一、貸款本金：港幣{daxie(s.principal, trad=True)}（HK$ {money(s.principal)}）。
二、貸款期限：{cn_small(s.n)}個月，每月等額攤還本息，每期還款額港幣{money(s.payment)}元。
三、利率：年利率{plain(s.rate_value)}%，按月計息。
四、借款人須於每月{s.start_date.day}日或之前將每期款項存入放債人指定之銀行戶口。
五、本協議受香港特別行政區法律管轄，雙方同意接受香港特別行政區法院之非專屬管轄權。
簽署日期：{ymd(s.contract_date)}
"""


def g14(s: Spec) -> str:
    return f"""个人借款合同
甲方（贷款人）：华信消费金融有限公司
乙方（借款人）：马文静

第一条 借款金额为人民币{daxie(s.principal)}。
第二条 借款期限为{cn_small(s.term_months)}个月，自放款之日起计算。
第三条 借款年利率为百分之{cn_small(int(s.rate_value))}，按月计息。
第四条 还款方式为等额本息，共分{cn_small(s.n)}期偿还，每期还款金额以还款计划表为准。
第五条 乙方可以提前还款，提前还款的，甲方不收取违约金。
第六条 本合同自双方签署之日起生效，放款日与签署日为同一日。

甲方（盖章）          乙方（签字）：马文静
签署日期：{cn_date(s.contract_date, zero='零')}
"""


def g15(s: Spec) -> str:
    body = f"""个人经营性贷款借款凭证
借款人：钱永刚（个体工商户：永刚五金建材经营部）
贷款人：苏南农村商业银行股份有限公司
借款金额：{plain(s.principal / 10000)}万元
借款用途：经营周转（采购建材）
借款期限：{s.term_months}个月（{ymd(s.start_date)}至{ymd(last(s)['date'])}）
月利率：{plain(s.rate_value)}%
还款方式：等额本息，每月还款{money(s.payment)}元
放款日期：{ymd(s.start_date)}
凭证日期：{ymd(s.contract_date)}
"""
    return fullwidth(body)


def g16(s: Spec) -> str:
    return f"""借款确认书
借款人：林小雨
贷款机构：长银五八消费金融有限公司
借款金额：{money(s.principal)}元
分期：{s.n}期，每月{s.start_date.day}日还款
每期应还：{money(s.payment)}元（最后一期以实际账单为准）
放款时间：{ymd(s.start_date)}
本确认书为《个人借款合同》的组成部分，借款人于{ymd(s.contract_date)}在线签署。
"""


def g17(s: Spec) -> str:
    return f"""借据
借款人：韩东升
贷款人：百联网络小额贷款有限公司
借款金额：人民币{money(s.principal)}元
借款日期：{ymd(s.start_date)}
到期日期：{ymd(last(s)['date'])}
年化利率：{plain(s.rate_value)}%（按实际占用天数计息，一年按365天计）
还款方式：到期一次性还本付息
本借据为借款合同不可分割的组成部分。
"""


def g18(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""借款要素确认
问：借多少？  答：人民币{money(s.principal)}元。
问：借多久？  答：{s.term_months}个月，{ymd(s.start_date)}放款，{ymd(last(s)['date'])}到期。
问：利息怎么算？  答：年利率{plain(s.rate_value)}%，到期与本金一起归还，利息{money(last(s)['interest'])}元。
问：还有别的费用吗？  答：有一笔平台服务费{money(fee)}元，放款时不收取，于借款到期日与本息一并支付。
问：到期一共还多少？  答：{money(total_repaid(s))}元。
出借方：聚财宝网络科技有限公司（撮合）/ 资金方：金桥信托
借款人：邓小军  确认日期：{ymd(s.contract_date)}
"""


def g19(s: Spec) -> str:
    return f"""个人消费贷款申请审批表
申请人：罗婷婷        申请日期：{ymd(s.contract_date)}
贷款银行：西岭银行股份有限公司
申请金额：人民币{money(s.principal)}元
贷款期限：□12个月  ■{s.term_months}个月  □36个月
还款方式：□等额本息  ■等额本金  □按月付息到期还本  □到期一次还本付息
年利率：{plain(s.rate_value)}%
首期还款额：{money(s.rows[0]['total'])}元（其中本金{money(s.rows[0]['principal'])}元，利息{money(s.rows[0]['interest'])}元），以后各期逐月递减
审批意见：■同意  □不同意
审批人：周敏    审批日期：{ymd(s.contract_date)}
"""


def g20(s: Spec) -> str:
    fee = fee_amount(s)
    return (f"借款协议：出借方为融e通（平台）撮合的资金方，借款人为袁志刚，借款人于{ymd(s.contract_date)}通过平台申请借款"
            f"人民币{money(s.principal)}元，借款期限{s.term_months}个月，年利率{plain(s.rate_value)}%，按月等额本息还款，"
            f"每月还款{money(s.payment)}元，借款人同意平台按借款本金的{plain(s.fees[0].percent)}%收取平台服务费{money(fee)}元，"
            f"该服务费在放款时从借款本金中直接扣除，借款人实际到账金额为{money(s.received)}元，但借款人仍应按借款本金"
            f"{money(s.principal)}元归还本息，借款人逾期的，应按逾期本金每日0.1%支付违约金，本协议自借款人点击确认之日起生效。\n")


def g21(s: Spec) -> str:
    q = s.rows[0]["interest"]
    return f"""个人经营贷款合同
贷款人：东海银行股份有限公司
借款人：冯建军

1. 贷款
1.1 贷款金额：人民币{plain(s.principal / 10000)}万元整（¥{money(s.principal)}）。
1.2 贷款期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(last(s)['date'])}。
2. 利率与计息
2.1 年利率{plain(s.rate_value)}%，固定不变。
2.2 按季结息，结息日为每季度末月的{s.start_date.day}日。
3. 还款
3.1 借款人于每个结息日支付当季利息，每季利息人民币{money(q)}元。
3.2 贷款本金于贷款到期日一次性归还。
4. 签署
4.1 本合同于{ymd(s.contract_date)}签署。
"""


def g22(s: Spec) -> str:
    return """设备买卖合同
卖方（甲方）：常州精工数控机床有限公司
买方（乙方）：嘉兴佳和五金制品有限公司
一、标的：立式加工中心VMC-850一台，含税单价人民币120,000.00元。
二、付款方式：合同签订后3日内乙方支付货款的30%即36,000.00元作为首付款；设备验收合格后30日内支付40%即48,000.00元；余款36,000.00元于验收合格满六个月后支付。上述分期付款不计利息。
三、交货：甲方于收到首付款后45日内送货至乙方厂区并负责安装调试。
四、质量保证：质保期12个月，自验收合格之日起计算。
五、违约责任：乙方逾期付款的，每逾期一日按逾期金额的0.05%向甲方支付违约金；甲方逾期交货的，每逾期一日按合同总价的0.05%支付违约金。
六、签订日期：2025年7月15日。
"""


def g23(s: Spec) -> str:
    return """房屋租赁合同
出租方（甲方）：沈国平
承租方（乙方）：杨帆
一、房屋坐落：杭州市西湖区文三路88号3幢502室，建筑面积89平方米。
二、租赁期限：自2025年9月1日起至2026年8月31日止，共12个月。
三、租金：每月人民币4,500.00元，押二付一，押金9,000.00元于签约时支付，租期届满房屋无损坏的，押金无息退还。
四、租金支付：乙方应于每月1日前支付当月租金，逾期支付的，每逾期一日按月租金的1%支付滞纳金。
五、其他费用：租赁期间的水、电、燃气、物业费由乙方承担。
六、签订日期：2025年8月25日。
"""


def g24(s: Spec) -> str:
    interest = last(s)["interest"]
    return f"""借款记录 | 额度借款
借款单号 20250714XJ0091
借款金额 {money(s.principal)} | 借款期限 {s.term_days}天 | 日息万分之{cn_small(int(s.rate_value * 100))}
起息日 {dash(s.start_date)} | 到期日 {dash(last(s)['date'])}
利息 {money(interest)} | 到期应还 {money(total_repaid(s))}
还款方式 随借随还，按日计息，到期一次性归还本息
资金方 海尔消费金融有限公司
"""


def g25(s: Spec) -> str:
    return f"""住房装修贷款合同要素
贷款金额    {plain(s.principal / 10000)}万元                贷款期限    {cn_small(s.term_months)}个月
年利率      {plain(s.rate_value)}%                  还款方式    等额本金
首期还款    {money(s.rows[0]['total'])}元           末期还款    {money(last(s)['total'])}元
放款日      {ymd(s.start_date)}          贷款人      北方银行股份有限公司
借款人      宋佳明                  签约日      {ymd(s.contract_date)}
"""


def g26(s: Spec) -> str:
    roc = s.contract_date.year - 1911
    return f"""個人信用貸款契約書
立約人：林志明（以下簡稱借款人）
貸款銀行：臺灣中興商業銀行股份有限公司（以下簡稱銀行）

第一條 借款金額：新臺幣{daxie(s.principal, trad=True)}（NT$ {money(s.principal)}）。
第二條 借款期間：自中華民國{roc}年{s.start_date.month}月{s.start_date.day}日起{s.term_months // 12}年，共{s.n}期。
第三條 利率：年利率{plain(s.rate_value)}%，按月計息。
第四條 償還方式：按月本息平均攤還，每期應繳新臺幣{money(s.payment)}元。
第五條 合意管轄：因本契約涉訟時，雙方同意以臺灣臺北地方法院為第一審管轄法院。
立約日期：中華民國{roc}年{s.contract_date.month}月{s.contract_date.day}日
"""


def g27(s: Spec) -> str:
    return f"""贷款核心条款一览
项目 / 约定
借款本金 / {money(s.principal)}元
借款期限 / {s.term_months}个月
月利率 / {plain(s.rate_value)}%
还款方式 / 等额本息（每月还款{money(s.payment)}元）
逾期罚息 / 逾期本金按日0.05%计收
提前还款违约金 / 剩余本金的3%（仅在提前还款时收取）
贷款人 / 中银消费金融有限公司
借款人 / 曹雪梅
合同签订日 / {ymd(s.contract_date)}
"""


def g28(s: Spec) -> str:
    return f"""周周还 · 借款协议摘要
借款人：谢文斌    出借方：小象网络小额贷款有限公司
借款金额：{money(s.principal)}元
还款频率：每周还款一次，共{s.n}周
周利率：{plain(s.rate_value)}%
每周还款：{money(s.payment)}元，首次还款日{ymd(s.rows[0]['date'])}
放款日：{ymd(s.start_date)}
签约日：{ymd(s.contract_date)}
"""


def g29(s: Spec) -> str:
    gps, mgmt = s.fees
    return f"""二手车分期付款合同
出借人：安驰汽车金融有限公司          借款人：彭海涛
车辆：2021款丰田卡罗拉1.2T  里程4.2万公里
贷款金额：{money(s.principal)}元
贷款期限：{s.term_months}期（月）
年利率：{plain(s.rate_value)}%    还款方式：等额本息，月供{money(s.payment)}元
GPS设备费：{money(gps.amount)}元，放款时从贷款金额中扣除，实际放款{money(s.received)}元
账户管理费：每月{money(mgmt.amount)}元，与月供同时扣收
签订日期：{ymd(s.contract_date)}
"""


def g30(s: Spec) -> str:
    q = s.rows[0]["interest"]
    return f"""借款合同
出借人（甲方）：杭州禾丰贸易有限公司
借款人（乙方）：朱晓峰
鉴于乙方因资金周转需要向甲方借款，双方经协商一致，订立本合同：
一、借款金额：人民币{daxie(s.principal)}（10万元）。
二、借款期限：壹年，自{ymd(s.start_date)}起至{ymd(last(s)['date'])}止。
三、借款利率：年利率{plain(s.rate_value)}%。
四、付息还本：按季付息，每季度末付息{money(q)}元；本金于借款期满时一次归还。
五、本合同一式两份，自双方签字盖章之日起生效。
甲方（盖章）：杭州禾丰贸易有限公司
乙方（签字）：朱晓峰
签订日期：{ymd(s.contract_date)}
"""


def g31(s: Spec) -> str:
    return f"""借条
本人王强向刘建华借款人民币{money(s.principal)}元，月息2分，借期{cn_small(s.term_months)}个月，自{ymd(s.start_date)}起至{ymd(last(s)['date'])}止，到期本息一并归还，利息共{money(last(s)['interest'])}元。
借款人：王强
{ymd(s.contract_date)}
"""


def g32(s: Spec) -> str:
    return """借款及居间服务协议（模板）
甲方（借款人）：${borrowerName}    身份证号：${borrowerIdNo}
乙方（居间服务方）：${platformName}
丙方（出借人）：${lenderName}
第一条 借款金额：人民币${loanAmount}元，借款期限${loanTerm}个月，年利率${annualRate}%。
第二条 居间服务费：甲方应向乙方支付居间服务费人民币${serviceFee}元。甲方同意，该居间服务费由丙方在发放借款时从借款本金中直接扣除并代乙方收取。
第三条 甲方逾期还款的，应按逾期金额每日${penaltyRate}%支付违约金。
签署日期：${signDate}
"""


def g33(s: Spec) -> str:
    fee = fee_amount(s)
    rows = "\n".join(
        f"第{row['k']}期  {row['date'].month:02d}/{row['date'].day:02d}  应还¥{money(row['total'])}"
        f"（本金{money(row['principal'])} + 利息{money(row['interest'])} + 服务费{money(row['fees'])}）"
        for row in s.rows)
    return f"""还款计划
借款金额 ¥{money(s.principal)} · 分{s.n}期 · 年利率{plain(s.rate_value)}%（单利）· 等额本息
每期另收平台服务费¥{money(fee)}
{rows}
借款日期 {ymd(s.contract_date)}  资金方 中邮消费金融有限公司  服务方 信而富科技
"""


def g34(s: Spec) -> str:
    left = [
        "借款合同",
        "甲方（贷款人）：临江银行",
        "乙方（借款人）：包文涛",
        f"一、借款金额：{money(s.principal)}元。",
        f"二、借款期限：{s.term_months}个月。",
        f"三、年利率：{plain(s.rate_value)}%。",
        "四、还款方式：等额本息，",
        f"每月还款{money(s.payment)}元。",
    ]
    right = [
        "",
        "五、乙方应按时足额还款。",
        "六、乙方可提前还款，",
        "不收取违约金。",
        "七、逾期罚息按合同利率",
        "上浮50%计收。",
        "八、本合同自签订之日生效。",
        f"签订日期：{ymd(s.contract_date)}",
    ]
    width = 24
    return "\n".join((a + "　" * max(2, width - len(a)) + b).rstrip("　") for a, b in zip(left, right)) + "\n"


def g35(s: Spec) -> str:
    return f"""借條
今向陳國強借到人民幣{daxie(s.principal, trad=True)}（¥{money(s.principal)}），年利率百分之{cn_small(int(s.rate_value))}，借款期限壹年，自{ymd(s.start_date)}起至{ymd(last(s)['date'])}止，到期一次性歸還本金及利息共計人民幣{money(total_repaid(s))}元。
如有爭議，由出借人住所地即廣東省佛山市順德區人民法院管轄。
借款人：梁志輝
{ymd(s.contract_date)}
"""


def g36(s: Spec) -> str:
    first = s.rows[0]
    return f"""分期借款协议（摘要）
借款本金：{money(s.principal)}元；分期数：{s.n}期（按月）
月利率：{plain(s.rate_value)}%（按借款本金计息，每期利息{money(first['interest'])}元）
每期应还：本金{money(first['principal'])}元 + 利息{money(first['interest'])}元 = {money(first['total'])}元
综合年化成本（IRR口径）：{r2(s.cost)}%
提示：因按借款本金而非剩余本金计息，综合年化成本高于月利率×12。
贷款人：锦城消费金融有限公司  借款人：潘越  签署日期：{ymd(s.contract_date)}
"""


def g37(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""个人信用借款合同
第1条 借款要素
（1）借款金额：人民币{money(s.principal)}元；
（2）借款期限：{s.term_months}个月；
（3）执行年利率：{plain(s.rate_value)}%；
（4）还款方式：每月等额偿还本息，月还款额{money(s.payment)}元。
第2条 担保
本合同项下借款由恒泰融资担保有限公司提供保证担保。借款人应于放款当日另行向担保人一次性支付担保费{money(fee)}元（借款金额的{plain(s.fees[0].percent)}%），担保费不从借款本金中扣除。
第3条 贷款人：南岭银行股份有限公司；借款人：石磊。
第4条 本合同签订于{ymd(s.contract_date)}。
"""


def g38(s: Spec) -> str:
    return f"""借条
今借到王秀英现金人民币{money(s.principal)}元整，月息8厘，借期{cn_small(s.term_months)}个月，到期连本带息一次还清，计利息{money(last(s)['interest'])}元。
借款人：赵德明
{ymd(s.contract_date)}
"""


def g39(s: Spec) -> str:
    i = s.rows[0]["interest"]
    return f"""借款协议书
出借人：孟祥云    借款人：何志勇
借款人因装修房屋向出借人借款人民币{daxie(s.principal)}（{plain(s.principal / 10000)}万元），月息1.5分，每月{s.start_date.day}日付息{money(i)}元，借款期限{cn_small(s.term_months)}个月，期满一次还本。
立据日期：{cn_date(s.contract_date)}
"""


def g40(s: Spec) -> str:
    return f"""电子借条
借条编号  JT2025021000387
出借人    李春生
借款人    张晓彤
借款金额  {money(s.principal)}元
年化利率  {plain(s.rate_value)}%
借款日期  {dash(s.start_date)}
还款日期  {dash(last(s)['date'])}
还款方式  到期还本付息
到期应还  {money(total_repaid(s))}元
借条状态  待还款
本借条由双方在线确认，具有法律效力。
"""


def g41(s: Spec) -> str:
    return f"""个人借款合同
贷款人：汉江银行股份有限公司
借款人：田静
一、借款本金：人民币{daxie(s.principal)}。
二、借款期限：拾贰个月，自{ymd(s.start_date)}起算。
三、年利率：{plain(s.rate_value)}%。
四、还款方式：等额本金，按月还款，每月归还本金人民币{daxie(s.rows[0]['principal'])}，利息按剩余本金计算。
五、签约日期：{ymd(s.contract_date)}。
"""


def g42(s: Spec) -> str:
    q = s.rows[0]["interest"]
    permille = plain(s.rate_value * 10)
    return f"""农户小额信用贷款借款借据
借款人：孔繁荣（青石镇上河村）    贷款人：青石县农村信用合作联社
借款金额（大写）：{daxie(s.principal)}    （小写）¥{money(s.principal)}
借款用途：购买饲料及种苗
借款日期：{ymd(s.start_date)}    到期日期：{ymd(last(s)['date'])}
月利率：{permille}‰
结息方式：按季结息（每季结息{money(q)}元），到期利随本清
借款人签章：孔繁荣    经办：赵    复核：钱
"""


def g43(s: Spec) -> str:
    whole, frac = str(s.rate_value).split(".")
    spoken = cn_small(int(whole)) + "点" + "".join("〇一二三四五六七八九"[int(c)] for c in frac)
    return f"""个人消费借款合同（主要条款）
贷款人：宁信消费金融有限公司    借款人：简丹
一、借款金额：人民币{money(s.principal)}元。
二、借款期限：{s.term_months}个月，按月等额本息还款，共{s.n}期，每期{money(s.payment)}元。
三、借款年化利率（单利）：百分之{spoken}。
四、本合同签署日：{ymd(s.contract_date)}。
"""


# ---------------------------------------------------------------------------------------------
# English renderers
# ---------------------------------------------------------------------------------------------


def e01(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""QUIKCASH OF ILLINOIS, LLC
CONSUMER LOAN AGREEMENT (Single Payment)
Customer: Darnell Hughes          Account No. 448-20917
Date of Loan: {mdy(s.start_date)}
Payment Due Date: {mdy(last(s)['date'])}
Amount of Cash Advanced to You: {usd(s.principal)}
Loan Fee: {usd(fee)} ($15.00 per $100.00 advanced)
Amount Due on Due Date: {usd(total_repaid(s))}
ANNUAL PERCENTAGE RATE: {cost2(s)}%, calculated from the Date of Loan to the Payment Due Date.
You promise to pay the Amount Due in one payment on the Payment Due Date by the ACH authorization you signed.
Returned ACH fee: $25.00.
Customer signature: ______________   Date: {mdy(s.contract_date)}
"""


def e02(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""MOTOR VEHICLE TITLE LOAN AGREEMENT
Lender: Show-Me Title Lenders, Inc., Springfield, Missouri
Borrower: Kayla Simmons
Vehicle: 2014 Ford F-150, VIN 1FTFW1EF5EK******
Agreement date: {long_en(s.contract_date)}
FEDERAL TRUTH-IN-LENDING DISCLOSURES
Annual Percentage Rate ...... {cost2(s)}%
Finance Charge .............. {usd(fee)}
Amount Financed ............. {usd(s.principal)}
Total of Payments ........... {usd(total_repaid(s))}
Your payment schedule: one payment of {usd(total_repaid(s))} due on {long_en(last(s)['date'])}.
Security: you are giving us a security interest in the vehicle described above and you will deliver its certificate of title to us.
If you do not pay, we may repossess the vehicle.
"""


def e03(s: Spec) -> str:
    fee = fee_amount(s)
    amount_financed = s.received
    tp = total_repaid(s)
    return f"""PRAIRIE STATE LENDING CORP. - INSTALLMENT LOAN AGREEMENT AND DISCLOSURE
Borrower: Tanya Okafor, Peoria, Illinois          Loan date: {mdy(s.contract_date)}

| ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments |
| {cost2(s)}% | {usd(tp - amount_financed)} | {usd(amount_financed)} | {usd(tp)} |

Payment schedule: {s.n} monthly payments of {usd(s.payment)}, the first due {mdy(s.rows[0]['date'])}; final payment {usd(last(s)['total'])}.
Itemization of Amount Financed: Principal amount of loan {usd(s.principal)}; less prepaid finance charge (origination fee, {plain(s.fees[0].percent)}% of principal) {usd(fee)}, deducted from loan proceeds; amount paid to you directly {usd(amount_financed)}.
Interest rate: {plain(s.rate_value)}% per year on the unpaid principal balance.
Prepayment: if you pay off early, you will not have to pay a penalty, and you will not be entitled to a refund of the origination fee.
"""


def e04(s: Spec) -> str:
    interest = last(s)["interest"]
    return f"""PRE-CONTRACT CREDIT INFORMATION (Standard European Consumer Credit Information)
1. Identity and contact details of the creditor
Creditor: Brightside Loans Ltd, Leeds LS1 4AP (FCA firm reference 700123)
2. Description of the main features of the credit product
The type of credit: Fixed-sum high-cost short-term loan
The total amount of credit: £{money(s.principal)}
The duration of the credit agreement: {s.term_days} days, from {uk_date(s.start_date)} to {uk_date(last(s)['date'])}
Instalments and the order in which they will be paid: one repayment of £{money(total_repaid(s))} on {uk_date(last(s)['date'])}
The total amount you will have to pay: £{money(total_repaid(s))}
3. Costs of the credit
The borrowing rate: {plain(s.rate_value)}% per day, fixed, on the amount borrowed (£{money(interest)} in total)
Annual Percentage Rate of Charge (APR): {r2(s.cost):,}%
Late payment fee: £15.00 (charged once)
Date of this information: {uk_date(s.contract_date)}
"""


def e05(s: Spec) -> str:
    down = D(60)
    return f"""Your Pay in 4 plan with Splitly
Order #A77-2310 at Urban Sole Footwear - {long_en(s.contract_date)}
Order total: {usd(s.principal + down)}
Due today: {usd(down)} (payment 1 of 4, charged to your debit card at checkout)
Remaining: 3 payments of {usd(s.payment)}, every 2 weeks
  Payment 2: {usd(s.rows[0]['total'])} on {long_en(s.rows[0]['date'])}
  Payment 3: {usd(s.rows[1]['total'])} on {long_en(s.rows[1]['date'])}
  Payment 4: {usd(s.rows[2]['total'])} on {long_en(s.rows[2]['date'])}
Interest: none. Fees: none, unless a payment is late (up to $7.00, never more than 25% of the order).
ANNUAL PERCENTAGE RATE: 0.00%
Loans made or arranged pursuant to a California Finance Lenders Law license.
"""


def e06(s: Spec) -> str:
    return f"""Hartwell Building Society - Your personal loan at a glance
Dear Ms Eleanor Briggs,
Thank you for your application. We have approved the following loan:
Amount of credit: £{money(s.principal)}
Term: {s.term_months} months
Monthly repayment: £{money(s.payment)} ({s.n} repayments, the first on {uk_date(s.rows[0]['date'])})
Total amount payable: £{money(total_repaid(s))}
Interest rate (fixed): {plain(s.rate_value)}% a year
Representative APR: {r2(s.cost):,}%
No arrangement fee. You can repay early at any time; we may charge up to 58 days' interest.
Agreement date: {uk_date(s.contract_date)}
Hartwell Building Society, 12 Market Street, Harrogate HG1 1AB.
"""


def e07(s: Spec) -> str:
    return (f"This Loan Agreement is made on {long_en(s.contract_date)} between Empire Community Credit Union, Albany, New York "
            f"(\"we\") and Marcus Delgado (\"you\"); we lend you {usd(s.principal)}, which you agree to repay with interest at a "
            f"fixed rate of {plain(s.rate_value)}% per year in {s.n} equal monthly installments of {usd(s.payment)} beginning "
            f"{long_en(s.rows[0]['date'])}, the final installment being adjusted to {usd(last(s)['total'])}; no origination, "
            f"application or closing fee is charged; the ANNUAL PERCENTAGE RATE is {cost2(s)}% and the total of payments is "
            f"{usd(total_repaid(s))}; a late charge of 5% of the unpaid installment applies after 15 days; this agreement is "
            f"governed by the laws of the State of New York.\n")


def e08(s: Spec) -> str:
    return """RESIDENTIAL LEASE AGREEMENT
Landlord: Oakmont Property Management LLC
Tenant: Priya Raman
Premises: 2210 Elm Street, Apt 4B, Austin, Texas 78705
Term: twelve (12) months beginning September 1, 2025 and ending August 31, 2026.
Monthly Rent: $1,650.00, due on the 1st day of each month.
Security Deposit: $1,650.00, refundable within 30 days after move-out less lawful deductions.
Late Charge: if rent is not received by the 3rd, an initial late charge of $75.00 plus $10.00 per day, not to exceed $175.00.
Pet Fee: $300.00 one-time, non-refundable.
Signed August 20, 2025.
"""


def e09(s: Spec) -> str:
    return f"""PROMISSORY NOTE
{usd(s.principal)}                                   Sacramento, California
                                                   {long_en(s.contract_date)}
FOR VALUE RECEIVED, the undersigned, Brian Kowalski ("Maker"), promises to pay to the order of Linda Tran, an individual ("Holder"), the principal sum of Eight Thousand and 00/100 Dollars ({usd(s.principal)}), together with interest on the unpaid principal balance at the rate of {cn_text_rate(s)} percent ({plain(s.rate_value)}%) per annum.
Principal and interest shall be payable in {words(s.n)} ({s.n}) equal consecutive monthly installments of {usd(s.payment)} each, commencing on {long_en(s.rows[0]['date'])} and continuing on the same day of each month thereafter, with a final installment of {usd(last(s)['total'])}.
Maker may prepay this Note in whole or in part at any time without penalty.
_____________________  Brian Kowalski, Maker
"""


def cn_text_rate(s: Spec) -> str:
    return {D(12): "twelve", D(9): "nine"}[s.rate_value]


def words(n: int) -> str:
    return {12: "twelve", 18: "eighteen", 24: "twenty-four", 36: "thirty-six"}[n]


def e10(s: Spec) -> str:
    tp = total_repaid(s)
    return f"""LIBERTY FINANCE OF NEW YORK - TRUTH IN LENDING DISCLOSURE
Borrower: Angela Romano                         Date: {mdy(s.contract_date)}
ANNUAL PERCENTAGE RATE    FINANCE CHARGE    Amount Financed    Total of Payments
{cost2(s)}%                    {usd(tp - s.principal)}           {usd(s.principal)}         {usd(tp)}
Your payment schedule will be:
  Number of Payments   Amount of Payments   When Payments Are Due
  {s.n - 1}                   {usd(s.payment)}              Monthly beginning {mdy(s.rows[0]['date'])}
  1                    {usd(last(s)['total'])}              {mdy(last(s)['date'])}
Late charge: if a payment is more than 10 days late, you will be charged 5% of the payment.
Prepayment: if you pay off early, you will not have to pay a penalty.
"""


def e11(s: Spec) -> str:
    fee = fee_amount(s)
    face = s.principal + fee
    return f"""GOLDEN STATE CHECK CASHERS - DEFERRED DEPOSIT TRANSACTION AGREEMENT
Customer: Luis Ortega    Transaction date: {long_en(s.contract_date)}
You are giving us your personal check No. 1047 for {usd(face)}, which we agree not to deposit until {long_en(last(s)['date'])}.
Amount paid to you: {usd(s.principal)}
Fee for this transaction: {usd(fee)} (15% of the face amount of the check)
ANNUAL PERCENTAGE RATE: {cost2(s)}%
Term of the transaction: {s.term_days} days
Licensed by the California Department of Financial Protection and Innovation under the California Deferred Deposit Transaction Law.
"""


def e12(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""HUDSON VALLEY FEDERAL CREDIT UNION
VEHICLE LOAN NOTE, DISCLOSURE AND SECURITY AGREEMENT
Member: Gregory Walsh, Poughkeepsie, NY          Note date: {mdy(s.contract_date)}
Collateral: 2023 Subaru Outback, VIN 4S4BTAFC6P3******
Amount financed: {usd(s.principal)}   Interest rate: {plain(s.rate_value)}% fixed
Term: {s.term_months} months; {s.n} monthly payments of {usd(s.payment)}; final payment {usd(last(s)['total'])}
ANNUAL PERCENTAGE RATE: {cost2(s)}%
Loan processing fee: {usd(fee)}, paid by you in cash at closing (not financed).
Total of payments: {usd(total_repaid(s))}
"""


def e13(s: Spec) -> str:
    return (f"CASHWAVE MOBILE - Review your loan\nLoan Amount{usd(s.principal)}Payment Amount{usd(s.payment)}"
            f"Number of Payments{s.n}Payment FrequencyEvery 2 weeksFirst Payment{mdy(s.rows[0]['date'])}\n"
            f"Interest Rate{plain(s.rate_value)}% simple annual interestAPR{cost2(s)}%Total of Payments{usd(total_repaid(s))}\n"
            f"Funding Date{mdy(s.start_date)}LenderCashWave Lending LLC (Illinois Consumer Installment Lender License CIL-0491)\n"
            f"By tapping Accept, you agree to the Loan Agreement dated {mdy(s.contract_date)}.\n")


def e14(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""LAKESHORE EMPLOYEES CREDIT UNION - PERSONAL LOAN APPLICATION & AGREEMENT
Member name: Jasmine Patel          Branch: Evanston, IL
Loan purpose: [ ] Auto  [X] Personal  [ ] Debt consolidation
Amount requested: {usd(s.principal)}    Approved: [X] Yes [ ] No
Payment frequency: [X] Monthly  [ ] Semi-monthly  [ ] Biweekly
Term: [ ] 12 months  [X] {s.term_months} months  [ ] 24 months  [ ] 36 months
Rate: {plain(s.rate_value)}% per annum, fixed
Payment: {usd(s.payment)} per month, first payment {mdy(s.rows[0]['date'])}
Application fee: {usd(fee)}, paid at loan closing
ANNUAL PERCENTAGE RATE: {cost2(s)}%
Signature: Jasmine Patel      Date: {mdy(s.contract_date)}
"""


def e15(s: Spec) -> str:
    interest = last(s)["interest"]
    fee = fee_amount(s)
    return f"""Payday Pal UK - Your loan summary
Loan: £{money(s.principal)} paid to your bank on {uk_date(s.start_date)}
Repay in full on {uk_date(last(s)['date'])} ({s.term_days} days)
Interest: {plain(s.rate_value)}% per day fixed = £{money(interest)}
Same-day transfer fee: £{money(fee)}, added to your repayment on the repayment date
Total to repay: £{money(total_repaid(s))}
Representative APR: {r2(s.cost):,}%
Agreement date: {uk_date(s.contract_date)}
Payday Pal UK Ltd is authorised and regulated by the Financial Conduct Authority.
"""


def e16(s: Spec) -> str:
    return """VEHICLE PURCHASE AGREEMENT (Private Party Sale)
Seller: Robert Mills, 88 Pine Road, Dayton, Ohio
Buyer: Kevin Nguyen, 412 Lake Avenue, Dayton, Ohio
Vehicle: 2016 Honda Civic EX, VIN 19XFC2F7XGE******, odometer 84,210 miles
Purchase price: $9,600.00
Payment: $3,600.00 on signing; the balance of $6,000.00 in three payments of $2,000.00 each on October 1, November 1 and December 1, 2025, without interest. Title passes to the Buyer when the last payment is received.
The vehicle is sold AS IS, with no warranty, express or implied.
Dated: September 5, 2025
"""


def e17(s: Spec) -> str:
    fee = fee_amount(s)
    return f"""BEEHIVE CASH ADVANCE - Utah Deferred Deposit Loan Agreement
Date: {long_en(s.contract_date)}          Borrower: Tyler Jensen, Ogden, UT
You are borrowing {usd(s.principal)}. Your loan is due in full 14 days from today.
Finance charge: {usd(fee)} (a fee of $15.00 for every $100.00 borrowed).
Total you must repay: {usd(total_repaid(s))}
ANNUAL PERCENTAGE RATE: {cost2(s)}%
You may rescind this loan at no cost by 5:00 p.m. on the next business day.
"""


def e18(s: Spec) -> str:
    interest = last(s)["interest"]
    return f"""PROMISSORY NOTE (Family Loan)
Date: {long_en(s.contract_date)}          Place: San Diego, California
Borrower: Daniel Ruiz          Lender: Maria Ruiz, an individual
1. Promise to pay. For value received, Borrower promises to pay Lender the principal amount of {usd(s.principal)}.
2. Interest. Simple interest accrues on the principal at {plain(s.rate_value)}% per year and totals {usd(interest)} over the term.
3. Maturity. The principal and all interest are due in one payment of {usd(total_repaid(s))} on {long_en(last(s)['date'])}, eighteen (18) months after the date of this Note. No payments are due before then.
4. Prepayment. Borrower may prepay at any time without penalty.
Signed: Daniel Ruiz
"""


def e19(s: Spec) -> str:
    return f"""KEY FACTS - Guarantor Loan
| Loan amount | £{money(s.principal)} |
| Term | {s.term_months} months |
| Monthly repayment | £{money(s.payment)} |
| Total amount repayable | £{money(total_repaid(s))} |
| Interest rate | {plain(s.rate_value)}% p.a. (fixed) |
| Representative APR | {r2(s.cost):,}% |
| Fees | None |
Borrower: Callum Reid, Glasgow. Guarantor: Fiona Reid.
Lender: Northgate Guarantor Loans Ltd. Agreement date: {uk_date(s.contract_date)}.
"""


def e20(s: Spec) -> str:
    fee = fee_amount(s)
    tp = total_repaid(s)
    return f"""EVERGREEN PERSONAL FINANCE, INC. - PERSONAL LOAN AGREEMENT
1. Parties. This Agreement is made on {long_en(s.contract_date)} by Evergreen Personal Finance, Inc., a New York licensed lender ("Lender"), and Samuel Osei ("Borrower").
2. Loan. Lender lends Borrower the principal sum of {usd(s.principal)}. An origination fee of {usd(fee)} is withheld from the loan proceeds, so Borrower receives {usd(s.received)}.
3. Interest. Interest accrues on the unpaid principal at {plain(s.rate_value)}% per annum.
4. Repayment. Borrower shall repay the loan in {s.n} monthly payments of {usd(s.payment)}, beginning {long_en(s.rows[0]['date'])}.
5. Federal Truth in Lending Disclosures.
   5.1 ANNUAL PERCENTAGE RATE: {plain(s.disclosed_apr_override)}%
   5.2 Finance Charge: {usd(tp - s.received)}
   5.3 Amount Financed: {usd(s.received)}
   5.4 Total of Payments: {usd(tp)}
6. Governing law. This Agreement is governed by the laws of the State of New York.
"""


def e21(s: Spec) -> str:
    return f"""INSTALLMENT PROMISSORY NOTE
Principal: {usd(s.principal)}                    Houston, Texas, {long_en(s.contract_date)}
For value received, the undersigned Maker, Andre Lewis, promises to pay to Lone Star Equipment Lenders, L.L.C. ("Payee") the principal sum of Three Thousand Six Hundred and No/100 Dollars, with interest on the unpaid balance at the rate of one and one-half percent (1.5%) per month.
This Note is payable in {words(s.n)} ({s.n}) equal monthly installments of principal and interest of {usd(s.payment)} each, the first installment due on {long_en(s.rows[0]['date'])}.
Maker waives demand, presentment, and notice of dishonor.
"""


# ---------------------------------------------------------------------------------------------
# The batch
# ---------------------------------------------------------------------------------------------

ANY_SERVICE = ["service", "consulting", "handling", "management", "other"]


def g(name: str, render, **kw) -> Spec:
    kw.setdefault("lang", "zh")
    s = Spec(name=name, template="", **kw)
    s.opts["render"] = render
    return s


# Hand checks, done on paper without the solver (the solver agrees within the tolerance):
# * zh-g01: a flat 0.65% a month is 7.8% a year on the original principal; the rule of thumb
#   APR ~ flat x 2n/(n+1) = 7.8 x 24/13 = 14.40%; the exact IRR is 14.10% (the rule overstates a little).
# * zh-g10: 7200 taken at payout: received 92800, repaid 100000 after half a year:
#   (100000/92800 - 1) / 0.5 = 0.0775862 / 0.5 = 15.52%.
# * zh-g18: 20000 x 20% = 4000 interest + 3500 fee = 7500 after one year: 7500/20000 = 37.5% > 36%.
# * zh-g17: June has 30 days: 3 June -> 3 July = 30, -> 18 July = 45 days; 10000 x 0.18 x 45/365 = 221.92.
# * en-g04: (300 + 84)/300 = 1.28; ln 1.28 = 0.246860; x 365/35 = 2.574397; e^2.574397 = 13.1234 -> APRC 1212.3%.
# * en-g03: monthly 17.99%/12 = 1.499167%; ln 1.01499167 = 0.014880, x 24 = 0.35712, e^ = 1.42922;
#   6000 x 0.01499167 = 89.95; 89.95 / (1 - 1/1.42922) = 89.95 / 0.30032 = 299.52.
# * en-g01: 56.25/375 = 0.15; x 365/17 = 3.2206 -> 322.06%.


def specs() -> list[Spec]:
    out = [
        # 账单分期: 36000/12 = 3000 principal + 0.65% x 36000 = 234 fee = 3234 a period; total 38808.
        g("zh-g01-card-bill-installment-notice", g01, kind="loan_disclosure", principal=D(36000), method="flat_rate", method_accept=["equal_principal"],
          n=12, term_months=12, fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.65"))],
          contract_date=date(2025, 9, 3), start_date=date(2025, 9, 3), lender_type="bank",
          notes=["3000 principal + 0.65% x 36000 = 234.00 fee a period; 12 x 3234 = 38808"]),
        # 先息后本: 50000 x 15% / 12 = 625.00 a month, principal with the 12th.
        g("zh-g02-interest-only-microloan-articles", g02, principal=D(50000), method="interest_only", n=12, term_months=12,
          rate_value=D(15), contract_date=date(2025, 4, 20), start_date=date(2025, 4, 20), lender_type="microloan",
          notes=["50000 x 15% / 12 = 625.00 a month; 11 x 625 + 50625; IRR of a level coupon = coupon rate = 15%"]),
        # 等额本金: 60000/12 = 5000; month 1 interest 60000 x 0.55% = 330.00, month 12 5000 x 0.55% = 27.50.
        g("zh-g03-equal-principal-printed-schedule", g03, kind="loan_disclosure", principal=D(60000), method="equal_principal", n=12, term_months=12,
          rate_value=D("6.6"), contract_date=date(2025, 2, 14), start_date=date(2025, 2, 14), lender_type="bank", pdf=True,
          notes=["principal 5000 a month; interest 330.00 .. 27.50; total interest 0.55% x 5000 x (12+...+1) = 0.55% x 390000 = 2145"]),
        # 随借随还: 5000 x 0.035% x 45 = 78.75; cost 78.75/5000 x 365/45 = 12.775%.
        g("zh-g04-revolving-daily-app-detail", g04, principal=D(5000), method="bullet", freq="single", n=1, term_days=45,
          rate_value=D("0.035"), rate_per="day", contract_date=date(2025, 10, 9), start_date=date(2025, 10, 9),
          lender_type="consumer_finance", notes=["5000 x 0.035% x 45 = 78.75; 0.035% x 365 = 12.775%"]),
        # LPR-linked: LPR 3.10% (published 2025-02-20) + 185bp = 4.95%.
        g("zh-g05-lpr-plus-185bp", g05, principal=D(200000), method="equal_installment", n=36, term_months=36,
          lpr_spread_bp=185, contract_date=date(2025, 3, 18), start_date=date(2025, 3, 18), lender_type="bank", pdf=True,
          notes=["LPR on 2025-03-18 = 3.10% + 1.85% = 4.95%; payment = 200000 x 0.4125% / (1 - 1.004125^-36) = 5989.6"]),
        # 借条 between persons, Chinese-numeral dates: 35000 x 1% x 12 = 4200; 12% <= 4 x 3.10% = 12.4%.
        g("zh-g06-iou-chinese-numeral-dates", g06, principal=D(35000), method="bullet", freq="single", n=1, term_months=12,
          rate_value=D(1), rate_per="month", contract_date=date(2024, 11, 8), start_date=date(2024, 11, 8),
          lender_type="individual", notes=["35000 x 1% x 12 = 4200 (肆仟贰佰元整); 12%/yr vs 4 x LPR 3.10% = 12.40%: lawful"]),
        # full-width private loan 2023: 80000 x 15% x 6/12 = 6000; 15% > 4 x 3.55% = 14.2% -> violation.
        g("zh-g07-private-2023-fullwidth", g07, principal=D(80000), method="bullet", freq="single", n=1, term_months=6,
          rate_value=D(15), contract_date=date(2023, 7, 10), start_date=date(2023, 7, 10), lender_type="individual",
          notes=["80000 x 15% x 6/12 = 6000; LPR 2023-06-20 = 3.55%, 4x = 14.20% < 15% -> violation"]),
        # 助贷 + guarantee fee 1.2% x 20000 = 240 a month on a 10.8% annuity.
        g("zh-g08-zhudai-guarantee-per-month", g08, principal=D(20000), method="equal_installment", n=12, term_months=12,
          rate_value=D("10.8"), fees=[Fee("担保服务费", ["guarantee"], "per_period", percent=D("1.2"))],
          contract_date=date(2025, 5, 26), start_date=date(2025, 5, 26), lender_type="bank", pdf=True,
          notes=["payment = 20000 x 0.9% / (1 - 1.009^-12) = 1757.5; + 240 guarantee fee a month"]),
        # 会员费 per month: 39 x 6 on 3000.
        g("zh-g09-membership-monthly-app", g09, principal=D(3000), method="equal_installment", n=6, term_months=6,
          rate_value=D(18), fees=[Fee("会员服务费", ["membership"], "per_period", amount=D(39))],
          contract_date=date(2025, 11, 2), start_date=date(2025, 11, 2), lender_type="consumer_finance",
          notes=["payment = 3000 x 1.5% / (1 - 1.015^-6) = 526.58; + 39 membership a month"]),
        # interest taken in advance: 100000 x 1.2% x 6 = 7200 deducted; 92800 received; 100000 repaid.
        g("zh-g10-interest-in-advance-wan", g10, principal=D(100000), method="bullet", freq="single", n=1, term_months=6,
          rate_value=D("1.2"), rate_per="month", interest_deducted=D(7200), contract_date=date(2025, 5, 12),
          start_date=date(2025, 5, 12), lender_type="microloan",
          notes=["7200 taken at payout: (100000/92800 - 1) / 0.5 = 15.52%; deduction of interest -> violation"]),
        # car loan: GPS 2400 paid at payout, insurance 120 a month.
        g("zh-g11-car-loan-gps-insurance-pipe", g11, principal=D(98000), method="equal_installment", n=24, term_months=24,
          rate_value=D("5.88"), fees=[Fee("GPS安装服务费", ["service", "other", "handling"], "at_disbursement", amount=D(2400)),
                                      Fee("车辆保险分期", ["insurance"], "per_period", amount=D(120))],
          contract_date=date(2025, 6, 8), start_date=date(2025, 6, 8), lender_type="auto_finance", pdf=True,
          notes=["payment = 98000 x 0.49% / (1 - 1.0049^-24) = 4343.1; + 120; net 98000 - 2400 = 95600"]),
        # 培训贷 checkbox: 16800/12 = 1400 + 0.8% x 16800 = 134.40 a period.
        g("zh-g12-training-loan-checkbox", g12, principal=D(16800), method="flat_rate", method_accept=["equal_principal"],
          n=12, term_months=12, fees=[Fee("分期服务费", ["service"], "per_period", percent=D("0.8"))],
          contract_date=date(2025, 8, 28), start_date=date(2025, 8, 28), lender_type="consumer_finance",
          notes=["1400 + 134.40 = 1534.40 a period; 12 x 1534.40 = 18412.80"]),
        # Hong Kong, 繁體, HK$: outside the bundled rules.
        g("zh-g13-hong-kong-money-lender-trad", g13, principal=D(50000), method="equal_installment", n=12, term_months=12,
          rate_value=D(24), currency="HKD", jurisdiction="HK", apr_method=None, contract_date=date(2025, 7, 2),
          start_date=date(2025, 7, 2), lender_type="company", notes=["伍萬元整 = 50000; HK money lender: not mainland law"]),
        # numbered articles, 大写, 零 date, rate in words.
        g("zh-g14-articles-daxie-zero-date", g14, principal=D(80000), method="equal_installment", n=12, term_months=12,
          rate_value=D(9), contract_date=date(2025, 3, 1), start_date=date(2025, 3, 1), lender_type="consumer_finance", pdf=True,
          notes=["捌万元整 = 80000; 百分之九 = 9%/yr; 二零二五年三月一日"]),
        # 万元 + full-width: 30万元 at 0.45%/month.
        g("zh-g15-business-wan-fullwidth", g15, principal=D(300000), method="equal_installment", n=36, term_months=36,
          rate_value=D("0.45"), rate_per="month", contract_date=date(2025, 6, 30), start_date=date(2025, 6, 30),
          lender_type="bank", notes=["３０万元 = 300000; 0.45% x 12 = 5.4%/yr"]),
        # only the instalment and the count: 1776.98 x 12 on 20000 is a 12% annuity (the method must be inferred).
        g("zh-g16-instalment-and-count-only", g16, principal=D(20000), method="equal_installment", n=12, term_months=12,
          rate_value=D(12), contract_date=date(2025, 7, 21), start_date=date(2025, 7, 21), lender_type="consumer_finance",
          opts={"no_rate_compare": True},
          notes=["20000 x 1% / (1 - 1.01^-12) = 1776.98 (1.01^12 = 1.126825; 200/0.112551 = 1776.98); IRR of 12 x 1776.98 on 20000 = 1%/month"]),
        # two dates only: 2025-06-03 -> 2025-07-18 = 27 + 18 = 45 days; 10000 x 18% x 45/365 = 221.92.
        g("zh-g17-two-dates-only-jieju", g17, principal=D(10000), method="bullet", freq="single", n=1, term_days=45,
          rate_value=D(18), contract_date=date(2025, 6, 3), start_date=date(2025, 6, 3), lender_type="microloan", pdf=True,
          notes=["June 3 -> July 18 = 45 days; 10000 x 0.18 x 45 / 365 = 221.92; cost 221.92/10000 x 365/45 = 18.00%"]),
        # fee at maturity: 20000 x 20% = 4000 + 3500 fee at maturity: (27500/20000 - 1) = 37.5% > 36%.
        g("zh-g18-fee-at-maturity-qa", g18, principal=D(20000), method="bullet", freq="single", n=1, term_months=12,
          rate_value=D(20), fees=[Fee("平台服务费", ANY_SERVICE, "at_maturity", amount=D(3500))],
          contract_date=date(2025, 1, 15), start_date=date(2025, 1, 15), lender_type="platform",
          notes=["4000 interest + 3500 fee = 7500 on 20000 over one year = 37.5% > 36% -> violation"]),
        # checkbox method: ■等额本金 24 months 8.4%: 40000/24 = 1666.67; first interest 40000 x 0.7% = 280.
        g("zh-g19-equal-principal-checkbox-form", g19, principal=D(40000), method="equal_principal", n=24, term_months=24,
          rate_value=D("8.4"), contract_date=date(2025, 4, 7), start_date=date(2025, 4, 7), lender_type="bank", pdf=True,
          notes=["40000/24 = 1666.67; first 1666.67 + 280.00 = 1946.67"]),
        # one paragraph, 3% deducted: 9700 received -> violation.
        g("zh-g20-one-paragraph-fee-deducted", g20, principal=D(10000), method="equal_installment", n=12, term_months=12,
          rate_value=D("14.4"), fees=[Fee("平台服务费", ANY_SERVICE, "upfront_deducted", percent=D(3))],
          contract_date=date(2025, 10, 16), start_date=date(2025, 10, 16), lender_type="platform",
          notes=["3% x 10000 = 300 deducted -> 9700 received; payment = 10000 x 1.2% / (1 - 1.012^-12) = 900.19"]),
        # decimal-numbered clauses, quarterly interest: 500000 x 4.35% / 4 = 5437.50 a quarter.
        g("zh-g21-quarterly-interest-decimal-clauses", g21, principal=D(500000), method="interest_only", freq="quarter", n=12,
          term_months=36, rate_value=D("4.35"), contract_date=date(2025, 3, 25), start_date=date(2025, 3, 25),
          lender_type="bank", pdf=True, notes=["500000 x 4.35% / 4 = 5437.50 a quarter; 12 quarters; IRR x 4 = 4.35%"]),
        g("zh-g22-equipment-sale-instalments", g22, principal=None, kind="other", apr_method=None,
          notes=["a sale of goods paid in three parts without interest: not a loan"]),
        g("zh-g23-apartment-lease", g23, principal=None, kind="other", apr_method=None,
          notes=["a lease with a deposit and a late charge: not a loan"]),
        # 日息万分之五: 2000 x 0.05% x 20 = 20.00.
        g("zh-g24-daily-wanfenzhi-record", g24, principal=D(2000), method="bullet", freq="single", n=1, term_days=20,
          rate_value=D("0.05"), rate_per="day", contract_date=date(2025, 7, 14), start_date=date(2025, 7, 14),
          lender_type="consumer_finance", notes=["万分之五 = 0.05%/day; 2000 x 0.0005 x 20 = 20.00; 18.25%/yr"]),
        # space-aligned two-column key table, 15万元 over 二十四个月 equal principal.
        g("zh-g25-two-column-key-table-wan", g25, principal=D(150000), method="equal_principal", n=24, term_months=24,
          rate_value=D("5.4"), contract_date=date(2025, 9, 19), start_date=date(2025, 9, 19), lender_type="bank", pdf=True,
          notes=["150000/24 = 6250; first interest 150000 x 0.45% = 675 -> 6925; last 6250 x 0.45% = 28.13 -> 6278.13"]),
        # Taiwan, ROC date 民國114年 = 2025.
        g("zh-g26-taiwan-roc-date", g26, principal=D(200000), method="equal_installment", n=36, term_months=36,
          rate_value=D("6.5"), currency="TWD", jurisdiction="TW", apr_method=None, contract_date=date(2025, 3, 5),
          start_date=date(2025, 3, 5), lender_type="bank", pdf=True,
          notes=["中華民國114年 = 1911 + 114 = 2025; 貳拾萬元 = 200000"]),
        # default charges only (not cost fees): 0.9%/month annuity.
        g("zh-g27-slash-table-default-charges", g27, principal=D(15000), method="equal_installment", n=12, term_months=12,
          rate_value=D("0.9"), rate_per="month", contract_date=date(2025, 8, 11), start_date=date(2025, 8, 11),
          lender_type="consumer_finance", pdf=True, notes=["penalty interest and prepayment charge are not cost fees; 0.9% x 12 = 10.8%"]),
        # weekly: 3000 over 8 weeks at 0.45%/week (23.4%/yr).
        g("zh-g28-weekly-repayment", g28, principal=D(3000), method="equal_installment", freq="week", n=8,
          rate_value=D("0.45"), rate_per="week", contract_date=date(2025, 9, 15), start_date=date(2025, 9, 15),
          lender_type="microloan", notes=["0.45% x 52 = 23.4%; 8 weeks = 56 days"]),
        # used-car: GPS 1500 deducted -> violation; management fee 80 a month.
        g("zh-g29-used-car-gps-deducted", g29, principal=D(60000), method="equal_installment", n=36, term_months=36,
          rate_value=D("7.99"), fees=[Fee("GPS设备费", ["service", "other", "handling"], "upfront_deducted", amount=D(1500)),
                                      Fee("账户管理费", ["management"], "per_period", amount=D(80))],
          contract_date=date(2025, 2, 27), start_date=date(2025, 2, 27), lender_type="auto_finance",
          notes=["1500 deducted -> 58500 received: a fee deducted from the principal -> violation"]),
        # company lender 2021: 16% > 4 x 3.85% = 15.4% -> violation; 100000 x 16% / 4 = 4000 a quarter.
        g("zh-g30-company-lender-2021-quarterly", g30, principal=D(100000), method="interest_only", freq="quarter", n=4,
          term_months=12, rate_value=D(16), contract_date=date(2021, 9, 10), start_date=date(2021, 9, 10),
          lender_type="company", notes=["LPR 2021-08-20 = 3.85%, 4x = 15.40% < 16% -> violation; 4000 a quarter"]),
        # 2019 IOU, 月息2分 = 2%/month = 24%/yr: pre-2020 rule, 24% is not above 24%.
        g("zh-g31-iou-2019-yuexi-2-fen", g31, principal=D(20000), method="bullet", freq="single", n=1, term_months=3,
          rate_value=D(2), rate_per="month", contract_date=date(2019, 12, 1), start_date=date(2019, 12, 1),
          lender_type="individual", notes=["月息2分 = 2%/month; 20000 x 2% x 3 = 1200; 24% <= 24% (2015 Provisions Art. 26)"]),
        # a platform template: every figure is a placeholder, but the brokerage fee is deducted from the principal
        g("zh-g32-template-brokerage-deducted-blank", g32, principal=None,
          fees=[Fee("居间服务费", ["service", "consulting", "other"], "upfront_deducted")], apr_method=None,
          notes=["${serviceFee}: a fee named with a blank amount, deducted at payout; nothing to compute"]),
        # app repayment plan, one line per period: 16.8% annuity + 50 service fee a period.
        g("zh-g33-app-plan-rows-service-fee", g33, principal=D(8500), method="equal_installment", n=12, term_months=12,
          rate_value=D("16.8"), fees=[Fee("平台服务费", ANY_SERVICE, "per_period", amount=D(50))],
          contract_date=date(2025, 11, 5), start_date=date(2025, 11, 5), lender_type="consumer_finance",
          verdict=None, verdict_reason="28.99% with a platform service provider after 2025-10-01: whether the 2025 助贷 "
          "notice's 24% line [S] reaches a consumer-finance company is unconfirmed",
          notes=["payment = 8500 x 1.4% / (1 - 1.014^-12) = 775.93; + 50 a period"]),
        # two text columns side by side (as a PDF page reads out): 30000 at 7.8% over 24 months.
        g("zh-g34-two-columns-side-by-side", g34, principal=D(30000), method="equal_installment", n=24, term_months=24,
          rate_value=D("7.8"), contract_date=date(2025, 10, 28), start_date=date(2025, 10, 28), lender_type="bank", pdf=True,
          notes=["payment = 30000 x 0.65% / (1 - 1.0065^-24) = 1355.1"]),
        # 繁體 but mainland (RMB, a Foshan court): mainland rules apply; 12000 x 8% = 960; 8% <= 4 x 3.10%.
        g("zh-g35-traditional-mainland-iou", g35, principal=D(12000), method="bullet", freq="single", n=1, term_months=12,
          rate_value=D(8), contract_date=date(2025, 1, 20), start_date=date(2025, 1, 20), lender_type="individual",
          notes=["壹萬貳仟圓整 = 12000; 12000 x 8% = 960; LPR 2024-12-20 = 3.10%, 4x = 12.40% > 8%"]),
        # flat monthly rate on the original principal: 6000 x 0.9% = 54 a month + 500 principal.
        g("zh-g36-flat-monthly-rate-irr-stated", g36, principal=D(6000), method="flat_rate", n=12, term_months=12,
          rate_value=D("0.9"), rate_per="month", contract_date=date(2025, 9, 9), start_date=date(2025, 9, 9),
          lender_type="consumer_finance",
          notes=["6000 x 0.9% = 54 interest + 500 principal = 554 a month; 12 x 554 = 6648; IRR x 12 about 19.5%"]),
        # 助贷 guarantee fee paid separately at payout (not deducted): 3% x 50000 = 1500.
        g("zh-g37-guarantee-fee-paid-at-payout", g37, principal=D(50000), method="equal_installment", n=24, term_months=24,
          rate_value=D("9.6"), fees=[Fee("担保费", ["guarantee"], "at_disbursement", percent=D(3))],
          contract_date=date(2025, 12, 1), start_date=date(2025, 12, 1), lender_type="bank",
          notes=["3% x 50000 = 1500 paid on the payout day -> net 48500; payment 50000 x 0.8% / (1 - 1.008^-24)"]),
        # 月息8厘 = 0.8%/month: 15000 x 0.8% x 10 = 1200; 9.6%/yr <= 4 x 3.00% = 12%.
        g("zh-g38-iou-yuexi-8-li", g38, principal=D(15000), method="bullet", freq="single", n=1, term_months=10,
          rate_value=D("0.8"), rate_per="month", contract_date=date(2025, 6, 18), start_date=date(2025, 6, 18),
          lender_type="individual", notes=["8厘 a month = 0.8%; 15000 x 0.008 x 10 = 1200; 9.6% <= 12.00%"]),
        # 月息1.5分 = 18%/yr > 4 x LPR 3.00% = 12% -> violation; 60000 x 1.5% = 900 a month, interest only.
        g("zh-g39-private-yuexi-1-5-fen-interest-only", g39, principal=D(60000), method="interest_only", n=12, term_months=12,
          rate_value=D("1.5"), rate_per="month", contract_date=date(2025, 8, 8), start_date=date(2025, 8, 8),
          lender_type="individual", notes=["1.5分 a month = 1.5%; 60000 x 1.5% = 900 a month; 18% > 12.00% -> violation"]),
        # electronic IOU with two dates: 10 Feb -> 10 May 2025 = 18 + 31 + 30 + 10 = 89 days; 24% > 12% -> violation.
        g("zh-g40-electronic-iou-two-dates", g40, principal=D(5000), method="bullet", freq="single", n=1, term_days=89,
          rate_value=D(24), contract_date=date(2025, 2, 10), start_date=date(2025, 2, 10), lender_type="individual",
          notes=["5000 x 0.24 x 89/365 = 292.60; 24% > 4 x LPR 3.10% = 12.40% -> violation"]),
        # amounts in 大写 only: 贰万肆仟元整 = 24000; 2000 a month principal; 10.8% -> 0.9% a month.
        g("zh-g41-daxie-only-equal-principal", g41, principal=D(24000), method="equal_principal", n=12, term_months=12,
          rate_value=D("10.8"), contract_date=date(2025, 5, 30), start_date=date(2025, 5, 30), lender_type="bank",
          notes=["贰万肆仟元整 = 24000; 贰仟元整 = 2000 principal a month; interest 216.00 .. 18.00"]),
        # 月利率6‰ = 0.6%/month = 7.2%/yr; 100000 x 0.6% x 3 = 1800 a quarter, interest only.
        g("zh-g42-rural-credit-permille-quarterly", g42, principal=D(100000), method="interest_only", freq="quarter", n=4,
          term_months=12, rate_value=D("0.6"), rate_per="month", contract_date=date(2025, 3, 10),
          start_date=date(2025, 3, 10), lender_type="bank",
          notes=["6‰ a month = 0.6%; 100000 x 0.6% x 3 = 1800 a quarter; IRR x 4 = 7.2%"]),
        # rate in Chinese numerals with a decimal: 百分之二十三点九九 = 23.99%: just under 24%.
        g("zh-g43-rate-in-chinese-numerals", g43, principal=D(9000), method="equal_installment", n=12, term_months=12,
          rate_value=D("23.99"), contract_date=date(2025, 10, 3), start_date=date(2025, 10, 3),
          lender_type="consumer_finance", notes=["二十三点九九 = 23.99; no fee: cost = 23.99% <= 24%"]),
        # ---------------------------------------------------------------- English
        # payday, dates only: 09/02 -> 09/19 = 17 days; 56.25/375 x 365/17 = 322.06% > 36% (PLPA).
        g("en-g01-payday-illinois-dates", e01, lang="en", principal=D(375), method="bullet", freq="single", n=1, term_days=17,
          fees=[Fee("loan fee", ["other"], "at_maturity", amount=D("56.25"))], currency="USD", jurisdiction="US-IL",
          apr_method="us-regz", contract_date=date(2025, 9, 2), start_date=date(2025, 9, 2), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["15 per 100 x 3.75 = 56.25; 0.15 x 365/17 = 322.06%"]),
        # title loan: 22% for 30 days = 396 on 1800; 0.22 x 365/30 = 267.67%.
        g("en-g02-title-loan-missouri", e02, lang="en", principal=D(1800), method="bullet", freq="single", n=1, term_days=30,
          fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(396))], currency="USD", jurisdiction="US-MO",
          apr_method="us-regz", contract_date=date(2025, 8, 4), start_date=date(2025, 8, 4), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["1800 x 22% = 396; 396/1800 x 365/30 = 267.67%"]),
        # instalment loan, 5% origination deducted: 6000 at 17.99% over 24 months, 5700 financed.
        g("en-g03-installment-origination-pipe-box", e03, lang="en", principal=D(6000), method="equal_installment", n=24,
          term_months=24, rate_value=D("17.99"), fees=[Fee("origination fee", ["origination"], "upfront_deducted", percent=D(5))],
          currency="USD", jurisdiction="US-IL", apr_method="us-regz", contract_date=date(2025, 4, 10),
          start_date=date(2025, 4, 10), lender_type="licensed_nonbank", pdf=True,
          notes=["payment = 6000 x 1.49917% / (1 - 1.0149917^-24) = 299.52; 5% x 6000 = 300 deducted -> 5700 financed"]),
        # UK HCSTC at exactly the 0.8%/day cap: 300 x 0.8% x 35 = 84.
        g("en-g04-uk-secci-at-cap", e04, kind="loan_disclosure", lang="en", principal=D(300), method="bullet", freq="single", n=1, term_days=35,
          rate_value=D("0.8"), rate_per="day", currency="GBP", jurisdiction="GB", apr_method="eu-aprc",
          contract_date=date(2025, 10, 1), start_date=date(2025, 10, 1), lender_type="licensed_nonbank", pdf=True,
          notes=["300 x 0.008 x 35 = 84.00; 84/300/35 = 0.8%/day, not above the cap; APRC (384/300)^(365/35) - 1"]),
        # pay in 4: 240 order, 60 today, 3 x 60 every two weeks: 180 financed at 0%.
        g("en-g05-pay-in-4-order", e05, lang="en", principal=D(180), method="equal_installment", freq="biweek", n=3,
          currency="USD", jurisdiction="US-CA", apr_method="us-regz", contract_date=date(2025, 11, 28),
          start_date=date(2025, 11, 28), lender_type="licensed_nonbank", verdict=False, verdict_reason="0% APR and no fee",
          notes=["240 - 60 paid at checkout = 180 financed; 3 x 60 at 0%; 3 x 14 = 42 days"]),
        # UK personal loan: 7500 at 9.5% fixed over 48 months; APRC = 1.0079167^12 - 1 = 9.92%.
        g("en-g06-uk-personal-loan-letter", e06, lang="en", principal=D(7500), method="equal_installment", n=48, term_months=48,
          rate_value=D("9.5"), currency="GBP", jurisdiction="GB", apr_method="eu-aprc", contract_date=date(2025, 5, 6),
          start_date=date(2025, 5, 6), lender_type="bank", pdf=True,
          notes=["payment = 7500 x 0.0079167 / (1 - 1.0079167^-48) = 188.43; APRC = (1 + 0.095/12)^12 - 1 = 9.92%"]),
        # NY personal loan, one paragraph: 12000 at 11.5% over 36 months, no fee -> APR 11.5%.
        g("en-g07-ny-one-paragraph", e07, lang="en", principal=D(12000), method="equal_installment", n=36, term_months=36,
          rate_value=D("11.5"), currency="USD", jurisdiction="US-NY", apr_method="us-regz", contract_date=date(2025, 6, 12),
          start_date=date(2025, 6, 12), lender_type="bank", notes=["no fee: APR = 11.50% <= 16%"]),
        g("en-g08-residential-lease", e08, lang="en", principal=None, kind="other", apr_method=None, currency="USD",
          notes=["a residential lease: not a loan"]),
        # California individual lender at 12% > 10% (Const. art. XV).
        g("en-g09-promissory-note-ca-individual", e09, lang="en", principal=D(8000), method="equal_installment", n=12,
          term_months=12, rate_value=D(12), currency="USD", jurisdiction="US-CA", apr_method="us-regz",
          contract_date=date(2025, 2, 3), start_date=date(2025, 2, 3), lender_type="individual",
          notes=["8000 x 1% / (1 - 1.01^-12) = 710.79; 12% > 10% for a non-exempt lender"]),
        # only payment, count and amount financed: 36 x 332.14 on 10000 is 12%.
        g("en-g10-tila-payments-only", e10, kind="loan_disclosure", lang="en", principal=D(10000), method="equal_installment", n=36, term_months=36,
          rate_value=D(12), currency="USD", jurisdiction="US-NY", apr_method="us-regz", contract_date=date(2025, 7, 1),
          start_date=date(2025, 7, 1), lender_type="licensed_nonbank", pdf=True, opts={"no_rate_compare": True},
          notes=["10000 x 1% / (1 - 1.01^-36) = 332.14 (1.01^36 = 1.430769; 100/0.301075 = 332.14)"]),
        # California deferred deposit: 255 paid, 45 fee, 31 days: 45/255 x 365/31 = 207.78%.
        g("en-g11-ca-deferred-deposit", e11, lang="en", principal=D(255), method="bullet", freq="single", n=1, term_days=31,
          fees=[Fee("fee", ["other"], "at_maturity", amount=D(45))], currency="USD", jurisdiction="US-CA",
          apr_method="us-regz", contract_date=date(2025, 3, 14), start_date=date(2025, 3, 14), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["check 300 = 255 + 45; 45/255 x 365/31 = 207.78%"]),
        # credit-union vehicle loan, 95 processing fee paid at closing: 24500 at 6.49% over 60 months.
        g("en-g12-credit-union-vehicle-note", e12, lang="en", principal=D(24500), method="equal_installment", n=60,
          term_months=60, rate_value=D("6.49"),
          fees=[Fee("loan processing fee", ["application", "handling", "other", "origination"], "at_disbursement", amount=D(95))],
          currency="USD", jurisdiction="US-NY", apr_method="us-regz", contract_date=date(2025, 8, 22),
          start_date=date(2025, 8, 22), lender_type="bank",
          notes=["payment = 24500 x 0.540833% / (1 - 1.00540833^-60) = 479.19; net 24500 - 95"]),
        # glued app text, biweekly: 1200 at 35.5% simple over 18 payments (252 days).
        g("en-g13-app-glued-biweekly", e13, lang="en", principal=D(1200), method="equal_installment", freq="biweek", n=18,
          rate_value=D("35.5"), currency="USD", jurisdiction="US-IL", apr_method="us-regz", contract_date=date(2025, 10, 20),
          start_date=date(2025, 10, 20), lender_type="licensed_nonbank",
          notes=["r = 35.5%/26 = 1.365385% per two weeks; APR = r x 26 = 35.5% <= 36%"]),
        # checkbox credit-union form: 4000 at 9.75% over 18 months + 25 application fee paid at closing.
        g("en-g14-credit-union-checkbox-form", e14, lang="en", principal=D(4000), method="equal_installment", n=18,
          term_months=18, rate_value=D("9.75"),
          fees=[Fee("application fee", ["application", "handling", "other", "origination"], "at_disbursement", amount=D(25))],
          currency="USD", jurisdiction="US-IL", apr_method="us-regz", contract_date=date(2025, 1, 27),
          start_date=date(2025, 1, 27), lender_type="bank", pdf=True, notes=["net 3975; payment 4000 x 0.8125% / (1 - 1.008125^-18)"]),
        # UK payday with a fee at maturity: (16.80 + 10) / 150 / 14 = 1.276% a day > 0.8% -> violation.
        g("en-g15-uk-payday-fee-at-maturity", e15, lang="en", principal=D(150), method="bullet", freq="single", n=1,
          term_days=14, rate_value=D("0.8"), rate_per="day",
          fees=[Fee("same-day transfer fee", ["handling", "service", "other"], "at_maturity", amount=D(10))],
          currency="GBP", jurisdiction="GB", apr_method="eu-aprc", contract_date=date(2025, 12, 1),
          start_date=date(2025, 12, 1), lender_type="licensed_nonbank",
          notes=["150 x 0.8% x 14 = 16.80 + 10 fee = 26.80; 26.80/150/14 = 1.276%/day > 0.8% -> violation"]),
        # Utah payday, term in words only: 60/400 x 365/14 = 391.07%.
        g("en-g17-utah-payday-14-days", e17, lang="en", principal=D(400), method="bullet", freq="single", n=1, term_days=14,
          fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(60))], currency="USD", jurisdiction="US-UT",
          apr_method="us-regz", contract_date=date(2025, 6, 16), start_date=date(2025, 6, 16), lender_type="licensed_nonbank",
          opts={"no_fee_compare": True}, notes=["15 per 100 x 4 = 60; 0.15 x 365/14 = 391.07%"]),
        # family note, one payment after 18 months at 6% simple: 20000 x 6% x 1.5 = 1800; unit-period capped at one year.
        g("en-g18-family-note-single-payment", e18, lang="en", principal=D(20000), method="bullet", freq="single", n=1,
          term_months=18, rate_value=D(6), currency="USD", jurisdiction="US-CA", apr_method="us-regz",
          contract_date=date(2025, 4, 1), start_date=date(2025, 4, 1), lender_type="individual",
          notes=["20000 x 0.06 x 18/12 = 1800; App. J (b)(4)(iii): the unit-period is the term but at most a year, so 1 year + 0.5: (1 + 0.5i)(1 + i) = 21800/20000 = 1.09 -> 0.5i^2 + 1.5i - 0.09 = 0 -> i = sqrt(2.43) - 1.5 = 5.8846% <= 10%"]),
        # UK guarantor loan, 24 months at 41.4% fixed: APRC = (1 + 0.414/12)^12 - 1 = 50.23%: no HCSTC (term > 12 months).
        g("en-g19-uk-guarantor-key-facts", e19, lang="en", principal=D(3000), method="equal_installment", n=24,
          term_months=24, rate_value=D("41.4"), currency="GBP", jurisdiction="GB", apr_method="eu-aprc",
          contract_date=date(2025, 3, 3), start_date=date(2025, 3, 3), lender_type="licensed_nonbank",
          notes=["ln 1.0345 = 0.033918, x 12 = 0.40702, e^ = 1.50234 -> APRC 50.23% (< 100%: not high-cost short-term credit)"]),
        # the APR box repeats the note rate and leaves the withheld origination fee out: actual 13.11% vs
        # disclosed 10.99%, outside the 1/8 point tolerance -> TILA violation.
        g("en-g20-ny-apr-understated-decimal-sections", e20, lang="en", principal=D(5000), method="equal_installment", n=36,
          term_months=36, rate_value=D("10.99"), fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(150))],
          currency="USD", jurisdiction="US-NY", apr_method="us-regz", disclosed_apr_override=D("10.99"),
          contract_date=date(2025, 9, 25), start_date=date(2025, 9, 25), lender_type="licensed_nonbank",
          notes=["150 withheld -> 4850 financed; payment 5000 x 0.915833% / (1 - 1.00915833^-36) = 163.67; APR over 4850 about 13.1%"]),
        # Texas note at 1.5% a month (18%/yr), 12 monthly installments: 3600 x 1.5% / (1 - 1.015^-12) = 330.05.
        g("en-g21-texas-note-monthly-rate-words", e21, lang="en", principal=D(3600), method="equal_installment", n=12,
          term_months=12, rate_value=D("1.5"), rate_per="month", currency="USD", jurisdiction="US-TX",
          apr_method="us-regz", contract_date=date(2025, 7, 7), start_date=date(2025, 7, 7), lender_type="company",
          notes=["1.015^12 = 1.195618; 54 / (1 - 0.836387) = 54 / 0.163613 = 330.046 -> 330.05; APR 18%"]),
        g("en-g16-private-vehicle-sale", e16, lang="en", principal=None, kind="other", apr_method=None, currency="USD",
          notes=["a private sale of a car paid in three parts without interest: not a loan"]),
    ]
    return out


# ---------------------------------------------------------------------------------------------
# Expected values and main
# ---------------------------------------------------------------------------------------------


def expected(s: Spec, files: list[str]) -> dict:
    e = fc.expected(s, files)
    if s.opts.get("no_rate_compare"):
        # the contract states no rate: the cost is still compared, the quoted rate cannot be
        e["terms"].pop("rate", None)
        e["notes"].append("no rate is written in the contract: the rate field is not compared")
    return e


def build() -> tuple[dict[Path, str], list[Spec]]:
    out: dict[Path, str] = {}
    all_specs = specs()
    for s in all_specs:
        compute(s)
        text = s.opts["render"](s).rstrip("\n") + "\n"
        base = OUT / s.lang / s.name
        files = [f"{s.name}.txt"] + ([f"{s.name}.pdf"] if s.pdf else [])
        out[base.with_suffix(".txt")] = text
        out[base.parent / f"{s.name}.expected.json"] = json.dumps(expected(s, files), ensure_ascii=False, indent=2) + "\n"
    return out, all_specs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="diff against the committed files instead of writing")
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    fc.selftest()
    files, all_specs = build()
    stale = [path for path, content in sorted(files.items())
             if not path.is_file() or path.read_text(encoding="utf-8") != content]
    for path in stale:
        if args.check:
            print(f"differs: {path.relative_to(ROOT)}")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(files[path], encoding="utf-8")
    if not args.check and not args.no_pdf:
        for s in (s for s in all_specs if s.pdf):
            text = files[(OUT / s.lang / s.name).with_suffix(".txt")]
            write_pdf(text, OUT / s.lang / f"{s.name}.pdf", s.lang == "zh")
    verb = "differ" if args.check else "rewritten"
    print(f"{len(files)} files, {len(stale)} {verb}")
    return 1 if args.check and stale else 0

if __name__ == "__main__":
    sys.exit(main())
