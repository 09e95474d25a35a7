#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A Chinese report reads as Chinese: for every Chinese sample contract and every fresh
//! Chinese document the `check` report (text and HTML), `compare`, `overdue`, `message` and the
//! `audit --html` page carry no English word outside quotes, citations, file names and the
//! rule-reference line, and `check` opens with its verdict.

use crate::common;
use crate::fresh_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::fixtures;
use loanlint::check::Checker;
use loanlint::model::Language;
use loanlint::report::{AuditSummary, FileOutcome, HtmlPrinter, HumanPrinter, Printer};
use loanlint::{AnalysisOptions, analyse_file};
use rayon::prelude::*;

/// Words Chinese legal and financial text writes in Latin letters (GPS: a car loan's fee is
/// named 「GPS服务费」 and the report lists the fee by the contract's name).
const ALLOWED: [&str; 6] = ["loanlint", "LPR", "IRR", "APP", "App", "GPS"];

/// The binary's output for `args`; a run that errors (exit 2) fails the test.
fn run(args: &[&str]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loanlint"));
    let out = cmd.args(args).output().unwrap();
    let code = out.status.code().unwrap_or(2);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(code < 2, "loanlint {args:?} exited {code}: {stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Remove quoted spans (“…”, 「…」, "…"): contract text and names are quoted as written.
fn without_quotes(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut straight = false;
    for c in line.chars() {
        match c {
            '“' | '「' => depth += 1,
            '”' | '」' => depth = (depth - 1).max(0),
            '"' => straight = !straight,
            _ if depth == 0 && !straight => out.push(c),
            _ => {}
        }
    }
    out
}

/// The English words of a report line, outside the parts allowed to be English.
fn english_words(line: &str) -> Vec<String> {
    let trimmed = line.trim_start();
    // Citations are legal references as published; the rule-reference line names the
    // ruleset file and the rule id for `loanlint rules show`.
    if ["依据:", "依据：", "规则出处:"]
        .iter()
        .any(|l| trimmed.starts_with(l))
    {
        return Vec::new();
    }
    let text = without_quotes(line);
    text.split_whitespace()
        // File names, paths and command-line flags.
        .filter(|tok| {
            !(tok.contains('/')
                || tok.starts_with("--")
                || [".pdf", ".txt", ".toml", ".html", ".docx"]
                    .iter()
                    .any(|e| tok.contains(e)))
        })
        .flat_map(|tok| latin_words(tok, &ALLOWED))
        .collect()
}

/// The runs of two or more Latin letters of `tok`, except the `allowed` ones.
pub(crate) fn latin_words(tok: &str, allowed: &[&str]) -> Vec<String> {
    tok.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2 && !allowed.contains(w))
        .map(str::to_string)
        .collect()
}

/// Every offending line of `output` (named `what`), empty when it reads as Chinese.
fn problems(what: &str, output: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in output.lines() {
        let words = english_words(line);
        if !words.is_empty() {
            found.push(format!("{what}: {words:?} in {line:?}"));
        }
        if line.contains("以下为英文原文") {
            found.push(format!("{what}: an untranslated note in {line:?}"));
        }
        // A finding's note with no Chinese points to the English report instead.
        if line.contains("另有英文说明") {
            found.push(format!("{what}: a note only in English in {line:?}"));
        }
    }
    found
}

/// The visible text of an HTML page, one line per block (styles and tags removed).
fn html_text(page: &str) -> String {
    let mut s = page.to_string();
    while let (Some(a), Some(b)) = (s.find("<style>"), s.find("</style>")) {
        s.replace_range(a..b + "</style>".len(), "");
    }
    for block in [
        "</p>",
        "</blockquote>",
        "</dt>",
        "</dd>",
        "</li>",
        "</tr>",
        "</h1>",
        "</h2>",
        "</h3>",
        "</h4>",
        "</title>",
        "</div>",
        "</span>",
    ] {
        s = s.replace(block, &format!("{block}\n"));
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

fn chinese_samples() -> Vec<PathBuf> {
    fixtures::all_samples()
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("zh-"))
        .collect()
}

/// The fresh Chinese documents of the given kinds (`txt`, `pdf`, ...), in name order.
fn fresh_chinese_of(kinds: &[&str]) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fresh/zh");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fresh/zh is readable")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| kinds.iter().any(|k| e == *k)))
        .collect();
    files.sort();
    files
}

fn fresh_chinese() -> Vec<PathBuf> {
    fresh_chinese_of(&["txt"])
}

/// The `check --lang zh` report of one file and its `--html` page's visible text, made in
/// this process by the printers `check` uses (the binary per file would take minutes).
fn chinese_report_and_page(file: &Path, checker: &Checker) -> (String, String) {
    let report = analyse_file(file, &AnalysisOptions::default(), checker)
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let outcome = FileOutcome::Analysed(Box::new(report));
    let mut text = Vec::new();
    let mut human = HumanPrinter {
        lang: Some(Language::Zh),
    };
    human.print(&mut text, &outcome).unwrap();
    human.finish(&mut text, &AuditSummary::default()).unwrap();
    let mut page = HtmlPrinter::default();
    page.lang = Some(Language::Zh);
    let mut summary = AuditSummary::default();
    summary.add(&outcome);
    page.print(&mut std::io::sink(), &outcome).unwrap();
    let mut html = Vec::new();
    page.finish(&mut html, &summary).unwrap();
    let html = String::from_utf8(html).unwrap();
    assert!(
        html.contains("<html lang=\"zh-CN\">"),
        "{}: the page is Chinese",
        file.display()
    );
    (String::from_utf8(text).unwrap(), html_text(&html))
}

/// The ratchet over the whole fresh Chinese corpus: every report opens with its verdict and
/// carries no English word outside quotes (nor a note left in English), text and HTML.
#[test]
fn every_fresh_chinese_report_is_chinese_throughout() {
    // Screenshots are left out: reading them needs the OCR engine.
    let files = fresh_chinese_of(&["txt", "pdf", "docx", "html"]);
    assert!(files.len() >= 500, "the fresh Chinese corpus is found");
    let checker = fresh_support::checker();
    let found: Vec<String> = files
        .par_iter()
        .flat_map_iter(|file| {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let (text, page) = chinese_report_and_page(file, &checker);
            let mut found = Vec::new();
            if !text
                .lines()
                .nth(1)
                .unwrap_or_default()
                .starts_with("结论: ")
            {
                found.push(format!("{name}: the verdict does not come first"));
            }
            found.extend(problems(&name, &text));
            found.extend(problems(&format!("{name} (HTML)"), &page));
            found
        })
        .collect();
    assert!(
        found.is_empty(),
        "{}\n{} problems",
        found.join("\n"),
        found.len()
    );
}

#[test]
fn check_reports_in_chinese_start_with_the_verdict_and_carry_no_english() {
    let tmp = tempfile::tempdir().unwrap();
    let mut found = Vec::new();
    // A few fresh files through the binary too (its flags and page file); the whole fresh
    // corpus is checked in-process below.
    let files: Vec<PathBuf> = chinese_samples()
        .into_iter()
        .chain(fresh_chinese().into_iter().take(4))
        .collect();
    assert!(
        files.len() >= 10,
        "the Chinese samples and fresh files are found"
    );
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let page = tmp.path().join(format!("{name}.html"));
        let text = run(&[
            "check",
            file.to_str().unwrap(),
            "--lang",
            "zh",
            "--html",
            page.to_str().unwrap(),
        ]);
        let second = text.lines().nth(1).unwrap_or_default();
        assert!(
            second.starts_with("结论: "),
            "{name}: the verdict comes first:\n{text}"
        );
        found.extend(problems(&name, &text));
        let html = std::fs::read_to_string(&page).unwrap();
        assert!(
            html.contains("<html lang=\"zh-CN\">"),
            "{name}: the page is Chinese"
        );
        found.extend(problems(&format!("{name} (HTML)"), &html_text(&html)));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The Chinese samples of one kind (`pdf` or `txt`), as paths.
fn chinese(ext: &str) -> Vec<String> {
    chinese_samples()
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .map(|p| p.to_str().unwrap().to_string())
        .collect()
}

#[test]
fn compare_and_audit_in_chinese_carry_no_english() {
    let mut found = Vec::new();
    for ext in ["pdf", "txt"] {
        let files = chinese(ext);
        assert!(files.len() >= 5, "every Chinese sample is found");
        // Markdown: the table's cells are not wrapped, so file names stay whole.
        let mut args = vec!["compare"];
        args.extend(files.iter().map(String::as_str));
        args.extend(["--lang", "zh", "--format", "markdown"]);
        let table = run(&args);
        assert!(!table.contains("equal_installment") && !table.contains("/ day"));
        found.extend(problems(&format!("compare *.{ext}"), &table));
        let tmp = tempfile::tempdir().unwrap();
        let page = tmp.path().join("audit.html");
        let glob = format!("**/zh-*.{ext}");
        let samples = fixtures::samples_dir();
        let audit = [
            "audit",
            samples.to_str().unwrap(),
            "--glob",
            &glob,
            "--lang",
            "zh",
            "--html",
            page.to_str().unwrap(),
        ];
        let table = run(&audit);
        assert!(
            table.lines().filter(|l| l.contains("zh-")).count() == files.len(),
            "the audit table lists every sample:\n{table}"
        );
        found.extend(problems(&format!("audit *.{ext} (table)"), &table));
        let html = std::fs::read_to_string(&page).unwrap();
        found.extend(problems(
            &format!("audit *.{ext} --html"),
            &html_text(&html),
        ));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn message_in_chinese_carries_no_english() {
    let messages = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages");
    let mut found = Vec::new();
    for n in 1..=5 {
        let sms = messages.join(format!("zh-0{n}.txt"));
        found.extend(problems(
            &format!("message zh-0{n}"),
            &run(&["message", sms.to_str().unwrap(), "--lang", "zh"]),
        ));
    }
    // With each contract: the sum demanded against what the contract and the law allow.
    let sms = messages.join("zh-15.txt");
    for contract in chinese("txt") {
        let args = [
            "message",
            sms.to_str().unwrap(),
            "--contract",
            &contract,
            "--days",
            "30",
            "--lang",
            "zh",
        ];
        found.extend(problems(
            &format!("message --contract {contract}"),
            &run(&args),
        ));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn letters_in_chinese_carry_no_english() {
    let sms = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages/zh-15.txt");
    let mut found = Vec::new();
    for contract in chinese("pdf").into_iter().chain(chinese("txt")) {
        let args = [
            "letter",
            &contract,
            "--message",
            sms.to_str().unwrap(),
            "--today",
            "2026-12-01",
            "--days",
            "30",
            "--lang",
            "zh",
        ];
        let letter = run(&args);
        assert!(!letter.trim().is_empty(), "{contract}: a letter is written");
        found.extend(problems(&format!("letter {contract}"), &letter));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The overdue report: its arithmetic, the legal maximum and the assumptions, for every
/// Chinese sample, with the first instalment assumed missed and with an amount given.
#[test]
fn overdue_in_chinese_carries_no_english() {
    let mut found = Vec::new();
    for contract in chinese("pdf").into_iter().chain(chinese("txt")) {
        for extra in [
            &[][..],
            &["--amount-overdue", "1000", "--demanded", "5000"][..],
        ] {
            let mut args = vec!["overdue", &contract, "--days", "40", "--lang", "zh"];
            args.extend(extra);
            let report = run(&args);
            assert!(report.contains("逾期"), "{contract}: a report in Chinese");
            found.extend(problems(&format!("overdue {contract} {extra:?}"), &report));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_detector_finds_english_outside_quotes_only() {
    assert_eq!(
        english_words("  计算假设: rounding to 0.01 “quoted words”"),
        vec!["rounding", "to"]
    );
    assert!(english_words("  依据: Civil Code Art. 670").is_empty());
    assert!(english_words("报告 — [SAMPLES]/zh-01.pdf 一年期LPR").is_empty());
    assert_eq!(problems("x", "合同含有：debt-exposure。").len(), 1);
    assert!(html_text("<style>a{b:c}</style><p>中文</p>").trim() == "中文");
}

/// A report whose cost depends on terms the contract leaves open (when a fee is paid, whether
/// a rate is yearly or for the whole term, 365 or 360 days) names each reading in Chinese.
#[test]
fn readings_and_what_they_depend_on_are_said_in_chinese() {
    let texts = [
        "个人消费借款合同\n贷款人：城南消费金融有限公司　　借款人：许嘉怡\n1. 借款金额：人民币12,000.00元\n2. 年利率：12%（按月计息）\n3. 期限：12个月，等额本息，每期应还1,066.19元\n4. 放款日：2025年6月1日；首期还款日：2025年7月1日\n5. 另收取平台服务费600.00元。\n签订日期：2025年6月1日\n",
        "借款合同\n出借人（甲方）：孙立新\n借款人（乙方）：郑海涛\n乙方向甲方借款人民币10万元整。\n本合同项下的借款期限为五年，自2026年1月10日起至2031年1月10日止。\n借款利率为本金的30%，按总本金计算利息。\n到期一次性还本付息。\n乙方逾期的，按逾期款项每日万分之三向甲方支付违约金。\n签订日期：2026年1月10日\n",
    ];
    let tmp = tempfile::tempdir().unwrap();
    let mut found = Vec::new();
    for (k, text) in texts.iter().enumerate() {
        let file = tmp.path().join(format!("open-terms-{k}.txt"));
        std::fs::write(&file, text).unwrap();
        let report = run(&["check", file.to_str().unwrap(), "--lang", "zh"]);
        assert!(
            report.contains("各种可能解读下"),
            "the cost is a range over readings:\n{report}"
        );
        found.extend(problems(&format!("open terms {k}"), &report));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
