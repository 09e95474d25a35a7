#!/usr/bin/env python3
"""Held-out batch C of the fresh phrasing corpus (tests/fresh/{zh,en}/*-h*): contracts nobody tuning
the extractors has seen, to measure whether fixes made against batches A (`*-f*`) and B (`*-g*`)
generalise.

    python3 scripts/fresh_corpus_c.py            # (re)write tests/fresh/{zh,en}/*-h* (txt, pdf, html, docx, expected.json)
    python3 scripts/fresh_corpus_c.py --check    # recompute and diff the text files against the committed ones

PARAMETERS, arithmetic and the expected.json schema are those of scripts/fresh_corpus.py (imported:
`Spec`, `Fee`, `compute`, `expected`, the Decimal IRR solvers, `write_pdf`), so the three batches are
scored by the same rules (tests/fresh_corpus.rs, scripts/accuracy.py). The TEXTS are new, one
hand-written renderer per document, written without reading batches A/B or the extractors: 借款确认书,
借据 with two dates, 循环额度 draws, weekly / biweekly plans, 等本等息, 民國 dates, Chinese-numeral
rates, app plan screens, SMS payout notices, pay-in-4 date lists, UK representative examples, a
Canadian cost-of-borrowing box, a state installment loan with the borrower's address, amounts in
words, and non-loans (a renovation contract, an employment contract, a gym membership).

Formats: about a third also as PDF (reportlab), six as an app H5 page (`.html`: divs, a `<table>`,
a `<script>` and hidden elements holding decoy figures that a reader must drop) and four as Word
files (`.docx`, OOXML written by hand with fixed timestamps: paragraphs, a table, tabs, line
breaks). Each has a `.txt` twin: for PDFs the text drawn, for HTML/DOCX the visible text (blocks as
lines, table cells joined by " | "), so tests/fresh_corpus.rs can check that every form gives the
same terms.

Hand checks (paper arithmetic, independent of the solver) are in each spec's `notes`.
Needs Python >= 3.11 and, for the PDFs, reportlab + WenQuanYi Micro Hei.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import zipfile
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
from fresh_corpus import D, OUT, ROOT, Fee, Spec, cn_date, compute, daxie, money, plain, r2, write_pdf  # noqa: E402
from fresh_corpus_b import last, long_en, mdy, total_interest, total_repaid, uk_date, ymd, ymd0  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402

date = dt.date
ANY_SERVICE = ["service", "consulting", "handling", "management", "other"]


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def first(s: Spec) -> dict:
    return s.rows[0]


def slash(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def roc(d: dt.date) -> str:
    """2025-07-01 -> 民國114年7月1日."""
    return f"民國{d.year - 1911}年{d.month}月{d.day}日"


ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def words(n: int) -> str:
    """5250 -> Five Thousand Two Hundred Fifty (n < 1,000,000)."""
    def below_1000(k: int) -> str:
        out = []
        if k >= 100:
            out.append(ONES[k // 100] + " Hundred")
            k %= 100
        if k >= 20:
            out.append(TENS[k // 10] + ("-" + ONES[k % 10] if k % 10 else ""))
        elif k:
            out.append(ONES[k])
        return " ".join(out)
    if n == 0:
        return "Zero"
    thousands, rest = divmod(n, 1000)
    parts = ([below_1000(thousands) + " Thousand"] if thousands else []) + ([below_1000(rest)] if rest else [])
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# Chinese renderers: one per document
# ---------------------------------------------------------------------------------------------


def h01(s: Spec) -> str:
    """借款确认书, 等本等息 on the original principal."""
    f, l_ = first(s), last(s)
    return f"""借 款 确 认 书
确认书编号：QR-2025-0716-0331
致：华岳消费金融股份有限公司
本人李文涛（身份证号：3301**********1126）已阅读并同意《个人消费贷款合同》全部条款，现就本次借款确认如下：
(1) 借款金额：人民币{daxie(s.principal)}（小写：{money(s.principal)}元）
(2) 借款期限：24个月，自放款之日起算，分24期偿还
(3) 计息方式：等本等息，月利率0.58%，按初始借款本金计收，每期利息{money(f['interest'])}元，不随已还本金减少
(4) 每期应还：本金{money(f['principal'])}元＋利息{money(f['interest'])}元＝{money(f['total'])}元（末期本金{money(l_['principal'])}元，应还{money(l_['total'])}元）
(5) 还款日：每月16日，首期为2025年8月16日
(6) 收款账户：本人名下招商银行尾号6627借记卡
本人已知悉：因利息按初始本金计算，本借款的实际年化利率高于月利率乘以十二。
确认人（签字）：李文涛
确认日期：{ymd(s.contract_date)}
"""


def h02(s: Spec) -> str:
    """weekly app detail page."""
    f = first(s)
    return f"""周周借 · 借款详情
————————————
借款金额        2,000.00元
到账金额        2,000.00元
期数            10期（每周一期）
还款方式        按周等额本息
周利率          0.30%
年化利率(单利)  15.60%
每期应还        {money(f['total'])}元
首个还款日      2025-11-10，此后每隔7天还款一次
总利息          {money(total_interest(s))}元
签约时间        2025-11-03 14:22:51
出借机构        重庆朝晖小额贷款有限公司
————————————
提前还款无需手续费，按实际占用天数计息
"""


def h03(s: Spec) -> str:
    """biweekly plan, articles."""
    return f"""分期借款合同（双周还款版）
合同编号：JQ-2025-09-22-00871
借款人：杜佳音
贷款人：南岭消费金融有限公司
鉴于借款人申请个人消费借款，双方协商一致，订立本合同。
第一条  借款本金为人民币6,000元（陆仟元整）。
第二条  借款期限为182天，自{ymd(s.start_date)}起至{ymd(s.rows[-1]['date'])}止。
第三条  还款安排：每两周（14天）为一期，共13期，每期等额偿还本息{money(first(s)['total'])}元。
第四条  年利率为18%（单利），每期利率为年利率除以26。
第五条  借款人未按期还款的，按当期应还未还本金的日0.05%计收罚息。
第六条  本合同自双方电子签名之日起生效。
签署日期：{ymd(s.contract_date)}
"""


def h04(s: Spec) -> str:
    """Chinese-numeral rate and date, sub-numbered clauses."""
    return f"""个人综合消费贷款合同
甲方（贷款人）：东川农村商业银行股份有限公司城北支行
乙方（借款人）：郑晓燕
一、贷款要素
1.1 贷款金额：人民币{daxie(s.principal)}（¥{money(s.principal)}）。
1.2 贷款期限：三十六个月，按月分期。
1.3 贷款利率：年利率百分之十五（单利），合同期内固定不变。
1.4 还款方式：按月等额本息，每月还款一次，共三十六次。
二、贷款发放
2.1 甲方于本合同签订后将贷款划入乙方在甲方开立的个人结算账户。
三、违约责任
3.1 乙方逾期还款的，甲方按合同利率加收百分之五十计收罚息。
四、其他
4.1 本合同一式两份，双方各执一份。
甲方（盖章）：东川农村商业银行股份有限公司城北支行
乙方（签字）：郑晓燕
签订日期：{cn_date(s.contract_date)}
"""


def h05(s: Spec) -> str:
    """Taiwan, 繁體, 民國 dates."""
    return f"""個人信用貸款契約書
立契約書人
借款人：陳怡君（以下簡稱甲方）
貸款銀行：臺灣聯興商業銀行股份有限公司（以下簡稱乙方）
第一條 借款金額：新臺幣參拾萬元整（NT$300,000）。
第二條 借款期間：自{roc(s.start_date)}起至{roc(fc.add_months(s.start_date, 60))}止，共計六十個月。
第三條 利率：按乙方定儲利率指數加碼年息2.17%機動計息，目前為年息3.88%。
第四條 償還方式：依年金法按月平均攤還本息，共六十期。
第五條 開辦費：新臺幣5,000元，於撥款時由借款金額中扣收。
第六條 本契約之準據法為中華民國法律，並以臺灣臺北地方法院為第一審管轄法院。
中華民國{s.contract_date.year - 1911}年{s.contract_date.month}月{s.contract_date.day}日
"""


def h06(s: Spec) -> str:
    """app repayment plan screen."""
    rows = []
    for r in s.rows:
        rows.append(f"第{r['k']}期  {slash(r['date'])}  应还 ¥{money(r['total'])}")
        rows.append(f"      本金 {money(r['principal'])}  利息 {money(r['interest'])}  待还")
    return "\n".join([
        "< 返回          还款计划",
        "借款 ¥10,000.00 · 12期 · 年化利率(单利) 12.6%",
        "借款日 " + slash(s.contract_date) + "  还款方式 等额本息",
        "放款机构：江淮消费金融有限公司",
        "",
        *rows,
        "",
        f"合计应还 ¥{money(total_repaid(s))}（含利息 ¥{money(total_interest(s))}）",
    ]) + "\n"


def h07(s: Spec) -> str:
    """bank 借据: only two dates."""
    return f"""青禾农村商业银行  个人借款借据
（第二联  借款人留存）
借据号        | 0021-2025-08154
借款人        | 周建国
借款用途      | 家庭装修
借款金额(大写) | 人民币{daxie(s.principal)}
借款金额(小写) | ¥{money(s.principal)}
放款日期      | {ymd0(s.start_date)}
到期日期      | {ymd0(s.rows[-1]['date'])}
执行年利率    | 7.2%
还款方式      | 到期一次还本付息
逾期罚息      | 执行利率上浮50%
经办：李敏    复核：陈刚
"""


def h08(s: Spec) -> str:
    """revolving line, one draw."""
    return f"""循环额度借款合同 · 支用确认书
借款人：孙立伟
贷款人：中和消费金融股份有限公司
一、授信情况：贷款人授予借款人循环授信额度人民币50,000.00元，额度有效期36个月，额度内可循环使用。
二、本次支用：支用金额人民币8,000.00元，支用日{ymd(s.start_date)}，分6期按月等额本息偿还，每期{money(first(s)['total'])}元。
三、利率：日利率0.04%（按日计息，一年按365天计，折合年化利率14.6%）。
四、本次支用后剩余可用额度为人民币42,000.00元。
五、本确认书为《循环额度借款合同》的组成部分。
确认时间：{ymd(s.contract_date)} 10:41
"""


def h09(s: Spec) -> str:
    """one paragraph: a per-period fee included in the instalment."""
    return (f"借款协议（简版）　借款人冯小雨通过“融易借”平台向出借机构借款壹万贰仟元（12,000.00元），借款期限十二个月，"
            f"自{ymd(s.start_date)}起算，按月等额偿还，每月还款金额为{money(first(s)['total'])}元，该金额已包含本金、"
            f"利息（年利率9%）及平台服务费（每月30元），共还款{money(total_repaid(s))}元；借款人逾期的，按逾期本金每日0.05%支付违约金；"
            f"本协议经各方电子签章后生效，签署日期{ymd(s.contract_date)}。\n")


def h10(s: Spec) -> str:
    """brackets form, fee at maturity."""
    return f"""借款服务协议
〔借款人〕 许文斌
〔出借人〕 云帆网络小额贷款有限公司
〔服务平台〕 “云帆借”APP
〔借款本金〕 叁万元整（¥30,000.00）
〔借款期限〕 6个月（{ymd(s.start_date)}—{ymd(s.rows[-1]['date'])}）
〔年利率〕 12%
〔还款方式〕 到期一次性还本付息，应还利息{money(first(s)['interest'])}元
〔账户管理费〕 900元，于借款到期日与本息一并支付
〔逾期费用〕 逾期每日按未还金额的0.05%计收
签约日：{ymd(s.contract_date)}
"""


def h11(s: Spec) -> str:
    """借条 with interest taken in advance."""
    return f"""借    条
今借到王海波人民币贰万元整（¥20,000.00），月利率2%，借期三个月，自{ymd(s.start_date)}至{ymd(s.rows[-1]['date'])}止，到期一次还清本金。
出借人已预先扣除三个月利息1,200元，实际转账18,800元。
借款人：刘强
身份证号：4201**********3318
{ymd(s.contract_date)}
"""


def h12(s: Spec) -> str:
    """only the instalment and the count (no rate written)."""
    return f"""分期借款合同摘要
借款人：钱梦瑶；贷款人：恒信消费金融有限公司；借款本金：人民币50,000.00元；还款期数：24期；每月还款额：{money(first(s)['total'])}元（等额）；首次还款日：{ymd(s.rows[0]['date'])}；最后还款日：{ymd(s.rows[-1]['date'])}；还款总额：{money(total_repaid(s))}元。
本摘要与《分期借款合同》具有同等效力，签约日期：{ymd(s.contract_date)}。
"""


def h13(s: Spec) -> str:
    """car loan with GPS and theft insurance."""
    return f"""汽车贷款合同（主要条款页）
贷款人：瑞丰汽车金融有限公司
借款人：马俊
车辆信息：2025款 轩朗 1.5T 自动豪华版，车架号 LGB********52219
车辆价格：149,800.00元
首付款：44,800.00元（约30%）
贷款金额：105,000.00元
贷款期限：36期（月）
贷款年利率：4.99%（固定）
还款方式：等额本息，月供{money(first(s)['total'] - D(95))}元
GPS设备及安装服务费：1,980.00元，由借款人于放款当日另行支付给服务商
车辆盗抢险保费：每期95.00元，随月供一并扣收（每月合计扣款{money(first(s)['total'])}元）
合同签订日：{ymd(s.contract_date)}
"""


def h14(s: Spec) -> str:
    """三方 助贷 agreement with a monthly guarantee fee."""
    return f"""个人借款及担保服务三方协议
甲方（借款人）：韩雪
乙方（资金方）：锦程银行股份有限公司
丙方（助贷服务机构、担保方）：星河数科融资担保有限公司
一、甲方经丙方推荐向乙方借款人民币15,000元，期限12个月，年利率15.6%（单利），按月等额本息还款，每月应还本息{money(first(s)['total'] - D(165))}元。
二、丙方为甲方本笔借款提供连带责任保证，甲方按月向丙方支付融资担保费，每月为借款本金的1.1%，即165元，与当期本息一并扣收。
三、甲方每月合计应还{money(first(s)['total'])}元。
四、签署时间：{ymd(s.contract_date)}
"""


def h15(s: Spec) -> str:
    """one paragraph, 万元, 等额本金."""
    f, l_ = first(s), last(s)
    return (f"个人住房装修贷款合同要点：借款人赵一鸣于{ymd(s.contract_date)}与松江银行股份有限公司签订本合同，借款金额36万元，借款期限36个月，"
            f"年利率3.95%，还款方式为等额本金，即每月归还本金1万元并支付剩余本金所生利息，首月还款{money(f['total'])}元，"
            f"末月还款{money(l_['total'])}元，每月递减约32.92元，贷款资金受托支付至装修公司账户。\n")


def h16(s: Spec) -> str:
    """先息后本 with words between the halves."""
    return f"""【借款信息】
借款人：潘志远　贷款人：北辰商业银行股份有限公司
借款金额：200,000.00元
借款期限：12个月（{ymd(s.start_date)}至{ymd(s.rows[-1]['date'])}）
年利率：6%
【还款约定】
按月结息，借款人应于每月20日前支付当月应付利息1,000.00元，利息按实际借款本金计算，借款期满时一次性归还全部本金。
【其他】
提前还款须提前10个工作日书面申请。
合同签订日期：{ymd(s.contract_date)}
"""


def h17(s: Spec) -> str:
    """随借随还, daily interest, one record."""
    return f"""借款记录详情
借款单号 RJ20250811093012
借款金额 3000.00
借款日期 {s.start_date.isoformat()}
约定还款日 {s.rows[-1]['date'].isoformat()}（用款60天）
计息方式 按日计息，日利率0.025%（万分之二点五）
还款方式 随借随还，到期一次性还本付息
到期应还利息 {money(first(s)['interest'])}
到期应还总额 {money(first(s)['total'])}
资金提供方 盛和消费金融有限公司
"""


def h18(s: Spec) -> str:
    """LPR minus 10 bp."""
    return f"""个人贷款合同（节选）
借款人：林书涵    贷款人：海港银行股份有限公司
第四条  贷款金额与期限
贷款金额为人民币叁拾万元整（¥300,000.00），贷款期限60个月。
第五条  贷款利率
本合同项下贷款利率为浮动利率，以贷款发放日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）减10个基点（1个基点为0.01%）确定，即年利率{plain(s.rate_value)}%，每年1月1日按当时一年期LPR调整一次。
第六条  还款方式
按月等额本息还款，共60期。
签订日期：{ymd(s.contract_date)}
"""


def h19(s: Spec) -> str:
    """培训贷: 0% interest, monthly service fee."""
    return f"""职业技能培训分期付款服务协议
学员（借款人）：吕婷
培训机构：启航数字设计学院
分期服务提供方：嘉和消费金融有限公司
1. 课程名称：UI设计全栈班；课程总价：人民币19,800元，由嘉和消费金融有限公司向学员发放贷款并直接支付给培训机构。
2. 分期期数：18期；每期偿还本金1,100元。
3. 本贷款不收取利息，每期收取分期服务费，费率为每期0.65%（按贷款本金计算，每期128.70元）。
4. 每期应还合计1,228.70元，于每月8日自动扣款。
5. 学员退课的，不影响本分期还款义务。
签署日期：{ymd(s.contract_date)}
"""


def h20(s: Spec) -> str:
    """a renovation contract: not a loan."""
    return """家庭居室装饰装修工程施工合同
发包方（甲方）：何佳
承包方（乙方）：匠心家居装饰工程有限公司
第一条 工程地点：临江市滨湖区雅居园3栋1202室
第二条 工程造价：人民币86,000元（大写：捌万陆仟元整）
第三条 付款方式：合同签订后3日内支付30%（25,800元）；水电验收合格后支付40%（34,400元）；竣工验收合格后支付25%（21,500元）；余款5%（4,300元）作为质保金，质保期满一年后支付。
第四条 工期：60日历天，自2025年9月1日开工。
第五条 违约责任：乙方逾期竣工的，每逾期一日按工程造价的万分之五向甲方支付违约金；甲方逾期付款的，每逾期一日按应付款项的万分之五支付违约金。
第六条 保修：水电工程保修五年，其他工程保修两年。
签订日期：2025年8月25日
"""


def h21(s: Spec) -> str:
    """private loan, 2019, 月息3.5分, 零-style Chinese-numeral date."""
    return f"""借款协议
出借人（甲方）：曹永福
借款人（乙方）：邱建军
乙方因资金周转需要，向甲方借款人民币捌万元整（¥80,000.00），经双方协商一致，约定如下：
一、借款期限六个月，自{ymd(s.start_date)}起至{ymd(s.rows[-1]['date'])}止。
二、利息按月息3.5分计算，借款到期时连同本金一并归还。
三、乙方逾期不还的，甲方有权向其住所地人民法院起诉，诉讼费、律师费由乙方承担。
四、本协议一式两份，甲乙双方各执一份，签字后生效。
甲方：曹永福      乙方：邱建军
{cn_date(s.contract_date, zero="零")}
"""


def h22(s: Spec) -> str:
    """platform template with blank fees."""
    return """网络借款协议（模板）
借款人：{{borrowerName}}    身份证号：{{idNo}}
出借人：{{lenderName}}
借款金额：人民币{{loanAmount}}元
借款期限：{{loanTerm}}个月
借款年利率：{{yearRate}}%
第六条 担保费：借款人应向担保公司支付担保费【        】元，于放款当日由借款人一次性支付。
第七条 服务费：平台服务费￥______元，在放款时从借款本金中直接扣除，借款人实际到账金额以放款凭证为准。
第八条 本协议自借款人点击“确认借款”之日起生效。
签署日期：{{signDate}}
"""


def h29(s: Spec) -> str:
    """a printed schedule in aligned columns."""
    lines = [f"{'期次':<4}{'应还日期':<14}{'应还本金':>10}{'应还利息':>10}{'应还总额':>10}"]
    for r in s.rows:
        lines.append(f"{r['k']:<6}{r['date'].isoformat():<16}{money(r['principal']):>12}{money(r['interest']):>12}{money(r['total']):>12}")
    return "\n".join([
        "个人消费借款  还款计划表",
        "借款人：卫子涵        合同号：HX-2025-10-0915",
        f"借款本金：9,000.00元    借款期数：9期    年利率：21.6%    放款日：{s.start_date.isoformat()}",
        "还款方式：等额本息    贷款人：华夏消费金融有限公司",
        "",
        *lines,
        f"合计{'':<14}{money(s.principal):>12}{money(total_interest(s)):>12}{money(total_repaid(s)):>12}",
    ]) + "\n"


def h30(s: Spec) -> str:
    """online microloan, daily rate, 等额本金, bullet points."""
    return f"""借款合同关键信息
· 借款金额：12000元
· 借款期限：6个月
· 日利率：0.03%
· 还款方式：等额本金（每月归还本金2000元，利息按剩余本金计算）
· 首期应还：{money(first(s)['total'])}元
· 放款日：{ymd(s.start_date)}
· 贷款人：远山网络小额贷款有限公司
· 签约日：{ymd(s.contract_date)}
"""


def h31(s: Spec) -> str:
    """bank SMS payout notice."""
    return (f"【长宁银行】尊敬的蒋先生：您尾号8821的账户于{s.start_date.month}月{s.start_date.day}日收到个人消费贷款"
            f"30,000.00元，贷款期限12个月，年利率3.6%，按月等额本息还款，每月{s.start_date.day}日扣款{money(first(s)['total'])}元，"
            f"首次扣款日{ymd(s.rows[0]['date'])}。请保持账户余额充足。本行不会以任何理由要求您转账至他人账户。{ymd(s.contract_date)}\n")


def h32(s: Spec) -> str:
    """an employment contract: not a loan."""
    return """劳动合同书
用人单位（甲方）：启明物流有限公司
劳动者（乙方）：唐浩
一、合同期限：固定期限三年，自2025年3月1日起至2028年2月29日止，其中试用期三个月。
二、工作内容：仓储主管。
三、劳动报酬：月工资人民币9,500元，试用期工资人民币8,000元，每月15日前以货币形式支付上月工资。
四、社会保险：甲方依法为乙方缴纳社会保险及住房公积金。
五、培训服务期：甲方出资人民币20,000元为乙方提供专项培训，约定服务期二年，乙方违反服务期约定的，按未履行服务期折算支付违约金。
六、本合同一式两份，双方各执一份。
签订日期：2025年3月1日
"""


# ---------------------------------------------------------------------------------------------
# English renderers
# ---------------------------------------------------------------------------------------------


def e01(s: Spec) -> str:
    """weekly installment loan."""
    return f"""WEEKLY INSTALLMENT LOAN AGREEMENT
Prairie Gate Lending LLC, Missouri Consumer Installment Lender License No. 412-CIL
Customer: Dwayne Harper
Date of Loan: {long_en(s.contract_date)}
You are borrowing $800.00. You will repay it in 16 weekly installments of {cur(first(s)['total'])} each, the first due
{long_en(s.rows[0]['date'])} and one every seven days after that, the last on {long_en(s.rows[-1]['date'])}.
Interest accrues at a simple annual rate of 78% on the unpaid principal.
ANNUAL PERCENTAGE RATE {r2(s.cost)}% | FINANCE CHARGE {cur(total_interest(s))} | Amount Financed $800.00 | Total of Payments {cur(total_repaid(s))}
Late charge: $15.00 if an installment is more than 10 days late.
"""


def e02(s: Spec) -> str:
    """biweekly loan with a processing fee paid at closing."""
    return f"""Lakeshore Community Finance, Inc. | Illinois Consumer Installment Loan Act licensee
LOAN NOTE AND DISCLOSURE
Borrower: Renee Kowalski    Note date: {mdy(s.contract_date)}
Principal amount: $2,500.00
Payment schedule: 26 payments of {cur(first(s)['total'])}, every other Friday, beginning {mdy(s.rows[0]['date'])}
Contract rate: 34.9% per year, simple interest
Processing fee: $50.00, paid by you in cash at closing (not financed)
ANNUAL PERCENTAGE RATE: {r2(s.cost)}%
Finance charge: {cur(total_interest(s) + D(50))}    Amount financed: $2,450.00    Total of payments: {cur(total_repaid(s))}
Prepayment: you may prepay at any time without penalty.
"""


def e03(s: Spec) -> str:
    """pay in 4, as a list of dates."""
    return f"""Order #LN-448120 confirmed
Thanks, Maya! You paid in 4 with Splitly.
Order total: $320.00 (Harbor Outfitters, Oakland CA)
Payment plan
  {mdy(s.contract_date)}  $80.00  paid today
  {mdy(s.rows[0]['date'])}  $80.00  scheduled
  {mdy(s.rows[1]['date'])}  $80.00  scheduled
  {mdy(s.rows[2]['date'])}  $80.00  scheduled
Remaining balance: $240.00 · APR 0% · No interest, no fees when you pay on time.
Loans made or arranged pursuant to a California Financing Law license.
"""


def e04(s: Spec) -> str:
    """UK loan with a representative example."""
    return f"""Fairway Bank plc - Personal Loan Agreement regulated by the Consumer Credit Act 1974
Borrower: Mr Callum Reid, 14 Ashby Road, Leicester LE3 0JS
Representative example: Borrowing £5,000 over 36 months at a representative 12.9% APR (fixed).
Annual interest rate 12.2% (fixed). Monthly repayment {cur(first(s)['total'], '£')}. Total amount payable {cur(total_repaid(s), '£')}.
Amount of credit: £5,000.00
Duration of the agreement: 36 months
Repayments: 36 monthly repayments, the first one month after the date the credit is paid to you.
Other charges: none. Missed payment: we may charge £12 for each letter we send.
Signed on {uk_date(s.contract_date)}.
"""


def e05(s: Spec) -> str:
    """EU credit agreement, sections in a different order."""
    return f"""CONSUMER CREDIT AGREEMENT (Germany) - English convenience translation
Creditor: Rheinau Direktbank AG, Frankfurt am Main
Consumer: Ms Lena Vogt
(A) Costs of the credit
Borrowing rate: 5.49% p.a., fixed for the whole term. There are no account or arrangement fees.
Annual percentage rate of charge (APRC): {r2(s.cost)}%
(B) Description of the main features
Total amount of credit: EUR 10,000.00
Duration: 60 months
Instalments: 60 equal monthly instalments of EUR {r2(first(s)['total']):,.2f}
Total amount payable: EUR {r2(total_repaid(s)):,.2f}
(C) Right of withdrawal: 14 days.
Place and date: Frankfurt am Main, {uk_date(s.contract_date)}
"""


def e06(s: Spec) -> str:
    """Canadian cost of borrowing box."""
    fee = D(120)
    return f"""MAPLEWOOD FINANCIAL INC. - Instalment Loan Agreement (Ontario)
Borrower: Priya Natarajan, 88 Birchmount Rd, Toronto ON M1N 3J6
COST OF BORROWING DISCLOSURE
+-----------------------------------------------+
| Amount borrowed:            $4,000.00         |
| Administration fee (deducted from the         |
|   amount advanced):         $120.00           |
| Amount advanced to you:     $3,880.00         |
| Annual interest rate:       27.9%             |
| Annual percentage rate:     {r2(s.cost)}%            |
| Term: 24 months; 24 monthly payments of {cur(first(s)['total'])} |
| Total cost of borrowing:    {cur(total_repaid(s) - s.principal + fee)}         |
+-----------------------------------------------+
Date of agreement: {long_en(s.contract_date)}
"""


def e07(s: Spec) -> str:
    """Illinois installment loan with the borrower's address."""
    return f"""CONSUMER INSTALLMENT LOAN CONTRACT
Lender: Midland Trail Credit Co., 2200 W. Jefferson St, Springfield, IL 62702
Borrower: Marcus T. Bell
Address: 1420 Oak Street, Apt 12, Peoria, IL 61604
Phone: (309) 555-0148    Account No. 0035-7712
Contract Date: {mdy(s.contract_date)}
1. Loan. Lender lends Borrower $3,000.00. An origination fee of $90.00 is withheld from the loan proceeds; Borrower receives $2,910.00.
2. Interest. Simple interest at 32.00% per annum on the unpaid principal.
3. Payments. 18 monthly payments of {cur(first(s)['total'])} beginning {mdy(s.rows[0]['date'])}.
4. Disclosures. ANNUAL PERCENTAGE RATE {r2(s.cost)}%. FINANCE CHARGE {cur(total_interest(s) + D(90))}. AMOUNT FINANCED $2,910.00. TOTAL OF PAYMENTS {cur(total_repaid(s))}.
5. Governing law: Illinois.
"""


def e08(s: Spec) -> str:
    """amounts in words, New York family note."""
    return f"""PROMISSORY NOTE
FOR VALUE RECEIVED, the undersigned, Daniel Okafor ("Maker"), promises to pay to the order of his aunt, Grace Okafor ("Holder"),
the principal sum of FIVE THOUSAND AND NO/100 DOLLARS ($5,000.00), together with interest on the unpaid balance at the rate of
six percent (6%) per annum, in twenty-four (24) equal monthly installments of {words(int(first(s)['total']))} and {int(first(s)['total'] % 1 * 100):02d}/100 Dollars
({cur(first(s)['total'])}) each, commencing {long_en(s.rows[0]['date'])}, until paid in full.
This Note is governed by the laws of the State of New York.
Dated: {long_en(s.contract_date)}, Brooklyn, New York.
"""


def e09(s: Spec) -> str:
    """payday: two dates only."""
    return f"""QUICKSTOP CASH ADVANCE - DEFERRED DEPOSIT AGREEMENT
Store #117, 905 E. Main St, Carbondale IL
Customer: Tonya Greer
Transaction Date: {mdy(s.start_date)}
Due Date: {mdy(s.rows[-1]['date'])}
Amount Financed: $400.00
Finance Charge: $70.00
Total of Payments: $470.00
Annual Percentage Rate: {r2(s.cost)}%
Your check #2231 for $470.00 will be deposited on the Due Date.
"""


def e14(s: Spec) -> str:
    """gym membership: not a loan."""
    return """IRONWORKS FITNESS - MEMBERSHIP AGREEMENT
Member: Jordan Ellis    Club: Ironworks Fitness, Austin TX
Membership type: 12-month commitment, all-club access
Enrollment fee: $49.00 due today
Monthly dues: $39.99, drafted on the 1st of each month for 12 months
Annual maintenance fee: $59.00, charged every January
Early cancellation fee: $150.00 if you cancel before the end of the commitment
Late payment fee: $10.00 for any draft that is returned
Signed: March 3, 2025
"""


def e15(s: Spec) -> str:
    """line of credit, one draw."""
    return f"""Summit Line - Draw Confirmation
Account holder: Keith Brandt, Ogden UT
Credit limit: $5,000.00    Available after this draw: $3,500.00
Draw amount: $1,500.00    Draw date: {long_en(s.start_date)}
This draw is repaid in 12 equal monthly payments of {cur(first(s)['total'])}.
Interest rate: 24.99% per year, simple. ANNUAL PERCENTAGE RATE: {r2(s.cost)}%
No draw fee. No annual fee.
"""


def e16(s: Spec) -> str:
    """interest-only with an exit fee at maturity."""
    return f"""TERM LOAN AGREEMENT
Hudson Valley Savings Bank (the "Bank") and Aaron Feld (the "Borrower") agree:
Section 2.1  Amount. The Bank will lend the Borrower $10,000.00 on {long_en(s.start_date)}.
Section 2.2  Interest. Interest at 9.00% per annum is payable monthly in arrears, {cur(first(s)['interest'])} each month.
Section 2.3  Repayment. The principal is due in full on {long_en(s.rows[-1]['date'])}, twelve months after funding.
Section 2.4  Exit fee. An exit fee of $250.00 is payable together with the final payment of principal.
Section 2.5  Governing law. New York.
Dated {long_en(s.contract_date)}.
"""


# ---------------------------------------------------------------------------------------------
# HTML app pages and Word files: a structure of blocks, rendered to HTML/DOCX and to the text twin
# ---------------------------------------------------------------------------------------------

HIDDEN_ZH = '<div style="display:none" class="tpl-cache">借款金额：人民币99,999.00元，年利率36%</div>'
HIDDEN_EN = '<div hidden class="ab-test">Loan amount $99,999.00 at 99.9% APR</div>'


def page(title: str, body: str, zh: bool, script: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="{'zh-CN' if zh else 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{html.escape(title)}</title>
<style>.row{{display:flex;justify-content:space-between}} .muted{{color:#999}}</style>
<script>{script}</script>
</head>
<body>
{body}
{HIDDEN_ZH if zh else HIDDEN_EN}
<span class="muted" style="visibility:hidden">v2.31.0 build 8812</span>
</body>
</html>
"""


def table_html(rows: list[list[str]], head: bool = True) -> str:
    out = ["<table>"]
    for i, row in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def kv_div(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(f'<div class="row"><span>{html.escape(k)}</span><span>{html.escape(v)}</span></div>' for k, v in pairs)


def h23(s: Spec) -> str:
    plan = [["期数", "还款日", "应还本息"]] + [[f"{r['k']}", r["date"].isoformat(), money(r["total"])] for r in s.rows]
    body = f"""<div class="hd"><h2>个人消费借款合同</h2></div>
<div class="sec"><p>贷款人：星桥消费金融股份有限公司</p><p>借款人：白若溪</p></div>
{kv_div([("借款金额", "8,000.00元"), ("借款期限", "12个月"), ("年化利率（单利）", "17.88%"), ("还款方式", "等额本息"), ("签约日期", ymd(s.contract_date))])}
<p>借款人应按下表按期足额还款：</p>
{table_html(plan)}
<p>借款人逾期的，按逾期本金的日0.05%计收罚息。</p>"""
    return page("借款合同", body, True, 'var cfg={"amount":"80000","rate":"0.36","term":"36"};window.__INIT__=cfg;')


def h24(s: Spec) -> str:
    plan = [["期次", "日期", "本金", "利息", "服务费", "合计"]] + [
        [f"{r['k']}/6", r["date"].isoformat(), money(r["principal"]), money(r["interest"]), "20.00", money(r["total"])] for r in s.rows]
    body = f"""<header><div class="title">确认借款</div></header>
<section><div>借多少</div><div class="big">¥5,000.00</div></section>
<section>{kv_div([("分几期", "6期"), ("月利率", "1.2%"), ("每期服务费", "20元（已含在每期应还金额中）"), ("每期应还", f"¥{money(first(s)['total'])}"), ("出借机构", "青云网络小额贷款有限公司")])}</section>
{table_html(plan)}
<footer><p>提交时间：{s.contract_date.isoformat()} 21:05</p></footer>"""
    return page("确认借款", body, True, 'trackEvent("loan_confirm",{amt:50000,fee:"2.5%"});')


def h25(s: Spec) -> str:
    body = f"""<div class="card"><h3>贷款合同信息</h3>
{kv_div([("贷款人", "德润银行股份有限公司"), ("借款人", "邵一凡"), ("贷款金额", "24,000.00元"), ("贷款期限", "12个月"), ("执行年利率", "7.2%"), ("还款方式", "等额本金"), ("首期还款额", money(first(s)["total"]) + "元"), ("末期还款额", money(last(s)["total"]) + "元")])}
</div>
<div class="card"><p>合同签署日期：{ymd(s.contract_date)}</p></div>"""
    return page("贷款合同", body, True, 'function render(){document.title="贷款合同";} var quota=100000;')


def h26(s: Spec) -> str:
    body = f"""<div class="nav">账单分期</div>
<div class="card">
<div>本期账单金额 ¥15,326.40</div>
<div>申请分期金额 ¥12,000.00</div>
<div>分期期数 12期</div>
<div>每期手续费率 0.60%</div>
<div>每期应还本金 ¥1,000.00，每期手续费 ¥72.00，每期合计 ¥1,072.00</div>
<div>手续费合计 ¥864.00</div>
</div>
<div class="tips"><p>分期手续费按分期本金×每期手续费率计算，分期期间每月随账单收取。</p>
<p>发卡行：临海银行信用卡中心　申请日期：{s.contract_date.isoformat()}</p></div>"""
    return page("账单分期", body, True, 'var bill={total:"15326.40",min:"1532.64"};')


def e10(s: Spec) -> str:
    body = f"""<div id="app"><h1>Your loan agreement</h1>
<div class="box">
{kv_div([("Lender", "Brightpath Lending, Inc. (NMLS 2209917), New York"), ("Borrower", "Alicia Moreno"), ("Loan amount", "$2,000.00"), ("Origination fee (deducted from proceeds)", "$80.00"), ("Amount financed", "$1,920.00"), ("Interest rate", "29.99% fixed"), ("Term", "12 months"), ("Monthly payment", cur(first(s)["total"])), ("APR", f"{r2(s.cost)}%")])}
</div>
<p>Agreement date: {long_en(s.contract_date)}</p></div>"""
    return page("Loan agreement", body, False, 'window.dataLayer=[{"loanAmount":20000,"apr":"9.99"}];')


def e11(s: Spec) -> str:
    body = f"""<main><h2>Loan summary</h2>
{table_html([["Item", "Detail"], ["Lender", "Northmoor Loans Ltd (FCA 771204)"], ["Amount of credit", "£600.00"], ["Term", "6 months"], ["Interest rate", "59.9% p.a. fixed"], ["Monthly repayment", cur(first(s)["total"], "£")], ["Total amount payable", cur(total_repaid(s), "£")], ["Representative APR", f"{r2(s.cost)}%"]])}
<p>Agreement date {uk_date(s.contract_date)}. You have 14 days to withdraw.</p></main>"""
    return page("Loan summary", body, False, 'var offer={limit:"£2,500",apr:"29.9%"};')


DOCX_BLOCKS: dict[str, list] = {}


def h27_blocks(s: Spec) -> list:
    return [("p", "借  条"),
            ("p", f"今借到出借人孔德明（身份证号：3401**********2217）人民币{daxie(s.principal)}（¥50,000.00），年利率10%，借款期限十二个月，"
                  f"自{ymd(s.start_date)}起至{ymd(s.rows[-1]['date'])}止，到期一次性归还本金及利息共计{daxie(first(s)['total'])}。"),
            ("p", "借款人：严志刚\t联系电话：139****6620"),
            ("br", "住址：临江市东湖区春晖路18号", "见证人：孔令仪"),
            ("p", ymd(s.contract_date))]


def h28_blocks(s: Spec) -> list:
    return [("p", "借款合同"),
            ("p", "出借人：远洋建材贸易有限公司（甲方）\t借款人：冉启明（乙方）"),
            ("p", "甲乙双方就乙方向甲方借款事宜，经协商一致，签订本合同："),
            ("table", [["项目", "约定"], ["借款金额", "人民币200,000.00元（贰拾万元整）"], ["借款期限", "24个月"],
                       ["年利率", "8%"], ["付息方式", "按季付息，每季末月20日支付当季利息4,000.00元"],
                       ["还本方式", "到期一次性归还本金"]]),
            ("p", "乙方逾期付息或还本的，应按逾期金额每日万分之三支付违约金。"),
            ("p", f"签订日期：{ymd(s.contract_date)}")]


def e12_blocks(s: Spec) -> list:
    return [("p", "LOAN AGREEMENT BETWEEN FRIENDS"),
            ("p", "Lender: Sofia Alvarez, Fresno, California\tBorrower: Ben Whitaker, Clovis, California"),
            ("table", [["Term", "Agreed"], ["Loan amount", "$6,000.00"], ["Interest", "8% per year, simple"],
                       ["Repayment", f"24 monthly payments of {cur(first(s)['total'])}"], ["First payment", long_en(s.rows[0]["date"])]]),
            ("br", "The Borrower may repay early without penalty.", "No other fees apply."),
            ("p", f"Signed {long_en(s.contract_date)}")]


def e13_blocks(s: Spec) -> list:
    return [("p", "LONE STAR SIGNATURE LOANS - Texas Finance Code Chapter 342, Subchapter F"),
            ("p", f"Borrower: Luis Ortega\tDate: {mdy(s.contract_date)}"),
            ("table", [["Cash advance", "$1,200.00"], ["Acquisition charge (paid by you at closing)", "$100.00"],
                       ["Installment account handling charge", "$40.00 per month"],
                       ["Payments", f"6 monthly payments of {cur(first(s)['total'])}"]]),
            ("p", "A late charge of $10.00 applies to any payment more than 10 days late.")]


BLOCKS = {"h27": h27_blocks, "h28": h28_blocks, "e12": e12_blocks, "e13": e13_blocks}


def blocks_text(blocks: list) -> str:
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "br":
            out.extend(b[1:])
        else:
            out.extend(" | ".join(row) for row in b[1])
    return "\n".join(out) + "\n"


def xml_run(text: str) -> str:
    parts = text.split("\t")
    return "<w:r>" + "<w:tab/>".join(f'<w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t>' for p in parts) + "</w:r>"


def docx_bytes(blocks: list) -> bytes:
    body = []
    for b in blocks:
        if b[0] == "p":
            body.append(f"<w:p>{xml_run(b[1])}</w:p>")
        elif b[0] == "br":
            body.append("<w:p>" + "<w:r><w:br/></w:r>".join(xml_run(t) for t in b[1:]) + "</w:p>")
        else:
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p>{xml_run(c)}</w:p></w:tc>" for c in row) + "</w:tr>" for row in b[1])
            body.append(f"<w:tbl>{rows}</w:tbl>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
        "word/document.xml": doc,
    }
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    return buf.getvalue()


class VisibleText(HTMLParser):
    """The text a browser shows: blocks as lines, table cells joined by " | ", scripts, styles and
    hidden elements dropped (independent of loanlint's reader)."""

    BLOCK = {"p", "div", "h1", "h2", "h3", "header", "footer", "section", "main", "tr", "title", "li"}
    SKIP = {"script", "style", "head"}

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.skip: list[str] = []
        self.cells: list[str] | None = None

    def flush(self) -> None:
        text = "".join(self.cur).strip()
        self.cur = []
        if text:
            self.lines.append(re.sub(r"\s+", " ", text))

    VOID = {"meta", "link", "br", "img", "input", "hr", "source"}

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        hidden = "hidden" in a or "display:none" in (a.get("style") or "").replace(" ", "") or "visibility:hidden" in (a.get("style") or "")
        if self.skip or tag in self.SKIP or hidden:
            self.skip.append(tag)
            return
        if tag == "tr":
            self.flush()
            self.cells = []
        elif tag in ("td", "th"):
            self.cur = []
        elif tag == "span" and self.cur and not self.cur[-1].endswith(" "):
            self.cur.append(" ")
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if self.skip:
            if self.skip[-1] == tag:
                self.skip.pop()
            return
        if tag in ("td", "th") and self.cells is not None:
            self.cells.append("".join(self.cur).strip())
            self.cur = []
        elif tag == "tr" and self.cells is not None:
            self.lines.append(" | ".join(self.cells))
            self.cells = None
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def visible_text(page_html: str) -> str:
    p = VisibleText()
    p.feed(page_html)
    p.flush()
    return "\n".join(p.lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------


def c(name: str, render, fmt: str = "txt", **kw) -> Spec:
    kw.setdefault("lang", "zh")
    s = Spec(name=name, template="", **kw)
    s.opts["render"] = render
    s.opts["format"] = fmt  # txt | pdf | html | docx (always with the .txt twin)
    s.pdf = fmt == "pdf"
    return s


USD = dict(lang="en", currency="USD", apr_method="us-regz")

# Hand checks on paper (independent of the solver; the solver agrees within the tolerance):
# * zh-h01: flat 0.58% a month = 6.96% a year on the original 50000; rule of thumb 6.96 x 2n/(n+1)
#   = 6.96 x 48/25 = 13.36%; the exact IRR is 12.84% (the rule overstates, as it does for zh-g01).
# * zh-h07: Aug 15 -> Nov 20 = 16 (rest of Aug) + 30 (Sep) + 31 (Oct) + 20 = 97 days;
#   45000 x 0.072 x 97/365 = 3240 x 0.265753 = 861.04.
# * zh-h10: 30000 x 12% x 6/12 = 1800 + 900 fee = 2700; 2700/30000 = 9% over half a year = 18%.
# * zh-h11: 20000 x 2% x 3 = 1200 taken at payout; 18800 received; (20000/18800 - 1) x 4 = 25.53%.
# * zh-h17: 3000 x 0.00025 x 60 = 45.00; 0.025% x 365 = 9.125%.
# * zh-h18: LPR on 2025-06-05 = 3.00% (2025-05-20 fixing) - 0.10 = 2.90%.
# * zh-h21: 3.5分 a month = 3.5% x 12 = 42% > 36% (pre-2020-08-20 private loan) -> violation.
# * zh-h27: 10% <= 4 x LPR 3.00% = 12% -> lawful; 50000 x 10% = 5000 -> 55000 = 伍万伍仟元整.
# * zh-h28: 200000 x 8% / 4 = 4000 a quarter; 8 quarters; 8% <= 4 x 3.10% = 12.4%.
# * zh-h02: 1.003^10 = e^(10 x 0.0029955) = 1.030408; 6 / (1 - 0.970489) = 6 / 0.029511 = 203.31 a week.
# * en-h02: 34.9%/26 = 1.342308% a fortnight; 1.01342308^26 = e^(26 x 0.0133339) = 1.41438;
#   33.5577 / (1 - 0.707018) = 114.54; the 50 fee on 2450 over an average life of about half a
#   year adds about 2.04% / 0.5 = 4 points: APR about 39% (solver 39.09%) > 36%.
# * en-h09: Oct 3 -> Oct 24 = 21 days; 70/400 = 0.175 x 365/21 = 3.041667 -> 304.17%.
# * en-h04: (1 + 0.122/12)^12: ln(1.0101667) = 0.0101153 x 12 = 0.121384, e^ = 1.12906 -> APRC 12.9%.
# * en-h11: (1 + 0.599/12)^12: ln(1.0499167) = 0.048710 x 12 = 0.584520, e^ = 1.79412 -> 79.4% < 100%.
# * en-h16: 10000 x 9% / 12 = 75.00 a month; the 250 exit fee adds about 2.5 points: APR ~ 11.4%.


def specs() -> list[Spec]:
    return [
        c("zh-h01-flat-rate-confirmation-letter", h01, principal=D(50000), method="flat_rate", method_accept=["equal_principal"], n=24,
          term_months=24, rate_value=D("0.58"), rate_per="month", contract_date=date(2025, 7, 16), start_date=date(2025, 7, 16),
          lender_type="consumer_finance", notes=["50000/24 = 2083.33 principal (last 2083.41); 50000 x 0.58% = 290.00 interest each period"]),
        c("zh-h02-weekly-app-detail", h02, principal=D(2000), method="equal_installment", freq="week", n=10, rate_value=D("0.3"),
          rate_per="week", contract_date=date(2025, 11, 3), start_date=date(2025, 11, 3), lender_type="microloan",
          notes=["0.30% a week x 52 = 15.6%; 10 weeks = 70 days; level payment 2000 x 0.003 / (1 - 1.003^-10)"]),
        c("zh-h03-biweekly-articles", h03, principal=D(6000), method="equal_installment", freq="biweek", n=13, rate_value=D(18),
          contract_date=date(2025, 9, 22), start_date=date(2025, 9, 22), lender_type="consumer_finance",
          notes=["18%/26 = 0.6923% a period; 13 periods x 14 days = 182 days"]),
        c("zh-h04-chinese-numeral-rate-subclauses", h04, "pdf", principal=D(100000), method="equal_installment", n=36, term_months=36,
          rate_value=D(15), contract_date=date(2025, 4, 8), start_date=date(2025, 4, 8), lender_type="bank",
          notes=["百分之十五 = 15%/yr; 壹拾万元整 = 100000; 二〇二五年四月八日"]),
        c("zh-h05-taiwan-roc-trad", h05, "pdf", principal=D(300000), method="equal_installment", n=60, term_months=60,
          rate_value=D("3.88"), fees=[Fee("開辦費", ["handling", "application", "origination", "service", "other"], "upfront_deducted", amount=D(5000))],
          currency="TWD", jurisdiction="TW", apr_method=None, contract_date=date(2025, 7, 1), start_date=date(2025, 7, 1),
          notes=["參拾萬元 = 300000; 民國114年 = 1911 + 114 = 2025; 開辦費 5000 taken at payout -> 295000; Taiwan law"]),
        c("zh-h06-app-plan-screen", h06, principal=D(10000), method="equal_installment", n=12, term_months=12, rate_value=D("12.6"),
          contract_date=date(2025, 11, 5), start_date=date(2025, 11, 5), lender_type="consumer_finance",
          notes=["12.6%/12 = 1.05% a month; 10000 x 0.0105 / (1 - 1.0105^-12)"]),
        c("zh-h07-bank-jieju-two-dates", h07, "pdf", principal=D(45000), method="bullet", freq="single", n=1, term_days=97,
          rate_value=D("7.2"), contract_date=date(2025, 8, 15), start_date=date(2025, 8, 15), lender_type="bank",
          notes=["97 days; 45000 x 7.2% x 97/365 = 861.04; cost = 7.2%"]),
        c("zh-h08-revolving-line-one-draw", h08, principal=D(8000), method="equal_installment", n=6, term_months=6, rate_value=D("0.04"),
          rate_per="day", contract_date=date(2025, 10, 12), start_date=date(2025, 10, 12), lender_type="consumer_finance",
          notes=["the 50000 line is not the principal: the draw is 8000; 0.04% x 365 = 14.6%"]),
        c("zh-h09-fee-inside-instalment-paragraph", h09, principal=D(12000), method="equal_installment", n=12, term_months=12,
          rate_value=D(9), fees=[Fee("平台服务费", ANY_SERVICE, "per_period", amount=D(30))], contract_date=date(2025, 6, 9),
          start_date=date(2025, 6, 9), lender_type="platform",
          notes=["1.0075^12 = 1.093807; 90 / (1 - 1/1.093807) = 90 / 0.085762 = 1049.42 + 30 = 1079.42 a month"]),
        c("zh-h10-fee-at-maturity-brackets", h10, "pdf", principal=D(30000), method="bullet", freq="single", n=1, term_months=6,
          rate_value=D(12), fees=[Fee("账户管理费", ["management", "service", "other"], "at_maturity", amount=D(900))],
          contract_date=date(2025, 3, 18), start_date=date(2025, 3, 18), lender_type="microloan",
          notes=["1800 interest + 900 fee = 2700 on 30000 over half a year = 18%"]),
        c("zh-h11-iou-interest-taken-in-advance", h11, principal=D(20000), method="bullet", freq="single", n=1, term_months=3,
          rate_value=D(2), rate_per="month", interest_deducted=D(1200), contract_date=date(2025, 7, 20), start_date=date(2025, 7, 20),
          lender_type="individual", notes=["1200 = 20000 x 2% x 3 taken at payout: 18800 received; Civil Code Art. 670"]),
        c("zh-h12-instalment-count-only", h12, "pdf", principal=D(50000), method="equal_installment", n=24, term_months=24,
          rate_value=D("10.8"), contract_date=date(2025, 5, 6), start_date=date(2025, 5, 6), lender_type="consumer_finance",
          opts={"no_rate_compare": True}, notes=["24 x the stated instalment on 50000 is a 10.8% annuity (0.9% a month)"]),
        c("zh-h13-car-loan-gps-theft-insurance", h13, "pdf", principal=D(105000), method="equal_installment", n=36, term_months=36,
          rate_value=D("4.99"), fees=[Fee("GPS设备及安装服务费", ["service", "other", "handling"], "at_disbursement", amount=D(1980)),
                                      Fee("车辆盗抢险保费", ["insurance"], "per_period", amount=D(95))],
          contract_date=date(2025, 5, 28), start_date=date(2025, 5, 28), lender_type="auto_finance",
          notes=["the car price 149800 and the down payment 44800 are not the principal: 105000 is", "net 105000 - 1980 = 103020"]),
        c("zh-h14-zhudai-three-party-guarantee", h14, principal=D(15000), method="equal_installment", n=12, term_months=12,
          rate_value=D("15.6"), fees=[Fee("融资担保费", ["guarantee"], "per_period", percent=D("1.1"))],
          lender="锦程银行（助贷：星河数科）", contract_date=date(2025, 11, 18), start_date=date(2025, 11, 18), lender_type="bank",
          notes=["1.1% x 15000 = 165 a month on top of a 15.6% annuity: far above 24%"]),
        c("zh-h15-equal-principal-wan-paragraph", h15, "pdf", principal=D(360000), method="equal_principal", n=36, term_months=36,
          rate_value=D("3.95"), contract_date=date(2025, 6, 30), start_date=date(2025, 6, 30), lender_type="bank",
          notes=["36万元 = 360000; 10000 a month; first interest 360000 x 3.95%/12 = 1185.00; monthly drop 10000 x 0.3292% = 32.92"]),
        c("zh-h16-interest-only-words-between", h16, principal=D(200000), method="interest_only", n=12, term_months=12, rate_value=D(6),
          contract_date=date(2025, 2, 20), start_date=date(2025, 2, 20), lender_type="bank",
          notes=["200000 x 6% / 12 = 1000.00 a month; principal at the end"]),
        c("zh-h17-daily-interest-record", h17, principal=D(3000), method="bullet", freq="single", n=1, term_days=60, rate_value=D("0.025"),
          rate_per="day", contract_date=date(2025, 8, 11), start_date=date(2025, 8, 11), lender_type="consumer_finance",
          notes=["3000 x 0.025% x 60 = 45.00"]),
        c("zh-h18-lpr-minus-10bp", h18, "pdf", principal=D(300000), method="equal_installment", n=60, term_months=60, lpr_spread_bp=-10,
          contract_date=date(2025, 6, 5), start_date=date(2025, 6, 5), lender_type="bank",
          notes=["LPR 3.00% - 0.10% = 2.90%"]),
        c("zh-h19-training-zero-interest-fee", h19, principal=D(19800), method="flat_rate", method_accept=["equal_principal"], n=18,
          term_months=18, fees=[Fee("分期服务费", ["service", "handling"], "per_period", percent=D("0.65"))],
          contract_date=date(2025, 8, 2), start_date=date(2025, 8, 2), lender_type="consumer_finance",
          notes=["19800/18 = 1100; 0.65% x 19800 = 128.70; 1228.70 a period; no interest"]),
        c("zh-h20-renovation-contract", h20, principal=None, kind="other", apr_method=None,
          notes=["a renovation works contract paid in stages with a daily late charge: not a loan"]),
        c("zh-h21-private-2019-yuexi-3-5-fen", h21, "pdf", principal=D(80000), method="bullet", freq="single", n=1, term_months=6,
          rate_value=D("3.5"), rate_per="month", contract_date=date(2019, 3, 12), start_date=date(2019, 3, 12), lender_type="individual",
          notes=["月息3.5分 = 3.5% a month = 42%/yr > 36% (2015 Provisions Art. 26) -> violation; 80000 x 3.5% x 6 = 16800"]),
        c("zh-h22-template-blank-fees", h22, principal=None,
          fees=[Fee("担保费", ["guarantee"], "at_disbursement"), Fee("平台服务费", ANY_SERVICE, "upfront_deducted")], apr_method=None,
          notes=["two fees named with blank amounts: one paid at payout, one deducted from the principal"]),
        c("zh-h23-h5-contract-hidden-decoy", h23, "html", principal=D(8000), method="equal_installment", n=12, term_months=12,
          rate_value=D("17.88"), contract_date=date(2025, 9, 14), start_date=date(2025, 9, 14), lender_type="consumer_finance",
          notes=["the hidden div and the script hold decoy figures (99999, 36%, 80000) that are not on the page"]),
        c("zh-h24-h5-confirm-fee-in-plan", h24, "html", principal=D(5000), method="equal_installment", n=6, term_months=6,
          rate_value=D("1.2"), rate_per="month", fees=[Fee("服务费", ANY_SERVICE, "per_period", amount=D(20))],
          contract_date=date(2025, 10, 30), start_date=date(2025, 10, 30), lender_type="microloan",
          notes=["1.012^6 = 1.074195; 60 / (1 - 1/1.074195) = 60 / 0.069070 = 868.68 + 20 = 888.68"]),
        c("zh-h25-h5-equal-principal-card", h25, "html", principal=D(24000), method="equal_principal", n=12, term_months=12,
          rate_value=D("7.2"), contract_date=date(2025, 4, 25), start_date=date(2025, 4, 25), lender_type="bank",
          notes=["2000 + 24000 x 0.6% = 2144.00 first; 2000 + 12.00 = 2012.00 last"]),
        c("zh-h26-h5-card-bill-installment", h26, "html", kind="loan_disclosure", principal=D(12000), method="flat_rate",
          method_accept=["equal_principal"], n=12, term_months=12,
          fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.6"))], contract_date=date(2025, 12, 2),
          start_date=date(2025, 12, 2), lender_type="bank", notes=["1000 + 72 = 1072 a period; 12 x 72 = 864 fees"]),
        c("zh-h27-docx-iou-amounts-in-words", h27_blocks, "docx", principal=D(50000), method="bullet", freq="single", n=1, term_months=12,
          rate_value=D(10), contract_date=date(2025, 9, 1), start_date=date(2025, 9, 1), lender_type="individual",
          notes=["伍万元整; 10% <= 4 x LPR 3.00% = 12%"]),
        c("zh-h28-docx-company-quarterly-interest", h28_blocks, "docx", principal=D(200000), method="interest_only", freq="quarter", n=8,
          term_months=24, rate_value=D(8), contract_date=date(2025, 4, 1), start_date=date(2025, 4, 1), lender_type="company",
          notes=["200000 x 8% / 4 = 4000 a quarter; 8% <= 12.4%"]),
        c("zh-h29-printed-schedule-columns", h29, "pdf", kind="loan_disclosure", principal=D(9000), method="equal_installment", n=9, term_months=9,
          rate_value=D("21.6"), contract_date=date(2025, 10, 15), start_date=date(2025, 10, 15), lender_type="consumer_finance",
          notes=["21.6%/12 = 1.8% a month; 9000 x 0.018 / (1 - 1.018^-9)"]),
        c("zh-h30-daily-rate-equal-principal-bullets", h30, principal=D(12000), method="equal_principal", n=6, term_months=6,
          rate_value=D("0.03"), rate_per="day", contract_date=date(2025, 7, 3), start_date=date(2025, 7, 3), lender_type="microloan",
          notes=["0.03% x 365 = 10.95%; first 2000 + 12000 x 10.95%/12 = 2109.50"]),
        c("zh-h31-sms-payout-notice", h31, kind="loan_disclosure", principal=D(30000), method="equal_installment", n=12, term_months=12,
          rate_value=D("3.6"), contract_date=date(2025, 10, 28), start_date=date(2025, 10, 28), lender_type="bank",
          notes=["30000 x 0.3% / (1 - 1.003^-12) = 2548.95"]),
        c("zh-h32-employment-contract", h32, principal=None, kind="other", apr_method=None,
          notes=["an employment contract with a training bond: not a loan"]),
        # ------------------------------------------------------------------ English
        c("en-h01-weekly-installment-missouri", e01, **USD, principal=D(800), method="equal_installment", freq="week", n=16,
          rate_value=D(78), jurisdiction="US-MO", contract_date=date(2025, 6, 2), start_date=date(2025, 6, 2),
          lender_type="licensed_nonbank", notes=["78%/52 = 1.5% a week; APR = 78%; 16 weeks = 112 days"]),
        c("en-h02-biweekly-processing-fee-illinois", e02, "pdf", **USD, principal=D(2500), method="equal_installment", freq="biweek",
          n=26, rate_value=D("34.9"), fees=[Fee("processing fee", ["handling", "application", "origination", "other"], "at_disbursement", amount=D(50))],
          jurisdiction="US-IL", contract_date=date(2025, 8, 1), start_date=date(2025, 8, 1), lender_type="licensed_nonbank",
          notes=["the 50 fee paid at closing lifts the APR from 34.9% above 36% (Illinois PLPA)"]),
        c("en-h03-pay-in-4-date-list", e03, **USD, principal=D(240), method="equal_installment", freq="biweek", n=3,
          jurisdiction="US-CA", contract_date=date(2025, 12, 2), start_date=date(2025, 12, 2), lender_type="licensed_nonbank",
          verdict=False, verdict_reason="0% APR and no fee",
          notes=["320 - 80 paid at checkout = 240 financed; 3 x 80 every 14 days at 0%"]),
        c("en-h04-uk-representative-example", e04, "pdf", lang="en", currency="GBP", apr_method="eu-aprc", principal=D(5000),
          method="equal_installment", n=36, term_months=36, rate_value=D("12.2"), jurisdiction="GB", contract_date=date(2025, 9, 8),
          start_date=date(2025, 9, 8), lender_type="bank", notes=["(1 + 0.122/12)^12 - 1 = 12.9% representative APR"]),
        c("en-h05-eu-germany-borrowing-rate", e05, lang="en", currency="EUR", apr_method="eu-aprc", principal=D(10000),
          method="equal_installment", n=60, term_months=60, rate_value=D("5.49"), jurisdiction="DE", contract_date=date(2025, 5, 15),
          start_date=date(2025, 5, 15), lender_type="bank", notes=["(1 + 0.0549/12)^12 - 1 = 5.63%"]),
        c("en-h06-canada-cost-of-borrowing-box", e06, "pdf", lang="en", currency="CAD", apr_method="us-regz", principal=D(4000),
          method="equal_installment", n=24, term_months=24, rate_value=D("27.9"),
          fees=[Fee("administration fee", ["handling", "management", "application", "origination", "service", "other"], "upfront_deducted", amount=D(120))],
          jurisdiction="CA-ON", contract_date=date(2025, 10, 6), start_date=date(2025, 10, 6), lender_type="licensed_nonbank",
          notes=["120 deducted -> 3880 advanced; APR on 3880 about 31%, under the 35% criminal rate"]),
        c("en-h07-illinois-installment-borrower-address", e07, "pdf", **USD, principal=D(3000), method="equal_installment", n=18,
          term_months=18, rate_value=D(32), fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(90))],
          jurisdiction="US-IL", contract_date=date(2025, 3, 10), start_date=date(2025, 3, 10), lender_type="licensed_nonbank",
          notes=["the address numbers (1420, 12, 61604) are not terms; 90 withheld -> 2910 financed"]),
        c("en-h08-ny-family-note-amounts-in-words", e08, **USD, principal=D(5000), method="equal_installment", n=24, term_months=24,
          rate_value=D(6), jurisdiction="US-NY", contract_date=date(2025, 1, 20), start_date=date(2025, 1, 20), lender_type="individual",
          notes=["5000 x 0.5% / (1 - 1.005^-24) = 221.60"]),
        c("en-h09-payday-two-dates", e09, "pdf", **USD, principal=D(400), method="bullet", freq="single", n=1, term_days=21,
          fees=[Fee("finance charge", ["other"], "at_maturity", amount=D(70))], jurisdiction="US-IL", contract_date=date(2025, 10, 3),
          start_date=date(2025, 10, 3), lender_type="licensed_nonbank", opts={"no_fee_compare": True},
          notes=["70/400 x 365/21 = 304.17%"]),
        c("en-h10-h5-fintech-origination-ny", e10, "html", **USD, principal=D(2000), method="equal_installment", n=12, term_months=12,
          rate_value=D("29.99"), fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(80))],
          jurisdiction="US-NY", contract_date=date(2025, 7, 28), start_date=date(2025, 7, 28), lender_type="licensed_nonbank",
          notes=["29.99% alone is above New York's 25% criminal usury line"]),
        c("en-h11-h5-uk-fixed-sum-loan", e11, "html", lang="en", currency="GBP", apr_method="eu-aprc", principal=D(600),
          method="equal_installment", n=6, term_months=6, rate_value=D("59.9"), jurisdiction="GB", contract_date=date(2025, 11, 12),
          start_date=date(2025, 11, 12), lender_type="licensed_nonbank", notes=["APRC about 79% < 100%: not high-cost short-term credit"]),
        c("en-h12-docx-friends-loan-california", e12_blocks, "docx", **USD, principal=D(6000), method="equal_installment", n=24,
          term_months=24, rate_value=D(8), jurisdiction="US-CA", contract_date=date(2025, 2, 14), start_date=date(2025, 2, 14),
          lender_type="individual", notes=["8% <= 10% for a non-exempt California lender"]),
        c("en-h13-docx-texas-handling-charges", e13_blocks, "docx", **USD, principal=D(1200), method="equal_installment", n=6, term_months=6,
          fees=[Fee("acquisition charge", ["origination", "handling", "application", "other"], "at_disbursement", amount=D(100)),
                Fee("installment account handling charge", ["handling", "management", "service", "other"], "per_period", amount=D(40))],
          jurisdiction="US-TX", contract_date=date(2025, 9, 19), start_date=date(2025, 9, 19), lender_type="licensed_nonbank",
          notes=["1200/6 = 200 + 40 = 240 a month; net 1200 - 100 = 1100"]),
        c("en-h14-gym-membership", e14, lang="en", currency="USD", principal=None, kind="other", apr_method=None,
          notes=["a gym membership with dues and fees: not a loan"]),
        c("en-h15-line-of-credit-one-draw", e15, **USD, principal=D(1500), method="equal_installment", n=12, term_months=12,
          rate_value=D("24.99"), jurisdiction="US-UT", contract_date=date(2025, 4, 14), start_date=date(2025, 4, 14),
          lender_type="licensed_nonbank", notes=["the draw (1500), not the limit (5000), is the principal"]),
        c("en-h16-interest-only-exit-fee", e16, "pdf", **USD, principal=D(10000), method="interest_only", n=12, term_months=12,
          rate_value=D(9), fees=[Fee("exit fee", ["other", "service", "handling"], "at_maturity", amount=D(250))],
          jurisdiction="US-NY", contract_date=date(2025, 3, 3), start_date=date(2025, 3, 3), lender_type="bank",
          notes=["75 a month; 10250 + 75 at the end"]),
    ]


# ---------------------------------------------------------------------------------------------
# Expected values and main
# ---------------------------------------------------------------------------------------------


def canada_verdict(s: Spec) -> None:
    """legal.md §7.2: 35% APR criminal rate from 2025-01-01 for loans longer than 62 days [S]."""
    if s.jurisdiction.startswith("CA-") and s.cost is not None:
        above = s.cost > 35
        s.verdict = above
        s.verdict_reason = f"Canada: APR {r2(s.cost)}% {'>' if above else '<='} 35% criminal rate (Criminal Code s. 347 [S])"


def expected(s: Spec, files: list[str]) -> dict:
    e = fc.expected(s, files)
    if s.opts.get("no_rate_compare"):
        e["terms"].pop("rate", None)
        e["notes"].append("no rate is written in the contract: the rate field is not compared")
    if s.principal is None:  # blank template: a fee paid at payout may be read as either timing
        for f in e["terms"].get("fees", []):
            f["timing"] = fc.TIMING_ALIASES.get(f["timing"][0], f["timing"])
    return e


def build() -> tuple[dict[Path, str], dict[Path, bytes], list[Spec]]:
    texts: dict[Path, str] = {}
    binaries: dict[Path, bytes] = {}
    all_specs = specs()
    for s in all_specs:
        compute(s)
        canada_verdict(s)
        fmt = s.opts["format"]
        base = OUT / s.lang / s.name
        render = s.opts["render"]
        if fmt == "html":
            page_html = render(s)
            texts[base.parent / f"{s.name}.html"] = page_html
            text = visible_text(page_html)
        elif fmt == "docx":
            blocks = render(s)
            binaries[base.parent / f"{s.name}.docx"] = docx_bytes(blocks)
            text = blocks_text(blocks)
        else:
            text = render(s).rstrip("\n") + "\n"
        files = [f"{s.name}.txt"] + ([f"{s.name}.{fmt}"] if fmt != "txt" else [])
        texts[base.with_suffix(".txt")] = text
        texts[base.parent / f"{s.name}.expected.json"] = json.dumps(expected(s, files), ensure_ascii=False, indent=2) + "\n"
    return texts, binaries, all_specs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="diff against the committed files instead of writing")
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    fc.selftest()
    texts, binaries, all_specs = build()
    stale = [p for p, content in sorted(texts.items()) if not p.is_file() or p.read_text(encoding="utf-8") != content]
    stale += [p for p, content in sorted(binaries.items()) if not p.is_file() or p.read_bytes() != content]
    for path in stale:
        if args.check:
            print(f"differs: {path.relative_to(ROOT)}")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if path in binaries:
            path.write_bytes(binaries[path])
        else:
            path.write_text(texts[path], encoding="utf-8")
    if not args.check and not args.no_pdf:
        for s in (s for s in all_specs if s.pdf):
            write_pdf(texts[(OUT / s.lang / s.name).with_suffix(".txt")], OUT / s.lang / f"{s.name}.pdf", s.lang == "zh")
    print(f"{len(texts) + len(binaries)} files, {len(stale)} {'differ' if args.check else 'rewritten'}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
