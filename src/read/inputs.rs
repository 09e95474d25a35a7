//! Several input files as one document: a contract's screenshots (`check a.png b.png`), or
//! every readable file of a folder (`check --as-one DIR`), in order. And the one-file
//! input of `message`, which may be a screenshot.

use std::path::{Path, PathBuf};

use super::document::{Document, SourceKind};
use super::error::ReadError;
use super::options::ReadOptions;
use super::sniff::{self, EXTENSIONS, FileKind, IMAGE_EXTENSIONS};
use super::{image, overlap, read_file, text};

/// Read what a command line names: one file as itself; several files, or with `as_one` a
/// folder (its readable files in natural name order: `shot2` before `shot10`), as one
/// document in the order given.
pub fn read_inputs(
    paths: &[PathBuf],
    as_one: bool,
    options: &ReadOptions,
) -> Result<Document, ReadError> {
    match paths {
        [one] if as_one && one.is_dir() => read_as_one(&folder_files(one)?, options),
        [one] => read_file(one, options),
        _ => read_as_one(paths, options),
    }
}

/// Read `paths` as one document, in order: each file's pages become pages of the whole, so
/// evidence says which file (and image) it came from. Files are read in parallel; the first
/// file that cannot be read is the error.
pub fn read_as_one(paths: &[PathBuf], options: &ReadOptions) -> Result<Document, ReadError> {
    let Some(first) = paths.first() else {
        return Err(ReadError::Other {
            path: String::new(),
            detail: "no input files".into(),
        });
    };
    if let [one] = paths {
        let doc = read_file(one, options)?;
        return Ok(Document::join(one, vec![doc]));
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut parts = Vec::with_capacity(paths.len());
    for chunk in paths.chunks(workers.max(1)) {
        let read: Vec<Result<Document, ReadError>> = std::thread::scope(|scope| {
            let handles: Vec<_> = chunk
                .iter()
                .map(|p| scope.spawn(move || read_file(p, options)))
                .collect();
            handles
                .into_iter()
                .zip(chunk)
                .map(|(h, p)| {
                    h.join().unwrap_or_else(|_| {
                        Err(ReadError::Crashed {
                            path: p.display().to_string(),
                            detail: "the reader thread panicked".into(),
                        })
                    })
                })
                .collect()
        });
        for (doc, path) in read.into_iter().zip(chunk) {
            parts.push(blank_screenshot(path, doc)?);
        }
    }
    if parts.iter().all(|d| d.text.trim().is_empty()) {
        return Err(ReadError::Empty {
            path: first.display().to_string(),
        });
    }
    drop_repeated_lines(&mut parts);
    Ok(Document::join(first, parts))
}

/// A screenshot with no text (the blank end of a page, a picture) among several is an empty
/// page with a warning, so the others are still read and images keep their numbers.
fn blank_screenshot(path: &Path, doc: Result<Document, ReadError>) -> Result<Document, ReadError> {
    match doc {
        Err(ReadError::Empty { .. }) if has_image_name(path) => {
            let mut page = Document::from_pages(path, &[String::new()]);
            page.kind = SourceKind::Image;
            page.warnings
                .push("no text was read from this screenshot; it is left out".into());
            Ok(page)
        }
        other => other,
    }
}

fn has_image_name(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Consecutive screenshots that repeat lines (a phone scrolls less than a screen) are cut
/// so that each line is read once ([`overlap`]); the cut is stated as a warning.
fn drop_repeated_lines(parts: &mut [Document]) {
    for k in 1..parts.len() {
        let screenshots = |d: &Document| d.kind == SourceKind::Image && d.page_count() == 1;
        if !(screenshots(&parts[k - 1]) && screenshots(&parts[k])) {
            continue;
        }
        let Some((a, b)) = overlap::overlap_cut(&parts[k - 1].text, &parts[k].text) else {
            continue;
        };
        let note = "overlaps the previous screenshot; the repeated lines are read once".to_string();
        let prev = &parts[k - 1];
        parts[k - 1] = overlap::trim(prev, 0, a, None);
        let next = &parts[k];
        parts[k] = overlap::trim(next, b, next.text.len(), Some(note));
    }
}

/// The readable files of a folder (documents and images, not hidden), in natural order.
fn folder_files(dir: &Path) -> Result<Vec<PathBuf>, ReadError> {
    let name = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|source| ReadError::Io {
        path: name.clone(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_readable_name(p))
        .collect();
    files.sort_by_key(|p| natural_key(p));
    if files.is_empty() {
        return Err(ReadError::Empty { path: name });
    }
    Ok(files)
}

fn is_readable_name(p: &Path) -> bool {
    let hidden = p
        .file_name()
        .and_then(|n| n.to_str())
        .is_none_or(|n| n.starts_with('.'));
    let ext = p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    !hidden && (EXTENSIONS.contains(&ext.as_str()) || IMAGE_EXTENSIONS.contains(&ext.as_str()))
}

/// A sort key in which runs of digits compare as numbers: `shot2` < `shot10`.
fn natural_key(p: &Path) -> Vec<(u128, String)> {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut key = Vec::new();
    let mut chars = name.chars().peekable();
    while let Some(&c) = chars.peek() {
        let digits = c.is_ascii_digit();
        let mut run = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() != digits {
                break;
            }
            run.push(c);
            chars.next();
        }
        if digits {
            key.push((run.parse().unwrap_or(u128::MAX), String::new()));
        } else {
            key.push((0, run));
        }
    }
    key
}

/// The text of a collection message: a screenshot is read by OCR, a text file decoded
/// (UTF-8, UTF-16 with BOM, GB18030, Big5). For `loanlint message`.
pub fn read_message_input(path: &Path) -> Result<String, ReadError> {
    let name = path.display().to_string();
    let head = sniff::read_head(path, &name)?;
    if head.is_empty() {
        return Err(ReadError::Empty { path: name });
    }
    if sniff::decide(path, &head).is_ok_and(|(kind, _)| kind == FileKind::Image) {
        let text = image::read_image(path, &ReadOptions::default())?.text;
        return match text.trim().is_empty() {
            true => Err(ReadError::Empty { path: name }),
            false => Ok(text),
        };
    }
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: name.clone(),
        source,
    })?;
    text::decode(&bytes).ok_or(ReadError::Encoding { path: name })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_puts_2_before_10() {
        let mut names: Vec<PathBuf> = ["shot10.png", "shot2.png", "Shot1.png", "a.png"]
            .iter()
            .map(PathBuf::from)
            .collect();
        names.sort_by_key(|p| natural_key(p));
        let sorted: Vec<String> = names.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(sorted, ["a.png", "Shot1.png", "shot2.png", "shot10.png"]);
    }

    #[test]
    fn several_text_files_read_as_one_say_which_file() {
        let dir = std::env::temp_dir().join(format!("loanlint-as-one-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let a = dir.join("part1.txt");
        let b = dir.join("part2.txt");
        std::fs::write(&a, "借款合同\n甲方：某公司\n").expect("write");
        std::fs::write(&b, "第一条\n借款金额为人民币10000元。\n").expect("write");
        let doc =
            read_inputs(std::slice::from_ref(&dir), true, &ReadOptions::default()).expect("read");
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(doc.page_count(), 2);
        let at = doc.text.find("10000").expect("in text");
        let ev = doc.sentence_evidence(at, at + 5);
        assert_eq!(ev.page, Some(2));
        let loc = ev.location.expect("a text file has a location");
        assert_eq!(loc.file.as_deref(), Some(b.display().to_string().as_str()));
        assert_eq!(loc.line, Some(2));
    }
}
