#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Property tests: the Chinese extractor never panics, on arbitrary Unicode and on realistic
//! clauses mutated at random, and every evidence quotes `doc.text` chars `start..end`.

use crate::common;

use std::path::Path;

use loanlint::read::{Document, SourceKind};
use proptest::prelude::*;

const CLAUSES: &[&str] = &[
    "借款金额:人民币壹万贰仟伍佰元整(¥12,500.00)。",
    "借款年利率为12%,日利率=年利率/360。",
    "月息2分,按月付息,到期还本。",
    "逾期罚息在约定利率基础上上浮50%。",
    "乙方应按逾期金额每日万分之五支付违约金;",
    "平台服务费为借款本金的2%,于放款时一次性扣除。",
    "借款期限:自2025年1月15日起至2026年1月14日止。",
    "还款方式:□等额本息 √等额本金",
    "贷款人:某某小额贷款有限公司\n出借人:张三 身份证号:110101199001011234",
    "借款人授权贷款人读取通讯录并联系紧急联系人催收。",
    "本合同适用中华人民共和国法律,由甲方所在地人民法院管辖。",
    "借款本金:人民币____元(大写:【 】)${amount}",
    "年化综合成本23.99%\u{c}第2页\n违约金总额 = 逾期金额×0.05%×逾期天数",
];

/// Every object with start/end/text in the terms is a faithful quote of the document.
fn check(doc: &Document) {
    let terms = loanlint::extract::zh::extract(doc);
    common::evidence::assert_quotes(&doc.text, &terms);
}

fn doc(text: &str) -> Document {
    Document::from_text(Path::new("p.txt"), SourceKind::Text, text)
}

fn from_pages(pages: Vec<String>) -> Document {
    Document::from_pages(Path::new("p.pdf"), &pages)
}

/// Characters that stress the parsers: digits, numerals, units, separators, blanks.
fn noisy_char() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>(),
        prop::sample::select(
            "0123456789.,%‰:()_【】${}元万亿整角分厘之日月年息率费壹贰叁拾佰仟零十百千一二三\n\u{c};。 "
                .chars()
                .collect::<Vec<_>>()
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(s in any::<String>()) {
        check(&doc(&s));
    }

    #[test]
    fn numerals_never_panic(v in prop::collection::vec(noisy_char(), 0..40)) {
        use loanlint::extract::numerals::*;
        let s: String = v.into_iter().collect();
        let _ = (parse_decimal(&s), parse_number(&s), parse_cn_integer(&s));
        let _ = (parse_cn_money(&s), parse_percent(&s));
    }

    /// ASCII decimals read back exactly, with or without thousands separators.
    #[test]
    fn decimals_round_trip(n in 0u64..10_000_000_000, frac in 0u32..100) {
        use loanlint::extract::numerals::parse_decimal;
        let plain = format!("{n}.{frac:02}");
        let expected: rust_decimal::Decimal = plain.parse().unwrap();
        prop_assert_eq!(parse_decimal(&plain), Some(expected.normalize()));
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        prop_assert_eq!(parse_decimal(&format!("{grouped}.{frac:02}")), Some(expected.normalize()));
    }

    #[test]
    fn noisy_text_never_panics(v in prop::collection::vec(noisy_char(), 0..300)) {
        let s: String = v.into_iter().collect();
        check(&doc(&s));
    }

    #[test]
    fn mutated_clauses_never_panic(
        picks in prop::collection::vec(0..CLAUSES.len(), 1..8),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, noisy_char()), 0..20),
        pages in 1usize..3,
    ) {
        let mut chars: Vec<char> = picks.iter().flat_map(|i| CLAUSES[*i].chars()).collect();
        for (at, op, c) in edits {
            if chars.is_empty() {
                chars.push(c);
                continue;
            }
            let i = at.index(chars.len());
            match op {
                0 => chars.insert(i, c),
                1 => { chars.remove(i); }
                _ => chars[i] = c,
            }
        }
        let text: String = chars.into_iter().collect();
        if pages == 1 {
            check(&doc(&text));
        } else {
            let mid = text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i);
            check(&from_pages(vec![text[..mid].to_string(), text[mid..].to_string()]));
        }
    }
}

// ------------------------------------------------ metamorphic: restyled contracts read the same

use chrono::NaiveDate;
use loanlint::model::{FeeKind, FeeTiming, Per, RateKind, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const BASE: &[&str] = &[
    "第一条 借款金额为人民币伍万元整(¥50,000.00)。",
    "第二条 借款期限自2024年3月1日起至2025年2月28日止。",
    "第三条 借款年利率为12%,按月付息,到期一次性归还本金。",
    "第四条 服务费人民币1,000元,于放款时从借款本金中扣除。",
    "第五条 本合同签订日期:2024年2月20日。",
];

/// The terms that must not move when the wording is restyled.
type Key = (
    Option<Decimal>,
    Vec<(RateKind, Decimal, Per)>,
    Option<(Option<u32>, Option<u32>)>,
    Option<RepaymentMethod>,
    Vec<(FeeKind, Option<Decimal>, FeeTiming)>,
    Option<NaiveDate>,
    Option<NaiveDate>,
);

fn key(t: &Terms) -> Key {
    (
        t.principal.as_ref().map(|a| a.amount),
        t.rates.iter().map(|r| (r.kind, r.value, r.per)).collect(),
        t.term.as_ref().map(|x| (x.months, x.days)),
        t.repayment.as_ref().map(|r| r.method),
        t.fees
            .iter()
            .map(|f| (f.kind, f.amount, f.timing))
            .collect(),
        t.contract_date.as_ref().map(|d| d.date),
        t.disbursement_date.as_ref().map(|d| d.date),
    )
}

fn read_text(text: &str) -> Terms {
    let tmp = tempfile::Builder::new().suffix(".txt").tempfile().unwrap();
    std::fs::write(tmp.path(), text).unwrap();
    let d = loanlint::read::read_file(tmp.path(), &loanlint::read::ReadOptions::default()).unwrap();
    let t = loanlint::extract::zh::extract(&d);
    common::evidence::assert_quotes(&d.text, &t);
    t
}

fn to_full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' | '%' | ',' | ':' | '(' | ')' => {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

fn to_traditional(s: &str) -> String {
    const PAIRS: [(char, char); 10] = [
        ('额', '額'),
        ('为', '為'),
        ('万', '萬'),
        ('币', '幣'),
        ('费', '費'),
        ('条', '條'),
        ('还', '還'),
        ('签', '簽'),
        ('订', '訂'),
        ('务', '務'),
    ];
    s.chars()
        .map(|c| PAIRS.iter().find(|(a, _)| *a == c).map_or(c, |(_, b)| *b))
        .collect()
}

#[test]
fn restyled_contracts_give_the_same_terms() {
    let base = BASE.join("\n");
    let expected: Key = (
        Some(dec!(50000)),
        vec![(RateKind::Interest, dec!(12), Per::Year)],
        Some((Some(12), None)),
        Some(RepaymentMethod::InterestOnly),
        vec![(
            FeeKind::Service,
            Some(dec!(1000)),
            FeeTiming::UpfrontDeducted,
        )],
        NaiveDate::from_ymd_opt(2024, 2, 20),
        NaiveDate::from_ymd_opt(2024, 3, 1),
    );
    assert_eq!(key(&read_text(&base)), expected, "base");
    let mut reordered: Vec<&str> = BASE.to_vec();
    reordered.reverse();
    let variants = [
        ("full width", to_full_width(&base)),
        ("traditional", to_traditional(&base)),
        ("reordered", reordered.join("\n")),
        (
            "synonyms",
            base.replace("借款金额为", "借款本金为")
                .replace("签订日期", "签署日期")
                .replace("借款年利率为", "年利率:"),
        ),
        (
            "figures only",
            base.replace("人民币伍万元整(¥50,000.00)", "人民币50,000元"),
        ),
        (
            "wan",
            base.replace("人民币伍万元整(¥50,000.00)", "人民币5万元"),
        ),
        (
            "line break inside a clause",
            base.replace("按月付息,到期", "按月付息,\n到期"),
        ),
        (
            "chinese-numeral dates",
            base.replace("2024年3月1日", "二〇二四年三月一日")
                .replace("2025年2月28日", "二〇二五年二月二十八日")
                .replace("2024年2月20日", "二零二四年二月二十日"),
        ),
        (
            "one paragraph",
            BASE.iter()
                .map(|c| c.split_once(' ').map_or(*c, |(_, rest)| rest))
                .collect::<Vec<_>>()
                .join(""),
        ),
    ];
    for (what, text) in variants {
        assert_eq!(key(&read_text(&text)), expected, "{what}: {text}");
    }
}
