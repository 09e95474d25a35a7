//! Process isolation: extract a PDF in a child process (the loanlint binary re-executing
//! itself as `loanlint __read-pdf <file> ...`) with a wall-clock and a memory limit, so that
//! a panic, an abort, a stack overflow or a runaway allocation in a PDF library costs one
//! file, reported as a clear error, never the whole run.
//!
//! Protocol: the child writes one line to stdout, `loanlint-read-v1 ` followed by a JSON
//! [`Reply`], and exits 0. Anything else (a signal, no reply line) is a crash. Nothing is
//! written to disk.

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::document::Document;
use super::error::ReadError;
use super::options::{Engine, ReadOptions};
use super::pdf::{Extracted, extract_file, read_pdf};
use super::process::run_for_file;
use super::sniff::{looks_like_pdf, regular_file};

/// The hidden subcommand the binary must route to [`child_main`].
pub const SUBCOMMAND: &str = "__read-pdf";
const MARKER: &str = "loanlint-read-v1 ";

/// The child's answer.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
enum Reply {
    Ok(Extracted),
    Err { reason: String, detail: String },
}

/// The binary's first step: when this process was started as the isolated reader
/// (`loanlint __read-pdf FILE ...`), read the file, write the reply and return the exit
/// code; `None` when it was started for anything else.
pub fn run_child_if_asked() -> Option<std::process::ExitCode> {
    let args: Vec<OsString> = std::env::args_os().collect();
    if !args.get(1).is_some_and(|a| is_subcommand(a)) {
        return None;
    }
    let code = child_main(args.get(2..).unwrap_or_default());
    Some(std::process::ExitCode::from(
        u8::try_from(code).unwrap_or(2),
    ))
}

/// Entry point of the hidden `__read-pdf` subcommand. `args` may be the whole command line
/// or only what follows the subcommand: `<file> [--timeout-secs N] [--max-memory BYTES]
/// [--ocr]`. Returns the process exit code (0 when a reply was written, 2 on bad usage).
pub fn child_main(args: &[OsString]) -> i32 {
    let rest = match args.iter().position(|a| a == SUBCOMMAND) {
        Some(i) => args.get(i + 1..).unwrap_or_default(),
        None => args,
    };
    let Some((file, flags)) = rest.split_first() else {
        return 2;
    };
    let mut options = ReadOptions::default();
    let mut it = flags.iter();
    while let Some(flag) = it.next() {
        let value = |v: Option<&OsString>| {
            v.and_then(|v| v.to_str())
                .and_then(|v| v.parse::<u64>().ok())
        };
        match flag.to_str() {
            Some("--ocr") => options.ocr = true,
            Some("--timeout-secs") => match value(it.next()) {
                Some(v) => options.timeout = Duration::from_secs(v),
                None => return 2,
            },
            Some("--max-memory") => match value(it.next()) {
                Some(v) => options.max_memory = v,
                None => return 2,
            },
            _ => return 2,
        }
    }
    limit_self(&options);
    let path = Path::new(file);
    let reply = match extract_file(path, &options) {
        Ok(extracted) => Reply::Ok(extracted),
        Err(e) => Reply::Err {
            reason: e.reason().to_string(),
            detail: detail_of(&e),
        },
    };
    let Ok(json) = serde_json::to_string(&reply) else {
        return 3;
    };
    let mut out = std::io::stdout().lock();
    let written = writeln!(out, "{MARKER}{json}").and_then(|_| out.flush());
    if written.is_ok() { 0 } else { 3 }
}

/// Limit this (child) process: address space to the memory limit, CPU time to the
/// wall-clock limit plus a margin (a backstop should the parent's timer fail).
fn limit_self(options: &ReadOptions) {
    #[cfg(unix)]
    {
        use rlimit::Resource;
        if options.max_memory > 0 {
            let _ = Resource::AS.set(options.max_memory, options.max_memory);
        }
        let cpu = options.timeout.as_secs().saturating_add(5);
        let _ = Resource::CPU.set(cpu, cpu.saturating_add(1));
        // A crashing child must not write a core file.
        let _ = Resource::CORE.set(0, 0);
    }
}

fn detail_of(e: &ReadError) -> String {
    match e {
        ReadError::Io { source, .. } => source.to_string(),
        ReadError::Damaged { detail, .. }
        | ReadError::Other { detail, .. }
        | ReadError::Crashed { detail, .. } => detail.clone(),
        ReadError::Timeout { seconds, .. } => seconds.to_string(),
        _ => String::new(),
    }
}

fn error_from(reason: &str, detail: String, path: &str) -> ReadError {
    let path = path.to_string();
    match reason {
        "io" => ReadError::Io {
            path,
            source: std::io::Error::other(detail),
        },
        "unsupported" => ReadError::Unsupported { path },
        "not-pdf" => ReadError::NotPdf { path },
        "empty" => ReadError::Empty { path },
        "encrypted" => ReadError::Encrypted { path },
        "damaged" => ReadError::Damaged { path, detail },
        "no-text" => ReadError::NoText { path },
        "encoding" => ReadError::Encoding { path },
        "crashed" => ReadError::Crashed { path, detail },
        "timeout" => ReadError::Timeout {
            path,
            seconds: detail.parse().unwrap_or(0),
        },
        _ => ReadError::Other { path, detail },
    }
}

/// Read a PDF through a child process of `exe`.
pub fn read_isolated(
    exe: &Path,
    path: &Path,
    options: &ReadOptions,
) -> Result<Document, ReadError> {
    let name = path.display().to_string();
    precheck(path, &name)?;
    if options.engine == Engine::Pdftotext {
        // Already an external process: nothing to isolate.
        return read_pdf(path, options);
    }
    let mut cmd = Command::new(exe);
    cmd.arg(SUBCOMMAND)
        .arg(absolute(path))
        .arg("--timeout-secs")
        .arg(options.timeout.as_secs().max(1).to_string())
        .arg("--max-memory")
        .arg(options.max_memory.to_string());
    if options.ocr {
        cmd.arg("--ocr");
    }
    cmd.env("RUST_BACKTRACE", "0");
    let tool = format!("the reader process {}", exe.display());
    let (status, out, err) = run_for_file(&mut cmd, options.timeout, &name, &tool)?;
    let text = String::from_utf8_lossy(&out);
    if let Some(line) = text.lines().rev().find_map(|l| l.strip_prefix(MARKER)) {
        return match serde_json::from_str::<Reply>(line) {
            Ok(Reply::Ok(extracted)) => Ok(extracted.into_document(path)),
            Ok(Reply::Err { reason, detail }) => Err(error_from(&reason, detail, &name)),
            Err(e) => Err(ReadError::Crashed {
                path: name,
                detail: format!("unreadable reply from the reader process: {e}"),
            }),
        };
    }
    Err(ReadError::Crashed {
        path: name,
        detail: crash_detail(status, &String::from_utf8_lossy(&err), options),
    })
}

/// Say why the child died, from its exit status and the last words on its stderr.
fn crash_detail(
    status: Option<std::process::ExitStatus>,
    stderr: &str,
    options: &ReadOptions,
) -> String {
    let low = stderr.to_ascii_lowercase();
    if low.contains("memory allocation")
        || low.contains("out of memory")
        || low.contains("capacity overflow")
    {
        return format!(
            "the PDF needs more than the memory limit of {} MiB",
            options.max_memory >> 20
        );
    }
    if low.contains("overflowed its stack") {
        return "the PDF library overflowed its stack (deeply nested or looping structure)".into();
    }
    let how = match status {
        None => "the reader process could not be waited for".to_string(),
        Some(s) => {
            #[cfg(unix)]
            {
                use std::os::unix::process::ExitStatusExt;
                if let Some(sig) = s.signal() {
                    let what = match sig {
                        6 => "aborted",
                        9 => "killed",
                        11 => "segmentation fault",
                        24 => "CPU time limit",
                        _ => "signal",
                    };
                    format!("the reader process died ({what}, signal {sig})")
                } else {
                    format!("the reader process exited with {s}")
                }
            }
            #[cfg(not(unix))]
            {
                format!("the reader process exited with {s}")
            }
        }
    };
    match stderr.lines().rev().find(|l| !l.trim().is_empty()) {
        Some(last) => format!("{how}: {}", last.trim()),
        None => how,
    }
}

/// The errors the parent can tell without starting a child: unreadable path, not a PDF.
fn precheck(path: &Path, name: &str) -> Result<(), ReadError> {
    let io = |source| ReadError::Io {
        path: name.to_string(),
        source,
    };
    regular_file(path, name)?;
    let mut head = Vec::with_capacity(1024);
    std::fs::File::open(path)
        .and_then(|f| f.take(1024).read_to_end(&mut head))
        .map_err(io)?;
    if looks_like_pdf(&head) {
        Ok(())
    } else {
        Err(ReadError::NotPdf {
            path: name.to_string(),
        })
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Whether `arg` is the hidden subcommand (for the binary's argument dispatch).
pub fn is_subcommand(arg: &OsStr) -> bool {
    arg == SUBCOMMAND
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_usage_is_exit_code_2() {
        assert_eq!(child_main(&[]), 2);
        assert_eq!(child_main(&[OsString::from(SUBCOMMAND)]), 2);
        let args = [OsString::from("x.pdf"), OsString::from("--bogus")];
        assert_eq!(child_main(&args), 2);
        let args = [OsString::from("x.pdf"), OsString::from("--max-memory")];
        assert_eq!(child_main(&args), 2);
    }

    #[test]
    fn error_reasons_survive_the_protocol() {
        for e in [
            ReadError::Encrypted { path: "a".into() },
            ReadError::NoText { path: "a".into() },
            ReadError::Damaged {
                path: "a".into(),
                detail: "bad xref".into(),
            },
            ReadError::Timeout {
                path: "a".into(),
                seconds: 9,
            },
        ] {
            let back = error_from(e.reason(), detail_of(&e), "a");
            assert_eq!(back.to_string(), e.to_string());
        }
    }
}
