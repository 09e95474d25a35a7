//! `loanlint message`: is this collection message lawful, and is it genuine?

use std::io::{self, Read};
use std::path::PathBuf;

use clap::Args;
use loanlint::message::{MessageRules, analyse};
use loanlint::report::{JsonPrinter, MessagePrinter};

use super::{GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct MessageArgs {
    /// The message: a text file, or `-` for standard input.
    pub file: PathBuf,
    /// The loan contract, to compare the sender and the sum demanded with it.
    #[arg(long)]
    pub contract: Option<PathBuf>,
    /// Days overdue, for the sum the contract allows (with --contract).
    #[arg(long)]
    pub days: Option<u32>,
}

fn read_message(path: &PathBuf) -> io::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path)?;
    }
    loanlint::read::decode_text(&bytes).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "not UTF-8, GB18030 or UTF-16 text",
        )
    })
}

pub fn run(global: &GlobalArgs, args: &MessageArgs) -> Result<u8, u8> {
    let rules = MessageRules::bundled().map_err(fail)?;
    let text =
        read_message(&args.file).map_err(|e| fail(format!("{}: {e}", args.file.display())))?;
    let context = match &args.contract {
        None => None,
        Some(path) => {
            let (checker, analysis) = super::overdue::analyse_contract(global, path)?;
            Some(loanlint::overdue::contract_context(
                &analysis, &checker, args.days,
            ))
        }
    };
    let report = analyse(
        &text,
        rules,
        context.as_ref(),
        global.jurisdiction.as_deref(),
    );
    let human = MessagePrinter {
        lang: global.lang(),
    };
    super::report(global, &report, report.worst_severity(), human, JsonPrinter)
}
