//! Classes of failure found on Chinese documents of batch Q (`zh-v*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): the count as a bare
//! item in a run of terms; a chat whose messages carry their sender inline under day rules with
//! the part of the day, interest handed over monthly and a half-year term; a card sold with the
//! loan whose sum a later sentence restates with its timing; interest on the original amount
//! (flat); a fixed principal each month with interest on the balance (equal principal); a payout
//! by transfer after the lender gives, and a date that ends the parties' signature line; a circled
//! footnote mark right after a figure (`2,713.42①`).
//! Expected costs come from `scripts/unseen_v_zh_expected.py` (Python `decimal`):
//!
//! ```text
//! count: 30000 at 10.8% a year, 24 level payments 1395.45 (last 1395.47): 10.80%
//! chat: 20000 at 1.5% a month, 300 a month, principal at 6 months: 18.00%
//! card: 6000 at 18% a year, 6 × 1053.15, 199 paid on the payout day: 29.99%
//! flat: 12000 at 1% a month on the original amount, 12 × 1120: 21.46%
//! equal principal: 60000, 10000 a month + 1% on the balance: 12.00%
//! footnotes: 30000 at 15.4% a year, 12 × 2713.42 (last 2713.35): 15.40%
//! ```

use loanlint::model::{FeeKind, FeeTiming, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_unseen_f::{analysed, apr, date, method, near};
use crate::extract_zh_unseen_h::{count, months};

fn contract_date(t: &Terms) -> Option<chrono::NaiveDate> {
    t.contract_date.as_ref().map(|d| d.date)
}

#[test]
fn a_bare_count_item_in_a_run_of_terms_is_the_number_of_instalments() {
    for text in [
        "借款确认函\n资金方：某某银行股份有限公司\n· 借款金额 30,000.00元，24期，等额本息，年利率 10.8%，月供 1,395.45元（末期1,395.47元）\n确认日期：2025年10月9日\n",
        "借款确认函\n资金方：某某银行股份有限公司\n借款 30000元 / 24期 / 按月等额本息还款 / 年利率10.8%\n每月还款1395.45元\n确认日期：2025年10月9日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(count(t), Some(24), "{text}");
        assert!(near(apr(&a), dec!(10.80)), "{:?} {text}", apr(&a));
    }
    // A count of missed periods is no plan: 连续逾期 3期 does not make three instalments.
    let a = analysed(
        "借款确认函\n借款金额 30,000.00元，等额本息，年利率 10.8%\n如连续逾期 3期，贷款人有权宣布提前到期。\n",
    );
    assert_eq!(count(&a.report.terms), None);
}

#[test]
fn a_chat_with_inline_senders_pays_out_on_the_transfer_day_and_its_sender_lends() {
    // 1.5% a month = 18% a year > 4 × LPR (3.00% in July 2025) for a loan between people.
    for text in [
        "与「阿强」的聊天记录\n———— 2025年7月3日 下午3:20 ————\n林涛：强哥，手头紧，想借2万元，半年还你\n阿强：可以，月息1.5分，每月5号前把当月利息转给我，到期一次还本\n林涛：好的，谢谢强哥\n———— 2025年7月5日 上午9:02 ————\n阿强：[转账] ¥20,000.00\n林涛：收到了\n林涛：[图片] 借条\n",
        "微信聊天记录（林涛与阿强）\n—— 2025-07-03 15:20 ——\n林涛：哥，能不能借我两万元，借期半年\n阿强（王强）：行，按月息1.5分算，利息每月5号前转给我，本金到期一次还清\n—— 2025-07-05 09:02 ——\n阿强（王强）：[转账] 20,000.00元 已收款\n林涛：[图片] 借条\n林涛：到了，2026年1月5日到期，我记着\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(contract_date(t), date(2025, 7, 5), "{text}");
        assert_eq!(months(t), Some(6), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(6), "{text}");
        assert!(near(apr(&a), dec!(18.00)), "{:?} {text}", apr(&a));
        assert!(
            t.lender
                .as_ref()
                .is_some_and(|l| l.name.as_deref().is_some_and(|n| n.starts_with("阿强"))),
            "{:?} {text}",
            t.lender
        );
        assert!(
            violations(&a).iter().any(|v| v.contains("4x-lpr")),
            "{:?} {text}",
            violations(&a)
        );
    }
}

#[test]
fn a_card_sold_with_the_loan_is_charged_when_a_later_sentence_restates_its_sum() {
    for text in [
        "确认借款\n借款金额 ¥6,000.00\n借款期限 6个月\n年利率(单利) 18%\n还款方式 等额本息\n出借方 某某小额贷款有限公司\n加速卡 ¥199.00 已开通\n开通后优先放款；放款当日从您的银行卡另行扣取199.00元，不从借款中扣除。\n借款日2025-09-01。\n",
        "确认借款\n借多少 6000元\n借多久 6个月\n年利率 18%（单利），按月等额本息\n出借方 某某小额贷款有限公司\n会员卡　199元（已选）\n会员权益即时生效；借款到账当日从您的还款卡另行扣款199元。\n借款日2025-09-01。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let cards: Vec<(FeeKind, FeeTiming, Option<Decimal>)> = t
            .fees
            .iter()
            .filter(|f| f.name.ends_with('卡'))
            .map(|f| (f.kind, f.timing, f.amount))
            .collect();
        assert_eq!(
            cards,
            vec![(
                FeeKind::Membership,
                FeeTiming::AtDisbursement,
                Some(dec!(199))
            )],
            "{text}"
        );
        assert!(near(apr(&a), dec!(29.99)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn interest_on_the_original_amount_is_a_flat_rate() {
    for text in [
        "私人贷款合约\n贷款人：某某财务有限公司\n贷款金额：12,000.00元\n贷款期数：12个月，每月等额还款\n月息：1%（按原贷款金额计算）\n每月还款额：1,120.00元\n签署日期：2025-10-09\n",
        "私人贷款合约\n贷款人：某某财务有限公司\n借款本金 12000元，分12期每月等额归还\n月利率1%，利息以原借款金额为基数计收\n月供1120元\n签署日期：2025-10-09\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::FlatRate), "{text}");
        assert!(near(apr(&a), dec!(21.46)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_fixed_principal_each_month_with_interest_on_the_balance_is_equal_principal() {
    for text in [
        "借款合同\n出借人：孔某\n借款人：谢某\n第一条 借款金额人民币陆万元整（¥60,000.00）。\n第二条 年利率12%，按剩余本金计息。\n第三条 借款人每月归还本金10,000.00元，并支付当月利息，分6期还清。\n签订日期：2025年5月20日\n",
        "借款合同\n出借人：孔某\n借款人：谢某\n一、借款本金60000元，年利率12%。\n二、每月偿还本金10000元，另付当期利息，利息以未归还本金为基数计收，共分6期还清。\n签订日期：2025年5月20日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::EqualPrincipal), "{text}");
        assert!(near(apr(&a), dec!(12.00)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_transfer_payout_or_the_signature_line_dates_the_contract() {
    for text in [
        // The payout: the lender gives, on a day, by a stated way.
        "借款合同\n出借人：卢建平\n借款人：欧阳敏\n一、出借人借给借款人人民币叁万元整（¥30,000.00），于2025年4月8日以微信转账方式支付。\n二、借款期限6个月，年利率6%，到期一次性还本付息。\n出借人：卢建平　　借款人：欧阳敏\n",
        // Only the date that ends the parties' line.
        "借款合同\n甲方（出借人）：卢建平\n乙方（借款人）：欧阳敏\n一、甲方向乙方出借人民币30,000元，以现金方式交付。\n二、借期六个月，年利率6%，到期本息一次性归还。\n甲方：卢建平　　乙方：欧阳敏　　二〇二五年四月八日\n",
        "借款合同\n出借人：卢建平\n借款人：欧阳敏\n一、借款金额30,000元，借款期限6个月，年利率6%，到期一次性还本付息。\n出借人（签字）　　借款人：欧阳敏　　2025年4月8日\n",
    ] {
        let a = analysed(text);
        assert_eq!(contract_date(&a.report.terms), date(2025, 4, 8), "{text}");
    }
}

#[test]
fn a_circled_footnote_mark_after_a_figure_is_no_digit_of_it() {
    // 30000 at 15.4% a year, 12 level payments of 2713.42 (last 2713.35): 15.40%.
    for text in [
        "借款合同\n贷款人：某某小额贷款股份有限公司\n借款人：蒋某\n1. 借款金额30,000.00①，借款期限12个月，年利率15.4%②。\n2. 还款方式为等额本息，每月还款2,713.42③。\n签订日期：2025年11月6日\n注：① 放款金额即借款金额。② 单利。③ 末期2,713.35元。\n",
        "借款合同\n贷款人：某某小额贷款股份有限公司\n借款人：蒋某\n一、借款本金 ¥30000⑴；期限 12个月；年利率 15.4%⑵\n二、按月等额本息，月供 ¥2713.42⑶\n签订日期：2025年11月6日\n⑴ 全额放款。⑵ 按单利计。⑶ 最后一期2713.35元。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(30000)),
            "{text}"
        );
        assert!(near(apr(&a), dec!(15.40)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_bare_first_period_word_right_before_a_date_is_the_first_due_date() {
    for text in [
        "借款合同\n贷款人：某某小额贷款股份有限公司\n借款人：蒋某\n借款金额30,000.00元，借款期限12个月，年利率15.4%。\n还款方式为等额本息，每月6日还款2,713.42元，首期2025年12月6日。\n签订日期：2025年11月6日\n",
        "借款合同\n贷款人：某某小额贷款股份有限公司\n借款人：蒋某\n借款本金 ¥30000；期限 12个月；年利率 15.4%\n按月等额本息，月供2713.42元；第一期：2025-12-06，以后每月同日\n签订日期：2025年11月6日\n",
    ] {
        let a = analysed(text);
        let first = a.report.terms.first_payment_date.as_ref().map(|d| d.date);
        assert_eq!(first, date(2025, 12, 6), "{text}");
    }
    // 首期 naming a fee, with a date further on, dates no instalment.
    let a = analysed(
        "借款合同\n借款金额30,000.00元，借款期限12个月，年利率15.4%，按月等额本息。\n首期手续费100元于2025年11月6日放款时扣除。\n",
    );
    assert_eq!(
        a.report.terms.first_payment_date.as_ref().map(|d| d.date),
        None
    );
}
