//! What the visitor does, turned into state changes: one delegated listener per kind of event on
//! the report, dispatching on the `data-` attributes the page carries.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, KeyboardEvent};

use std::cell::Cell;

use web_sys::HtmlInputElement;

use super::bind::pin_positions;
use super::dom::{after_render, all, attr, by_id, first, focus, Debounce};

use super::history::{current_query, record, Entry};
use super::page::PageDom;
use crate::filter::{Facet, Filters, PAGE};

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
    let page_for_clicks = page.clone();
    on(&page.root, "click", move |event| {
        let page = &page_for_clicks;
        if let Some(element) = closest(&event, "[data-footnote]") {
            let Some(spot) =
                attr(&element, "data-footnote").and_then(|k| FootnoteSpot::from_key(&k))
            else {
                return;
            };
            event.prevent_default();
            state.toggle_footnote(&spot);
            record(&state, Entry::Same);
            // The close button in a panel hands focus back to the marker it belongs to.
            if element.class_list().contains("fn-close") {
                if let Some(marker) = by_id(&spot.marker_id()) {
                    focus(&marker);
                }
            }
        } else if let Some(element) = closest(&event, "[data-place]") {
            if let Some(place) = attr(&element, "data-place") {
                state.select_place(&place);
                record(&state, Entry::New);
            }
        } else if let Some(element) = closest(&event, "button[data-view], .map-frame[data-view]") {
            if let Some(view) = attr(&element, "data-view").and_then(|id| MapView::from_id(&id)) {
                state.map_view.set(view);
                record(&state, Entry::Same);
            }
        } else if closest(&event, "[data-action=show-all-places]").is_some() {
            state.clear_places();
            record(&state, Entry::New);
        } else if let Some(chip) = closest(&event, "[data-chip]") {
            let Some(key) = attr(&chip, "data-chip") else {
                return;
            };
            // Focus goes to the chip that takes its place, or to the search field.
            let chips = all(&page.root, "[data-chip]");
            let position = chips.iter().position(|c| *c == chip).unwrap_or(0);
            state.filters.update(|filters| match key.split_once(':') {
                Some((facet, value)) => {
                    if let Some(facet) = Facet::from_id(facet) {
                        filters.toggle(facet, value);
                    }
                }
                None => filters.query.clear(),
            });
            state.announce_count();
            record(&state, Entry::New);
            let root = page.root.clone();
            after_render(move || {
                let chips = all(&root, "[data-chip]");
                match chips.get(position).or_else(|| chips.last()) {
                    Some(next) => focus(next),
                    None => focus_search_in(&root),
                }
            });
        } else if closest(&event, "[data-action=show-more]").is_some() {
            // The next page shows; focus goes to its first card, where reading goes on.
            let first_new = state
                .displayed
                .with_untracked(|d| d.iter().filter(|x| **x).count());
            state.limit.update(|limit| *limit += PAGE);
            let cards = page.cards.clone();
            after_render(move || {
                let card = state.displayed.with_untracked(|d| {
                    d.iter()
                        .enumerate()
                        .filter(|(_, x)| **x)
                        .nth(first_new)
                        .map(|(i, _)| i)
                });
                if let Some(article) = card.and_then(|i| first(&cards[i], "article")) {
                    let _ = article.set_attribute("tabindex", "-1");
                    focus(&article);
                }
            });
        } else if closest(&event, "[data-action=clear-all]").is_some() {
            state.filters.update(Filters::clear_all);
            state.announce_count();
            record(&state, Entry::New);
            focus_search(page);
        }
    });

    // Facet options.
    on(&page.root, "change", move |event| {
        let Some(input) = closest(&event, "input[data-option]") else {
            return;
        };
        let Some((facet, value)) = attr(&input, "data-option").and_then(|o| {
            let (facet, value) = o.split_once(':')?;
            Some((Facet::from_id(facet)?, value.to_owned()))
        }) else {
            return;
        };
        state
            .filters
            .update(|filters| filters.toggle(facet, &value));
        state.announce_count();
        record(&state, Entry::New);
    });

    // Search as you type: the first key of a search is a new history entry, the next ones refine
    // it; the count is announced once typing pauses.
    if let Some(search) = first(&page.root, "[data-search-input]") {
        let typing = Rc::new(Cell::new(false));
        let quiet = Rc::new(Debounce::new(700));
        {
            let typing = typing.clone();
            on(&search, "input", move |event| {
                let Some(input) = event
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                else {
                    return;
                };
                let value = input.value();
                state.filters.update(|filters| filters.query = value);
                record(
                    &state,
                    if typing.replace(true) {
                        Entry::Same
                    } else {
                        Entry::New
                    },
                );
                let typing = typing.clone();
                quiet.run(move || {
                    typing.set(false);
                    state.announce_count();
                });
            });
        }
        on(&search, "blur", move |_| typing.set(false));
    }

    // Back and forward: the address says which view to show.
    if let Some(window) = web_sys::window() {
        let page = page.clone();
        on(&window, "popstate", move |_| apply_address(&page, &state));
    }

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
                    record(&state, Entry::New);
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

fn focus_search(page: &PageDom) {
    focus_search_in(&page.root);
}

fn focus_search_in(root: &Element) {
    if let Some(search) = first(root, "[data-search-input]") {
        focus(&search);
    }
}

/// Shows the view the address describes (at start, and on back and forward).
pub fn apply_address(page: &PageDom, state: &ReportState) {
    let view = crate::url::parse(&current_query());
    let _ = page;
    state.apply(view, |spot| by_id(&spot.panel_id()).is_some());
}
