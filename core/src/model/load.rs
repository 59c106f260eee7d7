//! The one way from data text to a [`Report`]: parse every file, then validate, and report every
//! problem at once. `make check-data` and the widget at start-up both call [`load`].

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::country::Country;
use super::error::{LoadError, Problems};
use super::files::{DataFile, DataFiles};
use super::report::{Report, ReportInfo};
use super::result::{Footnote, ResultItem};
use super::taxonomy::Taxonomy;
use super::validate::validate;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    countries: Vec<Country>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ResultsFile {
    results: Vec<ResultItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FootnotesFile {
    footnotes: Vec<Footnote>,
}

/// Parses and validates the data files. Every file is parsed even when an earlier one fails, so
/// one run names the problems of all of them.
pub fn load(files: &DataFiles) -> Result<Report, LoadError> {
    let mut problems = Problems::default();
    let info: Option<ReportInfo> = parse(&files.report, &mut problems);
    let taxonomy: Option<Taxonomy> = parse(&files.taxonomy, &mut problems);
    let countries: Option<CountriesFile> = parse(&files.countries, &mut problems);
    let results: Option<ResultsFile> = parse(&files.results, &mut problems);
    let footnotes: Option<FootnotesFile> = parse(&files.footnotes, &mut problems);
    let (Some(info), Some(taxonomy), Some(countries), Some(results), Some(footnotes)) =
        (info, taxonomy, countries, results, footnotes)
    else {
        return Err(problems.into_error());
    };
    let report = Report {
        info,
        taxonomy,
        countries: countries.countries,
        results: results.results,
        footnotes: footnotes.footnotes,
    };
    validate(&report, files, &mut problems);
    problems.into_result(report)
}

/// Parses one file, recording a problem (with the JSON path and line) when it does not fit the schema.
fn parse<T: DeserializeOwned>(file: &DataFile, problems: &mut Problems) -> Option<T> {
    let mut de = serde_json::Deserializer::from_str(file.text);
    match serde_path_to_error::deserialize(&mut de) {
        Ok(value) => match de.end() {
            Ok(()) => {
                // Every string, whatever its field: what the schema cannot say.
                if let Ok(json) = serde_json::from_str::<serde_json::Value>(file.text) {
                    super::characters::check(file.name, &json, problems);
                }
                Some(value)
            }
            Err(error) => {
                problems.push(file.name, "", error.to_string());
                None
            }
        },
        Err(error) => {
            let path = error.path().to_string();
            let path = if path == "." { String::new() } else { path };
            problems.push(file.name, path, error.inner().to_string());
            None
        }
    }
}
