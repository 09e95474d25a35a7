//! A Chinese text whose amounts are in a foreign currency (a translated Japanese or European
//! contract, an overseas lender's) is read in that currency; a yuan contract that names
//! foreign currencies in passing stays in yuan. Sums by hand: 30万 = 30 x 10,000 = 300,000.

use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

fn principal_and_currency(text: &str) -> Option<(rust_decimal::Decimal, String)> {
    let a = analysed(text);
    a.report
        .terms
        .principal
        .as_ref()
        .map(|p| (p.amount, p.currency.clone()))
}

#[test]
fn amounts_written_in_yen_or_euros_are_in_that_currency() {
    let cases = [
        (
            "消费借贷合同（中文译本）\n出借人：青叶信贷株式会社\n借款人：陈立\n借款金额：300,000日元\n每月还款：26,800日元，共12次\n",
            "JPY",
        ),
        (
            "消费借贷合同 译文\n借款人 陈立\n本次借款 日元 300,000，分十二次每月偿还，每次日元26,800\n贷款方：青叶信贷株式会社\n",
            "JPY",
        ),
        (
            "借款协议（译本）\n出借人：某某信贷公司（米兰）\n借款人：吴敏\n借款金额：30万欧元\n年利率：6%\n",
            "EUR",
        ),
    ];
    for (text, code) in cases {
        assert_eq!(
            principal_and_currency(text),
            Some((dec!(300000), code.to_string())),
            "{text}"
        );
    }
}

#[test]
fn a_yuan_contract_naming_foreign_money_in_passing_stays_in_yuan() {
    for text in [
        "借款合同\n出借人：某某小额贷款有限公司\n借款人：陈立\n借款金额：30,000元\n借款用途：日常消费，不得用于购买外汇（美元、欧元、日元、英镑）或投资。\n",
        "借款合同\n借款人：陈立\n借款用途：家庭消费；借款人承诺不将借款兑换为日元、欧元等外币。\n借款金额：叁万元整（30,000元）\n",
    ] {
        assert_eq!(
            principal_and_currency(text).map(|(_, c)| c),
            Some("CNY".to_string()),
            "{text}"
        );
    }
}
