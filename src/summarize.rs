//! `summarize`: JSON Lines records (`audit --format jsonl`, one `check --format json` object or
//! error record per line) back into the reports `audit` writes, so that N workers' shards make
//! one report.
//!
//! Memory stays flat in the number of records: records stream through one at a time. Each
//! worker writes its shard in path order, so the shards are merged by path (a heap holding one
//! record per shard) and the report lists files in the same order as one `audit` of the whole.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, BufRead};
use std::path::{Path, PathBuf};

use crate::audit::FileOutcome;
use crate::model::Report;

/// Why a shard could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SummarizeError {
    #[error("{source_name}: {error}")]
    Read {
        source_name: String,
        error: io::Error,
    },
    #[error("{source_name}:{line}: not an audit record: {error}")]
    Record {
        source_name: String,
        line: usize,
        error: serde_json::Error,
    },
}

/// One JSON Lines record: an error record (`{"file", "error": {"reason", "message"}}`) or a
/// whole report.
pub fn parse_record(line: &str) -> serde_json::Result<FileOutcome> {
    #[derive(serde::Deserialize)]
    struct ErrorRecord {
        file: String,
        error: ErrorBody,
    }
    #[derive(serde::Deserialize)]
    struct ErrorBody {
        reason: String,
        message: String,
    }
    let value: serde_json::Value = serde_json::from_str(line)?;
    if value.get("error").is_some() {
        let record: ErrorRecord = serde_json::from_value(value)?;
        Ok(FileOutcome::Failed {
            file: record.file,
            reason: record.error.reason,
            message: record.error.message,
        })
    } else {
        Ok(FileOutcome::Analysed(Box::new(serde_json::from_value::<
            Report,
        >(value)?)))
    }
}

/// A file, or standard input for `-` (a shard, or a work list for `audit --files-from`).
pub fn open_input(path: &Path) -> io::Result<Box<dyn BufRead>> {
    Ok(match path.as_os_str() == "-" {
        true => Box::new(io::BufReader::new(io::stdin())),
        false => Box::new(io::BufReader::new(std::fs::File::open(path)?)),
    })
}

/// The JSON Lines shards at `paths` (`-`: standard input), opened in order; the error names the
/// shard that could not be opened, ready to show.
pub fn open_shards(paths: &[PathBuf]) -> Result<Vec<Records>, String> {
    paths
        .iter()
        .map(|path| {
            let reader = open_input(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Records::new(path.display().to_string(), reader))
        })
        .collect()
}

/// The records of one shard, in its order (blank lines skipped).
pub struct Records {
    source_name: String,
    lines: io::Lines<Box<dyn BufRead>>,
    line: usize,
}

impl Records {
    pub fn new(source_name: impl Into<String>, reader: Box<dyn BufRead>) -> Records {
        Records {
            source_name: source_name.into(),
            lines: reader.lines(),
            line: 0,
        }
    }
}

impl Iterator for Records {
    type Item = Result<FileOutcome, SummarizeError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.line += 1;
            let text = match self.lines.next()? {
                Ok(text) => text,
                Err(error) => {
                    return Some(Err(SummarizeError::Read {
                        source_name: self.source_name.clone(),
                        error,
                    }));
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            return Some(parse_record(&text).map_err(|error| SummarizeError::Record {
                source_name: self.source_name.clone(),
                line: self.line,
                error,
            }));
        }
    }
}

/// Hand every record of `shards` to `emit`, merged by path (each shard in path order gives the
/// whole in path order). A write error from `emit` stops the merge and is returned as is.
pub fn merge(
    shards: Vec<Records>,
    mut emit: impl FnMut(FileOutcome) -> io::Result<()>,
) -> Result<io::Result<()>, SummarizeError> {
    let mut shards = shards;
    let mut heads: Vec<Option<FileOutcome>> = Vec::with_capacity(shards.len());
    let mut heap = BinaryHeap::new();
    for (i, shard) in shards.iter_mut().enumerate() {
        let head = shard.next().transpose()?;
        if let Some(outcome) = &head {
            heap.push(Reverse((PathBuf::from(outcome.file()), i)));
        }
        heads.push(head);
    }
    while let Some(Reverse((_, i))) = heap.pop() {
        let next = shards.get_mut(i).and_then(Iterator::next).transpose()?;
        if let Some(outcome) = &next {
            heap.push(Reverse((PathBuf::from(outcome.file()), i)));
        }
        let Some(outcome) = heads.get_mut(i).and_then(|h| std::mem::replace(h, next)) else {
            continue;
        };
        if let Err(e) = emit(outcome) {
            return Ok(Err(e));
        }
    }
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(name: &str, text: String) -> Records {
        Records::new(name, Box::new(io::Cursor::new(text.into_bytes())))
    }

    fn error_line(file: &str) -> String {
        format!(r#"{{"schema_version":1,"file":"{file}","error":{{"reason":"io","message":"m"}}}}"#)
    }

    #[test]
    fn shards_merge_in_path_order() {
        let a = format!("{}\n{}\n", error_line("a/1.pdf"), error_line("b/3.pdf"));
        let b = format!("{}\n\n{}\n", error_line("a/2.pdf"), error_line("c/4.pdf"));
        let shards = vec![records("a", a), records("b", b)];
        let mut seen = Vec::new();
        merge(shards, |o| {
            seen.push(o.file().to_owned());
            Ok(())
        })
        .expect("readable")
        .expect("written");
        assert_eq!(seen, ["a/1.pdf", "a/2.pdf", "b/3.pdf", "c/4.pdf"]);
    }

    #[test]
    fn a_bad_line_names_its_shard_and_line() {
        let shards = vec![records("s.jsonl", "\n{\"file\": 3}\n".into())];
        let err = merge(shards, |_| Ok(())).expect_err("not a record");
        assert!(
            err.to_string()
                .starts_with("s.jsonl:2: not an audit record"),
            "{err}"
        );
    }

    #[test]
    fn an_error_record_keeps_its_reason() {
        let o = parse_record(&error_line("x.pdf")).expect("record");
        assert!(
            matches!(o, FileOutcome::Failed { ref file, ref reason, .. } if file == "x.pdf" && reason == "io")
        );
    }
}
