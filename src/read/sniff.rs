//! What a file is, told from the file system and its first bytes, before any parser runs.

use std::io::Read;
use std::path::Path;

use super::error::ReadError;
use super::image::ImageFormat;
use super::mhtml::looks_like_mhtml;

/// Bytes read to tell a file's kind.
const HEAD_BYTES: u64 = 4096;

/// File name extensions of the formats loanlint reads (for folder walks such as `audit`).
pub const EXTENSIONS: &[&str] = &[
    "pdf", "html", "htm", "xhtml", "mhtml", "mht", "docx", "txt", "md", "text",
];

/// File name extensions of the images loanlint reads by OCR (screenshots, photos). Not in
/// [`EXTENSIONS`]: a folder of screenshots is usually one contract (`check --as-one`), not
/// one contract per image.
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "webp"];

/// The formats loanlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pdf,
    Html,
    /// A saved web archive (MIME `multipart/related`), read through its HTML page.
    Mhtml,
    Docx,
    Text,
    /// A PNG, JPEG or WebP image, read by OCR.
    Image,
}

impl FileKind {
    /// How a message names the kind.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Html => "HTML",
            FileKind::Mhtml => "web archive (.mhtml)",
            FileKind::Docx => "Word (.docx)",
            FileKind::Text => "text",
            FileKind::Image => "image",
        }
    }

    /// The kind an extension names, if loanlint reads it.
    pub fn from_extension(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "pdf" => FileKind::Pdf,
            "html" | "htm" | "xhtml" => FileKind::Html,
            "mhtml" | "mht" => FileKind::Mhtml,
            "docx" => FileKind::Docx,
            "txt" | "md" | "text" => FileKind::Text,
            "png" | "jpg" | "jpeg" | "webp" => FileKind::Image,
            _ => return None,
        })
    }
}

/// What the first bytes say a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signature {
    /// A format loanlint reads (`%PDF-`, a ZIP as Word files are, `<!DOCTYPE html`/`<html`).
    Readable(FileKind),
    /// A format it does not read, named for the message.
    Foreign(&'static str),
    /// No signature: text, or something unknown.
    None,
}

/// Tell a file's format from its first bytes (magic numbers, as `file` does).
pub fn signature(head: &[u8]) -> Signature {
    const FOREIGN: &[(&[u8], &str)] = &[
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "a legacy Word .doc (OLE) file; save it as .docx or PDF",
        ),
        (b"GIF8", "a GIF image"),
        (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
    ];
    if head.starts_with(b"%PDF-") {
        return Signature::Readable(FileKind::Pdf);
    }
    if head.starts_with(b"PK\x03\x04") {
        return Signature::Readable(FileKind::Docx);
    }
    if let Some((_, what)) = FOREIGN.iter().find(|(magic, _)| head.starts_with(magic)) {
        return Signature::Foreign(what);
    }
    if ImageFormat::of(head).is_some() {
        return Signature::Readable(FileKind::Image);
    }
    if looks_like_mhtml(head) {
        return Signature::Readable(FileKind::Mhtml);
    }
    if looks_like_html(head) {
        return Signature::Readable(FileKind::Html);
    }
    // Readers accept a PDF header a little way into the file (after junk or a BOM).
    if looks_like_pdf(head) {
        return Signature::Readable(FileKind::Pdf);
    }
    Signature::None
}

/// An HTML document: after a BOM, white space and comments, `<!DOCTYPE html` or `<html`.
fn looks_like_html(head: &[u8]) -> bool {
    let mut rest = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        rest = rest.trim_ascii_start();
        if let Some(after) = rest.strip_prefix(b"<!--") {
            match after.windows(3).position(|w| w == b"-->") {
                Some(end) => rest = after.get(end + 3..).unwrap_or_default(),
                None => return false,
            }
        } else if rest.starts_with(b"<?xml") {
            match rest.iter().position(|&b| b == b'>') {
                Some(end) => rest = rest.get(end + 1..).unwrap_or_default(),
                None => return false,
            }
        } else {
            break;
        }
    }
    let lower: Vec<u8> = rest.iter().take(14).map(u8::to_ascii_lowercase).collect();
    lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html")
}

/// The first bytes of a regular file (directories, FIFOs and devices are refused).
pub fn read_head(path: &Path, name: &str) -> Result<Vec<u8>, ReadError> {
    regular_file(path, name)?;
    let mut head = Vec::with_capacity(HEAD_BYTES as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(HEAD_BYTES).read_to_end(&mut head))
        .map_err(|source| ReadError::Io {
            path: name.to_string(),
            source,
        })?;
    Ok(head)
}

/// The kind to read a file as: its content decides when it has a signature, else its
/// extension. A warning is returned when the two disagree.
pub fn decide(path: &Path, head: &[u8]) -> Result<(FileKind, Option<String>), ReadError> {
    let name = path.display().to_string();
    let by_name = FileKind::from_extension(path);
    match (signature(head), by_name) {
        (Signature::Foreign(what), _) => Err(ReadError::UnsupportedContent {
            path: name,
            what: what.to_string(),
        }),
        (Signature::Readable(kind), Some(named)) if named != kind => Ok((
            kind,
            Some(format!(
                "named as {} but the content is {}; read as {}",
                named.label(),
                kind.label(),
                kind.label()
            )),
        )),
        (Signature::Readable(kind), None) => Ok((
            kind,
            Some(format!(
                "the file name does not say its type; the content is {}",
                kind.label()
            )),
        )),
        (Signature::Readable(kind), Some(_)) => Ok((kind, None)),
        (Signature::None, Some(kind)) => Ok((kind, None)),
        (Signature::None, None) => Err(ReadError::Unsupported { path: name }),
    }
}

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

    #[test]
    fn every_listed_extension_is_read() {
        for ext in EXTENSIONS.iter().chain(IMAGE_EXTENSIONS) {
            let name = format!("contract.{}", ext.to_uppercase());
            assert!(
                FileKind::from_extension(Path::new(&name)).is_some(),
                "{name}"
            );
        }
    }

    #[test]
    fn content_decides_the_kind() {
        use FileKind::*;
        let kind =
            |name: &str, head: &[u8]| decide(Path::new(name), head).map(|(k, w)| (k, w.is_some()));
        assert_eq!(kind("a.pdf", b"%PDF-1.4").ok(), Some((Pdf, false)));
        assert_eq!(kind("a.docx", b"%PDF-1.4").ok(), Some((Pdf, true)));
        assert_eq!(kind("a.pdf", b"PK\x03\x04....").ok(), Some((Docx, true)));
        assert_eq!(
            kind("a.txt", b"\xEF\xBB\xBF <!-- x --> <!DOCTYPE HTML>").ok(),
            Some((Html, true))
        );
        let archive = b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"; boundary=\"b\"\r\n\r\n";
        assert_eq!(kind("a.mhtml", archive).ok(), Some((Mhtml, false)));
        assert_eq!(kind("page.html", archive).ok(), Some((Mhtml, true)));
        assert_eq!(kind("a.mht", b"junk").ok(), Some((Mhtml, false)));
        assert_eq!(
            kind("a.htm", b"<div>fragment</div>").ok(),
            Some((Html, false))
        );
        assert_eq!(
            kind("a.txt", "借款合同 <html>".as_bytes()).ok(),
            Some((Text, false))
        );
        assert_eq!(kind("contract", b"%PDF-1.7").ok(), Some((Pdf, true)));
        assert_eq!(
            kind("a.jpg", b"\x89PNG\r\n\x1a\n").ok(),
            Some((Image, false))
        );
        assert_eq!(
            kind("shot.png", b"\x89PNG\r\n\x1a\n").ok(),
            Some((Image, false))
        );
        assert_eq!(
            kind("a.docx", b"\xFF\xD8\xFF\xE0").ok(),
            Some((Image, true))
        );
        let doc = decide(Path::new("a.docx"), b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest");
        assert_eq!(doc.map_err(|e| e.reason()).err(), Some("unsupported"));
        assert_eq!(
            decide(Path::new("a.rs"), b"fn main")
                .map_err(|e| e.reason())
                .err(),
            Some("unsupported")
        );
    }
}
