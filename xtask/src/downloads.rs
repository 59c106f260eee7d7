//! The download data the widget fetches when a visitor asks for a download: per language, the CSV
//! header and each result's CSV line and record (the data model). Written by `xtask prerender`
//! as `export.nl.json` and `export.en.json`; build-only.

use nap1325_core::export::{csv_line, header, row};
use nap1325_core::i18n::Ui;
use nap1325_core::model::{Lang, Report};

/// The download data of one language, as `xtask prerender` writes it (`export.nl.json`): the CSV
/// header and each result's CSV line and record (the data model) by id, and what the records come
/// from.
pub fn export_json(report: &Report, lang: Lang) -> serde_json::Value {
    let rows: serde_json::Map<String, serde_json::Value> = report
        .results
        .iter()
        .map(|r| (r.id.clone(), csv_line(&row(report, r, lang)).into()))
        .collect();
    let records: serde_json::Map<String, serde_json::Value> = report
        .results
        .iter()
        .map(|r| (r.id.clone(), serde_json::to_value(r).unwrap_or_default()))
        .collect();
    serde_json::json!({
        "source": {
            "title": report.info.title.get(lang),
            "reference": report.info.reference.label(lang),
            "url": report.info.reference.url(),
            "date": report.info.date.iso(),
            "language": lang.code(),
            // The records' fields that are the editors' reading of the letter, not its words.
            "editors_classification": {
                "fields": ["ministries", "goals", "countries[].role"],
                "note": Ui::ClassificationNote.get(lang),
            },
        },
        "header": csv_line(&header(lang)),
        "rows": rows,
        "records": records,
    })
}
