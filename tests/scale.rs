#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Past one machine: work lists (`--files-from`), shards (`--shard I/N`), `summarize` of the
//! shards' JSON Lines, and the cluster scripts in `scripts/cluster/` that can run here.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use loanlint::audit::{Shard, path_hash};

const BIN: &str = env!("CARGO_BIN_EXE_loanlint");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run loanlint in the crate root with `stdin`; exit codes 0 and 1 (findings) are a success.
fn loanlint(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout_of(args: &[&str], stdin: &[u8]) -> String {
    let out = loanlint(args, stdin);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The sample contracts as the audit lists them (relative paths, sorted).
fn sample_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("sample-contracts"))
        .unwrap()
        .map(|e| {
            format!(
                "sample-contracts/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .filter(|f| [".pdf", ".txt", ".md"].iter().any(|x| f.ends_with(x)))
        .collect();
    files.sort();
    files
}

#[test]
fn the_path_hash_is_64_bit_fnv_1a() {
    // Published FNV-1a 64 test vectors (Fowler, Noll, Vo).
    assert_eq!(path_hash(Path::new("a")), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(path_hash(Path::new("foobar")), 0x8594_4171_f739_67e8);
    // One spelling of a path, one shard.
    assert_eq!(path_hash(Path::new("./a//b/")), path_hash(Path::new("a/b")));
}

#[test]
fn shards_cover_every_path_exactly_once() {
    let paths: Vec<PathBuf> = (0..2000)
        .map(|i| PathBuf::from(format!("loans/{}/contract-{i}.pdf", i % 37)))
        .collect();
    for count in 1..=7 {
        let shards: Vec<Shard> = (0..count).map(|index| Shard { index, count }).collect();
        for p in &paths {
            let owners = shards.iter().filter(|s| s.contains(p)).count();
            assert_eq!(owners, 1, "{} in {owners} of {count} shards", p.display());
        }
        // Not all in one shard: the hash spreads the files.
        if count > 1 {
            let biggest = shards
                .iter()
                .map(|s| paths.iter().filter(|p| s.contains(p)).count())
                .max()
                .unwrap();
            assert!(
                biggest < paths.len() * 2 / count as usize,
                "{count}: {biggest}"
            );
        }
    }
}

#[test]
fn a_shard_is_i_of_n_with_i_below_n() {
    assert_eq!("2/5".parse::<Shard>(), Ok(Shard { index: 2, count: 5 }));
    for bad in ["5/5", "1/0", "1", "a/b", "-1/3", ""] {
        assert!(bad.parse::<Shard>().is_err(), "{bad}");
    }
    let out = loanlint(&["audit", "sample-contracts", "--shard", "3/3"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 <= I < N"));
}

#[test]
fn the_union_of_shards_is_the_whole_audit_record_for_record() {
    let whole = stdout_of(&["audit", "sample-contracts", "--format", "jsonl"], b"");
    let whole: Vec<&str> = whole.lines().collect();
    assert_eq!(whole.len(), sample_files().len());
    // Each worker lists the files in its own order (here: reversed, and through stdin).
    let mut listed = sample_files();
    listed.reverse();
    let list = listed.join("\n");
    let mut union = Vec::new();
    for i in 0..3 {
        let shard = format!("{i}/3");
        let args = [
            "audit",
            "--files-from",
            "-",
            "--shard",
            &shard,
            "--format",
            "jsonl",
        ];
        union.extend(stdout_of(&args, list.as_bytes()).lines().map(str::to_owned));
    }
    let distinct: BTreeSet<&String> = union.iter().collect();
    assert_eq!(distinct.len(), union.len(), "a record appears twice");
    let mut whole_sorted: Vec<&str> = whole.clone();
    whole_sorted.sort_unstable();
    let mut union_sorted: Vec<&str> = union.iter().map(String::as_str).collect();
    union_sorted.sort_unstable();
    assert_eq!(union_sorted, whole_sorted);
}

#[test]
fn a_work_list_with_missing_and_duplicate_paths() {
    let list = "sample-contracts/zh-03-bank-compliant.txt\n\
                no/such/contract.pdf\n\
                sample-contracts/zh-03-bank-compliant.txt\r\n\
                \n\
                sample-contracts/en-04-us-credit-union-clean.txt\n";
    let out = loanlint(
        &["audit", "--files-from", "-", "--format", "csv"],
        list.as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a missing file is an unreadable one"
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let files: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "no/such/contract.pdf",
            "sample-contracts/en-04-us-credit-union-clean.txt",
            "sample-contracts/zh-03-bank-compliant.txt",
        ]
    );
    assert!(csv.contains("no/such/contract.pdf,not-found: "), "{csv}");
    // The same list NUL-separated (find -print0), from a file, beside a positional path.
    let dir = tempfile::tempdir().unwrap();
    let nul_list = dir.path().join("list");
    std::fs::write(&nul_list, list.replace("\r\n", "\n").replace('\n', "\0")).unwrap();
    let nul_list = nul_list.to_string_lossy().into_owned();
    let args = [
        "audit",
        "sample-contracts/zh-03-bank-compliant.txt",
        "--files-from",
        &nul_list,
        "--null",
        "--format",
        "csv",
    ];
    let again = loanlint(&args, b"");
    assert_eq!(String::from_utf8(again.stdout).unwrap(), csv);
}

#[test]
fn summarize_of_the_shards_is_the_audit_of_the_whole_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let mut shards = Vec::new();
    for i in 0..3 {
        let path = dir.path().join(format!("shard-{i}.jsonl"));
        let shard = format!("{i}/3");
        let args = [
            "audit",
            "sample-contracts",
            "--shard",
            &shard,
            "--format",
            "jsonl",
        ];
        std::fs::write(&path, stdout_of(&args, b"")).unwrap();
        shards.push(path.to_string_lossy().into_owned());
    }
    let html_a = dir.path().join("a.html").to_string_lossy().into_owned();
    let html_b = dir.path().join("b.html").to_string_lossy().into_owned();
    for format in ["table", "json", "jsonl", "csv", "markdown"] {
        let audit = stdout_of(
            &[
                "audit",
                "sample-contracts",
                "--format",
                format,
                "--html",
                &html_a,
            ],
            b"",
        );
        let mut args = vec!["summarize", "--format", format, "--html", &html_b];
        args.extend(shards.iter().map(String::as_str));
        assert_eq!(stdout_of(&args, b""), audit, "{format}");
        assert_eq!(
            std::fs::read_to_string(&html_b).unwrap(),
            std::fs::read_to_string(&html_a).unwrap(),
            "{format}: the HTML page"
        );
    }
    // Standard input: one shard read as `-`.
    let one = std::fs::read(&shards[0]).unwrap();
    let from_stdin = stdout_of(&["summarize", "-", "--format", "jsonl"], &one);
    assert_eq!(from_stdin.as_bytes(), one.as_slice());
}

#[test]
fn summarize_refuses_a_line_that_is_not_a_record() {
    let out = loanlint(&["summarize", "-"], b"{\"schema_version\":1}\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-:1: not an audit record"));
}

/// The report `audit` gives for the samples, as CSV (the reference for the cluster scripts).
fn audit_csv() -> String {
    stdout_of(&["audit", "sample-contracts", "--format", "csv"], b"")
}

/// A script's run: exit 1 (the samples have findings) and the same CSV as one audit.
fn assert_is_the_whole_report(out: Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), audit_csv());
}

/// Run a script of `scripts/cluster/` with the test binary as `loanlint`.
fn script(name: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let bin_dir = Path::new(BIN)
        .parent()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let path = format!("{bin_dir}:{}", std::env::var("PATH").unwrap_or_default());
    Command::new(root().join("scripts/cluster").join(name))
        .args(args)
        .current_dir(root())
        .env("LOANLINT", BIN)
        .env("PATH", path)
        .env("SUMMARIZE_ARGS", "--format csv")
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

#[test]
fn local_shards_with_xargs_give_the_whole_report() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("shards").to_string_lossy().into_owned();
    let out = script("local.sh", &["3", &out_dir, "sample-contracts"], &[]);
    assert_is_the_whole_report(out);
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 3);
}

#[test]
fn ssh_workers_give_the_whole_report() {
    // A stand-in for ssh that runs the remote command here (the host name is dropped).
    let dir = tempfile::tempdir().unwrap();
    let fake_ssh = dir.path().join("ssh");
    std::fs::write(&fake_ssh, "#!/bin/sh\nshift\nexec sh -c \"$*\"\n").unwrap();
    let hosts = dir.path().join("hosts");
    std::fs::write(&hosts, "worker-a\nworker-b\n").unwrap();
    Command::new("chmod")
        .arg("+x")
        .arg(&fake_ssh)
        .status()
        .unwrap();
    let out_dir = dir.path().join("shards").to_string_lossy().into_owned();
    let hosts = hosts.to_string_lossy().into_owned();
    let ssh = fake_ssh.to_string_lossy().into_owned();
    let out = script(
        "ssh.sh",
        &[&hosts, &out_dir, "sample-contracts"],
        &[("SSH", &ssh)],
    );
    assert_is_the_whole_report(out);
}

#[test]
fn gnu_parallel_gives_the_whole_report() {
    if Command::new("parallel").arg("--version").output().is_err() {
        eprintln!("skipped: GNU parallel is not installed (apt-get install parallel)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("parts").to_string_lossy().into_owned();
    let out = script("parallel.sh", &[&out_dir, "sample-contracts"], &[]);
    assert_is_the_whole_report(out);
}

#[test]
fn spark_local_mode_gives_the_whole_report() {
    let has = |cmd: &str, arg: &str| {
        Command::new(cmd)
            .arg(arg)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !has("java", "-version") || !has("python3", "--version") {
        eprintln!("skipped: Spark needs java and python3");
        return;
    }
    let pyspark = Command::new("python3")
        .args(["-c", "import pyspark"])
        .output();
    if !pyspark.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "skipped: pyspark is not installed (pip install -r scripts/cluster/spark/requirements.txt)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("paths.txt");
    std::fs::write(&list, sample_files().join("\n")).unwrap();
    let out_dir = dir.path().join("out");
    let status = Command::new("python3")
        .arg(root().join("scripts/cluster/spark/audit_spark.py"))
        .args([list.as_os_str(), out_dir.as_os_str()])
        .arg("3")
        .current_dir(root())
        .env("LOANLINT", BIN)
        .status()
        .unwrap();
    assert!(status.success());
    let mut parts: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        // Spark's own part files (`part-00000`), not its hidden `.part-00000.crc` checksums.
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("part-"))
        })
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    parts.sort();
    let mut args = vec!["summarize", "--format", "csv"];
    args.extend(parts.iter().map(String::as_str));
    assert_eq!(stdout_of(&args, b""), audit_csv());
}

#[test]
fn the_kubernetes_job_shards_by_completion_index() {
    let manifest = root().join("scripts/cluster/k8s/audit-job.yaml");
    // Parsed by PyYAML (no YAML parser among the crate's dependencies).
    let check = r#"
import json, sys, yaml
job = yaml.safe_load(open(sys.argv[1]))
spec = job["spec"]
pod = spec["template"]["spec"]
container = pod["containers"][0]
print(json.dumps({
  "apiVersion": job["apiVersion"], "kind": job["kind"],
  "completionMode": spec["completionMode"], "completions": spec["completions"],
  "parallelism": spec["parallelism"], "restartPolicy": pod["restartPolicy"],
  "script": " ".join(container["command"] + container["args"]),
  "mounts": sorted(m["mountPath"] for m in container["volumeMounts"]),
}))
"#;
    let out = Command::new("python3")
        .args(["-c", check])
        .arg(&manifest)
        .output();
    let out = match out {
        Ok(o) if o.status.success() => o,
        Ok(o) if String::from_utf8_lossy(&o.stderr).contains("No module named 'yaml'") => {
            eprintln!("skipped: PyYAML is not installed");
            return;
        }
        Ok(o) => panic!("{}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => {
            eprintln!("skipped: python3 is not available ({e})");
            return;
        }
    };
    let job: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(job["apiVersion"], "batch/v1");
    assert_eq!(job["kind"], "Job");
    assert_eq!(job["completionMode"], "Indexed");
    assert_eq!(job["restartPolicy"], "Never");
    let n = job["completions"].as_u64().unwrap();
    assert!(n >= 1 && job["parallelism"].as_u64() == Some(n));
    let script = job["script"].as_str().unwrap();
    let shard = format!("--shard \"${{JOB_COMPLETION_INDEX}}/{n}\"");
    assert!(script.contains(&shard), "{script}");
    assert!(script.contains("--format jsonl") && script.contains("audit /contracts"));
    assert!(script.contains("/out/shard-${JOB_COMPLETION_INDEX}.jsonl"));
    assert_eq!(job["mounts"], serde_json::json!(["/contracts", "/out"]));
}

// ---- The reader-child pool: one long-lived child per worker, replaced after a crash ----

/// A valid one-page PDF whose content stream shows `lines` lines of text: correct, but slow
/// to extract, so that its reader can be killed mid-document. Every line is placed on the page
/// (60 rows, written over again and again): text that runs off the page below its box is
/// dropped cheaply by the reader, and such a file took only about 0.3 s of CPU, too little to
/// be sure of catching its reader mid-document.
fn slow_pdf(lines: usize) -> Vec<u8> {
    let mut content = String::from("BT /F1 10 Tf\n");
    for i in 0..lines {
        let y = 760 - (i % 60) * 12;
        content.push_str(&format!(
            "1 0 0 1 72 {y} Tm (Loan amount {i} CNY, the borrower repays monthly) Tj\n"
        ));
    }
    content.push_str("ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
         /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

/// Lines in the slow PDF: several seconds of extraction in a debug build (about 15 s of CPU
/// for the whole `check`, measured; the reader is killed after 0.3 s).
const SLOW_LINES: usize = 400_000;

fn hostile_base() -> PathBuf {
    root().join("tests/fixtures/hostile/base.pdf")
}

/// CPU time (user + system, in clock ticks) of process `pid`, `None` once it is gone.
#[cfg(target_os = "linux")]
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = stat.get(stat.rfind(')')? + 1..)?;
    let f: Vec<&str> = after.split_whitespace().collect();
    Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
}

/// Wait until `pid` has used `ticks` more clock ticks of CPU than `from` (it is working on
/// the document it was sent), then kill it with SIGKILL.
#[cfg(target_os = "linux")]
fn kill_when_busy(pid: u32, from: u64, ticks: u64) {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let used = cpu_ticks(pid).expect("the reader child is alive mid-document");
        if used >= from + ticks {
            break;
        }
        assert!(
            std::time::Instant::now() < until,
            "the reader never got busy"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let status = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[cfg(target_os = "linux")]
#[test]
fn one_reader_child_serves_many_files_and_a_killed_one_is_replaced() {
    use loanlint::read::{self, ReadOptions, isolate};
    let dir = tempfile::tempdir().unwrap();
    let slow = dir.path().join("slow.pdf");
    std::fs::write(&slow, slow_pdf(SLOW_LINES)).unwrap();
    let options = ReadOptions {
        isolate: Some(PathBuf::from(BIN)),
        timeout: std::time::Duration::from_secs(300),
        ..ReadOptions::default()
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        let base = hostile_base();
        read::read_file(&base, &options).unwrap();
        let first = isolate::reader_id().unwrap();
        read::read_file(&base, &options).unwrap();
        // No exec per file: the second file went to the same child.
        assert_eq!(isolate::reader_id(), Some(first));
        tx.send(first).unwrap();
        let killed = read::read_file(&slow, &options);
        let after = read::read_file(&base, &options);
        let next = isolate::reader_id();
        isolate::close_reader();
        (first, killed, after, next)
    });
    let pid = rx.recv().unwrap();
    let from = cpu_ticks(pid).unwrap();
    kill_when_busy(pid, from, 30);
    let (first, killed, after, next) = worker.join().unwrap();
    let err = killed.expect_err("the killed document is an error");
    assert_eq!(err.reason(), "crashed", "{err}");
    assert!(err.to_string().contains("signal 9"), "{err}");
    let doc = after.expect("the next file is read by a fresh child");
    assert!(doc.text.contains("Loan amount 10000 CNY"), "{}", doc.text);
    assert!(next.is_some_and(|n| n != first), "{next:?} vs {first}");
}

/// The pids of `parent`'s child processes whose command line contains `needle`.
#[cfg(target_os = "linux")]
fn children_running(parent: u32, needle: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{parent}/task")) else {
        return out;
    };
    for task in tasks.flatten() {
        let list = std::fs::read_to_string(task.path().join("children")).unwrap_or_default();
        for pid in list
            .split_whitespace()
            .filter_map(|p| p.parse::<u32>().ok())
        {
            let cmd = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            if String::from_utf8_lossy(&cmd).contains(needle) {
                out.push(pid);
            }
        }
    }
    out
}

#[cfg(target_os = "linux")]
#[test]
fn audit_records_a_reader_killed_mid_document_and_reads_the_next_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a-slow.pdf"), slow_pdf(SLOW_LINES)).unwrap();
    std::fs::copy(hostile_base(), dir.path().join("b-base.pdf")).unwrap();
    let child = Command::new(BIN)
        .args(["audit", "--jobs", "1", "--format", "jsonl", "--exit-zero"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let reader = loop {
        if let Some(pid) = children_running(child.id(), "__read-pdf").first() {
            break *pid;
        }
        assert!(std::time::Instant::now() < until, "no reader child started");
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let from = cpu_ticks(reader).unwrap();
    kill_when_busy(reader, from, 30);
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let records: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 2, "{text}");
    let slow = &records[0];
    assert!(
        slow["file"].as_str().unwrap().ends_with("a-slow.pdf"),
        "{slow}"
    );
    assert_eq!(slow["error"]["reason"], "crashed", "{slow}");
    assert!(
        slow["error"]["message"]
            .as_str()
            .unwrap()
            .contains("signal 9"),
        "{slow}"
    );
    let next = &records[1];
    assert!(
        next["file"].as_str().unwrap().ends_with("b-base.pdf"),
        "{next}"
    );
    assert!(next.get("error").is_none(), "{next}");
}
