use leptos::prelude::*;

use crate::i18n::Ui;
use crate::state::use_report;

/// The report's title, subtitle, date and Kamerstuk reference (linked to the official publication).
#[component]
pub fn ReportHeader() -> impl IntoView {
    let state = use_report();
    let lang = state.lang;
    let info = state.report.info.clone();
    let (title, subtitle, reference) = (
        info.title.clone(),
        info.subtitle.clone(),
        info.reference.clone(),
    );
    let url = reference.url();
    view! {
        <header class="report-header">
            <h1 class="report-title">{move || title.get(lang.get()).to_owned()}</h1>
            <p class="report-subtitle">{move || subtitle.get(lang.get()).to_owned()}</p>
            <dl class="report-meta">
                <div>
                    <dt>{move || Ui::Date.get(lang.get())}</dt>
                    <dd>
                        <time datetime=info.date.iso()>{move || info.date.long(lang.get())}</time>
                    </dd>
                </div>
                <div>
                    <dt>{move || Ui::Reference.get(lang.get())}</dt>
                    <dd>
                        <a href=url rel="noopener">
                            {move || reference.label(lang.get())}
                        </a>
                    </dd>
                </div>
            </dl>
        </header>
    }
}
