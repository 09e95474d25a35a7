//! The Chinese principal where batch M missed it, on contracts of our own wording, each with a
//! rephrasing that must read the same: the amount applied for or paid out written after a
//! product name (申请信用贷款人民币…, 发放消费贷款人民币…) beside a credit line in 大写 (the line
//! is not the loan); the amount of one draw on an app (提现金额, 取现金额); and, with no label
//! the reader knows, the figure the printed schedule's principal column adds up to (the
//! schedule, at a rate that changes after a promotion, reproduces no single-rate reading).
//! Expected amounts are the contracts' own; the schedule rows were computed independently in
//! Python (equal principal 4,000 a month; 24,000 × 3.6% / 12 on the falling balance for three
//! months, then 6%). A schedule laid out with single spaces and a trailing balance column is
//! read as one too.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::analysed;

const APPLIED: &str = "个人信用消费贷款合同\n贷款人：青峰农村商业银行股份有限公司\n借款人：唐一鸣\n第一条　借款人因装修房屋向贷款人申请信用贷款人民币叁万元整（¥30,000.00）。贷款人为借款人核定的可循环授信额度为人民币捌万元整，本合同项下仅使用上述款项。\n第二条　贷款期限十二个月，年利率6.0%，按月等额本息还款。\n借款人（签字）：唐一鸣\n";
const APPLIED_2: &str = "消费贷款合同\n甲方（贷款人）：青峰农村商业银行股份有限公司　乙方（借款人）：唐一鸣\n1. 甲方同意向乙方发放消费贷款人民币30,000元（大写：叁万元整）；乙方的授信额度为人民币捌万元整。\n2. 期限12个月，年利率6%，每月等额本息还款。\n乙方签名：唐一鸣\n";

const DRAW: &str = "借款详情 | 已放款\n资金方：云杉消费金融有限公司\n提现金额 ¥6,000.00\n分期期数 6期\n年利率 18%（单利）\n还款方式 等额本息\n到账银行卡 建设银行(2231)\n";
const DRAW_2: &str = "借款记录\n取现金额　6,000.00元（已到账建设银行尾号2231）\n期数　6期　　年化利率　18%\n还款方式　等额本息\n出资方：云杉消费金融有限公司\n";

const ROWS: &str = "分期消费贷款合同（首三期优惠）\n贷款人：滨江银行股份有限公司\n借款人：范晓雨\n一、本合同项下款项为人民币贰万肆仟元整（24,000.00元），分6期按月等额本金归还。\n二、前三期执行优惠年利率3.6%，第四期起执行年利率6%。\n三、还款计划（元）：\n期次  本金      利息    合计\n1    4,000.00  72.00  4,072.00\n2    4,000.00  60.00  4,060.00\n3    4,000.00  48.00  4,048.00\n4    4,000.00  60.00  4,060.00\n5    4,000.00  40.00  4,040.00\n6    4,000.00  20.00  4,020.00\n借款人签字：范晓雨\n";
const ROWS_2: &str = "家装分期协议\n甲方（贷款机构）：滨江银行股份有限公司　乙方：范晓雨\n乙方本次所获资金24,000元，用于家庭装修，分六个月等额归还本金并按月付息：第1至3月年利率3.6%，第4至6月年利率6%。\n期数 | 还款日 | 归还本金 | 当月利息 | 当月应还\n1 | 2025-11-10 | 4,000.00 | 72.00 | 4,072.00\n2 | 2025-12-10 | 4,000.00 | 60.00 | 4,060.00\n3 | 2026-01-10 | 4,000.00 | 48.00 | 4,048.00\n4 | 2026-02-10 | 4,000.00 | 60.00 | 4,060.00\n5 | 2026-03-10 | 4,000.00 | 40.00 | 4,040.00\n6 | 2026-04-10 | 4,000.00 | 20.00 | 4,020.00\n乙方签字：范晓雨\n";
// The same schedule as a PDF's text lays it out: single spaces between the cells of a row, and a column
// of the balance left (named, not recorded) last in the header.
const ROWS_3: &str = "分期消费贷款合同\n贷款人：滨江银行股份有限公司\n借款人：范晓雨\n本合同项下款项为人民币贰万肆仟元整，前三期年利率3.6%，第四期起年利率6%，按月等额本金归还。\n期次  还款日  应还本金  应还利息  本期合计  剩余本金\n1 2025-11-10 4,000.00 72.00 4,072.00 20,000.00\n2 2025-12-10 4,000.00 60.00 4,060.00 16,000.00\n3 2026-01-10 4,000.00 48.00 4,048.00 12,000.00\n4 2026-02-10 4,000.00 60.00 4,060.00 8,000.00\n5 2026-03-10 4,000.00 40.00 4,040.00 4,000.00\n6 2026-04-10 4,000.00 20.00 4,020.00 0.00\n借款人签字：范晓雨\n";

/// Each text's principal, as the extractor reads it, is `want`.
fn assert_principal_read(texts: &[&str], want: Decimal) {
    for text in texts {
        let t = ex(text);
        assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(want), "{text}");
    }
}

#[test]
fn the_amount_applied_for_or_paid_out_after_a_product_name_is_the_principal_not_the_line() {
    assert_principal_read(&[APPLIED, APPLIED_2], dec!(30000));
}

#[test]
fn the_amount_of_one_draw_is_the_principal() {
    assert_principal_read(&[DRAW, DRAW_2], dec!(6000));
}

#[test]
fn the_figure_the_schedules_principal_column_adds_up_to_is_the_principal() {
    for text in [ROWS, ROWS_2, ROWS_3] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(24000)),
            "{text}: {:?}",
            t.assumptions
        );
        // Said as inferred, with the figures it came from.
        assert!(
            t.inferred.iter().any(|i| i.field == "principal"),
            "{:?}",
            t.inferred
        );
    }
}
