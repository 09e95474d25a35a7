#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! CLI behaviour: exit codes, formats, errors on unreadable input.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;

fn loanlint() -> Command {
    Command::cargo_bin("loanlint").expect("binary built")
}

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p
}

#[test]
fn missing_file_is_exit_2_with_the_file_named() {
    loanlint()
        .args(["check", "no/such/contract.pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/contract.pdf"))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn unreadable_pdf_is_a_clear_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let junk = write(
        dir.path(),
        "junk.pdf",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf at all\n",
    );
    let empty = write(dir.path(), "empty.pdf", b"");
    let text = write(dir.path(), "notes.pdf", b"just some text, no PDF header");
    for f in [&junk, &empty, &text] {
        loanlint()
            .arg("check")
            .arg(f)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                f.file_name().and_then(|n| n.to_str()).unwrap_or("?"),
            ))
            .stderr(predicate::str::contains("panicked").not());
    }
}

#[test]
fn unsupported_extension_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = write(dir.path(), "contract.docx", b"PK\x03\x04");
    loanlint()
        .arg("check")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unsupported file type"));
}

#[test]
fn usage_error_is_exit_2() {
    loanlint().args(["check"]).assert().code(2);
    loanlint().args(["frobnicate"]).assert().code(2);
    loanlint()
        .args(["check", "x.txt", "--fail-on", "sometimes"])
        .assert()
        .code(2);
}

#[test]
fn gbk_text_contract_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (gbk, _, _) =
        encoding_rs::GBK.encode("借款合同\n借款金额：人民币壹万元整（￥10,000.00）。\n");
    let f = write(dir.path(), "gbk.txt", &gbk);
    loanlint()
        .arg("text")
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains("借款金额"));
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
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
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
    assert_eq!(reason("empty.pdf").as_deref(), Some("not-pdf"));
    // Owner-password files (no user password) are read.
    assert_eq!(reason("aes128_owner.pdf"), None);
    assert!(stderr.contains("could not be read"), "{stderr}");
}

fn sample(name: &str) -> std::path::PathBuf {
    common::samples_dir().join(name)
}

#[test]
fn exit_codes_follow_the_worst_finding_and_fail_on() {
    // zh-01 has violations (fee deducted up front): 1; --exit-zero: 0.
    let zh01 = sample("zh-01-wangdai-equal-installment.pdf");
    loanlint()
        .arg("check")
        .arg(&zh01)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("cn-lic-upfront-fee-deduction"));
    loanlint()
        .arg("check")
        .arg(&zh01)
        .arg("--exit-zero")
        .assert()
        .code(0);
    // zh-03 is a compliant bank loan: 0 at the default --fail-on violation.
    let zh03 = sample("zh-03-bank-compliant.txt");
    loanlint().arg("check").arg(&zh03).assert().code(0);
    // A contract whose worst finding is a warning: 0 by default, 1 with --fail-on warning.
    let dir = tempfile::tempdir().expect("tempdir");
    let warn_only = write(
        dir.path(),
        "w.txt",
        "个人消费借款合同\n贷款人：某某银行股份有限公司\n借款人同意授权贷款人读取其手机通讯录信息。\n".as_bytes(),
    );
    let json = loanlint()
        .args(["check", "--format", "json"])
        .arg(&warn_only)
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let severities: Vec<&str> = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["severity"].as_str())
        .collect();
    assert!(
        severities.contains(&"warning") && !severities.contains(&"violation"),
        "{severities:?}"
    );
    assert_eq!(json.status.code(), Some(0));
    loanlint()
        .args(["check", "--fail-on", "warning"])
        .arg(&warn_only)
        .assert()
        .code(1);
}

#[test]
fn every_sample_checks_in_both_output_formats() {
    let mut names: Vec<_> = std::fs::read_dir(common::samples_dir())
        .expect("samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "pdf" || x == "txt"))
        .collect();
    names.sort();
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
fn report_language_can_be_chosen() {
    let zh01 = sample("zh-01-wangdai-equal-installment.txt");
    loanlint()
        .args(["check", "--lang", "en", "--exit-zero"])
        .arg(&zh01)
        .assert()
        .success()
        .stdout(predicate::str::contains("Key terms"));
    loanlint()
        .args(["check", "--exit-zero"])
        .arg(&zh01)
        .assert()
        .success()
        .stdout(predicate::str::contains("实际年化成本"));
}

#[test]
fn apr_command_quick_form_and_flows() {
    // PBoC example: 100,000 less 1,000, 12 × 8,833.3 -> 12.80% simple, 13.58% compound.
    let out = loanlint()
        .args([
            "apr",
            "--amount",
            "100000",
            "--deducted",
            "1000",
            "--payment",
            "8833.3",
            "--count",
            "12",
            "--method",
            "cn-irr",
            "--format",
            "json",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["method"], "cn-irr");
    assert_eq!(v["apr_rounded"], "12.80");
    assert!(
        v["effective_percent"]
            .as_str()
            .is_some_and(|s| s.starts_with("13.58"))
    );
    // A disclosed APR outside the Reg Z tolerance exits 1.
    loanlint()
        .args([
            "apr",
            "--amount",
            "5000",
            "--deducted",
            "200",
            "--payment",
            "161.34",
            "--count",
            "36",
            "--disclosed",
            "10",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("12.83"));
    let dir = tempfile::tempdir().expect("tempdir");
    let flows = write(
        dir.path(),
        "f.json",
        br#"{"advances": [{"amount": "1000", "date": "1994-01-01"}], "payments": [{"amount": "1200", "date": "1995-07-01"}]}"#,
    );
    let out = loanlint()
        .args(["apr", "--method", "eu-aprc", "--format", "json", "--flows"])
        .arg(&flows)
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["apr_rounded"], "12.96", "EU Directive 98/7 example A1");
    let bad = write(dir.path(), "bad.json", b"{\"advances\": [}");
    loanlint()
        .args(["apr", "--flows"])
        .arg(&bad)
        .assert()
        .code(2);
}

#[test]
fn overdue_command_shows_the_arithmetic_and_the_legal_maximum() {
    let zh01 = sample("zh-01-wangdai-equal-installment.txt");
    let out = loanlint()
        .args(["overdue", "--days", "30", "--format", "json"])
        .arg(&zh01)
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let o = &v["overdue"];
    assert_eq!(o["days"], 30);
    assert!(o["components"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(
        o["components"][0]["arithmetic"]
            .as_str()
            .is_some_and(|a| a.contains("30 days"))
    );
    assert!(
        o["legal_max_charges"].is_string(),
        "the licensed-lending ruleset caps default charges"
    );
    let demanded = loanlint()
        .args([
            "overdue",
            "--days",
            "1",
            "--demanded",
            "3000",
            "--lang",
            "en",
        ])
        .arg(&zh01)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&demanded.stdout);
    assert!(text.contains("Above what the contract allows"), "{text}");
    assert_eq!(demanded.status.code(), Some(1));
}

#[test]
fn message_command_reads_stdin() {
    loanlint()
        .args(["message", "-"])
        .write_stdin("你再不还钱就爆你通讯录，让你全家都知道。")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("msg-threat-contacts"));
    loanlint()
        .args(["message", "-"])
        .write_stdin("【某某银行】您的贷款本期应还1,000.00元，请于本月20日前通过官方App还款。")
        .assert()
        .code(0);
}

#[test]
fn rules_list_and_show() {
    loanlint()
        .args(["rules", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("cn-pl-interest-above-4x-lpr"));
    loanlint()
        .args(["rules", "show", "uk-hcstc-daily-cost-cap"])
        .assert()
        .success()
        .stdout(predicate::str::contains("CONC"))
        .stdout(predicate::str::contains("total-cost-cap"));
    loanlint()
        .args(["rules", "show", "no-such-rule"])
        .assert()
        .code(2);
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = write(
        dir.path(),
        "bad.toml",
        b"id = \"x\"\nname = \"y\"\nunknown_key = 1\n",
    );
    loanlint()
        .args(["rules", "list", "--ruleset"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml"));
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
    std::thread::sleep(std::time::Duration::from_millis(150));
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
