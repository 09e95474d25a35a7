//! The shape of the loan worked out from what the other fields say: the frequency from the
//! first due date, the count from the term and back, the term from two dates, a single
//! payment at maturity.

use super::dates::months_between;
use super::*;
use crate::pattern;

impl Extractor<'_> {
    /// No frequency is written, but several instalments are, and the first falls due one
    /// month to the day after the loan starts (申请时间 2025-06-06, 首期还款日 2025-07-06):
    /// the plan is monthly, said as worked out.
    pub(super) fn frequency_from_first_due(&mut self) {
        if self.terms.frequency.is_some()
            || self.terms.installments.as_ref().is_none_or(|c| c.count < 2)
        {
            return;
        }
        let (Some(first), Some(start)) = (
            self.terms.first_payment_date.as_ref(),
            self.terms.start_date(),
        ) else {
            return;
        };
        if start.date.checked_add_months(chrono::Months::new(1)) != Some(first.date) {
            return;
        }
        self.terms.assumptions.push(format!(
            "monthly payments worked out from the first due date one month after the start ({}; {})",
            start.evidence.text, first.evidence.text
        ));
        self.terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence: first.evidence.clone(),
        });
    }

    /// No count is written, but the term and a monthly or quarterly instalment plan are
    /// (借款期限: 12个月 / 按月等额本息): one instalment per period, said as worked out.
    pub(super) fn count_from_term(&mut self) {
        if self.terms.installments.is_some() {
            return;
        }
        let (Some(term), Some(method)) = (&self.terms.term, &self.terms.repayment) else {
            return;
        };
        // Interest paid at a stated frequency (每月付息, 先息后本) is a payment each period too,
        // the principal with the last one.
        let instalments = matches!(
            method.method,
            RepaymentMethod::EqualInstallment
                | RepaymentMethod::EqualPrincipal
                | RepaymentMethod::FlatRate
        ) || (method.method == RepaymentMethod::InterestOnly
            && self.terms.frequency.is_some());
        // 等额本息/等额本金 over a term in months with no frequency written: monthly, as the
        // schedule is computed, said as assumed.
        let (period_months, freq) = match self.terms.frequency.as_ref().map(|f| f.frequency) {
            Some(Frequency::Monthly) => (1, "Monthly"),
            Some(Frequency::Quarterly) => (3, "Quarterly"),
            None => (1, "monthly (assumed: no frequency is written)"),
            Some(Frequency::Weekly) => return self.count_from_term_in_days(instalments, 7),
            Some(Frequency::Biweekly) => return self.count_from_term_in_days(instalments, 14),
            _ => return,
        };
        let freq_text = self
            .terms
            .frequency
            .as_ref()
            .map_or(method.evidence.text.as_str(), |f| f.evidence.text.as_str());
        let Some(months) = term
            .months
            .filter(|m| instalments && m % period_months == 0)
        else {
            return;
        };
        let count = months / period_months;
        self.terms.assumptions.push(format!(
            "number of instalments worked out from the term of {months} months paid {freq} ({}; {freq_text})",
            term.evidence.text
        ));
        self.terms.installments = Some(Count {
            count,
            evidence: term.evidence.clone(),
        });
    }

    /// A term in days (26周 = 182 days) paid in instalments every `period_days` days: the
    /// count is the term over the period when it divides evenly, said as worked out.
    fn count_from_term_in_days(&mut self, instalments: bool, period_days: u32) {
        let Some(term) = &self.terms.term else {
            return;
        };
        let Some(days) = term
            .days
            .filter(|d| instalments && term.months.is_none() && *d > 0 && d % period_days == 0)
        else {
            return;
        };
        let count = days / period_days;
        self.terms.assumptions.push(format!(
            "number of instalments worked out from the term of {days} days paid every {period_days} days ({})",
            term.evidence.text
        ));
        self.terms.installments = Some(Count {
            count,
            evidence: term.evidence.clone(),
        });
    }

    /// No term is written, but a count of regular instalments is (借款期数:12期(按月)): the
    /// term is that many periods, and the report says it was worked out.
    pub(super) fn term_from_count(&mut self) {
        if self.terms.term.is_some() {
            return;
        }
        self.frequency_from_row_months();
        self.frequency_from_count_menu();
        let Some(count) = &self.terms.installments else {
            return;
        };
        // With no frequency, a count alone leaves the term open (12 monthly or 12 weekly
        // payments): the cost is then a range over the readings, not a default.
        let Some(freq) = &self.terms.frequency else {
            return;
        };
        let n = count.count;
        let (months, days) = match freq.frequency {
            Frequency::Monthly => (Some(n), None),
            Frequency::Quarterly => (n.checked_mul(3), None),
            Frequency::Annually => (n.checked_mul(12), None),
            Frequency::Weekly => (None, n.checked_mul(7)),
            Frequency::Biweekly => (None, n.checked_mul(14)),
            Frequency::Daily => (None, Some(n)),
            Frequency::Semimonthly | Frequency::Single => return,
        };
        if months.is_none() && days.is_none() {
            return;
        }
        self.terms.assumptions.push(format!(
            "loan term worked out from {n} instalments {:?} ({}; {})",
            freq.frequency, count.evidence.text, freq.evidence.text
        ));
        self.terms.term = Some(LoanTerm {
            months,
            days,
            evidence: count.evidence.clone(),
        });
    }

    /// A fee stated as a monthly percentage of the principal and paid once at the end of a
    /// loan of whole months (a pawn ticket's 月综合费率2%, three months, paid at redemption): it
    /// is charged for each month, so its amount is principal × rate × months, said as inferred.
    pub(super) fn monthly_fee_paid_at_the_end(&mut self) {
        let (Some(principal), Some(months)) = (
            self.terms.principal.as_ref(),
            self.terms.term.as_ref().and_then(|t| t.months),
        ) else {
            return;
        };
        let one_payment = self
            .terms
            .installments
            .as_ref()
            .is_some_and(|c| c.count == 1);
        if !one_payment {
            return;
        }
        for fee in &mut self.terms.fees {
            let Some(percent) = fee.percent else {
                continue;
            };
            if fee.amount.is_some()
                || fee.per != Some(Per::Month)
                || fee.timing != FeeTiming::AtMaturity
                || !matches!(fee.basis, None | Some(Basis::Principal))
            {
                continue;
            }
            let amount = (principal.amount * percent / Decimal::ONE_HUNDRED
                * Decimal::from(months))
            .round_dp(2)
            .normalize();
            self.terms.inferred.push(Inferred {
                field: "fee".into(),
                value: amount.to_string(),
                reason: format!(
                    "{} is {percent}% of the principal {} a month, paid at the end of {months} months: {} × {percent}% × {months}",
                    fee.name, principal.amount, principal.amount
                ),
                evidence: vec![fee.evidence.clone(), principal.evidence.clone()],
            });
            fee.amount = Some(amount);
        }
    }

    /// No frequency written, but the count is ticked on a form among options that are the
    /// tenors of a monthly plan (□6期 ☑12期 □18期 □24期: half-years and quarters counted in
    /// months, not a weekly plan's 4, 8 or 52): the plan is monthly, said as inferred.
    fn frequency_from_count_menu(&mut self) {
        /// The counts a form offers for a plan paid monthly: quarters and half-years, in months.
        const MONTHLY_TENORS: [u32; 9] = [3, 6, 9, 12, 18, 24, 36, 48, 60];
        let Some((menu, seg)) = self.count_menu.take() else {
            return;
        };
        let Some(count) = self.terms.installments.as_ref() else {
            return;
        };
        if self.terms.frequency.is_some()
            || !menu.contains(&count.count)
            || !menu.iter().all(|n| MONTHLY_TENORS.contains(n))
        {
            return;
        }
        let options = menu
            .iter()
            .map(|n| format!("{n}期"))
            .collect::<Vec<_>>()
            .join("/");
        let evidence = self.doc.evidence(seg.start, seg.end);
        self.terms.inferred.push(Inferred {
            field: "frequency".into(),
            value: "monthly".into(),
            reason: format!(
                "no frequency is written; the form offers {options} and ticks {}: tenors of a monthly plan (quarters and half-years in months)",
                count.count
            ),
            evidence: vec![evidence.clone()],
        });
        self.terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence,
        });
    }

    /// No frequency written, but the numbered rows of a plan are dated by month and day a
    /// month apart (第1期 12/05, 第2期 01/05, 第3期 02/05; ` 1  2026-02-12`, ` 2  2026-03-12`; `1/6 | 7月18日`):
    /// the plan is monthly, said as worked out.
    fn frequency_from_row_months(&mut self) {
        static ROW_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"(?m)^[ \t\u{3000}]*(?:第\s*(?P<k>[0-9]{1,3})\s*期\s*[:：|]?|(?P<k2>[0-9]{1,3})(?:\s*/\s*[0-9]{1,3})?(?:[ \t\u{3000}]+|\s*[|]\s*))\s*(?:[0-9]{4}\s*[-/.年]\s*)?(?P<m>[0-9]{1,2})\s*[/月.-]\s*(?P<d>[0-9]{1,2})(?:\s|日|号|$)")
                .expect("static regex")
        });
        if self.terms.frequency.is_some() {
            return;
        }
        let rows: Vec<(u32, u32, u32, usize, usize)> = ROW_MONTH_DAY
            .captures_iter(self.text)
            .filter_map(|c| {
                let num = |n: &str| c.name(n)?.as_str().parse::<u32>().ok();
                let whole = c.get(0)?;
                let k = num("k").or_else(|| num("k2"))?;
                Some((k, num("m")?, num("d")?, whole.start(), whole.end()))
            })
            .collect();
        let monthly = rows.len() >= 3
            && rows
                .iter()
                .all(|r| (1..=12).contains(&r.1) && (1..=31).contains(&r.2))
            && rows.windows(2).all(|w| {
                w[1].0 == w[0].0 + 1
                    && w[1].1 == w[0].1 % 12 + 1
                    && (w[1].2 == w[0].2 || w[0].2 >= 28 && w[1].2 >= 28)
            });
        let (Some(first), Some(second), true) = (rows.first(), rows.get(1), monthly) else {
            return;
        };
        let evidence = self.doc.evidence(first.3, first.4);
        let next = self.doc.evidence(second.3, second.4);
        self.terms.assumptions.push(format!(
            "monthly payments worked out from the plan rows dated a month apart ({}; {})",
            evidence.text, next.text
        ));
        self.terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence,
        });
    }

    /// No term written, but the loan's start (payout, else signing date) and its due date
    /// are: the term runs between them (said as worked out).
    pub(super) fn term_from_dates(&mut self) {
        if self.terms.term.is_some() {
            return;
        }
        let Some(end) = self.terms.maturity_date.as_ref() else {
            return;
        };
        let Some(start) = self
            .terms
            .disbursement_date
            .as_ref()
            .or(self.terms.contract_date.as_ref())
        else {
            return;
        };
        if end.date <= start.date {
            return;
        }
        // One payment at the end accrues by the day: the term is its days (89 days from
        // 10 Feb to 10 May), not the calendar months between.
        let single = self
            .terms
            .frequency
            .as_ref()
            .is_some_and(|f| f.frequency == Frequency::Single)
            || self
                .terms
                .repayment
                .as_ref()
                .is_some_and(|r| r.method == RepaymentMethod::Bullet);
        let (months, days) = if single {
            (None, u32::try_from((end.date - start.date).num_days()).ok())
        } else {
            months_between(start.date, end.date)
        };
        self.terms.assumptions.push(format!(
            "loan term worked out from the start {} and the due date {} ({}; {})",
            start.date, end.date, start.evidence.text, end.evidence.text
        ));
        self.terms.term = Some(LoanTerm {
            months,
            days,
            evidence: end.evidence.clone(),
        });
    }

    /// A loan repaid in one payment (一次性还本付息) has one instalment.
    pub(super) fn single_payment_count(&mut self) {
        if self.terms.installments.is_some() {
            return;
        }
        let single = self
            .terms
            .frequency
            .as_ref()
            .filter(|f| f.frequency == Frequency::Single)
            .map(|f| f.evidence.clone())
            .or_else(|| {
                self.terms
                    .repayment
                    .as_ref()
                    .filter(|r| r.method == RepaymentMethod::Bullet)
                    .map(|r| r.evidence.clone())
            });
        if let Some(evidence) = single {
            self.terms.installments = Some(Count { count: 1, evidence });
        }
    }
}

impl Extractor<'_> {
    /// No method and no rate written, but a level instalment that times the count makes the
    /// stated total (每期还 336.00 × 12 = 总还款 4,032.00), above the principal: the loan is
    /// repaid in level instalments, said as worked out from those figures.
    pub(super) fn level_payments_method(&mut self) {
        if self.terms.repayment.is_some()
            || self
                .terms
                .rates
                .iter()
                .any(|r| r.kind == RateKind::Interest)
        {
            return;
        }
        let (Some(pay), Some(n), Some(total), Some(principal)) = (
            self.terms.payment.as_ref(),
            self.terms.installments.as_ref().filter(|c| c.count >= 2),
            self.terms.total_of_payments.as_ref(),
            self.terms.principal.as_ref(),
        ) else {
            return;
        };
        let count = Decimal::from(n.count);
        let level = (pay.amount * count - total.amount).abs() <= Decimal::new(1, 2) * count;
        if !level || total.amount <= principal.amount {
            return;
        }
        let reason = format!(
            "no method is written: {} × {} = {} is the stated total of payments («{}», «{}»), so the loan is repaid in level instalments",
            pay.amount.normalize(),
            n.count,
            total.amount.normalize(),
            pay.evidence.text,
            total.evidence.text
        );
        let evidence = vec![pay.evidence.clone(), total.evidence.clone()];
        self.terms.repayment = Some(Repayment {
            method: RepaymentMethod::EqualInstallment,
            evidence: pay.evidence.clone(),
        });
        self.terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "equal_installment".into(),
            reason,
            evidence,
        });
    }
}

/// The counts offered by a checkbox row of instalment counts (`□6期 ☑12期 □18期 □24期`), when
/// it offers at least three.
pub(super) fn count_options(row: &str) -> Option<Vec<u32>> {
    static OPTION: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"[□☐▢◻☑■▣✔✓√]\s*(?P<n>[0-9]{1,3})\s*期").expect("static regex")
    });
    let counts: Vec<u32> = OPTION
        .captures_iter(row)
        .filter_map(|c| c.name("n")?.as_str().parse().ok())
        .collect();
    (counts.len() >= 3).then_some(counts)
}
