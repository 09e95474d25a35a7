//! `loanlint check` and `loanlint text`.

use std::path::{Path, PathBuf};

use loanlint::read;
use loanlint::report::{FileOutcome, TextPrinter, select};

use super::{GlobalArgs, fail, warn};

pub fn run(
    global: &GlobalArgs,
    files: &[PathBuf],
    as_one: bool,
    html: Option<&Path>,
) -> Result<u8, u8> {
    let checker = global.checker()?;
    let options = global.analysis_options();
    let doc = read::read_inputs(files, as_one, &options.read).map_err(fail)?;
    let report = loanlint::analyse_document(&doc, &options, &checker);
    let mut printer = select::check(global.format, global.lang).map_err(fail)?;
    let outcome = FileOutcome::Analysed(Box::new(report));
    if let Some(path) = html {
        loanlint::report::write_html_page(path, &outcome, global.lang).map_err(fail)?;
    }
    super::emit(global, printer.as_mut(), &outcome)
}

/// `loanlint text FILE`: the normalised text with `--- page N ---` markers.
pub fn text(global: &GlobalArgs, files: &[PathBuf], as_one: bool) -> Result<u8, u8> {
    let doc = read::read_inputs(files, as_one, &global.analysis_options().read).map_err(fail)?;
    let printed = super::emit::<_, ()>(global, &mut TextPrinter, &doc);
    for w in &doc.warnings {
        // Warnings of several files already name their file.
        match doc.page_files.is_empty() {
            true => warn(format!("{}: {w}", doc.path.display())),
            false => warn(w.clone()),
        }
    }
    printed
}
