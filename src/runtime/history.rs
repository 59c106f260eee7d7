//! The view in the address bar: written on every change, read at start and on back/forward.
//! Filter changes add a history entry (so back steps through them); typing, opening footnotes and
//! zooming the map replace the current one (so the history is not flooded).

use web_sys::Window;

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

/// Writes the state into the address bar, if it differs from what is there.
pub fn record(state: &ReportState, entry: Entry) {
    let Some(window) = window() else { return };
    let query = url::write(&state.view_state());
    if query == current_query() {
        return;
    }
    let path = window.location().pathname().unwrap_or_default();
    let Ok(history) = window.history() else {
        return;
    };
    let address = format!("{path}{query}");
    let _ = match entry {
        Entry::New => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address)),
        Entry::Same => {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
        }
    };
}
