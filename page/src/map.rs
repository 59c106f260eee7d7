use leptos::prelude::*;
use nap1325_core::hooks::Hook;

use crate::hooks::{hook, hook_value};

use crate::use_page;
use nap1325_core::figures;
use nap1325_core::filter::Facet;
use nap1325_core::i18n::{self, Ui};
use nap1325_core::map::{self, pins, MapView, ViewBox};
use nap1325_core::model::{Lang, Report, Role};

/// The report's countries that the map can draw (every one, once `make geometry` has run).
fn drawn_codes() -> Vec<&'static str> {
    use_page()
        .report
        .countries
        .iter()
        .filter_map(|c| map::shape(&c.code).map(|s| s.code))
        .collect()
}

/// The world map: the report's countries drawn by role, a pin for each (24 × 24 CSS px buttons,
/// placed by `style/map-pins.css`), zoomed views for crowded regions, and a one-sentence summary as
/// its caption. Drawn in the world view; the widget switches views and selects.
#[component]
pub fn WorldMap() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    view! {
        <figure class="map-figure" aria-labelledby="map-caption">
            <MapViewButtons/>
            <div class="map-canvas" {..hook(Hook::MapCanvas)} {..hook_value(Hook::View, MapView::World.id())}>
                <MapDrawing/>
                <MapPins/>
            </div>
            // A figure's caption is its first or last child (valid HTML).
            <p class="map-hint js-only">{Ui::MapHint.get(lang)} " " <span class="map-keys">{Ui::MapKeys.get(lang)}</span></p>
            <figcaption id="map-caption" class="map-caption">{figures::map_summary(&report, lang)}</figcaption>
        </figure>
    }
}

/// The buttons that show each view, with how many pins it holds.
#[component]
fn MapViewButtons() -> impl IntoView {
    let lang = use_page().lang;
    let codes = drawn_codes();
    let buttons = MapView::ALL
        .into_iter()
        .map(|view| {
            let count = codes.iter().filter(|c| pins::view_of(c) == view).count();
            view! {
                <button
                    type="button"
                    {..hook_value(Hook::ShowView, view.id())}
                    {..hook_value(Hook::ViewBox, view_box_attr(view.view_box()))}
                    {..hook_value(Hook::ViewBoxNarrow, view_box_attr(view.view_box_narrow()))}
                    aria-pressed=(view == MapView::World).to_string()
                >
                    {view_name(view, lang)}
                    " ("
                    {count}
                    ")"
                </button>
            }
        })
        .collect_view();
    view! { <div class="map-views js-only" role="group" aria-label=Ui::MapViews.get(lang)>{buttons}</div> }
}

/// The drawing: the scenery (every country, grey), the report's countries by role on top, and the
/// frames of the zoomed views. Hidden from assistive technology: the pins and the lists say it.
#[component]
fn MapDrawing() -> impl IntoView {
    let page = use_page();
    let report = page.report.clone();
    let world = MapView::World.view_box();
    // The map's background, every country as scenery: a file of its own, so neither the page nor
    // the widget's code carries it twice.
    let scenery = format!("{}#world", page.scenery);
    let shapes = drawn_codes()
        .iter()
        .filter_map(|code| map::shape(code))
        .map(|shape| {
            view! {
                <path d=shape.d class=format!("country {}", role_class(&report, shape.code)) {..hook_value(Hook::Place, shape.code)} {..hook_value(Hook::Bounds, bounds_attr(shape.main))}></path>
            }
        })
        .collect_view();
    let frames = MapView::ALL
        .into_iter()
        .filter_map(|view| view.frame().map(|frame| (view, frame)))
        .map(|(view, frame)| {
            view! {
                <rect class="map-frame" x=frame.x y=frame.y width=frame.w height=frame.h {..hook_value(Hook::ShowView, view.id())}></rect>
            }
        })
        .collect_view();
    view! {
        <svg class="map-svg" viewBox=view_box_attr(world) aria-hidden="true" focusable="false" {..hook(Hook::MapSvg)}>
            <defs {..hook(Hook::MapDefs)}>
                <pattern id="map-hatch" class="map-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="4" height="4"></rect>
                    <line x1="0" y1="0" x2="0" y2="4"></line>
                </pattern>
            </defs>
            // The scenery (23 kB) is fetched once the report has been painted: loader.js
            // sets the href from `data-scenery`. Without JavaScript, the copy below does.
            <use class="map-land" {..hook_value(Hook::Scenery, scenery.clone())}></use>
            {shapes}
            <g class="map-frames">{frames}</g>
        </svg>
        <noscript>
            <svg class="map-svg map-scenery" viewBox=view_box_attr(world) aria-hidden="true" focusable="false">
                <use href=scenery class="map-land"></use>
            </svg>
        </noscript>
    }
}

/// A pin per country, in each view it stands in: a toggle button named by the country, its results
/// and roles, with a tooltip that says the same. One Tab stop: the westernmost pin of the world.
#[component]
fn MapPins() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let codes = drawn_codes();
    let totals = page.index.totals(Facet::Place);
    let world_pins = pins::pins_in(MapView::World, &codes);
    let positions: Vec<(f32, f32)> = world_pins.iter().map(|p| (p.left, p.top)).collect();
    let first_pin = pins::step(&positions, None, pins::Step::First).map(|i| world_pins[i].code);
    // Where each pin stands in its own view, in percent (the keyboard's order reads these).
    let spots: Vec<pins::PinSpot> = MapView::ALL
        .into_iter()
        .flat_map(|view| pins::pins_in(view, &codes))
        .collect();
    let buttons = spots
        .iter()
        .map(|spot| {
            let code = spot.code;
            let name = report
                .country(code)
                .map(|c| c.name.get(lang).to_owned())
                .unwrap_or_default();
            let total = totals.get(code).copied().unwrap_or(0);
            let roles = role_words(&report, code, lang);
            let label = i18n::pin_label(lang, &name, total, &roles);
            view! {
                <button
                    type="button"
                    class=format!("pin pin-{code} {}", role_class(&report, code))
                    id=pin_id(code)
                    {..hook(Hook::Pin)}
                    {..hook_value(Hook::Place, code)}
                    {..hook_value(Hook::View, pins::view_of(code).id())}
                    {..hook_value(Hook::PinX, (spot.left * 100.0).round() as i32)}
                    {..hook_value(Hook::PinY, (spot.top * 100.0).round() as i32)}
                    tabindex=if first_pin == Some(code) { "0" } else { "-1" }
                    aria-pressed="false"
                    aria-label=label
                >
                    <span class="pin-mark" aria-hidden="true"></span>
                    // The tooltip shows the pin's accessible name word for word (WCAG 2.5.3,
                    // label in name), on two lines.
                    <span class="pin-tip" aria-hidden="true" {..hook(Hook::PinTip)}>
                        <strong>{name}</strong>
                        ": "
                        {i18n::results_count(lang, total)}
                        " "
                        <br/>
                        "("{roles}")"
                    </span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="map-pins js-only" role="group" aria-label=Ui::MapPins.get(lang) {..hook(Hook::Pins)}>
            {buttons}
        </div>
    }
}

pub fn pin_id(code: &str) -> String {
    format!("pin-{code}")
}

/// A shape's bounds in whole units, rounded outwards: `left top right bottom`.
fn bounds_attr(b: map::Rect) -> String {
    [
        b.x.floor(),
        b.y.floor(),
        (b.x + b.w).ceil(),
        (b.y + b.h).ceil(),
    ]
    .map(|v| (v as i32).to_string())
    .join(" ")
}

/// `x y w h`, as a `viewBox` attribute writes it.
pub fn view_box_attr(b: ViewBox) -> String {
    format!("{:.1} {:.1} {:.1} {:.1}", b.x, b.y, b.w, b.h)
}

pub fn view_name(view: MapView, lang: Lang) -> &'static str {
    match view {
        MapView::World => Ui::ViewWorld.get(lang),
        MapView::Europe => Ui::ViewEurope.get(lang),
        MapView::MiddleEast => Ui::ViewMiddleEast.get(lang),
        MapView::Africa => Ui::ViewAfrica.get(lang),
    }
}

/// The CSS class of a country's main role (results before mission before subject, partner,
/// example), and `reporting` for the country that reports.
pub fn role_class(report: &Report, code: &str) -> String {
    let role = report
        .roles_of(code)
        .into_iter()
        .next()
        .map(Role::id)
        .unwrap_or("none");
    if code == report.info.reporting_country {
        format!("role-{role} reporting")
    } else {
        format!("role-{role}")
    }
}

/// A country's roles in words: "resultaten behaald of gesteund; partnerland".
pub fn role_words(report: &Report, code: &str, lang: Lang) -> String {
    let mut words: Vec<&str> = report
        .roles_of(code)
        .into_iter()
        .map(|r| r.label(lang))
        .collect();
    if code == report.info.reporting_country {
        words.insert(0, Ui::ReportingCountry.get(lang));
    }
    words.join("; ")
}
