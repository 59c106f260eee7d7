use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::links::ReferenceLinks;
use crate::i18n::Ui;
use crate::model::{Citation, Footnote};
use crate::state::{use_lang, use_report};
use crate::view_state::FootnoteSpot;

/// A footnote opened in place, under the text that cites it. Always in the document (hidden when
/// closed) so the marker's `aria-controls` points at it.
#[component]
pub fn FootnotePanel(spot: FootnoteSpot) -> impl IntoView {
    let state = use_report();
    let lang = use_lang();
    let report = state.report();
    let Some(footnote) = report.footnote(spot.number) else {
        // Validation guarantees every marker names an existing footnote.
        return ().into_any();
    };
    let label = format!("{} {}", Ui::Footnote.get(lang), spot.number);
    let (panel_id, marker_id) = (spot.panel_id(), spot.marker_id());
    let (aria_label, close_label) = (label.clone(), label.clone());
    let hidden = {
        let spot = spot.clone();
        move || !state.is_open(&spot)
    };
    let close = move |_| {
        state.toggle_footnote(&spot);
        focus_element(&marker_id);
    };
    view! {
        <div class="fn-panel" id=panel_id role="note" aria-label=aria_label hidden=hidden>
            <p>
                <span class="fn-panel-label">{label} ": "</span>
                {footnote.text.get(lang).to_owned()}
            </p>
            <ReferenceLinks references=footnote.references.clone()/>
            <button type="button" class="fn-close" on:click=close>
                {Ui::Close.get(lang)}
                <span class="visually-hidden">" " {close_label}</span>
            </button>
        </div>
    }
    .into_any()
}

/// Moves keyboard focus to the element with `id`, when there is one.
fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// All footnotes at the end of the report, each with its references and links back to where it is
/// cited.
#[component]
pub fn FootnoteList() -> impl IntoView {
    let lang = use_lang();
    let report = use_report().report();
    let items = report
        .footnotes
        .iter()
        .map(|footnote| view! { <FootnoteItem footnote=footnote.clone()/> })
        .collect_view();
    view! {
        <section class="footnote-list" aria-labelledby="footnotes-heading">
            <h2 id="footnotes-heading">{Ui::Footnotes.get(lang)}</h2>
            <ol>{items}</ol>
        </section>
    }
}

#[component]
fn FootnoteItem(footnote: Footnote) -> impl IntoView {
    let lang = use_lang();
    let report = use_report().report();
    let cited = report
        .citations(footnote.number)
        .into_iter()
        .map(|citation| {
            let (href, label) = match &citation {
                Citation::Introduction => (
                    "#introduction".to_owned(),
                    Ui::Introduction.get(lang).to_owned(),
                ),
                Citation::Result(id) => (
                    format!("#result-{id}"),
                    report
                        .result(id)
                        .map(|r| r.title.get(lang).to_owned())
                        .unwrap_or_default(),
                ),
            };
            view! {
                <li>
                    <a href=href>{label}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <li id=format!("footnote-{}", footnote.number) value=footnote.number>
            <p>{footnote.text.get(lang).to_owned()}</p>
            <ReferenceLinks references=footnote.references.clone()/>
            <div class="cited-in">
                <span>{Ui::CitedIn.get(lang)} ":"</span>
                <ul>{cited}</ul>
            </div>
        </li>
    }
}
