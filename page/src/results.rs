use leptos::prelude::*;
use nap1325_core::hooks::Hook;

use crate::hooks::{hook, hook_value};

use crate::links::ReferenceLinks;
use crate::marked_text::MarkedText;
use crate::use_page;
use nap1325_core::facts::{period_note, CardFacts};
use nap1325_core::filter::{facets_of, IndexEntry};
use nap1325_core::i18n::Ui;
use nap1325_core::model::ResultItem;

/// The result cards in the letter's order, under the letter's section headings, with the count of
/// shown results above them.
#[component]
pub fn ResultsBySection() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let sections = report
        .info
        .sections
        .iter()
        .map(|section| {
            let heading_id = format!("section-{}", section.id);
            let labelledby = heading_id.clone();
            let cards = report
                .results
                .iter()
                .filter(|r| r.section == section.id)
                .map(|result| view! { <ResultCard result=result.clone()/> })
                .collect_view();
            view! {
                <section class="results-section" aria-labelledby={labelledby} {..hook_value(Hook::Section, section.id.clone())}>
                    <h2 id={heading_id} {..hook(Hook::SectionHeading)}>{section.heading.get(lang).to_owned()}</h2>
                    <ul class="cards" {..hook(Hook::SectionList)}>{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! { <div class="results">{sections}</div> }
}

/// One result: title, the letter's text with its footnotes, and its facts as words. It carries its
/// filter options ([`Hook::Facets`]); the parts search looks in are [`Hook::Searchable`].
#[component]
fn ResultCard(result: ResultItem) -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let title_id = format!("result-{}-title", result.id);
    let labelledby = title_id.clone();
    let facets = IndexEntry {
        facets: facets_of(&result),
        text: String::new(),
    }
    .facet_tokens();
    let facts = CardFacts::of(&report, &result, lang)
        .listed(lang)
        .into_iter()
        .map(|(term, value)| {
            view! {
                <div>
                    <dt>{term}</dt>
                    <dd {..hook(Hook::Searchable)}>{value}</dd>
                </div>
            }
        })
        .collect_view();
    let see_also = (!result.references.is_empty()).then(|| {
        view! {
            <div class="see-also">
                <span>{Ui::SeeAlso.get(lang)} ":"</span>
                <ReferenceLinks references=result.references.clone()/>
            </div>
        }
    });
    let note = result.note.as_ref().map(|note| {
        view! {
            <p class="editorial-note" {..hook(Hook::ResultNote)}>
                <strong>{Ui::EditorialNote.get(lang)} ": "</strong>
                {note.get(lang).to_owned()}
            </p>
        }
    });
    let period_note = period_note(&report, &result, lang)
        .map(|text| view! { <p class="editorial-note period-note" {..hook(Hook::ResultNote)}>{text}</p> });
    view! {
        <li class="card" id=format!("result-{}", result.id) {..hook_value(Hook::Result, result.id.clone())} {..hook_value(Hook::Facets, facets)}>
            <article aria-labelledby={labelledby} {..hook(Hook::ResultBody)}>
                <h3 id={title_id} {..hook(Hook::ResultTitle)} {..hook(Hook::Searchable)}>{result.title.get(lang).to_owned()}</h3>
                <MarkedText host=result.id.clone() text=result.text.get(lang).to_owned() searchable=true/>
                {see_also}
                {note}
                {period_note}
                <dl class="card-facts" {..hook(Hook::ResultFacts)}>{facts}</dl>
            </article>
        </li>
    }
}
