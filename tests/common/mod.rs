//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// Validate `instance` against a committed JSON Schema (path relative to the crate root).
pub fn validate_against(schema_rel: &str, instance: &serde_json::Value) -> Result<(), String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(schema_rel);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let schema: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let loc = format!("file:///{schema_rel}");
    compiler
        .add_resource(&loc, schema)
        .map_err(|e| e.to_string())?;
    let idx = compiler
        .compile(&loc, &mut schemas)
        .map_err(|e| format!("{e:#}"))?;
    schemas
        .validate(instance, idx)
        .map_err(|e| format!("{e:#}"))
}

/// The shared reference corpus, when present (`../shared` beside the checkout, or /work/shared).
pub fn shared_dir() -> Option<PathBuf> {
    let beside = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    [beside, PathBuf::from("/work/shared")]
        .into_iter()
        .find(|p| p.join("corpus/real").is_dir())
}

pub fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample-contracts")
}
