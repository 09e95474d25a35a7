//! Running a helper process (the isolated reader, `pdftotext`, `tesseract`) with a
//! wall-clock limit, its output read while it runs and capped; or keeping one alive and
//! talking to it in length-prefixed frames ([`FramedChild`]). A leaf: it knows nothing of
//! PDFs or documents.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
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

/// Largest frame a long-lived child may send back (the same cap as a one-shot reply).
const MAX_FRAME_BYTES: u64 = MAX_STDOUT_BYTES;
/// How much of a long-lived child's stderr is kept: its last words explain a crash.
const STDERR_TAIL_BYTES: usize = 64 << 10;

/// Write one frame: the length as 4 bytes little-endian, then the bytes.
pub fn write_frame(w: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    let len =
        u32::try_from(bytes.len()).map_err(|_| std::io::Error::other("frame longer than 4 GiB"))?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(bytes)
}

/// Read one frame; `Ok(None)` at a clean end of input (no byte of a new frame).
pub fn read_frame(r: &mut impl Read, cap: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut len = [0_u8; 4];
    let mut got = 0;
    while got < len.len() {
        let n = r.read(len.get_mut(got..).unwrap_or_default())?;
        if n == 0 {
            return if got == 0 {
                Ok(None)
            } else {
                Err(std::io::ErrorKind::UnexpectedEof.into())
            };
        }
        got += n;
    }
    let len = u64::from(u32::from_le_bytes(len));
    if len > cap {
        return Err(std::io::Error::other(format!(
            "frame of {len} bytes exceeds {cap}"
        )));
    }
    let mut buf = Vec::new();
    r.take(len).read_to_end(&mut buf)?;
    if buf.len() as u64 != len {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    Ok(Some(buf))
}

/// How one request to a [`FramedChild`] ended.
#[derive(Debug)]
pub enum Exchange {
    /// The child answered with this frame and is ready for the next request.
    Reply(Vec<u8>),
    /// No answer within the limit: the child was killed.
    TimedOut,
    /// The child died or broke the protocol: its exit status and the tail of its stderr.
    Died {
        status: Option<std::process::ExitStatus>,
        stderr: String,
    },
}

/// A long-lived helper process that answers one frame for each request it is sent on
/// stdin (requests are one or more frames). A writer thread feeds stdin, so a child that
/// stops reading can never block the caller; a reader thread turns stdout into replies;
/// stderr is drained and its tail kept. Dropping it kills the child.
pub struct FramedChild {
    child: Child,
    requests: Option<Sender<Vec<u8>>>,
    replies: Receiver<Option<Vec<u8>>>,
    stderr: Arc<Mutex<Vec<u8>>>,
    stderr_reader: Option<std::thread::JoinHandle<()>>,
}

impl FramedChild {
    /// Start `cmd` with piped stdin, stdout and stderr.
    pub fn spawn(cmd: &mut Command) -> std::io::Result<FramedChild> {
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn()?;
        let missing = || std::io::Error::other("a pipe to the child is missing");
        let mut stdin = child.stdin.take().ok_or_else(missing)?;
        let mut stdout = child.stdout.take().ok_or_else(missing)?;
        let mut stderr = child.stderr.take().ok_or_else(missing)?;
        let (request_tx, request_rx) = channel::<Vec<u8>>();
        std::thread::spawn(move || {
            for request in request_rx {
                if stdin
                    .write_all(&request)
                    .and_then(|_| stdin.flush())
                    .is_err()
                {
                    break;
                }
            }
        });
        let (reply_tx, reply_rx) = channel();
        std::thread::spawn(move || {
            loop {
                let frame = read_frame(&mut stdout, MAX_FRAME_BYTES).ok().flatten();
                let end = frame.is_none();
                if reply_tx.send(frame).is_err() || end {
                    break;
                }
            }
        });
        let tail = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&tail);
        let stderr_reader = std::thread::spawn(move || {
            let mut chunk = [0_u8; 8192];
            while let Ok(n) = stderr.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                if let Ok(mut buf) = sink.lock() {
                    buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
                    let excess = buf.len().saturating_sub(STDERR_TAIL_BYTES);
                    buf.drain(..excess);
                }
            }
        });
        Ok(FramedChild {
            child,
            requests: Some(request_tx),
            replies: reply_rx,
            stderr: tail,
            stderr_reader: Some(stderr_reader),
        })
    }

    /// The child's process id.
    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// Send one request made of `frames` and wait up to `timeout` for the reply frame.
    /// After anything but [`Exchange::Reply`] the child is gone: drop this value.
    pub fn exchange(&mut self, frames: &[&[u8]], timeout: Duration) -> Exchange {
        let mut request = Vec::with_capacity(frames.iter().map(|f| f.len() + 4).sum());
        for frame in frames {
            if write_frame(&mut request, frame).is_err() {
                return self.died();
            }
        }
        let sent = self
            .requests
            .as_ref()
            .is_some_and(|tx| tx.send(request).is_ok());
        if !sent {
            return self.died();
        }
        match self.replies.recv_timeout(timeout) {
            Ok(Some(reply)) => {
                // The tail is kept from one reply to the next, not cleared when a request goes
                // out: a child that dies at start-up writes its last words before the first
                // request, and the drain may already hold them.
                if let Ok(mut buf) = self.stderr.lock() {
                    buf.clear();
                }
                Exchange::Reply(reply)
            }
            Ok(None) | Err(RecvTimeoutError::Disconnected) => self.died(),
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.child.kill();
                let _ = self.child.wait();
                Exchange::TimedOut
            }
        }
    }

    /// Close stdin and wait for the child to exit, killing it after `grace`.
    pub fn close(mut self, grace: Duration) -> Option<std::process::ExitStatus> {
        self.requests = None;
        self.reap(grace)
    }

    /// The child closed its output or broke the protocol: collect its status and last words.
    fn died(&mut self) -> Exchange {
        let status = self.reap(Duration::from_secs(1));
        // Its stderr closes with it; give the drain a moment to take the last lines.
        let until = Instant::now() + Duration::from_millis(500);
        while self
            .stderr_reader
            .as_ref()
            .is_some_and(|h| !h.is_finished())
            && Instant::now() < until
        {
            std::thread::sleep(Duration::from_millis(2));
        }
        let stderr = self
            .stderr
            .lock()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        Exchange::Died { status, stderr }
    }

    /// Wait up to `grace` for the child to exit by itself, then kill it.
    fn reap(&mut self, grace: Duration) -> Option<std::process::ExitStatus> {
        let until = Instant::now() + grace;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return Some(status),
                Ok(None) if Instant::now() < until => {
                    std::thread::sleep(Duration::from_millis(1));
                }
                _ => {
                    let _ = self.child.kill();
                    return self.child.wait().ok();
                }
            }
        }
    }
}

impl Drop for FramedChild {
    fn drop(&mut self) {
        // Already reaped children make both calls harmless errors.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A child that writes its last words and dies before its first request is read: the
    /// words are drained before the request goes out, and must still explain the death.
    #[test]
    fn last_words_written_before_the_first_request_are_kept() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo 'failed to load a library' >&2; exit 3"]);
        let mut child = FramedChild::spawn(&mut cmd).expect("spawn sh");
        let until = Instant::now() + Duration::from_secs(5);
        while child.stderr.lock().map(|b| b.is_empty()).unwrap_or(true) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(5));
        }
        match child.exchange(&[b"request"], Duration::from_secs(5)) {
            Exchange::Died { stderr, .. } => {
                assert!(stderr.contains("failed to load a library"), "{stderr:?}");
            }
            other => panic!("expected the child to have died: {other:?}"),
        }
    }
}
