//! Solves per second for a 12-payment and a 360-payment level-payment loan, per method,
//! with times in unit-periods and with calendar dates: the fast solver (`f64` search,
//! `Decimal` polish) and, beside it, the reference all-`Decimal` solver it replaced. Dated
//! EU flows run twice: on the default basis (monthly payments in twelfths of a year) and on
//! the calendar basis (actual days).
//!
//! Time is this thread's CPU time (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`, to the
//! nanosecond), so a machine shared with other work does not inflate the figures. (The
//! scheduler's statistics in `/proc/thread-self/schedstat` are only brought up to date at a
//! tick or a context switch: a short sample could read as zero time, and criterion then
//! refused the whole case.) Wall time where the clock is missing.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use loanlint::compute::apr::{
    EuTimeBasis, Method, QuickForm, UnitPeriod, compute, compute_reference,
};
use rust_decimal::Decimal;

fn quick(count: u32, dated: bool) -> QuickForm {
    // 100,000 at 1 % a month less a 1 % fee, the instalment rounded up to the cent.
    let payment = if count == 12 {
        Decimal::new(888_488, 2)
    } else {
        Decimal::new(102_862, 2)
    };
    QuickForm {
        amount: Decimal::new(100_000, 0),
        deducted: Decimal::new(1_000, 0),
        payment,
        count,
        every: UnitPeriod::Months(1),
        first: None,
        start: dated
            .then(|| chrono::NaiveDate::from_ymd_opt(2025, 1, 15))
            .flatten(),
    }
}

/// This thread's CPU time in nanoseconds, if the system reports it.
fn thread_cpu_ns() -> Option<u64> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    let secs = u64::try_from(t.tv_sec).ok()?;
    let nanos = u64::try_from(t.tv_nsec).ok()?;
    (secs > 0 || nanos > 0).then(|| secs * 1_000_000_000 + nanos)
}

/// Time `iters` runs of `f` in CPU time where available.
fn timed(iters: u64, mut f: impl FnMut()) -> Duration {
    let wall = Instant::now();
    let cpu = thread_cpu_ns();
    for _ in 0..iters {
        f();
    }
    match (cpu, thread_cpu_ns()) {
        (Some(a), Some(b)) => Duration::from_nanos(b.saturating_sub(a)),
        _ => wall.elapsed(),
    }
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("apr");
    group.throughput(Throughput::Elements(1));
    group.measurement_time(Duration::from_secs(1));
    group.warm_up_time(Duration::from_millis(300));
    group.sample_size(10);
    for count in [12, 360] {
        for dated in [false, true] {
            let Ok(flows) = quick(count, dated).flows() else {
                continue;
            };
            // Dated EU flows also on the calendar basis (actual days, whole years then
            // days / 365 or 366): off the twelfths' lattice the default monthly basis uses.
            let mut cases = vec![
                (Method::UsRegz, flows.clone(), ""),
                (Method::EuAprc, flows.clone(), ""),
                (Method::CnIrr, flows.clone(), ""),
            ];
            if dated {
                let mut calendar = flows.clone();
                calendar.eu_time_basis = Some(EuTimeBasis::Calendar);
                cases.push((Method::EuAprc, calendar, "-calendar"));
            }
            for (method, flows, basis) in cases {
                let name = format!(
                    "{method}{basis}/{count}/{}",
                    if dated { "dated" } else { "periods" }
                );
                group.bench_function(format!("fast/{name}"), |b| {
                    b.iter_custom(|iters| {
                        timed(iters, || {
                            let _ = black_box(compute(black_box(&flows), method));
                        })
                    })
                });
                group.bench_function(format!("reference/{name}"), |b| {
                    b.iter_custom(|iters| {
                        timed(iters, || {
                            let _ = black_box(compute_reference(black_box(&flows), method));
                        })
                    })
                });
            }
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
