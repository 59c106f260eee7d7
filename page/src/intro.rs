use leptos::prelude::*;
use nap1325_core::hooks::Hook;

use crate::hooks::hook;

use crate::marked_text::MarkedText;
use crate::use_page;
use nap1325_core::i18n::Ui;
use nap1325_core::model::INTRODUCTION_ID;

/// The letter's opening paragraphs, with their footnotes, and the editors' notes on the source.
#[component]
pub fn Introduction() -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report, page.lang);
    let paragraphs = report
        .info
        .introduction
        .iter()
        .map(|text| view! { <MarkedText host=INTRODUCTION_ID text=text.get(lang).to_owned()/> })
        .collect_view();
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
    view! {
        <section class="introduction" id="introduction" aria-label=Ui::Introduction.get(lang) {..hook(Hook::Introduction)}>
            {paragraphs}
            {notes}
        </section>
    }
}
