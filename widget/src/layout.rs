//! What the layout needs from the widget: room for what sticks. The bar above the results sticks to
//! the top of the screen on wide screens, the panel of the chosen place to the bottom on narrow
//! ones (the stylesheet decides); each covers what scrolls under it. The widget measures them and
//! tells the stylesheet ([`Property::StuckTop`], [`Property::StuckBottom`] on `<html>`), which keeps
//! that much room when the browser scrolls the focus into view (WCAG 2.4.11, focus not obscured).

use std::rc::Rc;

use nap1325_core::hooks::Property;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::dom::on;
use crate::Runtime;

pub fn keep_room_for_what_sticks(runtime: &Rc<Runtime>) {
    let (Some(window), Some(html)) = (
        web_sys::window(),
        runtime
            .page
            .document
            .document_element()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok()),
    ) else {
        return;
    };
    let stuck = [
        runtime.page.results_bar.clone(),
        runtime.page.place_panel.clone(),
    ];
    let measure = {
        let window = window.clone();
        move || {
            let (mut top, mut bottom) = (0.0_f64, 0.0_f64);
            for element in &stuck {
                let Ok(Some(style)) = window.get_computed_style(element) else {
                    continue;
                };
                let value = |name: &str| style.get_property_value(name).unwrap_or_default();
                if value("position") != "sticky" || value("display") == "none" {
                    continue;
                }
                let height = element.get_bounding_client_rect().height();
                if value("top") == "0px" {
                    top = top.max(height);
                } else if value("bottom") == "0px" {
                    bottom = bottom.max(height);
                }
            }
            let style = html.style();
            for (property, px) in [(Property::StuckTop, top), (Property::StuckBottom, bottom)] {
                let name = property.name();
                let value = format!("{}px", px.ceil() as i32);
                // Unchanged values (most resizes; 0px at the start, the stylesheet's initial
                // value) are not written: a write is a style change to process.
                let current = style.get_property_value(name).unwrap_or_default();
                if current != value && !(current.is_empty() && value == "0px") {
                    let _ = style.set_property(name, &value);
                }
            }
        }
    };
    let measure = Rc::new(measure);
    let observer_callback = {
        let measure = measure.clone();
        Closure::<dyn FnMut()>::new(move || measure())
    };
    let Ok(observer) = web_sys::ResizeObserver::new(observer_callback.as_ref().unchecked_ref())
    else {
        // Without it, what sticks is measured when the window's size changes only.
        crate::dom::report_degradation(
            "no ResizeObserver: room for what sticks follows resizes only",
        );
        measure();
        on(&window, "resize", &runtime.listeners.signal(), move |_| {
            measure()
        });
        return;
    };
    observer_callback.forget();
    for element in [&runtime.page.results_bar, &runtime.page.place_panel] {
        observer.observe(element as &Element);
    }
    // A new width can make something stick or stop sticking without changing its size.
    on(&window, "resize", &runtime.listeners.signal(), move |_| {
        measure()
    });
}
