//! What the visitor does, turned into state changes: one delegated listener per kind of event on
//! the report, dispatching on the `data-` attributes the page carries.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, KeyboardEvent};

use super::bind::pin_positions;
use super::dom::{attr, by_id, focus};
use super::page::PageDom;
use crate::map::pins::{step, Step};
use crate::map::MapView;
use crate::state::ReportState;
use crate::view_state::FootnoteSpot;
use leptos::prelude::*;

/// Listens for `event` on `target` for as long as the page lives.
fn on(target: &EventTarget, event: &str, handler: impl FnMut(Event) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// The element an event happened on, or its nearest ancestor matching `selector`.
fn closest(event: &Event, selector: &str) -> Option<Element> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

pub fn listen(page: Rc<PageDom>, state: ReportState) {
    on(&page.root, "click", move |event| {
        if let Some(element) = closest(&event, "[data-footnote]") {
            let Some(spot) =
                attr(&element, "data-footnote").and_then(|k| FootnoteSpot::from_key(&k))
            else {
                return;
            };
            event.prevent_default();
            state.toggle_footnote(&spot);
            // The close button in a panel hands focus back to the marker it belongs to.
            if element.class_list().contains("fn-close") {
                if let Some(marker) = by_id(&spot.marker_id()) {
                    focus(&marker);
                }
            }
        } else if let Some(element) = closest(&event, "[data-place]") {
            if let Some(place) = attr(&element, "data-place") {
                state.select_place(&place);
            }
        } else if let Some(element) = closest(&event, "button[data-view], .map-frame[data-view]") {
            if let Some(view) = attr(&element, "data-view").and_then(|id| MapView::from_id(&id)) {
                state.map_view.set(view);
            }
        } else if closest(&event, "[data-action=show-all-places]").is_some() {
            state.clear_places();
        }
    });

    if let Some(group) = &page.pins_group {
        let pins = page.clone();
        on(group, "keydown", move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            let movement = match event.key().as_str() {
                "ArrowRight" => Step::East,
                "ArrowLeft" => Step::West,
                "ArrowDown" => Step::South,
                "ArrowUp" => Step::North,
                "Home" => Step::First,
                "End" => Step::Last,
                "Escape" => {
                    event.prevent_default();
                    state.tips_dismissed.set(true);
                    state.clear_places();
                    return;
                }
                _ => return,
            };
            event.prevent_default();
            let view = state.map_view.get_untracked();
            let shown: Vec<&Element> = pins
                .pins
                .iter()
                .filter(|pin| attr(pin, "data-view").as_deref() == Some(view.id()))
                .collect();
            let current = state.focused_pin.get_untracked().and_then(|code| {
                shown
                    .iter()
                    .position(|pin| attr(pin, "data-place").as_deref() == Some(code.as_str()))
            });
            if let Some(next) = step(&pin_positions(&shown), current, movement) {
                state.focused_pin.set(attr(shown[next], "data-place"));
                focus(shown[next]);
            }
        });
        on(group, "focusin", move |event| {
            if let Some(pin) = closest(&event, ".pin[data-place]") {
                state.focused_pin.set(attr(&pin, "data-place"));
                if state.tips_dismissed.get_untracked() {
                    state.tips_dismissed.set(false);
                }
            }
        });
    }

    if let Some(canvas) = &page.map_canvas {
        on(canvas, "pointerover", move |event| {
            let place = closest(&event, "[data-place]").and_then(|e| attr(&e, "data-place"));
            if state.hovered.get_untracked() != place {
                state.hovered.set(place);
            }
        });
        on(canvas, "pointerleave", move |_| state.hovered.set(None));
        on(canvas, "pointermove", move |_| {
            if state.tips_dismissed.get_untracked() {
                state.tips_dismissed.set(false);
            }
        });
    }
}
