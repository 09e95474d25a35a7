//! The one error shape every API answer uses: `{"error": {"reason", "message"}}` with an HTTP
//! status, so a client never sees a panic, a stack trace or a server path.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::read::ReadError;

/// Seconds a client is asked to wait when the server is full.
pub const RETRY_AFTER_SECS: u64 = 5;

/// An API error: a status, a stable reason code and a message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub reason: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, reason: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            reason,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "bad-request", message)
    }

    pub fn too_large(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too-large", message)
    }

    /// The queue is full: come back later (503 with Retry-After).
    pub fn busy() -> Self {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            "the server is busy; try again in a few seconds",
        )
    }

    /// Something failed inside the server: the client learns nothing more.
    pub fn internal() -> Self {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "the server could not complete this request",
        )
    }

    /// A document that cannot be read: the reader's reason, with the server's file names
    /// (never the client's) in the message.
    pub fn unreadable(error: &ReadError) -> Self {
        let status = match error {
            ReadError::Unsupported { .. } | ReadError::UnsupportedContent { .. } => {
                StatusCode::UNSUPPORTED_MEDIA_TYPE
            }
            // A tool the server lacks (tesseract) or a reader process that could not start.
            ReadError::Other { .. } | ReadError::Io { .. } => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        ApiError::new(status, error.reason(), error.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": {"reason": self.reason, "message": self.message}});
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, "application/json")],
            format!("{body:#}\n"),
        )
            .into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_SECS));
        }
        response
    }
}
