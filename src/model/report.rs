//! The report as a whole: the letter's metadata and introduction.

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::reference::Kamerstuk;
use super::text::Text;

/// `data/report.json`: what the letter is, and the text that introduces it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReportInfo {
    pub title: Text,
    pub subtitle: Text,
    /// The letter's date.
    #[serde(with = "super::date::iso")]
    pub date: Date,
    /// The letter itself as a Kamerstuk (26 150, nr. 223).
    pub reference: Kamerstuk,
    /// The letter's opening paragraphs.
    pub introduction: Vec<Text>,
    /// The footer line that names the source.
    pub source_note: Text,
}

/// The whole report, loaded and validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub info: ReportInfo,
}
