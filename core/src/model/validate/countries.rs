//! `countries.json`: the countries the letter names, each one drawable and used.

use std::collections::BTreeSet;

use super::check::{Check, Shape};
use crate::model::report::Report;

pub(super) fn check(c: &mut Check, report: &Report) {
    c.ids(
        "countries",
        report.countries.iter().map(|x| x.code.as_str()),
        Shape::CountryCode,
    );
    let named_by_results: BTreeSet<&str> = report
        .results
        .iter()
        .flat_map(|r| r.countries.iter().map(|p| p.code.as_str()))
        .collect();
    for (i, country) in report.countries.iter().enumerate() {
        c.text(&format!("countries[{i}].name"), &country.name);
        if let Some(note) = &country.note {
            c.text(&format!("countries[{i}].note"), note);
        }
        if !crate::map::can_draw(&country.code) {
            c.problem(
                format!("countries[{i}]"),
                format!(
                    "`{}` is not a country the map can draw (it is not in data/geo/world-110m.json)",
                    country.code
                ),
            );
        } else if crate::map::shape(&country.code).is_none() {
            c.problem(
                format!("countries[{i}]"),
                format!(
                    "`{}` has no shape in core/src/map/shapes.rs yet: run `make geometry`",
                    country.code
                ),
            );
        }
        if !named_by_results.contains(country.code.as_str())
            && country.code != report.info.reporting_country
        {
            c.problem(
                format!("countries[{i}]"),
                format!("`{}` is listed but no result names it", country.code),
            );
        }
    }
}
