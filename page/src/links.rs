use leptos::prelude::*;

use crate::use_page;
use nap1325_core::i18n::Ui;
use nap1325_core::model::Reference;

/// A link to an official publication. It opens in a new tab (inside an embedding iframe the
/// publication sites refuse to be framed) and says so to screen readers.
#[component]
pub fn ExternalLink(url: String, label: String) -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <a href=url target="_blank" rel="noopener noreferrer">
            {label}
            <span class="visually-hidden">" " {Ui::NewTab.get(lang)}</span>
        </a>
    }
}

/// A list of references as links: Kamerstukken to officielebekendmakingen.nl, web pages to their
/// checked URL.
#[component]
pub fn ReferenceLinks(references: Vec<Reference>) -> impl IntoView {
    let lang = use_page().lang;
    (!references.is_empty()).then(|| {
        let items = references
            .iter()
            .map(|reference| {
                view! {
                    <li>
                        <ExternalLink url=reference.url() label=reference.label(lang)/>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="reference-links">{items}</ul> }
    })
}
