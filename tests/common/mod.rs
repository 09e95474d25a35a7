//! Helpers shared by the integration tests: one module each for fixtures, the corpus location,
//! evidence offsets and golden files. (Each test binary uses only some of them.)
#![allow(dead_code)]

pub mod corpus;
pub mod evidence;
pub mod fixtures;
pub mod golden;

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

/// The sample contracts' folder (kept for the tests that call it by this name).
pub fn samples_dir() -> PathBuf {
    fixtures::samples_dir()
}
