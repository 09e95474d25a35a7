//! `loanlint letter`: the borrower's next step as a document (text or Markdown), with an
//! optional evidence folder.

use std::path::PathBuf;

use clap::Args;
use loanlint::letter::{self, Letter, LetterRequest};
use loanlint::report::{Format, JsonPrinter, LetterPrinter, Printer};

use super::{GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct LetterArgs {
    #[command(flatten)]
    pub request: LetterRequest,
    /// Write the letters, the reports, the inputs' and rulesets' SHA-256 and the date into
    /// this new folder.
    #[arg(long)]
    pub evidence: Option<PathBuf>,
}

pub fn run(global: &GlobalArgs, args: &LetterArgs) -> Result<u8, u8> {
    let request = LetterRequest {
        language: global.lang,
        markdown: global.format == Some(Format::Markdown),
        ..args.request.clone()
    };
    let set =
        letter::prepare(&request, &global.analysis_options(), &global.rulesets).map_err(fail)?;
    if let Some(dir) = &args.evidence {
        set.write_evidence(dir).map_err(fail)?;
    }
    let mut printer: Box<dyn Printer<[Letter]>> = match global.format {
        Some(Format::Json) => Box::new(JsonPrinter),
        _ => Box::new(LetterPrinter {
            markdown: set.markdown,
        }),
    };
    super::emit(global, printer.as_mut(), set.letters.as_slice())
}
