use leptos::prelude::*;
use nap1325_core::hooks::{Control, Hook};

use crate::hooks::{control, hook, hook_value};

use crate::header::KeyFigures;
use crate::use_page;
use nap1325_core::i18n::{self, Ui};
use nap1325_core::map::MapView;

/// The presentation: a full-window dialog, closed until the widget opens it (by its button or by
/// `present=N` in the URL). The widget fills the stage with each step from the templates here (the
/// opening, a section, a result) and frames the map on the step's countries. It also holds the
/// presenter's aids: the overview of all steps, the black screen, and the speaker's view (notes,
/// the next step, the time) that a second window shows; and the slides as the printer gets them.
#[component]
pub fn Presentation() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    // The whole world's view, in whole units: the widget zooms out to it between countries.
    let world = {
        let b = MapView::World.view_box();
        [b.x, b.y, b.w, b.h]
            .map(|v| (v.round() as i32).to_string())
            .join(" ")
    };
    view! {
        // Named by the step shown (the widget sets its label at each step).
        <div class="presentation js-only" role="dialog" aria-modal="true" aria-label=Ui::Presentation.get(lang) aria-describedby="presentation-keys" {..hook(Hook::Presentation)} hidden>
            <div class="presentation-bar">
                <p class="presentation-counter" aria-hidden="true" {..hook(Hook::StepCounter)}></p>
                <p class="visually-hidden" id="presentation-keys">{Ui::PresentationKeys.get(lang)}</p>
                <div class="presentation-controls">
                    <button type="button" {..control(Control::PresentPrevious)}>{Ui::Previous.get(lang)}</button>
                    <button type="button" {..control(Control::PresentNext)}>{Ui::Next.get(lang)}</button>
                    <button type="button" aria-expanded="false" aria-controls="presentation-overview" {..control(Control::PresentOverview)}>{Ui::Overview.get(lang)}</button>
                    <button type="button" class="speaker-button" {..control(Control::PresentSpeaker)}>{Ui::SpeakerView.get(lang)}</button>
                    <button type="button" {..control(Control::PresentLeave)}>{Ui::LeavePresentation.get(lang)}</button>
                </div>
            </div>
            <div class="presentation-stage" {..hook(Hook::StepStage)}>
                <div class="presentation-text" tabindex="-1" {..hook(Hook::StepContent)}></div>
                <div class="presentation-map" aria-hidden="true" {..hook(Hook::StepMap)} {..hook_value(Hook::StepWorld, world)}>
                </div>
            </div>
            <SpeakerPanel/>
            <nav class="presentation-overview" id="presentation-overview" aria-labelledby="presentation-overview-heading" {..hook(Hook::Overview)} hidden>
                <h2 id="presentation-overview-heading">{Ui::OverviewHeading.get(lang)}</h2>
                <ol {..hook(Hook::OverviewList)}></ol>
            </nav>
            <div class="presentation-blackout" role="status" {..hook(Hook::Blackout)} hidden>
                <span class="visually-hidden">{Ui::BlackScreen.get(lang)}</span>
            </div>
            <p class="visually-hidden" aria-live="polite" {..hook(Hook::StepLive)}></p>
            <div class="presentation-slides" aria-hidden="true" {..hook(Hook::Slides)}></div>
            <StepTemplates/>
        </div>
    }
}

/// The speaker's view, shown in the speaker's window beside the step: the letter's words and
/// footnotes as notes, the next step, the time since the view opened.
#[component]
fn SpeakerPanel() -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <div class="presentation-speaker" {..hook(Hook::Speaker)} hidden>
            <section aria-labelledby="speaker-notes-heading">
                <h2 id="speaker-notes-heading">{Ui::SpeakerNotes.get(lang)}</h2>
                <div class="speaker-notes" {..hook(Hook::SpeakerNotes)}></div>
            </section>
            <section aria-labelledby="speaker-next-heading">
                <h2 id="speaker-next-heading">{Ui::SpeakerNext.get(lang)}</h2>
                <p class="speaker-next" {..hook(Hook::SpeakerNext)}></p>
            </section>
            <p class="speaker-clock">
                {Ui::SpeakerClock.get(lang)} ": " <span {..hook(Hook::SpeakerClock)}>"0:00"</span>
            </p>
        </div>
    }
}

/// What the widget copies into the stage for each kind of step, and the entries of the lists it
/// fills.
#[component]
fn StepTemplates() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report.clone(), page.lang);
    let info = &report.info;
    view! {
        <template {..hook(Hook::StepOpening)}>
            <p class="presentation-kicker">{format!("{} · {}", Ui::Plan.get(lang), Ui::Presentation.get(lang))}</p>
            <h2 {..hook(Hook::StepTitle)}>{info.title.get(lang).to_owned()}</h2>
            <KeyFigures/>
            <p class="presentation-lead">
                {format!(
                    "{} · {} · {}",
                    info.subtitle.get(lang),
                    info.reference.label(lang),
                    info.date.long(lang),
                )}
            </p>
            <p class="presentation-lead presentation-selection" {..hook(Hook::StepSelection)}>{i18n::results_count(lang, report.results.len())}</p>
        </template>
        <template {..hook(Hook::StepSection)}>
            <p class="presentation-kicker">{Ui::Presentation.get(lang)}</p>
            <h2 {..hook(Hook::StepTitle)}></h2>
            <p class="presentation-lead" {..hook(Hook::StepLead)}></p>
            <ol class="presentation-titles" {..hook(Hook::StepList)}></ol>
        </template>
        <template {..hook(Hook::StepItem)}>
            <li></li>
        </template>
        <template {..hook(Hook::StepResult)}>
            <p class="presentation-kicker" {..hook(Hook::StepKicker)}></p>
            <h2 {..hook(Hook::StepTitle)}></h2>
            <div class="presentation-body" {..hook(Hook::StepText)}></div>
            <div class="presentation-facts" {..hook(Hook::StepFacts)}></div>
        </template>
        <template {..hook(Hook::Slide)}>
            <section class="slide">
                <div class="presentation-text" {..hook(Hook::SlideText)}></div>
                <div class="presentation-map" {..hook(Hook::SlideMap)}></div>
            </section>
        </template>
        <template {..hook(Hook::OverviewItem)}>
            <li>
                <button type="button" {..hook(Hook::OverviewStep)}>
                    <span class="overview-number" {..hook(Hook::OverviewNumber)}></span>
                    " "
                    <span {..hook(Hook::OverviewTitle)}></span>
                </button>
            </li>
        </template>
    }
}

/// What a printout says under its title: what was selected, when it was printed, and the address
/// that opens this view again (the widget fills it in; without it, the page prints everything).
#[component]
pub fn PrintSummary() -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <div class="print-summary">
            <p {..hook(Hook::PrintSummary)}>{Ui::AllResults.get(lang)}</p>
            <p {..hook(Hook::PrintAddress)}></p>
        </div>
    }
}
