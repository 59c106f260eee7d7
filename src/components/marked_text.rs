use leptos::prelude::*;

use super::footnotes::FootnotePanel;
use crate::i18n::Ui;
use crate::model::rich::{footnote_numbers, segments, Segment};
use crate::state::{use_lang, use_report};
use crate::view_state::FootnoteSpot;

/// A paragraph of the letter with its footnote markers as buttons, and under it the panels in
/// which those footnotes open.
#[component]
pub fn MarkedText(
    /// Where the text stands (`intro` or a result id): footnotes open per place.
    #[prop(into)]
    host: String,
    /// The text in the current language, with `[^N]` markers.
    text: String,
) -> impl IntoView {
    let pieces = segments(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.to_owned().into_any(),
            Segment::Footnote(number) => {
                view! { <FootnoteMarker spot=FootnoteSpot::new(host.clone(), number)/> }.into_any()
            }
        })
        .collect_view();
    let mut numbers = footnote_numbers(&text);
    numbers.dedup();
    let panels = numbers
        .into_iter()
        .map(|number| view! { <FootnotePanel spot=FootnoteSpot::new(host.clone(), number)/> })
        .collect_view();
    view! {
        <p class="marked-text">{pieces}</p>
        {panels}
    }
}

/// The superscript footnote number: a disclosure button for the panel under the text.
#[component]
fn FootnoteMarker(spot: FootnoteSpot) -> impl IntoView {
    let state = use_report();
    let lang = use_lang();
    let label = format!("{} {}", Ui::Footnote.get(lang), spot.number);
    let (panel_id, marker_id, number) = (spot.panel_id(), spot.marker_id(), spot.number);
    let expanded = {
        let spot = spot.clone();
        move || state.is_open(&spot).to_string()
    };
    view! {
        <sup class="fn-ref">
            <button
                type="button"
                class="fn-marker"
                id=marker_id
                aria-expanded=expanded
                aria-controls=panel_id
                aria-label=label
                on:click=move |_| state.toggle_footnote(&spot)
            >
                {number}
            </button>
        </sup>
    }
}
