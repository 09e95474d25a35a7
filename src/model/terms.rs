//! Typed loan terms, each with the evidence it was read from.
//!
//! Amounts and rates are `rust_decimal::Decimal`, serialised as decimal strings.
//! Percentages are in percent (`"18.25"` means 18.25%).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Evidence, Figures};

/// Everything the extractor found in one contract.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Terms {
    /// The contract (face) amount: 借款金额 / 借款本金 / principal / loan amount.
    pub principal: Option<Amount>,
    /// The amount actually paid out to the borrower (实际到账金额). Equals the principal when
    /// nothing is deducted; derived as principal minus up-front deducted fees when not stated.
    pub disbursed: Option<Amount>,
    pub term: Option<LoanTerm>,
    pub repayment: Option<Repayment>,
    pub rates: Vec<Rate>,
    pub fees: Vec<Fee>,
    /// Number of instalments (期数 / number of payments).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installments: Option<Count>,
    /// A stated periodic payment (每期还款额 / monthly payment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<Amount>,
    /// A last payment stated apart from the regular ones (a balloon, or an odd final
    /// instalment): principal and interest of the last instalment, which the schedule takes
    /// instead of the computed remainder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment: Option<Amount>,
    /// A stepped rate (阶梯利率): the annual interest rate from a later instalment on (第13期至
    /// 第24期 年利率6.6%); the first step is the interest rate of `rates`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rate_steps: Vec<RateStep>,
    /// How often payments fall due, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<FrequencyTerm>,
    /// An APR or annualised rate the document itself discloses (kept apart from the contract rate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosed_apr: Option<Rate>,
    /// Disclosed totals (US TILA box etc.).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance_charge: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_of_payments: Option<Amount>,
    /// Interest taken out of the principal when the loan is paid out (预扣利息, 利息在出借时
    /// 预先从本金中扣除): it is part of the gap between `principal` and `disbursed`, and the
    /// borrower owes no further interest for the period it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_deducted: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_date: Option<DateTerm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_payment_date: Option<DateTerm>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<DateTerm>,
    /// Lender name and type, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lender: Option<Party>,
    /// Governing law / jurisdiction words found in the contract (e.g. `CN`, `US-NY`, `GB`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jurisdiction_hints: Vec<JurisdictionHint>,
    /// Risky or prohibited clauses.
    #[serde(default)]
    pub clauses: Vec<Clause>,
    /// Internal inconsistencies found while reading (e.g. 大写/小写 amounts that disagree).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inconsistencies: Vec<Inconsistency>,
    /// Sentences that mention money, a rate or a fee but could not be parsed.
    #[serde(default)]
    pub unparsed: Vec<Unparsed>,
    /// What the extractor had to assume (day-count basis, unstated repayment method, ...).
    #[serde(default)]
    pub assumptions: Vec<String>,
    /// The day the loan is paid out (放款日 / funding date / transaction date), or the start of
    /// the stated loan period (借款期限自…起): the first cash flow, and the contract date's
    /// fallback when no signing date is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disbursement_date: Option<DateTerm>,
    /// Total interest over the term, when the document states it (利息合计 / 利息总额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_interest: Option<Amount>,
    /// A deposit (保证金) held back at payout and returned at the end, in cash or set off
    /// against the last instalment: money the borrower gets back, not a charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_returned: Option<Amount>,
    /// A credit insurance premium the borrower chose in writing, told it is not required, and
    /// financed (paid to the insurer out of the amount financed): Regulation Z leaves it out of
    /// the finance charge (so the amount financed counts it as received), while the Military
    /// APR, and the laws that measure by it, count it as a charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voluntary_insurance: Option<Amount>,
    /// An application fee charged to every applicant whether or not credit is extended:
    /// Regulation Z leaves it out of the finance charge (12 CFR 1026.4(c)(1)), while the
    /// Military APR counts it (32 CFR 232.4(c)); paid at the start, apart from the credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_fee_all_applicants: Option<Amount>,
    /// Rows of a repayment schedule printed in the document (期数 | 还款日 | 本金 | 利息 | 服务费 | 合计).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stated_schedule: Vec<StatedRow>,
    /// Terms the contract does not state that its own figures decide (a method the stated
    /// instalment reproduces, a term in days between two dates, ...), each with the figures
    /// it came from. Written by the reconciliation stage.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<Inferred>,
    /// The standard disclosure form the figures were printed on (TILA box, Loan Estimate,
    /// Closing Disclosure, SECCI), when recognised: each is compared under its own rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure_form: Option<DisclosureFormTerm>,
    /// The due dates of the instalments, as a payment plan lists them (pay-in-4, a weekly or
    /// fortnightly plan: `05/24/2025: $60.00`), in order. The schedule falls on these dates
    /// and prices each period by its actual days.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub due_dates: Vec<DateTerm>,
    /// The borrower's US state, from the borrower's own address ("Borrower: …, Ogden, UT"), as
    /// `US-UT`: a state's lending law protects its residents, whatever the lender's state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub borrower_state: Option<JurisdictionHint>,
    /// Every money figure of the document, in text order, each with its sentence: the
    /// figures the reconciliation may try as the principal when no label names it (see
    /// `reconcile::candidates`). Not reported: a figure is only a term once it is chosen.
    /// Scanned on first read ([`Figures`]).
    #[serde(skip)]
    pub candidates: Figures,
}

/// A money figure found anywhere in the document, not yet a term.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The amount, with its sentence as evidence.
    pub amount: Amount,
    /// The figure's own place: char offsets into the document's text (two figures of one
    /// sentence share their evidence, not their place).
    pub start: usize,
    pub end: usize,
}

impl Terms {
    /// The currency of the principal, else of the first other amount stated (amount received,
    /// instalment, total of payments, finance charge, total interest): the contract's currency
    /// before reconciliation has chosen a principal.
    pub fn stated_currency(&self) -> Option<&str> {
        [
            &self.principal,
            &self.disbursed,
            &self.payment,
            &self.total_of_payments,
            &self.finance_charge,
            &self.total_interest,
        ]
        .into_iter()
        .flatten()
        .next()
        .map(|a| a.currency.as_str())
    }

    /// The first cash flow's date: the day the loan is paid out (or the loan period starts),
    /// else the signing date.
    pub fn start_date(&self) -> Option<&DateTerm> {
        self.disbursement_date
            .as_ref()
            .or(self.contract_date.as_ref())
    }

    /// A stated payment that the stated total of payments holds at least twice: the loan is
    /// repaid in several payments, never in one, whatever else is missing.
    pub fn total_holds_several_payments(&self) -> bool {
        let (Some(pay), Some(total)) = (&self.payment, &self.total_of_payments) else {
            return false;
        };
        pay.amount > rust_decimal::Decimal::ZERO
            && total.amount >= pay.amount * rust_decimal::Decimal::TWO
    }
}

/// A term inferred from the contract's own figures, not read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inferred {
    /// The term it stands for: `repayment`, `term`, `disbursed`, ...
    pub field: String,
    /// The inferred value, as text (`interest_only`, `14 days`, `9200.00`).
    pub value: String,
    /// How: the arithmetic and the figures it rests on.
    pub reason: String,
    /// The sentences of those figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// A standard consumer-credit disclosure form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisclosureForm {
    /// A closed-end Truth in Lending box (Reg Z 1026.18: APR, Finance Charge, Amount
    /// Financed, Total of Payments).
    TilaBox,
    /// A CFPB Loan Estimate (Reg Z 1026.37): an estimate, not the closed-end TILA disclosure.
    LoanEstimate,
    /// A CFPB Closing Disclosure or another closing form (Reg Z 1026.38).
    ClosingDisclosure,
    /// UK/EU pre-contract credit information (SECCI).
    Secci,
}

impl DisclosureForm {
    /// A mortgage form (Loan Estimate, Closing Disclosure): its APR has its own tolerances
    /// (Reg Z 1026.22(a)(4)), not the closed-end TILA box's.
    pub fn is_mortgage(self) -> bool {
        matches!(self, Self::LoanEstimate | Self::ClosingDisclosure)
    }
}

/// The disclosure form with the words that identified it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DisclosureFormTerm {
    pub form: DisclosureForm,
    pub evidence: Evidence,
}

/// One row of a repayment schedule as printed in the document. Every figure is as stated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatedRow {
    /// 1-based instalment number.
    pub index: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(
        with = "rust_decimal::serde::str_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal: Option<Decimal>,
    #[serde(
        with = "rust_decimal::serde::str_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interest: Option<Decimal>,
    /// Fees charged with this instalment (service, guarantee, ...), summed.
    #[serde(
        with = "rust_decimal::serde::str_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fees: Option<Decimal>,
    /// The row's total (合计 / payment amount).
    #[serde(
        with = "rust_decimal::serde::str_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total: Option<Decimal>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    /// ISO 4217 code (`CNY`, `USD`, `GBP`, `EUR`, ...).
    pub currency: String,
    pub evidence: Evidence,
    /// True when the amount was computed, not read (e.g. disbursed = principal - deducted fees).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
}

/// Loan term: `{"months": 12}` or `{"days": 14}` plus evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoanTerm {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RepaymentMethod {
    /// 等额本息: level payments (annuity).
    EqualInstallment,
    /// 等额本金: equal principal each period, interest on the remaining balance.
    EqualPrincipal,
    /// 先息后本 / 按月付息到期还本: interest only, principal at the end.
    InterestOnly,
    /// 到期一次性还本付息: one payment of principal and interest at maturity.
    Bullet,
    /// 等本等息 / add-on: interest every period on the original principal.
    FlatRate,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repayment {
    pub method: RepaymentMethod,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateKind {
    /// The contract's interest rate during the term.
    Interest,
    /// 逾期利率 / 罚息 / default interest rate.
    Overdue,
    /// 违约金 / penalty charged as a rate (per day or once).
    Penalty,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Day,
    Week,
    Month,
    Year,
    /// Charged once (e.g. 违约金为逾期金额的5%).
    Once,
}

/// What a percentage is charged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// 借款本金 / original principal.
    Principal,
    /// 剩余本金 / outstanding balance.
    RemainingPrincipal,
    /// 每期应还 / each instalment.
    Installment,
    /// 逾期金额 / overdue amount.
    OverdueAmount,
    /// 全部剩余本息 / everything outstanding.
    TotalOutstanding,
    /// The amount actually disbursed.
    Disbursed,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    pub kind: RateKind,
    /// The rate as stated, in percent per `per` (日万分之五 -> `0.05` per day).
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    pub per: Per,
    /// Simple annualisation in percent (per day × day_basis, per month × 12). `None` for `once`.
    #[serde(with = "rust_decimal::serde::str_option", default)]
    pub annual_percent: Option<Decimal>,
    /// Days per year used to annualise a daily rate (360 or 365).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_basis: Option<u32>,
    /// True when the contract does not state the day basis and `day_basis` was assumed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub day_basis_assumed: bool,
    /// The words that named the rate (`日利率`, `月息`, `年化综合成本`, `APR`, ...).
    #[serde(default)]
    pub label: String,
    /// True for an all-in cost figure (年化综合成本, comprehensive annualised cost), not a pure interest rate.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub comprehensive: bool,
    /// What the rate is charged on, when stated (overdue amount vs remaining principal, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// Relative mark-up over the contract rate, when stated that way (上浮50% -> `50`).
    #[serde(
        with = "rust_decimal::serde::str_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub markup_percent: Option<Decimal>,
    pub evidence: Evidence,
}

/// One later step of a stepped interest rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RateStep {
    /// The first instalment (1-based) the rate applies to.
    pub from_instalment: u32,
    /// The annual rate in percent from that instalment on.
    #[serde(with = "rust_decimal::serde::str")]
    pub annual_percent: Decimal,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// 服务费 / 平台服务费 / 信息服务费 / 综合服务费 / service fee.
    Service,
    /// 咨询费 / 居间费 / brokerage.
    Consulting,
    /// 担保费 / guarantee.
    Guarantee,
    /// 保证金 / deposit.
    Deposit,
    /// 会员费 / 权益费 / membership.
    Membership,
    /// 保险费 / credit insurance / debt cancellation.
    Insurance,
    /// 手续费 / handling / processing.
    Handling,
    /// 管理费 / 账户管理费 / administration.
    Management,
    /// 审核费 / application / underwriting / documentation.
    Application,
    /// Origination fee, points, prepaid finance charge.
    Origination,
    /// 滞纳金 / late fee.
    Late,
    /// 催收费 / collection costs.
    Collection,
    /// Attorneys' fees / 律师费.
    Legal,
    /// 提前还款违约金 / prepayment penalty.
    Prepayment,
    /// Returned-payment / NSF fee.
    ReturnedPayment,
    /// 违约金 stated as a fixed sum.
    Penalty,
    Other,
}

impl FeeKind {
    /// A charge for default or for repaying early: not part of the cost of credit.
    pub fn on_default_or_prepayment(self) -> bool {
        matches!(
            self,
            FeeKind::Late
                | FeeKind::Collection
                | FeeKind::Legal
                | FeeKind::Prepayment
                | FeeKind::ReturnedPayment
                | FeeKind::Penalty
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeTiming {
    /// Deducted from the principal at disbursement (放款时一次性扣除).
    UpfrontDeducted,
    /// Paid by the borrower at signing, not deducted.
    UpfrontPaid,
    /// Paid with each instalment.
    PerPeriod,
    /// Only on default / late payment.
    OnDefault,
    /// Paid once with the last instalment / at maturity (到期一次性支付).
    AtMaturity,
    /// Paid on the day the loan is paid out, separately from the loan (放款当日支付).
    AtDisbursement,
    /// Paid once on a stated date (`Fee::due_date`).
    OnDate,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Payee {
    Lender,
    Platform,
    Guarantor,
    Insurer,
    ThirdParty,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fee {
    /// The fee's name as written (`平台服务费`, `origination fee`).
    pub name: String,
    pub kind: FeeKind,
    /// A fixed amount, when stated.
    #[serde(
        with = "rust_decimal::serde::str_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub amount: Option<Decimal>,
    /// A percentage, when stated (of `basis`, per `per`).
    #[serde(
        with = "rust_decimal::serde::str_option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub percent: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
    /// For a percentage: per day, per month, once... `None` = once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<Per>,
    pub timing: FeeTiming,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee: Option<Payee>,
    /// For fees with a floor/ceiling ("$25 or 5%, whichever is greater").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub evidence: Evidence,
    /// The day a fee with timing `on_date` falls due, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<DateTerm>,
    /// True when the contract names the fee but leaves its amount blank (`${fee}`, `____元`):
    /// the fee is listed with no amount and no percentage.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub amount_blank: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    pub count: u32,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Daily,
    Weekly,
    Biweekly,
    Semimonthly,
    Monthly,
    Quarterly,
    Annually,
    /// One payment at maturity.
    Single,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrequencyTerm {
    pub frequency: Frequency,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateTerm {
    pub date: NaiveDate,
    pub evidence: Evidence,
}

/// The kind of lender, which decides which regime applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LenderType {
    /// 银行 / bank.
    Bank,
    /// 消费金融公司.
    ConsumerFinance,
    /// 小额贷款公司 / microloan company.
    Microloan,
    /// 网络借贷信息中介 / P2P platform (matching individual lenders).
    P2pPlatform,
    /// 自然人 / an individual (private lending).
    Individual,
    /// A licensed non-bank lender (US/UK consumer lender, payday lender).
    LicensedNonBank,
    /// A company that is not a financial institution.
    Company,
    Unknown,
    /// 助贷: a bank lends, an internet platform (and often a guarantor) arranges the loan and
    /// charges the borrower too.
    AssistedLending,
    /// 融资担保公司 as the creditor (a guarantee company that paid the lender and claims).
    FinancingGuarantee,
    /// 网络小额贷款公司: a microloan company lending online.
    OnlineMicroloan,
    /// The party is not a lender (a broker or intermediary, a seller, a collector).
    NotALender,
}

/// Who the lender is, as the classifier told it: the type, the parties behind it and the
/// sentences it rests on. Goes into `AppliedRuleset.lender`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LenderClass {
    pub lender_type: LenderType,
    /// The lender's name, when found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The funding bank of an assisted (助贷) loan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_bank: Option<String>,
    /// The platform of an assisted loan, or the P2P intermediary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// A financing guarantee company that is a party (guarantor or creditor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guarantor: Option<String>,
    /// Why, in words, quoting the contract.
    pub reason: String,
    /// The sentences the type rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub lender_type: LenderType,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JurisdictionHint {
    /// `CN`, `US`, `US-NY`, `GB`, `EU`, `DE`, ...
    pub code: String,
    pub evidence: Evidence,
}

/// A risky or prohibited clause. Kinds are stable kebab-case ids that rulesets refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClauseKind {
    /// 授权查询/使用通讯录: access to the borrower's address book.
    ContactListAccess,
    /// 联系紧急联系人/亲友/单位催收: collection through contacts, relatives or employer.
    ThirdPartyCollection,
    /// 上门催收: home or workplace visits.
    HomeVisit,
    /// 单方变更利率或费用 / unilateral change of terms.
    UnilateralChange,
    /// 自动扣款 across all accounts.
    AutoDebitAllAccounts,
    /// 放弃抗辩 / 管辖 in a distant court / forum selection.
    DistantForum,
    /// 个人信息共享给第三方.
    DataSharing,
    /// 强制搭售保险或会员.
    TiedProduct,
    /// 借新还旧 / rollover / renewal.
    Rollover,
    /// 加速到期 / acceleration.
    Acceleration,
    /// 复利 / interest on unpaid interest.
    CompoundInterest,
    /// 提前还款违约金 / prepayment penalty.
    PrepaymentPenalty,
    /// Public exposure of the debt (曝光).
    DebtExposure,
    /// Confession of judgment / cognovit.
    ConfessionOfJudgment,
    /// Waiver of exemptions.
    WaiverOfExemptions,
    /// Wage assignment.
    WageAssignment,
    /// Non-purchase-money security interest in household goods.
    HouseholdGoodsSecurity,
    /// Pyramiding of late fees.
    LateFeePyramiding,
    /// Mandatory arbitration.
    MandatoryArbitration,
    /// Class-action waiver.
    ClassActionWaiver,
    /// Jury-trial waiver.
    JuryTrialWaiver,
    /// Tribal or offshore choice of law.
    TribalOrOffshoreLaw,
    /// Cross-default.
    CrossDefault,
    /// 放弃抗辩权 / waiver of defences.
    WaiverOfDefences,
    /// The contract states that the borrower is a covered member of the armed forces or a
    /// dependant (Military Lending Act, 32 CFR 232.3(g)): not a clause, a fact that makes the
    /// MLA's limits apply for certain.
    CoveredBorrower,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    pub kind: ClauseKind,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inconsistency {
    /// Stable id, e.g. `amount-words-figures-mismatch`.
    pub kind: String,
    pub message: String,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unparsed {
    /// Why it was kept: `money`, `rate`, `fee`.
    pub reason: String,
    pub evidence: Evidence,
}
