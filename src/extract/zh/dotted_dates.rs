//! A date written with dots and its year last (`20.08.2026`, as a translation from Russian,
//! Kazakh or a European language writes it) is read day first; the reading says so, and says
//! when the figures alone would also allow month first (`03.07.2026`).

use super::dates::{date_of, DATE};
use super::*;

impl Extractor<'_> {
    /// Notes how the first dotted year-last date behind one of the contract's dates was read.
    pub(super) fn note_dotted_dates(&mut self) {
        let t = &self.terms;
        let used: Vec<&str> = [
            &t.contract_date,
            &t.disbursement_date,
            &t.first_payment_date,
            &t.maturity_date,
        ]
        .into_iter()
        .flatten()
        .map(|d| d.evidence.text.as_str())
        .collect();
        let note = DATE.captures_iter(self.text).find_map(|c| {
            let (a, b) = (c.name("a9")?, c.name("b9")?);
            let written = c.get(0)?.as_str();
            if !used.iter().any(|u| u.contains(written)) {
                return None;
            }
            let date = date_of(&c)?;
            let (x, y): (u32, u32) = (a.as_str().parse().ok()?, b.as_str().parse().ok()?);
            Some(if x <= 12 && y <= 12 && x != y {
                format!(
                    "“{written}” read day first ({date}), as a date written with dots and the year last is; the figures alone would also allow month first"
                )
            } else if y > 12 {
                format!("“{written}” read month first ({date}): {y} can be no month")
            } else {
                format!("“{written}” read day first ({date}), as a date written with dots and the year last is")
            })
        });
        if let Some(note) = note {
            self.terms.assumptions.push(note);
        }
    }
}
