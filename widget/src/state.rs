//! The one place where the widget's reactive state is made: one signal holding the [`View`], and
//! memos for what is derived from it. Effects (see `reflect.rs` and the other modules) read the
//! memos and reflect them onto the page; nothing but the dispatcher writes the signal.

use std::collections::BTreeSet;
use std::sync::Arc;

use nap1325_core::filter::{first_page, search_terms, Facet, Filters, Outcome};
use nap1325_core::map::MapView;
use nap1325_core::present::{steps, Step};
use nap1325_core::update::{Contents, View};
use nap1325_core::url;
use nap1325_core::view_state::FootnoteSpot;
use reactive_graph::computed::Memo;
use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;

/// The presentation as it shows: the step, its number and how many there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown {
    pub step: Step,
    pub at: usize,
    pub count: usize,
}

/// The widget's state. `Copy`, so effects and handlers capture it freely.
#[derive(Clone, Copy)]
pub struct State {
    pub view: RwSignal<View>,
    pub filters: Memo<Filters>,
    /// What the filters decide: which results pass and the count of every option.
    pub outcome: Memo<Outcome>,
    /// Per result, in the page's order: does it pass the filters?
    pub passing: Memo<Vec<bool>>,
    /// Per result: is it in the list (it passes, and it is within the page limit)?
    pub displayed: Memo<Vec<bool>>,
    pub shown: Memo<usize>,
    pub chosen_places: Memo<Vec<String>>,
    pub open_footnotes: Memo<BTreeSet<FootnoteSpot>>,
    pub map_view: Memo<MapView>,
    /// The pin that holds the map's one Tab stop.
    pub tab_stop: Memo<Option<String>>,
    pub hovered: Memo<Option<String>>,
    pub tips_dismissed: Memo<bool>,
    /// The chips of the active filters: key and words.
    pub chips: Memo<Vec<(String, String)>>,
    pub query: Memo<String>,
    /// The search's words, folded: what the cards mark.
    pub terms: Memo<Vec<String>>,
    pub printing: Memo<bool>,
    pub presenting: Memo<Option<Shown>>,
    /// The view as a link's query (`?ministry=Defensie`).
    pub link: Memo<String>,
    pub intro_open: Memo<bool>,
    pub filters_open: Memo<bool>,
    /// The row of the place lists that holds their one Tab stop.
    pub list_stop: Memo<Option<String>>,
}

impl State {
    pub fn new(view: View, contents: Arc<Contents>) -> State {
        let view = RwSignal::new(view);
        let filters = Memo::new(move |_| view.with(|v| v.filters.clone()));
        let outcome = {
            let contents = contents.clone();
            Memo::new(move |_| filters.with(|f| contents.index.outcome(f)))
        };
        let passing = Memo::new(move |_| outcome.with(|o| o.visible.clone()));
        let limit = Memo::new(move |_| view.with(|v| v.limit));
        let displayed = Memo::new(move |_| passing.with(|p| first_page(p, limit.get())));
        let shown = Memo::new(move |_| passing.with(|p| p.iter().filter(|x| **x).count()));
        let chosen_places = Memo::new(move |_| {
            filters.with(|f| f.chosen(Facet::Place).map(str::to_owned).collect())
        });
        let tab_stop = {
            let contents = contents.clone();
            Memo::new(move |_| view.with(|v| v.tab_stop(&contents)))
        };
        let list_stop = {
            let contents = contents.clone();
            Memo::new(move |_| view.with(|v| v.list_stop(&contents)))
        };
        let chips = {
            let contents = contents.clone();
            Memo::new(move |_| filters.with(|f| f.active(&contents.labels, contents.lang)))
        };
        let query = Memo::new(move |_| filters.with(|f| f.query.clone()));
        let presenting = Memo::new(move |_| {
            let step = view.with(|v| v.present.map(|p| p.step))?;
            let all = passing.with(|p| steps(&contents.sections, p));
            let at = step.min(all.len().saturating_sub(1));
            Some(Shown {
                step: *all.get(at)?,
                at,
                count: all.len(),
            })
        });
        State {
            view,
            filters,
            outcome,
            passing,
            displayed,
            shown,
            chosen_places,
            open_footnotes: Memo::new(move |_| view.with(|v| v.open_footnotes.clone())),
            map_view: Memo::new(move |_| view.with(|v| v.map_view)),
            tab_stop,
            hovered: Memo::new(move |_| view.with(|v| v.hovered.clone())),
            tips_dismissed: Memo::new(move |_| view.with(|v| v.tips_dismissed)),
            chips,
            query,
            terms: Memo::new(move |_| query.with(|q| search_terms(q))),
            printing: Memo::new(move |_| view.with(|v| v.printing)),
            presenting,
            link: Memo::new(move |_| view.with(|v| url::write(&v.link()))),
            intro_open: Memo::new(move |_| view.with(|v| v.intro_open)),
            filters_open: Memo::new(move |_| view.with(|v| v.filters_open)),
            list_stop,
        }
    }

    /// Brings every memo up to date after the view changed; each one that changed marks the
    /// effects that read it, which then run once (see `Runtime::commit`).
    pub fn refresh(&self) {
        self.filters.track_untracked();
        self.outcome.track_untracked();
        self.passing.track_untracked();
        self.displayed.track_untracked();
        self.shown.track_untracked();
        self.chosen_places.track_untracked();
        self.open_footnotes.track_untracked();
        self.map_view.track_untracked();
        self.tab_stop.track_untracked();
        self.hovered.track_untracked();
        self.tips_dismissed.track_untracked();
        self.chips.track_untracked();
        self.query.track_untracked();
        self.terms.track_untracked();
        self.printing.track_untracked();
        self.presenting.track_untracked();
        self.link.track_untracked();
        self.intro_open.track_untracked();
        self.filters_open.track_untracked();
        self.list_stop.track_untracked();
    }
}

/// Brings a memo up to date without anyone reading it.
trait Refresh {
    fn track_untracked(&self);
}

impl<T: Send + Sync + 'static> Refresh for Memo<T> {
    fn track_untracked(&self) {
        self.with_untracked(|_| ());
    }
}
