//! Every held-out document written as out of the bundled rules' scope (its name says
//! "out-of-scope": a foreign lender, law or currency) gets no finding of severity violation:
//! mainland, US or UK lending law applied to a Kazakh or Ghanaian loan is a false verdict.
//! The field-by-field check (`fresh_corpus`) does not compare a verdict written as null, so
//! this test holds these documents to "no violation" on their own. Each file must be read.

use std::path::PathBuf;

use crate::fresh_support as support;

fn out_of_scope_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for lang in ["zh", "en"] {
        let dir = support::fresh_dir().join(lang);
        let entries = std::fs::read_dir(&dir).expect("tests/fresh/<lang> is readable");
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.contains("out-of-scope") && !name.ends_with(".expected.json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn documents_out_of_scope_get_no_violation() {
    let files = out_of_scope_files();
    assert!(
        files.len() >= 40,
        "the held-out corpus names at least 40 out-of-scope files, found {}",
        files.len()
    );
    let checker = support::checker();
    let mut wrong = Vec::new();
    for path in &files {
        let report = support::analyse(path, &checker).unwrap_or_else(|e| panic!("{e}"));
        let violations: Vec<String> = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["severity"] == "violation")
            .filter_map(|f| f["rule_id"].as_str().map(str::to_string))
            .collect();
        if !violations.is_empty() {
            wrong.push(format!("{}: {violations:?}", path.display()));
        }
    }
    assert!(
        wrong.is_empty(),
        "violations out of scope:\n{}",
        wrong.join("\n")
    );
}
