//! The rules a parsed report must satisfy, one module per data file. Each problem names the file,
//! the JSON path and the reason; all are collected, none stops the others.

use std::collections::BTreeSet;

use super::error::Problems;
use super::files::DataFiles;
use super::report::Report;

mod check;
mod countries;
mod footnotes;
mod report;
mod results;
mod taxonomy;

use check::Check;

/// The ids each vocabulary defines, for the references between the files.
struct Known<'r> {
    footnote_numbers_known: BTreeSet<u16>,
    countries: BTreeSet<&'r str>,
    ministries: BTreeSet<&'r str>,
    goals: BTreeSet<&'r str>,
    regions: BTreeSet<&'r str>,
    organisations: BTreeSet<&'r str>,
    sections: BTreeSet<&'r str>,
}

impl<'r> Known<'r> {
    fn of(report: &'r Report) -> Known<'r> {
        let tax = &report.taxonomy;
        Known {
            footnote_numbers_known: report.footnotes.iter().map(|f| f.number).collect(),
            countries: report.countries.iter().map(|c| c.code.as_str()).collect(),
            ministries: tax.ministries.iter().map(|m| m.id.as_str()).collect(),
            goals: tax.goals.iter().map(|g| g.id.as_str()).collect(),
            regions: tax.regions.iter().map(|r| r.id.as_str()).collect(),
            organisations: tax.organisations.iter().map(|o| o.id.as_str()).collect(),
            sections: report.info.sections.iter().map(|s| s.id.as_str()).collect(),
        }
    }
}

pub(crate) fn validate(report: &Report, files: &DataFiles, problems: &mut Problems) {
    let known = Known::of(report);
    let mut in_file = |file: &str, check: &mut dyn FnMut(&mut Check)| {
        check(&mut Check { problems, file });
    };
    in_file(files.report.name, &mut |c| report::check(c, report, &known));
    in_file(files.taxonomy.name, &mut |c| {
        taxonomy::check(c, report, &known)
    });
    in_file(files.countries.name, &mut |c| countries::check(c, report));
    in_file(files.results.name, &mut |c| {
        results::check(c, report, &known)
    });
    in_file(files.footnotes.name, &mut |c| footnotes::check(c, report));
}
