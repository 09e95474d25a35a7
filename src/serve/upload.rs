//! A request's form: its files and fields, read from the multipart body into memory under the
//! limits, then written into a private temporary folder that is removed when the request ends.
//! The client's file names are never used on disk: a file is stored as `upload-01.pdf`, its
//! extension kept only when it is one loanlint reads (the reader decides the kind by content).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use axum::extract::Multipart;
use axum::extract::multipart::MultipartError;
use axum::http::StatusCode;

use super::Limits;
use super::error::ApiError;
use crate::read::{EXTENSIONS, IMAGE_EXTENSIONS, ImageFormat};

/// One uploaded file: its bytes and the extension it will be stored under.
#[derive(Debug, Clone)]
pub struct FilePart {
    pub extension: &'static str,
    pub bytes: Vec<u8>,
}

impl FilePart {
    /// Whether the content is a PNG, JPEG or WebP image (read by OCR), whatever its name.
    pub fn is_image(&self) -> bool {
        ImageFormat::of(&self.bytes).is_some()
    }
}

/// The form of one request.
#[derive(Debug, Default)]
pub struct Upload {
    /// File fields by name (`file`, `message_file`, `contract`), each in the order sent.
    pub files: BTreeMap<String, Vec<FilePart>>,
    /// Text fields by name.
    pub fields: BTreeMap<String, String>,
    /// Bytes received in all.
    pub bytes: usize,
}

impl Upload {
    /// Read the whole form, refusing unknown fields and anything over the limits.
    pub async fn read(
        mut form: Multipart,
        file_fields: &[&str],
        text_fields: &[&str],
        limits: &Limits,
    ) -> Result<Upload, ApiError> {
        let mut upload = Upload::default();
        while let Some(field) = form.next_field().await.map_err(multipart_error)? {
            let name = field.name().unwrap_or_default().to_string();
            if file_fields.contains(&name.as_str()) && field.file_name().is_some() {
                let extension = stored_extension(field.file_name(), field.content_type());
                let bytes = field.bytes().await.map_err(multipart_error)?.to_vec();
                if bytes.is_empty() {
                    continue; // A file input left empty by the browser.
                }
                upload.bytes += bytes.len();
                upload
                    .files
                    .entry(name)
                    .or_default()
                    .push(FilePart { extension, bytes });
                if upload.file_count() > limits.max_files {
                    return Err(ApiError::too_large(format!(
                        "more than {} files in one request",
                        limits.max_files
                    )));
                }
            } else if text_fields.contains(&name.as_str()) || file_fields.contains(&name.as_str()) {
                let text = field.text().await.map_err(multipart_error)?;
                upload.bytes += text.len();
                if !text.trim().is_empty() {
                    upload.fields.insert(name, text);
                }
            } else {
                return Err(ApiError::bad_request(format!(
                    "unknown form field {:?}; this endpoint takes {}",
                    name.chars().take(40).collect::<String>(),
                    file_fields
                        .iter()
                        .chain(text_fields)
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
        let images = upload
            .files
            .values()
            .flatten()
            .filter(|f| f.is_image())
            .count();
        if images > limits.max_images {
            return Err(ApiError::too_large(format!(
                "{images} images, more than the limit of {}",
                limits.max_images
            )));
        }
        Ok(upload)
    }

    pub fn file_count(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }

    /// A text field.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(|s| s.trim())
    }

    /// A text field parsed, with a clear 400 when it does not parse.
    pub fn parsed<T: std::str::FromStr>(
        &self,
        name: &str,
        what: &str,
    ) -> Result<Option<T>, ApiError> {
        self.field(name)
            .map(|v| {
                v.parse::<T>().map_err(|_| {
                    ApiError::bad_request(format!(
                        "field {name}: {:?} is not {what}",
                        v.chars().take(40).collect::<String>()
                    ))
                })
            })
            .transpose()
    }

    /// A checkbox (`on`, `yes`, `true`, `1`).
    pub fn checked(&self, name: &str) -> bool {
        self.field(name)
            .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "on" | "yes" | "true" | "1"))
    }
}

fn multipart_error(e: MultipartError) -> ApiError {
    match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::too_large("the upload is larger than this server accepts")
        }
        status => ApiError::new(status, "bad-request", e.body_text()),
    }
}

/// The extension to store a file under: the client's, when loanlint reads it; `txt` for a
/// text part without one; else `bin`, which the reader accepts only by content.
fn stored_extension(file_name: Option<&str>, content_type: Option<&str>) -> &'static str {
    let ext = file_name
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if let Some(known) = EXTENSIONS
        .iter()
        .chain(IMAGE_EXTENSIONS)
        .find(|k| **k == ext)
    {
        return known;
    }
    match content_type {
        Some(t) if t.starts_with("text/plain") => "txt",
        _ => "bin",
    }
}

/// The request's private folder (mode 0700), removed with everything in it when dropped.
#[derive(Debug)]
pub struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new(root: &Path) -> Result<Workspace, ApiError> {
        let dir = tempfile::Builder::new()
            .prefix("loanlint-serve-")
            .tempdir_in(root)
            .map_err(|_| ApiError::internal())?;
        Ok(Workspace { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Store `parts` as `{stem}-01.{ext}`, `{stem}-02.{ext}`, ... in order.
    pub fn store(&self, stem: &str, parts: &[FilePart]) -> Result<Vec<PathBuf>, ApiError> {
        parts
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let path = self
                    .dir
                    .path()
                    .join(format!("{stem}-{:02}.{}", i + 1, part.extension));
                write_private(&path, &part.bytes)?;
                Ok(path)
            })
            .collect()
    }

    /// Store pasted text as `{stem}.txt`.
    pub fn store_text(&self, stem: &str, text: &str) -> Result<PathBuf, ApiError> {
        let path = self.dir.path().join(format!("{stem}.txt"));
        write_private(&path, text.as_bytes())?;
        Ok(path)
    }

    /// `text` with this folder's path taken out, so answers name `upload-01.pdf`, never a
    /// server path (also inside JSON strings, where the path may be escaped).
    pub fn public(&self, text: &str) -> String {
        let raw = format!("{}{}", self.dir.path().display(), std::path::MAIN_SEPARATOR);
        let escaped = serde_json::to_string(&raw).unwrap_or_default();
        let escaped = escaped.trim_matches('"');
        text.replace(&raw, "").replace(escaped, "")
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(|_| ApiError::internal())
}

/// With the borrower's consent and `--keep DIR`: the uploads and the answers in a new folder
/// `DIR/case-<UTC time>-<n>`.
pub fn keep_case(
    root: &Path,
    workspace: &Workspace,
    answers: &[(&str, &str)],
) -> std::io::Result<PathBuf> {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let dir = root.join(format!("case-{stamp}-{n}"));
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.recursive(true).create(&dir)?;
    for entry in std::fs::read_dir(workspace.path())?.filter_map(Result::ok) {
        std::fs::copy(entry.path(), dir.join(entry.file_name()))?;
    }
    for (name, body) in answers {
        std::fs::write(dir.join(name), body)?;
    }
    Ok(dir)
}
