//! Classes of failure found on Chinese contracts of batch F (issue 13), each on contracts of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): a rate priced
//! over the LPR (its value stated, taken from the bundled table, or left open), a method
//! decided only by the figures, one repayment on a named date, card-statement instalments, a
//! 繁體 fee paid with the last instalment, a fee paid with the k-th instalment, monthly
//! interest stated as an amount, and document kinds (a bank's 借款凭证, a deposit certificate).
//! Expected costs come from an independent Python computation (IRR of the cash flows × 12).

use std::path::Path;

use chrono::NaiveDate;
use loanlint::DocumentKind;
use loanlint::analysis::{Analysis, AnalysisOptions, analyse_document_full};
use loanlint::check::Checker;
use loanlint::extract::{classify, extract};
use loanlint::model::{FeeTiming, Frequency, Per, RateKind, RepaymentMethod, Terms};
use loanlint::read::{Document, ReadOptions, SourceKind, read_file};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;

/// The whole analysis of a text read through the ordinary text reader.
pub(crate) fn analysed(text: &str) -> Analysis {
    let tmp = tempfile::Builder::new()
        .suffix(".txt")
        .tempfile()
        .expect("temp file");
    std::fs::write(tmp.path(), text).expect("write");
    let doc = read_file(tmp.path(), &ReadOptions::default()).expect("read");
    let checker = Checker::load(&[]).expect("bundled rulesets");
    analyse_document_full(&doc, &AnalysisOptions::default(), &checker)
}

pub(crate) fn apr(a: &Analysis) -> Option<Decimal> {
    a.report.apr.as_ref().map(|x| x.nominal_percent)
}

pub(crate) fn near(got: Option<Decimal>, want: Decimal) -> bool {
    got.is_some_and(|g| (g - want).abs() <= dec!(0.05))
}

pub(crate) fn interest(t: &Terms) -> Vec<(Decimal, Per)> {
    t.rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest && !r.comprehensive)
        .map(|r| (r.value, r.per))
        .collect()
}

pub(crate) fn method(t: &Terms) -> Option<RepaymentMethod> {
    t.repayment.as_ref().map(|r| r.method)
}

pub(crate) fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn an_lpr_spread_with_the_lpr_stated_is_the_lpr_plus_the_spread() {
    // LPR 3.10% + 120bp = 4.30%; 100,000 over 12 months of level payments: 4.30% (Python).
    for text in [
        "个人装修贷款合同\n贷款人：青岚银行股份有限公司\n借款人：韦某某\n贷款金额：人民币拾万元整（100,000.00元）\n贷款期限：12个月\n还款方式：按月等额本息\n利率：贷款利率按照一年期贷款市场报价利率（LPR）加120个基点确定，其中1个基点为0.01%；本合同签订前一日一年期LPR为3.10%。\n签订日期：2025年3月15日\n",
        "青岚银行 装修贷 借款合同\n借款人 韦某某\n借款本金 100000元\n借款期限 十二个月，每月等额还本付息\n执行年利率：LPR+1.20个百分点（签约日一年期LPR：3.10%），合同期内不调整\n签署日期 2025-03-15\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(interest(t), vec![(dec!(4.30), Per::Year)], "{text}");
        assert!(
            t.assumptions
                .iter()
                .any(|s| s.contains("LPR") && s.contains("3.10")),
            "{:?}",
            t.assumptions
        );
        assert!(near(apr(&a), dec!(4.30)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn an_lpr_spread_without_the_lpr_depends_on_the_lpr_in_force() {
    // The 1-year LPR last published before 2025-03-15 (on 2025-02-20) was 3.10%: + 45bp = 3.55%.
    for text in [
        "消费贷款合同\n贷款人：临溪农村商业银行\n借款人：柴某某\n借款金额：50,000.00元\n借款期限：24个月\n还款方式：等额本金\n贷款年利率以合同签订日最近一次公布的一年期LPR为基础加45bp确定。\n签订日期：2025年3月15日\n",
        "临溪农商行消费贷款合同\n签订日期：2025年3月15日\n借款人：柴某某\n借款本金：伍万元整\n年利率＝一年期贷款市场报价利率＋45个基点\n借款期限：两年，按月等额还本\n",
    ] {
        let t = ex(text);
        assert_eq!(interest(&t), vec![(dec!(3.55), Per::Year)], "{text}");
        assert!(
            t.assumptions
                .iter()
                .any(|s| s.contains("depends on the LPR in force") && s.contains("2025-02-20")),
            "{:?}",
            t.assumptions
        );
    }
    // Undated: no value is invented, and the assumption says what the rate depends on.
    let t = ex(
        "借款合同\n借款人：柴某某\n借款金额：50,000.00元\n借款期限：24个月\n贷款年利率为一年期LPR加45个基点。\n",
    );
    assert!(interest(&t).is_empty(), "{:?}", t.rates);
    assert!(
        t.assumptions
            .iter()
            .any(|s| s.contains("depends on the LPR in force") && s.contains("no rate")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn a_cap_over_the_lpr_is_no_spread_and_a_stated_rate_stands() {
    let t = ex("借款金额：20,000元。借款年利率为6%。逾期利率不得超过合同成立时一年期LPR的4倍。\n");
    assert_eq!(interest(&t), vec![(dec!(6), Per::Year)]);
    let t =
        ex("借款年利率为5.2%（即一年期LPR加220个基点，签约时LPR为3.00%）。借款金额：20,000元。\n");
    assert_eq!(interest(&t), vec![(dec!(5.2), Per::Year)]);
}

#[test]
fn level_payments_and_a_total_name_a_level_reading() {
    // 8,000 repaid as 10 × 860 = 8,600: IRR × 12 = 16.04% (Python).
    for text in [
        "分期付款确认单\n分期金额 8,000.00元\n共10期，按月还款\n每月还款 860.00元\n合计应还 8,600.00元\n首次还款日 2025-08-05\n确认日期 2025-07-05\n",
        "确认日期：2025年7月5日。分期本金：8000元；期数：10期（每月一期）；月还款额：860元；还款总额：8600元；第一期还款日：2025年8月5日。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert!(
            matches!(
                method(t),
                Some(RepaymentMethod::EqualInstallment | RepaymentMethod::FlatRate)
            ),
            "{:?} {text}",
            method(t)
        );
        assert!(t.inferred.iter().any(|i| i.field == "repayment"), "{text}");
        assert!(near(apr(&a), dec!(16.04)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn principal_in_equal_parts_with_no_interest_is_equal_principal() {
    // 12 × (1,000 + 60) on 12,000: IRR × 12 = 10.90% (Python: 10.8967).
    for text in [
        "培训费分期协议\n分期本金 12,000.00元\n分12期，每月偿还本金1,000.00元及服务费60.00元，合计1,060.00元\n本分期不收取利息\n首期还款日 2025-05-01\n签订日期 2025-04-01\n",
        "签订日期：2025年4月1日。学员分期本金壹万贰仟元整，分12期偿还；每期还款1060元（本金1000元、服务费60元）；首期还款日为2025年5月1日，免收利息。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::EqualPrincipal), "{text}");
        assert!(near(apr(&a), dec!(10.90)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn one_repayment_on_a_named_date_is_a_bullet_loan() {
    for text in [
        "借款确认书\n出借人：郝某某\n借款人：任某某\n借款金额：人民币伍仟元整（5,000.00元）\n借款人须于2026年3月1日前一次性还清上述借款。\n日期：2025年12月1日\n",
        "借款人任某某今向郝某某借到现金5000元，约定在2026年3月1日当日全部归还。\n2025年12月1日\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.maturity_date.as_ref().map(|d| d.date),
            date(2026, 3, 1),
            "{text}"
        );
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
    // Instalments stated: the date is the last, the loan no bullet.
    let t = ex("借款金额：5,000元，分5期按月归还，借款人须于2026年3月1日前全部还清。\n");
    assert_ne!(method(&t), Some(RepaymentMethod::Bullet));
}

#[test]
fn card_statement_instalments_are_monthly_and_dated_by_their_transaction() {
    for text in [
        "信用卡账单分期\n分期金额 6,000.00元\n分期期数 24期\n每期手续费 36.00元\n每期本金 250.00元\n办理日期 2025年9月3日\n分期本金及手续费每期计入信用卡账单\n",
        "您的账单分期已办理成功：本金6000元，分24期，每期手续费36元，办理时间2025-09-03。\n",
    ] {
        let t = ex(text);
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(24), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 9, 3),
            "{text}"
        );
    }
}

#[test]
fn a_plan_line_counts_its_instalments() {
    for text in [
        "申请金额：3,600.00元\n分期方案：9期，每月等额偿还本息\n",
        "申请金额 3600元 还款方案 9期 按月等额本息\n",
    ] {
        let t = ex(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(9), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(9), "{text}");
    }
}

#[test]
fn a_traditional_fee_paid_with_the_last_instalment_is_paid_once() {
    // 24,000 equal principal over 6 months at 1% a month, 150 with the last: 14.06% (Python);
    // read as per period it would be 24.64%.
    for text in [
        "借款合同\n貸款人：佛山市順達小額貸款有限公司\n借款人：潘某某\n第一條　借款金額為人民幣貳萬肆仟圓整（¥24,000.00）。\n第二條　借款期限為六個月，自2025年3月1日起至2025年9月1日止。\n第三條　月利率為1%，還款方式為等額本金，每月歸還本金4,000.00元。\n第四條　借款人應於最後一期還款時一併繳納服務費人民幣150.00元。\n簽訂日期：2025年3月1日\n",
        "借款合同\n簽訂日期：2025年3月1日\n借款人：潘某某\n借款本金：¥24,000元，借款期限：六個月（2025年3月1日起至2025年9月1日止）\n還款方式：等額本金，月利率1%\n服務費：150元，於末期還款時一次性支付\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let fees: Vec<_> = t.fees.iter().map(|f| (f.amount, f.timing)).collect();
        assert_eq!(
            fees,
            vec![(Some(dec!(150)), FeeTiming::AtMaturity)],
            "{text}"
        );
        assert!(near(apr(&a), dec!(14.06)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_fee_with_the_kth_instalment_is_dated_from_the_payout() {
    // 12,000 at 0.8% a month, 12 level payments of 1,052.76, 300 with the 4th: 14.18% (Python);
    // with the last instead it would be 13.78%.
    for text in [
        "借款金额\t12,000.00元\n月利率\t0.8%\n期数\t12期（按月）\n还款方式\t等额本息\n审核服务费\t300.00元，于第4期还款时一并收取\n放款日\t2025-06-10\n",
        "放款日：2025年6月10日。借款金额1.2万元，月利率0.8%，按月等额本息还款，共12期。审核服务费300元随第四期还款一并支付，其余各期不收。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let due: Vec<_> = t
            .fees
            .iter()
            .map(|f| f.due_date.as_ref().map(|d| d.date))
            .collect();
        assert_eq!(due, vec![date(2025, 10, 10)], "{text}");
        assert!(near(apr(&a), dec!(14.18)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn monthly_interest_stated_as_an_amount_with_the_principal_at_the_end_is_interest_only() {
    for text in [
        "第一条 借款金额为人民币陆万元整（60,000.00元）。\n第二条 借款期间为12个月，自2025年2月10日起至2026年2月10日止。\n第三条 借款年利率为10%。乙方应于每月10日支付当月利息，每月利息金额为人民币500.00元。\n第四条 借款期满时，乙方应将本金60,000.00元连同最后一个月的利息一起偿还。\n",
        "借款金额：60,000元。借款年利率：10%。借款期间：12个月（2025年2月10日至2026年2月10日）。\n每月利息数额为500元，于每月10日支付。\n期满时偿还本金60,000元及最后一期利息。\n",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::InterestOnly), "{text}");
    }
}

fn kind_of(text: &str) -> DocumentKind {
    let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
    let terms = extract(&doc);
    classify(&doc, doc.language(), &terms).kind
}

#[test]
fn a_banks_loan_voucher_is_a_contract_and_a_deposit_certificate_is_not_a_loan() {
    for text in [
        "南湖村镇银行 个人经营贷款借款凭证\n借款人：鲁某某\n贷款本金：60,000.00元　执行年利率：7.2%\n贷款期限：6个月　还款方式：等额本金\n还款计划表\n期次 到期日 应还本金 应还利息\n第1期 2025-07-01 10,000.00 360.00\n第2期 2025-08-01 10,000.00 300.00\n",
        "贷款借据（个人经营贷款）\n借款人 鲁某某\n借款金额 陆万元整\n年利率 7.2%，期限6个月，按月等额还本\n",
    ] {
        assert_eq!(kind_of(text), DocumentKind::LoanContract, "{text}");
    }
    for text in [
        "整存整取定期存款存单\n户名：吕某某\n存入金额：人民币贰万元整\n存期：一年\n年利率：1.10%\n到期日：2026年5月1日\n",
        "大额存单 认购确认\n户名 吕某某\n认购金额 200,000.00元\n期限 3年，年利率1.75%\n到期一次性还本付息\n",
    ] {
        assert_eq!(kind_of(text), DocumentKind::Other, "{text}");
    }
    // A loan secured by a deposit certificate is a loan.
    let t = "个人存单质押借款合同\n贷款人：南湖村镇银行\n借款人：吕某某\n借款金额：人民币壹万元整\n借款期限：12个月\n年利率：4.5%\n借款人以其定期存款存单提供质押。\n";
    assert_eq!(kind_of(t), DocumentKind::LoanContract);
}

#[test]
fn a_flat_monthly_rate_and_a_count_in_corner_brackets_are_read() {
    for text in [
        "「貸款本金」：港幣伍萬圓整（HK$50,000.00）\n「月平息」：0.9%\n「還款期數」：24期，每月還款\n",
        "貸款本金：HK$50,000\n還款期數：24期（每月一期）\n利率：月平息0.9%\n",
    ] {
        let t = ex(text);
        assert_eq!(interest(&t), vec![(dec!(0.9), Per::Month)], "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24), "{text}");
    }
}

#[test]
fn a_total_row_glued_onto_the_last_row_of_a_bordered_schedule_keeps_that_row() {
    let rows = "期数|还款日|本金|利息|应还金额\n1|2025-02-10|1,000.00|30.00|1,030.00\n2|2025-03-10|1,000.00|30.00|1,030.00\n";
    for last in [
        "3|2025-04-10|1,000.00|30.00|1,030.00合计| |3,000.00|90.00|3,090.00\n",
        "3|2025-04-10|1,000.00|30.00|1,030.00\n合计| |3,000.00|90.00|3,090.00\n",
    ] {
        let text = format!("借款金额3,000.00元，分3期按月偿还。\n{rows}{last}");
        let t = ex(&text);
        let totals: Vec<_> = t.stated_schedule.iter().map(|r| r.total).collect();
        assert_eq!(
            totals,
            vec![Some(dec!(1030)), Some(dec!(1030)), Some(dec!(1030))],
            "{text}"
        );
    }
}

#[test]
fn an_overdue_rate_over_the_lpr_is_not_the_contract_rate() {
    let t = ex("借款金额：20,000元。签订日期：2025年3月15日。逾期利率为一年期LPR加50%。\n");
    assert!(interest(&t).is_empty(), "{:?}", t.rates);
}
