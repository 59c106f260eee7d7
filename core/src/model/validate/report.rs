//! `report.json`: what the letter is, its introduction and sections.

use super::check::{Check, Shape, YEARS};
use super::Known;
use crate::model::report::Report;
use crate::model::rich::footnote_numbers;

pub(super) fn check(c: &mut Check, report: &Report, known: &Known) {
    let info = &report.info;
    c.text("title", &info.title);
    c.text("subtitle", &info.subtitle);
    c.text("source_note", &info.source_note);
    c.text("signatory.office", &info.signatory.office);
    if info.signatory.name.trim().is_empty() {
        c.problem("signatory.name", "the signatory's name is empty");
    }
    c.kamerstuk("reference", &info.reference);
    let period = info.reporting_period;
    if !YEARS.contains(&period.from) || !YEARS.contains(&period.to) || period.from > period.to {
        c.problem(
            "reporting_period",
            format!("{}–{} is not a plausible period", period.from, period.to),
        );
    }
    c.refs(
        "co_reporting_ministries",
        &info.co_reporting_ministries,
        &known.ministries,
        "ministry",
    );
    if !known.countries.contains(info.reporting_country.as_str()) {
        c.problem(
            "reporting_country",
            format!(
                "unknown country `{}` (add it to countries.json)",
                info.reporting_country
            ),
        );
    }
    if info.introduction.is_empty() {
        c.problem("introduction", "the introduction has no paragraphs");
    }
    for (i, paragraph) in info.introduction.iter().enumerate() {
        c.marked_text(
            &format!("introduction[{i}]"),
            paragraph,
            &known.footnote_numbers_known,
        );
    }
    // The introduction is one place where a footnote opens: each footnote once in it.
    let intro_markers: Vec<u16> = info
        .introduction
        .iter()
        .flat_map(|p| footnote_numbers(&p.nl))
        .collect();
    c.once_each("introduction", &intro_markers);
    for (i, note) in info.editorial_notes.iter().enumerate() {
        c.text(&format!("editorial_notes[{i}]"), note);
    }
    if info.sections.is_empty() {
        c.problem("sections", "the report has no sections");
    }
    c.ids(
        "sections",
        info.sections.iter().map(|s| s.id.as_str()),
        Shape::Kebab,
    );
    for (i, section) in info.sections.iter().enumerate() {
        c.text(&format!("sections[{i}].heading"), &section.heading);
    }
}
