//! The results as a table and as records, for the downloads: CSV (readable text, one row per
//! result) and JSON (the records of the data model). Built once per language at build time
//! (`xtask prerender` writes `export.nl.json`, `export.en.json`); the widget picks the rows of the
//! shown results. Pure: no `leptos`.

use crate::facts::CardFacts;
use crate::model::rich::{footnote_numbers, plain};
use crate::model::{Lang, Report, ResultItem};
use crate::view_state::ViewState;

/// The file of the download data the build writes per language and the widget fetches when asked:
/// `export.nl.json`.
pub fn data_file(lang: Lang) -> String {
    format!("export.{}.json", lang.code())
}

/// The CSV columns, in both languages.
const COLUMNS: [(&str, &str); 13] = [
    ("id", "id"),
    ("onderdeel", "section"),
    ("titel", "title"),
    ("tekst", "text"),
    (
        "verantwoordelijk_indeling_redactie",
        "responsible_editors_attribution",
    ),
    (
        "nap_doel_indeling_redactie",
        "nap_goal_editors_classification",
    ),
    ("jaar", "year"),
    ("landen", "countries"),
    ("gebieden", "areas"),
    ("organisaties", "organisations"),
    ("voetnoten", "footnotes"),
    ("verwijzingen", "references"),
    ("bron_in_brief", "source_in_letter"),
];

/// The header row.
pub fn header(lang: Lang) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|(nl, en)| match lang {
            Lang::Nl => (*nl).to_owned(),
            Lang::En => (*en).to_owned(),
        })
        .collect()
}

/// One result as readable cells, in the order of [`header`].
pub fn row(report: &Report, result: &ResultItem, lang: Lang) -> Vec<String> {
    let text = result.text.get(lang);
    let section = report
        .section(&result.section)
        .map(|s| s.heading.get(lang).to_owned())
        .unwrap_or_default();
    let facts = CardFacts::of(report, result, lang);
    let countries = result
        .countries
        .iter()
        .filter_map(|p| {
            report
                .country(&p.code)
                .map(|c| format!("{} ({})", c.name.get(lang), p.role.label(lang)))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let areas = result
        .regions
        .iter()
        .filter_map(|id| report.region(id).map(|r| r.name.get(lang).to_owned()))
        .collect::<Vec<_>>()
        .join("; ");
    let organisations = result
        .organisations
        .iter()
        .filter_map(|id| report.organisation(id).map(|o| o.name.get(lang).to_owned()))
        .collect::<Vec<_>>()
        .join("; ");
    let mut numbers = footnote_numbers(text);
    numbers.dedup();
    let footnotes = numbers
        .iter()
        .filter_map(|n| {
            report
                .footnote(*n)
                .map(|f| format!("[{n}] {}", f.text.get(lang)))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let references = numbers
        .iter()
        .filter_map(|n| report.footnote(*n))
        .flat_map(|f| f.references.iter())
        .chain(&result.references)
        .map(|r| format!("{} <{}>", r.label(lang), r.url()))
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        result.id.clone(),
        section,
        result.title.get(lang).to_owned(),
        plain(text),
        facts.responsible,
        facts.goals,
        facts.years,
        countries,
        areas,
        organisations,
        footnotes,
        references,
        format!("p. {}: \"{}\"", result.source.page, result.source.quote),
    ]
}

/// A CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled.
/// A field that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets a leading apostrophe.
pub fn csv_line(cells: &[String]) -> String {
    cells
        .iter()
        .map(|cell| {
            let cell = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{cell}")
            } else {
                cell.clone()
            };
            if cell.contains([',', '"', '\n', '\r', ';']) {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// The whole CSV: a byte-order mark (so spreadsheets read UTF-8, and `ï` stays `ï`), the header and
/// the rows, lines ended by CRLF.
pub fn csv(header: &str, rows: &[&str]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(header);
    for row in rows {
        out.push_str("\r\n");
        out.push_str(row);
    }
    out.push_str("\r\n");
    out
}

/// `nap1325-iv-results-2026-11-28-ministry-defensie-q-oekraine.csv`: the date of the download and
/// what was filtered, in plain lowercase ASCII.
pub fn file_name(date: (u16, u8, u8), view: &ViewState, lang: Lang, extension: &str) -> String {
    let word = match lang {
        Lang::Nl => "resultaten",
        Lang::En => "results",
    };
    let mut name = format!(
        "nap1325-iv-{word}-{:04}-{:02}-{:02}",
        date.0, date.1, date.2
    );
    for (facet, value) in view.filters.all_chosen() {
        name.push('-');
        name.push_str(facet.id());
        name.push('-');
        name.push_str(&slug(&value));
    }
    let query = slug(view.filters.query.trim());
    if !query.is_empty() {
        name.push_str("-q-");
        name.push_str(&query);
    }
    name.truncate(120);
    let name = name.trim_end_matches('-');
    format!("{name}.{extension}")
}

/// Lowercase ASCII letters and digits, anything else folded or turned into `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::filter::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Facet;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let line = csv_line(&[
            "a".into(),
            "b, c".into(),
            "say \"hi\"".into(),
            "two\nlines".into(),
            "=SUM(A1)".into(),
            "\t=1".into(),
            "\r=1".into(),
        ]);
        assert_eq!(
            line,
            "a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\",'=SUM(A1),'\t=1,\"'\r=1\""
        );
        assert!(csv("h", &["r"]).starts_with('\u{feff}'));
    }

    #[test]
    fn file_names_carry_the_date_and_the_filter() {
        let mut view = ViewState::default();
        assert_eq!(
            file_name((2026, 11, 28), &view, Lang::Nl, "csv"),
            "nap1325-iv-resultaten-2026-11-28.csv"
        );
        view.filters.toggle(Facet::Ministry, "Defensie");
        view.filters.query = "Oekraïne rode".into();
        assert_eq!(
            file_name((2026, 1, 5), &view, Lang::En, "json"),
            "nap1325-iv-results-2026-01-05-ministry-defensie-q-oekraine-rode.json"
        );
    }
}
