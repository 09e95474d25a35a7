//! Throughput of the Chinese extractor in MB/s of contract text.
//!
//! Uses the real contracts of the shared corpus when present (HTML copies, tags stripped),
//! else a synthetic contract built from realistic clauses.

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use loanlint::read::{Document, SourceKind};

const CLAUSES: &str = "借款合同\n贷款人:某某小额贷款有限公司\n借款人:张三 身份证号:110101199001011234\n\
第一条 借款金额:人民币壹万贰仟伍佰元整(¥12,500.00)。\n借款期限:自2025年1月15日起至2026年1月14日止,共12期。\n\
借款年利率为12%,日利率=年利率/360。年化综合成本为23.99%。\n还款方式:等额本息,还款日为每月15日。\n\
平台服务费为借款本金的2%,于放款时一次性扣除。担保费按剩余本金的0.5%每月收取。\n\
乙方逾期还款的,应按逾期金额每日万分之五支付罚息,并按逾期金额的5%支付违约金;催收服务费为逾期本金的5%。\n\
逾期罚息在约定利率基础上上浮50%。借款人违约的,贷款人有权宣布全部借款立即到期,并对未付利息计收复利。\n\
借款人授权贷款人读取通讯录,并可联系紧急联系人催收。本合同适用中华人民共和国法律,由贷款人所在地人民法院管辖。\n\
签订日期:2025年1月10日\n\u{c}";

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\n');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn corpus_text() -> Option<String> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = [
        manifest.join("../shared/corpus/real"),
        PathBuf::from("/work/shared/corpus/real"),
    ]
    .into_iter()
    .find(|p| p.is_dir())?;
    let mut text = String::new();
    for e in std::fs::read_dir(dir).ok()?.filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with("zh_") && name.ends_with(".html") {
            text.push_str(&strip_tags(&std::fs::read_to_string(e.path()).ok()?));
            text.push('\u{c}');
        }
    }
    (!text.is_empty()).then_some(text)
}

fn bench(c: &mut Criterion) {
    let (label, text) = match corpus_text() {
        Some(t) => ("zh_corpus_html", t),
        None => ("zh_synthetic", CLAUSES.repeat(200)),
    };
    let doc = Document::from_text(Path::new("bench.txt"), SourceKind::Text, &text);
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(doc.text.len() as u64));
    g.sample_size(20);
    g.bench_function(label, |b| b.iter(|| loanlint::extract::zh::extract(&doc)));
    let synthetic = Document::from_text(Path::new("s.txt"), SourceKind::Text, &CLAUSES.repeat(200));
    g.throughput(Throughput::Bytes(synthetic.text.len() as u64));
    g.bench_function("zh_synthetic_dense", |b| {
        b.iter(|| loanlint::extract::zh::extract(&synthetic))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
