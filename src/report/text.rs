//! `text`: the normalised text exactly as the analysis sees it, with `--- page N ---` markers.

use std::io::{self, Write};

use super::Printer;
use crate::read::{Document, PAGE_BREAK};

#[derive(Debug, Default)]
pub struct TextPrinter;

impl Printer<Document> for TextPrinter {
    fn print(&mut self, out: &mut dyn Write, doc: &Document) -> io::Result<()> {
        for (i, page) in doc.text.split(PAGE_BREAK).enumerate() {
            writeln!(out, "--- page {} ---", i + 1)?;
            out.write_all(page.as_bytes())?;
            if !page.ends_with('\n') {
                writeln!(out)?;
            }
        }
        Ok(())
    }
}
