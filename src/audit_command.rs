//! The `audit` command's plan: which files (folders walked, a work list, a shard of them),
//! walked how, in how many workers. Running the plan is [`crate::audit::AuditJob::run`].

use std::path::PathBuf;

use crate::audit::{self, AuditJob, Inputs, Shard, WalkOptions};
use crate::summarize;

/// What `loanlint audit` is asked to read.
#[derive(Debug, Clone, Default)]
pub struct AuditRequest {
    /// Folders (walked recursively) or files.
    pub roots: Vec<PathBuf>,
    /// A work list, one path a line (`-`: standard input); a missing path is an error record.
    pub files_from: Option<PathBuf>,
    /// The work list is NUL-separated.
    pub null: bool,
    /// Only this worker's share of the files.
    pub shard: Option<Shard>,
    /// Worker threads (default: the number of cores).
    pub jobs: Option<usize>,
    /// Only files whose path matches this glob.
    pub glob: Option<String>,
    /// Include hidden files and folders.
    pub hidden: bool,
    /// Skip files larger than this many megabytes.
    pub max_size_mb: u64,
}

impl AuditRequest {
    /// The files to audit and how to walk them; the error is ready to show.
    pub fn plan(&self) -> Result<(AuditJob, WalkOptions), String> {
        let walk = WalkOptions {
            hidden: self.hidden,
            glob: audit::glob_matcher(self.glob.as_deref()).map_err(|e| e.to_string())?,
            max_bytes: self.max_size_mb.saturating_mul(1024 * 1024),
        };
        let listed = match &self.files_from {
            Some(list) => summarize::open_input(list)
                .and_then(|r| audit::read_list(r, self.null))
                .map_err(|e| format!("--files-from {}: {e}", list.display()))?,
            None => Vec::new(),
        };
        let inputs = Inputs {
            roots: self.roots.clone(),
            listed,
            shard: self.shard,
        };
        let job = AuditJob::plan(&inputs, &walk, self.jobs).map_err(|e| e.to_string())?;
        Ok((job, walk))
    }
}
