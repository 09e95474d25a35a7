//! A contract written in Markdown (a `.md` template, a text pasted from a chat tool): bold
//! marks around the figures and the state, headings with `#`. Written for this test. The
//! figures: 1,800 at 34% a year over 9 months is 229.39 a month (1,800 × 0.02833… ÷
//! (1 − 1.02833…^−9)); with a 60 origination fee paid at signing the APR is 42.77%, above
//! Illinois' 36%.

use std::path::Path;

use loanlint::analysis::{Analysis, AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use rust_decimal_macros::dec;

const NOTE: &str = "# PERSONAL LOAN NOTE\n\n**Date:** May 4, 2026\n\n**Lender:** Prairie Quick Loans LLC, 88 Main St, Peoria\n**Borrower:** Dana K. Whitfield\n\n## 1. Amount\nYou borrow the sum of **$1,800.00**.\n\n## 2. Interest and fees\nInterest accrues at **34%** per year. An origination fee of **$60.00** is paid in cash when you sign.\n\n## 3. Payments\nYou will pay **9** monthly payments of **$229.39**, the first on **June 4, 2026**.\n\n## 4. Governing law\nThis note is governed by the laws of the State of **Illinois**.\n\n| **Item** | **Amount** |\n|---|---|\n| **Amount Financed** | **$1,740.00** |\n| **Total of Payments** | **$2,064.51** |\n";

fn analysed(text: &str, name: &str) -> Analysis {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let checker = Checker::load(&[]).unwrap();
    analyse_file_full(Path::new(&path), &AnalysisOptions::default(), &checker).unwrap()
}

#[test]
fn bold_figures_and_a_bold_state_read_as_plain_words() {
    for name in ["note.md", "note.txt"] {
        let a = analysed(NOTE, name);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(1800)),
            "{name}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(9), "{name}");
        assert_eq!(
            t.total_of_payments.as_ref().map(|c| c.amount),
            Some(dec!(2064.51)),
            "{name}"
        );
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.rule_id.starts_with("us-il")),
            "{name}: {:?}",
            a.report
                .findings
                .iter()
                .map(|f| &f.rule_id)
                .collect::<Vec<_>>()
        );
        // The same text without the marks reads the same (metamorphic).
        let plain = NOTE.replace("**", "").replace("## ", "").replace("# ", "");
        let b = analysed(&plain, name);
        assert_eq!(
            serde_json::to_value(&a.report.terms).unwrap()["principal"]["amount"],
            serde_json::to_value(&b.report.terms).unwrap()["principal"]["amount"]
        );
        let apr = |x: &Analysis| x.report.apr.as_ref().map(|r| r.nominal_percent.round_dp(2));
        assert_eq!(apr(&a), Some(dec!(42.77)), "{name}");
        assert_eq!(apr(&a), apr(&b), "{name}");
    }
}
