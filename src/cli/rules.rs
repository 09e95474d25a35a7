//! `loanlint rules`: what is loaded, with each rule's docs.

use clap::Subcommand;
use loanlint::Language;
use loanlint::report::{JsonPrinter, Printer, RuleDetailsPrinter, RuleTablePrinter};
use loanlint::rule_listing::{self, RuleListing};

use super::{EXIT_CLEAN, Format, GlobalArgs, fail, print};

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Every loaded rule (or, with --jurisdiction, those that can apply there): id, ruleset,
    /// kind, severity, dates of force, grade, citation.
    List,
    /// One rule (or every rule of one ruleset) in full, with its kind's documentation.
    Show {
        /// A rule id or a ruleset id.
        id: String,
    },
}

pub fn run(global: &GlobalArgs, command: Option<&RulesCommand>) -> Result<u8, u8> {
    let checker = global.checker().map_err(fail)?;
    let (listing, human): (RuleListing, Box<dyn Printer<RuleListing>>) = match command
        .unwrap_or(&RulesCommand::List)
    {
        RulesCommand::List => (
            match global.jurisdiction.as_deref() {
                Some(code) => rule_listing::for_jurisdiction(&checker, code).ok_or_else(|| {
                    fail(format!(
                        "no rule applies in `{code}` (see `loanlint rules list`)"
                    ))
                })?,
                None => rule_listing::all(&checker),
            },
            Box::new(RuleTablePrinter),
        ),
        RulesCommand::Show { id } => (
            rule_listing::by_id(&checker, id).ok_or_else(|| {
                fail(format!(
                    "no rule or ruleset with id `{id}` (see `loanlint rules list`)"
                ))
            })?,
            Box::new(RuleDetailsPrinter {
                lang: global.lang().unwrap_or(Language::En),
            }),
        ),
    };
    let mut printer: Box<dyn Printer<RuleListing>> =
        if matches!(global.format, Some(Format::Json | Format::Jsonl)) {
            Box::new(JsonPrinter)
        } else {
            human
        };
    print(printer.as_mut(), &listing)?;
    Ok(EXIT_CLEAN)
}
