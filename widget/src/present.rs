//! The presentation: a full-window dialog that steps through the report (`nap1325_core::present`),
//! with large type and the map framing the countries of each step. `update` decides the step; here
//! the dialog shows it, the keys become actions, and the browser's full screen is asked for.
//!
//! History (decided by `update`): entering adds an entry, moving between steps refines it, leaving
//! goes back to the entry before, so the back button and Esc agree.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use nap1325_core::bindings::{key_action, KeyPlace};
use nap1325_core::filter::Facet;
use nap1325_core::hooks::{Hook, Mark};
use nap1325_core::i18n::{self, Ui};
use nap1325_core::present::{frame, glide, union, Bounds, Step, ViewBox};
use nap1325_core::update::{Action, PresentAction};
use nap1325_core::view_state::ViewState;
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortSignal, Document, Element, HtmlElement, KeyboardEvent, Window};

use crate::dom::{all, focus, on, set_class, set_flag, set_text, value};
use crate::page::PageDom;
use crate::state::CurrentStep;
use crate::Runtime;

/// How long the map takes to move to the next step's countries, in milliseconds.
const MAP_MOVE_MS: f64 = 450.0;

/// What the dialog remembers between steps.
pub struct Dialog {
    /// The map, copied from the page when it is first needed.
    map: RefCell<Option<Element>>,
    /// The map's viewBox as shown now: a move starts from there.
    shown: Rc<Cell<ViewBox>>,
    /// Counts map moves, so a move in progress stops when a newer one starts.
    moves: Rc<Cell<u32>>,
    /// Leaving full screen: the focus returns to the page once it has.
    focus_after_full_screen: Cell<bool>,
    /// The open presentation fills the screen. Cleared when the widget closes it, so that the end
    /// of full screen the widget asked for (it comes later, and in WebKit after a quick forward
    /// may have opened the presentation again) is not taken for the visitor leaving.
    full_screen: Cell<bool>,
    open: Cell<bool>,
}

impl Dialog {
    pub fn new(page: &PageDom) -> Dialog {
        Dialog {
            map: RefCell::new(None),
            shown: Rc::new(Cell::new(page.presentation.world)),
            moves: Rc::default(),
            focus_after_full_screen: Cell::new(false),
            full_screen: Cell::new(false),
            open: Cell::new(false),
        }
    }
}

/// Shows the step the state says, or closes.
pub fn install(runtime: &Rc<Runtime>) -> Vec<ImmediateEffect> {
    vec![runtime.effect(|r| match r.state.presenting.get() {
        None => {
            if r.presentation.open.replace(false) {
                close(r);
            }
        }
        Some(shown) => {
            if !r.presentation.open.replace(true) {
                open(r);
            }
            show(r, shown);
            // The opening says what the talk covers: everything, or the filtered selection.
            let labels: Vec<String> = r
                .state
                .chips
                .with(|chips| chips.iter().map(|(_, l)| l.clone()).collect());
            if let Some(line) = crate::dom::first(&r.page.presentation.content, Hook::StepSelection)
            {
                let text = i18n::selection(r.contents.lang, &labels, r.state.passing_count.get());
                set_text(&line, &text);
            }
        }
    })]
}

/// The keys while presenting, a new window size, and the browser leaving full screen.
pub fn listen(runtime: &Rc<Runtime>, window: &Window, until: &AbortSignal) {
    {
        let runtime = runtime.clone();
        on(
            &runtime.page.document.clone(),
            "keydown",
            until,
            move |event| {
                if runtime.state.presenting.get_untracked().is_none() {
                    return;
                }
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.alt_key() || event.ctrl_key() || event.meta_key() {
                    return;
                }
                let target = event.target();
                let place = KeyPlace::Presenting {
                    on_button: crate::is_button(target.clone()),
                    in_scrolling_text: in_scrolling_text(&runtime.page, target),
                };
                let action = key_action(&event.key(), place);
                if let Some(action) = action {
                    event.prevent_default();
                    runtime.dispatch(action);
                }
            },
        );
    }
    {
        // A new window size (full screen, a projector) fits the text again.
        let runtime = runtime.clone();
        on(window, "resize", until, move |_| {
            if runtime.state.presenting.get_untracked().is_some() {
                fit(&runtime.page.presentation.content);
            }
        });
    }
    let document = runtime.page.document.clone();
    let runtime = runtime.clone();
    on(&document.clone(), "fullscreenchange", until, move |_| {
        if document.fullscreen_element().is_some() {
            let open = runtime.presentation.open.get();
            runtime.presentation.full_screen.set(open);
            return;
        }
        // Leaving full screen by the browser's own means (its Esc) leaves the presentation too.
        if runtime.presentation.full_screen.replace(false) {
            runtime.dispatch(Action::Present(PresentAction::FullScreenLeft));
        }
        if runtime.presentation.focus_after_full_screen.replace(false) {
            focus_present_button(&runtime.page);
        }
    });
}

/// Whether `target` is in the step's text while that text scrolls (see `fit`).
fn in_scrolling_text(page: &PageDom, target: Option<web_sys::EventTarget>) -> bool {
    let content = &page.presentation.content;
    content.class_list().contains(Mark::Overflowing.class())
        && target
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|node| content.contains(Some(&node)))
}

/// Whether a presentation opens in a tab of its own: in an iframe that may not go full screen
/// (the host did not allow it; phones that only let video do so), the dialog would be as tall as
/// the iframe, most of it off screen.
pub fn in_new_tab() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let framed = window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window);
    let may_fill_screen = window.document().is_some_and(|d| d.fullscreen_enabled());
    framed && !may_fill_screen
}

/// Opens the presentation of `link` in a tab of its own; whether it did (a blocked pop-up does
/// not).
pub fn open_in_new_tab(link: &ViewState) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let address = format!(
        "{}{}",
        window.location().pathname().unwrap_or_default(),
        nap1325_core::url::write(link)
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

/// Asks for full screen where the page may have it; a refusal leaves the presentation filling
/// the window.
pub fn full_screen(element: &Element) {
    if !element
        .owner_document()
        .is_some_and(|d| d.fullscreen_enabled())
    {
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

/// Back to the button that started the presentation; out of full screen first (the rest of the
/// page cannot take focus while the dialog is full screen).
pub fn return_focus(runtime: &Runtime) {
    let document = &runtime.page.document;
    if document.fullscreen_element().is_some() {
        runtime.presentation.focus_after_full_screen.set(true);
        document.exit_fullscreen();
    } else {
        focus_present_button(&runtime.page);
    }
}

fn focus_present_button(page: &PageDom) {
    // Chromium applies `inert` with the styles: reading the layout brings them up to date.
    let _ = page.present_button.get_bounding_client_rect();
    focus(&page.present_button);
}

/// Shows the dialog; the page behind it is inert (no focus, not read) while it shows.
fn open(runtime: &Runtime) {
    let presentation = &runtime.page.presentation;
    set_flag(&presentation.overlay, "hidden", false);
    if let Some(html) = runtime.page.document.document_element() {
        set_class(&html, Mark::Presenting.class(), true);
    }
    for part in behind(&runtime.page) {
        set_flag(&part, "inert", true);
    }
}

fn close(runtime: &Runtime) {
    // A hidden dialog does not keep the screen (left by the back button, say).
    if runtime.presentation.full_screen.replace(false) {
        runtime.page.document.exit_fullscreen();
    }
    set_flag(&runtime.page.presentation.overlay, "hidden", true);
    if let Some(html) = runtime.page.document.document_element() {
        set_class(&html, Mark::Presenting.class(), false);
    }
    for part in behind(&runtime.page) {
        set_flag(&part, "inert", false);
    }
}

/// The parts of the page behind the dialog (all but the dialog and the page's live region).
fn behind(page: &PageDom) -> Vec<Element> {
    let children = page.root.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|child| *child != page.presentation.overlay && *child != page.live)
        .collect()
}

/// Fills the dialog with the step, frames the map on its countries, and says where the presenter
/// is.
fn show(runtime: &Runtime, shown: CurrentStep) {
    let (page, lang) = (&runtime.page, runtime.contents.lang);
    let document = &page.document;
    let content = &page.presentation.content;
    content.set_text_content(None);
    let mut places: Vec<String> = Vec::new();
    let title = match shown.step {
        Step::Opening => {
            append_copy(content, &page.presentation.opening, true);
            content
                .query_selector("h2")
                .ok()
                .flatten()
                .and_then(|h| h.text_content())
                .unwrap_or_default()
        }
        Step::Section(section) => {
            let heading = page.sections[section].heading.clone();
            let passing = runtime.state.passing.with_untracked(|p| {
                page.section_members[section]
                    .iter()
                    .filter(|&&i| p[i])
                    .count()
            });
            add(
                document,
                content,
                "p",
                "presentation-kicker",
                Ui::Presentation.get(lang),
            );
            add(document, content, "h2", "", &heading);
            add(
                document,
                content,
                "p",
                "presentation-lead",
                &i18n::results_count(lang, passing),
            );
            heading
        }
        Step::Result(result) => {
            let card = &page.cards[result];
            let kicker = page
                .section_members
                .iter()
                .position(|members| members.contains(&result))
                .map(|s| page.sections[s].heading.clone())
                .unwrap_or_default();
            let title = card.title.text_content().unwrap_or_default();
            add(document, content, "p", "presentation-kicker", &kicker);
            add(document, content, "h2", "", &title);
            append_copy(content, &card.text, false);
            append_copy(content, &card.facts, false);
            places = runtime
                .contents
                .index
                .options_of(result, Facet::Place)
                .map(str::to_owned)
                .collect();
            title
        }
    };
    if let Some(heading) = content.query_selector("h2").ok().flatten() {
        let _ = heading.set_attribute("id", "presentation-heading");
    }
    let (counter, spoken) = i18n::step_counter(lang, shown.at + 1, shown.count);
    set_text(&page.presentation.counter, &counter);
    set_text(&page.presentation.live, &format!("{spoken}: {title}"));
    frame_map(runtime, &places);
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
    set_class(content, Mark::Overflowing.class(), !fits);
    let _ = content.set_attribute("tabindex", if fits { "-1" } else { "0" });
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

/// Appends a copy of `source` to `parent`: without ids (they stay unique), hooks (the copy is
/// not the page's: nothing finds it as such), footnote markers (the panels do not come along) or
/// `hidden`. `unwrap`: its children, not itself.
fn append_copy(parent: &Element, source: &Element, unwrap: bool) {
    let Some(copy) = source
        .clone_node_with_deep(true)
        .ok()
        .and_then(|c| c.dyn_into::<Element>().ok())
    else {
        return;
    };
    for hook in [Hook::FootnoteMarker, Hook::FootnotePanel] {
        for part in all(&copy, hook) {
            // The marker's <sup> goes with it.
            match part
                .parent_element()
                .filter(|p| p.tag_name().eq_ignore_ascii_case("sup"))
            {
                Some(sup) => sup.remove(),
                None => part.remove(),
            }
        }
    }
    let mut elements = vec![copy.clone()];
    if let Ok(list) = copy.query_selector_all("*") {
        elements.extend(
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<Element>().ok()),
        );
    }
    for element in &elements {
        let _ = element.remove_attribute("id");
        for hook in Hook::ALL {
            if *hook != Hook::StepSelection {
                let _ = element.remove_attribute(hook.attribute());
            }
        }
    }
    if unwrap {
        while let Some(child) = copy.first_child() {
            let _ = parent.append_child(&child);
        }
    } else {
        let _ = copy.remove_attribute("hidden");
        let _ = parent.append_child(&copy);
    }
}

/// Marks `places` on the presentation's map and moves the map to them (the world when none).
fn frame_map(runtime: &Runtime, places: &[String]) {
    let dialog = &runtime.presentation;
    let map = {
        let mut slot = dialog.map.borrow_mut();
        if slot.is_none() {
            *slot = copy_map(&runtime.page);
        }
        match slot.clone() {
            Some(map) => map,
            None => return,
        }
    };
    let mut marked: Option<Bounds> = None;
    for path in all(&map, Hook::StepPlace) {
        let on = value(&path, Hook::StepPlace).is_some_and(|p| places.contains(&p));
        set_class(&path, Mark::InStep.class(), on);
        let Some(shape) = path.dyn_ref::<web_sys::SvgGraphicsElement>().filter(|_| on) else {
            continue;
        };
        let Ok(b) = shape.get_b_box() else { continue };
        let (x, y) = (f64::from(b.x()), f64::from(b.y()));
        marked = Some(union(
            marked,
            [x, y, x + f64::from(b.width()), y + f64::from(b.height())],
        ));
    }
    move_map(dialog, &map, frame(marked, runtime.page.presentation.world));
}

/// A copy of the page's map for the presentation: its countries keep their place (to be marked)
/// but lose the page's actions; the view frames stay behind.
fn copy_map(page: &PageDom) -> Option<Element> {
    let copy: Element = page
        .map
        .svg
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = copy.remove_attribute(Hook::MapSvg.attribute());
    // The box is the stage's (it holds still while the view glides); the drawing keeps to its top,
    // right under the text on a tall screen.
    let _ = copy.set_attribute("preserveAspectRatio", "xMidYMin meet");
    // The hatch pattern stays the page's one: ids must be unique.
    for part in all(&copy, Hook::ShowView) {
        part.remove();
    }
    if let Some(defs) = crate::dom::first(&copy, Hook::MapDefs) {
        defs.remove();
    }
    for element in all(&copy, Hook::Place) {
        if let Some(place) = value(&element, Hook::Place) {
            let _ = element.set_attribute(Hook::StepPlace.attribute(), &place);
        }
        let _ = element.remove_attribute(Hook::Place.attribute());
    }
    page.presentation.map_box.append_child(&copy).ok()?;
    Some(copy)
}

/// Moves the map's viewBox to `to`: in a short glide, or at once for visitors who prefer reduced
/// motion.
fn move_map(dialog: &Dialog, map: &Element, to: ViewBox) {
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
        let now_shown = glide(from, to, t);
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
fn set_view_box(map: &Element, b: ViewBox) {
    let value = b.map(|v| (v.round() as i32).to_string()).join(" ");
    let _ = map.set_attribute("viewBox", &value);
}
