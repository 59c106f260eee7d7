//! The checks every data file's rules are made of: a problem at a JSON path, translations, ids,
//! references to other vocabularies, footnote markers, Kamerstukken, web links, source pointers.

use std::collections::BTreeSet;

use crate::model::error::Problems;
use crate::model::reference::{url_problem, Kamerstuk, Reference};
use crate::model::result::SourcePointer;
use crate::model::rich::{footnote_numbers, has_malformed_marker};
use crate::model::text::Text;

/// Years a result may name: the plan's history, with room for the next reports.
pub(super) const YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

/// Checks in one data file: each problem is recorded with the file's name.
pub(super) struct Check<'p> {
    pub problems: &'p mut Problems,
    pub file: &'p str,
}

impl Check<'_> {
    pub fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(self.file, path, message);
    }

    pub fn text(&mut self, path: &str, text: &Text) {
        for lang in text.missing() {
            self.problem(
                format!("{path}.{}", lang.code()),
                "the translation is missing or empty",
            );
        }
    }

    /// Text that may carry `[^N]` markers: well-formed, the same in both languages, each naming
    /// an existing footnote.
    pub fn marked_text(&mut self, path: &str, text: &Text, footnotes: &BTreeSet<u16>) {
        self.text(path, text);
        for (lang, value) in [("nl", &text.nl), ("en", &text.en)] {
            if has_malformed_marker(value) {
                self.problem(
                    format!("{path}.{lang}"),
                    "has a `[^` that is not a footnote marker like `[^3]`",
                );
            }
        }
        let (nl, en) = (footnote_numbers(&text.nl), footnote_numbers(&text.en));
        if nl != en {
            self.problem(
                path,
                format!("the footnote markers differ between the languages: nl {nl:?}, en {en:?}"),
            );
        }
        for number in nl {
            if !footnotes.contains(&number) {
                self.problem(
                    format!("{path}.nl"),
                    format!("refers to footnote {number}, which footnotes.json does not have"),
                );
            }
        }
    }

    /// A footnote opens in place under the text that cites it, once per place: a second marker for
    /// the same footnote in one place would have no panel of its own.
    pub fn once_each(&mut self, path: &str, markers: &[u16]) {
        let mut seen = BTreeSet::new();
        for number in markers {
            if !seen.insert(number) {
                self.problem(
                    path,
                    format!("footnote {number} is cited twice here; cite it once"),
                );
            }
        }
    }

    /// Ids must be unique and of the given shape.
    pub fn ids<'i>(&mut self, path: &str, ids: impl Iterator<Item = &'i str>, shape: Shape) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !shape.fits(id) {
                self.problem(
                    format!("{path}[{i}]"),
                    format!("`{id}` is not a valid id: {}", shape.describe()),
                );
            }
            if !seen.insert(id) {
                self.problem(format!("{path}[{i}]"), format!("duplicate id `{id}`"));
            }
        }
    }

    /// Each id in `refs` must be one of `known`, and appear once.
    pub fn refs(&mut self, path: &str, refs: &[String], known: &BTreeSet<&str>, what: &str) {
        let mut seen = BTreeSet::new();
        for (i, id) in refs.iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.problem(format!("{path}[{i}]"), format!("unknown {what} `{id}`"));
            }
            if !seen.insert(id) {
                self.problem(
                    format!("{path}[{i}]"),
                    format!("{what} `{id}` is listed twice"),
                );
            }
        }
    }

    pub fn reference(&mut self, path: &str, reference: &Reference) {
        match reference {
            Reference::Kamerstuk(paper) => self.kamerstuk(path, paper),
            Reference::Web(link) => {
                if let Some(problem) = url_problem(&link.url) {
                    self.problem(format!("{path}.url"), problem);
                }
                self.text(&format!("{path}.title"), &link.title);
            }
        }
    }

    pub fn kamerstuk(&mut self, path: &str, paper: &Kamerstuk) {
        if !paper.is_well_formed() {
            self.problem(
                path,
                format!(
                    "`{}` nr. `{}` is not a Kamerstuk number as printed (dossier like `26 150`, `21 501-02` or `36 600 XVII`, number in digits)",
                    paper.dossier, paper.number
                ),
            );
        }
    }

    pub fn source(&mut self, path: &str, source: &SourcePointer) {
        if source.page == 0 {
            self.problem(format!("{path}.page"), "pages are counted from 1");
        }
        if source.quote.trim().is_empty() {
            self.problem(
                format!("{path}.quote"),
                "give a phrase from the letter so an editor can find the passage",
            );
        }
    }
}

/// The shapes an id can have.
#[derive(Clone, Copy)]
pub(super) enum Shape {
    /// `civil-society-programmes`: lowercase letters and digits in words joined by `-`.
    Kebab,
    /// `BZ`, `Defensie`, `JenV`: letters only, as the ministry's abbreviation is written.
    Abbreviation,
    /// `UKR`: ISO 3166-1 alpha-3.
    CountryCode,
}

impl Shape {
    pub fn fits(self, id: &str) -> bool {
        match self {
            Shape::Kebab => {
                !id.is_empty()
                    && id.split('-').all(|w| {
                        !w.is_empty()
                            && w.bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    })
            }
            Shape::Abbreviation => !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphabetic()),
            Shape::CountryCode => id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase()),
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Shape::Kebab => "use lowercase letters and digits, words joined by `-`",
            Shape::Abbreviation => "use letters only, such as `BZ` or `JenV`",
            Shape::CountryCode => "use the ISO 3166-1 alpha-3 code in capitals, such as `UKR`",
        }
    }
}
