//! The widget in the browser. The page arrives prerendered (the whole report, readable without
//! JavaScript); this module reads it once, creates the state, and from then on reflects the state
//! onto it ([`bind`]) and turns the visitor's actions into state changes ([`events`]).

mod bind;
mod cards;
pub mod dom;
mod embed;
mod events;
mod export;
mod state;

mod filters;
mod highlight;
mod history;
mod page;
mod present;
mod print;

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::ReportState;
use nap1325_core::filter::Index;
use nap1325_core::model::Lang;
use nap1325_core::view_state::FootnoteSpot;
use page::PageDom;

/// Starts the widget on the page: called by `main`.
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let Some(document) = dom::document() else {
        return;
    };
    let Some(root) = document.query_selector("[data-report]").ok().flatten() else {
        // The page shows the editors' error view (the data did not load at build time).
        return;
    };
    upgrade_to_buttons(&root);
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let page = Rc::new(PageDom::read(root.clone()));
    // The state lives as long as the page: its owner is never dropped.
    let owner = Owner::new();
    owner.with(|| {
        let state = ReportState::new(
            Index::from_entries(page.index_entries()),
            page.place_infos(),
            lang,
            nap1325_core::url::parse(&history::current_query()).compact,
        );

        events::apply_address(&page, &state);
        cards::install(page.clone(), state);
        bind::bind(page.clone(), state);
        let labels = Rc::new(filters::read_labels(&page.root));
        filters::bind(page.clone(), state, labels.clone());
        print::install(page.clone(), state, labels.clone());
        present::install(page.clone(), state, labels);
        events::listen(page.clone(), state);
    });
    std::mem::forget(owner);
    embed::report_height();
    let _ = root.set_attribute("data-ready", "");
}

/// What works without JavaScript as something else becomes a button with the widget running:
/// footnote markers (links to the list at the end) become disclosure buttons for the panel under
/// their text; the rows of the country and area lists become toggle buttons.
fn upgrade_to_buttons(root: &web_sys::Element) {
    for link in dom::all(root, "a.fn-marker[data-footnote]") {
        let Some(spot) =
            dom::attr(&link, "data-footnote").and_then(|key| FootnoteSpot::from_key(&key))
        else {
            continue;
        };
        replace_with_button(
            &link,
            &[
                ("aria-expanded", "false".to_owned()),
                ("aria-controls", spot.panel_id()),
            ],
        );
    }
    for row in dom::all(root, "div.place-button[data-place]") {
        replace_with_button(&row, &[("aria-pressed", "false".to_owned())]);
    }
}

/// Replaces `element` by a `<button type="button">` with its attributes (but `href`), `extra` and
/// its children.
fn replace_with_button(element: &web_sys::Element, extra: &[(&str, String)]) {
    let Some(document) = element.owner_document() else {
        return;
    };
    let Ok(button) = document.create_element("button") else {
        return;
    };
    let _ = button.set_attribute("type", "button");
    let names = element.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        if name != "href" {
            let _ = button.set_attribute(&name, &element.get_attribute(&name).unwrap_or_default());
        }
    }
    for (name, value) in extra {
        let _ = button.set_attribute(name, value);
    }
    while let Some(child) = element.first_child() {
        let _ = button.append_child(&child);
    }
    let _ = element.replace_with_with_node_1(&button);
}

/// What a visitor reads when the widget fails after it started.
pub const FAILURE_MESSAGE: &str = "Er ging iets mis in deze weergave; filters en kaart werken mogelijk niet. Herlaad de pagina. / Something went wrong in this view; filters and map may not work. Please reload the page.";

/// A panic is a bug; the visitor sees a short message instead of a frozen page, and the console
/// keeps the details. The prerendered report stays readable under it.
fn report_panic(info: &std::panic::PanicHookInfo) {
    web_sys::console::error_1(&format!("nap1325 widget: {info}").into());
    show_failure(FAILURE_MESSAGE);
}

/// Puts `message` at the top of the report as an alert (once), leaving the report as it is.
pub fn show_failure(message: &str) {
    let Some(document) = dom::document() else {
        return;
    };
    let Some(root) = document.query_selector("[data-report]").ok().flatten() else {
        return;
    };
    if dom::first(&root, "[data-failure]").is_some() {
        return;
    }
    let Ok(alert) = document.create_element("p") else {
        return;
    };
    alert.set_class_name("app-status app-status-error");
    let _ = alert.set_attribute("role", "alert");
    let _ = alert.set_attribute("data-failure", "");
    alert.set_text_content(Some(message));
    if let Some(html) = root.dyn_ref::<web_sys::HtmlElement>() {
        let _ = html.prepend_with_node_1(&alert);
    }
}
