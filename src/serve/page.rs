//! The page (one HTML file, its script and style, all embedded: no CDN, no web font, no
//! analytics), its language from Accept-Language, and the guard every request passes: the
//! CSRF check for posts, an early 413 on a declared oversize body, the security headers.

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::Server;
use super::error::ApiError;

const INDEX: &str = include_str!("../../assets/serve/index.html");
const SCRIPT: &str = include_str!("../../assets/serve/app.js");
const STYLE: &str = include_str!("../../assets/serve/app.css");

/// Nothing but this origin's own script and style; no frames, no plugins, no form posts
/// elsewhere. Letters are downloaded from `blob:` URLs the script makes.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub async fn index(State(server): State<Arc<Server>>, headers: HeaderMap) -> Response {
    let lang = preferred_language(
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or(""),
    );
    let keep = if server.config.keep.is_some() {
        "on"
    } else {
        "off"
    };
    let page = INDEX.replace("{{lang}}", lang).replace("{{keep}}", keep);
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::VARY, "Accept-Language"),
        ],
        page,
    )
        .into_response()
}

pub async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
        .into_response()
}

pub async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}

pub async fn not_found() -> Response {
    ApiError::new(StatusCode::NOT_FOUND, "not-found", "no such page").into_response()
}

/// `zh` when the browser prefers Chinese over English, else `en`.
pub fn preferred_language(accept: &str) -> &'static str {
    let mut best: Option<(f32, &'static str)> = None;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        let lang = match tag.split('-').next() {
            Some("zh") => "zh",
            Some("en") => "en",
            _ => continue,
        };
        if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map_or("en", |(_, lang)| lang)
}

/// Every request passes here. Posts from another site are refused (the API has no cookies,
/// so a forged post could steal nothing, but it could still use the server's work); a body
/// declared larger than the limit is refused before it is read.
pub async fn guard(State(server): State<Arc<Server>>, request: Request, next: Next) -> Response {
    let mut response = match refuse(&server, &request) {
        Some(error) => error.into_response(),
        None => next.run(request).await,
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

fn refuse(server: &Server, request: &Request) -> Option<ApiError> {
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        return None;
    }
    let headers = request.headers();
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if text("sec-fetch-site") == Some("cross-site") {
        return Some(cross_site());
    }
    if let (Some(origin), Some(host)) = (text("origin"), text("host")) {
        let origin_host = origin.split_once("://").map_or(origin, |(_, h)| h);
        if origin_host != host {
            return Some(cross_site());
        }
    }
    let declared = text("content-length").and_then(|v| v.parse::<u64>().ok());
    let max = u64::try_from(server.config.limits.max_body).unwrap_or(u64::MAX);
    if declared.is_some_and(|len| len > max) {
        return Some(ApiError::too_large(format!(
            "the upload is larger than this server accepts ({} MiB)",
            max >> 20
        )));
    }
    None
}

fn cross_site() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "cross-site",
        "posts from another site are refused",
    )
}

#[cfg(test)]
mod tests {
    use super::preferred_language;

    #[test]
    fn the_browser_language_decides() {
        assert_eq!(preferred_language("zh-CN,zh;q=0.9,en;q=0.8"), "zh");
        assert_eq!(preferred_language("en-US,en;q=0.9,zh;q=0.5"), "en");
        assert_eq!(preferred_language("fr-FR, zh-TW;q=0.7"), "zh");
        assert_eq!(preferred_language("de"), "en");
        assert_eq!(preferred_language("zh;q=0, en"), "en");
        assert_eq!(preferred_language(""), "en");
    }
}
