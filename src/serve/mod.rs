//! `loanlint serve`: the analysis as a small web service a legal-aid clinic can host for
//! borrowers on their phones: one page (`/`, no external assets) and a JSON API
//! (`/api/check`, `/api/message`, `/api/overdue` answer as the CLI commands do; `/api/case`
//! is the page's one call), `/healthz`.
//!
//! Private by default: uploads live in memory and, while read, in a private temporary folder
//! removed when the request ends; the log sink receives counts and timings only; cases are
//! kept (`--keep`) only when the server allows it and the borrower ticks consent. Safe under
//! load: body, file, image, page and wall-time limits, a bounded queue (503 + Retry-After)
//! in front of a fixed number of analyses, every PDF read in the isolated reader process.
//!
//! ```text
//! serve (router, config)   api (handlers, jobs)   page (HTML/JS/CSS, headers, CSRF guard)
//!   upload (form -> memory -> private workspace)   gate (queue, slots)   error (JSON errors)
//! ```

mod api;
mod error;
mod gate;
mod page;
mod upload;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

pub use error::ApiError;
pub use gate::{Gate, Place};

use crate::analysis::AnalysisOptions;
use crate::check::Checker;

/// Per-request and server-wide limits.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, in bytes (413 above it).
    pub max_body: usize,
    /// Files in one request.
    pub max_files: usize,
    /// Images (screenshots) in one request, each read by OCR.
    pub max_images: usize,
    /// Pages of one document once read.
    pub max_pages: usize,
    /// From arrival to answer, queue wait included.
    pub wall_time: Duration,
    /// Analyses running at once.
    pub concurrency: usize,
    /// Requests waiting for an analysis slot beyond those running.
    pub queue: usize,
}

impl Default for Limits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Limits {
            max_body: 20 << 20,
            max_files: 20,
            max_images: 12,
            max_pages: 200,
            wall_time: Duration::from_secs(180),
            concurrency: cores,
            queue: 4 * cores,
        }
    }
}

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub bind: SocketAddr,
    pub limits: Limits,
    /// The analysis options every request starts from (rulesets' date, jurisdiction, OCR,
    /// engine, and `read.isolate`: the binary that reads each PDF in a child process).
    pub analysis: AnalysisOptions,
    /// Store consented cases here (`--keep DIR`); `None`: never store anything.
    pub keep: Option<PathBuf>,
    /// Where the per-request private folders are made.
    pub temp_root: PathBuf,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            limits: Limits::default(),
            analysis: AnalysisOptions::default(),
            keep: None,
            temp_root: std::env::temp_dir(),
        }
    }
}

/// `loanlint serve`'s flags.
#[derive(Debug, Clone, clap::Args)]
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

impl ServeArgs {
    /// The server's configuration, with the `--keep` folder made; the error is ready to show.
    pub fn config(&self, analysis: AnalysisOptions) -> Result<Config, String> {
        let defaults = Limits::default();
        let concurrency = self.concurrency.unwrap_or(defaults.concurrency).max(1);
        let limits = Limits {
            max_body: self.max_upload_mib.saturating_mul(1 << 20),
            wall_time: Duration::from_secs(self.timeout.max(1)),
            concurrency,
            queue: self.queue.unwrap_or(4 * concurrency),
            ..defaults
        };
        if let Some(dir) = &self.keep {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        Ok(Config {
            bind: self.bind,
            limits,
            analysis,
            keep: self.keep.clone(),
            temp_root: std::env::temp_dir(),
        })
    }
}

/// One line of the log: counts and timings, never content or names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLog {
    pub endpoint: &'static str,
    pub status: u16,
    pub files: usize,
    pub bytes: usize,
    pub millis: u64,
}

impl std::fmt::Display for RequestLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} files={} bytes={} ms={}",
            self.endpoint, self.status, self.files, self.bytes, self.millis
        )
    }
}

/// Where log lines go (the binary prints them; the library never does).
pub type LogSink = Arc<dyn Fn(&RequestLog) + Send + Sync>;

/// The shared state of a running server.
pub struct Server {
    pub config: Config,
    pub checker: Checker,
    pub gate: Gate,
    log: LogSink,
}

impl Server {
    pub fn new(config: Config, checker: Checker, log: LogSink) -> Arc<Server> {
        let gate = Gate::new(config.limits.concurrency, config.limits.queue);
        Arc::new(Server {
            config,
            checker,
            gate,
            log,
        })
    }

    /// The server's options with the request's `date` and `jurisdiction`.
    fn options(&self, upload: &upload::Upload) -> Result<AnalysisOptions, ApiError> {
        let mut options = self.config.analysis.clone();
        if let Some(date) = api::date(upload, "date")? {
            options.date = Some(date);
        }
        if let Some(code) = upload.field("jurisdiction") {
            options.jurisdiction = Some(code.chars().take(16).collect());
        }
        Ok(options)
    }
}

/// The routes, limits and headers of the service.
pub fn router(server: Arc<Server>) -> Router {
    Router::new()
        .route("/", get(page::index))
        .route("/app.js", get(page::script))
        .route("/app.css", get(page::style))
        .route("/healthz", get(api::healthz))
        .route("/api/check", post(api::check))
        .route("/api/message", post(api::message))
        .route("/api/overdue", post(api::overdue))
        .route("/api/case", post(api::case))
        .fallback(page::not_found)
        .layer(DefaultBodyLimit::max(server.config.limits.max_body))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&server),
            page::guard,
        ))
        .with_state(server)
}

/// Serve until `shutdown` completes (Ctrl-C in the binary).
pub async fn run(
    server: Arc<Server>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(server.config.bind).await?;
    axum::serve(listener, router(server))
        .with_graceful_shutdown(shutdown)
        .await
}
