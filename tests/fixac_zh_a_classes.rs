#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes behind batch AC's Chinese misses (session 29, fixer A), on texts of our own wording:
//! the amount lent read from how shops, platforms and franchisors label it (a price split into
//! instalments, a sum the lender "lends" in its sentence, a weekly plan's count of weeks), one
//! fee stated as a rate and as its amount, and the words of a prepayment charge. Expected
//! values are read off the texts by hand.

use loanlint::model::{FeeKind, Frequency, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, near};

fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|p| p.amount)
}

fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

/// A shop's instalment screen: the price (商品总价, ¥/￥), the plan's mode (分期方式 12期, 还款
/// 安排 3期), a fee a period as a percentage of the price and the principal part of each
/// instalment: the price is financed whole, and the fee is one fee.
#[test]
fn a_price_split_into_instalments_on_a_shop_screen_is_the_loan() {
    let cases = [
        (
            "优品商城 · 分期购\n商品总价 ￥4,999.00\n分期方式 12期(月付)\n分期手续费 每期商品总价的0.8%\n每期应还 ￥456.57\n其中本金 ￥416.58 手续费 ￥39.99\n下单时间 2026年3月2日 10:11\n",
            dec!(4999),
            12,
            (dec!(0.8), dec!(39.99)),
        ),
        (
            "课程订单\n订单金额 ¥1,200.00\n还款安排 3期(按月还)\n服务费 每期订单金额的1.5%\n每期应付 ¥418.00\n其中本金 ¥400.00 服务费 ¥18.00\n",
            dec!(1200),
            3,
            (dec!(1.5), dec!(18)),
        ),
    ];
    for (text, price, n, (percent, amount)) in cases {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(price), "{text}");
        assert_eq!(count(t), Some(n), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly),
            "{text}"
        );
        let fees: Vec<_> = t.fees.iter().map(|f| (f.percent, f.amount)).collect();
        assert_eq!(fees, vec![(Some(percent), Some(amount))], "{text}");
        assert!(apr(&a).is_some(), "{text}");
    }
}

/// A sum first called something else (a franchise fee owed, a supplier's bill) that the lender
/// lends in its sentence is the principal; a franchisor's weekly plan counts its weeks.
#[test]
fn a_sum_the_lender_lends_and_a_count_of_weeks_make_the_loan() {
    let text = "设备款分期借款合同\n甲方(出借人):某某咖啡品牌管理有限公司\n乙方(借款人):周某\n一、乙方应付设备款合计人民币26,000.00元，由甲方出借给乙方并代为支付给设备供应商。\n二、借款期限半年，共26周，年利率8%，每周等额本息还款。\n三、每周还款1,020.90元，自2026年4月6日起每周一从乙方门店营业款中扣收。\n签订日期：2026年3月30日\n";
    let a = analysed(text);
    let t = &a.report.terms;
    assert_eq!(principal(t), Some(dec!(26000)));
    assert_eq!(count(t), Some(26));
    assert!(near(apr(&a), dec!(8)), "{:?}", apr(&a));
    // Weeks that are only a length, with monthly payments, are no count of instalments.
    let monthly = "借款金额：人民币10,000元。借款期限共52周，按月等额本息还款，共12期，年利率6%。";
    assert_eq!(count(&analysed(monthly).report.terms), Some(12));
}

/// An order page's rows with one space between label and value (the visible text of an HTML
/// page): each row is a field, so the term and the interest due are read and the bill is the
/// loan.
#[test]
fn single_spaced_rows_of_an_order_page_are_fields() {
    let text = "惠采宝 · 采购赊付\n采购方 城东小厨餐饮店\n本次货款 ¥20,000.00\n资金方 某某网络小额贷款有限公司\n付款方式 资金方于2026年6月1日将货款直接支付给供货商\n账期 30天,2026年7月1日到期\n日利率 0.05%\n到期应还利息 ¥300.00\n到期应还合计 ¥20,300.00\n";
    let a = analysed(text);
    let t = &a.report.terms;
    assert_eq!(principal(t), Some(dec!(20000)));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(30));
    assert!(near(apr(&a), dec!(18.25)), "{:?}", apr(&a));
}

/// A charge for paying back early, by a word other than 提前还款: a prepayment fee, not a
/// handling fee in the cost.
#[test]
fn a_mid_term_repayment_charge_is_a_prepayment_fee() {
    for text in [
        "贷款金额:1,000万韩元\n年利率:5.9%\n中途还款手续费:剩余本金的1.2%\n",
        "借款金额：50,000元，年利率6%，期限24个月，等额本息。借款人提前归还借款的，收取提前归还手续费，为提前归还本金的2%。",
    ] {
        let t = analysed(text).report.terms;
        let kinds: Vec<FeeKind> = t.fees.iter().map(|f| f.kind).collect();
        assert!(
            !kinds.is_empty() && kinds.iter().all(|k| *k == FeeKind::Prepayment),
            "{text}: {kinds:?}"
        );
    }
}

/// A fee a period given as a percentage of the price and again as its amount, on a screen that
/// states no loan amount and no principal part (the price is found to be financed only later,
/// from the instalment): one fee with its rate and its amount.
#[test]
fn a_fee_stated_as_a_rate_of_the_price_and_as_its_amount_is_one_fee() {
    let text = "家电分期付款\n商品总价 ¥3,600.00\n分期方式 12期(月付)\n分期手续费 每期商品总价的0.6%\n每期应还 ¥321.60\n每期手续费 ¥21.60\n首期还款 2026年5月8日\n利息 0元\n分期服务由江城消费金融有限公司提供\n";
    let t = analysed(text).report.terms;
    let fees: Vec<_> = t.fees.iter().map(|f| (f.percent, f.amount)).collect();
    assert_eq!(
        fees,
        vec![(Some(dec!(0.6)), Some(dec!(21.60)))],
        "{:?}",
        t.fees
    );
}
