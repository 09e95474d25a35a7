#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind: loan contract, loan disclosure or other, decided by title then vocabulary.
//! Fresh texts in both languages, then every readable file of the real corpus.

use std::path::{Path, PathBuf};

use loanlint::extract::{classify, extract};
use loanlint::read::{Document, ReadOptions, SourceKind, read_file};
use loanlint::{DocumentKind, Language};

fn kind_of(text: &str) -> (DocumentKind, String) {
    let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
    let terms = extract(&doc);
    let info = classify(&doc, doc.language(), &terms);
    for e in &info.evidence {
        let chars: Vec<char> = doc.text.chars().collect();
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }
    (info.kind, info.reason)
}

#[test]
fn chinese_titles_decide() {
    let iou = "借 条\n今借到王五人民币叁万元整（¥30,000.00），月息1%，于2025年12月31日前归还。\n借款人：赵六\n";
    assert_eq!(kind_of(iou).0, DocumentKind::LoanContract);
    let platform = "编号：A-77\n个人消费贷款协议\n贷款人：某某消费金融有限公司\n借款人：张三\n贷款金额：20000元，年利率14.6%。\n";
    assert_eq!(kind_of(platform).0, DocumentKind::LoanContract);
    let summary = "借款信息摘要\n借款金额：5,000元\n借款期限：6个月\n综合年化成本：23.4%\n";
    assert_eq!(kind_of(summary).0, DocumentKind::LoanDisclosure);
}

#[test]
fn a_confirmation_or_form_of_credit_is_a_contract_and_a_notice_a_disclosure() {
    let confirmation = "借 款 确 认 书\n借款人：周某\n借款金额：8,000元，期限6个月。\n";
    assert_eq!(kind_of(confirmation).0, DocumentKind::LoanContract);
    let form = "家装分期申请书\n申请人：吴某\n分期金额：30,000元\n";
    assert_eq!(kind_of(form).0, DocumentKind::LoanContract);
    let notice = "信用卡现金分期开通告知书\n分期金额：6,000元\n";
    assert_eq!(kind_of(notice).0, DocumentKind::LoanDisclosure);
    // A field line is no title, and a quoted contract name is not this document's title.
    let quoted =
        "尊敬的客户\n您已同意《贷款合同》\n出租人：李四\n承租人：王五\n租金每月3,000元。\n";
    assert_eq!(kind_of(quoted).0, DocumentKind::Other);
}

#[test]
fn a_sales_contract_with_penalties_is_other() {
    let sale = "购销合同\n供方：甲贸易有限公司\n需方：乙制造有限公司\n一、货物名称：钢材100吨，货款共计人民币伍拾万元。\n二、需方逾期付款的，每日按未付货款的万分之五支付违约金，并支付逾期利息。\n三、借款人不适用。\n";
    let (kind, reason) = kind_of(sale);
    assert_eq!(kind, DocumentKind::Other, "{reason}");
    let lease = "房屋租赁合同\n出租人：李四\n承租人：王五\n租金每月3,000元，逾期支付租金的，按日加收1%滞纳金。\n";
    assert_eq!(kind_of(lease).0, DocumentKind::Other);
}

#[test]
fn a_statute_is_other_even_with_a_lending_chapter() {
    let mut law = String::from("中华人民共和国民法典\n第三编 合同\n第十二章 借款合同\n");
    for (i, n) in ["六百六十七", "六百六十八", "六百六十九"]
        .iter()
        .enumerate()
    {
        law.push_str(&format!(
            "第{n}条 借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。{i}\n"
        ));
    }
    let (kind, reason) = kind_of(&law);
    assert_eq!(kind, DocumentKind::Other);
    assert!(reason.contains("statute"), "{reason}");
    // No title at all: forty numbered articles and no parties.
    let articles: String = (1..=40)
        .map(|i| format!("第{i}条 当事人应当遵循诚信原则，借款的利率不得违反国家有关规定。\n"))
        .collect();
    let (kind, reason) = kind_of(&format!("总则\n{articles}"));
    assert_eq!(kind, DocumentKind::Other);
    assert!(reason.contains("statute"), "{reason}");
}

#[test]
fn english_titles_decide() {
    let note = "MEMORANDUM OF INDEBTEDNESS\nPromissory Note\nFor value received, the undersigned promises to pay Jane Roe $4,000 with interest at 9% per annum.\n";
    assert_eq!(kind_of(note).0, DocumentKind::LoanContract);
    let estimate = "Oakridge Savings\nLoan Estimate   LOAN TERM 15 years\nLoan Amount $120,000\nInterest Rate 5.25%\n";
    assert_eq!(kind_of(estimate).0, DocumentKind::LoanDisclosure);
    let secci = "Pre-contract Credit Information\n(Standard European Consumer Credit Information)\nTotal amount of credit: £2,000\n";
    assert_eq!(kind_of(secci).0, DocumentKind::LoanDisclosure);
    let lease = "RESIDENTIAL LEASE\nLandlord: Ann Bell. Tenant: Carl Dunn. Rent of $1,400 is due monthly; a late charge of $75 applies.\n";
    assert_eq!(kind_of(lease).0, DocumentKind::Other);
    let sale = "Bill of Sale\nThe Seller sells the Buyer one used tractor for a purchase price of $9,000, payable in 3 instalments with interest of 5%.\n";
    assert_eq!(kind_of(sale).0, DocumentKind::Other);
}

#[test]
fn a_credit_word_with_an_agreement_word_is_a_loan_contract() {
    // Titles that name no listed document, each followed by a TILA box that alone would read
    // as a disclosure.
    let tila = "\nTRUTH IN LENDING\nAnnual Percentage Rate: 21.0%\nFinance Charge: $300.00\nAmount Financed: $1,000.00\nTotal of Payments: $1,300.00\n";
    for title in [
        "CHECK ADVANCE AGREEMENT",
        "Member Lending Application & Agreement",
        "Split-Pay Payment Plan Contract",
        "PERSONAL CREDIT LINE AND TRUTH IN LENDING DISCLOSURE AGREEMENT FOR CONSUMERS",
    ] {
        let (kind, reason) = kind_of(&format!("{title}{tila}"));
        assert_eq!(kind, DocumentKind::LoanContract, "{title}: {reason}");
    }
    // An agreement word alone is not credit.
    let (kind, _) =
        kind_of("EQUIPMENT RENTAL AGREEMENT\nRenter: A. Smith\nRent: $50 a day; late fee $10.\n");
    assert_eq!(kind, DocumentKind::Other);
}

#[test]
fn without_a_title_vocabulary_weighs() {
    let loan = "The Borrower shall repay the principal of $2,500 to the Lender with interest at 11% a year over 10 monthly payments.\n";
    assert_eq!(kind_of(loan).0, DocumentKind::LoanContract);
    let job = "The Employer shall pay the Employee a salary of $52,000 a year. The employee may take 20 days of leave.\n";
    assert_eq!(kind_of(job).0, DocumentKind::Other);
    assert_eq!(kind_of("   \n ").0, DocumentKind::Other);
}

fn shared_corpus() -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared"), PathBuf::from("/work/shared")]
        .into_iter()
        .find(|d| d.exists())
        .map(|d| d.join("corpus/real"))
}

/// Every file of the real corpus has the kind it was labelled with by reading it
/// (`tests/fixtures/kind/real_corpus_kinds.tsv`; every file of MANIFEST.tsv is labelled). A file
/// labelled `none` has no text (an input error); any other file that cannot be read fails.
#[test]
fn real_corpus_kinds() {
    let Some(dir) = shared_corpus() else {
        eprintln!("skipped: /work/shared (the real corpus) is absent");
        return;
    };
    let labels_path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kind/real_corpus_kinds.tsv");
    let labels_text = std::fs::read_to_string(&labels_path).unwrap();
    let labels: Vec<(&str, &str)> = labels_text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_once('\t').expect("file<TAB>kind"))
        .collect();
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
    for name in manifest
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
    {
        assert!(
            labels.iter().any(|(n, _)| *n == name),
            "{name}: no kind label in {}",
            labels_path.display()
        );
    }
    let mut wrong = Vec::new();
    for (name, want) in &labels {
        let path = dir.join(name);
        let doc = match read_file(&path, &ReadOptions::default()) {
            Ok(doc) => doc,
            Err(e) if *want == "none" => {
                assert!(path.exists(), "{name} is missing: {e}");
                continue;
            }
            Err(e) => panic!("corpus file {name} cannot be read: {e}"),
        };
        let language = doc.language();
        let terms = extract(&doc);
        let info = classify(&doc, language, &terms);
        assert!(!info.reason.is_empty());
        let got = match info.kind {
            DocumentKind::LoanContract => "loan_contract",
            DocumentKind::LoanDisclosure => "loan_disclosure",
            DocumentKind::Other => "other",
        };
        if got != *want {
            wrong.push(format!("{name}: {got}, labelled {want} ({})", info.reason));
        }
        if language == Language::En || language == Language::Zh {
            assert!(
                info.kind == DocumentKind::Other || !info.evidence.is_empty(),
                "{name}: a loan kind needs evidence"
            );
        }
    }
    assert!(wrong.is_empty(), "wrong kinds:\n{}", wrong.join("\n"));
}
