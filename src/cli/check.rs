//! `loanlint check` and `loanlint text`.

use std::io::{self, Write};
use std::path::Path;

use loanlint::read::{self, PAGE_BREAK};
use loanlint::report::{
    AuditSummary, FileOutcome, HumanPrinter, JsonLinesPrinter, JsonPrinter, Printer,
};

use super::{EXIT_CLEAN, EXIT_ERROR, Format, GlobalArgs, fail};

pub fn run(global: &GlobalArgs, file: &Path) -> u8 {
    let checker = match global.checker() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let options = global.analysis_options();
    let report = match loanlint::analyse_file(file, &options, &checker) {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let worst = report.worst_severity();
    let mut printer: Box<dyn Printer> = match global.format.unwrap_or(Format::Human) {
        Format::Human => Box::new(HumanPrinter {
            lang: global.lang(),
        }),
        Format::Json => Box::new(JsonPrinter),
        Format::Jsonl => Box::new(JsonLinesPrinter),
        other => {
            return fail(
                format!("check does not support --format {other:?}; use human or json")
                    .to_lowercase(),
            );
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let outcome = FileOutcome::Analysed(Box::new(report));
    if let Err(e) = printer
        .outcome(&mut out, &outcome)
        .and_then(|_| printer.finish(&mut out, &AuditSummary::default()))
    {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return fail(e);
        }
    }
    global.exit_for(worst)
}

/// `loanlint text FILE`: the normalised text with `--- page N ---` markers.
pub fn text(global: &GlobalArgs, file: &Path) -> u8 {
    let options = global.analysis_options();
    let doc = match read::read_file(file, &options.read) {
        Ok(d) => d,
        Err(e) => return fail(e),
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut result = Ok(());
    for (i, page) in doc.text.split(PAGE_BREAK).enumerate() {
        result = result
            .and_then(|_| writeln!(out, "--- page {} ---", i + 1))
            .and_then(|_| out.write_all(page.as_bytes()))
            .and_then(|_| {
                if page.ends_with('\n') {
                    Ok(())
                } else {
                    writeln!(out)
                }
            });
    }
    for w in &doc.warnings {
        eprintln!("loanlint: {}: {w}", file.display());
    }
    match result {
        Ok(()) => EXIT_CLEAN,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_CLEAN,
        Err(e) => {
            let _ = fail(e);
            EXIT_ERROR
        }
    }
}
