#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Every sample contract's output compared whole with a golden file in `tests/golden/samples/`:
//! `check --format json` and the human report in Chinese and in English. The sample folder's
//! absolute path is redacted to `[SAMPLES]`. `LOANLINT_BLESS=1 cargo test --test suite sample_goldens::`
//! rewrites the golden files after an intended change (review the diff before committing).

use crate::common;

use std::path::Path;
use std::process::Command;

use common::{fixtures, golden};

/// The binary's standard output for `args` (exit codes are the case files' business).
fn stdout_of(args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_loanlint"))
        .args(args)
        .output()
        .expect("run loanlint");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "loanlint {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// The outputs of one sample, as (golden file, output) pairs.
fn outputs(sample: &Path) -> Vec<(String, String)> {
    let name = sample.file_name().and_then(|n| n.to_str()).expect("name");
    let redact = |s: String| golden::redact_path(&s, &fixtures::samples_dir(), "[SAMPLES]");
    let run = |extra: &[&str]| {
        let mut args = vec![std::ffi::OsStr::new("check"), sample.as_os_str()];
        args.extend(extra.iter().map(std::ffi::OsStr::new));
        redact(stdout_of(&args))
    };
    vec![
        (format!("samples/{name}.json"), run(&["--format", "json"])),
        (format!("samples/{name}.zh.txt"), run(&["--lang", "zh"])),
        (format!("samples/{name}.en.txt"), run(&["--lang", "en"])),
    ]
}

#[test]
fn every_sample_output_matches_its_golden_file() {
    let samples = fixtures::all_samples();
    // Two workers: each run is a separate process, mostly waiting on the PDF reader.
    let (even, odd): (Vec<_>, Vec<_>) = samples.iter().enumerate().partition(|(i, _)| i % 2 == 0);
    let problems: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = [even, odd]
            .into_iter()
            .map(|half| {
                scope.spawn(move || {
                    half.into_iter()
                        .flat_map(|(_, s)| outputs(s))
                        .filter_map(|(file, out)| golden::check(&file, &out))
                        .collect::<Vec<String>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect()
    });
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn golden_diff_shows_changed_lines_with_context() {
    let d = golden::diff("a\nb\nc\nd\ne\nf\ng\nh\ni\n", "a\nb\nc\nd\nE\nf\ng\nh\ni\n");
    assert_eq!(d, "@@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    assert_eq!(golden::diff("x\n", "x\n"), "");
    assert!(golden::diff("x\n", "x").contains("final newline"));
}
