use leptos::prelude::*;

use crate::state::use_report;

/// The footer line that names the source of everything above it.
#[component]
pub fn SourceFooter() -> impl IntoView {
    let state = use_report();
    let lang = state.lang;
    let note = state.report.info.source_note.clone();
    view! {
        <footer class="report-footer">
            <p>{move || note.get(lang.get()).to_owned()}</p>
        </footer>
    }
}
