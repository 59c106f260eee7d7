//! The one way from data text to a [`Report`]: parse every file, then validate, and report every
//! problem at once. `make check-data` and the widget at start-up both call [`load`].

use serde::de::DeserializeOwned;

use super::error::{LoadError, Problems};
use super::reference::Kamerstuk;
use super::report::{Report, ReportInfo};
use super::text::Text;

/// One data file: the name an editor knows it by (`data/report.json`) and its text.
#[derive(Clone, Copy, Debug)]
pub struct DataFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The set of data files the report is made of.
#[derive(Clone, Copy, Debug)]
pub struct DataFiles<'a> {
    pub report: DataFile<'a>,
}

impl<'a> DataFiles<'a> {
    /// The file names, in the order they are read.
    pub fn names(&self) -> Vec<&'a str> {
        vec![self.report.name]
    }

    /// The same files with other contents: for reading them from disk (`make check-data`) or for
    /// tests that feed broken data.
    pub fn with_texts<'b>(&self, text_of: impl Fn(&str) -> &'b str) -> DataFiles<'b>
    where
        'a: 'b,
    {
        let file = |f: DataFile<'a>| DataFile {
            name: f.name,
            text: text_of(f.name),
        };
        DataFiles {
            report: file(self.report),
        }
    }
}

/// Parses and validates the data files.
pub fn load(files: &DataFiles) -> Result<Report, LoadError> {
    let mut problems = Problems::default();
    let info: Option<ReportInfo> = parse(&files.report, &mut problems);
    let Some(info) = info else {
        return Err(problems.into_error());
    };
    let report = Report { info };
    validate(&report, files, &mut problems);
    problems.into_result(report)
}

/// Parses one file, recording a problem (with the JSON path and line) when it does not fit the schema.
fn parse<T: DeserializeOwned>(file: &DataFile, problems: &mut Problems) -> Option<T> {
    let mut de = serde_json::Deserializer::from_str(file.text);
    match serde_path_to_error::deserialize(&mut de) {
        Ok(value) => match de.end() {
            Ok(()) => Some(value),
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

fn validate(report: &Report, files: &DataFiles, problems: &mut Problems) {
    let file = files.report.name;
    let info = &report.info;
    check_text(problems, file, "title", &info.title);
    check_text(problems, file, "subtitle", &info.subtitle);
    check_text(problems, file, "source_note", &info.source_note);
    if info.introduction.is_empty() {
        problems.push(file, "introduction", "the introduction has no paragraphs");
    }
    for (i, paragraph) in info.introduction.iter().enumerate() {
        check_text(problems, file, &format!("introduction[{i}]"), paragraph);
    }
    check_kamerstuk(problems, file, "reference", &info.reference);
}

fn check_text(problems: &mut Problems, file: &str, path: &str, text: &Text) {
    for lang in text.missing() {
        problems.push(
            file,
            format!("{path}.{}", lang.code()),
            "the translation is missing or empty",
        );
    }
}

fn check_kamerstuk(problems: &mut Problems, file: &str, path: &str, paper: &Kamerstuk) {
    if !paper.is_well_formed() {
        problems.push(
            file,
            path,
            format!(
                "`{}` nr. `{}` is not a Kamerstuk number as printed (dossier like `26 150` or `36 600 XVII`, number in digits)",
                paper.dossier, paper.number
            ),
        );
    }
}
