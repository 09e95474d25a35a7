//! JSON printers: one object (`check`), an array (`audit --format json`), JSON Lines (`audit --format jsonl`).

use std::io::{self, Write};

use serde_json::json;

use super::{AuditSummary, FileOutcome, Printer};

/// Write one outcome as JSON: the report itself (fields in their declared order), or an
/// error record `{"schema_version", "file", "error": {"reason", "message"}}`.
fn write_outcome(out: &mut dyn Write, outcome: &FileOutcome, pretty: bool) -> io::Result<()> {
    let result = match (outcome, pretty) {
        (FileOutcome::Analysed(report), true) => serde_json::to_writer_pretty(&mut *out, report),
        (FileOutcome::Analysed(report), false) => serde_json::to_writer(&mut *out, report),
        (
            FileOutcome::Failed {
                file,
                reason,
                message,
            },
            _,
        ) => {
            let v = json!({
                "schema_version": crate::model::SCHEMA_VERSION,
                "file": file,
                "error": {"reason": reason, "message": message},
            });
            if pretty {
                serde_json::to_writer_pretty(&mut *out, &v)
            } else {
                serde_json::to_writer(&mut *out, &v)
            }
        }
    };
    result.map_err(io::Error::other)
}

/// `check --format json`: one pretty-printed object per file.
#[derive(Debug, Default)]
pub struct JsonPrinter;

impl Printer for JsonPrinter {
    fn outcome(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        write_outcome(out, outcome, true)?;
        writeln!(out)
    }
}

/// One compact JSON object per line, written as soon as each file is done.
#[derive(Debug, Default)]
pub struct JsonLinesPrinter;

impl Printer for JsonLinesPrinter {
    fn outcome(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        write_outcome(out, outcome, false)?;
        writeln!(out)?;
        out.flush()
    }
}

/// `audit --format json`: `{"files": [...], "summary": {...}}`, streamed element by element.
#[derive(Debug, Default)]
pub struct JsonArrayPrinter {
    count: usize,
}

impl Printer for JsonArrayPrinter {
    fn outcome(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        out.write_all(if self.count == 0 {
            b"{\"files\": [\n"
        } else {
            b",\n"
        })?;
        self.count += 1;
        write_outcome(out, outcome, false)
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &AuditSummary) -> io::Result<()> {
        if self.count == 0 {
            out.write_all(b"{\"files\": [")?;
        }
        out.write_all(b"\n], \"summary\": ")?;
        serde_json::to_writer(&mut *out, summary).map_err(io::Error::other)?;
        out.write_all(b"}\n")
    }
}
