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

/// The page's round trip in a real browser: headless Chromium, driven over the DevTools
/// protocol on a pipe, opens the page at phone width, uploads screenshots of a loan-app
/// contract (its PDF rendered to PNG pages) and of an SMS (rendered by the browser), submits,
/// and gets the report, the message verdict and letter links that download. Screenshots of
/// the page before and after, at phone and desktop width, go to `target/tmp/serve-page/` for a
/// person to look at. Skips with a notice when Chromium, tesseract or pdftoppm is missing.
mod browser {
    use std::io::{BufRead, BufReader, Write};
    use std::path::{Path, PathBuf};
    use std::process::{Child, ChildStdin, Command, Stdio};
    use std::sync::Arc;
    use std::sync::mpsc::{Receiver, channel};
    use std::time::{Duration, Instant};

    use serde_json::{Value, json};

    use super::{Limits, fixture, repo};

    const PHONE: (u32, u32) = (390, 844);
    const DESKTOP: (u32, u32) = (1280, 900);
    /// How long one protocol call may take before the test fails instead of hanging.
    const CALL: Duration = Duration::from_secs(60);
    /// How long the analysis of the upload may take.
    const WAIT: Duration = Duration::from_secs(600);

    /// The first browser found on PATH.
    fn chromium() -> Option<PathBuf> {
        let path = std::env::var_os("PATH")?;
        [
            "chromium-headless-shell",
            "chromium",
            "chromium-browser",
            "google-chrome",
        ]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
    }

    /// One page of a headless browser, on `--remote-debugging-pipe` (the browser reads
    /// NUL-terminated JSON on fd 3 and writes on fd 4; `sh` maps them to our pipes).
    struct Browser {
        child: Child,
        input: ChildStdin,
        output: Receiver<Value>,
        session: String,
        next: u64,
        _profile: tempfile::TempDir,
    }

    impl Browser {
        fn launch(exe: &Path) -> Browser {
            let profile = tempfile::tempdir().expect("profile dir");
            let mut child = Command::new("sh")
                .arg("-c")
                .arg(r#"exec "$0" "$@" 3<&0 4>&1 </dev/null >/dev/null 2>/dev/null"#)
                .arg(exe)
                .args([
                    "--headless",
                    "--remote-debugging-pipe",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--hide-scrollbars",
                    "--lang=zh-CN",
                ])
                .arg(format!("--user-data-dir={}", profile.path().display()))
                .arg("about:blank")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .expect("start chromium");
            let input = child.stdin.take().expect("stdin");
            let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
            let (send, output) = channel();
            std::thread::spawn(move || {
                let mut message = Vec::new();
                while reader.read_until(0, &mut message).is_ok_and(|n| n > 0) {
                    message.pop();
                    if let Ok(value) = serde_json::from_slice::<Value>(&message) {
                        if send.send(value).is_err() {
                            break;
                        }
                    }
                    message.clear();
                }
            });
            let mut browser = Browser {
                child,
                input,
                output,
                session: String::new(),
                next: 0,
                _profile: profile,
            };
            let targets = browser.call("Target.getTargets", json!({}));
            let page = targets["targetInfos"]
                .as_array()
                .and_then(|t| t.iter().find(|t| t["type"] == "page"))
                .and_then(|t| t["targetId"].as_str())
                .expect("a page target")
                .to_string();
            let attached = browser.call(
                "Target.attachToTarget",
                json!({"targetId": page, "flatten": true}),
            );
            browser.session = attached["sessionId"].as_str().expect("session").into();
            browser.call("Page.enable", json!({}));
            browser
        }

        /// Send one command (to the page once attached) and wait for its answer.
        fn call(&mut self, method: &str, params: Value) -> Value {
            self.next += 1;
            let mut command = json!({"id": self.next, "method": method, "params": params});
            if !self.session.is_empty() {
                command["sessionId"] = json!(self.session);
            }
            let mut bytes = serde_json::to_vec(&command).expect("json");
            bytes.push(0);
            self.input.write_all(&bytes).expect("write to chromium");
            let deadline = Instant::now() + CALL;
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                let message = self
                    .output
                    .recv_timeout(left)
                    .unwrap_or_else(|_| panic!("chromium did not answer {method}"));
                if message["id"] == self.next {
                    assert!(message["error"].is_null(), "{method}: {message}");
                    return message["result"].clone();
                }
            }
        }

        /// Evaluate `script` in the page; its value (awaited when a promise).
        fn eval(&mut self, script: &str) -> Value {
            let result = self.call(
                "Runtime.evaluate",
                json!({"expression": script, "returnByValue": true, "awaitPromise": true}),
            );
            assert!(result["exceptionDetails"].is_null(), "{script}: {result}");
            result["result"]["value"].clone()
        }

        fn open(&mut self, url: &str) {
            self.call("Page.navigate", json!({"url": url}));
            self.wait_for(
                "document.readyState === 'complete'",
                Duration::from_secs(30),
            );
        }

        fn wait_for(&mut self, condition: &str, limit: Duration) -> bool {
            let deadline = Instant::now() + limit;
            while Instant::now() < deadline {
                if self.eval(condition) == Value::Bool(true) {
                    return true;
                }
                std::thread::sleep(Duration::from_millis(250));
            }
            false
        }

        fn size(&mut self, (width, height): (u32, u32), scale: u32) {
            self.call(
                "Emulation.setDeviceMetricsOverride",
                json!({"width": width, "height": height, "deviceScaleFactor": scale,
                       "mobile": width < 720}),
            );
        }

        /// A PNG of the whole page (beyond the window) at `path`.
        fn screenshot(&mut self, path: &Path) {
            let height = self.eval("Math.ceil(document.documentElement.scrollHeight)");
            let width = self.eval("Math.ceil(document.documentElement.clientWidth)");
            let shot = self.call(
                "Page.captureScreenshot",
                json!({"format": "png", "captureBeyondViewport": true,
                       "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}}),
            );
            let png = base64(shot["data"].as_str().expect("png data"));
            assert!(png.starts_with(b"\x89PNG"), "not a PNG");
            std::fs::write(path, png).expect("write screenshot");
        }

        /// Put `files` into the file input `selector`.
        fn set_files(&mut self, selector: &str, files: &[PathBuf]) {
            let root = self.call("DOM.getDocument", json!({"depth": 0}));
            let node = self.call(
                "DOM.querySelector",
                json!({"nodeId": root["root"]["nodeId"], "selector": selector}),
            );
            self.call(
                "DOM.setFileInputFiles",
                json!({"nodeId": node["nodeId"], "files": files}),
            );
        }
    }

    impl Drop for Browser {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    fn base64(text: &str) -> Vec<u8> {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = Vec::with_capacity(text.len() / 4 * 3);
        let (mut acc, mut bits) = (0u32, 0u32);
        for c in text.bytes().filter(|&c| c != b'=') {
            let v = ALPHABET.iter().position(|&a| a == c).expect("base64") as u32;
            acc = (acc << 6) | v;
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                out.push((acc >> bits) as u8);
            }
        }
        out
    }

    /// An SMS as a phone shows it, rendered by the browser itself, as a PNG at `path`.
    fn sms_screenshot(browser: &mut Browser, text: &str, path: &Path) {
        let page = format!(
            "<!DOCTYPE html><meta charset=utf-8><body style=\"margin:0;background:#f2f2f7;\
             font:17px/1.5 'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif\">\
             <p style=\"text-align:center;color:#8e8e93;font-size:13px\">10690000 · 今天 09:12</p>\
             <div style=\"margin:8px 60px 8px 12px;padding:10px 14px;background:#fff;\
             border-radius:18px\">{}</div></body>",
            text.trim()
        );
        let url = format!("data:text/html;charset=utf-8,{}", percent(&page));
        browser.size(PHONE, 2);
        browser.open(&url);
        let shot = browser.call("Page.captureScreenshot", json!({"format": "png"}));
        std::fs::write(path, base64(shot["data"].as_str().expect("png"))).expect("write sms");
    }

    fn percent(text: &str) -> String {
        text.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }

    fn tools() -> Option<PathBuf> {
        let Some(exe) = chromium() else {
            eprintln!(
                "skipped: the page's browser round trip needs Chromium (apt-get install chromium-headless-shell)"
            );
            return None;
        };
        let pdftoppm = Command::new("pdftoppm").arg("-v").output().is_ok();
        if !loanlint::read::tesseract_available() || !pdftoppm {
            eprintln!(
                "skipped: the page's browser round trip uploads screenshots: it needs tesseract (tesseract-ocr tesseract-ocr-chi-sim) and pdftoppm (poppler-utils)"
            );
            return None;
        }
        Some(exe)
    }

    #[test]
    fn a_phone_uploads_contract_and_sms_screenshots_and_gets_the_report_and_letters() {
        let Some(exe) = tools() else { return };
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-page");
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(out.join("downloads")).expect("out dir");

        // The contract of a loan app as the borrower's screenshots: its PDF, one PNG a page.
        let sample = "sample-contracts/zh-01-wangdai-equal-installment";
        let render = Command::new("bash")
            .arg(repo("scripts/render_screenshots.sh"))
            .arg(repo(&format!("{sample}.pdf")))
            .arg(out.join("contract"))
            .output()
            .expect("render screenshots");
        assert!(render.status.success(), "{render:?}");
        let pages: Vec<PathBuf> = String::from_utf8_lossy(&render.stdout)
            .lines()
            .map(PathBuf::from)
            .collect();
        assert!(pages.len() >= 2, "pages: {pages:?}");
        // What the contract says, written by hand (not by loanlint).
        let expected: Value = serde_json::from_slice(
            &std::fs::read(repo(&format!("{sample}.expected.json"))).expect("expected"),
        )
        .expect("expected json");
        let principal: rust_decimal::Decimal = expected["terms"]["principal"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("principal");

        // The server on a loopback port, in a runtime of its own. OCR of four screenshots
        // takes minutes on a loaded shared machine: more wall time than the default.
        let f = fixture(Limits {
            wall_time: WAIT,
            ..Limits::default()
        });
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let app = loanlint::serve::router(Arc::clone(&f.server));
        runtime.spawn(async move { axum::serve(listener, app).await });

        let mut browser = Browser::launch(&exe);
        // The SMS the borrower received about this loan (tests/messages/zh-15: 30 days).
        let sms = std::fs::read_to_string(repo("tests/messages/zh-15.txt")).expect("sms");
        let sms_png = out.join("sms.png");
        sms_screenshot(&mut browser, &sms, &sms_png);

        browser.call(
            "Emulation.setUserAgentOverride",
            json!({"userAgent": "Mozilla/5.0 (Linux; Android 14) Mobile", "acceptLanguage": "zh-CN,zh;q=0.9"}),
        );
        browser.call(
            "Browser.setDownloadBehavior",
            json!({"behavior": "allow", "downloadPath": out.join("downloads"), "eventsEnabled": true}),
        );
        browser.size(DESKTOP, 1);
        browser.open(&format!("{base}/"));
        assert_eq!(browser.eval("document.documentElement.lang"), "zh");
        browser.screenshot(&out.join("desktop-before.png"));
        browser.size(PHONE, 1);
        browser.screenshot(&out.join("phone-before.png"));
        // Nothing wider than the phone: no sideways scrolling.
        assert_eq!(
            browser.eval("document.documentElement.scrollWidth <= window.innerWidth"),
            true
        );

        browser.set_files("#file", &pages);
        browser.set_files("#message_file", &[sms_png]);
        browser.eval("document.querySelector('details').open = true; document.querySelector('[name=days]').value = '30'; true");
        browser.eval("document.getElementById('case').requestSubmit(); true");
        let done = browser.wait_for(
            "!document.getElementById('results').hidden || document.getElementById('status').className === 'error'",
            WAIT,
        );
        let status = browser.eval("document.getElementById('status').textContent");
        assert!(done, "no answer in time; status: {status}");
        // The page scrolls smoothly to the results: back to the top for a whole-page picture.
        browser.eval("new Promise(r => setTimeout(r, 1500)).then(() => window.scrollTo({top: 0, behavior: 'instant'}))");
        browser.screenshot(&out.join("phone-after.png"));
        let results = browser.eval("document.getElementById('results').innerText");
        let results = results.as_str().unwrap_or_default().to_string();
        assert!(
            browser.eval("document.getElementById('results').hidden") == false,
            "the page shows an error: {status}"
        );
        assert!(
            browser.eval("document.documentElement.scrollWidth <= window.innerWidth") == true,
            "the results are wider than the phone"
        );
        // The verdict first, the contract's principal, findings with their rule's citation.
        assert!(results.starts_with("结论"), "{results}");
        let shown = format!("¥{}", thousands(principal));
        assert!(results.contains(&shown), "no {shown} in {results}");
        assert!(results.contains("违规"), "{results}");
        // The SMS was read: its verdict is shown, in the tier its text gets with this
        // contract and 30 days overdue (tests/messages/zh-15.toml, written by hand).
        assert!(
            results.contains("催收消息"),
            "no message verdict: {results}"
        );
        let case: toml::Value = toml::from_str(
            &std::fs::read_to_string(repo("tests/messages/zh-15.toml")).expect("toml"),
        )
        .expect("zh-15.toml");
        assert_eq!(
            browser.eval("last.message.tier").as_str(),
            case["tier"].as_str(),
            "the SMS screenshot's tier; read as {:?}",
            browser.eval("last.message_text")
        );

        // Letter links that download the letters.
        let links = browser
            .eval("[...document.querySelectorAll('#results a[download]')].map(a => a.download)");
        let names: Vec<String> = links
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            names.iter().any(|n| n == "letter-settle.txt"),
            "letter links: {names:?}"
        );
        browser.eval("document.querySelector('#results a[download]').click(); true");
        let letter = out.join("downloads").join(&names[0]);
        let deadline = Instant::now() + Duration::from_secs(30);
        while !letter.is_file() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(200));
        }
        let text = std::fs::read_to_string(&letter).expect("the letter downloaded");
        let sent = browser.eval(&format!(
            "last.letters.find(l => l.file_name === {:?}).text",
            names[0]
        ));
        assert!(!text.trim().is_empty());
        assert_eq!(
            Some(text.as_str()),
            sent.as_str(),
            "the download is not the letter"
        );

        browser.size(DESKTOP, 1);
        browser.screenshot(&out.join("desktop-after.png"));
        eprintln!(
            "screenshots of the page: {}/{{phone,desktop}}-{{before,after}}.png",
            out.display()
        );
    }

    /// `10000.00` as `10,000.00`.
    fn thousands(amount: rust_decimal::Decimal) -> String {
        let text = format!("{:.2}", amount);
        let (whole, cents) = text.split_once('.').expect("two decimals");
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        format!("{grouped}.{cents}")
    }
}
