#!/usr/bin/env python3
"""The Chinese renderers of held-out batch P (tests/fresh/zh/zh-u*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_p.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, cn_date, daxie, money, periodic_irr, plain, r2  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402


def last_note(s: Spec, word: str = "末期") -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f"（{word}{money(s.rows[-1]['total'])}元）"


def u01(s: Spec) -> str:
    """A 消费金融公司 contract whose 费用明细 states the 综合年化成本 as an IRR."""
    P = s.principal
    return f"""个人消费借款合同
合同编号：XJXF-2025-0918-22615
贷款人：星江消费金融股份有限公司　　借款人：唐佳怡　　借款用途：购买家具家电

第一部分　借款主要条款
借款本金　　　　人民币{money(P)}元
借款期数　　　　{s.n}期，按月还款，还款日为每月{s.start_date.day}日，首个还款日{ymd(due(s, 1))}
贷款利率　　　　年化{plain(s.rate_value)}%（单利），按等额本息计算本息
放款方式　　　　贷款人将借款本金全额划付至借款人名下银行账户

第二部分　费用明细
项目　　　　　　　收费标准　　　　　　　　　　　收取方式
利息　　　　　　　年化{plain(s.rate_value)}%　　　　　　　　　　　随每期还款
账户管理费　　　　借款本金×{plain(s.fees[0].percent)}%／期，即{money(fee(s))}元／期　　随每期还款
提前还款手续费　　无　　　　　　　　　　　　　　——
每期还款合计（本息+账户管理费）：{money(pay(s))}元{last_note(s)}
综合年化成本（按内部收益率IRR法计算，含利息及全部费用）：{r2(s.cost)}%

第三部分　其他
逾期的，贷款人按逾期本金每日万分之五收取罚息，不另收违约金。
借款人确认已阅读并理解上述费用明细。
借款人签名：唐佳怡　　　签署日期：{ymd(s.contract_date)}
"""


def u02(s: Spec) -> str:
    """A 车抵贷 (the car stays with the borrower, pledged by registration): GPS 服务费 paid apart at
    signing, a 停车费 that only arises if the car is taken in."""
    P = s.principal
    return f"""汽车抵押借款合同
贷款人：恒通小额贷款（重庆）有限公司
借款人：罗建军　　身份证号：5002**********3318
抵押车辆：长安CS75 PLUS，车牌渝B·7****，登记证书编号 5000******

1. 借款金额：人民币{money(P)}元，于{cn_date(s.start_date)}全额转入借款人账户。
2. 借款期限：{s.term_months}个月，按月等额还本付息，月还款额{money(pay(s))}元{last_note(s, '最后一期')}，
   首期还款日{ymd(due(s, 1))}。
3. 利率：年利率{plain(s.rate_value)}%。
4. GPS服务费：借款人应在签约当日另行支付GPS设备安装及定位服务费{money(fee(s))}元（一次性，不从借款中扣除），
   服务期覆盖整个借款期限。
5. 停车费：借款人违约导致车辆被贷款人依约收回的，车辆停放期间的停车费按每日50元由借款人承担；
   按期还款的借款人无需支付停车费。
6. 车辆在借款期间由借款人正常使用，借款人须办理抵押登记并保持全险有效。
7. 逾期违约金：按逾期金额每日0.05%计收。
借款人：罗建军　　　贷款人（盖章）　　　{ymd(s.contract_date)}
"""


def u03(s: Spec) -> str:
    """A 三方协议: microloan lender, borrower, and a 融资担保公司 paid a monthly 担保费."""
    P = s.principal
    return f"""借款及担保三方协议

甲方（贷款人）：汇川小额贷款有限公司
乙方（借款人）：苗志强
丙方（担保人）：鼎信融资担保股份有限公司

鉴于乙方向甲方申请借款，丙方同意为乙方提供连带责任保证，三方协议如下：

第一条　甲方向乙方出借人民币{money(P)}元，期限{s.n}个月，年利率{plain(s.rate_value)}%，按等额本息方式每月归还甲方本息{money(s.payment)}元。
第二条　乙方应按月向丙方支付担保费，每月担保费为借款本金的{plain(s.fees[0].percent)}%，即{money(fee(s))}元，与甲方本息同日由甲方代扣后划转丙方。
第三条　乙方每月合计还款{money(pay(s))}元{last_note(s)}，自{ymd(due(s, 1))}起至{ymd(end(s))}止。
第四条　借款于{ymd(s.start_date)}全额发放至乙方账户，甲、丙两方均不从借款中预先扣收任何款项。
第五条　乙方未按期支付的，丙方代偿后有权向乙方追偿代偿款及自代偿之日起按年利率15%计算的资金占用费。
第六条　本协议一式三份，三方各执一份。

甲方（盖章）　　乙方（签字）：苗志强　　丙方（盖章）
签署日期：{ymd(s.contract_date)}
"""


def u04(s: Spec) -> str:
    """A 农信社 农户小额信用贷款: 借款借据 with 按季结息、到期还本 (PDF)."""
    P = s.principal
    return f"""岭南农村信用合作联社　农户小额信用贷款借款借据
借据编号：NX-2025-GZ-04471　　　贷款证号：440****2019
签订日期：{ymd(s.contract_date)}
借款人：黄秋生　　农户类别：种养殖户（信用等级：优秀）　　所在村：清远市连南县三江镇某村
借款金额：人民币（大写）{daxie(P)}　　（小写）¥{money(P)}
用途：购买鸭苗、饲料
借款日期：{ymd(s.start_date)}　　到期日期：{ymd(end(s))}　　期限：{s.term_months}个月
执行年利率：{plain(s.rate_value)}%
还款方式：按季结息，到期还本。每季末月20日结息，借款人应于结息日付清当季利息{money(s.rows[0]['interest'])}元，
　　　　　到期日归还本金{money(P)}元及最后一季利息。
费用：不收取任何手续费。
担保方式：信用
借款人签章：黄秋生（手印）　　　信贷员：邓卫国　　　主任审批：同意
"""


def u05(s: Spec) -> str:
    """A 租金贷 for a 长租公寓: a year's rent paid to the operator by a loan, repaid monthly (HTML)."""
    P = s.principal
    plan = [["期数", "还款日", "应还本金", "应还利息", "合计"]] + [
        [str(r["k"]), r["date"].isoformat(), money(r["principal"]), money(r["interest"]), money(r["total"])] for r in s.rows]
    body = f"""<div class="top"><span>&lt;</span><h2>月付租房 · 分期确认</h2></div>
<section><h3>房源</h3><p>安居家长租公寓（上海徐汇店）1室0厅 302室　月租金{money(P / 12)}元　租期12个月</p></section>
<section><h3>年租金分期</h3>
{kv_div([("分期总额（一年租金）", f"{money(P)}元"), ("资金方", "沪融银行股份有限公司"),
          ("分期年利率", f"{plain(s.rate_value)}%（单利）"), ("期数", f"{s.n}期，按月等额本息"),
          ("每月应还", f"{money(pay(s))}元"), ("放款对象", "租金由资金方一次付给公寓运营方，您无需另付房租")])}
</section>
<section><h3>还款计划</h3>{table_html(plan)}</section>
<section><p>☑ 我已知晓：本分期为向银行借款，提前退租不自动终止还款；运营方不收取任何服务费。</p></section>
<footer><p class="muted">承租人：贺一鸣　签约时间：{s.contract_date.isoformat()} 10:32</p></footer>"""
    return page("月付租房", body, True, 'window.__RENT__={"step":"confirm"};')


def u06(s: Spec) -> str:
    """A 典当 当票 with a monthly 综合费率 and a monthly interest rate, both paid at redemption."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""当　票　　　　　　　　　　　　　　　　　　No. 0021739
典当行：金城典当有限责任公司（经营许可证编码 32****）
当户：冯晓梅　　证件：3201**********0448
当物名称：足金手镯2只　　重量：62.30克　　估价金额：26,000.00元　　折当率：约77%
当金（小写）：¥{money(P)}　（大写）{daxie(P)}
典当期限：自{ymd(s.start_date)}至{ymd(end(s))}（1个月）
月利率：{plain(s.rate_value)}%　　　月综合费率：{plain(s.fees[0].percent)}%
实付当金：¥{money(s.received)}
赎当应付：当金{money(P)}元＋利息{money(i)}元＋综合费{money(fee(s))}元＝{money(P + i + fee(s))}元
备注：利息及综合费于赎当时一次收取；到期可续当，续当须先结清当期利息及综合费；
　　　逾期五日未赎当、未续当者视为绝当。
当户签章：冯晓梅　　　　经办：吴　　　复核：钱
"""


def u07(s: Spec) -> str:
    """A 保单质押贷款 page in an insurer's app, as a borrower's screenshot (PNG)."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""< 保单借款　　　　　　　　　　　　　　 ⋯
保单：安康终身寿险（分红型）　保单号 P8830****2071
当前现金价值：¥58,432.17　　可借上限（80%）：¥46,745.73

借款金额　　　　　　¥{money(P)}
借款期限　　　　　　{s.term_months}个月（到期日 {end(s).isoformat()}）
借款年利率　　　　　{plain(s.rate_value)}%
还款方式　　　　　　到期一次还本付息（利随本清）
到期应还　　　　　　¥{money(P + i)}（含利息¥{money(i)}）
到账账户　　　　　　工商银行 尾号5512（全额到账，无手续费）

· 借款期间保单继续有效；借款本息超过现金价值时保单效力中止。
· 到期未还的，未还本息自动转为新借款，按届时公布的利率计息。
借款人：宁海波　　申请日期 {s.contract_date.isoformat()}
　　　　　　　[ 确认借款 ]
"""


def u08(s: Spec) -> str:
    """A 借款展期协议: an existing bank loan's unpaid principal extended; interest monthly."""
    P = s.principal
    return f"""借款展期协议
原借款合同编号：JS-GR-2024-11830　　贷款人：江淮商业银行股份有限公司合肥蜀山支行　　借款人：武立新

鉴于借款人在原借款合同项下尚欠本金人民币{money(P)}元无法于原到期日{ymd(s.start_date)}归还，
借款人申请展期，经贷款人审查同意，双方达成如下协议：

一、展期金额：人民币{daxie(P)}（¥{money(P)}），即原合同项下未还本金，贷款人不另行发放资金。
二、展期期限：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
三、展期利率：展期期间执行年利率{plain(s.rate_value)}%。
四、还款方式：展期期间按月付息，每月{s.start_date.day}日支付利息{money(s.rows[0]['interest'])}元，展期到期日一次归还全部本金。
五、借款人应于本协议签订前结清原合同项下截至原到期日的全部利息。本次展期不收取展期手续费。
六、原借款合同中的担保合同继续有效，保证人已在本协议上签字同意。
七、本协议未约定的，仍按原借款合同执行。

借款人：武立新　　保证人：武立平　　贷款人（公章）
签订日期：{ymd(s.contract_date)}
"""


def u09(_s: Spec) -> str:
    """A 协商还款 (debt restructuring) agreement for an overdue credit-card balance: not a loan."""
    return """个人信用卡欠款协商还款协议

甲方：东南银行股份有限公司信用卡中心
乙方：鲍文静　　卡号尾号：3907

一、截至2025年8月31日，乙方信用卡账户欠款总额为人民币48,260.35元，其中本金41,100.00元、利息及费用7,160.35元。
二、经乙方申请，甲方同意停止计收自2025年9月1日起的利息和违约金，对欠款总额按60期分期偿还：
    每月28日前还款804.34元（第60期804.29元），自2025年9月28日开始。
三、甲方同意减免已产生的违约金2,100.00元，减免后乙方应还总额为46,160.35元，已含在上述分期中（以甲方系统为准）。
四、乙方连续两期未按时足额还款的，甲方有权恢复原欠款金额及计息方式，并依法追偿。
五、协议期间乙方信用卡账户冻结，不得使用。
甲方（业务章）　　　乙方签字：鲍文静
签订日期：2025年9月3日
"""


def u10(s: Spec) -> str:
    """A 民间借贷 欠条: 月息1分 paid with the principal (利随本清); an overdue rate of 日万分之五."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""欠　条

本人单立群，今欠表姐夫卢国栋人民币{daxie(P)}（¥{money(P)}），系于{cn_date(s.start_date)}借款，
款项已由其微信及银行转账付清。
双方约定：借期六个月，按月息一分计息，利随本清，即于{cn_date(end(s))}一次归还本金和利息共{money(P + i)}元。
如逾期不还，逾期部分另按每日万分之五支付逾期利息，直至还清为止。

欠款人：单立群（按手印）
身份证：3707**********2815
{cn_date(s.contract_date)}
"""


def u11(s: Spec) -> str:
    """A loan app's 借款确认页, as a borrower's transcript: the amount paid out is below the loan."""
    P = s.principal
    return f"""（以下为“闪借钱包”App 借款确认页面的文字记录，由借款人截屏后整理）

借款金额　　　　¥{money(P)}
到账金额　　　　¥{money(s.received)}
　　└ 信息审核费 ¥{money(fee(s))}（放款时一次性收取）
借款期限　　　　{s.n}个月
还款方式　　　　每月等额还款
日利率　　　　　{plain(s.rate_value)}%
每月应还　　　　¥{money(pay(s))}{last_note(s, '最后一个月')}
首次还款　　　　{due(s, 1).month}月{due(s, 1).day}日
放款机构　　　　天衡网络小额贷款有限公司
□ 我已阅读《借款协议》《信息审核服务协议》　　　[ 确认借款 ]
记录时间：{s.contract_date.isoformat()}
"""


def u12(s: Spec) -> str:
    """A 住房公积金贷款 repayment notice from a city fund centre (PDF)."""
    P = s.principal
    return f"""杭州市住房公积金管理中心
个人住房公积金贷款还款通知书

借款人：舒文涛　　　　贷款账号：33010********6621
受托银行：浙商共建银行杭州城西支行

您申请的个人住房公积金贷款已于{ymd(s.start_date)}发放，具体信息如下：
贷款金额：{money(P)}元　　贷款期限：{s.n}个月（{s.n // 12}年）
贷款年利率：{plain(s.rate_value)}%（首套住房，5年以上）
还款方式：等额本息　　　月还款额：{money(pay(s))}元
首次还款日：{ymd(due(s, 1))}，以后每月{s.start_date.day}日从您的还款账户自动扣款。
贷款期间如遇法定利率调整，于次年1月1日起按调整后利率执行，月还款额相应调整。
本中心不收取任何手续费。

杭州市住房公积金管理中心（业务专用章）
{ymd(s.contract_date)}
"""


def u13(_s: Spec) -> str:
    """A court's 民事调解书 on a private-loan dispute (PDF): not a loan contract."""
    return """浙江省温州市鹿城区人民法院
民事调解书
（2025）浙0302民初5127号

原告：蔡建华，男，1978年2月3日出生，住温州市鹿城区。
被告：项丽萍，女，1985年11月20日出生，住温州市瓯海区。

原告蔡建华与被告项丽萍民间借贷纠纷一案，本院于2025年6月12日立案后，依法适用简易程序进行了审理。
原告诉称：被告于2023年10月8日向原告借款150,000元，约定月利率1%，借期一年，到期后被告仅支付利息9,000元。

本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：
一、被告项丽萍于2025年8月31日前归还原告蔡建华借款本金150,000元；
二、被告项丽萍于2025年12月31日前支付原告蔡建华利息损失18,000元；
三、如被告未按上述任何一期足额履行，原告可就全部未付款项申请强制执行，并按全国银行间同业拆借中心
    公布的一年期贷款市场报价利率计付迟延履行期间的利息；
四、案件受理费减半收取1,725元，由被告负担。

上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。
审判员　周敏
二〇二五年七月十五日
书记员　林一帆
"""


def u14(_s: Spec) -> str:
    """An employee's 工资条 with a staff-loan deduction line: not a loan contract."""
    return """嘉兴瑞丰包装材料有限公司　2025年10月工资条
工号：RF0782　　姓名：邵佳乐　　部门：生产二车间　　发放日：2025-11-10

应发项目　　　　　　　　金额（元）
基本工资　　　　　　　　4,600.00
岗位津贴　　　　　　　　　800.00
加班费（22小时）　　　　　632.50
全勤奖　　　　　　　　　　200.00
应发合计　　　　　　　　6,232.50

扣款项目
养老保险（8%）　　　　　　368.00
医疗保险（2%）　　　　　　 92.00
失业保险（0.5%）　　　　　 23.00
住房公积金（7%）　　　　　322.00
员工借款扣回（第5/10期）　500.00
个人所得税　　　　　　　　 12.82
扣款合计　　　　　　　　1,317.82

实发工资　　　　　　　　4,914.68
如对工资有疑问，请于发放后5个工作日内联系人事部。
"""


def u15(s: Spec) -> str:
    """A 医美分期 contract whose stated 还款总额 is below what its instalments add up to."""
    P = s.principal
    stated = total_repaid(s) - 200
    return f"""医疗美容分期付款服务协议（借款部分）
机构：悦颜医疗美容门诊部　　项目：面部综合抗衰疗程　　项目价款：{money(P + D(3000))}元　　首付：3,000.00元
分期借款人：邹雨桐　　出借方：瑞丰消费金融有限公司

分期金额：{money(P)}元（由出借方直接支付给美容机构）
分期期数：{s.n}期　　　年利率：{plain(s.rate_value)}%（单利，等额本息）
每期还款：{money(pay(s))}元{last_note(s)}，每月{s.start_date.day}日自动扣款，首期{ymd(due(s, 1))}
还款总额：{money(stated)}元（含利息{money(stated - P)}元）
其他费用：无
提示：美容项目效果不影响还款义务；如疗程中途终止，已放款部分仍需按约还款。
借款人签名：邹雨桐　　　　{ymd(s.contract_date)}
"""


def u16(s: Spec) -> str:
    """A 职业培训 course paid by an instalment loan with a flat monthly rate; ticked boxes."""
    P = s.principal
    return f"""技能培训报名表及学费分期申请
学员：柏宇航　　课程：Java全栈开发就业班（24周）　　学费：{money(P)}元

付款方式（请勾选）：
□ 一次性付清
☑ 学费分期（由合作机构 南山消费金融有限公司 放款，学费直接付至本机构）

分期方案（请勾选）：
□ 6期　 月费率0.60%
□ 12期　月费率0.55%
☑ {s.n}期　月费率{plain(s.rate_value)}%

月费率按分期本金计算，每月还款＝分期本金÷期数＋分期本金×月费率＝{money(pay(s))}元{last_note(s)}；
首期还款日{ymd(due(s, 1))}。无其他费用。退学不免除已放款部分的还款义务。
学员签名：柏宇航　　　日期：{ymd(s.contract_date)}
"""


def u17(s: Spec) -> str:
    """A company lending to a private person; the rate stated only in a footnote."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""借款协议

出借人：宏泰建材贸易有限公司（以下简称甲方）
借款人：龚海东（以下简称乙方）

1. 甲方同意出借给乙方人民币{money(P)}元*，用于乙方个人资金周转，甲方于{ymd(s.start_date)}转入乙方账户。
2. 借款期限{s.term_months}个月，乙方每月{s.start_date.day}日向甲方支付当月利息{money(i)}元，到期日{ymd(end(s))}归还全部本金。
3. 乙方以其名下宝马X3车辆提供质押。
4. 任何一期利息迟延超过十日，甲方有权要求乙方提前归还全部借款。
5. 本协议自双方签字盖章之日起生效。

甲方（盖章）　　　　乙方（签字）：龚海东
{ymd(s.contract_date)}

* 借款利息按年化{plain(s.rate_value)}%计算，按月支付；除利息外甲方不收取其他费用。
"""


def u18(s: Spec) -> str:
    """An 汽车金融公司 0% loan with a 金融服务费 paid at signing; approval e-mail (PDF)."""
    P = s.principal
    return f"""发件人：华晟汽车金融有限公司 <notice@hscf.example.cn>
收件人：陆明轩
主题：您的汽车贷款已审批通过（申请号 HSCF20250917-0336）

尊敬的陆明轩先生：
您在广州天河丰诚4S店申请的购车贷款已审批通过，车辆：丰田凯美瑞 2.0E 精英版，车价203,800元，首付123,800元。
贷款金额：{money(P)}元，直接支付给经销商
贷款期限：{s.n}个月　　　贷款年利率：0%（厂家全额贴息）
每月还款：{money(pay(s))}元{last_note(s)}，首期{ymd(due(s, 1))}
金融服务费：{money(fee(s))}元，请于签约当日另行支付至我司账户（不计入贷款）
您已于{cn_date(s.contract_date)}在店内签署电子合同，贷款已于当日支付至经销商。
此邮件由系统发出，请勿直接回复。
"""


def u19(s: Spec) -> str:
    """A Hong Kong money lender's loan confirmation (繁體, HKD): out of scope."""
    P = s.principal
    return f"""富滙財務有限公司　放債人牌照號碼：1234/2025
私人分期貸款確認書

借款人：張嘉欣　　身份證號碼：Y12****(3)
貸款額：港幣{money(P)}元
還款期：{s.n}個月，每月{s.start_date.day}日還款，每期還款額港幣{money(pay(s))}元
月平息：{plain(s.rate_value)}%
實際年利率：{r2(s.cost) if s.cost else '—'}%（按《放債人條例》計算）
貸款已於{s.start_date.year}年{s.start_date.month}月{s.start_date.day}日全數存入借款人之銀行戶口，本公司不收取任何手續費。
警告：借錢梗要還，咪俾錢中介
簽署日期：{s.contract_date.year}年{s.contract_date.month}月{s.contract_date.day}日
"""


def hk_effective(s: Spec) -> Decimal:
    """The effective annual rate a Hong Kong lender must quote: (1 + monthly IRR)^12 - 1."""
    i = periodic_irr(s.received, [r["total"] for r in s.rows])
    return r2(((1 + i) ** 12 - 1) * 100)


def u20(s: Spec) -> str:
    """A bank 消费贷 at LPR + spread, equal principal, flattened two-column key-value layout."""
    P = s.principal
    return f"""个人综合消费贷款合同　要素页
贷款人　　　　　　　　　　　借款人
西岭银行股份有限公司　　　　温若琳
成都高新支行　　　　　　　　身份证 5101**********4427
贷款金额　　　　　　　　　　贷款期限
{money(P)}元　　　　　　　　{s.term_months}个月
利率确定方式　　　　　　　　执行年利率
一年期LPR加{s.lpr_spread_bp}个基点　　{plain(s.rate_value)}%
还款方式　　　　　　　　　　首期还款日
等额本金，按月还款　　　　　{ymd(due(s, 1))}
每月应还本金　　　　　　　　首期应还本息
{money(s.rows[0]['principal'])}元　　　　　　　　{money(s.rows[0]['total'])}元
放款日　　　　　　　　　　　费用
{ymd(s.start_date)}　　　　　无
签订日期：{ymd(s.contract_date)}
"""
