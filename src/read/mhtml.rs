//! Web archives (`.mhtml`/`.mht`, "Save page as… single file"): a MIME `multipart/related`
//! message whose first `text/html` part is the page, usually quoted-printable or base64,
//! with its charset on the part's `Content-Type`. `mail-parser` finds the parts; the
//! transfer encoding is undone here and the page goes to the HTML reader, so the part's
//! declared charset (or else the page's `<meta>`) decides the decoding.
//!
//! A truncated archive (no closing boundary) and one without an HTML part are refused with
//! a clear error rather than read in part.

use encoding_rs::Encoding;
use mail_parser::decoders::{base64::base64_decode, quoted_printable::quoted_printable_decode};
use mail_parser::{MessageParser, MimeHeaders, PartType};

use super::error::ReadError;

/// Largest web archive read (pictures ride along as base64).
pub const MAX_MHTML_BYTES: usize = 64 << 20;

/// Bytes of the head looked at to tell a web archive.
const HEAD_BYTES: usize = 4096;

const FORMAT: &str = "web archive (MHTML)";

/// Whether the first bytes are the header of a MIME web archive: a `MIME-Version` header and
/// a `multipart/related` content type in the header block (before the first blank line).
pub fn looks_like_mhtml(head: &[u8]) -> bool {
    let head = head.get(..head.len().min(HEAD_BYTES)).unwrap_or(head);
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let block = text
        .replace("\r\n", "\n")
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .to_string();
    let mut lines = block.lines();
    // The first line is a header field (`Name: value`), not prose.
    let first_is_field = lines.next().is_some_and(|l| {
        l.split_once(':').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
    });
    first_is_field
        && block.lines().any(|l| l.starts_with("mime-version:"))
        && block.contains("multipart/related")
}

/// The page of a web archive: its HTML bytes (transfer encoding undone) and the charset its
/// part declares, if encoding_rs knows the label.
pub fn html_part(
    bytes: &[u8],
    name: &str,
) -> Result<(Vec<u8>, Option<&'static Encoding>), ReadError> {
    let malformed = |detail: String| ReadError::Malformed {
        path: name.to_string(),
        format: FORMAT,
        detail,
    };
    if bytes.len() > MAX_MHTML_BYTES {
        return Err(malformed(format!(
            "{} bytes is over the {} MiB limit for web archives",
            bytes.len(),
            MAX_MHTML_BYTES >> 20
        )));
    }
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| malformed("not a MIME message".to_string()))?;
    let root = message.parts.first();
    let boundary = root
        .and_then(|p| p.content_type())
        .filter(|ct| ct.ctype().eq_ignore_ascii_case("multipart"))
        .and_then(|ct| ct.attribute("boundary"))
        .ok_or_else(|| malformed("no multipart/related body (no MIME boundary)".to_string()))?;
    if !closes(bytes, boundary.as_bytes()) {
        return Err(malformed(
            "truncated: the archive's closing MIME boundary is missing".to_string(),
        ));
    }
    let page = message
        .parts
        .iter()
        .find(|p| {
            p.content_type().is_some_and(|ct| {
                ct.ctype().eq_ignore_ascii_case("text")
                    && ct.subtype().is_some_and(|s| s.eq_ignore_ascii_case("html"))
            }) && matches!(p.body, PartType::Html(_) | PartType::Text(_))
        })
        .ok_or_else(|| {
            malformed("the archive holds no HTML page (no text/html part)".to_string())
        })?;
    let raw = bytes
        .get(page.offset_body as usize..page.offset_end as usize)
        .unwrap_or_default();
    let decoded = match page.encoding {
        mail_parser::Encoding::QuotedPrintable => quoted_printable_decode(raw),
        mail_parser::Encoding::Base64 => base64_decode(raw),
        mail_parser::Encoding::None => Some(raw.to_vec()),
    }
    .ok_or_else(|| malformed("the HTML part's transfer encoding is damaged".to_string()))?;
    let charset = page
        .content_type()
        .and_then(|ct| ct.attribute("charset"))
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    Ok((decoded, charset))
}

/// Whether the closing delimiter `--boundary--` is in the bytes.
fn closes(bytes: &[u8], boundary: &[u8]) -> bool {
    let mut close = Vec::with_capacity(boundary.len() + 4);
    close.extend_from_slice(b"--");
    close.extend_from_slice(boundary);
    close.extend_from_slice(b"--");
    bytes.windows(close.len()).any(|w| w == close.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archive(parts: &[(&str, &str, &[u8])]) -> Vec<u8> {
        let mut out = b"From: <Saved by Blink>\r\nSubject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B--x\"\r\n\r\n".to_vec();
        for (ctype, encoding, body) in parts {
            out.extend_from_slice(
                format!(
                    "------B--x\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {encoding}\r\nContent-Location: https://h5.example/c\r\n\r\n"
                )
                .as_bytes(),
            );
            out.extend_from_slice(body);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"------B--x--\r\n");
        out
    }

    #[test]
    fn finds_the_page_and_undoes_quoted_printable() {
        let bytes = archive(&[
            ("image/png", "base64", b"iVBORw0KGgo="),
            (
                "text/html; charset=\"gbk\"",
                "quoted-printable",
                b"<p>=BD=E8=BF=EE</p>=\r\n<p>x</p>",
            ),
        ]);
        assert!(looks_like_mhtml(&bytes));
        let (html, charset) = html_part(&bytes, "a.mhtml").expect("reads");
        assert_eq!(charset, Some(encoding_rs::GBK));
        assert_eq!(html, b"<p>\xBD\xE8\xBF\xEE</p><p>x</p>");
    }

    #[test]
    fn truncated_and_pageless_archives_are_refused() {
        let bytes = archive(&[("text/html", "base64", b"PHA+eDwvcD4=")]);
        assert_eq!(html_part(&bytes, "a.mhtml").expect("reads").0, b"<p>x</p>");
        let cut = &bytes[..bytes.len() - 20];
        let err = html_part(cut, "a.mhtml").expect_err("truncated");
        assert!(err.to_string().contains("truncated"), "{err}");
        let pageless = archive(&[("image/png", "base64", b"iVBORw0KGgo=")]);
        let err = html_part(&pageless, "a.mhtml").expect_err("no page");
        assert!(err.to_string().contains("no HTML page"), "{err}");
    }

    #[test]
    fn tells_archives_from_text() {
        assert!(!looks_like_mhtml(
            "借款合同\nMIME-Version: 1.0\nmultipart/related".as_bytes()
        ));
        assert!(!looks_like_mhtml(
            b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n"
        ));
        assert!(!looks_like_mhtml(
            b"MIME-Version: 1.0\r\n\r\nContent-Type: multipart/related\r\n"
        ));
    }
}
