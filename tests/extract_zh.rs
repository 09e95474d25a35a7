#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Per-kind tests of the Chinese extractor on realistic clause wording. Each text goes through
//! the ordinary text reader, so it is NFKC-normalised exactly as a real input would be.

use crate::common;

use loanlint::model::{
    Basis, ClauseKind, FeeKind, FeeTiming, LenderType, Payee, Per, RateKind, RepaymentMethod, Terms,
};
use loanlint::read::{Document, ReadOptions, read_file};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn doc(text: &str) -> Document {
    let tmp = tempfile::Builder::new()
        .suffix(".txt")
        .tempfile()
        .expect("temp file");
    std::fs::write(tmp.path(), text).expect("write");
    read_file(tmp.path(), &ReadOptions::default()).expect("read")
}

fn ex(text: &str) -> Terms {
    let d = doc(text);
    let t = loanlint::extract::zh::extract(&d);
    common::evidence::assert_quotes(&d.text, &t);
    t
}

fn rate(t: &Terms, kind: RateKind) -> &loanlint::model::Rate {
    t.rates
        .iter()
        .find(|r| r.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} rate in {:#?}", t.rates))
}

fn fee(t: &Terms, kind: FeeKind) -> &loanlint::model::Fee {
    t.fees
        .iter()
        .find(|f| f.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} fee in {:#?}", t.fees))
}

fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|a| a.amount)
}

// ---------------------------------------------------------------- amounts

#[test]
fn amount_words_and_figures_agree() {
    let t = ex("第一条 借款金额:人民币壹万贰仟伍佰元整(¥12,500.00)。");
    assert_eq!(principal(&t), Some(dec!(12500)));
    assert!(t.inconsistencies.is_empty());
    let p = t.principal.as_ref().unwrap();
    assert_eq!(p.currency, "CNY");
    assert!(p.evidence.text.contains("壹万贰仟伍佰元整"));
}

#[test]
fn amount_in_wan() {
    let t = ex("乙方向甲方借款本金为人民币1.25万元,用于个人消费。");
    assert_eq!(principal(&t), Some(dec!(12500)));
}

#[test]
fn amount_plain_yuan() {
    let t = ex("甲方同意向乙方出借人民币12500元。");
    assert_eq!(principal(&t), Some(dec!(12500)));
}

#[test]
fn amount_fullwidth_yen() {
    let t = ex("贷款金额：￥１２，５００．００");
    assert_eq!(principal(&t), Some(dec!(12500)));
}

#[test]
fn amount_figures_then_words() {
    let t = ex("借款本金:¥20,000.00元(大写:人民币贰万元整)");
    assert_eq!(principal(&t), Some(dec!(20000)));
    assert!(t.inconsistencies.is_empty());
}

#[test]
fn amount_words_figures_mismatch_is_a_finding() {
    let t = ex("借款金额(大写):人民币壹万贰仟元整 (小写):¥12,500.00");
    assert_eq!(t.inconsistencies.len(), 1);
    assert_eq!(t.inconsistencies[0].kind, "amount-words-figures-mismatch");
    // 大写 prevails.
    assert_eq!(principal(&t), Some(dec!(12000)));
}

#[test]
fn amount_disbursed_stated() {
    let t = ex("借款金额:10000元。\n实际到账金额为人民币9,400元。");
    assert_eq!(principal(&t), Some(dec!(10000)));
    let d = t.disbursed.as_ref().unwrap();
    assert_eq!(d.amount, dec!(9400));
    assert!(!d.derived);
}

#[test]
fn amount_disbursed_derived_from_deduction() {
    let t = ex("借款本金10000元。\n平台服务费1000元,于放款时从借款本金中一次性扣除。");
    let f = fee(&t, FeeKind::Service);
    assert_eq!(f.amount, Some(dec!(1000)));
    assert_eq!(f.timing, FeeTiming::UpfrontDeducted);
    let d = t.disbursed.as_ref().unwrap();
    assert_eq!(d.amount, dec!(9000));
    assert!(d.derived);
}

#[test]
fn amount_disbursed_equals_principal_when_nothing_deducted() {
    let t = ex("借款金额:人民币伍万元整。年利率12%。");
    let d = t.disbursed.as_ref().unwrap();
    assert_eq!(d.amount, dec!(50000));
    assert!(d.derived);
}

#[test]
fn amount_blanks_are_not_stated() {
    for text in [
        "借款金额:人民币____元(大写:________)。",
        "借款金额:${loanAmount}元",
        "借款本金:人民币【 】元。",
        "借款本金:人民币\n元。",
        "1.1 借款本金金额:甲方本次借款本金总金额为人民币${datas.capitalization}整(¥${datas.amount?c}元)。",
    ] {
        let t = ex(text);
        assert_eq!(principal(&t), None, "{text}");
        assert!(t.disbursed.is_none(), "{text}");
        assert!(t.unparsed.is_empty(), "{text}: {:?}", t.unparsed);
    }
}

#[test]
fn amount_payment_and_credit_line() {
    let t = ex("每期还款金额:人民币1,066.19元。\n乙方向甲方提供借款额度人民币叁拾万元整。");
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(1066.19)));
    assert_eq!(principal(&t), None);
}

// ---------------------------------------------------------------- rates

#[test]
fn rate_yearly() {
    let t = ex("借款年利率为12%,按日计息。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!((r.value, r.per), (dec!(12), Per::Year));
    assert_eq!(r.annual_percent, Some(dec!(12)));
}

#[test]
fn rate_monthly_percent() {
    let t = ex("本合同项下借款月利率为1.5%。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!((r.value, r.per), (dec!(1.5), Per::Month));
    assert_eq!(r.annual_percent, Some(dec!(18)));
}

#[test]
fn rate_monthly_fen_and_li() {
    let t = ex("双方约定月息2分。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!((r.value, r.per), (dec!(2), Per::Month));
    assert_eq!(r.annual_percent, Some(dec!(24)));
    let t = ex("利息按月息8厘计算。");
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(0.8));
    let t = ex("借款利息为月息一分五厘。");
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(1.5));
}

#[test]
fn rate_yearly_fen() {
    let t = ex("借款年息1分,到期一次性还本付息。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!((r.value, r.per), (dec!(10), Per::Year));
}

#[test]
fn rate_daily_wanfenzhi_assumes_365() {
    let t = ex("借款日利率为万分之五。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!((r.value, r.per), (dec!(0.05), Per::Day));
    assert_eq!(r.day_basis, Some(365));
    assert!(r.day_basis_assumed);
    assert_eq!(r.annual_percent, Some(dec!(18.25)));
    assert!(t.assumptions.iter().any(|a| a.contains("365")));
}

#[test]
fn rate_daily_stated_360_basis() {
    let t = ex("借款日利率为0.05%(日利率=年利率/360)。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!(r.day_basis, Some(360));
    assert!(!r.day_basis_assumed);
    assert_eq!(r.annual_percent, Some(dec!(18)));
}

#[test]
fn rate_daily_glued_forms() {
    let t = ex("利息按日0.03%计收。");
    assert_eq!(rate(&t, RateKind::Interest).per, Per::Day);
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(0.03));
    let t = ex("借款利息按每日万分之三计算。");
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(0.03));
    assert_eq!(rate(&t, RateKind::Interest).per, Per::Day);
}

#[test]
fn rate_annualised_phrase() {
    let t = ex("本借款按年化7.2%计息。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!((r.value, r.per), (dec!(7.2), Per::Year));
}

#[test]
fn rate_comprehensive_cost_is_disclosed_apr() {
    let t = ex("借款年利率为10%。\n本产品年化综合成本为23.99%。");
    let apr = t.disclosed_apr.as_ref().expect("disclosed apr");
    assert_eq!(apr.value, dec!(23.99));
    assert!(apr.comprehensive);
    let interest: Vec<_> = t.rates.iter().filter(|r| !r.comprehensive).collect();
    assert_eq!(interest.len(), 1);
    assert_eq!(interest[0].value, dec!(10));
}

#[test]
fn rate_irr_disclosed() {
    let t = ex("借款年化利率(单利)为18%,按IRR计算。");
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(18)));
}

#[test]
fn rate_without_period_is_assumed_yearly() {
    let t = ex("本合同借款利率为10%。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!(r.per, Per::Year);
    assert!(t.assumptions.iter().any(|a| a.contains("period")));
}

#[test]
fn rate_fullwidth_and_broken_line() {
    let t = ex("年利率：１２％");
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(12));
    let t = ex("借款日利率为\n万分之五。");
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(0.05));
}

#[test]
fn rate_legal_cap_is_not_a_term() {
    let t = ex("双方约定的利率不超过年利率36%。");
    assert!(t.rates.is_empty(), "{:?}", t.rates);
}

#[test]
fn overdue_markup_over_contract_rate() {
    let t = ex("借款年利率为12%。\n逾期罚息利率为在借款利率基础上上浮50%。");
    let r = rate(&t, RateKind::Overdue);
    assert_eq!(r.markup_percent, Some(dec!(50)));
    assert_eq!(r.value, dec!(18));
    assert_eq!(r.per, Per::Year);
}

#[test]
fn overdue_daily_on_overdue_amount() {
    let t = ex("乙方逾期还款的,应按逾期金额每日万分之五支付罚息。");
    let r = rate(&t, RateKind::Overdue);
    assert_eq!((r.value, r.per), (dec!(0.05), Per::Day));
    assert_eq!(r.basis, Some(Basis::OverdueAmount));
}

#[test]
fn overdue_on_whole_remaining_principal() {
    let t = ex("如借款人逾期,贷款人有权按全部剩余本金日千分之一计收罚息。");
    let r = rate(&t, RateKind::Overdue);
    assert_eq!(r.value, dec!(0.1));
    assert_eq!(r.basis, Some(Basis::RemainingPrincipal));
}

#[test]
fn penalty_once_and_daily() {
    let t = ex("违约金为逾期金额的5%。");
    let r = rate(&t, RateKind::Penalty);
    assert_eq!((r.value, r.per), (dec!(5), Per::Once));
    assert_eq!(r.basis, Some(Basis::OverdueAmount));
    assert_eq!(r.annual_percent, None);
    let t = ex("违约金总额 = 逾期金额×0.05%×逾期天数;");
    assert_eq!(rate(&t, RateKind::Penalty).per, Per::Day);
}

// ---------------------------------------------------------------- fees

#[test]
fn fee_platform_percent_deducted() {
    let t = ex("平台服务费为借款本金的2%,于放款时一次性扣除。");
    let f = fee(&t, FeeKind::Service);
    assert_eq!(f.percent, Some(dec!(2)));
    assert_eq!(f.basis, Some(Basis::Principal));
    assert_eq!(f.timing, FeeTiming::UpfrontDeducted);
    assert_eq!(f.name, "平台服务费");
}

#[test]
fn fee_monthly_management_to_platform() {
    let t = ex("乙方每月应向丙方支付账户管理费50元,随每期还款一并支付。");
    let f = fee(&t, FeeKind::Management);
    assert_eq!(f.amount, Some(dec!(50)));
    assert_eq!(f.timing, FeeTiming::PerPeriod);
    assert_eq!(f.payee, Some(Payee::Platform));
}

#[test]
fn fee_guarantee_on_remaining_principal() {
    let t = ex("担保费按剩余本金的0.5%每月收取,随每期还款支付给担保公司。");
    let f = fee(&t, FeeKind::Guarantee);
    assert_eq!(f.percent, Some(dec!(0.5)));
    assert_eq!(f.basis, Some(Basis::RemainingPrincipal));
    assert_eq!(f.per, Some(Per::Month));
    assert_eq!(f.payee, Some(Payee::Guarantor));
}

#[test]
fn fee_insurance_deducted() {
    let t = ex("借款金额20000元。\n保险费人民币300元,从借款金额中直接扣除。");
    let f = fee(&t, FeeKind::Insurance);
    assert_eq!(f.amount, Some(dec!(300)));
    assert_eq!(f.payee, Some(Payee::Insurer));
    assert_eq!(t.disbursed.as_ref().map(|d| d.amount), Some(dec!(19700)));
}

#[test]
fn fee_consulting_paid_at_signing() {
    let t = ex("咨询费:借款金额的3%,于签约时一次性支付。");
    let f = fee(&t, FeeKind::Consulting);
    assert_eq!(f.percent, Some(dec!(3)));
    assert_eq!(f.timing, FeeTiming::UpfrontPaid);
}

#[test]
fn fee_kinds_by_name() {
    let cases = [
        ("会员费199元,开通后享受借款权益。", FeeKind::Membership),
        ("审核费200元。", FeeKind::Application),
        ("每笔借款收取手续费100元。", FeeKind::Handling),
        ("居间服务费为人民币500元。", FeeKind::Consulting),
        ("保证金人民币1000元,到期后退还。", FeeKind::Deposit),
        ("信息服务费为借款本金的1%。", FeeKind::Service),
    ];
    for (text, kind) in cases {
        let t = ex(text);
        assert_eq!(t.fees.len(), 1, "{text}: {:?}", t.fees);
        assert_eq!(t.fees[0].kind, kind, "{text}");
    }
}

#[test]
fn fee_late_daily_on_default() {
    let t = ex("乙方逾期的,应按逾期金额每日0.1%向甲方支付滞纳金。");
    let f = fee(&t, FeeKind::Late);
    assert_eq!(f.percent, Some(dec!(0.1)));
    assert_eq!(f.per, Some(Per::Day));
    assert_eq!(f.basis, Some(Basis::OverdueAmount));
    assert_eq!(f.timing, FeeTiming::OnDefault);
}

#[test]
fn fee_collection_and_prepayment() {
    let t = ex("借款人逾期的,应承担催收服务费,金额为逾期本金的5%。");
    let f = fee(&t, FeeKind::Collection);
    assert_eq!(f.percent, Some(dec!(5)));
    assert_eq!(f.timing, FeeTiming::OnDefault);
    let t = ex("借款人提前还款的,应支付剩余本金3%的提前还款违约金。");
    let f = fee(&t, FeeKind::Prepayment);
    assert_eq!(f.percent, Some(dec!(3)));
    assert!(
        t.clauses
            .iter()
            .any(|c| c.kind == ClauseKind::PrepaymentPenalty)
    );
}

#[test]
fn fee_penalty_fixed_sum() {
    let t = ex("乙方违约的,应向甲方支付违约金人民币2000元。");
    let f = fee(&t, FeeKind::Penalty);
    assert_eq!(f.amount, Some(dec!(2000)));
    assert_eq!(f.timing, FeeTiming::OnDefault);
}

// ---------------------------------------------------------------- term, dates, method

#[test]
fn term_months_and_range() {
    let t = ex("借款期限12个月。");
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    let t = ex("借款期限:自2025年1月15日起至2026年1月14日止。");
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    assert_eq!(
        t.maturity_date.as_ref().map(|d| d.date.to_string()),
        Some("2026-01-14".into())
    );
    let t = ex("借款期限为30天。");
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(30));
    let t = ex("借款期限:自____年__月__日起至____年__月__日止。");
    assert!(t.term.is_none());
}

#[test]
fn contract_date_word_after_the_date() {
    let t = ex("本合同由双方于2025年3月1日在北京市海淀区签订。");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2025-03-01".into())
    );
    let t = ex("落款日期:2025-03-02");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2025-03-02".into())
    );
}

#[test]
fn installments_count() {
    let t = ex("还款期数:12期");
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    let t = ex("本借款分12期偿还,每月还款一次。");
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    let t = ex("乙方应于第3期还款日前还清。");
    assert!(t.installments.is_none());
}

#[test]
fn dates_contract_and_first_payment() {
    let t = ex("签订日期:2025年1月10日\n首期还款日为2025年2月15日,还款日为每月15日。");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2025-01-10".into())
    );
    assert_eq!(
        t.first_payment_date.as_ref().map(|d| d.date.to_string()),
        Some("2025-02-15".into())
    );
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(loanlint::model::Frequency::Monthly)
    );
}

#[test]
fn repayment_methods() {
    let cases = [
        ("还款方式:等额本息。", RepaymentMethod::EqualInstallment),
        ("还款方式为等额本金。", RepaymentMethod::EqualPrincipal),
        ("本借款按月付息,到期还本。", RepaymentMethod::InterestOnly),
        ("还款方式:先息后本", RepaymentMethod::InterestOnly),
        ("借款到期一次性还本付息。", RepaymentMethod::Bullet),
        (
            "还款方式为等本等息,每期利息按借款本金计算。",
            RepaymentMethod::FlatRate,
        ),
        ("本额度随借随还。", RepaymentMethod::Other),
    ];
    for (text, m) in cases {
        let t = ex(text);
        assert_eq!(t.repayment.as_ref().map(|r| r.method), Some(m), "{text}");
    }
}

#[test]
fn repayment_options_without_choice_are_not_stated() {
    let t = ex("还款方式:□等额本息 □等额本金 □到期一次性还本付息");
    assert!(t.repayment.is_none());
    assert!(t.assumptions.iter().any(|a| a.contains("repayment method")));
    let t = ex("还款方式:□等额本息 √等额本金 □到期一次性还本付息");
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::EqualPrincipal)
    );
}

// ---------------------------------------------------------------- clauses

#[test]
fn risky_clauses() {
    let cases = [
        (
            "借款人授权贷款人读取并使用其手机通讯录信息。",
            ClauseKind::ContactListAccess,
        ),
        (
            "借款人逾期的,出借人有权联系借款人的紧急联系人及通讯录好友进行催收。",
            ClauseKind::ThirdPartyCollection,
        ),
        (
            "借款人逾期超过30日的,贷款人有权上门催收。",
            ClauseKind::HomeVisit,
        ),
        (
            "贷款人有权根据市场情况单方调整借款利率及服务费标准,无需另行通知借款人。",
            ClauseKind::UnilateralChange,
        ),
        (
            "借款人授权贷款人从借款人名下任何银行账户中划扣应还款项。",
            ClauseKind::AutoDebitAllAccounts,
        ),
        (
            "因本合同发生争议的,由出借人所在地人民法院管辖。",
            ClauseKind::DistantForum,
        ),
        (
            "借款人同意贷款人将其个人信息提供给第三方合作机构。",
            ClauseKind::DataSharing,
        ),
        (
            "借款人须购买贷款人指定的借款人意外保险,作为放款条件。",
            ClauseKind::TiedProduct,
        ),
        ("借款到期无法偿还的,可申请借新还旧。", ClauseKind::Rollover),
        (
            "借款人违约的,贷款人有权宣布全部借款立即到期。",
            ClauseKind::Acceleration,
        ),
        (
            "对借款人未按时支付的利息,贷款人有权计收复利。",
            ClauseKind::CompoundInterest,
        ),
        (
            "借款人自愿放弃对本合同的一切抗辩权。",
            ClauseKind::WaiverOfDefences,
        ),
        (
            "双方同意由贷款人住所地人民法院管辖,借款人放弃管辖权异议。",
            ClauseKind::DistantForum,
        ),
        (
            "借款人同意本合同争议提交上海仲裁委员会仲裁。",
            ClauseKind::DistantForum,
        ),
    ];
    for (text, kind) in cases {
        let t = ex(text);
        assert!(
            t.clauses.iter().any(|c| c.kind == kind),
            "{text}: {:?}",
            t.clauses
        );
    }
}

#[test]
fn prohibitions_are_not_risky_clauses() {
    let t = ex("贷款人不得上门催收,不得联系借款人的亲友催收。");
    assert!(
        !t.clauses.iter().any(|c| matches!(
            c.kind,
            ClauseKind::HomeVisit | ClauseKind::ThirdPartyCollection
        )),
        "{:?}",
        t.clauses
    );
    let t = ex("因本合同发生争议的,由借款人住所地人民法院管辖。");
    assert!(!t.clauses.iter().any(|c| c.kind == ClauseKind::DistantForum));
    let t = ex("本合同存续期间借款人信息变更的,应及时通知贷款人。");
    assert!(!t.clauses.iter().any(|c| c.kind == ClauseKind::Rollover));
}

// ---------------------------------------------------------------- parties

#[test]
fn lender_types() {
    let cases = [
        ("贷款人:某某小额贷款有限公司", LenderType::Microloan),
        ("贷款人:某某消费金融有限公司", LenderType::ConsumerFinance),
        ("贷款人:某某银行股份有限公司北京分行", LenderType::Bank),
        (
            "出借人:张三 身份证号:110101199001011234",
            LenderType::Individual,
        ),
    ];
    for (text, ty) in cases {
        let t = ex(text);
        assert_eq!(t.lender.as_ref().map(|l| l.lender_type), Some(ty), "{text}");
    }
    let t = ex("丙方系依法设立的网络借贷信息中介机构,为出借人与借款人提供信息服务。");
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::P2pPlatform)
    );
}

#[test]
fn lender_line_with_short_name_clause() {
    let t = ex("贷款人(以下简称甲方):某某消费金融有限公司");
    let l = t.lender.as_ref().expect("lender");
    assert_eq!(l.name.as_deref(), Some("某某消费金融有限公司"));
    assert_eq!(l.lender_type, LenderType::ConsumerFinance);
    let t = ex("出借人:李四");
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::Individual)
    );
}

#[test]
fn lender_blank_name() {
    let t = ex("贷款人:${lenderFullName}");
    assert!(t.lender.as_ref().is_none_or(|l| l.name.is_none()));
}

#[test]
fn jurisdiction_cn() {
    let t = ex("本合同适用中华人民共和国法律。");
    assert_eq!(
        t.jurisdiction_hints.first().map(|h| h.code.as_str()),
        Some("CN")
    );
}

// ---------------------------------------------------------------- nothing dropped

#[test]
fn unparsed_sentences_are_kept() {
    let t = ex("借款利率为12,具体以系统显示为准。");
    assert_eq!(t.unparsed.len(), 1, "{:?}", t.unparsed);
    assert_eq!(t.unparsed[0].reason, "rate");
    let t = ex("借款金额10000,以实际到账为准。");
    assert_eq!(t.unparsed.len(), 1, "{:?}", t.unparsed);
    assert_eq!(t.unparsed[0].reason, "money");
    assert!(t.principal.is_none());
    // A rate stated against LPR cannot be turned into a number here: kept, not dropped.
    let t = ex("本合同贷款年利率为LPR加150个基点。");
    assert!(t.rates.is_empty());
    assert_eq!(t.unparsed.len(), 1, "{:?}", t.unparsed);
    assert_eq!(t.unparsed[0].reason, "rate");
    let t = ex("本金按照每千元每月5元的标准另行收取。");
    assert_eq!(t.unparsed.len(), 1, "{:?}", t);
}

#[test]
fn page_headers_do_not_break_terms() {
    let t =
        ex("借款合同 第1页 共5页\n借款金额:人民币10,000元\n\u{c}借款合同 第2页 共5页\n年利率:12%");
    assert_eq!(principal(&t), Some(dec!(10000)));
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(12));
}

#[test]
fn huge_numbers_do_not_overflow() {
    let nine = "9".repeat(28);
    for text in [
        format!("年息{nine}分"),
        format!("月息{nine}分9厘"),
        format!("借款年利率为12%。逾期罚息利率上浮{nine}%。"),
        format!("借款本金{nine}元。服务费为借款本金的{nine}%,放款时从借款本金中扣除。"),
        format!("借款金额:人民币玖仟亿玖仟亿玖仟亿玖仟亿元整({nine}元)"),
        "日利率万分之九九九九九九九九九九九九九九九九九九九九九九九九九九九九九".to_string(),
    ] {
        let _ = ex(&text);
    }
}

#[test]
fn letter_spaced_and_space_grouped_figures() {
    let t = ex("借款金额 1 2 5 0 0 元");
    assert_eq!(principal(&t), Some(dec!(12500)));
    let t = ex("借款本金:人民币 12 500.00 元");
    assert_eq!(principal(&t), Some(dec!(12500)));
    let t = ex("日利率 0 . 0 5 %");
    assert_eq!(rate(&t, RateKind::Interest).value, dec!(0.05));
}

#[test]
fn filled_in_lines_around_values() {
    let t = ex("乙方向甲方借款人民币 _20 万整_ 元(大写: ____贰拾万整____)。");
    assert_eq!(principal(&t), Some(dec!(200000)));
    assert!(t.inconsistencies.is_empty());
    let t = ex("乙方向甲方借款人民币 _20 万整_ 元(大写: ____贰万整____)。");
    assert_eq!(t.inconsistencies.len(), 1, "{:?}", t.inconsistencies);
    let t = ex("本合同项下的借款期限为 ____十____年。");
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(120));
}

#[test]
fn rate_that_includes_fees_is_still_a_rate() {
    let t = ex("本借款综合年化利率为24%(含服务费、担保费)。");
    let r = t.disclosed_apr.as_ref().expect("disclosed");
    assert_eq!(r.value, dec!(24));
    assert!(t.fees.is_empty(), "{:?}", t.fees);
}

#[test]
fn more_real_world_wordings() {
    // 账户管理费 monthly on the original principal.
    let t = ex("账户管理费按月收取,每月为借款本金的0.3%。");
    let f = fee(&t, FeeKind::Management);
    assert_eq!(
        (f.percent, f.per, f.basis),
        (Some(dec!(0.3)), Some(Per::Month), Some(Basis::Principal))
    );
    // 月利率 stated with 按.
    let t = ex("借款利息按月利率0.8%计算,按月支付。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!(
        (r.value, r.per, r.annual_percent),
        (dec!(0.8), Per::Month, Some(dec!(9.6)))
    );
    // 日息 with 365 stated.
    let t = ex("日息0.06%,一年按365天计算。");
    let r = rate(&t, RateKind::Interest);
    assert_eq!((r.day_basis, r.day_basis_assumed), (Some(365), false));
    assert_eq!(r.annual_percent, Some(dec!(21.9)));
    // Slash period after the value.
    let t = ex("借款人应按借款本金的0.3%/月向平台支付信息服务费。");
    let f = fee(&t, FeeKind::Service);
    assert_eq!(
        (f.percent, f.per, f.payee),
        (Some(dec!(0.3)), Some(Per::Month), Some(Payee::Platform))
    );
    // IRR-disclosed annual rate.
    let t = ex("本借款年化借款利率(IRR)为17.9%。");
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(17.9)));
    // 罚息 as a multiple of the contract rate: 利率的150%.
    let t = ex("借款年利率为10%。逾期的,按借款利率的150%计收罚息。");
    let r = rate(&t, RateKind::Overdue);
    assert_eq!((r.value, r.markup_percent), (dec!(15), Some(dec!(50))));
    let t = ex("借款月利率为1%,逾期罚息按借款利率的1.5倍计收。");
    let r = rate(&t, RateKind::Overdue);
    assert_eq!(
        (r.value, r.per, r.markup_percent),
        (dec!(1.5), Per::Month, Some(dec!(50)))
    );
}

#[test]
fn amount_pairs_in_common_layouts() {
    let t = ex("借款金额：人民币（大写）壹万贰仟伍佰元整，（小写）¥12,500.00元。");
    assert_eq!(principal(&t), Some(dec!(12500)));
    assert!(t.inconsistencies.is_empty(), "{:?}", t.inconsistencies);
    let t = ex("借款本金:小写12500元 大写:壹万贰仟伍佰元整");
    assert_eq!(principal(&t), Some(dec!(12500)));
    assert!(t.inconsistencies.is_empty(), "{:?}", t.inconsistencies);
    let t = ex("借款本金:小写12500元 大写:壹万伍仟元整");
    assert_eq!(t.inconsistencies.len(), 1);
}

#[test]
fn table_row_label_and_value_two_spaces_apart_name_the_lender() {
    // A summary table as the PDF reader lays it out: cells two spaces or more apart.
    let t = ex(
        "借款合同\n项目  内容\n出借人  王小明  身份证号  110101199001011234\n借款人  李四\n借款金额  人民币50,000元\n",
    );
    let l = t.lender.as_ref().expect("lender");
    assert_eq!(l.name.as_deref(), Some("王小明"));
    assert_eq!(l.lender_type, LenderType::Individual);
    let t = ex("借款合同\n甲方(贷款人)  某某小额贷款有限公司\n乙方(借款人)  李四\n");
    assert_eq!(
        t.lender.as_ref().and_then(|l| l.name.as_deref()),
        Some("某某小额贷款有限公司")
    );
    // One space inside a sentence is no cell gap.
    let t = ex("出借人 应按约定发放借款。\n");
    assert!(t.lender.as_ref().and_then(|l| l.name.as_deref()).is_none());
}
