//! What a visitor does, and what it changes. Every click, key, search keystroke, history step and
//! presentation key becomes one [`Action`]; the pure [`update`] returns the next [`View`] and what
//! the widget must do about it ([`Change`]: a history entry, an announcement, where focus goes, a
//! command for the browser). The widget in the browser only performs what `update` decided, so
//! everything worth testing here is tested natively.

use std::collections::{BTreeMap, BTreeSet};

use crate::filter::{first_page, Facet, Filters, Index, PAGE};
use crate::i18n;
use crate::map::pins::{self, Step};
use crate::map::MapView;
use crate::model::Lang;
use crate::present::{self, Move};
use crate::url;
use crate::view_state::{FootnoteSpot, ViewState};

/// What the prerendered page holds, as the widget reads it when it starts: plain data, in the
/// page's order. (The widget keeps the elements beside it.)
#[derive(Clone, Debug, Default)]
pub struct Contents {
    pub lang: Lang,
    /// What each result offers to the filters.
    pub index: Index,
    /// Per section of the letter, the positions of its results.
    pub sections: Vec<Vec<usize>>,
    /// The countries and areas: name, and the map view a pin of it stands in.
    pub places: BTreeMap<String, PlaceInfo>,
    /// The map's pins, with where each stands in its view.
    pub pins: Vec<Pin>,
    /// The places in the order the country and area lists show them.
    pub list: Vec<String>,
    /// The places where a footnote opens in place.
    pub footnotes: BTreeSet<FootnoteSpot>,
    /// Each filter option's label, by key (`ministry:Defensie` → `Defensie`).
    pub labels: BTreeMap<String, String>,
    /// Where the widget runs: in an iframe that may not go full screen, a presentation opens in a
    /// tab of its own (a dialog as tall as the content would be mostly off screen).
    pub present_in_new_tab: bool,
}

/// What the page says about a country or area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceInfo {
    pub name: String,
    /// The map view its pin stands in (areas that are not countries have no pin).
    pub view: Option<MapView>,
}

/// A pin on the map: its place, its view, and where it stands there (hundredths of a percent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    pub place: String,
    pub view: MapView,
    pub at: (i32, i32),
}

impl Contents {
    /// The pins of one view, in the page's order.
    pub fn pins_in(&self, view: MapView) -> Vec<&Pin> {
        self.pins.iter().filter(|pin| pin.view == view).collect()
    }

    /// How many steps the presentation has for the results that pass.
    pub fn step_count(&self, passing: &[bool]) -> usize {
        present::steps(&self.sections, passing).len()
    }
}

/// Presenting: the step shown (an index into [`present::steps`]) and whether the visitor entered
/// here, by the button (then leaving goes back to the history entry before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Presenting {
    pub step: usize,
    pub entered_here: bool,
}

/// Everything the visitor has chosen and opened, and what the widget shows because of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub filters: Filters,
    pub open_footnotes: BTreeSet<FootnoteSpot>,
    pub map_view: MapView,
    /// How many of the passing results the list displays: pages of [`PAGE`], back to one page
    /// whenever the filters change.
    pub limit: usize,
    /// The pin that holds the map's Tab stop, once the keyboard has been there.
    pub focused_pin: Option<String>,
    /// The place under the pointer on the map (its pin shows its tooltip).
    pub hovered: Option<String>,
    /// Esc hid the map's tooltips, until the pointer or the focus moves on.
    pub tips_dismissed: bool,
    pub present: Option<Presenting>,
    /// A search is being typed: its first key made a history entry, the next ones refine it.
    pub typing: bool,
    /// Embedded without the widget's own heading (`compact=1`), kept in the address.
    pub compact: bool,
    /// The browser is printing: every passing result is in the page, not only one page of them.
    pub printing: bool,
    /// The row of the country and area lists that holds their Tab stop, once the keyboard has
    /// been there.
    pub focused_place: Option<String>,
    /// The whole introduction shows (not only its first paragraph).
    pub intro_open: bool,
    /// The filter panel is open (on phones it waits behind the filter button).
    pub filters_open: bool,
}

impl Default for View {
    fn default() -> View {
        View {
            filters: Filters::default(),
            open_footnotes: BTreeSet::new(),
            map_view: MapView::World,
            limit: PAGE,
            focused_pin: None,
            hovered: None,
            tips_dismissed: false,
            present: None,
            typing: false,
            compact: false,
            printing: false,
            focused_place: None,
            intro_open: false,
            filters_open: false,
        }
    }
}

impl View {
    /// Whether the page as the build rendered it already shows this view: nothing chosen,
    /// opened or presented (`compact=1` aside, which the page applies before its first paint).
    pub fn is_as_rendered(&self) -> bool {
        *self
            == View {
                compact: self.compact,
                ..View::default()
            }
    }

    /// The view a link opens (the address when the page opens).
    pub fn opened(link: ViewState, contents: &Contents) -> View {
        let view = View {
            compact: link.compact,
            ..View::default()
        };
        let mut opened = view.clone();
        opened.follow(link, &view, contents);
        opened
    }

    /// What a link to this view carries.
    pub fn link(&self) -> ViewState {
        ViewState {
            filters: self.filters.clone(),
            open_footnotes: self.open_footnotes.clone(),
            map_view: self.map_view,
            compact: self.compact,
            present: self
                .present
                .map(|p| u16::try_from(p.step + 1).unwrap_or(u16::MAX)),
        }
    }

    /// The pin that holds the map's one Tab stop: the focused one in the shown view, else a chosen
    /// place's, else the westernmost.
    pub fn tab_stop(&self, contents: &Contents) -> Option<String> {
        let shown = contents.pins_in(self.map_view);
        let has = |place: &str| shown.iter().any(|pin| pin.place == place);
        if let Some(focused) = self.focused_pin.as_deref().filter(|f| has(f)) {
            return Some(focused.to_owned());
        }
        if let Some(chosen) = self.filters.chosen(Facet::Place).find(|p| has(p)) {
            return Some(chosen.to_owned());
        }
        let positions: Vec<(f32, f32)> = shown.iter().map(|pin| position(pin)).collect();
        pins::step(&positions, None, Step::First).map(|i| shown[i].place.clone())
    }

    /// The row of the country and area lists that holds their one Tab stop: the focused one, else
    /// a chosen place's, else the first.
    pub fn list_stop(&self, contents: &Contents) -> Option<String> {
        let has = |place: &str| contents.list.iter().any(|p| p == place);
        self.focused_place
            .as_deref()
            .filter(|f| has(f))
            .or_else(|| {
                contents
                    .list
                    .iter()
                    .map(String::as_str)
                    .find(|p| self.filters.is_chosen(Facet::Place, p))
            })
            .or_else(|| contents.list.first().map(String::as_str))
            .map(str::to_owned)
    }

    /// Applies `link` (from the address): options and footnotes the page does not have are
    /// dropped, so a link cannot break the view.
    fn follow(&mut self, mut link: ViewState, before: &View, contents: &Contents) {
        for (facet, value) in link.filters.all_chosen() {
            if !contents.index.has_option(facet, &value) {
                link.filters.toggle(facet, &value);
            }
        }
        link.open_footnotes
            .retain(|spot| contents.footnotes.contains(spot));
        self.set_filters(link.filters);
        self.open_footnotes = link.open_footnotes;
        self.map_view = link.map_view;
        self.typing = false;
        let passing = contents.index.visible(&self.filters);
        let steps = contents.step_count(&passing);
        self.present = link.present.map(|number| Presenting {
            step: present::clamp(number, steps),
            entered_here: false,
        });
        self.follow_place(before, contents);
    }

    /// Sets the filters; a change starts the list again at one page and ends any typing.
    fn set_filters(&mut self, filters: Filters) {
        if filters != self.filters {
            self.filters = filters;
            self.limit = PAGE;
        }
    }

    fn change_filters(&mut self, change: impl FnOnce(&mut Filters)) {
        let mut filters = self.filters.clone();
        change(&mut filters);
        self.set_filters(filters);
        self.typing = false;
    }

    /// When the chosen places change to exactly one, the map shows the view its pin is in.
    fn follow_place(&mut self, before: &View, contents: &Contents) {
        let chosen: Vec<&str> = self.filters.chosen(Facet::Place).collect();
        if before
            .filters
            .chosen(Facet::Place)
            .eq(chosen.iter().copied())
        {
            return;
        }
        if let [place] = chosen.as_slice() {
            if let Some(view) = contents.places.get(*place).and_then(|p| p.view) {
                self.map_view = view;
            }
        }
    }
}

fn position(pin: &Pin) -> (f32, f32) {
    (pin.at.0 as f32, pin.at.1 as f32)
}

/// Everything a visitor does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Back or forward moved to an entry with this view.
    Navigated(ViewState),
    /// A facet option ticked or unticked.
    ToggleOption(Facet, String),
    /// A chip removed (its key: `ministry:Defensie`, or `q` for the search).
    RemoveChip(String),
    ClearAll,
    /// The search field's text, as typed.
    Type(String),
    /// Typing paused.
    PauseTyping,
    /// A country or area chosen on the map, a pin or a list (again: unchosen).
    ChoosePlace(String),
    ShowAllPlaces,
    ShowView(MapView),
    /// A pin took the focus.
    FocusPin(String),
    /// An arrow key, Home or End on the map.
    MovePin(Step),
    /// A row of the country and area lists took the focus.
    FocusPlace(String),
    /// An arrow key, Home or End in the lists.
    MovePlace(Move),
    /// The pointer is over this place on the map, or over none.
    Hover(Option<String>),
    PointerMoved,
    /// Esc outside the presentation; `on_map`: the focus is on the map.
    Escape {
        on_map: bool,
    },
    ToggleFootnote(FootnoteSpot),
    /// The close button in a footnote's panel.
    CloseFootnote(FootnoteSpot),
    ShowMore,
    /// A link to the result at this position (the footnote list's "cited in", the place panel).
    Reveal(usize),
    /// The skip links at the start of the widget.
    SkipToMap,
    SkipToFilters,
    SkipToResults,
    /// The introduction's "read all" button.
    ToggleIntroduction,
    /// The filter button (phones).
    ToggleFilters,
    /// "Toon 12 resultaten" in the filter panel: it closes, and the visitor goes to the results.
    ShowResults,
    Present,
    /// The presentation's own tab could not be opened (a blocked pop-up): present here.
    PresentHere,
    Step(Move),
    LeavePresentation,
    /// The browser left full screen by its own means.
    FullScreenLeft,
    /// The browser starts or ends printing.
    Printing(bool),
    Print,
    Download(Format),
}

/// A download's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// How a change enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A step the back button undoes.
    Push,
    /// A refinement of the current entry.
    Replace,
    /// Back to the entry before (leaving a presentation entered here).
    Back,
}

/// What the polite live region says after a change (in words once the change shows: see
/// [`Announcement::text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Announcement {
    /// How many results show now.
    Count,
    /// A place was chosen: its name and its results.
    PlaceChosen(String),
    /// No place is chosen any more.
    SelectionCleared,
}

impl Announcement {
    /// The words, given the results that pass after the change.
    pub fn text(&self, contents: &Contents, passing: &[bool]) -> String {
        let lang = contents.lang;
        let shown = passing.iter().filter(|p| **p).count();
        match self {
            Announcement::Count => i18n::shown_count(lang, shown, passing.len()),
            Announcement::PlaceChosen(place) => {
                let name = contents
                    .places
                    .get(place)
                    .map_or(place.as_str(), |p| p.name.as_str());
                i18n::place_selected(lang, name, shown)
            }
            Announcement::SelectionCleared => i18n::selection_cleared(lang, shown),
        }
    }
}

/// Where the keyboard focus goes after a change (it never moves on its own otherwise).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Focus {
    Search,
    /// The chip at this position.
    Chip(usize),
    /// A footnote's marker (its panel was closed by its own button).
    Marker(FootnoteSpot),
    /// The pin that holds the map's Tab stop.
    MapTabStop,
    Pin(String),
    /// The card of the result at this position.
    Card(usize),
    /// The card of the result at this position, scrolled to.
    Revealed(usize),
    /// The first result in the list, or the count above it when nothing passes.
    FirstResult,
    /// The count above the results.
    ResultsStart,
    /// The row of the lists that holds their Tab stop.
    ListStop,
    /// A row of the lists.
    Place(String),
    /// The button that starts the presentation (it was left).
    PresentButton,
    /// The presentation's step.
    Step,
}

/// What only the browser can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Print,
    Download(Format),
    FullScreen,
    /// Open the presentation of this view in a tab of its own.
    PresentInNewTab(ViewState),
}

/// The outcome of an action: the next view, and what the widget does about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub view: View,
    pub history: Option<History>,
    pub announce: Option<Announcement>,
    pub focus: Option<Focus>,
    pub command: Option<Command>,
    /// The results changed where the visitor chose a filter: their start should be on screen.
    pub show_results: bool,
    /// Whether the action did anything (the widget then keeps the browser from doing its own
    /// thing with the event: following a link, Esc leaving full screen …).
    pub handled: bool,
}

/// The next view after `action`, given the results that pass the current filters (`passing`,
/// per result).
pub fn update(view: &View, action: Action, contents: &Contents, passing: &[bool]) -> Change {
    let mut next = view.clone();
    let mut history = None;
    let mut announce = None;
    let mut focus = None;
    let mut command = None;
    let mut show_results = false;
    match action {
        Action::Navigated(link) => {
            next.follow(link, view, contents);
            announce = Some(Announcement::Count);
            if view.present.is_some() && next.present.is_none() {
                focus = Some(Focus::PresentButton);
            }
        }
        Action::ToggleOption(facet, value) => {
            next.change_filters(|f| f.toggle(facet, &value));
            next.follow_place(view, contents);
            history = Some(History::Push);
            announce = Some(Announcement::Count);
            show_results = true;
        }
        Action::RemoveChip(key) => {
            let chips = view.filters.active(&contents.labels, contents.lang);
            if let Some(position) = chips.iter().position(|(k, _)| *k == key) {
                next.change_filters(|f| match Facet::parse_key(&key) {
                    Some((facet, value)) => f.toggle(facet, value),
                    None => f.query.clear(),
                });
                next.follow_place(view, contents);
                history = Some(History::Push);
                announce = Some(Announcement::Count);
                show_results = true;
                // The chip that takes its place, or the last, or the search field.
                let left = chips.len() - 1;
                focus = Some(if left == 0 {
                    Focus::Search
                } else {
                    Focus::Chip(position.min(left - 1))
                });
            }
        }
        Action::ClearAll => {
            next.change_filters(Filters::clear_all);
            history = Some(History::Push);
            announce = Some(Announcement::Count);
            focus = Some(Focus::Search);
            show_results = true;
        }
        Action::Type(text) => {
            next.filters.query = text;
            next.limit = if next.filters == view.filters {
                view.limit
            } else {
                PAGE
            };
            history = Some(if view.typing {
                History::Replace
            } else {
                History::Push
            });
            next.typing = view.typing || url::write(&next.link()) != url::write(&view.link());
        }
        Action::PauseTyping => {
            next.typing = false;
            announce = Some(Announcement::Count);
            show_results = true;
        }
        Action::ChoosePlace(place) => {
            history = Some(History::Push);
            if view.filters.is_chosen(Facet::Place, &place) {
                next.change_filters(|f| f.toggle(Facet::Place, &place));
                announce = Some(if next.filters.chosen(Facet::Place).next().is_none() {
                    Announcement::SelectionCleared
                } else {
                    Announcement::Count
                });
            } else {
                next.change_filters(|f| f.choose_only(Facet::Place, &place));
                announce = Some(Announcement::PlaceChosen(place));
            }
            next.follow_place(view, contents);
        }
        Action::ShowAllPlaces => {
            if view.filters.chosen(Facet::Place).next().is_some() {
                next.change_filters(|f| f.clear(Facet::Place));
                history = Some(History::Push);
                announce = Some(Announcement::SelectionCleared);
            }
            // The button goes away: focus goes to the map, where the choice was made.
            focus = Some(Focus::MapTabStop);
        }
        Action::ShowView(map_view) => {
            next.map_view = map_view;
            history = Some(History::Replace);
        }
        Action::FocusPin(place) => {
            next.focused_pin = Some(place);
            next.tips_dismissed = false;
        }
        Action::MovePin(step) => {
            let shown = contents.pins_in(view.map_view);
            let positions: Vec<(f32, f32)> = shown.iter().map(|pin| position(pin)).collect();
            let current = view
                .focused_pin
                .as_ref()
                .and_then(|f| shown.iter().position(|pin| pin.place == *f));
            if let Some(i) = pins::step(&positions, current, step) {
                let place = shown[i].place.clone();
                next.focused_pin = Some(place.clone());
                focus = Some(Focus::Pin(place));
            }
        }
        Action::FocusPlace(place) => next.focused_place = Some(place),
        Action::MovePlace(movement) => {
            let list = &contents.list;
            if let Some(at) = view
                .list_stop(contents)
                .and_then(|stop| list.iter().position(|p| *p == stop))
            {
                let place = list[present::moved(movement, at, list.len())].clone();
                next.focused_place = Some(place.clone());
                focus = Some(Focus::Place(place));
            }
        }
        Action::Hover(place) => next.hovered = place,
        Action::PointerMoved => next.tips_dismissed = false,
        Action::Escape { on_map } => {
            let tip_showing = !view.tips_dismissed && (on_map || view.hovered.is_some());
            if tip_showing {
                next.tips_dismissed = true;
            } else if on_map && view.filters.chosen(Facet::Place).next().is_some() {
                next.change_filters(|f| f.clear(Facet::Place));
                history = Some(History::Push);
                announce = Some(Announcement::SelectionCleared);
            }
        }
        Action::ToggleFootnote(spot) => {
            if !next.open_footnotes.remove(&spot) {
                next.open_footnotes.insert(spot);
            }
            history = Some(History::Replace);
        }
        Action::CloseFootnote(spot) => {
            next.open_footnotes.remove(&spot);
            history = Some(History::Replace);
            focus = Some(Focus::Marker(spot));
        }
        Action::ShowMore => {
            let displayed = first_page(passing, view.limit);
            let first_new = displayed.iter().filter(|d| **d).count();
            next.limit = view.limit + PAGE;
            // Reading goes on at the first new card.
            focus = passing
                .iter()
                .enumerate()
                .filter(|(_, p)| **p)
                .nth(first_new)
                .map(|(i, _)| Focus::Card(i));
        }
        Action::Reveal(position) => {
            if position < passing.len() {
                let displayed = first_page(passing, view.limit);
                let mut rank = passing[..position].iter().filter(|p| **p).count();
                if !passing[position] {
                    // Filtered out: the filters go, and the visitor hears so.
                    next.change_filters(Filters::clear_all);
                    next.follow_place(view, contents);
                    history = Some(History::Push);
                    announce = Some(Announcement::Count);
                    rank = position;
                }
                if !displayed[position] && rank >= next.limit {
                    next.limit = (rank / PAGE + 1) * PAGE;
                }
                // The link was followed: the card is where the visitor goes.
                focus = Some(Focus::Revealed(position));
            }
        }
        Action::SkipToMap => focus = Some(Focus::MapTabStop),
        Action::SkipToFilters => {
            next.filters_open = true;
            focus = Some(Focus::Search);
        }
        Action::SkipToResults => focus = Some(Focus::FirstResult),
        Action::ToggleIntroduction => next.intro_open = !view.intro_open,
        Action::ToggleFilters => {
            next.filters_open = !view.filters_open;
            // The panel comes before its button in the page (beside the results on wide screens):
            // opened, the visitor is taken to its first control, or Tab would pass it by.
            if next.filters_open {
                focus = Some(Focus::Search);
            }
        }
        Action::ShowResults => {
            next.filters_open = false;
            focus = Some(Focus::ResultsStart);
        }
        Action::Present => {
            if contents.present_in_new_tab {
                let mut link = view.link();
                link.present = Some(1);
                command = Some(Command::PresentInNewTab(link));
            } else {
                return present_here(view, contents, passing);
            }
        }
        Action::PresentHere => return present_here(view, contents, passing),
        Action::Step(movement) => {
            if let Some(presenting) = view.present {
                let count = contents.step_count(passing);
                let at = presenting.step.min(count - 1);
                next.present = Some(Presenting {
                    step: present::moved(movement, at, count),
                    ..presenting
                });
                history = Some(History::Replace);
            }
        }
        Action::LeavePresentation | Action::FullScreenLeft => {
            if let Some(presenting) = view.present {
                next.present = None;
                // The entry before holds the same view without `present=`.
                history = Some(if presenting.entered_here {
                    History::Back
                } else {
                    History::Replace
                });
                focus = Some(Focus::PresentButton);
            }
        }
        Action::Printing(printing) => next.printing = printing,
        Action::Print => command = Some(Command::Print),
        Action::Download(format) => command = Some(Command::Download(format)),
    }
    let mut change = finish(view, next, history, announce, focus, command);
    change.show_results = show_results && change.view.filters != view.filters;
    change
}

/// Starts the presentation here, at its first step.
fn present_here(view: &View, contents: &Contents, passing: &[bool]) -> Change {
    let mut next = view.clone();
    if view.present.is_some() || contents.step_count(passing) == 0 {
        return finish(view, next, None, None, None, None);
    }
    next.present = Some(Presenting {
        step: 0,
        entered_here: true,
    });
    let mut change = finish(
        view,
        next,
        Some(History::Push),
        None,
        Some(Focus::Step),
        Some(Command::FullScreen),
    );
    // Only an entry actually added is one to go back to.
    if change.history.is_none() {
        if let Some(presenting) = change.view.present.as_mut() {
            presenting.entered_here = false;
        }
    }
    change
}

/// The change, with a history entry only where the address changes.
fn finish(
    view: &View,
    next: View,
    history: Option<History>,
    announce: Option<Announcement>,
    focus: Option<Focus>,
    command: Option<Command>,
) -> Change {
    let history = history.filter(|kind| {
        *kind == History::Back || url::write(&next.link()) != url::write(&view.link())
    });
    let handled = next != *view
        || history.is_some()
        || announce.is_some()
        || focus.is_some()
        || command.is_some();
    Change {
        view: next,
        history,
        announce,
        focus,
        command,
        show_results: false,
        handled,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::IndexEntry;

    /// Four results in two sections; pins in two views.
    fn contents() -> Contents {
        let entry = |tokens: &str, text: &str| IndexEntry {
            facets: IndexEntry::parse_facet_tokens(tokens),
            text: text.to_owned(),
        };
        let index = Index::from_entries(vec![
            entry("section:a ministry:BZ place:COL", "vrede colombia"),
            entry("section:a ministry:Defensie place:UKR", "oekraine missie"),
            entry(
                "section:b ministry:BZ place:UKR place:middle-east",
                "oekraine",
            ),
            entry("section:b ministry:BHO", "fonds"),
        ]);
        let place = |name: &str, view| PlaceInfo {
            name: name.to_owned(),
            view,
        };
        let pin = |place: &str, view, at| Pin {
            place: place.to_owned(),
            view,
            at,
        };
        Contents {
            lang: Lang::Nl,
            index,
            sections: vec![vec![0, 1], vec![2, 3]],
            places: BTreeMap::from([
                ("COL".to_owned(), place("Colombia", Some(MapView::World))),
                ("UKR".to_owned(), place("Oekraïne", Some(MapView::Europe))),
                ("middle-east".to_owned(), place("het Midden-Oosten", None)),
            ]),
            pins: vec![
                pin("COL", MapView::World, (2800, 5500)),
                pin("USA", MapView::World, (2000, 3000)),
                pin("UKR", MapView::Europe, (7000, 4000)),
                pin("NLD", MapView::Europe, (3000, 3500)),
            ],
            list: vec!["COL".into(), "UKR".into(), "middle-east".into()],
            footnotes: BTreeSet::from([FootnoteSpot::new("intro", 1)]),
            labels: BTreeMap::from([
                ("ministry:BZ".to_owned(), "BZ".to_owned()),
                ("ministry:Defensie".to_owned(), "Defensie".to_owned()),
            ]),
            present_in_new_tab: false,
        }
    }

    /// Runs `actions` from the default view, each on the results that pass before it.
    fn run(contents: &Contents, actions: Vec<Action>) -> (View, Vec<Change>) {
        let mut view = View::default();
        let mut changes = Vec::new();
        for action in actions {
            let passing = contents.index.visible(&view.filters);
            let change = update(&view, action, contents, &passing);
            view = change.view.clone();
            changes.push(change);
        }
        (view, changes)
    }

    #[test]
    fn only_a_link_to_nothing_but_the_form_opens_the_page_as_rendered() {
        let c = contents();
        let open = |query: &str| View::opened(crate::url::parse(query), &c);
        assert!(open("").is_as_rendered());
        assert!(open("compact=1").is_as_rendered());
        for query in ["ministry=BZ", "q=oekraine", "present=1", "place=UKR"] {
            assert!(!open(query).is_as_rendered(), "{query}");
        }
    }

    #[test]
    fn an_option_adds_a_history_entry_and_announces_the_count() {
        let c = contents();
        let (view, changes) = run(&c, vec![Action::ToggleOption(Facet::Ministry, "BZ".into())]);
        assert!(view.filters.is_chosen(Facet::Ministry, "BZ"));
        assert_eq!(changes[0].history, Some(History::Push));
        assert_eq!(changes[0].announce, Some(Announcement::Count));
        let passing = c.index.visible(&view.filters);
        assert_eq!(Announcement::Count.text(&c, &passing), "2 van 4 resultaten");
    }

    #[test]
    fn typing_makes_one_entry_and_refines_it_until_a_pause() {
        let c = contents();
        let (view, changes) = run(
            &c,
            vec![
                Action::Type("o".into()),
                Action::Type("oe".into()),
                Action::Type("oek".into()),
                Action::PauseTyping,
                Action::Type("oekr".into()),
            ],
        );
        let kinds: Vec<_> = changes.iter().map(|c| c.history).collect();
        assert_eq!(
            kinds,
            [
                Some(History::Push),
                Some(History::Replace),
                Some(History::Replace),
                None,
                Some(History::Push)
            ]
        );
        assert_eq!(changes[3].announce, Some(Announcement::Count));
        assert_eq!(view.filters.query, "oekr");
        assert!(view.typing);
        // A space that changes nothing in the address starts no entry.
        let (view, changes) = run(&c, vec![Action::Type(" ".into())]);
        assert_eq!(changes[0].history, None);
        assert!(!view.typing);
    }

    #[test]
    fn any_other_filter_change_ends_the_typing() {
        let c = contents();
        let (view, changes) = run(
            &c,
            vec![
                Action::Type("oek".into()),
                Action::ToggleOption(Facet::Ministry, "BZ".into()),
                Action::Type("oekr".into()),
            ],
        );
        assert!(view.typing);
        assert_eq!(changes[2].history, Some(History::Push));
    }

    #[test]
    fn a_place_is_chosen_alone_moves_the_map_and_is_unchosen_again() {
        let c = contents();
        let (view, changes) = run(&c, vec![Action::ChoosePlace("UKR".into())]);
        assert_eq!(
            view.filters.chosen(Facet::Place).collect::<Vec<_>>(),
            ["UKR"]
        );
        assert_eq!(view.map_view, MapView::Europe);
        let passing = c.index.visible(&view.filters);
        assert_eq!(
            changes[0].announce.as_ref().unwrap().text(&c, &passing),
            "Oekraïne: 2 resultaten"
        );
        let (view, changes) = run(
            &c,
            vec![
                Action::ChoosePlace("UKR".into()),
                Action::ChoosePlace("COL".into()),
                Action::ChoosePlace("COL".into()),
            ],
        );
        assert_eq!(view.filters.chosen(Facet::Place).count(), 0);
        assert_eq!(changes[2].announce, Some(Announcement::SelectionCleared));
        // Choosing COL moved the map back to the world.
        assert_eq!(changes[1].view.map_view, MapView::World);
    }

    #[test]
    fn esc_hides_a_tooltip_first_then_clears_the_choice_on_the_map() {
        let c = contents();
        let (view, changes) = run(
            &c,
            vec![
                Action::ChoosePlace("COL".into()),
                Action::FocusPin("COL".into()),
                Action::Escape { on_map: true },
                Action::Escape { on_map: true },
                Action::Escape { on_map: true },
            ],
        );
        assert!(changes[2].view.tips_dismissed);
        assert_eq!(changes[2].history, None);
        assert_eq!(changes[3].announce, Some(Announcement::SelectionCleared));
        assert!(!changes[4].handled, "nothing left for Esc to do");
        assert_eq!(view.filters.chosen(Facet::Place).count(), 0);
        // Off the map, with no tooltip showing, Esc is the browser's.
        let (_, changes) = run(&c, vec![Action::Escape { on_map: false }]);
        assert!(!changes[0].handled);
    }

    #[test]
    fn arrow_keys_move_between_the_pins_of_the_shown_view() {
        let c = contents();
        let (view, changes) = run(
            &c,
            vec![Action::MovePin(Step::East), Action::MovePin(Step::East)],
        );
        assert_eq!(changes[0].focus, Some(Focus::Pin("USA".into())));
        assert_eq!(view.focused_pin.as_deref(), Some("COL"));
        assert_eq!(view.tab_stop(&c).as_deref(), Some("COL"));
        // In Europe, the westernmost pin holds the Tab stop until a place there is chosen.
        let (view, _) = run(&c, vec![Action::ShowView(MapView::Europe)]);
        assert_eq!(view.tab_stop(&c).as_deref(), Some("NLD"));
        let (view, _) = run(&c, vec![Action::ChoosePlace("UKR".into())]);
        assert_eq!(view.tab_stop(&c).as_deref(), Some("UKR"));
    }

    #[test]
    fn removing_a_chip_moves_the_focus_to_the_chip_in_its_place() {
        let c = contents();
        let (view, changes) = run(
            &c,
            vec![
                Action::ToggleOption(Facet::Ministry, "BZ".into()),
                Action::ToggleOption(Facet::Ministry, "Defensie".into()),
                Action::RemoveChip("ministry:BZ".into()),
                Action::RemoveChip("ministry:Defensie".into()),
                Action::RemoveChip("ministry:Defensie".into()),
            ],
        );
        assert_eq!(changes[2].focus, Some(Focus::Chip(0)));
        assert_eq!(changes[3].focus, Some(Focus::Search));
        assert!(!changes[4].handled, "a chip that is gone changes nothing");
        assert!(view.filters.is_empty());
    }

    #[test]
    fn footnotes_and_map_views_replace_the_entry() {
        let c = contents();
        let spot = FootnoteSpot::new("intro", 1);
        let (view, changes) = run(
            &c,
            vec![
                Action::ToggleFootnote(spot.clone()),
                Action::ShowView(MapView::Africa),
                Action::CloseFootnote(spot.clone()),
            ],
        );
        assert_eq!(changes[0].history, Some(History::Replace));
        assert_eq!(changes[1].history, Some(History::Replace));
        assert_eq!(changes[2].focus, Some(Focus::Marker(spot)));
        assert!(view.open_footnotes.is_empty());
    }

    #[test]
    fn a_link_drops_what_the_page_does_not_have() {
        let c = contents();
        let link = url::parse("?ministry=BZ,Nope&fn=intro:1,intro:9&place=UKR&present=99");
        let view = View::opened(link, &c);
        assert_eq!(
            view.filters.all_chosen(),
            [
                (Facet::Ministry, "BZ".to_owned()),
                (Facet::Place, "UKR".to_owned())
            ]
        );
        assert_eq!(view.open_footnotes.len(), 1);
        assert_eq!(view.map_view, MapView::Europe, "the map follows the place");
        // BZ in Ukraine: one result, so the opening, its section, itself: the last is step 3.
        assert_eq!(
            view.present,
            Some(Presenting {
                step: 2,
                entered_here: false
            })
        );
        assert_eq!(url::parse(&url::write(&view.link())).present, Some(3));
    }

    #[test]
    fn presenting_steps_within_the_talk_and_leaves_back_to_the_entry_before() {
        let c = contents();
        let (view, changes) = run(
            &c,
            vec![
                Action::Present,
                Action::Step(Move::Next),
                Action::Step(Move::Last),
                Action::Step(Move::Next),
            ],
        );
        assert_eq!(changes[0].history, Some(History::Push));
        assert_eq!(changes[0].command, Some(Command::FullScreen));
        assert_eq!(changes[0].focus, Some(Focus::Step));
        // Opening, section a, 2 results, section b, 2 results: 7 steps.
        assert_eq!(view.present.unwrap().step, 6);
        assert_eq!(changes[3].history, None, "past the end stays at the end");
        let passing = c.index.visible(&view.filters);
        let left = update(&view, Action::LeavePresentation, &c, &passing);
        assert_eq!(left.history, Some(History::Back));
        assert_eq!(left.focus, Some(Focus::PresentButton));
        assert_eq!(left.view.present, None);
        // Opened by a link, leaving drops `present=` in place.
        let linked = View::opened(url::parse("?present=2"), &c);
        let left = update(&linked, Action::LeavePresentation, &c, &passing);
        assert_eq!(left.history, Some(History::Replace));
    }

    #[test]
    fn in_an_iframe_without_full_screen_the_presentation_opens_in_a_tab() {
        let c = Contents {
            present_in_new_tab: true,
            ..contents()
        };
        let (view, changes) = run(
            &c,
            vec![
                Action::ToggleOption(Facet::Ministry, "BZ".into()),
                Action::Present,
            ],
        );
        assert_eq!(view.present, None);
        match &changes[1].command {
            Some(Command::PresentInNewTab(link)) => {
                assert_eq!(url::write(link), "?ministry=BZ&present=1")
            }
            other => panic!("{other:?}"),
        }
        let (view, _) = run(&c, vec![Action::PresentHere]);
        assert!(view.present.is_some());
    }

    #[test]
    fn show_more_and_reveal_raise_the_page_limit() {
        // 130 results in one section: two pages and a bit.
        let entries = (0..130)
            .map(|i| IndexEntry {
                facets: IndexEntry::parse_facet_tokens(if i % 2 == 0 {
                    "section:a ministry:BZ"
                } else {
                    "section:a ministry:BHO"
                }),
                text: String::new(),
            })
            .collect();
        let c = Contents {
            index: Index::from_entries(entries),
            sections: vec![(0..130).collect()],
            ..contents()
        };
        let (view, changes) = run(&c, vec![Action::ShowMore]);
        assert_eq!(view.limit, 2 * PAGE);
        assert_eq!(changes[0].focus, Some(Focus::Card(PAGE)));
        // A link to result 125 while BHO is chosen: it is filtered out, so the filters go.
        let (view, changes) = run(
            &c,
            vec![
                Action::ToggleOption(Facet::Ministry, "BHO".into()),
                Action::Reveal(124),
            ],
        );
        assert!(view.filters.is_empty());
        assert_eq!(view.limit, 3 * PAGE);
        assert_eq!(changes[1].focus, Some(Focus::Revealed(124)));
        assert_eq!(changes[1].history, Some(History::Push));
        // A card already in the list: the focus goes to it, nothing else changes.
        let (view, changes) = run(&c, vec![Action::Reveal(3)]);
        assert_eq!(changes[0].focus, Some(Focus::Revealed(3)));
        assert_eq!(changes[0].history, None);
        assert_eq!(view.limit, PAGE);
        // Any filter change starts the list again at one page.
        let (view, _) = run(
            &c,
            vec![
                Action::ShowMore,
                Action::ToggleOption(Facet::Ministry, "BZ".into()),
            ],
        );
        assert_eq!(view.limit, PAGE);
    }

    #[test]
    fn back_and_forward_follow_the_entry_and_announce() {
        let c = contents();
        let (view, _) = run(&c, vec![Action::Present]);
        let passing = c.index.visible(&view.filters);
        let change = update(
            &view,
            Action::Navigated(url::parse("?ministry=BZ")),
            &c,
            &passing,
        );
        assert_eq!(change.view.present, None);
        assert_eq!(change.focus, Some(Focus::PresentButton));
        assert_eq!(change.history, None);
        assert_eq!(change.announce, Some(Announcement::Count));
    }

    #[test]
    fn the_lists_are_one_tab_stop_with_arrow_keys_between_rows() {
        let c = contents();
        let (view, changes) = run(
            &c,
            vec![
                Action::MovePlace(Move::Next),
                Action::MovePlace(Move::Next),
                Action::MovePlace(Move::Next),
                Action::MovePlace(Move::First),
            ],
        );
        assert_eq!(changes[0].focus, Some(Focus::Place("UKR".into())));
        assert_eq!(
            changes[2].focus,
            Some(Focus::Place("middle-east".into())),
            "stays at the end"
        );
        assert_eq!(view.list_stop(&c).as_deref(), Some("COL"));
        // Before the keyboard was there, a chosen place holds the stop.
        let (view, _) = run(&c, vec![Action::ChoosePlace("UKR".into())]);
        assert_eq!(view.list_stop(&c).as_deref(), Some("UKR"));
    }

    #[test]
    fn the_skip_links_take_the_visitor_to_the_map_the_search_and_the_first_result() {
        let c = contents();
        let (_, changes) = run(&c, vec![Action::SkipToMap]);
        assert_eq!(changes[0].focus, Some(Focus::MapTabStop));
        let (view, changes) = run(&c, vec![Action::SkipToFilters]);
        assert_eq!(changes[0].focus, Some(Focus::Search));
        assert!(view.filters_open, "on a phone the panel opens for it");
        let (_, changes) = run(&c, vec![Action::SkipToResults]);
        assert_eq!(changes[0].focus, Some(Focus::FirstResult));
        assert_eq!(changes[0].history, None);
    }

    #[test]
    fn a_filter_chosen_keeps_the_results_start_in_view_a_map_choice_does_not() {
        let c = contents();
        let (_, changes) = run(
            &c,
            vec![
                Action::ToggleOption(Facet::Ministry, "BZ".into()),
                Action::ChoosePlace("COL".into()),
                Action::ToggleFilters,
                Action::ShowResults,
            ],
        );
        assert!(changes[0].show_results);
        assert!(
            !changes[1].show_results,
            "the panel beside the map shows the choice"
        );
        assert!(changes[2].view.filters_open);
        assert_eq!(
            changes[2].focus,
            Some(Focus::Search),
            "into the panel it opened"
        );
        assert!(!changes[3].view.filters_open);
        assert_eq!(changes[3].focus, Some(Focus::ResultsStart));
        assert_eq!(changes[3].history, None, "the panel is no part of a link");
    }
}
