//! Native tests of loading and validation: each problem is reported with file, JSON path and reason.
#![cfg(not(target_arch = "wasm32"))]

use nap1325_content::BUNDLED;
use nap1325_core::model::{load, LoadError, Problem};

/// Loads the shipped data with `data/report.json` replaced.
fn problems_for(report_json: &str) -> Vec<Problem> {
    let mut files = BUNDLED;
    files.report.text = Box::leak(report_json.to_owned().into_boxed_str());
    match load(&files) {
        Ok(_) => vec![],
        Err(LoadError { problems }) => problems,
    }
}

fn real_report_with(from: &str, to: &str) -> String {
    let changed = BUNDLED.report.text.replacen(from, to, 1);
    assert_ne!(
        changed, BUNDLED.report.text,
        "fixture edit `{from}` did not apply"
    );
    changed
}

#[test]
fn the_shipped_data_is_valid() {
    let report = load(&BUNDLED).expect("the shipped data files load");
    assert_eq!(
        report.info.reference.url(),
        "https://zoek.officielebekendmakingen.nl/kst-26150-223.html"
    );
    assert_eq!(report.info.date.iso(), "2025-02-20");
}

#[test]
fn a_syntax_error_names_the_file_and_the_line() {
    let problems = problems_for("{\n  \"title\": {\"nl\": \"x\",\n}");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].file, "data/report.json");
    assert!(problems[0].message.contains("line 3"), "{}", problems[0]);
}

#[test]
fn a_wrong_type_names_the_json_path() {
    let problems = problems_for(&real_report_with(
        "\"dossier\": \"26 150\"",
        "\"dossier\": 26150",
    ));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "reference.dossier");
    assert!(
        problems[0].message.contains("invalid type"),
        "{}",
        problems[0]
    );
}

#[test]
fn an_unknown_field_is_reported_not_ignored() {
    let problems = problems_for(&real_report_with(
        "\"subtitle\":",
        "\"subtitel\": {\"nl\": \"a\", \"en\": \"b\"},\n  \"subtitle\":",
    ));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].message.contains("unknown field `subtitel`"),
        "{}",
        problems[0]
    );
}

#[test]
fn an_impossible_date_is_reported() {
    let problems = problems_for(&real_report_with("\"2025-02-20\"", "\"2025-02-30\""));
    assert_eq!(problems[0].path, "date");
    assert!(problems[0].message.contains("no day 30"), "{}", problems[0]);
}

#[test]
fn every_empty_translation_is_reported_at_once() {
    let mut report: serde_json::Value = serde_json::from_str(BUNDLED.report.text).unwrap();
    report["title"]["en"] = "".into();
    report["introduction"][1]["nl"] = " ".into();
    let problems = problems_for(&report.to_string());
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["title.en", "introduction[1].nl"], "{problems:?}");
    assert!(problems
        .iter()
        .all(|p| p.message == "the translation is missing or empty"));
}

#[test]
fn a_malformed_kamerstuk_number_is_reported() {
    let problems = problems_for(&real_report_with(
        "\"number\": \"223\"",
        "\"number\": \"nr. 223\"",
    ));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "reference");
    assert!(
        problems[0].message.contains("not a Kamerstuk number"),
        "{}",
        problems[0]
    );
}
