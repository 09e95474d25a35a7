#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The HTML report in a real browser: headless Chromium screenshots of the `audit --html`
//! page of every sample and of the `check --html` pages of two samples (one Chinese, one
//! English), each in Chinese and in English, at desktop (1280 px) and phone (390 px) widths,
//! written to `target/tmp/html-screenshots/` for a person to look at. Skipped with a notice
//! when no Chromium is installed (`apt-get install chromium`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn chromium() -> Option<&'static str> {
    [
        "chromium-headless-shell",
        "chromium",
        "chromium-browser",
        "google-chrome",
    ]
    .into_iter()
    .find(|b| {
        Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn loanlint(args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_loanlint"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn shoot(browser: &str, page: &Path, png: &Path, width: u32) {
    let status = Command::new(browser)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--hide-scrollbars",
            &format!("--window-size={width},2400"),
            &format!("--screenshot={}", png.display()),
        ])
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        png.is_file() && std::fs::metadata(png).unwrap().len() > 10_000,
        "no screenshot of {}: {}",
        page.display(),
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn html_pages_render_at_desktop_and_phone_widths() {
    let Some(browser) = chromium() else {
        eprintln!(
            "skipped: no Chromium found for the HTML screenshots (apt-get install chromium-headless-shell)"
        );
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out: PathBuf = root.join("target/tmp/html-screenshots");
    std::fs::create_dir_all(&out).unwrap();
    let samples = root.join("sample-contracts");
    let audit_zh = out.join("audit-zh.html");
    let audit_en = out.join("audit-en.html");
    for (page, lang) in [(&audit_zh, "zh"), (&audit_en, "en")] {
        loanlint(&[
            "audit",
            samples.to_str().unwrap(),
            "--glob",
            "**/*.pdf",
            "--lang",
            lang,
            "--exit-zero",
            "--html",
            page.to_str().unwrap(),
        ]);
    }
    let mut pages = vec![audit_zh, audit_en];
    for sample in [
        "zh-04-default-charges-contacts",
        "en-02-payday-single-payment",
    ] {
        let pdf = samples.join(format!("{sample}.pdf"));
        for lang in ["zh", "en"] {
            let page = out.join(format!("check-{}-{lang}.html", &sample[..5]));
            loanlint(&[
                "check",
                pdf.to_str().unwrap(),
                "--lang",
                lang,
                "--exit-zero",
                "--html",
                page.to_str().unwrap(),
            ]);
            pages.push(page);
        }
    }
    for page in &pages {
        for (name, width) in [("desktop", 1280), ("phone", 390)] {
            let stem = page.file_stem().unwrap().to_string_lossy();
            let png = out.join(format!("{stem}-{name}.png"));
            let _ = std::fs::remove_file(&png);
            shoot(browser, page, &png, width);
        }
    }
    eprintln!("screenshots in {}", out.display());
}
