//! Classes left by the session-20 hunt on public contract templates (session 21), each on
//! texts written for this test with a rephrased twin that must read the same:
//! a floor or cap on a charge (最低100元/天) is no principal; a range of rates (APR Range
//! 5.99% – 35.99%, 年化利率7.2%-24%) is neither the contract rate nor a disclosed APR; several
//! fees stated by one total (咨询费、审核费、服务费共计2,400元) are priced at that total, and a
//! refundable deposit kept back at payout comes back at the end; instalments in two levels
//! (前6期每期500元, 后12期每期900元) are a schedule of both; a repayment reminder is a notice
//! about the loan (a disclosure); a rate per fortnight (50% per fortnight, 每两周5%) is half of
//! it per week, never a yearly rate. Expected APRs come from scripts/real_hunt_e_expected.py (IRR
//! of the cash flows × 12 in Python `decimal`); the arithmetic is repeated in comments.

use loanlint::DocumentKind;
use loanlint::model::{Per, RateKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr};

/// The principal read from `text`.
fn principal(text: &str) -> Option<Decimal> {
    analysed(text).report.terms.principal.map(|p| p.amount)
}

/// Within 0.01 percentage points of `want`: the stated level instalment leaves a cent to the
/// last one in loanlint's schedule, which moves the rate by about 0.0002.
fn close(got: Option<Decimal>, want: Decimal) -> bool {
    got.is_some_and(|g| (g - want).abs() <= dec!(0.01))
}

// ---- L1: a floor or cap on a charge is never the principal --------------------------------

#[test]
fn a_minimum_or_maximum_charge_is_not_the_principal() {
    // No principal is written in these (an annex, a blank form): nothing may be read as one.
    let blank = [
        // A fee annex: the row's label in one cell, its rate and floor in the next.
        "附件二：违约费用一览\n序号\n项目\n收费标准\n1\n逾期罚息\n合同金额*0.5%/天(最低100元/天)\n2\n外访费\n每次300元\n借款人签字：\n",
        // Twin: the base named 借款本金, a floor 最低…/日 and a cap 最高…/笔.
        "借款合同补充条款\n借款金额：____________元\n逾期管理费：按借款本金的千分之五/日收取，最低50元/日。\n提前结清：收取剩余本金的2%，最高500元/笔。\n",
    ];
    for text in blank {
        assert_eq!(principal(text), None, "{text}");
    }
    // A threshold is no principal either (借款金额超过人民币10万元的…).
    for text in [
        "个人借款咨询服务协议\n借款金额：____________元\n甲方同意在借款金额超过人民币10万元的情况下向乙方提供担保。\n",
        "借款服务协议\n借款本金：________元\n借款本金高于人民币5万元时，借款人须另行办理抵押登记。\n",
    ] {
        assert_eq!(principal(text), None, "{text}");
    }
    // A written principal stays the principal beside a floor (不低于80元/天).
    let written = "借款合同\n借款本金：人民币30,000元，分12期，每月还款2,800元。\n逾期罚息\n合同金额×0.3%/天（不低于80元/天）\n";
    assert_eq!(principal(written), Some(dec!(30000)));
}

// ---- L7: a range of rates is not this loan's rate -------------------------------------------

#[test]
fn an_apr_range_is_neither_a_disclosed_apr_nor_a_rate() {
    let texts = [
        "TRUTH IN LENDING DISCLOSURE\nLender: Acme Lending LLC\nAmount Financed: $4,000.00\nAPR Range 5.99% – 35.99%, depending on your credit profile.\nNumber of payments: 12 monthly payments of $380.00\n",
        // Twin: "from … to …" in a sentence of a contract whose payments give another APR.
        "Loan Agreement\nLender: Acme Lending LLC. Principal: $4,000. Repay in 12 monthly payments of $380.00.\nOur loans carry an APR from 9.95% to 35.99%.\n",
    ];
    for text in texts {
        let a = analysed(text);
        let t = &a.report.terms;
        assert!(t.disclosed_apr.is_none(), "{text}: {:?}", t.disclosed_apr);
        assert!(t.rates.is_empty(), "{text}: {:?}", t.rates);
        // No APR is disclosed, so none can be inaccurate.
        assert!(
            !a.report
                .findings
                .iter()
                .any(|f| f.rule_id == "us-tila-apr-inaccurate"),
            "{text}"
        );
    }
}

#[test]
fn a_chinese_rate_range_is_not_read_and_the_contract_rate_still_is() {
    let texts = [
        "借款合同\n出借人：某某小额贷款有限公司\n借款本金：人民币10,000元，借款年利率12%，分12期按月等额本息还款。\n本平台产品年化利率7.2%-24%，具体以审批结果为准。\n",
        "借款合同\n出借人：某某小额贷款有限公司\n借款本金人民币10,000元，年利率为12%，按月等额本息，共12期。\n平台借款产品的年化利率区间为7.2%至24%。\n",
    ];
    for text in texts {
        let a = analysed(text);
        let values: Vec<Decimal> = a.report.terms.rates.iter().map(|r| r.value).collect();
        assert_eq!(values, vec![dec!(12)], "{text}");
        assert!(a.report.terms.disclosed_apr.is_none(), "{text}");
    }
}

// ---- L4: several fees stated by one total; a refundable deposit kept back -------------------

#[test]
fn fees_named_together_with_one_total_are_priced_at_the_total() {
    let texts = [
        "借款服务协议\n甲方（借款人）向出借人借款，借款金额为人民币20,000元，分12期，每月还款1,900元。\n甲方应向乙方支付咨询费、审核费、服务费共计人民币2,400元，由出借人在发放借款时从借款本金中一次性扣除。\n",
        "居间服务协议\n借款人向出借人借款人民币20,000元，共12期，每月还款1,900元。\n乙方收取的咨询费及审核费、服务费合计人民币2,400元，于放款时从借款本金中直接扣除。\n",
    ];
    for text in texts {
        let a = analysed(text);
        let t = &a.report.terms;
        let priced: Vec<Option<Decimal>> = t.fees.iter().map(|f| f.amount).collect();
        assert_eq!(priced, vec![Some(dec!(2400))], "{text}: {:?}", t.fees);
        // Received 20,000 − 2,400 = 17,600.
        assert_eq!(t.disbursed.as_ref().map(|d| d.amount), Some(dec!(17600)));
        // IRR of −17,600 then 12 × 1,900, × 12 = 50.7129% (script: joint_fees).
        assert!(close(apr(&a), dec!(50.7129)), "{text}: {:?}", apr(&a));
    }
}

#[test]
fn a_refundable_deposit_kept_back_with_joint_fees_comes_back_at_the_end() {
    let a = analysed(
        "借款服务协议\n甲方（借款人）向出借人借款，借款金额为人民币20,000元，分12期，每月还款1,900元。\n甲方应向乙方支付咨询费、审核费、服务费共计人民币2,400元，由出借人在发放借款时从借款本金中一次性扣除。\n放款时另扣留风险保证金人民币1,000元，借款结清后无息退还甲方。\n",
    );
    let t = &a.report.terms;
    assert_eq!(
        t.deposit_returned.as_ref().map(|d| d.amount),
        Some(dec!(1000))
    );
    // Received 20,000 − 2,400 − 1,000 = 16,600; 11 × 1,900 then 1,900 − 1,000 = 900:
    // 55.7735% (script: joint_fees_deposit).
    assert!(close(apr(&a), dec!(55.7735)), "{:?}", apr(&a));
}

// ---- L5: instalments in two levels ----------------------------------------------------------

#[test]
fn two_levels_of_instalments_are_one_schedule_of_both() {
    // 12,000 lent; 6 × 500 then 12 × 900 = 18 instalments, 13,800 repaid: 16.2622% (script:
    // two_phases_zh).
    let zh = [
        "借款协议\n出借人：李四\n借款本金：人民币12,000元。\n还款分两个阶段：第一阶段共6期，每期偿还本息人民币500元；第二阶段共12期，每期偿还本息人民币900元。\n",
        "借款协议\n出借人：李四\n借款本金人民币12,000元，按月还款：前6期每期还款500元，后12期每期还款900元。\n",
    ];
    // 6,000 lent; 6 × 150 then 18 × 400 = 24 instalments, 8,100 repaid: 26.4916% (script:
    // two_phases_en).
    let en = [
        "Loan Agreement\nLender: Acme Lending LLC. Principal: $6,000.\nPayments 1-6 of $150.00 each, then 18 payments of $400.00 each, due monthly.\n",
        "Loan Agreement\nLender: Acme Lending LLC. Principal: $6,000.\nYou will make 6 monthly payments of $150.00 followed by 18 monthly payments of $400.00.\n",
    ];
    for (texts, count, repaid, want) in [
        (zh, 18, dec!(13800), dec!(16.2622)),
        (en, 24, dec!(8100), dec!(26.4916)),
    ] {
        for text in texts {
            let a = analysed(text);
            let t = &a.report.terms;
            assert_eq!(
                t.installments.as_ref().map(|c| c.count),
                Some(count),
                "{text}"
            );
            let rows: Decimal = t.stated_schedule.iter().filter_map(|r| r.total).sum();
            assert_eq!(rows, repaid, "{text}");
            assert!(close(apr(&a), want), "{text}: {:?}", apr(&a));
        }
    }
}

// ---- L2: a repayment reminder is a notice about the loan ------------------------------------

#[test]
fn a_repayment_reminder_is_a_disclosure_not_the_loan_contract() {
    let texts = [
        "合同编号：A-1029\n还款温馨提示函\n王先生：\n您好！为便于您按时还款，请留意以下事项：\n1. 您的每月还款额为人民币1,234.00元，还款日为每月15日。\n2. 逾期将产生逾期付款违约金，并影响您的信用记录。\n3. 如需提前还款，请提前三个工作日与我们联系。\n以上内容已向我讲解。借款人签字：________\n",
        "还款提醒函\n尊敬的李女士：\n感谢您选择我司。您在借款协议项下的月还款额为人民币860.50元，每月8日从您的还款账户扣款，请保证账户余额充足。\n逾期还款将按借款协议收取违约金。\n借款人确认签字：________\n",
    ];
    for text in texts {
        let a = analysed(text);
        let kind = a.report.document.as_ref().map(|d| d.kind);
        assert_eq!(kind, Some(DocumentKind::LoanDisclosure), "{text}");
    }
}

// ---- L3: a rate per fortnight -------------------------------------------------------------

/// The (kind, value, period) of every rate read.
fn rates_of(text: &str) -> Vec<(RateKind, Decimal, Per)> {
    let a = analysed(text);
    a.report
        .terms
        .rates
        .iter()
        .map(|r| (r.kind, r.value, r.per))
        .collect()
}

#[test]
fn a_rate_per_fortnight_is_half_of_it_per_week() {
    // 20% a fortnight = 10% a week; 40% a fortnight late = 20% a week.
    let en = [
        "Personal Loan Agreement\nLender: Kumul Quick Cash Ltd. Borrower: J. Doe.\nPrincipal amount: K1,000.\nInterest: 20% per fortnight, charged on the principal.\nDefault interest of 40% per fortnight is charged on overdue amounts.\n",
        "Personal Loan Agreement\nLender: Kumul Quick Cash Ltd. Borrower: J. Doe.\nPrincipal amount: K1,000.\nInterest is charged at a fortnightly rate of 20% on the principal.\nIf a payment is late, interest of 40% per fortnight runs on the overdue amount until it is paid.\n",
    ];
    // 每两周5% = 2.5% a week; 每两周10% late = 5% a week.
    let zh = [
        "借款协议\n出借人：张三\n借款本金：人民币2,000元。\n利息按每两周5%计算。\n逾期的，按逾期金额每两周10%收取罚息。\n",
        "借款协议\n出借人：张三\n借款本金人民币2,000元，双周利率为5%。\n借款人逾期还款的，罚息按逾期金额每隔一周10%计收。\n",
    ];
    for (texts, interest, overdue) in [(en, dec!(10), dec!(20)), (zh, dec!(2.5), dec!(5))] {
        for text in texts {
            let rates = rates_of(text);
            for want in [
                (RateKind::Interest, interest, Per::Week),
                (RateKind::Overdue, overdue, Per::Week),
            ] {
                assert!(rates.contains(&want), "{text}: {rates:?}");
            }
            assert!(!rates.iter().any(|r| r.2 == Per::Year), "{text}: {rates:?}");
        }
    }
}

// ---- A form's amount row with a bare figure (filled templates) -----------------------------

#[test]
fn a_bare_figure_in_a_form_row_labelled_as_an_amount_is_money() {
    // 50,000 at 10% a year over 12 months: the level payment is 4,395.79
    // (50000 × r / (1 − (1 + r)^−12), r = 0.10 / 12).
    let texts = [
        "借款协议\n借款本金数额\t50000.00\n借款年利率\t10%\n借款期限\t12个月\n月偿还本息数额\t4395.79\n还款方式\t等额本息\n",
        "借款协议\n借款本金数额： 50,000.00\n借款年利率： 10%\n还款分期月数： 12\n月偿还本息数额： 4,395.79\n还款方式： 等额本息\n",
    ];
    for text in texts {
        let t = analysed(text).report.terms;
        let figures = (t.principal.map(|p| p.amount), t.payment.map(|p| p.amount));
        assert_eq!(figures, (Some(dec!(50000)), Some(dec!(4395.79))), "{text}");
    }
}

// ---- L8: publishing a default is its own finding; telling the employer is third-party ------

/// The rule ids that fire on `text`.
pub(crate) fn fired(text: &str) -> Vec<String> {
    analysed(text)
        .report
        .findings
        .iter()
        .map(|f| f.rule_id.clone())
        .collect()
}

#[test]
fn publishing_a_default_is_exposure_and_telling_the_employer_is_third_party_collection() {
    let loan = "借款合同\n出借人：某某小额贷款有限公司\n借款本金：人民币10,000元，年利率12%，分12期按月等额本息还款。\n";
    // In the media or on a website only: exposure, not collection from a third party.
    for clause in [
        "借款人逾期的，贷款人有权在媒体上公开其违约信息。\n",
        "甲方违约的，乙方可通过网站公布甲方的失信信息。\n",
    ] {
        let ids = fired(&format!("{loan}{clause}"));
        assert!(
            ids.iter().any(|i| i == "cn-debt-exposure"),
            "{clause}: {ids:?}"
        );
        assert!(
            !ids.iter().any(|i| i == "cn-third-party-collection"),
            "{clause}: {ids:?}"
        );
    }
    // To the borrower's employer: a third party told of the debt.
    for clause in [
        "借款人逾期的，贷款人有权向媒体及借款人的用人单位披露其违约信息。\n",
        "甲方逾期未还款的，乙方可将甲方的欠款情况披露给甲方所在单位。\n",
    ] {
        let ids = fired(&format!("{loan}{clause}"));
        assert!(
            ids.iter().any(|i| i == "cn-third-party-collection"),
            "{clause}: {ids:?}"
        );
    }
}
