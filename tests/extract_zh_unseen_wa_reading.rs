//! Classes of failure behind batch W's Chinese misses (`zh-a*`) owned by helper fixwzh2, each on
//! texts of our own wording and a rephrasing that must read the same (metamorphic pairs).
//! Expected figures come from `scripts/unseen_wa_zh_reading_expected.py` (Python `fractions`),
//! checked by hand:
//!
//! ```text
//! per-unit rates: 8 yuan per 1,000 a month = 0.8%/month; 5 yuan per 10,000 a day = 0.05%/day
//! lease-to-own 100,000 financed, 24 x 5,966.67: APR 37.1651%; 72,000 financed, 36 x 3,384: APR 38.0868%
//! ideographic-space table rows: 9,600 in 6 x 1,680: APR 16.9449%; 18,000 in 24 x 857: APR 13.1475%
//! a plan as a product, first bill date: 9,000 in 12 x 810: APR 14.4521%; 6,000 in 6 x 1,060: APR 20.2880%
//! whole price financed, interest free, fee with instalment 1: 9,000 as 1,860 + 5 x 1,500: APR
//! 13.9795%; 15,600 as 1,924 + 11 x 1,300: APR 7.5553%
//! named interest dates: 60,000 at 10% a year, interest 1,500 a quarter, 4 payments, APR 10.0000%
//! ```

use loanlint::DocumentKind;
use loanlint::model::{Frequency, Per, RepaymentMethod, Severity};
use rust_decimal_macros::dec;

use crate::document_kind_unseen::kind_of;
use crate::extract_zh_unseen_f::{analysed, apr, date, interest, method, near};
use crate::extract_zh_unseen_h::{count, principal};

#[test]
fn interest_per_unit_of_principal_with_the_period_named_first_is_a_rate() {
    for (text, want) in [
        (
            "借款协议\n出借人：江海涛　借款人：邓小军\n借款金额人民币叁万元整，借期六个月。\n利息按每月每千元捌元计算，到期一并归还本息。\n",
            (dec!(0.8), Per::Month),
        ),
        (
            "欠条\n邓小军向江海涛借款30,000元，借期半年，每万元月息80元，本息到期一次还清。\n",
            (dec!(0.8), Per::Month),
        ),
        (
            "借款合同\n借款人邓小军借到江海涛人民币20,000元，借期90天，利息按日每万元伍元计收，到期还本付息。\n",
            (dec!(0.05), Per::Day),
        ),
    ] {
        let got = interest(&analysed(text).report.terms);
        assert!(
            got.iter().any(|(v, p)| *v == want.0 && *p == want.1),
            "{got:?} {text}"
        );
    }
}

#[test]
fn an_extension_is_dated_by_its_own_signing_not_the_original_contract_it_recites() {
    for text in [
        "贷款展期协议\n贷款人：安和村镇银行股份有限公司\n借款人：卢建平\n鉴于借款人于2025年12月1日与贷款人签订编号为DK-2025-88的个人借款合同，贷款本金50,000.00元已于2026年6月1日到期，借款人申请展期。\n一、展期期限：6个月，自2026年6月1日起至2026年12月1日止。\n二、展期年利率：12%，按月付息，到期还本。\n签署日期：2026年6月3日\n",
        "补充协议（借款展期）\n甲方（出借人）：安和小额贷款有限公司　乙方（借款人）：卢建平\n原合同名称：个人借款合同\n原合同签订日期：2025年12月1日\n展期本金：50,000元；展期6个月，至2026年12月1日止；月利率1%，利随本清。\n本补充协议于2026年6月3日由双方签订，自签订之日起生效。\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(t.contract_date.map(|d| d.date), date(2026, 6, 3), "{text}");
    }
    // A notice that recites the loan and signs nothing itself is dated by that loan.
    let notice = "还款提醒通知\n尊敬的卢建平：您于2025年12月1日与我司签订的《个人借款合同》项下借款50,000元已于2026年6月1日到期，请尽快归还。\n安和小额贷款有限公司\n2026年6月5日\n";
    let t = analysed(notice).report.terms;
    assert_eq!(t.contract_date.map(|d| d.date), date(2025, 12, 1));
}

#[test]
fn interest_on_dates_named_one_by_one_with_the_principal_at_the_end_is_interest_only() {
    for text in [
        "借款合同\n出借人：戴文涛　借款人：戴小川\n借款金额60,000元，借款期限一年，自2026年3月31日至2027年3月31日，年利率10%。\n利息于6月30日、9月30日、12月31日及借款到期日分别支付，每次1,500元；本金到期一次性归还。\n签订日期：2026年3月31日\n",
        "借条：今向姑父韦建国借到人民币陆万元整（60,000.00元），二〇二六年三月三十一日收到，借期一年，年息10%，借款人于六月三十日、九月三十日、十二月三十一日和到期日向出借人各付一次利息1,500元，本金到期时一并归还。借款人：韦小川　二〇二六年三月三十一日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(4), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Quarterly),
            "{text}"
        );
        assert!(near(apr(&a), dec!(10)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_lease_to_own_rent_period_is_the_term_and_the_rents_price_the_credit() {
    for (text, months, want) in [
        (
            "汽车融资租赁合同（以租代购）\n出租人：恒远融资租赁有限公司\n承租人：庞立新\n车辆价格：120,000.00元\n首付款：20,000.00元，于签约当日支付\n租期：二十四个月\n每月租金：5,966.67元，每月20日支付，首期租金于2026年6月20日支付\n承租人付清全部租金后，车辆所有权转归承租人。\n签约日期：2026年5月20日\n",
            24,
            dec!(37.1651),
        ),
        (
            "网约车以租代购协议：甲方车行融资租赁公司将吉利几何E车辆出租给乙方柯海军，车辆总价90,000.00元，乙方签约当日付首付款18,000.00元，其余72,000.00元由甲方垫付车款；租期为三十六个月，乙方每月5日支付月租金3,384.00元，首期于2026年8月5日支付；租金全部付清后车辆过户给乙方。签订日期：2026年7月5日\n",
            36,
            dec!(38.0868),
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.term.as_ref().and_then(|x| x.months),
            Some(months),
            "{text}"
        );
        assert_eq!(count(t), Some(months), "{text}");
        assert!(near(apr(&a), want), "{:?} {text}", apr(&a));
        // Above the 36% line (by the licensed-lender or the any-lender rule): the rents are
        // stated, so the cost rests on no assumed method.
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.rule_id.ends_with("above-36") && f.severity == Severity::Violation),
            "{text}"
        );
    }
}

#[test]
fn a_table_row_typed_with_ideographic_spaces_pairs_its_values_with_the_labels_above() {
    for (text, lent, n, want) in [
        (
            "口腔诊所种植牙分期确认单\n客户：郑美华\n分期本金\u{3000}分期期数\u{3000}每月还款\u{3000}首次还款日期\u{3000}应还总额\n9,600.00\u{3000}6\u{3000}1,680.00\u{3000}2026年7月15日\u{3000}10,080.00\n客户确认：郑美华\u{3000}日期：2026年6月15日\n",
            dec!(9600),
            6,
            dec!(16.9449),
        ),
        (
            "健身私教课程分期单\n借款金额\u{3000}期限\u{3000}月供\u{3000}资金提供方\n18,000.00元\u{3000}24期\u{3000}857.00元\u{3000}鼎信小额贷款有限公司\n首期还款日：2026年3月1日\u{3000}签署日期：2026年2月1日\n",
            dec!(18000),
            24,
            dec!(13.1475),
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(lent), "{text}");
        assert_eq!(count(t), Some(n), "{text}");
        assert!(near(apr(&a), want), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_plan_written_as_count_times_instalment_with_a_first_bill_date_is_monthly_and_priced() {
    for (text, n, want) in [
        (
            "订单详情\u{3000}\u{3000}已完成\n商户：悦动健身（滨江店）\n商品：年度私教课程\n分期金额\u{3000}\u{3000}9,000.00\n还款计划\u{3000}\u{3000}￥810.00/期 × 12期\n每期手续费\u{3000}60.00\n第一期账单日\u{3000}2026年4月8日\n下单时间\u{3000}\u{3000}2026年3月8日 10:05\n",
            12,
            dec!(14.4521),
        ),
        (
            "手机分期付款确认书\n手机总价6,000.00元，首付0元，分期本金6,000.00元。\n分期：6期×1,060.00元/期（含每期手续费60.00元）\n首期账单日：2026年5月25日\n分期服务由安信消费金融有限公司提供\n确认日期：2026年4月25日\n",
            6,
            dec!(20.2880),
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(count(t), Some(n), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(n), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly),
            "{text}"
        );
        assert!(near(apr(&a), want), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_price_financed_whole_with_no_interest_and_the_fee_in_instalment_one_is_level() {
    for (text, lent, want) in [
        (
            "医美项目分期确认\n客户：苗佳怡\n项目：光子嫩肤疗程，项目总价9,000.00元，零首付\n分期期数：6期\n利息：0.00元\n分期手续费：360.00元，随第1期账单收取\n第1期应还：1,860.00元（含手续费）\n第2-6期每期应还：1,500.00元\n首期还款日：2026年11月10日\n确认日期：2026年10月10日\n",
            dec!(9000),
            dec!(13.9795),
        ),
        (
            "摄影套餐分期付款单\n套餐总价：15,600.00元（全款分期，无需首付）\n分12期，利息0元\n手续费624.00元于第一期一并收取\n第一期应还1,924.00元（含手续费）\n第2-12期每期应还1,300.00元\n第1期还款日：2027年1月15日\n签订日期：2026年12月15日\n",
            dec!(15600),
            dec!(7.5553),
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(lent), "{text}");
        // No interest and level parts of the principal: every level method is this schedule.
        assert_eq!(method(t), Some(RepaymentMethod::EqualInstallment), "{text}");
        assert!(near(apr(&a), want), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_concluded_deals_own_record_is_the_contract_and_a_page_before_it_a_disclosure() {
    for (text, want) in [
        // A 要素表 sealed by the lender and signed by the borrower: the deal both concluded.
        (
            "安和银行 个人消费贷款要素表\n借款人：左立群\n贷款金额：30,000.00元\n贷款期限：12个月\n年利率：6%\n还款方式：等额本息\n签约日期：2026年9月1日\n贷款人：安和银行股份有限公司西湖支行（公章）\u{3000}借款人签名：左立群\n",
            DocumentKind::LoanContract,
        ),
        // The same sheet with blank seal and signature lines, for reference only.
        (
            "安和银行 个人消费贷款要素表\n借款人：左立群\n贷款金额：30,000.00元\n贷款期限：12个月\n年利率：6%\n还款方式：等额本息\n本表仅供参考，以正式签署的借款合同为准。\n贷款人：＿＿＿＿（盖章）\u{3000}借款人签名：＿＿＿＿\n",
            DocumentKind::LoanDisclosure,
        ),
        // An instalment order page marked done, and the same order before it is submitted.
        (
            "订单详情\u{3000}\u{3000}交易成功\n商户：和声乐器行\n商品：电钢琴 P-145\u{3000}×1\n分期本金\u{3000}\u{3000}6,000.00\n分期方案\u{3000}\u{3000}12期 × 545.00/期\n每期服务费\u{3000}45.00\n首期账单日\u{3000}2026年12月5日\n下单时间\u{3000}\u{3000}2026年11月5日 09:12\n分期服务由恒信消费金融有限公司提供\n",
            DocumentKind::LoanContract,
        ),
        (
            "确认订单\n商户：和声乐器行\n商品：电钢琴 P-145\u{3000}×1\n分期本金\u{3000}\u{3000}6,000.00\n分期方案\u{3000}\u{3000}12期 × 545.00/期\n每期服务费\u{3000}45.00\n提交订单\n",
            DocumentKind::LoanDisclosure,
        ),
    ] {
        let (kind, reason) = kind_of(text);
        assert_eq!(kind, want, "{reason} {text}");
    }
}

#[test]
fn ocr_stray_spaces_in_figures_and_a_quote_for_a_colon_still_read() {
    // OCR of a screenshot: a space after the decimal point (8,000. 00元, 0. 05%), a two-digit
    // count split (2 4期), and a colon read as a quote (借款期数”24期).
    for (text, lent, n, rate) in [
        (
            "借款详情\n借款金额8,000. 00元\n月利率1. 5%\n借款期数”2 4期,按月等额本息\n放款时间2 0 2 6年3月1日\n首期还款日2 0 2 6年4月1日\n",
            dec!(8000),
            24,
            (dec!(1.5), Per::Month),
        ),
        (
            "借款记录\n出借方:安泰小额贷款有限公司\n借款本金 5,000. 00元,借款期限“1 2个月,日利率0. 05%,按月等额本息还款\n放款日期2 0 2 6年5月8日\n",
            dec!(5000),
            12,
            (dec!(0.05), Per::Day),
        ),
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(principal(&t), Some(lent), "{text}");
        assert_eq!(count(&t), Some(n), "{text}");
        assert!(interest(&t).contains(&rate), "{:?} {text}", interest(&t));
    }
}
