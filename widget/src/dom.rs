//! Small helpers over `web_sys`: finding the page's elements by the hooks of the shared vocabulary
//! (`nap1325_core::hooks`, never by selector strings) and copying its templates, writing
//! attributes and text only where they change, listening, reporting to the console, and the
//! browser's turns and timers.

use nap1325_core::hooks::Hook;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    AbortSignal, AddEventListenerOptions, Document, Element, Event, EventTarget, HtmlElement,
};

/// Listens for `event` on `target` until `until` aborts (the widget stops).
pub fn on(
    target: &EventTarget,
    event: &str,
    until: &AbortSignal,
    handler: impl FnMut(Event) + 'static,
) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    let options = AddEventListenerOptions::new();
    options.set_signal(until);
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
        event,
        closure.as_ref().unchecked_ref(),
        &options,
    );
    // The listener lives as long as the page (or until the signal removes it).
    closure.forget();
}

/// The element an event happened on, or its nearest ancestor that carries `hook`.
pub fn closest(event: &Event, hook: Hook) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(hook.selector())
        .ok()
        .flatten()
}

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Every element under `root` that carries `hook`, in document order.
pub fn all(root: &Element, hook: Hook) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(hook.selector()) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

pub fn first(root: &Element, hook: Hook) -> Option<Element> {
    root.query_selector(hook.selector()).ok().flatten()
}

/// The value of `hook` on `element`: `data-place="COL"` → `COL`.
pub fn value(element: &Element, hook: Hook) -> Option<String> {
    element.get_attribute(hook.attribute())
}

/// Sets an attribute, touching the DOM only when the value changes.
pub fn set_attr(element: &Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// Adds or removes a boolean attribute (`hidden`, `inert`, …).
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

/// `"true"` or `"false"`, as ARIA states want them.
pub fn aria_bool(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// A copy of the content of the `<template>` `template` (the components render one for each piece of
/// markup the widget adds at run time), to fill in through its hooks and insert.
pub fn from_template(template: &Element) -> Option<web_sys::DocumentFragment> {
    template
        .dyn_ref::<web_sys::HtmlTemplateElement>()?
        .content()
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into()
        .ok()
}

/// The first element with `hook` in a fragment (a copy of a template).
pub fn first_in(fragment: &web_sys::DocumentFragment, hook: Hook) -> Option<Element> {
    fragment.query_selector(hook.selector()).ok().flatten()
}

/// Every element under `element`, in document order (without a selector).
pub fn descendants(element: &Element) -> Vec<Element> {
    fn walk(element: &Element, out: &mut Vec<Element>) {
        let children = element.children();
        for i in 0..children.length() {
            if let Some(child) = children.item(i) {
                out.push(child.clone());
                walk(&child, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(element, &mut out);
    out
}

/// Says in the console that something the widget needs went wrong (a bug, or a page that does not
/// match the widget); the caller decides what the visitor sees.
pub fn report_error(message: &str) {
    web_sys::console::error_1(&format!("nap1325 widget: {message}").into());
}

/// Says in the console that the widget does without something (an API this browser lacks): a
/// documented degradation, not a failure.
pub fn report_degradation(message: &str) {
    web_sys::console::warn_1(&format!("nap1325 widget: {message}").into());
}

/// Moves keyboard focus to `element`.
pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// The text nodes under `element`, in order, leaving out footnote markers: the text that search
/// looks in and marks.
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
                    if !element.has_attribute(Hook::FootnoteMarker.attribute()) {
                        out.extend(text_nodes(element));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Resolves in a later task of the event loop: the browser paints and handles input in between.
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |done, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&done);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}

/// A long piece of the start, cut into tasks by time: it takes the browser's turn once it has run
/// for [`Turns::SLICE_MS`], so that the piece stays in short tasks however large the report is.
pub struct Turns {
    since: f64,
}

impl Turns {
    /// At a phone's speed (about four times slower) a slice stays under the 50 ms of a long task.
    const SLICE_MS: f64 = 8.0;

    /// A slice that begins now.
    pub fn start() -> Turns {
        Turns {
            since: js_sys::Date::now(),
        }
    }

    /// Gives the browser its turn if this slice has run long enough.
    pub async fn take_if_due(&mut self) {
        if js_sys::Date::now() - self.since >= Self::SLICE_MS {
            next_task().await;
            self.since = js_sys::Date::now();
        }
    }
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
        let callback = Closure::once_into_js(action);
        if let Ok(handle) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            self.millis,
        ) {
            self.handle.set(Some(handle));
        }
    }
}

/// Today, by the visitor's clock: the day a printout or a download is made.
pub fn today() -> nap1325_core::model::Date {
    let now = js_sys::Date::new_0();
    nap1325_core::model::Date {
        year: u16::try_from(now.get_full_year()).unwrap_or_default(),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}
