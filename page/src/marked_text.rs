use leptos::prelude::*;
use nap1325_core::hooks::Hook;

use crate::hooks::hook_value;

use crate::footnotes::FootnotePanel;
use crate::use_page;
use nap1325_core::i18n::Ui;
use nap1325_core::model::rich::{footnote_numbers, segments, Segment};
use nap1325_core::view_state::FootnoteSpot;

/// A paragraph of the letter with its footnote markers, and under it the (closed) panels in which
/// those footnotes open in place. A marker is a link to the footnote in the list at the end, so it
/// works without JavaScript; the widget turns it into a disclosure button.
#[component]
pub fn MarkedText(
    /// Where the text stands (`intro` or a result id): footnotes open per place.
    #[prop(into)]
    host: String,
    /// The text in the page's language, with `[^N]` markers.
    text: String,
    /// Whether this is a result's text (search looks in it).
    #[prop(optional)]
    searchable: bool,
) -> impl IntoView {
    let lang = use_page().lang;
    let pieces = segments(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.to_owned().into_any(),
            Segment::Footnote(number) => {
                let spot = FootnoteSpot::new(host.clone(), number);
                view! {
                    <sup class="fn-ref">
                        <a
                            class="fn-marker"
                            href=format!("#footnote-{number}")
                            id=spot.marker_id()
                            {..hook_value(Hook::FootnoteMarker, spot.key())}
                            aria-label=format!("{} {number}", Ui::Footnote.get(lang))
                        >
                            {number}
                        </a>
                    </sup>
                }
                .into_any()
            }
        })
        .collect_view();
    // One panel per footnote here (validation keeps markers unique per place; this keeps ids unique).
    let mut numbers = footnote_numbers(&text);
    let mut seen = std::collections::BTreeSet::new();
    numbers.retain(|n| seen.insert(*n));
    let panels = numbers
        .into_iter()
        .map(|number| view! { <FootnotePanel spot=FootnoteSpot::new(host.clone(), number)/> })
        .collect_view();
    view! {
        <p class="marked-text" {..hook_value(Hook::ResultText, searchable)} {..hook_value(Hook::Searchable, searchable)}>{pieces}</p>
        {panels}
    }
}
