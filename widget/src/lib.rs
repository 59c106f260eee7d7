//! The widget in the browser. The page arrives prerendered (the whole report, readable without
//! JavaScript); the widget reads it once ([`page`]), holds the visitor's view in one signal
//! ([`state`]), turns every event into an `Action` ([`events`]) that the pure
//! `nap1325_core::update::update` answers, and performs the answer: the view is set (effects
//! reflect it onto the page at once: [`reflect`], [`cards`], [`highlight`], [`print`],
//! [`present`]), then the history entry, the announcement, the focus and any command.

mod cards;
pub mod dom;
mod early;
mod embed;
mod events;
mod export;
mod highlight;
mod history;
mod layout;
pub mod page;
mod present;
mod print;
mod reflect;
pub mod state;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use nap1325_core::hooks::Hook;
use nap1325_core::model::Lang;
use nap1325_core::update::{update, Action, Change, Command, Contents, Focus, PresentAction, View};
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::graph::{ReactiveNode, ToAnySubscriber};
use reactive_graph::owner::Owner;
use reactive_graph::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, Element};

use dom::{all, first, focus, next_task, set_text, value, Turns};
use page::{Missing, PageDom};
use state::State;

/// The running widget: the page it read, the state, and what performs `update`'s answers.
pub struct Runtime {
    pub page: PageDom,
    pub contents: Arc<Contents>,
    pub state: State,
    address: history::AddressBar,
    typing_pause: dom::Debounce,
    presentation: present::Dialog,
    cards: cards::Placement,
    last_announcement: RefCell<String>,
    /// Removes every listener when the widget stops.
    listeners: AbortController,
    effects: RefCell<Vec<ImmediateEffect>>,
    owner: Owner,
    stopped: Cell<bool>,
}

/// The report on the page (none when the page shows the editors' error view: the data did not
/// load at build time).
fn report_root() -> Option<Element> {
    dom::document().and_then(|d| d.query_selector(Hook::Report.selector()).ok().flatten())
}

/// Starts the widget on the page: called by `main`.
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
    let Some(root) = report_root() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(runtime) = start_on(root).await {
            // The widget lives as long as the page.
            std::mem::forget(runtime);
        }
    });
}

/// Starts the widget on the report `root`, in short steps with the browser's turn between them
/// (one long task would hold up a visitor's first tap and paint). A hook the page
/// lacks is reported (to the console, by name, and in the page's failure alert) and the widget
/// does not start. Controls answer once the last step has bound them and marked the page ready.
pub async fn start_on(root: Element) -> Result<Rc<Runtime>, Missing> {
    // Not in the task that made the WebAssembly module ready, which is long enough already.
    next_task().await;
    let replaced = upgrade_to_buttons(&root).await;
    next_task().await;
    let page = match PageDom::read(root.clone()).await {
        Ok(page) => page,
        Err(missing) => return Err(cannot_start(&root, missing)),
    };
    next_task().await;
    let lang = root
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let search_texts = page.search_texts().await;
    next_task().await;
    let contents = Arc::new(page.contents(lang, present::in_new_tab(), search_texts));
    next_task().await;
    let view = View::opened(
        nap1325_core::url::parse(&history::AddressBar::written_query()),
        &contents,
    );
    // A link to another view (filters, a place, a step) is shown in one task, so that no frame
    // shows it half applied; the page as rendered needs no change, so its groups take turns.
    let at_once = !view.is_as_rendered();
    let owner = Owner::new();
    let state = owner.with(|| State::new(view, contents.clone()));
    let Ok(listeners) = AbortController::new() else {
        return Err(cannot_start(
            &root,
            Missing(vec!["the browser's AbortController".to_owned()]),
        ));
    };
    let runtime = Rc::new(Runtime {
        address: history::AddressBar::default(),
        typing_pause: dom::Debounce::new(700),
        presentation: present::Dialog::new(&page),
        cards: cards::Placement::new(&page),
        last_announcement: RefCell::default(),
        listeners,
        effects: RefCell::default(),
        owner,
        stopped: Cell::new(false),
        page,
        contents,
        state,
    });
    // Each group of effects shows the view once as it is made: a step of its own (for the page
    // as rendered; a link's view all at once, above).
    let groups: [Install; 6] = [
        reflect::install,
        reflect::install_filters,
        cards::install,
        highlight::install,
        print::install,
        present::install,
    ];
    for install in groups {
        if !at_once {
            next_task().await;
        }
        let effects = runtime.owner.with(|| install(&runtime));
        runtime.effects.borrow_mut().extend(effects);
    }
    next_task().await;
    events::listen(&runtime);
    embed::report_height();
    layout::keep_room_for_what_sticks(&runtime);
    let _ = root.set_attribute(Hook::Ready.attribute(), "");
    early::apply(&replaced);
    Ok(runtime)
}

/// Reports what the widget lacks (in the console, by name, and in the page's failure alert, whose
/// message says the report below is complete) and gives it back: the widget does not start.
fn cannot_start(root: &Element, missing: Missing) -> Missing {
    dom::report_error(&format!(
        "the page lacks {}; the widget does not start",
        missing.0.join(", ")
    ));
    show_failure(root, Hook::FailureStart);
    missing
}

/// Makes one group of effects (each module's `install`).
type Install = fn(&Rc<Runtime>) -> Vec<ImmediateEffect>;

impl Runtime {
    /// What the visitor did: `update` decides, the view is set (the effects show it at once), and
    /// what `update` asked for follows. Whether the action did anything.
    pub fn dispatch(self: &Rc<Self>, action: Action) -> bool {
        if self.stopped.get() {
            return false;
        }
        let change = self.state.view.with_untracked(|view| {
            self.state
                .passing
                .with_untracked(|passing| update(view, action, &self.contents, passing))
        });
        let Change {
            view,
            history,
            announce,
            focus,
            command,
            show_results,
            handled,
        } = change;
        if self.state.view.with_untracked(|v| *v != view) {
            self.commit(view);
        }
        if let Some(kind) = history {
            self.address.record(&self.state.link.get_untracked(), kind);
        }
        if let Some(announcement) = announce {
            let text = self
                .state
                .passing
                .with_untracked(|passing| announcement.text(&self.contents, passing));
            self.announce(&text);
        }
        if show_results {
            self.show_results();
        }
        if let Some(target) = focus {
            self.focus(target);
        }
        if let Some(command) = command {
            self.perform(command);
        }
        handled
    }

    /// Sets the view; every effect whose memos changed runs once, in the order they were made,
    /// before this returns. The effects wait (paused) until every memo is up to date: an effect
    /// that ran at the first change it heard of could read a memo that has not heard of it yet,
    /// and reactive_graph's own `batch` loses a memo's change when an effect checks it early.
    fn commit(&self, view: View) {
        self.owner.pause();
        self.state.view.set(view);
        self.state.refresh();
        self.owner.resume();
        for effect in self.effects.borrow().iter() {
            effect.to_any_subscriber().update_if_necessary();
        }
    }

    /// Says `message` in the polite live region.
    pub fn announce(&self, message: &str) {
        // A message equal to the last would not be read again: vary it invisibly.
        let mut last = self.last_announcement.borrow_mut();
        *last = if *last == message {
            format!("{message}\u{202f}")
        } else {
            message.to_owned()
        };
        set_text(&self.page.live, &last);
    }

    /// Moves the focus where `update` said. A target the page lacks (a bug: `update` names only
    /// what the page has) is reported, and the focus stays where it was.
    fn focus(self: &Rc<Self>, target: Focus) {
        let page = &self.page;
        let element: Option<Element> = match &target {
            Focus::Search => Some(page.search.clone().into()),
            Focus::Chip(position) => all(&page.chips, Hook::Chip).get(*position).cloned(),
            Focus::Marker(spot) => page.footnote(spot).map(|f| f.marker.clone()),
            Focus::MapTabStop => self
                .state
                .tab_stop
                .get_untracked()
                .and_then(|place| page.pin(&place).cloned()),
            Focus::Pin(place) => page.pin(place).cloned(),
            Focus::Card(position) => return self.focus_card(*position, false),
            Focus::Revealed(position) => return self.focus_card(*position, true),
            Focus::FirstResult => {
                let first = self
                    .state
                    .displayed
                    .with_untracked(|d| d.iter().position(|x| *x));
                return match first {
                    Some(position) => self.focus_card(position, true),
                    None => self.focus_count(),
                };
            }
            Focus::ResultsStart => return self.focus_count(),
            Focus::ListStop => {
                let stop = self.state.list_stop.get_untracked();
                page.map
                    .rows
                    .iter()
                    .find(|(p, _)| Some(p) == stop.as_ref())
                    .map(|(_, row)| row.clone())
            }
            Focus::Place(place) => page
                .map
                .rows
                .iter()
                .find(|(p, _)| p == place)
                .map(|(_, row)| row.clone()),
            Focus::PresentButton => return present::return_focus(self),
            Focus::Step => Some(page.presentation.content.clone()),
            Focus::OverviewStep => return present::focus_overview_step(self),
        };
        match element {
            Some(element) => focus(&element),
            None => dom::report_error(&format!(
                "no element to move the focus to: {}",
                target.name()
            )),
        }
    }

    /// Moves the focus to the count above the results (in view).
    fn focus_count(&self) {
        self.page.results.scroll_into_view();
        focus(&self.page.results_count);
    }

    /// Brings the start of the results into view when the visitor has scrolled past it (a filter
    /// chosen in the panel beside them changed what they hold); the focus stays where it is.
    fn show_results(&self) {
        if self.page.results.get_bounding_client_rect().top() < 0.0 {
            self.page.results.scroll_into_view();
        }
    }

    /// Moves the focus to a card (made focusable for it), scrolled into view if asked.
    fn focus_card(&self, position: usize, scroll: bool) {
        let Some(card) = self.page.cards.get(position) else {
            dom::report_error(&format!("no card {position} to move the focus to"));
            return;
        };
        if scroll {
            card.element.scroll_into_view();
        }
        let _ = card.body.set_attribute("tabindex", "-1");
        focus(&card.body);
    }

    fn perform(self: &Rc<Self>, command: Command) {
        match command {
            Command::Print => {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }
            Command::Download(format) => export::download(self.clone(), format),
            Command::FullScreen => present::full_screen(&self.page.presentation.overlay),
            Command::PresentInNewTab(link) => {
                if !present::open_window(&link, "_blank", "") {
                    // A blocked pop-up: present here after all.
                    self.dispatch(Action::Present(PresentAction::StartHere));
                }
            }
            Command::OpenSpeakerView(link) => {
                // One speaker's window (opening it again brings the same one back).
                if !present::open_window(&link, "nap1325-speaker", "popup,width=1100,height=720") {
                    dom::report_degradation("the speaker's view could not open (a blocked pop-up)");
                }
            }
            Command::CloseWindow => {
                if let Some(window) = web_sys::window() {
                    let _ = window.close();
                }
            }
        }
    }

    /// Stops the widget: its listeners and effects end, and the page stays as it is.
    pub fn stop(&self) {
        self.stopped.set(true);
        self.address.forget();
        self.listeners.abort();
        self.effects.borrow_mut().clear();
    }

    /// Wraps an effect's body so the reactive system may hold it (it asks for `Send + Sync`; the
    /// widget has one thread, and the page's elements never leave it).
    fn effect(self: &Rc<Self>, body: impl Fn(&Runtime) + 'static) -> ImmediateEffect {
        let runtime = SendWrapper::new(Rc::downgrade(self));
        let body = SendWrapper::new(body);
        ImmediateEffect::new(move || {
            if let Some(runtime) = runtime.upgrade() {
                body(&runtime);
            }
        })
    }
}

/// What works without JavaScript as something else becomes a button with the widget running:
/// footnote markers (links to the list at the end) become disclosure buttons for the panel under
/// their text; the rows of the country and area lists become toggle buttons.
async fn upgrade_to_buttons(root: &Element) -> Vec<(Element, Element)> {
    let mut replaced = Vec::new();
    let mut turns = Turns::start();
    for marker in all(root, Hook::FootnoteMarker) {
        let spot = value(&marker, Hook::FootnoteMarker)
            .and_then(|key| nap1325_core::view_state::FootnoteSpot::from_key(&key));
        if let Some(spot) = spot.filter(|_| marker.tag_name().eq_ignore_ascii_case("a")) {
            replaced.extend(replace_with_button(
                &marker,
                &[
                    ("aria-expanded", "false".to_owned()),
                    ("aria-controls", spot.panel_id()),
                ],
            ));
        }
        turns.take_if_due().await;
    }
    for row in all(root, Hook::PlaceToggle) {
        if !row.tag_name().eq_ignore_ascii_case("button") {
            replaced.extend(replace_with_button(
                &row,
                &[("aria-pressed", "false".to_owned())],
            ));
        }
        turns.take_if_due().await;
    }
    // The rows are the lists' Tab stop now, not the lists' box.
    if let Some(lists) = first(root, Hook::PlaceLists) {
        let _ = lists.remove_attribute("tabindex");
    }
    replaced
}

/// Replaces `element` by a `<button type="button">` with its attributes (but `href`), `extra` and
/// its children. Returns the two (what was there, what is there now).
fn replace_with_button(element: &Element, extra: &[(&str, String)]) -> Option<(Element, Element)> {
    let button = element
        .owner_document()
        .and_then(|d| d.create_element("button").ok())?;
    let _ = button.set_attribute("type", "button");
    for name in element
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if name != "href" {
            let _ = button.set_attribute(&name, &element.get_attribute(&name).unwrap_or_default());
        }
    }
    for (name, value) in extra {
        let _ = button.set_attribute(name, value);
    }
    while let Some(child) = element.first_child() {
        let _ = button.append_child(&child);
    }
    element.replace_with_with_node_1(&button).ok()?;
    Some((element.clone(), button))
}

/// A panic is a bug; the visitor sees a short message instead of a frozen page, and the console
/// keeps the details. The prerendered report stays readable under it.
fn report_panic(info: &std::panic::PanicHookInfo) {
    dom::report_error(&info.to_string());
    if let Some(root) = report_root() {
        show_failure(&root, Hook::FailureBroke);
    }
}

/// Shows, in the page's failure alert, the message the page carries in `message` (once: a
/// message already there stays).
pub fn show_failure(root: &Element, message: Hook) {
    let Some(alert) = first(root, Hook::Failure) else {
        return;
    };
    if alert.text_content().is_some_and(|t| !t.is_empty()) {
        return;
    }
    let text = value(&alert, message).unwrap_or_default();
    alert.set_text_content(Some(&text));
}

/// Whether a key event's target is a button (Space presses it).
pub(crate) fn is_button(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|t| t.tag_name().eq_ignore_ascii_case("button"))
}
