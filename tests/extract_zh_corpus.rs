//! Whole-contract tests on the real Chinese loan contracts of the shared corpus (HTML copies,
//! stripped of tags, read through the ordinary text reader). Skipped with a notice when the
//! corpus is absent.

use std::path::{Path, PathBuf};

use loanlint::model::Terms;
use loanlint::read::{Document, ReadOptions, read_file};

fn corpus_dir() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        manifest.join("../shared/corpus/real"),
        PathBuf::from("/work/shared/corpus/real"),
    ]
    .into_iter()
    .find(|p| p.join("MANIFEST.tsv").is_file())
}

/// Tag-stripped text of an HTML file: block ends become line breaks, entities decoded.
fn html_to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with('<') {
            let lrest = &lower[i..];
            // Skip script/style bodies entirely.
            for tag in ["script", "style"] {
                if lrest.starts_with(&format!("<{tag}")) {
                    if let Some(end) = lrest.find(&format!("</{tag}>")) {
                        i += end;
                    }
                }
            }
            let lrest = &lower[i..];
            let close = lrest.find('>').map_or(html.len() - i, |e| e + 1);
            let tag = &lrest[..close];
            if [
                "<br", "</p", "</div", "</tr", "</h", "</li", "</td", "</table", "<p",
            ]
            .iter()
            .any(|t| tag.starts_with(t))
            {
                out.push('\n');
            }
            i += close;
            continue;
        }
        let ch = rest.chars().next().unwrap();
        if ch == '&' {
            if let Some(semi) = rest.find(';').filter(|s| *s < 10) {
                let ent = &rest[1..semi];
                let rep = match ent {
                    "nbsp" => Some(' '),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "amp" => Some('&'),
                    "quot" => Some('"'),
                    "ldquo" => Some('“'),
                    "rdquo" => Some('”'),
                    "yen" => Some('¥'),
                    _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16)
                        .ok()
                        .and_then(char::from_u32),
                    _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                    _ => None,
                };
                if let Some(r) = rep {
                    out.push(r);
                    i += semi + 1;
                    continue;
                }
            }
        }
        // Source whitespace (indentation, line wraps) collapses to one space, as a browser shows it.
        if ch.is_whitespace() {
            if !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
        i += ch.len_utf8();
    }
    out
}

/// Read a corpus HTML contract as a document (through the text reader, so it is normalised
/// like any other input).
fn load(name: &str) -> Option<Document> {
    let Some(dir) = corpus_dir() else {
        eprintln!("NOTICE: shared corpus not found; skipping {name}");
        return None;
    };
    let html = std::fs::read_to_string(dir.join(name)).ok()?;
    let tmp = tempfile::Builder::new().suffix(".txt").tempfile().ok()?;
    std::fs::write(tmp.path(), html_to_text(&html)).ok()?;
    read_file(tmp.path(), &ReadOptions::default()).ok()
}

fn terms(name: &str) -> Option<(Document, Terms)> {
    let doc = load(name)?;
    let t = loanlint::extract::zh::extract(&doc);
    Some((doc, t))
}

#[test]
#[ignore = "debugging aid: prints the terms of every zh corpus contract"]
fn dump_all() {
    let Some(dir) = corpus_dir() else { return };
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("zh_") && n.ends_with(".html"))
        .collect();
    names.sort();
    for n in names {
        if let Some((doc, t)) = terms(&n) {
            if std::env::var_os("DUMP_TEXT").is_some() {
                println!("--- text of {n}\n{}", doc.text);
            }
            println!("=== {n}\n{}", serde_json::to_string_pretty(&t).unwrap());
        }
    }
}
