//! Chinese contract extraction (借款合同, 网贷借款协议, 借条).

use crate::model::Terms;
use crate::read::Document;

/// Extract the terms of a Chinese contract.
pub fn extract(_doc: &Document) -> Terms {
    Terms::default()
}
