//! Running a helper process (the isolated reader, `pdftotext`, `tesseract`) with a
//! wall-clock limit, its output read while it runs and capped. A leaf: it knows nothing of
//! PDFs or documents.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::error::ReadError;

/// Most bytes read from a child's stdout (a 300-page contract is about 1 MB of JSON).
const MAX_STDOUT_BYTES: u64 = 256 << 20;

/// A finished process: its status (if it could be waited for), stdout and stderr.
pub type Finished = (Option<std::process::ExitStatus>, Vec<u8>, Vec<u8>);

/// Run `cmd` with piped output and a wall-clock limit. `Ok(None)`: the limit was reached
/// and the process killed. Output is read while the process runs, so it never blocks on a
/// full pipe.
pub fn run_with_deadline(
    cmd: &mut Command,
    timeout: Duration,
) -> std::io::Result<Option<Finished>> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn()?;
    // The stdout reader says when the child closed its output (it has replied, or died):
    // waiting on that instead of polling saves a few milliseconds per file.
    let (closed_tx, closed_rx) = std::sync::mpsc::channel::<()>();
    let stdout = child.stdout.take().map(|s| {
        let closed = closed_tx.clone();
        std::thread::spawn(move || {
            let buf = read_capped(s, MAX_STDOUT_BYTES);
            let _ = closed.send(());
            buf
        })
    });
    drop(closed_tx);
    let stderr = child.stderr.take().map(|s| spawn_reader(s, 64 << 10));
    let deadline = Instant::now() + timeout.max(Duration::from_millis(100));
    let _ = closed_rx.recv_timeout(deadline.saturating_duration_since(Instant::now()));
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                timed_out = true;
                break None;
            }
            // Output closed but the process not yet reaped: it is exiting.
            Ok(None) => std::thread::sleep(Duration::from_micros(200)),
            Err(_) => {
                let _ = child.kill();
                break child.wait().ok();
            }
        }
    };
    let out = stdout.and_then(|h| h.join().ok()).unwrap_or_default();
    let err = stderr.and_then(|h| h.join().ok()).unwrap_or_default();
    Ok((!timed_out).then_some((status, out, err)))
}

/// [`run_with_deadline`] for reading file `path` with the tool named `tool`: the limit
/// reached is [`ReadError::Timeout`], a tool that cannot start is [`ReadError::Other`].
pub fn run_for_file(
    cmd: &mut Command,
    timeout: Duration,
    path: &str,
    tool: &str,
) -> Result<Finished, ReadError> {
    match run_with_deadline(cmd, timeout) {
        Ok(Some(done)) => Ok(done),
        Ok(None) => Err(ReadError::Timeout {
            path: path.to_string(),
            seconds: timeout.as_secs(),
        }),
        Err(e) => Err(ReadError::Other {
            path: path.to_string(),
            detail: format!("cannot start {tool}: {e}"),
        }),
    }
}

fn spawn_reader<R: Read + Send + 'static>(r: R, cap: u64) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || read_capped(r, cap))
}

/// Read up to `cap` bytes, then drain the rest so the child never blocks on a full pipe.
fn read_capped<R: Read>(r: R, cap: u64) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut r = r.take(cap);
    let _ = r.read_to_end(&mut buf);
    let _ = std::io::copy(&mut r.into_inner(), &mut std::io::sink());
    buf
}
