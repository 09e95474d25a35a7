//! Classes of failure found on Chinese documents of batch L (issue 13), each on documents of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): a pawn ticket
//! (当金 the principal, 综合费 a fee paid at redemption, one payment when the pledge is
//! redeemed); a 借条 paying its interest each month with the principal at the end (interest-only,
//! one instalment a month) and a struck-out rate that is no term; a rate exactly at 4 × LPR
//! (not above it) beside one just over; a chat log whose loan amount is only the transfer
//! noted as a loan; a draw on a revolving credit line (the draw, not the line, with its
//! 万分之 daily rate and the day basis the page states); a count ticked among the tenors of a
//! monthly plan (□6期 ☑12期 □18期), which gives the term in months; a fee page's flat rate
//! (月利率（平息）), its display date, and the sample product beside it that is not the loan.
//! Expected figures come from hand arithmetic checked in Python (single payment:
//! (total / principal − 1) / years; interest-only at a monthly rate r: the IRR is r, × 12).

use loanlint::model::{FeeTiming, Per, RateKind, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::{analysed, apr, method, near};

fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

fn months(t: &Terms) -> Option<u32> {
    t.term.as_ref().and_then(|x| x.months)
}

/// The contract interest rates (not overdue, not all-in): value and period.
fn interest(t: &Terms) -> Vec<(Decimal, Per)> {
    t.rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest && !r.comprehensive)
        .map(|r| (r.value, r.per))
        .collect()
}

#[test]
fn a_pawn_ticket_reads_as_a_one_payment_loan_with_its_monthly_fee() {
    // 当金 20,000 for one month; 0.5% interest (100) and a 3% 综合费 (600), both paid when
    // the pledge is redeemed: one payment of 20,700, (20700 / 20000 − 1) × 12 = 42.00%. The
    // pledged car's appraisal (36,000) is not the loan.
    for text in [
        "典当凭证（当票）\n典当行：湖滨聚丰典当有限公司\n当户：罗某某　身份证号码：3301**********2218\n当物：□房产 ☑机动车 □黄金 □其他　　当物：小型轿车一辆\n当物估价：人民币36,000.00元\n当金：人民币贰万元整（¥20,000.00）\n典当期限：2025年4月10日起至2025年5月10日止（1个月）\n月利率：0.5%，本期利息100.00元\n月综合费率：3%，本期综合费600.00元，☑赎当时一次缴付 □发放当金时扣收\n赎当应付：人民币20,700.00元\n当户签字：罗某某　　2025年4月10日\n",
        "当票\n当户姓名：罗某某\n当物名称及数量：小型轿车壹辆；估价金额叁万陆仟元\n当金数额：贰万元整（小写：20,000.00元）\n当期：自2025年4月10日至2025年5月10日\n利息：按月利率0.5%计收，计100.00元\n综合费：月费率3%，计600.00元，于赎当时与当金、利息一并支付\n赎当时应付合计：20,700.00元\n实付当金：20,000.00元\n经办典当行：湖滨聚丰典当有限公司\n2025年4月10日\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(20000)),
            "{text}"
        );
        assert_eq!(months(&t), Some(1), "{text}");
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(count(&t), Some(1), "{text}");
        assert_eq!(interest(&t), vec![(dec!(0.5), Per::Month)], "{text}");
        let fees: Vec<_> = t
            .fees
            .iter()
            .map(|f| (f.name.as_str(), f.amount, f.percent, f.timing))
            .collect();
        assert_eq!(
            fees,
            vec![(
                "综合费",
                Some(dec!(600)),
                Some(dec!(3)),
                FeeTiming::AtMaturity
            )],
            "{text}"
        );
        assert!(near(apr(&analysed(text)), dec!(42.00)), "{text}");
    }
}

#[test]
fn a_loan_paying_its_interest_monthly_is_interest_only_and_a_struck_out_rate_is_no_term() {
    // 50,000 for six months at 月息八厘 (0.8% a month, 400 a month), the principal at the end:
    // interest-only, 6 instalments, IRR 0.8% × 12 = 9.60%. The struck-out 月息壹分伍 / 月息二分
    // (18% / 24%, above 4 × LPR 3.10% = 12.40%) must not be read, or it would be a violation.
    for text in [
        "借条\n今向刘某某（身份证号3203**********4410）借到人民币伍万元整（¥50,000.00），已由对方微信转账付讫。\n借期六个月，自二〇二五年三月一日起至二〇二五年九月一日止。\n月息八厘，利息每月十日前付清，本金到期一次还清。\n原写“月息壹分伍”已划去，以“月息八厘”为准。\n借款人：孙某某\n二〇二五年三月一日\n",
        "借款凭据\n出借人：刘某某\n借款人：孙某某\n借款金额：50,000元（伍万元整）\n借款期限：2025年3月1日至2025年9月1日，共6个月\n利息：月息0.8分（双方同意将“月息二分”改为“月息零点八分”），借款人按月还清当月利息，到期之日一次性归还全部本金。\n2025年3月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(50000)),
            "{text}"
        );
        assert_eq!(months(t), Some(6), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(6), "{text}");
        assert_eq!(interest(t), vec![(dec!(0.8), Per::Month)], "{text}");
        assert!(near(apr(&a), dec!(9.60)), "{:?} {text}", apr(&a));
        assert!(violations(&a).is_empty(), "{:?} {text}", violations(&a));
    }
}

#[test]
fn a_private_rate_exactly_at_four_times_lpr_is_not_above_the_cap() {
    // Signed 2025-07-01, one-year LPR 3.00% (from 2025-05-20): the cap is 12.00%. 月息壹分 is
    // exactly 12.00%, not above; 年利率12.5% is above. Interest paid monthly, principal at the
    // end in both.
    let iou = |rate: &str| {
        format!(
            "借条\n今借到郑某某（身份证号4401**********6602）人民币拾万元整（¥100,000.00），对方已当面交付现金。\n借款期限一年，自2025年7月1日起至2026年7月1日止。\n{rate}，本人每月一日前付清当月利息，到期一次归还本金拾万元。\n借款人：何某某\n2025年7月1日\n"
        )
    };
    let at_cap = analysed(&iou("月息壹分"));
    assert_eq!(interest(&at_cap.report.terms), vec![(dec!(1), Per::Month)]);
    assert_eq!(
        method(&at_cap.report.terms),
        Some(RepaymentMethod::InterestOnly)
    );
    assert_eq!(count(&at_cap.report.terms), Some(12));
    assert!(near(apr(&at_cap), dec!(12.00)), "{:?}", apr(&at_cap));
    assert!(violations(&at_cap).is_empty(), "{:?}", violations(&at_cap));
    let above = analysed(&iou("年利率12.5%"));
    assert_eq!(
        violations(&above),
        vec!["cn-pl-interest-above-4x-lpr".to_string()]
    );
}

#[test]
fn a_chat_log_lends_the_sum_transferred_as_a_loan() {
    // No loan amount is labelled: the transfer noted as a loan (20,000) is the principal, the
    // sum asked for before it quoted beside it; a transfer that repays an older debt is not
    // this loan. Three months, one repayment, 月息一分 (1% a month).
    for text in [
        "微信聊天记录（导出）\n2025年4月8日 19:02\n李娜：姐，能借我两万吗？三个月后连本带息还你\n王芳：行，利息按月息一分算\n李娜：好的，到时候一次还你两万零六百\n王芳：[转账] ¥1,000.00 转账说明：还你上次借的\n2025年4月9日 10:20\n王芳：[转账] ¥20,000.00 转账说明：借款\n李娜：[已收款] ¥20,000.00\n",
        "聊天记录截图转文字\n2025年4月8日 19:02\n李娜：想跟你借20000周转一下，三个月后连本带息一起还\n王芳：可以，月息1分\n2025年4月9日 10:20\n王芳：[转账] 20,000.00元 备注：借给李娜\n李娜：收到，谢谢\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(20000)),
            "{text}"
        );
        let inferred = t.inferred.iter().find(|i| i.field == "principal");
        assert!(
            inferred.is_some_and(|i| i.value == "20000" && i.evidence.len() == 2),
            "{:?} {text}",
            t.inferred
        );
        assert_eq!(months(&t), Some(3), "{text}");
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(count(&t), Some(1), "{text}");
        assert_eq!(interest(&t), vec![(dec!(1), Per::Month)], "{text}");
    }
    // A repayment transfer alone lends nothing.
    let t = ex("2025年5月1日 09:00\n李娜：[转账] ¥600.00 转账说明：还上月借款的利息\n");
    assert!(t.principal.is_none(), "{:?}", t.principal);
}

#[test]
fn a_draw_on_a_credit_line_is_the_loan_not_the_line() {
    // The draw of 8,000 (not the 30,000 line or the 22,000 left), three months, interest each
    // month and the principal at the end, 万分之四 a day: 0.04% × 365 = 14.60% a year,
    // 8000 × 14.6% ÷ 12 = 97.33 a month; IRR ≈ 14.60%.
    for text in [
        "借款详情\n借款金额：8,000.00元\n放款时间：2025-06-18 14:05\n日利率：万分之四\n年利率：14.6%（日利率×365，单利）\n还款方式：按月付息，到期还本※\n我的额度：30,000.00元　剩余可用：22,000.00元\n※ 本笔借款期限3个月，每月18日付息，到期日归还本金。\n",
        "用款申请（循环额度项下）\n可用额度：22,000.00元（总额度30,000.00元）\n用款金额：8,000.00元　　用款期限：3个月　　用款日：2025年6月18日\n计息：按日计息，日利率0.04%\n还款：先息后本，每月18日付息，第3期还本\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(8000)),
            "{text}"
        );
        assert_eq!(months(t), Some(3), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(3), "{text}");
        let daily: Vec<_> = t
            .rates
            .iter()
            .filter(|r| r.kind == RateKind::Interest && r.per == Per::Day)
            .map(|r| (r.value, r.annual_percent))
            .collect();
        assert_eq!(daily, vec![(dec!(0.04), Some(dec!(14.6)))], "{text}");
        assert!(near(apr(&a), dec!(14.60)), "{:?} {text}", apr(&a));
    }
    // The page that states its day basis (日利率×365) is not said to assume one.
    let stated = ex("借款金额：8,000.00元\n日利率：万分之四\n年利率：14.6%（日利率×365，单利）\n");
    assert!(
        stated
            .rates
            .iter()
            .any(|r| r.per == Per::Day && !r.day_basis_assumed),
        "{:?}",
        stated.rates
    );
}

#[test]
fn a_count_ticked_among_monthly_tenors_gives_the_term_in_months() {
    // 9,000 in 3 instalments ticked among 3/6/9/12 (or 3/6/12/24) 期, no frequency written:
    // the options are the tenors of a monthly plan, so 3 months, said as inferred.
    for text in [
        "医美项目分期申请单\n项目金额：9,000.00元　首付：0元　分期金额：9,000.00元\n分期数：☑3期 □6期 □9期 □12期\n每期还款：本金3,000.00元＋服务费90.00元＝3,090.00元\n申请日期：2025年10月9日\n",
        "分期付款确认书\n客户：韩某某\n分期本金：人民币9,000.00元\n分期期数（请勾选）：■ 3期　□ 6期　□ 12期　□ 24期\n每期服务费：90.00元，随每期本金3,000.00元一并支付\n签署日期：2025年10月9日\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(9000)),
            "{text}"
        );
        assert_eq!(count(&t), Some(3), "{text}");
        assert_eq!(months(&t), Some(3), "{text}");
        assert!(
            t.inferred
                .iter()
                .any(|i| i.field == "frequency" && i.value == "monthly"),
            "{:?} {text}",
            t.inferred
        );
    }
    // 4/8/12 期 may as well be weeks: the term stays open.
    let t = ex(
        "医美项目分期申请单\n项目金额：9,000.00元　首付：0元　分期金额：9,000.00元\n分期数：□4期 ☑8期 □12期\n每期还款：本金1,125.00元＋服务费90.00元＝1,215.00元\n申请日期：2025年10月9日\n",
    );
    assert_eq!(count(&t), Some(8));
    assert_eq!(t.term, None);
}

#[test]
fn a_pawn_of_several_months_pays_its_monthly_fee_for_each_month_at_redemption() {
    // 当金 10,000 for three months (当期 with no 自), 0.5% a month interest (150) and a monthly
    // 综合费 of 2% (600) paid at redemption: one payment of 10,750,
    // (10750 / 10000 − 1) / (3 / 12) = 30.00%.
    let text = "当票\n当户：某某\n当金：人民币壹万元整（¥10,000.00）\n当期：2025年1月5日至2025年4月5日（3个月）\n月利率：0.5%\n月综合费率：2%\n利息合计150.00元，综合费合计600.00元，☑赎当时一并交付 □发放当金时扣除\n赎当应付：10,750.00元\n典当行：某某典当有限公司\n2025年1月5日\n";
    let a = analysed(text);
    let t = &a.report.terms;
    assert_eq!(months(t), Some(3));
    assert_eq!(count(t), Some(1));
    let fees: Vec<_> = t.fees.iter().map(|f| (f.amount, f.per, f.timing)).collect();
    assert_eq!(
        fees,
        vec![(Some(dec!(600)), Some(Per::Month), FeeTiming::AtMaturity)]
    );
    assert!(t.inconsistencies.is_empty(), "{:?}", t.inconsistencies);
    assert!(near(apr(&a), dec!(30.00)), "{:?}", apr(&a));
}

#[test]
fn a_fee_page_reads_its_flat_rate_and_date_but_not_its_sample_product() {
    // 10,000 over 6 months at 月利率（平息）0.6%: a flat rate; the page's date is its display
    // (or print) date; the sample product quoted beside it (5,000, 月平息0.4%) is not this loan.
    for text in [
        "借款费用试算页（非合同）\n借款金额　　　10,000.00元\n借款期限　　　6个月（6期）\n月利率（平息）　0.6%\n展示日期　　　2025年11月3日\n参考产品示例：借款5,000元、3期、月平息0.4%，综合年化约8.8%（示例不是本次借款）。\n",
        "费用说明\n日期时间：2025-11-03 10:15:00\n借款金额：10,000.00元\n期限：6个月，共6期\n月利率(平息)：0.60%\n举例说明（例子并非本次借款）：借款5,000元分3期，按月平息0.4%计，综合年化约8.8%。\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(10000)),
            "{text}"
        );
        assert_eq!(method(&t), Some(RepaymentMethod::FlatRate), "{text}");
        assert_eq!(interest(&t), vec![(dec!(0.6), Per::Month)], "{text}");
        assert!(
            !t.rates.iter().any(|r| r.comprehensive),
            "{:?} {text}",
            t.rates
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            chrono::NaiveDate::from_ymd_opt(2025, 11, 3),
            "{text}"
        );
    }
}
