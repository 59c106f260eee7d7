//! The one place where the widget's reactive state is made: one signal holding the [`View`], and
//! memos for what is derived from it. Effects (see `reflect.rs` and the other modules) read the
//! memos and reflect them onto the page; nothing but the dispatcher writes the signal.

use std::sync::Arc;

use nap1325_core::filter::{first_page, search_terms, Facet, Filters, Outcome};
use nap1325_core::map::MapView;
use nap1325_core::present::{steps, Step};
use nap1325_core::sorted::SortedSet;
use nap1325_core::update::{Contents, View};
use nap1325_core::url;
use nap1325_core::view_state::FootnoteSpot;
use reactive_graph::computed::Memo;
use reactive_graph::prelude::*;
use reactive_graph::signal::RwSignal;

/// The presentation's step as it shows: the step, its position and how many there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurrentStep {
    pub step: Step,
    pub at: usize,
    pub count: usize,
}

/// Declares the state: the view's signal and the memos derived from it, and `refresh`, which brings
/// every memo up to date (made from the same list, so a memo cannot be left out of it).
macro_rules! state {
    ($( $(#[$doc:meta])* $memo:ident: $ty:ty, )*) => {
        /// The widget's state. `Copy`, so effects and handlers capture it freely.
        #[derive(Clone, Copy)]
        pub struct State {
            pub view: RwSignal<View>,
            $( $(#[$doc])* pub $memo: Memo<$ty>, )*
        }

        impl State {
            /// Brings every memo up to date after the view changed; each one that changed marks
            /// the effects that read it, which then run once (see `Runtime::commit`).
            pub fn refresh(&self) {
                $( self.$memo.track_untracked(); )*
            }
        }
    };
}

state! {
    filters: Filters,
    /// What the filters decide: which results pass and the count of every option.
    outcome: Outcome,
    /// Per result, in the page's order: does it pass the filters?
    passing: Vec<bool>,
    /// Per result: is it in the list (it passes, and it is within the page limit)?
    displayed: Vec<bool>,
    /// How many results pass the filters.
    passing_count: usize,
    chosen_places: Vec<String>,
    open_footnotes: SortedSet<FootnoteSpot>,
    map_view: MapView,
    /// The pin that holds the map's one Tab stop.
    tab_stop: Option<String>,
    hovered: Option<String>,
    tips_dismissed: bool,
    /// The chips of the active filters: key and words.
    chips: Vec<(String, String)>,
    query: String,
    /// The search's words, folded: what the cards mark.
    terms: Vec<String>,
    printing: bool,
    presenting: Option<CurrentStep>,
    /// The presentation's screen is blacked out.
    blackout: bool,
    /// The presentation's overview of all steps is open.
    overview: bool,
    /// This window is the speaker's view of the presentation.
    speaker: bool,
    /// The view as a link's query (`?ministry=Defensie`).
    link: String,
    intro_open: bool,
    filters_open: bool,
    lists_open: bool,
    /// The screen is narrow (the map's regions are taller there).
    narrow: bool,
    /// The row of the place lists that holds their one Tab stop.
    list_stop: Option<String>,
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
        let passing_count = Memo::new(move |_| passing.with(|p| p.iter().filter(|x| **x).count()));
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
            Some(CurrentStep {
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
            passing_count,
            chosen_places,
            open_footnotes: Memo::new(move |_| view.with(|v| v.open_footnotes.clone())),
            map_view: Memo::new(move |_| view.with(|v| v.map_view)),
            tab_stop,
            hovered: Memo::new(move |_| view.with(|v| v.hovered.clone())),
            tips_dismissed: Memo::new(move |_| view.with(|v| v.tips_dismissed)),
            chips,
            query,
            terms: Memo::new(move |_| query.with(|q| search_terms(q))),
            printing: Memo::new(move |_| view.with(View::printing)),
            presenting,
            blackout: Memo::new(move |_| view.with(|v| v.present.is_some_and(|p| p.blackout))),
            overview: Memo::new(move |_| view.with(|v| v.present.is_some_and(|p| p.overview))),
            speaker: Memo::new(move |_| view.with(View::is_speaker_view)),
            link: Memo::new(move |_| view.with(|v| url::write(&v.link()))),
            intro_open: Memo::new(move |_| view.with(|v| v.intro_open)),
            filters_open: Memo::new(move |_| view.with(|v| v.filters_open)),
            lists_open: Memo::new(move |_| view.with(|v| v.lists_open)),
            narrow: Memo::new(move |_| view.with(|v| v.narrow)),
            list_stop,
        }
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
