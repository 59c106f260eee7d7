use leptos::prelude::*;
use nap1325_core::hooks::{Control, Hook};

use crate::hooks::{control, hook, hook_value};

use crate::use_page;
use nap1325_core::i18n::{self, Ui};
use nap1325_core::map::MapView;

/// The presentation: a full-window dialog, closed until the widget opens it (by its button or by
/// `present=N` in the URL). It holds the opening step, the plan and the period; the widget fills in
/// the other steps from the cards and frames the map on each.
#[component]
pub fn Presentation() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let info = &report.info;
    // The whole world's view, in whole units: the widget zooms out to it between countries.
    let world = {
        let b = MapView::World.view_box();
        [b.x, b.y, b.w, b.h]
            .map(|v| (v.round() as i32).to_string())
            .join(" ")
    };
    view! {
        <div class="presentation js-only" role="dialog" aria-modal="true" aria-labelledby="presentation-heading" aria-describedby="presentation-keys" {..hook(Hook::Presentation)} hidden>
            <div class="presentation-bar">
                <p class="presentation-counter" aria-hidden="true" {..hook(Hook::StepCounter)}></p>
                <p class="visually-hidden" id="presentation-keys">{Ui::PresentationKeys.get(lang)}</p>
                <div class="presentation-controls">
                    <button type="button" {..control(Control::PresentPrevious)}>{Ui::Previous.get(lang)}</button>
                    <button type="button" {..control(Control::PresentNext)}>{Ui::Next.get(lang)}</button>
                    <button type="button" {..control(Control::PresentLeave)}>{Ui::LeavePresentation.get(lang)}</button>
                </div>
            </div>
            <div class="presentation-stage">
                <div class="presentation-text" tabindex="-1" {..hook(Hook::StepContent)}></div>
                <div class="presentation-map" aria-hidden="true" {..hook(Hook::StepMap)} {..hook_value(Hook::StepWorld, world)}>
                </div>
            </div>
            <p class="visually-hidden" aria-live="polite" {..hook(Hook::StepLive)}></p>
            <div {..hook(Hook::StepOpening)} hidden>
                <p class="presentation-kicker">{format!("{} · {}", Ui::Plan.get(lang), Ui::Presentation.get(lang))}</p>
                <h2>{info.title.get(lang).to_owned()}</h2>
                <p class="presentation-lead">{info.subtitle.get(lang).to_owned()}</p>
                <p class="presentation-lead">
                    {format!(
                        "{}: {} · {} · {}",
                        Ui::ReportingPeriod.get(lang),
                        info.reporting_period.label(),
                        info.reference.label(lang),
                        info.date.long(lang),
                    )}
                </p>
                <p class="presentation-lead" {..hook(Hook::StepSelection)}>{i18n::results_count(lang, report.results.len())}</p>
            </div>
        </div>
    }
}

/// What a printout says above the results: what was filtered, and when it was printed (the widget
/// fills it in; without it, the page prints everything).
#[component]
pub fn PrintSummary() -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <p class="print-summary" {..hook(Hook::PrintSummary)}>{Ui::AllResults.get(lang)}</p>
    }
}
