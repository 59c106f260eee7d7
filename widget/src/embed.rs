//! In an iframe, the widget tells the page around it how tall its content is, so a host page with
//! `embed-host.js` can size the iframe to fit. The message, posted only when the height changes:
//! `{ "type": "nap1325:height", "height": <CSS px, integer> }`. The height is no secret, so it is
//! posted to any parent; the host script accepts it only from the widget's own origin and iframe.

use std::cell::Cell;

use nap1325_core::hooks::embed::HEIGHT_MESSAGE;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(document) = window.document() else {
        return;
    };
    // The body's height is the content's; the root element is at least as tall as the iframe.
    let Some(body) = document.body() else { return };
    let observed = body.clone();
    let last = Cell::new(-1_i32);
    let post = move || {
        let height = body.scroll_height();
        if height != last.replace(height) {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
            let _ = parent.post_message(&message, "*");
        }
    };
    let observer_callback = Closure::<dyn FnMut()>::new(post);
    let Ok(observer) = web_sys::ResizeObserver::new(observer_callback.as_ref().unchecked_ref())
    else {
        // The host page keeps the iframe's own height; the widget scrolls inside it.
        crate::dom::report_degradation("no ResizeObserver: the host page is not told the height");
        return;
    };
    observer_callback.forget();
    observer.observe(&observed);
}
