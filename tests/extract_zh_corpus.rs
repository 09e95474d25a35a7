#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Whole-contract tests on the real Chinese loan contracts of the shared corpus (HTML copies,
//! stripped of tags, read through the ordinary text reader). Skipped with a notice only when
//! the shared folder is absent.

use crate::common;

use std::path::PathBuf;

use loanlint::model::Terms;
use loanlint::read::{Document, ReadOptions, read_file};

/// The corpus folder (`None`, with a notice, only when the shared folder is absent).
fn corpus_dir() -> Option<PathBuf> {
    common::corpus::corpus_dir("extract_zh_corpus")
}

/// Tag-stripped text of an HTML file: block ends become line breaks, entities decoded.
fn html_to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with('<') {
            let lrest = &lower[i..];
            // Skip script/style bodies entirely.
            for tag in ["script", "style"] {
                if lrest.starts_with(&format!("<{tag}")) {
                    if let Some(end) = lrest.find(&format!("</{tag}>")) {
                        i += end;
                    }
                }
            }
            let lrest = &lower[i..];
            let close = lrest.find('>').map_or(html.len() - i, |e| e + 1);
            let tag = &lrest[..close];
            if [
                "<br", "</p", "</div", "</tr", "</h", "</li", "</td", "</table", "<p",
            ]
            .iter()
            .any(|t| tag.starts_with(t))
            {
                out.push('\n');
            }
            i += close;
            continue;
        }
        let ch = rest.chars().next().unwrap();
        if ch == '&' {
            if let Some(semi) = rest.find(';').filter(|s| *s < 10) {
                let ent = &rest[1..semi];
                let rep = match ent {
                    "nbsp" => Some(' '),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "ldquo" => Some('“'),
                    "rdquo" => Some('”'),
                    "yen" => Some('¥'),
                    _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16)
                        .ok()
                        .and_then(char::from_u32),
                    _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                    _ => None,
                };
                if let Some(r) = rep {
                    out.push(r);
                    i += semi + 1;
                    continue;
                }
            }
        }
        // Source whitespace (indentation, line wraps) collapses to one space, as a browser shows it.
        if ch.is_whitespace() {
            if !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
        i += ch.len_utf8();
    }
    out
}

/// Read a corpus HTML contract as a document (through the text reader, so it is normalised
/// like any other input).
fn load(name: &str) -> Option<Document> {
    // The corpus is there: a file that cannot be read fails the test, never skips it.
    let html = std::fs::read_to_string(common::corpus::corpus_file(name)?)
        .unwrap_or_else(|e| panic!("{name}: cannot read the corpus file: {e}"));
    let tmp = tempfile::Builder::new()
        .suffix(".txt")
        .tempfile()
        .expect("temp file");
    std::fs::write(tmp.path(), html_to_text(&html)).expect("write");
    Some(
        read_file(tmp.path(), &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{name}: the text reader failed: {e}")),
    )
}

fn terms(name: &str) -> Option<(Document, Terms)> {
    let doc = load(name)?;
    let t = loanlint::extract::zh::extract(&doc);
    Some((doc, t))
}

#[test]
#[ignore = "debugging aid: prints the terms of every zh corpus contract"]
fn dump_all() {
    let Some(dir) = corpus_dir() else { return };
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("zh_") && n.ends_with(".html"))
        .collect();
    names.sort();
    for n in names {
        if let Some((doc, t)) = terms(&n) {
            if std::env::var_os("DUMP_TEXT").is_some() {
                println!("--- text of {n}\n{}", doc.text);
            }
            println!("=== {n}\n{}", serde_json::to_string_pretty(&t).unwrap());
        }
    }
}

use loanlint::model::{
    Basis, ClauseKind, FeeKind, FeeTiming, LenderType, Per, RateKind, RepaymentMethod,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn has_rate(t: &Terms, kind: RateKind, value: Decimal, per: Per) -> bool {
    t.rates
        .iter()
        .any(|r| r.kind == kind && r.value == value && r.per == per)
}

fn has_clause(t: &Terms, kind: ClauseKind) -> bool {
    t.clauses.iter().any(|c| c.kind == kind)
}

/// Blank templates: no amount may be invented.
fn assert_no_invented_amounts(name: &str, t: &Terms) {
    assert!(t.principal.is_none(), "{name}: principal {:?}", t.principal);
    assert!(t.disbursed.is_none(), "{name}: disbursed {:?}", t.disbursed);
    assert!(t.payment.is_none(), "{name}: payment {:?}", t.payment);
}

#[test]
fn cash_loan_consult_service_mk() {
    let name = "zh_cash_loan_consult_service_mk.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::Bullet)
    );
    // 每日按照借款本金金额的1%承担逾期违约金 / 0.5% 逾期期间利息 / 0.5% 催收费用.
    assert!(has_rate(&t, RateKind::Penalty, dec!(1), Per::Day));
    assert!(has_rate(&t, RateKind::Overdue, dec!(0.5), Per::Day));
    let pen = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Penalty)
        .unwrap();
    assert_eq!(pen.basis, Some(Basis::Principal));
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Collection)
        .expect("催收费用");
    assert_eq!(
        (f.percent, f.per, f.timing),
        (Some(dec!(0.5)), Some(Per::Day), FeeTiming::OnDefault)
    );
    // 服务费 amount is a ${} placeholder: no fee amount invented.
    assert!(t.fees.iter().all(|f| f.amount.is_none()));
}

#[test]
fn ccb_consumer_credit_line() {
    let name = "zh_ccb_consumer_credit_line_loan_creditlife.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    let lender = t.lender.as_ref().expect("lender");
    assert_eq!(lender.lender_type, LenderType::Bank);
    // Rates live in a separate 支用单: none is stated here.
    assert!(t.rates.is_empty(), "{:?}", t.rates);
    // The form lists 等额本金 / 等额本息 as options: not stated.
    assert!(t.repayment.is_none());
    // 提前还本违约金 … 违约金率为1‰.
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Prepayment)
        .expect("prepayment fee");
    assert_eq!(f.percent, Some(dec!(0.1)));
    for kind in [
        ClauseKind::Acceleration,
        ClauseKind::CompoundInterest,
        ClauseKind::PrepaymentPenalty,
        ClauseKind::AutoDebitAllAccounts,
    ] {
        assert!(has_clause(&t, kind), "{kind:?}");
    }
    assert_eq!(
        t.jurisdiction_hints.first().map(|h| h.code.as_str()),
        Some("CN")
    );
}

#[test]
fn duandaiwang_cash_loan() {
    let name = "zh_duandaiwang_cash_loan_mk.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    let lender = t.lender.as_ref().expect("lender");
    assert_eq!(lender.lender_type, LenderType::Microloan);
    assert_eq!(
        lender.name.as_deref(),
        Some("大兴安岭地区塔河县闪电小额贷款有限公司")
    );
    // 年利率【 】%: blank, so no interest rate.
    assert!(
        t.rates.iter().all(|r| r.kind != RateKind::Interest),
        "{:?}",
        t.rates
    );
    // 每日按应付未付金额的百分之二 … 逾期利息, with 日利率=年利率÷360 stated.
    let od = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Overdue && r.value == dec!(2))
        .expect("overdue 2%/day");
    assert_eq!(od.per, Per::Day);
    assert_eq!(od.day_basis, Some(360));
    assert!(!od.day_basis_assumed);
    assert_eq!(od.annual_percent, Some(dec!(720)));
    // 按照借款本金的百分之三十向甲方支付违约金.
    assert!(has_rate(&t, RateKind::Penalty, dec!(30), Per::Once));
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::Bullet)
    );
    for kind in [
        ClauseKind::Acceleration,
        ClauseKind::DistantForum,
        ClauseKind::DataSharing,
        ClauseKind::DebtExposure,
    ] {
        assert!(has_clause(&t, kind), "{kind:?}");
    }
    // 综合服务费用:【 】元: no amount.
    assert!(t.fees.iter().all(|f| f.amount.is_none()));
}

#[test]
fn jubaodai_cash_loan() {
    let name = "zh_jubaodai_cash_loan_agreement_suniu.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    // 每日按借款本金金额的千分之八向乙方支付违约金.
    assert!(has_rate(&t, RateKind::Penalty, dec!(0.8), Per::Day));
    // 出借人 are platform users (出借人姓名 / 平台用户名), matched by 聚宝袋.
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::P2pPlatform)
    );
    // 律师费按借款金额10%.
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Legal)
        .expect("律师费");
    assert_eq!(
        (f.percent, f.basis, f.timing),
        (Some(dec!(10)), Some(Basis::Principal), FeeTiming::OnDefault)
    );
    // 违约金 (剩余借款本息的30%).
    let p = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Penalty && r.value == dec!(30))
        .expect("30% penalty");
    assert_eq!(p.basis, Some(Basis::TotalOutstanding));
    assert!(has_clause(&t, ClauseKind::Acceleration));
}

#[test]
fn kuaijin_cash_loan() {
    let name = "zh_kuaijin_cash_loan_timecash_v2.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    // Table: 借款年利率 | 36%.
    assert!(has_rate(&t, RateKind::Interest, dec!(36), Per::Year));
    // 日千分之三 逾期罚息, 日千分之一 滞纳金, on 未还本金.
    let od = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Overdue)
        .expect("罚息");
    assert_eq!((od.value, od.per), (dec!(0.3), Per::Day));
    assert_eq!(od.basis, Some(Basis::RemainingPrincipal));
    assert!(od.day_basis_assumed);
    let late = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Late)
        .expect("滞纳金");
    assert_eq!((late.percent, late.per), (Some(dec!(0.1)), Some(Per::Day)));
    let lender = t.lender.as_ref().expect("lender");
    assert_eq!(lender.lender_type, LenderType::Microloan);
    assert_eq!(lender.name.as_deref(), Some("广州耀盛网络小额贷款有限公司"));
    assert!(has_clause(&t, ClauseKind::ContactListAccess));
    assert!(has_clause(&t, ClauseKind::DistantForum));
}

#[test]
fn loan_consult_service_suniu() {
    let name = "zh_loan_consult_service_agreement_suniu.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    assert!(has_rate(&t, RateKind::Penalty, dec!(0.8), Per::Day));
    assert!(
        !has_clause(&t, ClauseKind::Rollover),
        "后续借款 is not a rollover"
    );
}

#[test]
fn hermes_p2p() {
    let name = "zh_p2p_lend_borrow_agreement_hermes.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::P2pPlatform)
    );
    // 提前还款补偿金 (补偿金额为剩余本金的1%).
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Prepayment)
        .expect("补偿金");
    assert_eq!(
        (f.percent, f.basis),
        (Some(dec!(1)), Some(Basis::RemainingPrincipal))
    );
    assert!(has_clause(&t, ClauseKind::PrepaymentPenalty));
    assert!(t.rates.is_empty(), "rates are placeholders: {:?}", t.rates);
}

#[test]
fn shangyoudai_loan() {
    let name = "zh_shangyoudai_loan_contract_hui.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    assert!(t.term.is_none());
    // 利率为${item.rate}% (blank); 逾期部分按年利率19%.
    assert_eq!(t.rates.len(), 1, "{:?}", t.rates);
    assert!(has_rate(&t, RateKind::Overdue, dec!(19), Per::Year));
}

#[test]
fn tubaobao_microloan() {
    let name = "zh_tubaobao_dehua_microloan_installment_android.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    let lender = t.lender.as_ref().expect("lender");
    assert_eq!(lender.name.as_deref(), Some("德清德华小额贷款有限公司"));
    assert_eq!(lender.lender_type, LenderType::Microloan);
    // 每日万分之五的违约金, 违约金总额 = 逾期金额×0.05%×逾期天数.
    let p = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Penalty)
        .expect("违约金");
    assert_eq!(
        (p.value, p.per, p.basis),
        (dec!(0.05), Per::Day, Some(Basis::OverdueAmount))
    );
    assert_eq!(p.annual_percent, Some(dec!(18.25)));
    // 业务手续费 (按借款金额${serviceFee}%计): blank.
    assert!(
        t.fees
            .iter()
            .all(|f| f.percent.is_none() && f.amount.is_none())
    );
    assert!(has_clause(&t, ClauseKind::Acceleration));
}

#[test]
fn zhengda_p2p() {
    let name = "zh_zhengda_edai_p2p_loan_online.html";
    let Some((_, t)) = terms(name) else { return };
    assert_no_invented_amounts(name, &t);
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::P2pPlatform)
    );
    // 逾期管理费费率 0.05%, with 总额 = … ×天数 × 比例: daily.
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Late)
        .expect("逾期管理费");
    assert_eq!((f.percent, f.per), (Some(dec!(0.05)), Some(Per::Day)));
    assert!(has_clause(&t, ClauseKind::Acceleration));
}

/// The PDF twins go through the PDF reader: extraction must not panic and evidence must hold.
#[test]
fn pdf_twins_do_not_panic() {
    let Some(dir) = corpus_dir() else {
        return;
    };
    for entry in std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        let n = entry.file_name().to_string_lossy().to_string();
        if !(n.starts_with("zh_") && n.ends_with(".pdf")) || n.contains("civil_code") {
            continue;
        }
        let doc = read_file(&entry.path(), &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{n}: the PDF reader failed: {e}"));
        let t = loanlint::extract::zh::extract(&doc);
        let chars: Vec<char> = doc.text.chars().collect();
        for e in t
            .rates
            .iter()
            .map(|r| &r.evidence)
            .chain(t.fees.iter().map(|f| &f.evidence))
        {
            assert!(e.start <= e.end && e.end <= chars.len(), "{n}");
            assert_eq!(
                chars[e.start..e.end].iter().collect::<String>(),
                e.text,
                "{n}"
            );
        }
    }
}

#[test]
#[ignore = "debugging aid: prints the text and terms of a corpus PDF named by DUMP_PDF"]
fn dump_pdf() {
    let (Some(dir), Ok(name)) = (corpus_dir(), std::env::var("DUMP_PDF")) else {
        return;
    };
    let doc = read_file(&dir.join(name), &ReadOptions::default()).unwrap();
    println!(
        "{}\n=====\n{}",
        doc.text,
        serde_json::to_string_pretty(&loanlint::extract::zh::extract(&doc)).unwrap()
    );
}

/// The one filled-in contract (个人间借贷 范本, only as PDF/DOCX): read through the PDF reader.
#[test]
fn personal_loan_filled_viai_pdf() {
    let Some(dir) = corpus_dir() else {
        return;
    };
    // The corpus is there: a PDF the reader cannot read fails the test, never skips it.
    let doc = read_file(
        &dir.join("zh_personal_loan_contract_filled_viai.pdf"),
        &ReadOptions::default(),
    )
    .unwrap_or_else(|e| panic!("viai: the PDF reader failed: {e}"));
    let t = loanlint::extract::zh::extract(&doc);
    // 借款人民币 _20 万整_ 元(大写: ____贰拾万整____): both forms agree.
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(200000)));
    assert!(t.inconsistencies.is_empty());
    let d = t.disbursed.as_ref().expect("disbursed");
    assert!(d.derived && d.amount == dec!(200000));
    // 借款期限为 ____十____年.
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(120));
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::Bullet)
    );
    // 借款利率为本金的 50%: no period stated, read as yearly and said so.
    let i = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest)
        .expect("interest");
    assert_eq!(i.value, dec!(50));
    assert!(t.assumptions.iter().any(|a| a.contains("without a period")));
    // 逾期款项按每日十万分之五 … 违约金.
    let p = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Penalty)
        .expect("违约金");
    assert_eq!(
        (p.value, p.per, p.basis),
        (dec!(0.005), Per::Day, Some(Basis::OverdueAmount))
    );
    // 甲方(出借人): ____ / 身份证号: ____ — a natural person.
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::Individual)
    );
    // 签订日期 is blank: the loan period's start (自2026年02月04日起) stands in, said so.
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2026-02-04".into())
    );
    assert!(
        t.assumptions.iter().any(|a| a.contains("no signing date")),
        "{:?}",
        t.assumptions
    );
    assert!(has_clause(&t, ClauseKind::DistantForum));
    assert!(has_clause(&t, ClauseKind::Acceleration));
}

/// Whether `value` is written in `evidence`: in figures (with or without digit-group commas),
/// as 万, in Chinese numerals or as a 分之 / 分厘 rate.
fn written_in(value: Decimal, evidence: &str) -> bool {
    let plain: String = evidence
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}'))
        .collect();
    let v = value.normalize();
    let as_figures = plain.contains(&v.to_string());
    let in_wan = (v / dec!(10000)).normalize().to_string() + "万";
    let in_words = evidence
        .chars()
        .any(|c| "零〇壹贰叁肆伍陆柒捌玖拾佰仟一二三四五六七八九十百千万萬".contains(c));
    as_figures
        || plain.contains(&in_wan)
        || in_words
        || evidence.contains("分之")
        || evidence.contains('厘')
        || evidence.contains('‰')
        || evidence.contains('分')
}

/// Every real zh contract (HTML and PDF): each amount, fee and rate the extractor reports is
/// written in the evidence it quotes; nothing is made up.
#[test]
fn the_real_corpus_gets_no_invented_number() {
    let Some(dir) = corpus_dir() else {
        return;
    };
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("zh_") && (n.ends_with(".html") || n.ends_with(".pdf")))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "too few zh corpus files: {names:?}");
    for n in names {
        let t = if n.ends_with(".html") {
            let Some((_, t)) = terms(&n) else { continue };
            t
        } else {
            let doc = read_file(&dir.join(&n), &ReadOptions::default())
                .unwrap_or_else(|e| panic!("{n}: the PDF reader failed: {e}"));
            loanlint::extract::zh::extract(&doc)
        };
        let amounts = [
            &t.principal,
            &t.disbursed,
            &t.payment,
            &t.total_of_payments,
            &t.finance_charge,
            &t.total_interest,
        ];
        for a in amounts.into_iter().flatten().filter(|a| !a.derived) {
            assert!(
                written_in(a.amount, &a.evidence.text),
                "{n}: {} not in {:?}",
                a.amount,
                a.evidence.text
            );
        }
        for f in &t.fees {
            for v in [f.amount, f.percent].into_iter().flatten() {
                assert!(
                    written_in(v, &f.evidence.text),
                    "{n}: fee {} {v} not in {:?}",
                    f.name,
                    f.evidence.text
                );
            }
            assert!(!f.amount_blank || (f.amount.is_none() && f.percent.is_none()));
        }
        for r in t.rates.iter().filter(|r| r.markup_percent.is_none()) {
            assert!(
                written_in(r.value, &r.evidence.text) || r.evidence.text.contains('倍'),
                "{n}: rate {} not in {:?}",
                r.value,
                r.evidence.text
            );
        }
        for row in &t.stated_schedule {
            for v in [row.principal, row.interest, row.fees, row.total]
                .into_iter()
                .flatten()
            {
                assert!(written_in(v, &row.evidence.text), "{n}: row {v}");
            }
        }
    }
}

/// Real platform templates take a fee out of the principal with its amount left as `${...}`:
/// the fee is listed, amount null, deducted at payout.
#[test]
fn real_templates_list_their_blank_deducted_fees() {
    for (name, kind) in [
        ("zh_cash_loan_consult_service_mk.html", FeeKind::Service),
        ("zh_zhengda_edai_p2p_loan_online.html", FeeKind::Consulting),
    ] {
        let Some((_, t)) = terms(name) else { return };
        let f = t
            .fees
            .iter()
            .find(|f| f.kind == kind && f.timing == FeeTiming::UpfrontDeducted)
            .unwrap_or_else(|| panic!("{name}: no deducted fee in {:?}", t.fees));
        assert!(
            f.amount_blank && f.amount.is_none() && f.percent.is_none(),
            "{name}"
        );
        assert!(
            f.evidence.text.contains("扣除"),
            "{name}: {}",
            f.evidence.text
        );
        // A blank deducted fee leaves the amount paid out unknown, not equal to the principal.
        assert!(t.disbursed.is_none(), "{name}");
    }
}
