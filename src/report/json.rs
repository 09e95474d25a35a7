//! JSON printers, for any report that serialises: one pretty object per item (`check`, `apr`,
//! `message`, `compare`), keys sorted (`overdue`, `rules`, whose JSON has always been so), one
//! compact object per line (`audit --format jsonl`), or a streamed array (`audit --format json`).

use std::io::{self, Write};

use serde::{Serialize, Serializer};
use serde_json::json;

use super::Printer;
use crate::audit::{AuditSummary, FileOutcome};

/// A file's JSON: the report itself (fields in their declared order), or an error record
/// `{"schema_version", "file", "error": {"reason", "message"}}`.
impl Serialize for FileOutcome {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FileOutcome::Analysed(report) => report.serialize(serializer),
            FileOutcome::Failed {
                file,
                reason,
                message,
            } => json!({
                "schema_version": crate::model::SCHEMA_VERSION,
                "file": file,
                "error": {"reason": reason, "message": message},
            })
            .serialize(serializer),
        }
    }
}

/// One pretty-printed object per item.
#[derive(Debug, Default)]
pub struct JsonPrinter;

impl<T: Serialize + ?Sized, S: ?Sized> Printer<T, S> for JsonPrinter {
    fn print(&mut self, out: &mut dyn Write, item: &T) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, item).map_err(io::Error::other)?;
        writeln!(out)
    }
}

/// One pretty-printed object per item, every object's keys in alphabetical order.
#[derive(Debug, Default)]
pub struct SortedJsonPrinter;

impl<T: Serialize + ?Sized, S: ?Sized> Printer<T, S> for SortedJsonPrinter {
    fn print(&mut self, out: &mut dyn Write, item: &T) -> io::Result<()> {
        // A `serde_json::Value` keeps its object keys sorted.
        let value = serde_json::to_value(item).map_err(io::Error::other)?;
        JsonPrinter.print_value(out, &value)
    }
}

impl JsonPrinter {
    fn print_value(&mut self, out: &mut dyn Write, value: &serde_json::Value) -> io::Result<()> {
        <Self as Printer<serde_json::Value>>::print(self, out, value)
    }
}

/// One compact JSON object per line, written as soon as each item is done.
#[derive(Debug, Default)]
pub struct JsonLinesPrinter;

impl<T: Serialize + ?Sized, S: ?Sized> Printer<T, S> for JsonLinesPrinter {
    fn print(&mut self, out: &mut dyn Write, item: &T) -> io::Result<()> {
        let mut line = compact(item)?;
        line.push(b'\n');
        out.write_all(&line)?;
        out.flush()
    }
}

/// `item` as compact JSON, built in memory so that it reaches the output in one write (the
/// serialiser's many small writes each took standard output's lock and line buffer).
fn compact<T: Serialize + ?Sized>(item: &T) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(8 << 10);
    serde_json::to_writer(&mut bytes, item).map_err(io::Error::other)?;
    Ok(bytes)
}

/// `audit --format json`: `{"files": [...], "summary": {...}}`, streamed element by element.
#[derive(Debug, Default)]
pub struct JsonArrayPrinter {
    count: usize,
}

impl Printer<FileOutcome, AuditSummary> for JsonArrayPrinter {
    fn print(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        out.write_all(if self.count == 0 {
            b"{\"files\": [\n"
        } else {
            b",\n"
        })?;
        self.count += 1;
        out.write_all(&compact(outcome)?)
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
