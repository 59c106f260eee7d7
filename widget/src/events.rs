//! What the visitor does, as [`Action`]s: one delegated listener per kind of event, finding what
//! was acted on by its hook. Each listener only names the action (keys and buttons through the
//! bindings in `nap1325_core::bindings`); `update` decides what it means.

use std::rc::Rc;

use nap1325_core::bindings::{control_action, key_action, KeyPlace};
use nap1325_core::filter::Facet;
use nap1325_core::hooks::{Control, Hook};
use nap1325_core::map::MapView;
use nap1325_core::update::{Action, FilterAction, PlaceAction, ReadAction};
use nap1325_core::view_state::FootnoteSpot;
use reactive_graph::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent};

use crate::dom::{closest, on, value};
use crate::Runtime;

pub fn listen(runtime: &Rc<Runtime>) {
    let until = runtime.listeners.signal();
    let root = &runtime.page.root;
    let handler = |f: fn(&Rc<Runtime>, &Event)| {
        let runtime = runtime.clone();
        move |event: Event| f(&runtime, &event)
    };
    on(root, "click", &until, handler(on_click));
    on(root, "change", &until, handler(on_change));
    on(&runtime.page.search, "input", &until, handler(on_input));
    let pins = &runtime.page.map.pins_group;
    on(pins, "keydown", &until, handler(on_pin_key));
    on(pins, "focusin", &until, handler(on_pin_focus));
    let lists = &runtime.page.map.lists;
    on(lists, "keydown", &until, handler(on_list_key));
    on(
        lists,
        "focusin",
        &until,
        handler(|r, event| {
            if let Some(place) =
                closest(event, Hook::PlaceToggle).and_then(|row| value(&row, Hook::Place))
            {
                r.dispatch(Action::Place(PlaceAction::FocusRow(place)));
            }
        }),
    );
    let canvas = &runtime.page.map.canvas;
    on(canvas, "pointerover", &until, handler(on_pointer_over));
    on(
        canvas,
        "pointerleave",
        &until,
        handler(|r, _| {
            r.dispatch(Action::Place(PlaceAction::Hover(None)));
        }),
    );
    on(
        canvas,
        "pointermove",
        &until,
        handler(|r, _| {
            if r.state.tips_dismissed.get_untracked() {
                r.dispatch(Action::Place(PlaceAction::PointerMoved));
            }
        }),
    );
    on(&runtime.page.document, "keydown", &until, handler(on_key));
    let Some(window) = web_sys::window() else {
        return;
    };
    on(
        &window,
        "popstate",
        &until,
        handler(|r, _| {
            r.address.settle_on_navigation();
            let query = crate::history::AddressBar::written_query();
            r.dispatch(Action::Navigated(nap1325_core::url::parse(&query)));
        }),
    );
    // The print events come just before the printout is laid out (also for a PDF made by the
    // browser); the print media query also follows a print preview that emulates the medium.
    on(
        &window,
        "beforeprint",
        &until,
        handler(|r, _| {
            r.dispatch(Action::Printing(true));
        }),
    );
    on(
        &window,
        "afterprint",
        &until,
        handler(|r, _| {
            r.dispatch(Action::Printing(false));
        }),
    );
    // A phone's width: the map's regions take another shape there.
    if let Ok(Some(narrow)) = window.match_media(nap1325_core::map::NARROW_SCREEN) {
        runtime.dispatch(Action::Narrow(narrow.matches()));
        let media = narrow.clone();
        let runtime = runtime.clone();
        on(&narrow, "change", &until, move |_| {
            runtime.dispatch(Action::Narrow(media.matches()));
        });
    }
    if let Ok(Some(print)) = window.match_media("print") {
        let media = print.clone();
        let runtime = runtime.clone();
        on(&print, "change", &until, move |_| {
            runtime.dispatch(Action::PrintMedium(media.matches()));
        });
    }
    crate::present::listen(runtime, &window, &until);
}

fn on_click(runtime: &Rc<Runtime>, event: &Event) {
    let action = if let Some(close) = closest(event, Hook::FootnoteClose) {
        spot(&close, Hook::FootnoteClose).map(|s| Action::Read(ReadAction::CloseFootnote(s)))
    } else if let Some(marker) = closest(event, Hook::FootnoteMarker) {
        spot(&marker, Hook::FootnoteMarker).map(|s| Action::Read(ReadAction::ToggleFootnote(s)))
    } else if let Some(place) = closest(event, Hook::Place) {
        value(&place, Hook::Place).map(|p| Action::Place(PlaceAction::Choose(p)))
    } else if let Some(shows) = closest(event, Hook::ShowView) {
        value(&shows, Hook::ShowView)
            .and_then(|id| MapView::from_id(&id))
            .map(|v| Action::Place(PlaceAction::ShowView(v)))
    } else if let Some(chip) = closest(event, Hook::Chip) {
        value(&chip, Hook::Chip).map(|key| Action::Filter(FilterAction::RemoveChip(key)))
    } else if let Some(button) = closest(event, Hook::Control) {
        // The page's controls were checked when the widget read the page: an unknown one here
        // was added since, and is reported.
        let id = value(&button, Hook::Control).unwrap_or_default();
        let control = Control::from_id(&id);
        if control.is_none() {
            crate::dom::report_error(&format!("a control the widget does not know: {id}"));
        }
        control.map(control_action)
    } else if let Some(link) = closest(event, Hook::ResultLink) {
        value(&link, Hook::ResultLink)
            .and_then(|id| runtime.page.card_position(&id))
            .map(|at| Action::Read(ReadAction::Reveal(at)))
    } else {
        None
    };
    if let Some(action) = action {
        // A link's own work (a footnote marker's jump, a "cited in" link to a card in the list)
        // is the browser's unless the action did something.
        if runtime.dispatch(action) {
            event.prevent_default();
        }
    }
}

fn spot(element: &web_sys::Element, hook: Hook) -> Option<FootnoteSpot> {
    value(element, hook).and_then(|key| FootnoteSpot::from_key(&key))
}

/// Facet options.
fn on_change(runtime: &Rc<Runtime>, event: &Event) {
    let Some(input) = closest(event, Hook::Option) else {
        return;
    };
    let Some(key) = value(&input, Hook::Option) else {
        return;
    };
    if let Some((facet, option)) = Facet::parse_key(&key) {
        runtime.dispatch(Action::Filter(FilterAction::ToggleOption(
            facet,
            option.to_owned(),
        )));
    }
}

/// Search as you type; a pause ends the typing (and the count is announced then).
fn on_input(runtime: &Rc<Runtime>, _: &Event) {
    runtime.dispatch(Action::Filter(FilterAction::Type(
        runtime.page.search.value(),
    )));
    let weak = Rc::downgrade(runtime);
    runtime.typing_pause.run(move || {
        if let Some(runtime) = weak.upgrade() {
            runtime.dispatch(Action::Filter(FilterAction::PauseTyping));
        }
    });
}

/// Arrow keys, Home and End move between the map's pins.
fn on_pin_key(runtime: &Rc<Runtime>, event: &Event) {
    on_key_at(runtime, event, KeyPlace::Map);
}

/// Up, Down, Home and End move between the rows of the place lists.
fn on_list_key(runtime: &Rc<Runtime>, event: &Event) {
    on_key_at(runtime, event, KeyPlace::Lists);
}

/// The key's action at `place`, dispatched (and the browser's own handling of the key prevented).
fn on_key_at(runtime: &Rc<Runtime>, event: &Event, place: KeyPlace) {
    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if let Some(action) = key_action(&event.key(), place) {
        event.prevent_default();
        runtime.dispatch(action);
    }
}

fn on_pin_focus(runtime: &Rc<Runtime>, event: &Event) {
    if let Some(place) = closest(event, Hook::Pin).and_then(|pin| value(&pin, Hook::Place)) {
        runtime.dispatch(Action::Place(PlaceAction::FocusPin(place)));
    }
}

fn on_pointer_over(runtime: &Rc<Runtime>, event: &Event) {
    let place = closest(event, Hook::Place).and_then(|e| value(&e, Hook::Place));
    if runtime.state.hovered.get_untracked() != place {
        runtime.dispatch(Action::Place(PlaceAction::Hover(place)));
    }
}

/// Esc outside the presentation (which handles its own keys): first it hides a map tooltip that
/// shows (WCAG 1.4.13); then, with the focus on the map, it clears the chosen country.
fn on_key(runtime: &Rc<Runtime>, event: &Event) {
    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
        return;
    };
    if event.default_prevented() || runtime.state.presenting.get_untracked().is_some() {
        return;
    }
    let on_map = runtime
        .page
        .document
        .active_element()
        .is_some_and(|active| runtime.page.map.pins_group.contains(Some(&active)));
    if let Some(action) = key_action(&event.key(), KeyPlace::Page { on_map }) {
        if runtime.dispatch(action) {
            event.prevent_default();
        }
    }
}
