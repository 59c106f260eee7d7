//! The view in the address bar. `update` decides whether a change is a new history entry, a
//! refinement of the current one, or a step back; this writes it.
//!
//! The address is written just after the browser has painted the change: `history.pushState`
//! costs a few milliseconds, which a visitor sees if they come before the paint, not after it
//! (the timeout below is that "after the paint", not an ordering of the widget's own work).
//! Until then the write waits here; anything that moves through the history writes it first.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use nap1325_core::update::History;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Window;

/// An address change not written yet; `id` tells the writes scheduled for it from older ones;
/// `from` is the query of the entry it changes.
struct Pending {
    query: String,
    kind: History,
    id: u32,
    from: String,
}

#[derive(Default)]
pub struct AddressBar {
    pending: Rc<RefCell<Option<Pending>>>,
    last_id: Cell<u32>,
}

fn window() -> Option<Window> {
    web_sys::window()
}

impl AddressBar {
    /// The query string of the page's address as written.
    pub fn written_query() -> String {
        window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }

    /// Records `query` (the view's link) as `kind` of history step.
    pub fn record(&self, query: &str, kind: History) {
        if kind == History::Back {
            flush(&self.pending);
            if let Some(history) = window().and_then(|w| w.history().ok()) {
                let _ = history.back();
            }
            return;
        }
        let waiting = self.pending.borrow().as_ref().map(|p| (p.kind, p.id));
        match (waiting, kind) {
            // A refinement of a waiting change is part of it: one write, with the latest address.
            (Some(_), History::Replace) => {
                if let Some(pending) = self.pending.borrow_mut().as_mut() {
                    pending.query = query.to_owned();
                }
            }
            // A new step after a waiting change: that one is written first, so back finds it.
            (waiting, kind) => {
                if waiting.is_some() {
                    flush(&self.pending);
                }
                let id = self.last_id.get().wrapping_add(1);
                self.last_id.set(id);
                *self.pending.borrow_mut() = Some(Pending {
                    query: query.to_owned(),
                    kind,
                    id,
                    from: AddressBar::written_query(),
                });
                schedule(self.pending.clone(), id);
            }
        }
    }

    /// Forgets a change not written yet (the widget stops).
    pub fn forget(&self) {
        self.pending.borrow_mut().take();
    }

    /// On back, forward or an in-page link, before the address is read: a waiting change is
    /// written if the entry now shown has the query it changes (only the `#` part moved: the view
    /// stays the visitor's), and forgotten otherwise (the view follows the entry).
    pub fn settle_on_navigation(&self) {
        let stays = self
            .pending
            .borrow()
            .as_ref()
            .map(|p| p.from == AddressBar::written_query());
        match stays {
            Some(true) => flush(&self.pending),
            Some(false) => *self.pending.borrow_mut() = None,
            None => {}
        }
    }
}

/// Writes change `id` after the next paint (an animation-frame callback runs just before it; a
/// task queued from there runs after it); a timeout covers a page that does not paint (a
/// background tab, a hidden iframe).
fn schedule(pending: Rc<RefCell<Option<Pending>>>, id: u32) {
    let Some(window) = window() else { return };
    let after_paint = {
        let pending = pending.clone();
        Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let write = Closure::once_into_js(move || flush_if(&pending, id));
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    write.unchecked_ref(),
                    0,
                );
            }
        })
    };
    let _ = window.request_animation_frame(after_paint.unchecked_ref());
    let fallback = Closure::once_into_js(move || flush_if(&pending, id));
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 100);
}

fn flush_if(pending: &RefCell<Option<Pending>>, id: u32) {
    if pending.borrow().as_ref().is_some_and(|p| p.id == id) {
        flush(pending);
    }
}

/// Writes the waiting change now, if there is one.
fn flush(pending: &RefCell<Option<Pending>>) {
    let Some(Pending { query, kind, .. }) = pending.borrow_mut().take() else {
        return;
    };
    let Some(window) = window() else { return };
    if query == AddressBar::written_query() {
        return;
    }
    let location = window.location();
    let address = format!(
        "{}{query}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let Ok(history) = window.history() else {
        crate::dom::report_degradation("no history: the address does not follow the view");
        return;
    };
    let written = match kind {
        History::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&address)),
        History::Replace | History::Back => {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&address))
        }
    };
    // The browser may refuse (too many writes in Safari, a sandboxed frame): the view stays as the
    // visitor made it, only the address lags; said, not hidden.
    if written.is_err() {
        crate::dom::report_degradation(&format!("the browser did not write the address {query}"));
    }
}
