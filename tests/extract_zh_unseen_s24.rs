//! Classes behind three of batch V's Chinese misses that session 24 fixed, on texts of our own
//! wording, each with a rephrased twin: a collective name (服务费用, 各项费用) heading a clause whose
//! own fees carry amounts is not one more (blank) fee, while a fee named with no amount anywhere
//! still is; a payout written as a month and a day with no year (已于11月18日发放) takes the year
//! of the dated due day it comes before; with no signing or payout date, the day the contract
//! takes effect (协议生效日期) is the contract date, not a month before the first due date; a
//! payout SMS that says the loan was paid out on a named day (于12月20日成功发放, no 已) is a
//! message about a loan, not an unrelated document.
//! Expected values are read off the texts by hand (dates only; no arithmetic).

use crate::extract_zh_unseen_f::analysed;
use loanlint::model::{DocumentKind, Terms};

fn fees(t: &Terms) -> Vec<(String, Option<String>, bool)> {
    t.fees
        .iter()
        .map(|f| {
            (
                f.name.clone(),
                f.amount.map(|a| a.to_string()),
                f.amount_blank,
            )
        })
        .collect()
}

const HEADED: &str = "借款合同\n出借人：某某小额贷款有限公司　借款人：曹一帆\n一、借款金额人民币10,000.00元，期限6个月，年利率12%，按月等额本息还款。\n二、服务费用：借款人须向平台支付信息服务费800.00元、信用审核费300.00元，两项均于放款时从借款金额中直接扣除。\n三、签订日期：2026年3月2日\n";
const HEADED_TWIN: &str = "借款协议\n甲方（借款人）：曹一帆；乙方（贷款人）：某某小额贷款有限公司\n1. 乙方向甲方出借10000元整，借期6个月，年化利率12%，等额本息。\n2. 各项费用：甲方应付信息服务费800元及信用审核费300元，由乙方在发放借款时一并扣收。\n3. 签署日期：2026年3月2日\n";
const BLANK: &str = "借款合同\n出借人：某某小额贷款有限公司　借款人：曹一帆\n一、借款金额人民币10,000.00元，期限6个月，年利率12%，按月等额本息还款。\n二、服务费用由平台在放款时从借款本金中扣除，具体以平台页面展示为准。\n三、签订日期：2026年3月2日\n";

#[test]
fn a_collective_heading_over_priced_fees_is_not_a_blank_fee() {
    for text in [HEADED, HEADED_TWIN] {
        let t = analysed(text).report.terms;
        let got = fees(&t);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|f| f.1.is_some() && !f.2), "{got:?}");
        let mut amounts: Vec<_> = got.iter().filter_map(|f| f.1.clone()).collect();
        amounts.sort();
        assert_eq!(amounts, ["300", "800"], "{got:?}");
    }
}

#[test]
fn a_fee_named_with_no_amount_anywhere_is_still_listed_blank() {
    let t = analysed(BLANK).report.terms;
    let got = fees(&t);
    assert!(got.iter().any(|f| f.1.is_none() && f.2), "{got:?}");
}

const SMS: &str = "【安信消费金融】您申请的借款5,000.00元已于3月28日放款到账，借期30天，请于2027年4月27日前一次性归还本息5,060.00元。退订回T\n";
const SMS_TWIN: &str = "【安信消费金融】尊敬的用户：借款3,000元于12月20日成功发放至尾号1188银行卡，到期日2027年1月19日，到期应还3,036元。\n";

#[test]
fn a_payout_with_no_year_takes_the_year_of_the_due_day_it_precedes() {
    for (text, want) in [(SMS, "2027-03-28"), (SMS_TWIN, "2026-12-20")] {
        let report = analysed(text).report;
        let kind = report.document.as_ref().map(|d| d.kind);
        assert_eq!(kind, Some(DocumentKind::LoanDisclosure), "{text}");
        let t = report.terms;
        let paid = t.disbursement_date.as_ref().map(|d| d.date.to_string());
        assert_eq!(paid.as_deref(), Some(want), "{:?}", t.assumptions);
        let signed = t.contract_date.as_ref().map(|d| d.date.to_string());
        assert_eq!(signed.as_deref(), Some(want), "{:?}", t.assumptions);
        assert!(
            t.assumptions.iter().any(|a| a.contains("no year")),
            "{:?}",
            t.assumptions
        );
    }
}

const EFFECTIVE: &str = "个人借款协议\n借款人：邹立　出借人：某某网络小额贷款有限公司\n第一条 借款本金8,000.00元，分12期按月等额本息归还，年利率15%。\n第二条 首期还款日为2025年10月15日，以后每月15日还款。\n本协议生效日期为2025年9月3日。\n";
const EFFECTIVE_TWIN: &str = "借款合同\n借款人：邹立\n借款金额：捌仟元整（8000元）；期数：12期，每月还款；年利率：15%；还款方式：等额本息\n首期还款日：2025-10-15\n合同生效日期：2025年9月3日\n";

#[test]
fn the_day_the_contract_takes_effect_dates_it_when_no_signing_date_is_written() {
    for text in [EFFECTIVE, EFFECTIVE_TWIN] {
        let t = analysed(text).report.terms;
        let signed = t.contract_date.as_ref().map(|d| d.date.to_string());
        assert_eq!(signed.as_deref(), Some("2025-09-03"), "{:?}", t.assumptions);
    }
}

// A yuan loan under mainland law that sends its disputes to a forum abroad is still judged by
// mainland rules; the same loan in baht under Thai law is not (batch W's zh-a02 class, kept from
// reaching yuan contracts).
const YUAN_FORUM_ABROAD: &str = "借款合同\n出借人：深圳某某小额贷款有限公司　借款人：韦小明\n一、借款金额人民币50,000.00元，期限12个月，年利率30%，按月等额本息还款。\n二、本合同适用中华人民共和国法律。因本合同产生的争议提交新加坡国际仲裁中心仲裁。\n签订日期：2026年5月6日\n";
const YUAN_FORUM_ABROAD_TWIN: &str = "借款协议\n甲方（出借人）：某某网络小额贷款有限公司；乙方（借款人）：韦小明\n借款本金￥50000元，借期一年，分12期等额本息，年化利率30%。\n争议解决：双方同意由东京地方法院管辖。\n协议日期：2026年5月6日\n";
const BAHT_UNDER_THAI_LAW: &str = "借款合同（中文译本）\n贷款人：曼谷某某小额信贷有限公司　借款人：颂猜\n借款金额：50,000.00泰铢，期限12个月，年利率30%，按月等额本息还款。\n本合同适用泰王国法律，争议由曼谷民事法院管辖。\n签订日期：2026年5月6日\n";

fn mainland_rulesets(text: &str) -> usize {
    analysed(text)
        .report
        .rulesets_applied
        .iter()
        .filter(|r| r.id.starts_with("cn-"))
        .count()
}

#[test]
fn a_yuan_loan_with_a_forum_abroad_stays_under_mainland_rules() {
    for text in [YUAN_FORUM_ABROAD, YUAN_FORUM_ABROAD_TWIN] {
        assert!(mainland_rulesets(text) > 0, "{text}");
    }
    assert_eq!(mainland_rulesets(BAHT_UNDER_THAI_LAW), 0);
}
