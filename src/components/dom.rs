//! Small browser helpers for event handlers and effects (never called while rendering, so views
//! still render without a browser).

use wasm_bindgen::JsCast;

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves keyboard focus to the element with `id`, when there is one.
pub fn focus_element(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.focus();
    }
}

/// Sets CSS properties through the CSSOM, which a strict `style-src` allows (a `style` attribute
/// written as HTML would be refused).
pub fn set_style(element: &web_sys::HtmlElement, properties: &[(&str, String)]) {
    let style = element.style();
    for (name, value) in properties {
        let _ = style.set_property(name, value);
    }
}
