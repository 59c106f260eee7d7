//! The presentation: a full-window dialog that steps through the report (`nap1325_core::present`),
//! with large type and the map framing the countries of each step. `update` decides the step and
//! the presenter's aids; here the dialog shows them: each step is filled in from the page's
//! templates, the map glides to the step's countries, the overview, the black screen, the speaker's
//! view in a second window (kept in step over a `BroadcastChannel`), and the slides for the printer.
//!
//! History (decided by `update`): entering adds an entry, moving between steps refines it, leaving
//! goes back to the entry before, so the back button and Esc agree.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use nap1325_core::bindings::{key_action, KeyPlace, PresentingKeys};
use nap1325_core::filter::Facet;
use nap1325_core::hooks::{Hook, Mark};
use nap1325_core::i18n::{self, Ui};
use nap1325_core::present::{frame, glide, steps, union, Bounds, Step, ViewBox};
use nap1325_core::update::{Action, PresentAction};
use nap1325_core::view_state::ViewState;
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AbortSignal, Element, HtmlElement, KeyboardEvent, Window};

use crate::dom::{
    all, aria_bool, descendants, first, first_in, focus, from_template, on, report_degradation,
    set_attr, set_class, set_flag, set_text, value,
};
use crate::page::PageDom;
use crate::state::CurrentStep;
use crate::Runtime;

/// How long the map takes to move to the next step's countries, in milliseconds.
const MAP_MOVE_MS: f64 = 450.0;

/// The channel the two windows of a presentation (the audience's and the speaker's) keep each
/// other in step on: `step:<index>` when the step changes, `left` when the presentation ends.
const CHANNEL: &str = "nap1325-presentation";

/// What the dialog remembers between steps.
pub struct Dialog {
    /// The map, copied from the page when it is first needed.
    map: RefCell<Option<Element>>,
    /// The map's viewBox as it shows now: a move starts from there.
    view_box_now: Rc<Cell<ViewBox>>,
    /// Counts map moves, so a move in progress stops when a newer one starts.
    moves: Rc<Cell<u32>>,
    /// Leaving full screen: the focus returns to the page once it has.
    focus_after_full_screen: Cell<bool>,
    /// The open presentation fills the screen. Cleared when the widget closes it, so that the end
    /// of full screen the widget asked for (it comes later, and in WebKit after a quick forward
    /// may have opened the presentation again) is not taken for the visitor leaving.
    full_screen: Cell<bool>,
    open: Cell<bool>,
    /// The other window of the presentation (none where the browser has no `BroadcastChannel`).
    channel: Option<web_sys::BroadcastChannel>,
    /// What this window last said on the channel (a step it was told is not said back).
    said: RefCell<String>,
    /// The speaker's clock: when it started (ms) and its timer.
    clock: Cell<Option<(f64, i32)>>,
}

impl Dialog {
    pub fn new(page: &PageDom) -> Dialog {
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
        if channel.is_none() {
            report_degradation("no BroadcastChannel: a speaker's view does not follow the slides");
        }
        Dialog {
            map: RefCell::new(None),
            view_box_now: Rc::new(Cell::new(page.presentation.world)),
            moves: Rc::default(),
            focus_after_full_screen: Cell::new(false),
            full_screen: Cell::new(false),
            open: Cell::new(false),
            channel,
            said: RefCell::default(),
            clock: Cell::new(None),
        }
    }
}

/// The step shown, the presenter's aids, the speaker's view, the other window, the slides.
pub fn install(runtime: &Rc<Runtime>) -> Vec<ImmediateEffect> {
    vec![
        runtime.effect(|r| match r.state.presenting.get() {
            None => {
                if r.presentation.open.replace(false) {
                    close(r);
                }
            }
            Some(current) => {
                if !r.presentation.open.replace(true) {
                    open(r);
                }
                show(r, current);
            }
        }),
        runtime.effect(|r| {
            let black = r.state.blackout.get();
            set_flag(&r.page.presentation.blackout, "hidden", !black);
        }),
        runtime.effect(|r| {
            let open = r.state.overview.get();
            let presentation = &r.page.presentation;
            if open {
                fill_overview(r);
            }
            set_flag(&presentation.overview, "hidden", !open);
            set_attr(
                &presentation.overview_button,
                "aria-expanded",
                aria_bool(open),
            );
        }),
        runtime.effect(|r| {
            let speaker = r.state.speaker.get();
            if let Some(html) = r.page.document.document_element() {
                set_class(&html, Mark::SpeakerView.class(), speaker);
            }
            set_flag(&r.page.presentation.speaker, "hidden", !speaker);
            // The speaker's window opens no speaker's view of its own.
            set_flag(&r.page.presentation.speaker_button, "hidden", speaker);
            run_clock(r, speaker);
        }),
        // The other window follows this one (it says nothing back for a step it was told).
        runtime.effect(|r| {
            let said = match r.state.presenting.get() {
                Some(current) => format!("step:{}", current.at),
                None if r.presentation.open.get() || !r.presentation.said.borrow().is_empty() => {
                    "left".to_owned()
                }
                None => return,
            };
            tell_other_window(r, &said);
        }),
        // Printing while presenting: the slides, one page each.
        runtime.effect(|r| {
            let slides = r.state.printing.get() && r.state.presenting.get().is_some();
            fill_slides(r, slides);
        }),
    ]
}

/// The keys while presenting, a new window size, the browser leaving full screen, and the other
/// window of the presentation.
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
                let place = KeyPlace::Presenting(PresentingKeys {
                    on_button: crate::is_button(target.clone()),
                    in_scrolling_text: in_scrolling_text(&runtime.page, target),
                    blacked_out: runtime.state.blackout.get_untracked(),
                    overview: runtime.state.overview.get_untracked(),
                });
                if let Some(action) = key_action(&event.key(), place) {
                    event.prevent_default();
                    runtime.dispatch(action);
                }
            },
        );
    }
    {
        // A click on the black screen brings the slide back; a step chosen in the overview.
        let runtime = runtime.clone();
        on(
            &runtime.page.presentation.overlay.clone(),
            "click",
            until,
            move |event| {
                if crate::dom::closest(&event, Hook::Blackout).is_some() {
                    runtime.dispatch(Action::Present(PresentAction::Resume));
                } else if let Some(step) = crate::dom::closest(&event, Hook::OverviewStep)
                    .and_then(|b| value(&b, Hook::OverviewStep))
                    .and_then(|n| n.parse::<usize>().ok())
                {
                    runtime.dispatch(Action::Present(PresentAction::GoTo(step)));
                }
            },
        );
    }
    {
        // A new window size (full screen, a projector) fits the step again.
        let runtime = runtime.clone();
        on(window, "resize", until, move |_| {
            if let Some(current) = runtime.state.presenting.get_untracked() {
                show(&runtime, current);
            }
        });
    }
    if let Some(channel) = &runtime.presentation.channel {
        let runtime = runtime.clone();
        on(channel, "message", until, move |event| {
            let said = event
                .dyn_ref::<web_sys::MessageEvent>()
                .and_then(|m| m.data().as_string())
                .unwrap_or_default();
            let action = if said == "left" {
                Some(PresentAction::OtherWindowLeft)
            } else {
                said.strip_prefix("step:")
                    .and_then(|n| n.parse().ok())
                    .map(PresentAction::Synced)
            };
            if let Some(action) = action {
                // What it was told, it does not say back.
                *runtime.presentation.said.borrow_mut() = said;
                runtime.dispatch(Action::Present(action));
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

/// Says `said` to the other window of the presentation, unless it is what this window was told.
fn tell_other_window(runtime: &Runtime, said: &str) {
    let mut last = runtime.presentation.said.borrow_mut();
    if *last == said {
        return;
    }
    *last = said.to_owned();
    if let Some(channel) = &runtime.presentation.channel {
        let _ = channel.post_message(&JsValue::from_str(said));
    }
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

/// Opens `link` in a window of its own (`target`: `_blank`, or a name to reuse); whether it did
/// (a blocked pop-up does not).
pub fn open_window(link: &ViewState, target: &str, features: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let address = format!(
        "{}{}",
        window.location().pathname().unwrap_or_default(),
        nap1325_core::url::write(link)
    );
    match window.open_with_url_and_target_and_features(&address, target, features) {
        Ok(Some(opened)) => {
            // The new window cannot reach back into this one (they talk over the channel).
            let _ = opened.set_opener(&JsValue::NULL);
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

/// The current step's entry in the overview.
pub fn focus_overview_step(runtime: &Runtime) {
    let current = all(&runtime.page.presentation.overview_list, Hook::OverviewStep)
        .into_iter()
        .find(|b| b.has_attribute("aria-current"));
    if let Some(entry) = current {
        focus(&entry);
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

/// A step as the widget fills it in: its title (what the live region says), and the places its
/// map marks.
struct Filled {
    title: String,
    places: Vec<String>,
}

/// Fills the stage with the step, frames the map on its countries, says where the presenter is,
/// and (in the speaker's window) the notes and the next step.
fn show(runtime: &Runtime, current: CurrentStep) {
    let (page, lang) = (&runtime.page, runtime.contents.lang);
    let presentation = &page.presentation;
    let content = &presentation.content;
    content.set_text_content(None);
    let filled = fill_step(runtime, current.step, content);
    let (counter, spoken) = i18n::step_counter(lang, current.at + 1, current.count);
    set_text(&presentation.counter, &counter);
    // The dialog's name: the step's heading.
    set_attr(&presentation.overlay, "aria-label", &filled.title);
    set_text(&presentation.live, &format!("{spoken}: {}", filled.title));
    let Some(map) = presentation_map(runtime) else {
        return;
    };
    let marked = mark_places(&map, &filled.places);
    // A step with countries: the map beside the text, framed on them; the opening: the world under
    // the text; any other step: the text alone, large.
    let opening = current.step == Step::Opening;
    set_class(
        &presentation.stage,
        Mark::WithMap.class(),
        marked.is_some() && !opening,
    );
    set_class(&presentation.stage, Mark::WorldMap.class(), opening);
    // The type first: the text's size settles the map's box under it (the opening's).
    fit(content);
    if marked.is_some() || opening {
        let size = presentation.map_box.get_bounding_client_rect();
        let aspect = size.width() / size.height();
        move_map(
            &runtime.presentation,
            &map,
            frame(marked.filter(|_| !opening), presentation.world, aspect),
        );
    }
    if runtime.state.speaker.get_untracked() {
        fill_speaker_notes(runtime, current);
    }
}

/// Fills `into` with `step` from the page's templates.
fn fill_step(runtime: &Runtime, step: Step, into: &Element) -> Filled {
    let page = &runtime.page;
    let presentation = &page.presentation;
    let contents = &runtime.contents;
    let passing = runtime.state.passing.get_untracked();
    let places_of = |results: &mut dyn Iterator<Item = usize>| -> Vec<String> {
        let mut places: Vec<String> = Vec::new();
        for result in results {
            for place in contents.index.options_of(result, Facet::Place) {
                if !places.iter().any(|p| p == place) {
                    places.push(place.to_owned());
                }
            }
        }
        places
    };
    match step {
        Step::Opening => {
            if let Some(opening) = from_template(&presentation.opening) {
                if let Some(line) = first_in(&opening, Hook::StepSelection) {
                    let labels: Vec<String> = runtime
                        .state
                        .chips
                        .with_untracked(|chips| chips.iter().map(|(_, l)| l.clone()).collect());
                    let count = runtime.state.passing_count.get_untracked();
                    set_text(&line, &i18n::selection(contents.lang, &labels, count));
                }
                let _ = into.append_child(&opening);
            }
            Filled {
                title: page_title(into),
                places: places_of(&mut (0..passing.len()).filter(|&i| passing[i])),
            }
        }
        Step::Section(section) => {
            let heading = page.sections[section].heading.clone();
            let members: Vec<usize> = page.section_members[section]
                .iter()
                .copied()
                .filter(|&i| passing[i])
                .collect();
            if let Some(slide) = from_template(&presentation.section) {
                set_part(&slide, Hook::StepTitle, &heading);
                set_part(
                    &slide,
                    Hook::StepLead,
                    &i18n::results_count(contents.lang, members.len()),
                );
                if let Some(list) = first_in(&slide, Hook::StepList) {
                    for &i in &members {
                        if let Some(item) = from_template(&presentation.item) {
                            if let Some(li) = item.first_element_child() {
                                li.set_text_content(page.cards[i].title.text_content().as_deref());
                            }
                            let _ = list.append_child(&item);
                        }
                    }
                }
                let _ = into.append_child(&slide);
            }
            Filled {
                title: heading,
                places: places_of(&mut members.into_iter()),
            }
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
            if let Some(slide) = from_template(&presentation.result) {
                set_part(&slide, Hook::StepKicker, &kicker);
                set_part(&slide, Hook::StepTitle, &title);
                if let Some(text) = first_in(&slide, Hook::StepText) {
                    append_copy(&text, &card.text);
                }
                if let Some(facts) = first_in(&slide, Hook::StepFacts) {
                    append_copy(&facts, &card.facts);
                }
                let _ = into.append_child(&slide);
            }
            Filled {
                title,
                places: places_of(&mut std::iter::once(result)),
            }
        }
    }
}

/// The heading of a filled step, in words.
fn page_title(step: &Element) -> String {
    first(step, Hook::StepTitle)
        .and_then(|h| h.text_content())
        .unwrap_or_default()
}

/// Sets the text of the part `hook` of a copied template.
fn set_part(fragment: &web_sys::DocumentFragment, hook: Hook, text: &str) {
    if let Some(part) = first_in(fragment, hook) {
        part.set_text_content(Some(text));
    }
}

/// Sizes the step's type to its stage: as large as fits (a short text grows, up to 2.5 times),
/// shrinking a long one to fit, so nothing is cut off and no scrollbar shows. Text that does not
/// fit even at half size (no letter's text comes near) may scroll rather than be cut off.
fn fit(content: &Element) {
    let Some(style) = content.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    let mut fits = false;
    let sizes = (50..=250).rev().step_by(5);
    for percent in sizes {
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

/// Appends a copy of `source` to `parent`: without ids (they stay unique), hooks (the copy is not
/// the page's: nothing finds it as such), footnote markers (the panels do not come along) or
/// `hidden`.
fn append_copy(parent: &Element, source: &Element) {
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
    let mut elements = descendants(&copy);
    elements.push(copy.clone());
    for element in &elements {
        let _ = element.remove_attribute("id");
        for hook in Hook::ALL {
            let _ = element.remove_attribute(hook.attribute());
        }
    }
    let _ = copy.remove_attribute("hidden");
    let _ = parent.append_child(&copy);
}

/// The presentation's copy of the map, made when first needed.
fn presentation_map(runtime: &Runtime) -> Option<Element> {
    let mut slot = runtime.presentation.map.borrow_mut();
    if slot.is_none() {
        *slot = copy_map(&runtime.page);
        if let Some(map) = slot.as_ref() {
            let _ = runtime.page.presentation.map_box.append_child(map);
        }
    }
    slot.clone()
}

/// Marks `places` on `map`; the box around them (from their shapes' bounds, as the page states
/// them: the drawing need not be laid out), if any is drawn.
fn mark_places(map: &Element, places: &[String]) -> Option<Bounds> {
    let mut marked: Option<Bounds> = None;
    for path in all(map, Hook::StepPlace) {
        let on = value(&path, Hook::StepPlace).is_some_and(|p| places.contains(&p));
        set_class(&path, Mark::InStep.class(), on);
        let bounds = value(&path, Hook::Bounds).and_then(|v| {
            let numbers: Vec<f64> = v
                .split(' ')
                .filter_map(|n| n.parse::<i32>().ok())
                .map(f64::from)
                .collect();
            <[f64; 4]>::try_from(numbers).ok()
        });
        if let Some(bounds) = bounds.filter(|_| on) {
            marked = Some(union(marked, bounds));
        }
    }
    marked
}

/// A copy of the page's map for the presentation: its countries keep their place (to be marked)
/// but lose the page's actions; the view frames and the pattern (whose id is the page's) stay
/// behind.
fn copy_map(page: &PageDom) -> Option<Element> {
    let copy: Element = page
        .map
        .svg
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = copy.remove_attribute(Hook::MapSvg.attribute());
    for part in all(&copy, Hook::ShowView) {
        part.remove();
    }
    if let Some(defs) = first(&copy, Hook::MapDefs) {
        defs.remove();
    }
    for element in all(&copy, Hook::Place) {
        if let Some(place) = value(&element, Hook::Place) {
            let _ = element.set_attribute(Hook::StepPlace.attribute(), &place);
        }
        let _ = element.remove_attribute(Hook::Place.attribute());
    }
    Some(copy)
}

/// Moves the map's viewBox to `to`: in a short glide, or at once for visitors who prefer reduced
/// motion.
fn move_map(dialog: &Dialog, map: &Element, to: ViewBox) {
    let from = dialog.view_box_now.get();
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
    if reduced || from == to || !dialog.open.get() {
        set_view_box(map, to);
        dialog.view_box_now.set(to);
        return;
    }
    // A frame callback that asks for the next frame until the move ends or a newer one starts.
    type Tick = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;
    let tick: Tick = Rc::default();
    let (map, next_tick, moves, now_shown) = (
        map.clone(),
        tick.clone(),
        dialog.moves.clone(),
        dialog.view_box_now.clone(),
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
        let here = glide(from, to, t);
        set_view_box(&map, here);
        now_shown.set(here);
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

/// The steps of the presentation as it stands (the results that pass).
fn current_steps(runtime: &Runtime) -> Vec<Step> {
    runtime
        .state
        .passing
        .with_untracked(|passing| steps(&runtime.contents.sections, passing))
}

/// A step's title in words: the opening's, a section's heading, a result's title.
fn step_title(runtime: &Runtime, step: Step) -> String {
    let page = &runtime.page;
    match step {
        Step::Opening => from_template(&page.presentation.opening)
            .and_then(|opening| first_in(&opening, Hook::StepTitle))
            .and_then(|title| title.text_content())
            .unwrap_or_default(),
        Step::Section(section) => page.sections[section].heading.clone(),
        Step::Result(result) => page.cards[result].title.text_content().unwrap_or_default(),
    }
}

/// The overview: every step, numbered, each a button to it; the current one marked.
fn fill_overview(runtime: &Runtime) {
    let presentation = &runtime.page.presentation;
    let list = &presentation.overview_list;
    list.set_text_content(None);
    let at = runtime.state.presenting.get_untracked().map(|c| c.at);
    for (i, step) in current_steps(runtime).into_iter().enumerate() {
        let Some(entry) = from_template(&presentation.overview_item) else {
            continue;
        };
        if let Some(button) = first_in(&entry, Hook::OverviewStep) {
            let _ = button.set_attribute(Hook::OverviewStep.attribute(), &i.to_string());
            if at == Some(i) {
                let _ = button.set_attribute("aria-current", "step");
            }
            if matches!(step, Step::Section(_) | Step::Opening) {
                set_class(&button, Mark::Chosen.class(), true);
            }
        }
        set_part(&entry, Hook::OverviewNumber, &(i + 1).to_string());
        set_part(&entry, Hook::OverviewTitle, &step_title(runtime, step));
        let _ = list.append_child(&entry);
    }
}

/// The speaker's notes for the step: the letter's words (a result's text, the cited footnotes in
/// full, the editors' note of the card), a section's results, and what comes next.
fn fill_speaker_notes(runtime: &Runtime, current: CurrentStep) {
    let page = &runtime.page;
    let presentation = &page.presentation;
    let notes = &presentation.speaker_notes;
    notes.set_text_content(None);
    let lang = runtime.contents.lang;
    match current.step {
        Step::Result(result) => {
            let card = &page.cards[result];
            append_copy(notes, &card.text);
            for note in all(&card.element, Hook::ResultNote) {
                append_copy(notes, &note);
            }
            for number in &card.cites {
                let text = page
                    .footnote_texts
                    .iter()
                    .find(|(n, _)| n == number)
                    .and_then(|(_, t)| t.text_content())
                    .unwrap_or_default();
                add_paragraph(
                    runtime,
                    notes,
                    &format!("{} {number}: {text}", Ui::Footnote.get(lang)),
                );
            }
        }
        Step::Section(_) | Step::Opening => {
            let _ = fill_step(runtime, current.step, notes);
        }
    }
    let next = current_steps(runtime)
        .get(current.at + 1)
        .map(|step| step_title(runtime, *step))
        .unwrap_or_else(|| Ui::LastStep.get(lang).to_owned());
    set_text(&presentation.speaker_next, &next);
}

/// Adds a paragraph of text to `parent`.
fn add_paragraph(runtime: &Runtime, parent: &Element, text: &str) {
    if let Ok(p) = runtime.page.document.create_element("p") {
        p.set_text_content(Some(text));
        let _ = parent.append_child(&p);
    }
}

/// The speaker's clock: minutes and seconds since the speaker's view opened, every second.
fn run_clock(runtime: &Runtime, on: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    match (on, runtime.presentation.clock.get()) {
        (true, None) => {
            let start = js_sys::Date::now();
            let clock = runtime.page.presentation.speaker_clock.clone();
            let tick = Closure::<dyn FnMut()>::new(move || {
                let seconds = ((js_sys::Date::now() - start) / 1000.0) as u64;
                set_text(&clock, &format!("{}:{:02}", seconds / 60, seconds % 60));
            });
            if let Ok(timer) = window.set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                1000,
            ) {
                runtime.presentation.clock.set(Some((start, timer)));
            }
            tick.forget();
        }
        (false, Some((_, timer))) => {
            window.clear_interval_with_handle(timer);
            runtime.presentation.clock.set(None);
        }
        _ => {}
    }
}

/// The slides for the printer: every step, each on a page of its own with its map framed on its
/// countries (`style/print.css` prints them instead of the page while presenting). Made when
/// printing starts, removed when it ends.
fn fill_slides(runtime: &Runtime, on: bool) {
    let presentation = &runtime.page.presentation;
    let slides = &presentation.slides;
    slides.set_text_content(None);
    if !on {
        return;
    }
    let Some(map) = presentation_map(runtime) else {
        return;
    };
    for step in current_steps(runtime) {
        let Some(copy) = from_template(&presentation.slide) else {
            continue;
        };
        let (Some(slide), Some(text), Some(map_box)) = (
            copy.first_element_child(),
            first_in(&copy, Hook::SlideText),
            first_in(&copy, Hook::SlideMap),
        ) else {
            continue;
        };
        let filled = fill_step(runtime, step, &text);
        let marked = mark_places(&map, &filled.places);
        let mut drawn = false;
        let opening = step == Step::Opening;
        if marked.is_some() || opening {
            if let Some(copy) = map
                .clone_node_with_deep(true)
                .ok()
                .and_then(|c| c.dyn_into::<Element>().ok())
            {
                // A landscape A4 page: the map beside the text, or the world under it.
                let aspect = if opening { 2.6 } else { 0.9 };
                set_view_box(
                    &copy,
                    frame(marked.filter(|_| !opening), presentation.world, aspect),
                );
                drawn = map_box.append_child(&copy).is_ok();
            }
            set_class(&slide, Mark::WithMap.class(), !opening);
            set_class(&slide, Mark::WorldMap.class(), opening);
        }
        if !drawn {
            map_box.remove();
        }
        let _ = slides.append_child(&slide);
    }
    // The stage's own marks are the current step's again.
    if let Some(current) = runtime.state.presenting.get_untracked() {
        show(runtime, current);
    }
}
