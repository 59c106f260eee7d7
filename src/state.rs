//! The one place where the widget's signals are created: what the visitor has chosen and opened.
//! The page itself is static (prerendered); [`crate::runtime`] reflects this state onto it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use leptos::prelude::*;

use crate::filter::{first_page, Facet, Filters, Index, Outcome, PAGE};

use crate::i18n;
use crate::map::MapView;
use crate::model::Lang;
use crate::view_state::{FootnoteSpot, ViewState};

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
}

impl ReportState {
    pub fn new(index: Index, places: BTreeMap<String, PlaceInfo>, lang: Lang) -> ReportState {
        let index = Arc::new(index);
        let filters = RwSignal::new(Filters::default());
        let outcome = {
            let index = index.clone();
            Memo::new(move |_| filters.with(|f| index.outcome(f)))
        };
        let visible = Memo::new(move |_| outcome.with(|o| o.visible.clone()));
        let limit = RwSignal::new(PAGE);
        let displayed = Memo::new(move |_| visible.with(|v| first_page(v, limit.get())));
        Effect::new(move |_| {
            filters.track();
            if limit.get_untracked() != PAGE {
                limit.set(PAGE);
            }
        });
        ReportState {
            index: StoredValue::new(index),
            places: StoredValue::new(Arc::new(places)),
            lang,
            filters,
            chosen_places: Memo::new(move |_| {
                filters.with(|f| f.chosen(Facet::Place).map(str::to_owned).collect())
            }),
            outcome,
            visible,

            limit,
            displayed,
            open_footnotes: RwSignal::new(BTreeSet::new()),
            map_view: RwSignal::new(MapView::World),
            focused_pin: RwSignal::new(None),
            hovered: RwSignal::new(None),
            tips_dismissed: RwSignal::new(false),
            announcement: RwSignal::new(String::new()),
        }
    }

    pub fn index(&self) -> Arc<Index> {
        self.index.get_value()
    }

    pub fn place(&self, place: &str) -> Option<PlaceInfo> {
        self.places.with_value(|places| places.get(place).cloned())
    }

    pub fn is_open(&self, spot: &FootnoteSpot) -> bool {
        self.open_footnotes.with(|open| open.contains(spot))
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

    /// Whether this country or region is chosen in the place facet.
    pub fn is_selected(&self, place: &str) -> bool {
        self.filters.with(|f| f.is_chosen(Facet::Place, place))
    }

    /// A click on a country or region (map, pin or list): shows only its results, or, when it was
    /// the one chosen place, everything again. The map moves to where the country is.
    pub fn select_place(&self, place: &str) {
        let only_this = self
            .filters
            .with_untracked(|f| f.chosen(Facet::Place).eq([place]));
        if only_this {
            self.clear_places();
            return;
        }
        self.filters.update(|f| f.choose_only(Facet::Place, place));
        let info = self.place(place);
        if let Some(view) = info.as_ref().and_then(|i| i.view) {
            self.map_view.set(view);
        }
        let name = info.map(|i| i.name).unwrap_or_else(|| place.to_owned());
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
        self.announcement.set(message);
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
        self.filters.set(view.filters);
        self.open_footnotes.set(view.open_footnotes);
        self.map_view.set(view.map_view);
    }
}
