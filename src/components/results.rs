use leptos::prelude::*;

use super::links::ReferenceLinks;
use super::marked_text::MarkedText;
use crate::i18n::Ui;
use crate::model::{Lang, Report, ResultItem};
use crate::state::{use_lang, use_report};

/// The result cards in the letter's order, under the letter's section headings.
#[component]
pub fn ResultsBySection() -> impl IntoView {
    let lang = use_lang();
    let report = use_report().report();
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
                <section class="results-section" aria-labelledby=labelledby>
                    <h2 id=heading_id>{section.heading.get(lang).to_owned()}</h2>
                    <ul class="cards">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="results">
            <h2 class="visually-hidden">{Ui::ResultsHeading.get(lang)}</h2>
            {sections}
        </div>
    }
}

/// One result: title, the letter's text with its footnotes, and its facts as words.
#[component]
fn ResultCard(result: ResultItem) -> impl IntoView {
    let lang = use_lang();
    let report = use_report().report();
    let title_id = format!("result-{}-title", result.id);
    let labelledby = title_id.clone();
    let facts = card_facts(&report, &result, lang)
        .into_iter()
        .map(|(term, value)| {
            view! {
                <div>
                    <dt>{term}</dt>
                    <dd>{value}</dd>
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
    view! {
        <li class="card" id=format!("result-{}", result.id)>
            <article aria-labelledby=labelledby>
                <h3 id=title_id>{result.title.get(lang).to_owned()}</h3>
                <MarkedText host=result.id.clone() text=result.text.get(lang).to_owned()/>
                {see_also}
                {result.note.as_ref().map(|note| {
                    view! {
                        <p class="editorial-note">
                            <strong>{Ui::EditorialNote.get(lang)} ": "</strong>
                            {note.get(lang).to_owned()}
                        </p>
                    }
                })}
                <dl class="card-facts">{facts}</dl>
            </article>
        </li>
    }
}

/// The facts a card lists, as (term, value) in words: who, which goal, when, where, with whom.
pub fn card_facts(report: &Report, result: &ResultItem, lang: Lang) -> Vec<(&'static str, String)> {
    let names = |ids: &[String], name: &dyn Fn(&str) -> Option<String>| {
        ids.iter()
            .filter_map(|id| name(id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut facts = vec![
        (
            Ui::Responsible.get(lang),
            names(&result.ministries, &|id| {
                report.ministry(id).map(|m| m.name.get(lang).to_owned())
            }),
        ),
        (
            Ui::Goals.get(lang),
            names(&result.goals, &|id| {
                report.goal(id).map(|g| g.name.get(lang).to_owned())
            }),
        ),
        (Ui::Year.get(lang), years_label(result, lang)),
    ];
    let places: Vec<String> = result
        .countries
        .iter()
        .filter_map(|place| {
            let country = report.country(&place.code)?;
            Some(format!(
                "{} ({})",
                country.name.get(lang),
                place.role.label(lang)
            ))
        })
        .chain(
            result
                .regions
                .iter()
                .filter_map(|id| report.region(id).map(|r| r.name.get(lang).to_owned())),
        )
        .collect();
    if !places.is_empty() {
        facts.push((Ui::Where.get(lang), places.join(", ")));
    }
    let organisations = names(&result.organisations, &|id| {
        report.organisation(id).map(|o| o.name.get(lang).to_owned())
    });
    if !organisations.is_empty() {
        facts.push((Ui::Organisations.get(lang), organisations));
    }
    facts
}

/// "2023", "2022, 2023", or "not stated".
pub fn years_label(result: &ResultItem, lang: Lang) -> String {
    if result.years.is_empty() {
        Ui::YearNotStated.get(lang).to_owned()
    } else {
        result
            .years
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}
