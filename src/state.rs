//! The one place where the widget's signals are created and provided as context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Lang, Report};

/// Everything a component may read about the report and the current view.
#[derive(Clone)]
pub struct ReportState {
    /// The validated report; it never changes while the page is open.
    pub report: Arc<Report>,
    /// The language the visitor reads in.
    pub lang: RwSignal<Lang>,
}

impl ReportState {
    /// Creates the state for a loaded report and provides it to every component below the caller.
    pub fn provide(report: Report) -> ReportState {
        let state = ReportState {
            report: Arc::new(report),
            lang: RwSignal::new(Lang::Nl),
        };
        provide_context(state.clone());
        state
    }
}

/// The state provided by [`ReportState::provide`]. Every component below the app calls this.
pub fn use_report() -> ReportState {
    expect_context::<ReportState>()
}
