use leptos::prelude::*;

use nap1325_core::i18n::Ui;
use nap1325_core::model::{Lang, LoadError, KAMERSTUK_BASE};

/// Shown instead of the report when the data files cannot be loaded: a plain message for the
/// visitor, and under it every problem with file, JSON path and reason for the editors.
#[component]
pub fn LoadFailed(errors: ArcRwSignal<Errors>, lang: Lang) -> impl IntoView {
    let problems = move || {
        errors
            .read()
            .iter()
            .flat_map(|(_, error)| match error.downcast_ref::<LoadError>() {
                Some(load) => load.problems.iter().map(ToString::to_string).collect(),
                None => vec![error.to_string()],
            })
            .map(|line| view! { <li>{line}</li> })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="load-failed" role="alert" aria-labelledby="load-failed-title">
            <h1 id="load-failed-title">{Ui::LoadFailedTitle.get(lang)}</h1>
            <p>{Ui::LoadFailedBody.get(lang)}</p>
            <p>
                <a href=KAMERSTUK_BASE rel="noopener">
                    {Ui::LetterLink.get(lang)}
                </a>
            </p>
            <details>
                <summary>{Ui::LoadFailedDetails.get(lang)}</summary>
                <ul class="load-failed-problems">{problems}</ul>
            </details>
        </section>
    }
}
