//! The rules a parsed report must satisfy. Each problem names the file, the JSON path and the
//! reason; all are collected, none stops the others.

use std::collections::{BTreeMap, BTreeSet};

use super::error::Problems;
use super::load::DataFiles;
use super::reference::{url_problem, Kamerstuk, Reference};
use super::report::Report;
use super::result::SourcePointer;
use super::rich::{footnote_numbers, has_malformed_marker};
use super::text::Text;

/// Years a result may name: the plan's history, with room for the next reports.
const YEARS: std::ops::RangeInclusive<u16> = 2000..=2100;

struct Check<'p> {
    problems: &'p mut Problems,
    file: &'p str,
}

impl Check<'_> {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(self.file, path, message);
    }

    fn text(&mut self, path: &str, text: &Text) {
        for lang in text.missing() {
            self.problem(
                format!("{path}.{}", lang.code()),
                "the translation is missing or empty",
            );
        }
    }

    /// Text that may carry `[^N]` markers: well-formed, the same in both languages, each naming
    /// an existing footnote.
    fn marked_text(&mut self, path: &str, text: &Text, footnotes: &BTreeSet<u16>) {
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
    fn once_each(&mut self, path: &str, markers: &[u16]) {
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
    fn ids<'i>(&mut self, path: &str, ids: impl Iterator<Item = &'i str>, shape: Shape) {
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
    fn refs(&mut self, path: &str, refs: &[String], known: &BTreeSet<&str>, what: &str) {
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

    fn reference(&mut self, path: &str, reference: &Reference) {
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

    fn kamerstuk(&mut self, path: &str, paper: &Kamerstuk) {
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

    fn source(&mut self, path: &str, source: &SourcePointer) {
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
enum Shape {
    /// `civil-society-programmes`: lowercase letters and digits in words joined by `-`.
    Kebab,
    /// `BZ`, `Defensie`, `JenV`: letters only, as the ministry's abbreviation is written.
    Abbreviation,
    /// `UKR`: ISO 3166-1 alpha-3.
    CountryCode,
}

impl Shape {
    fn fits(self, id: &str) -> bool {
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

    fn describe(self) -> &'static str {
        match self {
            Shape::Kebab => "use lowercase letters and digits, words joined by `-`",
            Shape::Abbreviation => "use letters only, such as `BZ` or `JenV`",
            Shape::CountryCode => "use the ISO 3166-1 alpha-3 code in capitals, such as `UKR`",
        }
    }
}

pub(crate) fn validate(report: &Report, files: &DataFiles, problems: &mut Problems) {
    let footnote_numbers_known: BTreeSet<u16> = report.footnotes.iter().map(|f| f.number).collect();
    let countries: BTreeSet<&str> = report.countries.iter().map(|c| c.code.as_str()).collect();
    let ministries: BTreeSet<&str> = report
        .taxonomy
        .ministries
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    let goals: BTreeSet<&str> = report
        .taxonomy
        .goals
        .iter()
        .map(|g| g.id.as_str())
        .collect();
    let regions: BTreeSet<&str> = report
        .taxonomy
        .regions
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let organisations: BTreeSet<&str> = report
        .taxonomy
        .organisations
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    let sections: BTreeSet<&str> = report.info.sections.iter().map(|s| s.id.as_str()).collect();

    // report.json
    let mut c = Check {
        problems,
        file: files.report.name,
    };
    let info = &report.info;
    c.text("title", &info.title);
    c.text("subtitle", &info.subtitle);
    c.text("source_note", &info.source_note);
    c.text("signatory.office", &info.signatory.office);
    if info.signatory.name.trim().is_empty() {
        c.problem("signatory.name", "the signatory's name is empty");
    }
    c.kamerstuk("reference", &info.reference);
    let period = info.reporting_period;
    if !YEARS.contains(&period.from) || !YEARS.contains(&period.to) || period.from > period.to {
        c.problem(
            "reporting_period",
            format!("{}–{} is not a plausible period", period.from, period.to),
        );
    }
    c.refs(
        "co_reporting_ministries",
        &info.co_reporting_ministries,
        &ministries,
        "ministry",
    );
    if !countries.contains(info.reporting_country.as_str()) {
        c.problem(
            "reporting_country",
            format!(
                "unknown country `{}` (add it to countries.json)",
                info.reporting_country
            ),
        );
    }
    if info.introduction.is_empty() {
        c.problem("introduction", "the introduction has no paragraphs");
    }
    for (i, paragraph) in info.introduction.iter().enumerate() {
        c.marked_text(
            &format!("introduction[{i}]"),
            paragraph,
            &footnote_numbers_known,
        );
    }
    // The introduction is one place where a footnote opens: each footnote once in it.
    let intro_markers: Vec<u16> = info
        .introduction
        .iter()
        .flat_map(|p| footnote_numbers(&p.nl))
        .collect();
    c.once_each("introduction", &intro_markers);
    for (i, note) in info.editorial_notes.iter().enumerate() {
        c.text(&format!("editorial_notes[{i}]"), note);
    }
    if info.sections.is_empty() {
        c.problem("sections", "the report has no sections");
    }
    c.ids(
        "sections",
        info.sections.iter().map(|s| s.id.as_str()),
        Shape::Kebab,
    );
    for (i, section) in info.sections.iter().enumerate() {
        c.text(&format!("sections[{i}].heading"), &section.heading);
    }

    // taxonomy.json
    let mut c = Check {
        problems: c.problems,
        file: files.taxonomy.name,
    };
    let tax = &report.taxonomy;
    c.ids(
        "ministries",
        tax.ministries.iter().map(|m| m.id.as_str()),
        Shape::Abbreviation,
    );
    c.ids(
        "goals",
        tax.goals.iter().map(|g| g.id.as_str()),
        Shape::Kebab,
    );
    c.ids(
        "regions",
        tax.regions.iter().map(|r| r.id.as_str()),
        Shape::Kebab,
    );
    c.ids(
        "organisations",
        tax.organisations.iter().map(|o| o.id.as_str()),
        Shape::Kebab,
    );
    for (list, entries) in [
        ("ministries", &tax.ministries),
        ("goals", &tax.goals),
        ("organisations", &tax.organisations),
    ] {
        for (i, entry) in entries.iter().enumerate() {
            c.text(&format!("{list}[{i}].name"), &entry.name);
        }
    }
    for (i, region) in tax.regions.iter().enumerate() {
        c.text(&format!("regions[{i}].name"), &region.name);
        c.text(&format!("regions[{i}].note"), &region.note);
        c.refs(
            &format!("regions[{i}].includes"),
            &region.includes,
            &countries,
            "country",
        );
    }

    // countries.json
    let mut c = Check {
        problems: c.problems,
        file: files.countries.name,
    };
    c.ids(
        "countries",
        report.countries.iter().map(|x| x.code.as_str()),
        Shape::CountryCode,
    );
    let named_by_results: BTreeSet<&str> = report
        .results
        .iter()
        .flat_map(|r| r.countries.iter().map(|p| p.code.as_str()))
        .collect();
    for (i, country) in report.countries.iter().enumerate() {
        c.text(&format!("countries[{i}].name"), &country.name);
        if let Some(note) = &country.note {
            c.text(&format!("countries[{i}].note"), note);
        }
        if !crate::map::can_draw(&country.code) {
            c.problem(
                format!("countries[{i}]"),
                format!(
                    "`{}` is not a country the map can draw (it is not in data/geo/world-110m.json)",
                    country.code
                ),
            );
        } else if crate::map::shape(&country.code).is_none() {
            c.problem(
                format!("countries[{i}]"),
                format!(
                    "`{}` has no shape in src/map/shapes.rs yet: run `make geometry`",
                    country.code
                ),
            );
        }
        if !named_by_results.contains(country.code.as_str())
            && country.code != info.reporting_country
        {
            c.problem(
                format!("countries[{i}]"),
                format!("`{}` is listed but no result names it", country.code),
            );
        }
    }

    // results.json
    let mut c = Check {
        problems: c.problems,
        file: files.results.name,
    };
    c.ids(
        "results",
        report.results.iter().map(|r| r.id.as_str()),
        Shape::Kebab,
    );
    for (i, result) in report.results.iter().enumerate() {
        let path = format!("results[{i}]");
        if !sections.contains(result.section.as_str()) {
            c.problem(
                format!("{path}.section"),
                format!("unknown section `{}`", result.section),
            );
        }
        c.text(&format!("{path}.title"), &result.title);
        c.marked_text(
            &format!("{path}.text"),
            &result.text,
            &footnote_numbers_known,
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
            &ministries,
            "ministry",
        );
        if result.goals.is_empty() {
            c.problem(format!("{path}.goals"), "name at least one NAP goal");
        }
        c.refs(&format!("{path}.goals"), &result.goals, &goals, "goal");
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
            if !countries.contains(code.as_str()) {
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
            &regions,
            "region",
        );
        c.refs(
            &format!("{path}.organisations"),
            &result.organisations,
            &organisations,
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

    // footnotes.json
    let mut c = Check {
        problems: c.problems,
        file: files.footnotes.name,
    };
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
