//! Classes of failure left on Chinese documents of batch T (`zh-y*`) and older batches, each on
//! texts of our own wording and a rephrasing that must read the same (metamorphic pairs): an app
//! screen that asks its labels (分几期还, 借多久) and names the method bare (还款方式 每月等额);
//! interest paid every three months (每满三个月付息一次) with the principal at the end; equal
//! instalments stated only as figures (每月扣还3,000元, 每月供款3,545.65元); a Japanese contract
//! in Chinese translation (元利均等, 共24次, 契约日, 借款利率：年15%　迟延损害金：年20%); an
//! SMS's payout day without a year and its own sending date; the day a platform pays a card
//! on the borrower's behalf (代还日期); a confirmation of the loan's information (借款信息确认书);
//! a collection message that adds default and collection charges to the instalment; a charge
//! each period on the principal still owed (interest by function); a restructured balance given
//! a name (以下简称“分期总额”) and split into instalments.
//! Expected figures come from `scripts/unseen_z_zh_expected.py` (Python `fractions`):
//!
//! ```text
//! screen: level 1043.01 last 1043.02 nominal APR 14.5997%
//! quarterly interest 2000 count 4
//! interest-free level 3000
//! annuity 80000 6% 24: 3545.65
//! demand 3160.00 charges 1193.33
//! lawful penalty 20 days 6.70 total 2240.03
//! fee on balance: charges 840 nominal APR 12.0000%
//! restructured 9600 x12 = 9600
//! ```

use std::path::Path;

use chrono::NaiveDateTime;
use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{MessageRules, Tier, analyse_delivered};
use loanlint::model::{DocumentKind, Frequency, Per, RateKind, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};
use crate::extract_zh_unseen_h::{count, months};

fn contract_date_of(text: &str) -> Option<chrono::NaiveDate> {
    analysed(text)
        .report
        .terms
        .contract_date
        .as_ref()
        .map(|d| d.date)
}

fn frequency(t: &Terms) -> Option<Frequency> {
    t.frequency.as_ref().map(|f| f.frequency)
}

fn rates_of(t: &Terms, kind: RateKind) -> Vec<(Decimal, Per)> {
    t.rates
        .iter()
        .filter(|r| r.kind == kind && !r.comprehensive)
        .map(|r| (r.value, r.per))
        .collect()
}

#[test]
fn an_app_screen_that_asks_its_labels_gives_the_term_count_and_method() {
    // 6,000 over 6 months at 0.04% a day: nominal 14.5997% (the script).
    for text in [
        "借款确认\n借款金额　　　　　¥6,000.00\n分几期还　　　　　6个月\n还款方式　　　　　按月等额（按日计息）\n日利率　　　　　　0.04%\n借款日期　　　　　2025年10月8日\n[ 立即借款 ]\n",
        "我要借钱\n借多少 ¥6,000.00\n借多久 6个月\n还款方式：每期等额\n日利率 0.04%（按日计息）\n借款日期 2025年10月8日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(months(t), Some(6), "{text}");
        assert_eq!(count(t), Some(6), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::EqualInstallment), "{text}");
        assert!(near(apr(&a), dec!(14.5997)), "{:?} {text}", apr(&a));
    }
}

/// Interest paid each period, the principal with the last: the method, frequency, count, term.
fn assert_interest_only(text: &str, freq: Frequency, payments: u32, term_months: u32) {
    let t = analysed(text).report.terms;
    assert_eq!(method(&t), Some(RepaymentMethod::InterestOnly), "{text}");
    assert_eq!(frequency(&t), Some(freq), "{text}");
    assert_eq!(count(&t), Some(payments), "{text}");
    assert_eq!(months(&t), Some(term_months), "{text}");
}

#[test]
fn interest_every_three_months_with_the_principal_at_the_end_is_quarterly_interest_only() {
    // 100,000 at 8% a year, 2,000 a quarter: 4 payments over 12 months.
    for text in [
        "借款协议\n出借人：卓文涛　借款人：尹丽君\n一、出借人借给借款人人民币拾万元整，借期自2025年5月6日起至2026年5月6日止。\n二、年利率8%，每满三个月付息一次，每次贰仟元，本金于借期届满之日随最后一季利息一并归还。\n出借人：卓文涛　借款人：尹丽君\n2025年5月6日\n",
        "借款合同\n出借人卓文涛，借款人尹丽君。借款金额100,000元，借款期限12个月，自2025年5月6日起算，年利率8%。\n利息每隔三个月支付一次，每次2,000元；借款到期时本金连同最后一个季度的利息一起归还。\n签订日期：2025年5月6日\n",
    ] {
        assert_interest_only(text, Frequency::Quarterly, 4, 12);
    }
}

#[test]
fn interest_only_each_month_gives_the_count_of_its_term() {
    // 每月仅还利息 over 12 months: 12 monthly payments, the principal with the last.
    for text in [
        "车辆抵押借款合同\n借款人：施家明\n借款金额：8万元\n借款期限：12个月\n月利率：1.2%\n每月仅还利息，本金最后一期一次还。\n每月利息：960.00元\n签约日：2025年6月3日\n",
        "借款合同（要素表）\n借款人　施家明\n借款金额　80,000元\n借款期限　12个月\n月利率　1.2%\n还款约定　每月只付利息，本金在最后一期一次性归还\n每月利息　960.00元\n签约日：2025年6月3日\n",
    ] {
        assert_interest_only(text, Frequency::Monthly, 12, 12);
    }
}

#[test]
fn equal_instalments_stated_only_as_figures_are_equal_instalments() {
    // Interest-free: 36,000 / 12 = 3,000 a month.
    for text in [
        "员工借款协议\n甲方：宏远物流有限公司\n乙方：孔德兵\n一、乙方向甲方借款人民币36,000.00元，甲方于2025年5月8日转账支付。\n二、本借款免收利息。自2025年6月起分12个月归还，每月扣还3,000.00元。\n日期：2025年5月8日\n",
        "内部借款确认\n出借方：宏远物流有限公司　借款方：孔德兵\n借款金额36,000元，不计利息，于2025年5月8日转入借款方工资卡。\n还款：共12期，每期还款3,000元，自2025年6月起按月从工资中扣回。\n日期：2025年5月8日\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(count(&t), Some(12), "{text}");
        assert_eq!(
            method(&t),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
    // 80,000 at 6% a year over 24 months: the annuity payment is 3,545.65 (the script).
    for text in [
        "貸款合約\n借款人：何詠詩\n貸款金額：港幣80,000.00元\n貸款期：24個月\n年利率：6%\n每月供款：3,545.65元\n簽約日期：2025年3月1日\n",
        "贷款合同\n借款人何咏诗，贷款金额80,000元，年利率6%，期限24个月，按月还款，月还款额3,545.65元（最后一期3,545.63元）。\n签约日期：2025年3月1日\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(count(&t), Some(24), "{text}");
        assert_eq!(
            method(&t),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}

#[test]
fn a_japanese_contract_in_chinese_translation_reads_its_own_words() {
    for text in [
        "【中文译本】\n金钱消费借贷契约书\n贷款业者：若叶信贷株式会社\n借款人：周志强\n借款金额：500,000日元\n借款利率：年15%　迟延损害金：年20%\n返济方式：元利均等分期，共24次，每月10日\n契约日：2025年4月10日\n",
        "【译文，仅供参考】\n借贷契约（消费者贷款）\n贷款人：若叶信贷株式会社\n借款人：周志强\n借款金额：500,000日元\n借款利率：年15.0%（实质年率）　迟延损害金：年20.0%\n还款方式：元利均等，还款共24次，于每月10日\n契约日期：2025年4月10日\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(count(&t), Some(24), "{text}");
        assert_eq!(
            method(&t),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 4, 10),
            "{text}"
        );
        assert_eq!(
            rates_of(&t, RateKind::Interest),
            vec![(dec!(15), Per::Year)],
            "{text}"
        );
        assert_eq!(
            rates_of(&t, RateKind::Overdue),
            vec![(dec!(20), Per::Year)],
            "{text}"
        );
    }
}

#[test]
fn an_sms_payout_day_takes_the_year_of_the_messages_own_date() {
    for text in [
        "【好借】您申请的借款3,000.00元已于4月28日到账，借期30天，到期应还3,090.00元。贷款人：锦程小额贷款有限公司。发送时间：2025-04-28 10:02\n",
        "【好借】尊敬的客户，借款3,000.00元已于4月28日放款至您尾号6620的银行卡，30天后应还本息3,090.00元。锦程小额贷款有限公司 发送日期2025年4月28日\n",
    ] {
        assert_eq!(contract_date_of(text), date(2025, 4, 28), "{text}");
    }
    // Sent in the new year about a payout at the end of the old one: the year before.
    let text = "【好借】您的借款2,000.00元已于12月30日到账，借期30天，到期应还2,060.00元。贷款人：锦程小额贷款有限公司。发送日期2026年1月2日\n";
    assert_eq!(contract_date_of(text), date(2025, 12, 30), "{text}");
}

#[test]
fn the_day_a_platform_pays_the_card_for_the_borrower_is_the_payout_date() {
    for text in [
        "信用卡代还确认\n待还信用卡 江南银行（尾号8812）\n代还金额 ¥3,000.00\n代还日期 2025-05-12\n分期 3期（每月）\n服务费 每期代还金额的1.5%\n资金方：恒信小额贷款有限公司\n",
        "账单代还服务\n代还金额：3,000元，分3期按月归还\n垫付日期：2025年5月12日\n服务费：每期为代还金额的1.5%\n资金方：恒信小额贷款有限公司\n",
    ] {
        assert_eq!(contract_date_of(text), date(2025, 5, 12), "{text}");
    }
}

#[test]
fn a_confirmation_of_the_loans_information_is_a_disclosure() {
    for text in [
        "借款信息确认书\n资金方（贷款人）：西江农村商业银行股份有限公司\n借款人：龙晓燕\n借款金额：20,000.00元　借款期限：12个月　年利率（单利）：18%　还款方式：等额本息\n每期应还：1,833.60元\n确认日期：2025年9月3日\n",
        "贷款信息确认单\n贷款人：西江农村商业银行股份有限公司\n借款人：龙晓燕\n贷款金额 20,000元，期限12个月，年利率18%，按月等额本息还款，每月1,833.60元。\n确认日期：2025年9月3日\n",
    ] {
        let kind = analysed(text).report.document.as_ref().map(|d| d.kind);
        assert_eq!(kind, Some(DocumentKind::LoanDisclosure), "{text}");
    }
}

fn tier_of(message: &str, contract: &str, days: u32) -> Tier {
    let checker = Checker::load(&[]).expect("bundled rulesets");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-contracts")
        .join(contract);
    let analysis =
        analyse_file_full(&path, &AnalysisOptions::default(), &checker).expect("sample contract");
    let ctx = loanlint::overdue::contract_context(&analysis, &checker, Some(days));
    let rules = MessageRules::bundled().expect("bundled message rules");
    let received =
        [NaiveDateTime::parse_from_str("2025-10-21T10:30", "%Y-%m-%dT%H:%M").expect("time")];
    analyse_delivered(message, rules, Some(&ctx), None, &received).tier
}

fn assert_tiers(messages: [&str; 2], contract: &str, days: u32, want: Tier) {
    for message in messages {
        assert_eq!(tier_of(message, contract, days), want, "{message}");
    }
}

#[test]
fn charges_added_to_the_instalment_above_the_lawful_default_charges_are_above_the_claim() {
    // zh-02 (1,966.67 a month, no default charges in the contract), 45 days: two instalments
    // are missed, so the demand 3,160.00 is below what is owed in all; but it is itemised as
    // one instalment plus 1,193.33 of charges the law does not allow (the script).
    assert_tiers(
        [
            "【贷后管理部】您的借款当期应还1,966.67元，已逾期45天。现按规定加收罚金800.00元和委外催收费（应还款的20%）393.33元，本次须还款3,160.00元。请在借款App内还款。",
            "【还款通知】尊敬的客户：本期账单1,966.67元逾期已达45天，除本期欠款外，另收滞纳金800.00元及第三方催收服务费393.33元，合计应缴3,160.00元，请通过App“还款”入口办理。",
        ],
        "zh-02-monthly-flat-rate.txt",
        45,
        Tier::DemandAboveLawfulClaim,
    );
}

#[test]
fn an_instalment_with_its_lawful_penalty_interest_stays_a_reminder() {
    // zh-03 (2,233.33 due, penalty interest 5.4% a year on a 360-day basis), 20 days: 6.70
    // of penalty interest, 2,240.03 in all (the script): lawful.
    assert_tiers(
        [
            "【华川银行】您本期应还2,233.33元已逾期20天，按合同产生罚息6.70元，合计应还2,240.03元。请通过本行手机银行还款，详询本行客服热线。",
            "【华川银行】尊敬的客户，本期贷款2,233.33元尚未归还，逾期20天，罚息6.70元，共计2,240.03元，请尽快通过本行网点或手机银行还款。",
        ],
        "zh-03-bank-compliant.txt",
        20,
        Tier::LawfulReminder,
    );
}

#[test]
fn a_charge_each_period_on_the_principal_still_owed_is_the_interest_rate() {
    // 24,000 in 6 equal parts of principal, 1% a month on the balance: 840 of charges, a
    // nominal 12.0000% (the script); no fee beside a rate of nothing.
    for text in [
        "家装分期 · 还款计划\n分期金额 24,000.00元（由贷款机构支付至装修公司）\n分期期数 6期\n还款方式 每期归还等额本金\n服务费 每月按剩余本金的1%收取\n贷款机构 北辰消费金融有限公司\n办理日期 2025年6月12日\n合计应还24,840.00元，其中服务费840.00元。\n",
        "家装分期确认\n贷款机构：北辰消费金融有限公司\n分期金额：24,000元，分6期，按月等额本金还款。\n服务费：按每期期初未还本金的1.0%按月计收，共计840元。\n办理日期：2025年6月12日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            rates_of(t, RateKind::Interest),
            vec![(dec!(1), Per::Month)],
            "{text}"
        );
        assert!(t.fees.is_empty(), "{:?} {text}", t.fees);
        assert!(near(apr(&a), dec!(12.0000)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_restructured_balance_given_a_name_and_split_into_instalments_is_the_principal() {
    // 9,000 + 600 = 9,600, 12 x 800 (the script); no new money: what was received is the
    // balance too.
    for text in [
        "个性化分期还款协议\n甲方：汇通消费金融有限公司　乙方：龚晓军\n鉴于：乙方于2024年2月在甲方处借款15,000元（原合同年利率18%，12期），自2025年10月起未能按期还款。\n1. 截至2026年3月1日，乙方尚欠本金9,000.00元、利息600.00元，共计9,600.00元（以下简称“分期总额”）。\n2. 自本协议生效之日起停止计息，甲方不收取任何费用。\n3. 分期总额分12期按月偿还，首期还款日2026年4月1日，每期800.00元。\n",
        "个性化分期协议\n甲方：汇通消费金融有限公司\n乙方：龚晓军\n鉴于：乙方原借款15,000元（原合同编号HT-2024-0211），现无力按原合同还款。\n一、截至2026年3月1日，乙方仍欠本金9,000元及利息600元，合计9,600元（以下称为「重组金额」）。\n二、重组金额按月分12期偿还，每期800元，自2026年4月1日起还款，期间不再计收利息。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(9600)),
            "{text}"
        );
        assert_eq!(count(t), Some(12), "{text}");
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(9600)),
            "{text}"
        );
    }
}
