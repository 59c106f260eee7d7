//! The view in the address bar: written on every change, read at start and on back/forward.
//! Filter changes add a history entry (so back steps through them); a search adds one entry and
//! refines it until typing pauses; opening footnotes and zooming the map replace the current entry
//! (so the history is not flooded).
//!
//! The address is written just after the browser has painted the change: `history.pushState`
//! costs a few milliseconds, which a visitor sees if they come before the paint, not after it.
//! Until then the write waits here; whatever asks for the address gets the one about to be
//! written, and anything that moves through the history writes it first.

use std::cell::{Cell, RefCell};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Window;

use crate::state::ReportState;
use nap1325_core::model::Lang;

use nap1325_core::url;

/// How a change enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A step the back button should undo.
    New,
    /// A refinement of the current step.
    Same,
}

/// An address change not written yet; `id` tells the writes scheduled for it from older ones;
/// `from` is the query of the entry it changes.
struct Pending {
    query: String,
    entry: Entry,
    id: u32,
    from: String,
}

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
    static LAST_ID: Cell<u32> = const { Cell::new(0) };
}

fn window() -> Option<Window> {
    web_sys::window()
}

/// The query string of the page's address (the one about to be written, if a write waits).
pub fn current_query() -> String {
    PENDING
        .with_borrow(|pending| pending.as_ref().map(|p| p.query.clone()))
        .unwrap_or_else(written_query)
}

fn written_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Writes the state into the address bar (just after the next paint), if it differs from the
/// address, and into the link to the other language at once, so switching keeps the view.
/// Whether the address changes.
pub fn record(state: &ReportState, entry: Entry) -> bool {
    let query = url::write(&state.view_state());
    update_language_link(state, &query);
    if query == current_query() {
        return false;
    }
    let waiting = PENDING.with_borrow(|pending| pending.as_ref().map(|p| (p.entry, p.id)));
    match (waiting, entry) {
        // A refinement of a waiting change is part of it: one write, with the latest address.
        (Some((entry, id)), Entry::Same) => PENDING.with_borrow_mut(|pending| {
            if let Some(pending) = pending {
                *pending = Pending {
                    query,
                    entry,
                    id,
                    from: std::mem::take(&mut pending.from),
                };
            }
        }),
        // A new step after a waiting change: that one is written first, so back finds it.
        (waiting, entry) => {
            if waiting.is_some() {
                flush();
            }
            let id = LAST_ID.get().wrapping_add(1);
            LAST_ID.set(id);
            PENDING.set(Some(Pending {
                query,
                entry,
                id,
                from: written_query(),
            }));
            schedule(id);
        }
    }
    true
}

/// Writes change `id` after the next paint (an animation-frame callback runs just before it; a
/// task queued from there runs after it); a timeout covers a page that does not paint (a
/// background tab, a hidden iframe).
fn schedule(id: u32) {
    let Some(window) = window() else { return };
    let after_paint = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let write = Closure::once_into_js(move || flush_if(id));
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), 0);
        }
    });
    let _ = window.request_animation_frame(after_paint.unchecked_ref());
    let fallback = Closure::once_into_js(move || flush_if(id));
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 100);
}

fn flush_if(id: u32) {
    if PENDING.with_borrow(|pending| pending.as_ref().is_some_and(|p| p.id == id)) {
        flush();
    }
}

/// Writes the waiting change now, if there is one.
pub fn flush() {
    let Some(Pending { query, entry, .. }) = PENDING.take() else {
        return;
    };
    let Some(window) = window() else { return };
    if query == written_query() {
        return;
    }
    let location = window.location();
    let address = format!(
        "{}{query}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let Ok(history) = window.history() else {
        return;
    };
    let _ = match entry {
        Entry::New => history.push_state_with_url(&JsValue::NULL, "", Some(&address)),
        Entry::Same => history.replace_state_with_url(&JsValue::NULL, "", Some(&address)),
    };
}

/// On back, forward or an in-page link, before the address is read: a waiting change is
/// written if the entry now shown has the query it changes (only the `#` part moved: the view
/// stays the visitor's), and forgotten otherwise (the view follows the entry).
pub fn settle_on_navigation() {
    let stays = PENDING.with_borrow(|pending| pending.as_ref().map(|p| p.from == written_query()));
    match stays {
        Some(true) => flush(),
        Some(false) => PENDING.set(None),
        None => {}
    }
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

/// Goes back one entry, as the browser's back button does (from the address as last recorded).
pub fn back() {
    flush();
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}
