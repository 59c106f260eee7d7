use leptos::prelude::*;

use crate::state::{use_lang, use_report};

/// The footer line that names the source of everything above it.
#[component]
pub fn SourceFooter() -> impl IntoView {
    let lang = use_lang();
    let report = use_report().report();
    view! {
        <footer class="report-footer">
            <p>{report.info.source_note.get(lang).to_owned()}</p>
        </footer>
    }
}
