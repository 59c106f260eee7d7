//! The proof sheet (`make proof`): it shows every result, footnote and country of the data, says
//! whether each Dutch text stands in the letter, and marks what changed since an earlier version.

use nap1325_content::{BUNDLED, LETTER_FILE};
use nap1325_core::changes::Earlier;
use nap1325_core::model::{load, Date, Lang, Report};
use xtask::downloads::export_json;
use xtask::proof::{render, results_of_download};

fn report() -> Report {
    load(&BUNDLED).expect("the shipped data loads")
}

fn letter() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(LETTER_FILE),
    )
    .expect("the letter")
}

const MADE_ON: Date = Date {
    year: 2026,
    month: 12,
    day: 3,
};

fn sheet(report: Report, earlier: Option<Earlier>) -> String {
    render(
        report,
        earlier.map(|e| (e, "de vorige versie".to_owned())),
        Some(&letter()),
        MADE_ON,
        "test".to_owned(),
    )
}

/// The sheet's text as a reader sees it: entities decoded.
fn text(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The part of the sheet that shows the result `id`.
fn article<'h>(html: &'h str, id: &str) -> &'h str {
    let start = html
        .find(&format!("id=\"result-{id}\""))
        .unwrap_or_else(|| panic!("no article for {id}"));
    let start = html[..start].rfind("<article").unwrap();
    let end = start + html[start..].find("</article>").unwrap();
    &html[start..end]
}

#[test]
fn every_result_footnote_country_and_figure_is_on_the_sheet() {
    let report = report();
    let html = sheet(report.clone(), None);
    let shown = text(&html);
    for result in &report.results {
        assert!(shown.contains(&result.id), "{}", result.id);
        assert!(shown.contains(&result.title.nl), "{}", result.id);
        assert!(shown.contains(&result.title.en), "{}", result.id);
        assert!(shown.contains(&result.source.quote), "{}", result.id);
        assert!(
            !article(&html, &result.id).contains("gewijzigd"),
            "nothing is marked without an earlier version"
        );
    }
    for footnote in &report.footnotes {
        assert!(
            shown.contains(&footnote.text.nl),
            "footnote {}",
            footnote.number
        );
        assert!(
            shown.contains(&footnote.text.en),
            "footnote {}",
            footnote.number
        );
    }
    for country in &report.countries {
        assert!(shown.contains(&country.name.nl), "{}", country.code);
        assert!(shown.contains(&country.name.en), "{}", country.code);
        if let Some(note) = &country.note {
            assert!(
                shown.contains(&note.nl) && shown.contains(&note.en),
                "{}",
                country.code
            );
        }
    }
    for lang in Lang::ALL {
        for figure in nap1325_core::figures::headline(&report, lang) {
            assert!(shown.contains(&figure.counted), "{}", figure.what);
        }
    }
    assert!(
        shown.contains("indeling redactie"),
        "the editors' classification is marked"
    );
    assert!(shown.contains("Volledige proef"));
}

#[test]
fn every_dutch_text_stands_word_for_word_in_the_letter() {
    let html = sheet(report(), None);
    let results = report().results.len();
    assert_eq!(
        html.matches("De Nederlandse tekst staat woord voor woord in de brief.")
            .count(),
        results,
        "{}",
        html.matches("Let op: de Nederlandse tekst").count()
    );
}

#[test]
fn a_changed_text_a_new_and_a_removed_result_are_marked() {
    let now = report();
    let mut earlier = now.clone();
    // The earlier version: another English text for one result, one result it did not have yet,
    // and one the current data no longer has.
    let changed = now.results[3].id.clone();
    earlier.results[3].text.en = earlier.results[3]
        .text
        .en
        .replacen("Together", "In company", 1);
    let added = earlier.results.remove(5);
    let mut gone = earlier.results[0].clone();
    gone.id = "withdrawn-result".into();
    gone.title.nl = "Een teruggetrokken resultaat".into();
    earlier.results.push(gone);
    let html = sheet(now.clone(), Some(Earlier::Report(Box::new(earlier))));

    let card = article(&html, &changed);
    assert!(card.contains("class=\"result changed\""), "{card}");
    assert!(card.contains("gewijzigd: tekst"), "{card}");
    assert!(card.contains("<del>In company "), "{card}");
    assert!(card.contains("<ins>Together "), "{card}");
    assert!(article(&html, &added.id).contains("nieuw"));
    assert!(article(&html, &now.results[0].id).contains("ongewijzigd"));
    assert!(text(&html).contains("Een teruggetrokken resultaat"));
    assert!(html.contains("vervallen"));
}

#[test]
fn an_earlier_download_is_compared_by_its_records() {
    let now = report();
    let export = export_json(&now, Lang::Nl).to_string();
    let earlier = results_of_download(&export).expect("the build's export.nl.json");
    assert_eq!(earlier.len(), now.results.len());
    let html = sheet(now.clone(), Some(Earlier::Results(earlier)));
    for result in &now.results {
        assert!(
            article(&html, &result.id).contains("ongewijzigd"),
            "{}",
            result.id
        );
    }
    // A visitor's JSON download lists the records under `results`.
    let download =
        serde_json::json!({ "results": [serde_json::to_value(&now.results[0]).unwrap()] });
    assert_eq!(results_of_download(&download.to_string()).unwrap().len(), 1);
    assert!(results_of_download("{}").unwrap_err().contains("neither"));
}
