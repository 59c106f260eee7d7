//! The one place where the widget's signals are created: what the visitor has chosen and opened.
//! The page itself is static (prerendered); the widget reflects this state onto it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use leptos::prelude::*;

use nap1325_core::filter::{first_page, Facet, Filters, Index, Outcome, PAGE};

use nap1325_core::i18n;
use nap1325_core::map::MapView;
use nap1325_core::model::Lang;
use nap1325_core::view_state::{FootnoteSpot, ViewState};

/// What the page says about a country or region: its name, and the map view its pin is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceInfo {
    pub name: String,
    pub view: Option<MapView>,
}

/// The widget's state. `Copy`, so event handlers and effects capture it freely.
#[derive(Clone, Copy)]
pub struct ReportState {
    /// What each result offers to the filters, read once from the page.
    index: StoredValue<Arc<Index>>,
    /// Names and map views of the places, read once from the page.
    places: StoredValue<Arc<BTreeMap<String, PlaceInfo>>>,
    /// The page's language.
    pub lang: Lang,
    /// Embedded without its own heading (`compact=1`); set when the page opens, kept in the URL.
    pub compact: bool,

    /// Facets and search.
    pub filters: RwSignal<Filters>,
    /// What the filters decide: shown results and the count of every option.
    pub outcome: Memo<Outcome>,
    /// Per result, in the page's order: does it pass the filters?
    pub visible: Memo<Vec<bool>>,
    /// How many of the passing results the list displays (pages of [`PAGE`]); back to one page
    /// whenever the filters change.
    pub limit: RwSignal<usize>,
    /// Per result: is it displayed (it passes, and it is within the limit)?
    pub displayed: Memo<Vec<bool>>,
    /// The chosen places (what the map and the lists mark), apart from the other filters.
    pub chosen_places: Memo<Vec<String>>,
    /// Footnotes opened in place.
    pub open_footnotes: RwSignal<BTreeSet<FootnoteSpot>>,
    /// The part of the world the map shows.
    pub map_view: RwSignal<MapView>,
    /// The pin that holds the map's one Tab stop, once the keyboard has been there.
    pub focused_pin: RwSignal<Option<String>>,
    /// The country under the pointer on the map (its pin shows its tooltip).
    pub hovered: RwSignal<Option<String>>,
    /// Set by Esc: map tooltips stay hidden until the pointer or focus moves on.
    pub tips_dismissed: RwSignal<bool>,
    /// The latest message for the polite live region.
    pub announcement: RwSignal<String>,
    /// Presenting: the index of the current step (see [`nap1325_core::present`]).
    pub present: RwSignal<Option<usize>>,
}

impl ReportState {
    pub fn new(
        index: Index,
        places: BTreeMap<String, PlaceInfo>,
        lang: Lang,
        compact: bool,
    ) -> ReportState {
        let index = Arc::new(index);
        let filters = RwSignal::new(Filters::default());
        let outcome = {
            let index = index.clone();
            Memo::new(move |_| filters.with(|f| index.outcome(f)))
        };
        let visible = Memo::new(move |_| outcome.with(|o| o.visible.clone()));
        let limit = RwSignal::new(PAGE);
        let displayed = Memo::new(move |_| visible.with(|v| first_page(v, limit.get())));
        // A change of the filters starts the list again at one page.
        Effect::new(move |before: Option<Filters>| {
            let now = filters.get();
            if before.is_some_and(|b| b != now) && limit.get_untracked() != PAGE {
                limit.set(PAGE);
            }
            now
        });
        let chosen_places = Memo::new(move |_| {
            filters.with(|f| {
                f.chosen(Facet::Place)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
        });
        let places = StoredValue::new(Arc::new(places));
        let map_view = RwSignal::new(MapView::World);
        // One chosen place (from the map, a list, the facet or a link): the map shows where it is.
        Effect::new(move |_| {
            let chosen = chosen_places.get();
            if let [place] = chosen.as_slice() {
                if let Some(view) = places.with_value(|p| p.get(place).and_then(|i| i.view)) {
                    if map_view.get_untracked() != view {
                        map_view.set(view);
                    }
                }
            }
        });
        ReportState {
            index: StoredValue::new(index),
            places,
            lang,
            compact,
            filters,
            chosen_places,
            outcome,
            visible,
            limit,
            displayed,
            open_footnotes: RwSignal::new(BTreeSet::new()),
            map_view,
            focused_pin: RwSignal::new(None),
            hovered: RwSignal::new(None),
            tips_dismissed: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
            present: RwSignal::new(None),
        }
    }

    pub fn index(&self) -> Arc<Index> {
        self.index.get_value()
    }

    pub fn place(&self, place: &str) -> Option<PlaceInfo> {
        self.places.with_value(|places| places.get(place).cloned())
    }

    pub fn toggle_footnote(&self, spot: &FootnoteSpot) {
        self.open_footnotes.update(|open| {
            if !open.remove(spot) {
                open.insert(spot.clone());
            }
        });
    }

    /// How many results the filters let through.
    pub fn shown(&self) -> usize {
        self.visible
            .with(|v| v.iter().filter(|shown| **shown).count())
    }

    fn shown_untracked(&self) -> usize {
        self.visible
            .with_untracked(|v| v.iter().filter(|shown| **shown).count())
    }

    /// A click on a country or region (map, pin or list): shows only its results, or, when it is
    /// chosen already, unchooses it. The map follows (see `new`).
    pub fn select_place(&self, place: &str) {
        let chosen = self
            .filters
            .with_untracked(|f| f.is_chosen(Facet::Place, place));
        if chosen {
            // A pressed place, pressed again, is unchosen; any others stay.
            self.filters.update(|f| f.toggle(Facet::Place, place));
            if self.chosen_places.with_untracked(Vec::is_empty) {
                self.announce(i18n::selection_cleared(self.lang, self.shown_untracked()));
            } else {
                self.announce_count();
            }
            return;
        }
        self.filters.update(|f| f.choose_only(Facet::Place, place));
        let name = self
            .place(place)
            .map(|i| i.name)
            .unwrap_or_else(|| place.to_owned());
        self.announce(i18n::place_selected(
            self.lang,
            &name,
            self.shown_untracked(),
        ));
    }

    /// Shows the results of every place again.
    pub fn clear_places(&self) {
        let had_selection = self
            .filters
            .with_untracked(|f| f.chosen(Facet::Place).next().is_some());
        if had_selection {
            self.filters.update(|f| f.clear(Facet::Place));
            self.announce(i18n::selection_cleared(self.lang, self.shown_untracked()));
        }
    }

    /// Says `message` in the polite live region.
    pub fn announce(&self, message: String) {
        // A message equal to the last would not be read again: vary it invisibly.
        self.announcement.update(|last| {
            *last = if *last == message {
                format!("{message}\u{202f}")
            } else {
                message
            };
        });
    }

    /// Says how many results show now.
    pub fn announce_count(&self) {
        let total = self.visible.with_untracked(Vec::len);
        self.announce(i18n::shown_count(self.lang, self.shown_untracked(), total));
    }

    /// The view as a link carries it.
    pub fn view_state(&self) -> ViewState {
        ViewState {
            filters: self.filters.get_untracked(),
            open_footnotes: self.open_footnotes.get_untracked(),
            map_view: self.map_view.get_untracked(),
            compact: self.compact,
            present: self
                .present
                .get_untracked()
                .map(|step| u16::try_from(step + 1).unwrap_or(u16::MAX)),
        }
    }

    /// Opens `view` (from a link, or the back button). Options the page does not have are
    /// dropped, as are footnotes that `has_footnote` does not know: a link cannot break the view.
    pub fn apply(&self, mut view: ViewState, has_footnote: impl Fn(&FootnoteSpot) -> bool) {
        let index = self.index();
        for (facet, value) in view.filters.all_chosen() {
            if !index.totals(facet).contains_key(&value) {
                view.filters.toggle(facet, &value);
            }
        }
        view.open_footnotes.retain(|spot| has_footnote(spot));
        // Only what differs is set: an unchanged view (a same-page link) changes nothing.
        if self.filters.with_untracked(|f| *f != view.filters) {
            self.filters.set(view.filters);
        }
        if self
            .open_footnotes
            .with_untracked(|o| *o != view.open_footnotes)
        {
            self.open_footnotes.set(view.open_footnotes);
        }
        if self.map_view.get_untracked() != view.map_view {
            self.map_view.set(view.map_view);
        }
        // The presentation keeps the step within its steps when it shows it.
        let present = view.present.map(|step| usize::from(step.max(1)) - 1);
        if self.present.get_untracked() != present {
            self.present.set(present);
        }
    }
}
