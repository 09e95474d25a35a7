//! `loanlint serve`, driven in-process through its router (tower `oneshot`): each API
//! endpoint answers with the CLI's JSON for the same input; limits, queue, errors, privacy.
#![cfg(feature = "serve")]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use axum::body::{Body, to_bytes};
use axum::http::{Request, Response, StatusCode, header};
use loanlint::check::Checker;
use loanlint::serve::{Config, Limits, LogSink, RequestLog, Server, router};
use tower::ServiceExt;

const BOUNDARY: &str = "loanlint-test-boundary-7c1e";
const BIN: &str = env!("CARGO_BIN_EXE_loanlint");

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A server with its own temporary root, the binary as PDF reader, and a captured log.
struct Fixture {
    server: Arc<Server>,
    temp: tempfile::TempDir,
    log: Arc<Mutex<Vec<String>>>,
}

fn fixture(limits: Limits) -> Fixture {
    let temp = tempfile::tempdir().expect("temp dir");
    let mut config = Config {
        limits,
        temp_root: temp.path().to_path_buf(),
        ..Config::default()
    };
    config.analysis.read.isolate = Some(PathBuf::from(BIN));
    let log = Arc::new(Mutex::new(Vec::new()));
    let sink_log = Arc::clone(&log);
    let sink: LogSink = Arc::new(move |line: &RequestLog| {
        sink_log.lock().expect("log").push(line.to_string());
    });
    let checker = Checker::load(&[]).expect("bundled rulesets");
    Fixture {
        server: Server::new(config, checker, sink),
        temp,
        log,
    }
}

fn default_fixture() -> Fixture {
    fixture(Limits::default())
}

/// A multipart body: `(field, Some(file name), bytes)` for files, `None` for text fields.
fn multipart(parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, file, bytes) in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match file {
            Some(f) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

fn post(path: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(path)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(body))
        .expect("request")
}

async fn send(f: &Fixture, request: Request<Body>) -> (StatusCode, Response<Body>, String) {
    let response = router(Arc::clone(&f.server))
        .oneshot(request)
        .await
        .expect("infallible");
    let status = response.status();
    let (parts, body) = response.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.expect("body");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (status, Response::from_parts(parts, Body::empty()), text)
}

/// The CLI's standard output for `args`, run in a folder where the input is `upload-01.EXT`
/// (the name the server stores the first upload under), so both name the same file.
fn cli_json(sample: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let ext = Path::new(sample)
        .extension()
        .and_then(|e| e.to_str())
        .expect("ext");
    let name = format!("upload-01.{ext}");
    std::fs::copy(repo(sample), dir.path().join(&name)).expect("copy sample");
    let out = Command::new(BIN)
        .current_dir(dir.path())
        .args(
            args.iter()
                .map(|a| if *a == "{}" { name.as_str() } else { a }),
        )
        .output()
        .expect("run loanlint");
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "CLI failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn assert_no_leftovers(f: &Fixture) {
    let left: Vec<_> = std::fs::read_dir(f.temp.path())
        .expect("read temp root")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "files left after the request: {left:?}");
}

#[tokio::test]
async fn healthz_answers_when_there_is_room() {
    let f = default_fixture();
    let (status, _, body) = send(
        &f,
        Request::get("/healthz").body(Body::empty()).expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json(&body)["status"], "ok");
}

#[tokio::test]
async fn check_equals_the_cli_json_for_a_text_and_a_pdf_sample() {
    let f = default_fixture();
    for sample in [
        "sample-contracts/zh-01-wangdai-equal-installment.txt",
        "sample-contracts/en-01-us-installment-origination.pdf",
    ] {
        let bytes = std::fs::read(repo(sample)).expect("sample");
        let name = Path::new(sample)
            .file_name()
            .and_then(|n| n.to_str())
            .expect("name");
        let (status, response, body) = send(
            &f,
            post("/api/check", multipart(&[("file", Some(name), &bytes)])),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{sample}: {body}");
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
        let expected = cli_json(sample, &["check", "{}", "--format", "json"]);
        assert_eq!(body, expected, "{sample}: server and CLI JSON differ");
        assert!(
            !body.contains(&f.temp.path().display().to_string()),
            "a server path leaked"
        );
        assert_no_leftovers(&f);
    }
}

#[tokio::test]
async fn pasted_text_reads_as_the_text_file_does() {
    let f = default_fixture();
    let sample = "sample-contracts/zh-02-monthly-flat-rate.txt";
    let text = std::fs::read(repo(sample)).expect("sample");
    let (status, _, body) = send(&f, post("/api/check", multipart(&[("text", None, &text)]))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let server = json(&body);
    let cli = json(&cli_json(sample, &["check", "{}", "--format", "json"]));
    assert_eq!(server["file"], "pasted.txt");
    assert_eq!(server["findings"], cli["findings"]);
    assert_eq!(server["apr"], cli["apr"]);
    assert_eq!(server["terms"], cli["terms"]);
}

#[tokio::test]
async fn message_equals_the_cli_json_with_a_contract() {
    let f = default_fixture();
    let contract = "sample-contracts/zh-01-wangdai-equal-installment.txt";
    let message = std::fs::read(repo("tests/messages/zh-02.txt")).expect("message");
    let contract_bytes = std::fs::read(repo(contract)).expect("contract");
    let form = multipart(&[
        ("text", None, &message),
        ("contract", Some("c.txt"), &contract_bytes),
        ("days", None, b"30"),
    ]);
    let (status, _, body) = send(&f, post("/api/message", form)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // The CLI reads the message from a file beside the contract.
    let dir = tempfile::tempdir().expect("temp");
    std::fs::write(dir.path().join("m.txt"), &message).expect("write");
    std::fs::copy(repo(contract), dir.path().join("contract-01.txt")).expect("copy");
    let out = Command::new(BIN)
        .current_dir(dir.path())
        .args([
            "message",
            "m.txt",
            "--contract",
            "contract-01.txt",
            "--days",
            "30",
            "--format",
            "json",
        ])
        .output()
        .expect("run");
    assert_eq!(body, String::from_utf8_lossy(&out.stdout));
    assert_no_leftovers(&f);
}

#[tokio::test]
async fn overdue_equals_the_cli_json() {
    let f = default_fixture();
    let sample = "sample-contracts/zh-04-default-charges-contacts.txt";
    let bytes = std::fs::read(repo(sample)).expect("sample");
    let form = multipart(&[
        ("file", Some("contract.txt"), &bytes),
        ("days", None, b"45"),
        ("demanded", None, b"15000"),
        ("today", None, b"2026-06-01"),
    ]);
    let (status, _, body) = send(&f, post("/api/overdue", form)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let expected = cli_json(
        sample,
        &[
            "overdue",
            "{}",
            "--days",
            "45",
            "--demanded",
            "15000",
            "--today",
            "2026-06-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(body, expected);
}

#[tokio::test]
async fn the_page_call_gives_report_message_verdict_and_letters() {
    let f = default_fixture();
    let contract =
        std::fs::read(repo("sample-contracts/zh-01-wangdai-equal-installment.txt")).expect("c");
    let message = std::fs::read(repo("tests/messages/zh-02.txt")).expect("m");
    let form = multipart(&[
        ("file", Some("shot.txt"), &contract),
        ("message", None, &message),
        ("days", None, b"20"),
        ("lang", None, b"zh"),
    ]);
    let (status, _, body) = send(&f, post("/api/case", form)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let answer = json(&body);
    assert_eq!(answer["check"]["file"], "upload-01.txt");
    assert!(
        answer["check_text"]
            .as_str()
            .is_some_and(|t| t.contains("年化"))
    );
    assert!(answer["message"]["tier"].is_string());
    let letters = answer["letters"].as_array().expect("letters");
    assert!(!letters.is_empty(), "no letter: {body}");
    assert!(letters.iter().all(|l| {
        l["text"].as_str().is_some_and(|t| !t.is_empty())
            && l["file_name"]
                .as_str()
                .is_some_and(|n| n.starts_with("letter-"))
    }));
    assert_no_leftovers(&f);
}

#[tokio::test]
async fn oversize_uploads_get_413_whether_declared_or_streamed() {
    let f = fixture(Limits {
        max_body: 64 << 10,
        ..Limits::default()
    });
    let big = vec![b'a'; 100 << 10];
    let body = multipart(&[("file", Some("big.txt"), &big)]);
    let mut declared = post("/api/check", body.clone());
    declared
        .headers_mut()
        .insert(header::CONTENT_LENGTH, body.len().into());
    let (status, _, text) = send(&f, declared).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert_eq!(json(&text)["error"]["reason"], "too-large");
    let (status, _, text) = send(&f, post("/api/check", body)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{text}");
    assert_eq!(json(&text)["error"]["reason"], "too-large");
    assert_no_leftovers(&f);
}

#[tokio::test]
async fn a_full_queue_gets_503_with_retry_after() {
    let f = fixture(Limits {
        concurrency: 1,
        queue: 0,
        ..Limits::default()
    });
    let held = f.server.gate.enter().expect("the one place");
    let text = b"loan".to_vec();
    let (status, response, body) =
        send(&f, post("/api/check", multipart(&[("text", None, &text)]))).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}");
    assert!(response.headers().contains_key(header::RETRY_AFTER));
    assert_eq!(json(&body)["error"]["reason"], "busy");
    let (status, _, _) = send(
        &f,
        Request::get("/healthz").body(Body::empty()).expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    drop(held);
    let (status, _, _) = send(
        &f,
        Request::get("/healthz").body(Body::empty()).expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn hostile_uploads_get_clean_json_errors_and_the_server_keeps_serving() {
    let f = default_fixture();
    for (fixture, name) in [
        ("tests/fixtures/hostile/random_bytes.pdf", "x.pdf"),
        ("tests/fixtures/hostile/zip_bomb.docx", "x.docx"),
        ("tests/fixtures/hostile/truncated_half.pdf", "x.pdf"),
        ("tests/fixtures/hostile/aes128_user.pdf", "x.pdf"),
        ("tests/fixtures/hostile/deep_nesting.html", "x.html"),
        ("tests/fixtures/hostile/images/huge.png", "x.png"),
        ("tests/fixtures/hostile/blank.txt", "x.txt"),
    ] {
        let bytes = std::fs::read(repo(fixture)).expect("fixture");
        let (status, response, body) = send(
            &f,
            post("/api/check", multipart(&[("file", Some(name), &bytes)])),
        )
        .await;
        if status == StatusCode::OK {
            // Some hostile files are readable (deep HTML has text): then it is a report.
            assert!(json(&body)["findings"].is_array(), "{fixture}: {body}");
        } else {
            assert!(
                status.is_client_error() || status.is_server_error(),
                "{fixture}"
            );
            assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
            let error = &json(&body)["error"];
            assert!(
                error["reason"].is_string() && error["message"].is_string(),
                "{fixture}: {body}"
            );
            assert!(
                !body.contains(&f.temp.path().display().to_string()),
                "{fixture}: path leaked"
            );
        }
        assert_no_leftovers(&f);
    }
    // A wrong content type, an unknown field, no contract at all.
    let wrong = Request::post("/api/check")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .expect("req");
    let (status, _, body) = send(&f, wrong).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{body}");
    assert!(json(&body)["error"]["message"].is_string());
    let (status, _, body) = send(
        &f,
        post("/api/check", multipart(&[("path", None, b"/etc/passwd")])),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, _, body) = send(&f, post("/api/check", multipart(&[]))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, _, _) = send(
        &f,
        Request::get("/healthz").body(Body::empty()).expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn posts_from_another_site_are_refused() {
    let f = default_fixture();
    let mut request = post("/api/check", multipart(&[("text", None, b"loan")]));
    request
        .headers_mut()
        .insert(header::HOST, "clinic.example".parse().expect("h"));
    request
        .headers_mut()
        .insert(header::ORIGIN, "https://evil.example".parse().expect("o"));
    let (status, _, body) = send(&f, request).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let mut request = post("/api/check", multipart(&[("text", None, b"loan")]));
    request
        .headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().expect("s"));
    let (status, _, _) = send(&f, request).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_page_is_self_contained_localised_and_locked_down() {
    let f = default_fixture();
    let request = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.5")
        .body(Body::empty())
        .expect("req");
    let (status, response, page) = send(&f, request).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<html lang=\"zh\""), "{page}");
    let headers = response.headers();
    let csp = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("csp");
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(!headers.contains_key(header::SET_COOKIE));
    for asset in ["/", "/app.js", "/app.css"] {
        let (status, _, text) = send(&f, Request::get(asset).body(Body::empty()).expect("r")).await;
        assert_eq!(status, StatusCode::OK, "{asset}");
        for external in ["http://", "https://", "//cdn", "@import", "fonts.g"] {
            assert!(
                !text.contains(external),
                "{asset} loads something external: {external}"
            );
        }
    }
    let english = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "en-GB")
        .body(Body::empty())
        .expect("r");
    let (_, _, page) = send(&f, english).await;
    assert!(page.contains("<html lang=\"en\""));
}

#[tokio::test]
async fn the_log_holds_counts_and_timings_only() {
    let f = default_fixture();
    let contract =
        std::fs::read(repo("sample-contracts/zh-01-wangdai-equal-installment.txt")).expect("c");
    let (status, _, _) = send(
        &f,
        post(
            "/api/check",
            multipart(&[("file", Some("secret-name.txt"), &contract)]),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let log = f.log.lock().expect("log").clone();
    assert_eq!(log.len(), 1, "{log:?}");
    let line = &log[0];
    assert!(line.starts_with("check 200 files=1 bytes="), "{line}");
    assert!(
        !line.contains("secret") && !line.contains("借款") && !line.contains("upload"),
        "{line}"
    );
}

// The page's round trip in a real browser (a file of its own).
mod browser;
