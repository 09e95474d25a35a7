//! Classes left by the session-21 hunt on public contract templates (session 22), each on texts
//! written for this test with a rephrased twin that must read the same:
//! a percentage labelled as a penalty or a late charge with a period of its own ("Penalty: 40%
//! per month", "a penalty of 50% per fortnight") is the default rate for that period, never
//! dropped and never a one-off fee, and the rulesets weigh it (a UK default rate above the
//! contract rate); an option of a checkbox form left unticked ("- [ ] Compound interest",
//! "☐ Balloon", "□ 计收复利") is no clause or term of the loan, while a ticked one is; the sale of
//! a loan claim or of its income between creditors (债权收益权转让协议, an assignment of
//! receivables) is no loan, unless the borrower borrows under the same document; the parts of
//! a total listed after 其中 are paid when the sentence of the total says (在收到借款资金的当日).
//! Expected values are stated by the texts themselves; the arithmetic is in comments.

use loanlint::DocumentKind;
use loanlint::model::{ClauseKind, FeeKind, FeeTiming, Per, RateKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::document_kind_unseen::assert_cases;
use crate::extract_real_hunt_e::fired;
use crate::extract_zh_unseen_f::analysed;

/// (kind, value, period, label) of each rate read from `text`.
fn rates_of(text: &str) -> Vec<(RateKind, Decimal, Per, String)> {
    analysed(text)
        .report
        .terms
        .rates
        .iter()
        .map(|r| (r.kind, r.value, r.per, r.label.clone()))
        .collect()
}

/// The kinds of the clauses read from `text`.
fn clauses_of(text: &str) -> Vec<ClauseKind> {
    analysed(text)
        .report
        .terms
        .clauses
        .iter()
        .map(|c| c.kind)
        .collect()
}

// ---- 1. A penalty percentage with a period is the default rate -----------------------------

#[test]
fn a_penalty_or_late_charge_with_a_period_is_the_default_rate() {
    // (text, stated value and period, as read): a fortnight is two weeks, so 50% per
    // fortnight is 25% per week; 1.5% for each day stays 1.5% per day.
    let cases = [
        (
            "Loan Agreement\nLender: Harbour Quick Cash Ltd. Borrower: Tom Wari.\nPrincipal: $800. Interest: 20% per fortnight.\nPenalty: 40% per month on any sum not paid by the due date.\n",
            dec!(40),
            Per::Month,
        ),
        // Twin: the penalty in a sentence, "a month" instead of "per month".
        (
            "Loan Agreement\nLender: Harbour Quick Cash Ltd. Borrower: Tom Wari.\nWe lend you $800 at 20% per fortnight. If you pay late you owe a penalty of 40% a month on what is unpaid.\n",
            dec!(40),
            Per::Month,
        ),
        (
            "Loan Agreement\nLender: Harbour Quick Cash Ltd.\nPrincipal: $800. Interest: 20% per fortnight.\nA penalty of 50% per fortnight applies after the due date.\n",
            dec!(25),
            Per::Week,
        ),
        // Twin: labelled "Late penalty:", the fortnight written as an adverb.
        (
            "Loan Agreement\nLender: Harbour Quick Cash Ltd.\nPrincipal: $800. Interest: 20% per fortnight.\nLate penalty: 50% fortnightly on the overdue amount.\n",
            dec!(25),
            Per::Week,
        ),
        (
            "Loan Agreement\nLender: Acme Cash LLC. Principal: $1,000. Interest: 10% per month.\nA late charge of 1.5% of the overdue amount for each day applies until paid.\n",
            dec!(1.5),
            Per::Day,
        ),
        // Twin: a default charge per day as a form row.
        (
            "Loan Agreement\nLender: Acme Cash LLC. Principal: $1,000. Interest: 10% per month.\nDefault charge: 1.5% per day of any amount past due.\n",
            dec!(1.5),
            Per::Day,
        ),
    ];
    for (text, value, per) in cases {
        let a = analysed(text);
        let t = &a.report.terms;
        let overdue: Vec<_> = t
            .rates
            .iter()
            .filter(|r| r.kind == RateKind::Overdue)
            .map(|r| (r.value, r.per))
            .collect();
        assert_eq!(overdue, [(value, per)], "{text}: {:?}", t.rates);
        // The percentage is that rate, not a late fee besides.
        assert!(
            !t.fees
                .iter()
                .any(|f| matches!(f.kind, FeeKind::Late | FeeKind::Penalty)),
            "{text}: {:?}",
            t.fees
        );
    }
}

#[test]
fn a_late_charge_without_a_period_stays_a_fee_and_a_prepayment_penalty_no_default_rate() {
    for text in [
        "Loan Agreement\nLender: Acme Cash LLC. Principal: $1,000. Interest: 10% per month.\nLate charge: 5% of the overdue payment.\n",
        "Loan Agreement\nLender: Acme Cash LLC. Principal: $1,000. Interest: 10% per month.\nIf a payment is late we charge a late fee of 5% of that payment.\n",
    ] {
        let t = analysed(text).report.terms;
        assert!(
            !t.rates.iter().any(|r| r.kind == RateKind::Overdue),
            "{text}: {:?}",
            t.rates
        );
        assert!(
            t.fees
                .iter()
                .any(|f| f.kind == FeeKind::Late && f.percent == Some(dec!(5))),
            "{text}: {:?}",
            t.fees
        );
    }
    let text = "Loan Agreement\nLender: Acme Cash LLC. Principal: $1,000. Interest: 10% per month.\nA prepayment penalty of 2% per annum of the balance applies.\n";
    assert!(
        !rates_of(text).iter().any(|r| r.0 == RateKind::Overdue),
        "{text}: {:?}",
        rates_of(text)
    );
}

#[test]
fn a_uk_penalty_rate_above_the_contract_rate_is_a_violation() {
    // 1.2% a day on default against 0.8% a day of interest: above the contract rate (FCA
    // CONC 5A, uk-hcstc-default-interest-above-rate). At 0.8% a day it is not above.
    let above = [
        "Fixed-Sum Loan Agreement regulated by the Consumer Credit Act 1974\nLender: Fenwick Loans Ltd. Borrower: Ann Price.\nAmount of credit: £400. Interest: 0.8% per day, fixed. Duration: 30 days.\nYou must repay £496.00 in one repayment on 14 May 2026.\nPenalty: 1.2% per day on any sum not paid on time.\n",
        "Loan agreement (fixed sum, Consumer Credit Act 1974)\nLender: Fenwick Loans Ltd. Borrower: Ann Price.\nWe lend you £400 for 30 days at a fixed rate of interest of 0.8% a day.\nYou must repay £496.00 in one repayment on 14 May 2026.\nIf you pay late, we charge a penalty of 1.2% of the unpaid amount for each day it remains unpaid.\n",
    ];
    for text in above {
        let ids = fired(text);
        assert!(
            ids.iter()
                .any(|i| i == "uk-hcstc-default-interest-above-rate"),
            "{text}: {ids:?}"
        );
    }
    let same = above[0].replace("Penalty: 1.2%", "Penalty: 0.8%");
    let ids = fired(&same);
    assert!(
        !ids.iter()
            .any(|i| i == "uk-hcstc-default-interest-above-rate"),
        "{same}: {ids:?}"
    );
}

// ---- 2. An unticked option is no clause or term; a ticked one is ---------------------------

#[test]
fn an_unticked_option_is_no_clause_or_term() {
    let en = [
        "Promissory Note\nLender: Harbor Lending LLC. Borrower: Mia Chen.\nPrincipal: $5,000. Interest rate: 9% per annum.\nInterest type:\n- [ ] Simple interest\n- [ ] Compound interest (compounded monthly)\nRepayment:\n- [ ] Single payment at maturity\n- [ ] 12 monthly installments\n- [ ] Interest only with a balloon payment\nRenewal:\n- [ ] This note may be renewed on maturity\n",
        // Twin: empty boxes inline, another wording of each option.
        "Promissory Note\nLender: Harbor Lending LLC. Borrower: Mia Chen.\nPrincipal: $5,000 at 9% per annum.\nInterest: ☐ Simple  ☐ Interest compounded monthly\nRepay: ☐ In one payment at maturity  ☐ In 12 monthly installments  ☐ Balloon\n☐ The note will be renewed at maturity.\n",
    ];
    for text in en {
        let t = analysed(text).report.terms;
        let clauses: Vec<ClauseKind> = t.clauses.iter().map(|c| c.kind).collect();
        for k in [ClauseKind::CompoundInterest, ClauseKind::Rollover] {
            assert!(!clauses.contains(&k), "{text}: {clauses:?}");
        }
        assert_eq!(
            (
                t.installments.map(|n| n.count),
                t.repayment.map(|r| r.method)
            ),
            (None, None),
            "{text}"
        );
        assert!(t.term.is_none(), "{text}: {:?}", t.term);
    }
    let zh = [
        "借款合同\n出借人：李四\n借款人：王五\n借款金额：人民币20,000元，年利率10%。\n计息方式：□ 单利 □ 复利（逾期利息计收复利）\n□ 借款人逾期的，出借人有权在媒体公开其违约信息。\n☑ 借款人逾期的，出借人有权宣布借款提前到期。\n",
        // Twin: boxes glued to their options, the ticked clause first.
        "借款合同\n出借人：李四　借款人：王五\n借款本金人民币20,000元，年利率10%。\n√借款人违约时，出借人可宣布全部借款立即到期。\n□未付利息按月计收复利□借款人逾期，出借人可在网站公布其失信信息。\n",
    ];
    for text in zh {
        let clauses = clauses_of(text);
        assert!(
            clauses.contains(&ClauseKind::Acceleration),
            "{text}: {clauses:?}"
        );
        for k in [ClauseKind::CompoundInterest, ClauseKind::DebtExposure] {
            assert!(!clauses.contains(&k), "{text}: {clauses:?}");
        }
    }
}

#[test]
fn a_ticked_option_is_read() {
    // 12 monthly payments of $437.26 on $5,000 at 9% a year: the level payment is
    // 5000 × 0.0075 / (1 − 1.0075^−12) = 437.26.
    let texts = [
        "Promissory Note\nLender: Harbor Lending LLC. Borrower: Mia Chen.\nPrincipal: $5,000. Interest rate: 9% per annum.\nRepayment: ☐ Single payment ☑ 12 monthly installments of $437.26 ☐ Balloon payment\nAcceleration: [x] If you default we may declare the entire balance immediately due and payable.\n",
        "Promissory Note\nLender: Harbor Lending LLC. Borrower: Mia Chen.\nPrincipal: $5,000 at 9% per annum.\n[ ] One payment at maturity\n[X] 12 monthly installments of $437.26\n[x] On default the whole unpaid balance becomes immediately due.\n",
    ];
    for text in texts {
        let t = analysed(text).report.terms;
        assert_eq!(t.installments.map(|n| n.count), Some(12), "{text}");
        assert_eq!(t.payment.map(|p| p.amount), Some(dec!(437.26)), "{text}");
        assert!(
            t.clauses.iter().any(|c| c.kind == ClauseKind::Acceleration),
            "{text}"
        );
    }
}

// ---- 3. The sale of a loan claim between creditors is no loan ------------------------------

const ZH_CLAIM_INCOME: &str = "债权收益权转让协议\n甲方（转让方）：周晓峰\n乙方（受让方）：林雪\n丙方（平台）：汇信金融信息服务有限公司\n鉴于甲方作为出借人，已与借款人订立借款合同，形成本协议项下的基础债权。\n第一条 甲方自愿将下列基础债权的收益权转让给乙方：债权本金人民币50,000元，年利率12%，借款期限12个月，按月付息，到期还本。\n第二条 转让价款为人民币50,000元，乙方应于本协议签订当日支付至甲方账户。\n甲方签字：周晓峰　乙方签字：林雪　丙方盖章\n";
const ZH_CLAIM_SALE: &str = "债权转让协议\n转让人：邓立群（原出借人）\n受让人：苏曼\n经双方协商，转让人将其对借款人何某享有的借款债权（本金余额人民币38,000元，月利率1%，剩余期限8个月）全部转让给受让人，转让对价为人民币37,500元。\n自转让之日起，借款人应向受让人归还剩余本息。\n转让人：邓立群　受让人：苏曼\n";
const EN_RECEIVABLES: &str = "Assignment of Receivables\nThis Assignment is made between Northgate Credit Partners LP (the \"Assignor\") and Bluewater Income Fund LLC (the \"Assignee\").\nThe Assignor sells to the Assignee all its rights in the consumer installment loans listed in Schedule A, with an aggregate unpaid principal balance of $1,250,000.00 bearing interest at 14.9% per annum.\nThe purchase price is $1,190,000.00, payable on the closing date.\n";
const EN_LOAN_SALE: &str = "Loan Assignment Agreement\nNorthgate Credit Partners LP agrees to transfer to Bluewater Income Fund LLC the loans it holds, whose unpaid principal totals $1,250,000.00 at 14.9% interest a year, for $1,190,000.00 paid at closing.\nAfter the transfer, the borrowers will pay the Assignee.\n";
// A loan agreement that lets the lender assign the claim, and one whose title names both:
// the borrower borrows under each, so each is the loan contract.
const ZH_LOAN_ASSIGNABLE: &str = "借款协议\n出借人：周晓峰\n借款人：何明\n借款金额：人民币20,000元，年利率10%，借款期限12个月，按月等额本息还款。\n借款人应按期足额还款。出借人有权将本协议项下的债权转让给第三方。\n借款人签字：何明　出借人签字：周晓峰\n";
const ZH_LOAN_AND_TRANSFER: &str = "借款及债权转让协议\n出借人（甲方）：周晓峰\n借款人（乙方）：何明\n第一条 甲方向乙方出借人民币20,000元，年利率10%，借款期限12个月，乙方按月等额本息还款。\n第二条 乙方承诺按期足额归还借款本息，逾期的按日万分之五支付罚息。\n第三条 乙方同意甲方可将本协议项下的债权转让给第三方。\n甲方签字：周晓峰　乙方（借款人）签字：何明\n";

#[test]
fn the_sale_of_a_loan_claim_between_creditors_is_no_loan() {
    assert_cases(&[
        (DocumentKind::Other, ZH_CLAIM_INCOME, ZH_CLAIM_SALE),
        (DocumentKind::Other, EN_RECEIVABLES, EN_LOAN_SALE),
        (
            DocumentKind::LoanContract,
            ZH_LOAN_ASSIGNABLE,
            ZH_LOAN_AND_TRANSFER,
        ),
    ]);
}

// ---- 4. The parts of a total listed after 其中 are paid when the total is ------------------

#[test]
fn the_parts_listed_under_a_total_are_paid_when_the_total_is() {
    // 3,200 + 800 = 4,000, paid on the day the loan money is received.
    let texts = [
        "借款咨询服务协议\n甲方（借款人）：韩冬\n乙方（服务方）：鼎丰信用咨询有限公司\n第三条 甲方同意在收到借款资金的当日向乙方支付下列费用，合计人民币4,000元；\n其中：（1）咨询费、审核费合计人民币3,200元；\n（2）乙方代出借人收取的风险金人民币800元。\n第四条 甲方借款本金为人民币40,000元，借款期限24个月。\n",
        "个人借款服务协议\n甲方：韩冬\n乙方：鼎丰信用咨询有限公司\n甲方应于取得贷款的当天一次性向乙方缴纳各项费用共计4,000元，其中：\n一、服务费3,200元；\n二、风险金800元。\n借款金额：人民币40,000元，期限24个月。\n",
    ];
    for text in texts {
        let fees = analysed(text).report.terms.fees;
        let mut got: Vec<(Option<Decimal>, FeeTiming)> =
            fees.iter().map(|f| (f.amount, f.timing)).collect();
        got.sort_by_key(|g| g.0);
        assert_eq!(
            got,
            [
                (Some(dec!(800)), FeeTiming::AtDisbursement),
                (Some(dec!(3200)), FeeTiming::AtDisbursement),
            ],
            "{text}: {fees:?}"
        );
    }
}

#[test]
fn a_charge_paid_on_the_payout_day_and_taken_out_of_the_principal_is_deducted() {
    // 30,000 − 2,000 − 500 = 27,500 received.
    let texts = [
        "借款咨询服务协议\n甲方（借款人）：韩冬\n乙方：鼎丰信用咨询有限公司\n第三条 甲方同意在获得借款资金的当日向乙方支付咨询费人民币2,000元、评估费人民币500元。\n第四条 咨询费、评估费由甲方授权出借人在提供借款本金时一次性代为扣除。\n第五条 借款本金为人民币30,000元，借款期限12个月。\n",
        "个人借款服务协议\n甲方：韩冬\n乙方：鼎丰信用咨询有限公司\n借款本金：人民币30,000元，期限12个月。\n甲方应于收到借款的当天向乙方支付咨询费2,000元及评估费500元。\n上述咨询费、评估费从借款本金中直接扣除。\n",
    ];
    for text in texts {
        let t = analysed(text).report.terms;
        assert!(
            t.fees.len() == 2
                && t.fees
                    .iter()
                    .all(|f| f.timing == FeeTiming::UpfrontDeducted),
            "{text}: {:?}",
            t.fees
        );
        assert_eq!(t.disbursed.map(|d| d.amount), Some(dec!(27500)), "{text}");
    }
}

// ---- t3 (session 22): "declare … due immediately" accelerates; another credit's default --------

#[test]
fn declaring_the_balance_due_at_once_accelerates_and_another_credits_default_is_cross_default() {
    let texts = [
        "Personal Loan Agreement\nLender: Southern Cross Cash Pty Ltd. Principal: $600.\nUpon default, the Lender may, at its option, declare the entire unpaid balance of this Note to be due immediately and payable without notice or demand. Default also occurs if I default under any other credit extension with the Lender.\n",
        "Personal Loan Agreement\nLender: Southern Cross Cash Pty Ltd. Principal: $600.\nIf you miss a payment we may declare everything you owe payable at once. You are also in default if you default on any other loan with us.\n",
    ];
    for text in texts {
        let clauses = clauses_of(text);
        for k in [ClauseKind::Acceleration, ClauseKind::CrossDefault] {
            assert!(clauses.contains(&k), "{text}: {clauses:?}");
        }
    }
}
