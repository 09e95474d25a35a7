//! `loanlint audit` and `loanlint summarize`: their flags; the work is
//! [`loanlint::audit_command`].

use std::path::PathBuf;

use clap::Args;
use loanlint::audit_command::{self, AuditRequest, Finished, ReportOut, ReportTarget};
use loanlint::report::select;

use super::{GlobalArgs, fail, written};

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub report: ReportTarget,
    #[command(flatten)]
    pub request: AuditRequest,
}

#[derive(Debug, Args)]
pub struct SummarizeArgs {
    /// JSON Lines shards (`audit --format jsonl`), or `-` for standard input.
    #[arg(required = true)]
    pub shards: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportTarget,
}

pub fn run(global: &GlobalArgs, args: &AuditArgs) -> Result<u8, u8> {
    let out = out(global, &args.report);
    exit(
        global,
        args.request
            .run(out, &global.analysis_options(), &global.rulesets),
    )
}

pub fn summarize(global: &GlobalArgs, args: &SummarizeArgs) -> Result<u8, u8> {
    exit(
        global,
        audit_command::summarize(&args.shards, out(global, &args.report)),
    )
}

fn out<'a>(global: &GlobalArgs, target: &'a ReportTarget) -> ReportOut<'a> {
    let format = select::audit_format(global.format);
    let lang = global.lang;
    ReportOut {
        target,
        format,
        lang,
    }
}

/// The exit code of a finished run, once its report is written.
fn exit(global: &GlobalArgs, finished: Result<Finished, String>) -> Result<u8, u8> {
    let mut finished = finished.map_err(fail)?;
    written(std::mem::replace(&mut finished.written, Ok(())))?;
    Ok(global.exit(&finished.run()))
}
