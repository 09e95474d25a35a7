//! `--evidence DIR`: the inputs' SHA-256, the tool version, the ruleset files' hashes, the
//! date, the reports and the letters, written complete or not at all (into a sibling folder
//! that is renamed into place only when every file is written).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// One hashed file.
#[derive(Debug, Clone, Serialize)]
pub struct Hashed {
    pub file: String,
    pub sha256: String,
}

/// The manifest written as `manifest.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    pub tool: &'static str,
    pub version: &'static str,
    pub date: NaiveDate,
    pub inputs: Vec<Hashed>,
    pub rulesets: Vec<Hashed>,
    /// Every other file in the folder, with its hash.
    pub files: Vec<Hashed>,
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The manifest for `inputs` (read from disk), the bundled rulesets, and the `files` to write.
pub fn manifest(
    inputs: &[PathBuf],
    date: NaiveDate,
    files: &[(String, String)],
) -> std::io::Result<Manifest> {
    let inputs = inputs
        .iter()
        .map(|p| {
            Ok(Hashed {
                file: p.display().to_string(),
                sha256: sha256_hex(&std::fs::read(p)?),
            })
        })
        .collect::<std::io::Result<Vec<_>>>()?;
    let mut rulesets: Vec<Hashed> = crate::check::Checker::bundled_sources()
        .into_iter()
        .chain(
            crate::message::BUNDLED_RULE_FILES
                .iter()
                .map(|&(file, text)| (file.to_string(), text)),
        )
        .map(|(file, text)| Hashed {
            file,
            sha256: sha256_hex(text.as_bytes()),
        })
        .collect();
    rulesets.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(Manifest {
        tool: "loanlint",
        version: env!("CARGO_PKG_VERSION"),
        date,
        inputs,
        rulesets,
        files: files
            .iter()
            .map(|(name, text)| Hashed {
                file: name.clone(),
                sha256: sha256_hex(text.as_bytes()),
            })
            .collect(),
    })
}

/// Write `files` and `manifest.json` into `dir`, which must not exist yet: everything goes
/// into a sibling folder first, renamed to `dir` only when complete.
pub fn write(dir: &Path, manifest: &Manifest, files: &[(String, String)]) -> std::io::Result<()> {
    if dir.exists() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            format!("{} already exists; give a new folder", dir.display()),
        ));
    }
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let staging = tempfile::Builder::new()
        .prefix(".loanlint-evidence-")
        .tempdir_in(parent)?;
    for (name, text) in files {
        std::fs::write(staging.path().join(name), text)?;
    }
    let json = serde_json::to_string_pretty(manifest).map_err(std::io::Error::other)?;
    std::fs::write(staging.path().join("manifest.json"), json + "\n")?;
    std::fs::rename(staging.keep(), dir)
}
