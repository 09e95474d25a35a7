//! Evidence offsets: every JSON object with `text`, `start` and `end` must quote exactly the
//! document's characters `start..end`.

use serde::Serialize;

/// How many quotes were checked, or the first quote that does not match the document `text`.
pub fn check_quotes(text: &str, value: &impl Serialize) -> Result<usize, String> {
    let json = serde_json::to_value(value).map_err(|e| format!("serialise: {e}"))?;
    let chars: Vec<char> = text.chars().collect();
    let mut stack = vec![&json];
    let mut checked = 0;
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(quote), Some(s), Some(e)) = (
                    m.get("text").and_then(|x| x.as_str()),
                    m.get("start").and_then(|x| x.as_u64()),
                    m.get("end").and_then(|x| x.as_u64()),
                ) {
                    let (s, e) = (s as usize, e as usize);
                    if s > e || e > chars.len() {
                        return Err(format!(
                            "evidence offsets {s}..{e} outside the document ({} chars)",
                            chars.len()
                        ));
                    }
                    let quoted: String = chars[s..e].iter().collect();
                    if quoted != quote {
                        return Err(format!(
                            "evidence {s}..{e} quotes {quote:?} but the document has {quoted:?}"
                        ));
                    }
                    checked += 1;
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a.iter()),
            _ => {}
        }
    }
    Ok(checked)
}

/// Panic unless every evidence quote in `value` matches the document `text`.
pub fn assert_quotes(text: &str, value: &impl Serialize) {
    if let Err(problem) = check_quotes(text, value) {
        panic!("{problem}");
    }
}
