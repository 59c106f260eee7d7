//! The report page with the islands in it, rendered on the build machine: the static parts as the
//! product renders them (title, sections, cards with their text and facts, the footnotes), the
//! interactive parts as islands.

use leptos::prelude::*;
use nap1325_core::facts::CardFacts;
use nap1325_core::filter::{facets_of, Facet, IndexEntry};
use nap1325_core::map::pins;
use nap1325_core::map::MapView;
use nap1325_core::model::rich::{footnote_numbers, segments, Segment};
use nap1325_core::model::{Lang, Report, ResultItem};

use crate::{
    CardIsland, CountIsland, FilterIsland, FootnotePanel, FootnoteToggle, OptionProp, PinProp,
    PinsIsland,
};

/// The whole page: the report in Dutch, with the islands.
pub fn render(report: &Report) -> String {
    let lang = Lang::Nl;
    // Islands render with a shared context of their own (it numbers the islands).
    let context = std::sync::Arc::new(hydration_context::SsrSharedContext::new_islands());
    let body = Owner::new_root(Some(context)).with(|| {
        let facets: Vec<(String, Vec<OptionProp>)> = Facet::ALL
            .into_iter()
            .map(|facet| {
                let options = report
                    .results
                    .iter()
                    .flat_map(|r| facets_of(r)[facet_slot(facet)].clone())
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .map(|value| OptionProp {
                        key: facet.key(&value),
                        label: value,
                    })
                    .collect();
                (facet.id().to_owned(), options)
            })
            .collect();
        let codes: Vec<&str> = report.countries.iter().map(|c| c.code.as_str()).collect();
        let pins: Vec<PinProp> = MapView::ALL
            .into_iter()
            .flat_map(|view| pins::pins_in(view, &codes))
            .map(|spot| PinProp {
                place: spot.code.to_owned(),
                label: report
                    .country(spot.code)
                    .map(|c| c.name.get(lang).to_owned())
                    .unwrap_or_default(),
                x: (spot.left * 100.0).round() as i32,
                y: (spot.top * 100.0).round() as i32,
            })
            .collect();
        let sections = report
            .info
            .sections
            .iter()
            .map(|section| {
                let cards = report
                    .results
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.section == section.id)
                    .map(|(index, result)| card(report, index, result, lang))
                    .collect_view();
                view! {
                    <section class="results-section">
                        <h2>{section.heading.get(lang).to_owned()}</h2>
                        <ul class="cards">{cards}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <div class="report">
                <h1 class="report-title">{report.info.title.get(lang).to_owned()}</h1>
                <div class="map-pins"><PinsIsland pins/></div>
                <section class="filters"><FilterIsland facets/></section>
                <CountIsland total=report.results.len()/>
                {sections}
            </div>
        }
        .to_html()
    });
    format!(
        "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>islands</title><link rel=\"icon\" href=\"data:,\"><script type=\"module\" src=\"loader.js\"></script></head>\
         <body>{body}</body></html>"
    )
}

fn facet_slot(facet: Facet) -> usize {
    Facet::ALL.iter().position(|f| *f == facet).unwrap_or(0)
}

fn card(report: &Report, index: usize, result: &ResultItem, lang: Lang) -> impl IntoView {
    let facets = IndexEntry {
        facets: facets_of(result),
        text: String::new(),
    }
    .facet_tokens();
    let text = result.text.get(lang).to_owned();
    let host = result.id.clone();
    let pieces = segments(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.to_owned().into_any(),
            Segment::Footnote(number) => {
                let spot = format!("{host}:{number}");
                view! { <sup><FootnoteToggle spot number/></sup> }.into_any()
            }
        })
        .collect_view();
    let panels = footnote_numbers(&text)
        .into_iter()
        .filter_map(|number| {
            let said = report.footnote(number)?.text.get(lang).to_owned();
            let spot = format!("{host}:{number}");
            Some(view! {
                <FootnotePanel spot>
                    <p>{format!("Voetnoot {number}: ")}{said}</p>
                </FootnotePanel>
            })
        })
        .collect_view();
    let facts = CardFacts::of(report, result, lang)
        .listed(lang)
        .into_iter()
        .map(|(term, value)| view! { <div><dt>{term}</dt><dd>{value}</dd></div> })
        .collect_view();
    let title = result.title.get(lang).to_owned();
    view! {
        <CardIsland index facets>
            <article>
                <h3>{title}</h3>
                <p class="marked-text">{pieces}</p>
                {panels}
                <dl class="card-facts">{facts}</dl>
            </article>
        </CardIsland>
    }
}
