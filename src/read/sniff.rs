//! What a file is, told from the file system and its first bytes, before any parser runs.

use std::path::Path;

use super::error::ReadError;

/// Whether the bytes look like a PDF (`%PDF` within the first KiB, as readers accept).
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    bytes
        .get(..bytes.len().min(1024))
        .is_some_and(|h| h.windows(5).any(|w| w == b"%PDF-"))
}

/// Refuse directories, FIFOs and devices up front: reading a FIFO would block forever.
pub fn regular_file(path: &Path, name: &str) -> Result<(), ReadError> {
    let meta = std::fs::metadata(path).map_err(|source| ReadError::Io {
        path: name.to_string(),
        source,
    })?;
    if meta.is_file() {
        return Ok(());
    }
    let (kind, what) = if meta.is_dir() {
        (std::io::ErrorKind::IsADirectory, "is a directory")
    } else {
        (std::io::ErrorKind::InvalidInput, "not a regular file")
    };
    Err(ReadError::Io {
        path: name.to_string(),
        source: std::io::Error::new(kind, what),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_check() {
        assert!(looks_like_pdf(b"%PDF-1.7\n..."));
        assert!(looks_like_pdf(b"\xef\xbb\xbfjunk %PDF-1.4"));
        assert!(!looks_like_pdf(b""));
        assert!(!looks_like_pdf(b"PK\x03\x04 a zip"));
    }
}
