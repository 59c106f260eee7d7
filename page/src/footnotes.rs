use leptos::prelude::*;
use nap1325_core::hooks::Hook;

use crate::hooks::{hook, hook_value};

use crate::links::ReferenceLinks;
use crate::use_page;
use nap1325_core::i18n::Ui;
use nap1325_core::model::{Citation, Footnote};
use nap1325_core::view_state::FootnoteSpot;

/// A footnote in place, under the text that cites it: closed (hidden) until its marker opens it.
#[component]
pub fn FootnotePanel(spot: FootnoteSpot) -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let Some(footnote) = page.report.footnote(spot.number) else {
        // Validation guarantees every marker names an existing footnote.
        return ().into_any();
    };
    let label = format!("{} {}", Ui::Footnote.get(lang), spot.number);
    let (aria_label, close_label) = (label.clone(), label.clone());
    view! {
        <div class="fn-panel" id=spot.panel_id() role="note" aria-label={aria_label} {..hook_value(Hook::FootnotePanel, spot.key())} hidden>
            <p>
                <span class="fn-panel-label">{label} ": "</span>

                <span {..hook(Hook::Searchable)}>{footnote.text.get(lang).to_owned()}</span>
            </p>
            <ReferenceLinks references=footnote.references.clone()/>
            <button type="button" class="fn-close js-only" {..hook_value(Hook::FootnoteClose, spot.key())}>
                {Ui::Close.get(lang)}
                <span class="visually-hidden">" " {close_label}</span>
            </button>
        </div>
    }
    .into_any()
}

/// All footnotes at the end of the report, each with its references and links back to where it is
/// cited.
#[component]
pub fn FootnoteList() -> impl IntoView {
    let page = use_page();
    let items = page
        .report
        .footnotes
        .iter()
        .map(|footnote| view! { <FootnoteItem footnote=footnote.clone()/> })
        .collect_view();
    view! {
        <section class="footnote-list" aria-labelledby="footnotes-heading">
            <h2 id="footnotes-heading">{Ui::Footnotes.get(page.lang)}</h2>
            <ol>{items}</ol>
        </section>
    }
}

#[component]
fn FootnoteItem(footnote: Footnote) -> impl IntoView {
    let page = use_page();
    let (report, lang) = (page.report, page.lang);
    let cited = report
        .citations(footnote.number)
        .into_iter()
        .map(|citation| {
            let (href, label, result) = match &citation {
                Citation::Introduction => (
                    "#introduction".to_owned(),
                    Ui::Introduction.get(lang).to_owned(),
                    None,
                ),
                Citation::Result(id) => (
                    format!("#result-{id}"),
                    report
                        .result(id)
                        .map(|r| r.title.get(lang).to_owned())
                        .unwrap_or_default(),
                    Some(id.clone()),
                ),
            };
            view! {
                <li>
                    <a href={href} {..hook_value(Hook::ResultLink, result)}>{label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <li id=format!("footnote-{}", footnote.number) value=footnote.number {..hook_value(Hook::FootnoteItem, footnote.number)}>
            <p {..hook(Hook::FootnoteText)}>{footnote.text.get(lang).to_owned()}</p>
            <ReferenceLinks references=footnote.references.clone()/>
            <div class="cited-in">
                <span>{Ui::CitedIn.get(lang)} ":"</span>
                <ul>{cited}</ul>
            </div>
        </li>
    }
}
