//! Process isolation: extract a PDF in a child process (the loanlint binary re-executing
//! itself as `loanlint __read-pdf <file> ...`) with a wall-clock and a memory limit, so that
//! a panic, an abort, a stack overflow or a runaway allocation in a PDF library costs one
//! file, reported as a clear error, never the whole run.
//!
//! Each worker thread keeps one long-lived reader child (`loanlint __read-pdf --serve ...`)
//! instead of starting one per file: the parent sends a PDF as two length-prefixed frames on
//! the child's stdin (a JSON [`Request`], then the file's bytes), the child answers with one
//! frame holding a JSON [`Reply`]. A child that crashes or passes the time limit is killed
//! and costs that one file; the next file gets a fresh child, as does every
//! [`FILES_PER_CHILD`]th file (a bound on slow leaks and heap growth). The memory limit is
//! the child's address-space limit; its CPU-time backstop is renewed before each document.
//!
//! One-shot protocol (`loanlint __read-pdf FILE ...`, kept for callers outside the pool):
//! the child writes one line to stdout, `loanlint-read-v1 ` followed by a JSON [`Reply`],
//! and exits 0. Anything else (a signal, no reply line) is a crash. Nothing is written to
//! disk.

use std::cell::RefCell;
use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::document::Document;
use super::error::ReadError;
use super::options::{Engine, ReadOptions};
use super::panics::quiet_panics;
use super::pdf::{Extracted, extract_bytes, extract_file, read_pdf};
use super::process::{Exchange, FramedChild, read_frame, write_frame};
use super::sniff::{looks_like_pdf, regular_file};

/// The hidden subcommand the binary must route to [`child_main`].
pub const SUBCOMMAND: &str = "__read-pdf";
const MARKER: &str = "loanlint-read-v1 ";
/// The first argument after [`SUBCOMMAND`] that starts a long-lived reader.
const SERVE: &str = "--serve";
/// Files one reader child serves before it is replaced.
pub const FILES_PER_CHILD: usize = 200;
/// Stack of the child's reading thread: deeply nested objects recurse in the parsers.
const CHILD_STACK_BYTES: usize = 64 << 20;
/// Largest request header (a JSON path).
const MAX_HEADER_BYTES: u64 = 1 << 20;

/// What the parent sends before a PDF's bytes.
#[derive(Debug, Serialize, Deserialize)]
struct Request {
    /// The file's absolute path: its name in errors, and what OCR rasterises.
    path: PathBuf,
}

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
    let Some(options) = parse_flags(flags) else {
        return 2;
    };
    if file == SERVE {
        return serve(options);
    }
    limit_self(&options);
    let reply = reply_of(extract_file(Path::new(file), &options));
    let Ok(json) = serde_json::to_string(&reply) else {
        return 3;
    };
    let mut out = std::io::stdout().lock();
    let written = writeln!(out, "{MARKER}{json}").and_then(|_| out.flush());
    if written.is_ok() { 0 } else { 3 }
}

/// `[--timeout-secs N] [--max-memory BYTES] [--ocr]`; `None` on bad usage.
fn parse_flags(flags: &[OsString]) -> Option<ReadOptions> {
    let mut options = ReadOptions::default();
    let mut it = flags.iter();
    let value = |v: Option<&OsString>| {
        v.and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u64>().ok())
    };
    while let Some(flag) = it.next() {
        match flag.to_str() {
            Some("--ocr") => options.ocr = true,
            Some("--timeout-secs") => options.timeout = Duration::from_secs(value(it.next())?),
            Some("--max-memory") => options.max_memory = value(it.next())?,
            _ => return None,
        }
    }
    Some(options)
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

/// A long-lived child's limits: the same address-space limit, no core file, and the CPU
/// backstop left to [`renew_cpu_limit`] before each document.
fn limit_serving(options: &ReadOptions) {
    #[cfg(unix)]
    {
        use rlimit::Resource;
        if options.max_memory > 0 {
            let _ = Resource::AS.set(options.max_memory, options.max_memory);
        }
        let _ = Resource::CORE.set(0, 0);
    }
}

/// CPU seconds this process has used so far (Linux: `/proc/self/stat`, 100 ticks a second).
fn cpu_seconds_used() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.get(stat.rfind(')')? + 1..)?;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of the file (utime, stime) are the 12th and 13th after the name.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime).div_ceil(100))
}

/// One document's CPU-time backstop: what was used so far plus the time limit and a margin.
fn renew_cpu_limit(options: &ReadOptions) {
    #[cfg(unix)]
    {
        use rlimit::Resource;
        let Some(used) = cpu_seconds_used() else {
            return;
        };
        let soft = used.saturating_add(options.timeout.as_secs().saturating_add(5));
        let hard = Resource::CPU.get().map_or(rlimit::INFINITY, |(_, h)| h);
        let _ = Resource::CPU.set(soft.min(hard), hard);
    }
}

/// The long-lived reader: answer one request after another until stdin closes.
fn serve(options: ReadOptions) -> i32 {
    limit_serving(&options);
    let worker = std::thread::Builder::new()
        .name("loanlint-reader".into())
        .stack_size(CHILD_STACK_BYTES)
        .spawn(move || serve_requests(&options));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 3,
    }
}

fn serve_requests(options: &ReadOptions) -> i32 {
    let mut input = std::io::stdin().lock();
    let mut output = std::io::stdout().lock();
    loop {
        let header = match read_frame(&mut input, MAX_HEADER_BYTES) {
            Ok(Some(h)) => h,
            Ok(None) => return 0,
            Err(_) => return 2,
        };
        let Ok(Some(bytes)) = read_frame(&mut input, u64::from(u32::MAX)) else {
            return 2;
        };
        let Ok(request) = serde_json::from_slice::<Request>(&header) else {
            return 2;
        };
        renew_cpu_limit(options);
        let reply = reply_of(extract_request(&request, &bytes, options));
        let Ok(json) = serde_json::to_vec(&reply) else {
            return 3;
        };
        if write_frame(&mut output, &json)
            .and_then(|_| output.flush())
            .is_err()
        {
            return 3;
        }
    }
}

/// Extract one PDF sent over the pipe. OCR rasterises the file itself, so with `--ocr` the
/// child reads it by path.
fn extract_request(
    request: &Request,
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<Extracted, ReadError> {
    if options.ocr {
        return extract_file(&request.path, options);
    }
    let name = request.path.display().to_string();
    quiet_panics(|| extract_bytes(bytes, &name)).unwrap_or_else(|msg| {
        Err(ReadError::Damaged {
            path: name.clone(),
            detail: format!("the PDF library failed: {msg}"),
        })
    })
}

fn reply_of(result: Result<Extracted, ReadError>) -> Reply {
    match result {
        Ok(extracted) => Reply::Ok(extracted),
        Err(e) => Reply::Err {
            reason: e.reason().to_string(),
            detail: detail_of(&e),
        },
    }
}

fn detail_of(e: &ReadError) -> String {
    match e {
        ReadError::Io { source, .. } => source.to_string(),
        ReadError::Damaged { detail, .. }
        | ReadError::Other { detail, .. }
        | ReadError::Crashed { detail, .. } => detail.clone(),
        ReadError::Timeout { seconds, .. } => seconds.to_string(),
        ReadError::UnsupportedContent { what, .. } => what.clone(),
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
        // Both share the reason; only `UnsupportedContent` carries a detail (what it is).
        "unsupported" if detail.is_empty() => ReadError::Unsupported { path },
        "unsupported" => ReadError::UnsupportedContent { path, what: detail },
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

/// Which reader child can serve a request: the same executable and limits.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ReaderKey {
    exe: PathBuf,
    timeout_secs: u64,
    max_memory: u64,
    ocr: bool,
}

impl ReaderKey {
    fn of(exe: &Path, options: &ReadOptions) -> ReaderKey {
        ReaderKey {
            exe: exe.to_path_buf(),
            timeout_secs: options.timeout.as_secs().max(1),
            max_memory: options.max_memory,
            ocr: options.ocr,
        }
    }

    fn spawn(&self) -> std::io::Result<FramedChild> {
        let mut cmd = Command::new(&self.exe);
        cmd.arg(SUBCOMMAND)
            .arg(SERVE)
            .arg("--timeout-secs")
            .arg(self.timeout_secs.to_string())
            .arg("--max-memory")
            .arg(self.max_memory.to_string());
        if self.ocr {
            cmd.arg("--ocr");
        }
        cmd.env("RUST_BACKTRACE", "0");
        // mimalloc (src/main.rs) reserves address space 1 GiB at a time, often before the child
        // limits its own address space: under a limit of 1 GiB or less nothing else could be
        // mapped, not even the extraction thread's stack. Reserving 64 MiB at a time keeps the
        // limit what it says.
        cmd.env("MIMALLOC_ARENA_RESERVE", "64MiB");
        FramedChild::spawn(&mut cmd)
    }
}

/// This thread's reader child and how many files it has served.
struct Reader {
    key: ReaderKey,
    child: FramedChild,
    served: usize,
}

thread_local! {
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

/// Time a child that is replaced gets to exit by itself before it is killed.
const CLOSE_GRACE: Duration = Duration::from_secs(2);

/// Close this thread's reader child, waiting for it to exit (so its CPU time is accounted
/// to this process). The next isolated read starts a new one.
pub fn close_reader() {
    if let Some(reader) = READER.with(|cell| cell.borrow_mut().take()) {
        reader.child.close(CLOSE_GRACE);
    }
}

/// The process id of this thread's reader child, if one is running.
pub fn reader_id() -> Option<u32> {
    READER.with(|cell| cell.borrow().as_ref().map(|r| r.child.id()))
}

/// Read a PDF through this thread's long-lived reader child of `exe`, starting one when
/// there is none (or it served [`FILES_PER_CHILD`] files, or has other limits).
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
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: name.clone(),
        source,
    })?;
    let header = serde_json::to_vec(&Request {
        path: absolute(path),
    })
    .map_err(|e| ReadError::Other {
        path: name.clone(),
        detail: format!("cannot encode the request: {e}"),
    })?;
    let key = ReaderKey::of(exe, options);
    let mut reader = match READER.with(|cell| cell.borrow_mut().take()) {
        Some(r) if r.key == key && r.served < FILES_PER_CHILD => r,
        previous => {
            if let Some(old) = previous {
                old.child.close(CLOSE_GRACE);
            }
            let child = key.spawn().map_err(|e| ReadError::Other {
                path: name.clone(),
                detail: format!("cannot start the reader process {}: {e}", exe.display()),
            })?;
            Reader {
                key,
                child,
                served: 0,
            }
        }
    };
    let timeout = options.timeout.max(Duration::from_millis(100));
    match reader.child.exchange(&[&header, &bytes], timeout) {
        Exchange::Reply(frame) => match serde_json::from_slice::<Reply>(&frame) {
            Ok(reply) => {
                reader.served += 1;
                READER.with(|cell| *cell.borrow_mut() = Some(reader));
                match reply {
                    Reply::Ok(extracted) => Ok(extracted.into_document(path)),
                    Reply::Err { reason, detail } => Err(error_from(&reason, detail, &name)),
                }
            }
            Err(e) => Err(ReadError::Crashed {
                path: name,
                detail: format!("unreadable reply from the reader process: {e}"),
            }),
        },
        Exchange::TimedOut => Err(ReadError::Timeout {
            path: name,
            seconds: options.timeout.as_secs(),
        }),
        Exchange::Died { status, stderr } => Err(ReadError::Crashed {
            path: name,
            detail: crash_detail(status, &stderr, options),
        }),
    }
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
            ReadError::Unsupported { path: "a".into() },
            ReadError::UnsupportedContent {
                path: "a".into(),
                what: "text in fonts with a character map loanlint cannot decode".into(),
            },
        ] {
            let back = error_from(e.reason(), detail_of(&e), "a");
            assert_eq!(back.to_string(), e.to_string());
        }
    }
}
