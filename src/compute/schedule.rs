//! Repayment schedules for each repayment method.
