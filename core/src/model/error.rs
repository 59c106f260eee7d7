//! What went wrong while loading the data files, precisely enough for an editor to fix it.

use std::fmt;

/// One problem in one data file: which file, where in it (a JSON path such as `results[3].title.en`),
/// and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{} at `{}`: {}", self.file, self.path, self.message)
        }
    }
}

/// Every problem found in the data files at once, so an editor can fix them in one pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        writeln!(
            f,
            "{count} problem{} in the data files:",
            if count == 1 { "" } else { "s" }
        )?;
        for problem in &self.problems {
            writeln!(f, "- {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Collects problems while validation walks the data; `path` segments are joined as JSON paths.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    pub(crate) fn push(&mut self, file: &str, path: impl Into<String>, message: impl Into<String>) {
        self.list.push(Problem {
            file: file.to_owned(),
            path: path.into(),
            message: message.into(),
        });
    }

    pub(crate) fn into_error(self) -> LoadError {
        LoadError {
            problems: self.list,
        }
    }

    pub(crate) fn into_result<T>(self, value: T) -> Result<T, LoadError> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(LoadError {
                problems: self.list,
            })
        }
    }
}
