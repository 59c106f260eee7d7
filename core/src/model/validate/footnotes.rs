//! `footnotes.json`: numbered in order, each with its references and source, each cited.

use super::check::Check;
use crate::model::report::Report;

pub(super) fn check(c: &mut Check, report: &Report) {
    for (i, footnote) in report.footnotes.iter().enumerate() {
        let path = format!("footnotes[{i}]");
        let expected = i + 1;
        if usize::from(footnote.number) != expected {
            c.problem(
                format!("{path}.number"),
                format!(
                    "footnote {} stands where footnote {expected} should: number them 1, 2, 3, ... in the letter's order",
                    footnote.number
                ),
            );
        }
        c.text(&format!("{path}.text"), &footnote.text);
        for (j, reference) in footnote.references.iter().enumerate() {
            c.reference(&format!("{path}.references[{j}]"), reference);
        }
        c.source(&format!("{path}.source"), &footnote.source);
        if report.citations(footnote.number).is_empty() {
            c.problem(
                path,
                format!(
                    "footnote {} is cited nowhere (no `[^{}]` in the introduction or a result)",
                    footnote.number, footnote.number
                ),
            );
        }
    }
}
