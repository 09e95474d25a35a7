//! English contract and disclosure extraction.

use crate::model::Terms;
use crate::read::Document;

/// Extract the terms of an English contract or disclosure.
pub fn extract(_doc: &Document) -> Terms {
    Terms::default()
}
