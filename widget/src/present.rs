//! The presentation: a full-window dialog that steps through the report (see [`nap1325_core::present`]),
//! with large type and the map framing the countries of each step. Entered by its button or by
//! `present=N`; arrow keys and a clicker's PageUp/PageDown move; Esc leaves, back to the same view.
//!
//! History: entering adds an entry, moving between steps refines it, leaving goes back to the
//! entry before (so the back button and Esc agree). Opened by a link, leaving drops `present=`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, KeyboardEvent};

use crate::dom::{all, attr, closest, first, focus, on, set_flag, set_text};
use crate::filters::{selection, Labels};
use crate::history::{back, current_query, record, Entry};
use crate::page::PageDom;
use crate::state::ReportState;
use nap1325_core::filter::Facet;
use nap1325_core::i18n::{self, Ui};
use nap1325_core::present::{moved, steps, Move, Step};

/// How long the map takes to move to the next step's countries, in milliseconds.
const MAP_MOVE_MS: f64 = 450.0;

/// The presentation dialog and what it remembers between steps.
struct Dialog {
    overlay: Element,
    content: Element,
    map_box: Element,
    counter: Option<Element>,
    live: Option<Element>,
    opening: Option<Element>,
    /// The map, copied from the page when it is first needed.
    map: RefCell<Option<Element>>,
    /// The whole world, shown on steps without countries.
    world: [f64; 4],
    /// The map's viewBox as shown now (x, y, width, height): a move starts from there.
    shown: Rc<Cell<[f64; 4]>>,
    /// Counts map moves, so a move in progress stops when a newer one starts.
    moves: Rc<Cell<u32>>,
    /// Leaving full screen: the focus returns to the page once it has.
    focus_after_full_screen: Cell<bool>,
    /// Entered by the button (an entry to go back to), not by a link.
    entered_here: Cell<bool>,
}

pub fn install(page: Rc<PageDom>, state: ReportState, labels: Rc<Labels>) {
    let Some(document) = page.root.owner_document() else {
        return;
    };
    let Some(overlay) = first(&page.root, "[data-presentation]") else {
        return;
    };
    let (Some(content), Some(map_box)) = (
        first(&overlay, "[data-step-content]"),
        first(&overlay, "[data-step-map]"),
    ) else {
        return;
    };
    let world = world_of(&map_box);
    let dialog = Rc::new(Dialog {
        counter: first(&overlay, "[data-step-counter]"),
        live: first(&overlay, "[data-step-live]"),
        opening: first(&overlay, "[data-step-opening]"),
        overlay,
        content,
        map_box,
        map: RefCell::new(None),
        shown: Rc::new(Cell::new(world)),
        world,
        moves: Rc::default(),
        entered_here: Cell::new(false),
        focus_after_full_screen: Cell::new(false),
    });
    let sections: Rc<Vec<Vec<usize>>> = Rc::new(
        page.sections
            .iter()
            .map(|section| section.members.clone())
            .collect(),
    );
    let step_count = {
        let sections = sections.clone();
        move || {
            state
                .visible
                .with_untracked(|passing| steps(&sections, passing).len())
        }
    };

    // Show the step the state says, or close.
    {
        let (page, dialog, document) = (page.clone(), dialog.clone(), document.clone());
        Effect::new(move |was_open: Option<bool>| {
            let was_open = was_open == Some(true);
            let Some(at) = state.present.get() else {
                if was_open {
                    close(&page, &dialog, &document);
                }
                return false;
            };
            let steps = state.visible.with(|passing| steps(&sections, passing));
            // A link may name a step past the end (the filters leave fewer): show the last.
            let at = at.min(steps.len() - 1);
            if !was_open {
                open(&page, &dialog);
            }
            show(&page, &dialog, &document, state, steps[at], at, steps.len());
            // The opening says what the talk covers: everything, or the filtered selection.
            if let Some(line) = first(&dialog.content, "[data-step-selection]") {
                set_text(&line, &selection(state, &labels));
            }
            // Focus lands on the step once it is there, so a screen reader reads its heading.
            if !was_open {
                focus(&dialog.content);
            }
            true
        });
    }

    // Keys: only while presenting (the page behind is inert then).
    {
        let (dialog, step_count) = (dialog.clone(), step_count.clone());
        on(&document, "keydown", move |event| {
            let Some(at) = state.present.get_untracked() else {
                return;
            };
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let key = event.key();
            if key == "Escape" {
                event.prevent_default();
                leave(&dialog, state);
                return;
            }
            // Space on a button presses the button.
            let on_button = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| t.tag_name() == "BUTTON");
            if key == " " && on_button {
                return;
            }
            // Up and Down scroll a step whose text scrolls (see `fit`).
            let in_scrolling_text = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| t.closest(".overflowing").ok().flatten().is_some());
            if in_scrolling_text && (key == "ArrowUp" || key == "ArrowDown") {
                return;
            }
            if let Some(next) =
                Move::of_key(&key).map(|m| moved(m, at.min(step_count() - 1), step_count()))
            {
                event.prevent_default();
                go_to(state, next);
            }
        });
    }

    // The toolbar's buttons and the dialog's.
    {
        let dialog = dialog.clone();
        on(&page.root, "click", move |event| {
            let Some(action) =
                closest(&event, "[data-action]").and_then(|e| attr(&e, "data-action"))
            else {
                return;
            };
            let at = state
                .present
                .get_untracked()
                .unwrap_or(0)
                .min(step_count() - 1);
            match action.as_str() {
                "present" => {
                    if open_in_new_tab(state) {
                        return;
                    }
                    state.present.set(Some(0));
                    // Only an entry actually added is one to go back to.
                    dialog.entered_here.set(record(&state, Entry::New));
                    full_screen(&dialog.overlay);
                }
                "present-next" => go_to(state, (at + 1).min(step_count() - 1)),
                "present-previous" => go_to(state, at.saturating_sub(1)),
                "present-leave" => leave(&dialog, state),
                "print" => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }
                _ => {}
            }
        });
    }

    // A new window size (full screen, a projector) fits the text again.
    if let Some(window) = web_sys::window() {
        let content = dialog.content.clone();
        on(&window, "resize", move |_| {
            if state.present.get_untracked().is_some() {
                fit(&content);
            }
        });
    }

    // Leaving full screen by the browser's own means (its Esc) leaves the presentation too.
    {
        let document_now = document.clone();
        on(&document, "fullscreenchange", move |_| {
            if document_now.fullscreen_element().is_some() {
                return;
            }
            if state.present.get_untracked().is_some() {
                leave(&dialog, state);
            } else if dialog.focus_after_full_screen.replace(false) {
                return_focus(&page);
            }
        });
    }
}

fn go_to(state: ReportState, step: usize) {
    if state.present.get_untracked() != Some(step) {
        state.present.set(Some(step));
        record(&state, Entry::Same);
    }
}

/// Leaves the presentation, back to the view it was started from.
fn leave(dialog: &Dialog, state: ReportState) {
    let entered_here = dialog.entered_here.replace(false);
    state.present.set(None);
    let address_presents = nap1325_core::url::parse(&current_query()).present.is_some();
    if entered_here && address_presents {
        // The entry before holds the same view without `present=`.
        back();
    } else {
        record(&state, Entry::Same);
    }
}

/// In an iframe that may not go full screen (the host did not allow it; on phones that only let
/// video do so), the dialog would be as tall as the iframe, most of it off screen: the presentation
/// opens in a tab of its own instead. Whether it did (a blocked pop-up presents in place).
fn open_in_new_tab(state: ReportState) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let framed = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window);
    let may_fill_screen = window.document().is_some_and(|d| d.fullscreen_enabled());
    if !framed || may_fill_screen {
        return false;
    }
    let mut view = state.view_state();
    view.present = Some(1);
    let address = format!(
        "{}{}",
        window.location().pathname().unwrap_or_default(),
        nap1325_core::url::write(&view)
    );
    match window.open_with_url_and_target(&address, "_blank") {
        Ok(Some(tab)) => {
            // The new tab cannot reach back into the host page.
            let _ = tab.set_opener(&JsValue::NULL);
            true
        }
        _ => false,
    }
}

/// Asks for full screen where the page may have it (not in a frame that does not allow it); a
/// refusal leaves the presentation filling the window.
fn full_screen(element: &Element) {
    let allowed = element
        .owner_document()
        .is_some_and(|d| d.fullscreen_enabled());
    if !allowed {
        return;
    }
    let request = js_sys::Reflect::get(element, &"requestFullscreen".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = request
        .and_then(|f| f.call0(element).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = promise {
        let refused = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = promise.catch(&refused);
        refused.forget();
    }
}

/// Shows the dialog; the page behind it is inert (no focus, not read) while it shows. The caller
/// fills in the step, then moves the focus into it.
fn open(page: &PageDom, dialog: &Dialog) {
    set_flag(&dialog.overlay, "hidden", false);
    if let Some(html) = dialog
        .overlay
        .owner_document()
        .and_then(|d| d.document_element())
    {
        let _ = html.class_list().add_1("presenting");
    }
    for part in behind(page, dialog) {
        set_flag(&part, "inert", true);
    }
}

fn close(page: &PageDom, dialog: &Dialog, document: &Document) {
    dialog.entered_here.set(false);
    set_flag(&dialog.overlay, "hidden", true);
    if let Some(html) = document.document_element() {
        let _ = html.class_list().remove_1("presenting");
    }
    for part in behind(page, dialog) {
        set_flag(&part, "inert", false);
    }
    // Back to the button that started it; out of full screen first (the rest of the page cannot
    // take focus while the dialog is full screen).
    if document.fullscreen_element().is_some() {
        dialog.focus_after_full_screen.set(true);
        document.exit_fullscreen();
    } else {
        return_focus(page);
    }
}

fn return_focus(page: &PageDom) {
    if let Some(button) = first(&page.root, "[data-action=present]") {
        // Chromium applies `inert` with the styles: reading the layout brings them up to date.
        let _ = button.get_bounding_client_rect();
        focus(&button);
    }
}

/// The parts of the page behind the dialog (all but the dialog and the page's live region).
fn behind(page: &PageDom, dialog: &Dialog) -> Vec<Element> {
    let children = page.root.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|child| *child != dialog.overlay && !child.has_attribute("data-live"))
        .collect()
}

/// Fills the dialog with `step` (number `at` of `count`), frames the map on its countries, and
/// says where the presenter is.
fn show(
    page: &PageDom,
    dialog: &Dialog,
    document: &Document,
    state: ReportState,
    step: Step,
    at: usize,
    count: usize,
) {
    let lang = state.lang;
    let content = &dialog.content;
    content.set_text_content(None);
    let mut places: Vec<String> = Vec::new();
    match step {
        Step::Opening => {
            if let Some(opening) = &dialog.opening {
                append_copy(content, opening, true);
            }
        }
        Step::Section(section) => {
            let (element, members) = (
                &page.sections[section].element,
                &page.sections[section].members,
            );
            let passing = state
                .visible
                .with_untracked(|v| members.iter().filter(|&&i| v[i]).count());
            add(
                document,
                content,
                "p",
                "presentation-kicker",
                Ui::Presentation.get(lang),
            );
            add(document, content, "h2", "", &heading_text(element, "h2"));
            add(
                document,
                content,
                "p",
                "presentation-lead",
                &i18n::results_count(lang, passing),
            );
        }
        Step::Result(result) => {
            let card = &page.cards[result];
            let kicker = page
                .section_of(result)
                .map(|s| heading_text(&s.element, "h2"))
                .unwrap_or_default();
            add(document, content, "p", "presentation-kicker", &kicker);
            add(document, content, "h2", "", &heading_text(card, "h3"));
            for part in [".marked-text", ".card-facts"] {
                if let Some(element) = first(card, part) {
                    append_copy(content, &element, false);
                }
            }
            let index = state.index();
            places = index
                .options_of(result, Facet::Place)
                .map(str::to_owned)
                .collect();
        }
    }
    let title = first(content, "h2");
    if let Some(title) = &title {
        let _ = title.set_attribute("id", "presentation-heading");
    }
    let (counter, spoken) = i18n::step_counter(lang, at + 1, count);
    if let Some(element) = &dialog.counter {
        set_text(element, &counter);
    }
    if let Some(live) = &dialog.live {
        let title = title.and_then(|t| t.text_content()).unwrap_or_default();
        set_text(live, &format!("{spoken}: {title}"));
    }
    frame(page, dialog, &places);
    fit(content);
}

/// Shrinks the step's type until it fits (a long result on a small projector), so nothing is cut
/// off and no scrollbar shows. Text that does not fit even at half size (no letter's text comes
/// near) may scroll rather than be cut off.
fn fit(content: &Element) {
    let Some(style) = content.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    let mut fits = false;
    for percent in (50..=100).rev().step_by(5) {
        let _ = style.set_property("font-size", &format!("{percent}%"));
        fits = content.scroll_height() <= content.client_height()
            && content.scroll_width() <= content.client_width();
        if fits {
            break;
        }
    }
    // Scrolling text is reachable by Tab, and its arrow keys scroll it (see the key handler).
    let _ = content.class_list().toggle_with_force("overflowing", !fits);
    let _ = content.set_attribute("tabindex", if fits { "-1" } else { "0" });
}

fn heading_text(element: &Element, tag: &str) -> String {
    first(element, tag)
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

/// Adds an element with `class` and `text` to `parent`.
fn add(document: &Document, parent: &Element, tag: &str, class: &str, text: &str) {
    let Ok(element) = document.create_element(tag) else {
        return;
    };
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element.set_text_content(Some(text));
    let _ = parent.append_child(&element);
}

/// Appends a copy of `source` to `parent`: without ids (they stay unique), footnote markers (the
/// panels do not come along) or `hidden`. `unwrap`: its children, not itself.
fn append_copy(parent: &Element, source: &Element, unwrap: bool) {
    let Some(copy) = source
        .clone_node_with_deep(true)
        .ok()
        .and_then(|c| c.dyn_into::<Element>().ok())
    else {
        return;
    };
    for element in all(&copy, "[id]") {
        let _ = element.remove_attribute("id");
    }
    for part in all(&copy, ".fn-marker, .fn-panel") {
        part.remove();
    }
    if unwrap {
        while let Some(child) = copy.first_child() {
            let _ = parent.append_child(&child);
        }
    } else {
        let _ = copy.remove_attribute("id");
        let _ = copy.remove_attribute("hidden");
        let _ = parent.append_child(&copy);
    }
}

/// Marks `places` on the presentation's map and moves the map to them (the world when none).
fn frame(page: &PageDom, dialog: &Dialog, places: &[String]) {
    let map = {
        let mut slot = dialog.map.borrow_mut();
        if slot.is_none() {
            *slot = copy_map(page, &dialog.map_box);
        }
        match slot.clone() {
            Some(map) => map,
            None => return,
        }
    };
    // The bounds of the marked shapes: left, top, right, bottom.
    let mut bounds: Option<[f64; 4]> = None;
    for path in all(&map, "path[data-step-place]") {
        let marked = attr(&path, "data-step-place").is_some_and(|p| places.contains(&p));
        let _ = path.class_list().toggle_with_force("in-step", marked);
        let Some(shape) = path
            .dyn_ref::<web_sys::SvgGraphicsElement>()
            .filter(|_| marked)
        else {
            continue;
        };
        let Ok(b) = shape.get_b_box() else { continue };
        let (x, y) = (f64::from(b.x()), f64::from(b.y()));
        let (r, bottom) = (x + f64::from(b.width()), y + f64::from(b.height()));
        bounds = Some(match bounds {
            None => [x, y, r, bottom],
            Some([x0, y0, x1, y1]) => [x0.min(x), y0.min(y), x1.max(r), y1.max(bottom)],
        });
    }
    let to = match bounds {
        // Some room around the countries, and at least a region's size so a small country has
        // its neighbours around it.
        Some([x0, y0, x1, y1]) => {
            let w = ((x1 - x0) * 1.4).max(120.0);
            let h = ((y1 - y0) * 1.4).max(80.0);
            [(x0 + x1 - w) / 2.0, (y0 + y1 - h) / 2.0, w, h]
        }
        None => dialog.world,
    };
    move_map(dialog, &map, to);
}

/// The whole world's viewBox, as the page states it in whole units (`data-world`).
fn world_of(map_box: &Element) -> [f64; 4] {
    let numbers: Vec<f64> = attr(map_box, "data-world")
        .unwrap_or_default()
        .split(' ')
        .filter_map(|n| n.parse::<i32>().ok())
        .map(f64::from)
        .collect();
    numbers.try_into().unwrap_or([0.0, 0.0, 1000.0, 500.0])
}

/// A copy of the page's map for the presentation: its countries keep their place (to be marked)
/// but lose the page's actions; the view frames stay behind.
fn copy_map(page: &PageDom, into: &Element) -> Option<Element> {
    let svg = page.map_svg.as_ref()?;
    let copy: Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    // The hatch pattern stays the page's one: ids must be unique.
    for part in all(&copy, "defs, .map-frames") {
        part.remove();
    }
    for element in all(&copy, "[data-place]") {
        if let Some(place) = attr(&element, "data-place") {
            let _ = element.set_attribute("data-step-place", &place);
        }
        let _ = element.remove_attribute("data-place");
    }
    into.append_child(&copy).ok()?;
    Some(copy)
}

/// Moves the map's viewBox to `to`: in a short glide, or at once for visitors who prefer reduced
/// motion.
fn move_map(dialog: &Dialog, map: &Element, to: [f64; 4]) {
    let from = dialog.shown.get();
    let this_move = dialog.moves.get().wrapping_add(1);
    dialog.moves.set(this_move);
    let Some(window) = web_sys::window() else {
        return;
    };
    let reduced = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if reduced || from == to {
        set_view_box(map, to);
        dialog.shown.set(to);
        return;
    }
    // A frame callback that asks for the next frame until the move ends or a newer one starts.
    type Tick = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;
    let tick: Tick = Rc::default();
    let (map, next_tick, moves, shown) = (
        map.clone(),
        tick.clone(),
        dialog.moves.clone(),
        dialog.shown.clone(),
    );
    let started = Cell::new(None::<f64>);
    *tick.borrow_mut() = Some(Closure::new(move |now: f64| {
        if moves.get() != this_move {
            next_tick.borrow_mut().take();
            return;
        }
        let start = started.get().unwrap_or(now);
        started.set(Some(start));
        let t = ((now - start) / MAP_MOVE_MS).min(1.0);
        let eased = 1.0 - (1.0 - t).powi(3);
        let now_shown = std::array::from_fn(|i| from[i] + (to[i] - from[i]) * eased);
        set_view_box(&map, now_shown);
        shown.set(now_shown);
        let next = next_tick.borrow();
        match (t < 1.0, web_sys::window(), next.as_ref()) {
            (true, Some(window), Some(callback)) => {
                let _ = window.request_animation_frame(callback.as_ref().unchecked_ref());
            }
            _ => {
                drop(next);
                next_tick.borrow_mut().take();
            }
        }
    }));
    if let Some(callback) = tick.borrow().as_ref() {
        let _ = window.request_animation_frame(callback.as_ref().unchecked_ref());
    };
}

/// Writes a viewBox in whole units (integers keep float formatting out of the wasm).
fn set_view_box(map: &Element, b: [f64; 4]) {
    let value = b.map(|v| (v.round() as i32).to_string()).join(" ");
    let _ = map.set_attribute("viewBox", &value);
}
