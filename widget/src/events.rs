//! What the visitor does, turned into state changes: one delegated listener per kind of event,
//! dispatching on the `data-` attributes the page carries.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};

use crate::bind::pin_positions;
use crate::dom::{after_render, all, attr, by_id, closest, first, focus, on, Debounce};
use crate::export::{download, Format};
use crate::history::{current_query, record, update_language_link, Entry};
use crate::page::PageDom;
use crate::state::ReportState;
use nap1325_core::filter::{Facet, Filters, PAGE};
use nap1325_core::map::pins::{step, Step};
use nap1325_core::map::MapView;
use nap1325_core::view_state::FootnoteSpot;

/// Whether a search is being typed: its first key made a history entry, the next ones refine it.
/// Ended by a pause, by any other change, and by back and forward.
type Typing = Rc<Cell<bool>>;

pub fn listen(page: Rc<PageDom>, state: ReportState) {
    let typing: Typing = Rc::default();
    on_clicks(&page, state, typing.clone());
    on_options(&page, state, typing.clone());
    on_search(&page, state, typing.clone());
    on_pins(&page, state);
    on_escape(&page, state);
    if let Some(window) = web_sys::window() {
        let page = page.clone();
        on(&window, "popstate", move |_| {
            crate::history::settle_on_navigation();
            typing.set(false);
            apply_address(&page, &state);
            state.announce_count();
        });
    }
}

fn on_clicks(page: &Rc<PageDom>, state: ReportState, typing: Typing) {
    let page = page.clone();
    on(&page.root.clone(), "click", move |event| {
        let page = &page;
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
            let Some(place) = attr(&element, "data-place") else {
                return;
            };
            typing.set(false);
            state.select_place(&place);
            record(&state, Entry::New);
        } else if let Some(element) = closest(&event, "button[data-view], .map-frame[data-view]") {
            if let Some(view) = attr(&element, "data-view").and_then(|id| MapView::from_id(&id)) {
                state.map_view.set(view);
                record(&state, Entry::Same);
            }
        } else if closest(&event, "[data-action=show-all-places]").is_some() {
            typing.set(false);
            state.clear_places();
            record(&state, Entry::New);
            // The button goes away: focus goes to the map, where the choice was made.
            let group = page.pins_group.clone();
            after_render(move || {
                if let Some(pin) = group.and_then(|g| first(&g, "[tabindex='0']")) {
                    focus(&pin);
                }
            });
        } else if let Some(chip) = closest(&event, "[data-chip]") {
            let Some(key) = attr(&chip, "data-chip") else {
                return;
            };
            let position = all(&page.root, "[data-chip]")
                .iter()
                .position(|c| *c == chip)
                .unwrap_or(0);
            typing.set(false);
            state
                .filters
                .update(|filters| match Facet::parse_key(&key) {
                    Some((facet, value)) => filters.toggle(facet, value),
                    None => filters.query.clear(),
                });
            state.announce_count();
            record(&state, Entry::New);
            // Focus goes to the chip that takes its place, or to the search field.
            let root = page.root.clone();
            after_render(move || {
                let chips = all(&root, "[data-chip]");
                match chips.get(position).or_else(|| chips.last()) {
                    Some(next) => focus(next),
                    None => focus_search(&root),
                }
            });
        } else if closest(&event, "[data-action=show-more]").is_some() {
            show_more(page, state);
        } else if closest(&event, "[data-action=download-csv]").is_some() {
            download(page.clone(), state, Format::Csv);
        } else if closest(&event, "[data-action=download-json]").is_some() {
            download(page.clone(), state, Format::Json);
        } else if closest(&event, "[data-action=clear-all]").is_some() {
            typing.set(false);
            state.filters.update(Filters::clear_all);
            state.announce_count();
            record(&state, Entry::New);
            let root = page.root.clone();
            after_render(move || focus_search(&root));
        } else if let Some(link) = closest(&event, "a[href^='#result-']") {
            // "Cited in" links: the card they point to may be filtered out or beyond the page.
            let Some(id) = attr(&link, "href").map(|h| h.trim_start_matches("#result-").to_owned())
            else {
                return;
            };
            let Some(position) = page
                .cards
                .iter()
                .position(|c| attr(c, "data-result").as_deref() == Some(id.as_str()))
            else {
                return;
            };
            if state.displayed.with_untracked(|d| d[position]) {
                return;
            }
            event.prevent_default();
            typing.set(false);
            if !state.visible.with_untracked(|v| v[position]) {
                state.filters.update(Filters::clear_all);
                state.announce_count();
                record(&state, Entry::New);
            }
            reveal(page, state, position);
        }
    });
}

/// Shows the next page of results; focus goes to its first card, where reading goes on.
fn show_more(page: &PageDom, state: ReportState) {
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
        if let Some(card) = card {
            focus_card(&cards[card]);
        }
    });
}

/// Makes the card at `position` displayed (raising the page limit if needed), then scrolls to it
/// and focuses it.
fn reveal(page: &PageDom, state: ReportState, position: usize) {
    let card = page.cards[position].clone();
    // After the effects of a change of the filters, which start the list again at one page.
    after_render(move || {
        let rank = state
            .visible
            .with_untracked(|v| v[..position].iter().filter(|x| **x).count());
        if rank >= state.limit.get_untracked() {
            state.limit.set((rank / PAGE + 1) * PAGE);
        }
        after_render(move || {
            card.scroll_into_view();
            focus_card(&card);
        });
    });
}

fn focus_card(card: &Element) {
    if let Some(article) = first(card, "article") {
        let _ = article.set_attribute("tabindex", "-1");
        focus(&article);
    }
}

/// Facet options.
fn on_options(page: &PageDom, state: ReportState, typing: Typing) {
    on(&page.root, "change", move |event| {
        let Some(input) = closest(&event, "input[data-option]") else {
            return;
        };
        let Some(key) = attr(&input, "data-option") else {
            return;
        };
        let Some((facet, value)) = Facet::parse_key(&key) else {
            return;
        };
        typing.set(false);
        state.filters.update(|filters| filters.toggle(facet, value));
        state.announce_count();
        record(&state, Entry::New);
    });
}

/// Search as you type: the first key of a search makes a history entry, the next ones refine it;
/// a pause ends it, and the count is announced then.
fn on_search(page: &PageDom, state: ReportState, typing: Typing) {
    let Some(search) = first(&page.root, "[data-search-input]") else {
        return;
    };
    let quiet = Rc::new(Debounce::new(700));
    on(&search, "input", move |event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let value = input.value();
        state.filters.update(|filters| filters.query = value);
        if typing.get() {
            record(&state, Entry::Same);
        } else if record(&state, Entry::New) {
            typing.set(true);
        }
        let typing = typing.clone();
        quiet.run(move || {
            typing.set(false);
            state.announce_count();
        });
    });
}

/// The map's pins: arrow keys move between them, Esc clears the choice, focus marks the tab stop.
fn on_pins(page: &Rc<PageDom>, state: ReportState) {
    let Some(group) = page.pins_group.clone() else {
        return;
    };
    let pins = page.clone();
    on(&group, "keydown", move |event| {
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
            _ => return,
        };
        event.prevent_default();
        let shown = pins.pins_in_view(state.map_view.get_untracked());
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
    on(&group, "focusin", move |event| {
        if let Some(pin) = closest(&event, ".pin[data-place]") {
            state.focused_pin.set(attr(&pin, "data-place"));
            if state.tips_dismissed.get_untracked() {
                state.tips_dismissed.set(false);
            }
        }
    });
    let Some(canvas) = &page.map_canvas else {
        return;
    };
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

/// Esc, anywhere: first it hides a map tooltip that shows (WCAG 1.4.13); with none showing and the
/// focus on the map, it clears the chosen country.
fn on_escape(page: &Rc<PageDom>, state: ReportState) {
    let Some(document) = page.root.owner_document() else {
        return;
    };
    let page = page.clone();
    on(&document, "keydown", move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        // The presentation handles its own Esc (and marks it handled).
        if event.key() != "Escape"
            || event.default_prevented()
            || state.present.get_untracked().is_some()
        {
            return;
        }
        let on_map = page
            .root
            .owner_document()
            .and_then(|d| d.active_element())
            .is_some_and(|active| {
                page.pins_group
                    .as_ref()
                    .is_some_and(|g| g.contains(Some(&active)))
            });
        let tip_showing = !state.tips_dismissed.get_untracked()
            && (on_map || state.hovered.get_untracked().is_some());
        if tip_showing {
            state.tips_dismissed.set(true);
        } else if on_map && !state.chosen_places.with_untracked(Vec::is_empty) {
            state.clear_places();
            record(&state, Entry::New);
        } else {
            return;
        }
        event.prevent_default();
    });
}

fn focus_search(root: &Element) {
    if let Some(search) = first(root, "[data-search-input]") {
        focus(&search);
    }
}

/// Shows the view the address describes (at start, and on back and forward).
pub fn apply_address(page: &PageDom, state: &ReportState) {
    let view = nap1325_core::url::parse(&current_query());
    state.apply(view, |spot| page.has_footnote_panel(spot));
    update_language_link(state, &nap1325_core::url::write(&state.view_state()));
}
