//! A synthetic report for the benchmarks: the real results repeated with new ids until there are
//! `results` of them, spread over `countries` countries (the real ones, then made-up codes the map
//! cannot draw, which only the lists show). Never shipped: `make bench` renders it into a copy of the
//! built site under target/.

use std::path::Path;
use std::process::ExitCode;

use leptos::prelude::*;
use nap1325::components::{Page, ReportPage};
use nap1325::content::BUNDLED;
use nap1325::model::{self, Country, Lang, Place, Report, Role, Text};

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
    let index = site.join("index.html");
    let Ok(built) = std::fs::read_to_string(&index) else {
        eprintln!("synthetic: cannot read {}", index.display());
        return ExitCode::FAILURE;
    };
    let (Some(start), Some(end)) = (built.find("<div id=\"app\">"), built.rfind("</body>")) else {
        eprintln!("synthetic: {} is not a prerendered page", index.display());
        return ExitCode::FAILURE;
    };
    let report = build(results, countries);
    let body = Owner::new().with(|| {
        provide_context(Page::new(report, Lang::Nl));
        view! { <ReportPage/> }.to_html()
    });
    let page = format!(
        "{}<div id=\"app\">{body}</div>{}",
        &built[..start],
        &built[end..]
    );
    if let Err(error) = std::fs::write(&index, page) {
        eprintln!("synthetic: cannot write {}: {error}", index.display());
        return ExitCode::FAILURE;
    }
    println!(
        "synthetic: {results} results over {countries} countries in {}",
        index.display()
    );
    ExitCode::SUCCESS
}
