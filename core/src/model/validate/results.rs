//! `results.json`: each result's section, text, facets, places, references and source.

use std::collections::BTreeMap;

use super::check::{Check, Shape, YEARS};
use super::Known;
use crate::model::report::Report;
use crate::model::rich::footnote_numbers;

pub(super) fn check(c: &mut Check, report: &Report, known: &Known) {
    c.ids(
        "results",
        report.results.iter().map(|r| r.id.as_str()),
        Shape::Kebab,
    );
    for (i, result) in report.results.iter().enumerate() {
        let path = format!("results[{i}]");
        if !known.sections.contains(result.section.as_str()) {
            c.problem(
                format!("{path}.section"),
                format!("unknown section `{}`", result.section),
            );
        }
        c.text(&format!("{path}.title"), &result.title);
        c.marked_text(
            &format!("{path}.text"),
            &result.text,
            &known.footnote_numbers_known,
        );
        c.once_each(&format!("{path}.text"), &footnote_numbers(&result.text.nl));
        if result.ministries.is_empty() {
            c.problem(
                format!("{path}.ministries"),
                "name at least one responsible ministry",
            );
        }
        c.refs(
            &format!("{path}.ministries"),
            &result.ministries,
            &known.ministries,
            "ministry",
        );
        if result.goals.is_empty() {
            c.problem(format!("{path}.goals"), "name at least one NAP goal");
        }
        c.refs(
            &format!("{path}.goals"),
            &result.goals,
            &known.goals,
            "goal",
        );
        for (j, year) in result.years.iter().enumerate() {
            if !YEARS.contains(year) {
                c.problem(
                    format!("{path}.years[{j}]"),
                    format!("{year} is not a plausible year"),
                );
            }
            if j > 0 && result.years[j - 1] >= *year {
                c.problem(
                    format!("{path}.years[{j}]"),
                    "list years once each, in increasing order",
                );
            }
        }
        let codes: Vec<String> = result.countries.iter().map(|p| p.code.clone()).collect();
        let mut seen = BTreeMap::new();
        for (j, code) in codes.iter().enumerate() {
            if !known.countries.contains(code.as_str()) {
                c.problem(
                    format!("{path}.countries[{j}].code"),
                    format!("unknown country `{code}` (add it to countries.json)"),
                );
            }
            if let Some(first) = seen.insert(code, j) {
                c.problem(
                    format!("{path}.countries[{j}].code"),
                    format!("`{code}` is listed twice (also at countries[{first}])"),
                );
            }
        }
        c.refs(
            &format!("{path}.regions"),
            &result.regions,
            &known.regions,
            "region",
        );
        c.refs(
            &format!("{path}.organisations"),
            &result.organisations,
            &known.organisations,
            "organisation",
        );
        for (j, reference) in result.references.iter().enumerate() {
            c.reference(&format!("{path}.references[{j}]"), reference);
        }
        if let Some(note) = &result.note {
            c.text(&format!("{path}.note"), note);
        }
        c.source(&format!("{path}.source"), &result.source);
    }
}
