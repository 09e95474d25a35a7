#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese classes of session 27, round 2, on texts of our own wording, each in more than one
//! wording: a stated day basis (日利率=年利率/360) divides a yearly default rate into days; a
//! schedule whose interest and fee cells are merged over every row is read, and its principal
//! column gives the principal; 每周/每两周等额本息 alone is the payment frequency; an IOU dated
//! only on its last line is priced at the LPR of that date.
//! Expected values are read off the texts by hand; the arithmetic is in the comments.

use loanlint::analysis::{Analysis, AnalysisOptions, analyse_document_full};
use loanlint::check::Checker;
use loanlint::compute::overdue::{OverdueSituation, compute};
use loanlint::model::{Frequency, Per, RateKind};
use loanlint::read::{ReadOptions, read_file};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

/// The contract's charges after `days` on an overdue amount of 10,000.
fn overdue_charges(text: &str, days: u32) -> Decimal {
    let terms = analysed(text).report.terms;
    let s = OverdueSituation {
        overdue_amount: dec!(10000),
        remaining_principal: dec!(10000),
        total_outstanding: dec!(10000),
        principal: dec!(100000),
        days,
    };
    compute(&terms, &s, None).contract_charges.round_dp(2)
}

#[test]
fn a_stated_360_day_year_divides_a_yearly_penalty_rate() {
    // 10,000 × 10.8% / 360 × 36 = 108.00 (on 365 days it would be 106.52).
    let texts = [
        "借款合同\n借款金额：人民币100,000元。借款期限12个月，年利率7.2%，按月等额本息还款。\n日利率=年利率/360。\n借款人逾期还款的，对逾期金额按罚息年利率10.8%按日计收罚息。\n签订日期：2026年3月1日\n",
        "借款金额100,000元，借期一年，年利率为7.2%，每月等额本息还款。利息按日计算，一年按360天计算。逾期未还部分，出借人按年利率10.8%计收罚息，直至清偿之日。签订日期：2026年3月1日",
        "借款协议\n借款本金：100,000元\n期限：12个月，按月等额本息\n年利率：7.2%（日利率为年利率除以360）\n逾期罚息：逾期部分按年利率10.8%逐日计收。\n日期：2026年3月1日\n",
    ];
    for text in texts {
        assert_eq!(overdue_charges(text, 36), dec!(108.00), "{text}");
    }
}

#[test]
fn a_yearly_penalty_rate_with_no_basis_stated_counts_365_days() {
    // 10,000 × 10.8% / 365 × 36 = 106.52; a stated 365-day year gives the same.
    let texts = [
        "借款合同\n借款金额：人民币100,000元。借款期限12个月，年利率7.2%，按月等额本息还款。\n借款人逾期还款的，对逾期金额按罚息年利率10.8%按日计收罚息。\n签订日期：2026年3月1日\n",
        "借款合同\n借款金额：人民币100,000元。借款期限12个月，年利率7.2%，按月等额本息还款。日利率=年利率/365。\n借款人逾期还款的，对逾期金额按罚息年利率10.8%按日计收罚息。\n签订日期：2026年3月1日\n",
    ];
    for text in texts {
        assert_eq!(overdue_charges(text, 36), dec!(106.52), "{text}");
    }
}

#[test]
fn equal_instalments_every_week_or_two_weeks_name_the_frequency() {
    let cases = [
        (
            "借款金额10,400元，分52期，每周等额本息，年利率12%，借款日期2026年3月2日。",
            Frequency::Weekly,
        ),
        (
            "借款协议\n借款本金：8,000元\n还款方式：按周等额本息，共16期\n月利率：1%\n签订日期：2026年4月1日\n",
            Frequency::Weekly,
        ),
        (
            "借款合同\n借款金额：5,200元\n还款方式：每两周等额本息\n期数：26期\n年利率：15%\n签订日期：2026年3月2日\n",
            Frequency::Biweekly,
        ),
        (
            "借款金额6,000元，双周等额本息，共12期，年利率10%，借款日期2026年5月6日。",
            Frequency::Biweekly,
        ),
    ];
    for (text, want) in cases {
        let t = analysed(text).report.terms;
        assert_eq!(t.frequency.map(|f| f.frequency), Some(want), "{text}");
    }
}

/// The yearly contract rates of IOUs priced over the LPR and dated only on their last line:
/// the 1-year LPR in force on that date (3.35% from 2024-08-20, 3.10% from 2024-10-21, 3.00%
/// from 2025-05-20) with the spread.
#[test]
fn an_iou_dated_on_its_last_line_is_priced_at_that_dates_lpr() {
    let cases = [
        // 3.35 + 3 = 6.35.
        (
            "借条\n今借到王建国人民币50,000元（伍万元整），借期一年，借款利率按一年期贷款市场报价利率（LPR）加3个百分点计算，到期一次性还本付息。\n借款人：李明\n2024年8月20日\n",
            dec!(6.35),
        ),
        // 3.10 × 1.5 = 4.65.
        (
            "借据\n借款人张伟向出借人赵刚借款人民币20,000元，借期6个月，利率为全国银行间同业拆借中心公布的一年期LPR上浮50%，到期连本带息一并归还。\n借款人（签字）：张伟\n2024年11月5日\n",
            dec!(4.65),
        ),
        // 3.00 × 4 = 12.
        (
            "借条\n本人孙强今向周明借到现金叁万元整（30,000元），约定利息按借款当日一年期贷款市场报价利率的四倍计算，一年后归还本息。\n立据人：孙强\n二〇二五年六月二十五日\n",
            dec!(12),
        ),
    ];
    for (text, want) in cases {
        let t = analysed(text).report.terms;
        let rate = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .map(|r| (r.value, r.per));
        assert_eq!(rate, Some((want, Per::Year)), "{text}");
    }
}

#[test]
fn a_markup_over_an_lpr_rate_dated_last_waits_for_the_rate() {
    // 3.10 × 1.5 = 4.65 a year; overdue 4.65 × 1.5 = 6.975 a year.
    let text = "借据\n借款人张伟向出借人赵刚借款人民币20,000元，借期6个月，利率为一年期LPR上浮50%，到期连本带息一并归还。逾期还款的，逾期利率在借款利率基础上加收50%。\n借款人（签字）：张伟\n2024年11月5日\n";
    let t = analysed(text).report.terms;
    let overdue = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Overdue)
        .map(|r| r.value);
    assert_eq!(overdue, Some(dec!(6.975)));
}

/// The analysis of `text` read from a file named `*.{ext}` (an HTML page through the HTML
/// reader).
fn analysed_as(text: &str, ext: &str) -> Analysis {
    let tmp = tempfile::Builder::new()
        .suffix(&format!(".{ext}"))
        .tempfile()
        .unwrap();
    std::fs::write(tmp.path(), text).unwrap();
    let doc = read_file(tmp.path(), &ReadOptions::default()).unwrap();
    let checker = Checker::load(&[]).unwrap();
    analyse_document_full(&doc, &AnalysisOptions::default(), &checker)
}

/// (principal, each printed row's (principal, interest, fees, total)).
type Read = (Option<Decimal>, Vec<[Option<Decimal>; 4]>);

fn principal_and_rows(a: Analysis) -> Read {
    let t = a.report.terms;
    let rows = t
        .stated_schedule
        .iter()
        .map(|r| [r.principal, r.interest, r.fees, r.total])
        .collect();
    (t.principal.map(|p| p.amount), rows)
}

fn level_rows(n: usize, row: [Decimal; 4]) -> Vec<[Option<Decimal>; 4]> {
    vec![row.map(Some); n]
}

/// A furniture bill of 6,000 in 6 parts of 1,000, no interest, a fee of 30 each period printed
/// once in cells merged over every row: each row 1,000 + 0 + 30 = 1,030; the principal column
/// adds up to the stated bill, 6,000.
#[test]
fn cells_merged_over_every_row_repeat_on_each_row() {
    let bars = "家具分期付款计划\n家具货款合计 6,000.00元\n分期机构 恒达消费金融有限公司\n分期期数 6期\n申请日期 2026年5月8日\n期次 | 还款日期 | 本金 | 利息 | 服务费 | 本期应还\n1 | 2026年6月8日 | 1,000.00 | 0.00 | 每期30.00元（月费率0.5%） | 1,030.00\n2 | 2026年7月8日 | 1,000.00 | 1,030.00\n3 | 2026年8月8日 | 1,000.00 | 1,030.00\n4 | 2026年9月8日 | 1,000.00 | 1,030.00\n5 | 2026年10月8日 | 1,000.00 | 1,030.00\n6 | 2026年11月8日 | 1,000.00 | 1,030.00\n";
    let html = "<html><body><h2>家具分期付款计划</h2><p>家具货款合计：6,000.00元</p><p>分期机构：恒达消费金融有限公司</p><p>分期期数：6期</p><p>申请日期：2026年5月8日</p><table><tr><th>期次</th><th>还款日期</th><th>本金</th><th>利息</th><th>服务费</th><th>本期应还</th></tr><tr><td>1</td><td>2026年6月8日</td><td>1,000.00</td><td rowspan=\"6\">0.00</td><td rowspan=\"6\">每期30.00元<br>（月费率0.5%）</td><td>1,030.00</td></tr><tr><td>2</td><td>2026年7月8日</td><td>1,000.00</td><td>1,030.00</td></tr><tr><td>3</td><td>2026年8月8日</td><td>1,000.00</td><td>1,030.00</td></tr><tr><td>4</td><td>2026年9月8日</td><td>1,000.00</td><td>1,030.00</td></tr><tr><td>5</td><td>2026年10月8日</td><td>1,000.00</td><td>1,030.00</td></tr><tr><td>6</td><td>2026年11月8日</td><td>1,000.00</td><td>1,030.00</td></tr></table></body></html>";
    let want = (
        Some(dec!(6000)),
        level_rows(6, [dec!(1000), dec!(0), dec!(30), dec!(1030)]),
    );
    for (text, ext) in [(bars, "txt"), (html, "html")] {
        let a = analysed_as(text, ext);
        let fees: Vec<_> = (a.report.terms.fees.iter())
            .map(|f| (f.name.clone(), f.amount, f.percent))
            .collect();
        assert_eq!(principal_and_rows(a), want, "{ext}");
        // The merged cell states the fee itself: 30 each period, 0.5% a month.
        assert_eq!(
            fees,
            [("服务费".to_string(), Some(dec!(30)), Some(dec!(0.5)))],
            "{ext}"
        );
    }
}

/// A course fee of 12,000 in 4 parts of 3,000 with interest on the balance (60, 45, 30, 15)
/// and a fee of 20 merged over every row: totals 3,080, 3,065, 3,050, 3,035.
#[test]
fn a_merged_fee_beside_interest_that_changes_row_by_row() {
    let text = "培训费分期还款表\n培训费用合计  12,000.00元\n分期期数  4期\n办理日期  2026年2月10日\n期数  还款日  应还本金  应还利息  手续费  月还款额\n1  2026年3月10日  3,000.00  60.00  20.00  3,080.00\n2  2026年4月10日  3,000.00  45.00  3,065.00\n3  2026年5月10日  3,000.00  30.00  3,050.00\n4  2026年6月10日  3,000.00  15.00  3,035.00\n";
    let (principal, rows) = principal_and_rows(analysed_as(text, "txt"));
    assert_eq!(principal, Some(dec!(12000)));
    let got: Vec<_> = rows.iter().map(|r| (r[1], r[2], r[3])).collect();
    let want: Vec<_> = [(60, 3080), (45, 3065), (30, 3050), (15, 3035)]
        .into_iter()
        .map(|(i, t)| {
            (
                Some(Decimal::from(i)),
                Some(dec!(20)),
                Some(Decimal::from(t)),
            )
        })
        .collect();
    assert_eq!(got, want);
}

/// A short row that adds up whichever run of columns is taken as merged is not guessed at.
#[test]
fn a_short_row_that_fits_two_ways_ends_the_table() {
    // 1,000 + 0 + 0 = 1,000 with interest and fee merged (both 0) or with the fee and a
    // remark merged: two runs fit the second row, so it is not read.
    let text = "分期还款表\n期数  还款日  本金  利息  服务费  备注  合计\n1  2026年3月10日  1,000.00  0.00  0.00  无  1,000.00\n2  2026年4月10日  1,000.00  1,000.00\n3  2026年5月10日  1,000.00  1,000.00\n";
    let (_, rows) = principal_and_rows(analysed_as(text, "txt"));
    assert!(rows.len() < 2, "{rows:?}");
}
