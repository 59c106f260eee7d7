use leptos::prelude::*;

use crate::links::ExternalLink;
use crate::toolbar::Toolbar;
use crate::use_page;
use nap1325_core::figures;
use nap1325_core::i18n::Ui;
use nap1325_core::model::Lang;

/// The report's title, subtitle, date, Kamerstuk reference (linked to the official publication)
/// and signatory.
#[component]
pub fn ReportHeader() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report, page.lang);
    let info = &report.info;
    view! {
        <header class="report-header">
            <Toolbar/>
            <h1 class="report-title">{info.title.get(lang).to_owned()}</h1>
            <p class="report-subtitle">{info.subtitle.get(lang).to_owned()}</p>
            <dl class="report-meta">
                <div>
                    <dt>{Ui::Date.get(lang)}</dt>
                    <dd>
                        <time datetime=info.date.iso()>{info.date.long(lang)}</time>
                    </dd>
                </div>
                <div>
                    <dt>{Ui::Reference.get(lang)}</dt>
                    <dd>
                        <ExternalLink url=info.reference.url() label=info.reference.label(lang)/>
                    </dd>
                </div>
                <div>
                    <dt>{Ui::Signed.get(lang)}</dt>
                    <dd>{format!("{}, {}", info.signatory.name, info.signatory.office.get(lang))}</dd>
                </div>
            </dl>
            {(lang == Lang::En)
                .then(|| view! { <p class="translation-note">{Ui::UnofficialTranslation.get(lang)}</p> })}
        </header>
    }
}

/// What the report covers, in figures computed from the data, each saying exactly what it counts
/// (`nap1325_core::figures`): its results, the countries and territories with results outside the
/// reporting country, the ministries responsible, and the period.
#[component]
pub fn KeyFigures() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report, page.lang);
    let figures = figures::headline(&report, lang)
        .into_iter()
        .map(|figure| view! { <li><strong>{figure.count}</strong> " " {figure.what}</li> })
        .collect_view();
    let period = report.info.reporting_period.label();
    view! {
        <ul class="key-figures" aria-label=Ui::KeyFigures.get(lang)>
            {figures}
            <li>{Ui::ReportingPeriod.get(lang)} " " <strong>{period}</strong></li>
        </ul>
    }
}
