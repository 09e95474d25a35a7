#!/usr/bin/env python3
"""The Chinese renderers of held-out batch R (tests/fresh/zh/zh-w*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_r.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, daxie, money, plain, r2, wan  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import dot, pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402


def last(s: Spec, word: str = "末期") -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f"（{word}{money(s.rows[-1]['total'])}元）"


def w01_blocks(s: Spec) -> list:
    """A 应收账款保理 contract between a factoring company and a supplier (docx): not a consumer loan."""
    return [
        ("p", "有追索权国内保理合同"),
        ("p", "合同编号：BL-2025-0419"),
        ("br", "保理商（甲方）：汇通商业保理（深圳）有限公司", "卖方（乙方）：德兴五金制品有限公司", "买方（债务人）：华南家居连锁股份有限公司"),
        ("p", "第一条　乙方将其依据《购销合同》（编号GX-0311）对买方享有的应收账款转让给甲方，应收账款金额为人民币850,000.00元，到期日为2025年9月30日。"),
        ("p", "第二条　甲方按应收账款金额的80%向乙方支付保理融资款，即人民币680,000.00元。"),
        ("p", "第三条　保理融资利息按年化7.2%计算，自融资款发放之日起至买方付款之日止；保理服务费为应收账款金额的0.5%，于融资款发放时一次性收取。"),
        ("p", "第四条　买方到期未付款的，甲方有权要求乙方回购未收回的应收账款。"),
        ("t", [["项目", "金额（元）"], ["应收账款", "850,000.00"], ["融资比例", "80%"], ["融资款", "680,000.00"], ["保理服务费", "4,250.00"]]),
        ("p", "甲方（盖章）　　　乙方（盖章）　　　签订日期：2025年4月19日"),
    ]


def w02(s: Spec) -> str:
    """A borrowing app's 借款成功 page: 日利率 with the 年化 in brackets, six monthly instalments (PNG)."""
    P = s.principal
    rows = "\n".join(f"第{r['k']}期　{r['date'].month}月{r['date'].day}日　¥{money(r['total'])}　（本金{money(r['principal'])}＋利息{money(r['interest'])}）"
                     for r in s.rows)
    return f"""14:07　　　　　　　　　　　　　　　　　　4G ▮▮▮
<　　　　　　　借款成功
　　　　　　　　　✓
　　　　¥{money(P)} 已转入您的储蓄卡
　　　　　　建设银行(尾号0528)
────────────────────
借款期限　　　　　　　　　　{s.n}个月
日利率　　　　　　　　　{plain(s.rate_value)}%（年化{plain(s.rate_value * 365)}%）
　　　　　　　　　　　按日计息，单利
还款方式　　　　　　　　　　每月等额
借款日　　　　　　　　　　　{s.start_date.isoformat()}
────────────────────
还款计划
{rows}
共计应还 ¥{money(total_repaid(s))}　利息合计 ¥{money(total_interest(s))}
────────────────────
资金方：融信消费金融股份有限公司
可随时提前还款，按实际借款天数计息
[ 完成 ]
"""


def w03(s: Spec) -> str:
    """A car-insurance premium paid in twelve monthly instalments through a consumer-finance company."""
    P = s.principal
    return f"""机动车商业保险保费分期付款服务协议（客户联）
投保人：袁志强　　车牌号：粤B·7K3Q9　　保单号：PDAA2025440300008812
承保公司：安泰财产保险股份有限公司深圳分公司
分期服务方：鑫和消费金融有限公司

本年度保费合计{money(P)}元，由分期服务方于{ymd(s.start_date)}一次性代投保人全额支付给承保公司，投保人按下列方式分期归还：
（一）分期期数：{s.n}期，每月{s.start_date.day}日为还款日，首期还款日{ymd(due(s, 1))}；
（二）分期手续费：每期按保费总额的{plain(s.fees[0].percent)}%收取，即每期{money(fee(s))}元，分期不另收利息；
（三）每期应还：分摊保费{money(s.rows[0]['principal'])}元＋手续费{money(fee(s))}元＝{money(pay(s))}元{last(s)}；
（四）投保人中途退保的，退还保费优先用于结清剩余分期款项。
投保人签字：袁志强　　　　日期：{ymd(s.contract_date)}
"""


def w04(s: Spec) -> str:
    """A rural bank's household solar (光伏贷) loan paid straight to the installer (受托支付) (PDF)."""
    P = s.principal
    return f"""清河农村商业银行
农户分布式光伏发电设备贷款合同

借款人：马长顺（农户，清河县柳营村三组）
贷款人：清河农村商业银行股份有限公司柳营支行
　
一、贷款用途：仅限用于购买、安装户用分布式光伏发电设备（装机容量18.6千瓦）。
二、贷款金额：人民币{daxie(P)}（¥{money(P)}）。
三、支付方式：受托支付。贷款人于{ymd(s.start_date)}将贷款资金全额直接支付至设备供货安装方
　　阳光益农新能源科技有限公司账户（账号尾号7702），不划入借款人账户。
四、贷款期限：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
五、贷款利率：固定年利率{plain(s.rate_value)}%。
六、还款方式：按月等额本息，每月{s.start_date.day}日扣款，月还款额{money(pay(s))}元{last(s, '最后一期')}。
　　借款人发电收益由电网公司结算至借款人账户，可用于归还贷款。
七、本贷款不收取任何手续费、服务费。
八、借款人未按期还款的，逾期部分按本合同利率加收50%计收罚息。

借款人（签字、捺印）：马长顺　　　贷款人（公章）　　　签订日期：{ymd(s.contract_date)}
"""


def w05(s: Spec) -> str:
    """A farm-machinery loan repaid each quarter in equal parts of principal (a loan slip)."""
    P = s.principal
    rows = "\n".join(f"  {r['k']}　　{ymd(r['date'])}　　{money(r['principal'])}　　{money(r['interest'])}　　{money(r['total'])}" for r in s.rows)
    return f"""江北农商银行　农机具购置贷款借据
借据号：NJ2025-00631　　　　　　客户：丁福生（种粮大户）
贷款品种：农户生产经营贷款（农机具购置）
购置机具：4LZ-8型自走式谷物联合收割机一台
借款金额：{wan(P)}　　　　发放日：{ymd(s.start_date)}
期限：{s.term_months}个月　　　　年利率：{plain(s.rate_value)}%
还款方式：按季等额本金（每季还本{money(s.rows[0]['principal'])}元，利息按剩余本金计算，随本金一并归还）

期次　还款日　　　　　　本金　　　　利息　　　合计
{rows}

本借据为借款合同的组成部分。
借款人签章：丁福生　　　经办：刘　　复核：孙
"""


def w06(s: Spec) -> str:
    """A bank loan against the borrower's own fixed-term deposit (存单质押), one bullet payment."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""个人定期存单质押贷款合同
借款人（出质人）：宋雅琴
贷款人（质权人）：海安银行股份有限公司港城支行
质物：借款人本人名下本行三年期整存整取定期存单一张，存单号HA0031287，金额200,000.00元，到期日2027年5月20日。

第一条　贷款金额{money(P)}元，不超过质物面额的90%。
第二条　贷款期限{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}。
第三条　贷款年利率{plain(s.rate_value)}%，按实际天数计息，利随本清；到期一次性归还本金{money(P)}元及利息{money(i)}元，合计{money(total_repaid(s))}元。
第四条　贷款发放至借款人在本行开立的活期账户，本行不收取任何费用。
第五条　借款人到期未还的，贷款人有权直接兑取质押存单，所得款项用于清偿贷款本息。
借款人：宋雅琴　　　　贷款人（盖章）　　　　{ymd(s.contract_date)}
"""


def w07(s: Spec) -> str:
    """A 信用卡代还 app page: the platform pays the card bill and takes it back in three parts (HTML)."""
    P = s.principal
    plan = [["期数", "还款日", "本金", "服务费", "合计"]] + [
        [f"{r['k']}/{s.n}", r["date"].isoformat(), money(r["principal"]), money(r["fees"]), money(r["total"])] for r in s.rows]
    body = f"""<h2>智能代还 · 账单确认</h2>
{kv_div([("待还信用卡", "浦江银行信用卡（尾号4471）"), ("本期账单", f"¥{money(P)}"), ("代还金额", f"¥{money(P)}"),
         ("代还日期", s.start_date.isoformat()), ("分期", f"{s.n}期（每月）"), ("服务费", f"每期代还金额的{plain(s.fees[0].percent)}%")])}
<p class="small">代还资金由平台合作方直接还入您的信用卡，不经过您的账户。本服务不收利息，仅收服务费。</p>
<h3>还款计划</h3>
{table_html(plan)}
<p>合计应还 ¥{money(total_repaid(s))}</p>
<p class="small">服务提供方：快还宝（杭州）网络科技有限公司；资金方：东信小额贷款有限公司。逾期将按日收取未还金额0.05%的违约金。</p>
<button>确认代还</button>"""
    return page("智能代还", body, True, "")


def w08(s: Spec) -> str:
    """A gym's prepaid membership card contract with a monthly payment option: not a loan."""
    return """预付式会员卡购买协议
商家：力行健身（滨江店）　　会员：温晓雯　　卡号：LX-0097351
卡种：两年期畅游卡　　标价：6,880.00元　　活动价：5,980.00元
付款方式：一次性付清（已选）☑　　月付（每月249.17元，共24个月，不收任何费用）☐
会员权益：全部团课、器械区、淋浴；私教课另行购买。
退卡：开卡7日内未使用可全额退款；此后退卡按剩余天数折算退还，扣除标价10%的手续费。
商家已按规定将预收资金的20%存入监管账户。
会员签字：温晓雯　　　　日期：2025年5月6日
"""


def w09(s: Spec) -> str:
    """A bank's wealth-management product sheet (PDF): rates of return, no credit at all."""
    return """永安银行“稳盈”系列第178期人民币理财产品　产品说明书（摘要）
产品代码：WY25178　　风险等级：二级（中低）　　产品类型：固定收益类、非保本浮动收益
募集期：2025年6月3日至2025年6月9日　　成立日：2025年6月10日　　到期日：2026年6月9日（364天）
业绩比较基准：年化2.60%-3.20%（业绩比较基准不是预期收益率，不代表产品的未来表现和实际收益）
认购起点：1万元，以1元整数倍递增
销售手续费：年化0.20%　　托管费：年化0.02%　　固定管理费：年化0.30%
超额业绩报酬：超过业绩比较基准上限的部分，管理人提取50%
示例：投资者认购100,000元，若产品年化收益率（扣除费用后）为2.90%，到期收益为100,000×2.90%×364÷365=2,892.05元。
本产品不提供提前赎回。理财非存款，产品有风险，投资须谨慎。
"""


def w10(s: Spec) -> str:
    """A village mutual-aid fund (互助资金) loan: a 资金占用费 instead of interest, one payment."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""柳溪村扶贫互助资金借款协议
借款社员：黄永富　　　　　担保社员：黄永贵、周三妹（联保）
互助社：柳溪村发展互助资金协会

经互助社理事会审议，同意借给黄永富互助资金{money(P)}元，用于养殖肉牛。
借款期限{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
资金占用费：按年{plain(s.rate_value)}%收取，到期时与本金一并交回，计{money(i)}元，本息合计{money(total_repaid(s))}元。
借款到期不能归还的，由联保社员代为归还；互助社不收取其他任何费用。
借款社员签字（按手印）：黄永富
互助社理事长：黄德明　　　　　日期：{ymd(s.contract_date)}
"""


def w11(s: Spec) -> str:
    """A bridge advance to redeem a mortgaged flat before its sale (赎楼垫资), daily fee (PDF)."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""赎楼垫资借款合同
出借人（甲方）：鼎盛投资咨询有限公司
借款人（乙方）：邝伟明　　房产：天河区华景路88号3栋1202房

鉴于乙方出售上述房产，需先结清该房产在工商银行的按揭贷款余额，双方约定：
1．甲方向乙方出借赎楼款{money(P)}元，由甲方于{ymd(s.start_date)}直接支付至乙方在工商银行的还款账户，用于提前结清按揭贷款。
2．借款期限：{s.term_days}天，自放款之日起算，至{ymd(end(s))}止；买方按揭贷款发放后即归还。
3．借款费用：按借款金额每日{plain(s.rate_value)}%计收，按实际使用天数计算，{s.term_days}天合计{money(i)}元，
　 于还款时与本金一并支付，到期应还{money(total_repaid(s))}元。
4．超期未还的，超期部分按每日0.2%计收。
5．乙方以上述房产出售所得价款作为还款来源，并授权甲方监管售房款。
甲方（盖章）　　　　乙方：邝伟明　　　　签订日期：{ymd(s.contract_date)}
"""


def w12(s: Spec) -> str:
    """A 创业担保贷款 (start-up loan guaranteed by a public fund, interest subsidy paid apart): interest
    each quarter, principal at the end (PDF)."""
    P = s.principal
    q = s.rows[0]["interest"]
    return f"""创业担保贷款借款合同（个人）
借款人：覃小燕（个体工商户“小燕米粉店”经营者）
贷款人：桂南银行股份有限公司兴宁支行
担保人：南宁市创业担保贷款担保基金管理中心

第一条　借款金额：{wan(P)}。
第二条　借款期限：{s.term_months}个月，{ymd(s.start_date)}至{ymd(end(s))}。
第三条　借款利率：年利率{plain(s.rate_value)}%，合同期内不变。
第四条　结息与还款：按季结息，自放款日起每满三个月结息一次，首次结息日{ymd(due(s, 1))}，每季应付利息{money(q)}元；本金到期一次归还。
第五条　财政贴息：借款人符合创业担保贷款贴息条件的，贴息资金由财政部门按规定另行拨付给借款人，
　　　　不减少借款人依本合同应按期支付的利息。
第六条　本贷款免收担保费，贷款人不收取任何手续费。
借款人：覃小燕　　　　贷款人（盖章）　　　　签订日期：{ymd(s.contract_date)}
"""


def w13(s: Spec) -> str:
    """A Malaysian licensed moneylender's loan note in Chinese, ringgit, flat rate (out of scope)."""
    P = s.principal
    i = total_interest(s)
    return f"""大马信贷有限公司（持牌放贷人，执照号码：WL7712/06/2026）
放贷交易备忘录（中文译本）
借款人：林国华（身份证号码：880412-08-5533）　地址：霹雳州怡保
贷款日期：{s.start_date.day}/{s.start_date.month}/{s.start_date.year}
本金：RM{money(P)}
利率：每年{plain(s.rate_value)}%（无抵押贷款，按本金固定计算）
利息总额：RM{money(i)}
还款期：{s.n}个月，每月还款RM{money(pay(s))}{('（最后一期RM' + money(s.rows[-1]['total']) + '）') if s.rows[-1]['total'] != pay(s) else ''}
还款总额：RM{money(total_repaid(s))}
本交易受马来西亚《1951年放贷人法令》管辖。
借款人签名：林国华　　　放贷人代表：陈志明
"""


def w14(s: Spec) -> str:
    """A trust company's consumer loan sold through an app, with a guarantee fee paid in cash on
    the payout day."""
    P = s.principal
    return f"""个人消费借款合同（信托贷款）
贷款人：中原国际信托有限公司（代表“惠享1号集合资金信托计划”）
借款人：潘晓东　　　推荐方：融e借（技术服务，不向借款人收费）
担保人：安鼎融资担保有限公司

1．借款本金{money(P)}元，借款期限{s.n}个月，年利率{plain(s.rate_value)}%（单利），
   按月等额本息还款，每期{money(pay(s))}元{last(s, '最后一期')}，放款日{ymd(s.start_date)}，首个还款日{ymd(due(s, 1))}。
2．担保费：借款人应向担保人支付担保费{money(fee(s))}元，于放款当日由担保人从借款人另行绑定的银行卡中扣收，
   不从借款本金中扣除；担保人不再按月收费。
3．借款资金全额发放至借款人名下银行卡。
4．提前还款：已收取的担保费不予退还。
借款人（电子签名）：潘晓东　　　签署日期：{ymd(s.contract_date)}
"""


def w15(s: Spec) -> str:
    """A house buyer's down payment split into monthly parts by a developer's affiliated company."""
    P = s.principal
    return f"""首付款分期借款协议
出借方（甲方）：锦绣置业集团下属 锦绣金服信息咨询有限公司
借款方（乙方）：曹立新、何静（夫妻）
购房信息：锦绣江南花园7栋2单元1503室，总价1,350,000元，首付款405,000元。

一、乙方因首付款资金不足，向甲方借款{money(P)}元，由甲方直接支付给锦绣置业作为首付款的一部分。
二、借款期限{s.term_months}个月，年利率{plain(s.rate_value)}%，按月等额本息还款，每月{s.start_date.day}日还款{money(pay(s))}元{last(s, '最后一期')}。
三、乙方银行按揭贷款与本借款相互独立，乙方不得以本借款为由拖欠按揭还款。
四、甲方不收取本协议约定利息以外的费用。
甲方（盖章）　　乙方：曹立新　何静　　　日期：{ymd(s.contract_date)}
"""


def w16(s: Spec) -> str:
    """A consumer-finance loan repaid every two weeks, its plan a table with a two-row merged
    header flattened by the printer (PDF)."""
    P = s.principal
    rows = "\n".join(f"│{r['k']:>3} │{r['date'].isoformat()}│{money(r['principal']):>9}│{money(r['interest']):>8}│{money(r['total']):>9}│" for r in s.rows)
    return f"""安盈消费金融有限公司　“周转宝”借款确认单
借款人：莫海涛　　工号：GD-FX-2291（富兴电子厂）
借款金额：{money(P)}元　　放款日：{ymd(s.start_date)}　　到期日：{ymd(end(s))}
还款周期：双周还款（每14天一期，与工资发放日一致），共{s.n}期
年利率：{plain(s.rate_value)}%（单利，按期计息）　　还款方式：等额本息
┌────┬──────────┬──────────────────────────┐
│期数│　还款日　　│　　　　　　应还金额（元）　　　　　　│
│　　│　　　　　　├─────────┬────────┬─────────┤
│　　│　　　　　　│　本金　　│　利息　│　合计　　│
├────┼──────────┼─────────┼────────┼─────────┤
{rows}
└────┴──────────┴─────────┴────────┴─────────┘
除利息外无其他费用。借款人签名：莫海涛
"""


def w17(s: Spec) -> str:
    """A bank's study-abroad loan, the amount in 万元 with decimals and dates written 2025.3.8."""
    P = s.principal
    return f"""出国留学贷款审批结果通知
尊敬的 罗嘉怡 女士：
您为子女 罗一鸣（录取院校：University of Leeds，硕士）申请的出国留学贷款已审批通过，主要要素如下：
　· 贷款金额：{plain(P / 10000)}万元
　· 贷款期限：{s.term_months}个月（{dot(s.start_date)} — {dot(end(s))}）
　· 执行利率：年利率{plain(s.rate_value)}%（固定）
　· 还款方式：等额本息，每月{s.start_date.day}日还款，月供{money(pay(s))}元{last(s, '最后一期')}
　· 放款日期：{dot(s.start_date)}，放款至您在本行开立的账户
　· 担保方式：借款人名下房产抵押
本行不收取贷款手续费。评估费、抵押登记费由借款人按实际发生向第三方支付（本行已为您减免）。
盛安银行个人信贷中心　{dot(s.contract_date)}
"""


def w18(s: Spec) -> str:
    """A loan between relatives at 月息1.5分, interest monthly, dates written 25年4月16日."""
    P = s.principal
    i = s.rows[0]["interest"]
    d, e = s.start_date, end(s)
    return f"""借　款　协　议
出借人：舅舅 吴兴华　　　借款人：外甥 陆子轩
陆子轩因开奶茶店借吴兴华现金{money(P)}元（{daxie(P)}），{d.year % 100}年{d.month}月{d.day}日由吴兴华微信转账到陆子轩账户。
利息按月息1.5分算，每月{d.day}号前付当月利息{money(i)}元，{s.n}个月后即{e.year % 100}年{e.month}月{e.day}日连本带息一次还清。
逾期不还的，吴兴华可以起诉，律师费由陆子轩承担。
出借人：吴兴华　　　借款人：陆子轩
{s.contract_date.year % 100}年{s.contract_date.month}月{s.contract_date.day}日
"""


def w19(s: Spec) -> str:
    """A bank credit card's car-purchase instalment: a summary box whose 手续费总额 disagrees with the
    per-period fee the same page states."""
    P = s.principal
    f = fee(s)
    wrong_total = f * s.n + 900
    return f"""瑞通银行信用卡购车分期付款合同（客户信息页）
持卡人：邵俊杰　　卡号：6258 **** **** 3391　　经销商：恒驰汽车4S店（保时达路）
车型：星途 揽月 2025款 400T　　车价：158,800.00元　　首付：58,800.00元

┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ 分期金额　　　　{money(P)}元
┃ 分期期数　　　　{s.n}期
┃ 每期手续费率　　{plain(s.fees[0].percent)}%（按分期金额计）
┃ 每期手续费　　　{money(f)}元
┃ 手续费总额　　　{money(wrong_total)}元
┃ 每期应还　　　　{money(pay(s))}元{last(s, '末期')}
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
分期金额由本行直接支付给经销商，自{ymd(s.start_date)}起按月入账，每期本金{money(s.rows[0]['principal'])}元，手续费随每期本金一同入账，不另收利息。
持卡人签名：邵俊杰　　　　日期：{ymd(s.contract_date)}
"""


def w20(s: Spec) -> str:
    """An individual income tax deduction form listing a housing loan: not a loan."""
    return """个人所得税专项附加扣除信息表（住房贷款利息）
扣除年度：2025
纳税人姓名：卫丽娟　　纳税人识别号：4401**********2846　　扣除方式：通过扣缴义务人申报
任职受雇单位：广州瑞景软件有限公司
──────────────────────────────
房屋坐落地址：广州市番禺区市桥街平康路16号1座903
产权证明：不动产权证书　　证书号：粤（2021）广州市不动产权第070412号
本人是否借款人：是　　是否婚前各自首套贷款且婚后分别扣除50%：否
贷款类型：商业贷款　　贷款银行：广州农村商业银行
贷款合同编号：GZRCB-ZF-2021-118203　　首次还款日期：2021年8月20日　　贷款期限（月数）：360
扣除标准：每月1,000元（全年12,000元）
──────────────────────────────
纳税人签字：卫丽娟　　填报日期：2025年1月8日
本表一式两份，纳税人和扣缴义务人各留存一份。
"""
