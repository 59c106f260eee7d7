use leptos::prelude::*;
use nap1325_core::hooks::{Control, Hook};

use crate::hooks::{control, hook, hook_value};

use crate::use_page;
use nap1325_core::filter::{fold, Facet, YEAR_NOT_STATED};
use nap1325_core::i18n::{self, Ui};
use nap1325_core::model::{Lang, Report};

/// The filter panel: a search field and a group of options per facet, each with the number of
/// results it would leave. Rendered with every option off and the full counts; the widget keeps
/// counts, checks and the chips of active filters up to date.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let totals = |facet| page.index.totals(facet);
    let groups = Facet::ALL
        .into_iter()
        .map(|facet| {
            let counts = totals(facet);
            let options = facet_options(&report, facet, lang)
                .into_iter()
                .map(|(value, label)| {
                    let count = counts.get(&value).copied().unwrap_or(0);
                    view! {
                        <label class="facet-option">
                            <input type="checkbox" name=facet.id() value=value.clone() {..hook_value(Hook::Option, facet.key(&value))}/>
                            <span class="option-label" {..hook(Hook::OptionLabel)}>{label}</span>
                            " "
                            <span class="option-count" {..hook(Hook::OptionCount)}>{format!("({count})")}</span>
                        </label>
                    }
                })
                .collect_view();
            // The letter assigns no NAP goals and not every result a ministry: the visitor learns
            // where they choose that these are the editors' classification.
            let hint = facet_hint(facet).map(|text| (format!("facet-{}-hint", facet.id()), text));
            let described_by = hint.as_ref().map(|(id, _)| id.clone());
            let hint_text = hint.map(|(id, text)| {
                view! { <p class="facet-hint" id=id>{text.get(lang)}</p> }
            });
            view! {
                <fieldset class=format!("facet facet-{}", facet.id()) aria-describedby=described_by>
                    <legend>{facet_name(facet, lang)}</legend>
                    {hint_text}
                    <div class="facet-options">{options}</div>
                </fieldset>
            }
        })
        .collect_view();
    let total = report.results.len();
    view! {
        <section class="filters js-only" id="filter-panel" aria-labelledby="filters-heading" {..hook(Hook::FilterPanel)}>
            <h2 id="filters-heading">{Ui::FiltersHeading.get(lang)}</h2>
            <div class="filter-search">
                <label for="filter-search">{Ui::Search.get(lang)}</label>
                <input type="search" id="filter-search" {..hook(Hook::SearchInput)} autocomplete="off" spellcheck="false" aria-describedby="filter-search-hint"/>
                <p id="filter-search-hint" class="filter-hint">{Ui::SearchHint.get(lang)}</p>
            </div>
            <p class="filter-hint">{Ui::FiltersHow.get(lang)}</p>
            <div class="facets">{groups}</div>
            <button type="button" class="show-results" {..control(Control::ShowResults)}>
                {i18n::show_results(lang, total)}
            </button>
        </section>
    }
}

/// Above the results: how many show, the filter button (phones), and the chips of the active
/// filters with the control that clears them all (filled in by the widget). It stays in view while
/// the results scroll, on wide screens.
#[component]
pub fn ResultsBar() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let total = page.report.results.len();
    view! {
        <div class="results-bar" {..hook(Hook::ResultsBar)}>
            <div class="results-bar-line">
                <p class="results-count" tabindex="-1" {..hook(Hook::ResultsCount)}>
                    {i18n::results_count(lang, total)}
                </p>
                <button type="button" class="filter-button js-only" aria-expanded="false" aria-controls="filter-panel" {..control(Control::ToggleFilters)}>
                    {Ui::FilterButton.get(lang)}
                </button>
            </div>
            <div class="active-filters js-only" {..hook(Hook::ActiveFilters)} hidden>
                <h3 class="visually-hidden" id="active-filters-heading">{Ui::ActiveFilters.get(lang)}</h3>
                <ul class="chips" aria-labelledby="active-filters-heading" {..hook(Hook::Chips)}></ul>
                // A chip per active filter, copied and filled in by the widget: the option in words
                // (its value, on the button, is the option's key).
                <template {..hook(Hook::ChipTemplate)}>
                    <li>
                        <button type="button" class="chip" {..hook(Hook::Chip)}>
                            <span class="visually-hidden">{Ui::RemoveFilter.get(lang)} ": "</span>
                            <span {..hook(Hook::ChipLabel)}></span>
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                </template>
                <button type="button" class="clear-all" {..control(Control::ClearAll)}>{Ui::ClearAll.get(lang)}</button>
            </div>
        </div>
    }
}

/// Shown when more results match than one page shows: reveals the next page.
#[component]
pub fn ShowMore() -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <button type="button" class="show-more js-only" {..control(Control::ShowMore)} hidden>
            {Ui::ShowMore.get(lang)}
        </button>
    }
}

/// Shown when the filters leave nothing: says so, and offers to clear them.

#[component]
pub fn EmptyResults() -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <div class="empty-results js-only" {..hook(Hook::Empty)} hidden>
            <p>{Ui::NoResults.get(lang)}</p>
            <button type="button" class="clear-all" {..control(Control::ClearAll)}>{Ui::ClearAll.get(lang)}</button>
        </div>
    }
}

/// What a facet's options are, where they are the editors' classification rather than the letter's.
fn facet_hint(facet: Facet) -> Option<Ui> {
    match facet {
        Facet::Ministry => Some(Ui::FacetMinistryHint),
        Facet::Goal => Some(Ui::FacetGoalHint),
        Facet::Section | Facet::Year | Facet::Place => None,
    }
}

pub fn facet_name(facet: Facet, lang: Lang) -> &'static str {
    match facet {
        Facet::Section => Ui::FacetSection.get(lang),
        Facet::Ministry => Ui::FacetMinistry.get(lang),
        Facet::Goal => Ui::FacetGoal.get(lang),
        Facet::Year => Ui::FacetYear.get(lang),
        Facet::Place => Ui::FacetPlace.get(lang),
    }
}

/// A facet's options as (value, label), in the order a reader expects: the letter's sections in
/// its order, ministries and goals as the taxonomy lists them, years ascending with "not stated"
/// last, countries by name and then the areas that are not countries.
pub fn facet_options(report: &Report, facet: Facet, lang: Lang) -> Vec<(String, String)> {
    match facet {
        Facet::Section => report
            .info
            .sections
            .iter()
            .map(|s| (s.id.clone(), s.heading.get(lang).to_owned()))
            .collect(),
        Facet::Ministry => report
            .taxonomy
            .ministries
            .iter()
            .map(|m| (m.id.clone(), m.name.get(lang).to_owned()))
            .collect(),
        Facet::Goal => report
            .taxonomy
            .goals
            .iter()
            .map(|g| (g.id.clone(), g.name.get(lang).to_owned()))
            .collect(),
        Facet::Year => {
            let mut years: Vec<u16> = report
                .results
                .iter()
                .flat_map(|r| r.years.iter().copied())
                .collect();
            years.sort_unstable();
            years.dedup();
            let mut options: Vec<(String, String)> = years
                .iter()
                .map(|y| (y.to_string(), y.to_string()))
                .collect();
            if report.results.iter().any(|r| r.years.is_empty()) {
                options.push((
                    YEAR_NOT_STATED.to_owned(),
                    Ui::YearNotStated.get(lang).to_owned(),
                ));
            }
            options
        }
        Facet::Place => {
            let mut countries: Vec<(String, String)> = report
                .countries
                .iter()
                .map(|c| (c.code.clone(), c.name.get(lang).to_owned()))
                .collect();
            countries.sort_by_key(|(_, name)| fold(name));
            countries.extend(
                report
                    .taxonomy
                    .regions
                    .iter()
                    .map(|r| (r.id.clone(), r.name.get(lang).to_owned())),
            );
            countries
        }
    }
}
