//! Stage 3, compute: the cash flows a contract implies and what they cost per year.
//!
//! [`apr`] is self-contained (flows in, annualised rates out); [`schedule`] builds the flows
//! for each repayment method; [`cost`] turns extracted [`Terms`](crate::model::Terms) into a
//! schedule and its APR, writing down every assumption.

pub mod apr;
pub mod cost;
pub mod overdue;
pub mod schedule;
