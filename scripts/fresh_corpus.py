#!/usr/bin/env python3
"""Fresh phrasing corpus for loanlint: contracts written from parameters, with expected values
computed here, independently of the crate.

    python3 scripts/fresh_corpus.py            # (re)write tests/fresh/** (txt, pdf, expected.json)
    python3 scripts/fresh_corpus.py --check    # recompute and diff against the committed files

Each contract is defined by its PARAMETERS (`SPECS` below: principal, amount received, term, count,
frequency, method, the rate as quoted, each fee with its amount or percent and timing, dates, lender,
default terms, clauses). Its text is RENDERED by one of many hand-written templates (key/value lines,
numbered clauses, flattened tables, one paragraph, checkbox forms, printed schedules, app pages, IOUs,
TILA boxes, ...). The expected values come from the same parameters through the arithmetic below:

  * schedules in exact decimals (instalment and each period's interest rounded half up to the cent,
    the last instalment takes the remainder);
  * cn-irr : periodic IRR x periods per year over the net amount received; a single-payment loan is
             (total repaid / received - 1) scaled simply to a year over its actual term;
  * us-regz: Regulation Z App. J actuarial, unit-period = the payment interval (w = 12, 26, 52);
             single advance, single payment: unit-period = the term (w = 12/months or 365/days);
  * eu-aprc: CCD Annex I, sum C(1+X)^-t = sum D(1+X)^-t, t in years (k/12 for months, d/365 for days).
IRRs are solved by bisection with 50-digit decimals. The legal verdict (`violation`) comes from the
[C]/[S] facts of /work/shared/reference/legal.md (see `legal_verdict`); null when genuinely uncertain.
Before writing anything, `selftest()` reproduces the published figures of apr-methods.md (PBoC 2021
No. 3 example, Directive 98/7/EC A1/A3, MathWorks annurate, a flat-rate vector) with these solvers.
Needs: Python >= 3.11; reportlab and the WenQuanYi Micro Hei font for the PDFs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import tomllib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, getcontext
from pathlib import Path

getcontext().prec = 50
D = Decimal
CENT = D("0.01")
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fresh"
TOLERANCE_PP = "0.05"


def r2(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def plain(x: Decimal) -> str:
    """Decimal as a plain string without trailing zeros ("12000", "0.75")."""
    s = format(x.normalize(), "f")
    return s


# ---------------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------------


@dataclass
class Fee:
    name: str  # as written in the contract
    kinds: list[str]  # accepted FeeKind values
    timing: str  # upfront_deducted | at_disbursement | per_period | at_maturity
    amount: Decimal | None = None  # fixed amount (per period for per_period)
    percent: Decimal | None = None  # percent of the original principal (per period for per_period)

    def per_payment(self, principal: Decimal) -> Decimal:
        if self.amount is not None:
            return self.amount
        assert self.percent is not None
        return r2(principal * self.percent / 100)


@dataclass
class Spec:
    name: str
    lang: str
    template: str
    principal: Decimal | None
    method: str | None = None  # equal_installment | equal_principal | interest_only | bullet | flat_rate
    n: int = 1  # number of payments
    freq: str = "month"  # month | quarter | week | biweek | single
    term_months: int | None = None
    term_days: int | None = None
    rate_value: Decimal | None = None  # as quoted
    rate_per: str = "year"  # year | month | day | week
    day_basis: int = 365
    fees: list[Fee] = field(default_factory=list)
    interest_deducted: Decimal | None = None
    payment_override: Decimal | None = None  # an instalment the contract states outright
    currency: str = "CNY"
    contract_date: dt.date | None = None
    start_date: dt.date | None = None  # payout / loan-period start
    lender: str = ""
    lender_type: str = "bank"  # bank | consumer_finance | microloan | platform | individual | company | ...
    borrower: str = ""
    jurisdiction: str = "CN"  # CN | TW | HK | US-NY | US-IL | US-MO | US-TX | US-UT | US-CA | GB | DE
    kind: str = "loan_contract"
    apr_method: str | None = "cn-irr"
    disclose_apr: bool = True
    disclosed_apr_override: Decimal | None = None
    overdue: str = ""  # default terms as text parameters (rendered by the template)
    overdue_annual: Decimal | None = None  # overdue rate per year, for the verdict
    lpr_spread_bp: int | None = None  # LPR-linked: rate = LPR at contract date + spread
    verdict: bool | None | str = "auto"  # "auto" = legal_verdict(); else forced, with reason
    verdict_reason: str = ""
    method_accept: list[str] | None = None  # extra accepted method names
    purpose: str = ""
    opts: dict = field(default_factory=dict)  # template options (numeral style, synonyms, ...)
    notes: list[str] = field(default_factory=list)  # hand arithmetic
    pdf: bool = False
    compare_fields: list[str] | None = None  # restrict compared fields (non-loan documents)

    # filled by compute()
    rows: list = field(default_factory=list)
    received: Decimal | None = None  # paid out to the borrower
    net_received: Decimal | None = None  # paid out minus fees paid separately at payout
    cost: Decimal | None = None
    payment: Decimal | None = None


# ---------------------------------------------------------------------------------------------
# Arithmetic (independent of the crate)
# ---------------------------------------------------------------------------------------------

PPY = {"month": 12, "quarter": 4, "week": 52, "biweek": 26}


def lpr_on(date: dt.date) -> Decimal | None:
    data = tomllib.loads((ROOT / "rulesets/index/cn-lpr-1y.toml").read_text(encoding="utf-8"))
    value = None
    for v in data["values"]:
        if dt.date.fromisoformat(v["from"]) <= date:
            value = D(v["percent"])
    return value


def annual_rate(s: Spec) -> Decimal:
    """Simple annual interest rate in percent, from the rate as quoted."""
    if s.rate_value is None:
        return D(0)
    return {
        "year": s.rate_value,
        "month": s.rate_value * 12,
        "day": s.rate_value * s.day_basis,
        "week": s.rate_value * 52,
    }[s.rate_per]


def add_months(d: dt.date, k: int) -> dt.date:
    m = d.month - 1 + k
    y = d.year + m // 12
    m = m % 12 + 1
    last = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def due_date(s: Spec, k: int) -> dt.date | None:
    if s.start_date is None:
        return None
    if s.freq == "single":
        if s.term_days:
            return s.start_date + dt.timedelta(days=s.term_days)
        return add_months(s.start_date, s.term_months or 0)
    if s.freq == "month":
        return add_months(s.start_date, k)
    if s.freq == "quarter":
        return add_months(s.start_date, 3 * k)
    return s.start_date + dt.timedelta(days=(7 if s.freq == "week" else 14) * k)


def schedule(s: Spec) -> list[dict]:
    """Rows {k, date, principal, interest, fees, total} of the loan's repayment schedule."""
    P = s.principal
    rows = []
    per_fee = sum((f.per_payment(P) for f in s.fees if f.timing == "per_period"), D(0))
    mat_fee = sum((f.per_payment(P) for f in s.fees if f.timing == "at_maturity"), D(0))
    if s.method == "bullet" or s.freq == "single":
        if s.interest_deducted is not None:
            interest = D(0)
        elif s.rate_per == "day" and s.term_days:
            interest = r2(P * s.rate_value / 100 * s.term_days)
        elif s.term_days:
            interest = r2(P * annual_rate(s) / 100 * s.term_days / s.day_basis)
        else:
            interest = r2(P * annual_rate(s) / 100 * s.term_months / 12)
        rows.append(dict(k=1, principal=P, interest=interest, fees=per_fee + mat_fee))
    else:
        n = s.n
        r = annual_rate(s) / 100 / PPY[s.freq]
        bal = P
        if s.method == "equal_installment":
            if s.payment_override is not None:
                pay = s.payment_override
            elif r == 0:
                pay = r2(P / n)
            else:
                pay = r2(P * r / (1 - (1 + r) ** -n))
            s.payment = pay
        for k in range(1, n + 1):
            if s.method == "equal_installment":
                interest = r2(bal * r)
                prin = bal if k == n else pay - interest
            elif s.method == "equal_principal":
                interest = r2(bal * r)
                prin = bal if k == n else r2(P / n)
            elif s.method == "interest_only":
                interest = r2(P * r)
                prin = P if k == n else D(0)
            elif s.method == "flat_rate":
                interest = r2(P * r)
                prin = bal if k == n else r2(P / n)
            else:
                raise ValueError(s.method)
            bal -= prin
            fees = per_fee + (mat_fee if k == n else D(0))
            rows.append(dict(k=k, principal=prin, interest=interest, fees=fees))
    for row in rows:
        row["total"] = row["principal"] + row["interest"] + row["fees"]
        row["date"] = due_date(s, row["k"])
    if s.method != "equal_installment" and len({r["total"] for r in rows[:-1]}) == 1 and rows:
        s.payment = rows[0]["total"]
    return rows


def bisect(f, lo: Decimal, hi: Decimal) -> Decimal:
    """Root of a decreasing function f on [lo, hi]."""
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def periodic_irr(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """i such that advance = sum payments_k / (1+i)^k (k = 1..n)."""
    def npv(i: Decimal) -> Decimal:
        return sum((p / (1 + i) ** k for k, p in enumerate(payments, 1)), D(0)) - advance

    return bisect(npv, D("-0.5"), D(20))


def eu_aprc(advance: Decimal, flows: list[tuple[Decimal, Decimal]]) -> Decimal:
    """X such that advance = sum D (1+X)^-t, t in years."""
    def npv(x: Decimal) -> Decimal:
        return sum((a / (1 + x) ** t for t, a in flows), D(0)) - advance

    return bisect(npv, D("-0.5"), D(10**6))


def compute(s: Spec) -> None:
    if s.principal is None or s.method is None:
        return
    if s.lpr_spread_bp is not None:
        s.rate_value = lpr_on(s.contract_date) + D(s.lpr_spread_bp) / 100
    s.rows = schedule(s)
    deducted = sum((f.per_payment(s.principal) for f in s.fees if f.timing == "upfront_deducted"), D(0))
    paid_at_payout = sum((f.per_payment(s.principal) for f in s.fees if f.timing == "at_disbursement"), D(0))
    s.received = s.principal - deducted - (s.interest_deducted or D(0))
    s.net_received = s.received - paid_at_payout
    payments = [r["total"] for r in s.rows]
    if s.apr_method is None:
        return
    single = len(payments) == 1
    if s.apr_method == "cn-irr":
        if single:
            years = D(s.term_days) / s.day_basis if s.term_days else D(s.term_months) / 12
            s.cost = (payments[0] / s.net_received - 1) / years * 100
        else:
            s.cost = periodic_irr(s.net_received, payments) * PPY[s.freq] * 100
    elif s.apr_method == "us-regz":
        if single and (s.term_months or 0) <= 12 and (s.term_days or 0) <= 365:
            w = D(12) / s.term_months if s.term_months else D(365) / s.term_days
            s.cost = (payments[0] / s.net_received - 1) * w * 100
        elif single:
            # App. J (b)(4)(iii): the unit-period is the term but never more than a year; count back
            # from the payment: whole years n plus a fraction f, (1 + f i)(1 + i)^n = paid / received.
            whole, frac = (divmod(s.term_months, 12) if s.term_months else divmod(s.term_days, 365))
            f = D(frac) / (12 if s.term_months else 365)
            target = payments[0] / s.net_received
            lo, hi = D(0), D(10)
            for _ in range(200):
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if (1 + f * mid) * (1 + mid) ** whole < target else (lo, mid)
            s.cost = (lo + hi) / 2 * 100
        else:
            s.cost = periodic_irr(s.net_received, payments) * PPY[s.freq] * 100
    elif s.apr_method == "eu-aprc":
        if single:
            t = D(s.term_days) / 365 if s.term_days else D(s.term_months) / 12
            flows = [(t, payments[0])]
        else:
            flows = [(D(k) / PPY[s.freq], p) for k, p in enumerate(payments, 1)]
        s.cost = eu_aprc(s.net_received, flows) * 100


# ---------------------------------------------------------------------------------------------
# Legal verdict from the [C]/[S] facts of legal.md
# ---------------------------------------------------------------------------------------------

PRIVATE = {"individual", "company"}
LICENSED_CN = {"bank", "consumer_finance", "microloan", "platform", "auto_finance"}


def legal_verdict(s: Spec) -> tuple[bool | None, str]:
    if s.verdict != "auto":
        return s.verdict, s.verdict_reason
    if s.kind == "other":
        return False, "not a loan: no lending rule applies"
    if s.principal is None:
        return None, "blank template: no figures to judge"
    if s.jurisdiction in ("TW", "HK"):
        return None, "Taiwan / Hong Kong law is outside the bundled rulesets"
    if s.jurisdiction == "CN":
        deducted_fees = [f for f in s.fees if f.timing == "upfront_deducted"]
        if s.interest_deducted:
            return True, "interest deducted from the principal up front (Civil Code Art. 670 [C]; 2015 Provisions Art. 27 [S])"
        if s.lender_type in PRIVATE:
            rate = annual_rate(s)
            if s.contract_date < dt.date(2020, 8, 20):
                if rate > 36:
                    return True, f"pre-2020-08-20 private loan at {rate}% > 36% (2015 Provisions Art. 26 [S])"
                if rate > 24:
                    return None, f"pre-2020-08-20 private loan at {rate}%: 24-36% band, unenforced but not void [S]"
                return False, f"pre-2020-08-20 private loan at {rate}% <= 24%"
            cap = 4 * lpr_on(s.contract_date)
            if rate > cap:
                return True, f"private loan at {rate}% > 4 x LPR {lpr_on(s.contract_date)}% = {cap}% (Art. 25 [C])"
            if s.overdue_annual is not None and s.overdue_annual > cap:
                return True, f"overdue charges {s.overdue_annual}% > 4 x LPR = {cap}% (Art. 28/29 [C])"
            if deducted_fees:
                return None, "fees deducted from a private loan: recharacterised as interest only by court practice [U]"
            return False, f"private loan at {rate}% <= 4 x LPR = {cap}%"
        if deducted_fees:
            return True, "fees deducted from the principal before payout (整治办函〔2017〕141号 [S])"
        if s.cost > 36:
            return True, f"all-in cost {r2(s.cost)}% > 36% (141号 [S])"
        if s.lender_type == "microloan" and s.cost > 24:
            return None, f"microloan at {r2(s.cost)}%: the 24% microloan cap [S] has no confirmed start date"
        if "助贷" in (s.lender or "") and s.contract_date >= dt.date(2025, 10, 1) and s.cost > 24:
            # Policy of issue 17: the 2025 助贷 notice's 24% line is a violation from 2025-10-01,
            # with its [S] grade said in the finding (legal.md §7.1 would make it a warning).
            return True, f"助贷 all-in cost {r2(s.cost)}% > 24% from 2025-10-01 (NFRA 2025 notice [S])"
        if s.cost > 24:
            return False, f"all-in cost {r2(s.cost)}% in the 24-36% warning zone"
        return False, f"all-in cost {r2(s.cost)}% <= 24%"
    if s.jurisdiction.startswith("US"):
        disclosed = disclosed_apr(s)
        if disclosed is not None and abs(disclosed - s.cost) > D("0.125"):
            return True, f"disclosed APR {disclosed}% vs actual {r2(s.cost)}%: outside the 1/8 pp tolerance (Reg Z 1026.22(a)(2) [C])"
        if s.jurisdiction == "US-IL" and s.contract_date >= dt.date(2021, 3, 23):
            if s.cost > 36:
                return True, f"Illinois PLPA: {r2(s.cost)}% > 36% [C]"
            return False, f"Illinois PLPA: {r2(s.cost)}% <= 36% [C]"
        if s.jurisdiction == "US-NY":
            if s.cost > 25:
                return True, f"New York criminal usury: {r2(s.cost)}% > 25% [C]"
            if s.cost > 16:
                return None, "New York civil 16% cap [S]: licensed lenders may be exempt"
            return False, f"New York: {r2(s.cost)}% <= 16%"
        if s.jurisdiction == "US-CA" and s.lender_type == "individual":
            if s.cost > 10:
                return True, "California Const. art. XV 10% for non-exempt lenders"
            return False, f"California individual lender at {r2(s.cost)}% <= 10%"
        return None, f"{s.jurisdiction}: state law not covered by the reference"
    if s.jurisdiction == "GB":
        days = s.term_days or (s.term_months or 0) * 365 // 12
        charges = sum((r["interest"] + r["fees"] for r in s.rows), D(0)) + (s.principal - s.net_received)
        if s.cost >= 100 and days <= 365:
            per_day = charges / s.principal / days * 100
            if per_day > D("0.8"):
                return True, f"HCSTC: charges {r2(per_day)}% of credit per day > 0.8% (CONC 5A [C])"
            if charges > s.principal:
                return True, "HCSTC: total charges above 100% of the credit (CONC 5A [C])"
            if s.opts.get("default_fee", 0) > 15:
                return True, "HCSTC: default fee above GBP 15 [C]"
            return False, f"HCSTC within the caps: {r2(per_day)}%/day, charges {charges} <= {s.principal}"
        return False, "UK credit that is not high-cost short-term: no price cap"
    if s.jurisdiction == "DE":
        return False, f"Germany: no statutory cap; {r2(s.cost)}% is far below twice any market rate (§138 BGB [S])"
    return None, "jurisdiction not covered"


def disclosed_apr(s: Spec) -> Decimal | None:
    if not s.disclose_apr or s.cost is None:
        return None
    if s.disclosed_apr_override is not None:
        return s.disclosed_apr_override
    return r2(s.cost)


# ---------------------------------------------------------------------------------------------
# Numerals and small phrase helpers
# ---------------------------------------------------------------------------------------------

DIGITS_UP = "零壹贰叁肆伍陆柒捌玖"
DIGITS_LOW = "〇一二三四五六七八九"


def daxie(x: Decimal, trad: bool = False) -> str:
    """Chinese capital-numeral amount: 15000 -> 壹万伍仟元整, 916.80 -> 玖佰壹拾陆元捌角."""
    x = r2(x)
    yuan = int(x)
    jiao = int((x * 10) % 10)
    fen = int((x * 100) % 10)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]

    def four(n: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10**i % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIGITS_UP[d] + units[i]
        return out

    parts, g, n = [], 0, yuan
    while n:
        parts.append((n % 10000, g))
        n //= 10000
        g += 1
    text = ""
    for idx, (chunk, g) in enumerate(reversed(parts)):
        if chunk == 0:
            continue
        if text and chunk < 1000:
            text += "零"
        text += four(chunk) + big[g]
    text = (text or "零") + "元"
    if jiao == 0 and fen == 0:
        text += "整"
    else:
        if jiao:
            text += DIGITS_UP[jiao] + "角"
        elif fen:
            text += "零"
        if fen:
            text += DIGITS_UP[fen] + "分"
    if trad:
        text = text.replace("万", "萬").replace("亿", "億").replace("贰", "貳").replace("叁", "參").replace("陆", "陸").replace("元", "圓")
    return text


def cn_small(n: int) -> str:
    """12 -> 十二, 24 -> 二十四, 60 -> 六十, 3 -> 三 (0 < n < 100)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return DIGITS_LOW[ones]
    return ("" if tens == 1 else DIGITS_LOW[tens]) + "十" + (DIGITS_LOW[ones] if ones else "")


def cn_date(d: dt.date, zero: str = "〇") -> str:
    """2024-03-05 -> 二〇二四年三月五日."""
    year = "".join(DIGITS_LOW[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{year}年{cn_small(d.month)}月{cn_small(d.day)}日"


def ymd(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def money(x: Decimal) -> str:
    return f"{r2(x):,.2f}"


def wan(x: Decimal) -> str:
    """50000 -> 5万元, 15000 -> 1.5万元."""
    return plain(x / 10000) + "万元"


FW = str.maketrans("0123456789.,%:()", "０１２３４５６７８９．，％：（）")


def fullwidth(s: str) -> str:
    return s.translate(FW)


def pct(x: Decimal) -> str:
    return plain(x) + "%"


def en_date(d: dt.date, style: int = 0) -> str:
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return f"{d.day} {d.strftime('%B')} {d.year}"
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def usd(x: Decimal, sym: str = "$") -> str:
    return f"{sym}{r2(x):,.2f}"


def rate_zh(s: Spec, style: int = 0) -> str:
    """The contract rate in one of several Chinese quotations."""
    v = s.rate_value
    if s.rate_per == "year":
        return ["年利率" + pct(v), "年化利率" + pct(v) + "（单利）", "年息" + pct(v), "按年利率" + pct(v) + "计息"][style % 4]
    if s.rate_per == "month":
        if style % 2 and (v * 10) == int(v * 10):
            return "月息" + plain(v) + "分"
        return "月利率" + pct(v)
    if s.rate_per == "day":
        wan_part = v * 100  # 0.05% -> 万分之五
        if style % 2 and wan_part == int(wan_part) and wan_part < 10:
            return "日息万分之" + DIGITS_LOW[int(wan_part)]
        return "日利率" + pct(v)
    raise ValueError(s.rate_per)


METHOD_ZH = {
    "equal_installment": ["等额本息", "按月等额偿还本息", "每期以相同金额偿还本金和利息（等额本息）"],
    "equal_principal": ["等额本金", "每期归还相同本金、利息按剩余本金计算", "等额本金法"],
    "interest_only": ["先息后本", "按月付息、到期一次性还本", "每月只还利息，最后一期归还全部本金"],
    "bullet": ["到期一次性还本付息", "到期日一次性归还本金及利息", "本息于到期日一并清偿"],
    "flat_rate": ["每期归还等额本金并支付分期手续费", "等本等息", "分期还款，每期本金相同"],
}


def timing_zh(t: str, i: int = 0) -> str:
    return {
        "upfront_deducted": ["在放款时从借款本金中直接扣除", "于发放贷款时一次性先行扣收", "由贷款人在放款时从借款金额中扣收"],
        "at_disbursement": ["于放款当日另行一次性支付", "在放款当天单独缴纳", "签约放款当日由借款人另行支付"],
        "per_period": ["按期随每期还款一并支付", "每期与本息一同收取", "分摊到每期还款中按月收取"],
        "at_maturity": ["于借款到期日一次性支付", "在最后一期还款时一次性结清", "到期时与本金一并支付"],
    }[t][i % 3]


def fee_amount_zh(f: Fee, s: Spec, style: int = 0) -> str:
    if f.percent is not None:
        each = f.per_payment(s.principal)
        if f.timing == "per_period":
            return [f"按借款本金的{pct(f.percent)}按期收取（每期{money(each)}元）",
                    f"每期费率{pct(f.percent)}，以原始借款本金为基数，每期计{money(each)}元",
                    f"为借款本金×{pct(f.percent)}/期，即每期人民币{money(each)}元"][style % 3]
        return f"为借款本金的{pct(f.percent)}，计{money(each)}元"
    if style % 3 == 1:
        return f"人民币{daxie(f.amount)}（¥{money(f.amount)}）"
    if style % 3 == 2 and f.amount >= 1000 and f.amount % 100 == 0:
        return wan(f.amount) if f.amount >= 10000 else f"{plain(f.amount)}元"
    return f"{money(f.amount)}元"


def fee_sentence_zh(f: Fee, s: Spec, style: int = 0) -> str:
    return f"{f.name}{fee_amount_zh(f, s, style)}，{timing_zh(f.timing, style)}"


def term_zh(s: Spec, style: int = 0) -> str:
    if s.term_days:
        return f"{s.term_days}天" if style % 2 == 0 else f"{cn_small(s.term_days) if s.term_days < 100 else s.term_days}日"
    m = s.term_months
    return [f"{m}个月", f"{cn_small(m)}个月", f"{m}期（按月）"][style % 3] if m < 100 else f"{m}个月"


def lender_zh(s: Spec) -> str:
    return s.lender


def overdue_zh(s: Spec) -> str:
    return s.overdue or "借款人逾期还款的，按逾期本金的每日万分之五支付逾期利息。"


def start_end_zh(s: Spec) -> tuple[str, str]:
    end = s.rows[-1]["date"] if s.rows and s.rows[-1].get("date") else None
    return (ymd(s.start_date) if s.start_date else "放款之日", ymd(end) if end else "到期之日")


def apr_line_zh(s: Spec, style: int = 0) -> str:
    if not s.disclose_apr or s.cost is None:
        return ""
    v = money(s.cost).replace(",", "")
    return [f"本借款的年化综合资金成本（含利息及各项费用，按内部收益率法单利计算）为{v}%。",
            f"年化利率（IRR，单利）：{v}%",
            f"综合年化成本{v}%（单利）"][style % 3]


def schedule_rows_zh(s: Spec, sep: str = " | ", fee_col: bool = True) -> list[str]:
    head = ["期数", "还款日", "应还本金", "应还利息"] + (["服务费"] if fee_col else []) + ["合计"]
    out = [sep.join(head)]
    for r in s.rows:
        cells = [str(r["k"]), r["date"].isoformat() if r["date"] else "-", money(r["principal"]), money(r["interest"])]
        if fee_col:
            cells.append(money(r["fees"]))
        cells.append(money(r["total"]))
        out.append(sep.join(cells))
    return out


# ---------------------------------------------------------------------------------------------
# Chinese templates (each a different layout and wording)
# ---------------------------------------------------------------------------------------------


def zh_kv(s: Spec) -> str:
    """Key/value lines under a short header, then a few short clauses."""
    o = s.opts
    doc = o.get("title", "个人借款合同")
    lines = [doc, f"合同编号：{o.get('no', 'JK' + s.name[-2:] + '0381')}", ""]
    lines += [f"贷款人：{s.lender}", f"借款人：{s.borrower or '刘晓东'}", ""]
    lines.append(f"借款金额：人民币{money(s.principal)}元（大写：{daxie(s.principal)}）")
    lines.append(f"借款期限：{term_zh(s, o.get('term_style', 0))}，共{s.n}期")
    if s.rate_value is not None:
        lines.append(f"借款利率：{rate_zh(s, o.get('rate_style', 0))}")
    lines.append(f"还款方式：{METHOD_ZH[s.method][o.get('method_style', 0)]}")
    if s.payment and s.method != "bullet":
        lines.append(f"每期还款金额：{money(s.payment)}元")
    lines.append(f"每月还款日：每月{s.start_date.day}日" if s.freq == "month" else "")
    for i, f in enumerate(s.fees):
        lines.append(f"{f.name}：{fee_amount_zh(f, s, i)}；收取方式：{timing_zh(f.timing, i)}")
    if s.received != s.principal:
        lines.append(f"实际到账金额：{money(s.received)}元")
    if s.disclose_apr:
        lines.append(apr_line_zh(s, 1))
    lines += ["", "其他约定：", "1. " + overdue_zh(s), "2. 借款人可以提前还款，提前还款的按实际使用天数计收利息。",
              f"3. 本合同自双方签署之日起生效。", "", f"签订日期：{ymd(s.contract_date)}"]
    return "\n".join(l for l in lines if l is not None)


def zh_articles(s: Spec) -> str:
    """第一条…第N条, full sentences, amounts in 大写 with figures."""
    o = s.opts
    t = ["借款合同", "", f"出借人（甲方）：{s.lender}", f"借款人（乙方）：{s.borrower or '陈立新'}", "",
         "甲乙双方经平等协商，就借款事宜订立本合同，共同遵守。", ""]
    arts = []
    arts.append(f"乙方向甲方借款人民币{daxie(s.principal)}（¥{money(s.principal)}），用于{s.purpose or '个人日常消费'}。")
    s_, e_ = start_end_zh(s)
    arts.append(f"借款期限为{term_zh(s, o.get('term_style', 1))}，自{s_}起至{e_}止。")
    if s.rate_value is not None:
        arts.append(f"本合同项下借款{rate_zh(s, o.get('rate_style', 2))}，利息按实际占用天数计算。")
    m = METHOD_ZH[s.method][o.get('method_style', 1)]
    if s.method == "bullet":
        arts.append(f"还款方式为{m}。")
    else:
        arts.append(f"乙方以{m}的方式分{cn_small(s.n) if s.n < 100 else s.n}期偿还借款，每期还款日为对应月份的{s.start_date.day}日"
                    + (f"，每期应还{money(s.payment)}元。" if s.payment else "。"))
    for i, f in enumerate(s.fees):
        arts.append(fee_sentence_zh(f, s, i + 1) + "。")
    if s.interest_deducted:
        arts.append(f"全部借款利息{money(s.interest_deducted)}元由甲方在放款时预先从借款本金中扣除，到期后乙方仅需归还本金。")
    if s.received != s.principal:
        arts.append(f"甲方实际向乙方发放的款项为人民币{daxie(s.received)}（¥{money(s.received)}）。")
    if s.disclose_apr:
        arts.append(apr_line_zh(s, 0))
    arts.append(overdue_zh(s))
    arts.append("本合同履行中发生争议的，双方协商解决；协商不成的，向乙方住所地人民法院起诉。")
    nums = "一二三四五六七八九十"
    for i, a in enumerate(arts):
        label = nums[i] if i < 10 else "十" + nums[i - 10]
        t.append(f"第{label}条 {a}")
    t += ["", f"甲方（签章）：{s.lender}", f"乙方（签字）：{s.borrower or '陈立新'}", f"签订日期：{cn_date(s.contract_date) if o.get('cn_date') else ymd(s.contract_date)}"]
    return "\n".join(t)


def zh_pipe_table(s: Spec) -> str:
    """A bordered table flattened with `|`, two label/value pairs a row, then the schedule."""
    o = s.opts
    rows = [
        ("贷款机构", s.lender, "借款人", s.borrower or "王梓涵"),
        ("贷款金额", f"¥{money(s.principal)}", "放款金额", f"¥{money(s.received)}"),
        ("贷款期限", term_zh(s, 2), "还款期数", f"{s.n}期"),
        ("还款方式", METHOD_ZH[s.method][o.get('method_style', 0)], "首期还款日", s.rows[0]["date"].isoformat()),
    ]
    if s.rate_value is not None:
        rows.append(("执行利率", rate_zh(s, o.get("rate_style", 0)), "起息日", s.start_date.isoformat()))
    for i, f in enumerate(s.fees):
        rows.append((f.name, fee_amount_zh(f, s, 0), "收取方式", timing_zh(f.timing, i)))
    out = [o.get("title", "个人借款合同（主要条款表）"), ""]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    if s.disclose_apr:
        out += ["", apr_line_zh(s, 2)]
    out += ["", "还款计划表", *("| " + line + " |" for line in schedule_rows_zh(s, " | ", fee_col=any(f.timing != "upfront_deducted" for f in s.fees))),
            "", overdue_zh(s), f"日期：{s.contract_date.isoformat()}"]
    return "\n".join(out)


def zh_space_table(s: Spec) -> str:
    """Columns separated by runs of spaces, as a PDF-to-text dump of a form would give."""
    o = s.opts
    def pad(a: str, w: int = 14) -> str:
        return a + " " * max(2, w - len(a) * 2 + len(a))
    out = [o.get("title", "消费贷款合同（要素表）"), ""]
    out.append(pad("借款人") + pad(s.borrower or "赵一鸣") + pad("贷款人") + s.lender)
    out.append(pad("合同金额") + pad(f"{money(s.principal)}元") + pad("期限") + term_zh(s, 0))
    out.append(pad("期数") + pad(f"{s.n}") + pad("还款方式") + METHOD_ZH[s.method][o.get('method_style', 0)])
    if s.rate_value is not None:
        out.append(pad("利率") + pad(rate_zh(s, o.get("rate_style", 0))) + pad("计息方式") + "按日计息")
    for i, f in enumerate(s.fees):
        out.append(pad(f.name) + pad(fee_amount_zh(f, s, 0)) + pad("支付时间") + timing_zh(f.timing, i))
    if s.payment and s.method != "bullet":
        out.append(pad("月供" if s.freq == "month" else "每期应还") + pad(f"{money(s.payment)}元") + pad("还款日") + (f"每月{s.start_date.day}日" if s.freq == "month" else f"每季末月{s.start_date.day}日"))
    out += ["", "条款：", "（1）" + overdue_zh(s), "（2）" + (apr_line_zh(s, 0) or "借款人已知悉本合同各项费用。"),
            f"（3）放款日：{ymd(s.start_date)}。", "", f"签约日期  {ymd(s.contract_date)}"]
    return "\n".join(out)


def zh_paragraph(s: Spec) -> str:
    """Everything in one long paragraph."""
    o = s.opts
    parts = [f"{o.get('title', '借款协议')}：{s.borrower or '孙海'}（借款人）因{s.purpose or '资金周转'}需要，向{s.lender}（贷款人）申请贷款{wan(s.principal) if o.get('wan') else money(s.principal) + '元'}"]
    parts.append(f"期限{term_zh(s, 1)}")
    if s.rate_value is not None:
        parts.append(rate_zh(s, o.get("rate_style", 0 if s.fees else 1)))
    parts.append(f"采用{METHOD_ZH[s.method][2]}的方式归还" + (f"，共{s.n}期" if s.n > 1 else ""))
    if s.payment and s.method not in ("bullet",):
        parts.append(f"每期还款{money(s.payment)}元")
    for i, f in enumerate(s.fees):
        parts.append(f"另{fee_sentence_zh(f, s, i)}")
    if s.received != s.principal:
        parts.append(f"借款人实际收到{money(s.received)}元")
    if s.disclose_apr:
        parts.append(apr_line_zh(s, 2))
    parts.append(overdue_zh(s).rstrip("。"))
    parts.append(f"款项于{ymd(s.start_date)}发放，本协议于{ymd(s.contract_date)}签订")
    return "，".join(parts) + "。"


def zh_checkbox(s: Spec) -> str:
    """A printed form with ☑/□ boxes for method and fee options."""
    o = s.opts
    box = lambda on: "☑" if on else "□"  # noqa: E731
    out = [o.get("title", "贷款申请及合同确认单"), "", f"一、贷款人：{s.lender}", f"二、借款金额（小写）：¥{money(s.principal)}  （大写）：{daxie(s.principal)}",
           f"三、借款期限：{term_zh(s, 0)}", "四、还款方式："]
    opts_m = [("equal_installment", "等额本息"), ("equal_principal", "等额本金"), ("interest_only", "先息后本"), ("bullet", "到期一次还本付息")]
    out.append("    " + "   ".join(f"{box(k == s.method)} {v}" for k, v in opts_m))
    if s.rate_value is not None:
        out.append(f"五、贷款利率：{rate_zh(s, o.get('rate_style', 0))}")
    out.append("六、费用：")
    names = [f.name for f in s.fees]
    for cand in o.get("fee_options", ["担保费", "服务费", "保险费"]):
        if cand not in names:
            out.append(f"    □ {cand}（不适用）")
    for i, f in enumerate(s.fees):
        out.append(f"    ☑ {f.name}：{fee_amount_zh(f, s, i)}，{timing_zh(f.timing, i)}")
    out.append(f"七、还款日：{'每月' + str(s.start_date.day) + '日' if s.freq == 'month' else ymd(s.rows[-1]['date'])}，首期还款日{ymd(s.rows[0]['date'])}")
    if s.disclose_apr:
        out.append("八、" + apr_line_zh(s, 1))
    out += ["九、违约责任：" + overdue_zh(s), "", f"借款人签字：{s.borrower or '周文'}        日期：{ymd(s.contract_date)}"]
    return "\n".join(out)


def zh_schedule(s: Spec) -> str:
    """Short contract plus a printed 还款计划表 (whitespace-separated columns)."""
    o = s.opts
    out = [o.get("title", "借款合同"), "", f"贷款人：{s.lender}", f"借款人：{s.borrower or '黄佳怡'}", "",
           f"1. 借款本金{money(s.principal)}元，借款期数{s.n}期，按{'月' if s.freq == 'month' else '季'}还款。"]
    if s.rate_value is not None:
        out.append(f"2. {rate_zh(s, o.get('rate_style', 0))}，还款方式为{METHOD_ZH[s.method][0]}。")
    else:
        out.append(f"2. 本借款不收取利息，还款方式为{METHOD_ZH[s.method][0]}。")
    for i, f in enumerate(s.fees):
        out.append(f"{3 + i}. {fee_sentence_zh(f, s, i)}。")
    k = 3 + len(s.fees)
    out.append(f"{k}. 具体还款金额以下表为准：")
    out.append("")
    out.append("还款计划表")
    out += schedule_rows_zh(s, "  ", fee_col=True)
    total = sum((r["total"] for r in s.rows), D(0))
    out.append(f"合计还款 {money(total)}")
    out += ["", apr_line_zh(s, 0) if s.disclose_apr else "", overdue_zh(s), f"签约日：{ymd(s.contract_date)}"]
    return "\n".join(out)


def zh_app(s: Spec) -> str:
    """An app confirmation page: label on one line, value on the next."""
    o = s.opts
    out = [o.get("title", "确认借款"), "", "借款金额(元)", money(s.principal), "借款期限", f"{s.n}期" if s.n > 1 else term_zh(s, 0)]
    if s.payment and s.n > 1:
        out += ["每期应还(元)", money(s.payment)]
    out += ["还款方式", METHOD_ZH[s.method][0]]
    if s.rate_value is not None:
        out += ["日利率" if s.rate_per == "day" else ("月利率" if s.rate_per == "month" else "年利率"), pct(s.rate_value)]
    if s.disclose_apr:
        out += ["年化利率(单利)", money(s.cost).replace(",", "") + "%"]
    for i, f in enumerate(s.fees):
        out += [f.name, fee_amount_zh(f, s, 0), "收取时间", timing_zh(f.timing, i)]
    out += ["到账金额(元)", money(s.received), "首期还款日", s.rows[0]["date"].strftime("%Y年%m月%d日"), "放款机构", s.lender,
            "", "点击“确认借款”即表示您已阅读并同意《借款合同》。", overdue_zh(s), f"申请时间：{s.contract_date.isoformat()} 10:32"]
    return "\n".join(out)


def zh_iou(s: Spec) -> str:
    """A hand-written 借条 between individuals."""
    o = s.opts
    word = o.get("word", "借条")
    amt = f"人民币{daxie(s.principal)}（¥{money(s.principal)}）"
    text = [word, "", f"今借到{s.lender}（身份证号：3201**********1234）{amt}，"]
    if s.interest_deducted:
        text[-1] += f"{rate_zh(s, o.get('rate_style', 0))}，借款期限{term_zh(s, 1)}，利息共计{money(s.interest_deducted)}元已在出借时预先从借款中扣除，实际收到现金{money(s.received)}元。"
    else:
        text[-1] += f"{rate_zh(s, o.get('rate_style', 0))}，借期{term_zh(s, 1)}。"
    s_, e_ = start_end_zh(s)
    text.append(f"借款人保证于{e_}前一次性归还" + ("本金。" if s.interest_deducted else "全部本金及利息。"))
    text.append(s.overdue or "如到期未还，出借人可依法追讨。")
    text += ["", f"借款人：{s.borrower or '马建国'}", f"身份证号：4401**********5678",
             f"日期：{cn_date(s.contract_date, o.get('zero', '〇')) if o.get('cn_date', True) else ymd(s.contract_date)}"]
    return "\n".join(text)


def zh_jieju(s: Spec) -> str:
    """A bank 借款借据 (loan receipt) with boxed fields."""
    o = s.opts
    out = [f"{s.lender}", o.get("title", "个人贷款借据"), "",
           f"借款人名称：{s.borrower or '吴桐'}        借据编号：{o.get('no', '2024JJ000' + s.name[-2:])}",
           f"借款金额（大写）：{daxie(s.principal)}        （小写）：¥{money(s.principal)}",
           f"借款用途：{s.purpose or '装修'}",
           f"放款日期：{ymd(s.start_date)}        到期日期：{ymd(s.rows[-1]['date'])}",
           f"贷款期限：{s.term_months}个月        还款期数：{s.n}"]
    if s.lpr_spread_bp is not None:
        lpr = lpr_on(s.contract_date)
        out.append(f"利率：以{ymd(s.contract_date)}前一个工作日公布的一年期贷款市场报价利率（LPR）{pct(lpr)}为基础加{s.lpr_spread_bp}个基点，即年利率{pct(s.rate_value)}")
    elif s.rate_value is not None:
        out.append(f"执行利率：{rate_zh(s, o.get('rate_style', 0))}")
    out.append(f"还款方式：{METHOD_ZH[s.method][o.get('method_style', 0)]}")
    for i, f in enumerate(s.fees):
        out.append(f"{f.name}：{fee_amount_zh(f, s, i)}（{timing_zh(f.timing, i)}）")
    if s.disclose_apr:
        out.append(apr_line_zh(s, 1))
    out += ["", "借款人确认：以上借款已如数收到。", overdue_zh(s), "", f"借款人签字：              经办行盖章", f"{ymd(s.contract_date)}"]
    return "\n".join(out)


def zh_sections(s: Spec) -> str:
    """一、二、三 sections with (一)(二) sub-items, Chinese-numeral counts, optional full-width digits."""
    o = s.opts
    fwd = fullwidth if o.get("fullwidth") else (lambda x: x)
    s_, e_ = start_end_zh(s)
    body = [o.get("title", "贷款合同"), "", "一、当事人", f"（一）贷款人：{s.lender}", f"（二）借款人：{s.borrower or '郑雨'}", "",
            "二、借款要素", fwd(f"（一）借款本金：{wan(s.principal) if o.get('wan') else money(s.principal) + '元'}"),
            f"（二）借款期限：{cn_small(s.term_months) if s.term_months and s.term_months < 100 else s.term_months}个月，分{cn_small(s.n)}期偿还，自{s_}至{e_}"]
    if s.rate_value is not None:
        body.append(fwd(f"（三）利率：{rate_zh(s, o.get('rate_style', 0))}"))
    body.append(f"（四）还款方式：{METHOD_ZH[s.method][o.get('method_style', 2)]}")
    if s.payment and s.method not in ("bullet",):
        body.append(fwd(f"（五）每期还款额：{money(s.payment)}元"))
    body += ["", "三、费用"]
    if not s.fees:
        body.append("除利息外，贷款人不收取其他任何费用。")
    for i, f in enumerate(s.fees):
        body.append(fwd(f"（{DIGITS_LOW[i + 1]}）{fee_sentence_zh(f, s, i + 2)}。"))
    if s.disclose_apr:
        body.append(fwd(apr_line_zh(s, 0)))
    body += ["", "四、违约责任", overdue_zh(s), "", "五、其他", "本合同一式两份，双方各执一份。", "",
             fwd(f"签订时间：{cn_date(s.contract_date, '零') if o.get('cn_date') else ymd(s.contract_date)}")]
    return "\n".join(body)


def zh_qa(s: Spec) -> str:
    """A 借款确认书 written as questions and answers."""
    o = s.opts
    qa = [("本次借多少钱？", f"{money(s.principal)}元（{daxie(s.principal)}）。"),
          ("借多久、分几期？", f"{term_zh(s, 0)}，分{s.n}期。" if s.n > 1 else f"{term_zh(s, 0)}，到期一次还清。"),
          ("怎么还？", METHOD_ZH[s.method][1] + "。")]
    if s.rate_value is not None:
        qa.append(("利息怎么算？", f"{rate_zh(s, o.get('rate_style', 3))}。"))
    if s.payment and s.n > 1:
        qa.append(("每期还多少？", f"{money(s.payment)}元（不含下列费用的除外）。" if not any(f.timing == 'per_period' for f in s.fees) else f"{money(s.payment)}元（含每期费用）。"))
    for i, f in enumerate(s.fees):
        qa.append((f"要交{f.name}吗？", fee_sentence_zh(f, s, i) + "。"))
    qa.append(("到手多少？", f"{money(s.received)}元。"))
    if s.disclose_apr:
        qa.append(("折合年化是多少？", apr_line_zh(s, 2) + "。"))
    qa.append(("逾期怎么办？", overdue_zh(s)))
    out = [o.get("title", "借款确认书"), f"放款机构：{s.lender}", f"借款人：{s.borrower or '林可'}", ""]
    for q, a in qa:
        out += [f"问：{q}", f"答：{a}"]
    out += ["", f"确认日期：{ymd(s.contract_date)}"]
    return "\n".join(out)


def zh_trad(s: Spec) -> str:
    """繁體 articles (written directly in traditional characters)."""
    o = s.opts
    cur = o.get("cur", "人民幣")
    sym = o.get("sym", "¥")
    s_, e_ = start_end_zh(s)
    out = [o.get("title", "借款合約書"), "", f"貸與人（甲方）：{s.lender}", f"借用人（乙方）：{s.borrower or '李明德'}", "",
           f"第一條 借款金額：{cur}{daxie(s.principal, trad=True)}（{sym}{money(s.principal)}）。",
           f"第二條 借款期間：自{s_}起至{e_}止，共{s.term_months}個月。",
           f"第三條 利息：{'年利率' if s.rate_per == 'year' else '月利率'}{pct(s.rate_value)}，"
           + ("本金及利息於到期日一次清償。" if s.method == "bullet" else "按月付息，到期一次還本。" if s.method == "interest_only"
              else f"本息按月平均攤還，分{s.n}期，每期償還{money(s.payment)}元。")]
    k = 4
    for f in s.fees:
        out.append(f"第{'四五六'[k - 4]}條 {f.name}{money(f.amount)}元，於撥款時自借款中扣除。" if f.timing == "upfront_deducted" else f"第{'四五六'[k - 4]}條 {f.name}{money(f.amount)}元，於到期日一併支付。")
        k += 1
    out.append(f"第{'四五六七'[k - 4]}條 {o.get('law', '本合約之爭議，由甲方住所地人民法院管轄。')}")
    out += ["", f"立約日期：{cn_date(s.contract_date) if o.get('cn_date') else ymd(s.contract_date)}"]
    return "\n".join(out)


def zh_two_columns(s: Spec) -> str:
    """Two text columns side by side (as a two-column PDF page comes out of a text dump): the clauses
    on the left, the key figures on the right."""
    o = s.opts
    left = [f"甲方（贷款人）：{s.lender}", f"乙方（借款人）：{s.borrower or '邓佳'}", "第一条 借款金额",
            f"乙方借款{money(s.principal)}元。", "第二条 期限与还款",
            f"期限{term_zh(s, 0)}，{METHOD_ZH[s.method][0]}，", f"共{s.n}期，每月{s.start_date.day}日还款。"]
    if s.rate_value is not None:
        left += ["第三条 利率", f"{rate_zh(s, o.get('rate_style', 0))}。"]
    for f in s.fees:
        left += ["第四条 费用", f"{f.name}{fee_amount_zh(f, s, 0)}，", f"{timing_zh(f.timing, 0)}。"]
    left += ["第五条 违约", overdue_zh(s)[:24], overdue_zh(s)[24:]]
    right = ["【借款信息摘要】", f"借款本金  {money(s.principal)}", f"到账金额  {money(s.received)}", f"借款期数  {s.n}期"]
    if s.payment:
        right.append(f"每期应还  {money(s.payment + sum((f.per_payment(s.principal) for f in s.fees if f.timing == 'per_period'), D(0)))}")
    if s.disclose_apr:
        right.append(f"年化利率  {money(s.cost).replace(',', '')}%")
    right += [f"放款日期  {s.start_date.isoformat()}", f"到期日期  {s.rows[-1]['date'].isoformat()}"]
    width = 34
    def w(x: str) -> int:
        return sum(2 if ord(c) > 0x2E80 else 1 for c in x)
    out = [o.get("title", "个人消费借款合同"), ""]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        out.append(a + " " * max(3, width - w(a) + 3) + b if b else a)
    out += ["", f"签署日期：{ymd(s.contract_date)}"]
    return "\n".join(out)


def zh_sales(s: Spec) -> str:
    """Not a loan: a sales contract with 违约金 and a late-payment charge."""
    return "\n".join([
        "产品购销合同", "", "供方（甲方）：苏州恒远机电设备有限公司", "需方（乙方）：南通启明制造有限公司", "",
        "第一条 标的：数控折弯机壹台，型号HY-2000，单价人民币叁拾贰万元整（¥320,000.00）。",
        "第二条 付款：合同签订后五日内乙方支付货款的30%作为预付款，设备验收合格后三十日内付清余款。",
        "第三条 交货：甲方于2025年9月30日前送货至乙方厂区并负责安装调试。",
        "第四条 违约责任：乙方逾期付款的，每逾期一日按未付货款的千分之一向甲方支付违约金；甲方逾期交货的，每日按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。",
        "第五条 质量保证：质保期十二个月，自验收合格之日起计算。",
        "第六条 争议解决：向合同签订地人民法院起诉。", "", "签订日期：2025年8月12日",
    ])


def zh_lease(s: Spec) -> str:
    """Not a loan: a flat lease with a deposit and late rent charge."""
    return "\n".join([
        "房屋租赁合同", "", "出租方：钱美华", "承租方：高翔", "",
        "一、房屋坐落于杭州市西湖区文三路88号3幢502室，建筑面积68平方米。",
        "二、租赁期限自2025年3月1日起至2026年2月28日止，共十二个月。",
        "三、月租金人民币肆仟贰佰元整（¥4,200.00），按季支付，每季度首月5日前支付。",
        "四、押金：承租方于签约时交付押金人民币捌仟肆佰元整，租期届满无损坏的全额退还。",
        "五、承租方逾期支付租金的，每逾期一日按当期租金的百分之零点五支付滞纳金。",
        "六、合同期满承租方需续租的，应提前一个月书面通知出租方。", "", "签约日期：2025年2月20日",
    ])


def zh_blank(s: Spec) -> str:
    """A platform template whose figures are ${...} placeholders."""
    return "\n".join([
        "借款及服务协议（模板）", "", "甲方（借款人）：${borrowerName}", "乙方（出借人）：${lenderName}", "丙方（居间服务方）：${platformName}", "",
        "1. 借款金额：人民币${loanAmount}元（大写：${loanAmountUpper}）。",
        "2. 借款期限：${loanTerm}个月，自放款日起算。",
        "3. 借款年利率：${annualRate}%，还款方式：${repayType}。",
        "4. 甲方应向丙方支付居间服务费人民币${serviceFee}元，该服务费由乙方在放款时从借款本金中直接扣除并代丙方收取。",
        "5. 甲方逾期还款的，应按逾期金额每日${overdueRate}%支付逾期利息。",
        "6. 本协议经各方通过电子签名方式签署后生效。", "", "签署日期：${signDate}",
    ])


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------

FREQ_ADJ = {"month": "monthly", "biweek": "biweekly", "week": "weekly", "quarter": "quarterly", "single": "single"}
FREQ_EN = {"month": "monthly", "biweek": "every two weeks", "week": "weekly", "quarter": "quarterly", "single": "in a single payment"}


def sym(s: Spec) -> str:
    return {"USD": "$", "GBP": "£", "EUR": "€"}[s.currency]


def m(s: Spec, x: Decimal) -> str:
    return usd(x, sym(s))


def total_paid(s: Spec) -> Decimal:
    return sum((r["total"] for r in s.rows), D(0))


def finance_charge(s: Spec) -> Decimal:
    return total_paid(s) - s.net_received


def rate_en(s: Spec, style: int = 0) -> str:
    v = pct(s.rate_value)
    per = {"year": ["per annum", "per year", "annual", "a year"], "month": ["per month"] * 4, "day": ["per day"] * 4, "week": ["per week"] * 4}[s.rate_per][style % 4]
    if per == "annual":
        return f"an annual interest rate of {v}"
    return f"interest at {v} {per}"


def method_en(s: Spec, i: int = 0) -> str:
    return {
        "equal_installment": ["equal installments of principal and interest", "level payments that fully amortize the loan", "fixed installments"],
        "equal_principal": ["equal principal installments plus interest on the unpaid balance", "declining payments", "equal principal"],
        "interest_only": ["interest-only payments with the principal due at maturity", "interest only, balloon at the end", "interest-only"],
        "bullet": ["one single payment of principal and charges on the due date", "a single lump sum at maturity", "single payment"],
        "flat_rate": ["equal installments", "equal installments", "equal installments"],
    }[s.method][i % 3]


def payments_en(s: Spec) -> str:
    first = s.rows[0]["total"]
    last = s.rows[-1]["total"]
    if len(s.rows) == 1:
        return f"1 payment of {m(s, last)}"
    if first == last:
        return f"{len(s.rows)} payments of {m(s, first)}"
    return f"{len(s.rows) - 1} payments of {m(s, first)} and a final payment of {m(s, last)}"


def fee_en(f: Fee, s: Spec) -> str:
    amt = m(s, f.amount) if f.amount is not None else f"{pct(f.percent)} of the loan amount ({m(s, f.per_payment(s.principal))})"
    how = {"upfront_deducted": "deducted from the loan proceeds at funding", "at_disbursement": "paid in cash at closing",
           "per_period": "added to each scheduled payment", "at_maturity": "due with the final payment"}[f.timing]
    return f"{f.name.capitalize()}: {amt}, {how}"


def apr_en(s: Spec) -> str:
    return plain(disclosed_apr(s)) + "%" if disclosed_apr(s) is not None else ""


def en_tila_box(s: Spec) -> str:
    o = s.opts
    due = s.rows[0]["date"]
    out = [o.get("title", "CONSUMER LOAN AGREEMENT AND FEDERAL TRUTH-IN-LENDING DISCLOSURES"), f"Lender: {s.lender}", f"Borrower: {s.borrower or 'Dana R. Whitfield'}", f"Date: {en_date(s.contract_date, 1)}", "",
           "| ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments |",
           "| The cost of your credit as a yearly rate. | The dollar amount the credit will cost you. | The amount of credit provided to you or on your behalf. | The amount you will have paid after you have made all payments as scheduled. |",
           f"| {apr_en(s)} | {m(s, finance_charge(s))} | {m(s, s.net_received)} | {m(s, total_paid(s))} |", "",
           "Your payment schedule will be:", "| Number of Payments | Amount of Payments | When Payments Are Due |"]
    if len(s.rows) > 1 and s.rows[0]["total"] != s.rows[-1]["total"]:
        out.append(f"| {len(s.rows) - 1} | {m(s, s.rows[0]['total'])} | {FREQ_EN[s.freq].capitalize()} beginning {en_date(due)} |")
        out.append(f"| 1 | {m(s, s.rows[-1]['total'])} | {en_date(s.rows[-1]['date'])} |")
    else:
        out.append(f"| {len(s.rows)} | {m(s, s.rows[0]['total'])} | {FREQ_EN[s.freq].capitalize()} beginning {en_date(due)} |")
    out += ["", f"Late Charge: If a payment is more than 10 days late, you will be charged {o.get('late', '5% of the payment or $15, whichever is less')}.",
            "Prepayment: If you pay off early, you will not have to pay a penalty.", "",
            "ITEMIZATION OF AMOUNT FINANCED", f"Loan amount (principal): {m(s, s.principal)}"]
    for f in s.fees:
        out.append(fee_en(f, s))
    out += [f"Amount paid to you directly: {m(s, s.received)}", f"Contract interest rate: {pct(s.rate_value)} per year, simple interest",
            f"Term: {s.term_months} months", "", f"Governing law: {o.get('law', 'the laws of the State of New York')}."]
    return "\n".join(out)


def en_kv(s: Spec) -> str:
    o = s.opts
    out = [o.get("title", "Personal Loan Agreement"), "", f"Lender: {s.lender}", f"Borrower: {s.borrower or 'Marcus Bell'}",
           f"Agreement date: {en_date(s.contract_date)}", f"Loan amount: {m(s, s.principal)}", f"Term: {s.term_months} months" if s.term_months else f"Term: {s.term_days} days",
           f"Number of payments: {s.n}", f"Payment frequency: {FREQ_EN[s.freq]}", f"Interest rate: {pct(s.rate_value)} {'per annum' if s.rate_per == 'year' else 'per ' + s.rate_per}",
           f"Repayment: {method_en(s, 1)}"]
    if s.payment:
        out.append(f"Regular payment: {m(s, s.payment)}")
    out.append(f"First payment date: {en_date(s.rows[0]['date'])}")
    for f in s.fees:
        out.append(fee_en(f, s))
    out.append(f"Net amount disbursed: {m(s, s.received)}")
    if disclosed_apr(s) is not None:
        out.append(f"{o.get('apr_label', 'Annual Percentage Rate (APR)')}: {apr_en(s)}")
    out += ["", "Default: " + o.get("default", "a late fee of $25 applies to any payment received more than 15 days after its due date."),
            f"Governing law: {o.get('law', 'the laws of the State of Illinois')}."]
    return "\n".join(out)


def en_sections(s: Spec) -> str:
    o = s.opts
    secs = [f"PROMISE TO PAY. For value received, {s.borrower or 'the Borrower'} promises to pay {s.lender} the principal sum of {m(s, s.principal)} together with {rate_en(s, 2)}.",
            f"PAYMENTS. The loan is repaid by {method_en(s, 0)} in {s.n} {FREQ_ADJ[s.freq]} installments"
            + (f" of {m(s, s.payment)} each" if s.payment else "") + f", the first due on {en_date(s.rows[0]['date'])} and the last on {en_date(s.rows[-1]['date'])}."]
    for f in s.fees:
        secs.append("FEES. " + fee_en(f, s) + ".")
    if disclosed_apr(s) is not None:
        secs.append(f"ANNUAL PERCENTAGE RATE. The annual percentage rate of this loan is {apr_en(s)}.")
    secs.append("DEFAULT. " + o.get("default", "Any installment unpaid for 10 days bears a late charge of $20."))
    secs.append(f"GOVERNING LAW. This Agreement is governed by {o.get('law', 'the laws of the State of New York')}.")
    out = [o.get("title", "INSTALLMENT LOAN AGREEMENT"), f"Dated {en_date(s.contract_date, 2)}", ""]
    out += [f"{i}. {t}" for i, t in enumerate(secs, 1)]
    return "\n".join(out)


def en_glued(s: Spec) -> str:
    """Figures sit in front of their labels, sometimes without cents, as on an app summary."""
    o = s.opts
    interest = sum((r["interest"] for r in s.rows), D(0))
    out = [o.get("title", "Your Loan Offer"), f"{s.lender}", "", f"{m(s, s.principal)} Loan Amount", f"{m(s, s.payment)} Monthly Payment",
           f"{s.n} Months", f"{pct(s.rate_value)} Interest Rate", f"{apr_en(s)} APR",
           f"{sym(s)}{int(interest.quantize(D(1), ROUND_HALF_UP)):,} Total Interest"]
    for f in s.fees:
        out.append(f"{sym(s)}{plain(f.amount)} {f.name.title()} ({'deducted from your loan' if f.timing == 'upfront_deducted' else 'paid at signing'})")
    out += [f"{m(s, s.received)} Deposited To Your Account", f"First payment due {en_date(s.rows[0]['date'], 1)}", "",
            f"Accepted on {en_date(s.contract_date, 1)}. {o.get('law', 'Loans made under the laws of the State of Utah.')}"]
    return "\n".join(out)


def en_paragraph(s: Spec) -> str:
    o = s.opts
    fees = "; ".join(fee_en(f, s) for f in s.fees)
    return (f"{o.get('title', 'Loan Contract')}: On {en_date(s.contract_date)}, {s.lender} (the Lender) agreed to lend {s.borrower or 'Priya Natarajan'} (the Borrower) "
            f"{m(s, s.principal)} for {s.term_months} months at {rate_en(s, 0)}, repayable by {method_en(s, 2)} of {m(s, s.payment)} {FREQ_EN[s.freq]} ({s.n} payments) "
            f"beginning {en_date(s.rows[0]['date'])}" + (f"; {fees}" if fees else "") + f"; the Borrower receives {m(s, s.received)}; "
            + (f"the annual percentage rate is {apr_en(s)}; " if disclosed_apr(s) is not None else "")
            + o.get("default", "a late charge of $15 applies to any payment more than 10 days late") + f"; {o.get('law', 'governed by the laws of the State of New York')}.")


def en_payday(s: Spec) -> str:
    """A payday disclosure that gives only a transaction date and a due date (no stated term)."""
    o = s.opts
    due = s.rows[0]["date"]
    return "\n".join([
        o.get("title", "DEFERRED DEPOSIT TRANSACTION AGREEMENT"), f"{s.lender}", f"Customer: {s.borrower or 'Tyrone Guzman'}", "",
        f"Transaction Date: {en_date(s.start_date, 1)}", f"Due Date: {en_date(due, 1)}", "",
        "TRUTH IN LENDING DISCLOSURES",
        f"ANNUAL PERCENTAGE RATE  {apr_en(s)}", f"FINANCE CHARGE  {m(s, finance_charge(s))}", f"Amount Financed  {m(s, s.net_received)}",
        f"Total of Payments  {m(s, total_paid(s))}", "",
        f"You will write us a personal check for {m(s, total_paid(s))}, which we will deposit on the Due Date unless you pay in cash before then.",
        f"The finance charge is {m(s, s.rows[0]['fees'] + s.rows[0]['interest'])} for each $100 block times {plain(s.principal / 100)}." if o.get("per100") else "",
        "Returned check fee: $25.", f"This transaction is made under {o.get('law', 'the laws of the State of Missouri')}.",
    ])


def en_uk(s: Spec) -> str:
    """UK pre-contract credit information, short-term loan."""
    o = s.opts
    charges = total_paid(s) - s.principal
    days = s.term_days
    return "\n".join([
        o.get("title", "PRE-CONTRACT CREDIT INFORMATION (Standard European Consumer Credit Information)"), "",
        "1. Identity and contact details of the creditor", f"Creditor: {s.lender}", "",
        "2. Key features of the credit product", "Type of credit: Fixed-sum short-term loan",
        f"Total amount of credit: {m(s, s.principal)}", f"Duration of the credit agreement: {days} days from the drawdown date {en_date(s.start_date, 2)}",
        f"Instalments and order: one repayment of {m(s, total_paid(s))} on {en_date(s.rows[0]['date'], 2)}",
        f"Total amount you will have to pay: {m(s, total_paid(s))}", "",
        "3. Costs of the credit", f"Borrowing rate: {pct(s.rate_value)} per day, fixed, charged on the amount of credit for each day it is outstanding",
        f"Annual percentage rate of charge (APRC): {money(s.cost).replace(',', '')}%", f"Total charges for the credit: {m(s, charges)}",
        f"Costs in case of late payments: a single default fee of {m(s, D(s.opts.get('default_fee', 15)))} and interest at the borrowing rate on the overdue sum.", "",
        f"Date: {en_date(s.contract_date, 2)}", "Governing law: England and Wales.",
    ])


def en_schedule(s: Spec) -> str:
    o = s.opts
    out = [o.get("title", "LOAN AGREEMENT — SCHEDULE A"), f"Creditor: {s.lender}", f"Principal {m(s, s.principal)} at {pct(s.rate_value)} APR-simple interest over {s.term_months} months ({FREQ_EN[s.freq]})", ""]
    for f in s.fees:
        out.append(fee_en(f, s))
    if disclosed_apr(s) is not None:
        out.append(f"Annual Percentage Rate {apr_en(s)}")
    out += ["", "PAYMENT SCHEDULE", f"{'No.':<5}{'Due date':<14}{'Principal':>12}{'Interest':>11}{'Payment':>12}"]
    for r in s.rows:
        out.append(f"{r['k']:<5}{r['date'].isoformat():<14}{money(r['principal']):>12}{money(r['interest']):>11}{money(r['total']):>12}")
    out += [f"{'Total':<19}{money(sum((r['principal'] for r in s.rows), D(0))):>12}{money(sum((r['interest'] for r in s.rows), D(0))):>11}{money(total_paid(s)):>12}", "",
            f"Signed {en_date(s.contract_date, 1)}. {o.get('law', 'Governed by the laws of the State of Texas.')}"]
    return "\n".join(out)


def en_note(s: Spec) -> str:
    o = s.opts
    due = s.rows[-1]["date"]
    body = [o.get("title", "PROMISSORY NOTE"), "", f"{m(s, s.principal)}                                   {o.get('place', 'Sacramento, California')}, {en_date(s.contract_date)}", "",
            f"FOR VALUE RECEIVED, the undersigned {s.borrower or 'Kevin O. Marsh'} promises to pay to the order of {s.lender} the sum of "
            f"{o.get('words', '')} ({m(s, s.principal)}), with {rate_en(s, 1)} from the date hereof."]
    if s.method == "bullet":
        body.append(f"The whole of the principal and accrued interest, {m(s, total_paid(s))} in all, shall be due and payable on {en_date(due)}.")
    else:
        body.append(f"Principal and interest are payable in {s.n} {FREQ_ADJ[s.freq]} installments of {m(s, s.payment)} beginning {en_date(s.rows[0]['date'])}.")
    body += ["The maker may prepay this note in whole or in part at any time without penalty.", "", f"Signed: {s.borrower or 'Kevin O. Marsh'}"]
    return "\n".join(body)


def en_checkbox(s: Spec) -> str:
    o = s.opts
    box = lambda on: "[X]" if on else "[ ]"  # noqa: E731
    out = [o.get("title", "LOAN APPLICATION AND AGREEMENT"), f"Credit union: {s.lender}", f"Member: {s.borrower or 'Hannah Lowe'}", "",
           f"Amount requested: {m(s, s.principal)}", "Payment frequency: " + "  ".join(f"{box(k == s.freq)} {v}" for k, v in [("week", "Weekly"), ("biweek", "Biweekly"), ("month", "Monthly")]),
           "Loan type: " + "  ".join(f"{box(k == o.get('loan_type', 'signature'))} {v}" for k, v in [("signature", "Signature (unsecured)"), ("share", "Share-secured"), ("vehicle", "Vehicle")]),
           f"Term: {s.term_months} months ({s.n} payments)", f"Interest rate: {pct(s.rate_value)} fixed", f"Payment amount: {m(s, s.payment)}",
           f"First payment: {en_date(s.rows[0]['date'])}", "", "TRUTH IN LENDING", f"Annual Percentage Rate: {apr_en(s)}",
           f"Finance Charge: {m(s, finance_charge(s))}", f"Amount Financed: {m(s, s.net_received)}", f"Total of Payments: {m(s, total_paid(s))}"]
    for f in s.fees:
        out.append(fee_en(f, s))
    if not s.fees:
        out.append("Fees: none.")
    out += ["", f"Date: {en_date(s.contract_date, 1)}", o.get("law", "This agreement is governed by New York law.")]
    return "\n".join(out)


def en_bnpl(s: Spec) -> str:
    o = s.opts
    out = [o.get("title", "Pay in 4 — Payment Plan Agreement"), f"Provider: {s.lender}", f"Order total: {m(s, s.principal + s.rows[0]['total'])}", "",
           f"Today ({en_date(s.contract_date, 1)}): {m(s, s.rows[0]['total'])} paid at checkout"]
    for r in s.rows:
        out.append(f"{en_date(r['date'], 1)}: {m(s, r['total'])}")
    out += ["", f"Amount financed: {m(s, s.principal)}", "Interest: none. APR: 0%.", f"Late fee: {o.get('late', '$7 per missed installment, capped at 25% of the order')}.",
            o.get("law", "Loans to California residents are made under a California Finance Lenders Law license.")]
    return "\n".join(out)


def en_title(s: Spec) -> str:
    o = s.opts
    due = s.rows[0]["date"]
    return "\n".join([
        o.get("title", "MOTOR VEHICLE TITLE LOAN AGREEMENT"), f"Lender: {s.lender}", f"Borrower: {s.borrower or 'Luis Ortega'}",
        "Vehicle: 2014 Honda Accord, VIN 1HGCR2F3XEA000000", "", f"Loan Date: {en_date(s.contract_date, 1)}     Maturity Date: {en_date(due, 1)}",
        f"Cash advanced to you: {m(s, s.principal)}", f"Monthly rate: {pct(s.rate_value)} per month", f"Finance charge: {m(s, finance_charge(s))}",
        f"Total of payments: {m(s, total_paid(s))}", f"Annual Percentage Rate: {apr_en(s)}", "",
        "If you do not pay by the Maturity Date, we may repossess the vehicle after notice as allowed by law.",
        o.get("law", "This loan is made under the laws of the State of Texas."),
    ])


def en_eu(s: Spec) -> str:
    o = s.opts
    out = [o.get("title", "STANDARD EUROPEAN CONSUMER CREDIT INFORMATION"), f"Creditor: {s.lender}", "",
           f"Total amount of credit: {m(s, s.principal)}" + (f" (of which {m(s, s.principal - s.received)} is retained for fees and {m(s, s.received)} paid to you)" if s.received != s.principal else ""),
           f"Duration: {s.term_months} months", f"Instalments: {payments_en(s)}, {FREQ_EN[s.freq]}",
           f"Borrowing rate: {pct(s.rate_value)} fixed nominal per annum"]
    for f in s.fees:
        out.append(fee_en(f, s))
    out += [f"Total of the instalments: {m(s, total_paid(s))}", f"Annual percentage rate of charge (APRC): {money(s.cost).replace(',', '')}%",
            f"Date of the offer: {en_date(s.contract_date, 2)}", o.get("law", "Law applicable: German law (Bürgerliches Gesetzbuch).")]
    return "\n".join(out)


def en_lease(s: Spec) -> str:
    return "\n".join([
        "RESIDENTIAL LEASE AGREEMENT", "", "Landlord: Oakridge Property Management LLC", "Tenant: Samuel Pike",
        "Premises: 412 Birch Street, Apt 2B, Columbus, Ohio", "", "1. TERM. The lease runs from March 1, 2025 to February 28, 2026.",
        "2. RENT. Tenant shall pay $1,350.00 per month, due on the 1st day of each month.",
        "3. SECURITY DEPOSIT. Tenant deposits $1,350.00, refundable within 30 days after move-out less lawful deductions.",
        "4. LATE CHARGE. Rent received after the 5th of the month incurs a late charge of $75.",
        "5. UTILITIES. Tenant pays electricity and gas; Landlord pays water and trash.", "", "Signed February 14, 2025.",
    ])


def en_sales(s: Spec) -> str:
    return "\n".join([
        "PURCHASE AND SALE AGREEMENT", "", "Seller: Northfield Equipment Co.", "Buyer: Bright Harbor Bakery Inc.", "",
        "1. GOODS. One commercial convection oven, model NX-40, for a price of $18,400.00.",
        "2. PAYMENT. 25% deposit on signing; balance due within 30 days of delivery. Overdue balances accrue a charge of 1.5% per month.",
        "3. DELIVERY. Seller delivers and installs the goods on or before May 30, 2025.",
        "4. LIQUIDATED DAMAGES. For each day of late delivery Seller pays $50, up to $1,000.",
        "5. WARRANTY. Twelve months parts and labour.", "", "Dated April 2, 2025.",
    ])


def en_blank(s: Spec) -> str:
    return "\n".join([
        "LOAN AGREEMENT (TEMPLATE)", "", "Lender: ${lender_name}", "Borrower: ${borrower_name}", "",
        "1. Loan amount: ${amount}.", "2. Term: ${term_months} months, repaid in ${n_payments} monthly installments of ${payment}.",
        "3. Interest rate: ${rate}% per annum. Annual Percentage Rate: ${apr}%.",
        "4. Origination fee: ${origination_fee}, deducted from the loan proceeds at funding.",
        "5. Late charge: ${late_fee} for any payment more than 15 days late.", "", "Date: ${date}",
    ])


# ---------------------------------------------------------------------------------------------
# The corpus: parameters of every document
# ---------------------------------------------------------------------------------------------

d = dt.date
SVC = ["service"]
ANY_CN_FEE = ["service", "consulting", "handling", "management", "other"]


def specs() -> list[Spec]:
    z = []
    z += [
        Spec("zh-f01-bill-installment-kv", "zh", "zh_kv", D(12000), "flat_rate", 24, term_months=24,
             fees=[Fee("分期手续费", ["handling", "service"], "per_period", percent=D("0.6"))], method_accept=["equal_principal"],
             lender="华信银行股份有限公司信用卡中心", lender_type="bank", contract_date=d(2025, 4, 10), start_date=d(2025, 4, 10),
             opts={"title": "信用卡账单分期业务协议", "term_style": 0}, pdf=True,
             notes=["per period: 12000/24 = 500 principal + 0.6% x 12000 = 72 fee = 572; 24 x 572 = 13728",
                    "hand check: 12000/572 = 20.979 = a(24, i); at i = 1.1%: (1 - 1.011^-24)/0.011 = (1 - 0.7691)/0.011 = 20.99,"
                    " so i ~ 1.106%/month -> x12 = 13.27% (an add-on 7.2%/yr costs ~1.84x its flat rate)"]),
        Spec("zh-f02-interest-only-articles", "zh", "zh_articles", D(80000), "interest_only", 12, term_months=12, rate_value=D(15),
             lender="江城网络小额贷款有限公司", lender_type="microloan", contract_date=d(2025, 6, 18), start_date=d(2025, 6, 20),
             purpose="店铺装修", opts={"cn_date": True, "method_style": 1},
             notes=["interest 80000 x 15% / 12 = 1000.00 a month, principal 80000 with the 12th payment", "IRR = 1.25%/month exactly -> 15.00%"]),
        Spec("zh-f03-equal-principal-pipe", "zh", "zh_pipe_table", D(36000), "equal_principal", 18, term_months=18, rate_value=D("7.2"),
             lender="东郡银行股份有限公司", lender_type="bank", contract_date=d(2024, 9, 9), start_date=d(2024, 9, 10), pdf=True,
             notes=["principal 2000 a month; interest month 1 = 36000 x 0.6% = 216.00, month 18 = 2000 x 0.6% = 12.00",
                    "no fee: IRR = 0.6%/month -> 7.20%"]),
        Spec("zh-f04-equal-installment-monthly-rate-space", "zh", "zh_space_table", D(20000), "equal_installment", 12, term_months=12,
             rate_value=D("1.5"), rate_per="month", fees=[Fee("平台费", ["service", "management"], "per_period", amount=D(60))],
             lender="安和消费金融有限公司", lender_type="consumer_finance", contract_date=d(2025, 1, 15), start_date=d(2025, 1, 15),
             opts={"rate_style": 0}, notes=["payment = 20000 x 0.015 / (1 - 1.015^-12) = 1833.60; plus 60 fee = 1893.60 a month"]),
        Spec("zh-f05-revolving-daily-app", "zh", "zh_app", D(8000), "bullet", 1, "single", term_days=60, rate_value=D("0.04"), rate_per="day",
             lender="星河网络小额贷款有限公司", lender_type="microloan", contract_date=d(2025, 7, 3), start_date=d(2025, 7, 3),
             opts={"title": "随借随还 · 借款确认"}, notes=["interest 8000 x 0.04% x 60 = 192.00; cost = 192/8000 x 365/60 = 14.60%"]),
        Spec("zh-f06-lpr-linked-jieju", "zh", "zh_jieju", D(100000), "equal_installment", 24, term_months=24, lpr_spread_bp=150,
             lender="川南农村商业银行股份有限公司", lender_type="bank", contract_date=d(2024, 3, 5), start_date=d(2024, 3, 5), purpose="住房装修",
             pdf=True, notes=["LPR on 2024-03-05 = 3.45% (published 2024-02-20); + 150bp = 4.95%", "payment = 100000 x 0.4125% / (1 - 1.004125^-24)"]),
        Spec("zh-f07-iou-2019-interest-deducted", "zh", "zh_iou", D(30000), "bullet", 1, "single", term_months=12, rate_value=D(10),
             interest_deducted=D(3000), lender="张卫东", lender_type="individual", borrower="马建国", contract_date=d(2019, 6, 18),
             start_date=d(2019, 6, 18), opts={"cn_date": True}, pdf=True,
             notes=["face 30000, 10% x 1 year = 3000 taken at handover -> 27000 received, 30000 repaid",
                    "cost = 30000/27000 - 1 = 11.11% over one year; deduction -> violation (2015 Art. 27 / Civil Code 670)"]),
        Spec("zh-f08-iou-2024-monthly-fen", "zh", "zh_iou", D(50000), "bullet", 1, "single", term_months=6, rate_value=D("1.5"), rate_per="month",
             lender="钱国庆", lender_type="individual", borrower="陶亮", contract_date=d(2024, 10, 8), start_date=d(2024, 10, 8),
             opts={"word": "借据", "rate_style": 1, "cn_date": False},
             overdue="逾期未还的，按年利率12%另计逾期利息。", overdue_annual=D(12),
             notes=["月息1.5分 = 1.5%/month = 18%/yr; LPR 2024-10-08 = 3.35% (2024-07-22), 4x = 13.40% < 18% -> violation",
                    "interest 50000 x 1.5% x 6 = 4500; cost = 4500/50000 x 12/6 = 18%"]),
        Spec("zh-f09-zhudai-guarantee-sections", "zh", "zh_sections", D(30000), "equal_installment", 12, term_months=12, rate_value=D("9.6"),
             fees=[Fee("融资担保费", ["guarantee"], "per_period", percent=D("0.8"))],
             lender="滨海农村商业银行股份有限公司（助贷合作方：易借数字科技有限公司）", lender_type="bank",
             contract_date=d(2025, 11, 3), start_date=d(2025, 11, 3), opts={"fullwidth": True}, pdf=True,
             notes=["guarantee fee 0.8% x 30000 = 240 a month on top of the 9.6% annuity"]),
        Spec("zh-f10-membership-qa", "zh", "zh_qa", D(10000), "equal_installment", 12, term_months=12, rate_value=D(18),
             fees=[Fee("会员费", ["membership"], "at_disbursement", amount=D(399))], disclose_apr=False,
             lender="锦程消费金融股份有限公司", lender_type="consumer_finance", contract_date=d(2025, 3, 21), start_date=d(2025, 3, 21),
             notes=["payment = 10000 x 1.5% / (1 - 1.015^-12) = 916.80; net received 10000 - 399 = 9601 (the fee is paid at payout)",
                    "hand check: 9601/916.80 = 10.4723 = a(12, i); at i = 2.16%: 1.0216^12 = 1.29231, 0.22619/0.0216 = 10.4718 -> 25.92%"]),
        Spec("zh-f11-interest-deducted-articles", "zh", "zh_articles", D(20000), "bullet", 1, "single", term_months=6, rate_value=D(12),
             interest_deducted=D(1200), lender="瑞丰小额贷款有限公司", lender_type="microloan", contract_date=d(2025, 5, 6), start_date=d(2025, 5, 6),
             disclose_apr=False, notes=["interest 20000 x 12% x 6/12 = 1200 deducted -> 18800 received; 20000 repaid after 6 months",
                                        "cost = (20000/18800 - 1) x 12/6 = 12.77%"]),
        Spec("zh-f12-car-loan-checkbox", "zh", "zh_checkbox", D(80000), "equal_installment", 36, term_months=36, rate_value=D(6),
             fees=[Fee("GPS服务费", ["service", "other", "handling"], "at_disbursement", amount=D(1800)),
                   Fee("车辆盗抢险保费", ["insurance"], "per_period", amount=D(150))],
             lender="东岳汽车金融有限公司", lender_type="auto_finance", contract_date=d(2025, 8, 16), start_date=d(2025, 8, 16),
             opts={"title": "汽车消费贷款合同（确认单）", "fee_options": ["GPS服务费", "车辆盗抢险保费", "担保费", "上牌服务费"]}, pdf=True,
             notes=["payment = 80000 x 0.5% / (1 - 1.005^-36) = 2433.75 + 150 insurance; net 80000 - 1800"]),
        Spec("zh-f13-training-loan-schedule", "zh", "zh_schedule", D(19800), "flat_rate", 24, term_months=24,
             fees=[Fee("分期服务费", ["service"], "per_period", percent=D(1))], method_accept=["equal_principal"],
             lender="启航小额贷款有限公司", lender_type="microloan", contract_date=d(2025, 2, 28), start_date=d(2025, 3, 1),
             purpose="职业技能培训学费", opts={"title": "培训分期借款合同"}, pdf=True,
             notes=["principal 19800/24 = 825, fee 1% x 19800 = 198 a month: 1023 x 24"]),
        Spec("zh-f14-fee-at-maturity-kv", "zh", "zh_kv", D(40000), "interest_only", 12, term_months=12, rate_value=D(12),
             fees=[Fee("综合服务费", ["service"], "at_maturity", amount=D(2000))],
             lender="恒泰消费金融有限公司", lender_type="consumer_finance", contract_date=d(2025, 9, 1), start_date=d(2025, 9, 1),
             opts={"term_style": 1, "method_style": 1}, notes=["400 interest a month; month 12 = 40000 + 400 + 2000 = 42400"]),
        Spec("zh-f15-bullet-30-fee-800-paragraph", "zh", "zh_paragraph", D(10000), "bullet", 1, "single", term_months=12, rate_value=D(30),
             fees=[Fee("服务费", ["service"], "at_maturity", amount=D(800))], disclose_apr=False,
             lender="南桥小额贷款有限公司", lender_type="microloan", contract_date=d(2025, 4, 2), start_date=d(2025, 4, 2), pdf=True,
             notes=["10000 x 30% = 3000 interest + 800 fee at maturity = 13800 after one year",
                    "cost = 13800/10000 - 1 = 38.00% > 36% -> violation (the fee is part of the cost)"]),
        Spec("zh-f16-bullet-18-jieju", "zh", "zh_jieju", D(20000), "bullet", 1, "single", term_months=12, rate_value=D(18),
             lender="丰源银行股份有限公司", lender_type="bank", contract_date=d(2025, 7, 15), start_date=d(2025, 7, 15), purpose="经营周转",
             opts={"title": "流动资金贷款借据"}, notes=["20000 x 18% = 3600 after one year: 23600/20000 - 1 = 18.00% (not 16.67% monthly)"]),
        Spec("zh-f17-traditional-mainland", "zh", "zh_trad", D(50000), "bullet", 1, "single", term_months=12, rate_value=D(8),
             lender="陳志強", lender_type="individual", contract_date=d(2025, 2, 14), start_date=d(2025, 2, 14), opts={"cn_date": True},
             notes=["伍萬圓整 = 50000; 8% < 4 x 3.10% = 12.40% (LPR of 2024-10-21 applies on 2025-02-14)"]),
        Spec("zh-f18-traditional-taiwan", "zh", "zh_trad", D(300000), "equal_installment", 24, term_months=24, rate_value=D(12),
             currency="TWD", jurisdiction="TW", lender="台北市民間借貸人林俊賢", lender_type="individual", apr_method=None,
             contract_date=d(2025, 5, 20), start_date=d(2025, 5, 20),
             opts={"cur": "新臺幣", "sym": "NT$", "law": "本合約以中華民國法律為準據法，並以臺灣臺北地方法院為第一審管轄法院。", "title": "消費借貸契約書"},
             notes=["NT$ / 臺灣臺北地方法院: mainland rules do not apply; cost not compared"]),
        Spec("zh-f19-platform-fee-pipe", "zh", "zh_pipe_table", D(15000), "equal_principal", 12, term_months=12, rate_value=D("10.8"),
             fees=[Fee("平台服务费", ["service"], "per_period", percent=D("0.5"))], lender="云杉消费金融有限公司", lender_type="consumer_finance",
             contract_date=d(2025, 10, 9), start_date=d(2025, 10, 10), opts={"title": "消费贷款合同要素表", "rate_style": 1}, pdf=True,
             notes=["principal 1250 a month, interest on the balance at 0.9%, fee 75 a month"]),
        Spec("zh-f20-equal-principal-checkbox", "zh", "zh_checkbox", D(50000), "equal_principal", 24, term_months=24, rate_value=D("5.6"),
             lender="北辰银行股份有限公司", lender_type="bank", contract_date=d(2025, 3, 3), start_date=d(2025, 3, 3)),
    ]
    z += [
        Spec("zh-f21-daily-rate-stated-payment-app", "zh", "zh_app", D(5000), "equal_installment", 6, term_months=6, rate_value=D("0.065"),
             rate_per="day", day_basis=360, lender="快贷消费金融有限公司", lender_type="consumer_finance",
             contract_date=d(2025, 6, 6), start_date=d(2025, 6, 6), opts={"title": "借款详情"},
             notes=["0.065%/day x 360/12 = 1.95%/month; hand check: ln 1.0195 = 0.0193124, x6 -> 1.0195^6 = 1.122856, 1 - 1/1.122856 = 0.1094141,"
                    " 97.5/0.1094141 = 891.11 -> stated 891.12 (cent-exact)",
                    "cost from the stated payments: IRR 1.95% x 12 = 23.40%"]),
        Spec("zh-f22-brokerage-deducted-paragraph", "zh", "zh_paragraph", D(10000), "equal_installment", 12, term_months=12, rate_value=D(12),
             fees=[Fee("居间服务费", ["consulting", "service"], "upfront_deducted", amount=D(600))], lender="融信通网络借贷信息中介平台",
             lender_type="platform", contract_date=d(2024, 12, 12), start_date=d(2024, 12, 12), opts={"wan": True, "title": "借款及居间服务协议"},
             notes=["payment 888.49 on 10000 but only 9400 received -> deducted fee -> violation"]),
        Spec("zh-f23-blank-template", "zh", "zh_blank", None, kind="loan_contract", apr_method=None,
             fees=[Fee("居间服务费", ["consulting", "service"], "upfront_deducted")],
             notes=["${...} placeholders: no figure may be invented; the deducted fee is listed with a blank amount"]),
        Spec("zh-f24-sales-contract", "zh", "zh_sales", None, kind="other", apr_method=None, notes=["sales contract: 违约金 is not a loan charge"]),
        Spec("zh-f25-lease", "zh", "zh_lease", None, kind="other", apr_method=None, notes=["a flat lease"]),
        Spec("zh-f26-company-loan-2022-sections", "zh", "zh_sections", D(60000), "equal_installment", 12, term_months=12, rate_value=D(14),
             lender="海川商贸有限公司", lender_type="company", contract_date=d(2022, 9, 15), start_date=d(2022, 9, 15),
             opts={"cn_date": True}, disclose_apr=False, overdue="借款人逾期的，按年利率14%计收逾期利息。", overdue_annual=D(14),
             notes=["LPR on 2022-09-15 = 3.65% (2022-08-22); cap 14.60% > 14%"]),
        Spec("zh-f27-private-2021-kv", "zh", "zh_kv", D(20000), "interest_only", 12, term_months=12, rate_value=D(16),
             lender="刘建华", lender_type="individual", borrower="蒋涛", contract_date=d(2021, 6, 10), start_date=d(2021, 6, 10),
             disclose_apr=False, opts={"title": "借款协议"}, overdue="逾期按年利率15%计收逾期利息。", overdue_annual=D(15),
             notes=["LPR on 2021-06-10 = 3.85%; 4x = 15.40% < 16% -> violation"]),
        Spec("zh-f28-cash-loan-over-36-qa", "zh", "zh_qa", D(5000), "equal_installment", 6, term_months=6, rate_value=D(24),
             fees=[Fee("信息服务费", ["service"], "per_period", percent=D(2))], lender="易达消费金融有限公司", lender_type="consumer_finance",
             contract_date=d(2025, 8, 8), start_date=d(2025, 8, 8),
             notes=["payment at 2%/month = 892.63 + 100 fee = 992.63 x 6 on 5000: a(6, i) = 5.0371 -> i = 5.24%/month -> 62.87% > 36%"]),
        Spec("zh-f29-quarterly-interest-space", "zh", "zh_space_table", D(200000), "interest_only", 8, "quarter", term_months=24, rate_value=D("4.35"),
             lender="江海银行股份有限公司", lender_type="bank", contract_date=d(2025, 1, 20), start_date=d(2025, 1, 20),
             opts={"title": "个人经营性贷款合同"}, notes=["200000 x 4.35% / 4 = 2175 a quarter; quarterly IRR 1.0875% x 4 = 4.35%"]),
        Spec("zh-f30-service-fee-schedule", "zh", "zh_schedule", D(24000), "equal_installment", 12, term_months=12, rate_value=D("7.2"),
             fees=[Fee("技术服务费", ["service"], "per_period", percent=D("0.3"))], lender="青禾消费金融有限公司", lender_type="consumer_finance",
             contract_date=d(2025, 5, 25), start_date=d(2025, 5, 25), opts={"title": "个人消费贷款合同"}),
        Spec("zh-f31-handling-deducted-jieju", "zh", "zh_jieju", D(30000), "equal_installment", 12, term_months=12, rate_value=D(12),
             fees=[Fee("手续费", ["handling"], "upfront_deducted", amount=D(1500))], lender="广融小额贷款有限公司", lender_type="microloan",
             contract_date=d(2025, 4, 18), start_date=d(2025, 4, 18), opts={"title": "借款借据"},
             notes=["1500 deducted -> 28500 received; violation for the deduction"]),
        Spec("zh-f32-wan-fullwidth-sections", "zh", "zh_sections", D(150000), "equal_installment", 36, term_months=36, rate_value=D("4.2"),
             lender="浦江银行股份有限公司", lender_type="bank", contract_date=d(2025, 10, 28), start_date=d(2025, 10, 28),
             opts={"wan": True, "fullwidth": True, "cn_date": True}),
        Spec("zh-f33-revolving-30-days-paragraph", "zh", "zh_paragraph", D(2000), "bullet", 1, "single", term_days=30, rate_value=D("0.05"), rate_per="day",
             lender="招联易贷消费金融有限公司", lender_type="consumer_finance", contract_date=d(2025, 11, 11), start_date=d(2025, 11, 11),
             opts={"title": "随借随还借款协议"}, notes=["2000 x 0.05% x 30 = 30; cost = 30/2000 x 365/30 = 18.25%"]),
        Spec("zh-f34-iou-2023-six-percent", "zh", "zh_iou", D(100000), "bullet", 1, "single", term_months=24, rate_value=D(6),
             lender="周海燕", lender_type="individual", borrower="许文博", contract_date=d(2023, 12, 1), start_date=d(2023, 12, 1),
             opts={"zero": "零", "rate_style": 0}, notes=["100000 x 6% x 2 = 12000 with the principal after two years; simple 6%"]),
        Spec("zh-f35-membership-monthly-articles", "zh", "zh_articles", D(8000), "equal_installment", 12, term_months=12, rate_value=D("17.9"),
             fees=[Fee("权益会员费", ["membership"], "per_period", amount=D(30))], lender="汇通消费金融有限公司", lender_type="consumer_finance",
             contract_date=d(2025, 9, 19), start_date=d(2025, 9, 19)),
        Spec("zh-f36-guarantee-deducted-pipe", "zh", "zh_pipe_table", D(15000), "equal_installment", 12, term_months=12, rate_value=D(14),
             fees=[Fee("融资担保费", ["guarantee"], "upfront_deducted", amount=D(900))], lender="长风银行股份有限公司（担保方：信和融资担保有限公司）",
             lender_type="bank", contract_date=d(2025, 10, 15), start_date=d(2025, 10, 15), opts={"title": "个人信用贷款合同（核准要素）"}),
        Spec("zh-f37-renovation-60-kv", "zh", "zh_kv", D(200000), "equal_installment", 60, term_months=60, rate_value=D("3.5"),
             lender="长江银行股份有限公司", lender_type="bank", contract_date=d(2025, 2, 10), start_date=d(2025, 2, 12),
             opts={"title": "个人装修贷款合同", "term_style": 0}),
        Spec("zh-f38-hong-kong-trad", "zh", "zh_trad", D(50000), "equal_installment", 12, term_months=12, rate_value=D(2), rate_per="month",
             currency="HKD", jurisdiction="HK", lender="永利財務有限公司", lender_type="company", apr_method=None,
             contract_date=d(2025, 6, 30), start_date=d(2025, 6, 30),
             opts={"cur": "港幣", "sym": "HK$", "law": "本合約受香港特別行政區法律管轄，雙方接受香港法院之非專屬管轄。", "title": "私人貸款協議"},
             notes=["HK$ / Hong Kong law: out of the bundled rules"]),
        Spec("zh-f39-flat-rate-qa", "zh", "zh_qa", D(12000), "flat_rate", 12, term_months=12, rate_value=D("0.8"), rate_per="month",
             lender="鑫源消费金融有限公司", lender_type="consumer_finance", contract_date=d(2025, 7, 7), start_date=d(2025, 7, 7),
             opts={"rate_style": 0}, notes=["等本等息: 1000 principal + 96 interest (0.8% of 12000) = 1096 a month; IRR x 12 ~ 17.3%"]),
        Spec("zh-f40-interest-only-checkbox", "zh", "zh_checkbox", D(60000), "interest_only", 12, term_months=12, rate_value=D("14.4"),
             lender="金桥小额贷款有限公司", lender_type="microloan", contract_date=d(2025, 1, 8), start_date=d(2025, 1, 8)),
        Spec("zh-f41-short-bullet-paragraph", "zh", "zh_paragraph", D(10000), "bullet", 1, "single", term_months=3, rate_value=D(10),
             lender="孔德明", lender_type="individual", borrower="冯磊", contract_date=d(2025, 8, 1), start_date=d(2025, 8, 1),
             disclose_apr=False, opts={"title": "民间借款协议"}, overdue="逾期未还按年利率10%继续计息。", overdue_annual=D(10),
             notes=["10000 x 10% x 3/12 = 250; 10% < 4 x 3.00% = 12%"]),
        Spec("zh-f42-equal-principal-schedule", "zh", "zh_schedule", D(48000), "equal_principal", 12, term_months=12, rate_value=D(6),
             lender="西江银行股份有限公司", lender_type="bank", contract_date=d(2025, 3, 28), start_date=d(2025, 3, 28)),
        Spec("zh-f43-two-columns-service-fee", "zh", "zh_two_columns", D(18000), "equal_installment", 12, term_months=12, rate_value=D("10.8"),
             fees=[Fee("综合服务费", ["service"], "per_period", amount=D(90))], lender="华夏信和消费金融有限公司", lender_type="consumer_finance",
             contract_date=d(2025, 10, 20), start_date=d(2025, 10, 20), pdf=True,
             notes=["two columns: the right column's 每期应还 includes the 90 fee; the cost counts it once"]),
        Spec("zh-f44-two-columns-interest-only", "zh", "zh_two_columns", D(50000), "interest_only", 6, term_months=6, rate_value=D(9),
             lender="临江银行股份有限公司", lender_type="bank", contract_date=d(2025, 9, 9), start_date=d(2025, 9, 9), disclose_apr=False,
             opts={"title": "个人短期借款合同"}, notes=["375 interest a month (50000 x 9% / 12), 50375 with the 6th payment: 9.00%"]),
    ]
    e = [
        Spec("en-f01-origination-tila-box", "en", "en_tila_box", D(5000), "equal_installment", 36, term_months=36, rate_value=D("9.99"),
             fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(250))], currency="USD", jurisdiction="US-NY",
             lender="Hudson Valley Consumer Finance, Inc.", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2025, 3, 1), start_date=d(2025, 3, 1), pdf=True,
             notes=["hand check: 1.008325^36 = e^(36 x 0.0082906) = 1.34778; 41.625 / (1 - 1/1.34778) = 41.625/0.258037 = 161.31",
                    "4750/161.31 = 29.446 = a(36, i); at i = 1.13%: 1.0113^36 = 1.49861, 0.33271/0.0113 = 29.443 -> i = 1.1297%, APR 13.55%"]),
        Spec("en-f02-payday-dates-only", "en", "en_payday", D(400), "bullet", 1, "single", term_days=14,
             fees=[Fee("finance charge", ["service", "other", "handling"], "at_maturity", amount=D(60))], currency="USD", jurisdiction="US-MO",
             lender="QuickBridge Cash Advance LLC", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2025, 3, 3), start_date=d(2025, 3, 3), pdf=True, opts={"no_fee_compare": True},
             notes=["14 days from transaction to due date; APR = 60/400 x 365/14 = 391.07%"]),
        Spec("en-f03-title-loan", "en", "en_title", D(2500), "bullet", 1, "single", term_months=1, rate_value=D(25), rate_per="month",
             currency="USD", jurisdiction="US-TX", lender="Lone Star Title Loans LLC", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2025, 6, 1), start_date=d(2025, 6, 1), opts={"no_fee_compare": True},
             notes=["25% of 2500 = 625 for one month; SASP whole month: w = 12 -> APR 300%"]),
        Spec("en-f04-uk-short-term", "en", "en_uk", D(250), "bullet", 1, "single", term_days=30, rate_value=D("0.75"), rate_per="day",
             currency="GBP", jurisdiction="GB", lender="Thames Quickloan Ltd", lender_type="licensed_non_bank", apr_method="eu-aprc",
             contract_date=d(2025, 4, 14), start_date=d(2025, 4, 14), opts={"default_fee": 15}, pdf=True, kind="loan_disclosure",
             notes=["250 x 0.75% x 30 = 56.25; APRC = (306.25/250)^(365/30) - 1; hand check: ln 1.225 = 0.20294, x 12.1667 = 2.4691, e^2.4691 = 12.812 -> 1081.2%", "0.75%/day <= 0.8%, 56.25 <= 250, default fee 15 -> within CONC 5A"]),
        Spec("en-f05-uk-short-term-over-cap", "en", "en_uk", D(200), "bullet", 1, "single", term_days=45, rate_value=D("0.9"), rate_per="day",
             currency="GBP", jurisdiction="GB", lender="Mersey Cash Direct Ltd", lender_type="licensed_non_bank", apr_method="eu-aprc",
             contract_date=d(2025, 9, 2), start_date=d(2025, 9, 2), opts={"default_fee": 15}, kind="loan_disclosure",
             notes=["200 x 0.9% x 45 = 81; 0.9%/day > 0.8% cap -> violation"]),
        Spec("en-f06-pay-in-4", "en", "en_bnpl", D(180), "equal_installment", 3, "biweek", term_days=42, rate_value=D(0), currency="USD",
             jurisdiction="US-CA", lender="Splitly Financial Inc.", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2025, 5, 10), start_date=d(2025, 5, 10), verdict=False, verdict_reason="0% APR and no fee",
             disclose_apr=False, notes=["order 240: 60 at checkout, 180 financed in 3 x 60 every two weeks: APR 0"]),
        Spec("en-f07-credit-union-checkbox", "en", "en_checkbox", D(8000), "equal_installment", 48, term_months=48, rate_value=D("7.49"),
             currency="USD", jurisdiction="US-NY", lender="Finger Lakes Teachers Federal Credit Union", lender_type="credit_union",
             apr_method="us-regz", contract_date=d(2025, 2, 3), start_date=d(2025, 2, 3), pdf=True),
        Spec("en-f08-app-glued-figures", "en", "en_glued", D(30000), "equal_installment", 36, term_months=36, rate_value=D("17.99"),
             fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(900))], currency="USD", jurisdiction="US-IL",
             lender="Lakeshore Lending Co.", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2025, 7, 14), start_date=d(2025, 7, 14), opts={"law": "Loans made under the Illinois Consumer Installment Loan Act."},
             pdf=True, notes=["payment = 30000 x 1.49917% / (1 - 1.0149917^-36) = 1084.42 (figures glued: '$1,084.42 Monthly Payment')",
                              "amount financed 29100; APR = 12 x IRR of 29100 = 1084.42 a(36, i)"]),
        Spec("en-f09-illinois-over-36-kv", "en", "en_kv", D(1500), "equal_installment", 12, term_months=12, rate_value=D("39.9"),
             fees=[Fee("origination fee", ["origination"], "upfront_deducted", amount=D(75))], currency="USD", jurisdiction="US-IL",
             lender="Prairie Fast Funds LLC", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2024, 5, 6), start_date=d(2024, 5, 6), notes=["39.9% plus a fee: APR > 36% -> Illinois PLPA violation"]),
        Spec("en-f10-biweekly-sections", "en", "en_sections", D(1200), "equal_installment", 26, "biweek", term_months=12, rate_value=D(32),
             currency="USD", jurisdiction="US-IL", lender="Midway Installment Loans Inc.", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2025, 1, 6), start_date=d(2025, 1, 6), opts={"law": "the laws of the State of Illinois"},
             notes=["biweekly rate 32/26 %; unit-period two weeks, w = 26; APR = 32%"]),
        Spec("en-f11-ny-personal-paragraph", "en", "en_paragraph", D(10000), "equal_installment", 24, term_months=24, rate_value=D("11.5"),
             currency="USD", jurisdiction="US-NY", lender="Empire Community Bank", lender_type="bank", apr_method="us-regz",
             contract_date=d(2025, 4, 22), start_date=d(2025, 4, 22)),
        Spec("en-f12-doc-fee-schedule", "en", "en_schedule", D(3000), "equal_installment", 12, term_months=12, rate_value=D(18),
             fees=[Fee("documentation fee", ["application", "handling", "other", "origination"], "at_disbursement", amount=D(100))],
             currency="USD", jurisdiction="US-IL", lender="Rock River Finance LLC", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2025, 8, 4), start_date=d(2025, 8, 4), opts={"law": "Governed by the laws of the State of Illinois."}),
        Spec("en-f13-promissory-note-ca", "en", "en_note", D(15000), "bullet", 1, "single", term_months=12, rate_value=D(8), currency="USD",
             jurisdiction="US-CA", lender="Margaret A. Chen", lender_type="individual", apr_method="us-regz", disclose_apr=False,
             contract_date=d(2025, 1, 31), start_date=d(2025, 1, 31), opts={"words": "FIFTEEN THOUSAND AND 00/100 DOLLARS"},
             notes=["single payment 16200 after 12 months: SASP unit-period = the term (1 year) -> 8.00%"]),
        Spec("en-f14-eu-germany", "en", "en_eu", D(5000), "equal_installment", 24, term_months=24, rate_value=D("6.9"),
             fees=[Fee("arrangement fee", ["handling", "application", "origination"], "upfront_deducted", amount=D(100))], currency="EUR",
             jurisdiction="DE", lender="Rheinland Verbraucherbank AG", lender_type="bank", apr_method="eu-aprc",
             contract_date=d(2025, 6, 12), start_date=d(2025, 6, 12), kind="loan_disclosure", notes=["APRC on 4900 net, t = k/12 years"]),
        Spec("en-f15-apr-misdisclosed-tila-box", "en", "en_tila_box", D(6000), "equal_installment", 36, term_months=36, rate_value=D(12),
             fees=[Fee("processing fee", ["handling", "origination", "application"], "upfront_deducted", amount=D(300))], currency="USD",
             jurisdiction="US-NY", lender="Atlantic Consumer Credit Corp.", lender_type="licensed_non_bank", apr_method="us-regz",
             disclosed_apr_override=D(12), contract_date=d(2025, 10, 1), start_date=d(2025, 10, 1),
             notes=["APR disclosed as 12.00% (the note rate); true Reg Z APR on 5700 financed ~15.5% -> outside 1/8 pp"]),
        Spec("en-f16-lease", "en", "en_lease", None, kind="other", apr_method=None, currency="USD"),
        Spec("en-f17-sales", "en", "en_sales", None, kind="other", apr_method=None, currency="USD"),
        Spec("en-f18-blank-template", "en", "en_blank", None, apr_method=None, currency="USD",
             fees=[Fee("origination fee", ["origination"], "upfront_deducted")]),
        Spec("en-f19-uk-personal-loan", "en", "en_eu", D(7500), "equal_installment", 36, term_months=36, rate_value=D("8.9"), currency="GBP",
             jurisdiction="GB", lender="Pennine Personal Finance plc", lender_type="bank", apr_method="eu-aprc",
             contract_date=d(2025, 3, 17), start_date=d(2025, 3, 17), kind="loan_disclosure",
             opts={"title": "PRE-CONTRACT CREDIT INFORMATION", "law": "Law applicable: the law of England and Wales."}),
        Spec("en-f20-payday-illinois", "en", "en_payday", D(300), "bullet", 1, "single", term_days=21,
             fees=[Fee("finance charge", ["service", "other", "handling"], "at_maturity", amount=D(45))], currency="USD", jurisdiction="US-IL",
             lender="Windy City Payday Inc.", lender_type="licensed_non_bank", apr_method="us-regz", contract_date=d(2024, 9, 9),
             start_date=d(2024, 9, 9), opts={"no_fee_compare": True, "law": "the Illinois Payday Loan Reform Act", "title": "PAYDAY LOAN AGREEMENT"},
             notes=["45/300 x 365/21 = 260.71% > 36% (PLPA) -> violation"]),
        Spec("en-f21-auto-glued", "en", "en_glued", D(22000), "equal_installment", 60, term_months=60, rate_value=D("6.49"),
             fees=[Fee("doc fee", ["application", "handling", "other", "origination"], "at_disbursement", amount=D(150))], currency="USD",
             jurisdiction="US-NY", lender="Seneca Auto Credit Union", lender_type="credit_union", apr_method="us-regz",
             contract_date=d(2025, 9, 29), start_date=d(2025, 9, 29), opts={"title": "Auto Loan Summary", "law": "Governed by New York law."}),
        Spec("en-f22-weekly-kv", "en", "en_kv", D(600), "equal_installment", 16, "week", term_days=112, rate_value=D(52), currency="USD",
             jurisdiction="US-IL", lender="Cicero Weekly Loans LLC", lender_type="licensed_non_bank", apr_method="us-regz",
             contract_date=d(2023, 11, 13), start_date=d(2023, 11, 13), notes=["weekly rate 1%, w = 52: APR 52% > 36% -> violation"]),
        Spec("en-f23-uk-default-fee-over-cap", "en", "en_uk", D(300), "bullet", 1, "single", term_days=28, rate_value=D("0.7"), rate_per="day",
             currency="GBP", jurisdiction="GB", lender="Solent Payday Ltd", lender_type="licensed_non_bank", apr_method="eu-aprc",
             contract_date=d(2025, 11, 4), start_date=d(2025, 11, 4), opts={"default_fee": 25}, kind="loan_disclosure",
             notes=["300 x 0.7% x 28 = 58.80 (0.7%/day <= 0.8%), but a GBP 25 default fee > GBP 15 -> violation"]),
        Spec("en-f24-tila-disclosure-statement", "en", "en_tila_box", D(2000), "equal_installment", 24, term_months=24, rate_value=D("14.99"),
             currency="USD", jurisdiction="US-NY", lender="Catskill Savings Bank", lender_type="bank", apr_method="us-regz", kind="loan_disclosure",
             contract_date=d(2025, 5, 5), start_date=d(2025, 5, 5), opts={"title": "TRUTH IN LENDING DISCLOSURE STATEMENT"},
             notes=["no fee: APR = note rate 14.99% (< 16% New York civil cap)"]),
        Spec("en-f25-installment-note-ca", "en", "en_note", D(12000), "equal_installment", 24, term_months=24, rate_value=D(6), currency="USD",
             jurisdiction="US-CA", lender="Robert J. Alvarez", lender_type="individual", apr_method="us-regz", disclose_apr=False,
             contract_date=d(2025, 8, 20), start_date=d(2025, 8, 20), opts={"words": "TWELVE THOUSAND DOLLARS", "place": "Fresno, California"},
             notes=["6% < California's 10% for a non-exempt lender; APR = 6.00%"]),
    ]
    return z + e


# ---------------------------------------------------------------------------------------------
# Expected values
# ---------------------------------------------------------------------------------------------

TIMING_ALIASES = {"at_disbursement": ["at_disbursement", "upfront_paid"]}


def expected(s: Spec, files: list[str]) -> dict:
    verdict, reason = legal_verdict(s)
    e: dict = {"name": s.name, "language": s.lang, "files": files, "document_kind": s.kind, "terms": {}}
    t = e["terms"]
    if s.kind == "other":
        t["principal"] = None
        e["apr"] = None
    elif s.principal is None:  # blank template
        t["principal"] = None
        t["disbursed"] = None
        t["fees"] = [{"name": f.name, "kinds": f.kinds, "timing": [f.timing], "amount_blank": True} for f in s.fees]
        e["apr"] = None
    else:
        t["principal"] = plain(s.principal)
        t["currency"] = s.currency
        t["disbursed"] = plain(s.received)
        if s.freq == "single" and s.term_months and s.start_date:
            days = (s.rows[-1]["date"] - s.start_date).days
            t["term"] = [{"months": s.term_months}, {"days": days}]
        elif s.freq in ("week", "biweek") and s.start_date:
            # a term stated only as a count of weekly payments is as well read in days
            days = (s.rows[-1]["date"] - s.start_date).days
            t["term"] = ([{"months": s.term_months}] if s.term_months else []) + [{"days": days}]
        elif s.freq == "single" and s.term_days and s.start_date:
            # Lead's ruling (session 25): a single payment due on the same day of a later month
            # (3 Nov -> 3 Dec, 30 days) runs for that many months as truly as for its days.
            end = s.start_date + dt.timedelta(days=s.term_days)
            months = (end.year - s.start_date.year) * 12 + end.month - s.start_date.month
            same_day = end.day == s.start_date.day and months >= 1
            t["term"] = [{"days": s.term_days}] + ([{"months": months}] if same_day else [])
        else:
            t["term"] = [{"months": s.term_months}] if s.term_months else [{"days": s.term_days}]
        t["repayment"] = [s.method] + (s.method_accept or [])
        t["installments"] = s.n
        if s.rate_value is not None and s.rate_value != 0:
            t["rate"] = {"value": plain(s.rate_value), "per": s.rate_per, "annual_percent": plain(annual_rate(s))}
        if not s.opts.get("no_fee_compare"):
            fees = []
            for f in s.fees:
                x: dict = {"name": f.name, "kinds": f.kinds, "timing": TIMING_ALIASES.get(f.timing, [f.timing])}
                if f.amount is not None:
                    x["amount"] = plain(f.amount)
                if f.percent is not None:
                    x["percent"] = plain(f.percent)
                    x["amount"] = plain(f.per_payment(s.principal))
                # A lead's ruling on how a fee is listed, where the text's figure is not the
                # period's (opts["fee_expect"]: name -> the fields expected instead).
                x.update(s.opts.get("fee_expect", {}).get(f.name, {}))
                fees.append(x)
            t["fees"] = fees
        if s.interest_deducted:
            t["interest_deducted"] = plain(s.interest_deducted)
        if s.apr_method:
            field_ = "effective_percent" if s.apr_method == "eu-aprc" else "nominal_percent"
            e["apr"] = {"method": s.apr_method, "field": field_, "percent": str(abs(s.cost.quantize(D("0.0001"), ROUND_HALF_UP))),
                        "tolerance_pp": TOLERANCE_PP}
            # A lead's ruling: a figure the law's other time basis gives is right as well
            # (opts["apr_also"], each worked out in the batch's script).
            if s.opts.get("apr_also"):
                e["apr"]["percent_also"] = [str(x.quantize(D("0.0001"), ROUND_HALF_UP)) for x in s.opts["apr_also"]]
    if s.contract_date:
        t["contract_date"] = s.contract_date.isoformat()
    e["violation"] = verdict
    e["violation_reason"] = reason
    e["notes"] = s.notes + computed_notes(s)
    return e


def computed_notes(s: Spec) -> list[str]:
    """The derivation behind the expected cost, spelled out (the hand checks are in `notes`)."""
    if not s.rows or s.cost is None:
        return []
    first, last = s.rows[0], s.rows[-1]
    total = sum((r["total"] for r in s.rows), D(0))
    flows = f"computed: received {plain(s.net_received)} net at payout; {len(s.rows)} payment(s), first {plain(first['total'])}, last {plain(last['total'])}, total {plain(total)}"
    if s.apr_method == "cn-irr" and len(s.rows) == 1:
        span = f"{s.term_days}/{s.day_basis} yr" if s.term_days else f"{s.term_months}/12 yr"
        how = f"cn-irr single payment: ({plain(total)}/{plain(s.net_received)} - 1) / ({span}) = {r2(s.cost)}%"
    elif s.apr_method == "us-regz" and len(s.rows) == 1 and ((s.term_months or 0) > 12 or (s.term_days or 0) > 365):
        how = f"us-regz single payment over a year: unit-period one year, (1 + f i)(1 + i)^n = {plain(total)}/{plain(s.net_received)} -> {r2(s.cost)}%"
    elif s.apr_method == "us-regz" and len(s.rows) == 1:
        w = f"12/{s.term_months}" if s.term_months else f"365/{s.term_days}"
        how = f"us-regz SASP: ({plain(total)}/{plain(s.net_received)} - 1) x {w} = {r2(s.cost)}%"
    elif s.apr_method == "eu-aprc":
        how = f"eu-aprc: (1+X)^-t discounting, t in years -> X = {r2(s.cost)}%"
    else:
        how = f"{s.apr_method}: periodic IRR x {PPY[s.freq]} = {r2(s.cost)}%"
    return [flows, how]


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
EN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def write_pdf(text: str, path: Path, zh: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "FZH" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FZH", ZH_FONT, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("FEN", EN_FONT))
        pdfmetrics.registerFont(TTFont("FMONO", MONO_FONT))
    # English text with full-width figures (ＧＢＰ３００) needs the CJK font: DejaVu has no
    # full-width forms, and a PDF that draws blanks for them is no document anyone would get.
    full_width = any("\uff01" <= ch <= "\uff5e" for ch in text)
    font = "FZH" if zh or full_width else "FEN"
    size = 10.5
    width, height = A4
    margin = 56
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = height - margin

    def wrap(line: str, f: str) -> list[str]:
        out, cur = [], ""
        for ch in line:
            if pdfmetrics.stringWidth(cur + ch, f, size) > width - 2 * margin and cur:
                # break English at the last space
                if not zh and " " in cur:
                    head, _, tail = cur.rpartition(" ")
                    out.append(head)
                    cur = tail + ch
                    continue
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
        return out

    for line in text.split("\n"):
        mono = "  " in line.strip() and not zh  # keep column layouts aligned
        f = "FMONO" if mono else font
        for part in wrap(line, f) if line else [""]:
            if y < margin:
                c.showPage()
                y = height - margin
            c.setFont(f, size)
            c.drawString(margin, y, part)
            y -= size * 1.6
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def render(s: Spec) -> str:
    return globals()[s.template](s).rstrip("\n") + "\n"


def build() -> dict[Path, bytes | str]:
    """Every output file with its content (text) or None for PDFs (written separately)."""
    out: dict[Path, str] = {}
    for s in specs():
        compute(s)
        text = render(s)
        base = OUT / s.lang / s.name
        files = [f"{s.name}.txt"] + ([f"{s.name}.pdf"] if s.pdf else [])
        out[base.with_suffix(".txt")] = text
        out[base.parent / f"{s.name}.expected.json"] = json.dumps(expected(s, files), ensure_ascii=False, indent=2) + "\n"
    return out


def selftest() -> None:
    """The solvers against published figures (apr-methods.md): fail loudly if the arithmetic drifts."""
    pboc = periodic_irr(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example: ~12.80% simple
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    a1 = eu_aprc(D(1000), [(D(546) / 365, D(1200))]) * 100  # Directive 98/7/EC Annex III A1: 12.96%
    assert abs(a1 - D("12.962038")) < D("0.0001"), a1
    a3 = eu_aprc(D(1000), [(D(1), D(600)), (D(2), D(600))]) * 100  # A3: 13.07%
    assert abs(a3 - D("13.066239")) < D("0.0001"), a3
    mw = periodic_irr(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48,130,5000) x 12: 11.3175%
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    flat = periodic_irr(D(10000), [D(10000) / 12 + D(60)] * 12) * 12 * 100  # 12 months at 0.6%/month flat: 13.0342%
    assert abs(flat - D("13.0342")) < D("0.001"), flat
    assert daxie(D("10005")) == "壹万零伍元整" and cn_date(dt.date(2019, 5, 10)) == "二〇一九年五月十日"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="diff against the committed files instead of writing")
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    selftest()
    files = build()
    files.update(metamorphic_files())
    bad = 0
    for path, content in sorted(files.items()):
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != content:
                print(f"differs: {path.relative_to(ROOT)}")
                bad += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    if not args.check and not args.no_pdf:
        for s in specs():
            if s.pdf:
                write_pdf(files[(OUT / s.lang / s.name).with_suffix(".txt")], OUT / s.lang / f"{s.name}.pdf", s.lang == "zh")
    print(f"{len(files)} files {'checked' if args.check else 'written'}" + (f", {bad} differ" if bad else ""))
    return 1 if bad else 0


# ---------------------------------------------------------------------------------------------
# Metamorphic variants: the same contract, restyled. Terms and cost must not change.
# ---------------------------------------------------------------------------------------------

import re  # noqa: E402

METAMORPHIC_BASES = [
    "zh-f01-bill-installment-kv", "zh-f02-interest-only-articles", "zh-f04-equal-installment-monthly-rate-space",
    "zh-f12-car-loan-checkbox", "zh-f10-membership-qa", "zh-f14-fee-at-maturity-kv",
    "zh-f15-bullet-30-fee-800-paragraph", "zh-f22-brokerage-deducted-paragraph",
    "en-f01-origination-tila-box", "en-f09-illinois-over-36-kv", "en-f11-ny-personal-paragraph", "en-f07-credit-union-checkbox",
]

ZH_SYNONYMS = [("借款人", "借款方"), ("贷款人", "出借方"), ("借款金额", "贷款金额"), ("借款期限", "贷款期限"), ("还款方式", "偿还方式"),
               ("借款本金", "贷款本金"), ("合同", "协议"), ("每期", "每一期"), ("(?<![间术台合息户期])服务费", "技术服务费"), ("甲方", "出借方"), ("乙方", "借款方")]
EN_SYNONYMS = [("Borrower", "Customer"), ("Lender", "Creditor"), ("installments", "instalments"), ("Loan amount", "Amount of loan"),
               ("Interest rate", "Rate of interest"), ("Agreement", "Contract"), ("loan", "credit facility"), ("Creditor", "Lender"), ("Principal", "Amount borrowed")]
ZH_BOILER_TOP = "重要提示：请您务必审慎阅读、充分理解本协议各条款内容。本平台不会以任何名义要求您向个人账户转账。客服热线：400-820-1234（工作日9:00-18:00）。"
ZH_BOILER_MID = "隐私说明：我们将按照《个人信息保护法》的要求保护您的个人信息，未经您单独同意不会向第三方提供。第2页 共3页"
EN_BOILER_TOP = "IMPORTANT: READ THIS AGREEMENT CAREFULLY BEFORE SIGNING. Questions? Call 1-800-555-0199, Monday to Friday, 8 a.m. to 6 p.m."
EN_BOILER_MID = "Privacy notice: we collect and share personal information only as described in our privacy policy, version 3.2. Page 2 of 3"


def variant_synonyms(text: str, zh: bool) -> str:
    for a, b in ZH_SYNONYMS if zh else EN_SYNONYMS:  # patterns: a plain word, or a lookbehind-guarded one
        text = re.sub(a, b, text)
    return text


def fact_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and not s.startswith("|") and not s.endswith(("：", ":")) and not re.match(r"^\d+\s+\d{4}-", s)


NUMBERED = re.compile(r"^(\s*(?:第[一二三四五六七八九十]+条\s*|\d+\.\s*|[一二三四五六七八九]、|（[一二三四五六七八九\d]）))(.*)$")


def variant_reorder(text: str, zh: bool) -> str:
    """Reverse the order of the clauses: numbered clauses keep their numbers and swap their contents,
    and the key/value lines between the title and the signature are reversed among themselves."""
    lines = text.rstrip("\n").split("\n")
    if len(lines) == 1:  # one paragraph: move its closing phrases to the front
        body = lines[0].rstrip("。.")
        if zh:
            head, colon, rest = body.partition("：")
            parts = rest.split("，")
            return f"{head}{colon}" + "，".join(parts[-2:][::-1] + parts[:-2]) + "。\n"
        parts = body.split("; ")
        return "; ".join(parts[:1] + parts[1:][::-1]) + ".\n"
    numbered = [i for i, l in enumerate(lines) if NUMBERED.match(l) and fact_line(l)]
    if len(numbered) >= 3:
        parts = [NUMBERED.match(lines[i]).groups() for i in numbered]
        for i, (label, _), (_, content) in zip(numbered, parts, parts[::-1]):
            lines[i] = label + content
    sign = ("签", "日期", "Date", "Signed", "Dated", "Accepted")
    kv = [i for i, l in enumerate(lines[2:-1], 2) if i not in numbered and fact_line(l)
          and (("：" in l) if zh else (": " in l)) and not any(w in l for w in sign)]
    for i, l in zip(kv, [lines[i] for i in kv][::-1]):
        lines[i] = l
    return "\n".join(lines) + "\n"


def variant_numerals(text: str, zh: bool) -> str:
    """12,000.00 -> 12000 (whole amounts), and 大写 figures dropped where a figure stands beside them."""
    text = re.sub(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)\.00(?!\d)", lambda m_: m_.group(1).replace(",", ""), text)
    if zh:
        text = re.sub(r"（大写：[^）]+）", "", text)
        text = re.sub(r"人民币([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)（¥([\d,.]+)）", r"人民币\2元", text)
    return text


def variant_fullwidth(text: str, zh: bool) -> str:
    return fullwidth(text) if zh else text.replace("$", "US$")


def variant_linebreaks(text: str, zh: bool) -> str:
    """Break long lines after commas (or after the label of a key/value line), as a narrow PDF column would."""
    out = []
    seps = ("，", "；") if zh else (", ", "; ")
    colon = "：" if zh else ": "
    for line in text.split("\n"):
        if len(line) <= 24 or line.lstrip().startswith("|"):
            out.append(line)
            continue
        pieces, cur = [], ""
        for ch in line:
            cur += ch
            if any(cur.endswith(s) for s in seps) and len(cur) > 10:
                pieces.append(cur.rstrip())
                cur = ""
        pieces.append(cur)
        pieces = [p for p in pieces if p]
        if len(pieces) == 1 and colon in line:
            k = line.index(colon) + len(colon)
            pieces = [line[:k].rstrip(), line[k:]]
        out += pieces
    return "\n".join(out)


def variant_boilerplate(text: str, zh: bool) -> str:
    lines = text.rstrip("\n").split("\n")
    mid = len(lines) // 2
    while mid < len(lines) and lines[mid].lstrip().startswith("|"):
        mid += 1
    top, midtext = (ZH_BOILER_TOP, ZH_BOILER_MID) if zh else (EN_BOILER_TOP, EN_BOILER_MID)
    return "\n".join(lines[:1] + [top, ""] + lines[1:mid] + ["", midtext, ""] + lines[mid:]) + "\n"


def variant_units(text: str, zh: bool) -> str:
    """Whole amounts of ten thousand or more in 万元 (20,000.00元 -> 2万元, or back when the text already uses
    万元); English: $5,000.00 -> USD 5,000.00."""
    if not zh:
        return re.sub(r"\$(\d[\d,]*\.\d\d)", r"USD \1", text)
    def to_wan(m_: re.Match) -> str:
        value = D(m_.group(1).replace(",", ""))
        return wan(value) if value >= 10000 and value % 100 == 0 else m_.group(0)
    original = text
    text = re.sub(r"¥(\d{1,3}(?:,\d{3})+)\.00(?!\d)", lambda m_: to_wan(m_) if D(m_.group(1).replace(",", "")) >= 10000 else m_.group(0), text)
    out = re.sub(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.00)?元", to_wan, text)
    if out == original:  # already in 万元: the other way round
        out = re.sub(r"(\d+(?:\.\d+)?)万元", lambda m_: money(D(m_.group(1)) * 10000) + "元", original)
    return out


VARIANTS = [("v1-synonyms", variant_synonyms), ("v2-reorder", variant_reorder), ("v3-numerals", variant_numerals),
            ("v4-width", variant_fullwidth), ("v5-linebreaks", variant_linebreaks), ("v6-boilerplate", variant_boilerplate), ("v7-units", variant_units)]


def metamorphic_files() -> dict[Path, str]:
    out: dict[Path, str] = {}
    by_name = {s.name: s for s in specs()}
    for name in METAMORPHIC_BASES:
        s = by_name[name]
        compute(s)
        base = render(s)
        folder = OUT / "metamorphic" / name
        out[folder / "v0-base.txt"] = base
        for label, fn in VARIANTS:
            text = fn(base, s.lang == "zh")
            if text == base:
                raise SystemExit(f"{name}/{label}: the variant does not change the text")
            out[folder / f"{label}.txt"] = text
    return out


if __name__ == "__main__":
    sys.exit(main())
