use leptos::prelude::*;

use super::footer::SourceFooter;
use super::footnotes::FootnoteList;
use super::header::ReportHeader;
use super::intro::Introduction;
use super::load_failed::LoadFailed;
use super::results::ResultsBySection;
use crate::model::{self, DataFiles};
use crate::state::ReportState;

/// The whole widget: loads the data files and shows the report, or, when they do not load, a
/// message for the visitor with the exact problems for the editors.
#[component]
pub fn App(
    /// The data files to read; the shipped widget passes [`crate::content::BUNDLED`].
    files: DataFiles<'static>,
) -> impl IntoView {
    let report = model::load(&files).map(|report| {
        let state = ReportState::provide(report);
        // Rendered anew when the language changes: every text below reads the language once.
        move || {
            provide_context(state.lang.get());
            view! { <ReportView/> }
        }
    });
    view! {
        <ErrorBoundary fallback=|errors| view! { <LoadFailed errors/> }>{report}</ErrorBoundary>
    }
}

/// The report itself, once loaded.
#[component]
fn ReportView() -> impl IntoView {
    view! {
        <div class="report">
            <ReportHeader/>
            <main class="report-main">
                <Introduction/>
                <ResultsBySection/>
                <FootnoteList/>
            </main>
            <SourceFooter/>
        </div>
    }
}
