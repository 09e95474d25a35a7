//! Many files at once: walk folders, analyse in parallel, hand results back in path order.
//!
//! Results are produced in chunks so memory stays flat however large the folder is: only one
//! chunk of reports is alive at a time, and each is handed to the caller (a printer) in sorted
//! path order before the next chunk starts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};

use rayon::prelude::*;
use serde::Serialize;

use crate::analysis::{AnalysisOptions, analyse_file};
use crate::check::Checker;
use crate::model::{Report, Severity};

/// The result of analysing one file: its report, or why it could not be read.
#[derive(Debug)]
pub enum FileOutcome {
    Analysed(Box<Report>),
    Failed {
        file: String,
        /// Short stable reason (`encrypted`, `damaged`, `no-text`, `too-large`, ...).
        reason: String,
        message: String,
    },
}

impl FileOutcome {
    pub fn file(&self) -> &str {
        match self {
            FileOutcome::Analysed(r) => &r.file,
            FileOutcome::Failed { file, .. } => file,
        }
    }

    /// The worst finding of an analysed file (`None` for a clean or unreadable file).
    pub fn worst_severity(&self) -> Option<Severity> {
        match self {
            FileOutcome::Analysed(r) => r.worst_severity(),
            FileOutcome::Failed { .. } => None,
        }
    }
}

/// Counts over a whole run, built as outcomes stream past (nothing per file is kept).
#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditSummary {
    pub files: usize,
    pub read: usize,
    pub failed: usize,
    /// Failed files by reason (`encrypted`, `damaged`, `no-text`, ...).
    pub failed_by_reason: BTreeMap<String, usize>,
    pub clean: usize,
    pub with_info: usize,
    pub with_warnings: usize,
    pub with_violations: usize,
    /// How many files each rule fired in.
    pub findings_by_rule: BTreeMap<String, usize>,
    /// True when the run was interrupted (Ctrl-C) before every file was done.
    pub interrupted: bool,
}

impl AuditSummary {
    pub fn add(&mut self, outcome: &FileOutcome) {
        self.files += 1;
        match outcome {
            FileOutcome::Failed { reason, .. } => {
                self.failed += 1;
                *self.failed_by_reason.entry(reason.clone()).or_default() += 1;
            }
            FileOutcome::Analysed(report) => {
                self.read += 1;
                match report.worst_severity() {
                    None => self.clean += 1,
                    Some(Severity::Info) => self.with_info += 1,
                    Some(Severity::Warning) => self.with_warnings += 1,
                    Some(Severity::Violation) => self.with_violations += 1,
                }
                let mut ids: Vec<&str> =
                    report.findings.iter().map(|f| f.rule_id.as_str()).collect();
                ids.sort_unstable();
                ids.dedup();
                for id in ids {
                    *self.findings_by_rule.entry(id.to_owned()).or_default() += 1;
                }
            }
        }
    }

    /// The worst finding over every file seen.
    pub fn worst_severity(&self) -> Option<Severity> {
        if self.with_violations > 0 {
            Some(Severity::Violation)
        } else if self.with_warnings > 0 {
            Some(Severity::Warning)
        } else if self.with_info > 0 {
            Some(Severity::Info)
        } else {
            None
        }
    }

    /// Rules by how many files they fired in, most first (ties by id).
    pub fn top_rules(&self, n: usize) -> Vec<(&str, usize)> {
        let mut v: Vec<(&str, usize)> = self
            .findings_by_rule
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v.truncate(n);
        v
    }
}

/// How to pick files under the given roots.
#[derive(Debug, Clone)]
pub struct WalkOptions {
    /// Include hidden files and folders (names starting with `.`).
    pub hidden: bool,
    /// Only files whose path matches this glob (e.g. `**/*.pdf`).
    pub glob: Option<globset::GlobMatcher>,
    /// Files larger than this are reported as `too-large` and not read.
    pub max_bytes: u64,
}

impl Default for WalkOptions {
    fn default() -> Self {
        WalkOptions {
            hidden: false,
            glob: None,
            max_bytes: 100 * 1024 * 1024,
        }
    }
}

/// Extensions the readers understand.
pub const SUPPORTED_EXTENSIONS: &[&str] = crate::read::EXTENSIONS;

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0
        && entry
            .file_name()
            .to_str()
            .is_some_and(|s| s.starts_with('.'))
}

fn supported(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SUPPORTED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Every supported file under `roots`, sorted and deduplicated, plus the problems met on the
/// way (unreadable folders, symlink loops) as failed outcomes. A root that is a file is taken
/// as given, whatever its extension (the reader then says whether it can read it).
pub fn collect_files(roots: &[PathBuf], options: &WalkOptions) -> (Vec<PathBuf>, Vec<FileOutcome>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for root in roots {
        if !root.is_dir() {
            files.push(root.clone());
            continue;
        }
        let walker = walkdir::WalkDir::new(root).follow_links(true).into_iter();
        for entry in walker.filter_entry(|e| options.hidden || !is_hidden(e)) {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let path = e.into_path();
                    let matches_glob = options.glob.as_ref().is_none_or(|g| g.is_match(&path));
                    if supported(&path) && matches_glob {
                        files.push(path);
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let file = err
                        .path()
                        .map_or_else(|| root.display().to_string(), |p| p.display().to_string());
                    let reason = if err.loop_ancestor().is_some() {
                        "symlink-loop"
                    } else {
                        "io"
                    };
                    problems.push(FileOutcome::Failed {
                        file,
                        reason: reason.into(),
                        message: err.to_string(),
                    });
                }
            }
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

/// Analyse one file, turning every failure into a [`FileOutcome::Failed`].
pub fn analyse_one(
    path: &Path,
    options: &AnalysisOptions,
    checker: &Checker,
    walk: &WalkOptions,
) -> FileOutcome {
    let file = path.display().to_string();
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return FileOutcome::Failed {
                file,
                reason: "not-a-file".into(),
                message: "is a directory".into(),
            };
        }
        Ok(m) if m.len() > walk.max_bytes => {
            return FileOutcome::Failed {
                file,
                reason: "too-large".into(),
                message: format!(
                    "{} bytes is over the {} byte limit (--max-size)",
                    m.len(),
                    walk.max_bytes
                ),
            };
        }
        Ok(_) => {}
        Err(e) => {
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => "not-found",
                _ => "io",
            };
            return FileOutcome::Failed {
                file,
                reason: reason.into(),
                message: e.to_string(),
            };
        }
    }
    match analyse_file(path, options, checker) {
        Ok(report) => FileOutcome::Analysed(Box::new(report)),
        Err(e) => FileOutcome::Failed {
            file,
            reason: e.reason().into(),
            message: e.to_string(),
        },
    }
}

/// Why an audit could not start (each is a usage error, reported before any file is read).
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("--glob: {0}")]
    Glob(#[from] globset::Error),
    #[error("cannot start the workers: {0}")]
    Pool(#[from] rayon::ThreadPoolBuildError),
}

/// A glob pattern (`--glob`) compiled for [`WalkOptions::glob`].
pub fn glob_matcher(pattern: Option<&str>) -> Result<Option<globset::GlobMatcher>, AuditError> {
    Ok(pattern
        .map(globset::Glob::new)
        .transpose()?
        .map(|g| g.compile_matcher()))
}

/// What to audit.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Folders (walked) and files named on the command line; each must exist.
    pub roots: Vec<PathBuf>,
    /// Paths from a work list (`--files-from`): a missing one becomes an error record.
    pub listed: Vec<PathBuf>,
    /// Only this worker's share of the files.
    pub shard: Option<Shard>,
}

/// `I/N`: worker `I` of `N` takes the files whose path hashes to `I` modulo `N`, so `N`
/// workers cover every file exactly once, whatever order each lists them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Shard, String> {
        let parsed = s
            .split_once('/')
            .and_then(|(i, n)| Some((i.trim().parse().ok()?, n.trim().parse().ok()?)));
        match parsed {
            Some((index, count)) if index < count => Ok(Shard { index, count }),
            _ => Err(format!(
                "expected I/N with 0 <= I < N (for example 0/4), got `{s}`"
            )),
        }
    }
}

impl Shard {
    /// Whether `path` is this worker's. The hash (64-bit FNV-1a over the path's components,
    /// a leading `./` ignored) is fixed, so every worker and every run agrees.
    pub fn contains(&self, path: &Path) -> bool {
        path_hash(path) % self.count == self.index
    }
}

/// 64-bit FNV-1a of the path's components, separated by `/` (`./a//b` and `a/b` hash alike).
pub fn path_hash(path: &Path) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let parts = path
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir));
    for (i, part) in parts.enumerate() {
        let bytes = part.as_os_str().as_encoded_bytes();
        let separator: &[u8] = if i == 0 { b"" } else { b"/" };
        for b in separator.iter().chain(bytes) {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    hash
}

/// A work list: one path per line (blank lines skipped, a trailing `\r` dropped), or with
/// `null` one path per NUL-terminated entry (`find -print0`).
pub fn read_list(mut reader: impl std::io::Read, null: bool) -> std::io::Result<Vec<PathBuf>> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    let separator = if null { b'\0' } else { b'\n' };
    Ok(bytes
        .split(|b| *b == separator)
        .map(|entry| match entry {
            [rest @ .., b'\r'] if !null => rest,
            _ => entry,
        })
        .filter(|entry| !entry.is_empty())
        .map(path_from_bytes)
        .collect())
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// One audit ready to run: the files found, the problems met finding them, and the workers.
pub struct AuditJob {
    pub files: Vec<PathBuf>,
    /// Folders that could not be walked, as failed outcomes (emitted first).
    pub problems: Vec<FileOutcome>,
    pool: rayon::ThreadPool,
}

impl AuditJob {
    /// Walk `inputs` and start `jobs` workers (default: one per core).
    pub fn plan(
        inputs: &Inputs,
        walk: &WalkOptions,
        jobs: Option<usize>,
    ) -> Result<AuditJob, AuditError> {
        if let Some(p) = inputs.roots.iter().find(|p| !p.exists()) {
            return Err(AuditError::Missing(p.clone()));
        }
        let mut roots = inputs.roots.clone();
        roots.extend(inputs.listed.iter().cloned());
        let (mut files, mut problems) = collect_files(&roots, walk);
        if let Some(shard) = inputs.shard {
            files.retain(|p| shard.contains(p));
            problems.retain(|o| shard.contains(Path::new(o.file())));
        }
        let jobs = jobs
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1);
        let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
        Ok(AuditJob {
            files,
            problems,
            pool,
        })
    }

    /// How many outcomes the run will emit.
    pub fn len(&self) -> usize {
        self.files.len() + self.problems.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Emit the walk's problems, then every file's outcome in path order (see [`run`]): the
    /// workers analyse while this thread writes, so writing the report never holds them up.
    pub fn run<E: Send>(
        self,
        options: &AnalysisOptions,
        checker: &Checker,
        walk: &WalkOptions,
        stop: &AtomicBool,
        mut emit: impl FnMut(FileOutcome) -> Result<(), E> + Send,
    ) -> Result<(), E> {
        for problem in self.problems {
            emit(problem)?;
        }
        let files = &self.files;
        let workers = self.pool.current_num_threads();
        let queue = Queue::new(workers, stop);
        let order = &hand_out_order(files, queue.window);
        let (tx, rx) = mpsc::channel();
        let result = self.pool.in_place_scope(|scope| {
            for _ in 0..workers {
                let (queue, tx) = (&queue, tx.clone());
                scope.spawn(move |_| {
                    if workers > 1 {
                        warm_up(rayon::current_thread_index(), options, checker);
                    }
                    while let Some(k) = queue.next(files.len()) {
                        let Some(&i) = order.get(k) else { break };
                        let Some(path) = files.get(i) else { break };
                        if tx
                            .send((i, analyse_one(path, options, checker, walk)))
                            .is_err()
                        {
                            break;
                        }
                    }
                    // Waited for here, so its CPU time counts as this run's.
                    crate::read::isolate::close_reader();
                });
            }
            drop(tx);
            let result = queue.emit_in_order(rx, &mut emit);
            queue.abandon();
            result
        });
        self.pool
            .broadcast(|_| crate::read::isolate::close_reader());
        result
    }
}

/// Contracts the workers read before their first file when there are several: each worker
/// a different language. The engine compiles its patterns on first use, and a pattern being
/// compiled by one worker makes every other worker that needs it wait; at the start of a run
/// all workers need the same patterns at once, so the compiling ran on one core at a time
/// (about a tenth of the audit process's instructions on the real corpus x300). Read in
/// different languages, most of what each compiles the other does not need.
const WARM_UP: [(&str, &str); 2] = [
    (
        "warm-up.zh.txt",
        include_str!("../sample-contracts/zh-01-wangdai-equal-installment.txt"),
    ),
    (
        "warm-up.en.txt",
        include_str!("../sample-contracts/en-01-us-installment-origination.txt"),
    ),
];

/// Analyse worker `index`'s warm-up contract, if it has one (the report is dropped).
fn warm_up(index: Option<usize>, options: &AnalysisOptions, checker: &Checker) {
    if let Some((name, text)) = index.and_then(|i| WARM_UP.get(i)) {
        let doc =
            crate::read::Document::from_text(Path::new(name), crate::read::SourceKind::Text, text);
        let _ = crate::analysis::analyse_document(&doc, options, checker);
    }
}

/// The order in which the workers take `files`: as listed, except the last `window`, which
/// go largest first. The run ends when its last file does: a large file taken last keeps one
/// worker busy while the others have nothing left, and taken first among the last few it runs
/// beside the small ones. Only the last window is reordered, so the outcomes waiting to be
/// written in order stay within the window, and none waits on a file not yet handed out.
fn hand_out_order(files: &[PathBuf], window: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..files.len()).collect();
    let tail_from = files.len().saturating_sub(window);
    if let Some(tail) = order.get_mut(tail_from..) {
        let size = |i: usize| {
            files
                .get(i)
                .and_then(|p| std::fs::metadata(p).ok())
                .map_or(0, |m| m.len())
        };
        let mut sized: Vec<(u64, usize)> = tail.iter().map(|&i| (size(i), i)).collect();
        sized.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (slot, (_, i)) in tail.iter_mut().zip(sized) {
            *slot = i;
        }
    }
    order
}

/// Hands out file indexes to the workers, at most a window ahead of the last outcome written,
/// so memory stays flat however large the folder is and one slow file never makes the others
/// wait (only the writing of the outcomes after it does).
struct Queue<'a> {
    next: AtomicUsize,
    /// Outcomes written so far; workers wait while they would run a window ahead.
    written: Mutex<usize>,
    moved: Condvar,
    window: usize,
    stop: &'a AtomicBool,
    abandoned: AtomicBool,
}

impl<'a> Queue<'a> {
    fn new(workers: usize, stop: &'a AtomicBool) -> Queue<'a> {
        Queue {
            next: AtomicUsize::new(0),
            written: Mutex::new(0),
            moved: Condvar::new(),
            // Big enough to keep every core busy while one worker reads a large file (and
            // for the last window, taken largest first, to even out the run's end), small
            // enough that memory does not grow with the folder.
            window: (workers * 16).max(16),
            stop,
            abandoned: AtomicBool::new(false),
        }
    }

    /// The next file for a worker, or `None` when every file is taken, Ctrl-C was pressed or
    /// the writing failed.
    fn next(&self, len: usize) -> Option<usize> {
        let i = self.next.fetch_add(1, Ordering::SeqCst);
        if i >= len {
            return None;
        }
        let mut written = self.written.lock().ok()?;
        while i >= *written + self.window && !self.over() {
            written = self.moved.wait(written).ok()?;
        }
        (!self.over()).then_some(i)
    }

    fn over(&self) -> bool {
        self.stop.load(Ordering::SeqCst) || self.abandoned.load(Ordering::SeqCst)
    }

    /// Stop handing out files and wake every waiting worker.
    fn abandon(&self) {
        self.abandoned.store(true, Ordering::SeqCst);
        let _lock = self.written.lock();
        self.moved.notify_all();
    }

    /// Write the outcomes in the order of the files as they arrive, until every worker is
    /// done; after a failed write, stop the workers and return the error.
    fn emit_in_order<E>(
        &self,
        rx: mpsc::Receiver<(usize, FileOutcome)>,
        emit: &mut impl FnMut(FileOutcome) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut pending = BTreeMap::new();
        let mut done = 0;
        for (i, outcome) in rx {
            pending.insert(i, outcome);
            let before = done;
            while let Some(outcome) = pending.remove(&done) {
                if let Err(e) = emit(outcome) {
                    self.abandon();
                    return Err(e);
                }
                done += 1;
            }
            if done > before {
                if let Ok(mut written) = self.written.lock() {
                    *written = done;
                }
                self.moved.notify_all();
            }
        }
        Ok(())
    }
}

/// Analyse `files` in parallel on the current rayon pool and call `emit` with each outcome in
/// the order of `files`. Stops early (between chunks) when `stop` becomes true or `emit` fails.
pub fn run<E>(
    files: &[PathBuf],
    options: &AnalysisOptions,
    checker: &Checker,
    walk: &WalkOptions,
    stop: &AtomicBool,
    mut emit: impl FnMut(FileOutcome) -> Result<(), E>,
) -> Result<(), E> {
    // Big enough to keep every core busy, small enough that memory does not grow with the folder.
    let chunk = (rayon::current_num_threads() * 8).max(8);
    for paths in files.chunks(chunk) {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let outcomes: Vec<FileOutcome> = paths
            .par_iter()
            .map(|p| analyse_one(p, options, checker, walk))
            .collect();
        for outcome in outcomes {
            emit(outcome)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two warm-up contracts are read as different languages, so two workers compile
    /// different patterns side by side.
    #[test]
    fn the_warm_up_contracts_are_one_per_language() {
        let checker = Checker::load(&[]).unwrap();
        let languages: Vec<crate::model::Language> = WARM_UP
            .iter()
            .map(|(name, text)| {
                let doc = crate::read::Document::from_text(
                    Path::new(name),
                    crate::read::SourceKind::Text,
                    text,
                );
                crate::analysis::analyse_document(&doc, &AnalysisOptions::default(), &checker)
                    .language
            })
            .collect();
        assert_eq!(
            languages,
            [crate::model::Language::Zh, crate::model::Language::En]
        );
    }

    #[test]
    fn the_last_window_is_handed_out_largest_first() {
        let dir = tempfile::tempdir().unwrap();
        // Sizes in path order; the last four are the window.
        let sizes = [5_usize, 900, 1, 30, 7, 400, 7, 2000];
        let files: Vec<PathBuf> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| {
                let p = dir.path().join(format!("f{i}.txt"));
                std::fs::write(&p, vec![b'x'; n]).unwrap();
                p
            })
            .collect();
        let order = hand_out_order(&files, 4);
        // Before the window, as listed; in it, by size (2000, 400, 7, 7: ties in path order).
        assert_eq!(order, vec![0, 1, 2, 3, 7, 5, 4, 6]);
        // A window wider than the list orders the whole list; a missing file counts as empty.
        let mut with_missing = files.clone();
        with_missing.push(dir.path().join("gone.txt"));
        let order = hand_out_order(&with_missing, 100);
        assert_eq!(order, vec![7, 1, 5, 3, 4, 6, 0, 2, 8]);
        assert_eq!(hand_out_order(&[], 4), Vec::<usize>::new());
    }
}
