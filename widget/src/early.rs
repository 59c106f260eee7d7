//! What a visitor did while the widget was starting: `early.js` kept it (see
//! `nap1325_core::hooks::early`), and it is applied here, in order, once the widget listens, as
//! the same events on the same elements (or on the buttons that took their place).

use js_sys::{Array, Reflect};
use nap1325_core::hooks::early::{QUEUE, TARGET, TYPE, VALUE};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventInit, HtmlInputElement};

/// Applies the kept events and empties the list. `replaced`: the elements the start replaced
/// (a footnote link by a button), each with its replacement.
pub fn apply(replaced: &[(Element, Element)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(queue) = Reflect::get(&window, &JsValue::from_str(QUEUE))
        .ok()
        .and_then(|q| q.dyn_into::<Array>().ok())
    else {
        return;
    };
    let field = |entry: &JsValue, name: &str| Reflect::get(entry, &JsValue::from_str(name)).ok();
    for entry in queue.iter() {
        let Some(kind) = field(&entry, TYPE).and_then(|t| t.as_string()) else {
            continue;
        };
        let Some(target) = field(&entry, TARGET).and_then(|t| t.dyn_into::<Element>().ok()) else {
            continue;
        };
        let target = if target.is_connected() {
            Some(target)
        } else {
            replaced
                .iter()
                .find(|(before, _)| *before == target)
                .map(|(_, now)| now.clone())
        };
        let Some(target) = target else {
            continue;
        };
        if kind == "input" {
            // The text as typed then: the start may have shown the view's own search since.
            if let (Some(input), Some(text)) = (
                target.dyn_ref::<HtmlInputElement>(),
                field(&entry, VALUE).and_then(|v| v.as_string()),
            ) {
                input.set_value(&text);
            }
        }
        let init = EventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        if let Ok(event) = Event::new_with_event_init_dict(&kind, &init) {
            let _ = target.dispatch_event(&event);
        }
    }
    queue.set_length(0);
}
