//! The page's round trip in a real browser: headless Chromium, driven over the DevTools
//! protocol on a pipe, opens the page at phone width, uploads screenshots of a loan-app
//! contract (its PDF rendered to PNG pages) and of an SMS (rendered by the browser), submits,
//! and gets the report, the message verdict and letter links that download. Screenshots of
//! the page before and after, at phone and desktop width, go to `target/tmp/serve-page/` for a
//! person to look at. Skips with a notice when Chromium, tesseract or pdftoppm is missing.

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
    let case: toml::Value =
        toml::from_str(&std::fs::read_to_string(repo("tests/messages/zh-15.toml")).expect("toml"))
            .expect("zh-15.toml");
    assert_eq!(
        browser.eval("last.message.tier").as_str(),
        case["tier"].as_str(),
        "the SMS screenshot's tier; read as {:?}",
        browser.eval("last.message_text")
    );

    // Letter links that download the letters.
    let links =
        browser.eval("[...document.querySelectorAll('#results a[download]')].map(a => a.download)");
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
