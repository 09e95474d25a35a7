//! `apr`: the rate, its labelled figures and notes, one per line.

use std::io::{self, Write};

use super::Printer;
use crate::apr_command::AprReport;

#[derive(Debug, Default)]
pub struct AprPrinter;

impl Printer<AprReport> for AprPrinter {
    fn print(&mut self, out: &mut dyn Write, report: &AprReport) -> io::Result<()> {
        let result = &report.result;
        writeln!(out, "method: {}", result.method)?;
        for (label, value) in result.labelled() {
            writeln!(out, "{label}: {value}")?;
        }
        for n in &result.notes {
            writeln!(out, "note: {n}")?;
        }
        Ok(())
    }
}
