#!/usr/bin/env python3
"""The Chinese renderers of held-out batch Q (tests/fresh/zh/zh-v*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_q.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, cn_date, daxie, money, plain, r2, wan  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid, ymd  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402


def tail(s: Spec, word: str = "最后一期") -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f"（{word}{money(s.rows[-1]['total'])}元）"


def v01(s: Spec) -> str:
    """A 联合贷款 on a loan app: a bank and a consumer-finance company lend 70 / 30."""
    P = s.principal
    a, b = r2(P * D("0.7")), r2(P * D("0.3"))
    return f"""【借款合同（联合贷款）】
合同号：LH20250714-88213
借款人：许梦洁（手机尾号 6621）
联合贷款人：
  贷款人一：江城农村商业银行股份有限公司　出资比例70%　出资金额{money(a)}元
  贷款人二：惠民消费金融有限公司　　　　　出资比例30%　出资金额{money(b)}元
平台服务方：省心借（仅提供信息展示与技术服务，不收取任何费用）

一、借款金额合计{money(P)}元，由两家贷款人按上述出资比例共同发放，一次性划入借款人尾号6621的银行卡。
二、借款期限{s.n}个月（{ymd(s.start_date)}至{ymd(end(s))}）。
三、年化利率（单利）{plain(s.rate_value)}%，两家贷款人执行同一利率。
四、还款方式：等额本息，每月{s.start_date.day}日自动扣款，每期应还{money(pay(s))}元{tail(s)}，
    所扣款项按出资比例分别归还两家贷款人。
五、本借款除利息外不收取其他费用；借款人可随时提前还款，按实际使用天数计息，无违约金。
六、逾期罚息为借款利率上浮50%。

借款人已通过人脸识别确认签署　签署时间：{ymd(s.contract_date)} 14:26:03
"""


def v02(s: Spec) -> str:
    """A loan app screen where a 提额加速卡 is bought for cash on the day the loan is paid out (HTML)."""
    P = s.principal
    plan = [["期数", "还款日", "本金", "利息", "应还"]] + [
        [str(r["k"]), r["date"].isoformat(), money(r["principal"]), money(r["interest"]), money(r["total"])] for r in s.rows]
    body = f"""<h2>确认借款</h2>
{kv_div([("借多少", f"¥{money(P)}"), ("借多久", f"{s.n}个月"), ("年利率(单利)", f"{plain(s.rate_value)}%"),
         ("还款方式", "等额本息"), ("到账银行卡", "招商银行(3309)"), ("出借方", "安信小额贷款有限公司")])}
<div class="card"><p><b>极速放款卡</b> ¥{money(fee(s))}　<span class="tag">已选</span></p>
<p class="small">开通后优先审核、30分钟内到账；放款成功当日从您的银行卡另行扣取{money(fee(s))}元，不从借款中扣除。
开卡后不可退。</p></div>
<h3>还款计划</h3>
{table_html(plan)}
<p class="small">借款日{s.start_date.isoformat()}。提前还款需支付剩余本金1%的手续费。</p>
<button>同意协议并借款</button>"""
    return page("确认借款", body, True, "")


def v03(s: Spec) -> str:
    """A bank 信用贷 at a flat 月费率 (等本等息), with its 年化利率 stated (PDF)."""
    P = s.principal
    monthly_prin = r2(P / s.n)
    monthly_int = s.rows[0]["interest"]
    return f"""华泰商业银行　个人信用消费贷款　产品要素确认书
客户姓名：郑子豪　　　证件号码：3301**********0417
申请日期：{ymd(s.contract_date)}

┌─────────────────────────────────────────
│ 贷款额度　　　{wan(P)}
│ 贷款期数　　　{s.n}期（按月）
│ 还款方式　　　等本等息
│ 月费率　　　　{plain(s.rate_value)}%（按初始贷款本金计收）
│ 每月应还　　　本金{money(monthly_prin)}元＋费用{money(monthly_int)}元＝{money(pay(s))}元{tail(s)}
│ 年化利率　　　{r2(s.cost)}%（按中国人民银行公告〔2021〕第3号要求折算，IRR口径）
│ 放款日　　　　{ymd(s.start_date)}
└─────────────────────────────────────────
说明：月费率为本金×费率计算的每月固定费用，不随本金减少而降低；本行不另收任何手续费、账户管理费。
客户确认签字：郑子豪
"""


def v04(s: Spec) -> str:
    """A revolving 随借随还 credit line at a daily rate, one drawing of a stated number of days
    (an app screenshot, rendered as PNG)."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""9:41　　　　　　　　　　　　　　　●●● 5G
<　　借款详情
────────────────
可用额度 ¥36,000.00　　总额度 ¥50,000.00
────────────────
本次借款　　　　　　　　¥{money(P)}
借款日期　　　　　　　　{s.start_date.isoformat()}
约定用款　　　　　　　　{s.term_days}天
日利率　　　　　　　　　{plain(s.rate_value)}%
年化利率(单利)　　　　{plain(s.rate_value * 365)}%
还款方式　　　　　　　　到期一次还本付息
到期日　　　　　　　　　{end(s).isoformat()}
到期应还　　　　　　　　¥{money(total_repaid(s))}
　其中利息　　　　　　　¥{money(i)}
随借随还，按日计息，提前还款不收手续费
出借方：锦程消费金融有限公司
────────────────
[ 提前还款 ]　　　[ 查看合同 ]
"""


def v05(s: Spec) -> str:
    """A phone bought in a shop on 0 down-payment instalments, a per-period 手续费 of the price."""
    P = s.principal
    return f"""数码天地（中山路旗舰店）　分期购机单
收银单号：SZ0825-00317　　日期：{s.contract_date.isoformat()}　　店员：小韩
商品：华星 Mate X7 512G 曜石黑　　售价：{money(P)}
首付：0.00　　　分期金额：{money(P)}
分期机构：瑞丰消费金融有限公司（资金直接支付给本店，顾客不经手）
分期期数：{s.n}期
每期本金：{money(s.rows[0]['principal'])}{('（末期' + money(s.rows[-1]['principal']) + '）') if s.rows[-1]['principal'] != s.rows[0]['principal'] else ''}
每期手续费：分期金额×{plain(s.fees[0].percent)}%＝{money(fee(s))}
每期应还：{money(pay(s))}{tail(s, '末期')}
首期还款日：{due(s, 1).isoformat()}，此后每月同日
本分期不收利息，仅收手续费。
顾客签名：__龚丽__　　分期专员签名：__陈__
*** 感谢惠顾，保修凭此单 ***
"""


def v06(s: Spec) -> str:
    """A 贷款中介 居间服务合同: the broker's fee (paid by the borrower on the payout day) for
    arranging a bank loan whose terms the contract restates."""
    P = s.principal
    return f"""居间服务合同
甲方（委托人）：范立新
乙方（居间人）：速达信息咨询服务有限公司

甲方委托乙方为其向银行申请个人消费贷款提供居间服务（资料整理、产品匹配、陪同面签）。
一、拟申请贷款：{wan(P)}，期限{s.term_months}个月，等额本息，年利率{plain(s.rate_value)}%，贷款人为东海银行股份有限公司城西支行。
　　（注：以银行最终审批为准。经乙方核实，银行已于{ymd(s.start_date)}批准并足额放款{money(P)}元，
　　 月供{money(pay(s))}元{tail(s)}。）
二、居间服务费：为贷款金额的{plain(s.fees[0].amount / P * 100)}%，即{money(fee(s))}元，甲方应于银行放款当日以自有资金支付至乙方账户；
　　贷款未获批准的，乙方不收取任何费用。
三、乙方不得以银行名义收取任何费用；银行不收取居间服务费之外的其他费用。
四、甲方提供虚假资料导致贷款失败的，应赔偿乙方已发生的成本。
甲方：范立新　　乙方（盖章）　　签订日期：{ymd(s.contract_date)}
"""


def v07(s: Spec) -> str:
    """A bank 消费贷 with a 提前还款违约金 clause (PDF)."""
    P = s.principal
    return f"""个人消费贷款合同（节选）
贷款人：南岭银行股份有限公司　　借款人：欧阳晨
第一条　贷款金额：人民币{daxie(P)}（¥{money(P)}）。
第二条　贷款期限：{s.term_months}个月，自{ymd(s.start_date)}起至{ymd(end(s))}止。
第三条　贷款利率：年利率{plain(s.rate_value)}%，合同期内固定不变。
第四条　还款：按月等额本息，还款日每月{s.start_date.day}日，月还款额{money(pay(s))}元{tail(s)}。
第五条　提前还款：借款人自放款之日起满12个月后可申请提前还款，不收取费用；未满12个月提前还款的，
　　　　应按提前归还本金的3%向贷款人支付提前还款违约金。
第六条　逾期：按借款利率加收50%计收罚息，对不能按时支付的利息按罚息利率计收复利。
第七条　贷款人不收取本合同约定以外的任何费用。
借款人（签字）：欧阳晨　　　　贷款人（盖章）　　　　签订日期：{ymd(s.contract_date)}
"""


def v08(s: Spec) -> str:
    """A microloan with stacked default charges (罚息 1.5 x, 复利, 违约金) and footnote markers."""
    P = s.principal
    return f"""借款合同
出借人：丰裕小额贷款股份有限公司（以下简称"贷款人"）
借款人：蒋少波
1. 借款金额{money(P)}元①，借款期限{s.n}个月，年利率{plain(s.rate_value)}%（单利）②。
2. 还款方式为等额本息，每月{s.start_date.day}日还款{money(pay(s))}元{tail(s)}，首期{ymd(due(s, 1))}。
3. 借款人逾期的：（1）逾期本金自逾期之日起按借款年利率的1.5倍计收罚息；（2）逾期未付的利息按罚息利率计收复利；
   （3）借款人另应按逾期未还金额的20%一次性支付违约金。上述各项可同时主张。
4. 贷款人于{ymd(s.start_date)}一次性足额放款，不预扣任何费用。
注：
① 放款金额即借款金额。
② 贷款人不收取利息以外的服务费、管理费。
贷款人（盖章）　　　借款人：蒋少波　　　{ymd(s.contract_date)}
"""


def v09(s: Spec) -> str:
    """A private loan agreed in a WeChat chat (a transcript copied out of the app)."""
    P = s.principal
    i = s.rows[0]["interest"]
    d = s.start_date
    return f"""与「老周（周建业）」的聊天记录
———— {d.year}年{d.month}月{d.day - 1}日 晚上9:12 ————
韩飞：周哥，店里周转不开，想跟你借{wan(P)}，半年还
老周：行，按老规矩，月息2分，每个月{d.day}号前把利息给我，到期一次还本
韩飞：2分是每个月{money(i)}对吧
老周：对，{wan(P)}乘2%
韩飞：好，明天上午转我，我给你写个借条拍照发过来
———— {d.year}年{d.month}月{d.day}日 上午10:03 ————
老周：[转账] ¥{money(P)}　已收款
韩飞：收到了，谢谢周哥！
韩飞：[图片] 借条
老周：借条收到。{ymd(end(s))}到期，记得本金一起还
韩飞：放心
"""


def v10(_s: Spec) -> str:
    """A bank's 还款提醒 letter stating overdue amounts: not a loan's terms."""
    return """个人贷款逾期还款提醒函
尊敬的刘永胜先生/女士：
您于2024年3月12日在我行办理的个人消费贷款（合同号：XF2024031200562，贷款金额150,000.00元，年利率4.2%，
期限36个月，等额本息）截至2025年10月20日已逾期2期，逾期本金8,116.44元，逾期利息631.38元，
罚息及复利合计26.52元，当前应还合计8,774.34元。
请您于2025年10月31日前通过手机银行或到我行网点归还上述款项。如有困难，请致电客户经理（0571-8765****）
协商还款安排。逾期记录将依法报送金融信用信息基础数据库。
特此提醒。
浙东银行股份有限公司个人信贷中心
2025年10月21日
"""


def v11(_s: Spec) -> str:
    """A 个人信用报告 excerpt: records of loans, not a loan's terms (PDF)."""
    return """个人信用报告（本人查询版）　　报告编号：2025110309150382617452
被查询者姓名：孙晓燕　　证件类型：身份证　　查询时间：2025.11.03 09:15:38
一、信息概要
　贷款账户数 3　　未结清 2　　发生过逾期的账户数 0
　信用卡账户数 2　　当前透支余额 4,382.17
二、信贷交易信息明细（贷款）
　1. 2023年5月18日，锦华银行发放的个人住房商业贷款，借款金额980,000元，360期，按月归还，
　　 截至2025年10月，余额912,466.03元，当前无逾期。
　2. 2025年2月7日，惠民消费金融有限公司发放的个人消费贷款，借款金额30,000元，12期，
　　 截至2025年10月，余额7,611.52元，最近5年内无逾期。
　3. 2021年9月1日，某农商银行发放的个人经营性贷款，借款金额200,000元，已于2024年8月结清。
三、查询记录
　2025.10.29　贷后管理　锦华银行
　2025.02.06　贷款审批　惠民消费金融有限公司
本报告仅供本人了解自己的信用状况，请妥善保管。
"""


def v12_blocks(_s: Spec) -> list:
    """A 房屋租赁合同 (docx): rent, deposit and a late fee, no credit."""
    return [
        ("p", "房屋租赁合同"),
        ("p", "出租方（甲方）：马德华　　承租方（乙方）：林小雨"),
        ("p", "第一条　房屋：海淀区学院路某小区5号楼2单元801室，建筑面积68平方米。"),
        ("p", "第二条　租期：自2025年9月1日起至2026年8月31日止，共12个月。"),
        ("p", "第三条　租金：每月人民币6,800元，押一付三，每三个月支付一次，首期租金20,400元于签约当日支付。"),
        ("p", "第四条　押金：6,800元，租期届满乙方交还房屋且无损坏的，甲方全额无息退还。"),
        ("p", "第五条　乙方逾期支付租金的，每逾期一日按当期租金的千分之五支付滞纳金；逾期超过15日的，甲方有权解除合同。"),
        ("p", "第六条　水、电、燃气、物业费由乙方承担。"),
        ("p", "甲方签字：马德华　　乙方签字：林小雨　　2025年8月25日"),
    ]


def v13(s: Spec) -> str:
    """A Macau credit company's loan in traditional characters, patacas (out of scope)."""
    P = s.principal
    return f"""澳門信貸有限公司　私人貸款合約
借款人：何家輝　　澳門居民身份證號碼：1/2*****/3
貸款金額：澳門元{money(P)}（MOP）
貸款期數：{s.n}個月，每月等額還款
月息：{plain(s.rate_value)}%（按原貸款金額計算）
每月還款額：澳門元{money(pay(s))}{tail(s, '最後一期')}
首期還款日：{due(s, 1).isoformat()}
手續費：無
本合約受澳門特別行政區法律管轄。
簽署日期：{s.contract_date.isoformat()}
"""


def v14(s: Spec) -> str:
    """A microloan business loan of "3.5万元", interest monthly and principal at the end; the
    service fee is set out only in a 费用说明 annex at the end."""
    P = s.principal
    return f"""个人经营性借款合同
贷款人：富川小额贷款有限公司　　借款人：杨春来（个体工商户：春来生鲜店）
第一条　借款金额：{wan(P)}。
第二条　借款期限：{s.term_months}个月，自{ymd(s.start_date)}至{ymd(end(s))}。
第三条　借款利率：年利率{plain(s.rate_value)}%（单利）。
第四条　还款方式：按月付息、到期还本，每月{s.start_date.day}日付息，到期日归还全部本金及当月利息。
第五条　借款人应按本合同附件《费用说明》支付相关费用。
第六条　贷款人于放款日将借款全额划至借款人指定账户。
第七条　借款人逾期的，按逾期金额每日万分之五计收罚息。
借款人：杨春来　　　贷款人（盖章）　　　{ymd(s.contract_date)}

附件：费用说明
1. 贷后管理服务费：按借款本金的{plain(s.fees[0].percent)}%按月收取，即每月{money(fee(s))}元，与当月利息同日扣收。
2. 每月应付利息{money(s.rows[0]['interest'])}元，连同服务费每月合计{money(pay(s))}元；到期日另还本金{money(P)}元。
3. 除上述费用外，贷款人不收取其他费用。
"""


def v15(s: Spec) -> str:
    """A consumer-finance loan whose stated 利息总额 contradicts its instalments (PDF)."""
    P = s.principal
    stated = total_interest(s) - 300
    return f"""个人消费贷款合同　关键信息页
贷款人：远航消费金融有限公司　　借款人：邵婧
借款用途：婚庆服务
借款本金　　　　¥{money(P)}
借款期限　　　　{s.n}个月
年利率（单利）　{plain(s.rate_value)}%
还款方式　　　　等额本息
每月还款额　　　¥{money(pay(s))}{tail(s)}
利息总额　　　　¥{money(stated)}
放款日　　　　　{ymd(s.start_date)}
每月还款日　　　{s.start_date.day}日
本合同无其他费用。
借款人签名：邵婧　　{ymd(s.contract_date)}
"""


def v16(s: Spec) -> str:
    """A platform loan whose 履约保证保险费 is taken out of the payout; the bank's transfer slip shows
    the amount that arrived."""
    P = s.principal
    return f"""借款协议
借款人：毛立伟　　出借人：鑫汇小额贷款有限公司（通过"易贷宝"平台撮合）
1. 借款金额：{money(P)}元；借款期限：{s.n}个月；年利率：{plain(s.rate_value)}%；还款方式：等额本息，每月还款{money(s.payment)}元{tail(s)}。
2. 借款人同意投保借款履约保证保险，保险费为借款金额的{plain(s.fees[0].amount / P * 100)}%，共计{money(fee(s))}元，
   由出借人在放款时代扣代缴。
3. 放款日：{ymd(s.start_date)}。
4. 逾期的，保险公司代偿后向借款人追偿。

——————————————————————————
电子回单　　　　　　　　　　　　交易日期：{s.start_date.isoformat()}
付款户名：鑫汇小额贷款有限公司
收款户名：毛立伟　　收款账号：6222 **** **** 7714
交易金额：¥{money(s.received)}
摘要：借款放款（已扣除保险费{money(fee(s))}元）
"""


def v17(s: Spec) -> str:
    """A loan between friends, clause numbers in 大写, principal repaid in equal parts."""
    P = s.principal
    rows = "\n".join(f"　　第{r['k']}期　{ymd(r['date'])}　本金{money(r['principal'])}元　利息{money(r['interest'])}元"
                     for r in s.rows)
    return f"""借款合同
出借人：钱国强　　借款人：施文斌
第壹条　出借人借给借款人人民币{daxie(P)}（¥{money(P)}），于{ymd(s.start_date)}以银行转账方式支付。
第贰条　借款期限{s.n}个月，年利率{plain(s.rate_value)}%，按剩余本金计息。
第叁条　借款人每月归还本金{money(s.rows[0]['principal'])}元，并支付当月利息，分{s.n}期还清，明细如下：
{rows}
第肆条　借款人逾期还款的，逾期部分按年利率{plain(s.rate_value)}%继续计息，不另收违约金。
第伍条　本合同自双方签字之日起生效。
出借人：钱国强　　借款人：施文斌　　{cn_date(s.contract_date)}
"""


def v18(s: Spec) -> str:
    """A company's loan to a person at a lawful rate, but with a daily default charge far above
    4 x LPR (PDF)."""
    P = s.principal
    return f"""借款协议书
甲方（出借人）：宏远建材贸易有限公司
乙方（借款人）：冯志刚
经双方协商，甲方向乙方出借资金，达成协议如下：
一、借款本金人民币{money(P)}元，甲方于{ymd(s.start_date)}转入乙方账户。
二、借款期限{s.term_months}个月，年利率{plain(s.rate_value)}%，利息按月支付，每月{money(s.rows[0]['interest'])}元，到期一次归还本金。
三、乙方未按期还本付息的，应自逾期之日起按逾期金额每日千分之一向甲方支付违约金，直至清偿之日。
四、因本协议产生的争议由甲方所在地人民法院管辖。
甲方（盖章）：宏远建材贸易有限公司　　乙方（签字）：冯志刚
签订日期：{ymd(s.contract_date)}
"""


def v19(s: Spec) -> str:
    """A bank loan sold through a 助贷 platform with a one-off 增信服务费 paid to a guarantor on the
    payout day."""
    P = s.principal
    return f"""借款及增信服务确认函
您好，陶晓峰：
您通过"借呀"助贷平台申请的贷款已获批，要素如下：
· 资金方：北辰银行股份有限公司　　· 增信服务方：安泰融资担保有限公司
· 借款金额 {money(P)}元，{s.n}期，等额本息，年利率 {plain(s.rate_value)}%，月供 {money(pay(s))}元{tail(s)}
· 增信服务费：借款金额的{plain(s.fees[0].amount / P * 100)}%，即 {money(fee(s))}元，请于放款当日（{ymd(s.start_date)}）
  通过平台另行支付给增信服务方，借款本金全额到账
· 借款年化利率仅指银行利息；增信服务费由担保公司收取
如对费用有疑问，请联系平台客服 400-820-****。
{ymd(s.contract_date)}
"""


def v20(s: Spec) -> str:
    """A bank 消费贷 of "20万元" whose rate and instalment are stated only in footnotes."""
    P = s.principal
    return f"""个人消费贷款审批通知书
尊敬的贺雨桐女士：
您申请的个人消费贷款已审批通过，贷款金额{wan(P)}①，贷款期限{s.term_months}个月，采用等额本息方式按月还款②。
贷款将于{ymd(s.start_date)}发放至您在我行开立的借记卡。本行对本笔贷款不收取任何手续费。
请于收到本通知后携带身份证到网点签署正式合同。
东方明珠银行股份有限公司零售信贷部
{ymd(s.contract_date)}
————————
① 执行年利率{plain(s.rate_value)}%（单利），贷款期内固定。
② 每月还款额{money(pay(s))}元{tail(s)}，首个还款日为{ymd(due(s, 1))}。
"""
