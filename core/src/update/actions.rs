//! What a visitor does, by domain, and what a change asks the widget to do about it.

use crate::filter::Facet;
use crate::i18n;
use crate::map::pins::Step;
use crate::map::MapView;
use crate::present::Move;
use crate::view_state::{FootnoteSpot, ViewState};

use super::contents::Contents;
use super::view::View;

/// Everything a visitor does, by the part of the widget it concerns (as an Elm program splits its
/// messages): each domain has its own sub-update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Back or forward moved to an entry with this view.
    Navigated(ViewState),
    Filter(FilterAction),
    Place(PlaceAction),
    Read(ReadAction),
    Present(PresentAction),
    /// The browser starts or ends printing (its print events).
    Printing(bool),
    /// The print medium starts or stops applying (the browser printing, or a preview emulating it).
    PrintMedium(bool),
    /// The screen became narrow (a phone's width), or wide.
    Narrow(bool),
    Print,
    Download(Format),
}

/// The filters and the search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterAction {
    /// A facet option ticked or unticked.
    ToggleOption(Facet, String),
    /// A chip removed (its key: `ministry:Defensie`, or `q` for the search).
    RemoveChip(String),
    ClearAll,
    /// The search field's text, as typed.
    Type(String),
    /// Typing paused.
    PauseTyping,
}

/// The map, its pins and the lists of countries and areas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlaceAction {
    /// A country or area chosen on the map, a pin or a list (again: unchosen).
    Choose(String),
    ShowAll,
    ShowView(MapView),
    /// A pin took the focus.
    FocusPin(String),
    /// An arrow key, Home or End on the map.
    MovePin(Step),
    /// A row of the country and area lists took the focus.
    FocusRow(String),
    /// An arrow key, Home or End in the lists.
    MoveRow(Move),
    /// The pointer is over this place on the map, or over none.
    Hover(Option<String>),
    PointerMoved,
    /// Esc outside the presentation; `on_map`: the focus is on the map.
    Escape {
        on_map: bool,
    },
    /// The button that shows all the lists' rows (narrow screens), or folds them again.
    ToggleLists,
}

/// Reading the report: footnotes, the list of results, the introduction, the skip links, the filter
/// panel on phones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadAction {
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
}

/// The presentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresentAction {
    /// The "Presenteren" button.
    Start,
    /// The presentation's own tab could not be opened (a blocked pop-up): present here.
    StartHere,
    Step(Move),
    /// A step chosen in the overview.
    GoTo(usize),
    /// The other window of the presentation (audience or speaker) moved to this step.
    Synced(usize),
    Leave,
    /// The other window of the presentation closed it.
    OtherWindowLeft,
    /// The browser left full screen by its own means.
    FullScreenLeft,
    /// "." or "B": the screen goes black (a pause between topics), or comes back.
    ToggleBlackout,
    /// Any key while the screen is black brings it back.
    Resume,
    /// "O" or the overview button: all steps, to jump to any of them.
    ToggleOverview,
    /// "S" or the button: the speaker's view in a window of its own.
    OpenSpeakerView,
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
    /// The current step's entry in the overview.
    OverviewStep,
}

impl Focus {
    /// Where, in a word (for the report of a focus target the page lacks; `Debug` would bring
    /// the wasm its formatting machinery).
    pub fn name(&self) -> &'static str {
        match self {
            Focus::Search => "the search field",
            Focus::Chip(_) => "a chip",
            Focus::Marker(_) => "a footnote marker",
            Focus::MapTabStop | Focus::Pin(_) => "a pin",
            Focus::Card(_) | Focus::Revealed(_) => "a card",
            Focus::FirstResult => "the first result",
            Focus::ResultsStart => "the results count",
            Focus::ListStop | Focus::Place(_) => "a row of the place lists",
            Focus::PresentButton => "the presentation button",
            Focus::Step => "the presentation step",
            Focus::OverviewStep => "the overview's step",
        }
    }
}

/// What only the browser can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Print,
    Download(Format),
    FullScreen,
    /// Open the presentation of this view in a tab of its own.
    PresentInNewTab(ViewState),
    /// Open the speaker's view of this presentation in a window of its own.
    OpenSpeakerView(ViewState),
    /// Close this window (the speaker's view, when the presentation ends).
    CloseWindow,
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
