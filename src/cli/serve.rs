//! `loanlint serve`: the web page and JSON API (cargo feature `serve`, on by default).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use loanlint::exit::EXIT_CLEAN;
use loanlint::serve::{self, Config, Limits, LogSink, Server};

use super::{GlobalArgs, fail, warn};

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on. Localhost by default: put a TLS reverse proxy in front (docs/serve.md).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Store the cases of borrowers who tick consent on the page in this folder (off by default).
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
    /// Analyses at once (default: the number of cores).
    #[arg(long)]
    pub concurrency: Option<usize>,
    /// Requests that may wait beyond those running; more get 503 (default: 4 per analysis).
    #[arg(long)]
    pub queue: Option<usize>,
    /// Largest upload, in MiB (413 above it).
    #[arg(long, default_value_t = 20)]
    pub max_upload_mib: usize,
    /// Seconds one request may take, its wait in the queue included.
    #[arg(long, default_value_t = 180)]
    pub timeout: u64,
}

pub fn run(global: &GlobalArgs, args: &ServeArgs) -> Result<u8, u8> {
    let checker = global.checker()?;
    let defaults = Limits::default();
    let concurrency = args.concurrency.unwrap_or(defaults.concurrency).max(1);
    let limits = Limits {
        max_body: args.max_upload_mib.saturating_mul(1 << 20),
        wall_time: Duration::from_secs(args.timeout.max(1)),
        concurrency,
        queue: args.queue.unwrap_or(4 * concurrency),
        ..defaults
    };
    if let Some(dir) = &args.keep {
        std::fs::create_dir_all(dir).map_err(|e| fail(format!("{}: {e}", dir.display())))?;
    }
    let config = Config {
        bind: args.bind,
        limits,
        analysis: global.analysis_options(),
        keep: args.keep.clone(),
        temp_root: std::env::temp_dir(),
    };
    // Counts and timings only: the log never names a file or quotes a document.
    let log: LogSink = Arc::new(|line| warn(line));
    let server = Server::new(config, checker, log);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(fail)?;
    let stop = Arc::new(tokio::sync::Notify::new());
    let notify = Arc::clone(&stop);
    ctrlc::set_handler(move || notify.notify_one()).map_err(fail)?;
    warn(format!("serving on http://{} (Ctrl-C to stop)", args.bind));
    runtime
        .block_on(serve::run(server, async move { stop.notified().await }))
        .map_err(|e| fail(format!("{}: {e}", args.bind)))?;
    Ok(EXIT_CLEAN)
}
