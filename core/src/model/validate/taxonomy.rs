//! `taxonomy.json`: ministries, goals, regions and organisations.

use super::check::{Check, Shape};
use super::Known;
use crate::model::report::Report;

pub(super) fn check(c: &mut Check, report: &Report, known: &Known) {
    let tax = &report.taxonomy;
    c.ids(
        "ministries",
        tax.ministries.iter().map(|m| m.id.as_str()),
        Shape::Abbreviation,
    );
    c.ids(
        "goals",
        tax.goals.iter().map(|g| g.id.as_str()),
        Shape::Kebab,
    );
    c.ids(
        "regions",
        tax.regions.iter().map(|r| r.id.as_str()),
        Shape::Kebab,
    );
    c.ids(
        "organisations",
        tax.organisations.iter().map(|o| o.id.as_str()),
        Shape::Kebab,
    );
    for (list, entries) in [
        ("ministries", &tax.ministries),
        ("goals", &tax.goals),
        ("organisations", &tax.organisations),
    ] {
        for (i, entry) in entries.iter().enumerate() {
            c.text(&format!("{list}[{i}].name"), &entry.name);
        }
    }
    for (i, region) in tax.regions.iter().enumerate() {
        c.text(&format!("regions[{i}].name"), &region.name);
        c.text(&format!("regions[{i}].note"), &region.note);
        c.refs(
            &format!("regions[{i}].includes"),
            &region.includes,
            &known.countries,
            "country",
        );
    }
}
