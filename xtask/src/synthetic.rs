//! A synthetic report for the benchmarks: the real results repeated with new ids until there are
//! `results` of them, spread over `countries` countries (the real ones, then made-up codes the map
//! cannot draw, which only the lists show). Never shipped: `make bench` renders it into a copy of the
//! built site under target/.

use std::path::Path;
use std::process::ExitCode;

use leptos::prelude::*;
use nap1325_content::BUNDLED;
use nap1325_core::model::{self, Country, Lang, Place, Report, Role, Text};
use nap1325_page::{Page, ReportPage};

pub fn build(results: usize, countries: usize) -> Report {
    let mut report = model::load(&BUNDLED).expect("the shipped data loads");
    let real = report.results.clone();
    let mut codes: Vec<String> = report.countries.iter().map(|c| c.code.clone()).collect();
    for n in 0..countries.saturating_sub(codes.len()) {
        let code = format!("Q{:02}", n % 100);
        let code = if n < 100 {
            code
        } else {
            format!("R{:02}", n % 100)
        };
        report.countries.push(Country {
            code: code.clone(),
            name: Text {
                nl: format!("Testland {n}"),
                en: format!("Test country {n}"),
            },
            note: None,
        });
        codes.push(code);
    }
    report.results = (0..results)
        .map(|i| {
            let mut result = real[i % real.len()].clone();
            result.id = format!("{}-{i}", result.id);
            result.title.nl = format!("{} ({i})", result.title.nl);
            result.title.en = format!("{} ({i})", result.title.en);
            let code = &codes[i % codes.len()];
            if !result.countries.iter().any(|p| &p.code == code) {
                result.countries.push(Place {
                    code: code.clone(),
                    role: Role::Results,
                });
            }
            result
        })
        .collect();
    report
}

/// Renders the synthetic report into `site/index.html`, a copy of the built page.
pub fn write(site: &Path, results: usize, countries: usize) -> ExitCode {
    let code = render_into(site, build(results, countries));
    if code == ExitCode::SUCCESS {
        println!(
            "synthetic: {results} results over {countries} countries in {}",
            site.join("index.html").display()
        );
    }
    code
}

/// The shipped data with hostile but valid content, loaded through the widget's own loader (so
/// validation lets it through): markup and script in titles, texts and footnotes, an unbroken
/// word of 2,700 letters, a title of 400 characters. For the end-to-end test that the page
/// renders it all as inert text that fits a phone.
pub fn hostile() -> Result<Report, String> {
    use serde_json::Value;
    let edit = |text: &str, change: &dyn Fn(&mut Value)| -> String {
        let mut json: Value = serde_json::from_str(text).expect("shipped data is JSON");
        change(&mut json);
        json.to_string()
    };
    let append = |value: &mut Value, extra: &str| {
        let text = format!("{}{extra}", value.as_str().unwrap_or_default());
        *value = Value::from(text);
    };
    let results = edit(BUNDLED.results.text, &|json| {
        let results = &mut json["results"];
        results[0]["title"]["nl"] =
            Value::from("Steun <script>window.__pwned = 1</script> & \"citaat\"");
        append(
            &mut results[1]["text"]["nl"],
            " <img src=x onerror=\"window.__pwned = 2\"> <a href=\"javascript:window.__pwned = 3\">klik</a>",
        );
        append(
            &mut results[2]["text"]["nl"],
            &format!(" {}", "Langwoord".repeat(300)),
        );
        results[3]["title"]["nl"] =
            Value::from(format!("{} einde", "Een zeer lange titel ".repeat(19)));
    });
    let footnotes = edit(BUNDLED.footnotes.text, &|json| {
        append(
            &mut json["footnotes"][0]["text"]["nl"],
            " <b onmouseover=\"window.__pwned = 4\">hover</b>",
        );
    });
    let mut files = BUNDLED;
    files.results.text = &results;
    files.footnotes.text = &footnotes;
    model::load(&files).map_err(|e| e.to_string())
}

/// Renders `report` into `site/index.html`, a copy of the built page.
pub fn render_into(site: &Path, report: Report) -> ExitCode {
    let index = site.join("index.html");
    let Ok(built) = std::fs::read_to_string(&index) else {
        eprintln!("synthetic: cannot read {}", index.display());
        return ExitCode::FAILURE;
    };
    let scenery = match crate::prerender::scenery_in(site) {
        Ok(scenery) => scenery,
        Err(error) => {
            eprintln!("synthetic: {error}");
            return ExitCode::FAILURE;
        }
    };
    let body = Owner::new().with(|| {
        provide_context(Page::new(report, Lang::Nl).with_scenery(scenery));
        view! { <ReportPage/> }.to_html()
    });
    let page = match crate::prerender::replace_app(&built, &body) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("synthetic: {}: {error}", index.display());
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(&index, page) {
        eprintln!("synthetic: cannot write {}: {error}", index.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
