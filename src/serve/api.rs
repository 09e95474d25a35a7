//! The API: `POST /api/check`, `/api/message`, `/api/overdue` answer with the JSON of the
//! CLI command of the same name (or its human report with `format=human`); `/api/case` is
//! the page's one call (report, message verdict, overdue claim and letters together).
//!
//! Every request takes a place in the queue, reads its form into memory, then runs in a
//! blocking thread holding an analysis slot, inside its private temporary folder, under the
//! wall-time limit. A panic there becomes a 500 with a generic message.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde_json::json;

use super::error::ApiError;
use super::upload::{Upload, Workspace, keep_case};
use super::{RequestLog, Server};
use crate::analysis::{Analysis, AnalysisOptions, analyse_document_full};
use crate::audit::{AuditSummary, FileOutcome};
use crate::letter::{self, CaseFacts};
use crate::message::{MessageReport, MessageRules, analyse_delivered};
use crate::model::Language;
use crate::overdue::{self, OverdueReport, OverdueRequest};
use crate::read::{self, Document};
use crate::report::{
    HumanPrinter, JsonPrinter, MessagePrinter, OverduePrinter, Printer, SortedJsonPrinter,
};

/// What a job answers: a body and its content type.
struct Answer {
    content_type: &'static str,
    body: String,
}

type Job = fn(&Server, &Upload, &Workspace) -> Result<Answer, ApiError>;

const OPTIONS: &[&str] = &["lang", "date", "jurisdiction", "format", "consent"];

pub async fn healthz(State(server): State<Arc<Server>>) -> Response {
    match server.gate.has_room() {
        true => (
            [(header::CONTENT_TYPE, "application/json")],
            "{\"status\": \"ok\"}\n",
        )
            .into_response(),
        false => ApiError::busy().into_response(),
    }
}

pub async fn check(
    State(s): State<Arc<Server>>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    handle(s, "check", form, &["file"], &["text"], check_job).await
}

pub async fn message(
    State(s): State<Arc<Server>>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let texts = ["text", "days", "today", "received"];
    handle(
        s,
        "message",
        form,
        &["file", "contract"],
        &texts,
        message_job,
    )
    .await
}

pub async fn overdue(
    State(s): State<Arc<Server>>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let texts = [
        "text",
        "days",
        "missed",
        "amount_overdue",
        "demanded",
        "since",
        "today",
    ];
    handle(s, "overdue", form, &["file"], &texts, overdue_job).await
}

pub async fn case(
    State(s): State<Arc<Server>>,
    form: Result<Multipart, MultipartRejection>,
) -> Response {
    let texts = ["text", "message", "days", "demanded", "today"];
    handle(s, "case", form, &["file", "message_file"], &texts, case_job).await
}

/// Admission, form, slot, the job in a blocking thread under the wall-time limit, the log line.
async fn handle(
    server: Arc<Server>,
    endpoint: &'static str,
    form: Result<Multipart, MultipartRejection>,
    file_fields: &[&str],
    text_fields: &[&str],
    job: Job,
) -> Response {
    let started = Instant::now();
    let mut counts = (0, 0);
    let result = async {
        let place = server.gate.enter()?;
        let form = form.map_err(|e| {
            ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "bad-request",
                e.body_text(),
            )
        })?;
        let texts: Vec<&str> = text_fields.iter().chain(OPTIONS).copied().collect();
        let upload = Upload::read(form, file_fields, &texts, &server.config.limits).await?;
        counts = (upload.file_count(), upload.bytes);
        let wall = server.config.limits.wall_time;
        let slot = server
            .gate
            .slot(wall.saturating_sub(started.elapsed()))
            .await?;
        let worker = Arc::clone(&server);
        let task = tokio::task::spawn_blocking(move || {
            // Both are released when the work ends, even after the client gave up.
            let (_place, _slot) = (place, slot);
            run_job(&worker, &upload, job)
        });
        match tokio::time::timeout(wall.saturating_sub(started.elapsed()), task).await {
            Ok(Ok(answer)) => answer,
            Ok(Err(_panicked)) => Err(ApiError::internal()),
            Err(_elapsed) => Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                format!(
                    "the analysis took longer than {} s and was abandoned",
                    wall.as_secs()
                ),
            )),
        }
    }
    .await;
    let response = match result {
        Ok(answer) => ([(header::CONTENT_TYPE, answer.content_type)], answer.body).into_response(),
        Err(error) => error.into_response(),
    };
    (server.log)(&RequestLog {
        endpoint,
        status: response.status().as_u16(),
        files: counts.0,
        bytes: counts.1,
        millis: u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
    });
    response
}

/// The job inside its workspace; answers and errors name no server path. With `--keep` and
/// the borrower's consent, the case is stored before the workspace goes.
fn run_job(server: &Server, upload: &Upload, job: Job) -> Result<Answer, ApiError> {
    let workspace = Workspace::new(&server.config.temp_root)?;
    let answer = job(server, upload, &workspace)
        .map(|a| Answer {
            body: workspace.public(&a.body),
            ..a
        })
        .map_err(|e| ApiError {
            message: workspace.public(&e.message),
            ..e
        })?;
    if let (Some(root), true) = (&server.config.keep, upload.checked("consent")) {
        keep_case(root, &workspace, &[("answer.json", &answer.body)])
            .map_err(|_| ApiError::internal())?;
    }
    Ok(answer)
}

fn check_job(server: &Server, upload: &Upload, ws: &Workspace) -> Result<Answer, ApiError> {
    let options = server.options(upload)?;
    let doc = read_contract(server, upload, ws, &options)?;
    let report = crate::analysis::analyse_document(&doc, &options, &server.checker);
    let outcome = FileOutcome::Analysed(Box::new(report));
    let human = HumanPrinter {
        lang: language(upload)?,
    };
    respond::<FileOutcome, AuditSummary>(upload, &outcome, human, JsonPrinter)
}

fn message_job(server: &Server, upload: &Upload, ws: &Workspace) -> Result<Answer, ApiError> {
    let options = server.options(upload)?;
    let text = read_message(upload, ws, "file", "text")?;
    let days = upload.parsed::<u32>("days", "a number of days")?;
    let today = date(upload, "today")?;
    let received: Vec<NaiveDateTime> = upload
        .field("received")
        .map(|v| v.split([',', '\n']).map(parse_received).collect())
        .transpose()?
        .unwrap_or_default();
    let context = match upload.files.get("contract") {
        None => None,
        Some(parts) => {
            let paths = ws.store("contract", parts)?;
            let doc = read_doc(server, &paths, &options)?;
            let analysis = analyse_document_full(&doc, &options, &server.checker);
            Some(overdue::contract_context_on(
                &analysis,
                &server.checker,
                days,
                today,
            ))
        }
    };
    let report = analyse_delivered(
        &text,
        message_rules()?,
        context.as_ref(),
        options.jurisdiction.as_deref(),
        &received,
    );
    let human = MessagePrinter {
        lang: language(upload)?,
    };
    respond(upload, &report, human, JsonPrinter)
}

fn overdue_job(server: &Server, upload: &Upload, ws: &Workspace) -> Result<Answer, ApiError> {
    let analysis = analyse_contract(server, upload, ws)?;
    let missed: Vec<u32> = match upload.field("missed") {
        None => Vec::new(),
        Some(list) => list
            .split(',')
            .map(|m| {
                m.trim().parse().map_err(|_| {
                    ApiError::bad_request("field missed: expected instalment numbers like 2,3")
                })
            })
            .collect::<Result<_, _>>()?,
    };
    let request = OverdueRequest {
        days: upload.parsed("days", "a number of days")?.unwrap_or(1),
        missed,
        amount_overdue: upload.parsed::<Decimal>("amount_overdue", "an amount")?,
        demanded: upload.parsed::<Decimal>("demanded", "an amount")?,
        since: date(upload, "since")?,
        today: date(upload, "today")?,
    };
    let report = assess(server, &analysis, &request)?;
    let human = OverduePrinter {
        lang: language(upload)?,
    };
    respond(upload, &report, human, SortedJsonPrinter)
}

/// The page's call: everything a borrower needs from one upload.
fn case_job(server: &Server, upload: &Upload, ws: &Workspace) -> Result<Answer, ApiError> {
    let analysis = analyse_contract(server, upload, ws)?;
    let lang = language(upload)?;
    let message = match (
        upload.files.contains_key("message_file"),
        upload.field("message"),
    ) {
        (false, None) => None,
        _ => Some(read_message(upload, ws, "message_file", "message")?),
    };
    let case = letter::assemble(
        &analysis,
        &server.checker,
        CaseFacts {
            message: message.as_deref(),
            jurisdiction: analysis.jurisdiction.as_deref(),
            overdue: OverdueRequest {
                days: upload.parsed("days", "a number of days")?.unwrap_or(1),
                demanded: upload.parsed::<Decimal>("demanded", "an amount")?,
                ..OverdueRequest::default()
            },
            received: &[],
            date: date(upload, "today")?.unwrap_or_else(|| chrono::Utc::now().date_naive()),
            language: lang,
            instalments: 6,
        },
    )
    .map_err(|_| ApiError::internal())?;
    let (message_report, overdue_report, letters) = (case.message, case.overdue.ok(), case.letters);
    let outcome = FileOutcome::Analysed(Box::new(analysis.report.clone()));
    let body = json!({
        "check": &outcome,
        "check_text": render(&mut HumanPrinter { lang }, &outcome)?,
        "message": &message_report,
        "message_text": message_report.as_ref().map(|r| render::<MessageReport, ()>(&mut MessagePrinter { lang }, r)).transpose()?,
        "overdue": &overdue_report,
        "overdue_text": overdue_report.as_ref().map(|r| render::<OverdueReport, ()>(&mut OverduePrinter { lang }, r)).transpose()?,
        "letters": letters.iter().map(|l| json!({
            "kind": l.kind,
            "language": l.language,
            "file_name": format!("letter-{}.txt", l.kind.id()),
            "text": l.text(),
        })).collect::<Vec<_>>(),
    });
    Ok(Answer {
        content_type: "application/json",
        body: format!("{body:#}\n"),
    })
}

/// The contract of the form (`file` fields, else pasted `text`), read and analysed.
fn analyse_contract(
    server: &Server,
    upload: &Upload,
    ws: &Workspace,
) -> Result<Analysis, ApiError> {
    let options = server.options(upload)?;
    let doc = read_contract(server, upload, ws, &options)?;
    Ok(analyse_document_full(&doc, &options, &server.checker))
}

fn read_contract(
    server: &Server,
    upload: &Upload,
    ws: &Workspace,
    options: &AnalysisOptions,
) -> Result<Document, ApiError> {
    let paths = match (upload.files.get("file"), upload.field("text")) {
        (Some(parts), _) => ws.store("upload", parts)?,
        (None, Some(text)) => vec![ws.store_text("pasted", text)?],
        (None, None) => {
            return Err(ApiError::bad_request(
                "no contract: send it as one or more `file` fields, or as `text`",
            ));
        }
    };
    read_doc(server, &paths, options)
}

/// Read stored files as the CLI does (several as one document, in order), every PDF in the
/// isolated reader process, then apply the page limit.
fn read_doc(
    server: &Server,
    paths: &[std::path::PathBuf],
    options: &AnalysisOptions,
) -> Result<Document, ApiError> {
    let doc =
        read::read_inputs(paths, false, &options.read).map_err(|e| ApiError::unreadable(&e))?;
    let max = server.config.limits.max_pages;
    if doc.page_count() > max {
        return Err(ApiError::too_large(format!(
            "{} pages, more than the limit of {max}",
            doc.page_count()
        )));
    }
    Ok(doc)
}

/// A message from a file field (text file or screenshot) or a text field, read as the CLI
/// reads a message file (the pasted text is stored as one).
fn read_message(
    upload: &Upload,
    ws: &Workspace,
    file: &str,
    text: &str,
) -> Result<String, ApiError> {
    const EMPTY: &str = "the message is empty: give the text of the message";
    let path = match (
        upload.files.get(file).map(Vec::as_slice),
        upload.field(text),
    ) {
        (Some([one]), _) => ws
            .store("message", std::slice::from_ref(one))?
            .into_iter()
            .next()
            .ok_or_else(ApiError::internal)?,
        (Some(_), _) => {
            return Err(ApiError::bad_request(format!(
                "give one `{file}`, not several"
            )));
        }
        (None, Some(text)) => ws.store_text("message", text)?,
        (None, None) => {
            return Err(ApiError::bad_request(format!(
                "no message: send it as `{text}` or as a `{file}` (text file or screenshot)"
            )));
        }
    };
    crate::message::message_text(&path, EMPTY).map_err(|e| {
        let reason = if e.ends_with(EMPTY) {
            "empty"
        } else {
            "unreadable"
        };
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, reason, e)
    })
}

fn assess(
    server: &Server,
    analysis: &Analysis,
    request: &OverdueRequest,
) -> Result<OverdueReport, ApiError> {
    overdue::assess(analysis, &server.checker, request).map_err(|e| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no-schedule",
            format!("{}: {e}", analysis.report.file),
        )
    })
}

fn message_rules() -> Result<&'static MessageRules, ApiError> {
    MessageRules::bundled().map_err(|_| ApiError::internal())
}

/// `format=json` (default) or `format=human`.
fn respond<T: ?Sized, S: Default>(
    upload: &Upload,
    item: &T,
    mut human: impl Printer<T, S>,
    mut json: impl Printer<T, S>,
) -> Result<Answer, ApiError> {
    match upload.field("format").unwrap_or("json") {
        "json" => Ok(Answer {
            content_type: "application/json",
            body: render(&mut json, item)?,
        }),
        "human" => Ok(Answer {
            content_type: "text/plain; charset=utf-8",
            body: render(&mut human, item)?,
        }),
        other => Err(ApiError::bad_request(format!(
            "field format: {:?} is not json or human",
            other.chars().take(20).collect::<String>()
        ))),
    }
}

/// What `printer` writes for `item`, closed as the CLI closes it.
fn render<T: ?Sized, S: Default>(
    printer: &mut dyn Printer<T, S>,
    item: &T,
) -> Result<String, ApiError> {
    let mut out = Vec::new();
    printer
        .print(&mut out, item)
        .and_then(|()| printer.finish(&mut out, &S::default()))
        .map_err(|_| ApiError::internal())?;
    String::from_utf8(out).map_err(|_| ApiError::internal())
}

fn language(upload: &Upload) -> Result<Option<Language>, ApiError> {
    match upload.field("lang") {
        None => Ok(None),
        Some("zh") => Ok(Some(Language::Zh)),
        Some("en") => Ok(Some(Language::En)),
        Some(_) => Err(ApiError::bad_request("field lang: expected zh or en")),
    }
}

pub(super) fn date(upload: &Upload, name: &str) -> Result<Option<NaiveDate>, ApiError> {
    upload
        .field(name)
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map_err(|_| ApiError::bad_request(format!("field {name}: expected YYYY-MM-DD")))
        })
        .transpose()
}

/// `received` as the CLI's `--received` takes it (the library's parser; the API's own message).
fn parse_received(s: &str) -> Result<NaiveDateTime, ApiError> {
    crate::message::parse_received(s)
        .map_err(|_| ApiError::bad_request("field received: expected times like 2026-11-30T23:10"))
}
