//! A Chinese image on a machine whose tesseract has only its English model: the file is an
//! input error that names the missing model (exit 2), not a contract read from Latin garbage;
//! an English image there is still read. Skips with a notice when tesseract or its English and
//! Chinese data are not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The system's tessdata folder, when it holds eng and chi_sim.
fn system_tessdata() -> Option<PathBuf> {
    let out = Command::new("tesseract")
        .arg("--list-langs")
        .output()
        .ok()?;
    let listed = String::from_utf8_lossy(&out.stdout).into_owned();
    let dir = listed
        .lines()
        .next()
        .and_then(|l| l.split('"').nth(1))
        .map(PathBuf::from)?;
    let has = |l: &str| listed.lines().any(|x| x.trim() == l);
    (has("eng") && has("chi_sim")).then_some(dir)
}

/// A tessdata folder with the English model and the configs only.
fn english_only(system: &Path, into: &Path) -> std::io::Result<()> {
    std::fs::copy(system.join("eng.traineddata"), into.join("eng.traineddata"))?;
    for sub in ["configs", "tessconfigs"] {
        let from = system.join(sub);
        if !from.is_dir() {
            continue;
        }
        std::fs::create_dir_all(into.join(sub))?;
        for e in std::fs::read_dir(&from)? {
            let e = e?;
            std::fs::copy(e.path(), into.join(sub).join(e.file_name()))?;
        }
    }
    Ok(())
}

fn check(image: &Path, tessdata: &Path) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_loanlint"))
        .arg("check")
        .arg(image)
        .env("TESSDATA_PREFIX", tessdata)
        .output()
        .expect("loanlint runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_chinese_image_without_the_chinese_model_is_an_input_error_that_says_so() {
    let Some(system) = system_tessdata() else {
        eprintln!("notice: tesseract with eng and chi_sim is not installed; test skipped");
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    english_only(&system, dir.path()).expect("tessdata copied");
    let fresh = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fresh");
    let zh = fresh.join(
        "zh/zh-ai10-home-battery-storage-bank-app-equal-installments-term-fixed-by-total-png.png",
    );
    let en = fresh.join(
        "en/en-ai04-new-york-credit-union-sewing-machine-loan-key-value-long-dates-png-near-16.png",
    );
    assert!(zh.is_file() && en.is_file(), "the corpus images are there");
    let (code, err) = check(&zh, dir.path());
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("chi_sim"), "{err}");
    let (code, err) = check(&en, dir.path());
    assert_eq!(code, Some(0), "{err}");
}
