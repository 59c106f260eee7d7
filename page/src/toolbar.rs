use leptos::prelude::*;
use nap1325_core::hooks::{Control, Hook};

use crate::hooks::{control, hook};

use crate::use_page;
use nap1325_core::i18n::Ui;
use nap1325_core::url::page_for;

/// The other language (a link to that page; the widget adds the current view to it) and the
/// downloads of the shown results.
#[component]
pub fn Toolbar() -> impl IntoView {
    let lang = use_page().lang;
    let other = lang.other();
    view! {
        <div class="toolbar">
            <a class="lang-switch" href=page_for(other) hreflang=other.code() lang=other.code() {..hook(Hook::LangSwitch)}>
                {Ui::OtherLanguage.get(lang)}
            </a>
            <div class="views js-only">
                <button type="button" {..control(Control::Present)}>{Ui::Present.get(lang)}</button>
                <button type="button" {..control(Control::Print)}>{Ui::Print.get(lang)}</button>
            </div>
            <div class="downloads js-only" role="group" aria-labelledby="downloads-label">
                <span id="downloads-label">{Ui::Downloads.get(lang)} ":"</span>
                <button type="button" {..control(Control::DownloadCsv)}>{Ui::DownloadCsv.get(lang)}</button>
                <button type="button" {..control(Control::DownloadJson)}>{Ui::DownloadJson.get(lang)}</button>
            </div>
        </div>
    }
}
