//! Golden files: an output is compared whole with a file committed under `tests/golden/`.
//! On a mismatch the test fails with a line diff; `LOANLINT_BLESS=1` rewrites the file instead
//! (review the change with `git diff` before committing it).

use std::path::{Path, PathBuf};

/// The folder that holds the golden files.
pub fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn blessing() -> bool {
    std::env::var_os("LOANLINT_BLESS").is_some_and(|v| v == "1")
}

/// Compare `actual` with the golden file `relative` (under `tests/golden/`). Returns a
/// description of the mismatch (with a diff), or `None` when they are equal or when blessing.
pub fn check(relative: &str, actual: &str) -> Option<String> {
    let path = golden_dir().join(relative);
    if blessing() {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the golden folder");
        }
        std::fs::write(&path, actual).expect("write the golden file");
        return None;
    }
    let expected = match std::fs::read_to_string(&path) {
        Ok(e) => e,
        Err(e) => {
            return Some(format!(
                "{}: {e} (run with LOANLINT_BLESS=1 to create it)",
                path.display()
            ));
        }
    };
    (expected != actual).then(|| {
        format!(
            "{} differs from the output (- golden, + output; LOANLINT_BLESS=1 rewrites it):\n{}",
            path.display(),
            diff(&expected, actual)
        )
    })
}

/// Panic with a diff unless `actual` equals the golden file `relative`.
pub fn assert_golden(relative: &str, actual: &str) {
    if let Some(problem) = check(relative, actual) {
        panic!("{problem}");
    }
}

/// A line diff with three lines of context around each change (`-` expected, `+` actual).
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Longest common subsequence table, from the end, so the walk below goes forwards.
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut lines: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            lines.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            lines.push(('-', a[i]));
            i += 1;
        } else {
            lines.push(('+', b[j]));
            j += 1;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        lines.push(('!', "(the files differ in their final newline)"));
    }
    let near_change = |k: usize| {
        let lo = k.saturating_sub(3);
        let hi = (k + 4).min(lines.len());
        lines[lo..hi].iter().any(|(tag, _)| *tag != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (tag, line)) in lines.iter().enumerate() {
        if near_change(k) {
            if skipped {
                out.push_str("@@\n");
                skipped = false;
            }
            out.push(*tag);
            out.push_str(line);
            out.push('\n');
        } else {
            skipped = true;
        }
    }
    out
}

/// Replace every occurrence of `path` (as the program printed it) with `label`.
pub fn redact_path(text: &str, path: &Path, label: &str) -> String {
    text.replace(&path.display().to_string(), label)
}
