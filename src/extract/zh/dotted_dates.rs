//! A numeric date with its year last (`20.08.2026`, `01-09-2026`, as a translation from
//! Russian, Kazakh, Indonesian or a European language writes it) is read in the order its
//! figures or the document settle (`dates::day_first`); the reading says which, and says when
//! the figures alone would also allow the other order (`03.07.2026`).

use chrono::Datelike;

use super::dates::{DATE, date_of};
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
            Some(if x > 12 {
                format!("“{written}” read day first ({date}): {x} can be no month")
            } else if y > 12 {
                format!("“{written}” read month first ({date}): {y} can be no month")
            } else if x == y {
                format!("“{written}” read as {date}: day and month are the same")
            } else {
                let order = if date.day() == x { "day" } else { "month" };
                format!(
                    "“{written}” read {order} first ({date}), the document's own order (its other dates, country or currency); the figures alone would also allow day first or month first"
                )
            })
        });
        if let Some(note) = note {
            self.terms.assumptions.push(note);
        }
    }
}
