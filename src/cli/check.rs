//! `loanlint check` and `loanlint text`.

use std::path::Path;

use loanlint::read;
use loanlint::report::{
    AuditSummary, FileOutcome, HumanPrinter, JsonLinesPrinter, JsonPrinter, Printer, TextPrinter,
};

use super::{EXIT_CLEAN, Format, GlobalArgs, fail, print, warn};

pub fn run(global: &GlobalArgs, file: &Path) -> Result<u8, u8> {
    let checker = global.checker().map_err(fail)?;
    let report =
        loanlint::analyse_file(file, &global.analysis_options(), &checker).map_err(fail)?;
    let mut printer: Box<dyn Printer<FileOutcome, AuditSummary>> =
        match global.format.unwrap_or(Format::Human) {
            Format::Human => Box::new(HumanPrinter {
                lang: global.lang(),
            }),
            Format::Json => Box::new(JsonPrinter),
            Format::Jsonl => Box::new(JsonLinesPrinter),
            other => {
                return Err(fail(
                    format!("check does not support --format {other:?}; use human or json")
                        .to_lowercase(),
                ));
            }
        };
    let outcome = FileOutcome::Analysed(Box::new(report));
    print(printer.as_mut(), &outcome)?;
    Ok(global.exit_for(outcome.worst_severity()))
}

/// `loanlint text FILE`: the normalised text with `--- page N ---` markers.
pub fn text(global: &GlobalArgs, file: &Path) -> Result<u8, u8> {
    let doc = read::read_file(file, &global.analysis_options().read).map_err(fail)?;
    let printed = print::<_, ()>(&mut TextPrinter, &doc);
    for w in &doc.warnings {
        warn(format!("{}: {w}", file.display()));
    }
    printed.map(|()| EXIT_CLEAN)
}
