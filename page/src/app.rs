use leptos::prelude::*;
use nap1325_core::hooks::{Control, Hook};

use crate::hooks::{control, hook, hook_value};

use crate::context::Page;
use crate::filters::{EmptyResults, FilterPanel, ResultsBar, ShowMore};
use crate::footer::SourceFooter;
use crate::footnotes::FootnoteList;
use crate::header::ReportHeader;
use crate::intro::Introduction;
use crate::load_failed::LoadFailed;
use crate::map::WorldMap;
use crate::places::{CountryList, MapLegend, PlacePanel, RegionList};
use crate::presentation::{Presentation, PrintSummary};
use crate::results::ResultsBySection;
use nap1325_core::i18n::{self, Ui};
use nap1325_core::model::{self, DataFiles, Lang};

/// The whole widget in one language: loads the data files and renders the report, or, when they do
/// not load, a message for the visitor with the exact problems for the editors.
#[component]
pub fn App(
    /// The data files to read; the shipped widget uses [`crate::content::BUNDLED`].
    files: DataFiles<'static>,
    /// The language of the page.
    lang: Lang,
    /// The file of the map's scenery, where the build renamed it (default [`crate::context::SCENERY`]).
    #[prop(optional, into)]
    scenery: Option<String>,
) -> impl IntoView {
    let page = model::load(&files).map(|report| {
        let page = Page::new(report, lang);
        provide_context(match scenery {
            Some(scenery) => page.with_scenery(scenery),
            None => page,
        });
        view! { <ReportPage/> }
    });
    view! {
        <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors lang/> }>{page}</ErrorBoundary>
    }
}

/// The report itself, for the [`Page`] in context (provided by [`App`], or by a benchmark that
/// builds its report in code).
#[component]
pub fn ReportPage() -> impl IntoView {
    view! {
        <div class="report" {..hook(Hook::Report)}>
            <FailureAlert/>
            <SkipLinks/>
            <ReportHeader/>
            <PrintSummary/>
            <main class="report-main">
                <Introduction/>
                <MapSection/>
                <Explore/>
                <FootnoteList/>
            </main>
            <SourceFooter/>
            <p class="visually-hidden" role="status" {..hook(Hook::Live)}></p>
            <Presentation/>
        </div>
    }
}

/// The countries and territories of the letter: the map, its legend and the lists of countries and
/// other places. On narrow screens the lists wait behind a button and a link leads past them to
/// the results (without JavaScript the lists show whole).
#[component]
fn MapSection() -> impl IntoView {
    let page = crate::use_page();
    let lang = page.lang;
    let places = page.report.countries.len() + page.report.taxonomy.regions.len();
    view! {
        <section class="map-section" aria-labelledby="map-heading">
            <div class="map-heading">
                <h2 id="map-heading">{Ui::MapHeading.get(lang)}</h2>
                <a class="to-results" href="#results" {..control(Control::SkipToResults)}>{Ui::ToResults.get(lang)}</a>
            </div>
            <div class="map-layout">
                <div class="map-main">
                    <WorldMap/>
                    <MapLegend/>
                </div>
                <div class="map-side">
                    <PlacePanel/>
                    <button type="button" class="lists-toggle js-only" aria-expanded="false" aria-controls="place-lists" {..control(Control::ToggleLists)}>
                        {i18n::all_places(lang, places)}
                    </button>
                    // Until the widget makes its rows buttons (one Tab stop, arrow keys between
                    // them), the lists' own scrolling box takes the focus, so the keyboard scrolls it.
                    <div class="place-lists" id="place-lists" role="group" tabindex="0" aria-label=Ui::PlaceLists.get(lang) aria-describedby="place-lists-hint" {..hook(Hook::PlaceLists)}>
                        <p class="visually-hidden js-only" id="place-lists-hint">{Ui::PlaceListsHint.get(lang)}</p>
                        <CountryList/>
                        <RegionList/>
                    </div>
                </div>
            </div>
        </section>
    }
}

/// Finding results: the filters beside the results on wide screens (behind the filter button on
/// phones), and above the results a bar with their count and the active filters.
#[component]
fn Explore() -> impl IntoView {
    let lang = crate::use_page().lang;
    view! {
        <section class="explore" id="results" aria-labelledby="results-heading" {..hook(Hook::Results)}>
            <h2 class="visually-hidden" id="results-heading">{Ui::ResultsHeading.get(lang)}</h2>
            <FilterPanel/>
            <div class="explore-results">
                <ResultsBar/>
                <ResultsBySection/>
                <ShowMore/>
                <EmptyResults/>
            </div>
        </section>
    }
}

/// The links at the very start of the widget to its three parts, for keyboard and screen-reader
/// visitors (shown when they have the focus). Without JavaScript they are plain links to the map
/// and the results.
#[component]
fn SkipLinks() -> impl IntoView {
    let lang = crate::use_page().lang;
    view! {
        <nav class="skip-links" aria-label=Ui::SkipLinks.get(lang)>
            <ul>
                <li><a href="#map-heading" {..control(Control::SkipToMap)}>{Ui::SkipLinks.get(lang)} " " {Ui::SkipToMap.get(lang)}</a></li>
                <li class="js-only"><a href="#filter-search" {..control(Control::SkipToFilters)}>{Ui::SkipLinks.get(lang)} " " {Ui::SkipToFilters.get(lang)}</a></li>
                <li><a href="#results" {..control(Control::SkipToResults)}>{Ui::SkipLinks.get(lang)} " " {Ui::SkipToResults.get(lang)}</a></li>
            </ul>
        </nav>
    }
}

/// Where a failure of the widget is reported: empty (and not shown) until then. It carries what
/// `loader.js` says when the widget cannot start and what the widget says when it fails later, in
/// the page's language; either way the report under it stays readable.
#[component]
fn FailureAlert() -> impl IntoView {
    let lang = super::use_page().lang;
    view! {
        <p
            class="app-status app-status-error"
            role="alert"
            {..hook(Hook::Failure)}
            {..hook_value(Hook::FailureStart, Ui::StartFailed.get(lang))}
            {..hook_value(Hook::FailureBroke, Ui::WidgetBroke.get(lang))}
        ></p>
    }
}
