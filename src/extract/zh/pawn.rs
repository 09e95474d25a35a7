//! Pawn tickets (当票) and pawn contracts (典当合同) say in their own words what a loan
//! contract says in its: 当金 is the principal, 典当期限 the term, 赎当 (redeeming the pledge)
//! repaying at maturity, 综合费 the pawnshop's monthly fee beside the interest. In a pawn
//! document those words are matched as their loan-contract equivalents, of the same length so
//! that offsets (and so every evidence quote) stay those of the document as written.

use super::*;

/// Words only a pawn document uses; two distinct ones make a document a pawn document.
const MARKERS: [&str; 8] = [
    "典当", "当票", "当金", "当户", "当物", "赎当", "绝当", "续当",
];

/// The pawn words and their loan-contract equivalents (see the data file's header).
static WORDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("data/pawn_words.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(pawn, loan)| pawn.len() == loan.len())
        .collect()
});

/// Whether `text` is a pawn document.
pub(super) fn is_pawn(text: &str) -> bool {
    MARKERS.iter().filter(|m| text.contains(*m)).count() >= 2
}

/// `text` with each pawn word replaced by its loan-contract word, when `text` is a pawn
/// document; `None` otherwise.
pub(super) fn in_loan_words(text: &str) -> Option<String> {
    if !is_pawn(text) {
        return None;
    }
    let mut out = text.to_string();
    for (pawn, loan) in WORDS.iter() {
        if out.contains(pawn) {
            out = out.replace(pawn, loan);
        }
    }
    Some(out)
}

impl Extractor<'_> {
    /// A fee read under its loan-contract name (服务费, 服务费用) keeps the pawn name its
    /// sentence gives it (综合费, 综合费用).
    pub(super) fn pawn_fee_names(&mut self) {
        if !self.pawn {
            return;
        }
        for fee in &mut self.terms.fees {
            let written = WORDS.iter().find_map(|(pawn, loan)| {
                let name = fee.name.replace(loan, pawn);
                (name != fee.name && fee.evidence.text.contains(&name)).then_some(name)
            });
            if let Some(name) = written {
                fee.name = name;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pawn_word_keeps_its_length() {
        let raw = include_str!("data/pawn_words.tsv");
        let pairs = raw
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(WORDS.len(), pairs, "a pair of unequal length is dropped");
    }

    #[test]
    fn only_a_pawn_document_is_read_in_loan_words() {
        let ticket = "当户:某某 当金:¥5,000.00 赎当时一并收取";
        assert_eq!(
            in_loan_words(ticket).as_deref(),
            Some("当户:某某 本金:¥5,000.00 到期时一并收取")
        );
        // A loan contract that only forbids pawning the collateral is no pawn document.
        assert_eq!(
            in_loan_words("借款人不得将抵押物典当。当期利息按月支付。"),
            None
        );
    }
}
