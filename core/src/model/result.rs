//! `data/results.json`: the achievements and commitments of the letter, in the letter's order.

use serde::{Deserialize, Serialize};

use super::country::Role;
use super::reference::Reference;
use super::text::Text;

/// One result: a distinct achievement or commitment of the letter.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ResultItem {
    /// Stable id (lowercase words joined by `-`); used in links, so never change it once published.
    pub id: String,
    /// The id of the letter's section it stands in (see `sections` in report.json).
    pub section: String,
    pub title: Text,
    /// Faithful to the letter; `[^N]` marks footnote N where the letter places it.
    pub text: Text,
    /// Ministry ids (taxonomy.json).
    pub ministries: Vec<String>,
    /// NAP goal ids (taxonomy.json).
    pub goals: Vec<String>,
    /// Years the letter gives or implies; empty when it names none (then: the reporting period).
    #[serde(default)]
    pub years: Vec<u16>,
    #[serde(default)]
    pub countries: Vec<Place>,
    /// Region ids (taxonomy.json): places that are not one country.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Organisation ids (taxonomy.json).
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Publications the running text refers to (footnotes are referenced by their markers).
    #[serde(default)]
    pub references: Vec<Reference>,
    /// The editors' note where the letter is vague or an attribution needs explaining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub source: SourcePointer,
}

/// A country and its part in a result.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub code: String,
    pub role: Role,
}

/// Where a passage stands in the letter (`data/source/`), so an editor can check it: the page of
/// the PDF and a phrase from the passage, as printed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourcePointer {
    pub page: u16,
    pub quote: String,
}

/// One footnote of the letter.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Footnote {
    /// The letter's number for it, 1 to 12.
    pub number: u16,
    pub text: Text,
    /// Structured references: each Kamerstuk and web page the footnote names.
    #[serde(default)]
    pub references: Vec<Reference>,
    pub source: SourcePointer,
}
