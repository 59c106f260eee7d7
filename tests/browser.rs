//! Browser tests (wasm-bindgen-test in headless Chromium): the widget mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use nap1325::components::App;
use nap1325::content::BUNDLED;
use nap1325::model::{DataFiles, Lang};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app with `files` into a fresh element and returns that element.
fn mount(files: DataFiles<'static>) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    mount_to(root.clone(), move || view! { <App files lang=Lang::Nl/> }).forget();
    root
}

fn text(root: &web_sys::HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
fn the_bundled_data_renders_the_report() {
    let root = mount(BUNDLED);
    let title = root.query_selector("h1").unwrap().expect("a heading");
    assert!(title
        .text_content()
        .unwrap()
        .contains("Nationaal Actieplan 1325-IV"));
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
}

#[wasm_bindgen_test]
fn malformed_json_shows_the_error_view_with_file_and_position() {
    let mut files = BUNDLED;
    files.report.text = "{ \"title\": { \"nl\": \"x\", ";
    let root = mount(files);
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let shown = alert.text_content().unwrap();
    assert!(
        shown.contains("Het rapport kan nu niet worden getoond"),
        "{shown}"
    );
    assert!(shown.contains("data/report.json"), "{shown}");
    assert!(shown.contains("EOF while parsing"), "{shown}");
}

#[wasm_bindgen_test]
fn invalid_content_names_the_field() {
    let emptied: &'static str = Box::leak(
        BUNDLED
            .report
            .text
            .replacen(
                "\"en\": \"Progress on National Action Plan 1325-IV in 2022 and 2023\"",
                "\"en\": \" \"",
                1,
            )
            .into_boxed_str(),
    );
    assert_ne!(
        emptied, BUNDLED.report.text,
        "the fixture must change the title"
    );
    let mut files = BUNDLED;
    files.report.text = emptied;
    let root = mount(files);
    let shown = text(&root);
    assert!(shown.contains("data/report.json at `title.en`"), "{shown}");
    assert!(shown.contains("translation is missing or empty"), "{shown}");
}

#[wasm_bindgen_test]
fn a_failure_after_start_is_an_alert_above_the_report_never_a_blank_page() {
    // One report on the page, as in real life (other tests mounted theirs into this document).
    let document = web_sys::window().unwrap().document().unwrap();
    let others = document.query_selector_all("[data-report]").unwrap();
    for i in 0..others.length() {
        if let Some(Ok(element)) = others.item(i).map(|n| n.dyn_into::<web_sys::Element>()) {
            element.remove();
        }
    }
    let root = mount(BUNDLED);
    nap1325::runtime::show_failure(nap1325::runtime::FAILURE_MESSAGE);
    nap1325::runtime::show_failure(nap1325::runtime::FAILURE_MESSAGE);
    let report = root
        .query_selector("[data-report]")
        .unwrap()
        .expect("the report");
    let alerts = report.query_selector_all("[role=alert]").unwrap();
    assert_eq!(alerts.length(), 1, "one message, however often it fails");
    let first = report.first_element_child().unwrap();
    assert_eq!(first.get_attribute("role").as_deref(), Some("alert"));
    assert!(text(&root).contains("Something went wrong in this view"));
    // The report is still there to read.
    assert!(report.query_selector("h1").unwrap().is_some());
    assert!(report.query_selector_all("[data-result]").unwrap().length() > 30);
}
