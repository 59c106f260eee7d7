use leptos::prelude::*;
use nap1325_core::hooks::{Control, Hook};

use crate::hooks::{control, hook};

use crate::header::KeyFigures;
use crate::marked_text::MarkedText;
use crate::use_page;
use nap1325_core::i18n::Ui;
use nap1325_core::model::INTRODUCTION_ID;

/// The letter's opening paragraphs, with their footnotes, and the editors' notes on the source.
#[component]
pub fn Introduction() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report, page.lang);
    let mut paragraphs =
        report.info.introduction.iter().map(
            |text| view! { <MarkedText host=INTRODUCTION_ID text=text.get(lang).to_owned()/> },
        );
    let first = paragraphs.next();
    let rest = paragraphs.collect_view();
    let notes = report
        .info
        .editorial_notes
        .iter()
        .map(|note| {
            view! {
                <p class="editorial-note">
                    <strong>{Ui::EditorialNote.get(lang)} ": "</strong>
                    {note.get(lang).to_owned()}
                </p>
            }
        })
        .collect_view();
    // The first paragraph always shows; the rest on request. Without JavaScript all of it shows,
    // in the letter's order (nojs.css).
    view! {
        <section class="introduction" id="introduction" aria-label=Ui::Introduction.get(lang) {..hook(Hook::Introduction)}>
            <KeyFigures/>
            {first}
            <button type="button" class="read-more js-only" aria-expanded="false" aria-controls="introduction-more" {..control(Control::ToggleIntroduction)}>
                {Ui::ReadIntroduction.get(lang)}
            </button>
            <div id="introduction-more" {..hook(Hook::IntroductionMore)} hidden>
                {rest}
                {notes}
            </div>
        </section>
    }
}
