use leptos::prelude::*;

use crate::use_page;

/// The footer line that names the source of everything above it.
#[component]
pub fn SourceFooter() -> impl IntoView {
    let page = use_page();
    view! {
        <footer class="report-footer">
            <p>{page.report.info.source_note.get(page.lang).to_owned()}</p>
        </footer>
    }
}
