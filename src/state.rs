//! The one place where the widget's signals are created and provided as context.

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Lang, Report};
use crate::view_state::FootnoteSpot;

/// Everything a component may read about the report and the current view. `Copy`, so event
/// handlers can capture it freely.
#[derive(Clone, Copy)]
pub struct ReportState {
    /// The validated report; it never changes while the page is open.
    report: StoredValue<Arc<Report>>,
    /// The language the visitor reads in.
    pub lang: RwSignal<Lang>,
    /// Footnotes opened in place.
    pub open_footnotes: RwSignal<BTreeSet<FootnoteSpot>>,
}

impl ReportState {
    /// Creates the state for a loaded report and provides it to every component below the caller.
    pub fn provide(report: Report) -> ReportState {
        let state = ReportState {
            report: StoredValue::new(Arc::new(report)),
            lang: RwSignal::new(Lang::Nl),
            open_footnotes: RwSignal::new(BTreeSet::new()),
        };
        provide_context(state);
        state
    }

    pub fn report(&self) -> Arc<Report> {
        self.report.get_value()
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
}

/// The state provided by [`ReportState::provide`]. Every component below the app calls this.
pub fn use_report() -> ReportState {
    expect_context::<ReportState>()
}

/// The language the current view is rendered in. The report view is rendered anew when the
/// language changes, so components read it once.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
