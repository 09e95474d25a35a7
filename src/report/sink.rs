//! Where a report goes: standard output, or a file written atomically (a temp file beside
//! the target, renamed over it when complete, so the file is whole or absent).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub enum Sink {
    Stdout(io::Stdout),
    File {
        temp: tempfile::NamedTempFile,
        target: PathBuf,
    },
}

impl Sink {
    /// Standard output when `output` is `None`, else a temp file beside `output`.
    pub fn open(output: Option<&Path>) -> io::Result<Sink> {
        match output {
            None => Ok(Sink::Stdout(io::stdout())),
            Some(target) => {
                let dir = target
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or_else(|| Path::new("."));
                let temp = tempfile::Builder::new()
                    .prefix(".loanlint-")
                    .suffix(".partial")
                    .tempfile_in(dir)?;
                Ok(Sink::File {
                    temp,
                    target: target.to_path_buf(),
                })
            }
        }
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(s) => s,
            Sink::File { temp, .. } => temp.as_file_mut(),
        }
    }

    /// Flush; for a file, sync it and rename it over the target.
    pub fn commit(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut s) => s.flush(),
            Sink::File { mut temp, target } => {
                temp.as_file_mut().flush()?;
                temp.as_file().sync_all()?;
                temp.persist(&target).map(|_| ()).map_err(|e| e.error)
            }
        }
    }
}
