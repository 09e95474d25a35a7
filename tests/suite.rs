//! Every integration test in one binary. Each `tests/*.rs` file stays a module of its own
//! (run one with `cargo test --test suite NAME::`); one binary links the crate once instead of
//! once per file, which is most of the build time of `cargo test`.
#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

// Helpers shared by the test modules, declared once (`use crate::common;` in each module).
mod common;
#[path = "fresh/support.rs"]
mod fresh_support;
mod rules_support;

mod apr_cost;
mod apr_examples;
mod apr_props;
mod apr_robust;
mod apr_schedule;
mod apr_uk_months;
mod claim_scenarios;
mod cli;
mod cli_cases;
mod cmap_lexer;
mod content_lexer;
mod document_kind;
mod document_kind_classes;
mod document_kind_l;
mod document_kind_offers;
mod document_kind_records;
mod document_kind_substance;
mod document_kind_unseen;
mod document_kind_whose_loan;
mod extract_en;
mod extract_en_classes_f;
mod extract_en_classes_g;
mod extract_en_corpus;
mod extract_en_figures;
mod extract_en_held_out;
mod extract_en_layouts;
mod extract_en_prop;
mod extract_en_schedule_box;
mod extract_en_unseen;
mod extract_en_unseen_h;
mod extract_en_unseen_i;
mod extract_en_unseen_j;
mod extract_en_unseen_k;
mod extract_en_unseen_l;
mod extract_zh;
mod extract_zh_corpus;
mod extract_zh_fees;
mod extract_zh_fees_l;
mod extract_zh_fees_timing;
mod extract_zh_figures;
mod extract_zh_prop;
mod extract_zh_structure;
mod extract_zh_structure_l;
mod extract_zh_terms;
mod extract_zh_unseen;
mod extract_zh_unseen_f;
mod extract_zh_unseen_g;
mod extract_zh_unseen_h;
mod extract_zh_unseen_i;
mod extract_zh_unseen_j;
mod extract_zh_unseen_k;
mod fresh_corpus;
mod fuzz_regressions;
mod html_mhtml;
mod html_screenshots;
mod i18n_catalogue;
mod i18n_help;
mod i18n_zh_reports;
mod letter;
mod message;
mod message_classes;
mod message_corpus;
mod message_demand_vs_claim;
mod message_tiers;
#[path = "messages_c/main.rs"]
mod messages_c;
mod metamorphic;
mod overdue_samples;
mod parsers_props;
mod prefilter_exact;
mod read_corpus;
mod read_hostile;
mod read_pdf_parity;
mod reconcile;
mod reconcile_candidates;
mod reconcile_contradictions;
mod reconcile_defaults;
mod reconcile_fees;
mod restructured_loans;
mod rules_ca;
mod rules_cn;
mod rules_cn_2025;
mod rules_docs;
mod rules_index;
mod rules_lender;
mod rules_rulesets;
mod rules_uk_eu;
mod rules_us;
mod rules_us_states;
mod sample_goldens;
mod samples;
mod scale;
mod screenshots;
#[cfg(feature = "serve")]
mod serve;
