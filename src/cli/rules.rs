//! `loanlint rules`: what is loaded, with each rule's docs.

use clap::Subcommand;
use loanlint::Language;
use loanlint::report::{JsonPrinter, RuleDetailsPrinter, RuleTablePrinter, select};
use loanlint::rule_listing;

use super::{GlobalArgs, fail};

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
    let checker = global.checker()?;
    let id = match command {
        Some(RulesCommand::Show { id }) => Some(id.as_str()),
        _ => None,
    };
    let listing =
        rule_listing::select(&checker, global.jurisdiction.as_deref(), id).map_err(fail)?;
    let mut printer = match id {
        Some(_) => select::human_or_json(
            global.format,
            RuleDetailsPrinter {
                lang: global.lang.unwrap_or(Language::En),
            },
            JsonPrinter,
        ),
        None => select::human_or_json(global.format, RuleTablePrinter, JsonPrinter),
    };
    super::emit(global, printer.as_mut(), &listing)
}
