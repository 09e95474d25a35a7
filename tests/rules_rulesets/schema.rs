//! The rulesets' JSON Schema: a hand validator for the subset the schema uses; every bundled
//! ruleset validates, the schema rejects what the loader rejects, its enums match the code.

#[allow(unused_imports)]
use super::*;

fn toml_to_json(v: &toml::Value) -> Json {
    match v {
        toml::Value::String(s) => Json::String(s.clone()),
        toml::Value::Integer(i) => Json::from(*i),
        toml::Value::Float(f) => Json::from(*f),
        toml::Value::Boolean(b) => Json::Bool(*b),
        toml::Value::Datetime(d) => Json::String(d.to_string()),
        toml::Value::Array(a) => Json::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Json::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}

fn type_ok(t: &str, v: &Json) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => v.is_i64() || v.is_u64(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("schema type `{other}` not supported by the test validator"),
    }
}

/// Validate `v` against `s`; push errors with their JSON path.
fn validate(root: &Json, s: &Json, v: &Json, path: &str, errors: &mut Vec<String>) {
    let Some(obj) = s.as_object() else { return };
    for key in obj.keys() {
        assert!(
            [
                "$schema",
                "$id",
                "$defs",
                "$ref",
                "title",
                "description",
                "type",
                "properties",
                "required",
                "additionalProperties",
                "items",
                "enum",
                "const",
                "pattern",
                "minimum",
                "minItems",
                "allOf",
                "if",
                "then",
            ]
            .contains(&key.as_str()),
            "schema keyword `{key}` not supported by the test validator"
        );
    }
    if let Some(r) = obj.get("$ref").and_then(Json::as_str) {
        let ptr = r.strip_prefix('#').expect("local $ref");
        let target = root
            .pointer(ptr)
            .unwrap_or_else(|| panic!("dangling $ref {r}"));
        validate(root, target, v, path, errors);
    }
    if let Some(t) = obj.get("type") {
        let ok = match t {
            Json::String(t) => type_ok(t, v),
            Json::Array(ts) => ts.iter().filter_map(Json::as_str).any(|t| type_ok(t, v)),
            _ => true,
        };
        if !ok {
            errors.push(format!("{path}: expected type {t}, found {v}"));
            return;
        }
    }
    if let Some(e) = obj.get("enum").and_then(Json::as_array) {
        if !e.contains(v) {
            errors.push(format!("{path}: {v} is not one of {e:?}"));
        }
    }
    if let Some(c) = obj.get("const") {
        if c != v {
            errors.push(format!("{path}: expected {c}"));
        }
    }
    if let (Some(p), Some(s)) = (obj.get("pattern").and_then(Json::as_str), v.as_str()) {
        if !loanlint::pattern::regex(p).unwrap().is_match(s) {
            errors.push(format!("{path}: `{s}` does not match {p}"));
        }
    }
    if let (Some(m), Some(n)) = (obj.get("minimum").and_then(Json::as_f64), v.as_f64()) {
        if n < m {
            errors.push(format!("{path}: {n} < minimum {m}"));
        }
    }
    if let Some(a) = v.as_array() {
        if let Some(m) = obj.get("minItems").and_then(Json::as_u64) {
            if (a.len() as u64) < m {
                errors.push(format!("{path}: fewer than {m} items"));
            }
        }
        if let Some(items) = obj.get("items") {
            for (i, x) in a.iter().enumerate() {
                validate(root, items, x, &format!("{path}[{i}]"), errors);
            }
        }
    }
    if let Some(o) = v.as_object() {
        let props = obj.get("properties").and_then(Json::as_object);
        if let Some(req) = obj.get("required").and_then(Json::as_array) {
            for r in req.iter().filter_map(Json::as_str) {
                if !o.contains_key(r) {
                    errors.push(format!("{path}: missing required `{r}`"));
                }
            }
        }
        for (k, x) in o {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => validate(root, ps, x, &format!("{path}.{k}"), errors),
                None if obj.get("additionalProperties") == Some(&Json::Bool(false)) => {
                    errors.push(format!("{path}: unknown key `{k}`"))
                }
                None => {}
            }
        }
    }
    if let Some(all) = obj.get("allOf").and_then(Json::as_array) {
        for sub in all {
            validate(root, sub, v, path, errors);
        }
    }
    if let Some(cond) = obj.get("if") {
        let mut e = Vec::new();
        validate(root, cond, v, path, &mut e);
        if e.is_empty() {
            if let Some(then) = obj.get("then") {
                validate(root, then, v, path, errors);
            }
        }
    }
}

pub(super) fn schema() -> Json {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schema/ruleset.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

pub(super) fn schema_errors(toml_text: &str) -> Vec<String> {
    let s = schema();
    let v = toml_to_json(&toml::from_str::<toml::Value>(toml_text).unwrap());
    let mut errors = Vec::new();
    validate(&s, &s, &v, "$", &mut errors);
    errors
}

#[test]
fn every_bundled_ruleset_validates_against_the_schema() {
    for (id, text) in BUNDLED {
        let errors = schema_errors(text);
        assert!(errors.is_empty(), "rulesets/{id}.toml: {errors:#?}");
        // The files on disk are the ones compiled in.
        let disk =
            std::fs::read_to_string(format!("{}/rulesets/{id}.toml", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
        assert_eq!(&disk, text);
    }
}

#[test]
fn schema_rejects_what_the_loader_rejects() {
    let base = BUNDLED.iter().find(|(id, _)| *id == "uk-hcstc").unwrap().1;
    let unknown_key = base.replacen(
        "severity = \"violation\"",
        "severity = \"violation\"\nsevere = true",
        1,
    );
    assert!(
        schema_errors(&unknown_key)
            .iter()
            .any(|e| e.contains("unknown key `severe`"))
    );
    let bad_param = base.replacen("cap_percent = \"0.8\"", "cap_pct = \"0.8\"", 1);
    assert!(!schema_errors(&bad_param).is_empty());
    let bad_severity = base.replacen("severity = \"violation\"", "severity = \"fatal\"", 1);
    assert!(!schema_errors(&bad_severity).is_empty());
    for bad in [unknown_key, bad_param, bad_severity] {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("uk.toml");
        std::fs::write(&p, bad).unwrap();
        assert!(Checker::load(&[p.display().to_string()]).is_err());
    }
}

#[test]
fn schema_enums_match_the_code() {
    let s = schema();
    let kinds: Vec<&str> = s["$defs"]["rule"]["properties"]["kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Json::as_str)
        .collect();
    let code: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
    assert_eq!(kinds, code);
    for k in &code {
        assert!(
            s["$defs"].get(format!("params-{k}")).is_some(),
            "no params schema for {k}"
        );
    }
    for c in s["$defs"]["clause-kind"]["enum"].as_array().unwrap() {
        assert!(
            serde_json::from_value::<ClauseKind>(c.clone()).is_ok(),
            "{c}"
        );
    }
    for f in s["$defs"]["fee-kind"]["enum"].as_array().unwrap() {
        assert!(serde_json::from_value::<FeeKind>(f.clone()).is_ok(), "{f}");
    }
    for l in s["properties"]["lender_types"]["items"]["enum"]
        .as_array()
        .unwrap()
    {
        assert!(
            serde_json::from_value::<LenderType>(l.clone()).is_ok(),
            "{l}"
        );
    }
}
