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
    for (i, ministry) in tax.ministries.iter().enumerate() {
        c.text(&format!("ministries[{i}].name"), &ministry.name);
        let Some(within) = &ministry.part_of else {
            continue;
        };
        let path = format!("ministries[{i}].part_of");
        match tax.ministries.iter().find(|m| m.id == *within) {
            None => c.problem(path, format!("unknown ministry `{within}`")),
            Some(m) if m.id == ministry.id || m.part_of.is_some() => c.problem(
                path,
                format!(
                    "`{within}` is not a ministry of its own: name the ministry `{}` sits within",
                    ministry.id
                ),
            ),
            Some(_) => {}
        }
    }
    for (list, entries) in [("goals", &tax.goals), ("organisations", &tax.organisations)] {
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
