#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The text report's key terms: the APR a document states is shown with its words, once, and a
//! fee is shown in the loan's currency even when no principal was read. Texts written for this
//! test; the figures are the texts' own.

use assert_cmd::Command;

fn report(text: &str, lang: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("doc.txt");
    std::fs::write(&path, text).expect("write");
    let out = Command::cargo_bin("loanlint")
        .expect("binary built")
        .args(["check", "--exit-zero", "--lang", lang])
        .arg(&path)
        .output()
        .expect("run");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn a_stated_apr_is_shown_with_its_words_when_nothing_else_quotes_them() {
    for text in [
        "Loan summary\nOrigination fee: $75.00\nMonthly payment: $52.10\nAnnual percentage rate: 24.00%\n",
        "PERSONAL LOAN AGREEMENT\nYour monthly payment will be $52.10.\nThe annual percentage rate on this loan is 24.00%.\nWe charge an origination fee of $75.00.\n",
    ] {
        let out = report(text, "en");
        let line = out
            .lines()
            .position(|l| {
                l.trim_start()
                    .starts_with("APR stated in the document: 24.00%")
            })
            .unwrap_or_else(|| panic!("no stated APR line:\n{out}"));
        let quote = out.lines().nth(line + 1).unwrap_or("");
        assert!(quote.contains("24.00%"), "{quote}\n{out}");
        // The fee is in dollars: the payment says so though no principal is read.
        assert!(out.contains("$75.00"), "{out}");
    }
}

#[test]
fn a_chinese_annual_rate_quoted_as_the_interest_rate_is_not_repeated() {
    let text = "借款合同\n借款金额：人民币10,000元\n借款期限：12个月，按月等额本息还款\n本合同项下借款的年化利率为12%（单利）。\n";
    let out = report(text, "zh");
    assert!(out.contains("12%"), "{out}");
    assert!(!out.contains("合同所载年化利率"), "{out}");
}
