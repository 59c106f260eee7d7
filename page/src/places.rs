use leptos::prelude::*;
use nap1325_core::hooks::{Control, Hook};

use crate::hooks::{control, hook, hook_value};

use crate::map::role_words;
use crate::use_page;
use nap1325_core::filter::{fold, Facet};
use nap1325_core::i18n::{self, Ui};
use nap1325_core::model::Role;

/// Every country of the letter with its result count and roles in words; the widget makes each a
/// toggle button that does what the map does, in sync with it: the dependable path on small screens
/// and for screen readers. Without JavaScript it is a plain list.
#[component]
pub fn CountryList() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let totals = page.index.totals(Facet::Place);
    let mut countries: Vec<_> = report.countries.iter().collect();
    countries.sort_by_key(|c| fold(c.name.get(lang)));
    let items = countries
        .into_iter()
        .map(|country| {
            let total = totals.get(&country.code).copied().unwrap_or(0);
            // Where the letter names the country indirectly, or the map takes no position.
            let note = country
                .note
                .as_ref()
                .map(|note| view! { <p class="place-note">{note.get(lang).to_owned()}</p> });
            view! {
                <li>
                    <div class="place-button" {..hook(Hook::PlaceToggle)} {..hook_value(Hook::Place, country.code.clone())}>
                        <span class="place-name" {..hook(Hook::PlaceName)}>{country.name.get(lang).to_owned()}</span>
                        <span class="place-count">{i18n::results_count(lang, total)}</span>
                        <span class="place-roles">{role_words(&report, &country.code, lang)}</span>
                    </div>
                    {note}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="place-list" aria-labelledby="country-list-heading">
            <h3 id="country-list-heading">{Ui::CountryListHeading.get(lang)}</h3>
            <ul>{items}</ul>
        </section>
    }
}

/// The places the letter names that are not one country (the Middle East, the UN, the EU, NATO),
/// shown as what they are, with what the letter does and does not say about them.
#[component]
pub fn RegionList() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let totals = page.index.totals(Facet::Place);
    let items = report
        .taxonomy
        .regions
        .iter()
        .map(|region| {
            let total = totals.get(&region.id).copied().unwrap_or(0);
            view! {
                <li>
                    <div class="place-button" {..hook(Hook::PlaceToggle)} {..hook_value(Hook::Place, region.id.clone())}>
                        <span class="place-name" {..hook(Hook::PlaceName)}>{region.name.get(lang).to_owned()}</span>
                        <span class="place-count">{i18n::results_count(lang, total)}</span>
                    </div>
                    <p class="place-note">{region.note.get(lang).to_owned()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="place-list region-list" aria-labelledby="region-list-heading">
            <h3 id="region-list-heading">{Ui::RegionListHeading.get(lang)}</h3>
            <ul>{items}</ul>
        </section>
    }
}

/// What the map's fills and pins mean, in words and with the same marks.
#[component]
pub fn MapLegend() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let reporting = report
        .country(&report.info.reporting_country)
        .map(|c| format!("{}: {}", c.name.get(lang), Ui::ReportingCountry.get(lang)))
        .unwrap_or_default();
    let entries = Role::ALL
        .into_iter()
        .map(|role| {
            view! {
                <li>
                    <span class=format!("legend-mark pin role-{}", role.id()) aria-hidden="true">
                        <span class="pin-mark"></span>
                    </span>
                    {role.label(lang)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="map-legend">
            <h3 class="visually-hidden">{Ui::Legend.get(lang)}</h3>
            <ul>
                {entries}
                <li>
                    <span class="legend-mark pin reporting" aria-hidden="true">
                        <span class="pin-mark"></span>
                    </span>
                    {reporting}
                </li>
            </ul>
        </div>
    }
}

/// Beside the map: the chosen country or area, how many results it has, and their titles, each a
/// link to its card (the widget fills it in), with the control that shows every place again;
/// before anything is chosen, how to choose. It stays in view while the lists under it scroll.
#[component]
pub fn PlacePanel() -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <section class="place-panel js-only" aria-labelledby="place-panel-heading" {..hook(Hook::PlacePanel)}>
            <h3 class="visually-hidden" id="place-panel-heading">{Ui::PlacePanelHeading.get(lang)}</h3>
            <p class="place-summary" {..hook(Hook::PlaceSummary)}>{format!("{} {}", Ui::MapHint.get(lang), Ui::MapKeys.get(lang))}</p>
            <ul class="place-results" {..hook(Hook::PlaceResults)}></ul>
            // A link per result of the chosen place, copied and filled in by the widget.
            <template {..hook(Hook::PlaceLinkTemplate)}>
                <li><a href="#results" {..hook(Hook::ResultLink)}></a></li>
            </template>
            <p class="place-all" {..hook(Hook::PlaceAll)} hidden>
                <a href="#results" {..control(Control::SkipToResults)}>{Ui::SkipToResults.get(lang)}</a>
            </p>
            <button type="button" class="show-all" {..control(Control::ShowAllPlaces)} hidden>
                {Ui::ShowAll.get(lang)}
            </button>
        </section>
    }
}
