#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! CLI behaviour that needs code: the JSON schema, atomic output files, parallel audit order,
//! Ctrl-C. Plain command-in/output-out behaviour lives in the case files in `tests/cmd/`.

use crate::common;

use assert_cmd::Command;
use common::fixtures::write;

fn loanlint() -> Command {
    Command::cargo_bin("loanlint").expect("binary built")
}

#[test]
fn json_output_matches_the_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = write(
        dir.path(),
        "c.txt",
        "借款合同\n借款金额：人民币壹万元整（￥10,000.00）。借款期限12个月，按等额本息方式还款，日利率0.05%。\n".as_bytes(),
    );
    let out = loanlint()
        .args(["check", "--format", "json", "--exit-zero"])
        .arg(&f)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["language"], "zh");
    common::validate_against("schema/report.schema.json", &v).expect("schema-valid");
}

#[test]
fn schema_rejects_a_broken_report() {
    // The schema must be able to fail: a report without findings and with a numeric amount.
    let bad = serde_json::json!({"schema_version": 1, "file": "x", "language": "zh", "apr": null,
        "terms": {"principal": {"amount": 10000, "currency": "CNY", "evidence": {}}, "disbursed": null,
                  "term": null, "repayment": null, "rates": [], "fees": []}});
    assert!(common::validate_against("schema/report.schema.json", &bad).is_err());
}

#[test]
fn audit_reports_broken_files_and_exits_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.txt",
        "借款合同。借款金额10000元。".as_bytes(),
    );
    write(dir.path(), "b.pdf", b"%PDF-1.7 broken");
    write(dir.path(), ".hidden.txt", b"hidden");
    std::fs::create_dir(dir.path().join("x.pdf")).expect("dir");
    let out = loanlint()
        .args(["audit", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("jsonl"))
        .collect();
    let files: Vec<&str> = records.iter().filter_map(|r| r["file"].as_str()).collect();
    assert_eq!(
        files.len(),
        2,
        "hidden file and the x.pdf directory are not files to read: {files:?}"
    );
    assert!(
        files[0].ends_with("a.txt") && files[1].ends_with("b.pdf"),
        "sorted by path: {files:?}"
    );
    assert!(records[0]["error"].is_null());
    assert!(records[1]["error"]["reason"].is_string());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn audit_output_file_is_written_whole_and_never_into_the_input() {
    let input = tempfile::tempdir().expect("tempdir");
    let outdir = tempfile::tempdir().expect("tempdir");
    for i in 0..5 {
        write(
            input.path(),
            &format!("c{i}.txt"),
            format!("借款合同。借款金额{}元。", 1000 * (i + 1)).as_bytes(),
        );
    }
    let before: Vec<_> = std::fs::read_dir(input.path())
        .expect("ls")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    let report = outdir.path().join("audit.csv");
    loanlint()
        .args(["audit", "--format", "csv", "--jobs", "2", "--output"])
        .arg(&report)
        .arg(input.path())
        .assert()
        .success();
    let csv = std::fs::read_to_string(&report).expect("report written");
    assert_eq!(csv.lines().count(), 6, "header + one row per file:\n{csv}");
    assert!(csv.starts_with("file,error,language,principal"));
    let after: Vec<_> = std::fs::read_dir(input.path())
        .expect("ls")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        before.len(),
        after.len(),
        "nothing written into the input folder"
    );
    let leftovers: Vec<_> = std::fs::read_dir(outdir.path())
        .expect("ls")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "no temp file left behind");
}

#[test]
fn audit_order_does_not_depend_on_jobs() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..20 {
        std::fs::create_dir_all(dir.path().join(format!("d{}", i % 3))).expect("mkdir");
        write(
            &dir.path().join(format!("d{}", i % 3)),
            &format!("f{i:02}.txt"),
            format!("借款金额{}元。", i + 1).as_bytes(),
        );
    }
    let run = |jobs: &str| {
        loanlint()
            .args(["audit", "--format", "csv", "--jobs", jobs])
            .arg(dir.path())
            .output()
            .expect("run")
            .stdout
    };
    assert_eq!(run("1"), run("2"));
}

#[test]
fn audit_html_report_is_well_formed_and_lists_every_file() {
    let input = tempfile::tempdir().expect("tempdir");
    let outdir = tempfile::tempdir().expect("tempdir");
    write(
        input.path(),
        "a<&>.txt",
        "借款合同。借款金额10000元。".as_bytes(),
    );
    write(input.path(), "b.pdf", b"%PDF-1.7 broken");
    write(
        input.path(),
        "c.txt",
        b"LOAN AGREEMENT. Principal amount: $5,000.00.",
    );
    let page = outdir.path().join("report.html");
    loanlint()
        .args(["audit", "--format", "jsonl", "--html"])
        .arg(&page)
        .arg(input.path())
        .assert()
        .code(2);
    let html = std::fs::read_to_string(&page).expect("html written");
    // Well-formed: parses as XML to the end with matching tags.
    let mut reader = quick_xml::Reader::from_str(&html);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "unbalanced tags");
    assert!(html.contains("a&lt;&amp;&gt;.txt"));
    assert!(html.contains("b.pdf") && html.contains("c.txt"));
    assert!(
        !html.contains("src=\"http") && !html.contains("<script"),
        "self-contained"
    );
}

#[test]
fn audit_of_the_hostile_set_reports_each_broken_file_and_exits_2() {
    let dir = common::fixtures::fixture("hostile");
    let out = loanlint()
        .args(["audit", "--format", "jsonl", "--jobs", "2"])
        .arg(&dir)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let records: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("jsonl"))
        .collect();
    let files = std::fs::read_dir(&dir)
        .expect("ls")
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().is_file()))
        .count();
    assert_eq!(records.len(), files, "one record per file");
    let reason = |name: &str| {
        records
            .iter()
            .find(|r| r["file"].as_str().is_some_and(|f| f.ends_with(name)))
            .and_then(|r| r["error"]["reason"].as_str().map(str::to_owned))
    };
    assert_eq!(reason("aes256_user.pdf").as_deref(), Some("encrypted"));
    assert_eq!(reason("rc4_40_user.pdf").as_deref(), Some("encrypted"));
    assert_eq!(reason("random_noheader.pdf").as_deref(), Some("not-pdf"));
    assert_eq!(reason("image_only.pdf").as_deref(), Some("no-text"));
    assert_eq!(reason("empty.pdf").as_deref(), Some("empty"));
    // Owner-password files (no user password) are read.
    assert_eq!(reason("aes128_owner.pdf"), None);
    assert!(stderr.contains("could not be read"), "{stderr}");
}

#[test]
fn every_sample_checks_in_both_output_formats() {
    let names = common::fixtures::all_samples();
    assert!(names.len() >= 16);
    for p in names {
        let human = loanlint().arg("check").arg(&p).output().expect("run");
        let json = loanlint()
            .args(["check", "--format", "json"])
            .arg(&p)
            .output()
            .expect("run");
        assert_eq!(human.status.code(), json.status.code(), "{}", p.display());
        assert!(
            matches!(human.status.code(), Some(0 | 1)),
            "{}: {:?}",
            p.display(),
            human.status
        );
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
        let has_violation = v["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|f| f["severity"] == "violation");
        assert_eq!(
            json.status.code(),
            Some(if has_violation { 1 } else { 0 }),
            "{}",
            p.display()
        );
        let text = String::from_utf8_lossy(&human.stdout);
        let heading = if v["language"] == "zh" {
            "主要条款"
        } else {
            "Key terms"
        };
        assert!(
            text.contains(heading),
            "{}: human report in the contract's language",
            p.display()
        );
    }
}

#[test]
fn ctrl_c_leaves_complete_records_only() {
    let input = tempfile::tempdir().expect("tempdir");
    let outdir = tempfile::tempdir().expect("tempdir");
    for i in 0..400 {
        write(
            input.path(),
            &format!("c{i:03}.txt"),
            format!(
                "借款合同。借款金额{}元，借款期限12个月，年利率12%。",
                1000 + i
            )
            .as_bytes(),
        );
    }
    let report = outdir.path().join("out.jsonl");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("loanlint"))
        .args(["audit", "--format", "jsonl", "--jobs", "1", "--output"])
        .arg(&report)
        .arg(input.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Interrupt once the run has started (its temporary output exists), not after a fixed delay:
    // on a loaded machine 150 ms may pass before the Ctrl-C handler is installed.
    let started = std::time::Instant::now();
    while std::fs::read_dir(outdir.path()).map_or(0, |d| d.count()) == 0
        && started.elapsed() < std::time::Duration::from_secs(30)
    {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    std::thread::sleep(std::time::Duration::from_millis(100));
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = child.wait().expect("wait");
    let text = std::fs::read_to_string(&report).unwrap_or_default();
    // Interrupted (130) or already finished (0/1): either way every line is a whole record.
    match status.code() {
        Some(130) => assert!(text.lines().count() < 400),
        Some(0 | 1) => assert_eq!(text.lines().count(), 400),
        other => panic!("unexpected exit {other:?}"),
    }
    for line in text.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("a complete JSON record");
    }
    let leftovers = std::fs::read_dir(outdir.path())
        .expect("ls")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("partial"))
        .count();
    assert_eq!(leftovers, 0, "no temp file left behind");
}
