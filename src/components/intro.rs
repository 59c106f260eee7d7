use leptos::prelude::*;

use crate::state::use_report;

/// The letter's opening paragraphs.
#[component]
pub fn Introduction() -> impl IntoView {
    let state = use_report();
    let lang = state.lang;
    let paragraphs = state
        .report
        .info
        .introduction
        .iter()
        .cloned()
        .map(|text| view! { <p>{move || text.get(lang.get()).to_owned()}</p> })
        .collect::<Vec<_>>();
    view! { <section class="introduction">{paragraphs}</section> }
}
