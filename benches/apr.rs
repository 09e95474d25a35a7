//! Solves per second for a 12-payment and a 360-payment level-payment loan, per method,
//! with times in unit-periods and with calendar dates.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use loanlint::compute::apr::{Method, QuickForm, UnitPeriod, compute};
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
        payment: payment * Decimal::TEN,
        count,
        every: UnitPeriod::Months(1),
        first: None,
        start: dated
            .then(|| chrono::NaiveDate::from_ymd_opt(2025, 1, 15))
            .flatten(),
    }
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("apr");
    group.throughput(Throughput::Elements(1));
    group.measurement_time(Duration::from_secs(4));
    group.warm_up_time(Duration::from_secs(1));
    group.sample_size(20);
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
                group.bench_function(name, |b| b.iter(|| compute(black_box(&flows), method)));
            }
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
