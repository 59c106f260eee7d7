//! The widget in headless Chromium, as production runs it: the prerendered page (made by
//! `build.rs` with the same components and data as the build) is put into the document, the
//! widget's `start_on` binds to it, and real DOM events drive it. Counts and titles come from
//! `data/`, not from this year's letter.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use nap1325_content::BUNDLED;
use nap1325_core::filter::{Facet, PAGE};
use nap1325_core::hooks::{Control, Hook};
use nap1325_core::model::{load, Report};
use nap1325_widget::{start_on, Runtime};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

const PAGE_NL: &str = include_str!(concat!(env!("OUT_DIR"), "/report.nl.html"));
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn report() -> Report {
    load(&BUNDLED).expect("the shipped data loads")
}

/// A ministry to filter by: the one with the most results that is not on all of them.
fn some_ministry(data: &Report) -> String {
    let count = |id: &str| {
        data.results
            .iter()
            .filter(|r| r.ministries.iter().any(|m| m == id))
            .count()
    };
    data.taxonomy
        .ministries
        .iter()
        .map(|m| m.id.clone())
        .filter(|id| count(id) < data.results.len())
        .max_by_key(|id| count(id))
        .expect("a ministry that leaves some results out")
}

/// A fresh copy of the prerendered page in the document (the last test's is removed), at an
/// address without a query, with `edit` applied to its HTML first.
fn page_with(edit: impl FnOnce(String) -> String) -> Element {
    let document = document();
    let body = document.body().unwrap();
    // The test runner writes its report into the body too: only our own container is replaced.
    if let Some(previous) = document.get_element_by_id("test-page") {
        previous.remove();
    }
    let app = document.create_element("div").unwrap();
    app.set_id("test-page");
    app.set_inner_html(&format!(
        "<style>{STYLE}</style>{}",
        edit(PAGE_NL.to_owned())
    ));
    body.append_child(&app).unwrap();
    document
        .document_element()
        .unwrap()
        .set_attribute("lang", "nl")
        .unwrap();
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&path))
        .unwrap();
    document
        .query_selector(Hook::Report.selector())
        .unwrap()
        .expect("the page has its report")
}

/// The prerendered page with the widget started on it.
async fn started() -> (Element, Rc<Runtime>) {
    let root = page_with(|html| html);
    let runtime = start_on(root.clone())
        .await
        .expect("the widget starts on the prerendered page");
    (root, runtime)
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn find(root: &Element, hook: Hook, value: &str) -> Element {
    root.query_selector(&format!("[{}=\"{value}\"]", hook.attribute()))
        .unwrap()
        .unwrap_or_else(|| panic!("no {}=\"{value}\"", hook.attribute()))
}

fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The titles of the cards in the document, in order.
fn card_titles(root: &Element) -> Vec<String> {
    all(root, Hook::ResultTitle.selector())
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect()
}

fn text(root: &Element, hook: Hook) -> String {
    root.query_selector(hook.selector())
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn active_id() -> Option<String> {
    document().active_element().map(|e| e.id())
}

#[wasm_bindgen_test]
async fn starts_on_the_prerendered_page() {
    let (root, runtime) = started().await;
    let data = report();
    assert!(root.has_attribute(Hook::Ready.attribute()));
    assert_eq!(card_titles(&root).len(), data.results.len().min(PAGE));
    // Footnote markers became disclosure buttons, the lists' rows toggle buttons.
    let markers = all(&root, Hook::FootnoteMarker.selector());
    assert!(!markers.is_empty());
    assert!(markers.iter().all(|m| m.tag_name() == "BUTTON"
        && m.get_attribute("aria-expanded").as_deref() == Some("false")));
    let rows = all(&root, Hook::PlaceToggle.selector());
    assert_eq!(
        rows.len(),
        data.countries.len() + data.taxonomy.regions.len()
    );
    assert!(rows.iter().all(|r| r.tag_name() == "BUTTON"));
    runtime.stop();
}

#[wasm_bindgen_test]
async fn a_facet_option_filters_the_cards_and_the_counts() {
    let (root, runtime) = started().await;
    let data = report();
    let ministry = some_ministry(&data);
    let chosen: Vec<String> = data
        .results
        .iter()
        .filter(|r| r.ministries.contains(&ministry))
        .map(|r| r.title.nl.clone())
        .collect();
    let option = find(&root, Hook::Option, &Facet::Ministry.key(&ministry));
    click(&option);
    assert_eq!(card_titles(&root), chosen);
    let count = format!("{} van {} resultaten", chosen.len(), data.results.len());
    assert_eq!(text(&root, Hook::ResultsCount), count);
    assert_eq!(text(&root, Hook::Live), count);
    // A chip (a copy of the page's template) says what is chosen; removing it gives everything
    // back and the focus to the search.
    let chip = find(&root, Hook::Chip, &Facet::Ministry.key(&ministry));
    let label = data.ministry(&ministry).unwrap().name.nl.clone();
    assert_eq!(text(&chip, Hook::ChipLabel), label);
    click(&chip);
    assert_eq!(card_titles(&root).len(), data.results.len().min(PAGE));
    assert_eq!(active_id().as_deref(), Some("filter-search"));
    assert!(!option.unchecked_ref::<HtmlInputElement>().checked());
    runtime.stop();
}

#[wasm_bindgen_test]
async fn typing_a_search_narrows_the_cards() {
    let (root, runtime) = started().await;
    let search: HtmlInputElement = root
        .query_selector(Hook::SearchInput.selector())
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    search.set_value("oekraine");
    search
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    let titles = card_titles(&root);
    let data = report();
    let expected = data
        .results
        .iter()
        .filter(|r| r.countries.iter().any(|c| c.code == "UKR"))
        .count();
    assert!(
        titles.len() >= expected && titles.len() < data.results.len(),
        "{titles:?}"
    );
    runtime.stop();
}

#[wasm_bindgen_test]
async fn a_footnote_opens_in_place_and_its_close_button_returns_the_focus() {
    let (root, runtime) = started().await;
    let marker = all(&root, Hook::FootnoteMarker.selector())
        .into_iter()
        .next()
        .unwrap();
    let key = marker
        .get_attribute(Hook::FootnoteMarker.attribute())
        .unwrap();
    let panel = find(&root, Hook::FootnotePanel, &key);
    assert!(panel.has_attribute("hidden"));
    click(&marker);
    assert!(!panel.has_attribute("hidden"));
    assert_eq!(
        marker.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    click(&find(&panel, Hook::FootnoteClose, &key));
    assert!(panel.has_attribute("hidden"));
    assert_eq!(active_id(), Some(marker.id()));
    runtime.stop();
}

#[wasm_bindgen_test]
async fn a_pin_chooses_its_country_and_the_arrow_keys_move_between_pins() {
    let (root, runtime) = started().await;
    let data = report();
    let pin = root
        .query_selector(&format!(
            "{}[{}=\"COL\"]",
            Hook::Pin.selector(),
            Hook::Place.attribute()
        ))
        .unwrap()
        .unwrap();
    click(&pin);
    assert_eq!(pin.get_attribute("aria-pressed").as_deref(), Some("true"));
    let in_colombia = data
        .results
        .iter()
        .filter(|r| r.countries.iter().any(|c| c.code == "COL"))
        .count();
    assert_eq!(card_titles(&root).len(), in_colombia);
    let row = root
        .query_selector(&format!(
            "{}[{}=\"COL\"]",
            Hook::PlaceToggle.selector(),
            Hook::Place.attribute()
        ))
        .unwrap()
        .unwrap();
    assert_eq!(row.get_attribute("aria-pressed").as_deref(), Some("true"));
    // The pin holds the map's Tab stop; an arrow moves the focus to the next pin east.
    assert_eq!(pin.get_attribute("tabindex").as_deref(), Some("0"));
    pin.unchecked_ref::<HtmlElement>().focus().unwrap();
    key(&pin, "ArrowRight");
    let focused = document().active_element().unwrap();
    assert!(focused.has_attribute(Hook::Pin.attribute()));
    assert_ne!(focused, pin);
    assert_eq!(focused.get_attribute("tabindex").as_deref(), Some("0"));
    // Esc first hides the tooltip, then clears the choice.
    key(&focused, "Escape");
    key(&focused, "Escape");
    assert_eq!(pin.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(card_titles(&root).len(), data.results.len().min(PAGE));
    runtime.stop();
}

#[wasm_bindgen_test]
async fn the_presentation_steps_with_the_keys_and_esc_leaves_it() {
    let (root, runtime) = started().await;
    let overlay = root
        .query_selector(Hook::Presentation.selector())
        .unwrap()
        .unwrap();
    assert!(overlay.has_attribute("hidden"));
    click(&find(&root, Hook::Control, Control::Present.id()));
    assert!(!overlay.has_attribute("hidden"));
    let data = report();
    // The opening, each section's heading, each result.
    let steps = 1 + data.info.sections.len() + data.results.len();
    assert_eq!(text(&root, Hook::StepCounter), format!("1 / {steps}"));
    let body = document().body().unwrap();
    key(&body, "PageDown");
    assert_eq!(text(&root, Hook::StepCounter), format!("2 / {steps}"));
    key(&body, "End");
    assert_eq!(text(&root, Hook::StepCounter), format!("{steps} / {steps}"));
    let last = data.results.last().unwrap();
    assert!(text(&root, Hook::StepContent).contains(&last.title.nl));
    key(&body, "Escape");
    assert!(overlay.has_attribute("hidden"));
    runtime.stop();
}

#[wasm_bindgen_test]
async fn a_missing_hook_is_reported_by_name_and_the_widget_does_not_start() {
    let errors: Rc<RefCell<Vec<String>>> = Rc::default();
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = js_sys::Reflect::get(&console, &"error".into()).unwrap();
    let record = {
        let errors = errors.clone();
        Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
            errors
                .borrow_mut()
                .push(message.as_string().unwrap_or_default())
        })
    };
    js_sys::Reflect::set(&console, &"error".into(), record.as_ref()).unwrap();
    let root = page_with(|html| html.replacen(" data-live=\"\"", "", 1));
    let started = start_on(root.clone()).await;
    js_sys::Reflect::set(&console, &"error".into(), &original).unwrap();
    let missing = started
        .err()
        .expect("the widget does not start without its live region");
    assert_eq!(missing.0, ["data-live"]);
    assert!(!root.has_attribute(Hook::Ready.attribute()));
    let logged = errors.borrow().join("\n");
    assert!(logged.contains("data-live"), "{logged}");
    let alert = text(&root, Hook::Failure);
    assert!(alert.contains("konden niet worden gestart"), "{alert}");
    // The report stays readable.
    assert_eq!(card_titles(&root).len(), report().results.len());
}

/// A callback for `setTimeout`.
type Timer = Closure<dyn FnMut()>;

/// Runs `each` in every turn the browser gets until the widget marks `root` ready: a timer that
/// queues itself again (a start in one task would let it run once at most).
fn on_each_turn_until_ready(root: &Element, mut each: impl FnMut() + 'static) {
    let window = web_sys::window().unwrap();
    let tick: Rc<RefCell<Option<Timer>>> = Rc::default();
    *tick.borrow_mut() = Some(Closure::new({
        let (again, root, window) = (tick.clone(), root.clone(), window.clone());
        move || {
            if root.has_attribute(Hook::Ready.attribute()) {
                return;
            }
            each();
            if let Some(tick) = again.borrow().as_ref() {
                let _ = window.set_timeout_with_callback(tick.as_ref().unchecked_ref());
            }
        }
    }));
    if let Some(first) = tick.borrow().as_ref() {
        window
            .set_timeout_with_callback(first.as_ref().unchecked_ref())
            .unwrap();
    }
    // The timer lives until the page is ready, when it stops asking for turns.
    std::mem::forget(tick);
}

#[wasm_bindgen_test]
async fn the_start_gives_the_browser_turns_before_it_is_ready() {
    let root = page_with(|html| html);
    let turns = Rc::new(Cell::new(0));
    on_each_turn_until_ready(&root, {
        let turns = turns.clone();
        move || turns.set(turns.get() + 1)
    });
    let runtime = start_on(root.clone()).await.unwrap();
    assert!(
        turns.get() >= 5,
        "the browser had {} turns during the start",
        turns.get()
    );
    runtime.stop();
}

#[wasm_bindgen_test]
async fn a_link_opens_its_view() {
    let root = page_with(|html| html);
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}?place=COL&fn=intro:1")),
        )
        .unwrap();
    let data = report();
    let in_colombia = data
        .results
        .iter()
        .filter(|r| r.countries.iter().any(|c| c.code == "COL"))
        .count();
    // The view is shown all at once: no turn of the browser (no frame) finds the footnote open
    // and the cards not yet filtered.
    let half_shown = Rc::new(Cell::new(0));
    on_each_turn_until_ready(&root, {
        let (half_shown, root) = (half_shown.clone(), root.clone());
        move || {
            let opened = !find(&root, Hook::FootnotePanel, "intro:1").has_attribute("hidden");
            let filtered = card_titles(&root).len() == in_colombia;
            if opened != filtered {
                half_shown.set(half_shown.get() + 1);
            }
        }
    });
    let runtime = start_on(root.clone()).await.unwrap();
    assert_eq!(card_titles(&root).len(), in_colombia);
    assert!(!find(&root, Hook::FootnotePanel, "intro:1").has_attribute("hidden"));
    assert_eq!(
        half_shown.get(),
        0,
        "turns in which the view was half shown"
    );
    runtime.stop();
}

/// Records what the page writes to `console.error` while `during` runs.
async fn console_errors<T>(during: impl std::future::Future<Output = T>) -> (T, Vec<String>) {
    let errors: Rc<RefCell<Vec<String>>> = Rc::default();
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = js_sys::Reflect::get(&console, &"error".into()).unwrap();
    let record = {
        let errors = errors.clone();
        Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
            errors
                .borrow_mut()
                .push(message.as_string().unwrap_or_default())
        })
    };
    js_sys::Reflect::set(&console, &"error".into(), record.as_ref()).unwrap();
    let out = during.await;
    js_sys::Reflect::set(&console, &"error".into(), &original).unwrap();
    let logged = errors.borrow().clone();
    (out, logged)
}

#[wasm_bindgen_test]
async fn an_option_the_widget_cannot_read_is_reported_and_the_widget_does_not_start() {
    let data = report();
    let ministry = some_ministry(&data);
    let key = Facet::Ministry.key(&ministry);
    let root = page_with(|html| {
        html.replacen(
            &format!("{}=\"{key}\"", Hook::Option.attribute()),
            &format!("{}=\"{ministry}\"", Hook::Option.attribute()),
            1,
        )
    });
    let (started, logged) = console_errors(start_on(root.clone())).await;
    let missing = started.err().expect("a dead checkbox is no start");
    assert_eq!(
        missing.0,
        [format!(
            "{}=\"{ministry}\" (facet:option)",
            Hook::Option.attribute()
        )]
    );
    assert!(logged.join("\n").contains(&ministry), "{logged:?}");
    assert!(text(&root, Hook::Failure).contains("konden niet worden gestart"));
}

/// Waits (up to two seconds, in turns of the browser) until `done` holds.
async fn until(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if done() {
            return true;
        }
        let later = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(later).await.unwrap();
    }
    done()
}

#[wasm_bindgen_test]
async fn a_stale_download_file_fails_the_download_and_says_so() {
    let (root, runtime) = started().await;
    // The download data of another build: it lacks every result of this page. No file is made
    // (a short download would say nothing of what it left out).
    js_sys::eval(
        "window.__fetch = window.fetch; window.__made = 0; \
         window.fetch = () => Promise.resolve(new Response(JSON.stringify({ header: 'id', rows: {}, records: {}, source: {} }))); \
         window.__createObjectURL = URL.createObjectURL; URL.createObjectURL = (b) => { window.__made += 1; return window.__createObjectURL(b); };",
    )
    .unwrap();
    let failed = async {
        click(&find(&root, Hook::Control, Control::DownloadCsv.id()));
        until(|| text(&root, Hook::Live).contains("niet gelukt")).await
    };
    let (said, logged) = console_errors(failed).await;
    let made = js_sys::eval(
        "const made = window.__made; window.fetch = window.__fetch; URL.createObjectURL = window.__createObjectURL; made",
    )
    .unwrap();
    assert!(said, "the live region says the download failed");
    assert_eq!(made.as_f64(), Some(0.0), "no file was made");
    let first = &report().results[0].id;
    assert!(
        logged
            .iter()
            .any(|e| e.contains("has no result") && e.contains(first.as_str())),
        "{logged:?}"
    );
    runtime.stop();
}
