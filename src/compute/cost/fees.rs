//! Every charge at its own time: deducted at payout, paid on the payout day, with each
//! instalment, with the last one, or on a stated date. Default charges are not part of the
//! cost of credit; a charge that cannot be priced is said, never counted as zero silently.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::shape::{Shape, per_period_factor};
use super::{cent, pct};
use crate::compute::schedule::PeriodFee;
use crate::model::{Basis, Fee, FeeTiming, Terms};

/// The charges of a loan, placed in time.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Charges {
    /// Taken from the principal at payout.
    pub deducted: Decimal,
    /// Paid by the borrower at signing or on the payout day.
    pub upfront_paid: Decimal,
    pub period_fees: Vec<PeriodFee>,
    /// Paid with the last instalment.
    pub at_maturity: Decimal,
    /// Paid on a stated date.
    pub dated: Vec<(NaiveDate, Decimal)>,
    /// Charges that could not be placed (timing, amount or basis unclear): left out of the
    /// flows, so the cost is at least what they give. `assess` says which (cost.rs).
    pub left_out: Vec<LeftOut>,
}

/// A charge left out of the flows: its name, and its amount when known.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct LeftOut {
    pub name: String,
    pub amount: Option<Decimal>,
    /// Its timing is what is unclear (not its amount or basis).
    pub timing_unclear: bool,
}

impl Charges {
    /// The part of each instalment that is a charge, when it is the same every period
    /// (fixed amounts and percentages of the original principal).
    pub fn level_per_period(&self, principal: Decimal) -> Option<Decimal> {
        self.period_fees
            .iter()
            .map(|f| match *f {
                PeriodFee::Fixed(a) => Some(a),
                PeriodFee::OfPrincipal(x) => Some(cent(principal * x)),
                PeriodFee::OfRemaining(_) | PeriodFee::OfInstallment(_) => None,
            })
            .sum()
    }
}

/// The fee's name for notes.
pub fn label(fee: &Fee) -> String {
    if fee.name.is_empty() {
        format!("{:?}", fee.kind).to_lowercase()
    } else {
        fee.name.clone()
    }
}

/// Place every fee of `terms`. `dated`: the schedule has calendar dates, so a charge on a
/// stated date can be placed on it.
pub(super) fn place(
    terms: &Terms,
    principal: Decimal,
    shape: &Shape,
    dated: bool,
    notes: &mut Vec<String>,
) -> Charges {
    let mut charges = Charges::default();
    let stated_disbursed = terms
        .disbursed
        .as_ref()
        .filter(|d| !d.derived)
        .map(|d| d.amount);
    for fee in &terms.fees {
        let name = label(fee);
        if fee.timing == FeeTiming::OnDefault {
            continue;
        }
        // A charge only for default or for repaying early is not part of the cost of credit,
        // whatever its timing was read as: saying "timing unclear" of it would be untrue.
        if fee.timing == FeeTiming::Other && fee.kind.on_default_or_prepayment() {
            let event = if fee.kind == crate::model::FeeKind::Prepayment {
                "on early repayment"
            } else {
                "on default or a missed payment"
            };
            notes.push(format!(
                "fee {name}: charged only {event}, not part of the cost of credit"
            ));
            continue;
        }
        if fee.amount_blank && fee.amount.is_none() && fee.percent.is_none() {
            notes.push(format!(
                "fee {name}: its amount is left blank in the contract, so it cannot be priced; the cost leaves it out and is a lower bound"
            ));
            charges.left_out.push(LeftOut {
                name,
                amount: None,
                timing_unclear: false,
            });
            continue;
        }
        if fee.timing == FeeTiming::PerPeriod {
            match per_period(fee, shape) {
                Some(pf) => charges.period_fees.push(pf),
                None => {
                    notes.push(format!("fee {name}: basis unclear, left out of the cost"));
                    charges.left_out.push(LeftOut {
                        name,
                        amount: None,
                        timing_unclear: false,
                    });
                }
            }
            continue;
        }
        let base = match fee.basis {
            Some(Basis::Principal) | None => Some(principal),
            Some(Basis::Disbursed) => stated_disbursed,
            _ => None,
        };
        let Some(amount) = fee.amount.or_else(|| Some(base? * pct(fee.percent?))) else {
            notes.push(format!(
                "fee {name}: amount or basis unclear, left out of the cost"
            ));
            charges.left_out.push(LeftOut {
                name,
                amount: None,
                timing_unclear: fee.timing == FeeTiming::Other,
            });
            continue;
        };
        place_once(fee, &name, amount, dated, &mut charges, notes);
    }
    charges
}

fn place_once(
    fee: &Fee,
    name: &str,
    amount: Decimal,
    dated: bool,
    charges: &mut Charges,
    notes: &mut Vec<String>,
) {
    match fee.timing {
        FeeTiming::UpfrontDeducted => charges.deducted += amount,
        FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement => charges.upfront_paid += amount,
        FeeTiming::AtMaturity => {
            notes.push(format!(
                "fee {name} ({amount}) paid with the last instalment"
            ));
            charges.at_maturity += amount;
        }
        FeeTiming::OnDate => match fee.due_date.as_ref() {
            Some(d) if dated => {
                notes.push(format!("fee {name} ({amount}) paid on {}", d.date));
                charges.dated.push((d.date, amount));
            }
            _ => {
                notes.push(format!(
                    "fee {name} ({amount}): its date cannot be placed on the schedule, counted with the last instalment"
                ));
                charges.at_maturity += amount;
            }
        },
        // Said by `assess` once the schedule shows whether the stated payments hold it.
        FeeTiming::Other => charges.left_out.push(LeftOut {
            name: name.to_string(),
            amount: Some(amount),
            timing_unclear: true,
        }),
        FeeTiming::PerPeriod | FeeTiming::OnDefault => {}
    }
}

fn per_period(fee: &Fee, shape: &Shape) -> Option<PeriodFee> {
    let factor = per_period_factor(fee.per, shape.every);
    Some(match (fee.amount, fee.percent, fee.basis) {
        (Some(a), _, _) => PeriodFee::Fixed(a * factor),
        (None, Some(p), Some(Basis::RemainingPrincipal)) => PeriodFee::OfRemaining(pct(p) * factor),
        (None, Some(p), Some(Basis::Installment)) => PeriodFee::OfInstallment(pct(p) * factor),
        (None, Some(p), Some(Basis::Principal) | None) => PeriodFee::OfPrincipal(pct(p) * factor),
        _ => return None,
    })
}
