//! Small helpers over `web_sys` for reading and updating the prerendered page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement};

/// Listens for `event` on `target` for as long as the page lives.
pub fn on(target: &EventTarget, event: &str, handler: impl FnMut(Event) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// The element an event happened on, or its nearest ancestor matching `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Every element under `root` that matches `selector`, in document order.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

pub fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

pub fn by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

pub fn attr(element: &Element, name: &str) -> Option<String> {
    element.get_attribute(name)
}

/// Sets an attribute, touching the DOM only when the value changes.
pub fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// Adds or removes a boolean attribute (`hidden`, ...).
pub fn set_flag(element: &Element, name: &str, on: bool) {
    if on != element.has_attribute(name) {
        if on {
            let _ = element.set_attribute(name, "");
        } else {
            let _ = element.remove_attribute(name);
        }
    }
}

pub fn set_class(element: &Element, class: &str, on: bool) {
    let _ = element.class_list().toggle_with_force(class, on);
}

pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Moves keyboard focus to `element`.
pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// The text of `element` without the footnote markers inside it: what search looks in.
pub fn searchable_text(element: &Element) -> String {
    text_nodes(element)
        .iter()
        .filter_map(|node| node.text_content())
        .collect()
}

/// The text nodes under `element`, in order, leaving out footnote markers (`.fn-ref`): the text that
/// search looks in and marks.
pub fn text_nodes(element: &Element) -> Vec<web_sys::Node> {
    let mut out = Vec::new();
    let children = element.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else {
            continue;
        };
        match child.node_type() {
            web_sys::Node::TEXT_NODE => out.push(child),
            web_sys::Node::ELEMENT_NODE => {
                if let Some(element) = child.dyn_ref::<Element>() {
                    if !element.class_list().contains("fn-ref") {
                        out.extend(text_nodes(element));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Runs an action once things have been quiet for a while (the last call wins).
pub struct Debounce {
    handle: std::cell::Cell<Option<i32>>,
    millis: i32,
}

impl Debounce {
    pub fn new(millis: i32) -> Debounce {
        Debounce {
            handle: std::cell::Cell::new(None),
            millis,
        }
    }

    pub fn run(&self, action: impl FnOnce() + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(handle) = self.handle.take() {
            window.clear_timeout_with_handle(handle);
        }
        let callback = wasm_bindgen::closure::Closure::once_into_js(action);
        if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            self.millis,
        ) {
            self.handle.set(Some(handle));
        }
    }
}

/// Runs `action` once the effects of the current change have updated the page (they run as
/// microtasks; a zero timeout comes after them).
pub fn after_render(action: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(action);
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0);
}
