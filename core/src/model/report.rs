//! The report as a whole, and the look-ups every view needs.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::country::{Country, Role};
use super::date::Date;
use super::reference::Kamerstuk;
use super::result::{Footnote, ResultItem};
use super::rich::footnote_numbers;
use super::taxonomy::{Ministry, Named, Region, Taxonomy};
use super::text::Text;

/// `data/report.json`: what the letter is, and the text that frames the results.
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
    /// The years the letter reports on; a result that names no year falls within them.
    pub reporting_period: Period,
    pub signatory: Signatory,
    /// Ministry ids on whose behalf the letter also reports.
    pub co_reporting_ministries: Vec<String>,
    /// The country that reports (alpha-3): marked as such on the map.
    pub reporting_country: String,
    /// The letter's opening paragraphs; `[^N]` marks a footnote.
    pub introduction: Vec<Text>,
    /// Notes of the widget's editors on the source text (typos corrected, and the like).
    #[serde(default)]
    pub editorial_notes: Vec<Text>,
    /// The letter's sections, in its order.
    pub sections: Vec<Section>,
    /// The footer line that names the source.
    pub source_note: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub from: u16,
    pub to: u16,
}

impl Period {
    /// "2022–2023", or "2023" for one year.
    pub fn label(self) -> String {
        if self.from == self.to {
            self.from.to_string()
        } else {
            format!("{}–{}", self.from, self.to)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    pub office: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub heading: Text,
}

/// Where a footnote is cited: the introduction, or a result (by id).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Citation {
    Introduction,
    Result(String),
}

/// The id the introduction has wherever places that cite footnotes are named (URLs, element ids).
pub const INTRODUCTION_ID: &str = "intro";

/// The whole report, loaded and validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub info: ReportInfo,
    pub taxonomy: Taxonomy,
    pub countries: Vec<Country>,
    pub results: Vec<ResultItem>,
    pub footnotes: Vec<Footnote>,
}

impl Report {
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    pub fn ministry(&self, id: &str) -> Option<&Ministry> {
        self.taxonomy.ministries.iter().find(|m| m.id == id)
    }

    pub fn goal(&self, id: &str) -> Option<&Named> {
        self.taxonomy.goals.iter().find(|g| g.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.taxonomy.regions.iter().find(|r| r.id == id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Named> {
        self.taxonomy.organisations.iter().find(|o| o.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.info.sections.iter().find(|s| s.id == id)
    }

    pub fn result(&self, id: &str) -> Option<&ResultItem> {
        self.results.iter().find(|r| r.id == id)
    }

    pub fn footnote(&self, number: u16) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.number == number)
    }

    /// A country's roles across all results, in the order of [`Role::ALL`].
    pub fn roles_of(&self, code: &str) -> BTreeSet<Role> {
        self.results
            .iter()
            .flat_map(|r| &r.countries)
            .filter(|place| place.code == code)
            .map(|place| place.role)
            .collect()
    }

    /// Where footnote `number` is cited, in reading order (Dutch text; validation keeps the
    /// English markers the same).
    pub fn citations(&self, number: u16) -> Vec<Citation> {
        let in_intro = self
            .info
            .introduction
            .iter()
            .any(|p| footnote_numbers(&p.nl).contains(&number));
        let results = self
            .results
            .iter()
            .filter(|r| footnote_numbers(&r.text.nl).contains(&number))
            .map(|r| Citation::Result(r.id.clone()));
        in_intro
            .then_some(Citation::Introduction)
            .into_iter()
            .chain(results)
            .collect()
    }
}
