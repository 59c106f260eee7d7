//! The view in the address bar: written on every change, read at start and on back/forward.
//! Filter changes add a history entry (so back steps through them); a search adds one entry and
//! refines it until typing pauses; opening footnotes and zooming the map replace the current entry
//! (so the history is not flooded).

use web_sys::Window;

use crate::model::Lang;
use crate::state::ReportState;

use crate::url;

/// How a change enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A step the back button should undo.
    New,
    /// A refinement of the current step.
    Same,
}

fn window() -> Option<Window> {
    web_sys::window()
}

/// The query string of the page's address.
pub fn current_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Writes the state into the address bar, if it differs from what is there, and into the link to
/// the other language, so switching keeps the view. Whether the address changed.
pub fn record(state: &ReportState, entry: Entry) -> bool {
    let Some(window) = window() else { return false };
    let query = url::write(&state.view_state());
    update_language_link(state, &query);
    if query == current_query() {
        return false;
    }
    let location = window.location();
    let address = format!(
        "{}{query}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let Ok(history) = window.history() else {
        return false;
    };
    let written = match entry {
        Entry::New => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address)),
        Entry::Same => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
        }
    };
    written.is_ok()
}

/// Points the language switch at the other language's page with `query`.
pub fn update_language_link(state: &ReportState, query: &str) {
    let other = match state.lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    let link = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-lang-switch]").ok().flatten());
    if let Some(link) = link {
        let _ = link.set_attribute("href", &format!("{}{query}", url::page_for(other)));
    }
}

/// Goes back one entry, as the browser's back button does.
pub fn back() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}
