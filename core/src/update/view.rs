//! The view: everything the visitor has chosen and opened, and what a link to it carries.

use crate::sorted::SortedSet;

use crate::filter::{Facet, Filters, PAGE};
use crate::map::pins::{self, Step};
use crate::map::MapView;
use crate::present;
use crate::view_state::{FootnoteSpot, ViewState};

use super::contents::{Contents, Pin};

/// Presenting: the step shown (an index into [`present::steps`]), whether the visitor entered
/// here, by the button (then leaving goes back to the history entry before), and the presenter's
/// aids: the screen blacked out, the overview of all steps open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Presenting {
    pub step: usize,
    pub entered_here: bool,
    pub blackout: bool,
    pub overview: bool,
}

/// Everything the visitor has chosen and opened, and what the widget shows because of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub filters: Filters,
    pub open_footnotes: SortedSet<FootnoteSpot>,
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
    /// The browser is printing, as its print events say (from `beforeprint` to `afterprint`) and
    /// as the print medium says (also a preview that emulates it): see [`View::printing`].
    pub print_events: bool,
    pub print_medium: bool,
    /// The row of the country and area lists that holds their Tab stop, once the keyboard has
    /// been there.
    pub focused_place: Option<String>,
    /// The whole introduction shows (not only its first paragraph).
    pub intro_open: bool,
    /// The filter panel is open (on phones it waits behind the filter button).
    pub filters_open: bool,
    /// All the rows of the country and area lists show (on narrow screens they wait behind a
    /// button, so the results come sooner).
    pub lists_open: bool,
    /// This window is the speaker's view of a presentation shown in another window.
    pub speaker: bool,
    /// The screen is narrow (a phone): the zoomed regions of the map are taller there.
    pub narrow: bool,
}

impl Default for View {
    fn default() -> View {
        View {
            filters: Filters::default(),
            open_footnotes: SortedSet::new(),
            map_view: MapView::World,
            limit: PAGE,
            focused_pin: None,
            hovered: None,
            tips_dismissed: false,
            present: None,
            typing: false,
            compact: false,
            print_events: false,
            print_medium: false,
            focused_place: None,
            intro_open: false,
            filters_open: false,
            lists_open: false,
            speaker: false,
            narrow: false,
        }
    }
}

impl View {
    /// Whether the browser is printing: every passing result is in the page, not only one page of
    /// them. Either signal starts it and neither alone ends what the other started: a change of
    /// the medium reported between `beforeprint` and the printout's layout (the medium not yet
    /// print) must not take the results out again.
    pub fn printing(&self) -> bool {
        self.print_events || self.print_medium
    }

    /// Whether the page as the build rendered it already shows this view: nothing chosen,
    /// opened or presented (`compact=1` aside, which the page applies before its first paint).
    pub fn is_as_rendered(&self) -> bool {
        *self
            == View {
                compact: self.compact,
                narrow: self.narrow,
                ..View::default()
            }
    }

    /// Whether the speaker's view shows (in this window, of a presentation in another).
    pub fn is_speaker_view(&self) -> bool {
        self.speaker && self.present.is_some()
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
            speaker: self.speaker,
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
    pub(super) fn follow(&mut self, mut link: ViewState, before: &View, contents: &Contents) {
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
            ..Presenting::default()
        });
        self.speaker = link.speaker && self.present.is_some();
        self.follow_place(before, contents);
    }

    /// Sets the filters; a change starts the list again at one page and ends any typing.
    pub(super) fn set_filters(&mut self, filters: Filters) {
        if filters != self.filters {
            self.filters = filters;
            self.limit = PAGE;
        }
    }

    pub(super) fn change_filters(&mut self, change: impl FnOnce(&mut Filters)) {
        let mut filters = self.filters.clone();
        change(&mut filters);
        self.set_filters(filters);
        self.typing = false;
    }

    /// When the chosen places change to exactly one, the map shows the view its pin is in.
    pub(super) fn follow_place(&mut self, before: &View, contents: &Contents) {
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

pub(super) fn position(pin: &Pin) -> (f32, f32) {
    (pin.at.0 as f32, pin.at.1 as f32)
}
