//! Solves per second for a 12-payment and a 360-payment level-payment loan, per method,
//! with times in unit-periods and with calendar dates: the fast solver (`f64` search,
//! `Decimal` polish) and, beside it, the reference all-`Decimal` solver it replaced.
//!
//! Time is this thread's CPU time (`/proc/thread-self/schedstat`, nanoseconds) where the
//! kernel gives it, so a machine shared with other work does not inflate the figures; wall
//! time elsewhere.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use loanlint::compute::apr::{Method, QuickForm, UnitPeriod, compute, compute_reference};
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

/// This thread's CPU time in nanoseconds, if the kernel reports it.
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
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
            for method in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
                let name = format!(
                    "{method}/{count}/{}",
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
