//! Classes of failure found on Chinese contracts of batch G (issue 13), each on contracts of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): a method the
//! figures contradict, a tab-separated table of an interest-only loan (a year under a period
//! label is a date, not a term), a schedule whose header cells the reader joined, a loan
//! known only by instalment × count, 分/厘 rates in 大写, a fee paid with the first
//! instalment, and signing dates in prose, in 民國 years and as the start of the loan period.
//! Expected costs come from an independent Python computation (IRR of the cash flows × 12;
//! rows rounded half up to the cent, the last taking the remainder).

use chrono::NaiveDate;
use loanlint::model::{FeeTiming, Per, RepaymentMethod, Terms};
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, date, interest, method, near};

fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

fn months(t: &Terms) -> Option<u32> {
    t.term.as_ref().and_then(|x| x.months)
}

fn signed(t: &Terms) -> Option<NaiveDate> {
    t.contract_date.as_ref().map(|d| d.date)
}

#[test]
fn a_method_the_instalment_contradicts_gives_way_to_the_one_it_fits() {
    // 12,000 at 12% a year over 12 months: the annuity is 1,066.19 (equal principal would
    // start at 1,120.00); the cost is 12.00% (Python).
    for text in [
        "个人借款合同\n出借人：恒信小额贷款有限公司\n借款金额：人民币12,000.00元\n借款期限：12个月\n年利率：12%\n还款方式：等额本金\n每月还款额：1,066.19元\n签订日期：2025年6月1日\n",
        "借款协议\n一、出借人恒信小额贷款有限公司向借款人出借人民币壹万贰仟元整。\n二、借款期限为十二个月，年利率12%。\n三、还款方式为等额本金法，借款人每月偿还1066.19元。\n四、本协议于2025年6月1日签订。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::EqualInstallment), "{text}");
        let said = t
            .inconsistencies
            .iter()
            .find(|i| i.message.contains("等额本金") && i.message.contains("1066.19"));
        assert!(said.is_some(), "{:?}", t.inconsistencies);
        assert!(t.inferred.iter().any(|i| i.field == "repayment"), "{text}");
        assert!(near(apr(&a), dec!(12.0001)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn equal_instalments_of_principal_and_interest_said_as_deng_e_huan_ben_xi() {
    // 6,000 at 万分之五 a day (×365 = 18.25% a year) in 6 level payments of 1,053.90:
    // 18.25% (Python).
    for text in [
        "【闪借】借款详情\n▸ 借款金额    6,000.00元\n▸ 还款方式    分6期，每月等额还本息\n▸ 日利率      万分之五（一年按365天计）\n▸ 每期应还    1,053.90元\n▸ 申请时间    2025年4月2日 10:15\n▸ 放款机构    安合消费金融有限公司\n",
        "借款详情：借款金额6000元；日利率0.05%（一年按365天计）；按月等额还本息，共6期；每期应还1053.90元；申请时间2025-04-02；放款机构安合消费金融有限公司。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::EqualInstallment), "{text}");
        assert_eq!(count(t), Some(6), "{text}");
        assert!(near(apr(&a), dec!(18.2505)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_tab_table_of_monthly_interest_and_principal_with_the_last_is_interest_only() {
    // 50,000 at 12%: 500 interest a month, the principal with the 12th; 1,000 insurance at
    // maturity: 13.88% (Python). The year under 借款期间 is a date, not a 2025-year term.
    for text in [
        "借款合同要素表\n项目\t内容\n借款本金\t50,000.00元\n年化利率\t12%（单利）\n借款期间\t2025年3月10日至2026年3月10日\n付息安排\t每月10日支付利息500.00元\n本金归还\t最后一期随利息一并归还本金50,000.00元\n保证保险费\t1,000.00元，于借款到期日一次性缴纳\n出借人\t和信小额贷款有限公司\n签约日\t2025年3月10日\n",
        "借款合同要素表\n借款本金：50,000.00元\n年化利率：12%（单利）\n借款期间：2025年3月10日至2026年3月10日\n本金归还：最后一期随利息一并归还本金\n付息安排：每月10日支付利息500.00元\n保证保险费：1,000.00元，于借款到期日一次性缴纳\n出借人：和信小额贷款有限公司\n签约日：2025年3月10日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(months(t), Some(12), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(signed(t), date(2025, 3, 10), "{text}");
        let fee = t.fees.iter().find(|f| f.amount == Some(dec!(1000)));
        assert_eq!(fee.map(|f| f.timing), Some(FeeTiming::AtMaturity), "{text}");
        assert!(near(apr(&a), dec!(13.8760)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_schedule_whose_header_cells_ran_together_still_gives_the_term() {
    // 6,000 at 12% in 6 level payments of 1,035.29 plus a 20 fee each: 18.72% (Python).
    let rows = "1   2025-07-08  975.29    60.00   20.00   1,055.29\n2   2025-08-08  985.04    50.25   20.00   1,055.29\n3   2025-09-08  994.89    40.40   20.00   1,055.29\n4   2025-10-08  1,004.84  30.45   20.00   1,055.29\n5   2025-11-08  1,014.89  20.40   20.00   1,055.29\n6   2025-12-08  1,025.05  10.25   20.00   1,055.30\n";
    for header in [
        "期次  还款日期  应还本金  应还利息 手续费  本期合计\n",
        "期次  还款日期  应还本金  应还利息  手续费  本期合计\n",
    ] {
        let text = format!(
            "借款合同 附件 还款计划\n借款金额 6,000.00元    年利率 12%    还款方式 等额本息\n分期手续费：每期20.00元，随每期本息一并收取\n\n{header}{rows}\n出借人：云舟消费金融有限公司    签订日期：2025年6月8日\n"
        );
        let a = analysed(&text);
        let t = &a.report.terms;
        assert_eq!(t.stated_schedule.len(), 6, "{text}");
        assert_eq!(t.stated_schedule[0].fees, Some(dec!(20)), "{text}");
        assert_eq!(months(t), Some(6), "{text}");
        assert_eq!(count(t), Some(6), "{text}");
        assert!(near(apr(&a), dec!(18.7158)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn instalment_times_count_alone_gives_count_term_and_cost() {
    // 7,200 repaid in 12 payments of 650 (7,800 in all), no rate, no method: 15.04% (Python).
    for text in [
        "惠选商城 分期订单\n商品：笔记本电脑\n分期金额：７，２００．００元\n月供：６５０．００元 × １２期\n分期总还款：７，８００．００元\n首期还款日：２０２５年８月５日\n分期服务由嘉禾消费金融有限公司提供\n下单时间：２０２５年７月５日 ０９：３０\n",
        "惠选商城分期订单：分期金额7200元，月供650元×12期，分期总还款7800元，首期还款日2025年8月5日，分期服务由嘉禾消费金融有限公司提供，下单时间2025年7月5日。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(count(t), Some(12), "{text}");
        assert_eq!(months(t), Some(12), "{text}");
        assert!(method(t).is_some(), "{text}");
        assert!(near(apr(&a), dec!(15.0412)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn fen_li_rates_in_daxie_are_read() {
    // 30,000 for a year at 年息捌厘 (8% a year), repaid in one sum of 32,400: 8.00% (Python).
    for rate in ["年息捌厘", "年息8厘", "年利捌厘"] {
        let text = format!(
            "借据\n今借到孟庆和人民币叁万元整（¥30,000.00），借期自二〇二五年四月一日起至二〇二六年四月一日止，{rate}，到期一次性归还本金和利息。\n借款人：宋晓岚\n二〇二五年四月一日\n"
        );
        let a = analysed(&text);
        let t = &a.report.terms;
        assert_eq!(interest(t), vec![(dec!(8), Per::Year)], "{text}");
        assert!(near(apr(&a), dec!(8)), "{:?} {text}", apr(&a));
    }
    // 月息壹分 is 1% a month.
    let t = analysed(
        "借条：今借到人民币伍仟元整，月息壹分，借期三个月，到期一次性还本付息。借款人：周某\n",
    )
    .report
    .terms;
    assert_eq!(interest(&t), vec![(dec!(1), Per::Month)]);
}

#[test]
fn a_fee_paid_with_the_first_instalment_enters_the_flows_then() {
    // 60,000 at 6% over 12 months (5,163.99 a month) and a 600 fee with the first
    // instalment: 7.87% (Python); left out, the cost would be 6.00%.
    for clause in [
        "车载定位服务费：600.00元，借款人于首期还款日（2025年9月15日）随首期月供一并缴纳",
        "借款人应在第1期还款时一并支付车载定位服务费600元",
    ] {
        let text = format!(
            "汽车消费贷款合同\n贷款金额：6万元  贷款期限：12个月  还款方式：等额本息  年利率：6%\n月供：5,163.99元  首期还款日：2025年9月15日\n{clause}\n贷款人：远航汽车金融有限公司  签订日期：2025年8月15日\n"
        );
        let a = analysed(&text);
        let t = &a.report.terms;
        let fee = t.fees.iter().find(|f| f.amount == Some(dec!(600)));
        assert_eq!(fee.map(|f| f.timing), Some(FeeTiming::OnDate), "{text}");
        assert_eq!(
            fee.and_then(|f| f.due_date.as_ref()).map(|d| d.date),
            date(2025, 9, 15),
            "{text}"
        );
        assert!(near(apr(&a), dec!(7.8737)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn signing_dates_in_prose_in_minguo_years_and_from_the_loan_period() {
    for (text, want, assumed) in [
        (
            "借款合同：出借人丰泰小额贷款有限公司与借款人丁某经友好协商，双方于2025年5月20日在出借人住所地协商一致，约定借款人民币8,000.00元，借款期限6个月，月利率1%，按月等额还本付息。",
            date(2025, 5, 20),
            false,
        ),
        (
            "個人信用貸款契約\n借款金額：新臺幣200,000元整。\n借款期間：60個月，按月平均攤還本息。\n年利率：8%。\n\n中華民國113年12月2日\n",
            date(2024, 12, 2),
            true,
        ),
        (
            "借款合同\n出借人：丰泰小额贷款有限公司\n借款人民币8,000.00元，借款期限自2025年2月1日起共12个月，月利率1%，按月等额还本付息。\n",
            date(2025, 2, 1),
            true,
        ),
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(signed(&t), want, "{text}");
        let said = t.assumptions.iter().any(|s| s.contains("no signing date"));
        assert_eq!(said, assumed, "{:?} {text}", t.assumptions);
    }
}

#[test]
fn a_course_loan_known_by_its_parts_gives_principal_fee_and_term() {
    // No loan amount written: 800 of principal a period × 15 = 12,000; the fee 0.5% a period
    // is restated as 60.00 (one fee, not two); the first due date one month after the payout
    // makes the plan monthly. 860 × 15 on 12,000: 11.02% (Python).
    for text in [
        "技能培训分期付款协议\n学员（借款人）：程某\n分期服务提供方：长信消费金融有限公司\n1. 课程总价：人民币12,000元，由长信消费金融有限公司向学员发放贷款并直接支付给培训机构。\n2. 分期期数：15期；每期偿还本金800元。\n3. 本贷款不收取利息，每期收取分期服务费，费率为每期0.5%（按贷款本金计算，每期60.00元）。\n4. 首期还款日为放款日次月同日，共15期。\n签约日期：15/7/2025\n",
        "技能培训分期付款协议\n分期服务提供方：长信消费金融有限公司\n一、课程总价人民币12,000元，贷款由长信消费金融有限公司直接支付给培训机构。\n二、首期还款日为放款日次月同日。\n三、分期期数15期，每期偿还本金800元，不另收取利息。\n四、分期服务费费率为每期0.5%（按贷款本金计算，每期60.00元）。\n签约日期：15/7/2025\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(12000)),
            "{text}"
        );
        assert_eq!(months(t), Some(15), "{text}");
        let fees: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.kind != loanlint::model::FeeKind::Late)
            .collect();
        assert_eq!(fees.len(), 1, "{fees:?}");
        assert_eq!(fees[0].amount, Some(dec!(60)), "{text}");
        assert_eq!(signed(t), date(2025, 7, 15), "{text}");
        assert!(near(apr(&a), dec!(11.0152)), "{:?} {text}", apr(&a));
    }
}
